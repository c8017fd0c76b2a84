//! Tests of [`super`]: texts laid out as on a page, and texts that only
//! look like them.

use super::*;
use crate::ingest::ingest_str_for_tests as ingest;

/// `rows` set on a page as a layout-preserving reader writes them: each
/// after a margin of `margin` columns and padded with spaces to `width`
/// (blank rows too).
fn page(rows: &[&str], margin: usize, width: usize) -> String {
    rows.iter()
        .map(|r| {
            let line = if r.is_empty() {
                String::new()
            } else {
                format!("{}{r}", " ".repeat(margin))
            };
            format!("{line:<width$}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn lines(read: &LaidOut) -> Vec<&str> {
    read.in_order.text.split('\n').collect()
}

const BRIDGE: [&str; 22] = [
    "RIVERTON GAZETTE          4 June 2027              Page 7",
    "",
    "Bridge    repairs    will    close",
    "",
    "the ferry road for the summer",
    "",
    "Anna Colebrook",
    "",
    "The county began work on Monday on the old stone bridge over the Teme,",
    "a job its engineers expect to take most of the summer and to cost far",
    "",
    "more than the council set aside for it in the spring budget of the year.",
    "  Drivers will be sent along the ferry road, which adds nine miles to",
    "the trip between the two market towns and passes three of the schools",
    "",
    "of the district on the way, at the hours the children arrive and leave.",
    "  The bridge was last repaired in 1988, when a lorry struck the parapet.",
    "",
    "Detours",
    "",
    "Buses will keep to their timetable, the operator said on Tuesday night.",
    "",
];

#[test]
fn a_padded_page_loses_its_margin_and_the_blank_lines_inside_paragraphs() {
    let text = page(&BRIDGE, 10, 90);
    let read = read(&text).expect("laid out");
    let got = lines(&read);
    // The margin is gone, the first lines' indents stay.
    assert!(
        got.contains(&"The county began work on Monday on the old stone bridge over the Teme,")
    );
    assert!(got.contains(&"  Drivers will be sent along the ferry road, which adds nine miles to"));
    // A sentence running on in lower case across a blank line: closed.
    let far = got
        .iter()
        .position(|l| l.ends_with("to cost far"))
        .expect("line");
    assert!(got[far + 1].starts_with("more than the council"));
    // Under a full line that does not end a sentence: closed.
    let schools = got
        .iter()
        .position(|l| l.ends_with("three of the schools"))
        .expect("line");
    assert!(got[schools + 1].starts_with("of the district"));
    // The headline's lines run on: closed.
    let close = got
        .iter()
        .position(|l| l.ends_with("will    close"))
        .expect("line");
    assert_eq!(got[close + 1], "the ferry road for the summer");
    // Around the heading, and between the byline and the text: kept.
    let detours = got.iter().position(|l| *l == "Detours").expect("heading");
    assert_eq!((got[detours - 1], got[detours + 1]), ("", ""));
    let name = got
        .iter()
        .position(|l| *l == "Anna Colebrook")
        .expect("name");
    assert_eq!(got[name + 1], "");
    // Each line read is known by the source's.
    let no = read.in_order.source_line(far + 2);
    assert_eq!(no, 12, "the line after the closed gap is the source's 12th");
    assert!(read.taken.is_empty());
}

#[test]
fn a_padded_page_reads_as_its_paragraphs() {
    let doc = ingest(&page(&BRIDGE, 12, 88));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(
        texts.iter().any(|t| t.starts_with("The county began")
            && t.ends_with("spring budget of the year.")),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Drivers will be sent")
                && t.ends_with("children arrive and leave.")),
        "{texts:#?}"
    );
}

#[test]
fn short_paragraphs_indent_as_many_lines_as_they_leave_flush() {
    // Paragraphs of two lines each: the indented first lines are as many
    // as the flush ones, and more where the last is alone; the margin is
    // still the flush lines' one.
    let rows = [
        "Kolej regionalna wraca na trasę",
        "",
        " Pociągi między Nowym Targiem a Zakopanem wrócą na tory w czerwcu, po",
        "dwóch latach przerwy i remontu całej linii wraz z jej mostami.",
        " Przewoźnik zapowiada osiem kursów dziennie w każdą stronę, a w sezonie",
        "",
        "letnim nawet dwanaście, jeśli pozwoli na to liczba wagonów w zajezdni.",
        " Bilety będzie można kupić w automatach na każdej stacji oraz w aplikacji.",
        " Samorząd województwa dopłaci do każdego kursu, jak zapowiedział w maju.",
        " Mieszkańcy od lat domagali się powrotu pociągów na tę trasę górską.",
        " Pierwszy pociąg odjedzie z Nowego Targu w sobotę o szóstej rano, a do",
        "Zakopanego dotrze po czterdziestu minutach jazdy przez nowe przystanki.",
    ];
    let text = page(&rows, 9, 84);
    let read = read(&text).expect("laid out");
    let got = lines(&read);
    assert!(got.contains(&"dwóch latach przerwy i remontu całej linii wraz z jej mostami."));
    // A first line indented by one column keeps two, as text marks one.
    assert!(
        got.contains(
            &"  Bilety będzie można kupić w automatach na każdej stacji oraz w aplikacji."
        )
    );
    let i = got
        .iter()
        .position(|l| l.ends_with("a w sezonie"))
        .expect("line");
    assert!(got[i + 1].starts_with("letnim nawet"), "{got:#?}");
    let doc = ingest(&text);
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.text.starts_with("Przewoźnik zapowiada")
                && p.text.ends_with("liczba wagonów w zajezdni.")),
        "{:#?}",
        doc.paragraphs
    );
}

#[test]
fn a_capitalised_word_runs_on_under_a_full_line() {
    // German capitalises its nouns: a sentence runs on across the blank
    // line under a full line that does not end it.
    let rows = [
        "Die Gemeinde will die Brücke im Sommer sanieren lassen, wie der Rat",
        "am Montag beschlossen hat. Die Kosten liegen nach ersten Schätzungen",
        "",
        "Berechnungen zufolge bei rund vier Millionen Euro für das Bauwerk.",
        "  Für die Zeit der Arbeiten wird eine Umleitung über die Fährstraße",
        "eingerichtet, die den Weg zwischen den beiden Orten verlängert und",
        "an drei Schulen vorbeiführt, wie die Verwaltung am Dienstag mitteilte.",
        "  Die Brücke wurde zuletzt 1988 instand gesetzt, als ein Lastwagen",
        "das Geländer gerammt hatte und die Fahrbahn beschädigt worden war.",
    ];
    let read = read(&page(&rows, 8, 84)).expect("laid out");
    let got = lines(&read);
    let i = got
        .iter()
        .position(|l| l.ends_with("Schätzungen"))
        .expect("line");
    assert!(got[i + 1].starts_with("Berechnungen"), "{got:#?}");
}

#[test]
fn a_page_that_indents_paragraphs_keeps_no_blank_between_full_lines() {
    // Where indents mark paragraphs, a blank line between two full lines
    // marks nothing, even after a sentence's end.
    let rows = [
        "  La municipalité a lancé lundi les travaux du vieux pont de pierre.",
        "Les ingénieurs prévoient tout l'été de chantier, pour un coût bien",
        "supérieur à ce que le conseil avait prévu au budget du printemps.",
        "",
        "Les automobilistes passeront par la route du bac, plus longue de dix",
        "kilomètres, qui longe trois écoles aux heures d'entrée et de sortie.",
        "  Le pont avait été réparé pour la dernière fois en 1988, après qu'un",
        "camion eut heurté le parapet et endommagé la chaussée du tablier.",
        "  Les bus garderont leurs horaires, a indiqué l'exploitant mardi soir,",
        "et des agents seront postés aux carrefours les plus fréquentés.",
    ];
    let read = read(&page(&rows, 6, 80)).expect("laid out");
    let got = lines(&read);
    let i = got
        .iter()
        .position(|l| l.ends_with("budget du printemps."))
        .expect("line");
    assert!(got[i + 1].starts_with("Les automobilistes"), "{got:#?}");
}

const NOTES_PAGE: [&str; 20] = [
    "El río creció otra vez en marzo, y el agua llegó a las puertas del",
    "molino viejo, como en 1998 y en 2011.1 El ayuntamiento prometió",
    "entonces que sería la última vez, y encargó un estudio del cauce.",
    "  Ese estudio, publicado el año pasado, calcula que un muro de dos",
    "kilómetros costaría catorce millones de euros,2 una cifra que el",
    "municipio no puede pagar sin un préstamo a treinta años, que los",
    "vecinos devolverían con un recargo en el recibo del agua que pagan.",
    "  Los agricultores de aguas arriba, según el informe, drenaron sus",
    "campos hace dos décadas, y desde entonces el agua baja más deprisa y",
    "",
    "",
    "1 Confederación Hidrográfica, Informe de avenidas 2027, p. 12.",
    "2 Pleno municipal del 4 de marzo de 2028, acta número 3.",
    "",
    "",
    "                              12",
    "",
    "llega antes a las casas del pueblo, que quedan en la llanura baja.",
    "  Los vecinos votarán el plan en junio, en una consulta abierta.",
    "",
];

#[test]
fn footnotes_at_a_pages_foot_and_their_marks_are_taken_out() {
    let text = page(&NOTES_PAGE, 10, 86);
    let read = read(&text).expect("laid out");
    let got = lines(&read);
    assert!(got.contains(&"molino viejo, como en 1998 y en 2011. El ayuntamiento prometió"));
    assert!(got.contains(&"kilómetros costaría catorce millones de euros, una cifra que el"));
    assert!(!got.iter().any(|l| l.contains("Confederación")), "{got:#?}");
    let notes: Vec<&str> = read
        .taken
        .iter()
        .filter(|t| t.2 == Reason::Footnote)
        .map(|t| t.0.as_str())
        .collect();
    assert_eq!(notes.len(), 4, "two marks and two notes: {notes:?}");
    assert!(notes.contains(&"1 Confederación Hidrográfica, Informe de avenidas 2027, p. 12."));
    assert!(notes.contains(&"1") && notes.contains(&"2"));
    // Each piece is known by its line.
    for (piece, no, _) in &read.taken {
        let source = read.in_order.source_line(*no);
        let raw = NOTES_PAGE[source - 1];
        assert!(raw.contains(piece.as_str()), "{piece} at {source}: {raw}");
    }
    // The paragraph cut by the notes and the page number reads whole.
    let doc = ingest(&text);
    assert!(
        doc.paragraphs.iter().any(|p| p
            .text
            .contains("baja más deprisa y llega antes a las casas")),
        "{:#?}",
        doc.paragraphs
    );
    assert!(
        doc.paragraphs
            .iter()
            .all(|p| !p.text.contains("Confederación"))
    );
}

#[test]
fn footnotes_in_text_not_laid_out_are_taken_too() {
    // pdftotext's layout sets the text flush left, with no padding; the
    // notes at the page's foot are the same, and so are raised marks.
    let mut rows: Vec<String> = NOTES_PAGE.iter().map(|r| r.to_string()).collect();
    rows[1] = rows[1].replace("2011.1", "2011.¹");
    rows[11] = rows[11].replacen('1', "¹", 1);
    let read = read(&rows.join("\n")).expect("notes");
    let got = lines(&read);
    assert!(got.contains(&"molino viejo, como en 1998 y en 2011. El ayuntamiento prometió"));
    assert!(got.contains(&"  Ese estudio, publicado el año pasado, calcula que un muro de dos"));
    assert!(read.taken.iter().any(|t| t.0 == "¹"));
}

#[test]
fn numbered_lines_without_marks_are_no_footnotes() {
    // A list closing the text, numbered like notes, but nothing above
    // carries its numbers as marks: it stays.
    let mut rows: Vec<&str> = NOTES_PAGE[..9].to_vec();
    rows[1] = "molino viejo, como en 1998 y en 2011. El ayuntamiento prometió";
    rows[4] = "kilómetros costaría catorce millones de euros, una cifra que el";
    rows.extend([
        "",
        "1 Reforzar el muro del molino antes del otoño.",
        "2 Limpiar el cauce.",
    ]);
    assert!(read(&rows.join("\n")).is_none());
    // Nor are numbered lines in the middle of a page, with text below.
    let mut rows: Vec<&str> = NOTES_PAGE[..9].to_vec();
    rows.extend([
        "",
        "1 Confederación Hidrográfica.",
        "2 Pleno municipal.",
        "",
    ]);
    rows.extend(NOTES_PAGE[17..19].iter().copied());
    assert!(read(&rows.join("\n")).is_none(), "not at a page's foot");
}

#[test]
fn marks_are_glued_numbers_only() {
    assert_eq!(mark_at("en 2011.1 El", "1"), Some((8, 9)));
    assert_eq!(mark_at("water pipes3 and", "3"), Some((11, 12)));
    assert_eq!(mark_at("el informe¹ dice", "¹"), Some((10, 12)));
    // Counter-examples: a figure, a year, a name with a number, a range.
    assert_eq!(mark_at("about 1 in 10 homes", "1"), None);
    assert_eq!(mark_at("in 2011 and 2012", "1"), None);
    assert_eq!(mark_at("the G7 summit", "7"), None);
    assert_eq!(mark_at("Covid-19 cases", "19"), None);
    assert_eq!(mark_at("pages 12-14", "2"), None);
}

#[test]
fn note_numbers() {
    assert_eq!(note_number("1 Nota del editor."), Some(1));
    assert_eq!(note_number("12. Ibid., p. 4."), Some(12));
    assert_eq!(note_number("3) „Zitat“ nach Quelle."), Some(3));
    assert_eq!(note_number("² Voir plus haut."), Some(2));
    for t in [
        "2028 was a dry year.",
        "1 000 euros",
        "0 Null",
        "1",
        "7,5 Prozent",
    ] {
        assert_eq!(note_number(t), None, "{t}");
    }
}

#[test]
fn text_that_only_looks_laid_out_is_left_alone() {
    // A poem indented as a whole, its stanzas running on in lower case.
    let poem = [
        "    the river keeps the names of all the towns",
        "    it passed on its way down to the sea",
        "",
        "    and every spring it reads them out again",
        "    to the willows bending over the old weir",
        "",
        "    who never answer, only lean a little closer",
        "    as if the water had a secret still to tell",
    ]
    .join("\n");
    assert!(read(&poem).is_none());
    // An indented quotation in a text not laid out.
    let quoted = [
        "The mayor read the letter aloud at the start of the meeting:",
        "",
        "    We the undersigned ask the council to keep the ferry road",
        "    open to lorries during the repairs, for the sake of the mill",
        "",
        "    and of the farms that depend on it for their deliveries.",
        "",
        "Nobody spoke against it, and the motion passed without a vote.",
        "The council will publish the detour plan before the work starts.",
        "It expects the bridge to reopen to traffic by the end of October.",
    ]
    .join("\n");
    assert!(read(&quoted).is_none());
    // Code, indented as a whole.
    let code = "    fn main() {\n        let x = compute_the_value(1, 2, 3);\n\n        println!(\"{x} is the value we wanted\");\n    }\n";
    assert!(read(code).is_none());
    // A table with wide gaps between its columns, padded to one width.
    let table: Vec<String> = [
        "Town            Homes      Cost (millions)     Opened",
        "Riverton        1 200      14.0                2027",
        "Ashby Parva     340        3.1                 2025",
        "Lower Teme      95         0.8                 2026",
        "",
        "The figures above are those the county gave in its spring report.",
        "They do not include the cost of the detours during the works.",
        "The county will publish the final figures in the autumn report.",
    ]
    .iter()
    .map(|r| format!("{r:<72}"))
    .collect();
    let read_table = read(&table.join("\n"));
    assert!(
        read_table.as_ref().is_none_or(|r| {
            let got = lines(r);
            got.len() == table.len() && got[0].starts_with("Town            Homes")
        }),
        "{read_table:?}"
    );
}
