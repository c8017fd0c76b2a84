//! `juxta fetch [OUTLET]...` (every outlet's feeds and sitemaps) and
//! `juxta add URL...` (single articles): see [`crate::fetch`].

use crate::config::{Outlet, Project};
use crate::error::{Error, Result};
use crate::fetch::{self, Outcome, Report, Request, Status};

/// Arguments of `juxta fetch`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Outlet ids whose feeds and sitemaps are read (default: every outlet).
    #[arg(value_name = "OUTLET")]
    pub(crate) outlets: Vec<String>,
    /// Only articles the feed or sitemap dates on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub(crate) since: Option<String>,
    /// Store only articles in this theme's scope (off by default: the archive is the record).
    #[arg(long = "match", value_name = "THEME")]
    pub(crate) theme: Option<String>,
    /// Print what happened to each URL as JSON on standard output.
    #[arg(long)]
    pub(crate) json: bool,
    /// Print nothing but errors and failed URLs.
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
}

/// Arguments of `juxta add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// Article addresses (http or https).
    #[arg(value_name = "URL", required = true)]
    pub(crate) urls: Vec<String>,
    /// The outlet (default: the one whose `domains` hold the address's host).
    #[arg(long, value_name = "OUTLET")]
    pub(crate) outlet: Option<String>,
    /// Store it only when it is in this theme's scope.
    #[arg(long = "match", value_name = "THEME")]
    pub(crate) theme: Option<String>,
    /// Print what happened to each URL as JSON on standard output.
    #[arg(long)]
    pub(crate) json: bool,
    /// Print nothing but errors and failed URLs.
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
}

/// Runs `juxta fetch`.
pub(crate) fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let project = ctx.project()?;
    let since = args.since.as_deref().map(since).transpose()?;
    let outlets = select_outlets(&project, &args.outlets)?;
    let theme = args
        .theme
        .as_deref()
        .map(|t| project.theme(t))
        .transpose()?;
    let req = Request {
        outlets,
        since,
        theme,
        ..Request::default()
    };
    execute(&project, &req, args.json, args.quiet)
}

/// Runs `juxta add`.
pub(crate) fn run_add(ctx: &super::Ctx, args: AddArgs) -> Result<i32> {
    let project = ctx.project()?;
    let chosen = args
        .outlet
        .as_deref()
        .map(|id| outlet(&project, id))
        .transpose()?;
    let mut urls = Vec::new();
    for u in &args.urls {
        let url = fetch::urls::web_url(u).map_err(|why| {
            Error::usage(format!("juxta add: {why}")).hint(
                "give the article's full address, e.g. https://www.example.org/2024/03/01/story",
            )
        })?;
        let o = match chosen {
            Some(o) => o,
            None => outlet_of(&project, &url)?,
        };
        urls.push((url, o));
    }
    let theme = args
        .theme
        .as_deref()
        .map(|t| project.theme(t))
        .transpose()?;
    let req = Request {
        urls,
        theme,
        ..Request::default()
    };
    execute(&project, &req, args.json, args.quiet)
}

/// Fetches, prints and gives the exit code: 1 when a URL failed.
fn execute(project: &Project, req: &Request<'_>, json: bool, quiet: bool) -> Result<i32> {
    let env = super::Environment::read()?;
    // With [archive], a server that cannot be reached stops before any fetching.
    let mut archive = super::project_archive(project, &env)?
        .map(|t| crate::archive::Archive::connect(&t))
        .transpose()?;
    note_delay(project, req);
    let show = |o: &Outcome| {
        if json || (quiet && o.status != Status::Failed) {
            return;
        }
        eprintln!("{}", line(o));
    };
    let report = fetch::run(project, req, &show)?;
    if let Some(a) = &mut archive {
        let pushed = crate::archive::push::fetched(a, project, &report.urls)?;
        if !json && !quiet {
            eprintln!(
                "pushed {} to {} ({} written)",
                super::plural(pushed.sources, "fetched article"),
                a.shown,
                pushed.written
            );
        }
    }
    if json {
        super::out(&super::json(&JsonReport::of(&report))?);
    } else if !quiet {
        eprintln!("{}", summary(&report));
    }
    Ok(if report.count(Status::Failed) > 0 {
        1
    } else {
        0
    })
}

/// The JSON of `--json`.
#[derive(serde::Serialize)]
struct JsonReport<'a> {
    urls: &'a [Outcome],
    summary: std::collections::BTreeMap<&'static str, usize>,
}

impl<'a> JsonReport<'a> {
    fn of(r: &'a Report) -> Self {
        let mut summary = std::collections::BTreeMap::new();
        for (name, s) in STATUSES {
            summary.insert(name, r.count(s));
        }
        summary.insert("before_since", r.before_since);
        JsonReport {
            urls: &r.urls,
            summary,
        }
    }
}

const STATUSES: [(&str, Status); 6] = [
    ("fetched", Status::Fetched),
    ("unchanged", Status::Unchanged),
    ("duplicate", Status::Duplicate),
    ("disallowed", Status::Disallowed),
    ("skipped", Status::Skipped),
    ("failed", Status::Failed),
];

/// One line per URL: `fetched    article  URL → path (reason)`.
fn line(o: &Outcome) -> String {
    let status = STATUSES
        .iter()
        .find(|(_, s)| *s == o.status)
        .map_or("?", |(n, _)| *n);
    let kind = match o.kind {
        fetch::Kind::Feed => "feed",
        fetch::Kind::Sitemap => "sitemap",
        fetch::Kind::Article => "article",
    };
    let mut s = format!("{status:<10} {kind:<7} {}", o.url);
    if let Some(p) = &o.path {
        s.push_str(&format!(" → {p}"));
    }
    if o.truncated {
        s.push_str(" [cut off: a teaser or paywall]");
    }
    if let Some(r) = &o.reason {
        s.push_str(&format!(": {r}"));
    }
    s
}

fn summary(r: &Report) -> String {
    let parts: Vec<String> = STATUSES
        .iter()
        .map(|(n, s)| (n, r.count(*s)))
        .filter(|(_, c)| *c > 0)
        .map(|(n, c)| format!("{c} {n}"))
        .collect();
    let mut s = if parts.is_empty() {
        "fetch: nothing to fetch".to_string()
    } else {
        format!("fetch: {}", parts.join(", "))
    };
    if r.before_since > 0 {
        s.push_str(&format!(
            "; {} listed before --since, not asked for",
            r.before_since
        ));
    }
    s
}

/// A delay under a second holds only for hosts on this machine: says so
/// when other hosts will be fetched.
fn note_delay(project: &Project, req: &Request<'_>) {
    if project.fetch.delay >= fetch::settings::MIN_REMOTE_DELAY {
        return;
    }
    let remote = req
        .outlets
        .iter()
        .flat_map(|o| o.feeds.iter().chain(&o.sitemaps))
        .filter_map(|u| url::Url::parse(u).ok())
        .chain(req.urls.iter().map(|(u, _)| u.clone()))
        .any(|u| !fetch::urls::is_loopback(&u));
    if remote {
        eprintln!(
            "note: [fetch] delay is under 1 s; hosts other than this machine are still asked at most once a second"
        );
    }
}

/// `--since`: a day.
fn since(v: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").map_err(|_| {
        Error::usage(format!("--since `{v}` is not a date"))
            .hint("write the day as YYYY-MM-DD, e.g. --since 2024-03-01")
    })
}

/// The outlets named (every outlet with feeds or sitemaps for none).
fn select_outlets<'a>(project: &'a Project, ids: &[String]) -> Result<Vec<&'a Outlet>> {
    if ids.is_empty() {
        let all: Vec<&Outlet> = project
            .outlets
            .iter()
            .filter(|o| !o.feeds.is_empty() || !o.sitemaps.is_empty())
            .collect();
        if all.is_empty() {
            return Err(Error::usage(format!(
                "no outlet in {} has feeds or sitemaps",
                project.config_name()
            ))
            .hint("add e.g. feeds = [\"https://www.example.org/rss.xml\"] to an [outlets.<id>] table, or fetch single articles with `juxta add URL`"));
        }
        return Ok(all);
    }
    ids.iter()
        .map(|id| {
            let o = outlet(project, id)?;
            if o.feeds.is_empty() && o.sitemaps.is_empty() {
                return Err(Error::usage(format!(
                    "outlet `{id}` has no feeds or sitemaps in {}",
                    project.config_name()
                ))
                .hint(format!(
                    "add feeds = [\"https://…\"] to [outlets.{id}], or fetch single articles with `juxta add URL`"
                )));
            }
            Ok(o)
        })
        .collect()
}

/// The outlet with this id, or a usage error naming the known ones.
fn outlet<'a>(project: &'a Project, id: &str) -> Result<&'a Outlet> {
    project.outlet(id).ok_or_else(|| {
        let ids: Vec<&str> = project.outlets.iter().map(|o| o.id.as_str()).collect();
        let mut e = Error::usage(format!("no outlet `{id}` in {}", project.config_name()));
        if let Some(s) = crate::error::did_you_mean(id, ids.iter().copied()) {
            e = e.hint(format!("did you mean `{s}`?"));
        }
        e.hint(format!("known outlets: {}", ids.join(", ")))
    })
}

/// The outlet whose `domains` hold `url`'s host.
fn outlet_of<'a>(project: &'a Project, url: &url::Url) -> Result<&'a Outlet> {
    project
        .outlets
        .iter()
        .find(|o| fetch::urls::on_domains(url, &o.domains))
        .ok_or_else(|| {
            let host = fetch::urls::bare_host(url);
            Error::usage(format!(
                "no outlet in {} has the domain {host}",
                project.config_name()
            ))
            .hint(format!(
                "add domains = [\"{host}\"] to the outlet's table, or pass --outlet ID"
            ))
        })
}
