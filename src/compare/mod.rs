//! The comparison: what the outlets' coverage of a theme has in common and
//! where it differs, computed from the corpus and the theme's collection.
//!
//! [`compare`] gives one plain, serializable [`Comparison`]:
//!
//! 1. **Shared wording** ([`shared`]): sentences of different articles that
//!    say the same thing in nearly the same words (runs of at least
//!    [`shared::MIN_RUN`] shared words), grouped across outlets, with the
//!    shared words marked; whole articles republished from another
//!    ([`Republication`]), stated or found by text; and per facet how many
//!    outlets cover it independently ([`FacetIndependence`]).
//! 2. **Quotes** ([`quotes`]): who is quoted on the theme, speaker × outlet,
//!    with the same person under different name forms counted once.
//! 3. **Figures** ([`figures`]): numbers with what they count (killed,
//!    injured, displaced, peacekeepers, troops, population, years of named
//!    events), side by side, with conflicts between outlets flagged.
//! 4. **Timeline** ([`timeline`]): each article with its stated date and the
//!    dated events it mentions; undated articles apart, never placed by guess.
//! 5. **Emphasis** ([`emphasis`]): per outlet, the terms it uses
//!    distinctively on the theme (weighted log-odds with an informative
//!    Dirichlet prior).
//! 6. **Overview** ([`overview`]): per facet, the most central sentence(s)
//!    of the selected passages, with which outlets cover the facet most and
//!    least.
//! 7. **Framing** ([`framing`]): per lexicon of the theme, which outlet
//!    uses which term, plain or in scare quotes, how often and in what
//!    share of its articles, with an example sentence each.
//!
//! **The theme's text.** Every analysis reads the *theme's paragraphs* (the
//! "scoped paragraphs" of [`Ctx::scoped`]): the passages (non-heading
//! paragraphs) of the theme's outlets that match one of its facets, in
//! articles that match its scope somewhere (with `scope-per = "paragraph"`,
//! passages that match the scope and a facet); for a theme without facets,
//! the passages that match its scope. A paragraph of an article in scope
//! that is on none of the facets is not read: its quotes, figures and dates
//! are not the theme's. They are found with the corpus index, so the cost
//! does not grow with the queries' complexity.
//!
//! Every result cites its evidence as outlet id, source path and paragraph
//! index (0-based, as `juxta inspect --json` numbers paragraphs; readers'
//! ¶ is one more). Output is deterministic: ties are broken by outlet column
//! order, source path and paragraph. Large corpora are summarized, not
//! truncated silently: every capped list says how many items it left out.

#![warn(missing_docs)]

pub(crate) mod emphasis;
pub(crate) mod events;
pub(crate) mod figures;
pub(crate) mod framing;
pub(crate) mod overview;
pub(crate) mod quotes;
pub(crate) mod shared;
pub(crate) mod text;
pub(crate) mod timeline;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{BooleanQuery, Occur, Query as TQuery};
use tantivy::{DocId, SegmentReader};

use crate::analysis::Analyzer;
use crate::collect::{Collection, facet_query};
use crate::config::{Project, Theme};
use crate::corpus::{Corpus, Fast, outlet_key};
use crate::ingest::Document;
use crate::query::Query;

use emphasis::OutletEmphasis;
use figures::FigureGroup;
use overview::FacetOverview;
use quotes::Speaker;
use shared::{FacetIndependence, Republication, SharedGroup};
use timeline::Timeline;

/// Where a result of the comparison comes from: the outlet, the source file
/// and the paragraph (0-based, as `juxta inspect --json` numbers them).
/// Flattened into every result that cites one paragraph, so its JSON keeps
/// the three keys.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub(crate) struct Cited {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Source path.
    pub(crate) source: String,
    /// Paragraph index (0-based).
    pub(crate) paragraph: usize,
}

/// Everything the comparison stage finds about one theme.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Comparison {
    /// Theme id.
    pub(crate) theme: String,
    /// Outlet ids, in column order (as in the collection).
    pub(crate) outlets: Vec<String>,
    /// How many of the theme's paragraphs there are (on a facet, in an
    /// article in scope; see the module documentation): the text the
    /// analyses read.
    pub scoped_paragraphs: usize,
    /// Groups of sentences in different articles with the same wording,
    /// most widely shared first (at most [`shared::MAX_GROUPS`]).
    pub shared: Vec<SharedGroup>,
    /// How many groups were found in all (`shared` holds the first ones).
    pub shared_total: usize,
    /// Articles of the theme's outlets that republish another article, by
    /// their own statement or by their text.
    pub republications: Vec<Republication>,
    /// Per facet: how many outlets cover it, and how many independently
    /// (not only through another outlet's republished article).
    pub(crate) independent_outlets: Vec<FacetIndependence>,
    /// Who is quoted on the theme, most widely quoted first.
    pub quotes: Vec<Speaker>,
    /// Quotations of the theme's scope whose speaker is unknown.
    pub(crate) unattributed_quotes: usize,
    /// Numbers side by side, conflicts first.
    pub figures: Vec<FigureGroup>,
    /// Articles with their dates and the dated events they mention.
    pub timeline: Timeline,
    /// Per outlet, in column order: its distinctive terms.
    pub(crate) emphasis: Vec<OutletEmphasis>,
    /// Per facet, in order: the most central sentence(s) and coverage.
    pub(crate) overview: Vec<FacetOverview>,
    /// Per framing lexicon of the theme, in order: its terms' use per
    /// outlet (empty when the theme has none).
    pub(crate) framing: Vec<framing::LexiconCounts>,
    /// Anything that made the comparison less complete than usual.
    pub(crate) notes: Vec<String>,
}

/// The most articles per outlet the analyses read: those with the most
/// passages on the theme's facets, then the newest (and every article a
/// facet shows). Counts (matches, scoped paragraphs, the chart) cover all.
pub(crate) const ANALYZED_PER_OUTLET: usize = 300;

/// What every analysis reads: the theme's analyzed documents with their
/// scoped paragraphs, and their text analyzed once.
pub(crate) struct Ctx<'a> {
    pub(crate) project: &'a Project,
    pub(crate) corpus: &'a Corpus,
    pub(crate) theme: &'a Theme,
    /// The analyzed documents' words and sentences.
    pub(crate) texts: text::Texts,
    /// Corpus indices of the documents the analyses read (the theme's
    /// outlets, in its period, with scoped paragraphs, at most
    /// [`ANALYZED_PER_OUTLET`] per outlet), in corpus order.
    pub(crate) theme_docs: Vec<usize>,
    /// Per corpus document: the indices of the theme's paragraphs (on a
    /// facet, in an article in scope; the scope's matches for a theme
    /// without facets), ascending (empty for documents the analyses do not
    /// read).
    pub(crate) scoped: PerDoc,
    /// Per corpus document: its outlet's column (`usize::MAX` outside the theme).
    pub(crate) doc_col: Vec<usize>,
    /// Per corpus document: the document with its text, read once when
    /// first needed (the analyzed ones up front, on all cores).
    docs: Vec<std::sync::OnceLock<Arc<Document>>>,
}

/// What the theme's queries match, beyond what [`Ctx`] keeps.
struct Matches {
    /// Scoped paragraphs of the theme's documents in the period, all of them.
    scoped_total: usize,
    /// Per facet: its (document, paragraph) matches in the theme's documents.
    facets: Vec<Vec<Hit>>,
}

/// What the theme's scope and facets match in the index: the part of a
/// comparison that does not need the collection, so a build runs it beside
/// [`crate::collect::collect`] ([`prematch`]).
pub(crate) struct Prematch {
    /// Per corpus document, its scoped paragraphs (theme outlets, period).
    scoped: PerDoc,
    /// Per facet: its (document, paragraph) matches.
    facets: Vec<Vec<Hit>>,
    /// Notes on how the matches were found.
    notes: Vec<String>,
}

/// Matches the theme's scope and facets (see [`Prematch`]).
pub(crate) fn prematch(corpus: &Corpus, theme: &Theme) -> Prematch {
    prematch_in(
        corpus,
        theme,
        &crate::collect::articles_in_scope(corpus, theme),
    )
}

/// [`prematch`] with the theme's articles in scope found already
/// ([`crate::collect::articles_in_scope`]), as collect finds them.
pub(crate) fn prematch_in(
    corpus: &Corpus,
    theme: &Theme,
    in_scope: &crate::error::Result<Option<DocSet>>,
) -> Prematch {
    prematch_with(corpus, theme, in_scope, None)
}

/// [`prematch_in`] with the facets' matches found already, in
/// [`crate::collect::collect_matching`]'s searches (one search per facet
/// instead of two).
pub(crate) fn prematch_from(
    corpus: &Corpus,
    theme: &Theme,
    in_scope: &crate::error::Result<Option<DocSet>>,
    facets: crate::collect::FacetMatches,
) -> Prematch {
    prematch_with(corpus, theme, in_scope, Some(facets))
}

fn prematch_with(
    corpus: &Corpus,
    theme: &Theme,
    in_scope: &crate::error::Result<Option<DocSet>>,
    found: Option<crate::collect::FacetMatches>,
) -> Prematch {
    let mut notes = Vec::new();
    let mut of_theme = crate::corpus::OutletTest::new(&theme.outlets);
    let in_theme: Vec<usize> = (corpus.documents.iter().enumerate())
        .filter(|(_, d)| of_theme.test(d) && theme.period.contains(d.date))
        .map(|(i, _)| i)
        .collect();
    let t = std::time::Instant::now();
    let mut facets: Vec<Vec<Hit>> = match found {
        Some(mut found) => {
            for m in &mut found {
                m.retain(|&(di, _)| theme.period.contains(corpus.documents[di as usize].date));
            }
            found
        }
        None => (theme.facets.iter())
            .map(|f| matching(corpus, theme, &in_theme, &facet_query(theme, f), &mut notes))
            .collect(),
    };
    let t = crate::timings::lap("  compare: facet matches", t);
    if let Some(docs) = articles_in_scope(corpus, theme, in_scope, &in_theme, &mut notes) {
        for m in &mut facets {
            m.retain(|&(di, _)| docs.contains(di as usize));
        }
    }
    let scoped = if theme.implicit_facet {
        let scope = theme.scope.as_ref().map(|(_, q)| q);
        scoped_paragraphs(corpus, theme, &in_theme, scope, &mut notes)
    } else {
        PerDoc::of(corpus.documents.len(), || {
            facets.iter().flatten().map(|&h| wide(h))
        })
    };
    crate::timings::lap("  compare: scope matches", t);
    Prematch {
        scoped,
        facets,
        notes,
    }
}

impl<'a> Ctx<'a> {
    /// The theme's documents, their scoped paragraphs and the facets'
    /// matches; the documents to analyze read and their text analyzed.
    fn new(
        project: &'a Project,
        corpus: &'a Corpus,
        theme: &'a Theme,
        collection: &Collection,
        pre: Prematch,
        notes: &mut Vec<String>,
    ) -> (Ctx<'a>, Matches) {
        let Prematch {
            mut scoped,
            facets,
            notes: found,
        } = pre;
        notes.extend(found);
        let t = std::time::Instant::now();
        let doc_col = columns(corpus, theme);
        let scoped_total = scoped.total();
        let theme_docs = analyzed(
            corpus,
            &scoped,
            &facets,
            &doc_col,
            collection,
            ANALYZED_PER_OUTLET,
            notes,
        );
        let keep: HashSet<usize> = theme_docs.iter().copied().collect();
        scoped.retain_docs(|di| keep.contains(&di));
        let docs: Vec<std::sync::OnceLock<Arc<Document>>> = (0..corpus.documents.len())
            .map(|_| Default::default())
            .collect();
        let t = crate::timings::lap("  compare: choose articles", t);
        for (&di, d) in theme_docs.iter().zip(corpus.docs_quoted(&theme_docs)) {
            let _ = docs[di].set(d);
        }
        let t = crate::timings::lap("  compare: read articles", t);
        let texts = text::Texts::build(
            theme_docs
                .iter()
                .map(|&di| (di, &**docs[di].get_or_init(|| corpus.doc(di)))),
            corpus.documents.len(),
        );
        crate::timings::lap("  compare: analyze text", t);
        let ctx = Ctx {
            project,
            corpus,
            theme,
            texts,
            theme_docs,
            scoped,
            doc_col,
            docs,
        };
        (
            ctx,
            Matches {
                scoped_total,
                facets,
            },
        )
    }

    /// Document `di` with its text (read on first use).
    pub(crate) fn doc(&self, di: usize) -> &Document {
        self.docs[di].get_or_init(|| self.corpus.doc(di))
    }

    /// Column index of an outlet (outlets outside the theme sort last).
    pub(crate) fn column(&self, outlet: &str) -> usize {
        self.theme
            .outlets
            .iter()
            .position(|o| o == outlet)
            .unwrap_or(usize::MAX)
    }

    /// The outlet id of document `doc`.
    pub(crate) fn outlet_of(&self, doc: usize) -> &str {
        self.corpus
            .documents
            .get(doc)
            .and_then(|d| d.outlet.as_deref())
            .unwrap_or("")
    }
}

/// Per corpus document: its outlet's column in the theme (`usize::MAX`
/// outside it).
fn columns(corpus: &Corpus, theme: &Theme) -> Vec<usize> {
    let col: HashMap<&str, usize> = theme
        .outlets
        .iter()
        .enumerate()
        .map(|(i, o)| (o.as_str(), i))
        .collect();
    corpus
        .documents
        .iter()
        .map(|d| {
            d.outlet
                .as_deref()
                .and_then(|o| col.get(o).copied())
                .unwrap_or(usize::MAX)
        })
        .collect()
}

/// The documents the analyses read, in corpus order: per outlet, of the
/// theme's documents with scoped paragraphs, the `per_outlet`
/// ([`ANALYZED_PER_OUTLET`]) with the most facet matches (then the newest, then by path), and every
/// document a facet shows a passage of. Notes when some are left out.
fn analyzed(
    corpus: &Corpus,
    scoped: &PerDoc,
    facets: &[Vec<Hit>],
    doc_col: &[usize],
    collection: &Collection,
    per_outlet: usize,
    notes: &mut Vec<String>,
) -> Vec<usize> {
    // Per corpus document, its passages on the facets: a count per
    // document, not a map (a million articles in scope at archive scale).
    let mut on_facets = vec![0u32; scoped.len()];
    for &(d, _) in facets.iter().flatten() {
        if let Some(n) = on_facets.get_mut(d as usize) {
            *n = n.saturating_add(1);
        }
    }
    let mut by_outlet: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for di in (0..scoped.len()).filter(|&di| !scoped[di].is_empty()) {
        by_outlet.entry(doc_col[di]).or_default().push(di);
    }
    let in_scope: usize = by_outlet.values().map(Vec::len).sum();
    let mut out: BTreeSet<usize> = BTreeSet::new();
    let order = |&di: &usize| {
        let date = corpus.documents[di].date;
        (
            std::cmp::Reverse(on_facets[di]),
            date.is_none(),
            std::cmp::Reverse(date),
            di,
        )
    };
    for docs in by_outlet.values_mut() {
        // The first `per_outlet` in that order (a total order: the same
        // articles whatever the outlet's size), without sorting the rest.
        if docs.len() > per_outlet && per_outlet > 0 {
            docs.select_nth_unstable_by_key(per_outlet - 1, order);
            docs.truncate(per_outlet);
        }
        out.extend(docs.iter().take(per_outlet));
    }
    if out.len() < in_scope {
        notes.push(format!(
            "the analyses read {} of the {in_scope} articles in scope: per outlet the {per_outlet} with the most passages on the facets, then the newest",
            out.len()
        ));
    }
    let shown = collection
        .facets
        .iter()
        .flat_map(|f| &f.cells)
        .flat_map(|c| &c.passages)
        .filter_map(|p| corpus.index_of(&p.source))
        .filter(|di| !scoped[*di].is_empty());
    out.extend(shown);
    out.into_iter().collect()
}

/// Compares how the theme's outlets cover `theme`; `collection` is the
/// theme's collection (its selected passages feed the overview, its match
/// counts the coverage figures).
pub fn compare(
    project: &Project,
    corpus: &Corpus,
    theme: &Theme,
    collection: &Collection,
) -> Comparison {
    compare_prematched(project, corpus, theme, collection, prematch(corpus, theme))
}

/// [`compare`], with the theme's matches found beforehand ([`prematch`]).
pub(crate) fn compare_prematched(
    project: &Project,
    corpus: &Corpus,
    theme: &Theme,
    collection: &Collection,
    pre: Prematch,
) -> Comparison {
    let mut notes = Vec::new();
    let (ctx, matches) = Ctx::new(project, corpus, theme, collection, pre, &mut notes);
    let scoped_paragraphs = matches.scoped_total;
    let facet_matches = matches.facets;

    let t = std::time::Instant::now();
    let found = shared::shared(&ctx);
    let t = crate::timings::lap("  compare: shared wording", t);
    let republications = shared::republications(&ctx);
    let independent_outlets =
        shared::independence(&ctx, collection, &republications, &facet_matches);
    let t = crate::timings::lap("  compare: republications", t);
    let (quotes, unattributed_quotes) = quotes::quotes(&ctx);
    let t = crate::timings::lap("  compare: quotes", t);
    let figures = figures::figures(&ctx);
    let t = crate::timings::lap("  compare: figures", t);
    let shown: HashSet<&str> = collection
        .facets
        .iter()
        .flat_map(|f| &f.cells)
        .flat_map(|c| &c.passages)
        .map(|p| p.source.as_str())
        .collect();
    let mut timeline = timeline::timeline(&ctx, &shown);
    // One flag per corpus document, not a tree of the matched ones (at a
    // million articles, this step held the build's peak).
    let matched = DocSet::of(
        corpus.documents.len(),
        facet_matches.iter().flatten().map(|&(d, _)| d as usize),
    );
    timeline.chart = timeline::chart(&ctx, &matched);
    let t = crate::timings::lap("  compare: timeline", t);
    let emphasis = emphasis::emphasis(&ctx);
    let overview = overview::overview(&ctx, collection, &independent_outlets);
    let t = crate::timings::lap("  compare: emphasis and overview", t);
    let framing = framing::framing(&ctx);
    crate::timings::lap("  compare: framing", t);
    Comparison {
        theme: theme.id.clone(),
        outlets: theme.outlets.clone(),
        scoped_paragraphs,
        shared: found.groups,
        shared_total: found.total,
        republications,
        independent_outlets,
        quotes,
        unattributed_quotes,
        figures,
        timeline,
        emphasis,
        overview,
        framing,
        notes,
    }
}

/// The documents in the theme's scope when its scope selects articles, as
/// found for collect (`in_scope`); when the index could not answer, those
/// of `theme_docs` with a passage matching the scope, found passage by
/// passage.
fn articles_in_scope<'s>(
    corpus: &Corpus,
    theme: &Theme,
    in_scope: &'s crate::error::Result<Option<DocSet>>,
    theme_docs: &[usize],
    notes: &mut Vec<String>,
) -> Option<std::borrow::Cow<'s, DocSet>> {
    match in_scope {
        Ok(found) => found.as_ref().map(std::borrow::Cow::Borrowed),
        Err(_) => {
            let (_, scope) = theme.scope.as_ref()?;
            let found = matching(corpus, theme, theme_docs, scope, notes);
            let docs = DocSet::of(
                corpus.documents.len(),
                found.into_iter().map(|(di, _)| di as usize),
            );
            Some(std::borrow::Cow::Owned(docs))
        }
    }
}

/// Per corpus document, the paragraphs of the theme's outlets that match
/// `scope` (all passages when there is none).
fn scoped_paragraphs(
    corpus: &Corpus,
    theme: &Theme,
    theme_docs: &[usize],
    scope: Option<&Query>,
    notes: &mut Vec<String>,
) -> PerDoc {
    let found = match scope {
        Some(q) => matching(corpus, theme, theme_docs, q, notes),
        None => every_passage(corpus, theme, theme_docs),
    };
    PerDoc::of(corpus.documents.len(), || found.iter().map(|&h| wide(h)))
}

/// Per corpus document, a list of its paragraphs, ascending and without
/// repeats, all kept in one buffer: at a million articles in scope, one
/// vector instead of a million small ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PerDoc {
    /// Where each document's paragraphs start in `items`; one more than
    /// there are documents (the last is the end).
    starts: Vec<usize>,
    /// The paragraphs, as 32-bit numbers (millions at archive scale).
    items: Vec<u32>,
}

impl PerDoc {
    /// The (document, paragraph) pairs that `pairs` gives (twice: once to
    /// count, once to place), in any order, for a corpus of `n` documents
    /// (pairs of documents beyond it are left out).
    pub(crate) fn of<I: Iterator<Item = (usize, usize)>>(
        n: usize,
        pairs: impl Fn() -> I,
    ) -> PerDoc {
        let mut starts = vec![0usize; n + 1];
        for (di, _) in pairs() {
            if di < n {
                starts[di + 1] += 1;
            }
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut items = vec![0u32; starts[n]];
        let mut next = starts.clone();
        for (di, pi) in pairs() {
            if di < n {
                items[next[di]] = u32::try_from(pi).unwrap_or(u32::MAX);
                next[di] += 1;
            }
        }
        drop(next);
        let mut out = PerDoc { starts, items };
        out.tidy(|_| true);
        out
    }

    /// Keeps the paragraphs of the documents `keep` accepts; the others
    /// have none.
    pub(crate) fn retain_docs(&mut self, keep: impl Fn(usize) -> bool) {
        self.tidy(keep);
        self.items.shrink_to_fit();
    }

    /// Sorts each document's paragraphs and drops repeats, and empties the
    /// documents `keep` refuses, in place.
    fn tidy(&mut self, keep: impl Fn(usize) -> bool) {
        let n = self.len();
        let mut written = 0;
        let mut start = 0;
        for di in 0..n {
            let end = self.starts[di + 1];
            self.starts[di] = written;
            if keep(di) {
                let run = &mut self.items[start..end];
                run.sort_unstable();
                let mut last = None;
                for k in start..end {
                    let pi = self.items[k];
                    if last != Some(pi) {
                        self.items[written] = pi;
                        written += 1;
                        last = Some(pi);
                    }
                }
            }
            start = end;
        }
        self.starts[n] = written;
        self.items.truncate(written);
    }

    /// How many documents it has a list for (the corpus's).
    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// How many paragraphs in all.
    pub(crate) fn total(&self) -> usize {
        self.items.len()
    }
}

impl std::ops::Index<usize> for PerDoc {
    type Output = [u32];

    fn index(&self, di: usize) -> &[u32] {
        &self.items[self.starts[di]..self.starts[di + 1]]
    }
}

impl PerDoc {
    /// The paragraphs of document `di`, ascending.
    pub(crate) fn paras(&self, di: usize) -> impl Iterator<Item = usize> + '_ {
        self[di].iter().map(|&pi| pi as usize)
    }
}

/// Every passage of the theme's documents `theme_docs`, sorted: from the
/// index, or read from the documents when the index cannot answer.
fn every_passage(corpus: &Corpus, theme: &Theme, theme_docs: &[usize]) -> Vec<Hit> {
    let q = BooleanQuery::new(vec![(
        Occur::Must,
        Box::new(tantivy::query::AllQuery) as Box<dyn TQuery>,
    )]);
    match search_with(corpus, theme, &q as &dyn TQuery) {
        Ok(mut v) => {
            let keep: HashSet<usize> = theme_docs.iter().copied().collect();
            v.retain(|&(di, _)| keep.contains(&(di as usize)));
            v.sort_unstable();
            v.dedup();
            v
        }
        Err(_) => theme_docs
            .iter()
            .flat_map(|&di| {
                corpus
                    .doc(di)
                    .passages()
                    .map(|(pi, _)| hit(di, pi))
                    .collect::<Vec<_>>()
            })
            .collect(),
    }
}

/// The (document, paragraph) pairs of the theme's outlets matching `query`,
/// sorted. Uses the index; if the index cannot answer, evaluates the query
/// on each passage instead (slower, same result) and notes it.
pub(crate) fn matching(
    corpus: &Corpus,
    theme: &Theme,
    theme_docs: &[usize],
    query: &Query,
    notes: &mut Vec<String>,
) -> Vec<Hit> {
    match search(corpus, theme, query) {
        Ok(mut v) => {
            v.retain(|&(di, _)| theme.period.contains(corpus.documents[di as usize].date));
            v.sort_unstable();
            v.dedup();
            v
        }
        Err(e) => {
            let note = format!(
                "the index could not be searched ({e}); queries were evaluated passage by passage"
            );
            if !notes.contains(&note) {
                notes.push(note);
            }
            let mut analyzer = Analyzer::default();
            let mut out = Vec::new();
            for &di in theme_docs {
                for (pi, p) in corpus.doc(di).passages() {
                    if query.matches(&analyzer.words(&p.text)).is_some() {
                        out.push(hit(di, pi));
                    }
                }
            }
            out
        }
    }
}

fn search(corpus: &Corpus, theme: &Theme, query: &Query) -> tantivy::Result<Vec<Hit>> {
    let f = corpus.fields;
    let q: Box<dyn TQuery> = query.to_tantivy(f.text, f.folded);
    search_with(
        corpus,
        theme,
        &BooleanQuery::new(vec![(Occur::Must, q)]) as &dyn TQuery,
    )
}

/// The (document, paragraph) pairs of the theme's outlets `q` matches.
pub(crate) fn search_with(
    corpus: &Corpus,
    theme: &Theme,
    q: &dyn TQuery,
) -> tantivy::Result<Vec<Hit>> {
    let collector = KeyCollector {
        outlets: Arc::new(theme.outlets.iter().map(|o| outlet_key(o)).collect()),
        documents_only: false,
        corpus,
    };
    crate::corpus::search_segments(&corpus.reader.searcher(), q, &collector, None)
}

/// A passage that a search matched: its document's index in the corpus and
/// its paragraph's in the document, as 32-bit numbers (a theme's facets
/// match tens of millions of passages at archive scale: half the memory
/// of two `usize`).
pub(crate) type Hit = (u32, u32);

/// The hit of paragraph `pi` of document `di` (indices beyond 32 bits,
/// which no corpus reaches, are saturated).
pub(crate) fn hit(di: usize, pi: usize) -> Hit {
    let narrow = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    (narrow(di), narrow(pi))
}

/// A hit as indices.
pub(crate) fn wide((di, pi): Hit) -> (usize, usize) {
    (di as usize, pi as usize)
}

/// A set of documents (corpus indices): one flag per corpus document, so
/// that a scope matching most of a million articles costs a megabyte, not
/// a hash set of tens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DocSet(Vec<bool>);

impl DocSet {
    /// The documents `docs` of a corpus of `n` documents (any out of range
    /// are left out).
    pub(crate) fn of(n: usize, docs: impl IntoIterator<Item = usize>) -> DocSet {
        let mut has = vec![false; n];
        for di in docs {
            if let Some(h) = has.get_mut(di) {
                *h = true;
            }
        }
        DocSet(has)
    }

    /// Whether document `di` is in the set.
    #[inline]
    pub(crate) fn contains(&self, di: usize) -> bool {
        self.0.get(di).copied().unwrap_or(false)
    }

    /// The documents in both sets.
    pub(crate) fn and(&self, other: &DocSet) -> DocSet {
        let both = self.0.iter().zip(&other.0).map(|(&a, &b)| a && b);
        DocSet(both.collect())
    }

    /// The documents of the set, ascending.
    pub(crate) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter(|&(_, &h)| h)
            .map(|(i, _)| i)
    }
}

/// The documents of the theme's outlets with a passage `q` matches. Only
/// documents are gathered, not every matching passage: a scope that
/// matches six million passages of a million articles gathers the
/// articles' keys once each.
pub(crate) fn documents_matching(
    corpus: &Corpus,
    theme: &Theme,
    q: &dyn TQuery,
) -> tantivy::Result<DocSet> {
    let collector = KeyCollector {
        outlets: Arc::new(theme.outlets.iter().map(|o| outlet_key(o)).collect()),
        documents_only: true,
        corpus,
    };
    let found = crate::corpus::search_segments(&corpus.reader.searcher(), q, &collector, None)?;
    Ok(DocSet::of(
        corpus.documents.len(),
        found.into_iter().map(|(di, _)| di as usize),
    ))
}

/// Collects (document, paragraph) of every match in the theme's outlets;
/// or, `documents_only`, (document, 0) once per run of a document's
/// matching passages (they are indexed together).
struct KeyCollector<'c> {
    outlets: Arc<text::FxSet<u64>>,
    documents_only: bool,
    /// The corpus searched, whose documents the passages are of.
    corpus: &'c Corpus,
}

struct KeySegment {
    outlets: Arc<text::FxSet<u64>>,
    documents_only: bool,
    /// The document of each passage.
    positions: Arc<crate::corpus::Positions>,
    okey: Fast,
    para: Fast,
    out: Vec<Hit>,
}

impl Collector for KeyCollector<'_> {
    type Fruit = Vec<Hit>;
    type Child = KeySegment;

    fn for_segment(&self, _segment: u32, reader: &SegmentReader) -> tantivy::Result<KeySegment> {
        Ok(KeySegment {
            outlets: self.outlets.clone(),
            documents_only: self.documents_only,
            positions: self.corpus.positions(reader)?,
            okey: Fast::of(reader, "okey")?,
            para: Fast::of(reader, "para")?,
            out: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Hit>>) -> tantivy::Result<Vec<Hit>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for KeySegment {
    type Fruit = Vec<Hit>;

    fn collect(&mut self, doc: DocId, _score: f32) {
        let Some(ok) = self.okey.get(doc) else {
            return;
        };
        if !self.outlets.contains(&ok) {
            return;
        }
        let Some(di) = self.positions.get(doc) else {
            return;
        };
        if self.documents_only {
            if self.out.last().is_none_or(|&(last, _)| last as usize != di) {
                self.out.push(hit(di, 0));
            }
        } else if let Some(p) = self.para.get(doc) {
            self.out.push(hit(di, p as usize));
        }
    }

    fn harvest(self) -> Vec<Hit> {
        self.out
    }
}

#[cfg(test)]
pub(crate) mod testutil {
    //! Hand-made corpora for the analyses' tests.
    use crate::config::Project;
    use crate::corpus::Corpus;

    /// A project with outlets a, b, c and theme `t` scoped to Russia/Moscow,
    /// and a corpus of `docs` (outlet, path, text).
    pub(crate) fn setup(docs: &[(&str, &str, &str)]) -> (Project, Corpus) {
        setup_with("", docs)
    }

    /// Like [`setup`], with more config (e.g. facets of theme `t`).
    pub(crate) fn setup_with(extra: &str, docs: &[(&str, &str, &str)]) -> (Project, Corpus) {
        let cfg = format!(
            "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"Alpha News\"\n[outlets.b]\nname = \"Beta\"\ndomains = [\"beta.example\"]\n[outlets.c]\nname = \"Gamma Review\"\n\
             [themes.t]\ntitle = \"T\"\nscope = 'Russia OR Moscow OR Russian OR Kremlin'\n{extra}"
        );
        crate::testutil::corpus_of(&cfg, docs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::collect;
    use crate::corpus;
    use std::path::Path;

    #[test]
    fn facet_matches_from_the_collection_s_searches_are_those_searched_on_their_own() {
        let docs: &[(&str, &str, &str)] = &[
            (
                "a",
                "s/a/1.txt",
                "Russia mediates today, officials said.\n\nThe talks resumed in Geneva.\n\nMoscow answered the same week, and talks went on.\n",
            ),
            (
                "a",
                "s/a/2.txt",
                "Talks resumed without anyone.\n\nThe weather was fine.\n",
            ),
            (
                "b",
                "s/b/2.txt",
                "The Kremlin said the talks failed.\n\nA ceasefire held.\n",
            ),
            (
                "c",
                "s/c/3.txt",
                "A ceasefire was brokered.\n\nRussian peacekeepers left.\n",
            ),
        ];
        let facets = "[[themes.t.facets]]\nid = \"m\"\ntitle = \"M\"\nquery = 'talks OR ceasefire'\n\
                      [[themes.t.facets]]\nid = \"p\"\ntitle = \"P\"\nquery = 'peacekeepers OR \"talks resumed\"'\n";
        let per_paragraph = format!("scope-per = \"paragraph\"\n{facets}");
        // Scope per article, per paragraph, and a theme with no facets
        // (the scope is its facet).
        for extra in [facets, per_paragraph.as_str(), ""] {
            let (p, c) = testutil::setup_with(extra, docs);
            let theme = &p.themes[0];
            let in_scope = crate::collect::articles_in_scope(&c, theme);
            let alone = prematch_in(&c, theme, &in_scope);
            let (col, matches) = crate::collect::collect_matching(&c, theme, &in_scope).unwrap();
            let merged = prematch_from(&c, theme, &in_scope, matches);
            assert_eq!(merged.facets, alone.facets, "{extra}");
            assert!(merged.facets.iter().any(|m| !m.is_empty()), "{extra}");
            assert_eq!(merged.scoped, alone.scoped, "{extra}");
            // The collection is the one collected on its own.
            let own = crate::collect::collect_in(&c, theme, &in_scope).unwrap();
            assert_eq!(
                serde_json::to_string(&col).unwrap(),
                serde_json::to_string(&own).unwrap()
            );
        }
    }

    #[test]
    fn paragraphs_per_document_are_sorted_without_repeats_in_one_buffer() {
        let pairs = [(2, 5), (0, 1), (2, 3), (2, 5), (9, 1), (0, 1), (3, 0)];
        let mut per = PerDoc::of(4, || pairs.iter().copied());
        assert_eq!(per.len(), 4);
        let lists: Vec<&[u32]> = (0..4).map(|di| &per[di]).collect();
        assert_eq!(lists, [&[1][..], &[], &[3, 5], &[0]]);
        assert_eq!(per.paras(2).collect::<Vec<usize>>(), [3, 5]);
        assert_eq!(per.total(), 4);
        per.retain_docs(|di| di != 2);
        let lists: Vec<&[u32]> = (0..4).map(|di| &per[di]).collect();
        assert_eq!(lists, [&[1][..], &[], &[], &[0]]);
        assert_eq!(per.total(), 2);
        let none = PerDoc::of(0, || pairs.iter().copied());
        assert_eq!((none.len(), none.total()), (0, 0));
    }

    #[test]
    fn a_set_of_documents_holds_what_it_was_given_and_nothing_out_of_range() {
        let set = DocSet::of(5, [3, 0, 3, 9]);
        assert_eq!(set.iter().collect::<Vec<_>>(), [0, 3]);
        assert!(set.contains(0) && set.contains(3));
        assert!(!set.contains(1) && !set.contains(9));
        assert_eq!(DocSet::of(0, [0]).iter().count(), 0);
        let both = DocSet::of(5, [0, 1, 4]).and(&DocSet::of(5, [1, 2, 4]));
        assert_eq!(both.iter().collect::<Vec<_>>(), [1, 4]);
    }

    #[test]
    fn documents_matching_gives_each_article_once_as_the_passages_do() {
        let facet = "[[themes.t.facets]]\nid = \"m\"\ntitle = \"M\"\nquery = 'said'\n";
        let (p, c) = testutil::setup_with(
            facet,
            &[
                (
                    "a",
                    "s/a/1.txt",
                    "Russia mediates today, officials said.\n\nMoscow answered the same week.\n\nNothing else.\n",
                ),
                ("b", "s/b/2.txt", "The weather was fine all week.\n"),
                ("c", "s/c/3.txt", "The Kremlin said nothing more.\n"),
            ],
        );
        let theme = &p.themes[0];
        let (_, scope) = theme.scope.as_ref().unwrap();
        let pairs = matching(&c, theme, &[0, 1, 2], scope, &mut Vec::new());
        let found = crate::collect::articles_in_scope(&c, theme)
            .unwrap()
            .unwrap();
        let mut from_pairs: Vec<usize> = pairs.iter().map(|&(di, _)| di as usize).collect();
        from_pairs.dedup();
        assert_eq!(found.iter().collect::<Vec<_>>(), from_pairs);
        assert_eq!(from_pairs.len(), 2, "{pairs:?}");
    }

    #[test]
    fn scoped_paragraphs_follow_the_scope_query() {
        let (p, c) = testutil::setup(&[(
            "a",
            "s/a/1.txt",
            "Russia mediates between the two sides today, officials said.\n\nThe weather was fine all week across the whole of the region.\n",
        )]);
        let theme = &p.themes[0];
        let col = collect(&c, theme).expect("collect");
        let cmp = compare(&p, &c, theme, &col);
        assert_eq!(cmp.scoped_paragraphs, 1);
        assert!(cmp.notes.is_empty(), "{:?}", cmp.notes);
    }

    #[test]
    fn analyses_read_the_articles_most_on_the_facets_then_the_newest() {
        let facet = "[[themes.t.facets]]\nid = \"m\"\ntitle = \"Mediation\"\nquery = 'ceasefire'\n";
        let dated = |d: &str, text: &str| format!("+++\ndate = {d}\n+++\n{text}");
        let twice = dated(
            "2020-01-01",
            "Russia brokered the ceasefire in the south.\n\nMoscow says the ceasefire holds this week.\n",
        );
        let newer = dated(
            "2023-05-01",
            "Russia wants the ceasefire kept in the north.\n",
        );
        let older = dated(
            "2019-05-01",
            "Russia saw the ceasefire break in the east.\n",
        );
        let none = dated(
            "2024-01-01",
            "Russia held an election that was watched closely.\n",
        );
        let (p, c) = testutil::setup_with(
            facet,
            &[
                ("a", "s/a/1.txt", &twice),
                ("a", "s/a/2.txt", &newer),
                ("a", "s/a/3.txt", &older),
                ("a", "s/a/4.txt", &none),
                ("b", "s/b/1.txt", &older),
            ],
        );
        let theme = &p.themes[0];
        let col = collect(&c, theme).expect("collect");
        let mut notes = Vec::new();
        let in_theme: Vec<usize> = (0..c.documents.len()).collect();
        let scoped = scoped_paragraphs(
            &c,
            theme,
            &in_theme,
            theme.scope.as_ref().map(|s| &s.1),
            &mut notes,
        );
        let facets = vec![matching(
            &c,
            theme,
            &in_theme,
            &facet_query(theme, &theme.facets[0]),
            &mut notes,
        )];
        let col_of: Vec<usize> = c
            .documents
            .iter()
            .map(|d| usize::from(d.outlet.as_deref() == Some("b")))
            .collect();
        let path = |i: &usize| c.documents[*i].path.clone();
        let empty = Collection {
            facets: Vec::new(),
            ..col.clone()
        };
        let pick = |n: usize, col: &Collection, notes: &mut Vec<String>| {
            analyzed(&c, &scoped, &facets, &col_of, col, n, notes)
                .iter()
                .map(path)
                .collect::<Vec<_>>()
        };
        let mut notes = Vec::new();
        assert_eq!(
            pick(2, &empty, &mut notes),
            ["s/a/1.txt", "s/a/2.txt", "s/b/1.txt"]
        );
        assert!(notes[0].contains("read 3 of the 5 articles"), "{notes:?}");
        let mut notes = Vec::new();
        assert_eq!(pick(3, &empty, &mut notes).len(), 4, "then the older one");
        assert_eq!(pick(1, &empty, &mut notes), ["s/a/1.txt", "s/b/1.txt"]);
        // An article a facet shows is read even beyond the limit.
        let shown = pick(1, &col, &mut notes);
        assert!(shown.len() > 2, "{shown:?}");
        // Without a limit nothing is left out and nothing is noted.
        let mut notes = Vec::new();
        assert_eq!(pick(10, &empty, &mut notes).len(), 5);
        assert!(notes.is_empty(), "{notes:?}");
    }

    #[test]
    fn analyses_read_only_the_paragraphs_on_the_facets_of_articles_in_scope() {
        let facet = "[[themes.t.facets]]\nid = \"m\"\ntitle = \"Mediation\"\nquery = 'ceasefire'\n";
        // The ceasefire paragraph does not name the scope; its article does.
        let text = "Russia sent a delegation to the region on Monday, officials said.\n\n\
            The ceasefire broke down overnight and 12 people were killed in the shelling, \
            \"The ceasefire must hold for everyone,\" Oleg Petrov told reporters.\n\n\
            \"The harvest this year is the best we have seen in a decade,\" Ivan Sidorov told reporters. \
            Floods displaced 4,000 people there in 2001.\n";
        let (p, c) = testutil::setup_with(facet, &[("a", "s/a/1.txt", text)]);
        let theme = &p.themes[0];
        let col = collect(&c, theme).expect("collect");
        let cmp = compare(&p, &c, theme, &col);
        assert_eq!(cmp.scoped_paragraphs, 1, "only the ceasefire paragraph");
        let speakers: Vec<&str> = cmp.quotes.iter().map(|q| q.name.as_str()).collect();
        assert!(speakers.contains(&"Oleg Petrov"), "{speakers:?}");
        // Counter-examples: the quote, the figure and the year of the
        // paragraph on no facet are not the theme's.
        assert!(
            !speakers.iter().any(|s| s.contains("Sidorov")),
            "{speakers:?}"
        );
        let cats: Vec<&str> = cmp.figures.iter().map(|g| g.category.as_str()).collect();
        assert!(cats.contains(&"killed"), "{:#?}", cmp.figures);
        assert!(!cats.contains(&"displaced"), "{:#?}", cmp.figures);
        let events: Vec<&str> = cmp
            .timeline
            .undated
            .iter()
            .flat_map(|a| a.events.iter().map(|e| e.date.as_str()))
            .collect();
        assert!(!events.contains(&"2001"), "{events:?}");
        // With `scope-per = "paragraph"` the ceasefire paragraph is out of
        // the theme too: it does not name the scope.
        let per = format!("scope-per = \"paragraph\"\n{facet}");
        let (p, c) = testutil::setup_with(&per, &[("a", "s/a/1.txt", text)]);
        let col = collect(&c, &p.themes[0]).expect("collect");
        let cmp = compare(&p, &c, &p.themes[0], &col);
        assert_eq!(cmp.scoped_paragraphs, 0);
        assert!(cmp.quotes.is_empty() && cmp.figures.is_empty());
    }

    /// The seeds, ingested as `juxta` reads them, with the bundled project.
    pub(crate) fn seeds() -> (Project, Corpus) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = Project::load(&root.join("juxta.toml")).expect("project");
        let (files, _) = corpus::discover(&project).expect("discover");
        let docs = corpus::ingest_all(&project, &files).expect("ingest");
        (project, Corpus::build(docs).expect("corpus"))
    }

    #[test]
    fn seeds_compare_end_to_end() {
        let (p, c) = seeds();
        let theme = p.theme("security-guarantor").expect("theme");
        let col = collect(&c, theme).expect("collect");
        let cmp = compare(&p, &c, theme, &col);

        // Shared wording: the MT explainer and Carnegie on 1994 and 2016.
        let g =
            cmp.shared
                .iter()
                .find(|g| {
                    g.members.iter().any(|m| {
                        m.at.source.contains("explainer") && m.sentence.contains("May 1994")
                    }) && g.members.iter().any(|m| {
                        m.at.source.contains("carnegie") && m.sentence.contains("May 1994")
                    })
                })
                .unwrap_or_else(|| panic!("no 1994/2016 group in {:#?}", cmp.shared));
        let carnegie = g
            .members
            .iter()
            .find(|m| m.at.source.contains("carnegie"))
            .expect("member");
        let marked: String = carnegie
            .segments
            .iter()
            .filter(|s| s.shared)
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("|");
        assert!(
            marked.contains("in May 1994, and put an end to the Four-Day War in April 2016"),
            "{marked}"
        );

        // Quotes, with full names.
        let name = |s: &str| {
            cmp.quotes
                .iter()
                .find(|q| q.name.contains(s))
                .unwrap_or_else(|| panic!("no {s} in {:#?}", cmp.quotes))
        };
        assert_eq!(name("Lavrov").name, "Sergey Lavrov");
        assert_eq!(name("Peskov").name, "Dmitry Peskov");
        assert_eq!(name("Grigoryan").name, "Tigran Grigoryan");
        // Counter-example: Medvedev's quotes ("a hot phase", "engage with
        // NATO") stand in paragraphs on none of the theme's facets.
        assert!(
            !cmp.quotes.iter().any(|q| q.name.contains("Medvedev")),
            "{:#?}",
            cmp.quotes
        );

        // Timeline: the two undated articles apart.
        let undated: Vec<&str> = cmp
            .timeline
            .undated
            .iter()
            .map(|a| a.source.as_str())
            .collect();
        assert_eq!(undated.len(), 3, "{undated:?}");
        assert!(undated.iter().any(|s| s.contains("explainer")));
        assert!(undated.iter().any(|s| s.contains("carnegie")));
        assert!(cmp.timeline.dated.iter().all(|a| a.article_date.is_some()));

        // Republication stated by Carnegie, of Carnegie's own piece.
        let r = cmp
            .republications
            .iter()
            .find(|r| r.source.contains("carnegie"))
            .expect("republication");
        assert_eq!(r.original_outlet.as_deref(), Some("carnegie"));
        assert!(r.independent);

        // Figures: the displaced figure of the 1990s war conflicts.
        let displaced = cmp
            .figures
            .iter()
            .find(|g| g.category == "displaced" && g.event == "1990s")
            .unwrap_or_else(|| panic!("{:#?}", cmp.figures));
        assert!(displaced.conflict, "{displaced:#?}");
        let dead = cmp
            .figures
            .iter()
            .find(|g| g.category == "killed" && g.event == "1990s")
            .expect("dead");
        assert!(!dead.conflict, "{dead:#?}");

        // Emphasis and overview exist for every outlet and facet.
        assert_eq!(cmp.emphasis.len(), 4);
        assert_eq!(cmp.overview.len(), 5);
        assert!(
            cmp.overview
                .iter()
                .all(|o| !o.sentences.is_empty() && !o.most.is_empty())
        );
        serde_json::to_string(&cmp).expect("serializes");
    }
}
