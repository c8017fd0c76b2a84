//! A connection to the archive, and errors a person can act on: the
//! server unreachable, authentication failed, rights missing, the
//! connection lost. No message ever holds a password.

use postgres::error::SqlState;
use postgres::{Client, NoTls};

use super::settings::Target;
use crate::error::{Error, Result};

/// An open connection to the archive.
pub(crate) struct Archive {
    pub(crate) client: Client,
    /// The archive as shown to people.
    pub(crate) shown: String,
    /// Where it connected, for another connection.
    target: Target,
}

impl Archive {
    /// Connects, with the target's timeouts; the schema is not checked here.
    pub(crate) fn connect(target: &Target) -> Result<Archive> {
        let mut client = target
            .config
            .connect(NoTls)
            .map_err(|e| connect_error(&e, &target.shown))?;
        let ms = (target.statement_timeout * 1000).to_string();
        client
            .execute("SELECT set_config('statement_timeout', $1, false)", &[&ms])
            .map_err(|e| db_error(&e, &target.shown, "setting the statement timeout"))?;
        Ok(Archive {
            client,
            shown: target.shown.clone(),
            target: target.clone(),
        })
    }

    /// Whether a build keeps a local copy of the archive's index
    /// (`local-index` of `[archive]`).
    pub(crate) fn local_index(&self) -> bool {
        self.target.local_index
    }

    /// Another connection to the same archive.
    pub(crate) fn another(&self) -> Result<Archive> {
        Archive::connect(&self.target)
    }

    /// The error of a failed statement while `doing`.
    pub(crate) fn err(&self, e: &postgres::Error, doing: &str) -> Error {
        db_error(e, &self.shown, doing)
    }
}

/// The error of a failed connection to `shown`.
pub(crate) fn connect_error(e: &postgres::Error, shown: &str) -> Error {
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        if *code == SqlState::INVALID_PASSWORD
            || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
        {
            return Error::build(format!(
                "the archive {shown} refused the login: {}",
                db.message()
            ))
            .hint("check the user and the password (PGPASSWORD, ~/.pgpass or JUXTA_ARCHIVE)");
        }
        if *code == SqlState::INVALID_CATALOG_NAME {
            return Error::build(format!("the archive {shown}: {}", db.message())).hint(
                "create the database (CREATE DATABASE …) or fix the database name in the url",
            );
        }
        return db_error(e, shown, "connecting");
    }
    let mut why = e.to_string();
    if let Some(src) = std::error::Error::source(e) {
        why = format!("{why}: {src}");
    }
    if why.contains("password missing") {
        return Error::build(format!(
            "the archive {shown} asks for a password and none was given"
        ))
        .hint("set PGPASSWORD, add a line to ~/.pgpass, or put the whole URL in JUXTA_ARCHIVE");
    }
    Error::build(format!("cannot reach the archive {shown}: {why}")).hint(
        "check that the PostgreSQL server runs and that host and port in [archive] url (or JUXTA_ARCHIVE) are right",
    )
}

/// The error of a failed statement on `shown` while `doing`.
pub(crate) fn db_error(e: &postgres::Error, shown: &str, doing: &str) -> Error {
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        let mut err = Error::build(format!(
            "the archive {shown} failed while {doing}: {} ({})",
            db.message(),
            code.code()
        ));
        if *code == SqlState::INSUFFICIENT_PRIVILEGE || *code == SqlState::READ_ONLY_SQL_TRANSACTION
        {
            err = err.hint(
                "this needs the writer role: see \"Roles\" in the archive section of the README",
            );
        } else if *code == SqlState::QUERY_CANCELED {
            err = err.hint("a statement ran longer than [archive] statement-timeout");
        } else if code.code().starts_with("57P") || code.code().starts_with("08") {
            err = err.hint("the server stopped or the connection broke: nothing was written");
        }
        return err;
    }
    let mut why = e.to_string();
    if let Some(src) = std::error::Error::source(e) {
        why = format!("{why}: {src}");
    }
    if lost(e) {
        return Error::build(format!(
            "lost the connection to the archive {shown} while {doing}: {why}"
        ))
        .hint("the server stopped or the network broke: nothing was written; run the command again when the server is back");
    }
    // A value juxta could not send or read: the connection is fine, the
    // types disagree (a schema changed behind this juxta, or a bug).
    Error::build(format!("the archive {shown} failed while {doing}: {why}")).hint(
        "the archive's columns do not have the types this juxta expects: \
         `juxta archive status` shows the schema version; report this if it is current",
    )
}

/// Whether `e` is the connection's loss (closed, or an I/O error anywhere
/// in its causes) rather than a value that could not be converted.
fn lost(e: &postgres::Error) -> bool {
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        if c.is::<std::io::Error>() {
            return true;
        }
        cause = c.source();
    }
    e.is_closed()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A connection to the test server of `JUXTA_TEST_PG`; none (and a
    /// line saying so) without one, unless `JUXTA_REQUIRE_PG` is set.
    fn server(test: &str) -> Option<Client> {
        let Ok(base) = std::env::var("JUXTA_TEST_PG") else {
            assert!(
                std::env::var_os("JUXTA_REQUIRE_PG").is_none(),
                "JUXTA_REQUIRE_PG is set but JUXTA_TEST_PG names no server"
            );
            eprintln!("skipped {test}: no PostgreSQL (set JUXTA_TEST_PG=\"host=… user=…\")");
            return None;
        };
        Some(Client::connect(&format!("{base} dbname=postgres"), NoTls).expect("the test server"))
    }

    #[test]
    fn a_value_that_cannot_be_converted_is_not_a_lost_connection() {
        let Some(mut client) = server("a_value_that_cannot_be_converted…") else {
            return;
        };
        // A text sent where the statement wants an integer: refused by the
        // client before anything is sent.
        let sent = client
            .query("SELECT $1::int4", &[&"seven"])
            .expect_err("a text is not an int4");
        // An integer read as a text.
        let read = client
            .query_one("SELECT 7::int4", &[])
            .expect("the statement")
            .try_get::<_, String>(0)
            .expect_err("an int4 is not a text");
        for e in [sent, read] {
            assert!(!lost(&e), "{e}");
            let shown = db_error(&e, "postgresql://juxta@db/news", "reading").to_string();
            assert!(!shown.contains("lost the connection"), "{shown}");
            assert!(shown.contains("failed while reading"), "{shown}");
        }
        // The server still answers: the connection was never lost.
        assert_eq!(
            client.query_one("SELECT 1", &[]).unwrap().get::<_, i32>(0),
            1
        );
    }

    #[test]
    fn a_terminated_connection_is_reported_as_lost() {
        let (Some(mut c), Some(mut other)) = (server("a_terminated_connection…"), server(""))
        else {
            return;
        };
        let pid: i32 = c.query_one("SELECT pg_backend_pid()", &[]).unwrap().get(0);
        other
            .execute("SELECT pg_terminate_backend($1)", &[&pid])
            .unwrap();
        // The server ends the backend a moment later: a FATAL 57P01 for
        // the next statement, or the closed connection after it.
        let shown: Vec<String> = (0..100)
            .filter_map(|_| {
                std::thread::sleep(std::time::Duration::from_millis(20));
                c.query_one("SELECT 1", &[]).err()
            })
            .map(|e| db_error(&e, "postgresql://juxta@db/news", "reading").to_string())
            .collect();
        assert!(!shown.is_empty(), "the terminated connection still answers");
        for s in &shown {
            assert!(
                s.contains("lost the connection") || s.contains("the connection broke"),
                "{s}"
            );
        }
    }
}
