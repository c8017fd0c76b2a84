//! What the readers of reference-manager exports share (BibTeX
//! [`super::bib`], EndNote XML [`super::endnote`], CSL-JSON
//! [`super::csl`], and RIS [`super::ris`] for its writers): a researcher
//! keeps a clipped article in a record's text fields (a note, the
//! abstract, a comment), and the record names its writers family name
//! first.
//!
//! Of a record's text fields, the one with the most text is the body;
//! the abstract is the standfirst when another field holds the body; the
//! record's other notes are the researcher's own remarks, recorded as
//! removed.

use super::Removed;
use super::json::Body;
use super::rules::{self, Reason};

/// A writer as a reference manager names them, family name first
/// ("Olayo Méndez, Ricardo", "Meer, Jr., Piet"), given name first
/// ("Ricardo Olayo Méndez", "Piet Meer Jr."). A name without a comma
/// stays as it is, and an institution written with a comma after it (as
/// EndNote keeps one apart from a person: "Water Board,") loses it.
pub(super) fn given_first(name: &str) -> String {
    let parts: Vec<&str> = name.split(',').map(str::trim).collect();
    match parts.as_slice() {
        [last, jr, first] if !first.is_empty() && !last.is_empty() => {
            format!("{first} {last} {jr}")
        }
        [last, first] if !first.is_empty() && !last.is_empty() => format!("{first} {last}"),
        [last, ""] => (*last).to_string(),
        _ => name.trim().to_string(),
    }
}

/// About how much text `s` holds (tags left out), in any script.
pub(super) fn weight(s: &str) -> usize {
    super::json::text_weight(&super::json::strip_tags(s))
}

/// What a record's text fields give the article.
#[derive(Debug, Default)]
pub(super) struct Texts {
    /// The body: the field with the most text.
    pub(super) body: Body,
    /// The abstract, when another field holds the body.
    pub(super) standfirst: Option<String>,
    /// The other notes, removed as the researcher's.
    pub(super) notes: Vec<Removed>,
}

/// The article `fields` give (each a field's name and its text, in the
/// order they are trusted when equal), the field named `abstract_field`
/// the standfirst unless it is the body; the notes recorded at `lines`.
pub(super) fn texts(
    fields: Vec<(&'static str, String)>,
    abstract_field: &str,
    lines: [usize; 2],
) -> Texts {
    let fields: Vec<(&'static str, String)> = fields
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
    let Some(best) = (0..fields.len()).max_by_key(|&i| (weight(&fields[i].1), usize::MAX - i))
    else {
        return Texts::default();
    };
    let mut out = Texts::default();
    for (i, (name, value)) in fields.into_iter().enumerate() {
        if i == best {
            out.body = html_or_text(value);
        } else if name == abstract_field {
            out.standfirst.get_or_insert_with(|| rules::squash(&value));
        } else {
            out.notes.push(Removed {
                text: rules::squash(&value),
                reason: Reason::ReaderNote,
                lines,
            });
        }
    }
    out
}

/// A text field's lines each a paragraph, a blank line between them,
/// when they are written one paragraph (or list item) to a line, as a
/// note is typed or pasted into a reference manager (EndNote writes no
/// blank line between them, a list's items stand on lines of their own);
/// a text wrapped at a width (pasted from a plain-text mail) stays as it
/// is, for the text reader to join.
pub(super) fn lines_as_paragraphs(text: &str) -> String {
    use super::layout::{Layout, Shape};
    let mut shapes = Vec::new();
    let mut adjacent = Vec::new();
    let mut after_blank = true;
    for l in text.lines() {
        if l.trim().is_empty() {
            after_blank = true;
            continue;
        }
        if !shapes.is_empty() {
            adjacent.push(!after_blank);
        }
        shapes.push(Shape::of(l, l.trim()));
        after_blank = false;
    }
    if !Layout::of(&shapes, &adjacent, false).one_per_line() {
        return text.to_string();
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n\n")
}

/// A text field's value as a body: HTML when it has paragraphs or line
/// breaks in tags (as Zotero writes a note), else text.
pub(super) fn html_or_text(value: String) -> Body {
    if is_html(&value) {
        Body::Html(value)
    } else {
        Body::Text(value)
    }
}

/// Whether a text field's value is HTML: paragraphs or line breaks in
/// tags.
pub(super) fn is_html(value: &str) -> bool {
    value.contains("</") || value.contains("<p") || value.contains("<br")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::PARA;

    #[test]
    fn writers_are_turned_given_name_first() {
        assert_eq!(given_first("Olayo Méndez, Ricardo"), "Ricardo Olayo Méndez");
        assert_eq!(given_first("Meer, Jr., Piet"), "Piet Meer Jr.");
        assert_eq!(given_first("Water Board,"), "Water Board");
        assert_eq!(given_first(" Amina Yusuf "), "Amina Yusuf");
        assert_eq!(given_first("王, 小明"), "小明 王");
        // A name that is only a comma, or an empty family name, is kept.
        assert_eq!(given_first(", Ana"), ", Ana");
    }

    #[test]
    fn the_longest_field_is_the_body_the_abstract_the_standfirst() {
        let t = texts(
            vec![
                ("abstract", "Works start in March.".into()),
                ("notes", format!("{PARA}\n\n{PARA}")),
                ("research-notes", "Check the figures.".into()),
            ],
            "abstract",
            [3, 9],
        );
        assert!(matches!(&t.body, Body::Text(b) if b.starts_with("The county")));
        assert_eq!(t.standfirst.as_deref(), Some("Works start in March."));
        assert_eq!(t.notes.len(), 1);
        assert_eq!(t.notes[0].reason, Reason::ReaderNote);
        assert_eq!(t.notes[0].lines, [3, 9]);
        // The abstract alone is the body, and no standfirst; a short note
        // beside a long abstract is the researcher's.
        let t = texts(
            vec![("abstract", PARA.into()), ("note", "Read for ch. 3".into())],
            "abstract",
            [1, 1],
        );
        assert!(matches!(&t.body, Body::Text(b) if b == PARA));
        assert_eq!(t.standfirst, None);
        assert_eq!(t.notes[0].text, "Read for ch. 3");
        // HTML is read as HTML; nothing is no body.
        let t = texts(vec![("note", format!("<p>{PARA}</p>"))], "abstract", [1, 1]);
        assert!(matches!(t.body, Body::Html(_)));
        let t = texts(vec![("note", "  ".into())], "abstract", [1, 1]);
        assert_eq!(t.body, Body::None);
        assert!(t.notes.is_empty());
    }

    #[test]
    fn lines_of_a_note_are_paragraphs_unless_wrapped() {
        let items = "Die Stadt baut:\nzwei neue Brücken,\nvier Radwege,\nund einen Park.\n\nDer Rat stimmt im Mai ab.";
        assert_eq!(
            lines_as_paragraphs(items),
            "Die Stadt baut:\n\nzwei neue Brücken,\n\nvier Radwege,\n\nund einen Park.\n\nDer Rat stimmt im Mai ab."
        );
        // Counter-example: paragraphs wrapped at 60 columns stay as they
        // are, for the text reader to join.
        let mut wrapped = String::new();
        for _ in 0..3 {
            let mut line = String::new();
            for w in PARA.split(' ').chain(PARA.split(' ')) {
                if line.len() + w.len() + 1 > 60 {
                    wrapped.push_str(&line);
                    wrapped.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(w);
            }
            wrapped.push_str(&line);
            wrapped.push_str("\n\n");
        }
        assert_eq!(lines_as_paragraphs(&wrapped), wrapped);
    }

    #[test]
    fn text_in_a_script_without_spaces_weighs_as_much_as_its_letters() {
        let zh =
            "新柔捷运系统通车至今已满半年每日载客量稳定在八万人次左右但长堤塞车情况并未明显改善";
        assert!(weight(zh) > weight("Read later."), "{}", weight(zh));
    }
}
