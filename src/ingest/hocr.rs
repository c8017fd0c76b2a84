//! Pages read by OCR and saved as hOCR (`.hocr`, or `.html`): the XHTML
//! that tesseract writes with `-c tessedit_create_hocr=1` (or its `hocr`
//! config), and OCRopus, Kraken and converters of ABBYY's output write
//! too. Its elements name what they are by class: `ocr_page`, blocks
//! (`ocr_carea`, `ocr_par`), lines (`ocr_line`; tesseract's `ocr_header`,
//! `ocr_caption` and `ocr_textfloat` are lines of those kinds) and words
//! (`ocrx_word`), each with its place on the scan in its `title`
//! ("bbox 140 90 2340 152; x_wconf 93"). Read as a browser shows it, each
//! word would be a line; it is read instead as the text a person sees on
//! the page: a paragraph per `ocr_par`, its lines joined with spaces and
//! the words a line end broke joined back ("govern-" / "ment"), a
//! header's lines a heading and a caption's a picture's caption. Right-
//! to-left paragraphs (`dir='rtl'`) keep the order written, which is the
//! order read.

use std::sync::LazyLock;

use regex::Regex;

use super::html::dom::{self, Step};
use super::hyphens::Hyphens;
use super::json::{Article, Body};

/// What a block of a page is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A paragraph.
    Text,
    /// A heading.
    Heading,
    /// A picture's caption.
    Caption,
}

/// What an element of an hOCR page is, by its classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Not text: a picture, a rule, noise, a page's number.
    Skip,
    /// A paragraph: a header or caption in it is one of its lines.
    Par,
    /// A block of lines (a text area, the page).
    Block(Kind),
    /// A line, or (outside a paragraph) a block of this kind: tesseract
    /// writes a header's lines as `ocr_header`, the standard a block of
    /// lines.
    LineOrBlock(Kind),
    /// A line (of a heading or caption, for tesseract's header and
    /// caption lines).
    Line(Kind),
    /// A word.
    Word,
    /// Anything else (a character's box, a section), read through.
    Other,
}

/// The role of an element whose `class` attribute is `class`.
fn role(class: &str) -> Role {
    let mut role = Role::Other;
    for c in class.split_ascii_whitespace() {
        role = match c {
            "ocr_noise" | "ocr_separator" | "ocr_image" | "ocr_photo" | "ocr_linedrawing"
            | "ocr_pageno" | "ocr_math" | "ocr_chem" => return Role::Skip,
            "ocr_par" => Role::Par,
            "ocr_page" | "ocr_carea" | "ocrx_block" | "ocr_column" | "ocr_blockquote"
            | "ocr_abstract" | "ocr_float" | "ocr_footer" => Role::Block(Kind::Text),
            "ocr_title" => Role::Block(Kind::Heading),
            "ocr_header" => Role::LineOrBlock(Kind::Heading),
            "ocr_caption" => Role::LineOrBlock(Kind::Caption),
            "ocr_textfloat" => Role::LineOrBlock(Kind::Text),
            "ocr_line" | "ocrx_line" => Role::Line(Kind::Text),
            "ocrx_word" => Role::Word,
            _ => continue,
        };
    }
    role
}

/// A `<meta name="ocr-system">`, or an element of class `ocr_page`, in a
/// tag (not in text that shows one: "&lt;div class='ocr_page'&gt;").
static MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)<meta\s[^<>]*name\s*=\s*["']?ocr-system\b|<[a-z][a-z0-9]*\s[^<>]*class\s*=\s*["']?[^"'<>=]*\bocr_page\b"#,
    )
    .expect("static regex")
});

/// Whether `text` is an hOCR page: named `.hocr`, or an HTML page whose
/// head names the OCR system or opens a page of OCR'd text.
fn is_hocr(named: &str, text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if !head.starts_with('<') {
        return false;
    }
    if named.to_ascii_lowercase().ends_with(".hocr") {
        return true;
    }
    let mut end = head.len().min(16 * 1024);
    while !head.is_char_boundary(end) {
        end -= 1;
    }
    let head = &head[..end];
    memchr::memmem::find(head.as_bytes(), b"ocr").is_some() && MARK.is_match(head)
}

/// The article of an hOCR page: its blocks as an HTML page. `None` for
/// any other text, or a page with no OCR'd line (read then as the page
/// it is).
pub(crate) fn article(named: &str, text: &str) -> Option<Article> {
    if !is_hocr(named, text) {
        return None;
    }
    let blocks = blocks(text);
    let hyphens = Hyphens::of(
        blocks
            .iter()
            .filter(|b| b.kind == Kind::Text)
            .flat_map(|b| b.lines.iter().map(String::as_str)),
    );
    let mut html = String::from("<html><body>\n");
    for b in &blocks {
        let joined =
            super::text::join_lines_with(b.lines.iter().map(String::as_str), &hyphens, true);
        if joined.is_empty() {
            continue;
        }
        let joined = htmlescape::encode_minimal(&joined);
        let dir = if b.rtl { " dir=\"rtl\"" } else { "" };
        html.push_str(&match b.kind {
            Kind::Text => format!("<p{dir}>{joined}</p>\n"),
            Kind::Heading => format!("<h2{dir}>{joined}</h2>\n"),
            Kind::Caption => format!("<figure><figcaption{dir}>{joined}</figcaption></figure>\n"),
        });
    }
    if html.len() <= "<html><body>\n".len() {
        return None;
    }
    html.push_str("</body></html>\n");
    Some(Article {
        body: Body::Html(html),
        lines: [1, text.lines().count().max(1)],
        ..Default::default()
    })
}

/// A block of lines of one kind, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Block {
    kind: Kind,
    /// Written right to left.
    rtl: bool,
    lines: Vec<String>,
}

/// A line being read: its kind, its words, and whether it is text that
/// stands in a block outside any line element.
struct Line {
    kind: Kind,
    words: Vec<String>,
    loose: bool,
}

/// The blocks of an hOCR page, in the order written.
fn blocks(text: &str) -> Vec<Block> {
    let page = dom::parse(text);
    let mut r = Reader::default();
    dom::walk(&page, |step| match step {
        Step::Open(e) => r.open(e),
        Step::Text(t) => {
            r.text(t);
            false
        }
        Step::Close(_) => {
            r.close();
            false
        }
        Step::Comment(_) => false,
    });
    r.end_line();
    r.flush();
    r.blocks
}

/// Reads an hOCR page's elements in order, gathering words into lines
/// and lines into blocks.
#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    /// Per open element: its role as read (a role that cannot stand where
    /// the element is is read as [`Role::Other`]).
    open: Vec<Role>,
    /// The open blocks: their kinds and whether they are right to left.
    block_stack: Vec<(Kind, bool)>,
    /// Open paragraphs.
    pars: usize,
    /// The lines read since the innermost open block, or the last block
    /// inside it, opened: each with its kind.
    lines: Vec<(Kind, String)>,
    line: Option<Line>,
    word: Option<String>,
}

impl Reader {
    /// An element opens; the answer says whether to read into it.
    fn open(&mut self, e: &dom_query::Element) -> bool {
        let role = if dom::NOT_SHOWN.contains(&dom::name(e)) {
            Role::Skip
        } else {
            dom::attr(e, "class").map_or(Role::Other, role)
        };
        let in_line = self.line.as_ref().is_some_and(|l| !l.loose);
        let role = match role {
            Role::LineOrBlock(k) if self.pars > 0 => Role::Line(k),
            Role::LineOrBlock(k) => Role::Block(k),
            Role::Line(_) | Role::Block(_) | Role::Par if in_line => Role::Other,
            Role::Word if self.word.is_some() => Role::Other,
            r => r,
        };
        match role {
            Role::Line(k) => {
                self.end_line();
                self.line = Some(Line {
                    kind: k,
                    words: Vec::new(),
                    loose: false,
                });
            }
            Role::Par | Role::Block(_) => {
                self.end_line();
                self.flush();
                let kind = match role {
                    Role::Block(k) => k,
                    _ => Kind::Text,
                };
                let rtl = dom::attr(e, "dir").map_or_else(
                    || self.block_stack.last().is_some_and(|b| b.1),
                    |d| d.eq_ignore_ascii_case("rtl"),
                );
                self.block_stack.push((kind, rtl));
                self.pars += usize::from(role == Role::Par);
            }
            Role::Word => self.word = Some(String::new()),
            _ => {}
        }
        self.open.push(role);
        role != Role::Skip
    }

    /// An element closes.
    fn close(&mut self) {
        match self.open.pop() {
            Some(Role::Line(_)) => self.end_line(),
            Some(r @ (Role::Par | Role::Block(_))) => {
                self.end_line();
                self.flush();
                self.block_stack.pop();
                self.pars -= usize::from(r == Role::Par);
            }
            Some(Role::Word) => {
                if let Some(w) = self.word.take() {
                    self.words(&w);
                }
            }
            _ => {}
        }
    }

    /// A run of text: part of a word, or words of a line; text standing
    /// in a block outside any line is a line of its own.
    fn text(&mut self, t: &str) {
        match &mut self.word {
            Some(w) => w.push_str(t),
            None if !self.block_stack.is_empty() => self.words(t),
            None => {}
        }
    }

    /// Adds the words of `t` to the line being read (a loose one when
    /// none is).
    fn words(&mut self, t: &str) {
        if t.trim().is_empty() {
            return;
        }
        let line = self.line.get_or_insert_with(|| Line {
            kind: Kind::Text,
            words: Vec::new(),
            loose: true,
        });
        line.words.extend(t.split_whitespace().map(str::to_string));
    }

    /// Ends the line being read: its words joined with spaces, or none
    /// between ideographs (a Chinese or Japanese line's characters).
    fn end_line(&mut self) {
        let Some(line) = self.line.take() else {
            return;
        };
        let mut text = String::new();
        for w in &line.words {
            if !text.is_empty() && !super::text::ideographs_meet(&text, w) {
                text.push(' ');
            }
            text.push_str(w);
        }
        if !text.is_empty() {
            self.lines.push((line.kind, text));
        }
    }

    /// Ends the lines read in the innermost open block: a block of each
    /// run of lines of one kind (a heading's lines, then the text's),
    /// or one of the block's kind when it is a heading or caption.
    fn flush(&mut self) {
        let (own, rtl) = self
            .block_stack
            .last()
            .copied()
            .unwrap_or((Kind::Text, false));
        // The block this flush made last.
        let mut made: Option<usize> = None;
        for (kind, line) in std::mem::take(&mut self.lines) {
            let kind = if own == Kind::Text { kind } else { own };
            match made {
                Some(i) if self.blocks[i].kind == kind => self.blocks[i].lines.push(line),
                _ => {
                    self.blocks.push(Block {
                        kind,
                        rtl,
                        lines: vec![line],
                    });
                    made = Some(self.blocks.len() - 1);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::PARA;

    /// Lines as tesseract writes them: each a line's class and its words.
    type Lines<'a> = Vec<(&'a str, Vec<&'a str>)>;

    /// A page as tesseract writes it: per paragraph its attributes and its
    /// lines, each a line's class and its words.
    fn page(pars: &[(&str, Lines<'_>)]) -> String {
        let mut s = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n <head>\n  <title></title>\n  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n  <meta name='ocr-system' content='tesseract 5.3.0' />\n  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>\n </head>\n <body>\n  <div class='ocr_page' id='page_1' title='image \"scan.png\"; bbox 0 0 2480 3300; ppageno 0'>\n   <div class='ocr_carea' id='block_1_1' title=\"bbox 140 90 2340 900\">\n",
        );
        for (n, (attrs, lines)) in pars.iter().enumerate() {
            s.push_str(&format!(
                "    <p class='ocr_par' id='par_1_{n}' {attrs} title=\"bbox 140 90 2340 152\">\n"
            ));
            for (class, words) in lines {
                s.push_str(&format!(
                    "     <span class='{class}' title=\"bbox 140 90 2340 148; baseline 0 -11\">\n"
                ));
                for w in words {
                    s.push_str(&format!(
                        "      <span class='ocrx_word' title='bbox 1 2 3 4; x_wconf 93'>{w}</span>\n"
                    ));
                }
                s.push_str("     </span>\n");
            }
            s.push_str("    </p>\n");
        }
        s.push_str("   </div>\n  </div>\n </body>\n</html>\n");
        s
    }

    /// `text`'s words in lines of `n` words.
    fn wrapped(text: &str, n: usize) -> Lines<'_> {
        let words: Vec<&str> = text.split(' ').collect();
        words.chunks(n).map(|c| ("ocr_line", c.to_vec())).collect()
    }

    fn html_of(a: Option<Article>) -> String {
        match a.map(|a| a.body) {
            Some(Body::Html(h)) => h,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn each_paragraph_is_one_with_its_lines_and_broken_words_joined() {
        let mut broken = wrapped(PARA, 6);
        // "… after a long de-" / "bate over the cost …"
        let at = broken.iter().position(|l| l.1.contains(&"debate")).unwrap();
        let i = broken[at].1.iter().position(|w| *w == "debate").unwrap();
        let (head, tail) = (broken[at].1[..i].to_vec(), broken[at].1[i + 1..].to_vec());
        broken[at].1 = [head, vec!["de-"]].concat();
        broken.insert(at + 1, ("ocr_line", [vec!["bate"], tail].concat()));
        let hocr = page(&[
            ("lang='eng'", vec![("ocr_header", vec!["Water", "works"])]),
            ("lang='eng'", wrapped(PARA, 7)),
            ("lang='eng'", broken),
            (
                "lang='eng'",
                vec![("ocr_caption", vec!["The", "works", "in", "May."])],
            ),
        ]);
        let h = html_of(article("scan.hocr", &hocr));
        assert_eq!(
            h,
            format!(
                "<html><body>\n<h2>Water works</h2>\n<p>{PARA}</p>\n<p>{PARA}</p>\n<figure><figcaption>The works in May.</figcaption></figure>\n</body></html>\n"
            )
        );
    }

    #[test]
    fn right_to_left_paragraphs_keep_the_order_written() {
        let hocr = page(&[(
            "lang='ara' dir='rtl'",
            vec![
                ("ocr_line", vec!["واحد", "اثنان"]),
                ("ocr_line", vec!["ثلاثة"]),
            ],
        )]);
        let h = html_of(article("page.html", &hocr));
        assert!(h.contains("<p dir=\"rtl\">واحد اثنان ثلاثة</p>"), "{h}");
    }

    #[test]
    fn lines_outside_paragraphs_and_without_words_are_read_too() {
        // As Kraken writes a page: lines in the page, their text bare.
        let hocr = format!(
            "<html><head><meta name=\"ocr-system\" content=\"kraken\"></head><body><div class=\"ocr_page\" title=\"bbox 0 0 10 10\"><span class=\"ocr_line\" title=\"bbox 0 0 1 1\">{}</span> <span class=\"ocr_line\">{}</span><span class=\"ocr_noise\">~~</span></div><div class=\"ocr_page\"><span class=\"ocr_line\">五月 は</span><span class=\"ocr_line\">晴れ</span></div></body></html>",
            &PARA[..PARA[..80].rfind(' ').unwrap()],
            &PARA[PARA[..80].rfind(' ').unwrap() + 1..]
        );
        let h = html_of(article("x.html", &hocr));
        assert!(h.contains(&format!("<p>{PARA}</p>")), "{h}");
        assert!(h.contains("<p>五月は晴れ</p>"), "{h}");
        assert!(!h.contains("~~"), "{h}");
    }

    #[test]
    fn other_pages_and_damaged_ones() {
        let about = format!(
            "<html><head><title>Reading hOCR</title></head><body><p>{PARA}</p><pre>&lt;div class='ocr_page'&gt;</pre><p>tesseract writes ocr_page and ocr-system.</p></body></html>"
        );
        assert!(article("post.html", &about).is_none());
        assert!(article("notes.txt", "ocr_page and ocr-system are classes.").is_none());
        assert!(article("empty.hocr", "<html><body><p>nothing</p></body></html>").is_none());
        // Cut off inside a word: the lines before the cut are read.
        let hocr = page(&[("", wrapped(PARA, 7)), ("", wrapped(PARA, 7))]);
        let cut = &hocr[..hocr.rfind("ocr_par").unwrap() + 40];
        assert!(html_of(article("x.hocr", cut)).contains(&format!("<p>{PARA}</p>")));
        // Not well-formed XML, as older converters wrote it.
        let loose = format!(
            "<html><head><meta name=ocr-system content=x><body><div class=ocr_page><p class=ocr_par><span class=ocr_line>{PARA}<br></div>"
        );
        assert!(html_of(article("x.html", &loose)).contains(&format!("<p>{PARA}</p>")));
    }
}
