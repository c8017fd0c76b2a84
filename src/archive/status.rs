//! `juxta archive status`: what the archive holds.

use chrono::NaiveDate;
use serde::Serialize;

use super::Archive;
use crate::error::Result;

/// One outlet in the archive.
#[derive(Debug, Serialize)]
pub(crate) struct OutletStatus {
    pub(crate) outlet: String,
    pub(crate) articles: i64,
    pub(crate) passages: i64,
    pub(crate) first: Option<NaiveDate>,
    pub(crate) last: Option<NaiveDate>,
    /// When a source of the outlet was last fetched (UTC, RFC 3339).
    pub(crate) last_fetch: Option<String>,
}

/// What the archive holds.
#[derive(Debug, Serialize)]
pub(crate) struct Status {
    /// The archive, without secrets.
    pub(crate) archive: String,
    /// Its schema version, and the one this juxta reads.
    pub(crate) schema_version: i32,
    pub(crate) schema_expected: i32,
    pub(crate) articles: i64,
    pub(crate) passages: i64,
    pub(crate) first: Option<NaiveDate>,
    pub(crate) last: Option<NaiveDate>,
    pub(crate) last_fetch: Option<String>,
    /// The database's size on disk, in bytes.
    pub(crate) database_bytes: i64,
    pub(crate) outlets: Vec<OutletStatus>,
}

const PER_OUTLET: &str = "
SELECT d.outlet, count(*), coalesce(sum(p.n), 0)::bigint, min(d.published), max(d.published),
       to_char(max(f.fetched_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
FROM juxta_document d
LEFT JOIN (SELECT document, count(*) AS n FROM juxta_passage GROUP BY document) p
       ON p.document = d.id
LEFT JOIN (SELECT outlet, max(fetched_at) AS fetched_at FROM juxta_fetch_state GROUP BY outlet) f
       ON f.outlet = d.outlet
GROUP BY d.outlet ORDER BY d.outlet";

/// Reads the status (an archive without juxta's schema has version 0).
pub(crate) fn status(a: &mut Archive) -> Result<Status> {
    let version = super::schema::version(a)?;
    let size: i64 = a
        .client
        .query_one("SELECT pg_database_size(current_database())", &[])
        .map_err(|e| a.err(&e, "reading the database size"))?
        .get(0);
    let mut s = Status {
        archive: a.shown.clone(),
        schema_version: version,
        schema_expected: super::schema::CURRENT,
        articles: 0,
        passages: 0,
        first: None,
        last: None,
        last_fetch: None,
        database_bytes: size,
        outlets: Vec::new(),
    };
    if version == 0 {
        return Ok(s);
    }
    super::schema::check(a)?;
    let rows = a
        .client
        .query(PER_OUTLET, &[])
        .map_err(|e| a.err(&e, "reading the status"))?;
    for r in rows {
        let o = OutletStatus {
            outlet: r.get(0),
            articles: r.get(1),
            passages: r.get(2),
            first: r.get(3),
            last: r.get(4),
            last_fetch: r.get(5),
        };
        s.articles += o.articles;
        s.passages += o.passages;
        s.first = [s.first, o.first].into_iter().flatten().min();
        s.last = [s.last, o.last].into_iter().flatten().max();
        s.last_fetch = [s.last_fetch.take(), o.last_fetch.clone()]
            .into_iter()
            .flatten()
            .max();
        s.outlets.push(o);
    }
    Ok(s)
}
