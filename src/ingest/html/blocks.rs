//! Blocks of text: one per paragraph, list item, table row, quote or
//! heading, from a DOM (rs-trafilatura's article, or the whole page) or
//! from plain text; and the repairs for the extractor's fallbacks, which
//! give an article as one run of text or repeat nested elements' text.

use std::collections::HashSet;

use dom_query::Document;

use super::dom::{NOT_SHOWN, Step, name, walk};
use crate::ingest::rules;

/// A block of text.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Block {
    /// Lines (split at single `<br>`), white space collapsed.
    pub(super) lines: Vec<String>,
    /// Heading level for `<h1>`–`<h6>`.
    pub(super) heading: Option<usize>,
    /// Per line: its first and last line in the HTML file, when found.
    pub(super) locs: Vec<Option<[usize; 2]>>,
}

impl Block {
    /// Its text: its lines joined by spaces.
    pub(super) fn text(&self) -> String {
        self.lines.join(" ")
    }

    /// Its lines in the HTML file, when found.
    pub(super) fn span(&self) -> Option<[usize; 2]> {
        let first = self.locs.iter().flatten().next()?;
        let last = self.locs.iter().flatten().last()?;
        Some([first[0], last[1].max(first[0])])
    }
}

/// Splits a DOM into blocks; a single `<br>` is a line break inside a
/// block, two end it; table cells are joined by ` | `, and a short cell's
/// own paragraphs (Apple Notes and word processors put a `<div>` or `<p>`
/// in every cell) by spaces, so a row stays one block; a long cell's (a
/// page laid out in a table) stay blocks of their own.
pub(super) fn html_blocks(dom: &Document) -> Vec<Block> {
    let mut w = BlockWriter::default();
    walk(dom, |step| match step {
        Step::Open(e) => {
            let n = name(e);
            let shown = !NOT_SHOWN.contains(&n);
            if shown {
                w.start(n);
            }
            shown
        }
        Step::Text(t) => {
            w.text(t);
            false
        }
        Step::Close(n) => {
            w.end(n);
            false
        }
        Step::Comment(_) => false,
    });
    w.flush();
    w.blocks
}

/// Writes blocks as a walk through a DOM meets tags and text.
#[derive(Default)]
struct BlockWriter {
    blocks: Vec<Block>,
    buf: String,
    heading: Option<usize>,
    /// Depth inside `<pre>`.
    pre: usize,
    /// A `<br>` ended the buffer, with nothing but white space since.
    after_br: bool,
    /// Inside a table row: a cell was written.
    cell: bool,
    /// Depth inside table cells (`<td>`, `<th>`).
    in_cell: usize,
    /// Where the cell being written starts in the buffer.
    cell_start: Option<usize>,
}

/// Marks where a paragraph inside a table cell starts or ends, until the
/// cell's end tells whether the cell is one field or a page's text.
const CELL_PART: char = '\u{1f}';

/// A cell of at most this many words is one field of its row.
const CELL_WORDS: usize = 40;

impl BlockWriter {
    /// Ends the block being written: one block, or one per paragraph when
    /// its lines are paragraphs set apart by their indent alone.
    fn flush(&mut self) {
        if self.buf.contains(CELL_PART) {
            self.settle_cell();
        }
        self.flush_buf();
        // A cell a heading or a blank line broke goes on at the buffer's start.
        self.cell_start = (self.in_cell > 0).then_some(0);
    }

    /// Ends the block being written, as it is.
    fn flush_buf(&mut self) {
        let lines: Vec<(bool, String)> = self
            .buf
            .replace(CELL_PART, " ")
            .split('\n')
            .map(|l| {
                (
                    l.trim_start_matches(' ').starts_with(INDENT),
                    rules::squash(l),
                )
            })
            .filter(|(_, l)| !l.is_empty())
            .collect();
        self.buf.clear();
        self.after_br = false;
        self.cell = false;
        for lines in indented_paragraphs(lines) {
            self.blocks.push(Block {
                lines,
                heading: self.heading,
                locs: Vec::new(),
            });
        }
    }

    /// Text: white space collapsed to spaces, except in `<pre>`.
    fn text(&mut self, text: &str) {
        if self.pre > 0 {
            self.buf.push_str(text);
            return;
        }
        if !text.trim().is_empty() {
            self.after_br = false;
            let line_start =
                self.buf.trim_end_matches(' ').ends_with('\n') || self.buf.trim().is_empty();
            if line_start && indented(text) {
                self.buf.push(INDENT);
            }
        }
        for (i, w) in text.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.buf.push(' ');
            }
            self.buf.push_str(w);
        }
    }

    /// A start tag.
    fn start(&mut self, name: &str) {
        if name == "br" {
            if self.after_br {
                self.flush();
            } else {
                self.buf.push('\n');
                self.after_br = true;
            }
        } else if name == "td" || name == "th" {
            if self.cell {
                self.buf.push_str(" | ");
            }
            self.cell = true;
            self.in_cell += 1;
            self.cell_start = Some(self.buf.len());
        } else if self.in_cell > 0 && within_cell(name) {
            self.buf.push(CELL_PART);
        } else if is_block(name) {
            self.flush();
            if let Some(level) = heading_level(name) {
                self.heading = Some(level);
            }
            self.pre += usize::from(name == "pre");
        } else if name == "img" {
            self.buf.push(' ');
        }
    }

    /// An end tag.
    fn end(&mut self, name: &str) {
        if name == "td" || name == "th" {
            self.in_cell = self.in_cell.saturating_sub(1);
            self.end_cell();
        } else if self.in_cell > 0 && within_cell(name) {
            self.buf.push(CELL_PART);
        } else if is_block(name) {
            self.flush();
            if heading_level(name).is_some() {
                self.heading = None;
            }
            if name == "pre" {
                self.pre = self.pre.saturating_sub(1);
            }
        }
    }
}

/// Whether block element `name` inside a table cell is only a part of the
/// cell's text (a paragraph, a division), not a row of its own: all but a
/// table's own elements, headings and preformatted text.
fn within_cell(name: &str) -> bool {
    is_block(name)
        && !matches!(
            name,
            "table" | "thead" | "tbody" | "tfoot" | "tr" | "caption" | "pre" | "body" | "html"
        )
        && heading_level(name).is_none()
}

impl BlockWriter {
    /// A cell's end: its paragraphs settled.
    fn end_cell(&mut self) {
        if self.buf.contains(CELL_PART) {
            self.settle_cell();
        }
        self.cell_start = None;
    }

    /// The paragraphs of the cell being written joined by spaces when the
    /// cell is short, else each made a block of its own (what the row held
    /// before the cell one more), the last left in the buffer.
    fn settle_cell(&mut self) {
        let start = self.cell_start.unwrap_or(0).min(self.buf.len());
        let cell = &self.buf[start..];
        if rules::word_count(&cell.replace(CELL_PART, " ")) <= CELL_WORDS {
            // Empty cells before it ("<td><img></td><td><p>…</p></td>")
            // stay a block of their own, as a paragraph in the cell ended
            // them.
            let row = &self.buf[..start];
            if !row.trim().is_empty() && !row.chars().any(char::is_alphanumeric) {
                let cell = self.buf.split_off(start);
                self.flush_buf();
                self.buf = cell;
            }
            self.buf = self.buf.replace(CELL_PART, " ");
            return;
        }
        let whole = std::mem::take(&mut self.buf);
        let (row, cell) = whole.split_at(start);
        self.buf.push_str(row.trim_end().trim_end_matches('|'));
        self.flush_buf();
        let mut parts = cell.split(CELL_PART).peekable();
        while let Some(part) = parts.next() {
            self.buf.push_str(part);
            if parts.peek().is_some() {
                self.flush_buf();
            }
        }
        self.cell_start = Some(0);
    }
}

/// The mark of a line's indent in a block being written.
const INDENT: char = '\u{3000}';

/// A line's text opens with an indent: an ideographic space (as Japanese,
/// Chinese and Korean pages indent a paragraph), or two no-break or em
/// spaces.
fn indented(text: &str) -> bool {
    let t = text.trim_start_matches([' ', '\t', '\n', '\r']);
    if t.starts_with('\u{3000}') {
        return true;
    }
    t.chars()
        .take_while(|c| matches!(c, '\u{a0}' | '\u{2002}' | '\u{2003}'))
        .count()
        >= 2
}

/// A block's lines (each with whether it opened with an indent) as
/// paragraphs: a page that sets its paragraphs apart only by a line break
/// and an indent ("　石垣港に…。<br>　寄港したのは…。") has one per
/// indented line. That is read so only when at least two lines are
/// indented, each ending a sentence, and no line but the first is not
/// indented; else the lines are one block's (verse, an address).
fn indented_paragraphs(lines: Vec<(bool, String)>) -> Vec<Vec<String>> {
    let indents = lines.iter().filter(|(i, _)| *i).count();
    let paragraphs = indents >= 2
        && lines.iter().skip(1).all(|(i, _)| *i)
        && lines
            .iter()
            .filter(|(i, _)| *i)
            .all(|(_, l)| rules::ends_sentence(l));
    if !paragraphs {
        let one: Vec<String> = lines.into_iter().map(|(_, l)| l).collect();
        return if one.is_empty() {
            Vec::new()
        } else {
            vec![one]
        };
    }
    lines.into_iter().map(|(_, l)| vec![l]).collect()
}

pub(super) fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "caption"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "figure"
            | "figcaption"
            | "hr"
            | "address"
            | "details"
            | "summary"
            | "form"
            | "fieldset"
            | "center"
            | "body"
            | "html"
    )
}

/// The level of a heading element (`h1`–`h6`).
fn heading_level(name: &str) -> Option<usize> {
    let b = name.as_bytes();
    (b.len() == 2 && b[0] == b'h' && (b'1'..=b'6').contains(&b[1])).then(|| (b[1] - b'0') as usize)
}

/// A block this long (bytes) is checked for being several of the page's blocks run together.
pub(super) const LONG_BLOCK: usize = 800;

/// A long block that is a run of the page's blocks, split into them; else the block.
pub(super) fn reblock(block: Block, page: &[Block], squeezed: &[String]) -> Vec<Block> {
    let text = squeeze(&block.text());
    if block.heading.is_some() || block.text().len() <= LONG_BLOCK || text.is_empty() {
        return vec![block];
    }
    // Page blocks that could open the run, then those that follow it in order
    // (blocks the extractor left out are skipped).
    for start in 0..page.len() {
        let s = &squeezed[start];
        if s.len() < 20 || !text.starts_with(s.as_str()) {
            continue;
        }
        let mut parts = Vec::new();
        let mut pos = 0;
        let mut skipped = 0;
        for (b, s) in page[start..].iter().zip(&squeezed[start..]) {
            if pos == text.len() || skipped > 200 {
                break;
            }
            if !s.is_empty() && text[pos..].starts_with(s.as_str()) {
                pos += s.len();
                parts.push(b.clone());
                skipped = 0;
            } else {
                skipped += 1;
            }
        }
        if pos == text.len() && (parts.len() > 1 || parts[0].lines.len() > 1) {
            return parts;
        }
    }
    vec![block]
}

/// A block whose text the page does not contain as written (the extractor's
/// fallback repeats the text of nested elements) becomes the page's own
/// blocks it contains, each once and in page order.
pub(super) fn dedupe_from_page(
    block: Block,
    page: &[Block],
    squeezed: &[String],
    all: &str,
    used: &mut HashSet<usize>,
) -> Vec<Block> {
    let text = squeeze(&block.text());
    if text.is_empty() || all.contains(text.as_str()) {
        return vec![block];
    }
    // Page blocks of a few words at least ("World", "Share" are in any
    // text), each used once, in page order.
    let mut parts: Vec<Block> = Vec::new();
    for (i, (b, s)) in page.iter().zip(squeezed).enumerate() {
        if s.len() >= 12
            && rules::word_count(&b.text()) >= 3
            && !used.contains(&i)
            && text.contains(s.as_str())
        {
            used.insert(i);
            parts.push(b.clone());
        }
    }
    if parts.is_empty() { vec![block] } else { parts }
}

/// Blocks of plain text: one per non-empty line.
pub(super) fn text_blocks(text: &str) -> Vec<Block> {
    text.lines()
        .map(rules::squash)
        .filter(|l| !l.is_empty())
        .map(|l| Block {
            lines: vec![l],
            heading: None,
            locs: Vec::new(),
        })
        .collect()
}

/// Whether each block is in rs-trafilatura's text output (in order).
/// Compared without spaces and punctuation: the text output splits words
/// at inline tags ("T he" for a drop cap).
pub(super) fn blocks_in_text(blocks: &[Block], text: &str) -> Vec<bool> {
    let hay = squeeze(text);
    if hay.is_empty() {
        return vec![true; blocks.len()];
    }
    let mut cursor = 0;
    blocks
        .iter()
        .map(|b| {
            let needle = squeeze(&b.text());
            if needle.is_empty() {
                return false;
            }
            match hay[cursor..]
                .find(&needle)
                .map(|i| cursor + i)
                .or_else(|| hay.find(&needle))
            {
                Some(i) => {
                    cursor = i + needle.len();
                    true
                }
                None => false,
            }
        })
        .collect()
}

/// Lower-case letters and digits only.
pub(super) fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}
