//! EndNote XML exports: the record with the most text and its fields,
//! the shapes EndNote versions write, and the XML that is no export.

use super::*;
use crate::ingest::json::Body;

/// A value as EndNote 20 and later wrap it.
fn styled(v: &str) -> String {
    format!("<style face=\"normal\" font=\"default\" size=\"100%\">{v}</style>")
}

const FR: [&str; 3] = [
    "Les pêcheurs de la baie ont vu leurs prises baisser de moitié depuis le début de la saison, selon la coopérative qui regroupe une centaine de familles.",
    "« Nous sortons à trois heures du matin et rentrons presque vides », raconte un patron de barque de cinquante ans, qui pêche depuis l'âge de douze ans.",
    "Le ministère a promis une étude sur la température de l'eau avant la fin du mois, mais les pêcheurs demandent une aide immédiate.",
];

/// An export on one line, as EndNote writes it: a short record, then a
/// newspaper article with its text in the notes, paragraphs parted by
/// `&#xD;`.
fn export() -> String {
    let notes = format!(
        "{}&#xD;&#xD;{}&#xD;Une saison perdue&#xD;&#xD;{}",
        FR[0], FR[1], FR[2]
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records>\
         <record><rec-number>4</rec-number><ref-type name=\"Journal Article\">17</ref-type><titles><title>{}</title></titles><dates><year>{}</year></dates></record>\
         <record><rec-number>9</rec-number><ref-type name=\"Newspaper Article\">23</ref-type>\
         <contributors><authors><author>{}</author><author>{}</author></authors><secondary-authors><author>{}</author></secondary-authors></contributors>\
         <titles><title>{}</title><secondary-title>{}</secondary-title></titles>\
         <dates><year>{}</year><pub-dates><date>{}</date></pub-dates></dates>\
         <urls><related-urls><url>{}</url></related-urls><pdf-urls><url>internal-pdf://0042/peche.pdf</url></pdf-urls></urls>\
         <abstract>{}</abstract><notes>{}</notes><research-notes>{}</research-notes><access-date>{}</access-date></record>\
         </records></xml>",
        styled("Coastal fisheries and heat"),
        styled("2026"),
        styled("Joseph, Marie-Ange"),
        styled("Étienne, Paul"),
        styled("Dorval, Rose"),
        styled("Dans la baie, les prises s'effondrent"),
        styled("Le Quotidien"),
        styled("2027"),
        styled("Mar 14"),
        styled("https://example.ht/article/77/prises"),
        styled("La coopérative réclame une aide de l'État."),
        styled(&notes),
        styled("Vu le 16/03/2027 ; à comparer avec les chiffres du ministère."),
        styled("16/03/2027"),
    )
}

fn body_text(a: &Article) -> &str {
    match &a.body {
        Body::Text(t) => t,
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_record_with_the_most_text_is_the_article_with_its_fields() {
    let a = article(&export(), "x.xml").unwrap().unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Dans la baie, les prises s'effondrent")
    );
    assert_eq!(a.authors, ["Marie-Ange Joseph", "Paul Étienne"]);
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2027, 3, 14));
    assert_eq!(
        a.url.as_deref(),
        Some("https://example.ht/article/77/prises")
    );
    assert_eq!(
        a.subtitle.as_deref(),
        Some("La coopérative réclame une aide de l'État.")
    );
    // Each line of the notes is a paragraph, a lone line end too.
    let paras: Vec<&str> = body_text(&a).split("\n\n").collect();
    assert_eq!(paras, [FR[0], FR[1], "Une saison perdue", FR[2]]);
    // The other record, and the researcher's notes, removed.
    assert_eq!(a.others.len(), 2);
    assert_eq!(a.others[0].reason, Reason::Outside);
    assert!(a.others[0].text.contains("Coastal fisheries"));
    assert_eq!(a.others[1].reason, Reason::ReaderNote);
    assert!(a.others[1].text.starts_with("Vu le 16/03/2027"));
}

#[test]
fn older_exports_without_style_runs_and_split_runs_are_read_alike() {
    // EndNote before X: values bare, over several lines; a value in two
    // runs (a bold word, then the rest) is one value; the publication
    // date names its year; a writer who is an institution.
    let es = "El ayuntamiento aprobó el martes un plan para renovar las redes de agua potable de los barrios del norte, que sufren cortes desde hace meses.";
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<xml>\n  <records>\n    <record>\n      <contributors><authors><author>Aguas del Norte,</author></authors></contributors>\n\
         <titles><title><style face=\"bold\">Agua:</style><style face=\"normal\"> plan de obras</style></title></titles>\n\
         <dates><year>2028</year><pub-dates><date>2028-02-09</date></pub-dates></dates>\n\
         <abstract>{es}\r\n{es}</abstract>\n    </record>\n  </records>\n</xml>\n"
    );
    let a = article(&xml, "x.xml").unwrap().unwrap();
    assert_eq!(a.title.as_deref(), Some("Agua: plan de obras"));
    assert_eq!(a.authors, ["Aguas del Norte"]);
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 2, 9));
    assert_eq!(a.subtitle, None, "the abstract is the body");
    assert_eq!(body_text(&a), format!("{es}\n\n{es}"));
    // The record's lines: the abstract's line end is one of the file's.
    assert_eq!(a.lines, [4, 10]);
    assert!(a.others.is_empty());
}

#[test]
fn a_year_alone_or_an_access_date_is_no_date() {
    let xml = format!(
        "<xml><records><record><dates><year>2027</year></dates><access-date>2027-05-01</access-date><notes>{}</notes></record></records></xml>",
        FR[0]
    );
    let a = article(&xml, "x.xml").unwrap().unwrap();
    assert_eq!(a.date, None);
    assert_eq!(a.url, None);
}

#[test]
fn xml_that_is_no_endnote_export_is_left_to_the_other_readers() {
    let para = FR[0];
    for text in [
        // Another root holding records; an <xml> root without records; a
        // property list; an export whose records hold no text; no XML.
        format!("<?xml version=\"1.0\"?><catalog><records><record><notes>{para}</notes></record></records></catalog>"),
        format!("<xml><items><item>{para}</item></items></xml>"),
        format!("<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>notes</key><string>{para}</string></dict></plist>"),
        "<xml><records><record><titles><title>Only a title</title></titles></record></records></xml>".to_string(),
        format!("{para} <xml><records>"),
    ] {
        assert!(article(&text, "x.xml").unwrap().is_none(), "{text}");
    }
}

#[test]
fn a_broken_export_is_an_error_naming_the_file_and_line() {
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<xml><records>\n<record><titles><title>A</titles>\n<notes>{}</notes></record></records></xml>\n",
        FR[0]
    );
    let e = article(&xml, "sources/x/lib.xml").unwrap_err().to_string();
    assert!(e.contains("sources/x/lib.xml:3"), "{e}");
    assert!(e.contains("EndNote"), "{e}");
}

#[test]
fn an_export_is_read_through_ingestion_as_its_article() {
    let ctx = crate::ingest::Context {
        display_path: "lib.xml".into(),
        ..Default::default()
    };
    let doc = crate::ingest::ingest_bytes(
        export().as_bytes(),
        std::path::Path::new("lib.xml"),
        &ctx,
        None,
    )
    .unwrap();
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, [FR[0], FR[1], "Une saison perdue", FR[2]]);
    assert_eq!(
        doc.title.as_deref(),
        Some("Dans la baie, les prises s'effondrent")
    );
    assert_eq!(
        doc.author.as_deref(),
        Some("Marie-Ange Joseph, Paul Étienne")
    );
    assert_eq!(doc.date_string().as_deref(), Some("2027-03-14"));
    assert!(
        doc.removed
            .iter()
            .any(|r| r.reason == Reason::ReaderNote && r.text.contains("Vu le"))
    );
}
