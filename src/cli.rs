//! The command line: clap definitions and dispatch to `cmd::*`.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::cmd;
use crate::error::Result;

/// juxta shows, side by side, how different outlets cover one theme, as a
/// typeset PDF briefing.
#[derive(Debug, Parser)]
#[command(
    name = "juxta",
    version,
    about = "Side-by-side briefings: how different outlets cover one theme, as a typeset PDF",
    long_about = "juxta reads the articles in sources/<outlet>/, finds the passages on each facet of a theme described in juxta.toml, and typesets them side by side, outlet by outlet, into output/<theme>.pdf.",
    after_help = "Run `juxta <command> --help` for the options of a command. The project is the folder holding juxta.toml (found in the current folder or above it)."
)]
pub(crate) struct Cli {
    /// Use this juxta.toml instead of searching the current folder and its parents.
    #[arg(long, global = true, value_name = "PATH")]
    pub(crate) config: Option<PathBuf>,

    /// How errors and warnings are printed: `human` (with the source line and
    /// hints) or `short` (one line each, for CI logs).
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "human",
        value_name = "FORMAT"
    )]
    pub(crate) diagnostic_format: DiagnosticFormat,

    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum DiagnosticFormat {
    /// `error: file:line:col: message`, the source line with carets, notes and hints.
    Human,
    /// `error: file:line:col: message (hint: …)` on one line.
    Short,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Build briefings as PDF into output/ (the default theme when none is named).
    Build(cmd::build::Args),
    /// Show the passages selected for each facet × outlet of a theme.
    Collect(cmd::collect::Args),
    /// Show how juxta reads source files: metadata, paragraphs, quotes and removed noise.
    Inspect(cmd::inspect::Args),
    /// Validate the configuration, sources, queries and templates without writing anything.
    Check(cmd::check::Args),
    /// List the themes and outlets of the project, with source counts.
    List(cmd::list::Args),
    /// Fetch new articles from the outlets' feeds and sitemaps into sources/<outlet>/.
    Fetch(cmd::fetch::Args),
    /// Fetch single articles by URL into sources/<outlet>/ (the outlet from `domains`).
    Add(cmd::fetch::AddArgs),
    /// Create a new project that builds at once (juxta.toml, folders, templates).
    Init(cmd::init::Args),
    /// Print a shell completion script (bash, zsh, fish …).
    Completions(cmd::completions::Args),
    /// The shared PostgreSQL archive: push sources, show its status, migrate its schema.
    Archive(cmd::archive::Args),
    /// Developer tools (synthetic corpora for benchmarks).
    Dev(cmd::dev::Args),
    /// Compiles one template for a parent juxta process (see `worker`).
    #[command(hide = true, name = "render-worker")]
    RenderWorker,
}

/// Parses arguments and runs the command; returns the exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<i32> {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Ok(code);
        }
    };
    crate::error::set_short_diagnostics(cli.diagnostic_format == DiagnosticFormat::Short);
    // Colours only for a person at a terminal, never in pipes, logs or tests.
    crate::error::set_coloured_diagnostics(
        std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    );
    let ctx = cmd::Ctx {
        config: cli.config.clone(),
    };
    match cli.command {
        Command::Build(a) => cmd::build::run(&ctx, a),
        Command::Collect(a) => cmd::collect::run(&ctx, a),
        Command::Inspect(a) => cmd::inspect::run(&ctx, a),
        Command::Check(a) => cmd::check::run(&ctx, a),
        Command::List(a) => cmd::list::run(&ctx, a),
        Command::Dev(a) => cmd::dev::run(&ctx, a),
        Command::Archive(a) => cmd::archive::run(&ctx, a),
        Command::Fetch(a) => cmd::fetch::run(&ctx, a),
        Command::Add(a) => cmd::fetch::run_add(&ctx, a),
        Command::Init(a) => cmd::init::run(&ctx, a),
        Command::Completions(a) => cmd::completions::run(&ctx, a),
        Command::RenderWorker => crate::worker::serve(),
    }
}
