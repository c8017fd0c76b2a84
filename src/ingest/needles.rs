//! Cheap first looks for the line rules' patterns.
//!
//! Most lines of an article are prose, and most rules' patterns match
//! none of them. A rule whose every match holds one of a few words looks
//! for those words first, all in one pass over the line, and runs its
//! pattern only on the lines that hold one. A needle set must be a
//! necessary condition of its pattern: each pattern's tests run through
//! its gate.

use std::borrow::Cow;
use std::cell::RefCell;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Words looked for at once, in any ASCII case. A word with letters
/// beyond ASCII is also looked for in its capitalised and upper-case
/// forms ("рассылк", "Рассылк", "РАССЫЛК"), which ASCII case does not
/// reach.
///
/// The line is put in ASCII lower case once (in a buffer kept between
/// calls), and the words, put so too, are looked for as written: a search
/// for a few dozen fixed words runs many bytes at a time, where one
/// ignoring case goes a byte at a time.
pub(crate) struct Needles(AhoCorasick);

impl Needles {
    /// The set of `words` (a word of none would match every line).
    pub(crate) fn new(words: &[&str]) -> Self {
        let mut all: Vec<String> = Vec::with_capacity(words.len() * 3);
        for w in words {
            debug_assert!(!w.is_empty(), "an empty needle");
            all.push(w.to_ascii_lowercase());
            if !w.is_ascii() {
                all.push(w.to_uppercase().to_ascii_lowercase());
                let mut c = w.chars();
                if let Some(first) = c.next() {
                    let title: String = first.to_uppercase().chain(c).collect();
                    all.push(title.to_ascii_lowercase());
                }
            }
        }
        all.sort();
        all.dedup();
        // A table (DFA) search however many words: aho-corasick's own
        // choice drops to a slower automaton past 100 words, and the
        // line rules' sets pass that (every line is searched).
        let set = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&all)
            .expect("needles build");
        Needles(set)
    }

    /// Whether `t` holds one of the words.
    ///
    /// The line last put in lower case is kept with its lowered copy: the
    /// rules look at one line with several sets in turn.
    pub(crate) fn in_text(&self, t: &str) -> bool {
        thread_local! {
            static LAST: RefCell<(Vec<u8>, Vec<u8>)> = const { RefCell::new((Vec::new(), Vec::new())) };
        }
        LAST.with_borrow_mut(|(line, lower)| {
            if line.as_slice() != t.as_bytes() {
                line.clear();
                line.extend_from_slice(t.as_bytes());
                lower.clear();
                lower.extend_from_slice(t.as_bytes());
                lower.make_ascii_lowercase();
            }
            self.0.is_match(lower.as_slice())
        })
    }
}

/// Strings looked for as written (case counts), each with a searcher
/// built once: `str::contains` builds one on every call, which costs more
/// than the search of a short line.
pub(crate) struct Literals(Vec<memchr::memmem::Finder<'static>>);

impl Literals {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        Literals(
            words
                .iter()
                .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
                .collect(),
        )
    }

    /// Whether `t` holds one of the strings.
    pub(crate) fn any_in(&self, t: &str) -> bool {
        self.0.iter().any(|f| f.find(t.as_bytes()).is_some())
    }
}

/// `w` in lower case: ASCII in a buffer on the stack when it is short (a
/// line's first word, looked up in a set, on every line), else as
/// `str::to_lowercase` gives it.
pub(crate) fn lower_word<'a>(w: &str, buf: &'a mut [u8; 32]) -> Cow<'a, str> {
    if w.is_ascii() {
        ascii_lower_word(w, buf)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// `w` in ASCII lower case (letters beyond ASCII as they are), in a buffer
/// on the stack when it is short: a word looked up in a set where it was
/// compared with `eq_ignore_ascii_case`.
pub(crate) fn ascii_lower_word<'a>(w: &str, buf: &'a mut [u8; 32]) -> Cow<'a, str> {
    if w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(s) = std::str::from_utf8(b) {
            return Cow::Borrowed(s);
        }
    }
    Cow::Owned(w.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowered_on_the_stack_or_not() {
        let mut buf = [0u8; 32];
        assert_eq!(lower_word("Share", &mut buf), "share");
        assert_eq!(lower_word("ÉCOUTER", &mut buf), "écouter");
        let long = "A".repeat(40);
        assert_eq!(lower_word(&long, &mut buf), "a".repeat(40));
        assert!(matches!(lower_word("Teilen", &mut buf), Cow::Borrowed(_)));
        assert_eq!(ascii_lower_word("ÉCOUTER", &mut buf), "Écouter");
        assert_eq!(ascii_lower_word("Política", &mut buf), "política");
    }

    #[test]
    fn a_line_lowered_for_one_set_is_read_right_by_the_next() {
        let a = Needles::new(&["share"]);
        let b = Needles::new(&["cookie"]);
        let line = "SHARE this or accept our Cookies";
        assert!(a.in_text(line) && b.in_text(line));
        // Another line of the same length, then the first again.
        assert!(!a.in_text("SHORE this or accept our Cakes!!"));
        assert!(!b.in_text("SHORE this or accept our Cakes!!"));
        assert!(b.in_text(line) && a.in_text(line));
        assert!(!a.in_text("") && !b.in_text(""));
    }

    #[test]
    fn literals_are_found_as_written() {
        let l = Literals::new(&["http", "www.", "©"]);
        for t in ["see https://x.org", "www.example.com", "© 2024 Firma"] {
            assert!(l.any_in(t), "{t}");
        }
        for t in ["HTTP", "wwwexample", "(c) 2024", ""] {
            assert!(!l.any_in(t), "{t}");
        }
    }

    #[test]
    fn words_are_found_in_any_case_and_only_they() {
        let n = Needles::new(&["subscri", "рассылк", "bülten"]);
        for t in [
            "Subscribe now",
            "SUBSCRIBERS ONLY",
            "our subscribers",
            "Подпишитесь на рассылку",
            "Рассылка",
            "РАССЫЛКА",
            "Günlük BÜLTEN",
            "Bülten",
        ] {
            assert!(n.in_text(t), "{t}");
        }
        for t in ["The minister said", "Расписание", "bulten", "subscr"] {
            assert!(!n.in_text(t), "{t}");
        }
    }
}
