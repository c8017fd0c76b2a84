//! An Emacs Org file: an article clipped with org-capture or org-protocol,
//! saved by org-web-tools (pandoc's `-t org`), or kept in an Org inbox.
//! Org writes headings with stars ("*** Title"), links in double brackets
//! ("[[https://…][text]]"), property drawers (":PROPERTIES:" … ":END:"),
//! keyword lines ("#+TITLE:", "#+caption:") and blocks ("#+begin_quote").
//!
//! The file is read as Markdown written line for line: a heading becomes a
//! Markdown heading of its level, without its TODO keyword and tags; a
//! link becomes a Markdown link (an image's address alone, an image); a
//! title keyword a level-one heading. Drawers, planning lines, block
//! delimiters and other keywords carry no text of the article: their lines
//! are left blank and recorded as removed, a caption as a caption. Line
//! numbers are the file's.

use std::sync::LazyLock;

use regex::Regex;

use super::Removed;
use super::rules::Reason;

/// Lines of Org syntax among the first lines that make a text Org.
const ORG_SIGNS: usize = 2;

/// How many lines are looked at for them.
const LOOKED_AT: usize = 60;

/// How many bytes of a text are looked at for them.
const HEAD_BYTES: usize = 8192;

/// A heading: stars, an optional TODO keyword, the title, optional tags.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)\s+)?(?:\[#[A-Z]\]\s+)?(.*?)(?:\s+:[\w@#%]+(?::[\w@#%]+)*:)?\s*$")
        .expect("regex")
});

/// A link: "[[target][description]]" or "[[target]]".
static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\[([^\[\]]+)\](?:\[([^\[\]]*)\])?\]").expect("regex"));

/// A keyword line: "#+TITLE: …", "#+caption: …", "#+begin_quote".
static KEYWORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*#\+([A-Za-z_]+)(?::\s*(.*?))?\s*$").expect("regex"));

/// A planning line under a heading.
static PLANNING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$").expect("regex")
});

/// Whether `text` is an Org file: named `.org`, or with Org's keyword
/// lines, drawers or starred headings with double-bracket links among its
/// first lines.
pub(crate) fn is_org(name: &str, text: &str) -> bool {
    if name.to_ascii_lowercase().ends_with(".org") {
        return true;
    }
    // The marks are looked for in the text's head only; most texts have
    // none there, and are not looked at further.
    let mut end = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let found = |needle: &[u8]| memchr::memmem::find(head.as_bytes(), needle).is_some();
    if !found(b"#+") && !found(b":PROPERTIES:") {
        return false;
    }
    let signs = head
        .lines()
        .take(LOOKED_AT)
        .filter(|l| {
            let t = l.trim();
            t == ":PROPERTIES:"
                || t == ":END:"
                || KEYWORD.is_match(t)
                || (t.starts_with('*') && HEADING.is_match(t) && t.contains("[["))
        })
        .count();
    signs >= ORG_SIGNS
}

/// An Org file read as Markdown (see [`to_markdown`]).
#[derive(Debug, Default)]
pub(crate) struct Read {
    /// The Markdown, line for line.
    pub(crate) markdown: String,
    /// The lines that carried no text of the article.
    pub(crate) removed: Vec<Removed>,
    /// A clipped page's heading opening the file, a link to the page
    /// ("* [[https://…][Title | Site]]"): the page's title, its address
    /// and the line's text and number. Its line is left blank: the title
    /// names the headline below it.
    pub(crate) page: Option<(String, String, String, usize)>,
}

/// `text` as Markdown, line for line.
pub(crate) fn to_markdown(text: &str) -> Read {
    let mut out = String::with_capacity(text.len());
    let mut removed = Vec::new();
    let mut page = None;
    let mut drawer = false;
    let mut first = true;
    for (i, line) in text.split('\n').enumerate() {
        let no = i + 1;
        let t = line.trim_end_matches('\r');
        let trimmed = t.trim();
        let opens = first && !trimmed.is_empty();
        if opens {
            first = false;
        }
        let mut gone = |why: Reason| {
            removed.push(Removed {
                text: trimmed.to_string(),
                reason: why,
                lines: [no, no],
            });
        };
        if i > 0 {
            out.push('\n');
        }
        // A drawer's lines, from ":PROPERTIES:" (or ":LOGBOOK:") to ":END:".
        let name = trimmed.len() > 2
            && trimmed.starts_with(':')
            && trimmed.ends_with(':')
            && trimmed[1..trimmed.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_');
        if drawer || name {
            drawer = trimmed != ":END:";
            gone(Reason::Markup);
            continue;
        }
        if PLANNING.is_match(t) {
            gone(Reason::Markup);
            continue;
        }
        if let Some(k) = KEYWORD.captures(t) {
            let key = k[1].to_ascii_lowercase();
            let value = k.get(2).map_or("", |m| m.as_str());
            match key.as_str() {
                "title" if !value.is_empty() => out.push_str(&format!("# {}", links(value))),
                "caption" => gone(Reason::Caption),
                _ => gone(Reason::Markup),
            }
            continue;
        }
        if t.starts_with('*')
            && let Some(h) = HEADING.captures(t)
        {
            if opens
                && let Some(l) = LINK.captures(&h[2]).filter(|l| l[0].len() == h[2].len())
                && let Some(title) = l.get(2)
            {
                page = Some((
                    title.as_str().to_string(),
                    l[1].to_string(),
                    t.to_string(),
                    no,
                ));
                continue;
            }
            let level = h[1].len().min(6);
            out.push_str(&"#".repeat(level));
            out.push(' ');
            out.push_str(&links(&h[2]));
            continue;
        }
        out.push_str(&links(t));
    }
    Read {
        markdown: out,
        removed,
        page,
    }
}

/// `t` with Org's links written as Markdown's; a link to an image with no
/// description, as an image.
fn links(t: &str) -> String {
    if !t.contains("[[") {
        return t.to_string();
    }
    LINK.replace_all(t, |c: &regex::Captures<'_>| {
        let target = &c[1];
        match c.get(2).map(|m| m.as_str()) {
            Some(text) if !text.is_empty() => format!("[{text}]({target})"),
            _ if image(target) => format!("![]({target})"),
            _ => format!("<{target}>"),
        }
    })
    .into_owned()
}

/// Whether `target` is an image's address.
fn image(target: &str) -> bool {
    let t = target.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"]
        .iter()
        .any(|e| t.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_files_are_told_by_name_or_by_their_marks() {
        assert!(is_org("clip.org", "Plain words."));
        assert!(is_org(
            "inbox.txt",
            "#+TITLE: Inbox\n\n* [[https://example.org/a][A story]]\n:PROPERTIES:\n:CREATED: [2027-09-06]\n:END:\n"
        ));
        // One mark alone, or Markdown's emphasis, is no Org file.
        assert!(!is_org(
            "a.txt",
            "The #+ sign is odd.\n\n*Bold* words here.\n"
        ));
        assert!(!is_org("a.md", "* a list item\n* another [[wiki]] link\n"));
    }

    #[test]
    fn org_syntax_is_read_as_markdown_line_for_line() {
        let org = "* [[https://example.org/a][Strike halts plant | Paper]] :website:\n\
                   :PROPERTIES:\n  :CUSTOM_ID: strike\n  :END:\n\
                   #+caption: Workers at the gate. (Photo: Paper)\n\
                   [[https://example.org/gate.jpg]]\n\
                   **** TODO *Wages lag prices*\n\
                   SCHEDULED: <2027-09-09 Thu>\n\
                   Workers walked out, [[https://example.org/union][the union]] said.\n\
                   #+begin_quote\nQuoted.\n#+end_quote";
        let Read {
            markdown: md,
            removed,
            page,
        } = to_markdown(org);
        let lines: Vec<&str> = md.split('\n').collect();
        assert_eq!(lines.len(), org.split('\n').count());
        // The clipped page's heading opening the file names the page.
        assert_eq!(lines[0], "");
        let (title, url, _, no) = page.unwrap();
        assert_eq!(
            (title.as_str(), url.as_str(), no),
            ("Strike halts plant | Paper", "https://example.org/a", 1)
        );
        assert_eq!(lines[1..5], ["", "", "", ""]);
        assert_eq!(lines[5], "![](https://example.org/gate.jpg)");
        assert_eq!(lines[6], "#### *Wages lag prices*");
        assert_eq!(
            lines[8],
            "Workers walked out, [the union](https://example.org/union) said."
        );
        assert_eq!(lines[10], "Quoted.");
        let reasons: Vec<(usize, Reason)> =
            removed.iter().map(|r| (r.lines[0], r.reason)).collect();
        assert_eq!(
            reasons,
            [
                (2, Reason::Markup),
                (3, Reason::Markup),
                (4, Reason::Markup),
                (5, Reason::Caption),
                (8, Reason::Markup),
                (10, Reason::Markup),
                (12, Reason::Markup)
            ]
        );
        // A line of text with colons is text.
        let r = to_markdown("Note: the vote is at 10:30.");
        assert_eq!(r.markdown, "Note: the vote is at 10:30.");
        assert!(r.removed.is_empty() && r.page.is_none());
        // A heading of a link further down is a heading.
        let r = to_markdown("Text first.\n* [[https://example.org/b][Another]]");
        assert_eq!(
            r.markdown,
            "Text first.\n# [Another](https://example.org/b)"
        );
    }
}
