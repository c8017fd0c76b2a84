//! `juxta build`: themes → PDFs in output/.

use crate::build::{self, Options};
use crate::config::Theme;
use crate::corpus::Corpus;
use crate::error::{Error, Result};
use crate::render::Renderer;

/// Arguments of `juxta build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Theme ids to build (default: the project's default-theme).
    #[arg(value_name = "THEME")]
    pub themes: Vec<String>,
    /// Build every theme.
    #[arg(long, conflicts_with = "themes")]
    pub all: bool,
    /// Use this template (a name in report-templates/) instead of each theme's.
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
}

/// Runs `juxta build`.
pub fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let project = ctx.project()?;
    let themes: Vec<&Theme> = select_themes(&project, &args.themes, args.all)?;
    if let Some(t) = &args.template
        && (t.contains("..") || t.starts_with('/') || t.contains('\\'))
    {
        return Err(
            Error::usage(format!("--template `{t}` is not a template name"))
                .hint("name a file in report-templates/ without `.typ`, e.g. --template memo"),
        );
    }
    // Fail fast on a missing template, before the slow stages.
    for t in &themes {
        let name = args.template.clone().unwrap_or_else(|| t.template.clone());
        build::check_template(&project, t, &name)?;
    }
    let (corpus, warnings) = Corpus::load(&project)?;
    super::warn_all(&warnings);
    let renderer = Renderer::new(&project.root)?;
    let options = Options {
        template: args.template.clone(),
    };
    let mut failed = 0;
    for t in &themes {
        let report = build::build_theme(&project, &corpus, &renderer, t, &options);
        super::warn_all(&report.warnings);
        match (&report.failure, &report.output) {
            (Some(e), _) => {
                failed += 1;
                eprint!("{}", e.render());
                eprintln!("failed {} ({:.1}s)", report.theme, report.seconds);
            }
            (None, Some(out)) => {
                eprintln!(
                    "built {out} ({} pages, {} passages, {:.1}s)",
                    report.pages.unwrap_or(0),
                    report.passages,
                    report.seconds
                );
            }
            _ => {}
        }
    }
    if failed > 0 {
        if themes.len() > 1 {
            eprintln!("error: {failed} of {} themes failed", themes.len());
        }
        return Ok(1);
    }
    Ok(0)
}

/// The themes named, the default theme, or all.
pub fn select_themes<'a>(
    project: &'a crate::config::Project,
    ids: &[String],
    all: bool,
) -> Result<Vec<&'a Theme>> {
    if all {
        if project.themes.is_empty() {
            return Err(
                Error::usage(format!("{} defines no themes", project.config_name()))
                    .hint("add a [themes.<id>] table"),
            );
        }
        return Ok(project.themes.iter().collect());
    }
    if ids.is_empty() {
        return match &project.default_theme {
            Some(d) => Ok(vec![project.theme(d)?]),
            None if project.themes.len() == 1 => Ok(vec![&project.themes[0]]),
            None => Err(Error::usage("no theme named and no default-theme set")
                .hint("name a theme (`juxta build THEME`), use --all, or set default-theme in [project]")),
        };
    }
    let mut out = Vec::new();
    for id in ids {
        let t = project.theme(id)?;
        if !out.iter().any(|x: &&Theme| x.id == t.id) {
            out.push(t);
        }
    }
    Ok(out)
}
