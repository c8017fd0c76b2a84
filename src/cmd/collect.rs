//! `juxta collect THEME`: the passages per facet × outlet, as a table or JSON.

use std::fmt::Write as _;

use crate::collect::{self, Collection};
use crate::corpus::Corpus;
use crate::error::{Error, Result};
use crate::period::{Last, Override};
use chrono::NaiveDate;

/// Arguments of `juxta collect`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The theme id.
    #[arg(value_name = "THEME")]
    pub(crate) theme: String,
    /// Print JSON for other tools.
    #[arg(long)]
    pub(crate) json: bool,
    /// Explain every choice: matched terms, scores, why a passage beat the
    /// others, and the candidates not shown (near-duplicates, weak matches …).
    #[arg(long)]
    pub(crate) explain: bool,
    /// The period, for this run.
    #[command(flatten)]
    pub(crate) period: PeriodArgs,
}

/// `--from`, `--to`, `--last`: the themes' period for one run.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct PeriodArgs {
    /// Read only articles dated on or after DATE (YYYY-MM-DD). With --to or
    /// alone, it replaces the theme's from/to/last for this run.
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub(crate) from: Option<NaiveDate>,
    /// Read only articles dated on or before DATE (YYYY-MM-DD), inclusive.
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub(crate) to: Option<NaiveDate>,
    /// Read only articles of the last SPAN up to the build date
    /// (SOURCE_DATE_EPOCH, else today): "30 days", "2 weeks", "6 months".
    #[arg(long, value_name = "SPAN", value_parser = last_arg, conflicts_with_all = ["from", "to"])]
    pub(crate) last: Option<Last>,
}

impl PeriodArgs {
    /// The flags, checked: `--to` not before `--from`.
    pub(crate) fn to_override(&self) -> Result<Override> {
        if let (Some(f), Some(t)) = (self.from, self.to)
            && t < f
        {
            return Err(Error::usage(format!("--to {t} is before --from {f}")).hint(
                "both days are included: --to is the period's last day, on or after --from",
            ));
        }
        Ok(Override {
            from: self.from,
            to: self.to,
            last: self.last,
        })
    }
}

/// A `--from`/`--to` value.
fn date_arg(s: &str) -> std::result::Result<NaiveDate, String> {
    crate::period::parse_date(s).map_err(|e| format!("{e}; expected YYYY-MM-DD, e.g. 2023-09-01"))
}

/// A `--last` value.
fn last_arg(s: &str) -> std::result::Result<Last, String> {
    Last::parse(s)
        .map_err(|e| format!("{e}; expected e.g. \"30 days\", \"2 weeks\" or \"6 months\""))
}

/// Runs `juxta collect`.
pub(crate) fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let env = super::Environment::read()?;
    let project = ctx.project_in_period(&env, &args.period.to_override()?)?;
    let theme = project.theme(&args.theme)?;
    let (corpus, warnings) = Corpus::load(&project)?;
    super::warn_all(&warnings);
    let in_scope = collect::articles_in_scope(&corpus, theme);
    if args.json {
        #[derive(serde::Serialize)]
        struct WithComparison<'a> {
            #[serde(flatten)]
            collection: &'a Collection,
            comparison: crate::compare::Comparison,
        }
        // As a build does: each facet searched once, for both.
        let (c, matches) = collect::collect_matching(&corpus, theme, &in_scope)?;
        let pre = crate::compare::prematch_from(&corpus, theme, &in_scope, matches);
        let comparison = crate::compare::compare_prematched(&project, &corpus, theme, &c, pre);
        super::out(&super::json(&WithComparison {
            collection: &c,
            comparison,
        })?);
    } else {
        let c = collect::collect_in(&corpus, theme, &in_scope)?;
        super::out(&table(&c, &project, args.explain));
    }
    Ok(0)
}

fn table(c: &Collection, project: &crate::config::Project, explain: bool) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} ({})", c.title, c.theme);
    if let Some(q) = &c.question {
        let _ = writeln!(s, "{q}");
    }
    if let Some(sc) = &c.scope {
        let _ = writeln!(s, "scope: {sc}");
    }
    if let Some(t) = project.themes.iter().find(|t| t.id == c.theme)
        && t.period.is_limited()
    {
        let undated = if t.period.exclude_undated {
            "articles without a stated date left out"
        } else {
            "articles without a stated date included"
        };
        let _ = writeln!(s, "period: {} ({undated})", t.period.label());
    }
    for f in &c.facets {
        let _ = writeln!(s, "\n== {} ({})\n   query: {}", f.title, f.id, f.query);
        if explain {
            let _ = writeln!(
                s,
                "   word forms matched in the passages shown: {}",
                forms_line(&facet_forms(f))
            );
        }
        for cell in &f.cells {
            let name = project
                .outlet(&cell.outlet)
                .map_or(cell.outlet.as_str(), |o| o.name.as_str());
            let _ = writeln!(
                s,
                "  -- {name}: {} matching passage{}",
                cell.matches,
                if cell.matches == 1 { "" } else { "s" }
            );
            if cell.passages.is_empty() {
                let _ = writeln!(s, "     (no passage on this facet)");
            }
            for (code, n) in &cell.unmatched_languages {
                let _ = writeln!(
                    s,
                    "     (not searched: {} in {}; add query-{code} to this facet)",
                    super::plural(*n, "article"),
                    crate::text::language::describe(code)
                );
            }
            for p in &cell.passages {
                let paras = if p.paragraphs[0] == p.paragraphs[1] {
                    format!("¶{}", p.paragraph + 1)
                } else {
                    format!("¶{}–{}", p.paragraphs[0] + 1, p.paragraphs[1] + 1)
                };
                let _ = writeln!(
                    s,
                    "     [{:.2}] {} {paras}  matched: {}",
                    p.score,
                    p.source,
                    p.matched.join(", ")
                );
                if let Some(other) = &p.also_under {
                    let _ = writeln!(s, "       (also shown under facet `{other}`)");
                }
                if explain {
                    explain_passage(&mut s, p);
                } else {
                    let _ = writeln!(s, "       {}", ellipsize(&p.text, 160));
                }
            }
            if explain && !cell.rejected.is_empty() {
                let _ = writeln!(s, "     not shown:");
                for r in &cell.rejected {
                    let _ = writeln!(
                        s,
                        "       [{:.2}] {} ¶{}: {}",
                        r.score,
                        r.source,
                        r.paragraph + 1,
                        r.reason
                    );
                }
            }
        }
    }
    s
}

/// What `--explain` says of a shown passage: the word forms each term
/// matched, why it was chosen, its whole text.
fn explain_passage(s: &mut String, p: &crate::collect::Passage) {
    let _ = writeln!(s, "       word forms: {}", forms_line(&p.word_forms));
    let scope = if p.scope_matched.is_empty() {
        "-".to_string()
    } else {
        p.scope_matched.join(", ")
    };
    let _ = writeln!(
        s,
        "       why: {}; relevance {:.2}; scope terms: {scope}",
        p.why, p.relevance
    );
    let _ = writeln!(s, "       {}", p.text);
}

/// Per query term, the word forms it matched in the passages shown under `f`.
fn facet_forms(f: &crate::collect::FacetCells) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut all: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for p in f.cells.iter().flat_map(|c| &c.passages) {
        for (term, forms) in &p.word_forms {
            all.entry(term.clone())
                .or_default()
                .extend(forms.iter().cloned());
        }
    }
    for forms in all.values_mut() {
        forms.sort();
        forms.dedup();
    }
    all
}

/// `bases → based, bases; talks → talks`, or `-` when nothing matched.
fn forms_line(forms: &std::collections::BTreeMap<String, Vec<String>>) -> String {
    if forms.is_empty() {
        return "-".into();
    }
    forms
        .iter()
        .map(|(term, f)| format!("{term} → {}", f.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Shortens `s` to about `n` characters at a word boundary.
pub(crate) fn ellipsize(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > n / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{cut} …")
}
