//! Tests of the TEI reader: invented editions of articles (TEI P5 and
//! P4), and documents that only look like TEI.

use super::*;
use crate::ingest::testkit::{read, removed_as, texts};

/// A P5 edition of an invented Indonesian article, as a press corpus
/// encodes it: the header's statements about the edition, an analytic
/// description of the article, and a body that keeps the printed lines,
/// pages, running heads, a jump, a photo and an editor's note.
const P5: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="tei_all.rng" type="application/xml"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="id">
 <teiHeader>
  <fileDesc>
   <titleStmt>
    <title>Harian Fajar, 4 Mei 2026, hlm. 1 dan 9: edisi elektronik</title>
    <respStmt><resp>Transkripsi</resp><name>Siti Rahma</name></respStmt>
    <editor>Budi Santoso</editor>
   </titleStmt>
   <publicationStmt>
    <publisher>Korpus Pers Sulawesi</publisher>
    <date when="2027-01-15">15 Januari 2027</date>
   </publicationStmt>
   <sourceDesc>
    <biblStruct>
     <analytic>
      <title>Jembatan baru di Makassar dibuka</title>
      <author><persName><forename>Andi</forename> <surname>Wijaya</surname></persName></author>
     </analytic>
     <monogr>
      <title level="j">Harian Fajar</title>
      <imprint><pubPlace>Makassar</pubPlace><date when="2026-05-04">Senin, 4 Mei 2026</date></imprint>
     </monogr>
    </biblStruct>
   </sourceDesc>
  </fileDesc>
 </teiHeader>
 <text>
  <body>
   <pb n="1"/>
   <fw type="header" place="top">HARIAN FAJAR Senin, 4 Mei 2026</fw>
   <div type="article">
    <head><lb/>Jembatan baru
     <lb/>di Makassar dibuka</head>
    <byline>Oleh <persName>ANDI WIJAYA</persName></byline>
    <p>
     <lb/>Jembatan yang menghubungkan dua ke-
     <lb break="no"/>camatan itu dibuka oleh wali kota
     <lb/>pada hari Minggu.</p>
    <figure><graphic url="foto1.jpg"/><head>Warga melintas di jembatan baru. Foto: ANDI</head></figure>
    <p>
     <lb/>Menurut <q>Dinas Pekerjaan Umum</q>, pembangunan jem-
     <fw type="jump" place="bottom">Bersambung ke hlm. 9</fw>
     <pb n="9"/>
     <fw type="header">HARIAN FAJAR</fw>
     <fw type="pageNum">9</fw>
     <lb break="no"/>batan memakan biaya Rp 80 miliar<note type="editorial">Angka dari laporan dinas.</note>.</p>
    <head>Tiga manfaat</head>
    <list>
     <item>Waktu tempuh lebih singkat.</item>
     <item>Ongkos angkut turun.</item>
    </list>
    <quote><p>Kami sudah lama menunggu jembatan ini.</p></quote>
    <table><row><cell>Panjang</cell><cell>420 m</cell></row><row><cell>Lebar</cell><cell>18 m</cell></row></table>
    <p>Uji beban dilakukan oleh <choice><sic>tim ahil</sic><corr>tim ahli</corr></choice> dari
     <lb/>universitas negeri dan Uni-
     <lb break="no"/>Eropa.</p>
   </div>
  </body>
 </text>
</TEI>
"#;

#[test]
fn a_p5_edition_is_read_as_the_printed_article() {
    let doc = read("fajar_2026-05-04_a01.tei.xml", P5);
    assert_eq!(
        doc.title.as_deref(),
        Some("Jembatan baru di Makassar dibuka")
    );
    // The article's writer, not the edition's transcriber or editor.
    assert_eq!(doc.authors, ["Andi Wijaya"]);
    // The issue's date, not the edition's.
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2026, 5, 4));
    assert_eq!(
        texts(&doc),
        [
            "Jembatan yang menghubungkan dua kecamatan itu dibuka oleh wali kota pada hari Minggu.",
            "Menurut Dinas Pekerjaan Umum, pembangunan jembatan memakan biaya Rp 80 miliar.",
            "Tiga manfaat",
            "Waktu tempuh lebih singkat.",
            "Ongkos angkut turun.",
            "Kami sudah lama menunggu jembatan ini.",
            "Panjang 420 m",
            "Lebar 18 m",
            "Uji beban dilakukan oleh tim ahli dari universitas negeri dan Uni-Eropa.",
        ]
    );
    assert!(doc.paragraphs[2].heading);
    assert_eq!(
        removed_as(&doc, Reason::Running),
        ["HARIAN FAJAR Senin, 4 Mei 2026", "HARIAN FAJAR"]
    );
    assert_eq!(removed_as(&doc, Reason::PageNumber), ["9"]);
    assert_eq!(removed_as(&doc, Reason::Jump), ["Bersambung ke hlm. 9"]);
    assert_eq!(
        removed_as(&doc, Reason::Caption),
        ["Warga melintas di jembatan baru. Foto: ANDI"]
    );
    assert_eq!(
        removed_as(&doc, Reason::Footnote),
        ["Angka dari laporan dinas."]
    );
    assert_eq!(removed_as(&doc, Reason::Dateline), ["Oleh ANDI WIJAYA"]);
    // The jump falls inside a paragraph that goes on: not cut off.
    assert!(!doc.truncated);
    // Each paragraph keeps its lines of the file.
    let line_of = |needle: &str| P5.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(
        doc.paragraphs[0].lines,
        [line_of("<p>"), line_of("pada hari Minggu")]
    );
}

/// A TEI P4 document (root `TEI.2`, a document type with an entity of
/// its own) of an invented English article of 1923: the article's
/// description a `bibl` with a title of level "a", its author written
/// surname first, its date in words; the front's date.
const P4: &str = r#"<?xml version="1.0"?>
<!DOCTYPE TEI.2 SYSTEM "tei2.dtd" [
  <!ENTITY mdash "&#x2014;">
]>
<TEI.2>
<teiHeader>
 <fileDesc>
  <titleStmt><title>The Gazette: an electronic edition</title><author>Digital Library Project</author></titleStmt>
  <publicationStmt><date>1999</date></publicationStmt>
  <sourceDesc>
   <bibl><title level="a">Floods close the valley road</title> <author>Hartley, Edith</author>
    <title level="j">The Gazette</title> <date>14 March 1923</date></bibl>
  </sourceDesc>
 </fileDesc>
</teiHeader>
<text>
 <front><docDate>March 14, 1923</docDate></front>
 <body>
  <p>The valley road was closed on Tuesday&mdash;the river rose four feet in a night.</p>
  <p>Farmers moved their sheep to the upper fields &amp; waited.</p>
 </body>
</text>
</TEI.2>
"#;

#[test]
fn a_p4_document_is_read_with_its_description() {
    let doc = read("gazette_1923.xml", P4);
    assert_eq!(doc.title.as_deref(), Some("Floods close the valley road"));
    assert_eq!(doc.authors, ["Edith Hartley"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(1923, 3, 14));
    assert_eq!(
        texts(&doc),
        [
            "The valley road was closed on Tuesday—the river rose four feet in a night.",
            "Farmers moved their sheep to the upper fields & waited.",
        ]
    );
    assert_eq!(removed_as(&doc, Reason::Outside), ["March 14, 1923"]);
}

#[test]
fn without_a_description_the_body_gives_title_writer_and_date() {
    let tei = r#"<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Corpus de presse régionale, fichier 212</title></titleStmt></fileDesc></teiHeader>
<text><body><div>
<head>Le marché couvert rouvre ses portes</head>
<head type="sub">Après deux ans de travaux, quarante commerçants reviennent.</head>
<byline>Par JEANNE DUPUIS</byline>
<dateline>Rennes, le <date when="2025-11-08">8 novembre 2025</date></dateline>
<p>Les halles ont rouvert samedi matin devant une foule nombreuse venue saluer les commerçants.</p>
<p>La mairie a financé la moitié du chantier.</p>
</div></body></text></TEI>"#;
    let doc = read("ouest_212.xml", tei);
    assert_eq!(
        doc.title.as_deref(),
        Some("Le marché couvert rouvre ses portes")
    );
    assert_eq!(
        doc.subtitle.as_deref(),
        Some("Après deux ans de travaux, quarante commerçants reviennent.")
    );
    assert_eq!(doc.authors, ["Jeanne Dupuis"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2025, 11, 8));
    assert_eq!(texts(&doc).len(), 2, "{:?}", texts(&doc));
}

#[test]
fn of_several_articles_in_a_body_the_longest_is_the_article() {
    let tei = r#"<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>
<div type="article"><head>Kort nieuws</head><byline>Door Piet Jansen</byline><p>De bibliotheek is vrijdag dicht.</p></div>
<div type="article"><head>Nieuwe brug over de Waal</head><byline>Door Marieke de Vries</byline>
<p>De provincie bouwt een tweede brug over de Waal bij Nijmegen, zo werd dinsdag bekend.</p>
<p>De bouw begint volgend jaar en duurt vier jaar.</p></div>
<div type="advertisement"><p>Bakkerij Smit: verse broodjes!</p></div>
</body></text></TEI>"#;
    let doc = read("gelderlander.xml", tei);
    assert_eq!(doc.title.as_deref(), Some("Nieuwe brug over de Waal"));
    assert_eq!(doc.authors, ["Marieke de Vries"]);
    assert_eq!(texts(&doc).len(), 2, "{:?}", texts(&doc));
    let others = removed_as(&doc, Reason::NextArticle);
    assert!(
        others.contains(&"De bibliotheek is vrijdag dicht."),
        "{others:?}"
    );
    assert!(
        others.contains(&"Bakkerij Smit: verse broodjes!"),
        "{others:?}"
    );
}

#[test]
fn a_line_break_inside_a_word_joins_it() {
    let tree = |body: &str| {
        let tei =
            format!("<TEI xmlns=\"{NAMESPACE}\"><text><body><p>{body}</p></body></text></TEI>");
        let t = parse(&tei, "x.xml").unwrap();
        let p = t.find(0, "p").unwrap();
        t.text(p)
    };
    // The hyphen goes before a small letter, stays before a capital.
    assert_eq!(tree("Straßen-<lb break=\"no\"/>bahn"), "Straßenbahn");
    assert_eq!(tree("Nord-\n <lb break=\"no\"/>Süd"), "Nord-Süd");
    assert_eq!(tree("wo<lb break=\"no\"/>rd"), "word");
    // A soft hyphen is never printed.
    assert_eq!(tree("Ham\u{ad}<lb break=\"no\"/>Burg"), "HamBurg");
    // Without break="no" a line break is a space.
    assert_eq!(tree("two<lb/>words"), "two words");
    // Running heads and notes between the halves are no text.
    assert_eq!(
        tree("Kain-<fw>PAGE 7</fw><pb n=\"7\"/><note>n</note><lb break=\"no\"/>antu"),
        "Kainantu"
    );
}

#[test]
fn other_xml_is_read_as_before_and_tei_without_a_body_has_no_text() {
    for t in [
        // Not in the TEI namespace, or another root.
        "<TEI><text><body><p>Not TEI at all, a homonym.</p></body></text></TEI>",
        "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"/>",
        "<?xml version=\"1.0\"?><rss><channel/></rss>",
        "A text about <TEI xmlns=\"http://www.tei-c.org/ns/1.0\"> files.",
    ] {
        assert!(!is_tei(t), "{t}");
        assert!(article(t, "x.xml").unwrap().is_none(), "{t}");
    }
    // A header with no text, a text with no body, a body with a heading
    // alone: no text (not the markup read as text), the title said.
    for (t, title) in [
        (
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Only a header</title><respStmt><name>A. Person</name></respStmt></titleStmt></fileDesc></teiHeader></TEI>",
            "Only a header",
        ),
        (
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><front><head>A front</head></front></text></TEI>",
            "A front",
        ),
        (
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><head>A heading alone</head></body></text></TEI>",
            "A heading alone",
        ),
    ] {
        assert!(is_tei(t), "{t}");
        let doc = read("x.xml", t);
        assert!(doc.paragraphs.is_empty(), "{:?}", texts(&doc));
        assert_eq!(doc.title.as_deref(), Some(title));
        assert!(doc.authors.is_empty());
        assert!(
            (doc.warnings.iter()).any(|w| w.kind == crate::ingest::warning::NoteKind::NoText),
            "{t}"
        );
    }
}

#[test]
fn a_broken_tei_file_is_an_error_naming_its_line() {
    let broken = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body>\n<p>An open paragraph\n</body></text></TEI>\n";
    let e = article(broken, "sources/a/b.xml").unwrap_err();
    let shown = e.render();
    assert!(shown.contains("sources/a/b.xml:4"), "{shown}");
    assert!(shown.contains("TEI file"), "{shown}");
}

#[test]
fn names_are_read_forename_first_and_in_title_case() {
    let tree = parse(
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><a><author>Kowalska, Anna</author><author><persName><surname>NOWAK</surname><forename>JAN</forename></persName></author><author>MARIA GARCÍA</author><author>Ministry of Health, Department of Roads, Unit 4</author></a></TEI>",
        "x.xml",
    )
    .unwrap();
    let names: Vec<Option<String>> = (tree.descendants(0).into_iter())
        .filter(|&i| tree.nodes[i].name == "author")
        .map(|i| person(&tree, i))
        .collect();
    assert_eq!(
        names,
        [
            Some("Anna Kowalska".to_string()),
            Some("Jan Nowak".to_string()),
            Some("Maria García".to_string()),
            // A long name of an office is no writer's.
            None,
        ]
    );
}

#[test]
fn verse_lines_and_marked_words_are_set_apart() {
    let tei = r#"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
<p><w>Die</w><w>Stadt</w><w>baut</w><w>eine</w><w>neue</w><w>Schule</w><pc>.</pc> <w>Sie</w><w>öffnet</w><w>2027</w><pc>.</pc></p>
<lg><l>Över fjärden går isen,</l><l>och båten ligger still.</l></lg>
<p>(<w>kurz</w>) und <w>lang</w><w join="left">sam</w>.</p>
</body></text></TEI>"#;
    let doc = read("x.xml", tei);
    assert_eq!(
        texts(&doc),
        [
            "Die Stadt baut eine neue Schule. Sie öffnet 2027.",
            "Över fjärden går isen, och båten ligger still.",
            "(kurz) und langsam.",
        ]
    );
}
