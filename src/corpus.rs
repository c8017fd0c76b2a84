//! The corpus: every source of the project, ingested, and a full-text index
//! of its passages (paragraphs that are not headings).
//!
//! Sources are found by `fs::discover`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

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

/// Writer threads for an index built in one go (a build's candidates, the
/// local copy of the archive's index): every core, up to four.
pub(crate) fn writer_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
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
    all_or_errors(results)
}

/// Bump when the index layout or the analyzers change: old caches are rebuilt.
pub(crate) const INDEX_FORMAT: u32 = 4;

/// Memory the index writer may use before it writes a segment.
const WRITER_MEMORY: usize = 128_000_000;

/// Memory the project's cached index writer may use before it writes a
/// segment: less than in memory, as a cold build of a large archive
/// ingests beside it and its peak memory is bounded (issue 15).
const CACHE_WRITER_MEMORY: usize = 64_000_000;

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

pub(crate) fn schema() -> (Schema, Fields) {
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

/// What the index holds: (path, document key) per source, sorted by path.
/// Written as a JSON object; read straight into a list (at a million
/// sources, a map of the same strings takes half as much again).
#[derive(Debug, Default)]
struct Held(Vec<(String, u64)>);

impl<'de> Deserialize<'de> for Held {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Held, D::Error> {
        struct Pairs;
        impl<'de> serde::de::Visitor<'de> for Pairs {
            type Value = Held;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("document keys by path")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> std::result::Result<Held, A::Error> {
                let mut v: Vec<(String, u64)> = Vec::with_capacity(a.size_hint().unwrap_or(0));
                while let Some(pair) = a.next_entry()? {
                    v.push(pair);
                }
                // As a map would read it: sorted, the last of a repeated path.
                v.reverse();
                v.sort_by(|x, y| x.0.cmp(&y.0));
                v.dedup_by(|later, first| later.0 == first.0);
                Ok(Held(v))
            }
        }
        d.deserialize_map(Pairs)
    }
}

/// The (path, document key) of each of `entries`, written as the
/// manifest's `files` (an object in their order: path order).
struct EntryKeys<'a>(&'a [Entry]);

impl Serialize for EntryKeys<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|e| (&e.path, e.key)))
    }
}

/// The on-disk record of what the cached index holds (written by
/// [`write_manifest`]).
#[derive(Debug, Default, Deserialize)]
struct Manifest {
    format: u32,
    /// The juxta build that wrote it ([`ingest::build_identity`]); an
    /// index of another build is started again.
    juxta: String,
    /// path → document key, sorted by path ([`Held`]).
    files: Held,
    /// The index's files when their checksums were last checked: name →
    /// size, modification and change time (ns), inode. An index whose
    /// files are all as recorded is not read through again on open.
    #[serde(default)]
    checked: BTreeMap<String, [i64; 4]>,
}

/// The stamps of the files in the index folder `dir` (see [`Manifest::checked`]).
fn index_stamps(dir: &Path) -> BTreeMap<String, [i64; 4]> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    rd.filter_map(|e| {
        let e = e.ok()?;
        let m = e.metadata().ok()?;
        Some((e.file_name().to_string_lossy().into_owned(), file_stamp(&m)))
    })
    .collect()
}

/// What updating the index did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexStats {
    /// Sources (re)indexed in this run: their indices in the corpus's
    /// documents ([`Corpus::indexed_paths`] names them).
    pub indexed: Vec<usize>,
    /// Sources whose passages were removed (deleted or changed files).
    pub(crate) removed: Vec<String>,
    /// Sources served from the cache unchanged.
    pub(crate) unchanged: usize,
    /// Passages indexed in this run.
    pub(crate) passages: usize,
    /// Whether the cache was rebuilt from scratch (missing, outdated or corrupt).
    pub(crate) rebuilt: bool,
    /// Whether the index's checksums were checked on this open (its files
    /// were not as last recorded).
    #[serde(skip)]
    pub(crate) checked: bool,
}

/// What the corpus keeps in memory of a document: what filtering,
/// counting, dating and citing it need. Its paragraphs stay on disk, in the
/// document cache (`.juxta/docs`), and are read when an analysis or the
/// briefing needs them ([`Corpus::doc`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// Path as the user names it.
    pub(crate) path: String,
    /// The outlet id (shared by the outlet's entries: [`interned`]).
    #[serde(deserialize_with = "interned")]
    pub(crate) outlet: Option<Arc<str>>,
    /// Publication date, when stated.
    pub(crate) date: Option<NaiveDate>,
    /// Language (ISO 639-1), when known (shared: [`interned`]).
    #[serde(deserialize_with = "interned")]
    pub(crate) language: Option<Arc<str>>,
    /// Headline.
    pub(crate) title: Option<Box<str>>,
    /// The article's own URL.
    pub(crate) url: Option<Box<str>>,
    /// When `juxta fetch` retrieved the page.
    pub(crate) retrieved: Option<NaiveDate>,
    /// Where the article says it was first published.
    pub(crate) republished_from: Option<Box<str>>,
    /// What the file holds is not the whole article.
    #[serde(default)]
    pub(crate) truncated: bool,
    /// The index key of this version of the document ([`doc_key`]).
    pub(crate) key: u64,
    /// The document's name in the cache folder; none when it is not cached.
    /// Not part of the entry's serialized form, which the shared archive
    /// keeps too: the catalog writes it beside the entry.
    #[serde(skip)]
    cached: Option<ingest::CacheKey>,
    /// The messages of its ingestion's warnings.
    warnings: Box<[String]>,
    /// Where the source is on disk, when that is not the project's root
    /// joined with `path` (a name that is not UTF-8, a source kept
    /// elsewhere): a million entries would otherwise hold every path
    /// twice. See [`Corpus::fs_path`].
    #[serde(skip)]
    fs_path: Option<Box<Path>>,
}

/// Whether entries belong to one of a list of outlets, asked of entries
/// in a row: an outlet's entries share its id ([`intern`]) and come in
/// runs, so the list is searched once per run, not once per entry.
pub(crate) struct OutletTest<'a> {
    outlets: &'a [String],
    last: Option<(*const u8, bool)>,
}

impl<'a> OutletTest<'a> {
    pub(crate) fn new(outlets: &'a [String]) -> OutletTest<'a> {
        OutletTest {
            outlets,
            last: None,
        }
    }

    /// Whether `d`'s outlet is one of the list.
    pub(crate) fn test(&mut self, d: &Entry) -> bool {
        let Some(o) = &d.outlet else {
            return false;
        };
        let at = o.as_ptr();
        match self.last {
            Some((p, ok)) if p == at => ok,
            _ => {
                let ok = self.outlets.iter().any(|t| **t == **o);
                self.last = Some((at, ok));
                ok
            }
        }
    }
}

/// An outlet id or language read from a record, shared with every other
/// entry that names the same: a corpus holds a handful of distinct values
/// a million times over. Past a few thousand distinct values (nothing
/// real has so many), each is kept on its own.
fn interned<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Arc<str>>, D::Error> {
    let s: Option<std::borrow::Cow<'de, str>> = Deserialize::deserialize(d)?;
    Ok(s.map(|s| intern(&s)))
}

/// `s` as a shared string ([`interned`]).
pub(crate) fn intern(s: &str) -> Arc<str> {
    // The few values each thread met last, without taking the lock: a
    // catalog's rows name the same outlet and language run after run.
    const RECENT: usize = 8;
    thread_local! {
        static LAST: std::cell::RefCell<Vec<Arc<str>>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(a) = LAST.with_borrow(|l| l.iter().find(|a| ***a == *s).cloned()) {
        return a;
    }
    let a = intern_shared(s);
    LAST.with_borrow_mut(|l| {
        if l.len() == RECENT {
            l.remove(0);
        }
        l.push(a.clone());
    });
    a
}

/// `s` as a string shared by every thread ([`intern`]).
fn intern_shared(s: &str) -> Arc<str> {
    use std::sync::{Mutex, OnceLock};
    const MOST: usize = 4096;
    static SEEN: OnceLock<Mutex<crate::compare::text::FxSet<Arc<str>>>> = OnceLock::new();
    let seen = SEEN.get_or_init(Default::default);
    let mut seen = seen.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(a) = seen.get(s) {
        return a.clone();
    }
    let a: Arc<str> = Arc::from(s);
    if seen.len() < MOST {
        seen.insert(a.clone());
    }
    a
}

impl Entry {
    /// The entry of document `d`, whose index key is `key` and whose name
    /// in the cache folder is `cached` (none: not cached).
    fn of(d: &Document, key: u64, cached: Option<ingest::CacheKey>) -> Entry {
        Entry {
            path: d.path.clone(),
            outlet: d.outlet.as_deref().map(intern),
            date: d.date,
            language: d.language.as_deref().map(intern),
            title: d.title.as_deref().map(Box::from),
            url: d.url.as_deref().map(Box::from),
            retrieved: d.retrieved,
            republished_from: d.republished_from.as_deref().map(Box::from),
            truncated: d.truncated,
            key,
            cached,
            warnings: d.warnings.iter().map(|w| w.message.clone()).collect(),
            fs_path: Some(d.fs_path.clone().into_boxed_path()),
        }
    }

    /// An entry for tests: `path` of `outlet`, dated `date`.
    #[cfg(test)]
    pub(crate) fn for_test(path: &str, outlet: Option<&str>, date: Option<NaiveDate>) -> Entry {
        Entry {
            path: path.into(),
            outlet: outlet.map(intern),
            date,
            language: None,
            title: Some(format!("title of {path}").into()),
            url: None,
            retrieved: None,
            republished_from: None,
            truncated: false,
            key: path_hash(path),
            cached: None,
            warnings: Box::new([]),
            fs_path: None,
        }
    }

    /// Records that the source is at `fs_path` on disk, `root` being the
    /// project's root: kept only when it is not `root` joined with the
    /// entry's path.
    pub(crate) fn set_fs_path(&mut self, fs_path: &Path, root: &Path) {
        use std::os::unix::ffi::OsStrExt;
        let (full, root) = (fs_path.as_os_str().as_bytes(), root.as_os_str().as_bytes());
        // Compared as bytes: a path's components are slow to walk a
        // million times.
        let usual = full.strip_prefix(root).is_some_and(|rest| {
            let rest = match root.last() {
                Some(b'/') => Some(rest),
                _ => rest.strip_prefix(b"/"),
            };
            rest == Some(self.path.as_bytes())
        });
        self.fs_path = (!usual).then(|| fs_path.into());
    }

    /// Where the source is on disk, `root` being the project's root (an
    /// entry of a corpus kept elsewhere holds its path).
    pub(crate) fn fs_path_in(&self, root: &Path) -> PathBuf {
        match &self.fs_path {
            Some(p) => p.to_path_buf(),
            None => root.join(&self.path),
        }
    }

    /// The entry of document `d` as the shared archive keeps it (no key,
    /// not cached).
    pub(crate) fn of_document(d: &Document) -> Entry {
        Entry::of(d, 0, None)
    }

    /// The title, or the file name when no title is stated.
    pub(crate) fn display_title(&self) -> String {
        self.title.as_deref().map(String::from).unwrap_or_else(|| {
            Path::new(&self.path)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.path.clone())
        })
    }

    /// "YYYY-MM-DD" or `None`.
    pub(crate) fn date_string(&self) -> Option<String> {
        self.date.map(|d| d.format("%Y-%m-%d").to_string())
    }
}

/// Where the corpus's documents are: in memory (a corpus indexed in
/// memory), or in the document cache, read when needed.
enum Store {
    Memory(Vec<Arc<Document>>),
    Disk {
        /// `.juxta/docs`.
        dir: PathBuf,
        /// The project's root, where the entries' paths start.
        root: PathBuf,
        /// The project's outlets, to read a source again whose cached
        /// document is gone.
        outlets: Vec<crate::config::Outlet>,
    },
    /// In the shared archive, fetched when needed ([`DocSource`]).
    Archive(Box<dyn DocSource>),
}

/// Where the documents of a corpus read from elsewhere (the shared
/// archive) come from.
pub(crate) trait DocSource: Send + Sync {
    /// The whole documents `which` (each one's index in the corpus's
    /// documents, and its entry), in their order.
    fn fetch(&self, which: &[(usize, &Entry)]) -> Result<Vec<Document>>;

    /// Where the entries' paths start on disk (the project's root); none
    /// when they hold their whole paths.
    fn root(&self) -> &Path {
        Path::new("")
    }

    /// Keeps what was found in a fetched document since (its quotations),
    /// where the source keeps documents between builds.
    fn found_in(&self, _entry: &Entry, _doc: &Document) {}
}

/// The ingested sources and their passage index.
pub struct Corpus {
    /// Documents in path order, without their paragraphs.
    pub(crate) documents: Vec<Entry>,
    store: Store,
    /// The reader of the passage index.
    pub(crate) reader: IndexReader,
    /// Its fields.
    pub(crate) fields: Fields,
    /// What the last index update did.
    pub stats: IndexStats,
    /// A hash of each display path ([`path_hash`]) → its document's index
    /// (the first of the paths that share a hash; the others are found by
    /// [`Corpus::index_of`] going through the documents).
    by_path: FxMap<u64, usize>,
    /// Document key → index in [`Corpus::documents`].
    by_key: FxMap<u64, usize>,
    /// Per segment of the index, the document of each passage
    /// ([`Corpus::positions`]), made the first time a search reads it.
    positions: std::sync::Mutex<
        FxMap<tantivy::index::SegmentId, Arc<std::sync::OnceLock<Arc<Positions>>>>,
    >,
    /// Outlet id → its documents of every date, counted.
    outlet_counts: HashMap<String, OutletCounts>,
    /// The first error of a document source that failed (the archive's
    /// server gone): the build must not write what it made without them.
    failure: std::sync::Mutex<Option<Error>>,
    /// The statistics BM25 scores with when the index holds only some of
    /// the passages (a build's candidates from the shared archive): those
    /// of all the passages, so that scores are the same as over all.
    pub(crate) bm25: Option<Arc<dyn Bm25Stats>>,
}

/// One outlet's documents of every date, counted: from its entries, or
/// from the shared archive when a build reads only a period's entries
/// ([`Corpus::from_parts`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OutletCounts {
    /// Documents.
    pub(crate) articles: usize,
    /// Of them, those without a date.
    pub(crate) undated: usize,
    /// How many are in each analysis language (unknown read as English).
    pub(crate) languages: std::collections::BTreeMap<String, usize>,
}

/// Statistics of BM25 kept outside the index ([`Corpus::bm25`]).
pub(crate) trait Bm25Stats: tantivy::query::Bm25StatisticsProvider + Send + Sync {}

impl<T: tantivy::query::Bm25StatisticsProvider + Send + Sync> Bm25Stats for T {}

/// Opens the cached index and checks that it can be used: every segment
/// file's checksum (when `checksums`), and a reader over all segments (which fails on a missing
/// or truncated file). An error describes the damage.
pub(crate) fn open_checked(dir: &Path, checksums: bool) -> std::result::Result<Index, String> {
    let index = Index::open_in_dir(dir).map_err(|e| e.to_string())?;
    let damaged = match checksums {
        true => index.validate_checksum().map_err(|e| e.to_string())?,
        false => Default::default(),
    };
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

/// A `u64` fast field of one segment, read a document at a time: straight
/// from its values when every passage has one, as juxta's indexes write
/// them, else through the column's index. Searches read three such
/// fields per match, millions of times over every date at archive scale;
/// the column's general reader (`Column::first`) walks a range of values
/// each time.
#[derive(Clone)]
pub(crate) struct Fast {
    column: tantivy::columnar::Column<u64>,
    full: bool,
}

impl Fast {
    /// The field `name` of the segment `reader`.
    pub(crate) fn of(reader: &tantivy::SegmentReader, name: &str) -> tantivy::Result<Fast> {
        let column = reader.fast_fields().u64(name)?;
        let full = column.get_cardinality() == tantivy::columnar::Cardinality::Full;
        Ok(Fast { column, full })
    }

    /// The value of passage `doc`, if it has one.
    #[inline]
    pub(crate) fn get(&self, doc: tantivy::DocId) -> Option<u64> {
        if self.full {
            Some(self.column.values.get_val(doc))
        } else {
            self.column.first(doc)
        }
    }
}

/// The document (index in [`Corpus::documents`]) of each passage of one
/// segment, by the passage's number in the segment.
///
/// A search's collectors need each match's document: looked up by its
/// key in a map of a million documents, that was a cache miss per match,
/// tens of millions of them in a theme's searches over every date at
/// archive scale, and a third of the build. Made once per segment, in
/// one pass over its passages (a document's passages are indexed
/// together, so its key is looked up once per run of them), the table
/// costs 4 bytes a passage and is read in passage order.
pub(crate) struct Positions(Vec<u32>);

impl Positions {
    /// No document: a passage whose key is not in the corpus (an index
    /// out of step with the documents).
    const NONE: u32 = u32::MAX;

    /// The table of a segment whose passages' keys are `keys`, in order,
    /// for documents whose keys are `by_key` (indices beyond 32 bits, which
    /// no corpus reaches, are left out).
    fn of(keys: impl Iterator<Item = Option<u64>>, by_key: &FxMap<u64, usize>) -> Positions {
        let mut last: Option<(u64, u32)> = None;
        let table = keys
            .map(|key| {
                let Some(k) = key else {
                    return Self::NONE;
                };
                match last {
                    Some((lk, at)) if lk == k => at,
                    _ => {
                        let at = (by_key.get(&k).and_then(|&i| u32::try_from(i).ok()))
                            .filter(|&i| i != Self::NONE)
                            .unwrap_or(Self::NONE);
                        last = Some((k, at));
                        at
                    }
                }
            })
            .collect();
        Positions(table)
    }

    /// The document of passage `doc`, if the corpus has it.
    #[inline]
    pub(crate) fn get(&self, doc: tantivy::DocId) -> Option<usize> {
        match self.0.get(doc as usize) {
            Some(&at) if at != Self::NONE => Some(at as usize),
            _ => None,
        }
    }
}

/// Searches `q` with `collector` as `Searcher::search` does, with the
/// statistics of `stats` when given, but each segment as a task of the
/// build's pool: threads that no other work holds take segments.
///
/// `Searcher::search` runs a query's segments one after another, and a
/// theme's scope is searched alone before its facets: at 1,000,000
/// archived articles, 0.4 s of a build with one core idle.
pub(crate) fn search_segments<C: tantivy::collector::Collector>(
    searcher: &tantivy::Searcher,
    q: &dyn tantivy::query::Query,
    collector: &C,
    stats: Option<&dyn tantivy::query::Bm25StatisticsProvider>,
) -> tantivy::Result<C::Fruit> {
    use rayon::prelude::*;
    use tantivy::query::EnableScoring;
    let scoring = match (collector.requires_scoring(), stats) {
        (false, _) => EnableScoring::disabled_from_searcher(searcher),
        (true, Some(stats)) => EnableScoring::enabled_from_statistics_provider(stats, searcher),
        (true, None) => EnableScoring::enabled_from_searcher(searcher),
    };
    let weight = q.weight(scoring)?;
    collector.check_schema(searcher.schema())?;
    let fruits = (searcher.segment_readers().par_iter().enumerate())
        .map(|(ord, reader)| collector.collect_segment(weight.as_ref(), ord as u32, reader))
        .collect::<tantivy::Result<Vec<_>>>()?;
    collector.merge_fruits(fruits)
}

pub(crate) fn tantivy_err(e: tantivy::TantivyError) -> Error {
    Error::build(format!("index error: {e}"))
}

fn add_passages(
    writer: &tantivy::IndexWriter,
    fields: &Fields,
    d: &Document,
    key: u64,
) -> Result<usize> {
    let texts = d.passages().map(|(pi, p)| (pi, p.text.as_str()));
    add_texts(
        writer,
        fields,
        (&d.path, d.outlet.as_deref(), d.language.as_deref(), key),
        texts,
    )
}

/// Indexes the passages `texts` (paragraph index, text) of the document
/// with this path, outlet and language under the key `key`.
pub(crate) fn add_texts<'t>(
    writer: &tantivy::IndexWriter,
    fields: &Fields,
    (path, outlet, language, key): (&str, Option<&str>, Option<&str>, u64),
    texts: impl Iterator<Item = (usize, &'t str)>,
) -> Result<usize> {
    let outlet = outlet.unwrap_or_default();
    let okey = outlet_key(outlet);
    let lang = analysis::analysis_language(language);
    // English goes through the analyzers registered on the index; any
    // other language is analyzed here, with its own.
    let mut own = (lang != "en").then(|| {
        (
            analysis::stemmed_analyzer_for(lang),
            analysis::folded_analyzer_for(lang),
        )
    });
    let mut n = 0;
    for (pi, text) in texts {
        let mut td = TantivyDocument::default();
        match &mut own {
            None => {
                td.add_text(fields.text, text);
                td.add_text(fields.folded, text);
            }
            Some((stemmed, folded)) => {
                td.add_pre_tokenized_text(fields.text, pre_tokenized(stemmed, text));
                td.add_pre_tokenized_text(fields.folded, pre_tokenized(folded, text));
            }
        }
        td.add_text(fields.lang, lang);
        td.add_text(fields.outlet, outlet);
        td.add_text(fields.path, path);
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
) -> Result<(Index, Fields, Held, IndexStats)> {
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
        Ok(Some(m)) => match open_checked(&dir, {
            stats.checked = m.checked.is_empty() || m.checked != index_stamps(&dir);
            stats.checked
        }) {
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
                Held::default(),
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
    let bytes = crate::fs::map_own(&path, crate::fs::MAX_RECORD_BYTES)
        .map_err(|e| format!("index.json: {}", crate::error::io_reason(&e)))?;
    let m: Manifest =
        serde_json::from_slice(&bytes).map_err(|e| format!("index.json does not parse: {e}"))?;
    // Every document key holds the juxta build ([`doc_key`]): another
    // build would delete and add every passage again, one by one (at a
    // million sources, gigabytes of pending deletions); a new index costs
    // the same indexing and nothing else.
    if m.format != INDEX_FORMAT || m.juxta != ingest::build_identity() {
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

/// Every source of the project with the sha256 of its bytes and of its
/// sidecar: read once per build, for the build plan and for the corpus.
pub(crate) struct Scan {
    /// The sources, in path order.
    pub(crate) files: Vec<SourceFile>,
    /// Per source, the hash of its bytes and its sidecar's (hex).
    pub(crate) shas: Vec<Sha>,
    /// What discovering them found.
    pub(crate) warnings: Vec<Warning>,
    /// The record of this scan's hashes, when it differs from the one in
    /// `.juxta/`: written when the corpus is loaded (a build that stops
    /// before, e.g. at a broken template, writes nothing), and dropped
    /// then (it holds every path and hash a second time).
    record: std::sync::Mutex<Option<Hashes>>,
}

impl Scan {
    /// Discovers the sources and hashes each, on all cores. A file whose
    /// size, times and inode (and its sidecar's) are as when it was last
    /// hashed, longer ago than a file system's timestamps can blur, keeps
    /// that hash ([`Hashes`]); a file that cannot be read hashes as empty
    /// (ingesting it reports why).
    pub(crate) fn new(project: &Project) -> Result<Scan> {
        use rayon::prelude::*;
        let started = now_ns();
        let t = std::time::Instant::now();
        let cache = project.root.join(".juxta");
        let (found, old) = rayon::join(|| discover(project), || Hashes::read(&cache));
        let (files, warnings) = found?;
        let t = crate::timings::lap("  scan: discover and read the hash record", t);
        // In runs of sources, each looked up in the record where the last
        // one was found plus one: the record is in the same path order.
        // Written in place, run by run (collecting runs would hold the
        // result twice).
        let record = &old;
        let mut done: Vec<(Option<Stamps>, Sha, bool)> =
            vec![(None, Sha::default(), false); files.len()];
        const RUN: usize = 4096;
        let runs = done.par_chunks_mut(RUN).zip(files.par_chunks(RUN));
        runs.enumerate().for_each(|(r, (out, run))| {
            // A run's first source is looked for where it stood in the
            // last scan if nothing before it came or went.
            let mut near = Some(r * RUN);
            let mut folder = Folder::default();
            for (o, f) in out.iter_mut().zip(run) {
                let stamps = folder.stamps(&f.path, f.sidecar);
                let at = record.find(&f.display, near);
                near = at.map(|i| i + 1);
                *o = match (stamps, at.map(|i| record.row(i))) {
                    (Some(s), Some((was, sha))) if was == s && s.settled(record.started) => {
                        (stamps, Sha(sha), false)
                    }
                    _ => (stamps, source_sha(&f.path), true),
                };
            }
        });
        crate::timings::lap("  scan: stat and hash", t);
        let rehashed = done.iter().any(|d| d.2) || done.len() != old.len();
        drop(old);
        let record = rehashed.then(|| Hashes::of(started, &files, &done));
        // Not collected from `done` in place: that would keep its buffer,
        // four times the size of the hashes', for the whole build.
        let mut shas = Vec::with_capacity(done.len());
        shas.extend(done.into_iter().map(|d| d.1));
        crate::memory::release_freed();
        Ok(Scan {
            files,
            shas,
            warnings,
            record: std::sync::Mutex::new(record),
        })
    }
}

impl Scan {
    /// The scan of sources kept elsewhere (the shared archive): their
    /// paths, outlets and hashes as recorded there.
    pub(crate) fn of(files: Vec<SourceFile>, shas: Vec<Sha>) -> Scan {
        Scan {
            files,
            shas,
            warnings: Vec::new(),
            record: std::sync::Mutex::new(None),
        }
    }
}

/// Nanoseconds since the Unix epoch, now.
fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// A file's size, modification and change times (ns) and inode, and its
/// sidecar's (zeros when it has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamps([i64; 8]);

/// The folder of the last source stamped, open: the next source in the
/// same folder is looked up by its name in it, not by its whole path, so
/// the kernel does not walk every folder of every path again. (At a
/// million sources this saves little: most of a `stat`'s time is finding
/// the name among the folder's entries.)
#[derive(Default)]
struct Folder(Option<(PathBuf, Option<rustix::fd::OwnedFd>)>);

impl Folder {
    /// The stamps of the source at `path` ([`Stamps::of`]).
    fn stamps(&mut self, path: &Path, sidecar: bool) -> Option<Stamps> {
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return Stamps::of(path, sidecar);
        };
        if (self.0.as_ref()).is_none_or(|(p, _)| p.as_os_str() != parent.as_os_str()) {
            use rustix::fs::{Mode, OFlags};
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
            let fd = rustix::fs::open(parent, flags, Mode::empty()).ok();
            self.0 = Some((parent.to_path_buf(), fd));
        }
        let Some((_, Some(fd))) = &self.0 else {
            return Stamps::of(path, sidecar);
        };
        // `stat`'s field types differ between platforms.
        #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
        let one = |name: &std::ffi::OsStr| {
            let st = rustix::fs::statat(fd, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW);
            match st {
                Ok(st) => {
                    let file = rustix::fs::FileType::from_raw_mode(st.st_mode)
                        == rustix::fs::FileType::RegularFile;
                    let ns = |s: i64, n: i64| s.saturating_mul(1_000_000_000).saturating_add(n);
                    Ok(file.then(|| {
                        [
                            i64::try_from(st.st_size).unwrap_or(i64::MAX),
                            ns(st.st_mtime as i64, st.st_mtime_nsec as i64),
                            ns(st.st_ctime as i64, st.st_ctime_nsec as i64),
                            i64::try_from(st.st_ino).unwrap_or(i64::MAX),
                        ]
                    }))
                }
                Err(e) => Err(e),
            }
        };
        let own = one(name).ok()??;
        let side = if sidecar {
            let mut side = name.to_os_string();
            side.push(".toml");
            match one(&side) {
                Err(rustix::io::Errno::NOENT) => [0; 4],
                Ok(Some(s)) => s,
                _ => return None,
            }
        } else {
            [0; 4]
        };
        Some(Stamps::pair(own, side))
    }
}

impl Stamps {
    /// The stamps of a file (`own`) and of its sidecar (`side`).
    fn pair(own: [i64; 4], side: [i64; 4]) -> Stamps {
        let mut all = [0; 8];
        all[..4].copy_from_slice(&own);
        all[4..].copy_from_slice(&side);
        Stamps(all)
    }

    /// The stamps of a regular source file; none for anything else.
    /// `sidecar`: whether its folder listed a sidecar (without one, the
    /// sidecar's stamps are zeros and cost no `stat`).
    fn of(path: &Path, sidecar: bool) -> Option<Stamps> {
        let one = |p: &Path| -> Option<[i64; 4]> {
            let m = std::fs::symlink_metadata(p).ok()?;
            m.file_type().is_file().then(|| file_stamp(&m))
        };
        let own = one(path)?;
        let side = if sidecar {
            let sidecar = ingest::frontmatter::sidecar_path(path);
            match std::fs::symlink_metadata(&sidecar) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => [0; 4],
                _ => one(&sidecar)?,
            }
        } else {
            [0; 4]
        };
        Some(Stamps::pair(own, side))
    }

    /// Whether the file and its sidecar last changed well before `when`
    /// (ns): a change within the same tick of a coarse file-system clock
    /// as the hashing would not show in the times.
    fn settled(&self, when: i64) -> bool {
        const MARGIN: i64 = 2_000_000_000;
        [self.0[1], self.0[2], self.0[5], self.0[6]]
            .iter()
            .all(|&t| t < when.saturating_sub(MARGIN))
    }
}

use crate::compare::text::FxMap;

/// Bump when [`Hashes`] changes.
const HASHES_FORMAT: u32 = 5;

/// The record of the last scan: `.juxta/hashes.bin`, per source its
/// stamps and the sha256 of its bytes and sidecar, and when the scan
/// began. A source is known by a 64-bit hash of its path, not by the path:
/// at a million sources the record is read in a fraction of the time and
/// memory (about 100 bytes per source, fixed size, instead of a map of
/// strings). Two paths with the same hash could only swap hashes if their
/// stamps (size, times to the nanosecond and inode) were equal as well,
/// which two different files are not.
///
/// The file is a head of [`HASHES_HEAD`] bytes (format, when the scan
/// began, how many rows) and rows of [`HASHES_ROW`] bytes (path hash,
/// stamps, sha256), all numbers little-endian. It is mapped, not read:
/// its rows are looked at where they lie, with nothing parsed or copied
/// (at a million sources it is 104 MB, which reading and parsing made a
/// third of a rebuild's fresh memory).
///
/// The rows are in the scan's order (by path), so that the next scan,
/// in the same order, finds each source next to the last one found
/// ([`Hashes::find`]) instead of searching a million rows at random.
#[derive(Debug, Default)]
struct Hashes {
    /// When the scan that hashed them began (ns since the epoch).
    started: i64,
    /// The whole file: head and rows.
    bytes: RecordBytes,
    /// The rows' positions sorted by path hash, made on the first source
    /// not found where expected.
    by_hash: std::sync::OnceLock<Vec<u32>>,
}

/// Bytes of a record: mapped from its file, or made by this scan.
#[derive(Debug, Default)]
enum RecordBytes {
    #[default]
    Empty,
    Mapped(memmap2::Mmap),
    Owned(Vec<u8>),
}

impl std::ops::Deref for RecordBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            RecordBytes::Empty => &[],
            RecordBytes::Mapped(m) => m,
            RecordBytes::Owned(v) => v,
        }
    }
}

/// The hash record's head: format (4 bytes), 4 bytes of zeros, when the
/// scan began (8) and how many rows follow (8).
const HASHES_HEAD: usize = 24;

/// One row of the hash record: path hash (8 bytes), stamps (64), sha256
/// (32).
const HASHES_ROW: usize = 8 + 64 + 32;

/// The little-endian 64-bit number at `at` of `b` (which holds it).
fn le_u64(b: &[u8], at: usize) -> u64 {
    let mut n = [0u8; 8];
    n.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(n)
}

impl Hashes {
    /// The record of a scan begun at `started` of `files`, whose stamps
    /// and hashes are `done` (a file without stamps is left out).
    fn of(started: i64, files: &[SourceFile], done: &[(Option<Stamps>, Sha, bool)]) -> Hashes {
        let rows = files
            .iter()
            .zip(done)
            .filter_map(|(f, (stamps, sha, _))| Some((path_hash(&f.display), (*stamps)?, sha.0)));
        Hashes::of_rows(started, rows)
    }

    /// The record begun at `started` of `rows` (path hash, stamps, sha256).
    fn of_rows(started: i64, rows: impl Iterator<Item = (u64, Stamps, [u8; 32])>) -> Hashes {
        let mut b = Vec::with_capacity(HASHES_HEAD + rows.size_hint().0 * HASHES_ROW);
        b.extend_from_slice(&HASHES_FORMAT.to_le_bytes());
        b.extend_from_slice(&[0; 4]);
        b.extend_from_slice(&started.to_le_bytes());
        b.extend_from_slice(&[0; 8]);
        let mut n = 0u64;
        for (hash, stamps, sha) in rows {
            b.extend_from_slice(&hash.to_le_bytes());
            for t in stamps.0 {
                b.extend_from_slice(&t.to_le_bytes());
            }
            b.extend_from_slice(&sha);
            n += 1;
        }
        b[16..24].copy_from_slice(&n.to_le_bytes());
        Hashes {
            started,
            bytes: RecordBytes::Owned(b),
            by_hash: Default::default(),
        }
    }

    /// How many rows it holds.
    fn len(&self) -> usize {
        self.bytes.len().saturating_sub(HASHES_HEAD) / HASHES_ROW
    }

    /// The path hash of row `i` (which exists).
    fn hash_at(&self, i: usize) -> u64 {
        le_u64(&self.bytes, HASHES_HEAD + i * HASHES_ROW)
    }

    /// The stamps and sha256 of row `i` (which exists).
    fn row(&self, i: usize) -> (Stamps, [u8; 32]) {
        let at = HASHES_HEAD + i * HASHES_ROW + 8;
        let mut stamps = [0i64; 8];
        for (k, t) in stamps.iter_mut().enumerate() {
            *t = le_u64(&self.bytes, at + 8 * k) as i64;
        }
        let mut sha = [0u8; 32];
        sha.copy_from_slice(&self.bytes[at + 64..at + 96]);
        (Stamps(stamps), sha)
    }

    /// The row of the source at `path`: looked for at `near` first, then
    /// by its path's hash.
    fn find(&self, path: &str, near: Option<usize>) -> Option<usize> {
        let h = path_hash(path);
        if let Some(i) = near
            && i < self.len()
            && self.hash_at(i) == h
        {
            return Some(i);
        }
        let by_hash = self.by_hash.get_or_init(|| {
            let mut at: Vec<u32> = (0..self.len() as u32).collect();
            at.sort_unstable_by_key(|&i| self.hash_at(i as usize));
            at
        });
        let first = by_hash.partition_point(|&i| self.hash_at(i as usize) < h);
        let &i = by_hash.get(first)?;
        (self.hash_at(i as usize) == h).then_some(i as usize)
    }

    /// The stamps and hash recorded for the source at `path`.
    #[cfg(test)]
    fn get(&self, path: &str) -> Option<(Stamps, [u8; 32])> {
        Some(self.row(self.find(path, None)?))
    }

    /// The record in `cache`, or an empty one when it is missing, damaged
    /// or of another format.
    fn read(cache: &Path) -> Hashes {
        Self::map(&cache.join(HASHES_FILE)).unwrap_or_default()
    }

    fn map(path: &Path) -> Option<Hashes> {
        let map = crate::fs::map_own(path, crate::fs::MAX_RECORD_BYTES).ok()?;
        let head = map.get(..HASHES_HEAD)?;
        let format = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
        let started = le_u64(head, 8) as i64;
        let rows = le_u64(head, 16);
        let fits = u32::try_from(rows).is_ok()
            && (rows as usize).checked_mul(HASHES_ROW) == Some(map.len() - HASHES_HEAD);
        (format == HASHES_FORMAT && fits).then_some(Hashes {
            started,
            bytes: RecordBytes::Mapped(map),
            by_hash: Default::default(),
        })
    }

    /// Writes the record into `cache` (created inside the project).
    fn write(&self, project: &Project, cache: &Path) -> Result<()> {
        crate::fs::create_dir_in(&project.root, cache, "the cache folder")?;
        crate::fs::write_cache(&cache.join(HASHES_FILE), &self.bytes)
    }
}

/// The 32 bytes of a sha256 written as 64 hex digits; none for anything
/// else.
/// The sha256 of a source's bytes and its sidecar's ([`source_sha`]): 32
/// bytes, where its hex form took a 64-byte string per source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) struct Sha(pub(crate) [u8; 32]);

impl Sha {
    /// Its 64 hex digits.
    pub(crate) fn hex(&self) -> String {
        ingest::hex(&self.0)
    }

    /// Its 64 hex digits, without allocating.
    pub(crate) fn hex_digits(&self) -> [u8; 64] {
        let mut out = [0u8; 64];
        ingest::hex_into(&self.0, &mut out);
        out
    }

    /// The hash written as `hex` (64 hex digits); a value in any other form
    /// (a record made elsewhere) stands for the sha256 of its text, which
    /// still identifies it.
    pub(crate) fn of_hex(hex: &str) -> Sha {
        Sha(sha_bytes(hex).unwrap_or_else(|| Sha256::digest(hex.as_bytes()).into()))
    }
}

fn sha_bytes(hex: &str) -> Option<[u8; 32]> {
    let b = hex.as_bytes();
    if b.len() != 64 {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = [0u8; 32];
    for (o, pair) in out.iter_mut().zip(b.chunks_exact(2)) {
        *o = digit(pair[0])? << 4 | digit(pair[1])?;
    }
    Some(out)
}

/// The sha256 (hex) of a source's bytes and of its sidecar's.
pub(crate) fn source_sha(path: &Path) -> Sha {
    let mut h = Sha256::new();
    if let Ok(b) = crate::fs::read_regular(path, ingest::MAX_SOURCE_BYTES) {
        h.update(&b);
    }
    if let Ok(b) = crate::fs::read_regular(
        &ingest::frontmatter::sidecar_path(path),
        ingest::MAX_SOURCE_BYTES,
    ) {
        h.update(b"sidecar");
        h.update(&b);
    }
    Sha(h.finalize().into())
}

/// Bump when [`Entry`] changes: old catalogs are read as empty.
const CATALOG_FORMAT: u32 = 6;

/// The catalog's file in the cache folder.
const CATALOG_FILE: &str = "catalog.bin";

/// The hash record's file in the cache folder.
const HASHES_FILE: &str = "hashes.bin";

/// The record of what every source was read as: `.juxta/catalog.bin`
/// (postcard): a [`CatalogHead`], then one row per source in the scan's
/// order, each its own postcard message ([`CatalogRow`]): a hash of what
/// it was read from ([`read_key`]), its document's name in the cache, and
/// its entry. A source whose bytes, sidecar and outlet hash as recorded is
/// not read again: its entry is taken from here.
///
/// After the rows, a table of where each block of [`CATALOG_BLOCK`] rows
/// begins (postcard, byte offsets in the file), and the table's own
/// offset in the last 8 bytes (little-endian): the blocks are read on all
/// cores, each straight into its sources' slots. The file is mapped, not
/// read: only the entries are made, never a copy of its bytes.
#[derive(Debug, Serialize, Deserialize)]
struct CatalogHead {
    format: u32,
    /// The juxta build that wrote it ([`ingest::build_identity`]).
    juxta: String,
    /// How many rows follow.
    rows: u64,
}

/// A row of the catalog: read key, document cache key, entry.
type CatalogRow = (u64, Option<ingest::CacheKey>, Entry);

/// Rows per block of the catalog.
const CATALOG_BLOCK: usize = 4096;

/// Per source of a scan, its entry from the catalog (none when it has no
/// row), and the read key of that row.
struct CatalogRows {
    entries: Vec<Option<Entry>>,
    keys: Vec<u64>,
}

impl CatalogRows {
    /// The catalog in `cache`, row by row into the slot of its source among
    /// `files`; all empty when the catalog is missing, damaged, of another
    /// format or of another juxta build (it is only a cache). A row of a
    /// source no longer among `files` is dropped.
    fn read(cache: &Path, files: &[SourceFile]) -> CatalogRows {
        let mut rows = CatalogRows {
            entries: Vec::with_capacity(files.len()),
            keys: vec![0; files.len()],
        };
        rows.entries.resize_with(files.len(), || None);
        let map = crate::fs::map_own(&cache.join(CATALOG_FILE), crate::fs::MAX_RECORD_BYTES);
        let read = map.ok().and_then(|m| rows.fill(&m, files));
        if read.is_none() {
            rows.entries.iter_mut().for_each(|e| *e = None);
            rows.keys.fill(0);
        }
        rows
    }

    /// Reads the catalog `map` into the slots; none when any of it does
    /// not read.
    fn fill(&mut self, map: &[u8], files: &[SourceFile]) -> Option<()> {
        use rayon::prelude::*;
        let blocks = catalog_blocks(map)?;
        if !files.is_sorted_by(|a, b| a.display < b.display) {
            // Sources in another order (the archive's): block by block,
            // each row looked up by its path.
            let mut finder = FileFinder::new(files);
            let mut next = 0;
            for (range, n) in blocks {
                read_rows(&map[range], n, |key, entry| {
                    if let Some(i) = finder.find(next, &entry.path) {
                        self.entries[i] = Some(entry);
                        self.keys[i] = key;
                        next = i + 1;
                    }
                })?;
            }
            return Some(());
        }
        // Rows and sources are both in path order: the rows of a block go
        // to the sources from where its first row's source stands to
        // where the next block's does, slots no other block writes.
        let starts = (blocks.iter())
            .map(|(range, _)| {
                let (row, _) = postcard::take_from_bytes::<CatalogRow>(&map[range.clone()]).ok()?;
                Some(files.partition_point(|f| f.display < row.2.path))
            })
            .collect::<Option<Vec<usize>>>()?;
        if !starts.is_sorted() {
            return None;
        }
        let mut parts = Vec::with_capacity(blocks.len());
        let (mut entries, mut keys) = (&mut self.entries[..], &mut self.keys[..]);
        let mut at = 0;
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(files.len());
            let (_, rest) = entries.split_at_mut(start - at);
            let (mine, rest) = rest.split_at_mut(end - start);
            entries = rest;
            let (_, krest) = keys.split_at_mut(start - at);
            let (kmine, krest) = krest.split_at_mut(end - start);
            keys = krest;
            parts.push((mine, kmine, &files[start..end]));
            at = end;
        }
        let read = (parts.into_par_iter().zip(blocks.into_par_iter()))
            .map(|((entries, keys, files), (range, n))| {
                let mut next = 0;
                read_rows(&map[range], n, |key, entry| {
                    let at = match files.get(next) {
                        Some(f) if f.display == entry.path => Some(next),
                        _ => files
                            .binary_search_by(|f| f.display.as_str().cmp(&entry.path))
                            .ok(),
                    };
                    if let Some(i) = at {
                        entries[i] = Some(entry);
                        keys[i] = key;
                        next = i + 1;
                    }
                })
            })
            .collect::<Vec<Option<()>>>();
        read.into_iter().collect()
    }
}

/// The blocks of the catalog `map`: each one's bytes and how many rows it
/// holds; none when its head or table does not read, or it is of another
/// format or juxta build.
fn catalog_blocks(map: &[u8]) -> Option<Vec<(std::ops::Range<usize>, usize)>> {
    let (head, _) = postcard::take_from_bytes::<CatalogHead>(map).ok()?;
    if head.format != CATALOG_FORMAT || head.juxta != ingest::build_identity() {
        return None;
    }
    let end = map.len().checked_sub(8)?;
    let table_at = usize::try_from(le_u64(map, end)).ok()?;
    let table: Vec<u64> = postcard::from_bytes(map.get(table_at..end)?).ok()?;
    let rows = usize::try_from(head.rows).ok()?;
    if table.len() != rows.div_ceil(CATALOG_BLOCK) {
        return None;
    }
    let mut blocks = Vec::with_capacity(table.len());
    for (i, &start) in table.iter().enumerate() {
        let start = usize::try_from(start).ok()?;
        let stop = match table.get(i + 1) {
            Some(&s) => usize::try_from(s).ok()?,
            None => table_at,
        };
        if start > stop || stop > table_at {
            return None;
        }
        let n = CATALOG_BLOCK.min(rows - i * CATALOG_BLOCK);
        blocks.push((start..stop, n));
    }
    Some(blocks)
}

/// Reads the `n` rows of a block's `bytes`, giving each's read key and
/// entry to `place`; none when a row does not read or bytes are left.
fn read_rows(mut bytes: &[u8], n: usize, mut place: impl FnMut(u64, Entry)) -> Option<()> {
    for _ in 0..n {
        let ((key, cached, mut entry), rest) =
            postcard::take_from_bytes::<CatalogRow>(bytes).ok()?;
        bytes = rest;
        entry.cached = cached;
        place(key, entry);
    }
    bytes.is_empty().then_some(())
}

/// Finds sources of a scan by their display path, expecting each at a
/// given place (records written in a scan's order are usually in this
/// one's) and looking it up otherwise, in a map made on first need.
pub(crate) struct FileFinder<'a> {
    files: &'a [SourceFile],
    by_path: Option<FxMap<&'a str, usize>>,
}

impl<'a> FileFinder<'a> {
    pub(crate) fn new(files: &'a [SourceFile]) -> FileFinder<'a> {
        FileFinder {
            files,
            by_path: None,
        }
    }

    /// The index of the source shown as `path`, expected at `expected`.
    pub(crate) fn find(&mut self, expected: usize, path: &str) -> Option<usize> {
        match self.files.get(expected) {
            Some(f) if f.display == path => Some(expected),
            _ => {
                let files = self.files;
                self.by_path
                    .get_or_insert_with(|| {
                        (files.iter().enumerate())
                            .map(|(i, f)| (f.display.as_str(), i))
                            .collect()
                    })
                    .get(path)
                    .copied()
            }
        }
    }
}

/// What a source is read with beyond its bytes: its outlet's id, name and
/// domains, and the source's own hash. The outlet's part is hashed once
/// per outlet ([`outlet_read_key`]); the source's hash is already a sha256, so
/// the two are mixed, not hashed again (a sha256 per source was a tenth
/// of a second per core at a million sources).
fn read_key(outlet: u64, sha: &Sha) -> u64 {
    let mut k = u64::from_le_bytes(sha.0[..8].try_into().unwrap_or([0; 8])) ^ outlet;
    // MurmurHash3's 64-bit finalizer.
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// The outlet part of a source's read key: a hash of the id, name and
/// domains of its outlet, if it is one of the project's.
fn outlet_read_key(project: &Project, outlet: &str) -> u64 {
    let mut h = Sha256::new();
    if let Some(o) = project.outlet(outlet) {
        for part in [&o.id, &o.name, &o.domains.join(",")] {
            h.update([0]);
            h.update(part.as_bytes());
        }
    }
    let digest = h.finalize();
    u64::from_le_bytes(digest[..8].try_into().unwrap_or([0; 8]))
}

/// The read keys of the sources `files` whose hashes are `shas`.
fn read_keys(project: &Project, files: &[SourceFile], shas: &[Sha]) -> Vec<u64> {
    use rayon::prelude::*;
    let mut outlets: FxMap<&str, u64> = FxMap::default();
    for f in files {
        if !outlets.contains_key(&*f.outlet) {
            outlets.insert(&f.outlet, outlet_read_key(project, &f.outlet));
        }
    }
    let mut keys = vec![0; files.len()];
    keys.par_iter_mut()
        .zip(files.par_iter().zip(shas))
        .for_each(|(k, (f, sha))| *k = read_key(outlets[&*f.outlet], sha));
    keys
}

/// What reading one source for the corpus did (its entry is returned
/// beside it).
#[derive(Debug)]
struct Did {
    /// Whether it was read again (not taken from the catalog).
    read: bool,
    /// Passages indexed; none when it was not indexed.
    indexed: Option<usize>,
    /// Whether its old passages were removed.
    removed: bool,
}

/// Reads the sources into the index: the ones the catalog and the index
/// hold as they are are not read; the others are ingested (through the
/// document cache), indexed and dropped, on all cores.
struct Reader<'a> {
    project: &'a Project,
    docs_dir: &'a Path,
    writer: Option<&'a tantivy::IndexWriter>,
    fields: &'a Fields,
}

impl Reader<'_> {
    /// Reads source `f`, whose read key is `key`, whose catalog row is
    /// `row` (read key and entry) and whose document key in the index is
    /// `held`.
    fn read(
        &self,
        f: &SourceFile,
        key: u64,
        row: Option<(u64, Entry)>,
        held: Option<u64>,
    ) -> Result<(Entry, Did)> {
        if let Some((read_key, mut entry)) = row
            && read_key == key
            && held == Some(entry.key)
        {
            entry.set_fs_path(&f.path, &self.project.root);
            let did = Did {
                read: false,
                indexed: None,
                removed: false,
            };
            return Ok((entry, did));
        }
        let ctx = ingest::Context {
            outlet: self.project.outlet(&f.outlet),
            display_path: f.display.clone(),
        };
        let cache = ingest::DocCache {
            dir: self.docs_dir,
            write: true,
        };
        let (doc, cached) = ingest::read_file_cached_at(&f.path, &ctx, Some(cache))?;
        let key = doc_key(&doc, Some(self.project));
        let mut did = Did {
            read: true,
            indexed: None,
            removed: false,
        };
        if held != Some(key)
            && let Some(writer) = self.writer
        {
            if held.is_some() {
                writer.delete_term(tantivy::Term::from_field_text(self.fields.path, &doc.path));
                did.removed = true;
            }
            did.indexed = Some(add_passages(writer, self.fields, &doc, key)?);
        }
        let mut entry = Entry::of(&doc, key, cached);
        entry.set_fs_path(&f.path, &self.project.root);
        Ok((entry, did))
    }
}

/// What the index holds (`old`: path → document key), per file of
/// `files`: its document key there, if any; and the paths it holds that
/// are no longer among `files`. Files in path order (a folder's scan) are
/// matched in one walk beside the record, which is in path order too;
/// any other order is looked up.
fn held_by_index(old: Held, files: &[SourceFile]) -> (Vec<Option<u64>>, Vec<String>) {
    let mut held = vec![None; files.len()];
    let mut gone = Vec::new();
    if files.is_sorted_by(|a, b| a.display < b.display) {
        let mut i = 0;
        for (path, key) in old.0 {
            while files.get(i).is_some_and(|f| f.display < path) {
                i += 1;
            }
            match files.get(i) {
                Some(f) if f.display == path => {
                    held[i] = Some(key);
                    i += 1;
                }
                _ => gone.push(path),
            }
        }
    } else {
        let mut old: BTreeMap<String, u64> = old.0.into_iter().collect();
        for (h, f) in held.iter_mut().zip(files) {
            *h = old.remove(&f.display);
        }
        gone = old.into_keys().collect();
    }
    (held, gone)
}

/// What reading `entries` did (`dids`, in their order) added to `stats`,
/// and whether any source was read again.
fn tally(entries: &[Entry], dids: Vec<Did>, stats: &mut IndexStats) -> bool {
    let mut changed = false;
    for (i, (e, did)) in entries.iter().zip(dids).enumerate() {
        changed |= did.read;
        if did.removed {
            stats.removed.push(e.path.clone());
        }
        match did.indexed {
            Some(n) => {
                stats.passages += n;
                stats.indexed.push(i);
            }
            None => stats.unchanged += 1,
        }
    }
    changed
}

/// The entries of sources read on all cores (`read` gives each one's
/// entry), or one error naming every source that failed. The entries are
/// gathered in one buffer, which becomes the result: at a hundred thousand
/// sources a second copy would be tens of megabytes at the build's peak.
fn entries_or_errors(
    entries: Vec<Option<Entry>>,
    dids: Vec<Result<Did>>,
) -> Result<(Vec<Entry>, Vec<Did>)> {
    let dids = all_or_errors(dids)?;
    // `Option<Entry>` is the size of `Entry`, and `filter_map` over a
    // vector's own items collects into the same buffer (`flatten` does not:
    // the unit test below checks the buffer).
    #[allow(clippy::filter_map_identity)]
    let entries = entries.into_iter().filter_map(|e| e).collect();
    Ok((entries, dids))
}

/// The results of `results`, or one error naming them all.
fn all_or_errors<T>(results: Vec<Result<T>>) -> Result<Vec<T>> {
    let mut out = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(d) => out.push(d),
            Err(e) => errors.push(e),
        }
    }
    match errors.len() {
        0 => Ok(out),
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

impl Corpus {
    /// Indexes `documents` in memory (no cache); they stay in memory.
    pub fn build(documents: Vec<Document>) -> Result<Corpus> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        register(&index);
        let mut stats = IndexStats::default();
        let mut entries = Vec::with_capacity(documents.len());
        {
            let mut writer: tantivy::IndexWriter = index
                .writer_with_num_threads(1, WRITER_MEMORY)
                .map_err(tantivy_err)?;
            for (i, d) in documents.iter().enumerate() {
                let k = doc_key(d, None);
                stats.passages += add_passages(&writer, &fields, d, k)?;
                stats.indexed.push(i);
                entries.push(Entry::of(d, k, None));
            }
            writer.commit().map_err(tantivy_err)?;
        }
        let store = Store::Memory(documents.into_iter().map(Arc::new).collect());
        Self::finish(entries, store, index, fields, stats)
    }

    /// Reads the scanned sources into the project's cache (`.juxta/`):
    /// sources read before from the same bytes are taken from its catalog,
    /// the others are ingested and (re-)indexed; their documents stay on
    /// disk. Another juxta process working on the same cache is waited for;
    /// a corrupt cache is rebuilt with a warning.
    pub(crate) fn cached(
        project: &Project,
        scan: &Scan,
        warnings: &mut Vec<Warning>,
    ) -> Result<Corpus> {
        let cache = project.root.join(".juxta");
        crate::fs::create_dir_in(&project.root, &cache, "the cache folder")?;
        crate::fs::confine(&project.root, &cache.join("index"))?;
        let docs_dir = cache.join("docs");
        crate::fs::confine(&project.root, &docs_dir)?;
        let lock = crate::fs::lock_dir(&cache, "lock", "with .juxta/")?;
        let record = scan.record.lock().map(|mut r| r.take()).unwrap_or(None);
        if let Some(r) = record {
            // Only a cache: a record that cannot be written costs time, never correctness.
            let _ = r.write(project, &cache);
        }
        let t = std::time::Instant::now();
        let (index, fields, old, mut stats) = open_cache(&cache, warnings)?;
        // The index's record, matched to the sources and dropped before the
        // catalog is read.
        let (held, gone) = held_by_index(old, &scan.files);
        let t = crate::timings::lap("open index", t);
        let CatalogRows {
            entries: mut slots,
            keys: row_keys,
        } = CatalogRows::read(&cache, &scan.files);
        let t = crate::timings::lap("read catalog", t);
        let keys = read_keys(project, &scan.files, &scan.shas);
        let unchanged = |i: usize| {
            slots[i]
                .as_ref()
                .is_some_and(|e| row_keys[i] == keys[i] && held[i] == Some(e.key))
        };
        let all_unchanged = (0..scan.files.len()).all(unchanged);
        let needed = !all_unchanged || !gone.is_empty() || stats.rebuilt;
        let mut writer: Option<tantivy::IndexWriter> = needed
            .then(|| index.writer_with_num_threads(1, CACHE_WRITER_MEMORY))
            .transpose()
            .map_err(tantivy_err)?;
        for p in &gone {
            if let Some(w) = &writer {
                w.delete_term(tantivy::Term::from_field_text(fields.path, p));
            }
        }
        let any_gone = !gone.is_empty();
        stats.removed.extend(gone);
        let reader = Reader {
            project,
            docs_dir: &docs_dir,
            writer: writer.as_ref(),
            fields: &fields,
        };
        // Each source's entry takes the place of its catalog row: one
        // buffer of entries, whether they were read again or not.
        let (entries, dids) = {
            use rayon::prelude::*;
            let dids: Vec<Result<Did>> = slots
                .par_iter_mut()
                .zip(scan.files.par_iter())
                .zip(keys.par_iter().zip(row_keys.par_iter()))
                .zip(held.par_iter())
                .map(|(((slot, f), (&k, &row_key)), &held)| {
                    let row = slot.take().map(|e| (row_key, e));
                    reader.read(f, k, row, held).map(|(entry, did)| {
                        *slot = Some(entry);
                        did
                    })
                })
                .collect();
            entries_or_errors(slots, dids)?
        };
        let t = crate::timings::lap("read sources", t);
        let changed = tally(&entries, dids, &mut stats);
        if let Some(w) = &mut writer {
            w.commit().map_err(tantivy_err)?;
        }
        if let Some(w) = writer {
            w.wait_merging_threads().map_err(tantivy_err)?;
            write_manifest(&cache, &entries)?;
        } else if stats.checked {
            write_manifest(&cache, &entries)?;
        }
        if changed || any_gone {
            write_catalog(&cache, &keys, &entries)?;
        }
        crate::timings::lap("write index and catalog", t);
        drop(lock);
        // What ingestion and the index writer freed goes back to the system
        // before the analyses.
        crate::memory::release_freed();
        let store = Store::Disk {
            dir: docs_dir,
            root: project.root.clone(),
            outlets: project.outlets.clone(),
        };
        Self::finish(entries, store, index, fields, stats)
    }

    fn finish(
        documents: Vec<Entry>,
        store: Store,
        index: Index,
        fields: Fields,
        stats: IndexStats,
    ) -> Result<Corpus> {
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()
            .map_err(tantivy_err)?;
        // Three lookups, made side by side.
        let by_path = || {
            let mut by_path = FxMap::default();
            by_path.reserve(documents.len());
            for (i, d) in documents.iter().enumerate() {
                by_path.entry(path_hash(&d.path)).or_insert(i);
            }
            by_path
        };
        let by_key = || -> FxMap<u64, usize> {
            (documents.iter().enumerate())
                .map(|(i, d)| (d.key, i))
                .collect()
        };
        let by_outlet = || {
            let mut counts: HashMap<String, OutletCounts> = HashMap::new();
            // An outlet's entries come in runs: its counts are looked up
            // once per run.
            let mut run: Option<(&str, Vec<&Entry>)> = None;
            let mut add = |o: &str, docs: Vec<&Entry>| {
                let c = counts.entry(o.to_string()).or_default();
                c.articles += docs.len();
                c.undated += docs.iter().filter(|d| d.date.is_none()).count();
                for (code, n) in crate::collect::language_counts(docs) {
                    *c.languages.entry(code).or_default() += n;
                }
            };
            for d in &documents {
                let o = d.outlet.as_deref();
                match (&mut run, o) {
                    (Some((now, list)), Some(o)) if *now == o => list.push(d),
                    _ => {
                        if let Some((now, list)) = run.take() {
                            add(now, list);
                        }
                        run = o.map(|o| (o, vec![d]));
                    }
                }
            }
            if let Some((now, list)) = run {
                add(now, list);
            }
            counts
        };
        let ((by_path, by_key), outlet_counts) =
            rayon::join(|| rayon::join(by_path, by_key), by_outlet);
        Ok(Corpus {
            documents,
            store,
            outlet_counts,
            reader,
            fields,
            stats,
            by_path,
            by_key,
            positions: Default::default(),
            failure: std::sync::Mutex::new(None),
            bm25: None,
        })
    }

    /// A corpus whose entries and passages come from elsewhere (the shared
    /// archive): `passages` gives, per document in the order of
    /// `documents`, its index and its passages (paragraph index, text);
    /// the whole documents come from `source` when needed. The index is
    /// built in memory, with the same schema and analyzers as the
    /// project's cache, so that search and selection are the same. When
    /// `passages` are only some of them (candidates), `bm25` gives the
    /// statistics of all. When `documents` are only some of the outlets'
    /// (a period's), `counts` counts all of them.
    pub(crate) fn from_parts(
        documents: Vec<Entry>,
        passages: impl Iterator<Item = Result<(usize, Vec<(usize, String)>)>>,
        source: Box<dyn DocSource>,
        bm25: Option<Arc<dyn Bm25Stats>>,
        counts: Option<HashMap<String, OutletCounts>>,
    ) -> Result<Corpus> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        register(&index);
        let mut stats = IndexStats::default();
        {
            // Every core: the order of passages in the index does not
            // change what is selected (see `collect::Rank`). The index
            // lives for one build: merging its segments would be wasted.
            let mut writer: tantivy::IndexWriter = index
                .writer_with_num_threads(writer_threads(), WRITER_MEMORY)
                .map_err(tantivy_err)?;
            writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
            for item in passages {
                let (i, texts) = item?;
                let e = documents
                    .get(i)
                    .ok_or_else(|| Error::build(format!("passages of an unknown document {i}")))?;
                let texts = texts.iter().map(|(pi, t)| (*pi, t.as_str()));
                let of = (
                    e.path.as_str(),
                    e.outlet.as_deref(),
                    e.language.as_deref(),
                    e.key,
                );
                stats.passages += add_texts(&writer, &fields, of, texts)?;
            }
            writer.commit().map_err(tantivy_err)?;
        }
        stats.indexed = (0..documents.len()).collect();
        let mut corpus = Self::finish(documents, Store::Archive(source), index, fields, stats)?;
        corpus.bm25 = bm25;
        if let Some(counts) = counts {
            corpus.outlet_counts = counts;
        }
        Ok(corpus)
    }

    /// A corpus over an index kept elsewhere (the local copy of the shared
    /// archive's index, [`crate::archive::mirror`]): `documents` are the
    /// entries of the documents it holds, in path order; `indexed`, those
    /// (re)indexed now; the whole documents come from `source` when needed.
    pub(crate) fn from_index(
        documents: Vec<Entry>,
        index: Index,
        indexed: Vec<usize>,
        source: Box<dyn DocSource>,
    ) -> Result<Corpus> {
        let stats = IndexStats {
            indexed,
            ..IndexStats::default()
        };
        Self::finish(documents, Store::Archive(source), index, schema().1, stats)
    }

    /// The paths of the sources (re)indexed when the corpus was loaded.
    pub fn indexed_paths(&self) -> Vec<&str> {
        (self.stats.indexed.iter())
            .filter_map(|&i| Some(self.documents.get(i)?.path.as_str()))
            .collect()
    }

    /// The error of a document source that failed during this build, if any.
    pub(crate) fn failure(&self) -> Result<()> {
        match self.failure.lock().ok().and_then(|f| f.clone()) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Records the failure of a document source (the first one is kept).
    fn failed(&self, e: Error) {
        if let Ok(mut f) = self.failure.lock()
            && f.is_none()
        {
            *f = Some(e);
        }
    }

    /// Loads the whole project: discover, ingest, index (cached in `.juxta/`).
    pub fn load(project: &Project) -> Result<(Corpus, Vec<Warning>)> {
        Self::load_scanned(project, &Scan::new(project)?)
    }

    /// Loads the project whose sources `scan` found and hashed.
    pub(crate) fn load_scanned(project: &Project, scan: &Scan) -> Result<(Corpus, Vec<Warning>)> {
        let mut warnings = scan.warnings.clone();
        let corpus = Corpus::cached(project, scan, &mut warnings)?;
        for e in &corpus.documents {
            warnings.extend(e.warnings.iter().map(|m| Warning::new(m.clone())));
        }
        Ok((corpus, warnings))
    }

    /// Loads the whole project without writing anything: documents cached
    /// in `.juxta/` are reused, the index is built in memory (`juxta check`).
    pub(crate) fn load_read_only(project: &Project) -> Result<(Corpus, Vec<Warning>)> {
        let (docs, warnings) = ingest_project(project, false)?;
        Ok((Corpus::build(docs)?, warnings))
    }

    /// Document `i` with its paragraphs: read from the document cache (or,
    /// when its cached file is gone, from its source again). A document
    /// that cannot be read at all has its entry's metadata and no text.
    pub(crate) fn doc(&self, i: usize) -> Arc<Document> {
        match &self.store {
            Store::Memory(docs) => docs[i].clone(),
            Store::Disk { dir, root, outlets } => {
                let e = &self.documents[i];
                let fs_path = e.fs_path_in(root);
                let cached = (e.cached).and_then(|k| ingest::read_cached(&k.file(dir), &fs_path));
                let doc = cached.or_else(|| {
                    let ctx = ingest::Context {
                        outlet: outlets
                            .iter()
                            .find(|o| Some(o.id.as_str()) == e.outlet.as_deref()),
                        display_path: e.path.clone(),
                    };
                    ingest::read_file(&fs_path, &ctx).ok()
                });
                Arc::new(doc.unwrap_or_else(|| e.empty_document(root)))
            }
            Store::Archive(_) => self
                .docs(&[i])
                .pop()
                .unwrap_or_else(|| Arc::new(self.documents[i].empty_document(self.root()))),
        }
    }

    /// The documents `which`, read on all cores, in the order given.
    pub(crate) fn docs(&self, which: &[usize]) -> Vec<Arc<Document>> {
        use rayon::prelude::*;
        if let Store::Archive(source) = &self.store {
            return self.fetch_from(source.as_ref(), which);
        }
        which.par_iter().map(|&i| self.doc(i)).collect()
    }

    /// The documents `which`, read on all cores and with their quotations
    /// found ([`Document::quotes`]). A document read from the document
    /// cache (or kept beside the archive's local copy) without them is
    /// written back with them, so that the next build of any theme reads
    /// them instead of finding them again.
    pub(crate) fn docs_quoted(&self, which: &[usize]) -> Vec<Arc<Document>> {
        use rayon::prelude::*;
        let docs = self.docs(which);
        docs.par_iter().zip(which).for_each(|(d, &i)| {
            if d.quotes_found() {
                return;
            }
            d.quotes();
            let e = &self.documents[i];
            match &self.store {
                Store::Disk { dir, .. } => {
                    let cached = e.cached.map(|k| k.file(dir));
                    // Only a document that was read from this file: one read
                    // from its source again may no longer match the file's key.
                    if let Some(cached) = cached
                        && cached.is_file()
                    {
                        ingest::rewrite_cached(&cached, d);
                    }
                }
                Store::Archive(source) => source.found_in(e, d),
                Store::Memory(_) => {}
            }
        });
        docs
    }

    /// The documents `which` from `source`, in one request; empty ones
    /// (and the failure recorded) when the source fails.
    fn fetch_from(&self, source: &dyn DocSource, which: &[usize]) -> Vec<Arc<Document>> {
        let asked: Vec<(usize, &Entry)> = which.iter().map(|&i| (i, &self.documents[i])).collect();
        let entries = asked.iter().map(|(_, e)| *e);
        let fetched = match self.failure() {
            Err(e) => Err(e),
            Ok(()) => source.fetch(&asked),
        };
        match fetched {
            Ok(docs) if docs.len() == asked.len() => docs
                .into_iter()
                .zip(entries)
                .map(|(mut d, e)| {
                    d.fs_path = e.fs_path_in(source.root());
                    Arc::new(d)
                })
                .collect(),
            other => {
                self.failed(other.err().unwrap_or_else(|| {
                    Error::build("the archive gave fewer documents than asked for")
                }));
                entries
                    .map(|e| Arc::new(e.empty_document(self.root())))
                    .collect()
            }
        }
    }

    /// Where the documents' paths start on disk: the project's root for
    /// a corpus read from a folder; none (their entries hold their whole
    /// paths) for one held in memory or in the archive.
    pub(crate) fn root(&self) -> &Path {
        match &self.store {
            Store::Disk { root, .. } => root,
            Store::Archive(source) => source.root(),
            Store::Memory(_) => Path::new(""),
        }
    }

    /// The index in [`Corpus::documents`] of the document with this path.
    pub(crate) fn index_of(&self, path: &str) -> Option<usize> {
        match self.by_path.get(&path_hash(path)) {
            Some(&i) if self.documents[i].path == path => Some(i),
            // Another path with the same hash, or none.
            Some(_) => self.documents.iter().position(|d| d.path == path),
            None => None,
        }
    }

    /// The index in [`Corpus::documents`] of `entry`, when it is one of
    /// them (found by where it is, not by its path: a briefing asks this
    /// for every article of its period); else by its path.
    pub(crate) fn position(&self, entry: &Entry) -> Option<usize> {
        let size = std::mem::size_of::<Entry>();
        let base = self.documents.as_ptr() as usize;
        let at = (entry as *const Entry as usize).wrapping_sub(base);
        match at.is_multiple_of(size) && at / size < self.documents.len() {
            true => Some(at / size),
            false => self.index_of(&entry.path),
        }
    }

    /// The entry of the document with this display path.
    pub(crate) fn document(&self, path: &str) -> Option<&Entry> {
        self.index_of(path).map(|i| &self.documents[i])
    }

    /// The document of each passage of the index's segment `reader`
    /// ([`Positions`]): made once per segment, by the first search that
    /// reads it (others wait for it), and shared by every later search.
    pub(crate) fn positions(
        &self,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<Arc<Positions>> {
        let cell = (self.positions.lock())
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(reader.segment_id())
            .or_default()
            .clone();
        if let Some(p) = cell.get() {
            return Ok(p.clone());
        }
        let key = Fast::of(reader, "key")?;
        let keys = (0..reader.max_doc()).map(|doc| key.get(doc));
        let made = || Arc::new(Positions::of(keys, &self.by_key));
        Ok(cell.get_or_init(made).clone())
    }

    /// How many of one outlet's documents (every date) are in each
    /// analysis language.
    pub(crate) fn outlet_languages(
        &self,
        outlet: &str,
    ) -> &std::collections::BTreeMap<String, usize> {
        &self.outlet_counts(outlet).languages
    }

    /// One outlet's documents of every date, counted (some of them may not
    /// be among [`Corpus::documents`]: see [`Corpus::from_parts`]).
    pub(crate) fn outlet_counts(&self, outlet: &str) -> &OutletCounts {
        static NONE: OutletCounts = OutletCounts {
            articles: 0,
            undated: 0,
            languages: std::collections::BTreeMap::new(),
        };
        self.outlet_counts.get(outlet).unwrap_or(&NONE)
    }
}

impl Entry {
    /// A document of this entry's metadata and no text; `root` is where
    /// its path starts ([`Corpus::root`]).
    pub(crate) fn empty_document(&self, root: &Path) -> Document {
        Document {
            path: self.path.clone(),
            outlet: self.outlet.as_deref().map(String::from),
            sha256: String::new(),
            format: ingest::Format::Text,
            title: self.title.as_deref().map(String::from),
            subtitle: None,
            author: None,
            authors: Vec::new(),
            date: self.date,
            url: self.url.as_deref().map(String::from),
            retrieved: self.retrieved,
            dateline: None,
            republished_from: self.republished_from.as_deref().map(String::from),
            language: self.language.as_deref().map(String::from),
            provenance: BTreeMap::new(),
            paragraphs: Vec::new(),
            quotes: Default::default(),
            removed: Vec::new(),
            metadata: Vec::new(),
            truncated: self.truncated,
            warnings: Default::default(),
            bytes: 0,
            fs_path: self.fs_path_in(root),
        }
    }
}

/// The hash of a display path by which [`Corpus::index_of`] finds it (the
/// map holds 8 bytes per source instead of a copy of its path).
fn path_hash(path: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<crate::compare::text::Fx>::default().hash_one(path)
}

/// Writes the index manifest: path → document key of every entry.
fn write_manifest(cache: &Path, entries: &[Entry]) -> Result<()> {
    /// [`Manifest`] as written: the files straight from the entries.
    #[derive(Serialize)]
    struct Out<'a> {
        format: u32,
        juxta: String,
        files: EntryKeys<'a>,
        checked: BTreeMap<String, [i64; 4]>,
    }
    let m = Out {
        format: INDEX_FORMAT,
        juxta: ingest::build_identity(),
        files: EntryKeys(entries),
        checked: index_stamps(&cache.join("index")),
    };
    crate::fs::write_atomic_with(&cache.join("index.json"), |w| {
        serde_json::to_writer(w, &m).map_err(std::io::Error::other)
    })
}

/// Writes the catalog of `entries`, read with `keys`.
fn write_catalog(cache: &Path, keys: &[u64], entries: &[Entry]) -> Result<()> {
    let head = CatalogHead {
        format: CATALOG_FORMAT,
        juxta: ingest::build_identity(),
        rows: entries.len() as u64,
    };
    crate::fs::write_cache_with(&cache.join(CATALOG_FILE), |w| {
        let io = std::io::Error::other;
        let mut w = Counted { w, n: 0 };
        postcard::to_io(&head, &mut w).map_err(io)?;
        let mut table = Vec::with_capacity(entries.len().div_ceil(CATALOG_BLOCK));
        for (i, (&k, e)) in keys.iter().zip(entries).enumerate() {
            if i % CATALOG_BLOCK == 0 {
                table.push(w.n);
            }
            postcard::to_io(&(k, e.cached, e), &mut w).map_err(io)?;
        }
        let table_at = w.n;
        postcard::to_io(&table, &mut w).map_err(io)?;
        std::io::Write::write_all(&mut w, &table_at.to_le_bytes())
    })
}

/// A writer that counts the bytes written through it.
struct Counted<'w> {
    w: &'w mut dyn std::io::Write,
    n: u64,
}

impl std::io::Write for Counted<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.w.write(buf)?;
        self.n += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
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

/// What tells a file changed without reading it: size, modification and
/// change times (ns) and inode.
fn file_stamp(m: &std::fs::Metadata) -> [i64; 4] {
    use std::os::unix::fs::MetadataExt;
    let ns = |s: i64, n: i64| s.saturating_mul(1_000_000_000).saturating_add(n);
    [
        i64::try_from(m.size()).unwrap_or(i64::MAX),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        i64::try_from(m.ino()).unwrap_or(i64::MAX),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::doc_named;
    use std::path::PathBuf;

    #[test]
    fn entries_read_on_all_cores_are_gathered_in_their_own_buffer_or_fail_together() {
        let entry = |name: &str| Entry::of(&doc_named(name), 1, None);
        let did = || Did {
            read: true,
            indexed: Some(1),
            removed: false,
        };
        let entries: Vec<Option<Entry>> = ["x", "y", "z"].iter().map(|n| Some(entry(n))).collect();
        let buffer = entries.as_ptr() as usize;
        let (out, dids) =
            entries_or_errors(entries, vec![Ok(did()), Ok(did()), Ok(did())]).unwrap();
        assert_eq!(
            out.as_ptr() as usize,
            buffer,
            "a second copy of the entries was made"
        );
        let paths: Vec<&str> = out.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            ["sources/a/x.txt", "sources/a/y.txt", "sources/a/z.txt"]
        );
        assert_eq!(dids.len(), 3);
        // Two failures: one error naming both, no entries.
        let failed = entries_or_errors(
            vec![None, Some(entry("y")), None],
            vec![
                Err(Error::build("one")),
                Ok(did()),
                Err(Error::build("two")),
            ],
        )
        .unwrap_err();
        assert!(
            failed.message.contains("2 sources failed"),
            "{}",
            failed.message
        );
    }

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
        assert_eq!(c.indexed_paths(), ["sources/a/one.txt"]);
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

    /// The paragraph texts of every document of `c`, read back.
    fn texts(c: &Corpus) -> Vec<Vec<String>> {
        (0..c.documents.len())
            .map(|i| c.doc(i).paragraphs.iter().map(|p| p.text.clone()).collect())
            .collect()
    }

    #[test]
    fn each_passage_s_document_is_its_key_s_even_when_keys_repeat_or_are_unknown() {
        let by_key: FxMap<u64, usize> = [(10, 0), (20, 1), (30, 2)].into_iter().collect();
        // Runs of one document, a document met again after another, a key
        // the corpus does not have, and a passage without a key.
        let keys = [
            Some(20),
            Some(20),
            Some(10),
            Some(20),
            Some(99),
            None,
            Some(30),
        ];
        let p = Positions::of(keys.into_iter(), &by_key);
        let got: Vec<Option<usize>> = (0..8).map(|d| p.get(d)).collect();
        let want = [
            Some(1),
            Some(1),
            Some(0),
            Some(1),
            None,
            None,
            Some(2),
            None,
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_corpus_gives_each_indexed_passage_its_document() {
        let c = Corpus::build(vec![doc_named("one"), doc_named("two")]).unwrap();
        let searcher = c.reader.searcher();
        let mut seen = 0;
        for reader in searcher.segment_readers() {
            let p = c.positions(reader).unwrap();
            // Asked again, the same table.
            assert!(Arc::ptr_eq(&p, &c.positions(reader).unwrap()));
            let key = Fast::of(reader, "key").unwrap();
            for doc in 0..reader.max_doc() {
                let di = p.get(doc).expect("every passage has its document");
                assert_eq!(Some(c.documents[di].key), key.get(doc));
                seen += 1;
            }
        }
        assert!(seen >= 2, "{seen}");
    }

    #[test]
    fn documents_are_found_by_path_even_when_two_paths_share_a_hash() {
        let mut c = Corpus::build(vec![doc_named("one"), doc_named("two")]).unwrap();
        assert_eq!(c.index_of("sources/a/one.txt"), Some(0));
        assert_eq!(c.index_of("sources/a/two.txt"), Some(1));
        // An entry of the corpus is found where it is; a copy by its path.
        assert_eq!(c.position(&c.documents[1]), Some(1));
        let copy = c.documents[1].clone();
        assert_eq!(c.position(&copy), Some(1));
        assert_eq!(c.index_of("sources/a/three.txt"), None);
        // As if "two" hashed like "one", which the map met first.
        c.by_path.insert(path_hash("sources/a/two.txt"), 0);
        assert_eq!(c.index_of("sources/a/two.txt"), Some(1));
        assert_eq!(
            c.document("sources/a/two.txt").unwrap().path,
            "sources/a/two.txt"
        );
    }

    #[test]
    fn unchanged_sources_come_from_the_catalog_and_documents_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "sources/a/one.txt",
            "Russia mediates between the two sides today.
",
        );
        write(
            dir.path(),
            "sources/b/two.txt",
            "Moscow hosts a military base in Armenia.
",
        );
        let p = project(dir.path());
        let (c, _) = Corpus::load(&p).unwrap();
        let first = texts(&c);
        assert!(dir.path().join(".juxta").join(CATALOG_FILE).is_file());
        drop(c);

        // Nothing changed: no source is read, every document is read
        // from the document cache when asked for.
        let (c, _) = Corpus::load(&p).unwrap();
        assert_eq!(c.stats.unchanged, 2);
        assert!(c.stats.indexed.is_empty());
        assert_eq!(texts(&c), first);
        drop(c);

        // The document cache is gone: documents are read from their sources.
        std::fs::remove_dir_all(dir.path().join(".juxta/docs")).unwrap();
        let (c, _) = Corpus::load(&p).unwrap();
        assert!(c.stats.indexed.is_empty());
        assert_eq!(texts(&c), first);
        drop(c);

        // A source renamed to another outlet's name is read again: the
        // outlet is part of what it was read with.
        let renamed = "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"Alpha\"\n[outlets.b]\nname = \"B\"\n[themes.t]\ntitle = \"T\"\nscope = 'russia'\n";
        std::fs::write(dir.path().join("juxta.toml"), renamed).unwrap();
        let p = Project::load(&dir.path().join("juxta.toml")).unwrap();
        let (c, _) = Corpus::load(&p).unwrap();
        assert_eq!(c.indexed_paths(), ["sources/a/one.txt"]);
    }

    #[test]
    fn a_damaged_or_foreign_catalog_is_read_as_empty() {
        let (dir, p) = loaded_once();
        let catalog = dir.path().join(".juxta").join(CATALOG_FILE);
        let good = std::fs::read(&catalog).unwrap();
        let cut = good[..good.len() / 2].to_vec();
        let foreign = postcard::to_stdvec(&CatalogHead {
            format: 999,
            juxta: ingest::build_identity(),
            rows: 0,
        })
        .unwrap();
        for bad in [&b"{ not a catalog"[..], &cut, &foreign] {
            std::fs::write(&catalog, bad).unwrap();
            let (c, warnings) = Corpus::load(&p).unwrap();
            assert!(warnings.is_empty(), "{warnings:?}");
            assert!(c.stats.indexed.is_empty(), "the index still holds it");
            assert_eq!(count(&c, "mediates"), 1);
            assert_eq!(c.doc(0).paragraphs.len(), 1);
            assert_ne!(std::fs::read(&catalog).unwrap(), bad, "written again");
        }
        assert_eq!(std::fs::read(&catalog).unwrap(), good);
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

    #[test]
    fn quotations_found_for_a_briefing_are_written_back_to_the_cache() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "sources/a/one.txt",
            "\"The mediation goes on,\" Anna Berg said on Monday.\n",
        );
        let p = project(dir.path());
        let cached = |c: &Corpus| {
            let Store::Disk { dir, .. } = &c.store else {
                panic!("a writing build keeps documents on disk");
            };
            std::fs::read_to_string(c.documents[0].cached.unwrap().file(dir)).unwrap()
        };
        let (c, _) = Corpus::load(&p).unwrap();
        assert!(
            !cached(&c).contains("\"quotes\""),
            "ingestion leaves them unread"
        );
        assert!(!c.doc(0).quotes_found());
        let d = c.docs_quoted(&[0]);
        assert_eq!(d[0].quotes()[0].speaker.as_deref(), Some("Anna Berg"));
        assert!(cached(&c).contains("Anna Berg"), "{}", cached(&c));
        // The next build reads them from the cache, and finds the same.
        let (c, _) = Corpus::load(&p).unwrap();
        let read = c.doc(0);
        assert!(read.quotes_found());
        assert_eq!(read.quotes(), d[0].quotes());
    }

    /// A project of one source, loaded once (its cache written).
    #[test]
    fn a_sha256_is_read_back_from_its_hex_and_nothing_else_is() {
        let hex = ingest::hex(&Sha256::digest(b"juxta"));
        let bytes = sha_bytes(&hex).unwrap();
        assert_eq!(ingest::hex(&bytes), hex);
        assert_eq!(sha_bytes(&hex.to_uppercase()), Some(bytes));
        for bad in [
            &hex[..62],
            "",
            &format!("{}zz", &hex[..62]),
            &format!("{hex}00"),
        ] {
            assert_eq!(sha_bytes(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_hash_record_finds_each_source_by_its_path_after_a_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let p = project(dir.path());
        let names = ["sources/a/b.txt", "sources/a/a.txt", "sources/b/c.txt"];
        let files: Vec<SourceFile> = names
            .iter()
            .map(|n| SourceFile {
                path: dir.path().join(n),
                display: n.to_string(),
                outlet: "a".into(),
                sidecar: false,
            })
            .collect();
        let done: Vec<(Option<Stamps>, Sha, bool)> = (0..3)
            .map(|i| {
                let sha = Sha(Sha256::digest([i as u8]).into());
                // The second file has no stamps (it could not be read): left out.
                (
                    (i != 1).then_some(Stamps([i, 1, 2, 3, 0, 0, 0, 0])),
                    sha,
                    true,
                )
            })
            .collect();
        let record = Hashes::of(7, &files, &done);
        let cache = dir.path().join(".juxta");
        record.write(&p, &cache).unwrap();
        let back = Hashes::read(&cache);
        assert_eq!(back.started, 7);
        for (i, n) in names.iter().enumerate() {
            let got = back.get(n).map(|(s, sha)| (s, Sha(sha)));
            let want = done[i].0.map(|s| (s, done[i].1));
            assert_eq!(got, want, "{n}");
        }
        assert!(back.get("sources/a/none.txt").is_none());
        // A damaged record is read as empty: every source is hashed again.
        let file = cache.join(HASHES_FILE);
        let bytes = std::fs::read(&file).unwrap();
        std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
        assert_eq!(Hashes::read(&cache).len(), 0);
    }

    #[test]
    fn the_hash_record_finds_sources_near_the_last_one_and_elsewhere_by_hash() {
        let row = |n: &str| (path_hash(n), Stamps([0; 8]), [0u8; 32]);
        let names: Vec<String> = (0..50).map(|i| format!("sources/a/{i:03}.txt")).collect();
        let record = Hashes::of_rows(0, names.iter().map(|n| row(n)));
        // The next scan in the same order, with a source added after the
        // tenth and the twentieth gone: each is found, the new one is not.
        let mut scan: Vec<String> = names.clone();
        scan.remove(20);
        scan.insert(10, "sources/a/010-new.txt".into());
        let mut near = None;
        for n in &scan {
            let at = record.find(n, near);
            match names.iter().position(|m| m == n) {
                Some(want) => assert_eq!(at, Some(want), "{n}"),
                None => assert_eq!(at, None, "{n}"),
            }
            near = at.map(|i| i + 1);
        }
        // A wrong guess is not taken: the row is found by its hash.
        assert_eq!(record.find(&names[3], Some(7)), Some(3));
        assert_eq!(record.find(&names[49], Some(50)), Some(49));
        assert_eq!(Hashes::default().find(&names[0], Some(0)), None);
    }

    #[test]
    fn stamps_through_an_open_folder_are_the_stamps_of_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("a.txt"), "a").unwrap();
        std::fs::write(d.join("b.txt"), "bb").unwrap();
        std::fs::write(d.join("b.txt.toml"), "title = 'b'").unwrap();
        std::fs::create_dir(d.join("c.txt")).unwrap();
        std::os::unix::fs::symlink(d.join("a.txt"), d.join("l.txt")).unwrap();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/e.txt"), "e").unwrap();
        let mut folder = Folder::default();
        for (name, sidecar) in [
            ("a.txt", false),
            ("a.txt", true), // listed with a sidecar that is gone since
            ("b.txt", true),
            ("c.txt", false), // a folder: no stamps
            ("l.txt", false), // a link: no stamps
            ("none.txt", false),
            ("sub/e.txt", false), // another folder
            ("b.txt", false),
        ] {
            let p = d.join(name);
            let want = Stamps::of(&p, sidecar);
            assert_eq!(folder.stamps(&p, sidecar), want, "{name}");
            assert_eq!(
                want.is_some(),
                ["a.txt", "b.txt", "sub/e.txt"].contains(&name)
            );
        }
        assert_ne!(Stamps::of(&d.join("b.txt"), true).unwrap().0[4], 0);
        // A folder that cannot be opened: each path is stamped as it is.
        let mut gone = Folder::default();
        assert_eq!(gone.stamps(&d.join("nowhere/x.txt"), false), None);
    }

    #[test]
    fn quotations_found_in_fetched_documents_go_back_to_their_source() {
        type Kept = Arc<std::sync::Mutex<Vec<(String, bool)>>>;
        struct Source(Vec<Document>, Kept);
        impl DocSource for Source {
            fn fetch(&self, which: &[(usize, &Entry)]) -> Result<Vec<Document>> {
                Ok(which.iter().map(|&(i, _)| self.0[i].clone()).collect())
            }
            fn root(&self) -> &Path {
                Path::new("/p")
            }
            fn found_in(&self, e: &Entry, d: &Document) {
                self.1
                    .lock()
                    .unwrap()
                    .push((e.path.clone(), d.quotes_found()));
            }
        }
        let docs = vec![doc_named("a"), doc_named("b"), doc_named("c")];
        // As the archive's entries are read: no path on disk of their own.
        let entries = (docs.iter())
            .map(|d| Entry::for_test(&d.path, Some("a"), None))
            .collect();
        let kept = Kept::default();
        let source = Box::new(Source(docs, kept.clone()));
        let c = Corpus::from_parts(entries, std::iter::empty(), source, None, None).unwrap();
        assert_eq!(c.root(), Path::new("/p"));
        let got = c.docs_quoted(&[2, 0]);
        assert_eq!(got[0].path, "sources/a/c.txt");
        assert_eq!(got[0].fs_path, Path::new("/p/sources/a/c.txt"));
        assert!(got.iter().all(|d| d.quotes_found()));
        let mut kept = kept.lock().unwrap().clone();
        kept.sort();
        assert_eq!(
            kept,
            [
                ("sources/a/a.txt".to_string(), true),
                ("sources/a/c.txt".to_string(), true)
            ]
        );
        // Only what was asked for is read: the document not asked for is
        // not handed back.
        assert!(!kept.iter().any(|(p, _)| p.ends_with("b.txt")));
    }

    #[test]
    fn an_entry_keeps_its_disk_path_only_when_the_root_does_not_give_it() {
        let mut e = Entry::of(&doc_named("x"), 1, None);
        let root = Path::new("/p/proj");
        e.set_fs_path(&root.join("sources/a/x.txt"), root);
        assert!(e.fs_path.is_none());
        assert_eq!(e.fs_path_in(root), root.join("sources/a/x.txt"));
        // Elsewhere (a name shown otherwise, another folder): kept.
        e.set_fs_path(Path::new("/elsewhere/x.txt"), root);
        assert_eq!(e.fs_path_in(root), Path::new("/elsewhere/x.txt"));
    }

    #[test]
    fn outlets_and_languages_read_from_a_record_are_shared() {
        let mut d = doc_named("x");
        d.outlet = Some("a".into());
        d.title = Some("A title".into());
        let e = Entry::of(&d, 1, None);
        let bytes = postcard::to_allocvec(&e).unwrap();
        let a: Entry = postcard::from_bytes(&bytes).unwrap();
        let b: Entry = serde_json::from_value(serde_json::to_value(&e).unwrap()).unwrap();
        let (oa, ob) = (a.outlet.unwrap(), b.outlet.unwrap());
        assert_eq!(&*oa, e.outlet.as_deref().unwrap());
        assert!(Arc::ptr_eq(&oa, &ob));
        assert!(Arc::ptr_eq(&intern("xx-test"), &intern("xx-test")));
        assert_eq!(b.title, e.title);
    }

    #[test]
    fn catalog_rows_go_to_their_own_source_in_any_order() {
        let (dir, p) = loaded_once();
        write(
            dir.path(),
            "sources/a/two.txt",
            "Moscow answered on Tuesday.\n",
        );
        write(
            dir.path(),
            "sources/b/three.txt",
            "The Kremlin said nothing.\n",
        );
        let (c, _) = Corpus::load(&p).unwrap();
        let cache = dir.path().join(".juxta");
        let (files, _) = discover(&p).unwrap();
        let read = |files: &[SourceFile]| {
            let rows = CatalogRows::read(&cache, files);
            files
                .iter()
                .zip(&rows.entries)
                .map(|(f, e)| (f.display.clone(), e.as_ref().map(|e| e.path.clone())))
                .collect::<Vec<_>>()
        };
        // In the scan's order, in reverse, and with a source gone and one new.
        let mut reversed = files.clone();
        reversed.reverse();
        let mut changed = files.clone();
        changed.remove(0);
        changed.push(SourceFile {
            display: "sources/b/new.txt".into(),
            ..files[0].clone()
        });
        for order in [&files, &reversed, &changed] {
            for (shown, entry) in read(order) {
                match shown.as_str() {
                    "sources/b/new.txt" => assert_eq!(entry, None),
                    _ => assert_eq!(entry.as_deref(), Some(shown.as_str())),
                }
            }
        }
        let rows = CatalogRows::read(&cache, &files);
        for (i, e) in rows.entries.iter().enumerate() {
            let e = e.as_ref().unwrap();
            assert_eq!(e.key, c.documents[c.index_of(&e.path).unwrap()].key);
            assert_ne!(rows.keys[i], 0, "the row's read key");
        }
    }

    #[test]
    fn the_outlet_test_answers_per_entry_as_the_list_does_in_runs_or_not() {
        let outlets = ["a".to_string(), "c".to_string()];
        let mut entries: Vec<Entry> = ["a", "a", "b", "a", "c", "b", "a"]
            .iter()
            .enumerate()
            .map(|(i, o)| Entry::for_test(&format!("s/{i}.txt"), Some(o), None))
            .collect();
        // The same id not shared (past the interning's limit), and none.
        entries[3].outlet = Some(Arc::from("a"));
        entries.push(Entry::for_test("s/none.txt", None, None));
        let mut t = OutletTest::new(&outlets);
        let got: Vec<bool> = entries.iter().map(|e| t.test(e)).collect();
        let want: Vec<bool> = (entries.iter())
            .map(|e| {
                e.outlet
                    .as_deref()
                    .is_some_and(|o| outlets.iter().any(|t| t == o))
            })
            .collect();
        assert_eq!(got, want);
        assert_eq!(got, [true, true, false, true, true, false, true, false]);
    }

    #[test]
    fn catalog_blocks_are_read_back_in_place_in_any_order_and_a_damaged_catalog_is_empty() {
        let entry = |path: &str| Entry::for_test(path, Some("a"), None);
        let file = |n: &str| SourceFile {
            path: PathBuf::from(n),
            display: n.to_string(),
            outlet: "a".into(),
            sidecar: false,
        };
        // Two full blocks and part of a third.
        let names: Vec<String> = (0..2 * CATALOG_BLOCK + 100)
            .map(|i| format!("sources/a/{i:06}.txt"))
            .collect();
        let entries: Vec<Entry> = names.iter().map(|n| entry(n)).collect();
        let keys: Vec<u64> = (0..names.len() as u64).map(|i| i + 1).collect();
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join(".juxta");
        std::fs::create_dir_all(&cache).unwrap();
        write_catalog(&cache, &keys, &entries).unwrap();
        let check = |files: &[SourceFile]| {
            let rows = CatalogRows::read(&cache, files);
            for (i, f) in files.iter().enumerate() {
                let want = names.iter().position(|n| *n == f.display);
                let got = rows.entries[i].as_ref().map(|e| e.path.clone());
                assert_eq!(got, want.map(|w| names[w].clone()), "{}", f.display);
                assert_eq!(rows.keys[i], want.map_or(0, |w| keys[w]), "{}", f.display);
            }
        };
        let same: Vec<SourceFile> = names.iter().map(|n| file(n)).collect();
        check(&same);
        // Sources gone at a block's start and inside it, new ones before the
        // first row, between rows and after the last: the blocks' slots
        // shift.
        let mut changed = same.clone();
        changed.remove(CATALOG_BLOCK);
        changed.remove(10);
        for n in [
            "sources/a/0.txt",
            "sources/a/004103-new.txt",
            "sources/a/999999.txt",
        ] {
            let at = changed.partition_point(|f| f.display.as_str() < n);
            changed.insert(at, file(n));
        }
        assert!(changed.is_sorted_by(|a, b| a.display < b.display));
        check(&changed);
        // Fewer sources than a block, and none.
        check(&same[CATALOG_BLOCK + 50..CATALOG_BLOCK + 60]);
        check(&[]);
        // Sources in another order: each row looked up.
        let mut reversed = changed.clone();
        reversed.reverse();
        check(&reversed);
        // A catalog cut short, or with a damaged table, gives nothing.
        let path = cache.join(CATALOG_FILE);
        let bytes = std::fs::read(&path).unwrap();
        let empty = |files: &[SourceFile]| {
            let rows = CatalogRows::read(&cache, files);
            assert!(rows.entries.iter().all(Option::is_none));
            assert!(rows.keys.iter().all(|&k| k == 0));
        };
        for cut in [bytes.len() - 1, bytes.len() / 2, 5] {
            std::fs::write(&path, &bytes[..cut]).unwrap();
            empty(&same);
        }
        let mut bad = bytes.clone();
        let n = bad.len();
        bad[n - 8..].copy_from_slice(&(n as u64 / 3).to_le_bytes());
        std::fs::write(&path, &bad).unwrap();
        empty(&same);
        let mut bad = bytes.clone();
        bad[n / 2] ^= 0xff;
        bad[n / 2 + 1] ^= 0xff;
        std::fs::write(&path, &bad).unwrap();
        let rows = CatalogRows::read(&cache, &same);
        // A damaged row may still read as some row, but never as another
        // source's: whatever is read stands in its own source's slot.
        for (f, e) in same.iter().zip(&rows.entries) {
            if let Some(e) = e {
                assert_eq!(e.path, f.display);
            }
        }
    }

    #[test]
    fn the_index_record_is_matched_to_the_sources_in_any_order() {
        let file = |n: &str| SourceFile {
            path: PathBuf::from(n),
            display: n.to_string(),
            outlet: "a".into(),
            sidecar: false,
        };
        // Read from the record's JSON object, in any order, a repeated
        // path taken as a map would take it (the last).
        let json = r#"{"b/1": 3, "a/1": 1, "c/9": 9, "a/2": 2, "c/9": 4}"#;
        let old: Held = serde_json::from_str(json).unwrap();
        let pairs: Vec<(&str, u64)> = old.0.iter().map(|(p, k)| (p.as_str(), *k)).collect();
        assert_eq!(pairs, [("a/1", 1), ("a/2", 2), ("b/1", 3), ("c/9", 4)]);
        let old = || Held(old.0.clone());
        let sorted: Vec<SourceFile> = ["a/0", "a/1", "b/1", "b/2", "c/9"].map(file).to_vec();
        let (held, gone) = held_by_index(old(), &sorted);
        assert_eq!(held, [None, Some(1), Some(3), None, Some(4)]);
        assert_eq!(gone, ["a/2"]);
        let mut shuffled = sorted.clone();
        shuffled.swap(0, 4);
        shuffled.swap(1, 2);
        let (held, gone) = held_by_index(old(), &shuffled);
        assert_eq!(held, [Some(4), Some(3), Some(1), None, None]);
        assert_eq!(gone, ["a/2"]);
        let (held, gone) = held_by_index(old(), &[]);
        assert!(held.is_empty());
        assert_eq!(gone, ["a/1", "a/2", "b/1", "c/9"]);
        // Written from the entries as the same object.
        let entries: Vec<Entry> = ["a/1", "b/1"]
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut e = Entry::of(&crate::testutil::doc_named("x"), i as u64 + 7, None);
                e.path = p.to_string();
                e
            })
            .collect();
        let written = serde_json::to_string(&EntryKeys(&entries)).unwrap();
        assert_eq!(written, r#"{"a/1":7,"b/1":8}"#);
    }

    #[test]
    fn an_index_written_by_another_juxta_build_is_started_again() {
        let (dir, p) = loaded_once();
        let manifest = dir.path().join(".juxta").join("index.json");
        let mut m: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&manifest).unwrap()).unwrap();
        assert_eq!(m["juxta"], ingest::build_identity());
        m["juxta"] = "0.0.1-another".into();
        std::fs::write(&manifest, serde_json::to_vec(&m).unwrap()).unwrap();
        let (c, warnings) = Corpus::load(&p).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(c.stats.rebuilt, "not started again");
        assert!(c.stats.removed.is_empty(), "deleted one by one");
        assert_eq!(count(&c, "mediates"), 1);
    }

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
