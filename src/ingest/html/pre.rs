//! A page that is mostly one preformatted text (`<pre>`): a text file
//! shown as a page (an editor's `:TOhtml`, a list archive's message, a
//! plain text served as HTML). Its lines are the text's own, with its
//! blank lines, wrapping and indents, which an extractor of articles would
//! run together into one block; so the page is read as the text it shows,
//! line for line with the file: the preformatted lines as they are, and
//! the page's other visible text on its own lines.

/// The least share, in percent, of the page's visible characters that its
/// largest `<pre>` holds for the page to be read as text.
const PRE_SHARE: usize = 60;

/// The fewest lines that largest `<pre>` has.
const MIN_LINES: usize = 8;

/// Elements whose content is not shown.
const HIDDEN: [&str; 5] = ["head", "script", "style", "template", "noscript"];

/// The page's text, line for line with `html`, when the page is mostly
/// one `<pre>`; `None` otherwise (and at once for a page without one).
pub(super) fn page_text(html: &str) -> Option<String> {
    let b = html.as_bytes();
    memchr::memmem::find_iter(b, b"<").find(|&i| tag_is(&b[i + 1..], "pre"))?;
    let shown = Shown::of(html);
    let largest = shown.pres.iter().max_by_key(|p| p.chars)?;
    let lines = shown.text[largest.span[0]..largest.span[1]]
        .bytes()
        .filter(|&c| c == b'\n')
        .count()
        + 1;
    if lines < MIN_LINES || largest.chars * 100 < shown.chars * PRE_SHARE {
        return None;
    }
    let mut out = String::with_capacity(shown.text.len());
    for (i, line) in shown.text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let decoded = super::dom::decode_refs(line);
        out.push_str(&decoded.replace(['\n', '\r'], " "));
    }
    Some(out)
}

/// Whether `rest` (after a `<`) opens element `name`.
fn tag_is(rest: &[u8], name: &str) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        && matches!(rest[name.len()], b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')
}

/// Whether `rest` (after a `<`) closes element `name`.
fn end_tag_is(rest: &[u8], name: &str) -> bool {
    rest.first() == Some(&b'/') && tag_is(&rest[1..], name)
}

/// A preformatted text in the shown text: its span and visible characters.
struct Pre {
    span: [usize; 2],
    chars: usize,
}

/// The page's shown text with the file's line breaks, its `<pre>`s, and
/// how many visible characters it has.
struct Shown {
    text: String,
    pres: Vec<Pre>,
    chars: usize,
}

impl Shown {
    fn of(html: &str) -> Shown {
        let b = html.as_bytes();
        let mut s = Shown {
            text: String::with_capacity(html.len() / 2),
            pres: Vec::new(),
            chars: 0,
        };
        let mut pre: Option<Pre> = None;
        let mut i = 0;
        while i < b.len() {
            let Some(lt) = memchr::memchr(b'<', &b[i..]).map(|k| i + k) else {
                s.visible(&html[i..], &mut pre);
                break;
            };
            s.visible(&html[i..lt], &mut pre);
            let rest = &b[lt + 1..];
            let end = if rest.starts_with(b"!--") {
                memchr::memmem::find(&rest[3..], b"-->").map_or(b.len(), |k| lt + 1 + 3 + k + 3)
            } else if let Some(name) = HIDDEN.iter().find(|n| tag_is(rest, n)) {
                closing(b, lt, name)
            } else {
                tag_end(b, lt)
            };
            if tag_is(rest, "pre") && pre.is_none() {
                let at = s.text.len();
                pre = Some(Pre {
                    span: [at, at],
                    chars: 0,
                });
            } else if end_tag_is(rest, "pre") {
                if let Some(mut p) = pre.take() {
                    p.span[1] = s.text.len();
                    s.pres.push(p);
                }
            } else if pre.is_none() {
                // Outside a <pre>, a tag parts words.
                s.text.push(' ');
            }
            // The file's line breaks inside tags, kept.
            let breaks = b[lt..end].iter().filter(|&&c| c == b'\n').count();
            s.text.extend(std::iter::repeat_n('\n', breaks));
            i = end;
        }
        if let Some(mut p) = pre {
            p.span[1] = s.text.len();
            s.pres.push(p);
        }
        s
    }

    fn visible(&mut self, t: &str, pre: &mut Option<Pre>) {
        let n = t.chars().filter(|c| !c.is_whitespace()).count();
        self.chars += n;
        if let Some(p) = pre {
            p.chars += n;
        }
        self.text.push_str(t);
    }
}

/// Where the tag opening at `lt` ends (after its `>`; quoted values may
/// hold one).
fn tag_end(b: &[u8], lt: usize) -> usize {
    let mut quote = None;
    for (k, &c) in b[lt + 1..].iter().enumerate() {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'>') => return lt + 1 + k + 1,
            _ => {}
        }
    }
    b.len()
}

/// Where element `name`, opening at `lt`, ends (after its end tag).
fn closing(b: &[u8], lt: usize, name: &str) -> usize {
    let from = tag_end(b, lt);
    let mut k = from;
    while let Some(at) = memchr::memchr(b'<', &b[k..]).map(|j| k + j) {
        if end_tag_is(&b[at + 1..], name) {
            return tag_end(b, at);
        }
        k = at + 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vim_page(lines: &[&str]) -> String {
        let mut s = String::from(
            "<html>\n<head>\n<title>~/memo.txt.html</title>\n<style>\npre { color: #000; }\n</style>\n</head>\n<body>\n<pre id='vimCodeElement'>\n",
        );
        for (i, l) in lines.iter().enumerate() {
            s.push_str(&format!(
                "<span id=\"L{n}\" class=\"LineNr\">{n:>3} </span>{l}\n",
                n = i + 1
            ));
        }
        s.push_str("</pre>\n</body>\n</html>\n");
        s
    }

    #[test]
    fn a_page_of_one_pre_is_its_text_line_for_line() {
        let lines = [
            "Headline of the &quot;piece&quot;",
            "",
            "First paragraph of it.",
            "",
            "Second paragraph, <a href=\"x\">linked</a> here.",
            "",
            "Third.",
            "",
        ];
        let page = vim_page(&lines);
        let text = page_text(&page).expect("read as text");
        assert_eq!(text.lines().count(), page.lines().count());
        let at = page.lines().position(|l| l.contains("L1\"")).unwrap();
        let got: Vec<&str> = text.lines().collect();
        assert_eq!(got[at], "  1 Headline of the \"piece\"");
        assert_eq!(got[at + 4], "  5 Second paragraph, linked here.");
        assert!(!text.contains("color"), "styles are not shown");
        assert!(!text.contains("memo.txt"), "the head is not shown");
    }

    #[test]
    fn an_article_with_a_short_pre_is_no_text_page() {
        let mut page = String::from("<html><body><article>\n");
        for i in 0..12 {
            page.push_str(&format!(
                "<p>Paragraph {i} of the article, which has a good many words in it.</p>\n"
            ));
        }
        page.push_str(
            "<pre>\nfn main() {\n    println!(\"hi\");\n}\n</pre>\n</article></body></html>\n",
        );
        assert!(page_text(&page).is_none());
    }

    #[test]
    fn a_pre_of_few_lines_is_no_text_page() {
        let page = "<html><body><pre>one long line of text that is most of the page\nand a second</pre></body></html>";
        assert!(page_text(page).is_none());
    }

    #[test]
    fn a_page_without_pre_is_left_at_once() {
        assert!(page_text("<html><body><p>Text</p><preview>x</preview></body></html>").is_none());
    }

    #[test]
    fn a_list_archive_message_keeps_its_header_lines() {
        let mut page = String::from(
            "<html><body>\n<h1>[city-list] Bus fares</h1>\n<b>Ana Ruiz</b>\n<i>Mon Mar 4 2028</i>\n<pre>\n",
        );
        for i in 0..10 {
            page.push_str(&format!(
                "Line {i} of the message, with some words in it to read.\n"
            ));
        }
        page.push_str("</pre>\n<ul><li>Previous message</li></ul>\n</body></html>\n");
        let text = page_text(&page).expect("read as text");
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        assert_eq!(lines[1], "[city-list] Bus fares");
        assert_eq!(lines[2], "Ana Ruiz");
        assert!(lines.contains(&"Previous message"));
        assert!(lines.contains(&"Line 9 of the message, with some words in it to read."));
    }
}
