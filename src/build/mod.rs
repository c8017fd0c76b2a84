//! Building briefings: each theme goes through the stages
//! ([`pipeline`]: collect → compare → briefing → PDF) and its outputs —
//! `output/<theme>.pdf`, and on request the data as JSON and a
//! self-contained `.typ` — are written atomically.
//!
//! Themes build in parallel and share one corpus, one index and one font
//! book. Themes whose inputs are unchanged are skipped ([`plan`]). One
//! theme's failure is reported and the others still build.

mod pipeline;
mod plan;
mod precheck;

pub(crate) use pipeline::{Pipeline, ThemeOutput};
pub(crate) use pipeline::{check_template, check_template_override};

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::{Project, Theme};
use crate::corpus::Corpus;
use crate::error::{Error, Result, Warning};
use crate::ingest::hex;
use crate::render::{self, Renderer};
use plan::{Manifest, ManifestEntry, Plan};

/// What to write for each theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Emit {
    /// `output/<theme>.pdf`.
    pub(crate) pdf: bool,
    /// `output/<theme>.json`: the data the template receives.
    pub(crate) json: bool,
    /// `output/<theme>.typ` (+ its `.json`): a self-contained Typst file
    /// the `typst` CLI compiles.
    pub(crate) typ: bool,
}

/// Options of a build, resolved by the command line before any I/O.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// Use this template instead of each theme's.
    pub(crate) template: Option<String>,
    /// What to write.
    pub(crate) emit: Emit,
    /// PDF standards to conform to ("a-2b", "ua-1" …), checked by Typst.
    pub(crate) standards: Vec<String>,
    /// Rebuild even when nothing changed.
    pub(crate) force: bool,
    /// Themes built at the same time (at least 1).
    pub(crate) jobs: usize,
    /// `SOURCE_DATE_EPOCH`: the build date printed and stored in the PDF.
    pub(crate) source_date_epoch: Option<i64>,
    /// How long one template may run.
    pub(crate) template_timeout: Duration,
    /// When set, each template compiles in a child process limited to this
    /// many MiB of address space (see `worker`); `None` compiles in-process.
    pub(crate) template_memory_mib: Option<u64>,
    /// Read the sources from this shared archive, not from `sources/`.
    pub(crate) archive: Option<crate::archive::Target>,
    /// Record each built theme's articles for the next build to compare
    /// with (`.juxta/briefings/`); off for a one-run period (`--from`,
    /// `--to`, `--last`), which compares but does not move the record.
    pub(crate) record_since: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            template: None,
            emit: Emit::default(),
            standards: Vec::new(),
            force: false,
            jobs: 1,
            source_date_epoch: None,
            template_timeout: Duration::from_secs(crate::render::DEFAULT_TIMEOUT_SECS),
            template_memory_mib: None,
            archive: None,
            record_since: true,
        }
    }
}

/// What happened to a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Status {
    /// Written in this run.
    Built,
    /// Inputs and outputs unchanged: skipped.
    Unchanged,
    /// Failed; the previous outputs, if any, are untouched.
    Failed,
}

/// What happened to one theme.
#[derive(Debug, Serialize)]
pub(crate) struct ThemeReport {
    /// Theme id.
    pub(crate) theme: String,
    /// Built, unchanged or failed.
    pub(crate) status: Status,
    /// Files written (or kept), relative to the project.
    pub(crate) outputs: Vec<String>,
    /// Pages of the PDF.
    pub(crate) pages: Option<usize>,
    /// Passages shown.
    pub(crate) passages: Option<usize>,
    /// Seconds taken.
    pub(crate) seconds: f64,
    /// The error, on one line, when it failed.
    pub(crate) error: Option<String>,
    /// Warnings.
    #[serde(skip)]
    pub(crate) warnings: Vec<Warning>,
    /// The error itself.
    #[serde(skip)]
    pub(crate) failure: Option<Error>,
}

/// The result of a build.
#[derive(Debug, Serialize)]
pub(crate) struct BuildReport {
    /// One entry per theme, in the order asked.
    pub(crate) themes: Vec<ThemeReport>,
    /// Themes built.
    pub(crate) built: usize,
    /// Themes skipped as unchanged.
    pub(crate) unchanged: usize,
    /// Themes that failed.
    pub(crate) failed: usize,
    /// Seconds for the whole build.
    pub(crate) seconds: f64,
    /// Problems that did not stop the build (sources, index).
    #[serde(skip)]
    pub(crate) warnings: Vec<Warning>,
}

/// Progress events, for the command line to show.
#[derive(Debug)]
pub(crate) enum Event<'a> {
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

/// Where progress goes.
pub(crate) type Progress<'a> = &'a (dyn Fn(Event<'_>) + Sync);

fn secs(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0).round() / 1000.0
}

/// Builds `themes`: skips unchanged ones, builds the others in parallel.
pub(crate) fn run(
    project: &Project,
    themes: &[&Theme],
    options: &Options,
    progress: Progress<'_>,
) -> Result<BuildReport> {
    let started = Instant::now();
    render::parse_standards(&options.standards)?;
    // A missing `--template` stops the build; a theme's own missing template
    // fails that theme only.
    if let Some(name) = &options.template {
        check_template_override(project, name)?;
    }
    crate::fs::create_dir_in(&project.root, &project.output_dir, "the output folder")?;
    crate::fs::confine(&project.root, &project.output_dir.join("fonts"))?;
    let _lock = crate::fs::lock_dir(
        &project.output_dir,
        ".juxta-build.lock",
        &format!("in {}", project.output_dir.display()),
    )?;
    let mut manifest = Manifest::read(project);
    let t = Instant::now();
    let mut scanned = Scanned::new(project, themes, options)?;
    let t = crate::timings::lap("scan", t);
    let plans = plan::plans(project, themes, options, &manifest, scanned.scan())?;
    crate::timings::lap("plan", t);
    let to_build = plans.iter().filter(|p| !p.unchanged).count();
    progress(Event::Plan {
        building: to_build,
        unchanged: plans.len() - to_build,
    });
    let mut reports = known_reports(project, &plans, &manifest);
    for r in reports.iter().flatten() {
        progress(Event::Finished(r));
    }
    let to_build = reports.iter().filter(|r| r.is_none()).count();
    let mut warnings = Vec::new();
    if to_build > 0 {
        progress(Event::Loading);
        let t = Instant::now();
        let (corpus, renderer, w) = load(project, scanned.sources()?, themes, options)?;
        crate::timings::lap("load", t);
        warnings = w;
        let shas = crate::since::Shas::of(&corpus, scanned.scan());
        // The scan is not needed any more: every path and hash of the
        // project, freed before the analyses.
        drop(scanned);
        crate::memory::release_freed();
        let pipeline = Pipeline {
            project,
            corpus: &corpus,
            renderer: &renderer,
            source_date_epoch: options.source_date_epoch,
            standards: options.standards.clone(),
            shas: Some(&shas),
        };
        let todo: Vec<usize> = (0..plans.len()).filter(|&i| reports[i].is_none()).collect();
        for (i, report, entry) in build_all(&pipeline, &plans, &todo, options, progress)? {
            match entry {
                Some(e) => manifest.themes.insert(report.theme.clone(), e),
                None => manifest.themes.remove(&report.theme),
            };
            reports[i] = Some(report);
        }
        manifest.write(project)?;
        free_beside((corpus, renderer, shas));
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

/// Frees `what` on a thread of its own: freeing a million entries one by
/// one takes a tenth of a second and touches all of them again, and a
/// process that ends first gives the memory back whole.
fn free_beside<T: Send + 'static>(what: T) {
    std::thread::spawn(move || drop(what));
}

/// The sources of a build, listed: from the folder, or from the archive
/// (with the connection the corpus will read through).
enum Scanned {
    Folder(crate::corpus::Scan),
    Archive(
        Option<Box<crate::archive::Archive>>,
        crate::archive::load::ArchiveScan,
    ),
}

impl Scanned {
    /// Lists the sources where `options` says they are (from the archive,
    /// those in the periods of `themes`).
    fn new(project: &Project, themes: &[&Theme], options: &Options) -> Result<Scanned> {
        Ok(match &options.archive {
            Some(target) => {
                let mut a = crate::archive::Archive::connect(target)?;
                let s = crate::archive::load::scan(&mut a, project, themes)?;
                Scanned::Archive(Some(Box::new(a)), s)
            }
            None => Scanned::Folder(crate::corpus::Scan::new(project)?),
        })
    }

    fn scan(&self) -> &crate::corpus::Scan {
        match self {
            Scanned::Folder(s) => s,
            Scanned::Archive(_, s) => &s.scan,
        }
    }

    /// Where the corpus is read from (the connection moves to it).
    fn sources(&mut self) -> Result<Sources<'_>> {
        match self {
            Scanned::Folder(s) => Ok(Sources::Folder(s)),
            Scanned::Archive(a, s) => match a.take() {
                Some(a) => Ok(Sources::Archive(a, s)),
                None => Err(Error::build("the archive connection was used already")),
            },
        }
    }
}

/// Where a build reads its sources.
enum Sources<'a> {
    /// The project's folder, as scanned.
    Folder(&'a crate::corpus::Scan),
    /// The shared archive, through this connection.
    Archive(
        Box<crate::archive::Archive>,
        &'a crate::archive::load::ArchiveScan,
    ),
}

/// Reads and indexes the sources while the fonts load.
fn load(
    project: &Project,
    from: Sources<'_>,
    themes: &[&Theme],
    options: &Options,
) -> Result<(Corpus, Renderer, Vec<Warning>)> {
    let (loaded, renderer) = rayon::join(
        || match from {
            Sources::Folder(scan) => Corpus::load_scanned(project, scan),
            Sources::Archive(a, s) => Ok((
                crate::archive::load::corpus(*a, s, project, themes)?,
                s.scan.warnings.clone(),
            )),
        },
        || {
            Renderer::new(&project.root, options.template_timeout)
                .map(|r| r.isolated(options.template_memory_mib))
        },
    );
    let (corpus, warnings) = loaded?;
    Ok((corpus, renderer?, warnings))
}

/// Builds every theme whose plan says so, `options.jobs` at a time.
fn build_all(
    pipeline: &Pipeline<'_>,
    plans: &[Plan<'_>],
    todo: &[usize],
    options: &Options,
    progress: Progress<'_>,
) -> Result<Vec<(usize, ThemeReport, Option<ManifestEntry>)>> {
    use rayon::prelude::*;
    let pool = rayon::ThreadPoolBuilder::new()
        // Not fewer threads than `jobs` when fewer themes are to be built:
        // a theme's own work (collect beside the comparison's searches,
        // reading the articles it analyses) runs on the threads no other
        // theme takes.
        .num_threads(options.jobs.max(1))
        .thread_name(|i| format!("juxta-build-{i}"))
        .build()
        .map_err(|e| Error::build(format!("cannot start the build threads: {e}")))?;
    Ok(pool.install(|| {
        todo.par_iter()
            .map(|&i| {
                let plan = &plans[i];
                progress(Event::Started(&plan.theme.id));
                let (report, entry) = build_one(pipeline, plan, options);
                progress(Event::Finished(&report));
                (i, report, entry)
            })
            .collect()
    }))
}

/// The reports known before any source is read: the unchanged themes', and
/// those whose template is missing or does not parse; none for the others.
fn known_reports(
    project: &Project,
    plans: &[Plan<'_>],
    manifest: &Manifest,
) -> Vec<Option<ThemeReport>> {
    plans
        .iter()
        .map(|p| {
            if p.unchanged {
                Some(unchanged_report(project, p, manifest))
            } else {
                failed_template(project, p)
            }
        })
        .collect()
}

/// The report of a theme whose template is missing or does not parse,
/// found before any source is read; none when the template is fine.
fn failed_template(project: &Project, plan: &Plan<'_>) -> Option<ThemeReport> {
    let e = precheck::template(project, plan.theme, &plan.template).err()?;
    Some(ThemeReport {
        theme: plan.theme.id.clone(),
        status: Status::Failed,
        outputs: Vec::new(),
        pages: None,
        passages: None,
        seconds: 0.0,
        error: Some(e.render_short()),
        warnings: Vec::new(),
        failure: Some(e),
    })
}

/// The report of a theme skipped as unchanged.
fn unchanged_report(project: &Project, plan: &Plan<'_>, manifest: &Manifest) -> ThemeReport {
    let e = manifest
        .themes
        .get(&plan.theme.id)
        .cloned()
        .unwrap_or_default();
    ThemeReport {
        theme: plan.theme.id.clone(),
        status: Status::Unchanged,
        outputs: plan.outputs.iter().map(|p| project.relative(p)).collect(),
        pages: e.pages,
        passages: e.passages,
        seconds: 0.0,
        error: None,
        warnings: Vec::new(),
        failure: None,
    }
}

/// Builds one theme and writes its outputs: its report, and its entry in the
/// build record when it was built.
fn build_one(
    pipeline: &Pipeline<'_>,
    plan: &Plan<'_>,
    options: &Options,
) -> (ThemeReport, Option<ManifestEntry>) {
    let started = Instant::now();
    let result = pipeline
        .run(plan.theme, &plan.template, options.emit.pdf)
        .and_then(|out| write_all(pipeline.project, plan.theme, options, out));
    let seconds = secs(started.elapsed());
    let id = plan.theme.id.clone();
    match result {
        Ok(w) => {
            let outputs: BTreeMap<String, String> = w
                .files
                .iter()
                .map(|(p, sha)| (pipeline.project.relative(p), sha.clone()))
                .collect();
            let entry = ManifestEntry {
                inputs: plan.inputs.clone(),
                outputs: outputs.clone(),
                reads: plan::record_reads(pipeline.project, &w.reads),
                pages: w.pages,
                passages: Some(w.passages),
            };
            let report = ThemeReport {
                theme: id,
                status: Status::Built,
                outputs: outputs.into_keys().collect(),
                pages: w.pages,
                passages: Some(w.passages),
                seconds,
                error: None,
                warnings: w.warnings,
                failure: None,
            };
            (report, Some(entry))
        }
        Err(e) => (
            ThemeReport {
                theme: id,
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

/// Writes a theme's outputs, then the record of its build for the next
/// build to compare with (never before the outputs: a build that fails
/// leaves the previous record). A record that cannot be written is a
/// warning: the next build compares with the one before.
fn write_all(
    project: &Project,
    theme: &Theme,
    options: &Options,
    mut out: ThemeOutput,
) -> Result<Written> {
    let state = out.state.take().filter(|_| options.record_since);
    let mut warnings = std::mem::take(&mut out.warnings);
    let mut w = write_outputs(project, theme, options.emit, out)?;
    if let Some(state) = state
        && let Err(e) = crate::since::write(project, &theme.id, &state)
    {
        warnings.push(
            Warning::new(format!(
                "theme `{}`: the briefing is written, but not the record of its build: {}",
                theme.id,
                e.render_short()
            ))
            .hint("the next build compares with the build before this one"),
        );
    }
    w.warnings.extend(warnings);
    Ok(w)
}

/// What writing a theme's outputs did.
struct Written {
    /// Files written, with their sha256.
    files: Vec<(PathBuf, String)>,
    /// Files the template read.
    reads: Vec<PathBuf>,
    pages: Option<usize>,
    passages: usize,
    warnings: Vec<Warning>,
}

/// Writes a theme's outputs atomically: the PDF, the JSON, the `.typ`.
fn write_outputs(
    project: &Project,
    theme: &Theme,
    emit: Emit,
    out: ThemeOutput,
) -> Result<Written> {
    let base = project.output_dir.join(&theme.id);
    let mut w = Written {
        files: Vec::new(),
        reads: Vec::new(),
        pages: None,
        passages: out.briefing.passage_count(),
        warnings: Vec::new(),
    };
    let mut put = |path: PathBuf, bytes: &[u8]| -> Result<()> {
        crate::fs::write_atomic(&path, bytes)?;
        w.files.push((path, hex(&Sha256::digest(bytes))));
        Ok(())
    };
    if let Some(rendered) = &out.rendered {
        put(base.with_extension("pdf"), &rendered.pdf)?;
    }
    if emit.json || emit.typ {
        let pretty = serde_json::to_string_pretty(&out.briefing)
            .map_err(|e| Error::build(format!("cannot serialize the briefing: {e}")))?;
        put(base.with_extension("json"), pretty.as_bytes())?;
    }
    let mut reads = Vec::new();
    if emit.typ {
        let data_name = format!("{}.json", theme.id);
        let (typ, inlined) = render::self_contained(&out.template_file, &project.root, &data_name)?;
        put(base.with_extension("typ"), typ.as_bytes())?;
        let fonts = project.output_dir.join("fonts");
        crate::fs::create_dir_in(&project.root, &fonts, "the fonts folder")?;
        render::write_fonts(&fonts)?;
        reads.extend(inlined);
    }
    if let Some(rendered) = out.rendered {
        w.pages = Some(rendered.pages);
        w.warnings = rendered.warnings;
        reads.extend(rendered.reads);
    }
    reads.sort();
    reads.dedup();
    w.reads = reads;
    Ok(w)
}
