//! An article pasted into an outliner, saved as its JSON export: Roam
//! Research's (a list of pages, each a `title` and `children` blocks with
//! their `string`) and Logseq's (`{"blocks": [...]}`, pages with a
//! `page-name`, blocks with their `content`). Each block is a paragraph,
//! the blocks under one (a list's items) after it.
//!
//! The article is the page with the most text. Its attribute blocks
//! ("Author:: [[Ana Roig]]", "date:: 2027-10-21", Logseq's `properties`)
//! give its writers, date, address, standfirst and title, the page's
//! title else. When one labelled block ("Full text") holds most of the
//! page's text, its blocks are the article and the page's other blocks
//! the reader's notes. Tasks (`{{[[TODO]]}}`, "TODO …") are the reader's
//! too. Links and tags lose their marks (`[[Palamós]]` reads "Palamós",
//! `#tag` goes).

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::fragments::{Piece, Read};
use super::text_weight;
use crate::ingest::meta;
use crate::ingest::rules::Reason;

/// Levels of blocks read, at most.
const MAX_DEPTH: usize = 64;

/// A page: its title and its blocks.
struct Page<'a> {
    title: &'a str,
    blocks: &'a [Value],
}

/// The article of an outliner's export, if `value` is one: the page with
/// the most text.
pub(super) fn read(value: &Value) -> Option<Read<'_>> {
    let pages = pages(value)?;
    let page = pages
        .iter()
        .filter(|p| !p.blocks.is_empty())
        .max_by_key(|p| p.blocks.iter().map(|b| weight(b, 0)).sum::<usize>())?;
    Some(page_read(page))
}

/// The pages of an export: a list of objects each with a title and a list
/// of blocks (or none), as Roam writes it, or the same under `blocks`
/// (Logseq); `None` when no block holds text in an outliner's key.
fn pages(value: &Value) -> Option<Vec<Page<'_>>> {
    let list = match value {
        Value::Array(a) => a,
        Value::Object(o) => o.get("blocks")?.as_array()?,
        _ => return None,
    };
    let pages: Vec<Page<'_>> = list
        .iter()
        .filter_map(|p| {
            let title = p
                .get("title")
                .or_else(|| p.get("page-name"))
                .and_then(Value::as_str)?;
            let blocks = match p.get("children") {
                None => &[][..],
                Some(c) => c.as_array()?.as_slice(),
            };
            Some(Page { title, blocks })
        })
        .collect();
    let outlined = pages
        .iter()
        .flat_map(|p| p.blocks.iter())
        .any(|b| block_text(b).is_some());
    (outlined && pages.len() == list.len()).then_some(pages)
}

/// A block's text (Roam's `string`, Logseq's `content`).
fn block_text(b: &Value) -> Option<&str> {
    b.get("string")
        .or_else(|| b.get("content"))
        .and_then(Value::as_str)
}

fn children(b: &Value) -> &[Value] {
    b.get("children")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The words of a block and the blocks under it.
fn weight(b: &Value, depth: usize) -> usize {
    if depth > MAX_DEPTH {
        return 0;
    }
    text_weight(block_text(b).unwrap_or(""))
        + children(b)
            .iter()
            .map(|c| weight(c, depth + 1))
            .sum::<usize>()
}

/// An attribute line: "Key:: value" (a key of at most three words).
fn attribute(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once("::")?;
    let key = key.trim();
    (!key.is_empty() && key.split_whitespace().count() <= 3 && !key.contains(['[', '#', '{']))
        .then(|| (key.to_lowercase(), value.trim()))
}

/// The block's attributes, when each of its lines is one (Logseq writes
/// a block's properties as lines of its content).
fn attributes(text: &str) -> Option<Vec<(String, &str)>> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return None;
    }
    lines.iter().map(|l| attribute(l)).collect()
}

/// The article a page holds.
fn page_read<'a>(page: &Page<'a>) -> Read<'a> {
    let mut read = Read::default();
    let mut rest = Vec::new();
    for b in page.blocks {
        if let Some(props) = b.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                if let Some(v) = v.as_str() {
                    set_field(&mut read, &k.to_lowercase(), v);
                }
            }
        }
        let text = block_text(b).unwrap_or("");
        match attributes(text) {
            Some(fields) if children(b).is_empty() => {
                for (k, v) in fields {
                    set_field(&mut read, &k, v);
                }
                read.removed
                    .push((Piece::new(text.trim(), text), Reason::DatabaseField));
            }
            _ => rest.push(b),
        }
    }
    if read.title.is_none() {
        read.title = Some(clean(page.title)).filter(|t| !t.is_empty());
    }
    let total: usize = rest.iter().map(|b| weight(b, 0)).sum();
    // A labelled block holding most of the page's text.
    let label = rest.iter().position(|b| {
        let t = block_text(b).unwrap_or("");
        !children(b).is_empty() && text_weight(t) <= 6 && 2 * weight(b, 0) > total
    });
    for (k, b) in rest.iter().enumerate() {
        match label {
            Some(l) if k == l => {
                let t = block_text(b).unwrap_or("");
                read.removed
                    .push((Piece::new(t.trim(), t), Reason::ReaderNote));
                for c in children(b) {
                    add_block(&mut read, c, 0, false);
                }
            }
            Some(_) => add_block(&mut read, b, 0, true),
            None => add_block(&mut read, b, 0, false),
        }
    }
    read
}

/// Adds a block and the blocks under it to the article, or to what was
/// taken out as the reader's notes (`notes`, or a task).
fn add_block<'a>(read: &mut Read<'a>, b: &'a Value, depth: usize, notes: bool) {
    if depth > MAX_DEPTH {
        return;
    }
    let raw = block_text(b).unwrap_or("");
    let text = clean(raw);
    let notes = notes || task(raw);
    if !text.is_empty() {
        let piece = Piece::new(text, raw);
        if notes {
            read.removed.push((piece, Reason::ReaderNote));
        } else {
            read.paragraphs.push(piece);
        }
    }
    for c in children(b) {
        add_block(read, c, depth + 1, notes);
    }
}

/// A task: Roam's `{{[[TODO]]}}` or `{{[[DONE]]}}`, Logseq's "TODO …",
/// "DONE …", "LATER …", "NOW …".
fn task(text: &str) -> bool {
    let t = text.trim_start();
    t.contains("{{[[TODO]]}}")
        || t.contains("{{[[DONE]]}}")
        || ["TODO ", "DONE ", "LATER ", "NOW "]
            .iter()
            .any(|w| t.starts_with(w))
}

/// A block's text without the outliner's marks: links and tags keep their
/// words, `#tag` and `{{…}}` go, bold, italic and highlight marks go.
fn clean(text: &str) -> String {
    static TAG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|\s)#(?:\[\[[^\]]*\]\]|[^\s\[\]#]+)").expect("regex"));
    static MACRO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{\{[^}]*\}\}").expect("regex"));
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[\[([^\[\]]*)\]\]").expect("regex"));
    let t = MACRO.replace_all(text, "");
    let t = TAG.replace_all(&t, "");
    let t = LINK.replace_all(&t, "$1");
    let t = t.replace("**", "").replace("^^", "").replace("__", "");
    t.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sets the article's field an attribute names, in the languages
/// outliners are written in.
fn set_field<'a>(read: &mut Read<'a>, key: &str, value: &str) {
    const AUTHOR: [&str; 10] = [
        "author",
        "authors",
        "autor",
        "autors",
        "autora",
        "auteur",
        "autore",
        "verfasser",
        "writer",
        "byline",
    ];
    const DATE: [&str; 7] = [
        "date",
        "data",
        "fecha",
        "datum",
        "published",
        "pubdate",
        "date published",
    ];
    const URL: [&str; 4] = ["url", "link", "source url", "original"];
    const SUBTITLE: [&str; 8] = [
        "subtitle",
        "subtítol",
        "subtítulo",
        "sous-titre",
        "sottotitolo",
        "untertitel",
        "standfirst",
        "lead",
    ];
    const TITLE: [&str; 5] = ["title", "títol", "título", "titre", "titolo"];
    let v = clean(value);
    if v.is_empty() {
        return;
    }
    if AUTHOR.contains(&key) && read.authors.is_empty() {
        read.authors = meta::split_authors(&v.replace('\n', ", "));
    } else if DATE.contains(&key) && read.date.is_none() {
        read.date = meta::parse_date(&v).or_else(|| daily_page_date(&v));
    } else if URL.contains(&key) && read.url.is_none() {
        read.url = Some(v).filter(|u| u.starts_with("http"));
    } else if SUBTITLE.contains(&key) && read.subtitle.is_none() {
        read.subtitle = Some(v);
    } else if TITLE.contains(&key) && read.title.is_none() {
        read.title = Some(v);
    }
}

/// A date as Roam names its daily pages: "October 21st, 2027".
fn daily_page_date(s: &str) -> Option<chrono::NaiveDate> {
    static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([A-Z][a-z]+ \d{1,2})(?:st|nd|rd|th), (\d{4})$").expect("regex")
    });
    let c = ORDINAL.captures(s.trim())?;
    chrono::NaiveDate::parse_from_str(&format!("{} {}", &c[1], &c[2]), "%B %d %Y").ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const P1: &str = "La municipalité a voté la création d'une piste cyclable le long du canal, longue de douze kilomètres.";
    const P2: &str = "Les travaux commenceront au printemps et dureront deux ans.";

    fn texts(read: &Read<'_>) -> Vec<String> {
        read.paragraphs.iter().map(|p| p.text.clone()).collect()
    }

    #[test]
    fn a_roam_page_with_attributes_and_a_labelled_text_reads_as_its_article() {
        let v = json!([
            {"title": "January 3rd, 2029", "children": [{"string": "Lu : [[Une piste le long du canal]]", "uid": "a"}]},
            {"title": "Une piste le long du canal", "children": [
                {"string": "Auteur:: [[Claire Dumas]]", "uid": "b"},
                {"string": "Date:: [[January 2nd, 2029]]", "uid": "c"},
                {"string": "Sous-titre:: Douze kilomètres pour les vélos", "uid": "d"},
                {"string": "Texte intégral", "uid": "e", "children": [
                    {"string": P1, "uid": "f"},
                    {"string": "Les étapes :", "uid": "g", "children": [
                        {"string": "l'étude en **2028**", "uid": "h"},
                        {"string": "le chantier en [[2029]]", "uid": "i"}]},
                    {"string": P2, "uid": "j"}]},
                {"string": "Mes notes", "uid": "k", "children": [
                    {"string": "Comparer avec [[Lyon]] #vélo", "uid": "l"}]},
                {"string": "{{[[TODO]]}} appeler la mairie", "uid": "m"}]},
            {"title": "Presse locale"}]);
        let read = read(&v).expect("an outline");
        assert_eq!(
            texts(&read),
            [
                P1,
                "Les étapes :",
                "l'étude en 2028",
                "le chantier en 2029",
                P2
            ]
        );
        assert_eq!(read.title.as_deref(), Some("Une piste le long du canal"));
        assert_eq!(read.authors, ["Claire Dumas"]);
        assert_eq!(read.date, chrono::NaiveDate::from_ymd_opt(2029, 1, 2));
        assert_eq!(
            read.subtitle.as_deref(),
            Some("Douze kilomètres pour les vélos")
        );
        let notes: Vec<&str> = read
            .removed
            .iter()
            .filter(|(_, r)| *r == Reason::ReaderNote)
            .map(|(p, _)| p.text.as_str())
            .collect();
        // The label over the text is the reader's too.
        assert_eq!(
            notes,
            [
                "Texte intégral",
                "Mes notes",
                "Comparer avec Lyon",
                "appeler la mairie"
            ]
        );
    }

    #[test]
    fn a_logseq_page_reads_its_properties_and_blocks() {
        let v = json!({"version": 1, "blocks": [
            {"id": "1", "page-name": "Nueva línea de autobús", "children": [
                {"id": "2", "content": "autor:: [[Pablo Ruiz]]\nfecha:: 2029-02-14", "properties": {}},
                {"id": "3", "content": "El ayuntamiento abrirá una nueva línea de autobús entre el puerto y la universidad en marzo.", "children": []},
                {"id": "4", "content": "TODO comprobar horarios"},
                {"id": "5", "content": "La línea tendrá doce paradas y un autobús cada diez minutos."}]}]});
        let read = read(&v).expect("an outline");
        assert_eq!(read.paragraphs.len(), 2);
        assert_eq!(read.authors, ["Pablo Ruiz"]);
        assert_eq!(read.date, chrono::NaiveDate::from_ymd_opt(2029, 2, 14));
        assert_eq!(read.title.as_deref(), Some("Nueva línea de autobús"));
    }

    #[test]
    fn trees_that_are_no_outliner_export_are_not_read() {
        let cases = [
            // A site's menu, a list of posts with titles, a list mixing pages
            // and other objects.
            json!({"title": "Menu", "content": P1, "children": [{"title": "Home", "content": "Start"}]}),
            json!([{"title": "Post", "body": P1}, {"title": "Other", "body": P2}]),
            json!([{"title": "A", "children": [{"string": P1}]}, {"id": 3}]),
            json!([{"title": "A", "children": [{"name": P1}]}, {"title": "B"}]),
            json!([{"title": "A", "children": "none"}, {"title": "B", "children": [{"string": P1}]}]),
        ];
        for v in cases {
            assert!(read(&v).is_none(), "{v}");
        }
    }

    #[test]
    fn marks_go_and_words_stay() {
        assert_eq!(
            clean("Voir [[Palamós]] et #[[port de pêche]] #tourisme **vite** ^^ici^^"),
            "Voir Palamós et vite ici"
        );
        assert_eq!(clean("C# is a language"), "C# is a language");
        assert!(attribute("Autor:: [[Ana]]").is_some());
        assert_eq!(
            daily_page_date("March 3rd, 2029"),
            chrono::NaiveDate::from_ymd_opt(2029, 3, 3)
        );
        for s in ["Marching 3rd, 2029", "3rd March 2029", "March 33rd, 2029"] {
            assert_eq!(daily_page_date(s), None, "{s}");
        }
        assert!(attribute("Note: il a dit :: rien du tout de plus ici").is_none());
    }
}
