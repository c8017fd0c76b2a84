//! `juxta fetch` and `juxta add` against a server the tests start on
//! 127.0.0.1 (server.rs): feeds, sitemaps, robots.txt, politeness,
//! conditional requests, deduplication, limits, and fetch-then-build.

use std::time::Duration;

use crate::common::{copy_dir, repo};
use crate::harness::{Cmd, ProjectTest};
use crate::server::{Reply, Server};

/// A project with one outlet `news` on the server, `outlet` lines added to
/// its table and `fetch` lines to `[fetch]`.
pub(crate) fn project(server: &Server, outlet: &str, fetch: &str) -> ProjectTest {
    let p = ProjectTest::empty().named("fetch");
    let host = server.url("").trim_start_matches("http://").to_string();
    let host = host.split(':').next().unwrap().to_string();
    p.write(
        "juxta.toml",
        format!(
            r#"[project]
title = "Fetch test"

[outlets.news]
name = "Test News"
domains = ["{host}"]
{outlet}

[themes.truce]
title = "The truce"
scope = 'ceasefire OR truce'

[fetch]
contact = "tests@example.org"
delay = "10ms"
timeout = "2s"
{fetch}
"#
        ),
    );
    std::fs::create_dir_all(p.path().join("sources/news")).unwrap();
    copy_dir(
        &repo().join("report-templates"),
        &p.path().join("report-templates"),
    );
    p
}

/// `juxta ARGS` without proxy settings (the server is local).
pub(crate) fn juxta(p: &ProjectTest, args: &[&str]) -> Cmd {
    let mut c = p.cmd(args);
    for v in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        c = c.env_remove(v);
    }
    c
}

/// An article page of about 160 words on `topic`.
pub(crate) fn article(
    title: &str,
    topic: &str,
    date: Option<&str>,
    canonical: Option<&str>,
) -> String {
    let mut head = format!("<title>{title}</title>\n");
    if let Some(d) = date {
        head.push_str(&format!(
            "<meta property=\"article:published_time\" content=\"{d}T08:00:00Z\">\n"
        ));
    }
    if let Some(c) = canonical {
        head.push_str(&format!("<link rel=\"canonical\" href=\"{c}\">\n"));
    }
    let paras: String = (1..=4)
        .map(|i| {
            format!(
                "<p>Paragraph {i} on {topic}: the ministers met again on Tuesday to discuss the {topic}, and officials on both sides said the talks had made real progress on the questions that had divided them for months. Observers in the capital were cautious, noting that earlier rounds had ended without any written agreement at all.</p>\n"
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n{head}</head>\n<body>\n<article>\n<h1>{title}</h1>\n{paras}</article>\n</body>\n</html>\n"
    )
}

pub(crate) fn rss(items: &[(&str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(link, date)| {
            let link = link.replace('&', "&amp;");
            format!("<item><title>t</title><link>{link}</link><pubDate>{date}</pubDate></item>\n")
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Test News</title><link>http://x/</link><description>d</description>\n{items}</channel></rss>\n"
    )
}

/// The `urls` of `juxta fetch --json`, as (url, status, reason).
fn outcomes(json: &serde_json::Value) -> Vec<(String, String, String)> {
    json["urls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["url"].as_str().unwrap().to_string(),
                o["status"].as_str().unwrap().to_string(),
                o["reason"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn status_of(json: &serde_json::Value, url: &str) -> (String, String) {
    outcomes(json)
        .into_iter()
        .find(|(u, _, _)| u == url)
        .map(|(_, s, r)| (s, r))
        .unwrap_or_else(|| panic!("no outcome for {url} in {json:#}"))
}

/// The pages stored under sources/news (not the history).
fn stored(p: &ProjectTest) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(p.path().join("sources/news"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html"))
        .collect();
    v.sort();
    v
}

#[test]
fn rss_feed_articles_are_archived_byte_for_byte_with_a_sidecar() {
    let s = Server::start();
    let one = article("Truce talks resume", "ceasefire", Some("2024-03-01"), None);
    let two = article("Harvest season", "harvest", None, None);
    s.route(
        "/feed.xml",
        vec![Reply::ok(
            "application/rss+xml",
            rss(&[
                ("/news/truce-talks", "Fri, 01 Mar 2024 10:00:00 GMT"),
                ("/news/harvest", "Sat, 02 Mar 2024 10:00:00 GMT"),
            ]),
        )],
    );
    s.route(
        "/news/truce-talks",
        vec![Reply::html(one.clone()).header("ETag", "\"v1\"")],
    );
    s.route("/news/harvest", vec![Reply::html(two)]);
    let p = project(&s, &format!("feeds = [\"{}\"]", s.url("/feed.xml")), "");
    let r = juxta(&p, &["fetch", "--json"]).run().ok();
    let j = r.json();
    assert_eq!(status_of(&j, &s.url("/feed.xml")).0, "fetched");
    assert_eq!(status_of(&j, &s.url("/news/truce-talks")).0, "fetched");
    assert_eq!(j["summary"]["fetched"], 3, "{j:#}");
    let files = stored(&p);
    assert_eq!(files.len(), 2, "{files:?}");
    let page = files
        .iter()
        .find(|f| f.starts_with("truce-talks-"))
        .unwrap();
    // The body byte for byte, and the sidecar saying how it came.
    let rel = format!("sources/news/{page}");
    assert_eq!(p.read(&rel), one);
    let sidecar = p.read(&format!("{rel}.toml"));
    for part in [
        "[fetched]".to_string(),
        format!("url = \"{}\"", s.url("/news/truce-talks")),
        format!("final-url = \"{}\"", s.url("/news/truce-talks")),
        format!("canonical-url = \"{}\"", s.url("/news/truce-talks")),
        "status = 200".into(),
        "etag = '\"v1\"'".into(),
        "content-type = \"text/html; charset=utf-8\"".into(),
        format!("listed-in = \"{}\"", s.url("/feed.xml")),
        "retrieved-at = \"".into(),
    ] {
        assert!(sidecar.contains(&part), "{part} not in\n{sidecar}");
    }
    use sha2::Digest;
    let sha = juxta_hex(&sha2::Sha256::digest(one.as_bytes()));
    assert!(
        sidecar.contains(&format!("sha256 = \"{sha}\"")),
        "{sidecar}"
    );
    // The page's date wins; the feed's date is the fallback, marked so.
    let harvest = files.iter().find(|f| f.starts_with("harvest-")).unwrap();
    let i = juxta(
        &p,
        &[
            "inspect",
            "--json",
            &rel,
            &format!("sources/news/{harvest}"),
        ],
    )
    .run()
    .ok();
    let docs = i.json();
    let docs = docs.as_array().unwrap();
    assert_eq!(docs[0]["date"], "2024-03-01");
    assert_eq!(docs[0]["provenance"]["date"], "html-metadata");
    assert_eq!(docs[0]["url"], s.url("/news/truce-talks"));
    assert_eq!(docs[1]["date"], "2024-03-02");
    assert_eq!(docs[1]["provenance"]["date"], "feed");
    assert_eq!(docs[1]["provenance"]["url"], "fetched");
    assert_eq!(docs[0]["truncated"], serde_json::Value::Null);
    // The user-agent names juxta and the contact; no credentials.
    let hit = &s.hits_of("/news/truce-talks")[0];
    let ua = &hit.headers["user-agent"];
    assert!(
        ua.starts_with("juxta/") && ua.contains("tests@example.org"),
        "{ua}"
    );
    assert!(!hit.headers.contains_key("authorization") && !hit.headers.contains_key("cookie"));
}

fn juxta_hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn atom_feeds_and_news_sitemaps_list_articles_and_since_limits_them() {
    let s = Server::start();
    let atom = format!(
        r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><updated>2024-03-02T00:00:00Z</updated>
<entry><title>A</title><id>a</id><link href="{}"/><published>2024-03-02T08:00:00Z</published><updated>2024-03-02T08:00:00Z</updated></entry>
<entry><title>Old</title><id>b</id><link href="{}"/><published>2023-01-02T08:00:00Z</published><updated>2023-01-02T08:00:00Z</updated></entry></feed>"#,
        s.url("/a/atom-story"),
        s.url("/a/old-story")
    );
    let sitemap = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{}</loc><news:news><news:publication_date>2024-03-03T09:00:00Z</news:publication_date><news:title>S</news:title></news:news></url></urlset>"#,
        s.url("/s/sitemap-story")
    );
    s.route("/atom.xml", vec![Reply::ok("application/atom+xml", atom)]);
    s.route(
        "/news-sitemap.xml",
        vec![Reply::ok("application/xml", sitemap)],
    );
    for (path, title) in [
        ("/a/atom-story", "Atom story"),
        ("/a/old-story", "Old story"),
        ("/s/sitemap-story", "Sitemap story"),
    ] {
        s.route(path, vec![Reply::html(article(title, title, None, None))]);
    }
    let p = project(
        &s,
        &format!(
            "feeds = [\"{}\"]\nsitemaps = [\"{}\"]",
            s.url("/atom.xml"),
            s.url("/news-sitemap.xml")
        ),
        "",
    );
    let r = juxta(&p, &["fetch", "news", "--since", "2024-01-01", "--json"])
        .run()
        .ok();
    let j = r.json();
    assert_eq!(status_of(&j, &s.url("/a/atom-story")).0, "fetched");
    assert_eq!(status_of(&j, &s.url("/s/sitemap-story")).0, "fetched");
    assert_eq!(j["summary"]["before_since"], 1);
    assert!(
        s.hits_of("/a/old-story").is_empty(),
        "an article before --since was asked for"
    );
    let files = stored(&p);
    assert_eq!(files.len(), 2, "{files:?}");
    let sm = files
        .iter()
        .find(|f| f.starts_with("sitemap-story-"))
        .unwrap();
    let i = juxta(&p, &["inspect", "--json", &format!("sources/news/{sm}")])
        .run()
        .ok();
    assert_eq!(i.json()[0]["date"], "2024-03-03");
    assert_eq!(i.json()[0]["provenance"]["date"], "feed");
}

#[test]
fn robots_txt_disallow_is_obeyed_and_crawl_delay_spaces_requests() {
    let s = Server::start();
    s.route(
        "/robots.txt",
        vec![Reply::ok(
            "text/plain",
            "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n",
        )],
    );
    s.route(
        "/feed.xml",
        vec![Reply::ok(
            "application/rss+xml",
            rss(&[
                ("/n/one", "Fri, 01 Mar 2024 10:00:00 GMT"),
                ("/n/two", "Fri, 01 Mar 2024 11:00:00 GMT"),
                ("/private/three", "Fri, 01 Mar 2024 12:00:00 GMT"),
            ]),
        )],
    );
    for (path, t) in [
        ("/n/one", "One"),
        ("/n/two", "Two"),
        ("/private/three", "Three"),
    ] {
        s.route(path, vec![Reply::html(article(t, t, None, None))]);
    }
    let p = project(&s, &format!("feeds = [\"{}\"]", s.url("/feed.xml")), "");
    let r = juxta(&p, &["fetch", "--json"]).run().ok();
    let j = r.json();
    let (status, reason) = status_of(&j, &s.url("/private/three"));
    assert_eq!(status, "disallowed");
    assert!(reason.contains("robots.txt"), "{reason}");
    assert!(s.hits_of("/private/three").is_empty());
    assert_eq!(stored(&p).len(), 2);
    // Every request after robots.txt came at least Crawl-delay (1 s, more
    // than the configured 10 ms) after the one before.
    let hits = s.hits();
    assert_eq!(hits[0].path, "/robots.txt");
    assert_eq!(hits.len(), 4, "{hits:?}");
    for w in hits.windows(2) {
        let gap = w[1].at.duration_since(w[0].at);
        assert!(
            gap >= Duration::from_millis(950),
            "{} then {}: {gap:?}",
            w[0].path,
            w[1].path
        );
    }
}

#[test]
fn tracking_parameters_canonical_addresses_and_redirects_are_one_article() {
    let s = Server::start();
    let story = article(
        "Truce holds",
        "ceasefire",
        Some("2024-03-01"),
        Some(&s.url("/story")),
    );
    s.route(
        "/feed.xml",
        vec![Reply::ok(
            "application/rss+xml",
            rss(&[
                (
                    "/story?utm_source=rss&utm_medium=feed",
                    "Fri, 01 Mar 2024 10:00:00 GMT",
                ),
                ("/story?fbclid=xyz", "Fri, 01 Mar 2024 10:00:00 GMT"),
                ("/old-address", "Fri, 01 Mar 2024 10:00:00 GMT"),
                ("/amp/story", "Fri, 01 Mar 2024 10:00:00 GMT"),
            ]),
        )],
    );
    s.route("/story", vec![Reply::html(story.clone())]);
    s.route(
        "/old-address",
        vec![Reply::status(301).header("Location", "/moved")],
    );
    s.route(
        "/moved",
        vec![Reply::html(article("Moved story", "harvest", None, None))],
    );
    // Another address of the same article, saying so with rel=canonical.
    s.route("/amp/story", vec![Reply::html(story)]);
    let p = project(&s, &format!("feeds = [\"{}\"]", s.url("/feed.xml")), "");
    let j = juxta(&p, &["fetch", "--json"]).run().ok().json();
    assert_eq!(status_of(&j, &s.url("/story")).0, "fetched");
    let (st, why) = status_of(&j, &s.url("/story?fbclid=xyz"));
    assert_eq!(st, "duplicate", "{why}");
    let (st, why) = status_of(&j, &s.url("/amp/story"));
    assert_eq!(st, "duplicate", "{why}");
    assert_eq!(s.hits_of("/story").len(), 1, "one request for the article");
    assert!(s.hits_of("/story?fbclid=xyz").is_empty());
    assert_eq!(status_of(&j, &s.url("/old-address")).0, "fetched");
    let files = stored(&p);
    assert_eq!(files.len(), 2, "{files:?}");
    let moved = files.iter().find(|f| f.starts_with("moved-")).unwrap();
    let sidecar = p.read(&format!("sources/news/{moved}.toml"));
    assert!(
        sidecar.contains(&format!("url = \"{}\"", s.url("/old-address"))),
        "{sidecar}"
    );
    assert!(
        sidecar.contains(&format!("final-url = \"{}\"", s.url("/moved"))),
        "{sidecar}"
    );
}

#[test]
fn a_429_is_retried_after_retry_after() {
    let s = Server::start();
    s.route(
        "/busy",
        vec![
            Reply::status(429).header("Retry-After", "1"),
            Reply::html(article("Busy day", "ceasefire", Some("2024-03-01"), None)),
        ],
    );
    let p = project(&s, "", "");
    let j = juxta(&p, &["add", &s.url("/busy"), "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(status_of(&j, &s.url("/busy")).0, "fetched");
    let hits = s.hits_of("/busy");
    assert_eq!(hits.len(), 2);
    let gap = hits[1].at.duration_since(hits[0].at);
    assert!(gap >= Duration::from_millis(950), "retried after {gap:?}");
    // A Retry-After beyond max-retry-wait fails the URL at once, naming why.
    s.route(
        "/later",
        vec![Reply::status(503).header("Retry-After", "3600")],
    );
    let r = juxta(&p, &["add", &s.url("/later")]).run().code(1);
    r.stderr_has("longer than max-retry-wait");
    assert_eq!(s.hits_of("/later").len(), 1);
}

#[test]
fn a_page_that_never_answers_ends_the_run_and_is_named() {
    let s = Server::start();
    s.route(
        "/feed.xml",
        vec![Reply::ok(
            "application/rss+xml",
            rss(&[
                ("/silent", "Fri, 01 Mar 2024 10:00:00 GMT"),
                ("/fine", "Fri, 01 Mar 2024 10:00:00 GMT"),
            ]),
        )],
    );
    s.route("/silent", vec![Reply::hang()]);
    s.route(
        "/fine",
        vec![Reply::html(article("Fine", "ceasefire", None, None))],
    );
    let p = project(&s, &format!("feeds = [\"{}\"]", s.url("/feed.xml")), "");
    p.edit_config("timeout = \"2s\"", "timeout = \"1s\"");
    let r = juxta(&p, &["fetch"]).run_limited(2048, 30).code(1);
    r.stderr_has(&format!(
        "failed     article {}: no answer within 1 s",
        s.url("/silent")
    ));
    r.stderr_has("1 failed");
    assert_eq!(stored(&p).len(), 1, "the other article is stored");
}

#[test]
fn pages_over_the_size_limit_gzip_bombs_and_other_types_are_refused() {
    use std::io::Write;
    let s = Server::start();
    let big = format!(
        "<html><body><p>{}</p></body></html>",
        "word ".repeat(400_000)
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![b' '; 1024 * 1024];
    gz.write_all(b"<html><body>").unwrap();
    for _ in 0..256 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 2 * 1024 * 1024);
    s.route("/big", vec![Reply::html(big)]);
    s.route(
        "/bomb",
        vec![Reply::html(bomb).header("Content-Encoding", "gzip")],
    );
    s.route(
        "/paper.pdf",
        vec![Reply::ok("application/pdf", "%PDF-1.4 not a page")],
    );
    let p = project(&s, "", "max-page-size = \"256 KiB\"");
    let args = [
        "add",
        "--json",
        &s.url("/big"),
        &s.url("/bomb"),
        &s.url("/paper.pdf"),
    ];
    let r = juxta(&p, &args).run_limited(2048, 60).code(1);
    let j = r.json();
    for path in ["/big", "/bomb"] {
        let (st, why) = status_of(&j, &s.url(path));
        assert_eq!(st, "failed");
        assert!(
            why.contains("over the size limit") && why.contains("256 KiB"),
            "{path}: {why}"
        );
    }
    let (st, why) = status_of(&j, &s.url("/paper.pdf"));
    assert_eq!(st, "failed");
    assert!(
        why.contains("not HTML (content type application/pdf)"),
        "{why}"
    );
    assert!(stored(&p).is_empty());
}

#[test]
fn a_second_run_over_unchanged_feeds_sends_conditional_requests_and_stores_nothing() {
    let s = Server::start();
    s.route(
        "/feed.xml",
        vec![
            Reply::ok(
                "application/rss+xml",
                rss(&[("/n/one", "Fri, 01 Mar 2024 10:00:00 GMT")]),
            )
            .header("ETag", "\"feed-1\"")
            .header("Last-Modified", "Fri, 01 Mar 2024 10:00:00 GMT"),
        ],
    );
    s.route(
        "/n/one",
        vec![Reply::html(article("One", "ceasefire", None, None))],
    );
    let p = project(&s, &format!("feeds = [\"{}\"]", s.url("/feed.xml")), "");
    juxta(&p, &["fetch"]).run().ok();
    let before = stored(&p);
    let sidecar = p.read(&format!("sources/news/{}.toml", before[0]));
    s.clear_hits();
    let j = juxta(&p, &["fetch", "--json"]).run().ok().json();
    let (st, why) = status_of(&j, &s.url("/feed.xml"));
    assert_eq!(st, "unchanged", "{why}");
    let feed_hits = s.hits_of("/feed.xml");
    assert_eq!(feed_hits.len(), 1);
    assert_eq!(feed_hits[0].headers["if-none-match"], "\"feed-1\"");
    assert_eq!(
        feed_hits[0].headers["if-modified-since"],
        "Fri, 01 Mar 2024 10:00:00 GMT"
    );
    assert!(
        s.hits_of("/n/one").is_empty(),
        "an unchanged feed's article was asked for"
    );
    assert_eq!(stored(&p), before);
    assert_eq!(p.read(&format!("sources/news/{}.toml", before[0])), sidecar);
    assert!(!p.exists("sources/news/.history"));
}

#[test]
fn an_article_changed_at_the_same_address_is_a_new_snapshot_and_the_briefing_reads_the_latest() {
    let s = Server::start();
    let url = s.url("/story");
    s.route(
        "/story",
        vec![Reply::html(article(
            "Truce talks",
            "ceasefire",
            Some("2024-03-01"),
            None,
        ))],
    );
    let p = project(&s, "", "");
    juxta(&p, &["add", &url]).run().ok();
    // The same text again: nothing new.
    let j = juxta(&p, &["add", &url, "--json"]).run().ok().json();
    assert_eq!(status_of(&j, &url).0, "unchanged");
    // The text changed.
    s.route(
        "/story",
        vec![Reply::html(article(
            "Truce talks",
            "truce and the ceasefire",
            Some("2024-03-01"),
            None,
        ))],
    );
    let j = juxta(&p, &["add", &url, "--json"]).run().ok().json();
    let (st, why) = status_of(&j, &url);
    assert_eq!(st, "fetched");
    assert!(why.contains("new snapshot"), "{why}");
    let files = stored(&p);
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(
        p.read(&format!("sources/news/{}", files[0]))
            .contains("truce and the ceasefire")
    );
    let history: Vec<_> = std::fs::read_dir(p.path().join("sources/news/.history"))
        .unwrap()
        .collect();
    assert_eq!(history.len(), 2, "the snapshot before and its sidecar");
    let list = juxta(&p, &["list", "--json"]).run().ok().json();
    assert_eq!(list["outlets"][0]["sources"], 1, "{list:#}");
}

#[test]
fn fetched_articles_are_cited_with_their_urls_in_the_briefing() {
    let s = Server::start();
    s.route(
        "/feed.xml",
        vec![Reply::ok(
            "application/rss+xml",
            rss(&[
                ("/n/truce?utm_source=rss", "Fri, 01 Mar 2024 10:00:00 GMT"),
                ("/n/talks", "Sat, 02 Mar 2024 10:00:00 GMT"),
            ]),
        )],
    );
    s.route(
        "/n/truce",
        vec![Reply::html(article(
            "Truce agreed",
            "ceasefire",
            Some("2024-03-01"),
            None,
        ))],
    );
    s.route(
        "/n/talks",
        vec![Reply::html(article(
            "Talks go on",
            "truce",
            Some("2024-03-02"),
            None,
        ))],
    );
    let p = project(&s, &format!("feeds = [\"{}\"]", s.url("/feed.xml")), "");
    juxta(&p, &["fetch"]).run().ok();
    juxta(&p, &["build", "truce", "--emit", "json"]).run().ok();
    let b: serde_json::Value = serde_json::from_str(&p.read("output/truce.json")).unwrap();
    let text = b.to_string();
    for u in [s.url("/n/truce"), s.url("/n/talks")] {
        assert!(text.contains(&format!("\"url\":\"{u}\"")), "{u} not cited");
    }
    assert!(!text.contains("utm_source"));
    // Every cited passage and source says when its page was retrieved.
    let today = chrono::Utc::now().date_naive().to_string();
    let yesterday = (chrono::Utc::now().date_naive() - chrono::Days::new(1)).to_string();
    let fetched_on = |v: &serde_json::Value| {
        let r = v["retrieved"].as_str().unwrap_or_default().to_string();
        r == today || r == yesterday
    };
    let sources = b["sources"].as_array().unwrap();
    assert!(
        !sources.is_empty() && sources.iter().all(fetched_on),
        "{sources:?}"
    );
    let citations: Vec<&serde_json::Value> = b["facets"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["cells"].as_array().unwrap())
        .flat_map(|c| c["passages"].as_array().unwrap())
        .map(|p| &p["citation"])
        .collect();
    assert!(!citations.is_empty() && citations.iter().all(|c| fetched_on(c)));
    let inspect = juxta(&p, &["inspect", sources[0]["path"].as_str().unwrap()])
        .run()
        .ok();
    assert!(
        inspect.stdout.contains("retrieved: ") && inspect.stdout.contains("[fetched]"),
        "{}",
        inspect.stdout
    );
}

#[test]
fn fetch_configuration_errors_are_located() {
    let s = Server::start();
    for (outlet, fetch, message, line) in [
        (
            "feeds = [\"ftp://x.org/rss\"]",
            "",
            "only http and https",
            7,
        ),
        ("feeds = [\"https://u:p@x.org/rss\"]", "", "credentials", 7),
        (
            "",
            "max-retry-wait = \"fast\"",
            "[fetch] max-retry-wait",
            17,
        ),
        ("", "max-page-size = \"1 GiB\"", "max-page-size", 17),
        ("", "concurency = 2", "unknown key `concurency`", 17),
    ] {
        let p = project(&s, outlet, fetch);
        let r = juxta(&p, &["fetch"]).run().code(2);
        r.stderr_has(message);
        r.stderr_has(&format!("juxta.toml:{line}:"));
    }
    // Without a contact, nothing is fetched.
    let p = project(&s, &format!("feeds = [\"{}\"]", s.url("/feed.xml")), "");
    p.edit_config("contact = \"tests@example.org\"\n", "");
    let r = juxta(&p, &["fetch"]).run().code(2);
    r.stderr_has("needs a contact");
    assert!(s.hits().is_empty());
    // `juxta add` finds the outlet by its domains.
    let r = juxta(&p, &["add", "https://elsewhere.example/a"])
        .run()
        .code(2);
    r.stderr_has("no outlet in juxta.toml has the domain elsewhere.example");
}

#[test]
fn teasers_are_stored_marked_cut_off_and_match_keeps_the_themes_articles() {
    let s = Server::start();
    let teaser = "<!DOCTYPE html><html lang=\"en\"><head><title>Truce deal</title></head><body><article><h1>Truce deal</h1><p>The ceasefire agreed on Tuesday holds, officials said.</p><p>Subscribe to continue reading.</p></article></body></html>";
    s.route("/teaser", vec![Reply::html(teaser)]);
    s.route(
        "/harvest",
        vec![Reply::html(article("Harvest", "harvest", None, None))],
    );
    s.route(
        "/truce",
        vec![Reply::html(article("Truce", "ceasefire", None, None))],
    );
    let p = project(&s, "", "");
    let j = juxta(&p, &["add", "--json", &s.url("/teaser")])
        .run()
        .ok()
        .json();
    assert_eq!(j["urls"][0]["status"], "fetched");
    assert_eq!(j["urls"][0]["truncated"], true, "{j:#}");
    let page = &stored(&p)[0];
    let i = juxta(&p, &["inspect", "--json", &format!("sources/news/{page}")])
        .run()
        .ok();
    assert_eq!(i.json()[0]["truncated"], true);
    // --match: only the theme's articles are stored; the others are reported.
    let args = [
        "add",
        "--json",
        "--match",
        "truce",
        &s.url("/harvest"),
        &s.url("/truce"),
    ];
    let j = juxta(&p, &args).run().ok().json();
    let (st, why) = status_of(&j, &s.url("/harvest"));
    assert_eq!(st, "skipped");
    assert!(why.contains("not in the scope of theme `truce`"), "{why}");
    assert_eq!(status_of(&j, &s.url("/truce")).0, "fetched");
    assert_eq!(stored(&p).len(), 2);
    let r = juxta(&p, &["add", "--match", "nosuch", &s.url("/truce")])
        .run()
        .code(2);
    r.stderr_has("no theme `nosuch`");
}

/// A page whose character set is named only by the HTTP answer (no `<meta
/// charset>`) is read in that character set, as a browser reads it, both
/// when it is fetched and when the archived copy is built from.
#[test]
fn a_charset_named_only_in_the_http_answer_is_honoured() {
    let s = Server::start();
    let body =
        "Переговоры о перемирии продолжаются в Москве, сообщили официальные лица. ".repeat(30);
    let page = format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<title>Перемирие</title>\n</head>\n<body>\n<article>\n<h1>Перемирие</h1>\n<p>{body}</p>\n<p>{body}</p>\n</article>\n</body>\n</html>\n"
    );
    let bytes = encoding_rs::WINDOWS_1251.encode(&page).0.into_owned();
    s.route(
        "/ru/truce",
        vec![Reply::ok("text/html; charset=windows-1251", bytes.clone())],
    );
    let p = project(&s, "", "");
    juxta(&p, &["add", &s.url("/ru/truce")]).run().ok();
    let stored: Vec<_> = std::fs::read_dir(p.path().join("sources/news"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|f| f.extension().is_some_and(|x| x == "html"))
        .collect();
    assert_eq!(stored.len(), 1, "{stored:?}");
    // Archived byte for byte: still windows-1251 on disk.
    assert_eq!(std::fs::read(&stored[0]).unwrap(), bytes);
    let rel = stored[0]
        .strip_prefix(p.path())
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let doc = juxta(&p, &["inspect", "--json", &rel]).run().ok().json();
    let doc = doc.as_array().map_or(&doc, |a| &a[0]);
    assert_eq!(doc["title"], "Перемирие");
    let text = doc["paragraphs"][0]["text"].as_str().unwrap();
    assert!(text.starts_with("Переговоры о перемирии"), "{text}");
}
