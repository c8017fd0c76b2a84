//! Lines around a report that credit its makers or time it, not part of
//! what it says: the credit list below a wire story ("Reporting by Felix
//! Light in Tbilisi; Editing by Andrew Osborn"), its source line ("Source:
//! Al Jazeera and news agencies", "With AFP"), a link to the outlet's
//! standards ("Our Standards: …"), and stamps above it: reading time ("3
//! min read") and a relative date ("Updated 2 hours ago").
//!
//! Each is a family, read by the shape of the whole line: the names after
//! "by" must be names (capitalised words joined by "and", "in", commas),
//! so a sentence that starts "Reporting by the BBC found …" stays.

use super::rules::Reason;

/// What a credit clause starts with: "Reporting by", "Additional reporting
/// by", "Writing and editing by", "Compiled by", "Translated by".
fn credit_head(clause: &str) -> Option<&str> {
    const ROLES: [&str; 15] = [
        "reporting",
        "writing",
        "editing",
        "research",
        "graphics",
        "translation",
        "production",
        "compiled",
        "translated",
        "edited",
        "written",
        "fact-checking",
        "additional",
        "with",
        "and",
    ];
    // " by " is ASCII: its byte offset is the same in the lower-case copy.
    let at = clause.to_ascii_lowercase().find(" by ")?;
    let head = clause[..at].to_lowercase();
    let mut words = head.split_whitespace().map(|w| w.trim_end_matches(','));
    let first = words.next()?;
    let role = |w: &str| ROLES.contains(&w);
    let named_role = head
        .split_whitespace()
        .any(|w| !["with", "and", "additional"].contains(&w.trim_end_matches(',')));
    let starts = role(first) && first != "and";
    if starts && named_role && words.all(role) {
        Some(clause[at + 4..].trim())
    } else {
        None
    }
}

/// Whether `s` is names only: capitalised words, joined by "and", "in",
/// "at", "from", "for", "of" and commas or slashes ("Felix Light in
/// Tbilisi and Nailia Bagirova in Baku").
fn names_only(s: &str) -> bool {
    const JOINS: [&str; 8] = ["and", "in", "at", "from", "for", "of", "the", "&"];
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || JOINS.contains(w)
                || ["de", "van", "von", "al", "bin", "da", "du", "le", "la"].contains(w)
        })
        && words.iter().filter(|w| JOINS.contains(*w)).count() * 2 <= words.len()
}

/// A credit list: clauses separated by ";" (or ",", or in parentheses),
/// each a role and "by" and names.
fn credit_list(t: &str) -> bool {
    let t = t.trim().trim_end_matches('.');
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t);
    let mut clauses = 0;
    for clause in t.split(';') {
        let Some(names) = credit_head(clause.trim()) else {
            return false;
        };
        if !names_only(names) {
            return false;
        }
        clauses += 1;
    }
    clauses > 0
}

/// A source line: "Source: Al Jazeera and news agencies", "Sources:
/// Reuters, AFP", "With AFP", "— With agencies": agencies or outlets only.
fn source_line(t: &str) -> bool {
    let t = t
        .trim()
        .trim_start_matches(['—', '–', '-'])
        .trim()
        .trim_end_matches('.');
    let lower = t.to_lowercase();
    let rest = ["sources:", "source:", "with"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|_| t[p.len()..].trim()));
    let Some(rest) = rest else {
        return false;
    };
    let generic = [
        "news agencies",
        "agencies",
        "wire services",
        "wires",
        "agency",
    ];
    let items: Vec<&str> = rest
        .split([',', '&', '/'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // After "With" only agencies: generic words, an acronym ("AFP",
    // "TASS") or a wire's name, so that a headline "With Shattered Dreams,
    // Deportees Return" is not one.
    let with = lower.starts_with("with");
    let wire = |i: &str| {
        const WIRES: [&str; 10] = [
            "reuters",
            "bloomberg",
            "interfax",
            "xinhua",
            "anadolu",
            "dpa",
            "kyodo",
            "yonhap",
            "efe",
            "ansa",
        ];
        WIRES.contains(&i.to_lowercase().as_str())
            || (i.chars().count() <= 6 && i.chars().all(|c| c.is_uppercase() || c == '-'))
    };
    !items.is_empty()
        && rest.split_whitespace().count() <= if with { 4 } else { 10 }
        && items.iter().all(|i| {
            generic.contains(&i.to_lowercase().as_str())
                || (with && wire(i))
                || (!with
                    && i.split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase)))
        })
}

/// "Our Standards: The Thomson Reuters Trust Principles.", "Editorial
/// standards", "Read our editorial guidelines": a link to the outlet's
/// rules, in a short line.
fn standards_link(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    let lower = lower.strip_prefix("read ").unwrap_or(&lower);
    lower.split_whitespace().count() <= 10
        && [
            "our standards",
            "editorial standards",
            "editorial guidelines",
            "our editorial guidelines",
            "our editorial standards",
        ]
        .iter()
        .any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|r| r.is_empty() || r.starts_with([':', '.', ' ']))
        })
}

/// "3 min read", "5-minute read", "Reading time: 4 minutes", "Updated 2
/// hours ago", "Published 35 minutes ago", "an hour ago".
fn stamp(t: &str) -> bool {
    let lower = t.trim().trim_end_matches('.').to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == ':' || c == '·')
        .filter(|w| !w.is_empty())
        .collect();
    let unit = |w: &str| {
        let w = w.trim_end_matches('s');
        [
            "second", "sec", "minute", "min", "hour", "hr", "h", "day", "week", "month", "year",
        ]
        .contains(&w)
    };
    let count =
        |w: &str| w.parse::<u32>().is_ok_and(|n| n < 1000) || ["a", "an", "one"].contains(&w);
    match words.as_slice() {
        [n, u, "read"] | [n, u, "reading"] => count(n) && unit(u) && !u.starts_with('h'),
        ["reading", "time", n, u] | ["read", "time", n, u] => count(n) && unit(u),
        [lead @ .., n, u, "ago"] => {
            count(n)
                && unit(u)
                && lead.len() <= 2
                && lead.iter().all(|w| {
                    [
                        "updated",
                        "published",
                        "posted",
                        "last",
                        "modified",
                        "edited",
                    ]
                    .contains(w)
                })
        }
        _ => false,
    }
}

/// Whether the line's first word is one these families start with (a
/// cheap look before the families themselves).
fn may_be(t: &str) -> bool {
    const FIRST: [&str; 27] = [
        "reporting",
        "writing",
        "editing",
        "research",
        "graphics",
        "translation",
        "production",
        "compiled",
        "translated",
        "edited",
        "written",
        "fact-checking",
        "additional",
        "with",
        "source",
        "sources",
        "our",
        "read",
        "reading",
        "updated",
        "published",
        "posted",
        "last",
        "modified",
        "a",
        "an",
        "one",
    ];
    let first = t
        .trim_start_matches(['(', '—', '–', '-', ' '])
        .split([' ', ':'])
        .next()
        .unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_digit())
        || (first.len() <= 13 && FIRST.iter().any(|f| f.eq_ignore_ascii_case(first)))
}

/// The reason a line is one of these, if it is.
pub(crate) fn classify(t: &str, words: usize) -> Option<Reason> {
    if words > 40 || !may_be(t) {
        return None;
    }
    if credit_list(t) || source_line(t) {
        return Some(Reason::Trailer);
    }
    if standards_link(t) {
        return Some(Reason::Footer);
    }
    if words <= 8 && stamp(t) {
        return Some(Reason::Stamp);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_sources_standards_and_stamps() {
        for (t, why) in [
            (
                "Reporting by Felix Light in Tbilisi and Nailia Bagirova in Baku; Writing by Guy Faulconbridge; Editing by Andrew Osborn",
                Reason::Trailer,
            ),
            (
                "Additional reporting by Mark Trevelyan in London.",
                Reason::Trailer,
            ),
            (
                "(Reporting by Andrew Osborn; editing by Timothy Heritage)",
                Reason::Trailer,
            ),
            ("Writing and editing by Anna Smith", Reason::Trailer),
            ("Compiled by Lucy Marks", Reason::Trailer),
            ("Source: Al Jazeera and news agencies", Reason::Trailer),
            ("Sources: Reuters, AFP", Reason::Trailer),
            ("With AFP", Reason::Trailer),
            ("With Reuters and AP", Reason::Trailer),
            ("— With agencies", Reason::Trailer),
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                Reason::Footer,
            ),
            ("Read our editorial guidelines", Reason::Footer),
            ("3 minute read", Reason::Stamp),
            ("5-min read", Reason::Stamp),
            ("Reading time: 4 minutes", Reason::Stamp),
            ("Updated 2 hours ago", Reason::Stamp),
            ("Published 35 minutes ago", Reason::Stamp),
            ("an hour ago", Reason::Stamp),
        ] {
            assert_eq!(classify(t, t.split_whitespace().count()), Some(why), "{t}");
        }
    }

    #[test]
    fn sentences_that_look_like_credits_stay() {
        for t in [
            "Reporting by the BBC found that the ministry had misled parliament.",
            "Editing by hand took the team three weeks, she said.",
            "Source: a person familiar with the talks said the plan was dropped.",
            "With the vote over, the coalition began talks on a budget.",
            "With Russia distracted, Azerbaijan saw its chance.",
            "With Shattered Dreams Deportees Return Home From Us",
            "With Friends Like These",
            "Our standards of living have fallen for a decade, the report says.",
            "Two hours ago the shelling stopped, residents said.",
            "It takes 3 minutes to read the whole treaty aloud.",
            "The ceasefire was agreed 3 days ago in Moscow.",
        ] {
            assert_eq!(classify(t, t.split_whitespace().count()), None, "{t}");
        }
    }
}
