//! Text machinery for the comparison: every distinct paragraph of the corpus
//! tokenized once (lower-cased, accent-folded words with byte offsets) and
//! split into sentences, a vocabulary that interns words and their English
//! stems, and a stop-word list.
//!
//! Identical paragraph texts (wire copy, republications, repeated
//! boilerplate) are analyzed once and shared by every document that holds
//! them.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use tantivy::tokenizer::{TextAnalyzer, TokenStream};

use crate::analysis;
use crate::corpus::Corpus;

/// A small, fast, deterministic hasher (the Fx hash of rustc): the
/// comparison hashes millions of short keys, which SipHash makes slow.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fx(u64);

const FX_K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Fx {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(FX_K);
    }
}

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 56));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with the [`Fx`] hasher.
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// A new empty [`FxMap`].
pub fn fx_map<K, V>() -> FxMap<K, V> {
    HashMap::with_hasher(BuildHasherDefault::default())
}

/// Hash of a run of word ids (a shingle).
#[inline]
pub fn hash_words(words: impl IntoIterator<Item = u32>) -> u64 {
    let mut h = Fx(0x2545_f491_4f6c_dd1d);
    for w in words {
        h.add(u64::from(w));
    }
    // Final mix, so that low bits (used for sampling) are well spread.
    let mut z = h.0;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A word of a paragraph: its vocabulary id and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Id in [`Vocab`].
    pub word: u32,
    /// Start byte in the paragraph text.
    pub start: u32,
    /// End byte.
    pub end: u32,
}

/// A sentence of a paragraph: byte range and range of token indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    /// Start byte.
    pub start: u32,
    /// End byte.
    pub end: u32,
    /// First token index.
    pub t0: u32,
    /// One past the last token index.
    pub t1: u32,
}

/// An analyzed distinct paragraph text.
#[derive(Debug, Clone, Default)]
pub struct ParaText {
    /// Its words.
    pub toks: Vec<Tok>,
    /// Its sentences.
    pub sents: Vec<Sent>,
}

/// What a word says about dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateWord {
    /// Nothing.
    None,
    /// A plausible year, 1800–2099.
    Year(i32),
    /// A decade: `1990s`, `90s` (its first year).
    Decade(i32),
    /// A month name or its abbreviation (1–12).
    Month(u32),
}

/// Hash of a word's bytes (for interning).
#[inline]
fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = Fx(0x9E37_79B9_7F4A_7C15);
    h.write(bytes);
    h.add(bytes.len() as u64);
    h.0
}

/// Interned words (folded, lower-case) with their stems and properties.
pub struct Vocab {
    /// Word hash → id (the word is checked; collisions go to `collided`).
    ids: FxMap<u64, u32>,
    collided: FxMap<String, u32>,
    /// The words, one after another, and each word's byte range in it.
    arena: String,
    spans: Vec<(u32, u32)>,
    /// The stem id of each word.
    pub stem: Vec<u32>,
    /// The stems, by stem id.
    pub stems: Vec<String>,
    stem_ids: FxMap<String, u32>,
    /// Whether the word is a stop word (or too short or numeric to be a term).
    pub stop: Vec<bool>,
    /// Whether the word is a function word (a stop word that is not a month
    /// name): what shingles do not count as content. Numbers are content there.
    pub function: Vec<bool>,
    /// What the word says about dates.
    pub date: Vec<DateWord>,
    /// Whether the word can start or make a number (see `figures`).
    pub numeric: Vec<bool>,
    stemmer: frostem::Stemmer,
}

impl Default for Vocab {
    fn default() -> Self {
        Vocab {
            ids: fx_map(),
            collided: fx_map(),
            arena: String::new(),
            spans: Vec::new(),
            stem: Vec::new(),
            stems: Vec::new(),
            stem_ids: fx_map(),
            stop: Vec::new(),
            function: Vec::new(),
            date: Vec::new(),
            numeric: Vec::new(),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        }
    }
}

impl Vocab {
    /// The id of `word` (folded, lower-case), interning it.
    pub fn intern(&mut self, word: &str) -> u32 {
        let h = hash_bytes(word.as_bytes());
        match self.ids.get(&h) {
            Some(&id) if self.word(id) == word => id,
            Some(_) => {
                if let Some(&id) = self.collided.get(word) {
                    return id;
                }
                let id = self.add(word);
                self.collided.insert(word.to_string(), id);
                id
            }
            None => {
                let id = self.add(word);
                self.ids.insert(h, id);
                id
            }
        }
    }

    fn add(&mut self, word: &str) -> u32 {
        let id = self.spans.len() as u32;
        let stem = self.stemmer.stem(word);
        let sid = match self.stem_ids.get(stem.as_ref()) {
            Some(&s) => s,
            None => {
                let s = self.stems.len() as u32;
                self.stems.push(stem.to_string());
                self.stem_ids.insert(stem.into_owned(), s);
                s
            }
        };
        let start = self.arena.len() as u32;
        self.arena.push_str(word);
        self.spans.push((start, self.arena.len() as u32));
        self.stem.push(sid);
        self.stop.push(is_stop(word));
        self.function
            .push(STOP_WORDS.contains(&word) && month(word).is_none());
        self.date.push(date_word(word));
        self.numeric.push(super::figures::numeric_word(word));
        id
    }

    /// The word of an id.
    pub fn word(&self, id: u32) -> &str {
        self.spans
            .get(id as usize)
            .and_then(|&(a, b)| self.arena.get(a as usize..b as usize))
            .unwrap_or("")
    }

    /// Whether the word of `id` is a function word (see [`Vocab::function`]).
    pub fn is_function(&self, id: u32) -> bool {
        self.function.get(id as usize).copied().unwrap_or(true)
    }

    /// Whether the word of `id` is a stop word.
    pub fn is_stop(&self, id: u32) -> bool {
        self.stop.get(id as usize).copied().unwrap_or(true)
    }
}

/// Tokenizes text into interned words, as the index's folded analyzer does
/// (`analysis::folded_analyzer`: runs of letters and digits of any script,
/// lower-cased and folded to ASCII, a possessive `'s` dropped) — with a
/// fast path for ASCII words.
pub struct Tokenizer {
    analyzer: TextAnalyzer,
    buf: String,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer {
            analyzer: analysis::folded_analyzer(),
            buf: String::new(),
        }
    }
}

impl Tokenizer {
    /// Analyzes `text`: words and sentences.
    pub fn analyze(&mut self, vocab: &mut Vocab, text: &str) -> ParaText {
        let b = text.as_bytes();
        let n = b.len();
        let mut toks = Vec::with_capacity(n / 6 + 1);
        let mut i = 0;
        while i < n {
            let x = b[i];
            if x < 0x80 {
                if !x.is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
            } else {
                match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) if c.is_alphanumeric() => {}
                    Some(c) => {
                        i += c.len_utf8();
                        continue;
                    }
                    None => break,
                }
            }
            let start = i;
            let (mut ascii, mut upper) = (true, false);
            while i < n {
                let x = b[i];
                if x < 0x80 {
                    if !x.is_ascii_alphanumeric() {
                        break;
                    }
                    upper |= x.is_ascii_uppercase();
                    i += 1;
                } else {
                    match text.get(i..).and_then(|r| r.chars().next()) {
                        Some(c) if c.is_alphanumeric() => {
                            ascii = false;
                            i += c.len_utf8();
                        }
                        _ => break,
                    }
                }
            }
            let end = i;
            // A possessive 's / ’s is dropped.
            let rest = &text[end..];
            for apos in ["'", "\u{2019}"] {
                if let Some(after) = rest.strip_prefix(apos) {
                    let mut it = after.chars();
                    if matches!(it.next(), Some('s') | Some('S'))
                        && it.next().is_none_or(|c| !c.is_alphanumeric())
                    {
                        i = end + apos.len() + 1;
                    }
                }
            }
            let word = &text[start..end];
            let id = if ascii && !upper {
                vocab.intern(word)
            } else {
                self.buf.clear();
                if ascii {
                    self.buf
                        .extend(word.bytes().map(|c| char::from(c.to_ascii_lowercase())));
                } else {
                    let mut s = self.analyzer.token_stream(word);
                    while s.advance() {
                        self.buf.push_str(&s.token().text);
                    }
                }
                vocab.intern(&self.buf)
            };
            toks.push(Tok {
                word: id,
                start: start as u32,
                end: end as u32,
            });
        }
        let mut sents = Vec::new();
        let mut ti = 0usize;
        for (a, b) in sentence_spans(text) {
            while ti < toks.len() && (toks[ti].start as usize) < a {
                ti += 1;
            }
            let t0 = ti;
            while ti < toks.len() && (toks[ti].start as usize) < b {
                ti += 1;
            }
            sents.push(Sent {
                start: a as u32,
                end: b as u32,
                t0: t0 as u32,
                t1: ti as u32,
            });
        }
        ParaText { toks, sents }
    }
}

/// Every distinct paragraph of the corpus, analyzed once.
pub struct Texts {
    /// The vocabulary.
    pub vocab: Vocab,
    /// Distinct paragraph texts, analyzed.
    pub paras: Vec<ParaText>,
    /// Per corpus document, per paragraph index: the id in `paras`
    /// ([`NO_TEXT`] for headings).
    pub doc_paras: Vec<Vec<u32>>,
}

/// Marks a heading in [`Texts::doc_paras`].
pub const NO_TEXT: u32 = u32::MAX;

impl Texts {
    /// Analyzes every passage (non-heading paragraph) of the corpus.
    pub fn build(corpus: &Corpus) -> Texts {
        let mut vocab = Vocab::default();
        let mut tokenizer = Tokenizer::default();
        let mut seen: FxMap<&str, u32> = fx_map();
        let mut paras = Vec::new();
        let mut doc_paras = Vec::with_capacity(corpus.documents.len());
        for d in &corpus.documents {
            let mut ids = Vec::with_capacity(d.paragraphs.len());
            for p in &d.paragraphs {
                if p.heading {
                    ids.push(NO_TEXT);
                    continue;
                }
                let id = match seen.get(p.text.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = paras.len() as u32;
                        paras.push(tokenizer.analyze(&mut vocab, &p.text));
                        seen.insert(p.text.as_str(), id);
                        id
                    }
                };
                ids.push(id);
            }
            doc_paras.push(ids);
        }
        Texts {
            vocab,
            paras,
            doc_paras,
        }
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "inc", "corp", "co", "jr", "sr",
];

/// Whether the `.` at byte `dot` ends an abbreviation or an initial
/// (`Sept.`, `Dr.`, `U.S.`, `J.`) rather than a sentence.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    if word.is_empty() {
        return false;
    }
    if word.contains('.') {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return true;
    }
    word.len() <= 5 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Byte ranges of the sentences of `text`: a sentence ends at `.`, `!`, `?`
/// or `…` (with closing quotes or brackets) followed by white space and an
/// upper-case letter, a digit, an opening quote, bracket or dash — unless the
/// `.` ends an abbreviation or an initial.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let char_at = |k: usize| text.get(k..).and_then(|r| r.chars().next());
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<(usize, usize)>, a: usize, b: usize| {
        let s = &text[a..b];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if a + lead < b - trail {
            out.push((a + lead, b - trail));
        }
    };
    while i < bytes.len() {
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            0xE2 if text[i..].starts_with('…') => '…',
            _ => {
                i += 1;
                continue;
            }
        };
        let mut j = i + c.len_utf8();
        while let Some(x) = char_at(j)
            && matches!(
                x,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
            )
        {
            j += x.len_utf8();
        }
        if char_at(j).is_some_and(char::is_whitespace) {
            let mut k = j;
            while let Some(x) = char_at(k)
                && x.is_whitespace()
            {
                k += x.len_utf8();
            }
            if let Some(next) = char_at(k) {
                let opens = next.is_uppercase()
                    || next.is_numeric()
                    || matches!(next, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–');
                let repeated_dots = c == '.' && char_at(i + 1) == Some('.');
                if opens && !(c == '.' && !repeated_dots && abbreviation_before(text, i)) {
                    push(&mut out, start, j);
                    start = k;
                    i = k;
                    continue;
                }
            }
        }
        i = j;
    }
    push(&mut out, start, text.len());
    out
}

/// Month number of a month name or abbreviation (folded, lower-case).
pub fn month(word: &str) -> Option<u32> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn date_word(word: &str) -> DateWord {
    if let Some(m) = month(word) {
        return DateWord::Month(m);
    }
    let b = word.as_bytes();
    if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
        if let Ok(y) = word.parse::<i32>()
            && (1800..=2099).contains(&y)
        {
            return DateWord::Year(y);
        }
        return DateWord::None;
    }
    if let Some(d) = word.strip_suffix('s') {
        let db = d.as_bytes();
        if db.iter().all(u8::is_ascii_digit) && db.last() == Some(&b'0') {
            if db.len() == 4
                && let Ok(y) = d.parse::<i32>()
                && (1800..=2090).contains(&y)
            {
                return DateWord::Decade(y);
            }
            if db.len() == 2
                && let Ok(y) = d.parse::<i32>()
            {
                return DateWord::Decade(1900 + y);
            }
        }
    }
    DateWord::None
}

/// English stop words: function words, contraction stems ("doesn" of
/// "doesn't") and very common verbs, which carry no topic on their own.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "let",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "per",
    "rather",
    "really",
    "s",
    "said",
    "same",
    "say",
    "says",
    "see",
    "seem",
    "seems",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "told",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "t",
    "ll",
    "ve",
    "re",
    "d",
    "m",
    "yes",
    "well",
    "still",
    "already",
    "almost",
    "around",
    "among",
    "another",
    "according",
    "including",
    "across",
    "toward",
    "towards",
    "every",
    "either",
    "neither",
    "despite",
    "instead",
    "later",
    "ago",
    "don",
    "doesn",
    "didn",
    "isn",
    "wasn",
    "aren",
    "weren",
    "won",
    "couldn",
    "shouldn",
    "wouldn",
    "hasn",
    "haven",
    "hadn",
    "ain",
    "mr",
    "mrs",
    "ms",
];

fn is_stop(word: &str) -> bool {
    word.chars().count() < 3
        || word.chars().any(|c| c.is_ascii_digit())
        || STOP_WORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentence_spans(t)
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect()
    }

    #[test]
    fn sentences_split_at_terminators_not_abbreviations() {
        assert_eq!(
            split("On Sept. 19, Azerbaijan attacked. The U.S. Senate met. Dr. Who came."),
            vec![
                "On Sept. 19, Azerbaijan attacked.",
                "The U.S. Senate met.",
                "Dr. Who came."
            ]
        );
        assert_eq!(
            split("\"We see victims. And we act,\" Peskov said. \"Yes.\" Then..."),
            vec![
                "\"We see victims.",
                "And we act,\" Peskov said.",
                "\"Yes.\"",
                "Then..."
            ]
        );
        assert_eq!(
            split("An end to the bloodshed... and a return. Next"),
            vec!["An end to the bloodshed... and a return.", "Next"]
        );
        assert_eq!(split("   "), Vec::<&str>::new());
    }

    #[test]
    fn tokens_match_the_index_analyzer() {
        let text = "Türkiye's RUSSIA'S Russia’s Nagorno-Karabakh 30,000 1990s Москва Երևան \
                    naïve ÉLYSÉE o'clock it's rock'n'roll Ÿes… x’s’ end.";
        let mut v = Vocab::default();
        let p = Tokenizer::default().analyze(&mut v, text);
        let mine: Vec<(String, u32, u32)> = p
            .toks
            .iter()
            .map(|t| (v.word(t.word).to_string(), t.start, t.end))
            .collect();
        let mut a = analysis::folded_analyzer();
        let mut s = a.token_stream(text);
        let mut theirs = Vec::new();
        while s.advance() {
            let t = s.token();
            theirs.push((t.text.clone(), t.offset_from as u32, t.offset_to as u32));
        }
        assert_eq!(mine, theirs);
    }

    #[test]
    fn tokens_are_folded_and_assigned_to_sentences() {
        let mut v = Vocab::default();
        let mut t = Tokenizer::default();
        let p = t.analyze(
            &mut v,
            "Türkiye closed it in 1993. Then 30,000 fled in the 1990s.",
        );
        let words: Vec<&str> = p.toks.iter().map(|t| v.word(t.word)).collect();
        assert_eq!(
            words,
            vec![
                "turkiye", "closed", "it", "in", "1993", "then", "30", "000", "fled", "in", "the",
                "1990s"
            ]
        );
        assert_eq!(p.sents.len(), 2);
        assert_eq!((p.sents[1].t0, p.sents[1].t1), (5, 12));
        assert_eq!(v.date[p.toks[4].word as usize], DateWord::Year(1993));
        assert_eq!(v.date[p.toks[11].word as usize], DateWord::Decade(1990));
        assert!(v.is_stop(p.toks[2].word));
        assert!(!v.is_stop(p.toks[1].word));
        assert_eq!(v.stems[v.stem[p.toks[1].word as usize] as usize], "close");
    }
}
