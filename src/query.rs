//! Boolean queries in the Lucene / Media Cloud syntax: words, "phrases",
//! `AND`, `OR`, `NOT`, parentheses, `word*` prefixes and `"a b"~N` proximity.
//!
//! Words next to each other without an operator are joined by `OR`, as in
//! Media Cloud; `a NOT b` means `a AND NOT b`. Operators are upper case
//! (`&&`, `||`, `!`, `+`, `-` work too). Matching is case-insensitive, folds
//! accents and stems words in the query's language, through
//! [`crate::analysis`]; `=word` matches only that word form (no stemming).
//! A compound matches its other spellings: `ceasefire`, `cease-fire` and
//! `"cease fire"` each find all three ([`COMPOUND_PART_LETTERS`]).
//!
//! A parsed [`Query`] can be evaluated on the words of a passage (to tell
//! which terms matched and where, for highlighting) and turned into a tantivy
//! query (to retrieve and score passages from the index).

use std::collections::BTreeSet;
use std::fmt;

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, Occur, PhraseQuery, Query as TQuery, RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use crate::analysis::{Analyzer, Word};

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    /// A word (several words when analysis splits it, e.g. `Nagorno-Karabakh`,
    /// which then match as a phrase); `prefix` for `word*`.
    Word {
        /// As written.
        text: String,
        /// Stemmed forms.
        stems: Vec<String>,
        /// Folded forms.
        folded: Vec<String>,
        /// Whether the last word is a prefix.
        prefix: bool,
        /// `=word`: only this word form (folded: case and accents still
        /// ignored, but no stemming and no spelling variants).
        exact: bool,
        /// Stems of the word's other spellings: the open form of a closed
        /// compound, the closed form of a hyphenated or open one
        /// ([`compound_variants`]).
        variants: Vec<Vec<String>>,
    },
    /// A quoted phrase; `slop` extra words may come between its words.
    Phrase {
        /// As written, without quotes.
        text: String,
        /// Stemmed forms.
        stems: Vec<String>,
        /// How many other words may intervene.
        slop: u32,
        /// Stems of the phrase's other spellings (a two-word phrase written
        /// closed: `"cease fire"` → `ceasefire`).
        variants: Vec<Vec<String>>,
    },
    /// All must match (`NOT` children must not).
    And(Vec<Query>),
    /// Any must match.
    Or(Vec<Query>),
    /// Must not match.
    Not(Box<Query>),
}

/// Why a query does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong.
    pub(crate) message: String,
    /// Byte offset in the query.
    pub offset: usize,
    /// Length in bytes of the offending part.
    pub(crate) len: usize,
    /// How to fix it.
    pub(crate) hints: Vec<String>,
}

/// What a query matched in a passage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Match {
    /// The query terms that matched, as written in the query (one per
    /// analyzed form: `mediate OR mediating` report only `mediate`).
    pub(crate) terms: BTreeSet<String>,
    /// Byte ranges of the matched words in the passage.
    pub(crate) spans: BTreeSet<(usize, usize)>,
    /// Analyzed forms already reported.
    forms: BTreeSet<String>,
    /// Per query term (as written), the byte ranges of the text it matched
    /// (a word, or the words of a phrase or compound from first to last):
    /// the word forms it found, for `collect --explain`.
    pub(crate) term_spans: std::collections::BTreeMap<String, BTreeSet<(usize, usize)>>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    LParen,
    RParen,
    And,
    Or,
    Not,
    Plus,
    Word(String),
    Phrase(String, u32),
}

struct Lexed {
    tok: Tok,
    start: usize,
    end: usize,
}

fn err(message: impl Into<String>, offset: usize, len: usize) -> ParseError {
    ParseError {
        message: message.into(),
        offset,
        len,
        hints: Vec::new(),
    }
}

impl ParseError {
    /// Adds a hint.
    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

/// A one-character token: parentheses and the symbolic operators.
fn symbol(c: char) -> Option<Tok> {
    match c {
        '(' => Some(Tok::LParen),
        ')' => Some(Tok::RParen),
        '+' => Some(Tok::Plus),
        '!' | '-' => Some(Tok::Not),
        _ => None,
    }
}

/// `&&` or `||` at the start of `rest`.
fn double_operator(rest: &str) -> Option<Tok> {
    if rest.starts_with("&&") {
        Some(Tok::And)
    } else if rest.starts_with("||") {
        Some(Tok::Or)
    } else {
        None
    }
}

/// A straight or typographic double quote: opens or closes a phrase.
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

/// Splits a query into tokens with their byte ranges.
fn lex(input: &str) -> Result<Vec<Lexed>, ParseError> {
    let mut lexer = Lexer {
        input,
        chars: input.char_indices().collect(),
        i: 0,
        out: Vec::new(),
    };
    while let Some(&(start, c)) = lexer.chars.get(lexer.i) {
        if c.is_whitespace() {
            lexer.i += 1;
        } else if let Some(tok) = symbol(c) {
            lexer.push(tok, start, start + c.len_utf8(), 1);
        } else if let Some(tok) = double_operator(&input[start..]) {
            lexer.push(tok, start, start + 2, 2);
        } else if is_quote(c) {
            lexer.phrase(start)?;
        } else {
            lexer.word(start)?;
        }
    }
    Ok(lexer.out)
}

/// The state of [`lex`]: the characters, the cursor and the tokens so far.
struct Lexer<'a> {
    input: &'a str,
    chars: Vec<(usize, char)>,
    /// Index into `chars` of the next character to read.
    i: usize,
    out: Vec<Lexed>,
}

impl Lexer<'_> {
    /// The byte offset of character `i` (the input's length past the end).
    fn at(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.input.len(), |c| c.0)
    }

    /// Records a token and moves past its `chars` characters.
    fn push(&mut self, tok: Tok, start: usize, end: usize, chars: usize) {
        self.out.push(Lexed { tok, start, end });
        self.i += chars;
    }

    /// A quoted phrase starting at the cursor, with its optional `~N`.
    fn phrase(&mut self, start: usize) -> Result<(), ParseError> {
        let open = self.i;
        let close = (open + 1..self.chars.len())
            .find(|&j| is_quote(self.chars[j].1))
            .ok_or_else(|| {
                err("unterminated phrase: missing closing `\"`", start, 1)
                    .hint("close the phrase with a double quote")
            })?;
        let text = self.input[self.at(open + 1)..self.chars[close].0].to_string();
        self.i = close + 1;
        let slop = self.slop()?;
        self.out.push(Lexed {
            tok: Tok::Phrase(text, slop),
            start,
            end: self.at(self.i),
        });
        Ok(())
    }

    /// `~N` after a phrase: how many other words may come between its words (0 without it).
    fn slop(&mut self) -> Result<u32, ParseError> {
        let tilde = self.i;
        if self.chars.get(tilde).map(|c| c.1) != Some('~') {
            return Ok(0);
        }
        let mut end = tilde + 1;
        while end < self.chars.len() && self.chars[end].1.is_ascii_digit() {
            end += 1;
        }
        let slop = self.input[self.at(tilde + 1)..self.at(end)]
            .parse()
            .map_err(|_| {
                err("`~` after a phrase needs a number", self.chars[tilde].0, 1)
                    .hint("write e.g. \"Russia guarantor\"~5")
            })?;
        self.i = end;
        Ok(slop)
    }

    /// A word (or a word operator) starting at the cursor: up to whitespace,
    /// a parenthesis or a quote.
    fn word(&mut self, start: usize) -> Result<(), ParseError> {
        let mut j = self.i;
        while j < self.chars.len() {
            let ch = self.chars[j].1;
            if ch.is_whitespace() || matches!(ch, '(' | ')') || is_quote(ch) {
                break;
            }
            j += 1;
        }
        let end = self.at(j);
        let word = &self.input[start..end];
        check_word(word, start)?;
        let tok = word_token(word, start)?;
        self.push(tok, start, end, j - self.i);
        Ok(())
    }
}

/// Rejects characters a query word may not contain, and `*` anywhere but at its end.
fn check_word(word: &str, start: usize) -> Result<(), ParseError> {
    if let Some(p) = word.find([':', '?', '~', '^', '[', ']', '{', '}', '\\', '/']) {
        let bad = word[p..].chars().next().unwrap_or(' ');
        let hint = match bad {
            ':' => "field searches (title:…) are not supported; search the text",
            '?' | '~' => "use `word*` for prefixes and \"a b\"~N for proximity",
            _ => "put words with special characters in double quotes",
        };
        return Err(err(
            format!("`{bad}` is not supported in a query word"),
            start + p,
            bad.len_utf8(),
        )
        .hint(hint));
    }
    if word.starts_with('*') || word.strip_suffix('*').unwrap_or(word).contains('*') {
        return Err(err(
            "`*` is only allowed at the end of a word",
            start,
            word.len(),
        )
        .hint("write a prefix like `guarant*`; leading wildcards are not supported"));
    }
    Ok(())
}

/// The token of a word: an upper-case operator or a search word; an
/// operator written in lower case is an error.
fn word_token(word: &str, start: usize) -> Result<Tok, ParseError> {
    match word {
        "AND" => Ok(Tok::And),
        "OR" => Ok(Tok::Or),
        "NOT" => Ok(Tok::Not),
        "and" | "or" | "not" | "And" | "Or" | "Not" => Err(err(
            format!("`{word}` looks like an operator, but operators are upper case"),
            start,
            word.len(),
        )
        .hint(format!(
            "write `{}` for the operator, or \"{word}\" to search the word",
            word.to_uppercase()
        ))),
        _ => Ok(Tok::Word(word.to_string())),
    }
}

/// How deeply parentheses and `NOT`s may nest in a query: deeper queries
/// are refused with an error rather than risking the parser's stack.
const MAX_NESTING: usize = 100;

struct Parser<'a> {
    toks: Vec<Lexed>,
    pos: usize,
    /// Open groups and `NOT`s around the cursor.
    depth: usize,
    input: &'a str,
    analyzer: Analyzer,
}

impl Query {
    /// Parses a query, analyzing its words as English.
    pub fn parse(input: &str) -> Result<Query, ParseError> {
        Query::parse_in(input, "en")
    }

    /// Parses a query, analyzing its words as language `code` (ISO 639-1),
    /// as passages in that language are analyzed.
    pub(crate) fn parse_in(input: &str, code: &str) -> Result<Query, ParseError> {
        let toks = lex(input)?;
        if toks.is_empty() {
            return Err(err("the query is empty", 0, input.len().max(1)));
        }
        let mut p = Parser {
            toks,
            pos: 0,
            depth: 0,
            input,
            analyzer: Analyzer::for_language(Some(code)),
        };
        let q = p.or()?;
        if let Some(t) = p.toks.get(p.pos) {
            return Err(err("unexpected `)`", t.start, t.end - t.start)
                .hint("remove it or add the matching `(`"));
        }
        Ok(q)
    }

    fn label(&self) -> String {
        match self {
            Query::Word {
                text,
                prefix,
                exact,
                ..
            } => {
                if *prefix {
                    format!("{}*", text.trim_end_matches('*'))
                } else if *exact {
                    format!("={text}")
                } else {
                    text.clone()
                }
            }
            Query::Phrase { text, .. } => format!("\"{text}\""),
            other => other.to_string(),
        }
    }

    /// Evaluates the query on the words of a passage; `None` when it does not match.
    pub fn matches(&self, words: &[Word]) -> Option<Match> {
        let mut m = Match::default();
        if self.eval(words, &mut m) {
            Some(m)
        } else {
            None
        }
    }

    fn eval(&self, words: &[Word], m: &mut Match) -> bool {
        match self {
            Query::Word {
                stems,
                folded,
                prefix,
                exact,
                variants,
                ..
            } => {
                let hits = if *prefix {
                    find_sequence(words, folded.len(), 0, |w, i| {
                        if i + 1 == folded.len() {
                            w.folded.starts_with(&folded[i])
                        } else {
                            w.folded == folded[i]
                        }
                    })
                } else if *exact {
                    find_sequence(words, folded.len(), 0, |w, i| w.folded == folded[i])
                } else {
                    stem_hits(words, stems, variants, 0)
                };
                self.record(hits, m)
            }
            Query::Phrase {
                stems,
                slop,
                variants,
                ..
            } => {
                let hits = stem_hits(words, stems, variants, *slop);
                self.record(hits, m)
            }
            Query::And(v) => {
                let mut local = Match::default();
                for q in v {
                    if let Query::Not(inner) = q {
                        if inner.eval(words, &mut Match::default()) {
                            return false;
                        }
                    } else if !q.eval(words, &mut local) {
                        return false;
                    }
                }
                m.terms.extend(local.terms);
                m.spans.extend(local.spans);
                m.forms.extend(local.forms);
                for (term, spans) in local.term_spans {
                    m.term_spans.entry(term).or_default().extend(spans);
                }
                true
            }
            Query::Or(v) => {
                let mut any = false;
                for q in v {
                    any |= q.eval(words, m);
                }
                any
            }
            Query::Not(q) => !q.eval(words, &mut Match::default()),
        }
    }

    fn record(&self, groups: Vec<Vec<(usize, usize)>>, m: &mut Match) -> bool {
        if groups.is_empty() {
            return false;
        }
        let form = match self {
            Query::Word {
                stems,
                folded,
                prefix,
                exact,
                ..
            } => {
                if *prefix {
                    format!("{}*", folded.join(" "))
                } else if *exact {
                    format!("={}", folded.join(" "))
                } else {
                    stems.join(" ")
                }
            }
            Query::Phrase { stems, slop, .. } => format!("{}~{slop}", stems.join(" ")),
            _ => self.label(),
        };
        // Hits of a longer phrase already cover a shorter form's words.
        let whole: Vec<(usize, usize)> = groups
            .iter()
            .filter_map(|g| Some((g.first()?.0, g.last()?.1)))
            .collect();
        let hits: Vec<(usize, usize)> = groups.into_iter().flatten().collect();
        let covered = hits.iter().all(|h| m.spans.contains(h));
        if m.forms.insert(form) && !covered {
            m.terms.insert(self.label());
        }
        m.term_spans.entry(self.label()).or_default().extend(whole);
        m.spans.extend(hits);
        true
    }

    /// The tantivy query for this query: stems in `stemmed`, prefixes in `folded`.
    pub(crate) fn to_tantivy(&self, stemmed: Field, folded: Field) -> Box<dyn TQuery> {
        match self {
            Query::Word {
                stems,
                folded: f,
                prefix: true,
                ..
            } => prefix_to_tantivy(stems, f, stemmed, folded),
            Query::Word {
                folded: f,
                exact: true,
                ..
            } => exact_to_tantivy(f, folded),
            Query::Word {
                stems, variants, ..
            } => with_variants(stems, variants, 0, stemmed),
            Query::Phrase {
                stems,
                slop,
                variants,
                ..
            } => with_variants(stems, variants, *slop, stemmed),
            Query::And(v) => {
                let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
                for q in v {
                    if let Query::Not(inner) = q {
                        clauses.push((Occur::MustNot, inner.to_tantivy(stemmed, folded)));
                    } else {
                        clauses.push((Occur::Must, q.to_tantivy(stemmed, folded)));
                    }
                }
                if clauses.iter().all(|(o, _)| *o == Occur::MustNot) {
                    clauses.push((Occur::Must, Box::new(AllQuery)));
                }
                Box::new(BooleanQuery::new(clauses))
            }
            Query::Or(v) => Box::new(BooleanQuery::new(
                v.iter()
                    .map(|q| (Occur::Should, q.to_tantivy(stemmed, folded)))
                    .collect(),
            )),
            Query::Not(q) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(AllQuery) as Box<dyn TQuery>),
                (Occur::MustNot, q.to_tantivy(stemmed, folded)),
            ])),
        }
    }
}

/// Where the stems (or one of their variants) occur in `words`, with at
/// most `slop` other words between them.
fn stem_hits(
    words: &[Word],
    stems: &[String],
    variants: &[Vec<String>],
    slop: u32,
) -> Vec<Vec<(usize, usize)>> {
    let mut hits = find_sequence(words, stems.len(), slop, |w, i| w.stem == stems[i]);
    for v in variants {
        hits.extend(find_sequence(words, v.len(), 0, |w, i| w.stem == v[i]));
    }
    hits
}

/// The tantivy query for stems or any of their variants.
fn with_variants(
    stems: &[String],
    variants: &[Vec<String>],
    slop: u32,
    field: Field,
) -> Box<dyn TQuery> {
    let main = phrase_or_term(terms_of(stems, field), slop);
    if variants.is_empty() {
        return main;
    }
    let mut clauses = vec![(Occur::Should, main)];
    for v in variants {
        clauses.push((Occur::Should, phrase_or_term(terms_of(v, field), 0)));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// The tantivy query for `=word`: its folded words in the folded field
/// (which keeps no positions: all of them; the collector checks the
/// sequence on the text again).
fn exact_to_tantivy(folded: &[String], field: Field) -> Box<dyn TQuery> {
    let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = terms_of(folded, field)
        .into_iter()
        .map(|t| {
            (
                Occur::Must,
                Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn TQuery>,
            )
        })
        .collect();
    if clauses.len() == 1 {
        return clauses.pop().expect("one clause").1;
    }
    Box::new(BooleanQuery::new(clauses))
}

/// The fewest letters each part of a compound must have for its closed,
/// open and hyphenated spellings to match each other: "cease-fire",
/// "ceasefire" and "cease fire" do; "re-sign" and "resign", "may be" and
/// "maybe", "every day" and "everyday", "now here" and "nowhere" do not.
pub(crate) const COMPOUND_PART_LETTERS: usize = 4;

/// The other spellings of a query word or phrase, as stem sequences: a
/// word of two parts (`cease-fire`, `"cease fire"`) also matches its closed
/// form (`ceasefire`); a closed word (`ceasefire`) also matches each split
/// into two parts of at least [`COMPOUND_PART_LETTERS`] letters, written
/// open or hyphenated (`cease fire`, `cease-fire`).
fn compound_variants(folded: &[String], analyzer: &mut Analyzer) -> Vec<Vec<String>> {
    let letters = |s: &str| s.chars().all(char::is_alphabetic);
    let long = |s: &str| s.chars().count() >= COMPOUND_PART_LETTERS;
    match folded {
        [a, b] if letters(a) && letters(b) && long(a) && long(b) => {
            vec![analyzer.stems(&format!("{a}{b}"))]
        }
        [w] if letters(w) => {
            let chars: Vec<(usize, char)> = w.char_indices().collect();
            let n = chars.len();
            (COMPOUND_PART_LETTERS..=n.saturating_sub(COMPOUND_PART_LETTERS))
                .map(|i| {
                    let at = chars[i].0;
                    analyzer.stems(&format!("{} {}", &w[..at], &w[at..]))
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The terms of `stems` in `field`.
fn terms_of(stems: &[String], field: Field) -> Vec<Term> {
    stems
        .iter()
        .map(|s| Term::from_field_text(field, s))
        .collect()
}

/// The tantivy query for `word*` (`stems` and `folded` are its analyzed words).
fn prefix_to_tantivy(
    stems: &[String],
    folded: &[String],
    stemmed_field: Field,
    folded_field: Field,
) -> Box<dyn TQuery> {
    if folded.len() == 1 {
        let pattern = format!("{}.*", regex_escape(&folded[0]));
        return match RegexQuery::from_pattern(&pattern, folded_field) {
            Ok(q) => Box::new(q),
            Err(_) => Box::new(BooleanQuery::new(vec![])),
        };
    }
    // A multi-word prefix: all but the last word as a phrase, and the last
    // word's prefix anywhere in the passage; the collector checks the exact
    // sequence on the text again.
    let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
    let leading = &stems[..stems.len().min(folded.len()) - 1];
    clauses.push((
        Occur::Must,
        phrase_or_term(terms_of(leading, stemmed_field), 0),
    ));
    let pattern = format!("{}.*", regex_escape(&folded[folded.len() - 1]));
    if let Ok(q) = RegexQuery::from_pattern(&pattern, folded_field) {
        clauses.push((Occur::Must, Box::new(q)));
    }
    Box::new(BooleanQuery::new(clauses))
}

fn phrase_or_term(terms: Vec<Term>, slop: u32) -> Box<dyn TQuery> {
    match terms.len() {
        0 => Box::new(BooleanQuery::new(vec![])),
        1 => Box::new(TermQuery::new(
            terms.into_iter().next().expect("one term"),
            IndexRecordOption::WithFreqs,
        )),
        _ => {
            let mut q = PhraseQuery::new(terms);
            q.set_slop(slop);
            Box::new(q)
        }
    }
}

fn regex_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Finds runs of `n` words in order, each satisfying `pred(word, i)`, with at
/// most `slop` other words in between in total; returns the byte spans of
/// each run's words.
fn find_sequence(
    words: &[Word],
    n: usize,
    slop: u32,
    pred: impl Fn(&Word, usize) -> bool,
) -> Vec<Vec<(usize, usize)>> {
    let mut spans = Vec::new();
    if n == 0 {
        return spans;
    }
    for start in 0..words.len() {
        if !pred(&words[start], 0) {
            continue;
        }
        let mut idx = vec![start];
        let mut gaps = 0u32;
        let mut pos = start;
        let mut ok = true;
        for i in 1..n {
            let mut found = None;
            let mut p = pos + 1;
            while p < words.len() && (p - pos - 1) as u32 + gaps <= slop {
                if pred(&words[p], i) {
                    found = Some(p);
                    break;
                }
                p += 1;
            }
            match found {
                Some(p) => {
                    gaps += (p - pos - 1) as u32;
                    idx.push(p);
                    pos = p;
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            spans.push(
                idx.iter()
                    .map(|&k| (words[k].start, words[k].end))
                    .collect(),
            );
        }
    }
    spans
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|l| &l.tok)
    }

    fn here(&self) -> (usize, usize) {
        match self.toks.get(self.pos) {
            Some(l) => (l.start, l.end - l.start),
            None => (self.input.len(), 1),
        }
    }

    /// Moves past the operator `name` at the cursor; an error when no term
    /// follows it (`binary_may_follow`: whether `AND`/`OR` count as one here,
    /// to be rejected later where a term is expected).
    fn operator(
        &mut self,
        name: &str,
        hint: &str,
        binary_may_follow: bool,
    ) -> Result<(), ParseError> {
        let (start, len) = self.here();
        self.pos += 1;
        let missing = match self.peek() {
            None | Some(Tok::RParen) => true,
            Some(Tok::Or | Tok::And) => !binary_may_follow,
            _ => false,
        };
        if missing {
            return Err(err(format!("`{name}` needs a term after it"), start, len).hint(hint));
        }
        Ok(())
    }

    fn or(&mut self) -> Result<Query, ParseError> {
        let mut items = vec![self.and()?];
        loop {
            match self.peek() {
                Some(Tok::Or) => {
                    self.operator("OR", "remove the trailing operator or add a term", true)?;
                    items.push(self.and()?);
                }
                Some(Tok::Word(_))
                | Some(Tok::Phrase(..))
                | Some(Tok::LParen)
                | Some(Tok::Plus) => items.push(self.and()?),
                _ => break,
            }
        }
        Ok(single_or(items, Query::Or))
    }

    fn and(&mut self) -> Result<Query, ParseError> {
        let mut items = vec![self.unary()?];
        loop {
            match self.peek() {
                Some(Tok::And) => {
                    self.operator("AND", "remove the operator or add a term", false)?;
                    items.push(self.unary()?);
                }
                // `a NOT b` means `a AND NOT b`.
                Some(Tok::Not) => items.push(self.unary()?),
                _ => break,
            }
        }
        Ok(single_or(items, Query::And))
    }

    fn unary(&mut self) -> Result<Query, ParseError> {
        match self.peek() {
            Some(Tok::Not) => {
                let (start, len) = self.here();
                self.operator("NOT", "write e.g. `Russia NOT Ukraine`", false)?;
                self.enter(start, len)?;
                let q = self.unary();
                self.depth -= 1;
                Ok(Query::Not(Box::new(q?)))
            }
            Some(Tok::Plus) => {
                while matches!(self.peek(), Some(Tok::Plus)) {
                    self.pos += 1;
                }
                self.unary()
            }
            _ => self.primary(),
        }
    }

    /// A term: a parenthesized group, a word or a phrase.
    fn primary(&mut self) -> Result<Query, ParseError> {
        let (start, len) = self.here();
        let Some(lexed) = self.toks.get(self.pos) else {
            return Err(err("the query ends where a term was expected", start, 1)
                .hint("remove the trailing operator or add a term"));
        };
        match lexed.tok.clone() {
            Tok::LParen => self.group(start),
            Tok::Word(w) => self.word(&w, start, len),
            Tok::Phrase(text, slop) => {
                self.pos += 1;
                let stems = self.analyzer.stems(&text);
                if stems.is_empty() {
                    return Err(err("the phrase contains no words", start, len));
                }
                let folded = self.analyzer.folded(&text);
                let variants = if slop == 0 && folded.len() == 2 {
                    compound_variants(&folded, &mut self.analyzer)
                } else {
                    Vec::new()
                };
                Ok(Query::Phrase {
                    text,
                    stems,
                    slop,
                    variants,
                })
            }
            Tok::RParen => {
                Err(err("unexpected `)`", start, len).hint("remove it or add the matching `(`"))
            }
            Tok::And | Tok::Or => Err(err("an operator where a term was expected", start, len)
                .hint("operators go between terms: `a OR b`")),
            Tok::Not | Tok::Plus => unreachable_unary(start, len),
        }
    }

    /// `( … )` whose `(` is at the cursor, at byte `start`.
    fn group(&mut self, start: usize) -> Result<Query, ParseError> {
        self.pos += 1;
        if matches!(self.peek(), Some(Tok::RParen)) {
            return Err(err("empty parentheses", start, 2));
        }
        self.enter(start, 1)?;
        let q = self.or();
        self.depth -= 1;
        let q = q?;
        if !matches!(self.peek(), Some(Tok::RParen)) {
            return Err(err("`(` is never closed", start, 1).hint("add the matching `)`"));
        }
        self.pos += 1;
        Ok(q)
    }

    /// Goes one level deeper (a group or a `NOT` at byte `start`), refusing
    /// more than [`MAX_NESTING`] levels.
    fn enter(&mut self, start: usize, len: usize) -> Result<(), ParseError> {
        if self.depth >= MAX_NESTING {
            return Err(err(
                format!("the query nests more than {MAX_NESTING} levels deep"),
                start,
                len,
            )
            .hint("write it flatter: `((a OR b))` means the same as `a OR b`"));
        }
        self.depth += 1;
        Ok(())
    }

    /// The word `w` at the cursor, analyzed; `word*` is a prefix, `=word`
    /// an exact word form.
    fn word(&mut self, w: &str, start: usize, len: usize) -> Result<Query, ParseError> {
        self.pos += 1;
        let exact = w.starts_with('=');
        let prefix = w.ends_with('*');
        if exact && prefix {
            return Err(err("`=` and `*` cannot be used together", start, len)
                .hint("`=word` is one exact word form, `word*` any word starting so"));
        }
        let bare = w.trim_start_matches('=').trim_end_matches('*');
        let stems = self.analyzer.stems(bare);
        let folded = self.analyzer.folded(bare);
        if stems.is_empty() {
            return Err(
                err(format!("`{w}` contains no letters or digits"), start, len)
                    .hint("put punctuation inside a \"phrase\" or remove it"),
            );
        }
        let variants = if prefix || exact {
            Vec::new()
        } else {
            compound_variants(&folded, &mut self.analyzer)
        };
        Ok(Query::Word {
            text: bare.to_string(),
            stems,
            folded,
            prefix,
            exact,
            variants,
        })
    }
}

/// The one query of `items`, or `join` of all of them.
fn single_or(mut items: Vec<Query>, join: fn(Vec<Query>) -> Query) -> Query {
    if items.len() == 1 {
        items.pop().expect("one item")
    } else {
        join(items)
    }
}

fn unreachable_unary(start: usize, len: usize) -> Result<Query, ParseError> {
    Err(err("misplaced operator", start, len))
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Query::Word { .. } | Query::Phrase { .. } => {
                let l = self.label();
                match self {
                    Query::Phrase { slop, .. } if *slop > 0 => write!(f, "{l}~{slop}"),
                    _ => write!(f, "{l}"),
                }
            }
            Query::And(v) => join(f, v, " AND "),
            Query::Or(v) => join(f, v, " OR "),
            Query::Not(q) => write!(f, "NOT {q}"),
        }
    }
}

fn join(f: &mut fmt::Formatter<'_>, v: &[Query], sep: &str) -> fmt::Result {
    write!(f, "(")?;
    for (i, q) in v.iter().enumerate() {
        if i > 0 {
            write!(f, "{sep}")?;
        }
        write!(f, "{q}")?;
    }
    write!(f, ")")
}

/// `a AND b` of two queries.
pub(crate) fn both(a: &Query, b: &Query) -> Query {
    Query::And(vec![a.clone(), b.clone()])
}

#[cfg(test)]
mod nesting_tests {
    use super::*;

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        for n in [MAX_NESTING + 1, 7_000, 100_000] {
            let q = format!("{}Russia{}", "(".repeat(n), ")".repeat(n));
            let e = Query::parse(&q).expect_err("too deep");
            assert!(e.message.contains("levels deep"), "{}", e.message);
            let nots = format!("{}Russia", "NOT ".repeat(n));
            let e = Query::parse(&nots).expect_err("too deep");
            assert!(e.message.contains("levels deep"), "{}", e.message);
        }
    }

    #[test]
    fn nesting_up_to_the_limit_parses() {
        let n = MAX_NESTING;
        let q = format!("{}Russia OR Moscow{}", "(".repeat(n), ")".repeat(n));
        assert!(Query::parse(&q).is_ok());
        assert!(Query::parse("NOT NOT Russia").is_ok());
        let plus = format!("{}Russia", "+".repeat(10_000));
        assert!(
            Query::parse(&plus).is_ok(),
            "a run of `+` is one term, not nesting"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(q: &str, text: &str) -> Option<Vec<String>> {
        let q = Query::parse(q).unwrap();
        let words = Analyzer::default().words(text);
        q.matches(&words).map(|m| m.terms.into_iter().collect())
    }

    #[test]
    fn precedence_and_implicit_or() {
        let q = Query::parse("a b AND c").unwrap();
        assert_eq!(q.to_string(), "(a OR (b AND c))");
        let q = Query::parse("Russia NOT Ukraine").unwrap();
        assert_eq!(q.to_string(), "(Russia AND NOT Ukraine)");
        let q = Query::parse("(a OR b) AND -c").unwrap();
        assert_eq!(q.to_string(), "((a OR b) AND NOT c)");
    }

    #[test]
    fn compounds_match_their_other_spellings() {
        let texts = [
            "a ceasefire held",
            "a cease-fire held",
            "a cease fire held",
            "a Cease-Fire held",
        ];
        for q in ["ceasefire", "cease-fire", "\"cease fire\"", "ceasefires"] {
            for t in texts {
                assert!(m(q, t).is_some(), "{q} should match {t:?}");
            }
        }
        // Counter-examples: parts shorter than four letters keep words apart.
        for (q, t) in [
            ("resign", "they re-sign the deal"),
            ("re-sign", "she will resign"),
            ("maybe", "it may be so"),
            ("everyday", "every day they met"),
            ("nowhere", "now here they are"),
            ("\"cease fire\"~2", "a ceasefire"),
        ] {
            assert!(m(q, t).is_none(), "{q} must not match {t:?}");
        }
        // Only adjacent words are an open compound.
        assert!(m("ceasefire", "cease the fire").is_none());
    }

    #[test]
    fn exact_word_forms() {
        assert!(m("bases", "the base was based on").is_some());
        assert!(m("=bases", "two bases").is_some());
        assert!(m("=Bases", "two BASES").is_some(), "case is still ignored");
        assert!(
            m("=Türkiye", "Turkiye said").is_some(),
            "accents are still folded"
        );
        // Counter-examples: no stemming, no spelling variants.
        assert!(m("=bases", "the base was based on").is_none());
        assert!(m("=ceasefire", "a cease-fire").is_none());
        let e = Query::parse("=guarant*").unwrap_err();
        assert!(
            e.message.contains("cannot be used together"),
            "{}",
            e.message
        );
    }

    #[test]
    fn matched_word_forms_per_term() {
        let q = Query::parse("bases OR ceasefire").unwrap();
        let text = "It based its claim on a cease-fire and two bases.";
        let words = Analyzer::default().words(text);
        let got = q.matches(&words).unwrap();
        let forms = |term: &str| -> Vec<&str> {
            got.term_spans[term]
                .iter()
                .map(|&(s, e)| &text[s..e])
                .collect()
        };
        assert_eq!(forms("bases"), ["based", "bases"]);
        assert_eq!(forms("ceasefire"), ["cease-fire"]);
    }

    #[test]
    fn matching_stems_folds_and_phrases() {
        assert_eq!(
            m("guarantees", "a security guarantee"),
            Some(vec!["guarantees".into()])
        );
        assert_eq!(m("Turkiye", "Türkiye said"), Some(vec!["Turkiye".into()]));
        assert_eq!(m("Azeris", "Azeri forces"), Some(vec!["Azeris".into()]));
        assert!(m("\"military base\"", "a Russian military base near").is_some());
        assert!(m("\"military base\"", "a base of the military").is_none());
        assert!(m("\"Russia guarantor\"~3", "Russia is the guarantor").is_some());
        assert!(m("Nagorno-Karabakh", "in Nagorno Karabakh").is_some());
        assert!(m("guarant*", "it guaranteed").is_some());
        assert!(m("CSTO AND NOT Turkey", "CSTO and Turkey").is_none());
        assert!(m("NOT Turkey", "Armenia").is_some());
    }

    #[test]
    fn match_reports_spans_for_highlighting() {
        let q = Query::parse("Russia OR \"military base\"").unwrap();
        let text = "Russia has a military base.";
        let got = q.matches(&Analyzer::default().words(text)).unwrap();
        let spans: Vec<&str> = got.spans.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(spans, vec!["Russia", "military", "base"]);
    }

    #[test]
    fn errors_have_positions_and_hints() {
        let e = Query::parse("CSTO OR (base").unwrap_err();
        assert_eq!(e.offset, 8);
        assert!(e.message.contains("never closed"));
        let e = Query::parse("CSTO or base").unwrap_err();
        assert_eq!(e.offset, 5);
        assert!(e.hints[0].contains("OR"));
        let e = Query::parse("CSTO OR").unwrap_err();
        assert!(e.message.contains("needs a term"), "{}", e.message);
        let e = Query::parse("\"open phrase").unwrap_err();
        assert!(e.message.contains("unterminated"));
        let e = Query::parse("title:Russia").unwrap_err();
        assert_eq!(e.offset, 5);
        assert!(
            Query::parse("a)")
                .unwrap_err()
                .message
                .contains("unexpected `)`")
        );
        assert!(Query::parse("").is_err());
        assert!(Query::parse("()").is_err());
        assert!(Query::parse("*ussia").is_err());
        assert!(Query::parse("Алиев").is_ok(), "non-ASCII words");
        assert!(Query::parse("Ali*ев").is_err());
    }
}
