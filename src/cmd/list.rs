//! `juxta list`: themes and outlets with source counts.

use std::fmt::Write as _;

use crate::config::{Project, Theme};
use crate::corpus::{self, SourceFile};
use crate::error::Result;

/// Arguments of `juxta list`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Print JSON: {"outlets": [{id, name, sources}], "themes": [{id, title, default, template, outlets, facets, sources}]}.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Runs `juxta list`.
pub(crate) fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let project = ctx.project()?;
    let (files, warnings) = corpus::discover(&project)?;
    super::warn_all(&warnings);
    if args.json {
        super::out(&super::json(&as_json(&project, &files))?);
    } else {
        super::out(&table(&project, &files));
    }
    Ok(0)
}

/// How many of `files` belong to the outlet `id`.
fn sources_of(files: &[SourceFile], id: &str) -> usize {
    files.iter().filter(|f| *f.outlet == *id).count()
}

/// How many of `files` a theme reads (those of its outlets).
fn sources_of_theme(files: &[SourceFile], t: &Theme) -> usize {
    files
        .iter()
        .filter(|f| t.outlets.iter().any(|o| **o == *f.outlet))
        .count()
}

/// `s` unless `n` is 1.
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Whether `t` is the project's default theme.
fn is_default(project: &Project, t: &Theme) -> bool {
    project.default_theme.as_deref() == Some(t.id.as_str())
}

/// `{"outlets": [{id, name, sources}], "themes": [{id, title, default, template, outlets, facets, sources}]}`.
fn as_json(project: &Project, files: &[SourceFile]) -> serde_json::Value {
    let outlets: Vec<serde_json::Value> = project
        .outlets
        .iter()
        .map(|o| {
            serde_json::json!({
                "id": o.id,
                "name": o.name,
                "sources": sources_of(files, &o.id),
            })
        })
        .collect();
    let themes: Vec<serde_json::Value> = project
        .themes
        .iter()
        .map(|t| {
            serde_json::json!({
                "id": t.id,
                "title": t.title,
                "default": is_default(project, t),
                "template": t.template,
                "outlets": t.outlets,
                "facets": t.facets.iter().map(|f| f.id.clone()).collect::<Vec<_>>(),
                "sources": sources_of_theme(files, t),
            })
        })
        .collect();
    serde_json::json!({"outlets": outlets, "themes": themes})
}

/// The human-readable listing: the title, then outlets and themes with counts.
fn table(project: &Project, files: &[SourceFile]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}\n", project.title);
    let _ = writeln!(s, "outlets:");
    for o in &project.outlets {
        let n = sources_of(files, &o.id);
        let _ = writeln!(s, "  {:<24} {:<32} {n} source{}", o.id, o.name, plural(n));
    }
    let _ = writeln!(s, "\nthemes:");
    for t in &project.themes {
        let n = sources_of_theme(files, t);
        let default = if is_default(project, t) {
            " (default)"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "  {:<24} {}{default}\n  {:<24} {} facet{}, {} outlet{}, {n} source{}, template {}",
            t.id,
            t.title,
            "",
            t.facets.len(),
            plural(t.facets.len()),
            t.outlets.len(),
            plural(t.outlets.len()),
            plural(n),
            t.template
        );
    }
    s
}
