//! Building briefings: for each theme, collect, assemble the briefing,
//! render its template and write `output/<theme>.pdf` atomically.
//!
//! One theme's failure is reported and the others still build; the report
//! says which failed so the exit code can.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::briefing::{self, Briefing};
use crate::collect;
use crate::config::{Project, Theme};
use crate::corpus::Corpus;
use crate::error::{Error, Result, Warning};
use crate::render::{self, Job, PdfMeta, Renderer};

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Use this template instead of each theme's.
    pub template: Option<String>,
}

/// What happened to one theme.
#[derive(Debug, Serialize)]
pub struct ThemeReport {
    /// Theme id.
    pub theme: String,
    /// "built" or "failed".
    pub status: String,
    /// The PDF written.
    pub output: Option<String>,
    /// Pages of the PDF.
    pub pages: Option<usize>,
    /// Passages shown.
    pub passages: usize,
    /// Seconds taken.
    pub seconds: f64,
    /// The error, rendered, when it failed.
    pub error: Option<String>,
    /// Warnings.
    #[serde(skip)]
    pub warnings: Vec<Warning>,
    /// The error itself.
    #[serde(skip)]
    pub failure: Option<Error>,
}

/// The template file of a theme (or of an override).
pub fn template_path(project: &Project, name: &str) -> PathBuf {
    project.templates_dir.join(format!("{name}.typ"))
}

/// Checks the template exists; a clear error names the themes' alternatives.
pub fn check_template(project: &Project, theme: &Theme, name: &str) -> Result<PathBuf> {
    let path = template_path(project, name);
    if path.is_file() {
        return Ok(path);
    }
    let mut available: Vec<String> = std::fs::read_dir(&project.templates_dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".typ"))
                .map(|n| n.trim_end_matches(".typ").to_string())
                .collect()
        })
        .unwrap_or_default();
    available.sort();
    let mut e = Error::usage(format!(
        "theme `{}`: template `{name}` not found ({} does not exist)",
        theme.id,
        project.relative(&path)
    ));
    if let Some(s) = crate::error::did_you_mean(name, available.iter().map(String::as_str)) {
        e = e.hint(format!("did you mean `{s}`?"));
    }
    if available.is_empty() {
        e = e.hint(format!(
            "{}/ has no templates; restore report-templates/ from the juxta repository or run `juxta init`",
            project.relative(&project.templates_dir)
        ));
    } else {
        e = e.hint(format!("available templates: {}", available.join(", ")));
    }
    Err(e)
}

/// Collects and assembles the briefing data of a theme.
pub fn briefing(
    project: &Project,
    corpus: &Corpus,
    theme: &Theme,
    template: &str,
) -> Result<Briefing> {
    let collection = collect::collect(project, corpus, theme)?;
    Ok(briefing::assemble(
        project,
        corpus,
        theme,
        template,
        &collection,
    ))
}

/// Builds one theme's PDF.
pub fn build_theme(
    project: &Project,
    corpus: &Corpus,
    renderer: &Renderer,
    theme: &Theme,
    options: &Options,
) -> ThemeReport {
    let started = Instant::now();
    let result = build_theme_inner(project, corpus, renderer, theme, options);
    let seconds = secs(started.elapsed());
    match result {
        Ok((path, pages, passages, warnings)) => ThemeReport {
            theme: theme.id.clone(),
            status: "built".into(),
            output: Some(project.relative(&path)),
            pages: Some(pages),
            passages,
            seconds,
            error: None,
            warnings,
            failure: None,
        },
        Err(e) => ThemeReport {
            theme: theme.id.clone(),
            status: "failed".into(),
            output: None,
            pages: None,
            passages: 0,
            seconds,
            error: Some(e.render_short()),
            warnings: Vec::new(),
            failure: Some(e),
        },
    }
}

fn secs(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0).round() / 1000.0
}

fn build_theme_inner(
    project: &Project,
    corpus: &Corpus,
    renderer: &Renderer,
    theme: &Theme,
    options: &Options,
) -> Result<(PathBuf, usize, usize, Vec<Warning>)> {
    let template = options
        .template
        .clone()
        .unwrap_or_else(|| theme.template.clone());
    let template_file = check_template(project, theme, &template)?;
    let b = briefing(project, corpus, theme, &template)?;
    let passages = b
        .facets
        .iter()
        .flat_map(|f| &f.cells)
        .map(|c| c.passages.len())
        .sum();
    let data = serde_json::to_string(&b)
        .map_err(|e| Error::build(format!("cannot serialize the briefing: {e}")))?;
    let timestamp = chrono::DateTime::parse_from_rfc3339(&b.built.timestamp)
        .ok()
        .map(|t| t.naive_utc());
    let rendered = renderer.render(&Job {
        template: &template_file,
        data: &data,
        meta: PdfMeta {
            timestamp,
            ident: format!("juxta/{}/{}", project.title, theme.id),
        },
    })?;
    let out = project.output_dir.join(format!("{}.pdf", theme.id));
    render::write_atomic(&out, &rendered.pdf)?;
    Ok((out, rendered.pages, passages, rendered.warnings))
}
