//! Pages of digitised newspapers saved as ALTO XML (the Library of
//! Congress's Analyzed Layout and Text Object, versions 2 to 4, as
//! national libraries' digitisation and ABBYY, Tesseract or Transkribus
//! write it: root `alto`, in any namespace). A page is blocks of lines
//! (`TextBlock`, `TextLine`) of words (`String`'s `CONTENT`, `SP` the
//! spaces between them, `HYP` the hyphen of a word the line end broke,
//! whose whole form `SUBS_CONTENT` gives), each with its place on the scan
//! (`HPOS`, `VPOS`, `WIDTH`, `HEIGHT`) and its font (`STYLEREFS` to the
//! page's `TextStyle`s).
//!
//! A page holds several articles, advertisements and the paper's own
//! lines; it is read as a person reads the article on it:
//!
//! - the body's type is the size most words are set in; a block in much
//!   larger type is a headline, one a little larger (or bold) a standfirst
//!   or a subheading, one in smaller type a byline or a caption;
//! - the running heads and feet (the paper's name, the date, the page
//!   number, at the top or the bottom edge, not in the body's type) are no
//!   text; the page's date is read from them;
//! - a "continued on page 6" line ends the article's run (the text then
//!   goes on on another page, [`super::truncation`]);
//! - the page is cut into runs of blocks, each under a headline (a block
//!   outside its columns, or above it, starts another run): the run with
//!   the most body text is the article, the others are removed;
//! - the lines of a block are joined into paragraphs: a first line
//!   indented from the block's left edge, or a short line ending a
//!   sentence, starts one; a paragraph a column break cut (its block ends
//!   mid-sentence) goes on in the next block.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::json::Article;
use super::xml;
use crate::error::Result;

/// A box on the scan, in the page's unit.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Rect {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Rect {
    fn right(self) -> f32 {
        self.x + self.w
    }

    fn bottom(self) -> f32 {
        self.y + self.h
    }

    fn center_x(self) -> f32 {
        self.x + self.w / 2.0
    }

    /// How much of `self`'s width `o` covers too.
    fn overlap_x(self, o: Rect) -> f32 {
        (self.right().min(o.right()) - self.x.max(o.x)).max(0.0)
    }
}

/// The box an element's attributes give, when they give one.
fn rect_of(e: &BytesStart<'_>) -> Option<Rect> {
    let num = |name: &str| {
        xml::attribute_local(e, name)
            .and_then(|v| v.trim().parse::<f32>().ok())
            .filter(|v| v.is_finite() && *v >= 0.0)
    };
    Some(Rect {
        x: num("HPOS")?,
        y: num("VPOS")?,
        w: num("WIDTH").unwrap_or(0.0),
        h: num("HEIGHT").unwrap_or(0.0),
    })
}

/// A font of the page's styles.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Font {
    size: Option<f32>,
    bold: bool,
    italic: bool,
}

/// A line as read: its words joined.
#[derive(Debug, Clone, Default)]
struct Line {
    rect: Option<Rect>,
    text: String,
    /// Its last word is broken by the line end (a `HYP` with no whole
    /// form given): the rest of it opens the next line.
    broken: bool,
}

/// A block of lines as read.
#[derive(Debug, Clone, Default)]
struct Block {
    rect: Option<Rect>,
    lines: Vec<Line>,
    /// The font most of its words are set in.
    font: Font,
    /// In a margin of the page (`TopMargin`, `BottomMargin`, …).
    margin: bool,
    /// In a composed block typed as an advertisement.
    advert: bool,
    /// The lines of the file it spans.
    at: [usize; 2],
    words: usize,
}

impl Block {
    fn text(&self) -> String {
        let lines: Vec<&str> = self.lines.iter().map(|l| l.text.as_str()).collect();
        super::rules::squash(&lines.join(" "))
    }

    /// Where its lines start: its own left edge, or its lines'.
    fn left(&self) -> Option<f32> {
        let lines = self.lines.iter().filter_map(|l| l.rect.map(|r| r.x));
        let min = lines.fold(f32::INFINITY, f32::min);
        let own = self.rect.map_or(f32::INFINITY, |r| r.x);
        let left = min.min(own);
        left.is_finite().then_some(left)
    }

    /// The median height of its lines.
    fn line_height(&self) -> Option<f32> {
        let mut h: Vec<f32> = (self.lines.iter())
            .filter_map(|l| l.rect.map(|r| r.h))
            .filter(|h| *h > 0.0)
            .collect();
        h.sort_by(f32::total_cmp);
        h.get(h.len() / 2).copied()
    }
}

/// A page as read: its blocks of text in the order written, and its
/// pictures.
#[derive(Debug, Default)]
struct Page {
    height: Option<f32>,
    blocks: Vec<Block>,
    pictures: Vec<Rect>,
}

/// The fonts of the page's `TextStyle`s, by their `ID`.
fn styles(text: &str) -> HashMap<String, Font> {
    let mut reader = Reader::from_str(text);
    let mut fonts = HashMap::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "TextStyle" => {
                let Some(id) = xml::attribute_local(&e, "ID") else {
                    continue;
                };
                let style = xml::attribute_local(&e, "FONTSTYLE").unwrap_or_default();
                fonts.insert(
                    id,
                    Font {
                        size: xml::attribute_local(&e, "FONTSIZE")
                            .and_then(|s| s.trim().parse::<f32>().ok())
                            .filter(|s| s.is_finite() && *s > 0.0),
                        bold: style.contains("bold"),
                        italic: style.contains("italic"),
                    },
                );
            }
            Ok(Event::Eof) | Err(_) => break,
            // The styles come before the page's layout.
            Ok(Event::Start(e)) if e.local_name().as_ref() == "Layout" => break,
            _ => {}
        }
    }
    fonts
}

/// A word of a line, or the space between two.
enum Token {
    Word(String),
    Space,
}

/// What an open element of the layout is, for its end.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Margin,
    Advert,
    Block,
    Line,
    Other,
}

/// The block being read: it, its style references, and how many of its
/// words each font sets.
struct OpenBlock {
    block: Block,
    refs: String,
    fonts: Vec<(Font, usize)>,
}

/// The line being read: it, its style references and its tokens.
struct OpenLine {
    line: Line,
    refs: String,
    tokens: Vec<Token>,
}

/// Reads a page's layout, element by element.
struct PageReader<'a> {
    text: &'a str,
    fonts: &'a HashMap<String, Font>,
    page: Page,
    open: Vec<Open>,
    margins: usize,
    adverts: usize,
    block: Option<OpenBlock>,
    line: Option<OpenLine>,
    /// The word a line end broke was written whole (`SUBS_CONTENT`): its
    /// second part, opening the next line, is left out.
    mended: bool,
}

impl PageReader<'_> {
    fn start(&mut self, e: &BytesStart<'_>, at: u64) {
        let name = e.local_name();
        let open = match name.as_ref() {
            "Page" => {
                let h = xml::attribute_local(e, "HEIGHT").and_then(|h| h.trim().parse().ok());
                self.page.height = self.page.height.or(h);
                Open::Other
            }
            "TopMargin" | "BottomMargin" | "LeftMargin" | "RightMargin" => Open::Margin,
            "ComposedBlock"
                if xml::attribute_local(e, "TYPE")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("advert")) =>
            {
                Open::Advert
            }
            "TextBlock" => {
                self.end_block(at);
                let block = Block {
                    rect: rect_of(e),
                    margin: self.margins > 0,
                    advert: self.adverts > 0,
                    at: [xml::line_at(self.text, at); 2],
                    ..Block::default()
                };
                let refs = xml::attribute_local(e, "STYLEREFS").unwrap_or_default();
                self.block = Some(OpenBlock {
                    block,
                    refs,
                    fonts: Vec::new(),
                });
                Open::Block
            }
            "TextLine" => {
                self.end_line();
                let line = Line {
                    rect: rect_of(e),
                    ..Line::default()
                };
                let refs = xml::attribute_local(e, "STYLEREFS").unwrap_or_default();
                self.line = Some(OpenLine {
                    line,
                    refs,
                    tokens: Vec::new(),
                });
                Open::Line
            }
            "String" => {
                self.word(e);
                Open::Other
            }
            "SP" => {
                if let Some(l) = &mut self.line {
                    l.tokens.push(Token::Space);
                }
                Open::Other
            }
            "HYP" => {
                self.hyphen();
                Open::Other
            }
            "Illustration" => {
                self.page.pictures.extend(rect_of(e));
                Open::Other
            }
            _ => Open::Other,
        };
        self.margins += usize::from(open == Open::Margin);
        self.adverts += usize::from(open == Open::Advert);
        self.open.push(open);
    }

    fn end(&mut self, at: u64) {
        match self.open.pop() {
            Some(Open::Margin) => self.margins = self.margins.saturating_sub(1),
            Some(Open::Advert) => self.adverts = self.adverts.saturating_sub(1),
            Some(Open::Block) => self.end_block(at),
            Some(Open::Line) => self.end_line(),
            _ => {}
        }
    }

    /// A word: its content, or the whole of a word the line end broke.
    fn word(&mut self, e: &BytesStart<'_>) {
        let subs = xml::attribute_local(e, "SUBS_TYPE").unwrap_or_default();
        let mended = std::mem::take(&mut self.mended);
        if subs == "HypPart2" && mended {
            return;
        }
        let whole = (subs == "HypPart1")
            .then(|| xml::attribute_local(e, "SUBS_CONTENT"))
            .flatten()
            .filter(|w| !w.trim().is_empty());
        self.mended = whole.is_some();
        let content = xml::attribute_local(e, "CONTENT").unwrap_or_default();
        let word = whole.unwrap_or(content).trim().to_string();
        if word.is_empty() {
            return;
        }
        let refs = xml::attribute_local(e, "STYLEREFS").unwrap_or_default();
        let style = xml::attribute_local(e, "STYLE").unwrap_or_default();
        let mut font = self.font_of(&refs);
        font.bold |= style.contains("bold");
        font.italic |= style.contains("italic");
        if let Some(b) = &mut self.block {
            match b.fonts.iter_mut().find(|(f, _)| *f == font) {
                Some((_, n)) => *n += 1,
                None => b.fonts.push((font, 1)),
            }
        }
        if let Some(l) = &mut self.line {
            l.tokens.push(Token::Word(word));
        }
    }

    /// A word's font: the first style of its own references, its line's
    /// or its block's that names a size.
    fn font_of(&self, refs: &str) -> Font {
        let line = self.line.as_ref().map_or("", |l| l.refs.as_str());
        let block = self.block.as_ref().map_or("", |b| b.refs.as_str());
        let mut found = Font::default();
        for id in [refs, line, block]
            .iter()
            .flat_map(|r| r.split_whitespace())
        {
            if let Some(f) = self.fonts.get(id) {
                found.bold |= f.bold;
                found.italic |= f.italic;
                if f.size.is_some() {
                    found.size = f.size;
                    break;
                }
            }
        }
        found
    }

    /// A hyphen at the line's end: the word before it is broken, unless
    /// it was written whole.
    fn hyphen(&mut self) {
        let Some(OpenLine { line, tokens, .. }) = &mut self.line else {
            return;
        };
        if self.mended {
            return;
        }
        if let Some(Token::Word(w)) = tokens.last_mut() {
            let kept = w.trim_end_matches(['-', '\u{ad}', '¬', '\u{2010}']).len();
            if kept > 0 {
                w.truncate(kept);
            }
        }
        line.broken = true;
    }

    fn end_line(&mut self) {
        let Some(OpenLine {
            mut line, tokens, ..
        }) = self.line.take()
        else {
            return;
        };
        let spaced = tokens.iter().any(|t| matches!(t, Token::Space));
        let mut space = false;
        for t in tokens {
            match t {
                Token::Space => space = true,
                Token::Word(w) => {
                    let apart = if spaced {
                        space
                    } else {
                        !super::text::ideographs_meet(&line.text, &w)
                    };
                    if apart && !line.text.is_empty() {
                        line.text.push(' ');
                    }
                    line.text.push_str(&w);
                    space = false;
                }
            }
        }
        if line.text.is_empty() {
            return;
        }
        if let Some(OpenBlock { block, .. }) = &mut self.block {
            block.words += line.text.split_whitespace().count();
            block.lines.push(line);
        }
    }

    fn end_block(&mut self, at: u64) {
        self.end_line();
        let Some(OpenBlock {
            mut block, fonts, ..
        }) = self.block.take()
        else {
            return;
        };
        if block.lines.is_empty() {
            return;
        }
        block.at[1] = xml::line_at(self.text, at).max(block.at[0]);
        let most = fonts.iter().max_by_key(|(_, n)| *n).map(|(f, _)| *f);
        block.font = most.unwrap_or_default();
        self.page.blocks.push(block);
    }
}

/// Whether `text` is an ALTO file: its root element is `alto`.
pub(crate) fn is_alto(text: &str) -> bool {
    xml::root_tag(text).is_some_and(|t| xml::tag_name(t).eq_ignore_ascii_case("alto"))
}

/// The page of an ALTO file; an error where it is not well-formed XML.
fn read_page(text: &str, display: &str) -> Result<Page> {
    let fonts = styles(text);
    let mut reader = Reader::from_str(text);
    reader.config_mut().expand_empty_elements = true;
    let mut r = PageReader {
        text,
        fonts: &fonts,
        page: Page::default(),
        open: Vec::new(),
        margins: 0,
        adverts: 0,
        block: None,
        line: None,
        mended: false,
    };
    loop {
        let at = reader.buffer_position();
        match reader.read_event() {
            Ok(Event::Start(e)) => r.start(&e, at),
            Ok(Event::End(_)) => r.end(reader.buffer_position()),
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                let at = reader.error_position();
                return Err(xml::parse_error(text, display, "ALTO file", at, &e));
            }
        }
    }
    r.end_block(reader.buffer_position());
    Ok(r.page)
}

/// The article of an ALTO page (none for a page with no word on it, as a
/// page of pictures: no text, rather than its markup read as text);
/// `None` for any other text; an error for an ALTO file that is not
/// well-formed XML.
pub(crate) fn article(text: &str, display: &str) -> Result<Option<Article>> {
    if !is_alto(text) {
        return Ok(None);
    }
    let page = read_page(text, display)?;
    Ok(Some(layout::read(&page, text.lines().count().max(1))))
}

mod layout;

#[cfg(test)]
mod tests;
