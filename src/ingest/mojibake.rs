//! Text that went through the wrong encoding once: UTF-8 bytes read as
//! Windows-1252 (or Latin-1) and saved again as UTF-8, so that "é" is
//! written "Ã©", "ș" "È™", "„" "â€ž" and "п" "Ð¿". An editor that guessed
//! the encoding wrong, a CMS export or a copy between programs leaves it.
//! Each such run of characters is the bytes of one UTF-8 character seen
//! one byte a character; it is read back when the bytes make that
//! character.

use std::sync::LazyLock;

use regex::Regex;

/// One character's bytes seen as Windows-1252: a lead byte (U+00C2–U+00F4)
/// and one to three continuation bytes (0x80–0xBF: U+0080–U+00BF, or the
/// characters Windows-1252 puts at 0x80–0x9F). "à" is 0xC3 0xA0, and
/// the second a no-break space that a later copy may have made a space:
/// "Ã " is read back as "à" too.
static SEEN_AS_1252: LazyLock<Regex> = LazyLock::new(|| {
    const NEXT: &str = "[\u{80}-\u{BF}€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
    Regex::new(&format!(
        "[\u{C2}-\u{DF}]{NEXT}|[\u{E0}-\u{EF}]{NEXT}{{2}}|[\u{F0}-\u{F4}]{NEXT}{{3}}|Ã "
    ))
    .expect("static regex")
});

/// Runs a text has at least before it is taken for one that went through
/// the wrong encoding (one such pair may be meant: "Â±" in a table).
const RUNS: usize = 3;

/// `text` with the characters that went through Windows-1252 read back,
/// and how many there were; `None` when it has fewer than [`RUNS`] such
/// runs. Every UTF-8 lead byte but one (Â) is a capital or small letter
/// with an accent in Windows-1252, so the first byte of such text is
/// 0xC3.
pub(crate) fn repaired(text: &str) -> Option<(String, usize)> {
    if likely_runs(text.as_bytes()) < RUNS {
        return None;
    }
    let mut found = SEEN_AS_1252
        .find_iter(text)
        .filter(|m| m.as_str() != "Ã " && read_back(m.as_str()).is_some());
    if found.by_ref().take(RUNS).count() < RUNS {
        return None;
    }
    let mut n = 0;
    let out = SEEN_AS_1252.replace_all(text, |c: &regex::Captures<'_>| {
        let run = &c[0];
        match read_back(run) {
            Some(ch) => {
                n += 1;
                ch.to_string()
            }
            None => run.to_string(),
        }
    });
    Some((out.into_owned(), n))
}

/// How many places of `bytes` may open a run, up to [`RUNS`]: Â…ï
/// (0xC3 0x82–0xAF in UTF-8) before a character a continuation byte
/// becomes in Windows-1252 (U+0080–U+00BF are 0xC2 …; Œ, Š, Ž are 0xC5 …,
/// ƒ 0xC6 …, ˆ and ˜ 0xCB …, the quotes, dashes, € and ™ 0xE2 …). One pass
/// over the bytes: most texts have no such place, and are not searched
/// further.
fn likely_runs(bytes: &[u8]) -> usize {
    memchr::memchr_iter(0xC3, bytes)
        .filter(|&i| {
            bytes.get(i + 1).is_some_and(|b| (0x82..=0xAF).contains(b))
                && bytes
                    .get(i + 2)
                    .is_some_and(|b| matches!(b, 0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2))
        })
        .take(RUNS)
        .count()
}

/// The character whose UTF-8 bytes `run` is, seen one byte a character in
/// Windows-1252.
fn read_back(run: &str) -> Option<char> {
    if run == "Ã " {
        return Some('à');
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(run);
    if unmappable {
        return None;
    }
    let s = std::str::from_utf8(&bytes).ok()?;
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// `text` with the C1 control characters (U+0080–U+009F) read as the
/// characters Windows-1252 puts at those bytes, and how many there were;
/// `None` when it has none. A file written in Windows-1252 and converted
/// as if it were Latin-1 (`iconv -f ISO-8859-1`, a program that took the
/// one for the other) has them where its curly quotes, dashes, "…", "œ"
/// and "€" were: U+0092 for "’", U+0097 for "—". No text means them; the
/// five bytes Windows-1252 leaves undefined stay as they are.
pub(crate) fn c1_as_1252(text: &str) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let c1 = |i: usize| b.get(i + 1).is_some_and(|x| (0x80..=0x9F).contains(x));
    memchr::memchr_iter(0xC2, b).find(|&i| c1(i))?;
    let mut n = 0;
    let out = text
        .chars()
        .map(|c| {
            let code = u32::from(c);
            if !(0x80..=0x9F).contains(&code) {
                return c;
            }
            let byte = [code as u8];
            let (read, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            match read.chars().next() {
                Some(r) if r != c => {
                    n += 1;
                    r
                }
                _ => c,
            }
        })
        .collect();
    (n > 0).then_some((out, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_through_windows_1252_is_read_back() {
        let bad = "PrimÄƒria Capitalei vrea sÄƒ introducÄƒ taxÄƒ de acces Ã®n centrul BucureÈ™tiului. â€žNu mai putem amÃ¢na.â€\u{9d}";
        let (good, n) = repaired(bad).expect("mojibake");
        assert_eq!(
            good,
            "Primăria Capitalei vrea să introducă taxă de acces în centrul Bucureștiului. „Nu mai putem amâna.”"
        );
        assert_eq!(n, 9);
        let (good, _) = repaired("CafÃ© au lait, Ã  cÃ´tÃ© de la gare.").expect("mojibake");
        assert_eq!(good, "Café au lait, à côté de la gare.");
        let (good, _) = repaired("CafÃ© au lait, Ã\u{a0} cÃ´tÃ© de la gare.").expect("mojibake");
        assert_eq!(good, "Café au lait, à côté de la gare.");
        let (good, _) = repaired("ÐŸÑ€Ð¾Ð´Ð°Ð¶Ð¸ Ð°Ð²Ñ‚Ð¾").expect("mojibake");
        assert_eq!(good, "Продажи авто");
    }

    #[test]
    fn right_text_is_left_alone() {
        for t in [
            "Café au lait, à côté de la gare, für 3 € — São Paulo, Ñandú, Øresund.",
            "Primăria Capitalei vrea să introducă taxă în centrul Bucureștiului.",
            "Продажи новых легковых машин упали на 26%.",
            "Temperatures of ±2°C, a ½ share, Â± once in a table.",
            "Ãrvíztűrő tükörfúrógép: Ã©, Ã©.",
            "Ã Ã Ã Ã",
        ] {
            assert_eq!(repaired(t), None, "{t}");
        }
    }

    #[test]
    fn c1_controls_are_read_as_windows_1252() {
        // Notepad's "ANSI" converted as Latin-1: quotes, ellipsis, dashes,
        // œ and € in French, English, German and Czech (Windows-1252 has no
        // Czech letters: those stay as they were).
        for (bad, good, n) in [
            (
                "L\u{92}avenue, le c\u{9c}ur du quartier\u{85} \u{97} dit-il.",
                "L’avenue, le cœur du quartier… — dit-il.",
                4,
            ),
            (
                "\u{93}We\u{92}re ready,\u{94} she said \u{96} for \u{80}5m.",
                "“We’re ready,” she said – for €5m.",
                5,
            ),
            ("\u{84}Ja\u{93}, sagte er.", "„Ja“, sagte er.", 2),
            ("Řekl: \u{84}Ano.\u{93}", "Řekl: „Ano.“", 2),
        ] {
            assert_eq!(c1_as_1252(bad), Some((good.to_string(), n)), "{bad}");
        }
        // Undefined bytes are left as they are, and counted only when
        // something was read.
        assert_eq!(c1_as_1252("a\u{81}b"), None);
        // Counter-examples: text without C1 controls, whatever its
        // characters (U+00A0–U+00FF, and "Â" followed by a letter).
        for t in [
            "Café, déjà vu — “quoted” … œuvre €",
            "Â±2 °C, ½ share, Âge",
            "Plain ASCII text.",
            "",
        ] {
            assert_eq!(c1_as_1252(t), None, "{t}");
        }
    }
}
