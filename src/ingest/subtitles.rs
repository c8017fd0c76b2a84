//! Subtitles read as an article: SubRip (`.srt`) and WebVTT (`.vtt`)
//! captions of a broadcast report or a video, as a channel publishes them
//! or a downloader (yt-dlp) saves them.
//!
//! A caption file is cues: a number or a name, a timing line
//! ("00:00:03,700 --> 00:00:07,200", the cue's position after it in
//! WebVTT), then the words on screen. Numbers, timings, WebVTT's header,
//! notes, styles and regions, and the inline tags (bold, italics, fonts,
//! voices, classes, karaoke times) are no text. The words run on as the
//! report was spoken: a sentence goes on over cues and lines, joined
//! without a space in Chinese, Japanese and Thai. A paragraph starts where
//! the speaker changes (a voice tag, a speaker's dash or chevrons, a name
//! shown on screen before a soundbite) and after a sentence's end followed
//! by a pause clearly longer than the file's usual one. The cues a report
//! opens and closes with on screen (the channel, the day, the headline in
//! bold) are its header; roll-up captions (each cue repeating the line
//! before) are read once. Without a headline on screen, a downloader's
//! file name ("Title ⧸ Channel [id].lang.vtt") gives the title.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::rules::{Reason, ends_sentence};
use super::{MetaLine, Paragraph, Removed};
use crate::error::{Error, Location, Result};

/// What a spoken text (captions, a transcript) reads as: its paragraphs,
/// what was removed, and the header it states.
#[derive(Debug, Default)]
pub(crate) struct Spoken {
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) removed: Vec<Removed>,
    pub(crate) metadata: Vec<MetaLine>,
    pub(crate) title: Option<String>,
    /// The title was read off the file's name, not its text.
    pub(crate) title_named: bool,
    pub(crate) date: Option<NaiveDate>,
    pub(crate) writers: Vec<String>,
}

impl Spoken {
    pub(crate) fn remove(&mut self, text: &str, reason: Reason, lines: [usize; 2]) {
        let text = text.trim();
        if !text.is_empty() {
            self.removed.push(Removed {
                text: text.to_string(),
                reason,
                lines,
            });
        }
    }

    pub(crate) fn meta(&mut self, field: &str, text: &str, lines: [usize; 2]) {
        self.metadata.push(MetaLine {
            field: field.to_string(),
            text: text.trim().to_string(),
            lines,
        });
    }

    /// Adds `name` to the writers once.
    pub(crate) fn writer(&mut self, name: String) {
        if !self.writers.contains(&name) {
            self.writers.push(name);
        }
    }
}

/// A cue's timing line: its start, its end and (WebVTT) its settings.
static TIMING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*((?:\d{1,4}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d{1,4}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?:\s.*)?$",
    )
    .expect("static regex")
});

/// A cue: its times (milliseconds) and its lines (numbered from 1, as
/// written).
struct Cue<'a> {
    start: u64,
    end: u64,
    lines: Vec<(usize, &'a str)>,
}

/// A caption file's cues, and its blocks that are no cue (the header,
/// notes, styles, regions): their lines and text.
struct Parsed<'a> {
    cues: Vec<Cue<'a>>,
    other: Vec<([usize; 2], String)>,
}

/// Whether the file is named as captions (`.srt`, `.vtt`).
fn named_captions(named: &str) -> bool {
    let n = named.to_lowercase();
    n.ends_with(".srt") || n.ends_with(".vtt")
}

/// Whether `text` opens as captions: WebVTT's signature, or a SubRip cue
/// (a number over a timing line).
fn opens_as_captions(text: &str) -> bool {
    let t = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if let Some(rest) = t.strip_prefix("WEBVTT") {
        return rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']);
    }
    let mut lines = t.lines();
    let first = lines.next().unwrap_or("").trim();
    (1..=9).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && lines.next().is_some_and(|l| TIMING.is_match(l))
}

/// `text` read as captions: a file named `.srt` or `.vtt` (an error when
/// it holds no cue or a timing line that does not read), or a text that
/// opens as captions and holds two cues or more (`None` otherwise: it is
/// read as text).
pub(crate) fn read(named: &str, text: &str, display: &str) -> Result<Option<Spoken>> {
    let claimed = named_captions(named);
    if !claimed && !opens_as_captions(text) {
        return Ok(None);
    }
    let parsed = match parse(text) {
        Ok(p) => p,
        Err(no) if claimed => {
            return Err(broken(display, text, no, "this timing line does not read"));
        }
        Err(_) => return Ok(None),
    };
    if parsed.cues.is_empty() && claimed {
        return Err(broken(
            display,
            text,
            1,
            "no cue (a timing line with its text) found",
        ));
    }
    if parsed.cues.len() < 2 && !claimed {
        return Ok(None);
    }
    let name = named.rsplit(['/', '\\']).next().unwrap_or(named);
    Ok(Some(spoken(parsed, name)))
}

/// The error of a caption file that does not read, at line `no`.
fn broken(display: &str, text: &str, no: usize, what: &str) -> Error {
    let start: usize = text
        .split_inclusive('\n')
        .take(no.saturating_sub(1))
        .map(str::len)
        .sum();
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    Error::build(format!(
        "{display}: this subtitle file is damaged: {what} (line {no})"
    ))
    .at(Location::from_span(display, text, start..end))
    .hint("a cue is a timing line such as `00:00:01,000 --> 00:00:04,000` with its text under it; open the file in a subtitle editor and save it again, or save the text as .txt")
}

/// The file's blocks of lines between blank lines: each block's first
/// line number and its lines.
fn blocks(text: &str) -> Vec<(usize, Vec<&str>)> {
    let mut out: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut open = false;
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(b) if open => b.1.push(line),
            _ => out.push((i + 1, vec![line])),
        }
        open = true;
    }
    out
}

/// Whether a block is WebVTT's header, a note, a style or a region.
fn header_or_note(first: &str) -> bool {
    let first = first.trim_start_matches('\u{feff}');
    ["WEBVTT", "NOTE", "STYLE", "REGION"].iter().any(|w| {
        first
            .strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
    })
}

/// `text`'s cues and other blocks; the line number of a timing line
/// that does not read as one.
fn parse(text: &str) -> std::result::Result<Parsed<'_>, usize> {
    let mut out = Parsed {
        cues: Vec::new(),
        other: Vec::new(),
    };
    for (first, block) in blocks(text) {
        let timing = block.iter().take(2).position(|l| TIMING.is_match(l));
        let last = first + block.len() - 1;
        if let Some(p) = timing {
            let c = TIMING.captures(block[p]).ok_or(first + p)?;
            let lines = block[p + 1..].iter().enumerate();
            out.cues.push(Cue {
                start: millis(&c[1]),
                end: millis(&c[2]),
                lines: lines.map(|(i, l)| (first + p + 1 + i, *l)).collect(),
            });
        } else if let Some(i) = block.iter().take(2).position(|l| l.contains("-->")) {
            return Err(first + i);
        } else if let (false, Some(cue)) = (header_or_note(block[0]), out.cues.last_mut()) {
            // Words after a blank line (or a line of spaces, as
            // YouTube's captions set) go on in the cue.
            let lines = block.iter().enumerate();
            cue.lines.extend(lines.map(|(i, l)| (first + i, *l)));
        } else {
            out.other.push(([first, last], block.join("\n")));
        }
    }
    Ok(out)
}

/// A timing ("00:01:02,500", "01:02.5") in milliseconds.
fn millis(t: &str) -> u64 {
    let (clock, frac) = t.split_once(['.', ',']).unwrap_or((t, ""));
    let scale = [1000, 100, 10, 1][frac.len().min(3)];
    let ms = frac.parse::<u64>().unwrap_or(0) * scale;
    let secs = clock.split(':').fold(0u64, |acc, p| {
        acc.saturating_mul(60)
            .saturating_add(p.parse().unwrap_or(0))
    });
    secs.saturating_mul(1000).saturating_add(ms)
}

/// A line of a cue as read: its words, and what its marks told.
#[derive(Debug, Clone, PartialEq)]
struct Said {
    no: usize,
    text: String,
    /// The voice (`<v Name>`) or the label ("REPORTER:") it is spoken in.
    voice: Option<String>,
    /// All of its words are set in bold, italics or a font: text shown on
    /// screen, not spoken.
    styled: bool,
    /// It opens with a speaker's dash or chevrons: another speaker.
    turn: bool,
}

/// A cue as read: its times and its lines.
#[derive(Debug, Clone)]
struct Timed {
    start: u64,
    end: u64,
    lines: Vec<Said>,
}

impl Timed {
    fn text(&self) -> String {
        let mut p = Para::default();
        for l in &self.lines {
            p.push(l.no, &l.text);
        }
        p.text
    }
    fn span(&self) -> [usize; 2] {
        let no = |l: Option<&Said>| l.map_or(0, |l| l.no);
        [no(self.lines.first()), no(self.lines.last())]
    }
    fn styled(&self) -> bool {
        !self.lines.is_empty() && self.lines.iter().all(|l| l.styled)
    }
    fn words(&self) -> usize {
        self.lines
            .iter()
            .map(|l| l.text.split_whitespace().count())
            .sum()
    }
}

/// The marks open in a cue: styles, ruby text, the voice.
#[derive(Default)]
struct Marks {
    style: usize,
    ruby_text: bool,
    voice: Option<String>,
}

/// Reads the inside of a tag (`b`, `/i`, `v Name`, `c.yellow`,
/// `00:00:01.200`) into `marks`; `false` when it is no caption tag (a
/// "<" of the text).
fn tag(inner: &str, marks: &mut Marks) -> bool {
    let (closing, body) = match inner.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, inner),
    };
    if !closing && body.starts_with(|c: char| c.is_ascii_digit()) {
        // A karaoke time inside the cue.
        return body.contains(':') && body.bytes().all(|b| b"0123456789:.,".contains(&b));
    }
    let name_end = body
        .find(|c: char| c == '.' || c.is_whitespace())
        .unwrap_or(body.len());
    match body[..name_end].to_ascii_lowercase().as_str() {
        "b" | "i" | "u" | "s" | "em" | "strong" | "font" if closing => {
            marks.style = marks.style.saturating_sub(1);
        }
        "b" | "i" | "u" | "s" | "em" | "strong" | "font" => marks.style = (marks.style + 1).min(16),
        "rt" | "rp" => marks.ruby_text = !closing,
        "v" if !closing => {
            let name = body[name_end..].trim_start_matches(|c: char| !c.is_whitespace());
            let name = name.trim();
            marks.voice = (!name.is_empty()).then(|| name.to_string());
        }
        "v" | "c" | "lang" | "ruby" | "span" => {}
        _ => return false,
    }
    true
}

/// The character an entity at the start of `s` stands for (`None` for a
/// mark of direction), and its length.
fn entity(s: &str) -> Option<(Option<char>, usize)> {
    let end = memchr::memchr(b';', &s.as_bytes()[..s.len().min(10)])?;
    let c = match &s[1..end] {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "nbsp" => Some(' '),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "lrm" | "rlm" => None,
        n => {
            let n = n.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => n.parse().ok()?,
            };
            Some(char::from_u32(code)?)
        }
    };
    Some((c, end + 1))
}

/// `line` without its tags, style overrides and ruby text (a reading
/// set over the words), its entities read; and whether all its words are
/// styled (bold, italics, a font).
fn untag(line: &str, marks: &mut Marks) -> (String, bool) {
    let mut out = String::with_capacity(line.len());
    let (mut styled, mut plain) = (0usize, 0usize);
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let bytes = rest.as_bytes();
        let closes = |b: u8| memchr::memchr(b, &bytes[..bytes.len().min(256)]);
        let skip = match c {
            '<' => closes(b'>').filter(|&e| tag(&rest[1..e], marks)),
            // An override of SubRip's styles ("{\an8}").
            '{' if rest[1..].starts_with('\\') => closes(b'}'),
            _ => None,
        };
        if let Some(e) = skip {
            rest = &rest[e + 1..];
            continue;
        }
        let (c, len) = match c {
            '&' => entity(rest).unwrap_or((Some('&'), 1)),
            c => (Some(c), c.len_utf8()),
        };
        rest = &rest[len..];
        let Some(c) = c.filter(|_| !marks.ruby_text) else {
            continue;
        };
        out.push(c);
        if !c.is_whitespace() {
            *(if marks.style > 0 {
                &mut styled
            } else {
                &mut plain
            }) += 1;
        }
    }
    // Ruby text left open ends with its line: the words after it are the
    // line's own.
    marks.ruby_text = false;
    (super::rules::squash(&out), styled > 0 && plain == 0)
}

/// `text` without a speaker's mark opening it: chevrons (">> "), a dash
/// ("- ", "– ", "-Yes"); `None` when it has none.
fn without_turn(text: &str) -> Option<&str> {
    if let Some(rest) = text.strip_prefix(">>") {
        return Some(rest.trim_start_matches('>').trim_start());
    }
    let rest = text.strip_prefix(['-', '–', '—'])?;
    let next = rest.chars().next()?;
    (next == ' ' || next.is_alphabetic() || "\"'“„«¿¡".contains(next)).then(|| rest.trim_start())
}

/// A speaker's label opening `text` as closed captions write it
/// ("REPORTER:", "JANE DOE:"), or as a meeting's captions name each
/// speaker ("Jane Doe: …", when `named` lines are the file's way), and
/// the words after it.
fn label(text: &str, named: bool) -> Option<(&str, &str)> {
    let (name, rest) = text.split_once(": ")?;
    let words = name.split_whitespace().count();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let plain = name
        .chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || ".'’-".contains(c));
    if !(1..=4).contains(&words) || letters < 2 || !plain || rest.trim().is_empty() {
        return None;
    }
    let capitals = name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase);
    let name_like = name
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    (capitals || (named && name_like)).then_some((name, rest))
}

/// A description of a sound, not words said: "[Music]", "(applause)",
/// "♪ … ♪".
fn sound(text: &str) -> bool {
    let t = text.trim();
    let bracketed = [('[', ']'), ('(', ')'), ('（', '）'), ('【', '】')]
        .iter()
        .any(|&(o, c)| {
            t.strip_prefix(o)
                .and_then(|r| r.strip_suffix(c))
                .is_some_and(|inner| {
                    !inner.contains([o, c]) && inner.split_whitespace().count() <= 5
                })
        });
    bracketed || t.starts_with(['♪', '♫', '♬']) || t.ends_with(['♪', '♫', '♬'])
}

/// A sound's description opening a line ("[Laughter] Thank you"): its
/// length in bytes.
fn sound_before(text: &str) -> Option<usize> {
    let close = text.strip_prefix('[')?.find(']')? + 2;
    let inner = &text[1..close - 1];
    (inner.split_whitespace().count() <= 3 && !inner.is_empty() && close < text.len())
        .then_some(close)
}

/// The lines of `cue` as read; sounds and speakers' labels removed into
/// `sp`.
fn clean(cue: &Cue<'_>, named: bool, sp: &mut Spoken) -> Timed {
    let mut marks = Marks::default();
    let mut lines = Vec::new();
    for &(no, raw) in &cue.lines {
        let (text, styled) = untag(raw, &mut marks);
        let mut text = text.as_str();
        let mut voice = marks.voice.clone();
        if sound(text) {
            sp.remove(text, Reason::Sound, [no, no]);
            continue;
        }
        if let Some(n) = sound_before(text) {
            sp.remove(&text[..n], Reason::Sound, [no, no]);
            text = text[n..].trim_start();
        }
        let turn = without_turn(text);
        let turned = turn.is_some();
        text = turn.unwrap_or(text);
        if let Some((name, rest)) = label(text, named) {
            sp.remove(name, Reason::Speaker, [no, no]);
            voice = Some(name.to_string());
            marks.voice = voice.clone();
            text = rest.trim();
        }
        if !text.is_empty() {
            lines.push(Said {
                no,
                text: text.to_string(),
                voice,
                styled,
                turn: turned,
            });
        }
    }
    Timed {
        start: cue.start,
        end: cue.end,
        lines,
    }
}

/// Whether the file names its speakers before their words on most cues
/// ("Jane Doe: …", as a meeting's captions do).
fn names_speakers(cues: &[Cue<'_>]) -> bool {
    let named = cues
        .iter()
        .filter(|c| {
            c.lines.first().is_some_and(|&(_, l)| {
                let (t, _) = untag(l, &mut Marks::default());
                label(&t, true).is_some_and(|(n, _)| n.chars().any(char::is_lowercase))
            })
        })
        .count();
    named >= 3 && named * 2 >= cues.len()
}

/// The lines of `next` that repeat the end of `prev` (roll-up captions):
/// the most lines opening `next` that are the lines closing `prev`; and
/// the bytes of `next`'s next line that repeat `prev`'s last line, when
/// a line grows word by word ("the minister" / "the minister said").
fn overlap(prev: &Timed, next: &Timed) -> (usize, usize) {
    let (p, n) = (&prev.lines, &next.lines);
    let k = (1..=p.len().min(n.len()))
        .rev()
        .find(|&k| {
            p[p.len() - k..]
                .iter()
                .zip(&n[..k])
                .all(|(a, b)| a.text == b.text)
        })
        .unwrap_or(0);
    let grown = match (p.last(), n.get(k)) {
        (Some(a), Some(b))
            if a.text.split_whitespace().count() >= 2
                && b.text.starts_with(&a.text)
                && b.text[a.text.len()..].starts_with(' ') =>
        {
            a.text.len()
        }
        _ => 0,
    };
    (k, grown)
}

/// `cues` read once where they roll up (most cues repeating the lines
/// before them, as live and automatic captions do); the repeats removed.
fn unrolled(cues: Vec<Timed>, sp: &mut Spoken) -> Vec<Timed> {
    let repeats = cues
        .windows(2)
        .filter(|w| overlap(&w[0], &w[1]) != (0, 0))
        .count();
    if repeats < 3 || repeats * 4 < cues.len() {
        return cues;
    }
    let mut out: Vec<Timed> = Vec::with_capacity(cues.len());
    let mut prev: Option<Timed> = None;
    for cue in cues {
        let (k, grown) = prev.as_ref().map_or((0, 0), |p| overlap(p, &cue));
        let mut kept = cue.clone();
        for l in kept.lines.drain(..k) {
            sp.remove(&l.text, Reason::RollUp, [l.no, l.no]);
        }
        if grown > 0
            && let Some(l) = kept.lines.first_mut()
        {
            sp.remove(&l.text[..grown], Reason::RollUp, [l.no, l.no]);
            l.text = l.text[grown..].trim_start().to_string();
        }
        if !kept.lines.is_empty() {
            out.push(kept);
        }
        prev = Some(cue);
    }
    out
}

/// A paragraph being read: its text and lines.
#[derive(Default)]
pub(crate) struct Para {
    text: String,
    lines: Option<[usize; 2]>,
}

impl Para {
    /// Adds the words of line `no`: after a space, or none between
    /// scripts written without spaces (Chinese, Japanese, Thai).
    pub(crate) fn push(&mut self, no: usize, words: &str) {
        let words = words.trim();
        if words.is_empty() {
            return;
        }
        if !self.text.is_empty() && !unspaced(&self.text, words) {
            self.text.push(' ');
        }
        self.text.push_str(words);
        self.lines = Some(self.lines.map_or([no, no], |[a, _]| [a, no]));
    }

    /// Adds `other` after this paragraph's words, as [`Para::push`] does.
    pub(crate) fn append(&mut self, other: Para) {
        if let Some([a, b]) = other.lines {
            self.push(a, &other.text);
            self.lines = self.lines.map(|[first, _]| [first, b]);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.lines.is_none()
    }

    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Its first and last line (`[0, 0]` while it is empty).
    pub(crate) fn lines(&self) -> [usize; 2] {
        self.lines.unwrap_or([0, 0])
    }

    pub(crate) fn ends_sentence(&self) -> bool {
        let t = self.text.trim_end();
        ends_sentence(t) && !t.ends_with([':', ';', '：', '；'])
    }

    /// Ends the paragraph, putting it in `sp`.
    pub(crate) fn flush(&mut self, sp: &mut Spoken) {
        if let Some(lines) = self.lines.take() {
            sp.paragraphs.push(Paragraph {
                text: std::mem::take(&mut self.text),
                heading: false,
                lines,
            });
        }
    }
}

/// Whether text ending in `before` and going on with `after` join with
/// no space: both sides written without spaces between words.
fn unspaced(before: &str, after: &str) -> bool {
    let thai =
        |c: char| ('\u{0E00}'..='\u{0EFF}').contains(&c) || ('\u{1780}'..='\u{17FF}').contains(&c);
    let (Some(a), Some(b)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    super::text::ideographs_meet(before, after) || (thai(a) && thai(b))
}

/// The pause between cues that sets a paragraph apart (milliseconds):
/// clearly longer than the file's usual gap (four times it, and 0.7 s
/// more). The usual gap is the shortest of the longer three quarters: a
/// report pausing after every other cue has a usual gap still.
fn long_pause(cues: &[Timed]) -> u64 {
    let mut gaps: Vec<u64> = cues
        .windows(2)
        .map(|w| w[1].start.saturating_sub(w[0].end))
        .collect();
    if gaps.is_empty() {
        return u64::MAX;
    }
    gaps.sort_unstable();
    let usual = gaps[gaps.len() / 4];
    usual.saturating_mul(4).max(usual.saturating_add(700))
}

/// Whether a line of the header is a date; the date.
fn date_of(text: &str) -> Option<NaiveDate> {
    super::meta::date_line(text)
}

/// Whether `l` can be a line of the graphics a report opens or closes
/// with: shown styled and no sentence, a date, or a few words.
fn graphic_line(l: &Said, words: usize) -> bool {
    let sentence = l.text.trim_end().ends_with(['.', '。', '।', '።']);
    (l.styled && !sentence)
        || date_of(&l.text).is_some()
        || (super::rules::at_most_words(&l.text, words) && !ends_sentence(&l.text))
}

/// Whether `cue` is a graphic over the report: some line styled or a
/// date, every line a graphic's.
fn graphic(cue: &Timed) -> bool {
    cue.lines
        .iter()
        .any(|l| l.styled || date_of(&l.text).is_some())
        && cue.lines.iter().all(|l| graphic_line(l, 6))
        && cue.words() <= 24
}

/// Reads the graphics the report opens with (at most four cues, each
/// styled or a date, before one spoken): a headline becomes the title, a
/// date the date, the rest is removed. The index of the first spoken cue.
fn opening(cues: &[Timed], sp: &mut Spoken) -> usize {
    let n = cues.iter().take(4).take_while(|c| graphic(c)).count();
    let n = n.min(cues.len().saturating_sub(1));
    let lines = || cues[..n].iter().flat_map(|c| &c.lines);
    let headline = lines()
        .filter(|l| l.styled && date_of(&l.text).is_none())
        .filter(|l| l.text.split_whitespace().count() >= 3 || l.text.chars().count() >= 10)
        .max_by_key(|l| l.text.chars().count())
        .map(|l| l.no);
    for l in lines() {
        let at = [l.no, l.no];
        if Some(l.no) == headline {
            sp.meta("title", &l.text, at);
            sp.title = Some(l.text.clone());
        } else if let (None, Some(d)) = (sp.date, date_of(&l.text)) {
            sp.meta("date", &l.text, at);
            sp.date = Some(d);
        } else {
            sp.remove(&l.text, Reason::OnScreen, at);
        }
    }
    n
}

/// Reads the graphics the report closes with (at most three cues, each
/// all styled and a few words, or a date), removed; the index after the
/// last spoken cue.
fn closing(cues: &[Timed], from: usize, sp: &mut Spoken) -> usize {
    let closer = |c: &&Timed| {
        c.lines.iter().all(|l| {
            (l.styled && graphic_line(l, 8) && super::rules::at_most_words(&l.text, 8))
                || date_of(&l.text).is_some()
        }) && !c.lines.is_empty()
    };
    let n = cues[from..].iter().rev().take(3).take_while(closer).count();
    let end = cues.len() - n.min(cues.len().saturating_sub(from + 1));
    for c in &cues[end..] {
        sp.remove(&c.text(), Reason::OnScreen, c.span());
    }
    end
}

/// Whether `cue` is a name shown under the speaker before they speak:
/// styled, a line or two of a few words, no sentence.
fn name_cue(cue: &Timed) -> bool {
    cue.styled()
        && cue.lines.len() <= 2
        && cue.words() <= 12
        && cue.lines.iter().all(|l| !ends_sentence(&l.text))
}

/// Reads `cues` into paragraphs in `sp`: a paragraph at a change of
/// voice, a speaker's mark, a name shown before a soundbite (`styles`:
/// the file styles only some cues, so a styled cue is shown, not said),
/// and a long pause after a sentence's end.
fn paragraphs(cues: &[Timed], styles: bool, sp: &mut Spoken) {
    let long = long_pause(cues);
    let mut para = Para::default();
    let mut voice: Option<&str> = None;
    let mut prev_end: Option<u64> = None;
    for (i, cue) in cues.iter().enumerate() {
        let paused = prev_end.is_some_and(|e| cue.start.saturating_sub(e) >= long);
        prev_end = Some(cue.end);
        if styles && i + 1 < cues.len() && name_cue(cue) {
            para.flush(sp);
            let name = cue.text();
            if let Some(w) = reporter(&name) {
                sp.writer(w);
            }
            sp.remove(&name, Reason::OnScreen, cue.span());
            continue;
        }
        if paused && para.ends_sentence() {
            para.flush(sp);
        }
        for l in &cue.lines {
            if l.turn || (l.voice.is_some() && l.voice.as_deref() != voice) {
                para.flush(sp);
            }
            voice = l.voice.as_deref().or(voice);
            para.push(l.no, &l.text);
        }
    }
    para.flush(sp);
}

/// Words naming a reporter after the name ("Jane Doe, reporter").
static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.+?)(?:\s*[,–—-]\s*|\s+)(?:reporter|correspondent|journalist|reportera|reportero|corresponsal|periodista|journaliste|correspondante?|envoyée? spéciale?|reporterin|korrespondentin|korrespondent|giornalista|inviat[oa]|repórter|correspondente|jornalista|корреспондент(?:ка)?|журналист(?:ка)?|muhabir|verslaggever|dziennikar(?:z|ka)|wartawan|wartawati)$")
        .expect("static regex")
});

/// A reporter's title after the name in Korean, Japanese and Chinese
/// ("박지훈 기자", "山田太郎記者"), or before it ("Reporter Jane Doe",
/// "Phóng viên Minh Anh").
static ROLE_CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\S.*?)\s*(?:기자|특파원|記者|记者|特派員|特派员)$").expect("static regex")
});
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:reporter|correspondent|phóng viên|wartawan|корреспондент)\s+(.+)$")
        .expect("static regex")
});

/// The reporter a speaker's name or a name on screen names, without the
/// title ("박지훈 기자" → "박지훈", "Jane Doe, correspondent" → "Jane
/// Doe").
pub(crate) fn reporter(name: &str) -> Option<String> {
    let name = name.trim();
    let c = ROLE_CJK
        .captures(name)
        .or_else(|| ROLE_AFTER.captures(name))
        .or_else(|| ROLE_BEFORE.captures(name))?;
    let n = c.get(1)?.as_str().trim();
    let words = n.split_whitespace().count();
    let named = n.split_whitespace().all(|w| {
        w.chars().next().is_some_and(|c| !c.is_lowercase())
            && w.chars().all(|c| c.is_alphabetic() || ".'’-".contains(c))
    });
    ((1..=4).contains(&words) && named && n.chars().count() <= 40).then(|| n.to_string())
}

/// A downloader's name for a video's captions ("Title ⧸ Channel
/// [dQw4w9WgXcQ].en.vtt": yt-dlp's title, the video's id, the language):
/// the title, without the channel's name after its last bar or slash.
static DOWNLOADED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+?) \[(?:[A-Za-z0-9_-]{11}|\d{6,12}|x[a-z0-9]{5,8})\](?:\.[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2})?\.(?i:vtt|srt)$")
        .expect("static regex")
});

/// The title a downloaded video's file name gives (see [`DOWNLOADED`]).
fn downloaded_title(name: &str) -> Option<String> {
    let title = DOWNLOADED.captures(name)?.get(1)?.as_str().trim();
    let cut = [" ⧸ ", " | ", " ｜ ", "｜"]
        .iter()
        .filter_map(|s| title.rfind(s).map(|i| (i, i + s.len())))
        .max();
    let title = match cut {
        Some((i, j)) => {
            let channel = &title[j..];
            let short = super::rules::at_most_words(channel, 4) && channel.chars().count() <= 40;
            if short && i > 0 { &title[..i] } else { title }
        }
        None => title,
    };
    let title = title.trim().replace('⧸', "/").replace('⧹', "\\");
    (!title.is_empty()).then_some(title)
}

/// The article `parsed` captions hold; `name`: the file's name.
fn spoken(parsed: Parsed<'_>, name: &str) -> Spoken {
    let mut sp = Spoken::default();
    for (lines, text) in &parsed.other {
        sp.remove(text, Reason::Captions, *lines);
    }
    let named = names_speakers(&parsed.cues);
    let cues: Vec<Timed> = parsed
        .cues
        .iter()
        .map(|c| clean(c, named, &mut sp))
        .filter(|c| !c.lines.is_empty())
        .collect();
    let cues = unrolled(cues, &mut sp);
    // A file that styles most of its cues says nothing by it.
    let styled = cues.iter().filter(|c| c.styled()).count();
    let styles = styled * 2 < cues.len();
    let (from, to) = if styles {
        let from = opening(&cues, &mut sp);
        (from, closing(&cues, from, &mut sp))
    } else {
        (0, cues.len())
    };
    paragraphs(&cues[from..to], styles, &mut sp);
    let voices = cues
        .iter()
        .flat_map(|c| &c.lines)
        .filter_map(|l| l.voice.as_deref());
    for v in voices {
        if let Some(w) = reporter(v) {
            sp.writer(w);
        }
    }
    if sp.title.is_none() {
        sp.title = downloaded_title(name);
        sp.title_named = sp.title.is_some();
    }
    sp.removed.sort_by_key(|r| r.lines);
    sp
}

#[cfg(test)]
mod tests;
