//! Rendering: a Typst template plus the briefing data becomes PDF bytes.
//!
//! Data reaches the template as JSON text in `sys.inputs.data` (templates
//! read it with `json(bytes(sys.inputs.data))`), never by pasting Typst code,
//! so `#`, `$`, `*` and brackets in articles print literally. Templates can
//! read files only inside the project. Fonts are embedded in juxta, so no
//! system font is needed and output is the same on every machine. Typst's
//! diagnostics are rendered as `error: file:line:col: message` with the
//! source line and hints.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use typst::WorldExt;
use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Dict, IntoValue, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst_as_lib::TypstEngine;
use typst_as_lib::file_resolver::FileResolver;
use typst_as_lib::typst_kit_options::TypstKitFontOptions;
use typst_layout::PagedDocument;

use crate::config::relative_display;
use crate::error::{Error, Location, Result, Warning, WarningKind};

/// Fonts juxta embeds beyond Typst's own (Libertinus Serif, New Computer
/// Modern, DejaVu Sans Mono): DejaVu Sans, for headings and for scripts the
/// serif lacks (Armenian, Georgian). See assets/fonts/DejaVu-LICENSE.txt.
static EXTRA_FONTS: &[&[u8]] = &[
    include_bytes!("../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../assets/fonts/DejaVuSans-Oblique.ttf"),
];

/// PDF metadata and options.
#[derive(Clone, Default)]
pub(crate) struct PdfMeta {
    /// The build time written into the PDF (not the wall clock: reproducible).
    pub(crate) timestamp: Option<chrono::NaiveDateTime>,
    /// A stable identifier (the same inputs give the same PDF).
    pub(crate) ident: String,
    /// PDF standards to conform to ("a-2b" …), checked by Typst.
    pub(crate) standards: Vec<String>,
}

/// The names `--pdf-standard` accepts (Typst's).
pub(crate) const STANDARDS: &str = "1.4, 1.5, 1.6, 1.7, 2.0, a-1b, a-1a, a-2b, a-2u, a-2a, a-3b, a-3u, a-3a, a-4, a-4f, a-4e, ua-1";

/// Parses and checks a list of PDF standards ("a-2b", "ua-1" …).
pub(crate) fn parse_standards(names: &[String]) -> Result<Option<typst_pdf::PdfStandards>> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut list = Vec::new();
    for n in names {
        let v = serde_json::Value::String(n.trim().to_lowercase());
        let s: typst_pdf::PdfStandard = serde_json::from_value(v).map_err(|_| {
            Error::usage(format!("unknown PDF standard `{n}`"))
                .hint(format!("known standards: {STANDARDS}"))
        })?;
        list.push(s);
    }
    typst_pdf::PdfStandards::new(&list).map(Some).map_err(|e| {
        let mut err = Error::usage(format!(
            "these PDF standards cannot be combined: {}",
            names.join(", ")
        ))
        .note(e.message().to_string());
        for h in e.hints() {
            err = err.hint(h.to_string());
        }
        err
    })
}

/// Compiles templates of one project; shares fonts across builds.
pub(crate) struct Renderer {
    inner: std::sync::Arc<Inner>,
    /// How long one template may run before juxta gives up on it.
    pub(crate) timeout: std::time::Duration,
    /// The most pages a briefing may have.
    pub(crate) max_pages: usize,
    /// When set, each compile runs in a child process (see `worker`).
    isolation: Option<crate::worker::Isolation>,
}

/// The default of [`Renderer::timeout`] (override: JUXTA_TEMPLATE_TIMEOUT, seconds).
pub(crate) const DEFAULT_TIMEOUT_SECS: u64 = 120;
/// The default of [`Renderer::max_pages`].
pub(crate) const DEFAULT_MAX_PAGES: usize = 2000;

struct Inner {
    /// Made on first use (fonts take a moment to load): a renderer whose
    /// compiles run in child processes never loads them.
    engine: std::sync::OnceLock<TypstEngine>,
    root: PathBuf,
}

/// A template and the data it receives.
pub(crate) struct Job<'a> {
    /// Template file, inside the project.
    pub(crate) template: &'a Path,
    /// The JSON text given as `sys.inputs.data`.
    pub(crate) data: &'a str,
    /// PDF options.
    pub(crate) meta: PdfMeta,
}

/// The rendered PDF and what Typst warned about.
pub(crate) struct Rendered {
    /// The PDF bytes.
    pub(crate) pdf: Vec<u8>,
    /// Number of pages.
    pub(crate) pages: usize,
    /// Typst warnings, rendered.
    pub(crate) warnings: Vec<Warning>,
    /// Every file the compile read (template, imports, data, images), as
    /// canonical paths inside the project: what the PDF depends on.
    pub(crate) reads: Vec<PathBuf>,
}

impl Renderer {
    /// A renderer whose templates may read files under `root` and may run
    /// for `timeout` (the default is [`DEFAULT_TIMEOUT_SECS`]).
    pub(crate) fn new(root: &Path, timeout: std::time::Duration) -> Result<Renderer> {
        let root =
            std::fs::canonicalize(root).map_err(|e| Error::io("cannot resolve", root, &e))?;
        Ok(Renderer {
            inner: std::sync::Arc::new(Inner {
                engine: std::sync::OnceLock::new(),
                root,
            }),
            timeout,
            max_pages: DEFAULT_MAX_PAGES,
            isolation: None,
        })
    }

    /// Compiles each template in a child process (this juxta binary) limited
    /// to `memory_mib` MiB of address space, killed after the timeout: a
    /// template that exhausts memory or time fails only its own theme.
    /// `None` keeps compiling in this process.
    pub(crate) fn isolated(mut self, memory_mib: Option<u64>) -> Renderer {
        self.isolation = memory_mib.and_then(|memory_mib| {
            let exe = std::env::current_exe().ok()?;
            Some(crate::worker::Isolation { exe, memory_mib })
        });
        self
    }

    /// Compiles `job.template` with `job.data` to PDF, giving up after
    /// [`Renderer::timeout`] (a template stuck in a loop, or producing
    /// enormous output) and refusing more than [`Renderer::max_pages`] pages.
    pub(crate) fn render(&self, job: &Job<'_>) -> Result<Rendered> {
        let Some(iso) = &self.isolation else {
            return self.render_here(job);
        };
        self.inner.file_id(job.template)?;
        let shown = relative_display(&self.inner.root, job.template);
        crate::worker::render_in_child(
            iso,
            &self.inner.root,
            job,
            self.timeout,
            self.max_pages,
            &shown,
        )
    }

    /// Compiles in this process, on a thread of its own.
    pub(crate) fn render_here(&self, job: &Job<'_>) -> Result<Rendered> {
        let id = self.inner.file_id(job.template)?;
        let inner = self.inner.clone();
        let data = job.data.to_string();
        let meta = job.meta.clone();
        let max_pages = self.max_pages;
        let (tx, rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("typst".into())
            .stack_size(64 * 1024 * 1024)
            .spawn(move || {
                let _ = tx.send(inner.render(id, &data, &meta, max_pages));
            });
        if let Err(e) = spawned {
            return Err(Error::build(format!(
                "cannot start the Typst compiler: {e}"
            )));
        }
        match rx.recv_timeout(self.timeout) {
            Ok(result) => result,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(Error::build(format!(
                "{}: the template did not finish within {} s",
                relative_display(&self.inner.root, job.template),
                self.timeout.as_secs_f64()
            ))
            .note("it may loop forever or produce enormous output")
            .hint("set JUXTA_TEMPLATE_TIMEOUT=<seconds> if a very large briefing needs longer")),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(Error::build(format!(
                "{}: the Typst compiler stopped unexpectedly",
                relative_display(&self.inner.root, job.template)
            ))),
        }
    }
}

impl Inner {
    fn engine(&self) -> &TypstEngine {
        self.engine.get_or_init(|| {
            TypstEngine::builder()
                .fonts(EXTRA_FONTS.iter().map(|f| Bytes::new(f.to_vec())))
                .search_fonts_with(
                    TypstKitFontOptions::new()
                        .include_system_fonts(false)
                        .include_embedded_fonts(true),
                )
                .add_file_resolver(ProjectFiles {
                    root: self.root.clone(),
                })
                .build()
        })
    }

    /// The file id of a path inside the project.
    fn file_id(&self, path: &Path) -> Result<FileId> {
        let canon =
            std::fs::canonicalize(path).map_err(|e| Error::io("cannot read template", path, &e))?;
        let vpath = VirtualPath::virtualize(&self.root, &canon).map_err(|_| {
            Error::usage(format!(
                "template {} leads to {}, outside the project",
                path.display(),
                canon.display()
            ))
            .hint("templates are read only inside the project folder; copy the file in instead of linking it")
        })?;
        Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
    }

    fn render(&self, id: FileId, data: &str, meta: &PdfMeta, max_pages: usize) -> Result<Rendered> {
        let mut inputs = Dict::new();
        inputs.insert("data".into(), data.into_value());
        let world = Recording::new(
            self.engine()
                .world_builder(id)
                .with_inputs(inputs)
                .build()
                .map_err(|e| Error::build(format!("cannot set up Typst: {e}")))?,
        );
        let warned = typst::compile::<PagedDocument>(&world);
        let mut warnings: Vec<Warning> = warned
            .warnings
            .iter()
            .map(|d| {
                let e = self.diagnostic(&world, d);
                let mut w = Warning::of(WarningKind::Template, e.message.clone());
                w.location = e.location.clone();
                w.hints = e.hints.clone();
                w
            })
            .collect();
        let doc = match warned.output {
            Ok(doc) => doc,
            Err(diags) => {
                comemo::evict(10);
                return Err(self.diagnostics(&world, &diags));
            }
        };
        if doc.pages().len() > max_pages {
            comemo::evict(10);
            return Err(Error::build(format!(
                "the template produced {} pages; juxta stops at {max_pages}",
                doc.pages().len()
            ))
            .hint("a briefing this long is usually a template that repeats content in a loop"));
        }
        let timestamp = meta.timestamp.and_then(|t| {
            use chrono::{Datelike, Timelike};
            Datetime::from_ymd_hms(
                t.year(),
                t.month() as u8,
                t.day() as u8,
                t.hour() as u8,
                t.minute() as u8,
                t.second() as u8,
            )
            .map(typst_pdf::Timestamp::new_utc)
        });
        let mut options = typst_pdf::PdfOptions {
            ident: Smart::Custom(meta.ident.clone()),
            timestamp,
            ..Default::default()
        };
        if let Some(st) = parse_standards(&meta.standards)? {
            options.standards = st;
        }
        let pages = doc.pages().len();
        let pdf =
            typst_pdf::pdf(&doc, &options).map_err(|diags| self.diagnostics(&world, &diags))?;
        comemo::evict(10);
        warnings.dedup_by(|a, b| a.message == b.message && a.location == b.location);
        let reads = world.reads(&self.root);
        Ok(Rendered {
            pdf,
            pages,
            warnings,
            reads,
        })
    }

    fn diagnostics(&self, world: &dyn typst::World, diags: &[SourceDiagnostic]) -> Error {
        let errors: Vec<&SourceDiagnostic> = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let Some(first) = errors.first() else {
            return Error::build("Typst failed without a message");
        };
        let mut e = self.diagnostic(world, first);
        for other in errors.iter().skip(1).take(5) {
            e = e.note(self.diagnostic(world, other).render_short());
        }
        if errors.len() > 6 {
            e = e.note(format!("and {} more errors", errors.len() - 6));
        }
        e
    }

    /// One Typst diagnostic as an error with file, line, column and hints.
    fn diagnostic(&self, world: &dyn typst::World, d: &SourceDiagnostic) -> Error {
        let mut e = Error::build(d.message.to_string());
        if let Some(id) = d.span.id()
            && let Some(range) = world.range(d.span)
        {
            let shown = self.shown(id);
            if let Ok(source) = world.source(id) {
                e = e.at(Location::from_span(shown, source.text(), range));
            } else {
                e = e.at(Location::file(shown));
            }
        }
        for h in &d.hints {
            let h = h.v.to_string();
            // Typst's advice about its own command line does not apply here.
            if h.contains("--root") {
                e = e.hint("templates can read files inside the project folder only");
                continue;
            }
            e = e.hint(h);
        }
        for t in d.trace.iter().take(3) {
            let mut line = t.v.to_string();
            if let Some(id) = t.span.id()
                && let Some(range) = world.range(t.span)
                && let Ok(source) = world.source(id)
            {
                let loc = Location::from_span(self.shown(id), source.text(), range);
                line = format!("{line} ({loc})");
            }
            e = e.note(line);
        }
        e
    }

    fn shown(&self, id: FileId) -> String {
        let v = id.vpath().get_without_slash().to_string();
        relative_display(Path::new(""), Path::new(&v))
    }
}

/// A Typst world that records every file the compile asks for, as
/// typst-cli's `--deps` does: what a briefing read is then known exactly.
struct Recording<W> {
    world: W,
    read: std::sync::Mutex<std::collections::HashSet<FileId>>,
}

impl<W: typst::World> Recording<W> {
    fn new(world: W) -> Self {
        Recording {
            world,
            read: Default::default(),
        }
    }

    fn note(&self, id: FileId) {
        if let Ok(mut read) = self.read.lock() {
            read.insert(id);
        }
    }

    /// The project files read, as canonical paths.
    fn reads(&self, root: &Path) -> Vec<PathBuf> {
        let ids: Vec<FileId> = self
            .read
            .lock()
            .map(|r| r.iter().copied().collect())
            .unwrap_or_default();
        let mut out: Vec<PathBuf> = ids
            .into_iter()
            .filter(|id| id.root() == &VirtualRoot::Project)
            .filter_map(|id| id.vpath().realize(root).ok())
            .filter_map(|p| std::fs::canonicalize(p).ok())
            .filter(|p| p.starts_with(root) && p.is_file())
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

impl<W: typst::World> typst::World for Recording<W> {
    fn library(&self) -> &typst::utils::LazyHash<typst::Library> {
        self.world.library()
    }

    fn book(&self) -> &typst::utils::LazyHash<typst::text::FontBook> {
        self.world.book()
    }

    fn main(&self) -> FileId {
        self.world.main()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.note(id);
        self.world.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.note(id);
        self.world.file(id)
    }

    fn font(&self, index: usize) -> Option<typst::text::Font> {
        self.world.font(index)
    }

    fn today(&self, offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.world.today(offset)
    }
}

/// Files a template may read: inside the project root only (symbolic links
/// that lead out are refused).
struct ProjectFiles {
    root: PathBuf,
}

impl ProjectFiles {
    fn read(&self, id: FileId) -> FileResult<Vec<u8>> {
        if id.root() != &VirtualRoot::Project {
            return Err(FileError::Other(Some(
                "packages are not available to juxta templates (no network); copy what you need into report-templates/lib/".into(),
            )));
        }
        let path = id
            .vpath()
            .realize(&self.root)
            .map_err(|_| FileError::AccessDenied)?;
        let canon = std::fs::canonicalize(&path).map_err(|e| FileError::from_io(e, &path))?;
        if !canon.starts_with(&self.root) {
            return Err(FileError::AccessDenied);
        }
        if canon.is_dir() {
            return Err(FileError::IsDirectory);
        }
        crate::fs::read_regular(&canon, crate::fs::MAX_RECORD_BYTES)
            .map_err(|e| FileError::from_io(e, &canon))
    }
}

impl FileResolver for ProjectFiles {
    fn resolve_binary(&self, id: FileId) -> FileResult<Cow<'_, Bytes>> {
        Ok(Cow::Owned(Bytes::new(self.read(id)?)))
    }

    fn resolve_source(&self, id: FileId) -> FileResult<Cow<'_, Source>> {
        let bytes = self.read(id)?;
        let text = String::from_utf8(bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Cow::Owned(Source::new(id, text)))
    }
}

pub(crate) use crate::fs::write_atomic;

/// The fonts juxta embeds, written to `dir` for the `typst` CLI
/// (`typst compile --font-path DIR`).
pub(crate) fn write_fonts(dir: &Path) -> Result<()> {
    let names = [
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
    ];
    for (name, bytes) in names.iter().zip(EXTRA_FONTS) {
        let p = dir.join(name);
        if crate::fs::read_own(&p, crate::fs::MAX_RECORD_BYTES)
            .ok()
            .as_deref()
            != Some(*bytes)
        {
            write_atomic(&p, bytes)?;
        }
    }
    Ok(())
}

/// A template as one self-contained Typst file: `#import "…": …` of files
/// inside the project are inlined (each once), and the data is read from
/// `data_name` next to it when `sys.inputs.data` is not given.
///
/// Also returns the files inlined.
pub(crate) fn self_contained(
    template: &Path,
    root: &Path,
    data_name: &str,
) -> Result<(String, Vec<PathBuf>)> {
    let root = std::fs::canonicalize(root).map_err(|e| Error::io("cannot resolve", root, &e))?;
    let mut seen = Vec::new();
    let body = inline(template, &root, &mut seen)?;
    let body = body.replace("json(\"briefing.json\")", &format!("json(\"{data_name}\")"));
    let typ = format!(
        "// Written by `juxta build --emit typ` from {}; compile with\n// typst compile --font-path fonts {}\n// next to {data_name}, the data it reads.\n{body}",
        relative_display(&root, template),
        data_name.replace(".json", ".typ"),
    );
    Ok((typ, seen))
}

fn inline(path: &Path, root: &Path, seen: &mut Vec<PathBuf>) -> Result<String> {
    let canon = std::fs::canonicalize(path).map_err(|e| Error::io("cannot read", path, &e))?;
    if !canon.starts_with(root) {
        return Err(Error::build(format!(
            "{} imports {}, outside the project",
            relative_display(root, path),
            canon.display()
        )));
    }
    if seen.contains(&canon) {
        return Ok(String::new());
    }
    seen.push(canon.clone());
    let bytes = crate::fs::read_regular(&canon, crate::fs::MAX_RECORD_BYTES)
        .map_err(|e| Error::io("cannot read", &canon, &e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::io(
            "cannot read",
            &canon,
            &std::io::Error::new(std::io::ErrorKind::InvalidData, e),
        )
    })?;
    let dir = canon.parent().unwrap_or(root).to_path_buf();
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("#import \"")
            && let Some(end) = rest.find('"')
            && rest[end + 1..].trim_start().starts_with(':')
        {
            let target = dir.join(&rest[..end]);
            out.push_str(&format!("// ---- inlined {} ----\n", &rest[..end]));
            out.push_str(&inline(&target, root, seen)?);
            out.push_str("// ---- end of inlined file ----\n");
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}
