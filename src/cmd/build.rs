//! `juxta build`: themes → PDFs (and on request JSON / .typ) in output/.

use std::sync::Mutex;

use super::plural;
use crate::build::{self, BuildReport, Emit, Event, Options, Status};
use crate::config::{Project, Theme};
use crate::error::{Error, Result};

/// What `--emit` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum EmitKind {
    /// output/<theme>.pdf (the default).
    Pdf,
    /// output/<theme>.json: exactly the data the template receives.
    Json,
    /// output/<theme>.typ + .json + fonts/: a self-contained Typst file for the typst CLI.
    Typ,
}

/// Arguments of `juxta build`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Theme ids to build (default: the project's default-theme).
    #[arg(value_name = "THEME")]
    pub(crate) themes: Vec<String>,
    /// Build every theme.
    #[arg(long, conflicts_with = "themes")]
    pub(crate) all: bool,
    /// Use this template (a name in report-templates/) instead of each theme's.
    #[arg(long, value_name = "NAME")]
    pub(crate) template: Option<String>,
    /// What to write: pdf, json, typ (repeat or separate with commas).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "pdf")]
    pub(crate) emit: Vec<EmitKind>,
    /// Make the PDF conform to a standard Typst checks: a-2b, ua-1, … (repeatable).
    #[arg(long = "pdf-standard", value_name = "STANDARD", value_delimiter = ',')]
    pub(crate) pdf_standard: Vec<String>,
    /// Rebuild themes even when nothing they depend on changed.
    #[arg(long)]
    pub(crate) force: bool,
    /// Themes built at the same time (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub(crate) jobs: Option<usize>,
    /// Print nothing but errors.
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
    /// Print the summary as JSON on standard output.
    #[arg(long)]
    pub(crate) json: bool,
    /// The period, for this run.
    #[command(flatten)]
    pub(crate) period: super::collect::PeriodArgs,
}

/// Runs `juxta build`.
pub(crate) fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let env = super::Environment::read()?;
    let mut options = options(&args, &env)?;
    let period = args.period.to_override()?;
    // A period for one run compares with the last build but is not recorded.
    options.record_since = period.from.is_none() && period.to.is_none() && period.last.is_none();
    let project = ctx.project_in_period(&env, &period)?;
    options.archive = super::project_archive(&project, &env)?;
    let themes: Vec<&Theme> = select_themes(&project, &args.themes, args.all)?;
    let quiet = args.quiet || args.json;
    let reporter = Reporter {
        quiet,
        fancy: !quiet && env.stderr_terminal && !env.ci,
        bar: Mutex::new(None),
    };
    let report = build::run(&project, &themes, &options, &|e| reporter.event(e))?;
    reporter.finish();
    print_report(&args, &report)
}

/// The build options from the flags and the environment, checked before any I/O.
fn options(args: &Args, env: &super::Environment) -> Result<Options> {
    if let Some(t) = &args.template
        && (t.contains("..") || t.starts_with('/') || t.contains('\\'))
    {
        return Err(
            Error::usage(format!("--template `{t}` is not a template name"))
                .hint("name a file in report-templates/ without `.typ`, e.g. --template memo"),
        );
    }
    if args.jobs == Some(0) {
        return Err(Error::usage("--jobs must be at least 1"));
    }
    Ok(Options {
        source_date_epoch: env.source_date_epoch,
        template_timeout: env.template_timeout,
        template_memory_mib: Some(env.template_memory_mib),
        template: args.template.clone(),
        emit: Emit {
            pdf: args.emit.contains(&EmitKind::Pdf),
            json: args.emit.contains(&EmitKind::Json),
            typ: args.emit.contains(&EmitKind::Typ),
        },
        standards: args.pdf_standard.clone(),
        archive: None,
        record_since: true,
        force: args.force,
        jobs: args.jobs.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        }),
    })
}

/// Shows progress: a bar on a terminal, one line per theme elsewhere.
struct Reporter {
    quiet: bool,
    fancy: bool,
    bar: Mutex<Option<indicatif::ProgressBar>>,
}

impl Reporter {
    fn event(&self, e: Event<'_>) {
        if self.quiet {
            return;
        }
        match e {
            Event::Plan {
                building,
                unchanged,
            } => self.plan(building, unchanged),
            Event::Loading => {
                if let Ok(b) = self.bar.lock()
                    && let Some(pb) = b.as_ref()
                {
                    pb.set_message("reading sources");
                } else if !self.fancy {
                    eprintln!("reading and indexing sources");
                }
            }
            Event::Started(id) => {
                if let Ok(b) = self.bar.lock()
                    && let Some(pb) = b.as_ref()
                {
                    pb.set_message(id.to_string());
                }
            }
            Event::Finished(r) => {
                let line = status_line(r);
                match self.bar.lock().ok().as_deref().and_then(Option::as_ref) {
                    Some(pb) => {
                        if r.status != Status::Unchanged {
                            pb.inc(1);
                        }
                        pb.println(line);
                    }
                    None => eprintln!("{line}"),
                }
            }
        }
    }

    fn plan(&self, building: usize, unchanged: usize) {
        if self.fancy && building > 0 {
            let pb = indicatif::ProgressBar::new(building as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{spinner} building [{bar:30}] {pos}/{len} {msg}",
            ) {
                pb.set_style(style.progress_chars("=> "));
            }
            pb.enable_steady_tick(std::time::Duration::from_millis(120));
            if let Ok(mut b) = self.bar.lock() {
                *b = Some(pb);
            }
        } else if !self.fancy && unchanged + building > 1 {
            eprintln!("{building} to build, {unchanged} unchanged");
        }
    }

    fn finish(&self) {
        if let Ok(mut b) = self.bar.lock()
            && let Some(pb) = b.take()
        {
            pb.finish_and_clear();
        }
    }
}

/// Prints warnings, errors and the summary; the exit code.
fn print_report(args: &Args, report: &BuildReport) -> Result<i32> {
    let quiet = args.quiet || args.json;
    if !args.quiet {
        super::warn_all(&report.warnings);
    }
    for r in &report.themes {
        if !args.quiet {
            super::warn_all(&r.warnings);
        }
        if let Some(e) = &r.failure {
            eprint!("{}", e.render());
        }
    }
    if args.json {
        super::out(&super::json(report)?);
    } else if !quiet && report.themes.len() > 1 {
        eprint!("{}", summary(report));
    }
    if report.failed == 0 {
        return Ok(0);
    }
    if !args.json {
        let names: Vec<&str> = report
            .themes
            .iter()
            .filter(|r| r.status == Status::Failed)
            .map(|r| r.theme.as_str())
            .collect();
        eprintln!(
            "error: {} of {} theme{} failed: {}",
            report.failed,
            report.themes.len(),
            if report.themes.len() == 1 { "" } else { "s" },
            names.join(", ")
        );
    }
    // A theme that cannot be built as configured (e.g. its template does
    // not exist) is a usage error; anything else a build failure.
    let usage = report
        .themes
        .iter()
        .filter_map(|r| r.failure.as_ref())
        .any(|e| e.exit_code() == 2);
    Ok(if usage { 2 } else { 1 })
}

fn status_line(r: &build::ThemeReport) -> String {
    match r.status {
        Status::Built => format!(
            "built     {} ({}, {}, {:.1}s)",
            r.outputs.join(", "),
            r.pages.map_or("no PDF".into(), |p| plural(p, "page")),
            plural(r.passages.unwrap_or(0), "passage"),
            r.seconds
        ),
        Status::Unchanged => format!("unchanged {}", r.outputs.join(", ")),
        Status::Failed => format!("failed    {} ({:.1}s)", r.theme, r.seconds),
    }
}

/// The summary table: theme, status, pages, time.
pub(crate) fn summary(report: &BuildReport) -> String {
    let width = report
        .themes
        .iter()
        .map(|r| r.theme.len())
        .max()
        .unwrap_or(5)
        .max(5);
    let mut s = format!(
        "\n{:<width$}  {:<9}  {:>5}  {:>7}\n",
        "theme", "status", "pages", "time"
    );
    for r in &report.themes {
        let status = match r.status {
            Status::Built => "built",
            Status::Unchanged => "unchanged",
            Status::Failed => "FAILED",
        };
        s.push_str(&format!(
            "{:<width$}  {:<9}  {:>5}  {:>6.2}s\n",
            r.theme,
            status,
            r.pages.map_or("-".into(), |p| p.to_string()),
            r.seconds
        ));
    }
    s.push_str(&format!(
        "{} built, {} unchanged, {} failed in {:.2}s\n",
        report.built, report.unchanged, report.failed, report.seconds
    ));
    s
}

/// The themes named, the default theme, or all.
pub(crate) fn select_themes<'a>(
    project: &'a Project,
    ids: &[String],
    all: bool,
) -> Result<Vec<&'a Theme>> {
    if all {
        if project.themes.is_empty() {
            return Err(
                Error::usage(format!("{} defines no themes", project.config_name()))
                    .hint("add a [themes.<id>] table"),
            );
        }
        return Ok(project.themes.iter().collect());
    }
    if ids.is_empty() {
        return match &project.default_theme {
            Some(d) => Ok(vec![project.theme(d)?]),
            None if project.themes.len() == 1 => Ok(vec![&project.themes[0]]),
            None => Err(Error::usage("no theme named and no default-theme set").hint(
                "name a theme (`juxta build THEME`), use --all, or set default-theme in [project]",
            )),
        };
    }
    let mut out = Vec::new();
    for id in ids {
        let t = project.theme(id)?;
        if !out.iter().any(|x: &&Theme| x.id == t.id) {
            out.push(t);
        }
    }
    Ok(out)
}
