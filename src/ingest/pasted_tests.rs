//! Articles saved or pasted as plain text from news sites: a table of
//! words pasted with tabs, a list the article leads into inside a page
//! copied whole, an agency's sign-off and the footer under it, a page's
//! title and address over the text, a toolbar's bar, photo credits closing
//! captions, an e-paper's page feet.

use super::ingest_str_for_tests as read;
use super::removed_for_tests as removed;
use super::rules::Reason;

fn texts(doc: &super::Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

const LEAD: &str = "The city council approved the new night timetable on Tuesday after a long debate about costs and the needs of shift workers.";
const NEXT: &str = "The opposition said the change would hurt people who work late, and promised to bring the matter back to the council in spring.";

#[test]
fn a_table_of_words_pasted_with_tabs_keeps_its_rows() {
    for table in [
        "Line\tNow\tFrom March\nMonday to Thursday\tone in the morning\tmidnight\nFriday and Saturday\tone in the morning\thalf past one\n",
        "Linea\tOggi\tDa marzo\nDal lunedì al giovedì\tl'una di notte\tmezzanotte\nVenerdì e sabato\tl'una di notte\tl'una e mezza\n",
        "구분\t지금\t3월부터\n평일 운행\t새벽 한 시\t자정\n주말 운행\t새벽 한 시\t새벽 두 시\n",
    ] {
        let doc = read(&format!("{LEAD}\n\n{table}\n{NEXT}\n"));
        let t = texts(&doc);
        assert_eq!(t.len(), 5, "{t:?}");
        assert_eq!(t[1].matches(" | ").count(), 2, "{t:?}");
        assert_eq!(t[2].matches(" | ").count(), 2, "{t:?}");
        assert!(removed(&doc, Reason::Table).is_empty(), "{:?}", doc.removed);
    }
    // Counter-examples: a table of figures goes as a table, its title
    // with it; two cells are fields and their values.
    let doc = read(&format!(
        "{LEAD}\nRésultats par quartier\nQuartier\tVotants\tPour\nCentre\t1 204\t61 %\nPort\t987\t48 %\n{NEXT}\n"
    ));
    assert_eq!(texts(&doc).len(), 2, "{:?}", texts(&doc));
    assert_eq!(removed(&doc, Reason::Table).len(), 4, "{:?}", doc.removed);
    let doc = read(&format!(
        "{LEAD}\n\nBY\tJane Doe\nPD\t3 May 2024\n\n{NEXT}\n"
    ));
    assert!(removed(&doc, Reason::Table).is_empty(), "{:?}", doc.removed);
    assert!(
        !texts(&doc).iter().any(|t| t.contains(" | ")),
        "{:?}",
        texts(&doc)
    );
}

/// A page copied whole from a browser: a menu, the header, the article
/// with `list` after the paragraph `intro`, then a list of the latest
/// stories and a footer.
fn page_with_list(intro: &str, list: &str) -> String {
    format!(
        "Skip to content\nThe Courier\nSubscribe\nLog in\n\n  * Home\n  * World\n  * Business\n  * Sport\n  * Culture\n\nNight buses will run on weekdays from January\n\nAnna Berg\n12 November 2027\n\n{LEAD}\n\nThe transport office said the trains cost too much to run at night for the few passengers who use them on weekdays.\n\n{intro}\n\n{list}\n{NEXT}\n\nThe council will vote on the budget for the new bus lines at its meeting in December, a spokesman said.\n\nLatest\n\n  * 07:02 Prices of flats rose again in the capital\n  * 06:48 The national team lost its last match of the year\n\nImprint  Privacy  Contact\n© 2027 The Courier\n"
    )
}

#[test]
fn a_list_the_article_leads_into_is_kept_in_a_page_copy() {
    for (intro, items) in [
        (
            "Passengers should expect the following changes:",
            [
                "buses replace the trains between the two bridges from March;",
                "the last trains on weekdays leave half an hour earlier;",
                "one station closes for the summer months.",
            ],
        ),
        (
            "Laut dem Verkehrsamt ändert sich Folgendes für die Fahrgäste:",
            [
                "zwischen den beiden Brücken fahren ab März Busse;",
                "die letzten Züge fahren werktags eine halbe Stunde früher;",
                "eine Station bleibt im Sommer geschlossen.",
            ],
        ),
    ] {
        let list: String = items.iter().map(|i| format!("  * {i}\n")).collect();
        let doc = read(&page_with_list(intro, &list));
        let t = texts(&doc);
        for item in items {
            assert!(t.contains(&item), "{item}: {t:?}");
        }
        assert!(!t.iter().any(|p| p.contains("Prices of flats")), "{t:?}");
        assert!(!t.contains(&"Business"), "{t:?}");
    }
    // Counter-examples: a list under a paragraph that leads into nothing
    // (no colon), or under a label ("More:"), is the page's, as before.
    let list = "  * buses replace the trains between the two bridges from March\n  * the last trains on weekdays leave half an hour earlier\n";
    for intro in [
        "The office gave no date for the end of the works.",
        "More:",
        "Read more:",
    ] {
        let doc = read(&page_with_list(intro, list));
        assert!(
            !texts(&doc).iter().any(|p| p.starts_with("buses replace")),
            "{intro}: {:?}",
            texts(&doc)
        );
    }
}

#[test]
fn an_agencys_sign_off_and_its_footer_go() {
    for (mark, footer) in [
        (
            "-- NUSANTARA",
            "NUSANTARA menyediakan berita terkini melalui laman web dan saluran televisyen.\n\nIkuti kami di media sosial :\nFacebook : @nusantaranews, @nusantaratv\nInstagram : @nusantaranews\n",
        ),
        (
            "—MERIDIAN",
            "MERIDIAN is the national news agency, with bureaus in every province.\n\nFollow us:\nX : @meridiannews\n",
        ),
        (
            "– AGENCIA SUR –",
            "Síganos en las redes:\nTikTok : @agenciasur\n",
        ),
    ] {
        let doc = read(&format!("{LEAD}\n\n{NEXT}\n\n{mark}\n\n{footer}"));
        assert_eq!(texts(&doc), vec![LEAD, NEXT], "{mark}");
        assert_eq!(removed(&doc, Reason::Trailer).len(), 1, "{:?}", doc.removed);
        assert!(
            !removed(&doc, Reason::Footer).is_empty(),
            "{:?}",
            doc.removed
        );
    }
    // Counter-examples: the next story under the mark stays; a list's
    // item in capitals is no mark.
    let doc = read(&format!(
        "{LEAD}\n\n-- NUSANTARA\n\nPUTRAJAYA, 9 Mei -- The ministry will publish the figures for April next week, an official said.\n"
    ));
    assert_eq!(texts(&doc).len(), 2, "{:?}", texts(&doc));
    let doc = read(&format!(
        "{LEAD}\n\nThe delegations came from:\n\n- USA\n- UK\n- EU\n"
    ));
    assert!(
        removed(&doc, Reason::Trailer).is_empty(),
        "{:?}",
        doc.removed
    );
}

#[test]
fn a_pages_title_over_its_address_names_the_headline() {
    let headline = "Night buses will run on weekdays from January";
    for (top, section) in [
        (format!("THE COURIER - {headline}"), "Transport"),
        (format!("{headline} | Courier"), "Stadt"),
    ] {
        let doc = read(&format!(
            "{top}\nhttps://www.courier.example/transport/night-buses-123\n\n{section}\n\n{headline}\n\n{LEAD}\n\n{NEXT}\n"
        ));
        assert_eq!(doc.title.as_deref(), Some(headline), "{top}");
        assert_eq!(
            doc.url.as_deref(),
            Some("https://www.courier.example/transport/night-buses-123")
        );
        assert_eq!(texts(&doc), vec![LEAD, NEXT], "{top}");
    }
    // Counter-example: a title spelled nowhere below is no page's title.
    let doc = read(&format!(
        "THE COURIER - Weekly notes\nhttps://www.courier.example/notes\n\n{LEAD}\n\n{NEXT}\n"
    ));
    assert!(
        !doc.metadata.iter().any(|m| m.field == "page title"),
        "{:?}",
        doc.metadata
    );
}

#[test]
fn a_toolbars_bar_and_label_go() {
    for bar in ["| Updates", "| Print", "|Comments"] {
        let doc = read(&format!("{LEAD}\n{bar}\n\n{NEXT}\n"));
        assert_eq!(texts(&doc), vec![LEAD, NEXT], "{bar}");
    }
    // Counter-examples: a question after a bar, a row of cells.
    for kept in ["| What next?", "| 12 stations"] {
        let doc = read(&format!("{LEAD}\n\n{kept}\n\n{NEXT}\n"));
        assert_eq!(texts(&doc).len(), 3, "{kept}: {:?}", texts(&doc));
    }
}

#[test]
fn captions_closed_by_a_named_credit_go() {
    for caption in [
        "A sensor is lifted out of the lake near the harbour in October. (Jane Miller / Free Press files)",
        "Die neue Brücke über die Mur am Montag. (Anna Maria Berger / Kleine Zeitung)",
        "Obreros en la estación del puerto. (Ana Ruiz / EFE)",
        "Die Koralmbahn fährt seit Dezember durch den Tunnel. APA/GERT HUBER",
        "Workers lay the last rails of the line on Monday. AFP/LI WEI",
    ] {
        let doc = read(&format!("{LEAD}\n\n{caption}\n\n{NEXT}\n"));
        assert_eq!(texts(&doc), vec![LEAD, NEXT], "{caption}");
        assert_eq!(removed(&doc, Reason::Caption).len(), 1, "{:?}", doc.removed);
        // Wrapped over two lines: its first four words on the first.
        let words: Vec<&str> = caption.split(' ').collect();
        let (a, b) = (words[..4].join(" "), words[4..].join(" "));
        let doc = read(&format!("{LEAD}\n\n{a}\n{b}\n\n{NEXT}\n"));
        assert_eq!(texts(&doc), vec![LEAD, NEXT], "{a} / {b}");
    }
    // Counter-examples: brackets and slashes that credit nobody.
    for kept in [
        "The vote was held in two rounds, and turnout was low. (Yes / No)",
        "Turnout rose in the last two elections. (2019 / 2024)",
        "Prices rose again in the spring, the office said. (see Table / Annex)",
        "The ministers of both countries met in Brussels on Monday. EU/US",
    ] {
        let doc = read(&format!("{LEAD}\n\n{kept}\n\n{NEXT}\n"));
        assert_eq!(texts(&doc).len(), 3, "{kept}: {:?}", doc.removed);
    }
}

#[test]
fn a_bulleted_list_under_a_lead_in_gives_one_paragraph_per_item() {
    // Items with a hanging indent, wrapped text without blank lines, in
    // English (hyphens), French (bullets) and Polish (asterisks).
    for (lead_in, items) in [
        (
            "The board set out three conditions:",
            [
                (
                    "- ",
                    "the fares stay frozen until the end of the year,\n  whatever the cost of fuel;",
                ),
                ("- ", "the night buses keep their routes;"),
                ("- ", "a review follows in\n  the spring."),
            ],
        ),
        (
            "Le conseil demande :",
            [
                ("•   ", "le gel des tarifs jusqu'à la fin\n    de l'année ;"),
                ("•   ", "le maintien des lignes de nuit ;"),
                ("•   ", "un bilan au printemps."),
            ],
        ),
        (
            "Rada miasta postanowiła:",
            [
                ("* ", "zamrozić ceny biletów do końca roku;"),
                ("* ", "utrzymać nocne linie\n  autobusowe;"),
                ("* ", "ocenić zmiany wiosną."),
            ],
        ),
    ] {
        let list: Vec<String> = items.iter().map(|(m, t)| format!("{m}{t}")).collect();
        let doc = read(&format!(
            "{LEAD}\n\n{lead_in}\n{}\n\n{NEXT}\n",
            list.join("\n")
        ));
        let t = texts(&doc);
        assert_eq!(t.len(), 6, "{t:?}");
        for (k, (_, item)) in items.iter().enumerate() {
            let want = item.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(t[2 + k], want, "{t:?}");
        }
    }
    // Counter-examples: a lone dashed line after a lead-in, figures with
    // a minus sign, dashed lines under a line that leads into nothing
    // keep their marks.
    for (mid, kept) in [
        (
            "One change only:\n- the night buses run until two.",
            "- the night",
        ),
        (
            "The forecast for the night:\n-5 degrees in the valleys\n-3 degrees in the city",
            "-5 degrees",
        ),
        (
            "What the drivers want\n- a break every two hours;\n- a second driver at night.",
            "- a break",
        ),
    ] {
        let doc = read(&format!("{LEAD}\n\n{mid}\n\n{NEXT}\n"));
        assert!(
            texts(&doc).iter().any(|p| p.starts_with(kept)),
            "{:?}",
            texts(&doc)
        );
    }
}

#[test]
fn a_newsletter_boxs_heading_goes_with_its_pitch_and_field() {
    let long = "The regional transport authority said on Monday that the new night timetable would start in March, after months of talks with the unions, the city and the operators of the suburban lines.";
    for form in [
        "The Evening Digest\nSign up for our daily newsletter with the news you need to end your day.\nEnter your email\nSign Up",
        "Der Morgen-Überblick\nAbonnieren Sie jetzt unseren kostenlosen Newsletter.\nE-Mail-Adresse\nAnmelden",
        "The Weekly Brief\nSign up for Harbour's weekly newsletter with the week's news.\nEnter your email\nSign Up",
    ] {
        let doc = read(&format!("{long}\n\n{NEXT}\n\n{form}\n"));
        assert_eq!(texts(&doc), vec![long, NEXT], "{form}");
    }
    // Counter-example: the paragraph right over the box stays.
    let doc = read(&format!(
        "{long}\n\n{NEXT}\nSign up for our daily newsletter with the news you need to end your day.\nEnter your email\nSign Up\n"
    ));
    assert!(texts(&doc).contains(&NEXT), "{:?}", texts(&doc));
}
