//! Title words that come before a speaker's name ("Foreign Minister",
//! "Kremlin spokesman", "Former Russian President", "Dr."): what is left
//! out of a name.

/// Title words that ingest and the comparison both drop before a name
/// (lower-case).
pub(crate) const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "foreign",
    "defense",
    "defence",
    "deputy",
    "kremlin",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "former",
    "russian",
    "armenian",
    "azerbaijani",
    "azeri",
    "turkish",
    "american",
    "ukrainian",
    "georgian",
    "iranian",
    "secretary",
    "general",
    "chairman",
    "ambassador",
    "lawmaker",
    "senator",
    "analyst",
    "expert",
    "mr",
    "mrs",
    "ms",
    "dr",
    "professor",
    "leader",
    "head",
    "chief",
    "the",
    "security",
    "council",
    "opposition",
    "us",
    "u.s.",
    "eu",
    "un",
    "nato",
];

/// More title words the comparison drops before a name when it merges
/// speakers (lower-case).
pub(crate) const MORE_TITLES: &[&str] = &[
    "vice",
    "press",
    "ex",
    "french",
    "german",
    "gen",
    "prof",
    "state",
    "duma",
    "speaker",
    "mp",
    "official",
    "colonel",
    "commander",
    "political",
    "scientist",
    "researcher",
    "director",
];

/// Whether `word`, in any case and with a possessive "'s" or "’s" or
/// none, is a title word of the first list ([`TITLES`]).
pub(crate) fn is_first_title(word: &str) -> bool {
    // Title words are short and ASCII: a longer word, or one in another
    // script, is none (without lower-casing it).
    const LONGEST: usize = 24;
    let w = word.as_bytes();
    if w.len() > LONGEST + "’s".len() {
        return false;
    }
    let mut buf = [0u8; LONGEST + 4];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    let Ok(lower) = std::str::from_utf8(lower) else {
        return false;
    };
    let bare = lower.trim_end_matches("'s").trim_end_matches("’s");
    static SORTED: std::sync::LazyLock<Vec<&str>> = std::sync::LazyLock::new(|| {
        let mut v = TITLES.to_vec();
        v.sort_unstable();
        v
    });
    bare.is_ascii() && bare.len() <= LONGEST && SORTED.binary_search(&bare).is_ok()
}

/// Whether `word` (folded, lower-case) is a title word of either list.
pub(crate) fn is_title(word: &str) -> bool {
    TITLES.contains(&word) || MORE_TITLES.contains(&word)
}

/// Adjectives of nationality and region (lower-case): before a common noun
/// they describe a group ("the Russian peacekeepers", "Armenian officials"),
/// never name one speaker.
const NATIONALITIES: &[&str] = &[
    "afghan",
    "african",
    "american",
    "arab",
    "armenian",
    "australian",
    "austrian",
    "azerbaijani",
    "azeri",
    "belarusian",
    "belgian",
    "brazilian",
    "british",
    "bulgarian",
    "canadian",
    "caucasian",
    "chinese",
    "czech",
    "danish",
    "dutch",
    "egyptian",
    "emirati",
    "english",
    "estonian",
    "european",
    "finnish",
    "french",
    "georgian",
    "german",
    "greek",
    "hungarian",
    "indian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "japanese",
    "jordanian",
    "kazakh",
    "korean",
    "kurdish",
    "kyrgyz",
    "latvian",
    "lebanese",
    "libyan",
    "lithuanian",
    "mexican",
    "moldovan",
    "nigerian",
    "norwegian",
    "pakistani",
    "palestinian",
    "persian",
    "polish",
    "portuguese",
    "qatari",
    "romanian",
    "russian",
    "saudi",
    "scottish",
    "serbian",
    "slovak",
    "soviet",
    "spanish",
    "swedish",
    "swiss",
    "syrian",
    "tajik",
    "turkish",
    "turkmen",
    "ukrainian",
    "uzbek",
    "venezuelan",
    "welsh",
    "western",
    "yemeni",
];

/// Whether `word` (lower-case) is an adjective of nationality or region.
pub(crate) fn is_nationality(word: &str) -> bool {
    NATIONALITIES.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nationalities_are_sorted_and_found_only_whole() {
        assert!(NATIONALITIES.windows(2).all(|w| w[0] < w[1]));
        for w in ["russian", "armenian", "azerbaijani", "european", "soviet"] {
            assert!(is_nationality(w), "{w}");
        }
        for w in [
            "russia",
            "kremlin",
            "pashinyan",
            "erdogan",
            "russians",
            "Russian",
        ] {
            assert!(!is_nationality(w), "{w}");
        }
    }

    #[test]
    fn first_titles_in_any_case_and_possessive() {
        for w in [
            "President",
            "PRESIDENT",
            "president’s",
            "Minister's",
            "spokesman",
        ] {
            assert!(is_first_title(w), "{w}");
        }
        for w in [
            "Presidents",
            "Lavrov",
            "Президент",
            "",
            "presidentialcandidatesandothers",
        ] {
            assert!(!is_first_title(w), "{w}");
        }
    }
}
