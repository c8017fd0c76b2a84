//! A build's sources read from the archive: the scan (paths, outlets and
//! hashes, for the build plan), then the corpus (entries and passages,
//! indexed in memory with the same schema and analyzers as the project's
//! cache, so that ranking and selection are the same as from a folder).
//! Whole documents are fetched only when an analysis or the briefing reads
//! them. Only reads: a build works with a read-only role.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Mutex;

use chrono::NaiveDate;

use sha2::{Digest, Sha256};

use super::Archive;
use super::select::Cond;
use crate::config::{Project, Theme};
use crate::corpus::{Corpus, DocSource, Entry, OutletCounts, Scan};
use crate::error::{Error, Result};
use crate::fs::SourceFile;
use crate::ingest::Document;
use crate::query::Query;

/// The project's sources as the archive holds them.
pub(crate) struct ArchiveScan {
    /// The scan, in path order.
    pub(crate) scan: Scan,
    /// Per source of the scan, its row id.
    ids: Vec<i64>,
    /// The analysis languages of the sources.
    languages: BTreeSet<String>,
    /// Their entries, when all were read with the scan (taken by the
    /// corpus).
    entries: Mutex<Option<Vec<Entry>>>,
    /// The period whose sources were listed; none: every date.
    period: Span,
    /// The local copy of the archive's index, up to date, and the
    /// positions of the sources it (re)indexed now; none: the build reads
    /// its candidates from the archive.
    local: Mutex<Option<Local>>,
}

/// The local copy of the archive's index, the positions of the sources it
/// (re)indexed now, and its lock (held until the index is opened).
type Local = Box<(tantivy::Index, Vec<usize>, std::fs::File)>;

/// The project's outlet ids.
fn outlet_ids(project: &Project) -> Vec<String> {
    project.outlets.iter().map(|o| o.id.clone()).collect()
}

/// A source as listed: path, outlet, sha256, row id, and its entry's bytes
/// (in this juxta's form).
type ScanRow = (String, String, String, i64, Option<Vec<u8>>);

/// Reads the paths, outlets and hashes of the project's outlets' sources
/// in the union of the periods of `themes` (all of them when a theme reads
/// every date), and in the same pass their entries when this juxta pushed
/// them all (a build then reads the list of sources once).
pub(crate) fn scan(a: &mut Archive, project: &Project, themes: &[&Theme]) -> Result<ArchiveScan> {
    use postgres::fallible_iterator::FallibleIterator;
    use postgres::types::ToSql;
    use rayon::prelude::*;
    super::schema::check(a)?;
    let period = period_of(themes);
    // Over every date, nearly every passage is ranked: the local copy of
    // the index, brought up to date, is read instead of the candidates.
    if a.local_index()
        && (period.is_none() || super::mirror::exists(project))
        && let Some(m) = super::mirror::sync(a, project)?
    {
        return mirrored(m, project);
    }
    let shown = a.shown.clone();
    let err = |e: postgres::Error| super::connect::db_error(&e, &shown, "listing the sources");
    let outlets = outlet_ids(project);
    let own = super::push::ENTRY_FORMAT;
    let mut params: Vec<&(dyn ToSql + Sync)> = vec![&outlets, &own];
    let in_period = period_sql(&period, &mut params);
    let mut it = a
        .client
        .query_raw(
            &format!(
                "SELECT d.id, d.outlet, d.path, d.sha256, d.language, \
                        CASE WHEN d.entry_format = $2 THEN d.entry_bin END \
                 FROM juxta_document d WHERE d.outlet = ANY($1){in_period}"
            ),
            params,
        )
        .map_err(err)?;
    let mut languages = BTreeSet::new();
    let mut all_own = true;
    let mut found: Vec<ScanRow> = Vec::new();
    while let Some(r) = it.next().map_err(err)? {
        let language: Option<&str> = r.get(4);
        let code = crate::analysis::analysis_language(language);
        if !languages.contains(code) {
            languages.insert(code.to_string());
        }
        let entry: Option<Vec<u8>> = match r.get::<_, Option<&[u8]>>(5) {
            Some(b) if all_own => Some(b.to_vec()),
            _ => None,
        };
        all_own &= entry.is_some();
        found.push((r.get(2), r.get(1), r.get(3), r.get(0), entry));
    }
    found.sort_unstable_by(|x, y| (&x.0, &x.1, &x.2, x.3).cmp(&(&y.0, &y.1, &y.2, y.3)));
    let entries = all_own.then(|| decode(&mut found)).flatten();
    let found = (found.par_iter_mut()).map(|(path, outlet, sha, id, _)| {
        (std::mem::take(path), outlet.as_str(), sha.as_str(), *id)
    });
    Ok(listed(found, languages, entries, project, period, false))
}

/// The scan of the sources the local copy of the index holds, with it.
fn mirrored(m: super::mirror::Mirror, project: &Project) -> Result<ArchiveScan> {
    use rayon::prelude::*;
    let t = std::time::Instant::now();
    let scan = {
        let rows = m.rows()?;
        let codes: BTreeSet<&str> = (rows.par_iter())
            .map(|r| crate::analysis::analysis_language(r.language))
            .collect();
        let languages = codes.into_iter().map(str::to_string).collect();
        let entries = (rows.par_iter())
            .map(|r| entry_of(r.entry, r.key))
            .collect::<Option<Vec<Entry>>>();
        let t = crate::timings::lap("    archive: entries decoded", t);
        let found = (rows.par_iter()).map(|r| (r.path.to_string(), r.outlet, r.sha, r.id));
        let mut scan = listed(found, languages, entries, project, None, true);
        scan.scan.warnings = m.warnings.clone();
        crate::timings::lap("    archive: sources listed", t);
        scan
    };
    *scan
        .local
        .lock()
        .map_err(|_| Error::build("a lock was poisoned"))? =
        Some(Box::new((m.index, m.synced, m.lock)));
    Ok(scan)
}

/// The scan of the sources `found` (path, outlet, sha256, row id; in path
/// order), listed on all cores; from the local copy of the index when
/// `local`.
fn listed<'r>(
    found: impl rayon::iter::IndexedParallelIterator<Item = (String, &'r str, &'r str, i64)>,
    languages: BTreeSet<String>,
    entries: Option<Vec<Entry>>,
    project: &Project,
    period: Span,
    local: bool,
) -> ArchiveScan {
    use rayon::prelude::*;
    let (files, (shas, ids)): (Vec<SourceFile>, (Vec<_>, Vec<i64>)) = found
        .map(|(path, outlet, sha, id)| {
            let file = SourceFile {
                path: project.root.join(&path),
                display: path,
                outlet: crate::corpus::intern(outlet),
                // Hashes come from the archive: no file is stamped.
                sidecar: false,
            };
            (file, (crate::corpus::Sha::of_hex(sha), id))
        })
        .unzip();
    crate::timings::note(&format!(
        "archive: {} sources listed{}",
        files.len(),
        match (local, period.is_some()) {
            (true, _) => " (the local index)",
            (false, true) => " (the themes' periods)",
            (false, false) => "",
        }
    ));
    ArchiveScan {
        scan: Scan::of(files, shas),
        ids,
        languages,
        entries: Mutex::new(entries),
        period,
        local: Mutex::new(None),
    }
}

/// The entries of the listed sources `found`, decoded on all cores, in
/// path order; none if one does not decode (the build reads the JSON).
fn decode(found: &mut [ScanRow]) -> Option<Vec<Entry>> {
    use rayon::prelude::*;
    (found.par_iter_mut())
        .map(|(path, _, sha, _, bytes)| entry_of(&bytes.take()?, key(path, sha)))
        .collect()
}

/// The entry of the source of index key `key` ([`key`]) from its bytes
/// in this juxta's binary form; none when they do not decode.
fn entry_of(bytes: &[u8], key: u64) -> Option<Entry> {
    let mut e = postcard::from_bytes::<Entry>(bytes).ok()?;
    e.key = key;
    Some(e)
}

/// The union of the periods of `themes`: first and last day, whether
/// undated sources are in; none when a theme reads every date.
type Span = Option<(Option<NaiveDate>, Option<NaiveDate>, bool)>;

/// The union of the periods of `themes` ([`Span`]).
fn period_of(themes: &[&Theme]) -> Span {
    let periods = themes
        .iter()
        .map(|t| t.period.is_limited().then_some(&t.period))
        .collect::<Option<Vec<_>>>()?;
    let from = periods.iter().map(|p| p.from).collect::<Option<Vec<_>>>();
    let to = periods.iter().map(|p| p.to).collect::<Option<Vec<_>>>();
    Some((
        from.and_then(|v| v.into_iter().min()),
        to.and_then(|v| v.into_iter().max()),
        periods.iter().any(|p| !p.exclude_undated),
    ))
}

/// The condition " AND …" on documents `d` that keeps those of `span`,
/// its dates bound in `params`; empty for every date. The period's shape
/// is written out, its dates bound: a condition the planner can see lets
/// it start from the period's documents.
fn period_sql<'a>(
    span: &'a Span,
    params: &mut Vec<&'a (dyn postgres::types::ToSql + Sync)>,
) -> String {
    let Some((from, to, undated)) = span else {
        return String::new();
    };
    let mut dated = Vec::new();
    for (bound, op) in [(from, ">="), (to, "<=")] {
        if let Some(day) = bound {
            params.push(day);
            dated.push(format!("d.published {op} ${}", params.len()));
        }
    }
    let dated = if dated.is_empty() {
        "d.published IS NOT NULL".to_string()
    } else {
        dated.join(" AND ")
    };
    match undated {
        true => format!(" AND (d.published IS NULL OR ({dated}))"),
        false => format!(" AND {dated}"),
    }
}

/// Per outlet of the project, its sources of every date counted: a build
/// of a period reads only the period's entries, and the briefing counts
/// the articles its outlets have in all.
fn counts(a: &mut Archive, project: &Project) -> Result<HashMap<String, OutletCounts>> {
    let outlets = outlet_ids(project);
    let rows = a
        .client
        .query(
            "SELECT outlet, language, count(*), count(*) FILTER (WHERE published IS NULL) \
             FROM juxta_document WHERE outlet = ANY($1) GROUP BY outlet, language",
            &[&outlets],
        )
        .map_err(|e| a.err(&e, "counting the sources"))?;
    let mut out: HashMap<String, OutletCounts> = HashMap::new();
    for r in rows {
        let c = out.entry(r.get(0)).or_default();
        let n = usize::try_from(r.get::<_, i64>(2)).unwrap_or(0);
        c.articles += n;
        c.undated += usize::try_from(r.get::<_, i64>(3)).unwrap_or(0);
        let code = crate::analysis::analysis_language(r.get::<_, Option<&str>>(1));
        *c.languages.entry(code.to_string()).or_default() += n;
    }
    Ok(out)
}

/// A key of one version of a source in the archive, unique per path and
/// bytes (the index's document key).
pub(super) fn key(path: &str, sha: &str) -> u64 {
    let d = Sha256::digest(format!("{path}\0{sha}").as_bytes());
    u64::from_le_bytes(d[..8].try_into().unwrap_or([0; 8]))
}

/// The entries of the scanned sources, in scan order, and each row id's
/// index among them. An entry is read in the binary form of the juxta
/// that pushed it when that is this juxta, else from its JSON.
fn entries(
    a: &mut Archive,
    s: &ArchiveScan,
    project: &Project,
    index_of: &IndexOf,
) -> Result<Vec<Entry>> {
    use postgres::fallible_iterator::FallibleIterator;
    use postgres::types::ToSql;
    let shown = a.shown.clone();
    let err = |e: postgres::Error| super::connect::db_error(&e, &shown, "reading the sources");
    let mut slots: Vec<Option<Entry>> = (0..s.ids.len()).map(|_| None).collect();
    let own = super::push::ENTRY_FORMAT;
    let outlets = outlet_ids(project);
    let mut params: Vec<&(dyn ToSql + Sync)> = vec![&outlets, &own];
    let in_period = period_sql(&s.period, &mut params);
    let mut it = a
        .client
        .query_raw(
            &format!(
                "SELECT d.id, CASE WHEN d.entry_format = $2 THEN d.entry_bin END, \
                        CASE WHEN d.entry_format IS DISTINCT FROM $2 THEN d.entry::text END \
                 FROM juxta_document d WHERE d.outlet = ANY($1){in_period}"
            ),
            params,
        )
        .map_err(err)?;
    while let Some(row) = it.next().map_err(err)? {
        // A source pushed since the scan is not in this build.
        let Some(&i) = index_of.get(&row.get::<_, i64>(0)) else {
            continue;
        };
        let f = &s.scan.files[i];
        let binary: Option<&[u8]> = row.get(1);
        let parsed = match binary {
            Some(b) => postcard::from_bytes::<Entry>(b).map_err(|e| e.to_string()),
            None => serde_json::from_str::<Entry>(row.get::<_, Option<&str>>(2).unwrap_or("null"))
                .map_err(|e| e.to_string()),
        };
        let mut e = parsed.map_err(|e| {
            Error::build(format!(
                "the archive's entry of {} does not parse: {e}",
                f.display
            ))
            .hint("push the source again with this juxta (`juxta archive push`)")
        })?;
        e.key = key(&f.display, &s.scan.shas[i].hex());
        slots[i] = Some(e);
    }
    let entries = slots
        .into_iter()
        .zip(&s.scan.files)
        .map(|(e, f)| {
            e.ok_or_else(|| {
                Error::build(format!(
                    "{} left the archive {} during the build",
                    f.display, a.shown
                ))
                .hint("build again")
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(entries)
}

/// The corpus of the scanned sources for building `themes`: their entries
/// and the passages their queries may match (selected in PostgreSQL), read
/// now, with the statistics of all passages; their documents, read when
/// needed through the connection `a`.
pub(crate) fn corpus(
    mut a: Archive,
    s: &ArchiveScan,
    project: &Project,
    themes: &[&Theme],
) -> Result<Corpus> {
    let started = std::time::Instant::now();
    // Each row id's index among the scanned sources: a million of them
    // at archive scale, so made only when rows are read by id.
    let index_of = || -> IndexOf { s.ids.iter().enumerate().map(|(i, &id)| (id, i)).collect() };
    if let Some(local) = s.local.lock().ok().and_then(|mut l| l.take()) {
        let (index, synced, lock) = *local;
        let entries = match s.entries.lock().ok().and_then(|mut e| e.take()) {
            Some(e) => e,
            None => entries(&mut a, s, project, &index_of())?,
        };
        let docs = ArchiveDocs::of(a, s, project, Some(super::mirror::documents(project)));
        let corpus = Corpus::from_index(entries, index, synced, Box::new(docs));
        drop(lock);
        return corpus;
    }
    let index_of = index_of();
    let candidates = Candidates::of(themes, s);
    // The entries, unless read with the scan, and the counts of every
    // date, when the scan listed a period's sources, on a second
    // connection beside the candidates.
    let scanned = s.entries.lock().ok().and_then(|mut e| e.take());
    let some = s.period.is_some();
    let mut second = match (&scanned, some) {
        (Some(_), false) => None,
        _ => Some(a.another()?),
    };
    let (read, picked) = rayon::join(
        || -> Result<_> {
            let entries = match (scanned, second.as_mut()) {
                (Some(e), _) => e,
                (None, Some(second)) => entries(second, s, project, &index_of)?,
                (None, None) => return Err(Error::build("no connection to read the entries")),
            };
            let counts = match (some, second.as_mut()) {
                (true, Some(second)) => Some(counts(second, project)?),
                _ => None,
            };
            Ok((entries, counts))
        },
        || -> Result<_> {
            let stats = super::stats::Stats::read(&mut a, project, &candidates.queries)?;
            let passages = passages(&mut a, &candidates, &index_of)?;
            Ok((stats, passages))
        },
    );
    drop(second);
    let ((entries, counts), (stats, passages)) = (read?, picked?);
    let t = crate::timings::lap("  load: entries, statistics and candidates", started);
    crate::timings::note(&format!(
        "archive: {} of {} passages are candidates",
        passages.iter().map(|(_, v)| v.len()).sum::<usize>(),
        stats.passages()
    ));
    let corpus = Corpus::from_parts(
        entries,
        passages.into_iter().map(Ok),
        Box::new(ArchiveDocs::of(a, s, project, None)),
        Some(std::sync::Arc::new(stats)),
        counts,
    );
    crate::timings::lap("  load: index of the candidates", t);
    corpus
}

/// Row id → index among the scanned sources.
type IndexOf = crate::compare::text::FxMap<i64, usize>;

/// What a build reads of the archive's passages: those of the themes'
/// outlets and periods that a query of theirs may match.
struct Candidates {
    /// The themes' outlets.
    outlets: Vec<String>,
    /// The union of their periods.
    period: Span,
    /// Every query the build may evaluate (scopes and facets, as written
    /// and per language).
    queries: Vec<Query>,
    /// Whether every passage of the outlets and periods is read.
    every: bool,
}

impl Candidates {
    fn of(themes: &[&Theme], s: &ArchiveScan) -> Candidates {
        let mut outlets = BTreeSet::new();
        let mut queries = Vec::new();
        for t in themes {
            outlets.extend(t.outlets.iter().cloned());
            queries.extend(t.scope.as_ref().map(|(_, q)| q.clone()));
            // A facet's passages match its query, within the scope or not
            // (`collect::facet_query` only narrows it).
            queries.extend(t.facets.iter().map(|f| f.query.clone()));
            for code in &s.languages {
                queries.extend(t.scope_for(code));
                queries.extend(t.facets.iter().map(|f| f.query_for(code)));
            }
        }
        Candidates {
            outlets: outlets.into_iter().collect(),
            period: s.period,
            queries,
            // A theme without a scope compares every passage of its articles.
            every: themes.iter().any(|t| t.scope.is_none()),
        }
    }

    /// The condition on passages.
    fn cond(&self) -> Cond {
        if self.every {
            return Cond::All;
        }
        Cond::or(self.queries.iter().map(Cond::of).collect())
    }
}

/// Per document (its index in the scan), its passages, in path order.
type Passages = Vec<(usize, Vec<(usize, String)>)>;

/// The candidate passages, grouped per document in path order.
fn passages(a: &mut Archive, c: &Candidates, index_of: &IndexOf) -> Result<Passages> {
    use postgres::fallible_iterator::FallibleIterator;
    use postgres::types::ToSql;
    let shown = a.shown.clone();
    let err = |e: postgres::Error| super::connect::db_error(&e, &shown, "reading the passages");
    let mut params: Vec<&(dyn ToSql + Sync)> = vec![&c.outlets];
    let period = period_sql(&c.period, &mut params);
    let mut words = Vec::new();
    let cond = c.cond().sql(params.len(), &mut words);
    let bounded = matches!(c.period, Some((from, to, _)) if from.is_some() || to.is_some());
    let sql = candidates_sql(bounded, &period, &cond);
    params.extend(words.iter().map(|w| w as &(dyn ToSql + Sync)));
    let mut out: Passages = Vec::new();
    let mut it = a.client.query_raw(&sql, params).map_err(err)?;
    let mut last = None;
    while let Some(row) = it.next().map_err(err)? {
        let doc: i64 = row.get(0);
        let para: i32 = row.get(1);
        // A source pushed since the scan is not in this build.
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

/// The statement reading the candidate passages of the documents of the
/// outlets in `$1` and in `period`, those whose passages `cond` may match.
///
/// Over all dates, every passage is tested: PostgreSQL scans them in
/// parallel and joins the documents. A period bounded by a date holds a
/// share of the documents, and PostgreSQL's plan for the join still tested
/// every passage of the archive (one year of 1,000,000 articles: 8,152,113
/// passages tested for 907,000 in the year, 21 s). The subquery per
/// document (`OFFSET 0` keeps it one) reads only the period's passages
/// through the primary key, and tests those (6.7 s).
fn candidates_sql(bounded: bool, period: &str, cond: &str) -> String {
    if bounded {
        return format!(
            "SELECT d.id, p.para, p.text FROM juxta_document d CROSS JOIN LATERAL \
             (SELECT p.para, p.text FROM juxta_passage p \
              WHERE p.document = d.id AND (p.whole OR {cond}) OFFSET 0) p \
             WHERE d.outlet = ANY($1){period} \
             ORDER BY d.id, p.para"
        );
    }
    format!(
        "SELECT p.document, p.para, p.text FROM juxta_passage p \
         JOIN juxta_document d ON d.id = p.document \
         WHERE d.outlet = ANY($1){period} AND (p.whole OR {cond}) \
         ORDER BY p.document, p.para"
    )
}

/// Whole documents, fetched from the archive when the build reads them.
struct ArchiveDocs {
    archive: Mutex<Archive>,
    /// Each document's row id, by its index in the corpus's documents (the
    /// scan's order).
    ids: Vec<i64>,
    /// The project's root, where the sources' paths start.
    root: std::path::PathBuf,
    /// Where documents read once are kept for the next builds (beside the
    /// local copy of the index); none: nowhere.
    kept: Option<std::path::PathBuf>,
}

impl ArchiveDocs {
    /// The documents of the sources `s` scanned for `project`, through
    /// `a`, kept in `kept`.
    fn of(
        a: Archive,
        s: &ArchiveScan,
        project: &Project,
        kept: Option<std::path::PathBuf>,
    ) -> ArchiveDocs {
        ArchiveDocs {
            archive: Mutex::new(a),
            ids: s.ids.clone(),
            root: project.root.clone(),
            kept,
        }
    }

    /// The documents `which` from the archive, in their order.
    fn read(&self, which: &[(usize, &Entry)]) -> Result<Vec<Document>> {
        let ids: Vec<i64> = (which.iter())
            .map(|&(i, _)| self.ids.get(i).copied().unwrap_or(-1))
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
        which
            .iter()
            .zip(&ids)
            .map(|((_, e), id)| {
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

impl DocSource for ArchiveDocs {
    fn fetch(&self, which: &[(usize, &Entry)]) -> Result<Vec<Document>> {
        use rayon::prelude::*;
        let Some(kept) = &self.kept else {
            return self.read(which);
        };
        let file = |e: &Entry| super::mirror::document_file(kept, e.key);
        let mut docs: Vec<Option<Document>> = (which.par_iter())
            .map(|(_, e)| crate::ingest::read_cached(&file(e), Path::new("")))
            .collect();
        let missing: Vec<usize> = (0..docs.len()).filter(|&i| docs[i].is_none()).collect();
        if !missing.is_empty() {
            let asked: Vec<(usize, &Entry)> = missing.iter().map(|&i| which[i]).collect();
            let read = self.read(&asked)?;
            for ((i, d), (_, e)) in missing.iter().zip(read).zip(&asked) {
                // Only quicker next time: a document not kept is read again.
                let f = file(e);
                if let Some(dir) = f.parent()
                    && std::fs::create_dir_all(dir).is_ok()
                {
                    crate::ingest::rewrite_cached(&f, &d);
                }
                docs[*i] = Some(d);
            }
        }
        Ok(docs.into_iter().flatten().collect())
    }

    fn root(&self) -> &Path {
        &self.root
    }

    fn found_in(&self, entry: &Entry, doc: &Document) {
        // Only a document kept already: one that was not is read from the
        // archive next time, and kept then.
        if let Some(kept) = &self.kept {
            let f = super::mirror::document_file(kept, entry.key);
            if f.is_file() {
                crate::ingest::rewrite_cached(&f, doc);
            }
        }
    }
}
