//! A reader's highlights, as a reading program exports them, read as the
//! text they were taken from.
//!
//! Two families:
//! - **clippings** (a Kindle's "My Clippings.txt"): entries closed by a
//!   line of ten "=", each a work's title, a line giving the place and
//!   time ("- Your Highlight on page 88 | Location 1342-1345 | Added on
//!   …"), and the passage. Clippings of several works come together: the
//!   work with the most highlighted words is the one read.
//! - **cited passages** (a Zotero note made from annotations, a Readwise
//!   export): each line a passage in quotation marks followed by its
//!   citation in brackets, the same citation on every line ("“…”
//!   ([Lefebvre, 2025](zotero://…)) ([pdf](zotero://…)) comment").
//!
//! The passages stay on their lines; every other line is left blank, and
//! what was taken out is given with its line and reason, so nothing is
//! lost and every paragraph keeps the source's line numbers.

use std::collections::HashMap;
use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::rules::Reason;

/// A text rewritten before it is read: its lines (as many as the source's)
/// and what was taken out of them, each with its line (1-based).
pub(crate) struct Rewritten {
    pub(crate) text: String,
    pub(crate) taken: Vec<(String, usize, Reason)>,
}

/// The passages of a reader's highlights, read as the text they came
/// from; `None` for any other text.
pub(crate) fn read(text: &str) -> Option<Rewritten> {
    clippings(text)
        .or_else(|| cited(text))
        .or_else(|| repeated_tail(text))
}

/// The line closing each clipping.
const CLOSE: &str = "==========";

/// What a clipping holds, by the words of its place line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Highlight,
    Note,
    Bookmark,
}

/// Words naming a note and a bookmark in a clipping's place line, in the
/// languages a Kindle writes it in. Anything else is a highlight.
const NOTE_WORDS: &[&str] = &[
    "note",
    "notiz",
    "nota",
    "remarque",
    "notitie",
    "notering",
    "notatka",
    "заметка",
    "not",
];
const BOOKMARK_WORDS: &[&str] = &[
    "bookmark",
    "lesezeichen",
    "signet",
    "marcador",
    "segnalibro",
    "bladwijzer",
    "bokmärke",
    "zakładka",
    "закладка",
    "yer imi",
];

fn kind_of(place: &str) -> Kind {
    let lower = place.to_lowercase();
    let has = |words: &[&str]| {
        lower
            .split(|c: char| !c.is_alphanumeric() && c != ' ')
            .flat_map(|part| part.split(' '))
            .any(|w| words.contains(&w))
            || words.iter().any(|w| w.contains(' ') && lower.contains(w))
    };
    if has(NOTE_WORDS) {
        Kind::Note
    } else if has(BOOKMARK_WORDS) {
        Kind::Bookmark
    } else {
        Kind::Highlight
    }
}

/// One clipping: its lines (0-based) and what it holds.
struct Clip {
    title: usize,
    place: usize,
    body: Vec<usize>,
    close: usize,
    kind: Kind,
}

/// Whether `line` gives a clipping's place and time: "- Your Highlight on
/// page 3 | Location 40-42 | Added on Monday, …" (a dash, then fields set
/// apart by bars, with a figure).
fn is_place(line: &str) -> bool {
    let l = line.trim();
    l.starts_with("- ") && l.contains(" | ") && l.bytes().any(|b| b.is_ascii_digit())
}

/// The clippings of `lines`, when the whole text is clippings.
fn clips(lines: &[&str]) -> Option<Vec<Clip>> {
    let mut clips = Vec::new();
    let mut start = 0;
    for (i, l) in lines.iter().enumerate() {
        if l.trim() != CLOSE {
            continue;
        }
        let mut rows = (start..i).filter(|&k| !lines[k].trim().is_empty());
        let title = rows.next()?;
        let place = rows.next()?;
        if place != title + 1 || !is_place(lines[place]) {
            return None;
        }
        clips.push(Clip {
            title,
            place,
            body: rows.collect(),
            close: i,
            kind: kind_of(lines[place]),
        });
        start = i + 1;
    }
    let rest_blank = lines[start..].iter().all(|l| l.trim().is_empty());
    (clips.len() >= 2 && rest_blank).then_some(clips)
}

/// A work's title as a clipping gives it, without the BOM a Kindle writes
/// before some of them.
fn title_of(line: &str) -> &str {
    line.trim().trim_start_matches('\u{feff}').trim()
}

/// The title without the author a Kindle adds in brackets at its end
/// ("The Quiet Infrastructure (Hollis, Dana)"), and that author.
fn split_author(title: &str) -> (&str, Option<&str>) {
    match title.rfind(" (") {
        Some(at) if title.ends_with(')') && at > 0 => (&title[..at], Some(&title[at + 1..])),
        _ => (title, None),
    }
}

/// The title of the work with the most words highlighted.
fn most_highlighted<'a>(clips: &[Clip], lines: &[&'a str]) -> Option<&'a str> {
    let mut words: HashMap<&str, usize> = HashMap::new();
    for c in clips.iter().filter(|c| c.kind == Kind::Highlight) {
        let w: usize = c
            .body
            .iter()
            .map(|&k| lines[k].split_whitespace().count())
            .sum();
        *words.entry(title_of(lines[c.title])).or_default() += w;
    }
    words
        .iter()
        .max_by_key(|(t, w)| (**w, std::cmp::Reverse(**t)))
        .map(|(t, _)| *t)
}

/// A Kindle's clippings, read as the work most highlighted in them.
fn clippings(text: &str) -> Option<Rewritten> {
    // Every text is looked at: the searcher is made once.
    static CLOSING: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(CLOSE));
    CLOSING.find(text.as_bytes())?;
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let clips = clips(&lines)?;
    let body_text = |c: &Clip| {
        super::rules::squash(
            &c.body
                .iter()
                .map(|&k| lines[k])
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    let work = most_highlighted(&clips, &lines)?;
    let highlights: Vec<String> = clips
        .iter()
        .filter(|c| c.kind == Kind::Highlight && title_of(lines[c.title]) == work)
        .map(body_text)
        .collect();
    // A highlight made again, longer, holds the first one whole.
    let repeated = |t: &str| {
        !t.is_empty()
            && highlights
                .iter()
                .any(|h| h.len() > t.len() && h.contains(t))
    };
    let mut out: Vec<String> = vec![String::new(); lines.len()];
    let mut taken = Vec::new();
    let take = |k: usize, reason: Reason, taken: &mut Vec<(String, usize, Reason)>| {
        if !lines[k].trim().is_empty() {
            taken.push((lines[k].trim().to_string(), k + 1, reason));
        }
    };
    let mut titled = false;
    for c in &clips {
        let ours = title_of(lines[c.title]) == work;
        if ours && !titled {
            // The work's title, once, where it first stands.
            let (title, author) = split_author(work);
            out[c.title] = title.to_string();
            if let Some(a) = author {
                taken.push((a.to_string(), c.title + 1, Reason::Clipping));
            }
            titled = true;
        } else {
            take(
                c.title,
                if ours {
                    Reason::Clipping
                } else {
                    Reason::OtherWork
                },
                &mut taken,
            );
        }
        take(c.place, Reason::Clipping, &mut taken);
        take(c.close, Reason::Separator, &mut taken);
        let reason = match c.kind {
            _ if !ours => Some(Reason::OtherWork),
            Kind::Note | Kind::Bookmark => Some(Reason::ReaderNote),
            Kind::Highlight if repeated(&body_text(c)) => Some(Reason::Repeated),
            Kind::Highlight => None,
        };
        for &k in &c.body {
            match reason {
                Some(r) => take(k, r, &mut taken),
                None => out[k] = lines[k].to_string(),
            }
        }
    }
    Some(Rewritten {
        text: out.join("\n"),
        taken,
    })
}

/// Quotation marks opening and closing a cited passage.
const OPENING: &[char] = &['“', '"', '«', '„', '‘', '‹'];
const CLOSING: &[char] = &['”', '"', '»', '“', '’', '›'];

/// One citation in brackets after a passage: "([Lefebvre, 2025](zotero://…))"
/// gives "Lefebvre, 2025", "(Lefebvre, 2025, p. 3)" the same; and the rest
/// of the text after it.
fn citation(s: &str) -> Option<(&str, &str)> {
    let s = s.strip_prefix('(')?;
    if let Some(inner) = s.strip_prefix('[') {
        let close = inner.find("](")?;
        let label = &inner[..close];
        let after = &inner[close + 2..];
        // An address may hold brackets of its own ("nth-of-type(1)").
        let mut depth = 0usize;
        let end = after.char_indices().find_map(|(at, c)| match c {
            '(' => {
                depth += 1;
                None
            }
            ')' if depth == 0 => Some(at),
            ')' => {
                depth -= 1;
                None
            }
            _ => None,
        })?;
        let url = &after[..end];
        let rest = after[end + 1..].strip_prefix(')')?;
        let fits = !label.contains(['[', ']', '\n'])
            && !url.is_empty()
            && !url.contains(char::is_whitespace);
        return fits.then_some((label, rest));
    }
    let end = s.find(')')?;
    let label = &s[..end];
    let fits = (2..=80).contains(&label.chars().count()) && !label.contains(['(', '[', '\n']);
    fits.then_some((label, &s[end + 1..]))
}

/// The citations opening `s` (at least one) and the rest after them.
fn citations(s: &str) -> Option<(Vec<&str>, &str)> {
    let mut labels = Vec::new();
    let mut rest = s.trim_start();
    while let Some((label, after)) = citation(rest) {
        labels.push(label);
        rest = after.trim_start();
    }
    (!labels.is_empty()).then_some((labels, rest))
}

/// A line of cited passages: the passage, its citations (the first one's
/// label, and the text of all), and a reader's comment after them.
struct CitedLine<'a> {
    passage: &'a str,
    label: &'a str,
    cites: &'a str,
    comment: &'a str,
}

/// A passage and what follows it read as citations and a comment.
fn split<'a>(passage: &'a str, after: &'a str) -> Option<CitedLine<'a>> {
    let after = after.trim_start();
    let (labels, comment) = citations(after)?;
    let cites = after[..after.len() - comment.len()].trim_end();
    Some(CitedLine {
        passage: passage.trim(),
        label: labels[0],
        cites,
        comment: comment.trim(),
    })
}

/// Reads one line as a cited passage: a passage in quotation marks (a
/// list's dash before it allowed), or a listed passage followed by a
/// citation that is a link; then citations and a comment.
fn cited_line(line: &str) -> Option<CitedLine<'_>> {
    let t = line.trim();
    let bare = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .or_else(|| t.strip_prefix("> "));
    let t = bare.unwrap_or(t);
    if let Some(open) = t.chars().next().filter(|c| OPENING.contains(c)) {
        let inner = &t[open.len_utf8()..];
        // The closing mark is the one a citation follows.
        for (at, c) in inner.char_indices().filter(|(_, c)| CLOSING.contains(c)) {
            let after = &inner[at + c.len_utf8()..];
            if after.trim_start().starts_with('(')
                && let Some(line) = split(&inner[..at], after)
                && line.passage.split_whitespace().count() >= 2
            {
                return Some(line);
            }
        }
        return None;
    }
    // A listed passage without quotation marks: its citation is a link.
    let at = t.rfind(" ([")?;
    let line = split(&t[..at], &t[at..])?;
    (bare.is_some() && line.passage.split_whitespace().count() >= 3 && line.cites.starts_with("(["))
        .then_some(line)
}

/// The header a Zotero note made from annotations opens with: a heading
/// ("Annotations") and the time it was made in brackets.
fn is_made_at(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('(')
        && t.ends_with(')')
        && t.len() <= 40
        && t.bytes().filter(u8::is_ascii_digit).count() >= 6
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b" /.:-,()APMapm".contains(&b))
}

/// The work a citation names, without the page it gives: "Lefebvre,
/// 2025, p. 3" names "Lefebvre, 2025"; a label without a year is the
/// work as it stands.
fn work(label: &str) -> &str {
    let mut end = 0;
    for part in label.split(", ") {
        end += part.len();
        let year = part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit());
        if year {
            return &label[..end];
        }
        end += 2;
    }
    label
}

/// Whether `text` may be cited passages. Every text is looked at:
/// brackets are few in prose, and three of them must follow a closing
/// quotation mark or open a link.
fn may_cite(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'(', b)
        .filter(|&at| {
            let before = &b[..at];
            b.get(at + 1) == Some(&b'[')
                || ["” ", "\" ", "» ", "“ ", "’ "]
                    .iter()
                    .any(|q| before.ends_with(q.as_bytes()))
        })
        .nth(2)
        .is_some()
}

/// Lines of cited passages, read as the passages.
fn cited(text: &str) -> Option<Rewritten> {
    if !may_cite(text) {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let read: Vec<Option<CitedLine>> = lines.iter().map(|l| cited_line(l)).collect();
    // The citation most lines give: at least three, two in three of the
    // cited lines, and the cited lines half the text's.
    let mut count: HashMap<&str, usize> = HashMap::new();
    for c in read.iter().flatten() {
        *count.entry(work(c.label)).or_default() += 1;
    }
    let (&label, &most) = count
        .iter()
        .max_by_key(|(l, n)| (**n, std::cmp::Reverse(**l)))?;
    let cited = read.iter().flatten().count();
    let alone = lines
        .iter()
        .filter(|l| citations(l.trim()).is_some_and(|(c, _)| work(c[0]) == label))
        .count();
    let filled = lines.iter().filter(|l| !l.trim().is_empty()).count();
    if most < 3 || most * 3 < cited * 2 || (cited + alone) * 2 < filled {
        return None;
    }
    let first = read
        .iter()
        .position(|c| c.as_ref().is_some_and(|c| work(c.label) == label))?;
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut taken = Vec::new();
    for (k, c) in read.iter().enumerate() {
        match c {
            Some(c) if work(c.label) == label => {
                out[k] = c.passage.to_string();
                taken.push((c.cites.to_string(), k + 1, Reason::Clipping));
                if !c.comment.is_empty() {
                    taken.push((c.comment.to_string(), k + 1, Reason::ReaderNote));
                }
            }
            _ => {
                // A citation by itself (an image's annotation) and the
                // note's heading over its time.
                let t = lines[k].trim();
                if let Some((_, comment)) = citations(t).filter(|(l, _)| work(l[0]) == label) {
                    out[k] = String::new();
                    let cites = t[..t.len() - comment.len()].trim_end();
                    taken.push((cites.to_string(), k + 1, Reason::Clipping));
                    if !comment.trim().is_empty() {
                        taken.push((comment.trim().to_string(), k + 1, Reason::ReaderNote));
                    }
                } else if k < first && is_made_at(t) {
                    out[k] = String::new();
                    taken.push((t.to_string(), k + 1, Reason::Clipping));
                    if let Some(h) = (0..k).rev().find(|&h| !lines[h].trim().is_empty())
                        && (0..h).all(|i| lines[i].trim().is_empty())
                    {
                        out[h] = String::new();
                        taken.push((lines[h].trim().to_string(), h + 1, Reason::Clipping));
                    }
                }
            }
        }
    }
    taken.sort_by_key(|(_, k, _)| *k);
    Some(Rewritten {
        text: out.join("\n"),
        taken,
    })
}

/// Labels of a reader's note among their highlights ("Note: …").
const NOTE_LABELS: &[&str] = &[
    "note:",
    "notiz:",
    "nota:",
    "remarque:",
    "notitie:",
    "anteckning:",
    "märkus:",
    "huom:",
    "заметка:",
    "not:",
];

/// What a line under the reader's highlights heading is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TailLine {
    Blank,
    Quoted,
    Link,
    Note,
    /// A line of the reader's own, without a label.
    Plain,
}

fn tail_line(line: &str) -> Option<TailLine> {
    let t = line.trim();
    if t.is_empty() || t == ">" {
        return Some(TailLine::Blank);
    }
    let bare = t.trim_start_matches(['>', ' ', '—', '–', '-', '*']).trim();
    let link = bare.starts_with('[')
        && bare.ends_with(')')
        && bare.find("](").is_some_and(|k| !bare[k..].contains(' '));
    if link {
        return Some(TailLine::Link);
    }
    // Only the first characters can be a label (the longest is 11).
    let head = bare.trim_start_matches('*');
    let head = &head[..head.char_indices().nth(16).map_or(head.len(), |(i, _)| i)];
    if head.contains(':') && {
        let lower = head.to_lowercase();
        NOTE_LABELS.iter().any(|l| lower.starts_with(l))
    } {
        return Some(TailLine::Note);
    }
    t.starts_with('>').then_some(TailLine::Quoted)
}

/// Text as compared for repeats: words only, in lower case.
fn words_of(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The runs of quoted lines among the `kinds` of the lines from `at`
/// (an empty quoted line, ">", inside a run).
fn quoted_runs(lines: &[&str], at: usize, kinds: &[TailLine]) -> Vec<Vec<usize>> {
    let mut passages: Vec<Vec<usize>> = Vec::new();
    for (k, kind) in kinds.iter().enumerate() {
        let i = at + k;
        if *kind != TailLine::Quoted {
            continue;
        }
        let goes_on = |p: &Vec<usize>| {
            p.last() == Some(&(i - 1)) || p.last() == Some(&(i - 2)) && lines[i - 1].trim() == ">"
        };
        match passages.last_mut() {
            Some(p) if goes_on(p) => p.push(i),
            _ => passages.push(vec![i]),
        }
    }
    passages
}

/// Whether every sentence of the quoted passage on lines `p` (of three
/// words or more) is in the text `above` (as [`words_of`] gives it); the
/// links and labels a program writes after a passage ("[⤴️](https://…)
/// #tariffs") are no part of it.
fn repeats_above(lines: &[&str], p: &[usize], above: &str) -> bool {
    let t: Vec<String> = p
        .iter()
        .map(|&i| without_links_and_tags(lines[i].trim().trim_start_matches(['>', ' '])))
        .collect();
    let t = t.join(" ");
    let sentences: Vec<String> = t
        .split_inclusive(['.', '!', '?'])
        .map(words_of)
        .filter(|w| w.split(' ').count() >= 3)
        .collect();
    !sentences.is_empty() && sentences.iter().all(|s| above.contains(s.as_str()))
}

/// `t` without its Markdown links ("[⤴️](https://…)") and the labels
/// after it ("#tariffs #quotes").
fn without_links_and_tags(t: &str) -> String {
    static LINK: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\[[^\]]{0,200}\]\([^)\s]{0,2000}\)").expect("regex"));
    static TAGS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(?:\s+#[\w-]+)+\s*$").expect("regex"));
    let t = LINK.replace_all(t, " ");
    TAGS.replace(t.trim_end(), "").into_owned()
}

/// How far from the end of a text [`repeated_tail`] looks for the
/// heading over the highlights.
const TAIL_LINES: usize = 400;

/// A reader's highlights listed under a heading at the end of the
/// article they were made in (Readwise's, Omnivore's and other read-later
/// programs' exports): quoted passages, each repeating the text above
/// sentence by sentence, with their links and labels, and the reader's
/// notes (labelled, "Note: …", or lines of their own, no more of them than
/// passages, none before the first passage). They go, and the article
/// stays.
fn repeated_tail(text: &str) -> Option<Rewritten> {
    // A heading ("#") over quoted lines (">"): a text holding no such
    // mark has none.
    let bytes = text.as_bytes();
    if memchr::memchr(b'#', bytes).is_none() || memchr::memchr(b'>', bytes).is_none() {
        return None;
    }
    // Most texts end in a line of prose: only the last lines are looked
    // at before the text is split.
    let mut from_end = text.rsplit('\n').map(|l| l.trim_end_matches('\r'));
    let over = from_end.find(|l| tail_line(l).is_none() && !note_line(l))?;
    if !over.trim_start().starts_with('#') {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let mut kinds = Vec::new();
    let mut at = lines.len();
    while at > 0 && kinds.len() < TAIL_LINES {
        let l = lines[at - 1];
        match tail_line(l) {
            Some(k) => kinds.push(k),
            None if note_line(l) => kinds.push(TailLine::Plain),
            None => break,
        }
        at -= 1;
    }
    kinds.reverse();
    let heading = at.checked_sub(1)?;
    if !lines[heading].trim_start().starts_with('#') {
        return None;
    }
    let above = words_of(&lines[..heading].join("\n"));
    let passages = quoted_runs(&lines, at, &kinds);
    let repeats = |p: &Vec<usize>| repeats_above(&lines, p, &above);
    let plain = kinds.iter().filter(|k| **k == TailLine::Plain).count();
    let first = kinds.iter().find(|k| **k != TailLine::Blank);
    if passages.len() < 2
        || !passages.iter().all(repeats)
        || plain > passages.len()
        || first == Some(&TailLine::Plain)
    {
        return None;
    }
    Some(taken_tail(&lines, heading, at, &kinds))
}

/// A line of its own under the highlights, no heading and no quotation:
/// a reader's note of 40 words or fewer.
fn note_line(line: &str) -> bool {
    let t = line.trim();
    !t.starts_with(['#', '>']) && crate::ingest::rules::at_most_words(t, 40)
}

/// The text without its highlights' heading (line `heading`) and the
/// lines from `at` on (of `kinds`), and what was taken out.
fn taken_tail(lines: &[&str], heading: usize, at: usize, kinds: &[TailLine]) -> Rewritten {
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut taken = vec![(
        lines[heading].trim().to_string(),
        heading + 1,
        Reason::Clipping,
    )];
    out[heading] = String::new();
    for (k, kind) in kinds.iter().enumerate() {
        let i = at + k;
        let reason = match kind {
            TailLine::Blank => {
                // An empty quotation line holds no words.
                out[i] = String::new();
                continue;
            }
            TailLine::Quoted => Reason::Repeated,
            TailLine::Link => Reason::Clipping,
            TailLine::Note | TailLine::Plain => Reason::ReaderNote,
        };
        if lines[i].trim() != ">" {
            taken.push((lines[i].trim().to_string(), i + 1, reason));
        }
        out[i] = String::new();
    }
    Rewritten {
        text: out.join("\n"),
        taken,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(r: &Rewritten) -> Vec<&str> {
        r.text.lines().filter(|l| !l.trim().is_empty()).collect()
    }

    fn taken(r: &Rewritten, reason: Reason) -> Vec<&str> {
        r.taken
            .iter()
            .filter(|(_, _, x)| *x == reason)
            .map(|(t, _, _)| t.as_str())
            .collect()
    }

    const CLIPS: &str = "\u{feff}A Book About Cities (Hollis, Dana)
- Your Highlight on page 88 | Location 1342-1345 | Added on Sunday, March 2, 2025 10:41:17 PM

A bus lane is a political object before it is an engineering one.
==========
Lanes open on Main Street – The Daily (thedaily.com)
- Your Highlight on Location 3-4 | Added on Wednesday, March 5, 2025 7:51:12 AM

The city will open bus lanes on Main Street in April, officials said on Tuesday.
==========
Lanes open on Main Street – The Daily (thedaily.com)
- Your Highlight on Location 5-6 | Added on Wednesday, March 5, 2025 7:52:12 AM

\"At 2 in the morning the bus should fly,
==========
Lanes open on Main Street – The Daily (thedaily.com)
- Your Highlight on Location 5-8 | Added on Wednesday, March 5, 2025 7:53:12 AM

\"At 2 in the morning the bus should fly, but it does not,\" said Tamika Reyes, a rider.
==========
Lanes open on Main Street – The Daily (thedaily.com)
- Your Note on Location 8 | Added on Wednesday, March 5, 2025 7:54:12 AM

ask Reyes for her timetable
==========
Lanes open on Main Street – The Daily (thedaily.com)
- Your Bookmark on Location 9 | Added on Wednesday, March 5, 2025 7:55:12 AM


==========
";

    #[test]
    fn clippings_read_as_the_work_most_highlighted() {
        let r = read(CLIPS).expect("clippings");
        assert_eq!(r.text.lines().count(), CLIPS.lines().count());
        assert_eq!(
            kept(&r),
            [
                "Lanes open on Main Street – The Daily",
                "The city will open bus lanes on Main Street in April, officials said on Tuesday.",
                "\"At 2 in the morning the bus should fly, but it does not,\" said Tamika Reyes, a rider."
            ]
        );
        assert_eq!(
            taken(&r, Reason::ReaderNote),
            ["ask Reyes for her timetable"]
        );
        assert_eq!(
            taken(&r, Reason::Repeated),
            ["\"At 2 in the morning the bus should fly,"]
        );
        assert_eq!(
            taken(&r, Reason::OtherWork),
            [
                "\u{feff}A Book About Cities (Hollis, Dana)",
                "A bus lane is a political object before it is an engineering one."
            ]
        );
        // Every line that is not kept is given with its line.
        let lines: Vec<&str> = CLIPS.lines().collect();
        for (t, k, _) in &r.taken {
            assert!(lines[k - 1].contains(t.as_str()), "{t} {k}");
        }
        for (k, l) in lines.iter().enumerate() {
            if !l.trim().is_empty() {
                let kept_here = !r.text.lines().nth(k).unwrap_or("").trim().is_empty();
                assert!(
                    kept_here || r.taken.iter().any(|(_, n, _)| *n == k + 1),
                    "line {}",
                    k + 1
                );
            }
        }
    }

    #[test]
    fn other_kindles_words() {
        assert_eq!(
            kind_of("- Ihre Notiz bei Position 29 | Hinzugefügt am Montag"),
            Kind::Note
        );
        assert_eq!(
            kind_of("- Votre signet à l'emplacement 37 | Ajouté le lundi"),
            Kind::Bookmark
        );
        assert_eq!(
            kind_of("- Ihre Markierung bei Position 18-22 | Hinzugefügt am"),
            Kind::Highlight
        );
        assert_eq!(
            kind_of("- Your Highlight on page 12 | Location 180-182 | Added on"),
            Kind::Highlight
        );
    }

    #[test]
    fn what_is_no_clippings() {
        for t in [
            // A separator under a heading, as Setext writes it.
            "Title\n==========\n\nText of the article.\n",
            // One clipping.
            "A Work (Someone)\n- Your Highlight on Location 3 | Added on Monday 1\n\nText.\n==========\n",
            // Lines of "=" between parts of an article, no place lines.
            "Part one\nsome text here\n==========\nPart two\nmore text\n==========\n",
            // A clipping and then an article's text after the last one.
            "A (B)\n- Your Highlight | 3\n\nx\n==========\nA (B)\n- Your Highlight | 4\n\ny\n==========\nThe article goes on.\n",
        ] {
            assert!(clippings(t).is_none(), "{t}");
        }
    }

    const ZOTERO: &str = "# Annotations
(29/01/2025 16:42:07)

“Rail freight falls again in 2024” ([Lefebvre, 2025](zotero://select/library/items/Q7)) ([snapshot](zotero://open-pdf/library/items/8W?sel=h1))

“The volume of goods moved by train fell 6.4% last year, the regulator said.” ([Lefebvre, 2025](zotero://select/library/items/Q7)) ([snapshot](zotero://open-pdf/library/items/8W?sel=p)) check the figure

![](attachments/ZJ2Q8NBK.png)
([Lefebvre, 2025](zotero://select/library/items/Q7)) ([snapshot](zotero://open-pdf/library/items/8W?sel=figure)) chart of shares

“« The year was hard », said an official (of the regulator).” ([Lefebvre, 2025](zotero://select/library/items/Q7)) ([snapshot](zotero://open-pdf/library/items/8W?sel=p%3Anth-of-type(2)))
";

    #[test]
    fn cited_passages_read_as_the_passages() {
        let r = read(ZOTERO).expect("cited");
        assert_eq!(r.text.lines().count(), ZOTERO.lines().count());
        assert_eq!(
            kept(&r),
            [
                "Rail freight falls again in 2024",
                "The volume of goods moved by train fell 6.4% last year, the regulator said.",
                "![](attachments/ZJ2Q8NBK.png)",
                "« The year was hard », said an official (of the regulator)."
            ]
        );
        assert_eq!(
            taken(&r, Reason::ReaderNote),
            ["check the figure", "chart of shares"]
        );
        assert_eq!(taken(&r, Reason::Clipping).len(), 6, "{:?}", r.taken);
        assert!(taken(&r, Reason::Clipping).contains(&"# Annotations"));
    }

    #[test]
    fn plain_citations_and_listed_links() {
        let plain = "“The first passage of the text.” (Lefebvre, 2025, p. 1)\n\n“A second passage here.” (Lefebvre, 2025, p. 2)\n\n“And a third one.” (Lefebvre, 2025, p. 3) my note\n";
        let r = read(plain).expect("plain");
        assert_eq!(
            kept(&r),
            [
                "The first passage of the text.",
                "A second passage here.",
                "And a third one."
            ]
        );
        assert_eq!(taken(&r, Reason::ReaderNote), ["my note"]);
        let listed = "- Buses will run all night on Main Street. ([View Highlight](https://read.example/1))\n- The trial starts in April this year. ([View Highlight](https://read.example/2))\n- Riders welcomed the plan on Tuesday. ([View Highlight](https://read.example/3))\n";
        let r = read(listed).expect("listed");
        assert_eq!(kept(&r)[0], "Buses will run all night on Main Street.");
    }

    const READWISE: &str = "# Water prices rise

Water will cost 4.12 euros a cubic metre from January, the regulator said. ==It is 17.8 percent more than now.==

The company must invest 200 million euros.

## The city objects

The city council criticised the rise.

---

## Highlights

> It is 17.8 percent more than now.
>
> — [View Highlight](https://read.example/1)

**Note:** compare with Tartu

> The company must invest 200 million euros. The city council criticised the rise.
>
> — [View Highlight](https://read.example/2)
";

    #[test]
    fn highlights_listed_under_the_article_go() {
        let r = read(READWISE).expect("tail");
        let kept = kept(&r);
        assert_eq!(kept.last(), Some(&"---"));
        assert_eq!(taken(&r, Reason::Repeated).len(), 2);
        assert_eq!(
            taken(&r, Reason::ReaderNote),
            ["**Note:** compare with Tartu"]
        );
        assert_eq!(taken(&r, Reason::Clipping).len(), 3);
        // A passage that is not in the article: no such list.
        let other = READWISE.replace(
            "> It is 17.8 percent more than now.",
            "> Prices fell sharply in Tartu last year.",
        );
        assert!(read(&other).is_none());
        // Quotations under a heading that close an article.
        let quotes = "Intro text here.\n\n## What they said\n\n> We will go on with the plan.\n\n> Nobody asked us about it at all.\n";
        assert!(read(quotes).is_none());
    }

    const OMNIVORE: &str = "# Nuovo tram per la valle

Il tram partirà a marzo dalla stazione. Le corse saranno ogni dieci minuti: il biglietto costerà due euro.

## I dubbi

I pendolari temono ritardi sulla linea esistente, già oggi lenta.

## Highlights

> Le corse saranno ogni dieci minuti [⤴️](https://omnivore.example/me/tram#a1)  #orari 

Confrontare con la linea per l'aeroporto

> I pendolari temono ritardi sulla linea esistente [⤴️](https://omnivore.example/me/tram#b2)  #pendolari 

Chiamare il comitato
";

    #[test]
    fn highlights_with_links_labels_and_bare_notes_go() {
        let r = read(OMNIVORE).expect("tail");
        assert_eq!(
            kept(&r).last(),
            Some(&"I pendolari temono ritardi sulla linea esistente, già oggi lenta.")
        );
        assert_eq!(taken(&r, Reason::Repeated).len(), 2);
        assert_eq!(
            taken(&r, Reason::ReaderNote),
            [
                "Confrontare con la linea per l'aeroporto",
                "Chiamare il comitato"
            ]
        );
        // The same in German, a note's label on one of them.
        let de = "# Neue Buslinie\n\nDie Linie fährt ab Mai alle zehn Minuten. Der Fahrschein kostet drei Euro.\n\n## Markierungen\n\n> Die Linie fährt ab Mai alle zehn Minuten. [Link](https://reader.example/1)\n\nNotiz: mit dem Nachtbus vergleichen\n\n> Der Fahrschein kostet drei Euro. [Link](https://reader.example/2) #preise\n\nbeim Verkehrsverbund nachfragen\n";
        let r = read(de).expect("de");
        assert_eq!(taken(&r, Reason::ReaderNote).len(), 2);
        // More lines of its own than passages: a section of the article.
        let more = OMNIVORE.replace(
            "Chiamare il comitato\n",
            "Chiamare il comitato\n\nE poi la stampa\n",
        );
        assert!(read(&more).is_none());
        // A line before the first passage: the section's own text.
        let opened = OMNIVORE.replace(
            "## Highlights\n\n",
            "## Highlights\n\nQuello che hanno detto\n\n",
        );
        assert!(read(&opened).is_none());
        // A passage not in the article.
        let other = OMNIVORE.replace(
            "> Le corse saranno ogni dieci minuti",
            "> Il sindaco non era presente",
        );
        assert!(read(&other).is_none());
    }

    #[test]
    fn a_citation_names_its_work() {
        assert_eq!(work("Lefebvre, 2025, p. 3"), "Lefebvre, 2025");
        assert_eq!(
            work("Lefebvre and Roe, 2025, S. 12"),
            "Lefebvre and Roe, 2025"
        );
        assert_eq!(work("snapshot"), "snapshot");
        assert_eq!(work("View Highlight"), "View Highlight");
    }

    #[test]
    fn what_is_no_cited_passages() {
        for t in [
            // Quotations with an agency's credit, not the same on three.
            "“We will go on,” she said (AFP).\n\n“We will not,” he said (Reuters).\n\nThe talks ended.\n",
            // An article quoting three people, each with a bracketed gloss,
            // among its prose.
            "“Go,” he said. (He left.)\n\nThe minister spoke on Monday about the plan and the budget.\n\nShe said the costs were high and rising across the country.\n\nThe opposition disagreed with the numbers and the timing.\n\n“No” (Smith)\n",
            // Two cited lines only.
            "“One passage here.” (A, 2020)\n\n“Two passages here.” (A, 2020)\n",
            // A list of links without passages in quotation marks.
            "- [Home](https://x.example)\n- [News](https://x.example/n)\n- [Sport](https://x.example/s)\n",
        ] {
            assert!(read(t).is_none(), "{t}");
        }
    }
}
