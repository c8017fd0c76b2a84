//! The corpus: every source of the project, ingested, and a full-text index
//! of its passages (paragraphs that are not headings).
//!
//! Source discovery lives here too: `sources/<outlet-id>/…` files in the
//! formats juxta reads; a folder that names no outlet is an error, a file in
//! another format is a warning.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, TantivyDocument};

use crate::analysis;
use crate::config::{Project, relative_display};
use crate::error::{Error, Location, Result, Warning};
use crate::ingest::{self, Document};

/// A source file found in the project.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path on disk.
    pub path: PathBuf,
    /// Path relative to the project root, for messages and JSON.
    pub display: String,
    /// The outlet id (the folder under `sources/`).
    pub outlet: String,
}

/// Finds the project's source files, sorted by path.
pub fn discover(project: &Project) -> Result<(Vec<SourceFile>, Vec<Warning>)> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let dir = &project.sources_dir;
    let shown_dir = project.relative(dir);
    if !dir.is_dir() {
        return Err(Error::usage(format!("the sources folder {shown_dir}/ does not exist"))
            .hint(format!(
                "create {shown_dir}/<outlet-id>/ and put articles in it, or set `sources` in [project]"
            )));
    }
    let root = canonical(&project.root)?;
    let mut entries: Vec<_> = read_dir(dir)?;
    entries.sort();
    for entry in entries {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let shown = project.relative(&entry);
        check_inside(&entry, &root, &shown)?;
        if entry.is_file() {
            if ingest::is_source_file(&entry) {
                return Err(
                    Error::usage(format!("{shown} is not in an outlet folder")).hint(format!(
                        "move it into {shown_dir}/<outlet-id>/, where <outlet-id> is one of: {}",
                        outlet_ids(project)
                    )),
                );
            }
            continue;
        }
        if !entry.is_dir() {
            continue;
        }
        if project.outlet(&name).is_none() {
            let mut e = Error::usage(format!(
                "folder {shown}/ names no outlet of {}",
                project.config_name()
            ));
            if let Some(s) =
                crate::error::did_you_mean(&name, project.outlets.iter().map(|o| o.id.as_str()))
            {
                e = e.hint(format!("did you mean `{s}`? rename the folder"));
            }
            return Err(e.hint(format!(
                "add an [outlets.{name}] table to {}, or rename the folder to one of: {}",
                project.config_name(),
                outlet_ids(project)
            )));
        }
        let mut stack = vec![entry.clone()];
        while let Some(d) = stack.pop() {
            let mut items = read_dir(&d)?;
            items.sort();
            for p in items {
                let n = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if n.starts_with('.') {
                    continue;
                }
                let shown_p = project.relative(&p);
                check_inside(&p, &root, &shown_p)?;
                if p.is_dir() {
                    stack.push(p);
                } else if ingest::is_source_file(&p) {
                    files.push(SourceFile {
                        path: p,
                        display: shown_p,
                        outlet: name.clone(),
                    });
                } else if let Some(stem) = n.strip_suffix(".toml") {
                    let target = p.with_file_name(stem);
                    if !(target.is_file() && ingest::is_source_file(&target)) {
                        warnings.push(stray_sidecar(project, &p, stem, &shown_p));
                    }
                } else {
                    warnings.push(
                        Warning::new(format!("{shown_p}: skipped, not a format juxta reads"))
                            .hint("sources are .txt, .md, .html, .htm or .html.gz files"),
                    );
                }
            }
        }
    }
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Ok((files, warnings))
}

/// A `.toml` file in an outlet folder that is no source's sidecar: its
/// metadata would silently apply to nothing.
fn stray_sidecar(project: &Project, path: &Path, stem: &str, shown: &str) -> Warning {
    let w = Warning::new(format!(
        "{shown}: not read; a sidecar is named after its source with `.toml` added"
    ));
    // "article.toml" next to "article.txt": suggest the right name.
    let sibling = path.parent().and_then(|dir| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|f| ingest::is_source_file(f))
            .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
            .filter(|n| n.split('.').next() == Some(stem.split('.').next().unwrap_or(stem)))
            .collect();
        names.sort();
        names.into_iter().next()
    });
    match sibling {
        Some(source) => w.hint(format!(
            "to state {source}'s metadata, rename it to {}",
            project.relative(&path.with_file_name(format!("{source}.toml")))
        )),
        None => w.hint(
            "e.g. article.txt.toml holds the metadata of article.txt; remove or rename this file",
        ),
    }
}

fn outlet_ids(project: &Project) -> String {
    if project.outlets.is_empty() {
        "(none defined yet)".into()
    } else {
        project
            .outlets
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let rd = std::fs::read_dir(dir).map_err(|e| Error::io("cannot read folder", dir, &e))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(|e| Error::io("cannot read folder", dir, &e))?;
        out.push(e.path());
    }
    Ok(out)
}

fn canonical(p: &Path) -> Result<PathBuf> {
    std::fs::canonicalize(p).map_err(|e| Error::io("cannot resolve", p, &e))
}

/// Refuses paths (symlinks) that resolve outside the project.
fn check_inside(p: &Path, root: &Path, shown: &str) -> Result<()> {
    let meta = std::fs::symlink_metadata(p).map_err(|e| Error::io("cannot read", p, &e))?;
    if !meta.file_type().is_symlink() {
        return Ok(());
    }
    let target = std::fs::canonicalize(p).map_err(|e| {
        Error::build(format!(
            "{shown}: broken symbolic link ({})",
            crate::error::io_reason(&e)
        ))
        .hint("remove the link or make it point at a file inside the project")
    })?;
    if !target.starts_with(root) {
        return Err(Error::usage(format!(
            "{shown} is a symbolic link to {}, outside the project",
            target.display()
        ))
        .hint("juxta reads only files inside the project folder; copy the file in instead"));
    }
    Ok(())
}

/// Ingests every source, in parallel; all failures are reported together.
pub fn ingest_all(project: &Project, files: &[SourceFile]) -> Result<Vec<Document>> {
    ingest_all_with(project, files, None, threads())
}

/// Threads for parallel work: the number of cores.
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Ingests every source with `threads` threads, reusing documents cached in
/// `cache` when given.
pub fn ingest_all_with(
    project: &Project,
    files: &[SourceFile],
    cache: Option<ingest::DocCache<'_>>,
    threads: usize,
) -> Result<Vec<Document>> {
    let one = |f: &SourceFile| {
        let ctx = ingest::Context {
            outlet: project.outlet(&f.outlet),
            display_path: f.display.clone(),
        };
        ingest::read_file_cached(&f.path, &ctx, cache)
    };
    let threads = threads.clamp(1, files.len().max(1));
    let results: Vec<Result<Document>> = if threads == 1 || files.len() < 16 {
        files.iter().map(one).collect()
    } else {
        let chunk = files.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = files
                .chunks(chunk)
                .map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| {
                    h.join().unwrap_or_else(|_| {
                        vec![Err(Error::build(
                            "ingestion stopped unexpectedly (a thread panicked)",
                        ))]
                    })
                })
                .collect()
        })
    };
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e),
        }
    }
    match errors.len() {
        0 => Ok(docs),
        1 => Err(errors.remove(0)),
        n => {
            let mut first = errors.remove(0);
            for e in &errors {
                first = first.note(e.render_short());
            }
            first.message = format!("{} ({n} sources failed)", first.message);
            Err(first)
        }
    }
}

/// Bump when the index layout or the analyzers change: old caches are rebuilt.
pub const INDEX_FORMAT: u32 = 3;

/// Memory the index writer may use before it writes a segment.
const WRITER_MEMORY: usize = 128_000_000;

/// Index fields.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Passage text, stemmed.
    pub text: Field,
    /// Passage text, folded but not stemmed (prefix queries).
    pub folded: Field,
    /// Outlet id.
    pub outlet: Field,
    /// Source path (for deleting a changed source's passages).
    pub path: Field,
    /// Hash key of the document version (fast field): see [`doc_key`].
    pub key: Field,
    /// Paragraph index within the document (fast field).
    pub para: Field,
    /// Hash of the outlet id (fast field): see [`outlet_key`].
    pub okey: Field,
}

/// A 64-bit key of an outlet id, stored per passage so one query can fill
/// the cells of all outlets.
pub fn outlet_key(outlet: &str) -> u64 {
    let digest = Sha256::digest(outlet.as_bytes());
    u64::from_le_bytes(digest[..8].try_into().unwrap_or([0; 8]))
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let indexing = |name: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(name)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let text = b.add_text_field("text", indexing(analysis::STEMMED));
    // Prefix queries only need to know which passages hold a word: no positions.
    let folded = b.add_text_field(
        "folded",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analysis::FOLDED)
                .set_index_option(IndexRecordOption::Basic),
        ),
    );
    let outlet = b.add_text_field("outlet", STRING);
    let path = b.add_text_field("path", STRING);
    let key = b.add_u64_field("key", FAST);
    let para = b.add_u64_field("para", FAST);
    let okey = b.add_u64_field("okey", FAST);
    (
        b.build(),
        Fields {
            text,
            folded,
            outlet,
            path,
            key,
            para,
            okey,
        },
    )
}

/// A 64-bit key identifying one version of one ingested document: the file's
/// bytes, its outlet (name and domains change how it is read), juxta's version.
pub fn doc_key(d: &Document, project: Option<&Project>) -> u64 {
    let mut h = Sha256::new();
    h.update(d.path.as_bytes());
    h.update([0]);
    h.update(d.sha256.as_bytes());
    // Metadata a sidecar or the outlet may change.
    if let Ok(j) = serde_json::to_string(&(&d.title, &d.subtitle, &d.authors, &d.date, &d.url)) {
        h.update(j.as_bytes());
    }
    if let (Some(p), Some(o)) = (project, d.outlet.as_deref())
        && let Some(outlet) = p.outlet(o)
    {
        h.update(outlet.name.as_bytes());
        h.update(outlet.domains.join(",").as_bytes());
    }
    h.update(ingest::build_identity().as_bytes());
    h.update(INDEX_FORMAT.to_le_bytes());
    let digest = h.finalize();
    u64::from_le_bytes(digest[..8].try_into().unwrap_or([0; 8]))
}

/// The on-disk record of what the cached index holds.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    juxta: String,
    /// path → document key.
    files: BTreeMap<String, u64>,
}

/// What updating the index did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexStats {
    /// Sources (re)indexed in this run.
    pub indexed: Vec<String>,
    /// Sources whose passages were removed (deleted or changed files).
    pub removed: Vec<String>,
    /// Sources served from the cache unchanged.
    pub unchanged: usize,
    /// Passages indexed in this run.
    pub passages: usize,
    /// Whether the cache was rebuilt from scratch (missing, outdated or corrupt).
    pub rebuilt: bool,
}

/// The ingested sources and their passage index.
pub struct Corpus {
    /// Documents in path order.
    pub documents: Vec<Document>,
    /// The index of passages.
    pub index: Index,
    /// Its reader.
    pub reader: IndexReader,
    /// Its fields.
    pub fields: Fields,
    /// What the last index update did.
    pub stats: IndexStats,
    by_path: HashMap<String, usize>,
    by_key: HashMap<u64, usize>,
}

/// Opens the cached index and checks that it can be used: every segment
/// file's checksum, and a reader over all segments (which fails on a missing
/// or truncated file). An error describes the damage.
fn open_checked(dir: &Path) -> std::result::Result<Index, String> {
    let index = Index::open_in_dir(dir).map_err(|e| e.to_string())?;
    let damaged = index.validate_checksum().map_err(|e| e.to_string())?;
    if !damaged.is_empty() {
        let mut names: Vec<String> = damaged.iter().map(|p| p.display().to_string()).collect();
        names.sort();
        return Err(format!("bad checksum in {}", names.join(", ")));
    }
    register(&index);
    let reader: IndexReader = index
        .reader_builder()
        .reload_policy(tantivy::ReloadPolicy::Manual)
        .try_into()
        .map_err(|e: tantivy::TantivyError| e.to_string())?;
    let schema = index.schema();
    for segment in reader.searcher().segment_readers() {
        for (field, entry) in schema.fields() {
            if entry.is_indexed() {
                segment.inverted_index(field).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(index)
}

fn tantivy_err(e: tantivy::TantivyError) -> Error {
    Error::build(format!("index error: {e}"))
}

fn add_passages(
    writer: &tantivy::IndexWriter,
    fields: &Fields,
    d: &Document,
    key: u64,
) -> Result<usize> {
    let outlet = d.outlet.clone().unwrap_or_default();
    let okey = outlet_key(&outlet);
    let mut n = 0;
    for (pi, p) in d.passages() {
        let mut td = TantivyDocument::default();
        td.add_text(fields.text, &p.text);
        td.add_text(fields.folded, &p.text);
        td.add_text(fields.outlet, &outlet);
        td.add_text(fields.path, &d.path);
        td.add_u64(fields.key, key);
        td.add_u64(fields.para, pi as u64);
        td.add_u64(fields.okey, okey);
        writer.add_document(td).map_err(tantivy_err)?;
        n += 1;
    }
    Ok(n)
}

impl Corpus {
    /// Indexes `documents` in memory (no cache).
    pub fn build(documents: Vec<Document>) -> Result<Corpus> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        register(&index);
        let keys: Vec<u64> = documents.iter().map(|d| doc_key(d, None)).collect();
        let mut stats = IndexStats::default();
        {
            let mut writer: tantivy::IndexWriter = index
                .writer_with_num_threads(1, WRITER_MEMORY)
                .map_err(tantivy_err)?;
            for (d, &k) in documents.iter().zip(&keys) {
                stats.passages += add_passages(&writer, &fields, d, k)?;
                stats.indexed.push(d.path.clone());
            }
            writer.commit().map_err(tantivy_err)?;
        }
        Self::finish(documents, keys, index, fields, stats)
    }

    /// Indexes `documents` into the project's cache (`.juxta/index`), re-indexing
    /// only sources that changed since the last run. Another juxta process
    /// working on the same cache is waited for; a corrupt cache is rebuilt
    /// with a warning.
    pub fn cached(
        project: &Project,
        documents: Vec<Document>,
        warnings: &mut Vec<Warning>,
    ) -> Result<Corpus> {
        let cache = project.root.join(".juxta");
        std::fs::create_dir_all(&cache)
            .map_err(|e| Error::io("cannot create the cache folder", &cache, &e))?;
        let lock_path = cache.join("lock");
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::io("cannot open", &lock_path, &e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                eprintln!("note: waiting for another juxta process to finish with .juxta/");
                lock.lock()
                    .map_err(|e| Error::io("cannot lock", &lock_path, &e))?;
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Error::io("cannot lock", &lock_path, &e));
            }
        }
        let dir = cache.join("index");
        let manifest_path = cache.join("index.json");
        let keys: Vec<u64> = documents
            .iter()
            .map(|d| doc_key(d, Some(project)))
            .collect();
        let (schema, fields) = schema();
        let mut stats = IndexStats::default();

        let mut manifest: Option<Manifest> = std::fs::read(&manifest_path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .filter(|m: &Manifest| m.format == INDEX_FORMAT);
        let opened = if manifest.is_some() && dir.join("meta.json").is_file() {
            match open_checked(&dir) {
                Ok(i) if i.schema() == schema => Some(i),
                Ok(_) => None,
                Err(e) => {
                    warnings.push(
                        Warning::new(format!(
                            "the index cache in .juxta/ is damaged ({e}); rebuilding it"
                        ))
                        .hint("nothing is lost: the cache is made from sources/"),
                    );
                    None
                }
            }
        } else {
            None
        };
        let index = match opened {
            Some(i) => i,
            None => {
                stats.rebuilt = true;
                manifest = None;
                if dir.exists() {
                    std::fs::remove_dir_all(&dir)
                        .map_err(|e| Error::io("cannot clear", &dir, &e))?;
                }
                std::fs::create_dir_all(&dir).map_err(|e| Error::io("cannot create", &dir, &e))?;
                Index::create_in_dir(&dir, schema).map_err(tantivy_err)?
            }
        };
        register(&index);
        let old = manifest.map(|m| m.files).unwrap_or_default();
        let new: BTreeMap<String, u64> = documents
            .iter()
            .zip(&keys)
            .map(|(d, &k)| (d.path.clone(), k))
            .collect();
        let changed: Vec<usize> = documents
            .iter()
            .enumerate()
            .filter(|(i, d)| old.get(&d.path) != Some(&keys[*i]))
            .map(|(i, _)| i)
            .collect();
        let gone: Vec<&String> = old.keys().filter(|p| !new.contains_key(*p)).collect();
        stats.unchanged = documents.len() - changed.len();
        if !changed.is_empty() || !gone.is_empty() || stats.rebuilt {
            let mut writer: tantivy::IndexWriter = index
                .writer_with_num_threads(1, WRITER_MEMORY)
                .map_err(tantivy_err)?;
            for p in &gone {
                writer.delete_term(tantivy::Term::from_field_text(fields.path, p));
                stats.removed.push((*p).clone());
            }
            for &i in &changed {
                let d = &documents[i];
                if old.contains_key(&d.path) {
                    writer.delete_term(tantivy::Term::from_field_text(fields.path, &d.path));
                    stats.removed.push(d.path.clone());
                }
                stats.passages += add_passages(&writer, &fields, d, keys[i])?;
                stats.indexed.push(d.path.clone());
            }
            writer.commit().map_err(tantivy_err)?;
            writer.wait_merging_threads().map_err(tantivy_err)?;
            let m = Manifest {
                format: INDEX_FORMAT,
                juxta: env!("CARGO_PKG_VERSION").to_string(),
                files: new,
            };
            let bytes = serde_json::to_vec_pretty(&m)
                .map_err(|e| Error::build(format!("cannot write the index manifest: {e}")))?;
            crate::render::write_atomic(&manifest_path, &bytes)?;
        }
        drop(lock);
        Self::finish(documents, keys, index, fields, stats)
    }

    fn finish(
        documents: Vec<Document>,
        keys: Vec<u64>,
        index: Index,
        fields: Fields,
        stats: IndexStats,
    ) -> Result<Corpus> {
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()
            .map_err(tantivy_err)?;
        let by_path = documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.path.clone(), i))
            .collect();
        let by_key = keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
        Ok(Corpus {
            documents,
            index,
            reader,
            fields,
            stats,
            by_path,
            by_key,
        })
    }

    /// Loads the whole project: discover, ingest, index (cached in `.juxta/`).
    pub fn load(project: &Project) -> Result<(Corpus, Vec<Warning>)> {
        let (docs, mut warnings) = ingest_project(project, true)?;
        let corpus = Corpus::cached(project, docs, &mut warnings)?;
        Ok((corpus, warnings))
    }

    /// Loads the whole project without writing anything: documents cached
    /// in `.juxta/` are reused, the index is built in memory (`juxta check`).
    pub fn load_read_only(project: &Project) -> Result<(Corpus, Vec<Warning>)> {
        let (docs, warnings) = ingest_project(project, false)?;
        Ok((Corpus::build(docs)?, warnings))
    }

    /// The document with this display path.
    pub fn document(&self, path: &str) -> Option<&Document> {
        self.by_path.get(path).map(|&i| &self.documents[i])
    }

    /// The index in [`Corpus::documents`] of the document with this key.
    pub fn document_index(&self, key: u64) -> Option<usize> {
        self.by_key.get(&key).copied()
    }

    /// Documents of one outlet.
    pub fn of_outlet<'a>(&'a self, outlet: &'a str) -> impl Iterator<Item = &'a Document> + 'a {
        self.documents
            .iter()
            .filter(move |d| d.outlet.as_deref() == Some(outlet))
    }
}

/// Every source of the project, ingested through the document cache in
/// `.juxta/docs` (written to only when `write`), with the warnings.
fn ingest_project(project: &Project, write: bool) -> Result<(Vec<Document>, Vec<Warning>)> {
    let (files, mut warnings) = discover(project)?;
    let cache = project.root.join(".juxta").join("docs");
    let docs = ingest_all_with(
        project,
        &files,
        Some(ingest::DocCache { dir: &cache, write }),
        threads(),
    )?;
    for d in &docs {
        warnings.extend(ingest::warnings_of(d));
    }
    Ok((docs, warnings))
}

/// Registers juxta's analyzers on an index.
pub fn register(index: &Index) {
    index
        .tokenizers()
        .register(analysis::STEMMED, analysis::stemmed_analyzer());
    index
        .tokenizers()
        .register(analysis::FOLDED, analysis::folded_analyzer());
}

/// A location for a source path, for warnings.
pub fn source_location(project: &Project, path: &Path) -> Location {
    Location::file(relative_display(&project.root, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(dir: &Path) -> Project {
        let cfg = "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"A\"\n[outlets.b]\nname = \"B\"\n[themes.t]\ntitle = \"T\"\nscope = 'russia'\n";
        std::fs::write(dir.join("juxta.toml"), cfg).unwrap();
        Project::load(&dir.join("juxta.toml")).unwrap()
    }

    fn write(dir: &Path, rel: &str, text: &str) {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn count(c: &Corpus, word: &str) -> usize {
        let q = crate::query::Query::parse(word)
            .unwrap()
            .to_tantivy(c.fields.text, c.fields.folded);
        c.reader
            .searcher()
            .search(&q, &tantivy::collector::Count)
            .unwrap()
    }

    #[test]
    fn cache_reindexes_only_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "sources/a/one.txt",
            "Russia mediates between the two sides today.\n",
        );
        write(
            dir.path(),
            "sources/b/two.txt",
            "Moscow hosts a military base in Armenia.\n",
        );
        let p = project(dir.path());

        let (c, _) = Corpus::load(&p).unwrap();
        assert!(c.stats.rebuilt);
        assert_eq!(c.stats.indexed.len(), 2);
        drop(c);

        // Unchanged: nothing is indexed again.
        let (c, _) = Corpus::load(&p).unwrap();
        assert!(!c.stats.rebuilt);
        assert!(c.stats.indexed.is_empty(), "{:?}", c.stats);
        assert_eq!(c.stats.unchanged, 2);
        assert_eq!(count(&c, "mediates"), 1);
        drop(c);

        // One file changes: only it is re-indexed, and its old passages are gone.
        write(
            dir.path(),
            "sources/a/one.txt",
            "Russia brokered a ceasefire in 1994.\n",
        );
        let (c, _) = Corpus::load(&p).unwrap();
        assert_eq!(c.stats.indexed, vec!["sources/a/one.txt".to_string()]);
        assert_eq!(c.stats.removed, vec!["sources/a/one.txt".to_string()]);
        assert_eq!(count(&c, "mediates"), 0);
        assert_eq!(count(&c, "ceasefire"), 1);
        drop(c);

        // A deleted file's passages leave the index.
        std::fs::remove_file(dir.path().join("sources/b/two.txt")).unwrap();
        let (c, _) = Corpus::load(&p).unwrap();
        assert_eq!(c.stats.removed, vec!["sources/b/two.txt".to_string()]);
        assert_eq!(count(&c, "\"military base\""), 0);
    }

    #[test]
    fn damaged_segment_files_are_rebuilt_with_a_warning() {
        type Damage = fn(&Path);
        let damages: [(&str, Damage); 3] = [
            ("flipped bytes", |f| {
                let mut b = std::fs::read(f).unwrap();
                let n = b.len() / 2;
                b[n] ^= 0xff;
                std::fs::write(f, b).unwrap();
            }),
            ("truncated", |f| {
                let b = std::fs::read(f).unwrap();
                std::fs::write(f, &b[..b.len() / 3]).unwrap();
            }),
            ("deleted", |f| std::fs::remove_file(f).unwrap()),
        ];
        for ext in ["term", "idx", "store", "fast", "pos"] {
            for (what, damage) in damages {
                let dir = tempfile::tempdir().unwrap();
                write(
                    dir.path(),
                    "sources/a/one.txt",
                    "Russia mediates between the two sides today.\n",
                );
                let p = project(dir.path());
                drop(Corpus::load(&p).unwrap());
                let files: Vec<PathBuf> = std::fs::read_dir(dir.path().join(".juxta/index"))
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .filter(|f| f.extension().is_some_and(|e| e == ext))
                    .collect();
                assert!(!files.is_empty(), "no .{ext} file");
                for f in &files {
                    damage(f);
                }
                let (c, warnings) = Corpus::load(&p)
                    .unwrap_or_else(|e| panic!(".{ext} {what}: {}", e.render_short()));
                assert!(c.stats.rebuilt, ".{ext} {what}");
                assert!(
                    warnings.iter().any(|w| w.message.contains("damaged")),
                    ".{ext} {what}: {warnings:?}"
                );
                assert_eq!(count(&c, "mediates"), 1, ".{ext} {what}");
            }
        }
    }

    #[test]
    fn corrupt_cache_is_rebuilt_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "sources/a/one.txt",
            "Russia mediates between the two sides today.\n",
        );
        let p = project(dir.path());
        drop(Corpus::load(&p).unwrap());
        std::fs::write(dir.path().join(".juxta/index/meta.json"), b"{ not json").unwrap();
        let (c, warnings) = Corpus::load(&p).unwrap();
        assert!(c.stats.rebuilt);
        assert!(
            warnings.iter().any(|w| w.message.contains("damaged")),
            "{warnings:?}"
        );
        assert_eq!(count(&c, "mediates"), 1);
    }
}
