//! Reference-manager exports in RIS (`.ris`: Zotero, EndNote, Mendeley,
//! Citavi, JabRef): one record per work, each a run of tagged lines
//! ("TY  - NEWS", "TI  - …", "AU  - Last, First", "DA  - 2028/02/17/")
//! ending with "ER  - ". A researcher keeps a clipped article in a record's
//! note (`N1`, HTML as Zotero writes it, over several lines) or its
//! abstract (`AB`). The record with the most text is read as the article,
//! with its title, writers, date and address; the other records are
//! recorded as removed.

use super::Removed;
use super::json::{Article, Body};
use super::rules::{self, Reason};

/// One record: its fields in order (tag, value) and its lines (1-based).
struct Record {
    fields: Vec<(String, String)>,
    lines: [usize; 2],
}

impl Record {
    fn all(&self, tags: &[&str]) -> impl Iterator<Item = &str> {
        self.fields
            .iter()
            .filter(move |(t, _)| tags.contains(&t.as_str()))
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn first(&self, tags: &[&str]) -> Option<&str> {
        tags.iter().find_map(|t| self.all(&[t]).next())
    }

    /// The article's text: the longest note, else the abstract.
    fn body(&self) -> Option<&str> {
        self.all(&["N1"])
            .max_by_key(|n| n.len())
            .or_else(|| self.first(&["AB", "N2"]))
    }

    fn words(&self) -> usize {
        self.body()
            .map_or(0, |b| rules::word_count(&super::json::strip_tags(b)))
    }
}

/// A tagged line's tag and value: two capitals or a capital and a digit,
/// two spaces, a hyphen, a space (or the end: "ER  -").
fn tagged(line: &str) -> Option<(&str, &str)> {
    let b = line.as_bytes();
    let tag_ok = b.len() >= 5
        && b[0].is_ascii_uppercase()
        && (b[1].is_ascii_uppercase() || b[1].is_ascii_digit())
        && &b[2..5] == b"  -";
    if !tag_ok || !(b.len() == 5 || b[5] == b' ') {
        return None;
    }
    Some((&line[..2], line.get(6..).unwrap_or("")))
}

/// Whether `text` is RIS: a `.ris` file, or a text whose first line is a
/// record's type ("TY  - JOUR").
fn is_ris(named: &str, text: &str) -> bool {
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    let n = named.as_bytes();
    let ris_name = n.len() >= 4 && n[n.len() - 4..].eq_ignore_ascii_case(b".ris");
    (ris_name || tagged(first).is_some_and(|(t, _)| t == "TY"))
        && text
            .lines()
            .any(|l| tagged(l.trim_end()).is_some_and(|(t, _)| t == "ER"))
}

/// The records of an RIS text. A line without a tag goes on the field
/// above it (a note's HTML over several lines).
fn records(text: &str) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::new();
    let mut open: Option<Record> = None;
    for (i, raw) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        let no = i + 1;
        let line = raw.trim_end_matches('\r');
        match tagged(line.trim_end()) {
            Some(("TY", v)) => {
                out.extend(open.take());
                open = Some(Record {
                    fields: vec![("TY".into(), v.to_string())],
                    lines: [no, no],
                });
            }
            Some(("ER", _)) => {
                if let Some(mut r) = open.take() {
                    r.lines[1] = no;
                    out.push(r);
                }
            }
            Some((tag, v)) => {
                if let Some(r) = open.as_mut() {
                    r.fields.push((tag.to_string(), v.to_string()));
                    r.lines[1] = no;
                }
            }
            None => {
                if let Some(r) = open.as_mut()
                    && let Some((_, v)) = r.fields.last_mut()
                {
                    v.push('\n');
                    v.push_str(line);
                    r.lines[1] = no;
                }
            }
        }
    }
    out.extend(open);
    out
}

/// A writer as RIS names them ("Olayo Méndez, Ricardo"), first name first.
fn writer(name: &str) -> String {
    super::citations::given_first(name)
}

/// The record's date: `DA` ("2028/02/17/"), else `Y1` or `PY` when they
/// give a day. The access date (`Y2`) is no publication date.
fn date(r: &Record) -> Option<chrono::NaiveDate> {
    r.all(&["DA", "Y1", "PY"]).find_map(|v| {
        let parts: Vec<&str> = v.split('/').collect();
        let (y, m, d) = (parts.first()?, parts.get(1)?, parts.get(2)?);
        chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    })
}

/// The article of an RIS export, or `None` when `text` is no RIS or no
/// record holds text.
pub(crate) fn article(named: &str, text: &str) -> Option<Article> {
    if !is_ris(named, text) {
        return None;
    }
    let records = records(text);
    let chosen = (0..records.len())
        .filter(|&i| records[i].words() > 0)
        .max_by_key(|&i| (records[i].words(), std::cmp::Reverse(i)))?;
    let others = (records.iter().enumerate())
        .filter(|&(i, _)| i != chosen)
        .map(|(_, r)| Removed {
            text: rules::squash(
                &r.fields
                    .iter()
                    .map(|(_, v)| super::json::strip_tags(v))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            reason: Reason::Outside,
            lines: r.lines,
        })
        .collect();
    let r = &records[chosen];
    let body = r.body().unwrap_or_default();
    let has_tags = body.contains("</") || body.contains("<p") || body.contains("<br");
    let note_is_body = r.all(&["N1"]).next().is_some();
    Some(Article {
        body: if has_tags {
            Body::Html(body.to_string())
        } else {
            Body::Text(body.to_string())
        },
        title: r.first(&["TI", "T1"]).map(rules::squash),
        // The abstract is the standfirst when a note holds the text.
        subtitle: note_is_body
            .then(|| r.first(&["AB", "N2"]).map(rules::squash))
            .flatten(),
        authors: r.all(&["AU", "A1"]).map(writer).collect(),
        date: date(r),
        url: r.first(&["UR"]).map(str::to_string),
        others,
        line_map: Vec::new(),
        lines: r.lines,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "El Sistema de Aguas rehabilitará este año 120 kilómetros de tuberías en Iztapalapa, la alcaldía con más fugas registradas en la capital, informó su titular.";

    #[test]
    fn the_record_with_the_most_text_is_the_article_with_its_fields() {
        let ris = format!(
            "\u{feff}TY  - JOUR\r\nTI  - Intermittent water supply\r\nAU  - Ruiz, Tomás\r\nDA  - 2026///\r\nER  - \r\n\r\n\
             TY  - NEWS\r\nTI  - Sacmex rehabilitará 120 kilómetros\r\nAU  - Olayo Méndez, Ricardo\r\n\
             AB  - La inversión se concentrará en 37 colonias.\r\nDA  - 2028/02/17/\r\n\
             UR  - https://www.jornada.com.mx/noticia/2028/02/17/capital/x\r\nY2  - 2028/02/20/16:42:10\r\n\
             N1  - <div><h1>Sacmex rehabilitará 120 kilómetros</h1>\r\n<p>{PARA}</p>\r\n<p>{PARA}</p></div>\r\nER  - \r\n"
        );
        let a = article("lib.ris", &ris).expect("read");
        assert!(matches!(&a.body, Body::Html(h) if h.contains("<p>El Sistema")));
        assert_eq!(
            a.title.as_deref(),
            Some("Sacmex rehabilitará 120 kilómetros")
        );
        assert_eq!(a.authors, ["Ricardo Olayo Méndez"]);
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2028, 2, 17));
        assert_eq!(
            a.subtitle.as_deref(),
            Some("La inversión se concentrará en 37 colonias.")
        );
        assert_eq!(a.lines, [7, 17]);
        // The other record is recorded with its lines.
        assert_eq!(a.others.len(), 1);
        assert_eq!(a.others[0].lines, [1, 5]);
    }

    #[test]
    fn only_ris_is_read_as_ris() {
        // Counter-examples: a text opening with "TY" in a sentence, a
        // record never closed, a text whose records hold no text.
        assert!(article("a.txt", "TY  is the state's code.\nMore text.\n").is_none());
        assert!(article("a.txt", "TY  - NEWS\nTI  - A title\n").is_none());
        assert!(article("a.ris", "TY  - JOUR\nTI  - A title\nER  - \n").is_none());
        assert_eq!(tagged("ER  -"), Some(("ER", "")));
        assert_eq!(tagged("Y2  - 2028/02/20"), Some(("Y2", "2028/02/20")));
        assert_eq!(tagged("Ab  - x"), None);
    }
}
