//! The limits of what a template receives: every list of the briefing is
//! bounded, so its size follows what it shows, not the size of the archive.
//! What is left out is counted (`briefing.omitted`) so a template can say
//! "and 212 more"; `juxta collect --json` keeps the whole comparison.
//!
//! The limits are documented in report-templates/README.md.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::Serialize;

use crate::compare::Comparison;

/// Groups of shared wording.
pub(crate) const SHARED_GROUPS: usize = 6;
/// Sentences shown per group of shared wording.
pub(crate) const SHARED_MEMBERS: usize = 3;
/// Republications listed.
pub(crate) const REPUBLICATIONS: usize = 10;
/// Speakers in "Who is quoted".
pub(crate) const SPEAKERS: usize = 12;
/// Quotes kept per speaker and outlet.
pub(crate) const QUOTES_PER_OUTLET: usize = 2;
/// Quotes kept per speaker (the first of each outlet first).
pub(crate) const QUOTES_PER_SPEAKER: usize = 4;
/// Speakers whose quotes are kept: the first this many quoted more than
/// once or by several outlets; the others keep their counts only.
pub(crate) const QUOTED_SPEAKERS: usize = 6;
/// Groups of figures (counts), and apart from them, groups of years.
pub(crate) const FIGURE_GROUPS: usize = 10;
/// Figures per group.
pub(crate) const FIGURES_PER_GROUP: usize = 3;
/// Distinctive terms per outlet.
pub(crate) const TERMS_PER_OUTLET: usize = 3;
/// Up to this many articles, the timeline lists every article of the theme
/// with all its events; beyond, only the articles cited in the facets, with
/// the events of their cited passages.
pub(crate) const TIMELINE_ARTICLES: usize = 12;
/// Events kept on the timeline (the newest).
pub(crate) const TIMELINE_EVENTS: usize = 40;
/// Term forms (rows) per framing lexicon.
pub(crate) const FRAMING_FORMS: usize = 30;
/// Example sentences per framing lexicon: the first use of every form
/// (the first outlet in column order that has one) before the second of any.
pub(crate) const FRAMING_EXAMPLES: usize = 6;

/// What the bounds left out of each list.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub(crate) struct Omitted {
    /// Groups of shared wording beyond [`SHARED_GROUPS`] (of `comparison.shared_total`).
    pub(crate) shared_groups: usize,
    /// Republications beyond [`REPUBLICATIONS`].
    pub(crate) republications: usize,
    /// Speakers beyond [`SPEAKERS`].
    pub(crate) speakers: usize,
    /// Quotations not kept (beyond [`QUOTES_PER_OUTLET`] per speaker and outlet).
    pub(crate) quotes: usize,
    /// Groups of figures (not years) beyond [`FIGURE_GROUPS`].
    pub(crate) figure_groups: usize,
    /// Articles of the theme not on the timeline (`comparison.timeline`).
    pub(crate) timeline_articles: usize,
    /// Events of the listed articles not on the timeline.
    pub(crate) timeline_events: usize,
    /// Whether the timeline lists only the cited articles and the events of
    /// their cited passages (the theme has more than [`TIMELINE_ARTICLES`]
    /// articles); the chart (`comparison.timeline.chart`) counts them all.
    pub(crate) timeline_cited_only: bool,
    /// Distinctive terms beyond [`TERMS_PER_OUTLET`] per outlet.
    pub(crate) terms: usize,
    /// Term forms of framing lexicons beyond [`FRAMING_FORMS`] per lexicon.
    pub(crate) framing_forms: usize,
    /// Example sentences of framing lexicons beyond [`FRAMING_EXAMPLES`]
    /// per lexicon (their cells keep their counts).
    pub(crate) framing_examples: usize,
    /// Articles of the theme's outlets in the period that are not cited,
    /// so not listed in `sources`.
    pub(crate) sources: usize,
}

/// The passages shown in the facets: source path → paragraph ranges.
pub(crate) type Shown = BTreeMap<String, Vec<[usize; 2]>>;

/// Bounds every list of `c`; what was left out is counted.
pub(crate) fn bound(c: &mut Comparison, shown: &Shown) -> Omitted {
    let mut o = Omitted {
        shared_groups: c
            .shared_total
            .saturating_sub(SHARED_GROUPS.min(c.shared.len())),
        republications: c.republications.len().saturating_sub(REPUBLICATIONS),
        speakers: c.quotes.len().saturating_sub(SPEAKERS),
        ..Omitted::default()
    };
    c.shared.truncate(SHARED_GROUPS);
    for g in &mut c.shared {
        g.more += g.members.len().saturating_sub(SHARED_MEMBERS);
        g.members.truncate(SHARED_MEMBERS);
    }
    c.republications.truncate(REPUBLICATIONS);
    c.quotes.truncate(SPEAKERS);
    let mut quoted = 0;
    for sp in &mut c.quotes {
        let keep = if sp.outlets > 1 || sp.quotes > 1 {
            quoted += 1;
            quoted <= QUOTED_SPEAKERS
        } else {
            quoted < QUOTED_SPEAKERS
        };
        o.quotes += bound_quotes(&mut sp.by_outlet, if keep { QUOTES_PER_SPEAKER } else { 0 });
    }
    let (mut counts, mut years) = (0, 0);
    c.figures.retain(|g| {
        let n = if g.category == "year" {
            &mut years
        } else {
            &mut counts
        };
        *n += 1;
        *n <= FIGURE_GROUPS
    });
    o.figure_groups = counts.saturating_sub(FIGURE_GROUPS);
    for g in &mut c.figures {
        g.more += g.figures.len().saturating_sub(FIGURES_PER_GROUP);
        g.figures.truncate(FIGURES_PER_GROUP);
    }
    for e in &mut c.emphasis {
        o.terms += e.terms.len().saturating_sub(TERMS_PER_OUTLET);
        e.terms.truncate(TERMS_PER_OUTLET);
    }
    bound_timeline(c, shown, &mut o);
    bound_framing(c, &mut o);
    o
}

/// Keeps [`FRAMING_FORMS`] forms and [`FRAMING_EXAMPLES`] examples per
/// lexicon: in rounds, each form's next example (by column) in form order.
fn bound_framing(c: &mut Comparison, o: &mut Omitted) {
    for l in &mut c.framing {
        o.framing_forms += l.forms.len().saturating_sub(FRAMING_FORMS);
        l.forms.truncate(FRAMING_FORMS);
        let mut order: Vec<(usize, usize, usize)> = Vec::new();
        for (f, form) in l.forms.iter().enumerate() {
            let with = form
                .cells
                .iter()
                .enumerate()
                .filter(|x| x.1.example.is_some());
            order.extend(with.enumerate().map(|(round, (col, _))| (round, f, col)));
        }
        order.sort_unstable();
        for &(_, f, col) in order.iter().skip(FRAMING_EXAMPLES) {
            l.forms[f].cells[col].example = None;
            o.framing_examples += 1;
        }
    }
}

/// Keeps at most `max` of a speaker's quotes, at most
/// [`QUOTES_PER_OUTLET`] per outlet, the first of every outlet before the
/// second of any; returns how many were dropped.
fn bound_quotes(by_outlet: &mut [crate::compare::quotes::OutletQuotes], max: usize) -> usize {
    let mut keep = vec![0; by_outlet.len()];
    let mut left = max;
    for round in 0..QUOTES_PER_OUTLET {
        for (i, b) in by_outlet.iter().enumerate() {
            if left > 0 && b.quotes.len() > round {
                keep[i] += 1;
                left -= 1;
            }
        }
    }
    let mut dropped = 0;
    for (b, k) in by_outlet.iter_mut().zip(keep) {
        dropped += b.quotes.len() - k;
        b.quotes.truncate(k);
    }
    dropped
}

/// A small theme keeps its whole timeline; a large one only the cited
/// articles and the events of their cited passages, the newest
/// [`TIMELINE_EVENTS`].
fn bound_timeline(c: &mut Comparison, shown: &Shown, o: &mut Omitted) {
    let t = &mut c.timeline;
    let listed = t.dated.len() + t.undated.len();
    if t.omitted == 0 && listed <= TIMELINE_ARTICLES {
        return;
    }
    o.timeline_cited_only = true;
    // A large theme shows its chart and the cited events, not a drawing.
    t.drawing = None;
    let before = listed + t.omitted;
    let cited = |a: &crate::compare::timeline::TimelineArticle| shown.contains_key(&a.source);
    t.dated.retain(cited);
    t.undated.retain(cited);
    let mut events = 0;
    for a in t.dated.iter_mut().chain(t.undated.iter_mut()) {
        let ranges = &shown[&a.source];
        let n = a.events.len();
        for e in &mut a.events {
            e.key = None;
        }
        a.events.retain(|e| {
            ranges
                .iter()
                .any(|r| r[0] <= e.paragraph && e.paragraph <= r[1])
        });
        o.timeline_events += n - a.events.len();
        events += a.events.len();
    }
    // Keep the newest events: drop those of undated articles first, then
    // of the oldest dated ones.
    let mut extra = events.saturating_sub(TIMELINE_EVENTS);
    for a in t.undated.iter_mut().rev().chain(t.dated.iter_mut()) {
        let cut = extra.min(a.events.len());
        a.events.drain(..cut);
        extra -= cut;
        o.timeline_events += cut;
    }
    t.omitted = before - t.dated.len() - t.undated.len();
    o.timeline_articles = t.omitted;
}

/// Every source path the briefing cites: the facets' passages and every
/// result of the (bounded) comparison.
pub(crate) fn cited(c: &Comparison, shown: &Shown) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = shown.keys().cloned().collect();
    let mut add = |s: &str| {
        out.insert(s.to_string());
    };
    for m in c.shared.iter().flat_map(|g| &g.members) {
        add(&m.at.source);
    }
    for r in &c.republications {
        add(&r.source);
        if let Some(s) = &r.original_source {
            add(s);
        }
    }
    for q in c
        .quotes
        .iter()
        .flat_map(|s| &s.by_outlet)
        .flat_map(|b| &b.quotes)
    {
        add(&q.source);
    }
    for f in c.figures.iter().flat_map(|g| &g.figures) {
        add(&f.at.source);
    }
    for a in c.timeline.dated.iter().chain(&c.timeline.undated) {
        add(&a.source);
    }
    for t in c.emphasis.iter().flat_map(|e| &e.terms) {
        add(&t.source);
    }
    for s in c.overview.iter().flat_map(|o| &o.sentences) {
        add(&s.at.source);
    }
    let framing = c.framing.iter().flat_map(|l| &l.forms);
    for e in framing
        .flat_map(|f| &f.cells)
        .filter_map(|x| x.example.as_ref())
    {
        add(&e.at.source);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testutil::setup;

    /// A comparison of `n` articles per outlet, dated in January 2020,
    /// that all share sentences, quote the same person and give figures.
    fn big(n: usize) -> (Comparison, Shown) {
        let texts: Vec<(String, String, String)> = (0..n)
            .flat_map(|i| {
                ["a", "b", "c"].into_iter().map(move |o| {
                    (
                        o.to_string(),
                        format!("sources/{o}/x{i:03}.txt"),
                        format!(
                            "Article {i} on the region\n\nBy Jane Doe\n\nJanuary {}, 2020\n\nIn May 1994 a ceasefire was agreed; Russia has been the broker of the deal ever since, said Lavrov in Moscow on Tuesday.\n\n\"Russia keeps the peace in region number {i},\" said Sergey Lavrov.\n\nIn 2016 more than {} people were killed in the fighting near Moscow.\n",
                            1 + i % 28,
                            100 + i
                        ),
                    )
                })
            })
            .collect();
        let docs: Vec<(&str, &str, &str)> = texts
            .iter()
            .map(|(o, p, t)| (o.as_str(), p.as_str(), t.as_str()))
            .collect();
        let (project, corpus) = setup(&docs);
        let theme = &project.themes[0];
        let col = crate::collect::collect(&corpus, theme).unwrap();
        let c = crate::compare::compare(&project, &corpus, theme, &col);
        let mut shown = Shown::new();
        for p in col
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
        (c, shown)
    }

    #[test]
    fn every_list_is_bounded_and_what_is_left_out_counted() {
        let (mut c, shown) = big(40);
        let timeline_before = c.timeline.dated.len() + c.timeline.omitted;
        let o = bound(&mut c, &shown);
        assert!(c.shared.len() <= SHARED_GROUPS);
        assert!(c.shared.iter().all(|g| g.members.len() <= SHARED_MEMBERS));
        assert!(c.quotes.len() <= SPEAKERS);
        assert!(
            c.quotes
                .iter()
                .flat_map(|s| &s.by_outlet)
                .all(|b| b.quotes.len() <= QUOTES_PER_OUTLET)
        );
        for sp in &c.quotes {
            let kept: usize = sp.by_outlet.iter().map(|b| b.quotes.len()).sum();
            assert!(kept <= QUOTES_PER_SPEAKER, "{}: {kept}", sp.name);
            // The first of every outlet before the second of any.
            if kept < sp.by_outlet.len() {
                assert!(sp.by_outlet.iter().all(|b| b.quotes.len() <= 1));
            }
        }
        assert!(o.quotes > 0, "Lavrov is quoted 40 times per outlet");
        assert!(
            c.figures
                .iter()
                .all(|g| g.figures.len() <= FIGURES_PER_GROUP)
        );
        assert!(c.emphasis.iter().all(|e| e.terms.len() <= TERMS_PER_OUTLET));
        // The timeline keeps only cited articles, and counts the rest.
        let t = &c.timeline;
        assert!(t.dated.iter().all(|a| shown.contains_key(&a.source)));
        assert_eq!(t.dated.len() + t.undated.len() + t.omitted, timeline_before);
        let events: usize = t.dated.iter().map(|a| a.events.len()).sum();
        assert!(events <= TIMELINE_EVENTS);
        // The chart counts every matching article, by week over four weeks.
        let chart = &c.timeline.chart;
        assert_eq!(chart.unit, "week");
        assert!(
            chart.buckets.len() >= 4 && chart.buckets.len() <= 6,
            "{:?}",
            chart.buckets
        );
        let counted: usize = chart.rows.iter().map(|r| r.dated + r.undated).sum();
        assert_eq!(counted, 120);
        assert_eq!(
            chart
                .rows
                .iter()
                .map(|r| r.counts.iter().sum::<usize>())
                .sum::<usize>(),
            120
        );
        // Everything left is cited.
        let cited = cited(&c, &shown);
        for a in &t.dated {
            assert!(cited.contains(&a.source));
        }
        assert!(cited.len() < 120, "{} of 120 articles cited", cited.len());
    }

    #[test]
    fn framing_keeps_each_forms_first_example_before_any_second() {
        let lexicon = "[[themes.t.framing]]\nid = \"f\"\nterms = [\"alpha\", \"beta\", \"gamma\", \"delta\", \"omega\"]\n";
        let text = "Russia named alpha, beta, gamma, delta and omega here.\n";
        let (project, corpus) = crate::compare::testutil::setup_with(
            lexicon,
            &[
                ("a", "s/a/1.txt", text),
                ("b", "s/b/1.txt", text),
                ("c", "s/c/1.txt", text),
            ],
        );
        let theme = &project.themes[0];
        let col = crate::collect::collect(&corpus, theme).unwrap();
        let mut c = crate::compare::compare(&project, &corpus, theme, &col);
        let cells = |c: &Comparison| -> Vec<Vec<bool>> {
            c.framing[0]
                .forms
                .iter()
                .map(|f| f.cells.iter().map(|x| x.example.is_some()).collect())
                .collect()
        };
        assert_eq!(
            cells(&c),
            vec![vec![true; 3]; 5],
            "15 examples before bounds"
        );
        let o = bound(&mut c, &Shown::new());
        assert_eq!(o.framing_examples, 15 - FRAMING_EXAMPLES);
        assert_eq!(o.framing_forms, 0);
        // Round one: every form's first outlet; round two: alpha's second.
        let mut want = vec![vec![true, false, false]; 5];
        want[0][1] = true;
        assert_eq!(cells(&c), want);
        // The counts stay whole.
        assert!(c.framing[0].forms.iter().all(|f| f.count == 3));
        assert!(cited(&c, &Shown::new()).contains("s/b/1.txt"));
    }

    #[test]
    fn a_small_comparison_is_kept_whole() {
        let (mut c, shown) = big(1);
        let before = serde_json::to_string(&c).unwrap();
        let o = bound(&mut c, &shown);
        assert_eq!(serde_json::to_string(&c).unwrap(), before);
        assert_eq!((o.quotes, o.timeline_articles, o.speakers), (0, 0, 0));
    }
}
