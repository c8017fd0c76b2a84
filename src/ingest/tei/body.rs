//! The body of a TEI document read as blocks of text (paragraphs,
//! headings, list items, block quotations, table rows), with what is no
//! text of the article removed with its reason, and the writers and date
//! its bylines and datelines give.

use chrono::NaiveDate;

use super::{Block, Kid, Kind, Tree, Writer, date_of, person, removed};
use crate::ingest::Removed;
use crate::ingest::meta;
use crate::ingest::rules::{Reason, squash};

/// The body as read.
#[derive(Debug, Default)]
pub(crate) struct Read {
    pub(super) blocks: Vec<Block>,
    pub(super) removed: Vec<Removed>,
    /// The writers the bylines name, per article.
    bylines: Vec<(Option<usize>, Vec<String>)>,
    /// The dates of the datelines, per article.
    dates: Vec<(Option<usize>, NaiveDate)>,
    /// The writers of the article chosen.
    pub(super) byline: Vec<String>,
    /// Its date.
    pub(super) date: Option<NaiveDate>,
    /// How many `div`s typed as articles there are.
    articles: usize,
}

/// What an element of the body is to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A block of text.
    Block(Kind),
    /// A list's label: its text opens the item after it.
    Label,
    /// No text of the article: removed with its text.
    Removed(Reason),
    /// A byline: its names are the writers.
    Byline,
    /// A dateline, or a date of the document.
    Dateline,
    /// A line's, column's or page's end.
    Break,
    /// A table's cell: a space before it.
    Cell,
    /// A line of verse: a line of its own.
    Verse,
    /// A word marked as one (`w`): a space before it, unless it joins the
    /// text before.
    Word,
    /// Nothing to read.
    Skip,
    /// Its text read as its parent's.
    Inline,
}

/// Types of a running head, a page number or a pointer to another page.
fn running(type_: Option<&str>) -> Reason {
    let t = type_.unwrap_or("").to_ascii_lowercase();
    if t.contains("num") || t.contains("folio") || t == "pageno" {
        Reason::PageNumber
    } else if t.contains("jump") || t.contains("cont") {
        Reason::Jump
    } else {
        Reason::Running
    }
}

/// Elements that hold blocks of their own (a quotation of paragraphs is
/// read as its paragraphs).
const HOLDERS: [&str; 6] = ["p", "ab", "lg", "list", "table", "div"];

/// Types of a heading that is the headline's subtitle.
const SUBTITLES: [&str; 5] = ["sub", "subtitle", "deck", "standfirst", "summary"];

/// What the element `i` (under `parent`) is, inside a block or not
/// (`in_block`).
fn part(tree: &Tree, i: usize, parent: Option<usize>, in_block: bool) -> Part {
    let n = &tree.nodes[i];
    match n.name.as_str() {
        "p" | "ab" | "item" | "row" | "lg" | "sp" | "argument" => Part::Block(Kind::Text),
        "head" if n.attr_in("type", &SUBTITLES) => Part::Block(Kind::Sub),
        "head" => Part::Block(Kind::Head),
        "quote" | "epigraph" | "cit" | "salute" | "closer" | "opener" | "postscript"
            if !in_block =>
        {
            let holds = tree
                .children(i)
                .any(|c| HOLDERS.contains(&tree.nodes[c].name.as_str()));
            if holds {
                Part::Inline
            } else {
                Part::Block(Kind::Text)
            }
        }
        "label" => Part::Label,
        "fw" => Part::Removed(running(n.attr("type"))),
        "note" => Part::Removed(Reason::Footnote),
        "figure" => Part::Removed(Reason::Caption),
        "trailer" => Part::Removed(Reason::Trailer),
        "signed" => Part::Removed(Reason::SignOff),
        "byline" | "docAuthor" => Part::Byline,
        "dateline" | "docDate" => Part::Dateline,
        "lb" | "pb" | "cb" => Part::Break,
        "cell" => Part::Cell,
        "l" => Part::Verse,
        "w" if !n.attr_in("join", &["left", "both"]) => Part::Word,
        "del" | "gap" | "graphic" | "media" | "milestone" | "anchor" | "index" | "interpGrp"
        | "linkGrp" | "link" | "certainty" | "surplus" | "rdg" | "binaryObject" | "fs" => {
            Part::Skip
        }
        "sic" | "orig" | "abbr" if parent.is_some_and(|c| has_alternative(tree, c)) => Part::Skip,
        _ => Part::Inline,
    }
}

/// Whether `parent` is a `choice` holding the alternative of a `sic`,
/// `orig` or `abbr` (a `corr`, `reg` or `expan`, read instead).
fn has_alternative(tree: &Tree, parent: usize) -> bool {
    tree.nodes[parent].name == "choice"
        && tree
            .children(parent)
            .any(|k| ["corr", "reg", "expan"].contains(&tree.nodes[k].name.as_str()))
}

/// Types of a `div` that is an article of several on a page or issue.
const ARTICLE_DIVS: [&str; 12] = [
    "article",
    "story",
    "news",
    "item",
    "feature",
    "editorial",
    "letter",
    "column",
    "report",
    "advertisement",
    "advert",
    "ad",
];

/// A block being written.
#[derive(Debug)]
struct Open {
    kind: Kind,
    w: Writer,
    at: [usize; 2],
    article: Option<usize>,
    /// It is a list's label.
    label: bool,
}

/// What to do when an element is left.
#[derive(Debug)]
enum Leave {
    Nothing,
    /// Close its block; the block it stood in goes on.
    Block(Option<(Kind, usize)>),
    /// Its article ends (the one it stood in, if any, goes on).
    Article(Option<usize>),
}

/// Reads a body element by element.
#[derive(Debug, Default)]
struct Walker {
    read: Read,
    open: Option<Open>,
    article: Option<usize>,
    /// A list's label waiting for its item: its text and first line.
    label: Option<(String, usize)>,
}

impl Walker {
    /// Closes the block being written.
    fn close(&mut self) {
        let Some(o) = self.open.take() else {
            return;
        };
        let mut w = o.w;
        w.end_glue();
        let lines: Vec<String> = (w.lines.into_iter())
            .map(|l| squash(&l))
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            return;
        }
        self.flush_label();
        if o.label {
            self.label = Some((lines.join(" "), o.at[0]));
            return;
        }
        self.read.blocks.push(Block {
            kind: o.kind,
            lines,
            at: o.at,
            article: o.article,
        });
    }

    /// A label no item took: a block of its own.
    fn flush_label(&mut self) {
        if let Some((text, line)) = self.label.take() {
            self.read.blocks.push(Block {
                kind: Kind::Text,
                lines: vec![text],
                at: [line, line],
                article: self.article,
            });
        }
    }

    /// Opens a block of `kind` at `at`; a list's label before it opens it.
    fn start(&mut self, kind: Kind, at: [usize; 2], label: bool) {
        self.close();
        let mut w = Writer::default();
        let mut at = at;
        if !label && let Some((text, line)) = self.label.take() {
            at[0] = line;
            w.lines = vec![text + " "];
        }
        self.open = Some(Open {
            kind,
            w,
            at,
            article: self.article,
            label,
        });
    }

    /// Text: into the block being written, or one of its own.
    fn text(&mut self, t: &str, at: [usize; 2]) {
        if self.open.is_none() {
            if t.trim().is_empty() {
                return;
            }
            self.start(Kind::Text, at, false);
        }
        if let Some(o) = &mut self.open {
            o.w.text(t);
        }
    }

    /// Enters element `i`; the answer says what to do on leaving it, and
    /// whether to read what it holds.
    fn enter(&mut self, tree: &Tree, i: usize, parent: Option<usize>) -> (Leave, bool) {
        let n = &tree.nodes[i];
        if n.name == "div" && self.article.is_none() && n.attr_in("type", &ARTICLE_DIVS) {
            self.close();
            self.article = Some(self.read.articles);
            self.read.articles += 1;
            return (Leave::Article(None), true);
        }
        let part = part(tree, i, parent, self.open.is_some());
        match part {
            Part::Block(kind) => {
                let outer = self.open.as_ref().map(|o| (o.kind, o.at[1]));
                self.start(kind, n.at, false);
                (Leave::Block(outer), true)
            }
            Part::Label => {
                self.start(Kind::Text, n.at, true);
                (Leave::Block(None), true)
            }
            Part::Removed(why) => {
                self.read.removed.extend(removed(tree, i, why));
                (Leave::Nothing, false)
            }
            Part::Byline => {
                self.byline(tree, i);
                (Leave::Nothing, false)
            }
            Part::Dateline => {
                let date = date_of(tree, i)
                    .or_else(|| tree.find(i, "date").and_then(|d| date_of(tree, d)));
                self.read.dates.extend(date.map(|d| (self.article, d)));
                self.read.removed.extend(removed(tree, i, Reason::Dateline));
                (Leave::Nothing, false)
            }
            Part::Break => {
                if let Some(o) = &mut self.open {
                    o.w.line_break(n, true);
                }
                (Leave::Nothing, false)
            }
            Part::Cell => {
                self.text(" ", n.at);
                (Leave::Nothing, true)
            }
            Part::Verse | Part::Word => {
                if let Some(o) = &mut self.open {
                    if part == Part::Verse {
                        o.w.new_line();
                    } else {
                        o.w.space_before_word();
                    }
                }
                (Leave::Nothing, true)
            }
            Part::Skip => (Leave::Nothing, false),
            Part::Inline => (Leave::Nothing, true),
        }
    }

    /// A byline: the names it gives ([`names`]); removed.
    fn byline(&mut self, tree: &Tree, i: usize) {
        let names = names(tree, i);
        if !names.is_empty() {
            self.read.bylines.push((self.article, names));
        }
        self.read.removed.extend(removed(tree, i, Reason::Dateline));
    }

    /// Leaves an element.
    fn leave(&mut self, leave: Leave, end: usize) {
        match leave {
            Leave::Nothing => {}
            Leave::Block(outer) => {
                self.close();
                if let Some((kind, outer_end)) = outer {
                    self.open = Some(Open {
                        kind,
                        w: Writer::default(),
                        at: [end, outer_end.max(end)],
                        article: self.article,
                        label: false,
                    });
                }
            }
            Leave::Article(outer) => {
                self.close();
                self.article = outer;
            }
        }
    }

    /// Reads the element `root` and all it holds.
    fn walk(&mut self, tree: &Tree, root: usize) {
        let (leave, inside) = self.enter(tree, root, None);
        let mut stack = vec![(root, 0usize, Some(leave))];
        if !inside {
            if let Some((_, _, Some(l))) = stack.pop() {
                self.leave(l, tree.nodes[root].at[1]);
            }
            return;
        }
        while let Some((n, k, leave)) = stack.pop() {
            let Some(kid) = tree.nodes[n].kids.get(k) else {
                if let Some(l) = leave {
                    self.leave(l, tree.nodes[n].at[1]);
                }
                continue;
            };
            stack.push((n, k + 1, leave));
            match kid {
                Kid::Text(t) => self.text(t, tree.nodes[n].at),
                Kid::El(j) => {
                    let (l, inside) = self.enter(tree, *j, Some(n));
                    if inside {
                        stack.push((*j, 0, Some(l)));
                    } else {
                        self.leave(l, tree.nodes[*j].at[1]);
                    }
                }
            }
        }
        self.close();
        self.flush_label();
    }
}

/// The text of the document's bodies (of each `text`, a group's too); the
/// fronts and backs removed, their bylines and dates read.
pub(super) fn read(tree: &Tree) -> Read {
    let mut w = Walker::default();
    let texts: Vec<usize> = (tree.descendants(0).into_iter())
        .filter(|&i| tree.nodes[i].name == "text")
        .collect();
    for t in texts {
        for part in tree.children(t).collect::<Vec<_>>() {
            match tree.nodes[part].name.as_str() {
                "body" => w.walk(tree, part),
                "front" | "back" => w.matter(tree, part),
                _ => {}
            }
        }
    }
    w.read
}

impl Walker {
    /// A front or a back: its bylines and dates read, its text removed.
    fn matter(&mut self, tree: &Tree, i: usize) {
        for j in tree.descendants(i) {
            match tree.nodes[j].name.as_str() {
                "byline" | "docAuthor" => {
                    let names = names(tree, j);
                    if !names.is_empty() {
                        self.read.bylines.push((None, names));
                    }
                }
                "docDate" | "dateline" => {
                    self.read.dates.extend(date_of(tree, j).map(|d| (None, d)));
                }
                _ => {}
            }
        }
        self.read.removed.extend(removed(tree, i, Reason::Outside));
    }
}

impl Read {
    /// Of several articles, the one with the most text is the article;
    /// the others' blocks are removed; the writers and date are the
    /// article's.
    pub(super) fn choose_article(&mut self) {
        let words = |k: usize| -> usize {
            (self.blocks.iter())
                .filter(|b| b.article == Some(k) && b.kind == Kind::Text)
                .map(|b| {
                    b.lines
                        .iter()
                        .map(|l| l.split_whitespace().count())
                        .sum::<usize>()
                })
                .sum()
        };
        let chosen = (self.articles >= 2)
            .then(|| (0..self.articles).max_by_key(|&k| (words(k), std::cmp::Reverse(k))))
            .flatten();
        if let Some(c) = chosen {
            let (keep, other): (Vec<Block>, Vec<Block>) = std::mem::take(&mut self.blocks)
                .into_iter()
                .partition(|b| b.article.is_none_or(|a| a == c));
            self.blocks = keep;
            self.removed.extend(other.into_iter().map(|b| Removed {
                text: squash(&b.lines.join(" ")),
                reason: Reason::NextArticle,
                lines: b.at,
            }));
        }
        let ours = |a: &Option<usize>| chosen.is_none() || a.is_none() || *a == chosen;
        self.byline = (self.bylines.iter())
            .filter(|(a, _)| ours(a))
            .flat_map(|(_, n)| n.iter().cloned())
            .collect();
        self.byline.dedup();
        self.date = self.dates.iter().find(|(a, _)| ours(a)).map(|(_, d)| *d);
    }
}

/// The writers a byline names: the names it marks, else those its text
/// gives ("By Jane Doe", "JANE DOE").
fn names(tree: &Tree, i: usize) -> Vec<String> {
    let marked: Vec<String> = (tree.descendants(i).into_iter())
        .filter(|&j| ["persName", "name", "docAuthor"].contains(&tree.nodes[j].name.as_str()))
        .filter_map(|j| person(tree, j))
        .collect();
    if !marked.is_empty() {
        return marked;
    }
    let t = tree.text(i);
    let cased = meta::title_case_caps(&t);
    match meta::byline(&t) {
        Some((names, _)) if !names.is_empty() => {
            names.iter().map(|n| meta::title_case_caps(n)).collect()
        }
        _ if meta::looks_like_name(&cased) => vec![cased],
        _ => Vec::new(),
    }
}
