//! Articles kept as records of an XML file: a feed saved as a file (RSS,
//! Atom, RSS 1.0, read with feed-rs as `juxta fetch` reads feeds), a news
//! agency's delivery (IPTC NewsML-G2, NITF) or a blog's export
//! (LiveJournal's "Export Journal", Blogger's and WordPress's exports are
//! feeds). Such a file holds several records, each with its fields (a
//! title, a writer, a date) and a body: escaped HTML in a text field
//! ("<description>&lt;p&gt;…"), HTML in CDATA, or XHTML inline
//! (`<inlineXML><html>…`).
//!
//! The article is the record whose body has the most words; the other
//! records are recorded as removed, with their lines. Records and bodies
//! are told by the file's shape, never by one format's names alone: a
//! record is the nearest element around a body that repeats among its
//! siblings (an `<item>`, an `<entry>`, a `<newsItem>`).

use std::sync::LazyLock;

use quick_xml::Reader;
use quick_xml::events::Event;
use regex::Regex;

use super::Removed;
use super::json::{Article, Body};
use super::rules::{Reason, word_count};
use super::xml::plain;

/// Elements read before a file is taken as no record set (a whole
/// database dump is not an article).
const MAX_NODES: usize = 200_000;

/// Nesting deeper than this is no record set.
const MAX_DEPTH: usize = 200;

/// A body of fewer words is a record's note, not an article.
const MIN_WORDS: usize = 20;

/// The article in `text` when it is an XML file of records; `None` for
/// any other text (web pages, FictionBook and Evernote files, which
/// [`super::xml`] reads), or XML that does not parse.
pub(crate) fn article(named: &str, text: &str) -> Option<Article> {
    let root = root_name(text)?;
    match root.as_str() {
        "html" | "FictionBook" | "en-export" | "svg" | "office:document" => None,
        "rss" | "feed" | "rdf:RDF" | "RDF" => feed(text),
        _ if xml_named(named) || text.trim_start().starts_with("<?xml") => {
            let tree = parse(text)?;
            records(&tree, text)
        }
        _ => None,
    }
}

fn xml_named(named: &str) -> bool {
    let n = named.to_ascii_lowercase();
    [".xml", ".rss", ".atom", ".rdf"]
        .iter()
        .any(|e| n.ends_with(e))
}

/// The name of the first element of `text`, when `text` opens as XML
/// (a declaration, comments or a doctype may come first).
pub(crate) fn root_name(text: &str) -> Option<String> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if !t.starts_with('<') {
        return None;
    }
    let mut rest = t;
    for _ in 0..64 {
        let open = rest.find('<')?;
        rest = &rest[open..];
        if rest.starts_with("<?") {
            rest = &rest[rest.find("?>")? + 2..];
        } else if rest.starts_with("<!--") {
            rest = &rest[rest.find("-->")? + 3..];
        } else if rest.starts_with("<!") {
            rest = &rest[rest.find('>')? + 1..];
        } else {
            let name: String = rest[1..]
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
                .collect();
            return (!name.is_empty()).then_some(name);
        }
    }
    None
}

/// `text` with the encoding its XML declaration names dropped: the text is
/// decoded already, and a parser would decode it again.
fn without_declared_encoding(text: &str) -> String {
    static DECL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^\s*<\?xml[^>]*?\sencoding\s*=\s*["'][^"']*["']"#).expect("regex")
    });
    let t = text.trim_start_matches('\u{feff}');
    match DECL.find(t) {
        Some(m) => {
            let decl = &t[..m.end()];
            let cut = decl.rfind("encoding").unwrap_or(decl.len());
            format!("{}{}", &decl[..cut], &t[m.end()..])
        }
        None => t.to_string(),
    }
}

/// A feed saved as a file, read with feed-rs: the entry with the longest
/// body (its content, else its summary) is the article.
fn feed(text: &str) -> Option<Article> {
    let clean = without_declared_encoding(text);
    let feed = feed_rs::parser::parse(clean.as_bytes()).ok()?;
    let outlet = feed.title.as_ref().map(|t| t.content.trim().to_string());
    let bodies: Vec<(String, usize)> = feed
        .entries
        .iter()
        .map(|e| {
            let body = e
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let words = word_count(&tags_dropped(&body));
            (body, words)
        })
        .collect();
    let best = (0..bodies.len()).max_by_key(|&i| (bodies[i].1, usize::MAX - i))?;
    if bodies[best].1 < MIN_WORDS {
        return None;
    }
    let spans = spans(text, &["item", "entry"]);
    let span = |i: usize| spans.get(i).copied().unwrap_or([1, 1]);
    let entry = &feed.entries[best];
    let authors = entry
        .authors
        .iter()
        .filter_map(|p| writer(p.name.as_deref().or(p.email.as_deref())?))
        .filter(|n| outlet.as_deref() != Some(n.as_str()) && !super::meta::desk_name(n))
        .collect();
    let others = (0..bodies.len())
        .filter(|&i| i != best)
        .map(|i| {
            let title = feed.entries[i]
                .title
                .as_ref()
                .map_or(String::new(), |t| t.content.clone());
            Removed {
                text: plain(&format!("{title} {}", tags_dropped(&bodies[i].0))),
                reason: Reason::Outside,
                lines: span(i),
            }
        })
        .collect();
    Some(Article {
        body: html_or_text(&bodies[best].0),
        title: entry.title.as_ref().map(|t| plain(&t.content)),
        subtitle: None,
        authors,
        date: entry.published.or(entry.updated).map(|d| d.date_naive()),
        url: entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .map(|l| l.href.clone()),
        others,
        line_map: Vec::new(),
        lines: span(best),
    })
}

/// The lines each record opened by one of `names` spans in `text`, in
/// order (1-based, inclusive), found by its tags outside CDATA sections.
fn spans(text: &str, names: &[&str]) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut at = 0;
    let b = text.as_bytes();
    while let Some(k) = memchr::memchr(b'<', &b[at..]) {
        let i = at + k;
        let rest = &text[i..];
        if rest.starts_with("<![CDATA[") {
            at = rest.find("]]>").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let closing = rest.starts_with("</");
        let name_at = if closing { 2 } else { 1 };
        let name: &str = rest[name_at..]
            .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .next()
            .unwrap_or("");
        let local = name.rsplit(':').next().unwrap_or(name);
        if names.contains(&local) {
            let line = 1 + memchr::memchr_iter(b'\n', &b[..i]).count();
            match (closing, open) {
                (false, None) => open = Some(line),
                (true, Some(first)) => {
                    out.push([first, line]);
                    open = None;
                }
                _ => {}
            }
        }
        at = i + 1;
    }
    out
}

/// A writer's name as a feed gives it: "haber@example.com (Ayşe Demir)"
/// as "Ayşe Demir"; an address alone is no name.
fn writer(raw: &str) -> Option<String> {
    let t = plain(raw);
    // feed-rs keeps the parentheses when it takes the address apart.
    let t = match t.strip_prefix('(').and_then(|n| n.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) => inner.trim().to_string(),
        _ => t,
    };
    let name = match (t.find('('), t.ends_with(')')) {
        (Some(open), true) if t[..open].contains('@') => {
            t[open + 1..t.len() - 1].trim().to_string()
        }
        _ => t,
    };
    (!name.is_empty() && !name.contains('@')).then_some(name)
}

/// HTML as the body when `raw` has tags, else text.
fn html_or_text(raw: &str) -> Body {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|a|b|i|em|strong|img|span|figure|table)[\s/>]").expect("regex")
    });
    if TAG.is_match(raw) {
        Body::Html(raw.to_string())
    } else {
        Body::Text(raw.trim().to_string())
    }
}

/// HTML's text without its tags, for counting words.
fn tags_dropped(html: &str) -> String {
    static TAGS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").expect("regex"));
    TAGS.replace_all(html, " ").into_owned()
}

/// An element of the file: its local name, attributes, text (references
/// decoded) and children, and the lines it spans.
#[derive(Debug, Default)]
struct Node {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<Node>,
    lines: [usize; 2],
}

impl Node {
    fn attr(&self, want: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == want)
            .map(|(_, v)| v.as_str())
    }

    /// Its text and its descendants', in order.
    fn all_text(&self, out: &mut String) {
        out.push_str(&self.text);
        for c in &self.children {
            out.push(' ');
            c.all_text(out);
        }
    }
}

fn local(name: &str) -> String {
    name.rsplit(':').next().unwrap_or(name).to_string()
}

/// The file as a tree, or `None` when it does not parse or is too large.
fn parse(text: &str) -> Option<Node> {
    let clean = without_declared_encoding(text);
    let mut reader = Reader::from_str(&clean);
    let line_at = |pos: u64| {
        let end = usize::try_from(pos).unwrap_or(usize::MAX).min(clean.len());
        1 + memchr::memchr_iter(b'\n', &clean.as_bytes()[..end]).count()
    };
    let mut stack: Vec<Node> = vec![Node::default()];
    let mut count = 0;
    loop {
        let pos = reader.buffer_position();
        let event = reader.read_event().ok()?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(s) | Event::Empty(s) => {
                count += 1;
                if count > MAX_NODES || stack.len() > MAX_DEPTH {
                    return None;
                }
                let attrs = s
                    .attributes()
                    .flatten()
                    .map(|a| {
                        let v = htmlescape::decode_html(&a.value)
                            .unwrap_or_else(|_| a.value.to_string());
                        (local(a.key.as_ref()), v)
                    })
                    .collect();
                let line = line_at(pos + 1);
                let node = Node {
                    name: local(s.name().as_ref()),
                    attrs,
                    lines: [line, line],
                    ..Node::default()
                };
                if empty {
                    stack.last_mut()?.children.push(node);
                } else {
                    stack.push(node);
                }
            }
            Event::End(_) => {
                let mut node = stack.pop()?;
                node.lines[1] = line_at(reader.buffer_position());
                stack.last_mut()?.children.push(node);
            }
            Event::Text(t) => {
                stack.last_mut()?.text.push_str(t.as_ref());
            }
            Event::CData(t) => {
                stack.last_mut()?.text.push_str(t.as_ref());
            }
            Event::GeneralRef(r) => {
                if let Some(c) = reference_char(&r) {
                    stack.last_mut()?.text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut top = stack.pop()?;
    if !stack.is_empty() || top.children.len() != 1 {
        return None;
    }
    top.children.pop()
}

/// The character an XML reference stands for: one of the five entities
/// XML defines, or a character reference ("&#8220;"); `None` for others.
pub(crate) fn reference_char(r: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    match &**r {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => r.resolve_char_ref().ok().flatten(),
    }
}

/// A body found in the tree: the path of child indexes to it, its HTML or
/// text, and its words.
struct Found {
    path: Vec<usize>,
    body: String,
    words: usize,
}

/// Elements whose text is never a body: a record's fields.
fn field_name(name: &str) -> bool {
    matches!(
        name,
        "title"
            | "headline"
            | "subject"
            | "name"
            | "author"
            | "creator"
            | "by"
            | "byline"
            | "keyword"
    )
}

/// Every body under `node`: inline XHTML (an `<html>` or `<body>` with
/// elements), and text fields of HTML or of many words.
fn bodies(node: &Node, path: &mut Vec<usize>, out: &mut Vec<Found>) {
    // NITF's body holds its head (headline, byline) and its content.
    let nitf = node.name == "body" && node.children.iter().any(|c| c.name == "body.content");
    let inline = node.name == "html" || node.name == "body" || node.name == "body.content";
    if inline && !nitf && !node.children.is_empty() {
        let mut html = String::new();
        to_html(node, &mut html);
        let words = word_count(&tags_dropped(&html));
        out.push(Found {
            path: path.clone(),
            body: html,
            words,
        });
        return;
    }
    if node.children.is_empty() && !field_name(&node.name) {
        let words = word_count(&tags_dropped(&node.text));
        if words >= MIN_WORDS {
            out.push(Found {
                path: path.clone(),
                body: node.text.clone(),
                words,
            });
        }
    }
    for (i, c) in node.children.iter().enumerate() {
        path.push(i);
        bodies(c, path, out);
        path.pop();
    }
}

/// An inline XHTML element written back as HTML.
fn to_html(node: &Node, out: &mut String) {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    out.push('<');
    out.push_str(&node.name);
    for (k, v) in &node.attrs {
        if k != "xmlns" {
            out.push_str(&format!(" {k}=\"{}\"", esc(v).replace('"', "&quot;")));
        }
    }
    out.push('>');
    out.push_str(&esc(&node.text));
    for c in &node.children {
        to_html(c, out);
    }
    out.push_str(&format!("</{}>", node.name));
}

/// The nodes along `path` from `root`.
fn along<'a>(root: &'a Node, path: &[usize]) -> Vec<&'a Node> {
    let mut out = vec![root];
    let mut at = root;
    for &i in path {
        at = &at.children[i];
        out.push(at);
    }
    out
}

/// The record around the body at `path`: the nearest element above it
/// that repeats among its siblings, else the root's child on the path.
fn record_of(root: &Node, path: &[usize]) -> Vec<usize> {
    let nodes = along(root, path);
    for depth in (1..path.len()).rev() {
        let parent = nodes[depth - 1];
        let name = &nodes[depth].name;
        if parent.children.iter().filter(|c| &c.name == name).count() >= 2 {
            return path[..depth].to_vec();
        }
    }
    path[..path.len().min(1)].to_vec()
}

/// A set of records: the one with the longest body is the article.
fn records(root: &Node, _text: &str) -> Option<Article> {
    let mut found = Vec::new();
    bodies(root, &mut Vec::new(), &mut found);
    // Each record's longest body.
    let mut by_record: Vec<(Vec<usize>, Found)> = Vec::new();
    for f in found {
        let record = record_of(root, &f.path);
        match by_record.iter_mut().find(|(r, _)| *r == record) {
            Some((_, best)) if best.words >= f.words => {}
            Some((_, best)) => *best = f,
            None => by_record.push((record, f)),
        }
    }
    let best = (0..by_record.len()).max_by_key(|&i| (by_record[i].1.words, usize::MAX - i))?;
    let (record_path, body) = &by_record[best];
    let record = *along(root, record_path).last()?;
    let inner = &body.path[record_path.len()..];
    let fields = Fields::of(record, inner);
    // The other records: the record's siblings of its name (those with
    // no body of their own too).
    let parent = along(root, &record_path[..record_path.len().saturating_sub(1)])
        .pop()
        .unwrap_or(root);
    let index = record_path.last().copied();
    let others = parent
        .children
        .iter()
        .enumerate()
        .filter(|&(i, c)| Some(i) != index && c.name == record.name)
        .map(|(_, node)| {
            let mut text = String::new();
            node.all_text(&mut text);
            Removed {
                text: plain(&tags_dropped(&text)),
                reason: Reason::Outside,
                lines: node.lines,
            }
        })
        .collect();
    Some(Article {
        body: html_or_text(&body.body),
        title: fields.title,
        subtitle: fields.subtitle,
        authors: fields.authors,
        date: fields.date,
        url: fields.url,
        others,
        line_map: Vec::new(),
        lines: record.lines,
    })
}

/// What a record's fields say of its article.
#[derive(Default)]
struct Fields {
    title: Option<String>,
    subtitle: Option<String>,
    authors: Vec<String>,
    date: Option<chrono::NaiveDate>,
    url: Option<String>,
}

impl Fields {
    /// The fields of `record`, outside its body (at `body`, a path of
    /// child indexes). A headline field names the article; a title or a
    /// subject may be the saver's own (a blog post's), so only a
    /// headline, a NITF `hl1` or a feed's title is taken.
    fn of(record: &Node, body: &[usize]) -> Fields {
        let mut f = Fields::default();
        let mut dates: Vec<(usize, chrono::NaiveDate)> = Vec::new();
        visit(record, body, &mut |n: &Node| {
            let text = || {
                let mut t = String::new();
                n.all_text(&mut t);
                plain(&t)
            };
            match n.name.as_str() {
                "headline" | "hl1" if f.title.is_none() => f.title = Some(text()),
                "hl2" | "abstract" | "standfirst" if f.subtitle.is_none() => {
                    f.subtitle = Some(text());
                }
                "description" if n.attr("role").is_some_and(|r| r.contains("summary")) => {
                    f.subtitle.get_or_insert_with(text);
                }
                "by" | "byline" | "creator" | "author" | "byttl" => {
                    if let Some(name) = writer(&text())
                        && !f.authors.contains(&name)
                        && f.authors.len() < 4
                    {
                        f.authors.push(name);
                    }
                }
                "link" if f.url.is_none() => {
                    let href = n.attr("href").map_or_else(text, str::to_string);
                    if href.starts_with("http") {
                        f.url = Some(href);
                    }
                }
                name => {
                    if let Some(rank) = DATES.iter().position(|d| *d == name)
                        && let Some(d) = super::meta::parse_date(&text())
                    {
                        dates.push((rank, d));
                    }
                }
            }
        });
        f.date = dates.iter().min_by_key(|(r, _)| *r).map(|(_, d)| *d);
        f
    }
}

/// Fields that date a record, the article's own first.
const DATES: [&str; 12] = [
    "published",
    "pubdate",
    "pubDate",
    "firstCreated",
    "contentCreated",
    "eventtime",
    "date",
    "created",
    "issued",
    "versionCreated",
    "updated",
    "logtime",
];

/// Calls `f` on every element under `node` but the body at `skip` (a path
/// of child indexes) and what it holds; a field's children are its own.
fn visit(node: &Node, skip: &[usize], f: &mut dyn FnMut(&Node)) {
    for (i, c) in node.children.iter().enumerate() {
        let rest = match skip.split_first() {
            Some((&k, rest)) if k == i => {
                if rest.is_empty() {
                    continue;
                }
                rest
            }
            _ => &[],
        };
        f(c);
        if !field_name(&c.name) {
            visit(c, rest, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testutil::PARA;

    fn body_html(a: &Article) -> &str {
        match &a.body {
            Body::Html(h) => h,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_feed_entrys_author_that_is_a_desk_is_no_writer() {
        for (author, want) in [
            ("Newsroom", vec![]),
            ("Redazione", vec![]),
            ("Σύνταξη", vec![]),
            ("Web Desk", vec![]),
            // Counter-examples: people, one with a desk's word in the name.
            ("Maria Kallergi", vec!["Maria Kallergi"]),
            ("Tom Newsroomer", vec!["Tom Newsroomer"]),
        ] {
            let atom = format!(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Island Times</title><id>urn:x</id><updated>2028-03-01T08:00:00Z</updated>\n\
                 <entry><title>Harbour reopens</title><id>urn:y</id><updated>2028-03-01T08:00:00Z</updated>\
                 <author><name>{author}</name></author><content type=\"html\">&lt;p&gt;{PARA}&lt;/p&gt;&lt;p&gt;{PARA}&lt;/p&gt;</content></entry>\n</feed>"
            );
            let a = article("feed.atom", &atom).unwrap();
            assert_eq!(a.authors, want, "{author}");
        }
    }

    #[test]
    fn a_saved_feed_is_read_as_its_longest_entry() {
        let rss = format!(
            "<?xml version=\"1.0\" encoding=\"windows-1254\"?>\n<rss version=\"2.0\"><channel><title>Daily Post</title>\n\
             <item><title>Short one</title><link>https://example.com/a</link><description><![CDATA[<p>Two words.</p>]]></description>\
             <author>desk@example.com (Daily Post)</author></item>\n\
             <item>\n<title><![CDATA[Budget passes]]></title>\n<link>https://example.com/b</link>\n\
             <description><![CDATA[<p>{PARA}</p><p>{PARA}</p>]]></description>\n\
             <author>desk@example.com (Ayşe Demir)</author>\n<pubDate>Mon, 28 Feb 2028 10:45:00 +0300</pubDate>\n</item>\n\
             </channel></rss>"
        );
        let a = article("feed.xml", &rss).unwrap();
        assert_eq!(a.title.as_deref(), Some("Budget passes"));
        assert_eq!(a.authors, ["Ayşe Demir"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 2, 28));
        assert_eq!(a.url.as_deref(), Some("https://example.com/b"));
        assert!(body_html(&a).contains("<p>The county"));
        assert_eq!(a.lines, [4, 10]);
        assert_eq!(a.others.len(), 1);
        assert_eq!(a.others[0].lines, [3, 3]);
        assert!(a.others[0].text.starts_with("Short one"), "{:?}", a.others);
    }

    #[test]
    fn an_agency_delivery_is_read_as_its_text_item() {
        let xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>\n\
             <newsItem><contentMeta><headline>A photo</headline><description role=\"drol:caption\">The square at dawn.</description></contentMeta></newsItem>\n\
             <newsItem><itemMeta><firstCreated>2028-04-14T05:10:00Z</firstCreated><link rel=\"irel:seeAlso\" href=\"https://example.com/n\"/></itemMeta>\n\
             <contentMeta><creator><name>Najib Ahmadzai</name></creator><headline>Roads to be paved</headline><by>Najib Ahmadzai</by>\
             <description role=\"drol:summary\">The work starts in May.</description></contentMeta>\n\
             <contentSet><inlineXML><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Roads</title></head><body>\n\
             <p>{PARA}</p><p>Fish &amp; chips &lt;3</p></body></html></inlineXML></contentSet></newsItem>\n</itemSet></newsMessage>"
        );
        let a = article("item.xml", &xml).unwrap();
        assert_eq!(a.title.as_deref(), Some("Roads to be paved"));
        assert_eq!(a.subtitle.as_deref(), Some("The work starts in May."));
        assert_eq!(a.authors, ["Najib Ahmadzai"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 4, 14));
        assert_eq!(a.url.as_deref(), Some("https://example.com/n"));
        let html = body_html(&a);
        assert!(html.contains("<p>Fish &amp; chips &lt;3</p>"), "{html}");
        assert!(!html.contains("xmlns"), "{html}");
        assert_eq!(a.lines, [4, 7]);
        // The photo's item, whose caption is no body, is another record.
        assert_eq!(a.others.len(), 1);
        assert_eq!(a.others[0].lines, [3, 3]);
    }

    #[test]
    fn a_nitf_document_is_read_as_its_body_content() {
        let xml = format!(
            "<?xml version=\"1.0\"?>\n<nitf><head><title>x</title><docdata><date.issue norm=\"20280301T090000Z\"/></docdata></head>\n\
             <body><body.head><hedline><hl1>Water rates to rise</hl1><hl2>Council votes on Monday</hl2></hedline>\
             <byline><person>Mara Quist</person></byline></body.head>\n\
             <body.content><p>{PARA}</p><p>{PARA}</p></body.content></body></nitf>"
        );
        let a = article("story.xml", &xml).unwrap();
        assert_eq!(a.title.as_deref(), Some("Water rates to rise"));
        assert_eq!(a.subtitle.as_deref(), Some("Council votes on Monday"));
        assert_eq!(a.authors, ["Mara Quist"]);
        let html = body_html(&a);
        assert!(html.starts_with("<body.content><p>The county"), "{html}");
        assert!(!html.contains("Water rates"), "{html}");
    }

    #[test]
    fn a_blog_export_is_read_as_its_longest_post_without_its_subject() {
        let xml = format!(
            "<?xml version=\"1.0\"?>\n<livejournal>\n<entry><subject>Back home</subject><event>We went to the lake. Photos later.</event></entry>\n\
             <entry><eventtime>2028-04-10 19:22:00</eventtime><subject>Good news (from Kabar)</subject>\
             <event>&lt;p&gt;{PARA}&lt;/p&gt;&lt;p&gt;{PARA}&lt;/p&gt;</event></entry>\n\
             <entry><subject>Question</subject><event>Who knows a bicycle repair shop near the bazaar? I need one soon, the chain broke again yesterday.</event></entry>\n</livejournal>"
        );
        let a = article("journal.xml", &xml).unwrap();
        assert_eq!(a.title, None, "a post's subject is the blogger's");
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 4, 10));
        assert!(body_html(&a).starts_with("<p>The county"));
        assert_eq!(a.lines, [4, 4]);
        assert_eq!(a.others.len(), 2, "the other posts, however short");
        assert_eq!(a.others[1].lines, [5, 5]);
    }

    #[test]
    fn other_xml_and_pages_are_no_record_sets() {
        // A page written as XHTML, a configuration file, a file too short
        // to hold an article, broken XML, a text that is no XML.
        for (name, text) in [
            (
                "a.xhtml",
                format!("<?xml version=\"1.0\"?>\n<html><body><p>{PARA}</p></body></html>"),
            ),
            (
                "pom.xml",
                "<?xml version=\"1.0\"?><project><version>1.0</version><name>x</name></project>"
                    .to_string(),
            ),
            (
                "a.xml",
                format!("<?xml version=\"1.0\"?><list><item>{PARA}</item><item>{PARA}"),
            ),
            ("a.txt", format!("{PARA} <item>not xml</item>")),
            (
                "a.xml",
                "<rss version=\"2.0\"><channel><item><title>x</title></item></channel></rss>"
                    .to_string(),
            ),
        ] {
            assert!(article(name, &text).is_none(), "{name}: {text}");
        }
    }

    #[test]
    fn writers_as_feeds_give_them() {
        assert_eq!(
            writer("desk@example.com (Ayşe Demir)").as_deref(),
            Some("Ayşe Demir")
        );
        assert_eq!(writer("Ayşe Demir").as_deref(), Some("Ayşe Demir"));
        assert_eq!(writer("desk@example.com"), None);
        assert_eq!(writer("Demir (Izmir)").as_deref(), Some("Demir (Izmir)"));
        assert_eq!(writer("(Ayşe Demir)").as_deref(), Some("Ayşe Demir"));
    }
}
