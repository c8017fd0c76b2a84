//! Direct quotations and who said them.
//!
//! A quotation is a run between quotation marks of four words or more (or a
//! short sentence with a speaker right after it). Its speaker is found in its
//! own sentence, in this order:
//!
//! - a reporting clause right after it, when the quote does not end its
//!   sentence (`"…," Lavrov said`, `"…," said Rep. Ann Carver`, `"…?" she
//!   asked`, `"…" ― Omar Keita`);
//! - a reporting clause before it in its sentence (`Carver told reporters:
//!   "…"`, `Abovyan told The Moscow Times that Azerbaijan is "…"`, a quote
//!   split by its clause);
//! - `X quoted Y as saying` (Y, never the outlet that relays),
//!   `according to X`, a transcript label (`"PENCE: …"`, `Pence: "…"`);
//! - else the speaker of the paragraph's previous quotation, or of the
//!   previous paragraph's when the quotation opens its paragraph.
//!
//! The clause's subject is read by [`super::attribution`]: names without
//! titles, appositives, bodies, descriptions. A pronoun ("he", "it") is the
//! last *reporting subject* of its kind (person or body) in the article, from
//! sentences with or without a quotation (the subject of a reporting clause,
//! or a name opening a sentence: "Mr. Arkin dismissed …"); a single word
//! seen only at sentence starts ("Residents said") is no name, one seen
//! after "in" ("in Baku") is a body; a definite description ("the
//! spokesman") is the last reporting subject introduced with that word; an
//! indefinite one ("a senior official") leaves the quotation unattributed, as
//! does a quotation with no findable speaker. Names are expanded to the
//! fullest form the article gives ("Lavrov" → "Sergey Lavrov"). The same
//! words quoted twice in one article (a standfirst repeating the body) count
//! once.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::attribution::{self, ACCORDING, Gender, Kind, Mention, QUOTED_AS, VERB, VERB_SUBJECT};
use super::{Paragraph, Quote};

/// Quotes shorter than this many words are scare quotes ("aggression"), not quotations.
const MIN_WORDS: usize = 4;

static SAYS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:says|said)\s+((?:\p{Lu}[\p{L}'’-]+\s*){2,4})|((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+(?:says|said)").expect("regex")
});
static NAME_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,4}").expect("regex"));
/// A transcript label opening a quotation ("PENCE: Well, …").
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}):\s").expect("regex")
});

/// A reporting subject met so far: who, person or body, and the words that
/// described them ("spokesman"), for later pronouns and descriptions.
#[derive(Debug, Clone)]
struct Subject {
    name: String,
    /// `None` when it could be either (a bare "Varga" or "Reuters").
    kind: Option<Kind>,
    words: Vec<String>,
}

/// What attribution knows of the article so far.
#[derive(Debug, Default)]
struct State {
    /// Reporting subjects in article order.
    subjects: Vec<Subject>,
    /// The speaker of the previous paragraph's last quote.
    prev_para: Option<String>,
    /// The speaker of the current paragraph's last quote.
    para: Option<String>,
    /// The reporting subject of the paragraph's last complete sentence
    /// ("…, Schiff said."), for a quotation that follows it on its own.
    reporter: Option<String>,
    /// Capitalised words the article uses as places ("in Baku").
    places: HashSet<String>,
    /// Capitalised words the article uses mid-sentence (names, not
    /// "Residents" opening a sentence).
    mid_caps: HashSet<String>,
    /// Who the article has called "he" or "she" (or "Mr", "Ms").
    genders: HashMap<String, Gender>,
}

/// Who a clause says spoke.
enum Said {
    /// A resolved speaker.
    Speaker(String),
    /// Someone the article does not name (or a pronoun with nobody to stand for).
    Unnamed,
}

impl State {
    /// Resolves a mention to a speaker, and records it as a reporting subject.
    fn resolve(&mut self, m: Mention, names: &HashMap<String, String>) -> Said {
        match m {
            Mention::Name { name, body, words } => {
                let full = expand(&name, names);
                // A person: titled ("President Obama"), or with a given
                // name ("Tina Houchins"); else a body ("Reuters", "CNN").
                let titled = words.iter().any(|w| {
                    crate::text::is_title(w)
                        || matches!(
                            w.as_str(),
                            "mr" | "mrs" | "ms" | "rep" | "sen" | "gov" | "dr" | "rev"
                        )
                });
                let caps = !full.chars().any(char::is_lowercase);
                let single = !titled && !full.contains(' ') && !names.contains_key(&full);
                // "Residents said": a capitalised word only at sentence
                // starts is no name.
                if single
                    && !full.chars().all(|c| !c.is_lowercase())
                    && !self.mid_caps.contains(&full)
                {
                    return Said::Unnamed;
                }
                // A single word the article never gives a first name or a
                // title for is a body when the article uses it as a place
                // ("in Baku"), else either.
                let kind = if body || caps || (single && self.places.contains(&full)) {
                    Some(Kind::Body)
                } else if single {
                    None
                } else {
                    Some(Kind::Person)
                };
                let gender = words.iter().find_map(|w| match w.as_str() {
                    "mr" => Some(Gender::He),
                    "mrs" | "ms" => Some(Gender::She),
                    _ => None,
                });
                if let Some(g) = gender {
                    self.genders.entry(full.clone()).or_insert(g);
                }
                let mut words = words;
                words.extend(name.split_whitespace().map(str::to_lowercase));
                self.subjects.push(Subject {
                    name: full.clone(),
                    kind,
                    words,
                });
                Said::Speaker(full)
            }
            Mention::Pronoun(kind, gender) => {
                // "she" is nobody "he" already stood for, nor "Mr Varga".
                let genders = &self.genders;
                let said = Self::recall(&mut self.subjects, |s| {
                    s.kind.is_none_or(|k| k == kind)
                        && gender.is_none_or(|g| genders.get(&s.name).is_none_or(|&h| h == g))
                });
                if let (Said::Speaker(name), Some(g)) = (&said, gender) {
                    self.genders.entry(name.clone()).or_insert(g);
                }
                said
            }
            Mention::Definite(head) => {
                Self::recall(&mut self.subjects, |s| s.words.contains(&head))
            }
            Mention::Anonymous => Said::Unnamed,
        }
    }

    /// The last reporting subject that `fits`, made the last again.
    fn recall(subjects: &mut Vec<Subject>, fits: impl Fn(&Subject) -> bool) -> Said {
        match subjects.iter().rev().find(|s| fits(s)).cloned() {
            Some(s) => {
                let name = s.name.clone();
                subjects.push(s);
                Said::Speaker(name)
            }
            None => Said::Unnamed,
        }
    }
}

/// Extracts quotations from a document's paragraphs.
pub(crate) fn extract(paragraphs: &[Paragraph]) -> Vec<Quote> {
    let (names, mid_caps) = name_runs(paragraphs);
    let mut quotes = Vec::new();
    let mut state = State {
        places: places(paragraphs),
        mid_caps,
        ..State::default()
    };
    for (pi, p) in paragraphs.iter().enumerate() {
        if p.heading {
            continue;
        }
        let text = p.text.as_str();
        let spans = quote_spans(text);
        state.para = None;
        state.reporter = None;
        if spans.is_empty()
            && pi > 0
            && let Some(q) = dash_quote(text, &paragraphs[pi - 1].text, &names)
        {
            state.prev_para = q.speaker.clone();
            quotes.push(Quote { paragraph: pi, ..q });
            continue;
        }
        paragraph_quotes(text, &spans, &mut state, &names, &mut |q| {
            quotes.push(Quote { paragraph: pi, ..q });
        });
        state.prev_para = state.para.take();
    }
    dedup(quotes)
}

/// The same words quoted twice in an article (a standfirst or summary
/// repeating the body) count once: a quotation whose words are all inside
/// another one is dropped, its speaker kept when the other has none.
fn dedup(quotes: Vec<Quote>) -> Vec<Quote> {
    let key = |t: &str| -> String {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let keys: Vec<String> = quotes.iter().map(|q| key(&q.text)).collect();
    let mut keep = vec![true; quotes.len()];
    let mut speakers: Vec<Option<String>> = quotes.iter().map(|q| q.speaker.clone()).collect();
    for i in 0..quotes.len() {
        for j in 0..quotes.len() {
            if i == j || !keep[j] || keys[i].split(' ').count() < MIN_WORDS {
                continue;
            }
            let inside = format!(" {} ", keys[j]).contains(&format!(" {} ", keys[i]));
            // Equal texts: the later one goes; contained: the shorter one.
            if inside && (keys[i] != keys[j] || i > j) {
                keep[i] = false;
                if speakers[j].is_none() {
                    speakers[j] = speakers[i].clone();
                }
                break;
            }
        }
    }
    quotes
        .into_iter()
        .zip(speakers)
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|((q, s), _)| Quote { speaker: s, ..q })
        .collect()
}

/// Whether span `k` of `text` is a quotation rather than scare quotes.
fn is_quotation(text: &str, spans: &[(usize, usize, usize, usize)], k: usize) -> bool {
    let (_, qs, qe, close_end) = spans[k];
    let q = text[qs..qe].trim();
    let words = q.split_whitespace().count();
    if words >= MIN_WORDS {
        return true;
    }
    // A short quotation counts when it is plainly one: a capitalised
    // sentence with its own punctuation and a speaker right after it
    // ("We are ready," Lavrov said) — not a phrase quoted mid-sentence.
    let next_open = spans.get(k + 1).map_or(text.len(), |s| s.0);
    let masked = attribution::mask(&text[close_end..next_open.max(close_end)]);
    words >= 2
        && q.chars().next().is_some_and(char::is_uppercase)
        && q.ends_with([',', '.', '!', '?'])
        && after_clause(&masked).is_some()
}

/// Finds the quotations of one paragraph and their speakers, recording the
/// reporting subjects of the sentences between them.
fn paragraph_quotes(
    text: &str,
    spans: &[(usize, usize, usize, usize)],
    state: &mut State,
    names: &HashMap<String, String>,
    emit: &mut dyn FnMut(Quote),
) {
    let masked = attribution::mask(text);
    let real: Vec<usize> = (0..spans.len())
        .filter(|&k| is_quotation(text, spans, k))
        .collect();
    let mut gap_start = 0;
    for (n, &k) in real.iter().enumerate() {
        let (open, qs, qe, close_end) = spans[k];
        let gap = &masked[gap_start.min(open)..open];
        let (complete, before) = split_last_sentence(gap);
        record_subjects(complete, state, names);
        // The quote's own sentence so far: its subject is the last one met.
        if let Some(m) = attribution::sentence_subject(&strip_quote_marks(before)) {
            let _ = state.resolve(m, names);
        }
        let next_open = real.get(n + 1).map_or(text.len(), |&j| spans[j].0);
        let after = first_sentence(&masked[close_end..next_open.max(close_end)]);
        let q = text[qs..qe].trim();
        let found = speaker_of(q, before, after, state, names);
        let speaker = match found {
            Some(Said::Speaker(s)) => Some(s),
            Some(Said::Unnamed) => None,
            // Nobody in its sentence: the paragraph's speaker so far, or the
            // previous paragraph's when the quote opens this one.
            None => state.para.clone().or_else(|| {
                if !before.trim().is_empty() {
                    return None;
                }
                state.reporter.clone().or_else(|| {
                    (n == 0 && open == 0)
                        .then(|| state.prev_para.clone())
                        .flatten()
                })
            }),
        };
        state.para = speaker.clone();
        state.reporter = None;
        emit(Quote {
            speaker,
            text: q.trim_end_matches(',').trim_end().to_string(),
            paragraph: 0,
        });
        gap_start = close_end;
    }
    let rest = &masked[gap_start.min(masked.len())..];
    record_subjects(rest, state, names);
}

/// `gap` split into its complete sentences and the unfinished one at its end.
fn split_last_sentence(gap: &str) -> (&str, &str) {
    let ends: Vec<usize> = sentence_ends(gap);
    match ends.last() {
        Some(&e) => (&gap[..e], &gap[e..]),
        None => ("", gap),
    }
}

/// The text of `s` up to the end of its first sentence.
fn first_sentence(s: &str) -> &str {
    match sentence_ends(s).first() {
        Some(&e) => &s[..e],
        None => s,
    }
}

/// Byte offsets just after each sentence-ending `.`, `!` or `?` of masked text.
fn sentence_ends(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in s.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let next = s[i + 1..].chars().next();
            if next.is_none_or(|n| n.is_whitespace() || matches!(n, '"' | '”' | '’' | ')')) {
                out.push(i + 1);
            }
        }
    }
    out
}

/// Records the reporting subjects of the sentences of `text` (masked).
fn record_subjects(text: &str, state: &mut State, names: &HashMap<String, String>) {
    let mut start = 0;
    let mut ends = sentence_ends(text);
    ends.push(text.len());
    for e in ends {
        if e <= start {
            continue;
        }
        let sentence = strip_quote_marks(&text[start..e]);
        start = e;
        match quoted_as(&sentence).or_else(|| main_clause(&sentence)) {
            // Nobody named before a reporting word that may sit in the
            // object ("Nikol Pashinyan rejected the claims"): the sentence's
            // own subject, if it names one, is who a later pronoun means.
            None | Some(Mention::Anonymous) => {
                state.reporter = None;
                if let Some(m) = attribution::sentence_subject(&sentence) {
                    let _ = state.resolve(m, names);
                }
            }
            Some(m) => {
                state.reporter = match state.resolve(m, names) {
                    Said::Speaker(s) => Some(s),
                    Said::Unnamed => None,
                };
            }
        }
    }
}

fn strip_quote_marks(s: &str) -> Cow<'_, str> {
    if !s.contains(['"', '“', '”']) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|c| !matches!(c, '"' | '“' | '”'))
            .collect(),
    )
}

/// "Reuters quoted Peskov as saying": Peskov.
fn quoted_as(s: &str) -> Option<Mention> {
    let c = QUOTED_AS.captures(s)?;
    attribution::mention(&c[1]).filter(|m| matches!(m, Mention::Name { .. } | Mention::Pronoun(..)))
}

/// The subject of a sentence's first reporting clause.
fn main_clause(s: &str) -> Option<Mention> {
    let m = VERB.find(s)?;
    if m.as_str().ends_with("ing") {
        return attribution::sentence_subject(s);
    }
    let pre = &s[..m.start()];
    if pre.trim().is_empty() {
        return verb_first(&s[m.start()..]);
    }
    if pre.split_whitespace().count() > 24 {
        return None;
    }
    attribution::subject_before(pre)
}

/// "said Tigran Grigoryan, …": the subject after the verb.
fn verb_first(s: &str) -> Option<Mention> {
    let c = VERB_SUBJECT.captures(s.trim_start())?;
    attribution::mention(&c[1])
        .filter(|m| !matches!(m, Mention::Pronoun(..)) || c[1].split_whitespace().count() == 1)
}

/// A reporting clause right after a quotation (masked text from its
/// closing mark to the end of the sentence).
fn after_clause(after: &str) -> Option<Mention> {
    let a = strip_quote_marks(after);
    let a = a.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    if a.is_empty() {
        return None;
    }
    // "… ― Omar Keita": a dash and a name.
    if let Some(rest) = a.strip_prefix(['―', '—', '–', '-']) {
        return attribution::mention(rest.trim().trim_end_matches('.'))
            .filter(|m| matches!(m, Mention::Name { .. }));
    }
    if let Some(m) = quoted_as(a) {
        return Some(m);
    }
    if let Some(c) = ACCORDING.captures(a)
        && a.trim_start().to_lowercase().starts_with("according")
    {
        return attribution::mention(&c[1]);
    }
    let m = VERB.find(a)?;
    let pre = &a[..m.start()];
    if pre.trim().is_empty() {
        return verb_first(&a[m.start()..]);
    }
    // "…," but he said later: a new clause, not this quote's.
    let first = pre.split_whitespace().next().unwrap_or("").to_lowercase();
    if pre.split_whitespace().count() > 24 || attribution::opens_clause(&first) {
        return None;
    }
    attribution::subject_before(pre)
}

/// A reporting clause before a quotation in its sentence (masked text from
/// the sentence start to the opening mark).
fn before_clause(before: &str) -> Option<Mention> {
    let b = strip_quote_marks(before);
    if let Some(m) = quoted_as(&b) {
        return Some(m);
    }
    if let Some(c) = ACCORDING.captures(&b) {
        return attribution::mention(&c[1]);
    }
    // The last reporting verb before the quote.
    if let Some(m) = VERB.find_iter(&b).last() {
        // "…, saying, “…”": the sentence's subject.
        if m.as_str().ends_with("ing") {
            return attribution::sentence_subject(&b);
        }
        let pre = &b[..m.start()];
        if pre.trim().is_empty() {
            return verb_first(&b[m.start()..]);
        }
        return attribution::subject_before(pre);
    }
    // "Pence: “…”".
    let t = b.trim_end();
    let label = t.strip_suffix(':')?;
    attribution::mention(label).filter(|m| matches!(m, Mention::Name { .. }))
}

/// The speaker of quotation `q` from its own sentence; `None` when the
/// sentence names nobody.
fn speaker_of(
    q: &str,
    before: &str,
    after: &str,
    state: &mut State,
    names: &HashMap<String, String>,
) -> Option<Said> {
    // A quote ending its sentence ("… again.") has no clause after it;
    // after a question or exclamation, only a short one ("…?" Vitter asked).
    let ends_sentence =
        q.ends_with('.') || (q.ends_with(['!', '?']) && after.split_whitespace().count() > 8);
    let dash_after = after.trim_start().starts_with(['―', '—', '–']);
    let m = (!ends_sentence || dash_after)
        .then(|| after_clause(after))
        .flatten()
        .or_else(|| before_clause(before))
        .or_else(|| {
            let c = LABEL.captures(q)?;
            attribution::mention(&c[1]).filter(|m| matches!(m, Mention::Name { .. }))
        })?;
    Some(state.resolve(m, names))
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
        speaker: Some(expand(&strip_titles(raw.trim()), names)),
        text: rest.trim().to_string(),
        paragraph: 0,
    })
}

/// (opening mark, content start, content end, end of closing mark) of each
/// quotation in `text`, as byte offsets. English marks (“…”, "…"), and
/// the marks of other languages: „…“ (German, Czech; „…” in Polish,
/// Hungarian, Romanian), «…» (French, Russian, Italian, Spanish) and »…«
/// (German books and magazines). Each quotation closes with the mark
/// that pairs with its opening one.
fn quote_spans(text: &str) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    // The opening mark's offsets and the mark.
    let mut open: Option<(usize, usize, char)> = None;
    let mut iter = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|x| x.1);
        let end = i + c.len_utf8();
        // Where a mark opens a quotation: after a space, a bracket or a
        // dash, before a letter.
        let opening = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let mut close = |open: &mut Option<(usize, usize, char)>, pairs: &str| {
            if let Some((o, s, m)) = *open
                && pairs.contains(m)
            {
                out.push((o, s, i, end));
                *open = None;
            }
        };
        match c {
            '„' | '«' if open.is_none() => open = Some((i, end, c)),
            '»' if open.is_none() && opening => open = Some((i, end, c)),
            '»' => close(&mut open, "«"),
            '«' => close(&mut open, "»"),
            '“' if open.is_none() => open = Some((i, end, c)),
            '“' => close(&mut open, "„"),
            '”' => close(&mut open, "“„\""),
            '"' => match open {
                None if opening => open = Some((i, i + 1, c)),
                Some((o, s, m))
                    if matches!(m, '"' | '“')
                        && (!opening || prev.is_some_and(|p| !p.is_whitespace())) =>
                {
                    out.push((o, s, i, i + 1));
                    open = None;
                }
                _ => {}
            },
            _ => {}
        }
        prev = Some(c);
    }
    // A quote left open runs to the end of the paragraph (it continues in the next one).
    if let Some((o, s, _)) = open
        && s < text.len()
    {
        out.push((o, s, text.len(), text.len()));
    }
    out
}

fn strip_titles(run: &str) -> Cow<'_, str> {
    let is_title = crate::text::titles::is_first_title;
    let squashed = !run.contains(|c: char| c.is_whitespace() && c != ' ') && !run.contains("  ");
    let trimmed = run.trim();
    if squashed && trimmed.split(' ').next().is_none_or(|w| !is_title(w)) {
        return Cow::Borrowed(trimmed);
    }
    let words: Vec<&str> = run.split_whitespace().collect();
    let start = words
        .iter()
        .position(|w| !is_title(w))
        .unwrap_or(words.len());
    Cow::Owned(words[start..].join(" "))
}

/// Capitalised words met right after "in", "near", "across", "into" or
/// "outside": places, not people.
fn places(paragraphs: &[Paragraph]) -> HashSet<String> {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\b(?:in|near|across|into|outside|throughout)\s+(\p{Lu}[\p{L}-]+)\b(?:[^'’\p{L}]|$)",
        )
        .expect("regex")
    });
    paragraphs
        .iter()
        .flat_map(|p| PLACE.captures_iter(&p.text).map(|c| c[1].to_string()))
        .collect()
}

/// From the runs of capitalised words of the document, in one pass:
/// surname → fullest name the document gives (at most four words), and the
/// capitalised words that follow a lower-case word, a digit or a comma
/// somewhere in the article (quotation marks aside).
fn name_runs(paragraphs: &[Paragraph]) -> (HashMap<String, String>, HashSet<String>) {
    let mut names: HashMap<String, String> = HashMap::new();
    let mut mid_caps = HashSet::new();
    for p in paragraphs {
        for m in NAME_RUN.find_iter(&p.text) {
            let before = p.text[..m.start()]
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”'));
            if before
                .chars()
                .last()
                .is_some_and(|c| c.is_lowercase() || c.is_numeric() || c == ',')
            {
                mid_caps.extend(m.as_str().split_whitespace().map(str::to_string));
            }
            let name = strip_titles(m.as_str());
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() < 2 || words.len() > 4 {
                continue;
            }
            let last = words[words.len() - 1]
                .trim_end_matches(['\'', '’'])
                .to_string();
            let e = names.entry(last).or_default();
            if words.len() > e.split_whitespace().count() {
                *e = name.to_string();
            }
        }
    }
    (names, mid_caps)
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

    fn who(texts: &[&str]) -> Vec<Option<String>> {
        speakers(texts).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn reporting_verbs_beyond_said() {
        for verb in [
            "told reporters",
            "stressed",
            "emphasized",
            "vowed",
            "added",
            "noted",
            "warned",
            "claimed",
        ] {
            let q = who(&[&format!(
                "\"The bridge will reopen before the first snow falls,\" Mayor Ilse Brandt {verb}."
            )]);
            assert_eq!(q, vec![Some("Ilse Brandt".to_string())], "{verb}");
        }
        let q = who(&[
            "Ilse Brandt said in a statement that the town \"cannot wait another winter for this bridge.\"",
            "\"The road stays closed until the engineers are done,\" according to Tomas Ruud.",
            "Brandt described the delay as \"an insult to everyone who drives to work here.\"",
        ]);
        assert_eq!(
            q,
            vec![
                Some("Ilse Brandt".to_string()),
                Some("Tomas Ruud".to_string()),
                Some("Ilse Brandt".to_string())
            ]
        );
    }

    #[test]
    fn a_relaying_outlet_is_not_the_speaker() {
        let q = who(&[
            "\"We will not accept these terms at all,\" said Premier Ana Dimitrova.",
            "Later, the agency Baltic Wire quoted Viktor Sorin as saying \"the talks are over for this year.\"",
            "\"Nobody in the delegation wanted this outcome,\" he said.",
        ]);
        assert_eq!(
            q,
            vec![
                Some("Ana Dimitrova".to_string()),
                Some("Viktor Sorin".to_string()),
                Some("Viktor Sorin".to_string())
            ]
        );
    }

    #[test]
    fn pronouns_resolve_to_the_last_reporting_subject_of_their_kind() {
        // The subject of a sentence without a quote counts; "it" is the body.
        let q = who(&[
            "\"The grain convoy must pass this week,\" Foreign Minister Lev Arkin said.",
            "Arkin's deputy Marta Kell told reporters that the route was safe.",
            "\"There is no reason to hold the trucks any longer,\" she said.",
            "The Latvian Transport Ministry disagreed. \"The route remains closed to heavy traffic,\" it said.",
        ]);
        assert_eq!(
            q,
            vec![
                Some("Lev Arkin".to_string()),
                Some("Marta Kell".to_string()),
                Some("Latvian Transport Ministry".to_string())
            ]
        );
        // With nobody of its kind before it, a pronoun stays unattributed.
        assert_eq!(
            who(&["\"The convoy left at dawn without any escort,\" he said."]),
            vec![None]
        );
    }

    #[test]
    fn a_title_after_its_body_names_the_person_a_pronoun_stands_for() {
        // "Parliament Speaker Shalva Papuashvili" is a person, not the body
        // "Parliament": the later "he" is him, not the last capitalised subject.
        let q = who(&[
            "The amendments, backed by 84 MPs of the ruling Georgian Dream party and its allies, lower the threshold required in the High Council of Justice to nominate candidates. Opposition lawmakers boycotted the vote.",
            "Parliament Speaker Shalva Papuashvili said the changes \"fully reflect\" the recommendations of Georgia's international partners. \"We have taken into account everything that is relevant for the Georgian legal system,\" he told journalists.",
        ]);
        assert_eq!(q, vec![Some("Shalva Papuashvili".to_string())]);
        // "she" is nobody the article called "he" or "Mr".
        let q = who(&[
            "\"The bridge is ready to open,\" Mr. Tomas Varga told reporters.",
            "\"We are not at all sure of that,\" she said.",
        ]);
        assert_eq!(q, vec![Some("Tomas Varga".to_string()), None]);
        let q = who(&[
            "\"The bridge is ready to open,\" Tomas Varga told reporters.",
            "\"It will carry the first trucks on Monday,\" he added.",
            "\"We are not at all sure of that,\" she said.",
        ]);
        assert_eq!(
            q,
            vec![
                Some("Tomas Varga".to_string()),
                Some("Tomas Varga".to_string()),
                None
            ]
        );
        // Counter-example: with nobody called "he" yet, "she" is the last
        // person named.
        let q = who(&[
            "\"The bridge is ready to open,\" Ilze Berzina told reporters.",
            "\"It will carry the first trucks on Monday,\" she added.",
        ]);
        assert_eq!(q, vec![Some("Ilze Berzina".to_string()); 2]);
    }

    #[test]
    fn a_body_named_last_after_a_title_does_not_panic() {
        // "… the Rome Statute of the International Criminal Court, a move the
        // Kremlin had warned …": the body word ("Court") ends the capitalised
        // run; reading it once sliced past the end.
        let q = who(&[
            "Armenia’s parliament voted on Tuesday to ratify the Rome Statute of the International Criminal Court, a move the Kremlin had warned it would regard as unfriendly because the court has issued an arrest warrant for Russian President Vladimir Putin.",
            "“Armenia is knocking on the door and asking whether anyone is home,” he told POLITICO.",
        ]);
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_group_described_by_its_nationality_is_nobody_a_pronoun_stands_for() {
        let q = who(&[
            "\"We remain committed to the statements,\" Kremlin Spokesman Dmitry Peskov told reporters on Monday.",
            "According to him, the Russian peacekeepers continue to perform their tasks in the region. \"The situation remains tense,\" he added.",
            "Armenian officials disagreed. \"Nothing has changed on the ground,\" she said.",
        ]);
        // "he" may stay unattributed; it never becomes "Russian", nor
        // "she" "Armenian".
        assert_eq!(q.len(), 3, "{q:?}");
        assert!(
            q[0].as_deref()
                .is_some_and(|s| s.ends_with("Dmitry Peskov")),
            "{q:?}"
        );
        assert!(
            q[1].as_deref().is_none_or(|s| s.ends_with("Peskov")),
            "{q:?}"
        );
        assert_eq!(q[2], None, "{q:?}");
        // Counter-example: a named body or person before the verb still is
        // the subject a pronoun stands for.
        let q = who(&[
            "The Kremlin disagreed with the report. \"There is no such plan,\" it said.",
            "Prime Minister Nikol Pashinyan told reporters the deal was off. \"We will not sign it,\" he said.",
            // A reporting word in the object ("the claims") leaves the
            // subject before it.
            "Nikol Pashinyan rejected the claims. \"Our borders are not for sale,\" he said.",
        ]);
        assert_eq!(
            q,
            vec![
                Some("Kremlin".to_string()),
                Some("Nikol Pashinyan".to_string()),
                Some("Nikol Pashinyan".to_string())
            ]
        );
    }

    #[test]
    fn definite_descriptions_need_an_earlier_subject_so_described() {
        let q = who(&[
            "Government spokesman Piet Olsen told a briefing that the border was calm.",
            "\"We see no troop movements on the other side,\" the spokesman said.",
            "Officer Dana Reyes, 47, was first on the scene.",
            "\"Nobody was hurt when the wall came down,\" the 47-year-old officer said.",
            "\"Everyone here heard the explosion at night,\" a senior official said.",
            "\"The treaty must be ratified by both parliaments first,\" according to the agreement.",
        ]);
        assert_eq!(
            q,
            vec![
                Some("Piet Olsen".to_string()),
                Some("Dana Reyes".to_string()),
                None,
                None
            ]
        );
    }

    #[test]
    fn appositives_places_and_outlets() {
        let q = who(&[
            "Lena Varga, one Ganja resident, told the Daily Post: \"We sleep in the cellar every night now.\"",
            "\"The shelling stopped only an hour ago,\" Omar Keita, a farmer from Tovuz, told reporters.",
            "\"We need the water supply restored before anything else,\" said Rep. Ann B. Carver (D-Ore.), head of the relief caucus.",
        ]);
        assert_eq!(
            q,
            vec![
                Some("Lena Varga".to_string()),
                Some("Omar Keita".to_string()),
                Some("Ann B. Carver".to_string())
            ]
        );
    }

    #[test]
    fn bodies_speak_and_fragments_do_not() {
        let q = who(&[
            "\"The strikes violate every agreement signed so far,\" the Latvian Foreign Ministry has said.",
            "The Latvian Foreign Ministry has repeatedly warned that \"no convoy will cross without inspection.\"",
        ]);
        assert_eq!(
            q,
            vec![
                Some("Latvian Foreign Ministry".to_string()),
                Some("Latvian Foreign Ministry".to_string())
            ]
        );
    }

    #[test]
    fn a_clause_of_another_sentence_is_not_the_speaker() {
        // The quote ends its sentence: the next sentence's subject did not say it.
        let q = who(&[
            "\"The ceasefire is holding along the whole line.\" Mira Holm said the opposite on Tuesday.",
            "Residents described \"a night without a single shot fired anywhere,\" but Holm said later that shelling resumed.",
        ]);
        assert_eq!(q, vec![None, None]);
    }

    #[test]
    fn a_participle_reports_the_sentence_subject() {
        let q = who(&[
            "Premier Ana Dimitrova met President Karl Aas on Monday.",
            "Aas welcomed the plan, stressing that \"lasting peace in the valley needs both sides.\"",
        ]);
        assert_eq!(q, vec![Some("Karl Aas".to_string())]);
    }

    #[test]
    fn a_split_quote_and_a_quote_on_its_own_after_its_reporter() {
        let q = who(&[
            "\"We are ready to talk,\" Ilse Brandt said, \"as soon as the guns are silent for a week.\"",
            "The town has waited long enough, Brandt said. \"Nobody should spend another winter in tents.\"",
        ]);
        assert_eq!(q, vec![Some("Ilse Brandt".to_string()); 3]);
    }

    #[test]
    fn transcripts_and_dash_attributions() {
        let q = who(&[
            "\"HOLM: Let us start with the ceasefire and what it means.\"",
            "\"The line is quiet tonight and I hope it stays quiet.\" ― Omar Keita",
        ]);
        assert_eq!(
            q,
            vec![Some("HOLM".to_string()), Some("Omar Keita".to_string())]
        );
    }

    #[test]
    fn a_standfirst_repeating_a_body_quote_counts_once() {
        let q = speakers(&[
            "Brandt: the bridge \"cannot wait another winter\" for repairs.",
            "\"This bridge cannot wait another winter,\" Mayor Ilse Brandt said on Monday.",
        ]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("Ilse Brandt"));
    }

    #[test]
    fn quotation_marks_of_other_languages_pair_as_they_are_written() {
        let spans = |t: &str| -> Vec<String> {
            quote_spans(t)
                .into_iter()
                .map(|(_, s, e, _)| t[s..e].to_string())
                .collect()
        };
        assert_eq!(
            spans("„Wir reden hier nicht über Standortpolitik“, sagte Sabine Kellermann."),
            ["Wir reden hier nicht über Standortpolitik"]
        );
        assert_eq!(
            spans("„To jest skandal”, powiedział burmistrz."),
            ["To jest skandal"]
        );
        assert_eq!(
            spans("« Ce jugement ignore le contexte », a-t-il dit."),
            ["\u{a0}Ce jugement ignore le contexte\u{a0}".replace('\u{a0}', " ")]
        );
        assert_eq!(
            spans("»Das ist zu spät«, sagte sie, »viel zu spät«."),
            ["Das ist zu spät", "viel zu spät"]
        );
        assert_eq!(
            spans("Он сказал: «Это очень долго», — и ушёл."),
            ["Это очень долго"]
        );
        // English marks as before.
        assert_eq!(
            spans("“It works,” she said. \"It does,\" he said."),
            ["It works,", "It does,"]
        );
    }
}
