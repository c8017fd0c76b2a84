//! The archive's schema, as versioned migrations run by juxta
//! (`juxta archive migrate`, or on the first push with writer rights).
//! `juxta_schema_version` records each migration applied; a build checks
//! that the archive is at the version this juxta reads.

use super::Archive;
use crate::error::{Error, Result};

/// The migrations, in order: version n is `MIGRATIONS[n - 1]`.
const MIGRATIONS: &[&str] = &[
    // 1: documents, raw bytes, passages, snapshots, fetch state.
    r"
CREATE TABLE juxta_document (
    id          bigserial PRIMARY KEY,
    outlet      text NOT NULL,
    path        text NOT NULL,
    url         text,
    sha256      text NOT NULL,
    raw_sha256  text NOT NULL,
    published   date,
    retrieved   date,
    language    text,
    title       text,
    provenance  jsonb NOT NULL,
    entry       jsonb NOT NULL,
    document    jsonb NOT NULL,
    ingested_by text NOT NULL,
    pushed_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (outlet, path)
);
CREATE INDEX juxta_document_outlet_published ON juxta_document (outlet, published);
CREATE INDEX juxta_document_url ON juxta_document (url);
CREATE TABLE juxta_raw (
    sha256  text PRIMARY KEY,
    bytes   bytea NOT NULL,
    sidecar bytea
);
CREATE TABLE juxta_passage (
    document bigint NOT NULL REFERENCES juxta_document (id) ON DELETE CASCADE,
    para     integer NOT NULL,
    lang     text NOT NULL,
    text     text NOT NULL,
    tsv      tsvector NOT NULL,
    PRIMARY KEY (document, para)
);
CREATE INDEX juxta_passage_tsv ON juxta_passage USING gin (tsv);
CREATE TABLE juxta_snapshot (
    url        text NOT NULL,
    sha256     text NOT NULL,
    outlet     text NOT NULL,
    path       text NOT NULL,
    first_seen timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (url, sha256)
);
CREATE TABLE juxta_fetch_state (
    outlet     text NOT NULL,
    url        text NOT NULL,
    path       text NOT NULL,
    fetched_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (outlet, url)
);
",
    // 2: juxta's own analysis of each passage (candidates are selected in
    // SQL on it), the statistics of BM25 per outlet, kept by pushes, and
    // each entry in the binary form of the juxta that pushed it (read by
    // the same juxta; others read the JSON).
    // Rows pushed before are read again by the next push.
    r"
ALTER TABLE juxta_passage
    ADD COLUMN stems  tsvector,
    ADD COLUMN folded tsvector,
    ADD COLUMN tokens integer,
    ADD COLUMN whole  boolean NOT NULL DEFAULT false;
CREATE INDEX juxta_passage_stems ON juxta_passage USING gin (stems);
CREATE INDEX juxta_passage_folded ON juxta_passage USING gin (folded);
CREATE INDEX juxta_passage_unanalyzed ON juxta_passage (document) WHERE stems IS NULL;
ALTER TABLE juxta_document
    ADD COLUMN entry_bin    bytea,
    ADD COLUMN entry_format text;
CREATE TABLE juxta_term_df (
    outlet text NOT NULL,
    term   text NOT NULL,
    df     bigint NOT NULL,
    PRIMARY KEY (outlet, term)
);
CREATE TABLE juxta_outlet_stats (
    outlet   text PRIMARY KEY,
    passages bigint NOT NULL,
    tokens   bigint NOT NULL
);
UPDATE juxta_document SET ingested_by = 'pushed before schema 2';
",
    // 3: the transaction that last wrote each document, so that a build's
    // local copy of the index reads only what changed since its last build
    // (`archive::mirror`), and a record of the documents deleted. Triggers
    // keep both on every write, by juxta or by hand; a TRUNCATE is
    // recorded as id 0 (every document gone). Rows written before have no
    // transaction: a copy made later reads them all once. Analyzed at
    // once, so that the planner reads the few rows written since a copy's
    // update through the index from the start.
    r"
ALTER TABLE juxta_document ADD COLUMN changed xid8;
CREATE INDEX juxta_document_changed ON juxta_document (changed);
CREATE TABLE juxta_document_gone (
    id      bigint NOT NULL,
    outlet  text,
    changed xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX juxta_document_gone_changed ON juxta_document_gone (changed);
CREATE FUNCTION juxta_document_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed := pg_current_xact_id();
    RETURN NEW;
END
$$;
CREATE TRIGGER juxta_document_changed BEFORE INSERT OR UPDATE ON juxta_document
    FOR EACH ROW EXECUTE FUNCTION juxta_document_changed();
CREATE FUNCTION juxta_document_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO juxta_document_gone (id, outlet) VALUES (0, NULL);
    ELSE
        INSERT INTO juxta_document_gone (id, outlet) VALUES (OLD.id, OLD.outlet);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER juxta_document_gone AFTER DELETE ON juxta_document
    FOR EACH ROW EXECUTE FUNCTION juxta_document_gone();
CREATE TRIGGER juxta_document_truncated AFTER TRUNCATE ON juxta_document
    FOR EACH STATEMENT EXECUTE FUNCTION juxta_document_gone();
ANALYZE juxta_document (changed);
",
];

/// The schema version this juxta reads and writes.
pub(crate) const CURRENT: i32 = MIGRATIONS.len() as i32;

/// The archive's schema version; 0 for an empty database.
pub(crate) fn version(a: &mut Archive) -> Result<i32> {
    let row = a
        .client
        .query_one(
            "SELECT to_regclass('juxta_schema_version') IS NOT NULL",
            &[],
        )
        .map_err(|e| a.err(&e, "reading the schema version"))?;
    if !row.get::<_, bool>(0) {
        return Ok(0);
    }
    let row = a
        .client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM juxta_schema_version",
            &[],
        )
        .map_err(|e| a.err(&e, "reading the schema version"))?;
    Ok(row.get(0))
}

/// Checks that the archive is at [`CURRENT`]: an error naming what to run
/// when it is older or newer.
pub(crate) fn check(a: &mut Archive) -> Result<()> {
    let v = version(a)?;
    check_version(v, &a.shown)
}

fn check_version(v: i32, shown: &str) -> Result<()> {
    match v.cmp(&CURRENT) {
        std::cmp::Ordering::Equal => Ok(()),
        std::cmp::Ordering::Less if v == 0 => Err(Error::build(format!(
            "the archive {shown} holds no juxta schema yet"
        ))
        .hint("run `juxta archive migrate` (or `juxta archive push`) with the writer role")),
        std::cmp::Ordering::Less => Err(Error::build(format!(
            "the archive {shown} is at schema version {v}; this juxta needs version {CURRENT}"
        ))
        .hint(format!(
            "run `juxta archive migrate` with the writer role (migrations {} to {CURRENT})",
            v + 1
        ))),
        std::cmp::Ordering::Greater => Err(Error::build(format!(
            "the archive {shown} is at schema version {v}, newer than this juxta reads ({CURRENT})"
        ))
        .hint("upgrade juxta to the version that migrated the archive")),
    }
}

/// Brings the archive to [`CURRENT`], one migration per transaction,
/// under an advisory lock so that processes migrating at once take turns.
/// Gives the versions applied.
pub(crate) fn migrate(a: &mut Archive) -> Result<Vec<i32>> {
    let shown = a.shown.clone();
    let err = |e: postgres::Error, doing: &str| super::connect::db_error(&e, &shown, doing);
    let mut applied = Vec::new();
    let mut tx = a
        .client
        .transaction()
        .map_err(|e| err(e, "starting a migration"))?;
    // Serializes concurrent migrations; released at commit.
    tx.execute("SELECT pg_advisory_xact_lock(747512018018)", &[])
        .map_err(|e| err(e, "locking the schema"))?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS juxta_schema_version (
            version    integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now(),
            juxta      text NOT NULL
        )",
    )
    .map_err(|e| err(e, "creating the version table"))?;
    let v: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM juxta_schema_version",
            &[],
        )
        .map_err(|e| err(e, "reading the schema version"))?
        .get(0);
    if v > CURRENT {
        return check_version(v, &shown).map(|_| applied);
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(v as usize) {
        let version = i as i32 + 1;
        tx.batch_execute(sql)
            .map_err(|e| err(e, &format!("running migration {version}")))?;
        tx.execute(
            "INSERT INTO juxta_schema_version (version, juxta) VALUES ($1, $2)",
            &[&version, &env!("CARGO_PKG_VERSION")],
        )
        .map_err(|e| err(e, "recording the migration"))?;
        applied.push(version);
    }
    tx.commit()
        .map_err(|e| err(e, "committing the migration"))?;
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_other_than_current_name_what_to_do() {
        assert!(check_version(CURRENT, "a").is_ok());
        let e = check_version(0, "a").unwrap_err().render();
        assert!(e.contains("juxta archive migrate"), "{e}");
        let e = check_version(CURRENT + 1, "a").unwrap_err().render();
        assert!(e.contains("newer") && e.contains("upgrade juxta"), "{e}");
    }
}
