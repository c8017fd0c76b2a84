//! Tests of the ALTO reader: invented pages of several papers, ALTO
//! versions and languages, and files that only look like ALTO.

use super::*;
use crate::ingest::rules::Reason;
use crate::ingest::testkit::{read, removed_as, texts};

/// A block of an invented page: where it stands, its style, and its
/// lines, each with its indent. A line's words are written as `String`s
/// with `SP`s between them; "[half|whole]" is a word the line end broke
/// with its whole form (`HypPart1` or `HypPart2`, `SUBS_CONTENT`), a word
/// ending in "~" one broken with a bare `HYP`.
struct B<'a> {
    x: u32,
    y: u32,
    w: u32,
    style: &'a str,
    /// The height of its lines.
    h: u32,
    lines: &'a [(u32, &'a str)],
}

/// The `String`s and `SP`s of a line.
fn words(text: &str, x: u32, y: u32, h: u32, first_line_of_two: bool) -> String {
    let mut out = String::new();
    let mut at = x;
    for (k, w) in text.split(' ').enumerate() {
        if k > 0 {
            out.push_str(&format!("<SP WIDTH=\"8\" HPOS=\"{at}\" VPOS=\"{y}\"/>"));
            at += 8;
        }
        let width = 12 * w.chars().count() as u32;
        if let Some(inner) = w.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            let (half, whole) = inner.split_once('|').unwrap();
            let part = if first_line_of_two {
                "HypPart1"
            } else {
                "HypPart2"
            };
            out.push_str(&format!(
                "<String HPOS=\"{at}\" VPOS=\"{y}\" WIDTH=\"{width}\" HEIGHT=\"{h}\" CONTENT=\"{half}\" SUBS_TYPE=\"{part}\" SUBS_CONTENT=\"{whole}\"/>"
            ));
            if first_line_of_two {
                out.push_str("<HYP CONTENT=\"-\"/>");
            }
        } else if let Some(half) = w.strip_suffix('~') {
            out.push_str(&format!(
                "<String HPOS=\"{at}\" VPOS=\"{y}\" WIDTH=\"{width}\" HEIGHT=\"{h}\" CONTENT=\"{half}\"/><HYP CONTENT=\"-\"/>"
            ));
        } else {
            let w = w.replace('&', "&amp;").replace('"', "&quot;");
            out.push_str(&format!(
                "<String HPOS=\"{at}\" VPOS=\"{y}\" WIDTH=\"{width}\" HEIGHT=\"{h}\" CONTENT=\"{w}\" WC=\"0.91\"/>"
            ));
        }
        at += width;
    }
    out
}

/// An ALTO file of `version` ("v4", "v2") with the text styles `styles`
/// and the blocks `blocks` (and pictures: blocks with no lines).
fn alto(version: &str, styles: &str, blocks: &[B<'_>]) -> String {
    let mut body = String::new();
    for b in blocks {
        let height = b.h * b.lines.len().max(1) as u32;
        if b.lines.is_empty() {
            body.push_str(&format!(
                "<Illustration HPOS=\"{}\" VPOS=\"{}\" WIDTH=\"{}\" HEIGHT=\"{}\"/>\n",
                b.x, b.y, b.w, b.h
            ));
            continue;
        }
        let refs = if b.style.is_empty() {
            String::new()
        } else {
            format!(" STYLEREFS=\"{}\"", b.style)
        };
        body.push_str(&format!(
            "<TextBlock HPOS=\"{}\" VPOS=\"{}\" WIDTH=\"{}\" HEIGHT=\"{height}\"{refs}>\n",
            b.x, b.y, b.w
        ));
        for (k, (indent, text)) in b.lines.iter().enumerate() {
            let y = b.y + b.h * k as u32;
            let x = b.x + indent;
            let width = (12 * text.chars().count() as u32).min(b.w - indent);
            let first = text.ends_with(']') || text.ends_with('~');
            body.push_str(&format!(
                "  <TextLine HPOS=\"{x}\" VPOS=\"{y}\" WIDTH=\"{width}\" HEIGHT=\"{}\">{}</TextLine>\n",
                b.h,
                words(text, x, y, b.h, first)
            ));
        }
        body.push_str("</TextBlock>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alto xmlns=\"http://www.loc.gov/standards/alto/ns-{version}#\">\n<Description><MeasurementUnit>pixel</MeasurementUnit></Description>\n<Styles>\n{styles}\n</Styles>\n<Layout>\n<Page ID=\"P1\" WIDTH=\"3000\" HEIGHT=\"4000\">\n<PrintSpace HPOS=\"100\" VPOS=\"100\" WIDTH=\"2800\" HEIGHT=\"3800\">\n{body}</PrintSpace>\n</Page>\n</Layout>\n</alto>\n"
    )
}

/// The document juxta reads from `text` saved as `name`.
const GERMAN_STYLES: &str = r#"<TextStyle ID="BODY" FONTFAMILY="Times" FONTSIZE="9"/>
<TextStyle ID="SUB" FONTFAMILY="Arial" FONTSIZE="9" FONTSTYLE="bold"/>
<TextStyle ID="SMALL" FONTFAMILY="Arial" FONTSIZE="7" FONTSTYLE="italics"/>
<TextStyle ID="HEAD" FONTFAMILY="Arial" FONTSIZE="10" FONTSTYLE="bold"/>
<TextStyle ID="DECK" FONTFAMILY="Arial" FONTSIZE="12" FONTSTYLE="bold"/>
<TextStyle ID="HL" FONTFAMILY="Arial" FONTSIZE="30" FONTSTYLE="bold"/>"#;

/// The blocks of [`german_page`].
const GERMAN_BLOCKS: [B<'static>; 17] = [
    B {
        x: 100,
        y: 110,
        w: 400,
        style: "HEAD",
        h: 30,
        lines: &[(0, "RHEINPFALZ")],
    },
    B {
        x: 2000,
        y: 110,
        w: 700,
        style: "HEAD",
        h: 30,
        lines: &[(0, "Dienstag, 3. März 2026")],
    },
    B {
        x: 2850,
        y: 110,
        w: 40,
        style: "HEAD",
        h: 30,
        lines: &[(0, "7")],
    },
    B {
        x: 100,
        y: 300,
        w: 2100,
        style: "HL",
        h: 110,
        lines: &[(0, "Neue Fähre verbindet"), (0, "Speyer und Hockenheim")],
    },
    B {
        x: 100,
        y: 560,
        w: 2100,
        style: "DECK",
        h: 40,
        lines: &[
            (0, "Ab Mai pendelt ein Elektroschiff über den Rhein."),
            (0, "Die Stadt zahlt die Hälfte der Kosten."),
        ],
    },
    B {
        x: 100,
        y: 680,
        w: 2100,
        style: "",
        h: 900,
        lines: &[],
    },
    B {
        x: 100,
        y: 1600,
        w: 2100,
        style: "SMALL",
        h: 28,
        lines: &[(
            0,
            "Die Anlegestelle in Speyer wird bis April umgebaut. FOTO: LENZ",
        )],
    },
    B {
        x: 100,
        y: 1720,
        w: 650,
        style: "SMALL",
        h: 28,
        lines: &[(0, "VON KLAUS MEIER")],
    },
    B {
        x: 100,
        y: 1780,
        w: 650,
        style: "BODY",
        h: 36,
        lines: &[
            (30, "Die neue Fähre soll ab dem"),
            (0, "ersten Mai jeden Tag fahren,"),
            (0, "teilte die [Stadtver|Stadtverwaltung]"),
            (0, "[waltung|Stadtverwaltung] am Montag mit."),
            (30, "Bürgermeisterin Anna Roth"),
            (0, "sprach von einem guten Tag"),
            (0, "für beide Ufer und für alle"),
        ],
    },
    B {
        x: 820,
        y: 1720,
        w: 650,
        style: "BODY",
        h: 36,
        lines: &[
            (0, "Pendler in der Region."),
            (30, "Die Überfahrt kostet zwei"),
            (0, "Euro, Kinder fahren kostenlos."),
        ],
    },
    B {
        x: 820,
        y: 1850,
        w: 650,
        style: "SUB",
        h: 36,
        lines: &[(0, "Kritik vom Naturschutz")],
    },
    B {
        x: 820,
        y: 1900,
        w: 650,
        style: "BODY",
        h: 36,
        lines: &[
            (30, "Der Naturschutzbund fürchtet"),
            (0, "Wellen am Ufer und will den"),
        ],
    },
    B {
        x: 1540,
        y: 1720,
        w: 650,
        style: "BODY",
        h: 36,
        lines: &[
            (0, "Betrieb zunächst ein Jahr"),
            (0, "beobachten lassen. Die Stadt"),
            (0, "sagte zu, die Messungen zu"),
        ],
    },
    B {
        x: 1900,
        y: 3880,
        w: 300,
        style: "SUB",
        h: 30,
        lines: &[(0, "Fortsetzung auf Seite 4")],
    },
    B {
        x: 2250,
        y: 300,
        w: 650,
        style: "HEAD",
        h: 36,
        lines: &[(0, "Kurz notiert")],
    },
    B {
        x: 2250,
        y: 360,
        w: 650,
        style: "BODY",
        h: 36,
        lines: &[
            (0, "Die Stadtbibliothek bleibt am"),
            (0, "Freitag wegen einer Schulung"),
            (0, "geschlossen."),
        ],
    },
    B {
        x: 2250,
        y: 3000,
        w: 650,
        style: "DECK",
        h: 40,
        lines: &[(0, "AUTOHAUS WEBER"), (0, "Jetzt Probefahrt buchen")],
    },
];

/// A page of an invented German regional paper: running heads, a
/// headline over three columns, a standfirst, a photo with its caption,
/// a byline, the text in three columns (indented first lines, a
/// paragraph cut by a column break, a word broken at a line end, a
/// subheading), a jump line, and in a fourth column another story and an
/// advertisement.
fn german_page() -> String {
    alto("v4", GERMAN_STYLES, &GERMAN_BLOCKS)
}

#[test]
fn a_newspaper_page_is_read_as_its_article() {
    let doc = read("rheinpfalz_0007.xml", &german_page());
    assert_eq!(
        doc.title.as_deref(),
        Some("Neue Fähre verbindet Speyer und Hockenheim")
    );
    assert_eq!(
        doc.subtitle.as_deref(),
        Some(
            "Ab Mai pendelt ein Elektroschiff über den Rhein. Die Stadt zahlt die Hälfte der Kosten."
        )
    );
    assert_eq!(doc.authors, ["Klaus Meier"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2026, 3, 3));
    assert_eq!(
        texts(&doc),
        [
            "Die neue Fähre soll ab dem ersten Mai jeden Tag fahren, teilte die Stadtverwaltung am Montag mit.",
            "Bürgermeisterin Anna Roth sprach von einem guten Tag für beide Ufer und für alle Pendler in der Region.",
            "Die Überfahrt kostet zwei Euro, Kinder fahren kostenlos.",
            "Kritik vom Naturschutz",
            "Der Naturschutzbund fürchtet Wellen am Ufer und will den Betrieb zunächst ein Jahr beobachten lassen. Die Stadt sagte zu, die Messungen zu",
        ]
    );
    assert!(doc.paragraphs[3].heading);
    // The jump line under a sentence cut off: the rest is on page 4.
    assert!(doc.truncated);
    assert_eq!(removed_as(&doc, Reason::Jump), ["Fortsetzung auf Seite 4"]);
    assert_eq!(
        removed_as(&doc, Reason::Running),
        ["RHEINPFALZ", "Dienstag, 3. März 2026"]
    );
    assert_eq!(removed_as(&doc, Reason::PageNumber), ["7"]);
    assert_eq!(
        removed_as(&doc, Reason::Caption),
        ["Die Anlegestelle in Speyer wird bis April umgebaut. FOTO: LENZ"]
    );
    assert_eq!(removed_as(&doc, Reason::Dateline), ["VON KLAUS MEIER"]);
    // The other story and the advertisement are not glued on.
    let others = removed_as(&doc, Reason::NextArticle);
    assert!(others.contains(&"Kurz notiert"), "{others:?}");
    assert!(
        others.iter().any(|t| t.contains("Stadtbibliothek")),
        "{others:?}"
    );
    assert!(
        others.iter().any(|t| t.contains("AUTOHAUS WEBER")),
        "{others:?}"
    );
    // Each paragraph keeps the lines of the file it was read from.
    let text = german_page();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert!(doc.paragraphs[0].lines[0] <= line_of("CONTENT=\"neue\""));
    assert!(doc.paragraphs[4].lines[1] >= line_of("CONTENT=\"beobachten\""));
    let jump = doc
        .removed
        .iter()
        .find(|r| r.reason == Reason::Jump)
        .unwrap();
    assert!(jump.lines[0] > doc.paragraphs[4].lines[1]);
}

/// A page of ALTO 2 without styles (sizes are the lines' heights) in
/// French: paragraphs end in short lines, not indents; words broken with
/// a bare hyphen mark.
fn french_page(closing: &str) -> String {
    let blocks = [
        B {
            x: 100,
            y: 200,
            w: 1800,
            style: "",
            h: 90,
            lines: &[(0, "Le tramway arrive à Tours-Nord")],
        },
        B {
            x: 100,
            y: 400,
            w: 800,
            style: "",
            h: 34,
            lines: &[
                (0, "Les travaux du prolongement com~"),
                (0, "menceront en juin, a annoncé le"),
                (0, "maire lors du conseil de lundi."),
                (0, "Il durera deux ans."),
                (0, "La ligne desservira le quartier de"),
                (0, "l'Europe et la gare. Le coût atteint"),
                (0, "cent vingt millions d'euros, dont un"),
                (0, "tiers payé par la Région Centre-Val~"),
                (0, "Loire. Les commerçants craignent la"),
                (0, closing),
            ],
        },
    ];
    alto("v2", "", &blocks)
}

#[test]
fn without_styles_the_lines_heights_tell_the_type_and_short_lines_end_paragraphs() {
    let doc = read(
        "nr_2026_04_02.xml",
        &french_page("poussière et les bouchons."),
    );
    assert_eq!(doc.title.as_deref(), Some("Le tramway arrive à Tours-Nord"));
    assert_eq!(
        texts(&doc),
        [
            "Les travaux du prolongement commenceront en juin, a annoncé le maire lors du conseil de lundi. Il durera deux ans.",
            "La ligne desservira le quartier de l'Europe et la gare. Le coût atteint cent vingt millions d'euros, dont un tiers payé par la Région Centre-Val-Loire. Les commerçants craignent la poussière et les bouchons.",
        ]
    );
    assert!(!doc.truncated);
    assert!(doc.removed.is_empty(), "{:?}", doc.removed);
}

#[test]
fn words_without_spaces_marked_are_spaced_unless_they_are_ideographs() {
    let line = |words: &[&str]| {
        let strings: String = (words.iter())
            .map(|w| format!("<String CONTENT=\"{w}\"/>"))
            .collect();
        format!("<TextBlock><TextLine>{strings}</TextLine></TextBlock>")
    };
    let page = |blocks: &str| {
        format!(
            "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\"><Layout><Page><PrintSpace>{blocks}</PrintSpace></Page></Layout></alto>"
        )
    };
    let latin = page(&line(&[
        "Die", "Brücke", "ist", "seit", "Montag", "wieder", "offen.",
    ]));
    let p = read_page(&latin, "x.xml").unwrap();
    assert_eq!(
        p.blocks[0].lines[0].text,
        "Die Brücke ist seit Montag wieder offen."
    );
    let japanese = page(&line(&[
        "橋", "は", "月", "曜", "日", "に", "再", "開", "し", "た", "。",
    ]));
    let p = read_page(&japanese, "x.xml").unwrap();
    assert_eq!(p.blocks[0].lines[0].text, "橋は月曜日に再開した。");
    // An ALTO file with no geometry at all is read in the order written.
    let doc = read("x.xml", &latin);
    assert_eq!(texts(&doc), ["Die Brücke ist seit Montag wieder offen."]);
}

/// Two stories side by side, each under its own headline: the longer is
/// the article, wherever it stands.
#[test]
fn of_two_stories_the_longer_is_the_article_and_the_other_is_removed() {
    let blocks = [
        B {
            x: 100,
            y: 300,
            w: 1300,
            style: "HL",
            h: 100,
            lines: &[(0, "Feira do livro abre sábado")],
        },
        B {
            x: 100,
            y: 450,
            w: 1300,
            style: "BODY",
            h: 36,
            lines: &[(0, "A feira reúne quarenta editoras no largo da Sé.")],
        },
        B {
            x: 1550,
            y: 300,
            w: 1300,
            style: "HL",
            h: 100,
            lines: &[(0, "Ponte fecha para obras")],
        },
        B {
            x: 1550,
            y: 450,
            w: 1300,
            style: "BODY",
            h: 36,
            lines: &[
                (
                    30,
                    "A ponte velha fecha ao trânsito a partir de segunda-feira",
                ),
                (0, "para obras de reforço que vão durar três meses."),
                (
                    30,
                    "Os autocarros passam a circular pela ponte nova, com mais",
                ),
                (0, "dez minutos de viagem nas horas de ponta."),
            ],
        },
    ];
    let doc = read("jn_p12.xml", &alto("v4", GERMAN_STYLES, &blocks));
    assert_eq!(doc.title.as_deref(), Some("Ponte fecha para obras"));
    assert_eq!(texts(&doc).len(), 2, "{:?}", texts(&doc));
    assert!(texts(&doc)[0].starts_with("A ponte velha fecha"));
    assert_eq!(
        removed_as(&doc, Reason::NextArticle),
        [
            "Feira do livro abre sábado",
            "A feira reúne quarenta editoras no largo da Sé."
        ]
    );
}

#[test]
fn text_of_the_body_at_the_foot_of_the_page_is_no_running_foot() {
    // The last line of a column stands at the page's bottom edge, in the
    // body's type: it is text, and the page number beside it is not.
    let blocks = [
        B {
            x: 100,
            y: 300,
            w: 1300,
            style: "HL",
            h: 100,
            lines: &[(0, "Sneeuw legt verkeer stil")],
        },
        B {
            x: 100,
            y: 3700,
            w: 1300,
            style: "BODY",
            h: 36,
            lines: &[
                (
                    30,
                    "Op de snelwegen stonden gisteren files van honderden kilometers.",
                ),
                (0, "De politie vroeg automobilisten thuis te blijven."),
            ],
        },
        B {
            x: 100,
            y: 3900,
            w: 1300,
            style: "BODY",
            h: 36,
            lines: &[(30, "Vandaag wordt opnieuw sneeuw verwacht.")],
        },
        B {
            x: 2800,
            y: 3900,
            w: 60,
            style: "HEAD",
            h: 36,
            lines: &[(0, "11")],
        },
    ];
    let doc = read("p11.xml", &alto("v4", GERMAN_STYLES, &blocks));
    assert_eq!(texts(&doc).len(), 2, "{:?}", texts(&doc));
    assert_eq!(texts(&doc)[1], "Vandaag wordt opnieuw sneeuw verwacht.");
    assert_eq!(removed_as(&doc, Reason::PageNumber), ["11"]);
}

#[test]
fn other_xml_is_read_as_before_and_alto_without_text_has_none() {
    // Not ALTO: a feed, a root whose name only starts so, a text about ALTO.
    for t in [
        "<?xml version=\"1.0\"?><rss><channel><title>x</title></channel></rss>",
        "<altoConfig><String CONTENT=\"x\"/></altoConfig>",
        "The <alto> element opens an ALTO file.",
    ] {
        assert!(!is_alto(t), "{t}");
        assert!(article(t, "x.xml").unwrap().is_none(), "{t}");
    }
    // An ALTO file of a page with only a picture and empty blocks.
    let empty = alto(
        "v4",
        GERMAN_STYLES,
        &[
            B {
                x: 100,
                y: 100,
                w: 900,
                style: "",
                h: 900,
                lines: &[],
            },
            B {
                x: 100,
                y: 1100,
                w: 900,
                style: "BODY",
                h: 30,
                lines: &[(0, "")],
            },
        ],
    );
    assert!(is_alto(&empty));
    // No text, rather than its markup read as text.
    let doc = read("empty.xml", &empty);
    assert!(doc.paragraphs.is_empty(), "{:?}", texts(&doc));
    assert!(doc.title.is_none());
    assert!(
        (doc.warnings.iter()).any(|w| w.kind == crate::ingest::warning::NoteKind::NoText),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_broken_alto_file_is_an_error_naming_its_line() {
    let broken = "<?xml version=\"1.0\"?>\n<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\">\n<Layout><Page>\n<TextBlock><TextLine><String CONTENT=\"Eine\"/></TextBlock>\n</Page></Layout></alto>\n";
    let e = article(broken, "sources/x/p1.xml").unwrap_err();
    let shown = e.render();
    assert!(shown.contains("sources/x/p1.xml:4"), "{shown}");
    assert!(shown.contains("ALTO file"), "{shown}");
}

#[test]
fn a_word_mended_whole_leaves_out_its_second_half_only() {
    let page = "<alto><Layout><Page><PrintSpace><TextBlock>\
        <TextLine><String CONTENT=\"Saa\"/><SP/><String CONTENT=\"kaupun\" SUBS_TYPE=\"HypPart1\" SUBS_CONTENT=\"kaupungin\"/><HYP CONTENT=\"-\"/></TextLine>\
        <TextLine><String CONTENT=\"gin\" SUBS_TYPE=\"HypPart2\" SUBS_CONTENT=\"kaupungin\"/><SP/><String CONTENT=\"gin\"/><SP/><String CONTENT=\"valtuusto\"/></TextLine>\
        <TextLine><String CONTENT=\"EU\"/><HYP CONTENT=\"-\"/></TextLine>\
        <TextLine><String CONTENT=\"Kommission\"/><SP/><String CONTENT=\"kokoontui\"/><SP/><String CONTENT=\"eilen.\"/></TextLine>\
        </TextBlock></PrintSpace></Page></Layout></alto>";
    let p = read_page(page, "x.xml").unwrap();
    let lines: Vec<(&str, bool)> = (p.blocks[0].lines.iter())
        .map(|l| (l.text.as_str(), l.broken))
        .collect();
    assert_eq!(
        lines,
        [
            ("Saa kaupungin", false),
            ("gin valtuusto", false),
            ("EU", true),
            ("Kommission kokoontui eilen.", false)
        ]
    );
    let doc = read("x.xml", page);
    assert_eq!(
        texts(&doc),
        ["Saa kaupungin gin valtuusto EU-Kommission kokoontui eilen."]
    );
}
