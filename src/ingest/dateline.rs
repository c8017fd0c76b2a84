//! The dateline that opens a news report: where it was filed, sometimes
//! when, and the agency ("WASHINGTON (AP) — ", "MOSCOW, September 25.
//! /TASS/. ", "BUFFALO, N.Y. — ", "Yerevan, 19 September (ARKA) - ").
//! It says where the report comes from, not what happened, so it is read
//! into the document's `dateline` and recorded as metadata instead of
//! opening the first passage.

use std::sync::LazyLock;

use regex::Regex;

use super::{Document, MetaLine, Provenance, meta};

/// A place in capitals (one to four words: "MOSCOW", "ST. JOSEPH", "LOS
/// ANGELES") or in title case (which only an agency makes a dateline:
/// "Moscow (Reuters)"), an optional region (", N.Y.", ", United Arab
/// Emirates"), an optional day of a month, an optional agency in
/// parentheses or slashes, then what follows it.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let caps = r"\p{Lu}[\p{Lu}.'’\-]*(?:(?: |/)\p{Lu}[\p{Lu}.'’\-]*){0,3}";
    let title = r"\p{Lu}\p{Ll}[\p{L}'’\-]*(?: \p{Lu}\p{Ll}[\p{L}'’\-]*){0,2}";
    let region = r"\p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,3}";
    // English names and abbreviations, and the full names of other
    // languages ("25 сентября", "25. September", "19 sentyabr").
    let month = format!(
        r"(?i:January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|{}|{SHORT_MONTHS})\.?",
        crate::text::dates::foreign_month_pattern()
    );
    let date = format!(r"(?:\d{{1,2}}\.? {month}|{month} \d{{1,2}})(?:,? \d{{4}})?");
    Regex::new(&format!(
        r"^(?P<dl>(?:(?P<caps>{caps})|(?P<title>{title}))(?:, (?P<region>{region}))??(?:[,.]? (?P<date>{date})(?P<dot>[.։])?)?(?: ?\((?P<ag1>[^()\n]{{2,40}})\)| ?/(?P<ag2>[^/\n]{{2,30}})/\.?|,? (?P<ag3>\p{{Lu}}[\p{{Lu}}\-]{{2,}}(?:\.\p{{Lu}}{{2,}})?)[.։:]|, (?P<ag4>\p{{Lu}}\p{{Ll}}[\p{{L}}\-]+):)?)(?P<sep> *(?:—|–|--|-|:)(?: +(?:(?P<ag5>(?:\p{{Lu}}[\p{{L}}\-]*|\p{{Ll}}{{2,5}})(?: \p{{Lu}}[\p{{L}}\-]*){{0,2}})\. +)?|$)| +|$)"
    ))
    .expect("dateline regex")
});

/// Months cut short as Russian and Ukrainian agencies print them in a
/// dateline without a year ("МОСКВА, 5 апр — РИА Новости."), after the
/// full names, which are tried first.
const SHORT_MONTHS: &str = "янв|февр|фев|мар|апр|мая|май|июн|июл|авг|сент|сен|окт|нояб|ноя|дек|січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд";

/// Words that open a label, a kicker or a letter, not a place ("DEAR ABBY:",
/// "BREAKING —", "UPDATE:", "EDITOR'S NOTE —").
const LEAD_INS: &[&str] = &[
    "alert",
    "analysis",
    "breaking",
    "clarification",
    "comment",
    "correction",
    "dear",
    "editor's",
    "editor’s",
    "editorial",
    "exclusive",
    "fact",
    "faq",
    "file",
    "flash",
    "highlights",
    "icymi",
    "interview",
    "listen",
    "live",
    "note",
    "opinion",
    "photo",
    "photos",
    "read",
    "related",
    "review",
    "see",
    "sponsored",
    "spoiler",
    "summary",
    "update",
    "updated",
    "urgent",
    "video",
    "warning",
    "watch",
];

/// Days of the week (English, German, French, Spanish, Italian, Russian,
/// Turkish, Ukrainian, Polish): "Monday, March 3." is a date, not a place.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    "pazartesi",
    "salı",
    "çarşamba",
    "perşembe",
    "cuma",
    "cumartesi",
    "pazar",
    "понеділок",
    "вівторок",
    "середа",
    "четвер",
    "п'ятниця",
    "пʼятниця",
    "субота",
    "неділя",
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "niedziela",
];

/// A dateline found at the start of a paragraph.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    /// The dateline as written, without the dash or colon after it.
    pub(crate) dateline: &'a str,
    /// Its day, when it gives the year too.
    pub(crate) date: Option<chrono::NaiveDate>,
    /// Where the text after it starts (a byte offset into the paragraph).
    pub(crate) rest: usize,
}

/// The dateline that opens `text`, when it has one.
///
/// A place in capitals needs a dash after it or its agency; a place in
/// title case needs its agency; a colon after it counts only with a region,
/// a day or an agency ("NEW DELHI, Jan 3:"), since a name in capitals and a
/// colon also open a transcript's answer ("PESKOV: We …"). What follows
/// must start a sentence of at least four words, or be nothing at all when
/// the line gives a day or an agency ("MOSCOW, September 25. /TASS/." on a
/// line of its own). A place of stop words only or with a label's word
/// ("US —", "UPDATE:", "DEAR ABBY:") is not a dateline.
pub(crate) fn find(text: &str) -> Option<Found<'_>> {
    // A place alone before a space ("The minister …") is no dateline: each
    // of the other parts (a region, a date, an agency, a dash or colon)
    // writes one of these characters or a digit. The match is found first
    // without its parts, which is cheaper, and most texts stop there.
    let span = DATELINE.find(text)?.as_str();
    if !span.contains(['(', '/', ',', '.', ':', '—', '–', '-', '։'])
        && !span.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let c = DATELINE.captures(text)?;
    let whole = c.get(0)?;
    let sep = c.name("sep").map_or("", |m| m.as_str());
    // An agency in capitals after the day, "…, ARMENPRESS.", is one only
    // after a day.
    // An agency in title case before a colon, "Baku, October 3, Trend:",
    // likewise.
    let after_day = c.name("ag3").or(c.name("ag4"));
    if after_day.is_some() && c.name("date").is_none() {
        return None;
    }
    let agency = c.name("ag1").or(c.name("ag2")).or(after_day);
    let slashed = c.name("ag2").is_some() || after_day.is_some();
    let date = c.name("date");
    let region = c.name("region");
    let place = c.name("caps").or(c.name("title"))?.as_str();
    let dash = sep.contains(['—', '–', '-']);
    let colon = sep.contains(':');
    // The agency after the dash ("MOSCOW, 5 Apr — RIA Novosti. Russia
    // …") is one only after a day; else what the dash is followed by is
    // the text.
    let end = match c.name("ag5") {
        Some(a) if date.is_none() => a.start(),
        _ => whole.end(),
    };
    let rest = &text[end..];
    let alone = rest.trim().is_empty();
    // "MOSCOW, September 25. Russia is …": a day and its full stop end it.
    let dated = date.is_some_and(|d| d.as_str().ends_with('.') || c.name("dot").is_some())
        && agency.is_none();
    let shape = if c.name("caps").is_some() {
        dash || dated
            || (agency.is_some() && (slashed || alone))
            || (colon && (region.is_some() || date.is_some() || agency.is_some()))
            || (alone && date.is_some())
    } else {
        let weekday = WEEKDAYS.contains(&place.to_lowercase().as_str());
        (agency.is_some() && (dash || colon || slashed || alone)) || (dated && !weekday)
    };
    // On a line of its own a dateline gives its day or agency, or ends in
    // its dash ("CNN —" over the text).
    if !shape || (alone && date.is_none() && agency.is_none() && !dash) {
        return None;
    }
    let letters = place.chars().filter(|ch| ch.is_alphabetic()).count();
    let words: Vec<String> = place
        .split([' ', '.'])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let label = words.iter().any(|w| LEAD_INS.contains(&w.as_str()))
        || words.iter().all(|w| crate::text::stopwords::is_listed(w));
    if letters < 3 || label || !(alone || sentence_start(rest)) {
        return None;
    }
    let dl = c.name("dl")?.as_str().trim_end();
    let day = date.and_then(|d| year_day(d.as_str()));
    // The dateline named with the agency after its dash, without the
    // agency's full stop.
    let dl = match c.name("ag5") {
        Some(a) if end == whole.end() => &text[..a.end()],
        _ => dl,
    };
    Some(Found {
        dateline: dl,
        date: day,
        rest: end,
    })
}

/// The day a dateline's date gives, when it gives the year too (five
/// digits or more).
fn year_day(d: &str) -> Option<chrono::NaiveDate> {
    d.chars()
        .filter(char::is_ascii_digit)
        .count()
        .ge(&5)
        .then(|| meta::parse_date(d))
        .flatten()
}

/// `rest` starts a sentence of at least four words: a capital, a digit or
/// an opening quote first.
fn sentence_start(rest: &str) -> bool {
    let first = rest.chars().next();
    first.is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit() || "\"“‘'«„".contains(ch))
        && rest.split_whitespace().nth(3).is_some()
}

/// Reads the dateline opening the first passage of `doc` into its
/// `dateline` (and its date, when it has a year and the document states
/// none), recorded as metadata; a paragraph that is only a dateline goes
/// whole.
pub(crate) fn take(doc: &mut Document) {
    // A dateline on a line of its own may have been read as a heading.
    let alone =
        |p: &super::Paragraph| find(&p.text).is_some_and(|f| f.rest >= p.text.trim_end().len());
    let first = doc
        .paragraphs
        .first()
        .filter(|p| p.heading && alone(p))
        .map(|_| 0);
    let Some(i) = first.or_else(|| doc.paragraphs.iter().take(3).position(|p| !p.heading)) else {
        return;
    };
    let p = &doc.paragraphs[i];
    let Some(found) = find(&p.text) else {
        return;
    };
    let dateline = found.dateline.to_string();
    // The metadata record keeps the text as written, the dash included.
    let taken = p.text[..found.rest].trim_end().to_string();
    let rest = p.text[found.rest..].trim().to_string();
    let lines = p.lines;
    if doc.date.is_none()
        && let Some(day) = found.date
    {
        doc.date = Some(day);
        doc.provenance.insert("date".into(), Provenance::Text);
    }
    doc.metadata.push(MetaLine {
        field: "dateline".into(),
        text: taken,
        lines,
    });
    doc.dateline = Some(dateline);
    if rest.is_empty() {
        doc.paragraphs.remove(i);
    } else {
        doc.paragraphs[i].text = rest;
    }
}

/// A Chinese wire dateline naming its reporters in brackets after "电"
/// ("新华社北京3月5日电（记者王伟、李明）", "中新网上海6月1日电 (记者 陈静)"):
/// the agency and place, perhaps the day, "电", then "记者" and the names
/// (two to four Han characters each, apart by spaces or "、").
static HAN_WIRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Han}{2,12}(?:\d{1,2}月\d{1,2}日)?电\s?[（(](?:特派)?记者\s?([^）)]{2,40})[）)]",
    )
    .expect("static regex")
});

/// The reporters a Chinese wire dateline opening the first passages names
/// ([`HAN_WIRE`]), for a document with no writer; the paragraph is left as
/// it is. None when a part in the brackets is not a name of two to four
/// Han characters ("（记者王伟 通讯员李四）": a stringer's post; "（新华社
/// 发）").
pub(crate) fn han_wire_reporters(doc: &mut Document) {
    if !doc.authors.is_empty() {
        return;
    }
    let Some(names) = (doc.paragraphs.iter().take(3))
        .filter(|p| !p.heading && p.text.contains('电'))
        .find_map(|p| HAN_WIRE.captures(&p.text))
        .map(|c| c[1].to_string())
    else {
        return;
    };
    let names: Vec<String> = names
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ','))
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    let name = |n: &String| {
        (2..=4).contains(&n.chars().count())
            && n.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
    };
    if names.is_empty() || !names.iter().all(name) || names.iter().any(|n| n.ends_with("员")) {
        return;
    }
    doc.authors = names;
    doc.provenance.insert("author".into(), Provenance::Text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_wire_datelines_name_their_reporters() {
        let with = |t: &str| {
            let more = "两国有关部门正在就后续合作进行磋商，预计下周公布具体方案，相关工作将持续数周时间。";
            let doc = crate::ingest::testkit::read("a.txt", &format!("{t}\n\n{more}\n"));
            assert_eq!(doc.paragraphs[0].text, t);
            doc.authors
        };
        assert_eq!(
            with("新华社北京3月5日电（记者王伟、李明）国务院总理5日在会上表示，经济运行总体平稳。"),
            ["王伟", "李明"]
        );
        assert_eq!(
            with("中新网上海6月1日电 (记者 陈静)上海市交通委1日发布消息。"),
            ["陈静"]
        );
        // Counter-examples: a stringer in the brackets, no reporter named,
        // a sentence that only mentions a reporter.
        for t in [
            "新华社北京3月5日电（记者王伟 通讯员李四）国务院总理5日表示。",
            "新华社北京3月5日电（新华社发）国务院总理5日表示。",
            "记者从市交通委获悉，新线路将于6月1日起试运营。",
        ] {
            assert!(with(t).is_empty(), "{t}");
        }
    }

    fn dl(t: &str) -> Option<&str> {
        find(t).map(|f| f.dateline)
    }

    #[test]
    fn datelines_of_the_usual_forms() {
        let cases = [
            (
                "WASHINGTON (AP) — Ambassador Gordon Sondland is likely to be under the spotlight.",
                "WASHINGTON (AP)",
            ),
            (
                "MOSCOW, September 25. /TASS/. Russia is ready to discuss security guarantees.",
                "MOSCOW, September 25. /TASS/.",
            ),
            (
                "BUFFALO, N.Y. — Hours before the game, the coach expressed confidence.",
                "BUFFALO, N.Y.",
            ),
            (
                "DUBAI, United Arab Emirates — Dubai's carrier finalized a deal on Sunday.",
                "DUBAI, United Arab Emirates",
            ),
            (
                "BERLIN -- The European Space Agency says astronauts could sleep.",
                "BERLIN",
            ),
            (
                "CLEVELAND, Ohio – The Doobie Brothers will look to ride a potential induction.",
                "CLEVELAND, Ohio",
            ),
            (
                "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth death.",
                "ST. JOSEPH, Mich. (AP)",
            ),
            (
                "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns.",
                "NEW YORK (Reuters)",
            ),
            (
                "Yerevan, 19 September (ARKA) - The government approved the plan on Thursday.",
                "Yerevan, 19 September (ARKA)",
            ),
            (
                "Moscow, Sept. 19 /Interfax/ - The Kremlin said the talks would go on.",
                "Moscow, Sept. 19 /Interfax/",
            ),
            (
                "NEW DELHI, Jan 3, 2019: Nearly 150 Indians returned home broke on Wednesday.",
                "NEW DELHI, Jan 3, 2019",
            ),
            (
                "BAKU, Azerbaijan, March 3, 2023 (Trend) — Azerbaijan and Armenia met in Brussels.",
                "BAKU, Azerbaijan, March 3, 2023 (Trend)",
            ),
            (
                "KYIV, Ukraine — “We will not give up,” the president said on Sunday night.",
                "KYIV, Ukraine",
            ),
            (
                "MOSCOW, September 25. Russia is ready to continue its mediation, the Kremlin said.",
                "MOSCOW, September 25.",
            ),
            (
                "London, 5 March. The prime minister said the plan would be published.",
                "London, 5 March.",
            ),
        ];
        let cases = cases.into_iter().chain([
            ("CNN —", "CNN"),
            (
                "YEREVAN, SEPTEMBER 19, ARMENPRESS. Armenia's prime minister said the talks would go on.",
                "YEREVAN, SEPTEMBER 19, ARMENPRESS.",
            ),
            (
                "Baku, September 19, AZERTAC. President Ilham Aliyev received the delegation on Tuesday.",
                "Baku, September 19, AZERTAC.",
            ),
            (
                "MOSCOW. Sept 19 (Interfax) - The Kremlin said the talks would go on next week.",
                "MOSCOW. Sept 19 (Interfax)",
            ),
            (
                "Baku, October 3, Trend: Azerbaijan and Bulgaria have discussed gas supplies.",
                "Baku, October 3, Trend:",
            ),
            ("Baku, October 3, Trend:", "Baku, October 3, Trend:"),
            // Other languages.
            (
                "МОСКВА, 25 сентября. /ТАСС/. Россия готова обсуждать гарантии безопасности.",
                "МОСКВА, 25 сентября. /ТАСС/.",
            ),
            (
                "BERLIN, 25. September (dpa) - Die Bundesregierung hat am Montag neue Hilfen angekündigt.",
                "BERLIN, 25. September (dpa)",
            ),
            (
                "PARIS, 25 septembre (AFP) - Le gouvernement a annoncé lundi de nouvelles aides.",
                "PARIS, 25 septembre (AFP)",
            ),
            (
                "Bakı, 19 sentyabr, AZƏRTAC. Prezident İlham Əliyev nümayəndə heyətini qəbul edib.",
                "Bakı, 19 sentyabr, AZƏRTAC.",
            ),
            (
                "Երևան, սեպտեմբերի 3, 2023։ Հայաստանի վարչապետ Նիկոլ Փաշինյանը հայտարարել է, որ բանակցությունները կշարունակվեն։",
                "Երևան, սեպտեմբերի 3, 2023։",
            ),
            (
                "Երևան, 21 սեպտեմբերի, ԱՐՄԵՆՊՐԵՍ: Հայաստանի վարչապետը հայտարարել է, որ բանակցությունները կշարունակվեն։",
                "Երևան, 21 սեպտեմբերի, ԱՐՄԵՆՊՐԵՍ:",
            ),
        ]);
        for (text, want) in cases {
            assert_eq!(dl(text), Some(want), "{text}");
        }
        let f = find("BAKU, Azerbaijan, March 3, 2023 (Trend) — Talks went on in Brussels today.")
            .unwrap();
        assert_eq!(f.date, chrono::NaiveDate::from_ymd_opt(2023, 3, 3));
        assert_eq!(
            find("MOSCOW, September 25. /TASS/.").map(|f| f.rest),
            Some(29)
        );
    }

    #[test]
    fn openings_that_are_not_datelines() {
        for text in [
            // Letters, labels and kickers in capitals.
            "DEAR ABBY: My husband of more than 20 years just purchased plane tickets to India.",
            "UPDATE: The minister resigned on Tuesday evening after the vote.",
            "BREAKING — The parliament has voted to dissolve itself tonight.",
            "EDITOR'S NOTE — This story has been updated with the minister's reply.",
            "WATCH: The moment the bridge collapsed into the river below.",
            // A transcript's speaker, and a capital name with a colon.
            "PESKOV: We have said many times that this is not acceptable to us.",
            "NEW DELHI: Their American dream shattered, they returned home broke.",
            // An acronym or a pronoun in capitals that runs into a clause.
            "NATO — which has expanded twice since 2022 — met in Vilnius.",
            "US — and its allies — rejected the plan.",
            // A place in title case without an agency, and a plain sentence.
            "Moscow — The Kremlin said the talks would go on next week.",
            "Toyota is displaying a rechargeable hybrid version of the RAV4 — the top-selling car.",
            "VISIT the Pennsylvania National Horse Show, Oct. 11–21, in Harrisburg.",
            "PanARMENIAN.Net - Verified video footage and eyewitness testimony show the strike.",
            // Too short after it, or a heading in capitals alone.
            "WASHINGTON — Yes.",
            "WHO IS THE FRONT-RUNNER?",
            "BAAR, SWITZERLAND",
            "US —",
            "Baku, NATO. The alliance said the exercise would go ahead next week.",
            // A weekday and a date are a date, not a place; a date in a sentence.
            "Monday, March 3. The parliament met for the last time before the vote.",
            "Officials met on September 25. The talks went on for hours after that.",
            "Am 25. September (Montag) wurde der Vertrag in Berlin unterzeichnet.",
            "Montag, 25. September. Die Regierung hat neue Hilfen beschlossen.",
            // A title-case word before a colon without a day: a label.
            "Baku, Trend: Azerbaijan and Bulgaria have discussed gas supplies.",
            "Officials in Moscow, Sources: The Kremlin said the talks would go on.",
        ] {
            assert_eq!(dl(text), None, "{text}");
        }
    }

    #[test]
    fn the_first_passage_loses_its_dateline_to_metadata() {
        let doc = crate::ingest::ingest_str_for_tests(
            "Russia says guarantees must be mutual\n\nMOSCOW, September 25. /TASS/. Russia is ready to discuss security guarantees with all parties, Kremlin spokesman Dmitry Peskov said on Monday.\n\nHe added that the talks would continue next week in Geneva, according to the agency.\n",
        );
        assert_eq!(
            doc.dateline.as_deref(),
            Some("MOSCOW, September 25. /TASS/.")
        );
        assert!(doc.paragraphs[0].text.starts_with("Russia is ready"));
        assert!(
            doc.metadata
                .iter()
                .any(|m| m.field == "dateline" && m.lines == [3, 3])
        );
        // On a line of its own, the dateline goes whole.
        let doc = crate::ingest::ingest_str_for_tests(
            "Russia says guarantees must be mutual\n\nMOSCOW, September 25. /TASS/.\n\nRussia is ready to discuss security guarantees with all parties, Kremlin spokesman Dmitry Peskov said.\n\nHe added that the talks would continue next week in Geneva, according to the agency.\n",
        );
        assert_eq!(
            doc.dateline.as_deref(),
            Some("MOSCOW, September 25. /TASS/.")
        );
        assert!(doc.paragraphs[0].text.starts_with("Russia is ready"));
        // Only the opening of the article: a later paragraph keeps its capitals.
        let doc = crate::ingest::ingest_str_for_tests(
            "The talks went on for a second day in Geneva, officials said on Monday evening.\n\nMOSCOW, September 25. /TASS/. Russia is ready to discuss security guarantees.\n\nNothing more was said about the plan by either side, according to the agency.\n",
        );
        assert_eq!(doc.dateline, None);
    }

    #[test]
    fn an_agency_after_the_dash_of_a_dated_dateline_goes_with_it() {
        let cases = [
            (
                "САНКТ-ПЕТЕРБУРГ, 12 мар — Интерфакс. Губернатор подписал указ о новых мостах через Неву.",
                "САНКТ-ПЕТЕРБУРГ, 12 мар — Интерфакс",
                "Губернатор подписал",
            ),
            (
                "ОДЕСА, 3 черв — Укрінформ. Портові оператори відновили роботу після нічної тривоги.",
                "ОДЕСА, 3 черв — Укрінформ",
                "Портові оператори",
            ),
            (
                "LVIV, Oct 14 — Ukrinform. City officials opened a new shelter near the station.",
                "LVIV, Oct 14 — Ukrinform",
                "City officials",
            ),
            (
                "HAMBURG, 9. Nov — dpa. Die Hafenbehörde hat am Morgen zwei Terminals geschlossen.",
                "HAMBURG, 9. Nov — dpa",
                "Die Hafenbehörde",
            ),
            (
                "ТАШКЕНТ, 21 сент — Спутник Узбекистан. Правительство утвердило новый тариф на газ.",
                "ТАШКЕНТ, 21 сент — Спутник Узбекистан",
                "Правительство утвердило",
            ),
        ];
        for (text, dateline, rest) in cases {
            let f = find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(f.dateline, dateline, "{text}");
            assert!(text[f.rest..].starts_with(rest), "{text}");
            assert_eq!(f.date, None, "{text}");
        }
        // Counter-examples: without a day, the words after the dash are
        // the text's; a long sentence after the dash is no agency.
        for (text, dateline, rest) in [
            (
                "LONDON — Britain Votes. The country went to the polls on Thursday morning.",
                "LONDON",
                "Britain Votes.",
            ),
            (
                "BERLIN, 9. Nov — Die Hafenbehörde hat am Morgen zwei Terminals geschlossen.",
                "BERLIN, 9. Nov",
                "Die Hafenbehörde",
            ),
            (
                "КИЇВ, 3 черв — Уряд ухвалив нову програму для портів Дунаю.",
                "КИЇВ, 3 черв",
                "Уряд ухвалив",
            ),
        ] {
            let f = find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(f.dateline, dateline, "{text}");
            assert!(text[f.rest..].starts_with(rest), "{text}");
        }
        // A short month in a sentence is no dateline.
        assert_eq!(
            dl("Сегодня, 5 апр — день рождения нашего основателя."),
            None
        );
        let doc = crate::ingest::ingest_str_for_tests(
            "Порты Дуная работают в обычном режиме\n\nИЗМАИЛ, 7 авг — Интерфакс. Порт принял за неделю сорок судов с зерном, сообщили в администрации.\n\nВ администрации добавили, что очередей на рейде нет.\n",
        );
        assert!(
            doc.paragraphs[0].text.starts_with("Порт принял"),
            "{:?}",
            doc.paragraphs
        );
        assert_eq!(doc.dateline.as_deref(), Some("ИЗМАИЛ, 7 авг — Интерфакс"));
    }
}
