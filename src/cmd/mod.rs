//! Commands: each file wires the stages together for one verb; no logic of
//! its own beyond printing.

pub(crate) mod archive;
pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod collect;
pub(crate) mod completions;
pub(crate) mod dev;
pub(crate) mod fetch;
pub(crate) mod init;
pub(crate) mod inspect;
pub(crate) mod list;

use std::io::Write;
use std::path::PathBuf;

use crate::config::Project;
use crate::error::{Error, Result, Warning};

/// What every command gets.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ctx {
    /// `--config PATH`.
    pub(crate) config: Option<PathBuf>,
}

impl Ctx {
    /// Finds and loads the project.
    pub(crate) fn project(&self) -> Result<Project> {
        let cwd = std::env::current_dir()
            .map_err(|e| Error::usage(format!("cannot read the current folder: {e}")))?;
        let path = Project::find_config(self.config.as_deref(), &cwd)?;
        Project::load(&path)
    }

    /// Loads the project with every theme's period set for this run:
    /// `--from`/`--to`/`--last` (`period`) replace the configured bounds,
    /// and `last` counts back from the build date.
    pub(crate) fn project_in_period(
        &self,
        env: &Environment,
        period: &crate::period::Override,
    ) -> Result<Project> {
        let mut project = self.project()?;
        project.limit_periods(period, env.today);
        Ok(project)
    }
}

/// The archive a project's builds and fetches use: its `[archive]`,
/// with the URL `JUXTA_ARCHIVE` may give; none without `[archive]`.
pub(crate) fn project_archive(
    project: &Project,
    env: &Environment,
) -> Result<Option<crate::archive::Target>> {
    match &project.archive {
        Some(s) => crate::archive::Target::resolve(Some(s), &env.archive),
        None => Ok(None),
    }
}

/// The environment variables juxta reads, resolved once by the command line
/// before any I/O; the stages below receive the values, never the variables.
#[derive(Debug, Clone)]
pub(crate) struct Environment {
    /// `SOURCE_DATE_EPOCH`: seconds since 1970 for the build date.
    pub(crate) source_date_epoch: Option<i64>,
    /// `JUXTA_TEMPLATE_TIMEOUT`: seconds one template may run.
    pub(crate) template_timeout: std::time::Duration,
    /// `JUXTA_TEMPLATE_MEMORY`: MiB of address space one template compile may use.
    pub(crate) template_memory_mib: u64,
    /// Whether `CI` is set.
    pub(crate) ci: bool,
    /// Whether standard error is a terminal.
    pub(crate) stderr_terminal: bool,
    /// The build date a theme's `last = "…"` counts back from: the day of
    /// `SOURCE_DATE_EPOCH` when set, else today (UTC).
    pub(crate) today: chrono::NaiveDate,
    /// `JUXTA_ARCHIVE`, `PGPASSWORD` and the password file.
    pub(crate) archive: crate::archive::settings::Env,
}

/// The longest `JUXTA_TEMPLATE_TIMEOUT` accepted: a week.
const MAX_TEMPLATE_TIMEOUT_SECS: f64 = 7.0 * 24.0 * 3600.0;

impl Environment {
    /// Reads the environment; a value juxta cannot use is an error naming
    /// the variable (an empty value counts as unset).
    pub fn read() -> Result<Environment> {
        use std::io::IsTerminal;
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let source_date_epoch = var("SOURCE_DATE_EPOCH")
            .map(|v| source_date_epoch(&v))
            .transpose()?;
        Ok(Environment {
            source_date_epoch,
            today: source_date_epoch
                .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
                .unwrap_or_else(chrono::Utc::now)
                .date_naive(),
            template_timeout: match var("JUXTA_TEMPLATE_TIMEOUT") {
                Some(v) => template_timeout(&v)?,
                None => std::time::Duration::from_secs(crate::render::DEFAULT_TIMEOUT_SECS),
            },
            template_memory_mib: match var("JUXTA_TEMPLATE_MEMORY") {
                Some(v) => template_memory(&v)?,
                None => crate::worker::DEFAULT_MEMORY_MIB,
            },
            ci: std::env::var_os("CI").is_some(),
            stderr_terminal: std::io::stderr().is_terminal(),
            archive: crate::archive::settings::Env::from_process(),
        })
    }
}

/// `SOURCE_DATE_EPOCH`: whole seconds since 1970-01-01 UTC.
fn source_date_epoch(v: &str) -> Result<i64> {
    v.trim()
        .parse::<i64>()
        .ok()
        .filter(|s| chrono::DateTime::from_timestamp(*s, 0).is_some())
        .ok_or_else(|| {
            Error::usage(format!(
                "SOURCE_DATE_EPOCH=`{v}` is not a time juxta can use: expected whole seconds since 1970-01-01 UTC"
            ))
            .hint("unset it, or set it e.g. to the last commit's time: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)")
        })
}

/// `JUXTA_TEMPLATE_TIMEOUT`: seconds, more than 0 and at most a week.
fn template_timeout(v: &str) -> Result<std::time::Duration> {
    v.trim()
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s > 0.0 && *s <= MAX_TEMPLATE_TIMEOUT_SECS)
        .map(std::time::Duration::from_secs_f64)
        .ok_or_else(|| {
            Error::usage(format!(
                "JUXTA_TEMPLATE_TIMEOUT=`{v}` is not a time limit juxta can use: expected seconds, more than 0 and at most {MAX_TEMPLATE_TIMEOUT_SECS}"
            ))
            .hint(format!(
                "unset it for the default ({} s), or set e.g. JUXTA_TEMPLATE_TIMEOUT=300",
                crate::render::DEFAULT_TIMEOUT_SECS
            ))
        })
}

/// `JUXTA_TEMPLATE_MEMORY`: whole MiB, from 256 to 1 TiB.
fn template_memory(v: &str) -> Result<u64> {
    v.trim()
        .parse::<u64>()
        .ok()
        .filter(|m| (256..=1024 * 1024).contains(m))
        .ok_or_else(|| {
            Error::usage(format!(
                "JUXTA_TEMPLATE_MEMORY=`{v}` is not a memory limit juxta can use: expected whole MiB, from 256 to 1048576"
            ))
            .hint(format!(
                "unset it for the default ({} MiB), or set e.g. JUXTA_TEMPLATE_MEMORY=8192",
                crate::worker::DEFAULT_MEMORY_MIB
            ))
        })
}

/// Writes to standard output; a closed pipe (e.g. `| head`) ends quietly.
pub(crate) fn out(s: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(s.as_bytes()).and_then(|_| stdout.flush())
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// Prints warnings to standard error.
pub(crate) fn warn_all(warnings: &[Warning]) {
    for w in warnings {
        eprint!("{}", w.render());
    }
}

/// Serializes to pretty JSON with a final newline.
pub(crate) fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    let mut s = serde_json::to_string_pretty(v)
        .map_err(|e| Error::build(format!("cannot serialize JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}

/// "1 theme", "2 themes".
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
