//! CSL-JSON items: the one with the most text and its fields, the shapes
//! reference managers write, and JSON of other shapes left alone.

use super::*;
use crate::ingest::json::Body;

const PL: [&str; 3] = [
    "Radni miasta przyjęli w czwartek plan budowy nowego mostu przez rzekę, który ma połączyć dwie dzielnice rozdzielone od lat torami kolejowymi.",
    "– Czekaliśmy na tę decyzję bardzo długo – mówił przewodniczący rady dzielnicy, który od dekady zabiegał o przeprawę dla pieszych i rowerzystów.",
    "Prace mają ruszyć wiosną przyszłego roku, a most ma być gotowy przed końcem kadencji obecnych władz miasta.",
];

fn read(json: &str) -> Option<Article> {
    let v: Value = serde_json::from_str(json).expect("json");
    article(&v, [1, 9])
}

fn body(a: &Article) -> &str {
    match &a.body {
        Body::Text(t) => t,
        other => panic!("{other:?}"),
    }
}

/// Zotero's export of two items: a book without text, and a newspaper
/// article with its text pasted into "Extra" (CSL's `note`), its lead in
/// the abstract, the year of its date a string.
fn zotero() -> String {
    let note = format!("{}\n\n{}\n\nNowy most\n\n{}", PL[0], PL[1], PL[2]);
    serde_json::json!([
        {"id": "http://zotero.org/users/1/items/AAA", "type": "book", "title": "Historia mostów",
         "author": [{"family": "Nowak", "given": "Jan"}], "issued": {"date-parts": [[2019]]}},
        {"id": "http://zotero.org/users/1/items/BBB", "type": "article-newspaper",
         "title": "Most nad torami coraz bliżej", "container-title": "Gazeta Miejska",
         "abstract": "Radni zgodzili się na budowę przeprawy.", "note": note,
         "URL": "https://example.pl/most-nad-torami/ar/123",
         "author": [{"family": "Zielińska", "given": "Ewa"}, {"family": "Meer", "given": "Piet", "non-dropping-particle": "van der"}],
         "accessed": {"date-parts": [["2027", 11, 9]]}, "issued": {"date-parts": [["2027", "11", 4]]}}
    ])
    .to_string()
}

#[test]
fn the_item_with_the_most_text_is_the_article_with_its_fields() {
    let a = read(&zotero()).expect("read");
    assert_eq!(a.title.as_deref(), Some("Most nad torami coraz bliżej"));
    assert_eq!(a.authors, ["Ewa Zielińska", "Piet van der Meer"]);
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2027, 11, 4));
    assert_eq!(
        a.url.as_deref(),
        Some("https://example.pl/most-nad-torami/ar/123")
    );
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Radni zgodzili się na budowę przeprawy.")
    );
    assert!(body(&a).starts_with(PL[0]) && body(&a).ends_with(PL[2]));
    assert_eq!(a.others.len(), 1, "{:?}", a.others);
    assert!(a.others[0].text.contains("Historia mostów"));
    assert_eq!(a.others[0].reason, Reason::Outside);
}

#[test]
fn one_item_with_a_long_abstract_and_a_note_of_fields() {
    // One object (citation.js), an institution as writer, a day given as
    // "raw", the note only Zotero's fields: the abstract is the body.
    let abs = "El consejo municipal aprobó el lunes un plan de transporte que añade doce líneas de autobús eléctrico y amplía el horario nocturno del metro durante los fines de semana.";
    let json = serde_json::json!({
        "type": "webpage", "title": "Plan de transporte", "abstract": abs,
        "note": "PMID: 1234\nCitation Key: consejo2028",
        "author": [{"literal": "Consejo Municipal"}], "issued": {"raw": "2028-03-02"}
    });
    let a = read(&json.to_string()).expect("read");
    assert_eq!(body(&a), abs);
    assert_eq!(a.subtitle, None);
    assert_eq!(a.authors, ["Consejo Municipal"]);
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 3, 2));
    assert_eq!(a.others.len(), 1);
    assert_eq!(a.others[0].reason, Reason::ReaderNote);
    // Zotero's API wraps the items, and a month without a day is no date.
    let wrapped = serde_json::json!({"items": [{
        "type": "article-magazine", "title": "x", "note": PL[0],
        "issued": {"date-parts": [[2027, 5]]}
    }]});
    let a = read(&wrapped.to_string()).expect("read");
    assert_eq!(body(&a), PL[0]);
    assert_eq!(a.date, None);
}

#[test]
fn json_of_other_shapes_and_items_without_text_are_no_csl_article() {
    let para = PL[0];
    for json in [
        // A site's article (writer by name, date a string); ActivityPub
        // notes; a list of plain objects; CSL items without any text; a
        // CSL list beside an object of another shape.
        serde_json::json!({"type": "post", "title": "x", "content": para, "author": {"name": "Ewa"}, "date": "2027-11-04"}),
        serde_json::json!([{"type": "Note", "content": para, "attributedTo": "https://example.social/u/ewa"}]),
        serde_json::json!([{"title": "x", "note": para, "issued": {"date-parts": [[2027, 1, 2]]}}]),
        serde_json::json!([{"type": "book", "title": "x", "issued": {"date-parts": [[2027, 1, 2]]}}]),
        serde_json::json!([{"type": "book", "note": para, "issued": {"date-parts": [[2027, 1, 2]]}}, {"content": para}]),
        serde_json::json!("a string"),
    ] {
        assert!(read(&json.to_string()).is_none(), "{json}");
    }
}

#[test]
fn a_note_that_only_lists_fields_is_no_text() {
    assert!(fields_only("PMID: 1234\nCitation Key: consejo2028\n"));
    assert!(fields_only("original-date: 2020-01-02"));
    assert!(!fields_only(PL[1]));
    assert!(!fields_only(&format!("Uwaga: {}", PL[0])));
}

#[test]
fn a_csl_export_is_read_through_the_json_reader() {
    let text = zotero();
    let a = crate::ingest::json::article(&text, true, "refs.json")
        .unwrap()
        .unwrap();
    assert_eq!(a.authors.len(), 2);
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2027, 11, 4));
    assert!(body(&a).starts_with(PL[0]));
}
