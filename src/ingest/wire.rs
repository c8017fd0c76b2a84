//! A news agency's message as its wire delivers it (IPTC 7901 and ANPA
//! 1312, the formats wire services send over their feeds): the
//! teleprinter's start and end marks ("ZCZC", "NNNN"), the story's slug
//! ("BC-CHILE-COPPER/PRODUCTION (UPDATE 1)"), the note of what an update
//! changed ("(Adds Cochilco comment in paragraph 6)"), the reporter's
//! contact in double brackets ("((name@agency.com; +56 2 …))") and the
//! update's mark before the headline ("UPDATE 1-Chile copper output …").

use std::sync::LazyLock;

use regex::Regex;

/// The start and end of a message ("ZCZC", "ZCZC 0412", "NNNN") and a
/// story's slug: a desk's code, then words in capitals joined by hyphens
/// and slashes, perhaps with the version in brackets
/// ("BC-CHILE-COPPER/PRODUCTION (UPDATE 1)", "AM-US-ELECTION-RECOUNT").
static MARK_OR_SLUG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:ZCZC|NNNN)(?:\s+[A-Z0-9]{1,12})*|(?:BC|AM|PM|FP|[A-Z]{2,5})-[A-Z0-9]+(?:[-/][A-Z0-9]+)+(?:\s+\((?:UPDATE|URGENT|REFILE|CORRECTED|RPT|FLASH|WRAPUP|ADVISORY)[A-Z0-9 ,-]*\))?)$").expect("regex")
});

/// What an update changed, in brackets over the story: "(Adds Cochilco
/// comment in paragraph 6, …)", "(Updates with closing prices)", "(Recasts
/// throughout)". The bracket may close on a later line.
static UPDATE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\((?:Adds|Updates|Recasts|Corrects|Changes|Refiles|Rewrites|Repeats|Fixes|Removes|Inserts|Moves|Tops|Writes through|Re-?issues|Clarifies|Deletes)\s").expect("regex")
});

/// The mark of an update or kind of story glued before a headline by a
/// hyphen: "UPDATE 1-", "REFILE-", "CORRECTED-", "EXCLUSIVE-".
static HEADLINE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:UPDATE|WRAPUP|RPT) \d{1,2}|REFILE|CORRECTED|RPT|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|FOCUS|BREAKINGVIEWS|INTERVIEW|TIMELINE|PREVIEW|COLUMN|GRAPHIC|POLL|URGENT)(?:-(?:UPDATE \d{1,2}|REFILE|CORRECTED|EXCLUSIVE))*-\s?(?:\p{Lu}|\d)").expect("regex")
});

/// Whether `t` (one line, trimmed) is a message's start or end mark or its
/// slug.
pub(crate) fn mark_or_slug(t: &str) -> bool {
    // Every line is looked at: a mark or slug opens with a capital and has
    // no small letter before its first space.
    let b = t.as_bytes();
    t.len() <= 80
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && !b
            .iter()
            .take_while(|&&c| c != b' ')
            .any(u8::is_ascii_lowercase)
        && t.is_ascii()
        && MARK_OR_SLUG.is_match(t)
}

/// Whether `t` opens an update's note: how many lines on (0: this one) its
/// bracket closes, when it does within three lines of `next`.
pub(crate) fn update_note(t: &str, next: &[&str]) -> Option<usize> {
    if !t.starts_with('(') || !UPDATE_NOTE.is_match(t) {
        return None;
    }
    bracket_closes(t, next, ")")
}

/// Whether `t` opens a reporter's contact in double brackets
/// ("((valentina.araya@thomsonreuters.com; +56 2 2370 4200; …))"): how
/// many lines on it closes, within three lines of `next`, with an address
/// or a number in it.
pub(crate) fn contact(t: &str, next: &[&str]) -> Option<usize> {
    if !t.starts_with("((") {
        return None;
    }
    let n = bracket_closes(t, next, "))")?;
    let all = std::iter::once(t).chain(next.iter().take(n).copied());
    all.clone()
        .any(|l| l.contains('@'))
        .then_some(n)
        .or_else(|| all.into_iter().any(|l| l.contains('+')).then_some(n))
}

/// On how many lines after `t` (within three of `next`) the text ends with
/// `close`; 0 when `t` does.
fn bracket_closes(t: &str, next: &[&str], close: &str) -> Option<usize> {
    if t.trim_end().ends_with(close) {
        return Some(0);
    }
    next.iter()
        .take(3)
        .position(|l| l.trim_end().ends_with(close))
        .map(|i| i + 1)
}

/// `title` without an update's or story kind's mark glued before it.
pub(crate) fn without_wire_prefix(title: &str) -> &str {
    match HEADLINE_MARK.find(title) {
        Some(m) => {
            // The match ends on the headline's first character.
            let first = title[..m.end()]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8);
            title[m.end() - first..].trim_start()
        }
        None => title,
    }
}

/// A message as the wire transmits it, framed by the teleprinter's
/// control characters (ANPA 1312, IPTC 7901): SYN and SOH open the
/// header (the service, the selector codes, the category, the slug, the
/// date, the word count), STX the text, ETX closes it and EOT the
/// transmission. In the text a line that opens with "^" and ends with
/// "<" (the quad) is a keyword or headline line: the slug
/// ("BC-Cuba-Energia-Solar,0271"), an editor's note ("Eds: …") or the
/// headline. What [`unframe`] makes of it: the text line for line, and
/// the lines that are the feed's fields.
pub(crate) struct Unframed {
    pub(crate) text: String,
    pub(crate) fields: Vec<(usize, String)>,
}

/// The slug of a keyword line: one word of letters, figures and hyphens,
/// with the word count after a comma ("BC-Cuba-Energia-Solar,0271").
static SLUG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\w./-]+-[\w./-]+(?:,\s*\d{1,5})?$").expect("regex"));

/// An editor's note over the story ("Eds: With photo", "Editors: …",
/// "Note to editors: …").
static EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:eds?|editors?|note to editors|nota|ndlr|nota para editores)\s*[:.]")
        .expect("regex")
});

/// A text framed by the wire's control characters, unframed (`None` for
/// any other text: an SOH near its start and an STX after it).
pub(crate) fn unframe(text: &str) -> Option<Unframed> {
    const SOH: char = '\u{1}';
    const STX: char = '\u{2}';
    const ETX: char = '\u{3}';
    let soh = text.find(SOH).filter(|&at| at < 256)?;
    let stx = soh + text[soh..].find(STX)?;
    let mut out = Unframed {
        text: String::with_capacity(text.len()),
        fields: Vec::new(),
    };
    let mut at = 0;
    let mut in_text = false;
    let mut closed = false;
    for (i, raw) in text.split('\n').enumerate() {
        let start = at;
        at += raw.len() + 1;
        if i > 0 {
            out.text.push('\n');
        }
        let opens_text = !in_text && start + raw.len() >= stx;
        let closes = raw.contains(ETX);
        let clean: String = raw
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        let t = clean.trim();
        let field = |out: &mut Unframed| {
            if !t.is_empty() {
                out.fields.push((i + 1, t.to_string()));
            }
        };
        if closed || (!in_text && !opens_text) {
            field(&mut out);
        } else if let Some(inner) = t.strip_prefix('^').map(|k| k.trim_end_matches('<').trim()) {
            // A keyword line: the slug and an editor's note are fields,
            // the headline is text.
            if SLUG.is_match(inner) || EDITORS.is_match(inner) {
                field(&mut out);
            } else {
                out.text.push_str(inner);
            }
        } else if let Some(stamp) = t.strip_suffix('<') {
            // A line closed by the quad under the text: the time sent.
            if stamp.chars().any(char::is_lowercase) {
                out.text.push_str(stamp);
            } else {
                field(&mut out);
            }
        } else {
            out.text.push_str(clean.trim_end());
        }
        in_text |= opens_text;
        closed |= closes;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_framed_by_control_characters_is_unframed() {
        let msg = "\u{16}\u{16}\u{1}a0231\u{1f}fra-xx-pol\r\nr p\u{13} BC-Senegal-Vote 06-02 0212\r\n\u{2}^BC-Senegal-Vote,0212<\r\n^Le parlement adopte la réforme électorale<\r\n^Eds: Avec photo.<\r\n\t   Dakar, 2 juin (XX) Le parlement a adopté mardi la réforme.\r\n \r\n\t   Le texte entre en vigueur en janvier.\r\n\t   ab/cd\r\n\t   XX-FRA-06-02-27 1530GMT<\r\n\u{3}\r\n\u{4}";
        let u = unframe(msg).expect("framed");
        let lines: Vec<&str> = u.text.split('\n').map(str::trim).collect();
        assert_eq!(lines.len(), msg.split('\n').count());
        assert_eq!(lines[3], "Le parlement adopte la réforme électorale");
        assert!(lines[5].starts_with("Dakar, 2 juin"));
        assert!(
            u.text
                .chars()
                .all(|c| !c.is_control() || c == '\n' || c == '\t' || c == '\r')
        );
        let fields: Vec<usize> = u.fields.iter().map(|f| f.0).collect();
        assert_eq!(fields, [1, 2, 3, 5, 10], "{:?}", u.fields);
        // Text without the frame, or with an SOH far from its start: none.
        assert!(unframe("Le parlement a adopté mardi la réforme.\n").is_none());
        let late = format!("{}\u{1}x\u{2}y", "a".repeat(300));
        assert!(unframe(&late).is_none());
    }

    #[test]
    fn marks_and_slugs_of_a_wire_message() {
        for t in [
            "ZCZC",
            "ZCZC 0412",
            "NNNN",
            "BC-CHILE-COPPER/PRODUCTION (UPDATE 1)",
            "AM-US-ELECTION-RECOUNT",
        ] {
            assert!(mark_or_slug(t), "{t}");
        }
        for t in [
            "NATO-RUSSIA",
            "KYIV, March 3 (Reuters) - Ukraine said",
            "COVID-19",
            "US-China talks resume",
            "ZCZC is a code",
        ] {
            assert!(!mark_or_slug(t), "{t}");
        }
    }

    #[test]
    fn update_notes_and_contacts_close_on_a_later_line() {
        let next = ["paragraph 9, prices)", "", "By Valentina Araya"];
        assert_eq!(
            update_note(
                " (Adds Cochilco comment in paragraph 6, analyst quote in".trim(),
                &next
            ),
            Some(1)
        );
        assert_eq!(update_note("(Updates with closing prices)", &[]), Some(0));
        assert_eq!(update_note("(Adds a line)", &[]), Some(0));
        // A sentence in brackets is no note.
        assert_eq!(update_note("(Additional reporting was done.)", &[]), None);
        assert_eq!(update_note("(The ministry did not comment.)", &[]), None);
        let next = ["Reuters Messaging: valentina.araya.thomsonreuters.com@reuters.net))"];
        assert_eq!(
            contact(
                "((valentina.araya@thomsonreuters.com; +56 2 2370 4200;",
                &next
            ),
            Some(1)
        );
        assert_eq!(contact("((see table))", &[]), None);
    }

    #[test]
    fn an_updates_mark_comes_off_the_headline() {
        for (t, want) in [
            (
                "UPDATE 1-Chile copper output slides 4.1% in January",
                "Chile copper output slides 4.1% in January",
            ),
            (
                "REFILE-Oil rises on supply fears",
                "Oil rises on supply fears",
            ),
            ("EXCLUSIVE-Airline weighs sale", "Airline weighs sale"),
            ("UPDATE 2-Ölpreis steigt", "Ölpreis steigt"),
            ("COVID-19 cases rise again", "COVID-19 cases rise again"),
            ("ANALYSIS of the vote", "ANALYSIS of the vote"),
        ] {
            assert_eq!(without_wire_prefix(t), want, "{t}");
        }
    }
}
