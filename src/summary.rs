//! The executive summary: the page after the cover. Per outlet, in the
//! order of juxta.toml: how much it covers each facet, its most distinctive
//! terms with one cited example, and whom it quotes most with one cited
//! quotation; then the figures the outlets disagree on, and what the
//! briefing read (period, undated and cut-off sources). Everything comes from
//! the briefing's own sections, so every statement is cited as they are.

use schemars::JsonSchema;
use serde::Serialize;

use crate::compare::{Cited, Comparison};
use crate::corpus::Entry;

/// Distinctive terms named per outlet.
pub(crate) const TERMS: usize = 3;
/// Speakers named per outlet.
pub(crate) const SPEAKERS: usize = 3;
/// Figure conflicts named.
pub(crate) const CONFLICTS: usize = 3;
/// Locations cited per figure conflict.
pub(crate) const CONFLICT_CITES: usize = 4;
/// The z-score from which a term counts as distinctive (95%, as the
/// distinctive-terms section shows them).
pub(crate) const TERM_Z: f64 = 1.96;
/// The most characters of an example sentence.
const EXAMPLE_CHARS: usize = 220;

/// The executive summary.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct Summary {
    /// Articles of the theme's outlets in its period.
    pub(crate) articles: usize,
    /// Of them, articles that state no date.
    pub(crate) undated: usize,
    /// Of them, articles whose file does not hold the whole text (cut off).
    pub(crate) cut_off: usize,
    /// Earliest and latest stated article date in the period, "YYYY-MM-DD".
    pub(crate) first_date: Option<String>,
    /// See `first_date`.
    pub(crate) last_date: Option<String>,
    /// Per outlet, in the theme's order.
    pub(crate) outlets: Vec<OutletSummary>,
    /// The figures outlets disagree on, first ones (at most 3).
    pub(crate) conflicts: Vec<ConflictSummary>,
    /// How many figure groups disagree in all.
    pub(crate) conflicts_total: usize,
}

/// One outlet in the summary.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct OutletSummary {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Display name.
    pub(crate) name: String,
    /// Articles in the period.
    pub(crate) articles: usize,
    /// The facets it has passages on, most passages first (ties in facet order).
    pub(crate) covers: Vec<FacetCount>,
    /// Titles of the facets it has no passage on, in facet order.
    pub(crate) silent: Vec<String>,
    /// Its most distinctive terms (at most 3, z ≥ 1.96), most distinctive first.
    pub(crate) terms: Vec<String>,
    /// A sentence using the first term, cited.
    pub(crate) term_example: Option<Example>,
    /// How it frames the theme: per framing lexicon of the theme, the term
    /// forms it uses most.
    pub(crate) framing: Vec<FramingUse>,
    /// Whom it quotes most (at most 3), most quotations first.
    pub(crate) quoted: Vec<QuotedCount>,
    /// A quotation of the first speaker, cited.
    pub(crate) quote_example: Option<Example>,
}

/// An outlet's use of one framing lexicon.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct FramingUse {
    /// The lexicon's title.
    pub(crate) lexicon: String,
    /// The forms the outlet uses (at most 3), most uses first.
    pub(crate) forms: Vec<FormUse>,
    /// Forms it uses beyond these.
    pub(crate) more: usize,
    /// A sentence with the first form's first use (or the next form's,
    /// when the framing section's bounds left that example out), cited.
    pub(crate) example: Option<Example>,
}

/// A term form and how much an outlet uses it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct FormUse {
    /// The form as shown: the term, or “term” in scare quotes.
    pub(crate) label: String,
    /// Uses in the outlet's theme paragraphs.
    pub(crate) count: usize,
    /// Share of the outlet's read articles using it (0 to 1).
    pub(crate) share: f64,
}

/// Passages matching a facet.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct FacetCount {
    /// Facet id.
    pub(crate) facet: String,
    /// Facet title.
    pub(crate) title: String,
    /// Matching passages of the outlet.
    pub(crate) matches: usize,
}

/// A speaker and how often an outlet quotes them.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct QuotedCount {
    /// The speaker.
    pub(crate) name: String,
    /// Quotations in the outlet's articles on the theme.
    pub(crate) count: usize,
}

/// A cited example: a sentence or quotation and where it is.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct Example {
    /// The term or speaker it illustrates.
    pub(crate) of: String,
    /// The words, shortened with "…" past 220 characters.
    pub(crate) text: String,
    /// Where it is.
    #[serde(flatten)]
    pub(crate) at: Cited,
}

/// A figure the outlets disagree on.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct ConflictSummary {
    /// What is counted and when: "Killed — the 1990s".
    pub(crate) what: String,
    /// The conflicting figures, in words.
    pub(crate) note: String,
    /// Where the figures are (at most 4).
    pub(crate) cited: Vec<Cited>,
}

/// The summary of a briefing whose facets are `facets` (id, title, and per
/// outlet the matching passages), over the period's `docs`.
pub(crate) fn summarize(
    outlets: &[(String, String)],
    facets: &[(String, String, Vec<usize>)],
    docs: &[&Entry],
    comparison: &Comparison,
) -> Summary {
    let counts = DocCounts::of(docs);
    let conflicts: Vec<_> = comparison.figures.iter().filter(|g| g.conflict).collect();
    Summary {
        articles: docs.len(),
        undated: counts.undated,
        cut_off: counts.cut_off,
        first_date: counts.first.map(|d| d.to_string()),
        last_date: counts.last.map(|d| d.to_string()),
        outlets: outlets
            .iter()
            .enumerate()
            .map(|(col, (id, name))| {
                let articles = counts.per_outlet.get(id.as_str()).copied().unwrap_or(0);
                outlet_summary(col, id, name, facets, articles, comparison)
            })
            .collect(),
        conflicts_total: conflicts.len(),
        conflicts: conflicts
            .iter()
            .take(CONFLICTS)
            .map(|g| ConflictSummary {
                what: format!("{} — {}", capitalized(&g.category), g.event_label),
                note: g.conflict_note.clone().unwrap_or_default(),
                cited: g
                    .figures
                    .iter()
                    .take(CONFLICT_CITES)
                    .map(|f| f.at.clone())
                    .collect(),
            })
            .collect(),
    }
}

/// What the summary counts of the period's articles, in one pass over
/// them (at a million articles, a pass per outlet and count took a third
/// of a second).
#[derive(Debug, Default, PartialEq)]
struct DocCounts<'a> {
    undated: usize,
    cut_off: usize,
    first: Option<chrono::NaiveDate>,
    last: Option<chrono::NaiveDate>,
    per_outlet: crate::compare::text::FxMap<&'a str, usize>,
}

impl<'a> DocCounts<'a> {
    fn of(docs: &[&'a Entry]) -> DocCounts<'a> {
        let mut c = DocCounts::default();
        // Articles of one outlet come in runs: its count is looked up once
        // per run.
        let mut run: Option<(&str, usize)> = None;
        for d in docs {
            c.undated += usize::from(d.date.is_none());
            c.cut_off += usize::from(d.truncated);
            if let Some(date) = d.date {
                c.first = Some(c.first.map_or(date, |f| f.min(date)));
                c.last = Some(c.last.map_or(date, |l| l.max(date)));
            }
            let outlet = d.outlet.as_deref();
            match (&mut run, outlet) {
                (Some((o, n)), Some(now)) if *o == now => *n += 1,
                (_, now) => {
                    if let Some((o, n)) = run.take() {
                        *c.per_outlet.entry(o).or_default() += n;
                    }
                    run = now.map(|o| (o, 1));
                }
            }
        }
        if let Some((o, n)) = run {
            *c.per_outlet.entry(o).or_default() += n;
        }
        c
    }
}

/// Outlet `id` (column `col`) in the summary.
fn outlet_summary(
    col: usize,
    id: &str,
    name: &str,
    facets: &[(String, String, Vec<usize>)],
    articles: usize,
    comparison: &Comparison,
) -> OutletSummary {
    let mut covers: Vec<FacetCount> = facets
        .iter()
        .filter(|f| f.2.get(col).copied().unwrap_or(0) > 0)
        .map(|(facet, title, m)| FacetCount {
            facet: facet.clone(),
            title: title.clone(),
            matches: m[col],
        })
        .collect();
    covers.sort_by_key(|f| std::cmp::Reverse(f.matches));
    let silent = facets
        .iter()
        .filter(|f| f.2.get(col).copied().unwrap_or(0) == 0)
        .map(|f| f.1.clone())
        .collect();
    let emphasis = comparison.emphasis.iter().find(|e| e.outlet == id);
    let distinctive: Vec<&crate::compare::emphasis::Term> = emphasis
        .map(|e| {
            e.terms
                .iter()
                .filter(|t| t.z >= TERM_Z)
                .take(TERMS)
                .collect()
        })
        .unwrap_or_default();
    let terms = distinctive.iter().map(|t| t.term.clone()).collect();
    let term_example = distinctive.first().map(|t| Example {
        of: t.term.clone(),
        text: shorten(sentence_with(&t.text, &t.term)),
        at: Cited {
            outlet: id.to_string(),
            source: t.source.clone(),
            paragraph: t.paragraph,
        },
    });
    let (quoted, quote_example) = quoted_by(id, comparison);
    let framing = comparison
        .framing
        .iter()
        .filter_map(|l| framing_use(id, l))
        .collect();
    OutletSummary {
        outlet: id.to_string(),
        name: name.to_string(),
        articles,
        covers,
        silent,
        terms,
        term_example,
        framing,
        quoted,
        quote_example,
    }
}

/// Term forms shown per outlet and lexicon.
pub(crate) const FORMS: usize = 3;

/// How outlet `id` uses lexicon `l`; `None` when it uses none of its terms.
fn framing_use(id: &str, l: &crate::compare::framing::LexiconCounts) -> Option<FramingUse> {
    let mut used: Vec<(
        &crate::compare::framing::Form,
        &crate::compare::framing::FormCell,
    )> = l
        .forms
        .iter()
        .filter_map(|f| Some((f, f.cells.iter().find(|c| c.outlet == id && c.count > 0)?)))
        .collect();
    if used.is_empty() {
        return None;
    }
    // Most uses first; ties keep the lexicon's order.
    used.sort_by_key(|(_, c)| std::cmp::Reverse(c.count));
    let example = used.iter().find_map(|(f, c)| {
        let e = c.example.as_ref()?;
        Some(Example {
            of: f.label.clone(),
            text: shorten(&format!("{}{}{}", e.before, e.text, e.after)),
            at: e.at.clone(),
        })
    });
    Some(FramingUse {
        lexicon: l.title.clone(),
        more: used.len().saturating_sub(FORMS),
        forms: used
            .iter()
            .take(FORMS)
            .map(|(f, c)| FormUse {
                label: f.label.clone(),
                count: c.count,
                share: c.share,
            })
            .collect(),
        example,
    })
}

/// Whom outlet `id` quotes most, and the first quotation of the first.
fn quoted_by(id: &str, comparison: &Comparison) -> (Vec<QuotedCount>, Option<Example>) {
    let mut counts: Vec<(usize, usize)> = comparison
        .quotes
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let o = s.by_outlet.iter().find(|o| o.outlet == id)?;
            Some((i, o.count))
        })
        .collect();
    // Most quotations first; ties keep the speakers' order (most widely quoted first).
    counts.sort_by_key(|&(i, n)| (std::cmp::Reverse(n), i));
    let example = counts.first().and_then(|&(i, _)| {
        let s = &comparison.quotes[i];
        let q = s
            .by_outlet
            .iter()
            .find(|o| o.outlet == id)?
            .quotes
            .first()?;
        Some(Example {
            of: s.name.clone(),
            text: shorten(&q.text),
            at: Cited {
                outlet: id.to_string(),
                source: q.source.clone(),
                paragraph: q.paragraph,
            },
        })
    });
    let quoted = counts
        .iter()
        .take(SPEAKERS)
        .map(|&(i, count)| QuotedCount {
            name: comparison.quotes[i].name.clone(),
            count,
        })
        .collect();
    (quoted, example)
}

/// The sentence of `text` that holds `term` (any case), else the first.
fn sentence_with<'a>(text: &'a str, term: &str) -> &'a str {
    let spans = crate::text::sentences::sentence_spans(text);
    let lower = term.to_lowercase();
    spans
        .iter()
        .find(|&&(a, b)| text[a..b].to_lowercase().contains(&lower))
        .or(spans.first())
        .map_or(text, |&(a, b)| &text[a..b])
}

/// `s` cut at a word boundary before [`EXAMPLE_CHARS`] characters, with "…".
fn shorten(s: &str) -> String {
    if s.chars().count() <= EXAMPLE_CHARS {
        return s.to_string();
    }
    let cut: String = s.chars().take(EXAMPLE_CHARS).collect();
    let end = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':', ' ']))
}

/// "killed" → "Killed".
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_the_sentence_with_the_term_in_any_case() {
        let text = "Moscow said little. The Peacekeepers left in April. Talks resumed.";
        assert_eq!(
            sentence_with(text, "peacekeepers"),
            "The Peacekeepers left in April."
        );
        // Without the term, the first sentence stands in.
        assert_eq!(sentence_with(text, "guarantor"), "Moscow said little.");
    }

    #[test]
    fn long_examples_are_cut_at_a_word_with_an_ellipsis() {
        let long = "word, ".repeat(60);
        let s = shorten(&long);
        assert!(
            s.ends_with('…') && s.chars().count() <= EXAMPLE_CHARS + 1,
            "{s}"
        );
        assert!(!s.contains(",…"), "{s}");
        assert_eq!(shorten("short"), "short");
        assert_eq!(capitalized("killed"), "Killed");
        assert_eq!(capitalized(""), "");
    }

    #[test]
    fn the_period_s_articles_are_counted_in_one_pass_as_per_outlet_passes_count_them() {
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2023, 9, d);
        let mut docs = Vec::new();
        // Runs of one outlet, an outlet coming back after another, no
        // outlet, no date, a cut-off text.
        for (i, (o, d)) in [
            (Some("a"), day(3)),
            (Some("a"), None),
            (Some("b"), day(1)),
            (None, day(9)),
            (Some("a"), day(20)),
            (Some("c"), None),
            (Some("b"), day(2)),
        ]
        .into_iter()
        .enumerate()
        {
            let mut e = Entry::for_test(&format!("sources/x/{i}.txt"), o, d);
            e.truncated = i == 4;
            docs.push(e);
        }
        let refs: Vec<&Entry> = docs.iter().collect();
        let c = DocCounts::of(&refs);
        for o in ["a", "b", "c", "d"] {
            let want = refs
                .iter()
                .filter(|d| d.outlet.as_deref() == Some(o))
                .count();
            assert_eq!(c.per_outlet.get(o).copied().unwrap_or(0), want, "{o}");
        }
        assert_eq!((c.undated, c.cut_off), (2, 1));
        assert_eq!((c.first, c.last), (day(1), day(20)));
        assert_eq!(DocCounts::of(&[]), DocCounts::default());
    }
}
