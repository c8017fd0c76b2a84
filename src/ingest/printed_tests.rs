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
