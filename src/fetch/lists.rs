//! Feeds and sitemaps: the lists of articles an outlet publishes. Feeds in
//! any format feed-rs reads (RSS 0.9x, 1.0 and 2.0, Atom, JSON Feed);
//! sitemaps and news sitemaps (`<url><loc>` with `news:publication_date`
//! or `lastmod`), and sitemap indexes (`<sitemap><loc>`), read with
//! quick-xml as a stream.

use chrono::NaiveDate;
use url::Url;

/// An article a feed or sitemap lists.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Listed {
    /// Its address, as listed (resolved against the list's).
    pub(crate) url: Url,
    /// When it was published, as the list says (feed: published, else
    /// updated; sitemap: news:publication_date, else lastmod).
    pub(crate) date: Option<NaiveDate>,
    /// When the list says it last changed (feed: updated; sitemap: lastmod).
    pub(crate) updated: Option<chrono::DateTime<chrono::Utc>>,
    /// Its title, when the list gives one.
    pub(crate) title: Option<String>,
}

/// What a list holds.
#[derive(Debug, Default)]
pub(crate) struct List {
    /// Articles.
    pub(crate) articles: Vec<Listed>,
    /// Other sitemaps (a sitemap index).
    pub(crate) sitemaps: Vec<Url>,
}

/// Reads a feed; `base` resolves relative links.
pub(crate) fn read_feed(bytes: &[u8], base: &Url) -> Result<List, String> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(base.as_str()))
        .build()
        .parse(bytes)
        .map_err(|e| format!("not a feed juxta reads (RSS, Atom or JSON Feed): {e}"))?;
    let mut list = List::default();
    for e in feed.entries {
        let link = e
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(e.links.first())
            .map(|l| l.href.clone())
            .or_else(|| e.id.starts_with("http").then(|| e.id.clone()));
        let Some(url) = link.and_then(|l| base.join(l.trim()).ok()) else {
            continue;
        };
        if super::urls::web_url(url.as_str()).is_err() {
            continue;
        }
        list.articles.push(Listed {
            url,
            date: e.published.or(e.updated).map(|d| d.date_naive()),
            updated: e.updated.or(e.published),
            title: e.title.map(|t| t.content.trim().to_string()),
        });
    }
    Ok(list)
}

/// Reads a sitemap or a sitemap index; `base` resolves relative links.
pub(crate) fn read_sitemap(bytes: &[u8], base: &Url) -> Result<List, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().trim_text(true);
    let mut list = List::default();
    let mut path: Vec<String> = Vec::new();
    let mut cur = Entry::default();
    let mut buf = Vec::new();
    let mut seen_root = false;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            format!(
                "not a sitemap: XML error at byte {}: {e}",
                reader.error_position()
            )
        })?;
        match event {
            Event::Start(s) => {
                let name = local(s.name().0);
                if !seen_root {
                    if name != "urlset" && name != "sitemapindex" {
                        return Err(format!(
                            "not a sitemap: the root element is <{name}>, not <urlset> or <sitemapindex>"
                        ));
                    }
                    seen_root = true;
                }
                if name == "url" || name == "sitemap" {
                    cur = Entry::default();
                }
                path.push(name);
            }
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                if name == "url" || name == "sitemap" {
                    cur.finish(&name, base, &mut list);
                }
            }
            Event::Text(t) => cur.text(path.last().map_or("", String::as_str), t.as_ref()),
            Event::CData(t) => cur.text(path.last().map_or("", String::as_str), t.as_ref()),
            Event::GeneralRef(r) => {
                // `&amp;` in <loc>: the predefined entities and character references.
                if let Some(c) = crate::ingest::records::reference_char(&r) {
                    cur.text(
                        path.last().map_or("", String::as_str),
                        c.encode_utf8(&mut [0; 4]),
                    );
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !seen_root {
        return Err("not a sitemap: no <urlset> or <sitemapindex>".into());
    }
    Ok(list)
}

/// The element name without its namespace prefix.
fn local(name: &str) -> String {
    name.rsplit(':').next().unwrap_or("").to_string()
}

/// One `<url>` or `<sitemap>` being read.
#[derive(Default)]
struct Entry {
    loc: String,
    publication_date: String,
    lastmod: String,
    title: String,
}

impl Entry {
    fn text(&mut self, element: &str, text: &str) {
        match element {
            "loc" => self.loc.push_str(text),
            "publication_date" => self.publication_date.push_str(text),
            "lastmod" => self.lastmod.push_str(text),
            "title" => self.title.push_str(text),
            _ => {}
        }
    }

    fn finish(&mut self, element: &str, base: &Url, list: &mut List) {
        let Some(url) = base
            .join(self.loc.trim())
            .ok()
            .filter(|u| super::urls::web_url(u.as_str()).is_ok())
        else {
            return;
        };
        if element == "sitemap" {
            list.sitemaps.push(url);
            return;
        }
        let stamp = |s: &str| {
            let s = s.trim();
            chrono::DateTime::parse_from_rfc3339(s)
                .map(|d| d.with_timezone(&chrono::Utc))
                .ok()
                .or_else(|| {
                    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d")
                        .ok()?
                        .and_hms_opt(0, 0, 0)
                        .map(|d| d.and_utc())
                })
        };
        let published = stamp(&self.publication_date);
        let modified = stamp(&self.lastmod);
        list.articles.push(Listed {
            url,
            date: published.or(modified).map(|d| d.date_naive()),
            updated: modified.or(published),
            title: Some(self.title.trim().to_string()).filter(|t| !t.is_empty()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://news.example.org/feeds/main").unwrap()
    }

    #[test]
    fn rss_atom_and_json_feed_list_their_articles() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>
<item><title>One</title><link>https://news.example.org/a/one</link><pubDate>Tue, 19 Sep 2023 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>/a/two</link></item></channel></rss>"#;
        let l = read_feed(rss, &base()).unwrap();
        assert_eq!(l.articles.len(), 2);
        assert_eq!(l.articles[0].url.as_str(), "https://news.example.org/a/one");
        assert_eq!(l.articles[0].date, NaiveDate::from_ymd_opt(2023, 9, 19));
        assert_eq!(l.articles[1].url.as_str(), "https://news.example.org/a/two");
        assert_eq!(l.articles[1].date, None);
        let atom = br#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title><id>x</id><updated>2024-03-02T00:00:00Z</updated>
<entry><title>A</title><id>urn:1</id><link rel="alternate" href="https://news.example.org/b"/><published>2024-03-01T08:00:00+02:00</published><updated>2024-03-02T09:00:00Z</updated></entry></feed>"#;
        let l = read_feed(atom, &base()).unwrap();
        assert_eq!(l.articles[0].url.as_str(), "https://news.example.org/b");
        assert_eq!(l.articles[0].date, NaiveDate::from_ymd_opt(2024, 3, 1));
        let json = br#"{"version":"https://jsonfeed.org/version/1.1","title":"N","items":[{"id":"1","url":"https://news.example.org/c","date_published":"2024-01-05T10:00:00Z"}]}"#;
        let l = read_feed(json, &base()).unwrap();
        assert_eq!(l.articles[0].url.as_str(), "https://news.example.org/c");
        assert_eq!(l.articles[0].date, NaiveDate::from_ymd_opt(2024, 1, 5));
        // Counter-examples: an HTML page, a link to another scheme.
        assert!(read_feed(b"<html><body>no feed</body></html>", &base()).is_err());
        let ftp = br#"<rss version="2.0"><channel><title>N</title><item><link>ftp://x.org/a</link></item></channel></rss>"#;
        assert!(read_feed(ftp, &base()).unwrap().articles.is_empty());
    }

    #[test]
    fn news_sitemaps_and_indexes() {
        let sm = br#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example.org/a?x=1&amp;y=2</loc><news:news><news:publication><news:name>N</news:name></news:publication>
<news:publication_date>2023-09-19T10:00:00+00:00</news:publication_date><news:title>Hello</news:title></news:news></url>
<url><loc>https://news.example.org/b</loc><lastmod>2023-09-20</lastmod></url>
</urlset>"#;
        let l = read_sitemap(sm, &base()).unwrap();
        assert_eq!(l.articles.len(), 2);
        assert_eq!(
            l.articles[0].url.as_str(),
            "https://news.example.org/a?x=1&y=2"
        );
        assert_eq!(l.articles[0].date, NaiveDate::from_ymd_opt(2023, 9, 19));
        assert_eq!(l.articles[0].title.as_deref(), Some("Hello"));
        assert_eq!(l.articles[1].date, NaiveDate::from_ymd_opt(2023, 9, 20));
        let idx = br#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example.org/s1.xml</loc></sitemap></sitemapindex>"#;
        let l = read_sitemap(idx, &base()).unwrap();
        assert_eq!(l.sitemaps.len(), 1);
        assert!(l.articles.is_empty());
        // Counter-examples: a feed and broken XML are no sitemaps.
        assert!(read_sitemap(b"<rss><channel/></rss>", &base()).is_err());
        assert!(read_sitemap(b"<urlset><url><loc>x</url>", &base()).is_err());
    }
}
