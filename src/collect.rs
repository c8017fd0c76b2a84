//! The collector: for each facet × outlet cell of a theme, the passages that
//! best show how the outlet treats the facet.
//!
//! 1. Retrieval: a passage must match the facet's query, in an article that
//!    matches the theme's scope somewhere (the scope selects articles, the
//!    facets passages within them; with `scope-per = "paragraph"` the passage
//!    itself must match the scope). The index ranks it by BM25 on the
//!    facet's query alone (the scope filters but does not score, so "Russia"
//!    in every passage does not drown the facet's own terms). Equal scores
//!    rank by the article's place in path order, then the paragraph's,
//!    never by the index's own order of passages (see [`Rank`]).
//! 2. Minimum relevance: after the best passage of a cell, a passage must
//!    score at least [`MIN_RELATIVE`] of it, so weak matches do not fill cells.
//! 3. Short fragments (under [`SHORT_WORDS`] words) are joined with the next
//!    paragraph, or skipped when there is none.
//! 4. Selection, outlet by outlet across all facets: the candidate with the
//!    highest relevance (score relative to its cell's best), lowered by its
//!    similarity to passages already in that cell (maximal marginal
//!    relevance), goes first. Near-duplicates of a chosen passage are
//!    rejected; a passage shown under one facet is not repeated under another
//!    unless the theme sets `repeat-passages = true` — it goes to the facet
//!    where it ranks best.
//!
//! Every decision is recorded, for `juxta collect THEME --explain`.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap, HashSet};
use std::sync::Arc;

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query as TQuery};
use tantivy::{DocId, SegmentReader};

use crate::analysis::Analyzer;
use crate::compare::DocSet;
use crate::compare::text::FxMap;
use crate::config::{Facet, Theme};
use crate::corpus::{Corpus, Fast, outlet_key};
use crate::error::{Error, Result};
use crate::query::{Query, both};

/// How many candidates per cell are read from the index.
pub(crate) const CANDIDATES: usize = 24;
/// A passage after the first in a cell must score at least this share of the cell's best.
pub(crate) const MIN_RELATIVE: f32 = 0.15;
/// Passages shorter than this many words are joined with the next paragraph.
pub(crate) const SHORT_WORDS: usize = 8;
/// Passages at least this similar (Jaccard of word stems) are near-duplicates.
pub(crate) const NEAR_DUPLICATE: f64 = 0.5;
/// Weight of similarity to already chosen passages (maximal marginal relevance).
pub(crate) const DIVERSITY: f64 = 0.3;

/// The passages of a theme, facet by facet and outlet by outlet.
#[derive(Debug, Clone, Serialize)]
pub struct Collection {
    /// Theme id.
    pub(crate) theme: String,
    /// Theme title.
    pub(crate) title: String,
    /// The question the briefing answers.
    pub(crate) question: Option<String>,
    /// The scope query as written.
    pub(crate) scope: Option<String>,
    /// Outlet ids, in column order.
    pub(crate) outlets: Vec<String>,
    /// Facets in order.
    pub(crate) facets: Vec<FacetCells>,
}

/// One facet's row of cells.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FacetCells {
    /// Facet id.
    pub(crate) id: String,
    /// Facet title.
    pub(crate) title: String,
    /// The facet query as written.
    pub(crate) query: String,
    /// One cell per outlet, in column order.
    pub(crate) cells: Vec<Cell>,
}

/// A facet × outlet cell.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Cell {
    /// Outlet id.
    pub(crate) outlet: String,
    /// How many passages of the outlet matched the facet (in articles in
    /// the theme's scope; with `scope-per = "paragraph"`, matching it too).
    pub(crate) matches: usize,
    /// The best BM25 score among them.
    pub(crate) best_score: Option<f32>,
    /// The passages shown, best first.
    pub(crate) passages: Vec<Passage>,
    /// Candidates not shown, and why (for `--explain`).
    pub(crate) rejected: Vec<Rejected>,
    /// The outlet's articles per language (ISO 639-1 code → count) that
    /// this facet has no query for: they were not searched. Left out when
    /// empty.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub(crate) unmatched_languages: std::collections::BTreeMap<String, usize>,
}

/// A passage shown in a cell.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Passage {
    /// The text shown (a short paragraph joined with the next one).
    pub(crate) text: String,
    /// Path of the source file.
    pub(crate) source: String,
    /// Index into the document's paragraphs (as `juxta inspect --json` numbers them, from 0).
    pub(crate) paragraph: usize,
    /// First and last paragraph index the text spans (equal unless joined).
    pub(crate) paragraphs: [usize; 2],
    /// BM25 score of the facet's query.
    pub(crate) score: f32,
    /// Score relative to the best of its cell (1.0 for the best).
    pub(crate) relevance: f32,
    /// Rank among the cell's candidates by score (1 = best).
    pub(crate) rank: usize,
    /// Facet query terms that matched, as written in the query.
    pub(crate) matched: Vec<String>,
    /// Per facet query term, the word forms of the text it matched
    /// (lower-case): `bases` → `["based"]`, `ceasefire` → `["cease-fire"]`.
    pub(crate) word_forms: std::collections::BTreeMap<String, Vec<String>>,
    /// Scope terms that matched (context).
    pub(crate) scope_matched: Vec<String>,
    /// Byte ranges of words matching the facet query, for highlighting.
    pub(crate) highlights: Vec<[usize; 2]>,
    /// Byte ranges of words matching only the scope.
    pub(crate) scope_highlights: Vec<[usize; 2]>,
    /// Source lines the text comes from.
    pub(crate) lines: [usize; 2],
    /// Why it was chosen, in words.
    pub(crate) why: String,
    /// Set when the passage is shown under this other facet as well (the
    /// outlet has no other passage on this one).
    pub(crate) also_under: Option<String>,
}

/// A candidate that was not shown.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Rejected {
    /// Path of the source file.
    pub(crate) source: String,
    /// Paragraph index.
    pub(crate) paragraph: usize,
    /// BM25 score.
    pub(crate) score: f32,
    /// Why it is not shown.
    pub(crate) reason: String,
}

/// A passage examined for a cell, with what the selection needs to know.
#[derive(Debug, Clone)]
struct Candidate {
    doc: usize,
    para: usize,
    last_para: usize,
    score: f32,
    rank: usize,
    text: String,
    lines: [usize; 2],
    stems: HashSet<String>,
    terms: BTreeSet<String>,
    scope_terms: BTreeSet<String>,
    spans: BTreeSet<(usize, usize)>,
    scope_spans: BTreeSet<(usize, usize)>,
    /// Per facet query term, the word forms it matched in the text.
    word_forms: std::collections::BTreeMap<String, BTreeSet<String>>,
    also_under: Option<String>,
}

/// A facet × outlet grid of values, one per cell.
#[derive(Debug, Clone)]
pub(crate) struct Grid<T> {
    outlets: usize,
    cells: Vec<T>,
}

impl<T: Clone> Grid<T> {
    /// A grid of `facets` × `outlets` cells, each holding `value`.
    pub(crate) fn new(facets: usize, outlets: usize, value: T) -> Self {
        Grid {
            outlets,
            cells: vec![value; facets * outlets],
        }
    }
}

impl<T> std::ops::Index<(usize, usize)> for Grid<T> {
    type Output = T;
    fn index(&self, (facet, outlet): (usize, usize)) -> &T {
        &self.cells[facet * self.outlets + outlet]
    }
}

impl<T> std::ops::IndexMut<(usize, usize)> for Grid<T> {
    fn index_mut(&mut self, (facet, outlet): (usize, usize)) -> &mut T {
        &mut self.cells[facet * self.outlets + outlet]
    }
}

/// A passage the index found for a cell.
#[derive(Debug, Clone, Copy)]
struct Hit {
    score: f32,
    /// Index into the corpus's documents.
    doc: usize,
    /// Paragraph index within the document.
    para: usize,
}

/// What the index found for one cell: the best hits, best first, and how
/// many passages matched in all.
#[derive(Debug, Clone, Default)]
struct CellHits {
    hits: Vec<Hit>,
    matches: usize,
}

/// The work on one cell: its candidates, the passages chosen (with why),
/// and the candidates not shown.
#[derive(Debug, Clone, Default)]
struct CellWork {
    candidates: Vec<Candidate>,
    chosen: Vec<(Candidate, String)>,
    rejected: Vec<Rejected>,
}

/// Fills the cells of all outlets in one pass over a facet's matches: per
/// outlet, the top `k` passages by [`Rank`] and how many matched.
struct CellCollector<'c> {
    k: usize,
    outlets: Arc<FxMap<u64, usize>>,
    /// The documents searched (in the theme's period, and in its scope
    /// when the scope selects articles); none: every document.
    only: Option<Arc<DocSet>>,
    /// The corpus searched, whose documents the passages are of.
    corpus: &'c Corpus,
    /// Whether to keep every match (document key, paragraph) besides the
    /// best: the comparison's facet matches, found in the same search.
    keep_all: bool,
}

struct CellSegment {
    k: usize,
    outlets: Arc<FxMap<u64, usize>>,
    only: Option<Arc<DocSet>>,
    /// The document of each passage.
    positions: Arc<crate::corpus::Positions>,
    okey: Fast,
    para: Fast,
    heaps: Vec<BinaryHeap<Reverse<Rank>>>,
    counts: Vec<usize>,
    keep_all: bool,
    /// Every match, by its number in the segment (4 bytes each: a facet
    /// matches millions of passages at archive scale).
    all: Vec<DocId>,
}

/// Per outlet: its best hits, best first, and the match count; and every
/// match (document, paragraph) when asked.
struct CellFruit {
    cells: Vec<(Vec<Rank>, usize)>,
    all: Vec<crate::compare::Hit>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Score(f32);
impl Eq for Score {}
impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Score {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// A hit's place in its cell, greater first: the higher score, then (a
/// tie) the earlier document in the corpus's path order, then the earlier
/// paragraph. Never the index's own order of passages, which depends on
/// how the index was written: the folder's cache adds sources as parallel
/// reads finish, the archive's candidates in path order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank(Score, Reverse<(usize, u64)>);

impl Rank {
    fn hit(self) -> Hit {
        let Rank(Score(score), Reverse((doc, para))) = self;
        Hit {
            score,
            doc,
            para: para as usize,
        }
    }
}

/// Best first, at most `k`.
fn best(mut v: Vec<Rank>, k: usize) -> Vec<Rank> {
    v.sort_unstable_by(|a, b| b.cmp(a));
    v.truncate(k);
    v
}

impl Collector for CellCollector<'_> {
    type Fruit = CellFruit;
    type Child = CellSegment;

    fn for_segment(&self, _segment: u32, reader: &SegmentReader) -> tantivy::Result<CellSegment> {
        let n = self.outlets.len();
        Ok(CellSegment {
            k: self.k,
            outlets: self.outlets.clone(),
            only: self.only.clone(),
            positions: self.corpus.positions(reader)?,
            okey: Fast::of(reader, "okey")?,
            para: Fast::of(reader, "para")?,
            heaps: vec![BinaryHeap::new(); n],
            counts: vec![0; n],
            keep_all: self.keep_all,
            // Room for every passage of the segment, so that millions of
            // matches are never copied as the list grows: the pages of
            // what is reserved and not filled are never touched.
            all: match self.keep_all {
                true => Vec::with_capacity(reader.max_doc() as usize),
                false => Vec::new(),
            },
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<CellFruit>) -> tantivy::Result<CellFruit> {
        let n = self.outlets.len();
        let mut out: Vec<(Vec<Rank>, usize)> = vec![(Vec::new(), 0); n];
        let mut all = Vec::with_capacity(fruits.iter().map(|f| f.all.len()).sum());
        for f in fruits {
            for (i, (hits, count)) in f.cells.into_iter().enumerate() {
                out[i].0.extend(hits);
                out[i].1 += count;
            }
            all.extend(f.all);
        }
        Ok(CellFruit {
            cells: (out.into_iter())
                .map(|(hits, count)| (best(hits, self.k), count))
                .collect(),
            all,
        })
    }
}

impl CellSegment {
    /// The rank of passage `doc` of document `di` scored `score`.
    fn rank(&self, doc: DocId, di: usize, score: f32) -> Option<Rank> {
        Some(Rank(Score(score), Reverse((di, self.para.get(doc)?))))
    }
}

impl SegmentCollector for CellSegment {
    type Fruit = CellFruit;

    fn collect(&mut self, doc: DocId, score: f32) {
        let Some(di) = self.positions.get(doc) else {
            return;
        };
        if self.only.as_ref().is_some_and(|only| !only.contains(di)) {
            return;
        }
        let Some(i) = self
            .okey
            .get(doc)
            .and_then(|k| self.outlets.get(&k).copied())
        else {
            return;
        };
        self.counts[i] += 1;
        if self.keep_all {
            self.all.push(doc);
        }
        let full = self.heaps[i].len() >= self.k;
        let worst = self.heaps[i].peek().map(|Reverse(r)| *r);
        if full && worst.is_some_and(|w| score < w.0.0) {
            return;
        }
        let Some(rank) = self.rank(doc, di, score) else {
            return;
        };
        let heap = &mut self.heaps[i];
        if !full {
            heap.push(Reverse(rank));
        } else if worst.is_some_and(|w| rank > w) {
            heap.pop();
            heap.push(Reverse(rank));
        }
    }

    fn harvest(self) -> CellFruit {
        let k = self.k;
        let cells = (self.heaps.into_iter().zip(self.counts))
            .map(|(heap, count)| {
                (
                    best(heap.into_iter().map(|Reverse(r)| r).collect(), k),
                    count,
                )
            })
            .collect();
        let mut all = Vec::with_capacity(self.all.len());
        all.extend(self.all.iter().filter_map(|&doc| {
            let di = self.positions.get(doc)?;
            Some(crate::compare::hit(di, self.para.get(doc)? as usize))
        }));
        CellFruit { cells, all }
    }
}

/// Per facet, every passage it matches in the theme's documents (in its
/// outlets, period and scope), as (document, paragraph), sorted.
pub(crate) type FacetMatches = Vec<Vec<crate::compare::Hit>>;

/// Runs the facet queries against the index, on all cores: per cell, the
/// best candidates and how many passages matched; and, when `keep_all`,
/// every passage each facet matches.
fn search(
    corpus: &Corpus,
    theme: &Theme,
    in_scope: &Result<Option<DocSet>>,
    keep_all: bool,
) -> Result<(Grid<CellHits>, Option<FacetMatches>)> {
    use rayon::prelude::*;
    let searcher = corpus.reader.searcher();
    let f = corpus.fields;
    let outlets: Arc<FxMap<u64, usize>> = Arc::new(
        theme
            .outlets
            .iter()
            .enumerate()
            .map(|(i, o)| (outlet_key(o), i))
            .collect(),
    );
    let only = match (
        in_period(corpus, theme),
        in_scope.as_ref().map_err(Clone::clone)?,
    ) {
        (period, None) => period,
        (None, Some(docs)) => Some(docs.clone()),
        (Some(period), Some(docs)) => Some(period.and(docs)),
    };
    let collector = CellCollector {
        k: CANDIDATES,
        outlets,
        only: only.map(Arc::new),
        corpus,
        keep_all,
    };
    let languages = theme_languages(corpus, theme);
    let fruits = (theme.facets.par_iter())
        .map(|facet| {
            let q = facet_search(theme, facet, &languages, f);
            // Scored with the statistics of all passages when the index
            // holds only some (the archive's candidates).
            let stats = corpus.bm25.as_deref().map(|s| s as _);
            let found = crate::corpus::search_segments(&searcher, &q, &collector, stats);
            let mut fruit = found.map_err(|e| Error::build(format!("search failed: {e}")))?;
            let mut matches = std::mem::take(&mut fruit.all);
            matches.sort_unstable();
            matches.dedup();
            Ok((fruit.cells, matches))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut out = Grid::new(theme.facets.len(), theme.outlets.len(), CellHits::default());
    let mut all = Vec::with_capacity(fruits.len());
    for (fi, (cells, matches)) in fruits.into_iter().enumerate() {
        for (oi, (found, matches)) in cells.into_iter().enumerate() {
            let hits = found.into_iter().map(Rank::hit).collect();
            out[(fi, oi)] = CellHits { hits, matches };
        }
        all.push(matches);
    }
    Ok((out, keep_all.then_some(all)))
}

/// The documents in the theme's period (by their own date); none when the
/// theme reads every date.
pub(crate) fn in_period(corpus: &Corpus, theme: &Theme) -> Option<DocSet> {
    let period = &theme.period;
    period.is_limited().then(|| {
        let docs = corpus.documents.iter().enumerate();
        DocSet::of(
            corpus.documents.len(),
            docs.filter(|(_, d)| period.contains(d.date))
                .map(|(i, _)| i),
        )
    })
}

/// The documents (corpus indices) of the theme's outlets with a passage
/// that matches the theme's scope (each in its language's scope); none when
/// the scope does not select articles ([`Theme::scope_selects_articles`]).
pub(crate) fn articles_in_scope(corpus: &Corpus, theme: &Theme) -> Result<Option<DocSet>> {
    if !theme.scope_selects_articles() {
        return Ok(None);
    }
    let f = corpus.fields;
    let q = per_language(&theme_languages(corpus, theme), f, |code| {
        theme
            .scope_for(code)
            .map(|s| (Occur::Must, s.to_tantivy(f.text, f.folded)))
            .into_iter()
            .collect()
    });
    let found = crate::compare::documents_matching(corpus, theme, &*q)
        .map_err(|e| Error::build(format!("search failed: {e}")))?;
    Ok(Some(found))
}

/// The analysis languages of the documents of the theme's outlets
/// ([`crate::analysis::analysis_language`]: "en" for English and unknown).
pub(crate) fn theme_languages(corpus: &Corpus, theme: &Theme) -> BTreeSet<String> {
    // Borrowed while counting, copied once per language (a copy per
    // article was a million strings at archive scale).
    let mut found: BTreeSet<&str> = BTreeSet::new();
    let mut last: Option<&str> = None;
    let mut of_theme = crate::corpus::OutletTest::new(&theme.outlets);
    for d in &corpus.documents {
        let code = crate::analysis::analysis_language(d.language.as_deref());
        if of_theme.test(d) && last != Some(code) {
            found.insert(code);
            last = Some(code);
        }
    }
    found.into_iter().map(str::to_string).collect()
}

/// The index query of a facet: its query (scored) and, when each passage
/// must match the theme's scope, the scope (not scored); per language when
/// the theme's documents are in several (see [`per_language`]).
fn facet_search(
    theme: &Theme,
    facet: &Facet,
    languages: &BTreeSet<String>,
    f: crate::corpus::Fields,
) -> Box<dyn TQuery> {
    per_language(languages, f, |code| {
        let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = vec![(
            Occur::Must,
            facet.query_for(code).to_tantivy(f.text, f.folded),
        )];
        if let Some(s) = theme.scope_for(code)
            && !theme.scope_selects_articles()
        {
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(s.to_tantivy(f.text, f.folded), 0.0)),
            ));
        }
        clauses
    })
}

/// The index query whose clauses for language `code` are `one(code)`: those
/// clauses alone when every document is English, else per language, each
/// language's passages matched by that language's clauses.
fn per_language(
    languages: &BTreeSet<String>,
    f: crate::corpus::Fields,
    one: impl Fn(&str) -> Vec<(Occur, Box<dyn TQuery>)>,
) -> Box<dyn TQuery> {
    if languages.len() <= 1 && languages.iter().all(|l| l == "en") {
        return Box::new(BooleanQuery::new(one("en")));
    }
    let per_language = languages
        .iter()
        .map(|code| {
            let mut clauses = one(code);
            let term = tantivy::Term::from_field_text(f.lang, code);
            let lang =
                tantivy::query::TermQuery::new(term, tantivy::schema::IndexRecordOption::Basic);
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(lang), 0.0)),
            ));
            (
                Occur::Should,
                Box::new(BooleanQuery::new(clauses)) as Box<dyn TQuery>,
            )
        })
        .collect();
    Box::new(BooleanQuery::new(per_language))
}

/// How many of `docs` are in each analysis language (unknown read as
/// English), in code order.
pub(crate) fn language_counts<'a>(
    docs: impl IntoIterator<Item = &'a crate::corpus::Entry>,
) -> std::collections::BTreeMap<String, usize> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for d in docs {
        *counts
            .entry(crate::analysis::analysis_language(d.language.as_deref()))
            .or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(c, n)| (c.to_string(), n))
        .collect()
}

/// Of documents counted per language ([`language_counts`]), the languages
/// that facet `facet` of `theme` (any facet for `None`) has no query
/// written for (see [`Theme::speaks`]), with how many documents are in
/// each, in code order. Documents of unknown language are read as English
/// and never counted.
pub(crate) fn unmatched_languages(
    theme: &Theme,
    facet: Option<usize>,
    counts: &std::collections::BTreeMap<String, usize>,
) -> Vec<(String, usize)> {
    counts
        .iter()
        .filter(|(code, _)| !theme.speaks(facet, code))
        .map(|(c, &n)| (c.clone(), n))
        .collect()
}

/// Collects the passages of `theme`: retrieval, candidates, selection, cells.
pub fn collect(corpus: &Corpus, theme: &Theme) -> Result<Collection> {
    collect_in(corpus, theme, &articles_in_scope(corpus, theme))
}

/// [`collect`] with the theme's articles in scope found already
/// ([`articles_in_scope`]): a build finds them once for collect and the
/// comparison.
pub(crate) fn collect_in(
    corpus: &Corpus,
    theme: &Theme,
    in_scope: &Result<Option<DocSet>>,
) -> Result<Collection> {
    let (hits, _) = search(corpus, theme, in_scope, false)?;
    Ok(collect_hits(corpus, theme, hits))
}

/// [`collect_in`], and every passage each facet matches, found in the
/// same searches (the comparison's facet matches: see
/// [`crate::compare::prematch_from`]).
pub(crate) fn collect_matching(
    corpus: &Corpus,
    theme: &Theme,
    in_scope: &Result<Option<DocSet>>,
) -> Result<(Collection, FacetMatches)> {
    let t = std::time::Instant::now();
    let (hits, all) = search(corpus, theme, in_scope, true)?;
    let t = crate::timings::lap("    collect: the facets searched", t);
    let collection = collect_hits(corpus, theme, hits);
    crate::timings::lap("    collect: passages selected", t);
    Ok((collection, all.unwrap_or_default()))
}

/// The collection made of the facets' best hits `hits`.
fn collect_hits(corpus: &Corpus, theme: &Theme, hits: Grid<CellHits>) -> Collection {
    let mut grid = Gatherer::new(corpus, theme).gather(&hits);
    for outlet in 0..theme.outlets.len() {
        Selector::new(corpus, theme, &mut grid, outlet).run();
    }
    Collection {
        theme: theme.id.clone(),
        title: theme.title.clone(),
        question: theme.question.clone(),
        scope: theme.scope.as_ref().map(|s| s.0.clone()),
        outlets: theme.outlets.clone(),
        facets: facet_cells(corpus, theme, &hits, grid),
    }
}

/// What examining one hit gave.
enum Examined {
    /// A candidate for selection.
    Candidate(Box<Candidate>),
    /// Not a candidate, for a reason `--explain` shows.
    Rejected(Rejected),
    /// Not a passage (the index is out of step with the document).
    Skipped,
}

/// Turns the index's hits into candidates: the minimum relevance, short
/// fragments joined with the next paragraph, and the exact query match.
struct Gatherer<'a> {
    corpus: &'a Corpus,
    theme: &'a Theme,
    /// Per analysis language: its analyzer and, per facet, its queries.
    languages: HashMap<String, LanguageWork>,
}

/// What a language's passages are read and matched with.
struct LanguageWork {
    analyzer: Analyzer,
    /// Per facet: what the passage must match (scope AND facet when the
    /// scope applies per paragraph, else the facet), the facet's query, the
    /// scope.
    queries: Vec<(Query, Query, Option<Query>)>,
}

impl LanguageWork {
    fn new(theme: &Theme, code: &str) -> Self {
        let queries = theme
            .facets
            .iter()
            .map(|f| {
                let facet = f.query_for(code);
                let scope = theme.scope_for(code);
                let both = match &scope {
                    Some(s) if !theme.scope_selects_articles() => both(s, &facet),
                    _ => facet.clone(),
                };
                (both, facet, scope)
            })
            .collect();
        LanguageWork {
            analyzer: Analyzer::for_language(Some(code)),
            queries,
        }
    }
}

impl<'a> Gatherer<'a> {
    fn new(corpus: &'a Corpus, theme: &'a Theme) -> Self {
        Gatherer {
            corpus,
            theme,
            languages: HashMap::new(),
        }
    }

    /// The candidates of every cell, with the rejections that happen before selection.
    fn gather(&mut self, hits: &Grid<CellHits>) -> Grid<CellWork> {
        let (nf, no) = (self.theme.facets.len(), self.theme.outlets.len());
        let mut grid = Grid::new(nf, no, CellWork::default());
        // Enough candidates for diversity and for facets competing for the
        // same passages; the rest are not examined.
        let examine = (self.theme.passages_per_cell * 4).max(8);
        for fi in 0..nf {
            for oi in 0..no {
                let found = &hits[(fi, oi)].hits;
                let best = found.first().map_or(0.0, |h| h.score);
                for (rank, hit) in found.iter().enumerate().take(examine) {
                    match self.examine(fi, rank, best, hit) {
                        Examined::Candidate(c) => grid[(fi, oi)].candidates.push(*c),
                        Examined::Rejected(r) => grid[(fi, oi)].rejected.push(r),
                        Examined::Skipped => {}
                    }
                }
            }
        }
        grid
    }

    /// Examines the hit of rank `rank` (from 0) in a cell of facet `fi`
    /// whose best score is `best`.
    fn examine(&mut self, fi: usize, rank: usize, best: f32, hit: &Hit) -> Examined {
        let path = &self.corpus.documents[hit.doc].path;
        let reject = |reason: String| {
            Examined::Rejected(Rejected {
                source: path.clone(),
                paragraph: hit.para,
                score: hit.score,
                reason,
            })
        };
        let score = hit.score;
        if rank > 0 && score < MIN_RELATIVE * best {
            return reject(format!(
                "below the minimum relevance: score {score:.2} < {:.0}% of the cell's best {best:.2}",
                MIN_RELATIVE * 100.0
            ));
        }
        let doc = self.corpus.doc(hit.doc);
        let Some(p) = doc.paragraphs.get(hit.para) else {
            return Examined::Skipped;
        };
        let mut text = p.text.clone();
        let mut last = hit.para;
        let mut lines = p.lines;
        if text.split_whitespace().count() < SHORT_WORDS {
            let Some(next) = doc.paragraphs.get(hit.para + 1).filter(|n| !n.heading) else {
                return reject(format!(
                    "short fragment ({} words) with no paragraph to join",
                    p.text.split_whitespace().count()
                ));
            };
            text = format!("{} {}", text, next.text);
            last = hit.para + 1;
            lines[1] = next.lines[1];
        }
        let code = crate::analysis::analysis_language(doc.language.as_deref());
        let theme = self.theme;
        let work = self
            .languages
            .entry(code.to_string())
            .or_insert_with(|| LanguageWork::new(theme, code));
        let words = work.analyzer.words(&text);
        let (all, facet, scope) = &work.queries[fi];
        if all.matches(&words).is_none() {
            return reject("matched only across a phrase boundary the index does not see".into());
        }
        let facet_match = facet.matches(&words).unwrap_or_default();
        let word_forms = word_forms(&text, &facet_match.term_spans);
        let scope_match = scope
            .as_ref()
            .and_then(|s| s.matches(&words))
            .unwrap_or_default();
        let stems = words
            .iter()
            .filter(|w| w.stem.len() > 2)
            .map(|w| w.stem.clone())
            .collect();
        Examined::Candidate(Box::new(Candidate {
            doc: hit.doc,
            para: hit.para,
            last_para: last,
            score,
            rank: rank + 1,
            text,
            lines,
            stems,
            terms: facet_match.terms,
            scope_terms: scope_match.terms,
            spans: facet_match.spans,
            scope_spans: scope_match.spans,
            word_forms,
            also_under: None,
        }))
    }
}

/// Chooses the passages of one outlet across all facets (maximal marginal
/// relevance), and records why every other candidate is not shown.
struct Selector<'a> {
    corpus: &'a Corpus,
    theme: &'a Theme,
    grid: &'a mut Grid<CellWork>,
    outlet: usize,
    /// (document, paragraph) → the facet it is shown under.
    used: HashMap<(usize, usize), usize>,
    /// (facet, candidate index) already decided.
    done: HashSet<(usize, usize)>,
}

impl<'a> Selector<'a> {
    fn new(
        corpus: &'a Corpus,
        theme: &'a Theme,
        grid: &'a mut Grid<CellWork>,
        outlet: usize,
    ) -> Self {
        Selector {
            corpus,
            theme,
            grid,
            outlet,
            used: HashMap::new(),
            done: HashSet::new(),
        }
    }

    fn cell(&self, facet: usize) -> &CellWork {
        &self.grid[(facet, self.outlet)]
    }

    fn cell_mut(&mut self, facet: usize) -> &mut CellWork {
        &mut self.grid[(facet, self.outlet)]
    }

    fn run(mut self) {
        while let Some((fi, ci)) = self.most_relevant() {
            self.done.insert((fi, ci));
            self.consider(fi, ci);
        }
        self.show_shared_passages();
        self.explain_leftovers();
    }

    /// The undecided candidate with the highest relevance (score relative
    /// to its cell's best) lowered by its similarity to the passages already
    /// chosen in its cell, among cells that are not full.
    fn most_relevant(&self) -> Option<(usize, usize)> {
        let mut best: Option<(f64, usize, usize)> = None;
        for fi in 0..self.theme.facets.len() {
            let cell = self.cell(fi);
            if cell.chosen.len() >= self.theme.passages_per_cell {
                continue;
            }
            let cell_best = cell.candidates.first().map_or(1.0, |c| c.score.max(1e-6));
            for (ci, c) in cell.candidates.iter().enumerate() {
                if self.done.contains(&(fi, ci)) {
                    continue;
                }
                let rel = (c.score / cell_best) as f64;
                let sim = cell
                    .chosen
                    .iter()
                    .map(|(x, _)| jaccard(&x.stems, &c.stems))
                    .fold(0.0, f64::max);
                let eff = rel - DIVERSITY * sim;
                if best.is_none_or(|b| {
                    eff > b.0 || (eff == b.0 && c.score > self.cell(b.1).candidates[b.2].score)
                }) {
                    best = Some((eff, fi, ci));
                }
            }
        }
        best.map(|(_, fi, ci)| (fi, ci))
    }

    /// Shows candidate `ci` of facet `fi`, unless it is shown under another
    /// facet already or nearly repeats a passage of its cell.
    fn consider(&mut self, fi: usize, ci: usize) {
        let c = self.cell(fi).candidates[ci].clone();
        let reject = |reason: String| Rejected {
            source: self.corpus.documents[c.doc].path.clone(),
            paragraph: c.para,
            score: c.score,
            reason,
        };
        if !self.theme.repeat_passages
            && let Some(&other) = self.used.get(&(c.doc, c.para))
            && other != fi
        {
            let r = reject(format!(
                "already shown under facet `{}`, where it ranks better",
                self.theme.facets[other].id
            ));
            self.cell_mut(fi).rejected.push(r);
            return;
        }
        if let Some(reason) = self.near_duplicate(fi, &c) {
            let r = reject(reason);
            self.cell_mut(fi).rejected.push(r);
            return;
        }
        let cell = self.cell(fi);
        let why = if cell.chosen.is_empty() {
            let others = cell.candidates.len().saturating_sub(1);
            format!(
                "best of {} candidate{} by the facet query's BM25 score",
                others + 1,
                if others == 0 { "" } else { "s" }
            )
        } else {
            format!(
                "rank {} by score; {:.0}% of the cell's best; least similar to the passage(s) already chosen",
                c.rank,
                100.0 * c.score / cell.candidates[0].score.max(1e-6)
            )
        };
        self.used.insert((c.doc, c.para), fi);
        self.cell_mut(fi).chosen.push((c, why));
    }

    /// Why `c` is a near-duplicate of a passage chosen for facet `fi`, if it is.
    fn near_duplicate(&self, fi: usize, c: &Candidate) -> Option<String> {
        self.cell(fi)
            .chosen
            .iter()
            .map(|(x, _)| (x, jaccard(&x.stems, &c.stems)))
            .find(|(_, s)| *s >= NEAR_DUPLICATE)
            .map(|(dup, sim)| {
                format!(
                    "near-duplicate of ¶{} of {} (similarity {:.2})",
                    dup.para + 1,
                    self.corpus.documents[dup.doc].path,
                    sim
                )
            })
    }

    /// A cell must not claim "no passage" when its only passages are shown
    /// under another facet: it shows the best of them, marked as repeated.
    fn show_shared_passages(&mut self) {
        for fi in 0..self.theme.facets.len() {
            if !self.cell(fi).chosen.is_empty() {
                continue;
            }
            let shared = self
                .cell(fi)
                .candidates
                .iter()
                .find_map(|c| self.used.get(&(c.doc, c.para)).map(|&other| (c, other)));
            let Some((c, other)) = shared else {
                continue;
            };
            let other_id = self.theme.facets[other].id.clone();
            let why = format!(
                "the outlet's only passages on this facet are shown under facet `{other_id}` too"
            );
            let mut c = c.clone();
            c.also_under = Some(other_id);
            let path = &self.corpus.documents[c.doc].path;
            let cell = &mut self.grid[(fi, self.outlet)];
            cell.rejected
                .retain(|r| !(&r.source == path && r.paragraph == c.para));
            cell.chosen.push((c, why));
        }
    }

    /// Whatever was never reached stays a candidate not shown.
    fn explain_leftovers(&mut self) {
        let per_cell = self.theme.passages_per_cell;
        for fi in 0..self.theme.facets.len() {
            let mut more = Vec::new();
            let cell = self.cell(fi);
            for (ci, c) in cell.candidates.iter().enumerate() {
                if self.done.contains(&(fi, ci))
                    || cell
                        .chosen
                        .iter()
                        .any(|(x, _)| x.doc == c.doc && x.para == c.para)
                {
                    continue;
                }
                let reason = self
                    .near_duplicate(fi, c)
                    .unwrap_or_else(|| format!("the cell is full ({per_cell} passages)"));
                more.push(Rejected {
                    source: self.corpus.documents[c.doc].path.clone(),
                    paragraph: c.para,
                    score: c.score,
                    reason,
                });
            }
            self.cell_mut(fi).rejected.extend(more);
        }
    }
}

/// The facets' cells as the collection hands them on: chosen passages best
/// first, rejections best first.
fn facet_cells(
    corpus: &Corpus,
    theme: &Theme,
    hits: &Grid<CellHits>,
    mut grid: Grid<CellWork>,
) -> Vec<FacetCells> {
    let mut facets = Vec::new();
    for (fi, facet) in theme.facets.iter().enumerate() {
        let mut cells = Vec::new();
        for (oi, outlet) in theme.outlets.iter().enumerate() {
            let found = &hits[(fi, oi)];
            let best = found.hits.first().map(|h| h.score);
            let work = std::mem::take(&mut grid[(fi, oi)]);
            let mut picked = work.chosen;
            picked.sort_by(|a, b| b.0.score.total_cmp(&a.0.score));
            let mut rejected = work.rejected;
            rejected.sort_by(|a, b| b.score.total_cmp(&a.score));
            cells.push(Cell {
                outlet: outlet.clone(),
                matches: found.matches,
                best_score: best,
                passages: picked
                    .into_iter()
                    .map(|(c, why)| passage(corpus, best, c, why))
                    .collect(),
                rejected,
                unmatched_languages: unmatched_languages(
                    theme,
                    Some(fi),
                    corpus.outlet_languages(outlet),
                )
                .into_iter()
                .collect(),
            });
        }
        facets.push(FacetCells {
            id: facet.id.clone(),
            title: facet.title.clone(),
            query: facet.query_text.clone(),
            cells,
        });
    }
    facets
}

/// A chosen candidate as a passage of the collection.
fn passage(corpus: &Corpus, best: Option<f32>, c: Candidate, why: String) -> Passage {
    Passage {
        source: corpus.documents[c.doc].path.clone(),
        paragraph: c.para,
        paragraphs: [c.para, c.last_para],
        relevance: best.map_or(1.0, |b| c.score / b.max(1e-6)),
        score: c.score,
        rank: c.rank,
        matched: c.terms.iter().cloned().collect(),
        word_forms: c
            .word_forms
            .into_iter()
            .map(|(t, f)| (t, f.into_iter().collect()))
            .collect(),
        scope_matched: c.scope_terms.iter().cloned().collect(),
        highlights: c.spans.iter().map(|&(s, e)| [s, e]).collect(),
        scope_highlights: c
            .scope_spans
            .iter()
            .filter(|sp| !c.spans.contains(sp))
            .map(|&(s, e)| [s, e])
            .collect(),
        lines: c.lines,
        text: c.text,
        also_under: c.also_under,
        why,
    }
}

/// The word forms of `text` at `spans` (see `query::Match::term_spans`),
/// per term, lower-case: "based", "cease-fire", "military base".
pub(crate) fn word_forms(
    text: &str,
    spans: &std::collections::BTreeMap<String, BTreeSet<(usize, usize)>>,
) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    spans
        .iter()
        .map(|(term, set)| {
            let forms = set
                .iter()
                .filter_map(|&(s, e)| text.get(s..e))
                .map(str::to_lowercase)
                .collect();
            (term.clone(), forms)
        })
        .collect()
}

/// The query a facet's passages must match: scope AND facet when the scope
/// applies per paragraph, else the facet's query (the scope then selects
/// articles: [`articles_in_scope`]).
pub(crate) fn facet_query(theme: &Theme, facet: &Facet) -> Query {
    match &theme.scope {
        Some((_, scope)) if !theme.implicit_facet && theme.scope_per_paragraph => {
            both(scope, &facet.query)
        }
        _ => facet.query.clone(),
    }
}

/// Jaccard similarity of two sets.
pub(crate) fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Project;

    fn setup(config_extra: &str, docs: &[(&str, &str, &str)]) -> (Project, Corpus) {
        let cfg = format!(
            "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"A\"\n[outlets.b]\nname = \"B\"\n{config_extra}"
        );
        crate::testutil::corpus_of(&cfg, docs)
    }

    /// Like [`setup`], the index receiving the documents in `order`.
    fn indexed_in(extra: &str, docs: &[(&str, &str, &str)], order: &[usize]) -> (Project, Corpus) {
        let cfg = format!(
            "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"A\"\n[outlets.b]\nname = \"B\"\n{extra}"
        );
        crate::testutil::corpus_indexed_in(&cfg, docs, order)
    }

    fn texts(c: &Collection, facet: usize, outlet: usize) -> Vec<String> {
        c.facets[facet].cells[outlet]
            .passages
            .iter()
            .map(|p| p.text.clone())
            .collect()
    }

    const THEME: &str = "[themes.t]\ntitle = \"T\"\nscope = 'Russia OR Moscow'\n[[themes.t.facets]]\nid = \"m\"\ntitle = \"M\"\nquery = 'ceasefire OR mediation'\n";

    #[test]
    fn word_forms_are_what_each_term_matched() {
        let text = "A cease-fire, a Cease fire, a ceasefire; bases based";
        let q = Query::parse("ceasefire OR bases").unwrap();
        let m = q.matches(&Analyzer::default().words(text)).unwrap();
        let f = word_forms(text, &m.term_spans);
        let v = |t: &str| f[t].iter().cloned().collect::<Vec<_>>();
        assert_eq!(v("ceasefire"), ["cease fire", "cease-fire", "ceasefire"]);
        // Counter-example: two matches next to each other stay two forms.
        assert_eq!(v("bases"), ["based", "bases"]);
    }

    #[test]
    fn exact_forms_and_compounds_through_the_index() {
        let docs = [
            (
                "a",
                "sources/a/x.txt",
                "The plan was based on two old agreements and a treaty signed long ago.\n",
            ),
            (
                "a",
                "sources/a/y.txt",
                "Two military bases were opened near the border in the spring of that year.\n",
            ),
            (
                "b",
                "sources/b/z.txt",
                "A cease-fire was agreed after a night of shelling along the whole border.\n",
            ),
        ];
        let theme = |q: &str| format!("[themes.t]\ntitle = \"T\"\nscope = '{q}'\n");
        let sources = |q: &str| {
            let (p, c) = setup(&theme(q), &docs);
            let col = collect(&c, &p.themes[0]).unwrap();
            let mut out: Vec<String> = col.facets[0]
                .cells
                .iter()
                .flat_map(|cell| cell.passages.iter().map(|p| p.source.clone()))
                .collect();
            out.sort();
            out
        };
        assert_eq!(sources("bases"), ["sources/a/x.txt", "sources/a/y.txt"]);
        assert_eq!(sources("=bases"), ["sources/a/y.txt"]);
        assert_eq!(sources("ceasefire"), ["sources/b/z.txt"]);
        // Counter-example: the exact closed form does not find the hyphenated one.
        assert!(sources("=ceasefire").is_empty());
    }

    #[test]
    fn scope_filters_and_weak_matches_stay_out() {
        let body = "Russia brokered the ceasefire and the ceasefire held, a ceasefire that Moscow guarded with mediation and more mediation.\n\n\
            The ceasefire was broken by both armies, the reports said, without naming anyone at all in this story.\n\n\
            Russia said many things on many days about many topics, and in one long speech it also used the word ceasefire once among hundreds of other words that were about trade, energy, sport, culture, weather, history, science and the arts.\n";
        let per_paragraph = THEME.replace("scope = ", "scope-per = \"paragraph\"\nscope = ");
        let (p, c) = setup(&per_paragraph, &[("a", "sources/a/x.txt", body)]);
        let col = collect(&c, &p.themes[0]).unwrap();
        let cell = &col.facets[0].cells[0];
        assert_eq!(
            cell.matches, 2,
            "the passage without Russia/Moscow is out of scope"
        );
        assert_eq!(
            cell.passages.len(),
            1,
            "the weak match does not fill the cell"
        );
        assert!(
            cell.rejected[0].reason.contains("minimum relevance"),
            "{:?}",
            cell.rejected
        );
        assert!(col.facets[0].cells[1].passages.is_empty());
    }

    #[test]
    fn scope_selects_articles_and_facets_select_passages() {
        // The ceasefire paragraph of x.txt does not name Russia or Moscow,
        // but its article does (elsewhere): it is kept.
        let x = "Russia held its annual parade on a warm day in the capital, officials said.\n\n\
            The ceasefire in the region broke down overnight after heavy shelling near the border.\n";
        // Counter-example: y.txt is on the facet but never names the scope.
        let y = "The ceasefire in the north held for a third week, the two armies said.\n";
        let docs = [("a", "sources/a/x.txt", x), ("b", "sources/b/y.txt", y)];
        let (p, c) = setup(THEME, &docs);
        let col = collect(&c, &p.themes[0]).unwrap();
        let shown = texts(&col, 0, 0);
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert!(shown[0].starts_with("The ceasefire in the region"));
        assert_eq!(
            col.facets[0].cells[0].matches, 1,
            "the parade is on no facet"
        );
        assert!(texts(&col, 0, 1).is_empty(), "y.txt is not in scope");
        assert_eq!(col.facets[0].cells[1].matches, 0);
        // Counter-example: with `scope-per = "paragraph"` the passage must
        // name the scope itself, as before.
        let per_paragraph = THEME.replace("scope = ", "scope-per = \"paragraph\"\nscope = ");
        let (p, c) = setup(&per_paragraph, &docs);
        let col = collect(&c, &p.themes[0]).unwrap();
        assert!(texts(&col, 0, 0).is_empty(), "{:?}", texts(&col, 0, 0));
        // A theme without facets: its scope is its facet, per passage.
        let (p, c) = setup("[themes.t]\ntitle = \"T\"\nscope = 'ceasefire'\n", &docs);
        let col = collect(&c, &p.themes[0]).unwrap();
        assert_eq!(texts(&col, 0, 0).len(), 1);
        assert_eq!(texts(&col, 0, 1).len(), 1);
    }

    #[test]
    fn near_duplicates_are_rejected_and_listed() {
        let a = "Russia brokered a ceasefire in May 1994 and put an end to the Four-Day War in April 2016.\n\n\
            It was Moscow that brokered a ceasefire in May 1994, and put an end to the Four-Day War in April 2016.\n\n\
            Moscow offered mediation between the two capitals after the clashes of this week, officials said.\n";
        let (p, c) = setup(THEME, &[("a", "sources/a/x.txt", a)]);
        let col = collect(&c, &p.themes[0]).unwrap();
        let shown = texts(&col, 0, 0);
        assert_eq!(shown.len(), 2);
        assert!(
            !(shown[0].contains("1994") && shown[1].contains("1994")),
            "two passages saying the same: {shown:?}"
        );
        let rej = &col.facets[0].cells[0].rejected;
        assert!(
            rej.iter().any(|r| r.reason.starts_with("near-duplicate")),
            "{rej:?}"
        );
    }

    #[test]
    fn no_repeat_across_facets_unless_asked_and_per_cell_limit() {
        let theme = "[themes.t]\ntitle = \"T\"\nscope = 'Russia'\npassages-per-cell = 1\n\
            [[themes.t.facets]]\nid = \"f1\"\ntitle = \"F1\"\nquery = 'ceasefire'\n\
            [[themes.t.facets]]\nid = \"f2\"\ntitle = \"F2\"\nquery = 'ceasefire OR base'\n";
        let text = "Russia brokered the ceasefire of 1994 between the two sides of the war.\n\n\
            Russia keeps a military base in Gyumri near the border with Turkey, officials say.\n";
        let (p, c) = setup(theme, &[("a", "sources/a/x.txt", text)]);
        let col = collect(&c, &p.themes[0]).unwrap();
        assert_eq!(texts(&col, 0, 0).len(), 1);
        assert!(texts(&col, 0, 0)[0].contains("ceasefire"));
        assert!(
            texts(&col, 1, 0)[0].contains("base"),
            "f2 takes its other passage"
        );

        let (p, c) = setup(
            &theme.replace(
                "passages-per-cell = 1",
                "passages-per-cell = 2\nrepeat-passages = true",
            ),
            &[("a", "sources/a/x.txt", text)],
        );
        let col = collect(&c, &p.themes[0]).unwrap();
        assert_eq!(
            texts(&col, 1, 0).len(),
            2,
            "repeat-passages allows the ceasefire passage again"
        );
    }

    #[test]
    fn only_shared_passage_is_shown_marked_rather_than_no_passage() {
        let theme = "[themes.t]\ntitle = \"T\"\nscope = 'Russia'\n\
            [[themes.t.facets]]\nid = \"f1\"\ntitle = \"F1\"\nquery = 'ceasefire'\n\
            [[themes.t.facets]]\nid = \"f2\"\ntitle = \"F2\"\nquery = 'ceasefire'\n";
        let text = "Russia brokered the ceasefire of 1994 between the two sides of the war.\n";
        let (p, c) = setup(theme, &[("a", "sources/a/x.txt", text)]);
        let col = collect(&c, &p.themes[0]).unwrap();
        let second = &col.facets[1].cells[0].passages;
        assert_eq!(second.len(), 1);
        assert_eq!(second[0].also_under.as_deref(), Some("f1"));
    }

    #[test]
    fn ties_go_to_the_earlier_article_whatever_the_index_order() {
        // The folder's cache adds sources as parallel reads finish, the
        // archive its candidates in path order: the same two passages may
        // sit in the index in either order.
        let theme = THEME.replace("scope = ", "passages-per-cell = 1\nscope = ");
        let text = "Russia brokered the ceasefire of 1994 between the two sides of the war.\n";
        let docs = [("a", "s/a/x.txt", text), ("a", "s/a/y.txt", text)];
        for order in [[0, 1], [1, 0]] {
            let (p, c) = indexed_in(&theme, &docs, &order);
            let cell = &collect(&c, &p.themes[0]).unwrap().facets[0].cells[0];
            assert_eq!(cell.passages[0].source, "s/a/x.txt", "indexed {order:?}");
            assert_eq!(cell.rejected[0].source, "s/a/y.txt", "indexed {order:?}");
            assert_eq!(cell.passages[0].score, cell.rejected[0].score);
        }
        // Counter-example: a better score wins over the path order.
        let better = "Russia brokered the ceasefire, a ceasefire of 1994, between the two sides.\n";
        let docs = [("a", "s/a/x.txt", text), ("a", "s/a/y.txt", better)];
        for order in [[0, 1], [1, 0]] {
            let (p, c) = indexed_in(&theme, &docs, &order);
            let cell = &collect(&c, &p.themes[0]).unwrap().facets[0].cells[0];
            assert_eq!(cell.passages[0].source, "s/a/y.txt", "indexed {order:?}");
        }
    }

    #[test]
    fn short_fragments_are_joined_with_the_next_paragraph() {
        let text = "A long first paragraph that mentions nothing of interest to this facet at all.\n\n\
            Russia wants a ceasefire.\n\n\
            The talks would start in Moscow next week, with both delegations invited there.\n";
        let (p, c) = setup(THEME, &[("a", "sources/a/x.txt", text)]);
        let col = collect(&c, &p.themes[0]).unwrap();
        let ps = &col.facets[0].cells[0].passages;
        assert_eq!(ps[0].paragraphs, [1, 2]);
        assert!(
            ps[0]
                .text
                .starts_with("Russia wants a ceasefire. The talks")
        );
    }
}
