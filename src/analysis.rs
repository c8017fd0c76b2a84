//! Text analysis shared by the index and the query matcher: the words of
//! `crate::text::words`, lower-cased, folded to ASCII and stemmed, each
//! language with its own Snowball stemmer.
//!
//! The same analyzer runs on passages when they are indexed and on query
//! words when they are parsed, so "Azeris" finds "Azeri", "guarantees" finds
//! "guarantee" and "Turkiye" finds "Türkiye".
//!
//! English, and text of unknown language, is lower-cased, folded, then
//! stemmed as English. Any other language is lower-cased (the Turkic way,
//! `I` → `ı` and `İ` → `i`, for Turkish and Azerbaijani), stemmed with its
//! own stemmer before folding (stemmers need their diacritics), then
//! folded; a language without a stemmer in frostem (Azerbaijani, Georgian
//! …) is only folded.

use std::collections::HashMap;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

pub(crate) use crate::text::words::{WordTokenizer, folded_analyzer};

/// Name under which the stemming analyzer is registered in the index.
pub(crate) const STEMMED: &str = "juxta_en";
/// Name under which the folding (unstemmed) analyzer is registered.
pub(crate) const FOLDED: &str = "juxta_fold";

/// The language whose analyzer reads a text of language `code` (ISO
/// 639-1; `None` when unknown): English for English and for unknown.
pub(crate) fn analysis_language(code: Option<&str>) -> &str {
    match code {
        None => "en",
        Some(c) => c,
    }
}

/// The analyzer of language `code` (see [`analysis_language`]).
pub(crate) fn stemmed_analyzer_for(code: &str) -> TextAnalyzer {
    if code == "en" {
        return stemmed_analyzer();
    }
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(LanguageLower::of(code))
        .filter(LanguageStemmer::of(code))
        .filter(AsciiFoldingFilter)
        .build()
}

/// The folding (unstemmed) analyzer of language `code`.
pub(crate) fn folded_analyzer_for(code: &str) -> TextAnalyzer {
    if !crate::text::language::is_turkic(code) {
        return folded_analyzer();
    }
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(LanguageLower::of(code))
        .filter(AsciiFoldingFilter)
        .build()
}

/// Lower-cases words, the Turkic way for Turkic languages.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LanguageLower {
    turkic: bool,
}

impl LanguageLower {
    fn of(code: &str) -> Self {
        LanguageLower {
            turkic: crate::text::language::is_turkic(code),
        }
    }
}

impl TokenFilter for LanguageLower {
    type Tokenizer<T: Tokenizer> = MapFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MapFilter<T> {
        let turkic = self.turkic;
        MapFilter {
            inner: tokenizer,
            map: std::sync::Arc::new(move |w: &str| crate::text::language::lowercase(w, turkic)),
        }
    }
}

/// Stems words with a language's Snowball stemmer (none: unchanged).
#[derive(Clone, Copy, Debug)]
pub(crate) struct LanguageStemmer {
    algorithm: Option<frostem::Algorithm>,
}

impl LanguageStemmer {
    fn of(code: &str) -> Self {
        LanguageStemmer {
            algorithm: crate::text::language::stemmer(code),
        }
    }
}

impl TokenFilter for LanguageStemmer {
    type Tokenizer<T: Tokenizer> = MapFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MapFilter<T> {
        let stemmer = self.algorithm.map(frostem::Stemmer::new);
        MapFilter {
            inner: tokenizer,
            map: std::sync::Arc::new(move |w: &str| match &stemmer {
                Some(s) => s.stem(w).into_owned(),
                None => w.to_string(),
            }),
        }
    }
}

/// A word-to-word function, as a tokenizer over `inner`.
#[derive(Clone)]
pub(crate) struct MapFilter<T> {
    inner: T,
    map: std::sync::Arc<dyn Fn(&str) -> String + Send + Sync>,
}

impl<T: Tokenizer> Tokenizer for MapFilter<T> {
    type TokenStream<'a> = MapStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MapStream {
            tail: self.inner.token_stream(text),
            map: &*self.map,
        }
    }
}

/// The token stream of [`MapFilter`].
pub(crate) struct MapStream<'a, T> {
    tail: T,
    map: &'a (dyn Fn(&str) -> String + Send + Sync),
}

impl<T: TokenStream> TokenStream for MapStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        token.text = (self.map)(&token.text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Lower-case, fold to ASCII where possible, stem as English.
pub(crate) fn stemmed_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(CachedStemmer)
        .build()
}

/// English Snowball stemming with a cache: a corpus repeats a small
/// vocabulary many times, and stemming is the costliest step of indexing.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct CachedStemmer;

/// Words cached before the cache is cleared (bounds its memory).
const STEM_CACHE_WORDS: usize = 200_000;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner: tokenizer,
            cache: HashMap::new(),
        }
    }
}

/// The tokenizer of [`CachedStemmer`].
#[derive(Clone)]
pub(crate) struct CachedStemmerFilter<T> {
    inner: T,
    cache: HashMap<String, String>,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.cache.len() > STEM_CACHE_WORDS {
            self.cache.clear();
        }
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            cache: &mut self.cache,
            stemmer: None,
        }
    }
}

/// The token stream of [`CachedStemmer`].
pub(crate) struct CachedStemmerStream<'a, T> {
    tail: T,
    cache: &'a mut HashMap<String, String>,
    stemmer: Option<frostem::Stemmer>,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.cache.get(&token.text) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stemmer = self
            .stemmer
            .get_or_insert_with(|| frostem::Stemmer::new(frostem::Algorithm::English));
        let stem = stemmer.stem(&token.text).into_owned();
        self.cache
            .insert(std::mem::take(&mut token.text), stem.clone());
        token.text = stem;
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// One analyzed word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Stemmed, folded, lower-case form.
    pub(crate) stem: String,
    /// Folded, lower-case form.
    pub(crate) folded: String,
    /// Byte range in the original text.
    pub(crate) start: usize,
    /// End of the byte range.
    pub(crate) end: usize,
}

/// Analyzes `text` into words with both forms and their byte ranges.
pub struct Analyzer {
    stemmed: TextAnalyzer,
    folded: TextAnalyzer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            stemmed: stemmed_analyzer(),
            folded: folded_analyzer(),
        }
    }
}

impl Analyzer {
    /// The analyzer of language `code` (ISO 639-1; English for `None`).
    pub(crate) fn for_language(code: Option<&str>) -> Analyzer {
        let code = analysis_language(code);
        Analyzer {
            stemmed: stemmed_analyzer_for(code),
            folded: folded_analyzer_for(code),
        }
    }

    /// The words of `text`.
    pub fn words(&mut self, text: &str) -> Vec<Word> {
        let mut out: Vec<Word> = Vec::new();
        let mut s = self.stemmed.token_stream(text);
        while let Some(t) = s.next() {
            out.push(Word {
                stem: t.text.clone(),
                folded: String::new(),
                start: t.offset_from,
                end: t.offset_to,
            });
        }
        let mut f = self.folded.token_stream(text);
        let mut i = 0;
        while let Some(t) = f.next() {
            if let Some(w) = out.get_mut(i) {
                w.folded = t.text.clone();
            }
            i += 1;
        }
        out
    }

    /// Only the stems of `text`.
    pub(crate) fn stems(&mut self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut s = self.stemmed.token_stream(text);
        while let Some(t) = s.next() {
            out.push(t.text.clone());
        }
        out
    }

    /// Only the folded forms of `text`.
    pub(crate) fn folded(&mut self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut s = self.folded.token_stream(text);
        while let Some(t) = s.next() {
            out.push(t.text.clone());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_fold_and_drop_possessives() {
        let mut a = Analyzer::default();
        assert_eq!(a.stems("Azeri Azeris"), vec!["azeri", "azeri"]);
        assert_eq!(
            a.stems("guarantee guarantees"),
            vec!["guarante", "guarante"]
        );
        assert_eq!(a.stems("Türkiye Turkiye"), vec!["turkiy", "turkiy"]);
        assert_eq!(a.stems("Russia's Moscow’s"), vec!["russia", "moscow"]);
        assert_eq!(a.stems("Nagorno-Karabakh"), vec!["nagorno", "karabakh"]);
    }

    #[test]
    fn other_scripts_are_words() {
        let mut a = Analyzer::default();
        assert_eq!(a.folded("Москва Երևան"), vec!["москва", "երևան"]);
    }

    #[test]
    fn each_language_its_own_stemmer() {
        let stems = |code: &str, text: &str| Analyzer::for_language(Some(code)).stems(text);
        assert_eq!(
            stems("de", "Verhandlungen Verhandlung"),
            vec!["verhandl", "verhandl"]
        );
        assert_eq!(
            stems("ru", "переговоры переговоров"),
            vec!["переговор", "переговор"]
        );
        assert_eq!(stems("tr", "anlaşmayı anlaşma"), vec!["anlasma", "anlasma"]);
        // Turkic lower-casing: `İ` is `i`, `I` is `ı` (folded to `i` afterwards).
        assert_eq!(stems("tr", "İSTANBUL"), vec!["istanbul"]);
        assert_eq!(stems("az", "İlham Əliyev"), vec!["ilham", "aliyev"]);
        // Azerbaijani has no stemmer: only folded.
        assert_eq!(stems("az", "danışıqlar"), vec!["danisiqlar"]);
        // Counter-examples: English stems are unchanged, and German words are
        // not stemmed as English.
        assert_eq!(
            stems("en", "guarantees"),
            Analyzer::default().stems("guarantees")
        );
        assert_eq!(Analyzer::for_language(None).stems("Azeris"), vec!["azeri"]);
        assert_ne!(
            stems("de", "Verhandlungen"),
            Analyzer::default().stems("Verhandlungen")
        );
    }

    #[test]
    fn words_keep_offsets() {
        let mut a = Analyzer::default();
        let w = a.words("Russia’s ally");
        assert_eq!(w.len(), 2);
        assert_eq!((w[0].start, w[0].end), (0, 6));
        assert_eq!(w[1].folded, "ally");
        assert_eq!(&"Russia’s ally"[w[1].start..w[1].end], "ally");
    }
}
