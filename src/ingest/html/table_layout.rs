//! Pages laid out with tables, as old sites still are (Japanese, Korean
//! and Chinese papers, small-town sites): the side menu, the weather box,
//! the headline, the article and the list of other news are cells of
//! nested tables, and the extractor takes them all as the article. The
//! article is the cell holding the most text outside links; when the
//! extractor's article holds that cell and much else, the cell's own
//! blocks are the article, a headline or date line right above it stays
//! for the cleaner to read, and the rest is recorded as outside it. A
//! table of a photo and its caption inside the cell is the photo's.

use dom_query::{Document as Dom, Selection};

use super::Fate;
use super::blocks::{Block, html_blocks, squeeze};
use super::dom::{NOT_SHOWN, Step, name, walk};
use crate::ingest::meta;
use crate::ingest::rules::{self, Reason};

/// Letters and figures a cell's text outside links needs to be an article.
const MIN_PROSE: usize = 200;

/// The extractor's article is the cell's and more when it holds this many
/// times the cell's letters.
const MORE_THAN_CELL: f64 = 1.25;

/// Per `<td>` of the page, in document order: the letters and figures of
/// its own text outside links (not of cells inside it), and how many
/// tables it is inside.
fn cells(dom: &Dom) -> Vec<(usize, usize)> {
    let mut cells: Vec<(usize, usize)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let (mut tables, mut links) = (0usize, 0usize);
    walk(dom, |step| {
        match step {
            Step::Open(e) => {
                let n = name(e);
                if NOT_SHOWN.contains(&n) {
                    return false;
                }
                match n {
                    "td" => {
                        open.push(cells.len());
                        cells.push((0, tables));
                    }
                    "table" => tables += 1,
                    "a" => links += 1,
                    _ => {}
                }
                return true;
            }
            Step::Close(n) => match n {
                "td" => {
                    open.pop();
                }
                "table" => tables = tables.saturating_sub(1),
                "a" => links = links.saturating_sub(1),
                _ => {}
            },
            Step::Text(t) => {
                if links == 0
                    && let Some(&c) = open.last()
                {
                    cells[c].0 += t.chars().filter(|c| c.is_alphanumeric()).count();
                }
            }
            Step::Comment(_) => {}
        }
        false
    });
    cells
}

/// The cell of a table-laid-out page that holds its article: the one with
/// the most text outside links, at least [`MIN_PROSE`] letters, in a table
/// inside another.
fn article_cell(dom: &Dom) -> Option<usize> {
    let cells = cells(dom);
    let (at, &(prose, tables)) = cells.iter().enumerate().max_by_key(|(_, c)| c.0)?;
    (prose >= MIN_PROSE && tables >= 2).then_some(at)
}

/// The blocks of cell `at` (the `at`-th `<td>`), with the captions of the
/// photo tables inside it taken out.
fn cell_blocks(dom: &Dom, at: usize) -> Option<(Vec<Block>, Vec<Block>)> {
    let cells = dom.select("td");
    let cell = cells.nodes().get(at)?;
    let inner = super::dom::parse(&cell.inner_html());
    let mut captions = Vec::new();
    for table in inner.select("table").nodes() {
        let t = Selection::from(*table);
        if t.select("img").exists() && !t.select("table").exists() {
            let text = rules::squash(&t.text());
            if !text.is_empty() {
                captions.push(Block {
                    lines: vec![text],
                    heading: None,
                    locs: Vec::new(),
                });
            }
            t.remove();
        }
    }
    Some((html_blocks(&inner), captions))
}

/// Narrows the extractor's article (`blocks`, `fates`) to the article cell
/// of a table-laid-out page.
pub(super) fn narrow(blocks: &mut Vec<Block>, fates: &mut Vec<Fate>, dom: &Dom) {
    let Some(at) = article_cell(dom) else {
        return;
    };
    let Some((cell, captions)) = cell_blocks(dom, at) else {
        return;
    };
    let cell_text: String = cell.iter().map(|b| squeeze(&b.text())).collect();
    let kept: usize = (blocks.iter().zip(fates.iter()))
        .filter(|(_, f)| **f == Fate::Keep)
        .map(|(b, _)| squeeze(&b.text()).len())
        .sum();
    if cell_text.is_empty() || (kept as f64) < cell_text.len() as f64 * MORE_THAN_CELL {
        return;
    }
    let inside = |b: &Block| {
        let s = squeeze(&b.text());
        s.len() >= 2 && cell_text.contains(s.as_str())
    };
    let Some(first) = blocks.iter().position(inside) else {
        return;
    };
    let last = blocks.iter().rposition(inside).unwrap_or(first);
    let mut out_blocks = Vec::with_capacity(blocks.len() + cell.len());
    let mut out_fates = Vec::with_capacity(blocks.len() + cell.len());
    for (i, (b, f)) in blocks.drain(..).zip(fates.drain(..)).enumerate() {
        if i == first {
            for c in &captions {
                out_blocks.push(c.clone());
                out_fates.push(Fate::Removed(Reason::Caption));
            }
            for c in &cell {
                out_blocks.push(c.clone());
                out_fates.push(Fate::Keep);
            }
        }
        if (first..=last).contains(&i) && inside(&b) {
            continue;
        }
        let head = i < first && first - i <= 3 && (b.heading.is_some() || date_line(&b));
        let fate = match f {
            Fate::Keep if !head => Fate::Removed(Reason::Outside),
            f => f,
        };
        out_blocks.push(b);
        out_fates.push(fate);
    }
    *blocks = out_blocks;
    *fates = out_fates;
}

/// A block that is a date line ("2028年1月18日（火）", "March 3, 2028").
fn date_line(b: &Block) -> bool {
    b.lines.len() == 1 && meta::date_line(&b.lines[0]).is_some()
}
