//! Dates in words: month names and their abbreviations, years and decades.

/// The months, January first.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number (1–12) of a month name as articles print it: the full name
/// or its three-letter abbreviation, "Sept" too, in any case, with or
/// without a trailing dot ("September", "SEP", "Sept.", "mar").
pub(crate) fn month(name: &str) -> Option<u32> {
    let n = name.strip_suffix('.').unwrap_or(name);
    let position = MONTHS.iter().position(|m| {
        m.eq_ignore_ascii_case(n)
            || (n.len() == 3 && m.get(..3).is_some_and(|a| a.eq_ignore_ascii_case(n)))
    });
    match position {
        Some(i) => Some(i as u32 + 1),
        None if n.eq_ignore_ascii_case("sept") => Some(9),
        None => None,
    }
}

/// Month number of a word of running text (folded, lower-case): as
/// [`month`], except "mar", which in running text is the verb more often
/// than March.
pub(crate) fn month_word(word: &str) -> Option<u32> {
    if word == "mar" { None } else { month(word) }
}

/// What a word says about dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// Nothing.
    None,
    /// A plausible year, 1800–2099.
    Year(i32),
    /// A decade: `1990s`, `90s` (its first year).
    Decade(i32),
    /// A month name or its abbreviation (1–12).
    Month(u32),
}

/// What `word` (folded, lower-case) says about dates.
pub(crate) fn date_word(word: &str) -> DateWord {
    if let Some(m) = month_word(word) {
        return DateWord::Month(m);
    }
    let b = word.as_bytes();
    if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
        if let Ok(y) = word.parse::<i32>()
            && (1800..=2099).contains(&y)
        {
            return DateWord::Year(y);
        }
        return DateWord::None;
    }
    if let Some(d) = word.strip_suffix('s') {
        return decade(d);
    }
    DateWord::None
}

/// The decade of "1990" or "90" (a word without its "s").
fn decade(d: &str) -> DateWord {
    let db = d.as_bytes();
    if !(db.iter().all(u8::is_ascii_digit) && db.last() == Some(&b'0')) {
        return DateWord::None;
    }
    if db.len() == 4
        && let Ok(y) = d.parse::<i32>()
        && (1800..=2090).contains(&y)
    {
        return DateWord::Decade(y);
    }
    if db.len() == 2
        && let Ok(y) = d.parse::<i32>()
    {
        return DateWord::Decade(1900 + y);
    }
    DateWord::None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_every_printed_form() {
        for (name, n) in [
            ("September", 9),
            ("sept", 9),
            ("Sept.", 9),
            ("SEP", 9),
            ("may", 5),
            ("Mar.", 3),
            ("jun", 6),
            ("december", 12),
        ] {
            assert_eq!(month(name), Some(n), "{name}");
        }
        for name in ["ma", "sep..", "janu", "septe", "marchy", ""] {
            assert_eq!(month(name), None, "{name}");
        }
        assert_eq!(month_word("mar"), None);
        assert_eq!(month_word("march"), Some(3));
    }

    #[test]
    fn years_and_decades() {
        assert_eq!(date_word("1993"), DateWord::Year(1993));
        assert_eq!(date_word("2100"), DateWord::None);
        assert_eq!(date_word("1990s"), DateWord::Decade(1990));
        assert_eq!(date_word("80s"), DateWord::Decade(1980));
        assert_eq!(date_word("1995s"), DateWord::None);
        assert_eq!(date_word("sept"), DateWord::Month(9));
    }
}
