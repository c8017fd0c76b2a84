//! YAML front matter as Markdown tools write it: `---` lines around
//! `key: value` lines, read with a YAML parser (`saphyr-parser`).
//!
//! Only the parser's events are read, never a document tree: aliases are not
//! expanded (an alias is no value juxta reads), so no input can make reading
//! grow beyond its size, and values nested deeper than [`MAX_DEPTH`] stop
//! the reading with a warning.

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError, Span};

use super::frontmatter::{FrontMatter, date_value};
use super::warning::{Note, NoteKind};

/// The closing `---` must come within this many lines.
const MAX_LINES: usize = 200;

/// How deep a value may nest.
const MAX_DEPTH: usize = 16;

/// YAML front matter: (the values juxta reads, the lines it spans, first
/// body line, warnings).
///
/// A block between `---` and `---` (or `...`) is front matter when it is a
/// YAML mapping whose keys are names (letters, digits, `-`, `_`); anything
/// else (a heading between two rules, a paragraph) is not. A block shaped
/// like front matter that is not valid YAML is front matter whose values are
/// ignored, with a warning giving line and column. Keys juxta does not know
/// (tags, layout …) and block scalars (`|`, `>`) are ignored; a date juxta
/// cannot read is ignored with a warning. The whole block is recorded as
/// metadata.
pub fn split_yaml(text: &str, path: &str) -> Option<(FrontMatter, [usize; 2], usize, Vec<Note>)> {
    let (yaml, end) = block(text)?;
    let (fm, notes) = match entries(&yaml) {
        Ok(Some(entries)) => fields(entries, path),
        Ok(None) => return None,
        Err(problem) if key_shaped(&yaml) => (FrontMatter::default(), vec![problem.note(path)]),
        Err(_) => return None,
    };
    Some((fm, [1, end], end + 1, notes))
}

/// The text between the opening `---` line and the closing one, and the
/// closing line's number.
fn block(text: &str) -> Option<(String, usize)> {
    let mut lines = text.split('\n').map(|l| l.trim_end_matches('\r'));
    if lines.next().map(str::trim_end) != Some("---") {
        return None;
    }
    let mut yaml = String::new();
    for (i, l) in lines.enumerate().take(MAX_LINES) {
        if l.trim_end() == "---" || l.trim_end() == "..." {
            return Some((yaml, i + 2));
        }
        yaml.push_str(l);
        yaml.push('\n');
    }
    None
}

/// Whether every line at the left margin is a `key:` line or a list item,
/// with at least one key: the block was meant as front matter.
fn key_shaped(yaml: &str) -> bool {
    let mut keys = 0;
    for l in yaml.lines() {
        let t = l.trim();
        if t.is_empty() || t.starts_with('#') || l.starts_with([' ', '\t']) || t.starts_with('-') {
            continue;
        }
        match t.split_once(':') {
            Some((k, _)) if is_name(k.trim()) => keys += 1,
            _ => return false,
        }
    }
    keys > 0
}

/// A key juxta can name: letters, digits, `-` and `_`.
fn is_name(k: &str) -> bool {
    !k.is_empty()
        && k.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// One `key: value` at the top of the block.
pub(super) struct Entry {
    /// The key, lower-case, `_` as `-`.
    pub(super) key: String,
    /// Its line in the file.
    pub(super) line: usize,
    /// Its value.
    pub(super) value: Value,
}

/// A value as juxta reads it.
pub(super) enum Value {
    /// A scalar, or a list of scalars joined with ", ".
    Text(String),
    /// No value: `key:` alone, `~`, or a block scalar (`|`, `>`).
    Nothing,
    /// A mapping, an alias or a list of those, as written.
    Other(String),
}

/// Why the block is not valid YAML, and where (line and column in the block).
struct Problem {
    line: usize,
    col: usize,
    info: String,
}

impl Problem {
    fn at(mark: &Marker, info: impl Into<String>) -> Problem {
        Problem {
            line: mark.line(),
            col: mark.col(),
            info: info.into(),
        }
    }

    /// The warning, located in the file (the block starts on its line 2).
    fn note(&self, path: &str) -> Note {
        let line = self.line + 1;
        Note::at_line(
            NoteKind::FrontMatter,
            line,
            format!(
                "{path}:{line}:{}: front matter is not valid YAML ({}); its values are ignored",
                self.col + 1,
                self.info
            ),
        )
    }
}

impl From<ScanError> for Problem {
    fn from(e: ScanError) -> Problem {
        Problem::at(e.marker(), e.info())
    }
}

/// The parser's events, one at a time.
struct Events<'a> {
    parser: Parser<'a, saphyr_parser::StrInput<'a>>,
    yaml: &'a str,
}

impl<'a> Events<'a> {
    fn next(&mut self) -> Result<Option<(Event<'a>, Span)>, Problem> {
        Ok(self.parser.next().transpose()?)
    }

    /// The source text between two marks.
    fn source(&self, start: &Marker, end: &Marker) -> String {
        let byte = |chars: usize| {
            self.yaml
                .char_indices()
                .nth(chars)
                .map_or(self.yaml.len(), |(b, _)| b)
        };
        let (a, b) = (byte(start.index()), byte(end.index()));
        self.yaml[a..b.max(a)].trim().to_string()
    }

    /// Skips the rest of a collection opened at `depth`; returns where it ends.
    fn skip(&mut self, mut depth: usize) -> Result<Marker, Problem> {
        loop {
            match self.next()? {
                Some((Event::SequenceStart(..) | Event::MappingStart(..), span)) => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(Problem::at(
                            &span.start,
                            format!("values nest more than {MAX_DEPTH} deep"),
                        ));
                    }
                }
                Some((Event::SequenceEnd | Event::MappingEnd, span)) => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(span.end);
                    }
                }
                Some(_) => {}
                None => return Err(Problem::at(&Marker::new(0, 1, 0), "unexpected end")),
            }
        }
    }
}

/// The top-level entries of the block; `None` when it is not a mapping with
/// named keys.
fn entries(yaml: &str) -> Result<Option<Vec<Entry>>, Problem> {
    let mut events = Events {
        parser: Parser::new_from_str(yaml),
        yaml,
    };
    let first = loop {
        match events.next()? {
            Some((Event::StreamStart | Event::DocumentStart(_), _)) => {}
            other => break other,
        }
    };
    if !matches!(first, Some((Event::MappingStart(..), _))) {
        return Ok(None);
    }
    let mut out = Vec::new();
    loop {
        let (key, span) = match events.next()? {
            Some((Event::MappingEnd, _)) => break,
            Some((Event::Scalar(k, ..), span)) if is_name(&k) => (k, span),
            _ => return Ok(None),
        };
        let value = value(&mut events)?;
        out.push(Entry {
            key: key.to_lowercase().replace('_', "-"),
            line: span.start.line() + 1,
            value,
        });
    }
    // The rest of the stream, for its errors.
    while events.next()?.is_some() {}
    Ok(Some(out))
}

/// The value after a key.
fn value(events: &mut Events<'_>) -> Result<Value, Problem> {
    match events.next()? {
        Some((Event::Scalar(v, style, ..), _)) => Ok(scalar(&v, style)),
        Some((Event::SequenceStart(..), span)) => list(events, &span.start),
        Some((Event::MappingStart(..), span)) => {
            let end = events.skip(1)?;
            Ok(Value::Other(events.source(&span.start, &end)))
        }
        Some((Event::Alias(_), span)) => Ok(Value::Other(events.source(&span.start, &span.end))),
        Some((_, span)) => Err(Problem::at(&span.start, "a value was expected")),
        None => Err(Problem::at(&Marker::new(0, 1, 0), "unexpected end")),
    }
}

/// A scalar value: block scalars and nulls are no value.
fn scalar(v: &str, style: ScalarStyle) -> Value {
    match style {
        ScalarStyle::Literal | ScalarStyle::Folded => Value::Nothing,
        ScalarStyle::Plain if ["", "~", "null", "Null", "NULL"].contains(&v) => Value::Nothing,
        _ => Value::Text(v.to_string()),
    }
}

/// A list: its scalars joined with ", " (empty ones left out), or the list
/// as written when it holds anything else.
fn list(events: &mut Events<'_>, start: &Marker) -> Result<Value, Problem> {
    let mut items = Vec::new();
    let mut plain = true;
    let end = loop {
        match events.next()? {
            Some((Event::SequenceEnd, span)) => break span.end,
            Some((Event::Scalar(v, ..), _)) => items.push(v.trim().to_string()),
            Some((Event::SequenceStart(..) | Event::MappingStart(..), _)) => {
                plain = false;
                events.skip(2)?;
            }
            Some(_) => plain = false,
            None => return Err(Problem::at(start, "unexpected end")),
        }
    };
    if !plain {
        return Ok(Value::Other(events.source(start, &end)));
    }
    items.retain(|i| !i.is_empty());
    Ok(Value::Text(items.join(", ")))
}

/// The fields juxta reads from the entries, and a warning for each date it
/// cannot read.
pub(super) fn fields(entries: Vec<Entry>, path: &str) -> (FrontMatter, Vec<Note>) {
    let mut fm = FrontMatter::default();
    let mut notes = Vec::new();
    // An archive's page about an article it keeps: the original's date
    // and writer, which win over the page's own date and author.
    let mut original = (None, None);
    for Entry { key, line, value } in entries {
        let value = match value {
            Value::Text(v) => v,
            Value::Nothing => continue,
            Value::Other(written) => {
                if is_date_key(&key) {
                    notes.push(not_a_date(path, line, &written));
                }
                continue;
            }
        };
        match key.as_str() {
            "title" => fm.title = Some(value),
            "subtitle" => fm.subtitle = Some(value),
            "description" if fm.subtitle.is_none() => fm.subtitle = Some(value),
            "author" | "authors" | "byline" => fm.author = Some(value),
            k if is_date_key(k) => {
                let d = toml::Value::String(value.clone());
                if value.is_empty() || date_value(&d).is_some() {
                    fm.date = Some(toml::Spanned::new(0..0, d));
                } else {
                    notes.push(not_a_date(path, line, &value));
                }
            }
            "url" | "link" | "canonical" | "canonical-url" | "source-url" => fm.url = Some(value),
            // A web clipper's "source" is the page's address.
            "source" if value.starts_with("http") && fm.url.is_none() => fm.url = Some(value),
            "republished-from" => fm.republished_from = Some(value),
            // "published" as web clippers write it (Obsidian's,
            // MarkDownload), when it is a date: Jekyll's `published: true`
            // is none. "created" there is the day of the clipping.
            "published" | "published-at" | "published-date" | "publish-date"
                if fm.date.is_none() =>
            {
                let d = toml::Value::String(value.clone());
                if date_value(&d).is_some() {
                    fm.date = Some(toml::Spanned::new(0..0, d));
                }
            }
            "language" | "lang" => {
                if value.is_empty() || crate::text::language::parse_code(&value).is_some() {
                    fm.language = Some(toml::Spanned::new(0..0, value));
                } else {
                    notes.push(not_a_language(path, line, &value));
                }
            }
            "source-published" | "source-date" | "original-published" | "original-date" => {
                let d = toml::Value::String(value.clone());
                if date_value(&d).is_some() {
                    original.0 = Some(toml::Spanned::new(0..0, d));
                }
            }
            "original-author" | "source-author" | "original-byline" => original.1 = Some(value),
            _ => {}
        }
    }
    if let Some(d) = original.0 {
        fm.date = Some(d);
    }
    if let Some(a) = original.1 {
        fm.author = Some(a);
        fm.authors = None;
    }
    (fm, notes)
}

/// The warning for a `language` value that is not a language code.
fn not_a_language(path: &str, line: usize, value: &str) -> Note {
    let hint = crate::text::language::code_of_name(value)
        .map_or_else(String::new, |c| format!(" (write language: {c})"));
    Note::at_line(
        NoteKind::FrontMatter,
        line,
        format!(
            "{path}:{line}: front matter: language {value:?} is not an ISO 639-1 language code{hint}; the language is detected from the text"
        ),
    )
}

/// The keys a date is read from.
fn is_date_key(key: &str) -> bool {
    matches!(key, "date" | "pubdate" | "date-published")
}

/// The warning for a date juxta cannot read (the build goes on without it).
fn not_a_date(path: &str, line: usize, value: &str) -> Note {
    Note::at_line(
        NoteKind::FrontMatter,
        line,
        format!(
            "{path}:{line}: front matter: \"{value}\" is not a date juxta can read; ignored (write e.g. date: 2023-09-19)"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_language_is_a_code() {
        let (fm, _, _, w) = split_yaml("---\ntitle: x\nlang: de-CH\n---\n", "a.md").unwrap();
        assert!(w.is_empty());
        assert_eq!(fm.language.unwrap().get_ref(), "de-CH");
        // Counter-example: a name is not a code; a warning names the line and the code.
        let (fm, _, _, w) = split_yaml("---\ntitle: x\nlanguage: German\n---\n", "a.md").unwrap();
        assert!(fm.language.is_none());
        assert_eq!(w[0].line, Some(3));
        assert!(
            w[0].message.contains("write language: de"),
            "{}",
            w[0].message
        );
    }

    #[test]
    fn yaml_front_matter() {
        let text = "---\ntitle: \"Russia: a guarantor?\"\ndate: 2023-09-19\nauthors:\n  - Ana Lopez\n  - Ben Ode\ntags: [a, b]\nlayout: post\n---\n# Heading\n";
        let (fm, lines, body, warnings) = split_yaml(text, "a.md").unwrap();
        assert!(warnings.is_empty());
        assert_eq!(fm.title.as_deref(), Some("Russia: a guarantor?"));
        assert_eq!(fm.author.as_deref(), Some("Ana Lopez, Ben Ode"));
        assert_eq!(
            date_value(fm.date.as_ref().unwrap().get_ref()),
            chrono::NaiveDate::from_ymd_opt(2023, 9, 19)
        );
        assert_eq!((lines, body), ([1, 9], 10));
        // Not front matter: a separator, then text.
        assert!(split_yaml("---\nRussia said so. And more\n---\n", "a.md").is_none());
        assert!(split_yaml("---\ntitle: x\n", "a.md").is_none());
        // A heading between rules is not front matter.
        assert!(split_yaml("---\n# Russia and Armenia\n---\nBody\n", "a.md").is_none());
        // Dates juxta cannot read are ignored with a warning naming the line;
        // `published: true` (Jekyll) is no date at all.
        let (fm, _, _, w) = split_yaml(
            "---\ntitle: x\npublished: true\ndate: {{ .Date }}\n---\n",
            "a.md",
        )
        .unwrap();
        assert!(fm.date.is_none());
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].message.starts_with("a.md:4: front matter:"), "{w:?}");
        assert_eq!((w[0].kind, w[0].line), (NoteKind::FrontMatter, Some(4)));
        // Block scalars are not values.
        let (fm, _, _, _) = split_yaml(
            "---\ndescription: >-\n  A long\n  text\ntitle: T\n---\n",
            "a.md",
        )
        .unwrap();
        assert_eq!(fm.subtitle, None);
        assert_eq!(fm.title.as_deref(), Some("T"));
    }

    #[test]
    fn quoted_values_lists_and_nulls() {
        let (fm, _, _, w) = split_yaml(
            "---\ntitle: 'It''s \"here\"'\nauthor: [\"A B\", '', C D]\nsubtitle: ~\nurl:\ndescription: Stand\n---\n",
            "a.md",
        )
        .unwrap();
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(fm.title.as_deref(), Some("It's \"here\""));
        assert_eq!(fm.author.as_deref(), Some("A B, C D"));
        assert_eq!(fm.subtitle.as_deref(), Some("Stand"));
        assert_eq!(fm.url, None);
        // A stated empty string clears an inferred value.
        let (fm, _, _, _) = split_yaml("---\ntitle: \"\"\n---\n", "a.md").unwrap();
        assert_eq!(fm.title.as_deref(), Some(""));
    }

    #[test]
    fn invalid_yaml_shaped_like_front_matter_warns_with_line_and_column() {
        let (fm, lines, _, w) =
            split_yaml("---\ntitle: x\ndate: [2023\n---\nBody\n", "a.md").unwrap();
        assert_eq!(fm, FrontMatter::default());
        assert_eq!(lines, [1, 4]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].message
                .starts_with("a.md:4:1: front matter is not valid YAML"),
            "{w:?}"
        );
        // Not shaped like front matter: not front matter.
        assert!(split_yaml("---\nSome text: here\nand more text\n---\n", "a.md").is_none());
    }

    #[test]
    fn aliases_are_not_expanded_and_nesting_is_bounded() {
        let mut laughs = String::from(
            "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        for (k, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            let refs = vec![format!("*{prev}"); 9].join(",");
            laughs.push_str(&format!("{k}: &{k} [{refs}]\n"));
        }
        laughs.push_str("title: T\ndate: *a\n---\n");
        let (fm, _, _, w) = split_yaml(&laughs, "a.md").unwrap();
        assert_eq!(fm.title.as_deref(), Some("T"));
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].message.contains("\"*a\" is not a date"), "{w:?}");
        let deep = format!(
            "---\ntitle: T\nx: {}{}\n---\n",
            "[".repeat(5000),
            "]".repeat(5000)
        );
        let (fm, _, _, w) = split_yaml(&deep, "a.md").unwrap();
        assert_eq!(fm.title, None);
        assert_eq!(w.len(), 1, "{w:?}");
        let deep = format!(
            "---\ntitle: T\nx: {}{}\n---\n",
            "[".repeat(40),
            "]".repeat(40)
        );
        let (_, _, _, w) = split_yaml(&deep, "a.md").unwrap();
        assert!(w[0].message.contains("nest more than 16"), "{w:?}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Blocks of YAML-ish text never make reading panic, and front
        /// matter always ends before its body.
        #[test]
        fn yaml_ish_blocks_never_panic(lines in proptest::collection::vec(
            "[ a-z:#&*!|>\\[\\]{},'\"~-]{0,24}|title: .{0,12}|date: [0-9-]{0,12}|  - [a-z ]{0,8}|\\PC{0,16}",
            0..12,
        )) {
            let text = format!("---\n{}\n---\nBody.\n", lines.join("\n"));
            if let Some((_, span, body, _)) = split_yaml(&text, "p.md") {
                proptest::prop_assert!(span[0] == 1 && span[1] < body);
            }
        }
    }

    #[test]
    fn a_web_clippers_published_date_and_source_address() {
        let (fm, _, _, w) = split_yaml(
            "---\ntitle: x\nsource: \"https://example.com/a\"\npublished: 2024-06-21\ncreated: 2024-07-02\n---\n",
            "a.md",
        )
        .unwrap();
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(fm.url.as_deref(), Some("https://example.com/a"));
        let date = fm.date.unwrap();
        assert_eq!(date.get_ref().as_str(), Some("2024-06-21"));
        // Counter-example: a source that is no address is no URL, and the
        // day of the clipping is no date.
        let (fm, _, _, _) = split_yaml(
            "---\ntitle: x\nsource: Reuters\ncreated: 2024-07-02\n---\n",
            "a.md",
        )
        .unwrap();
        assert!(fm.url.is_none());
        assert!(fm.date.is_none());
    }
}
