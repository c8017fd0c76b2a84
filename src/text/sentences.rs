//! Sentences: where a paragraph's sentences begin and end, with the
//! abbreviation and initial rules of English news text ("Sept. 19",
//! "Dr. Who", "U.S. Senate").

/// Abbreviations (lower-case) whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "inc", "corp", "co", "jr", "sr",
];

/// Whether the `.` at byte `dot` ends an abbreviation or an initial
/// (`Sept.`, `Dr.`, `U.S.`, `J.`) rather than a sentence.
pub(crate) fn abbreviation_before(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    if word.is_empty() {
        return false;
    }
    if word.contains('.') {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return true;
    }
    word.len() <= 5 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Byte ranges of the sentences of `text`: a sentence ends at `.`, `!`, `?`
/// or `…` (with closing quotes or brackets) followed by white space and an
/// upper-case letter, a digit, an opening quote, bracket or dash — unless the
/// `.` ends an abbreviation or an initial.
pub(crate) fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let char_at = |k: usize| text.get(k..).and_then(|r| r.chars().next());
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<(usize, usize)>, a: usize, b: usize| {
        let s = &text[a..b];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if a + lead < b - trail {
            out.push((a + lead, b - trail));
        }
    };
    while i < bytes.len() {
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            0xE2 if text[i..].starts_with('…') => '…',
            _ => {
                i += 1;
                continue;
            }
        };
        let mut j = i + c.len_utf8();
        while let Some(x) = char_at(j)
            && matches!(
                x,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
            )
        {
            j += x.len_utf8();
        }
        if char_at(j).is_some_and(char::is_whitespace) {
            let mut k = j;
            while let Some(x) = char_at(k)
                && x.is_whitespace()
            {
                k += x.len_utf8();
            }
            if let Some(next) = char_at(k) {
                let opens = next.is_uppercase()
                    || next.is_numeric()
                    || matches!(next, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–');
                let repeated_dots = c == '.' && char_at(i + 1) == Some('.');
                if opens && !(c == '.' && !repeated_dots && abbreviation_before(text, i)) {
                    push(&mut out, start, j);
                    start = k;
                    i = k;
                    continue;
                }
            }
        }
        i = j;
    }
    push(&mut out, start, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentence_spans(t)
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect()
    }

    #[test]
    fn sentences_split_at_terminators_not_abbreviations() {
        assert_eq!(
            split("On Sept. 19, Azerbaijan attacked. The U.S. Senate met. Dr. Who came."),
            vec![
                "On Sept. 19, Azerbaijan attacked.",
                "The U.S. Senate met.",
                "Dr. Who came."
            ]
        );
        assert_eq!(
            split("\"We see victims. And we act,\" Peskov said. \"Yes.\" Then..."),
            vec![
                "\"We see victims.",
                "And we act,\" Peskov said.",
                "\"Yes.\"",
                "Then..."
            ]
        );
        assert_eq!(
            split("An end to the bloodshed... and a return. Next"),
            vec!["An end to the bloodshed... and a return.", "Next"]
        );
        assert_eq!(split("   "), Vec::<&str>::new());
    }

    /// Boundaries that Unicode's sentence rules (UAX #29) do not make and
    /// ours do: after "…", and before a number, a bracket or a dash.
    #[test]
    fn sentences_end_before_numbers_brackets_and_dashes() {
        assert_eq!(
            split("The war ended. 30,000 people fled."),
            vec!["The war ended.", "30,000 people fled."]
        );
        assert_eq!(
            split("An end to the bloodshed… Then peace."),
            vec!["An end to the bloodshed…", "Then peace."]
        );
        assert_eq!(
            split("He left. (later) She came."),
            vec!["He left.", "(later) She came."]
        );
        assert_eq!(split("Fine. — he said."), vec!["Fine.", "— he said."]);
    }
}
