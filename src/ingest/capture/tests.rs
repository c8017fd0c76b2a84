//! The web-capture readers through ingestion: which record is the
//! article, its lines in the file, what the capture fills in, and the
//! files that are no capture or a damaged one.

use std::io::Write;

use crate::error::Result;
use crate::ingest::rules::Reason;
use crate::ingest::testkit::texts;
use crate::ingest::{Context, Document, Provenance, ingest_bytes};

/// The document juxta reads from `bytes` saved as `name`.
fn document(bytes: &[u8], name: &str) -> Result<Document> {
    let ctx = Context {
        display_path: name.to_string(),
        ..Default::default()
    };
    ingest_bytes(bytes, std::path::Path::new(name), &ctx, None)
}

/// A WARC/1.0 record of `kind` for `uri` with its `Content-Type` and
/// block, as wget writes one.
pub(super) fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: <{uri}>\r\nWARC-Date: 2028-03-04T05:06:07Z\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP answer with status 200, `Content-Type` and other header
/// lines (`extra`, each ending in CRLF), and body.
pub(super) fn http(content_type: &str, extra: &str, body: &[u8]) -> Vec<u8> {
    let mut out =
        format!("HTTP/1.1 200 OK\r\nServer: test\r\nContent-Type: {content_type}\r\n{extra}\r\n")
            .into_bytes();
    out.extend_from_slice(body);
    out
}

/// A `response` record of an HTTP answer.
fn response(uri: &str, answer: &[u8]) -> Vec<u8> {
    record("response", uri, "application/http;msgtype=response", answer)
}

/// The request wget writes before an answer.
fn request(uri: &str) -> Vec<u8> {
    let block = format!("GET {uri} HTTP/1.1\r\nHost: example.org\r\nUser-Agent: Wget/1.21\r\n\r\n");
    record(
        "request",
        uri,
        "application/http;msgtype=request",
        block.as_bytes(),
    )
}

/// A one-pixel GIF: binary bytes, NUL among them.
const GIF: &[u8] = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";

const RU: [&str; 4] = [
    "Городская дума утвердила во вторник новый план развития общественного транспорта, который предусматривает покупку сорока электробусов до конца следующего года.",
    "По словам заместителя мэра, первые машины выйдут на маршруты уже весной, а старые дизельные автобусы будут списаны постепенно в течение трёх лет.",
    "Депутаты оппозиции раскритиковали план, заявив, что город не построил достаточно зарядных станций и что стоимость проекта выросла почти вдвое.",
    "Жители окраинных районов надеются, что новые маршруты сократят время поездки в центр, которое сейчас в часы пик превышает один час.",
];

/// An article page in Russian with `head` in its head; no charset of
/// its own.
fn ru_page(head: &str) -> String {
    let body: String = RU.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<title>Дума утвердила план электробусов</title>\n{head}\n</head>\n<body>\n<nav><a href=\"/\">Главная</a> <a href=\"/city\">Город</a></nav>\n<article>\n<h1>Дума утвердила план электробусов</h1>\n{body}</article>\n<footer><p>© 2028 Городские новости</p></footer>\n</body>\n</html>\n"
    )
}

/// The line of `bytes` the bytes `needle` start on.
fn line_of(bytes: &[u8], needle: &[u8]) -> usize {
    let at = memchr::memmem::find(bytes, needle).expect("needle in the file");
    1 + memchr::memchr_iter(b'\n', &bytes[..at]).count()
}

/// A wget capture of the Russian page in windows-1251, named only in the
/// HTTP header, with the requests, robots.txt, an image and wget's
/// records around it.
fn wget_capture(head: &str) -> Vec<u8> {
    let page = encoding_rs::WINDOWS_1251
        .encode(&ru_page(head))
        .0
        .into_owned();
    let uri = "https://gorod.example.ru/news/2028/elektrobusy";
    let info = "software: Wget/1.21.3\r\nformat: WARC File Format 1.0\r\n";
    [
        record("warcinfo", "", "application/warc-fields", info.as_bytes()),
        request(uri),
        response(uri, &http("text/html; charset=windows-1251", "", &page)),
        request("https://gorod.example.ru/robots.txt"),
        response(
            "https://gorod.example.ru/robots.txt",
            &http("text/plain", "", b"User-agent: *\nDisallow: /admin/\n"),
        ),
        response(
            "https://gorod.example.ru/logo.gif",
            &http("image/gif", "", GIF),
        ),
        record(
            "metadata",
            "metadata://gnu.org/software/wget/warc/MANIFEST.txt",
            "text/plain",
            b"<urn:uuid:1>\n",
        ),
    ]
    .concat()
}

#[test]
fn a_warc_file_is_read_as_its_page_in_the_charset_of_its_http_answer() {
    let warc = wget_capture("");
    let d = document(&warc, "capture.warc").unwrap();
    assert_eq!(texts(&d), RU);
    assert_eq!(d.title.as_deref(), Some("Дума утвердила план электробусов"));
    // Each paragraph's lines are the lines of the WARC file it is on.
    for (p, text) in d.paragraphs.iter().zip(RU) {
        let encoded = encoding_rs::WINDOWS_1251.encode(text).0;
        let line = line_of(&warc, &encoded);
        assert_eq!(p.lines, [line, line], "{text}");
    }
    // The page states no address and no date: the capture's, as such.
    assert_eq!(
        d.url.as_deref(),
        Some("https://gorod.example.ru/news/2028/elektrobusy")
    );
    assert_eq!(d.provenance["url"], Provenance::Capture);
    assert_eq!(d.date_string().as_deref(), Some("2028-03-04"));
    assert_eq!(d.provenance["date"], Provenance::Capture);
    assert_eq!(
        d.retrieved.map(|r| r.to_string()).as_deref(),
        Some("2028-03-04")
    );
    // Every other record is removed with its lines, the image's too (by
    // what it is, never as text); and the header of the page's record.
    let removed: Vec<&crate::ingest::Removed> = (d.removed.iter())
        .filter(|r| r.reason == Reason::Capture)
        .collect();
    assert_eq!(removed.len(), 7, "{removed:#?}");
    assert_eq!(removed[0].lines[0], 1);
    assert!(removed[0].text.starts_with("WARC warcinfo record"));
    let gif = (removed.iter())
        .find(|r| r.text.contains("logo.gif"))
        .unwrap();
    assert!(gif.text.contains("image/gif, 43 bytes"), "{}", gif.text);
    assert_eq!(gif.lines[0], line_of(&warc, b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <https://gorod.example.ru/logo.gif>"));
    let header = (removed.iter())
        .find(|r| r.text.contains("HTTP 200, text/html"))
        .unwrap();
    assert_eq!(header.lines[1] + 1, line_of(&warc, b"<!DOCTYPE html>"));
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
}

#[test]
fn what_the_page_states_wins_over_the_capture() {
    // Counter-example: a page with its own address and date keeps them.
    let head = "<link rel=\"canonical\" href=\"https://gorod.example.ru/a/777\">\n<meta property=\"article:published_time\" content=\"2028-02-28T09:00:00+03:00\">";
    let d = document(&wget_capture(head), "capture.warc").unwrap();
    assert_eq!(d.url.as_deref(), Some("https://gorod.example.ru/a/777"));
    assert_eq!(d.provenance["url"], Provenance::HtmlMetadata);
    assert_eq!(d.date_string().as_deref(), Some("2028-02-28"));
    assert_eq!(d.provenance["date"], Provenance::HtmlMetadata);
    // Its day of capture is still the day it was retrieved.
    assert_eq!(d.provenance["retrieved"], Provenance::Capture);
}

const EN: [&str; 3] = [
    "The harbour authority said on Monday that the new ferry terminal would open in May, two years later than planned, after the contractor went bankrupt.",
    "Passengers will be able to buy tickets at machines on the quay, and the old waiting hall will be turned into a market for local producers.",
    "The council's transport committee will decide next week whether the night ferry to the islands keeps running through the winter months.",
];

/// An English article page.
fn en_page() -> String {
    let body: String = EN.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Ferry terminal delayed</title></head>\n<body>\n<article>\n<h1>Ferry terminal delayed</h1>\n{body}</article>\n</body></html>\n"
    )
}

/// A site's front page: many links, little text of an article.
fn front_page() -> String {
    let links: String = (0..40)
        .map(|i| format!("<li><a href=\"/news/{i}\">Story number {i} of the day</a></li>\n"))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head><title>Harbour News</title></head>\n<body><ul>\n{links}</ul></body></html>\n"
    )
}

#[test]
fn the_page_with_the_most_article_text_is_the_article() {
    let css = "body{font-family:serif} .story-headline-large-print{margin:0} ".repeat(80);
    let script = format!("var s = \"{}\";", EN.concat());
    let warc = [
        response(
            "https://harbour.example/",
            &http("text/html", "", front_page().as_bytes()),
        ),
        response(
            "https://harbour.example/style.css",
            &http("text/css", "", css.as_bytes()),
        ),
        response(
            "https://harbour.example/app.js",
            &http("application/javascript", "", script.as_bytes()),
        ),
        response(
            "https://harbour.example/2028/03/04/ferry",
            &http("text/html; charset=utf-8", "", en_page().as_bytes()),
        ),
    ]
    .concat();
    let d = document(&warc, "harbour.warc").unwrap();
    assert_eq!(texts(&d), EN);
    assert_eq!(
        d.url.as_deref(),
        Some("https://harbour.example/2028/03/04/ferry")
    );
    // The capture's address gives the date it holds, before its day.
    assert_eq!(d.date_string().as_deref(), Some("2028-03-04"));
    assert_eq!(d.provenance["date"], Provenance::Url);
    // The front page is removed with its text.
    assert!(
        d.removed
            .iter()
            .any(|r| r.reason == Reason::Capture && r.text.contains("Story number 7 of the day")),
        "{:#?}",
        d.removed
    );
}

#[test]
fn an_error_page_is_no_article() {
    // A 404 page with more text than the article is not the article.
    let answer = http("text/html", "", en_page().as_bytes());
    let not_found = [
        b"HTTP/1.1 404 Not Found".as_slice(),
        &answer[b"HTTP/1.1 200 OK".len()..],
    ]
    .concat();
    let short = "<!DOCTYPE html><html><body><article><p>The ferry terminal opens in May.</p></article></body></html>";
    let warc = [
        response("https://harbour.example/missing", &not_found),
        response(
            "https://harbour.example/short",
            &http("text/html", "", short.as_bytes()),
        ),
    ]
    .concat();
    let d = document(&warc, "harbour.warc").unwrap();
    assert_eq!(texts(&d), ["The ferry terminal opens in May."]);
    assert_eq!(d.url.as_deref(), Some("https://harbour.example/short"));
}

#[test]
fn a_single_page_sites_article_is_read_from_its_api_answer() {
    // Webrecorder's capture of a page that draws its text from an API.
    let shell = "<!doctype html><html><head><title>Harbour News</title></head><body><div id=\"app\"></div><script src=\"/app.js\"></script></body></html>";
    let body: String = EN.iter().map(|p| format!("<p>{p}</p>")).collect();
    let api = serde_json::json!({"data": {"headline": "Ferry terminal delayed", "body": body, "byline": "Mia Holm", "published": "2028-03-01"}});
    let related = r#"{"items": [{"title": "Night ferry"}, {"title": "Harbour fees"}]}"#;
    let warc = [
        response(
            "https://harbour.example/news/ferry",
            &http("text/html", "", shell.as_bytes()),
        ),
        response(
            "https://api.harbour.example/v2/related",
            &http("application/json", "", related.as_bytes()),
        ),
        response(
            "https://api.harbour.example/v2/story/9",
            &http(
                "application/json; charset=utf-8",
                "",
                api.to_string().as_bytes(),
            ),
        ),
    ]
    .concat();
    let d = document(&warc, "ferry.warc").unwrap();
    assert_eq!(texts(&d), EN);
    assert_eq!(d.title.as_deref(), Some("Ferry terminal delayed"));
    assert_eq!(d.authors, ["Mia Holm"]);
    assert_eq!(d.date_string().as_deref(), Some("2028-03-01"));
    // The address is the page's, not the API's.
    assert_eq!(d.url.as_deref(), Some("https://harbour.example/news/ferry"));
    // Its lines are the lines of the answer's body.
    let line = line_of(&warc, b"{\"data\"");
    assert!(
        d.paragraphs.iter().all(|p| p.lines == [line, line]),
        "{:?}",
        d.paragraphs
    );
}

/// `bytes` gzip-compressed.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn a_chunked_and_compressed_body_is_read_its_lines_the_records() {
    let zipped = gzip(en_page().as_bytes());
    let (a, b) = zipped.split_at(zipped.len() / 2);
    let mut chunked = Vec::new();
    for part in [a, b] {
        chunked.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        chunked.extend_from_slice(part);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let answer = http(
        "text/html; charset=utf-8",
        "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
        &chunked,
    );
    let warc = [
        request("https://harbour.example/ferry"),
        response("https://harbour.example/ferry", &answer),
    ]
    .concat();
    let d = document(&warc, "ferry.warc").unwrap();
    assert_eq!(texts(&d), EN);
    // The page's lines are not the file's: the record's lines stand for them.
    let start = line_of(&warc, b"WARC/1.0\r\nWARC-Type: response");
    assert!(
        d.paragraphs.iter().all(|p| p.lines[0] == start),
        "{:?}",
        d.paragraphs
    );
    // Counter-example: a body stored decoded under the same header fields
    // is read as it is, on its own lines.
    let stored = http(
        "text/html; charset=utf-8",
        "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
        en_page().as_bytes(),
    );
    let warc = response("https://harbour.example/ferry", &stored);
    let d = document(&warc, "ferry.warc").unwrap();
    assert_eq!(texts(&d), EN);
    assert_eq!(d.paragraphs[0].lines[0], line_of(&warc, EN[0].as_bytes()));
}

#[test]
fn a_compressed_warc_of_a_member_a_record_is_read_whole() {
    let records = [
        request("https://harbour.example/ferry"),
        response(
            "https://harbour.example/ferry",
            &http("text/html", "", en_page().as_bytes()),
        ),
    ];
    let gz: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let d = document(&gz, "ferry.warc.gz").unwrap();
    assert_eq!(texts(&d), EN);
}

#[test]
fn a_resource_record_of_a_page_is_read_as_one() {
    // Webrecorder and Heritrix store a page they made themselves as a
    // resource record (WARC/1.1), the block the page itself.
    let warc = record(
        "resource",
        "urn:text:ferry",
        "text/html; charset=utf-8",
        en_page().as_bytes(),
    );
    let warc = [b"WARC/1.1".as_slice(), &warc[b"WARC/1.0".len()..]].concat();
    let d = document(&warc, "ferry.warc").unwrap();
    assert_eq!(texts(&d), EN);
    assert_eq!(d.paragraphs[1].lines[0], line_of(&warc, EN[1].as_bytes()));
    // Its address is no web address: none is given.
    assert_eq!(d.url, None);
}

#[test]
fn a_warc_file_without_a_page_is_an_error_that_says_so() {
    let warc = [
        request("https://harbour.example/robots.txt"),
        response(
            "https://harbour.example/robots.txt",
            &http("text/plain", "", b"User-agent: *\n"),
        ),
        response(
            "https://harbour.example/logo.gif",
            &http("image/gif", "", GIF),
        ),
    ]
    .concat();
    let e = document(&warc, "robots.warc").unwrap_err();
    assert!(
        e.message
            .starts_with("robots.warc: this WARC file holds no web page"),
        "{}",
        e.message
    );
    assert!(e.message.contains("(3 records"), "{}", e.message);
    assert!(
        e.hints.iter().any(|h| h.contains("wget -p --warc-file")),
        "{:?}",
        e.hints
    );
}

#[test]
fn a_damaged_warc_file_is_an_error_naming_the_file_and_line() {
    let good = wget_capture("");
    // A file cut in a record's header.
    let header_cut = &good[..good.len() - 60];
    // A record that claims fewer bytes than its block holds: where the
    // next record should start, the block goes on.
    let block = b"twelve bytes";
    let short = String::from_utf8(record("resource", "urn:a", "text/plain", block))
        .unwrap()
        .replace("Content-Length: 12", "Content-Length: 5");
    let short = [
        short.into_bytes(),
        record("resource", "urn:b", "text/plain", block),
    ]
    .concat();
    for (bytes, line, says) in [
        (
            header_cut.to_vec(),
            line_of(&good, b"WARC/1.0\r\nWARC-Type: metadata"),
            "header never ends",
        ),
        (
            short.clone(),
            line_of(&short, b"twelve"),
            "a record should start here",
        ),
        (
            b"<html><body>a page</body></html>".to_vec(),
            1,
            "does not open with a \"WARC/1.0\" line, but with \"<html>",
        ),
        (
            b"\r\nWARC/1.0\r\nWARC-Type: resource\r\n\r\nabc".to_vec(),
            2,
            "has no Content-Length",
        ),
        (
            b"WARC/1.0\r\nContent-Length: many\r\n\r\nabc".to_vec(),
            1,
            "is no number",
        ),
    ] {
        let e = document(&bytes, "cut.warc").unwrap_err();
        let m = &e.message;
        assert!(
            m.starts_with(&format!("cut.warc:{line}: this WARC file is damaged")),
            "{m}"
        );
        assert!(m.contains(says), "{says}: {m}");
        assert!(
            e.hints.iter().any(|h| h.contains("wget -p --warc-file")),
            "{:?}",
            e.hints
        );
    }
}

#[test]
fn a_record_running_past_the_end_is_read_as_far_as_it_goes() {
    let page = en_page();
    let warc = response(
        "https://harbour.example/ferry",
        &http("text/html", "", page.as_bytes()),
    );
    // The file ends in the page's footer.
    let end = memchr::memmem::find(&warc, b"</article>").unwrap();
    let d = document(&warc[..end], "cut.warc").unwrap();
    assert_eq!(texts(&d), EN);
    let note = d.warnings.iter().next().unwrap();
    assert!(
        note.message
            .starts_with("cut.warc:1: this WARC record claims"),
        "{}",
        note.message
    );
    assert!(
        note.message.contains("the file is cut off"),
        "{}",
        note.message
    );
}

#[test]
fn a_warc_file_cut_anywhere_is_never_a_panic() {
    let warc = [
        request("https://harbour.example/ferry"),
        response(
            "https://harbour.example/ferry",
            &http(
                "text/html",
                "Transfer-Encoding: chunked\r\n",
                b"1a\r\n<p>ferry terminal news</p>\r\n0\r\n\r\n",
            ),
        ),
        response(
            "https://harbour.example/logo.gif",
            &http("image/gif", "", GIF),
        ),
    ]
    .concat();
    for end in 0..warc.len() {
        // An error or a document, whatever the length.
        let _ = document(&warc[..end], "cut.warc");
    }
}

#[test]
fn a_warc_of_too_many_records_is_refused() {
    let one = record("metadata", "urn:x", "text/plain", b"x");
    let many = one.repeat(super::MAX_RECORDS + 1);
    let e = document(&many, "crawl.warc").unwrap_err();
    assert_eq!(
        e.message,
        "crawl.warc: this WARC file holds more than 10,000 records"
    );
}

mod generated {
    use super::*;
    use proptest::prelude::*;

    /// Pieces a WARC file or a HAR file is made of, to be put together in
    /// any order and cut anywhere.
    fn piece() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            Just(b"WARC/1.0\r\n".to_vec()),
            Just(b"WARC-Type: response\r\n".to_vec()),
            Just(b"Content-Length: 40\r\n".to_vec()),
            Just(b"Content-Type: text/html\r\n".to_vec()),
            Just(b"Transfer-Encoding: chunked\r\n".to_vec()),
            Just(b"Content-Encoding: gzip\r\n".to_vec()),
            Just(b"HTTP/1.1 200 OK\r\n".to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"ff\r\n<p>x</p>\r\n0\r\n".to_vec()),
            Just(GIF.to_vec()),
            Just(b"{\"log\": {\"entries\": [{\"response\": {\"content\": {\"text\": \"".to_vec()),
            Just(b"\"}}}]}}".to_vec()),
            proptest::collection::vec(any::<u8>(), 0..40),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_captures_never_panic(pieces in proptest::collection::vec(piece(), 0..30)) {
            let bytes = pieces.concat();
            for name in ["gen.warc", "gen.har"] {
                let _ = document(&bytes, name);
            }
        }
    }
}
