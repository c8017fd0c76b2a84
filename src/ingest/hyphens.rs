//! Hyphens at line ends: a word broken across two lines ("govern-" /
//! "ment") is joined whole; a compound that happened to wrap at its own
//! hyphen ("long-" / "term") keeps it.
//!
//! The evidence is the document's own words: the joined word or the
//! hyphenated compound written elsewhere in it, whether its two halves are
//! words of their own, a capital after the hyphen ("Euro-" / "Atlantic"),
//! and whether the document breaks words at line ends at all.

use std::borrow::Cow;

use crate::compare::text::FxSet;

/// Decides line-end hyphens for one document whose lines live for `'a`.
#[derive(Debug, Default)]
pub(crate) struct Hyphens<'a> {
    /// The document's words, lower-cased: whole tokens ("far-flung") and
    /// their parts ("far", "flung"). Borrowed from the lines when they are
    /// lower case already (most are): a copy of each word of a wrapped
    /// document was a sixth of its ingestion.
    words: FxSet<Cow<'a, str>>,
    /// The document may break words at line ends (a line-end hyphen before a
    /// lower-case letter).
    breaks_words: bool,
    /// It has only one such hyphen: as likely a compound that wrapped.
    single: bool,
    /// It breaks words with the hyphen U+2010 at line ends and never writes
    /// that hyphen inside a line (its compounds have the hyphen-minus): a
    /// typesetter's breaks, each dropped.
    set_breaks: bool,
}

/// First parts that make compounds ("well-known", "long-term", "ex-Soviet").
const COMPOUND_HEADS: [&str; 40] = [
    "well", "self", "non", "anti", "pro", "co", "ex", "post", "pre", "vice", "long", "short",
    "high", "low", "full", "half", "all", "cross", "mid", "multi", "semi", "quasi", "one", "two",
    "three", "four", "five", "first", "second", "third", "far", "cease", "state", "year", "top",
    "large", "small", "world", "never", "life",
];

/// Second parts that make compounds ("state-owned", "Russia-backed").
const COMPOUND_TAILS: [&str; 24] = [
    "term", "based", "run", "owned", "backed", "led", "related", "level", "scale", "time", "year",
    "old", "wide", "like", "free", "style", "made", "known", "up", "in", "out", "off", "down",
    "fire",
];

/// Conjunctions after a suspended hyphen: the first part of a compound whose
/// second part is shared with the next word ("Ost- und Westdeutschland",
/// "pre- and post-war", "in- en uitvoer", "inn- og utland"). A hyphenator
/// leaves no such word alone after a break (one letter is too short, and
/// syllables of three that stand alone as these are rare), so at a line
/// end they mean the hyphen stays and a space follows it. English "or" and
/// "to" are left out: "col-" / "or" is how "color" breaks.
const SUSPENDING: [&str; 22] = [
    "und", "oder", "bis", "sowie", "bzw", "and", "en", "of", "tot", "og", "och", "eller", "et",
    "ou", "y", "e", "o", "i", "a", "lub", "oraz", "nebo",
];

/// The hyphens a line may end in: the hyphen-minus, and the hyphen
/// (U+2010) that PDF readers write where a typesetter broke a word.
pub(crate) const HYPHENS: [char; 2] = ['-', '\u{2010}'];

/// Whether `line` ends in a letter and a hyphen (not a dash).
fn ends_in_hyphen(line: &str) -> bool {
    let mut rev = line.trim_end().chars().rev();
    rev.next().is_some_and(|c| HYPHENS.contains(&c)) && rev.next().is_some_and(char::is_alphabetic)
}

/// Whether `line` ends in a letter and the hyphen U+2010.
fn ends_in_unicode_hyphen(line: &str) -> bool {
    line.trim_end().ends_with('\u{2010}') && ends_in_hyphen(line)
}

/// The runs of letters, digits and hyphens of `line` that hold a letter or
/// digit, in order: what splitting at every other character gives, read a
/// byte at a time where the text is ASCII.
fn tokens_of(line: &str) -> impl Iterator<Item = &str> {
    let b = line.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            // The start of the next run.
            let start = i;
            while i < b.len() {
                let (inside, len) = token_char(line, i);
                if !inside {
                    break;
                }
                i += len;
            }
            let run = &line[start..i];
            // Past the character that ended the run.
            if i < b.len() {
                i += token_char(line, i).1;
            } else if run.is_empty() {
                return None;
            }
            if !run.trim_matches('-').is_empty() {
                return Some(run);
            }
        }
    })
}

/// Whether the character at byte `i` of `line` belongs in a token (a
/// letter, digit or hyphen), and its length.
fn token_char(line: &str, i: usize) -> (bool, usize) {
    let x = line.as_bytes()[i];
    if x < 0x80 {
        return (x.is_ascii_alphanumeric() || x == b'-', 1);
    }
    match line[i..].chars().next() {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        None => (false, 1),
    }
}

/// `word` in lower case, borrowed when it is (ASCII without capitals).
fn lower(word: &str) -> Cow<'_, str> {
    match word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        true => Cow::Borrowed(word),
        false => Cow::Owned(word.to_lowercase()),
    }
}

impl<'a> Hyphens<'a> {
    /// The evidence of a document whose lines of text are `lines`.
    pub(crate) fn of(lines: impl Iterator<Item = &'a str> + Clone) -> Hyphens<'a> {
        let mut breaks = 0;
        let mut prev_hyphen = false;
        // Lines ending in U+2010.
        let mut set_ends = 0;
        for l in lines.clone() {
            if prev_hyphen && l.chars().next().is_some_and(char::is_lowercase) {
                breaks += 1;
            }
            prev_hyphen = ends_in_hyphen(l);
            set_ends += usize::from(prev_hyphen && ends_in_unicode_hyphen(l));
        }
        // Lines with U+2010 inside, searched only in a text that breaks
        // words with it.
        let inside = |l: &str| {
            let t = l.trim_end().trim_end_matches('\u{2010}');
            memchr::memmem::find(t.as_bytes(), "\u{2010}".as_bytes()).is_some()
        };
        let set_inside = if set_ends > 0 {
            lines.clone().filter(|l| inside(l)).count()
        } else {
            0
        };
        if breaks == 0 {
            return Hyphens::default();
        }
        let mut words = FxSet::default();
        words.reserve(1024);
        let mut after_hyphen = false;
        let mut tokens: Vec<&str> = Vec::new();
        for l in lines {
            // The pieces of words broken at line ends are not words.
            tokens.clear();
            tokens.extend(tokens_of(l));
            let first = usize::from(after_hyphen);
            after_hyphen = ends_in_hyphen(l);
            let last = tokens.len().saturating_sub(usize::from(after_hyphen));
            for token in tokens.get(first..last).unwrap_or_default() {
                let token = lower(token.trim_matches('-'));
                if token.contains('-') {
                    match &token {
                        Cow::Borrowed(t) => words.extend(t.split('-').map(Cow::Borrowed)),
                        Cow::Owned(t) => {
                            words.extend(t.split('-').map(|p| Cow::Owned(p.to_string())));
                        }
                    }
                }
                words.insert(token);
            }
        }
        Hyphens {
            words,
            breaks_words: breaks >= 1,
            single: breaks == 1,
            set_breaks: set_ends > 0 && set_inside == 0,
        }
    }

    /// Whether the hyphen ending `line` is suspended: `next` opens with a
    /// conjunction and a word follows it ("Ost-" / "und Westdeutschland"),
    /// and the document never writes the two joined. The hyphen stays and a
    /// space follows it.
    pub(crate) fn suspends(&self, line: &str, next: &str) -> bool {
        if !ends_in_hyphen(line) {
            return false;
        }
        let mut words = next.split_whitespace();
        let (Some(first), Some(second)) = (words.next(), words.next()) else {
            return false;
        };
        if !SUSPENDING.contains(&first) || !second.chars().next().is_some_and(char::is_alphabetic) {
            return false;
        }
        let head = line
            .trim_end()
            .trim_end_matches(HYPHENS)
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        head.chars().count() >= 2
            && !self
                .words
                .contains(format!("{}{first}", head.to_lowercase()).as_str())
    }

    /// Whether the hyphen ending `line` is dropped when `next` is joined to
    /// it (a word broken in two); `false` keeps it (a compound).
    pub(crate) fn drops(&self, line: &str, next: &str) -> bool {
        if !ends_in_hyphen(line) || !next.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        if self.set_breaks && ends_in_unicode_hyphen(line) {
            return true;
        }
        let head: String = line
            .trim_end()
            .trim_end_matches(HYPHENS)
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<String>()
            .to_lowercase();
        let tail: String = next
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        let joined = format!("{head}{tail}");
        if self.words.contains(joined.as_str()) {
            return true;
        }
        if self.words.contains(format!("{head}-{tail}").as_str()) {
            return false;
        }
        let both_words = |a: &str, b: &str| {
            a.chars().count() >= 2
                && b.chars().count() >= 2
                && self.words.contains(a)
                && self.words.contains(b)
        };
        let compound = self.single
            && (COMPOUND_HEADS.contains(&head.as_str()) || COMPOUND_TAILS.contains(&tail.as_str()));
        self.breaks_words && !both_words(&head, &tail) && !compound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_those_of_splitting_at_other_characters() {
        for l in [
            "The government said the agree-",
            "ment would be signed -- next week, (long-term) 2023-24!",
            "Ärger über Öl — «quotes» ‘and’ “marks” Ереван-Баку",
            "- - -- a-",
            "",
            "   ",
            "日本語の文章、と. emoji 🙂 x",
        ] {
            let want: Vec<&str> = l
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|t| !t.trim_matches('-').is_empty())
                .collect();
            assert_eq!(tokens_of(l).collect::<Vec<_>>(), want, "{l}");
        }
    }

    fn hyphens(text: &str) -> Hyphens<'_> {
        Hyphens::of(text.lines())
    }

    const BROKEN: &str = "\
The government said the agree-
ment would be signed next week, and the oppo-
sition called the deal a long-
term mistake that the long and the term would show.";

    #[test]
    fn words_broken_at_line_ends_are_joined() {
        let h = hyphens(BROKEN);
        assert!(h.drops("the agree-", "ment would"));
        assert!(h.drops("and the oppo-", "sition called"));
    }

    #[test]
    fn compounds_keep_their_hyphen() {
        let h = hyphens(BROKEN);
        // Both halves are words of the document.
        assert!(!h.drops("a long-", "term mistake"));
        // A capital after the hyphen.
        assert!(!h.drops("the Euro-", "Atlantic"));
        // The compound is written elsewhere.
        let h = hyphens(
            "a far-flung place\nits far-\nflung friends\nthe oppo-\nsition\nthe agree-\nment",
        );
        assert!(!h.drops("its far-", "flung friends"));
    }

    #[test]
    fn a_typesetters_hyphen_at_line_ends_breaks_words() {
        // U+2010 at line ends only, compounds with the hyphen-minus: each
        // break is dropped, even where both halves are words ("ces", "son").
        let text = "Ces\u{2010}\nson-Sévigné et ces fils, son avis\nsur les ré\u{2010}\npétitions.";
        let h = hyphens(text);
        assert!(h.drops("Ces\u{2010}", "son-Sévigné et ces fils"));
        assert!(h.drops("sur les ré\u{2010}", "pétitions."));
        let joined = crate::ingest::text::join_lines(["Ces\u{2010}", "son-Sévigné"].into_iter());
        assert_eq!(
            joined, "Ces\u{2010}son-Sévigné",
            "without the evidence, kept"
        );
        // A capital after it: a compound, as with the hyphen-minus.
        assert!(!h.drops("Anne\u{2010}", "Laure Rolland"));
        // A document that writes U+2010 inside its lines too ("COVID‐19")
        // weighs each break by its words, as with the hyphen-minus.
        let h = hyphens(
            "COVID\u{2010}19 cases\nthe long\u{2010}\nterm, the long and the term\nthe govern\u{2010}\nment",
        );
        assert!(!h.drops("the long\u{2010}", "term, the long"));
        assert!(h.drops("the govern\u{2010}", "ment"));
    }

    #[test]
    fn a_single_line_end_hyphen_is_a_compound() {
        // A compound's usual first or second part keeps the hyphen.
        let h = hyphens("They signed a cease-\nfire on Monday.");
        assert!(!h.drops("They signed a cease-", "fire on Monday."));
    }

    #[test]
    fn a_single_broken_word_is_joined() {
        let h = hyphens("The govern-\nment said so.");
        assert!(h.drops("The govern-", "ment said so."));
        let h = hyphens("A long-\nterm plan.");
        assert!(!h.drops("A long-", "term plan."));
    }

    #[test]
    fn the_joined_word_elsewhere_decides() {
        let h = hyphens("The ceasefire held.\nThey signed a cease-\nfire on Monday.");
        assert!(h.drops("They signed a cease-", "fire on Monday."));
    }

    #[test]
    fn a_suspended_hyphen_keeps_its_space() {
        let h = hyphens(
            "von Landesministern aus Ost-\nund Westdeutschland, die Vor-\nund Nachteile der Ein-\noder Ausfuhr, pre-\nand post-war, in-\nen uitvoer, inn-\nog utland",
        );
        for (line, next) in [
            ("aus Ost-", "und Westdeutschland,"),
            ("die Vor-", "und Nachteile"),
            ("der Ein-", "oder Ausfuhr"),
            ("pre-", "and post-war"),
            ("in-", "en uitvoer"),
            ("inn-", "og utland"),
        ] {
            assert!(h.suspends(line, next), "{line} / {next}");
        }
        // Counter-examples: a word broken in two, a conjunction that ends the
        // line, one written joined elsewhere, English "or", a dash.
        assert!(!h.suspends("the agree-", "ment would"));
        assert!(!h.suspends("aus Ost-", "und"));
        assert!(!h.suspends("the col-", "or red"));
        assert!(!h.suspends("the talks -", "and more"));
        let h = hyphens("Der Hund und der Vagabund.\nEin Vaga-\nbund und");
        assert!(!h.suspends("Ein Vaga-", "bund und"));
        let h = hyphens("the brand\nthe br-\nand more");
        assert!(!h.suspends("the br-", "and more"));
    }

    #[test]
    fn dashes_are_not_hyphens() {
        let h = hyphens(BROKEN);
        assert!(!h.drops("the talks --", "and more"));
        assert!(!h.drops("the talks -", "and more"));
    }
}
