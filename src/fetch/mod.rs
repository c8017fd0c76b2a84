//! `juxta fetch` and `juxta add`: articles come in from outlets' feeds,
//! sitemaps and URLs, politely, and are archived byte for byte.
//!
//! A run has two rounds. First every feed and sitemap of the chosen
//! outlets is asked for, conditionally (`ETag` / `Last-Modified` from
//! `.juxta/fetch/`, [`state`]): an unchanged list answers 304 and costs
//! nothing more. Then the articles they list that the archive does not hold
//! yet are fetched ([`archive`] knows what it holds from its sidecars).
//! In both rounds hosts are worked on in parallel (`concurrency`), one
//! connection per host, requests to a host spaced and robots.txt obeyed
//! ([`hosts`]). A page is read as juxta reads a source (its canonical
//! address, metadata and text) before it is stored; the same canonical
//! address is never stored twice, and a changed text at the same address
//! becomes a new snapshot ([`archive`]). One URL's failure never stops the
//! others; the report says what happened to each.

pub(crate) mod archive;
pub(crate) mod hosts;
pub(crate) mod http;
pub(crate) mod lists;
pub(crate) mod settings;
pub(crate) mod state;
pub(crate) mod urls;

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;
use sha2::{Digest, Sha256};
use url::Url;

use self::archive::{Index, Stored};
use self::hosts::{Hosts, Refusal};
use self::http::Validators;
use self::lists::Listed;
use self::state::{ListState, State};
use crate::config::{Outlet, Project, Theme};
use crate::error::{Error, Result};
use crate::ingest::fetched::FetchRecord;
use crate::ingest::{Document, Provenance};

/// The most child sitemaps one sitemap index leads to.
const MAX_CHILD_SITEMAPS: usize = 50;

/// What to fetch.
#[derive(Debug, Default)]
pub(crate) struct Request<'a> {
    /// Outlets whose feeds and sitemaps are read.
    pub(crate) outlets: Vec<&'a Outlet>,
    /// Articles to fetch by address, with their outlet (`juxta add`).
    pub(crate) urls: Vec<(Url, &'a Outlet)>,
    /// Only articles listed as published on or after this day.
    pub(crate) since: Option<chrono::NaiveDate>,
    /// Only articles in this theme's scope are stored.
    pub(crate) theme: Option<&'a Theme>,
}

/// What a URL is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    /// A feed.
    Feed,
    /// A sitemap.
    Sitemap,
    /// An article page.
    Article,
}

/// What happened to a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Status {
    /// Fetched (and, for an article, stored).
    Fetched,
    /// Not changed since the last run: nothing stored.
    Unchanged,
    /// The same article as one stored or fetched before: nothing stored.
    Duplicate,
    /// robots.txt does not allow it.
    Disallowed,
    /// Fetched but not stored on purpose (`--match`).
    Skipped,
    /// It could not be fetched or read.
    Failed,
}

/// The report on one URL.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Outcome {
    /// The address.
    pub(crate) url: String,
    /// The outlet.
    pub(crate) outlet: String,
    /// Feed, sitemap or article.
    pub(crate) kind: Kind,
    /// What happened.
    pub(crate) status: Status,
    /// Why, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) reason: Option<String>,
    /// The HTTP status of the last answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) http_status: Option<u16>,
    /// Where the article is stored (or the article it duplicates).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) path: Option<String>,
    /// The article's canonical address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) canonical_url: Option<String>,
    /// Whether the stored text is marked cut off (a teaser or paywall).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub(crate) truncated: bool,
}

impl Outcome {
    fn new(
        url: &Url,
        outlet: &str,
        kind: Kind,
        status: Status,
        reason: impl Into<String>,
    ) -> Outcome {
        let reason = reason.into();
        Outcome {
            url: url.to_string(),
            outlet: outlet.to_string(),
            kind,
            status,
            reason: (!reason.is_empty()).then_some(reason),
            http_status: None,
            path: None,
            canonical_url: None,
            truncated: false,
        }
    }
}

/// The report of a run.
#[derive(Debug, Default, Serialize)]
pub(crate) struct Report {
    /// Every URL asked for or listed, in order: lists first, then articles.
    pub(crate) urls: Vec<Outcome>,
    /// Articles listed before `--since`, not asked for.
    pub(crate) before_since: usize,
}

impl Report {
    /// How many URLs ended with `status`.
    pub(crate) fn count(&self, status: Status) -> usize {
        self.urls.iter().filter(|o| o.status == status).count()
    }
}

/// Called with each outcome as it is known (for progress lines).
pub(crate) type Progress<'a> = &'a (dyn Fn(&Outcome) + Sync);

/// Runs a fetch.
pub(crate) fn run(project: &Project, req: &Request<'_>, progress: Progress<'_>) -> Result<Report> {
    let settings = &project.fetch;
    if settings.contact.is_none() {
        return Err(Error::usage("juxta fetch needs a contact for site operators")
            .at(settings.at.clone())
            .hint("add to juxta.toml:\n[fetch]\ncontact = \"you@example.org\"   # or a URL; sent in the User-Agent"));
    }
    let sdir = state::dir(project);
    crate::fs::create_dir_in(&project.root, &sdir, "the fetch state folder .juxta/fetch")?;
    let _lock = crate::fs::lock_dir(&sdir, "lock", ".juxta/fetch")?;
    let run = Run {
        project,
        req,
        hosts: Hosts::new(settings),
        index: Mutex::new(Index::load(project)?),
        state: Mutex::new(State::load(project)),
        progress,
    };
    let mut report = Report::default();
    let listed = run.read_lists(&mut report);
    let jobs = run.plan(listed, &mut report);
    let articles = by_host(jobs, |j| &j.url, settings.concurrency, |j| run.article(j));
    report.urls.extend(articles);
    let state = run.state.into_inner().unwrap_or_else(|p| p.into_inner());
    state.save(project)?;
    Ok(report)
}

/// One run's shared parts.
struct Run<'a> {
    project: &'a Project,
    req: &'a Request<'a>,
    hosts: Hosts,
    index: Mutex<Index>,
    state: Mutex<State>,
    progress: Progress<'a>,
}

/// A feed or sitemap to read.
struct ListJob<'a> {
    url: Url,
    outlet: &'a Outlet,
    kind: Kind,
}

/// An article to fetch.
struct ArticleJob<'a> {
    /// The address as listed or given.
    url: Url,
    outlet: &'a Outlet,
    listed: Option<Listed>,
    listed_in: Option<String>,
    /// What the archive holds of it, when it is fetched again.
    stored: Option<Stored>,
}

impl<'a> Run<'a> {
    fn report(&self, o: Outcome) -> Outcome {
        (self.progress)(&o);
        o
    }

    /// Reads every feed and sitemap; returns the articles they list.
    fn read_lists(&self, report: &mut Report) -> Vec<(Listed, &'a Outlet, String)> {
        let mut jobs = Vec::new();
        for o in &self.req.outlets {
            for (list, kind) in [(&o.feeds, Kind::Feed), (&o.sitemaps, Kind::Sitemap)] {
                for u in list {
                    if let Ok(url) = Url::parse(u) {
                        jobs.push(ListJob {
                            url,
                            outlet: o,
                            kind,
                        });
                    }
                }
            }
        }
        let results = by_host(
            jobs,
            |j| &j.url,
            self.project.fetch.concurrency,
            |j| self.read_list(&j),
        );
        let mut listed = Vec::new();
        for (outcomes, articles) in results {
            report.urls.extend(outcomes);
            listed.extend(articles);
        }
        listed
    }

    /// Reads one list (and the sitemaps a sitemap index names).
    fn read_list(&self, job: &ListJob<'a>) -> (Vec<Outcome>, Vec<(Listed, &'a Outlet, String)>) {
        let mut outcomes = Vec::new();
        let mut articles = Vec::new();
        let mut queue = vec![(job.url.clone(), job.kind)];
        let mut seen = HashSet::new();
        while let Some((url, kind)) = queue.pop() {
            if !seen.insert(url.to_string()) || seen.len() > MAX_CHILD_SITEMAPS + 1 {
                continue;
            }
            let (outcome, list) = self.read_one_list(&url, job.outlet, kind);
            outcomes.push(self.report(outcome));
            if let Some(list) = list {
                let from = url.to_string();
                articles.extend(
                    list.articles
                        .into_iter()
                        .map(|a| (a, job.outlet, from.clone())),
                );
                queue.extend(list.sitemaps.into_iter().rev().map(|u| (u, Kind::Sitemap)));
            }
        }
        (outcomes, articles)
    }

    fn read_one_list(
        &self,
        url: &Url,
        outlet: &Outlet,
        kind: Kind,
    ) -> (Outcome, Option<lists::List>) {
        let key = url.to_string();
        let known = lock(&self.state)
            .lists
            .get(&key)
            .cloned()
            .unwrap_or_default();
        let validators = Validators {
            etag: known.etag.clone(),
            last_modified: known.last_modified.clone(),
        };
        let accept = match kind {
            Kind::Sitemap => "application/xml, text/xml;q=0.9, */*;q=0.1",
            _ => {
                "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.1"
            }
        };
        let out = |status, reason: String| Outcome::new(url, &outlet.id, kind, status, reason);
        let f = match self.hosts.get(url, accept, &validators) {
            Ok(f) => f,
            Err(r) => return (refusal(url, &outlet.id, kind, r), None),
        };
        let r = &f.response;
        let mut o = match r.status {
            304 => out(Status::Unchanged, "not modified since the last run".into()),
            200..=299 => {
                let read = match kind {
                    Kind::Sitemap => lists::read_sitemap(&r.body, &f.final_url),
                    _ => lists::read_feed(&r.body, &f.final_url),
                };
                match read {
                    Ok(list) => {
                        lock(&self.state).lists.insert(
                            key,
                            ListState {
                                etag: r.etag.clone(),
                                last_modified: r.last_modified.clone(),
                            },
                        );
                        let n = list.articles.len() + list.sitemaps.len();
                        let listed = if n == 1 {
                            "1 entry listed".to_string()
                        } else {
                            format!("{n} entries listed")
                        };
                        let mut o = out(Status::Fetched, listed);
                        o.http_status = Some(r.status);
                        return (o, Some(list));
                    }
                    Err(why) => out(Status::Failed, why),
                }
            }
            s => out(Status::Failed, http_failure(s)),
        };
        o.http_status = Some(r.status);
        (o, None)
    }

    /// Turns listed articles into jobs: not before `--since`, once per
    /// address, and not again when the archive holds it unless the list
    /// says it changed since.
    fn plan(
        &self,
        listed: Vec<(Listed, &'a Outlet, String)>,
        report: &mut Report,
    ) -> Vec<ArticleJob<'a>> {
        let mut jobs: Vec<ArticleJob<'a>> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let index = lock(&self.index);
        let given = self
            .req
            .urls
            .iter()
            .map(|(u, o)| (u.clone(), *o, None, None));
        let from_lists = listed
            .into_iter()
            .map(|(l, o, from)| (l.url.clone(), o, Some(l), Some(from)));
        for (url, outlet, listed, listed_in) in given.chain(from_lists) {
            let norm = urls::normalize(&url);
            let by_hand = listed.is_none();
            if let (Some(since), Some(l)) = (self.req.since, &listed)
                && l.date.is_some_and(|d| d < since)
            {
                report.before_since += 1;
                continue;
            }
            if !seen.insert(norm.to_string()) {
                let o = Outcome::new(
                    &url,
                    &outlet.id,
                    Kind::Article,
                    Status::Duplicate,
                    format!(
                        "the same article as {norm} (tracking parameters and fragment removed)"
                    ),
                );
                report.urls.push(self.report(o));
                continue;
            }
            let stored = index.find(norm.as_str()).cloned();
            if let Some(s) = &stored {
                let changed = listed.as_ref().and_then(|l| l.updated).is_some_and(|u| {
                    chrono::DateTime::parse_from_rfc3339(&s.record.retrieved_at)
                        .is_ok_and(|r| u > r.with_timezone(&chrono::Utc))
                });
                if !changed && !by_hand {
                    let mut o = Outcome::new(
                        &url,
                        &outlet.id,
                        Kind::Article,
                        Status::Unchanged,
                        format!(
                            "in the archive since {} (not asked for again)",
                            s.record.retrieved_at
                        ),
                    );
                    o.path = Some(s.path.clone());
                    report.urls.push(self.report(o));
                    continue;
                }
            }
            jobs.push(ArticleJob {
                url: norm,
                outlet,
                listed,
                listed_in,
                stored,
            });
        }
        jobs
    }

    /// Fetches, reads and stores one article.
    fn article(&self, job: ArticleJob<'a>) -> Outcome {
        let o = self.article_outcome(&job);
        self.report(o)
    }

    fn article_outcome(&self, job: &ArticleJob<'a>) -> Outcome {
        let (url, oid) = (&job.url, &job.outlet.id);
        let out = |status, reason: String| Outcome::new(url, oid, Kind::Article, status, reason);
        let validators = job
            .stored
            .as_ref()
            .map_or_else(Validators::default, |s| Validators {
                etag: s.record.etag.clone(),
                last_modified: s.record.last_modified.clone(),
            });
        let accept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
        let f = match self.hosts.get(url, accept, &validators) {
            Ok(f) => f,
            Err(r) => return refusal(url, oid, Kind::Article, r),
        };
        let r = &f.response;
        let with_status = |mut o: Outcome| {
            o.http_status = Some(r.status);
            o
        };
        if r.status == 304 {
            let mut o = with_status(out(
                Status::Unchanged,
                "not modified since it was stored".into(),
            ));
            o.path = job.stored.as_ref().map(|s| s.path.clone());
            return o;
        }
        if !(200..300).contains(&r.status) {
            return with_status(out(Status::Failed, http_failure(r.status)));
        }
        if !is_html(r.content_type.as_deref(), &r.body) {
            let ct = r.content_type.as_deref().unwrap_or("none");
            return with_status(out(
                Status::Failed,
                format!("not HTML (content type {ct}); juxta stores web pages only"),
            ));
        }
        let mut record = FetchRecord {
            url: url.to_string(),
            final_url: f.final_url.to_string(),
            canonical_url: urls::normalize(&f.final_url).to_string(),
            retrieved_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            status: r.status,
            etag: r.etag.clone(),
            last_modified: r.last_modified.clone(),
            content_type: r.content_type.clone(),
            sha256: crate::ingest::hex(&Sha256::digest(&r.body)),
            text_sha256: None,
            listed_in: job.listed_in.clone(),
            listed_date: job.listed.as_ref().and_then(|l| l.date),
        };
        let doc = match read_page(&r.body, job.outlet, &record) {
            Ok(d) => d,
            Err(e) => {
                return with_status(out(
                    Status::Failed,
                    format!("cannot read the page: {}", e.message),
                ));
            }
        };
        record.canonical_url = canonical(&doc, &f.final_url).to_string();
        record.text_sha256 = Some(text_hash(&doc));
        if let Some(theme) = self.req.theme
            && !in_scope(&doc, theme)
        {
            return with_status(out(
                Status::Skipped,
                format!("not in the scope of theme `{}` (--match)", theme.id),
            ));
        }
        let mut o = with_status(self.keep(job, &record, &r.body));
        o.canonical_url = Some(record.canonical_url.clone());
        o.truncated = o.status == Status::Fetched && doc.truncated;
        o
    }

    /// Stores the page unless the archive holds its text already.
    fn keep(&self, job: &ArticleJob<'a>, record: &FetchRecord, body: &[u8]) -> Outcome {
        let (url, oid) = (&job.url, &job.outlet.id);
        let mut index = lock(&self.index);
        let before = index.find(&record.canonical_url).cloned();
        let mut reason = String::new();
        if let Some(s) = &before {
            index.alias(url.as_str(), &record.canonical_url);
            if s.record.text_sha256 == record.text_sha256 {
                let same = job.stored.is_some() || s.record.url == record.url;
                let (status, why) = if same {
                    (
                        Status::Unchanged,
                        "fetched again: the same text as stored".to_string(),
                    )
                } else {
                    (
                        Status::Duplicate,
                        format!(
                            "the same article as {} (canonical address {})",
                            s.path, record.canonical_url
                        ),
                    )
                };
                let mut o = Outcome::new(url, oid, Kind::Article, status, why);
                o.path = Some(s.path.clone());
                return o;
            }
            reason = format!(
                "the text changed since {}: a new snapshot; the one before is in {}/",
                s.record.retrieved_at,
                archive::HISTORY
            );
        }
        let outlet = before.as_ref().map_or(oid.as_str(), |s| s.outlet.as_str());
        let stem = before
            .as_ref()
            .and_then(|s| s.path.rsplit('/').next())
            .and_then(|n| n.strip_suffix(".html"))
            .map(str::to_string)
            .unwrap_or_else(|| {
                Url::parse(&record.canonical_url)
                    .map_or_else(|_| urls::file_stem(url), |c| urls::file_stem(&c))
            });
        match archive::store(self.project, outlet, &stem, body, record) {
            Ok(path) => {
                let shown = self.project.relative(&path);
                index.insert(Stored {
                    outlet: outlet.to_string(),
                    path: shown.clone(),
                    record: record.clone(),
                });
                let mut o = Outcome::new(url, oid, Kind::Article, Status::Fetched, reason);
                o.path = Some(shown);
                o
            }
            Err(e) => Outcome::new(
                url,
                oid,
                Kind::Article,
                Status::Failed,
                format!("cannot store it: {}", e.message),
            ),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The outcome of a URL juxta did not get.
fn refusal(url: &Url, outlet: &str, kind: Kind, r: Refusal) -> Outcome {
    match r {
        Refusal::Disallowed(why) => Outcome::new(url, outlet, kind, Status::Disallowed, why),
        Refusal::Failed(why) => Outcome::new(url, outlet, kind, Status::Failed, why),
    }
}

/// An HTTP status said in words.
fn http_failure(status: u16) -> String {
    let what = match status {
        404 => " (not found)",
        410 => " (gone)",
        401 | 403 => " (not allowed; juxta sends no credentials)",
        429 => " (too many requests), still after the retries",
        500..=599 => " (server error), still after the retries",
        _ => "",
    };
    format!("HTTP {status}{what}")
}

/// Whether an answer is a web page: its declared type, or, without one
/// (or a generic one), what its first bytes look like.
pub(crate) fn is_html(content_type: Option<&str>, body: &[u8]) -> bool {
    let mime = content_type
        .and_then(|c| c.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => true,
        "" | "application/octet-stream" => {
            let head = String::from_utf8_lossy(&body[..body.len().min(512)]).to_ascii_lowercase();
            let t = head.trim_start_matches('\u{feff}').trim_start();
            t.starts_with("<!doctype html") || t.starts_with("<html") || t.contains("<head")
        }
        _ => false,
    }
}

/// Reads a fetched page as ingest will read it from the archive.
fn read_page(body: &[u8], outlet: &Outlet, record: &FetchRecord) -> Result<Document> {
    let ctx = crate::ingest::Context {
        outlet: Some(outlet),
        display_path: record.final_url.clone(),
    };
    let sidecar = crate::ingest::frontmatter::FrontMatter {
        fetched: Some(record.clone()),
        ..Default::default()
    };
    crate::ingest::ingest_bytes(body, std::path::Path::new("page.html"), &ctx, Some(sidecar))
}

/// The article's address: the page's `rel=canonical` / `og:url` (tracking
/// parameters removed), unless it is missing or points at the site's home
/// page while the page is deeper (a template's canonical, not the
/// article's); else the address that answered.
pub(crate) fn canonical(doc: &Document, final_url: &Url) -> Url {
    let stated = doc
        .url
        .as_deref()
        .filter(|_| doc.provenance.get("url") == Some(&Provenance::HtmlMetadata))
        .and_then(|u| final_url.join(u).ok())
        .filter(|u| urls::web_url(u.as_str()).is_ok())
        .filter(|u| {
            !u.path().trim_matches('/').is_empty() || final_url.path().trim_matches('/').is_empty()
        });
    urls::normalize(stated.as_ref().unwrap_or(final_url))
}

/// sha256 of the article's text as read.
fn text_hash(doc: &Document) -> String {
    let mut h = Sha256::new();
    for p in &doc.paragraphs {
        h.update(p.text.as_bytes());
        h.update(b"\n\n");
    }
    crate::ingest::hex(&h.finalize())
}

/// Whether some paragraph of `doc` matches the theme's scope (or, for a
/// theme without one, one of its facets).
fn in_scope(doc: &Document, theme: &Theme) -> bool {
    let code = crate::analysis::analysis_language(doc.language.as_deref());
    let queries = match theme.scope_for(code) {
        Some(q) => vec![q],
        None => theme.facets.iter().map(|f| f.query_for(code)).collect(),
    };
    let mut analyzer = crate::analysis::Analyzer::for_language(doc.language.as_deref());
    doc.paragraphs.iter().any(|p| {
        let words = analyzer.words(&p.text);
        queries.iter().any(|q| q.matches(&words).is_some())
    })
}

/// Runs `work` on every job, jobs of one host one after another on one
/// thread, up to `threads` hosts at once; results in the jobs' order.
fn by_host<J: Send, R: Send>(
    jobs: Vec<J>,
    url: impl Fn(&J) -> &Url,
    threads: usize,
    work: impl Fn(J) -> R + Sync,
) -> Vec<R> {
    let mut groups: Vec<(String, Vec<(usize, J)>)> = Vec::new();
    for (i, j) in jobs.into_iter().enumerate() {
        let key = urls::host_key(url(&j));
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => g.push((i, j)),
            None => groups.push((key, vec![(i, j)])),
        }
    }
    let queue = Mutex::new(groups);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| {
                loop {
                    let Some((_, group)) = lock(&queue).pop() else {
                        break;
                    };
                    for (i, j) in group {
                        let r = work(j);
                        lock(&results).push((i, r));
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// "1.5 s", "250 ms".
pub(crate) fn show_duration(d: Duration) -> String {
    if d >= Duration::from_secs(1) {
        let s = d.as_secs_f64();
        if s.fract() == 0.0 {
            format!("{s:.0} s")
        } else {
            format!("{s:.1} s")
        }
    } else {
        format!("{} ms", d.as_millis())
    }
}

/// "5 MiB", "512 KiB", "100 bytes".
pub(crate) fn show_bytes(n: u64) -> String {
    if n >= 1024 * 1024 && n.is_multiple_of(1024 * 1024) {
        format!("{} MiB", n / (1024 * 1024))
    } else if n >= 1024 && n.is_multiple_of(1024) {
        format!("{} KiB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_pages_are_html() {
        for (ct, body) in [
            (Some("text/html; charset=utf-8"), &b"x"[..]),
            (Some("application/xhtml+xml"), b"x"),
            (None, b"<!DOCTYPE html><html>"),
            (
                Some("application/octet-stream"),
                b"\xef\xbb\xbf <html lang=en>",
            ),
        ] {
            assert!(is_html(ct, body), "{ct:?}");
        }
        // Counter-examples: other declared types win over the bytes.
        for (ct, body) in [
            (Some("application/pdf"), &b"%PDF-1.4"[..]),
            (Some("text/plain"), b"<html>"),
            (Some("application/json"), b"{}"),
            (None, b"%PDF-1.4"),
            (Some("image/jpeg"), b"<html>"),
        ] {
            assert!(!is_html(ct, body), "{ct:?}");
        }
    }

    fn page(head: &str) -> Document {
        let html = format!(
            "<html><head>{head}<title>T</title></head><body><article><p>{}</p></article></body></html>",
            "Words of the article go on here. ".repeat(30)
        );
        let ctx = crate::ingest::Context::default();
        crate::ingest::ingest_bytes(html.as_bytes(), std::path::Path::new("p.html"), &ctx, None)
            .unwrap()
    }

    #[test]
    fn the_canonical_address_is_the_pages_own_unless_it_is_the_home_page() {
        let fin = Url::parse("https://x.org/news/story?utm_source=rss").unwrap();
        let c = |head: &str| canonical(&page(head), &fin).to_string();
        assert_eq!(
            c(r#"<link rel="canonical" href="https://x.org/2024/story?utm_medium=x">"#),
            "https://x.org/2024/story"
        );
        assert_eq!(
            c(r#"<meta property="og:url" content="https://x.org/og-story">"#),
            "https://x.org/og-story"
        );
        // Counter-examples: a canonical that is the site's home page, none at all.
        assert_eq!(
            c(r#"<link rel="canonical" href="https://x.org/">"#),
            "https://x.org/news/story"
        );
        assert_eq!(c(""), "https://x.org/news/story");
    }

    #[test]
    fn hosts_are_worked_on_one_after_another_and_results_keep_their_order() {
        let urls: Vec<Url> = [
            "http://a.org/1",
            "http://b.org/1",
            "http://a.org/2",
            "http://b.org/2",
        ]
        .iter()
        .map(|u| Url::parse(u).unwrap())
        .collect();
        let running = Mutex::new(Vec::<String>::new());
        let out = by_host(
            urls,
            |u| u,
            2,
            |u| {
                let host = u.host_str().unwrap().to_string();
                assert!(
                    !lock(&running).contains(&host),
                    "two requests to {host} at once"
                );
                lock(&running).push(host.clone());
                std::thread::sleep(Duration::from_millis(20));
                lock(&running).retain(|h| *h != host);
                u.to_string()
            },
        );
        assert_eq!(
            out,
            [
                "http://a.org/1",
                "http://b.org/1",
                "http://a.org/2",
                "http://b.org/2"
            ]
        );
    }
}
