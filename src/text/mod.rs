//! Text rules every stage shares: words (tokens and their folded forms),
//! sentences, dates and month names, stop words, the title words that
//! come before a speaker's name, and languages (detection, codes, stemmers).
//!
//! The index (`analysis`), the comparison (`compare`) and ingest read text
//! through these pieces, so that a word, a sentence or a month is the same
//! thing everywhere.

pub(crate) mod dates;
pub(crate) mod language;
pub(crate) mod sentences;
pub(crate) mod stopwords;
pub(crate) mod titles;
pub(crate) mod words;

pub(crate) use dates::{DateWord, date_word};
pub(crate) use sentences::sentence_spans;
pub(crate) use stopwords::{STOP_WORDS, is_stop};
pub(crate) use titles::is_title;
pub(crate) use words::{Folder, next_word};
