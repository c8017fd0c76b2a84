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
    /// The articles that match the theme, counted per outlet and period.
    pub(crate) chart: Chart,
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
pub(crate) fn chart(ctx: &Ctx<'_>, matched: &std::collections::BTreeSet<usize>) -> Chart {
    use chrono::{Datelike, NaiveDate};
    let docs = &ctx.corpus.documents;
    let dates: Vec<NaiveDate> = matched.iter().filter_map(|&d| docs[d].date).collect();
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return Chart {
            unit: "none".into(),
            rows: chart_rows(ctx, matched, 0, |_| None),
            ..Chart::default()
        };
    };
    let span = (*last - *first).num_days();
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
    let mut starts = vec![start_of(*first)];
    while let Some(n) = starts
        .last()
        .copied()
        .and_then(next)
        .filter(|n| *n <= *last)
    {
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
    matched: &std::collections::BTreeSet<usize>,
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
    for &di in matched {
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
        let used_month = year_mentions(&s, &mut out);
        month_mentions(&s, &used_month, &mut out);
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
fn year_mentions(s: &Words<'_>, out: &mut Vec<Mention>) -> Vec<bool> {
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
        });
    }
    used_month
}

/// Adds the months of sentence `s` named without a year ("in September",
/// "On Sept. 19"): capitalised, after a lead word or before a day.
fn month_mentions(s: &Words<'_>, used_month: &[bool], out: &mut Vec<Mention>) {
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
        });
    }
}

/// An article of the timeline with its outlet column and corpus index.
type Entry = (usize, usize, TimelineArticle);

/// The theme's timeline; the articles in `cited` (source paths) are listed
/// even beyond [`MAX_ARTICLES`].
pub(crate) fn timeline(ctx: &Ctx<'_>, cited: &std::collections::HashSet<&str>) -> Timeline {
    let mut cache: Vec<Option<Vec<Mention>>> = vec![None; ctx.texts.paras.len()];
    let mut dated: Vec<Entry> = Vec::new();
    let mut undated: Vec<Entry> = Vec::new();
    for &di in &ctx.theme_docs {
        if ctx.scoped[di].is_empty() {
            continue;
        }
        let d = &ctx.corpus.documents[di];
        let entry = (
            ctx.doc_col[di],
            di,
            TimelineArticle {
                outlet: d.outlet.clone().unwrap_or_default(),
                source: d.path.clone(),
                title: d.display_title(),
                article_date: d.date_string(),
                events: article_events(ctx, di, &mut cache),
            },
        );
        if d.date.is_some() {
            dated.push(entry);
        } else {
            undated.push(entry);
        }
    }
    // Corpus order is path order.
    dated.sort_by(|a, b| (&a.2.article_date, a.0, a.1).cmp(&(&b.2.article_date, b.0, b.1)));
    undated.sort_by_key(|e| (e.0, e.1));
    let total = dated.len() + undated.len();
    let skip = dated.len().saturating_sub(MAX_ARTICLES);
    let dated: Vec<TimelineArticle> = dated
        .into_iter()
        .enumerate()
        .filter(|(i, e)| *i >= skip || cited.contains(e.2.source.as_str()))
        .map(|(_, e)| e.2)
        .collect();
    let undated: Vec<TimelineArticle> = undated
        .into_iter()
        .enumerate()
        .filter(|(i, e)| *i < MAX_ARTICLES || cited.contains(e.2.source.as_str()))
        .map(|(_, e)| e.2)
        .collect();
    Timeline {
        omitted: total - dated.len() - undated.len(),
        dated,
        undated,
        chart: Chart::default(),
    }
}

/// The dated events of document `di`, in date order; each distinct
/// paragraph text's mentions are found once (`cache`).
fn article_events(
    ctx: &Ctx<'_>,
    di: usize,
    cache: &mut [Option<Vec<Mention>>],
) -> Vec<TimelineEvent> {
    let texts = &ctx.texts;
    let d = ctx.doc(di);
    let mut events: Vec<TimelineEvent> = Vec::new();
    for &pi in &ctx.scoped[di] {
        let (Some(p), Some(&id)) = (d.paragraphs.get(pi), texts.doc_paras[di].get(pi)) else {
            continue;
        };
        let Some(slot) = cache.get_mut(id as usize) else {
            continue;
        };
        let list = slot.get_or_insert_with(|| mentions(ctx, &p.text, &texts.paras[id as usize]));
        events.extend(list.iter().filter_map(|m| event(m, d.date, &p.text, pi)));
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
    })
}

#[cfg(test)]
mod tests {
    use super::super::compare;
    use super::super::testutil::setup;
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
}
