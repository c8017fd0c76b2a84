//! The briefing: everything a template receives, as one serializable value.
//!
//! It joins the collection (passages per facet × outlet) with what a reader
//! needs to trust and follow it: outlets with their article counts and date
//! ranges, a citation for every passage, the sources with their hashes, and
//! the build date. `juxta build --emit json` writes exactly this value; it is
//! documented in `report-templates/README.md` and `report-templates/briefing.schema.json`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use schemars::JsonSchema;
use serde::Serialize;

use crate::collect::{Collection, Passage};
use crate::compare::Comparison;
use crate::config::{Project, Theme};
use crate::corpus::Corpus;
use crate::corpus::Entry;

/// Version of the data layout templates receive.
pub(crate) const SCHEMA_VERSION: u32 = 2;

/// The data a template receives.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct Briefing {
    /// Layout version of this data.
    pub(crate) schema: u32,
    /// About the tool.
    pub(crate) juxta: JuxtaInfo,
    /// About the project.
    pub(crate) project: ProjectInfo,
    /// The theme.
    pub(crate) theme: ThemeInfo,
    /// When and from what the briefing was built.
    pub(crate) built: BuiltInfo,
    /// The period the theme reads, and the articles without a stated date.
    pub(crate) period: PeriodInfo,
    /// The executive summary: per outlet its coverage, distinctive terms
    /// and speakers, then the figure conflicts; every item cited.
    pub(crate) summary: crate::summary::Summary,
    /// What changed since the previous build of the theme: new articles
    /// per outlet, new passages per facet (see `src/since.rs`).
    pub(crate) since: crate::since::SinceInfo,
    /// The theme's outlets, in column order.
    pub(crate) outlets: Vec<OutletInfo>,
    /// Facets with their cells.
    pub(crate) facets: Vec<FacetView>,
    /// The articles the briefing cites (its passages and every cross-outlet
    /// result), by outlet in the theme's order, then in path order; `outlets[]` counts the others.
    pub(crate) sources: Vec<SourceInfo>,
    /// Cross-outlet analyses: shared wording, who is quoted, figures,
    /// timeline, distinctive terms, per-facet overview; each list bounded
    /// (see `omitted`).
    pub(crate) comparison: Comparison,
    /// What the bounds on each list left out (report-templates/README.md
    /// gives the limits).
    pub(crate) omitted: crate::bounds::Omitted,
}

/// About juxta.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct JuxtaInfo {
    /// juxta's version.
    pub(crate) version: String,
}

/// About the project.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct ProjectInfo {
    /// The project title.
    pub(crate) title: String,
}

/// About the theme.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct ThemeInfo {
    /// Theme id.
    pub(crate) id: String,
    /// Title.
    pub(crate) title: String,
    /// The question, when set.
    pub(crate) question: Option<String>,
    /// The scope query, when set.
    pub(crate) scope: Option<String>,
    /// What the scope selects: "article" (an article must match it
    /// somewhere; the facets choose its passages) or "paragraph" (every
    /// passage must match it: `scope-per = "paragraph"`, or a theme without
    /// facets, whose scope is its facet).
    pub(crate) scope_per: String,
    /// Template name.
    pub(crate) template: String,
    /// Passages per cell.
    pub(crate) passages_per_cell: usize,
}

/// When the briefing was built.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct BuiltInfo {
    /// "YYYY-MM-DD".
    pub(crate) date: String,
    /// "September 19, 2023".
    pub(crate) date_label: String,
    /// RFC 3339 timestamp.
    pub(crate) timestamp: String,
    /// Where the date comes from: "SOURCE_DATE_EPOCH", "newest stated
    /// article date" or "newest source file" (never the wall clock).
    pub(crate) from: String,
    /// Number of source files the briefing draws on.
    pub(crate) source_count: usize,
}

/// The period a briefing reads: articles count by their own date.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct PeriodInfo {
    /// Whether the theme reads only part of the articles (a period, or
    /// `undated = "exclude"`).
    pub(crate) limited: bool,
    /// First day read, "YYYY-MM-DD", or null (no lower bound).
    pub(crate) from: Option<String>,
    /// Last day read, "YYYY-MM-DD", or null (no upper bound).
    pub(crate) to: Option<String>,
    /// `last` as written ("30 days"), counted back from the build date; or null.
    pub(crate) last: Option<String>,
    /// The period in words: "September 1 – October 31, 2023", "the last 30
    /// days (September 1 – 30, 2023)", "all dates".
    pub(crate) label: String,
    /// Whether articles without a stated date are read.
    pub(crate) undated_included: bool,
    /// Articles of the theme's outlets juxta read (every date).
    pub(crate) articles_read: usize,
    /// Of them, articles in the period (the undated ones included when read).
    pub(crate) articles_in_period: usize,
    /// Articles of the theme's outlets that state no date: read and counted
    /// in `articles_in_period`, or left out (`undated_included` false).
    pub(crate) undated: usize,
}

/// An outlet and its articles.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct OutletInfo {
    /// Outlet id.
    pub(crate) id: String,
    /// Display name.
    pub(crate) name: String,
    /// One line on who the outlet is.
    pub(crate) about: Option<String>,
    /// Number of articles in the theme's period.
    pub(crate) articles: usize,
    /// Number of articles juxta read from the outlet (every date).
    pub(crate) articles_read: usize,
    /// Of the articles in the period, those with a passage that matches a
    /// facet of the theme (within its scope).
    pub(crate) articles_matched: usize,
    /// Earliest stated date.
    pub(crate) first_date: Option<String>,
    /// Latest stated date.
    pub(crate) last_date: Option<String>,
    /// Articles without a stated date.
    pub(crate) undated: usize,
    /// The outlet's articles in languages no query of the theme is written
    /// for (no `query-<code>`): none of them can match. Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) unmatched_languages: Vec<LanguageGap>,
}

/// Articles in a language that no query can match.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct LanguageGap {
    /// ISO 639-1 code, e.g. "de".
    pub(crate) code: String,
    /// English name, e.g. "German".
    pub(crate) name: String,
    /// Number of articles.
    pub(crate) articles: usize,
}

/// The gaps of `docs` for facet `facet` (any facet for `None`).
fn language_gaps(
    theme: &crate::config::Theme,
    facet: Option<usize>,
    counts: &std::collections::BTreeMap<String, usize>,
) -> Vec<LanguageGap> {
    crate::collect::unmatched_languages(theme, facet, counts)
        .into_iter()
        .map(|(code, articles)| LanguageGap {
            name: crate::text::language::name(&code)
                .unwrap_or(&code)
                .to_string(),
            code,
            articles,
        })
        .collect()
}

/// A facet and its cells.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct FacetView {
    /// Facet id.
    pub(crate) id: String,
    /// Title.
    pub(crate) title: String,
    /// Query as written.
    pub(crate) query: String,
    /// One cell per outlet, in column order.
    pub(crate) cells: Vec<CellView>,
}

/// A facet × outlet cell.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct CellView {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Outlet name.
    pub(crate) outlet_name: String,
    /// Passages of the outlet that matched.
    pub(crate) matches: usize,
    /// Of them, passages from the outlet's own articles: republications of
    /// another outlet's article are not counted.
    pub(crate) independent_matches: usize,
    /// Articles of the outlet in the theme's period.
    pub(crate) articles: usize,
    /// Best score among them.
    pub(crate) best_score: Option<f32>,
    /// Passages shown.
    pub(crate) passages: Vec<PassageView>,
    /// The outlet's articles in languages this facet has no query for
    /// (no `query-<code>`): none of them can match. Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) unmatched_languages: Vec<LanguageGap>,
}

/// A passage as the template shows it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct PassageView {
    /// Full text.
    pub(crate) text: String,
    /// The text in pieces; `hit` marks matched query words.
    pub(crate) segments: Vec<Segment>,
    /// Source path.
    pub(crate) source: String,
    /// Paragraph index (0-based, as in `juxta inspect --json`).
    pub(crate) paragraph: usize,
    /// BM25 score.
    pub(crate) score: f32,
    /// Matched query terms.
    pub(crate) matched: Vec<String>,
    /// Facet under which this passage is also shown (the outlet has no other
    /// passage on this facet), or null.
    pub(crate) also_under: Option<String>,
    /// That facet's title, so a template needs no lookup over all facets.
    pub(crate) also_under_title: Option<String>,
    /// The facet under which this same passage is already shown in full
    /// (an earlier facet): templates show a one-line reference here. Null
    /// for the first showing.
    pub(crate) repeat_of: Option<String>,
    /// That facet's title.
    pub(crate) repeat_of_title: Option<String>,
    /// The passage as shown when it is long (over 90 words): the sentences
    /// with its matched words and their neighbours, with `gap` segments
    /// ("[…]") where text is left out. Null when it is shown whole; `text`
    /// and `segments` always hold the whole paragraph.
    pub(crate) excerpt: Option<Vec<Segment>>,
    /// The passage ends where its source is cut off (the file stops
    /// mid-sentence or at a paywall): templates mark the end "[…]".
    pub(crate) cut_off_end: bool,
    /// Whether the passage's article is new since the previous build: the
    /// previous build did not read it (added, or changed since). False on a
    /// first build.
    pub(crate) new: bool,
    /// How to cite it.
    pub(crate) citation: Citation,
}

/// A piece of passage text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, JsonSchema)]
pub(crate) struct Segment {
    /// The text.
    pub(crate) text: String,
    /// Whether it is a word matching the facet's query.
    pub(crate) hit: bool,
    /// Whether it is a word matching only the theme's scope.
    pub(crate) scope: bool,
    /// Whether it stands for left-out text ("[…]"); only in `excerpt`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(crate) gap: bool,
}

/// A citation: outlet · title · date · ¶.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct Citation {
    /// Outlet name.
    pub(crate) outlet: String,
    /// Article title, or the file name when the article states none.
    pub(crate) title: String,
    /// Whether `title` is the article's own title (false: the file name).
    pub(crate) title_stated: bool,
    /// "YYYY-MM-DD" or null.
    pub(crate) date: Option<String>,
    /// "September 19, 2023" or "date not stated".
    pub(crate) date_label: String,
    /// Paragraph number for readers (1-based, as `juxta inspect` prints ¶).
    pub(crate) paragraph: usize,
    /// Last paragraph number when the passage joins a short paragraph with the next.
    pub(crate) paragraph_last: usize,
    /// The article's URL, when stated.
    pub(crate) url: Option<String>,
    /// "YYYY-MM-DD" when `juxta fetch` retrieved the page, else null.
    pub(crate) retrieved: Option<String>,
    /// When the article republishes another outlet's article: that outlet
    /// (its name, or where the article says it was first published).
    pub(crate) republished_from: Option<String>,
    /// When the article has the same text as another outlet's article and
    /// nothing tells which came first (e.g. both carry a wire story): that outlet.
    pub(crate) same_text_as: Option<String>,
    /// The source is cut off: it stops mid-sentence or behind a paywall.
    pub(crate) truncated: bool,
}

/// An article, for the sources appendix.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct SourceInfo {
    /// Path in the project.
    pub(crate) path: String,
    /// Outlet id.
    pub(crate) outlet: Option<String>,
    /// Outlet name.
    pub(crate) outlet_name: Option<String>,
    /// Title, when stated.
    pub(crate) title: Option<String>,
    /// Standfirst, when stated.
    pub(crate) subtitle: Option<String>,
    /// Authors, when stated.
    pub(crate) author: Option<String>,
    /// "YYYY-MM-DD" or null.
    pub(crate) date: Option<String>,
    /// "September 19, 2023" or "date not stated".
    pub(crate) date_label: String,
    /// URL, when stated.
    pub(crate) url: Option<String>,
    /// "YYYY-MM-DD" when `juxta fetch` retrieved the page, else null.
    pub(crate) retrieved: Option<String>,
    /// Full sha256.
    pub(crate) sha256: String,
    /// First 12 hex digits of the sha256.
    pub(crate) sha256_short: String,
    /// Paragraph count.
    pub(crate) paragraphs: usize,
    /// Where the article was first published, when it says so.
    pub(crate) republished_from: Option<String>,
    /// The source is cut off: it stops mid-sentence or behind a paywall.
    pub(crate) truncated: bool,
}

/// The JSON Schema of [`Briefing`], as committed in `report-templates/briefing.schema.json`.
pub(crate) fn schema_json() -> String {
    let schema = schemars::schema_for!(Briefing);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// Formats a date for readers: "September 19, 2023".
pub(crate) fn date_label(d: Option<NaiveDate>) -> String {
    match d {
        Some(d) => d.format("%B %-d, %Y").to_string(),
        None => "date not stated".to_string(),
    }
}

/// When a briefing counts as built, and why that moment: `SOURCE_DATE_EPOCH`
/// when set, else the newest date an article states, else the newest source
/// file's modification time; never the wall clock, so the same inputs give the
/// same PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BuildTime {
    /// The moment, in UTC.
    pub(crate) time: NaiveDateTime,
    /// Where it comes from (see [`BuiltInfo::from`]).
    pub(crate) from: String,
}

impl BuildTime {
    /// The build time of a briefing over `docs`, given the resolved
    /// `SOURCE_DATE_EPOCH` (seconds), if any; `root` is where the
    /// documents' paths start ([`Corpus::root`]).
    pub(crate) fn resolve(
        source_date_epoch: Option<i64>,
        docs: &[&Entry],
        root: &std::path::Path,
    ) -> BuildTime {
        if let Some(t) = source_date_epoch.and_then(|s| DateTime::from_timestamp(s, 0)) {
            return BuildTime {
                time: t.naive_utc(),
                from: "SOURCE_DATE_EPOCH".into(),
            };
        }
        if let Some(d) = docs.iter().filter_map(|d| d.date).max() {
            return BuildTime {
                time: d.and_time(chrono::NaiveTime::MIN),
                from: "newest stated article date".into(),
            };
        }
        let newest = docs
            .iter()
            .filter_map(|d| std::fs::metadata(d.fs_path_in(root)).ok()?.modified().ok())
            .max();
        let t = newest
            .map(|m| DateTime::<chrono::Utc>::from(m).naive_utc())
            .unwrap_or_default();
        BuildTime {
            time: {
                use chrono::Timelike;
                t.with_nanosecond(0).unwrap_or(t)
            },
            from: "newest source file".into(),
        }
    }
}

/// Splits `text` at the highlight ranges into segments: `hits` (facet words)
/// and `scope` (scope words); a range in both counts as a hit.
pub(crate) fn segments(text: &str, hits: &[[usize; 2]], scope: &[[usize; 2]]) -> Vec<Segment> {
    let valid = |r: &[usize; 2]| {
        r[0] < r[1]
            && r[1] <= text.len()
            && text.is_char_boundary(r[0])
            && text.is_char_boundary(r[1])
    };
    let mut ranges: Vec<([usize; 2], bool)> = hits
        .iter()
        .filter(|r| valid(r))
        .map(|r| (*r, true))
        .chain(scope.iter().filter(|r| valid(r)).map(|r| (*r, false)))
        .collect();
    ranges.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out: Vec<Segment> = Vec::new();
    let mut pos = 0;
    let push = |out: &mut Vec<Segment>, t: &str, hit: bool, scope: bool| {
        if t.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.hit == hit && last.scope == scope => last.text.push_str(t),
            _ => out.push(Segment {
                text: t.to_string(),
                hit,
                scope,
                gap: false,
            }),
        }
    };
    for ([s, e], hit) in ranges {
        if s < pos {
            continue;
        }
        push(&mut out, &text[pos..s], false, false);
        push(&mut out, &text[s..e], hit, !hit);
        pos = e;
    }
    push(&mut out, &text[pos..], false, false);
    out
}

/// What a briefing is assembled from, besides the collection and the comparison.
pub(crate) struct Inputs<'a> {
    /// The project (outlet names, title).
    pub(crate) project: &'a Project,
    /// The theme.
    pub(crate) theme: &'a Theme,
    /// The template's name.
    pub(crate) template: &'a str,
    /// The documents, for citations.
    pub(crate) corpus: &'a Corpus,
    /// The documents of the theme's outlets in its period, in path order.
    pub(crate) documents: Vec<&'a Entry>,
    /// When the briefing counts as built.
    pub(crate) built: BuildTime,
}

impl Inputs<'_> {
    fn outlet_name(&self, id: &str) -> String {
        self.project
            .outlet(id)
            .map_or_else(|| id.to_string(), |o| o.name.clone())
    }
}

/// The documents of a theme's outlets in its period, in path order.
pub(crate) fn theme_documents<'a>(corpus: &'a Corpus, theme: &Theme) -> Vec<&'a Entry> {
    outlet_documents(corpus, theme)
        .filter(|d| theme.period.contains(d.date))
        .collect()
}

/// The executive summary of the briefing.
fn summary(
    inputs: &Inputs<'_>,
    facets: &[FacetView],
    comparison: &Comparison,
) -> crate::summary::Summary {
    let outlets: Vec<(String, String)> = inputs
        .theme
        .outlets
        .iter()
        .map(|o| (o.clone(), inputs.outlet_name(o)))
        .collect();
    let counts: Vec<(String, String, Vec<usize>)> = facets
        .iter()
        .map(|f| {
            let per = outlets
                .iter()
                .map(|(o, _)| {
                    f.cells
                        .iter()
                        .find(|c| &c.outlet == o)
                        .map_or(0, |c| c.matches)
                })
                .collect();
            (f.id.clone(), f.title.clone(), per)
        })
        .collect();
    crate::summary::summarize(&outlets, &counts, &inputs.documents, comparison)
}

/// Where outlet `id` stands among the theme's outlets (juxta.toml's order).
fn theme_outlet_rank(theme: &Theme, id: &str) -> Option<usize> {
    theme.outlets.iter().position(|o| o == id)
}

/// The documents of a theme's outlets, every date.
fn outlet_documents<'a: 't, 't>(
    corpus: &'a Corpus,
    theme: &'t Theme,
) -> impl Iterator<Item = &'a Entry> + 't {
    let mut of_theme = crate::corpus::OutletTest::new(&theme.outlets);
    corpus.documents.iter().filter(move |d| of_theme.test(d))
}

/// The theme's period, and how many articles it reads and leaves out.
fn period_info(inputs: &Inputs<'_>) -> PeriodInfo {
    let p = &inputs.theme.period;
    let (mut read, mut undated) = (0, 0);
    let outlets: std::collections::BTreeSet<&str> =
        inputs.theme.outlets.iter().map(String::as_str).collect();
    for o in outlets {
        let c = inputs.corpus.outlet_counts(o);
        read += c.articles;
        undated += c.undated;
    }
    PeriodInfo {
        limited: p.is_limited(),
        from: p.from.map(|d| d.to_string()),
        to: p.to.map(|d| d.to_string()),
        last: p.last.map(|l| l.describe()),
        label: p.label(),
        undated_included: !p.exclude_undated,
        articles_read: read,
        articles_in_period: inputs.documents.len(),
        undated,
    }
}

/// Articles that republish another outlet's article: the other outlet's
/// name, and whether the direction is known.
type Republished<'a> = BTreeMap<&'a str, (String, bool)>;

impl Briefing {
    /// Assembles the briefing of a theme from its collection and comparison.
    pub(crate) fn new(
        inputs: &Inputs<'_>,
        collection: &Collection,
        mut comparison: Comparison,
    ) -> Briefing {
        let docs = &inputs.documents;
        let per_outlet = per_outlet(docs);
        let shown = shown_passages(collection);
        let mut omitted = crate::bounds::bound(&mut comparison, &shown);
        let cited = crate::bounds::cited(&comparison, &shown);
        let mut sources: Vec<SourceInfo> = cited_documents(inputs, &cited)
            .into_iter()
            .map(|d| source_info(inputs, d))
            .collect();
        // In the order of juxta.toml's outlets, then by path.
        let rank = |o: &Option<String>| {
            o.as_ref()
                .and_then(|o| theme_outlet_rank(inputs.theme, o))
                .unwrap_or(usize::MAX)
        };
        sources.sort_by_cached_key(|s| rank(&s.outlet));
        omitted.sources = docs.len() - sources.len();
        let republished = republished(inputs, &comparison);
        let facets = facet_views(inputs, collection, &comparison, &republished, &per_outlet);
        let theme = inputs.theme;
        let time = inputs.built.time;
        Briefing {
            schema: SCHEMA_VERSION,
            juxta: JuxtaInfo {
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            project: ProjectInfo {
                title: inputs.project.title.clone(),
            },
            theme: ThemeInfo {
                id: theme.id.clone(),
                title: theme.title.clone(),
                question: theme.question.clone(),
                scope: theme.scope.as_ref().map(|s| s.0.clone()),
                scope_per: if theme.scope.is_none() || theme.scope_selects_articles() {
                    "article"
                } else {
                    "paragraph"
                }
                .into(),
                template: inputs.template.to_string(),
                passages_per_cell: theme.passages_per_cell,
            },
            built: BuiltInfo {
                date: time.format("%Y-%m-%d").to_string(),
                date_label: date_label(Some(time.date())),
                timestamp: time.and_utc().to_rfc3339(),
                from: inputs.built.from.clone(),
                source_count: docs.len(),
            },
            period: period_info(inputs),
            summary: summary(inputs, &facets, &comparison),
            since: crate::since::SinceInfo::default(),
            outlets: outlet_infos(inputs, &per_outlet, &comparison),
            facets,
            sources,
            comparison,
            omitted,
        }
    }

    /// Passages shown, over all cells.
    pub(crate) fn passage_count(&self) -> usize {
        self.facets
            .iter()
            .flat_map(|f| &f.cells)
            .map(|c| c.passages.len())
            .sum()
    }
}

/// The documents of the period (`inputs.documents`) among `cited`, in
/// their order: each cited path looked up, not every document of the
/// period compared with the set (a million lookups at a million articles).
fn cited_documents<'a>(inputs: &Inputs<'a>, cited: &BTreeSet<String>) -> Vec<&'a Entry> {
    let corpus = inputs.corpus;
    let docs = &inputs.documents;
    // The period's documents are in the corpus's order.
    let at = |d: &Entry| corpus.position(d).unwrap_or(usize::MAX);
    let mut found: Vec<usize> = cited
        .iter()
        .filter_map(|p| {
            let i = corpus.index_of(p)?;
            docs.binary_search_by_key(&i, |d| at(d)).ok()
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found.into_iter().map(|k| docs[k]).collect()
}

/// The passages shown in the facets: source path → paragraph ranges.
fn shown_passages(collection: &Collection) -> crate::bounds::Shown {
    let mut shown = crate::bounds::Shown::new();
    for p in collection
        .facets
        .iter()
        .flat_map(|f| &f.cells)
        .flat_map(|c| &c.passages)
    {
        shown
            .entry(p.source.clone())
            .or_default()
            .push(p.paragraphs);
    }
    shown
}

/// Outlet id → its documents of `docs`, in order.
type PerOutlet<'a> = HashMap<&'a str, Vec<&'a Entry>>;

/// `docs` grouped by outlet (one pass, not one per outlet or cell).
fn per_outlet<'a>(docs: &[&'a Entry]) -> PerOutlet<'a> {
    let mut out: PerOutlet<'a> = HashMap::new();
    for &d in docs {
        if let Some(o) = d.outlet.as_deref() {
            out.entry(o).or_default().push(d);
        }
    }
    out
}

/// The theme's outlets with their article counts and date ranges.
fn outlet_infos(
    inputs: &Inputs<'_>,
    per_outlet: &PerOutlet<'_>,
    comparison: &Comparison,
) -> Vec<OutletInfo> {
    inputs
        .theme
        .outlets
        .iter()
        .map(|id| {
            let mine: &[&Entry] = per_outlet.get(id.as_str()).map_or(&[], Vec::as_slice);
            let first = mine.iter().filter_map(|d| d.date).min();
            let last = mine.iter().filter_map(|d| d.date).max();
            OutletInfo {
                id: id.clone(),
                name: inputs.outlet_name(id),
                about: inputs.project.outlet(id).and_then(|o| o.about.clone()),
                articles: mine.len(),
                articles_read: inputs.corpus.outlet_counts(id).articles,
                articles_matched: comparison
                    .timeline
                    .chart
                    .rows
                    .iter()
                    .find(|r| &r.outlet == id)
                    .map_or(0, |r| r.dated + r.undated),
                first_date: first.map(|d| d.to_string()),
                last_date: last.map(|d| d.to_string()),
                undated: mine.iter().filter(|d| d.date.is_none()).count(),
                unmatched_languages: language_gaps(
                    inputs.theme,
                    None,
                    &crate::collect::language_counts(mine.iter().copied()),
                ),
            }
        })
        .collect()
}

/// Articles that republish another outlet's article, with that outlet and
/// whether the direction is known.
fn republished<'a>(inputs: &Inputs<'_>, comparison: &'a Comparison) -> Republished<'a> {
    comparison
        .republications
        .iter()
        .filter(|r| !r.independent)
        .map(|r| {
            let from = r
                .original_outlet
                .as_deref()
                .map(|o| inputs.outlet_name(o))
                .or_else(|| r.stated_source.clone())
                .unwrap_or_else(|| "another outlet".to_string());
            (r.source.as_str(), (from, r.basis.direction_known))
        })
        .collect()
}

/// A passage with its highlighted segments and its citation.
fn passage_view(inputs: &Inputs<'_>, republished: &Republished<'_>, p: &Passage) -> PassageView {
    let doc = inputs.corpus.document(&p.source);
    let foreign = republished.get(p.source.as_str());
    let citation = Citation {
        outlet: doc
            .and_then(|d| d.outlet.as_deref())
            .map_or_else(String::new, |o| inputs.outlet_name(o)),
        title: doc.map_or_else(|| p.source.clone(), Entry::display_title),
        title_stated: doc.is_some_and(|d| d.title.is_some()),
        date: doc.and_then(Entry::date_string),
        date_label: date_label(doc.and_then(|d| d.date)),
        paragraph: p.paragraph + 1,
        paragraph_last: p.paragraphs[1] + 1,
        url: doc.and_then(|d| d.url.as_deref().map(String::from)),
        retrieved: doc.and_then(|d| d.retrieved).map(|r| r.to_string()),
        republished_from: foreign.filter(|f| f.1).map(|f| f.0.clone()),
        same_text_as: foreign.filter(|f| !f.1).map(|f| f.0.clone()),
        truncated: doc.is_some_and(|d| d.truncated),
    };
    PassageView {
        text: p.text.clone(),
        segments: segments(&p.text, &p.highlights, &p.scope_highlights),
        source: p.source.clone(),
        paragraph: p.paragraph,
        score: p.score,
        matched: p.matched.clone(),
        also_under: p.also_under.clone(),
        also_under_title: p.also_under.as_deref().map(|id| facet_title(inputs, id)),
        repeat_of: None,
        repeat_of_title: None,
        excerpt: excerpt(p),
        cut_off_end: doc.is_some_and(|d| d.truncated) && ends_document(inputs, p),
        new: false,
        citation,
    }
}

/// The title of facet `id` of the theme.
fn facet_title(inputs: &Inputs<'_>, id: &str) -> String {
    inputs
        .theme
        .facets
        .iter()
        .find(|f| f.id == id)
        .map_or_else(|| id.to_string(), |f| f.title.clone())
}

/// Whether passage `p` holds the last paragraph of its document.
fn ends_document(inputs: &Inputs<'_>, p: &Passage) -> bool {
    inputs
        .corpus
        .index_of(&p.source)
        .is_some_and(|i| p.paragraphs[1] + 1 >= inputs.corpus.doc(i).paragraphs.len())
}

/// A long passage as shown: its kept sentences with "[…]" between and
/// around them; `None` when it is shown whole.
fn excerpt(p: &Passage) -> Option<Vec<Segment>> {
    use crate::excerpt::{GAP, clip, excerpt_ranges, gaps_at_ends};
    let ranges = excerpt_ranges(&p.text, &p.highlights)?;
    let gap = |text: &str| Segment {
        text: text.to_string(),
        hit: false,
        scope: false,
        gap: true,
    };
    let (before, after) = gaps_at_ends(&p.text, &ranges);
    let mut out = Vec::new();
    if before {
        out.push(gap(&format!("{GAP} ")));
    }
    for (k, &(a, b)) in ranges.iter().enumerate() {
        if k > 0 {
            out.push(gap(&format!(" {GAP} ")));
        }
        out.extend(segments(
            &p.text[a..b],
            &clip(&p.highlights, a, b),
            &clip(&p.scope_highlights, a, b),
        ));
    }
    if after {
        out.push(gap(&format!(" {GAP}")));
    }
    Some(out)
}

/// The facets with their cells, as the template shows them.
fn facet_views(
    inputs: &Inputs<'_>,
    collection: &Collection,
    comparison: &Comparison,
    republished: &Republished<'_>,
    per_outlet: &PerOutlet<'_>,
) -> Vec<FacetView> {
    let mut views: Vec<FacetView> = collection
        .facets
        .iter()
        .enumerate()
        .map(|(fi, f)| FacetView {
            id: f.id.clone(),
            title: f.title.clone(),
            query: f.query.clone(),
            cells: f
                .cells
                .iter()
                .map(|c| CellView {
                    unmatched_languages: language_gaps(
                        inputs.theme,
                        Some(fi),
                        inputs.corpus.outlet_languages(&c.outlet),
                    ),
                    outlet: c.outlet.clone(),
                    outlet_name: inputs.outlet_name(&c.outlet),
                    matches: c.matches,
                    independent_matches: comparison
                        .independent_outlets
                        .iter()
                        .find(|x| x.facet == f.id)
                        .and_then(|x| x.cells.iter().find(|x| x.outlet == c.outlet))
                        .map_or(c.matches, |x| x.independent_matches),
                    articles: per_outlet.get(c.outlet.as_str()).map_or(0, Vec::len),
                    best_score: c.best_score,
                    passages: c
                        .passages
                        .iter()
                        .map(|p| passage_view(inputs, republished, p))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    mark_repeats(inputs, &mut views);
    views
}

/// Marks every passage already shown under an earlier facet, so it is
/// shown in full once and referred to elsewhere.
fn mark_repeats(inputs: &Inputs<'_>, views: &mut [FacetView]) {
    let mut first: HashMap<(String, usize), String> = HashMap::new();
    for f in views.iter_mut() {
        for p in f.cells.iter_mut().flat_map(|c| c.passages.iter_mut()) {
            let key = (p.source.clone(), p.paragraph);
            match first.get(&key) {
                Some(id) if *id != f.id => {
                    p.repeat_of_title = Some(facet_title(inputs, id));
                    p.repeat_of = Some(id.clone());
                }
                Some(_) => {}
                None => {
                    first.insert(key, f.id.clone());
                }
            }
        }
    }
}

/// An article, for the sources appendix.
fn source_info(inputs: &Inputs<'_>, e: &Entry) -> SourceInfo {
    let d = match inputs.corpus.index_of(&e.path) {
        Some(i) => inputs.corpus.doc(i),
        None => std::sync::Arc::new(e.empty_document(inputs.corpus.root())),
    };
    SourceInfo {
        path: d.path.clone(),
        outlet: d.outlet.clone(),
        outlet_name: d.outlet.as_deref().map(|o| inputs.outlet_name(o)),
        title: d.title.clone(),
        subtitle: d.subtitle.clone(),
        author: d.author.clone(),
        date: d.date_string(),
        date_label: date_label(d.date),
        url: d.url.clone(),
        retrieved: d.retrieved.map(|r| r.to_string()),
        sha256: d.sha256.clone(),
        sha256_short: d.sha256.chars().take(12).collect(),
        paragraphs: d.paragraphs.len(),
        republished_from: d.republished_from.clone(),
        truncated: d.truncated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_split_at_highlights() {
        let s = segments("Russia has a base.", &[[13, 17]], &[[0, 6]]);
        let parts: Vec<(&str, bool, bool)> = s
            .iter()
            .map(|x| (x.text.as_str(), x.hit, x.scope))
            .collect();
        assert_eq!(
            parts,
            vec![
                ("Russia", false, true),
                (" has a ", false, false),
                ("base", true, false),
                (".", false, false)
            ]
        );
        let s = segments("ab", &[[0, 1], [0, 2], [5, 9]], &[]);
        assert_eq!(s.iter().map(|x| x.text.as_str()).collect::<String>(), "ab");
    }

    #[test]
    fn committed_schema_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("report-templates/briefing.schema.json");
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == schema_json(),
            "report-templates/briefing.schema.json is out of date: run `juxta dev schema > report-templates/briefing.schema.json`"
        );
    }

    #[test]
    fn date_labels() {
        assert_eq!(
            date_label(NaiveDate::from_ymd_opt(2016, 4, 7)),
            "April 7, 2016"
        );
        assert_eq!(date_label(None), "date not stated");
    }
}
