//! Per-language queries in `juxta.toml`: `query-<code>` beside a facet's
//! `query`, and `scope-<code>` beside a theme's `scope` (`<code>` an ISO
//! 639-1 code: `query-de`, `scope-ru`).
//!
//! They are taken out of the TOML before the rest is read (so that unknown
//! keys stay errors), checked here, and handed to the validator with their
//! locations.

use std::borrow::BorrowMut;
use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::error::{Error, Location, Result};
use crate::text::language;

/// A per-language query as written.
#[derive(Debug, Clone)]
pub(crate) struct LanguageQuery {
    /// The language, an ISO 639-1 code.
    pub(crate) code: String,
    /// The query text and where it is.
    pub(crate) query: Spanned<String>,
}

/// The per-language queries of one theme.
#[derive(Debug, Clone, Default)]
pub(crate) struct ThemeLanguages {
    /// `scope-<code>` keys.
    pub(crate) scope: Vec<LanguageQuery>,
    /// `query-<code>` keys, by facet index.
    pub(crate) facets: HashMap<usize, Vec<LanguageQuery>>,
}

/// Takes every `scope-<code>` and `query-<code>` key out of `doc`, by theme id.
pub(crate) fn take(
    doc: &mut DeTable<'_>,
    display: &str,
    text: &str,
) -> Result<HashMap<String, ThemeLanguages>> {
    let mut out = HashMap::new();
    let Some(themes) = doc.get_mut("themes") else {
        return Ok(out);
    };
    let DeValue::Table(themes) = themes.get_mut() else {
        return Ok(out);
    };
    for (id, theme) in themes.iter_mut() {
        let DeValue::Table(theme) = theme.get_mut() else {
            continue;
        };
        let at = |span: Range<usize>| Location::from_span(display, text, span);
        let mut langs = ThemeLanguages {
            scope: take_keys(theme, "scope", &at)?,
            ..Default::default()
        };
        if let Some(facets) = theme.get_mut("facets")
            && let DeValue::Array(list) = facets.get_mut()
        {
            let list: &mut [Spanned<DeValue<'_>>] = list.borrow_mut();
            for (i, f) in list.iter_mut().enumerate() {
                if let DeValue::Table(f) = f.get_mut() {
                    langs.facets.insert(i, take_keys(f, "query", &at)?);
                }
            }
        }
        out.insert(id.get_ref().to_string(), langs);
    }
    Ok(out)
}

/// Keys that start like `<base>-<code>` but are settings of their own.
const NOT_LANGUAGE_KEYS: [&str; 1] = ["scope-per"];

/// Takes the keys `<base>-<code>` out of `table`, checked.
fn take_keys(
    table: &mut DeTable<'_>,
    base: &str,
    at: &dyn Fn(Range<usize>) -> Location,
) -> Result<Vec<LanguageQuery>> {
    let prefix = format!("{base}-");
    let keys: Vec<String> = table
        .keys()
        .filter(|k| k.get_ref().starts_with(&prefix))
        .filter(|k| !NOT_LANGUAGE_KEYS.contains(&k.get_ref().as_ref()))
        .map(|k| k.get_ref().to_string())
        .collect();
    let mut out = Vec::new();
    for key in keys {
        let Some((k, v)) = table.remove_entry(key.as_str()) else {
            continue;
        };
        let suffix = &key[prefix.len()..];
        let code = check_code(base, suffix).map_err(|e| e.at(at(k.span())))?;
        let DeValue::String(q) = v.get_ref() else {
            return Err(Error::usage(format!("`{key}` must be a query in quotes"))
                .at(at(v.span()))
                .hint(format!("write e.g. {key} = '…', like `{base}`")));
        };
        out.push(LanguageQuery {
            code: code.to_string(),
            query: Spanned::new(v.span(), q.to_string()),
        });
    }
    Ok(out)
}

/// The language of a key's suffix: a lower-case ISO 639-1 code.
fn check_code(base: &str, suffix: &str) -> std::result::Result<&'static str, Error> {
    match language::parse_code(suffix) {
        Some(code) if code == suffix => Ok(code),
        _ => {
            let mut e = Error::usage(format!(
                "`{base}-{suffix}`: `{suffix}` is not a language code"
            ));
            if let Some(code) =
                language::code_of_name(suffix).or_else(|| language::parse_code(suffix))
            {
                e = e.hint(format!("did you mean `{base}-{code}`?"));
            }
            Err(e.hint(format!(
                "write `{base}-` and a lower-case ISO 639-1 code, e.g. `{base}-de` (German), `{base}-ru` (Russian), `{base}-hy` (Armenian)"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(toml: &str) -> Result<HashMap<String, ThemeLanguages>> {
        let mut doc = DeTable::parse(toml).expect("TOML").into_inner();
        take(&mut doc, "juxta.toml", toml)
    }

    #[test]
    fn per_language_keys_are_taken_out() {
        let toml = "[themes.t]\ntitle = \"T\"\nscope = 'a'\nscope-de = 'b'\n[[themes.t.facets]]\nid = \"f\"\nquery = 'x'\nquery-ru = 'y'\nquery-hy = 'z'\n";
        let mut doc = DeTable::parse(toml).unwrap().into_inner();
        let l = take(&mut doc, "juxta.toml", toml).unwrap();
        let t = &l["t"];
        assert_eq!(t.scope[0].code, "de");
        assert_eq!(t.scope[0].query.get_ref(), "b");
        let codes: Vec<&str> = t.facets[&0].iter().map(|q| q.code.as_str()).collect();
        assert_eq!(codes, ["ru", "hy"]);
        // Counter-example: `query` itself stays for the facet.
        let left = format!("{doc:?}");
        assert!(
            !left.contains("query-ru") && left.contains("query"),
            "{left}"
        );
    }

    #[test]
    fn bad_codes_are_located_with_a_hint() {
        for (key, hint) in [
            ("query-german", "did you mean `query-de`?"),
            ("query-DE", "did you mean `query-de`?"),
            ("query-xx", "lower-case ISO 639-1 code"),
            ("query-deu", "lower-case ISO 639-1 code"),
        ] {
            let toml = format!(
                "[themes.t]\ntitle = \"T\"\n[[themes.t.facets]]\nid = \"f\"\nquery = 'x'\n{key} = 'y'\n"
            );
            let e = langs(&toml).unwrap_err();
            assert!(
                e.message.contains("is not a language code"),
                "{}",
                e.message
            );
            let loc = e.location.clone().unwrap();
            assert_eq!((loc.line, loc.column), (6, 1), "{key}");
            assert!(
                e.hints.iter().any(|h| h.contains(hint)),
                "{key}: {:?}",
                e.hints
            );
        }
        let e = langs("[themes.t]\ntitle = \"T\"\nscope-de = 3\n").unwrap_err();
        assert!(
            e.message.contains("must be a query in quotes"),
            "{}",
            e.message
        );
    }
}
