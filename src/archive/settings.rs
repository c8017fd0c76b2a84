//! The `[archive]` table of `juxta.toml` and the connection it names.
//!
//! The URL is a libpq connection string (`postgresql://user@host/db` or
//! `host=… dbname=…`). A password written in the file is refused: it would
//! end up in version control. The password comes from `PGPASSWORD`, from
//! `~/.pgpass` (or `PGPASSFILE`), or from `JUXTA_ARCHIVE`, which may hold
//! the whole URL and then overrides the file.

use std::str::FromStr;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Error, Location, Result};

/// Default seconds to wait for the server to answer a connection.
pub(crate) const DEFAULT_CONNECT_TIMEOUT: u64 = 10;
/// Default seconds one statement may run.
pub(crate) const DEFAULT_STATEMENT_TIMEOUT: u64 = 300;

/// What to do about a password found in a URL.
const PASSWORD_HINT: &str = "remove the password from juxta.toml and give it through PGPASSWORD, ~/.pgpass, or the environment variable JUXTA_ARCHIVE (which may hold the whole URL)";

/// `[archive]` as written.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawArchive {
    /// libpq URL or key=value string, without a password.
    pub(crate) url: Option<Spanned<String>>,
    /// Seconds to wait for a connection.
    pub(crate) connect_timeout: Option<Spanned<i64>>,
    /// Seconds one statement may run.
    pub(crate) statement_timeout: Option<Spanned<i64>>,
    /// Whether builds keep a local copy of the archive's index.
    pub(crate) local_index: Option<bool>,
}

/// `[archive]`, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ArchiveSettings {
    /// The URL from the file; none when `JUXTA_ARCHIVE` must give it.
    pub(crate) url: Option<String>,
    /// Seconds to wait for a connection.
    pub(crate) connect_timeout: u64,
    /// Seconds one statement may run.
    pub(crate) statement_timeout: u64,
    /// Whether builds keep a local copy of the archive's passage index in
    /// `.juxta/archive/` (`local-index`, on unless set to false).
    pub(crate) local_index: bool,
}

impl Default for ArchiveSettings {
    fn default() -> Self {
        ArchiveSettings {
            url: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            statement_timeout: DEFAULT_STATEMENT_TIMEOUT,
            local_index: true,
        }
    }
}

/// Validates `[archive]`; `loc` turns a span of the file into a location.
pub(crate) fn validate(
    raw: &RawArchive,
    loc: &dyn Fn(std::ops::Range<usize>) -> Location,
) -> Result<ArchiveSettings> {
    let mut s = ArchiveSettings::default();
    if let Some(url) = &raw.url {
        let at = || {
            // Never the line itself: it may hold the password.
            let mut l = loc(url.span());
            l.source_line = None;
            l
        };
        let cfg = parse(url.get_ref()).map_err(|why| {
            Error::usage(format!("[archive] url is not a PostgreSQL URL: {why}"))
                .at(at())
                .hint("write e.g. url = \"postgresql://juxta@db.internal/newsroom\"")
        })?;
        if cfg.get_password().is_some() {
            return Err(
                Error::usage("[archive] url holds a password, which juxta.toml must not")
                    .at(at())
                    .hint(PASSWORD_HINT),
            );
        }
        s.url = Some(url.get_ref().clone());
    }
    let seconds = |v: &Option<Spanned<i64>>, key: &str, default: u64| -> Result<u64> {
        match v {
            None => Ok(default),
            Some(n) if (1..=86_400).contains(n.get_ref()) => Ok(*n.get_ref() as u64),
            Some(n) => Err(Error::usage(format!(
                "[archive] {key} must be between 1 and 86400 seconds, not {}",
                n.get_ref()
            ))
            .at(loc(n.span()))),
        }
    };
    s.connect_timeout = seconds(
        &raw.connect_timeout,
        "connect-timeout",
        DEFAULT_CONNECT_TIMEOUT,
    )?;
    s.statement_timeout = seconds(
        &raw.statement_timeout,
        "statement-timeout",
        DEFAULT_STATEMENT_TIMEOUT,
    )?;
    s.local_index = raw.local_index.unwrap_or(true);
    Ok(s)
}

/// Parses a libpq URL or key=value string; the reason never holds a secret.
fn parse(url: &str) -> std::result::Result<postgres::Config, String> {
    postgres::Config::from_str(url).map_err(|e| redact(&e.to_string(), url))
}

/// `text` with any password of `url` replaced by `***`.
pub(crate) fn redact(text: &str, url: &str) -> String {
    let mut out = text.to_string();
    if let Ok(cfg) = postgres::Config::from_str(url)
        && let Some(p) = cfg.get_password()
        && let Ok(p) = std::str::from_utf8(p)
        && !p.is_empty()
    {
        out = out.replace(p, "***");
        let encoded = percent_encoding::utf8_percent_encode(p, percent_encoding::NON_ALPHANUMERIC)
            .to_string();
        out = out.replace(&encoded, "***");
    }
    out
}

/// Where a command connects: the URL (file or `JUXTA_ARCHIVE`) and the
/// settings, resolved once by the command line.
#[derive(Clone)]
pub(crate) struct Target {
    /// The connection, with the password filled in when one was found.
    pub(crate) config: postgres::Config,
    /// The URL as shown to people: user, host, port and database only.
    pub(crate) shown: String,
    /// Seconds one statement may run.
    pub(crate) statement_timeout: u64,
    /// Whether a build keeps a local copy of the archive's index.
    pub(crate) local_index: bool,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

/// The environment an archive connection reads, resolved by the command line.
#[derive(Debug, Clone, Default)]
pub(crate) struct Env {
    /// `JUXTA_ARCHIVE`.
    pub(crate) juxta_archive: Option<String>,
    /// `PGPASSWORD`.
    pub(crate) pgpassword: Option<String>,
    /// The password file: `PGPASSFILE` or `~/.pgpass`.
    pub(crate) pgpass: Option<std::path::PathBuf>,
}

impl Env {
    /// The variables of this process.
    pub(crate) fn from_process() -> Env {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        Env {
            juxta_archive: var("JUXTA_ARCHIVE"),
            pgpassword: var("PGPASSWORD"),
            pgpass: var("PGPASSFILE")
                .map(Into::into)
                .or_else(|| var("HOME").map(|h| std::path::Path::new(&h).join(".pgpass"))),
        }
    }
}

impl Target {
    /// The archive to use: `JUXTA_ARCHIVE` when set, else the file's URL;
    /// none when neither names one.
    pub(crate) fn resolve(settings: Option<&ArchiveSettings>, env: &Env) -> Result<Option<Target>> {
        let defaults = ArchiveSettings::default();
        let s = settings.unwrap_or(&defaults);
        let url = match (&env.juxta_archive, &s.url) {
            (Some(u), _) => u.clone(),
            (None, Some(u)) => u.clone(),
            (None, None) if settings.is_some() => {
                return Err(Error::usage("[archive] has no url and JUXTA_ARCHIVE is not set")
                    .hint("write url = \"postgresql://user@host/db\" under [archive], or set JUXTA_ARCHIVE"));
            }
            (None, None) => return Ok(None),
        };
        let mut config = parse(&url).map_err(|why| {
            Error::usage(format!("JUXTA_ARCHIVE is not a PostgreSQL URL: {why}"))
                .hint("write e.g. JUXTA_ARCHIVE=postgresql://juxta@db.internal/newsroom")
        })?;
        config.connect_timeout(Duration::from_secs(s.connect_timeout));
        if config.get_application_name().is_none() {
            config.application_name("juxta");
        }
        if config.get_password().is_none() {
            if let Some(p) = &env.pgpassword {
                config.password(p.as_str());
            } else if let Some(p) = env.pgpass.as_deref().and_then(|f| pgpass_for(f, &config)) {
                config.password(p);
            }
        }
        Ok(Some(Target {
            shown: shown(&config),
            config,
            statement_timeout: s.statement_timeout,
            local_index: s.local_index,
        }))
    }
}

/// user@host:port/db, without a password.
pub(crate) fn shown(config: &postgres::Config) -> String {
    use postgres::config::Host;
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .map(|h| match h {
            Host::Tcp(s) => s.clone(),
            Host::Unix(p) => p.display().to_string(),
        })
        .collect();
    let port = config
        .get_ports()
        .first()
        .map(|p| format!(":{p}"))
        .unwrap_or_default();
    format!(
        "{}@{}{}/{}",
        config.get_user().unwrap_or("(you)"),
        if hosts.is_empty() {
            "localhost".to_string()
        } else {
            hosts.join(",")
        },
        port,
        config.get_dbname().unwrap_or("")
    )
}

/// The password of the first line of the password file `file` that
/// matches the connection (libpq's rules: host:port:database:user:password,
/// `*` matches anything, `\` escapes; a Unix socket matches `localhost`).
/// A file that cannot be read gives none, as in libpq.
fn pgpass_for(file: &std::path::Path, config: &postgres::Config) -> Option<String> {
    use postgres::config::Host;
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config
        .get_user()
        .map(str::to_string)
        .or_else(whoami_user)
        .unwrap_or_default();
    let db = config.get_dbname().unwrap_or(&user).to_string();
    let wanted = [host.as_str(), port.as_str(), db.as_str(), user.as_str()];
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let f = pgpass_fields(l);
            (f.len() == 5).then_some(f)
        })
        .find(|f| (0..4).all(|i| f[i] == "*" || f[i] == wanted[i]))
        .map(|f| f[4].clone())
}

/// The user this process runs as (`USER`), libpq's default user.
fn whoami_user() -> Option<String> {
    std::env::var("USER").ok().filter(|u| !u.is_empty())
}

/// The fields of one line of a password file.
fn pgpass_fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next()
                    && let Some(last) = out.last_mut()
                {
                    last.push(n);
                }
            }
            ':' if out.len() < 5 => out.push(String::new()),
            c => {
                if let Some(last) = out.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_loc(_: std::ops::Range<usize>) -> Location {
        Location::file("juxta.toml")
    }

    fn raw(url: &str) -> RawArchive {
        RawArchive {
            url: Some(Spanned::new(0..url.len(), url.to_string())),
            ..Default::default()
        }
    }

    #[test]
    fn a_password_in_the_file_is_refused_and_never_shown() {
        for url in [
            "postgresql://juxta:s3cret@db.internal/newsroom",
            "host=db.internal user=juxta password=s3cret dbname=newsroom",
            "postgresql://juxta@db.internal/newsroom?password=s3cret",
        ] {
            let e = validate(&raw(url), &no_loc).unwrap_err();
            let shown = e.render();
            assert!(shown.contains("password"), "{shown}");
            assert!(shown.contains("PGPASSWORD"), "{shown}");
            assert!(shown.contains("JUXTA_ARCHIVE"), "{shown}");
            assert!(shown.contains(".pgpass"), "{shown}");
            assert!(!shown.contains("s3cret"), "{shown}");
        }
    }

    #[test]
    fn urls_without_password_pass_and_bad_ones_say_why() {
        for url in [
            "postgresql://juxta@db.internal/newsroom",
            "host=/tmp/sock user=juxta dbname=n",
            "postgresql:///newsroom?host=/var/run/postgresql",
        ] {
            let s = validate(&raw(url), &no_loc).unwrap();
            assert_eq!(s.url.as_deref(), Some(url));
        }
        for url in ["postgresql://juxta@db.internal:notaport/n", "host='x"] {
            let e = validate(&raw(url), &no_loc).unwrap_err();
            assert!(
                e.render().contains("not a PostgreSQL URL"),
                "{}",
                e.render()
            );
        }
    }

    #[test]
    fn timeouts_are_bounded() {
        let mut r = raw("postgresql://j@h/d");
        r.connect_timeout = Some(Spanned::new(0..1, 0));
        assert!(validate(&r, &no_loc).is_err());
        r.connect_timeout = Some(Spanned::new(0..1, 3));
        r.statement_timeout = Some(Spanned::new(0..1, 100_000));
        assert!(validate(&r, &no_loc).is_err());
        r.statement_timeout = Some(Spanned::new(0..1, 30));
        let s = validate(&r, &no_loc).unwrap();
        assert_eq!((s.connect_timeout, s.statement_timeout), (3, 30));
    }

    #[test]
    fn the_environment_overrides_the_file_and_may_hold_a_password() {
        let s = ArchiveSettings {
            url: Some("postgresql://juxta@file.host/a".into()),
            ..Default::default()
        };
        let env = Env {
            juxta_archive: Some("postgresql://ci:pw@env.host/b".into()),
            ..Default::default()
        };
        let t = Target::resolve(Some(&s), &env).unwrap().unwrap();
        assert_eq!(t.shown, "ci@env.host:5432/b");
        assert_eq!(t.config.get_password(), Some(&b"pw"[..]));
        assert!(!format!("{t:?}").contains("pw@"));
        // Neither: no archive; an empty [archive] without the variable: an error.
        assert!(Target::resolve(None, &Env::default()).unwrap().is_none());
        let empty = ArchiveSettings::default();
        assert!(Target::resolve(Some(&empty), &Env::default()).is_err());
    }

    #[test]
    fn password_comes_from_pgpassword_then_the_password_file() {
        let s = ArchiveSettings {
            url: Some("postgresql://juxta@db.internal:5433/news".into()),
            ..Default::default()
        };
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:*:*:*:no\ndb.internal:5433:news:juxta:from\\:file\n*:*:*:*:any\n",
        )
        .unwrap();
        let env = Env {
            pgpass: Some(file.clone()),
            ..Default::default()
        };
        let t = Target::resolve(Some(&s), &env).unwrap().unwrap();
        assert_eq!(t.config.get_password(), Some(&b"from:file"[..]));
        let env = Env {
            pgpassword: Some("direct".into()),
            pgpass: Some(file),
            ..Default::default()
        };
        let t = Target::resolve(Some(&s), &env).unwrap().unwrap();
        assert_eq!(t.config.get_password(), Some(&b"direct"[..]));
    }

    #[test]
    fn redaction_hides_plain_and_encoded_passwords() {
        let url = "postgresql://u:p%40ss@h/d";
        assert_eq!(redact("x p@ss y p%40ss", url), "x *** y ***");
        assert_eq!(redact("nothing", "postgresql://u@h/d"), "nothing");
    }
}
