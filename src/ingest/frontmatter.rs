//! Metadata a user states: TOML front matter between `+++` lines at the top
//! of a source, or a sidecar `<file>.toml` next to it (e.g.
//! `article.txt.toml`), or YAML front matter in Markdown ([`super::yaml`]). Stated values win over what juxta infers; an empty
//! string clears a wrongly inferred value.

use std::path::{Path, PathBuf};

use serde::Deserialize;

pub use super::yaml::split_yaml;
use super::{Document, Provenance, meta};
use crate::error::{Error, Location, Result};
use crate::text::language;

/// The keys of front matter and sidecars.
const KEYS: [&str; 9] = [
    "title",
    "subtitle",
    "author",
    "authors",
    "date",
    "url",
    "republished-from",
    "language",
    "fetched",
];

/// Fields a user may state.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FrontMatter {
    /// Headline.
    pub(crate) title: Option<String>,
    /// Standfirst.
    pub(crate) subtitle: Option<String>,
    /// One author, or several separated by commas / "and".
    pub(crate) author: Option<String>,
    /// Several authors.
    pub(crate) authors: Option<Vec<String>>,
    /// Publication date: a TOML date (2023-09-19) or a string in any printed form.
    pub(crate) date: Option<toml::Spanned<toml::Value>>,
    /// The article's URL.
    pub(crate) url: Option<String>,
    /// Where the article was first published.
    pub(crate) republished_from: Option<String>,
    /// The article's language: an ISO 639-1 code ("de"); "" for unknown.
    pub(crate) language: Option<toml::Spanned<String>>,
    /// How `juxta fetch` got the page (written by it; see [`super::fetched`]).
    pub(crate) fetched: Option<super::fetched::FetchRecord>,
}

impl FrontMatter {
    /// The writers it names (`authors`, else `author` split), links taken
    /// off their names; `None` when it names none.
    pub(crate) fn author_names(&self) -> Option<Vec<String>> {
        let list = match (&self.authors, &self.author) {
            (Some(list), _) => list.clone(),
            (None, Some(a)) => meta::split_authors(a),
            _ => return None,
        };
        Some(
            list.iter()
                .map(|a| unlinked(a))
                .filter(|a| !a.is_empty())
                .collect(),
        )
    }

    /// Front matter another program wrote in TOML (Hugo, Zola): keys
    /// juxta does not read and that are no slip of one of its own
    /// (`lastmod`, `draft`, `slug`), read as YAML front matter is read
    /// ([`super::yaml`]): the fields it knows, from the top and from the
    /// program's table of page values (`[params]`, `[extra]`); the rest
    /// ignored. `None` for juxta's own front matter (checked strictly by
    /// [`FrontMatter::parse`]) or TOML that does not parse.
    pub(crate) fn foreign(
        text: &str,
        path: &str,
        first_line: usize,
    ) -> Option<(FrontMatter, Vec<super::warning::Note>)> {
        let table: toml::Table = toml::from_str(text).ok()?;
        let own = |k: &str| {
            let k = k.to_lowercase().replace('_', "-");
            KEYS.contains(&k.as_str()) || crate::error::did_you_mean(&k, KEYS).is_some()
        };
        if table.keys().all(|k| own(k)) {
            return None;
        }
        let line_of = |key: &str| {
            text.lines()
                .position(|l| l.trim_start().starts_with(key))
                .map_or(first_line, |i| first_line + i)
        };
        let mut entries = Vec::new();
        let nested = ["params", "extra"]
            .iter()
            .filter_map(|t| table.get(*t).and_then(toml::Value::as_table));
        for (key, value) in table.iter().chain(nested.flatten()) {
            let value = match value {
                toml::Value::String(s) => s.clone(),
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::Array(a) if a.iter().all(toml::Value::is_str) => a
                    .iter()
                    .filter_map(toml::Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => continue,
            };
            entries.push(super::yaml::Entry {
                key: key.to_lowercase().replace('_', "-"),
                line: line_of(key),
                value: super::yaml::Value::Text(value),
            });
        }
        Some(super::yaml::fields(entries, path))
    }

    /// Parses the TOML of front matter (`sidecar` false) or of a sidecar
    /// file; `path` and `first_line` locate errors.
    pub fn parse(text: &str, path: &str, first_line: usize, sidecar: bool) -> Result<FrontMatter> {
        let what = if sidecar { "sidecar" } else { "front matter" };
        let locate = |span: std::ops::Range<usize>| {
            let mut loc = Location::from_span(path, text, span);
            if loc.line > 0 {
                loc.line += first_line - 1;
            }
            loc
        };
        let fm: FrontMatter = toml::from_str(text).map_err(|e| {
            let msg = e
                .message()
                .lines()
                .next()
                .unwrap_or("invalid TOML")
                .to_string();
            let loc = e.span().map_or_else(|| Location::file(path), locate);
            let mut err = Error::usage(format!("{what}: {msg}")).at(loc);
            if let Some(key) = msg
                .strip_prefix("unknown field `")
                .and_then(|r| r.split('`').next())
            {
                if let Some(s) = crate::error::did_you_mean(key, KEYS) {
                    err = err.hint(format!("did you mean `{s}`?"));
                }
                err = err.hint(format!("{what} keys: {}", KEYS.join(", ")));
            } else if sidecar {
                err = err.hint("a sidecar is TOML: key = \"value\" lines, e.g. date = 2023-09-19");
            } else {
                err =
                    err.hint("front matter is TOML: key = \"value\" lines between two `+++` lines");
            }
            err
        })?;
        if let Some(d) = &fm.date
            && !d.get_ref().as_str().is_some_and(str::is_empty)
            && date_value(d.get_ref()).is_none()
        {
            let shown = d.get_ref().to_string();
            if let Some((a, b)) = d.get_ref().as_str().and_then(meta::either_way) {
                // "05/06/2023": day or month first, the file cannot say.
                return Err(Error::usage(format!(
                    "{what}: {shown} reads as {} or as {}",
                    a.format("%-d %B %Y"),
                    b.format("%-d %B %Y")
                ))
                .at(locate(d.span()))
                .hint(format!("write the one meant as date = {a} or date = {b}")));
            }
            return Err(Error::usage(format!("{what}: {shown} is not a date"))
                .at(locate(d.span()))
                .hint("write e.g. date = 2023-09-19 or date = \"September 19, 2023\""));
        }
        if let Some(l) = &fm.language {
            check_language(l, what).map_err(|e| e.at(locate(l.span())))?;
        }
        Ok(fm)
    }

    /// Applies the stated fields to `doc`, recording `prov`.
    pub(crate) fn apply(&self, doc: &mut Document, prov: Provenance) {
        let texts = [
            (&mut doc.title, &self.title, "title"),
            (&mut doc.subtitle, &self.subtitle, "subtitle"),
            (&mut doc.url, &self.url, "url"),
            (
                &mut doc.republished_from,
                &self.republished_from,
                "republished-from",
            ),
        ];
        for (field, stated, name) in texts {
            let Some(v) = stated else { continue };
            if v.trim().is_empty() {
                *field = None;
                doc.provenance.remove(name);
            } else {
                *field = Some(v.trim().to_string());
                doc.provenance.insert(name.into(), prov);
            }
        }
        if let Some(list) = self.author_names() {
            doc.authors = list;
            if doc.authors.is_empty() {
                doc.provenance.remove("author");
            } else {
                doc.provenance.insert("author".into(), prov);
            }
        }
        if let Some(l) = self.language.as_ref().map(toml::Spanned::get_ref) {
            // Stated, even as unknown (""): never detected then.
            doc.language = language::parse_code(l).map(str::to_string);
            doc.provenance.insert("language".into(), prov);
        }
        if let Some(d) = self.date.as_ref().map(toml::Spanned::get_ref) {
            if d.as_str().is_some_and(|s| s.trim().is_empty()) {
                doc.date = None;
                doc.provenance.remove("date");
            } else if let Some(date) = date_value(d) {
                doc.date = Some(date);
                doc.provenance.insert("date".into(), prov);
            }
        }
    }
}

/// A stated `language`: empty (unknown) or an ISO 639-1 code; an error
/// (to be located by the caller) otherwise.
fn check_language(l: &toml::Spanned<String>, what: &str) -> Result<()> {
    let v = l.get_ref();
    if v.trim().is_empty() || language::parse_code(v).is_some() {
        return Ok(());
    }
    let mut e = Error::usage(format!(
        "{what}: language {v:?} is not an ISO 639-1 language code"
    ));
    if let Some(code) = language::code_of_name(v) {
        e = e.hint(format!("write language = \"{code}\""));
    }
    Err(e.hint(
        "a language is a two-letter code, e.g. \"en\", \"de\", \"ru\", \"tr\", \"hy\", \"az\"; \"\" for unknown",
    ))
}

/// The date a front-matter value states, when it states one juxta reads.
pub(crate) fn date_value(v: &toml::Value) -> Option<chrono::NaiveDate> {
    match v {
        toml::Value::String(s) => meta::parse_date(s),
        toml::Value::Datetime(dt) => meta::parse_date(&dt.to_string()),
        _ => None,
    }
}

/// Path of the sidecar of `path`: `article.txt` → `article.txt.toml`.
pub(crate) fn sidecar_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".toml");
    PathBuf::from(s)
}

/// The front matter of `path`'s sidecar, whose `bytes` were read.
pub(crate) fn read_sidecar(path: &Path, bytes: Vec<u8>, display: &str) -> Result<FrontMatter> {
    let sc = sidecar_path(path);
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::io(
            "cannot read",
            &sc,
            &std::io::Error::new(std::io::ErrorKind::InvalidData, e),
        )
    })?;
    let shown = format!("{display}.toml");
    FrontMatter::parse(&text, &shown, 1, true)
}

/// Splits `+++` front matter off the top of `text`: (toml, lines it spans, first body line).
pub fn split(text: &str) -> Option<(String, [usize; 2], usize)> {
    let mut lines = text.split('\n');
    let first = lines.next()?.trim_end_matches('\r');
    if first.trim() != "+++" {
        return None;
    }
    let mut body = String::new();
    for (i, l) in lines.enumerate() {
        let l = l.trim_end_matches('\r');
        if l.trim() == "+++" {
            let end_line = i + 2;
            return Some((body, [1, end_line], end_line + 1));
        }
        body.push_str(l);
        body.push('\n');
    }
    None
}

/// A name as a note tool links it: `[[Name]]` and `[[Page|Name]]` (Obsidian,
/// Logseq), `[Name](url)` (Markdown); the name it shows, trimmed.
fn unlinked(name: &str) -> String {
    let n = name.trim();
    if let Some(inner) = n.strip_prefix("[[").and_then(|r| r.strip_suffix("]]")) {
        return inner.rsplit('|').next().unwrap_or(inner).trim().to_string();
    }
    if let Some(rest) = n.strip_prefix('[')
        && let Some((shown, link)) = rest.split_once("](")
        && link.ends_with(')')
    {
        return shown.trim().to_string();
    }
    n.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_parses() {
        let text = "+++\ntitle = \"T\"\ndate = 2023-09-19\n+++\nBody.\n";
        let (toml, lines, body) = split(text).unwrap();
        assert_eq!(lines, [1, 4]);
        assert_eq!(body, 5);
        let fm = FrontMatter::parse(&toml, "a.txt", 2, false).unwrap();
        assert_eq!(fm.title.as_deref(), Some("T"));
        assert_eq!(
            date_value(fm.date.as_ref().unwrap().get_ref()),
            chrono::NaiveDate::from_ymd_opt(2023, 9, 19)
        );
    }

    #[test]
    fn another_programs_front_matter_is_read_for_what_juxta_knows() {
        // Hugo's page about an article it keeps: its own date is the day
        // it was archived; the original's date and writer are its params.
        let toml = "title = \"Water cut in Henveyru\"\ndate = 2028-05-10T08:41:00+05:00\nlastmod = 2028-05-10T09:02:17+05:00\ndraft = false\ntags = [\"water\"]\n\n[params]\n  source_url = \"https://sun.mv/184213\"\n  source_published = 2028-05-09T14:20:00+05:00\n  original_author = \"Ibrahim Shareef\"\n";
        assert!(FrontMatter::parse(toml, "a.md", 2, false).is_err());
        let (fm, notes) = FrontMatter::foreign(toml, "a.md", 2).expect("read");
        assert!(notes.is_empty());
        assert_eq!(fm.title.as_deref(), Some("Water cut in Henveyru"));
        assert_eq!(
            date_value(fm.date.as_ref().unwrap().get_ref()),
            chrono::NaiveDate::from_ymd_opt(2028, 5, 9)
        );
        assert_eq!(fm.author.as_deref(), Some("Ibrahim Shareef"));
        assert_eq!(fm.url.as_deref(), Some("https://sun.mv/184213"));
        // A page's own date when it names no original's.
        let (fm, _) = FrontMatter::foreign(
            "title = \"T\"\ndate = 2028-05-10\nslug = \"t\"\n",
            "a.md",
            2,
        )
        .expect("read");
        assert_eq!(
            date_value(fm.date.as_ref().unwrap().get_ref()),
            chrono::NaiveDate::from_ymd_opt(2028, 5, 10)
        );
        // juxta's own keys, and slips of them, are no other program's.
        assert!(FrontMatter::foreign("title = \"T\"\nauthr = \"x\"\n", "a.md", 2).is_none());
        assert!(FrontMatter::foreign("title = \"T\"\n", "a.md", 2).is_none());
        assert!(FrontMatter::foreign("title = = \"T\"\nslug = 1\n", "a.md", 2).is_none());
    }

    #[test]
    fn unknown_key_is_located_in_the_file() {
        let e =
            FrontMatter::parse("title = \"T\"\nauthr = \"x\"\n", "a.txt", 2, false).unwrap_err();
        let loc = e.location.clone().unwrap();
        assert_eq!((loc.path.as_str(), loc.line), ("a.txt", 3));
        let sidecar = FrontMatter::parse("titel = \"T\"\n", "a.txt.toml", 1, true).unwrap_err();
        for (e, what, key) in [(e, "front matter", "author"), (sidecar, "sidecar", "title")] {
            let unknown = format!("{what}: unknown field");
            assert!(e.message.starts_with(&unknown), "{}", e.message);
            let hint = format!("did you mean `{key}`?");
            assert!(e.hints[0].contains(&hint), "{:?}", e.hints);
        }
    }

    #[test]
    fn bad_date_is_located() {
        let e = FrontMatter::parse("title = \"T\"\ndate = \"soon\"\n", "a.txt.toml", 1, true)
            .unwrap_err();
        assert_eq!(e.message, "sidecar: \"soon\" is not a date");
        let loc = e.location.clone().unwrap();
        assert_eq!((loc.line, loc.column), (2, 8), "{loc:?}");
        // A date that reads either way says so, with both readings.
        let e = FrontMatter::parse("date = \"05/06/2023\"\n", "a.txt.toml", 1, true).unwrap_err();
        assert_eq!(
            e.message,
            "sidecar: \"05/06/2023\" reads as 5 June 2023 or as 6 May 2023"
        );
        assert!(
            e.hints[0].contains("date = 2023-06-05 or date = 2023-05-06"),
            "{:?}",
            e.hints
        );
        let e = FrontMatter::parse("date = 2023-13-45\n", "a.txt", 2, false).unwrap_err();
        assert!(e.message.starts_with("front matter:"), "{}", e.message);
        assert_eq!(e.location.clone().unwrap().line, 2);
    }

    #[test]
    fn language_is_a_code_and_overrides_detection() {
        let fm = FrontMatter::parse("language = \"DE\"\n", "a.txt", 2, false).unwrap();
        let mut doc = crate::ingest::ingest_str_for_tests("Body text.\n");
        fm.apply(&mut doc, Provenance::FrontMatter);
        assert_eq!(doc.language.as_deref(), Some("de"));
        assert_eq!(doc.provenance["language"], Provenance::FrontMatter);
        // "" states that the language is unknown.
        let fm = FrontMatter::parse("language = \"\"\n", "a.txt.toml", 1, true).unwrap();
        fm.apply(&mut doc, Provenance::Sidecar);
        assert_eq!(doc.language, None);
        assert_eq!(doc.provenance["language"], Provenance::Sidecar);
        // Counter-examples: a name, a three-letter code, a made-up code.
        for (bad, hint) in [
            ("German", "write language = \"de\""),
            ("deu", "two-letter"),
            ("xx", "two-letter"),
        ] {
            let text = format!("title = \"T\"\nlanguage = \"{bad}\"\n");
            let e = FrontMatter::parse(&text, "a.txt.toml", 1, true).unwrap_err();
            assert!(
                e.message.contains("is not an ISO 639-1 language code"),
                "{}",
                e.message
            );
            let loc = e.location.clone().unwrap();
            assert_eq!((loc.line, loc.column), (2, 12), "{loc:?}");
            assert!(e.hints.iter().any(|h| h.contains(hint)), "{:?}", e.hints);
        }
    }

    #[test]
    fn unclosed_front_matter_is_not_front_matter() {
        assert!(split("+++\ntitle = 1\nno end\n").is_none());
    }

    #[test]
    fn authors_linked_by_a_note_tool_are_their_names() {
        for (stated, want) in [
            ("[[Renata Albuquerque]]", "Renata Albuquerque"),
            ("[[people/renata|Renata Albuquerque]]", "Renata Albuquerque"),
            (
                "[Tiago Menezes](https://www.folha.uol.com.br/autores/tiago.shtml)",
                "Tiago Menezes",
            ),
            // Counter-examples: written as they are.
            ("Anna [Ed.] Schmidt", "Anna [Ed.] Schmidt"),
            ("[Staff]", "[Staff]"),
            ("  Maria Costa ", "Maria Costa"),
        ] {
            assert_eq!(unlinked(stated), want);
        }
    }
}
