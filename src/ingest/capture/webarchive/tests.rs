//! Safari web archives through ingestion: the main resource read as its
//! page, in its character set, the subresources removed; damaged and
//! look-alike files.

use plist::{Dictionary, Value as P};

use crate::error::Result;
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

const ID: [&str; 3] = [
    "Pemerintah kota mulai membangun jalur sepeda sepanjang dua belas kilometer di pusat kota pada Senin, setelah rencana itu tertunda hampir dua tahun.",
    "Menurut kepala dinas perhubungan, jalur baru akan menghubungkan stasiun kereta dengan kampus universitas dan pasar tradisional di sisi timur.",
    "Warga menyambut baik proyek itu, tetapi pedagang kaki lima khawatir kehilangan tempat berjualan di sepanjang trotoar yang akan dilebarkan.",
];

/// An Indonesian article page with `head` in its head.
fn page(head: &str) -> String {
    let body: String = ID.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>{head}<title>Jalur sepeda mulai dibangun</title></head>\n<body>\n<nav><a href=\"/\">Beranda</a> <a href=\"/kota\">Kota</a></nav>\n<article>\n<h1>Jalur sepeda mulai dibangun</h1>\n{body}</article>\n<footer>Hak cipta 2028</footer>\n</body>\n</html>\n"
    )
}

/// A resource of a web archive.
fn resource(url: &str, mime: &str, data: &[u8], encoding: Option<&str>) -> P {
    let mut d = Dictionary::new();
    d.insert("WebResourceData".into(), P::Data(data.to_vec()));
    d.insert("WebResourceMIMEType".into(), P::String(mime.into()));
    d.insert("WebResourceURL".into(), P::String(url.into()));
    if let Some(e) = encoding {
        d.insert("WebResourceTextEncodingName".into(), P::String(e.into()));
    }
    d.insert("WebResourceFrameName".into(), P::String(String::new()));
    P::Dictionary(d)
}

/// A web archive of `main`, with an image and a stylesheet, binary or
/// XML.
fn archive(main: P, binary: bool) -> Vec<u8> {
    let mut top = Dictionary::new();
    top.insert("WebMainResource".into(), main);
    top.insert(
        "WebSubresources".into(),
        P::Array(vec![
            resource(
                "https://kota.example.id/logo.png",
                "image/png",
                b"\x89PNG\r\n\x1a\n\0\0",
                None,
            ),
            resource(
                "https://kota.example.id/s.css",
                "text/css",
                b"body{margin:0}",
                Some("UTF-8"),
            ),
        ]),
    );
    let mut out = Vec::new();
    if binary {
        P::Dictionary(top)
            .to_writer_binary(&mut out)
            .expect("plist");
    } else {
        P::Dictionary(top).to_writer_xml(&mut out).expect("plist");
    }
    out
}

const URL: &str = "https://kota.example.id/berita/jalur-sepeda";

#[test]
fn a_binary_web_archive_is_read_as_its_main_page() {
    let main = resource(
        URL,
        "text/html",
        page("<meta charset=\"utf-8\">").as_bytes(),
        Some("UTF-8"),
    );
    let bytes = archive(main, true);
    let d = document(&bytes, "Jalur sepeda.webarchive").unwrap();
    assert_eq!(texts(&d), ID);
    assert_eq!(d.title.as_deref(), Some("Jalur sepeda mulai dibangun"));
    assert_eq!(d.url.as_deref(), Some(URL));
    assert_eq!(d.provenance["url"], Provenance::Capture);
    assert_eq!(d.date, None, "a web archive has no day of capture");
    // The lines are the page's own.
    let html = page("<meta charset=\"utf-8\">");
    let line = 1 + html.lines().position(|l| l.contains(ID[1])).unwrap();
    assert_eq!(d.paragraphs[1].lines, [line, line]);
    // The image and the stylesheet are removed by what they are.
    let removed: Vec<&str> = (d.removed.iter())
        .filter(|r| r.reason == Reason::Capture)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(removed.len(), 2, "{removed:?}");
    assert!(
        removed[0].contains("logo.png (image/png, 10 bytes)"),
        "{removed:?}"
    );
}

#[test]
fn the_page_is_read_in_the_charset_safari_named_when_it_declares_none() {
    // An XML web archive of a page in windows-1252 that declares no
    // character set; then one that declares its own, which wins.
    let fr = "Le conseil municipal a voté mardi un budget de rénovation des écoles, après un débat houleux sur le coût des travaux prévus à l'été.";
    let html = |head: &str| {
        format!(
            "<!DOCTYPE html><html><head>{head}<title>Écoles rénovées</title></head><body><article><h1>Écoles rénovées</h1><p>{fr}</p><p>{fr}</p></article></body></html>"
        )
    };
    let latin = encoding_rs::WINDOWS_1252.encode(&html("")).0.into_owned();
    let bytes = archive(
        resource(URL, "text/html", &latin, Some("windows-1252")),
        false,
    );
    assert!(bytes.starts_with(b"<?xml"));
    let d = document(&bytes, "ecoles.webarchive").unwrap();
    assert_eq!(texts(&d), [fr, fr]);
    assert_eq!(d.title.as_deref(), Some("Écoles rénovées"));
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    // Declared ISO-8859-15 (€ at 0xA4), named wrongly by the archive.
    let euro = "Le billet coûte désormais 3 €, contre 2,50 € l'an dernier, a indiqué la régie des transports de la ville.";
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"iso-8859-15\"><title>Billets</title></head><body><article><h1>Billets</h1><p>{euro}</p><p>{euro}</p></article></body></html>"
    );
    let bytes = encoding_rs::ISO_8859_15.encode(&page).0.into_owned();
    let d = document(
        &archive(
            resource(URL, "text/html", &bytes, Some("windows-1251")),
            true,
        ),
        "b.webarchive",
    )
    .unwrap();
    assert_eq!(texts(&d), [euro, euro]);
}

#[test]
fn a_damaged_web_archive_is_an_error_naming_the_file() {
    let main = resource(URL, "text/html", page("").as_bytes(), None);
    let whole = archive(main, true);
    let mut no_main = Dictionary::new();
    no_main.insert("WebSubresources".into(), P::Array(Vec::new()));
    let mut other = Vec::new();
    P::Dictionary(no_main).to_writer_binary(&mut other).unwrap();
    for (bytes, why) in [
        (&whole[..whole.len() / 2], "damaged"),
        (&other[..], "no WebMainResource"),
        (b"bplist00\xff\xff".as_slice(), "damaged"),
    ] {
        let e = document(bytes, "sources/x/page.webarchive").unwrap_err();
        let message = e.to_string();
        assert!(message.contains("sources/x/page.webarchive"), "{message}");
        assert!(message.contains(why), "{message}");
        assert!(!e.hints.is_empty());
    }
}

/// A binary property list of `n` arrays, each holding the next twice:
/// 2^n values when read out, in a few bytes.
fn doubling_plist(n: u8) -> Vec<u8> {
    let mut out = b"bplist00".to_vec();
    let mut offsets = Vec::new();
    for i in 0..n {
        offsets.push(out.len() as u8);
        if i + 1 < n {
            out.extend_from_slice(&[0xA2, i + 1, i + 1]);
        } else {
            out.extend_from_slice(&[0x51, b'x']);
        }
    }
    let table = out.len() as u64;
    out.extend_from_slice(&offsets);
    out.extend_from_slice(&[0, 0, 0, 0, 0, 0, 1, 1]);
    out.extend_from_slice(&u64::from(n).to_be_bytes());
    out.extend_from_slice(&0u64.to_be_bytes());
    out.extend_from_slice(&table.to_be_bytes());
    out
}

#[test]
fn a_property_list_that_reads_out_to_too_much_is_refused() {
    // 2^60 values from a few hundred bytes, and arrays nested deeper than
    // any web archive's frames.
    let e = document(&doubling_plist(60), "bomb.webarchive").unwrap_err();
    assert!(e.to_string().contains("values"), "{e}");
    let deep = format!(
        "<?xml version=\"1.0\"?><plist version=\"1.0\">{}{}</plist>",
        "<array>".repeat(5000),
        "</array>".repeat(5000)
    );
    let e = document(deep.as_bytes(), "deep.webarchive").unwrap_err();
    assert!(e.to_string().contains("nest"), "{e}");
}

#[test]
fn look_alike_files_are_read_as_before() {
    // An XML property list that is no web archive (in a .xml file), and
    // a text that names WebMainResource: neither is read as an archive.
    let mut d = Dictionary::new();
    d.insert("Title".into(), P::String("Settings".into()));
    let mut xml = Vec::new();
    P::Dictionary(d).to_writer_xml(&mut xml).unwrap();
    assert!(!super::opens_as_webarchive(&xml));
    let text = format!(
        "Safari keeps the page under WebMainResource.\n\n{}\n",
        ID[0]
    );
    assert!(!super::opens_as_webarchive(text.as_bytes()));
    let doc = document(text.as_bytes(), "notes.txt").unwrap();
    assert!(doc.paragraphs.iter().any(|p| p.text == ID[0]));
    assert!(super::declares_charset(
        b"<html><head><META http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
    ));
    assert!(!super::declares_charset(
        b"<html><head><meta name=\"x\"><title>charset</title>"
    ));
}
