//! EndNote's XML export (File › Export as "XML"; also written by Zotero,
//! Mendeley and Citavi for EndNote): `<xml><records><record>…`, one record
//! per work, each value wrapped in `<style face="normal" …>` runs (one
//! run per change of type, joined as they stand). A researcher keeps a
//! clipped article in a record's `notes` (EndNote has no field of its own
//! for a text, and writes its line ends as `&#xD;`), its `abstract`, or
//! its `research-notes`.
//!
//! The record whose text field holds the most text is the article (as
//! in the other reference exports, [`super::citations`]): its title
//! (`titles/title`; the `secondary-title` is the paper's), its writers
//! (`contributors/authors/author`, "Family, Given"; the secondary authors
//! are editors), its date (`dates/year` with `pub-dates/date`, "Oct 5";
//! the `access-date` is the researcher's) and address (`urls/related-urls`).
//! A line end in a value parts paragraphs: EndNote wraps no line. The
//! other records are recorded as removed; a file that opens as an EndNote
//! export but is broken XML is an error naming the file and its line.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::Removed;
use super::citations;
use super::json::Article;
use super::rules::{self, Reason};
use crate::error::{Error, Result};

/// Elements read before a file is taken as too large to be an export of
/// clippings.
const MAX_NODES: usize = 500_000;

/// Nesting deeper than this is no EndNote export.
const MAX_DEPTH: usize = 64;

/// The fields that may hold the article's text, in the order they are
/// trusted when they hold as much.
const TEXT_FIELDS: [&str; 3] = ["notes", "research-notes", "abstract"];

/// A record: its values (the path of the element below the record,
/// without the `style` runs: "titles/title"; the text) and lines.
#[derive(Debug, Default)]
struct Record {
    fields: Vec<(String, String)>,
    lines: [usize; 2],
}

impl Record {
    fn all<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a str> {
        self.fields
            .iter()
            .filter(move |(p, _)| p == path)
            .map(|(_, v)| v.as_str())
    }

    fn first<'a>(&'a self, path: &'a str) -> Option<&'a str> {
        self.all(path).next()
    }

    /// The record's text fields, each as paragraphs.
    fn texts(&self) -> Vec<(&'static str, String)> {
        TEXT_FIELDS
            .iter()
            .filter_map(|&f| Some((f, paragraphs(self.first(f)?))))
            .collect()
    }

    fn weight(&self) -> usize {
        (self.texts().iter())
            .map(|(_, t)| citations::weight(t))
            .max()
            .unwrap_or(0)
    }
}

/// A value's lines as paragraphs: EndNote ends a line with a carriage
/// return alone (`&#xD;`).
fn paragraphs(value: &str) -> String {
    citations::lines_as_paragraphs(&value.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Whether `text` opens as an EndNote export: an `<xml>` element first,
/// and `<records>` in it.
fn is_endnote(text: &str) -> bool {
    if super::records::root_name(text).as_deref() != Some("xml") {
        return false;
    }
    let head = text.get(..text.len().min(4096)).unwrap_or(text);
    head.contains("<records>") || head.contains("<records ")
}

/// Counts lines up to a byte, from where it last counted.
struct Lines<'t> {
    text: &'t [u8],
    at: usize,
    line: usize,
}

impl Lines<'_> {
    fn at(&mut self, pos: u64) -> usize {
        let pos = usize::try_from(pos)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        if pos < self.at {
            self.at = 0;
            self.line = 1;
        }
        self.line += memchr::memchr_iter(b'\n', &self.text[self.at..pos]).count();
        self.at = pos;
        self.line
    }
}

/// The records of an EndNote export; the line where it stops being XML,
/// and why.
fn records(text: &str) -> std::result::Result<Vec<Record>, (usize, String)> {
    let mut reader = Reader::from_str(text);
    let mut lines = Lines {
        text: text.as_bytes(),
        at: 0,
        line: 1,
    };
    let mut out = Vec::new();
    // The open record, the elements open in it, the text read since the
    // last element opened or closed.
    let mut open: Option<Record> = None;
    let (mut path, mut depth, mut nodes) = (Vec::<String>::new(), 0usize, 0usize);
    let mut value = String::new();
    loop {
        let pos = reader.buffer_position();
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => return Err((lines.at(reader.error_position()), e.to_string())),
        };
        match event {
            Event::Start(s) => {
                nodes += 1;
                depth += 1;
                if nodes > MAX_NODES || depth > MAX_DEPTH {
                    return Err((
                        lines.at(pos),
                        "too large or too deep to be an export".into(),
                    ));
                }
                let name = s.local_name().as_ref().to_string();
                match open.as_mut() {
                    None if name == "record" => {
                        let line = lines.at(pos + 1);
                        open = Some(Record {
                            lines: [line, line],
                            ..Record::default()
                        });
                    }
                    Some(_) if name != "style" => {
                        path.push(name);
                        value.clear();
                    }
                    _ => {}
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                let name = e.local_name();
                let Some(rec) = open.as_mut() else { continue };
                if name.as_ref() == "style" {
                    continue;
                }
                if path.is_empty() {
                    rec.lines[1] = lines.at(reader.buffer_position());
                    out.extend(open.take());
                    continue;
                }
                if !value.trim().is_empty() {
                    rec.fields.push((path.join("/"), value.trim().to_string()));
                }
                value.clear();
                path.pop();
            }
            Event::Text(t) if open.is_some() => value.push_str(&t),
            Event::CData(t) if open.is_some() => value.push_str(&t.into_inner()),
            Event::GeneralRef(r) if open.is_some() => {
                value.extend(super::records::reference_char(&r));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out.extend(open);
    Ok(out)
}

/// The record's date: its year with its publication date ("Oct 5",
/// "10/05"), or a publication date that names its year.
fn date(r: &Record) -> Option<chrono::NaiveDate> {
    let year = r.first("dates/year").map(str::trim);
    let day = r
        .first("dates/pub-dates/date")
        .or_else(|| r.first("dates/date"))?
        .trim();
    if let Some(d) = super::meta::parse_date(day) {
        return Some(d);
    }
    let year = year.filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))?;
    [format!("{day}, {year}"), format!("{day} {year}")]
        .iter()
        .find_map(|t| super::meta::parse_date(t))
}

/// The record's address: its first web address among its related and
/// web links (a PDF's or a file's link is an attachment).
fn url(r: &Record) -> Option<String> {
    (r.all("urls/related-urls/url"))
        .chain(r.all("urls/web-urls/url"))
        .map(str::trim)
        .find(|u| u.starts_with("http://") || u.starts_with("https://"))
        .map(str::to_string)
}

/// The article of an EndNote XML export, or `None` when `text` is no
/// such export or no record holds text; an error naming `display` and
/// the line when it opens as one but is broken XML.
pub(crate) fn article(text: &str, display: &str) -> Result<Option<Article>> {
    if !is_endnote(text) {
        return Ok(None);
    }
    let records = records(text).map_err(|(line, why)| {
        Error::build(format!(
            "{display}:{line}: this EndNote XML export is damaged ({why})"
        ))
        .hint("export the references again from EndNote (File › Export…, as XML), or save the article as .txt")
    })?;
    let Some(chosen) = (0..records.len())
        .filter(|&i| records[i].weight() > 0)
        .max_by_key(|&i| (records[i].weight(), std::cmp::Reverse(i)))
    else {
        return Ok(None);
    };
    let r = &records[chosen];
    let texts = citations::texts(r.texts(), "abstract", r.lines);
    let mut others: Vec<Removed> = (records.iter().enumerate())
        .filter(|&(i, _)| i != chosen)
        .map(|(_, o)| Removed {
            text: rules::squash(
                &o.fields
                    .iter()
                    .map(|(_, v)| v.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            reason: Reason::Outside,
            lines: o.lines,
        })
        .collect();
    others.extend(texts.notes);
    Ok(Some(Article {
        body: texts.body,
        title: r.first("titles/title").map(rules::squash),
        subtitle: texts.standfirst,
        authors: (r.all("contributors/authors/author"))
            .map(|a| citations::given_first(&rules::squash(a)))
            .filter(|a| !a.is_empty())
            .collect(),
        date: date(r),
        url: url(r),
        others,
        line_map: Vec::new(),
        lines: r.lines,
    }))
}

#[cfg(test)]
mod tests;
