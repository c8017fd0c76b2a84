//! `juxta check`: the pre-merge gate. Loads the configuration, reads every
//! source, runs every query and compiles every theme's template — and writes
//! nothing (caches in `.juxta/` are read when present, never written).

use super::plural;
use crate::build;
use crate::corpus::Corpus;
use crate::error::{Location, Result, Warning};
use crate::render::{Job, PdfMeta, Renderer};

/// Arguments of `juxta check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Treat warnings as errors (exit code 1 when there are any).
    #[arg(long)]
    pub deny_warnings: bool,
}

/// Runs `juxta check`.
pub fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let project = ctx.project()?;
    let (corpus, mut warnings) = Corpus::load_read_only(&project)?;
    for d in &corpus.documents {
        if d.date.is_none() {
            warnings.push(
                Warning::new("no publication date stated")
                    .at(Location::file(d.path.clone()))
                    .hint(format!(
                        "if you know it, write `date = 2024-01-31` in a front-matter block \
                         (a line `+++` above and below it) at the top of the file, or in {}.toml",
                        d.path
                    )),
            );
        }
    }
    let renderer = Renderer::new(&project.root)?;
    let mut failed = 0;
    let mut usage = false;
    for t in &project.themes {
        if let Err(e) = build::check_template(&project, t, &t.template) {
            failed += 1;
            usage = true;
            eprint!("{}", e.render());
            continue;
        }
        let b = build::briefing(&project, &corpus, t, &t.template)?;
        for f in &b.facets {
            for c in &f.cells {
                let articles = corpus.of_outlet(&c.outlet).count();
                if c.matches == 0 && articles > 0 {
                    warnings.push(Warning::new(format!(
                        "theme `{}`, facet `{}`: no passage of {} matches",
                        t.id, f.id, c.outlet_name
                    )).hint("the briefing will say \"no passage on this facet\" for this outlet; widen the query if that is wrong"));
                }
            }
        }
        let data = serde_json::to_string(&b).unwrap_or_default();
        let path = build::template_path(&project, &t.template);
        match renderer.render(&Job {
            template: &path,
            data: &data,
            meta: PdfMeta::default(),
        }) {
            Ok(r) => {
                warnings.extend(r.warnings);
                eprintln!(
                    "ok   theme `{}`: template {} compiles ({} pages)",
                    t.id, t.template, r.pages
                );
            }
            Err(e) => {
                failed += 1;
                eprint!("{}", e.render());
            }
        }
    }
    super::warn_all(&warnings);
    eprintln!(
        "checked {}: {}, {}, {}; {}, {}",
        project.config_name(),
        plural(project.outlets.len(), "outlet"),
        plural(project.themes.len(), "theme"),
        plural(corpus.documents.len(), "source"),
        plural(failed, "error"),
        plural(warnings.len(), "warning"),
    );
    if failed > 0 {
        return Ok(if usage { 2 } else { 1 });
    }
    if args.deny_warnings && !warnings.is_empty() {
        eprintln!("error: --deny-warnings: {} warnings", warnings.len());
        return Ok(1);
    }
    Ok(0)
}
