//! Articles kept in XML containers that are not web pages: FictionBook
//! e-books (`.fb2`, as pandoc and converters write them for e-readers) and
//! Evernote's exports (`.enex`, notes clipped from the web). Each is read
//! as the page of its article, with what the container states of it; the
//! rest of the container (other notes) is recorded as removed.
//!
//! It also holds what the readers of other XML formats share (ALTO pages,
//! [`super::alto`], and TEI documents, [`super::tei`]): the root element, an attribute by its local name, the
//! place of a parse error, and the page of HTML an article is written out
//! as, each element with the lines of the file it was read from.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::Removed;
use super::json::{Article, Body};
use super::rules::Reason;

/// Which container `text` is, by its name or its root element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    FictionBook,
    Evernote,
}

fn container(named: &str, text: &str) -> Option<Container> {
    let name = named.to_ascii_lowercase();
    let mut end = text.len().min(1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    if name.ends_with(".fb2") || head.contains("<FictionBook") {
        Some(Container::FictionBook)
    } else if name.ends_with(".enex") || head.contains("<en-export") {
        Some(Container::Evernote)
    } else {
        None
    }
}

/// The article in `text` when it is a FictionBook or an Evernote export;
/// `None` for any other text, or a container that does not parse (read
/// then as the text it is).
pub(crate) fn article(named: &str, text: &str) -> Option<Article> {
    match container(named, text)? {
        Container::FictionBook => fiction_book(text),
        Container::Evernote => evernote(text),
    }
}

/// An element's local name, without its namespace's prefix.
fn local(name: &str) -> String {
    name.rsplit(':').next().unwrap_or(name).to_string()
}

/// An attribute's value by its local name ("l:href" is "href").
fn attribute(e: &BytesStart<'_>, want: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == want)
        .map(|a| a.value.into_owned())
}

/// The value of `e`'s attribute whose local name is `want` ("xml:lang"
/// is "lang"), read as text ([`attribute_text`]).
pub(crate) fn attribute_local(e: &BytesStart<'_>, want: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == want)
        .map(|a| attribute_text(&a.value))
}

/// The start tag of an XML text's root element (from its name to its
/// closing bracket): what comes before it (a byte order mark, the XML
/// declaration, processing instructions, comments, a document type with
/// its internal subset) skipped. `None` when the text opens with no
/// element.
pub(crate) fn root_tag(text: &str) -> Option<&str> {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    // A prologue is a few declarations: a text of thousands is no XML.
    for _ in 0..64 {
        if let Some(r) = rest.strip_prefix("<?") {
            rest = r.split_once("?>")?.1.trim_start();
        } else if let Some(r) = rest.strip_prefix("<!--") {
            rest = r.split_once("-->")?.1.trim_start();
        } else if rest
            .get(..9)
            .is_some_and(|d| d.eq_ignore_ascii_case("<!DOCTYPE"))
        {
            rest = rest[past_declaration(rest)?..].trim_start();
        } else {
            let tag = rest.strip_prefix('<')?;
            let end = past_declaration(tag)?;
            let tag = tag[..end - 1].trim_end_matches('/');
            return tag
                .starts_with(|c: char| c.is_alphabetic() || c == '_')
                .then_some(tag);
        }
    }
    None
}

/// Where the declaration or tag `s` opens ends: past its closing bracket,
/// quoted values and a bracketed internal subset read through.
fn past_declaration(s: &str) -> Option<usize> {
    let mut quote = None;
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') => depth += 1,
            (None, ']') => depth = depth.saturating_sub(1),
            (None, '>') if depth == 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The local name of the element a root tag ([`root_tag`]) opens.
pub(crate) fn tag_name(tag: &str) -> &str {
    let name = tag
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()
        .unwrap_or("");
    name.rsplit(':').next().unwrap_or(name)
}

/// The 1-based line of byte `pos` of `text`.
pub(crate) fn line_at(text: &str, pos: u64) -> usize {
    let pos = usize::try_from(pos).unwrap_or(usize::MAX).min(text.len());
    memchr::memchr_iter(b'\n', &text.as_bytes()[..pos]).count() + 1
}

/// The error of a file of a format juxta reads (`what`: "ALTO file")
/// that is not well-formed XML, at the place the parser stopped.
pub(crate) fn parse_error(
    text: &str,
    display: &str,
    what: &str,
    pos: u64,
    e: &quick_xml::Error,
) -> crate::error::Error {
    let pos = usize::try_from(pos).unwrap_or(usize::MAX).min(text.len());
    crate::error::Error::build(format!("this {what} is not well-formed XML: {e}"))
        .at(crate::error::Location::from_span(display, text, pos..pos + 1))
        .hint(format!(
            "check that the {what} is whole (a download cut short ends mid-element), or export it again"
        ))
}

/// A page of HTML being written an element a line, with the lines of the
/// file each line was read from.
#[derive(Debug, Default)]
pub(crate) struct PageWriter {
    html: String,
    line_map: Vec<[usize; 2]>,
}

impl PageWriter {
    /// Opens the page: its head, with the standfirst as its description
    /// (what makes the heading that repeats it the subtitle).
    pub(crate) fn head(&mut self, standfirst: Option<&(String, [usize; 2])>) {
        self.line("<html><head>", [1, 1]);
        if let Some((s, at)) = standfirst {
            let s = htmlescape::encode_attribute(s);
            self.line(&format!("<meta name=\"description\" content=\"{s}\">"), *at);
        }
        self.line("</head><body>", [1, 1]);
    }

    /// A line of the page read from the file's lines `at`.
    fn line(&mut self, html: &str, at: [usize; 2]) {
        self.html.push_str(&html.replace('\n', " "));
        self.html.push('\n');
        self.line_map.push(at);
    }

    /// An element of text, when there is one.
    pub(crate) fn block(&mut self, tag: &str, text: Option<&(String, [usize; 2])>) {
        if let Some((t, at)) = text {
            self.element(tag, t, *at);
        }
    }

    /// An element `tag` of the text `text`, read from the lines `at`.
    pub(crate) fn element(&mut self, tag: &str, text: &str, at: [usize; 2]) {
        if text.trim().is_empty() {
            return;
        }
        let t = htmlescape::encode_minimal(text);
        self.line(&format!("<{tag}>{t}</{tag}>"), at);
    }

    /// The page closed, as an article of a file of `file_lines` lines.
    pub(crate) fn article(mut self, file_lines: usize) -> Article {
        if self.html.is_empty() {
            self.head(None);
        }
        self.line("</body></html>", [file_lines, file_lines]);
        Article {
            body: Body::Html(self.html),
            lines: [1, file_lines],
            line_map: self.line_map,
            ..Article::default()
        }
    }
}

/// Text as XML wrote it (references kept), read as plain text.
pub(crate) fn plain(raw: &str) -> String {
    let text = htmlescape::decode_html(raw).unwrap_or_else(|_| raw.to_string());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value of `e`'s attribute `name` (as written, prefix and all),
/// read as text ([`attribute_text`]); `None` when it has none.
pub(crate) fn attribute_named(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| attribute_text(&a.value))
}

/// An attribute's value as XML writes it (`raw`, references kept), read
/// as the text it holds: white space written as is turns into spaces (XML's
/// normalization), references become their characters. A character
/// written as two references to UTF-16 halves ("&#55357;&#56832;", as
/// Android apps write an emoji) is the one character they make; a half
/// alone, or a reference to no character, is U+FFFD; a name XML does not
/// define ("&nbsp;") is read as HTML names it, or kept as written.
pub(crate) fn attribute_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    // A first half waiting for its second.
    let mut high: Option<u32> = None;
    loop {
        let i = rest.find(['&', '\t', '\n', '\r']).unwrap_or(rest.len());
        if i > 0 && high.take().is_some() {
            out.push('\u{fffd}');
        }
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.is_empty() {
            break;
        }
        let (read, taken) = reference_at(tail);
        match (high.take(), read) {
            (Some(h), Read::Code(lo @ 0xDC00..=0xDFFF)) => {
                let c = 0x10000 + ((h - 0xD800) << 10) + (lo - 0xDC00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
            (h, read) => {
                if h.is_some() {
                    out.push('\u{fffd}');
                }
                match read {
                    Read::Code(h @ 0xD800..=0xDBFF) => high = Some(h),
                    Read::Code(v) => out.push(char::from_u32(v).unwrap_or('\u{fffd}')),
                    Read::Text(t) => out.push_str(&t),
                }
            }
        }
        rest = &tail[taken..];
    }
    if high.is_some() {
        out.push('\u{fffd}');
    }
    out
}

/// What a reference (or a white-space character) in an attribute's value
/// reads as.
enum Read {
    /// A character's code (maybe half of one).
    Code(u32),
    /// Text.
    Text(String),
}

/// What `tail` opens with reads as, and how many bytes it takes: a
/// reference, a "&" that opens none, or white space (a space).
fn reference_at(tail: &str) -> (Read, usize) {
    if !tail.starts_with('&') {
        return (Read::Code(u32::from(' ')), 1);
    }
    let Some(end) = tail.find(';').filter(|&j| j <= 12) else {
        return (Read::Code(u32::from('&')), 1);
    };
    let name = &tail[1..end];
    match code_of(name) {
        Some(code) => (Read::Code(code), end + 1),
        None => (
            Read::Text(super::references::decoded_all(&tail[..=end])),
            end + 1,
        ),
    }
}

/// The code a reference's name (between "&" and ";") stands for: XML's
/// five names and numbers; `None` for any other name.
fn code_of(name: &str) -> Option<u32> {
    let number = |digits: &str, radix| u32::from_str_radix(digits, radix).ok();
    match name {
        "lt" => Some(u32::from('<')),
        "gt" => Some(u32::from('>')),
        "amp" => Some(u32::from('&')),
        "quot" => Some(u32::from('"')),
        "apos" => Some(u32::from('\'')),
        _ => match name.strip_prefix('#') {
            Some(hex) if hex.starts_with(['x', 'X']) => number(&hex[1..], 16).or(Some(0xFFFD)),
            Some(dec) => number(dec, 10).or(Some(0xFFFD)),
            None => None,
        },
    }
}

/// The HTML element a FictionBook element is drawn as (`None`: its text
/// goes on without a mark; `Some("")`: it and its text are skipped).
fn drawn_as(name: &str, depth: usize) -> Option<&'static str> {
    Some(match name {
        "p" | "v" | "text-author" => "p",
        "title" if depth <= 1 => "h1",
        "title" => "h2",
        "subtitle" => "h3",
        "emphasis" => "em",
        "strong" => "strong",
        "strikethrough" => "s",
        "sup" => "sup",
        "sub" => "sub",
        "code" => "code",
        "cite" | "epigraph" => "blockquote",
        "table" => "table",
        "tr" => "tr",
        "td" => "td",
        "th" => "th",
        "a" => "a",
        "image" | "binary" => "",
        _ => return None,
    })
}

/// What a FictionBook's description says, and its body as a page.
#[derive(Default)]
struct Book {
    title: String,
    authors: Vec<String>,
    /// The parts of the name of the author being read.
    author: Vec<String>,
    date: Option<chrono::NaiveDate>,
    html: String,
}

/// A FictionBook being read, element by element.
#[derive(Default)]
struct BookReader {
    book: Book,
    /// The open elements' local names.
    path: Vec<String>,
    /// Per open element: the mark it was drawn with, and whether it
    /// started a skip.
    open: Vec<(&'static str, bool)>,
    /// How many skipped elements the reader is inside.
    skip: usize,
    /// How deep the sections go where a title stands.
    sections: usize,
}

impl BookReader {
    fn start(&mut self, e: &BytesStart<'_>) {
        let name = local(e.name().as_ref());
        let in_body = self.path.iter().any(|p| p == "body");
        if name == "section" {
            self.sections += 1;
        }
        if name == "date"
            && self.path.last().is_some_and(|p| p == "title-info")
            && let Some(v) = attribute(e, "value")
        {
            self.book.date = chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok();
        }
        let mark = if in_body {
            drawn_as(&name, self.sections)
        } else {
            None
        };
        // A picture's data, and the notes' body, are no text.
        let skips = mark == Some("") || name == "body" && attribute(e, "name").is_some();
        self.skip += usize::from(skips);
        match mark {
            Some("a") if self.skip == 0 => {
                let href = attribute(e, "href").unwrap_or_default();
                let href = htmlescape::encode_attribute(&href);
                self.book.html.push_str(&format!("<a href=\"{href}\">"));
            }
            Some(m) if self.skip == 0 && !m.is_empty() => {
                self.book.html.push_str(&format!("<{m}>"));
            }
            _ => {}
        }
        self.open.push((mark.unwrap_or(""), skips));
        self.path.push(name);
    }

    fn end(&mut self) {
        let name = self.path.pop().unwrap_or_default();
        let (mark, skips) = self.open.pop().unwrap_or(("", false));
        if skips {
            self.skip = self.skip.saturating_sub(1);
        } else if !mark.is_empty() && self.skip == 0 {
            self.book.html.push_str(&format!("</{mark}>"));
        }
        if name == "section" {
            self.sections = self.sections.saturating_sub(1);
        }
        if name == "author" && self.path.last().is_some_and(|p| p == "title-info") {
            let whole = self.book.author.join(" ");
            if !whole.is_empty() {
                self.book.authors.push(whole);
            }
            self.book.author.clear();
        }
    }
}

fn fiction_book(text: &str) -> Option<Article> {
    let mut reader = Reader::from_str(text);
    let mut r = BookReader::default();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => r.start(&e),
            Event::End(_) => r.end(),
            Event::Text(t) => read_text(&mut r.book, &r.path, &t, r.skip),
            Event::GeneralRef(g) => read_text(&mut r.book, &r.path, &format!("&{};", &*g), r.skip),
            Event::Eof => break,
            _ => {}
        }
    }
    let book = r.book;
    if book.html.trim().is_empty() {
        return None;
    }
    let title = plain(&book.title);
    Some(Article {
        body: Body::Html(book.html),
        title: (!title.is_empty())
            .then(|| super::meta::title_without_site(&title).unwrap_or(title.clone())),
        authors: book.authors,
        date: book.date,
        lines: [1, text.lines().count().max(1)],
        ..Default::default()
    })
}

/// A run of text in a FictionBook: the description's fields, or the body's text.
fn read_text(book: &mut Book, path: &[String], raw: &str, skip: usize) {
    let parent = path.last().map_or("", String::as_str);
    let in_title_info = path.iter().any(|p| p == "title-info");
    if in_title_info {
        match parent {
            "book-title" => book.title.push_str(raw),
            "first-name" | "middle-name" | "last-name" | "nickname"
                if path.iter().any(|p| p == "author") =>
            {
                let name = plain(raw);
                if !name.is_empty() {
                    book.author.push(name);
                }
            }
            "date" if book.date.is_none() => {
                book.date = super::meta::date_line(&plain(raw));
            }
            _ => {}
        }
    } else if path.iter().any(|p| p == "body") && skip == 0 {
        book.html.push_str(raw);
    }
}

/// One note of an Evernote export.
#[derive(Default)]
struct Note {
    title: String,
    content: String,
    url: Option<String>,
    lines: [usize; 2],
}

fn evernote(text: &str) -> Option<Article> {
    let mut reader = Reader::from_str(text);
    let mut notes: Vec<Note> = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let line_at = |pos: u64| {
        let pos = usize::try_from(pos).unwrap_or(usize::MAX).min(text.len());
        memchr::memchr_iter(b'\n', &text.as_bytes()[..pos]).count() + 1
    };
    loop {
        let at = reader.buffer_position();
        match reader.read_event().ok()? {
            Event::Start(e) => {
                let name = local(e.name().as_ref());
                if name == "note" {
                    notes.push(Note {
                        lines: [line_at(at), line_at(at)],
                        ..Note::default()
                    });
                }
                path.push(name);
            }
            Event::End(_) => {
                if path.pop().as_deref() == Some("note")
                    && let Some(n) = notes.last_mut()
                {
                    n.lines[1] = line_at(reader.buffer_position());
                }
            }
            Event::Text(t) => {
                let raw = t.to_string();
                note_text(&mut notes, &path, &raw);
            }
            Event::GeneralRef(r) => {
                let raw = format!("&{};", &*r);
                note_text(&mut notes, &path, &raw);
            }
            Event::CData(c) => {
                if path.last().is_some_and(|p| p == "content")
                    && let Some(n) = notes.last_mut()
                {
                    n.content.push_str(&c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // The article is the note with the most text.
    let words = |n: &Note| {
        super::json::strip_tags(&n.content)
            .split_whitespace()
            .count()
    };
    let chosen = (0..notes.len()).max_by_key(|&i| (words(&notes[i]), std::cmp::Reverse(i)))?;
    if words(&notes[chosen]) == 0 {
        return None;
    }
    let others: Vec<Removed> = (notes.iter().enumerate())
        .filter(|&(i, n)| i != chosen && words(n) > 0)
        .map(|(_, n)| Removed {
            text: plain(&super::json::strip_tags(&format!(
                "{} {}",
                n.title, n.content
            ))),
            reason: Reason::Outside,
            lines: n.lines,
        })
        .collect();
    let note = notes.swap_remove(chosen);
    let title = plain(&note.title);
    Some(Article {
        body: Body::Html(enml_body(&note.content)),
        title: (!title.is_empty())
            .then(|| super::meta::title_without_site(&title).unwrap_or(title.clone())),
        url: note.url.map(|u| plain(&u)),
        others,
        lines: note.lines,
        ..Default::default()
    })
}

/// A run of text inside a note: its title or its source's address.
fn note_text(notes: &mut [Note], path: &[String], raw: &str) {
    let Some(n) = notes.last_mut() else {
        return;
    };
    match path.last().map(String::as_str) {
        Some("title") if path.len() >= 2 && path[path.len() - 2] == "note" => {
            n.title.push_str(raw);
        }
        Some("source-url") if path.iter().any(|p| p == "note-attributes") => {
            n.url.get_or_insert_with(String::new).push_str(raw);
        }
        Some("content") => n.content.push_str(raw),
        _ => {}
    }
}

/// A note's ENML as HTML: what is inside `<en-note>`, its media left out.
fn enml_body(enml: &str) -> String {
    let start = enml
        .find("<en-note")
        .and_then(|i| enml[i..].find('>').map(|j| i + j + 1))
        .unwrap_or(0);
    let end = enml.rfind("</en-note>").unwrap_or(enml.len()).max(start);
    enml[start..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "The city council voted on Tuesday to run six night bus lines from January, linking the centre with the largest districts every thirty minutes.";

    #[test]
    fn a_fiction_book_is_read_as_its_body_with_its_description() {
        let fb2 = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FictionBook xmlns=\"http://www.gribuser.ru/xml/fictionbook/2.0\" xmlns:l=\"http://www.w3.org/1999/xlink\"><description><title-info><author><first-name>Ivan</first-name><last-name>Petrov</last-name></author><book-title>Night buses &amp; more | Mediapool.bg</book-title><date>2027-12-07</date><lang>bg</lang></title-info></description><body><title><p>Night buses</p></title><section><title><p>Night buses &amp; more</p></title><p>{PARA}</p><image l:href=\"#img1\"/><p><emphasis>Photo: BGNES</emphasis></p><section><title><p>What it costs</p></title><p>{PARA}</p></section></section></body><body name=\"notes\"><section><p>A note</p></section></body><binary id=\"img1\" content-type=\"image/jpeg\">AAAA</binary></FictionBook>"
        );
        let a = article("x.fb2", &fb2).unwrap();
        assert_eq!(a.title.as_deref(), Some("Night buses & more"));
        assert_eq!(a.authors, ["Ivan Petrov"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2027, 12, 7));
        let Body::Html(h) = a.body else {
            panic!("no HTML");
        };
        assert!(h.contains(&format!("<p>{PARA}</p>")), "{h}");
        assert!(h.contains("<h2><p>What it costs</p></h2>"), "{h}");
        assert!(h.contains("<em>Photo: BGNES</em>"), "{h}");
        assert!(!h.contains("A note") && !h.contains("AAAA"), "{h}");
    }

    #[test]
    fn the_longest_note_of_an_evernote_export_is_the_article() {
        let enex = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n<en-export>\n<note>\n<title>Recipe</title>\n<content>\n<![CDATA[<en-note><div>3 dl water</div></en-note>]]>\n</content>\n</note>\n<note>\n<title>Trains get faster | Yle Uutiset</title>\n<note-attributes>\n<source-url>https://yle.fi/a/1?utm_source=x&amp;b=2</source-url>\n</note-attributes>\n<content>\n<![CDATA[<?xml version=\"1.0\"?><!DOCTYPE en-note SYSTEM \"x\"><en-note><h1>Trains get faster</h1><p>{PARA}</p><en-media hash=\"1\"/><p>{PARA}</p></en-note>]]>\n</content>\n</note>\n</en-export>\n"
        );
        let a = article("notes.enex", &enex).unwrap();
        assert_eq!(a.title.as_deref(), Some("Trains get faster"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://yle.fi/a/1?utm_source=x&b=2")
        );
        assert_eq!(a.lines, [10, 18]);
        let Body::Html(h) = a.body else {
            panic!("no HTML");
        };
        assert!(h.starts_with("<h1>Trains get faster</h1>"), "{h}");
        assert_eq!(a.others.len(), 1);
        assert!(a.others[0].text.contains("3 dl water"));
        assert_eq!(a.others[0].lines, [4, 9]);
    }

    #[test]
    fn the_root_tag_is_found_past_the_prologue() {
        let roots = [
            ("<alto xmlns=\"x\">", Some("alto")),
            (
                "\u{feff}<?xml version=\"1.0\"?>\n<!-- made by OCR -->\n<ns:alto>",
                Some("alto"),
            ),
            (
                "<?xml version=\"1.0\"?><!DOCTYPE TEI.2 SYSTEM \"tei2.dtd\" [\n<!ENTITY a \"<b>\">\n]>\n<TEI.2 id=\"x\">",
                Some("TEI.2"),
            ),
            ("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", Some("TEI")),
            ("<p a=\"x>y\">", Some("p")),
        ];
        for (text, name) in roots {
            assert_eq!(root_tag(text).map(tag_name), name, "{text}");
        }
        for text in [
            "Plain text <alto>",
            "",
            "<?xml version=\"1.0\"?>",
            "<!-- open",
            "< alto>",
            "<1a>",
        ] {
            assert_eq!(root_tag(text), None, "{text}");
        }
        // A text of thousands of comments is no XML.
        assert_eq!(root_tag(&"<!---->".repeat(100)), None);
        assert_eq!(line_at("a\nb\nc", 3), 2);
        assert_eq!(line_at("a\nb", 99), 2);
    }

    #[test]
    fn other_xml_and_broken_containers_are_no_articles() {
        assert!(article("feed.xml", "<rss><channel><title>x</title></channel></rss>").is_none());
        assert!(article("a.fb2", "<FictionBook><body><p>a</b></body></FictionBook>").is_none());
        assert!(
            article(
                "a.enex",
                "<en-export><note><title>x</title></note></en-export>"
            )
            .is_none()
        );
        assert!(article("a.txt", "Plain text about <FictionBook> files.").is_none());
    }
}
