//! An article exported from a news database: ProQuest's "Full text"
//! export and Nexis Uni's (LexisNexis) document export.
//!
//! Both wrap one article in fields of their own: a cover page (the search,
//! the user, a table of contents), the headline, outlet and date as the
//! database catalogued them, then the text, then index fields ("Subject:",
//! "Load-Date:", "Document URL:"). The article's text is what lies between
//! the database's marks of it, and the headline, writers and date are
//! read from the database's fields rather than guessed from the text.
//!
//! Each export is told by marks only it prints together, never by one
//! word: ProQuest by a "Full text:" line with two or more of its citation
//! fields ("Publication title:", "Document URL:", "ProQuest document
//! ID:" …); Nexis Uni by "End of Document" with a "Body" line and a
//! "Length: … words" field above it.

use std::sync::LazyLock;

use regex::Regex;

/// What an export says of its article. Line indices are 0-based indices
/// into the text's lines.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Export {
    /// The first and last line of the article's text.
    pub(crate) body: (usize, usize),
    /// The label opening the first line of the text ("Full text: "), to
    /// be cut from it.
    pub(crate) label: usize,
    /// Headline, writers and date, each with the line it was read from.
    pub(crate) title: Option<(String, usize)>,
    pub(crate) authors: Option<(Vec<String>, usize)>,
    pub(crate) date: Option<(chrono::NaiveDate, usize)>,
    /// Lines of the text that open with a field's code, to be cut from
    /// them (Factiva's "LP" and "TD").
    pub(crate) coded: Vec<usize>,
}

/// ProQuest's fields after the text (and some before it), by name.
static PROQUEST_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Credit|Subject|Location|Company / organization|People|Identifier / keyword|Title|Publication title|Author|First page|Publication year|Publication date|Section|Publisher|Place of publication|Country of publication|Publication subject|ISSN|Source type|Language of publication|Document type|ProQuest document ID|Document URL|Copyright|Last updated|Database|Illustration|Caption|Dateline|Edition|Column|Links|Abstract)\s*:").expect("regex")
});

/// Nexis Uni's fields around the text.
static NEXIS_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Load-Date|Classification|Graphic|Notes|Language|Publication-Type|Subject|Organization|Person|Geographic|Industry|Company|Ticker|Document-Type|Journal Code|Correction-Date|Series)\s*:|^(?:Graphic|Classification|Notes)$|^End of Document$").expect("regex")
});

/// The export `lines` are, if they are one.
pub(crate) fn read(lines: &[&str]) -> Option<Export> {
    proquest(lines)
        .or_else(|| nexis(lines))
        .or_else(|| europresse(lines))
        .or_else(|| factiva(lines))
        .or_else(|| retriever(lines))
        .or_else(|| labelled(lines))
        .or_else(|| sourced(lines))
}

/// The header a reading service writes over the page it turned into
/// Markdown (Jina Reader: "Title: …", "URL Source: …", "Published Time:
/// …", "Markdown Content:", each on a line of its own, blank lines between).
/// Line indices are 0-based indices into the text's lines.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct ReaderHeader {
    /// The page's title (its `<title>`, often with the outlet's name).
    pub(crate) title: String,
    /// The page's address, and its line.
    pub(crate) url: Option<(String, usize)>,
    /// The page's stated time of publication, and its line.
    pub(crate) date: Option<(chrono::NaiveDate, usize)>,
    /// The header's lines, from the title's to the "Markdown Content:" one.
    pub(crate) lines: (usize, usize),
}

/// Lines of a reading service's header at most (see [`ReaderHeader`]).
const READER_HEADER_LINES: usize = 14;

/// The reading service's header `lines` open with, if any: a "Title:"
/// line first, then "URL Source:" and the "Markdown Content:" line that
/// closes it, all three in the first [`READER_HEADER_LINES`] lines.
pub(crate) fn reader_header(lines: &[&str]) -> Option<ReaderHeader> {
    let first = lines.iter().position(|l| !l.trim().is_empty())?;
    let title = lines[first].trim().strip_prefix("Title:")?.trim();
    let head = lines.get(first + 1..lines.len().min(first + READER_HEADER_LINES))?;
    let field = |name: &str| {
        head.iter().enumerate().find_map(|(k, l)| {
            let v = l.trim().strip_prefix(name)?.trim();
            Some((v.to_string(), first + 1 + k))
        })
    };
    let (_, end) = field("Markdown Content:").filter(|(v, _)| v.is_empty())?;
    let url = field("URL Source:").filter(|(v, at)| *at < end && v.contains("://"))?;
    let date = field("Published Time:")
        .filter(|(_, at)| *at < end)
        .and_then(|(v, at)| super::meta::parse_date(&v).map(|d| (d, at)));
    // Other lines between the fields: only the service's own notes.
    let fields_only = (first + 1..end).all(|i| {
        let t = lines[i].trim();
        t.is_empty()
            || ["URL Source:", "Published Time:", "Warning:", "Description:"]
                .iter()
                .any(|f| t.starts_with(f))
    });
    (fields_only && !title.is_empty()).then(|| ReaderHeader {
        title: title.to_string(),
        url: Some(url),
        date,
        lines: (first, end),
    })
}

/// Retriever's fields over the text (Norwegian, Swedish and Danish):
/// "Side: 10", "Seksjon: Nyheter", "Lengde: 517 ord", "Ord: 320",
/// "Forfatter: …", "Publisert på trykk".
static RETRIEVER_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:side|sida|sektion|seksjon|sektion|del|utgave|upplaga|udgave|lengde|längd|længde|ord|antal ord|antall ord|forfatter|författare|skribent|publisert|publicerad|publiceret)\s*:\s*\S.*|publisert på (?:trykk|nett)|publicerat (?:i print|på webb)|publiceret (?:i print|på web))\.?$").expect("regex")
});

/// Retriever's lines under the text: its rights notice, the link to the
/// article as printed and the article's id.
static RETRIEVER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:alt materiale i retriever|allt material i retriever|alt materiale i infomedia|se (?:web)?artikkelen|se (?:webb?)?artikeln|se artiklen|artikkel-id|artikel-id|©\s)").expect("regex")
});

/// A Retriever (Atekst, Mediearkivet) export: "Retriever Research" on top,
/// the outlet, the date ("28.11.2026") and fields ("Side: 10", "Ord:
/// 320"), then the headline, the text, and the database's notice under it.
/// The writer is the "Forfatter:" field's, or a name in capitals within
/// the lines under the headline (over the writer's address).
fn retriever(lines: &[&str]) -> Option<Export> {
    let top = lines
        .iter()
        .take(3)
        .position(|l| l.trim().starts_with("Retriever"))
        .or_else(|| unbranded_retriever(lines))?;
    // The fields: two or more within twenty lines, in one block (a blank
    // line after them ends it: a field's look-alike under a short text,
    // "Antal ord: 212", is not one of them), the last one ending them.
    let mut fields: Vec<usize> = Vec::new();
    for (i, line) in lines.iter().enumerate().take(top + 20).skip(top) {
        let t = line.trim();
        if RETRIEVER_FIELD.is_match(t) {
            fields.push(i);
        } else if t.is_empty() && !fields.is_empty() {
            break;
        }
    }
    let (&last_field, _) = fields.split_last().filter(|_| fields.len() >= 2)?;
    let date = (top..last_field).find_map(|i| {
        let t = lines[i].trim();
        (t.len() <= 10 && t.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| super::meta::find_date(t).map(|f| (f.date, i)))
            .flatten()
    });
    let next = |from: usize| (from..lines.len()).find(|&i| !lines[i].trim().is_empty());
    let title_at = next(last_field + 1)?;
    let end_mark = (title_at + 1..lines.len())
        .find(|&i| RETRIEVER_END.is_match(lines[i].trim()))
        .unwrap_or(lines.len());
    let mut start = next(title_at + 1)?;
    // The writer in capitals, over their address, in the first lines under
    // the headline (a standfirst may stand between).
    let field_writer = fields.iter().find_map(|&i| {
        let (label, value) = lines[i].split_once(':')?;
        matches!(
            label.trim().to_lowercase().as_str(),
            "forfatter" | "författare" | "skribent"
        )
        .then(|| (vec![super::meta::title_case_caps(value.trim())], i))
    });
    let mut authors = field_writer;
    for i in (start..end_mark.min(start + 6)).filter(|&i| !lines[i].trim().is_empty()) {
        let t = lines[i].trim();
        let capitals = t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase);
        let names = capitals.then(|| names_in_capitals(t)).flatten();
        if let Some(names) = names {
            authors = authors.or(Some((names, i)));
            let address = next(i + 1)
                .filter(|&k| lines[k].trim().contains('@') && !lines[k].trim().contains(' '));
            start = next(address.unwrap_or(i) + 1)?;
            break;
        }
    }
    let mut end = (start..end_mark)
        .rev()
        .find(|&i| !lines[i].trim().is_empty())?;
    // Fields under the text ("Antal ord: 157") are the export's.
    while end > start && RETRIEVER_FIELD.is_match(lines[end].trim()) {
        end = (start..end).rev().find(|&i| !lines[i].trim().is_empty())?;
    }
    Some(Export {
        body: (start, end),
        label: 0,
        title: Some((lines[title_at].trim().to_string(), title_at)),
        authors,
        date,
        coded: Vec::new(),
    })
}

/// The start of a Retriever export saved without the service's name on
/// top, as its web archive prints an article: the outlet, the date and
/// two or more of its fields within the first eight lines ("Sida: 8",
/// "Sektion: Malmö", "Publicerat i print."), and the article's id under
/// the text ("Artikel-ID: …"), which no article prints itself.
fn unbranded_retriever(lines: &[&str]) -> Option<usize> {
    static ARTICLE_ID: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^artikk?el-?id\s*:\s*\S+$").expect("regex"));
    let fields = lines
        .iter()
        .take(8)
        .filter(|l| RETRIEVER_FIELD.is_match(l.trim()))
        .count();
    let id = || lines.iter().skip(8).any(|l| ARTICLE_ID.is_match(l.trim()));
    (fields >= 2 && id()).then_some(0)
}

/// The writers a byline in capitals names ("ANNA BERG", "ELIN HOLM OCH
/// OSKAR NY"), in title case, each a name; `None` when a part is no name.
fn names_in_capitals(t: &str) -> Option<Vec<String>> {
    const ANDS: [&str; 8] = ["and", "och", "og", "ja", "und", "et", "i", "oraz"];
    let cased = super::meta::title_case_caps(t);
    let words: Vec<String> = cased
        .split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            if ANDS.contains(&lower.as_str()) {
                lower
            } else {
                w.to_string()
            }
        })
        .collect();
    let names = super::meta::split_authors(&words.join(" "));
    let named =
        (1..=3).contains(&names.len()) && names.iter().all(|n| super::meta::looks_like_name(n));
    named.then_some(names)
}

/// The line naming the article's source under its text in a press
/// database's export: "Quelle: Südkurier vom 15.03.2028, S. 21" (WISO,
/// GBI-Genios), "Source: The Herald, 15 March 2028, p. 4", "Kilde:
/// Politiken, 15.03.2028, s. 6", "Källa: …", "Lähde: …", "Fonte: …",
/// "Fuente: …", "Bron: …", "Źródło: …". Its value holds the date.
static SOURCE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:quelle|source|kilde|källa|lähde|fonte|fuente|bron|źródło|zdroj)\s?:\s*(\S.*)$",
    )
    .expect("regex")
});

/// The export's number of the document, among the fields under the
/// source line: "Dokumentnummer: 1503202821D8C43D", "Document ID: …",
/// "Artikel-ID: …", "Numéro de document : …".
static DOCUMENT_ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:dokumentnummer|dokument-?id|document(?:[- ]id| number| no\.?)|article[- ]id|artikel-?id|artikkel-?id|dokumenttinumero|numéro de document|numero documento|número de documento|documentnummer)\s?:\s*\S+$")
        .expect("regex")
});

/// An entry of an export's table of contents: its number, the headline,
/// dot leaders and the page ("1. NEUE RHEINBRÜCKE KOMMT SPÄTER ....... 1").
static CONTENTS_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,3}\.?\s+(\S.*?)\s*(?:\.\s?){3,}\s*\d{1,4}$").expect("regex")
});

/// A page mark over a document of an export: "Seite 1 von 1", "Page 2 of
/// 5", "Side 1 af 3", "Sida 1 av 2", "Sivu 1/2".
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:seite|page|side|sida|sivu|strona|pagina|página|blz\.?)\s+\d{1,4}\s*(?:von|of|af|av|/|z|di|de|sur|van)\s*\d{1,4}$").expect("regex")
});

/// A press database's export that names the source under the article's
/// text (WISO and the other GBI-Genios services, and exports like them):
/// a search header, a table of contents and page marks over each
/// document; the headline, perhaps a subtitle and the writer's byline
/// ("VON JANA ECKSTEIN"); the text; then the source line with the date
/// ([`SOURCE_FIELD`]) over two or more fields, the document's number
/// among them (Ressort, Ausgabe, Dokumentnummer, the lasting address, the
/// rights). Told by that block under the text and by a table of contents
/// naming the headline or a page mark over it. Of several documents, the
/// longest is the article.
fn sourced(lines: &[&str]) -> Option<Export> {
    let blocks: Vec<usize> = (0..lines.len())
        .filter(|&i| source_block(lines, i))
        .collect();
    if blocks.is_empty() {
        return None;
    }
    let contents: Vec<&str> = lines
        .iter()
        .take_while(|l| !PAGE_MARK.is_match(l.trim()))
        .filter_map(|l| CONTENTS_ENTRY.captures(l.trim()))
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    let mut best: Option<(usize, Export)> = None;
    let mut from = 0;
    for &q in &blocks {
        if let Some(e) = sourced_document(lines, (from, q), &contents) {
            let size = e.body.1 - e.body.0;
            if best.as_ref().is_none_or(|(n, _)| size > *n) {
                best = Some((size, e));
            }
        }
        from = q + 1;
    }
    best.map(|(_, e)| e)
}

/// Whether line `q` opens the source block under a document's text (see
/// [`sourced`]): the source line with a date, then within ten lines two
/// fields or more, one the document's number.
fn source_block(lines: &[&str], q: usize) -> bool {
    let t = lines[q].trim();
    if !t.contains(':') || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(c) = SOURCE_FIELD.captures(t) else {
        return false;
    };
    if super::meta::find_date(&c[1]).is_none() {
        return false;
    }
    let under: Vec<&str> = lines[q + 1..lines.len().min(q + 11)]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let fields = under.iter().filter(|l| labelled_field(l).is_some()).count();
    fields >= 2 && under.iter().any(|l| DOCUMENT_ID.is_match(l))
}

/// One document of a [`sourced`] export, from line `from` to its source
/// line `q`: the headline is the first line under its page mark, or the
/// first line there that the table of contents names.
fn sourced_document(
    lines: &[&str],
    (from, q): (usize, usize),
    contents: &[&str],
) -> Option<Export> {
    let filled = |i: &usize| !lines[*i].trim().is_empty();
    let page = (from..q)
        .rev()
        .find(|&i| PAGE_MARK.is_match(lines[i].trim()));
    let title_at = match page {
        Some(p) => (p + 1..q).find(filled)?,
        None => (from..q).find(|&i| {
            let t = lines[i].trim();
            !CONTENTS_ENTRY.is_match(t) && contents.contains(&t)
        })?,
    };
    // A subtitle and the byline within the three lines under the headline.
    let head: Vec<usize> = (title_at + 1..q).filter(filled).take(3).collect();
    let writer = head.iter().find_map(|&i| {
        let t = super::meta::title_case_caps(lines[i].trim());
        super::rules::at_most_words(&t, 8)
            .then(|| super::meta::byline(&t))
            .flatten()
            .filter(|(a, _)| !a.is_empty())
            .map(|(a, _)| (a, i))
    });
    let start = writer.as_ref().map_or(title_at, |(_, i)| *i);
    let start = (start + 1..q).find(filled)?;
    let end = (start..q).rev().find(filled)?;
    let date = SOURCE_FIELD
        .captures(lines[q].trim())
        .and_then(|c| super::meta::find_date(&c[1]))
        .map(|f| (f.date, q));
    Some(Export {
        body: (start, end),
        label: 0,
        title: Some((lines[title_at].trim().to_string(), title_at)),
        authors: writer,
        date,
        coded: Vec::new(),
    })
}

/// A field of a labelled export: a label of one to four words, a colon,
/// and its value (perhaps none: "Treść:" over the text).
static LABELLED_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{L}[\p{L}.\-]*(?: [\p{L}.\-/]+){0,3})\s?:(?:\s+(\S.*))?$").expect("regex")
});

/// Labels of the headline, the writers, the date and the text in the
/// exports of press-monitoring services, in the languages they serve.
const TITLE_LABELS: [&str; 12] = [
    "title",
    "headline",
    "tytuł",
    "titel",
    "título",
    "titolo",
    "titre",
    "заголовок",
    "назва",
    "başlık",
    "rubrik",
    "kop",
];
/// `t` without a headline's label ("Title: Inflation slows" -> "Inflation
/// slows"), as a feed reader or a clipping tool prints it over the text.
pub(crate) fn without_title_label(t: &str) -> &str {
    let Some((label, rest)) = t.split_once(':') else {
        return t;
    };
    let label = label.trim().to_lowercase();
    let rest = rest.trim();
    if TITLE_LABELS.contains(&label.as_str()) && rest.chars().any(char::is_alphabetic) {
        rest
    } else {
        t
    }
}

const AUTHOR_LABELS: [&str; 14] = [
    "author",
    "authors",
    "byline",
    "autor",
    "autorzy",
    "autoren",
    "auteur",
    "autore",
    "autores",
    "автор",
    "автори",
    "yazar",
    "författare",
    "auteurs",
];
const DATE_LABELS: [&str; 16] = [
    "date",
    "published",
    "publication date",
    "data wydania",
    "data publikacji",
    "datum",
    "erscheinungsdatum",
    "fecha",
    "data",
    "дата",
    "дата публікації",
    "tarih",
    "publiceringsdatum",
    "date de publication",
    "data di pubblicazione",
    "publicatiedatum",
];
const BODY_LABELS: [&str; 14] = [
    "text",
    "body",
    "full text",
    "article text",
    "treść",
    "tekst",
    "inhalt",
    "texto",
    "testo",
    "texte",
    "текст",
    "metin",
    "brödtext",
    "content",
];

/// A labelled field's label, in lower case, and its value (see
/// [`LABELLED_FIELD`]).
fn labelled_field(line: &str) -> Option<(String, &str)> {
    let t = line.trim();
    if let Some(field) = equals_field(t) {
        return Some(field);
    }
    // The label's colon within its first 40 bytes, looked for before the
    // pattern is.
    memchr::memchr(b':', &t.as_bytes()[..t.len().min(40)])?;
    if !LABELLED_FIELD.is_match(t) {
        return None;
    }
    let c = LABELLED_FIELD.captures(t)?;
    let label = c.get(1)?.as_str().to_lowercase();
    let value = c.get(2).map_or("", |m| m.as_str().trim());
    Some((label, value))
}

/// A field as a database's command-line client prints a record one
/// field to a line, "name = value", the names set flush right (sqlite3's
/// `-line` mode: "     id = 17", "  title = …"): a column's name of
/// letters, digits and underscores (read as words), " = ", the value.
fn equals_field(t: &str) -> Option<(String, &str)> {
    let head = &t.as_bytes()[..t.len().min(40)];
    let at = memchr::memmem::find(head, b" = ")?;
    let name = &t[..at];
    let column = name.starts_with(char::is_alphabetic)
        && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    column.then(|| (name.to_lowercase().replace('_', " "), t[at + 3..].trim()))
}

/// Whether every line of `fields` has its " = " in the same column, as a
/// database's client sets them (the names flush right); a program's
/// assignments or a list of sums do not line up.
fn aligned_signs(fields: &[&str]) -> bool {
    let column = |l: &str| l.find(" = ").map(|at| l[..at].chars().count());
    let first = fields.first().and_then(|l| column(l));
    first.is_some() && fields.iter().all(|l| column(l) == first)
}

/// Whether five lines in a row have a colon early on (or a column's
/// " = ", see [`equals_field`]): looked for before any line is read as a
/// field, as most texts have no such run.
fn colons_in_a_row(lines: &[&str]) -> bool {
    let colon = |l: &str| {
        let t = l.trim_start().as_bytes();
        let head = &t[..t.len().min(40)];
        memchr::memchr(b':', head).is_some() || memchr::memmem::find(head, b" = ").is_some()
    };
    let mut in_row = 0;
    lines.iter().any(|l| {
        in_row = if colon(l) { in_row + 1 } else { 0 };
        in_row >= 5
    })
}

/// A press-monitoring service's export of one article as labelled fields
/// ("Tytuł: …", "Źródło: …", "Autor: …", "Data wydania: 10.03.2025", …),
/// then a field for the text ("Treść:", "Text:", "Body:") with the text
/// under it (or after its colon), up to a rule of dashes or equal signs,
/// or the end. Told by five fields or more in a row among the first 80
/// lines, a headline's and a text's among them.
fn labelled(lines: &[&str]) -> Option<Export> {
    let field = |i: usize| labelled_field(lines[i]);
    let head = lines.len().min(80);
    if !colons_in_a_row(&lines[..head]) {
        return None;
    }
    let (mut start, mut run) = (0, 0);
    let mut body_at = None;
    for i in 0..head {
        let Some((label, _)) = field(i) else {
            (start, run) = (i + 1, 0);
            continue;
        };
        run += 1;
        if run >= 5 && BODY_LABELS.contains(&label.as_str()) {
            body_at = Some(i);
            break;
        }
    }
    let body_at = body_at?;
    if equals_field(lines[body_at].trim()).is_some() && !aligned_signs(&lines[start..=body_at]) {
        return None;
    }
    let find = |labels: &[&str]| {
        (start..body_at).find_map(|i| {
            let (label, value) = field(i)?;
            (labels.contains(&label.as_str()) && !value.is_empty()).then(|| (value.to_string(), i))
        })
    };
    let title = find(&TITLE_LABELS)?;
    let authors = find(&AUTHOR_LABELS)
        .map(|(v, i)| (super::meta::split_authors(&v), i))
        .filter(|(a, _)| !a.is_empty());
    let date = find(&DATE_LABELS).and_then(|(v, i)| {
        super::meta::date_line(&v)
            .or_else(|| super::meta::find_date(&v).map(|f| f.date))
            .map(|d| (d, i))
    });
    let (_, value) = field(body_at)?;
    let first = if value.is_empty() {
        (body_at + 1..lines.len()).find(|&i| !lines[i].trim().is_empty())?
    } else {
        body_at
    };
    let rule =
        |t: &str| t.len() >= 5 && (t.bytes().all(|b| b == b'-') || t.bytes().all(|b| b == b'='));
    let stop = (first + 1..lines.len())
        .find(|&i| rule(lines[i].trim()))
        .unwrap_or(lines.len());
    let mut end = (first..stop).rev().find(|&i| !lines[i].trim().is_empty())?;
    // The system's status under the text, one or two lines, is a field.
    for _ in 0..2 {
        if end == first || !status_line(lines[end].trim()) {
            break;
        }
        end = (first..end).rev().find(|&i| !lines[i].trim().is_empty())?;
    }
    let label = if value.is_empty() {
        0
    } else {
        lines[body_at].len() - lines[body_at].trim_start().len() + lines[body_at].trim().len()
            - value.len()
    };
    Some(Export {
        body: (first, end),
        label,
        title: Some(title),
        authors,
        date,
        coded: Vec::new(),
    })
}

/// Labels of an editorial system's status fields, in lower case, as its
/// export prints them under the text.
const STATUS_LABELS: [&str; 16] = [
    "status",
    "revision",
    "version",
    "last edited",
    "last modified",
    "last updated",
    "modified",
    "edited by",
    "updated by",
    "word count",
    "workflow",
    "stare",
    "stan",
    "статус",
    "версия",
    "durum",
];

/// A line of an editorial system's status fields ("Status: published |
/// Revision: 3 | Last edited: 2028-04-12 11:02 by editor", "Status:
/// published"): fields split by bars or wide gaps, each a label, a colon
/// and a value of at most six words, one of them a status's
/// ([`STATUS_LABELS`]); a field alone has a value of at most three words
/// that ends no sentence ("Status: The port stays closed." is text).
fn status_line(t: &str) -> bool {
    if !t.contains(':') || t.len() > 200 {
        return false;
    }
    let parts: Vec<&str> = if t.contains(" | ") {
        t.split(" | ").map(str::trim).collect()
    } else {
        t.split("  ")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    };
    let words = if parts.len() > 1 { 6 } else { 3 };
    let mut status = false;
    for p in &parts {
        let Some((label, value)) = labelled_field(p) else {
            return false;
        };
        if value.is_empty()
            || !super::rules::at_most_words(value, words)
            || value.ends_with(['.', '!', '?'])
        {
            return false;
        }
        status |= STATUS_LABELS.contains(&label.as_str());
    }
    status && parts.len() <= 6
}

/// A Factiva field: its code of two to four capitals at the line's start,
/// a tab or two spaces, its value ("HD      Headline", "PD      3 April
/// 2024").
static FACTIVA_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Z]{2,4})(?:\t|\s{2,})\s*(\S.*)$").expect("regex"));

/// The code of a Factiva field line and its value. The text's fields,
/// "LP" and "TD", may stand alone on their line over the text.
fn factiva_field(line: &str) -> Option<(&str, &str)> {
    let code = line.trim_end();
    if code == "LP" || code == "TD" {
        return Some((code, ""));
    }
    let c = FACTIVA_FIELD.captures(line)?;
    Some((c.get(1)?.as_str(), c.get(2)?.as_str().trim()))
}

/// Factiva's export with its field codes: "HD" (the headline) near the
/// top and "AN Document …" (the document's number) at the end. The text
/// is in "LP" (the lead) and "TD" (the rest), each opening with its code
/// and going on in lines indented under it, to the next field; the
/// writers are "BY", the date "PD".
fn factiva(lines: &[&str]) -> Option<Export> {
    let hd = lines
        .iter()
        .take(15)
        .position(|l| factiva_field(l).is_some_and(|(c, _)| c == "HD"))?;
    lines
        .iter()
        .rev()
        .take(40)
        .find(|l| factiva_field(l).is_some_and(|(c, v)| c == "AN" && v.starts_with("Document ")))?;
    let start = (hd + 1..lines.len())
        .find(|&i| factiva_field(lines[i]).is_some_and(|(c, _)| c == "LP" || c == "TD"))?;
    let next = (start + 1..lines.len())
        .find(|&i| factiva_field(lines[i]).is_some_and(|(c, _)| c != "TD"))
        .unwrap_or(lines.len());
    let end = (start..next).rev().find(|&i| !lines[i].trim().is_empty())?;
    let field = |code: &str| {
        (hd..start).find_map(|i| {
            factiva_field(lines[i])
                .filter(|(c, _)| *c == code)
                .map(|(_, v)| (v.to_string(), i))
        })
    };
    let authors = field("BY")
        .map(|(v, i)| {
            let v = v.strip_prefix("By ").unwrap_or(&v).to_string();
            let names = super::meta::byline(&format!("By {v}")).map(|(a, _)| a);
            (names.unwrap_or_else(|| super::meta::split_authors(&v)), i)
        })
        .filter(|(a, _)| !a.is_empty());
    let date = field("PD").and_then(|(v, i)| super::meta::date_line(&v).map(|d| (d, i)));
    let coded = (start..=end)
        .filter(|&i| factiva_field(lines[i]).is_some_and(|(c, _)| c == "LP" || c == "TD"))
        .collect();
    Some(Export {
        body: (start, end),
        label: 0,
        title: field("HD"),
        authors,
        date,
        coded,
    })
}

/// Europresse's word count and page by the date near the top ("Lorient,
/// mercredi 12 mars 2025 624 mots, p. OF Lorient_8").
static EUROPRESSE_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.{4,80})\s+\d{1,3}(?:[ .\u{a0}]\d{3})?\s+mots(?:,\s*p\.\s*.*)?$")
        .expect("regex")
});

/// Where Europresse's own lines under the text start: another edition
/// the article appeared in, the copyright, the legal notice, the
/// certificate, the document's number.
static EUROPRESSE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Aussi paru dans|Note\(s\)\s*:|Illustration\(s\)\s*:|©|Le présent document est protégé|Certificat émis le|news·|Retour au début)").expect("regex")
});

/// Whether `l` holds "mot" in any case, as [`EUROPRESSE_COUNT`] needs
/// ("… 612 mots").
fn mentions_mots(l: &str) -> bool {
    l.as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"mot"))
}

/// A Europresse export: the word-count line within the first eight lines
/// and the document's number ("news·20250312·OF·…") or "Retour au début"
/// under the text. Under the word-count line: a rubric, the headline, the
/// writer (a name alone or a byline), then the text, to the first of Europresse's own
/// lines; the date is read from the word-count line.
fn europresse(lines: &[&str]) -> Option<Export> {
    let count = lines
        .iter()
        .take(8)
        .position(|l| mentions_mots(l) && EUROPRESSE_COUNT.is_match(l.trim()))?;
    let marked = lines[count..].iter().any(|l| {
        let t = l.trim();
        t.starts_with("news·") || t == "Retour au début"
    });
    if !marked {
        return None;
    }
    let end_mark = (count + 1..lines.len())
        .find(|&i| EUROPRESSE_END.is_match(lines[i].trim()))
        .unwrap_or(lines.len());
    // The header lines under the word count: short lines, none a sentence.
    let head: Vec<usize> = (count + 1..end_mark)
        .filter(|&i| !lines[i].trim().is_empty())
        .take_while(|&i| {
            let t = lines[i].trim();
            super::rules::at_most_words(t, 25) && !super::rules::ends_sentence(t)
        })
        .take(4)
        .collect();
    // The writer: a name alone, or a byline ("Par Camille Ferrand
    // Correspondante à Lyon").
    let writers = |i: usize| {
        let t = lines[i].trim();
        if super::meta::looks_like_name(t) {
            return Some(vec![t.to_string()]);
        }
        super::meta::byline(t)
            .map(|(a, _)| a)
            .filter(|a| !a.is_empty())
    };
    let named = head.last().filter(|&&i| writers(i).is_some()).copied();
    let title_at = match named {
        Some(_) if head.len() >= 2 => Some(head[head.len() - 2]),
        Some(_) => None,
        None => head.last().copied(),
    };
    let start = head.last().map_or(count + 1, |&i| i + 1);
    let start = (start..end_mark).find(|&i| !lines[i].trim().is_empty())?;
    let end = (start..end_mark)
        .rev()
        .find(|&i| !lines[i].trim().is_empty())?;
    let date = EUROPRESSE_COUNT
        .captures(lines[count].trim())
        .and_then(|c| super::meta::find_date(&c[1]))
        .map(|f| (f.date, count));
    Some(Export {
        body: (start, end),
        label: 0,
        title: title_at.map(|i| (lines[i].trim().to_string(), i)),
        authors: named.and_then(|i| writers(i).map(|a| (a, i))),
        date,
        coded: Vec::new(),
    })
}

/// A ProQuest export: the text opens on "Full text:" and ends before the
/// first field under it.
fn proquest(lines: &[&str]) -> Option<Export> {
    let start = lines
        .iter()
        .position(|l| l.trim_start().starts_with("Full text:"))?;
    let fields = lines
        .iter()
        .filter(|l| {
            let t = l.trim();
            [
                "Publication title:",
                "Document URL:",
                "ProQuest document ID:",
                "Publication date:",
                "Source type:",
            ]
            .iter()
            .any(|f| t.starts_with(f))
        })
        .count();
    if fields < 2 {
        return None;
    }
    let end = (start + 1..lines.len())
        .find(|&i| PROQUEST_FIELD.is_match(lines[i].trim()))
        .unwrap_or(lines.len());
    let end = (start..end).rev().find(|&i| !lines[i].trim().is_empty())?;
    let label = lines[start].len() - lines[start].trim_start().len() + "Full text:".len();
    let field = |name: &str| {
        lines.iter().enumerate().find_map(|(i, l)| {
            l.trim()
                .strip_prefix(name)
                .map(|v| (v.trim().to_string(), i))
                .filter(|(v, _)| !v.is_empty())
        })
    };
    let title = field("Title:");
    let date =
        field("Publication date:").and_then(|(v, i)| super::meta::date_line(&v).map(|d| (d, i)));
    // "Credit: By Marcus Delgado and Olivia Chen", else "Author: Delgado,
    // Marcus; Chen, Olivia".
    let authors = field("Credit:")
        .and_then(|(v, i)| super::meta::byline(&v).map(|(a, _)| (a, i)))
        .or_else(|| field("Author:").map(|(v, i)| (inverted_names(&v), i)))
        .filter(|(a, _)| !a.is_empty());
    Some(Export {
        body: (start, end),
        label,
        coded: Vec::new(),
        title,
        authors,
        date,
    })
}

/// Names written last name first, set apart by semicolons: "Delgado,
/// Marcus; Chen, Olivia" gives "Marcus Delgado", "Olivia Chen".
fn inverted_names(v: &str) -> Vec<String> {
    v.split(';')
        .map(|n| match n.split_once(',') {
            Some((last, first)) => format!("{} {}", first.trim(), last.trim()),
            None => n.trim().to_string(),
        })
        .filter(|n| !n.is_empty())
        .collect()
}

/// A Nexis Uni export: the text runs from under "Body" to the first field
/// under it; the headline, outlet and date are the three lines over the
/// copyright and fields above "Body".
fn nexis(lines: &[&str]) -> Option<Export> {
    let end_mark = lines.iter().rposition(|l| l.trim() == "End of Document")?;
    let body = lines[..end_mark].iter().rposition(|l| l.trim() == "Body")?;
    let length = (body.saturating_sub(12)..body).find(|&i| {
        let t = lines[i].trim();
        t.starts_with("Length:") && t.ends_with("words")
    })?;
    let start = (body + 1..end_mark).find(|&i| !lines[i].trim().is_empty())?;
    let end = (start..end_mark)
        .find(|&i| NEXIS_FIELD.is_match(lines[i].trim()))
        .unwrap_or(end_mark);
    let end = (start..end).rev().find(|&i| !lines[i].trim().is_empty())?;
    let field = |name: &str| {
        (length.saturating_sub(6)..body).find_map(|i| {
            lines[i]
                .trim()
                .strip_prefix(name)
                .map(|v| (v.trim().to_string(), i))
        })
    };
    let authors = field("Byline:")
        .map(|(v, i)| {
            // In capitals with the writer's job after the name ("PRIYA
            // RAMASWAMY HEALTH REPORTER"), as some papers file it.
            if let Some(name) = super::meta::name_with_role(&super::meta::title_case_caps(&v)) {
                return (vec![name], i);
            }
            // Names in capitals joined by "AND" are two writers.
            let v = if v.chars().any(char::is_lowercase) {
                v
            } else {
                v.replace(" AND ", " and ")
            };
            let names = super::meta::byline(&format!("By {v}")).map(|(a, _)| a);
            (names.unwrap_or_else(|| super::meta::split_authors(&v)), i)
        })
        .filter(|(a, _)| !a.is_empty());
    // The date line within the eight lines over "Length:", with the outlet
    // and the headline the two lines of text over it.
    let above: Vec<usize> = (length.saturating_sub(8)..length)
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let dated = above
        .iter()
        .position(|&i| super::meta::date_line(lines[i].trim()).is_some());
    let (title, date) = match dated {
        Some(k) if k >= 2 => {
            let d = above[k];
            let date = super::meta::date_line(lines[d].trim()).map(|x| (x, d));
            let t = above[k - 2];
            (Some((lines[t].trim().to_string(), t)), date)
        }
        Some(k) => (
            None,
            super::meta::date_line(lines[above[k]].trim()).map(|x| (x, above[k])),
        ),
        None => (None, None),
    };
    Some(Export {
        body: (start, end),
        label: 0,
        title,
        authors,
        date,
        coded: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_press_monitoring_export_of_labelled_fields_gives_its_text_and_fields() {
        let text = "PRESS-SERVICE Monitoring Mediów\nRaport dzienny: ENERGETYKA\n\n=========\n\
                    Tytuł: MAGAZYNY ENERGII RATUNKIEM DLA SIECI\nŹródło: Dziennik Gazeta Prawna\n\
                    Data wydania: 10.03.2025\nStrona: A6\nAutor: Katarzyna Nowicka, Marcin Zieliński\n\
                    Lead: Rośnie liczba odmów przyłączenia.\nTreść:\n\n\
                    Operatorzy sieci odmówili w ubiegłym roku wydania warunków przyłączenia.\n\n\
                    Rozwiązaniem mają być magazyny energii.\n\n----------\nMateriał objęty ochroną prawa autorskiego.\n";
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("an export");
        assert_eq!(
            lines[e.body.0],
            "Operatorzy sieci odmówili w ubiegłym roku wydania warunków przyłączenia."
        );
        assert_eq!(lines[e.body.1], "Rozwiązaniem mają być magazyny energii.");
        assert_eq!(
            e.title.map(|t| t.0).as_deref(),
            Some("MAGAZYNY ENERGII RATUNKIEM DLA SIECI")
        );
        assert_eq!(
            e.authors.map(|a| a.0),
            Some(vec![
                "Katarzyna Nowicka".to_string(),
                "Marcin Zieliński".to_string()
            ])
        );
        assert_eq!(
            e.date.map(|d| d.0),
            chrono::NaiveDate::from_ymd_opt(2025, 3, 10)
        );
        // The text after the label, on its line.
        let inline = text.replace("Treść:\n\n", "Text: ");
        let lines: Vec<&str> = inline.lines().collect();
        let e = read(&lines).expect("an export");
        assert!(e.label > 0 && lines[e.body.0].starts_with("Text: Operatorzy"));
        // Counter-examples: an interview's speakers, fields without a
        // headline's or a text's.
        let interview = "Q: Why now?\nA: Because the grid is full.\nQ: And then?\nA: Batteries.\n\
                         Q: Text?\nText: none.\n";
        assert_eq!(read(&interview.lines().collect::<Vec<_>>()), None);
        let card =
            "Name: Jane Doe\nRole: Editor\nCity: Kyiv\nPhone: 123\nEmail: a@b.c\nText: hello\n";
        assert_eq!(read(&card.lines().collect::<Vec<_>>()), None);
    }

    #[test]
    fn a_record_printed_by_sqlite3_in_line_mode_gives_its_text_and_fields() {
        let text = "       id = 4711\npublished = 03.11.2027 08:15\n  section = Vietējās ziņas\n\
                    \x20   title = Prāmis uz salu kursēs divreiz dienā\n   author = Anna Ozola\n\
                    \x20    body = Prāmis uz salu no decembra kursēs divas reizes dienā.\n\
                    Operators sacīja, ka tā ietaupīs degvielu.\n";
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("a record");
        assert_eq!((e.body.0, e.body.1), (5, 6));
        assert!(lines[5][e.label..].starts_with("Prāmis uz salu no"));
        assert_eq!(
            e.title.map(|t| t.0).as_deref(),
            Some("Prāmis uz salu kursēs divreiz dienā")
        );
        assert_eq!(e.authors.map(|a| a.0), Some(vec!["Anna Ozola".to_string()]));
        assert_eq!(
            e.date.map(|d| d.0),
            chrono::NaiveDate::from_ymd_opt(2027, 11, 3)
        );
        // Counter-examples: a program's assignments and a sum are no
        // record's fields (no headline's or text's among them, or words
        // before the sign).
        let code = "x = 1\ny = 2\nz = x + y\ntitle = \"Report\"\nbody = render(x)\nprint(body)\n";
        assert_eq!(read(&code.lines().collect::<Vec<_>>()), None);
        let sums = "The total = 5\nThe title = none\nIts body = weak\nA b = c\nNew text = old\n";
        assert_eq!(read(&sums.lines().collect::<Vec<_>>()), None);
    }

    #[test]
    fn an_export_s_status_fields_under_its_text_are_no_text() {
        let head = "Title: Ferry timetable changes for the winter\nAuthor: Ana Pop\n\
                    Published: 2027-11-02 08:15\nSection: Local\nTags: ferries, winter\nBody:\n\
                    The ferry to the island will run twice a day from December.\n\
                    The operator said the change saves fuel.\n";
        for tail in [
            "Status: published | Revision: 7 | Last edited: 2027-11-02 09:01 by admin",
            "Status: draft  Word count: 412  Modified: 2027-11-02",
            "Stare: publicat | Versiune: 2",
            "Статус: опубликовано",
            "Workflow: approved\nLast modified: 2027-11-02 10:00",
        ] {
            let text = format!("{head}{tail}\n");
            let lines: Vec<&str> = text.lines().collect();
            let e = read(&lines).expect("an export");
            assert_eq!(
                lines[e.body.1], "The operator said the change saves fuel.",
                "{tail}"
            );
        }
        // Counter-examples: a last paragraph with a label's colon in it, a
        // status that is a sentence, fields none of which is a status's.
        for tail in [
            "Status: The ferry stays in port until the storm passes.",
            "Note: tickets bought before December stay valid | Price: unchanged",
            "Mayor: we will see | Operator: no comment",
        ] {
            let text = format!("{head}{tail}\n");
            let lines: Vec<&str> = text.lines().collect();
            let e = read(&lines).expect("an export");
            assert_eq!(lines[e.body.1], tail, "{tail}");
        }
    }

    #[test]
    fn a_retriever_export_gives_its_text_and_fields() {
        let text = "Retriever Research\nUtskrift fra Retriever Research 05.12.2026 09:12:44\nDokumenter: 1 av 1\n\n\
            ====\n\nAftenposten\n28.11.2026\nSide: 10\nSeksjon: Nyheter (Del 1)\nOrd: 320\nPublisert på trykk\n\n\
            Norgespris koster staten dobbelt så mye som anslått\n\n\
            Regjeringens fastpris på strøm har blitt en milliardregning.\n\n\
            KARI HAUGLAND\nkari.haugland@aftenposten.no\n\n\
            Da regjeringen lanserte Norgespris høsten 2025, var anslaget fire milliarder.\n\n\
            Ordningen gjelder etter planen ut 2029.\n\n\
            © Aftenposten\nSe artikkelen i originalformat: https://ret.nu/Kx8dQ2pL\nArtikkel-ID: 022026112800a3f19c7e\n\n\
            Alt materiale i Retriever er beskyttet av åndsverkloven.\n";
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("an export");
        assert!(lines[e.body.0].starts_with("Da regjeringen lanserte"));
        assert_eq!(lines[e.body.1], "Ordningen gjelder etter planen ut 2029.");
        assert_eq!(
            e.title.map(|t| t.0).as_deref(),
            Some("Norgespris koster staten dobbelt så mye som anslått")
        );
        assert_eq!(
            e.authors.map(|a| a.0),
            Some(vec!["Kari Haugland".to_string()])
        );
        assert_eq!(
            e.date.map(|d| d.0),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 28)
        );
        // The writer as a field; no name in capitals under the headline.
        let text = text
            .replace("Ord: 320", "Lengde: 320 ord\nForfatter: TORE HAUGLAND")
            .replace("KARI HAUGLAND\nkari.haugland@aftenposten.no\n\n", "");
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("an export");
        assert_eq!(
            e.authors.map(|a| a.0),
            Some(vec!["Tore Haugland".to_string()])
        );
        assert!(lines[e.body.0].starts_with("Regjeringens fastpris"));
        // Counter-examples: the word alone on top, or one field, is no export.
        for text in [
            "Retriever puppies are popular\n\nSide: note\n\nThe breed is popular in Norway.\n",
            "Retriever Research\n\nAftenposten\nSide: 10\n\nA headline\n\nText.\n",
        ] {
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(read(&lines), None, "{text}");
        }
    }

    #[test]
    fn a_retriever_export_without_the_service_s_name_gives_its_text_and_fields() {
        let text = "Upsala Nya Tidning\n2027-11-02\nSektion: Uppsala\nSida: 12\nPublicerat i print.\n\n\
            Färjan till ön går två gånger om dagen\n\n\
            Trafikverket ändrar tidtabellen från december.\n\n\
            ANNA BERG OCH JOHAN HOLM\nanna.berg@unt.se\n\n\
            Färjan till ön ska gå två gånger om dagen från den första december.\n\n\
            Operatören säger att ändringen sparar bränsle.\n\n\
            Antal ord: 212\n\nSe webartikeln på https://www.unt.se/2027-11-02/farjan\n\n\
            © Upsala Nya Tidning\n\nArtikel-ID: e7unt-2027-11-02-a1\n";
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("an export");
        assert!(lines[e.body.0].starts_with("Färjan till ön ska"));
        assert_eq!(
            lines[e.body.1],
            "Operatören säger att ändringen sparar bränsle."
        );
        assert_eq!(
            e.authors.map(|a| a.0),
            Some(vec!["Anna Berg".to_string(), "Johan Holm".to_string()])
        );
        assert_eq!(
            e.date.map(|d| d.0),
            chrono::NaiveDate::from_ymd_opt(2027, 11, 2)
        );
        // Counter-examples: the fields without the article's id under the
        // text, or the id without the fields, are no export.
        for text in [
            text.replace("Artikel-ID: e7unt-2027-11-02-a1", "Tack för att du läser."),
            text.replace("Sektion: Uppsala\nSida: 12\n", ""),
        ] {
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(read(&lines), None, "{text}");
        }
    }

    #[test]
    fn a_europresse_export_gives_its_text_and_fields() {
        let text = "Ouest-France\nLorient ; Bretagne\nLorient, mercredi 12 mars 2025 624 mots, p. OF Lorient_8\n\n\
            Lorient\n\nLe port de Lorient veut devenir la base arrière de l'éolien flottant\n\nGwenaël Le Bihan\n\n\
            Le port de Lorient veut sa part du gâteau. Mardi soir, le conseil portuaire a validé un plan.\n\n\
            Les premiers travaux sur le quai commenceront en 2026.\n\nAussi paru dans\n12 mars 2025 - Ouest-France (site web)\n\n\
            © 2025 Ouest-France. Tous droits réservés.\n\nnews·20250312·OF·c4e1a2f6\n\nRetour au début\n\nNom de la source\nOuest-France\n";
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("an export");
        assert!(lines[e.body.0].starts_with("Le port de Lorient veut sa part"));
        assert_eq!(
            lines[e.body.1],
            "Les premiers travaux sur le quai commenceront en 2026."
        );
        assert_eq!(
            e.title.map(|t| t.0).as_deref(),
            Some("Le port de Lorient veut devenir la base arrière de l'éolien flottant")
        );
        assert_eq!(
            e.authors.map(|a| a.0),
            Some(vec!["Gwenaël Le Bihan".to_string()])
        );
        // The writer as a byline, with a role glued on.
        let text = text.replace(
            "Gwenaël Le Bihan",
            "Par Gwenaël Le Bihan Correspondant à Lorient",
        );
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("an export");
        assert_eq!(
            e.authors.map(|a| a.0),
            Some(vec!["Gwenaël Le Bihan".to_string()])
        );
        assert!(
            e.title
                .is_some_and(|t| t.0.starts_with("Le port de Lorient veut devenir"))
        );
        assert_eq!(
            e.date.map(|d| d.0),
            chrono::NaiveDate::from_ymd_opt(2025, 3, 12)
        );
        // Counter-example: a word count alone, with none of Europresse's
        // marks under the text, is no export.
        let text =
            "Notes\nLyon, 3 mars 2025 800 mots\n\nLe texte suit ici, avec une phrase entière.\n";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(read(&lines), None);
    }

    const PROQUEST: &str = "Report Information from ProQuest\nJanuary 22 2024 10:47\n\nTable of contents\n\n\
        1. Metro weighs ending late-night rail service\n\nDocument 1 of 1\n\nMetro weighs ending late-night rail service\n\
        Delgado, Marcus. The Washington Post ; Washington, D.C. 18 Jan 2024: B.1.\n\nProQuest document link\n\n\
        Abstract: None available.\n\nFull text: Metro's board will consider closing the rail system at 11 p.m.\n\n\
        The board is scheduled to vote in April.\n\nCredit: By Marcus Delgado and Olivia Chen\n\n\
        Subject: Public transportation; Budgets\n\nTitle: Metro weighs ending late-night rail service\n\n\
        Publication title: The Washington Post; Washington, D.C.\n\nPublication date: Jan 18, 2024\n\n\
        Document URL: https://www.proquest.com/docview/1\n\nContact ProQuest\n";

    #[test]
    fn a_proquest_export_gives_its_text_and_fields() {
        let lines: Vec<&str> = PROQUEST.lines().collect();
        let e = read(&lines).expect("an export");
        assert!(
            lines[e.body.0][e.label..]
                .trim()
                .starts_with("Metro's board")
        );
        assert_eq!(lines[e.body.1], "The board is scheduled to vote in April.");
        assert_eq!(
            e.title.map(|t| t.0).as_deref(),
            Some("Metro weighs ending late-night rail service")
        );
        assert_eq!(
            e.authors.map(|a| a.0).unwrap(),
            ["Marcus Delgado", "Olivia Chen"]
        );
        assert_eq!(
            e.date.map(|d| d.0.to_string()).as_deref(),
            Some("2024-01-18")
        );
        assert_eq!(
            inverted_names("Delgado, Marcus; Chen, Olivia"),
            ["Marcus Delgado", "Olivia Chen"]
        );
    }

    #[test]
    fn a_nexis_export_gives_its_text_and_fields() {
        let text = "User Name: =\nDate and Time: = 2025-03-20\n\nDocuments (1)\n\n1. Gulf snow crab quota cut\n\
            Search Terms: \"snow crab\"\n\n| About LexisNexis | Privacy Policy | Terms & Conditions\n\n\
            Gulf snow crab quota cut\nCBC News\nMarch 14, 2025 Friday\n\nCopyright 2025 CBC All Rights Reserved\n\n\
            Section: NEWS\nLength: 612 words\nByline: Alex Thibodeau\nHighlight: Harvesters say the cut will cost them\nBody\n\n\n\
            Fisheries and Oceans Canada is cutting the catch.\n\nThe season opens in April.\n\n\nLoad-Date: March 15, 2025\n\n\nEnd of Document\n";
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("an export");
        assert_eq!(
            lines[e.body.0],
            "Fisheries and Oceans Canada is cutting the catch."
        );
        assert_eq!(lines[e.body.1], "The season opens in April.");
        assert_eq!(
            e.title.map(|t| t.0).as_deref(),
            Some("Gulf snow crab quota cut")
        );
        assert_eq!(e.authors.map(|a| a.0).unwrap(), ["Alex Thibodeau"]);
        assert_eq!(
            e.date.map(|d| d.0.to_string()).as_deref(),
            Some("2025-03-14")
        );
        // A picture's section under the text, headed "Graphic" alone.
        let text = text.replace(
            "\n\n\nLoad-Date",
            "\n\nGraphic\n\n\nPHOTO: Boats in the harbour at Caraquet.\n\nLoad-Date",
        );
        let lines: Vec<&str> = text.lines().collect();
        let e = read(&lines).expect("an export");
        assert_eq!(lines[e.body.1], "The season opens in April.");
        // A byline in capitals with the writer's job after the name; two
        // writers in capitals stay two.
        for (byline, want) in [
            ("PRIYA RAMASWAMY HEALTH REPORTER", vec!["Priya Ramaswamy"]),
            (
                "ALEX THIBODEAU AND MARIE ROY",
                vec!["Alex Thibodeau", "Marie Roy"],
            ),
        ] {
            let text = text.replace("Byline: Alex Thibodeau", &format!("Byline: {byline}"));
            let lines: Vec<&str> = text.lines().collect();
            let e = read(&lines).expect("an export");
            assert_eq!(e.authors.map(|a| a.0).unwrap(), want, "{byline}");
        }
    }

    #[test]
    fn an_export_naming_its_source_under_the_text_gives_its_text_and_fields() {
        let para = "Der Gemeinderat hat am Montag beschlossen, den Neubau der Stadthalle um ein Jahr zu verschieben.";
        // WISO's document list: search header, table of contents, page
        // mark, headline, subtitle, byline in capitals, text, source block.
        let wiso = format!(
            "WISO – Ihre Recherche vom 02.05.2028\r\nSuchbegriff: stadthalle\r\n\r\nDokumente\r\n\r\nInhaltsverzeichnis\r\n\r\n\
             1. STADTHALLE WIRD SPÄTER GEBAUT ....... 1\r\n\r\nDokumente\r\n\r\nSeite 1 von 1\r\n\r\nSTADTHALLE WIRD SPÄTER GEBAUT\r\n\r\n\
             Kosten steigen um zehn Prozent\r\n\r\nVON PETRA LANGE\r\n\r\nBiberach – {para}\r\n\r\n{para}\r\n\r\n\
             Quelle: Schwäbische Post vom 28.04.2028, S. 17\r\nRessort: Lokales\r\nDokumentnummer: 2804202817A1B2C3\r\n\r\n\
             Dauerhafte Adresse des Dokuments: https://www.wiso-net.de/document/SP__abc\r\n\r\n© GBI-Genios Deutsche Wirtschaftsdatenbank GmbH\r\n"
        );
        let lines: Vec<&str> = wiso.split('\n').map(|l| l.trim_end_matches('\r')).collect();
        let e = read(&lines).expect("an export");
        assert!(
            lines[e.body.0].starts_with("Biberach – Der Gemeinderat"),
            "{e:?}"
        );
        assert_eq!(lines[e.body.1], para);
        assert_eq!(
            e.title.map(|t| t.0).as_deref(),
            Some("STADTHALLE WIRD SPÄTER GEBAUT")
        );
        assert_eq!(
            e.authors.map(|a| a.0),
            Some(vec!["Petra Lange".to_string()])
        );
        assert_eq!(
            e.date.map(|d| d.0),
            chrono::NaiveDate::from_ymd_opt(2028, 4, 28)
        );
        // In English, with a table of contents and no page mark, no byline;
        // of two documents the longer one is the article.
        let en = "Search results\n\nContents\n\n1. Bridge opening delayed ..... 1\n2. Short note ..... 2\n\n\
            Bridge opening delayed\n\nThe new bridge will open a year late, the council said.\n\n\
            Work on the piers has been slowed by floods.\n\nCrews will return in spring.\n\n\
            Source: The Valley Herald, 12 March 2028, p. 4\nSection: News\nDocument ID: VH-20280312-004\n\n\
            Short note\n\nThe market opens on Sunday.\n\n\
            Source: The Valley Herald, 12 March 2028, p. 9\nSection: Briefs\nDocument ID: VH-20280312-009\n";
        let lines: Vec<&str> = en.lines().collect();
        let e = read(&lines).expect("an export");
        assert_eq!(
            e.title.map(|t| t.0).as_deref(),
            Some("Bridge opening delayed")
        );
        assert!(lines[e.body.0].starts_with("The new bridge"));
        assert_eq!(lines[e.body.1], "Crews will return in spring.");
        assert_eq!(e.authors, None);
        assert_eq!(
            e.date.map(|d| d.0),
            chrono::NaiveDate::from_ymd_opt(2028, 3, 12)
        );
        // Danish, a page mark over the headline.
        let da = "Side 1 af 1\n\nNy bro åbner senere\n\nAf Mette Holm\n\nDen nye bro åbner et år senere end planlagt.\n\n\
            Kilde: Dagbladet Øst, 12.03.2028, s. 6\nSektion: Indland\nArtikel-ID: e1f2a3b4\n";
        let lines: Vec<&str> = da.lines().collect();
        let e = read(&lines).expect("an export");
        assert_eq!(e.title.map(|t| t.0).as_deref(), Some("Ny bro åbner senere"));
        assert_eq!(e.authors.map(|a| a.0), Some(vec!["Mette Holm".to_string()]));
        assert!(lines[e.body.0].starts_with("Den nye bro"));
        // Counter-examples: an article citing its source under the text
        // without a document's number, or the fields without a table of
        // contents or a page mark naming the headline, is no export.
        for text in [
            "Bridge opening delayed\n\nThe new bridge will open late.\n\nSource: Council, 12 March 2028\nSection: News\nAuthor: Staff\n",
            "Bridge opening delayed\n\nThe new bridge will open late.\n\nSource: The Valley Herald, 12 March 2028, p. 4\nSection: News\nDocument ID: VH-1\n",
        ] {
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(read(&lines), None, "{text}");
        }
    }

    #[test]
    fn texts_with_one_mark_of_an_export_are_none() {
        // An article that says "Full text:" or ends on "End of Document"
        // alone is no export.
        for text in [
            "Full text: the minister's speech follows.\n\nWe will not give up.\n",
            "The talks ended.\n\nBody\n\nEnd of Document\n",
            "Full text: the speech.\n\nPublication date: 2024\n",
        ] {
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(read(&lines), None, "{text}");
        }
    }

    #[test]
    fn a_headlines_label_goes() {
        assert_eq!(
            without_title_label("Title: Inflation slows"),
            "Inflation slows"
        );
        assert_eq!(without_title_label("Titel : Inflation"), "Inflation");
        // Counter-examples: a headline with a colon, a label alone.
        for t in [
            "Brexit: the deal is done",
            "Title:",
            "Title: 2027",
            "The title: a story",
        ] {
            assert_eq!(without_title_label(t), t);
        }
    }

    #[test]
    fn a_factiva_export_gives_its_text_and_fields() {
        let text = "Factiva\n\nHD      HDB resale prices rise for 17th straight quarter\nBY      Lim Jia Qi\nWC      436 words\nPD      3 April 2024\nSN      The Straits Times\nLA      English\nCY      (c) 2024 SPH Media Limited. All rights reserved.\n\n\
            LP      SINGAPORE – Prices of resale flats rose by 1.7 per cent in the first quarter.\n\n        The increase was larger than in the fourth quarter.\n\n\
            TD      Resale volume fell 4.6 per cent.\n\n        The final data will be released on April 26.\n\n\
            CO      hdbsgp : Housing & Development Board\nNS      ehouse : Housing Market\nAN      Document STRAITS020240403ek4300011\n";
        let lines: Vec<&str> = text.split('\n').collect();
        let e = read(&lines).expect("a Factiva export");
        assert_eq!(
            e.title.as_ref().map(|t| t.0.as_str()),
            Some("HDB resale prices rise for 17th straight quarter")
        );
        assert_eq!(
            e.authors.as_ref().map(|a| a.0.clone()),
            Some(vec!["Lim Jia Qi".to_string()])
        );
        assert_eq!(
            e.date.map(|d| d.0),
            chrono::NaiveDate::from_ymd_opt(2024, 4, 3)
        );
        assert_eq!(lines[e.body.0].trim_start().get(..2), Some("LP"));
        assert!(lines[e.body.1].contains("April 26"));
        assert_eq!(e.coded.len(), 2);
        // The text's codes alone on their line over it.
        let text = "HD\tBundesgericht stützt Basler Verbot\n\nBY\tSimone Keller\n\nPD\t10 November 2027\n\nLP\t\nDer Kanton darf neue Ölheizungen verbieten.\n\nTD\nDie Abteilung folgte dem nicht.\n\nNS\tgcrim : Crime\n\nAN\tDocument NZZ0000020271110enba00017\n";
        let lines: Vec<&str> = text.split('\n').collect();
        let e = read(&lines).expect("a Factiva export");
        assert_eq!(lines[e.body.0].trim(), "LP");
        assert!(lines[e.body.1].starts_with("Die Abteilung"));
        assert_eq!(e.coded.len(), 2);
        // Counter-example: capitals over a text with no document number
        // under it are no export.
        let text = "UN      talks resume\n\nLP      The talks resumed.\n";
        let lines: Vec<&str> = text.split('\n').collect();
        assert!(read(&lines).is_none());
    }
}
