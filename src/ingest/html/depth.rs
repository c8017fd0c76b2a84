//! The guard against deep nesting, run before any parser sees the page.
//! html5ever takes time quadratic in the nesting depth (10,000 nested
//! `<div>` take 1.4 s to parse, 40,000 take 21 s) and rs-trafilatura
//! recurses over the tree, so the guard cannot itself be a parse: it is a
//! linear scan of the page's tags (passing over comments and the content of
//! scripts and styles) that finds the depth and, past the limit, drops the
//! deeper tags, keeping their text.

use std::borrow::Cow;

use super::blocks::is_block;

/// A start or end tag of the page.
struct Tag<'a> {
    /// Lower-case name.
    name: Cow<'a, str>,
    /// Byte range of the tag.
    start: usize,
    end: usize,
    closing: bool,
    /// A start tag ending in `/>`.
    self_closing: bool,
}

/// Elements whose content is text up to their end tag.
const RAW_TEXT: [&str; 9] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Elements without content or end tag.
const VOID: [&str; 15] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Calls `f` for each start and end tag of `html`, in order.
fn for_each_tag<'a>(html: &'a str, mut f: impl FnMut(Tag<'a>)) {
    let bytes = html.as_bytes();
    let mut lower: Option<String> = None;
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let lt = i + off;
        let next = bytes.get(lt + 1).copied().unwrap_or(0);
        let closing = next == b'/' && bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic);
        i = if next == b'!' || next == b'?' {
            declaration_end(html, lt)
        } else if closing || next.is_ascii_alphabetic() {
            let tag = read_tag(html, lt, closing);
            let raw = !closing && !tag.self_closing && RAW_TEXT.contains(&tag.name.as_ref());
            let end = tag.end;
            let name = raw.then(|| format!("</{}", tag.name));
            f(tag);
            match name {
                Some(close) => {
                    let low = lower.get_or_insert_with(|| html.to_ascii_lowercase());
                    low[end..].find(&close).map_or(html.len(), |e| end + e)
                }
                None => end,
            }
        } else {
            lt + 1
        };
    }
}

/// The end of the comment, doctype or processing instruction at `lt`.
fn declaration_end(html: &str, lt: usize) -> usize {
    if html[lt..].starts_with("<!--") {
        html[lt + 4..]
            .find("-->")
            .map_or(html.len(), |e| lt + 4 + e + 3)
    } else {
        html[lt..].find('>').map_or(html.len(), |e| lt + e + 1)
    }
}

/// The tag at `lt`; its end skips `>` in quoted attribute values.
fn read_tag(html: &str, lt: usize, closing: bool) -> Tag<'_> {
    let bytes = html.as_bytes();
    let name_start = lt + 1 + usize::from(closing);
    let name_len = bytes[name_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
        .count();
    let name_end = name_start + name_len;
    let raw_name = &html[name_start..name_end];
    let name = if raw_name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(raw_name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(raw_name)
    };
    let mut quote = 0u8;
    let mut k = name_end;
    while k < bytes.len() {
        let c = bytes[k];
        if quote != 0 {
            quote = if c == quote { 0 } else { quote };
        } else if (c == b'"' || c == b'\'') && html[name_end..k].trim_end().ends_with('=') {
            // Quotes only open a value after `=`.
            quote = c;
        } else if c == b'>' {
            break;
        }
        k += 1;
    }
    Tag {
        name,
        start: lt,
        end: (k + 1).min(bytes.len()),
        closing,
        self_closing: html[name_end..k.min(bytes.len())].trim_end().ends_with('/'),
    }
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
pub(super) fn limit_depth(html: &str, max: usize) -> Option<(String, usize)> {
    let depth = nest(html, max, None);
    if depth <= max {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    nest(html, max, Some(&mut out));
    Some((out, depth))
}

/// The deepest nesting of `html`; with `out`, writes the page without the
/// tags deeper than `max`.
fn nest(html: &str, max: usize, mut out: Option<&mut String>) -> usize {
    // (name, kept)
    let mut stack: Vec<(Cow<'_, str>, bool)> = Vec::new();
    let mut deepest = 0;
    let mut copied = 0;
    let mut drop_tag = |t: &Tag<'_>| {
        if let Some(o) = out.as_deref_mut() {
            o.push_str(&html[copied..t.start]);
            copied = t.end;
        }
    };
    for_each_tag(html, |t| {
        if t.closing {
            if let Some(pos) = stack.iter().rposition(|(n, _)| *n == t.name) {
                if !stack[pos].1 {
                    drop_tag(&t);
                }
                stack.truncate(pos);
            }
            return;
        }
        if VOID.contains(&t.name.as_ref()) || t.self_closing {
            return;
        }
        while stack
            .last()
            .is_some_and(|(open, _)| closes_previous(&t.name, open))
        {
            stack.pop();
        }
        let kept = stack.len() < max;
        if !kept {
            drop_tag(&t);
        }
        deepest = deepest.max(stack.len() + 1);
        stack.push((t.name, kept));
    });
    if let Some(o) = out {
        o.push_str(&html[copied..]);
    }
    deepest
}
