//! Text a PDF reader laid out as on the page: pdfplumber's
//! `extract_text(layout=True)`, `pdftotext -layout`, the layout modes of
//! mutool and pypdf. Such a reader places each character at the column and
//! row its position on the page gives, so the text carries the page's
//! geometry rather than its paragraphs:
//!
//! - every line starts at the page's left margin (a run of spaces all
//!   lines share), and a paragraph's indented first line a few columns
//!   further; lines are padded with spaces to the page's width;
//! - a row of the text is a fixed height on the page, so lines set with
//!   more leading than that fall now and then on every other row: blank
//!   lines stand inside paragraphs (and between a large headline's lines),
//!   where they mark nothing;
//! - notes at a page's foot, under the text, with their marks glued to
//!   the words they annotate ("leidingen.1"), as the superscript was set.
//!
//! Read here before the text is read: the margin is taken off (indents are
//! then relative to it), the blank lines a paragraph's text runs on across
//! are closed, and a page's footnotes and their marks are taken out, each
//! recorded. What tells such text from text that only looks like it (an
//! indented quotation, a poem, code, a table with wide gaps): the margin
//! is shared by nearly all lines and the lines are padded to one width; a
//! blank line is closed only where a sentence runs on across it; a note
//! is taken only at a page's foot and when its number is glued to a word
//! of the page above it.

use super::columns::InOrder;
use super::rules::{Reason, ends_sentence};

/// Bytes of text looked at, at most (a larger text is read as it is).
const MAX_BYTES: usize = 8 << 20;
/// Lines of prose (four words or more) a page's text has, at least.
const MIN_PROSE: usize = 6;
/// Columns a paragraph's first line is indented by, at most.
const MAX_INDENT: usize = 10;
/// Blank lines a sentence runs on across, at most.
const MAX_GAP: usize = 2;
/// Lines a footnote takes, at most.
const NOTE_LINES: usize = 4;

/// A text laid out as on a page, read: the text (its lines known by the
/// source's) and what was taken out of it, each piece with its line of the
/// text read (1-based).
#[derive(Debug)]
pub(crate) struct LaidOut {
    pub(crate) in_order: InOrder,
    pub(crate) taken: Vec<(String, usize, Reason)>,
}

/// One line of the source: its text without the white space around it,
/// its indentation and the columns it takes (trailing spaces left out).
#[derive(Debug, Clone)]
struct Row {
    text: String,
    indent: usize,
    width: usize,
    /// Characters as written, trailing spaces included, and whether it
    /// ends in white space.
    written: (usize, bool),
    /// Taken out as a footnote.
    note: bool,
}

impl Row {
    fn of(raw: &str) -> Row {
        let trimmed = raw.trim_start_matches([' ', '\t']);
        let indent = raw.len() - trimmed.len();
        let text = trimmed.trim_end();
        Row {
            text: text.to_string(),
            indent,
            width: indent + text.chars().count(),
            written: written(raw),
            note: false,
        }
    }

    fn blank(&self) -> bool {
        self.text.is_empty()
    }

    fn prose(&self) -> bool {
        super::rules::at_least_words(&self.text, 4)
    }

    /// Ends a sentence, a question or an exclamation.
    fn ends_sentence(&self) -> bool {
        ends_sentence(&self.text)
            || self
                .text
                .trim_end_matches(['"', '”', '’', '“', '‘', '»', ')'])
                .ends_with(['?', '!'])
    }

    fn starts_lowercase(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_lowercase)
    }
}

/// `text` read as the page it was laid out from; `None` when it was not
/// laid out so, or nothing in it needs reading again.
pub(crate) fn read(text: &str) -> Option<LaidOut> {
    if text.len() > MAX_BYTES || !text.contains("  ") {
        return None;
    }
    let raw: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    // Most texts have neither padded lines nor a line a note could start:
    // they are not looked at further.
    let noted = raw
        .windows(2)
        .any(|w| w[0].trim().is_empty() && note_number(w[1].trim_start()).is_some());
    if !noted && !padded(raw.iter().map(|l| written(l))) {
        return None;
    }
    let mut rows: Vec<Row> = raw.iter().map(|l| Row::of(l)).collect();
    let mut taken = Vec::new();
    let notes = footnotes(&mut rows, &mut taken);
    let page = Page::of(&rows)?;
    if !page.laid_out && !notes {
        return None;
    }
    let mut out = InOrder {
        text: String::with_capacity(text.len()),
        lines: Vec::with_capacity(rows.len()),
    };
    // Lines of the text read, by the source's line (0: left out).
    let mut at = vec![0; rows.len()];
    let closed = if page.laid_out {
        page.closed_gaps(&rows)
    } else {
        vec![false; rows.len()]
    };
    for (i, r) in rows.iter().enumerate() {
        if closed[i] {
            continue;
        }
        if !out.lines.is_empty() {
            out.text.push('\n');
        }
        if !r.blank() && !r.note {
            let keep = if page.laid_out {
                page.kept_indent(r)
            } else {
                r.indent
            };
            out.text.extend(std::iter::repeat_n(' ', keep));
            out.text.push_str(&r.text);
        }
        out.lines.push(i + 1);
        at[i] = out.lines.len();
    }
    for t in &mut taken {
        t.1 = at[t.1 - 1];
    }
    Some(LaidOut {
        in_order: out,
        taken,
    })
}

/// What the lines tell of the page: its margin, the width of its lines
/// and whether paragraphs start with an indented first line.
struct Page {
    /// The text was laid out as on a page.
    laid_out: bool,
    margin: usize,
    /// The width of a full line, past the margin.
    width: usize,
    /// Paragraphs start with an indented first line.
    indents: bool,
}

impl Page {
    fn of(rows: &[Row]) -> Option<Page> {
        let text: Vec<&Row> = rows.iter().filter(|r| !r.blank() && !r.note).collect();
        let prose: Vec<&Row> = text.iter().copied().filter(|r| r.prose()).collect();
        if prose.len() < MIN_PROSE {
            return None;
        }
        let margin = shared_margin(prose.iter().map(|r| r.indent))?;
        let within = text.iter().filter(|r| r.indent >= margin).count();
        let mut widths: Vec<usize> = prose
            .iter()
            .map(|r| r.width - r.indent.min(margin))
            .collect();
        widths.sort_unstable();
        let width = widths[widths.len() * 3 / 4];
        let mut page = Page {
            laid_out: false,
            margin,
            width,
            indents: false,
        };
        page.indents = page.indents_paragraphs(rows);
        // The margin is shared by all lines but a few (a page number set
        // further left, a stray mark), and the lines were padded to the
        // page's width: a text indented as a whole (a poem, a quotation,
        // code) is not.
        page.laid_out = within * 20 >= text.len() * 19 && padded(rows.iter().map(|r| r.written));
        Some(page)
    }

    /// Indentation past the margin.
    fn indent(&self, r: &Row) -> usize {
        r.indent.saturating_sub(self.margin)
    }

    /// The indentation `r` keeps: past the margin, and a sentence's first
    /// line indented by one column (a small indent, or a larger one
    /// rounded down to the reader's grid of columns) by two, as a first
    /// line is told in text.
    fn kept_indent(&self, r: &Row) -> usize {
        match self.indent(r) {
            1 if r.prose() && !r.starts_lowercase() => 2,
            k => k,
        }
    }

    /// Whether `r` fills the line (nine tenths of the width or more).
    fn full(&self, r: &Row) -> bool {
        (r.width - r.indent.min(self.margin)) * 10 >= self.width * 9
    }

    /// Whether the text's paragraphs start with an indented first line:
    /// two lines or more indented past the margin (by a few columns) that
    /// start a sentence under a flush line, and flush lines three times
    /// as many.
    fn indents_paragraphs(&self, rows: &[Row]) -> bool {
        let text: Vec<&Row> = rows.iter().filter(|r| !r.blank() && !r.note).collect();
        let firsts = text
            .windows(2)
            .filter(|w| {
                self.indent(w[0]) == 0
                    && (1..=MAX_INDENT).contains(&self.indent(w[1]))
                    && !w[1].starts_lowercase()
                    && w[1].prose()
            })
            .count();
        let flush = text.iter().filter(|r| self.indent(r) == 0).count();
        firsts >= 2 && flush >= firsts * 3
    }

    /// The blank lines between `rows[a]` and `rows[b]` (text, the lines
    /// between blank) stand inside a paragraph: `b` is flush and goes on
    /// with the sentence `a` left open (in lower case, or under a full
    /// line), or, where indents start paragraphs, under a full line.
    fn run_on(&self, a: &Row, b: &Row) -> bool {
        if self.indent(b) > 0 || a.text.ends_with(':') {
            return false;
        }
        let open = !a.ends_sentence();
        (open && b.starts_lowercase())
            || (open && self.full(a) && super::rules::at_least_words(&b.text, 2))
            || (self.indents && self.full(a) && self.full(b))
    }

    /// For each row, whether it is a blank line a paragraph runs on across.
    fn closed_gaps(&self, rows: &[Row]) -> Vec<bool> {
        let mut closed = vec![false; rows.len()];
        for (a, b) in gaps(rows) {
            if self.run_on(&rows[a], &rows[b]) {
                closed[a + 1..b].fill(true);
            }
        }
        closed
    }
}

/// The runs of one or two blank lines between two lines of text (not
/// footnotes): the lines above and below each.
fn gaps(rows: &[Row]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let text = |r: &Row| !r.blank() && !r.note;
    (0..rows.len()).filter_map(move |a| {
        if !text(&rows[a]) || !rows.get(a + 1).is_some_and(Row::blank) {
            return None;
        }
        let b = (a + 1..rows.len().min(a + 2 + MAX_GAP)).find(|&j| !rows[j].blank())?;
        text(&rows[b]).then_some((a, b))
    })
}

/// The value met most often (the smallest of those tied).
fn most_common(values: impl Iterator<Item = usize>) -> Option<usize> {
    let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|&(_, n)| n == best).map(|(v, _)| v)
}

/// The page's left margin: the smallest indentation a fifth of the lines
/// of prose or more share. Not simply the most common one: where most
/// paragraphs are two lines long, their indented first lines are as many
/// as the flush lines under them.
fn shared_margin(indents: impl Iterator<Item = usize>) -> Option<usize> {
    let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut total = 0;
    for v in indents {
        *counts.entry(v).or_default() += 1;
        total += 1;
    }
    counts
        .into_iter()
        .find(|&(_, n)| n * 5 >= total)
        .map(|(v, _)| v)
}

/// A line's columns as written and whether it ends in white space.
fn written(line: &str) -> (usize, bool) {
    (line.chars().count(), line.ends_with([' ', '\t']))
}

/// Whether the lines (each as [`written`]) were padded with spaces to the
/// page's width: half of them or more (blank ones too) take one and the
/// same number of columns, forty or more, and end in spaces.
fn padded(lines: impl Iterator<Item = (usize, bool)> + Clone) -> bool {
    let total = lines.clone().count();
    let ended = lines
        .clone()
        .filter(|&(n, spaced)| spaced && n >= 40)
        .map(|(n, _)| n);
    let Some(width) = most_common(ended) else {
        return false;
    };
    let n = lines.filter(|&l| l == (width, true)).count();
    n * 2 >= total
}

/// A footnote's number at the start of `t` ("1 ", "2. ", "3) ", "¹ ")
/// before a word.
fn note_number(t: &str) -> Option<u32> {
    if let Some(n) = superscript_number(t) {
        return Some(n);
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 || t.starts_with('0') {
        return None;
    }
    let rest = &t[digits..];
    let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
    let word = rest.strip_prefix(' ')?;
    word.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || "“\"‘'«„(".contains(c))
        .then(|| t[..digits].parse().ok())?
}

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// A number in superscript digits at the start of `t`, before a space or
/// a word.
fn superscript_number(t: &str) -> Option<u32> {
    let digits: String = t
        .chars()
        .map_while(|c| SUPERSCRIPTS.iter().position(|&s| s == c))
        .map(|d| char::from(b'0' + d as u8))
        .collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok()
}

/// Whether `rows[i]`, skipping blank lines, is where a page ends: the end
/// of the text, a page's number alone, or the next page's first line (a
/// form feed).
fn page_ends_at(rows: &[Row], i: usize) -> bool {
    let Some(next) = rows[i..].iter().find(|r| !r.blank()) else {
        return true;
    };
    let t = next.text.trim_matches(|c: char| "-–— ".contains(c));
    next.text.contains('\u{c}')
        || (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
}

/// Takes out the footnotes at each page's foot and their marks in the
/// text above; whether there were any. A page's notes are a run of lines
/// set off by a blank line from the text above and followed only by blank
/// lines before the page ends ([`page_ends_at`]), each note led by its
/// number, the numbers one after the other; each number stands glued to a
/// word of the page's text above ([`mark_at`]). The notes' lines are left
/// blank.
fn footnotes(rows: &mut [Row], taken: &mut Vec<(String, usize, Reason)>) -> bool {
    let mut any = false;
    let mut page_start = 0;
    let mut i = 0;
    while i < rows.len() {
        let Some((end, numbers)) = notes_at(rows, i) else {
            i += 1;
            continue;
        };
        let marks: Option<Vec<(usize, usize, usize)>> = numbers
            .iter()
            .map(|&(_, n)| mark_in(&rows[page_start..i], n).map(|(r, s, e)| (page_start + r, s, e)))
            .collect();
        let Some(marks) = marks else {
            i = end;
            continue;
        };
        for (r, s, e) in marks.into_iter().rev() {
            let row = &mut rows[r];
            taken.push((row.text[s..e].to_string(), r + 1, Reason::Footnote));
            row.text.replace_range(s..e, "");
        }
        for (k, &(first, _)) in numbers.iter().enumerate() {
            let last = numbers.get(k + 1).map_or(end, |&(next, _)| next);
            let note: Vec<&str> = rows[first..last].iter().map(|r| r.text.as_str()).collect();
            taken.push((note.join(" "), first + 1, Reason::Footnote));
        }
        for r in &mut rows[i..end] {
            r.note = true;
        }
        any = true;
        page_start = end;
        i = end;
    }
    any
}

/// The notes starting at line `i`, if a page's footnotes do: the line
/// after them, and the line and number of each.
fn notes_at(rows: &[Row], i: usize) -> Option<(usize, Vec<(usize, u32)>)> {
    if i == 0 || !rows[i - 1].blank() || rows[i].note {
        return None;
    }
    let first = note_number(&rows[i].text)?;
    let mut numbers = vec![(i, first)];
    let mut j = i + 1;
    while j < rows.len() && !rows[j].blank() {
        let next = numbers.last().map_or(first, |&(_, n)| n + 1);
        match note_number(&rows[j].text) {
            Some(n) if n == next => numbers.push((j, n)),
            _ if j - numbers.last().map_or(i, |&(at, _)| at) < NOTE_LINES => {}
            _ => return None,
        }
        j += 1;
    }
    page_ends_at(rows, j).then_some((j, numbers))
}

/// Where number `n` stands glued as a note's mark in `rows`, the first
/// place: its line and its bytes in the line's text.
fn mark_in(rows: &[Row], n: u32) -> Option<(usize, usize, usize)> {
    let plain = n.to_string();
    let raised: String = plain
        .bytes()
        .map(|b| SUPERSCRIPTS[usize::from(b - b'0')])
        .collect();
    rows.iter().enumerate().find_map(|(r, row)| {
        if row.note {
            return None;
        }
        [&plain, &raised]
            .into_iter()
            .find_map(|d| mark_at(&row.text, d))
            .map(|(s, e)| (r, s, e))
    })
}

/// The first place in `t` where `digits` stand as a note's mark: right
/// after a letter or a mark that ends a word or sentence (". , ; : ! ? ’
/// ” » )"), not part of a longer number, and followed by a space, the end
/// or a mark ending a sentence.
fn mark_at(t: &str, digits: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(p) = t[from..].find(digits) {
        let (s, e) = (from + p, from + p + digits.len());
        from = e;
        let before = t[..s].chars().next_back();
        let after = t[e..].chars().next();
        let glued = before
            .is_some_and(|c| (c.is_alphabetic() && !c.is_uppercase()) || ".,;:!?’”»)".contains(c));
        let ended = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)".contains(c));
        let raised = !digits.is_ascii();
        if (glued || (raised && before.is_some())) && ended {
            return Some((s, e));
        }
    }
    None
}

#[cfg(test)]
mod tests;
