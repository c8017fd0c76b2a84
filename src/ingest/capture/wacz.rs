//! Web Archive Collection Zipped files (`.wacz`, as Webrecorder's
//! ArchiveWeb.page, Browsertrix and py-wacz write them): a ZIP archive of
//! WARC files (`archive/*.warc`, `archive/*.warc.gz`), their indexes
//! (`indexes/*.cdx`, `*.cdxj`, `*.idx`), the list of the pages captured
//! (`pages/pages.jsonl`: a header line, then one JSON object per page,
//! with its `url`, and often the `text` an extractor took from it) and a
//! description (`datapackage.json`, its `mainPageURL`).
//!
//! The WARC files are read as a WARC file is ([`super::warc`]), together
//! as one capture. The article is the HTML page of the first page the
//! list names, read from its WARC record (the list's `text` is an
//! extractor's and is often cut short); else, as in any capture, the
//! record with the most article text. The indexes and the list hold no
//! article.
//!
//! The archive is a user's file: it is read entry by entry, never
//! unpacked to disk; at most [`MAX_UNPACKED`] bytes are unpacked from the
//! ZIP and as many again from its compressed WARC files and bodies, from
//! at most 10,000 entries; past that, or damaged, it is an error naming
//! the file.

use super::{Capture, MAX_RECORDS, MAX_UNPACKED};
use crate::error::{Error, Result};
use crate::ingest::Context;
use crate::ingest::office::{Archive, Fault};

/// How to make a WACZ file juxta reads.
const HINT: &str = "a WACZ file is a ZIP archive of WARC files (archive/*.warc.gz) with pages/pages.jsonl; download the capture again from ArchiveWeb.page or Webrecorder, or save the article as .html";

/// The most entries a WACZ file may hold (as an office document).
const MAX_ENTRIES: usize = 10_000;

/// The most lines of the list of pages read to find the first page.
const MAX_PAGE_LINES: usize = 1_000;

/// Whether `name` is a WARC file of the archive.
fn is_warc(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("archive/") && (n.ends_with(".warc") || n.ends_with(".warc.gz"))
}

/// Whether `raw` opens as a WACZ file: a ZIP archive with a
/// `datapackage.json` and a WARC file under `archive/`.
pub(super) fn opens_as_wacz(raw: &[u8]) -> bool {
    if !raw.starts_with(b"PK\x03\x04") {
        return false;
    }
    let Ok(archive) = Archive::open(raw) else {
        return false;
    };
    let names = archive.names();
    names.iter().any(|n| n == "datapackage.json") && names.iter().any(|n| is_warc(n))
}

/// The error a user sees for `fault` in the WACZ file.
fn fault_error(display: &str, fault: Fault) -> Error {
    let e = match fault {
        Fault::Damaged(why) => format!("{display}: this WACZ file is damaged ({why})"),
        Fault::TooLarge => format!(
            "{display}: this WACZ file unpacks to more than {} MiB",
            MAX_UNPACKED >> 20
        ),
        Fault::TooMany => format!("{display}: this WACZ file holds more than 10,000 files"),
        Fault::Encrypted => format!("{display}: this WACZ file is protected by a password"),
        Fault::TooManyRows(part) => format!("{display}: this WACZ file's {part} is too large"),
    };
    let hint = if e.contains("damaged") {
        HINT
    } else {
        "juxta reads a capture of an article's page, up to 64 MiB unpacked; capture that page alone (ArchiveWeb.page, one page per archive), or save the article as .html"
    };
    Error::build(e).hint(hint)
}

/// The address of the first page `pages/pages.jsonl` names (its header
/// line, which names none, skipped), else `datapackage.json`'s
/// `mainPageURL`.
fn first_page(archive: &mut Archive<'_>) -> std::result::Result<Option<String>, Fault> {
    let url_of = |v: &serde_json::Value, key: &str| {
        v.get(key)
            .and_then(serde_json::Value::as_str)
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_string)
    };
    if let Some(list) = archive.entry("pages/pages.jsonl")? {
        let list = String::from_utf8_lossy(&list);
        let first = (list.lines().take(MAX_PAGE_LINES))
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .find_map(|v| url_of(&v, "url"));
        if first.is_some() {
            return Ok(first);
        }
    }
    Ok(archive
        .entry("datapackage.json")?
        .and_then(|d| serde_json::from_slice::<serde_json::Value>(&d).ok())
        .and_then(|v| url_of(&v, "mainPageURL")))
}

/// The bytes of the WARC file `name` of the archive, decompressed (within
/// `budget`) when it is compressed.
fn warc_bytes(
    archive: &mut Archive<'_>,
    name: &str,
    budget: &mut u64,
    display: &str,
) -> Result<Vec<u8>> {
    let bytes = (archive.entry(name))
        .map_err(|f| fault_error(display, f))?
        .unwrap_or_default();
    if !name.to_ascii_lowercase().ends_with(".gz") {
        return Ok(bytes);
    }
    super::warc::decompressed(&bytes, "gzip", budget).map_err(|why| {
        let e = Error::build(format!("{display}: this WACZ file's {name} is {why}"));
        if why.contains("larger than") {
            e.hint("juxta reads a capture of an article's page; capture that page alone (ArchiveWeb.page, one page per archive), or save the article as .html")
        } else {
            e.hint(HINT)
        }
    })
}

/// The records of a WACZ file's WARC files, as one capture, and the
/// address of the page it names first.
pub(super) fn read(raw: &[u8], ctx: &Context<'_>) -> Result<(Capture, Option<String>)> {
    let display = &ctx.display_path;
    let fail = |f: Fault| fault_error(display, f);
    let mut archive = Archive::open(raw).map_err(fail)?;
    if archive.len() > MAX_ENTRIES {
        return Err(fail(Fault::TooMany));
    }
    let warcs: Vec<String> = archive.names().into_iter().filter(|n| is_warc(n)).collect();
    if warcs.is_empty() {
        return Err(fail(Fault::Damaged(
            "it holds no WARC file under archive/".into(),
        )));
    }
    let main = first_page(&mut archive).map_err(fail)?;
    let mut budget = MAX_UNPACKED;
    let mut capture: Option<Capture> = None;
    for name in warcs {
        let bytes = warc_bytes(&mut archive, &name, &mut budget, display)?;
        // Messages about a WARC record name the WARC file in the archive.
        let inner = Context {
            display_path: format!("{display} › {name}"),
            ..ctx.clone()
        };
        let read = super::warc::read_within(&bytes, &inner, &mut budget)?;
        match capture.as_mut() {
            None => capture = Some(read),
            Some(c) => {
                c.records.extend(read.records);
                c.notes.extend(read.notes);
            }
        }
        if capture
            .as_ref()
            .is_some_and(|c| c.records.len() > MAX_RECORDS)
        {
            return Err(fail(Fault::TooMany));
        }
    }
    let mut capture =
        capture.ok_or_else(|| fail(Fault::Damaged("it holds no WARC file".into())))?;
    capture.noun = "WACZ file";
    capture.hint = HINT;
    Ok((capture, main))
}

#[cfg(test)]
mod tests;
