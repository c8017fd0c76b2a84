//! Direct quotations and who said them.
//!
//! Recognised: `"…," Lavrov said`; `"…," said Tigran Grigoryan, …`;
//! `Kremlin spokesman Dmitry Peskov told reporters`; a subject before the
//! quote (`Abovyan told The Moscow Times that … "…"`); `according to X`;
//! pronouns (`he said`, `It called on …`) resolved to the last named speaker;
//! a second quote in the same paragraph, or a paragraph opening with a quote,
//! continuing the previous speaker; a dash-introduced quote (Nordic style)
//! after "…, says Jakob Hedenskog". Names are expanded to the fullest form the
//! article gives ("Lavrov" → "Sergey Lavrov").

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{Paragraph, Quote};

/// Quotes shorter than this many words are scare quotes ("aggression"), not quotations.
const MIN_WORDS: usize = 4;

const VERBS: &str = r"said|says|told|tells|added|adds|wrote|writes|stated|states|noted|notes|stressed|warned|warns|explained|asked|posted|continued|insisted|argued|declared|announced|tweeted|urged|urges|called on|commented|remarked|replied|responded";

static AFTER_VERB_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r#"^\s*,?\s*(?:{VERBS})\s+([^.;"“”]+)"#)).expect("regex"));
static AFTER_SUBJECT_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"^\s*,?\s*([^"“”.!?]+?)\s+(?:also\s+|then\s+|later\s+)?(?:{VERBS})\b"#
    ))
    .expect("regex")
});
static BEFORE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?:^|[.!?]\s+)([^"“”.!?]+?)\s+(?:also\s+|then\s+|later\s+)?(?:{VERBS})\b[^"“”]*$"#
    ))
    .expect("regex")
});
static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)according to\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})")
        .expect("regex")
});
static SAYS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:says|said)\s+((?:\p{Lu}[\p{L}'’-]+\s*){2,4})|((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+(?:says|said)").expect("regex")
});
static NAME_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,4}").expect("regex"));

const PRONOUNS: [&str; 6] = ["he", "she", "they", "it", "we", "i"];

/// Who spoke last, for quotes that name no speaker of their own.
#[derive(Debug, Default)]
struct Speakers {
    /// The last speaker named in the article so far (for pronouns).
    last: Option<String>,
    /// The speaker of the previous paragraph's last quote.
    prev_para: Option<String>,
    /// The speaker of the current paragraph's last quote.
    para: Option<String>,
}

/// Extracts quotations from a document's paragraphs.
pub(crate) fn extract(paragraphs: &[Paragraph]) -> Vec<Quote> {
    let names = full_names(paragraphs);
    let mut quotes = Vec::new();
    let mut speakers = Speakers::default();
    for (pi, p) in paragraphs.iter().enumerate() {
        if p.heading {
            continue;
        }
        let text = p.text.as_str();
        let spans = quote_spans(text);
        speakers.para = None;
        if spans.is_empty()
            && pi > 0
            && let Some(q) = dash_quote(text, &paragraphs[pi - 1].text, &names)
        {
            speakers.last = q.speaker.clone();
            speakers.prev_para = q.speaker.clone();
            quotes.push(Quote { paragraph: pi, ..q });
            continue;
        }
        for k in 0..spans.len() {
            if let Some(q) = marked_quote(text, &spans, k, &mut speakers, &names) {
                quotes.push(Quote { paragraph: pi, ..q });
            }
        }
        speakers.prev_para = speakers.para.take();
    }
    quotes
}

/// A dash-introduced quote (Nordic style: "- It potentially can create …")
/// after a paragraph that names who says it ("…, says Jakob Hedenskog").
fn dash_quote(text: &str, prev: &str, names: &HashMap<String, String>) -> Option<Quote> {
    let rest = text
        .strip_prefix("- ")
        .or_else(|| text.strip_prefix("– "))
        .or_else(|| text.strip_prefix("— "))?;
    if rest.split_whitespace().count() < MIN_WORDS {
        return None;
    }
    let c = SAYS_NAME.captures(prev)?;
    let raw = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
    Some(Quote {
        speaker: Some(expand(&name_of(raw), names)),
        text: rest.trim().to_string(),
        paragraph: 0,
    })
}

/// The quotation in the `k`th span of `text` (between quotation marks) with
/// its speaker, or `None` when it is too short to be one (scare quotes).
fn marked_quote(
    text: &str,
    spans: &[(usize, usize, usize, usize)],
    k: usize,
    speakers: &mut Speakers,
    names: &HashMap<String, String>,
) -> Option<Quote> {
    let (open_start, qs, qe, close_end) = spans[k];
    let q = text[qs..qe].trim();
    let next_open = spans.get(k + 1).map_or(text.len(), |s| s.0);
    let after = &text[close_end..next_open.max(close_end)];
    let words = q.split_whitespace().count();
    // A short quotation counts when it is plainly one: a capitalised
    // sentence with its own punctuation, a speaker right after it
    // ("We are ready," Lavrov said) — not a phrase quoted mid-sentence
    // ("anti-terrorist operations," Moscow added …).
    let short_but_said = words >= 2
        && q.chars().next().is_some_and(char::is_uppercase)
        && q.ends_with([',', '.', '!', '?'])
        && attribution_after(after).is_some();
    if words < MIN_WORDS && !short_but_said {
        return None;
    }
    // Scare quotes ("urges") do not end the sentence before a quotation.
    let prev_close = spans[..k]
        .iter()
        .rev()
        .find(|s| text[s.1..s.2].split_whitespace().count() >= MIN_WORDS)
        .map_or(0, |s| s.3);
    let before: String = text[prev_close.min(open_start)..open_start]
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”'))
        .collect();
    let named = attribution_after(after)
        .or_else(|| attribution_before(&before))
        .or_else(|| according(text));
    let speaker =
        resolve_speaker(named, open_start == 0 && k == 0, speakers).map(|s| expand(&s, names));
    if let Some(s) = &speaker {
        speakers.para = Some(s.clone());
        speakers.last = Some(s.clone());
    }
    Some(Quote {
        speaker,
        text: q.trim_end_matches(',').trim_end().to_string(),
        paragraph: 0,
    })
}

/// The speaker of a quote: the one named, a pronoun as the last speaker;
/// else the paragraph's speaker so far, or the previous paragraph's when the
/// quote opens the paragraph.
fn resolve_speaker(
    named: Option<String>,
    opens_paragraph: bool,
    speakers: &Speakers,
) -> Option<String> {
    let mut speaker = named;
    if let Some(s) = &speaker
        && PRONOUNS.contains(&s.to_lowercase().as_str())
    {
        speaker = speakers.last.clone();
    }
    if speaker.is_none() {
        speaker = speakers.para.clone().or_else(|| {
            opens_paragraph
                .then(|| speakers.prev_para.clone())
                .flatten()
        });
    }
    speaker
}

/// (opening mark, content start, content end, end of closing mark) of each
/// quotation in `text`, as byte offsets.
fn quote_spans(text: &str) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut iter = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|x| x.1);
        match c {
            '“' if open.is_none() => open = Some((i, i + c.len_utf8())),
            '”' => {
                if let Some((o, s)) = open.take() {
                    out.push((o, s, i, i + c.len_utf8()));
                }
            }
            '"' => {
                let opening = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
                    && next.is_some_and(|n| !n.is_whitespace());
                match open {
                    None if opening => open = Some((i, i + 1)),
                    Some((o, s)) if !opening || prev.is_some_and(|p| !p.is_whitespace()) => {
                        out.push((o, s, i, i + 1));
                        open = None;
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    // A quote left open runs to the end of the paragraph (it continues in the next one).
    if let Some((o, s)) = open
        && s < text.len()
    {
        out.push((o, s, text.len(), text.len()));
    }
    out
}

fn attribution_after(after: &str) -> Option<String> {
    let a = after.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    if a.is_empty() {
        return None;
    }
    if let Some(c) = AFTER_VERB_FIRST.captures(a) {
        // "said council member Ana Lopez, who …": the name before the first comma.
        let phrase = c[1].split(',').next().unwrap_or("");
        if NAME_RUN.is_match(phrase) {
            let n = name_of(phrase);
            if !n.is_empty() {
                return Some(n);
            }
        }
    }
    if let Some(c) = AFTER_SUBJECT_FIRST.captures(a) {
        let subj = c[1].split(',').next().unwrap_or("").trim();
        if !subj.is_empty() && subj.split_whitespace().count() <= 8 {
            return Some(name_of(subj));
        }
    }
    None
}

fn attribution_before(before: &str) -> Option<String> {
    let c = BEFORE_SUBJECT.captures(before)?;
    let subj = c[1].trim();
    let subj = subj.rsplit(", ").next().unwrap_or(subj);
    if subj.split_whitespace().count() > 10 {
        return None;
    }
    let n = name_of(subj);
    (!n.is_empty()).then_some(n)
}

fn according(text: &str) -> Option<String> {
    let c = ACCORDING.captures(text)?;
    let n = name_of(&c[1]);
    (!n.is_empty()).then_some(n)
}

/// The person or body a subject phrase names: the last capitalised name run with
/// titles stripped ("Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov"), or the
/// phrase itself for bodies ("Yerevan's foreign ministry").
fn name_of(subject: &str) -> String {
    let s = subject.trim().trim_end_matches([',', ':']).trim();
    if PRONOUNS.contains(&s.to_lowercase().as_str()) {
        return s.to_string();
    }
    let lower = s.to_lowercase();
    if lower.contains("ministry")
        || lower.contains("office")
        || lower.contains("kremlin") && !s.contains(' ')
    {
        return strip_articles(s);
    }
    let runs: Vec<String> = NAME_RUN
        .find_iter(s)
        .map(|m| strip_titles(m.as_str()))
        .filter(|r| !r.is_empty())
        .collect();
    match runs.last() {
        Some(r) => r.clone(),
        None => strip_articles(s),
    }
}

fn strip_articles(s: &str) -> String {
    let t = s.trim();
    for a in ["The ", "the ", "A ", "a "] {
        if let Some(r) = t.strip_prefix(a) {
            return r.to_string();
        }
    }
    t.to_string()
}

fn strip_titles(run: &str) -> String {
    let words: Vec<&str> = run.split_whitespace().collect();
    let is_title = |w: &&str| {
        let l = w.to_lowercase();
        let l = l.trim_end_matches("'s").trim_end_matches("’s");
        crate::text::titles::TITLES.contains(&l)
    };
    let start = words
        .iter()
        .position(|w| !is_title(w))
        .unwrap_or(words.len());
    words[start..].join(" ")
}

/// Surname → fullest name the document gives (at most four words).
fn full_names(paragraphs: &[Paragraph]) -> HashMap<String, String> {
    let mut map: HashMap<String, String> = HashMap::new();
    for p in paragraphs {
        for m in NAME_RUN.find_iter(&p.text) {
            let name = strip_titles(m.as_str());
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() < 2 || words.len() > 4 {
                continue;
            }
            let last = words[words.len() - 1]
                .trim_end_matches(['\'', '’'])
                .to_string();
            let e = map.entry(last).or_default();
            if words.len() > e.split_whitespace().count() {
                *e = name.clone();
            }
        }
    }
    map
}

fn expand(speaker: &str, names: &HashMap<String, String>) -> String {
    if speaker.split_whitespace().count() == 1
        && let Some(full) = names.get(speaker)
    {
        return full.clone();
    }
    speaker.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(texts: &[&str]) -> Vec<Paragraph> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph {
                text: t.to_string(),
                heading: false,
                lines: [i + 1, i + 1],
            })
            .collect()
    }

    fn speakers(texts: &[&str]) -> Vec<(Option<String>, String)> {
        extract(&paras(texts))
            .into_iter()
            .map(|q| (q.speaker, q.text))
            .collect()
    }

    #[test]
    fn said_after_the_quote_with_full_name() {
        let q = speakers(&[
            "Russia sought to sooth tensions, with Foreign Minister Sergey Lavrov in Baku.",
            "\"Beyond all doubt, we are interested in this conflict being settled,\" Lavrov said after meeting his counterpart.",
        ]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0.as_deref(), Some("Sergey Lavrov"));
        assert!(q[0].1.starts_with("Beyond all doubt"));
    }

    #[test]
    fn short_quotations_with_a_speaker_are_kept_scare_quotes_are_not() {
        let q = speakers(&[
            "\"We are ready,\" Lavrov said on Monday.",
            "\"Never again!\" said Nikol Pashinyan.",
            "Baku called the strikes \"aggression\", Moscow said nothing.",
            "The so-called \"frozen conflict\" is not frozen.",
            "Russia spoke of \"anti-terrorist operations,\" Moscow also added that it was informed.",
        ]);
        assert_eq!(
            q,
            vec![
                (Some("Lavrov".into()), "We are ready".into()),
                (Some("Nikol Pashinyan".into()), "Never again!".into()),
            ]
        );
    }

    #[test]
    fn verb_first_and_titles() {
        let q = speakers(&[
            "Supporters said the tram would help. \"This line is the backbone of a cleaner city,\" said council member Ana Lopez.",
        ]);
        assert_eq!(q[0].0.as_deref(), Some("Ana Lopez"));
        let q = speakers(&[
            "\"Moscow has not been able to fulfill its obligations,\" said Tigran Grigoryan, a Yerevan-based political expert.",
            "\"The main thing is to prevent human casualties,\" Kremlin spokesman Dmitry Peskov told reporters.",
        ]);
        assert_eq!(q[0].0.as_deref(), Some("Tigran Grigoryan"));
        assert_eq!(q[1].0.as_deref(), Some("Dmitry Peskov"));
    }

    #[test]
    fn second_quote_in_paragraph_and_pronouns() {
        let q = speakers(&[
            "\"Russia and Azerbaijan appear to have closer relations now,\" Grigoryan told The Moscow Times. \"Relations have been deteriorating for a while now.\"",
            "\"We will not give up on this at all,\" he said.",
        ]);
        assert_eq!(q.len(), 3);
        assert!(
            q.iter().all(|(s, _)| s.as_deref() == Some("Grigoryan")),
            "{q:?}"
        );
    }

    #[test]
    fn subject_before_a_partial_quote_and_bodies() {
        let q = speakers(&[
            "Former Armenian lawmaker Arman Abovyan told The Moscow Times that Azerbaijan is “unlikely to listen to what Moscow says.”",
            "\"Azerbaijan unleashed another large-scale aggression against the people,\" Yerevan's foreign ministry said.",
        ]);
        assert_eq!(q[0].0.as_deref(), Some("Arman Abovyan"));
        assert_eq!(q[1].0.as_deref(), Some("Yerevan's foreign ministry"));
    }

    #[test]
    fn dash_quote_after_says_name() {
        let q = speakers(&[
            "That Armenia is weakened could benefit Russia, says Jakob Hedenskog, analyst at the institute.",
            "- It potentially can create discontent with Prime Minister Pashinyan.",
        ]);
        assert_eq!(q[0].0.as_deref(), Some("Jakob Hedenskog"));
    }

    #[test]
    fn a_quote_continued_in_the_next_paragraph_keeps_its_speaker() {
        let q = speakers(&[
            "\"We will keep our obligations to our allies in the region,\" Foreign Minister Sergey Lavrov said on Monday.",
            "\"And we expect the same from our partners in Baku and Yerevan, without any exception at all.",
            "\"This is the basis of any settlement that lasts.\"",
        ]);
        assert_eq!(q.len(), 3, "{q:?}");
        assert!(
            q.iter().all(|(s, _)| s.as_deref() == Some("Sergey Lavrov")),
            "{q:?}"
        );
    }

    #[test]
    fn according_to_names_the_source() {
        let q = speakers(&[
            "\"The convoy was stopped at the border for six hours,\" according to Tigran Grigoryan.",
        ]);
        assert_eq!(q[0].0.as_deref(), Some("Tigran Grigoryan"));
    }

    #[test]
    fn scare_quotes_are_not_quotations() {
        assert!(
            speakers(&["Armenia condemned Azerbaijani \"aggression\" against Karabakh."])
                .is_empty()
        );
    }
}
