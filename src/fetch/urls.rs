//! URLs as `juxta fetch` treats them: only http(s) without credentials,
//! the same article under tracking parameters recognised as one, and file
//! names made from an address.

use url::Url;

/// Query parameters that only say where a reader came from: removed before
/// two addresses are compared (`utm_*` and `mc_*` by prefix).
const TRACKING: [&str; 16] = [
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "igshid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "_ga",
    "_gl",
    "mkt_tok",
    "oly_anon_id",
    "oly_enc_id",
];

/// Parses an address juxta may fetch: http or https, a host, no user
/// name or password (juxta never sends credentials).
pub(crate) fn web_url(text: &str) -> Result<Url, String> {
    let u = Url::parse(text.trim()).map_err(|e| format!("`{text}` is not a URL ({e})"))?;
    if !matches!(u.scheme(), "http" | "https") {
        return Err(format!(
            "`{text}` is a {} address; juxta fetches only http and https",
            u.scheme()
        ));
    }
    if u.host_str().is_none_or(str::is_empty) {
        return Err(format!("`{text}` names no host"));
    }
    if !u.username().is_empty() || u.password().is_some() {
        return Err(format!(
            "`{text}` holds a user name or password; juxta never sends credentials"
        ));
    }
    Ok(u)
}

/// Whether a query parameter only tracks where a reader came from.
pub(crate) fn is_tracking(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.starts_with("utm_") || k.starts_with("mc_") || TRACKING.contains(&k.as_str())
}

/// The address that names the article: without fragment and tracking
/// parameters (the others keep their order), scheme and host lower-case,
/// no default port.
pub(crate) fn normalize(u: &Url) -> Url {
    let mut n = u.clone();
    n.set_fragment(None);
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| !is_tracking(k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        n.set_query(None);
    } else if kept.len() != u.query_pairs().count() {
        n.query_pairs_mut().clear().extend_pairs(kept);
    }
    n
}

/// `scheme://host:port`: requests to one of these are spaced and share a
/// robots.txt.
pub(crate) fn host_key(u: &Url) -> String {
    format!(
        "{}://{}:{}",
        u.scheme(),
        u.host_str().unwrap_or(""),
        u.port_or_known_default().unwrap_or(0)
    )
}

/// Whether the host is this machine (127.0.0.0/8, ::1, localhost).
pub(crate) fn is_loopback(u: &Url) -> bool {
    match u.host() {
        Some(url::Host::Ipv4(a)) => a.is_loopback(),
        Some(url::Host::Ipv6(a)) => a.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// The host without `www.`, lower-case.
pub(crate) fn bare_host(u: &Url) -> String {
    let h = u.host_str().unwrap_or("").to_ascii_lowercase();
    h.strip_prefix("www.").map(str::to_string).unwrap_or(h)
}

/// Whether `u` is on one of `domains` (or a sub-domain of one).
pub(crate) fn on_domains(u: &Url, domains: &[String]) -> bool {
    let h = bare_host(u);
    domains.iter().any(|d| {
        let d = d.trim_start_matches("www.");
        h == d || h.ends_with(&format!(".{d}"))
    })
}

/// A file name for the article at `u`: the last words of its path (at most
/// 60 characters, letters, digits and `-`), then 10 hex digits of the
/// address's sha256, so that two articles never share a name.
pub(crate) fn file_stem(u: &Url) -> String {
    use sha2::{Digest, Sha256};
    let path = u.path().trim_end_matches('/');
    let last = path
        .rsplit('/')
        .find(|s| s.chars().any(char::is_alphanumeric))
        .unwrap_or("");
    let last = last
        .rsplit_once('.')
        .filter(|(_, ext)| ext.len() <= 5 && !ext.contains('-'))
        .map_or(last, |(stem, _)| stem);
    let decoded = percent_encoding::percent_decode_str(last).decode_utf8_lossy();
    let mut slug = String::new();
    for c in decoded.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() && c.is_ascii() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_matches('-');
    let hash = crate::ingest::hex(&Sha256::digest(u.as_str().as_bytes()));
    if slug.is_empty() {
        format!("{}-{}", bare_host(u).replace('.', "-"), &hash[..10])
    } else {
        format!("{slug}-{}", &hash[..10])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(&web_url(s).unwrap()).to_string()
    }

    #[test]
    fn tracking_parameters_and_fragments_do_not_make_another_article() {
        let plain = "https://news.example.org/2024/03/01/story";
        for tracked in [
            "https://news.example.org/2024/03/01/story?utm_source=rss&utm_medium=feed",
            "https://news.example.org/2024/03/01/story?fbclid=abc",
            "https://NEWS.example.org:443/2024/03/01/story#comments",
            "https://news.example.org/2024/03/01/story?gclid=1&mc_cid=2&_ga=3",
        ] {
            assert_eq!(n(tracked), plain, "{tracked}");
        }
        // Counter-examples: parameters that choose the content stay, in order.
        assert_eq!(
            n("https://x.org/a?id=7&utm_source=x&page=2"),
            "https://x.org/a?id=7&page=2"
        );
        assert_eq!(n("https://x.org/a?ref=home"), "https://x.org/a?ref=home");
        assert_ne!(n("http://x.org/a"), n("https://x.org/a"));
    }

    #[test]
    fn only_web_addresses_without_credentials() {
        assert!(web_url("https://example.org/feed").is_ok());
        assert!(web_url("http://127.0.0.1:8080/rss").is_ok());
        for bad in [
            "ftp://example.org/feed",
            "file:///etc/passwd",
            "https://user:pw@example.org/",
            "https://user@example.org/",
            "example.org/feed",
            "javascript:alert(1)",
        ] {
            assert!(web_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn loopback_and_domains() {
        assert!(is_loopback(&web_url("http://127.0.0.1:1/").unwrap()));
        assert!(is_loopback(&web_url("http://localhost/").unwrap()));
        assert!(is_loopback(&web_url("http://[::1]/").unwrap()));
        assert!(!is_loopback(&web_url("http://10.0.0.1/").unwrap()));
        assert!(!is_loopback(
            &web_url("http://localhost.example.org/").unwrap()
        ));
        let d = vec!["themoscowtimes.com".to_string()];
        assert!(on_domains(
            &web_url("https://www.themoscowtimes.com/a").unwrap(),
            &d
        ));
        assert!(on_domains(
            &web_url("https://m.themoscowtimes.com/a").unwrap(),
            &d
        ));
        assert!(!on_domains(
            &web_url("https://notthemoscowtimes.com/a").unwrap(),
            &d
        ));
    }

    #[test]
    fn file_stems_are_slugs_with_a_hash() {
        let a = file_stem(&web_url("https://x.org/2023/09/19/russia-and-armenia-a82101").unwrap());
        assert!(a.starts_with("russia-and-armenia-a82101-"), "{a}");
        assert_eq!(a.len(), "russia-and-armenia-a82101-".len() + 10);
        let b = file_stem(&web_url("https://x.org/news/Über%20uns.html").unwrap());
        assert!(b.starts_with("ber-uns-"), "{b}");
        let c = file_stem(&web_url("https://www.x.org/").unwrap());
        assert!(c.starts_with("x-org-"), "{c}");
        assert_ne!(
            file_stem(&web_url("https://x.org/a?id=1").unwrap()),
            file_stem(&web_url("https://x.org/a?id=2").unwrap())
        );
    }
}
