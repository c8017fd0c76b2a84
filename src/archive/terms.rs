//! A passage's words as juxta's own analyzers read them, written for
//! PostgreSQL: its stems (with positions) and its folded words as
//! `tsvector` literals, and how many words the index counts. A build
//! selects its candidate passages in SQL on these columns
//! ([`super::select`]) and scores them with statistics summed from them
//! (`juxta_term_df`, `juxta_outlet_stats`), so that the ranking is the
//! folder's.
//!
//! PostgreSQL's limits are kept: positions above 16,383 and more than 255
//! positions per word are not stored, and a word of more than 2,046 bytes
//! is left out. A passage where any of that happened is marked `whole`:
//! every build reads it, whatever its query, so nothing it holds is missed.

use std::collections::BTreeMap;

use crate::error::{Error, Result};

/// The highest position a `tsvector` stores.
const MAX_POSITION: usize = 16_383;
/// The most positions a `tsvector` stores per word.
const MAX_POSITIONS: usize = 255;
/// The longest word (bytes) a `tsvector` stores.
const MAX_WORD: usize = 2_046;
/// The largest `tsvector` PostgreSQL accepts (bytes), with a margin.
const MAX_VECTOR: usize = 1_000_000;

/// What the archive stores of one passage's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Analyzed {
    /// The stems and their positions (1-based), as a `tsvector` literal.
    pub(crate) stems: String,
    /// The folded words, without positions, as a `tsvector` literal.
    pub(crate) folded: String,
    /// Words the index counts in the passage (its length for BM25).
    pub(crate) tokens: i32,
    /// Whether some position or word could not be stored: the passage is
    /// then a candidate of every query.
    pub(crate) whole: bool,
}

/// The analyzers of one language, kept across passages.
pub(crate) struct Analyzers {
    stemmed: tantivy::tokenizer::TextAnalyzer,
    folded: tantivy::tokenizer::TextAnalyzer,
}

impl Analyzers {
    /// The analyzers the index uses for language `code` (an analysis
    /// language: [`crate::analysis::analysis_language`]).
    pub(crate) fn of(code: &str) -> Analyzers {
        Analyzers {
            stemmed: crate::analysis::stemmed_analyzer_for(code),
            folded: crate::analysis::folded_analyzer_for(code),
        }
    }

    /// The passage `text` analyzed; `shown` names it in an error.
    pub(crate) fn analyze(&mut self, text: &str, shown: &str) -> Result<Analyzed> {
        let mut whole = false;
        let mut tokens = 0i32;
        let mut stems: BTreeMap<String, Vec<u16>> = BTreeMap::new();
        let mut stream = self.stemmed.token_stream(text);
        while let Some(t) = stream.next() {
            // As the index counts (tantivy drops longer words).
            if t.text.len() > tantivy::tokenizer::MAX_TOKEN_LEN {
                continue;
            }
            tokens = tokens.saturating_add(1);
            if t.text.is_empty() {
                continue;
            }
            if t.text.len() > MAX_WORD {
                whole = true;
                continue;
            }
            let at = t.position + 1;
            let positions = stems.entry(t.text.clone()).or_default();
            if at > MAX_POSITION || positions.len() >= MAX_POSITIONS {
                whole = true;
                continue;
            }
            positions.push(at as u16);
        }
        let mut folded: BTreeMap<String, Vec<u16>> = BTreeMap::new();
        let mut stream = self.folded.token_stream(text);
        while let Some(t) = stream.next() {
            if t.text.is_empty() || t.text.len() > MAX_WORD {
                whole |= t.text.len() > MAX_WORD;
                continue;
            }
            folded.entry(t.text.clone()).or_default();
        }
        let mut stems_literal = literal(&stems, true);
        if stems_literal.len() > MAX_VECTOR {
            // Without positions (phrases then need the passage read whole).
            whole = true;
            stems_literal = literal(&stems, false);
        }
        let mut folded_literal = literal(&folded, false);
        if folded_literal.len() > MAX_VECTOR {
            whole = true;
            folded_literal = String::new();
        }
        if stems_literal.len() > MAX_VECTOR {
            return Err(Error::build(format!(
                "a passage of {shown} has {} different words, more than a PostgreSQL tsvector holds",
                stems.len()
            ))
            .hint("split the paragraph, or keep this source in the folder (`sources/`) only"));
        }
        Ok(Analyzed {
            stems: stems_literal,
            folded: folded_literal,
            tokens,
            whole,
        })
    }
}

/// `words` as a `tsvector` literal, with their positions or without.
/// Its length bounds the vector's size in PostgreSQL from above.
fn literal(words: &BTreeMap<String, Vec<u16>>, positions: bool) -> String {
    let mut out = String::new();
    for (w, at) in words {
        if !out.is_empty() {
            out.push(' ');
        }
        quote_into(&mut out, w);
        if positions && !at.is_empty() {
            out.push(':');
            for (i, p) in at.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&p.to_string());
            }
        }
    }
    out
}

/// `word` quoted as a lexeme of a `tsvector` or `tsquery` literal.
pub(crate) fn quote_into(out: &mut String, word: &str) {
    out.push('\'');
    for c in word.chars() {
        match c {
            '\'' => out.push_str("''"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('\'');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(lang: &str, text: &str) -> Analyzed {
        Analyzers::of(lang).analyze(text, "t").unwrap()
    }

    #[test]
    fn stems_have_positions_and_folded_words_have_none() {
        let a = analyze("en", "Guarantees guaranteed; the guarantee.");
        assert_eq!(a.stems, "'guarante':1,2,4 'the':3");
        assert_eq!(a.folded, "'guarantee' 'guaranteed' 'guarantees' 'the'");
        assert_eq!(a.tokens, 4);
        assert!(!a.whole);
    }

    #[test]
    fn words_are_quoted_whatever_they_hold() {
        let mut s = String::new();
        quote_into(&mut s, "it's\\x");
        assert_eq!(s, r"'it''s\\x'");
        // Counter-example: a plain word is only wrapped.
        let mut s = String::new();
        quote_into(&mut s, "war");
        assert_eq!(s, "'war'");
    }

    #[test]
    fn each_language_has_its_own_stems() {
        let de = analyze("de", "Die Verhandlungen laufen.");
        assert!(de.stems.contains("'verhandl'"), "{}", de.stems);
        // The same word read as English is not stemmed the German way.
        let en = analyze("en", "Die Verhandlungen laufen.");
        assert!(!en.stems.contains("'verhandl'"), "{}", en.stems);
    }

    #[test]
    fn what_postgresql_cannot_store_makes_the_passage_whole() {
        let many = "word ".repeat(300);
        let a = analyze("en", &many);
        assert!(a.whole);
        assert_eq!(a.tokens, 300);
        let far = format!("{}peace", "war ".repeat(MAX_POSITION));
        let a = analyze("en", &far);
        assert!(
            a.whole && a.stems.contains("'peac'"),
            "the word stays, only its position goes"
        );
        // Counter-example: an ordinary paragraph is not whole.
        assert!(!analyze("en", &"word ".repeat(200)).whole);
    }
}
