//! TiddlyWiki's tiddler files (`.tid`): an article clipped into a
//! personal wiki.
//!
//! A tiddler opens with its fields, one "name: value" to a line, up to the
//! first blank line: `title`, `tags`, `type`, `created` and `modified`
//! (when the wiki's owner saved it, never the article's date), `creator`
//! and `modifier` (the wiki's user, never a writer), and any field a
//! clipper adds (`url`, `source`). The text under them is WikiText:
//! headings open with "!", emphasis is ''bold'' and //italic//, links are
//! [[text|target]], pictures [img[…]], tables rows of "|" cells, styled
//! runs @@.class …@@, macros <<…>> and transclusions {{…}}. It is read as
//! Markdown, line for line.

use super::Removed;
use super::org::Read;
use super::rules::Reason;
use regex::Regex;
use std::sync::LazyLock;

/// Whether `name` is a tiddler file.
pub(crate) fn is_tiddler(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".tid")
}

/// A field line of the header: a name of letters, digits, "-", "_" or "."
/// (TiddlyWiki's field names), a colon, the value.
static FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([a-z0-9_.\-]+):\s*(.*)$").expect("regex"));

/// [[text|target]] or [[target]].
static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]").expect("regex"));

/// [img[…]] with optional attributes: [img width=32 [alt|url]].
static PICTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[img[^\[\]]*\[(?:([^\[\]|]*)\|)?([^\[\]]*)\]\]").expect("regex")
});

/// A styled run: @@.class text@@ or @@color:red;text@@.
static STYLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"@@((?:\.[\w-]+\s*)*)(?:[\w-]+:[^;@]*;\s*)*(.*?)@@").expect("regex")
});

/// Macros, widgets and transclusions: no text of the article.
static MACHINERY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<<[^<>]*>>|\{\{[^{}]*\}\}|</?\$[^<>]*>").expect("regex"));

/// The tiddler as Markdown, with its title and its address.
pub(crate) fn to_markdown(text: &str) -> Read {
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let mut read = Read::default();
    let mut title = None;
    let mut url = String::new();
    let mut md: Vec<String> = Vec::with_capacity(lines.len());
    let header = lines.iter().take_while(|l| !l.trim().is_empty()).count();
    for (i, line) in lines.iter().enumerate() {
        let no = i + 1;
        if i < header {
            md.push(String::new());
            let Some(c) = FIELD.captures(line) else {
                continue;
            };
            let value = c[2].trim().to_string();
            match &c[1] {
                "title" => title = Some((value, line.to_string(), no)),
                "url" | "source" | "source-url" if value.starts_with("http") => url = value,
                _ => read.removed.push(Removed {
                    text: line.trim().to_string(),
                    reason: Reason::Markup,
                    lines: [no, no],
                }),
            }
            continue;
        }
        md.push(body_line(line, no, &mut read.removed));
    }
    read.markdown = md.join("\n");
    read.page = title.map(|(t, line, no)| {
        // A clipper's title keeps the site's name after the headline.
        let t = super::meta::title_without_site(&t)
            .or_else(|| super::meta::title_without_host(&t, &url))
            .unwrap_or(t);
        (t, url, line, no)
    });
    read
}

/// One line of WikiText as Markdown; what is no text is recorded.
fn body_line(line: &str, no: usize, removed: &mut Vec<Removed>) -> String {
    let mut gone = |text: &str, reason| {
        removed.push(Removed {
            text: text.trim().to_string(),
            reason,
            lines: [no, no],
        })
    };
    let t = line.trim();
    if t == "\"\"\"" || t.starts_with("\\define") || t.starts_with("\\end") {
        gone(t, Reason::Markup);
        return String::new();
    }
    let bare = MACHINERY.replace_all(line, "");
    if bare.trim().is_empty() && !t.is_empty() {
        gone(t, Reason::Markup);
        return String::new();
    }
    // A styled run set apart as a caption or a credit is no text.
    if let Some(c) = STYLED.captures(bare.trim())
        && c.get(0)
            .is_some_and(|m| m.as_str().len() == bare.trim().len())
        && ["caption", "credit", "photo"]
            .iter()
            .any(|k| c[1].contains(k))
    {
        gone(t, Reason::Caption);
        return String::new();
    }
    let line = STYLED.replace_all(&bare, "$2");
    if let Some(row) = table_row(&line) {
        if row.is_empty() {
            // A table's class or caption row, or a row of empty cells.
            gone(t, Reason::Markup);
        }
        return row;
    }
    let line = inline(&line);
    let marks = line.chars().take_while(|c| *c == '!').count();
    if (1..=6).contains(&marks) {
        return format!("{} {}", "#".repeat(marks), line[marks..].trim());
    }
    // WikiText's "#" opens an ordered list item, never a heading.
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if hashes > 0 && line[hashes..].starts_with(' ') {
        return format!("1. {}", line[hashes..].trim());
    }
    line
}

/// A table's row as a list item of its cells set apart by " | " (each row
/// a paragraph of its own); header cells ("|!…") alike. The rows of a
/// table's class or caption ("|…|k", "|…|c") are no text.
fn table_row(line: &str) -> Option<String> {
    let t = line.trim();
    if !t.starts_with('|') || t.len() < 2 {
        return None;
    }
    let (body, end) = t[1..].rsplit_once('|')?;
    if !matches!(end, "" | "h" | "f") {
        return Some(String::new());
    }
    let cells: Vec<String> = body
        .split('|')
        .map(|c| inline(c.trim().trim_start_matches('!').trim()))
        .filter(|c| !c.is_empty())
        .collect();
    Some(if cells.is_empty() {
        String::new()
    } else {
        format!("- {}", cells.join(" | "))
    })
}

/// WikiText's inline marks as Markdown's: pictures, links, emphasis.
fn inline(text: &str) -> String {
    let t = PICTURE.replace_all(text, |c: &regex::Captures| {
        format!("![{}]({})", c.get(1).map_or("", |m| m.as_str()), &c[2])
    });
    let t = LINK.replace_all(&t, |c: &regex::Captures| match c.get(2) {
        Some(target) if target.as_str().contains("://") => {
            format!("[{}]({})", &c[1], target.as_str())
        }
        Some(_) | None => c[1].to_string(),
    });
    let t = t.replace("''", "**").replace("__", "");
    italics(&t)
}

/// "//italic//" as "*italic*", leaving the "//" of addresses alone.
fn italics(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("//") {
        let in_address = rest[..at].ends_with(':');
        out.push_str(&rest[..at]);
        out.push_str(if in_address { "//" } else { "*" });
        rest = &rest[at + 2..];
        if in_address {
            // The address runs to the next space.
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Context, Format, text};

    const BODY: [&str; 3] = [
        "The steelband from Laventille won the large-band final on Saturday night, its first title in eleven years, with a arrangement of a calypso from the seventies.",
        "Judges said the band's tempo changes and its closing run had set it apart from the other finalists, who were separated by two points.",
        "The band's leader said the players had rehearsed every night since the new year in the yard behind the community centre.",
    ];

    fn tiddler() -> String {
        format!(
            "created: 20280302141105123\ncreator: jdoe\nmodified: 20280302142307918\nmodifier: jdoe\ntags: Carnival [[Steel pan]]\ntitle: Laventille band wins the final — The Island Courier\ntype: text/vnd.tiddlywiki\nurl: https://courier.example/2028/02/27/laventille-band-wins/\n\n''By Maria Baptiste''\n//Sunday, February 27, 2028//\n\n[img[https://courier.example/img/pan.jpg]]\n@@.caption The band on stage on Saturday night@@\n\n{}\n\n{}\n\n!! How they placed\n\n|!Place|!Band|!Points|\n|1|Laventille All Stars|288|\n|2|Southern Pride|286|\n\n{}\n\n<<list-links filter:\"[tag[Carnival]]\">>\n",
            BODY[0], BODY[1], BODY[2]
        )
    }

    fn read(t: &str) -> crate::ingest::Document {
        let r = to_markdown(t);
        let mut doc = text::ingest_titled(&r.markdown, Format::Markdown, &Context::default(), None)
            .expect("read");
        doc.removed.extend(r.removed);
        doc
    }

    #[test]
    fn fields_are_no_text_and_wikitext_reads_as_markdown() {
        let r = to_markdown(&tiddler());
        let (title, url, _, no) = r.page.clone().expect("title");
        assert_eq!(title, "Laventille band wins the final");
        assert_eq!(
            url,
            "https://courier.example/2028/02/27/laventille-band-wins/"
        );
        assert_eq!(no, 6);
        // Line for line.
        assert_eq!(
            r.markdown.split('\n').count(),
            tiddler().split('\n').count()
        );
        let doc = read(&tiddler());
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        for b in BODY {
            assert!(texts.contains(&b), "{texts:?}");
        }
        for row in [
            "Place | Band | Points",
            "1 | Laventille All Stars | 288",
            "2 | Southern Pride | 286",
        ] {
            assert!(texts.contains(&row), "{row}: {texts:?}");
        }
        assert!(
            texts
                .iter()
                .all(|t| !t.contains("on stage") && !t.contains("jdoe"))
        );
        assert!(
            doc.paragraphs
                .iter()
                .any(|p| p.heading && p.text == "How they placed")
        );
        assert_eq!(doc.authors, ["Maria Baptiste"]);
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some("2028-02-27")
        );
        // The clip's times and its user are recorded as removed.
        assert!(doc.removed.iter().any(|r| r.text.starts_with("created:")));
        assert!(doc.removed.iter().any(|r| r.text == "creator: jdoe"));
    }

    #[test]
    fn wikitext_marks() {
        assert_eq!(
            inline("see [[the report|https://x.org/r]] and [[Budget]]"),
            "see [the report](https://x.org/r) and Budget"
        );
        assert_eq!(
            inline("''bold'' and //italic// at https://x.org/a//b"),
            "**bold** and *italic* at https://x.org/a//b"
        );
        assert_eq!(
            body_line("# first step", 1, &mut Vec::new()),
            "1. first step"
        );
        assert_eq!(
            body_line("!!! Aftermath", 1, &mut Vec::new()),
            "### Aftermath"
        );
        let mut gone = Vec::new();
        assert_eq!(body_line("|a table's class|k", 1, &mut gone), "");
        assert_eq!(gone.len(), 1, "recorded, not dropped");
        // A pipe inside a sentence is no table.
        assert_eq!(body_line("Rain | wind", 1, &mut Vec::new()), "Rain | wind");
    }

    #[test]
    fn only_tid_files_are_tiddlers() {
        assert!(is_tiddler("Clips/A story.TID"));
        assert!(!is_tiddler("a.tid.txt"));
        assert!(!is_tiddler("a.tidy"));
    }
}
