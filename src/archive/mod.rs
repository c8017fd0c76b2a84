//! The shared archive: a PostgreSQL database that holds what a team
//! fetches and pushes, and that builds read from (`[archive]` in
//! `juxta.toml`). Not to be confused with `fetch::archive`, the fetcher's
//! store of raw pages inside one project.
//!
//! - [`settings`]: the `[archive]` table, the URL (never with a password
//!   in the file), the password from `PGPASSWORD`, `~/.pgpass` or
//!   `JUXTA_ARCHIVE`;
//! - [`connect`]: a connection with timeouts and errors that never show a
//!   secret;
//! - [`schema`]: versioned migrations;
//! - [`push`]: sources into the archive, idempotent and safe to run from
//!   many machines at once;
//! - [`load`]: the corpus of a build, read from the archive;
//! - [`mirror`]: the build's local copy of the archive's index, brought up
//!   to date with what changed;
//! - [`status`]: what the archive holds.

pub(crate) mod connect;
pub(crate) mod load;
pub(crate) mod mirror;
pub(crate) mod push;
pub(crate) mod schema;
pub(crate) mod select;
pub(crate) mod settings;
pub(crate) mod stats;
pub(crate) mod status;
pub(crate) mod terms;

pub(crate) use connect::Archive;
pub(crate) use settings::{ArchiveSettings, Target};

/// The PostgreSQL text-search configuration for a language (ISO 639-1):
/// the language's own stemmer where PostgreSQL has one, else `simple`.
pub(crate) fn ts_config(language: &str) -> &'static str {
    match language {
        "ar" => "arabic",
        "hy" => "armenian",
        "eu" => "basque",
        "ca" => "catalan",
        "da" => "danish",
        "nl" => "dutch",
        "en" => "english",
        "fi" => "finnish",
        "fr" => "french",
        "de" => "german",
        "el" => "greek",
        "hi" => "hindi",
        "hu" => "hungarian",
        "id" => "indonesian",
        "ga" => "irish",
        "it" => "italian",
        "lt" => "lithuanian",
        "ne" => "nepali",
        "no" | "nb" | "nn" => "norwegian",
        "pt" => "portuguese",
        "ro" => "romanian",
        "ru" => "russian",
        "sr" => "serbian",
        "es" => "spanish",
        "sv" => "swedish",
        "ta" => "tamil",
        "tr" => "turkish",
        "yi" => "yiddish",
        _ => "simple",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_map_to_their_configuration_and_others_to_simple() {
        assert_eq!(ts_config("en"), "english");
        assert_eq!(ts_config("ru"), "russian");
        assert_eq!(ts_config("hy"), "armenian");
        // No stemmer in PostgreSQL: simple.
        assert_eq!(ts_config("ka"), "simple");
        assert_eq!(ts_config("az"), "simple");
        assert_eq!(ts_config(""), "simple");
        assert_eq!(ts_config("english"), "simple");
    }
}
