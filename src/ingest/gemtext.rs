//! Gemini's gemtext (`.gmi`): the pages of Gemini capsules, among them
//! text-only mirrors of news sites.
//!
//! Gemtext is line-oriented: a line is never wrapped, so every line of
//! text is a paragraph of its own; a link is a line of its own ("=> URL
//! text"); headings ("#", "##", "###"), list items ("* "), quotations
//! (">") and preformatted blocks (between "```" lines) open with their
//! mark. It is read as Markdown with a blank line after every line, so
//! that each line is a paragraph, and the lines mapped back ([`line_of`]).

/// Whether `name` is a gemtext page.
pub(crate) fn is_gemtext(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".gmi") || lower.ends_with(".gemini")
}

/// Pictures a link line may point to: its text is the picture's caption.
const PICTURES: [&str; 7] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"];

/// The page as Markdown: source line `n` is Markdown line `2n - 1`, and a
/// blank line follows each.
pub(crate) fn to_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut pre = false;
    for raw in text.split('\n') {
        let line = raw.trim_end_matches('\r');
        if line.starts_with("```") {
            // The toggle's line holds only the block's alt text.
            pre = !pre;
        } else if pre {
            // Preformatted: kept as written (indented, so that no mark in
            // it is read as Markdown's).
            out.push_str("    ");
            out.push_str(line);
        } else if let Some(link) = line.strip_prefix("=>") {
            out.push_str(&link_line(link));
        } else {
            out.push_str(line);
        }
        out.push_str("\n\n");
    }
    out
}

/// A link line's Markdown: a picture's ("![caption](url)") or a link's
/// ("[text](url)"), which the Markdown rules take for what it is.
fn link_line(link: &str) -> String {
    let link = link.trim();
    let (url, label) = link
        .split_once(char::is_whitespace)
        .map_or((link, ""), |(u, l)| (u, l.trim()));
    let label = if label.is_empty() { url } else { label };
    let label = label.replace(['[', ']'], "");
    let lower = url.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or_default();
    let bang = if PICTURES.iter().any(|p| path.ends_with(p)) {
        "!"
    } else {
        ""
    };
    format!("{bang}[{label}]({url})")
}

/// The source line of Markdown line `n` made by [`to_markdown`].
pub(crate) fn line_of(n: usize) -> usize {
    n.div_ceil(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Context, Format, text};

    fn read(page: &str) -> crate::ingest::Document {
        let md = to_markdown(page);
        let mut doc = text::ingest(&md, Format::Markdown, &Context::default()).expect("read");
        doc.map_lines(|[a, b]| [line_of(a), line_of(b)]);
        doc
    }

    const BODY: [&str; 3] = [
        "Farmers in the northern markets said on Sunday that a bag of fertiliser now costs twice what it cost at the start of last season.",
        "The growers' association said many of its members would plant less maize this year unless the state paid part of the price.",
        "Officials of the ministry said a subsidy was being studied and that a decision would be announced before the rains.",
    ];

    fn page(nav: &str) -> String {
        format!(
            "{nav}\n\n# Fertiliser prices double in the north\n\nBy Amina Bello, Kano\nSunday, 13 June 2027\n=> https://example.org/img/market.jpg Bags of fertiliser at the market\n\n{}\n{}\n\n## What farmers ask\n\n{}\n* a subsidy on the bag\n* seed before the rains\n> We cannot plant what we cannot feed.\n\n### More news\n=> /news/2027-06-12-rain.gmi Forecasters expect early rains\n=> /news/2027-06-11-maize.gmi Maize prices fall in the north\n",
            BODY[0], BODY[1], BODY[2]
        )
    }

    #[test]
    fn every_line_is_a_paragraph_and_links_are_no_text() {
        let doc = read(&page(
            "=> / Capsule home\n=> /news/ News\n=> /farming/ Farming",
        ));
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        for b in BODY {
            assert!(texts.contains(&b), "{texts:?}");
        }
        for item in [
            "a subsidy on the bag",
            "seed before the rains",
            "We cannot plant what we cannot feed.",
        ] {
            assert!(texts.contains(&item), "{item}: {texts:?}");
        }
        // No paragraph holds two lines of the page, and no link's text
        // is a passage.
        assert!(texts.iter().all(|t| !t.contains("Capsule home")));
        assert!(texts.iter().all(|t| !t.contains("Forecasters expect")));
        assert!(texts.iter().all(|t| !t.contains("Bags of fertiliser")));
        assert_eq!(
            doc.title.as_deref(),
            Some("Fertiliser prices double in the north")
        );
        assert_eq!(doc.authors, ["Amina Bello"]);
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some("2027-06-13")
        );
        // Lines are the page's.
        let first = doc.paragraphs.iter().find(|p| p.text == BODY[0]).unwrap();
        assert_eq!(first.lines, [11, 11]);
    }

    #[test]
    fn preformatted_text_keeps_its_lines_and_marks() {
        let md = to_markdown("```table\n# not a heading\n=> not a link\n```\nText.");
        assert_eq!(
            md,
            "\n\n    # not a heading\n\n    => not a link\n\n\n\nText.\n\n"
        );
    }

    #[test]
    fn link_lines_become_markdown_links_or_pictures() {
        assert_eq!(link_line(" /a.gmi A story"), "[A story](/a.gmi)");
        assert_eq!(
            link_line("https://x.org/p.PNG?w=3"),
            "![https://x.org/p.PNG?w=3](https://x.org/p.PNG?w=3)"
        );
        assert_eq!(link_line("\t/b  [Part] two "), "[Part two](/b)");
    }

    #[test]
    fn only_gemini_pages_are_gemtext() {
        assert!(is_gemtext("news/Story.GMI"));
        assert!(is_gemtext("a.gemini"));
        assert!(!is_gemtext("a.gmi.txt"));
        assert!(!is_gemtext("gmi"));
    }
}
