//! Saved HTML pages (.html, .htm, .html.gz).
//!
//! 1. Guard: elements nested deeper than [`MAX_DEPTH`] are flattened (their
//!    tags dropped, their text kept, a warning added), and the extractor runs
//!    on a worker thread with a 256 MB stack, so a pathological page can
//!    neither overflow the stack nor take minutes; a panic in the extractor
//!    is an error for that file.
//! 2. rs-trafilatura finds the article in the page (with its default
//!    options: tables included). Its HTML output is split into blocks: one
//!    per paragraph, list item, table row, quote or heading; a single `<br>`
//!    is a line break inside a block, two end it. Blocks missing from
//!    rs-trafilatura's text output (share buttons, bylines …) are removed;
//!    when it fell back to one run of text, the run is split again where
//!    the page's own blocks are.
//! 3. The headline repeated in the body, and a leading heading that repeats
//!    the page's description (the standfirst), become metadata. Date and
//!    byline lines above the article's first paragraph, and below its last
//!    related-article lists, tags and comments (from their heading on) and
//!    calls to subscribe, follow or share, are removed with their reason.
//! 4. The rest, headed by the title as a `#` line and with `<h1>`–`<h6>` as
//!    Markdown headings, is cleaned by the text cleaner ([`super::text`]) as
//!    Markdown, so captions, related links and trailers inside the article
//!    are removed and recorded as in copied text. Its two rules for printed
//!    pages are off for HTML (`Format::Html`): a short line repeated three
//!    times stays (a recurring subheading, not a running header), and blocks
//!    are never joined as if a page break had cut them.
//! 5. Metadata comes first from the page's JSON-LD and `<meta>` tags
//!    (provenance `html-metadata`): the title and URL as rs-trafilatura
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
//! block's first and last few words, in reading order. A block whose words
//! are not in the visible text (e.g. a body taken from JSON-LD
//! `articleBody`) gets the line of the nearest block before it that was
//! found. The title's line is where the page's `<title>` is.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::Read;
use std::panic::AssertUnwindSafe;
use std::sync::LazyLock;
use std::sync::mpsc;

use regex::Regex;

use super::{Context, Document, Format, MetaLine, Provenance, Removed, meta, rules, text};
use crate::error::{Error, Result};

/// Elements nested deeper than this are flattened before extraction.
pub const MAX_DEPTH: usize = 400;

/// Stack size of the extraction thread.
const STACK_BYTES: usize = 256 * 1024 * 1024;

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

/// The rs-trafilatura options juxta extracts with.
pub fn extraction_options() -> rs_trafilatura::Options {
    rs_trafilatura::Options {
        include_comments: false,
        ..rs_trafilatura::Options::default()
    }
}

/// Ingests an HTML page.
pub fn ingest(html: &str, ctx: &Context<'_>) -> Result<Document> {
    ingest_with(html, ctx, &extraction_options())
}

/// Ingests an HTML page, extracting with the given rs-trafilatura options.
pub fn ingest_with(
    html: &str,
    ctx: &Context<'_>,
    options: &rs_trafilatura::Options,
) -> Result<Document> {
    let mut warnings = Vec::new();
    let flat = limit_depth(html, MAX_DEPTH);
    let page: &str = match &flat {
        Some((flat, depth)) => {
            warnings.push(format!(
                "{}: elements are nested {depth} deep; those deeper than {MAX_DEPTH} were flattened",
                ctx.display_path
            ));
            flat
        }
        None => html,
    };
    let result = run_extractor(page, options).map_err(|e| {
        Error::build(format!("{}: {e}", ctx.display_path))
            .hint("check that the file is a saved article page; or save the text as .txt")
    })?;
    let md = &result.metadata;
    let clean = |s: &Option<String>| s.as_deref().map(rules::squash).filter(|t| !t.is_empty());
    let title = clean(&md.title);
    let description = clean(&md.description);

    let (mut blocks, mut fates) = article_blocks(&result, page);
    mark_title_and_standfirst(
        &blocks,
        &mut fates,
        title.as_deref(),
        description.as_deref(),
    );
    let scan = scan_page(html);
    let index = SourceIndex::new(&scan);
    // The page's <title> comes before its body.
    let after_title = title
        .as_deref()
        .and_then(|t| index.locate(&tokens(t), 0))
        .map_or(0, |(_, _, end)| end);
    locate_blocks(&mut blocks, &index, after_title);
    mark_edge_noise(&blocks, &mut fates);

    let out = generate(title.as_deref(), &blocks, &fates, &index);
    let mut doc = text::ingest(&out.text, Format::Html, ctx)?;
    let map = out.line_map();
    let remap = |l: [usize; 2]| -> [usize; 2] {
        let a = map.get(l[0]).map_or(0, |m| m[0]);
        let z = map.get(l[1]).map_or(a, |m| m[1]).max(a);
        [a, z]
    };
    for p in &mut doc.paragraphs {
        p.lines = remap(p.lines);
    }
    for r in &mut doc.removed {
        r.lines = remap(r.lines);
    }
    for m in &mut doc.metadata {
        m.lines = remap(m.lines);
    }
    record_fates(&mut doc, &blocks, &fates);
    record_outside(&mut doc, page, &index);
    doc.warnings.extend(warnings);

    let page_meta = PageMeta::from_scan(&scan, md.url.as_deref());
    let standfirst = blocks
        .iter()
        .zip(&fates)
        .find(|(_, f)| **f == Fate::Meta("subtitle"))
        .map(|(b, _)| b.text());
    apply_metadata(&mut doc, md, &page_meta, title, description, standfirst);
    Ok(doc)
}

/// What becomes of a block of the extracted article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Goes to the text cleaner: a paragraph or heading, unless it finds noise.
    Keep,
    /// Not the article, with why.
    Removed(&'static str),
    /// States metadata: the field.
    Meta(&'static str),
}

/// Why a block is removed: rs-trafilatura's text output leaves it out.
const NOT_IN_TEXT: &str = "not in the extracted text (share button, byline or similar)";

/// The blocks of the article rs-trafilatura found, with what becomes of them.
fn article_blocks(result: &rs_trafilatura::ExtractResult, page: &str) -> (Vec<Block>, Vec<Fate>) {
    let from_json_ld = result
        .warnings
        .iter()
        .any(|w| w.contains("JSON-LD content"));
    let (blocks, in_text) = match &result.content_html {
        Some(h) if !from_json_ld => {
            let blocks = html_blocks(h);
            let in_text = blocks_in_text(&blocks, &result.content_text);
            (blocks, in_text)
        }
        _ => {
            let blocks = text_blocks(&result.content_text);
            let n = blocks.len();
            (blocks, vec![true; n])
        }
    };
    // The extractor's fallbacks give the article as one run of text: split
    // it again where the page's own blocks are.
    let page_blocks = (!result.warnings.is_empty()
        && blocks.iter().any(|b| b.text().len() > LONG_BLOCK))
    .then(|| {
        let blocks = html_blocks(page);
        let squeezed: Vec<String> = blocks.iter().map(|b| squeeze(&b.text())).collect();
        (blocks, squeezed)
    });
    let fallback_page = result
        .warnings
        .iter()
        .any(|w| w.contains("fallback"))
        .then(|| {
            let blocks = html_blocks(page);
            let squeezed: Vec<String> = blocks.iter().map(|b| squeeze(&b.text())).collect();
            let all = squeezed.concat();
            (blocks, squeezed, all)
        });
    let mut out = Vec::with_capacity(blocks.len());
    let mut fates = Vec::with_capacity(blocks.len());
    let mut used = std::collections::HashSet::new();
    for (b, keep) in blocks.into_iter().zip(in_text) {
        if !keep {
            out.push(b);
            fates.push(Fate::Removed(NOT_IN_TEXT));
            continue;
        }
        let parts = match &page_blocks {
            Some((page, squeezed)) => reblock(b, page, squeezed),
            None => vec![b],
        };
        // The fallback can repeat nested elements' text ("XX…"): a block the
        // page does not contain as written is rebuilt from the page's own
        // blocks it contains, each once, in page order.
        let parts = match &fallback_page {
            Some((page, squeezed, all)) => parts
                .into_iter()
                .flat_map(|p| dedupe_from_page(p, page, squeezed, all, &mut used))
                .collect(),
            None => parts,
        };
        fates.extend(std::iter::repeat_n(Fate::Keep, parts.len()));
        out.extend(parts);
    }
    (out, fates)
}

/// The headline repeated at the top of the body, and a leading heading that
/// repeats the page's description (its standfirst), are metadata. A
/// paragraph that repeats the description stays: it is the article's first,
/// which the description quotes.
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
            if !matches!(*f, Fate::Keep | Fate::Removed(NOT_IN_TEXT)) {
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
        if let Some(&i) = first_two
            .iter()
            .find(|&&i| blocks[i].heading.is_some() && same_text(&blocks[i].text(), d))
        {
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
                index.locate(&tokens(line), cursor).map(|(a, z, end)| {
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
    for (&i, why) in kept.iter().zip(edge_noise(&refs)) {
        if let Some(reason) = why {
            fates[i] = Fate::Removed(reason);
        }
    }
}

/// The text the cleaner reads: the title as a `#` line, then the kept
/// blocks, separated by blank lines.
fn generate(
    title: Option<&str>,
    blocks: &[Block],
    fates: &[Fate],
    index: &SourceIndex,
) -> Generated {
    let mut out = Generated::default();
    if let Some(t) = title {
        let loc = index.locate(&tokens(t), 0).map(|(a, b, _)| [a, b]);
        out.push_line(&format!("# {}", escape_heading(t)), loc, None);
        out.push_line("", None, None);
    }
    for (bi, (b, fate)) in blocks.iter().zip(fates).enumerate() {
        if *fate != Fate::Keep {
            continue;
        }
        for (i, line) in b.lines.iter().enumerate() {
            let shown = match b.heading {
                Some(level) if i == 0 => {
                    format!("{} {}", "#".repeat(level.clamp(2, 6)), escape_heading(line))
                }
                _ => escape_line(line),
            };
            out.push_line(&shown, b.locs.get(i).copied().flatten(), Some(bi));
        }
        out.push_line("", None, None);
    }
    out
}

/// Why a paragraph of the page is not read: it is outside the article.
const OUTSIDE: &str = "outside the article (the extractor judged it not part of it)";

/// Words a block of the page needs to be recorded when it is left outside
/// the article: shorter ones are menus, teasers and footers.
const OUTSIDE_MIN_WORDS: usize = 20;

/// Records the page's paragraph-like blocks (whole sentences, at least
/// [`OUTSIDE_MIN_WORDS`] words) that are not in the document at all, so
/// `juxta inspect` shows article text the extractor may have missed
/// (comments, a second article, a box) instead of losing it silently.
fn record_outside(doc: &mut Document, page: &str, index: &SourceIndex) {
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
    let mut outside: Vec<Block> = html_blocks(page)
        .into_iter()
        .filter(|b| {
            let t = b.text();
            rules::word_count(&t) >= OUTSIDE_MIN_WORDS
                && rules::ends_sentence(&t)
                && !have.contains(&squeeze(&t))
        })
        .collect();
    if outside.is_empty() {
        return;
    }
    locate_blocks(&mut outside, index, 0);
    for b in outside {
        doc.removed.push(Removed {
            text: b.text(),
            reason: OUTSIDE.to_string(),
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
                reason: reason.to_string(),
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
    // page's timestamp a day off is the same moment in UTC.
    let url_date = doc.url.as_deref().and_then(meta::url_date);
    match (page.date, url_date) {
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

type Extracted = std::thread::Result<rs_trafilatura::Result<rs_trafilatura::ExtractResult>>;
type Job = (String, rs_trafilatura::Options, mpsc::Sender<Extracted>);

thread_local! {
    /// This thread's extraction worker: a thread with a large stack, kept
    /// for the next page (a new thread per page costs 15–25 % more time).
    static WORKER: RefCell<Option<mpsc::Sender<Job>>> = const { RefCell::new(None) };
}

fn spawn_worker() -> std::io::Result<mpsc::Sender<Job>> {
    let (tx, rx) = mpsc::channel::<Job>();
    std::thread::Builder::new()
        .name("juxta-html".into())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            for (html, options, reply) in rx {
                let r = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    rs_trafilatura::extract_with_options(&html, &options)
                }));
                let panicked = r.is_err();
                let _ = reply.send(r);
                if panicked {
                    // The extractor's state may be broken: a new worker takes over.
                    break;
                }
            }
        })?;
    Ok(tx)
}

/// Runs rs-trafilatura on a worker thread with a large stack (so deep pages
/// cannot overflow the caller's stack); a panic becomes an error.
fn run_extractor(
    html: &str,
    options: &rs_trafilatura::Options,
) -> std::result::Result<rs_trafilatura::ExtractResult, String> {
    WORKER.with(|w| {
        let mut worker = w.borrow_mut();
        for _ in 0..2 {
            let tx = match worker.as_ref() {
                Some(tx) => tx.clone(),
                None => {
                    let tx = spawn_worker()
                        .map_err(|e| format!("cannot start the HTML extractor: {e}"))?;
                    *worker = Some(tx.clone());
                    tx
                }
            };
            let (reply, answer) = mpsc::channel();
            if tx.send((html.to_string(), options.clone(), reply)).is_err() {
                // The worker has gone (after a panic): start another.
                *worker = None;
                continue;
            }
            return match answer.recv() {
                Ok(Ok(Ok(r))) => Ok(r),
                Ok(Ok(Err(e))) => Err(format!(
                    "cannot extract the article from the HTML page: {e}"
                )),
                Ok(Err(_)) | Err(_) => {
                    *worker = None;
                    Err("the HTML extractor failed on this page (it panicked)".into())
                }
            };
        }
        Err("cannot start the HTML extractor".into())
    })
}

// ---------------------------------------------------------------------------
// A small HTML tokenizer: enough to walk rs-trafilatura's output, the page's
// visible text, its JSON-LD and meta tags, and its nesting depth.

#[derive(Debug)]
enum Tok<'a> {
    /// Text between tags (entities not decoded), with its byte offset.
    Text(usize, &'a str),
    /// A start tag: lower-case name, the attribute text, whether it ends in `/>`.
    Start {
        name: Cow<'a, str>,
        attrs: &'a str,
        start: usize,
        end: usize,
        self_closing: bool,
    },
    /// An end tag.
    End {
        name: Cow<'a, str>,
        start: usize,
        end: usize,
    },
    /// The content of a raw-text element (script, style, title …), with its offset.
    Raw {
        name: Cow<'a, str>,
        start: usize,
        text: &'a str,
    },
    /// A comment, doctype or processing instruction.
    Other,
}

const RAW_TEXT: [&str; 9] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

const VOID: [&str; 15] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Calls `f` for each token of `html`, in order.
fn lex<'a>(html: &'a str, mut f: impl FnMut(Tok<'a>)) {
    let bytes = html.as_bytes();
    let n = bytes.len();
    let mut lower: Option<String> = None;
    let mut i = 0;
    let mut text_start = 0;
    while i < n {
        let Some(off) = html[i..].find('<') else {
            break;
        };
        let lt = i + off;
        let next = bytes.get(lt + 1).copied().unwrap_or(0);
        let is_tag = next.is_ascii_alphabetic()
            || (next == b'/' && bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic))
            || next == b'!'
            || next == b'?';
        if !is_tag {
            i = lt + 1;
            continue;
        }
        if text_start < lt {
            f(Tok::Text(text_start, &html[text_start..lt]));
        }
        if next == b'!' || next == b'?' {
            let end = if html[lt..].starts_with("<!--") {
                html[lt + 4..].find("-->").map_or(n, |e| lt + 4 + e + 3)
            } else {
                html[lt..].find('>').map_or(n, |e| lt + e + 1)
            };
            f(Tok::Other);
            i = end;
            text_start = end;
            continue;
        }
        let closing = next == b'/';
        let name_start = if closing { lt + 2 } else { lt + 1 };
        let mut j = name_start;
        while j < n && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-' || bytes[j] == b':') {
            j += 1;
        }
        let name = lower_name(&html[name_start..j]);
        // Find the end of the tag, skipping quoted attribute values.
        let mut k = j;
        let mut quote = 0u8;
        while k < n {
            let c = bytes[k];
            if quote != 0 {
                if c == quote {
                    quote = 0;
                }
            } else if c == b'"' || c == b'\'' {
                // Quotes only open a value after `=`.
                let prev = html[j..k].trim_end();
                if prev.ends_with('=') {
                    quote = c;
                }
            } else if c == b'>' {
                break;
            }
            k += 1;
        }
        let end = (k + 1).min(n);
        if closing {
            f(Tok::End {
                name,
                start: lt,
                end,
            });
            i = end;
            text_start = end;
            continue;
        }
        let attrs = &html[j..k.min(n)];
        let self_closing = attrs.trim_end().ends_with('/');
        let raw = RAW_TEXT.contains(&name.as_ref()) && !self_closing;
        f(Tok::Start {
            name: name.clone(),
            attrs,
            start: lt,
            end,
            self_closing,
        });
        i = end;
        text_start = end;
        if raw {
            let low = lower.get_or_insert_with(|| html.to_ascii_lowercase());
            let pat = format!("</{name}");
            let close = low[end..].find(&pat).map_or(n, |e| end + e);
            f(Tok::Raw {
                name: name.clone(),
                start: end,
                text: &html[end..close],
            });
            if close < n {
                let gt = html[close..].find('>').map_or(n, |e| close + e + 1);
                f(Tok::End {
                    name,
                    start: close,
                    end: gt,
                });
                i = gt;
            } else {
                i = n;
            }
            text_start = i;
        }
    }
    if text_start < n {
        f(Tok::Text(text_start, &html[text_start..]));
    }
}

/// A tag name in lower case (borrowed when it already is).
fn lower_name(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

static ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?"#).expect("regex")
});

/// The value of attribute `name` (lower-case) in a tag's attribute text, entities decoded.
fn attr(attrs: &str, name: &str) -> Option<String> {
    ATTR.captures_iter(attrs).find_map(|c| {
        c[1].eq_ignore_ascii_case(name).then(|| {
            let v = c
                .get(2)
                .or_else(|| c.get(3))
                .or_else(|| c.get(4))
                .map_or("", |m| m.as_str());
            decode_entities(v)
        })
    })
}

/// Tags that start a new block of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "caption"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "figure"
            | "figcaption"
            | "hr"
            | "address"
            | "details"
            | "summary"
            | "form"
            | "fieldset"
            | "center"
            | "body"
            | "html"
    )
}

/// Elements the parser closes when the same element starts again.
fn closes_previous(name: &str, open: &str) -> bool {
    match name {
        "p" | "li" | "option" | "tr" => open == name,
        "dt" | "dd" => matches!(open, "dt" | "dd"),
        "td" | "th" => matches!(open, "td" | "th"),
        _ => open == "p" && is_block(name),
    }
}

/// When elements nest deeper than `max`, the page with the deeper tags
/// removed (their text kept) and the depth found; `None` when within `max`.
fn limit_depth(html: &str, max: usize) -> Option<(String, usize)> {
    fn walk(html: &str, max: usize, mut out: Option<&mut String>) -> usize {
        // (name, kept)
        let mut stack: Vec<(Cow<'_, str>, bool)> = Vec::new();
        let mut deepest = 0;
        let mut copied = 0;
        lex(html, |t| match t {
            Tok::Start {
                name,
                start,
                end,
                self_closing,
                ..
            } => {
                if VOID.contains(&name.as_ref()) || self_closing {
                    return;
                }
                while stack
                    .last()
                    .is_some_and(|(open, _)| closes_previous(&name, open))
                {
                    stack.pop();
                }
                let kept = stack.len() < max;
                if !kept && let Some(o) = out.as_deref_mut() {
                    o.push_str(&html[copied..start]);
                    copied = end;
                }
                stack.push((name, kept));
                deepest = deepest.max(stack.len());
            }
            Tok::End { name, start, end } => {
                if let Some(pos) = stack.iter().rposition(|(n, _)| *n == name) {
                    let kept = stack[pos].1;
                    stack.truncate(pos);
                    if !kept && let Some(o) = out.as_deref_mut() {
                        o.push_str(&html[copied..start]);
                        copied = end;
                    }
                }
            }
            _ => {}
        });
        if let Some(o) = out {
            o.push_str(&html[copied..]);
        }
        deepest
    }
    let depth = walk(html, max, None);
    if depth <= max {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    walk(html, max, Some(&mut out));
    Some((out, depth))
}

// ---------------------------------------------------------------------------
// Blocks of the extracted article.

#[derive(Debug, Clone, Default, PartialEq)]
struct Block {
    /// Lines (split at single `<br>`), white space collapsed.
    lines: Vec<String>,
    /// Heading level for `<h1>`–`<h6>`.
    heading: Option<usize>,
    /// Per line: its first and last line in the HTML file, when found.
    locs: Vec<Option<[usize; 2]>>,
}

impl Block {
    fn text(&self) -> String {
        self.lines.join(" ")
    }

    /// Its lines in the HTML file, when found.
    fn span(&self) -> Option<[usize; 2]> {
        let first = self.locs.iter().flatten().next()?;
        let last = self.locs.iter().flatten().last()?;
        Some([first[0], last[1].max(first[0])])
    }
}

/// Splits rs-trafilatura's HTML into blocks.
fn html_blocks(html: &str) -> Vec<Block> {
    struct State {
        blocks: Vec<Block>,
        buf: String,
        heading: Option<usize>,
        pre: usize,
        /// A `<br>` ended the buffer, with nothing but white space since.
        after_br: bool,
        /// Inside a table row: a cell was written.
        cell: bool,
    }
    impl State {
        fn flush(&mut self) {
            let lines: Vec<String> = self
                .buf
                .split('\n')
                .map(rules::squash)
                .filter(|l| !l.is_empty())
                .collect();
            self.buf.clear();
            self.after_br = false;
            self.cell = false;
            if !lines.is_empty() {
                self.blocks.push(Block {
                    lines,
                    heading: self.heading,
                    locs: Vec::new(),
                });
            }
        }
    }
    let mut s = State {
        blocks: Vec::new(),
        buf: String::new(),
        heading: None,
        pre: 0,
        after_br: false,
        cell: false,
    };
    lex(html, |t| match t {
        Tok::Text(_, raw) => {
            let text = decode_entities(raw);
            if s.pre > 0 {
                s.buf.push_str(&text);
            } else {
                if !text.trim().is_empty() {
                    s.after_br = false;
                }
                for (i, w) in text.split(char::is_whitespace).enumerate() {
                    if i > 0 {
                        s.buf.push(' ');
                    }
                    s.buf.push_str(w);
                }
            }
        }
        Tok::Start { name, .. } => {
            let name = name.as_ref();
            if name == "br" {
                if s.after_br {
                    s.flush();
                } else {
                    s.buf.push('\n');
                    s.after_br = true;
                }
            } else if name == "td" || name == "th" {
                if s.cell {
                    s.buf.push_str(" | ");
                }
                s.cell = true;
            } else if is_block(name) {
                s.flush();
                if let Some(level) = heading_level(name) {
                    s.heading = Some(level);
                }
                if name == "pre" {
                    s.pre += 1;
                }
            } else if name == "img" {
                s.buf.push(' ');
            }
        }
        Tok::End { name, .. } => {
            let name = name.as_ref();
            if is_block(name) {
                s.flush();
                if heading_level(name).is_some() {
                    s.heading = None;
                }
                if name == "pre" {
                    s.pre = s.pre.saturating_sub(1);
                }
            }
        }
        Tok::Raw { .. } | Tok::Other => {}
    });
    s.flush();
    s.blocks
}

fn heading_level(name: &str) -> Option<usize> {
    let b = name.as_bytes();
    (b.len() == 2 && b[0] == b'h' && (b'1'..=b'6').contains(&b[1])).then(|| (b[1] - b'0') as usize)
}

/// A block this long (bytes) is checked for being several of the page's blocks run together.
const LONG_BLOCK: usize = 800;

/// A long block that is a run of the page's blocks, split into them; else the block.
fn reblock(block: Block, page: &[Block], squeezed: &[String]) -> Vec<Block> {
    let text = squeeze(&block.text());
    if block.heading.is_some() || block.text().len() <= LONG_BLOCK || text.is_empty() {
        return vec![block];
    }
    // Page blocks that could open the run, then those that follow it in order
    // (blocks the extractor left out are skipped).
    for start in 0..page.len() {
        let s = &squeezed[start];
        if s.len() < 20 || !text.starts_with(s.as_str()) {
            continue;
        }
        let mut parts = Vec::new();
        let mut pos = 0;
        let mut skipped = 0;
        for (b, s) in page[start..].iter().zip(&squeezed[start..]) {
            if pos == text.len() || skipped > 200 {
                break;
            }
            if !s.is_empty() && text[pos..].starts_with(s.as_str()) {
                pos += s.len();
                parts.push(b.clone());
                skipped = 0;
            } else {
                skipped += 1;
            }
        }
        if pos == text.len() && (parts.len() > 1 || parts[0].lines.len() > 1) {
            return parts;
        }
    }
    vec![block]
}

/// A block whose text the page does not contain as written (the extractor's
/// fallback repeats the text of nested elements) becomes the page's own
/// blocks it contains, each once and in page order.
fn dedupe_from_page(
    block: Block,
    page: &[Block],
    squeezed: &[String],
    all: &str,
    used: &mut std::collections::HashSet<usize>,
) -> Vec<Block> {
    let text = squeeze(&block.text());
    if text.is_empty() || all.contains(text.as_str()) {
        return vec![block];
    }
    // Page blocks of a few words at least ("World", "Share" are in any
    // text), each used once, in page order.
    let mut parts: Vec<Block> = Vec::new();
    for (i, (b, s)) in page.iter().zip(squeezed).enumerate() {
        if s.len() >= 12
            && rules::word_count(&b.text()) >= 3
            && !used.contains(&i)
            && text.contains(s.as_str())
        {
            used.insert(i);
            parts.push(b.clone());
        }
    }
    if parts.is_empty() { vec![block] } else { parts }
}

/// Blocks of plain text: one per non-empty line.
fn text_blocks(text: &str) -> Vec<Block> {
    text.lines()
        .map(rules::squash)
        .filter(|l| !l.is_empty())
        .map(|l| Block {
            lines: vec![l],
            heading: None,
            locs: Vec::new(),
        })
        .collect()
}

/// Whether each block is in rs-trafilatura's text output (in order).
/// Compared without spaces and punctuation: the text output splits words
/// at inline tags ("T he" for a drop cap).
fn blocks_in_text(blocks: &[Block], text: &str) -> Vec<bool> {
    let hay = squeeze(text);
    if hay.is_empty() {
        return vec![true; blocks.len()];
    }
    let mut cursor = 0;
    blocks
        .iter()
        .map(|b| {
            let needle = squeeze(&b.text());
            if needle.is_empty() {
                return false;
            }
            match hay[cursor..]
                .find(&needle)
                .map(|i| cursor + i)
                .or_else(|| hay.find(&needle))
            {
                Some(i) => {
                    cursor = i + needle.len();
                    true
                }
                None => false,
            }
        })
        .collect()
}

/// Lower-case letters and digits only.
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The first index ≥ `from` where `needle` occurs in `hay`.
fn find_seq(hay: &[u64], needle: &[u64], from: usize) -> Option<usize> {
    let first = *needle.first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    (from..=last_start).find(|&i| hay[i] == first && hay[i..i + needle.len()] == *needle)
}

// ---------------------------------------------------------------------------
// The generated Markdown and where its lines are in the page.

#[derive(Default)]
struct Generated {
    text: String,
    /// Per generated line (0-based): its text.
    lines: Vec<String>,
    /// Per generated line (0-based): its lines in the HTML file.
    locs: Vec<Option<[usize; 2]>>,
    /// Per generated line (0-based): the block it belongs to.
    block_of: Vec<Option<usize>>,
}

impl Generated {
    fn push_line(&mut self, line: &str, loc: Option<[usize; 2]>, block: Option<usize>) {
        self.text.push_str(line);
        self.text.push('\n');
        self.lines.push(line.to_string());
        self.locs.push(loc);
        self.block_of.push(block);
    }

    /// HTML lines by generated line number (1-based; index 0 unused). Lines
    /// not found take the nearest found line before them (or after, at the top).
    fn line_map(&self) -> Vec<[usize; 2]> {
        let mut map = vec![[0, 0]; self.locs.len() + 2];
        let mut last: Option<usize> = None;
        for (i, loc) in self.locs.iter().enumerate() {
            map[i + 1] = match loc {
                Some(l) => {
                    last = Some(l[1]);
                    *l
                }
                None => last.map_or([0, 0], |e| [e, e]),
            };
        }
        // Lines before the first found one take its start.
        if let Some(first) = self.locs.iter().flatten().next() {
            for m in map.iter_mut().skip(1) {
                if *m == [0, 0] {
                    *m = [first[0], first[0]];
                } else {
                    break;
                }
            }
        } else {
            for m in map.iter_mut() {
                *m = [1, 1];
            }
        }
        let n = map.len();
        map[n - 1] = map[n - 2];
        map
    }
}

/// Why a block is removed: a line of date or byline above the article.
const DATELINE: &str = "date or byline above the article";
/// Why blocks are removed: the page's tags or topics.
const TAGS: &str = "tags";
/// Why blocks are removed: the comments section.
const COMMENTS: &str = "comments";
/// Why a block is removed: an invitation to subscribe, follow or share.
const PROMOTION: &str = "call to subscribe, follow or share";

static RELATED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:great |top )?(?:\S+ ){0,2}(?:stories|news|articles|reads|coverage|videos)|related(?: \S+){0,2}|read (?:more|also|next)|recommended(?: for you| stories| reading| articles)?|more (?:from|in|on|about) .{1,40}|popular (?:on|in) .{1,40}|most (?:popular|read|viewed)|trending(?: now| stories)?|also on .{1,40}|see also|don'?t miss|(?:next|previous)(?: \S+){0,2}|latest(?: \S+){0,2}|top stories|what to read next|further reading|editor'?s picks|sponsored(?: links| content| stories)?)\W*$").expect("regex")
});

static TAGS_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:tags?|topics?|filed under|related tags|related topics|categories|category|keywords)(?:\s*[:：|]|\s+\S|$)").expect("regex")
});

static COMMENTS_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|post (?:a )?comment|add (?:a )?comment|join the (?:conversation|discussion)|reader comments|show comments|view comments|discussion)\b").expect("regex")
});

static PROMOTION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:subscribe|newsletters?|sign up|sign-up|follow (?:us|\S+(?: \S+){0,3}) on (?:twitter|facebook|instagram|youtube|linkedin|telegram)|in your inbox|download (?:our|the) app|get the \S+ app|click here|like this (?:story|article)|share (?:it|this story|this article) with|tell us what you think|have a (?:news )?tip)\b").expect("regex")
});

static DATE_OR_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:1[89]|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:updated|published|posted)\b").expect("regex")
});

static BYLINE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:by|por|von|par|di|door|av|af)\s+\S").expect("regex"));

/// A block of the article's running text (not a label, list item or heading).
fn is_body_paragraph(b: &Block) -> bool {
    let t = b.text();
    b.heading.is_none() && (rules::word_count(&t) >= 20 || t.chars().count() >= 120)
}

/// Blocks before the article's first paragraph and after its last that are
/// not the article, with why: date and byline lines above it; below it, related-article lists, tags and comments (from their heading
/// on) and calls to subscribe, follow or share.
fn edge_noise(blocks: &[&Block]) -> Vec<Option<&'static str>> {
    let mut why = vec![None; blocks.len()];
    let Some(first) = blocks.iter().position(|b| is_body_paragraph(b)) else {
        return why;
    };
    let last = blocks
        .iter()
        .rposition(|b| is_body_paragraph(b))
        .unwrap_or(first);
    for (i, b) in blocks[..first].iter().enumerate() {
        let t = b.text();
        let words = rules::word_count(&t);
        if b.heading.is_some() || rules::ends_sentence(&t) && !t.ends_with(':') {
            continue;
        }
        // Lines the text cleaner reads as byline or date are left to it.
        if meta::byline(&t).is_some() || meta::date_line(&t).is_some() {
            continue;
        }
        if words <= 12 && (DATE_OR_TIME.is_match(&t) || BYLINE_START.is_match(&t)) {
            why[i] = Some(DATELINE);
        }
    }
    let mut section: Option<&'static str> = None;
    for (i, b) in blocks.iter().enumerate().skip(last + 1) {
        let t = b.text();
        let words = rules::word_count(&t);
        if section.is_none() && words <= 8 {
            if RELATED_HEAD.is_match(&t) {
                section = Some(rules::reason::RELATED);
            } else if COMMENTS_HEAD.is_match(&t) {
                section = Some(COMMENTS);
            } else if TAGS_HEAD.is_match(&t) {
                section = Some(TAGS);
            }
        }
        if let Some(s) = section {
            why[i] = Some(s);
        } else if words <= 50 && PROMOTION_RE.is_match(&t) {
            why[i] = Some(PROMOTION);
        }
    }
    why
}

/// Markdown that the cleaner would misread in a text line is escaped.
fn escape_line(line: &str) -> String {
    static HEADINGISH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s{0,3}#{1,6}(?:\s|$)").expect("regex"));
    if HEADINGISH.is_match(line) {
        format!("\\{line}")
    } else {
        line.to_string()
    }
}

fn escape_heading(line: &str) -> String {
    line.trim_end_matches('#').trim_end().to_string()
}

// ---------------------------------------------------------------------------
// The page's visible text, for line numbers.

struct Scan<'a> {
    html: &'a str,
    /// Visible text segments (byte offset, raw text).
    texts: Vec<(usize, &'a str)>,
    /// JSON-LD script contents.
    json_ld: Vec<&'a str>,
    /// `<meta>` tags: (key, content), key lower-case from name/property/itemprop.
    metas: Vec<(String, String)>,
    /// `<time itemprop="datePublished">` and similar microdata values.
    itemprop_dates: Vec<String>,
    /// `<link rel="canonical">`.
    canonical: Option<String>,
}

fn scan_page(html: &str) -> Scan<'_> {
    let mut s = Scan {
        html,
        texts: Vec::new(),
        json_ld: Vec::new(),
        metas: Vec::new(),
        itemprop_dates: Vec::new(),
        canonical: None,
    };
    let mut pending_ld = false;
    lex(html, |t| match t {
        Tok::Text(off, raw) => s.texts.push((off, raw)),
        Tok::Start { name, attrs, .. } => match name.as_ref() {
            "meta" => {
                let key = attr(attrs, "property")
                    .or_else(|| attr(attrs, "name"))
                    .or_else(|| attr(attrs, "itemprop"));
                if let (Some(k), Some(c)) = (key, attr(attrs, "content")) {
                    s.metas.push((k.to_lowercase(), c));
                }
            }
            "link" => {
                if s.canonical.is_none()
                    && attr(attrs, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                {
                    s.canonical = attr(attrs, "href");
                }
            }
            "script" => {
                pending_ld = attr(attrs, "type").is_some_and(|t| t.contains("ld+json"));
            }
            _ => {
                if attrs.contains("atePublished")
                    && attr(attrs, "itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                    && let Some(v) = attr(attrs, "datetime").or_else(|| attr(attrs, "content"))
                {
                    s.itemprop_dates.push(v);
                }
            }
        },
        Tok::Raw { name, start, text } => {
            if name == "script" && pending_ld {
                s.json_ld.push(text);
            } else if name == "title" {
                s.texts.push((start, text));
            }
            pending_ld = false;
        }
        _ => {}
    });
    s
}

/// Words of the page's visible text (hashed) with their line numbers.
struct SourceIndex {
    words: Vec<u64>,
    lines: Vec<usize>,
}

impl SourceIndex {
    fn new(scan: &Scan<'_>) -> Self {
        let mut words = Vec::new();
        let mut lines = Vec::new();
        let mut line = 1;
        let mut pos = 0;
        let bytes = scan.html.as_bytes();
        for &(off, raw) in &scan.texts {
            line += bytes[pos..off].iter().filter(|&&b| b == b'\n').count();
            pos = off;
            let text = decode_entities(raw);
            let mut l = line;
            for_each_token(&text, |t, newlines| {
                l += newlines;
                words.push(hash(t));
                lines.push(l);
            });
        }
        SourceIndex { words, lines }
    }

    /// Where the words `toks` are: (first line, last line, word index after
    /// them), searching from word `from` on, then from the start.
    fn locate(&self, toks: &[u64], from: usize) -> Option<(usize, usize, usize)> {
        if toks.is_empty() {
            return None;
        }
        let k = toks.len().min(5);
        let head = &toks[..k];
        let start = find_seq(&self.words, head, from).or_else(|| find_seq(&self.words, head, 0))?;
        let tail = &toks[toks.len() - k..];
        let guess = start + toks.len() - k;
        let end = if self.words.get(guess..guess + k) == Some(tail) {
            guess
        } else {
            find_seq(&self.words, tail, start).unwrap_or(start)
        };
        let last = (end + k - 1).min(self.words.len() - 1);
        Some((self.lines[start], self.lines[last], last + 1))
    }
}

/// Calls `f` with each word (a run of letters, digits and `_`) and the
/// number of newlines since the previous word.
fn for_each_token(text: &str, mut f: impl FnMut(&str, usize)) {
    let mut newlines = 0;
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '_' {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                f(&text[s..i], newlines);
                newlines = 0;
            }
            if c == '\n' {
                newlines += 1;
            }
        }
    }
    if let Some(s) = start {
        f(&text[s..], newlines);
    }
}

/// FNV-1a: words are compared by hash.
fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn tokens(text: &str) -> Vec<u64> {
    let mut v = Vec::new();
    for_each_token(text, |t, _| v.push(hash(t)));
    v
}

/// Lower-case words, for comparing titles and descriptions.
fn norm(s: &str) -> String {
    let mut out = String::new();
    for_each_token(s, |t, _| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&t.to_lowercase());
    });
    out
}

/// The same words, ignoring case and punctuation.
fn same_text(a: &str, b: &str) -> bool {
    let a = norm(a);
    !a.is_empty() && a == norm(b)
}

// ---------------------------------------------------------------------------
// Metadata from JSON-LD and meta tags.

#[derive(Debug, Default)]
struct PageMeta {
    date: Option<chrono::NaiveDate>,
    authors: Option<Vec<String>>,
}

/// A date as the page writes it (no time-zone shift); placeholders such as
/// 0001-01-01 are not dates.
fn page_date(s: &str) -> Option<chrono::NaiveDate> {
    use chrono::Datelike;
    meta::parse_date(s).filter(|d| (1900..=2200).contains(&d.year()))
}

/// Meta tags that state when the article was published, most specific first.
const PUBLISHED_META: [&str; 20] = [
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "article.published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publish_date",
    "publishdate",
    "date",
];

/// Meta tags that state when the article was last changed (used only without the above).
const MODIFIED_META: [&str; 4] = [
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
];

const AUTHOR_META: [&str; 6] = [
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
];

impl PageMeta {
    fn from_scan(scan: &Scan<'_>, url: Option<&str>) -> PageMeta {
        let page_url = scan.canonical.as_deref().or(url);
        let article = main_article(&scan.json_ld, page_url);
        let meta = |keys: &[&str]| -> Option<chrono::NaiveDate> {
            keys.iter().find_map(|k| {
                scan.metas
                    .iter()
                    .filter(|(key, _)| key == k)
                    .find_map(|(_, v)| page_date(v))
            })
        };
        let ld_date = |key: &str| {
            article
                .as_ref()
                .and_then(|a| a.get(key))
                .and_then(|v| v.as_str())
                .and_then(page_date)
        };
        let date = ld_date("datePublished")
            .or_else(|| ld_date("dateCreated"))
            .or_else(|| meta(&PUBLISHED_META))
            .or_else(|| scan.itemprop_dates.iter().find_map(|d| page_date(d)))
            .or_else(|| ld_date("dateModified"))
            .or_else(|| meta(&MODIFIED_META));

        let mut authors = article
            .as_ref()
            .and_then(|a| a.get("author").or_else(|| a.get("creator")))
            .map(ld_people)
            .filter(|a| !a.is_empty());
        if authors.is_none() {
            authors = AUTHOR_META.iter().find_map(|k| {
                scan.metas
                    .iter()
                    .filter(|(key, _)| key == k)
                    .map(|(_, v)| author_list(v))
                    .find(|v| !v.is_empty())
            });
        }
        PageMeta { date, authors }
    }
}

static AUTHOR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by\s*:?\s+|(?:text|words|story|текст|автор|autor|auteur)\s*[:：]\s*)")
        .expect("regex")
});

static JOB_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:writers?|correspondents?|reporters?|editors?|columnists?|contributors?)$")
        .expect("regex")
});

/// Authors named in a metadata value: "By JANE DOE, AP Political Writer\n 1 day
/// ago" → ["JANE DOE"]. Labels, job titles, URLs and handles are not names.
fn author_list(s: &str) -> Vec<String> {
    let first = s
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let s = rules::squash(first);
    let s = AUTHOR_LABEL.replace(&s, "");
    if s.contains("://") || s.starts_with('@') || s.starts_with("www.") || s.contains('{') {
        return Vec::new();
    }
    meta::split_authors(&s)
        .into_iter()
        .filter(|a| !JOB_TITLE.is_match(a) && !a.contains(['(', ')']) && !a.contains("://"))
        .collect()
}

/// Names of the people in a JSON-LD `author` value (organizations are not authors).
fn ld_people(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |name: &str| {
        for a in author_list(name) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    };
    match v {
        serde_json::Value::String(s) => push(s),
        serde_json::Value::Array(items) => {
            for item in items {
                for n in ld_people(item) {
                    push(&n);
                }
            }
        }
        serde_json::Value::Object(o) => {
            let org = o
                .get("@type")
                .and_then(|t| t.as_str())
                .is_some_and(|t| t.contains("Organization"));
            if !org && let Some(n) = o.get("name").and_then(|n| n.as_str()) {
                push(n);
            }
        }
        _ => {}
    }
    out
}

fn ld_types(o: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    match o.get("@type") {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article") || t.ends_with("Posting") || t == "Report" || t == "Blog"
}

/// The JSON-LD object of the page's own article: among the articles at the
/// top level, in `@graph` or as a web page's `mainEntity` (not those in lists
/// of related articles), the one whose URL is the page's, else the first.
fn main_article(
    scripts: &[&str],
    page_url: Option<&str>,
) -> Option<serde_json::Map<String, serde_json::Value>> {
    fn collect(
        v: &serde_json::Value,
        out: &mut Vec<serde_json::Map<String, serde_json::Value>>,
        depth: usize,
    ) {
        if depth > 4 {
            return;
        }
        match v {
            serde_json::Value::Array(a) => {
                for x in a {
                    collect(x, out, depth + 1);
                }
            }
            serde_json::Value::Object(o) => {
                if ld_types(o).iter().any(|t| is_article_type(t)) {
                    out.push(o.clone());
                }
                for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                    if let Some(x) = o.get(key) {
                        collect(x, out, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    for s in scripts {
        let s = s
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim()
            .trim_start_matches("//<![CDATA[")
            .trim_end_matches("//]]>")
            .trim();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(s) {
            collect(&v, &mut found, 0);
        }
    }
    if found.len() > 1
        && let Some(page) = page_url.map(url_key)
    {
        let matches = |o: &serde_json::Map<String, serde_json::Value>| {
            ["url", "@id", "mainEntityOfPage"].iter().any(|k| {
                let v = match o.get(*k) {
                    Some(serde_json::Value::String(s)) => Some(s.as_str()),
                    Some(serde_json::Value::Object(m)) => m.get("@id").and_then(|x| x.as_str()),
                    _ => None,
                };
                v.is_some_and(|u| url_key(u) == page)
            })
        };
        if let Some(i) = found.iter().position(matches) {
            return Some(found.swap_remove(i));
        }
    }
    found.into_iter().next()
}

/// A URL without scheme, `www.`, query, fragment and trailing slash.
fn url_key(u: &str) -> String {
    let u = u.split(['?', '#']).next().unwrap_or(u);
    let u = u.split("://").nth(1).unwrap_or(u);
    u.trim_start_matches("www.")
        .trim_end_matches('/')
        .to_lowercase()
}

// ---------------------------------------------------------------------------
// Entities.

/// Latin-1 entity names, U+00A0 to U+00FF.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

const OTHER_ENTITIES: [(&str, char); 30] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("hellip", '…'),
    ("bull", '•'),
    ("prime", '′'),
    ("Prime", '″'),
    ("euro", '€'),
    ("trade", '™'),
    ("minus", '−'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("dagger", '†'),
];

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(v).filter(|&c| c != '\0');
    }
    if let Some(i) = LATIN1.iter().position(|&n| n == name) {
        return char::from_u32(0xA0 + i as u32);
    }
    OTHER_ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| c)
}

/// Decodes character references (`&amp;`, `&#8217;`, `&eacute;` …).
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|(j, c)| (j, c == ';'));
        match end {
            Some((j, true)) if j > 0 => match entity(&after[..j]) {
                Some(c) => {
                    out.push(c);
                    rest = &after[j + 1..];
                }
                None => {
                    out.push('&');
                    rest = after;
                }
            },
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod dedupe_tests {
    use super::*;

    #[test]
    fn paragraphs_left_outside_the_article_are_recorded() {
        let body = "<p>Russia has a military base in Gyumri, and the government in Yerevan says it relies on it for its security in the region.</p>".repeat(6);
        let page = format!(
            "<html><head><title>Russia and Armenia</title></head><body>\
             <nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>\
             <article><h1>Russia and Armenia</h1>{body}</article>\
             <aside><p>Comments: I have lived in Gyumri for twenty years and never once saw the base do anything for the people who live next to it.</p></aside>\
             </body></html>"
        );
        let ctx = Context {
            display_path: "a.html".into(),
            ..Default::default()
        };
        let doc = ingest(&page, &ctx).unwrap();
        let outside: Vec<&Removed> = doc.removed.iter().filter(|r| r.reason == OUTSIDE).collect();
        assert_eq!(outside.len(), 1, "{:#?}", doc.removed);
        assert!(outside[0].text.contains("twenty years"));
        assert!(outside[0].lines[0] >= 1);
        // The menu is too short to be a paragraph: not listed.
        assert!(!doc.removed.iter().any(|r| r.text.contains("Home World")));
    }

    #[test]
    fn nested_elements_are_not_repeated() {
        for page in [
            "<html><body><div><div><div>Russia is an ally of Armenia, the ministry said in a statement.</div></div></div></body></html>",
            "<html><head><title>X</title></head><body><div><div><div>Russia is an ally of Armenia, the ministry said in a statement.</div></div></div></body></html>",
        ] {
            let ctx = Context {
                display_path: "a.html".into(),
                ..Default::default()
            };
            let doc = ingest(page, &ctx).unwrap();
            let text: String = doc
                .paragraphs
                .iter()
                .map(|p| p.text.clone())
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(text.matches("Russia is an ally").count(), 1, "{text}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ingest_str(html: &str) -> Document {
        ingest(
            html,
            &Context {
                display_path: "page.html".into(),
                ..Default::default()
            },
        )
        .unwrap()
    }

    const LOREM: &str = "The talks in Moscow ended without an agreement on the corridor, and both delegations said they would return next month to continue the negotiations.";

    fn page(head: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html>\n<head>\n<title>Talks end without a deal</title>\n{head}\n</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>\n<article>\n<h1>Talks end without a deal</h1>\n{body}\n</article>\n<footer><p>Copyright 2024 Example News. All rights reserved.</p><p><a href=\"/privacy\">Privacy policy</a></p></footer>\n</body>\n</html>\n"
        )
    }

    fn body_paragraphs(n: usize) -> String {
        (0..n)
            .map(|i| format!("<p>Paragraph {i}: {LOREM}</p>\n"))
            .collect()
    }

    #[test]
    fn paragraphs_are_split_and_located() {
        let html = page("", &body_paragraphs(4));
        let d = ingest_str(&html);
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[0].starts_with("Paragraph 0: The talks"));
        assert!(texts[3].starts_with("Paragraph 3: The talks"));
        // Lines are lines of the HTML file.
        for p in &d.paragraphs {
            let line = html.lines().nth(p.lines[0] - 1).unwrap();
            assert!(line.contains(&p.text[..20]), "{:?} vs {line}", p.lines);
        }
        assert_eq!(d.title.as_deref(), Some("Talks end without a deal"));
        assert_eq!(d.provenance["title"], Provenance::HtmlMetadata);
        assert_eq!(d.format, Format::Html);
    }

    #[test]
    fn headings_are_kept_and_marked() {
        let body = format!(
            "{}<h2>What comes next</h2>\n{}",
            body_paragraphs(2),
            body_paragraphs(2)
        );
        let html = page("", &body);
        let d = ingest_str(&html);
        // The headline repeated in the body is metadata, found at its <h1>.
        assert!(
            d.metadata.iter().any(|m| m.field == "title"
                && html.lines().nth(m.lines[0] - 1).unwrap().contains("<h1>")),
            "{:?}",
            d.metadata
        );
        let h: Vec<&str> = d
            .paragraphs
            .iter()
            .filter(|p| p.heading)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(h, vec!["What comes next"]);
        assert_eq!(d.paragraphs.len(), 5);
        assert!(d.paragraphs[2].heading);
        // The headline is metadata, not a paragraph.
        assert!(
            d.paragraphs
                .iter()
                .all(|p| p.text != "Talks end without a deal")
        );
    }

    #[test]
    fn nav_and_footer_are_not_in_the_body() {
        let d = ingest_str(&page("", &body_paragraphs(3)));
        for p in &d.paragraphs {
            assert!(!p.text.contains("Copyright"), "{}", p.text);
            assert!(!p.text.contains("Privacy"), "{}", p.text);
            assert!(p.text != "Home" && p.text != "World", "{}", p.text);
        }
    }

    #[test]
    fn json_ld_date_and_author_of_the_main_article() {
        let head = r#"<link rel="canonical" href="https://news.example.com/2024/05/02/talks">
<meta property="article:published_time" content="2024-05-01T23:30:00-04:00">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","@id":"https://news.example.com/2024/05/02/talks"},
 {"@type":"NewsArticle","url":"https://news.example.com/other","datePublished":"2019-01-01","author":{"@type":"Person","name":"Other Writer"}},
 {"@type":"NewsArticle","mainEntityOfPage":"https://news.example.com/2024/05/02/talks/","headline":"Talks end without a deal","datePublished":"2024-05-02T09:00:00+03:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"},{"@type":"Organization","name":"Example News"}]}
]}
</script>
<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2018-03-03","author":"Someone Else"}]}</script>"#;
        let d = ingest_str(&page(head, &body_paragraphs(3)));
        assert_eq!(d.date.unwrap().to_string(), "2024-05-02");
        assert_eq!(d.provenance["date"], Provenance::HtmlMetadata);
        assert_eq!(d.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(d.provenance["author"], Provenance::HtmlMetadata);
    }

    #[test]
    fn meta_published_time_is_taken_as_written() {
        let head = r#"<meta property="article:modified_time" content="2024-06-10T10:00:00Z">
<meta property="article:published_time" content="2024-05-01T23:30:00-04:00">
<meta name="author" content="By Jane Doe">"#;
        let d = ingest_str(&page(head, &body_paragraphs(3)));
        // Not shifted to UTC (which would be May 2), not the modification date.
        assert_eq!(d.date.unwrap().to_string(), "2024-05-01");
        assert_eq!(d.authors, vec!["Jane Doe"]);
    }

    #[test]
    fn description_repeated_in_a_heading_is_the_subtitle() {
        let desc = "Negotiators from both countries met for three days in Moscow but could not agree on the corridor.";
        let head = format!("<meta name=\"description\" content=\"{desc}\">");
        let body = format!("<h2>{desc}</h2>\n{}", body_paragraphs(3));
        let d = ingest_str(&page(&head, &body));
        assert_eq!(d.subtitle.as_deref(), Some(desc));
        assert!(d.paragraphs.iter().all(|p| p.text != desc));
        assert_eq!(d.paragraphs.len(), 3);
        assert!(d.metadata.iter().any(|m| m.field == "subtitle"));
        // A first paragraph the description quotes stays in the body.
        let body = format!("<p>{desc}</p>\n{}", body_paragraphs(3));
        let d = ingest_str(&page(&head, &body));
        assert_eq!(d.paragraphs[0].text, desc);
        assert_eq!(d.paragraphs.len(), 4);
    }

    #[test]
    fn line_breaks_and_lists() {
        let body = format!(
            "{}<p>First line of a poem<br>second line of it<br><br>A new stanza here, with more words in it than that.</p>\n<ul><li>One item of the list that is long enough.</li><li>Another item of the list, also long enough.</li></ul>\n{}",
            body_paragraphs(2),
            body_paragraphs(1)
        );
        let d = ingest_str(&page("", &body));
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts.contains(&"First line of a poem second line of it"),
            "{texts:?}"
        );
        assert!(texts.contains(&"A new stanza here, with more words in it than that."));
        assert!(texts.contains(&"One item of the list that is long enough."));
        assert!(texts.contains(&"Another item of the list, also long enough."));
    }

    #[test]
    fn deeply_nested_page_is_safe() {
        let html = "<div>".repeat(10_000) + "text" + &"</div>".repeat(10_000);
        let start = std::time::Instant::now();
        let r = ingest(&html, &Context::default());
        assert!(start.elapsed().as_secs() < 60, "took {:?}", start.elapsed());
        let d = r.unwrap();
        assert!(
            d.warnings.iter().any(|w| w.contains("flattened")),
            "{:?}",
            d.warnings
        );
    }

    #[test]
    fn deeply_nested_inline_elements_are_safe() {
        let html = page(
            "",
            &("<b>".repeat(20_000) + &body_paragraphs(3) + &"</b>".repeat(20_000)),
        );
        let r = ingest(&html, &Context::default());
        assert!(r.is_ok());
    }

    #[test]
    fn blocks_stay_paragraphs_and_repeated_subheadings_stay() {
        let mut body = String::new();
        for i in 0..3 {
            body.push_str(&format!(
                "<h3>Serving suggestion</h3>\n<p>Part {i} of the recipe has no full stop at the end but is long enough to be a paragraph of its own</p>\n<p>and this one starts in lower case, yet it is its own block in the page too.</p>\n"
            ));
        }
        let d = ingest_str(&page("", &body));
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 9, "{texts:?}");
        assert_eq!(
            d.paragraphs.iter().filter(|p| p.heading).count(),
            3,
            "{texts:?}"
        );
        assert!(texts[1].starts_with("Part 0"));
        assert!(texts[2].starts_with("and this one"));
        assert!(d.removed.is_empty(), "{:?}", d.removed);
    }

    #[test]
    fn related_lists_tags_and_datelines_are_removed() {
        let body = format!(
            "<p>Updated 11:06am, Nov 20 2019</p>\n{}<p>Sign up for our newsletter to get the news in your inbox.</p>\n<h3>You may also like</h3>\n<ul><li><a href=\"/a\">Another story about the talks</a></li><li><a href=\"/b\">A third story</a></li></ul>\n<p>Tags: Moscow, Talks</p>\n",
            body_paragraphs(3)
        );
        let d = ingest_str(&page("", &body));
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        let reasons: Vec<&str> = d.removed.iter().map(|r| r.reason.as_str()).collect();
        assert!(reasons.contains(&DATELINE), "{reasons:?}");
        assert!(reasons.contains(&PROMOTION), "{reasons:?}");
        assert!(reasons.contains(&rules::reason::RELATED), "{reasons:?}");
        // Removed text keeps its place in the HTML file.
        assert!(d.removed.iter().all(|r| r.lines[0] > 0));
    }

    #[test]
    fn depth_limit_keeps_text_and_shallow_pages() {
        assert_eq!(limit_depth("<div><p>a</p><p>b</div>", 5), None);
        // Unclosed <p> and <li> do not nest.
        let flat = "<p>x".repeat(1000);
        assert_eq!(limit_depth(&flat, 5), None);
        let deep = "<div>".repeat(10) + "text" + &"</div>".repeat(10);
        let (out, depth) = limit_depth(&deep, 3).unwrap();
        assert_eq!(depth, 10);
        assert_eq!(out, "<div><div><div>text</div></div></div>");
    }

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("Caf&eacute; &amp; &#8220;bar&#x201D; &nbsp;&unknown; a&b"),
            "Café & “bar” \u{a0}&unknown; a&b"
        );
    }

    #[test]
    fn tokenizer_finds_tags_text_and_scripts() {
        let mut seen = Vec::new();
        lex(
            "a<p class='x>y'>b</p><!-- c --><script>if (a<b) {}</script>d",
            |t| {
                seen.push(match t {
                    Tok::Text(_, s) => format!("text {s}"),
                    Tok::Start { name, .. } => format!("start {name}"),
                    Tok::End { name, .. } => format!("end {name}"),
                    Tok::Raw { text, .. } => format!("raw {text}"),
                    Tok::Other => "other".into(),
                })
            },
        );
        assert_eq!(
            seen,
            vec![
                "text a",
                "start p",
                "text b",
                "end p",
                "other",
                "start script",
                "raw if (a<b) {}",
                "end script",
                "text d"
            ]
        );
    }
}
