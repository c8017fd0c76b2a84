//! The header's families read block by block: a short headline set apart
//! over its standfirst (no menu's item, no kicker), a writer's role in
//! lower case under the name, a kicker row of labels set apart by bars, a
//! kicker in capitals over a wrapped headline and a byline, an outlet's
//! credit with an agency's over a date with a relative update. Invented
//! headers in several languages, and look-alikes that stay as they were.

use super::*;
use crate::ingest::testkit::{removed_as, texts};
use crate::testutil::PARA;

const PARA_RU: &str = "Городские власти в понедельник утвердили план ремонта моста, который закроют для машин на всё лето, а пешеходов будут пускать по временному настилу вдоль старой опоры.";
const PARA_DE: &str = "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt beschlossen, obwohl sich die Kosten für das neue Wasserwerk seit der ersten Planung vor zwei Jahren verdoppelt haben.";

fn read_as(s: &str, format: Format) -> Document {
    ingest(s, format, &Context::default()).unwrap()
}

fn day(doc: &Document) -> Option<String> {
    doc.date.map(|d| d.to_string())
}

fn tl(no: usize, text: &str) -> TLine {
    TLine {
        no,
        text: text.to_string(),
        width: text.chars().count(),
        indent: 0,
        lead: 0,
    }
}

#[test]
fn a_short_headline_set_apart_over_its_standfirst_and_a_role_under_the_name() {
    for (text, title, writer, date, para) in [
        (
            "Вечерний вестник\nМнение · Колонка\n\nГород без мостов\n\n\
             Почему ремонт старого моста обойдется городу намного дороже, чем обещали\n\n\
             Анна Орлова\nэкономист, бывший депутат\n\n12.05.2027\n\n",
            "Город без мостов",
            "Анна Орлова",
            "2027-05-12",
            PARA_RU,
        ),
        (
            "Zeitung am Sonntag\nMeinung · Kolumne\n\nFrieden ohne Garanten\n\n\
             Warum der neue Vertrag für die Regierung in Moskau eine schlechte Nachricht ist\n\n\
             Jonas Berger\nfreier Journalist und Politologe\n\n8. April 2027\n\n",
            "Frieden ohne Garanten",
            "Jonas Berger",
            "2027-04-08",
            PARA_DE,
        ),
        (
            "The Weekly Ledger\nOpinion · Columns\n\nPeace without guarantors\n\n\
             Why the deal signed in the capital is bad news for the old patron\n\n\
             Anna Orlova\ncolumnist, former diplomat\n\nApril 8, 2027\n\n",
            "Peace without guarantors",
            "Anna Orlova",
            "2027-04-08",
            PARA,
        ),
    ] {
        let doc = read_as(&format!("{text}{para}\n\n{para}\n"), Format::Text);
        assert_eq!(doc.title.as_deref(), Some(title), "{title}");
        assert_eq!(doc.authors, [writer], "{title}");
        assert_eq!(day(&doc).as_deref(), Some(date), "{title}");
        assert_eq!(texts(&doc), [para, para], "{title}");
    }
}

#[test]
fn menu_items_one_to_a_block_over_a_headline_stay_the_menus() {
    let headline = "Council approves the new bridge budget after a long debate";
    let doc = read_as(
        &format!(
            "Home\n\nWorld\n\nPolitics news\n\n{headline}\n\nBy Jane Doe\n\nMay 3, 2027\n\n{PARA}\n\n{PARA}\n"
        ),
        Format::Text,
    );
    assert_eq!(doc.title.as_deref(), Some(headline));
    assert_eq!(texts(&doc), [PARA, PARA]);
    // The lines themselves: a lone item under another lone item, a row
    // with separators, a line in capitals, a one-word item are no
    // headline set apart; a short phrase alone under a masthead is.
    let under = "Why the deal signed in the capital is bad news for the old patron";
    let lines = |a: &str, b: &str, c: &str| {
        vec![
            tl(1, a),
            tl(3, b),
            tl(5, c),
            tl(7, under),
            tl(9, "Anna Orlova"),
        ]
    };
    // The masthead's two lines in one block, then the short line alone.
    let joined = |c: &str| {
        let mut lines = lines("Weekly Ledger", "Opinion · Columns", c);
        lines[1].no = 2;
        lines
    };
    let set_apart = |lines: &[TLine]| {
        let top: Vec<&TLine> = lines.iter().collect();
        headline_set_apart(&top, 3)
    };
    assert!(set_apart(&joined("Peace without guarantors")));
    for c in ["Opinion | Columns", "BIG NEWS", "Peace", "Po polskuEnglish"] {
        assert!(!set_apart(&joined(c)), "{c}");
    }
    assert!(!set_apart(&lines("Home", "World", "Politics news")));
}

#[test]
fn a_short_headline_is_told_from_a_label_over_a_headline() {
    for (head, under) in [
        (
            "Мир без гарантов",
            "Почему сделка в столице — плохая новость для старого покровителя",
        ),
        (
            "Frieden ohne Garanten",
            "Warum der neue Vertrag für die Regierung eine schlechte Nachricht ist",
        ),
        (
            "Peace without guarantors",
            "Why the deal signed in the capital is bad news for the old patron",
        ),
    ] {
        assert!(short_headline_over_standfirst(head, under), "{head}");
    }
    for (head, under) in [
        // Labels: words after the first capitalised or short.
        (
            "Krieg in Nahost",
            "Israel greift erneut Ziele im Süden des Libanon an und warnt die Miliz",
        ),
        (
            "Guerra en Ucrania",
            "Las tropas rusas avanzan hacia la ciudad mientras los civiles huyen",
        ),
        (
            "World News",
            "Why the deal signed in the capital is bad news for the old patron",
        ),
        // A headline in title case under it, or a short line.
        (
            "Peace without guarantors",
            "Why The Deal Signed In The Capital Is Bad News For The Patron",
        ),
        ("Peace without guarantors", "Why it matters"),
        (
            "Culture | Books",
            "Why the deal signed in the capital is bad news for the old patron",
        ),
    ] {
        assert!(!short_headline_over_standfirst(head, under), "{head}");
    }
}

#[test]
fn a_kicker_row_with_bars_over_the_standfirst_date_and_byline() {
    for (md, kicker, writers) in [
        (
            "# How the new grid code changes who pays for storage\n\n\
             *Explainer* | [Energy and Climate Programme](https://example.org/energy)\n\n\
             The rules take effect in June. Their costs fall on households first.\n\n\
             **Published** 3 May 2027 · **Updated** 5 May 2027 · 4 min read\n\n\
             By [Prof. Anna Weber](https://example.org/a) and [Jan Novak](https://example.org/b)\n\n",
            "Explainer | Energy and Climate Programme",
            vec!["Anna Weber", "Jan Novak"],
        ),
        (
            "# Cómo cambia la nueva norma eléctrica quién paga el almacenamiento\n\n\
             *Análisis* | [Economía](https://example.org/eco)\n\n\
             Las reglas entran en vigor en junio. Sus costes recaen primero en los hogares.\n\n\
             **Publicado** 3 mayo 2027 · **Actualizado** 5 mayo 2027\n\n\
             Por [Dra. Lucía Ferrer](https://example.org/lf)\n\n",
            "Análisis | Economía",
            vec!["Lucía Ferrer"],
        ),
    ] {
        let doc = read_as(&format!("{md}{PARA}\n\n{PARA}\n"), Format::Markdown);
        assert_eq!(doc.authors, writers, "{kicker}");
        assert_eq!(day(&doc).as_deref(), Some("2027-05-03"), "{kicker}");
        assert_eq!(texts(&doc), [PARA, PARA], "{kicker}");
        assert_eq!(removed_as(&doc, Reason::Kicker), [kicker]);
    }
    for t in [
        "Explainer | Russia and Eurasia Programme",
        "Análisis | Economía",
        "Meinung | Kolumne | Außenpolitik",
    ] {
        assert!(kicker_row(t), "{t}");
    }
    // Figures, a field in lower case, four fields or more, no bar, a
    // sentence's field: no kicker row.
    for t in [
        "Q3 | 2027",
        "Home | World | Politics | Sport",
        "News | read the rest of the story on our site today",
        "one | two",
        "Explainer",
    ] {
        assert!(!kicker_row(t), "{t}");
    }
}

#[test]
fn a_kicker_in_capitals_over_a_wrapped_headline_and_a_byline() {
    for (text, title, writers) in [
        (
            "MARKET BRIEF\n\
             Copper climbs for a third day as Chilean mines slow output and Chinese\n\
             smelters rebuild their stocks\n\
             Andes Monitor staff\n\
             Copper prices rose for a third day on Tuesday as two large mines in\n\
             northern Chile cut output after a strike, and traders said stocks held\n\
             in bonded warehouses had fallen to their lowest level since the winter.\n\
             Smelters in eastern China have been buying ahead of the summer, when\n\
             power rationing often slows their plants, and several of them signed new\n\
             supply deals with miners in Peru and Zambia last week.\n\
             Analysts at two banks raised their forecasts for the second half of the\n\
             year but warned that a slowdown in building work could still drag prices\n\
             back below the level seen in March.\n",
            "Copper climbs for a third day as Chilean mines slow output and Chinese smelters rebuild their stocks",
            Vec::<&str>::new(),
        ),
        (
            "ANÁLISIS\n\
             El cobre sube por tercer día mientras las minas chilenas frenan su\n\
             producción y China repone existencias\n\
             Por Lucía Ferrer\n\
             Los precios del cobre subieron por tercer día consecutivo el martes\n\
             después de que dos grandes minas del norte de Chile redujeran su\n\
             producción por una huelga, y los operadores dijeron que las existencias\n\
             habían caído a su nivel más bajo desde el invierno.\n\
             Las fundiciones del este de China han comprado por adelantado antes del\n\
             verano, cuando los cortes de electricidad suelen frenar sus plantas, y\n\
             varias firmaron nuevos contratos con mineras de Perú y Zambia la semana\n\
             pasada.\n",
            "El cobre sube por tercer día mientras las minas chilenas frenan su producción y China repone existencias",
            vec!["Lucía Ferrer"],
        ),
    ] {
        let doc = read_as(text, Format::Text);
        assert_eq!(doc.title.as_deref(), Some(title));
        assert_eq!(doc.authors, writers, "{title}");
        assert!(
            texts(&doc)
                .first()
                .is_some_and(|p| p.starts_with("Copper prices") || p.starts_with("Los precios")),
            "{title}"
        );
        assert!(texts(&doc).iter().all(|p| !p.contains(&title[..20])));
    }
}

#[test]
fn a_kicker_over_a_headline_needs_capitals_a_headline_and_a_byline() {
    let block = |lines: &[&str]| -> Vec<TLine> {
        (lines.iter().enumerate())
            .map(|(i, t)| tl(i + 1, t))
            .collect()
    };
    let byline_at = |lines: &[&str]| kicker_over_headline(&block(lines));
    assert_eq!(
        byline_at(&[
            "WORLD BRIEF",
            "Talks resume as both sides agree",
            "to meet again",
            "By Jane Doe",
            "The talks resumed on Monday.",
        ]),
        Some(3)
    );
    // No byline under it, a sentence under the label, a label in lower
    // case or with a figure: none.
    for lines in [
        [
            "WORLD BRIEF",
            "Talks resume as both sides agree",
            "to meet again",
            "The talks resumed on Monday.",
            "More followed.",
        ],
        [
            "WORLD BRIEF",
            "The talks resumed on Monday.",
            "By Jane Doe",
            "More followed later that day.",
            "And more.",
        ],
        [
            "World brief",
            "Talks resume as both sides agree",
            "to meet again",
            "By Jane Doe",
            "The talks resumed on Monday.",
        ],
        [
            "TOP 10",
            "Talks resume as both sides agree",
            "to meet again",
            "By Jane Doe",
            "The talks resumed on Monday.",
        ],
    ] {
        assert_eq!(byline_at(&lines), None, "{}", lines[1]);
    }
}

#[test]
fn an_outlets_credit_with_an_agency_over_a_date_with_a_relative_update() {
    for (text, date) in [
        (
            "Ferry talks resume between the two island states\n\n\
             The foreign minister says both sides have agreed to meet again in the capital\n\n\
             ISLAND TIMES WITH AFP VALLETTA\nAPR 3, 2027 - 9:10 AM GMT+2  Last Update: 2 hours ago\n\n",
            "2027-04-03",
        ),
        (
            "Ferry talks resume between the two island states\n\n\
             The foreign minister says both sides have agreed to meet again in the capital\n\n\
             Island Times with Reuters\n3 April 2027 | Updated 45 minutes ago\n\n",
            "2027-04-03",
        ),
    ] {
        let doc = read_as(&format!("{text}{PARA}\n\n{PARA}\n"), Format::Text);
        assert_eq!(
            doc.title.as_deref(),
            Some("Ferry talks resume between the two island states")
        );
        assert!(doc.authors.is_empty());
        assert_eq!(day(&doc).as_deref(), Some(date));
        assert_eq!(texts(&doc), [PARA, PARA]);
    }
}
