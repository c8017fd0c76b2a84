//! Saved HTML pages (.html, .htm, .html.gz).
//!
//! 1. Guard (`depth`): elements nested deeper than [`MAX_DEPTH`] are
//!    flattened (their tags dropped, their text kept, a warning added), and
//!    the extractor runs on a worker thread with a 256 MB stack
//!    (`worker`), so a pathological page can neither overflow the stack
//!    nor take minutes; a panic in the extractor is an error for that file.
//!    While it runs, the page is parsed into a DOM with dom_query, the
//!    parser rs-trafilatura uses (`dom`), and read once (`scan`).
//! 2. rs-trafilatura finds the article in the page (with its default
//!    options: tables included). Its HTML output is parsed and split into
//!    blocks (`blocks`): one
//!    per paragraph, list item, table row, quote or heading; a single `<br>`
//!    is a line break inside a block, two end it. Blocks missing from
//!    rs-trafilatura's text output (share buttons, bylines …) are removed;
//!    when it fell back to one run of text, the run is split again where
//!    the page's own blocks are.
//! 3. The headline repeated in the body, and a leading heading that repeats
//!    the page's description (the standfirst), become metadata. Date and
//!    byline lines above the article's first paragraph, and below its last
//!    related-article lists, tags and comments (from their heading on) and
//!    calls to subscribe, follow or share, are removed with their reason
//!    (`edges`).
//! 4. The rest, headed by the title as a `#` line and with `<h1>`–`<h6>` as
//!    Markdown headings (`generate`), is cleaned by the text cleaner ([`super::text`]) as
//!    Markdown, so captions, related links and trailers inside the article
//!    are removed and recorded as in copied text. Its two rules for printed
//!    pages are off for HTML (`Format::Html`): a short line repeated three
//!    times stays (a recurring subheading, not a running header), and blocks
//!    are never joined as if a page break had cut them.
//! 5. Metadata comes first from the page's JSON-LD and `<meta>` tags
//!    (`page_meta`; provenance `html-metadata`): the title and URL as rs-trafilatura
//!    reads them; the authors and date of the main JSON-LD article (the one
//!    whose URL is the page's; never one in a list of related articles),
//!    else from publication meta tags. Dates are taken as the page writes
//!    them (no time-zone shift); placeholders such as 0001-01-01 are
//!    ignored; a timestamp one day off the date in the article's URL is the
//!    same moment in UTC, and the URL's date (the outlet's own) is used.
//!    Without them: a byline or date line in the text, then the URL's date.
//!
//! **Line numbers** (`lines` of paragraphs, removed text and metadata lines)
//! are lines of the HTML file itself: the line where a block's first words
//! are and the line where its last words are, found by searching the page's
//! visible text (outside tags, scripts and styles, entities decoded) for the
//! block's first and last few words, in reading order. The DOM has no source
//! positions: each of its text nodes is found in the file (`source`). A block whose words
//! are not in the visible text (e.g. a body taken from JSON-LD
//! `articleBody`) gets the line of the nearest block before it that was
//! found. The title's line is where the page's `<title>` is.

mod blocks;
mod depth;
pub(crate) mod dom;
mod edges;
mod generate;
mod page_meta;
mod paywall;
mod pre;
mod preview;
mod scan;
mod shown_date;
mod source;
mod table_layout;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_families;
mod worker;

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::Read;

use self::blocks::{
    Block, LONG_BLOCK, blocks_in_text, dedupe_from_page, html_blocks, reblock, squeeze, text_blocks,
};
use self::generate::generate;
use self::page_meta::{PageMeta, author_list};
use self::scan::scan_page;
use self::source::{SourceIndex, norm, same_text, word_hashes};
use super::rules::Reason;
use super::{Context, Document, Format, MetaLine, Provenance, Removed, meta, rules, text};
use crate::error::{Error, Result};

/// Elements nested deeper than this are flattened before extraction.
pub(crate) const MAX_DEPTH: usize = 400;

/// Decompresses gzip bytes, refusing output over the source size limit.
/// A file of several gzip members one after the other (as WARC writers
/// compress each record on its own) is read whole, as `gunzip` reads it.
pub(crate) fn gunzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
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

/// The rs-trafilatura options juxta extracts with.
pub fn extraction_options() -> rs_trafilatura::Options {
    rs_trafilatura::Options {
        include_comments: false,
        ..rs_trafilatura::Options::default()
    }
}

/// Ingests an HTML page.
pub(crate) fn ingest(html: &str, ctx: &Context<'_>) -> Result<Document> {
    ingest_with(html, ctx, &extraction_options())
}

/// Ingests an HTML page, extracting with the given rs-trafilatura options.
pub fn ingest_with(
    html: &str,
    ctx: &Context<'_>,
    options: &rs_trafilatura::Options,
) -> Result<Document> {
    if let Some(text) = pre::page_text(html) {
        let mut doc = text::ingest(&text, Format::Text, ctx)?;
        doc.format = Format::Html;
        declared_language(html, &mut doc);
        return Ok(doc);
    }
    let (page, warning) = guard_depth(html, ctx);
    let failed = |e: String| {
        Error::build(format!("{}: {e}", ctx.display_path))
            .hint("check that the file is a saved article page; or save the text as .txt")
    };
    let extraction = worker::start_extraction(&page, options).map_err(failed)?;
    // The page is read while the extractor runs.
    let dom = dom::parse(&page);
    let scan = scan_page(&dom, html);
    let page_blocks = html_blocks(&dom);
    let result = extraction.wait().map_err(failed)?;
    let md = &result.metadata;
    let clean = |s: &Option<String>| {
        s.as_deref()
            .map(|t| rules::squash(&dom::decode_refs(t)))
            .filter(|t| !t.is_empty())
    };
    let title = page_headline(&dom, &page_blocks).or_else(|| clean(&md.title));
    let description = clean(&md.description);

    let (mut blocks, mut fates) = article_blocks(&result, &dom);
    table_layout::narrow(&mut blocks, &mut fates, &dom);
    keep_subheadings(&blocks, &mut fates, &linked_headings(&dom));
    preview::prepend(&mut blocks, &mut fates, &page_blocks, title.as_deref());
    mark_title_and_standfirst(
        &blocks,
        &mut fates,
        title.as_deref(),
        description.as_deref(),
    );
    locate_article(&mut blocks, &scan.index, title.as_deref());
    mark_edge_noise(&blocks, &mut fates);

    let mut doc = clean_article(title.as_deref(), &blocks, &fates, &scan.index, ctx)?;
    record_fates(&mut doc, &blocks, &fates);
    record_outside(&mut doc, &page_blocks, &scan.index);
    doc.warnings.extend(warning);

    let page_meta = PageMeta::from_tags(&scan.tags, md.url.as_deref());
    paywall::mark(&mut doc, &dom, &page_meta, &page_blocks, &scan.index);
    let standfirst = blocks
        .iter()
        .zip(&fates)
        .find(|(_, f)| **f == Fate::Meta("subtitle"))
        .map(|(b, _)| b.text());
    apply_metadata(&mut doc, md, &page_meta, title, description, standfirst);
    declared_language(html, &mut doc);
    Ok(doc)
}

/// Marks that set a site's name after the headline in a page's `<title>`.
const TITLE_MARKS: [char; 10] = ['|', '｜', '-', '–', '—', ':', '：', '/', '·', '•'];

/// The page's headline when a title is that headline with the site's
/// name after a mark ("石垣港に…　乗客…｜八重山毎日新聞社", "Talks end |
/// Daily Courier"): a heading of the page (`<h1>`–`<h4>`) the title opens
/// with, followed by a mark and a short name (a few words, at most 40
/// characters), the headline being at least three fifths of the title;
/// else none ("Climate: the new deal" is not cut to a section's heading
/// "Climate").
fn headline_in_title(title: &str, page: &[Block]) -> Option<String> {
    page.iter()
        .filter(|b| b.heading.is_some_and(|h| h <= 4))
        .map(|b| b.text())
        .filter(|h| rules::word_count(h) >= 2 || h.chars().count() >= 8)
        .find(|h| {
            title.strip_prefix(h.as_str()).is_some_and(|rest| {
                let rest = rest.trim_start();
                let (h, t) = (h.chars().count(), title.chars().count());
                rest.starts_with(TITLE_MARKS)
                    && (1..=40).contains(&rest.chars().count())
                    && rules::at_most_words(rest, 5)
                    && h * 5 >= t * 3
                    && rest.chars().skip(1).any(char::is_alphanumeric)
            })
        })
}

/// The page's headline, when its `<title>` (or `og:title`) is the headline
/// with the site's name after it ([`headline_in_title`]).
fn page_headline(dom: &dom_query::Document, page: &[Block]) -> Option<String> {
    let titles = dom.select("title").nodes().first().map(|n| n.text());
    let og = dom
        .select(r#"meta[property="og:title"]"#)
        .nodes()
        .first()
        .and_then(|n| n.attr("content"));
    [titles, og]
        .into_iter()
        .flatten()
        .map(|t| rules::squash(&t))
        .find_map(|t| headline_in_title(&t, page))
}

/// The language the page declares on its root (`<html lang="sq">`), taken
/// when the detector cannot name that language (it would read an Albanian
/// text as French). A language it can name is detected from the text, as
/// many pages keep their template's `lang="en-US"` whatever they print.
fn declared_language(html: &str, doc: &mut Document) {
    let head = &html.as_bytes()[..html.len().min(8192)];
    let Some(at) = memchr::memmem::find_iter(head, b"<html")
        .chain(memchr::memmem::find_iter(head, b"<HTML"))
        .min()
    else {
        return;
    };
    let tag = &head[at..];
    let tag = &tag[..memchr::memchr(b'>', tag).unwrap_or(tag.len())];
    let Some(lang) = memchr::memmem::find_iter(tag, b"lang=")
        .find(|&i| i > 0 && matches!(tag[i - 1], b' ' | b'\t' | b'\n' | b'\r'))
    else {
        return;
    };
    let value = &tag[lang + 5..];
    let value = value
        .strip_prefix(b"\"")
        .or_else(|| value.strip_prefix(b"'"))
        .unwrap_or(value);
    let end = value
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b' ' | b'/'))
        .unwrap_or(value.len());
    let code = std::str::from_utf8(&value[..end])
        .ok()
        .and_then(crate::text::language::parse_code);
    if let Some(code) = code.filter(|c| !crate::text::language::detectable(c)) {
        doc.language = Some(code.to_string());
        doc.provenance
            .insert("language".into(), Provenance::HtmlMetadata);
    }
}

/// The page with elements nested deeper than [`MAX_DEPTH`] flattened, and
/// the warning that says so.
fn guard_depth<'a>(html: &'a str, ctx: &Context<'_>) -> (Cow<'a, str>, Option<String>) {
    match depth::limit_depth(html, MAX_DEPTH) {
        Some((flat, depth)) => (
            Cow::Owned(flat),
            Some(format!(
                "{}: elements are nested {depth} deep; those deeper than {MAX_DEPTH} were flattened",
                ctx.display_path
            )),
        ),
        None => (Cow::Borrowed(html), None),
    }
}

/// The kept blocks cleaned by the text cleaner, with lines of the HTML file.
fn clean_article(
    title: Option<&str>,
    blocks: &[Block],
    fates: &[Fate],
    index: &SourceIndex,
    ctx: &Context<'_>,
) -> Result<Document> {
    let out = generate(title, blocks, fates, index);
    let mut doc = text::ingest(&out.text, Format::Html, ctx)?;
    let map = out.line_map();
    let remap = |l: [usize; 2]| -> [usize; 2] {
        let a = map.get(l[0]).map_or(0, |m| m[0]);
        let z = map.get(l[1]).map_or(a, |m| m[1]).max(a);
        [a, z]
    };
    doc.map_lines(remap);
    Ok(doc)
}

/// What becomes of a block of the extracted article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Goes to the text cleaner: a paragraph or heading, unless it finds noise.
    Keep,
    /// Not the article, with why.
    Removed(Reason),
    /// States metadata: the field.
    Meta(&'static str),
}

/// The blocks of the article rs-trafilatura found, with what becomes of them.
fn article_blocks(
    result: &rs_trafilatura::ExtractResult,
    page: &dom_query::Document,
) -> (Vec<Block>, Vec<Fate>) {
    let (blocks, in_text) = extracted_blocks(result);
    // The extractor's fallbacks give the article as one run of text: split
    // it again where the page's own blocks are.
    let split = !result.warnings.is_empty() && blocks.iter().any(|b| b.text().len() > LONG_BLOCK);
    let fallback = result.warnings.iter().any(|w| w.contains("fallback"));
    let page = (split || fallback).then(|| PageBlocks::new(page));
    let mut out = Vec::with_capacity(blocks.len());
    let mut fates = Vec::with_capacity(blocks.len());
    let mut used = HashSet::new();
    for (b, keep) in blocks.into_iter().zip(in_text) {
        if !keep {
            out.push(b);
            fates.push(Fate::Removed(Reason::NotInText));
            continue;
        }
        let parts = match &page {
            Some(p) if split => reblock(b, &p.blocks, &p.squeezed),
            _ => vec![b],
        };
        // The fallback can repeat nested elements' text ("XX…"): a block the
        // page does not contain as written is rebuilt from the page's own
        // blocks it contains, each once, in page order.
        let parts = match &page {
            Some(p) if fallback => parts
                .into_iter()
                .flat_map(|x| dedupe_from_page(x, &p.blocks, &p.squeezed, &p.all, &mut used))
                .collect(),
            _ => parts,
        };
        fates.extend(std::iter::repeat_n(Fate::Keep, parts.len()));
        out.extend(parts);
    }
    (out, fates)
}

/// rs-trafilatura's article as blocks, and whether each is in its text
/// output; from the text output alone when the article is JSON-LD's.
fn extracted_blocks(result: &rs_trafilatura::ExtractResult) -> (Vec<Block>, Vec<bool>) {
    let from_json_ld = result
        .warnings
        .iter()
        .any(|w| w.contains("JSON-LD content"));
    match &result.content_html {
        Some(h) if !from_json_ld => {
            let blocks = html_blocks(&dom::parse(h));
            let in_text = blocks_in_text(&blocks, &result.content_text);
            (blocks, in_text)
        }
        _ => {
            let blocks = text_blocks(&result.content_text);
            let n = blocks.len();
            (blocks, vec![true; n])
        }
    }
}

/// The page's own blocks, to repair the extractor's fallbacks with.
struct PageBlocks {
    blocks: Vec<Block>,
    /// Each block's text, squeezed ([`squeeze`]).
    squeezed: Vec<String>,
    /// All of them, joined.
    all: String,
}

impl PageBlocks {
    fn new(page: &dom_query::Document) -> Self {
        let blocks = html_blocks(page);
        let squeezed: Vec<String> = blocks.iter().map(|b| squeeze(&b.text())).collect();
        let all = squeezed.concat();
        PageBlocks {
            blocks,
            squeezed,
            all,
        }
    }
}

/// A subheading the extractor's text output left out between two of the
/// article's paragraphs (an `<h2>` or `<h3>` of a class it takes for
/// furniture) is the article's: a heading of at most 15 words with a
/// letter, not ending a sentence, not a label the line rules remove, with
/// a kept paragraph of text right after it and right before it (past at
/// most two short lines left out, such as a live blog entry's time and
/// share row). A run of headings left out (a list of other stories) is
/// not, nor is a heading that is all one link (`linked`: another story's
/// headline set between the paragraphs).
fn keep_subheadings(blocks: &[Block], fates: &mut [Fate], linked: &HashSet<String>) {
    let text = |fates: &[Fate], i: usize| fates[i] == Fate::Keep && blocks[i].heading.is_none();
    let short_left_out = |fates: &[Fate], j: usize| {
        fates[j] == Fate::Removed(Reason::NotInText)
            && blocks[j].heading.is_none()
            && rules::at_most_words(&blocks[j].text(), 4)
    };
    for i in 1..blocks.len().saturating_sub(1) {
        let b = &blocks[i];
        let t = b.text();
        if fates[i] != Fate::Removed(Reason::NotInText)
            || b.heading.is_none_or(|h| h < 2)
            || !rules::at_most_words(&t, 15)
            || !t.chars().any(char::is_alphabetic)
            || t.trim_end().ends_with(['.', ','])
            || rules::classify_counted(&t, None, None) != rules::LineKind::Text
            || edges::furniture_head(&t)
            || linked.contains(&squeeze(&t))
        {
            continue;
        }
        let mut before = i - 1;
        while before > 0 && i - before <= 2 && short_left_out(fates, before) {
            before -= 1;
        }
        if text(fates, before) && text(fates, i + 1) {
            fates[i] = Fate::Keep;
        }
    }
}

/// The squeezed texts of the page's headings that are one link, or all
/// but a short label (at most 256).
fn linked_headings(dom: &dom_query::Document) -> HashSet<String> {
    let mut linked = HashSet::new();
    for n in dom.select("h2, h3, h4").nodes().iter().take(256) {
        let heading = squeeze(&n.text());
        let h = dom_query::Selection::from(*n);
        let link = h.select("a").nodes().first().map(|a| squeeze(&a.text()));
        // The link, or all of it but a label ("Updated", "Video").
        let most = link.is_some_and(|l| heading.contains(&l) && l.len() * 5 >= heading.len() * 4);
        if !heading.is_empty() && most {
            linked.insert(heading);
        }
    }
    linked
}

/// The headline repeated at the top of the body, and a leading heading or
/// line without a sentence's end that repeats the page's description (its
/// standfirst), are metadata. A paragraph that repeats the description
/// stays: it is the article's first, which the description quotes.
fn mark_title_and_standfirst(
    blocks: &[Block],
    fates: &mut [Fate],
    title: Option<&str>,
    description: Option<&str>,
) {
    if let Some(t) = title {
        let key = norm(t);
        let mut texts_seen = 0;
        for (b, f) in blocks.iter().zip(fates.iter_mut()) {
            if !matches!(*f, Fate::Keep | Fate::Removed(Reason::NotInText)) {
                continue;
            }
            if norm(&b.text()) == key && (b.heading.is_some() || texts_seen < 3) {
                *f = Fate::Meta("title");
            }
            if b.heading.is_none() && *f == Fate::Keep {
                texts_seen += 1;
            }
        }
    }
    if let Some(d) = description {
        let first_two = fates
            .iter()
            .enumerate()
            .filter(|(_, f)| **f == Fate::Keep)
            .map(|(i, _)| i)
            .take(2)
            .collect::<Vec<_>>();
        // A heading, or a line that ends no sentence (a paragraph of the
        // article would): the page's standfirst.
        let standfirst = |b: &Block| {
            let t = b.text();
            (b.heading.is_some() || !rules::ends_sentence(&t)) && same_text(&t, d)
        };
        if let Some(&i) = first_two.iter().find(|&&i| standfirst(&blocks[i])) {
            fates[i] = Fate::Meta("subtitle");
        }
    }
}

/// Finds each line of each block in the page, in reading order from word `from`.
fn locate_blocks(blocks: &mut [Block], index: &SourceIndex, from: usize) {
    let mut cursor = from;
    for b in blocks {
        b.locs = b
            .lines
            .iter()
            .map(|line| {
                index.locate(&word_hashes(line), cursor).map(|(a, z, end)| {
                    cursor = end;
                    [a, z]
                })
            })
            .collect();
    }
}

/// Marks kept blocks before the article's first paragraph and after its last
/// that are not the article.
fn mark_edge_noise(blocks: &[Block], fates: &mut [Fate]) {
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| fates[i] == Fate::Keep)
        .collect();
    let refs: Vec<&Block> = kept.iter().map(|&i| &blocks[i]).collect();
    for (&i, why) in kept.iter().zip(edges::edge_noise(&refs)) {
        if let Some(reason) = why {
            fates[i] = Fate::Removed(reason);
        }
    }
}

/// Finds the article's blocks in the page's text, after its `<title>`
/// (which comes before its body).
fn locate_article(blocks: &mut [Block], index: &SourceIndex, title: Option<&str>) {
    let after_title = title
        .and_then(|t| index.locate(&word_hashes(t), 0))
        .map_or(0, |(_, _, end)| end);
    locate_blocks(blocks, index, after_title);
}

/// Words a block of the page needs to be recorded when it is left outside
/// the article: shorter ones are menus, teasers and footers.
const OUTSIDE_MIN_WORDS: usize = 20;

/// Records the page's paragraph-like blocks (whole sentences, at least
/// [`OUTSIDE_MIN_WORDS`] words) that are not in the document at all, so
/// `juxta inspect` shows article text the extractor may have missed
/// (comments, a second article, a box) instead of losing it silently.
fn record_outside(doc: &mut Document, page: &[Block], index: &SourceIndex) {
    let mut have = String::new();
    for t in doc
        .paragraphs
        .iter()
        .map(|p| &p.text)
        .chain(doc.removed.iter().map(|r| &r.text))
        .chain(doc.metadata.iter().map(|m| &m.text))
    {
        have.push_str(&squeeze(t));
    }
    let mut outside: Vec<Block> = page
        .iter()
        .filter(|b| {
            let t = b.text();
            rules::word_count(&t) >= OUTSIDE_MIN_WORDS
                && rules::ends_sentence(&t)
                && !have.contains(&squeeze(&t))
        })
        .cloned()
        .collect();
    if outside.is_empty() {
        return;
    }
    locate_blocks(&mut outside, index, 0);
    for b in outside {
        doc.removed.push(Removed {
            text: b.text(),
            reason: Reason::Outside,
            lines: b.span().unwrap_or([0, 0]),
        });
    }
    doc.removed.sort_by_key(|r| r.lines[0]);
}

/// Records the blocks that are not paragraphs: removed, or metadata.
fn record_fates(doc: &mut Document, blocks: &[Block], fates: &[Fate]) {
    let mut last = [1, 1];
    for (b, fate) in blocks.iter().zip(fates) {
        let lines = b.span().unwrap_or(last);
        last = [lines[1], lines[1]];
        match *fate {
            Fate::Keep => {}
            Fate::Removed(reason) => doc.removed.push(Removed {
                text: b.text(),
                reason,
                lines,
            }),
            Fate::Meta(field) => doc.metadata.push(MetaLine {
                field: field.to_string(),
                text: b.text(),
                lines,
            }),
        }
    }
    doc.removed.sort_by_key(|r| r.lines[0]);
    doc.metadata.sort_by_key(|m| m.lines[0]);
}

/// The page's own metadata (JSON-LD, meta tags) wins over what the text states.
fn apply_metadata(
    doc: &mut Document,
    md: &rs_trafilatura::Metadata,
    page: &PageMeta,
    title: Option<String>,
    description: Option<String>,
    standfirst: Option<String>,
) {
    let prov = Provenance::HtmlMetadata;
    if let Some(t) = title {
        doc.title = Some(t);
        doc.provenance.insert("title".into(), prov);
    }
    if let Some(s) = standfirst.or_else(|| description.filter(|_| doc.subtitle.is_none())) {
        doc.subtitle = Some(s);
        doc.provenance.insert("subtitle".into(), prov);
    }
    let authors = page
        .authors
        .clone()
        .or_else(|| md.author.as_deref().map(author_list))
        .filter(|a| !a.is_empty());
    if let Some(a) = authors {
        doc.authors = a;
        doc.provenance.insert("author".into(), prov);
    }
    if let Some(u) = md.url.as_deref().filter(|u| u.starts_with("http")) {
        doc.url = Some(meta::unwrap_url(u));
        doc.provenance.insert("url".into(), prov);
    }
    // A date in the article's URL is the outlet's own, in its time zone; a
    // page's timestamp a day off is the same moment in UTC. So is a day the
    // page shows for a moment its metadata gives in UTC.
    let url_date = doc.url.as_deref().and_then(meta::url_date);
    let text_date = doc
        .date
        .filter(|_| doc.provenance.get("date") == Some(&Provenance::Text));
    let shown = page
        .moment
        .and_then(|m| shown_date::shown_day(m, &page.times, text_date));
    match (shown.or(page.date), url_date) {
        (Some(d), Some(u)) if (d - u).num_days().abs() == 1 => {
            doc.date = Some(u);
            doc.provenance.insert("date".into(), Provenance::Url);
        }
        (Some(d), _) => {
            doc.date = Some(d);
            doc.provenance.insert("date".into(), prov);
        }
        (None, Some(u)) if doc.date.is_none() => {
            doc.date = Some(u);
            doc.provenance.insert("date".into(), Provenance::Url);
        }
        _ => {}
    }
}
