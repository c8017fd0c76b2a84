//! A paywalled page that holds only the free part of its article: the
//! paywall's note right under that part ("Cet article est réservé aux
//! abonnés", "Subscribe to continue reading", "Материал доступен только
//! подписчикам"), which the extractor leaves out with the offer box, is
//! recorded so that the text reads as cut off; and a page whose JSON-LD
//! says a part is not free (`hasPart` with `isAccessibleForFree: false`)
//! while that part's element on the page is empty is cut off. A page that
//! holds the part for subscribers despite the flag is not.

use dom_query::Document as Dom;

use super::blocks::{Block, squeeze};
use super::page_meta::PageMeta;
use super::source::SourceIndex;
use super::{Reason, Removed, locate_blocks};
use crate::ingest::{Document, rules, truncation};

/// Page blocks under the article's last paragraph searched for a paywall's
/// note; more when the page's metadata says the article is not free.
const NOTE_WINDOW: usize = 3;
const NOTE_WINDOW_NOT_FREE: usize = 8;

/// Whether the parts of the page its metadata says are not free are there:
/// `Some(false)` when their elements are on the page and empty, `Some(true)`
/// when they hold text, `None` when the page states no such part or has no
/// element it names.
fn restricted_present(meta: &PageMeta, dom: &Dom) -> Option<bool> {
    let mut found = None;
    for sel in &meta.restricted {
        let Some(hits) = dom.try_select(sel) else {
            continue;
        };
        for node in hits.nodes().iter().take(16) {
            let words = rules::word_count(&node.text());
            found = Some(found.unwrap_or(false) || words >= 20);
        }
    }
    found
}

/// Marks `doc` cut off when the page withholds the article's part for
/// subscribers, and records the paywall's note under its free part.
pub(super) fn mark(
    doc: &mut Document,
    dom: &Dom,
    meta: &PageMeta,
    page: &[Block],
    index: &SourceIndex,
) {
    let present = restricted_present(meta, dom);
    if present == Some(true) {
        return;
    }
    if present == Some(false) && meta.free == Some(false) {
        doc.truncated = true;
    }
    let window = if meta.free == Some(false) {
        NOTE_WINDOW_NOT_FREE
    } else {
        NOTE_WINDOW
    };
    if let Some(note) = note_after_text(doc, page, window)
        && !doc.removed.iter().any(|r| r.text == note.text())
    {
        let mut found = [note];
        locate_blocks(&mut found, index, 0);
        let [note] = found;
        let last = doc.paragraphs.last().map_or([1, 1], |p| p.lines);
        doc.removed.push(Removed {
            text: note.text(),
            reason: Reason::Promotion,
            lines: note.span().unwrap_or([last[1], last[1]]),
        });
        doc.removed.sort_by_key(|r| r.lines[0]);
    }
}

/// A paywall's note among the `window` page blocks right after the one
/// that holds the article's last paragraph.
fn note_after_text(doc: &Document, page: &[Block], window: usize) -> Option<Block> {
    let last = doc.paragraphs.iter().rev().find(|p| !p.heading)?;
    let key = squeeze(&last.text);
    if key.len() < 20 {
        return None;
    }
    let at = page.iter().rposition(|b| {
        let s = squeeze(&b.text());
        s.len() >= 20 && (key.contains(s.as_str()) || s.contains(key.as_str()))
    })?;
    page[at + 1..]
        .iter()
        .take(window)
        .find(|b| {
            let t = b.text();
            // Not a label where an advertisement broke the text ("Continue
            // reading the main story").
            let label = matches!(
                rules::classify_counted(&t, None, None),
                rules::LineKind::Removed(Reason::Navigation)
            );
            rules::at_most_words(&t, 40) && !label && truncation::paywall(&t)
        })
        .cloned()
}
