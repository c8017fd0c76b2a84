//! Words: runs of letters and digits of any script, an English possessive
//! `'s` / `’s` dropped, and their folded form (lower-case, accents folded to
//! ASCII where possible).
//!
//! [`next_word`] is the one word scanner: the index's tokenizer
//! ([`WordTokenizer`]) and the comparison's tokenizer both step through
//! text with it.

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// A word found by [`next_word`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordSpan {
    /// Start byte of the word.
    pub(crate) start: usize,
    /// End byte of the word (a possessive not included).
    pub(crate) end: usize,
    /// Where to look for the next word (after a possessive `'s`).
    pub(crate) next: usize,
    /// Whether the word is all ASCII.
    pub(crate) ascii: bool,
    /// Whether it holds an ASCII upper-case letter.
    pub(crate) upper: bool,
}

/// The character at byte `i` of `text`, if `i` is a character boundary.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|r| r.chars().next())
}

/// [`ASCII_CLASS`]: a letter or a digit.
const ALNUM: u8 = 1;
/// [`ASCII_CLASS`]: an upper-case letter (a letter as well).
const UPPER: u8 = 2;

/// Each ASCII byte's class, looked up once per byte where the word
/// scanner read it (most of a text's bytes pass through [`next_word`],
/// language detection's first): [`ALNUM`] for a letter or digit, with
/// [`UPPER`] for a capital; 0 for anything else.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] |= ALNUM;
        }
        if b.is_ascii_uppercase() {
            t[c] |= UPPER;
        }
        c += 1;
    }
    t
};

/// The first word of `text` at or after byte `from`, with a fast path for
/// ASCII.
pub(crate) fn next_word(text: &str, from: usize) -> Option<WordSpan> {
    let start = word_start(text, from)?;
    let b = text.as_bytes();
    let mut i = start;
    let mut ascii = true;
    // The classes of the ASCII bytes read, or-ed together.
    let mut seen = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            let class = ASCII_CLASS[usize::from(x)];
            if class == 0 {
                break;
            }
            seen |= class;
            i += 1;
        } else {
            match char_at(text, i) {
                Some(c) if c.is_alphanumeric() => {
                    ascii = false;
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
    }
    Some(WordSpan {
        start,
        end: i,
        next: after_possessive(text, i),
        ascii,
        upper: seen & UPPER != 0,
    })
}

/// Byte of the first letter or digit at or after `from`.
fn word_start(text: &str, from: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = from;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            if ASCII_CLASS[usize::from(x)] != 0 {
                return Some(i);
            }
            i += 1;
        } else {
            let c = char_at(text, i)?;
            if c.is_alphanumeric() {
                return Some(i);
            }
            i += c.len_utf8();
        }
    }
    None
}

/// Where the text after a word ending at `end` goes on: past a possessive
/// `'s` / `’s` (followed by a non-word character or the end), else `end`.
fn after_possessive(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    for apos in ["'", "\u{2019}"] {
        if let Some(after) = rest.strip_prefix(apos) {
            let mut it = after.chars();
            if matches!(it.next(), Some('s') | Some('S'))
                && it.next().is_none_or(|c| !c.is_alphanumeric())
            {
                return end + apos.len() + 1;
            }
        }
    }
    end
}

/// Splits on anything that is not a letter or digit (any script), and drops
/// an English possessive `'s` / `’s` (the index's tokenizer).
#[derive(Clone, Default)]
pub(crate) struct WordTokenizer {
    token: Token,
}

/// The token stream of [`WordTokenizer`].
pub(crate) struct WordTokenStream<'a> {
    text: &'a str,
    pos: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            pos: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        let Some(w) = next_word(self.text, self.pos) else {
            self.pos = self.text.len();
            return false;
        };
        self.pos = w.next;
        self.token.offset_from = w.start;
        self.token.offset_to = w.end;
        self.token.position = self.token.position.wrapping_add(1);
        self.token.text.push_str(&self.text[w.start..w.end]);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Lower-case and fold to ASCII, no stemming (the index's folded field and
/// prefix queries).
pub(crate) fn folded_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Folds words as [`folded_analyzer`] does, reusing one buffer.
pub(crate) struct Folder {
    analyzer: TextAnalyzer,
    buf: String,
}

impl Default for Folder {
    fn default() -> Self {
        Folder {
            analyzer: folded_analyzer(),
            buf: String::new(),
        }
    }
}

impl Folder {
    /// The folded form of the word `w` of `text`: the word itself when it
    /// is lower-case ASCII, else lower-cased (and folded) into the buffer.
    pub(crate) fn fold<'a>(&'a mut self, text: &'a str, w: &WordSpan) -> &'a str {
        let word = &text[w.start..w.end];
        if w.ascii && !w.upper {
            return word;
        }
        self.buf.clear();
        if w.ascii {
            self.buf
                .extend(word.bytes().map(|c| char::from(c.to_ascii_lowercase())));
        } else {
            let mut s = self.analyzer.token_stream(word);
            while s.advance() {
                self.buf.push_str(&s.token().text);
            }
        }
        &self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_classes_are_the_standard_ones() {
        for b in 0u8..128 {
            let class = ASCII_CLASS[usize::from(b)];
            assert_eq!(class & ALNUM != 0, b.is_ascii_alphanumeric(), "{b}");
            assert_eq!(class & UPPER != 0, b.is_ascii_uppercase(), "{b}");
        }
    }

    #[test]
    fn words_and_their_case_as_scanned() {
        let t = "an Apple's core, 42x ÉTÉ été Köln.";
        let mut from = 0;
        let mut got = Vec::new();
        while let Some(w) = next_word(t, from) {
            got.push((&t[w.start..w.end], w.ascii, w.upper));
            from = w.next;
        }
        assert_eq!(
            got,
            [
                ("an", true, false),
                ("Apple", true, true),
                ("core", true, false),
                ("42x", true, false),
                ("ÉTÉ", false, true),
                ("été", false, false),
                ("Köln", false, true),
            ]
        );
    }

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(w) = next_word(text, pos) {
            out.push(&text[w.start..w.end]);
            pos = w.next;
        }
        out
    }

    #[test]
    fn words_of_any_script_without_possessives() {
        assert_eq!(
            words("Russia's Moscow’s it's o'clock Nagorno-Karabakh Москва 30,000 x’s’"),
            vec![
                "Russia",
                "Moscow",
                "it",
                "o",
                "clock",
                "Nagorno",
                "Karabakh",
                "Москва",
                "30",
                "000",
                "x"
            ]
        );
        assert_eq!(words(" …  "), Vec::<&str>::new());
    }

    #[test]
    fn folding_lower_cases_and_strips_accents() {
        let mut f = Folder::default();
        let text = "Türkiye ÉLYSÉE RUSSIA naive";
        let mut pos = 0;
        let mut out = Vec::new();
        while let Some(w) = next_word(text, pos) {
            out.push(f.fold(text, &w).to_string());
            pos = w.next;
        }
        assert_eq!(out, vec!["turkiye", "elysee", "russia", "naive"]);
    }
}
