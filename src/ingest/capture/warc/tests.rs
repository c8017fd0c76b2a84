use super::*;

#[test]
fn records_are_read_with_their_lines_and_blocks() {
    let warc = b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 11\r\n\r\nsoftware: x\r\n\r\nWARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: urn:a\r\nContent-Length: 8\r\n\r\nab\ncd\nef\r\n\r\n";
    let r = records(warc).unwrap();
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].block, b"software: x");
    assert_eq!((r[0].lines, r[0].block_line), ([1, 5], 5));
    assert_eq!(r[1].block, b"ab\ncd\nef");
    assert_eq!(field(&r[1].fields, "warc-target-uri"), Some("urn:a"));
    assert_eq!((r[1].lines, r[1].block_line), ([7, 14], 12));
    assert!(r.iter().all(|r| r.cut.is_none()));
    // Line feeds alone, as a hand-made file has them, read the same.
    let lf = String::from_utf8_lossy(warc).replace("\r\n", "\n");
    let r = records(lf.as_bytes()).unwrap();
    assert_eq!(r[1].block, b"ab\ncd\nef");
    // A block that runs past the end is read as far as it goes.
    let r = records(&warc[..warc.len() - 7]).unwrap();
    assert_eq!((r[1].block, r[1].cut), (b"ab\ncd".as_slice(), Some(8)));
    // An empty file holds no records; one that is not WARC is damaged.
    assert!(records(b"").unwrap().is_empty());
    assert!(matches!(
        records(b"HTTP/1.1 200 OK\r\n"),
        Err(Fault::Damaged(1, _))
    ));
}

#[test]
fn header_fields_go_on_over_folded_lines() {
    let f = fields(b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: one\r\n  two\r\nNo colon here\r\nContent-Length:  12 \r\n");
    assert_eq!(field(&f, "warc-type"), Some("response"));
    assert_eq!(field(&f, "x-long"), Some("one two"));
    assert_eq!(field(&f, "content-length"), Some("12"));
    assert_eq!(field(&f, "no colon here"), None);
    // The first blank line ends a header, however its lines end.
    assert_eq!(header_end(b"A: b\r\n\r\nbody\n\nmore"), Some((4, 4)));
    assert_eq!(header_end(b"A: b\n\nbody\r\n\r\n"), Some((4, 2)));
    assert_eq!(header_end(b"A: b\r\nC: d"), None);
}

#[test]
fn an_http_answer_gives_its_status_fields_and_body() {
    let h = Http::of(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>x</p>").unwrap();
    assert_eq!(
        (h.status, h.body, h.body_at),
        (404, b"<p>x</p>".as_slice(), 51)
    );
    assert_eq!(field(&h.fields, "content-type"), Some("text/html"));
    // A revisit record's block is a header alone.
    let h = Http::of(b"HTTP/1.1 304 Not Modified\r\nETag: x\r\n").unwrap();
    assert!(h.body.is_empty());
    // Counter-examples: a request, a status that is no number.
    assert!(Http::of(b"GET / HTTP/1.1\r\n\r\n").is_none());
    assert!(Http::of(b"HTTP/1.1 OK\r\n\r\n").is_none());
}

#[test]
fn chunks_are_joined_and_a_body_stored_joined_is_kept() {
    assert_eq!(
        dechunked(b"4\r\nWiki\r\n6;ext=1\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\n\r\n")
            .as_deref(),
        Some(b"Wikipedia in \r\n\r\nchunks.".as_slice())
    );
    // Cut inside a chunk: what there is.
    assert_eq!(dechunked(b"a\r\n0123").as_deref(), Some(b"0123".as_slice()));
    // Not chunked at all.
    assert_eq!(dechunked(b"<html>\r\n<p>x</p>"), None);
    // A chunk's size far past the body never reads past it.
    assert_eq!(
        dechunked(b"ffffffff\r\nabc").as_deref(),
        Some(b"abc".as_slice())
    );
}

#[test]
fn compressed_bodies_are_decompressed_within_the_budget() {
    use std::io::Write;
    let text = b"<p>The ferry terminal opens in May.</p>".repeat(100);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&text).unwrap();
    let deflated = z.finish().unwrap();
    let mut budget = MAX_UNPACKED;
    assert_eq!(
        decompressed(&deflated, "deflate", &mut budget).unwrap(),
        text
    );
    assert_eq!(budget, MAX_UNPACKED - text.len() as u64);
    // Over the budget, and in an encoding juxta does not read.
    let mut small = 100;
    let e = decompressed(&deflated, "deflate", &mut small).unwrap_err();
    assert!(e.starts_with("larger than juxta reads"), "{e}");
    assert_eq!(small, 100);
    let e = decompressed(&deflated, "br", &mut budget).unwrap_err();
    assert_eq!(e, "compressed with br, which juxta does not read");
    let e = decompressed(b"not gzip", "gzip", &mut budget).unwrap_err();
    assert!(
        e.starts_with("compressed with gzip, and does not decompress"),
        "{e}"
    );
}
