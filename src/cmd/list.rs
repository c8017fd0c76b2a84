//! `juxta list`: themes and outlets with source counts.

use std::fmt::Write as _;

use crate::corpus;
use crate::error::Result;

/// Arguments of `juxta list`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON: {"outlets": [{id, name, sources}], "themes": [{id, title, default, template, outlets, facets, sources}]}.
    #[arg(long)]
    pub json: bool,
}

/// Runs `juxta list`.
pub fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let project = ctx.project()?;
    let (files, warnings) = corpus::discover(&project)?;
    super::warn_all(&warnings);
    if args.json {
        let outlets: Vec<serde_json::Value> = project
            .outlets
            .iter()
            .map(|o| {
                serde_json::json!({
                    "id": o.id,
                    "name": o.name,
                    "sources": files.iter().filter(|f| f.outlet == o.id).count(),
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
                    "default": project.default_theme.as_deref() == Some(t.id.as_str()),
                    "template": t.template,
                    "outlets": t.outlets,
                    "facets": t.facets.iter().map(|f| f.id.clone()).collect::<Vec<_>>(),
                    "sources": files.iter().filter(|f| t.outlets.contains(&f.outlet)).count(),
                })
            })
            .collect();
        super::out(&super::json(
            &serde_json::json!({"outlets": outlets, "themes": themes}),
        )?);
        return Ok(0);
    }
    let mut s = String::new();
    let _ = writeln!(s, "{}\n", project.title);
    let _ = writeln!(s, "outlets:");
    for o in &project.outlets {
        let n = files.iter().filter(|f| f.outlet == o.id).count();
        let _ = writeln!(
            s,
            "  {:<24} {:<32} {n} source{}",
            o.id,
            o.name,
            if n == 1 { "" } else { "s" }
        );
    }
    let _ = writeln!(s, "\nthemes:");
    for t in &project.themes {
        let n = files
            .iter()
            .filter(|f| t.outlets.contains(&f.outlet))
            .count();
        let default = if project.default_theme.as_deref() == Some(t.id.as_str()) {
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
            if t.facets.len() == 1 { "" } else { "s" },
            t.outlets.len(),
            if t.outlets.len() == 1 { "" } else { "s" },
            if n == 1 { "" } else { "s" },
            t.template
        );
    }
    super::out(&s);
    Ok(0)
}
