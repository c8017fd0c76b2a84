//! Spoken transcripts as transcription services export them as text: a
//! label over or before each spoken block, naming its speaker and the
//! time into the recording it starts at.
//!
//! Otter.ai sets "Speaker 1  0:03" (or "Jane Doe  1:02:03") alone on a
//! line over each block and "Transcribed by https://otter.ai" under the
//! last; Rev and Temi write "Jane Doe (00:01:02):", Descript, Trint and
//! Happy Scribe "[00:01:02] Jane Doe:" (the words after it, or under it),
//! Sonix "Jane Doe: [00:01:02] …"; a video site's transcript sets the time
//! alone over each stretch of words. The labels and the service's note are
//! no text; each block is a paragraph (a block cut short, whose next one by
//! the same speaker goes on in lower case, runs on into it).
//!
//! An audio edition of a written article is framed by an announcer ("You're
//! listening to …; this story was written by … and published on …",
//! "This has been an audio edition …") around the narrator who reads the
//! headline, then the article: the frame is no text and gives the writers
//! and the date, the headline read out is the title.
//!
//! A text is read so only when its labels read as a recording's times
//! (none going back, the first within five minutes of its start, or the
//! service's note under them): an article quoting a time, an interview
//! set as questions and answers and a chat's export (see [`super::chat`])
//! are read as before.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::{Reason, ends_sentence};
use super::subtitles::{Para, Spoken};

/// A time into the recording: "0:03", "1:02:03", "00:01:02.5".
const TIME: &str = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?";

/// Otter's label: a speaker's name and the time, alone on the line.
static NAME_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([^\s\[\](){}:][^\[\](){}:]{0,59}?)\s+((?:\d{1,2}:)?\d{1,2}:\d{2})$")
        .expect("static regex")
});

/// Rev's and Temi's: the name, the time in brackets and a colon.
static NAME_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^([^\[\](){{}}:]{{1,60}}?)\s*\(({TIME})\)\s*:\s*(.*)$"
    ))
    .expect("static regex")
});

/// Descript's, Trint's and Happy Scribe's: the time in square brackets,
/// then the name (with a colon and the words, or alone), or the words.
static TIME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\[({TIME})\]\s*(?:[-–]\s*)?(.*)$")).expect("static regex")
});

/// Sonix's: the name, a colon, the time in square brackets, the words.
static NAME_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^([^\[\](){{}}:]{{1,60}}?):\s*\[({TIME})\]\s*(.*)$"
    ))
    .expect("static regex")
});

/// A video site's transcript: the time alone on its line.
static TIME_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^({TIME})$")).expect("static regex"));

/// A transcription service's note under its transcript.
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:automatically )?(?:transcribed|transcription|transcript)(?: (?:was )?(?:made|created|generated))? (?:by|with|using|on)|powered by) \S.{0,80}$")
        .expect("static regex")
});

/// How a transcript labels its blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    NameTime,
    NameParen,
    TimeFirst,
    NameColon,
    TimeAlone,
}

/// A block's label: its form, its speaker, its time (seconds), and where
/// on its line the words after it start.
#[derive(Debug, Clone, PartialEq)]
struct Label {
    form: Form,
    speaker: Option<String>,
    secs: u64,
    words_at: usize,
}

/// A time ("1:02:03", "00:01:02.5") in whole seconds.
fn seconds(t: &str) -> u64 {
    let clock = t.split(['.', ',']).next().unwrap_or(t);
    clock.split(':').fold(0u64, |acc, p| {
        acc.saturating_mul(60)
            .saturating_add(p.parse().unwrap_or(0))
    })
}

/// Whether `n` can be a speaker's name: one to six words ("Speaker 2",
/// "Dr. Ravi Menon", "김민수"), not opening in lower case, no sentence.
fn speaker_name(n: &str) -> bool {
    let n = n.trim();
    let words = n.split_whitespace().count();
    (1..=6).contains(&words)
        && n.chars().count() <= 60
        && n.chars().next().is_some_and(|c| !c.is_lowercase())
        && !n.contains("://")
        && !n.ends_with(['.', '!', '?', ','])
}

/// The label `line` (trimmed) is or opens with.
fn label(line: &str) -> Option<Label> {
    let make = |form, speaker: Option<&str>, t: &str, words_at| {
        Some(Label {
            form,
            speaker: speaker.map(|s| s.trim().to_string()),
            secs: seconds(t),
            words_at,
        })
    };
    let at = |m: Option<regex::Match<'_>>| m.map_or(line.len(), |m| m.start());
    if let Some(c) = NAME_TIME.captures(line) {
        return speaker_name(&c[1])
            .then(|| make(Form::NameTime, Some(&c[1]), &c[2], line.len()))?;
    }
    if let Some(c) = NAME_PAREN.captures(line) {
        return speaker_name(&c[1])
            .then(|| make(Form::NameParen, Some(&c[1]), &c[2], at(c.get(3))))?;
    }
    if let Some(c) = NAME_COLON.captures(line) {
        return speaker_name(&c[1])
            .then(|| make(Form::NameColon, Some(&c[1]), &c[2], at(c.get(3))))?;
    }
    if let Some(c) = TIME_ALONE.captures(line) {
        return make(Form::TimeAlone, None, &c[1], line.len());
    }
    let c = TIME_FIRST.captures(line)?;
    let rest = c.get(2).map_or("", |m| m.as_str());
    let start = at(c.get(2));
    // "[00:01:02] Jane Doe: words", "[00:01:02] Jane Doe" alone, or the
    // words straight after the time.
    let named = rest
        .split_once(':')
        .filter(|(n, _)| speaker_name(n))
        .map(|(n, w)| (n, start + n.len() + 1 + (w.len() - w.trim_start().len())));
    let alone = (speaker_name(rest)
        && !ends_sentence(rest)
        && rest
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase())))
    .then_some((rest, line.len()));
    match named.or(alone) {
        Some((n, words_at)) => make(Form::TimeFirst, Some(n), &c[1], words_at),
        None => make(Form::TimeFirst, None, &c[1], start),
    }
}

/// A block: its speaker and paragraphs.
struct Block {
    speaker: Option<String>,
    paras: Vec<Para>,
    words: usize,
}

/// The transcript's labels (by line index) of one form, when they read
/// as a recording's times; `trailer`: the service's note stands under
/// them.
fn labels(lines: &[&str], trailer: bool) -> Option<Vec<(usize, Label)>> {
    // Every label holds a time: other lines are not read (a long text
    // has few lines with one).
    let mut found = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| super::chat::has_clock_time(l))
        .filter_map(|(i, l)| label(l.trim()).map(|b| (i, b)));
    let first = found.next()?;
    let form = first.1.form;
    let mut all = vec![first];
    all.extend(found.filter(|(_, l)| l.form == form));
    let enough = all.len() >= 3 || (trailer && all.len() >= 2);
    let onward = all.windows(2).all(|w| w[0].1.secs <= w[1].1.secs);
    let from_start = all[0].1.secs < 300 || trailer;
    (enough && onward && from_start).then_some(all)
}

/// The line index of the service's note among the last lines.
fn trailer(lines: &[&str]) -> Option<usize> {
    let last = lines.iter().rposition(|l| !l.trim().is_empty())?;
    (last.saturating_sub(3)..=last)
        .rev()
        .find(|&i| TRAILER.is_match(lines[i].trim()))
}

/// `text` read as a transcript, or `None` when it is none.
pub(crate) fn read(text: &str) -> Option<Spoken> {
    if !super::chat::has_clock_time(text) {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let note = trailer(&lines);
    let found = labels(&lines, note.is_some())?;
    let end = note.unwrap_or(lines.len());
    let mut sp = Spoken::default();
    let opening = found[0].0;
    if lines[..opening]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .count()
        > 3
    {
        return None;
    }
    let mut blocks = vec![head(&lines[..opening], &mut sp)];
    for (k, (i, l)) in found.iter().enumerate() {
        let next = found.get(k + 1).map_or(end, |n| n.0).min(end).max(i + 1);
        let said = lines[*i].trim();
        sp.remove(
            &said[..l.words_at.min(said.len())],
            Reason::Speaker,
            [i + 1, i + 1],
        );
        blocks.push(block(&lines, *i, next, l, said));
    }
    let spoken: usize = blocks.iter().map(|b| b.words).sum();
    if spoken < 3 * found.len() {
        return None;
    }
    if let Some(n) = note {
        sp.remove(lines[n], Reason::Transcriber, [n + 1, n + 1]);
    }
    blocks.retain(|b| !b.paras.is_empty());
    let blocks = run_on(blocks);
    let blocks = framed(blocks, &mut sp);
    for b in &blocks {
        if let Some(w) = b.speaker.as_deref().and_then(super::subtitles::reporter) {
            sp.writer(w);
        }
    }
    for mut p in blocks.into_iter().flat_map(|b| b.paras) {
        p.flush(&mut sp);
    }
    sp.removed.sort_by_key(|r| r.lines);
    Some(sp)
}

/// The block of the label on line `i` (its words `said[words_at..]`),
/// running to line `next`: a paragraph per run of lines between blank ones.
fn block(lines: &[&str], i: usize, next: usize, l: &Label, said: &str) -> Block {
    let mut b = Block {
        speaker: l.speaker.clone(),
        paras: vec![Para::default()],
        words: 0,
    };
    let words = said.get(l.words_at..).unwrap_or("");
    let rest = lines[i + 1..next]
        .iter()
        .enumerate()
        .map(|(j, t)| (i + 1 + j, *t));
    for (no, t) in std::iter::once((i, words)).chain(rest) {
        if t.trim().is_empty() {
            if !b.paras.last().is_some_and(Para::is_empty) {
                b.paras.push(Para::default());
            }
            continue;
        }
        b.words += t.split_whitespace().count();
        if let Some(p) = b.paras.last_mut() {
            p.push(no + 1, t);
        }
    }
    b.paras.retain(|p| !p.is_empty());
    b
}

/// The lines over the first label: a short line that is no sentence is
/// the title (as a service names the recording); the rest are paragraphs.
fn head(lines: &[&str], sp: &mut Spoken) -> Block {
    let mut b = Block {
        speaker: None,
        paras: Vec::new(),
        words: 0,
    };
    for (i, t) in lines.iter().enumerate() {
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        if sp.title.is_none()
            && b.paras.is_empty()
            && super::rules::at_most_words(t, 15)
            && !ends_sentence(t)
        {
            sp.meta("title", t, [i + 1, i + 1]);
            sp.title = Some(t.to_string());
            continue;
        }
        let mut p = Para::default();
        p.push(i + 1, t);
        b.paras.push(p);
        b.words += t.split_whitespace().count();
    }
    b
}

/// `blocks` with a block cut short run on into the next by the same
/// speaker that goes on in lower case (or after a comma).
fn run_on(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for mut b in blocks {
        let goes_on = |prev: &Block, b: &Block| {
            let (Some(p), Some(n)) = (prev.paras.last(), b.paras.first()) else {
                return false;
            };
            prev.speaker == b.speaker
                && !p.ends_sentence()
                && (n.text().starts_with(char::is_lowercase)
                    || p.text().ends_with([',', '،', '、']))
        };
        match out.last_mut() {
            Some(prev) if goes_on(prev, &b) => {
                let first = b.paras.remove(0);
                if let Some(p) = prev.paras.last_mut() {
                    p.append(first);
                }
                prev.paras.append(&mut b.paras);
                prev.words += b.words;
            }
            _ => out.push(b),
        }
    }
    out
}

/// An announcer's words around an audio edition of a written article
/// (not a podcast's host: their words are the programme's).
static AUDIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:audio (?:edition|version|article)|narrated by|read (?:to you )?by|voiced by|written by|this (?:story|article) (?:was|is) (?:written|by|from|read)|versión en audio|escrito por|version audio|écrit par|hörfassung|geschrieben von|versione audio|scritto da|audioversie|geschreven door)\b")
        .expect("static regex")
});

/// The writers an announcer names ("This story was written by Jane Doe
/// and John Roe").
static WRITTEN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:written|reported|story|article|words|escrito|écrit|geschrieben|scritto|geschreven) (?i:by|por|par|von|da|door) (\p{Lu}[\p{L}'’.-]*(?:,? (?:(?i:and|y|et|und|e|en) )?\p{Lu}[\p{L}'’.-]*){0,7})")
        .expect("static regex")
});

/// `blocks` without the announcer's frame of an audio edition (the
/// blocks before the narrator's first and after their last, by others,
/// that speak of the recording): its writers and date read into `sp`,
/// and the headline the narrator reads first as the title.
fn framed(mut blocks: Vec<Block>, sp: &mut Spoken) -> Vec<Block> {
    let Some(narrator) = narrator(&blocks) else {
        return blocks;
    };
    let by_narrator = |b: &Block| b.speaker.as_deref() == Some(narrator.as_str());
    let (Some(first), Some(last)) = (
        blocks.iter().position(by_narrator),
        blocks.iter().rposition(by_narrator),
    ) else {
        return blocks;
    };
    let frame: Vec<usize> = (0..first).chain(last + 1..blocks.len()).collect();
    let short = |&i: &usize| blocks[i].words <= 80;
    let speaks_of_it = frame
        .iter()
        .any(|&i| blocks[i].paras.iter().any(|p| AUDIO.is_match(p.text())));
    if frame.is_empty() || frame.len() > 4 || !frame.iter().all(short) || !speaks_of_it {
        return blocks;
    }
    for &i in &frame {
        for p in &blocks[i].paras {
            announced(p, sp);
        }
    }
    let intro = first > 0;
    blocks.truncate(last + 1);
    blocks.drain(..first);
    if intro {
        read_headline(&mut blocks, sp);
    }
    blocks
}

/// The speaker of most of the words, when they say three in five of them.
fn narrator(blocks: &[Block]) -> Option<String> {
    let mut words: Vec<(&str, usize)> = Vec::new();
    for b in blocks.iter().filter(|b| b.words > 0) {
        let s = b.speaker.as_deref()?;
        match words.iter_mut().find(|w| w.0 == s) {
            Some(w) => w.1 += b.words,
            None => words.push((s, b.words)),
        }
    }
    let total: usize = words.iter().map(|w| w.1).sum();
    let (name, most) = words.into_iter().max_by_key(|w| w.1)?;
    (most * 5 >= total * 3 && most < total).then(|| name.to_string())
}

/// Reads an announcer's paragraph: the writers and the date it names,
/// else removed.
fn announced(p: &Para, sp: &mut Spoken) {
    let text = p.text().to_string();
    let lines = p.lines();
    let writers: Vec<String> = WRITTEN_BY
        .captures(&text)
        .map(|c| super::meta::split_authors(&c[1]))
        .unwrap_or_default();
    let date = super::meta::find_date(&text).map(|f| f.date);
    if !writers.is_empty() {
        sp.meta("author", &text, lines);
        writers.into_iter().for_each(|w| sp.writer(w));
    }
    if let (Some(d), None) = (date, sp.date) {
        sp.meta("date", &text, lines);
        sp.date = Some(d);
    }
    if !sp.metadata.iter().any(|m| m.lines == lines) {
        sp.remove(&text, Reason::Audio, lines);
    }
}

/// The headline the narrator reads first (a block of one short sentence,
/// more of theirs after it): the title, its full stop left out.
fn read_headline(blocks: &mut Vec<Block>, sp: &mut Spoken) {
    let Some(b) = blocks.first() else {
        return;
    };
    let [p] = b.paras.as_slice() else {
        return;
    };
    let text = p.text().to_string();
    let one = super::layout::sentence_ends(&text) <= 1
        && super::rules::at_most_words(&text, 20)
        && !text.ends_with('?')
        && blocks.len() > 1;
    if !one || sp.title.is_some() {
        return;
    }
    sp.meta("title", &text, p.lines());
    let title = text.trim_end().trim_end_matches(['.', '。', '।', '።']);
    sp.title = Some(title.to_string());
    blocks.remove(0);
}

#[cfg(test)]
mod tests;
