//! The `[fetched]` table of a sidecar: how `juxta fetch` got a page (the
//! address asked for, the one that answered, the page's canonical address,
//! when, the HTTP answer, the body's sha256) and what the feed or sitemap
//! that listed it said. Ingest uses it as a fallback only: the page's own
//! metadata wins, then the article text; the fetched address is the URL of
//! an article whose page states none (provenance `fetched`), the feed's
//! date is the date of one that states none (provenance `feed`).

use serde::{Deserialize, Serialize};

use super::{Document, Provenance};

/// Fewer words than this in a whole fetched page is a teaser or a paywall
/// stub, not an article: the document is marked cut off.
pub(crate) const MIN_FETCHED_WORDS: usize = 120;

/// How a page was fetched.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FetchRecord {
    /// The address asked for (from a feed, a sitemap or the command line).
    pub url: String,
    /// The address that answered, after redirects.
    pub final_url: String,
    /// The page's own address (`rel=canonical`, `og:url`), tracking
    /// parameters removed; the final address when it states none.
    pub canonical_url: String,
    /// When it was fetched (RFC 3339, UTC).
    pub retrieved_at: String,
    /// The HTTP status.
    pub status: u16,
    /// The `ETag` of the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The `Last-Modified` of the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// The `Content-Type` of the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// sha256 of the body as stored, hex.
    pub sha256: String,
    /// sha256 of the article's text as juxta read it (paragraphs), hex: a
    /// page fetched again is a new snapshot only when this changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_sha256: Option<String>,
    /// The feed or sitemap that listed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed_in: Option<String>,
    /// The date the feed or sitemap gave it (a fallback for the article's date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed_date: Option<chrono::NaiveDate>,
}

impl FetchRecord {
    /// Fills what the page did not state (before stated front matter and
    /// sidecar keys apply, which win over it).
    pub(crate) fn apply(&self, doc: &mut Document) {
        doc.retrieved = self.retrieved_on();
        if doc.retrieved.is_some() {
            doc.provenance
                .insert("retrieved".into(), Provenance::Fetched);
        }
        if doc.url.is_none() && !self.canonical_url.is_empty() {
            doc.url = Some(self.canonical_url.clone());
            doc.provenance.insert("url".into(), Provenance::Fetched);
        }
        if doc.date.is_none()
            && let Some(d) = self.listed_date
        {
            doc.date = Some(d);
            doc.provenance.insert("date".into(), Provenance::Feed);
        }
    }
}

impl FetchRecord {
    /// The character set the HTTP answer named (`Content-Type: text/html;
    /// charset=windows-1251`), when it is one encoding_rs knows.
    pub(crate) fn charset(&self) -> Option<&'static encoding_rs::Encoding> {
        charset_named(self.content_type.as_deref()?)
    }

    /// The day of `retrieved-at` (RFC 3339; a bare date is accepted too).
    pub(crate) fn retrieved_on(&self) -> Option<chrono::NaiveDate> {
        let t = self.retrieved_at.trim();
        chrono::DateTime::parse_from_rfc3339(t)
            .map(|d| d.with_timezone(&chrono::Utc).date_naive())
            .ok()
            .or_else(|| chrono::NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok())
    }
}

/// The character set an HTTP `Content-Type` names (`text/html;
/// charset=windows-1251`), when it is one encoding_rs knows.
pub(crate) fn charset_named(content_type: &str) -> Option<&'static encoding_rs::Encoding> {
    let label = content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']))
    })?;
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// Why a fetched page is not the whole article, if it is not: the reason
/// the text reads as cut off, or a text too short to be an article.
pub(crate) fn cut_off(doc: &Document) -> Option<&'static str> {
    if let Some(why) = super::truncation::cut_off(doc) {
        return Some(why);
    }
    let words: usize = doc
        .passages()
        .map(|(_, p)| p.text.split_whitespace().count())
        .sum();
    (words < MIN_FETCHED_WORDS).then_some("the fetched page holds only a few lines of text")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_charset_comes_from_the_content_type_when_named_and_known() {
        let with = |ct: &str| FetchRecord {
            content_type: Some(ct.into()),
            ..record()
        };
        assert_eq!(
            with("text/html; charset=windows-1251").charset(),
            Some(encoding_rs::WINDOWS_1251)
        );
        assert_eq!(
            with("text/html;Charset=\"KOI8-R\"").charset(),
            Some(encoding_rs::KOI8_R)
        );
        // Counter-examples: no charset, an unknown one, a charset-like word elsewhere.
        assert_eq!(with("text/html").charset(), None);
        assert_eq!(with("text/html; charset=klingon").charset(), None);
        assert_eq!(with("text/charset=utf-8").charset(), None);
        assert_eq!(FetchRecord::default().charset(), None);
    }

    #[test]
    fn the_retrieval_day_is_read_from_rfc3339_or_a_date() {
        assert_eq!(
            record().retrieved_on(),
            chrono::NaiveDate::from_ymd_opt(2024, 3, 2)
        );
        let late = FetchRecord {
            retrieved_at: "2024-03-02T23:30:00-05:00".into(),
            ..record()
        };
        assert_eq!(
            late.retrieved_on(),
            chrono::NaiveDate::from_ymd_opt(2024, 3, 3)
        );
        let bad = FetchRecord {
            retrieved_at: "yesterday".into(),
            ..record()
        };
        assert_eq!(bad.retrieved_on(), None);
    }

    fn record() -> FetchRecord {
        FetchRecord {
            url: "https://x.org/a?utm_source=rss".into(),
            final_url: "https://x.org/a".into(),
            canonical_url: "https://x.org/a".into(),
            retrieved_at: "2024-03-02T10:00:00Z".into(),
            status: 200,
            sha256: "00".into(),
            listed_date: chrono::NaiveDate::from_ymd_opt(2024, 3, 1),
            ..FetchRecord::default()
        }
    }

    #[test]
    fn the_fetch_fills_only_what_the_page_does_not_state() {
        let mut doc = crate::ingest::ingest_str_for_tests("Body text of the article.\n");
        record().apply(&mut doc);
        assert_eq!(doc.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(doc.provenance["url"], Provenance::Fetched);
        assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2024, 3, 1));
        assert_eq!(doc.provenance["date"], Provenance::Feed);
        // Counter-example: what the article states stays.
        let mut doc = crate::ingest::ingest_str_for_tests(
            "Headline\n\nSeptember 19, 2023\n\nBody text of the article goes on.\n",
        );
        let stated = doc.date;
        assert!(stated.is_some());
        record().apply(&mut doc);
        assert_eq!(doc.date, stated);
        assert_ne!(doc.provenance["date"], Provenance::Feed);
    }

    #[test]
    fn a_fetched_page_with_a_few_lines_is_cut_off() {
        let short = crate::ingest::ingest_str_for_tests("The minister spoke on Tuesday.\n");
        assert!(cut_off(&short).is_some());
        let long_text = "The minister spoke on Tuesday about the talks. ".repeat(20);
        let long = crate::ingest::ingest_str_for_tests(&format!("{long_text}\n"));
        assert_eq!(cut_off(&long), None);
        let paywalled = crate::ingest::ingest_str_for_tests(&format!(
            "{long_text}\n\nSubscribe to continue reading.\n"
        ));
        assert!(cut_off(&paywalled).is_some());
    }
}
