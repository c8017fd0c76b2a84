//! `juxta completions SHELL`: shell completion scripts.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Result;

/// Arguments of `juxta completions`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The shell: bash, zsh, fish, elvish or powershell.
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,
}

/// Runs `juxta completions`.
pub(crate) fn run(_ctx: &super::Ctx, args: Args) -> Result<i32> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "juxta", &mut buf);
    super::out(&String::from_utf8_lossy(&buf));
    Ok(0)
}
