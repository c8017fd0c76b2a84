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

/// A related-articles heading in other languages: "Читайте также",
/// "Новости партнёров", "Lesen Sie auch", "Mehr zum Thema", "À lire
/// aussi", "Lee también", "Leia também", "İlgili haberler", "اقرأ أيضاً",
/// "ये भी पढ़ें", "다른기사 보기", "관련기사", "많이 본 뉴스", "ほかのニュース",
/// "関連記事", "相关新闻".
static RELATED_HEAD_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[■□▶▷►●◆◇▲△※・\s]*(?:читайте также|читайте еще|новости партн[её]ров|другие новости|похожие новости|по теме|lesen sie auch|mehr zum thema|weitere artikel|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|lee también|más noticias|noticias relacionadas|leia também|leia mais|notícias relacionadas|ilgili haberler|benzer haberler|diğer haberler|leggi anche|potrebbe interessarti|lees ook|läs också|les også|læs også|czytaj także|przeczytaj też|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|ये भी पढ़ें|यह भी पढ़ें|और पढ़ें|संबंधित खबरें",
        r"|다른\s?기사\s?보기|관련\s?기사|많이 본 뉴스|인기 기사|ほかのニュース|関連記事|関連ニュース|おすすめ記事|相关新闻|相关阅读|延伸阅读|熱門新聞|相關新聞)\W*$",
    ))
    .expect("regex")
});

/// An e-mail address in a line.
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").expect("regex"));

/// A button asking readers to give to the outlet: "Donate now", "Support
/// our journalism", "후원하기", "Jetzt spenden", "Faire un don",
/// "Поддержать редакцию".
static DONATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:donate(?: now| today| here)?|make a donation|support (?:us|our journalism|independent journalism)(?: today| now)?|후원하기|후원|jetzt spenden|spenden|faire un don|je fais un don|donar(?: ahora)?|doe agora|поддержать(?: редакцию| нас)?|пожертвовать)\W*$").expect("regex")
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

/// A heading that opens the page's furniture (other stories, comments,
/// tags) or calls to subscribe or give.
pub(super) fn furniture_head(t: &str) -> bool {
    RELATED_HEAD.is_match(t)
        || RELATED_HEAD_OTHER.is_match(t)
        || COMMENTS_HEAD.is_match(t)
        || TAGS_HEAD.is_match(t)
        || PROMOTION_RE.is_match(t)
        || DONATE.is_match(t)
}

/// The writer's box under an article: a short line of a name ending with
/// an e-mail address ("김민지 기자 minji@example.kr", "Jane Doe
/// jane@example.com"); not a sentence that gives an address.
fn writers_box(t: &str, words: usize) -> bool {
    let t = t.trim();
    (2..=8).contains(&words)
        && EMAIL
            .find_iter(t)
            .last()
            .is_some_and(|m| m.end() == t.len())
        && EMAIL.replace_all(t, "").chars().any(char::is_alphabetic)
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
        if section.is_none() && writers_box(&t, words) {
            // The writer's box: name and address, then a line about them.
            section = Some(Reason::SignOff);
        }
        if matches!(section, None | Some(Reason::SignOff)) && words <= 8 {
            if RELATED_HEAD.is_match(&t) || RELATED_HEAD_OTHER.is_match(&t) {
                section = Some(Reason::Related);
            } else if COMMENTS_HEAD.is_match(&t) {
                section = Some(Reason::Comments);
            } else if TAGS_HEAD.is_match(&t) {
                section = Some(Reason::Tags);
            }
        }
        let promotion = words <= 50 && (PROMOTION_RE.is_match(&t) || DONATE.is_match(&t));
        why[i] = match section {
            Some(s) if s != Reason::SignOff => Some(s),
            _ if promotion => Some(Reason::Promotion),
            s => s,
        };
    }
    why
}
