//! The timeline: the theme's articles with their stated dates, and the dated
//! events each mentions.
//!
//! The theme's articles are the articles of its outlets with at least one
//! of the theme's paragraphs ([`super::Ctx::scoped`]: on a facet, in an
//! article in scope). Events are read from those paragraphs only: a year
//! (1800–2099, not a count such as "2,000" or "2000 troops"), a decade
//! ("1990s", "the 80s"), each with its month when one comes right before it
//! ("May 1994", "September 19, 2023"). A month named without a year ("in
//! September", "On Sept. 19") is placed in the article's year — the year
//! before when the month is later than the article's month — and marked
//! `year_from_article`; in an undated article it is left out.
//!
//! Articles without a stated date are listed apart (`undated`) and never
//! placed by guess.

use schemars::JsonSchema;
use serde::Serialize;

use super::Ctx;
use super::events::SentenceEvents;
use super::figures::{Words, year_at};
use super::text::ParaText;
use crate::text::DateWord;

/// Words of context kept before a date in an event's label.
pub(crate) const LABEL_BEFORE: usize = 6;
/// Words of context kept after it.
pub(crate) const LABEL_AFTER: usize = 5;

/// At most this many dated (the newest) and undated articles are listed;
/// the rest are counted in `omitted`.
pub(crate) const MAX_ARTICLES: usize = 120;

/// The theme's articles, dated and undated.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Timeline {
    /// Articles with a stated date, oldest first (the newest [`MAX_ARTICLES`],
    /// and the older ones the collection shows a passage of).
    pub dated: Vec<TimelineArticle>,
    /// Articles without one, by outlet column and path (the first
    /// [`MAX_ARTICLES`], and the others the collection shows a passage of).
    pub undated: Vec<TimelineArticle>,
    /// Articles of the theme not listed (beyond the limits above).
    pub(crate) omitted: usize,
    /// Years the theme's paragraphs mention in passing (in a life story, an
    /// aside, or a sentence that tells of no happening): not events, not
    /// listed.
    pub(crate) background: usize,
    /// The articles that match the theme, counted per outlet and period.
    pub(crate) chart: Chart,
    /// How a small theme's timeline is drawn: its axis, the numbered key of
    /// its events and the events left off the axis; `null` for a large
    /// theme (its chart and cited events stand instead).
    pub(crate) drawing: Option<Drawing>,
}

/// Articles that match a facet of the theme (within its scope and period),
/// per outlet and per week, month or year: the unit is chosen from the
/// span of their dates so the chart has at most about 60 columns.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub(crate) struct Chart {
    /// "week", "month" or "year"; "none" when no matching article is dated.
    pub(crate) unit: String,
    /// The columns, oldest first, gaps included.
    pub(crate) buckets: Vec<Bucket>,
    /// One row per outlet of the theme, in column order.
    pub(crate) rows: Vec<ChartRow>,
    /// The largest count of any cell.
    pub(crate) max: usize,
}

/// A column of the chart.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct Bucket {
    /// Its first day, "YYYY-MM-DD" (a Monday for weeks).
    pub(crate) start: String,
    /// "2019", "Sep 2023", "Sep 11".
    pub(crate) label: String,
    /// Whether it starts a year (for axis labels).
    pub(crate) new_year: bool,
}

/// An outlet's row of the chart.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct ChartRow {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Matching articles per bucket.
    pub(crate) counts: Vec<usize>,
    /// Matching articles with a stated date (the sum of `counts`).
    pub(crate) dated: usize,
    /// Matching articles without one (not in `counts`).
    pub(crate) undated: usize,
}

/// Spans up to this many days are drawn by week, up to [`MONTHS_UP_TO`] by month.
const WEEKS_UP_TO: i64 = 26 * 7;
/// Spans up to this many days are drawn by month, longer ones by year.
const MONTHS_UP_TO: i64 = 5 * 366;

/// The chart of the articles `matched` (corpus indices, in the theme's
/// outlets and period).
pub(crate) fn chart(ctx: &Ctx<'_>, matched: &super::DocSet) -> Chart {
    use chrono::{Datelike, NaiveDate};
    let docs = &ctx.corpus.documents;
    let dates = || matched.iter().filter_map(|d| docs[d].date);
    let (Some(first), Some(last)) = (dates().min(), dates().max()) else {
        return Chart {
            unit: "none".into(),
            rows: chart_rows(ctx, matched, 0, |_| None),
            ..Chart::default()
        };
    };
    let span = (last - first).num_days();
    let unit = if span <= WEEKS_UP_TO {
        "week"
    } else if span <= MONTHS_UP_TO {
        "month"
    } else {
        "year"
    };
    let start_of = |d: NaiveDate| -> NaiveDate {
        match unit {
            "week" => d - chrono::Days::new(u64::from(d.weekday().num_days_from_monday())),
            "month" => d.with_day(1).unwrap_or(d),
            _ => NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d),
        }
    };
    let next = |d: NaiveDate| -> Option<NaiveDate> {
        match unit {
            "week" => d.checked_add_days(chrono::Days::new(7)),
            "month" => d.checked_add_months(chrono::Months::new(1)),
            _ => d.checked_add_months(chrono::Months::new(12)),
        }
    };
    let mut starts = vec![start_of(first)];
    while let Some(n) = starts.last().copied().and_then(next).filter(|n| *n <= last) {
        starts.push(n);
    }
    let buckets = starts
        .iter()
        .enumerate()
        .map(|(i, d)| Bucket {
            start: d.to_string(),
            label: match unit {
                "week" => d.format("%b %-d").to_string(),
                "month" => d.format("%b %Y").to_string(),
                _ => d.year().to_string(),
            },
            new_year: i == 0 || d.year() != starts[i - 1].year(),
        })
        .collect();
    let rows = chart_rows(ctx, matched, starts.len(), |d| {
        let s = start_of(d);
        starts.binary_search(&s).ok()
    });
    let max = rows
        .iter()
        .flat_map(|r| r.counts.iter().copied())
        .max()
        .unwrap_or(0);
    Chart {
        unit: unit.into(),
        buckets,
        rows,
        max,
    }
}

/// Per outlet of the theme: its matching articles per bucket (`bucket_of`
/// a date), dated and undated.
fn chart_rows(
    ctx: &Ctx<'_>,
    matched: &super::DocSet,
    buckets: usize,
    bucket_of: impl Fn(chrono::NaiveDate) -> Option<usize>,
) -> Vec<ChartRow> {
    let mut rows: Vec<ChartRow> = ctx
        .theme
        .outlets
        .iter()
        .map(|o| ChartRow {
            outlet: o.clone(),
            counts: vec![0; buckets],
            dated: 0,
            undated: 0,
        })
        .collect();
    for di in matched.iter() {
        let Some(row) = rows.get_mut(ctx.doc_col[di]) else {
            continue;
        };
        match ctx.corpus.documents[di].date {
            None => row.undated += 1,
            Some(d) => {
                if let Some(c) = bucket_of(d).and_then(|b| row.counts.get_mut(b)) {
                    *c += 1;
                    row.dated += 1;
                }
            }
        }
    }
    rows
}

/// An article and the dated events it mentions.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TimelineArticle {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Source path.
    pub(crate) source: String,
    /// The article's title, or its file name.
    pub(crate) title: String,
    /// The stated date, "YYYY-MM-DD"; `null` when not stated.
    pub(crate) article_date: Option<String>,
    /// Dated events it mentions, in date order.
    pub(crate) events: Vec<TimelineEvent>,
}

/// A dated event an article mentions.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct TimelineEvent {
    /// "YYYY", "YYYY-MM", or "YYYYs" for a decade.
    pub(crate) date: String,
    /// The year (a decade's first year), for sorting.
    pub(crate) year: i32,
    /// The month, when stated.
    pub(crate) month: Option<u32>,
    /// "decade", "year" or "month".
    pub(crate) precision: String,
    /// The words around the date.
    pub(crate) label: String,
    /// Paragraph index (0-based).
    pub(crate) paragraph: usize,
    /// Whether the year was taken from the article's date (a month named
    /// without a year).
    pub(crate) year_from_article: bool,
    /// Its number in the drawing's key (`timeline.drawing.key`); `null`
    /// when it is not drawn (off the axis, or beyond the key's limit).
    pub(crate) key: Option<usize>,
}

const MONTH_LEAD: &[&str] = &[
    "in", "on", "since", "by", "until", "early", "late", "mid", "last", "this", "next", "of",
    "from", "during", "before", "after",
];

/// A date mentioned in a distinct paragraph text.
#[derive(Debug, Clone, Copy)]
struct Mention {
    year: i32,
    month: Option<u32>,
    decade: bool,
    /// A month named without a year: the year comes from the article.
    month_only: bool,
    /// Byte range of the label, and whether it was cut before / after.
    label: (u32, u32),
    cut: (bool, bool),
    /// Whether it dates a happening (see [`super::events`]), not a year met
    /// in passing or in a life story.
    event: bool,
}

/// The dates a paragraph mentions.
fn mentions(ctx: &Ctx<'_>, text: &str, pt: &ParaText) -> Vec<Mention> {
    let vocab = &ctx.texts.vocab;
    let mut out = Vec::new();
    let has_date = pt.toks.iter().any(|t| {
        vocab
            .date
            .get(t.word as usize)
            .is_some_and(|w| *w != DateWord::None)
    });
    if !has_date {
        return out;
    }
    for s in Words::sentences(text, pt, vocab) {
        let ev = SentenceEvents::new(&s);
        let used_month = year_mentions(&s, &ev, &mut out);
        month_mentions(&s, &ev, &used_month, &mut out);
    }
    out
}

/// The label of a date at tokens `a..=b` of sentence `s`: byte range of
/// the words around it, and whether it was cut before / after.
fn label(s: &Words<'_>, a: usize, b: usize) -> ((u32, u32), (bool, bool)) {
    let n = s.toks.len();
    let from = a.saturating_sub(LABEL_BEFORE);
    let to = (b + 1 + LABEL_AFTER).min(n);
    match (
        s.toks.get(from),
        to.checked_sub(1).and_then(|l| s.toks.get(l)),
    ) {
        (Some(x), Some(y)) => ((x.start, y.end), (from > 0, to < n)),
        _ => ((0, 0), (false, false)),
    }
}

/// Adds the years and decades of sentence `s` (with a month right before
/// them); gives which tokens are months so used.
fn year_mentions(s: &Words<'_>, ev: &SentenceEvents, out: &mut Vec<Mention>) -> Vec<bool> {
    let n = s.toks.len();
    let mut used_month = vec![false; n];
    for i in 0..n {
        if s.date(i) == DateWord::None {
            continue;
        }
        let Some((lo, _, month, first)) = year_at(s, i) else {
            continue;
        };
        if first < i {
            used_month[first] = true;
        }
        let y = lo as i32;
        let decade = matches!(s.date(i), DateWord::Decade(_));
        let (range, cut) = label(s, first, i);
        out.push(Mention {
            year: if decade { y - y.rem_euclid(10) } else { y },
            month: if decade { None } else { month },
            decade,
            month_only: false,
            label: range,
            cut,
            event: ev.is_event(s, i),
        });
    }
    used_month
}

/// Adds the months of sentence `s` named without a year ("in September",
/// "On Sept. 19"): capitalised, after a lead word or before a day.
fn month_mentions(s: &Words<'_>, ev: &SentenceEvents, used_month: &[bool], out: &mut Vec<Mention>) {
    let n = s.toks.len();
    for (i, &used) in used_month.iter().enumerate() {
        let DateWord::Month(m) = s.date(i) else {
            continue;
        };
        if used || (i + 1..(i + 3).min(n)).any(|k| year_at(s, k).is_some()) {
            continue;
        }
        let capital = s
            .span(i, i + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let day_after = s
            .w(i + 1)
            .parse::<u32>()
            .is_ok_and(|v| (1..=31).contains(&v));
        let lead = i > 0 && MONTH_LEAD.contains(&s.w(i - 1));
        if !(capital && (lead || day_after)) {
            continue;
        }
        let (range, cut) = label(s, i, i + usize::from(day_after));
        out.push(Mention {
            year: 0,
            month: Some(m),
            decade: false,
            month_only: true,
            label: range,
            cut,
            event: ev.is_event(s, i),
        });
    }
}

/// An article of the timeline before it is chosen: its outlet column, its
/// corpus index, its date and its events. Only the articles listed are
/// made [`TimelineArticle`]s: at a million articles, making one for each
/// article in scope held the build's peak memory.
type Entry = (usize, usize, Option<chrono::NaiveDate>, Vec<TimelineEvent>);

/// The theme's timeline; the articles in `cited` (source paths) are listed
/// even beyond [`MAX_ARTICLES`].
pub(crate) fn timeline(ctx: &Ctx<'_>, cited: &std::collections::HashSet<&str>) -> Timeline {
    let mut cache: Vec<Option<Vec<Mention>>> = vec![None; ctx.texts.paras.len()];
    let mut dated: Vec<Entry> = Vec::new();
    let mut undated: Vec<Entry> = Vec::new();
    let mut background = 0;
    for &di in &ctx.theme_docs {
        if ctx.scoped[di].is_empty() {
            continue;
        }
        let date = ctx.corpus.documents[di].date;
        let events = article_events(ctx, di, &mut cache, &mut background);
        let entry = (ctx.doc_col[di], di, date, events);
        match date {
            Some(_) => dated.push(entry),
            None => undated.push(entry),
        }
    }
    // Corpus order is path order.
    dated.sort_by_key(|e| (e.2, e.0, e.1));
    undated.sort_by_key(|e| (e.0, e.1));
    let total = dated.len() + undated.len();
    let skip = dated.len().saturating_sub(MAX_ARTICLES);
    let is_cited = |e: &Entry| cited.contains(ctx.corpus.documents[e.1].path.as_str());
    let article = |(_, di, _, events): Entry| {
        let d = &ctx.corpus.documents[di];
        TimelineArticle {
            outlet: d.outlet.as_deref().unwrap_or_default().to_string(),
            source: d.path.clone(),
            title: d.display_title(),
            article_date: d.date_string(),
            events,
        }
    };
    let dated: Vec<TimelineArticle> = dated
        .into_iter()
        .enumerate()
        .filter(|(i, e)| *i >= skip || is_cited(e))
        .map(|(_, e)| article(e))
        .collect();
    let undated: Vec<TimelineArticle> = undated
        .into_iter()
        .enumerate()
        .filter(|(i, e)| *i < MAX_ARTICLES || is_cited(e))
        .map(|(_, e)| article(e))
        .collect();
    let mut t = Timeline {
        omitted: total - dated.len() - undated.len(),
        dated,
        undated,
        background,
        chart: Chart::default(),
        drawing: None,
    };
    t.drawing = Some(drawing(&mut t));
    t
}

/// The dated events of document `di`, in date order; each distinct
/// paragraph text's mentions are found once (`cache`).
fn article_events(
    ctx: &Ctx<'_>,
    di: usize,
    cache: &mut [Option<Vec<Mention>>],
    background: &mut usize,
) -> Vec<TimelineEvent> {
    let texts = &ctx.texts;
    let d = ctx.doc(di);
    let mut events: Vec<TimelineEvent> = Vec::new();
    for pi in ctx.scoped.paras(di) {
        let (Some(p), Some(&id)) = (d.paragraphs.get(pi), texts.doc_paras[di].get(pi)) else {
            continue;
        };
        let Some(slot) = cache.get_mut(id as usize) else {
            continue;
        };
        let list = slot.get_or_insert_with(|| mentions(ctx, &p.text, &texts.paras[id as usize]));
        *background += list.iter().filter(|m| !m.event).count();
        events.extend(
            list.iter()
                .filter(|m| m.event)
                .filter_map(|m| event(m, d.date, &p.text, pi)),
        );
    }
    events.sort_by(|a, b| {
        (a.year, a.month.unwrap_or(0), a.paragraph).cmp(&(
            b.year,
            b.month.unwrap_or(0),
            b.paragraph,
        ))
    });
    events.dedup_by(|a, b| a.date == b.date && a.paragraph == b.paragraph);
    events
}

/// The event of mention `m` in paragraph `pi` (text `text`) of an article
/// dated `article_date`; a month without a year takes the article's year
/// (the year before when the month is later), and is left out when the
/// article has no date.
fn event(
    m: &Mention,
    article_date: Option<chrono::NaiveDate>,
    text: &str,
    pi: usize,
) -> Option<TimelineEvent> {
    use chrono::Datelike;
    let (year, from_article) = match (m.month_only, article_date, m.month) {
        (false, ..) => (m.year, false),
        (true, Some(ad), Some(month)) => (
            if month <= ad.month() {
                ad.year()
            } else {
                ad.year() - 1
            },
            true,
        ),
        (true, ..) => return None,
    };
    let (date, precision) = match (m.decade, m.month) {
        (true, _) => (format!("{year}s"), "decade"),
        (false, Some(mo)) => (format!("{year:04}-{mo:02}"), "month"),
        (false, None) => (format!("{year:04}"), "year"),
    };
    let mut label = String::new();
    if m.cut.0 {
        label.push('…');
    }
    label.push_str(
        text.get(m.label.0 as usize..m.label.1 as usize)
            .unwrap_or(""),
    );
    if m.cut.1 {
        label.push('…');
    }
    Some(TimelineEvent {
        date,
        year,
        month: m.month,
        precision: precision.into(),
        label,
        paragraph: pi,
        year_from_article: from_article,
        key: None,
    })
}

/// Dates numbered in a drawing's key, at most; later ones are drawn
/// without a number.
pub(crate) const MAX_KEY: usize = 40;
/// Mentions of one date quoted in the key, at most (the rest are counted).
pub(crate) const KEY_MENTIONS: usize = 2;
/// Events off the axis named below it, at most (the rest are counted).
pub(crate) const MAX_OUTSIDE: usize = 5;
/// With fewer events than this, the axis spans them all.
const ZOOM_FROM: usize = 5;
/// The smallest spread, in years, the zoom assumes between the quartiles.
const MIN_SPREAD: i32 = 10;

/// How a small theme's timeline is drawn.
///
/// The axis is zoomed to the span that holds most events: an event more
/// than 1.5 spreads before the first quartile of the events' years or after
/// the third (the spread being the distance between the quartiles, at least
/// [`MIN_SPREAD`] years) is left off the axis and named below it; with
/// fewer than [`ZOOM_FROM`] events nothing is left off. The articles' own
/// dates are always on the axis.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub(crate) struct Drawing {
    /// First year of the axis.
    pub(crate) from: i32,
    /// Last year of the axis (inclusive).
    pub(crate) to: i32,
    /// The dates drawn, oldest first, numbered from 1 (at most [`MAX_KEY`]).
    pub(crate) key: Vec<KeyEntry>,
    /// Dates drawn beyond [`MAX_KEY`], without a number.
    pub(crate) unnumbered: usize,
    /// Events before the axis, all counted.
    pub(crate) before: usize,
    /// Events after the axis, all counted.
    pub(crate) after: usize,
    /// Events off the axis, oldest first (at most [`MAX_OUTSIDE`]).
    pub(crate) outside: Vec<KeyMention>,
}

/// A numbered date of the drawing's key.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct KeyEntry {
    /// Its number, from 1; the drawn events of this date carry it as `key`.
    pub(crate) n: usize,
    /// "YYYY", "YYYY-MM" or "YYYYs".
    pub(crate) date: String,
    /// For readers: "1994", "May 1994", "the 1990s".
    pub(crate) shown: String,
    /// What the articles say of it (at most [`KEY_MENTIONS`], distinct labels).
    pub(crate) mentions: Vec<KeyMention>,
    /// Further mentions of the date, not quoted.
    pub(crate) more: usize,
}

/// An event as one article mentions it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct KeyMention {
    /// For readers: "1994", "May 1994", "the 1990s".
    pub(crate) shown: String,
    /// The words around the date.
    pub(crate) label: String,
    /// Where it is: outlet, source, paragraph.
    #[serde(flatten)]
    pub(crate) at: super::Cited,
}

/// An event's date for readers.
fn shown_date(e: &TimelineEvent) -> String {
    match (e.precision.as_str(), e.month) {
        ("decade", _) => format!("the {}s", e.year),
        (_, Some(m)) => match u8::try_from(m)
            .ok()
            .and_then(|m| chrono::Month::try_from(m).ok())
        {
            Some(month) => format!("{} {}", month.name(), e.year),
            None => e.year.to_string(),
        },
        _ => e.year.to_string(),
    }
}

/// The years an axis of events `years` (sorted) keeps: all of them with
/// fewer than [`ZOOM_FROM`] events, else those within the fences.
fn fences(years: &[i32]) -> (i32, i32) {
    let n = years.len();
    if n < ZOOM_FROM {
        return (i32::MIN, i32::MAX);
    }
    let (q1, q3) = (years[(n - 1) / 4], years[3 * (n - 1) / 4]);
    let spread = (q3 - q1).max(MIN_SPREAD);
    (q1 - spread * 3 / 2, q3 + spread * 3 / 2)
}

/// The drawing's axis for timeline `t`, and the fences of its events'
/// years (see [`Drawing`]).
fn axis(t: &Timeline) -> (Drawing, (i32, i32)) {
    let mut years: Vec<i32> = t
        .dated
        .iter()
        .chain(&t.undated)
        .flat_map(|a| a.events.iter().map(|e| e.year))
        .collect();
    years.sort_unstable();
    let (lo, hi) = fences(&years);
    let article_years = t
        .dated
        .iter()
        .filter_map(|a| a.article_date.as_deref()?.get(..4)?.parse::<i32>().ok());
    let on_axis: Vec<i32> = years
        .iter()
        .copied()
        .filter(|&y| lo <= y && y <= hi)
        .chain(article_years)
        .collect();
    let d = Drawing {
        from: on_axis.iter().copied().min().unwrap_or(0),
        to: on_axis.iter().copied().max().unwrap_or(0),
        ..Drawing::default()
    };
    (d, (lo, hi))
}

/// Lays out the drawing of timeline `t` and numbers its drawn events.
fn drawing(t: &mut Timeline) -> Drawing {
    let (mut d, (lo, hi)) = axis(t);
    let arts: Vec<&TimelineArticle> = t.dated.iter().chain(&t.undated).collect();
    // Every event, oldest first (articles in listed order within a date).
    let mut all: Vec<(usize, usize)> = Vec::new();
    for (ai, a) in arts.iter().enumerate() {
        all.extend((0..a.events.len()).map(|ei| (ai, ei)));
    }
    all.sort_by_key(|&(ai, ei)| {
        let e = &arts[ai].events[ei];
        let decade = e.precision == "decade";
        (e.year, e.month.unwrap_or(0), !decade, ai, ei)
    });
    let mention = |ai: usize, ei: usize| {
        let (a, e) = (arts[ai], &arts[ai].events[ei]);
        KeyMention {
            shown: shown_date(e),
            label: e.label.clone(),
            at: super::Cited {
                outlet: a.outlet.clone(),
                source: a.source.clone(),
                paragraph: e.paragraph,
            },
        }
    };
    let mut numbers: Vec<(usize, usize, usize)> = Vec::new();
    let mut last_unnumbered: Option<&str> = None;
    for &(ai, ei) in &all {
        let e = &arts[ai].events[ei];
        if e.year < lo || e.year > hi {
            *(if e.year < lo {
                &mut d.before
            } else {
                &mut d.after
            }) += 1;
            if d.outside.len() < MAX_OUTSIDE {
                d.outside.push(mention(ai, ei));
            }
            continue;
        }
        let new_date = d.key.last().is_none_or(|k| k.date != e.date);
        if new_date && d.key.len() >= MAX_KEY {
            if last_unnumbered != Some(e.date.as_str()) {
                d.unnumbered += 1;
                last_unnumbered = Some(e.date.as_str());
            }
            continue;
        }
        if new_date {
            d.key.push(KeyEntry {
                n: d.key.len() + 1,
                date: e.date.clone(),
                shown: shown_date(e),
                mentions: Vec::new(),
                more: 0,
            });
        }
        let Some(k) = d.key.last_mut() else { continue };
        numbers.push((ai, ei, k.n));
        if k.mentions.len() < KEY_MENTIONS && !k.mentions.iter().any(|m| m.label == e.label) {
            k.mentions.push(mention(ai, ei));
        } else {
            k.more += 1;
        }
    }
    let mut arts: Vec<&mut TimelineArticle> =
        t.dated.iter_mut().chain(t.undated.iter_mut()).collect();
    for (ai, ei, n) in numbers {
        arts[ai].events[ei].key = Some(n);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::super::compare;
    use super::super::testutil::setup;
    use super::*;
    use crate::collect::collect;

    #[test]
    fn dated_and_undated_articles_with_their_events() {
        let (p, c) = setup(&[
            (
                "a",
                "s/a/dated.txt",
                "A Headline Here\n\nSeptember 19, 2023\n\nRussia brokered the initial ceasefire in May 1994 and put an end to the Four-Day War in April 2016.\n\n\
                 On Sept. 19, Azerbaijan attacked; in November, Moscow may act, officials in Moscow said. Russia has 2,000 peacekeepers there since 2020.\n",
            ),
            (
                "b",
                "s/b/undated.txt",
                "Moscow watched as a war raged in the 80s and 90s, and in September it did nothing.\n",
            ),
            (
                "c",
                "s/c/off.txt",
                "Nothing about the theme in 1999 here.\n",
            ),
        ]);
        let col = collect(&c, &p.themes[0]).expect("collect");
        let t = compare(&p, &c, &p.themes[0], &col).timeline;
        assert_eq!(t.dated.len(), 1);
        assert_eq!(t.undated.len(), 1, "the off-theme article is not listed");
        let a = &t.dated[0];
        assert_eq!(a.article_date.as_deref(), Some("2023-09-19"));
        let dates: Vec<(&str, bool)> = a
            .events
            .iter()
            .map(|e| (e.date.as_str(), e.year_from_article))
            .collect();
        assert_eq!(
            dates,
            vec![
                ("1994-05", false),
                ("2016-04", false),
                ("2020", false),
                ("2022-11", true),
                ("2023-09", true)
            ],
            "{:#?}",
            a.events
        );
        assert!(
            a.events[0].label.contains("ceasefire in May 1994"),
            "{}",
            a.events[0].label
        );
        let b = &t.undated[0];
        assert_eq!(b.article_date, None);
        let dates: Vec<&str> = b.events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, vec!["1980s", "1990s"], "no month placed by guess");
    }

    fn ev(
        date: &str,
        year: i32,
        month: Option<u32>,
        label: &str,
        paragraph: usize,
    ) -> TimelineEvent {
        TimelineEvent {
            date: date.into(),
            year,
            month,
            precision: if date.ends_with('s') {
                "decade"
            } else if month.is_some() {
                "month"
            } else {
                "year"
            }
            .into(),
            label: label.into(),
            paragraph,
            year_from_article: false,
            key: None,
        }
    }

    fn article(outlet: &str, date: Option<&str>, events: Vec<TimelineEvent>) -> TimelineArticle {
        TimelineArticle {
            outlet: outlet.into(),
            source: format!("s/{outlet}/a.txt"),
            title: "A".into(),
            article_date: date.map(str::to_string),
            events,
        }
    }

    #[test]
    fn the_axis_zooms_to_most_events_and_names_the_rest() {
        let mut t = Timeline {
            dated: vec![
                article(
                    "a",
                    Some("2023-09-19"),
                    vec![
                        ev("1828", 1828, None, "a treaty of 1828", 1),
                        ev("2016-04", 2016, Some(4), "war in April 2016", 2),
                        ev("2020", 2020, None, "the war of 2020", 3),
                        ev("2023-09", 2023, Some(9), "the offensive", 4),
                    ],
                ),
                article(
                    "b",
                    Some("2023-10-02"),
                    vec![
                        ev("2016-04", 2016, Some(4), "the April 2016 clashes", 1),
                        ev("2020", 2020, None, "the war of 2020", 2),
                    ],
                ),
            ],
            undated: vec![article(
                "c",
                None,
                vec![ev("2020", 2020, None, "in 2020 talks", 5)],
            )],
            omitted: 0,
            background: 0,
            chart: Chart::default(),
            drawing: None,
        };
        let d = drawing(&mut t);
        assert_eq!((d.from, d.to), (2016, 2023), "1828 is far from the rest");
        assert_eq!((d.before, d.after), (1, 0));
        assert_eq!(d.outside[0].shown, "1828");
        let keys: Vec<(usize, &str, usize, usize)> = d
            .key
            .iter()
            .map(|k| (k.n, k.shown.as_str(), k.mentions.len(), k.more))
            .collect();
        assert_eq!(
            keys,
            vec![
                (1, "April 2016", 2, 0),
                (2, "2020", 2, 1),
                (3, "September 2023", 1, 0)
            ],
            "one number per date; the same words twice are quoted once"
        );
        let numbers: Vec<Option<usize>> = t.dated[0].events.iter().map(|e| e.key).collect();
        assert_eq!(numbers, vec![None, Some(1), Some(2), Some(3)]);
        assert_eq!(t.undated[0].events[0].key, Some(2));
    }

    #[test]
    fn few_events_are_all_drawn() {
        let mut t = Timeline {
            dated: vec![article(
                "a",
                Some("2023-09-19"),
                vec![
                    ev("1915", 1915, None, "in 1915", 1),
                    ev("2020", 2020, None, "in 2020", 2),
                ],
            )],
            undated: vec![],
            omitted: 0,
            background: 0,
            chart: Chart::default(),
            drawing: None,
        };
        let d = drawing(&mut t);
        assert_eq!((d.from, d.to, d.before), (1915, 2023, 0));
        assert_eq!(d.key.len(), 2);
    }
}
