//! Blocks before the article's first paragraph and after its last that
//! are not the article: date and byline lines above it; below it,
//! related-article lists, tags and comments (from their heading on) and
//! calls to subscribe, follow or share.

use std::sync::LazyLock;

use regex::Regex;

use super::blocks::Block;
use crate::ingest::rules::Reason;
use crate::ingest::{meta, rules};

static RELATED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:great |top )?(?:\S+ ){0,2}(?:stories|news|articles|reads|coverage|videos)|related(?: \S+){0,2}|read (?:more|also|next)|recommended(?: for you| stories| reading| articles)?|more (?:from|in|on|about) .{1,40}|popular (?:on|in) .{1,40}|most (?:popular|read|viewed)|trending(?: now| stories)?|also on .{1,40}|see also|don'?t miss|(?:next|previous)(?: \S+){0,2}|latest(?: \S+){0,2}|top stories|what to read next|further reading|editor'?s picks|sponsored(?: links| content| stories)?)\W*$").expect("regex")
});

static TAGS_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:tags?|topics?|filed under|related tags|related topics|categories|category|keywords)(?:\s*[:：|]|\s+\S|$)").expect("regex")
});

static COMMENTS_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|post (?:a )?comment|add (?:a )?comment|join the (?:conversation|discussion)|reader comments|show comments|view comments|discussion)\b").expect("regex")
});

static PROMOTION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:subscribe|newsletters?|sign up|sign-up|follow (?:us|\S+(?: \S+){0,3}) on (?:twitter|facebook|instagram|youtube|linkedin|telegram)|in your inbox|download (?:our|the) app|get the \S+ app|click here|like this (?:story|article)|share (?:it|this story|this article) with|tell us what you think|have a (?:news )?tip)\b").expect("regex")
});

static DATE_OR_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:1[89]|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:updated|published|posted)\b").expect("regex")
});

static BYLINE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:by|por|von|par|di|door|av|af)\s+\S").expect("regex"));

/// A block of the article's running text (not a label, list item or heading).
fn is_body_paragraph(b: &Block) -> bool {
    let t = b.text();
    b.heading.is_none() && (rules::word_count(&t) >= 20 || t.chars().count() >= 120)
}

/// Blocks before the article's first paragraph and after its last that are
/// not the article, with why.
pub(super) fn edge_noise(blocks: &[&Block]) -> Vec<Option<Reason>> {
    let mut why = vec![None; blocks.len()];
    let Some(first) = blocks.iter().position(|b| is_body_paragraph(b)) else {
        return why;
    };
    let last = blocks
        .iter()
        .rposition(|b| is_body_paragraph(b))
        .unwrap_or(first);
    for (i, b) in blocks[..first].iter().enumerate() {
        let t = b.text();
        let words = rules::word_count(&t);
        if b.heading.is_some() || rules::ends_sentence(&t) && !t.ends_with(':') {
            continue;
        }
        // Lines the text cleaner reads as byline or date are left to it.
        if meta::byline(&t).is_some() || meta::date_line(&t).is_some() {
            continue;
        }
        if words <= 12 && (DATE_OR_TIME.is_match(&t) || BYLINE_START.is_match(&t)) {
            why[i] = Some(Reason::Dateline);
        }
    }
    let mut section: Option<Reason> = None;
    for (i, b) in blocks.iter().enumerate().skip(last + 1) {
        let t = b.text();
        let words = rules::word_count(&t);
        if section.is_none() && words <= 8 {
            if RELATED_HEAD.is_match(&t) {
                section = Some(Reason::Related);
            } else if COMMENTS_HEAD.is_match(&t) {
                section = Some(Reason::Comments);
            } else if TAGS_HEAD.is_match(&t) {
                section = Some(Reason::Tags);
            }
        }
        if let Some(s) = section {
            why[i] = Some(s);
        } else if words <= 50 && PROMOTION_RE.is_match(&t) {
            why[i] = Some(Reason::Promotion);
        }
    }
    why
}
