//! Safari's web archives (`.webarchive`): a property list, binary
//! (`bplist00`) or XML, whose `WebMainResource` holds the page as it was
//! loaded (`WebResourceData`, its bytes; `WebResourceMIMEType`;
//! `WebResourceTextEncodingName`, the character set Safari read it in;
//! `WebResourceURL`), with the page's images, stylesheets and scripts in
//! `WebSubresources` and its frames in `WebSubframeArchives`.
//!
//! The main resource is read as the page it is, as a saved `.html` file
//! is, in the character set it declares, else in the one Safari named;
//! its address is the one it was loaded from where it states none. The
//! subresources and frames hold no article: they are recorded as removed,
//! by what they are. The lines are the page's own.
//!
//! The property list is read event by event within bounds (of values, of
//! nesting, of bytes: a binary list may name one object many times), and
//! a damaged one is an error naming the file.

use std::io::Cursor;

use plist::stream::{Event, Reader};

use super::{Capture, MAX_RECORDS, MAX_UNPACKED, Page, Record};
use crate::error::{Error, Result};
use crate::ingest::{Context, Note};

/// How to make a web archive juxta reads.
const HINT: &str = "a .webarchive is a property list with the page in its WebMainResource; save the page again in Safari (File › Save As…, Format: Web Archive), or save it as .html";

/// The most values a web archive's property list may hold.
const MAX_VALUES: usize = 200_000;

/// The deepest a web archive's values nest (frames in frames).
const MAX_DEPTH: usize = 32;

/// A value of the property list, as far as a web archive needs it.
#[derive(Debug)]
enum Value {
    Dict(Vec<(String, Value)>),
    Array(Vec<Value>),
    Data(Vec<u8>),
    Text(String),
    Other,
}

impl Value {
    fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Dict(d) => d.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn text(&self, key: &str) -> Option<&str> {
        match self.get(key)? {
            Value::Text(t) => Some(t.trim()).filter(|t| !t.is_empty()),
            _ => None,
        }
    }

    fn items(&self, key: &str) -> &[Value] {
        match self.get(key) {
            Some(Value::Array(a)) => a,
            _ => &[],
        }
    }
}

/// Whether a file opens as a web archive: a property list, binary or
/// XML, whose first dictionary holds a `WebMainResource`.
pub(super) fn opens_as_webarchive(raw: &[u8]) -> bool {
    if raw.starts_with(b"bplist00") {
        return memchr::memmem::find(raw, b"WebMainResource").is_some();
    }
    let head = &raw[..raw.len().min(1024)];
    memchr::memmem::find(head, b"<plist").is_some()
        && memchr::memmem::find(head, b"<key>WebMainResource</key>").is_some()
}

/// A collection being built: a dictionary (its entries, the key read
/// before its value) or an array.
enum Open {
    Dict(Vec<(String, Value)>, Option<String>),
    Array(Vec<Value>),
}

/// Puts `v` into the collection open last, or returns it when none is.
fn put(stack: &mut [Open], v: Value) -> std::result::Result<Option<Value>, String> {
    match stack.last_mut() {
        None => Ok(Some(v)),
        Some(Open::Array(a)) => {
            a.push(v);
            Ok(None)
        }
        Some(Open::Dict(d, key)) => match (key.take(), v) {
            (Some(k), v) => {
                d.push((k, v));
                Ok(None)
            }
            (None, Value::Text(k)) => {
                *key = Some(k);
                Ok(None)
            }
            (None, _) => Err("a dictionary's key is not a string".into()),
        },
    }
}

/// The property list in `raw`, within the bounds; why not.
fn parse(raw: &[u8]) -> std::result::Result<Value, String> {
    let mut stack: Vec<Open> = Vec::new();
    let mut bytes = 0u64;
    for (n, event) in Reader::new(Cursor::new(raw)).enumerate() {
        if n >= MAX_VALUES {
            return Err(format!("it holds more than {MAX_VALUES} values"));
        }
        let v = match event.map_err(|e| e.to_string())? {
            Event::StartArray(_) | Event::StartDictionary(_) if stack.len() >= MAX_DEPTH => {
                return Err(format!("its values nest more than {MAX_DEPTH} deep"));
            }
            Event::StartArray(_) => {
                stack.push(Open::Array(Vec::new()));
                continue;
            }
            Event::StartDictionary(_) => {
                stack.push(Open::Dict(Vec::new(), None));
                continue;
            }
            Event::EndCollection => match stack.pop() {
                Some(Open::Array(a)) => Value::Array(a),
                Some(Open::Dict(d, _)) => Value::Dict(d),
                None => return Err("a collection closes that never opened".into()),
            },
            Event::Data(d) => {
                bytes += d.len() as u64;
                Value::Data(d.into_owned())
            }
            Event::String(s) => {
                bytes += s.len() as u64;
                Value::Text(s.into_owned())
            }
            _ => Value::Other,
        };
        if bytes > MAX_UNPACKED {
            return Err(format!(
                "it unpacks to more than {} MiB",
                MAX_UNPACKED >> 20
            ));
        }
        if let Some(top) = put(&mut stack, v)? {
            return Ok(top);
        }
    }
    Err("it ends before its values close".into())
}

/// Whether a page's first bytes declare its character set (`<meta
/// charset=…>`, or `http-equiv` with a `charset`).
fn declares_charset(page: &[u8]) -> bool {
    let head = page[..page.len().min(1024)].to_ascii_lowercase();
    let mut at = 0;
    while let Some(k) = memchr::memmem::find(&head[at..], b"<meta") {
        let start = at + k;
        let end = memchr::memchr(b'>', &head[start..]).map_or(head.len(), |e| start + e);
        if memchr::memmem::find(&head[start..end], b"charset").is_some() {
            return true;
        }
        at = end;
    }
    false
}

/// The records of a web archive: its page, then its resources and
/// frames.
pub(super) fn read(raw: &[u8], ctx: &Context<'_>) -> Result<Capture> {
    let damaged = |why: &str| {
        Error::build(format!(
            "{}: this Safari web archive is damaged ({why})",
            ctx.display_path
        ))
        .hint(HINT)
    };
    let top = parse(raw).map_err(|why| damaged(&why))?;
    let main = top
        .get("WebMainResource")
        .filter(|m| matches!(m, Value::Dict(_)))
        .ok_or_else(|| damaged("it has no WebMainResource"))?;
    let Some(Value::Data(data)) = main.get("WebResourceData") else {
        return Err(damaged("its WebMainResource holds no WebResourceData"));
    };
    let mut records = vec![main_record(main, data, ctx)];
    let frames = top.items("WebSubframeArchives").iter();
    let resources = top.items("WebSubresources").iter().map(|r| ("resource", r));
    for (what, r) in
        resources.chain(frames.map(|f| ("frame", f.get("WebMainResource").unwrap_or(f))))
    {
        if records.len() > MAX_RECORDS {
            return Err(Error::build(format!(
                "{}: this Safari web archive holds more than 10,000 resources",
                ctx.display_path
            ))
            .hint(HINT));
        }
        records.push(Record {
            summary: summary(what, r),
            lines: [1, 1],
            page: None,
        });
    }
    Ok(Capture {
        noun: "Safari web archive",
        hint: HINT,
        records,
        notes: Vec::<Note>::new(),
    })
}

/// What a resource is, on one line: "web archive's resource of https://…
/// (image/png, 252 bytes)".
fn summary(what: &str, r: &Value) -> String {
    let of = r
        .text("WebResourceURL")
        .map_or(String::new(), |u| format!(" of {u}"));
    let size = match r.get("WebResourceData") {
        Some(Value::Data(d)) => format!(", {} bytes", d.len()),
        _ => String::new(),
    };
    let mime = r.text("WebResourceMIMEType").unwrap_or("no type");
    format!("web archive's {what}{of} ({mime}{size})")
}

/// The record of the main resource: the page, read in the character set
/// it declares, else the one Safari named.
fn main_record(main: &Value, data: &[u8], ctx: &Context<'_>) -> Record {
    let mime = main.text("WebResourceMIMEType");
    let named = main
        .text("WebResourceTextEncodingName")
        .and_then(|n| encoding_rs::Encoding::for_label(n.as_bytes()))
        .filter(|_| !declares_charset(data));
    let page = super::kind_of(mime, data).and_then(|kind| {
        let decoded = crate::ingest::decode_page_bytes(data, ctx, named).ok()?;
        Some(Page {
            json: kind == super::Kind::Json,
            first_line: Some(1),
            url: main.text("WebResourceURL").map(str::to_string),
            captured: None,
            notes: decoded.notes,
            text: decoded.text,
        })
    });
    let lines = page.as_ref().map_or(1, |p| p.text.lines().count().max(1));
    Record {
        summary: summary("page", main),
        lines: [1, lines],
        page,
    }
}

#[cfg(test)]
mod tests;
