//! Character references left in a text that is no HTML page: a CMS's
//! export, a feed's item or a copy of a page's source keeps "&eacute;",
//! "&#8220;", "&amp;" where the characters were meant. Each reference the
//! HTML standard names (or a number) is read as its character.

use std::sync::LazyLock;

use regex::Regex;

/// A named or numbered character reference, with its semicolon.
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
        .expect("static regex")
});

/// References a text has at least before they are read ("&amp;" once may
/// be meant as written: "the &amp; entity").
const REFERENCES: usize = 3;

/// `text` with its character references read, and how many there were;
/// `None` when it has fewer than [`REFERENCES`] that name a character.
pub(crate) fn decoded(text: &str) -> Option<(String, usize)> {
    // Most texts have no "&" before a letter or "#" and a ";" close by.
    let b = text.as_bytes();
    let candidates = memchr::memchr_iter(b'&', b)
        .filter(|&i| {
            b.get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'#')
                && b[i + 1..b.len().min(i + 34)].contains(&b';')
        })
        .take(REFERENCES)
        .count();
    if candidates < REFERENCES {
        return None;
    }
    let found = REFERENCE
        .find_iter(text)
        .filter(|m| character(m.as_str()).is_some())
        .take(REFERENCES)
        .count();
    if found < REFERENCES {
        return None;
    }
    let mut n = 0;
    let out = REFERENCE.replace_all(text, |c: &regex::Captures<'_>| match character(&c[0]) {
        Some(ch) => {
            n += 1;
            ch.to_string()
        }
        None => c[0].to_string(),
    });
    Some((out.into_owned(), n))
}

/// `text` with every character reference read, however few (a field
/// known to be written in HTML: a JSON article's "rendered" title).
pub(crate) fn decoded_all(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    REFERENCE
        .replace_all(text, |c: &regex::Captures<'_>| {
            character(&c[0]).map_or_else(|| c[0].to_string(), |ch| ch.to_string())
        })
        .into_owned()
}

/// The one character a reference stands for; none for a newline or
/// another control (a line's end is not to move).
fn character(reference: &str) -> Option<char> {
    let s = htmlescape::decode_html(reference).ok()?;
    let mut chars = s.chars();
    let c = chars.next()?;
    (chars.next().is_none() && !c.is_control()).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read() {
        let (t, n) = decoded(
            "Pre&ccedil;o do caf&eacute; sobe &#8220;42%&#x201D; &mdash; S&atilde;o Paulo &amp; Rio",
        )
        .expect("references");
        assert_eq!(t, "Preço do café sobe “42%” — São Paulo & Rio");
        assert_eq!(n, 7);
    }

    #[test]
    fn a_few_or_none_are_left_as_written() {
        for t in [
            "AT&T and P&G said the &amp; sign is an entity.",
            "Fish & chips &c.; R&D;",
            "Line one&#10;line two &#13; &#9; and &bogus; &nope;",
        ] {
            assert_eq!(decoded(t), None, "{t}");
        }
    }
}
