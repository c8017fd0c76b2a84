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

#[cfg(test)]
mod tests {
    use super::*;

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
