//! Articles kept as rows of an Excel workbook (`.xlsx`, Office Open XML
//! SpreadsheetML, a ZIP archive): a media-monitoring sheet with a header
//! row (date, outlet, headline, writer, address, text …) and one clipping
//! per row.
//!
//! The workbook's first worksheet (in the order of its tabs,
//! `xl/workbook.xml` and `xl/_rels/workbook.xml.rels`) is read into the
//! rows a CSV export of it would hold: shared strings
//! (`xl/sharedStrings.xml`, rich-text runs joined, a Japanese reading's
//! runs left out, `_x000D_` escapes read), inline strings, numbers, and a
//! date cell (a serial number with a date style, counted from 1900 or,
//! with `date1904`, from 1904) as "2028-07-16". The CSV reader
//! ([`super::sheet`]) then picks the row with the article. A sheet with
//! no such row is read as its text, a line per row; the other sheets are
//! recorded as removed. The archive is read as [`super::office`] reads a
//! Word file, with its limits.

use std::collections::HashMap;

use quick_xml::events::BytesStart;

use super::Removed;
use super::json::{Article, Body};
use super::office::{Archive, Fault, Visitor, attribute, elements, local, text_of, walk};
use super::rules::Reason;
use super::sheet::{self, Row};

/// The most columns a sheet has (Excel's last is XFD).
const MAX_COLUMNS: usize = 16_384;

/// A workbook's sheet: its name and part.
struct SheetPart {
    name: String,
    part: String,
}

/// The sheets of a workbook in the order of their tabs, and whether it
/// counts dates from 1904.
fn sheets(archive: &mut Archive<'_>) -> Result<(Vec<SheetPart>, bool), Fault> {
    let workbook = archive.part("xl/workbook.xml")?;
    let found = elements(&workbook, "xl/workbook.xml", &["workbookPr", "sheet"])?;
    let date1904 = found.iter().any(|(n, a)| {
        n == "workbookPr" && a.get("date1904").is_some_and(|v| v == "1" || v == "true")
    });
    let rels_name = "xl/_rels/workbook.xml.rels";
    let rels = archive.part(rels_name)?;
    let targets: HashMap<String, String> = elements(&rels, rels_name, &["Relationship"])?
        .into_iter()
        .filter(|(_, a)| a.get("Type").is_some_and(|t| t.ends_with("/worksheet")))
        .filter_map(|(_, mut a)| Some((a.remove("Id")?, a.remove("Target")?)))
        .collect();
    let parts = found
        .into_iter()
        .filter(|(n, _)| n == "sheet")
        .filter_map(|(_, a)| {
            let target = targets.get(a.get("id")?)?;
            let part = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_string(),
                None => format!("xl/{target}"),
            };
            let name = a.get("name").cloned().unwrap_or_default();
            Some(SheetPart { name, part })
        })
        .collect();
    Ok((parts, date1904))
}

/// A cell's text as XML wrote it, its references and Excel's `_xHHHH_`
/// escapes read ("_x000D_" is a carriage return, "_x005F_" an
/// underscore), its line ends as line feeds.
fn cell_text(raw: &str) -> String {
    let text =
        quick_xml::escape::unescape(raw).map_or_else(|_| raw.to_string(), |t| t.into_owned());
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let code = rest
            .get(at + 2..at + 7)
            .filter(|c| c.ends_with('_'))
            .and_then(|c| u32::from_str_radix(&c[..4], 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 7..];
            }
            None => {
                out.push_str("_x");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out.replace("\r\n", "\n").replace('\r', "\n")
}

/// Reads the strings of a string part (`<si>`) or of inline strings: the
/// text of its `<t>` and runs, a reading's runs (`<rPh>`) left out.
#[derive(Default)]
struct Strings {
    all: Vec<String>,
    open: Option<String>,
}

impl Visitor for Strings {
    fn open(&mut self, e: &BytesStart<'_>, _: &[String]) -> bool {
        let qname = e.name();
        let name = local(qname.as_ref());
        if name == "si" {
            self.open = Some(String::new());
        }
        name != "rPh" && name != "phoneticPr"
    }

    fn close(&mut self, name: &str, _: &[String]) {
        if name == "si" {
            self.all
                .push(cell_text(&self.open.take().unwrap_or_default()));
        }
    }

    fn text(&mut self, raw: &str, path: &[String]) {
        if path.last().is_some_and(|t| t == "t")
            && let Some(s) = self.open.as_mut()
        {
            s.push_str(raw);
        }
    }
}

/// Which cell styles show a date: for each style (`<xf>` of
/// `<cellXfs>`), whether its number format is one.
fn date_styles(archive: &mut Archive<'_>) -> Result<Vec<bool>, Fault> {
    let Some(bytes) = archive.entry("xl/styles.xml")? else {
        return Ok(Vec::new());
    };
    let xml = text_of(bytes);
    let found = elements(&xml, "xl/styles.xml", &["numFmt", "cellXfs", "xf"])?;
    let custom: HashMap<&str, &str> = found
        .iter()
        .filter(|(n, _)| n == "numFmt")
        .filter_map(|(_, a)| Some((a.get("numFmtId")?.as_str(), a.get("formatCode")?.as_str())))
        .collect();
    // The cell styles are the `<xf>` after `<cellXfs>` opens (the ones of
    // `<cellStyleXfs>` come before it, and other parts after).
    let cell_xfs = found.iter().position(|(n, _)| n == "cellXfs");
    let xfs = cell_xfs.map_or(&found[..0], |at| &found[at + 1..]);
    Ok(xfs
        .iter()
        .take_while(|(n, _)| n == "xf")
        .map(|(_, a)| {
            let id = a.get("numFmtId").map_or("0", String::as_str);
            match custom.get(id) {
                Some(code) => date_code(code),
                None => id.parse().is_ok_and(builtin_date),
            }
        })
        .collect())
}

/// Whether Excel's built-in number format `id` shows a date (the
/// locale's short and long dates, and date with time).
fn builtin_date(id: u32) -> bool {
    matches!(id, 14..=17 | 22 | 27..=36 | 50..=58 | 71..=81)
}

/// Whether a format code shows a date: it has a day or a year outside its
/// quoted text, its brackets and its escaped characters ("yyyy-mm-dd",
/// "[$-409]d mmm yyyy"; "h:mm" and "0.00" show none).
fn date_code(code: &str) -> bool {
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                chars.by_ref().find(|&c| c == '"');
            }
            '[' => {
                chars.by_ref().find(|&c| c == ']');
            }
            '\\' => {
                chars.next();
            }
            'd' | 'D' | 'y' | 'Y' => return true,
            _ => {}
        }
    }
    false
}

/// The day of an Excel serial number ("46950" is 2028-07-16): days from
/// 1899-12-31, counting the 29 February 1900 Lotus had (so from 1899-12-30
/// after it), or from 1904-01-01 in a workbook of the 1904 system.
fn serial_date(serial: &str, date1904: bool) -> Option<chrono::NaiveDate> {
    let days = serial.trim().parse::<f64>().ok()?.floor();
    if !(0.0..=2_958_465.0).contains(&days) {
        return None;
    }
    let days = days as i64;
    let (y, m, d, days) = match (date1904, days) {
        (true, _) => (1904, 1, 1, days),
        (false, 60) => return None,
        (false, 0..=59) => (1899, 12, 31, days),
        (false, _) => (1899, 12, 30, days),
    };
    chrono::NaiveDate::from_ymd_opt(y, m, d)?.checked_add_signed(chrono::TimeDelta::try_days(days)?)
}

/// The column of a cell reference ("B2" is 1), `None` past the last.
fn column_of(reference: &str) -> Option<usize> {
    let letters = reference.bytes().take_while(u8::is_ascii_alphabetic);
    let mut n = 0usize;
    for b in letters {
        n = n * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1);
        if n > MAX_COLUMNS {
            return None;
        }
    }
    n.checked_sub(1)
}

/// Reads a worksheet's cells into rows.
struct SheetReader<'a> {
    strings: &'a [String],
    dates: &'a [bool],
    date1904: bool,
    part: &'a str,
    rows: Vec<Row>,
    /// The open cell: its column, type, style and value's text.
    cell: Option<(usize, String, usize, String)>,
    fault: Option<Fault>,
}

impl SheetReader<'_> {
    /// The text of the cell that closes.
    fn value(&self, kind: &str, style: usize, v: &str) -> Result<String, Fault> {
        Ok(match kind {
            "s" => {
                let i: usize = v.trim().parse().unwrap_or(usize::MAX);
                let s = self.strings.get(i).ok_or_else(|| {
                    Fault::Damaged(format!(
                        "{}: a cell names shared string {}, of {}",
                        self.part,
                        v.trim(),
                        self.strings.len()
                    ))
                })?;
                s.clone()
            }
            "b" => if v.trim() == "1" { "TRUE" } else { "FALSE" }.to_string(),
            "d" => v.split('T').next().unwrap_or("").to_string(),
            "n" | "" if self.dates.get(style) == Some(&true) => {
                match serial_date(v, self.date1904) {
                    Some(d) => d.format("%Y-%m-%d").to_string(),
                    None => v.trim().to_string(),
                }
            }
            _ => cell_text(v),
        })
    }
}

impl Visitor for SheetReader<'_> {
    fn open(&mut self, e: &BytesStart<'_>, path: &[String]) -> bool {
        let qname = e.name();
        let name = local(qname.as_ref());
        match name {
            "row" => {
                let line = attribute(e, "r").and_then(|r| r.parse().ok());
                let line = line.unwrap_or(self.rows.last().map_or(1, |r| r.line + 1));
                self.rows.push(Row {
                    cells: Vec::new(),
                    line,
                    end: line,
                });
            }
            "c" if path.last().is_some_and(|p| p == "row") => {
                let next = self.rows.last().map_or(0, |r| r.cells.len());
                let column = match attribute(e, "r") {
                    Some(r) => column_of(&r),
                    None => Some(next),
                };
                let Some(column) = column else {
                    self.fault = Some(Fault::Damaged(format!(
                        "{}: a cell lies past the last column",
                        self.part
                    )));
                    return false;
                };
                let kind = attribute(e, "t").unwrap_or_default();
                let style = attribute(e, "s").and_then(|s| s.parse().ok()).unwrap_or(0);
                self.cell = Some((column, kind, style, String::new()));
            }
            _ => {}
        }
        // Formulas and a reading's runs are no text of the cell.
        !matches!(name, "f" | "rPh" | "phoneticPr" | "extLst")
    }

    fn close(&mut self, name: &str, _: &[String]) {
        if name != "c" {
            return;
        }
        let Some((column, kind, style, raw)) = self.cell.take() else {
            return;
        };
        let text = match self.value(&kind, style, &raw) {
            Ok(t) => t,
            Err(f) => {
                self.fault.get_or_insert(f);
                return;
            }
        };
        if let Some(row) = self.rows.last_mut() {
            if row.cells.len() <= column {
                row.cells.resize(column + 1, String::new());
            }
            row.cells[column] = text;
        }
    }

    fn text(&mut self, raw: &str, path: &[String]) {
        let inside = path.last().is_some_and(|p| p == "v" || p == "t");
        if let (true, Some(cell)) = (inside, self.cell.as_mut()) {
            cell.3.push_str(raw);
        }
    }
}

/// The rows of the worksheet `part` that hold a cell, each as long as the
/// longest.
fn rows_of(
    archive: &mut Archive<'_>,
    part: &str,
    strings: &[String],
    dates: &[bool],
    date1904: bool,
) -> Result<Vec<Row>, Fault> {
    let xml = archive.part(part)?;
    let mut reader = SheetReader {
        strings,
        dates,
        date1904,
        part,
        rows: Vec::new(),
        cell: None,
        fault: None,
    };
    walk(&xml, part, &mut reader)?;
    if let Some(f) = reader.fault {
        return Err(f);
    }
    let mut rows = reader.rows;
    rows.retain(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    if rows.len() > sheet::MAX_ROWS {
        return Err(Fault::TooManyRows(part.to_string()));
    }
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    for r in &mut rows {
        r.cells.resize(width, String::new());
    }
    Ok(rows)
}

/// The rows' text, a line per row, its cells apart by tabs.
fn rows_text(rows: &[Row]) -> String {
    let lines: Vec<String> = rows
        .iter()
        .map(|r| {
            let cells: Vec<&str> = r.cells.iter().map(|c| c.trim()).collect();
            cells.join("\t").trim_end().to_string()
        })
        .collect();
    lines.join("\n")
}

/// The article of a sheet's `rows`: the row with the article, the title
/// rows over the header (a row of three or more filled cells) recorded as
/// removed; else the sheet's text.
fn sheet_article(rows: &[Row]) -> Article {
    let filled = |r: &Row| r.cells.iter().filter(|c| !c.trim().is_empty()).count();
    let header = rows.iter().position(|r| filled(r) >= 3);
    let picked = header.and_then(|h| Some((h, sheet::article_of(&rows[h..])?)));
    if let Some((h, mut article)) = picked {
        article.others.extend(rows[..h].iter().map(|r| Removed {
            text: super::rules::squash(&rows_text(std::slice::from_ref(r))),
            reason: Reason::Outside,
            lines: [r.line, r.end],
        }));
        return article;
    }
    Article {
        body: Body::Text(rows_text(rows)),
        title: None,
        subtitle: None,
        authors: Vec::new(),
        date: None,
        url: None,
        others: Vec::new(),
        line_map: Vec::new(),
        lines: [
            rows.first().map_or(1, |r| r.line),
            rows.last().map_or(1, |r| r.line),
        ],
    }
}

/// The strings of the workbook's shared strings part, if it has one.
fn shared_strings(archive: &mut Archive<'_>) -> Result<Vec<String>, Fault> {
    let name = "xl/sharedStrings.xml";
    let Some(bytes) = archive.entry(name)? else {
        return Ok(Vec::new());
    };
    let mut s = Strings::default();
    walk(&text_of(bytes), name, &mut s)?;
    Ok(s.all)
}

/// The article of an Excel workbook: the row of its first worksheet with
/// the article (as a CSV export of it is read), else the sheet's text;
/// the other sheets recorded as removed.
pub(super) fn workbook(archive: &mut Archive<'_>) -> Result<Article, Fault> {
    let (parts, date1904) = sheets(archive)?;
    let strings = shared_strings(archive)?;
    let dates = date_styles(archive)?;
    let Some((first, rest)) = parts.split_first() else {
        return Err(Fault::Damaged("it has no worksheet".into()));
    };
    let rows = rows_of(archive, &first.part, &strings, &dates, date1904)?;
    let mut others = Vec::new();
    for other in rest {
        let rows = rows_of(archive, &other.part, &strings, &dates, date1904)?;
        if let (Some(a), Some(b)) = (rows.first(), rows.last()) {
            others.push(Removed {
                text: super::rules::squash(&format!("{} {}", other.name, rows_text(&rows))),
                reason: Reason::Outside,
                lines: [a.line, b.line],
            });
        }
    }
    let mut article = sheet_article(&rows);
    article.others.extend(others);
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::PARA;
    use std::io::{Cursor, Write};

    /// A ZIP archive of `entries` (name, text).
    fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, text) in entries {
            w.start_file(*name, options).unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    const MAIN: &str = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// A workbook of two sheets (the first `sheet`'s `<sheetData>`), its
    /// shared strings `strings`, dates counted from 1904 when `date1904`.
    fn xlsx(sheet: &str, strings: &[&str], date1904: bool) -> Vec<u8> {
        let pr = if date1904 {
            "<workbookPr date1904=\"1\"/>"
        } else {
            "<workbookPr/>"
        };
        let workbook = format!(
            "<?xml version=\"1.0\"?><workbook {MAIN}>{pr}<sheets><sheet name=\"Clippings\" sheetId=\"1\" r:id=\"rId4\"/><sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>"
        );
        let rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>";
        let sst: String = strings.iter().map(|s| format!("<si>{s}</si>")).collect();
        let sst = format!("<sst {MAIN}>{sst}</sst>");
        // Style 1 is a built-in date, 2 a custom one, 3 a time, 4 a number.
        let styles = format!(
            "<styleSheet {MAIN}><numFmts><numFmt numFmtId=\"164\" formatCode=\"[$-409]d\\ mmm\\ yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"h:mm&quot;d&quot;\"/></numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>"
        );
        let sheet = format!("<worksheet {MAIN}><sheetData>{sheet}</sheetData></worksheet>");
        let notes = format!(
            "<worksheet {MAIN}><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Call the desk on Monday</t></is></c></row></sheetData></worksheet>"
        );
        zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", &workbook),
            ("xl/_rels/workbook.xml.rels", rels),
            ("xl/sharedStrings.xml", &sst),
            ("xl/styles.xml", &styles),
            ("xl/worksheets/sheet2.xml", &sheet),
            ("xl/worksheets/sheet1.xml", &notes),
        ])
    }

    /// The article juxta reads from `bytes` as `name`.
    fn read(bytes: &[u8]) -> crate::error::Result<Option<Article>> {
        super::super::office::zipped_article(bytes, "clips.xlsx")
    }

    use crate::ingest::json::text_of;

    #[test]
    fn a_monitoring_workbook_is_read_as_its_longest_row() {
        let strings = [
            "<t>Date</t>",
            "<t>Outlet</t>",
            "<t>Headline</t>",
            "<t>Author</t>",
            "<t>Text</t>",
            "<r><rPr><b/></rPr><t xml:space=\"preserve\">Water works </t></r><r><t>cost twice the plan</t></r>",
            &format!("<t>{PARA}_x000D_\n_x000D_\n{PARA} Fees &amp; rates</t>"),
            "<t>Ana Horvat</t>",
            "<t>Short note.</t>",
            "<t>駅</t><rPh sb=\"0\" eb=\"1\"><t>えき</t></rPh>",
        ];
        // A title over the header; a date with a built-in style, one with
        // a custom one, and a serial of the 1904 system.
        let sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>July clippings</t></is></c></row>\
            <row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"C3\" t=\"s\"><v>2</v></c><c r=\"D3\" t=\"s\"><v>3</v></c><c r=\"E3\" t=\"s\"><v>4</v></c></row>\
            <row r=\"4\"><c r=\"A4\" s=\"1\"><v>46950</v></c><c r=\"B4\" t=\"s\"><v>9</v></c><c r=\"C4\" t=\"str\"><f>A1</f><v>Tariffs stay as they were</v></c><c r=\"E4\" t=\"s\"><v>8</v></c></row>\
            <row r=\"5\"><c r=\"A5\" s=\"2\"><v>46951.5</v></c><c r=\"B5\" t=\"inlineStr\"><is><t>Daily Post</t></is></c><c r=\"C5\" t=\"s\"><v>5</v></c><c r=\"D5\" t=\"s\"><v>7</v></c><c r=\"E5\" t=\"s\"><v>6</v></c></row>";
        let a = read(&xlsx(sheet, &strings, false)).unwrap().unwrap();
        assert_eq!(a.title.as_deref(), Some("Water works cost twice the plan"));
        assert_eq!(a.authors, ["Ana Horvat"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 7, 17));
        assert_eq!(text_of(&a), format!("{PARA}\n\n{PARA} Fees & rates"));
        assert_eq!(a.lines, [5, 5]);
        let others: Vec<&str> = a.others.iter().map(|r| r.text.as_str()).collect();
        assert!(
            others.contains(&"2028-07-16 駅 Tariffs stay as they were Short note."),
            "{others:?}"
        );
        assert!(
            others.contains(&"Notes Call the desk on Monday"),
            "{others:?}"
        );
        assert!(others.contains(&"July clippings"), "{others:?}");
    }

    #[test]
    fn dates_and_escapes_read_as_excel_writes_them() {
        assert_eq!(
            serial_date("46950", false),
            chrono::NaiveDate::from_ymd_opt(2028, 7, 16)
        );
        assert_eq!(
            serial_date("1", false),
            chrono::NaiveDate::from_ymd_opt(1900, 1, 1)
        );
        assert_eq!(
            serial_date("61", false),
            chrono::NaiveDate::from_ymd_opt(1900, 3, 1)
        );
        assert_eq!(
            serial_date("45488", true),
            chrono::NaiveDate::from_ymd_opt(2028, 7, 16)
        );
        assert_eq!(serial_date("-3", false), None);
        assert!(date_code("dd/mm/yyyy") && date_code("[$-409]mmmm d, yyyy"));
        // Counter-examples: a time, a number, a day in quoted text.
        assert!(!date_code("h:mm:ss") && !date_code("0.00") && !date_code("0\" days\""));
        assert_eq!(
            cell_text("a_x000D__x000A_b _x005F_x1234_ _xZZ_"),
            "a\nb _x1234_ _xZZ_"
        );
        assert_eq!(column_of("AA10"), Some(26));
        assert_eq!(column_of("ZZZZ1"), None);
    }

    #[test]
    fn a_workbook_without_an_article_is_read_as_its_text() {
        let sheet = "<row r=\"1\"><c t=\"inlineStr\"><is><t>Item</t></is></c><c t=\"inlineStr\"><is><t>Price</t></is></c><c t=\"inlineStr\"><is><t>Unit</t></is></c></row>\
            <row r=\"2\"><c t=\"inlineStr\"><is><t>Rice</t></is></c><c s=\"4\"><v>2.4</v></c><c t=\"b\"><v>1</v></c></row>";
        let a = read(&xlsx(sheet, &[], true)).unwrap().unwrap();
        assert_eq!(text_of(&a), "Item\tPrice\tUnit\nRice\t2.4\tTRUE");
        assert_eq!(a.lines, [1, 2]);
        // Long text under a title but no header of three columns.
        let cell = |r: usize, t: &str| {
            format!("<row r=\"{r}\"><c t=\"inlineStr\"><is><t>{t}</t></is></c></row>")
        };
        let sheet = format!("{}{}", cell(1, "Clippings"), cell(2, PARA));
        let a = read(&xlsx(&sheet, &[], false)).unwrap().unwrap();
        assert_eq!(text_of(&a), format!("Clippings\n{PARA}"));
        assert!(a.title.is_none() && a.others.len() == 1);
    }

    #[test]
    fn a_sheet_past_the_row_limit_is_an_error_with_a_hint() {
        let row = |r: usize| format!("<row r=\"{r}\"><c><v>{r}</v></c></row>");
        let sheet: String = (1..=sheet::MAX_ROWS + 1).map(row).collect();
        let e = read(&xlsx(&sheet, &[], false)).unwrap_err();
        let shown = format!("{e}");
        assert!(
            shown.contains("clips.xlsx") && shown.contains("100000 rows"),
            "{shown}"
        );
        assert!(e.render().contains("new workbook"), "{}", e.render());
        // One row fewer is read.
        let sheet: String = (1..=sheet::MAX_ROWS).map(row).collect();
        assert!(read(&xlsx(&sheet, &[], false)).unwrap().is_some());
    }

    #[test]
    fn a_damaged_workbook_is_an_error_naming_it() {
        // A cell naming a shared string the workbook lacks; a sheet that
        // is no XML.
        let sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>";
        let e = read(&xlsx(sheet, &["<t>x</t>"], false))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("clips.xlsx") && e.contains("shared string 7"),
            "{e}"
        );
        let e = read(&xlsx("<row><c>", &[], false)).unwrap_err().to_string();
        assert!(e.contains("Excel workbook is damaged"), "{e}");
        // Shared strings that are no XML.
        let e = read(&xlsx("", &["<t>a</b>"], false)).unwrap_err();
        let shown = format!("{e}");
        assert!(
            shown.contains("clips.xlsx") && shown.contains("xl/sharedStrings.xml"),
            "{shown}"
        );
        // A ZIP of other things, and an OpenDocument spreadsheet, are
        // no workbooks.
        let other = zip_of(&[("data/list.xml", "<a/>")]);
        assert!(
            super::super::office::zipped_article(&other, "a.zip")
                .unwrap()
                .is_none()
        );
        let ods = zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("xl/workbook.xml", "<workbook/>"),
        ]);
        assert!(read(&ods).unwrap().is_none());
    }
}
