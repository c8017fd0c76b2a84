//! Dates with an Arabic month's name, as Arabic pages print them: the day,
//! the month and the year ("12 آذار 2028", "3 كانون الثاني 2028",
//! "5 مارس 2028"). Arabic names the months in three ways: after the
//! Syriac calendar in the Levant and Iraq ("آذار", "تشرين الأول", the
//! first and last two of two words), after the Latin names in Egypt and the
//! Gulf ("مارس", "أكتوبر"), and after the French ones in the Maghreb
//! ("أفريل", "جوان", "أوت"); a page often writes two together ("آذار/مارس",
//! "مارس (آذار)"), which must name the same month.

use chrono::NaiveDate;

/// The one-word names of each month, January first: Syriac (Levant),
/// Latin (Egypt, the Gulf), French (Maghreb) and Moroccan forms, with the
/// spellings with and without hamza.
const MONTHS: [&[&str]; 12] = [
    &["يناير", "جانفي", "جانفييه"],
    &["شباط", "فبراير", "فيفري", "فبرير"],
    &["آذار", "اذار", "أذار", "مارس"],
    &["نيسان", "أبريل", "إبريل", "ابريل", "أفريل", "افريل"],
    &["أيار", "ايار", "مايو", "ماي"],
    &["حزيران", "يونيو", "يونيه", "جوان", "يونيوز"],
    &["تموز", "يوليو", "يوليه", "جويلية", "يوليوز"],
    &["آب", "اب", "أغسطس", "اغسطس", "أوت", "اوت", "غشت"],
    &["أيلول", "ايلول", "سبتمبر", "شتنبر"],
    &["أكتوبر", "اكتوبر", "أكتوبار"],
    &["نوفمبر", "نونبر"],
    &["ديسمبر", "دجنبر", "ديسمبار"],
];

/// The months the Syriac calendar names in two words: "كانون" and
/// "تشرين", then "the first" or "the second".
fn two_word_month(first: &str, second: &str) -> Option<u32> {
    let nth = match second {
        "الأول" | "الاول" | "الأوّل" => 1,
        "الثاني" | "الثانى" => 2,
        _ => return None,
    };
    match (first, nth) {
        ("كانون", 2) => Some(1),
        ("كانون", 1) => Some(12),
        ("تشرين", 1) => Some(10),
        ("تشرين", 2) => Some(11),
        _ => None,
    }
}

/// The month a one-word name names, with its punctuation (an Arabic
/// comma, parentheses) taken off.
fn one_word_month(w: &str) -> Option<u32> {
    let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | '،' | ','));
    MONTHS
        .iter()
        .position(|names| names.contains(&w))
        .map(|i| i as u32 + 1)
}

/// The month named by the last words of `words` (read from the end), and
/// how many words it took: one name, two joined by a slash ("آذار/مارس"),
/// a two-word name ("كانون الثاني"), or one of those followed by another
/// in parentheses ("مارس (آذار)"); names written together must agree.
fn month_at_end(words: &[&str]) -> Option<(u32, usize)> {
    let last = *words.last()?;
    if last.starts_with('(') && last.ends_with(')') && words.len() > 1 {
        let inner = month_of_word(&last[1..last.len() - 1])?;
        let (m, used) = month_at_end(&words[..words.len() - 1])?;
        return (m == inner).then_some((m, used + 1));
    }
    if words.len() > 1
        && let Some(m) = two_word_month(words[words.len() - 2], last)
    {
        return Some((m, 2));
    }
    month_of_word(last).map(|m| (m, 1))
}

/// The month one word names: a name, or names joined by a slash that all
/// name it.
fn month_of_word(w: &str) -> Option<u32> {
    let mut parts = w.split('/');
    let m = one_word_month(parts.next()?)?;
    parts.all(|p| one_word_month(p) == Some(m)).then_some(m)
}

/// A date whose year (`year`, four ASCII digits) follows `before`, which
/// ends with the day and an Arabic month's name: the date and the byte
/// offset in `before` where its day starts.
pub(crate) fn date_before_year(before: &str, year: &str) -> Option<(NaiveDate, usize)> {
    let mut words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    // Only words in Arabic letters are read.
    let arabic = |w: &&str| w.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    if !words.first().is_some_and(arabic) {
        return None;
    }
    words.reverse();
    let (m, used) = month_at_end(&words)?;
    let day = *words.get(words.len().checked_sub(used + 1)?)?;
    let day = day.trim_end_matches(['،', ',', '.']);
    if !(1..=2).contains(&day.len()) || !day.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = year.parse().ok()?;
    if !(1800..=2200).contains(&y) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y, m, day.parse().ok()?)?;
    let from = day.as_ptr() as usize - before.as_ptr() as usize;
    Some((date, from))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<NaiveDate> {
        let at = s.rfind(' ')?;
        date_before_year(&s[..at], &s[at + 1..]).map(|(d, _)| d)
    }

    #[test]
    fn the_three_namings_of_the_months() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        for (s, want) in [
            // Levant: one word and two.
            ("12 آذار 2028", d(2028, 3, 12)),
            ("3 كانون الثاني 2027", d(2027, 1, 3)),
            ("31 كانون الأول 2026", d(2026, 12, 31)),
            ("7 تشرين الاول 2028", d(2028, 10, 7)),
            ("15 آب 2027", d(2027, 8, 15)),
            ("الخميس، 9 حزيران 2028", d(2028, 6, 9)),
            // Egypt and the Gulf; the Maghreb.
            ("5 مارس 2028", d(2028, 3, 5)),
            ("20 أغسطس 2027", d(2027, 8, 20)),
            ("1 جوان 2028", d(2028, 6, 1)),
            ("14 أوت 2026", d(2026, 8, 14)),
            // Two namings together.
            ("12 آذار/مارس 2028", d(2028, 3, 12)),
            ("12 مارس (آذار) 2028", d(2028, 3, 12)),
            ("نص: سامي حداد | 4 نيسان 2028", d(2028, 4, 4)),
        ] {
            assert_eq!(read(s), want, "{s}");
        }
    }

    #[test]
    fn what_is_no_such_date() {
        for s in [
            // Two namings that disagree; a day the month has not.
            "12 آذار/نيسان 2028",
            "12 مارس (نيسان) 2028",
            "30 شباط 2028",
            // "The first" after a word that is no month's; no day.
            "12 الفصل الأول 2028",
            "في آذار 2028",
            // A count before the month, and Latin letters.
            "120 آذار 2028",
            "12 March 2028",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }
}
