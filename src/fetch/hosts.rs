//! Politeness: one connection per host at a time, requests to a host
//! spaced by the configured delay (or robots.txt's larger `Crawl-delay`),
//! robots.txt read once per host per run and obeyed, 429 and 5xx answers
//! retried after `Retry-After` (bounded), and redirects followed hop by hop
//! (each hop only to http(s), each checked against its host's robots.txt).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use texting_robots::Robot;
use url::Url;

use super::http::{Client, Failure, Response, Validators};
use super::settings::{FetchSettings, MIN_REMOTE_DELAY};
use super::urls;

/// The robots.txt token juxta obeys.
pub(crate) const ROBOTS_AGENT: &str = "juxta";

/// Why a URL could not be fetched.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Refusal {
    /// robots.txt disallows it (the reason says which robots.txt).
    Disallowed(String),
    /// Anything else, said in words.
    Failed(String),
}

/// A response and where it came from after redirects.
#[derive(Debug)]
pub(crate) struct Fetched {
    /// The address that answered.
    pub(crate) final_url: Url,
    /// Its answer.
    pub(crate) response: Response,
}

/// What juxta knows about one host in this run.
struct Host {
    /// `None` until robots.txt has been read.
    robots: Option<Robots>,
    /// No request before this instant.
    next_at: Instant,
    /// Between two requests.
    delay: Duration,
}

/// A host's robots.txt, as read.
enum Robots {
    /// Rules to obey.
    Rules(Box<Robot>),
    /// No robots.txt (4xx): everything is allowed.
    AllowAll,
    /// It could not be read (5xx, timeout): nothing is fetched (RFC 9309).
    Unreachable(String),
}

/// The hosts of one run and the client that reaches them.
pub(crate) struct Hosts {
    client: Client,
    settings: FetchSettings,
    hosts: Mutex<HashMap<String, Arc<Mutex<Host>>>>,
}

impl Hosts {
    /// Hosts reached with `settings`.
    pub(crate) fn new(settings: &FetchSettings) -> Hosts {
        Hosts {
            client: Client::new(
                &settings.user_agent(),
                settings.timeout,
                settings.max_page_bytes,
            ),
            settings: settings.clone(),
            hosts: Mutex::new(HashMap::new()),
        }
    }

    /// GETs `url`, following redirects; a 3xx beyond the limit, to another
    /// scheme or without `Location` is a failure.
    pub(crate) fn get(
        &self,
        url: &Url,
        accept: &str,
        validators: &Validators,
    ) -> Result<Fetched, Refusal> {
        let mut current = url.clone();
        for _ in 0..=self.settings.max_redirects {
            let response = self.get_once(&current, accept, validators)?;
            if !matches!(response.status, 301 | 302 | 303 | 307 | 308) {
                return Ok(Fetched {
                    final_url: current,
                    response,
                });
            }
            current = redirect_target(&current, &response)?;
        }
        Err(Refusal::Failed(format!(
            "more than {} redirects (max-redirects)",
            self.settings.max_redirects
        )))
    }

    /// One request to `url` with robots.txt, spacing and retries.
    fn get_once(
        &self,
        url: &Url,
        accept: &str,
        validators: &Validators,
    ) -> Result<Response, Refusal> {
        let slot = self.slot(url);
        let mut host = lock(&slot);
        if host.robots.is_none() {
            let robots = self.read_robots(url, &mut host);
            host.robots = Some(robots);
        }
        match &host.robots {
            Some(Robots::Rules(r)) if !r.allowed(url.as_str()) => {
                return Err(Refusal::Disallowed(format!(
                    "disallowed by {}",
                    robots_url(url)
                )));
            }
            Some(Robots::Unreachable(why)) => {
                return Err(Refusal::Disallowed(format!(
                    "{} could not be read ({why}); RFC 9309 asks crawlers to fetch nothing then",
                    robots_url(url)
                )));
            }
            _ => {}
        }
        let mut attempt = 0;
        loop {
            let response = self
                .request(&mut host, url, accept, validators)
                .map_err(|f| Refusal::Failed(f.to_string()))?;
            let retryable = response.status == 429
                || (500..600).contains(&response.status) && response.status != 501;
            if !retryable || attempt >= self.settings.retries {
                return Ok(response);
            }
            attempt += 1;
            let wait = match response.retry_after.as_deref().map(retry_after) {
                Some(Some(w)) => w,
                _ => host.delay.max(MIN_REMOTE_DELAY) * 2u32.pow(attempt),
            };
            if wait > self.settings.max_retry_wait {
                return Err(Refusal::Failed(format!(
                    "HTTP {}: asked to retry after {}, longer than max-retry-wait ({})",
                    response.status,
                    super::show_duration(wait),
                    super::show_duration(self.settings.max_retry_wait)
                )));
            }
            host.next_at = host.next_at.max(Instant::now() + wait);
        }
    }

    /// One request, spaced from the host's last one.
    fn request(
        &self,
        host: &mut Host,
        url: &Url,
        accept: &str,
        validators: &Validators,
    ) -> Result<Response, Failure> {
        let now = Instant::now();
        if host.next_at > now {
            std::thread::sleep(host.next_at - now);
        }
        let r = self.client.get(url, accept, validators);
        host.next_at = Instant::now() + host.delay;
        r
    }

    /// Reads the robots.txt of `url`'s host (following its redirects on
    /// the same host only) and sets the host's delay from `Crawl-delay`.
    fn read_robots(&self, url: &Url, host: &mut Host) -> Robots {
        let mut at = match Url::parse(&robots_url(url)) {
            Ok(u) => u,
            Err(_) => return Robots::AllowAll,
        };
        for _ in 0..5 {
            let response = match self.request(host, &at, "text/plain", &Validators::default()) {
                Ok(r) => r,
                Err(f) => return Robots::Unreachable(f.to_string()),
            };
            match response.status {
                200..=299 => {
                    return match Robot::new(ROBOTS_AGENT, &response.body) {
                        Ok(r) => {
                            if let Some(d) = r.delay.filter(|d| d.is_finite() && *d > 0.0) {
                                let crawl = Duration::from_secs_f64(f64::from(d).min(3600.0));
                                host.delay = host.delay.max(crawl);
                                host.next_at = Instant::now() + host.delay;
                            }
                            Robots::Rules(Box::new(r))
                        }
                        Err(_) => Robots::AllowAll,
                    };
                }
                301 | 302 | 303 | 307 | 308 => match redirect_target(&at, &response) {
                    Ok(next) if urls::host_key(&next) == urls::host_key(&at) => at = next,
                    _ => return Robots::AllowAll,
                },
                400..=499 => return Robots::AllowAll,
                s => return Robots::Unreachable(format!("HTTP {s}")),
            }
        }
        Robots::AllowAll
    }

    /// The state of `url`'s host, made on first use.
    fn slot(&self, url: &Url) -> Arc<Mutex<Host>> {
        let key = urls::host_key(url);
        let mut map = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        let delay = if urls::is_loopback(url) {
            self.settings.delay
        } else {
            self.settings.delay.max(MIN_REMOTE_DELAY)
        };
        map.entry(key)
            .or_insert_with(|| {
                Arc::new(Mutex::new(Host {
                    robots: None,
                    next_at: Instant::now(),
                    delay,
                }))
            })
            .clone()
    }
}

fn lock(slot: &Mutex<Host>) -> MutexGuard<'_, Host> {
    slot.lock().unwrap_or_else(|p| p.into_inner())
}

/// `scheme://host:port/robots.txt` of `url`.
fn robots_url(url: &Url) -> String {
    let mut u = url.clone();
    u.set_path("/robots.txt");
    u.set_query(None);
    u.set_fragment(None);
    u.to_string()
}

/// Where a 3xx answer sends us: an http(s) address without credentials.
fn redirect_target(from: &Url, response: &Response) -> Result<Url, Refusal> {
    let Some(loc) = &response.location else {
        return Err(Refusal::Failed(format!(
            "HTTP {} without a Location header",
            response.status
        )));
    };
    let next = from
        .join(loc)
        .map_err(|e| Refusal::Failed(format!("redirect to `{loc}`, which is not a URL ({e})")))?;
    urls::web_url(next.as_str()).map_err(|why| Refusal::Failed(format!("redirect refused: {why}")))
}

/// A `Retry-After` value: seconds, or an HTTP date (a date in the past is 0).
pub(crate) fn retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    let secs = (when.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_seconds();
    Some(Duration::from_secs(secs.max(0) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_seconds_or_a_date() {
        assert_eq!(retry_after("3"), Some(Duration::from_secs(3)));
        assert_eq!(retry_after(" 120 "), Some(Duration::from_secs(120)));
        assert_eq!(
            retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        let later = (chrono::Utc::now() + chrono::Duration::seconds(100))
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string();
        let w = retry_after(&later).unwrap();
        assert!(
            w <= Duration::from_secs(100) && w >= Duration::from_secs(90),
            "{w:?}"
        );
        // Counter-examples.
        for bad in ["soon", "-5", "1.5", ""] {
            assert_eq!(retry_after(bad), None, "{bad}");
        }
    }

    #[test]
    fn redirects_only_to_web_addresses() {
        let from = Url::parse("https://example.org/a/b").unwrap();
        let r = |loc: &str| Response {
            status: 301,
            etag: None,
            last_modified: None,
            content_type: None,
            location: Some(loc.into()),
            retry_after: None,
            body: Vec::new(),
        };
        assert_eq!(
            redirect_target(&from, &r("/c")).unwrap().as_str(),
            "https://example.org/c"
        );
        assert_eq!(
            redirect_target(&from, &r("http://other.org/x"))
                .unwrap()
                .as_str(),
            "http://other.org/x"
        );
        for bad in [
            "file:///etc/passwd",
            "ftp://example.org/x",
            "https://u:p@example.org/",
        ] {
            let Err(Refusal::Failed(why)) = redirect_target(&from, &r(bad)) else {
                panic!("{bad} was followed");
            };
            assert!(why.starts_with("redirect refused"), "{why}");
        }
        let mut none = r("/x");
        none.location = None;
        assert!(redirect_target(&from, &none).is_err());
    }

    #[test]
    fn robots_rules_for_juxta() {
        let r = Robot::new(
            ROBOTS_AGENT,
            b"User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n",
        )
        .unwrap();
        assert!(!r.allowed("http://x.org/private/a"));
        assert!(r.allowed("http://x.org/public/a"));
        assert_eq!(r.delay, Some(2.0));
        let other = Robot::new(ROBOTS_AGENT, b"User-agent: googlebot\nDisallow: /\n").unwrap();
        assert!(other.allowed("http://x.org/a"));
    }
}
