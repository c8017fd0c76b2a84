//! Text machinery for the comparison: every distinct paragraph of the corpus
//! tokenized once (lower-cased, accent-folded words with byte offsets) and
//! split into sentences, and a vocabulary that interns words and their
//! English stems. The rules for words, sentences, dates and stop words are
//! the shared ones of `crate::text`.
//!
//! Identical paragraph texts (wire copy, republications, repeated
//! boilerplate) are analyzed once and shared by every document that holds
//! them.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::ingest::Document;
use crate::text::{DateWord, Folder, STOP_WORDS, date_word, is_stop, next_word, sentence_spans};

/// A small, fast, deterministic hasher (the Fx hash of rustc): the
/// comparison hashes millions of short keys, which SipHash makes slow.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Fx(u64);

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
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// A `HashSet` with the [`Fx`] hasher.
pub(crate) type FxSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fx>>;

/// A new empty [`FxMap`].
pub(crate) fn fx_map<K, V>() -> FxMap<K, V> {
    HashMap::with_hasher(BuildHasherDefault::default())
}

/// Hash of a run of word ids (a shingle).
#[inline]
pub(crate) fn hash_words(words: impl IntoIterator<Item = u32>) -> u64 {
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
pub(crate) struct Tok {
    /// Id in [`Vocab`].
    pub(crate) word: u32,
    /// Start byte in the paragraph text.
    pub(crate) start: u32,
    /// End byte.
    pub(crate) end: u32,
}

/// A sentence of a paragraph: byte range and range of token indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sent {
    /// Start byte.
    pub(crate) start: u32,
    /// End byte.
    pub(crate) end: u32,
    /// First token index.
    pub(crate) t0: u32,
    /// One past the last token index.
    pub(crate) t1: u32,
}

/// An analyzed distinct paragraph text.
#[derive(Debug, Clone, Default)]
pub(crate) struct ParaText {
    /// Its words.
    pub(crate) toks: Vec<Tok>,
    /// Its sentences.
    pub(crate) sents: Vec<Sent>,
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
pub(crate) struct Vocab {
    /// Word hash → id (the word is checked; collisions go to `collided`).
    ids: FxMap<u64, u32>,
    collided: FxMap<String, u32>,
    /// The words, one after another, and each word's byte range in it.
    arena: String,
    spans: Vec<(u32, u32)>,
    /// The stem id of each word.
    pub(crate) stem: Vec<u32>,
    /// The stems, by stem id.
    pub(crate) stems: Vec<String>,
    stem_ids: FxMap<String, u32>,
    /// Whether the word is a stop word (or too short or numeric to be a term).
    pub(crate) stop: Vec<bool>,
    /// Whether the word is a function word (a stop word that is not a month
    /// name): what shingles do not count as content. Numbers are content there.
    pub(crate) function: Vec<bool>,
    /// What the word says about dates.
    pub(crate) date: Vec<DateWord>,
    /// Whether the word can start or make a number (see `figures`).
    pub(crate) numeric: Vec<bool>,
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
    pub(crate) fn intern(&mut self, word: &str) -> u32 {
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
            .push(STOP_WORDS.contains(&word) && crate::text::dates::month_word(word).is_none());
        self.date.push(date_word(word));
        self.numeric.push(super::figures::numeric_word(word));
        id
    }

    /// The word of an id.
    pub(crate) fn word(&self, id: u32) -> &str {
        self.spans
            .get(id as usize)
            .and_then(|&(a, b)| self.arena.get(a as usize..b as usize))
            .unwrap_or("")
    }

    /// Whether the word of `id` is a function word (see [`Vocab::function`]).
    pub(crate) fn is_function(&self, id: u32) -> bool {
        self.function.get(id as usize).copied().unwrap_or(true)
    }

    /// Whether the word of `id` is a stop word.
    pub(crate) fn is_stop(&self, id: u32) -> bool {
        self.stop.get(id as usize).copied().unwrap_or(true)
    }
}

/// Tokenizes text into interned words, as the index's folded analyzer does
/// (`text::words`: runs of letters and digits of any script, lower-cased
/// and folded to ASCII, a possessive `'s` dropped).
#[derive(Default)]
pub(crate) struct Tokenizer {
    folder: Folder,
}

impl Tokenizer {
    /// Analyzes `text`: words and sentences.
    pub(crate) fn analyze(&mut self, vocab: &mut Vocab, text: &str) -> ParaText {
        let toks = self.words(vocab, text);
        let sents = sentences(text, &toks);
        ParaText { toks, sents }
    }

    /// The words of `text`, interned.
    fn words(&mut self, vocab: &mut Vocab, text: &str) -> Vec<Tok> {
        let mut toks = Vec::with_capacity(text.len() / 6 + 1);
        let mut pos = 0;
        while let Some(w) = next_word(text, pos) {
            pos = w.next;
            toks.push(Tok {
                word: vocab.intern(self.folder.fold(text, &w)),
                start: w.start as u32,
                end: w.end as u32,
            });
        }
        toks
    }
}

/// The sentences of `text`, with the range of `toks` each holds.
fn sentences(text: &str, toks: &[Tok]) -> Vec<Sent> {
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
    sents
}

/// Every distinct paragraph of the analyzed documents, analyzed once.
pub(crate) struct Texts {
    /// The vocabulary.
    pub(crate) vocab: Vocab,
    /// Distinct paragraph texts, analyzed.
    pub(crate) paras: Vec<ParaText>,
    /// Per corpus document, per paragraph index: the id in `paras`
    /// ([`NO_TEXT`] for headings).
    pub(crate) doc_paras: Vec<Vec<u32>>,
}

/// Marks a heading in [`Texts::doc_paras`].
pub(crate) const NO_TEXT: u32 = u32::MAX;

impl Texts {
    /// Analyzes every passage (non-heading paragraph) of `docs` (corpus
    /// index and document, in corpus order) of a corpus of `n` documents.
    pub fn build<'d>(docs: impl Iterator<Item = (usize, &'d Document)>, n: usize) -> Texts {
        let mut vocab = Vocab::default();
        let mut tokenizer = Tokenizer::default();
        let mut seen: FxMap<&str, u32> = fx_map();
        let mut paras = Vec::new();
        let mut doc_paras = vec![Vec::new(); n];
        for (di, d) in docs {
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
            doc_paras[di] = ids;
        }
        Texts {
            vocab,
            paras,
            doc_paras,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::TokenStream;

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
        let mut a = crate::text::words::folded_analyzer();
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
