//! A build's sources read from the archive: the scan (paths, outlets and
//! hashes, for the build plan), then the corpus (entries and passages,
//! indexed in memory with the same schema and analyzers as the project's
//! cache, so that ranking and selection are the same as from a folder).
//! Whole documents are fetched only when an analysis or the briefing reads
//! them. Only reads: a build works with a read-only role.

use std::collections::HashMap;
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use super::Archive;
use crate::config::Project;
use crate::corpus::{Corpus, DocSource, Entry, Scan};
use crate::error::{Error, Result};
use crate::fs::SourceFile;
use crate::ingest::Document;

/// The project's sources as the archive holds them.
pub(crate) struct ArchiveScan {
    /// The scan, in path order.
    pub(crate) scan: Scan,
    /// Per source of the scan, its row id.
    ids: Vec<i64>,
}

/// The project's outlet ids.
fn outlet_ids(project: &Project) -> Vec<String> {
    project.outlets.iter().map(|o| o.id.clone()).collect()
}

/// Reads the paths, outlets and hashes of the project's outlets' sources.
pub(crate) fn scan(a: &mut Archive, project: &Project) -> Result<ArchiveScan> {
    super::schema::check(a)?;
    let rows = a
        .client
        .query(
            "SELECT id, outlet, path, sha256 FROM juxta_document WHERE outlet = ANY($1)",
            &[&outlet_ids(project)],
        )
        .map_err(|e| a.err(&e, "listing the sources"))?;
    let mut found: Vec<(String, String, String, i64)> = rows
        .iter()
        .map(|r| (r.get(2), r.get(1), r.get(3), r.get(0)))
        .collect();
    found.sort();
    let mut files = Vec::with_capacity(found.len());
    let mut shas = Vec::with_capacity(found.len());
    let mut ids = Vec::with_capacity(found.len());
    for (path, outlet, sha, id) in found {
        files.push(SourceFile {
            path: project.root.join(&path),
            display: path,
            outlet: crate::corpus::intern(&outlet),
            // Hashes come from the archive: no file is stamped.
            sidecar: false,
        });
        shas.push(crate::corpus::Sha::of_hex(&sha));
        ids.push(id);
    }
    Ok(ArchiveScan {
        scan: Scan::of(files, shas),
        ids,
    })
}

/// A key of one version of a source in the archive, unique per path and
/// bytes (the index's document key).
fn key(path: &str, sha: &str) -> u64 {
    let d = Sha256::digest(format!("{path}\0{sha}").as_bytes());
    u64::from_le_bytes(d[..8].try_into().unwrap_or([0; 8]))
}

/// The corpus of the scanned sources: their entries and passages, read
/// now; their documents, read when needed through the connection `a`.
pub(crate) fn corpus(mut a: Archive, s: &ArchiveScan) -> Result<Corpus> {
    let rows = a
        .client
        .query(
            "SELECT id, entry FROM juxta_document WHERE id = ANY($1)",
            &[&s.ids],
        )
        .map_err(|e| a.err(&e, "reading the sources"))?;
    let mut by_id: HashMap<i64, serde_json::Value> =
        rows.into_iter().map(|r| (r.get(0), r.get(1))).collect();
    let mut entries = Vec::with_capacity(s.ids.len());
    let mut index_of = HashMap::with_capacity(s.ids.len());
    for (i, (f, id)) in s.scan.files.iter().zip(&s.ids).enumerate() {
        let value = by_id.remove(id).ok_or_else(|| {
            Error::build(format!(
                "{} left the archive {} during the build",
                f.display, a.shown
            ))
            .hint("build again")
        })?;
        let mut e: Entry = serde_json::from_value(value).map_err(|e| {
            Error::build(format!(
                "the archive's entry of {} does not parse: {e}",
                f.display
            ))
            .hint("push the source again with this juxta (`juxta archive push`)")
        })?;
        e.key = key(&f.display, &s.scan.shas[i].hex());
        e.keep_fs_path(&f.path);
        entries.push(e);
        index_of.insert(*id, i);
    }
    let passages = passages(&mut a, &s.ids, &index_of)?;
    let ids: HashMap<String, i64> = s
        .scan
        .files
        .iter()
        .zip(&s.ids)
        .map(|(f, &id)| (f.display.clone(), id))
        .collect();
    let source = ArchiveDocs {
        archive: Mutex::new(a),
        ids,
    };
    Corpus::from_parts(entries, passages.into_iter().map(Ok), Box::new(source))
}

/// Per document (its index in the scan), its passages, in path order.
type Passages = Vec<(usize, Vec<(usize, String)>)>;

/// The passages of the documents `ids`, grouped per document in path order.
fn passages(a: &mut Archive, ids: &[i64], index_of: &HashMap<i64, usize>) -> Result<Passages> {
    use postgres::fallible_iterator::FallibleIterator;
    let shown = a.shown.clone();
    let err = |e: postgres::Error| super::connect::db_error(&e, &shown, "reading the passages");
    let mut out: Passages = Vec::with_capacity(ids.len());
    let mut it = a
        .client
        .query_raw(
            "SELECT p.document, p.para, p.text FROM juxta_passage p \
             WHERE p.document = ANY($1) ORDER BY p.document, p.para",
            [&ids as &(dyn postgres::types::ToSql + Sync)],
        )
        .map_err(err)?;
    let mut last = None;
    while let Some(row) = it.next().map_err(err)? {
        let doc: i64 = row.get(0);
        let para: i32 = row.get(1);
        let Some(&i) = index_of.get(&doc) else {
            continue;
        };
        if last != Some(doc) {
            out.push((i, Vec::new()));
            last = Some(doc);
        }
        if let Some((_, v)) = out.last_mut() {
            v.push((para.max(0) as usize, row.get(2)));
        }
    }
    // Indexed in path order, as a folder's sources are.
    out.sort_by_key(|(i, _)| *i);
    Ok(out)
}

/// Whole documents, fetched from the archive when the build reads them.
struct ArchiveDocs {
    archive: Mutex<Archive>,
    /// Path → row id.
    ids: HashMap<String, i64>,
}

impl DocSource for ArchiveDocs {
    fn fetch(&self, entries: &[&Entry]) -> Result<Vec<Document>> {
        let ids: Vec<i64> = entries
            .iter()
            .map(|e| self.ids.get(&e.path).copied().unwrap_or(-1))
            .collect();
        let mut a = self
            .archive
            .lock()
            .map_err(|_| Error::build("the archive connection was poisoned by a panic"))?;
        let rows = a
            .client
            .query(
                "SELECT id, document FROM juxta_document WHERE id = ANY($1)",
                &[&ids],
            )
            .map_err(|e| a.err(&e, "reading documents"))?;
        let by_id: HashMap<i64, serde_json::Value> =
            rows.into_iter().map(|r| (r.get(0), r.get(1))).collect();
        entries
            .iter()
            .zip(&ids)
            .map(|(e, id)| {
                let v = by_id.get(id).cloned().ok_or_else(|| {
                    Error::build(format!(
                        "{} left the archive {} during the build",
                        e.path, a.shown
                    ))
                })?;
                serde_json::from_value(v).map_err(|err| {
                    Error::build(format!(
                        "the archive's document {} does not parse: {err}",
                        e.path
                    ))
                    .hint("push the source again with this juxta (`juxta archive push`)")
                })
            })
            .collect()
    }
}
