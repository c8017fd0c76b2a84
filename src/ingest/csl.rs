//! CSL-JSON, the reference format of the Citation Style Language (what
//! Zotero, Mendeley, Pandoc and citation.js export and exchange): an
//! array of items (or one item, or Zotero's `{"items": […]}`), each with
//! a `type` ("article-newspaper", "webpage"), a `title`, writers
//! (`author`: `[{"family", "given"}]`, or `{"literal"}` for an
//! institution), dates (`issued`: `{"date-parts": [[2027, 11, 2]]}`,
//! parts as numbers or strings), `container-title` (the paper), `URL`,
//! `abstract` and `note` (Zotero's "Extra", where a researcher pastes an
//! article's text).
//!
//! An item that holds text is read as the reference exports are
//! ([`super::citations`]): the item with the most text in its `note` or
//! `abstract` is the article, the longer of the two its body, the
//! abstract its standfirst when the note holds the body; its title,
//! writers, date and address; the other items removed. A note that only
//! lists fields ("PMID: 123") is no text. JSON of another shape, and CSL
//! items without text, are left to the JSON reader ([`super::json`]).

use serde_json::{Map, Value};

use super::Removed;
use super::citations;
use super::json::Article;
use super::rules::{self, Reason};

/// Fields whose date dates an item, besides its `issued` day.
const DATE_FIELDS: [&str; 5] = [
    "issued",
    "accessed",
    "submitted",
    "original-date",
    "event-date",
];

/// Fields of an item's people.
const NAME_FIELDS: [&str; 4] = ["author", "editor", "container-author", "translator"];

/// The items of a CSL-JSON value: the array, the one item, or Zotero's
/// `items`, each with its `type`; `None` when none is a CSL item.
fn items(value: &Value) -> Option<Vec<&Map<String, Value>>> {
    let list = match value {
        Value::Array(a) => a.iter().collect::<Vec<_>>(),
        Value::Object(o) => match o.get("items") {
            Some(Value::Array(a)) if !o.contains_key("type") => a.iter().collect(),
            _ => vec![value],
        },
        _ => return None,
    };
    let objects: Vec<&Map<String, Value>> = list.iter().filter_map(|v| v.as_object()).collect();
    let typed = objects.len() == list.len()
        && (objects.iter()).all(|o| o.get("type").is_some_and(Value::is_string));
    (typed && objects.iter().any(|o| is_item(o))).then_some(objects)
}

/// Whether `o` is a CSL item: a `type` named by a string, and a date in
/// `date-parts` or a writer in `family` / `literal`, as CSL writes them
/// (a site's article names its writer with `name`, its date as a string).
fn is_item(o: &Map<String, Value>) -> bool {
    let dated = DATE_FIELDS
        .iter()
        .any(|k| (o.get(*k).and_then(|d| d.get("date-parts"))).is_some_and(Value::is_array));
    let named = NAME_FIELDS.iter().any(|k| {
        (o.get(*k).and_then(Value::as_array)).is_some_and(|people| {
            (people.iter()).any(|p| p.get("family").is_some() || p.get("literal").is_some())
        })
    });
    o.get("type").is_some_and(Value::is_string) && (dated || named)
}

/// The string of field `k` of `o`, trimmed, when not empty.
fn text<'a>(o: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    o.get(k)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Whether a note only lists fields, one per line ("PMID: 1234",
/// "Citation Key: smith2027", "original-date: 2020"), as Zotero keeps
/// what CSL has no field for.
fn fields_only(note: &str) -> bool {
    note.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .all(|l| {
            l.split_once(':').is_some_and(|(k, v)| {
                let k = k.trim();
                !k.is_empty()
                    && k.chars().count() <= 30
                    && k.chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
                    && rules::word_count(v) <= 8
            })
        })
}

/// The item's text fields: its note (unless it only lists fields) and
/// its abstract, a text's lines each a paragraph unless wrapped.
fn texts(o: &Map<String, Value>) -> Vec<(&'static str, String)> {
    let note = text(o, "note").filter(|n| !fields_only(n));
    let as_paragraphs = |v: &str| {
        if citations::is_html(v) {
            v.to_string()
        } else {
            citations::lines_as_paragraphs(v)
        }
    };
    [("note", note), ("abstract", text(o, "abstract"))]
        .into_iter()
        .filter_map(|(k, v)| Some((k, as_paragraphs(v?))))
        .collect()
}

fn weight(o: &Map<String, Value>) -> usize {
    (texts(o).iter())
        .map(|(_, t)| citations::weight(t))
        .max()
        .unwrap_or(0)
}

/// A CSL name: an institution's `literal`, else given name, particles
/// and family name ("Sietske van der Meer"), and a suffix.
fn name(p: &Value) -> Option<String> {
    let part = |k: &str| p.get(k).and_then(Value::as_str).map(str::trim);
    if let Some(l) = part("literal").filter(|l| !l.is_empty()) {
        return Some(rules::squash(l));
    }
    let parts = [
        part("given"),
        part("dropping-particle"),
        part("non-dropping-particle"),
        part("family"),
        part("suffix"),
    ];
    let joined = parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
    let joined = rules::squash(&joined);
    (!joined.is_empty()).then_some(joined)
}

/// A number of a date's parts: a number, or digits in a string ("2027").
fn part(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The day an item was issued: its `date-parts` when they name a day,
/// else its `raw` or `literal` date, or a date written as a string.
fn issued(o: &Map<String, Value>) -> Option<chrono::NaiveDate> {
    let d = o.get("issued")?;
    if let Some(s) = d.as_str() {
        return super::meta::parse_date(s);
    }
    let first = d.get("date-parts").and_then(|p| p.get(0));
    if let Some(parts) = first.and_then(Value::as_array) {
        let [y, m, day] = [parts.first(), parts.get(1), parts.get(2)].map(|p| p.and_then(part));
        return chrono::NaiveDate::from_ymd_opt(
            i32::try_from(y?).ok()?,
            u32::try_from(m?).ok()?,
            u32::try_from(day?).ok()?,
        );
    }
    ["raw", "literal"]
        .iter()
        .find_map(|k| super::meta::parse_date(d.get(*k)?.as_str()?))
}

/// An item that is not the article, removed: its title and texts.
fn removed(o: &Map<String, Value>, lines: [usize; 2]) -> Removed {
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(text(o, "title"));
    parts.extend(text(o, "note"));
    parts.extend(text(o, "abstract"));
    Removed {
        text: rules::squash(&super::json::strip_tags(&parts.join(" "))),
        reason: Reason::Outside,
        lines,
    }
}

/// The article of a CSL-JSON value (the file's lines `lines`), or `None`
/// when it is no CSL-JSON or no item holds text.
pub(crate) fn article(value: &Value, lines: [usize; 2]) -> Option<Article> {
    let items = items(value)?;
    let chosen = (0..items.len())
        .filter(|&i| weight(items[i]) > 0)
        .max_by_key(|&i| (weight(items[i]), std::cmp::Reverse(i)))?;
    let o = items[chosen];
    let t = citations::texts(texts(o), "abstract", lines);
    let mut others: Vec<Removed> = (items.iter().enumerate())
        .filter(|&(i, _)| i != chosen)
        .map(|(_, other)| removed(other, lines))
        .collect();
    others.extend(t.notes);
    if let Some(n) = text(o, "note").filter(|n| fields_only(n)) {
        others.push(Removed {
            text: rules::squash(n),
            reason: Reason::ReaderNote,
            lines,
        });
    }
    let authors = (o.get("author").and_then(Value::as_array))
        .map(|people| people.iter().filter_map(name).collect())
        .unwrap_or_default();
    Some(Article {
        body: t.body,
        title: text(o, "title").map(rules::squash),
        subtitle: t.standfirst,
        authors,
        date: issued(o),
        url: (["URL", "url"].iter())
            .filter_map(|k| text(o, k))
            .find(|u| u.starts_with("http://") || u.starts_with("https://"))
            .map(str::to_string),
        others,
        line_map: Vec::new(),
        lines,
    })
}

#[cfg(test)]
mod tests;
