use super::*;
use crate::ingest::rules::Reason;
use crate::ingest::{Document, Provenance, ingest_bytes};

/// The document juxta reads from `text` saved as `name`.
fn document(text: &str, name: &str) -> crate::error::Result<Document> {
    let ctx = Context {
        display_path: name.to_string(),
        ..Default::default()
    };
    ingest_bytes(text.as_bytes(), std::path::Path::new(name), &ctx, None)
}

/// A HAR entry for `url` answered with `status`, `mime` and `text`
/// (`encoding` "base64" or none), as Chrome writes one.
fn entry(
    url: &str,
    status: i64,
    mime: &str,
    text: &str,
    encoding: Option<&str>,
) -> serde_json::Value {
    let mut content = serde_json::json!({"size": text.len(), "mimeType": mime, "text": text});
    if let Some(e) = encoding {
        content["encoding"] = e.into();
    }
    serde_json::json!({
        "_resourceType": "document",
        "startedDateTime": "2027-11-02T07:18:43.905Z",
        "request": {"method": "GET", "url": url, "headers": []},
        "response": {"status": status, "headers": [], "content": content},
        "timings": {"wait": 12.5}
    })
}

/// A HAR file of `entries`, pretty-printed as browsers save it.
fn har(entries: Vec<serde_json::Value>) -> String {
    serde_json::to_string_pretty(&serde_json::json!({
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [{"id": "page_1", "title": "https://news.example/a/1"}],
            "entries": entries
        }
    }))
    .unwrap()
}

const PARAS: [&str; 3] = [
    "The water utility said on Thursday that restrictions in the capital would stay in force until the rainy season, as the dams hold less than a fifth of their capacity.",
    "Households that use more than the allowed amount will pay twice the usual rate, and watering gardens with hoses is banned between eight in the morning and six in the evening.",
    "The city council asked residents to report leaks, which it said account for almost a third of the water lost between the treatment plant and the taps.",
];

/// A site's API answer: the article's fields, its body in HTML, as
/// JSON text escaped as `\uXXXX` (as many APIs write non-ASCII).
fn api_answer() -> String {
    let body: String = PARAS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let article = serde_json::json!({
        "code": 200,
        "data": {
            "id": 1,
            "title": "Water restrictions stay — until the rains",
            "content": body,
            "author": "Nangula Shikongo",
            "publish_date": "2027-11-01T09:30:00+02:00"
        }
    });
    let ascii: String = serde_json::to_string(&article)
        .unwrap()
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                format!("\\u{:04X}", c as u32)
            }
        })
        .collect();
    ascii
}

#[test]
fn a_single_page_sites_article_is_read_from_its_api_answer() {
    let shell = "<!doctype html><html><head><title>News</title></head><body><div id=\"app\"></div></body></html>";
    let text = har(vec![
        entry("https://news.example/a/1", 200, "text/html", shell, None),
        entry(
            "https://news.example/app.js",
            200,
            "application/javascript",
            "fetch('/api/1')",
            None,
        ),
        entry(
            "https://api.news.example/v1/articles/1",
            200,
            "application/json; charset=utf-8",
            &api_answer(),
            None,
        ),
        entry(
            "https://cdn.news.example/dam.gif",
            200,
            "image/gif",
            "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==",
            Some("base64"),
        ),
        entry("https://news.example/beacon", 204, "text/plain", "", None),
    ]);
    let d = document(&text, "water.har").unwrap();
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, PARAS);
    assert_eq!(
        d.title.as_deref(),
        Some("Water restrictions stay — until the rains")
    );
    assert_eq!(d.authors, ["Nangula Shikongo"]);
    assert_eq!(d.date_string().as_deref(), Some("2027-11-01"));
    assert_eq!(d.provenance["date"], Provenance::Json);
    // The address is the page's, not the API's.
    assert_eq!(d.url.as_deref(), Some("https://news.example/a/1"));
    assert_eq!(d.provenance["url"], Provenance::Capture);
    // The lines are those of the entry's object in the file.
    let spans = entry_spans(&text);
    assert_eq!(spans.len(), 5);
    assert!(d.paragraphs.iter().all(|p| p.lines == spans[2]));
    let removed: Vec<[usize; 2]> = (d.removed.iter())
        .filter(|r| r.reason == Reason::Capture)
        .map(|r| r.lines)
        .collect();
    assert_eq!(removed, [spans[0], spans[1], spans[3], spans[4]]);
}

#[test]
fn a_page_in_a_har_file_is_read_as_a_page_also_in_base64() {
    let body: String = PARAS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let page = format!(
        "<!DOCTYPE html>\n<html><head><title>Water restrictions stay</title></head><body><article><h1>Water restrictions stay</h1>\n{body}</article></body></html>"
    );
    let related = r#"{"data":[{"id":2,"title":"Dams at a fifth"}]}"#;
    for (text, encoding) in [
        (page.clone(), None),
        (
            base64(&encoding_rs::WINDOWS_1252.encode(&page).0),
            Some("base64"),
        ),
    ] {
        let text = har(vec![
            entry(
                "https://news.example/a/1",
                200,
                "text/html; charset=windows-1252",
                &text,
                encoding,
            ),
            entry(
                "https://api.news.example/related",
                200,
                "application/json",
                related,
                None,
            ),
        ]);
        let d = document(&text, "water.har").unwrap();
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, PARAS);
        assert_eq!(d.title.as_deref(), Some("Water restrictions stay"));
        assert_eq!(d.url.as_deref(), Some("https://news.example/a/1"));
        // No date stated: the day of the capture.
        assert_eq!(d.date_string().as_deref(), Some("2027-11-02"));
        assert_eq!(d.provenance["date"], Provenance::Capture);
    }
}

/// `bytes` in base64 (for the tests).
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= c.len() {
                out.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn base64_is_read_in_both_alphabets() {
    for s in [
        "",
        "f",
        "fo",
        "foo",
        "foob",
        "fooba",
        "foobar",
        "\u{0}\u{ff}\u{fe}",
    ] {
        assert_eq!(
            decode_base64(&base64(s.as_bytes())).as_deref(),
            Some(s.as_bytes())
        );
    }
    assert_eq!(
        decode_base64("-_8").as_deref(),
        Some(b"\xfb\xff".as_slice())
    );
    assert_eq!(
        decode_base64("Zm9v\nYmFy").as_deref(),
        Some(b"foobar".as_slice())
    );
    assert_eq!(decode_base64("Zm9v!"), None);
}

#[test]
fn entry_spans_follow_brackets_not_strings() {
    let text = "{\n \"log\": {\n  \"pages\": [{\"id\": \"x\"}],\n  \"entries\": [\n   {\"a\": \"{[}]\\\"\",\n    \"b\": {\"c\": [1, {}]}},\n   {}\n  ]\n }\n}";
    assert_eq!(entry_spans(text), [[5, 6], [7, 7]]);
    // An "entries" elsewhere is not the log's.
    assert!(entry_spans("{\"x\": {\"entries\": [{}]}}").is_empty());
}

#[test]
fn a_har_file_without_a_text_entry_is_an_error_that_says_so() {
    let text = har(vec![
        entry(
            "https://news.example/dam.gif",
            200,
            "image/gif",
            "R0lGODlhAQABAAAAACw=",
            Some("base64"),
        ),
        // Saved without content: no text.
        entry("https://news.example/a/1", 200, "text/html", "", None),
    ]);
    let e = document(&text, "water.har").unwrap_err();
    assert!(
        e.message
            .starts_with("water.har: this HAR file holds no web page"),
        "{}",
        e.message
    );
    assert!(
        e.hints
            .iter()
            .any(|h| h.contains("Save all as HAR with content")),
        "{:?}",
        e.hints
    );
}

#[test]
fn a_broken_har_file_is_an_error_at_its_place() {
    let text = har(vec![entry(
        "https://news.example/a/1",
        200,
        "text/html",
        "<p>x</p>",
        None,
    )]);
    let cut = &text[..text.len() / 2];
    let e = document(cut, "water.har").unwrap_err();
    assert!(
        e.message.starts_with("this HAR file does not parse"),
        "{}",
        e.message
    );
    let at = e.location.as_ref().unwrap();
    assert_eq!(at.path, "water.har");
    assert!(at.line > 1);
    // A `.har` file of JSON that is no HAR.
    let e = document("{\"title\": \"x\"}", "water.har").unwrap_err();
    assert!(e.message.contains("this is no HAR file"), "{}", e.message);
}

#[test]
fn a_json_file_is_read_as_a_har_only_when_it_is_one() {
    // A HAR saved as .json is a HAR.
    let text = har(vec![entry(
        "https://api.news.example/1",
        200,
        "application/json",
        &api_answer(),
        None,
    )]);
    let d = document(&text, "water.json").unwrap();
    assert_eq!(d.paragraphs.len(), 3);
    assert_eq!(d.provenance["retrieved"], Provenance::Capture);
    // An article saved as JSON is no HAR, even with a "log" of its own.
    let post = serde_json::json!({"log": {"note": "edited"}, "title": "Water", "content": PARAS.join(" ")});
    let d = document(&post.to_string(), "water.json").unwrap();
    assert_eq!(d.title.as_deref(), Some("Water"));
    assert_eq!(d.provenance["title"], Provenance::Json);
    assert!(!opens_as_har(br#"{"title": "x", "log": {"entries": []}}"#));
    assert!(opens_as_har(b"\xEF\xBB\xBF\n{\n  \"log\": {"));
}
