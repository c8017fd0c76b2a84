//! Outlines saved as OPML (`.opml`, OPML 1.0 and 2.0), as outliners
//! export them (Workflowy, Dynalist, OmniOutliner, Logseq): nested
//! `<outline>` elements whose words are attribute values, `text` the
//! item and `_note` the note under it, either of which may hold inline
//! HTML escaped into the attribute ("&lt;b&gt;"). Someone who pasted an
//! article into an outline, a paragraph per item, keeps it this way. The
//! outline is read as text: each item's text a paragraph, its note after
//! it, in the order written; a ticked item (`_complete="true"`) is text
//! too. A feed reader's list of subscriptions is OPML as well (items with
//! `xmlUrl`): it holds no article, and is read as none, its feeds removed.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::Removed;
use super::json::{Article, Body};
use super::rules::Reason;
use super::xml::attribute_named;

/// One `<outline>` element: its text, its note, and whether it names a
/// feed.
#[derive(Debug, Default)]
struct Item {
    text: String,
    note: String,
    /// The feed's address, for a subscription.
    feed: Option<String>,
    /// Items are nested in it.
    parent: bool,
    line: usize,
}

/// Whether `text` is an OPML document: its root element is `<opml>`.
fn is_opml(text: &str) -> bool {
    let text = text.trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with('<') {
        return false;
    }
    let mut reader = Reader::from_str(text);
    for _ in 0..16 {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => return e.name().as_ref() == "opml",
            Ok(Event::Eof) | Err(_) => return false,
            _ => {}
        }
    }
    false
}

/// An attribute's value by its name, read as text; `None` when missing
/// or blank.
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    attribute_named(e, name).filter(|v| !v.trim().is_empty())
}

/// The article of an outline saved as OPML, as text; one with no body
/// (its feeds removed) for a list of subscriptions. `None` for any other
/// text, an outline with no words, or one that does not parse (read then
/// as the text it is).
pub(crate) fn article(text: &str) -> Option<Article> {
    if !is_opml(text) {
        return None;
    }
    let items = items(text)?;
    let lines = [1, text.lines().count().max(1)];
    let feeds = items.iter().filter(|i| i.feed.is_some()).count();
    let leaves = items.iter().filter(|i| !i.parent).count();
    if feeds > 0 && feeds * 2 >= leaves {
        let others = (items.iter())
            .filter_map(|i| {
                let feed = i.feed.as_ref()?;
                Some(Removed {
                    text: [i.text.as_str(), feed]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(": "),
                    reason: Reason::Link,
                    lines: [i.line, i.line],
                })
            })
            .collect();
        return Some(Article {
            others,
            lines,
            ..Default::default()
        });
    }
    let mut body = String::new();
    for item in &items {
        for block in std::iter::once(item.text.as_str()).chain(item.note.split("\n\n")) {
            let block = block.trim();
            if !block.is_empty() {
                body.push_str(block);
                body.push_str("\n\n");
            }
        }
    }
    let body = body.trim_end().to_string();
    (!body.is_empty()).then(|| Article {
        body: Body::Text(body),
        lines,
        ..Default::default()
    })
}

/// The items of an outline in the order written (the head's left out);
/// `None` when the XML does not parse.
fn items(text: &str) -> Option<Vec<Item>> {
    let mut reader = Reader::from_str(text);
    let line_at = |pos: u64| {
        let pos = usize::try_from(pos).unwrap_or(usize::MAX).min(text.len());
        memchr::memchr_iter(b'\n', &text.as_bytes()[..pos]).count() + 1
    };
    let mut out: Vec<Item> = Vec::new();
    // The open items, by their index in `out`.
    let mut open: Vec<usize> = Vec::new();
    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().ok()?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "outline" => {
                if let Some(&p) = open.last() {
                    out[p].parent = true;
                }
                let kind = attr(&e, "type").unwrap_or_default().to_ascii_lowercase();
                let feed = attr(&e, "xmlUrl")
                    .or_else(|| matches!(kind.as_str(), "rss" | "atom").then(String::new));
                out.push(Item {
                    text: shown(
                        &attr(&e, "text")
                            .or_else(|| attr(&e, "title"))
                            .unwrap_or_default(),
                    ),
                    note: shown(&attr(&e, "_note").unwrap_or_default()),
                    feed,
                    parent: false,
                    line: line_at(at),
                });
                if !empty {
                    open.push(out.len() - 1);
                }
            }
            Event::End(e) if e.name().as_ref() == "outline" => {
                open.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Some(out)
}

/// Inline elements: their tags are taken off with nothing in their place.
const INLINE: [&str; 16] = [
    "a", "b", "i", "u", "s", "em", "strong", "span", "code", "mark", "sup", "sub", "del", "ins",
    "small", "font",
];

/// The text an item's value shows: inline HTML's tags taken off ("<br>"
/// and block tags end a line) and its character references read; a value
/// with nothing shaped like a tag is kept as written ("a <b" stays).
fn shown(value: &str) -> String {
    static TAG: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>").expect("static regex")
    });
    let value = value.replace("\r\n", "\n");
    if !TAG.is_match(&value) {
        return value;
    }
    let text = TAG.replace_all(&value, |c: &regex::Captures<'_>| {
        let name = c[1].to_ascii_lowercase();
        if INLINE.contains(&name.as_str()) {
            ""
        } else {
            "\n"
        }
    });
    super::references::decoded_all(&text)
        .lines()
        .map(super::rules::squash)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::PARA;

    /// An OPML 2.0 document whose body is `outlines`.
    fn opml(outlines: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>Notes</title>\n    <ownerName>Sam</ownerName>\n  </head>\n  <body>\n{outlines}\n  </body>\n</opml>\n"
        )
    }

    #[test]
    fn items_and_notes_are_paragraphs_in_the_order_written() {
        let doc = opml(&format!(
            "    <outline text=\"Reading list\">\n      <outline text=\"&lt;b&gt;Water works cost doubles&lt;/b&gt;\" _note=\"County Herald, 12 May&#10;https://example.org/water-works\">\n        <outline text=\"{PARA}\" _complete=\"true\"/>\n        <outline text=\"See &lt;a href=&quot;https://example.org/x&quot;&gt;the plan&lt;/a&gt; &amp;amp; its costs.\"/>\n        <outline text=\"{PARA}\"/>\n      </outline>\n    </outline>"
        ));
        let a = article(&doc).expect("an article");
        assert_eq!(
            a.body,
            Body::Text(format!(
                "Reading list\n\nWater works cost doubles\n\nCounty Herald, 12 May\nhttps://example.org/water-works\n\n{PARA}\n\nSee the plan & its costs.\n\n{PARA}"
            ))
        );
        assert!(a.others.is_empty());
        assert_eq!(a.title, None, "the head's title names the outline");
    }

    #[test]
    fn text_without_tags_keeps_its_signs() {
        assert_eq!(shown("a < b and c > d"), "a < b and c > d");
        assert_eq!(shown("x &amp; y"), "x &amp; y", "read once, as XML");
        assert_eq!(shown("one<br>two <i>three</i>"), "one\ntwo three");
    }

    #[test]
    fn a_list_of_subscriptions_is_no_article() {
        let doc = opml(
            "    <outline text=\"News\" title=\"News\">\n      <outline type=\"rss\" text=\"County Herald\" xmlUrl=\"https://example.org/feed\" htmlUrl=\"https://example.org/\"/>\n      <outline type=\"rss\" text=\"Valley Post\" xmlUrl=\"https://example.net/rss.xml\"/>\n    </outline>",
        );
        let a = article(&doc).expect("read as OPML");
        assert_eq!(a.body, Body::None);
        assert_eq!(a.others.len(), 2);
        assert_eq!(a.others[0].text, "County Herald: https://example.org/feed");
        assert_eq!(a.others[0].reason, Reason::Link);
        assert_eq!(a.others[1].lines, [10, 10]);
        // One feed among an outline's items leaves it an outline.
        let doc = opml(&format!(
            "<outline text=\"{PARA}\"/><outline text=\"{PARA}\"/><outline text=\"{PARA}\"/><outline type=\"rss\" text=\"Herald\" xmlUrl=\"https://example.org/feed\"/>"
        ));
        assert!(matches!(article(&doc).unwrap().body, Body::Text(t) if t.ends_with("Herald")));
    }

    #[test]
    fn other_xml_empty_and_broken_outlines_are_not_read() {
        let item = format!("<outline text=\"{PARA}\"/>");
        assert!(
            article(&format!(
                "<rss version=\"2.0\"><outline text=\"{PARA}\"/></rss>"
            ))
            .is_none()
        );
        assert!(article(&format!("An outline: <opml> {item}")).is_none());
        assert!(article(&opml("<outline text=\"\"/>")).is_none());
        let untitled = opml(&format!("<outline/><outline text=\"{PARA}\"/>"));
        assert_eq!(article(&untitled).unwrap().body, Body::Text(PARA.into()));
        assert!(article(&opml(&format!("<outline>{item}</b>"))).is_none());
        assert!(article("<opml version=\"2.0\"><body><outline text=\"a &#55357;\"").is_none());
    }
}
