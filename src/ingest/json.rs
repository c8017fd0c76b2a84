//! An article saved as JSON: what a site's API answers (WordPress's
//! `/wp-json/wp/v2/posts`, a Ghost or other CMS's article), a Reddit
//! thread's `.json`, an extractor's JSON output (trafilatura `--json`,
//! Readability's `parse()`, newspaper's), a page's JSON-LD `NewsArticle`.
//!
//! The article is the first object, in the order the file writes them,
//! whose body field (`content`, `articleBody`, `text`, `selftext`,
//! `body` …, as a string or as WordPress's `{"rendered": …}`) holds
//! [`MIN_BODY_WORDS`] words or more; else the object with the longest
//! body. A body written in HTML (also escaped, as Reddit's `*_html`
//! fields are) is read as an HTML page, a plain one as text. Its title,
//! writers, date and address come from the object's fields, or from the
//! fields nested in it (WordPress's `_embedded.author`, Yoast's
//! `yoast_head_json`), and fill only what the body itself does not say (a
//! Reddit post's author is who pasted the article, not who wrote it).
//! The bodies of the other objects (a thread's comments) are recorded as
//! removed, outside the article.
//!
//! An export that holds an article as many short texts instead (a
//! thread's posts, a reader's highlights of a page, an outliner's
//! blocks) is read by the readers of [`fragments`] when these hold more
//! text than the body found so: a JSON article read by its bodies reads
//! as before.
//!
//! The lines of a paragraph are the lines of the JSON file the article's
//! object spans: the body is one JSON string, with no lines of its own
//! (a paragraph made of fragments has the lines of its strings).

use serde_json::{Map, Value};

mod annotations;
mod fragments;
mod outline;
mod social;

use super::rules::Reason;
use super::{Removed, meta};
use crate::error::{Error, Location, Result};

/// Words a body needs for its object to be the article when it comes
/// first (a comment or an excerpt above the article has fewer).
const MIN_BODY_WORDS: usize = 40;

/// Words a `description` needs to be a body ([`long_description`]).
const MIN_DESCRIBED_WORDS: usize = 120;

/// Words another object's body needs to be recorded as removed (ids,
/// slugs and labels are not text).
const MIN_OTHER_WORDS: usize = 4;

/// Fields that hold an article's body, lower case, without `_` or `-`.
const BODY_KEYS: [&str; 16] = [
    "articlebody",
    "content",
    "contenthtml",
    "body",
    "bodyhtml",
    "html",
    "text",
    "textcontent",
    "selftext",
    "selftexthtml",
    "plaintext",
    "rawtext",
    "fulltext",
    "maintext",
    "article",
    "story",
];

/// Fields of a headline, in the order they are trusted.
const TITLE_KEYS: [&str; 4] = ["headline", "headlines", "title", "ogtitle"];

/// Fields of a standfirst.
const SUBTITLE_KEYS: [&str; 4] = ["subtitle", "subheadline", "dek", "standfirst"];

/// Fields of writers.
const AUTHOR_KEYS: [&str; 10] = [
    "by",
    "authors",
    "author",
    "byline",
    "authorname",
    "creator",
    "writtenby",
    // A news agency's API names its writer so ("reporter": "…").
    "reporter",
    "reporters",
    "writer",
];

/// Fields of the publication date, in the order they are trusted.
const DATE_KEYS: [&str; 16] = [
    "datepublished",
    "firstpublishdate",
    "displaydate",
    "publishedat",
    "publishedtime",
    "articlepublishedtime",
    "publishdate",
    "pubdate",
    "published",
    "date",
    "dategmt",
    "createdat",
    "createdutc",
    "created",
    "datecreated",
    "firstpublished",
];

/// Fields of the article's address.
const URL_KEYS: [&str; 6] = [
    "canonicalurl",
    "canonical",
    "link",
    "url",
    "permalink",
    "ogurl",
];

/// What the JSON says of the article.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Article {
    /// The body, as HTML or as text.
    pub(crate) body: Body,
    pub(crate) title: Option<String>,
    pub(crate) subtitle: Option<String>,
    pub(crate) authors: Vec<String>,
    /// The date as written (an ISO date, or seconds since 1970).
    pub(crate) date: Option<chrono::NaiveDate>,
    pub(crate) url: Option<String>,
    /// The bodies of the other objects (comments), removed.
    pub(crate) others: Vec<Removed>,
    /// The lines of the file the article's object spans.
    pub(crate) lines: [usize; 2],
    /// Per line of an HTML body, the lines of the file it was read from
    /// (a page made of a file's elements, each written on a line of its
    /// own); empty: every line is the article's [`Article::lines`].
    pub(crate) line_map: Vec<[usize; 2]>,
}

/// An article's body.
#[derive(Debug, Default, PartialEq)]
pub(crate) enum Body {
    /// HTML, unescaped.
    Html(String),
    /// Plain text or Markdown.
    Text(String),
    #[default]
    None,
}

/// Whether `text` may be JSON: `.json` files, and texts that open with
/// `{` or `[` and close with `}` or `]`.
pub(crate) fn may_be_json(name: &str, text: &str) -> bool {
    let n = name.as_bytes();
    let named =
        (n.len() >= 5 && n[n.len() - 5..].eq_ignore_ascii_case(b".json")) || lines_named(name);
    let t = text.trim();
    named || ((t.starts_with('{') && t.ends_with('}')) || (t.starts_with('[') && t.ends_with(']')))
}

/// The article of a JSON text. A `.json` file (`named_json`) that does not
/// parse, or holds no body, is an error with its place; another text that
/// does not parse is `None` (a text that happens to open with a bracket).
pub(crate) fn article(text: &str, named_json: bool, display: &str) -> Result<Option<Article>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) if !named_json => return Ok(None),
        Err(e) => return Err(parse_error(text, &e, display)),
    };
    article_of(value, text, named_json, display)
}

/// Whether `name` is a file of JSON Lines (`.jsonl`, `.ndjson`): one
/// value to a line, as exports of chats and crawls write them (Mattermost's
/// bulk export, a crawler's pages).
pub(crate) fn lines_named(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".jsonl") || lower.ends_with(".ndjson")
}

/// The article of a file of JSON Lines: its values read as one list. A
/// line that does not parse is an error with its line and column.
pub(crate) fn lines_article(text: &str, display: &str) -> Result<Option<Article>> {
    let mut values = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let at = start;
        start += line.len();
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => values.push(v),
            Err(e) => {
                // Placed in the whole file: the error's line is this one.
                let before = text[..at].matches('\n').count();
                let padded = format!("{}{line}", "\n".repeat(before));
                let e = serde_json::from_str::<Value>(&padded).err().unwrap_or(e);
                return Err(parse_error_of(text, &e, display, "JSON Lines").hint(
                    "a .jsonl file holds one JSON value to a line; check the file is whole, or save the article as .txt or .html",
                ));
            }
        }
    }
    article_of(Value::Array(values), text, true, display)
}

/// The article of a parsed JSON value (see [`article`]).
fn article_of(
    value: Value,
    text: &str,
    named_json: bool,
    display: &str,
) -> Result<Option<Article>> {
    let mut value = value;
    if text.contains("\\u00") {
        utf8_from_latin1_escapes(&mut value);
    }
    // A reference manager's export (CSL-JSON) is read as the other
    // reference exports are.
    if let Some(a) = super::csl::article(&value, [1, text.lines().count().max(1)]) {
        return Ok(Some(a));
    }
    if text.contains("\"text_entities\"") {
        join_rich_text(&mut value);
    }
    let mut objects = Vec::new();
    collect_objects(&value, &mut objects);
    let bodies: Vec<Option<(Body, usize)>> = objects.iter().map(|o| body_of(o)).collect();
    let words = |i: usize| bodies[i].as_ref().map_or(0, |b| b.1);
    let (chosen, chain, found) = choose(&objects, &words);
    // An article held as many short texts (a thread's posts), when they
    // hold more.
    if let Some(a) = fragments::article(&value, text, found) {
        return Ok(Some(a));
    }
    let chosen = chain.as_ref().map_or(chosen, |c| c.first().copied());
    let Some(i) = chosen else {
        if !named_json {
            return Ok(None);
        }
        return Err(Error::build(format!("{display}: no article found in this JSON"))
            .hint("juxta reads a JSON article from an object with its text in a field such as \"content\", \"articleBody\", \"text\", \"body\" or \"selftext\"; save the article as .txt or .html instead"));
    };
    let object = objects[i];
    let url = url_of(object);
    let mut article = Article {
        title: first_text(object, &TITLE_KEYS),
        subtitle: first_text(object, &SUBTITLE_KEYS),
        authors: without_the_site(authors_of(object), url.as_deref()),
        date: date_of(object),
        url,
        lines: [1, text.lines().count().max(1)],
        ..Default::default()
    };
    let mut bodies = bodies;
    article.body = match &chain {
        Some(c) => thread_body(c.iter().filter_map(|&k| bodies[k].take())),
        None => bodies[i].take().map_or(Body::None, |b| b.0),
    };
    // Another object's body inside the article's (a featured image's
    // caption) or beside it (a comment) is not the article.
    for (k, b) in bodies.into_iter().enumerate() {
        if let Some((body, words)) = b
            && k != i
            && words >= MIN_OTHER_WORDS
        {
            let text = match body {
                Body::Html(h) | Body::Text(h) => h,
                Body::None => continue,
            };
            article.others.push(Removed {
                text: meta_squash(&text),
                reason: Reason::Outside,
                lines: article.lines,
            });
        }
    }
    Ok(Some(article))
}

/// The object whose body is the article among `objects` (`words`: the
/// words of each one's body): the first with a body long enough to be an
/// article, unless another holds more than twice its text (an export of
/// posts, the article not the first), else the longest; the chain of a
/// thread when it holds more; and the words of what was chosen.
fn choose(
    objects: &[&Map<String, Value>],
    words: &dyn Fn(usize) -> usize,
) -> (Option<usize>, Option<Vec<usize>>, usize) {
    let longest = (0..objects.len())
        .filter(|&i| words(i) > 0)
        .max_by_key(|&i| words(i));
    let chosen = (0..objects.len())
        .find(|&i| words(i) >= MIN_BODY_WORDS)
        .filter(|&i| longest.is_none_or(|l| words(l) <= 2 * words(i)))
        .or(longest);
    // A thread one writer posted as replies to themselves, with more text
    // than any one post, is the article.
    let chain = thread(objects, words)
        .filter(|c| c.iter().map(|&k| words(k)).sum::<usize>() > chosen.map_or(0, words));
    let found = match &chain {
        Some(c) => c.iter().map(|&k| words(k)).sum(),
        None => chosen.map_or(0, words),
    };
    (chosen, chain, found)
}

/// The strings of `v` that hold UTF-8's bytes each written as a
/// character of its own (Facebook's "Download Your Information" writes
/// "é" as "\u00c3\u00a9"), read as the UTF-8 they are: a string whose
/// characters are all below U+0100, some above U+007F, and whose
/// characters taken as bytes are UTF-8. A Latin-1 text ("café") is no
/// UTF-8 as bytes, and stays as it is.
fn utf8_from_latin1_escapes(v: &mut Value) {
    match v {
        Value::String(s) if s.chars().any(|c| c > '\u{7f}') && s.chars().all(|c| c <= '\u{ff}') => {
            let bytes: Vec<u8> = s.chars().map(|c| c as u8).collect();
            if let Ok(read) = String::from_utf8(bytes) {
                *s = read;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(utf8_from_latin1_escapes),
        Value::Object(m) => m.values_mut().for_each(utf8_from_latin1_escapes),
        _ => {}
    }
}

/// A thread one writer posted as a chain of replies to their own posts
/// (ActivityPub's `inReplyTo`, as Mastodon's archive and API write it, or
/// the API's `in_reply_to_id`), as an article too long for one post is
/// shared: the indices of the chain with the most words, in order, when it
/// has two posts or more. A reply by someone else is no part of it.
fn thread(objects: &[&Map<String, Value>], words: &dyn Fn(usize) -> usize) -> Option<Vec<usize>> {
    fn id(o: &Map<String, Value>) -> Option<&str> {
        o.get("id").and_then(Value::as_str)
    }
    fn author(o: &Map<String, Value>) -> Option<&str> {
        o.get("attributedTo").and_then(Value::as_str).or_else(|| {
            o.get("account")
                .and_then(|a| a.get("id"))
                .and_then(Value::as_str)
        })
    }
    fn parent(o: &Map<String, Value>) -> Option<&str> {
        fields(o, &["inreplyto", "inreplytoid"])
            .into_iter()
            .find_map(Value::as_str)
    }
    let posts: Vec<usize> = (0..objects.len()).filter(|&k| words(k) > 0).collect();
    let by_id: std::collections::HashMap<&str, usize> = posts
        .iter()
        .filter_map(|&k| Some((id(objects[k])?, k)))
        .collect();
    let mut child = vec![None; objects.len()];
    let mut replies = vec![false; objects.len()];
    for &k in &posts {
        let Some(&p) = parent(objects[k]).and_then(|p| by_id.get(p)) else {
            continue;
        };
        if p != k && child[p].is_none() && author(objects[k]) == author(objects[p]) {
            child[p] = Some(k);
            replies[k] = true;
        }
    }
    let chains = posts.iter().filter(|&&k| !replies[k]).map(|&root| {
        let mut chain = vec![root];
        while let Some(next) = child[*chain.last().unwrap_or(&root)] {
            if chain.contains(&next) {
                break;
            }
            chain.push(next);
        }
        chain
    });
    chains
        .filter(|c| c.len() >= 2)
        .max_by_key(|c| c.iter().map(|&k| words(k)).sum::<usize>())
}

/// The bodies of a thread's posts as one: HTML when any is HTML (the text
/// posts' paragraphs set in `<p>`), else text, a blank line between posts.
fn thread_body(posts: impl Iterator<Item = (Body, usize)>) -> Body {
    let posts: Vec<Body> = posts.map(|b| b.0).collect();
    if posts.iter().any(|b| matches!(b, Body::Html(_))) {
        let html = posts
            .into_iter()
            .map(|b| match b {
                Body::Html(h) => h,
                Body::Text(t) => format!("<p>{}</p>", t.replace('<', "&lt;")),
                Body::None => String::new(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        return Body::Html(html);
    }
    let text = posts
        .into_iter()
        .filter_map(|b| match b {
            Body::Text(t) => Some(t),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    Body::Text(text)
}

/// A parse error of a `.json` file, at its line and column.
fn parse_error(text: &str, e: &serde_json::Error, display: &str) -> Error {
    parse_error_of(text, e, display, "JSON")
        .hint("a JSON article is one object (or a list of them) as a site's API or an extractor writes it; check the file is whole, or save the article as .txt or .html")
}

/// A parse error of a file of JSON (`what` names it: "JSON", "HAR file"),
/// at its line and column.
pub(crate) fn parse_error_of(
    text: &str,
    e: &serde_json::Error,
    display: &str,
    what: &str,
) -> Error {
    let line = e.line().max(1);
    let start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let col = text[start..]
        .char_indices()
        .nth(e.column().saturating_sub(1))
        .map_or(text.len(), |(b, _)| start + b);
    let mut msg = e.to_string();
    if let Some(at) = msg.find(" at line ") {
        msg.truncate(at);
    }
    // The place names the file: the message does not again.
    Error::build(format!("this {what} does not parse: {msg}")).at(Location::from_span(
        display,
        text,
        col..col + 1,
    ))
}

/// A message's rich text as Telegram Desktop exports it, joined into one
/// string: `"text": ["plain ", {"type": "bold", "text": "Headline"}, …]`
/// (strings and entities in turn), with `text_entities` (the same text cut
/// into entities again) left out. Read apart, each entity was a text of
/// its own, and a bold word cut its paragraph in two.
fn join_rich_text(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Array(parts)) = m.get("text")
                && parts
                    .iter()
                    .all(|p| p.is_string() || p.get("text").is_some_and(Value::is_string))
            {
                let joined: String = parts
                    .iter()
                    .filter_map(|p| p.as_str().or_else(|| p.get("text").and_then(Value::as_str)))
                    .collect();
                m.insert("text".into(), Value::String(joined));
                m.remove("text_entities");
            }
            m.values_mut().for_each(join_rich_text);
        }
        Value::Array(a) => a.iter_mut().for_each(join_rich_text),
        _ => {}
    }
}

/// Every object of `v`, each before the objects inside it.
fn collect_objects<'a>(v: &'a Value, out: &mut Vec<&'a Map<String, Value>>) {
    match v {
        Value::Object(m) => {
            out.push(m);
            // An ANS article's elements are its body (see
            // [`content_elements`]), no objects of their own.
            for (k, x) in m {
                if k != "content_elements" {
                    collect_objects(x, out);
                }
            }
        }
        Value::Array(a) => {
            for x in a {
                collect_objects(x, out);
            }
        }
        _ => {}
    }
}

/// A key as compared: lower case, without `_`, `-` or `:` (`date_gmt`,
/// `datePublished`, `og:title`).
fn key(k: &str) -> String {
    k.chars()
        .filter(|c| !matches!(c, '_' | '-' | ':'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The string of a field: the string itself, or the `rendered`, `raw`,
/// `html`, `text`, `value` or `basic` of an object (WordPress writes
/// `{"rendered": …}`, ANS `"headlines": {"basic": …}`).
fn string_of(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s),
        Value::Object(m) => ["rendered", "raw", "html", "text", "value", "basic"]
            .iter()
            .find_map(|k| m.get(*k).and_then(Value::as_str)),
        _ => None,
    }
}

/// The fields of `object` whose key is one of `keys`, in `keys`' order.
fn fields<'a>(object: &'a Map<String, Value>, keys: &[&str]) -> Vec<&'a Value> {
    let mut found: Vec<(usize, &Value)> = object
        .iter()
        .filter_map(|(k, v)| {
            let k = key(k);
            keys.iter().position(|w| *w == k).map(|i| (i, v))
        })
        .collect();
    found.sort_by_key(|(i, _)| *i);
    found.into_iter().map(|(_, v)| v).collect()
}

/// Whether `s` is HTML with blocks (paragraphs, line breaks, headings).
fn html_blocks(s: &str) -> bool {
    let lower = s.get(..s.len().min(4096)).unwrap_or(s).to_ascii_lowercase();
    [
        "<p",
        "<br",
        "<div",
        "<h2",
        "<h3",
        "<li",
        "<blockquote",
        "<figure",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// Whether the text `s` marks links or emphasis with HTML tags ("<a
/// href=\"…\">", "<b>", "</i>"), as chat programs store a message.
fn inline_tags(s: &str) -> bool {
    let head = s.get(..s.len().min(8192)).unwrap_or(s);
    [
        "<a href=", "</a>", "<b>", "</b>", "<i>", "</i>", "<strong>", "<em>",
    ]
    .iter()
    .any(|t| head.contains(t))
}

/// `s` without its tags, nothing put in their place ("<b>Dam</b> works"
/// is "Dam works"); a "<" that opens no tag ("<5") stays.
fn without_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let opens = after
            .trim_start_matches('/')
            .starts_with(|c: char| c.is_ascii_alphabetic());
        match after.find('>').filter(|_| opens) {
            Some(end) => rest = &after[end + 1..],
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `s` is HTML escaped once ("&lt;p&gt;", as Reddit's `*_html`).
fn escaped_html(s: &str) -> bool {
    let head = s.get(..s.len().min(4096)).unwrap_or(s);
    !head.contains('<') && (head.contains("&lt;p&gt;") || head.contains("&lt;div"))
}

/// The body of `object` and its words: its HTML body if it has one (the
/// longest), else its longest text body.
fn body_of(object: &Map<String, Value>) -> Option<(Body, usize)> {
    if let Some(cell) = markdown_cell(object) {
        return cell;
    }
    let mut html: Option<(String, usize)> = content_elements(object);
    let mut text: Option<(String, usize)> = None;
    for v in fields(object, &BODY_KEYS) {
        let Some(s) = string_of(v) else { continue };
        let (s, is_html) = if escaped_html(s) {
            let unescaped = super::references::decoded_all(s);
            (unescaped, true)
        } else {
            (s.to_string(), html_blocks(s))
        };
        let words = if is_html {
            text_weight(&strip_tags(&s))
        } else {
            text_weight(&s)
        };
        let slot = if is_html { &mut html } else { &mut text };
        if slot.as_ref().is_none_or(|(_, w)| words > *w) {
            *slot = Some((s, words));
        }
    }
    // The same body as text and as HTML (a Reddit post's `selftext` and
    // `selftext_html`): the text, whose lines the text reader reads best.
    // A text body's character references are read (Reddit writes "&amp;").
    // A text with links and marks in tags (a chat message's "<a
    // href=…>", "<b>") keeps its lines and loses its tags.
    let decoded = |t: String| {
        let t = if inline_tags(&t) { without_tags(&t) } else { t };
        super::references::decoded_all(&t)
    };
    if html.is_none() && text.is_none() {
        text = long_description(object);
        if text.is_none() {
            return long_text_field(object);
        }
    }
    match (html, text) {
        (Some((h, w)), Some((_, v))) if v * 10 < w * 9 => Some((Body::Html(h), w)),
        (_, Some((t, v))) if v > 0 => Some((Body::Text(decoded(t)), v)),
        (Some((h, w)), _) if w > 0 => Some((Body::Html(h), w)),
        _ => None,
    }
}

/// A `description` that is a whole text, as an issue tracker or a task
/// keeps an article pasted into one (Jira's, GitHub's `body` aside):
/// [`MIN_DESCRIBED_WORDS`] words or more over several lines. A page's
/// description is a line or two of summary, and no body.
fn long_description(object: &Map<String, Value>) -> Option<(String, usize)> {
    let s = fields(object, &["description"])
        .into_iter()
        .find_map(string_of)?;
    let words = super::rules::word_count(s);
    let lines = s.lines().filter(|l| !l.trim().is_empty()).count();
    (words >= MIN_DESCRIBED_WORDS && lines >= 3).then(|| (s.to_string(), words))
}

/// Fields that never hold a body, besides the headline's, writers',
/// dates' and addresses' (see [`long_text_field`]).
const NO_BODY_KEYS: [&str; 6] = ["id", "uri", "name", "summary", "excerpt", "description"];

/// The field of `object` that holds a whole text under a name no body
/// field has, as a tool keeps the article someone pasted into it (a
/// board's card `desc`, a social network's `post`, a wiki's stored
/// `value`): of its string fields that name no headline, writer, date or
/// address, the one with the most text, when it holds
/// [`MIN_DESCRIBED_WORDS`] words or more in three blocks or more (lines,
/// or HTML's paragraphs). A label, a name or a line of summary is no body.
fn long_text_field(object: &Map<String, Value>) -> Option<(Body, usize)> {
    let known = |k: &str| {
        let k = key(k);
        [
            &TITLE_KEYS[..],
            &AUTHOR_KEYS,
            &DATE_KEYS,
            &URL_KEYS,
            &NO_BODY_KEYS,
        ]
        .iter()
        .any(|keys| keys.contains(&k.as_str()))
    };
    let (s, words, is_html) = object
        .iter()
        .filter(|(k, _)| !known(k))
        .filter_map(|(_, v)| v.as_str())
        .map(|s| {
            let is_html = html_blocks(s);
            let words = text_weight(&if is_html {
                strip_tags(s)
            } else {
                s.to_string()
            });
            (s, words, is_html)
        })
        .max_by_key(|&(_, words, _)| words)?;
    let blocks = if is_html {
        let lower = s.to_ascii_lowercase();
        ["<p", "<br", "<h", "<li", "<div"]
            .iter()
            .map(|t| lower.matches(t).count())
            .sum()
    } else {
        s.lines().filter(|l| !l.trim().is_empty()).count()
    };
    if words < MIN_DESCRIBED_WORDS || blocks < 3 {
        return None;
    }
    Some(if is_html {
        (Body::Html(s.to_string()), words)
    } else {
        (Body::Text(super::references::decoded_all(s)), words)
    })
}

/// The body of a Jupyter notebook's Markdown cell (an analyst pastes an
/// article into one): its `source`, a string or a list of lines, as
/// Markdown, with its words; `None` when `object` is no such cell. A code
/// cell's source and outputs are no body.
fn markdown_cell(object: &Map<String, Value>) -> Option<Option<(Body, usize)>> {
    if object.get("cell_type").and_then(Value::as_str) != Some("markdown") {
        return None;
    }
    let text = match object.get("source") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(lines)) => lines.iter().filter_map(Value::as_str).collect(),
        _ => String::new(),
    };
    let words = text_weight(&text);
    Some((words > 0).then_some((Body::Text(text), words)))
}

/// The body of an article in Arc XP's ANS (as the Washington Post's and
/// other Arc sites' APIs answer): its `content_elements`, one paragraph
/// or heading each, joined as HTML, with its words.
fn content_elements(object: &Map<String, Value>) -> Option<(String, usize)> {
    let elements = object.get("content_elements")?.as_array()?;
    let mut html = String::new();
    for e in elements {
        let content = e.get("content").and_then(Value::as_str).unwrap_or("");
        match e.get("type").and_then(Value::as_str) {
            Some("text") => html.push_str(&format!("<p>{content}</p>\n")),
            Some("header") => {
                let level = e
                    .get("level")
                    .and_then(Value::as_u64)
                    .unwrap_or(2)
                    .clamp(2, 6);
                html.push_str(&format!("<h{level}>{content}</h{level}>\n"));
            }
            Some("raw_html") => html.push_str(&format!("{content}\n")),
            _ => {}
        }
    }
    let words = text_weight(&strip_tags(&html));
    (words > 0).then_some((html, words))
}

/// About how many words `s` holds, in any script: its words between
/// spaces, or a word per six letters in a script that writes few spaces
/// (Tibetan parts syllables with a tsheg, Thai, Lao, Chinese none).
pub(crate) fn text_weight(s: &str) -> usize {
    let words = super::rules::word_count(s);
    if words * 12 >= s.len() {
        // Spaced text: a word per twelve bytes or more.
        return words;
    }
    words.max(s.chars().filter(|c| c.is_alphabetic()).count() / 6)
}

/// `s` without its tags (for counting words).
pub(crate) fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut inside = false;
    for c in s.chars() {
        match c {
            '<' => inside = true,
            '>' if inside => {
                inside = false;
                out.push(' ');
            }
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// `s` on one line, tags taken off and character references read
/// ("&#8211;").
fn meta_squash(s: &str) -> String {
    super::references::decoded_all(&super::rules::squash(&strip_tags(s)))
}

/// The first non-empty text among `object`'s fields `keys`, then among
/// the fields of the objects nested in it (Yoast's `yoast_head_json`).
fn first_text(object: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    let own = fields(object, keys)
        .into_iter()
        .filter_map(string_of)
        .map(meta_squash)
        .find(|t| !t.is_empty());
    own.or_else(|| {
        object
            .values()
            .filter_map(Value::as_object)
            .find_map(|inner| {
                fields(inner, keys)
                    .into_iter()
                    .filter_map(Value::as_str)
                    .map(meta_squash)
                    .find(|t| !t.is_empty())
            })
    })
}

/// A writer's name from a field's value: a string, an object with a
/// `name`, or a list of those. Numbers (WordPress's author id) are none.
fn names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            for n in meta::split_authors(s) {
                let n = meta_squash(&n);
                if !n.is_empty() && !out.contains(&n) {
                    out.push(n);
                }
            }
        }
        Value::Object(m) => {
            if let Some(n) = m.get("name").or_else(|| m.get("display_name")) {
                names(n, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                names(x, out);
            }
        }
        _ => {}
    }
}

/// `authors` without the one that is the site itself: a byline of one word
/// that, in lower case, is a part of the story's host name ("MercoPress"
/// on en.mercopress.com, "Infobae" on infobae.com), as a CMS fills the
/// field when no reporter signs.
fn without_the_site(mut authors: Vec<String>, url: Option<&str>) -> Vec<String> {
    let Some(host) = url.and_then(meta::url_host) else {
        return authors;
    };
    authors.retain(|a| {
        let word: String = a.chars().filter(|c| c.is_alphanumeric()).collect();
        let word = word.to_lowercase();
        a.split_whitespace().count() > 1 || word.len() < 4 || !host.split('.').any(|p| p == word)
    });
    authors
}

/// The writers `object` names, or else the objects nested in it
/// (`_embedded.author`, `yoast_head_json.author`).
fn authors_of(object: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    for v in fields(object, &AUTHOR_KEYS) {
        names(v, &mut out);
        if !out.is_empty() {
            return out;
        }
    }
    for inner in object.values().filter_map(Value::as_object) {
        for v in fields(inner, &AUTHOR_KEYS) {
            names(v, &mut out);
            if !out.is_empty() {
                return out;
            }
        }
    }
    out
}

/// A date from a field's value: a date in any printed form, or seconds
/// (or milliseconds) since 1970.
fn date_value(v: &Value) -> Option<chrono::NaiveDate> {
    match v {
        Value::String(s) => meta::parse_date(s),
        Value::Number(n) => {
            let s = n.as_f64()?;
            let secs = if s > 1e11 { s / 1000.0 } else { s };
            chrono::DateTime::from_timestamp(secs as i64, 0).map(|d| d.date_naive())
        }
        _ => None,
    }
}

/// The first of `object`'s fields `keys` that `read` reads, or else the
/// first among the fields of the objects nested in it (Yoast's
/// `yoast_head_json`).
fn own_or_nested<T>(
    object: &Map<String, Value>,
    keys: &[&str],
    read: impl Fn(&Value) -> Option<T>,
) -> Option<T> {
    let own = fields(object, keys).into_iter().find_map(&read);
    own.or_else(|| {
        object
            .values()
            .filter_map(Value::as_object)
            .find_map(|inner| fields(inner, keys).into_iter().find_map(&read))
    })
}

/// The publication date of `object`, or of the objects nested in it.
fn date_of(object: &Map<String, Value>) -> Option<chrono::NaiveDate> {
    own_or_nested(object, &DATE_KEYS, date_value)
}

/// The address of `object`: the first field that is an absolute web
/// address.
fn url_of(object: &Map<String, Value>) -> Option<String> {
    own_or_nested(object, &URL_KEYS, |v| {
        string_of(v)
            .map(str::trim)
            .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
            .map(str::to_string)
    })
}

/// An HTML page of the article's body, for the HTML reader.
pub(crate) fn page(body: &str) -> String {
    let body = if body.contains("<ac:") {
        without_wiki_macros(body)
    } else {
        body.to_string()
    };
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body><article>\n{body}\n</article></body></html>\n"
    )
}

/// Confluence's storage format without what is no text of the page: a
/// note's, a tip's or a warning's panel (the editor's own remark), a
/// task list (the team's to-dos, with their ids and states), a macro's
/// parameters, a mention of a user, a picture's settings. The text of
/// other macros (an "expand" section) and of links stays.
fn without_wiki_macros(body: &str) -> String {
    static GONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?s)<ac:structured-macro[^>]*ac:name="(?:info|note|tip|warning|panel)"[^>]*>.*?</ac:structured-macro>|<ac:task-list>.*?</ac:task-list>|<ac:parameter[^>]*>.*?</ac:parameter>|<ac:image[^>]*>.*?</ac:image>|<ac:link>\s*<ri:user[^>]*/>\s*</ac:link>"#)
            .expect("regex")
    });
    GONE.replace_all(body, "").into_owned()
}

/// The text of an article read as text, for the readers' tests.
#[cfg(test)]
pub(crate) fn text_of(a: &Article) -> &str {
    match &a.body {
        Body::Text(t) => t,
        other => panic!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_messages_rich_text_is_one_text() {
        let body = crate::testutil::PARA;
        let json = serde_json::json!({"name": "Channel", "messages": [{
            "id": 7, "type": "message", "date": "2027-04-03T09:12:44",
            "text": [{"type": "bold", "text": "Flood defences reinforced"}, format!("\n\n{body} The river rose by "),
                     {"type": "bold", "text": "46 centimetres"}, format!(" overnight.\n\n{body}\n\n{body}\n\n{body}")],
            "text_entities": [{"type": "bold", "text": "Flood defences reinforced"}, {"type": "plain", "text": "…"}]
        }]})
        .to_string();
        let a = article(&json, true, "result.json")
            .unwrap()
            .expect("an article");
        match a.body {
            Body::Text(t) => {
                assert!(t.starts_with("Flood defences reinforced\n\n"), "{t}");
                assert!(
                    t.contains("The river rose by 46 centimetres overnight."),
                    "{t}"
                );
            }
            other => panic!("{other:?}"),
        }
        // A list of other objects under "text" is left as it is.
        let mut v = serde_json::json!({"text": [{"id": 1}, "a"]});
        join_rich_text(&mut v);
        assert!(v["text"].is_array());
    }

    #[test]
    fn json_lines_are_read_as_one_list() {
        let body = crate::testutil::PARA;
        let post = |user: &str, msg: &str| {
            serde_json::json!({"type": "post", "post": {"user": user, "message": msg, "create_at": 1_768_550_000_000_u64}})
                .to_string()
        };
        let article = format!(
            "Metro line opens in March\n\n{body}\n\n{body} Second.\n\n{body} Third.\n\n{body} Fourth.\n\n{body} Fifth."
        );
        let text = [
            r#"{"type":"version","version":1}"#.to_string(),
            r#"{"type":"user","user":{"username":"ana","email":"ana@example.org"}}"#.to_string(),
            post("ana", "Budget session on Thursday, who goes?"),
            String::new(),
            post("ben", &article),
            post("ana", "Thanks!"),
        ]
        .join("\n");
        let a = lines_article(&text, "x.jsonl")
            .unwrap()
            .expect("an article");
        match a.body {
            Body::Text(t) => assert!(t.starts_with("Metro line opens in March"), "{t}"),
            other => panic!("{other:?}"),
        }
        // A broken line: an error at its line.
        let broken = format!("{}\n{{\"type\": \"post\",", post("ana", "Hi"));
        let e = lines_article(&broken, "x.jsonl").unwrap_err().to_string();
        assert!(e.contains("x.jsonl:2:"), "{e}");
        // Only .jsonl and .ndjson files are JSON Lines.
        assert!(lines_named("export.JSONL") && lines_named("a.ndjson"));
        assert!(!lines_named("a.json") && !lines_named("a.jsonl.txt"));
    }

    use crate::testutil::PARA;

    fn read(json: &str) -> Article {
        article(json, true, "a.json").unwrap().unwrap()
    }

    #[test]
    fn a_wordpress_post_gives_its_rendered_body_and_embedded_writer() {
        let json = format!(
            r#"[{{"id":5,"date":"2028-02-07T10:30:15","date_gmt":"2028-02-07T09:30:15","link":"https://example.ma/a-post/","title":{{"rendered":"Fuel prices &#8211; again"}},"content":{{"rendered":"<p>{PARA}</p>\n<p>{PARA}</p>","protected":false}},"excerpt":{{"rendered":"<p>The county assembly</p>"}},"author":287,"yoast_head_json":{{"author":"Hicham Benaissa","og_title":"Fuel | Site"}},"_embedded":{{"author":[{{"id":287,"name":"Hicham Benaissa"}}],"wp:featuredmedia":[{{"caption":{{"rendered":"<p>Photo: a petrol station in Casablanca</p>"}}}}]}}}}]"#
        );
        let a = read(&json);
        assert!(matches!(&a.body, Body::Html(h) if h.starts_with("<p>The county")));
        assert_eq!(a.title.as_deref(), Some("Fuel prices – again"));
        assert_eq!(a.authors, ["Hicham Benaissa"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 2, 7));
        assert_eq!(a.url.as_deref(), Some("https://example.ma/a-post/"));
        assert!(a.others.is_empty());
    }

    #[test]
    fn a_long_description_is_a_body_and_a_short_one_none() {
        // An issue tracker's issue with an article pasted in.
        let body = format!(
            "Coverage, pasted below.\\r\\n\\r\\n{PARA}\\r\\n\\r\\n{PARA}\\r\\n\\r\\n{PARA}\\r\\n\\r\\n{PARA}"
        );
        let json = format!(
            r#"{{"key":"COMMS-1","fields":{{"summary":"Water story","description":"{body}","created":"2027-10-28T09:00:00.000+0200"}}}}"#
        );
        let a = read(&json);
        assert!(
            matches!(&a.body, Body::Text(t) if t.contains("The county assembly")),
            "{:?}",
            a.body
        );
        // A page's summary in one line is no body.
        let json = format!(r#"{{"title":"Budget","description":"{PARA}"}}"#);
        assert!(article(&json, true, "a.json").is_err());
    }

    #[test]
    fn a_whole_text_under_a_field_of_its_own_is_the_body() {
        // A board's card (Trello's "desc", Markdown) and a wiki page's
        // stored HTML (Confluence's "value"), with the article pasted in.
        let card = format!(
            r#"{{"cards":[{{"id":"c1","name":"Ferry story","desc":"Pasted from the paper:\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\n{PARA}","idList":"l2"}}]}}"#
        );
        let a = read(&card);
        assert!(
            matches!(&a.body, Body::Text(t) if t.starts_with("Pasted from the paper:")),
            "{:?}",
            a.body
        );
        let page = format!(
            r#"{{"id":"9","title":"Notice","body":{{"storage":{{"value":"<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>","representation":"storage"}}}}}}"#
        );
        assert!(matches!(&read(&page).body, Body::Html(h) if h.starts_with("<p>The county")));
        // A short note, a long text on one line, a summary: no body.
        for other in [
            r#"{"name":"Ferry","desc":"Ask the\nferry office\nfor figures."}"#.to_string(),
            format!(r#"{{"name":"Ferry","notes":"{PARA} {PARA} {PARA} {PARA}"}}"#),
            format!(r#"{{"name":"Ferry","summary":"{PARA}\n{PARA}\n{PARA}\n{PARA}"}}"#),
        ] {
            assert!(article(&other, true, "a.json").is_err(), "{other}");
        }
    }

    #[test]
    fn a_text_body_with_links_in_tags_keeps_its_lines_without_tags() {
        let json = format!(
            r#"{{"messages":[{{"from":"son","content":"Read this: <a href=\"https://example.org/a\">https://example.org/a</a>\n\n{PARA}\n\nRelated: <a href=\"https://example.org/b\">Dam repairs near the end</a>\n\n<b>{PARA}</b>"}}]}}"#
        );
        let a = read(&json);
        let Body::Text(t) = &a.body else {
            panic!("{:?}", a.body)
        };
        assert!(t.starts_with("Read this: https://example.org/a\n\n"), "{t}");
        assert!(t.contains("Related: Dam repairs near the end\n\n"), "{t}");
        assert!(!t.contains('<'), "{t}");
        // A text that speaks of "<" and ">" keeps them.
        let json = format!(r#"{{"content":"{PARA} Values <5 and >9 are dropped."}}"#);
        assert!(matches!(&read(&json).body, Body::Text(t) if t.contains("<5 and >9")));
    }

    #[test]
    fn a_wiki_pages_panels_tasks_and_settings_are_no_text() {
        let body = format!(
            "<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>Pasted for the notice, <ac:link><ri:user ri:account-id=\"5d8f\" /></ac:link> please check.</p></ac:rich-text-body></ac:structured-macro><h1>Water cut</h1><p>{PARA}</p><ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Call the office</ac:task-body></ac:task></ac:task-list><ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">More</ac:parameter><ac:rich-text-body><p>Kept text.</p></ac:rich-text-body></ac:structured-macro>"
        );
        let page = page(&body);
        for gone in [
            "Pasted for",
            "Call the office",
            "complete",
            "5d8f",
            ">More<",
        ] {
            assert!(!page.contains(gone), "{gone}: {page}");
        }
        for kept in [PARA, "Water cut", "Kept text."] {
            assert!(page.contains(kept), "{kept}: {page}");
        }
        // A page with no such markup is as it was.
        let html = "<p>A note: see <a href=\"x\">this</a>.</p>";
        assert!(super::page(html).contains(html));
    }

    #[test]
    fn utf8_written_as_latin1_escapes_is_read_as_utf8() {
        // Facebook's export writes each byte of UTF-8 as a character.
        let escaped: String = format!("Kyaw Min: “{PARA}”")
            .bytes()
            .map(|b| format!("\\u{b:04x}"))
            .collect();
        let json = format!(
            r#"[{{"timestamp":1,"data":[{{"post":"{escaped}\n\n{PARA}\n\n{PARA}\n\n{PARA}"}}],"title":"Zaw Min Htet updated his status."}}]"#
        );
        let a = read(&json);
        assert!(
            matches!(&a.body, Body::Text(t) if t.starts_with(&format!("Kyaw Min: “{PARA}”"))),
            "{:?}",
            a.body
        );
        // A Latin-1 text written with escapes is no UTF-8 as bytes.
        let json = format!(r#"{{"title":"Caf\u00e9","content":"{PARA} Caf\u00e9."}}"#);
        assert_eq!(read(&json).title.as_deref(), Some("Café"));
    }

    #[test]
    fn an_export_of_posts_gives_the_one_with_most_text_in_any_script() {
        // A short English note first, a Tibetan post (syllables parted by
        // tsheg, few spaces) second.
        let tibetan = "རྡ་སར་སྟོད་དུ་ཆུ་མི་འདང་བའི་དཀའ་ངལ་སེལ་ཆེད།ཧི་མ་ཅལ་མངའ་སྡེའི་ཆུ་ལས་ཁུངས་ཀྱིས་ཆུ་མཛོད་གསར་པ་ཞིག་བཞེངས་རྒྱུའི་ལས་འཆར་ལ་ཆོག་མཆན་ཐོབ་ཡོད།".repeat(6);
        let json = format!(
            r#"{{"posts":[{{"title":"Road closed","html":"<p>{PARA}</p>"}},{{"title":"ཆུ་མཛོད།","html":"<p>{tibetan}</p><p>{tibetan}</p>"}}]}}"#
        );
        let a = read(&json);
        assert_eq!(a.title.as_deref(), Some("ཆུ་མཛོད།"));
        // The first post when it holds as much text as the others.
        let json = format!(
            r#"{{"posts":[{{"title":"First","html":"<p>{PARA}</p><p>{PARA}</p>"}},{{"title":"Second","html":"<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>"}}]}}"#
        );
        assert_eq!(read(&json).title.as_deref(), Some("First"));
        assert_eq!(text_weight("Three short words"), 3);
        assert!(text_weight(&tibetan) > 40);
    }

    #[test]
    fn a_byline_that_is_the_sites_name_is_no_writer() {
        let json = |by: &str| {
            format!(
                r#"{{"headline":"Fuel prices","byline":"{by}","url":"https://en.riverpost.com/2028/03/14/fuel","body":"<p>{PARA}</p><p>{PARA}</p>"}}"#
            )
        };
        assert!(read(&json("RiverPost")).authors.is_empty());
        // Counter-examples: a reporter's name, a one-word name that is no
        // part of the host.
        assert_eq!(read(&json("Ana Rivers")).authors, ["Ana Rivers"]);
        assert_eq!(read(&json("Madonna")).authors, ["Madonna"]);
    }

    #[test]
    fn an_agencys_reporter_field_names_the_writer() {
        let json = format!(
            r#"{{"title":"Fuel prices","reporter":"Khamla Phommachanh","publish_date":"2027-12-06T09:30:00+07:00","content":"<p>{PARA}</p><p>{PARA}</p>"}}"#
        );
        assert_eq!(read(&json).authors, ["Khamla Phommachanh"]);
    }

    #[test]
    fn a_notebooks_markdown_cell_gives_the_article_and_code_cells_none() {
        let json = format!(
            r##"{{"cells":[{{"cell_type":"markdown","metadata":{{}},"source":["# Ridership notes\n","\n","Saved for the report."]}},{{"cell_type":"markdown","metadata":{{}},"source":["# Water Metro adds four routes\n","\n","{PARA}\n","\n","{PARA}"]}},{{"cell_type":"code","execution_count":4,"metadata":{{}},"outputs":[{{"output_type":"stream","name":"stdout","text":["35412.0\n"]}}],"source":["import pandas as pd\n","rides = pd.read_csv(\"daily.csv\")"]}}],"nbformat":4,"nbformat_minor":5,"metadata":{{}}}}"##
        );
        let a = read(&json);
        assert!(
            matches!(&a.body, Body::Text(t) if t.starts_with("# Water Metro adds four routes\n\nThe county")),
            "{:?}",
            a.body
        );
        // The analyst's note is recorded; the code is no text.
        assert_eq!(a.others.len(), 1, "{:?}", a.others);
        assert!(a.others[0].text.contains("Saved for the report"));
        // Counter-example: a code cell alone is no article.
        let code = r#"{"cells":[{"cell_type":"code","metadata":{},"outputs":[],"source":["x = 1\n","print(x)"]}],"nbformat":4}"#;
        assert!(article(code, false, "n.ipynb").unwrap().is_none());
    }

    #[test]
    fn a_thread_of_posts_replying_to_their_own_writer_is_one_article() {
        let post = |n: u32, parent: Option<u32>, who: &str, text: &str| {
            let reply = parent.map_or("null".to_string(), |p| {
                format!("\"https://m.example/s/{p}\"")
            });
            format!(
                r#"{{"type":"Create","object":{{"id":"https://m.example/s/{n}","type":"Note","inReplyTo":{reply},"published":"2027-10-14T05:13:07Z","attributedTo":"https://m.example/users/{who}","content":"<p>{text}</p><p>({n}/3)</p>"}}}}"#
            )
        };
        let json = format!(
            r#"{{"type":"OrderedCollection","orderedItems":[{},{},{},{},{}]}}"#,
            post(9, None, "omari", "Jua kali leo Nyali."),
            post(1, None, "omari", "Mombasa yazindua mradi wa maji"),
            post(2, Some(1), "omari", PARA),
            post(
                7,
                Some(2),
                "rehema",
                "Asante kwa habari hii, tumesubiri sana."
            ),
            post(3, Some(2), "omari", PARA),
        );
        let a = read(&json);
        let Body::Html(h) = &a.body else {
            panic!("{:?}", a.body)
        };
        // The writer's three posts in order; the other writer's reply and
        // the unrelated post are not the article.
        assert!(h.starts_with("<p>Mombasa yazindua"), "{h}");
        assert_eq!(h.matches("The county").count(), 2, "{h}");
        assert!(!h.contains("Asante") && !h.contains("Jua kali"), "{h}");
        // Counter-example: posts that reply to no post of their writer
        // stay separate; the longest is the article.
        let json = format!(
            r#"{{"orderedItems":[{},{}]}}"#,
            post(1, None, "omari", "Short note."),
            post(2, Some(1), "rehema", PARA),
        );
        let a = read(&json);
        assert!(
            matches!(&a.body, Body::Html(h) if h.starts_with("<p>The county") && !h.contains("Short note"))
        );
    }

    #[test]
    fn a_reddit_thread_gives_its_post_and_removes_the_comments() {
        let json = format!(
            r#"[{{"kind":"Listing","data":{{"children":[{{"kind":"t3","data":{{"title":"Teachers issue strike notice","selftext":"{PARA}\n\n{PARA}","selftext_html":"&lt;!-- SC_OFF --&gt;&lt;div class=\"md\"&gt;&lt;p&gt;{PARA}&lt;/p&gt;\n&lt;p&gt;{PARA}&lt;/p&gt;&lt;/div&gt;","author":"reader_42","created_utc":1831963260.0,"url":"https://www.reddit.com/r/Kenya/comments/1/x/"}}}}]}}}},{{"kind":"Listing","data":{{"children":[{{"kind":"t1","data":{{"body":"Thank you for pasting this, the site is slow.","author":"someone"}}}}]}}}}]"#
        );
        let a = read(&json);
        // The text body, not its copy as escaped HTML.
        assert!(matches!(&a.body, Body::Text(t) if t.starts_with("The county")));
        assert_eq!(a.title.as_deref(), Some("Teachers issue strike notice"));
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 1, 20));
        assert_eq!(a.others.len(), 1);
        assert!(a.others[0].text.starts_with("Thank you"));
    }

    #[test]
    fn extractors_json_and_json_ld_give_a_text_body() {
        let json = format!(
            r#"{{"title":"Budget passed","author":"Jane Doe; John Roe","date":"2027-03-04","url":"https://example.org/b","text":"{PARA}\n{PARA}","comments":""}}"#
        );
        let a = read(&json);
        assert!(matches!(&a.body, Body::Text(t) if t.starts_with("The county")));
        assert_eq!(a.authors, ["Jane Doe", "John Roe"]);
        let ld = format!(
            r#"{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget passed","datePublished":"2027-03-04T08:00:00+01:00","author":[{{"@type":"Person","name":"Jane Doe"}}],"articleBody":"{PARA}"}}"#
        );
        let a = read(&ld);
        assert_eq!(a.title.as_deref(), Some("Budget passed"));
        assert_eq!(a.authors, ["Jane Doe"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2027, 3, 4));
    }

    /// The document juxta reads from `json` saved as `name`.
    fn document(json: &str, name: &str) -> super::super::Document {
        let ctx = super::super::Context::default();
        super::super::ingest_bytes(json.as_bytes(), std::path::Path::new(name), &ctx, None).unwrap()
    }

    #[test]
    fn a_saved_json_article_is_read_with_its_fields_where_its_text_is_silent() {
        // A WordPress post: the body is HTML, the title and writer fields.
        let json = format!(
            r#"[{{"date":"2028-02-07T10:30:15","link":"https://example.ma/p/","title":{{"rendered":"Fuel prices rise &#8211; again"}},"content":{{"rendered":"<p>{PARA}<\/p>\n<h3>Margins<\/h3>\n<p>&#8220;{PARA}&#8221;<\/p>"}},"author":287,"_embedded":{{"author":[{{"name":"Hicham Benaissa"}}]}}}}]"#
        );
        let d = document(&json, "post.json");
        assert_eq!(d.title.as_deref(), Some("Fuel prices rise – again"));
        assert_eq!(d.authors, ["Hicham Benaissa"]);
        assert_eq!(d.date_string().as_deref(), Some("2028-02-07"));
        assert_eq!(d.provenance["author"], super::super::Provenance::Json);
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, [PARA, "Margins", &format!("“{PARA}”")]);
        // A post pasting an article under the poster's note: the note goes,
        // the article's own byline names its writer, not the poster.
        let json = format!(
            r#"{{"title":"Teachers issue strike notice","author":"reader_42","created_utc":1831963260,"selftext":"Pasting it here, the site is slow &amp; full of ads.\n\n**Teachers issue strike notice**\n\nBy Grace Wanjiru | Jan. 20, 2028\n\n{PARA}\n\n**READ MORE**\n\n* TSC to hire 20,000 intern teachers\n* Heads send students home over fees\n\n{PARA}"}}"#
        );
        let d = document(&json, "thread.json");
        assert_eq!(d.authors, ["Grace Wanjiru"]);
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, [PARA, PARA]);
        assert!(
            d.removed
                .iter()
                .any(|r| r.text.starts_with("Pasting it here"))
        );
        assert!(d.removed.iter().any(|r| r.text.contains("intern teachers")));
        // Not named .json and no JSON: read as text.
        let d = document(&format!("[Update] {PARA}\n\n{PARA} [10:05]"), "live.txt");
        assert_eq!(d.paragraphs.len(), 2);
    }

    #[test]
    fn an_ans_article_is_its_content_elements_joined() {
        let json = format!(
            r#"{{"type":"story","headlines":{{"basic":"Budget passed"}},"display_date":"2027-03-04T08:00:00Z","credits":{{"by":[{{"name":"Jane Doe"}}]}},"content_elements":[{{"type":"text","content":"{PARA}"}},{{"type":"header","level":3,"content":"What comes next"}},{{"type":"image","caption":"The assembly hall."}},{{"type":"text","content":"{PARA}"}}]}}"#
        );
        let a = read(&json);
        let Body::Html(h) = &a.body else {
            panic!("{:?}", a.body)
        };
        assert_eq!(h.matches("<p>").count(), 2);
        assert_eq!(a.title.as_deref(), Some("Budget passed"));
        assert_eq!(a.authors, ["Jane Doe"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2027, 3, 4));
        assert!(h.contains("<h3>What comes next</h3>"));
        // The elements are not other objects' texts.
        assert!(a.others.is_empty());
    }

    #[test]
    fn a_json_file_that_does_not_parse_or_holds_no_article_is_an_error_with_its_place() {
        let e = article(
            "{\n  \"title\": \"x\",\n  \"content\": \"cut",
            true,
            "a.json",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("a.json:3:"), "{e}");
        assert_eq!(e.matches("a.json").count(), 1, "{e}");
        assert!(e.contains("does not parse"), "{e}");
        let e = article(r#"{"id": 4, "tags": [1, 2]}"#, true, "a.json")
            .unwrap_err()
            .to_string();
        assert!(e.contains("no article found"), "{e}");
        // A text that is not named .json and only looks like JSON is text.
        assert_eq!(
            article("[Update] the talks resumed [10:05]", false, "a.txt").unwrap(),
            None
        );
        assert!(may_be_json("x.JSON", "not json"));
        assert!(!may_be_json("x.txt", "[Update] talks resumed"));
    }
}
