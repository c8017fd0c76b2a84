//! Web captures: a WARC file (ISO 28500, WARC/1.0 and 1.1, as wget's
//! `--warc-file`, Webrecorder, Heritrix and the Internet Archive write
//! them; `.warc`, or `.warc.gz`), a WACZ file (Webrecorder's ZIP of WARC
//! files with the list of its pages, `.wacz`, [`wacz`]), a HAR file (HTTP
//! Archive 1.2, as a browser's developer tools save a page "with
//! content"; `.har`) or a Safari web archive (`.webarchive`,
//! [`webarchive`]: the page and its resources in a property list). A capture
//! of a page holds several records — the requests, the page's HTML, its
//! stylesheets, scripts and images, the answers of the API a single-page
//! site reads its text from — and the article is one of them.
//!
//! Each record that may hold the article (an HTML page or a JSON answer,
//! with a 2xx status) is read: a page with the HTML reader
//! ([`super::html`]), a JSON answer with the JSON-article reader
//! ([`super::json`]), in the character set its HTTP answer names, else
//! the one the page declares, else the one its bytes suggest. The article
//! is the record whose reading has the most article text: letters of its
//! passages (so that scripts written without spaces count as others do),
//! at most as many as its page shows outside links (a site's front page
//! read as its list of stories is no article);
//! the other records, and the header of the article's own, are recorded
//! as removed with their lines in the file. A body that is no text (an
//! image, a font) is never read as text.
//!
//! A capture that names its page (a WACZ file's list of pages) is read
//! as that page when it holds article text.
//!
//! The page's address is the address it was captured at, and its date the
//! day it was captured, only where the page states none (a capture's day
//! is not the day of publication): provenance `capture`. The day is the
//! page's `retrieved` day too.
//!
//! A capture is a user's file: it holds at most [`MAX_RECORDS`] records,
//! and at most [`MAX_UNPACKED`] bytes are decompressed from its compressed
//! bodies; a damaged file is an error naming it (and the line, for a WARC
//! file).

mod har;
mod wacz;
mod warc;
mod webarchive;

use std::cmp::Reverse;
use std::path::Path;

use chrono::NaiveDate;

use super::rules::{self, Reason};
use super::{Context, Document, Note, NoteKind, Provenance, Removed, meta};
use crate::error::{Error, Result};

/// The most records (WARC records, HAR entries) one capture may hold.
const MAX_RECORDS: usize = 10_000;

/// The most bytes decompressed from one capture's bodies, all together.
const MAX_UNPACKED: u64 = 64 * 1024 * 1024;

/// The most pages read to find the one with the most article text: the
/// ones with the most visible text.
const MAX_READ: usize = 8;

/// What a capture holds, in the order of the file.
struct Capture {
    /// What the file is, in messages ("WARC file").
    noun: &'static str,
    /// How to get a capture juxta reads, when this one holds no page.
    hint: &'static str,
    records: Vec<Record>,
    /// What went wrong reading it that did not stop it.
    notes: Vec<Note>,
}

/// A record of a capture.
struct Record {
    /// What it is, on one line: "WARC response record of https://…
    /// (HTTP 200, text/css, 252 bytes)".
    summary: String,
    /// The lines of the file it spans.
    lines: [usize; 2],
    /// What it holds, when that may be the article.
    page: Option<Page>,
}

/// A record's body that may be the article.
struct Page {
    /// Its text, decoded.
    text: String,
    /// A JSON answer, not an HTML page.
    json: bool,
    /// The line of the file the text's first line is on, when the text's
    /// lines are the file's (a body stored as it was sent, not chunked or
    /// compressed).
    first_line: Option<usize>,
    /// The address it was captured at.
    url: Option<String>,
    /// The day it was captured.
    captured: Option<NaiveDate>,
    /// What went wrong decoding it.
    notes: Vec<Note>,
}

/// What a body holds, by its media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Json,
}

/// The document of a web capture (a WARC or HAR file, by its name or its
/// first bytes); `None` for any other file.
pub(super) fn document(raw: &[u8], path: &Path, ctx: &Context<'_>) -> Result<Option<Document>> {
    let named = |ext: &str| named_with(path, ext);
    let (capture, first) = if named(".warc") || named(".warc.gz") || warc::opens_as_warc(raw) {
        (warc::read(raw, ctx)?, None)
    } else if named(".webarchive") || webarchive::opens_as_webarchive(raw) {
        (webarchive::read(raw, ctx)?, None)
    } else if named(".wacz") || wacz::opens_as_wacz(raw) {
        wacz::read(raw, ctx)?
    } else if let Some(capture) = har::read(named(".har"), raw, ctx)? {
        (capture, None)
    } else {
        return Ok(None);
    };
    read_capture(capture, first.as_deref(), ctx).map(Some)
}

/// Whether the name of the file at `path` ends in `ext` (lower case), in
/// any case.
fn named_with(path: &Path, ext: &str) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let name = path.file_name().map_or(&[][..], |n| n.as_bytes());
    name.len() >= ext.len() && name[name.len() - ext.len()..].eq_ignore_ascii_case(ext.as_bytes())
}

/// The document of the capture's article (the page at `first`, when the
/// capture names its page and it holds text), its other records removed.
fn read_capture(capture: Capture, first: Option<&str>, ctx: &Context<'_>) -> Result<Document> {
    let named = first.and_then(|url| named_page(&capture, url, ctx));
    let (chosen, mut doc) = match named {
        Some(found) => found,
        None => choose(&capture, ctx)?,
    };
    let record = &capture.records[chosen];
    let mut notes = capture.notes.clone();
    if let Some(page) = &record.page {
        place(&mut doc, page, record);
        // A JSON answer's address is the API's: the page's is the
        // address of the capture's first page.
        let url = if page.json {
            (capture.records.iter()).find_map(|r| r.page.as_ref().filter(|p| !p.json)?.url.clone())
        } else {
            page.url.clone()
        };
        fill_from_capture(&mut doc, url.as_deref(), page.captured);
        notes.extend(page.notes.iter().cloned());
    }
    for (i, r) in capture.records.iter().enumerate() {
        if i != chosen {
            doc.removed.push(Removed {
                text: removed_text(r),
                reason: Reason::Capture,
                lines: r.lines,
            });
        }
    }
    doc.removed.sort_by_key(|r| r.lines);
    doc.warnings.put_first(notes);
    Ok(doc)
}

/// The first HTML page captured at `url` (its fragment and a closing
/// slash aside) whose reading has article text, and its document.
fn named_page(capture: &Capture, url: &str, ctx: &Context<'_>) -> Option<(usize, Document)> {
    let key = |u: &str| {
        let u = u.trim();
        let u = u.split('#').next().unwrap_or(u);
        u.trim_end_matches('/').to_string()
    };
    let want = key(url);
    (capture.records.iter().enumerate()).find_map(|(i, r)| {
        let page = r.page.as_ref().filter(|p| !p.json)?;
        if page.url.as_deref().map(key)? != want {
            return None;
        }
        let doc = read_page(page, ctx).ok()??;
        (passage_letters(&doc) > 0).then_some((i, doc))
    })
}

/// The record whose reading has the most article text, and its document:
/// the letters of its passages, at most as many as the prose its page
/// shows outside links. Of many pages, the [`MAX_READ`] with the most
/// prose are read.
fn choose(capture: &Capture, ctx: &Context<'_>) -> Result<(usize, Document)> {
    let mut pages: Vec<(usize, usize)> = (capture.records.iter().enumerate())
        .filter_map(|(i, r)| Some((i, prose_letters(r.page.as_ref()?))))
        .collect();
    pages.sort_by_key(|&(i, n)| (Reverse(n), i));
    pages.truncate(MAX_READ);
    let mut best: Option<(usize, Document, usize)> = None;
    let mut failed = None;
    for (i, prose) in pages {
        let Some(page) = &capture.records[i].page else {
            continue;
        };
        match read_page(page, ctx) {
            Ok(Some(doc)) => {
                let n = passage_letters(&doc).min(prose);
                if best.as_ref().is_none_or(|b| n > b.2) {
                    best = Some((i, doc, n));
                }
            }
            Ok(None) => {}
            Err(e) => {
                failed.get_or_insert(e);
            }
        }
    }
    match (best, failed) {
        (Some((i, doc, _)), _) => Ok((i, doc)),
        (None, Some(e)) => Err(e),
        (None, None) => Err(no_page(capture, ctx)),
    }
}

/// The error for a capture with no page or JSON article in it.
fn no_page(capture: &Capture, ctx: &Context<'_>) -> Error {
    let n = capture.records.len();
    Error::build(format!(
        "{}: this {} holds no web page and no JSON article ({n} record{}: requests, images, scripts and the like)",
        ctx.display_path,
        capture.noun,
        if n == 1 { "" } else { "s" }
    ))
    .hint(capture.hint)
}

/// A page read: an HTML page by the HTML reader, a JSON answer by the
/// JSON-article reader (`None` when it holds no article).
fn read_page(page: &Page, ctx: &Context<'_>) -> Result<Option<Document>> {
    if !page.json {
        return super::html::ingest(&page.text, ctx).map(Some);
    }
    match super::json::article(&page.text, false, &ctx.display_path)? {
        Some(a) => super::json_document(a, ctx).map(Some),
        None => Ok(None),
    }
}

/// Gives the lines of the page `doc` was read from the lines of the file:
/// its own lines there when it is stored as it was sent (the record's
/// header then removed), else the record's.
fn place(doc: &mut Document, page: &Page, record: &Record) {
    let [first, last] = record.lines;
    match page.first_line {
        Some(start) => {
            let at = |l: usize| (l.max(1) + start - 1).min(last);
            doc.map_lines(|[a, b]| [at(a), at(b)]);
            if start > first {
                doc.removed.push(Removed {
                    text: record.summary.clone(),
                    reason: Reason::Capture,
                    lines: [first, start - 1],
                });
            }
        }
        None => doc.map_lines(|_| record.lines),
    }
}

/// The capture's address and day for what the page does not state: the
/// address it was captured at (and a date in it), then the day it was
/// captured, which is also the day it was retrieved. A date the text
/// states ambiguously stays unstated, with its note.
fn fill_from_capture(doc: &mut Document, url: Option<&str>, captured: Option<NaiveDate>) {
    if doc.url.is_none()
        && let Some(u) = url.filter(|u| u.starts_with("http"))
    {
        doc.url = Some(u.to_string());
        doc.provenance.insert("url".into(), Provenance::Capture);
        if doc.date.is_none()
            && let Some(d) = meta::url_date(u)
        {
            doc.date = Some(d);
            doc.provenance.insert("date".into(), Provenance::Url);
        }
    }
    let Some(day) = captured else {
        return;
    };
    doc.retrieved = Some(day);
    doc.provenance
        .insert("retrieved".into(), Provenance::Capture);
    let ambiguous = doc.warnings.iter().any(|n| n.kind == NoteKind::Date);
    if doc.date.is_none() && !ambiguous {
        doc.date = Some(day);
        doc.provenance.insert("date".into(), Provenance::Capture);
    }
}

/// What a record that is not the article is recorded as: what it is, and
/// the visible text of a page.
fn removed_text(r: &Record) -> String {
    let text = (r.page.as_ref())
        .filter(|p| !p.json)
        .map(|p| visible_text(&p.text, true))
        .unwrap_or_default();
    if text.is_empty() {
        r.summary.clone()
    } else {
        format!("{}: {text}", r.summary)
    }
}

/// Letters and digits of `s` (a measure of text in any script, with or
/// without spaces between words).
fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

/// The letters of a document's passages.
fn passage_letters(doc: &Document) -> usize {
    doc.passages().map(|(_, p)| letters(&p.text)).sum()
}

/// The letters of the prose a page shows: an HTML page's text outside
/// its tags, scripts, styles and links (a front page's list of stories is
/// links), a JSON answer's strings.
fn prose_letters(page: &Page) -> usize {
    if !page.json {
        return letters(&visible_text(&page.text, false));
    }
    fn strings(v: &serde_json::Value, n: &mut usize) {
        match v {
            serde_json::Value::String(s) => *n += letters(&super::json::strip_tags(s)),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, n)),
            serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, n)),
            _ => {}
        }
    }
    let mut n = 0;
    if let Ok(v) = serde_json::from_str(&page.text) {
        strings(&v, &mut n);
    }
    n
}

/// An HTML page's text outside its tags, comments, scripts, styles and
/// templates (and links, unless `links`), references read, on one line.
fn visible_text(html: &str, links: bool) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::new();
    let mut at = 0;
    while let Some(k) = lower[at..].find('<') {
        let lt = at + k;
        out.push_str(&html[at..lt]);
        out.push(' ');
        let rest = &lower[lt..];
        let name = &rest[1..1 + rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len() - 1)];
        let skipped = matches!(name, "script" | "style" | "template") || (name == "a" && !links);
        let tag_end = || rest.find('>').map(|e| e + 1);
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map(|e| e + 3)
        } else if skipped {
            element_end(rest, name).or_else(tag_end)
        } else {
            tag_end()
        };
        let Some(end) = end else {
            at = html.len();
            break;
        };
        at = lt + end;
    }
    out.push_str(&html[at..]);
    super::references::decoded_all(&rules::squash(&out))
}

/// Where the element `name` that opens `rest` (lower case) ends: after
/// its closing tag.
fn element_end(rest: &str, name: &str) -> Option<usize> {
    let close = format!("</{name}");
    let mut from = 0;
    loop {
        let after = from + rest[from..].find(&close)? + close.len();
        if !rest[after..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return rest[after..].find('>').map(|g| after + g + 1);
        }
        from = after;
    }
}

/// What a body of media type `content_type` holds, when it may be the
/// article: an HTML page (`text/html`, `application/xhtml+xml`) or a JSON
/// answer (`application/json`, `…+json`). A body without a type is a page
/// when it opens as one.
fn kind_of(content_type: Option<&str>, body: &[u8]) -> Option<Kind> {
    let essence = content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match essence.as_str() {
        "text/html" | "application/xhtml+xml" => Some(Kind::Html),
        "application/json" | "text/json" => Some(Kind::Json),
        t if t.ends_with("+json") => Some(Kind::Json),
        "" => {
            let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
            let start = body.iter().position(|b| !b.is_ascii_whitespace())?;
            let head = body[start..body.len().min(start + 14)].to_ascii_lowercase();
            (head.starts_with(b"<!doctype html") || head.starts_with(b"<html"))
                .then_some(Kind::Html)
        }
        _ => None,
    }
}

/// A body's text, decoded as a saved page is (in the character set
/// `content_type` names, else the one the page declares, else the one its
/// bytes suggest), with what went wrong; `None` for a body that is no
/// text (an image).
fn body_text(
    body: &[u8],
    content_type: Option<&str>,
    ctx: &Context<'_>,
) -> Option<(String, Vec<Note>)> {
    let charset = content_type.and_then(super::fetched::charset_named);
    let decoded = super::decode_page_bytes(body, ctx, charset).ok()?;
    Some((decoded.text, decoded.notes))
}

/// The day of a timestamp that opens with an ISO date ("2028-06-21T12:05:42Z").
fn day(stamp: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(stamp.trim().get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests;
