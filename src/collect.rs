//! The collector: for each facet × outlet cell of a theme, the passages that
//! best show how the outlet treats the facet.
//!
//! A passage must match the theme's scope and the facet's query. Candidates
//! come from the index ranked by BM25; the cell keeps the best ones above a
//! minimum relevance, skips near-duplicates of passages already chosen, and
//! does not repeat a passage shown under an earlier facet unless the theme
//! sets `repeat-passages = true`.

use std::collections::HashSet;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query as TQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

use crate::analysis::Analyzer;
use crate::config::{Facet, Project, Theme};
use crate::corpus::Corpus;
use crate::error::{Error, Result};
use crate::query::{Query, both};

/// How many candidates per cell are read from the index.
const CANDIDATES: usize = 64;

/// The passages of a theme, facet by facet and outlet by outlet.
#[derive(Debug, Clone, Serialize)]
pub struct Collection {
    /// Theme id.
    pub theme: String,
    /// Theme title.
    pub title: String,
    /// The question the briefing answers.
    pub question: Option<String>,
    /// The scope query as written.
    pub scope: Option<String>,
    /// Outlet ids, in column order.
    pub outlets: Vec<String>,
    /// Facets in order.
    pub facets: Vec<FacetCells>,
}

/// One facet's row of cells.
#[derive(Debug, Clone, Serialize)]
pub struct FacetCells {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The facet query as written.
    pub query: String,
    /// One cell per outlet, in column order.
    pub cells: Vec<Cell>,
}

/// A facet × outlet cell.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    /// Outlet id.
    pub outlet: String,
    /// How many passages of the outlet matched the facet (and scope).
    pub matches: usize,
    /// The best BM25 score among them.
    pub best_score: Option<f32>,
    /// The passages shown.
    pub passages: Vec<Passage>,
}

/// A passage shown in a cell.
#[derive(Debug, Clone, Serialize)]
pub struct Passage {
    /// The paragraph's text.
    pub text: String,
    /// Path of the source file.
    pub source: String,
    /// Index into the document's paragraphs (as `juxta inspect` numbers them, from 0).
    pub paragraph: usize,
    /// BM25 score.
    pub score: f32,
    /// Query terms that matched, as written in the query.
    pub matched: Vec<String>,
    /// Byte ranges of matched words in `text`, for highlighting.
    pub highlights: Vec<[usize; 2]>,
    /// Source lines of the paragraph.
    pub lines: [usize; 2],
}

/// Collects the passages of `theme`.
pub fn collect(project: &Project, corpus: &Corpus, theme: &Theme) -> Result<Collection> {
    let searcher = corpus.reader.searcher();
    let f = corpus.fields;
    let mut analyzer = Analyzer::default();
    let mut shown: HashSet<(usize, usize)> = HashSet::new();
    let mut facets = Vec::new();
    for facet in &theme.facets {
        let query = facet_query(theme, facet);
        let tq = query.to_tantivy(f.text, f.folded);
        let mut cells = Vec::new();
        for outlet in &theme.outlets {
            let outlet_q: Box<dyn TQuery> = Box::new(ConstScoreQuery::new(
                Box::new(TermQuery::new(
                    Term::from_field_text(f.outlet, outlet),
                    IndexRecordOption::Basic,
                )),
                0.0,
            ));
            let q = BooleanQuery::new(vec![(Occur::Must, tq.box_clone()), (Occur::Must, outlet_q)]);
            let (top, count) = searcher
                .search(
                    &q,
                    &(TopDocs::with_limit(CANDIDATES).order_by_score(), Count),
                )
                .map_err(|e| Error::build(format!("search failed: {e}")))?;
            let mut candidates = Vec::new();
            for (score, addr) in top {
                let d: TantivyDocument = searcher
                    .doc(addr)
                    .map_err(|e| Error::build(format!("index read failed: {e}")))?;
                let di = d.get_first(f.doc).and_then(|v| v.as_u64()).unwrap_or(0) as usize;
                let pi = d.get_first(f.para).and_then(|v| v.as_u64()).unwrap_or(0) as usize;
                candidates.push((score, di, pi));
            }
            let best_score = candidates.first().map(|c| c.0);
            let mut passages: Vec<Passage> = Vec::new();
            let mut chosen_words: Vec<HashSet<String>> = Vec::new();
            for (score, di, pi) in candidates {
                if passages.len() >= theme.passages_per_cell {
                    break;
                }
                if !theme.repeat_passages && shown.contains(&(di, pi)) {
                    continue;
                }
                let Some(doc) = corpus.documents.get(di) else {
                    continue;
                };
                let Some(p) = doc.paragraphs.get(pi) else {
                    continue;
                };
                let words = analyzer.words(&p.text);
                let Some(m) = query.matches(&words) else {
                    continue;
                };
                let set: HashSet<String> = words.iter().map(|w| w.stem.clone()).collect();
                if chosen_words.iter().any(|c| jaccard(c, &set) > 0.6) {
                    continue;
                }
                chosen_words.push(set);
                shown.insert((di, pi));
                passages.push(Passage {
                    text: p.text.clone(),
                    source: doc.path.clone(),
                    paragraph: pi,
                    score,
                    matched: facet_terms(facet, &m.terms),
                    highlights: m.spans.iter().map(|&(s, e)| [s, e]).collect(),
                    lines: p.lines,
                });
            }
            cells.push(Cell {
                outlet: outlet.clone(),
                matches: count,
                best_score,
                passages,
            });
        }
        facets.push(FacetCells {
            id: facet.id.clone(),
            title: facet.title.clone(),
            query: facet.query_text.clone(),
            cells,
        });
    }
    let _ = project;
    Ok(Collection {
        theme: theme.id.clone(),
        title: theme.title.clone(),
        question: theme.question.clone(),
        scope: theme.scope.as_ref().map(|s| s.0.clone()),
        outlets: theme.outlets.clone(),
        facets,
    })
}

/// The query a facet's passages must match: scope AND facet.
pub fn facet_query(theme: &Theme, facet: &Facet) -> Query {
    match &theme.scope {
        Some((_, scope)) if !theme.implicit_facet => both(scope, &facet.query),
        _ => facet.query.clone(),
    }
}

/// Matched terms, facet terms first (scope terms are context).
fn facet_terms(facet: &Facet, terms: &std::collections::BTreeSet<String>) -> Vec<String> {
    let facet_labels: HashSet<String> = facet.query.terms().into_iter().collect();
    let mut out: Vec<String> = terms
        .iter()
        .filter(|t| facet_labels.contains(*t))
        .cloned()
        .collect();
    out.extend(terms.iter().filter(|t| !facet_labels.contains(*t)).cloned());
    out
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}
