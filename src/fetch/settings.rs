//! The `[fetch]` table of `juxta.toml` (politeness and limits of `juxta
//! fetch`) and the feed and sitemap URLs of outlets, validated with the
//! file, line and column of a bad value.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Error, Location, Result};

/// The least delay between two requests to one host that is not on this
/// machine (loopback): smaller configured delays apply to local hosts only.
pub(crate) const MIN_REMOTE_DELAY: Duration = Duration::from_secs(1);
/// The largest page juxta stores: what it reads of a source.
pub(crate) const MAX_PAGE_BYTES: u64 = crate::ingest::MAX_SOURCE_BYTES;

/// `[fetch]` as written.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawFetch {
    /// How site operators reach the person running juxta (an e-mail or a
    /// URL); sent in the User-Agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) contact: Option<Spanned<String>>,
    /// Time between two requests to one host: "1s", "1500ms", or seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) delay: Option<Spanned<toml::Value>>,
    /// Time one request may take, from connecting to the last byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) timeout: Option<Spanned<toml::Value>>,
    /// The largest page stored: "5 MiB", "512 KiB", or bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) max_page_size: Option<Spanned<toml::Value>>,
    /// Hosts fetched at the same time (one connection to each).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) concurrency: Option<Spanned<i64>>,
    /// Tries after a 429 or 5xx answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) retries: Option<Spanned<i64>>,
    /// The longest `Retry-After` juxta waits; a longer one fails the URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) max_retry_wait: Option<Spanned<toml::Value>>,
    /// Redirects followed for one URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) max_redirects: Option<Spanned<i64>>,
}

/// Politeness and limits of `juxta fetch`, validated, defaults applied.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FetchSettings {
    /// The contact sent in the User-Agent; `None` until the user sets one.
    pub(crate) contact: Option<String>,
    /// Between two requests to one host (at least [`MIN_REMOTE_DELAY`] for
    /// hosts not on loopback).
    pub(crate) delay: Duration,
    /// One request, whole.
    pub(crate) timeout: Duration,
    /// The largest page body stored, after decompression.
    pub(crate) max_page_bytes: u64,
    /// Hosts fetched at once.
    pub(crate) concurrency: usize,
    /// Tries after a 429 or 5xx answer.
    pub(crate) retries: u32,
    /// The longest `Retry-After` honoured.
    pub(crate) max_retry_wait: Duration,
    /// Redirects followed for one URL.
    pub(crate) max_redirects: u32,
    /// Where `[fetch]` is (or the file, when there is none), for errors.
    pub(crate) at: Location,
}

impl FetchSettings {
    /// The defaults, located at `at`.
    pub(crate) fn defaults(at: Location) -> FetchSettings {
        FetchSettings {
            contact: None,
            delay: Duration::from_secs(1),
            timeout: Duration::from_secs(30),
            max_page_bytes: 5 * 1024 * 1024,
            concurrency: 4,
            retries: 2,
            max_retry_wait: Duration::from_secs(120),
            max_redirects: 5,
            at,
        }
    }

    /// The User-Agent: juxta, its version and the contact.
    pub(crate) fn user_agent(&self) -> String {
        format!(
            "juxta/{} (+{})",
            env!("CARGO_PKG_VERSION"),
            self.contact.as_deref().unwrap_or("no contact set")
        )
    }
}

/// Validates `[fetch]`; `loc` locates a byte range of juxta.toml.
pub(crate) fn validate(
    raw: Option<&RawFetch>,
    file: Location,
    loc: &dyn Fn(std::ops::Range<usize>) -> Location,
) -> Result<FetchSettings> {
    let mut s = FetchSettings::defaults(file);
    let Some(raw) = raw else { return Ok(s) };
    let f = Fields { loc };
    if let Some(c) = &raw.contact {
        let v = c.get_ref().trim();
        if v.is_empty() || v.chars().any(char::is_control) {
            return Err(f.err(
                c.span(),
                "contact is empty or has control characters".into(),
                "write an e-mail address or a URL where site operators can reach you, e.g. contact = \"briefings@example.org\"",
            ));
        }
        s.contact = Some(v.to_string());
    }
    let hour = Duration::from_secs(3600);
    if let Some(d) = f.duration(&raw.delay, "delay", Duration::ZERO, hour)? {
        s.delay = d;
    }
    if let Some(d) = f.duration(&raw.timeout, "timeout", Duration::from_millis(100), hour)? {
        s.timeout = d;
    }
    if let Some(d) = f.duration(&raw.max_retry_wait, "max-retry-wait", Duration::ZERO, hour)? {
        s.max_retry_wait = d;
    }
    if let Some(b) = f.size(&raw.max_page_size)? {
        s.max_page_bytes = b;
    }
    if let Some(n) = f.count(&raw.concurrency, "concurrency", 1, 64)? {
        s.concurrency = n as usize;
    }
    if let Some(n) = f.count(&raw.retries, "retries", 0, 10)? {
        s.retries = n as u32;
    }
    if let Some(n) = f.count(&raw.max_redirects, "max-redirects", 0, 20)? {
        s.max_redirects = n as u32;
    }
    Ok(s)
}

/// Reads the values of `[fetch]`, locating errors with `loc`.
struct Fields<'a> {
    loc: &'a dyn Fn(std::ops::Range<usize>) -> Location,
}

impl Fields<'_> {
    fn err(&self, span: std::ops::Range<usize>, msg: String, hint: &str) -> Error {
        Error::usage(format!("[fetch] {msg}"))
            .at((self.loc)(span))
            .hint(hint.to_string())
    }

    /// A time from `least` to `most`.
    fn duration(
        &self,
        v: &Option<Spanned<toml::Value>>,
        key: &str,
        least: Duration,
        most: Duration,
    ) -> Result<Option<Duration>> {
        let Some(v) = v else { return Ok(None) };
        let d = duration(v.get_ref()).map_err(|why| {
            self.err(
                v.span(),
                format!("{key}: {why}"),
                "write a time with its unit: \"1s\", \"1500ms\", \"2m\" (or a number of seconds)",
            )
        })?;
        if d < least || d > most {
            return Err(self.err(
                v.span(),
                format!(
                    "{key} must be from {} to {}, not {}",
                    show(least),
                    show(most),
                    show(d)
                ),
                "see README.md, section Fetching articles, for the limits",
            ));
        }
        Ok(Some(d))
    }

    /// `max-page-size`: from 1 KiB to [`MAX_PAGE_BYTES`].
    fn size(&self, v: &Option<Spanned<toml::Value>>) -> Result<Option<u64>> {
        let Some(v) = v else { return Ok(None) };
        let b = size(v.get_ref()).map_err(|why| {
            self.err(
                v.span(),
                format!("max-page-size: {why}"),
                "write a size with its unit: \"5 MiB\", \"512 KiB\" (or a number of bytes)",
            )
        })?;
        if !(1024..=MAX_PAGE_BYTES).contains(&b) {
            return Err(self.err(
                v.span(),
                format!(
                    "max-page-size must be from 1 KiB to {} MiB, not {b} bytes",
                    MAX_PAGE_BYTES / (1024 * 1024)
                ),
                "juxta reads sources up to 16 MiB; a larger page could not be read",
            ));
        }
        Ok(Some(b))
    }

    /// A whole number from `least` to `most`.
    fn count(
        &self,
        v: &Option<Spanned<i64>>,
        key: &str,
        least: i64,
        most: i64,
    ) -> Result<Option<i64>> {
        let Some(v) = v else { return Ok(None) };
        let n = *v.get_ref();
        if !(least..=most).contains(&n) {
            return Err(self.err(
                v.span(),
                format!("{key} must be from {least} to {most}, not {n}"),
                "write a whole number",
            ));
        }
        Ok(Some(n))
    }
}

/// "1.5s", "1 s", "500ms", "2m", "2min" or a number of seconds.
pub(crate) fn duration(v: &toml::Value) -> std::result::Result<Duration, String> {
    let secs = match v {
        toml::Value::Integer(n) => *n as f64,
        toml::Value::Float(f) => *f,
        toml::Value::String(s) => {
            let t = s.trim();
            let split = t
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(t.len());
            let (num, unit) = (&t[..split], t[split..].trim());
            let n: f64 = num
                .parse()
                .map_err(|_| format!("\"{s}\" does not start with a number"))?;
            let scale = match unit {
                "ms" => 0.001,
                "s" | "sec" | "" => 1.0,
                "m" | "min" => 60.0,
                "h" => 3600.0,
                other => return Err(format!("`{other}` is not a unit of time (ms, s, m, h)")),
            };
            n * scale
        }
        other => return Err(format!("expected a time, not {}", other.type_str())),
    };
    if !secs.is_finite() || secs < 0.0 {
        return Err("a time is a number of seconds, 0 or more".into());
    }
    if secs > 1e9 {
        return Err("that is longer than juxta waits for anything".into());
    }
    Ok(Duration::from_secs_f64(secs))
}

/// "5 MiB", "512KiB", "2 MB", "1000 B" or a number of bytes.
pub(crate) fn size(v: &toml::Value) -> std::result::Result<u64, String> {
    match v {
        toml::Value::Integer(n) if *n >= 0 => Ok(*n as u64),
        toml::Value::String(s) => {
            let t = s.trim();
            let split = t
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(t.len());
            let (num, unit) = (&t[..split], t[split..].trim());
            let n: f64 = num
                .parse()
                .map_err(|_| format!("\"{s}\" does not start with a number"))?;
            let scale: f64 = match unit.to_ascii_lowercase().as_str() {
                "" | "b" => 1.0,
                "kib" | "k" => 1024.0,
                "mib" | "m" => 1024.0 * 1024.0,
                "kb" => 1000.0,
                "mb" => 1e6,
                _ => {
                    return Err(format!(
                        "`{unit}` is not a unit of size (B, KiB, MiB, KB, MB)"
                    ));
                }
            };
            Ok((n * scale) as u64)
        }
        other => Err(format!("expected a size, not {}", other.type_str())),
    }
}

fn show(d: Duration) -> String {
    if d.as_millis().is_multiple_of(1000) {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

/// An outlet's `feeds` or `sitemaps` entry: an http(s) URL without
/// credentials; `key` names the list in errors.
pub(crate) fn feed_url(
    v: &Spanned<String>,
    outlet: &str,
    key: &str,
    loc: &dyn Fn(std::ops::Range<usize>) -> Location,
) -> Result<String> {
    let text = v.get_ref().trim();
    crate::fetch::urls::web_url(text)
        .map(|u| u.to_string())
        .map_err(|why| {
            Error::usage(format!("outlet `{outlet}`: {key}: {why}"))
                .at(loc(v.span()))
                .hint(format!(
                    "write the full address: {key} = [\"https://www.example.com/rss.xml\"]"
                ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> toml::Value {
        toml::Value::String(s.into())
    }

    #[test]
    fn durations_have_units_or_are_seconds() {
        for (text, ms) in [
            ("1s", 1000),
            ("1.5s", 1500),
            ("1500ms", 1500),
            ("2m", 120_000),
            (" 3 s ", 3000),
            ("2min", 120_000),
        ] {
            assert_eq!(duration(&v(text)).unwrap().as_millis(), ms, "{text}");
        }
        assert_eq!(duration(&toml::Value::Integer(2)).unwrap().as_secs(), 2);
        assert_eq!(
            duration(&toml::Value::Float(0.25)).unwrap().as_millis(),
            250
        );
        // Counter-examples.
        for bad in ["fast", "1 fortnight", "s", "-1s", ""] {
            assert!(duration(&v(bad)).is_err(), "{bad}");
        }
        assert!(duration(&toml::Value::Boolean(true)).is_err());
    }

    #[test]
    fn sizes_have_units_or_are_bytes() {
        assert_eq!(size(&v("5 MiB")).unwrap(), 5 * 1024 * 1024);
        assert_eq!(size(&v("512KiB")).unwrap(), 512 * 1024);
        assert_eq!(size(&v("2 MB")).unwrap(), 2_000_000);
        assert_eq!(size(&toml::Value::Integer(4096)).unwrap(), 4096);
        for bad in ["big", "5 GiB", "5 MiBs"] {
            assert!(size(&v(bad)).is_err(), "{bad}");
        }
        assert!(size(&toml::Value::Integer(-1)).is_err());
    }

    fn load(fetch: &str) -> crate::error::Result<crate::config::Project> {
        let text = format!(
            "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"A\"\n[themes.t]\ntitle = \"X\"\nscope = 'x'\n{fetch}"
        );
        crate::config::Project::from_str(std::path::Path::new("juxta.toml"), &text)
    }

    #[test]
    fn the_fetch_table_has_safe_defaults_and_located_errors() {
        let d = load("").unwrap().fetch;
        assert_eq!(
            (d.delay, d.contact.as_deref()),
            (Duration::from_secs(1), None)
        );
        let p = load("[fetch]\ncontact = \"me@x.org\"\ndelay = \"250ms\"\nconcurrency = 2\nmax-page-size = \"1 MiB\"\n")
            .unwrap()
            .fetch;
        assert_eq!(p.delay, Duration::from_millis(250));
        assert_eq!((p.concurrency, p.max_page_bytes), (2, 1024 * 1024));
        for (line, message, col) in [
            (
                "concurrency = 0",
                "concurrency must be from 1 to 64, not 0",
                15,
            ),
            (
                "timeout = \"10ms\"",
                "timeout must be from 100 ms to 3600 s",
                11,
            ),
            (
                "max-page-size = 100",
                "max-page-size must be from 1 KiB",
                17,
            ),
            ("max-page-size = \"32 MiB\"", "to 16 MiB", 17),
            ("contact = \"\"", "contact is empty", 11),
            ("delay = \"soon\"", "does not start with a number", 9),
            ("retries = 99", "retries must be from 0 to 10", 11),
        ] {
            let e = load(&format!("[fetch]\n{line}\n")).unwrap_err();
            assert!(e.message.contains(message), "{line}: {}", e.message);
            let loc = e.location.clone().unwrap();
            assert_eq!((loc.line, loc.column), (9, col), "{line}");
            assert!(!e.hints.is_empty(), "{line}");
            assert_eq!(e.exit_code(), 2);
        }
        let e = load("[outlets.b]\nname = \"B\"\nfeeds = [\"rss.xml\"]\n").unwrap_err();
        assert!(e.message.contains("outlet `b`: feeds"), "{}", e.message);
        assert_eq!(e.location.clone().unwrap().line, 10);
    }

    #[test]
    fn user_agent_names_juxta_and_the_contact() {
        let mut s = FetchSettings::defaults(Location::file("juxta.toml"));
        s.contact = Some("me@example.org".into());
        let ua = s.user_agent();
        assert!(ua.starts_with("juxta/"), "{ua}");
        assert!(ua.ends_with("(+me@example.org)"), "{ua}");
        assert!(s.delay >= MIN_REMOTE_DELAY);
    }
}
