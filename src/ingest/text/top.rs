//! The header of a text read line by line, whatever the order of its
//! parts, when the block reader ([`super::header`]) found no headline in
//! it: the site's name and the rubric over it ("Ведомости" / "Политика /
//! Экономика"), a kicker and the line that explains it ("ARGUMENT" / "An
//! expert's point of view on a current event."), the date and the
//! writers above or below the headline, the standfirst right under it,
//! and an audio player's speed ("1x"). Each line goes to the metadata or
//! to the removed lines with its reason; the body starts at the first line
//! that is none of these.
//!
//! The header is read only when it has a headline and a byline or a date:
//! short lines over a text with no stamp (a heading and a subheading, a
//! list) are left to the body.

use chrono::NaiveDate;

use super::open_standfirst;
use super::rules::{Reason, at_most_words, ends_sentence, word_count};
use super::{Block, Out, Provenance, TLine, breadcrumb, drop_block, headline_like, meta};

/// How many blocks and lines at the top may be the header.
const MOST_BLOCKS: usize = 12;
const MOST_LINES: usize = 16;

/// What a line of the header is.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    /// The site's name, a rubric, a kicker or the line explaining it.
    Label,
    Headline,
    Standfirst,
    Date(NaiveDate),
    Writers(Vec<String>),
    /// An audio player's speed under the header ("1x", "1.5×").
    Audio,
    /// The site's number for the story ("News ID: 421873").
    Code,
    /// The writer's post under their name ("Economist, expert în
    /// transporturi").
    Role,
}

/// Reads the header from the top lines of `blocks` when they hold one
/// (see the module's comment), taking its lines out of `blocks`; whether
/// it did.
pub(super) fn read(blocks: &mut Vec<Block>, out: &mut Out) -> bool {
    let top = top_lines(blocks);
    let texts: Vec<&str> = top.iter().map(|l| l.text.trim()).collect();
    let Some(parts) = parts_of(&texts) else {
        return false;
    };
    // The body goes on under the header.
    let all: usize = blocks.iter().map(|b| b.lines.len()).sum();
    if all <= parts.len() {
        return false;
    }
    let taken: Vec<usize> = top[..parts.len()].iter().map(|l| l.no).collect();
    for (part, l) in parts.into_iter().zip(top) {
        record(part, &l, out);
    }
    take_lines(blocks, &taken);
    true
}

/// Reads the header again when the block reader took the site's name for
/// the headline ("Tehran Economy" over a rubric, a news code and the real
/// headline): when `out`'s title is a label and, with it, the top lines of
/// `blocks` from block `from` on read as a header, the site's name goes as
/// a label; whether it did. The blocks over `from` hold the title alone.
pub(super) fn read_under_site_name(blocks: &mut Vec<Block>, from: usize, out: &mut Out) -> bool {
    let Some(title) = out.doc.title.clone().filter(|t| label(t)) else {
        return false;
    };
    if blocks[..from.min(blocks.len())]
        .iter()
        .any(|b| b.text() != title)
    {
        return false;
    }
    let top = top_lines(blocks.get(from..).unwrap_or_default());
    let texts: Vec<&str> = std::iter::once(title.as_str())
        .chain(top.iter().map(|l| l.text.trim()))
        .collect();
    let Some(parts) = parts_of(&texts).filter(|p| p.first() == Some(&Part::Label)) else {
        return false;
    };
    let all: usize = blocks.iter().skip(from).map(|b| b.lines.len()).sum();
    let Some(k) = out.doc.metadata.iter().rposition(|m| m.field == "title") else {
        return false;
    };
    if all < parts.len() {
        return false;
    }
    let site = out.doc.metadata.remove(k);
    out.doc.title = None;
    out.doc.provenance.remove("title");
    out.remove(&site.text, Reason::Kicker, site.lines);
    let taken: Vec<usize> = top[..parts.len() - 1].iter().map(|l| l.no).collect();
    for (part, l) in parts.into_iter().skip(1).zip(top) {
        record(part, &l, out);
    }
    take_lines(blocks, &taken);
    true
}

/// The lines of the first blocks, up to a list's or a table's: the
/// header's lines lead them, in blocks of their own or in one block with
/// the body's lines (a text of one paragraph a line, no blank lines).
fn top_lines(blocks: &[Block]) -> Vec<TLine> {
    blocks
        .iter()
        .take(MOST_BLOCKS)
        .take_while(|b| !b.list && !b.row)
        .flat_map(|b| b.lines.iter().cloned())
        .take(MOST_LINES)
        .collect()
}

/// What each of the header's lines is, from the first line on; none when
/// the lines are no header with a headline and a byline, a date or a news
/// code. At most three labels stand over the headline; a standfirst that
/// ends a sentence with nothing of the header under it may be the body's
/// first paragraph, and is left to it.
fn parts_of(lines: &[&str]) -> Option<Vec<Part>> {
    let mut parts: Vec<Part> = Vec::new();
    let mut headline = None;
    for (i, &t) in lines.iter().enumerate() {
        let part = if let Some(p) = stamp(t) {
            p
        } else if headline.is_none() {
            over_the_headline(t, i, parts.last())?
        } else if headline.is_some() && name_over_role(lines, i) {
            Part::Writers(vec![t.to_string()])
        } else if matches!(parts.last(), Some(Part::Writers(_))) && meta::post_line(t) {
            Part::Role
        } else if headline == Some(i - 1) && standfirst_like(t) {
            Part::Standfirst
        } else if playback_speed(t) {
            Part::Audio
        } else {
            break;
        };
        if part == Part::Headline {
            headline = Some(i);
        }
        parts.push(part);
    }
    if parts.last() == Some(&Part::Standfirst)
        && lines.get(parts.len() - 1).is_some_and(|t| ends_sentence(t))
    {
        parts.pop();
    }
    let labels = parts.iter().filter(|p| **p == Part::Label).count();
    let stamped = parts
        .iter()
        .any(|p| matches!(p, Part::Date(_) | Part::Writers(_) | Part::Code));
    (headline.is_some() && stamped && labels <= 3).then_some(parts)
}

/// Line `i` above the headline (`last`: the part above it): a label, the
/// note under a label (or opening the text, its label removed as a menu's
/// item), or the headline; none when it is none of these.
fn over_the_headline(t: &str, i: usize, last: Option<&Part>) -> Option<Part> {
    if label(t) || ((i == 0 || last == Some(&Part::Label)) && label_note(t)) {
        Some(Part::Label)
    } else if title_like(t) {
        Some(Part::Headline)
    } else {
        None
    }
}

/// A byline, the writers' names alone or a date line, in a short line.
fn stamp(t: &str) -> Option<Part> {
    if !at_most_words(t, 16) {
        return None;
    }
    if news_code(t) {
        return Some(Part::Code);
    }
    if let Some(d) = meta::date_line(t).or_else(|| meta::date_stamp(t))
        && meta::byline(t).is_none()
    {
        return Some(Part::Date(d));
    }
    meta::byline(t)
        .map(|(names, _)| names)
        .or_else(|| meta::names_list(t))
        .or_else(|| byline_with_apposition(t))
        .or_else(|| meta::name_with_affiliation(t).map(|n| vec![n]))
        .or_else(|| meta::name_with_role(t).map(|n| vec![n]))
        .filter(|names| !names.is_empty())
        .map(Part::Writers)
}

/// Whether line `i` is a writer's name alone (two or three capitalised
/// words) over their post on the next line ([`meta::post_line`]): "Ana
/// Pop" / "Economist, expert în energie".
fn name_over_role(lines: &[&str], i: usize) -> bool {
    let t = lines[i];
    (2..=3).contains(&word_count(t))
        && t.chars().count() <= 50
        && meta::looks_like_name(t)
        && lines.get(i + 1).is_some_and(|n| meta::post_line(n))
}

/// The site's number for the story on a line of its own: a label of one
/// to three words, a colon and a number of four to twelve figures of any
/// script ("News ID: 421873", "Код новости: 90412", "کد خبر: ۴۲۱۸۷۳۶").
fn news_code(t: &str) -> bool {
    let Some((label, number)) = t.split_once(':') else {
        return false;
    };
    let (label, number) = (label.trim(), number.trim());
    (1..=3).contains(&word_count(label))
        && label.chars().count() <= 30
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '\u{200C}')
        && (4..=12).contains(&number.chars().count())
        && number.chars().all(char::is_numeric)
}

/// A byline with what the writer is after a comma, in lower case ("By
/// Jane Doe, a senior fellow at the Institute.", "Por Ana Gómez,
/// investigadora del instituto"): the byline's names.
fn byline_with_apposition(t: &str) -> Option<Vec<String>> {
    let (head, rest) = t.split_once(", ")?;
    let rest = rest.trim();
    if !rest.starts_with(char::is_lowercase) || !at_most_words(rest, 14) {
        return None;
    }
    let (names, date) = meta::byline(head)?;
    (names.len() == 1 && date.is_none()).then_some(names)
}

/// A site's name or a section label: one to three words (in a script
/// written without spaces, as many words' worth of characters) of 40
/// characters or fewer, no sentence, no figure ("Ведомости", "Politics / Economy",
/// "ARGUMENT"), a trail of sections, or the site's host name as a reader
/// view writes it over the headline ("en.example.com", "noticias.uy").
fn label(t: &str) -> bool {
    if t.starts_with(char::is_lowercase) && super::super::furniture::host_name(t) {
        return true;
    }
    let words = t
        .split(|c: char| c.is_whitespace() || "|/·•>»›→".contains(c))
        .filter(|w| !w.is_empty())
        .count()
        .max(super::unspaced_words(t));
    let short = (1..=3).contains(&words)
        && t.chars().count() <= 40
        && !t.ends_with(['.', '!', '?', ':', ','])
        && !t.chars().any(|c| c.is_ascii_digit())
        && t.starts_with(opens);
    short || (breadcrumb(t) && t.chars().count() <= 80)
}

/// The line under a kicker that says what the kicker means ("An
/// expert's point of view on a current event."): one sentence of twelve
/// words or fewer.
fn label_note(t: &str) -> bool {
    at_most_words(t, 12)
        && word_count(t) >= 3
        && t.starts_with(char::is_uppercase)
        && t.ends_with('.')
        && t.matches(['.', '!', '?']).count() == 1
}

/// A letter that may open a label or a sentence: a capital, or a letter
/// of a script without cases (Arabic, Hebrew, Devanagari, Han).
fn opens(c: char) -> bool {
    c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase())
}

/// The headline: a line shaped as one, of three words or more (in a
/// script written without spaces, as many words' worth of characters:
/// "阿根廷法院叫停盐湖抽卤 中资项目原料告急").
fn title_like(t: &str) -> bool {
    headline_like(t) && word_count(t).max(super::unspaced_words(t)) >= 3 && t.chars().count() <= 200
}

/// The standfirst under the headline: sixty words or fewer, opening with a
/// capital, a whole sentence or two, or a phrase that ends none
/// ([`open_standfirst`]).
fn standfirst_like(t: &str) -> bool {
    let as_lines = [TLine {
        no: 0,
        text: t.to_string(),
        width: 0,
        indent: 0,
        lead: 0,
    }];
    at_most_words(t, 60)
        && word_count(t) >= 5
        && t.starts_with(opens)
        && (ends_sentence(t) || open_standfirst(&as_lines))
}

/// An audio player's speed alone on its line: "1x", "1.5x", "2×".
fn playback_speed(t: &str) -> bool {
    let Some(n) = t.strip_suffix(['x', '×']) else {
        return false;
    };
    let n = n.trim();
    !n.is_empty()
        && n.len() <= 4
        && n.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Records line `l`'s part of the header in `out`.
fn record(part: Part, l: &TLine, out: &mut Out) {
    let at = [l.no, l.no];
    match part {
        Part::Label => out.remove(&l.text, Reason::Kicker, at),
        Part::Audio => out.remove(&l.text, Reason::Audio, at),
        Part::Role => out.meta("author", &l.text, at),
        Part::Headline => out.title(l.text.trim().to_string(), at),
        Part::Standfirst => out.subtitle(l.text.trim().to_string(), at),
        Part::Date(d) if out.doc.date.is_none() => {
            out.date(d, l);
            out.meta("date", &l.text, at);
        }
        Part::Date(_) => out.meta("updated", &l.text, at),
        Part::Code => out.meta("id", &l.text, at),
        Part::Writers(names) => {
            if out.doc.authors.is_empty() {
                out.doc.authors = names;
                out.doc.provenance.insert("author".into(), Provenance::Text);
            }
            out.meta("author", &l.text, at);
        }
    }
}

/// Takes the lines numbered `taken` out of `blocks`, and the blocks left
/// empty.
fn take_lines(blocks: &mut Vec<Block>, taken: &[usize]) {
    let mut bi = 0;
    while bi < blocks.len() && bi <= MOST_BLOCKS {
        blocks[bi].lines.retain(|l| !taken.contains(&l.no));
        if blocks[bi].lines.is_empty() {
            drop_block(blocks, bi);
        } else {
            bi += 1;
        }
    }
}

#[cfg(test)]
mod tests;
