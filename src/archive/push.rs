//! `juxta archive push`: the project's sources into the archive.
//!
//! Each source is one row of `juxta_document`, keyed by (outlet, path);
//! its bytes (and sidecar) go to `juxta_raw` keyed by their sha256, its
//! passages to `juxta_passage`, its URL and hash to `juxta_snapshot`.
//! Every write is an upsert (`INSERT … ON CONFLICT`), so a push run twice,
//! or from several machines at once, leaves one row per source: a row is
//! rewritten only when its bytes or the juxta that read them changed, and
//! sources are written in path order so that concurrent pushes wait for
//! each other instead of deadlocking. A push adds and updates; it never
//! deletes what others pushed.

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::Archive;
use crate::config::Project;
use crate::corpus::{Entry, Scan};
use crate::error::{Error, Result};
use crate::fs::SourceFile;
use crate::ingest::{self, Document};

/// The form of `entry_bin`: an entry as postcard bytes. Bump the last
/// number when [`Entry`]'s fields change (a unit test pins the bytes of one
/// entry): a build reads the binary form only when it is its own, else the
/// JSON.
pub(crate) const ENTRY_FORMAT: &str = concat!("juxta ", env!("CARGO_PKG_VERSION"), " entry 1");

/// Sources ingested and written per transaction.
const BATCH: usize = 256;

/// What a push did.
#[derive(Debug, Default, Serialize)]
pub(crate) struct PushReport {
    /// Sources in the project.
    pub(crate) sources: usize,
    /// Sources written (new or changed).
    pub(crate) written: usize,
    /// Sources the archive already held as they are.
    pub(crate) unchanged: usize,
    /// Passages written.
    pub(crate) passages: usize,
    /// Schema migrations applied first.
    pub(crate) migrated: Vec<i32>,
}

/// The statement that upserts a document: a row that holds the same bytes
/// read by the same juxta is left alone (nothing returned).
const UPSERT_DOCUMENT: &str = "
INSERT INTO juxta_document (outlet, path, url, sha256, raw_sha256, published, retrieved,
    language, title, provenance, entry, document, ingested_by, entry_bin, entry_format)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
ON CONFLICT (outlet, path) DO UPDATE SET
    url = EXCLUDED.url, sha256 = EXCLUDED.sha256, raw_sha256 = EXCLUDED.raw_sha256,
    published = EXCLUDED.published, retrieved = EXCLUDED.retrieved,
    language = EXCLUDED.language, title = EXCLUDED.title,
    provenance = EXCLUDED.provenance, entry = EXCLUDED.entry,
    document = EXCLUDED.document, ingested_by = EXCLUDED.ingested_by,
    entry_bin = EXCLUDED.entry_bin, entry_format = EXCLUDED.entry_format, pushed_at = now()
WHERE juxta_document.sha256 IS DISTINCT FROM EXCLUDED.sha256
   OR juxta_document.ingested_by IS DISTINCT FROM EXCLUDED.ingested_by
RETURNING id";

/// The changes to the statistics of BM25 made in this transaction, summed
/// into `juxta_term_df` and `juxta_outlet_stats` at its end in one
/// statement each, in key order (so that concurrent pushes lock the same
/// rows in the same order and wait instead of deadlocking). A row with no
/// term counts passages and tokens.
const DELTA_TABLE: &str = "
CREATE TEMP TABLE IF NOT EXISTS juxta_delta (
    outlet text NOT NULL, term text, n bigint NOT NULL, tokens bigint NOT NULL
) ON COMMIT DELETE ROWS";

/// Deletes a document's passages, taking their words out of the statistics
/// (passages pushed before schema 2 were never counted).
const DELETE_PASSAGES: &str = "
WITH gone AS (DELETE FROM juxta_passage WHERE document = $1 RETURNING stems, tokens)
INSERT INTO juxta_delta (outlet, term, n, tokens)
SELECT $2, u.lexeme, -count(*), 0 FROM gone, unnest(gone.stems) AS u GROUP BY u.lexeme
UNION ALL
SELECT $2, NULL, -count(*), -coalesce(sum(tokens), 0) FROM gone WHERE stems IS NOT NULL";

/// Inserts a document's passages, adding their words to the statistics.
const INSERT_PASSAGES: &str = "
WITH added AS (
    INSERT INTO juxta_passage (document, para, lang, text, tsv, stems, folded, tokens, whole)
    SELECT $1, u.para, $2, u.text, to_tsvector($3::text::regconfig, u.text),
           u.stems::tsvector, u.folded::tsvector, u.tokens, u.whole
    FROM unnest($4::int4[], $5::text[], $6::text[], $7::text[], $8::int4[], $9::bool[])
        AS u(para, text, stems, folded, tokens, whole)
    RETURNING stems, tokens
)
INSERT INTO juxta_delta (outlet, term, n, tokens)
SELECT $10, u.lexeme, count(*), 0 FROM added, unnest(added.stems) AS u GROUP BY u.lexeme
UNION ALL
SELECT $10, NULL, count(*), coalesce(sum(tokens), 0) FROM added";

/// Sums this transaction's changes into the statistics.
const APPLY_DELTA: &str = "
INSERT INTO juxta_term_df (outlet, term, df)
SELECT outlet, term, sum(n) FROM juxta_delta WHERE term IS NOT NULL
GROUP BY outlet, term HAVING sum(n) <> 0 ORDER BY outlet, term
ON CONFLICT (outlet, term) DO UPDATE SET df = juxta_term_df.df + EXCLUDED.df;
INSERT INTO juxta_outlet_stats (outlet, passages, tokens)
SELECT outlet, sum(n), sum(tokens) FROM juxta_delta WHERE term IS NULL
GROUP BY outlet HAVING sum(n) <> 0 OR sum(tokens) <> 0 ORDER BY outlet
ON CONFLICT (outlet) DO UPDATE SET passages = juxta_outlet_stats.passages + EXCLUDED.passages,
    tokens = juxta_outlet_stats.tokens + EXCLUDED.tokens;
DELETE FROM juxta_delta";

const INSERT_RAW: &str = "
INSERT INTO juxta_raw (sha256, bytes, sidecar) VALUES ($1, $2, $3)
ON CONFLICT (sha256) DO NOTHING";

const INSERT_SNAPSHOT: &str = "
INSERT INTO juxta_snapshot (url, sha256, outlet, path) VALUES ($1, $2, $3, $4)
ON CONFLICT (url, sha256) DO NOTHING";

/// What identifies how a source was read besides its bytes: the juxta
/// build and the outlet's name and domains.
fn ingested_by(project: &Project, outlet: &str) -> String {
    let mut h = Sha256::new();
    h.update(ingest::build_identity().as_bytes());
    if let Some(o) = project.outlet(outlet) {
        for part in [&o.id, &o.name, &o.domains.join(",")] {
            h.update([0]);
            h.update(part.as_bytes());
        }
    }
    ingest::hex(&h.finalize())
}

/// Pushes every source of the project (migrating the schema first).
pub(crate) fn push(a: &mut Archive, project: &Project) -> Result<PushReport> {
    let migrated = super::schema::migrate(a)?;
    let scan = Scan::new(project)?;
    push_files(a, project, &scan.files, &scan.shas, migrated)
}

/// Pushes the articles a fetch stored (raw bytes and sidecar included)
/// and records each fetched URL in `juxta_fetch_state`.
pub(crate) fn fetched(
    a: &mut Archive,
    project: &Project,
    outcomes: &[crate::fetch::Outcome],
) -> Result<PushReport> {
    use crate::fetch::{Kind, Status};
    let migrated = super::schema::migrate(a)?;
    let stored: Vec<&crate::fetch::Outcome> = outcomes
        .iter()
        .filter(|o| o.kind == Kind::Article && o.status == Status::Fetched && o.path.is_some())
        .collect();
    let paths: std::collections::HashSet<&str> =
        stored.iter().filter_map(|o| o.path.as_deref()).collect();
    let (all, _) = crate::fs::discover(project)?;
    let files: Vec<SourceFile> = all
        .into_iter()
        .filter(|f| paths.contains(f.display.as_str()))
        .collect();
    let shas: Vec<crate::corpus::Sha> = files
        .iter()
        .map(|f| crate::corpus::source_sha(&f.path))
        .collect();
    let report = push_files(a, project, &files, &shas, migrated)?;
    for o in stored {
        let path = o.path.as_deref().unwrap_or_default();
        a.client
            .execute(
                "INSERT INTO juxta_fetch_state (outlet, url, path) VALUES ($1, $2, $3) \
                 ON CONFLICT (outlet, url) DO UPDATE SET path = EXCLUDED.path, fetched_at = now()",
                &[&o.outlet, &o.url, &path],
            )
            .map_err(|e| a.err(&e, "recording the fetch"))?;
    }
    Ok(report)
}

/// Pushes the sources `files`, whose hashes are `shas`.
pub(crate) fn push_files(
    a: &mut Archive,
    project: &Project,
    files: &[SourceFile],
    shas: &[crate::corpus::Sha],
    migrated: Vec<i32>,
) -> Result<PushReport> {
    let mut report = PushReport {
        sources: files.len(),
        migrated,
        ..Default::default()
    };
    let held = held(a)?;
    let todo: Vec<usize> = (0..files.len())
        .filter(|&i| {
            held.get(&(files[i].outlet.to_string(), files[i].display.clone()))
                != Some(&(shas[i].hex(), ingested_by(project, &files[i].outlet)))
        })
        .collect();
    report.unchanged = files.len() - todo.len();
    let docs_dir = project.root.join(".juxta").join("docs");
    crate::fs::confine(&project.root, &docs_dir)?;
    // Batches are read on one thread while two connections write them:
    // reading uses the cores, a connection's writing one server process.
    let mut second = if todo.len() > BATCH {
        Some(a.another()?)
    } else {
        None
    };
    let (send, receive) = std::sync::mpsc::sync_channel::<Result<Vec<Row>>>(2);
    let receive = std::sync::Mutex::new(receive);
    let stop = std::sync::atomic::AtomicBool::new(false);
    let totals = std::sync::Mutex::new(&mut report);
    let writer = |a: &mut Archive| write_batches(a, &receive, &stop, &totals);
    let writer = &writer;
    std::thread::scope(|scope| {
        let (todo, docs_dir, stop) = (&todo, &docs_dir, &stop);
        scope.spawn(move || {
            for chunk in todo.chunks(BATCH) {
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                let rows = read_batch(project, files, shas, chunk, docs_dir);
                if send.send(rows).is_err() {
                    break;
                }
            }
        });
        let other = second.as_mut().map(|b| scope.spawn(move || writer(b)));
        let mine = writer(a);
        let theirs = match other.map(|h| h.join()) {
            Some(Ok(r)) => r,
            Some(Err(_)) => Err(Error::build("a push's writer panicked")),
            None => Ok(()),
        };
        mine.and(theirs)
    })?;
    Ok(report)
}

/// Batches read by one thread, to write through `a` until the channel
/// closes (its share of them: another connection may take the others).
/// After an error, or when another writer failed (`stop`), the batches
/// left are taken and dropped, so that the reader is never left waiting.
fn write_batches(
    a: &mut Archive,
    receive: &std::sync::Mutex<std::sync::mpsc::Receiver<Result<Vec<Row>>>>,
    stop: &std::sync::atomic::AtomicBool,
    totals: &std::sync::Mutex<&mut PushReport>,
) -> Result<()> {
    use std::sync::atomic::Ordering::Relaxed;
    let mut failed = None;
    loop {
        let next = match receive.lock() {
            Ok(r) => r.recv(),
            Err(_) => return Err(Error::build("a push's writer panicked")),
        };
        // The channel closes when every batch was read.
        let Ok(rows) = next else { break };
        if failed.is_some() || stop.load(Relaxed) {
            continue;
        }
        match rows.and_then(|rows| write_batch_retrying(a, &rows).map(|w| (w, rows.len()))) {
            Ok(((written, passages), n)) => {
                if let Ok(mut t) = totals.lock() {
                    t.written += written;
                    t.unchanged += n - written;
                    t.passages += passages;
                }
            }
            Err(e) => {
                stop.store(true, Relaxed);
                failed = Some(e);
            }
        }
    }
    failed.map_or(Ok(()), Err)
}

/// [`write_batch`], run again (up to five times) when the server chose it
/// as the victim of a deadlock or a serialization failure: two writers that
/// meet the same raw bytes or URL in opposite orders.
fn write_batch_retrying(a: &mut Archive, rows: &[Row]) -> Result<(usize, usize)> {
    let mut tries = 0;
    loop {
        match write_batch(a, rows) {
            Err(Retry::Again(_)) if tries < 5 => tries += 1,
            Err(Retry::Again(e) | Retry::Fail(e)) => return Err(e),
            Ok(done) => return Ok(done),
        }
    }
}

/// The error `e` of a push to `shown` while `doing`: worth another try
/// when the server chose the transaction as a deadlock's victim.
fn retry_error(e: &postgres::Error, shown: &str, doing: &str) -> Retry {
    use postgres::error::SqlState;
    let again = e.code().is_some_and(|c| {
        *c == SqlState::T_R_DEADLOCK_DETECTED || *c == SqlState::T_R_SERIALIZATION_FAILURE
    });
    let e = super::connect::db_error(e, shown, doing);
    if again {
        Retry::Again(e)
    } else {
        Retry::Fail(e)
    }
}

/// An error of [`write_batch`]: worth another try, or not.
enum Retry {
    Again(Error),
    Fail(Error),
}

/// The sources `chunk` (indices into `files`) ingested into rows.
fn read_batch(
    project: &Project,
    files: &[SourceFile],
    shas: &[crate::corpus::Sha],
    chunk: &[usize],
    docs_dir: &std::path::Path,
) -> Result<Vec<Row>> {
    use rayon::prelude::*;
    let batch: Vec<SourceFile> = chunk.iter().map(|&i| files[i].clone()).collect();
    let docs = crate::corpus::ingest_all_with(
        project,
        &batch,
        Some(ingest::DocCache {
            dir: docs_dir,
            write: true,
        }),
        crate::corpus::threads(),
    )?;
    (chunk.par_iter().zip(docs.into_par_iter()))
        .map(|(&i, d)| Row::new(project, &files[i], &shas[i].hex(), d))
        .collect()
}

/// What the archive holds: (outlet, path) → (sha256, ingested_by).
fn held(a: &mut Archive) -> Result<std::collections::HashMap<(String, String), (String, String)>> {
    let rows = a
        .client
        .query(
            "SELECT outlet, path, sha256, ingested_by FROM juxta_document",
            &[],
        )
        .map_err(|e| a.err(&e, "reading what the archive holds"))?;
    Ok(rows
        .iter()
        .map(|r| ((r.get(0), r.get(1)), (r.get(2), r.get(3))))
        .collect())
}

/// One source ready to be written.
pub(crate) struct Row {
    outlet: String,
    path: String,
    sha: String,
    raw_sha: String,
    raw: Vec<u8>,
    sidecar: Option<Vec<u8>>,
    ingested_by: String,
    entry: serde_json::Value,
    /// The entry in this juxta's binary form.
    entry_bin: Vec<u8>,
    provenance: serde_json::Value,
    document: serde_json::Value,
    doc: Document,
    /// The analysis language of its passages.
    lang: String,
    /// Its passages: paragraph index, text, and their words.
    passages: Vec<(i32, super::terms::Analyzed)>,
}

impl Row {
    /// The row of source `f` (hash `sha`), ingested as `doc`.
    pub(crate) fn new(project: &Project, f: &SourceFile, sha: &str, doc: Document) -> Result<Row> {
        let raw = crate::fs::read_regular(&f.path, ingest::MAX_SOURCE_BYTES)
            .map_err(|e| Error::io("cannot read", &f.path, &e))?;
        let sidecar = crate::fs::read_regular(
            &ingest::frontmatter::sidecar_path(&f.path),
            ingest::MAX_SOURCE_BYTES,
        )
        .ok();
        let json = |v: Result<serde_json::Value, serde_json::Error>| {
            v.map_err(|e| Error::build(format!("cannot serialize {}: {e}", f.display)))
        };
        let lang = crate::analysis::analysis_language(doc.language.as_deref()).to_string();
        let mut analyzers = super::terms::Analyzers::of(&lang);
        let passages = doc
            .passages()
            .map(|(pi, p)| Ok((pi as i32, analyzers.analyze(&p.text, &f.display)?)))
            .collect::<Result<_>>()?;
        Ok(Row {
            lang,
            passages,
            outlet: f.outlet.to_string(),
            path: f.display.clone(),
            sha: sha.to_string(),
            raw_sha: ingest::hex(&Sha256::digest(&raw)),
            raw,
            sidecar,
            ingested_by: ingested_by(project, &f.outlet),
            entry: json(serde_json::to_value(Entry::of_document(&doc)))?,
            entry_bin: postcard::to_allocvec(&Entry::of_document(&doc))
                .map_err(|e| Error::build(format!("cannot serialize {}: {e}", f.display)))?,
            provenance: json(serde_json::to_value(&doc.provenance))?,
            document: json(serde_json::to_value(&doc))?,
            doc,
        })
    }
}

/// Writes `rows` in one transaction: gives how many were written (the
/// others were held as they are) and their passages.
fn write_batch(a: &mut Archive, rows: &[Row]) -> std::result::Result<(usize, usize), Retry> {
    let shown = a.shown.clone();
    let err = |e: postgres::Error, doing: &str| retry_error(&e, &shown, doing);
    let mut tx = a
        .client
        .transaction()
        .map_err(|e| err(e, "starting a push"))?;
    tx.batch_execute(DELTA_TABLE)
        .map_err(|e| err(e, "preparing the push"))?;
    let upsert = tx
        .prepare(UPSERT_DOCUMENT)
        .map_err(|e| err(e, "preparing the push"))?;
    let (mut written, mut passages) = (0, 0);
    for r in rows {
        let doing = format!("writing {}", r.path);
        tx.execute(INSERT_RAW, &[&r.raw_sha, &r.raw, &r.sidecar])
            .map_err(|e| err(e, &doing))?;
        let d = &r.doc;
        let id: Option<i64> = tx
            .query_opt(
                &upsert,
                &[
                    &r.outlet,
                    &r.path,
                    &d.url,
                    &r.sha,
                    &r.raw_sha,
                    &d.date,
                    &d.retrieved,
                    &d.language,
                    &d.title,
                    &r.provenance,
                    &r.entry,
                    &r.document,
                    &r.ingested_by,
                    &r.entry_bin,
                    &ENTRY_FORMAT,
                ],
            )
            .map_err(|e| err(e, &doing))?
            .map(|row| row.get(0));
        if let Some(url) = &d.url {
            tx.execute(INSERT_SNAPSHOT, &[url, &r.raw_sha, &r.outlet, &r.path])
                .map_err(|e| err(e, &doing))?;
        }
        let Some(id) = id else { continue };
        written += 1;
        tx.execute(DELETE_PASSAGES, &[&id, &r.outlet])
            .map_err(|e| err(e, &doing))?;
        let texts: Vec<&str> = d.passages().map(|(_, p)| p.text.as_str()).collect();
        let paras: Vec<i32> = r.passages.iter().map(|(pi, _)| *pi).collect();
        let stems: Vec<&str> = r.passages.iter().map(|(_, a)| a.stems.as_str()).collect();
        let folded: Vec<&str> = r.passages.iter().map(|(_, a)| a.folded.as_str()).collect();
        let tokens: Vec<i32> = r.passages.iter().map(|(_, a)| a.tokens).collect();
        let whole: Vec<bool> = r.passages.iter().map(|(_, a)| a.whole).collect();
        let config = super::ts_config(&r.lang);
        tx.execute(
            INSERT_PASSAGES,
            &[
                &id, &r.lang, &config, &paras, &texts, &stems, &folded, &tokens, &whole, &r.outlet,
            ],
        )
        .map_err(|e| err(e, &doing))?;
        passages += paras.len();
    }
    tx.batch_execute(APPLY_DELTA)
        .map_err(|e| err(e, "counting the words of the push"))?;
    tx.commit().map_err(|e| err(e, "committing the push"))?;
    Ok((written, passages))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails when [`Entry`]'s binary form changes: then bump the number in
    /// [`ENTRY_FORMAT`] and write the new bytes here.
    #[test]
    fn the_binary_form_of_an_entry_is_pinned_to_its_format() {
        let e = Entry::for_test(
            "sources/a/b.txt",
            Some("a"),
            chrono::NaiveDate::from_ymd_opt(2023, 9, 19),
        );
        let hex: String = postcard::to_allocvec(&e)
            .unwrap()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            hex,
            "0f736f75726365732f612f622e747874010161010a323032332d30392d31390001187469746c65206f6620736f75726365732f612f622e74787400000000bdb9f6ccda9dcfd52e00",
            "bump ENTRY_FORMAT ({ENTRY_FORMAT})"
        );
    }
}
