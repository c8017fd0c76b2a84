//! The Markdown the text cleaner reads: the title as a `#` line, then the
//! kept blocks separated by blank lines, with `<h1>`–`<h6>` as headings;
//! and, per generated line, its lines in the HTML file.

use std::sync::LazyLock;

use regex::Regex;

use super::Fate;
use super::blocks::Block;
use super::source::{SourceIndex, word_hashes};

/// The generated Markdown and where its lines are in the page.

#[derive(Default)]
pub(super) struct Generated {
    pub(super) text: String,
    /// Per generated line (0-based): its text.
    lines: Vec<String>,
    /// Per generated line (0-based): its lines in the HTML file.
    locs: Vec<Option<[usize; 2]>>,
    /// Per generated line (0-based): the block it belongs to.
    block_of: Vec<Option<usize>>,
}

impl Generated {
    fn push_line(&mut self, line: &str, loc: Option<[usize; 2]>, block: Option<usize>) {
        self.text.push_str(line);
        self.text.push('\n');
        self.lines.push(line.to_string());
        self.locs.push(loc);
        self.block_of.push(block);
    }

    /// HTML lines by generated line number (1-based; index 0 unused). Lines
    /// not found take the nearest found line before them (or after, at the top).
    pub(super) fn line_map(&self) -> Vec<[usize; 2]> {
        let mut map = vec![[0, 0]; self.locs.len() + 2];
        let mut last: Option<usize> = None;
        for (i, loc) in self.locs.iter().enumerate() {
            map[i + 1] = match loc {
                Some(l) => {
                    last = Some(l[1]);
                    *l
                }
                None => last.map_or([0, 0], |e| [e, e]),
            };
        }
        // Lines before the first found one take its start.
        if let Some(first) = self.locs.iter().flatten().next() {
            for m in map.iter_mut().skip(1) {
                if *m == [0, 0] {
                    *m = [first[0], first[0]];
                } else {
                    break;
                }
            }
        } else {
            for m in map.iter_mut() {
                *m = [1, 1];
            }
        }
        let n = map.len();
        map[n - 1] = map[n - 2];
        map
    }
}

/// The text the cleaner reads: the title as a `#` line, then the kept
/// blocks, separated by blank lines.
pub(super) fn generate(
    title: Option<&str>,
    blocks: &[Block],
    fates: &[Fate],
    index: &SourceIndex,
) -> Generated {
    let mut out = Generated::default();
    if let Some(t) = title {
        let loc = index.locate(&word_hashes(t), 0).map(|(a, b, _)| [a, b]);
        out.push_line(&format!("# {}", escape_heading(t)), loc, None);
        out.push_line("", None, None);
    }
    for (bi, (b, fate)) in blocks.iter().zip(fates).enumerate() {
        if *fate != Fate::Keep {
            continue;
        }
        for (i, line) in b.lines.iter().enumerate() {
            let shown = match b.heading {
                Some(level) if i == 0 => {
                    format!("{} {}", "#".repeat(level.clamp(2, 6)), escape_heading(line))
                }
                _ => escape_line(line),
            };
            out.push_line(&shown, b.locs.get(i).copied().flatten(), Some(bi));
        }
        out.push_line("", None, None);
    }
    out
}

/// Markdown that the cleaner would misread in a text line is escaped.
fn escape_line(line: &str) -> String {
    static HEADINGISH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s{0,3}#{1,6}(?:\s|$)").expect("regex"));
    if HEADINGISH.is_match(line) {
        format!("\\{line}")
    } else {
        line.to_string()
    }
}

/// A heading line without closing `#`s.
fn escape_heading(line: &str) -> String {
    line.trim_end_matches('#').trim_end().to_string()
}
