//! English stop words: what carries no topic on its own.

/// English stop words: function words, contraction stems ("doesn" of
/// "doesn't") and very common verbs, which carry no topic on their own.
pub(crate) const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "let",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "per",
    "rather",
    "really",
    "s",
    "said",
    "same",
    "say",
    "says",
    "see",
    "seem",
    "seems",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "told",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "t",
    "ll",
    "ve",
    "re",
    "d",
    "m",
    "yes",
    "well",
    "still",
    "already",
    "almost",
    "around",
    "among",
    "another",
    "according",
    "including",
    "across",
    "toward",
    "towards",
    "every",
    "either",
    "neither",
    "despite",
    "instead",
    "later",
    "ago",
    "don",
    "doesn",
    "didn",
    "isn",
    "wasn",
    "aren",
    "weren",
    "won",
    "couldn",
    "shouldn",
    "wouldn",
    "hasn",
    "haven",
    "hadn",
    "ain",
    "mr",
    "mrs",
    "ms",
];

/// The stop words in a hash set: looked up once per word of every block
/// of a page copy and of every compared passage, where a scan of the list
/// compared each word with up to 209 strings.
static LISTED: std::sync::LazyLock<crate::compare::text::FxSet<&'static str>> =
    std::sync::LazyLock::new(|| STOP_WORDS.iter().copied().collect());

/// Whether `word` (folded, lower-case) is a stop word, or too short or
/// numeric to be a term.
pub(crate) fn is_stop(word: &str) -> bool {
    word.chars().nth(2).is_none() || word.bytes().any(|b| b.is_ascii_digit()) || is_listed(word)
}

/// Whether `word` (lower-case) is one of the English stop words, whatever
/// its length.
pub(crate) fn is_listed(word: &str) -> bool {
    // No stop word is longer than 10 bytes.
    word.len() <= 10 && LISTED.contains(word)
}

/// The share of the words of `text` that are English stop words: high
/// (0.3 and more) in English prose, low in other languages and in menus.
pub(crate) fn share(text: &str) -> f64 {
    // Words are runs of letters and apostrophes, read byte by byte with
    // each folded to lower case as it is read.
    let (mut words, mut stops) = (0usize, 0usize);
    let mut lower = String::new();
    let mut end_word = |lower: &mut String| {
        if !lower.is_empty() {
            words += 1;
            if is_listed(lower) {
                stops += 1;
            }
            lower.clear();
        }
    };
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            if b[i].is_ascii_alphabetic() || b[i] == b'\'' {
                lower.push(char::from(b[i].to_ascii_lowercase()));
            } else {
                end_word(&mut lower);
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_alphabetic() {
            lower.extend(c.to_lowercase());
        } else {
            end_word(&mut lower);
        }
        i += c.len_utf8();
    }
    end_word(&mut lower);
    stops as f64 / words.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_of_stop_words_counts_words_as_split_and_lower_cased() {
        // The words of `share` are those of splitting at every character
        // that is no letter or apostrophe, each in lower case.
        let by_split = |text: &str| {
            let words: Vec<String> = text
                .split(|c: char| !c.is_alphabetic() && c != '\'')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let stops = words.iter().filter(|w| is_listed(w)).count();
            stops as f64 / words.len().max(1) as f64
        };
        for t in [
            "The talks resumed on Monday, and THEY were over by noon.",
            "Die Gespräche wurden am Montag in Genf fortgesetzt.",
            "İstanbul'da ÜBER 2023 ‘it’s’ don't—and/or x2y",
            "",
            "12 34 — …",
        ] {
            assert_eq!(share(t), by_split(t), "{t}");
        }
        assert!(share("It was the end of the talks and of the war.") > 0.5);
        assert!(share("Startseite Ausland Asien Wirtschaft") < 0.01);
    }

    #[test]
    fn the_set_agrees_with_the_list_on_every_word_of_the_seeds() {
        for w in STOP_WORDS {
            assert!(is_listed(w) && is_stop(w), "{w}");
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/sources");
        let mut seen = 0;
        for outlet in std::fs::read_dir(dir).expect("sources") {
            for f in std::fs::read_dir(outlet.expect("outlet").path()).expect("outlet") {
                let text = std::fs::read_to_string(f.expect("file").path()).unwrap_or_default();
                for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'') {
                    let word = word.to_lowercase();
                    let listed = STOP_WORDS.contains(&word.as_str());
                    assert_eq!(is_listed(&word), listed, "{word}");
                    let stop = word.chars().count() < 3
                        || word.chars().any(|c| c.is_ascii_digit())
                        || listed;
                    assert_eq!(is_stop(&word), stop, "{word}");
                    seen += 1;
                }
            }
        }
        assert!(seen > 1000, "{seen}");
        // Counter-examples: near words, longer words, other scripts.
        for w in ["abouts", "thereafter", "wouldnt", "который", "und", "ağır"] {
            assert!(!is_listed(w), "{w}");
        }
        assert!(is_stop("и") && is_stop("a1b2c") && !is_stop("ceasefire"));
    }
}
