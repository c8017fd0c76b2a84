//! Reference-manager exports in BibTeX and BibLaTeX (`.bib`: JabRef,
//! Zotero's Better BibTeX, Mendeley): one entry per work, each a type, a
//! key and fields (`@Online{key, title = {…}, author = {Last, First and
//! Last2, First2}, date = {2028-02-23}, url = {…}, …}`). A researcher
//! keeps a clipped article in an entry's `abstract`, `comment`, `note` or
//! `annote`: a value over many lines, in braces that nest, with LaTeX's
//! escapes ("{\"o}", "\&", "--", "{{Title}}" to keep its capitals).
//!
//! The entry with the longest such text is read as the article, with its
//! title, writers, date and address (as the RIS reader does); the other
//! entries, what is no entry (`@comment{jabref-meta: …}`, `@string`,
//! `@preamble`, text between entries) and the entry's other notes are
//! recorded as removed. An entry that never closes is an error naming the
//! file and its line.

use super::Removed;
use super::json::Article;
use super::rules::{self, Reason};
use crate::error::{Error, Result};

/// The fields that may hold the article's text.
const TEXT_FIELDS: [&str; 5] = ["abstract", "comment", "note", "annote", "annotation"];

/// One entry: its type, fields (lower-cased name, value as written) and
/// lines (1-based).
struct Entry {
    kind: String,
    fields: Vec<(String, String)>,
    lines: [usize; 2],
}

impl Entry {
    /// The value of the field `name`, its LaTeX read, when not empty.
    fn get(&self, name: &str) -> Option<String> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| plain(v))
            .filter(|v| !v.trim().is_empty())
    }

    /// How much text its fullest text field holds.
    fn words(&self) -> usize {
        TEXT_FIELDS
            .iter()
            .filter_map(|f| self.get(f))
            .map(|v| super::citations::weight(&v))
            .max()
            .unwrap_or(0)
    }
}

/// A value's text: LaTeX's escapes and accents as characters, its braces
/// gone, each line trimmed of the indentation an export adds.
fn plain(value: &str) -> String {
    let text = super::latex::inline(value).0;
    text.lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// A part of a `.bib` file.
enum Part {
    /// An entry of a work.
    Entry(Entry),
    /// What is no entry (a comment, a string, a preamble, text between
    /// entries): its text and lines.
    Other(String, [usize; 2]),
}

/// Reads a `.bib` text into its parts, or the byte where an entry opens
/// that never closes.
struct Parser<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Parser<'t> {
    fn line_of(&self, byte: usize) -> usize {
        1 + memchr::memchr_iter(b'\n', &self.text.as_bytes()[..byte]).count()
    }

    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    fn skip_space(&mut self) {
        let r = self.rest();
        self.at += r.len() - r.trim_start().len();
    }

    /// A name (an entry's type, a key, a field's name, a macro).
    fn name(&mut self) -> &'t str {
        let r = self.rest();
        let len = r
            .find(|c: char| c.is_whitespace() || "{}(),=#\"".contains(c))
            .unwrap_or(r.len());
        self.at += len;
        &r[..len]
    }

    /// The text of a group from `open` (`{` or `"` or `(`) to its close,
    /// braces nesting inside; `None` when it never closes.
    fn group(&mut self, close: char) -> Option<&'t str> {
        let r = &self.rest()[1..];
        let mut depth = 0usize;
        let mut escaped = false;
        for (i, c) in r.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '{' => depth += 1,
                '}' if depth > 0 => depth -= 1,
                c if c == close && depth == 0 => {
                    self.at += 1 + i + 1;
                    return Some(&r[..i]);
                }
                _ => {}
            }
        }
        None
    }

    /// A field's value: parts joined by `#` (braced, quoted, a number or
    /// a macro such as `feb`).
    fn value(&mut self) -> Option<String> {
        let mut out = String::new();
        loop {
            self.skip_space();
            match self.rest().chars().next()? {
                '{' => out.push_str(self.group('}')?),
                '"' => out.push_str(self.group('"')?),
                _ => out.push_str(self.name()),
            }
            self.skip_space();
            if !self.rest().starts_with('#') {
                return Some(out);
            }
            self.at += 1;
        }
    }

    /// The fields of an entry opened by `close`'s partner, up to its
    /// close; `None` when it never closes.
    fn fields(&mut self, close: char) -> Option<Vec<(String, String)>> {
        let mut fields = Vec::new();
        loop {
            self.skip_space();
            let c = self.rest().chars().next()?;
            if c == close {
                self.at += 1;
                return Some(fields);
            }
            if c == ',' {
                self.at += 1;
                continue;
            }
            let name = self.name().to_ascii_lowercase();
            self.skip_space();
            if name.is_empty() || !self.rest().starts_with('=') {
                // Text that is no field (a stray word): skip a character.
                self.at += c.len_utf8();
                continue;
            }
            self.at += 1;
            fields.push((name, self.value()?));
        }
    }

    /// The entry opened by the `@` at the parser's place, or its bytes as
    /// another part; `Err` with the line it opens on when it never closes.
    fn entry(&mut self) -> std::result::Result<Part, usize> {
        let start = self.at;
        self.at += 1;
        let kind = self.name().to_ascii_lowercase();
        self.skip_space();
        let close = match self.rest().chars().next() {
            Some('{') => '}',
            Some('(') => ')',
            // An "@" in text between entries ("write to a@b.org").
            _ => return Ok(self.other(start)),
        };
        let unclosed = self.line_of(start);
        if matches!(kind.as_str(), "comment" | "string" | "preamble") {
            self.group(close).ok_or(unclosed)?;
            return Ok(self.other(start));
        }
        self.at += 1;
        self.skip_space();
        let _key = self.name();
        let fields = self.fields(close).ok_or(unclosed)?;
        Ok(Part::Entry(Entry {
            kind,
            fields,
            lines: [self.line_of(start), self.line_of(self.at)],
        }))
    }

    /// The bytes from `start` to the parser's place as another part.
    fn other(&self, start: usize) -> Part {
        let lines = [self.line_of(start), self.line_of(self.at)];
        Part::Other(self.text[start..self.at].to_string(), lines)
    }

    /// All parts; `Err` with the line of an entry that never closes.
    fn parts(mut self) -> std::result::Result<Vec<Part>, usize> {
        let mut parts = Vec::new();
        while self.at < self.text.len() {
            let Some(next) = self.rest().find('@') else {
                parts.push(self.other_to(self.text.len()));
                break;
            };
            if next > 0 {
                parts.push(self.other_to(self.at + next));
            }
            parts.push(self.entry()?);
        }
        Ok(parts
            .into_iter()
            .filter(|p| !matches!(p, Part::Other(t, _) if t.trim().is_empty()))
            .collect())
    }

    /// The text up to `end` as another part, the parser moved there.
    fn other_to(&mut self, end: usize) -> Part {
        let start = self.at;
        self.at = end;
        let part = self.other(start);
        // Its last line ends before the next part's first.
        match part {
            Part::Other(t, [a, _]) => {
                let b = a + t.trim_end().matches('\n').count();
                Part::Other(t, [a, b])
            }
            p => p,
        }
    }
}

/// Whether `text` is BibTeX: a `.bib` file, or a text whose first line
/// that is not a `%` comment opens an entry (`@Article{key,`).
fn is_bib(named: &str, text: &str) -> bool {
    let n = named.as_bytes();
    if n.len() >= 4 && n[n.len() - 4..].eq_ignore_ascii_case(b".bib") {
        return true;
    }
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('%'))
        .unwrap_or("");
    let Some(rest) = first.strip_prefix('@') else {
        return false;
    };
    let kind_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    kind_len > 0
        && rest[kind_len..].trim_start().starts_with(['{', '('])
        && rest.trim_end().ends_with(',')
}

/// A writer as BibTeX names them ("van der Meer, Sietske", "Meer, Jr.,
/// Piet", "Sietske van der Meer", "{Water Board}"), first name first.
fn writer(name: &str) -> String {
    rules::squash(&plain(&super::citations::given_first(name)))
}

/// The names of an `author` field, split at each " and " outside braces
/// ("{Smith and Sons}" is one), "others" left out.
fn writers(value: &str) -> Vec<String> {
    let mut names = Vec::new();
    let (mut depth, mut from) = (0usize, 0usize);
    let bytes = value.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            _ if depth == 0
                && i >= from
                && b.is_ascii_whitespace()
                && value.get(i + 1..i + 5).is_some_and(|w| {
                    w.eq_ignore_ascii_case("and ") || w.eq_ignore_ascii_case("and\n")
                }) =>
            {
                names.push(&value[from..i]);
                from = i + 5;
            }
            _ => {}
        }
    }
    names.push(&value[from.min(value.len())..]);
    names
        .into_iter()
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.eq_ignore_ascii_case("others"))
        .map(writer)
        .collect()
}

/// The month a `month` field names ("feb", "{2}", "February").
fn month(v: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let v = v.trim().to_ascii_lowercase();
    v.parse().ok().or_else(|| {
        let at = NAMES.iter().position(|m| v.starts_with(m))?;
        u32::try_from(at + 1).ok()
    })
}

/// The entry's date: BibLaTeX's `date` ("2028-02-23", the start of a
/// range "2028-02-23/2028-02-24"), else `year`, `month` and `day`; only a
/// day is a date. The access date (`urldate`) is no publication date.
fn date(e: &Entry) -> Option<chrono::NaiveDate> {
    if let Some(d) = e.get("date") {
        let start = d.split('/').next().unwrap_or("");
        return chrono::NaiveDate::parse_from_str(start.trim(), "%Y-%m-%d").ok();
    }
    let year = e.get("year")?.trim().parse().ok()?;
    let month = month(&e.get("month")?)?;
    let day = e.get("day")?.trim().parse().ok()?;
    chrono::NaiveDate::from_ymd_opt(year, month, day)
}

/// A part recorded as removed: its text on one line.
fn removed(text: &str, lines: [usize; 2]) -> Removed {
    Removed {
        text: rules::squash(text),
        reason: Reason::Outside,
        lines,
    }
}

/// The article of a BibTeX export, or `None` when `text` is no BibTeX or
/// no entry holds text; an error naming `display` when an entry never
/// closes.
pub(crate) fn article(named: &str, text: &str, display: &str) -> Result<Option<Article>> {
    if !is_bib(named, text) {
        return Ok(None);
    }
    let parser = Parser {
        text: text.trim_start_matches('\u{feff}'),
        at: 0,
    };
    let parts = parser.parts().map_err(|line| {
        Error::build(format!(
            "{display}: this BibTeX file is damaged (the entry on line {line} never closes: a brace or quote is missing)"
        ))
        .hint("open it in JabRef or Zotero and save it again, or save the article as .txt")
    })?;
    let words = |p: &Part| match p {
        Part::Entry(e) => e.words(),
        Part::Other(..) => 0,
    };
    let Some(chosen) = (0..parts.len())
        .filter(|&i| words(&parts[i]) > 0)
        .max_by_key(|&i| (words(&parts[i]), std::cmp::Reverse(i)))
    else {
        return Ok(None);
    };
    let mut others: Vec<Removed> = (parts.iter().enumerate())
        .filter(|&(i, _)| i != chosen)
        .map(|(_, p)| match p {
            Part::Entry(e) => {
                let values: Vec<String> = e.fields.iter().map(|(_, v)| plain(v)).collect();
                removed(&format!("@{} {}", e.kind, values.join(" ")), e.lines)
            }
            Part::Other(t, lines) => removed(t, *lines),
        })
        .collect();
    let Part::Entry(e) = &parts[chosen] else {
        return Ok(None);
    };
    Ok(Some(entry_article(e, &mut others)))
}

/// The article of the entry `e`: its longest text as the body, the
/// abstract as the standfirst when another field holds the body, its
/// other notes added to `others`.
fn entry_article(e: &Entry, others: &mut Vec<Removed>) -> Article {
    let fields = TEXT_FIELDS
        .iter()
        .filter_map(|&f| e.get(f).map(|v| (f, v)))
        .collect();
    let texts = super::citations::texts(fields, "abstract", e.lines);
    others.extend(texts.notes);
    Article {
        body: texts.body,
        title: e.get("title").map(|t| rules::squash(&t)),
        subtitle: texts.standfirst,
        authors: e
            .fields
            .iter()
            .find(|(n, _)| n == "author")
            .map(|(_, v)| writers(v))
            .unwrap_or_default(),
        date: date(e),
        url: e.get("url").map(|u| u.trim().to_string()),
        others: std::mem::take(others),
        line_map: Vec::new(),
        lines: e.lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::PARA;

    use crate::ingest::json::text_of;

    #[test]
    fn the_entry_with_the_most_text_is_the_article_with_its_fields() {
        let bib = format!(
            "% Encoding: UTF-8\n\n\
             @Article{{smith2027,\n  author = {{Smith, Anna and {{Water Board}}}},\n  title = {{Pipes}},\n  year = 2027,\n  abstract = {{A short study.}},\n}}\n\n\
             @Online{{jones2028,\n  author       = {{Jones, Mary and Ng, Peter and others}},\n  date         = {{2028-02-23}},\n  title        = {{{{New}} Pumps for the {{\\\"O}}ld Town \\& Harbour}},\n  url          = {{https://example.com/news/pumps}},\n  urldate      = {{2028-02-24}},\n  abstract     = {{The works start in March.}},\n  comment      = {{{PARA}\n\n{PARA} Stations 3--5 \\emph{{close}}.}},\n  note         = {{Read for ch. 3}},\n}}\n\n\
             @Comment{{jabref-meta: databaseType:biblatex;}}\n"
        );
        let a = article("refs.bib", &bib, "refs.bib").unwrap().unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("New Pumps for the Öld Town & Harbour")
        );
        assert_eq!(a.authors, ["Mary Jones", "Peter Ng"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 2, 23));
        assert_eq!(a.url.as_deref(), Some("https://example.com/news/pumps"));
        assert_eq!(a.subtitle.as_deref(), Some("The works start in March."));
        let body = text_of(&a);
        assert!(body.starts_with("The county"), "{body}");
        assert!(body.contains(".\n\nThe county"), "{body}");
        assert!(body.ends_with("Stations 3–5 close."), "{body}");
        assert_eq!(a.lines, [10, 21]);
        // The other entry, the header comment, the JabRef comment and the
        // short note, with their lines.
        let lines: Vec<[usize; 2]> = a.others.iter().map(|r| r.lines).collect();
        assert_eq!(lines, [[1, 1], [3, 8], [23, 23], [10, 21]]);
        assert!(a.others[1].text.contains("Water Board"));
        assert_eq!(a.others[3].text, "Read for ch. 3");
        assert_eq!(a.others[3].reason, Reason::ReaderNote);
    }

    #[test]
    fn bibtex_fields_are_read_as_bibtex_writes_them() {
        // Quoted values, "#" joining, a month macro, parentheses around
        // an entry, a corporate writer, "Last, Jr., First".
        let bib = format!(
            "@misc(x, author = \"{{Harbour Office}} and Meer, Jr., Piet\", title = \"Tides \" # \"and {{Boats}}\",\n year = {{2028}}, month = feb, day = 9,\n annote = \"{PARA}\")\n"
        );
        let a = article("x.bib", &bib, "x.bib").unwrap().unwrap();
        assert_eq!(a.authors, ["Harbour Office", "Piet Meer Jr."]);
        assert_eq!(a.title.as_deref(), Some("Tides and Boats"));
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 2, 9));
        assert_eq!(a.subtitle, None);
        assert_eq!(text_of(&a), PARA);
        assert_eq!(a.lines, [1, 3]);
    }

    #[test]
    fn only_bibtex_is_read_as_bibtex() {
        // Counter-examples: a text naming an address, an "@" handle
        // opening a line, a .bib of entries without text.
        let prose = format!("Write to @Online{{ or mail us.\n\n{PARA}\n");
        assert!(article("a.txt", &prose, "a.txt").unwrap().is_none());
        assert!(!is_bib("a.txt", "@maria thanks for the link,\n"));
        assert!(is_bib("a.txt", "% comment\n@Article{key,\n title = {x}}\n"));
        let bare = "@Book{b, title = {A book}, year = 2020}\n";
        assert!(article("b.bib", bare, "b.bib").unwrap().is_none());
    }

    #[test]
    fn an_entry_that_never_closes_is_an_error_naming_the_file_and_line() {
        let bib = format!("@Book{{a, title = {{A}}}}\n\n@Online{{b,\n  comment = {{{PARA}\n}}\n");
        let e = article("lib.bib", &bib, "sources/x/lib.bib").unwrap_err();
        let message = e.to_string();
        assert!(message.contains("sources/x/lib.bib"), "{message}");
        assert!(message.contains("line 3"), "{message}");
    }
}
