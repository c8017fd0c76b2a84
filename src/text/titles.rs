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

/// Whether `word` (folded, lower-case) is a title word of either list.
pub(crate) fn is_title(word: &str) -> bool {
    TITLES.contains(&word) || MORE_TITLES.contains(&word)
}
