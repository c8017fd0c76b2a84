//! A build's local copy of the archive's passage index, kept in the
//! project's `.juxta/archive/` between builds (`local-index` of
//! `[archive]`, on by default).
//!
//! A build over every date ranks nearly every passage of its outlets: read
//! from PostgreSQL and indexed again by each build, that took 100 s at
//! 1,000,000 articles. The copy holds the index of all the passages of the
//! project's outlets and their entries; each build first brings it up to
//! date with the documents the archive changed since, then ranks over it
//! as over a folder's index. It only reads the archive: a build with a
//! read-only role keeps one too.
//!
//! What changed is found by `juxta_document.changed`, the transaction that
//! last wrote a row (schema 3). The copy remembers the oldest transaction
//! still running when it was last brought up to date
//! (`pg_snapshot_xmin`): every row it did not see was written by that
//! transaction or a later one, so reading the rows written from it on
//! misses none (a few are read twice, which changes nothing). Rows deleted
//! from the archive are noticed by the count of rows, and the copy is then
//! made again. A copy of another archive, another juxta or other outlets is
//! made again too, as is one that does not open.

use std::collections::HashMap;
use std::path::Path;

use postgres::fallible_iterator::FallibleIterator;
use serde::{Deserialize, Serialize};
use tantivy::Index;

use super::Archive;
use crate::config::Project;
use crate::corpus::Entry;
use crate::error::{Error, Result, Warning, WarningKind};

/// The copy's folder in the project's cache.
const DIR: &str = "archive";
/// The record of what the copy holds, beside its index.
const STATE: &str = "state.bin";
/// The record's format: a record of another format is made again.
const FORMAT: u32 = 3;
/// Documents whose passages one statement reads.
const BATCH: usize = 2_000;
/// The largest record read (1,000,000 sources take about 250 MB).
const LIMIT: u64 = 64 << 30;

/// What the copy holds, written after its index.
#[derive(Serialize)]
struct State<'a> {
    format: u32,
    /// The archive: when its schema was first made.
    archive: &'a str,
    /// The juxta that indexed the passages ([`crate::ingest::build_identity`]).
    juxta: &'a str,
    /// The outlets copied, sorted.
    outlets: &'a [String],
    /// The oldest transaction running at the last update.
    xmin: &'a str,
    /// The documents, in path order, in runs of [`CHUNK`], each written
    /// on its own so that the runs are read on all cores.
    rows: Vec<Chunk>,
}

/// Rows of the record in one run.
const CHUNK: usize = 8_192;

/// A run of rows, written as `Vec<Row>` would be, held as its bytes:
/// the record holds the runs' bytes one after another, each with its
/// length, so a reader finds every run without reading the rows.
struct Chunk(Vec<u8>);

impl Serialize for Chunk {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl State<'_> {
    /// The record's bytes.
    fn bytes(&self) -> Result<Vec<u8>> {
        postcard::to_stdvec(self).map_err(unrecordable)
    }
}

/// The runs of `rows` ([`Chunk`]).
fn chunks(rows: &[Row]) -> Result<Vec<Chunk>> {
    use rayon::prelude::*;
    (rows.par_chunks(CHUNK))
        .map(|c| postcard::to_stdvec(c).map(Chunk).map_err(unrecordable))
        .collect()
}

fn unrecordable(e: postcard::Error) -> Error {
    Error::build(format!("cannot record the local index: {e}"))
}

/// The record's head as read, before its rows: its bytes, looked at where
/// they lie (the record of 1,000,000 sources is 243 MB; read into fresh
/// memory and decoded into a million small allocations, it took a second
/// of every build). The rows follow ([`Record::rows`]), read only when
/// needed, and once.
#[derive(Deserialize)]
struct HeadRef<'a> {
    format: u32,
    archive: &'a str,
    juxta: &'a str,
    #[serde(borrow)]
    outlets: Vec<&'a str>,
    xmin: &'a str,
}

/// A record as read: its head, and its runs of rows' bytes.
struct Record<'a> {
    head: HeadRef<'a>,
    chunks: &'a [u8],
}

impl<'a> Record<'a> {
    fn read(bytes: &'a [u8]) -> Result<Record<'a>> {
        let (head, chunks) = postcard::take_from_bytes::<HeadRef>(bytes).map_err(unreadable)?;
        Ok(Record { head, chunks })
    }

    /// The runs of rows, as bytes.
    fn chunks(&self) -> Result<Vec<&'a [u8]>> {
        postcard::from_bytes(self.chunks).map_err(unreadable)
    }

    /// How many rows the record holds, without reading them.
    fn len(&self) -> Result<usize> {
        let mut n = 0;
        for c in self.chunks()? {
            // A sequence starts with its length.
            n += postcard::take_from_bytes::<usize>(c).map_err(unreadable)?.0;
        }
        Ok(n)
    }

    /// The rows, read on all cores.
    fn rows(&self) -> Result<Vec<RowRef<'a>>> {
        use rayon::prelude::*;
        let runs = (self.chunks()?.par_iter())
            .map(|c| postcard::from_bytes::<Vec<RowRef>>(c).map_err(unreadable))
            .collect::<Result<Vec<_>>>()?;
        Ok(runs.into_iter().flatten().collect())
    }
}

fn unreadable(e: postcard::Error) -> Error {
    Error::build(format!("the local index's record does not read: {e}"))
        .hint("remove .juxta/archive/ and build again: the copy is made again from the archive")
}

/// One document of the archive as the copy holds it.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub(crate) struct Row {
    pub(crate) id: i64,
    pub(crate) outlet: String,
    pub(crate) path: String,
    pub(crate) sha: String,
    /// The index key of this version of the document (its path and hash
    /// hashed once, not on every build).
    pub(crate) key: u64,
    /// The language as the archive records it.
    pub(crate) language: Option<String>,
    /// The entry, in this juxta's binary form.
    pub(crate) entry: Vec<u8>,
    /// The transaction that last wrote it: a row written again differs
    /// even when its bytes do not (another juxta may have read them).
    pub(crate) changed: Option<String>,
}

/// A [`Row`] as read from the record, borrowing its bytes.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq)]
pub(crate) struct RowRef<'a> {
    pub(crate) id: i64,
    pub(crate) outlet: &'a str,
    pub(crate) path: &'a str,
    pub(crate) sha: &'a str,
    pub(crate) key: u64,
    #[serde(borrow)]
    pub(crate) language: Option<&'a str>,
    pub(crate) entry: &'a [u8],
    #[serde(borrow)]
    pub(crate) changed: Option<&'a str>,
}

impl Row {
    fn as_ref(&self) -> RowRef<'_> {
        RowRef {
            id: self.id,
            outlet: &self.outlet,
            path: &self.path,
            sha: &self.sha,
            key: self.key,
            language: self.language.as_deref(),
            entry: &self.entry,
            changed: self.changed.as_deref(),
        }
    }
}

impl RowRef<'_> {
    /// The order of a scan of the archive: by path.
    fn order(&self) -> (&str, &str, &str, i64) {
        (self.path, self.outlet, self.sha, self.id)
    }

    fn to_row(self) -> Row {
        Row {
            id: self.id,
            outlet: self.outlet.into(),
            path: self.path.into(),
            sha: self.sha.into(),
            key: self.key,
            language: self.language.map(Into::into),
            entry: self.entry.to_vec(),
            changed: self.changed.map(Into::into),
        }
    }
}

/// The copy, up to date.
pub(crate) struct Mirror {
    /// The documents: as read when nothing changed, else as updated.
    held: Held,
    /// The index of their passages.
    pub(crate) index: Index,
    /// The positions in the rows of the documents (re)indexed by this
    /// update.
    pub(crate) synced: Vec<usize>,
    /// The copy's lock, held until the build has opened the index (another
    /// build's update must not change it in between).
    pub(crate) lock: std::fs::File,
    /// What the build should say: the copy was found damaged.
    pub(crate) warnings: Vec<Warning>,
}

/// Where the copy's rows are.
enum Held {
    /// In the record, as read.
    Mapped(memmap2::Mmap),
    /// Updated, in memory.
    Rows(Vec<Row>),
}

impl Mirror {
    /// The documents, in path order.
    pub(crate) fn rows(&self) -> Result<Vec<RowRef<'_>>> {
        match &self.held {
            Held::Rows(rows) => Ok(rows.iter().map(Row::as_ref).collect()),
            Held::Mapped(m) => Record::read(m)?.rows(),
        }
    }
}

/// Whether the project has a copy (a build of a period then uses it).
pub(crate) fn exists(project: &Project) -> bool {
    dir(project).join(STATE).is_file()
}

/// The copy's folder.
fn dir(project: &Project) -> std::path::PathBuf {
    project.root.join(".juxta").join(DIR)
}

/// Brings the project's copy up to date with the archive, making it when
/// there is none; none when the archive holds an entry in another juxta's
/// form, which only the archive's JSON gives (the build then reads its
/// candidates from the archive).
pub(crate) fn sync(a: &mut Archive, project: &Project) -> Result<Option<Mirror>> {
    let dir = dir(project);
    let cache = dir.parent().unwrap_or(&project.root);
    crate::fs::create_dir_in(&project.root, cache, "the cache folder")?;
    crate::fs::create_dir_in(&project.root, &dir, "the archive's local index")?;
    crate::fs::confine(&project.root, &dir.join("index"))?;
    crate::fs::confine(&project.root, &dir.join("docs"))?;
    let lock = crate::fs::lock_dir(&dir, "lock", "with .juxta/archive/")?;
    let t = std::time::Instant::now();
    let copy = Copy {
        archive: identity(a)?,
        juxta: crate::ingest::build_identity(),
        outlets: {
            let mut o: Vec<String> = project.outlets.iter().map(|o| o.id.clone()).collect();
            o.sort();
            o
        },
        dir,
    };
    let state = copy.dir.join(STATE);
    let map = crate::fs::map_own(&state, LIMIT);
    let (kept, damaged) = match &map {
        Err(_) if std::fs::symlink_metadata(&state).is_err() => (None, None),
        Err(e) => (None, Some(format!("its record does not read: {e}"))),
        Ok(m) => found(&copy, m),
    };
    let warnings: Vec<Warning> = (damaged.into_iter())
        .map(|why| {
            Warning::of(
                WarningKind::Index,
                format!(
                    "the local copy of the archive's index in .juxta/archive/ is damaged ({why}); making it again"
                ),
            )
            .hint("nothing is lost: the copy is made from the archive")
        })
        .collect();
    let t = crate::timings::lap("    archive: local index read", t);
    let updated = update(a, &copy, kept)?;
    crate::timings::lap("    archive: local index brought up to date", t);
    Ok(match updated {
        Updated::Foreign => None,
        Updated::Unchanged(index) => Some(Mirror {
            held: Held::Mapped(map.map_err(|_| Error::build("the local index's record is gone"))?),
            index,
            synced: Vec::new(),
            lock,
            warnings,
        }),
        Updated::Changed(rows, index, synced) => Some(Mirror {
            held: Held::Rows(rows),
            index,
            synced,
            lock,
            warnings,
        }),
    })
}

/// The copy whose record is `bytes`, with its index, when it is this copy
/// and whole; else none, and why when it is damaged rather than another
/// copy (another format, juxta, archive or list of outlets: made again
/// quietly, as the folder's cache is).
fn found<'m>(copy: &Copy, bytes: &'m [u8]) -> (Option<(Record<'m>, Index)>, Option<String>) {
    // The format comes first: a record of another format may not read.
    match postcard::take_from_bytes::<u32>(bytes) {
        Ok((format, _)) if format == FORMAT => {}
        Ok(_) => return (None, None),
        Err(e) => return (None, Some(format!("its record does not read: {e}"))),
    }
    // Its runs of rows are all there (a record cut short is damaged);
    // the rows themselves are read later, and only when needed.
    match Record::read(bytes).and_then(|r| r.len().map(|_| r)) {
        Err(e) => (None, Some(e.message.clone())),
        Ok(r) if !copy.is(&r.head) => (None, None),
        Ok(r) => match open(&copy.dir.join("index")) {
            Some(i) => (Some((r, i)), None),
            None => (None, Some("its index does not open".into())),
        },
    }
}

/// Says (`JUXTA_TIMINGS`) what an update did.
fn note_copied(copied: usize, passages: usize, held: usize, removed: usize) {
    crate::timings::note(&format!(
        "archive: {copied} sources ({passages} passages) copied to the local index, {held} held, {removed} removed"
    ));
}

/// What a copy is of: the archive, the juxta that indexes, the outlets;
/// and where it is.
struct Copy {
    archive: String,
    juxta: String,
    outlets: Vec<String>,
    dir: std::path::PathBuf,
}

impl Copy {
    /// Whether the record `s` is of this copy.
    fn is(&self, s: &HeadRef<'_>) -> bool {
        s.format == FORMAT
            && s.archive == self.archive
            && s.juxta == self.juxta
            && s.outlets.iter().eq(self.outlets.iter())
    }
}

/// What an update did.
enum Updated {
    /// The archive holds an entry in another juxta's form.
    Foreign,
    /// Nothing changed: the record read stands.
    Unchanged(Index),
    /// The rows, the index, and the positions of the rows (re)indexed.
    Changed(Vec<Row>, Index, Vec<usize>),
}

/// Reads what changed since the copy `kept` (its record and index; none:
/// the copy is made) and applies it.
fn update(a: &mut Archive, copy: &Copy, kept: Option<(Record<'_>, Index)>) -> Result<Updated> {
    let shown = a.shown.clone();
    let err = |e: postgres::Error, doing: &str| super::connect::db_error(&e, &shown, doing);
    // One snapshot: the rows, their passages and what was deleted agree.
    let mut tx = a
        .client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(|e| err(e, "starting to read"))?;
    let xmin: String = tx
        .query_one("SELECT pg_snapshot_xmin(pg_current_snapshot())::text", &[])
        .map_err(|e| err(e, "reading the snapshot"))?
        .get(0);
    let since = kept.as_ref().map(|(s, _)| s.head.xmin);
    let gone = match since {
        Some(since) => gone_rows(&mut tx, &copy.outlets, since)
            .map_err(|e| err(e, "listing the deleted sources"))?,
        None => Vec::new(),
    };
    // Every document deleted at once (TRUNCATE): the copy is made again.
    let kept = match kept {
        Some(_) if gone.contains(&0) => {
            crate::timings::note(
                "archive: every source left the archive; the local index is made again",
            );
            None
        }
        kept => kept,
    };
    let since = kept.as_ref().map(|(s, _)| s.head.xmin);
    let Some(changed) = changed_rows(&mut tx, &copy.outlets, since)
        .map_err(|e| err(e, "listing the changed sources"))?
    else {
        return Ok(Updated::Foreign);
    };
    let (old, index) = match kept {
        Some((s, index)) if changed.is_empty() && gone.is_empty() => {
            note_copied(0, 0, s.len()?, 0);
            return Ok(Updated::Unchanged(index));
        }
        Some((s, index)) => (s.rows()?, index),
        None => (Vec::new(), create(&copy.dir.join("index"))?),
    };
    let fresh = old.is_empty();
    let (rows, synced, removed) = merge(old, changed, &gone);
    forget_documents(&copy.dir, fresh, synced.iter().map(|&i| &rows[i]))?;
    let passages = index_passages(&mut tx, &shown, &index, &rows, &synced, &removed)?;
    tx.commit().map_err(|e| err(e, "finishing reading"))?;
    note_copied(synced.len(), passages, rows.len(), removed.len());
    let state = State {
        format: FORMAT,
        archive: &copy.archive,
        juxta: &copy.juxta,
        outlets: &copy.outlets,
        xmin: &xmin,
        rows: chunks(&rows)?,
    };
    let bytes = state.bytes()?;
    crate::fs::write_cache(&copy.dir.join(STATE), &bytes)?;
    Ok(Updated::Changed(rows, index, synced))
}

/// The folder of the documents the builds read whole, kept beside the
/// copy's index so that the next build reads them from disk.
pub(crate) fn documents(project: &Project) -> std::path::PathBuf {
    dir(project).join("docs")
}

/// The file of the document with key `key` in the folder `docs`.
pub(crate) fn document_file(docs: &Path, key: u64) -> std::path::PathBuf {
    docs.join(format!("{:02x}", key >> 56))
        .join(format!("{key:016x}.json"))
}

/// Removes the kept documents of `rows` (the archive wrote them again:
/// another juxta may have read the same bytes otherwise, under the same
/// key), or all of them when the copy is made anew.
fn forget_documents<'r>(dir: &Path, all: bool, rows: impl Iterator<Item = &'r Row>) -> Result<()> {
    let docs = dir.join("docs");
    if all {
        if docs.exists() {
            std::fs::remove_dir_all(&docs).map_err(|e| Error::io("cannot clear", &docs, &e))?;
        }
        return Ok(());
    }
    for r in rows {
        let f = document_file(&docs, r.key);
        match std::fs::remove_file(&f) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(Error::io("cannot remove", &f, &e));
            }
            _ => {}
        }
    }
    Ok(())
}

/// The archive's identity: when its schema was first made.
fn identity(a: &mut Archive) -> Result<String> {
    Ok(a.client
        .query_one(
            "SELECT applied_at::text FROM juxta_schema_version WHERE version = 1",
            &[],
        )
        .map_err(|e| a.err(&e, "reading the schema version"))?
        .get(0))
}

/// The copy's index in `dir`, when it opens whole with this juxta's schema.
fn open(dir: &Path) -> Option<Index> {
    let index = crate::corpus::open_checked(dir, false).ok()?;
    (index.schema() == crate::corpus::schema().0).then_some(index)
}

/// A new, empty index in `dir` (what was there is removed).
fn create(dir: &Path) -> Result<Index> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| Error::io("cannot clear", dir, &e))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, &e))?;
    let index =
        Index::create_in_dir(dir, crate::corpus::schema().0).map_err(crate::corpus::tantivy_err)?;
    crate::corpus::register(&index);
    Ok(index)
}

/// The ids of the documents of `outlets` deleted by transaction `since` or
/// later; 0 when every document was (TRUNCATE).
fn gone_rows(
    tx: &mut postgres::Transaction<'_>,
    outlets: &[String],
    since: &str,
) -> std::result::Result<Vec<i64>, postgres::Error> {
    let rows = tx.query(
        "SELECT id FROM juxta_document_gone \
         WHERE changed >= $2::text::xid8 AND (outlet = ANY($1) OR id = 0)",
        &[&outlets, &since],
    )?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// The documents of `outlets` written by transaction `since` or later (all
/// of them without `since`); none when one's entry is in another juxta's
/// form.
fn changed_rows(
    tx: &mut postgres::Transaction<'_>,
    outlets: &[String],
    since: Option<&str>,
) -> std::result::Result<Option<Vec<Row>>, postgres::Error> {
    let own = super::push::ENTRY_FORMAT;
    let sql = "SELECT id, outlet, path, sha256, language, \
                      CASE WHEN entry_format = $2 THEN entry_bin END, changed::text \
               FROM juxta_document WHERE outlet = ANY($1)";
    let mut it = match since {
        None => tx.query_raw(
            sql,
            [&outlets as &(dyn postgres::types::ToSql + Sync), &own],
        )?,
        Some(since) => tx.query_raw(
            &format!("{sql} AND changed >= $3::text::xid8"),
            [
                &outlets as &(dyn postgres::types::ToSql + Sync),
                &own,
                &since,
            ],
        )?,
    };
    let mut rows = Vec::new();
    while let Some(r) = it.next()? {
        let Some(entry) = r.get::<_, Option<Vec<u8>>>(5) else {
            return Ok(None);
        };
        let (path, sha): (String, String) = (r.get(2), r.get(3));
        rows.push(Row {
            id: r.get(0),
            outlet: r.get(1),
            key: super::load::key(&path, &sha),
            path,
            sha,
            language: r.get(4),
            entry,
            changed: r.get(6),
        });
    }
    Ok(Some(rows))
}

/// The copy's rows `old` with `changed` put in and `gone` taken out: a row
/// of the same id replaced, a row of the same path and another id dropped
/// (it left the archive and another took its path), the others added; in
/// path order. Gives the rows, the positions of those to (re)index (the
/// changed rows that differ from what the copy held), and the paths of the
/// rows dropped.
fn merge(
    old: Vec<RowRef<'_>>,
    changed: Vec<Row>,
    gone: &[i64],
) -> (Vec<Row>, Vec<usize>, Vec<String>) {
    let gone: std::collections::HashSet<i64> = gone.iter().copied().collect();
    let by_id: HashMap<i64, usize> = (changed.iter().enumerate())
        .map(|(i, r)| (r.id, i))
        .collect();
    let by_path: std::collections::HashSet<(&str, &str)> = (changed.iter())
        .map(|r| (r.outlet.as_str(), r.path.as_str()))
        .collect();
    let mut fresh: Vec<bool> = Vec::with_capacity(old.len() + changed.len());
    let mut rows: Vec<Row> = Vec::with_capacity(old.len() + changed.len());
    let mut taken = vec![false; changed.len()];
    let mut removed = Vec::new();
    for r in old {
        match by_id.get(&r.id) {
            Some(&i) => {
                taken[i] = true;
                fresh.push(changed[i].as_ref() != r);
                rows.push(changed[i].clone());
            }
            None if gone.contains(&r.id) || by_path.contains(&(r.outlet, r.path)) => {
                removed.push(r.path.to_string());
            }
            None => {
                fresh.push(false);
                rows.push(r.to_row());
            }
        }
    }
    for (r, taken) in changed.into_iter().zip(taken) {
        if !taken {
            fresh.push(true);
            rows.push(r);
        }
    }
    let mut order: Vec<usize> = (0..rows.len()).collect();
    // Kept in order when no row was added (sorting a million paths again
    // would take most of an update that changed little).
    if !rows
        .windows(2)
        .all(|w| w[0].as_ref().order() <= w[1].as_ref().order())
    {
        order.sort_by(|&x, &y| rows[x].as_ref().order().cmp(&rows[y].as_ref().order()));
    }
    let synced = (order.iter().enumerate())
        .filter(|&(_, &i)| fresh[i])
        .map(|(at, _)| at)
        .collect();
    let mut slots: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
    let rows = order.iter().filter_map(|&i| slots[i].take()).collect();
    (rows, synced, removed)
}

/// Indexes the passages of `rows[synced]`, read in batches, after taking
/// out what the index held of their paths and of the paths `removed`.
/// Gives how many were indexed.
fn index_passages(
    tx: &mut postgres::Transaction<'_>,
    shown: &str,
    index: &Index,
    rows: &[Row],
    synced: &[usize],
    removed: &[String],
) -> Result<usize> {
    if synced.is_empty() && removed.is_empty() {
        return Ok(0);
    }
    let fields = crate::corpus::schema().1;
    use crate::corpus::tantivy_err;
    let threads = crate::corpus::writer_threads();
    let mut writer: tantivy::IndexWriter = index
        .writer_with_num_threads(threads, 256_000_000)
        .map_err(tantivy_err)?;
    let paths =
        (synced.iter().map(|&i| rows[i].path.as_str())).chain(removed.iter().map(String::as_str));
    for path in paths {
        writer.delete_term(tantivy::Term::from_field_text(fields.path, path));
    }
    let mut passages = 0;
    for batch in synced.chunks(BATCH) {
        let mut of: HashMap<i64, (&Row, Option<std::sync::Arc<str>>)> =
            HashMap::with_capacity(batch.len());
        for &i in batch {
            let r = &rows[i];
            let entry: Entry = postcard::from_bytes(&r.entry).map_err(|e| {
                Error::build(format!(
                    "the archive's entry of {} does not parse: {e}",
                    r.path
                ))
            })?;
            of.insert(r.id, (r, entry.language));
        }
        let ids: Vec<i64> = of.keys().copied().collect();
        let texts = read_passages(tx, &ids)
            .map_err(|e| super::connect::db_error(&e, shown, "reading the passages"))?;
        for (id, texts) in texts {
            let Some((r, language)) = of.get(&id) else {
                continue;
            };
            let doc = (
                r.path.as_str(),
                Some(r.outlet.as_str()),
                language.as_deref(),
                r.key,
            );
            let texts = texts.iter().map(|(p, t)| (*p, t.as_str()));
            passages += crate::corpus::add_texts(&writer, &fields, doc, texts)?;
        }
    }
    writer.commit().map_err(tantivy_err)?;
    writer.wait_merging_threads().map_err(tantivy_err)?;
    Ok(passages)
}

/// Per document (its row id), its passages (paragraph index, text).
type DocPassages = Vec<(i64, Vec<(usize, String)>)>;

/// The passages of the documents `ids`, per document.
fn read_passages(
    tx: &mut postgres::Transaction<'_>,
    ids: &[i64],
) -> std::result::Result<DocPassages, postgres::Error> {
    let rows = tx.query(
        "SELECT document, para, text FROM juxta_passage WHERE document = ANY($1) \
         ORDER BY document, para",
        &[&ids],
    )?;
    let mut out: DocPassages = Vec::new();
    for r in rows {
        let id: i64 = r.get(0);
        let para: i32 = r.get(1);
        if out.last().is_none_or(|(last, _)| *last != id) {
            out.push((id, Vec::new()));
        }
        if let Some((_, v)) = out.last_mut() {
            v.push((para.max(0) as usize, r.get(2)));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, path: &str, sha: &str) -> Row {
        Row {
            id,
            outlet: "o".into(),
            path: path.into(),
            sha: sha.into(),
            key: crate::archive::load::key(path, sha),
            language: None,
            entry: vec![1, 2],
            changed: Some("7".into()),
        }
    }

    fn refs(rows: &[Row]) -> Vec<RowRef<'_>> {
        rows.iter().map(Row::as_ref).collect()
    }

    #[test]
    fn changed_rows_replace_by_id_and_come_in_path_order() {
        let old = vec![row(1, "a", "x"), row(2, "c", "x"), row(3, "e", "x")];
        // 2 changed, 1 read again unchanged, 4 new between them.
        let changed = vec![row(2, "c", "y"), row(1, "a", "x"), row(4, "b", "x")];
        let (rows, synced, removed) = merge(refs(&old), changed, &[]);
        let paths: Vec<&str> = rows.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(paths, ["a", "b", "c", "e"]);
        assert_eq!(rows[2].sha, "y");
        // Only what differs is indexed again: b (new) and c (changed).
        assert_eq!(synced, [1, 2]);
        assert!(removed.is_empty());
    }

    #[test]
    fn a_row_written_again_is_indexed_again_even_with_the_same_bytes() {
        let old = vec![row(1, "a", "x")];
        let mut again = row(1, "a", "x");
        again.changed = Some("9".into());
        let (_, synced, _) = merge(refs(&old), vec![again], &[]);
        assert_eq!(synced, [0]);
    }

    #[test]
    fn a_path_taken_by_another_row_drops_the_old_one() {
        // Row 1 was deleted and its path pushed again as row 5.
        let old = vec![row(1, "a", "x"), row(2, "b", "x")];
        let (rows, synced, removed) = merge(refs(&old), vec![row(5, "a", "x")], &[1]);
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        assert_eq!(ids, [5, 2]);
        assert_eq!(synced, [0]);
        assert_eq!(removed, ["a"]);
    }

    #[test]
    fn deleted_rows_leave_and_nothing_is_indexed() {
        let old = vec![row(1, "a", "x"), row(2, "b", "x"), row(3, "c", "x")];
        // Another outlet's deletion (id 7) is not the copy's.
        let (rows, synced, removed) = merge(refs(&old), Vec::new(), &[2, 7]);
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        assert_eq!(ids, [1, 3]);
        assert!(synced.is_empty());
        assert_eq!(removed, ["b"]);
    }

    #[test]
    fn nothing_changed_indexes_nothing() {
        let old = vec![row(1, "a", "x"), row(2, "b", "x")];
        let (rows, synced, removed) = merge(refs(&old), Vec::new(), &[]);
        assert_eq!(rows, old);
        assert!(synced.is_empty() && removed.is_empty());
    }

    #[test]
    fn the_record_reads_back_borrowed() {
        // More than one run of rows, the last one short.
        let rows: Vec<Row> = (0..CHUNK as i64 * 2 + 3)
            .map(|i| row(i, &format!("p{i:06}"), "x"))
            .collect();
        let outlets = vec!["o".to_string()];
        let state = State {
            format: FORMAT,
            archive: "2026-12-03",
            juxta: "j",
            outlets: &outlets,
            xmin: "42",
            rows: chunks(&rows).unwrap(),
        };
        assert_eq!(state.rows.len(), 3);
        let bytes = state.bytes().unwrap();
        let back = Record::read(&bytes).unwrap();
        assert_eq!(back.len().unwrap(), rows.len());
        assert_eq!(back.rows().unwrap(), refs(&rows));
        // No rows: no runs.
        let none = State {
            rows: chunks(&[]).unwrap(),
            ..state
        };
        let bytes = none.bytes().unwrap();
        assert_eq!(Record::read(&bytes).unwrap().len().unwrap(), 0);
        assert_eq!((back.head.xmin, back.head.outlets), ("42", vec!["o"]));
    }
}
