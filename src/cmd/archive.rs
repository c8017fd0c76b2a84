//! `juxta archive …`: the shared PostgreSQL archive (`[archive]` in
//! juxta.toml, or `JUXTA_ARCHIVE`).

use super::plural;
use crate::archive::{Archive, Target};
use crate::config::Project;
use crate::error::{Error, Result};

/// Arguments of `juxta archive`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: ArchiveCommand,
}

/// Archive commands.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum ArchiveCommand {
    /// Put the project's sources/ into the archive (idempotent; safe to run
    /// from many machines at once; migrates the schema first).
    Push {
        /// Print the summary as JSON on standard output.
        #[arg(long)]
        json: bool,
    },
    /// Show what the archive holds: outlets, articles, date span, last
    /// fetch, schema version.
    Status {
        /// Print it as JSON on standard output.
        #[arg(long)]
        json: bool,
    },
    /// Bring the archive's schema to the version this juxta uses (needs the
    /// writer role).
    Migrate,
}

/// The archive of the project, or an error saying how to name one.
pub(crate) fn target(project: &Project, env: &super::Environment) -> Result<Target> {
    Target::resolve(project.archive.as_ref(), &env.archive)?.ok_or_else(|| {
        Error::usage("no archive: the project has no [archive] table and JUXTA_ARCHIVE is not set")
            .hint("add [archive] with url = \"postgresql://user@host/db\" to juxta.toml, or set JUXTA_ARCHIVE")
    })
}

/// Runs `juxta archive`.
pub(crate) fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let env = super::Environment::read()?;
    let project = ctx.project()?;
    let target = target(&project, &env)?;
    let mut a = Archive::connect(&target)?;
    match args.command {
        ArchiveCommand::Push { json } => {
            let r = crate::archive::push::push(&mut a, &project)?;
            if json {
                super::out(&super::json(&r)?);
            } else {
                for v in &r.migrated {
                    eprintln!("migrated {} to schema version {v}", a.shown);
                }
                eprintln!(
                    "pushed {} to {}: {} written ({}), {} unchanged",
                    plural(r.sources, "source"),
                    a.shown,
                    r.written,
                    plural(r.passages, "passage"),
                    r.unchanged
                );
            }
        }
        ArchiveCommand::Status { json } => {
            let s = crate::archive::status::status(&mut a)?;
            if json {
                super::out(&super::json(&s)?);
            } else {
                print_status(&s);
            }
        }
        ArchiveCommand::Migrate => {
            let applied = crate::archive::schema::migrate(&mut a)?;
            match applied.as_slice() {
                [] => eprintln!(
                    "{} is at schema version {} already",
                    a.shown,
                    crate::archive::schema::CURRENT
                ),
                v => eprintln!(
                    "migrated {} to schema version {} (applied {:?})",
                    a.shown,
                    crate::archive::schema::CURRENT,
                    v
                ),
            }
        }
    }
    Ok(0)
}

fn print_status(s: &crate::archive::status::Status) {
    let date = |d: Option<chrono::NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    super::out(&format!(
        "archive {}\nschema version {} (this juxta: {})\n{} articles, {} passages, {} to {}, last fetch {}\ndatabase size {} MB\n",
        s.archive,
        s.schema_version,
        s.schema_expected,
        s.articles,
        s.passages,
        date(s.first),
        date(s.last),
        s.last_fetch.as_deref().unwrap_or("-"),
        s.database_bytes / 1_000_000
    ));
    for o in &s.outlets {
        super::out(&format!(
            "  {:<20} {:>8} articles {:>9} passages  {} to {}  last fetch {}\n",
            o.outlet,
            o.articles,
            o.passages,
            date(o.first),
            date(o.last),
            o.last_fetch.as_deref().unwrap_or("-")
        ));
    }
}
