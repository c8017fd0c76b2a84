//! One theme through the stages, as `build` and `check` both run it:
//! `Collection` → `Comparison` → `Briefing` → PDF. Nothing here writes a
//! file; `build` writes what this returns, `check` only looks at it.

use std::path::PathBuf;

use crate::briefing::{self, Briefing, BuildTime, Inputs};
use crate::collect;
use crate::compare;
use crate::config::{Project, Theme};
use crate::corpus::Corpus;
use crate::error::{Error, Result};
use crate::render::{Job, PdfMeta, Rendered, Renderer};

/// What every theme's run shares.
pub(crate) struct Pipeline<'a> {
    /// The project.
    pub(crate) project: &'a Project,
    /// Its sources, ingested and indexed.
    pub(crate) corpus: &'a Corpus,
    /// The Typst engine.
    pub(crate) renderer: &'a Renderer,
    /// `SOURCE_DATE_EPOCH`, resolved by the command line.
    pub(crate) source_date_epoch: Option<i64>,
    /// PDF standards to conform to.
    pub(crate) standards: Vec<String>,
    /// The sources' hashes, to compare each theme with its previous build
    /// (`since`); none compares nothing (`juxta check`).
    pub(crate) shas: Option<&'a crate::since::Shas>,
}

/// A theme carried through every stage.
pub(crate) struct ThemeOutput {
    /// The data the template received.
    pub(crate) briefing: Briefing,
    /// The template file.
    pub(crate) template_file: PathBuf,
    /// When the briefing counts as built.
    pub(crate) built: BuildTime,
    /// The PDF, when asked for.
    pub(crate) rendered: Option<Rendered>,
    /// The record of this build, for the next one to compare with: written
    /// only after the outputs are.
    pub(crate) state: Option<crate::since::State>,
    /// Problems that did not stop the theme (an unusable record).
    pub(crate) warnings: Vec<crate::error::Warning>,
}

impl Pipeline<'_> {
    /// Runs `theme` with `template` through collect, compare and the
    /// briefing, and renders its PDF when `render` is set.
    pub(crate) fn run(&self, theme: &Theme, template: &str, render: bool) -> Result<ThemeOutput> {
        let lap = |what: &str, t| crate::timings::lap(&format!("{what} {}", theme.id), t);
        let t = std::time::Instant::now();
        let template_file = check_template(self.project, theme, template)?;
        // The articles in scope are found once, for both. Each facet is
        // searched once, on all cores: for the collection's best passages
        // and the comparison's matches.
        let in_scope = collect::articles_in_scope(self.corpus, theme);
        let t0 = lap("  collect: articles in scope", t);
        let (collection, matches) = collect::collect_matching(self.corpus, theme, &in_scope)?;
        let t0 = lap("  collect: searches and selection", t0);
        let pre = compare::prematch_from(self.corpus, theme, &in_scope, matches);
        lap("  collect: the comparison's matches", t0);
        drop(in_scope);
        // What the searches gathered and freed goes back to the system
        // before the next stage (BENCHMARKS.md, issue 15). Only this
        // thread's: the build's other threads may be running other themes.
        crate::memory::release_freed_here();
        let t = lap("collect (and the comparison's searches beside it)", t);
        // The last build's record is read beside the comparison, which
        // leaves a core idle (at 1,000,000 articles, 0.2 s of JSON).
        let (comparison, previous) = rayon::join(
            || compare::compare_prematched(self.project, self.corpus, theme, &collection, pre),
            || {
                self.shas
                    .map(|_| crate::since::read(self.project, &theme.id))
            },
        );
        crate::memory::release_freed_here();
        let t = lap("compare", t);
        let documents = briefing::theme_documents(self.corpus, theme);
        let built = BuildTime::resolve(self.source_date_epoch, &documents, self.corpus.root());
        let inputs = Inputs {
            project: self.project,
            theme,
            template,
            corpus: self.corpus,
            documents,
            built,
        };
        let mut out = ThemeOutput {
            briefing: Briefing::new(&inputs, &collection, comparison),
            template_file,
            built: inputs.built,
            rendered: None,
            state: None,
            warnings: Vec::new(),
        };
        let started = t;
        let t = lap("  briefing: contents", t);
        if let (Some(shas), Some((previous, warning))) = (self.shas, previous) {
            let b = &mut out.briefing;
            let state =
                crate::since::mark(b, self.corpus, &inputs.documents, shas, previous.as_ref());
            out.state = Some(state);
            out.warnings.extend(warning);
            lap("  briefing: what is new since", t);
        }
        let t = lap("briefing", started);
        // A document the archive could not give is an error, not a gap.
        self.corpus.failure()?;
        if render {
            out.rendered = Some(self.render(theme, &out)?);
            lap("render", t);
        }
        Ok(out)
    }

    /// Typesets a theme's briefing with its template.
    pub(crate) fn render(&self, theme: &Theme, out: &ThemeOutput) -> Result<Rendered> {
        let data = serde_json::to_string(&out.briefing)
            .map_err(|e| Error::build(format!("cannot serialize the briefing: {e}")))?;
        self.renderer.render(&Job {
            template: &out.template_file,
            data: &data,
            meta: PdfMeta {
                timestamp: Some(out.built.time),
                ident: format!("juxta/{}/{}", self.project.title, theme.id),
                standards: self.standards.clone(),
            },
        })
    }
}

/// The template file of a theme (or of an override).
pub(crate) fn template_path(project: &Project, name: &str) -> PathBuf {
    project.templates_dir.join(format!("{name}.typ"))
}

/// Checks the template exists; a clear error names the alternatives, and
/// points into juxta.toml when the theme names the template there.
pub(crate) fn check_template(project: &Project, theme: &Theme, name: &str) -> Result<PathBuf> {
    let mut e = match missing_template(project, name) {
        None => return Ok(template_path(project, name)),
        Some(e) => e,
    };
    e.message = format!("theme `{}`: {}", theme.id, e.message);
    Err(match (&theme.template_at, name == theme.template) {
        (Some(at), true) => e.at(at.clone()),
        _ => e,
    })
}

/// Checks a `--template` name given on the command line.
pub(crate) fn check_template_override(project: &Project, name: &str) -> Result<PathBuf> {
    match missing_template(project, name) {
        None => Ok(template_path(project, name)),
        Some(e) => Err(e),
    }
}

/// The error for a template that does not exist, or none.
fn missing_template(project: &Project, name: &str) -> Option<Error> {
    let path = template_path(project, name);
    if path.is_file() {
        return None;
    }
    if let Ok(meta) = std::fs::metadata(&path)
        && let Err(e) = crate::fs::check_regular(&meta)
    {
        return Some(Error::io("cannot use the template", &path, &e).into_usage());
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
        "template `{name}` not found ({} does not exist)",
        project.relative(&path)
    ));
    if let Some(s) = crate::error::did_you_mean(name, available.iter().map(String::as_str)) {
        e = e.hint(format!("did you mean `{s}`?"));
    }
    if available.is_empty() {
        e = e.hint(format!(
            "{}/ has no templates; `juxta init` writes the default ones",
            project.relative(&project.templates_dir)
        ));
    } else {
        e = e.hint(format!("available templates: {}", available.join(", ")));
    }
    Some(e)
}
