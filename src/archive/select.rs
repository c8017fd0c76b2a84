//! Candidate passages selected in PostgreSQL: a theme's scope and facet
//! queries translated to conditions on the passages' stems and folded
//! words ([`super::terms`]), with `tsquery` values bound as parameters.
//!
//! The translation never misses a passage the query matches: it may take
//! more (a phrase with slop is read as all its words, `NOT` is left to
//! juxta), never fewer. juxta then indexes the candidates and evaluates
//! the very queries it evaluates on a folder, so what a build selects is
//! the folder's. The text of a statement depends only on the shape of the
//! queries; every word reaches PostgreSQL as a bound value.

use crate::query::Query;

/// A condition on a passage (`p`), with the `tsquery` values it binds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cond {
    /// Every passage.
    All,
    /// No passage.
    None,
    /// A column (`stems` or `folded`) matching a `tsquery`.
    Match(Column, String),
    /// All of these.
    And(Vec<Cond>),
    /// Any of these.
    Or(Vec<Cond>),
}

/// A passage column of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    /// Stems with positions.
    Stems,
    /// Folded words, no positions.
    Folded,
}

impl Cond {
    /// All of `v`, simplified.
    fn and(v: Vec<Cond>) -> Cond {
        Cond::join(v, true)
    }

    /// Any of `v`, simplified.
    pub(crate) fn or(v: Vec<Cond>) -> Cond {
        Cond::join(v, false)
    }

    /// All (`and`) or any of `v`: nested joins of the same kind flattened,
    /// `All` and `None` folded away, repeats dropped (a theme's facet
    /// comes once as written and once within its scope, and once per
    /// language without a query of its own), matches on one column merged.
    fn join(v: Vec<Cond>, and: bool) -> Cond {
        let (unit, zero) = match and {
            true => (Cond::All, Cond::None),
            false => (Cond::None, Cond::All),
        };
        let mut out = Vec::new();
        for c in v {
            match c {
                c if c == unit => {}
                c if c == zero => return zero,
                Cond::And(inner) if and => inner.into_iter().for_each(|c| once(&mut out, c)),
                Cond::Or(inner) if !and => inner.into_iter().for_each(|c| once(&mut out, c)),
                c => once(&mut out, c),
            }
        }
        let mut out = merged(out, if and { " & " } else { " | " });
        match out.len() {
            0 => unit,
            1 => out.pop().unwrap_or(unit),
            _ if and => Cond::And(out),
            _ => Cond::Or(out),
        }
    }

    /// The condition on passages of the query `q` (a superset of what it
    /// matches).
    pub(crate) fn of(q: &Query) -> Cond {
        match q {
            Query::Word {
                stems,
                folded,
                prefix: true,
                ..
            } => prefix(stems, folded),
            Query::Word {
                folded,
                exact: true,
                ..
            } => Cond::and(
                folded
                    .iter()
                    .map(|w| Cond::Match(Column::Folded, lexeme(w, false)))
                    .collect(),
            ),
            Query::Word {
                stems, variants, ..
            } => with_variants(stems, variants, 0),
            Query::Phrase {
                stems,
                slop,
                variants,
                ..
            } => with_variants(stems, variants, *slop),
            // What `NOT` leaves out is left out by juxta: a superset.
            Query::And(v) => Cond::and(
                v.iter()
                    .filter(|q| !matches!(q, Query::Not(_)))
                    .map(Cond::of)
                    .collect(),
            ),
            Query::Or(v) => Cond::or(v.iter().map(Cond::of).collect()),
            Query::Not(_) => Cond::All,
        }
    }

    /// The condition as SQL on the passage alias `p`, its values pushed to
    /// `params` (numbered after `first` values bound before them).
    pub(crate) fn sql(&self, first: usize, params: &mut Vec<String>) -> String {
        match self {
            Cond::All => "true".to_string(),
            Cond::None => "false".to_string(),
            Cond::Match(column, q) => {
                params.push(q.clone());
                let column = match column {
                    Column::Stems => "p.stems",
                    Column::Folded => "p.folded",
                };
                format!("{column} @@ ${}::text::tsquery", first + params.len())
            }
            Cond::And(v) | Cond::Or(v) => {
                let join = if matches!(self, Cond::And(_)) {
                    " AND "
                } else {
                    " OR "
                };
                let parts: Vec<String> = v.iter().map(|c| c.sql(first, params)).collect();
                format!("({})", parts.join(join))
            }
        }
    }
}

/// `v` with its matches on one column joined into one `tsquery` by `op`
/// (`&` or `|`): PostgreSQL then reads each passage's words once per
/// column, not once per word of the query.
fn merged(v: Vec<Cond>, op: &str) -> Vec<Cond> {
    let mut out = Vec::new();
    let mut by_column: Vec<(Column, Vec<String>)> = Vec::new();
    for c in v {
        match c {
            Cond::Match(column, q) => match by_column.iter_mut().find(|(c, _)| *c == column) {
                Some((_, qs)) => once(qs, q),
                None => by_column.push((column, vec![q])),
            },
            c => out.push(c),
        }
    }
    for (column, qs) in by_column {
        let q = match qs.len() {
            1 => qs.concat(),
            _ => qs
                .iter()
                .map(|q| format!("({q})"))
                .collect::<Vec<_>>()
                .join(op),
        };
        out.insert(0, Cond::Match(column, q));
    }
    out
}

/// Pushes `x` unless `v` holds it already: `a OR a` is `a`, `a AND a` is
/// `a`, and PostgreSQL would test a repeat on every passage.
fn once<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// `w` as a `tsquery` lexeme, a prefix when `prefix`.
fn lexeme(w: &str, prefix: bool) -> String {
    let mut s = String::new();
    super::terms::quote_into(&mut s, w);
    if prefix {
        s.push_str(":*");
    }
    s
}

/// The stems in sequence (`<->`; with slop, all of them anywhere).
fn sequence(stems: &[String], slop: u32) -> Cond {
    if stems.is_empty() {
        // The index matches nothing for a word that analyzes to nothing.
        return Cond::None;
    }
    let join = if slop == 0 { " <-> " } else { " & " };
    let q: Vec<String> = stems.iter().map(|s| lexeme(s, false)).collect();
    Cond::Match(Column::Stems, q.join(join))
}

fn with_variants(stems: &[String], variants: &[Vec<String>], slop: u32) -> Cond {
    let mut any = vec![sequence(stems, slop)];
    any.extend(variants.iter().map(|v| sequence(v, 0)));
    Cond::or(any)
}

/// `word*`: the folded prefix; with several words, the words before it in
/// sequence too.
fn prefix(stems: &[String], folded: &[String]) -> Cond {
    let Some(last) = folded.last() else {
        return Cond::None;
    };
    let last = Cond::Match(Column::Folded, lexeme(last, true));
    if folded.len() == 1 {
        return last;
    }
    let leading = &stems[..stems.len().min(folded.len()) - 1];
    Cond::and(vec![sequence(leading, 0), last])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cond(q: &str) -> Cond {
        Cond::of(&Query::parse_in(q, "en").unwrap())
    }

    fn sql(q: &str) -> (String, Vec<String>) {
        let mut params = Vec::new();
        let s = cond(q).sql(2, &mut params);
        (s, params)
    }

    #[test]
    fn words_phrases_and_operators_become_tsquery_conditions() {
        let (s, p) = sql("truce AND (Russia OR \"war zone\")");
        // One tsquery per column: the passage's words are read once.
        assert_eq!(s, "p.stems @@ $3::text::tsquery");
        assert_eq!(p, ["('truce') & (('russia') | ('war' <-> 'zone'))"]);
        // Counter-example: conditions on two columns stay two.
        let (s, p) = sql("truce AND russ*");
        assert_eq!(
            s,
            "(p.folded @@ $3::text::tsquery AND p.stems @@ $4::text::tsquery)"
        );
        assert_eq!(p, ["'russ':*", "'truce'"]);
        // "ceasefire" also matches its open spelling, as the index does.
        assert_eq!(
            cond("ceasefire"),
            Cond::Match(
                Column::Stems,
                "('ceasefir') | ('cea' <-> 'efir') | ('ceas' <-> 'fire')".into()
            )
        );
    }

    #[test]
    fn a_repeated_query_is_tested_once() {
        let facet = "truce OR \"war zone\"";
        let scope = "Russia";
        // A scope and a facet, then both again for a language without a
        // query of its own.
        let all = Cond::or(vec![cond(scope), cond(facet), cond(scope), cond(facet)]);
        let mut p = Vec::new();
        all.sql(0, &mut p);
        assert_eq!(p, ["('russia') | (('truce') | ('war' <-> 'zone'))"]);
        assert_eq!(Cond::and(vec![cond("truce"), cond("truce")]), cond("truce"));
        // Counter-example: on different columns, the same word is two tests.
        let two = Cond::or(vec![cond("truce"), cond("=truce")]);
        let mut p = Vec::new();
        assert_eq!(
            two.sql(0, &mut p),
            "(p.folded @@ $1::text::tsquery OR p.stems @@ $2::text::tsquery)"
        );
    }

    #[test]
    fn prefixes_and_exact_forms_use_the_folded_words() {
        let (s, p) = sql("russ* OR =bases");
        assert_eq!(s, "p.folded @@ $3::text::tsquery");
        assert_eq!(p, ["('russ':*) | ('bases')"]);
    }

    #[test]
    fn not_and_slop_widen_the_selection_never_narrow_it() {
        // NOT is left to juxta.
        assert_eq!(cond("NOT war"), Cond::All);
        assert_eq!(
            cond("peace AND NOT war"),
            Cond::Match(Column::Stems, "'peac'".into())
        );
        // A phrase with slop: its words anywhere.
        assert_eq!(
            cond("\"war zone\"~2"),
            Cond::Match(Column::Stems, "'war' & 'zone'".into())
        );
        // Counter-example: without slop, a phrase stays a phrase.
        assert_eq!(
            cond("\"war zone\""),
            Cond::Match(Column::Stems, "'war' <-> 'zone'".into())
        );
    }

    #[test]
    fn quotes_and_sql_in_a_query_are_values_never_statement_text() {
        let (s, p) = sql("\"x'); DROP TABLE juxta_document; --\" OR o'brien");
        assert!(!s.contains("DROP") && !s.contains('\''), "{s}");
        assert!(p.iter().any(|v| v.contains("drop")), "{p:?}");
        for v in &p {
            // Every quote inside a lexeme is doubled.
            assert_eq!(v.matches('\'').count() % 2, 0, "{v}");
        }
    }
}
