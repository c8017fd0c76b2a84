//! Over-long paragraphs split at sentence bounds. A paragraph is what a
//! briefing quotes as one passage, and typesetting one passage costs more
//! than linear time in its length (a 1 MiB paragraph without a newline took
//! 73 s and 1.6 GB to typeset). So no paragraph is longer than
//! [`MAX_PARAGRAPH_BYTES`]: a longer one becomes consecutive paragraphs of
//! whole sentences, each as long as fits; a sentence that alone is too long
//! is cut at the last space that fits, or, in text without spaces, at the
//! last character that fits. The pieces keep the lines of the paragraph
//! they came from. Headings are never split. Linear in the paragraph.

use super::Paragraph;

/// The longest paragraph (passage) juxta keeps whole, in bytes of UTF-8:
/// four times a long news paragraph.
pub(crate) const MAX_PARAGRAPH_BYTES: usize = 4_000;

/// Splits every paragraph longer than [`MAX_PARAGRAPH_BYTES`]; returns how
/// many were split.
pub(crate) fn split_long(paragraphs: &mut Vec<Paragraph>) -> usize {
    if paragraphs
        .iter()
        .all(|p| p.heading || p.text.len() <= MAX_PARAGRAPH_BYTES)
    {
        return 0;
    }
    let mut split = 0;
    let mut out = Vec::with_capacity(paragraphs.len());
    for p in paragraphs.drain(..) {
        if p.heading || p.text.len() <= MAX_PARAGRAPH_BYTES {
            out.push(p);
            continue;
        }
        split += 1;
        for piece in pieces(&p.text, MAX_PARAGRAPH_BYTES) {
            out.push(Paragraph {
                text: piece.to_string(),
                heading: false,
                lines: p.lines,
            });
        }
    }
    *paragraphs = out;
    split
}

/// `text` as consecutive pieces of at most `max` bytes: whole sentences
/// packed while they fit, a longer sentence cut at spaces or characters.
fn pieces(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    for (a, b) in crate::text::sentences::sentence_spans(text) {
        if let Some(s) = start
            && b - s <= max
        {
            end = b;
            continue;
        }
        if let Some(s) = start {
            out.push(&text[s..end]);
        }
        if b - a <= max {
            start = Some(a);
            end = b;
        } else {
            let rest = cut(&text[a..b], max, &mut out);
            start = Some(b - rest.len());
            end = b;
        }
    }
    if let Some(s) = start
        && s < end
    {
        out.push(&text[s..end]);
    }
    out.retain(|p| !p.trim().is_empty());
    out.iter_mut().for_each(|p| *p = p.trim());
    out
}

/// Cuts a sentence longer than `max` into pieces pushed on `out`, at the
/// last white space that fits or else the last character bound; returns
/// the tail shorter than `max`, which is left for the next sentence to join.
fn cut<'a>(mut s: &'a str, max: usize, out: &mut Vec<&'a str>) -> &'a str {
    while s.len() > max {
        let mut at = max;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        let head = &s[..at];
        let at = match head.rfind(char::is_whitespace) {
            Some(w) if w > max / 2 => w,
            _ => at,
        };
        out.push(s[..at].trim_end());
        s = s[at..].trim_start();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Paragraph {
        Paragraph {
            text: text.into(),
            heading: false,
            lines: [3, 3],
        }
    }

    #[test]
    fn short_paragraphs_and_headings_stay_whole() {
        let long_heading = Paragraph {
            heading: true,
            ..para(&"Word ".repeat(2_000))
        };
        let mut ps = vec![para("One. Two."), long_heading.clone()];
        assert_eq!(split_long(&mut ps), 0);
        assert_eq!(ps, vec![para("One. Two."), long_heading]);
    }

    #[test]
    fn long_paragraphs_split_between_sentences() {
        let sentence = "The tram line will cut commuting traffic, officials said. ";
        let text = sentence.repeat(300);
        let mut ps = vec![para("Before."), para(&text), para("After.")];
        assert_eq!(split_long(&mut ps), 1);
        assert!(ps.len() > 4);
        assert_eq!(ps[0].text, "Before.");
        assert_eq!(ps.last().unwrap().text, "After.");
        for p in &ps[1..ps.len() - 1] {
            assert!(p.text.len() <= MAX_PARAGRAPH_BYTES);
            assert!(
                p.text.starts_with("The tram") && p.text.ends_with("said."),
                "{}",
                p.text
            );
            assert_eq!(p.lines, [3, 3]);
        }
        let joined: Vec<&str> = ps[1..ps.len() - 1]
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(joined.join(" "), text.trim_end());
    }

    #[test]
    fn a_sentence_without_an_end_is_cut_at_spaces() {
        let text = "word ".repeat(3_000);
        let got = pieces(text.trim_end(), 1_000);
        assert!(got.len() >= 15);
        for p in &got {
            assert!(p.len() <= 1_000 && !p.starts_with(' ') && !p.ends_with(' '));
            assert!(p.split(' ').all(|w| w == "word"), "a word was cut: {p}");
        }
    }

    #[test]
    fn text_without_spaces_is_cut_at_character_bounds() {
        let text = "дом".repeat(2_000);
        let got = pieces(&text, 1_001);
        assert_eq!(got.concat(), text);
        assert!(got.iter().all(|p| p.len() <= 1_001));
    }

    #[test]
    fn a_tail_joins_the_next_sentences() {
        let text = format!("{} end. Next one. Last one.", "x".repeat(25));
        let got = pieces(&text, 20);
        assert_eq!(got.concat().replace(' ', ""), text.replace(' ', ""));
        assert!(got.iter().all(|p| p.len() <= 20), "{got:?}");
    }
}
