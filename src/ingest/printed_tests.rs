//! Newspaper and magazine pages as a PDF reader gives their text: a
//! headline the page set in large type broken over lines, the deck under
//! it, a caption, the byline, columns of hard-wrapped text, page feet with
//! the page's number, running heads, and the briefs after the article.

use super::ingest_str_for_tests as read;
use super::removed_for_tests as removed;
use super::rules::Reason;

/// A page's header and the first lines of its text (a narrow column), in
/// English: the headline's last word alone, the deck on one line, the
/// caption, the byline naming two writers.
const HARBOUR: &str = "\
B2 • LOCAL • HARBOUR GAZETTE • Friday, May 5, 2028
Ferry terminal upgrade wins approval from
council
Construction on the new passenger hall could start before the summer season
Passengers queue at the old terminal on Monday. The
hall is to be replaced by a larger building. – Photo:
Ana Lindqvist
By Tomas Ferreira and Judith Okafor
The town council on Thursday approved
the long-delayed upgrade of the ferry ter-
minal, ending a dispute over its cost that
has held up the project for six years.
The new hall will seat three hundred pas-
sengers and give the island's two ferry
lines a covered walkway to the quay, the
harbour master said after the vote.
“We have waited long enough for this,”
said councillor Maria Evans. “The old hall
was never meant to last forty years.”
harbourgazette.com        — 1 —         Harbour Gazette
B2 • LOCAL             HARBOUR GAZETTE             Friday, May 5, 2028
Work on the quay is to begin in June.
IN BRIEF
Library closed for repairs
The town library will be closed on Tuesday
and Wednesday while its roof is repaired.
harbourgazette.com        — 2 —         Harbour Gazette
";

#[test]
fn a_printed_headline_over_its_deck_caption_and_byline() {
    let doc = read(HARBOUR);
    assert_eq!(
        doc.title.as_deref(),
        Some("Ferry terminal upgrade wins approval from council")
    );
    assert_eq!(
        doc.subtitle.as_deref(),
        Some("Construction on the new passenger hall could start before the summer season")
    );
    assert_eq!(doc.authors, ["Tomas Ferreira", "Judith Okafor"]);
    let first = &doc.paragraphs[0].text;
    assert!(first.starts_with("The town council on Thursday"), "{first}");
    // The page's feet, with its number, are no text.
    assert_eq!(
        removed(&doc, Reason::PageNumber).len(),
        2,
        "{:#?}",
        doc.removed
    );
    assert!(
        doc.paragraphs
            .iter()
            .all(|p| !p.text.contains("harbourgazette.com"))
    );
    // The briefs after the article are other stories.
    let next = removed(&doc, Reason::NextArticle);
    assert_eq!(
        next.first().map(String::as_str),
        Some("IN BRIEF"),
        "{next:?}"
    );
    assert!(doc.paragraphs.iter().all(|p| !p.text.contains("library")));
    let last = &doc.paragraphs.last().expect("paragraphs").text;
    assert_eq!(last, "Work on the quay is to begin in June.");
    assert!(!doc.truncated);
}

#[test]
fn the_same_page_in_german_and_spanish() {
    let de = "\
Neue Fähre für die Insel nimmt die
letzte Hürde
Der Kreistag gibt das Geld frei, der Bau kann noch im Sommer beginnen
Von Jana Albrecht und Peter Wolff
Der Kreistag hat am Donnerstag den Bau
der neuen Fähre beschlossen und damit ei-
nen Streit beendet, der das Vorhaben seit
sechs Jahren aufgehalten hatte.
Die Fähre soll dreihundert Fahrgäste fas-
sen und die Überfahrt um zehn Minuten
verkürzen, sagte der Landrat nach der Sitzung.
";
    let doc = read(de);
    assert_eq!(
        doc.title.as_deref(),
        Some("Neue Fähre für die Insel nimmt die letzte Hürde"),
        "{:#?}",
        doc.paragraphs
    );
    assert_eq!(doc.authors, ["Jana Albrecht", "Peter Wolff"]);

    let es = "\
El ayuntamiento aprueba la reforma del
puerto
Las obras del nuevo muelle podrían empezar antes del verano
Por Lucía Serrano y Andrés Molina
El pleno del ayuntamiento aprobó el jueves
la reforma del puerto deportivo, tras seis
años de disputas sobre su coste.
La nueva dársena tendrá sitio para tres-
cientos barcos, según explicó el alcalde
al terminar la sesión.
Los pescadores, que usan el muelle viejo
desde hace décadas, pidieron que se les
reserve una parte de los amarres nuevos.
";
    let doc = read(es);
    assert_eq!(
        doc.title.as_deref(),
        Some("El ayuntamiento aprueba la reforma del puerto")
    );
    assert_eq!(
        doc.subtitle.as_deref(),
        Some("Las obras del nuevo muelle podrían empezar antes del verano")
    );
    assert!(
        doc.paragraphs[0]
            .text
            .starts_with("El pleno del ayuntamiento")
    );
}

#[test]
fn a_sentence_over_a_byline_is_no_broken_headline() {
    // Counter-example: a paragraph's first lines in lower case over a
    // byline are not a headline and its tail.
    let text = "\
the council said on Thursday that the
ferry would run again from Monday
By Tomas Ferreira
The town council on Thursday approved the upgrade of the ferry terminal.
";
    let doc = read(text);
    assert_ne!(
        doc.title.as_deref(),
        Some("the council said on Thursday that the ferry would run again from Monday")
    );
}

#[test]
fn a_briefs_label_inside_the_text_or_at_its_top_cuts_nothing() {
    // "In brief" over a summary at the top, and as the text's last line,
    // stays: only a label under the text with more under it starts the
    // briefs.
    let text = "\
In brief

The council approved the ferry terminal upgrade on Thursday.

The new hall will seat three hundred passengers, the harbour master said.

Work on the quay is to begin in June, and the hall should open next spring.

In brief
";
    let doc = read(text);
    assert!(
        removed(&doc, Reason::NextArticle).is_empty(),
        "{:#?}",
        doc.removed
    );
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.text.contains("Work on the quay"))
    );
}

#[test]
fn the_running_head_over_the_first_page_is_no_headline() {
    // A running head repeats at each page's top; over the first page no
    // page mark stands, but it is the same line.
    let text = "\
THE VALLEY REVIEW   3 May 2028   No. 18

The mill that floods every winter

Towns along the valley are paying for flood walls they cannot afford.

When the water came up to the steps of the old mill last winter, nobody in the village was surprised. It had happened before, and each time the council promised that it would be the last time, and that a wall would be built.

41

THE VALLEY REVIEW   3 May 2028   No. 18

This year the council has a plan. It wants to build a wall of concrete and earth along two kilometres of the bank.
";
    let doc = read(text);
    assert_eq!(
        doc.title.as_deref(),
        Some("The mill that floods every winter")
    );
    assert_eq!(
        removed(&doc, Reason::Running).len(),
        2,
        "{:#?}",
        doc.removed
    );
    // Counter-example: a headline repeated as the last line is no running
    // head when no page mark stands by it.
    let text = "\
The mill that floods every winter

When the water came up to the steps of the old mill last winter, nobody in the village was surprised. It had happened before, and each time the council promised that it would be the last time.

This year the council has a plan. It wants to build a wall of concrete and earth along two kilometres of the bank.

The mill that floods every winter
";
    let doc = read(text);
    assert_eq!(
        doc.title.as_deref(),
        Some("The mill that floods every winter")
    );
    assert!(removed(&doc, Reason::Running).is_empty());
}

#[test]
fn a_note_on_the_fund_that_paid_for_the_reporting_is_no_text() {
    let text = "\
The mill that floods every winter

When the water came up to the steps of the old mill last winter, nobody in the village was surprised.

This year the council has a plan. It wants to build a wall of concrete and earth along the bank.

This story was produced with support from the Valley Reporting Fund.
";
    let doc = read(text);
    assert_eq!(doc.paragraphs.len(), 2, "{:#?}", doc.paragraphs);
    assert_eq!(
        removed(&doc, Reason::Trailer),
        ["This story was produced with support from the Valley Reporting Fund."]
    );
}

/// An e-paper page as `pdftotext -layout` gives it: a running head with the
/// issue's date, paragraphs marked by a first-line indent and no blank
/// line between them, a page foot with the page's number, and the
/// article going on on the next page (`first`, then `second`). `top`:
/// what stands over the first indented paragraph.
fn indented_page(head: &str, site: &str, top: &str, first: &str, second: &str) -> String {
    format!(
        "{head}\n\n\n{top}\n{first}\n\n\n\n{site}                             Seite 22\n\x0c\
         {head}\n\n\n{second}\n\n\n\n{site}                              Seite 23\n\x0c"
    )
}

const GRAZ_HEAD: &str =
    "STEIERMARK             Grazer Blatt\n                        Montag, 6. April 2026";

const ICE_FIRST: &str = "   Sieben Wochen nach dem Wasserschaden in der Eis-
halle kann der Eishockeyverein wieder auf das
eigene Eis. Die Reparatur der Kühlrohre unter
der Fläche kostete rund 400.000 Euro, deutlich
mehr, als die Stadt zunächst angenommen hatte.
   Besonders betroffen waren die Nachwuchsteams,
die in dieser Zeit in andere Hallen aus-
weichen mussten. Die Eltern organisierten dafür
eigene Fahrgemeinschaften.";

const ICE_SECOND: &str = "   Auch die Schulen im Bezirk nutzen die Halle für
den Turnunterricht. Die Stadt will die Anlage in
den kommenden Jahren weiter modernisieren und
eine zweite Eisfläche prüfen lassen.
   Der Gemeinderat berät im Juni über das Budget.";

#[test]
fn flush_lines_over_the_first_indented_paragraph_are_the_header() {
    // German: the rubric, the headline broken over three lines, the
    // standfirst and the byline, flush, over the first indented paragraph.
    let top = "SPORT


Eishalle: Nach
sieben Wochen wieder
Training möglich
Die Sanierung der Eisfläche im Stadtteil
dauerte länger als geplant. Der Verein
beginnt nun mit dem Sommertraining.
Von Maria Hofer
";
    let d = read(&indented_page(
        GRAZ_HEAD,
        "grazerblatt.at",
        top,
        ICE_FIRST,
        ICE_SECOND,
    ));
    assert_eq!(
        d.title.as_deref(),
        Some("Eishalle: Nach sieben Wochen wieder Training möglich")
    );
    assert_eq!(
        d.subtitle.as_deref(),
        Some(
            "Die Sanierung der Eisfläche im Stadtteil dauerte länger als geplant. Der Verein beginnt nun mit dem Sommertraining."
        )
    );
    assert_eq!(d.authors, ["Maria Hofer"]);
    assert!(d.removed.iter().any(|r| r.text == "SPORT"));
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(texts[0].starts_with("Sieben Wochen nach dem Wasserschaden"));
    // English, the headline's first line ending on a colon.
    let head =
        "COAST                  Harbour Courier\n                        Tuesday, 7 July 2026";
    let top = "WEATHER


Storm: after
three days the ferries
sail again
The crossing to the islands had been
closed since Friday. The first boat left
the harbour at six this morning.
By Peter Lindqvist
";
    let first = "   Three days after the storm closed the har-
bour, the ferries to the islands were running
again on Tuesday. The port authority said the
quays had been checked overnight and that no
damage had been found on the ramps.
   Hundreds of travellers had waited in the
town since the weekend, many of them in the
school gym the council opened for them.";
    let second = "   The ferry company said it would add two extra
crossings on Wednesday to carry the backlog of
lorries waiting at the terminal.
   More wind is forecast for the weekend.";
    let d = read(&indented_page(
        head,
        "harbourcourier.com",
        top,
        first,
        second,
    ));
    assert_eq!(
        d.title.as_deref(),
        Some("Storm: after three days the ferries sail again")
    );
    assert_eq!(d.authors, ["Peter Lindqvist"]);
    assert!(d.removed.iter().any(|r| r.text == "WEATHER"));
    assert_eq!(d.paragraphs.len(), 4, "{:?}", d.paragraphs);
}

#[test]
fn a_flush_first_paragraph_of_an_indented_text_stays() {
    // A chapter's first paragraph is flush, as books set it, and runs
    // straight on into the indented ones: no header.
    let top = "Chapter Two

";
    let first = "The river had risen in the night, and by
morning the lower fields were under water.
The farmers gathered at the bridge to look.
   Nobody could remember a flood like it. The
oldest of them said his father had spoken of
one, long before the dam was built upstream.";
    let second = "   By noon the water had reached the road and
the school sent the children home early, as
the buses could no longer get through.
   In the evening the rain stopped at last.";
    let d = read(&indented_page(
        GRAZ_HEAD,
        "grazerblatt.at",
        top,
        first,
        second,
    ));
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("The river had risen in the night")),
        "{texts:?}"
    );
    assert!(d.authors.is_empty());
    // Flush lines set apart over the indented paragraphs that make a
    // sentence are a paragraph, not a headline.
    let top = "Die Stadt teilte am Montag mit,
dass die Halle wieder offen ist.
";
    let d = read(&indented_page(
        GRAZ_HEAD,
        "grazerblatt.at",
        top,
        ICE_FIRST,
        ICE_SECOND,
    ));
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(
        texts.contains(&"Die Stadt teilte am Montag mit, dass die Halle wieder offen ist."),
        "{texts:?}"
    );
    assert_ne!(
        d.title.as_deref(),
        Some("Die Stadt teilte am Montag mit, dass die Halle wieder offen ist.")
    );
}
