//! juxta's queries translated to `tsquery`s over the archive's terms
//! ([`super::terms`]), mirroring [`Query::to_tantivy`] clause by clause:
//! words and their spelling variants to stemmed lexemes, phrases to `<->`,
//! `word*` to a folded prefix (`:*`), `=word` to folded lexemes, `AND`,
//! `OR` and `NOT` to `&`, `|` and `!`.
//!
//! A translation never misses a passage the index query matches (it is a
//! superset); it is *exact* when it matches the same passages. One
//! construct has no exact translation: a phrase with slop (`"a b"~2`),
//! which becomes its words joined by `&`. Under a `NOT`, an inexact
//! translation cannot be negated without missing passages, so the `NOT`
//! is dropped (everything passes it); the index, which evaluates the
//! query itself on the candidates, then excludes what it should.

use super::terms::{FOLDED, STEMMED, quoted};
use crate::query::Query;

/// What a translation matches.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Matches {
    /// Every passage (no condition).
    All,
    /// No passage.
    Nothing,
    /// The passages this `tsquery` matches.
    Expr(String),
}

/// A translation, and whether it matches exactly what the index would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tsq {
    pub(crate) matches: Matches,
    pub(crate) exact: bool,
}

fn exact(matches: Matches) -> Tsq {
    Tsq {
        matches,
        exact: true,
    }
}

fn expr(s: String, exact: bool) -> Tsq {
    Tsq {
        matches: Matches::Expr(s),
        exact,
    }
}

/// Any of `parts` (`OR`).
pub(crate) fn any(parts: Vec<Tsq>) -> Tsq {
    if parts.iter().any(|t| t.matches == Matches::All) {
        return Tsq {
            matches: Matches::All,
            exact: parts.iter().any(|t| t.matches == Matches::All && t.exact),
        };
    }
    // The same alternative once (a facet's query as written and in
    // English are the same).
    let mut seen = std::collections::HashSet::new();
    let kept: Vec<Tsq> = parts
        .into_iter()
        .filter(|t| t.matches != Matches::Nothing && seen.insert(t.matches.clone()))
        .collect();
    join(kept, " | ", Matches::Nothing)
}

/// All of `parts` (`AND`).
fn every(parts: Vec<Tsq>) -> Tsq {
    if parts.iter().any(|t| t.matches == Matches::Nothing) {
        return exact(Matches::Nothing);
    }
    let all_exact = parts.iter().all(|t| t.exact);
    let kept: Vec<Tsq> = parts
        .into_iter()
        .filter(|t| t.matches != Matches::All)
        .collect();
    let mut t = join(kept, " & ", Matches::All);
    t.exact = all_exact;
    t
}

/// `parts` joined by `op`; `empty` when there are none.
fn join(parts: Vec<Tsq>, op: &str, empty: Matches) -> Tsq {
    let exact_all = parts.iter().all(|t| t.exact);
    let mut exprs: Vec<String> = parts
        .into_iter()
        .filter_map(|t| match t.matches {
            Matches::Expr(e) => Some(e),
            _ => None,
        })
        .collect();
    match exprs.len() {
        0 => exact(empty),
        1 => expr(exprs.pop().unwrap_or_default(), exact_all),
        _ => expr(format!("( {} )", exprs.join(op)), exact_all),
    }
}

/// Not `t`: exact when `t` is; everything when `t` is not (see the module).
fn not(t: Tsq) -> Tsq {
    if !t.exact {
        return Tsq {
            matches: Matches::All,
            exact: false,
        };
    }
    exact(match t.matches {
        Matches::All => Matches::Nothing,
        Matches::Nothing => Matches::All,
        Matches::Expr(e) => Matches::Expr(format!("!{e}")),
    })
}

fn lexeme(mark: char, term: &str) -> Tsq {
    exact(Matches::Expr(quoted(mark, term)))
}

/// A phrase of stems with `slop` (mirrors `phrase_or_term`).
fn phrase(stems: &[String], slop: u32) -> Tsq {
    match stems {
        [] => exact(Matches::Nothing),
        [one] => lexeme(STEMMED, one),
        _ => {
            let words: Vec<String> = stems.iter().map(|s| quoted(STEMMED, s)).collect();
            match slop {
                0 => expr(format!("( {} )", words.join(" <-> ")), true),
                // Words within a distance: all of them, anywhere.
                _ => expr(format!("( {} )", words.join(" & ")), false),
            }
        }
    }
}

/// Stems or any of their variants (mirrors `with_variants`).
fn with_variants(stems: &[String], variants: &[Vec<String>], slop: u32) -> Tsq {
    let mut parts = vec![phrase(stems, slop)];
    parts.extend(variants.iter().map(|v| phrase(v, 0)));
    any(parts)
}

/// A folded prefix: the folded lexemes that begin with it.
fn prefix(folded: &str) -> Tsq {
    expr(format!("{}:*", quoted(FOLDED, folded)), true)
}

/// The translation of `q`.
pub(crate) fn translate(q: &Query) -> Tsq {
    match q {
        Query::Word {
            stems,
            folded,
            prefix: true,
            ..
        } => match folded.as_slice() {
            [] => exact(Matches::Nothing),
            [one] => prefix(one),
            [.., last] => {
                let leading = &stems[..stems.len().min(folded.len()) - 1];
                every(vec![phrase(leading, 0), prefix(last)])
            }
        },
        Query::Word {
            folded,
            exact: true,
            ..
        } => match folded.as_slice() {
            // An empty boolean query in the index: nothing.
            [] => exact(Matches::Nothing),
            _ => every(folded.iter().map(|f| lexeme(FOLDED, f)).collect()),
        },
        Query::Word {
            stems, variants, ..
        } => with_variants(stems, variants, 0),
        Query::Phrase {
            stems,
            slop,
            variants,
            ..
        } => with_variants(stems, variants, *slop),
        Query::And(v) => every(
            v.iter()
                .map(|q| match q {
                    Query::Not(inner) => not(translate(inner)),
                    q => translate(q),
                })
                .collect(),
        ),
        Query::Or(v) => any(v.iter().map(translate).collect()),
        Query::Not(inner) => not(translate(inner)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(q: &str) -> Tsq {
        translate(&Query::parse(q).unwrap())
    }

    fn e(q: &str) -> String {
        match t(q).matches {
            Matches::Expr(s) => s,
            other => panic!("{q}: {other:?}"),
        }
    }

    #[test]
    fn words_phrases_and_operators_translate_exactly() {
        assert_eq!(e("talks"), "'stalk'");
        assert_eq!(e("\"new deal\""), "( 'snew' <-> 'sdeal' )");
        assert_eq!(e("Russia AND talks"), "( 'srussia' & 'stalk' )");
        assert_eq!(e("Russia OR talks"), "( 'srussia' | 'stalk' )");
        assert_eq!(e("Russia NOT talks"), "( 'srussia' & !'stalk' )");
        assert_eq!(e("NOT talks"), "!'stalk'");
        assert_eq!(e("talk*"), "'ftalk':*");
        assert_eq!(e("=talks"), "'ftalks'");
        for q in ["talks", "\"new deal\"", "a AND NOT b", "talk*", "=talks"] {
            assert!(t(q).exact, "{q}");
        }
    }

    #[test]
    fn compounds_match_their_other_spellings() {
        // Each split into parts of at least four letters.
        assert_eq!(
            e("ceasefire"),
            "( 'sceasefir' | ( 'scea' <-> 'sefir' ) | ( 'sceas' <-> 'sfire' ) )"
        );
        assert_eq!(
            e("\"peace deal\""),
            "( ( 'speac' <-> 'sdeal' ) | 'speaced' )"
        );
    }

    #[test]
    fn slop_is_a_superset_and_not_negated() {
        let q = t("\"new deal\"~2");
        assert_eq!(q.matches, Matches::Expr("( 'snew' & 'sdeal' )".into()));
        assert!(!q.exact);
        // Its negation cannot be expressed without missing passages.
        let q = t("talks NOT \"new deal\"~2");
        assert_eq!(q.matches, Matches::Expr("'stalk'".into()));
        assert!(!q.exact);
        let q = t("NOT \"new deal\"~2");
        assert_eq!(q.matches, Matches::All);
        assert!(!q.exact);
    }

    #[test]
    fn hostile_text_stays_inside_quoted_lexemes() {
        let s = e("\"x' OR '1'='1\"");
        assert!(!s.contains("'1'='1'"), "{s}");
        let s = e("\"Russia'); DROP TABLE juxta_document; --\"");
        assert!(s.starts_with("( 'srussia' <->"), "{s}");
    }

    #[test]
    fn alternatives_are_kept_once() {
        assert_eq!(
            e("talks OR talk OR peace OR talks"),
            "( 'stalk' | 'speac' )"
        );
    }

    #[test]
    fn nothing_and_all_combine() {
        assert_eq!(any(vec![]).matches, Matches::Nothing);
        assert_eq!(every(vec![]).matches, Matches::All);
        let n = exact(Matches::Nothing);
        assert_eq!(not(n.clone()).matches, Matches::All);
        assert_eq!(
            every(vec![n, lexeme(STEMMED, "a")]).matches,
            Matches::Nothing
        );
    }
}
