//! Articles kept in office documents and e-books: Word files (`.docx`,
//! Office Open XML), OpenDocument texts (`.odt`, and the flat `.fodt` that
//! is one XML file) and EPUB e-books (`.epub`). People save a clipped
//! article this way, or get it from a colleague, and drop it into
//! `sources/`.
//!
//! Each is read as a page: a Word file's or an OpenDocument's body drawn
//! as HTML (headings, paragraphs, lists, links, tables), an e-book's
//! chapter as the XHTML it is. The HTML reader then finds the headline,
//! the byline and the date in it, as on a web page. What the container's
//! own metadata says of its writer (`dc:creator`) is who saved the file,
//! not who wrote the article, so it is not read.
//!
//! The archive is a user's file: it is read entry by entry by name, never
//! unpacked to disk, with at most [`MAX_UNPACKED`] bytes unpacked and
//! [`MAX_ENTRIES`] entries; an encrypted entry, a damaged archive or a
//! malformed part is an error naming the file.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;
use zip::result::ZipError;

use super::Removed;
use super::json::{Article, Body};
use super::rules::{self, Reason};
use crate::error::{Error, Result};

/// The most bytes unpacked from one archive, all entries together.
const MAX_UNPACKED: u64 = 64 * 1024 * 1024;

/// The most entries an archive may hold.
const MAX_ENTRIES: usize = 10_000;

/// What juxta allows itself to unpack from one archive.
#[derive(Debug, Clone, Copy)]
struct Limits {
    /// Bytes unpacked, all entries together.
    bytes: u64,
    /// Entries in the archive.
    entries: usize,
}

const LIMITS: Limits = Limits {
    bytes: MAX_UNPACKED,
    entries: MAX_ENTRIES,
};

/// Which document an archive holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    OpenDocument,
    Epub,
    Workbook,
}

impl Kind {
    /// The document's name in a message ("this Word file is damaged").
    fn noun(self) -> &'static str {
        match self {
            Kind::Word => "Word file",
            Kind::OpenDocument => "OpenDocument text",
            Kind::Epub => "EPUB e-book",
            Kind::Workbook => "Excel workbook",
        }
    }

    /// The program that saves the document again.
    fn program(self) -> &'static str {
        match self {
            Kind::Word => "Word or LibreOffice",
            Kind::OpenDocument => "LibreOffice",
            Kind::Epub => "calibre or another e-book editor",
            Kind::Workbook => "Excel or LibreOffice",
        }
    }

    /// What else the user can save the article as.
    fn other_format(self) -> &'static str {
        match self {
            Kind::Workbook => "save the sheet as .csv",
            _ => "save the article as .html or .txt",
        }
    }
}

/// The kind a file's name says it is (`.docx`, `.odt`, `.epub`, `.xlsx`), for a
/// message when the archive cannot be opened to look.
fn kind_named(named: &str) -> Option<Kind> {
    let n = named.to_ascii_lowercase();
    if n.ends_with(".docx") {
        Some(Kind::Word)
    } else if n.ends_with(".odt") || n.ends_with(".fodt") {
        Some(Kind::OpenDocument)
    } else if n.ends_with(".epub") {
        Some(Kind::Epub)
    } else if n.ends_with(".xlsx") {
        Some(Kind::Workbook)
    } else {
        None
    }
}

/// Why an archive could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Fault {
    /// The archive or a part of it does not read (what went wrong).
    Damaged(String),
    /// It unpacks to more than the limit.
    TooLarge,
    /// It holds more entries than the limit.
    TooMany,
    /// A part needs a password.
    Encrypted,
    /// A sheet (the part named) holds more rows than juxta reads.
    TooManyRows(String),
}

/// The error a user sees for `fault` in the `kind` document `display`.
fn fault_error(kind: Kind, display: &str, fault: Fault) -> Error {
    let noun = kind.noun();
    let save_again = format!(
        "open it in {} and save it again, or {}",
        kind.program(),
        kind.other_format()
    );
    match fault {
        Fault::Damaged(why) => Error::build(format!("{display}: this {noun} is damaged ({why})"))
            .hint(save_again),
        Fault::TooLarge => Error::build(format!(
            "{display}: this {noun} unpacks to more than {} MiB",
            MAX_UNPACKED >> 20
        ))
        .hint("juxta reads documents of up to 64 MiB unpacked; save the article alone as .html or .txt"),
        Fault::TooMany => Error::build(format!(
            "{display}: this {noun} holds more than 10,000 files"
        ))
        .hint("an article's document holds a few dozen files; save the article alone as .html or .txt"),
        Fault::Encrypted => Error::build(format!(
            "{display}: this {noun} is protected by a password"
        ))
        .hint(format!(
            "open it in {}, save a copy without the password, and put that in sources/",
            kind.program()
        )),
        Fault::TooManyRows(part) => Error::build(format!(
            "{display}: this {noun}'s sheet ({part}) holds more than {} rows",
            super::sheet::MAX_ROWS
        ))
        .hint("a sheet of clippings holds a few thousand rows; copy the rows you need to a new workbook, or save the article as .html or .txt"),
    }
}

/// Whether `bytes` open as a ZIP archive (its first entry's header).
fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The article of a ZIP archive that is a Word file, an OpenDocument text
/// or an EPUB e-book (known by their contents, not their names). `None`
/// for any other file, a ZIP of other things, or one that does not open
/// and is not named as one of these (read then as the binary file it is);
/// an error for one of these that is damaged, too large or encrypted.
pub(crate) fn zipped_article(bytes: &[u8], display: &str) -> Result<Option<Article>> {
    zipped_within(bytes, display, LIMITS)
}

/// [`zipped_article`] within `limits`.
fn zipped_within(bytes: &[u8], display: &str, limits: Limits) -> Result<Option<Article>> {
    if !is_zip(bytes) {
        return Ok(None);
    }
    let named = kind_named(display);
    let fail = |kind: Option<Kind>, fault: Fault| match kind {
        Some(k) => Err(fault_error(k, display, fault)),
        None => Ok(None),
    };
    let mut archive = match Archive::open_within(bytes, limits) {
        Ok(a) => a,
        Err(f) => return fail(named, f),
    };
    let Some(kind) = archive.kind() else {
        return Ok(None);
    };
    if archive.zip.len() > limits.entries {
        return fail(Some(kind), Fault::TooMany);
    }
    let read = match kind {
        Kind::Word => word(&mut archive),
        Kind::OpenDocument => open_document(&mut archive),
        Kind::Epub => epub(&mut archive),
        Kind::Workbook => super::xlsx::workbook(&mut archive),
    };
    read.map(Some).map_err(|f| fault_error(kind, display, f))
}

/// How many entries an archive's end record says it holds, read before
/// the archive is opened (opening reads every entry's header). `None`
/// when there is no end record, or it defers to a ZIP64 one.
fn declared_entries(bytes: &[u8]) -> Option<usize> {
    // The end record is 22 bytes and a comment of at most 65,535.
    let from = bytes.len().saturating_sub(22 + 65_535);
    let at = memchr::memmem::rfind(&bytes[from..], b"PK\x05\x06")? + from;
    let count = bytes.get(at + 10..at + 12)?;
    let n = u16::from_le_bytes([count[0], count[1]]);
    (n != u16::MAX).then_some(usize::from(n))
}

/// An archive being read, and how many bytes it may still unpack.
pub(super) struct Archive<'b> {
    zip: ZipArchive<Cursor<&'b [u8]>>,
    left: u64,
}

impl<'b> Archive<'b> {
    /// The archive of `bytes`, read within juxta's limits for one file;
    /// why it cannot be opened (it says it holds more entries than the
    /// limit, or is no ZIP archive).
    pub(super) fn open(bytes: &'b [u8]) -> std::result::Result<Self, Fault> {
        Self::open_within(bytes, LIMITS)
    }

    /// [`Archive::open`] within `limits`.
    fn open_within(bytes: &'b [u8], limits: Limits) -> std::result::Result<Self, Fault> {
        if declared_entries(bytes).is_some_and(|n| n > limits.entries) {
            return Err(Fault::TooMany);
        }
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| Fault::Damaged(e.to_string()))?;
        Ok(Archive {
            zip,
            left: limits.bytes,
        })
    }

    /// How many entries it holds.
    pub(super) fn len(&self) -> usize {
        self.zip.len()
    }

    /// The names of its entries, in the archive's order.
    pub(super) fn names(&self) -> Vec<String> {
        (0..self.zip.len())
            .filter_map(|i| self.zip.name_for_index(i)?.ok().map(|n| n.into_owned()))
            .collect()
    }

    /// Which document the archive holds: its `mimetype` entry names an
    /// OpenDocument text or an EPUB; a Word file has `word/document.xml`;
    /// an e-book without its `mimetype` still has `META-INF/container.xml`;
    /// an Excel workbook has `xl/workbook.xml` and no `mimetype`.
    fn kind(&mut self) -> Option<Kind> {
        let mimetype = self.small_entry("mimetype").unwrap_or_default();
        let mimetype = mimetype.trim();
        if mimetype.starts_with("application/vnd.oasis.opendocument.text") {
            Some(Kind::OpenDocument)
        } else if mimetype == "application/epub+zip" {
            Some(Kind::Epub)
        } else if !mimetype.is_empty() {
            // Another OpenDocument (a spreadsheet) or another package.
            None
        } else if self.index_of("word/document.xml").is_some() {
            Some(Kind::Word)
        } else if self.index_of("META-INF/container.xml").is_some() {
            Some(Kind::Epub)
        } else if self.index_of("xl/workbook.xml").is_some() {
            Some(Kind::Workbook)
        } else {
            None
        }
    }

    /// The index of the entry named `name`: as written, else in another
    /// case (a package's part names are not told apart by case).
    fn index_of(&self, name: &str) -> Option<usize> {
        self.zip.index_for_name(name).or_else(|| {
            (0..self.zip.len()).find(|&i| {
                (self.zip.name_for_index(i))
                    .and_then(std::result::Result::ok)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            })
        })
    }

    /// A short entry's text (the `mimetype`), `None` when it is missing,
    /// long, encrypted or unreadable.
    fn small_entry(&mut self, name: &str) -> Option<String> {
        let i = self.index_of(name)?;
        let entry = self.zip.by_index_data(i).ok()?;
        if entry.encrypted() || entry.size() > 256 {
            return None;
        }
        let mut bytes = Vec::new();
        let file = self.zip.by_index(i).ok()?;
        file.take(256).read_to_end(&mut bytes).ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The bytes of the entry named `name` (looked up by its name alone,
    /// never a path on disk); `None` when there is none.
    pub(super) fn entry(&mut self, name: &str) -> std::result::Result<Option<Vec<u8>>, Fault> {
        let Some(i) = self.index_of(name) else {
            return Ok(None);
        };
        let damaged = |e: &dyn std::fmt::Display| Fault::Damaged(format!("{name}: {e}"));
        let entry = self.zip.by_index_data(i).map_err(|e| damaged(&e))?;
        if entry.encrypted() {
            return Err(Fault::Encrypted);
        }
        if entry.size() > self.left {
            return Err(Fault::TooLarge);
        }
        let file = self.zip.by_index(i).map_err(|e| match e {
            ZipError::UnsupportedArchive(m) if m == ZipError::PASSWORD_REQUIRED => Fault::Encrypted,
            e => damaged(&e),
        })?;
        let mut bytes = Vec::new();
        file.take(self.left + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| damaged(&e))?;
        let read = bytes.len() as u64;
        if read > self.left {
            return Err(Fault::TooLarge);
        }
        self.left -= read;
        Ok(Some(bytes))
    }

    /// The text of the entry named `name`, which the document needs.
    pub(super) fn part(&mut self, name: &str) -> std::result::Result<String, Fault> {
        match self.entry(name)? {
            Some(bytes) => Ok(text_of(bytes)),
            None => Err(Fault::Damaged(format!("it has no {name}"))),
        }
    }
}

/// An XML or XHTML part's bytes as text: UTF-16 by its byte order mark,
/// else UTF-8 (a byte that is not replaced).
pub(super) fn text_of(bytes: Vec<u8>) -> String {
    if let Some(t) = super::utf16(&bytes) {
        return t;
    }
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    match text.strip_prefix('\u{feff}') {
        Some(t) => t.to_string(),
        None => text,
    }
}

/// A name without its namespace's prefix ("w:p" is "p").
pub(super) fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// An attribute's value by its local name ("w:val" is "val"), its
/// character references read.
pub(super) fn attribute(e: &BytesStart<'_>, want: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == want)
        .map(|a| value_of(&a))
}

/// An attribute's value, its references read (as written when they do
/// not read).
fn value_of(a: &quick_xml::events::attributes::Attribute<'_>) -> String {
    match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
        Ok(v) => v.into_owned(),
        Err(_) => a.value.clone().into_owned(),
    }
}

/// What reads an XML part element by element.
pub(super) trait Visitor {
    /// An element opens under `path` (its ancestors' local names);
    /// `false` skips it with all it holds.
    fn open(&mut self, e: &BytesStart<'_>, path: &[String]) -> bool;
    /// The element `name` closes; `path` is its ancestors.
    fn close(&mut self, name: &str, path: &[String]);
    /// Text as XML wrote it (references kept, so it is HTML as it is)
    /// inside the elements of `path`.
    fn text(&mut self, raw: &str, path: &[String]);
}

/// Reads the XML `xml` (the part `part`) into `visitor`, an empty element
/// as opened and closed; a part that is not well-formed XML is an error.
pub(super) fn walk(
    xml: &str,
    part: &str,
    visitor: &mut impl Visitor,
) -> std::result::Result<(), Fault> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().expand_empty_elements = true;
    let mut path: Vec<String> = Vec::new();
    // How deep inside a skipped element the reader is.
    let mut skipped = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| {
            Fault::Damaged(format!("{part}, at byte {}: {e}", reader.error_position()))
        })?;
        match event {
            Event::Start(_) if skipped > 0 => skipped += 1,
            Event::End(_) if skipped > 0 => skipped -= 1,
            Event::Start(e) => {
                if visitor.open(&e, &path) {
                    path.push(local(e.name().as_ref()).to_string());
                } else {
                    skipped = 1;
                }
            }
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                visitor.close(&name, &path);
            }
            _ if skipped > 0 => {}
            Event::Text(t) => visitor.text(&t, &path),
            Event::GeneralRef(r) => visitor.text(&format!("&{};", &*r), &path),
            Event::CData(c) => visitor.text(&htmlescape::encode_minimal(&c), &path),
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// The elements named `names` (local names) of an XML part, each with its
/// attributes by local name: the relationships of a Word file, the
/// manifest and spine of an e-book.
pub(super) type Element = (String, HashMap<String, String>);

/// Collects elements for [`elements`].
struct Collect<'n> {
    names: &'n [&'n str],
    found: Vec<Element>,
}

impl Visitor for Collect<'_> {
    fn open(&mut self, e: &BytesStart<'_>, _: &[String]) -> bool {
        let qname = e.name();
        let name = local(qname.as_ref());
        if self.names.contains(&name) {
            let attributes = (e.attributes().flatten())
                .map(|a| (local(a.key.as_ref()).to_string(), value_of(&a)))
                .collect();
            self.found.push((name.to_string(), attributes));
        }
        true
    }

    fn close(&mut self, _: &str, _: &[String]) {}

    fn text(&mut self, _: &str, _: &[String]) {}
}

/// The elements `names` of the XML `xml` (the part `part`), in order.
pub(super) fn elements(
    xml: &str,
    part: &str,
    names: &[&str],
) -> std::result::Result<Vec<Element>, Fault> {
    let mut c = Collect {
        names,
        found: Vec::new(),
    };
    walk(xml, part, &mut c)?;
    Ok(c.found)
}

/// A paragraph being read: its HTML, and what makes it a heading or a
/// list item.
#[derive(Default)]
struct Para {
    html: String,
    /// Its heading level (1 to 6).
    level: Option<usize>,
    /// An item of a list.
    list: bool,
}

/// A page's body being written block by block; list items in a row go in
/// one list; the paragraphs of a table's cell are lines of the cell (a
/// row reads as a row, as on a web page).
#[derive(Default)]
struct Blocks {
    html: String,
    in_list: bool,
    /// Per open table cell: whether a paragraph was written in it.
    cells: Vec<bool>,
}

impl Blocks {
    /// A paragraph as its block: a heading, a list item or a paragraph.
    /// One without text (an empty line, a picture's anchor) is left out.
    fn para(&mut self, p: Para) {
        if super::json::strip_tags(&p.html).trim().is_empty() {
            return;
        }
        if let Some(written) = self.cells.last_mut() {
            if *written {
                self.html.push_str("<br>");
            }
            *written = true;
            self.html.push_str(p.html.trim());
            return;
        }
        let tag = match p.level {
            Some(n) => ["h1", "h2", "h3", "h4", "h5", "h6"][n.clamp(1, 6) - 1],
            None if p.list => "li",
            None => "p",
        };
        if tag == "li" && !self.in_list {
            self.html.push_str("<ul>\n");
            self.in_list = true;
        } else if tag != "li" {
            self.end_list();
        }
        self.html
            .push_str(&format!("<{tag}>{}</{tag}>\n", p.html.trim()));
    }

    /// A table's tag, outside any list.
    fn tag(&mut self, tag: &str) {
        self.end_list();
        self.html.push_str(tag);
    }

    /// A table's cell opens.
    fn open_cell(&mut self) {
        self.tag("<td>");
        self.cells.push(false);
    }

    /// A table's cell closes.
    fn close_cell(&mut self) {
        self.cells.pop();
        self.tag("</td>");
    }

    fn end_list(&mut self) {
        if self.in_list {
            self.html.push_str("</ul>\n");
            self.in_list = false;
        }
    }

    /// The body written, as a page.
    fn page(mut self) -> String {
        self.end_list();
        super::json::page(&self.html)
    }
}

/// The opening tag of a link to `href`.
fn link(href: &str) -> String {
    format!("<a href=\"{}\">", htmlescape::encode_minimal(href))
}

/// Closes the innermost open link: its end tag in the open paragraph
/// when it was drawn as a link (`anchors`, one per open link).
fn end_link(anchors: &mut Vec<bool>, para: &mut Option<Para>) {
    if anchors.pop() == Some(true)
        && let Some(p) = para.as_mut()
    {
        p.html.push_str("</a>");
    }
}

/// An article of a page read from a container, with no lines of its own.
fn page_article(html: String, others: Vec<Removed>) -> Article {
    Article {
        body: Body::Html(html),
        others,
        lines: [1, 1],
        ..Default::default()
    }
}

// ---------------------------------------------------------------- Word

/// The heading level a style's id or name says ("Title", "Heading1",
/// "heading 2": Word writes a built-in style's English name whatever the
/// language of its id).
fn heading_level(style: &str) -> Option<usize> {
    let s: String = (style.chars())
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    if s == "title" {
        return Some(1);
    }
    let n: usize = s.strip_prefix("heading")?.parse().ok()?;
    (1..=9).contains(&n).then_some(n.min(6))
}

/// An outline level as Word writes it (0 for the first; 9 for body text)
/// as a heading level.
fn outline_level(val: Option<String>) -> Option<usize> {
    let n: usize = val?.parse().ok()?;
    (n < 9).then_some(n + 1)
}

/// What a Word file's styles say of the paragraphs in them.
#[derive(Default)]
struct WordStyles {
    /// The heading level of each heading style, by its id.
    levels: HashMap<String, usize>,
    /// The styles that number their paragraphs (a list's).
    lists: HashSet<String>,
}

/// A style of `word/styles.xml` being read.
#[derive(Default)]
struct StyleRead {
    id: String,
    name: Option<String>,
    based_on: Option<String>,
    outline: Option<usize>,
    list: bool,
}

/// Reads `word/styles.xml`.
#[derive(Default)]
struct StylesReader {
    open: Option<StyleRead>,
    read: Vec<StyleRead>,
}

impl Visitor for StylesReader {
    fn open(&mut self, e: &BytesStart<'_>, path: &[String]) -> bool {
        let qname = e.name();
        let name = local(qname.as_ref());
        if name == "style" {
            self.open = Some(StyleRead {
                id: attribute(e, "styleId").unwrap_or_default(),
                ..Default::default()
            });
        }
        let Some(s) = self.open.as_mut() else {
            return true;
        };
        let parent = path.last().map_or("", String::as_str);
        match name {
            "name" if parent == "style" => s.name = attribute(e, "val"),
            "basedOn" if parent == "style" => s.based_on = attribute(e, "val"),
            "outlineLvl" if parent == "pPr" => s.outline = outline_level(attribute(e, "val")),
            "numId" if parent == "numPr" => s.list = attribute(e, "val").as_deref() != Some("0"),
            _ => {}
        }
        true
    }

    fn close(&mut self, name: &str, _: &[String]) {
        if name == "style" {
            self.read.extend(self.open.take());
        }
    }

    fn text(&mut self, _: &str, _: &[String]) {}
}

/// The styles of a Word file: a heading by its name, its id or its
/// outline level, or by the style it is based on.
fn word_styles(xml: &str) -> std::result::Result<WordStyles, Fault> {
    word_styles_in(xml, "word/styles.xml")
}

/// The styles of the XML `xml` (the part `part`), as [`word_styles`].
fn word_styles_in(xml: &str, part: &str) -> std::result::Result<WordStyles, Fault> {
    let mut r = StylesReader::default();
    walk(xml, part, &mut r)?;
    let by_id: HashMap<&str, &StyleRead> = r.read.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut styles = WordStyles::default();
    for s in &r.read {
        // A style and those it is based on, ten at most (no loop).
        let chain = std::iter::successors(Some(s), |s| {
            s.based_on.as_deref().and_then(|b| by_id.get(b).copied())
        })
        .take(10);
        let mut level = None;
        let mut list = false;
        for t in chain {
            level = level
                .or_else(|| t.name.as_deref().and_then(heading_level))
                .or_else(|| heading_level(&t.id))
                .or(t.outline);
            list |= t.list;
        }
        if let Some(n) = level {
            styles.levels.insert(s.id.clone(), n);
        }
        if list {
            styles.lists.insert(s.id.clone());
        }
    }
    Ok(styles)
}

/// A run's marks: bold, italic, hidden.
#[derive(Default, Clone, Copy)]
struct Run {
    bold: bool,
    italic: bool,
    hidden: bool,
}

/// Reads `word/document.xml` into a page.
struct WordReader<'a> {
    styles: &'a WordStyles,
    links: &'a HashMap<String, String>,
    page: Blocks,
    para: Option<Para>,
    /// The open paragraph's style, and whether its own properties number
    /// it (`Some(false)`: numbering taken off).
    style: Option<String>,
    numbered: Option<bool>,
    run: Run,
    /// Per open hyperlink: whether it was drawn as a link.
    anchors: Vec<bool>,
}

/// Word elements skipped with what they hold: deleted and moved-away
/// text, field codes, drawings and text boxes (and the older copy a file
/// keeps of them), references to notes and comments, a content control's
/// settings, and a change's record of the properties before it.
const WORD_SKIPPED: [&str; 16] = [
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "delInstrText",
    "drawing",
    "pict",
    "object",
    "AlternateContent",
    "footnoteReference",
    "endnoteReference",
    "commentReference",
    "sdtPr",
    "fldData",
    "pPrChange",
    "rPrChange",
];

impl<'a> WordReader<'a> {
    /// A reader of a body with `styles` and the links' addresses `links`.
    fn new(styles: &'a WordStyles, links: &'a HashMap<String, String>) -> Self {
        WordReader {
            styles,
            links,
            page: Blocks::default(),
            para: None,
            style: None,
            numbered: None,
            run: Run::default(),
            anchors: Vec::new(),
        }
    }

    /// Writes the open paragraph as its block.
    fn end_para(&mut self) {
        let Some(mut p) = self.para.take() else {
            return;
        };
        let style = self.style.take();
        let numbered = self.numbered.take();
        let by_style = style.as_deref();
        p.level = p
            .level
            .or_else(|| by_style.and_then(|s| self.styles.levels.get(s).copied()))
            .or_else(|| by_style.and_then(heading_level));
        p.list =
            numbered.unwrap_or_else(|| by_style.is_some_and(|s| self.styles.lists.contains(s)));
        self.page.para(p);
    }

    /// Adds `html` to the open paragraph.
    fn push(&mut self, html: &str) {
        if let Some(p) = self.para.as_mut() {
            p.html.push_str(html);
        }
    }

    /// A run's mark or a paragraph's property (`name` under `parent`,
    /// `grand` above it).
    fn property(&mut self, e: &BytesStart<'_>, name: &str, parent: &str, grand: &str) {
        let on = || {
            !matches!(
                attribute(e, "val").as_deref(),
                Some("0" | "false" | "off" | "none")
            )
        };
        match (name, parent) {
            ("pStyle", "pPr") => self.style = attribute(e, "val"),
            ("numId", "numPr") => self.numbered = Some(attribute(e, "val").as_deref() != Some("0")),
            ("outlineLvl", "pPr") => {
                if let Some(p) = self.para.as_mut() {
                    p.level = outline_level(attribute(e, "val"));
                }
            }
            ("b", "rPr") if grand == "r" => self.run.bold = on(),
            ("i", "rPr") if grand == "r" => self.run.italic = on(),
            ("vanish", "rPr") if grand == "r" => self.run.hidden = on(),
            _ => {}
        }
    }
}

impl Visitor for WordReader<'_> {
    fn open(&mut self, e: &BytesStart<'_>, path: &[String]) -> bool {
        let qname = e.name();
        let name = local(qname.as_ref());
        if WORD_SKIPPED.contains(&name) {
            return false;
        }
        let parent = path.last().map_or("", String::as_str);
        let grand = path.len().checked_sub(2).map_or("", |i| path[i].as_str());
        match (name, parent) {
            ("p", _) => {
                self.end_para();
                self.para = Some(Para::default());
            }
            ("r", _) => self.run = Run::default(),
            ("tab" | "ptab", "r") => self.push(" "),
            ("br", "r") => match attribute(e, "type").as_deref() {
                Some("page" | "column") => self.push(" "),
                _ => self.push("<br>"),
            },
            ("cr", "r") => self.push("<br>"),
            ("noBreakHyphen", "r") => self.push("-"),
            ("hyperlink", _) => {
                let href = attribute(e, "id").and_then(|id| self.links.get(&id).cloned());
                if let Some(h) = &href {
                    self.push(&link(h));
                }
                self.anchors.push(href.is_some() && self.para.is_some());
            }
            ("tbl", _) => {
                self.end_para();
                self.page.tag("<table>\n");
            }
            ("tr", _) => self.page.tag("<tr>"),
            ("tc", _) => self.page.open_cell(),
            _ => self.property(e, name, parent, grand),
        }
        true
    }

    fn close(&mut self, name: &str, _: &[String]) {
        match name {
            "p" => self.end_para(),
            "hyperlink" => end_link(&mut self.anchors, &mut self.para),
            "tc" => {
                self.end_para();
                self.page.close_cell();
            }
            "tr" => self.page.tag("</tr>\n"),
            "tbl" => self.page.tag("</table>\n"),
            _ => {}
        }
    }

    fn text(&mut self, raw: &str, path: &[String]) {
        if path.last().is_none_or(|p| p != "t") || self.run.hidden {
            return;
        }
        let Run { bold, italic, .. } = self.run;
        let mut html = String::with_capacity(raw.len() + 20);
        html.push_str(if bold { "<strong>" } else { "" });
        html.push_str(if italic { "<em>" } else { "" });
        html.push_str(raw);
        html.push_str(if italic { "</em>" } else { "" });
        html.push_str(if bold { "</strong>" } else { "" });
        self.push(&html);
    }
}

/// The article of a Word file: `word/document.xml` as a page, its styles'
/// headings and lists from `word/styles.xml`, its links' addresses from
/// `word/_rels/document.xml.rels`. Comments, notes, headers and footers
/// are other parts, not read.
fn word(archive: &mut Archive<'_>) -> std::result::Result<Article, Fault> {
    let document = archive.part("word/document.xml")?;
    let styles = match archive.entry("word/styles.xml")? {
        Some(b) => word_styles(&text_of(b))?,
        None => WordStyles::default(),
    };
    let mut links = HashMap::new();
    if let Some(b) = archive.entry("word/_rels/document.xml.rels")? {
        let rels = text_of(b);
        for (_, a) in elements(&rels, "word/_rels/document.xml.rels", &["Relationship"])? {
            let hyperlink = a.get("Type").is_some_and(|t| t.ends_with("/hyperlink"));
            if let (true, Some(id), Some(target)) = (hyperlink, a.get("Id"), a.get("Target")) {
                links.insert(id.clone(), target.clone());
            }
        }
    }
    let mut r = WordReader::new(&styles, &links);
    walk(&document, "word/document.xml", &mut r)?;
    r.end_para();
    Ok(page_article(r.page.page(), Vec::new()))
}

// -------------------------------------------------------- OpenDocument

/// OpenDocument elements skipped with what they hold: comments, notes,
/// tracked changes (the deleted text), drawings and frames, tables of
/// contents and indexes, declarations, and the parts that are no body
/// (styles, settings, metadata).
const ODF_SKIPPED: [&str; 23] = [
    "annotation",
    "annotation-end",
    "note",
    "tracked-changes",
    "frame",
    "custom-shape",
    "table-of-content",
    "alphabetical-index",
    "illustration-index",
    "table-index",
    "object-index",
    "user-index",
    "bibliography",
    "sequence-decls",
    "variable-decls",
    "user-field-decls",
    "forms",
    "font-face-decls",
    "styles",
    "master-styles",
    "settings",
    "scripts",
    "covered-table-cell",
];

/// Reads an OpenDocument's content into a page.
#[derive(Default)]
struct OdfReader {
    page: Blocks,
    para: Option<Para>,
    /// The style each automatic style is based on.
    parents: HashMap<String, String>,
    /// Whether the body is a text (not a spreadsheet or a drawing).
    is_text: bool,
    /// Per open link: whether it was drawn as a link.
    anchors: Vec<bool>,
}

impl OdfReader {
    /// Adds `html` to the open paragraph.
    fn push(&mut self, html: &str) {
        if let Some(p) = self.para.as_mut() {
            p.html.push_str(html);
        }
    }

    /// Opens a paragraph (`text:p`) or a heading (`text:h`): a heading's
    /// level is its outline level; a paragraph in the "Title" style (or
    /// one based on it) is the first level; one in a list's item is an item.
    fn start_para(&mut self, e: &BytesStart<'_>, heading: bool, path: &[String]) {
        if let Some(p) = self.para.take() {
            self.page.para(p);
        }
        let level = if heading {
            let n = attribute(e, "outline-level").and_then(|v| v.parse::<usize>().ok());
            Some(n.unwrap_or(1))
        } else {
            let style = attribute(e, "style-name").unwrap_or_default();
            let parent = self.parents.get(&style).map_or("", String::as_str);
            (style == "Title" || parent == "Title").then_some(1)
        };
        let container = (path.iter().rev()).find(|p| {
            matches!(
                p.as_str(),
                "list-item" | "list-header" | "table-cell" | "text"
            )
        });
        self.para = Some(Para {
            level,
            list: container.is_some_and(|c| c.starts_with("list")),
            ..Default::default()
        });
    }
}

impl Visitor for OdfReader {
    fn open(&mut self, e: &BytesStart<'_>, path: &[String]) -> bool {
        let qname = e.name();
        let qname = qname.as_ref();
        let name = local(qname);
        if qname.starts_with("draw:") || ODF_SKIPPED.contains(&name) || name == "ruby-text" {
            return false;
        }
        let parent = path.last().map_or("", String::as_str);
        if name == "style" && parent == "automatic-styles" {
            if let (Some(s), Some(p)) = (attribute(e, "name"), attribute(e, "parent-style-name")) {
                self.parents.insert(s, p);
            }
            return true;
        }
        if name == "text" && parent == "body" {
            self.is_text = true;
        }
        if !(self.is_text && path.iter().any(|p| p == "body")) {
            return true;
        }
        match name {
            "p" | "h" => self.start_para(e, name == "h", path),
            "a" => {
                let href = attribute(e, "href").filter(|_| self.para.is_some());
                if let Some(h) = &href {
                    self.push(&link(h));
                }
                self.anchors.push(href.is_some());
            }
            "s" | "tab" => self.push(" "),
            "line-break" => self.push("<br>"),
            "table" => {
                if let Some(p) = self.para.take() {
                    self.page.para(p);
                }
                self.page.tag("<table>\n");
            }
            "table-row" => self.page.tag("<tr>"),
            "table-cell" => self.page.open_cell(),
            _ => {}
        }
        true
    }

    fn close(&mut self, name: &str, path: &[String]) {
        if !(self.is_text && path.iter().any(|p| p == "body")) {
            return;
        }
        match name {
            "p" | "h" => {
                if let Some(p) = self.para.take() {
                    self.page.para(p);
                }
            }
            "a" => end_link(&mut self.anchors, &mut self.para),
            "table-cell" => {
                if let Some(p) = self.para.take() {
                    self.page.para(p);
                }
                self.page.close_cell();
            }
            "table-row" => self.page.tag("</tr>\n"),
            "table" => self.page.tag("</table>\n"),
            _ => {}
        }
    }

    fn text(&mut self, raw: &str, _: &[String]) {
        self.push(raw);
    }
}

/// An OpenDocument's content (`content.xml`, or a flat file's whole XML)
/// as a page; `None` when its body is no text (a spreadsheet).
fn odf_page(xml: &str, part: &str) -> std::result::Result<Option<String>, Fault> {
    let mut r = OdfReader::default();
    walk(xml, part, &mut r)?;
    if let Some(p) = r.para.take() {
        r.page.para(p);
    }
    Ok(r.is_text.then(|| r.page.page()))
}

/// The article of an OpenDocument text: its `content.xml` as a page.
fn open_document(archive: &mut Archive<'_>) -> std::result::Result<Article, Fault> {
    let content = archive.part("content.xml")?;
    let page = odf_page(&content, "content.xml")?.unwrap_or_else(|| super::json::page(""));
    Ok(page_article(page, Vec::new()))
}

/// The name of `text`'s root element as written ("office:document"),
/// after the XML declaration, processing instructions and comments;
/// `None` when `text` opens with anything else.
fn root_element(text: &str) -> Option<&str> {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(r) = rest.strip_prefix("<?") {
            rest = r.split_once("?>").map_or("", |x| x.1).trim_start();
        } else if let Some(r) = rest.strip_prefix("<!--") {
            rest = r.split_once("-->").map_or("", |x| x.1).trim_start();
        } else {
            break;
        }
    }
    let rest = rest.strip_prefix('<')?;
    let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
    Some(&rest[..end]).filter(|n| !n.is_empty())
}

/// Whether `text` is a flat OpenDocument: its root element is
/// `office:document` (after the XML declaration and comments).
fn is_flat_odf(text: &str) -> bool {
    root_element(text) == Some("office:document")
}

/// Whether `text` is a Word document saved as one XML file: Word 2003's
/// "XML Document" (root `wordDocument`, WordprocessingML 2003) or Word
/// 2007's "Word XML Document" (a flat package, root `pkg:package`, holding
/// `/word/document.xml`).
pub(crate) fn is_flat_word(text: &str) -> bool {
    match root_element(text).map(local) {
        Some("wordDocument") => true,
        Some("package") => text.contains("/word/document.xml"),
        _ => false,
    }
}

/// The article of a flat OpenDocument text (`.fodt`, one XML file): its
/// body as a page, its lines the file's. `None` for any other text, or a
/// flat document that is no text (a spreadsheet); an error for one that
/// is not well-formed XML.
pub(crate) fn flat_article(text: &str, display: &str) -> Result<Option<Article>> {
    if !is_flat_odf(text) {
        return Ok(None);
    }
    let page =
        odf_page(text, "the document").map_err(|f| fault_error(Kind::OpenDocument, display, f))?;
    Ok(page.map(|page| Article {
        lines: [1, text.lines().count().max(1)],
        ..page_article(page, Vec::new())
    }))
}

/// The parts of a flat Word file that are no body, skipped with what they
/// hold: headers, footers, notes, comments and the glossary (a package
/// holds them as parts of their own, Word 2003 inside the body), the
/// document's properties, and a picture's bytes.
const FLAT_WORD_SKIPPED: [&str; 10] = [
    "hdr",
    "ftr",
    "footnote",
    "endnote",
    "footnotes",
    "endnotes",
    "comments",
    "glossaryDocument",
    "DocumentProperties",
    "binData",
];

/// Reads a flat Word file's body: Word's reader, without the parts that
/// are no body, with Word 2003's links (`w:hlink`), list paragraphs
/// (`w:listPr`) and comments (`aml:annotation` of type "Word.Comment").
struct FlatWordReader<'a>(WordReader<'a>);

impl Visitor for FlatWordReader<'_> {
    fn open(&mut self, e: &BytesStart<'_>, path: &[String]) -> bool {
        let qname = e.name();
        let name = local(qname.as_ref());
        let parent = path.last().map_or("", String::as_str);
        match (name, parent) {
            _ if FLAT_WORD_SKIPPED.contains(&name) => false,
            ("annotation", _) => attribute(e, "type").as_deref() != Some("Word.Comment"),
            ("hlink", _) => {
                let r = &mut self.0;
                let href = attribute(e, "dest");
                if let Some(h) = &href {
                    r.push(&link(h));
                }
                r.anchors.push(href.is_some() && r.para.is_some());
                true
            }
            ("ilfo", "listPr") => {
                self.0.numbered = Some(attribute(e, "val").as_deref() != Some("0"));
                true
            }
            _ => self.0.open(e, path),
        }
    }

    fn close(&mut self, name: &str, path: &[String]) {
        match name {
            "hlink" => end_link(&mut self.0.anchors, &mut self.0.para),
            _ => self.0.close(name, path),
        }
    }

    fn text(&mut self, raw: &str, path: &[String]) {
        self.0.text(raw, path);
    }
}

/// The page of a flat Word file (see [`is_flat_word`]): its body, its
/// styles' headings and lists and its links' addresses all read from the
/// one XML text.
fn flat_word_page(text: &str) -> std::result::Result<String, Fault> {
    let part = "the document";
    let styles = word_styles_in(text, part)?;
    let mut links = HashMap::new();
    for (_, a) in elements(text, part, &["Relationship"])? {
        let hyperlink = a.get("Type").is_some_and(|t| t.ends_with("/hyperlink"));
        if let (true, Some(id), Some(target)) = (hyperlink, a.get("Id"), a.get("Target")) {
            links.insert(id.clone(), target.clone());
        }
    }
    let mut r = FlatWordReader(WordReader::new(&styles, &links));
    walk(text, part, &mut r)?;
    r.0.end_para();
    Ok(r.0.page.page())
}

/// Whether `text` is an office document saved as one XML file: a flat
/// OpenDocument or a flat Word file.
pub(crate) fn is_flat_xml(text: &str) -> bool {
    is_flat_odf(text) || is_flat_word(text)
}

/// The article of a Word document saved as one XML file (`.xml`): its
/// body as a page, its lines the file's. `None` for any other text; an
/// error for one that is not well-formed XML.
pub(crate) fn flat_word_article(text: &str, display: &str) -> Result<Option<Article>> {
    if !is_flat_word(text) {
        return Ok(None);
    }
    let page = flat_word_page(text).map_err(|f| fault_error(Kind::Word, display, f))?;
    Ok(Some(Article {
        lines: [1, text.lines().count().max(1)],
        ..page_article(page, Vec::new())
    }))
}

// ---------------------------------------------------------------- EPUB

/// One document of an e-book's spine.
struct Chapter {
    html: String,
    words: usize,
    /// The book's table of contents.
    nav: bool,
}

/// The body of an XHTML document (all of it when it has none).
fn body_of(html: &str) -> &str {
    let lower_find = |pat: &str| {
        html.as_bytes()
            .windows(pat.len())
            .position(|w| w.eq_ignore_ascii_case(pat.as_bytes()))
    };
    let start = lower_find("<body").unwrap_or(0);
    let end = lower_find("</body").unwrap_or(html.len()).max(start);
    &html[start..end]
}

/// A document's text, tags taken off, on one line.
fn plain_text(html: &str) -> String {
    super::references::decoded_all(&rules::squash(&super::json::strip_tags(html)))
}

/// The entry an e-book's `href` names, from the folder `folder` of the
/// file that names it: its address decoded, its fragment left off, `..`
/// read; `None` for an address outside the book or on the web.
fn resolve(folder: &str, href: &str) -> Option<String> {
    let href = href.split('#').next().unwrap_or("");
    if href.is_empty() || href.contains("://") || href.starts_with("data:") {
        return None;
    }
    let href = percent_encoding::percent_decode_str(href).decode_utf8_lossy();
    let mut parts: Vec<&str> = Vec::new();
    let start = if href.starts_with('/') { "" } else { folder };
    for part in start.split('/').chain(href.split('/')) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// The chapters of an e-book in the order of its spine: the package
/// document `META-INF/container.xml` names, its spine's items, the
/// manifest's addresses of them. An item whose document is missing, or
/// outside the book, is left out.
fn chapters(archive: &mut Archive<'_>) -> std::result::Result<Vec<Chapter>, Fault> {
    let container = archive.part("META-INF/container.xml")?;
    let roots = elements(&container, "META-INF/container.xml", &["rootfile"])?;
    let opf = (roots.iter())
        .find(|(_, a)| {
            a.get("media-type")
                .is_none_or(|m| m.contains("oebps-package"))
        })
        .and_then(|(_, a)| a.get("full-path"))
        .ok_or_else(|| Fault::Damaged("its container names no package document".into()))?
        .trim_start_matches('/')
        .to_string();
    let package = archive.part(&opf)?;
    let folder = opf.rsplit_once('/').map_or("", |x| x.0);
    let listed = elements(&package, &opf, &["item", "itemref"])?;
    let manifest: HashMap<&str, &HashMap<String, String>> = (listed.iter())
        .filter(|(n, _)| n == "item")
        .filter_map(|(_, a)| Some((a.get("id")?.as_str(), a)))
        .collect();
    let mut out = Vec::new();
    for (_, a) in listed.iter().filter(|(n, _)| n == "itemref") {
        let Some(item) = a.get("idref").and_then(|id| manifest.get(id.as_str())) else {
            continue;
        };
        let Some(name) = item.get("href").and_then(|h| resolve(folder, h)) else {
            continue;
        };
        let Some(bytes) = archive.entry(&name)? else {
            continue;
        };
        let html = text_of(bytes);
        let words = rules::word_count(&super::json::strip_tags(body_of(&html)));
        let nav =
            (item.get("properties")).is_some_and(|p| p.split_whitespace().any(|p| p == "nav"));
        out.push(Chapter { html, words, nav });
    }
    Ok(out)
}

/// The article of an EPUB e-book: the chapter with the most words (a book
/// of one long piece, or of saved pages one of which is the article),
/// never its table of contents, read as the XHTML page it is. The other
/// chapters are recorded as removed, outside the article.
fn epub(archive: &mut Archive<'_>) -> std::result::Result<Article, Fault> {
    let mut chapters = chapters(archive)?;
    let chosen = (0..chapters.len())
        .filter(|&i| !chapters[i].nav && chapters[i].words > 0)
        .max_by_key(|&i| (chapters[i].words, std::cmp::Reverse(i)));
    let others = (chapters.iter().enumerate())
        .filter(|&(i, c)| Some(i) != chosen && c.words > 0)
        .map(|(_, c)| Removed {
            text: plain_text(body_of(&c.html)),
            reason: Reason::Outside,
            lines: [1, 1],
        })
        .collect();
    let page = match chosen {
        Some(i) => chapters.swap_remove(i).html,
        None => super::json::page(""),
    };
    Ok(page_article(page, others))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const PARA: &str = "The city council voted on Tuesday to run six night bus lines from January, linking the centre with the largest districts every thirty minutes.";

    /// A ZIP archive of `entries` (name, text), compressed as office
    /// programs do.
    fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, text) in entries {
            w.start_file(*name, options).unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    /// The page of an article read from a container.
    fn html_of(a: &Article) -> &str {
        match &a.body {
            Body::Html(h) => h,
            _ => panic!("no HTML"),
        }
    }

    /// The document juxta reads from `bytes` saved as `name`.
    fn document(bytes: &[u8], name: &str) -> Result<super::super::Document> {
        let ctx = super::super::Context {
            display_path: name.to_string(),
            ..Default::default()
        };
        super::super::ingest_bytes(bytes, std::path::Path::new(name), &ctx, None)
    }

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// A Word file whose body is `body` (the inside of `<w:body>`).
    fn docx(body: &str) -> Vec<u8> {
        let document = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"
        );
        // A German Word names its heading style "berschrift1" and keeps
        // the built-in English name.
        let styles = format!(
            "<w:styles {W}><w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Zwischentitel\"><w:name w:val=\"Zwischentitel\"/><w:basedOn w:val=\"berschrift2\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Aufzhlung\"><w:name w:val=\"List Bullet\"/><w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style></w:styles>"
        );
        let rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/buses?a=1&amp;b=2\" TargetMode=\"External\"/></Relationships>";
        let comments = format!(
            "<w:comments {W}><w:comment w:id=\"0\" w:author=\"Editor\"><w:p><w:r><w:t>Check this figure with the council.</w:t></w:r></w:p></w:comment></w:comments>"
        );
        zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", &document),
            ("word/styles.xml", &styles),
            ("word/_rels/document.xml.rels", rels),
            ("word/comments.xml", &comments),
            (
                "docProps/core.xml",
                "<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"y\"><dc:creator>Office User</dc:creator><dc:title>Doc1</dc:title></cp:coreProperties>",
            ),
        ])
    }

    /// A paragraph of Word runs in the style `style`.
    fn w_p(style: &str, runs: &str) -> String {
        let p_pr = if style.is_empty() {
            String::new()
        } else {
            format!("<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>")
        };
        format!("<w:p>{p_pr}{runs}</w:p>")
    }

    /// A run of Word text.
    fn w_r(text: &str) -> String {
        format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
    }

    #[test]
    fn a_word_file_is_read_as_a_page_of_its_body() {
        let body = [
            w_p("Titel", &w_r("Night buses &amp; more")),
            w_p("", &format!("{}<w:r><w:tab/><w:t>by Ana Horvat</w:t></w:r>", w_r("Report"))),
            w_p(
                "",
                &format!(
                    "{}<w:del w:id=\"1\" w:author=\"Ed\"><w:r><w:delText>six hundred</w:delText></w:r></w:del><w:commentRangeStart w:id=\"0\"/>{}<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r><w:ins w:id=\"2\" w:author=\"Ed\">{}</w:ins>",
                    w_r("The council voted "),
                    w_r("on Tuesday"),
                    w_r(&format!(" to run them. {PARA}"))
                ),
            ),
            w_p("berschrift1", &w_r("What it costs")),
            format!("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>{}</w:p>", w_r("Line 1 to the airport")),
            w_p("Aufzhlung", &w_r("Line 2 to the port")),
            w_p(
                "",
                &format!(
                    "{}<w:hyperlink r:id=\"rId9\">{}</w:hyperlink><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:br/><w:t>Second line</w:t></w:r>",
                    w_r("The timetable is "),
                    w_r("on the city's site"),
                    w_r(", page 4.")
                ),
            ),
            w_p("Zwischentitel", &w_r("Who rides")),
            format!("<w:tbl><w:tblPr/><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>", w_p("", &w_r("Line")), [w_p("", &w_r("Riders")), w_p("", ""), w_p("", &w_r("Daily"))].concat()),
            w_p("", "<w:r><w:drawing><wp:inline xmlns:wp=\"x\"><wp:docPr name=\"Picture 1\" descr=\"A bus\"/></wp:inline></w:drawing></w:r>"),
            w_p("", "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden note</w:t></w:r>"),
        ]
        .concat();
        let a = zipped_article(&docx(&body), "x.docx").unwrap().unwrap();
        let h = html_of(&a);
        check_page(h, 1, ", page 4.");
        assert!(h.contains("<h2>Who rides</h2>"), "{h}");
        for gone in [
            "six hundred",
            "Check this figure",
            "PAGE",
            "A bus",
            "hidden note",
            "Office User",
            "Doc1",
        ] {
            assert!(!h.contains(gone), "{gone}: {h}");
        }
        assert_eq!((a.title, a.authors, a.date), (None, Vec::new(), None));
        assert_eq!(a.lines, [1, 1]);

        let doc = document(&docx(&body), "sources/x/bus.docx").unwrap();
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts.contains(&format!("The council voted on Tuesday to run them. {PARA}").as_str()),
            "{texts:?}"
        );
        assert!(texts.iter().all(|t| !t.contains("Check this figure")));
    }

    #[test]
    fn a_word_file_whose_only_text_is_a_comment_has_no_paragraphs() {
        let body = w_p(
            "",
            "<w:commentRangeStart w:id=\"0\"/><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>",
        );
        let a = zipped_article(&docx(&body), "x.docx").unwrap().unwrap();
        assert!(!html_of(&a).contains("Check this figure"));
        let doc = document(&docx(&body), "x.docx").unwrap();
        assert!(doc.paragraphs.is_empty(), "{:?}", doc.paragraphs);
        assert!(doc.removed.iter().all(|r| !r.text.contains("Check this")));
    }

    /// A Word 2003 XML document whose body is `body`.
    fn word_2003(body: &str) -> String {
        let ns = "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:aml=\"http://schemas.microsoft.com/aml/2001/core\" xmlns:wx=\"http://schemas.microsoft.com/office/word/2003/auxHint\"";
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<?mso-application progid=\"Word.Document\"?>\r\n<w:wordDocument {ns}><o:DocumentProperties><o:Title>Press digest</o:Title><o:Author>Press Officer</o:Author></o:DocumentProperties><w:styles><w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style></w:styles><w:body><wx:sect>{body}<w:sectPr><w:hdr w:type=\"odd\"><w:p><w:r><w:t>Running head</w:t></w:r></w:p></w:hdr></w:sectPr></wx:sect></w:body></w:wordDocument>"
        )
    }

    #[test]
    fn a_word_document_saved_as_one_xml_file_is_read_as_a_page_of_its_body() {
        let body = [
            w_p("Heading2", &w_r("Night buses")),
            // Runs split in mid-word, and a proofing mark between them.
            format!(
                "<w:p><w:r><w:t>The coun</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>cil voted. {PARA}</w:t></w:r></w:p>"
            ),
                            "<w:p><w:r><w:t>See </w:t></w:r><w:hlink w:dest=\"https://example.org/a?b=1&amp;c=2\"><w:r><w:t>the plan</w:t></w:r></w:hlink><w:r><w:t>.</w:t></w:r><w:r><w:pict><w:binData w:name=\"wordml://1.png\">iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB</w:binData></w:pict></w:r></w:p>".to_string(),
            format!(
                "<w:p><w:pPr><w:listPr><w:ilvl w:val=\"0\"/><w:ilfo w:val=\"1\"/></w:listPr></w:pPr>{}</w:p>",
                w_r("Line 1 to the airport")
            ),
            format!(
                "<w:p><aml:annotation w:type=\"Word.Comment\"><aml:content><w:p><w:r><w:t>Ask the mayor.</w:t></w:r></w:p></aml:content></aml:annotation>{}<w:r><w:footnote><w:p><w:r><w:t>A note below.</w:t></w:r></w:p></w:footnote></w:r></w:p>",
                w_r("Riders wait.")
            ),
            format!(
                "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
                w_p("", &w_r("Source")),
                w_p("", &w_r("City Hall"))
            ),
        ]
        .concat();
        let xml = word_2003(&body);
        assert!(is_flat_word(&xml));
        let a = flat_word_article(&xml, "x.xml").unwrap().unwrap();
        let h = html_of(&a);
        assert!(h.contains("<h2>Night buses</h2>"), "{h}");
        assert!(
            h.contains(&format!("<p>The council voted. {PARA}</p>")),
            "{h}"
        );
        assert!(
            h.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">the plan</a>"),
            "{h}"
        );
        assert!(h.contains("<li>Line 1 to the airport</li>"), "{h}");
        assert!(h.contains("<td>Source</td><td>City Hall</td>"), "{h}");
        for gone in [
            "iVBOR",
            "Ask the mayor",
            "A note below",
            "Running head",
            "Press digest",
            "Press Officer",
        ] {
            assert!(!h.contains(gone), "{gone}: {h}");
        }
        assert_eq!(a.lines, [1, 3]);
        let doc = document(xml.as_bytes(), "sources/x/digest.xml").unwrap();
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts.contains(&format!("The council voted. {PARA}").as_str()),
            "{texts:?}"
        );

        // Word 2007's flat package: the document's part among others
        // (a header's, the relationships with the links' addresses).
        let pkg = format!(
            "<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"><pkg:part pkg:name=\"/word/_rels/document.xml.rels\"><pkg:xmlData><Relationships><Relationship Id=\"rId9\" Type=\"http://x/relationships/hyperlink\" Target=\"https://example.org/p\"/></Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name=\"/word/document.xml\"><pkg:xmlData><w:document {W}><w:body>{}<w:p><w:hyperlink r:id=\"rId9\">{}</w:hyperlink></w:p></w:body></w:document></pkg:xmlData></pkg:part><pkg:part pkg:name=\"/word/header1.xml\"><pkg:xmlData><w:hdr {W}>{}</w:hdr></pkg:xmlData></pkg:part></pkg:package>",
            w_p("", &w_r(PARA)),
            w_r("the plan"),
            w_p("", &w_r("Running head"))
        );
        let h = html_of(&flat_word_article(&pkg, "x.xml").unwrap().unwrap()).to_string();
        assert!(h.contains(&format!("<p>{PARA}</p>")), "{h}");
        assert!(
            h.contains("<a href=\"https://example.org/p\">the plan</a>"),
            "{h}"
        );
        assert!(!h.contains("Running head"), "{h}");
    }

    #[test]
    fn other_xml_is_no_flat_word_document_and_a_broken_one_is_an_error() {
        for other in [
            "<rss><channel/></rss>",
            "A text about <w:wordDocument> files.",
            "<?xml version=\"1.0\"?><pkg:package><pkg:part pkg:name=\"/xl/workbook.xml\"/></pkg:package>",
            "<?xml version=\"1.0\"?><w:document><w:body/></w:document>",
        ] {
            assert!(!is_flat_word(other), "{other}");
            assert!(flat_word_article(other, "x.xml").unwrap().is_none());
        }
        let broken = word_2003("<w:p><w:r><w:t>Cut off</w:t></w:r></w:tc>");
        let e = flat_word_article(&broken, "x.xml").unwrap_err();
        assert!(
            e.message.starts_with("x.xml: this Word file is damaged ("),
            "{}",
            e.message
        );
    }

    /// The content of an OpenDocument text whose body is `body`.
    fn odf_content(root: &str, head: &str, body: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:{root} xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">{head}<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Title\"><style:text-properties fo:font-size=\"28pt\" xmlns:fo=\"x\"/></style:style></office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level=\"0\" text:name=\"Figure\"/></text:sequence-decls>{body}</office:text></office:body></office:{root}>"
        )
    }

    const ODF_BODY: &str = "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><office:change-info><dc:creator>Ed</dc:creator></office:change-info><text:p>six hundred</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p text:style-name=\"P1\">Night buses &amp; more</text:p><text:p text:style-name=\"Standard\">Report<text:tab/>by<text:s text:c=\"3\"/>Ana Horvat</text:p><text:p>The council voted <text:change text:change-id=\"c1\"/>on Tuesday<office:annotation><dc:creator>Editor</dc:creator><text:p>Check this figure with the council.</text:p></office:annotation> to run them.<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote on the lines.</text:p></text:note-body></text:note> PARA</text:p><text:h text:outline-level=\"2\">What it costs</text:h><text:list><text:list-item><text:p>Line 1 to the airport</text:p></text:list-item><text:list-item><text:p>Line 2 to the port</text:p></text:list-item></text:list><text:p>The timetable is <text:a xlink:type=\"simple\" xlink:href=\"https://example.org/buses?a=1&amp;b=2\">on the city's site</text:a>.<text:line-break/>Second line</text:p><draw:frame draw:name=\"Image1\"><draw:text-box><text:p>Photo: the new bus<draw:frame><draw:image xlink:href=\"Pictures/1.jpg\"/></draw:frame></text:p></draw:text-box></draw:frame><table:table table:name=\"T\"><table:table-column/><table:table-row><table:table-cell><text:p>Line</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>Riders</text:p><text:p/><text:p>Daily</text:p></table:table-cell></table:table-row></table:table>";

    /// Checks what a Word and an OpenDocument test page share: the
    /// headline, a paragraph with a tab and spaces, one that lost its
    /// comment, the crosshead at `level`, the list, the link with the text
    /// `tail` after it, and the table.
    fn check_page(h: &str, level: usize, tail: &str) {
        assert!(h.contains("<h1>Night buses &amp; more</h1>"), "{h}");
        assert!(h.contains("<p>Report by Ana Horvat</p>"), "{h}");
        assert!(
            h.contains(&format!(
                "<p>The council voted on Tuesday to run them. {PARA}</p>"
            )),
            "{h}"
        );
        assert!(
            h.contains(&format!("<h{level}>What it costs</h{level}>")),
            "{h}"
        );
        assert!(
            h.contains("<ul>\n<li>Line 1 to the airport</li>\n<li>Line 2 to the port</li>\n</ul>"),
            "{h}"
        );
        assert!(
            h.contains(&format!("<p>The timetable is <a href=\"https://example.org/buses?a=1&amp;b=2\">on the city's site</a>{tail}<br>Second line</p>")),
            "{h}"
        );
        assert!(
            h.contains("<table>\n<tr><td>Line</td><td>Riders<br>Daily</td></tr>\n</table>"),
            "{h}"
        );
    }

    /// Checks the page read from [`ODF_BODY`].
    fn check_odf_page(h: &str) {
        check_page(h, 2, ".");
        for gone in [
            "six hundred",
            "Check this figure",
            "A footnote",
            "Photo:",
            "Editor",
            "Header text",
            "Office User",
        ] {
            assert!(!h.contains(gone), "{gone}: {h}");
        }
    }

    #[test]
    fn an_opendocument_text_is_read_as_a_page_of_its_body() {
        let content = odf_content("document-content", "", &ODF_BODY.replace("PARA", PARA));
        let odt = zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", &content),
            (
                "styles.xml",
                "<office:document-styles xmlns:office=\"x\"><office:master-styles><style:master-page xmlns:style=\"y\"><style:header><text:p xmlns:text=\"z\">Header text</text:p></style:header></style:master-page></office:master-styles></office:document-styles>",
            ),
            (
                "meta.xml",
                "<office:document-meta xmlns:office=\"x\"><office:meta><dc:creator xmlns:dc=\"y\">Office User</dc:creator></office:meta></office:document-meta>",
            ),
        ]);
        let a = zipped_article(&odt, "x.odt").unwrap().unwrap();
        check_odf_page(html_of(&a));
        assert_eq!((a.title, a.authors, a.lines), (None, Vec::new(), [1, 1]));
    }

    #[test]
    fn a_flat_opendocument_text_is_read_as_a_page_of_its_body() {
        let head = "<office:meta><dc:creator>Office User</dc:creator></office:meta><office:styles><style:style style:name=\"Title\"/></office:styles><office:master-styles><style:master-page><style:header><text:p>Header text</text:p></style:header></style:master-page></office:master-styles>";
        let fodt = odf_content("document", head, &ODF_BODY.replace("PARA", PARA));
        let a = flat_article(&fodt, "x.fodt").unwrap().unwrap();
        check_odf_page(html_of(&a));
        assert_eq!(a.lines, [1, 2]);

        let doc = document(fodt.as_bytes(), "sources/x/bus.fodt").unwrap();
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(texts.contains(&"What it costs"), "{texts:?}");
        // Its character references are XML's, read by the XML reader
        // alone: "&amp;lt;" is "&lt;" written out.
        let refs = "<text:p>Fares &amp; tickets: under &lt;12&gt; years &amp;lt;free&amp;gt; &#8220;for all&#8221;.</text:p>";
        let fodt = odf_content("document", head, &format!("{refs}<text:p>{PARA}</text:p>"));
        let doc = document(fodt.as_bytes(), "sources/x/bus.fodt").unwrap();
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts.contains(&"Fares & tickets: under <12> years &lt;free&gt; “for all”."),
            "{texts:?}"
        );
        assert!(
            texts
                .iter()
                .all(|t| !t.contains("Header text") && !t.contains("Office User"))
        );
    }

    #[test]
    fn other_flat_xml_and_a_broken_flat_document() {
        // A flat spreadsheet, and other XML, are no articles.
        let fods = odf_content("document", "", "").replace("office:text", "office:spreadsheet");
        assert!(flat_article(&fods, "x.fods").unwrap().is_none());
        assert!(
            flat_article("<rss><channel/></rss>", "x.xml")
                .unwrap()
                .is_none()
        );
        assert!(
            flat_article("A text about <office:document> files.", "x.txt")
                .unwrap()
                .is_none()
        );
        let broken = odf_content("document", "", "<text:p>Cut off</text:h>");
        let e = flat_article(&broken, "x.fodt").unwrap_err();
        assert!(
            e.message
                .starts_with("x.fodt: this OpenDocument text is damaged ("),
            "{}",
            e.message
        );
    }

    /// An XHTML chapter titled `title` with `paragraphs` paragraphs.
    fn chapter(title: &str, paragraphs: usize) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>{title}</title></head><body><h1>{title}</h1>{}</body></html>",
            format!("<p>{PARA}</p>").repeat(paragraphs)
        )
    }

    #[test]
    fn the_longest_chapter_of_an_epub_is_the_article() {
        let opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Saved pages</dc:title><dc:creator>Calibre User</dc:creator></metadata><manifest><item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/><item id=\"c1\" href=\"Text/one.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"c2\" href=\"Text/night%20buses.xhtml#top\" media-type=\"application/xhtml+xml\"/><item id=\"c3\" href=\"Text/../Text/three.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"out\" href=\"../../etc/passwd\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"nav\"/><itemref idref=\"c1\"/><itemref idref=\"c2\"/><itemref idref=\"missing\"/><itemref idref=\"out\"/><itemref idref=\"c3\"/></spine></package>";
        let nav = chapter("Contents", 9).replace(
            PARA,
            "Contents of the book, chapter by chapter, one to three",
        );
        let epub = zip_of(&[
            ("mimetype", "application/epub+zip"),
            (
                "META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>",
            ),
            ("OEBPS/content.opf", opf),
            ("OEBPS/nav.xhtml", &nav),
            ("OEBPS/Text/one.xhtml", &chapter("Trams are late", 1)),
            ("OEBPS/Text/night buses.xhtml", &chapter("Night buses", 3)),
            ("OEBPS/Text/three.xhtml", &chapter("A recipe", 1)),
        ]);
        let a = zipped_article(&epub, "x.epub").unwrap().unwrap();
        let h = html_of(&a);
        assert!(
            h.contains("<title>Night buses</title>") && h.matches(PARA).count() == 3,
            "{h}"
        );
        let others: Vec<&str> = a.others.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(others.len(), 3, "{others:?}");
        assert!(others[0].starts_with("Contents "), "{others:?}");
        assert!(
            others[1].starts_with("Trams are late The city council"),
            "{others:?}"
        );
        assert!(others[2].starts_with("A recipe"), "{others:?}");
        assert!(a.others.iter().all(|r| r.reason == Reason::Outside));
        assert_eq!((a.title.as_deref(), a.authors.len()), (None, 0));

        let doc = document(&epub, "x.epub").unwrap();
        assert_eq!(doc.title.as_deref(), Some("Night buses"));
        assert!(doc.authors.is_empty());
        assert_eq!(doc.paragraphs.iter().filter(|p| p.text == PARA).count(), 3);
    }

    #[test]
    fn a_zip_of_other_files_is_no_document() {
        let other = zip_of(&[("photo.txt", "not a photo"), ("notes/a.xml", "<a/>")]);
        assert!(zipped_article(&other, "x.zip").unwrap().is_none());
        let sheet = zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", "<office:document-content/>"),
        ]);
        assert!(zipped_article(&sheet, "x.ods").unwrap().is_none());
        assert!(
            zipped_article(b"PK\x03\x04 not really", "x.zip")
                .unwrap()
                .is_none()
        );
        assert!(zipped_article(PARA.as_bytes(), "x.docx").unwrap().is_none());
        let e = document(&other, "sources/x/other.txt").unwrap_err();
        assert!(e.message.contains("this is a binary file"), "{}", e.message);
    }

    #[test]
    fn a_damaged_document_is_an_error_not_a_panic() {
        let good = docx(&w_p("", &w_r(PARA)));
        // Cut short: the archive's directory is gone.
        let cut = &good[..good.len() / 2];
        let e = zipped_article(cut, "sources/x/bus.docx").unwrap_err();
        assert!(
            e.message
                .starts_with("sources/x/bus.docx: this Word file is damaged ("),
            "{}",
            e.message
        );
        assert!(
            e.hints.iter().any(|h| h.contains("save it again")),
            "{:?}",
            e.hints
        );
        // Not named as a document: the binary file it is.
        assert!(zipped_article(cut, "x.bin").unwrap().is_none());
        // Its body not well-formed XML.
        let bad = zip_of(&[(
            "word/document.xml",
            "<w:document><w:body><w:p>a</w:r></w:body>",
        )]);
        let e = zipped_article(&bad, "x.docx").unwrap_err();
        assert!(
            e.message.contains("damaged (word/document.xml, at byte"),
            "{}",
            e.message
        );
        // An e-book without its package document.
        let epub = zip_of(&[("mimetype", "application/epub+zip")]);
        let e = zipped_article(&epub, "x.epub").unwrap_err();
        assert!(
            e.message
                .contains("EPUB e-book is damaged (it has no META-INF/container.xml)"),
            "{}",
            e.message
        );
        // Any byte changed: an error or a reading, never a panic.
        for i in (0..good.len()).step_by(3) {
            let mut bytes = good.clone();
            bytes[i] ^= 0x5a;
            let _ = zipped_article(&bytes, "x.docx");
        }
    }

    #[test]
    fn an_archive_past_the_limits_or_encrypted_is_refused() {
        let body = w_p("", &w_r(&PARA.repeat(20)));
        let small = Limits {
            bytes: 2_000,
            entries: 100,
        };
        let e = zipped_within(&docx(&body), "x.docx", small).unwrap_err();
        assert!(e.message.contains("unpacks to more than"), "{}", e.message);
        let few = Limits {
            bytes: MAX_UNPACKED,
            entries: 3,
        };
        let e = zipped_within(&docx(&body), "x.docx", few).unwrap_err();
        assert!(e.message.contains("holds more than"), "{}", e.message);
        assert!(zipped_within(&docx(&body), "x.docx", LIMITS).is_ok());
        // The encryption flag set on every entry, in its local header and
        // in the directory.
        let mut locked = docx(&body);
        for sig in [&b"PK\x03\x04"[..], b"PK\x01\x02"] {
            let flag = if sig == b"PK\x03\x04" { 6 } else { 8 };
            let at: Vec<usize> = memchr::memmem::find_iter(&locked, sig).collect();
            for i in at {
                locked[i + flag] |= 1;
            }
        }
        let e = zipped_article(&locked, "x.docx").unwrap_err();
        assert!(
            e.message.contains("protected by a password"),
            "{}",
            e.message
        );
    }

    #[test]
    fn an_epub_address_never_leaves_the_book() {
        assert_eq!(
            resolve("OEBPS", "Text/a%20b.xhtml#x").as_deref(),
            Some("OEBPS/Text/a b.xhtml")
        );
        assert_eq!(
            resolve("OEBPS/Text", "../c.xhtml").as_deref(),
            Some("OEBPS/c.xhtml")
        );
        assert_eq!(
            resolve("", "/OEBPS/c.xhtml").as_deref(),
            Some("OEBPS/c.xhtml")
        );
        assert_eq!(resolve("OEBPS", "../../etc/passwd"), None);
        assert_eq!(resolve("OEBPS", "https://example.org/a.xhtml"), None);
        assert_eq!(resolve("OEBPS", "#top"), None);
    }
}
