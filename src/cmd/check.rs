//! `juxta check`: the pre-merge gate. Loads the configuration, reads every
//! source, runs every query and compiles every theme's template — the build's
//! own pipeline with writing turned off (caches in `.juxta/` are read when
//! present, never written).

use super::plural;
use crate::build::Pipeline;
use crate::config::{Project, Theme};
use crate::corpus::Corpus;
use crate::error::{Location, Result, Warning, WarningKind};
use crate::render::Renderer;

/// Arguments of `juxta check`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Treat warnings as errors (exit code 1 when there are any).
    #[arg(long)]
    pub(crate) deny_warnings: bool,
    /// The period, for this run (as for `build` and `collect`).
    #[command(flatten)]
    pub(crate) period: super::collect::PeriodArgs,
}

/// What checking the themes found.
#[derive(Default)]
struct Findings {
    failed: usize,
    usage: bool,
    warnings: Vec<Warning>,
}

/// Runs `juxta check`.
pub(crate) fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let env = super::Environment::read()?;
    let project = ctx.project_in_period(&env, &args.period.to_override()?)?;
    let (corpus, mut warnings) = Corpus::load_read_only(&project)?;
    warnings.extend(undated(&corpus));
    let renderer =
        Renderer::new(&project.root, env.template_timeout)?.isolated(Some(env.template_memory_mib));
    let pipeline = Pipeline {
        project: &project,
        corpus: &corpus,
        renderer: &renderer,
        source_date_epoch: env.source_date_epoch,
        standards: Vec::new(),
        shas: None,
    };
    let mut found = Findings {
        warnings,
        ..Findings::default()
    };
    for t in &project.themes {
        check_theme(&pipeline, t, &mut found)?;
    }
    super::warn_all(&found.warnings);
    eprintln!(
        "checked {}: {}, {}, {}; {}, {}",
        project.config_name(),
        plural(project.outlets.len(), "outlet"),
        plural(project.themes.len(), "theme"),
        plural(corpus.documents.len(), "source"),
        plural(found.failed, "error"),
        plural(found.warnings.len(), "warning"),
    );
    if found.failed > 0 {
        return Ok(if found.usage { 2 } else { 1 });
    }
    if args.deny_warnings && !found.warnings.is_empty() {
        eprintln!("error: --deny-warnings: {} warnings", found.warnings.len());
        return Ok(1);
    }
    Ok(0)
}

/// A warning for every source that states no date.
fn undated(corpus: &Corpus) -> Vec<Warning> {
    corpus
        .documents
        .iter()
        .filter(|d| d.date.is_none())
        .map(|d| {
            Warning::of(WarningKind::Metadata, "no publication date stated")
                .at(Location::file(d.path.clone()))
                .hint(format!(
                    "if you know it, write `date = 2024-01-31` in a front-matter block \
                     (a line `+++` above and below it) at the top of the file, or in {}.toml",
                    d.path
                ))
        })
        .collect()
}

/// A warning for every outlet whose articles are in a language that no
/// query of the theme is written for: those articles cannot match.
fn language_warnings(corpus: &Corpus, t: &Theme) -> Vec<Warning> {
    let mut out = Vec::new();
    for outlet in &t.outlets {
        for (code, n) in
            crate::collect::unmatched_languages(t, None, corpus.outlet_languages(outlet))
        {
            let name = crate::text::language::describe(&code);
            let how = if t.scope.is_some() && !t.implicit_facet {
                format!(
                    "add `query-{code} = '…'` beside `query` in the facets (and `scope-{code} = '…'` beside `scope`)"
                )
            } else if t.implicit_facet {
                format!("add `scope-{code} = '…'` beside `scope`")
            } else {
                format!("add `query-{code} = '…'` beside `query` in the facets")
            };
            out.push(
                Warning::of(
                    WarningKind::Coverage,
                    format!(
                        "theme `{}`: {} of {outlet} {} in {name}, and no query of the theme is written in it: they cannot match",
                        t.id,
                        plural(n, "article"),
                        if n == 1 { "is" } else { "are" },
                    ),
                )
                .hint(format!("{how}, with the words in that language")),
            );
        }
    }
    out
}

/// " (period: …)" for a theme limited to a period, else nothing.
fn in_period(t: &Theme) -> String {
    match t.period.is_limited() {
        true => format!(" (period: {})", t.period.label()),
        false => String::new(),
    }
}

/// Runs one theme through the pipeline, PDF compiled but not written.
fn check_theme(pipeline: &Pipeline<'_>, t: &Theme, found: &mut Findings) -> Result<()> {
    let project: &Project = pipeline.project;
    if let Err(e) = crate::build::check_template(project, t, &t.template) {
        found.failed += 1;
        found.usage = true;
        eprint!("{}", e.render());
        return Ok(());
    }
    // The briefing is assembled first: an error there stops the check, as
    // before; a template error is reported and the check goes on.
    let out = pipeline.run(t, &t.template, false)?;
    found.warnings.extend(language_warnings(pipeline.corpus, t));
    for f in &out.briefing.facets {
        for c in &f.cells {
            let articles = pipeline.corpus.outlet_counts(&c.outlet).articles;
            if c.matches == 0 && articles > 0 {
                found.warnings.push(Warning::of(WarningKind::Coverage, format!(
                    "theme `{}`, facet `{}`: no passage of {} matches{}",
                    t.id, f.id, c.outlet_name, in_period(t)
                )).hint("the briefing will say \"no passage on this facet\" for this outlet; widen the query if that is wrong"));
            }
        }
    }
    match pipeline.render(t, &out) {
        Ok(r) => {
            found.warnings.extend(r.warnings);
            eprintln!(
                "ok   theme `{}`: template {} compiles ({} pages){}",
                t.id,
                t.template,
                r.pages,
                in_period(t)
            );
        }
        Err(e) => {
            found.failed += 1;
            eprint!("{}", e.render());
        }
    }
    Ok(())
}
