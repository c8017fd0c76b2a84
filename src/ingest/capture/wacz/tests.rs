//! WACZ files through ingestion: the page its list names first, read
//! from its WARC record; the capture's other records removed; damaged,
//! oversized and look-alike archives.

use std::io::{Cursor, Write};

use crate::error::Result;
use crate::ingest::capture::tests::{http, record};
use crate::ingest::rules::Reason;
use crate::ingest::testkit::texts;
use crate::ingest::{Context, Document, Provenance, ingest_bytes};

fn document(bytes: &[u8], name: &str) -> Result<Document> {
    let ctx = Context {
        display_path: name.to_string(),
        ..Default::default()
    };
    ingest_bytes(bytes, std::path::Path::new(name), &ctx, None)
}

const VI: [&str; 3] = [
    "Thành phố bắt đầu xây dựng tuyến xe buýt điện đầu tiên nối sân bay với trung tâm vào sáng thứ Hai, sau gần hai năm chuẩn bị.",
    "Theo sở giao thông, tuyến dài mười tám cây số sẽ có hai mươi trạm dừng và chạy từ năm giờ sáng đến mười một giờ đêm.",
    "Nhiều người dân hoan nghênh dự án nhưng lo ngại việc thi công sẽ gây ùn tắc trên các con đường vốn đã chật hẹp.",
];

/// A longer story the site links from the article (more text than it).
const MORE: [&str; 4] = [
    "Hội đồng nhân dân thành phố đã thông qua kế hoạch mở rộng mạng lưới tàu điện ngầm với ba tuyến mới trong mười năm tới.",
    "Tổng vốn đầu tư dự kiến vượt quá năm tỷ đô la, phần lớn đến từ các khoản vay ưu đãi của các tổ chức tài chính quốc tế.",
    "Các chuyên gia cho rằng thành phố cần đồng thời cải thiện xe buýt và làn đường dành cho xe đạp để giảm phụ thuộc vào xe máy.",
    "Người dân ở các quận ven đô mong đợi các tuyến mới sẽ rút ngắn thời gian đi lại vào trung tâm, hiện mất hơn một giờ mỗi chiều.",
];

fn page(title: &str, paras: &[&str]) -> String {
    let body: String = paras.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n<article>\n<h1>{title}</h1>\n{body}</article>\n</body></html>\n"
    )
}

const ARTICLE: &str = "https://tin.example.vn/giao-thong/xe-buyt-dien-san-bay";
const OTHER: &str = "https://tin.example.vn/do-thi/tau-dien-ngam";

/// The WARC of a browser's capture: the article, then the longer story
/// it links to, and an image.
fn warc() -> Vec<u8> {
    let response = |uri: &str, answer: &[u8]| {
        record("response", uri, "application/http;msgtype=response", answer)
    };
    [
        record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: ArchiveWeb.page\r\n",
        ),
        response(
            ARTICLE,
            &http(
                "text/html; charset=utf-8",
                "",
                page("Xe buýt điện ra sân bay", &VI).as_bytes(),
            ),
        ),
        response(
            OTHER,
            &http(
                "text/html; charset=utf-8",
                "",
                page("Ba tuyến tàu điện ngầm mới", &MORE).as_bytes(),
            ),
        ),
        response(
            "https://tin.example.vn/anh.gif",
            &http("image/gif", "", b"GIF89a\x01\x00"),
        ),
    ]
    .concat()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// A ZIP of `entries` (name, bytes), stored as py-wacz stores a WACZ.
fn zip(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        w.start_file(*name, options).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// The list of pages, the article first, its text cut short as an
/// extractor leaves it.
fn pages() -> Vec<u8> {
    let header = serde_json::json!({"format": "json-pages-1.0", "id": "pages", "hasText": true});
    let first = serde_json::json!({"url": ARTICLE, "title": "Xe buýt", "text": VI[0], "ts": "2028-05-06T07:08:09Z"});
    format!("{header}\n{first}\n").into_bytes()
}

fn datapackage(main: &str) -> Vec<u8> {
    serde_json::json!({"profile": "data-package", "mainPageURL": main, "resources": []})
        .to_string()
        .into_bytes()
}

#[test]
fn the_page_the_list_names_first_is_read_from_its_warc_record() {
    let wacz = zip(&[
        ("archive/data.warc.gz", gzip(&warc())),
        (
            "indexes/index.cdxj",
            b"vn,example,tin)/ 20280506070809 {}\n".to_vec(),
        ),
        ("pages/pages.jsonl", pages()),
        ("datapackage.json", datapackage(ARTICLE)),
    ]);
    let d = document(&wacz, "xe-buyt.wacz").unwrap();
    // The whole article, not the list's cut text nor the longer story.
    assert_eq!(texts(&d), VI);
    assert_eq!(d.title.as_deref(), Some("Xe buýt điện ra sân bay"));
    assert_eq!(d.url.as_deref(), Some(ARTICLE));
    assert_eq!(d.provenance["url"], Provenance::Capture);
    assert_eq!(d.date_string().as_deref(), Some("2028-03-04"));
    let removed: Vec<&str> = (d.removed.iter())
        .filter(|r| r.reason == Reason::Capture)
        .map(|r| r.text.as_str())
        .collect();
    assert!(removed.iter().any(|r| r.contains(MORE[0])), "{removed:?}");
    assert!(removed.iter().any(|r| r.contains("anh.gif")), "{removed:?}");
}

#[test]
fn without_a_list_of_pages_the_description_or_the_most_text_decides() {
    // The description's main page, the WARC stored uncompressed; then no
    // page named: the page with the most article text, as in a WARC.
    let named = zip(&[
        ("archive/data.warc", warc()),
        ("datapackage.json", datapackage(&format!("{ARTICLE}/"))),
    ]);
    assert!(super::opens_as_wacz(&named));
    assert_eq!(texts(&document(&named, "capture.wacz").unwrap()), VI);
    let unnamed = zip(&[
        ("archive/data.warc", warc()),
        ("datapackage.json", b"{}".to_vec()),
    ]);
    assert_eq!(texts(&document(&unnamed, "capture.wacz").unwrap()), MORE);
}

#[test]
fn other_zip_archives_are_no_wacz() {
    // A ZIP of pages without a description, and one with a description
    // but no WARC file under archive/: read as before (a binary file).
    let pages_only = zip(&[("index.html", page("x", &VI).into_bytes())]);
    assert!(!super::opens_as_wacz(&pages_only));
    let no_warc = zip(&[
        ("datapackage.json", datapackage(ARTICLE)),
        ("data.warc", warc()),
    ]);
    assert!(!super::opens_as_wacz(&no_warc));
    assert!(!super::opens_as_wacz(b"PK\x03\x04 not a zip at all"));
}

#[test]
fn a_damaged_or_oversized_wacz_is_an_error_naming_the_file() {
    let not_zip = b"PK\x03\x04\x14\x00 cut off".to_vec();
    let no_warc = zip(&[("datapackage.json", datapackage(ARTICLE))]);
    let bad_gzip = zip(&[
        (
            "archive/data.warc.gz",
            b"\x1f\x8b\x08\x00 not gzip".to_vec(),
        ),
        ("datapackage.json", datapackage(ARTICLE)),
    ]);
    // A WARC that unpacks past what juxta reads from a few kilobytes.
    let bomb = zip(&[
        ("archive/data.warc.gz", gzip(&vec![b'W'; 17 << 20])),
        ("datapackage.json", datapackage(ARTICLE)),
    ]);
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    let bad_warc = zip(&[
        (
            "archive/data.warc",
            b"HTTP/1.1 200 OK\r\n\r\nno WARC".to_vec(),
        ),
        ("datapackage.json", datapackage(ARTICLE)),
    ]);
    for (bytes, says) in [
        (not_zip, "damaged"),
        (no_warc, "no WARC file"),
        (bad_gzip, "does not decompress"),
        (bomb, "larger than juxta reads"),
        (bad_warc, "archive/data.warc:1"),
    ] {
        let e = document(&bytes, "sources/x/page.wacz").unwrap_err();
        let message = e.to_string();
        assert!(message.contains("sources/x/page.wacz"), "{message}");
        assert!(message.contains(says), "{says}: {message}");
        assert!(!e.hints.is_empty(), "{message}");
    }
}
