//! `juxta dev …`: tools for developing and measuring juxta.

use std::path::PathBuf;

use crate::error::Result;
use crate::generate::{self, Spec};

/// Arguments of `juxta dev`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: DevCommand,
}

/// Developer commands.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum DevCommand {
    /// Write a synthetic project: real paragraphs of the bundled articles
    /// recombined into many articles, outlets and dates (for benchmarks).
    Generate {
        /// The folder to create (must be new or empty).
        #[arg(value_name = "DIR")]
        out: PathBuf,
        /// Number of articles.
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        /// Number of outlets.
        #[arg(long, default_value_t = 12)]
        outlets: usize,
        /// Random seed (the same seed gives the same corpus).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also copy templates, so the project builds. DIR is a templates
        /// folder (it holds .typ files) or a project folder (its templates
        /// folder is used: `templates` in its juxta.toml, default
        /// report-templates/). Only templates and what they read (.typ, data,
        /// images, fonts) are copied; hidden folders, links and anything else
        /// (target/, sources/) are not.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    /// Print the JSON Schema of the data templates receive.
    Schema,
}

/// Runs `juxta dev`.
pub(crate) fn run(_ctx: &super::Ctx, args: Args) -> Result<i32> {
    match args.command {
        DevCommand::Generate {
            out,
            articles,
            outlets,
            seed,
            templates,
        } => {
            let spec = Spec {
                articles,
                outlets: outlets.max(1),
                seed,
            };
            let bytes = generate::write_project(&out, &spec, templates.as_deref())?;
            eprintln!(
                "wrote {} articles ({:.1} MB) from {} outlets into {}",
                articles,
                bytes as f64 / 1e6,
                spec.outlets,
                out.display()
            );
            Ok(0)
        }
        DevCommand::Schema => {
            super::out(&crate::briefing::schema_json());
            Ok(0)
        }
    }
}
