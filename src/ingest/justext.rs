//! The labelled output of jusText (`python -m justext … --format=boilerplate`
//! and the like): one block of the page to a line, each after its class,
//! "<p> " for a paragraph it kept, "<h> " for a heading, "<b> " for
//! boilerplate.
//!
//! The labels go. jusText's own verdict is kept where it is surest: the
//! boilerplate above the first heading or paragraph (the site's menus)
//! and below the last paragraph (its footer) is removed as outside the
//! article. The boilerplate between, where jusText often misjudges the
//! byline, the date or a caption, is left to juxta's own rules. Line
//! numbers are the file's.

use super::Removed;
use super::rules::Reason;

/// Labelled lines a text needs to be jusText's output.
const MIN_LINES: usize = 5;

/// The label of a line and its text: `'p'`, `'h'` or `'b'`.
fn label(line: &str) -> Option<(char, &str)> {
    let b = line.as_bytes();
    if b.len() < 3 || b[0] != b'<' || b[2] != b'>' || !matches!(b[1], b'p' | b'h' | b'b') {
        return None;
    }
    let rest = &line[3..];
    (rest.is_empty() || rest.starts_with(' ')).then(|| (char::from(b[1]), rest.trim_start()))
}

/// Whether `text` is jusText's labelled output: nine in ten of its lines
/// or more, and at least [`MIN_LINES`], open with a label.
pub(crate) fn is_labelled(text: &str) -> bool {
    // Most texts do not open with a label, and are not looked at further.
    if label(text.trim_start()).is_none() {
        return false;
    }
    let (mut lines, mut labelled) = (0usize, 0usize);
    for l in text.lines().filter(|l| !l.trim().is_empty()) {
        lines += 1;
        labelled += usize::from(label(l).is_some());
    }
    labelled >= MIN_LINES && labelled * 10 >= lines * 9
}

/// `text` without its labels, line for line, and the boilerplate above
/// the first heading or paragraph and below the last paragraph, removed.
pub(crate) fn to_text(text: &str) -> (String, Vec<Removed>) {
    let lines: Vec<&str> = text.split('\n').collect();
    let class = |l: &str| label(l.trim_end_matches('\r')).map(|(c, _)| c);
    let first = lines
        .iter()
        .position(|l| matches!(class(l), Some('p' | 'h')));
    let last = lines.iter().rposition(|l| class(l) == Some('p'));
    let mut out = String::with_capacity(text.len());
    let mut removed = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = line.trim_end_matches('\r');
        let Some((c, words)) = label(line) else {
            out.push_str(line);
            continue;
        };
        let outside = c == 'b' && (first.is_none_or(|f| i < f) || last.is_some_and(|l| i > l));
        if outside {
            if !words.is_empty() {
                removed.push(Removed {
                    text: words.to_string(),
                    reason: Reason::Outside,
                    lines: [i + 1, i + 1],
                });
            }
        } else {
            out.push_str(words);
        }
    }
    (out, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<b> Home\n<b> News\n<b> Politics\n<h> Govt raises cocoa price\n<b> Author: Kweku Boateng\n<p> The government has raised the price.\n<b> Read also: COCOBOD secures loan\n<p> Farmers welcomed it.\n<b> Tags: cocoa\n<b> Copyright 2027";

    #[test]
    fn justext_labels_go_and_its_surest_verdicts_stay() {
        assert!(is_labelled(PAGE));
        let (text, removed) = to_text(PAGE);
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(lines.len(), PAGE.split('\n').count());
        assert_eq!(
            lines,
            [
                "",
                "",
                "",
                "Govt raises cocoa price",
                "Author: Kweku Boateng",
                "The government has raised the price.",
                "Read also: COCOBOD secures loan",
                "Farmers welcomed it.",
                "",
                ""
            ]
        );
        let gone: Vec<usize> = removed.iter().map(|r| r.lines[0]).collect();
        assert_eq!(gone, [1, 2, 3, 9, 10]);
    }

    #[test]
    fn text_that_only_looks_labelled_is_text() {
        // A few tags of HTML in a text, or labels on too few lines.
        assert!(!is_labelled(
            "<p> one\n<p> two\nThree lines of text.\nFour.\n"
        ));
        assert!(!is_labelled(
            "<b>Bold</b> words open this text.\n<p>Another</p>\n"
        ));
        assert!(!is_labelled(
            "The talks resumed.\n<p> one\n<p> two\n<p> three\n<p> four\n<p> five\n"
        ));
    }
}
