//! One walk through the page's DOM: the words of its visible text with
//! their lines in the HTML file ([`SourceIndex`]) and what the page states
//! about itself ([`PageTags`]: JSON-LD, meta tags, canonical URL).

use dom_query::{Document, Element};

use super::dom::{NOT_SHOWN, Step, attr, name, walk};
use super::page_meta::PageTags;
use super::source::{NodeKind, SourceIndex, SourceText, has_word};

/// Elements whose content the parser takes as written (no tags, no references).
const RAW_TEXT: [&str; 6] = ["script", "style", "xmp", "iframe", "noembed", "noframes"];

/// What one walk through the page finds.
pub(super) struct Scan {
    pub(super) index: SourceIndex,
    pub(super) tags: PageTags,
}

/// Walks the page `dom`, parsed from the file `html`.
pub(super) fn scan_page(dom: &Document, html: &str) -> Scan {
    let mut s = Scanner {
        source: SourceText::new(html),
        index: SourceIndex::default(),
        tags: PageTags::default(),
        hidden: 0,
        raw: false,
        first_in_pre: false,
        json_ld: false,
    };
    walk(dom, |step| {
        match step {
            Step::Open(e) => s.open(e),
            Step::Text(t) => s.text(t),
            Step::Comment(c) => s.comment(c),
            Step::Close(n) => s.close(n),
        }
        true
    });
    Scan {
        index: s.index.finish(),
        tags: s.tags,
    }
}

struct Scanner<'a> {
    source: SourceText<'a>,
    index: SourceIndex,
    tags: PageTags,
    /// Depth inside elements whose text is not shown (the title is shown).
    hidden: usize,
    /// Inside a raw-text element.
    raw: bool,
    /// Right after a `<pre>` start tag.
    first_in_pre: bool,
    /// Inside a JSON-LD script.
    json_ld: bool,
}

impl Scanner<'_> {
    fn open(&mut self, e: &Element) {
        let n = name(e);
        self.tags.element(e);
        if NOT_SHOWN.contains(&n) && n != "title" {
            self.hidden += 1;
        }
        self.raw = RAW_TEXT.contains(&n);
        self.json_ld = n == "script" && attr(e, "type").is_some_and(|t| t.contains("ld+json"));
        self.first_in_pre = matches!(n, "pre" | "listing" | "textarea");
    }

    fn close(&mut self, n: &str) {
        self.tags.close(n);
        if NOT_SHOWN.contains(&n) && n != "title" {
            self.hidden = self.hidden.saturating_sub(1);
        }
        self.raw = false;
        self.json_ld = false;
        self.first_in_pre = false;
    }

    fn text(&mut self, t: &str) {
        if self.json_ld {
            self.tags.json_ld.push(t.to_string());
        }
        self.tags.text(t);
        let after_pre = std::mem::take(&mut self.first_in_pre);
        if self.raw {
            if !t.trim().is_empty() {
                self.source.find(t, NodeKind::Raw);
            }
            return;
        }
        if !has_word(t) {
            return;
        }
        let found = self.source.find(t, NodeKind::Text { after_pre });
        if self.hidden == 0 {
            // Text not found is put where the search has reached.
            let offset = found.unwrap_or(self.source.cursor());
            self.index.add(t, offset, self.source.line_at(offset));
        }
    }

    fn comment(&mut self, c: &str) {
        self.first_in_pre = false;
        if !c.trim().is_empty() {
            self.source.find(c, NodeKind::Comment);
        }
    }
}
