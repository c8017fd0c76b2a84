//! The corpus: every source of the project, ingested, and a full-text index
//! of its passages (paragraphs that are not headings).
//!
//! Sources are found by `fs::discover`.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, TantivyDocument};

use crate::analysis;
use crate::config::Project;
use crate::error::{Error, Result, Warning, WarningKind};
pub use crate::fs::{SourceFile, discover};
use crate::ingest::{self, Document};

/// Ingests every source, in parallel; all failures are reported together.
pub fn ingest_all(project: &Project, files: &[SourceFile]) -> Result<Vec<Document>> {
    ingest_all_with(project, files, None, threads())
}

/// Threads for parallel work: the number of cores.
pub(crate) fn threads() -> usize {
    rayon::current_num_threads()
}

/// Ingests every source (on all cores, or on one when `threads` is 1),
/// reusing documents cached in `cache` when given.
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
    let results: Vec<Result<Document>> = if threads <= 1 || files.len() < 16 {
        files.iter().map(one).collect()
    } else {
        use rayon::prelude::*;
        files.par_iter().map(one).collect()
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
pub(crate) const INDEX_FORMAT: u32 = 4;

/// Memory the index writer may use before it writes a segment.
const WRITER_MEMORY: usize = 128_000_000;

/// Index fields.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    /// Passage text, stemmed.
    pub(crate) text: Field,
    /// Passage text, folded but not stemmed (prefix queries).
    pub(crate) folded: Field,
    /// Outlet id.
    pub(crate) outlet: Field,
    /// Source path (for deleting a changed source's passages).
    pub(crate) path: Field,
    /// Hash key of the document version (fast field): see [`doc_key`].
    pub(crate) key: Field,
    /// Paragraph index within the document (fast field).
    pub(crate) para: Field,
    /// Hash of the outlet id (fast field): see [`outlet_key`].
    pub(crate) okey: Field,
    /// The language whose analyzer indexed the passage
    /// ([`analysis::analysis_language`]: "en" for English and unknown).
    pub(crate) lang: Field,
}

/// A 64-bit key of an outlet id, stored per passage so one query can fill
/// the cells of all outlets.
pub(crate) fn outlet_key(outlet: &str) -> u64 {
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
    let lang = b.add_text_field("lang", STRING);
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
            lang,
        },
    )
}

/// A 64-bit key identifying one version of one ingested document: the file's
/// bytes, its outlet (name and domains change how it is read), juxta's version.
pub(crate) fn doc_key(d: &Document, project: Option<&Project>) -> u64 {
    let mut h = Sha256::new();
    h.update(d.path.as_bytes());
    h.update([0]);
    h.update(d.sha256.as_bytes());
    // Metadata a sidecar or the outlet may change.
    if let Ok(j) = serde_json::to_string(&(
        &d.title,
        &d.subtitle,
        &d.authors,
        &d.date,
        &d.url,
        &d.language,
    )) {
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
    pub(crate) removed: Vec<String>,
    /// Sources served from the cache unchanged.
    pub(crate) unchanged: usize,
    /// Passages indexed in this run.
    pub(crate) passages: usize,
    /// Whether the cache was rebuilt from scratch (missing, outdated or corrupt).
    pub(crate) rebuilt: bool,
}

/// The ingested sources and their passage index.
pub struct Corpus {
    /// Documents in path order.
    pub(crate) documents: Vec<Document>,
    /// The reader of the passage index.
    pub(crate) reader: IndexReader,
    /// Its fields.
    pub(crate) fields: Fields,
    /// What the last index update did.
    pub stats: IndexStats,
    by_path: HashMap<String, usize>,
    by_key: HashMap<u64, usize>,
    /// The words and sentences of every paragraph, analyzed once on first use
    /// (by the comparison) and shared by every theme.
    texts: std::sync::OnceLock<crate::compare::text::Texts>,
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
    let lang = analysis::analysis_language(d.language.as_deref());
    // English goes through the analyzers registered on the index; any
    // other language is analyzed here, with its own.
    let mut own = (lang != "en").then(|| {
        (
            analysis::stemmed_analyzer_for(lang),
            analysis::folded_analyzer_for(lang),
        )
    });
    let mut n = 0;
    for (pi, p) in d.passages() {
        let mut td = TantivyDocument::default();
        match &mut own {
            None => {
                td.add_text(fields.text, &p.text);
                td.add_text(fields.folded, &p.text);
            }
            Some((stemmed, folded)) => {
                td.add_pre_tokenized_text(fields.text, pre_tokenized(stemmed, &p.text));
                td.add_pre_tokenized_text(fields.folded, pre_tokenized(folded, &p.text));
            }
        }
        td.add_text(fields.lang, lang);
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

/// `text` analyzed by `analyzer`, for a field whose analysis is done here.
fn pre_tokenized(
    analyzer: &mut tantivy::tokenizer::TextAnalyzer,
    text: &str,
) -> tantivy::tokenizer::PreTokenizedString {
    let mut tokens = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(t) = stream.next() {
        tokens.push(t.clone());
    }
    tantivy::tokenizer::PreTokenizedString {
        text: text.to_string(),
        tokens,
    }
}

/// Opens the cached index in `cache/index` when its record is current and
/// its files are sound, else starts a new one (with a warning when it was
/// damaged). Gives the index, its fields, the record of what it holds
/// (path → document key; empty for a new index) and the stats so far.
fn open_cache(
    cache: &Path,
    warnings: &mut Vec<Warning>,
) -> Result<(Index, Fields, BTreeMap<String, u64>, IndexStats)> {
    let dir = cache.join("index");
    let (schema, fields) = schema();
    let mut stats = IndexStats::default();
    let manifest = read_manifest(cache, &dir);
    let damaged = |why: String, warnings: &mut Vec<Warning>| {
        warnings.push(
            Warning::of(
                WarningKind::Index,
                format!("the index cache in .juxta/ is damaged ({why}); rebuilding it"),
            )
            .hint("nothing is lost: the cache is made from sources/"),
        );
    };
    let opened = match &manifest {
        Ok(Some(_)) => match open_checked(&dir) {
            Ok(i) if i.schema() == schema => Some(i),
            Ok(_) => None,
            Err(e) => {
                damaged(e.to_string(), warnings);
                None
            }
        },
        Ok(None) => None,
        Err(why) => {
            damaged(why.clone(), warnings);
            None
        }
    };
    let manifest = manifest.ok().flatten();
    let (index, old) = match opened {
        Some(i) => (i, manifest.map(|m| m.files).unwrap_or_default()),
        None => {
            stats.rebuilt = true;
            if dir.exists() {
                std::fs::remove_dir_all(&dir).map_err(|e| Error::io("cannot clear", &dir, &e))?;
            }
            std::fs::create_dir_all(&dir).map_err(|e| Error::io("cannot create", &dir, &e))?;
            (
                Index::create_in_dir(&dir, schema).map_err(tantivy_err)?,
                BTreeMap::new(),
            )
        }
    };
    register(&index);
    Ok((index, fields, old, stats))
}

/// The index manifest `.juxta/index.json`: `Ok(None)` when there is no
/// cache yet or it was made by another format (rebuilt quietly), an error
/// saying what is wrong when the cache is damaged: a manifest that cannot be
/// read or parsed, an index without its manifest or the other way round, or
/// a file in the index that is not a regular file (a link is never followed).
fn read_manifest(cache: &Path, dir: &Path) -> std::result::Result<Option<Manifest>, String> {
    let path = cache.join("index.json");
    let has_index = std::fs::symlink_metadata(dir).is_ok();
    if std::fs::symlink_metadata(&path).is_err() {
        return match has_index {
            true => Err("index.json is missing".into()),
            false => Ok(None),
        };
    }
    let bytes = crate::fs::read_own(&path, crate::fs::MAX_RECORD_BYTES)
        .map_err(|e| format!("index.json: {}", crate::error::io_reason(&e)))?;
    let m: Manifest =
        serde_json::from_slice(&bytes).map_err(|e| format!("index.json does not parse: {e}"))?;
    if m.format != INDEX_FORMAT {
        return Ok(None);
    }
    for entry in std::fs::read_dir(dir).map_err(|e| format!("index/: {e}"))? {
        let entry = entry.map_err(|e| format!("index/: {e}"))?;
        let ft = entry.file_type().map_err(|e| format!("index/: {e}"))?;
        if !ft.is_file() {
            let name = entry.file_name().to_string_lossy().into_owned();
            return Err(format!("index/{name} is not a regular file"));
        }
    }
    if !dir.join("meta.json").is_file() {
        return Err("index/meta.json is missing".into());
    }
    Ok(Some(m))
}

/// One update of the cached index: passages of removed and changed sources
/// out, passages of new and changed sources in.
struct Update<'a> {
    index: &'a Index,
    fields: &'a Fields,
    documents: &'a [Document],
    keys: &'a [u64],
    /// What the index held: path → document key.
    old: &'a BTreeMap<String, u64>,
}

impl Update<'_> {
    fn apply(&self, changed: &[usize], gone: &[&String], stats: &mut IndexStats) -> Result<()> {
        let mut writer: tantivy::IndexWriter = self
            .index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .map_err(tantivy_err)?;
        for p in gone {
            writer.delete_term(tantivy::Term::from_field_text(self.fields.path, p));
            stats.removed.push((*p).clone());
        }
        for &i in changed {
            let d = &self.documents[i];
            if self.old.contains_key(&d.path) {
                writer.delete_term(tantivy::Term::from_field_text(self.fields.path, &d.path));
                stats.removed.push(d.path.clone());
            }
            stats.passages += add_passages(&writer, self.fields, d, self.keys[i])?;
            stats.indexed.push(d.path.clone());
        }
        writer.commit().map_err(tantivy_err)?;
        writer.wait_merging_threads().map_err(tantivy_err)?;
        Ok(())
    }
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
        crate::fs::create_dir_in(&project.root, &cache, "the cache folder")?;
        crate::fs::confine(&project.root, &cache.join("index"))?;
        let lock = crate::fs::lock_dir(&cache, "lock", "with .juxta/")?;
        let keys: Vec<u64> = documents
            .iter()
            .map(|d| doc_key(d, Some(project)))
            .collect();
        let (index, fields, old, mut stats) = open_cache(&cache, warnings)?;
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
        stats.unchanged = documents.len() - changed.len();
        let gone: Vec<&String> = old.keys().filter(|p| !new.contains_key(*p)).collect();
        if !changed.is_empty() || !gone.is_empty() || stats.rebuilt {
            let update = Update {
                index: &index,
                fields: &fields,
                documents: &documents,
                keys: &keys,
                old: &old,
            };
            update.apply(&changed, &gone, &mut stats)?;
            let m = Manifest {
                format: INDEX_FORMAT,
                juxta: env!("CARGO_PKG_VERSION").to_string(),
                files: new,
            };
            let bytes = serde_json::to_vec_pretty(&m)
                .map_err(|e| Error::build(format!("cannot write the index manifest: {e}")))?;
            crate::fs::write_atomic(&cache.join("index.json"), &bytes)?;
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
            reader,
            fields,
            stats,
            by_path,
            by_key,
            texts: std::sync::OnceLock::new(),
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
    pub(crate) fn load_read_only(project: &Project) -> Result<(Corpus, Vec<Warning>)> {
        let (docs, warnings) = ingest_project(project, false)?;
        Ok((Corpus::build(docs)?, warnings))
    }

    /// The words and sentences of every paragraph, analyzed on first use.
    pub(crate) fn texts(&self) -> &crate::compare::text::Texts {
        self.texts
            .get_or_init(|| crate::compare::text::Texts::build(self))
    }

    /// The document with this display path.
    pub(crate) fn document(&self, path: &str) -> Option<&Document> {
        self.by_path.get(path).map(|&i| &self.documents[i])
    }

    /// The index in [`Corpus::documents`] of the document with this key.
    pub(crate) fn document_index(&self, key: u64) -> Option<usize> {
        self.by_key.get(&key).copied()
    }

    /// The index keys of the documents `keep` accepts.
    pub(crate) fn keys_where(
        &self,
        keep: impl Fn(&Document) -> bool,
    ) -> std::collections::HashSet<u64> {
        self.by_key
            .iter()
            .filter(|&(_, &i)| keep(&self.documents[i]))
            .map(|(&k, _)| k)
            .collect()
    }

    /// Documents of one outlet.
    pub(crate) fn of_outlet<'a>(
        &'a self,
        outlet: &'a str,
    ) -> impl Iterator<Item = &'a Document> + 'a {
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
    crate::fs::confine(&project.root, &cache)?;
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
pub(crate) fn register(index: &Index) {
    index
        .tokenizers()
        .register(analysis::STEMMED, analysis::stemmed_analyzer());
    index
        .tokenizers()
        .register(analysis::FOLDED, analysis::folded_analyzer());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

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
                let (dir, p) = loaded_once();
                let files: Vec<PathBuf> = std::fs::read_dir(dir.path().join(".juxta/index"))
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .filter(|f| f.extension().is_some_and(|e| e == ext))
                    .collect();
                assert!(!files.is_empty(), "no .{ext} file");
                for f in &files {
                    damage(f);
                }
                assert_rebuilt(&p, &format!(".{ext} {what}"));
            }
        }
    }

    #[test]
    fn corrupt_cache_is_rebuilt_with_a_warning() {
        let (dir, p) = loaded_once();
        std::fs::write(dir.path().join(".juxta/index/meta.json"), b"{ not json").unwrap();
        assert_rebuilt(&p, "meta.json");
    }

    /// A project of one source, loaded once (its cache written).
    fn loaded_once() -> (tempfile::TempDir, Project) {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "sources/a/one.txt",
            "Russia mediates between the two sides today.\n",
        );
        let p = project(dir.path());
        drop(Corpus::load(&p).unwrap());
        (dir, p)
    }

    /// Loading `p` rebuilds its damaged cache, with a warning, and finds the source.
    fn assert_rebuilt(p: &Project, case: &str) {
        let (c, warnings) =
            Corpus::load(p).unwrap_or_else(|e| panic!("{case}: {}", e.render_short()));
        assert!(c.stats.rebuilt, "{case}");
        assert!(
            warnings.iter().any(|w| w.message.contains("damaged")),
            "{case}: {warnings:?}"
        );
        assert_eq!(count(&c, "mediates"), 1, "{case}");
    }
}
