//! Text set in two columns side by side, as `pdftotext -layout` writes a
//! printed page: each line holds a line of the left column, a gutter of
//! spaces and a line of the right column. Read line by line, every line
//! would mix two sentences.
//!
//! The gutter shows itself where the right column's lines start: after a
//! run of spaces, at one and the same column, on many lines (a paragraph's
//! indented first line a few columns further). Around it, a stretch of
//! lines that keep the gutter clear (text on both sides, on one side only,
//! or none) is a region set in columns, read left column first, then
//! right. A line that runs across the gutter (a headline over both
//! columns, a running head) ends a region. Justified text in one column
//! has runs of spaces too, but at no one column; a table has its columns
//! at one column, but short: both columns of a region must be prose.

/// A text read column by column: the text, and for each of its lines the
/// line of the source it comes from (1-based).
#[derive(Debug)]
pub(crate) struct InOrder {
    pub(crate) text: String,
    pub(crate) lines: Vec<usize>,
}

impl InOrder {
    /// The source's line for line `no` (1-based) of the text read in order.
    pub(crate) fn source_line(&self, no: usize) -> usize {
        no.checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .copied()
            .unwrap_or(no)
    }
}

/// What pdftotext writes before a page.
const FORM_FEED: char = '\u{c}';
/// Spaces that set the right column apart from the left, at least.
const GUTTER: usize = 3;
/// The right column starts at least this far in.
const MIN_LEFT_WIDTH: usize = 20;
/// Lines of a region with text on both sides of the gutter, at least.
const MIN_PAIRED: usize = 6;
/// How much further in than the column's start a right line may start
/// (an indented first line, a centred credit).
const RIGHT_INDENT: usize = 8;
/// Rows a picture takes at least, left blank in its column.
const PICTURE_ROWS: usize = 3;
/// Rows a caption under a picture takes at most.
const CAPTION_ROWS: usize = 5;
/// Characters a column's lines have on average, at least (prose, not a
/// table's figures).
const MIN_PIECE: usize = 20;

/// One line, as the gutter at column `r` divides it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Row {
    Blank,
    /// Text left of the gutter only.
    Left,
    /// Text on both sides.
    Both,
    /// Text right of the gutter only.
    Right,
    /// Text across the gutter.
    Across,
}

/// `text` read column by column where it is set in two columns side by
/// side; `None` when no part of it is.
pub(crate) fn read_in_order(text: &str) -> Option<InOrder> {
    // A gutter is a run of spaces after text: a text without one is not
    // looked at further.
    static GAP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"   "));
    GAP.find(text.as_bytes())?;
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let mut out = InOrder {
        text: String::with_capacity(text.len()),
        lines: Vec::with_capacity(lines.len()),
    };
    let mut changed = false;
    // Each page (pdftotext starts one with a form feed) has its own gutter.
    let mut start = 0;
    while start < lines.len() {
        let end = (start + 1..lines.len())
            .find(|&i| lines[i].contains(FORM_FEED))
            .unwrap_or(lines.len());
        changed |= read_page(&lines[start..end], start, &mut out);
        start = end;
    }
    changed.then_some(out)
}

/// Reads the page `lines` (the first being line `first` + 1 of the
/// source) into `out`; whether any part of it was set in columns.
fn read_page(lines: &[&str], first: usize, out: &mut InOrder) -> bool {
    // A form feed takes no column on the page.
    let chars: Vec<Vec<char>> = lines
        .iter()
        .map(|l| l.chars().filter(|&c| c != FORM_FEED).collect())
        .collect();
    let Some(r) = gutter(&chars) else {
        for (i, l) in lines.iter().enumerate() {
            push(out, l, first + i + 1);
        }
        return false;
    };
    let rows: Vec<Row> = chars.iter().map(|c| row(c, r)).collect();
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        if rows[i] == Row::Across {
            push(out, lines[i], first + i + 1);
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| rows[j] == Row::Across)
            .unwrap_or(lines.len());
        if columns(&chars[i..end], &rows[i..end], r) {
            let feed = lines[i].contains(FORM_FEED);
            read_region(&chars[i..end], &rows[i..end], (r, feed), first + i, out);
            changed = true;
        } else {
            for (k, l) in lines[i..end].iter().enumerate() {
                push(out, l, first + i + k + 1);
            }
        }
        i = end;
    }
    changed
}

/// The column where the right column's lines start: the one most lines
/// start a piece of text at after [`GUTTER`] spaces or more.
fn gutter(chars: &[Vec<char>]) -> Option<usize> {
    let mut starts: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for c in chars {
        let mut spaces = 0;
        let mut seen_text = false;
        for (k, &ch) in c.iter().enumerate() {
            if ch == ' ' {
                spaces += 1;
                continue;
            }
            if seen_text && spaces >= GUTTER && k >= MIN_LEFT_WIDTH {
                *starts.entry(k).or_default() += 1;
            }
            seen_text = true;
            spaces = 0;
        }
    }
    starts
        .into_iter()
        .filter(|&(_, n)| n >= MIN_PAIRED)
        .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)))
        .map(|(k, _)| k)
}

/// How the gutter at column `r` divides the line `c`.
fn row(c: &[char], r: usize) -> Row {
    let text_at = |k: usize| c.get(k).is_some_and(|ch| !ch.is_whitespace());
    let first = c.iter().position(|ch| !ch.is_whitespace());
    let Some(first) = first else {
        return Row::Blank;
    };
    let last = c
        .iter()
        .rposition(|ch| !ch.is_whitespace())
        .unwrap_or(first);
    // The left column's text stays clear of the gutter's last two columns.
    if last + 2 < r {
        return Row::Left;
    }
    if c.contains(&'\t') || (r.saturating_sub(2)..r).any(text_at) {
        return Row::Across;
    }
    // Where the text right of the gutter starts.
    let right = (r..c.len()).find(|&k| text_at(k)).unwrap_or(c.len());
    if right > r + RIGHT_INDENT {
        return Row::Across;
    }
    if first >= r { Row::Right } else { Row::Both }
}

/// Whether the lines `chars` (divided as `rows`) are set in two columns:
/// enough lines have text on both sides, and both sides are prose.
fn columns(chars: &[Vec<char>], rows: &[Row], r: usize) -> bool {
    let paired: Vec<&Vec<char>> = chars
        .iter()
        .zip(rows)
        .filter(|(_, row)| **row == Row::Both)
        .map(|(c, _)| c)
        .collect();
    if paired.len() < MIN_PAIRED {
        return false;
    }
    let text = |s: &[char]| s.iter().filter(|c| !c.is_whitespace()).count();
    let left: usize = paired.iter().map(|c| text(&c[..r])).sum();
    let right: usize = paired.iter().map(|c| text(&c[r..])).sum();
    let n = paired.len();
    // Lines with something in them: most hold both columns.
    let written = rows.iter().filter(|row| **row != Row::Blank).count();
    left >= MIN_PIECE * n && right >= MIN_PIECE * n && n * 3 >= written
}

/// Writes the region `chars` (divided as `rows`; its first line is line
/// `first` + 1 of the source) left column first, then right: a line
/// without its column's text is a blank line in that column (a gap the
/// page left), but none opens the right column or closes the left (one
/// column runs on into the next). Lines set apart under both columns (a
/// page's foot) come after them.
fn read_region(
    chars: &[Vec<char>],
    rows: &[Row],
    (r, feed): (usize, bool),
    first: usize,
    out: &mut InOrder,
) {
    let piece = |c: &[char], from: usize, to: usize| -> String {
        let to = to.min(c.len());
        let from = from.min(to);
        c[from..to]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
    };
    let mut left: Vec<(String, usize)> = Vec::new();
    let mut right: Vec<(String, usize)> = Vec::new();
    // The right column's last line, and the left column's lines right
    // under it (the left column may run a line or two longer).
    let mut end = rows
        .iter()
        .rposition(|row| matches!(row, Row::Both | Row::Right))
        .map_or(rows.len(), |k| k + 1);
    while rows.get(end) == Some(&Row::Left) {
        end += 1;
    }
    for (k, (c, row)) in chars.iter().zip(rows).enumerate().take(end) {
        let no = first + k + 1;
        let (l, rt) = match row {
            Row::Blank | Row::Across => (String::new(), String::new()),
            Row::Left => (piece(c, 0, c.len()), String::new()),
            Row::Both => (piece(c, 0, r), piece(c, r, c.len())),
            Row::Right => (String::new(), piece(c, r, c.len())),
        };
        left.push((l, no));
        right.push((rt, no));
    }
    while left.last().is_some_and(|(l, _)| l.is_empty()) {
        left.pop();
    }
    // The page's form feed stays where the page starts.
    if feed && let Some((l, _)) = left.first_mut() {
        l.insert(0, FORM_FEED);
    }
    let skip = right.iter().take_while(|(l, _)| l.is_empty()).count();
    for (l, no) in &left {
        push(out, l, *no);
    }
    // Under a gap at the right column's top (a picture), a short block set
    // apart below is the picture's caption: it does not carry on the left
    // column's last sentence, the text under it does.
    let block = right[skip..]
        .iter()
        .take_while(|(l, _)| !l.is_empty())
        .count();
    let set_apart = right.get(skip + block).is_some_and(|(l, _)| l.is_empty());
    if skip >= PICTURE_ROWS && block <= CAPTION_ROWS && set_apart {
        push(out, "", right[skip].1);
    }
    for (l, no) in &right[skip..] {
        push(out, l, *no);
    }
    for (k, c) in chars.iter().enumerate().skip(end) {
        push(out, &piece(c, 0, c.len()), first + k + 1);
    }
}

/// Adds line `l`, from the source's line `no`.
fn push(out: &mut InOrder, l: &str, no: usize) {
    if !out.lines.is_empty() {
        out.text.push('\n');
    }
    out.text.push_str(l);
    out.lines.push(no);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two columns of `width`, side by side with a gutter of `gap`.
    fn side_by_side(left: &[&str], right: &[&str], width: usize, gap: usize) -> String {
        let n = left.len().max(right.len());
        (0..n)
            .map(|i| {
                let l = left.get(i).copied().unwrap_or("");
                let r = right.get(i).copied().unwrap_or("");
                if r.is_empty() {
                    l.to_string()
                } else {
                    format!("{l:<width$}{}{r}", " ".repeat(gap))
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    const LEFT: [&str; 9] = [
        "  Sur  le  papier, tout devrait aller mieux.",
        "Sur le marché de gros, le mégawattheure pour",
        "livraison  en  2027  s'échange  autour de 58",
        "euros, deux fois moins qu'au plus fort de la",
        "crise  de  2022.  Les  centrales  nucléaires",
        "d'EDF  ont  retrouvé un niveau de production",
        "inédit  depuis  2019,  et les parcs solaires",
        "installés  ces  trois dernières années satu-",
        "rent le réseau à l'heure du déjeuner. Mais",
    ];
    const RIGHT: [&str; 9] = [
        "les foyers encore abonnés au tarif réglementé",
        "ne verront pas leur facture baisser le 1er",
        "février prochain, selon la Commission.",
        "  La  Commission  de régulation de l'énergie",
        "(CRE),  qui  doit transmettre sa proposition",
        "au gouvernement d'ici à la mi-janvier, table",
        "sur  une  quasi-stabilité,  voire une légère",
        "hausse  de  1  à  2 %, résume un bon connais-",
        "seur du dossier.",
    ];

    #[test]
    fn two_columns_side_by_side_are_read_left_then_right() {
        let mut lines = vec!["Électricité : la facture", "qui ne baisse plus", ""];
        let body = side_by_side(&LEFT, &RIGHT, 44, 6);
        lines.extend(body.lines());
        lines.extend(["", "46   L'EXPRESS   26 novembre 2026"]);
        let text = lines.join("\n");
        let read = read_in_order(&text).expect("columns");
        let got: Vec<&str> = read.text.lines().collect();
        let mut want: Vec<String> = vec![
            "Électricité : la facture".into(),
            "qui ne baisse plus".into(),
            String::new(),
        ];
        want.extend(LEFT.iter().map(|l| l.to_string()));
        want.extend(RIGHT.iter().map(|l| l.to_string()));
        want.extend(["".into(), "46   L'EXPRESS   26 novembre 2026".into()]);
        assert_eq!(got, want);
        // Each line is known by the source's line it came from.
        assert_eq!(read.lines.len(), got.len());
        assert_eq!(read.source_line(4), 4);
        assert_eq!(read.source_line(3 + LEFT.len() + 1), 4);
        assert_eq!(read.source_line(got.len()), lines.len());
    }

    #[test]
    fn a_gap_in_one_column_is_a_blank_line_in_it_and_a_headline_across_ends_the_region() {
        let mut right: Vec<&str> = RIGHT.to_vec();
        right[4] = "";
        // The left column runs a line longer than the right.
        right.pop();
        let body = side_by_side(&LEFT, &right, 44, 5);
        let text = format!(
            "A HEADLINE SET ACROSS BOTH COLUMNS OF THE PRINTED PAGE, MUCH LONGER THAN ONE\n{body}"
        );
        let read = read_in_order(&text).expect("columns");
        let got: Vec<&str> = read.text.lines().collect();
        assert!(got[0].starts_with("A HEADLINE"));
        assert_eq!(got[1..10], LEFT);
        assert_eq!(got[10..14], RIGHT[..4]);
        assert_eq!(got[14], "");
        assert_eq!(got[15..], RIGHT[5..8]);
    }

    #[test]
    fn one_column_tables_and_short_runs_are_left_as_they_are() {
        // Justified text in one column: its runs of spaces fall anywhere.
        let justified = LEFT.join("\n");
        assert!(read_in_order(&justified).is_none());
        // A table: its columns line up, but they hold figures, not prose.
        let table = (0..10)
            .map(|i| format!("Region {i:<20}   {:>6}   {:>5}%", 1000 + i * 37, i))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(read_in_order(&table).is_none(), "{table}");
        // Two lines side by side are no page set in columns.
        let few = side_by_side(&LEFT[..3], &RIGHT[..3], 44, 6);
        assert!(read_in_order(&few).is_none());
        // A signature set to the right under a letter's paragraphs.
        let letter = format!(
            "{}\n{:>70}\n{:>70}",
            LEFT.join("\n"),
            "Jane Doe",
            "Mayor of Springfield"
        );
        assert!(read_in_order(&letter).is_none());
    }

    #[test]
    fn each_page_has_its_own_gutter() {
        let one = side_by_side(&LEFT, &RIGHT, 44, 6);
        let two = side_by_side(&LEFT, &RIGHT, 46, 4);
        let text = format!("{one}\n\u{c}{two}");
        let read = read_in_order(&text).expect("columns");
        let got: Vec<&str> = read.text.lines().collect();
        assert_eq!(got[..9], LEFT);
        assert_eq!(got[9..18], RIGHT);
        assert_eq!(got[18], format!("\u{c}{}", LEFT[0]));
        assert_eq!(got[19..27], LEFT[1..]);
        assert_eq!(got[27..], RIGHT);
    }
}
