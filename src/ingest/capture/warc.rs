//! WARC files (ISO 28500): a series of records, each a `WARC/1.0` (or
//! `WARC/1.1`) line, header fields (`WARC-Type`, `WARC-Target-URI`,
//! `WARC-Date`, `Content-Type`, `Content-Length`), a blank line, and a
//! block of `Content-Length` bytes, then two line ends. A `response`
//! record's block is the HTTP answer as the server sent it (its status
//! line, its header fields, its body: chunked or compressed as sent, or
//! stored decoded by the writer); a `resource` or `conversion` record's
//! block is the body itself, of the record's `Content-Type`. `warcinfo`,
//! `request`, `metadata` and `revisit` records hold no page.

use std::io::Read;

use super::{Capture, Kind, MAX_RECORDS, MAX_UNPACKED, Page, Record};
use crate::error::{Error, Result};
use crate::ingest::{Context, MAX_SOURCE_BYTES, Note, NoteKind};

/// How to make a WARC file juxta reads.
const HINT: &str = "a WARC file is a series of records, each a \"WARC/1.0\" line, header fields with a Content-Length, a blank line and that many bytes; capture the page again (wget -p --warc-file=NAME URL), or save the article as .html";

/// A record of a WARC file, as the file holds it.
struct Raw<'a> {
    /// Its header fields: names in lower case, values trimmed.
    fields: Vec<(String, String)>,
    /// Its block, as far as the file goes.
    block: &'a [u8],
    /// Where its block starts in the file.
    block_at: usize,
    /// The lines it spans (1-based), its header to its block's end.
    lines: [usize; 2],
    /// The line its block starts on.
    block_line: usize,
    /// The length its header claims, when the file ends before it.
    cut: Option<usize>,
}

/// Why a WARC file cannot be read.
#[derive(Debug, PartialEq, Eq)]
enum Fault {
    /// Not a series of records from this line on (why).
    Damaged(usize, String),
    /// More records than [`MAX_RECORDS`].
    TooMany,
}

/// Whether a file opens as a WARC file does, with a record's `WARC/` line
/// (whatever its name; one named `.warc` or `.warc.gz` is read as one).
pub(super) fn opens_as_warc(raw: &[u8]) -> bool {
    raw.starts_with(b"WARC/")
}

/// The records of a WARC file, each with the page it may hold.
pub(super) fn read(raw: &[u8], ctx: &Context<'_>) -> Result<Capture> {
    let mut budget = MAX_UNPACKED;
    read_within(raw, ctx, &mut budget)
}

/// [`read`], its bodies decompressed within `budget` bytes (less what
/// they unpack to).
pub(super) fn read_within(raw: &[u8], ctx: &Context<'_>, budget: &mut u64) -> Result<Capture> {
    let display = &ctx.display_path;
    let raws = records(raw).map_err(|f| match f {
        Fault::Damaged(line, why) => {
            Error::build(format!("{display}:{line}: this WARC file is damaged: {why}")).hint(HINT)
        }
        Fault::TooMany => Error::build(format!(
            "{display}: this WARC file holds more than 10,000 records"
        ))
        .hint("juxta reads a capture of an article's page; capture that page alone (wget -p --warc-file=NAME URL), or save the article as .html"),
    })?;
    let mut notes = Vec::new();
    let mut out = Vec::with_capacity(raws.len());
    for r in &raws {
        if let Some(claimed) = r.cut {
            notes.push(Note::at_line(NoteKind::Page, r.lines[0], format!(
                "{display}:{}: this WARC record claims {claimed} bytes, but the file ends after {}: the file is cut off; what it holds was read",
                r.lines[0],
                r.block.len()
            )));
        }
        out.push(record(r, budget, &mut notes, ctx));
    }
    Ok(Capture {
        noun: "WARC file",
        hint: "capture the article's page itself (wget -p --warc-file=NAME URL, or Webrecorder), or save the article as .html",
        records: out,
        notes,
    })
}

/// A record of the capture: what it is, and the page it may hold.
fn record(r: &Raw<'_>, budget: &mut u64, notes: &mut Vec<Note>, ctx: &Context<'_>) -> Record {
    let kind = field(&r.fields, "warc-type").unwrap_or("untyped");
    let uri = field(&r.fields, "warc-target-uri")
        .map(|u| u.trim_start_matches('<').trim_end_matches('>').to_string());
    let of = uri.as_deref().map_or(String::new(), |u| format!(" of {u}"));
    let (what, page) = match kind.to_ascii_lowercase().as_str() {
        "response" => response(r, budget, notes, ctx),
        "resource" | "conversion" => {
            let ct = field(&r.fields, "content-type");
            let what = format!("{}, {} bytes", ct.unwrap_or("no type"), r.block.len());
            let page = super::kind_of(ct, r.block).and_then(|k| {
                let (text, notes) = super::body_text(r.block, ct, ctx)?;
                Some(new_page(text, k, Some(r.block_line), notes))
            });
            (what, page)
        }
        _ => {
            let ct = field(&r.fields, "content-type").unwrap_or("no type");
            (format!("{ct}, {} bytes", r.block.len()), None)
        }
    };
    let captured = field(&r.fields, "warc-date").and_then(super::day);
    Record {
        summary: format!("WARC {kind} record{of} ({what})"),
        lines: r.lines,
        page: page.map(|p| Page {
            url: uri,
            captured,
            ..p
        }),
    }
}

/// A page of `kind` with `text`, its address and day yet unknown.
fn new_page(text: String, kind: Kind, first_line: Option<usize>, notes: Vec<Note>) -> Page {
    Page {
        text,
        json: kind == Kind::Json,
        first_line,
        url: None,
        captured: None,
        notes,
    }
}

/// What a `response` record holds ("HTTP 200, text/html, 3616 bytes"),
/// and its body as a page when it is an HTML page or a JSON answer with a
/// 2xx status. A body whose encoding juxta cannot undo is noted.
fn response(
    r: &Raw<'_>,
    budget: &mut u64,
    notes: &mut Vec<Note>,
    ctx: &Context<'_>,
) -> (String, Option<Page>) {
    let Some(http) = Http::of(r.block) else {
        return (format!("no HTTP answer, {} bytes", r.block.len()), None);
    };
    let ct = field(&http.fields, "content-type");
    let what = format!(
        "HTTP {}, {}, {} bytes",
        http.status,
        ct.unwrap_or("no type"),
        http.body.len()
    );
    let kind = super::kind_of(ct, http.body).filter(|_| (200..300).contains(&http.status));
    let Some(kind) = kind else {
        return (what, None);
    };
    let body = match payload(&http, budget) {
        Ok(b) => b,
        Err(why) => {
            notes.push(Note::at_line(
                NoteKind::Page,
                r.lines[0],
                format!(
                    "{}:{}: the page this WARC record holds is {why}; it was left out",
                    ctx.display_path, r.lines[0]
                ),
            ));
            return (what, None);
        }
    };
    let first_line = matches!(body, std::borrow::Cow::Borrowed(_))
        .then(|| r.block_line + newlines(&r.block[..http.body_at]));
    let page = super::body_text(&body, ct, ctx)
        .map(|(text, notes)| new_page(text, kind, first_line, notes));
    (what, page)
}

/// An HTTP answer: its status, header fields and body.
struct Http<'a> {
    status: u16,
    fields: Vec<(String, String)>,
    body: &'a [u8],
    /// Where the body starts in the block.
    body_at: usize,
}

impl<'a> Http<'a> {
    /// The HTTP answer a block holds (a header alone, as a `revisit`
    /// record's, has an empty body); `None` when it holds none.
    fn of(block: &'a [u8]) -> Option<Self> {
        if !block.starts_with(b"HTTP/") {
            return None;
        }
        let first = &block[..memchr::memchr(b'\n', block).unwrap_or(block.len())];
        let status = String::from_utf8_lossy(first)
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()?;
        let (head, body_at) = match header_end(block) {
            Some((head, sep)) => (head, head + sep),
            None => (block.len(), block.len()),
        };
        Some(Http {
            status,
            fields: fields(&block[..head]),
            body: &block[body_at..],
            body_at,
        })
    }
}

/// The body of an HTTP answer as the page's bytes: its chunks joined
/// (`Transfer-Encoding: chunked`), decompressed (`Content-Encoding: gzip`
/// or `deflate`), borrowed as stored when neither was needed (a writer
/// may have stored it decoded, and kept the header fields). Why not, for a
/// body juxta cannot decode.
fn payload<'a>(
    http: &Http<'a>,
    budget: &mut u64,
) -> std::result::Result<std::borrow::Cow<'a, [u8]>, String> {
    use std::borrow::Cow;
    let has = |name: &str, value: &str| {
        field(&http.fields, name).is_some_and(|v| v.to_ascii_lowercase().contains(value))
    };
    let body: Cow<'a, [u8]> = if has("transfer-encoding", "chunked") {
        dechunked(http.body).map_or(Cow::Borrowed(http.body), Cow::Owned)
    } else {
        Cow::Borrowed(http.body)
    };
    let encoding = field(&http.fields, "content-encoding")
        .map(|e| e.trim().to_ascii_lowercase())
        .filter(|e| !e.is_empty() && e != "identity");
    let Some(encoding) = encoding else {
        return Ok(body);
    };
    // A body that opens as text was stored decompressed.
    let start = body.iter().find(|b| !b.is_ascii_whitespace());
    if matches!(start, Some(b'<' | b'{' | b'[')) {
        return Ok(body);
    }
    decompressed(&body, &encoding, budget).map(Cow::Owned)
}

/// `body` decompressed from `encoding` (gzip, deflate), within `budget`
/// (less what it unpacks to) and the size of a source; why not.
pub(super) fn decompressed(
    body: &[u8],
    encoding: &str,
    budget: &mut u64,
) -> std::result::Result<Vec<u8>, String> {
    let limit = (*budget).min(MAX_SOURCE_BYTES);
    let read = |r: &mut dyn Read| {
        let mut out = Vec::new();
        r.take(limit + 1).read_to_end(&mut out).map(|_| out)
    };
    let out = match encoding {
        "gzip" | "x-gzip" => read(&mut flate2::read::MultiGzDecoder::new(body)),
        "deflate" => read(&mut flate2::read::ZlibDecoder::new(body))
            .or_else(|_| read(&mut flate2::read::DeflateDecoder::new(body))),
        other => {
            return Err(format!(
                "compressed with {other}, which juxta does not read"
            ));
        }
    }
    .map_err(|e| format!("compressed with {encoding}, and does not decompress ({e})"))?;
    if out.len() as u64 > limit {
        return Err(format!(
            "larger than juxta reads once decompressed (over {} MiB)",
            limit >> 20
        ));
    }
    *budget -= out.len() as u64;
    Ok(out)
}

/// A chunked body's chunks joined (as far as the body goes); `None` when
/// it does not open with a chunk's size (the writer joined them).
fn dechunked(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < body.len() {
        let end = memchr::memchr(b'\n', &body[at..]).map_or(body.len(), |k| at + k);
        let line = std::str::from_utf8(&body[at..end]).ok()?;
        let size = line.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size, 16) else {
            // Only the first chunk's size tells a chunked body; what
            // follows a broken chunk is not read.
            return (at > 0).then_some(out);
        };
        if size == 0 {
            break;
        }
        let from = (end + 1).min(body.len());
        let to = from.saturating_add(size).min(body.len());
        out.extend_from_slice(&body[from..to]);
        at = to;
        at += [b"\r\n".as_slice(), b"\n"]
            .iter()
            .find(|e| body[at..].starts_with(e))
            .map_or(0, |e| e.len());
    }
    Some(out)
}

/// The records of a WARC file, in order.
fn records(bytes: &[u8]) -> std::result::Result<Vec<Raw<'_>>, Fault> {
    let mut out = Vec::new();
    let (mut at, mut line) = (0, 1);
    loop {
        // The line ends between records (two, or any number).
        while let Some(&b) = bytes.get(at).filter(|b| matches!(b, b'\r' | b'\n')) {
            line += usize::from(b == b'\n');
            at += 1;
        }
        if at >= bytes.len() {
            return Ok(out);
        }
        if out.len() == MAX_RECORDS {
            return Err(Fault::TooMany);
        }
        let r = record_at(bytes, at, line)?;
        line = r.block_line + newlines(r.block);
        at = r.block_at + r.block.len();
        out.push(r);
    }
}

/// The record that starts at byte `at`, on line `line`.
fn record_at(bytes: &[u8], at: usize, line: usize) -> std::result::Result<Raw<'_>, Fault> {
    let rest = &bytes[at..];
    let damaged = |why: String| Fault::Damaged(line, why);
    if !rest.starts_with(b"WARC/") {
        let shown = String::from_utf8_lossy(&rest[..rest.len().min(40)]);
        let shown = shown.lines().next().unwrap_or("").trim();
        return Err(damaged(if at == 0 {
            format!("it does not open with a \"WARC/1.0\" line, but with \"{shown}\"")
        } else {
            format!(
                "a record should start here with a \"WARC/1.0\" line, but the line reads \"{shown}\" (a Content-Length before it is wrong)"
            )
        }));
    }
    let Some((head, sep)) = header_end(rest) else {
        return Err(damaged(
            "the record's header never ends: the file is cut off".into(),
        ));
    };
    let fields = fields(&rest[..head]);
    let length = field(&fields, "content-length")
        .ok_or_else(|| damaged("the record has no Content-Length".into()))?;
    let length: usize = length.parse().map_err(|_| {
        damaged(format!(
            "the record's Content-Length \"{length}\" is no number"
        ))
    })?;
    let block_at = at + head + sep;
    let end = block_at.saturating_add(length);
    let block = &bytes[block_at..end.min(bytes.len())];
    let block_line = line + newlines(&rest[..head + sep]);
    let last = match block.len() {
        0 => block_line - 1,
        n => block_line + newlines(&block[..n - 1]),
    };
    Ok(Raw {
        fields,
        block,
        block_at,
        lines: [line, last],
        block_line,
        cut: (end > bytes.len()).then_some(length),
    })
}

/// Where a header (of a record, or of an HTTP answer) ends: its length,
/// and the length of the blank line's line ends after it.
fn header_end(bytes: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(bytes, b"\r\n\r\n").map(|i| (i, 4));
    let lf = memchr::memmem::find(bytes, b"\n\n").map(|i| (i, 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 < b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// The header fields of a header (its first line, the record's or the
/// answer's, left out): names in lower case, values trimmed, a line that
/// opens with white space continuing the value before it.
fn fields(head: &[u8]) -> Vec<(String, String)> {
    let head = String::from_utf8_lossy(head);
    let mut out: Vec<(String, String)> = Vec::new();
    for l in head.lines().skip(1) {
        let l = l.trim_end_matches('\r');
        if l.starts_with([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.1.push(' ');
                last.1.push_str(l.trim());
            }
        } else if let Some((name, value)) = l.split_once(':') {
            out.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    out
}

/// The value of the first field named `name` (lower case).
fn field<'f>(fields: &'f [(String, String)], name: &str) -> Option<&'f str> {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// How many line feeds `bytes` holds.
fn newlines(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

#[cfg(test)]
mod tests;
