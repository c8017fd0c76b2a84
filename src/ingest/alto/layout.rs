//! How the blocks of an ALTO page are read as an article: their type
//! against the body's, the page's edges, the runs of blocks under each
//! headline, and the paragraphs of the run chosen (see [`super`]).

use super::{Block, Page, Rect};
use crate::ingest::Removed;
use crate::ingest::hyphens::Hyphens;
use crate::ingest::json::Article;
use crate::ingest::meta;
use crate::ingest::rules::{self, Reason};
use crate::ingest::xml;

/// A block's type, against the body's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Size {
    Small,
    Body,
    Larger,
    Headline,
}

/// What a block is to the article.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    Title,
    Standfirst,
    Kicker,
    Byline(Vec<String>),
    Caption,
    Subhead,
    Body,
    PullQuote,
    Jump,
}

/// The page's measures: the body's type, its lines, its columns, and the
/// bands at the top and the bottom edge where running heads and feet
/// stand.
#[derive(Debug, Clone, Copy)]
struct Measures {
    /// Sizes are the fonts' (else the lines' heights).
    by_font: bool,
    body: f32,
    /// The height of a line of the body.
    line: f32,
    /// The width of a column of the body.
    column: f32,
    top: f32,
    bottom: f32,
    band: f32,
}

/// A block's size: its font's, or the height of its lines.
fn measure(b: &Block, by_font: bool) -> Option<f32> {
    if by_font {
        b.font.size
    } else {
        b.line_height()
    }
}

/// The value under which half of `values`' weight lies.
fn weighted_median(mut values: Vec<(f32, usize)>) -> Option<f32> {
    values.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: usize = values.iter().map(|v| v.1).sum();
    let mut seen = 0;
    for (v, w) in values {
        seen += w;
        if 2 * seen >= total {
            return Some(v);
        }
    }
    None
}

impl Measures {
    fn of(page: &Page) -> Measures {
        let texts = || page.blocks.iter().filter(|b| !b.margin && b.words > 0);
        let by_font = texts().all(|b| b.font.size.is_some());
        let sized = texts().filter_map(|b| measure(b, by_font).map(|m| (m, b.words)));
        let body = weighted_median(sized.collect())
            .unwrap_or(1.0)
            .max(f32::EPSILON);
        let in_body =
            |b: &&Block| measure(b, by_font).is_none_or(|m| (m / body - 1.0).abs() < 0.08);
        let line = weighted_median(
            (texts().filter(in_body))
                .filter_map(|b| b.line_height().map(|h| (h, b.words)))
                .collect(),
        )
        .unwrap_or(0.0);
        let column = weighted_median(
            (texts().filter(in_body))
                .filter_map(|b| b.rect.map(|r| (r.w, b.words)))
                .collect(),
        )
        .unwrap_or(0.0);
        let rects = page.blocks.iter().filter_map(|b| b.rect);
        let top = rects.clone().map(|r| r.y).fold(f32::INFINITY, f32::min);
        let bottom = rects.map(Rect::bottom).fold(0.0, f32::max);
        let height = page.height.filter(|h| *h > 0.0).unwrap_or(bottom - top);
        Measures {
            by_font,
            body,
            line,
            column,
            top,
            bottom,
            band: 0.04 * height.max(0.0),
        }
    }

    fn size(&self, b: &Block) -> Size {
        let Some(m) = measure(b, self.by_font) else {
            return Size::Body;
        };
        let rel = m / self.body;
        // Fonts are set in points (a 10 over a 9 is larger); the heights
        // of lines vary with their letters.
        let (headline, larger, smaller) = if self.by_font {
            (1.5, 1.08, 0.92)
        } else {
            (1.6, 1.15, 0.85)
        };
        if rel >= headline {
            Size::Headline
        } else if rel >= larger {
            Size::Larger
        } else if rel <= smaller {
            Size::Small
        } else {
            Size::Body
        }
    }
}

/// Whether `t` is only a page's number ("5", "- 12 -", "Sida 5").
fn page_number(t: &str) -> bool {
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    (1..=4).contains(&digits) && letters <= 5 && t.split_whitespace().count() <= 2
}

/// Why block `i` is a running head or foot: at the top or the bottom edge
/// of the page with no text beyond it, a line or two, and set apart from
/// the body (in a margin, in another type, or the page's number or date).
fn running(page: &Page, i: usize, size: Size, m: &Measures) -> Option<Reason> {
    let b = &page.blocks[i];
    let text = b.text();
    let why = if page_number(&text) {
        Reason::PageNumber
    } else {
        Reason::Running
    };
    if b.margin {
        return Some(why);
    }
    let r = b.rect?;
    let slack = 0.5 * m.line;
    let beyond = |above: bool| {
        (page.blocks.iter().enumerate()).any(|(j, c)| {
            c.rect.filter(|_| j != i).is_some_and(|c| {
                let past = if above {
                    c.bottom() <= r.y + slack
                } else {
                    c.y >= r.bottom() - slack
                };
                past && c.overlap_x(r) > 0.0
            })
        })
    };
    let top = r.bottom() <= m.top + m.band && !beyond(true);
    let foot = r.y >= m.bottom - m.band && !beyond(false);
    // A headline at the top of the page is the article's.
    let short = b.lines.len() <= 2 && b.words <= 12 && size != Size::Headline;
    let apart = size != Size::Body
        || b.font.bold
        || why == Reason::PageNumber
        || meta::find_date(&text).is_some();
    ((top || foot) && short && apart).then_some(why)
}

/// Whether the box `r` is a picture's caption by its place: under or over
/// a picture, across most of its own width, or inside it.
fn by_picture(r: Rect, pictures: &[Rect], line: f32) -> bool {
    let gap = 2.0 * line.max(1.0);
    pictures.iter().any(|p| {
        let across = p.overlap_x(r) >= 0.5 * r.w.max(1.0);
        let under = r.y >= p.bottom() - gap && r.y - p.bottom() <= gap;
        let over = r.bottom() <= p.y + gap && p.y - r.bottom() <= gap;
        let inside = r.y >= p.y && r.bottom() <= p.bottom();
        across && (under || over || inside)
    })
}

/// The writers a block names, when it is a byline: a line or three, each
/// a name (in capitals or not), a byline ("Av Anna Berg"), or an e-mail
/// address, with one name at least.
fn byline(b: &Block) -> Option<Vec<String>> {
    if b.lines.len() > 3 || b.words > 16 {
        return None;
    }
    let mut names = Vec::new();
    for l in &b.lines {
        let t = l.text.trim().trim_end_matches([',', '.', ';']);
        let mail = !t.contains(' ') && t.contains('@') && t.contains('.');
        if mail {
            continue;
        }
        let cased = meta::title_case_caps(t);
        if let Some((found, _)) = meta::byline(t).filter(|(n, _)| !n.is_empty()) {
            names.extend(found.iter().map(|n| meta::title_case_caps(n)));
        } else if meta::looks_like_name(&cased) {
            names.push(cased);
        } else {
            return None;
        }
    }
    (!names.is_empty()).then_some(names)
}

/// A run of blocks: the page's blocks under one headline, in the order
/// written.
#[derive(Debug, Default)]
struct Run {
    blocks: Vec<usize>,
    /// The headline's box.
    head: Option<Rect>,
    /// Words in the body's type.
    body_words: usize,
    /// A jump line closed it.
    ended: bool,
}

/// The blocks' sizes, and the running heads and feet.
struct Read<'a> {
    page: &'a Page,
    m: Measures,
    sizes: Vec<Size>,
    running: Vec<Option<Reason>>,
    jumps: Vec<bool>,
}

impl Read<'_> {
    /// Whether block `i` starts a run other than `run`: a headline after
    /// body text, or a block outside the columns under the run's
    /// headline (beside it, or above it).
    fn leaves(&self, run: &Run, i: usize) -> bool {
        if run.ended {
            return true;
        }
        if run.body_words == 0 {
            return false;
        }
        if self.sizes[i] == Size::Headline {
            return true;
        }
        let (Some(h), Some(r)) = (run.head, self.page.blocks[i].rect) else {
            return false;
        };
        let tol = 0.25 * self.m.column;
        let spans = h.w >= 1.5 * self.m.column;
        let beside = r.center_x() < h.x - tol || r.center_x() > h.right() + tol;
        (spans && beside) || r.bottom() <= h.y
    }

    /// The page cut into runs of blocks (the running heads and feet in
    /// none).
    fn runs(&self) -> Vec<Run> {
        let mut runs = vec![Run::default()];
        for i in 0..self.page.blocks.len() {
            if self.running[i].is_some() {
                continue;
            }
            let last = runs.len() - 1;
            if self.leaves(&runs[last], i) {
                let mut next = Run::default();
                // What stands over the headline (a kicker) goes with it.
                if self.sizes[i] == Size::Headline {
                    while let Some(&j) = runs[last].blocks.last() {
                        if self.sizes[j] != Size::Larger || self.jumps[j] {
                            break;
                        }
                        next.blocks.insert(0, j);
                        runs[last].blocks.pop();
                    }
                }
                runs.push(next);
            }
            let run = runs.last_mut().expect("a run");
            let b = &self.page.blocks[i];
            run.blocks.push(i);
            if self.sizes[i] == Size::Headline {
                run.head = match (run.head, b.rect) {
                    (Some(h), Some(r)) => Some(union(h, r)),
                    (h, r) => h.or(r),
                };
            }
            if self.sizes[i] == Size::Body && !b.advert && !self.jumps[i] {
                run.body_words += b.words;
            }
            run.ended |= self.jumps[i];
        }
        runs.retain(|r| !r.blocks.is_empty());
        runs
    }
}

/// The smallest box holding `a` and `b`.
fn union(a: Rect, b: Rect) -> Rect {
    let x = a.x.min(b.x);
    let y = a.y.min(b.y);
    Rect {
        x,
        y,
        w: a.right().max(b.right()) - x,
        h: a.bottom().max(b.bottom()) - y,
    }
}

/// The article of a page: the run with the most body text, read as a page
/// of HTML (one element a line, [`Article::line_map`] giving each its
/// lines of the file), its headline, standfirst, writers and the page's
/// date; every other block removed with its reason.
pub(super) fn read(page: &Page, file_lines: usize) -> Article {
    let m = Measures::of(page);
    let sizes: Vec<Size> = page.blocks.iter().map(|b| m.size(b)).collect();
    let jumps: Vec<bool> = (page.blocks.iter())
        .map(|b| rules::is_jump(&b.text()))
        .collect();
    let running = (0..page.blocks.len())
        .map(|i| running(page, i, sizes[i], &m).filter(|_| !jumps[i]))
        .collect();
    let read = Read {
        page,
        m,
        sizes,
        running,
        jumps,
    };
    let runs = read.runs();
    // A page of running heads alone has no run.
    let chosen = (0..runs.len()).max_by_key(|&i| (runs[i].body_words, std::cmp::Reverse(i)));
    let mut article = match chosen {
        Some(c) => read.article(&runs[c].blocks, &read.roles(&runs[c].blocks), file_lines),
        None => xml::PageWriter::default().article(file_lines),
    };
    for run in (runs.iter().enumerate()).filter_map(|(k, r)| (Some(k) != chosen).then_some(r)) {
        let why = if run.body_words > 0 {
            Reason::NextArticle
        } else {
            Reason::Outside
        };
        for &i in &run.blocks {
            article.others.push(removed(&page.blocks[i], why));
        }
    }
    for (i, r) in read.running.iter().enumerate() {
        if let Some(why) = r {
            article.others.push(removed(&page.blocks[i], *why));
        }
    }
    article.others.sort_by_key(|r| r.lines);
    article.date = read.date();
    article
}

/// A block removed for `why`.
fn removed(b: &Block, why: Reason) -> Removed {
    Removed {
        text: b.text(),
        reason: why,
        lines: b.at,
    }
}

impl Read<'_> {
    /// The date the running heads print (the first one found).
    fn date(&self) -> Option<chrono::NaiveDate> {
        let heads: Vec<String> = (self.running.iter().zip(&self.page.blocks))
            .filter(|(r, _)| r.is_some())
            .map(|(_, b)| b.text())
            .collect();
        heads
            .iter()
            .find_map(|t| meta::find_date(t))
            .or_else(|| meta::find_date(&heads.join(" ")))
            .map(|f| f.date)
    }

    /// Whether block `i` is a short line set apart (bold, or larger):
    /// a heading, not text.
    fn heading_like(&self, i: usize) -> bool {
        let b = &self.page.blocks[i];
        let set_apart = b.font.bold || self.sizes[i] == Size::Larger;
        let t = b.text();
        set_apart && b.lines.len() <= 2 && b.words <= 12 && !rules::ends_sentence(&t)
    }

    /// Whether block `i` is a caption by its place: by a picture, in the
    /// body's type or smaller (a larger one there is a headline's or a
    /// standfirst's).
    fn by_picture(&self, i: usize) -> bool {
        let b = &self.page.blocks[i];
        let placed = b
            .rect
            .is_some_and(|r| by_picture(r, &self.page.pictures, self.m.line));
        matches!(self.sizes[i], Size::Small | Size::Body) && placed
    }

    /// Whether block `i` is a caption by its place or its type (a small
    /// block of a few lines).
    fn caption(&self, i: usize) -> bool {
        let b = &self.page.blocks[i];
        let small = self.sizes[i] == Size::Small && b.lines.len() <= 4;
        self.by_picture(i) || (small && byline(b).is_none())
    }

    /// The title of a run: its largest headline before the text (with the
    /// blocks of the same type next to it), or else a larger block of a
    /// line or three.
    fn title(&self, run: &[usize], first_text: usize) -> Vec<usize> {
        let before = &run[..first_text];
        let size = |i: usize| measure(&self.page.blocks[i], self.m.by_font).unwrap_or(0.0);
        let main = (before.iter().copied())
            .filter(|&i| self.sizes[i] == Size::Headline)
            .max_by(|&a, &b| size(a).total_cmp(&size(b)))
            .or_else(|| {
                (before.iter().copied()).find(|&i| {
                    self.sizes[i] == Size::Larger && self.page.blocks[i].lines.len() <= 3
                })
            });
        let Some(main) = main else {
            return Vec::new();
        };
        let at = before.iter().position(|&i| i == main).unwrap_or(0);
        let like = |i: usize| {
            self.sizes[i] == self.sizes[main] && (size(i) / size(main) - 1.0).abs() < 0.1
        };
        let start = (0..at)
            .rev()
            .take_while(|&k| like(before[k]))
            .last()
            .unwrap_or(at);
        let end = (at + 1..before.len())
            .take_while(|&k| like(before[k]))
            .last()
            .unwrap_or(at);
        before[start..=end].to_vec()
    }

    /// The role of each block of the run `run`.
    fn roles(&self, run: &[usize]) -> Vec<Role> {
        let is_text = |i: usize| {
            self.sizes[i] == Size::Body
                && !self.jumps[i]
                && !self.caption(i)
                && !self.heading_like(i)
                && (byline(&self.page.blocks[i]).is_none() || self.page.blocks[i].lines.len() > 2)
        };
        let first_text = run.iter().position(|&i| is_text(i)).unwrap_or(run.len());
        let title = self.title(run, first_text);
        let title_at = run.iter().position(|i| title.contains(i));
        run.iter()
            .enumerate()
            .map(|(k, &i)| {
                if title.contains(&i) {
                    Role::Title
                } else if k < first_text {
                    self.header_role(i, title_at.is_none_or(|t| k < t))
                } else {
                    self.text_role(i)
                }
            })
            .collect()
    }

    /// The role of a block over the text: a kicker over the headline; a
    /// caption, a byline or the standfirst under it.
    fn header_role(&self, i: usize, over_title: bool) -> Role {
        let b = &self.page.blocks[i];
        if self.jumps[i] {
            Role::Jump
        } else if self.by_picture(i) {
            Role::Caption
        } else if let Some(names) = byline(b) {
            Role::Byline(names)
        } else if self.caption(i) {
            Role::Caption
        } else if over_title {
            Role::Kicker
        } else if self.sizes[i] == Size::Body && !b.font.bold {
            Role::Body
        } else {
            Role::Standfirst
        }
    }

    /// The role of a block from the first paragraph on.
    fn text_role(&self, i: usize) -> Role {
        let b = &self.page.blocks[i];
        if self.jumps[i] {
            return Role::Jump;
        }
        match self.sizes[i] {
            _ if self.caption(i) => Role::Caption,
            Size::Small | Size::Body if b.lines.len() <= 2 && byline(b).is_some() => {
                Role::Byline(byline(b).unwrap_or_default())
            }
            _ if self.heading_like(i) => Role::Subhead,
            Size::Larger | Size::Headline => Role::PullQuote,
            Size::Small | Size::Body => Role::Body,
        }
    }
}

/// A paragraph being gathered: its lines (each with whether a line end
/// broke its last word), the lines of the file, and whether it is a
/// heading.
#[derive(Debug, Default)]
struct Para {
    lines: Vec<(String, bool)>,
    at: [usize; 2],
    heading: bool,
}

impl Para {
    /// Its lines, a broken word's halves joined: without the hyphen before
    /// a small letter, with it before a capital or a digit ("EU-" /
    /// "Kommission").
    fn mended(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut glue = false;
        for (l, broken) in &self.lines {
            match out.last_mut() {
                Some(last) if glue => {
                    if !l.starts_with(char::is_lowercase) {
                        last.push('-');
                    }
                    last.push_str(l);
                }
                _ => out.push(l.clone()),
            }
            glue = *broken;
        }
        out
    }

    /// The text's last line.
    fn ends(&self) -> &str {
        self.lines.last().map_or("", |l| l.0.as_str())
    }
}

impl Read<'_> {
    /// Where the column of block `b` starts: the left edge of the body's
    /// blocks in its column (a block of one indented line shows no
    /// indent against its own edge).
    fn column_left(&self, b: &Block) -> Option<f32> {
        let own = b.left()?;
        let r = b.rect?;
        let lefts = (self.page.blocks.iter().zip(&self.sizes))
            .filter(|(c, s)| {
                **s == Size::Body
                    && c.rect
                        .is_some_and(|cr| cr.overlap_x(r) >= 0.8 * cr.w.min(r.w))
            })
            .filter_map(|(c, _)| c.left());
        Some(lefts.fold(own, f32::min))
    }

    /// Whether the line `k` of `b` is indented from the column's left edge.
    fn indented(&self, b: &Block, k: usize, left: Option<f32>) -> bool {
        let (Some(left), Some(r)) = (left, b.lines[k].rect) else {
            return false;
        };
        let line = if self.m.line > 0.0 {
            self.m.line
        } else {
            b.line_height().unwrap_or(0.0)
        };
        let indent = r.x - left;
        line > 0.0 && indent >= 0.3 * line && indent <= 0.4 * b.rect.map_or(f32::MAX, |r| r.w)
    }

    /// Whether line `k` of `b` ends its paragraph: short (under seven
    /// tenths of the block's width) and ending a sentence.
    fn ends_short(&self, b: &Block, k: usize, left: Option<f32>) -> bool {
        let (Some(left), Some(r)) = (left, b.lines[k].rect) else {
            return false;
        };
        let right = b
            .lines
            .iter()
            .filter_map(|l| l.rect.map(Rect::right))
            .fold(0.0, f32::max);
        r.right() < left + 0.7 * (right - left) && rules::ends_sentence(&b.lines[k].text)
    }

    /// Adds the lines of the body block `b` to `paras`: a paragraph goes
    /// on from the block before (`goes_on`) unless the block's first line
    /// is indented; an indented line, or one after a short line ending a
    /// sentence, starts a paragraph.
    fn body_paragraphs(&self, b: &Block, goes_on: bool, paras: &mut Vec<Para>) {
        let left = self.column_left(b);
        for (k, line) in b.lines.iter().enumerate() {
            let starts = if k == 0 {
                !goes_on || self.indented(b, 0, left)
            } else {
                self.indented(b, k, left) || self.ends_short(b, k - 1, left)
            };
            if starts || paras.is_empty() {
                paras.push(Para {
                    at: b.at,
                    ..Para::default()
                });
            }
            let p = paras.last_mut().expect("a paragraph");
            p.lines.push((line.text.clone(), line.broken));
            p.at[1] = p.at[1].max(b.at[1]);
        }
    }

    /// The paragraphs of the run's text and subheadings, in order: a
    /// paragraph a block ends mid-sentence goes on in the next body block
    /// (a column break), not past a subheading.
    fn paragraphs(&self, run: &[usize], roles: &[Role]) -> Vec<Para> {
        let mut paras: Vec<Para> = Vec::new();
        let mut open = false;
        for (&i, role) in run.iter().zip(roles) {
            let b = &self.page.blocks[i];
            match role {
                Role::Body => {
                    let goes_on = open
                        && paras.last().is_some_and(|p| {
                            !p.heading
                                && (p.lines.last().is_some_and(|l| l.1)
                                    || !rules::ends_sentence(p.ends()))
                        });
                    self.body_paragraphs(b, goes_on, &mut paras);
                    open = true;
                }
                Role::Subhead => {
                    paras.push(Para {
                        lines: b.lines.iter().map(|l| (l.text.clone(), false)).collect(),
                        at: b.at,
                        heading: true,
                    });
                    open = false;
                }
                _ => {}
            }
        }
        paras
    }

    /// The article of the run's blocks, by their roles.
    fn article(&self, run: &[usize], roles: &[Role], file_lines: usize) -> Article {
        let paras = self.paragraphs(run, roles);
        let blocks = |want: fn(&Role) -> bool| -> Vec<&Block> {
            (run.iter().zip(roles))
                .filter(|(_, r)| want(r))
                .map(|(&i, _)| &self.page.blocks[i])
                .collect()
        };
        let title = joined(&blocks(|r| *r == Role::Title));
        let standfirst = joined(&blocks(|r| *r == Role::Standfirst));
        let mut page = xml::PageWriter::default();
        page.head(standfirst.as_ref());
        page.block("h1", title.as_ref());
        page.block("h2", standfirst.as_ref());
        let mended: Vec<Vec<String>> = paras.iter().map(Para::mended).collect();
        let hyphens = Hyphens::of(mended.iter().flatten().map(String::as_str));
        for (p, lines) in paras.iter().zip(&mended) {
            let text = crate::ingest::text::join_lines_with(
                lines.iter().map(String::as_str),
                &hyphens,
                true,
            );
            page.element(if p.heading { "h2" } else { "p" }, &text, p.at);
        }
        let mut article = page.article(file_lines);
        article.title = title.map(|t| t.0);
        article.subtitle = standfirst.map(|s| s.0);
        for (&i, role) in run.iter().zip(roles) {
            let b = &self.page.blocks[i];
            let why = match role {
                Role::Byline(names) => {
                    article.authors.extend(names.iter().cloned());
                    Reason::Dateline
                }
                Role::Kicker => Reason::Kicker,
                Role::Caption => Reason::Caption,
                Role::PullQuote => Reason::PullQuote,
                Role::Jump => Reason::Jump,
                Role::Title | Role::Standfirst | Role::Subhead | Role::Body => continue,
            };
            article.others.push(removed(b, why));
        }
        article.authors.dedup();
        article
    }
}

/// The text of `blocks` on one line, and the lines of the file they span;
/// `None` for no block.
fn joined(blocks: &[&Block]) -> Option<(String, [usize; 2])> {
    let first = blocks.first()?;
    let text: Vec<String> = blocks.iter().map(|b| b.text()).collect();
    let end = blocks.iter().map(|b| b.at[1]).max().unwrap_or(first.at[1]);
    Some((rules::squash(&text.join(" ")), [first.at[0], end]))
}
