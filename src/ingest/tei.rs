//! Texts encoded in TEI XML (the Text Encoding Initiative's P5, root
//! `TEI` in its namespace, and the older `TEI.2`), as research corpora of
//! the press and digital editions keep an article. The article's text is
//! the `text`'s `body`: its paragraphs (`p`, `ab`), headings (`head`),
//! list items, block quotations and table rows (cells joined by spaces);
//! `front` and `back` give only a title.
//!
//! An edition keeps the printed page: `lb` is a line's end (a space, but
//! none where `break="no"` says the word goes on, its hyphen dropped),
//! `pb` and `cb` a page's or column's, `fw` the running heads, page
//! numbers, catch-words and "continued on page 7" lines, `figure` a
//! picture with its caption, `note` an editor's note: none of them is
//! text of the article, and the ones with words are removed with their
//! reason.
//!
//! The title, writers and date are the article's own: its bibliographic
//! description's (`sourceDesc`: an analytic `biblStruct`, or a `bibl` of
//! the article), its heading and byline in the body, `docDate`; never
//! the edition's own statements (who transcribed it, when the corpus
//! published it).

use chrono::NaiveDate;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::Removed;
use super::hyphens::Hyphens;
use super::json::Article;
use super::meta;
use super::rules::{self, Reason};
use super::xml;
use crate::error::Result;

/// The TEI namespace.
const NAMESPACE: &str = "http://www.tei-c.org/ns/1.0";

/// Deeper than this, elements are read as their parent's text (no
/// encoding nests so deep; a file that does is not let run the reader
/// out of room).
const MAX_DEPTH: usize = 512;

/// An element of the document.
#[derive(Debug, Default)]
struct Node {
    /// Its local name.
    name: String,
    /// Its attributes by local name ("xml:lang" is "lang").
    attrs: Vec<(String, String)>,
    kids: Vec<Kid>,
    /// The lines of the file it spans.
    at: [usize; 2],
}

impl Node {
    fn attr(&self, name: &str) -> Option<&str> {
        (self.attrs.iter())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether its attribute `name` is one of `values` (in any case).
    fn attr_in(&self, name: &str, values: &[&str]) -> bool {
        self.attr(name)
            .is_some_and(|v| values.iter().any(|w| v.eq_ignore_ascii_case(w)))
    }
}

/// What an element holds: an element (by its index), or text.
#[derive(Debug)]
enum Kid {
    El(usize),
    Text(String),
}

/// A document read as its elements; the root is the first.
struct Tree {
    nodes: Vec<Node>,
}

/// Whether `text` is a TEI document: its root is `TEI` in the TEI
/// namespace, or `TEI.2`.
pub(crate) fn is_tei(text: &str) -> bool {
    xml::root_tag(text).is_some_and(|tag| {
        let name = xml::tag_name(tag);
        (name == "TEI" && tag.contains(NAMESPACE)) || name.eq_ignore_ascii_case("TEI.2")
    })
}

/// An element as read: its local name and attributes, at line `line`.
fn node_of(e: &BytesStart<'_>, line: usize) -> Node {
    let name = e.local_name();
    let attrs = e
        .attributes()
        .flatten()
        .map(|a| {
            let key = a.key.as_ref();
            let key = key.rsplit(':').next().unwrap_or(key).to_string();
            (key, xml::attribute_text(&a.value))
        })
        .collect();
    Node {
        name: name.as_ref().to_string(),
        attrs,
        kids: Vec::new(),
        at: [line, line],
    }
}

/// Reads the document; an error where it is not well-formed XML.
fn parse(text: &str, display: &str) -> Result<Tree> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().expand_empty_elements = true;
    let mut nodes: Vec<Node> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    // Elements past the depth read as their parent's text.
    let mut flat = 0usize;
    let push_text = |nodes: &mut Vec<Node>, open: &[usize], t: String| {
        if let Some(&p) = open.last() {
            nodes[p].kids.push(Kid::Text(t));
        }
    };
    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            let what = "TEI file";
            xml::parse_error(text, display, what, reader.error_position(), &e)
        })?;
        match event {
            Event::Start(_) if open.len() >= MAX_DEPTH => flat += 1,
            Event::End(_) if flat > 0 => flat -= 1,
            Event::Start(e) => {
                let i = nodes.len();
                nodes.push(node_of(&e, xml::line_at(text, at)));
                if let Some(&p) = open.last() {
                    nodes[p].kids.push(Kid::El(i));
                }
                open.push(i);
            }
            Event::End(_) => {
                if let Some(i) = open.pop() {
                    nodes[i].at[1] = xml::line_at(text, reader.buffer_position());
                }
            }
            Event::Text(t) => push_text(&mut nodes, &open, xml::attribute_text(&t)),
            Event::GeneralRef(r) => {
                push_text(
                    &mut nodes,
                    &open,
                    xml::attribute_text(&format!("&{};", &*r)),
                );
            }
            Event::CData(c) => push_text(&mut nodes, &open, c.to_string()),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(Tree { nodes })
}

impl Tree {
    /// The elements under `i` (not `i`), in document order.
    fn descendants(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.children(i).rev().collect();
        while let Some(j) = stack.pop() {
            out.push(j);
            stack.extend(self.children(j).rev());
        }
        out
    }

    /// The elements right under `i`.
    fn children(&self, i: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.nodes[i].kids.iter().filter_map(|k| match k {
            Kid::El(j) => Some(*j),
            Kid::Text(_) => None,
        })
    }

    /// The first element named `name` under `i`.
    fn find(&self, i: usize, name: &str) -> Option<usize> {
        self.descendants(i)
            .into_iter()
            .find(|&j| self.nodes[j].name == name)
    }

    /// The first element named `name` right under `i`.
    fn child(&self, i: usize, name: &str) -> Option<usize> {
        self.children(i).find(|&j| self.nodes[j].name == name)
    }

    /// The text under `i`, on one line: a line break a space (none where
    /// the word goes on), notes and running heads left out.
    fn text(&self, i: usize) -> String {
        let mut w = Writer::default();
        let mut stack = vec![(i, 0usize)];
        while let Some((n, k)) = stack.pop() {
            let Some(kid) = self.nodes[n].kids.get(k) else {
                continue;
            };
            stack.push((n, k + 1));
            match kid {
                Kid::Text(t) => w.text(t),
                Kid::El(j) => match self.nodes[*j].name.as_str() {
                    "lb" | "pb" | "cb" => w.line_break(&self.nodes[*j], false),
                    "note" | "fw" | "figure" | "del" | "gap" => {}
                    _ => stack.push((*j, 0)),
                },
            }
        }
        rules::squash(&w.lines.join(" "))
    }
}

/// Text being written into lines: a line break starts a line, or (where
/// the word goes on) glues the next text to the last.
#[derive(Debug, Default)]
struct Writer {
    lines: Vec<String>,
    /// The next text goes on the last word: with the hyphen taken off it,
    /// when there was one.
    glue: Option<Option<char>>,
}

/// The hyphens a word broken at a line's end is printed with.
const BREAK_HYPHENS: [char; 5] = ['-', '\u{ad}', '\u{2010}', '¬', '\u{2e17}'];

impl Writer {
    fn text(&mut self, t: &str) {
        let t = match self.glue {
            Some(_) => t.trim_start(),
            None => t,
        };
        if t.is_empty() {
            return;
        }
        if self.lines.is_empty() {
            self.lines.push(String::new());
        }
        let line = self.lines.last_mut().expect("a line");
        if let Some(hyphen) = self.glue.take()
            && let Some(h) = hyphen
            && !t.starts_with(char::is_lowercase)
        {
            line.push(h);
        }
        line.push_str(t);
    }

    /// A line's end: a new line; or where it says the word goes on
    /// (`break="no"`), the next text glued on, without the hyphen
    /// before it. `as_line`: a line break starts a line of the writer
    /// (else a space).
    fn line_break(&mut self, e: &Node, as_line: bool) {
        if e.attr_in("break", &["no", "false"]) {
            let Some(line) = self.lines.last_mut() else {
                return;
            };
            let kept = line.trim_end().len();
            line.truncate(kept);
            let mut hyphen = None;
            if let Some(h) = line.chars().last().filter(|c| BREAK_HYPHENS.contains(c))
                && line.chars().rev().nth(1).is_some_and(char::is_alphabetic)
            {
                line.pop();
                hyphen = Some(h);
            }
            self.glue = Some(hyphen.filter(|h| *h != '\u{ad}'));
        } else if e.name == "lb" {
            self.end_glue();
            if as_line {
                self.lines.push(String::new());
            } else {
                self.text(" ");
            }
        }
    }

    /// A line of its own (a verse's).
    fn new_line(&mut self) {
        self.end_glue();
        self.lines.push(String::new());
    }

    /// A space before a word of its own (`w`), unless the line ends in
    /// one, or in an opening bracket or quotation mark.
    fn space_before_word(&mut self) {
        let last = self.lines.last().and_then(|l| l.chars().last());
        if self.glue.is_none()
            && last.is_some_and(|c| !c.is_whitespace() && !"([{«„“‘¿¡".contains(c))
        {
            self.text(" ");
        }
    }

    /// A glue left waiting: its hyphen put back.
    fn end_glue(&mut self) {
        if let Some(Some(h)) = self.glue.take()
            && let Some(l) = self.lines.last_mut()
        {
            l.push(h);
        }
    }
}

/// What a block of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Head,
    /// A heading typed as a subtitle ("sub").
    Sub,
}

/// A block of the body as read.
#[derive(Debug)]
struct Block {
    kind: Kind,
    lines: Vec<String>,
    at: [usize; 2],
    /// The article (a `div` typed as one) it stands in, of several.
    article: Option<usize>,
}

mod body;
mod header;

/// The article of a TEI document (with no text for one whose body has
/// none: what its header says, rather than its markup read as text);
/// `None` for any other text; an error for a TEI file that is not
/// well-formed XML.
pub(crate) fn article(text: &str, display: &str) -> Result<Option<Article>> {
    if !is_tei(text) {
        return Ok(None);
    }
    let tree = parse(text, display)?;
    let said = header::Said::of(&tree);
    let mut read = body::read(&tree);
    read.choose_article();
    Ok(Some(page(read, said, text.lines().count().max(1))))
}

/// What the body gave, and what the header and the front say, as the
/// article's page.
fn page(read: body::Read, said: header::Said, file_lines: usize) -> Article {
    let lines = read
        .blocks
        .iter()
        .flat_map(|b| b.lines.iter().map(String::as_str));
    let hyphens = Hyphens::of(lines);
    let joined = |b: &Block| {
        super::text::join_lines_with(b.lines.iter().map(String::as_str), &hyphens, true)
    };
    // The first heading before the text is the headline; a subtitle
    // right under it is the standfirst.
    let first_text = (read.blocks.iter())
        .position(|b| b.kind == Kind::Text)
        .unwrap_or(read.blocks.len());
    let headline = read.blocks[..first_text]
        .iter()
        .position(|b| b.kind == Kind::Head);
    let standfirst = headline
        .map(|h| h + 1)
        .filter(|&s| s < first_text && read.blocks[s].kind == Kind::Sub)
        .map(|s| (joined(&read.blocks[s]), read.blocks[s].at));
    let mut page = xml::PageWriter::default();
    page.head(standfirst.as_ref());
    for (k, b) in read.blocks.iter().enumerate() {
        let tag = match b.kind {
            Kind::Head | Kind::Sub if Some(k) == headline => "h1",
            Kind::Head | Kind::Sub => "h2",
            Kind::Text => "p",
        };
        page.element(tag, &joined(b), b.at);
    }
    let mut article = page.article(file_lines);
    let body_title = headline.map(|h| joined(&read.blocks[h]));
    article.title = said
        .title
        .or(body_title)
        .or(said.front_title)
        .or(said.stmt_title);
    article.subtitle = standfirst.map(|s| s.0);
    article.authors = [said.authors, read.byline, said.stmt_authors]
        .into_iter()
        .find(|a| !a.is_empty())
        .unwrap_or_default();
    article.date = said.date.or(read.date).or(said.created);
    article.others = read.removed;
    article.others.sort_by_key(|r| r.lines);
    article
}

/// A person's name as an element gives it: its forenames then its
/// surnames when it marks them, else its text ("Yakai, Mathias" turned
/// round); written in capitals, in title case.
fn person(tree: &Tree, i: usize) -> Option<String> {
    // An author's name, not the affiliation or address beside it.
    let i = (tree.children(i))
        .find(|&c| ["persName", "name"].contains(&tree.nodes[c].name.as_str()))
        .unwrap_or(i);
    let parts = |name: &str| -> Vec<String> {
        (tree.descendants(i).into_iter())
            .filter(|&j| tree.nodes[j].name == name)
            .map(|j| tree.text(j))
            .filter(|t| !t.is_empty())
            .collect()
    };
    let (fore, sur) = (parts("forename"), parts("surname"));
    let name = if !fore.is_empty() && !sur.is_empty() {
        format!("{} {}", fore.join(" "), sur.join(" "))
    } else {
        let t = tree.text(i);
        match t.split_once(", ") {
            Some((sur, fore))
                if !fore.contains(',')
                    && meta::looks_like_name(&meta::title_case_caps(&format!("{fore} {sur}"))) =>
            {
                format!("{fore} {sur}")
            }
            _ => t,
        }
    };
    let name = meta::title_case_caps(name.trim().trim_end_matches([',', '.', ';']));
    (!name.is_empty() && rules::at_most_words(&name, 6)).then_some(name)
}

/// The date an element gives: its `when` (a day), or its text.
fn date_of(tree: &Tree, i: usize) -> Option<NaiveDate> {
    let n = &tree.nodes[i];
    let when = ["when", "when-iso", "value"]
        .iter()
        .find_map(|a| n.attr(a))
        .and_then(|w| NaiveDate::parse_from_str(w.get(..10)?, "%Y-%m-%d").ok());
    when.or_else(|| {
        let t = tree.text(i);
        meta::date_line(&t).or_else(|| meta::find_date(&t).map(|f| f.date))
    })
}

/// A removed element's text, for `why`.
fn removed(tree: &Tree, i: usize, why: Reason) -> Option<Removed> {
    let text = tree.text(i);
    (!text.is_empty()).then(|| Removed {
        text,
        reason: why,
        lines: tree.nodes[i].at,
    })
}

#[cfg(test)]
mod tests;
