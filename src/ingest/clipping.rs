//! What a press-clipping service or a department's clipping file puts
//! around the article it copied, and the plain-text lists inside it.
//!
//! - **The frame**: a header of one to four lines (the office's name, the
//!   bulletin, the day and who compiled it) over a rule ("=====", "-----")
//!   at the top, with the article's source line right under the rule
//!   ("Nguồn: Báo Đà Nẵng (baodanang.vn), chuyên mục Kinh tế", "Source: The
//!   Courier, Business", "Quelle: …"); the compiler's note under the last
//!   rule at the end ("Ghi chú của người tổng hợp: …", "Note: …"). A source
//!   line opening a text without a rule over it is the clipper's too.
//! - **Lists**: lines of a plain text led by "- ", "• " or "* ", two or
//!   more in a row under a line that ends with a colon, are a list's items;
//!   their marks go (a dash that opens a quotation, "– Det är bra, säger
//!   han.", is no list mark).
//!
//! The rules see a text's lines as [`Kind`]s with their text, and say which
//! lines go and why.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::{Reason, at_most_words, ends_sentence};

/// What a line is, as the rules here need to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A line of text still to be read.
    Text,
    /// An empty line.
    Blank,
    /// A rule drawn across the text ("=====").
    Rule,
    /// Anything else (already removed, a URL, an image).
    Other,
}

/// How many lines may stand above the frame's rule.
const HEADER_LINES: usize = 4;

/// How many lines of text may stand under the last rule as the
/// compiler's note.
const NOTE_LINES: usize = 3;

/// The label of a source line: "Source", "Nguồn", "Quelle", "স্রোত" … and
/// a colon.
static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:sources?|quelle|fuente|fonte|källa|kilde|kaynak|źródło|zdroj|forrás|bron|источник|джерело|πηγή|nguồn|sumber|lähde|allikas|izvor|извор",
        r"|स्रोत|सूत्र|সূত্র|উৎস|ذریعہ|ماخذ|المصدر|منبع|出典|来源|來源|출처|ที่มา)\s*[:：]\s*(\S.*)$",
    ))
    .expect("regex")
});

/// A clipper's source line: its label, then the outlet (perhaps its
/// address, section and page) in 1 to 15 words, no sentence ("Source: the
/// ministry said on Tuesday that the figures were final." is a sentence).
pub(crate) fn source_line(t: &str) -> bool {
    let t = t.trim();
    SOURCE_LABEL
        .captures(t)
        .is_some_and(|c| at_most_words(&c[1], 15) && !ends_sentence(&c[1]))
}

/// A note's label opening a line, within its first eight words and
/// before a colon: "Ghi chú của người tổng hợp:", "Note:", "Anmerkung:",
/// "Примечание составителя:".
static NOTE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:ghi chú|notes?|n\.\s?b\.|anmerkung|notiz|nota|remarque|примечание|заметка|uwaga|poznámka|notitie|anteckning|huom(?:autus)?|catatan|टिप्पणी|নোট|মন্তব্য|备注|備註|注|메모)",
        r"(?:\s+\S+){0,7}?\s*[:：]",
    ))
    .expect("regex")
});

/// The lines of a clipping's frame (see the module's notes), each with
/// why it goes; none when `lines` have no frame.
pub(crate) fn frame(lines: &[(Kind, &str)]) -> Vec<(usize, Reason)> {
    let mut out = Vec::new();
    let first = lines.iter().position(|(k, _)| *k != Kind::Blank);
    let Some(first) = first else {
        return out;
    };
    let rule = lines[first..]
        .iter()
        .take(HEADER_LINES + 2)
        .position(|(k, _)| *k == Kind::Rule)
        .map(|r| first + r);
    let header: Vec<usize> = rule.map_or_else(Vec::new, |r| {
        (first..r).filter(|&i| lines[i].0 == Kind::Text).collect()
    });
    let framed = rule.is_some() && (1..=HEADER_LINES).contains(&header.len());
    // The source line: under the rule, or opening the text.
    let below = if framed {
        rule.map_or(first, |r| r + 1)
    } else {
        first
    };
    let Some(source) = (below..lines.len()).find(|&i| lines[i].0 != Kind::Blank) else {
        return out;
    };
    if lines[source].0 != Kind::Text || !source_line(lines[source].1) {
        return out;
    }
    if framed {
        out.extend(header.iter().map(|&i| (i, Reason::DatabaseField)));
    }
    out.push((source, Reason::DatabaseField));
    if framed {
        out.extend(note_under_last_rule(lines, source));
    }
    out
}

/// The compiler's note under the text's last rule, below line `after`:
/// one to [`NOTE_LINES`] lines of text, the first opening with a note's
/// label.
fn note_under_last_rule(lines: &[(Kind, &str)], after: usize) -> Vec<(usize, Reason)> {
    let Some(rule) = lines.iter().rposition(|(k, _)| *k == Kind::Rule) else {
        return Vec::new();
    };
    if rule <= after {
        return Vec::new();
    }
    let under: Vec<usize> = (rule + 1..lines.len())
        .filter(|&i| lines[i].0 != Kind::Blank)
        .collect();
    let all_text = under.iter().all(|&i| lines[i].0 == Kind::Text);
    let labelled = under
        .first()
        .is_some_and(|&i| NOTE_LABEL.is_match(lines[i].1.trim()));
    if !all_text || !labelled || under.len() > NOTE_LINES {
        return Vec::new();
    }
    under.into_iter().map(|i| (i, Reason::ReaderNote)).collect()
}

/// The mark of a plain text's list item: a hyphen, a bullet, a star or an
/// en dash and a space (an em dash opens quotations only: "—"; an en dash
/// too, which [`dashed_run`] tells apart).
fn list_mark(t: &str) -> Option<usize> {
    let lead = t.len() - t.trim_start().len();
    ["- ", "• ", "* ", "· ", "▪ ", "● ", "– "]
        .iter()
        .find(|m| t[lead..].starts_with(*m))
        .map(|m| lead + m.len())
}

/// The items of the lists of a plain text: for each, its line and where
/// its text starts after the mark. A list is two lines or more in a row,
/// each led by the same mark and of 40 words or fewer, under a line of
/// text that ends with a colon (a blank line at most between) ("Trong năm 2027, đơn vị đặt mục tiêu:",
/// "Die Stadt plant:").
pub(crate) fn plain_list_items(lines: &[(Kind, &str)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 1;
    while i < lines.len() {
        // The line over the list, a blank line at most between.
        let over = if lines[i - 1].0 == Kind::Blank && i >= 2 {
            i - 2
        } else {
            i - 1
        };
        let (kind, above) = lines[over];
        let opens = kind == Kind::Text && above.trim_end().ends_with([':', '：']);
        let mark = |j: usize| {
            let (k, t) = lines[j];
            (k == Kind::Text && at_most_words(t, 40))
                .then(|| list_mark(t))
                .flatten()
                .map(|at| (at, t.trim_start().chars().next()))
        };
        // The line over the list first: most lines have none.
        let Some((_, sign)) = opens.then(|| mark(i)).flatten() else {
            i += 1;
            continue;
        };
        let run: Vec<(usize, usize)> = (i..lines.len())
            .map_while(|j| mark(j).filter(|(_, s)| *s == sign).map(|(at, _)| (j, at)))
            .collect();
        if run.len() >= 2 && (sign != Some('–') || dashed_run(lines, &run)) {
            i += run.len();
            out.extend(run);
        } else {
            i += 1;
        }
    }
    out
}

/// Whether the lines of `run` led by an en dash are list items, not lines
/// of dialogue ("– Det är bra.") nor figures with a minus ("– 5 °C"):
/// each opens on a letter and none but the last ends a sentence.
fn dashed_run(lines: &[(Kind, &str)], run: &[(usize, usize)]) -> bool {
    let text = |&(j, at): &(usize, usize)| lines[j].1[at..].trim();
    let ends = |t: &str| {
        t.trim_end_matches(['"', '”', '»', '“', '’', ')'])
            .ends_with(['.', '!', '?', '…'])
    };
    run.iter()
        .all(|item| text(item).starts_with(char::is_alphabetic))
        && !run[..run.len() - 1].iter().any(|item| ends(text(item)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        text.lines()
            .map(|l| {
                let t = l.trim();
                let kind = if t.is_empty() {
                    Kind::Blank
                } else if t.len() >= 5 && t.chars().all(|c| c == '=' || c == '-') {
                    Kind::Rule
                } else {
                    Kind::Text
                };
                (kind, l)
            })
            .collect()
    }

    fn gone(text: &str) -> Vec<(String, Reason)> {
        let lines = kinds(text);
        frame(&lines)
            .into_iter()
            .map(|(i, r)| (lines[i].1.to_string(), r))
            .collect()
    }

    const BODY: &str = "The first ship docked at the new terminal on Saturday, the port said.\n\nIt brought 900 containers.\n";

    #[test]
    fn a_clipping_services_header_source_line_and_note_go() {
        let text = format!(
            "CITY TRANSPORT OFFICE - PRESS REVIEW\nClipped 19/6/2027 - compiled by the press desk\n==========\n\nSource: The Harbour Courier (courier.example), Business\nSaturday, 19 June 2027 10:45\n\nNew terminal takes its first ship\n\n{BODY}\n----------\nNote from the compiler: forward to the planning team.\n"
        );
        let got = gone(&text);
        let reasons: Vec<Reason> = got.iter().map(|(_, r)| *r).collect();
        assert_eq!(
            reasons,
            [
                Reason::DatabaseField,
                Reason::DatabaseField,
                Reason::DatabaseField,
                Reason::ReaderNote
            ]
        );
        assert!(got[2].0.starts_with("Source:"));
        // In other languages.
        let de = format!(
            "Pressespiegel Stadtwerke\n=====\nQuelle: Neue Presse, Lokales, S. 3\n\nTitel der Meldung\n\n{BODY}\n-----\nAnmerkung der Bearbeiterin: bitte an Referat 2.\n"
        );
        let reasons: Vec<Reason> = gone(&de).into_iter().map(|(_, r)| r).collect();
        assert_eq!(
            reasons,
            [
                Reason::DatabaseField,
                Reason::DatabaseField,
                Reason::ReaderNote
            ]
        );
        let bn = format!("প্রেস ক্লিপিং\n=====\nসূত্র: দৈনিক খবর, কলকাতা\n\nশিরোনাম\n\n{BODY}");
        assert_eq!(gone(&bn).len(), 2);
        // A source line opening a text without a header.
        let bare =
            format!("Nguồn: Báo Điện tử (bao.example), chuyên mục Kinh tế\n\nTiêu đề\n\n{BODY}");
        assert_eq!(gone(&bare).len(), 1);
    }

    #[test]
    fn look_alikes_of_a_clipping_frame_stay() {
        // A sentence that opens with "Source:" is the article's.
        let said =
            format!("Source: the ministry said on Tuesday that the figures were final.\n\n{BODY}");
        assert!(gone(&said).is_empty());
        // A title over a rule, with no source line under it (a Setext-like
        // heading or a plain text's title).
        let titled = format!("New terminal takes its first ship\n=====\n\n{BODY}");
        assert!(gone(&titled).is_empty());
        // A rule too far down is no header's.
        let far = format!(
            "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n=====\nSource: The Courier\n\n{BODY}"
        );
        assert!(gone(&far).is_empty());
        // A note under the last rule, but no frame at the top: stays.
        let note = format!("Title\n\n{BODY}\n-----\nNote: the figures are provisional.\n");
        assert!(gone(&note).is_empty());
        // Under the last rule of a framed clipping, text with no note's
        // label (the article goes on) stays.
        let on = format!(
            "Press review\n=====\nSource: The Courier\n\nTitle\n\n{BODY}\n-----\nThe port will open a second berth next year.\n"
        );
        assert_eq!(gone(&on).len(), 2);
    }

    fn items(text: &str) -> Vec<String> {
        let lines = kinds(text);
        plain_list_items(&lines)
            .into_iter()
            .map(|(i, at)| lines[i].1[at..].to_string())
            .collect()
    }

    #[test]
    fn a_plain_lists_marks_go() {
        assert_eq!(
            items(
                "Trong năm 2027, đơn vị đặt mục tiêu:\n- Đón 120 chuyến tàu;\n- Đạt 250.000 TEU."
            ),
            ["Đón 120 chuyến tàu;", "Đạt 250.000 TEU."]
        );
        assert_eq!(
            items(
                "Die Stadt plant:\n• neue Busspuren\n• längere Takte\n• mehr Nachtlinien\n\nDer Rat stimmt im Mai ab."
            ),
            ["neue Busspuren", "längere Takte", "mehr Nachtlinien"]
        );
        assert_eq!(
            items("The plan has three parts:\n\n* a new depot\n* two lines"),
            ["a new depot", "two lines"]
        );
        // En dashes lead the items of Romanian, French and Russian lists.
        assert_eq!(
            items("Guvernul propune:\n– un pod nou peste Prut;\n– două linii de autobuz."),
            ["un pod nou peste Prut;", "două linii de autobuz."]
        );
        assert_eq!(
            items("Le maire annonce :\n– une piscine\n– un parc"),
            ["une piscine", "un parc"]
        );
        assert_eq!(
            items("В плане:\n– новая школа;\n– ремонт дорог."),
            ["новая школа;", "ремонт дорог."]
        );
    }

    #[test]
    fn look_alikes_of_a_plain_list_keep_their_marks() {
        // Quotations led by dashes (Nordic, Russian papers).
        assert!(items("Han säger:\n– Det är bra.\n– Vi är nöjda.").is_empty());
        assert!(items("El a întrebat:\n– Vii mâine?\n– Da, vin.").is_empty());
        // Figures with a minus under a colon.
        assert!(items("Temperaturi minime:\n– 5 grade la Iași\n– 3 grade la Cluj").is_empty());
        // One marked line is no list.
        assert!(items("He said:\n- We will not leave.\n\nThe talks go on.").is_empty());
        // Marked lines under a line that introduces nothing.
        assert!(items("The talks went on.\n- one\n- two").is_empty());
        // A colon two blank lines up introduces nothing here.
        assert!(items("Plan:\n\n\n- one\n- two").is_empty());
        // Mixed marks are two things, not one list.
        assert!(items("Plan:\n- one\n* two").is_empty());
        // A long paragraph behind a hyphen is no item.
        let long = "word ".repeat(45);
        assert!(items(&format!("Plan:\n- {long}\n- {long}")).is_empty());
    }
}
