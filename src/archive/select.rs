//! A build's candidate passages, selected in PostgreSQL, and the BM25
//! statistics of the project's passages, read from it.
//!
//! Per theme built, the candidates are the passages of the theme's
//! documents (its outlets, in its period) that match any of its facets'
//! queries (each in every language of the theme's documents, and as
//! written), translated to `tsquery`s over the stored terms
//! ([`super::tsquery`]); when the scope selects articles, also the first
//! passage of each document that matches the scope (the index needs one to
//! know the article is in scope). Passages stored as lossy are always
//! candidates. The translations never miss a passage, so the index, which
//! evaluates the queries on the candidates, finds what it would find among
//! all passages; its BM25 scores use the statistics of all the project's
//! passages ([`ArchiveStats`]), so the ranking is the same as well.
//!
//! Every statement is a constant with bound parameters: queries travel as
//! `tsquery` values, never as SQL.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use tantivy::Term;
use tantivy::query::Bm25StatisticsProvider;

use super::Archive;
use super::tsquery::{Matches, Tsq, any, translate};
use crate::config::Theme;
use crate::corpus::{Entry, Fields};
use crate::error::Result;

/// Every passage of the documents `$1`.
const ALL_OF: &str = "SELECT document, para, text FROM juxta_passage WHERE document = ANY($1)";

/// The passages of the documents `$1` that match `$2` (or are lossy).
const MATCHING: &str = "SELECT document, para, text FROM juxta_passage \
     WHERE document = ANY($1) AND (lossy OR terms @@ $2::text::tsquery)";

/// The first passage in language `$3` of each document of `$1` that
/// matches `$2`.
const FIRST_MATCHING: &str = "SELECT DISTINCT ON (document) document, para, text \
     FROM juxta_passage WHERE document = ANY($1) AND lang = $3 AND terms @@ $2::text::tsquery \
     ORDER BY document, para";

/// The lossy passages of the documents `$1`.
const LOSSY: &str =
    "SELECT document, para, text FROM juxta_passage WHERE document = ANY($1) AND lossy";

/// The passages of the outlets `$1`: how many, and their tokens per field.
const TOTALS: &str = "SELECT count(*), coalesce(sum(stemmed_tokens), 0)::int8, \
     coalesce(sum(folded_tokens), 0)::int8 FROM juxta_passage WHERE outlet = ANY($1)";

/// Per lexeme of `$2`, how many passages of the outlets `$1` hold it.
const DOC_FREQS: &str = "SELECT u.i, (SELECT count(*) FROM juxta_passage p \
     WHERE p.outlet = ANY($1) AND p.terms @@ u.q::tsquery) \
     FROM unnest($2::text[]) WITH ORDINALITY AS u(q, i)";

/// A candidate: row id of its document, paragraph, text.
pub(crate) type Row = (i64, i32, String);

/// What the index must hold for one theme.
#[derive(Debug, PartialEq)]
pub(crate) struct Wanted {
    /// Every passage that may match a facet.
    pub(crate) facets: Tsq,
    /// Per analysis language, one passage per document in it that matches
    /// the scope in that language, when the scope selects articles (the
    /// index searches each language's passages with its own scope).
    pub(crate) scope: Option<Vec<(String, Tsq)>>,
}

/// The analysis languages of the documents of the theme's outlets, as
/// [`crate::collect::theme_languages`] reads them.
fn languages(entries: &[Entry], theme: &Theme) -> BTreeSet<String> {
    entries
        .iter()
        .filter(|d| {
            d.outlet
                .as_ref()
                .is_some_and(|o| theme.outlets.iter().any(|t| t == o))
        })
        .map(|d| crate::analysis::analysis_language(d.language.as_deref()).to_string())
        .collect()
}

/// What theme `theme` needs, for documents in `languages`.
pub(crate) fn wanted(theme: &Theme, languages: &BTreeSet<String>) -> Wanted {
    let mut facets = Vec::new();
    for f in &theme.facets {
        facets.push(translate(&f.query));
        facets.extend(languages.iter().map(|c| translate(&f.query_for(c))));
    }
    if theme.scope_selects_articles() {
        let scope = languages
            .iter()
            .filter_map(|c| Some((c.clone(), translate(&theme.scope_for(c)?))))
            .collect();
        return Wanted {
            facets: any(facets),
            scope: Some(scope),
        };
    }
    // The scope matches per paragraph, or it is the facet: a facet's
    // candidates hold its matches.
    if let Some((_, q)) = &theme.scope {
        facets.push(translate(q));
        let langs = languages.iter().filter_map(|c| theme.scope_for(c));
        facets.extend(langs.map(|q| translate(&q)));
    }
    Wanted {
        facets: any(facets),
        scope: None,
    }
}

/// The candidate passages of the themes `themes` among the scanned
/// sources (`entries`, whose row ids are `ids`).
pub(crate) fn candidates(
    a: &mut Archive,
    entries: &[Entry],
    ids: &[i64],
    themes: &[&Theme],
) -> Result<Vec<Row>> {
    let mut out: HashSet<(i64, i32)> = HashSet::new();
    let mut rows = Vec::new();
    for theme in themes {
        let docs: Vec<i64> = entries
            .iter()
            .zip(ids)
            .filter(|(e, _)| {
                e.outlet
                    .as_ref()
                    .is_some_and(|o| theme.outlets.iter().any(|t| t == o))
                    && theme.period.contains(e.date)
            })
            .map(|(_, &id)| id)
            .collect();
        let w = wanted(theme, &languages(entries, theme));
        let mut found = matching(a, &docs, &w.facets)?;
        for (code, scope) in w.scope.iter().flatten() {
            found.extend(first_matching(a, &docs, code, scope)?);
        }
        for r in found {
            if out.insert((r.0, r.1)) {
                rows.push(r);
            }
        }
    }
    Ok(rows)
}

fn run(
    a: &mut Archive,
    sql: &str,
    params: &[&(dyn postgres::types::ToSql + Sync)],
) -> Result<Vec<Row>> {
    let rows = a
        .client
        .query(sql, params)
        .map_err(|e| a.err(&e, "selecting the candidate passages"))?;
    Ok(rows
        .into_iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect())
}

/// The passages of `docs` that `q` may match.
fn matching(a: &mut Archive, docs: &[i64], q: &Tsq) -> Result<Vec<Row>> {
    match &q.matches {
        Matches::Nothing => run(a, LOSSY, &[&docs]),
        Matches::All => run(a, ALL_OF, &[&docs]),
        Matches::Expr(e) => run(a, MATCHING, &[&docs, e]),
    }
}

/// At least the first passage in language `code` of each document of
/// `docs` that `q` matches: that one when the translation is exact, else
/// every passage it may match.
fn first_matching(a: &mut Archive, docs: &[i64], code: &str, q: &Tsq) -> Result<Vec<Row>> {
    match (&q.matches, q.exact) {
        (Matches::Expr(e), true) => {
            let mut rows = run(a, FIRST_MATCHING, &[&docs, e, &code])?;
            rows.extend(run(a, LOSSY, &[&docs])?);
            Ok(rows)
        }
        _ => matching(a, docs, q),
    }
}

/// The passages of the outlets: how many, their stemmed and folded tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Totals {
    passages: u64,
    stemmed: u64,
    folded: u64,
}

/// The totals of the passages of `outlets`.
pub(crate) fn totals(a: &mut Archive, outlets: &[String]) -> Result<Totals> {
    let r = a
        .client
        .query_one(TOTALS, &[&outlets])
        .map_err(|e| a.err(&e, "counting the passages"))?;
    let n = |i: usize| r.get::<_, i64>(i).max(0) as u64;
    Ok(Totals {
        passages: n(0),
        stemmed: n(1),
        folded: n(2),
    })
}

/// The BM25 statistics of all the passages of the project's outlets, read
/// from the archive (document frequencies when a search needs them).
pub(crate) struct ArchiveStats {
    archive: Arc<Mutex<Archive>>,
    outlets: Vec<String>,
    totals: Totals,
    fields: Fields,
    freqs: Mutex<HashMap<Term, u64>>,
}

impl ArchiveStats {
    pub(crate) fn new(
        archive: Arc<Mutex<Archive>>,
        outlets: Vec<String>,
        totals: Totals,
        fields: Fields,
    ) -> ArchiveStats {
        ArchiveStats {
            archive,
            outlets,
            totals,
            fields,
            freqs: Mutex::new(HashMap::new()),
        }
    }

    /// The lexeme of an index term, if its field is stored.
    fn lexeme(&self, t: &Term) -> Option<String> {
        let mark = if t.field() == self.fields.text {
            super::terms::STEMMED
        } else if t.field() == self.fields.folded {
            super::terms::FOLDED
        } else {
            return None;
        };
        Some(super::terms::quoted(mark, t.value().as_str()?))
    }
}

fn stats_err(e: impl std::fmt::Display) -> tantivy::TantivyError {
    tantivy::TantivyError::InternalError(format!("the archive's statistics: {e}"))
}

impl crate::corpus::GlobalStats for ArchiveStats {
    fn prefetch(&self, terms: &[Term]) -> tantivy::Result<()> {
        let mut freqs = self.freqs.lock().map_err(stats_err)?;
        let missing: Vec<(&Term, String)> = terms
            .iter()
            .filter(|t| !freqs.contains_key(*t))
            .filter_map(|t| Some((t, self.lexeme(t)?)))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let started = std::time::Instant::now();
        let lexemes: Vec<&str> = missing.iter().map(|(_, l)| l.as_str()).collect();
        let mut a = self.archive.lock().map_err(stats_err)?;
        let rows = a
            .client
            .query(DOC_FREQS, &[&self.outlets, &lexemes])
            .map_err(|e| stats_err(a.err(&e, "counting the passages of terms").render()))?;
        for r in rows {
            let i = r.get::<_, i64>(0) as usize;
            if let Some((t, _)) = missing.get(i.wrapping_sub(1)) {
                freqs.insert((*t).clone(), r.get::<_, i64>(1).max(0) as u64);
            }
        }
        let what = format!("  statistics: {} document frequencies", missing.len());
        crate::timings::lap(&what, started);
        Ok(())
    }

    fn provider(&self) -> &dyn Bm25StatisticsProvider {
        self
    }
}

impl Bm25StatisticsProvider for ArchiveStats {
    fn total_num_tokens(&self, field: tantivy::schema::Field) -> tantivy::Result<u64> {
        if field == self.fields.text {
            Ok(self.totals.stemmed)
        } else if field == self.fields.folded {
            Ok(self.totals.folded)
        } else {
            Err(stats_err("no token counts of this field"))
        }
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.totals.passages)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        use crate::corpus::GlobalStats;
        if let Some(&n) = self.freqs.lock().map_err(stats_err)?.get(term) {
            return Ok(n);
        }
        self.prefetch(std::slice::from_ref(term))?;
        self.freqs
            .lock()
            .map_err(stats_err)?
            .get(term)
            .copied()
            .ok_or_else(|| stats_err("no document frequency of this field"))
    }
}
