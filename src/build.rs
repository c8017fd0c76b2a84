//! Building briefings: for each theme, collect, assemble the briefing,
//! render its template and write `output/<theme>.pdf` (and, on request, the
//! data as JSON and a self-contained `.typ`) atomically.
//!
//! Themes build in parallel and share one corpus, one index and one font
//! book. A theme whose inputs are unchanged — its configuration, the sources
//! of its outlets, its template and the files that template refers to,
//! juxta's version, the build options — and
//! whose outputs are still what was written is skipped, judged by content
//! hashes recorded in `output/.juxta-build.json`, never by modification
//! times. One theme's failure is reported and the others still build.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use regex::Regex;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::briefing::{self, Briefing};
use crate::collect;
use crate::config::{Project, Theme};
use crate::corpus::{self, Corpus, SourceFile};
use crate::error::{Error, Result, Warning};
use crate::ingest::hex;
use crate::render::{self, Job, PdfMeta, Renderer};

/// What to write for each theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Emit {
    /// `output/<theme>.pdf`.
    pub pdf: bool,
    /// `output/<theme>.json`: the data the template receives.
    pub json: bool,
    /// `output/<theme>.typ` (+ its `.json`): a self-contained Typst file
    /// the `typst` CLI compiles.
    pub typ: bool,
}

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Use this template instead of each theme's.
    pub template: Option<String>,
    /// What to write.
    pub emit: Emit,
    /// PDF standards to conform to ("a-2b", "ua-1" …), checked by Typst.
    pub standards: Vec<String>,
    /// Rebuild even when nothing changed.
    pub force: bool,
    /// Themes built at the same time (at least 1).
    pub jobs: usize,
}

/// What happened to a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Written in this run.
    Built,
    /// Inputs and outputs unchanged: skipped.
    Unchanged,
    /// Failed; the previous outputs, if any, are untouched.
    Failed,
}

/// What happened to one theme.
#[derive(Debug, Serialize)]
pub struct ThemeReport {
    /// Theme id.
    pub theme: String,
    /// Built, unchanged or failed.
    pub status: Status,
    /// Files written (or kept), relative to the project.
    pub outputs: Vec<String>,
    /// Pages of the PDF.
    pub pages: Option<usize>,
    /// Passages shown.
    pub passages: Option<usize>,
    /// Seconds taken.
    pub seconds: f64,
    /// The error, on one line, when it failed.
    pub error: Option<String>,
    /// Warnings.
    #[serde(skip)]
    pub warnings: Vec<Warning>,
    /// The error itself.
    #[serde(skip)]
    pub failure: Option<Error>,
}

/// The result of a build.
#[derive(Debug, Serialize)]
pub struct BuildReport {
    /// One entry per theme, in the order asked.
    pub themes: Vec<ThemeReport>,
    /// Themes built.
    pub built: usize,
    /// Themes skipped as unchanged.
    pub unchanged: usize,
    /// Themes that failed.
    pub failed: usize,
    /// Seconds for the whole build.
    pub seconds: f64,
    /// Problems that did not stop the build (sources, index).
    #[serde(skip)]
    pub warnings: Vec<Warning>,
}

/// Progress events, for the command line to show.
#[derive(Debug)]
pub enum Event<'a> {
    /// How many themes will be built (the rest are unchanged).
    Plan {
        /// To build.
        building: usize,
        /// Skipped.
        unchanged: usize,
    },
    /// Sources are being read and indexed.
    Loading,
    /// A theme starts.
    Started(&'a str),
    /// A theme is done.
    Finished(&'a ThemeReport),
}

/// The template file of a theme (or of an override).
pub fn template_path(project: &Project, name: &str) -> PathBuf {
    project.templates_dir.join(format!("{name}.typ"))
}

/// Checks the template exists; a clear error names the alternatives, and
/// points into juxta.toml when the theme names the template there.
pub fn check_template(project: &Project, theme: &Theme, name: &str) -> Result<PathBuf> {
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
pub fn check_template_override(project: &Project, name: &str) -> Result<PathBuf> {
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

fn secs(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0).round() / 1000.0
}

/// The build record in `output/`.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    themes: BTreeMap<String, ManifestEntry>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct ManifestEntry {
    /// Hash of everything the theme's outputs depend on.
    inputs: String,
    /// Output path (relative to the project) → sha256 of what was written.
    outputs: BTreeMap<String, String>,
    pages: Option<usize>,
    passages: Option<usize>,
}

const MANIFEST: &str = ".juxta-build.json";

fn read_manifest(project: &Project) -> Manifest {
    std::fs::read(project.output_dir.join(MANIFEST))
        .ok()
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
        .filter(|m| m.format == 1)
        .unwrap_or_default()
}

fn sha_file(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| hex(&Sha256::digest(&b)))
}

/// Hash of a template and every file it refers to (imports, includes, data,
/// images: any string literal naming an existing file of the project),
/// followed through the Typst files it reaches, plus every file of a helper
/// folder it reaches (e.g. `lib/`, where a path may be built at run time).
/// Editing another template leaves this theme's briefing unchanged.
fn template_hash(project: &Project, template: &str) -> String {
    static LITERAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#""((?:[^"\\\n]|\\.)*)""#).expect("regex"));
    let mut h = Sha256::new();
    let root = project
        .root
        .canonicalize()
        .unwrap_or_else(|_| project.root.clone());
    let first = template_path(project, template);
    let mut seen: BTreeSet<PathBuf> = BTreeSet::new();
    let mut stack = vec![first];
    while let Some(f) = stack.pop() {
        let f = f.canonicalize().unwrap_or(f);
        if !seen.insert(f.clone()) {
            continue;
        }
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        if f.extension().is_some_and(|e| e == "typ") {
            let text = String::from_utf8_lossy(&bytes);
            let dir = f.parent().unwrap_or(&root).to_path_buf();
            for c in LITERAL.captures_iter(&text) {
                let lit = &c[1];
                if lit.is_empty() || lit.contains("://") || lit.len() > 300 {
                    continue;
                }
                // "/x" is relative to the project root in Typst; others to the file.
                let target = match lit.strip_prefix('/') {
                    Some(r) => root.join(r),
                    None => dir.join(lit),
                };
                if target.is_file() && target.canonicalize().is_ok_and(|t| t.starts_with(&root)) {
                    stack.push(target);
                }
            }
        }
    }
    // Helper folders reached: all their files count.
    let templates = project
        .templates_dir
        .canonicalize()
        .unwrap_or_else(|_| project.templates_dir.clone());
    let folders: BTreeSet<PathBuf> = seen
        .iter()
        .filter_map(|f| f.parent().map(Path::to_path_buf))
        .filter(|d| d != &templates && d.starts_with(&root))
        .collect();
    for dir in folders {
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if let Ok(c) = p.canonicalize()
                    && c.starts_with(&root)
                {
                    seen.insert(c);
                }
            }
        }
    }
    for f in seen {
        let Ok(b) = std::fs::read(&f) else {
            continue;
        };
        h.update(
            f.strip_prefix(&root)
                .unwrap_or(&f)
                .to_string_lossy()
                .as_bytes(),
        );
        h.update([0]);
        h.update(Sha256::digest(&b));
    }
    hex(&h.finalize())
}

/// Hash of every input of a theme's outputs.
fn inputs_hash(
    project: &Project,
    theme: &Theme,
    template: &str,
    sources: &[(SourceFile, String)],
    templates: &str,
    options: &Options,
) -> String {
    let mut h = Sha256::new();
    let mut put = |s: &str| {
        h.update(s.as_bytes());
        h.update([0]);
    };
    put(env!("CARGO_PKG_VERSION"));
    put(&format!(
        "index {} schema {}",
        corpus::INDEX_FORMAT,
        briefing::SCHEMA_VERSION
    ));
    put(&project.title);
    put(&theme.id);
    put(&theme.title);
    put(theme.question.as_deref().unwrap_or(""));
    put(theme.scope.as_ref().map_or("", |s| s.0.as_str()));
    put(template);
    put(&theme.passages_per_cell.to_string());
    put(&theme.repeat_passages.to_string());
    for f in &theme.facets {
        put(&f.id);
        put(&f.title);
        put(&f.query_text);
    }
    for id in &theme.outlets {
        if let Some(o) = project.outlet(id) {
            put(&o.id);
            put(&o.name);
            put(o.about.as_deref().unwrap_or(""));
            put(&o.domains.join(","));
        }
    }
    for (f, sha) in sources {
        if theme.outlets.contains(&f.outlet) {
            put(&f.display);
            put(sha);
        }
    }
    put(templates);
    put(&format!(
        "emit {} {} {}",
        options.emit.pdf, options.emit.json, options.emit.typ
    ));
    put(&options.standards.join(","));
    put(&std::env::var("SOURCE_DATE_EPOCH").unwrap_or_default());
    hex(&h.finalize())
}

/// The file paths a theme writes.
fn output_paths(project: &Project, theme: &Theme, emit: Emit) -> Vec<PathBuf> {
    let mut v = Vec::new();
    let base = project.output_dir.join(&theme.id);
    if emit.pdf {
        v.push(base.with_extension("pdf"));
    }
    if emit.json || emit.typ {
        v.push(base.with_extension("json"));
    }
    if emit.typ {
        v.push(base.with_extension("typ"));
    }
    v
}

/// Builds `themes`: skips unchanged ones, builds the others in parallel.
pub fn run(
    project: &Project,
    themes: &[&Theme],
    options: &Options,
    progress: &(dyn Fn(Event<'_>) + Sync),
) -> Result<BuildReport> {
    let started = Instant::now();
    let renderer_standards = render::parse_standards(&options.standards)?;
    // A missing `--template` stops the build; a theme's own missing template
    // fails that theme only.
    if let Some(name) = &options.template {
        check_template_override(project, name)?;
    }
    std::fs::create_dir_all(&project.output_dir)
        .map_err(|e| Error::io("cannot create the output folder", &project.output_dir, &e))?;
    let _lock = render::lock_dir(&project.output_dir, ".juxta-build.lock")?;

    // Decide what changed, from content hashes only.
    let (files, _) = corpus::discover(project)?;
    let sources: Vec<(SourceFile, String)> = files
        .iter()
        .map(|f| {
            let mut h = Sha256::new();
            if let Ok(b) = std::fs::read(&f.path) {
                h.update(&b);
            }
            if let Ok(b) = std::fs::read(crate::ingest::frontmatter::sidecar_path(&f.path)) {
                h.update(b"sidecar");
                h.update(&b);
            }
            (f.clone(), hex(&h.finalize()))
        })
        .collect();
    let mut manifest = read_manifest(project);
    let mut plans = Vec::new();
    for t in themes {
        let template = options
            .template
            .clone()
            .unwrap_or_else(|| t.template.clone());
        let templates = template_hash(project, &template);
        let hash = inputs_hash(project, t, &template, &sources, &templates, options);
        let outputs = output_paths(project, t, options.emit);
        let unchanged = !options.force
            && manifest.themes.get(&t.id).is_some_and(|e| {
                e.inputs == hash
                    && outputs.iter().all(|p| {
                        let rel = project.relative(p);
                        e.outputs
                            .get(&rel)
                            .is_some_and(|sha| sha_file(p).as_deref() == Some(sha))
                    })
            });
        plans.push((*t, template, hash, outputs, unchanged));
    }
    let to_build = plans.iter().filter(|p| !p.4).count();
    progress(Event::Plan {
        building: to_build,
        unchanged: plans.len() - to_build,
    });

    let mut warnings = Vec::new();
    let mut reports: Vec<Option<ThemeReport>> = plans
        .iter()
        .map(|(t, _, _, outputs, unchanged)| {
            unchanged.then(|| {
                let e = manifest.themes.get(&t.id).cloned().unwrap_or_default();
                ThemeReport {
                    theme: t.id.clone(),
                    status: Status::Unchanged,
                    outputs: outputs.iter().map(|p| project.relative(p)).collect(),
                    pages: e.pages,
                    passages: e.passages,
                    seconds: 0.0,
                    error: None,
                    warnings: Vec::new(),
                    failure: None,
                }
            })
        })
        .collect();
    for r in reports.iter().flatten() {
        progress(Event::Finished(r));
    }

    if to_build > 0 {
        progress(Event::Loading);
        // Load the fonts while the sources are read and indexed.
        let (loaded, renderer) = std::thread::scope(|s| {
            let fonts = s.spawn(|| Renderer::new(&project.root));
            let loaded = Corpus::load(project);
            let renderer = fonts
                .join()
                .unwrap_or_else(|_| Err(Error::build("cannot load the fonts")));
            (loaded, renderer)
        });
        let (corpus, w) = loaded?;
        let renderer = renderer?;
        warnings.extend(w);
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<(usize, ThemeReport, Option<ManifestEntry>)>> =
            Mutex::new(Vec::new());
        let todo: Vec<usize> = (0..plans.len()).filter(|&i| !plans[i].4).collect();
        let jobs = options.jobs.clamp(1, todo.len().max(1));
        std::thread::scope(|scope| {
            for _ in 0..jobs {
                scope.spawn(|| {
                    loop {
                        let k = next.fetch_add(1, Ordering::SeqCst);
                        let Some(&i) = todo.get(k) else {
                            break;
                        };
                        let (t, template, hash, _, _) = &plans[i];
                        progress(Event::Started(&t.id));
                        let (report, entry) = build_one(
                            project,
                            &corpus,
                            &renderer,
                            t,
                            template,
                            hash,
                            options,
                            renderer_standards.clone(),
                        );
                        progress(Event::Finished(&report));
                        if let Ok(mut r) = results.lock() {
                            r.push((i, report, entry));
                        }
                    }
                });
            }
        });
        for (i, report, entry) in results.into_inner().unwrap_or_default() {
            let id = report.theme.clone();
            match entry {
                Some(e) => {
                    manifest.themes.insert(id, e);
                }
                None => {
                    manifest.themes.remove(&id);
                }
            }
            reports[i] = Some(report);
        }
        manifest.format = 1;
        let bytes = serde_json::to_vec_pretty(&manifest)
            .map_err(|e| Error::build(format!("cannot write the build record: {e}")))?;
        render::write_atomic(&project.output_dir.join(MANIFEST), &bytes)?;
    }
    let themes: Vec<ThemeReport> = reports.into_iter().flatten().collect();
    let count = |s: Status| themes.iter().filter(|r| r.status == s).count();
    Ok(BuildReport {
        built: count(Status::Built),
        unchanged: count(Status::Unchanged),
        failed: count(Status::Failed),
        themes,
        seconds: secs(started.elapsed()),
        warnings,
    })
}

#[allow(clippy::too_many_arguments)]
fn build_one(
    project: &Project,
    corpus: &Corpus,
    renderer: &Renderer,
    theme: &Theme,
    template: &str,
    hash: &str,
    options: &Options,
    standards: Option<typst_pdf::PdfStandards>,
) -> (ThemeReport, Option<ManifestEntry>) {
    let started = Instant::now();
    let result = build_inner(
        project, corpus, renderer, theme, template, options, standards,
    );
    let seconds = secs(started.elapsed());
    match result {
        Ok((written, pages, passages, warnings)) => {
            let outputs: BTreeMap<String, String> = written
                .iter()
                .map(|(p, sha)| (project.relative(p), sha.clone()))
                .collect();
            let entry = ManifestEntry {
                inputs: hash.to_string(),
                outputs: outputs.clone(),
                pages,
                passages: Some(passages),
            };
            (
                ThemeReport {
                    theme: theme.id.clone(),
                    status: Status::Built,
                    outputs: outputs.into_keys().collect(),
                    pages,
                    passages: Some(passages),
                    seconds,
                    error: None,
                    warnings,
                    failure: None,
                },
                Some(entry),
            )
        }
        Err(e) => (
            ThemeReport {
                theme: theme.id.clone(),
                status: Status::Failed,
                outputs: Vec::new(),
                pages: None,
                passages: None,
                seconds,
                error: Some(e.render_short()),
                warnings: Vec::new(),
                failure: Some(e),
            },
            None,
        ),
    }
}

type Built = (Vec<(PathBuf, String)>, Option<usize>, usize, Vec<Warning>);

fn build_inner(
    project: &Project,
    corpus: &Corpus,
    renderer: &Renderer,
    theme: &Theme,
    template: &str,
    options: &Options,
    standards: Option<typst_pdf::PdfStandards>,
) -> Result<Built> {
    let template_file = check_template(project, theme, template)?;
    let b = briefing(project, corpus, theme, template)?;
    let passages = b
        .facets
        .iter()
        .flat_map(|f| &f.cells)
        .map(|c| c.passages.len())
        .sum();
    let data = serde_json::to_string(&b)
        .map_err(|e| Error::build(format!("cannot serialize the briefing: {e}")))?;
    let base = project.output_dir.join(&theme.id);
    let mut written = Vec::new();
    let mut pages = None;
    let mut warnings = Vec::new();
    if options.emit.pdf {
        let timestamp = chrono::DateTime::parse_from_rfc3339(&b.built.timestamp)
            .ok()
            .map(|t| t.naive_utc());
        let rendered = renderer.render(&Job {
            template: &template_file,
            data: &data,
            meta: PdfMeta {
                timestamp,
                ident: format!("juxta/{}/{}", project.title, theme.id),
                standards,
            },
        })?;
        let out = base.with_extension("pdf");
        render::write_atomic(&out, &rendered.pdf)?;
        written.push((out, hex(&Sha256::digest(&rendered.pdf))));
        pages = Some(rendered.pages);
        warnings = rendered.warnings;
    }
    if options.emit.json || options.emit.typ {
        let pretty = serde_json::to_string_pretty(&b)
            .map_err(|e| Error::build(format!("cannot serialize the briefing: {e}")))?;
        let out = base.with_extension("json");
        render::write_atomic(&out, pretty.as_bytes())?;
        written.push((out, hex(&Sha256::digest(pretty.as_bytes()))));
    }
    if options.emit.typ {
        let data_name = format!("{}.json", theme.id);
        let typ = render::self_contained(&template_file, &project.root, &data_name)?;
        let out = base.with_extension("typ");
        render::write_atomic(&out, typ.as_bytes())?;
        written.push((out, hex(&Sha256::digest(typ.as_bytes()))));
        render::write_fonts(&project.output_dir.join("fonts"))?;
    }
    Ok((written, pages, passages, warnings))
}
