//! Ordered lists as a text browser draws them in plain text, each item's
//! number followed by a space and no dot, its further lines hung under its
//! text (Emacs's eww, and shr wherever it renders HTML):
//!
//! ```text
//! 1 Lower pressure in the network at night.
//! 2 No filling of private pools from the network until the end of
//!   September.
//! 3 Higher prices above 40 cubic metres.
//! ```
//!
//! In running text a line may start with a number too ("2 people were
//! hurt"), so a list is read only where its shape leaves no doubt: items
//! numbered 1, 2, 3… in order, from the first line after a blank one, at
//! least [`MIN_ITEMS`] of them, each further line indented exactly under
//! its item's text, and a blank line (or the end) after the last.

/// Items a list must have to be read as one.
const MIN_ITEMS: usize = 3;

/// Items a list is read over, at most.
const MAX_ITEMS: u32 = 99;

/// The lines (0-based, of `lines`) that open the items of such lists, each
/// with the bytes its number and space take.
pub(crate) fn items(lines: &[&str]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let after_blank = i == 0 || lines[i - 1].trim().is_empty();
        match after_blank.then(|| list_at(lines, i)).flatten() {
            Some((run, end)) => {
                found.extend(run);
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// The list starting at line `start`, if one does: its items and the line
/// after it.
fn list_at(lines: &[&str], start: usize) -> Option<(Vec<(usize, usize)>, usize)> {
    let mut run = Vec::new();
    let mut j = start;
    let mut next = 1u32;
    while j < lines.len() && next <= MAX_ITEMS {
        let Some(width) = item_marker(lines[j], next) else {
            break;
        };
        run.push((j, width));
        next += 1;
        j += 1;
        // The item's further lines, hung under its text.
        while j < lines.len() && hung(lines[j], width) {
            j += 1;
        }
    }
    let ends = j == lines.len() || lines[j].trim().is_empty();
    (run.len() >= MIN_ITEMS && ends).then_some((run, j))
}

/// The bytes of line `l`'s marker when it opens item `n`: the number at
/// the line's start, one space, then a word that is no number.
fn item_marker(l: &str, n: u32) -> Option<usize> {
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || l[..digits].parse::<u32>().ok()? != n {
        return None;
    }
    let rest = l[digits..].strip_prefix(' ')?;
    let first = rest.chars().next()?;
    // A row of a table set in padded columns ("1 Arsenal   20   45") is
    // no item.
    let cells = rest.trim_end().contains("  ") || rest.contains('\t');
    (!first.is_whitespace() && !first.is_ascii_digit() && !first.is_ascii_punctuation() && !cells)
        .then_some(digits + 1)
}

/// Whether line `l` is indented exactly `width` spaces, under an item's
/// text.
fn hung(l: &str, width: usize) -> bool {
    let lead = l.len() - l.trim_start_matches(' ').len();
    lead == width && !l.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(usize, usize)> {
        items(&text.lines().collect::<Vec<_>>())
    }

    #[test]
    fn lists_drawn_without_dots() {
        // Greek, with an item over two lines; then English after a heading.
        let greek = "Τα μέτρα\n\n1 Μείωση της πίεσης τη νύχτα.\n2 Απαγόρευση πλήρωσης πισινών έως\n  τον Σεπτέμβριο.\n3 Αυξημένα τιμολόγια.\n\nΚείμενο.";
        assert_eq!(read(greek), [(2, 2), (3, 2), (5, 2)]);
        let english = "What changes:\n\n1 Fares rise.\n2 Night buses stop.\n3 Tickets go digital.\n4 Stations close\n  earlier.\n5 A review in May.\n6 New routes.\n7 Less parking.\n8 More bikes.\n9 Fewer cars.\n10 Better air.";
        let got = read(english);
        assert_eq!(got.len(), 10);
        assert_eq!(got[9], (12, 3));
        // Turkish, at the text's start.
        assert_eq!(
            read("1 Birinci madde.\n2 İkinci madde.\n3 Üçüncü madde."),
            [(0, 2), (1, 2), (2, 2)]
        );
    }

    #[test]
    fn numbers_that_open_no_list() {
        for text in [
            // Running text whose lines start with numbers.
            "The storm left\n2 people hurt and\n3 roads closed.",
            // Not from 1, not in order, only two items.
            "\n2 Fares rise.\n3 Buses stop.\n4 Trams run.",
            "\n1 Fares rise.\n3 Buses stop.\n4 Trams run.",
            "\n1 Fares rise.\n2 Buses stop.",
            // A ranking's rows in padded columns.
            "\n1 Arsenal    20   45\n2 Chelsea    20   41\n3 Everton    20   38",
            // Numbers followed by numbers (a table's rows), or by a dot.
            "\n1 200 400\n2 300 500\n3 100 900",
            "\n1. Fares rise.\n2. Buses stop.\n3. Trams run.",
            // A line after the list that is neither blank nor hung under it.
            "\n1 Fares rise.\n2 Buses stop.\n3 Trams run.\nAnd more text here.",
            // Further lines indented otherwise.
            "\n1 Fares rise\n    sharply.\n2 Buses stop.\n3 Trams run.",
        ] {
            assert!(read(text).is_empty(), "{text:?}");
        }
    }
}
