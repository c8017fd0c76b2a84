//! The passages a reader highlighted in a web page, saved as the JSON of
//! an annotation service: Hypothes.is's search API (`{"total", "rows"}`),
//! an export's list of its annotations, or one annotation. Each
//! annotation names its page (`uri`, `document.title`) and the passage it
//! marks (`target[].selector`: a `TextQuoteSelector`'s `exact` text, and
//! where the page holds it, a `TextPositionSelector`'s `start`).
//!
//! Highlighted one paragraph at a time, the passages are the article: put
//! in the page's order (by their place in it, else as saved), a passage
//! another one holds taken out as repeated, a passage that is only a date
//! the article's date. The reader's own notes (`text`), page notes and
//! replies to annotations are taken out; the annotator is no writer, and
//! the annotation's own dates are not the article's. The title is the
//! page's, without the site's name after it.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::fragments::{Piece, Read, objects, str_at};
use super::text_weight;
use crate::ingest::meta;
use crate::ingest::rules::Reason;

/// Objects looked at, at most.
const MAX_OBJECTS: usize = 200_000;

/// A highlighted passage: its text and its place in the page.
struct Passage<'a> {
    exact: &'a str,
    start: Option<u64>,
}

/// An annotation, as the service writes it.
struct Annotation<'a> {
    /// The page it is on.
    page: &'a str,
    /// The reader's note.
    note: &'a str,
    passage: Option<Passage<'a>>,
    /// A reply to another annotation.
    reply: bool,
    title: Option<&'a str>,
}

/// The article of an annotation export, if `value` holds passages
/// highlighted in a page: those of the page with the most highlighted
/// text.
pub(super) fn read(value: &Value) -> Option<Read<'_>> {
    let all: Vec<Annotation<'_>> = objects(value, MAX_OBJECTS)
        .into_iter()
        .filter_map(annotation)
        .collect();
    let mut weight: HashMap<&str, usize> = HashMap::new();
    for a in &all {
        if let Some(p) = &a.passage {
            *weight.entry(a.page).or_default() += text_weight(p.exact);
        }
    }
    let page = weight
        .iter()
        .max_by_key(|(page, w)| (**w, std::cmp::Reverse(**page)))
        .map(|(page, _)| *page)?;
    Some(page_read(&all, page))
}

/// An annotation: an object naming its page (`uri`) with a list of
/// targets (`target`), each a list of selectors; its passage the exact
/// text of a `TextQuoteSelector`.
fn annotation(o: &Map<String, Value>) -> Option<Annotation<'_>> {
    let page = o.get("uri").and_then(Value::as_str)?;
    let targets = o.get("target")?.as_array()?;
    let selectors = || {
        targets
            .iter()
            .filter_map(|t| t.get("selector")?.as_array())
            .flatten()
    };
    let of_type = |kind: &str| selectors().find(|s| str_at(s, &["type"]) == Some(kind));
    let passage = of_type("TextQuoteSelector")
        .and_then(|s| str_at(s, &["exact"]))
        .map(|exact| Passage {
            exact,
            start: of_type("TextPositionSelector")
                .and_then(|s| s.get("start"))
                .and_then(Value::as_u64),
        });
    let title = o.get("document").and_then(|d| {
        let t = d.get("title")?;
        t.as_str().or_else(|| t.as_array()?.first()?.as_str())
    });
    let reply = o
        .get("references")
        .and_then(Value::as_array)
        .is_some_and(|r| !r.is_empty());
    Some(Annotation {
        page,
        note: o.get("text").and_then(Value::as_str).unwrap_or(""),
        passage,
        reply,
        title,
    })
}

/// The article the passages of `page` make, with the notes taken out.
fn page_read<'a>(all: &[Annotation<'a>], page: &'a str) -> Read<'a> {
    let mut read = Read::default();
    let on_page: Vec<&Annotation<'a>> = all.iter().filter(|a| a.page == page).collect();
    let mut passages: Vec<&Passage<'a>> = on_page
        .iter()
        .filter(|a| !a.reply)
        .filter_map(|a| a.passage.as_ref())
        .collect();
    // The page's order, when each passage has its place in it; else the
    // order they were saved in.
    if passages.iter().all(|p| p.start.is_some()) {
        passages.sort_by_key(|p| p.start);
    }
    for (k, p) in passages.iter().enumerate() {
        let exact = p.exact.trim();
        let held = passages.iter().enumerate().any(|(j, q)| {
            j != k && q.exact.contains(exact) && (q.exact.len() > p.exact.len() || j < k)
        });
        if held {
            read.removed
                .push((Piece::new(exact, p.exact), Reason::Repeated));
        } else if read.date.is_none()
            && let Some(d) = meta::date_line(exact).or_else(|| meta::date_stamp(exact))
        {
            read.date = Some(d);
            read.removed
                .push((Piece::new(exact, p.exact), Reason::Dateline));
        } else {
            read.paragraphs.extend(
                exact
                    .split("\n\n")
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(|t| Piece::new(t, p.exact)),
            );
        }
    }
    for a in on_page.iter().filter(|a| !a.note.trim().is_empty()) {
        let reason = if a.reply {
            Reason::Comments
        } else {
            Reason::ReaderNote
        };
        read.removed
            .push((Piece::new(a.note.trim(), a.note), reason));
    }
    read.url = Some(page.to_string()).filter(|u| u.starts_with("http"));
    read.title = on_page
        .iter()
        .find_map(|a| a.title)
        .map(|t| page_title(t, page));
    read
}

/// A page's title without the site's name after it: as
/// [`meta::title_without_host`] and [`meta::title_without_site`] take it
/// off, or a name of one or two words in a script without capitals after
/// a dash or bar ("… - เชียงใหม่นิวส์", "… | 新聞網"), where capitals
/// cannot tell a name.
fn page_title(title: &str, url: &str) -> String {
    let t = title.trim();
    if let Some(t) = meta::title_without_host(t, url).or_else(|| meta::title_without_site(t)) {
        return t;
    }
    let uncased = |w: &str| {
        w.chars()
            .any(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
            && w.chars().all(|c| !c.is_ascii_alphabetic())
    };
    [" | ", " - ", " – ", " — "]
        .iter()
        .find_map(|sep| t.rsplit_once(sep))
        .filter(|(head, site)| {
            let words: Vec<&str> = site.split_whitespace().collect();
            (1..=2).contains(&words.len())
                && words.iter().all(|w| uncased(w))
                && head.chars().filter(|c| c.is_alphanumeric()).count() > 2 * site.chars().count()
        })
        .map_or_else(|| t.to_string(), |(head, _)| head.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// An annotation of `page` highlighting `exact` at `start`, with the
    /// reader's `note`.
    fn row(page: &str, exact: &str, start: Option<u64>, note: &str) -> Value {
        let mut selectors = vec![
            json!({"type": "RangeSelector", "startContainer": "/div[1]/p[1]", "startOffset": 0}),
        ];
        if let Some(s) = start {
            selectors.push(json!({"type": "TextPositionSelector", "start": s, "end": s + 10}));
        }
        selectors
            .push(json!({"type": "TextQuoteSelector", "exact": exact, "prefix": "", "suffix": ""}));
        json!({"id": format!("a{}", start.unwrap_or(0)), "created": "2029-01-20T10:00:00+00:00",
            "uri": page, "text": note, "tags": [], "user": "acct:reader@hypothes.is",
            "document": {"title": ["Le tram arrive à Nantes-Est | Presse Océan"]},
            "target": [{"source": page, "selector": selectors}]})
    }

    const PAGE: &str = "https://www.example.fr/tram-nantes-est";
    const P1: &str = "La nouvelle ligne de tramway reliera la gare au quartier de Nantes-Est dès l'été 2028, a annoncé la métropole.";
    const P2: &str =
        "Les travaux, qui commencent en janvier, coûteront quatre-vingts millions d'euros.";
    const P3: &str = "Les commerçants de la rue principale craignent deux années de chantier.";

    fn texts(read: &Read<'_>) -> Vec<String> {
        read.paragraphs.iter().map(|p| p.text.clone()).collect()
    }

    #[test]
    fn highlights_read_in_the_pages_order_without_the_readers_notes() {
        let mut reply = row(PAGE, "", None, "Source ?");
        reply["references"] = json!(["a100"]);
        reply["target"] = json!([{"source": PAGE}]);
        let v = json!({"total": 6, "rows": [
            row(PAGE, P3, Some(400), "à vérifier"),
            row(PAGE, P1, Some(100), ""),
            row(PAGE, "Mardi 9 janvier 2029", Some(40), "date"),
            row(PAGE, P2, Some(250), "budget"),
            row(PAGE, "quatre-vingts millions", Some(300), ""),
            reply]});
        let read = read(&v).expect("highlights");
        assert_eq!(texts(&read), [P1, P2, P3]);
        assert_eq!(read.date, chrono::NaiveDate::from_ymd_opt(2029, 1, 9));
        assert_eq!(read.title.as_deref(), Some("Le tram arrive à Nantes-Est"));
        assert_eq!(read.url.as_deref(), Some(PAGE));
        assert!(read.authors.is_empty());
        let removed: Vec<(&str, Reason)> = read
            .removed
            .iter()
            .map(|(p, r)| (p.text.as_str(), *r))
            .collect();
        assert!(removed.contains(&("Mardi 9 janvier 2029", Reason::Dateline)));
        assert!(removed.contains(&("quatre-vingts millions", Reason::Repeated)));
        assert!(removed.contains(&("à vérifier", Reason::ReaderNote)));
        assert!(removed.contains(&("Source ?", Reason::Comments)));
    }

    #[test]
    fn highlights_without_places_keep_their_order_and_the_busiest_page_wins() {
        let other = "https://www.example.fr/autre";
        let v = json!([
            row(
                PAGE,
                "Die Stadt baut eine neue Brücke über den Fluss.",
                None,
                ""
            ),
            row(other, "Kurz.", None, ""),
            row(
                PAGE,
                "Die Arbeiten beginnen im Frühjahr.\n\nDie alte Brücke bleibt gesperrt.",
                None,
                ""
            ),
        ]);
        let read = read(&v).expect("highlights");
        assert_eq!(
            texts(&read),
            [
                "Die Stadt baut eine neue Brücke über den Fluss.",
                "Die Arbeiten beginnen im Frühjahr.",
                "Die alte Brücke bleibt gesperrt."
            ]
        );
    }

    #[test]
    fn objects_without_quoted_passages_are_no_highlights() {
        // Links with a uri and no target, a target of other selectors, a
        // page note alone.
        let cases = [
            json!({"links": [{"uri": PAGE, "text": "Home"}]}),
            json!({"uri": PAGE, "target": [{"selector": [{"type": "FragmentSelector", "value": "p1"}]}], "text": P1}),
            json!({"rows": [{"uri": PAGE, "target": [{"source": PAGE}], "text": P1}]}),
        ];
        for v in cases {
            assert!(read(&v).is_none_or(|r| r.paragraphs.is_empty()), "{v}");
        }
    }

    #[test]
    fn a_site_name_without_capitals_leaves_the_title() {
        assert_eq!(
            page_title(
                "ฝนตกหนักทั่วกรุงเทพ น้ำท่วมหลายจุด - ข่าวเมือง",
                "https://a.example/x"
            ),
            "ฝนตกหนักทั่วกรุงเทพ น้ำท่วมหลายจุด"
        );
        assert_eq!(
            page_title(
                "台北捷運新線通車 乘客大排長龍 | 新聞網",
                "https://b.example/y"
            ),
            "台北捷運新線通車 乘客大排長龍"
        );
        // A title whose dash is its own, or a Latin tail: kept.
        for t in [
            "Talks collapse - again",
            "東京 - 大阪",
            "Budget vote - what comes next",
        ] {
            assert_eq!(page_title(t, "https://c.example/z"), t);
        }
    }
}
