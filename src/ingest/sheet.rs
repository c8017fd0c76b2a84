//! Articles kept as rows of a spreadsheet saved as CSV or TSV (`.csv`,
//! `.tsv`): a media-monitoring export (one row per clipping: date,
//! outlet, headline, text, address…), a research sheet saved from Excel
//! or LibreOffice ("CSV (Comma delimited)", which in many locales
//! separates with ";"), a database's export.
//!
//! The columns are told by what their cells hold, never by their names
//! (which come in the sheet's language): the text is the column with the
//! most words, the date the one whose cells read as dates, the address
//! the one of web addresses, the writer the one of people's names, the
//! headline the one of short lines that end no sentence. The article is
//! the row with the longest text; the other rows are recorded as removed
//! with their lines.

use super::Removed;
use super::json::{Article, Body};
use super::rules::{Reason, ends_sentence, word_count};

/// A text cell of fewer words is no article.
const MIN_WORDS: usize = 40;

/// Rows read at most (a sheet is a list of clippings, not an archive).
pub(super) const MAX_ROWS: usize = 100_000;

/// Whether `named` is a sheet's name.
fn sheet_named(named: &str) -> bool {
    let n = named.to_ascii_lowercase();
    n.ends_with(".csv") || n.ends_with(".tsv")
}

/// The separator of the header line `first`: the one of tab, ";" and ","
/// it holds most of (two at least, for three columns).
fn separator(first: &str) -> Option<u8> {
    let count = |c: char| first.matches(c).count();
    [b'\t', b';', b',']
        .into_iter()
        .map(|b| (count(b as char), b))
        .filter(|&(n, _)| n >= 2)
        .max_by_key(|&(n, _)| n)
        .map(|(_, b)| b)
}

/// A row: its cells and the lines it starts and ends on.
pub(super) struct Row {
    pub(super) cells: Vec<String>,
    pub(super) line: usize,
    pub(super) end: usize,
}

/// The article in `text` when it is a sheet of rows with a text column;
/// `None` for any other text.
pub(crate) fn article(named: &str, text: &str) -> Option<Article> {
    if !sheet_named(named) {
        return None;
    }
    let text = text.trim_start_matches('\u{feff}');
    let sep = separator(text.lines().next()?)?;
    article_of(&rows(text, sep)?)
}

/// The article in `rows`, the first of them the header: the row with the
/// longest text, its other columns told by what they hold; `None` when
/// no row has a text of [`MIN_WORDS`] words.
pub(super) fn article_of(rows: &[Row]) -> Option<Article> {
    let (header, rows) = rows.split_first()?;
    let columns = header.cells.len();
    fn cell(r: &Row, c: usize) -> &str {
        r.cells.get(c).map_or("", |s| s.trim())
    }
    let words_in = |c: usize| -> usize { rows.iter().map(|r| word_count(cell(r, c))).sum() };
    let body = (0..columns).max_by_key(|&c| words_in(c))?;
    let best =
        (0..rows.len()).max_by_key(|&i| (word_count(cell(&rows[i], body)), usize::MAX - i))?;
    if word_count(cell(&rows[best], body)) < MIN_WORDS {
        return None;
    }
    let kinds = Kinds::of(rows, columns, body);
    let row = &rows[best];
    let field = |c: Option<usize>| c.map(|c| cell(row, c)).filter(|v| !v.is_empty());
    let others = rows
        .iter()
        .enumerate()
        .filter(|&(i, r)| i != best && r.cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(_, r)| Removed {
            text: r
                .cells
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
            reason: Reason::Outside,
            lines: [r.line, r.end],
        })
        .chain(std::iter::once(Removed {
            text: header.cells.join(" "),
            reason: Reason::Outside,
            lines: [header.line, header.end],
        }))
        .collect();
    Some(Article {
        body: Body::Text(cell(row, body).replace("\r\n", "\n")),
        title: field(kinds.title).map(str::to_string),
        subtitle: None,
        authors: field(kinds.writer)
            .map(|w| vec![w.to_string()])
            .unwrap_or_default(),
        date: field(kinds.date).and_then(super::meta::parse_date),
        url: field(kinds.url).map(str::to_string),
        others,
        line_map: Vec::new(),
        lines: [row.line, row.end],
    })
}

/// The rows of `text`, or `None` when it does not read as a sheet (rows of
/// one cell, or too many).
fn rows(text: &str, sep: u8) -> Option<Vec<Row>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out: Vec<Row> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => return None,
        }
        let byte = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0))
            .min(text.len());
        // After a CRLF the reader may stand between its two bytes.
        let byte = byte
            + text.as_bytes()[byte..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        let line = 1 + memchr::memchr_iter(b'\n', &text.as_bytes()[..byte]).count();
        if let Some(last) = out.last_mut() {
            last.end = line.saturating_sub(1).max(last.line);
        }
        out.push(Row {
            cells: record.iter().map(str::to_string).collect(),
            line,
            end: line,
        });
        if out.len() > MAX_ROWS {
            return None;
        }
    }
    if let Some(last) = out.last_mut() {
        last.end = text.trim_end().lines().count().max(last.line);
    }
    let columns = out.first()?.cells.len();
    (columns >= 3 && out.len() >= 2).then_some(out)
}

/// Which column holds what, told by the cells of the rows.
#[derive(Default)]
struct Kinds {
    title: Option<usize>,
    writer: Option<usize>,
    date: Option<usize>,
    url: Option<usize>,
}

impl Kinds {
    fn of(rows: &[Row], columns: usize, body: usize) -> Kinds {
        let filled = |c: usize| -> Vec<&str> {
            rows.iter()
                .filter_map(|r| r.cells.get(c).map(|s| s.trim()))
                .filter(|s| !s.is_empty())
                .collect()
        };
        // The share of a column's filled cells that pass `test` (0 when
        // it has none).
        let share = |c: usize, test: &dyn Fn(&str) -> bool| -> f64 {
            let cells = filled(c);
            if cells.is_empty() {
                return 0.0;
            }
            cells.iter().filter(|s| test(s)).count() as f64 / cells.len() as f64
        };
        let mut k = Kinds::default();
        let mut taken = vec![body];
        let pick = |test: &dyn Fn(&str) -> bool, taken: &mut Vec<usize>| {
            let c = (0..columns)
                .filter(|c| !taken.contains(c))
                .map(|c| (c, share(c, test)))
                .filter(|&(_, s)| s >= 0.6)
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(c, _)| c);
            taken.extend(c);
            c
        };
        k.url = pick(
            &|s| s.starts_with("http://") || s.starts_with("https://"),
            &mut taken,
        );
        k.date = pick(&|s| super::meta::parse_date(s).is_some(), &mut taken);
        k.writer = pick(
            &|s| (2..=4).contains(&word_count(s)) && super::meta::looks_like_name(s),
            &mut taken,
        );
        // A headline: a line of three to thirty words that ends no
        // sentence, in most rows; among such columns, the longest.
        let headline = |s: &str| (3..=30).contains(&word_count(s)) && !ends_sentence(s);
        k.title = (0..columns)
            .filter(|c| !taken.contains(c))
            .filter(|&c| share(c, &headline) >= 0.6)
            .max_by_key(|&c| filled(c).iter().map(|s| word_count(s)).sum::<usize>());
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testutil::PARA;

    use crate::ingest::json::text_of;

    #[test]
    fn a_monitoring_sheet_is_read_as_its_longest_row() {
        // Columns named in Greek, ";" as Excel writes it in that locale,
        // CRLF between rows and LF inside a cell.
        let csv = format!(
            "Α/Α;Ημερομηνία;Μέσο;Συντάκτης;Τίτλος;Κείμενο;URL\r\n\
             1;9/2/2028;Πολίτης;Γιώργος Ιωάννου;Bus riders up by a tenth;\"Short text.\";https://example.com/a\r\n\
             2;14/2/2028;Φιλελεύθερος;Άντρη Χαραλάμπους;A new bus line reaches the campus;\"{PARA}\n\n{PARA} {PARA}\";https://example.com/b\r\n\
             3;15/2/2028;Reporter;;Traffic on the avenue;\"{PARA}\";https://example.com/c\r\n"
        );
        let a = article("clippings.csv", &csv).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("A new bus line reaches the campus")
        );
        assert_eq!(a.authors, ["Άντρη Χαραλάμπους"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 2, 14));
        assert_eq!(a.url.as_deref(), Some("https://example.com/b"));
        assert!(text_of(&a).starts_with("The county"));
        assert!(text_of(&a).contains("\n\n"));
        assert_eq!(a.lines, [3, 5]);
        assert_eq!(a.others.len(), 3, "two rows and the header");
        assert_eq!(a.others[1].lines, [6, 6]);
    }

    #[test]
    fn a_tab_separated_export_is_read() {
        let tsv = format!(
            "\"Date\"\t\"Headline\"\t\"URL\"\t\"Opening Text\"\t\"Source\"\n\
             \"01-Mar-2028\"\t\"Water tariff rises in Karachi\"\t\"https://example.com/w\"\t\"{PARA} {PARA}\"\t\"Daily Jang\"\n"
        );
        let a = article("export.csv", &tsv).unwrap();
        assert_eq!(a.title.as_deref(), Some("Water tariff rises in Karachi"));
        assert_eq!(a.url.as_deref(), Some("https://example.com/w"));
        assert!(text_of(&a).starts_with("The county"));
    }

    #[test]
    fn sheets_without_a_text_and_other_files_are_no_articles() {
        for (name, text) in [
            (
                "prices.csv",
                "item;price;unit\nrice;2.40;kg\nmilk;1.10;l\n".to_string(),
            ),
            ("a.txt", format!("a;b;c\n1;2;{PARA} {PARA}\n")),
            ("two.csv", format!("a,b\n1,{PARA} {PARA}\n")),
            ("one.csv", format!("{PARA}\n")),
        ] {
            assert!(article(name, &text).is_none(), "{name}");
        }
    }
}
