//! Saved HTML pages (.html, .htm, .html.gz): the article body and metadata
//! come from rs-trafilatura (JSON-LD and meta tags first, then the page).
//! The body is then cleaned like copied text, so captions, related links and
//! trailers inside the article are removed and recorded the same way.

use std::io::Read;

use super::{Context, Document, Format, Provenance, meta, text};
use crate::error::{Error, Result};

/// Decompresses gzip bytes, refusing output over the source size limit.
pub fn gunzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let decoder = flate2::read::GzDecoder::new(bytes);
    decoder
        .take(super::MAX_SOURCE_BYTES + 1)
        .read_to_end(&mut out)?;
    if out.len() as u64 > super::MAX_SOURCE_BYTES {
        return Err(std::io::Error::other(format!(
            "decompresses to more than {} MB",
            super::MAX_SOURCE_BYTES / (1024 * 1024)
        )));
    }
    Ok(out)
}

/// The article text of an HTML page, one block per line, blocks separated by
/// blank lines; and the page's metadata.
pub fn extract(html: &str) -> Result<(String, rs_trafilatura::Metadata)> {
    let options = rs_trafilatura::Options {
        include_tables: false,
        include_comments: false,
        ..rs_trafilatura::Options::default()
    };
    let result = rs_trafilatura::extract_with_options(html, &options).map_err(|e| {
        Error::build(format!(
            "cannot extract the article from the HTML page: {e}"
        ))
    })?;
    let mut body = String::new();
    for line in result.content_text.lines() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        body.push_str(l);
        body.push_str("\n\n");
    }
    Ok((body, result.metadata))
}

/// Ingests an HTML page.
pub fn ingest(html: &str, ctx: &Context<'_>) -> Result<Document> {
    let (body, md) = extract(html).map_err(|e| {
        Error::build(format!("{}: {}", ctx.display_path, e.message))
            .hint("check that the file is a saved article page; or save the text as .txt")
    })?;
    let mut doc = text::ingest(&body, Format::Text, ctx)?;
    doc.format = Format::Html;
    // Line numbers of an HTML source count lines of the extracted text.
    let prov = Provenance::HtmlMetadata;
    if let Some(t) = md.title.filter(|t| !t.trim().is_empty()) {
        // A headline that the cleaner found in the body would repeat it.
        if doc.title.is_none() {
            doc.title = Some(t.trim().to_string());
            doc.provenance.insert("title".into(), prov);
        }
    }
    if let Some(a) = md.author.filter(|a| !a.trim().is_empty()) {
        doc.authors = meta::split_authors(&a);
        doc.provenance.insert("author".into(), prov);
    }
    if let Some(d) = md.description.filter(|d| !d.trim().is_empty())
        && doc.subtitle.is_none()
    {
        doc.subtitle = Some(d.trim().to_string());
        doc.provenance.insert("subtitle".into(), prov);
    }
    if let Some(d) = md.date {
        doc.date = Some(d.date_naive());
        doc.provenance.insert("date".into(), prov);
    }
    if let Some(u) = md.url.filter(|u| u.starts_with("http")) {
        doc.url = Some(meta::unwrap_url(&u));
        doc.provenance.insert("url".into(), prov);
    }
    Ok(doc)
}
