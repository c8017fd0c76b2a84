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
    if e.is_closed() || std::error::Error::source(e).is_some() {
        let mut why = e.to_string();
        if let Some(src) = std::error::Error::source(e) {
            why = format!("{why}: {src}");
        }
        return Error::build(format!(
            "lost the connection to the archive {shown} while {doing}: {why}"
        ))
        .hint("the server stopped or the network broke: nothing was written; run the command again when the server is back");
    }
    Error::build(format!("the archive {shown} failed while {doing}: {e}"))
}
