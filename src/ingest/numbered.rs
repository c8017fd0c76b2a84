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
    lists(
        lines,
        0,
        |i| i == 0 || lines[i - 1].trim().is_empty(),
        list_at,
    )
}

/// A list read from a line: its items (line, marker's bytes) and the
/// line after it.
type ListAt = fn(&[&str], usize) -> Option<(Vec<(usize, usize)>, usize)>;

/// The items of the lists that `list_at` reads at each line from `from`
/// where `opens` says a list may start, each list's lines read once.
fn lists(
    lines: &[&str],
    from: usize,
    opens: impl Fn(usize) -> bool,
    list_at: ListAt,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = from;
    while i < lines.len() {
        match opens(i).then(|| list_at(lines, i)).flatten() {
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

/// Bullets that open a plain text's list items.
const BULLETS: [char; 6] = ['•', '▪', '◦', '‣', '-', '*'];

/// The lines (0-based, of `lines`) that open the items of a bulleted list
/// in plain text, each with the bytes its bullet and the spaces after it
/// take (with the line's indent):
///
/// ```text
/// The parties should:
/// - extend the deadline, with the commission meeting
///   every two weeks;
/// - publish the maps.
/// ```
///
/// A list is read only under a line that leads into it (ending in a
/// colon), with two items or more, all opening with the same bullet, each
/// item's further lines indented: the lists whose items run over lines
/// or set their bullet off by several spaces, which
/// `clipping::plain_list_items` (one line an item) does not read. Under a hyphen or an asterisk, which
/// open lines of dialogue too, no item but the last ends a sentence.
pub(crate) fn bullet_items(lines: &[&str]) -> Vec<(usize, usize)> {
    let led_in = |i: usize| lines[i - 1].trim_end().ends_with(':');
    lists(lines, 1, led_in, bullet_list_at)
}

/// The bulleted list starting at line `start`, if one does: its items
/// and the line after it.
fn bullet_list_at(lines: &[&str], start: usize) -> Option<(Vec<(usize, usize)>, usize)> {
    let (bullet, _) = bullet_marker(lines[start])?;
    let mut run = Vec::new();
    let mut ends_sentence = Vec::new();
    let mut j = start;
    while j < lines.len() && run.len() < MAX_ITEMS as usize {
        match bullet_marker(lines[j]) {
            Some((b, width)) if b == bullet => run.push((j, width)),
            _ => break,
        }
        j += 1;
        // The item's further lines, indented under it.
        while j < lines.len()
            && lines[j].starts_with([' ', '\t'])
            && !lines[j].trim().is_empty()
            && bullet_marker(lines[j]).is_none()
        {
            j += 1;
        }
        let last = lines[j - 1]
            .trim_end()
            .trim_end_matches(['"', '”', '»', '’', ')']);
        ends_sentence.push(last.ends_with(['.', '!', '?', '…']));
    }
    let dialogue =
        matches!(bullet, '-' | '*') && ends_sentence[..ends_sentence.len() - 1].iter().any(|&e| e);
    (run.len() >= 2 && !dialogue).then_some((run, j))
}

/// Line `l`'s bullet and the bytes it takes with the indent before it and
/// the spaces after it (one to four), when a word follows.
fn bullet_marker(l: &str) -> Option<(char, usize)> {
    let t = l.trim_start_matches(' ');
    let indent = l.len() - t.len();
    let bullet = t.chars().next().filter(|c| BULLETS.contains(c))?;
    let after = &t[bullet.len_utf8()..];
    let rest = after.trim_start_matches(' ');
    let spaces = after.len() - rest.len();
    let first = rest.chars().next()?;
    let word = first.is_alphanumeric() || first == '"';
    ((1..=4).contains(&spaces) && indent <= 4 && word)
        .then_some((bullet, indent + bullet.len_utf8() + spaces))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bullets(text: &str) -> Vec<(usize, usize)> {
        bullet_items(&text.lines().collect::<Vec<_>>())
    }

    #[test]
    fn bulleted_lists_under_a_lead_in() {
        // English items with hyphens and hanging indents; German with
        // bullets; Russian with asterisks on single lines.
        let english = "The bank should:\n- cut the rate by half a point,\n  as markets expect;\n- stop buying bonds;\n- report in June.\nThe text goes on.";
        assert_eq!(bullets(english), [(1, 2), (3, 2), (4, 2)]);
        let german = "Die Forderungen:\n•   mehr Busse in der Nacht\n•   günstigere Tickets für\n    Studierende\n\nDer Text.";
        assert_eq!(bullets(german), [(1, 6), (2, 6)]);
        let russian = "Итоги года:\n* рост зарплат на 9%;\n* новые школы.";
        assert_eq!(bullets(russian), [(1, 2), (2, 2)]);
    }

    #[test]
    fn dialogue_and_lone_dashes_are_no_list() {
        for text in [
            // Dialogue under a colon: hyphens open sentences.
            "Он сказал:\n- Привет. Как дела?\n- Хорошо, спасибо.",
            // One item only, no lead-in, mixed bullets, a minus sign.
            "Note:\n- one thing only.\nText.",
            "Results\n- first;\n- second.",
            "Plan:\n- first;\n• second.",
            "Change:\n-5 degrees\n-3 degrees",
        ] {
            assert!(bullets(text).is_empty(), "{text}");
        }
    }

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
