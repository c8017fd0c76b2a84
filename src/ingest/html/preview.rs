//! An article whose body a page splits in two containers: the first
//! paragraphs in one (a subscriber preview, a lead block), the rest in
//! another the extractor takes for the whole body (BLOX's
//! `subscriber-preview` and `subscriber-only`, an `articleBody` after a
//! teaser). The paragraphs of the page right before the extracted body,
//! under the headline and the byline or date line, are the article's
//! first: at least two paragraphs of prose, none already read. A
//! standfirst is one paragraph, and above the byline.

use super::Fate;
use super::blocks::{Block, squeeze};
use super::source::norm;
use crate::ingest::{meta, rules};

/// Paragraphs a preview needs: a standfirst is one.
const MIN_PREVIEW: usize = 2;

/// Page blocks looked at before the extracted body.
const MAX_PREVIEW: usize = 12;

/// A paragraph of prose.
fn prose(b: &Block) -> bool {
    let t = b.text();
    b.heading.is_none()
        && (rules::word_count(&t) >= 20 || t.chars().count() >= 120)
        && rules::ends_sentence(&t)
}

/// Puts the page's paragraphs right before the extracted body, under the
/// headline and a byline or date line, before its first paragraph.
pub(super) fn prepend(
    blocks: &mut Vec<Block>,
    fates: &mut Vec<Fate>,
    page: &[Block],
    title: Option<&str>,
) {
    let (Some(title), Some(first)) = (
        title,
        (0..blocks.len()).find(|&i| fates[i] == Fate::Keep && prose(&blocks[i])),
    ) else {
        return;
    };
    let key = squeeze(&blocks[first].text());
    let Some(at) = page.iter().position(|b| squeeze(&b.text()) == key) else {
        return;
    };
    let read: Vec<String> = blocks.iter().map(|b| squeeze(&b.text())).collect();
    let fresh = |b: &Block| {
        let s = squeeze(&b.text());
        !s.is_empty() && !read.iter().any(|r| r.contains(s.as_str()))
    };
    let run: Vec<&Block> = page[..at]
        .iter()
        .rev()
        .take(MAX_PREVIEW)
        .take_while(|b| prose(b) && fresh(b))
        .collect();
    let headline = norm(title);
    let start = at - run.len();
    let Some(top) = page[..start]
        .iter()
        .position(|b| b.heading.is_some_and(|h| h <= 2) && norm(&b.text()) == headline)
    else {
        return;
    };
    let signed = page[top + 1..start].iter().any(|b| {
        let t = b.text();
        meta::date_line(&t).is_some() || meta::byline(&t).is_some()
    });
    if run.len() < MIN_PREVIEW || !signed {
        return;
    }
    let preview: Vec<Block> = page[start..at].to_vec();
    let n = preview.len();
    let tail = blocks.split_off(first);
    blocks.extend(preview);
    blocks.extend(tail);
    let tail = fates.split_off(first);
    fates.extend(std::iter::repeat_n(Fate::Keep, n));
    fates.extend(tail);
}
