//! One HTTP request, made for archiving: ureq (synchronous, rustls, gzip
//! and brotli), no redirects followed here (the caller checks each hop),
//! no cookies and no credentials, a time limit on the whole request and a
//! size limit that holds while the body is read and decompressed, so a
//! compressed bomb stops at the limit.

use std::time::Duration;

use url::Url;

/// What one request gave.
#[derive(Debug, Clone)]
pub(crate) struct Response {
    /// The HTTP status.
    pub(crate) status: u16,
    /// `ETag`.
    pub(crate) etag: Option<String>,
    /// `Last-Modified`.
    pub(crate) last_modified: Option<String>,
    /// `Content-Type`.
    pub(crate) content_type: Option<String>,
    /// `Location` (redirects).
    pub(crate) location: Option<String>,
    /// `Retry-After` (429, 503).
    pub(crate) retry_after: Option<String>,
    /// The body, decompressed, byte for byte as the server sent it (empty
    /// for anything but 2xx).
    pub(crate) body: Vec<u8>,
}

/// Why a request gave no response.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Failure {
    /// No whole answer within the time limit.
    Timeout(Duration),
    /// The body is larger than the limit (bytes).
    TooLarge(u64),
    /// Anything else on the way (DNS, connection refused, TLS, a broken
    /// compressed body).
    Network(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Timeout(d) => write!(f, "no answer within {}", super::show_duration(*d)),
            Failure::TooLarge(n) => write!(
                f,
                "over the size limit: the page is larger than {} (max-page-size)",
                super::show_bytes(*n)
            ),
            Failure::Network(m) => write!(f, "{m}"),
        }
    }
}

/// Conditions for a conditional request.
#[derive(Debug, Clone, Default)]
pub(crate) struct Validators {
    /// Sent as `If-None-Match`.
    pub(crate) etag: Option<String>,
    /// Sent as `If-Modified-Since`.
    pub(crate) last_modified: Option<String>,
}

/// An HTTP client with juxta's limits.
pub(crate) struct Client {
    agent: ureq::Agent,
    timeout: Duration,
    max_bytes: u64,
}

impl Client {
    /// A client sending `user_agent`, giving up after `timeout`, reading at
    /// most `max_bytes` of a body.
    pub(crate) fn new(user_agent: &str, timeout: Duration, max_bytes: u64) -> Client {
        let config = ureq::Agent::config_builder()
            .user_agent(user_agent)
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(timeout))
            .max_idle_connections_per_host(1)
            .https_only(false)
            .build();
        Client {
            agent: config.into(),
            timeout,
            max_bytes,
        }
    }

    /// GETs `url` once; `accept` is the `Accept` header.
    pub(crate) fn get(
        &self,
        url: &Url,
        accept: &str,
        validators: &Validators,
    ) -> Result<Response, Failure> {
        let mut req = self.agent.get(url.as_str()).header("Accept", accept);
        if let Some(e) = &validators.etag {
            req = req.header("If-None-Match", e.as_str());
        }
        if let Some(m) = &validators.last_modified {
            req = req.header("If-Modified-Since", m.as_str());
        }
        let mut resp = req.call().map_err(|e| self.failure(e))?;
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let mut out = Response {
            status: resp.status().as_u16(),
            etag: header("etag"),
            last_modified: header("last-modified"),
            content_type: header("content-type"),
            location: header("location"),
            retry_after: header("retry-after"),
            body: Vec::new(),
        };
        if (200..300).contains(&out.status) {
            out.body = resp
                .body_mut()
                .with_config()
                .limit(self.max_bytes)
                .read_to_vec()
                .map_err(|e| self.failure(e))?;
        }
        Ok(out)
    }

    fn failure(&self, e: ureq::Error) -> Failure {
        match e {
            ureq::Error::Timeout(_) => Failure::Timeout(self.timeout),
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                Failure::Timeout(self.timeout)
            }
            ureq::Error::BodyExceedsLimit(_) => Failure::TooLarge(self.max_bytes),
            ureq::Error::HostNotFound => Failure::Network("host not found".into()),
            ureq::Error::ConnectionFailed => Failure::Network("connection failed".into()),
            ureq::Error::Io(io) => Failure::Network(match io.kind() {
                std::io::ErrorKind::ConnectionRefused => "connection refused".into(),
                std::io::ErrorKind::ConnectionReset => "connection reset by the server".into(),
                std::io::ErrorKind::UnexpectedEof => "the server closed the connection".into(),
                _ => io.to_string(),
            }),
            other => Failure::Network(other.to_string()),
        }
    }
}
