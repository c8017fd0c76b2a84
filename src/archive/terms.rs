//! juxta's own analyzed terms, as the archive stores them per passage and
//! queries them: a `tsvector` built from the output of juxta's analyzers
//! (not PostgreSQL's), and `tsquery`s translated from juxta's queries, so
//! that PostgreSQL selects the candidate passages a build indexes.
//!
//! Each lexeme is a term of one of the index's two text fields, marked by
//! a first letter: `s` for the stemmed field (with positions, for
//! phrases), `f` for the folded one (without positions: prefixes and
//! `=word` read it). The token counts per field are kept beside it, for
//! the BM25 statistics.
//!
//! PostgreSQL limits a `tsvector`: positions up to 16,383, 256 positions
//! per lexeme, lexemes under 2 KB, 1 MB in all. A passage beyond one of
//! these is stored as *lossy* (positions or lexemes missing), and the
//! build takes it as a candidate whatever the query.

use std::collections::BTreeMap;

use tantivy::tokenizer::{MAX_TOKEN_LEN, TextAnalyzer};

/// The version of the stored terms: a build selects passages in SQL only
/// from documents whose terms are of this version (juxta's version and
/// the index format, bumped when the analyzers change).
pub(crate) fn version() -> String {
    format!(
        "{}+{}",
        env!("CARGO_PKG_VERSION"),
        crate::corpus::INDEX_FORMAT
    )
}

/// The first letter of a stemmed term's lexeme.
pub(crate) const STEMMED: char = 's';
/// The first letter of a folded term's lexeme.
pub(crate) const FOLDED: char = 'f';

/// PostgreSQL's largest position in a `tsvector`.
const MAX_POSITION: u32 = 16_383;
/// PostgreSQL's most positions per lexeme.
const MAX_POSITIONS: usize = 256;
/// PostgreSQL's longest lexeme, in bytes.
const MAX_LEXEME: usize = 2_046;
/// The largest `tsvector` literal written (PostgreSQL's limit is 1 MB).
const MAX_LITERAL: usize = 900_000;

/// A passage's terms, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Terms {
    /// The `tsvector`, as its text form (cast by the statement).
    pub(crate) tsvector: String,
    /// Tokens of the stemmed field (as the index counts them).
    pub(crate) stemmed: i32,
    /// Tokens of the folded field.
    pub(crate) folded: i32,
    /// Some positions or lexemes could not be stored.
    pub(crate) lossy: bool,
}

/// The analyzers of one language, as the index applies them.
pub(crate) struct PassageAnalyzer {
    stemmed: TextAnalyzer,
    folded: TextAnalyzer,
}

/// A lexeme of field `mark` as a quoted literal of a `tsvector` or
/// `tsquery` (quotes doubled, backslashes escaped).
pub(crate) fn quoted(mark: char, term: &str) -> String {
    let mut s = String::with_capacity(term.len() + 3);
    s.push('\'');
    s.push(mark);
    for c in term.chars() {
        match c {
            '\'' => s.push_str("''"),
            '\\' => s.push_str("\\\\"),
            c => s.push(c),
        }
    }
    s.push('\'');
    s
}

impl PassageAnalyzer {
    /// The analyzers of analysis language `lang`
    /// ([`crate::analysis::analysis_language`]).
    pub(crate) fn new(lang: &str) -> PassageAnalyzer {
        PassageAnalyzer {
            stemmed: crate::analysis::stemmed_analyzer_for(lang),
            folded: crate::analysis::folded_analyzer_for(lang),
        }
    }

    /// The terms of passage `text`.
    pub(crate) fn terms(&mut self, text: &str) -> Terms {
        let mut lossy = false;
        let mut lexemes: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut stemmed = 0;
        let mut stream = self.stemmed.token_stream(text);
        while let Some(t) = stream.next() {
            if t.text.len() > MAX_TOKEN_LEN {
                continue; // the index drops it too
            }
            stemmed += 1;
            let positions = lexemes.entry(quoted(STEMMED, &t.text)).or_default();
            let p = t.position as u32 + 1;
            if p > MAX_POSITION || positions.len() >= MAX_POSITIONS {
                lossy = true;
            } else if positions.last() != Some(&p) {
                positions.push(p);
            }
        }
        let mut folded = 0;
        let mut stream = self.folded.token_stream(text);
        while let Some(t) = stream.next() {
            if t.text.len() > MAX_TOKEN_LEN {
                continue;
            }
            folded += 1;
            lexemes.entry(quoted(FOLDED, &t.text)).or_default();
        }
        let mut tsvector = String::new();
        for (lexeme, positions) in &lexemes {
            // The quotes and escapes count towards the literal, not the lexeme.
            if lexeme.len() > MAX_LEXEME {
                lossy = true;
                continue;
            }
            if !tsvector.is_empty() {
                tsvector.push(' ');
            }
            tsvector.push_str(lexeme);
            for (i, p) in positions.iter().enumerate() {
                tsvector.push(if i == 0 { ':' } else { ',' });
                tsvector.push_str(&p.to_string());
            }
        }
        if tsvector.len() > MAX_LITERAL {
            lossy = true;
            tsvector.clear();
        }
        Terms {
            tsvector,
            stemmed,
            folded,
            lossy,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_keep_stems_with_positions_and_folds_without() {
        let t = PassageAnalyzer::new("en").terms("Talks resumed; the talks failed.");
        assert_eq!(
            t.tsvector,
            "'ffailed' 'fresumed' 'ftalks' 'fthe' 'sfail':5 'sresum':2 'stalk':1,4 'sthe':3"
        );
        assert_eq!((t.stemmed, t.folded, t.lossy), (5, 5, false));
    }

    #[test]
    fn quotes_and_backslashes_are_escaped_in_lexemes() {
        assert_eq!(quoted('s', "it's"), "'sit''s'");
        assert_eq!(quoted('f', "a\\b"), "'fa\\\\b'");
        assert_eq!(quoted('s', ""), "'s'");
    }

    #[test]
    fn passages_beyond_postgresql_limits_are_lossy() {
        let mut a = PassageAnalyzer::new("en");
        // 300 times the same word: more positions than a lexeme holds.
        let t = a.terms(&"peace ".repeat(300));
        assert!(t.lossy);
        assert_eq!(t.stemmed, 300);
        assert_eq!(t.tsvector.matches(',').count(), MAX_POSITIONS - 1);
        // Positions past 16,383.
        let words: Vec<String> = (0..17_000).map(|i| format!("w{i}")).collect();
        let t = a.terms(&words.join(" "));
        assert!(t.lossy);
        assert!(t.tsvector.contains("'sw16999'"));
        assert!(!t.tsvector.contains(":16384"));
        // A short passage is not.
        assert!(!a.terms("Peace talks").lossy);
    }
}
