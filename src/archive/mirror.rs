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
use crate::error::{Error, Result};

/// The copy's folder in the project's cache.
const DIR: &str = "archive";
/// The record of what the copy holds, beside its index.
const STATE: &str = "state.bin";
/// The record's format: a record of another format is made again.
const FORMAT: u32 = 1;
/// Documents whose passages one statement reads.
const BATCH: usize = 2_000;
/// The largest record read (1,000,000 sources take about 250 MB).
const LIMIT: u64 = 64 << 30;

/// What the copy holds, written after its index.
#[derive(Serialize, Deserialize)]
struct State {
    format: u32,
    /// The archive: when its schema was first made.
    archive: String,
    /// The juxta that indexed the passages ([`crate::ingest::build_identity`]).
    juxta: String,
    /// The outlets copied, sorted.
    outlets: Vec<String>,
    /// The oldest transaction running at the last update; none for a copy
    /// not yet made.
    xmin: Option<String>,
    /// The documents, in path order.
    rows: Vec<Row>,
}

/// One document of the archive as the copy holds it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub(crate) struct Row {
    pub(crate) id: i64,
    pub(crate) outlet: String,
    pub(crate) path: String,
    pub(crate) sha: String,
    /// The language as the archive records it.
    pub(crate) language: Option<String>,
    /// The entry, in this juxta's binary form.
    pub(crate) entry: Vec<u8>,
    /// The transaction that last wrote it: a row written again differs
    /// even when its bytes do not (another juxta may have read them).
    pub(crate) changed: Option<String>,
}

impl Row {
    /// The order of a scan of the archive: by path.
    fn order(&self) -> (&str, &str, &str, i64) {
        (&self.path, &self.outlet, &self.sha, self.id)
    }
}

/// The copy, up to date.
pub(crate) struct Mirror {
    /// The documents, in path order.
    pub(crate) rows: Vec<Row>,
    /// The index of their passages.
    pub(crate) index: Index,
    /// The positions in `rows` of the documents (re)indexed by this update.
    pub(crate) synced: Vec<usize>,
}

/// Whether the project has a copy (a build of a period then uses it).
pub(crate) fn exists(project: &Project) -> bool {
    project.root.join(".juxta").join(DIR).join(STATE).is_file()
}

/// Brings the project's copy up to date with the archive, making it when
/// there is none; none when the archive holds an entry in another juxta's
/// form, which only the archive's JSON gives (the build then reads its
/// candidates from the archive).
pub(crate) fn sync(a: &mut Archive, project: &Project) -> Result<Option<Mirror>> {
    let cache = project.root.join(".juxta");
    crate::fs::create_dir_in(&project.root, &cache, "the cache folder")?;
    let dir = cache.join(DIR);
    crate::fs::create_dir_in(&project.root, &dir, "the archive's local index")?;
    crate::fs::confine(&project.root, &dir.join("index"))?;
    crate::fs::confine(&project.root, &dir.join("docs"))?;
    let lock = crate::fs::lock_dir(&dir, "lock", "with .juxta/archive/")?;
    let t = std::time::Instant::now();
    let archive = identity(a)?;
    let mut outlets: Vec<String> = project.outlets.iter().map(|o| o.id.clone()).collect();
    outlets.sort();
    let juxta = crate::ingest::build_identity();
    let kept = read_state(&dir).filter(|s| {
        s.format == FORMAT && s.archive == archive && s.juxta == juxta && s.outlets == outlets
    });
    let opened = kept.and_then(|s| open(&dir.join("index")).map(|i| (s, i)));
    let t = crate::timings::lap("    archive: local index read", t);
    let (state, index) = match opened {
        Some(x) => x,
        None => {
            let state = State {
                format: FORMAT,
                archive,
                juxta,
                outlets,
                xmin: None,
                rows: Vec::new(),
            };
            (state, create(&dir.join("index"))?)
        }
    };
    let updated = update(a, &dir, state, index)?;
    if updated.is_some() {
        crate::timings::lap("  archive: local index brought up to date", t);
    }
    drop(lock);
    Ok(updated)
}

/// Reads what changed and applies it to the copy `(state, index)`.
fn update(
    a: &mut Archive,
    dir: &Path,
    mut state: State,
    mut index: Index,
) -> Result<Option<Mirror>> {
    let started = std::time::Instant::now();
    let shown = a.shown.clone();
    let err = |e: postgres::Error, doing: &str| super::connect::db_error(&e, &shown, doing);
    // One snapshot: the rows, their passages and their count agree.
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
    let total: i64 = tx
        .query_one(
            "SELECT count(*) FROM juxta_document WHERE outlet = ANY($1)",
            &[&state.outlets],
        )
        .map_err(|e| err(e, "counting the sources"))?
        .get(0);
    let t = crate::timings::lap("    archive: snapshot and count", started);
    let (rows, synced) = loop {
        let Some(changed) = changed_rows(&mut tx, &state.outlets, state.xmin.as_deref())
            .map_err(|e| err(e, "listing the changed sources"))?
        else {
            return Ok(None);
        };
        let (rows, synced) = merge(std::mem::take(&mut state.rows), changed);
        if rows.len() as i64 == total || state.xmin.is_none() {
            break (rows, synced);
        }
        // Rows left the archive: the copy is made again.
        crate::timings::note("archive: sources left the archive; the local index is made again");
        state.xmin = None;
        index = create(&dir.join("index"))?;
    };
    let t = crate::timings::lap("    archive: changed rows read and merged", t);
    forget_documents(dir, state.xmin.is_none(), synced.iter().map(|&i| &rows[i]))?;
    let passages = index_passages(&mut tx, &shown, &index, &rows, &synced)?;
    crate::timings::lap("    archive: changed passages indexed", t);
    tx.commit().map_err(|e| err(e, "finishing reading"))?;
    crate::timings::note(&format!(
        "archive: {} sources ({passages} passages) copied to the local index, {} held",
        synced.len(),
        rows.len()
    ));
    state.xmin = Some(xmin);
    state.rows = rows;
    if !synced.is_empty() || !dir.join(STATE).exists() {
        let bytes = postcard::to_stdvec(&state)
            .map_err(|e| Error::build(format!("cannot record the local index: {e}")))?;
        crate::fs::write_cache(&dir.join(STATE), &bytes)?;
    }
    crate::corpus::register(&index);
    Ok(Some(Mirror {
        rows: state.rows,
        index,
        synced,
    }))
}

/// The folder of the documents the builds read whole, kept beside the
/// copy's index so that the next build reads them from disk.
pub(crate) fn documents(project: &Project) -> std::path::PathBuf {
    project.root.join(".juxta").join(DIR).join("docs")
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
        let f = document_file(&docs, super::load::key(&r.path, &r.sha));
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

/// The record of the copy in `dir`; none when there is none or it does not
/// read (the copy is then made again).
fn read_state(dir: &Path) -> Option<State> {
    let bytes = crate::fs::read_own(&dir.join(STATE), LIMIT).ok()?;
    postcard::from_bytes(&bytes).ok()
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
    let index = Index::create_in_dir(dir, crate::corpus::schema().0)
        .map_err(|e| Error::build(format!("index error: {e}")))?;
    crate::corpus::register(&index);
    Ok(index)
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
        rows.push(Row {
            id: r.get(0),
            outlet: r.get(1),
            path: r.get(2),
            sha: r.get(3),
            language: r.get(4),
            entry,
            changed: r.get(6),
        });
    }
    Ok(Some(rows))
}

/// The copy's rows `old` with `changed` put in: a row of the same id
/// replaced, a row of the same path and another id dropped (it left the
/// archive and another took its path), the others added; in path order.
/// Gives the rows and the positions of those to (re)index: the changed rows
/// that differ from what the copy held.
fn merge(old: Vec<Row>, changed: Vec<Row>) -> (Vec<Row>, Vec<usize>) {
    let by_id: HashMap<i64, &Row> = changed.iter().map(|r| (r.id, r)).collect();
    let by_path: HashMap<(&str, &str), i64> = changed
        .iter()
        .map(|r| ((r.outlet.as_str(), r.path.as_str()), r.id))
        .collect();
    let mut fresh: Vec<bool> = Vec::with_capacity(old.len() + changed.len());
    let mut rows: Vec<Row> = Vec::with_capacity(old.len() + changed.len());
    let mut seen = std::collections::HashSet::new();
    for r in old {
        match by_id.get(&r.id) {
            Some(&new) => {
                seen.insert(r.id);
                fresh.push(*new != r);
                rows.push(new.clone());
            }
            None if by_path.contains_key(&(r.outlet.as_str(), r.path.as_str())) => {}
            None => {
                fresh.push(false);
                rows.push(r);
            }
        }
    }
    for r in changed {
        if !seen.contains(&r.id) {
            fresh.push(true);
            rows.push(r);
        }
    }
    let mut order: Vec<usize> = (0..rows.len()).collect();
    // Kept in order when no row was added (sorting a million paths again
    // would take most of an update that changed nothing).
    if !rows.windows(2).all(|w| w[0].order() <= w[1].order()) {
        order.sort_by(|&x, &y| rows[x].order().cmp(&rows[y].order()));
    }
    let synced = (order.iter().enumerate())
        .filter(|&(_, &i)| fresh[i])
        .map(|(at, _)| at)
        .collect();
    let mut slots: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
    let rows = order.iter().filter_map(|&i| slots[i].take()).collect();
    (rows, synced)
}

/// Indexes the passages of `rows[synced]`, read in batches, after taking
/// out what the index held of their paths. Gives how many were indexed.
fn index_passages(
    tx: &mut postgres::Transaction<'_>,
    shown: &str,
    index: &Index,
    rows: &[Row],
    synced: &[usize],
) -> Result<usize> {
    if synced.is_empty() {
        return Ok(0);
    }
    let fields = crate::corpus::schema().1;
    let tantivy_err = |e: tantivy::TantivyError| Error::build(format!("index error: {e}"));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let mut writer: tantivy::IndexWriter = index
        .writer_with_num_threads(threads, 256_000_000)
        .map_err(tantivy_err)?;
    for &i in synced {
        writer.delete_term(tantivy::Term::from_field_text(fields.path, &rows[i].path));
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
            let key = super::load::key(&r.path, &r.sha);
            let doc = (
                r.path.as_str(),
                Some(r.outlet.as_str()),
                language.as_deref(),
                key,
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
            language: None,
            entry: vec![1, 2],
            changed: Some("7".into()),
        }
    }

    #[test]
    fn changed_rows_replace_by_id_and_come_in_path_order() {
        let old = vec![row(1, "a", "x"), row(2, "c", "x"), row(3, "e", "x")];
        // 2 changed, 1 read again unchanged, 4 new between them.
        let changed = vec![row(2, "c", "y"), row(1, "a", "x"), row(4, "b", "x")];
        let (rows, synced) = merge(old, changed);
        let paths: Vec<&str> = rows.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(paths, ["a", "b", "c", "e"]);
        assert_eq!(rows[2].sha, "y");
        // Only what differs is indexed again: b (new) and c (changed).
        assert_eq!(synced, [1, 2]);
    }

    #[test]
    fn a_path_taken_by_another_row_drops_the_old_one() {
        // Row 1 was deleted and its path pushed again as row 5.
        let old = vec![row(1, "a", "x"), row(2, "b", "x")];
        let (rows, synced) = merge(old, vec![row(5, "a", "x")]);
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        assert_eq!(ids, [5, 2]);
        assert_eq!(synced, [0]);
    }

    #[test]
    fn nothing_changed_indexes_nothing() {
        let old = vec![row(1, "a", "x"), row(2, "b", "x")];
        let (rows, synced) = merge(old.clone(), Vec::new());
        assert_eq!(rows, old);
        assert!(synced.is_empty());
    }
}
