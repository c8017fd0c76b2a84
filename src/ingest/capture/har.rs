//! HAR files (HTTP Archive 1.2, as Chrome's and Firefox's developer tools
//! "Save all as HAR with content"): one JSON object, `log.entries` the
//! requests the page made, each with `request.url`, `startedDateTime` and
//! `response.status` and `response.content` (`mimeType`, and `text`, in
//! base64 when `encoding` is "base64"). A single-page site's article may
//! be only in an API's JSON answer, its `content.text` a JSON document
//! held as a string. An entry's lines are the lines of the file its
//! object spans.

use serde_json::Value;

use super::{Capture, MAX_RECORDS, Page, Record};
use crate::error::{Error, Result};
use crate::ingest::{Context, json};

/// How to make a HAR file juxta reads.
const HINT: &str = "in the browser's developer tools, open the Network panel, load the article's page and use \"Save all as HAR with content\"; or save the article as .html";

/// The capture a HAR file holds: a `.har` file (`har_named`), or a text
/// that opens with a `"log"` object and has `log.entries` (whatever its
/// name). `None` for any other file; an error for a `.har` file that does
/// not parse or holds no entries.
pub(super) fn read(har_named: bool, raw: &[u8], ctx: &Context<'_>) -> Result<Option<Capture>> {
    if !har_named && !opens_as_har(raw) {
        return Ok(None);
    }
    let display = &ctx.display_path;
    let (text, note) = crate::ingest::decode_utf8(raw, display);
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(_) if !har_named => return Ok(None),
        Err(e) => return Err(json::parse_error_of(&text, &e, display, "HAR file").hint(HINT)),
    };
    let entries = (value.get("log"))
        .and_then(|l| l.get("entries"))
        .and_then(Value::as_array);
    let Some(entries) = entries else {
        if !har_named {
            return Ok(None);
        }
        return Err(Error::build(format!(
            "{display}: this is no HAR file: it has no \"log\" with \"entries\""
        ))
        .hint(HINT));
    };
    if entries.len() > MAX_RECORDS {
        return Err(Error::build(format!(
            "{display}: this HAR file holds more than 10,000 entries"
        ))
        .hint("juxta reads a capture of an article's page; record that page alone, or save the article as .html"));
    }
    let spans = entry_spans(&text);
    let whole = [1, text.lines().count().max(1)];
    let records = (entries.iter().enumerate())
        .map(|(i, e)| {
            let lines = match spans.get(i) {
                Some(&s) if spans.len() == entries.len() => s,
                _ => whole,
            };
            record(e, lines, ctx)
        })
        .collect();
    Ok(Some(Capture {
        noun: "HAR file",
        hint: HINT,
        records,
        notes: note.into_iter().collect(),
    }))
}

/// Whether `raw` opens as a HAR does: `{` and the key `"log"`.
fn opens_as_har(raw: &[u8]) -> bool {
    let raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
    let rest = raw.trim_ascii_start();
    rest.strip_prefix(b"{")
        .is_some_and(|r| r.trim_ascii_start().starts_with(b"\"log\""))
}

/// An entry of the capture: what it is, and the page it may hold.
fn record(e: &Value, lines: [usize; 2], ctx: &Context<'_>) -> Record {
    fn text(v: Option<&Value>) -> Option<&str> {
        v.and_then(Value::as_str)
    }
    let url = text(e.pointer("/request/url"));
    let status = e.pointer("/response/status").and_then(Value::as_i64);
    let content = e.pointer("/response/content");
    let mime = text(content.and_then(|c| c.get("mimeType"))).filter(|m| !m.is_empty());
    let body = text(content.and_then(|c| c.get("text"))).unwrap_or("");
    let base64 = text(content.and_then(|c| c.get("encoding"))) == Some("base64");
    let summary = format!(
        "HAR entry of {} (HTTP {}, {}, {} characters)",
        url.unwrap_or("no address"),
        status.map_or("?".into(), |s| s.to_string()),
        mime.unwrap_or("no type"),
        body.chars().count()
    );
    let ok = status.is_none_or(|s| (200..300).contains(&s));
    let bytes = if base64 {
        decode_base64(body)
    } else {
        Some(body.as_bytes().to_vec())
    };
    let page = bytes.filter(|b| ok && !b.is_empty()).and_then(|b| {
        let kind = super::kind_of(mime, &b)?;
        // A text the browser decoded is Unicode already; the type's
        // character set is the one of bytes in base64.
        let (text, notes) = super::body_text(&b, mime.filter(|_| base64), ctx)?;
        Some(Page {
            text,
            json: kind == super::Kind::Json,
            first_line: None,
            url: url.map(str::to_string),
            captured: text_day(e.get("startedDateTime")),
            notes,
        })
    });
    Record {
        summary,
        lines,
        page,
    }
}

/// The day of a JSON string that holds a timestamp.
fn text_day(v: Option<&Value>) -> Option<chrono::NaiveDate> {
    super::day(v?.as_str()?)
}

/// Bytes written in base64 (the standard or the URL-safe alphabet, with
/// or without padding, white space ignored); `None` for anything else.
fn decode_base64(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes().filter(|c| !c.is_ascii_whitespace()) {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The lines each element of `log.entries` spans in a HAR's JSON text, in
/// order (1-based, inclusive). The text parses: only its strings and
/// brackets are followed.
fn entry_spans(text: &str) -> Vec<[usize; 2]> {
    let b = text.as_bytes();
    // The open brackets, each with the key whose value it opens.
    let mut open: Vec<(u8, &[u8])> = Vec::new();
    let mut key: &[u8] = b"";
    let (mut i, mut line, mut started) = (0, 1, 1);
    let mut spans = Vec::new();
    let in_entries =
        |open: &[(u8, &[u8])]| matches!(open, [(b'{', _), (b'{', b"log"), (b'[', b"entries")]);
    while i < b.len() {
        match b[i] {
            b'\n' => line += 1,
            b'"' => {
                let from = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                let after = b.get(i + 1..).unwrap_or_default();
                if after.trim_ascii_start().starts_with(b":") {
                    key = &b[from..i.min(b.len())];
                }
            }
            c @ (b'{' | b'[') => {
                if c == b'{' && in_entries(&open) {
                    started = line;
                }
                open.push((c, std::mem::take(&mut key)));
            }
            b',' => key = b"",
            b'}' | b']' => {
                key = b"";
                let closed = open.pop();
                if in_entries(&open) && closed.is_some_and(|(c, _)| c == b'{') {
                    spans.push([started, line]);
                }
            }
            _ => {}
        }
        i += 1;
    }
    spans
}

#[cfg(test)]
mod tests;
