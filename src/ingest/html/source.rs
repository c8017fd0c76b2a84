//! Line numbers of the HTML file. The DOM has no source positions, so each
//! text node of the page is found in the file, front to back: scripts,
//! styles and comments too, so that text quoted inside them is passed over;
//! visible text where a tag ends, reading character references in the file
//! (`&amp;`, `&#8217;`, `&eacute;`) as the one character of the text they
//! stand for. Words of the visible text, with the line each is on, are the
//! [`SourceIndex`] that blocks of the article are located in.

use std::borrow::Cow;

/// What a node of the DOM is, for finding it in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NodeKind {
    /// Text with character references decoded; `after_pre` when it is the
    /// first text in a `<pre>` (the parser drops a newline that opens it).
    Text { after_pre: bool },
    /// The content of a script, style or similar, as written.
    Raw,
    /// A comment's content, after its `<!--`.
    Comment,
}

/// Bytes of a text node, after its leading white space, that must match the
/// file for a partial match (the parser joins text around tags it ignores).
const PARTIAL_MATCH: usize = 32;

/// After failed searches have scanned this many times the file's size,
/// searches stay within [`NEAR`] bytes of the cursor (so that a page of
/// unfindable text takes linear time).
const FAILED_SCANS: usize = 16;
const NEAR: usize = 4096;

/// The HTML file, searched front to back for the DOM's nodes.
pub(super) struct SourceText<'a> {
    /// The file with line breaks as the parser reads them (CR LF and CR as LF).
    text: Cow<'a, str>,
    /// Byte offsets in `text` of the file's own line feeds.
    line_feeds: Vec<usize>,
    /// Where the search for the next node starts.
    cursor: usize,
    /// Bytes failed searches may still scan without bound.
    budget: usize,
}

impl<'a> SourceText<'a> {
    pub(super) fn new(html: &'a str) -> Self {
        let (text, line_feeds) = parser_line_breaks(html);
        let budget = FAILED_SCANS * text.len();
        SourceText {
            text,
            line_feeds,
            cursor: 0,
            budget,
        }
    }

    /// The line (1-based) of byte `offset`.
    pub(super) fn line_at(&self, offset: usize) -> usize {
        1 + self.line_feeds.partition_point(|&e| e < offset)
    }

    /// Where the search has reached.
    pub(super) fn cursor(&self) -> usize {
        self.cursor
    }

    /// Where node `node` starts in the file: the first place after the
    /// previous node found, else anywhere before it (the parser moves some
    /// text, such as text in a table outside its cells).
    pub(super) fn find(&mut self, node: &str, kind: NodeKind) -> Option<usize> {
        let end = self.text.len();
        if let Some((start, stop)) = self.search(node, kind, self.cursor, end) {
            self.cursor = stop;
            return Some(start);
        }
        self.search(node, kind, 0, self.cursor)
            .map(|(start, _)| start)
    }

    /// The first match of `node` in `from..to`: (start, end) in the file.
    fn search(
        &mut self,
        node: &str,
        kind: NodeKind,
        from: usize,
        to: usize,
    ) -> Option<(usize, usize)> {
        let mut to = if self.budget == 0 {
            to.min(from + NEAR)
        } else {
            to
        };
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        let anchor = if kind == NodeKind::Comment {
            "<!--"
        } else {
            ">"
        };
        let hay = &self.text[..to];
        if from == 0
            && let Some(m) = match_at(hay, 0, node, kind)
        {
            return Some(m);
        }
        let mut p = from;
        while let Some(i) = hay[p..].find(anchor) {
            p += i + anchor.len();
            if let Some(m) = match_at(hay, p, node, kind) {
                return Some(m);
            }
        }
        self.budget = self.budget.saturating_sub(to - from);
        None
    }
}

/// The file as the parser reads it (CR LF and lone CR as LF) and the
/// offsets of its own line feeds (a lone CR does not start a line, as
/// before).
fn parser_line_breaks(html: &str) -> (Cow<'_, str>, Vec<usize>) {
    if !html.contains('\r') {
        let feeds = html.match_indices('\n').map(|(i, _)| i).collect();
        return (Cow::Borrowed(html), feeds);
    }
    let mut out = String::with_capacity(html.len());
    let mut feeds = Vec::new();
    for (i, piece) in html.split('\r').enumerate() {
        if i > 0 && !piece.starts_with('\n') {
            out.push('\n');
        }
        let base = out.len();
        feeds.extend(piece.match_indices('\n').map(|(j, _)| base + j));
        out.push_str(piece);
    }
    (Cow::Owned(out), feeds)
}

/// Whether `node` is at byte `at` of `hay`: its (start, end) there.
fn match_at(hay: &str, at: usize, node: &str, kind: NodeKind) -> Option<(usize, usize)> {
    let rest = &hay[at..];
    match kind {
        NodeKind::Raw | NodeKind::Comment => rest.starts_with(node).then(|| (at, at + node.len())),
        NodeKind::Text { after_pre } => {
            let at = if after_pre && rest.starts_with('\n') && !node.starts_with('\n') {
                at + 1
            } else {
                at
            };
            decoded_match(hay.as_bytes(), at, node.as_bytes()).map(|end| (at, end))
        }
    }
}

/// Where a match of decoded text `node` at byte `at` of the file ends, when
/// the file spells the whole text there, or its first [`PARTIAL_MATCH`]
/// bytes after white space; a character reference in the file stands for
/// one character.
fn decoded_match(file: &[u8], at: usize, node: &[u8]) -> Option<usize> {
    let (mut i, mut j) = (at, 0);
    while j < node.len() {
        let Some(&b) = file.get(i) else { break };
        if b == b'&'
            && let Some(len) = char_ref_len(&file[i..], node[j])
        {
            i += len;
            j += utf8_len(node[j]);
        } else if b == node[j] {
            i += 1;
            j += 1;
        } else {
            break;
        }
    }
    let lead = node.len() - node.trim_ascii_start().len();
    (j == node.len() || j >= lead + PARTIAL_MATCH).then_some(i)
}

/// The length of the character reference that opens `s` (`&amp;`,
/// `&#8217;`, `&eacute;`, `&nbsp` …) when it can stand for a character
/// whose first byte is `next`; an `&` of the text is a reference only as
/// `&amp;` or `&#38;`.
fn char_ref_len(s: &[u8], next: u8) -> Option<usize> {
    let body = s[1..]
        .iter()
        .take(32)
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
        .count();
    if body == 0 {
        return None;
    }
    let len = 1 + body + usize::from(s.get(1 + body) == Some(&b';'));
    let amp = |r: &[u8]| r.eq_ignore_ascii_case(b"&amp;") || r == b"&#38;";
    (next != b'&' || amp(&s[..len])).then_some(len)
}

/// The length of the UTF-8 character that starts with byte `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Words of the page's visible text (hashed) with their line numbers, in
/// the order of the file.
#[derive(Default)]
pub(super) struct SourceIndex {
    words: Vec<u64>,
    lines: Vec<usize>,
    /// Per text node added: where it starts in the file and its first word.
    starts: Vec<(usize, usize)>,
}

impl SourceIndex {
    /// Adds the words of a text node that starts at byte `offset`, line `line`.
    pub(super) fn add(&mut self, text: &str, offset: usize, line: usize) {
        self.starts.push((offset, self.words.len()));
        let mut l = line;
        for_each_word(text, |w, newlines| {
            l += newlines;
            self.words.push(hash(w));
            self.lines.push(l);
        });
    }

    /// Puts the text nodes in the order of the file (the parser moves a few).
    pub(super) fn finish(self) -> Self {
        if self.starts.is_sorted_by_key(|s| s.0) {
            return self;
        }
        let n = self.words.len();
        let mut runs: Vec<(usize, usize, usize)> = (0..self.starts.len())
            .map(|k| {
                let end = self.starts.get(k + 1).map_or(n, |s| s.1);
                (self.starts[k].0, self.starts[k].1, end)
            })
            .collect();
        runs.sort_by_key(|r| r.0);
        let mut out = SourceIndex::default();
        for (offset, a, z) in runs {
            out.starts.push((offset, out.words.len()));
            out.words.extend_from_slice(&self.words[a..z]);
            out.lines.extend_from_slice(&self.lines[a..z]);
        }
        out
    }

    /// Where the words `toks` are: (first line, last line, word index after
    /// them), searching from word `from` on, then from the start.
    pub(super) fn locate(&self, toks: &[u64], from: usize) -> Option<(usize, usize, usize)> {
        if toks.is_empty() {
            return None;
        }
        let k = toks.len().min(5);
        let head = &toks[..k];
        let start = find_seq(&self.words, head, from).or_else(|| find_seq(&self.words, head, 0))?;
        let tail = &toks[toks.len() - k..];
        let guess = start + toks.len() - k;
        let end = if self.words.get(guess..guess + k) == Some(tail) {
            guess
        } else {
            find_seq(&self.words, tail, start).unwrap_or(start)
        };
        let last = (end + k - 1).min(self.words.len() - 1);
        Some((self.lines[start], self.lines[last], last + 1))
    }
}

/// The first index ≥ `from` where `needle` occurs in `hay`.
fn find_seq(hay: &[u64], needle: &[u64], from: usize) -> Option<usize> {
    let first = *needle.first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    (from..=last_start).find(|&i| hay[i] == first && hay[i..i + needle.len()] == *needle)
}

/// Calls `f` with each word of `text` (a run of letters, digits and `_`)
/// and the number of line feeds since the previous word.
pub(super) fn for_each_word(text: &str, mut f: impl FnMut(&str, usize)) {
    let mut newlines = 0;
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '_' {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            f(&text[s..i], newlines);
            newlines = 0;
        }
        newlines += usize::from(c == '\n');
    }
    if let Some(s) = start {
        f(&text[s..], newlines);
    }
}

/// Whether `text` has a word.
pub(super) fn has_word(text: &str) -> bool {
    text.chars().any(|c| c.is_alphanumeric() || c == '_')
}

/// FNV-1a: words are compared by hash.
fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The hashed words of `text`, to locate in a [`SourceIndex`].
pub(super) fn word_hashes(text: &str) -> Vec<u64> {
    let mut v = Vec::new();
    for_each_word(text, |w, _| v.push(hash(w)));
    v
}

/// Lower-case words, for comparing titles and descriptions.
pub(super) fn norm(s: &str) -> String {
    let mut out = String::new();
    for_each_word(s, |w, _| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase());
    });
    out
}

/// The same words, ignoring case and punctuation.
pub(super) fn same_text(a: &str, b: &str) -> bool {
    let a = norm(a);
    !a.is_empty() && a == norm(b)
}
