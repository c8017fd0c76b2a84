//! Boolean queries in the Lucene / Media Cloud syntax: words, "phrases",
//! `AND`, `OR`, `NOT`, parentheses, `word*` prefixes and `"a b"~N` proximity.
//!
//! Words next to each other without an operator are joined by `OR`, as in
//! Media Cloud; `a NOT b` means `a AND NOT b`. Operators are upper case
//! (`&&`, `||`, `!`, `+`, `-` work too). Matching is case-insensitive, folds
//! accents and stems English words, through [`crate::analysis`].
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
    },
    /// A quoted phrase; `slop` extra words may come between its words.
    Phrase {
        /// As written, without quotes.
        text: String,
        /// Stemmed forms.
        stems: Vec<String>,
        /// How many other words may intervene.
        slop: u32,
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
    pub message: String,
    /// Byte offset in the query.
    pub offset: usize,
    /// Length in bytes of the offending part.
    pub len: usize,
    /// How to fix it.
    pub hints: Vec<String>,
}

/// What a query matched in a passage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Match {
    /// The query terms that matched, as written in the query (one per
    /// analyzed form: `mediate OR mediating` report only `mediate`).
    pub terms: BTreeSet<String>,
    /// Byte ranges of the matched words in the passage.
    pub spans: BTreeSet<(usize, usize)>,
    /// Analyzed forms already reported.
    forms: BTreeSet<String>,
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

fn lex(input: &str) -> Result<Vec<Lexed>, ParseError> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let mut i = 0;
    let at = |i: usize| chars.get(i).map_or(input.len(), |c| c.0);
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let simple = match c {
            '(' => Some(Tok::LParen),
            ')' => Some(Tok::RParen),
            '+' => Some(Tok::Plus),
            '!' => Some(Tok::Not),
            '-' => Some(Tok::Not),
            _ => None,
        };
        if let Some(t) = simple {
            out.push(Lexed {
                tok: t,
                start,
                end: start + c.len_utf8(),
            });
            i += 1;
            continue;
        }
        if input[start..].starts_with("&&") || input[start..].starts_with("||") {
            let t = if c == '&' { Tok::And } else { Tok::Or };
            out.push(Lexed {
                tok: t,
                start,
                end: start + 2,
            });
            i += 2;
            continue;
        }
        if c == '"' || c == '“' || c == '”' {
            let mut j = i + 1;
            while j < chars.len() && !matches!(chars[j].1, '"' | '“' | '”') {
                j += 1;
            }
            if j >= chars.len() {
                let mut e = err("unterminated phrase: missing closing `\"`", start, 1);
                e.hints.push("close the phrase with a double quote".into());
                return Err(e);
            }
            let text = input[at(i + 1)..chars[j].0].to_string();
            let mut end = at(j + 1);
            let mut k = j + 1;
            let mut slop = 0;
            if k < chars.len() && chars[k].1 == '~' {
                let num_start = k + 1;
                let mut m = num_start;
                while m < chars.len() && chars[m].1.is_ascii_digit() {
                    m += 1;
                }
                let digits = &input[at(num_start)..at(m)];
                slop = digits.parse().map_err(|_| {
                    let mut e = err("`~` after a phrase needs a number", chars[k].0, 1);
                    e.hints.push("write e.g. \"Russia guarantor\"~5".into());
                    e
                })?;
                k = m;
                end = at(k);
            }
            out.push(Lexed {
                tok: Tok::Phrase(text, slop),
                start,
                end,
            });
            i = k;
            continue;
        }
        // A word: up to whitespace, parenthesis or quote.
        let mut j = i;
        while j < chars.len() {
            let ch = chars[j].1;
            if ch.is_whitespace() || matches!(ch, '(' | ')' | '"' | '“' | '”') {
                break;
            }
            j += 1;
        }
        let end = at(j);
        let word = &input[start..end];
        if let Some(p) = word.find([':', '?', '~', '^', '[', ']', '{', '}', '\\', '/']) {
            let bad = &word[p..].chars().next().unwrap_or(' ');
            let mut e = err(
                format!("`{bad}` is not supported in a query word"),
                start + p,
                bad.len_utf8(),
            );
            e.hints.push(match bad {
                ':' => "field searches (title:…) are not supported; search the text".to_string(),
                '?' | '~' => "use `word*` for prefixes and \"a b\"~N for proximity".to_string(),
                _ => "put words with special characters in double quotes".to_string(),
            });
            return Err(e);
        }
        if word.starts_with('*') || word.strip_suffix('*').unwrap_or(word).contains('*') {
            let mut e = err(
                "`*` is only allowed at the end of a word",
                start,
                word.len(),
            );
            e.hints
                .push("write a prefix like `guarant*`; leading wildcards are not supported".into());
            return Err(e);
        }
        let tok = match word {
            "AND" => Tok::And,
            "OR" => Tok::Or,
            "NOT" => Tok::Not,
            "and" | "or" | "not" | "And" | "Or" | "Not" => {
                let mut e = err(
                    format!("`{word}` looks like an operator, but operators are upper case"),
                    start,
                    word.len(),
                );
                e.hints.push(format!(
                    "write `{}` for the operator, or \"{word}\" to search the word",
                    word.to_uppercase()
                ));
                return Err(e);
            }
            _ => Tok::Word(word.to_string()),
        };
        out.push(Lexed { tok, start, end });
        i = j;
    }
    Ok(out)
}

struct Parser<'a> {
    toks: Vec<Lexed>,
    pos: usize,
    input: &'a str,
    analyzer: Analyzer,
}

impl Query {
    /// Parses a query.
    pub fn parse(input: &str) -> Result<Query, ParseError> {
        let toks = lex(input)?;
        if toks.is_empty() {
            return Err(err("the query is empty", 0, input.len().max(1)));
        }
        let mut p = Parser {
            toks,
            pos: 0,
            input,
            analyzer: Analyzer::default(),
        };
        let q = p.or()?;
        if let Some(t) = p.toks.get(p.pos) {
            let mut e = err("unexpected `)`", t.start, t.end - t.start);
            e.hints.push("remove it or add the matching `(`".into());
            return Err(e);
        }
        Ok(q)
    }

    /// Every positive term of the query as written (for messages and JSON).
    pub fn terms(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.collect_terms(&mut out, false);
        out
    }

    fn collect_terms(&self, out: &mut Vec<String>, negated: bool) {
        match self {
            Query::Word { .. } | Query::Phrase { .. } => {
                if !negated {
                    out.push(self.label());
                }
            }
            Query::And(v) | Query::Or(v) => v.iter().for_each(|q| q.collect_terms(out, negated)),
            Query::Not(q) => q.collect_terms(out, !negated),
        }
    }

    fn label(&self) -> String {
        match self {
            Query::Word { text, prefix, .. } => {
                if *prefix {
                    format!("{}*", text.trim_end_matches('*'))
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
                } else {
                    find_sequence(words, stems.len(), 0, |w, i| w.stem == stems[i])
                };
                self.record(hits, m)
            }
            Query::Phrase { stems, slop, .. } => {
                let hits = find_sequence(words, stems.len(), *slop, |w, i| w.stem == stems[i]);
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

    fn record(&self, hits: Vec<(usize, usize)>, m: &mut Match) -> bool {
        if hits.is_empty() {
            return false;
        }
        let form = match self {
            Query::Word {
                stems,
                folded,
                prefix,
                ..
            } => {
                if *prefix {
                    format!("{}*", folded.join(" "))
                } else {
                    stems.join(" ")
                }
            }
            Query::Phrase { stems, slop, .. } => format!("{}~{slop}", stems.join(" ")),
            _ => self.label(),
        };
        // Hits of a longer phrase already cover a shorter form's words.
        let covered = hits.iter().all(|h| m.spans.contains(h));
        if m.forms.insert(form) && !covered {
            m.terms.insert(self.label());
        }
        m.spans.extend(hits);
        true
    }

    /// The tantivy query for this query: stems in `stemmed`, prefixes in `folded`.
    pub fn to_tantivy(&self, stemmed: Field, folded: Field) -> Box<dyn TQuery> {
        match self {
            Query::Word {
                stems,
                folded: f,
                prefix,
                ..
            } => {
                if *prefix {
                    if f.len() == 1 {
                        let pattern = format!("{}.*", regex_escape(&f[0]));
                        match RegexQuery::from_pattern(&pattern, folded) {
                            Ok(q) => Box::new(q),
                            Err(_) => Box::new(BooleanQuery::new(vec![])),
                        }
                    } else {
                        // A multi-word prefix: all but the last word as a phrase, and
                        // the last word's prefix anywhere in the passage; the collector
                        // checks the exact sequence on the text again.
                        let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
                        let terms: Vec<Term> = stems[..stems.len().min(f.len()) - 1]
                            .iter()
                            .map(|s| Term::from_field_text(stemmed, s))
                            .collect();
                        clauses.push((Occur::Must, phrase_or_term(terms, 0)));
                        let pattern = format!("{}.*", regex_escape(&f[f.len() - 1]));
                        if let Ok(q) = RegexQuery::from_pattern(&pattern, folded) {
                            clauses.push((Occur::Must, Box::new(q)));
                        }
                        Box::new(BooleanQuery::new(clauses))
                    }
                } else {
                    let terms = stems
                        .iter()
                        .map(|s| Term::from_field_text(stemmed, s))
                        .collect();
                    phrase_or_term(terms, 0)
                }
            }
            Query::Phrase { stems, slop, .. } => {
                let terms = stems
                    .iter()
                    .map(|s| Term::from_field_text(stemmed, s))
                    .collect();
                phrase_or_term(terms, *slop)
            }
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
/// most `slop` other words in between in total; returns the byte spans.
fn find_sequence(
    words: &[Word],
    n: usize,
    slop: u32,
    pred: impl Fn(&Word, usize) -> bool,
) -> Vec<(usize, usize)> {
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
            spans.extend(idx.iter().map(|&k| (words[k].start, words[k].end)));
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

    fn or(&mut self) -> Result<Query, ParseError> {
        let mut items = vec![self.and()?];
        loop {
            match self.peek() {
                Some(Tok::Or) => {
                    let (s, l) = self.here();
                    self.pos += 1;
                    if matches!(self.peek(), None | Some(Tok::RParen)) {
                        let mut e = err("`OR` needs a term after it", s, l);
                        e.hints
                            .push("remove the trailing operator or add a term".into());
                        return Err(e);
                    }
                    items.push(self.and()?);
                }
                Some(Tok::Word(_))
                | Some(Tok::Phrase(..))
                | Some(Tok::LParen)
                | Some(Tok::Plus) => items.push(self.and()?),
                _ => break,
            }
        }
        Ok(if items.len() == 1 {
            items.pop().expect("one item")
        } else {
            Query::Or(items)
        })
    }

    fn and(&mut self) -> Result<Query, ParseError> {
        let mut items = vec![self.unary()?];
        loop {
            match self.peek() {
                Some(Tok::And) => {
                    let (s, l) = self.here();
                    self.pos += 1;
                    if matches!(
                        self.peek(),
                        None | Some(Tok::RParen) | Some(Tok::Or) | Some(Tok::And)
                    ) {
                        let mut e = err("`AND` needs a term after it", s, l);
                        e.hints.push("remove the operator or add a term".into());
                        return Err(e);
                    }
                    items.push(self.unary()?);
                }
                // `a NOT b` means `a AND NOT b`.
                Some(Tok::Not) => items.push(self.unary()?),
                _ => break,
            }
        }
        Ok(if items.len() == 1 {
            items.pop().expect("one item")
        } else {
            Query::And(items)
        })
    }

    fn unary(&mut self) -> Result<Query, ParseError> {
        match self.peek() {
            Some(Tok::Not) => {
                let (s, l) = self.here();
                self.pos += 1;
                if matches!(
                    self.peek(),
                    None | Some(Tok::RParen) | Some(Tok::Or) | Some(Tok::And)
                ) {
                    let mut e = err("`NOT` needs a term after it", s, l);
                    e.hints.push("write e.g. `Russia NOT Ukraine`".into());
                    return Err(e);
                }
                Ok(Query::Not(Box::new(self.unary()?)))
            }
            Some(Tok::Plus) => {
                self.pos += 1;
                self.unary()
            }
            _ => self.primary(),
        }
    }

    fn primary(&mut self) -> Result<Query, ParseError> {
        let (start, len) = self.here();
        let Some(lexed) = self.toks.get(self.pos) else {
            let mut e = err("the query ends where a term was expected", start, 1);
            e.hints
                .push("remove the trailing operator or add a term".into());
            return Err(e);
        };
        match lexed.tok.clone() {
            Tok::LParen => {
                self.pos += 1;
                if matches!(self.peek(), Some(Tok::RParen)) {
                    return Err(err("empty parentheses", start, 2));
                }
                let q = self.or()?;
                match self.peek() {
                    Some(Tok::RParen) => {
                        self.pos += 1;
                        Ok(q)
                    }
                    _ => {
                        let mut e = err("`(` is never closed", start, 1);
                        e.hints.push("add the matching `)`".into());
                        Err(e)
                    }
                }
            }
            Tok::Word(w) => {
                self.pos += 1;
                let prefix = w.ends_with('*');
                let bare = w.trim_end_matches('*');
                let stems = self.analyzer.stems(bare);
                let folded = self.analyzer.folded(bare);
                if stems.is_empty() {
                    let mut e = err(format!("`{w}` contains no letters or digits"), start, len);
                    e.hints
                        .push("put punctuation inside a \"phrase\" or remove it".into());
                    return Err(e);
                }
                Ok(Query::Word {
                    text: bare.to_string(),
                    stems,
                    folded,
                    prefix,
                })
            }
            Tok::Phrase(text, slop) => {
                self.pos += 1;
                let stems = self.analyzer.stems(&text);
                if stems.is_empty() {
                    return Err(err("the phrase contains no words", start, len));
                }
                Ok(Query::Phrase { text, stems, slop })
            }
            Tok::RParen => {
                let mut e = err("unexpected `)`", start, len);
                e.hints.push("remove it or add the matching `(`".into());
                Err(e)
            }
            Tok::And | Tok::Or => {
                let mut e = err("an operator where a term was expected", start, len);
                e.hints.push("operators go between terms: `a OR b`".into());
                Err(e)
            }
            Tok::Not | Tok::Plus => unreachable_unary(start, len),
        }
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
pub fn both(a: &Query, b: &Query) -> Query {
    Query::And(vec![a.clone(), b.clone()])
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
