//! The statistics of BM25 over all the passages of a project's outlets in
//! the archive, for scoring the candidates a build reads as a folder's
//! index scores them: how many passages, how many words, and in how many
//! passages each query word occurs. Pushes keep them per outlet
//! (`juxta_outlet_stats`, `juxta_term_df`); exact word forms (`=word`),
//! rare in queries, are counted when asked.

use std::collections::{BTreeSet, HashMap};

use tantivy::Term;
use tantivy::schema::Field;

use super::Archive;
use crate::config::Project;
use crate::error::{Error, Result};
use crate::query::Query;

/// The statistics a build scores with.
#[derive(Debug)]
pub(crate) struct Stats {
    passages: u64,
    tokens: u64,
    /// Stem → passages holding it, for every stem of the build's queries.
    stems: HashMap<String, u64>,
    /// Folded word → passages holding it, for every exact form asked.
    folded: HashMap<String, u64>,
    text: Field,
    folded_field: Field,
}

/// The stems and exact forms of `q`.
fn words_of(q: &Query, stems: &mut BTreeSet<String>, folded: &mut BTreeSet<String>) {
    match q {
        Query::Word {
            stems: s,
            folded: f,
            exact,
            variants,
            ..
        } => {
            stems.extend(s.iter().cloned());
            stems.extend(variants.iter().flatten().cloned());
            if *exact {
                folded.extend(f.iter().cloned());
            }
        }
        Query::Phrase {
            stems: s, variants, ..
        } => {
            stems.extend(s.iter().cloned());
            stems.extend(variants.iter().flatten().cloned());
        }
        Query::And(v) | Query::Or(v) => v.iter().for_each(|q| words_of(q, stems, folded)),
        Query::Not(q) => words_of(q, stems, folded),
    }
}

impl Stats {
    /// Reads the statistics of the project's outlets for the words of
    /// `queries`. An archive whose passages were pushed before juxta
    /// analyzed them is an error naming what to run.
    pub(crate) fn read(a: &mut Archive, project: &Project, queries: &[Query]) -> Result<Stats> {
        let outlets: Vec<String> = project.outlets.iter().map(|o| o.id.clone()).collect();
        let old: i64 = a
            .client
            .query_one(
                "SELECT count(*) FROM juxta_passage p JOIN juxta_document d ON d.id = p.document \
                 WHERE p.stems IS NULL AND d.outlet = ANY($1)",
                &[&outlets],
            )
            .map_err(|e| a.err(&e, "checking the passages"))?
            .get(0);
        if old > 0 {
            return Err(Error::build(format!(
                "{old} passages in the archive {} were pushed by a juxta older than its schema",
                a.shown
            ))
            .hint(
                "run `juxta archive push` with this juxta from a project holding those sources",
            ));
        }
        let row = a
            .client
            .query_one(
                "SELECT coalesce(sum(passages), 0)::bigint, coalesce(sum(tokens), 0)::bigint \
                 FROM juxta_outlet_stats WHERE outlet = ANY($1)",
                &[&outlets],
            )
            .map_err(|e| a.err(&e, "reading the statistics"))?;
        let (passages, tokens): (i64, i64) = (row.get(0), row.get(1));
        let (mut stems, mut folded) = (BTreeSet::new(), BTreeSet::new());
        queries
            .iter()
            .for_each(|q| words_of(q, &mut stems, &mut folded));
        let stems: Vec<String> = stems.into_iter().collect();
        let mut by_stem: HashMap<String, u64> = stems.iter().map(|s| (s.clone(), 0)).collect();
        let rows = a
            .client
            .query(
                "SELECT term, sum(df)::bigint FROM juxta_term_df \
                 WHERE outlet = ANY($1) AND term = ANY($2) GROUP BY term",
                &[&outlets, &stems],
            )
            .map_err(|e| a.err(&e, "reading the statistics"))?;
        for r in rows {
            by_stem.insert(r.get(0), r.get::<_, i64>(1).max(0) as u64);
        }
        let mut by_folded = HashMap::new();
        for w in folded {
            let mut q = String::new();
            super::terms::quote_into(&mut q, &w);
            let n: i64 = a
                .client
                .query_one(
                    "SELECT count(*) FROM juxta_passage p JOIN juxta_document d ON d.id = p.document \
                     WHERE d.outlet = ANY($1) AND p.folded @@ $2::text::tsquery",
                    &[&outlets, &q],
                )
                .map_err(|e| a.err(&e, "reading the statistics"))?
                .get(0);
            by_folded.insert(w, n.max(0) as u64);
        }
        let (_, fields) = crate::corpus::schema();
        Ok(Stats {
            passages: passages.max(0) as u64,
            tokens: tokens.max(0) as u64,
            stems: by_stem,
            folded: by_folded,
            text: fields.text,
            folded_field: fields.folded,
        })
    }

    /// How many passages the project's outlets hold.
    pub(crate) fn passages(&self) -> u64 {
        self.passages
    }
}

impl tantivy::query::Bm25StatisticsProvider for Stats {
    fn total_num_tokens(&self, _field: Field) -> tantivy::Result<u64> {
        // The stemmed and folded words of a passage are the same words.
        Ok(self.tokens)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.passages)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        let value = term.value();
        let word = value.as_str().unwrap_or_default();
        let known = if term.field() == self.text {
            self.stems.get(word)
        } else if term.field() == self.folded_field {
            self.folded.get(word)
        } else {
            None
        };
        known.copied().ok_or_else(|| {
            tantivy::TantivyError::InternalError(format!(
                "no statistics were read for the word {word:?}"
            ))
        })
    }
}
