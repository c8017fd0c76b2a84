//! The cleaner for plain text and Markdown copied from web pages or printed PDFs.
//!
//! 1. Each line is classified by itself ([`super::rules`]): noise is removed
//!    with a reason, URLs and labels are kept aside for later.
//! 2. Context rules: running headers, image alt text.
//! 3. Runs of text lines form blocks; the header blocks give title, standfirst,
//!    byline and date.
//! 4. URLs are decided: the article's own address, or a link that belongs to
//!    another article (a related-article link, or one printed inside a sentence).
//! 5. Body blocks that a page break, footer or printed URL cut in two are
//!    rejoined; short standalone lines become subheadings; lines are unwrapped.
//!
//! Every non-blank input line ends up in a paragraph, in `metadata` or in
//! `removed`.

use std::collections::HashMap;

use super::chat::ChatLine;
use super::frontmatter::{self, FrontMatter};
use super::highlights::Rewritten;
use super::hyphens::Hyphens;
use super::layout::{self, Layout, Shape};
use super::meta;
use super::page_copy::{self, BlockShape, PageLine};
use super::rules::{
    self, LineKind, Reason, at_least_words, at_most_words, ends_sentence, squash, word_count,
    words_up_to,
};
use super::{Context, Document, Format, MetaLine, Paragraph, Provenance, Removed};
use crate::compare::text::FxSet;
use crate::error::Result;

mod top;

#[derive(Debug, Clone)]
struct Ln {
    no: usize,
    text: String,
    kind: LineKind,
    md_level: Option<usize>,
    /// A URL line preceded by an "Original url:" label.
    labelled: bool,
    /// A Markdown list item: it starts a paragraph of its own.
    list_item: bool,
    /// Columns the line took as written, and its indentation.
    width: usize,
    indent: usize,
    /// Columns of its first word as written, where a link or emphasis over
    /// lines was marked again ([`rules::inline_spans_per_line`]); 0: as
    /// its text has it.
    lead: usize,
    /// Links marked in the line (a page copy's link numbers).
    links: usize,
    /// Its cells, where tabs set them apart inside it (a table's row).
    tab: Tabbed,
    /// Its words, counted up to [`WORDS_COUNTED`] (the rules ask for
    /// fewer): counted once, as many rules ask.
    words: usize,
    /// How deep it is quoted as a mail quotes ("> …", "> > …" as
    /// written): 0 for a line quoting nothing.
    quoted: usize,
    /// Its emphasis goes on from the line above (a span a wrap broke,
    /// marked again on each line: [`rules::inline_spans_per_line`]).
    goes_on: bool,
    /// It opens an item of a list numbered without dots, its number taken
    /// off ([`super::numbered`]): the article's own list, not a menu.
    numbered: bool,
}

/// A line's cells set apart by tabs inside it (tabs that indent it do not
/// count).
#[derive(Debug, Clone, Default)]
struct Tabbed {
    /// How many cells, or 0 when it has no tab inside.
    cells: usize,
    /// With three cells or more, the row as juxta writes one: its cells
    /// set apart by " | ".
    row: Option<String>,
}

impl Tabbed {
    fn of(raw: &str) -> Tabbed {
        Tabbed {
            cells: tab_cells(raw),
            row: tab_row(raw),
        }
    }
}

/// Where a line's word count stops.
const WORDS_COUNTED: usize = 100;

#[derive(Debug, Clone)]
struct TLine {
    no: usize,
    text: String,
    width: usize,
    indent: usize,
    lead: usize,
}

impl TLine {
    /// Whether the line has `n` words or fewer.
    fn at_most(&self, n: usize) -> bool {
        rules::at_most_words(&self.text, n)
    }

    fn shape(&self) -> Shape<'_> {
        Shape {
            text: &self.text,
            width: self.width,
            indent: self.indent,
            lead: self.lead,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Block {
    lines: Vec<TLine>,
    md_level: Option<usize>,
    /// A caption was split off one of its lines.
    caption_on_line: bool,
    /// Indices (into the line list) of the non-text lines after the block, before the next.
    gap_after: Vec<usize>,
    /// The block directly follows the previous one, with no blank or
    /// removed line between: the layout ended a paragraph there.
    joined: bool,
    /// The block is a list item.
    list: bool,
    /// The block is an item of a list numbered without dots.
    numbered: bool,
    /// The block is a table's row (see [`tab_tables`]).
    row: bool,
    /// What its lines hold so far: sentences and quotation marks.
    so_far: super::layout::SoFar,
    /// The block is a short headline set apart under a menu (see
    /// [`headline_set_apart`]), no kicker.
    headline: bool,
}

impl Ln {
    /// A line removed as a whole, as written.
    fn removed(no: usize, text: String, why: Reason) -> Ln {
        Ln {
            no,
            text,
            kind: LineKind::Removed(why),
            md_level: None,
            labelled: false,
            list_item: false,
            width: 0,
            indent: 0,
            lead: 0,
            links: 0,
            tab: Tabbed::default(),
            words: 0,
            quoted: 0,
            goes_on: false,
            numbered: false,
        }
    }

    /// Replaces the line's text (and its count of words).
    fn set_text(&mut self, text: String) {
        self.words = rules::words_up_to(&text, WORDS_COUNTED);
        self.text = text;
    }

    /// Whether the line has `n` words or more.
    fn at_least(&self, n: usize) -> bool {
        debug_assert!(n < WORDS_COUNTED);
        self.words >= n
    }

    /// Whether the line has `n` words or fewer.
    fn at_most(&self, n: usize) -> bool {
        debug_assert!(n < WORDS_COUNTED);
        self.words <= n
    }

    fn tline(&self, text: String) -> TLine {
        TLine {
            no: self.no,
            text,
            width: self.width,
            indent: self.indent,
            lead: self.lead,
        }
    }
}

impl Block {
    fn text(&self) -> String {
        join_lines(self.lines.iter().map(|l| l.text.as_str()))
    }
    fn first(&self) -> usize {
        self.lines.first().map_or(0, |l| l.no)
    }
    fn last(&self) -> usize {
        self.lines.last().map_or(0, |l| l.no)
    }
}

/// Joins hard-wrapped lines: a space between words; a line-end hyphen after a
/// letter is kept and joined without a space ("Euro-" + "Atlantic").
pub(crate) fn join_lines<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    join_lines_with(lines, &Hyphens::default(), true)
}

/// Joins hard-wrapped lines as [`join_lines`], dropping the line-end
/// hyphens of words broken in two, as `hyphens` decides; `tight`: two
/// ideographs meeting at a line end join with no space (text wrapped by a
/// program; an HTML page's line breaks inside a paragraph show as spaces).
pub(crate) fn join_lines_with<'a>(
    lines: impl Iterator<Item = &'a str>,
    hyphens: &Hyphens,
    tight: bool,
) -> String {
    let mut out = String::new();
    let mut last_line = "";
    for l in lines {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(l);
            last_line = l;
            continue;
        }
        let hyphen_join = out
            .strip_suffix(super::hyphens::HYPHENS)
            .and_then(|o| o.chars().last())
            .is_some_and(char::is_alphabetic)
            && l.chars().next().is_some_and(char::is_alphanumeric);
        if hyphen_join && hyphens.suspends(last_line, l) {
            out.push(' ');
        } else if hyphen_join && hyphens.drops(last_line, l) {
            out.pop();
        } else if !(hyphen_join || (tight && ideographs_meet(&out, l))) {
            out.push(' ');
        }
        out.push_str(l);
        last_line = l;
    }
    rules::squash_owned(out)
}

/// Whether a line ending in an ideograph, a kana or a full-width mark is
/// followed by one, or one of them meets a figure ("晚上8" / "時"):
/// Chinese and Japanese wrapped by a program break between any two
/// characters, and join with no space. (A Latin word may be set apart
/// from them by a space, which the wrap took.)
pub(crate) fn ideographs_meet(out: &str, next: &str) -> bool {
    use super::layout::ideographic;
    // Most lines meet in ASCII on both sides, where no ideograph is.
    match (out.as_bytes().last(), next.as_bytes().first()) {
        (Some(a), Some(b)) if a.is_ascii() && b.is_ascii() => return false,
        (None, _) | (_, None) => return false,
        _ => {}
    }
    let (Some(a), Some(b)) = (out.chars().next_back(), next.chars().next()) else {
        return false;
    };
    (ideographic(a) || ideographic(b))
        && (ideographic(a) || a.is_ascii_digit())
        && (ideographic(b) || b.is_ascii_digit())
}

struct Out {
    doc: Document,
    /// The header's date when its numbers read either way: the month-first
    /// reading and the line (see [`resolve_date`]).
    ambiguous: Option<(chrono::NaiveDate, usize)>,
    /// The text's first line that is not blank after its front matter
    /// (1 in a text without front matter).
    text_start: usize,
}

impl Out {
    fn remove(&mut self, text: &str, why: Reason, lines: [usize; 2]) {
        self.doc.removed.push(Removed {
            text: text.to_string(),
            reason: why,
            lines,
        });
    }
    /// The headline, stated in the text at `lines`.
    fn title(&mut self, text: String, lines: [usize; 2]) {
        self.meta("title", &text, lines);
        let text = super::database::without_title_label(&text);
        let text = super::wire::without_wire_prefix(text).to_string();
        self.doc.title = Some(text);
        self.doc.provenance.insert("title".into(), Provenance::Text);
    }
    /// The standfirst, stated in the text at `lines`.
    fn subtitle(&mut self, text: String, lines: [usize; 2]) {
        self.meta("subtitle", &text, lines);
        self.doc.subtitle = Some(text);
        self.doc
            .provenance
            .insert("subtitle".into(), Provenance::Text);
    }
    /// The publication date, stated in the text on line `l`.
    fn date(&mut self, date: chrono::NaiveDate, l: &TLine) {
        self.doc.date = Some(date);
        self.doc.provenance.insert("date".into(), Provenance::Text);
        if let Some(f) = meta::find_date(&l.text)
            && f.date == date
        {
            self.ambiguous = f.other.map(|o| (o, l.no));
        }
    }
    fn meta(&mut self, field: &str, text: &str, lines: [usize; 2]) {
        self.doc.metadata.push(MetaLine {
            field: field.to_string(),
            text: text.to_string(),
            lines,
        });
    }
}

/// Cleans `text` (already decoded) into a document.
pub(crate) fn ingest(text: &str, format: Format, ctx: &Context<'_>) -> Result<Document> {
    ingest_titled(text, format, ctx, None)
}

/// The number of the first line of `text` from `first_line` on (the line
/// after front matter) that is not blank.
fn first_text_line(text: &str, first_line: usize) -> usize {
    let mut lines = text.split('\n').enumerate();
    lines
        .nth(first_line.saturating_sub(1))
        .into_iter()
        .chain(lines)
        .find(|(_, l)| !l.trim().is_empty())
        .map_or(first_line, |(i, _)| i + 1)
}

/// The format a text is read in: a page copied whole is plain text,
/// whatever Markdown-like bullets it has, unless it was written as
/// Markdown (a clipper's or a converter's page: headings, links, bold or
/// quotes in Markdown's marks).
fn page_format(format: Format, page: bool) -> Format {
    if page && format != Format::Markdown {
        Format::Text
    } else {
        format
    }
}

/// Cleans `text` whose headline is named by a title stated outside it
/// (`title`: a JSON article's field), as a page's print header names it:
/// the lines above the headline in the text are no part of the article.
pub(crate) fn ingest_titled(
    text: &str,
    format: Format,
    ctx: &Context<'_>,
    title: Option<&str>,
) -> Result<Document> {
    let unnumbered = super::gutter::strip(text);
    let text = unnumbered.as_ref().map_or(text, |u| u.text.as_str());
    let reread = Reread::of(text, format);
    let (text, as_written) = reread.texts(text);
    let mut out = reread.out(format);
    margin_removed(unnumbered.as_ref(), &mut out);
    let (front, first_line) = front_matter(text, format, ctx, &mut out)?;
    // HTML arrives as Markdown-like lines, one block per paragraph; the rules
    // for printed pages (running headers, sentences cut by page breaks) do not apply.
    let print = format != Format::Html;
    let outlet_name = ctx.outlet.map(|o| o.name.as_str());
    let domains: Vec<String> = ctx.outlet.map(|o| o.domains.clone()).unwrap_or_default();

    // 1. Lines, classified by themselves.
    let Whole { export, copy, chat } = whole(text, format, first_line);
    let page = copy.is_some();
    let format = page_format(format, page);
    out.doc.format = format;
    let chat_lines = chat.as_ref().map_or(&[][..], |c| &c.lines);
    let mut lines = classify_lines(
        (text, as_written),
        first_line,
        (format, page),
        (outlet_name, chat_lines),
        &mut out,
    );
    if let Some(e) = &export {
        database_export(&mut lines, e, &mut out);
    }
    // 2. Context rules.
    let opens = first_line == 1 && export.is_none();
    let print_title = title_of_the_page(&mut lines, text, (print, opens), &mut out)
        .or_else(|| title.map(str::to_string));
    context_rules(&mut lines, print, page);
    // An e-mail's header names the article it carries; a chat, its day.
    let (subject, mail_date) = mail_header(&mut lines);
    let mail_date = mail_date.or(chat.and_then(|c| c.day));
    // 3. Blocks: paragraphs as the document's layout shows them.
    let layout = print.then(|| layout_of(&lines, format == Format::Markdown, page));
    let (_lead_gap, mut blocks) = make_blocks(&lines, layout.as_ref(), &mut out);
    if page {
        let title = print_title.as_deref();
        keep_the_article(&mut blocks, (&lines, title), copy, &mut out);
    }
    let spelled = (print_title.as_deref(), subject.as_deref());
    headline_from_print(&mut blocks, spelled, &mut out);
    // 4. Header: title, standfirst, byline, date.
    let (wrap, indents) = layout.map_or((None, false), |l| (l.wrap_width(), l.indents()));
    // An export's fields gave the header.
    let body_start = if export.is_some() {
        0
    } else {
        header(&mut blocks, (wrap, indents), &lines, &mut out)
    };
    // 5. Non-text lines: removals, labels, URLs.
    let header_end_line = blocks.get(body_start).map_or(usize::MAX, |b| b.first());
    let urls = UrlContext {
        related_titles: related_titles(&lines),
        cut_before: cut_urls(&blocks, &lines),
        header_end_line,
        domains: &domains,
    };
    place_non_text_lines(&lines, &urls, &mut out);
    // 6. Body.
    body(
        &blocks[body_start.min(blocks.len())..],
        &lines,
        &mut out,
        layout.as_ref(),
    );
    after_the_body(&mut out, front.as_ref(), print, ctx);
    let doc = finish(out.doc, front, (subject, mail_date));
    Ok(reread.source_lines(doc, &ctx.display_path))
}

/// Records the line numbers taken off the text's margin
/// ([`super::gutter`]), each run's numbers as removed text.
fn margin_removed(unnumbered: Option<&super::gutter::Unnumbered>, out: &mut Out) {
    for run in unnumbered.iter().flat_map(|u| &u.runs) {
        let numbers: Vec<String> = (run.numbers[0]..=run.numbers[1])
            .map(|n| n.to_string())
            .collect();
        out.remove(&numbers.join(" "), Reason::LineNumbers, run.lines);
    }
}

/// Step 7: the dateline opening a report and a note on the writer below
/// it (text and Markdown, `print`: a page's HTML keeps what its
/// extraction kept); then the date, settled.
fn after_the_body(out: &mut Out, front: Option<&FrontMatter>, print: bool, ctx: &Context<'_>) {
    if print {
        super::dateline::take(&mut out.doc);
        notes_on_the_writers(&mut out.doc, front);
        under_the_article(out);
    }
    page_stamp_over_the_article(out);
    resolve_date(out, ctx);
}

/// A page's own stamp above the article that the line rules took for a
/// browser's print header, a date and a time with "AM" or "PM" alone
/// ("08/05/2028 12:45 PM", see [`super::furniture::meridiem_stamp_alone`]):
/// when the text states no date and such a line stands once, above the
/// first paragraph, it is the date. A print's header stands on each page.
fn page_stamp_over_the_article(out: &mut Out) {
    let Some(first) = out.doc.paragraphs.first().map(|p| p.lines[0]) else {
        return;
    };
    if out.doc.date.is_some() {
        return;
    }
    let stamps: Vec<usize> = (out.doc.removed.iter().enumerate())
        .filter(|(_, r)| {
            r.reason == Reason::Running && super::furniture::meridiem_stamp_alone(&r.text)
        })
        .map(|(i, _)| i)
        .collect();
    let [i] = stamps[..] else {
        return;
    };
    let text = out.doc.removed[i].text.trim().to_string();
    if out.doc.removed[i].lines[0] > first {
        return;
    }
    if let Some(d) = meta::date_line(&text) {
        let r = out.doc.removed.remove(i);
        stamp_date(out, d, &text, r.lines);
    }
}

/// A text as the cleaner reads it, where that is not as it was written.
struct Reread {
    /// Markdown whose links and emphasis a wrapping program broke over
    /// lines, marked on each line, which is read by itself; text whose
    /// links in angle brackets a wrap broke, each rejoined on one line.
    spans: Option<String>,
    /// A printed page set in two columns side by side, read column by
    /// column (its lines known by the source's).
    in_order: Option<super::columns::InOrder>,
    /// A text exported with its reviewers' comments, without them
    /// (`rules::doc_comments`), or a reader's highlights read as the text
    /// they came from (`highlights::read`), and what was taken out.
    comments: Option<Rewritten>,
    /// What was taken out of a page's text laid out as on the page
    /// (`laid_out::read`, read in order): its footnotes and their marks.
    taken: Vec<(String, usize, Reason)>,
}

impl Reread {
    fn of(text: &str, format: Format) -> Reread {
        let comments = matches!(format, Format::Text | Format::Markdown)
            .then(|| super::highlights::read(text))
            .flatten()
            .or_else(|| {
                (format == Format::Text)
                    .then(|| rules::doc_comments(text))
                    .flatten()
                    .map(|(text, taken)| Rewritten {
                        text,
                        taken: taken
                            .into_iter()
                            .map(|(t, k)| (t, k, Reason::ReaderNote))
                            .collect(),
                    })
            });
        let plain = format == Format::Text && comments.is_none();
        let mut in_order = plain.then(|| super::columns::read_in_order(text)).flatten();
        let mut taken = Vec::new();
        if plain
            && in_order.is_none()
            && let Some(l) = super::laid_out::read(text)
        {
            in_order = Some(l.in_order);
            taken = l.taken;
        }

        let spans = match format {
            _ if comments.is_some() => None,
            Format::Markdown => rules::inline_spans_per_line(text),
            Format::Text if in_order.is_none() => rules::angle_links_rejoined(text),
            _ => None,
        };
        Reread {
            spans,
            in_order,
            comments,
            taken,
        }
    }

    /// The reading's record, with what was taken out before reading.
    fn out(&self, format: Format) -> Out {
        let mut out = Out {
            doc: empty_document(format),
            ambiguous: None,
            text_start: 1,
        };
        let comments = self.comments.iter().flat_map(|r| &r.taken);
        for (piece, no, reason) in comments.chain(&self.taken) {
            out.remove(piece, *reason, [*no, *no]);
        }
        out
    }

    /// `doc`, read from the text read in order, with the source's lines.
    fn source_lines(&self, mut doc: Document, path: &str) -> Document {
        if let Some(c) = &self.in_order {
            source_lines_of(&mut doc, c, path);
        }
        doc
    }

    /// The text to read and the text as written, whose lines' widths a
    /// wrap saw (`text` is the file's).
    fn texts<'a>(&'a self, text: &'a str) -> (&'a str, &'a str) {
        match (&self.spans, &self.comments, &self.in_order) {
            (Some(s), _, _) => (s, text),
            (None, Some(c), _) => (&c.text, text),
            (None, None, Some(c)) => (&c.text, &c.text),
            (None, None, None) => (text, text),
        }
    }
}

/// Gives every record of `doc`, read from the text `in_order` made of a
/// page set in columns, the source's lines: a range of lines read in
/// order spans the source's lines they came from.
fn source_lines_of(doc: &mut Document, in_order: &super::columns::InOrder, path: &str) {
    let span = |[a, b]: [usize; 2]| -> [usize; 2] {
        let (lo, hi) = (a..=b.max(a))
            .map(|n| in_order.source_line(n))
            .fold((usize::MAX, 0), |(lo, hi), n| (lo.min(n), hi.max(n)));
        if hi == 0 { [a, b] } else { [lo, hi] }
    };
    doc.map_lines(span);
    for n in doc.warnings.iter_mut() {
        if let Some(no) = n.line {
            let to = in_order.source_line(no);
            let (from, into) = (format!("{path}:{no}:"), format!("{path}:{to}:"));
            if let Some(rest) = n.message.strip_prefix(&from) {
                n.message = format!("{into}{rest}");
            }
            n.line = Some(to);
        }
    }
}

/// What stands under the article's last paragraph: the writer's
/// sign-off, a paywall's note, dates and stamps.
fn under_the_article(out: &mut Out) {
    super::credits::take_signature(&mut out.doc);
    super::credits::take_closing_agency(&mut out.doc);
    super::truncation::take_paywall_note(&mut out.doc);
    super::truncation::take_excerpt_mark(&mut out.doc);
    stamps_under_the_article(out);
}

/// The notes on the writers under the text (see
/// [`super::credits::take_author_note`]). The writers the front matter
/// names are known to them, although it is applied last.
fn notes_on_the_writers(doc: &mut Document, front: Option<&FrontMatter>) {
    let stated = front.and_then(FrontMatter::author_names);
    let borrowed = doc.authors.is_empty() && stated.is_some();
    if borrowed {
        doc.authors = stated.unwrap_or_default();
    }
    super::credits::take_author_note(doc);
    if borrowed {
        doc.authors.clear();
    }
}

/// A newsletter's story the mail's subject names, in a section of its
/// own: its headline (the subject, or its part after the newsletter's
/// name: "Casa | <headline>", in any case) right under a rule ("* * *",
/// "---"), two paragraphs of 15 words or more, then the next rule, under
/// which the next section opens with a short heading ("OTHER THINGS",
/// "Weitere Themen"). What follows that rule is the newsletter's, outside
/// the article; a link to the story on the site closing the section
/// ("Read it on the site: https://…") is a link. An article in parts set
/// apart by rules goes on in prose under the rule, and stays whole.
fn newsletter_story(lines: &mut [Ln], subject: Option<&str>) {
    let Some(subject) = subject else {
        return;
    };
    let forms = title_forms(subject);
    let rule = |l: &Ln| l.kind == LineKind::Removed(Reason::Separator);
    let above = |i: usize| lines[..i].iter().rev().find(|l| l.kind != LineKind::Blank);
    let Some(head) = (0..lines.len()).find(|&i| {
        lines[i].kind == LineKind::Text
            && forms.iter().any(|(k, _)| *k == title_key(&lines[i].text))
            && above(i).is_some_and(rule)
    }) else {
        return;
    };
    let Some(end) = (head + 1..lines.len()).find(|&i| rule(&lines[i])) else {
        return;
    };
    let prose = lines[head + 1..end]
        .iter()
        .filter(|l| l.kind == LineKind::Text && l.at_least(15))
        .count();
    let next = lines[end + 1..].iter().find(|l| l.kind != LineKind::Blank);
    let heading =
        next.is_some_and(|l| l.kind == LineKind::Text && l.at_most(6) && !ends_sentence(&l.text));
    if prose < 2 || !heading {
        return;
    }
    for l in &mut lines[end + 1..] {
        if matches!(l.kind, LineKind::Text | LineKind::Split(..)) {
            l.kind = LineKind::Removed(Reason::Outside);
            l.md_level = None;
        }
    }
    if let Some(last) = (head + 1..end)
        .rev()
        .find(|&i| lines[i].kind != LineKind::Blank)
    {
        let t = lines[last].text.trim();
        let link = t.split_once(": ").is_some_and(|(label, url)| {
            at_most_words(label, 6) && url.starts_with("http") && !url.contains(' ')
        });
        if lines[last].kind == LineKind::Text && link {
            lines[last].kind = LineKind::Removed(Reason::Link);
        }
    }
}

/// The subject and date of the e-mail header around the article (see
/// [`super::email::subject_and_date`]); a newsletter's story the subject
/// names is set apart from the rest of the newsletter ([`newsletter_story`]).
fn mail_header(lines: &mut [Ln]) -> (Option<String>, Option<chrono::NaiveDate>) {
    let fields: Vec<&str> = lines
        .iter()
        .filter(|l| l.kind == LineKind::Removed(Reason::Email))
        .map(|l| l.text.as_str())
        .collect();
    if fields.is_empty() {
        return (None, None);
    }
    let (subject, date) = super::email::subject_and_date(&fields);
    let subject = subject.map(|s| strip_mail_prefix(&s).to_string());
    newsletter_story(lines, subject.as_deref());
    (subject, date)
}

/// What the text, its front matter and its URL left unstated, from the
/// e-mail that carried it: the subject as the title (three words or
/// more), the date the message was sent as the date.
fn envelope_fallback(doc: &mut Document, subject: Option<String>, date: Option<chrono::NaiveDate>) {
    if doc.title.is_none()
        && let Some(s) = subject.filter(|s| rules::at_least_words(s, 3))
    {
        doc.title = Some(s);
        doc.provenance.insert("title".into(), Provenance::Email);
    }
    if doc.date.is_none()
        && let Some(d) = date
    {
        doc.date = Some(d);
        doc.provenance.insert("date".into(), Provenance::Email);
    }
}

/// A date line and a labelled byline that a page prints under its article
/// ("Datum 03.10.2023" / "Autorin/Autor Katharina Brenner (mit dpa,
/// Reuters)"), which the page's reading set aside as outside it: the lines
/// set aside within [`STAMP_LINES_BELOW`] lines under the last paragraph
/// give the date and the writers the header did not give. Other lines
/// there ("Related Stories", a tag row) stay removed. A last paragraph of
/// places and a date ([`closing_place_date`]) is the text's sign-off, and
/// gives the date the header did not give.
fn stamps_under_the_article(out: &mut Out) {
    // Read as the last paragraphs when nothing set them aside; there a
    // date line needs its label ("Datum 03.10.2023"): a bare date or two
    // ("29 November 2018 | 20 January 2019") may be an exhibition's run.
    for _ in 0..2 {
        let n = out.doc.paragraphs.len();
        if n < 2 {
            break;
        }
        let text = out.doc.paragraphs[n - 1].text.trim().to_string();
        let lines = out.doc.paragraphs[n - 1].lines;
        let closing = closing_place_date(&text);
        if out.doc.date.is_none()
            && !text.starts_with(|c: char| c.is_ascii_digit())
            && let Some(d) = meta::date_line(&text).or(closing)
        {
            out.doc.paragraphs.pop();
            stamp_date(out, d, &text, lines);
        } else if closing.is_some() {
            out.doc.paragraphs.pop();
            out.remove(&text, Reason::SignOff, lines);
        } else if out.doc.authors.is_empty()
            && let Some(authors) = (meta::labelled_byline(&text).filter(|a| !a.is_empty()))
                .or_else(|| meta::reporter_sign_off(&text).map(|n| vec![n]))
        {
            out.doc.paragraphs.pop();
            stamp_authors(out, authors, &text, lines);
        } else {
            break;
        }
    }
    let Some(end) = out.doc.paragraphs.last().map(|p| p.lines[1]) else {
        return;
    };
    let mut i = 0;
    while i < out.doc.removed.len() {
        let r = &out.doc.removed[i];
        if r.reason != Reason::Outside || r.lines[0] <= end || r.lines[0] > end + STAMP_LINES_BELOW
        {
            i += 1;
            continue;
        }
        let text = r.text.trim().to_string();
        if out.doc.date.is_none()
            && let Some(d) = meta::date_line(&text)
        {
            let r = out.doc.removed.remove(i);
            stamp_date(out, d, &text, r.lines);
            continue;
        }
        if out.doc.authors.is_empty()
            && let Some(authors) = meta::labelled_byline(&text).filter(|a| !a.is_empty())
        {
            let r = out.doc.removed.remove(i);
            stamp_authors(out, authors, &text, r.lines);
            continue;
        }
        i += 1;
    }
}

/// Records date `d`, read off the date line `text` at `lines`.
fn stamp_date(out: &mut Out, d: chrono::NaiveDate, text: &str, lines: [usize; 2]) {
    out.doc.date = Some(d);
    out.doc.provenance.insert("date".into(), Provenance::Text);
    out.ambiguous = meta::find_date(text)
        .filter(|f| f.date == d)
        .and_then(|f| f.other.map(|o| (o, lines[0])));
    out.meta("date", text, lines);
}

/// Records `authors`, read off the byline `text` at `lines`.
fn stamp_authors(out: &mut Out, authors: Vec<String>, text: &str, lines: [usize; 2]) {
    out.doc.authors = authors;
    out.doc.provenance.insert("author".into(), Provenance::Text);
    out.meta("author", text, lines);
}

/// A report's or a letter's closing line of places and a date
/// ("Tbilisi/Brussels, 19 September 2028", "Genève, le 3 mars 2027",
/// "Berlin, den 5. März 2027", "Washington, March 5, 2027"): one to three
/// capitalised names of places (set apart by slashes, dashes or spaces), a
/// comma, then a line that is only a date. The date.
fn closing_place_date(t: &str) -> Option<chrono::NaiveDate> {
    if t.len() > 80 {
        return None;
    }
    let (places, date) = t.split_once(", ")?;
    let mut names = 0;
    for w in places.split(['/', ' ', '-', '–']).filter(|w| !w.is_empty()) {
        names += 1;
        let place = w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
        if !place || names > 3 {
            return None;
        }
    }
    let mut date = date.trim();
    for article in ["le ", "den ", "am ", "el ", "il ", "dnia "] {
        date = date.strip_prefix(article).unwrap_or(date);
    }
    (names > 0).then(|| meta::date_line(date)).flatten()
}

/// How far under the article's last paragraph [`stamps_under_the_article`]
/// looks.
const STAMP_LINES_BELOW: usize = 4;

/// Front matter at the top of `text` (YAML between `---` lines in Markdown,
/// TOML between `+++` lines), recorded as metadata; returns it with the
/// first line of the body.
fn front_matter(
    text: &str,
    format: Format,
    ctx: &Context<'_>,
    out: &mut Out,
) -> Result<(Option<FrontMatter>, usize)> {
    let yaml = if format == Format::Markdown {
        frontmatter::split_yaml(text, &ctx.display_path)
    } else {
        None
    };
    let block = if let Some((fm, span, body, warnings)) = yaml {
        out.doc.warnings.extend(warnings);
        Some((fm, span, body))
    } else if let Some((toml, span, body)) = frontmatter::split(text) {
        let fm = match FrontMatter::foreign(&toml, &ctx.display_path, 2) {
            Some((fm, warnings)) => {
                out.doc.warnings.extend(warnings);
                fm
            }
            None => FrontMatter::parse(&toml, &ctx.display_path, 2, false)?,
        };
        Some((fm, span, body))
    } else {
        None
    };
    let Some((fm, span, body)) = block else {
        return Ok((None, 1));
    };
    let shown = text
        .split('\n')
        .take(span[1])
        .map(|l| l.trim_end_matches('\r'))
        .collect::<Vec<_>>()
        .join("\n");
    out.meta("front matter", &shown, span);
    out.text_start = first_text_line(text, body);
    Ok((Some(fm), body))
}

/// The title of the page the text was taken from, which names its
/// headline: a reading service's header's, else a browser's print
/// header's. Only a text that opens the file (`opens`: no front matter, no
/// database export) has either.
fn title_of_the_page(
    lines: &mut [Ln],
    text: &str,
    (print, opens): (bool, bool),
    out: &mut Out,
) -> Option<String> {
    let reader_title = opens.then(|| reader_header(lines, text, out)).flatten();
    reader_title
        .or_else(|| browser_print(lines, print && opens))
        .or_else(|| titled_address(lines, print && opens, out))
}

/// Lines a page's title over its address looks for its headline in.
const TITLED_REACH: usize = 30;

/// A page saved as text with its title and its address on top, as a
/// site's or an extension's "save as text" writes them ("Outlet -
/// Headline" / "https://…"), when a line further down spells the
/// headline again: the title is recorded as the page's and returned (it
/// names the headline), the address is the document's. Only at the top of
/// a text (`may`); a title that is a sentence, or one spelled nowhere
/// below, is the text's own.
fn titled_address(lines: &mut [Ln], may: bool, out: &mut Out) -> Option<String> {
    if !may {
        return None;
    }
    let first = lines.iter().position(|l| l.kind != LineKind::Blank)?;
    let (top, next) = (&lines[first], lines.get(first + 1)?);
    let LineKind::Url(url) = &next.kind else {
        return None;
    };
    if top.kind != LineKind::Text
        || top.md_level.is_some()
        || !page_title(&top.text)
        || ends_sentence(&top.text)
    {
        return None;
    }
    let below: Vec<(usize, &str)> = (lines[first + 2..].iter())
        .filter(|l| l.kind == LineKind::Text)
        .take(TITLED_REACH)
        .map(|l| (l.no, l.text.as_str()))
        .collect();
    exactly_spelled_title(&title_forms(&top.text), &below)?;
    let (title, url) = (top.text.clone(), url.clone());
    out.meta("page title", &title, [top.no, top.no]);
    let next_text = next.text.clone();
    set_url(out, &url, &next_text, next.no);
    for l in &mut lines[first..first + 2] {
        l.kind = LineKind::Blank;
    }
    Some(title)
}

/// A reading service's header over the page it read (see
/// [`super::database::reader_header`]): the address and the date it states
/// are the document's, recorded as metadata with its other lines, which
/// are set aside. Returns the page's title, which names the headline.
fn reader_header(lines: &mut [Ln], text: &str, out: &mut Out) -> Option<String> {
    // Most texts open otherwise: their lines are not split.
    if !text.trim_start().starts_with("Title:") {
        return None;
    }
    let raw: Vec<&str> = text
        .split('\n')
        .take(40)
        .map(|l| l.trim_end_matches('\r'))
        .collect();
    let h = super::database::reader_header(&raw)?;
    let mut stated = Vec::new();
    if let Some((url, at)) = &h.url {
        set_url(out, url, raw[*at], at + 1);
        stated.push(*at);
    }
    if let Some((d, at)) = h.date {
        out.doc.date = Some(d);
        out.doc.provenance.insert("date".into(), Provenance::Text);
        out.meta("date", raw[at], [at + 1, at + 1]);
        stated.push(at);
    }
    for l in lines.iter_mut() {
        let i = l.no - 1;
        if i < h.lines.0 || i > h.lines.1 || l.kind == LineKind::Blank {
            continue;
        }
        if !stated.contains(&i) {
            out.meta("reader header", raw[i], [l.no, l.no]);
        }
        l.kind = LineKind::Blank;
        l.md_level = None;
    }
    Some(h.title)
}

/// A news database's export's fields and marks, read from the raw lines.
fn database_read(text: &str) -> Option<super::database::Export> {
    let raw: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    super::database::read(&raw)
}

/// The lines of a news database's export outside its text are the
/// database's fields; the headline, writers and date come from its
/// fields (their lines are recorded as metadata).
fn database_export(lines: &mut [Ln], e: &super::database::Export, out: &mut Out) {
    let (first, last) = e.body;
    // The fields' own lines, recorded as metadata (the title's by
    // `Out::title`).
    let mut fields: Vec<(usize, &str)> = Vec::new();
    if let Some((t, i)) = &e.title {
        out.title(t.clone(), [i + 1, i + 1]);
        fields.push((*i, "title"));
    }
    if let Some((a, i)) = &e.authors {
        out.doc.authors.clone_from(a);
        out.doc.provenance.insert("author".into(), Provenance::Text);
        fields.push((*i, "author"));
    }
    if let Some((d, i)) = e.date {
        out.doc.date = Some(d);
        out.doc.provenance.insert("date".into(), Provenance::Text);
        fields.push((i, "date"));
    }
    let mut after_page_mark = false;
    for l in lines.iter_mut() {
        let i = l.no - 1;
        let mark = after_page_mark;
        if l.kind != LineKind::Blank {
            after_page_mark = matches!(
                l.kind,
                LineKind::Removed(Reason::PageNumber | Reason::Running)
            );
        }
        if let Some(&(_, field)) = fields.iter().find(|(at, _)| *at == i) {
            if field != "title" {
                out.meta(field, &l.text, [l.no, l.no]);
            }
            l.kind = LineKind::Blank;
        } else if (i < first || i > last) && l.kind != LineKind::Blank {
            l.kind = LineKind::Removed(Reason::DatabaseField);
            l.md_level = None;
        } else if mark && e.title.as_ref().is_some_and(|(t, _)| t == l.text.trim()) {
            // The headline printed again at the top of each page, under
            // its number.
            l.kind = LineKind::Removed(Reason::Running);
            l.md_level = None;
        } else if e.coded.contains(&i) {
            // The field's code before the text, or alone over it.
            let t = l.text.trim().to_string();
            let (code, value) = t.split_once(char::is_whitespace).unwrap_or((&t, ""));
            out.remove(code, Reason::DatabaseField, [l.no, l.no]);
            if value.trim().is_empty() {
                l.kind = LineKind::Blank;
            } else {
                l.set_text(value.trim().to_string());
            }
        } else if i == first && e.label > 0 {
            // The field's label ("Full text:", "Text:", a database
            // client's "body =") before the text.
            let t = l.text.trim_start();
            let cut = t
                .find(" = ")
                .filter(|&at| at < t.find(':').unwrap_or(usize::MAX))
                .map(|at| (&t[..at + 2], &t[at + 3..]))
                .or_else(|| t.find(':').map(|at| (&t[..=at], &t[at + 1..])));
            if let Some((label, rest)) = cut {
                out.remove(label, Reason::DatabaseField, [l.no, l.no]);
                l.set_text(rest.trim().to_string());
            }
        }
    }
}

/// Each line from `first_line` on, with Markdown syntax stripped (Markdown
/// and HTML) and classified by itself. Struck-through pieces are recorded
/// as removed.
fn classify_lines(
    (text, as_written): (&str, &str),
    first_line: usize,
    (format, page): (Format, bool),
    (outlet_name, chat): (Option<&str>, &[(usize, ChatLine)]),
    out: &mut Out,
) -> Vec<Ln> {
    let markdown = matches!(format, Format::Markdown | Format::Html);
    let mut lines: Vec<Ln> = Vec::with_capacity(line_count(text));
    // Whether the previous line ends a paragraph or is a list item: an
    // ordered list ("2. …") starts only there, or at 1 (as in CommonMark), so
    // "The toll reached\n100. Officials said" stays one paragraph.
    let mut list_may_start = true;
    let mut chat_at = 0;
    // The lines as written, where spans over lines were marked again
    // (`rules::inline_spans_per_line`): a wrap saw their widths.
    let mut written_lines = (!std::ptr::eq(as_written, text)).then(|| as_written.split('\n'));
    let mut numbered = numbered_items(text, format, page).into_iter().peekable();
    for (i, raw) in text.split('\n').enumerate() {
        let no = i + 1;
        let as_written = written_lines.as_mut().and_then(|w| w.next());
        while numbered.next_if(|&(at, _)| at < i).is_some() {}
        let marker = numbered.next_if(|&(at, _)| at == i).map(|(_, w)| w);
        if no < first_line {
            continue;
        }
        let raw = raw.trim_end_matches('\r');
        let Some(raw) = out_of_chat(raw, no, (chat, &mut chat_at), &mut lines, out) else {
            continue;
        };
        // A page copy's lines were wrapped with their link numbers in
        // them: the width as written is the one the wrap saw.
        let (written, lead) = written_shape(raw, as_written);
        let (cleaned, page_item, mut links) = if page {
            let Some(l) = page_copy_line(raw, no, &mut lines, out) else {
                continue;
            };
            l
        } else {
            (std::borrow::Cow::Borrowed(raw), false, 0)
        };
        let raw = without_number(cleaned.as_ref(), marker);
        let ordered = markdown.then(|| rules::ordered_number(raw)).flatten();
        let ordered_ok = ordered.is_some_and(|n| list_may_start || n == 1);
        let list_item = page_item
            || marker.is_some()
            || starts_item(raw, format, ordered.is_none() || ordered_ok);
        list_may_start = raw.trim().is_empty() || list_item;
        let (stripped, md_level) = match line_marks_read(raw, no, (format, ordered_ok), out) {
            MarkdownLine::Removed(text, why) => {
                lines.push(Ln::removed(no, text, why));
                continue;
            }
            MarkdownLine::Text(text, level) => (text, level),
        };
        let Some(stripped) = without_angle_links(stripped, (no, page), &mut links, out) else {
            lines.push(Ln::removed(no, raw.trim().to_string(), Reason::Navigation));
            continue;
        };
        let (t, words) = counted(rules::squash_owned(stripped));
        lines.push(Ln {
            no,
            kind: line_kind(&t, words, md_level.is_some(), page_item, outlet_name),
            md_level,
            labelled: false,
            list_item,
            width: written.width,
            indent: written.indent,
            lead,
            links,
            tab: Tabbed::of(raw),
            words,
            quoted: rules::quote_depth(raw),
            goes_on: emphasis_goes_on(raw, as_written),
            numbered: marker.is_some(),
            text: t,
        });
    }
    lines
}

/// Line `raw` with its marks read: Markdown's ([`markdown_line`]), or in
/// plain text a line's or a label's emphasis taken off.
fn line_marks_read(
    raw: &str,
    no: usize,
    (format, ordered_ok): (Format, bool),
    out: &mut Out,
) -> MarkdownLine {
    if matches!(format, Format::Markdown | Format::Html) {
        return markdown_line(raw, no, format, ordered_ok, out);
    }
    let plain = rules::without_line_emphasis(raw)
        .map(str::to_string)
        .or_else(|| rules::without_label_emphasis(raw))
        .unwrap_or_else(|| raw.to_string());
    MarkdownLine::Text(plain, None)
}

/// Whether line `raw` opens with strong emphasis that its line as written
/// (`as_written`, where spans over lines were marked again) does not: the
/// emphasis goes on from the line above.
fn emphasis_goes_on(raw: &str, as_written: Option<&str>) -> bool {
    let Some(w) = as_written else {
        return false;
    };
    let (r, w) = (raw.trim_start(), w.trim_start());
    ["**", "__"]
        .iter()
        .any(|m| r.starts_with(m) && !w.starts_with(m))
}

/// The lines of a plain text that open the items of a list numbered
/// without dots ([`super::numbered::items`]) or of a bulleted list under a
/// lead-in ([`super::numbered::bullet_items`]; not in a page copy, which
/// reads its own bullets), each with its marker's bytes, in order.
fn numbered_items(text: &str, format: Format, page: bool) -> Vec<(usize, usize)> {
    if format != Format::Text {
        return Vec::new();
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let mut items = super::numbered::items(&lines);
    if !page {
        items.extend(super::numbered::bullet_items(&lines));
        items.sort_unstable();
        items.dedup_by_key(|&mut (at, _)| at);
    }
    items
}

/// Line `raw` without the number or the bullet that opens a list's item
/// (`marker`: its bytes, number or bullet and spaces).
fn without_number(raw: &str, marker: Option<usize>) -> &str {
    let number_or_bullet = |m: &str| {
        let m = m.trim();
        m.bytes().all(|b| b.is_ascii_digit()) || m.chars().count() == 1
    };
    match marker {
        Some(w) if raw.get(..w).is_some_and(number_or_bullet) => &raw[w..],
        _ => raw,
    }
}

/// Whether a Markdown line starts a paragraph of its own: a list item
/// (an ordered one where `ordered_ok`), a table's row.
fn starts_item(raw: &str, format: Format, ordered_ok: bool) -> bool {
    let markdown = matches!(format, Format::Markdown | Format::Html);
    (markdown && rules::markdown_list_item(raw) && ordered_ok)
        || (format == Format::Markdown && rules::pipe_table_row(raw).is_some())
}

/// The shape of line `raw` as written (`as_written`: the line before its
/// spans were marked again, if they were), and the columns of its first
/// word as written when it differs from `raw`'s (else 0).
fn written_shape<'a>(raw: &'a str, as_written: Option<&'a str>) -> (Shape<'a>, usize) {
    let as_written = as_written
        .map(|w| w.trim_end_matches('\r'))
        .filter(|w| *w != raw);
    let lead = as_written
        .and_then(|w| w.split_whitespace().next())
        .map_or(0, |w| w.chars().count());
    (Shape::of(as_written.unwrap_or(raw), ""), lead)
}

/// A page copy's line `raw` without its link numbers (the links taken
/// recorded), whether it is a list item, and how many links it had;
/// `None` when the line is the page's furniture (recorded as removed).
fn page_copy_line<'a>(
    raw: &'a str,
    no: usize,
    lines: &mut Vec<Ln>,
    out: &mut Out,
) -> Option<(std::borrow::Cow<'a, str>, bool, usize)> {
    match page_copy::line(raw) {
        PageLine::Removed(why) => {
            lines.push(Ln::removed(no, raw.trim().to_string(), why));
            None
        }
        PageLine::Text { text, item, taken } => {
            if !taken.is_empty() {
                out.remove(&taken.join(" "), Reason::Link, [no, no]);
            }
            Some((std::borrow::Cow::Owned(text), item, taken.len()))
        }
    }
}

/// What a whole source is, told before its lines are read.
struct Whole {
    /// A news database's export: its text between its marks (its fields
    /// one to a line are no page's menu).
    export: Option<super::database::Export>,
    /// A web page copied whole.
    copy: Option<page_copy::CopyKind>,
    /// A chat's export, and the message in it that carries the article.
    chat: Option<super::chat::Chat>,
}

fn whole(text: &str, format: Format, first_line: usize) -> Whole {
    let print = format != Format::Html;
    let export = (print && first_line == 1)
        .then(|| database_read(text))
        .flatten();
    let copy = (print && export.is_none())
        .then(|| page_copy::copy_kind(text))
        .flatten();
    let chat = print.then(|| super::chat::export(text)).flatten();
    Whole { export, copy, chat }
}

/// What a chat's export makes of line `no` (see [`super::chat::export`],
/// whose lines `chat` are, looked at from `at` on): `None` when the line
/// is the chat's, removed, or else its text without the time and sender
/// that open the article's message.
fn out_of_chat<'a>(
    raw: &'a str,
    no: usize,
    (chat, at): (&[(usize, ChatLine)], &mut usize),
    lines: &mut Vec<Ln>,
    out: &mut Out,
) -> Option<&'a str> {
    let i = no - 1;
    while chat.get(*at).is_some_and(|c| c.0 < i) {
        *at += 1;
    }
    let Some(&(_, what)) = chat.get(*at).filter(|c| c.0 == i) else {
        return Some(raw);
    };
    *at += 1;
    match what {
        ChatLine::Removed => {
            lines.push(Ln::removed(no, raw.trim().to_string(), Reason::Chat));
            None
        }
        ChatLine::Opens(n) => {
            out.remove(raw[..n].trim(), Reason::Chat, [no, no]);
            Some(super::chat::unmarked(&raw[n..]))
        }
    }
}

/// How many lines `text` has (one entry a line is made for them, the size
/// known before).
fn line_count(text: &str) -> usize {
    memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1
}

/// A line's text with a writer's name glued to a date taken apart (see
/// [`meta::unglued_byline`]; only short lines can be bylines), and its
/// words, counted up to [`WORDS_COUNTED`].
fn counted(t: String) -> (String, usize) {
    let words = rules::words_up_to(&t, WORDS_COUNTED);
    if words > 12 {
        return (t, words);
    }
    // The line comes back as it was, or with a space put in.
    let len = t.len();
    let t = meta::unglued_byline(t);
    if t.len() == len {
        return (t, words);
    }
    let words = rules::words_up_to(&t, WORDS_COUNTED);
    (t, words)
}

/// A line's text without the links written after their words ("report
/// <https://…>", in text a mail program made of a page), each recorded as
/// removed; `None` for a row of such links alone (buttons).
/// A line that is one link's words alone, a headline in a list of
/// links ("Quem é quem no novo conselho<https://…>"), counts its link in
/// `linked`.
fn without_angle_links(
    text: String,
    (no, page): (usize, bool),
    linked: &mut usize,
    out: &mut Out,
) -> Option<String> {
    // In a page copied whole, only the address a converter notes after a
    // link's words in a line of text ("Jane Doe [https://…/author/jane/]
    // May 3, 2027"); its menus' links are the page's reading.
    let noted = |(left, _, buttons): &(String, Vec<&str>, bool)| {
        !buttons && at_least_words(left, 4) && memchr::memchr(b'<', text.as_bytes()).is_none()
    };
    let found = (!page || memchr::memmem::find(text.as_bytes(), b"[http").is_some())
        .then(|| rules::angle_links(&text))
        .flatten()
        .filter(|l| !page || noted(l));
    match found {
        Some((_, _, true)) => None,
        Some((left, links, false)) => {
            out.remove(&links.join(" "), Reason::Link, [no, no]);
            if links.len() == 1 && text.trim_end().ends_with('>') && at_most_words(&left, 15) {
                *linked = 1;
            }
            Some(left)
        }
        None => Some(text),
    }
}

/// What a line is by itself: a Markdown heading (`heading`) is text; a
/// page's legal links are navigation, but a text browser's menu of them
/// (`page_item`) is left to the page's reading.
fn line_kind(
    t: &str,
    words: usize,
    heading: bool,
    page_item: bool,
    outlet_name: Option<&str>,
) -> LineKind {
    if heading && !t.is_empty() {
        return heading_kind(t);
    }
    match rules::classify_counted(t, Some(words), outlet_name) {
        LineKind::Text if !page_item && rules::legal_links(t) => {
            LineKind::Removed(Reason::Navigation)
        }
        kind => kind,
    }
}

/// What a heading's text is: text, unless it is a page's label set as a
/// heading ("## Advertisement", "***** विज्ञापन *****", "### Share this
/// article"), which goes as navigation or a share widget. A heading is
/// never read as any other furniture: a section called "Contact" or
/// "Sources" is the article's.
fn heading_kind(t: &str) -> LineKind {
    match rules::classify_counted(t, None, None) {
        kind @ LineKind::Removed(Reason::Navigation | Reason::Share) => kind,
        _ => LineKind::Text,
    }
}

/// A Markdown line without its syntax.
enum MarkdownLine {
    /// Removed as a whole (an image, a link definition, struck text): the
    /// line as written and why.
    Removed(String, Reason),
    /// The text left, with its heading level when it is a heading.
    Text(String, Option<usize>),
}

/// Strips the Markdown syntax of one line (`ordered`: its list number
/// starts a list); struck-through pieces are recorded as removed.
fn markdown_line(
    raw: &str,
    no: usize,
    format: Format,
    ordered: bool,
    out: &mut Out,
) -> MarkdownLine {
    if rules::markdown_image_line(raw) {
        return MarkdownLine::Removed(raw.trim().to_string(), Reason::Image);
    }
    if format == Format::Markdown
        && let Some(row) = rules::pipe_table_row(raw)
    {
        return match row {
            Some(cells) => MarkdownLine::Text(rules::strip_markdown(&cells), None),
            None => MarkdownLine::Removed(raw.trim().to_string(), Reason::Markup),
        };
    }
    if format == Format::Markdown && rules::pandoc_fence(raw) {
        return MarkdownLine::Removed(raw.trim().to_string(), Reason::Markup);
    }
    if format == Format::Markdown && rules::markdown_link_definition(raw) {
        return MarkdownLine::Removed(raw.trim().to_string(), Reason::LinkDefinition);
    }
    if format == Format::Markdown && rules::footnote_line(raw) {
        return MarkdownLine::Removed(raw.trim().to_string(), Reason::Footnote);
    }
    if format == Format::Markdown && rules::links_only(raw) {
        // A writer's name linked to their page is a byline.
        if let Some(name) = rules::writer_link(raw) {
            return MarkdownLine::Text(name, None);
        }
        return MarkdownLine::Removed(raw.trim().to_string(), Reason::Navigation);
    }
    let raw = if format == Format::Markdown && ordered {
        rules::strip_ordered_marker(raw)
    } else {
        raw
    };
    let pandoc = if format == Format::Markdown {
        let (text, taken) = rules::pandoc_marks(raw);
        for (piece, why) in taken {
            out.remove(&piece, why, [no, no]);
        }
        text
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    let marked = if format == Format::Markdown {
        rules::without_highlight_marks(pandoc.as_ref())
    } else {
        std::borrow::Cow::Borrowed(pandoc.as_ref())
    };
    let raw = marked.as_ref();
    let (rest, struck) = rules::markdown_struck(raw);
    let left = rules::strip_markdown(&rest);
    let left = left.trim().trim_start_matches(['-', '*', '+', '>']).trim();
    if !struck.is_empty() && left.is_empty() {
        // A line struck through as a whole is removed as a whole.
        return MarkdownLine::Removed(raw.trim().to_string(), Reason::Struck);
    }
    for piece in struck {
        out.remove(&piece, Reason::Struck, [no, no]);
    }
    match rules::markdown_heading(&rest) {
        Some((level, h)) => MarkdownLine::Text(rules::strip_markdown(&h), Some(level)),
        // A crosshead in strong emphasis, below the header's lines (the
        // text's first two lines, counted from its first after front
        // matter: a bold standfirst under the headline is none).
        None if no > out.text_start + 2
            && let Some(h) = rules::strong_line(&rest) =>
        {
            MarkdownLine::Text(rules::strip_markdown(h), Some(3))
        }
        None => MarkdownLine::Text(rules::strip_markdown(&rest), None),
    }
}

/// The words of each "Related article: <title>" line's title.
fn related_titles(lines: &[Ln]) -> Vec<Vec<String>> {
    lines
        .iter()
        .filter_map(|l| match &l.kind {
            LineKind::Related(t) => Some(slug_of(t)),
            _ => None,
        })
        .collect()
}

/// What deciding a URL line needs to know about the rest of the text.
struct UrlContext<'a> {
    /// The words of related-article titles.
    related_titles: Vec<Vec<String>>,
    /// URL lines (by index) printed inside a sentence.
    cut_before: HashMap<usize, bool>,
    /// The first line of the body: the article's own URL is above it.
    header_end_line: usize,
    /// The outlet's domains.
    domains: &'a [String],
}

/// Records every line that is not text: as removed noise, as a
/// republication note, or as the article's own URL (the first URL that is
/// labelled, or on the outlet's domains above the body).
fn place_non_text_lines(lines: &[Ln], urls: &UrlContext<'_>, out: &mut Out) {
    let mut url_set = false;
    for (i, l) in lines.iter().enumerate() {
        let line = [l.no, l.no];
        match &l.kind {
            LineKind::Blank | LineKind::Text | LineKind::Split(..) => {}
            LineKind::Removed(why) => out.remove(&l.text, *why, line),
            LineKind::Related(_) => out.remove(&l.text, Reason::Related, line),
            LineKind::Republication(src) => {
                out.remove(&l.text, Reason::Republication, line);
                if !src.is_empty() {
                    out.doc.republished_from = Some(src.trim_end_matches('.').to_string());
                    out.doc
                        .provenance
                        .insert("republished-from".into(), Provenance::Text);
                }
            }
            LineKind::UrlLabel(url) => match url {
                Some(u) if !url_set => {
                    set_url(out, u, &l.text, l.no);
                    url_set = true;
                }
                Some(_) => out.remove(&l.text, Reason::Link, line),
                None => out.meta("url", &l.text, line),
            },
            LineKind::Url(u) => match url_line_fate(i, l, u, url_set, urls) {
                Some(why) => out.remove(&l.text, why, line),
                None => {
                    set_url(out, u, &l.text, l.no);
                    url_set = true;
                }
            },
        }
    }
}

/// Why the URL line `l` (index `i`) is removed, or `None` when it is the
/// article's own address.
fn url_line_fate(
    i: usize,
    l: &Ln,
    u: &str,
    url_set: bool,
    urls: &UrlContext<'_>,
) -> Option<Reason> {
    let slug = meta::slug_words(u);
    if l.labelled && !url_set {
        None
    } else if urls.related_titles.iter().any(|t| slug_matches(&slug, t)) {
        Some(Reason::RelatedLink)
    } else if urls.cut_before.get(&i).copied().unwrap_or(false) {
        Some(Reason::LinkInText)
    } else if !url_set && l.no < urls.header_end_line && meta::on_domains(u, urls.domains) {
        None
    } else {
        Some(Reason::Link)
    }
}

/// A header date whose numbers read either way ("03/10/2023") is the
/// reading the article names in words ("on October 3"), else the day first
/// when the article is not in English; otherwise the date is left unstated
/// with a note saying why.
fn resolve_date(out: &mut Out, ctx: &Context<'_>) {
    let (Some((other, no)), Some(first)) = (out.ambiguous.take(), out.doc.date) else {
        return;
    };
    let mut text = out.doc.dateline.clone().unwrap_or_default();
    for p in &out.doc.paragraphs {
        text.push(' ');
        text.push_str(&p.text);
    }
    if let Some(d) = meta::resolve_ambiguous(first, other, &text) {
        out.doc.date = Some(d);
        return;
    }
    // The stamp's time zone: east of the Atlantic, day first ("03/10/2023
    // - 16:42 GMT+2"); North America's, month first.
    let stamp = out
        .doc
        .metadata
        .iter()
        .find(|m| m.lines[0] == no)
        .and_then(|m| meta::zone_reads_day_first(&m.text));
    match stamp {
        Some(true) => return,
        Some(false) => {
            out.doc.date = Some(other);
            return;
        }
        None => {}
    }
    // Only American English writes the month first: an article in another
    // language means the day first ("03/10/2023" on a French page).
    // (`detect` reads only the first two kilobytes.)
    if crate::text::language::detect(&text).is_some_and(|l| l != "en") {
        return;
    }
    out.doc.date = None;
    out.doc.provenance.remove("date");
    let show = |d: chrono::NaiveDate| d.format("%-d %B %Y").to_string();
    out.doc.warnings.push(super::warning::Note::at_line(
        super::warning::NoteKind::Date,
        no,
        format!(
            "{}:{no}: the date can be read as {} or as {}, and the text does not say which; \
             it is left unstated (hint: state it in front matter or a sidecar, e.g. `date = {}`)",
            ctx.display_path,
            show(first),
            show(other),
            first
        ),
    ));
}

/// The last steps: a date from the URL when the text states none, stated
/// front matter over everything inferred, then what the e-mail around the
/// text gives for what is still unstated, removals and metadata in line
/// order.
fn finish(
    mut doc: Document,
    front: Option<FrontMatter>,
    (subject, mail_date): (Option<String>, Option<chrono::NaiveDate>),
) -> Document {
    if doc.date.is_none()
        && let Some(u) = &doc.url
        && let Some(d) = meta::url_date(u)
    {
        doc.date = Some(d);
        doc.provenance.insert("date".into(), Provenance::Url);
    }
    if let Some(fm) = front {
        fm.apply(&mut doc, Provenance::FrontMatter);
    }
    envelope_fallback(&mut doc, subject, mail_date);
    if let Some(t) = doc.title.as_deref().and_then(meta::title_without_site) {
        doc.title = Some(t);
    }
    if let (Some(t), Some(u)) = (doc.title.as_deref(), doc.url.as_deref())
        && let Some(t) = meta::title_without_host(t, u)
    {
        doc.title = Some(t);
    }
    doc.removed.sort_by_key(|r| r.lines[0]);
    doc.metadata.sort_by_key(|m| m.lines[0]);
    doc
}

pub(crate) fn empty_document(format: Format) -> Document {
    Document {
        path: String::new(),
        outlet: None,
        sha256: String::new(),
        format,
        title: None,
        subtitle: None,
        author: None,
        authors: Vec::new(),
        date: None,
        url: None,
        retrieved: None,
        dateline: None,
        republished_from: None,
        language: None,
        provenance: Default::default(),
        paragraphs: Vec::new(),
        quotes: Default::default(),
        removed: Vec::new(),
        metadata: Vec::new(),
        truncated: false,
        warnings: Default::default(),
        bytes: 0,
        fs_path: Default::default(),
    }
}

fn set_url(out: &mut Out, url: &str, line_text: &str, no: usize) {
    out.doc.url = Some(url.to_string());
    out.doc.provenance.insert("url".into(), Provenance::Text);
    out.meta("url", line_text, [no, no]);
}

fn slug_of(title: &str) -> Vec<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A URL slug and a related-article title name the same article when most
/// of the title's words are in the slug.
fn slug_matches(slug: &[String], title: &[String]) -> bool {
    if slug.is_empty() || title.is_empty() {
        return false;
    }
    let hits = title.iter().filter(|w| slug.contains(w)).count();
    hits * 10 >= title.len() * 7
}

/// Whether the text lines of a document are German (from their first 2,000
/// bytes or so).
fn in_german(lines: &[Ln]) -> bool {
    let mut sample = String::new();
    for l in lines.iter().filter(|l| l.kind == LineKind::Text) {
        sample.push_str(&l.text);
        sample.push(' ');
        if sample.len() >= 2_000 {
            break;
        }
    }
    crate::text::language::detect(&sample) == Some("de")
}

/// The other lines of a caption hard-wrapped around the line the caption
/// rules removed, as a PDF print sets it: the lines over it when it
/// carries on a sentence they leave open ("Volumes at the terminal have" /
/// "almost halved this year © Jane Roe/Bloomberg"), and a short line under
/// it when its credit's label ends the line before the name is done
/// ("… in the year to March. Photograph: Cian" / "Hogan/The Irish Times").
fn wrapped_captions(lines: &mut [Ln]) {
    const LABELS: [&str; 15] = [
        "photograph:",
        "photo:",
        "picture:",
        "credit:",
        "image:",
        "foto:",
        "fotó:",
        "kuva:",
        "bild:",
        "bilde:",
        "фото:",
        "fotoğraf:",
        "zdjęcie:",
        "fotografia:",
        "©",
    ];
    let caption = |l: &Ln| matches!(l.kind, LineKind::Removed(Reason::Caption));
    let text = |l: &Ln| matches!(l.kind, LineKind::Text) && l.md_level.is_none();
    for i in 0..lines.len() {
        let credit = matches!(lines[i].kind, LineKind::Removed(Reason::Credit));
        if credit {
            credit_broken_after_small_word(lines, i, &LABELS);
        }
        if !caption(&lines[i]) {
            continue;
        }
        // Up: while the caption's line carries on a sentence left open. A
        // caption set apart by blank lines may go on with a name
        // ("… crest a hill near" / "Oroville, Calif., Friday. (AP
        // Photo/…)").
        let set_apart = set_apart_above(lines, i);
        let mut j = i;
        while j > 0
            && i - j < 3
            && (set_apart || lines[j].text.starts_with(char::is_lowercase))
            && text(&lines[j - 1])
            && !ends_sentence(&lines[j - 1].text)
            && !lines[j - 1].text.ends_with(':')
        {
            j -= 1;
            lines[j].kind = LineKind::Removed(Reason::Caption);
        }
        // Down: the rest of a name cut after its label.
        let t = lines[i].text.to_lowercase();
        let mut from = t.len().saturating_sub(40);
        while !t.is_char_boundary(from) {
            from -= 1;
        }
        let tail = &t[from..];
        // A credit with its agency after a slash is whole ("Photograph:
        // Gareth Fuller/PA").
        let cut_name = LABELS.iter().any(|l| {
            tail.rfind(l).is_some_and(|at| {
                let credit = &tail[at + l.len()..];
                words_up_to(credit, 3) <= 2 && !credit.contains('/')
            })
        }) && (!ends_sentence(&lines[i].text) || lines[i].text.ends_with(':'));
        if cut_name
            && let Some(next) = lines.get(i + 1)
            && text(next)
            && next.at_most(5)
            && !ends_sentence(&next.text)
            && next.text.starts_with(char::is_uppercase)
        {
            lines[i + 1].kind = LineKind::Removed(Reason::Caption);
        }
    }
}

/// Under credit line `i` that opens with a label (`labels`) and breaks
/// after a small word of a long name ("Photo: Ministry of Health of" /
/// "Ukraine"), the line that ends the name: five words or fewer, opening
/// with a capital, ending no sentence. Removed as the credit.
fn credit_broken_after_small_word(lines: &mut [Ln], i: usize, labels: &[&str]) {
    let t = lines[i].text.trim();
    let last = t.rsplit(' ').next().unwrap_or("");
    let small = (1..=4).contains(&last.chars().count()) && last.chars().all(char::is_lowercase);
    if !small || !labels.iter().any(|l| t.to_lowercase().starts_with(l)) {
        return;
    }
    if let Some(next) = lines.get_mut(i + 1)
        && next.kind == LineKind::Text
        && next.md_level.is_none()
        && next.at_most(5)
        && !ends_sentence(&next.text)
        && next.text.starts_with(char::is_uppercase)
    {
        next.kind = LineKind::Removed(Reason::Credit);
    }
}

/// A caption wrapped over two or three lines, set apart by blank lines,
/// that ends in its credit in round brackets ("Luis Navarro stands at the
/// edge of a field in" / "Eloy, Ariz. (Caitlin O’Hara for The Washington
/// Post)"): read whole, it is a caption by the line rules (or by
/// [`named_credit_caption`]), though its last line alone is not. So is
/// one whose sentence an agency's credit in capitals closes ("… in 45
/// Minuten. APA/GERT EGGENBERGER", see [`capitals_credit`]).
fn wrapped_credit_captions(lines: &mut [Ln]) {
    let blank = |l: Option<&Ln>| l.is_none_or(|l| l.kind == LineKind::Blank);
    let text = |l: &Ln| l.kind == LineKind::Text && l.md_level.is_none();
    for i in 1..lines.len() {
        let closes = |t: &str| t.ends_with(')') || capitals_credit(t).is_some();
        if !text(&lines[i]) || !closes(lines[i].text.trim_end()) || !blank(lines.get(i + 1)) {
            continue;
        }
        let mut k = i;
        while k > 0 && text(&lines[k - 1]) && i - k < 2 {
            k -= 1;
        }
        if k == i || !blank(k.checked_sub(1).map(|p| &lines[p])) {
            continue;
        }
        let joined = join_lines(lines[k..=i].iter().map(|l| l.text.as_str()));
        if at_most_words(&joined, 45)
            && (rules::classify(&joined, None) == LineKind::Removed(Reason::Caption)
                || named_credit_caption(&joined)
                || capitals_credit(&joined).is_some())
        {
            for l in &mut lines[k..=i] {
                l.kind = LineKind::Removed(Reason::Caption);
            }
        }
    }
}

/// A photo's credit in capitals after a caption's last sentence: the
/// agency, a slash, the photographer ("… in 45 Minuten. APA/GERT
/// EGGENBERGER", "… on Monday. AFP/JOHN DOE", "EPA/ANA RUIZ"): two to
/// four words after the slash, a name ("EU/US" is none).
static CAPITALS_CREDIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r#"(?:^|[.!?]["”»’]?\s+)(\p{Lu}{2,8}/\p{Lu}[\p{Lu}.'’\-]*(?: \p{Lu}[\p{Lu}.'’\-]*){1,3})$"#,
    )
    .expect("regex")
});

/// Where the credit of [`CAPITALS_CREDIT`] starts in `t`, after a
/// sentence of three words or more (a credit alone is no caption here).
fn capitals_credit(t: &str) -> Option<usize> {
    let t = t.trim_end();
    // The credit has a slash and ends in a capital or a name's mark.
    let ends = t.chars().next_back()?;
    if !(ends.is_uppercase() || ".'’-".contains(ends))
        || memchr::memchr(b'/', t.as_bytes()).is_none()
    {
        return None;
    }
    let c = CAPITALS_CREDIT.captures(t)?;
    let at = c.get(1)?.start();
    at_least_words(&t[..at], 3).then_some(at)
}

/// In a page copy or text with no blank lines, a related heading at `i`
/// (`page`: of a page copy) with up to
/// three headlines under it from `j` (each of 15 words at most, none a
/// sentence), right over a paragraph of 15 words or more that ends a
/// sentence or a line taken out: marks the headlines as related links;
/// whether it did.
fn related_run_over_paragraph(lines: &mut [Ln], i: usize, j: usize, page: bool) -> bool {
    let headline = |l: &Ln| {
        l.kind == LineKind::Text && l.md_level.is_none() && l.at_most(15) && !ends_sentence(&l.text)
    };
    let run = lines[j..]
        .iter()
        .take(3)
        .take_while(|l| headline(l))
        .count();
    // Under the run, a paragraph, or a line already taken out (the
    // site's "Haberin Devamı" under its box of related news).
    let over_paragraph = lines.get(j + run).is_some_and(|n| {
        (n.kind == LineKind::Text && n.at_least(15) && ends_sentence(&n.text))
            || matches!(n.kind, LineKind::Removed(_))
    });
    if run == 0 || !over_paragraph || !super::furniture::related_heading(&lines[i].text) {
        return false;
    }
    for l in &mut lines[j..j + run] {
        l.kind = LineKind::Removed(Reason::Related);
    }
    if page {
        // No longer a bound of the page's article.
        lines[i].kind = LineKind::Removed(Reason::Related);
    } else if lines[i].kind == LineKind::Text {
        lines[i].kind = LineKind::Removed(Reason::Navigation);
    }
    lines[i].md_level = None;
    true
}

/// A newsletter's box over the screen readers' mark that ends it ("Sign
/// up to Down to Earth" / "Free weekly newsletter" / its pitch / "Privacy
/// Notice: …" / "after newsletter promotion"): from its call to sign up
/// or its short line naming a newsletter, within six lines over the mark
/// and with no blank line between, down to the mark. Removed as a
/// promotion; a paragraph over the box's first line stays.
fn promotion_box_over_mark(lines: &mut [Ln]) {
    const MARK: &[u8] = b"after newsletter promotion";
    for m in 0..lines.len() {
        let text = lines[m].text.as_bytes();
        let mark = matches!(lines[m].kind, LineKind::Removed(_))
            && text.len() >= MARK.len()
            && text[text.len() - MARK.len()..].eq_ignore_ascii_case(MARK);
        if !mark {
            continue;
        }
        let opens_box = |l: &Ln| {
            let t = l.text.to_lowercase();
            t.starts_with("sign up") || (t.contains("newsletter") && rules::at_most_words(&t, 8))
        };
        let top = (m.saturating_sub(6)..m)
            .rev()
            .take_while(|&k| matches!(lines[k].kind, LineKind::Text | LineKind::Removed(_)))
            .filter(|&k| opens_box(&lines[k]))
            .last();
        for l in &mut lines[top.unwrap_or(m)..m] {
            if l.kind == LineKind::Text {
                l.kind = LineKind::Removed(Reason::Promotion);
            }
        }
    }
}

/// How many cells the tabs inside `raw` set apart (tabs that indent the
/// line do not count), or 0 when it has none inside.
fn tab_cells(raw: &str) -> usize {
    let inner = raw.trim();
    if memchr::memchr(b'\t', inner.as_bytes()).is_none() {
        return 0;
    }
    inner.split('\t').filter(|c| !c.trim().is_empty()).count()
}

/// The row `raw` holds, its cells set apart by " | ", when tabs set apart
/// three cells or more inside it.
fn tab_row(raw: &str) -> Option<String> {
    let inner = raw.trim();
    memchr::memchr(b'\t', inner.as_bytes())?;
    let cells: Vec<String> = (inner.split('\t'))
        .map(rules::squash)
        .filter(|c| !c.is_empty())
        .collect();
    (cells.len() >= 3).then(|| cells.join(" | "))
}

/// Whether a table's cell is a figure: a digit, and at most two letters
/// (a unit: "184", "5,2 %", "12 km", "3h").
fn figure_cell(c: &str) -> bool {
    c.chars().any(|ch| ch.is_ascii_digit())
        && c.chars().filter(|ch| ch.is_alphabetic()).count() <= 2
}

/// A table pasted from a document or a spreadsheet: two rows or more in a
/// row, each of the same number of cells (three or more) set apart by tabs
/// ("Maakunta\tKouluja\tOppilaita" / "Lappi\t5\t97"), and the short
/// line right over them that names it. Two cells are a list of fields and
/// their values ("BY\tJane Doe", "Datum\t03.10.2023"), read as such.
/// A table of figures (a third of its cells under the first row or more
/// are figures) is removed as a table: read as paragraphs, its rows would
/// be passages of bare figures. A table of words (a timetable's "Monday
/// to Thursday | 1 am | midnight", a comparison) is the article's: each
/// row is read as a paragraph of its own, its cells set apart by " | ",
/// as an HTML table's row is.
fn tab_tables(lines: &mut [Ln]) {
    let mut i = 0;
    while i < lines.len() {
        let cells = lines[i].tab.cells;
        let run = if cells >= 3 && lines[i].kind == LineKind::Text {
            lines[i..]
                .iter()
                .take_while(|l| l.tab.cells == cells && l.kind == LineKind::Text)
                .count()
        } else {
            0
        };
        if run >= 2 {
            let body = &lines[i + 1..i + run];
            let figures = (body.iter())
                .filter_map(|l| l.tab.row.as_deref())
                .flat_map(|r| r.split(" | "))
                .filter(|c| figure_cell(c))
                .count();
            if figures * 3 < body.len() * cells {
                for l in &mut lines[i..i + run] {
                    if let Some(row) = l.tab.row.clone() {
                        l.set_text(row);
                        l.list_item = true;
                    }
                }
                i += run;
                continue;
            }
            for l in &mut lines[i..i + run] {
                l.kind = LineKind::Removed(Reason::Table);
            }
            if let Some(t) = i.checked_sub(1)
                && lines[t].kind == LineKind::Text
                && lines[t].md_level.is_none()
                && lines[t].tab.cells == 0
                && lines[t].at_most(12)
                && !ends_sentence(&lines[t].text)
            {
                lines[t].kind = LineKind::Removed(Reason::Table);
            }
        }
        i += run.max(1);
    }
}

/// The text of a list item, drawn as Markdown, a converter or a browser
/// draws it ("-   Facebook", "• Sport"), or `None`.
fn item_text(l: &Ln) -> Option<&str> {
    if l.kind != LineKind::Text {
        return None;
    }
    if l.list_item {
        return Some(&l.text);
    }
    let t = l.text.as_str();
    let rest = t.strip_prefix(['-', '•', '*', '–', '·'])?;
    rest.starts_with(' ').then(|| rest.trim_start())
}

/// Lists a page prints under its article, copied with it: the topics under
/// their label ("Tag" / "- RUU Pemilu" / "- DPR"), removed as tags; share
/// buttons, three or more of them a network's name ("- Facebook" / "-
/// Twitter" / "- Line"), removed as a share row with their label
/// ("Bagikan artikel ini melalui"). Items of five words or fewer that end
/// no sentence; a list of the article's own (ingredients, names) has no
/// such label and no networks, and stays.
fn listed_tags_and_shares(lines: &mut [Ln]) {
    let mut i = 0;
    while i < lines.len() {
        let item = |l: &Ln| item_text(l).is_some_and(|t| at_most_words(t, 5) && !ends_sentence(t));
        let run = lines[i..].iter().take_while(|l| item(l)).count();
        if run < 2 {
            i += 1;
            continue;
        }
        let label = (0..i)
            .rev()
            .find(|&j| lines[j].kind != LineKind::Blank)
            .filter(|&j| lines[j].kind == LineKind::Text && at_most_words(&lines[j].text, 5))
            .filter(|&j| !ends_sentence(&lines[j].text) || lines[j].text.ends_with(':'));
        let networks = lines[i..i + run]
            .iter()
            .filter(|l| item_text(l).is_some_and(rules::share_network))
            .count();
        let short = lines[i..i + run]
            .iter()
            .all(|l| item_text(l).is_some_and(|t| at_most_words(t, 3)));
        let why = if networks >= 3 && short {
            Some(Reason::Share)
        } else if label.is_some_and(|j| super::furniture::tag_label(&lines[j].text)) {
            Some(Reason::Tags)
        } else {
            None
        };
        if let Some(why) = why {
            for l in &mut lines[i..i + run] {
                l.kind = LineKind::Removed(why);
            }
            if let Some(j) = label {
                lines[j].kind = LineKind::Removed(why);
            }
        }
        i += run;
    }
}

/// A pointer to another story ("Baca juga: …", "Read more: …") that a
/// hard wrap broke over lines: the one or two short lines under it, to the
/// paragraph's end, that end no sentence ("E-Voting"), go with it.
fn wrapped_related(lines: &mut [Ln]) {
    for i in 0..lines.len() {
        if !matches!(lines[i].kind, LineKind::Related(_)) || ends_sentence(&lines[i].text) {
            continue;
        }
        let tail = lines[i + 1..]
            .iter()
            .take(3)
            .take_while(|l| l.kind == LineKind::Text && l.md_level.is_none())
            .count();
        let end = i + tail;
        let closes = lines.get(end + 1).is_none_or(|l| l.kind == LineKind::Blank);
        if (1..=2).contains(&tail)
            && closes
            && lines[i].width >= 40
            && lines[i + 1..=end].iter().map(|l| l.words).sum::<usize>() <= 10
            && !ends_sentence(&lines[end].text)
        {
            for l in &mut lines[i + 1..=end] {
                l.kind = LineKind::Removed(Reason::Related);
            }
        }
    }
}

/// A page's topics as hashtags: a run of two lines or more that hold
/// only hashtags ("#Budapest" / "#HÉV" / "#metró"), or one line of two
/// or more set apart by blank lines ("#метро #транспорт"), or one line
/// of them right under a heading, over a blank line (a read-later
/// program's labels under the note's title, "#Omnivore"). Removed as tags. Hashtags ending a
/// paragraph's last line ("… All opinions are mine. " / "#Hydration #ad")
/// stay with it.
fn hashtag_rows(lines: &mut [Ln]) {
    let blank = |l: Option<&Ln>| l.is_none_or(|l| l.kind == LineKind::Blank);
    let tags = |l: &Ln| {
        if l.kind == LineKind::Text && l.md_level.is_none() && l.text.starts_with('#') {
            super::furniture::hashtags(&l.text)
        } else {
            0
        }
    };
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| tags(l) > 0).count();
        // A short label over the row ("Tags", "この記事の関連キーワード").
        let labelled = || {
            i.checked_sub(1).is_some_and(|p| {
                let l = &lines[p];
                l.kind == LineKind::Text
                    && at_most_words(&l.text, 4)
                    && unspaced_words(&l.text) <= 6
                    && !ends_sentence(&l.text)
                    && !l.text.trim_end().ends_with([',', ';'])
            })
        };
        // A read-later program's labels right under the note's heading
        // ("# Title" / "#Omnivore").
        let under_heading = || {
            i.checked_sub(1)
                .is_some_and(|p| lines[p].kind == LineKind::Text && lines[p].md_level.is_some())
        };
        let alone = run == 1
            && (tags(&lines[i]) >= 2
                && (blank(i.checked_sub(1).map(|p| &lines[p])) || labelled())
                && blank(lines.get(i + 1))
                || tags(&lines[i]) >= 3 && labelled()
                || under_heading() && blank(lines.get(i + 1)));
        if run >= 2 || alone {
            for l in &mut lines[i..i + run] {
                l.kind = LineKind::Removed(Reason::Tags);
            }
        }
        i += run.max(1);
    }
}

/// Whether `t` is a post's count alone ("41", "2.1K", "9,318", "1,2 mil."
/// not): one to three digits, groups of three after a separator, or one
/// decimal and a K or M. A year ("2024") is none.
fn engagement_count(t: &str) -> bool {
    let t = t.trim();
    let (num, suffix) = match t.strip_suffix(['K', 'k', 'M']) {
        Some(n) => (n.trim_end(), true),
        None => (t, false),
    };
    let mut groups = num.split([',', '.']);
    let head = groups.next().unwrap_or("");
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let rest: Vec<&str> = groups.collect();
    digits(head)
        && head.len() <= 3
        && match rest.as_slice() {
            [] => true,
            [d] if suffix => d.len() == 1 && digits(d),
            more => more.iter().all(|g| g.len() == 3 && digits(g)),
        }
}

/// The counts a social post shows under it (replies, reposts, likes,
/// views), copied one to a line: a run of two lines or more, each a count
/// alone. Removed as the post's share widget. One figure alone on a line
/// stays (a page number is told elsewhere).
fn engagement_counts(lines: &mut [Ln]) {
    // Small figures alone are taken for page numbers line by line.
    let count = |l: &Ln| {
        matches!(
            l.kind,
            LineKind::Text | LineKind::Removed(Reason::PageNumber)
        ) && l.md_level.is_none()
            && engagement_count(&l.text)
    };
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| count(l)).count();
        let texts = lines[i..i + run]
            .iter()
            .filter(|l| l.kind == LineKind::Text)
            .count();
        if run >= 2 && texts > 0 {
            for l in &mut lines[i..i + run] {
                l.kind = LineKind::Removed(Reason::Share);
            }
        }
        i += run.max(1);
    }
}

/// A promotion or a footer wrapped over two to four lines set apart by
/// blank lines, one of its lines told as such by itself and the others
/// not ("Bestens informiert mit SZ Plus – 4 Wochen kostenlos zur Probe
/// lesen. Jetzt be-" / "stellen unter: www.sz.de/szplus-testen"): read
/// whole, the lines are that furniture, and all of them go. So do the
/// lines a copyright notice goes on over ("© 2024 … This material may not
/// be" / "published …"), however long.
fn wrapped_furniture(lines: &mut [Ln]) {
    let mut i = 0;
    while i < lines.len() {
        if lines[i].kind == LineKind::Blank {
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| lines[j].kind == LineKind::Blank)
            .unwrap_or(lines.len());
        let run = &lines[i..end];
        let told = run.iter().find_map(|l| match l.kind {
            LineKind::Removed(r @ (Reason::Promotion | Reason::Footer | Reason::Email)) => Some(r),
            _ => None,
        });
        let texts = run
            .iter()
            .filter(|l| l.kind == LineKind::Text && l.md_level.is_none())
            .count();
        // A byline or a date over a promotion is the header's, no wrap.
        if let Some(r) = told
            && (2..=4).contains(&run.len())
            && texts > 0
            && !run.iter().any(|l| meta::stamp_line(&l.text))
        {
            let joined = join_lines(run.iter().map(|l| l.text.as_str()));
            let whole = at_most_words(&joined, 45)
                && rules::classify(&joined, None) == LineKind::Removed(r);
            // A copyright notice opening the lines and going on over the
            // next is one ("© Name/Agency" under a paragraph is a credit).
            let notice = |t: &str| t.contains('©') || t.to_lowercase().contains("rights reserved");
            let whole = whole
                || (run[0].kind == LineKind::Removed(r)
                    && notice(&run[0].text)
                    && !ends_sentence(&run[0].text)
                    && run[1].text.starts_with(char::is_lowercase));
            // Not that furniture whole, a line told by itself whose
            // sentence goes on in the next line ("Copyright: Lawyers for
            // the family said the photographs had been used" / "without
            // their consent …") is the paragraph's.
            let carried = |k: usize| {
                lines[k].kind == LineKind::Removed(r)
                    && !ends_sentence(&lines[k].text)
                    && lines.get(k + 1).is_some_and(|n| {
                        n.kind == LineKind::Text && n.text.starts_with(char::is_lowercase)
                    })
            };
            let back: Vec<usize> = if whole {
                Vec::new()
            } else {
                (i..end).filter(|&k| carried(k)).collect()
            };
            for k in back {
                lines[k].kind = LineKind::Text;
            }
            if whole {
                for l in &mut lines[i..end] {
                    if l.kind == LineKind::Text {
                        l.kind = LineKind::Removed(r);
                        l.md_level = None;
                    }
                }
            }
        }
        i = end;
    }
}

/// A page's foot wrapped over two to four lines ending the text, none of
/// them told by itself ("Agência Pública – Agência de Jornalismo
/// Investigativo. Todos os direitos" / "reservados."): read whole, the
/// lines are the foot, and all of them go.
fn wrapped_foot(lines: &mut [Ln]) {
    let Some(last) = lines.iter().rposition(|l| l.kind == LineKind::Text) else {
        return;
    };
    let goes_on = |k: usize| {
        k > 0 && lines[k - 1].kind == LineKind::Text && lines[k - 1].no + 1 == lines[k].no
    };
    let mut first = last;
    while last - first < 4 && goes_on(first) {
        first -= 1;
    }
    let run = &lines[first..=last];
    if !(2..=4).contains(&run.len()) || goes_on(first) || run.iter().any(|l| l.md_level.is_some()) {
        return;
    }
    let joined = join_lines(run.iter().map(|l| l.text.as_str()));
    if at_most_words(&joined, 45)
        && rules::classify(&joined, None) == LineKind::Removed(Reason::Footer)
    {
        for l in &mut lines[first..=last] {
            l.kind = LineKind::Removed(Reason::Footer);
        }
    }
}

/// A drop cap: the first letter of an article set large, which a copy
/// gives on a line of its own over the rest of the word ("T" / "he
/// morning after …") or set apart by a space ("T he morning …"). The
/// letter is put back. Set apart by a space, a letter that is a word by
/// itself in some language ("A", "I", "O", "Y", "В") is left alone.
fn drop_caps(lines: &mut [Ln]) {
    const WORDS: &str = "AIOYEÀWZVSKUÓВСКИАОУЯ";
    let text = |l: &Ln| l.kind == LineKind::Text && l.md_level.is_none();
    for i in 0..lines.len() {
        if !text(&lines[i]) {
            continue;
        }
        let mut chars = lines[i].text.chars();
        let (Some(c), second) = (chars.next(), chars.next()) else {
            continue;
        };
        if !c.is_uppercase() {
            continue;
        }
        let lower_next = |t: &str| t.starts_with(char::is_lowercase);
        if second.is_none()
            && let Some(next) = lines.get(i + 1)
            && text(next)
            && lower_next(&next.text)
            && written_elsewhere(lines, i + 1, c, &next.text)
        {
            let joined = format!("{c}{}", next.text);
            lines[i + 1].set_text(joined);
            lines[i].kind = LineKind::Removed(Reason::DropCap);
        } else if second == Some(' ')
            && !WORDS.contains(c)
            && lower_next(chars.as_str())
            && written_elsewhere(lines, i, c, chars.as_str())
        {
            let rest = chars.as_str().to_string();
            lines[i].set_text(format!("{c}{rest}"));
        }
    }
}

/// Whether the word a drop cap `c` makes with the start of `rest` (line
/// `i`) is written elsewhere in the text: "T he" gives "the"; "T cells"
/// gives no word the text writes, and stays.
fn written_elsewhere(lines: &[Ln], i: usize, c: char, rest: &str) -> bool {
    let Some(tail) = rest.split(|ch: char| !ch.is_alphabetic()).next() else {
        return false;
    };
    if tail.chars().count() < 2 {
        return false;
    }
    let word: String = std::iter::once(c)
        .chain(tail.chars())
        .flat_map(char::to_lowercase)
        .collect();
    lines.iter().enumerate().any(|(j, l)| {
        j != i
            && l.kind == LineKind::Text
            && l.text
                .split(|ch: char| !ch.is_alphabetic())
                .any(|w| w.len() == word.len() && w.to_lowercase() == word)
    })
}

/// A caption's line ending with the photographer's name in capitals
/// ("… el pasado 8 de mayo. JOAN SÁNCHEZ", see
/// [`rules::photographer_in_capitals`]), when what is under it starts
/// afresh: a blank line, or a line opening with a capital and not in
/// capitals. A line going on under it ("SPACE VIZZION" / "and the pads
/// light up") or a shout carried on ("GET OUT" / "THE VOTE!") stays.
fn names_in_capitals_under_captions(lines: &mut [Ln]) {
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Text || !rules::photographer_in_capitals(&lines[i].text) {
            continue;
        }
        let fresh = lines.get(i + 1).is_none_or(|n| match n.kind {
            LineKind::Text => {
                let first = n.text.split_whitespace().next().unwrap_or("");
                first.starts_with(char::is_uppercase) && first.chars().any(char::is_lowercase)
            }
            _ => true,
        });
        if fresh {
            lines[i].kind = LineKind::Removed(Reason::Caption);
        }
    }
}

/// Whether the removed line `i` ends a block of at most three lines set
/// apart by blank lines (a blank line or the text's edge over the block
/// and under line `i`).
fn set_apart_above(lines: &[Ln], i: usize) -> bool {
    let blank = |l: Option<&Ln>| l.is_none_or(|l| l.kind == LineKind::Blank);
    if !blank(lines.get(i + 1)) {
        return false;
    }
    let mut k = i;
    while k > 0 && lines[k - 1].kind == LineKind::Text && i - k < 3 {
        k -= 1;
    }
    k < i && blank(k.checked_sub(1).map(|p| &lines[p]))
}

/// A network's one-letter button ("X", "𝕏") alone on a line beside a
/// share button: a share button too. Alone elsewhere it stays (a list's
/// letter, a variable in a formula).
fn lone_share_letters(lines: &mut [Ln]) {
    let letter = |l: &Ln| {
        matches!(l.kind, LineKind::Text) && l.text.len() <= 6 && matches!(l.text.trim(), "X" | "𝕏")
    };
    let share = |l: &Ln| matches!(l.kind, LineKind::Removed(Reason::Share));
    for i in 0..lines.len() {
        if !letter(&lines[i]) {
            continue;
        }
        let above = lines[..i]
            .iter()
            .rev()
            .find(|l| !matches!(l.kind, LineKind::Blank));
        let below = lines[i + 1..]
            .iter()
            .find(|l| !matches!(l.kind, LineKind::Blank) && !letter(l));
        if above.is_some_and(share) || below.is_some_and(share) {
            lines[i].kind = LineKind::Removed(Reason::Share);
        }
    }
}

/// A picture's alt text over its caption, as a text browser draws them:
/// a line of 15 words or fewer that ends no sentence, and right under it
/// a line that opens with the same words and adds only a credit of six
/// words or fewer ("Busse Guovdageainnu guovddážis" / "Busse
/// Guovdageainnu guovddážis. Govva: Ávvir arkiiva"; a label's colon, a
/// bracket, a slash or ©). A heading over a paragraph that opens with
/// its words adds a sentence, not a credit.
fn alt_over_caption(lines: &mut [Ln]) {
    for i in 1..lines.len() {
        let (alt, caption) = (&lines[i - 1], &lines[i]);
        if alt.kind != LineKind::Text
            || caption.kind != LineKind::Text
            || alt.md_level.is_some()
            || !alt.at_most(15)
            || ends_sentence(&alt.text)
        {
            continue;
        }
        let Some(credit) = caption.text.trim().strip_prefix(alt.text.trim()) else {
            continue;
        };
        let credit = credit.trim_start_matches(['.', ',', ' ', '–', '-', '|']);
        let credited = !credit.is_empty()
            && at_most_words(credit, 6)
            && (credit.contains([':', '(', '/', '©']) || credit.starts_with("Photo"));
        if credited && credit.len() < caption.text.trim().len() {
            lines[i - 1].kind = LineKind::Removed(Reason::AltText);
            lines[i].kind = LineKind::Removed(Reason::Caption);
        }
    }
}

/// Image alt text: a standalone run of capitalised words before a credit,
/// or German in a text that is not (DW's English pages carry German alt
/// text; in a German article such a line is a byline or a heading).
fn alt_text_lines(lines: &mut [Ln]) {
    let mut german_text: Option<bool> = None;
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Text
            || lines[i].md_level.is_some()
            || !rules::alt_text_shape(&lines[i].text)
        {
            continue;
        }
        let prev_is_text =
            i > 0 && matches!(lines[i - 1].kind, LineKind::Text | LineKind::Split(..));
        if prev_is_text {
            continue;
        }
        let next = lines[i + 1..].iter().find(|l| l.kind != LineKind::Blank);
        let before_credit = next.is_some_and(|n| {
            matches!(
                n.kind,
                LineKind::Removed(Reason::Credit) | LineKind::Removed(Reason::Caption)
            ) && n.no == lines[i].no + 1
        });
        let next_is_text = lines
            .get(i + 1)
            .is_some_and(|n| matches!(n.kind, LineKind::Text));
        let german_alt = !next_is_text
            && rules::german_looking(&lines[i].text)
            && !*german_text.get_or_insert_with(|| in_german(lines));
        if before_credit || german_alt {
            lines[i].kind = LineKind::Removed(Reason::AltText);
        }
    }
}

fn context_rules(lines: &mut [Ln], print: bool, page: bool) {
    if !page {
        clipping_rules(lines, print);
        note_entries(lines);
    }

    pandoc_div_furniture(lines);
    drop_caps(lines);
    underlined_headings(lines);
    starred_headings(lines);
    if print && !page {
        running_lines(lines);
        email_parts(lines);
    }
    alt_text_lines(lines);
    alt_over_caption(lines);
    wire_lines(lines);
    agency_sign_off(lines);
    appeal_tail(lines);
    appeal_over_button(lines);
    teletype_envelope(lines);
    field_rows(lines);
    cookie_banner(lines);
    sign_up_forms(lines);
    paywall_box(lines);
    newsletter_box(lines);
    marked_boxes(lines);
    lone_share_letters(lines);
    names_in_capitals_under_captions(lines);
    wrapped_captions(lines);
    wrapped_credit_captions(lines);
    wrapped_furniture(lines);
    wrapped_foot(lines);
    hashtag_rows(lines);
    listed_tags_and_shares(lines);
    wrapped_related(lines);
    engagement_counts(lines);
    promotion_box_over_mark(lines);
    tab_tables(lines);
    captions_after_label(lines);
    link_under_related_heading(lines, page);
    // An agency's caption on a line of its own ("FILE - … (AP Photo/…)").
    for i in 0..lines.len() {
        let alone = |j: Option<&Ln>| j.is_none_or(|l| l.kind != LineKind::Text);
        if lines[i].kind == LineKind::Text
            && lines[i].md_level.is_none()
            && alone(i.checked_sub(1).map(|j| &lines[j]))
            && alone(lines.get(i + 1))
            && (super::credits::agency_caption(&lines[i].text)
                || named_credit_caption(&lines[i].text)
                || capitals_credit(&lines[i].text).is_some())
        {
            lines[i].kind = LineKind::Removed(Reason::Caption);
        }
    }
    bar_labels(lines);
    related_tail(lines);
    share_tail(lines);
    if print && !page {
        press_release(lines);
    }
    captions_under_images(lines, print);
    pull_quotes(lines);
    summary_box(lines);
    // "Original url:" labels the next URL line.
    for i in 0..lines.len() {
        if lines[i].kind == LineKind::UrlLabel(None)
            && let Some(j) = next_non_blank(lines, i)
            && matches!(lines[j].kind, LineKind::Url(_))
        {
            lines[j].labelled = true;
        }
    }
}

/// Whether `t` is a photo's caption closed by its credit in brackets, the
/// photographer's name and the outlet or agency set apart by a slash
/// ("… near the dam in May. (Jane Doe / Free Press files)", "(Ana Ruiz /
/// EFE)"): 40 words or fewer, the name two or three capitalised words, the
/// other side one to five words opening with a capital; no digit inside.
/// Read on a line of its own only.
fn named_credit_caption(t: &str) -> bool {
    let t = t.trim();
    let Some((before, inside)) = t.strip_suffix(')').and_then(|r| r.rsplit_once('(')) else {
        return false;
    };
    let Some((name, outlet)) = inside.split_once('/') else {
        return false;
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let names: Vec<&str> = name.split_whitespace().collect();
    let outlet: Vec<&str> = outlet.split_whitespace().collect();
    at_most_words(t, 40)
        && at_least_words(before, 3)
        && (2..=3).contains(&names.len())
        && names
            .iter()
            .all(|w| capital(w) && w.chars().all(char::is_alphabetic))
        && (1..=5).contains(&outlet.len())
        && capital(outlet[0])
        && !inside.chars().any(|c| c.is_ascii_digit())
        && inside.matches('/').count() == 1
}

/// What a toolbar leaves in a selection copied across it: a bar and a
/// button's label of one or two words on a line of their own ("| Updates",
/// "| Print"), ending no sentence. A table's row has bars between cells
/// and at its end; it stays.
fn bar_labels(lines: &mut [Ln]) {
    for l in lines.iter_mut() {
        if l.kind != LineKind::Text || l.md_level.is_some() {
            continue;
        }
        let Some(rest) = l.text.trim().strip_prefix('|') else {
            continue;
        };
        let rest = rest.trim();
        if !rest.is_empty()
            && !rest.contains('|')
            && at_most_words(rest, 2)
            && rest.starts_with(char::is_alphabetic)
            && !ends_sentence(rest)
            && !rest.ends_with(['?', '!', ':'])
        {
            l.kind = LineKind::Removed(Reason::Navigation);
        }
    }
}

/// A note of entries set apart by rules ("----", "***"), as a notes app
/// appends what is shared into one file (a quick note, a journal): when
/// one entry is an article and the others are a reader's jottings, the
/// jottings are the reader's notes. An article's entry holds three lines
/// of text or more that end a sentence, each of 20 words or more; a
/// jotting's entry at most 40 words, none of its lines ending a sentence
/// (a to-do, a link with a word on it, a heading). Three entries at
/// least, one article among them; or two, the reader's note over the
/// article ([`notes_over_a_paste`]). An article in parts set apart by
/// rules, or a live page's entries of sentences, stays whole.
fn note_entries(lines: &mut [Ln]) {
    const MIN_ENTRIES: usize = 3;
    let rule = |l: &Ln| l.kind == LineKind::Removed(Reason::Separator);
    if lines.iter().filter(|l| rule(l)).count() + 1 < 2 {
        return;
    }
    let mut entries = Vec::new();
    let mut start = 0;
    for (i, l) in lines.iter().enumerate() {
        if rule(l) {
            entries.push(start..i);
            start = i + 1;
        }
    }
    entries.push(start..lines.len());
    let text = |l: &&Ln| l.kind == LineKind::Text;
    let article = |r: &std::ops::Range<usize>| {
        lines[r.clone()]
            .iter()
            .filter(text)
            .filter(|l| l.words >= 20 && ends_sentence(&l.text))
            .count()
            >= 3
    };
    let jotting = |r: &std::ops::Range<usize>| {
        let mut words = 0;
        lines[r.clone()].iter().filter(text).all(|l| {
            words += l.words;
            !ends_sentence(&l.text)
        }) && words <= 40
    };
    let articles: Vec<usize> = (0..entries.len())
        .filter(|&e| article(&entries[e]))
        .collect();
    let [at] = articles[..] else {
        return;
    };
    // Two entries: a reader's note over the article pasted under it.
    let two = entries.len() == 2 && at == 1 && notes_over_a_paste(&lines[entries[0].clone()]);
    let jotted =
        entries.len() >= MIN_ENTRIES && (0..entries.len()).all(|e| e == at || jotting(&entries[e]));
    if !two && !jotted {
        return;
    }
    for (e, r) in entries.into_iter().enumerate() {
        if e == at {
            continue;
        }
        for l in &mut lines[r] {
            if !matches!(l.kind, LineKind::Blank | LineKind::Removed(_)) {
                l.kind = LineKind::Removed(Reason::ReaderNote);
            }
        }
    }
}

/// A reader's own note over an article pasted under a rule (an analyst's
/// note in a notes app: a heading, bullet points, where the article comes
/// from, then "---" and the article): two list items or more, an address
/// of the source, and no line of text over 20 words. The header of an
/// article over a rule (a headline, a byline, a date) has neither list
/// nor address, and stays.
fn notes_over_a_paste(head: &[Ln]) -> bool {
    let text = |l: &&Ln| l.kind == LineKind::Text;
    let items = head.iter().filter(text).filter(|l| l.list_item).count();
    let address = head.iter().any(|l| l.text.contains("://"));
    let words: usize = head.iter().filter(text).map(|l| l.words).sum();
    items >= 2 && address && words <= 150 && head.iter().filter(text).all(|l| l.at_most(20))
}

/// A clipping's frame (its header, source line and the compiler's note;
/// `print`: not in a page's HTML) and a plain text's list marks
/// ([`super::clipping`]).
fn clipping_rules(lines: &mut [Ln], print: bool) {
    use super::clipping::{self, Kind};
    let kinds: Vec<(Kind, &str)> = lines
        .iter()
        .map(|l| {
            let kind = match l.kind {
                LineKind::Text => Kind::Text,
                LineKind::Blank => Kind::Blank,
                LineKind::Removed(Reason::Separator) => Kind::Rule,
                // A source line another rule took for a credit.
                LineKind::Removed(_) if clipping::source_line(&l.text) => Kind::Text,
                _ => Kind::Other,
            };
            (kind, l.text.as_str())
        })
        .collect();
    let gone = if print {
        clipping::frame(&kinds)
    } else {
        Vec::new()
    };
    let items = clipping::plain_list_items(&kinds);
    for (i, why) in gone {
        lines[i].kind = LineKind::Removed(why);
        lines[i].md_level = None;
    }
    for (i, at) in items {
        let l = &mut lines[i];
        l.text = l.text[at..].to_string();
        l.list_item = true;
        l.words = l.words.saturating_sub(1);
    }
}

/// The lines of text inside Pandoc's divisions named for a page's
/// furniture ([`super::pandoc_divs`]), removed as that furniture.
fn pandoc_div_furniture(lines: &mut [Ln]) {
    let fence =
        |l: &Ln| l.kind == LineKind::Removed(Reason::Markup) && rules::pandoc_fence(&l.text);
    if !lines.iter().any(fence) {
        return;
    }
    let fences: Vec<Option<&str>> = lines
        .iter()
        .map(|l| fence(l).then_some(l.text.as_str()))
        .collect();
    let reasons = super::pandoc_divs::furniture(&fences);
    for (l, r) in lines.iter_mut().zip(reasons) {
        if let Some(r) = r
            && l.kind == LineKind::Text
        {
            l.kind = LineKind::Removed(r);
            l.md_level = None;
        }
    }
}

/// A row of two fields or more over a text from an editorial system or an
/// archive ("Набор: Т.С.   Корр.: Н.Ж.   Сдано: 13.10.2027 18:40",
/// "Ressort: Politik  Seite: 3  Stand: 14:02"): each a label of one word
/// with a capital, a colon, a short value. Among a text's first eight
/// lines it is removed as the system's fields, and so is a field alone
/// on a line right above or under it ("Рубрика: ГОРОД"). A sentence with
/// colons in it is none ("Warning: heavy rain: stay home").
fn field_rows(lines: &mut [Ln]) {
    let top = lines.len().min(8);
    for i in 0..top {
        if lines[i].kind != LineKind::Text
            || memchr::memchr_iter(b':', lines[i].text.as_bytes()).count() < 2
            || !field_row(&lines[i].text)
        {
            continue;
        }
        lines[i].kind = LineKind::Removed(Reason::DatabaseField);
        for j in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
            if lines.get(j).is_some_and(|l| {
                l.kind == LineKind::Text && field_pairs(&l.text).is_some_and(|v| v.len() == 1)
            }) {
                lines[j].kind = LineKind::Removed(Reason::DatabaseField);
            }
        }
    }
}

/// The words of each value of a line of "Label: value" fields, when the
/// whole line is such fields: each label one word with a capital (a dot
/// may close it, "Корр.:"), each value at most three words.
fn field_pairs(t: &str) -> Option<Vec<usize>> {
    static LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?:^|\s)\p{Lu}[\p{L}.]{1,15}:\s").expect("regex")
    });
    let labels: Vec<(usize, usize)> = LABEL.find_iter(t).map(|m| (m.start(), m.end())).collect();
    if labels.first().is_none_or(|l| l.0 != 0) {
        return None;
    }
    let mut words = Vec::with_capacity(labels.len());
    for (k, &(_, end)) in labels.iter().enumerate() {
        let stop = labels.get(k + 1).map_or(t.len(), |next| next.0);
        let n = t[end..stop].split_whitespace().count();
        if n == 0 || n > 3 {
            return None;
        }
        words.push(n);
    }
    Some(words)
}

/// Whether a line is a row of two to six fields: three or more, or two
/// whose values have two words or fewer each ("Update: The minister
/// resigned. Reaction: none" is a sentence's).
fn field_row(t: &str) -> bool {
    field_pairs(t)
        .is_some_and(|v| (2..=6).contains(&v.len()) && (v.len() >= 3 || v.iter().all(|&n| n <= 2)))
}

/// A wire story as a teletype feed sends it (IPTC 7901): "ZCZC…" opens
/// it, over lines of routing codes ("XCI25071006104_SXA_QBXB", "R CRO S0A
/// QBXB"), and "NNNN" closes it, under the desk's initials and the time
/// sent ("BEN-GU", "12-MAR-25 17:42"). The marks and the lines of codes
/// next to them (no small letters, at most six words) are removed as the
/// feed's fields; the first line with a small letter ends each run.
/// (`super::wire` reads the marks and slugs of the formats it knows line by
/// line; the routing codes around a mark are told only by where they are.)
fn teletype_envelope(lines: &mut [Ln]) {
    let code = |l: &Ln| {
        l.kind == LineKind::Text
            && l.words <= 6
            && !l.text.chars().any(char::is_lowercase)
            && l.text.chars().any(|c| c.is_ascii_alphanumeric())
    };
    let written = |l: &Ln| l.kind != LineKind::Blank;
    if let Some(top) = lines.iter().position(written)
        && lines[top].text.starts_with("ZCZC")
    {
        lines[top].kind = LineKind::Removed(Reason::DatabaseField);
        for l in &mut lines[top + 1..] {
            if !code(l) {
                break;
            }
            l.kind = LineKind::Removed(Reason::DatabaseField);
        }
    }
    if let Some(end) = lines.iter().rposition(written)
        && lines[end].text == "NNNN"
    {
        lines[end].kind = LineKind::Removed(Reason::DatabaseField);
        for l in lines[..end].iter_mut().rev().filter(|l| written(l)) {
            if !code(l) || l.words > 4 {
                break;
            }
            l.kind = LineKind::Removed(Reason::DatabaseField);
        }
    }
}

/// The other paragraphs of a cookie notice, next to a line the rules
/// took for one: a consent banner says what it asks in several paragraphs
/// ("With your permission we and our partners may use precise geolocation
/// data …", "Please note that some processing of your personal data may
/// not require your consent …"), and only one may match a notice's
/// pattern. A paragraph next to it (blank lines between) is the notice's
/// when the site speaks in it, as "we" or to "you", of at least two of
/// consent, personal data, partners, preferences, privacy, processing and
/// the like (see [`consent_talk`]). An article's paragraph about privacy
/// law does not speak so, or stands apart from the notice.
fn cookie_banner(lines: &mut [Ln]) {
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Removed(Reason::Cookies) {
            continue;
        }
        for dir in [1isize, -1] {
            let mut j = i;
            loop {
                let next = if dir > 0 {
                    next_non_blank(lines, j)
                } else {
                    (0..j).rev().find(|&k| lines[k].kind != LineKind::Blank)
                };
                let Some(k) = next.filter(|&k| {
                    lines[k].kind == LineKind::Text
                        && lines[k].md_level.is_none()
                        && lines[k].words <= 120
                        && consent_talk(&lines[k].text)
                }) else {
                    break;
                };
                lines[k].kind = LineKind::Removed(Reason::Cookies);
                j = k;
            }
        }
    }
}

/// Whether `t` is the site speaking as "we" or to the reader as "you"
/// (see [`super::furniture::speaker_word`]) of two things a consent banner
/// asks about or more.
fn consent_talk(t: &str) -> bool {
    let lower = t.to_lowercase();
    let talks = super::furniture::CONSENT_WORDS
        .iter()
        .filter(|w| lower.contains(*w))
        .take(2)
        .count()
        == 2;
    talks
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(super::furniture::speaker_word)
}

/// An outlet's appeal to its readers at the end of the text, below the
/// article: from an opener ("A Message from The Moscow Times:", "Dear
/// readers,") to the end, every line is the outlet speaking as "we" or to
/// "you", a button of a donation form ("Monthly", "Remind me later."), or
/// already removed; and some line asks for support, money or membership.
/// Removed as promotion. An appeal of more than 200 words, or one with no
/// paragraph of 15 words or more above it, is left alone: that is an
/// article (an editor's letter), not furniture under one.
fn appeal_tail(lines: &mut [Ln]) {
    let mut start = None;
    let (mut words, mut asks) = (0usize, false);
    for i in (0..lines.len()).rev() {
        let l = &lines[i];
        // An appeal line the line rules removed asks too.
        asks |= l.kind == LineKind::Removed(Reason::Promotion);
        if matches!(l.kind, LineKind::Blank | LineKind::Removed(_)) {
            continue;
        }
        let opener = l.kind == LineKind::Text && super::furniture::appeal_opener(&l.text);
        if opener {
            start = Some(i);
        } else if l.kind != LineKind::Text
            || l.md_level.is_some()
            || !super::furniture::appeal_line(&l.text)
        {
            break;
        }
        words += rules::word_count(&l.text);
        asks |= super::furniture::asks(&l.text);
    }
    let Some(start) = start else { return };
    let article_above = lines[..start]
        .iter()
        .any(|l| l.kind == LineKind::Text && l.at_least(15));
    if !asks || words > 200 || !article_above {
        return;
    }
    remove_text_lines(&mut lines[start..], Reason::Promotion);
}

/// An outlet's appeal with no opener, told by its button at the very end
/// of the text ("Jetzt unterstützen", "Support us", "Donate now": four
/// words or fewer that ask, no colon, no sentence end). Above the button
/// stands one paragraph of at most 120 words, without quotation marks, in
/// which the outlet speaks as "we" or to "you" and asks for support; above
/// that may stand the appeal's short title, alone between blank lines
/// ("taz zahl ich"). All of it is removed as promotion when 30 words of
/// text or more stand above it. A quoted plea that ends an article
/// ("“We need your support,” she said.") stays.
fn appeal_over_button(lines: &mut [Ln]) {
    let text = |l: &Ln| l.kind == LineKind::Text && l.md_level.is_none();
    let filled = |l: &Ln| !matches!(l.kind, LineKind::Blank | LineKind::Removed(_));
    // The line rules may have taken the button already.
    let taken = |l: &Ln| l.kind == LineKind::Removed(Reason::Promotion);
    let Some(button) = lines.iter().rposition(|l| filled(l) || taken(l)) else {
        return;
    };
    let b = lines[button].text.trim();
    let is_button = (text(&lines[button]) || taken(&lines[button]))
        && lines[button].at_most(4)
        && b.chars().count() <= 32
        && !b.contains(':')
        && !b.ends_with(['.', '?', '!'])
        && super::furniture::asks(b);
    if !is_button {
        return;
    }
    let Some(last) = lines[..button].iter().rposition(filled) else {
        return;
    };
    // The paragraph's lines, up from its last, while they stay within 120
    // words (a longer one is no plea).
    let mut first = last + 1;
    let mut words = 0;
    while first > 0 && text(&lines[first - 1]) {
        words += rules::words_up_to(&lines[first - 1].text, 121);
        if words > 120 {
            return;
        }
        first -= 1;
    }
    let plea = lines[first..=last]
        .iter()
        .map(|l| l.text.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let quoted = plea.contains(['"', '“', '”', '„', '«', '»']);
    let speaks = plea
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| super::furniture::speaker_word(&w.to_lowercase()));
    if first > last || quoted || !speaks || !super::furniture::asks(&plea) {
        return;
    }
    // The appeal's title, alone above it.
    let mut start = first;
    let above = lines[..first].iter().rposition(filled);
    if let Some(t) = above.filter(|&t| {
        let alone = t == 0 || lines[t - 1].kind == LineKind::Blank;
        text(&lines[t]) && alone && lines[t].at_most(4) && !rules::ends_sentence(&lines[t].text)
    }) {
        start = t;
    }
    // Lines of text above, hard-wrapped or not: 30 words at least.
    let article_above = lines[..start]
        .iter()
        .filter(|l| l.kind == LineKind::Text)
        .map(|l| rules::word_count(&l.text))
        .sum::<usize>()
        >= 30;
    if article_above {
        remove_text_lines(&mut lines[start..=button], Reason::Promotion);
    }
}

/// A heading underlined in plain text, as Markdown's setext headings are
/// ("Amsterdam halveert vakantieverhuur" / "=================="): a line
/// of 25 words or fewer with no text right above it, over a rule of "="
/// or "-" about as long as it. It is a heading ("=" of the first level,
/// "-" of the second), not text the next lines run on from.
fn underlined_headings(lines: &mut [Ln]) {
    for i in 0..lines.len().saturating_sub(1) {
        let rule = lines[i + 1].text.trim();
        let Some(mark) = rule.chars().next().filter(|c| matches!(c, '=' | '-')) else {
            continue;
        };
        let width = lines[i].text.trim().chars().count();
        let long = rule.chars().count();
        let underlines = lines[i + 1].kind == LineKind::Removed(Reason::Separator)
            && rule.chars().all(|c| c == mark)
            && long * 10 >= width * 6
            && long * 10 <= width * 14;
        let alone = i == 0 || !matches!(lines[i - 1].kind, LineKind::Text | LineKind::Split(..));
        if underlines
            && alone
            && lines[i].kind == LineKind::Text
            && lines[i].md_level.is_none()
            && lines[i].at_most(25)
        {
            lines[i].md_level = Some(if mark == '=' { 1 } else { 2 });
        }
    }
}

/// A heading between runs of asterisks, as `html2text` (Debian's, the
/// text view of many mail programs) writes headings: "****** Title
/// ******" for the first level down to "** Title **" for the fifth; the
/// same number on each side, or the first line opening with the run and
/// the next one closing it (a heading wrapped over two lines). Each line
/// keeps its words as a heading of that level; a page's label set so
/// ("***** विज्ञापन *****") goes as [`heading_kind`] says.
fn starred_headings(lines: &mut [Ln]) {
    // The run of two to six asterisks opening or closing `t`, set apart
    // from its words by a space.
    fn opening(t: &str) -> Option<usize> {
        let n = t.len() - t.trim_start_matches('*').len();
        ((2..=6).contains(&n) && t[n..].starts_with(' ')).then_some(n)
    }
    fn closing(t: &str) -> Option<usize> {
        let n = t.len() - t.trim_end_matches('*').len();
        ((2..=6).contains(&n) && t[..t.len() - n].ends_with(' ')).then_some(n)
    }
    let plain = |l: &Ln| l.kind == LineKind::Text && l.md_level.is_none();
    let mut i = 0;
    while i < lines.len() {
        // Looked for only on lines opening with the run (html2text sets
        // headings flush left).
        if !lines[i].text.starts_with("**") {
            i += 1;
            continue;
        }
        let t = lines[i].text.trim();
        let Some(n) = opening(t).filter(|_| plain(&lines[i])) else {
            i += 1;
            continue;
        };
        let level = Some(7 - n);
        if closing(t) == Some(n) && t.len() > 2 * n + 1 {
            let inner = t[n..t.len() - n].trim().to_string();
            lines[i].kind = heading_kind(&inner);
            lines[i].set_text(inner);
            lines[i].md_level = level.filter(|_| lines[i].kind == LineKind::Text);
            i += 1;
            continue;
        }
        let next = lines.get(i + 1).map(|l| l.text.trim());
        let wrapped = next.is_some_and(|u| opening(u).is_none() && closing(u) == Some(n));
        if wrapped && plain(&lines[i + 1]) {
            let head = t[n..].trim().to_string();
            let u = lines[i + 1].text.trim();
            let tail = u[..u.len() - n].trim().to_string();
            lines[i].set_text(head);
            lines[i + 1].set_text(tail);
            lines[i].md_level = level;
            lines[i + 1].md_level = level;
            i += 2;
            continue;
        }
        i += 1;
    }
}

/// A newsletter's sign-up form inside or under the article, told by its
/// button or e-mail field alone on a line ("Anmelden", "S’inscrire",
/// "E-Mail-Adresse"), below the first paragraph of 30 words: with it go
/// up to four short lines right above it that end no sentence or speak of
/// signing up, or that the line rules took as its pitch (the newsletter's
/// name, "Chaque matin, retrouvez notre sélection …", "Jetzt kostenlos
/// abonnieren."), and the form's other
/// buttons, fields and consent line right under it. Removed as promotion.
fn sign_up_forms(lines: &mut [Ln]) {
    let Some(first_long) = lines
        .iter()
        .position(|l| l.kind == LineKind::Text && l.at_least(30))
    else {
        return;
    };
    let anchor = |l: &Ln| {
        matches!(l.kind, LineKind::Text | LineKind::Removed(_))
            && l.at_most(3)
            && super::furniture::sign_up_anchor(&l.text)
    };
    let mut i = first_long + 1;
    while i < lines.len() {
        if !anchor(&lines[i]) {
            i += 1;
            continue;
        }
        let mut start = i;
        while start > first_long + 1 && i - start < 4 {
            let l = &lines[start - 1];
            let ends = l
                .text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '»', '”', ':']);
            let short = l.kind == LineKind::Text && l.at_most(25);
            // The form's pitch, which the line rules took already (as
            // promotion or a newsletter's footer), is passed over to its
            // heading ("Get the Evening Digest" / "Sign up for our daily
            // newsletter …" / "Enter your email").
            let pitch = matches!(
                l.kind,
                LineKind::Removed(Reason::Promotion | Reason::Footer)
            );
            if !(pitch || short && (!ends || super::furniture::sign_up_words(&l.text))) {
                break;
            }
            start -= 1;
        }
        let mut end = i + 1;
        while end < lines.len()
            && (anchor(&lines[end])
                || lines[end].kind == LineKind::Text
                    && super::furniture::sign_up_consent(&lines[end].text))
        {
            end += 1;
        }
        remove_text_lines(&mut lines[start..end], Reason::Promotion);
        i = end;
    }
}

/// Takes the lines of text in `lines` out, for `why` (a box's lines that
/// other rules left).
fn remove_text_lines(lines: &mut [Ln], why: Reason) {
    for l in lines {
        if l.kind == LineKind::Text {
            l.kind = LineKind::Removed(why);
            l.md_level = None;
        }
    }
}

/// A news agency's message as its wire delivers it (see [`super::wire`]):
/// its start and end marks and slug are fields of the wire; an update's
/// note and the reporter's contact in double brackets, over as many lines
/// as their brackets run, are the agency's.
fn wire_lines(lines: &mut [Ln]) {
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        if l.kind != LineKind::Text || l.md_level.is_some() {
            i += 1;
            continue;
        }
        let t = l.text.trim();
        if super::wire::mark_or_slug(t) {
            lines[i].kind = LineKind::Removed(Reason::DatabaseField);
            i += 1;
            continue;
        }
        // The text lines right under it, up to three (on the stack: this
        // runs for every line of text).
        let mut next = [""; 3];
        let mut n = 0;
        for l in lines[i + 1..].iter().take(3) {
            if l.kind != LineKind::Text {
                break;
            }
            next[n] = l.text.trim();
            n += 1;
        }
        let next = &next[..n];
        let taken = super::wire::update_note(t, next)
            .map(|n| (n, Reason::DatabaseField))
            .or_else(|| super::wire::contact(t, next).map(|n| (n, Reason::Trailer)));
        let Some((n, why)) = taken else {
            i += 1;
            continue;
        };
        remove_text_lines(&mut lines[i..=i + n], why);
        i += n + 1;
    }
}

/// The agency's name in capitals a dash sets before it, alone on its
/// line: "-- BERNAMA", "—AFP", "-- XINHUA --", "– ANTARA NEWS".
static SIGN_OFF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^[-–—]{1,3}\s*(\p{Lu}[\p{Lu}.&]{1,15}(?: \p{Lu}[\p{Lu}.&]{1,15})?)\s*[-–—]{0,3}$",
    )
    .expect("regex")
});

/// Lines a sign-off's agency may print under it, at most.
const SIGN_OFF_FOOT: usize = 12;

/// A news agency's sign-off under its story ("-- BERNAMA", "—AFP"): the
/// mark goes as the agency's trailer. The lines under it, up to the text's
/// end, go as the agency's footer when each is its own: a line opening
/// with the agency's name as the mark writes it ("BERNAMA provides …"), a
/// label (six words or fewer ending in ':', "Follow us on social
/// media:"), or a network's handles ("Facebook : @agency, @agencytv"). Text of any
/// other kind under it (the next story, opened by its dateline) is left
/// as it is; so is a mark with more than [`SIGN_OFF_FOOT`] lines under it,
/// or one that is a list's item ("- USA", or under a line led by a dash).
fn agency_sign_off(lines: &mut [Ln]) {
    let Some(i) = (0..lines.len()).rev().find(|&i| {
        lines[i].kind == LineKind::Text
            && lines[i].md_level.is_none()
            && !lines[i].list_item
            && lines[i].at_most(4)
            && SIGN_OFF.is_match(lines[i].text.trim())
    }) else {
        return;
    };
    // A mark closes prose: a line over it led by a dash is a list's
    // ("- UK" / "- EU").
    let over = (0..i).rev().find(|&j| lines[j].kind != LineKind::Blank);
    if over.is_some_and(|j| {
        lines[j]
            .text
            .trim_start()
            .starts_with(['-', '–', '—', '•', '*'])
    }) {
        return;
    }
    let Some(name) = SIGN_OFF
        .captures(lines[i].text.trim())
        .map(|c| c[1].to_string())
    else {
        return;
    };
    let own = |t: &str| {
        let t = t.trim();
        let named = t
            .strip_prefix(name.as_str())
            .is_some_and(|r| r.is_empty() || r.starts_with(|c: char| !c.is_alphanumeric()));
        let label = t.ends_with(':') && at_most_words(t.trim_end_matches([':', ' ']), 6);
        let handles = t.split_once(':').is_some_and(|(net, rest)| {
            at_most_words(net, 2)
                && !net.trim().is_empty()
                && rest.split(',').all(|h| h.trim().starts_with('@'))
        });
        named || label || handles
    };
    let below: Vec<usize> = (i + 1..lines.len())
        .filter(|&j| {
            lines[j].kind != LineKind::Blank && !matches!(lines[j].kind, LineKind::Removed(_))
        })
        .collect();
    if below.len() > SIGN_OFF_FOOT {
        return;
    }
    lines[i].kind = LineKind::Removed(Reason::Trailer);
    if !below
        .iter()
        .all(|&j| lines[j].kind == LineKind::Text && own(&lines[j].text))
    {
        return;
    }
    for j in below {
        lines[j].kind = LineKind::Removed(Reason::Footer);
        lines[j].md_level = None;
    }
}

/// A box a page marks for screen readers at both ends ("skip past
/// newsletter promotion" … "after newsletter promotion", "Skip
/// advertisement" … "End of advertisement"): the lines between the two
/// marks, at most twelve, go with them as promotion.
fn marked_boxes(lines: &mut [Ln]) {
    // What "skip past the …" names, in one or two words.
    let opens = |t: &str| {
        let t = t.trim();
        if !t.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("skip ")) {
            return None;
        }
        let t = t.to_lowercase();
        let rest = t.strip_prefix("skip ")?;
        let rest = rest
            .strip_prefix("past ")
            .or_else(|| rest.strip_prefix("over "))
            .unwrap_or(rest);
        let what = rest.strip_prefix("the ").unwrap_or(rest).to_string();
        let words = what.split_whitespace().count();
        ((1..=2).contains(&words) && what.chars().all(|c| c.is_alphabetic() || c == ' '))
            .then_some(what)
    };
    let mut i = 0;
    while i < lines.len() {
        let Some(what) = lines[i].at_most(5).then(|| opens(&lines[i].text)).flatten() else {
            i += 1;
            continue;
        };
        let closes = |t: &str| {
            let t = t.trim().to_lowercase();
            t == format!("after {what}") || t == format!("end of {what}")
        };
        let end = (i + 1..lines.len().min(i + 14)).find(|&j| closes(&lines[j].text));
        let Some(end) = end else {
            i += 1;
            continue;
        };
        remove_text_lines(&mut lines[i..=end], Reason::Promotion);
        i = end + 1;
    }
}

/// A newsletter's box whose button a reader view dropped ("Newsletter" /
/// "Was jetzt? – Der tägliche Morgenüberblick" / "Das Wichtigste … werktags
/// um 6 Uhr." / "Mit meiner Anmeldung nehme ich … die
/// Datenschutzerklärung zur Kenntnis." / "Vielen Dank! Wir haben Ihnen
/// eine E-Mail geschickt."): a line naming a newsletter in three words or
/// fewer, then up to seven short lines with no blank line between, one of
/// them the form's consent or what it says once sent. Removed whole as
/// promotion.
fn newsletter_box(lines: &mut [Ln]) {
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        let heading = matches!(l.kind, LineKind::Text | LineKind::Removed(_))
            && l.at_most(3)
            && !ends_sentence(&l.text)
            && super::furniture::sign_up_words(&l.text);
        if !heading {
            i += 1;
            continue;
        }
        let run = lines[i + 1..]
            .iter()
            .take(7)
            .take_while(|n| n.kind != LineKind::Blank && n.at_most(25))
            .count();
        let form = lines[i + 1..=i + run].iter().any(|n| {
            super::furniture::sign_up_consent(&n.text)
                || super::furniture::sign_up_confirmation(&n.text)
        });
        let ends = lines
            .get(i + run + 1)
            .is_none_or(|n| n.kind == LineKind::Blank);
        if form && ends {
            remove_text_lines(&mut lines[i..=i + run], Reason::Promotion);
        }
        i += run + 1;
    }
}

/// A paywall's box where the text is cut ("Dit artikel is exclusief voor
/// abonnees" / "Lees alle artikels op standaard.be en in de app" / "Eerste
/// maand gratis, daarna € 25,99/maand" / "Word abonnee" / "Ben je al
/// abonnee? Meld je aan"): from a paywall's note, the short lines under it
/// (12 words or fewer) up to the last that speaks of subscribing or signing
/// in, within eight lines. Removed as promotion; the note marks the text
/// as cut off.
fn paywall_box(lines: &mut [Ln]) {
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        let note = matches!(l.kind, LineKind::Text | LineKind::Removed(_))
            && l.at_most(15)
            && super::truncation::paywall(&l.text);
        if !note {
            i += 1;
            continue;
        }
        let mut last = i;
        for (j, l) in lines.iter().enumerate().skip(i + 1).take(8) {
            if l.kind == LineKind::Blank {
                continue;
            }
            // A longer line is the box's when it is a paywall's own words
            // ("Chcete číst dál? Předplatné … vám za 239 Kč měsíčně
            // zpřístupní všechny články …").
            let offer = l.at_most(30) && super::truncation::paywall(&l.text);
            if !l.at_most(12) && !offer {
                break;
            }
            if offer || super::furniture::sign_up_words(&l.text) {
                last = j;
            }
        }
        remove_text_lines(&mut lines[i..=last], Reason::Promotion);
        i = last + 1;
    }
}

/// Lines that may be pull quotes (see [`pull_quotes`]): below the first
/// line of 30 words, opening as a sentence does, a whole paragraph (the
/// line above ends one or is none, the line under it opens one or is
/// none: a line of a wrapped paragraph is neither), not in title case, of
/// 6 to 40 words.
fn pull_quote_candidates(lines: &[Ln]) -> Vec<usize> {
    let Some(first_long) = lines
        .iter()
        .position(|l| l.kind == LineKind::Text && l.at_least(30))
    else {
        return Vec::new();
    };
    // A line that opens as a sentence does (a line of a paragraph in one
    // line or in a block of its own).
    let opens = |t: &str| {
        t.trim_start()
            .starts_with(|c: char| c.is_uppercase() || "\"“„«‘'".contains(c))
    };
    // A whole paragraph: the line above ends one (or is none), the line
    // under it opens one (or is none); a line of a wrapped paragraph is
    // neither.
    let alone = |i: usize| {
        let text = |j: usize| lines[j].kind == LineKind::Text;
        (i == 0 || !text(i - 1) || ends_sentence(&lines[i - 1].text))
            && lines
                .get(i + 1)
                .is_none_or(|n| n.kind != LineKind::Text || opens(&n.text))
    };
    (first_long + 1..lines.len())
        .filter(|&i| {
            lines[i].kind == LineKind::Text
                && opens(&lines[i].text)
                && lines[i].at_least(6)
                && lines[i].at_most(40)
                && alone(i)
                && !title_case(&lines[i].text)
        })
        .collect()
}

/// Pull quotes: a line of 6 to 40 words opening as a sentence does, not
/// in title case, below a line of 30 words or more, whose wording stands
/// inside another, longer line of the text: the article's words set again
/// in large type. Either the line under it names the speaker ("Priya
/// Lodhia, London borough housing lead", "— Priya Lodhia"), and goes too,
/// or the words are of a line above and eight or more; the line quoted is
/// at most twelve lines away. A short paragraph
/// that no other line repeats stays; so does a headline repeated in the
/// first paragraph (nothing long stands above it), a subheading in title
/// case, and a subheading quoting the paragraph under it.
fn pull_quotes(lines: &mut [Ln]) {
    /// How many lines away from the paragraph it quotes a pull quote
    /// stands, at most.
    const PULL_QUOTE_REACH: usize = 12;
    let candidates = pull_quote_candidates(lines);
    if candidates.is_empty() {
        return;
    }
    let plain = |t: &str| {
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
            .replace(['“', '”', '‘', '’', '"', '«', '»', '„'], "")
    };
    // The lines near a candidate in plain form, made once when first
    // needed.
    let mut plains: Vec<Option<String>> = vec![None; lines.len()];
    for i in candidates {
        let quote = plain(&lines[i].text);
        let quote = quote.trim_end_matches(['.', ',', '!', '?', '…', ' ']);
        // The paragraph quoted stands near: a list of other stories far
        // below may repeat a line of the article too. A link's address may
        // carry the article's words ("…&summary=Kevin Mayer, the Disney
        // executive…"): no source.
        let window =
            i.saturating_sub(PULL_QUOTE_REACH)..(i + PULL_QUOTE_REACH + 1).min(lines.len());
        let source = window.into_iter().find(|&j| {
            j != i
                && lines[j].kind == LineKind::Text
                && lines[j].text.len() > quote.len() + 10
                && !lines[j].text.contains("://")
                && plains[j]
                    .get_or_insert_with(|| plain(&lines[j].text))
                    .contains(quote)
        });
        let Some(source) = source else {
            continue;
        };
        let speaker = next_non_blank(lines, i)
            .filter(|&j| lines[j].kind == LineKind::Text && speaker_under_quote(&lines[j].text));
        // Without a speaker under it, the words must have been read
        // already: a subheading quoting the paragraph under it ("‘We are
        // spending money we simply do not have’") opens a section.
        if speaker.is_none() && (source > i || !lines[i].at_least(8)) {
            continue;
        }
        for k in std::iter::once(i).chain(speaker) {
            lines[k].kind = LineKind::Removed(Reason::PullQuote);
            lines[k].md_level = None;
        }
    }
}

/// Whether `t` is a caption that ends on its credit in brackets, in any
/// language ("Los trabalhs a Montaudran (Fòto: Tisséo)", "Workers lay
/// the pipe (Photo: Shabait)", "… (AP/Jane Doe)"): 40 words or fewer, a
/// bracket of five words or fewer at the end holding a label's colon, a
/// slash or ©, and no sentence ended before it.
fn bracketed_credit(t: &str) -> bool {
    let t = t.trim();
    let Some((before, inside)) = t.strip_suffix(')').and_then(|r| r.rsplit_once('(')) else {
        return false;
    };
    at_most_words(t, 40)
        && !before.trim().is_empty()
        && !ends_sentence(before.trim())
        && at_most_words(inside, 5)
        && inside.contains([':', '/', '©', '፡'])
        && !inside.contains("://")
}

/// A Markdown image's caption and credit under it, as web clippers save
/// them: the caption (the image's alt text again, or any line of at most
/// 40 words with a credit line under it), the credit ("Lauren
/// Whitcomb/KUNC": at most six words with a slash, no sentence), and a
/// player's caption buttons ("hide caption", "toggle caption"), in any
/// order and repeated, up to six lines. A paragraph under an image with no
/// credit under it stays; in a text or Markdown (`print`: not a page's
/// HTML, whose subheadings may be plain lines), a line right under it that
/// ends no sentence ([`bare_caption`]) is its caption.
fn captions_under_images(lines: &mut [Ln], print: bool) {
    let credit = |t: &str| {
        at_most_words(t, 6)
            && !ends_sentence(t)
            && t.contains('/')
            && t.trim_start().starts_with(char::is_uppercase)
            && !t.contains("://")
    };
    let button = |t: &str| {
        let t = t.trim().to_lowercase();
        [
            "hide caption",
            "toggle caption",
            "show caption",
            "enlarge this image",
        ]
        .contains(&t.as_str())
    };
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Removed(Reason::Image) {
            continue;
        }
        let alt = lines[i]
            .text
            .strip_prefix("![")
            .and_then(|r| r.split_once("]("))
            .map(|(a, _)| squash(a))
            .unwrap_or_default();
        // Lines the rules removed already ("hide caption") are passed over.
        let below: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(lines[j].kind, LineKind::Blank | LineKind::Removed(_)))
            .take(6)
            .take_while(|&j| lines[j].kind == LineKind::Text)
            .collect();
        let mut k = 0;
        while k < below.len() {
            let t = lines[below[k]].text.as_str();
            // A date or byline under the picture is the header's ("02 abr
            // 2028, 07:00" under a caption a credit rule took already).
            if meta::byline_or_date_line(t) {
                break;
            }
            let captioned = (!alt.is_empty() && squash(t) == alt)
                || (at_most_words(t, 40)
                    && below.get(k + 1).is_some_and(|&n| credit(&lines[n].text)))
                || (k == 0 && bracketed_credit(t))
                || (k == 0 && print && bare_caption(lines, i, &below));
            let reason = if button(t) || captioned {
                Reason::Caption
            } else if credit(t) {
                Reason::Credit
            } else {
                break;
            };
            lines[below[k]].kind = LineKind::Removed(reason);
            lines[below[k]].md_level = None;
            k += 1;
        }
    }
}

/// Whether the first line of `below` (the lines under the Markdown image
/// on line `image`) is a caption by its shape: a line of its own (a blank
/// line under it), 25 words or fewer, not a heading or
/// a list item, ending no sentence and no introduction (":"), over a
/// paragraph of 15 words or more; with a heading or a paragraph over the
/// image, so that a headline under a picture at the top stays.
fn bare_caption(lines: &[Ln], image: usize, below: &[usize]) -> bool {
    let Some(&c) = below.first() else {
        return false;
    };
    let l = &lines[c];
    // A Markdown image (not a dump's "[IMG]"), and a caption of a line of
    // its own (not the first line of a paragraph a dump wrapped).
    let markdown = lines[image].text.trim_start().starts_with("![");
    let alone = lines
        .get(c + 1)
        .is_none_or(|n| matches!(n.kind, LineKind::Blank | LineKind::Removed(_)));
    if !markdown || !alone {
        return false;
    }
    let t = l.text.trim_end();
    let over = lines[..image]
        .iter()
        .any(|o| o.kind == LineKind::Text && (o.md_level.is_some() || o.at_least(15)));
    let under = lines[c + 1..]
        .iter()
        .find(|n| n.kind != LineKind::Blank)
        .is_some_and(|n| n.kind == LineKind::Text && n.md_level.is_none() && n.at_least(15));
    l.md_level.is_none()
        && !l.list_item
        && l.at_most(25)
        && !ends_sentence(t)
        && !t.ends_with([':', ',', ';'])
        && over
        && under
}

/// The label a press release carries over its headline.
static RELEASE_MARK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(
        r"(?i)^(?:for immediate release|(?:news|press|media) release|news advisory|media advisory|embargoed (?:until|till|for) .{1,60}",
        r"|communiqué de presse|pressemitteilung|pressemeldung|comunicado de prensa|nota de prensa|comunicato stampa|пресс-релиз|basın (?:bülteni|açıklaması))\s*[:.]?$",
    ))
    .expect("regex")
});

/// A press release's parts around its text: its label ("FOR IMMEDIATE
/// RELEASE", "NEWS RELEASE") and the letterhead above it (short lines, no
/// sentence), among the first fifteen lines; and at its end the mark
/// ("###", "-30-", "- ENDS -") with what follows it (the media contact),
/// and the boilerplate on the issuer right above the mark ("About DEED"
/// and its paragraph). The end mark counts only in a text with a release
/// label, or with a contact under the mark: a story's scene break ("###"
/// between paragraphs) stays.
fn press_release(lines: &mut [Ln]) {
    let text: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].kind != LineKind::Blank)
        .collect();
    let labels: Vec<usize> = text
        .iter()
        .take(15)
        .copied()
        .filter(|&i| RELEASE_MARK.is_match(lines[i].text.trim()))
        .collect();
    let label = labels.last().copied();
    if let Some(at) = label {
        let letterhead = text.iter().copied().take_while(|&i| i < at).all(|i| {
            labels.contains(&i) || (lines[i].at_most(15) && !ends_sentence(&lines[i].text))
        });
        for &i in text.iter().take_while(|&&i| i <= at) {
            if labels.contains(&i) || letterhead {
                lines[i].kind = LineKind::Removed(Reason::Kicker);
                lines[i].md_level = None;
            }
        }
    }
    let end_mark = |t: &str| {
        let t = t.trim().to_lowercase().replace(' ', "");
        [
            "###",
            "-30-",
            "–30–",
            "-ends-",
            "–ends–",
            "ends",
            "-end-",
            "***end***",
        ]
        .contains(&t.as_str())
    };
    let Some(k) = text
        .iter()
        .rposition(|&i| lines[i].text.len() <= 16 && end_mark(&lines[i].text))
    else {
        return;
    };
    let after = &text[k + 1..];
    let contact = after.iter().any(|&i| {
        let t = lines[i].text.trim().to_lowercase();
        t.starts_with("media contact")
            || t.starts_with("press contact")
            || t.starts_with("contact:")
            || t.starts_with("contacts:")
            || t.starts_with("for more information")
            || t.contains('@')
    });
    let short = after.iter().all(|&i| lines[i].at_most(40)) && after.len() <= 15;
    if !(label.is_some() || contact) || !short || k * 2 < text.len() {
        return;
    }
    let mut end = text[k];
    // "About DEED" over its paragraphs, right above the mark.
    if let Some(a) = text[..k]
        .iter()
        .rposition(|&i| about_heading(&lines[i].text))
        .filter(|&a| k - a <= 4)
    {
        end = text[a];
    }
    for l in &mut lines[end..] {
        if l.kind != LineKind::Blank {
            l.kind = LineKind::Removed(Reason::Footer);
            l.md_level = None;
        }
    }
}

/// The heading of an issuer's boilerplate: "About DEED", "About the
/// Ministry of Health", "À propos de …", "Über …".
fn about_heading(t: &str) -> bool {
    let t = t.trim();
    [
        "About ",
        "ABOUT ",
        "À propos de ",
        "A propos de ",
        "Über ",
        "Acerca de ",
        "Sobre ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        && at_most_words(t, 8)
        && !ends_sentence(t)
}

/// The heading of a box of the story's main points over the article.
static SUMMARY_HEADING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(
        r"(?i)^(?:in short|in brief|key points|key facts|at a glance|the short version|summary|quick read|highlights|key takeaways|takeaways|tl;?dr|the big picture",
        r"|das wichtigste in kürze|in kürze|auf einen blick|en bref|l['’]essentiel|en resumen|claves|in breve|in sintesi|коротко|главное|kort gezegd|in het kort|kısaca|özetle",
        r"|what you need to know|what to know|need to know|the essentials|das müssen sie wissen|ce qu['’]il faut savoir|lo que (?:hay que|debes|tienes que) saber|cosa sapere|что (?:нужно )?знать|wat je moet weten|bilmeniz gerekenler)\s*:?$",
    ))
    .expect("regex")
});

/// A box of the story's main points over the article, as news sites set
/// it under the header ("In short:" / two sentences / "What's next?" / one
/// more): its heading, then up to eight lines of 35 words or fewer (the
/// points, and questions or labels heading some of them), ending at a
/// paragraph of 30 words or more that none above it reaches. The box is
/// removed. A heading "Summary" with a long paragraph under it stays (an
/// article's own section), and so does a box below the article's first
/// long paragraph.
fn summary_box(lines: &mut [Ln]) {
    let long = |l: &Ln| l.kind == LineKind::Text && l.at_least(30);
    let Some(first_long) = lines.iter().position(long) else {
        return;
    };
    let Some(h) = (0..first_long).find(|&i| {
        lines[i].kind == LineKind::Text
            && lines[i].at_most(6)
            && SUMMARY_HEADING.is_match(lines[i].text.trim())
    }) else {
        return;
    };
    let points: Vec<usize> = (h + 1..first_long)
        .filter(|&i| lines[i].kind == LineKind::Text)
        .collect();
    // Each point a sentence, or a question or label over the next: lines
    // of a paragraph wrapped under a heading end no sentence.
    let said = points
        .iter()
        .filter(|&&i| ends_sentence(&lines[i].text))
        .count();
    let whole = points.iter().all(|&i| {
        let t = lines[i].text.trim_end();
        ends_sentence(t) || t.ends_with(['?', ':'])
    });
    if points.is_empty() || points.len() > 8 || said == 0 || !whole {
        return;
    }
    for i in std::iter::once(h).chain(points) {
        lines[i].kind = LineKind::Removed(Reason::Summary);
        lines[i].md_level = None;
    }
}

/// A pull quote's speaker: "Priya Lodhia, London borough housing lead",
/// "— Priya Lodhia": a name of two or three capitalised words, after a
/// dash or before a comma, in at most twelve words and no sentence end.
fn speaker_under_quote(t: &str) -> bool {
    let t = t.trim().trim_start_matches(['—', '–', '-', '~']).trim();
    let name = t.split(',').next().unwrap_or("").trim();
    at_most_words(t, 12)
        && !ends_sentence(t)
        && (2..=3).contains(&name.split_whitespace().count())
        && meta::looks_like_name(name)
}

/// A related heading at `i` right over a list of links to other stories
/// (from `j`: each taken out as navigation already, or, outside a page
/// copy, a line of one link's words alone, or a list item of a headline's
/// words, with no sentence end, as a paste keeps the links' words) goes
/// with them; whether it did.
fn heading_over_links(lines: &mut [Ln], i: usize, j: usize, page: bool) -> bool {
    let linked = |l: &Ln| {
        !page
            && l.kind == LineKind::Text
            && l.at_most(15)
            && (l.links > 0 || (l.list_item && !ends_sentence(&l.text)))
    };
    // A heading is short: most lines are not, and their next line is not
    // looked at.
    let over = lines[i].at_most(10)
        && matches!(
            lines[i].kind,
            LineKind::Text | LineKind::Removed(Reason::Navigation)
        )
        && (matches!(lines[j].kind, LineKind::Removed(Reason::Navigation)) || linked(&lines[j]))
        && (super::furniture::related_heading(&lines[i].text)
            || (!page && heads_removed_links(lines, i, j)));
    if over {
        lines[i].kind = LineKind::Removed(Reason::Related);
        lines[i].md_level = None;
        for l in lines[j..].iter_mut().take_while(|l| linked(l)) {
            l.kind = LineKind::Removed(Reason::Related);
        }
    }
    over
}

/// A short line set apart above (a bold "Read more at The Paper" in a
/// language no pattern knows) right over two links or more already taken
/// out as navigation, one to a line: it heads nothing else, and goes with
/// them. A sentence, or a line over one link, stays; so do a page copy's
/// headings over its menus, which the page's reading sets aside.
fn heads_removed_links(lines: &[Ln], i: usize, j: usize) -> bool {
    let apart = i == 0 || lines[i - 1].kind == LineKind::Blank;
    let text = lines[i].text.trim_end_matches(':');
    let links = lines[j..]
        .iter()
        .take_while(|l| l.kind == LineKind::Removed(Reason::Navigation))
        .count();
    apart
        && lines[i].kind == LineKind::Text
        && lines[i].at_most(6)
        && !ends_sentence(text)
        && !text.ends_with([',', ';'])
        && links >= 2
}

/// A link to another story under a heading that says so, set off by a
/// blank line ("Read also" / "" / "Russia's peacekeepers watched Karabakh
/// fall. Here's why they stood aside."): one line of 15 words or fewer
/// right under the heading, with a blank line or the end after it, is
/// removed as a related article, and the heading as navigation. A longer line (a paragraph under a
/// subheading "Read more"), or several lines, stay.
/// In a page copy, whose headings of other stories bound its article, only
/// a heading with one link under it and a paragraph of 25 words or more
/// right under that ("Lees ook" / a headline / the article going on) is
/// taken out of the article's way.
fn link_under_related_heading(lines: &mut [Ln], page: bool) {
    // A page copy, or text with no blank line at all, sets no headline
    // apart by one.
    let inside = |l: &Ln| l.kind != LineKind::Blank;
    let dense = page
        || match (
            lines.iter().position(inside),
            lines.iter().rposition(inside),
        ) {
            (Some(first), Some(last)) => lines[first..=last].iter().all(inside),
            _ => false,
        };
    for i in 0..lines.len() {
        // A label such as "Also Read:" is read as a related link with no
        // title; its title is then the next line.
        let kind = match &lines[i].kind {
            LineKind::Text | LineKind::Removed(Reason::Navigation) => true,
            LineKind::Related(title) => title.is_empty(),
            _ => false,
        };
        if !kind {
            continue;
        }
        let Some(j) = next_non_blank(lines, i) else {
            continue;
        };
        if heading_over_links(lines, i, j, page) {
            continue;
        }
        // The line under it is looked at first: most lines have none of
        // the shape, and the heading's patterns are not searched then.
        if lines[j].kind != LineKind::Text || !lines[j].at_most(15) {
            continue;
        }
        if dense && related_run_over_paragraph(lines, i, j, page) {
            continue;
        }
        let alone = if page {
            lines.get(j + 1).is_some_and(|n| {
                n.kind == LineKind::Text && n.at_least(25) && ends_sentence(&n.text)
            })
        } else {
            lines.get(j + 1).is_none_or(|n| n.kind == LineKind::Blank)
        };
        if lines[j].md_level.is_none() && alone && super::furniture::related_heading(&lines[i].text)
        {
            lines[j].kind = LineKind::Removed(Reason::Related);
            // Two more headlines may follow, each alone, none a sentence;
            // a short line right over a paragraph there is its subheading.
            let mut last = j;
            for _ in 0..2 {
                if page || ends_sentence(&lines[last].text) {
                    break;
                }
                let Some(k) = next_non_blank(lines, last) else {
                    break;
                };
                let l = &lines[k];
                let headline = l.kind == LineKind::Text
                    && l.md_level.is_none()
                    && l.at_most(15)
                    && !ends_sentence(&l.text)
                    && lines.get(k + 1).is_none_or(|n| n.kind == LineKind::Blank)
                    && next_non_blank(lines, k).is_none_or(|n| !lines[n].at_least(15));
                if !headline {
                    break;
                }
                lines[k].kind = LineKind::Removed(Reason::Related);
                last = k;
            }
            if page {
                // No longer a bound of the page's article.
                lines[i].kind = LineKind::Removed(Reason::Related);
            } else if lines[i].kind == LineKind::Text {
                lines[i].kind = LineKind::Removed(Reason::Navigation);
            }
            lines[i].md_level = None;
        }
    }
}

/// A caption under its label ("Image caption," then "Smoke rose over
/// Stepanakert on Tuesday"; "Open this photo in gallery:" then the caption
/// with its credit glued on): the label is removed as a credit, and the
/// next line, when it is short, as the caption; and a caption right over
/// its credit.
fn captions_after_label(lines: &mut [Ln]) {
    for i in 0..lines.len() {
        let label = matches!(lines[i].kind, LineKind::Removed(Reason::Credit))
            && ["caption,", "caption:", "caption", "gallery:", "gallery"]
                .iter()
                .any(|e| lines[i].text.to_lowercase().trim_end().ends_with(e));
        if !label {
            continue;
        }
        if let Some(j) = next_non_blank(lines, i)
            && lines[j].kind == LineKind::Text
            && lines[j].at_most(40)
        {
            lines[j].kind = LineKind::Removed(Reason::Caption);
            lines[j].md_level = None;
        }
    }
    // A caption over its credit ("Proeuropäische Kundgebung in Tiflis im
    // Juni 2023" / "Bild: IMAGO"): a short line standing alone above, with
    // the credit on the very next line. The last line of a paragraph has
    // text above it and stays; but a line with no sentence end under one
    // that ends a sentence ends no paragraph (one paragraph to a line).
    for i in 0..lines.len().saturating_sub(1) {
        // A date or byline line right above is no paragraph it could end.
        let alone = || {
            i == 0
                || !matches!(lines[i - 1].kind, LineKind::Text | LineKind::Split(..))
                || meta::stamp_line(&lines[i - 1].text)
                || ends_sentence(&lines[i - 1].text) && !ends_sentence(&lines[i].text)
        };
        if lines[i].kind == LineKind::Text
            && lines[i].md_level.is_none()
            && credit_alone(&lines[i + 1])
            && lines[i + 1].no == lines[i].no + 1
            && lines[i].at_most(30)
            && !lines[i].text.trim_end().ends_with(':')
            && alone()
            && !meta::stamp_line(&lines[i].text)
            && !name_over_source(lines, i)
        {
            lines[i].kind = LineKind::Removed(Reason::Caption);
        }
    }
}

/// Whether line `i` is a writer's name alone over the source's label,
/// over the date ("Jane Doe" / "Source: The Courier" / "12 March 2028"):
/// the header's byline, not a caption over its credit. In a script
/// without capitals a name has no shape of its own; the label and the
/// date under it are the evidence.
fn name_over_source(lines: &[Ln], i: usize) -> bool {
    (meta::looks_like_name(&lines[i].text) || caseless_name(&lines[i].text))
        && lines.get(i + 1).is_some_and(|l| l.no == lines[i].no + 1)
        && source_over_date(lines, i + 1)
}

/// Whether line `k` is a source's label ("Source: The Courier", "المصدر:
/// النهار", "מקור: הארץ") with a date line as the next line of text.
fn source_over_date(lines: &[Ln], k: usize) -> bool {
    super::clipping::source_line(&lines[k].text)
        && next_non_blank(lines, k).is_some_and(|j| dated_line(&lines[j].text))
}

/// Whether `t` has the shape of a name in scripts without capitals
/// (Arabic, Hebrew, Persian, Thai, Chinese): two to four words
/// of letters that have no case, with their vowel points; no figure, no
/// mark. The shape alone proves nothing (any short phrase has it): the
/// lines around it must ([`name_over_source`]).
fn caseless_name(t: &str) -> bool {
    let mark = |c: char| {
        matches!(c, '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}')
            || matches!(c, '\u{0670}' | '\u{200C}' | '\u{200D}' | '\u{0640}')
    };
    let caseless = |c: char| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && t.chars().count() <= 40
        && words
            .iter()
            .all(|w| w.chars().all(|c| caseless(c) || mark(c)))
}

/// A line that is nothing but a picture's credit: "Bild: IMAGO", or a
/// photographer and an agency ("Irakli Gedenidze / Reuters").
fn credit_alone(l: &Ln) -> bool {
    match &l.kind {
        LineKind::Removed(Reason::Credit) => true,
        LineKind::Removed(Reason::Caption) => {
            l.at_most(6) && !ends_sentence(&l.text) && l.text.contains('/')
        }
        _ => false,
    }
}

/// Links to other stories at the end of the text, under a heading that
/// says so ("Related Topics", "More on this story", "Explore more on these
/// topics", "You may also like"): from the heading to the end, when every
/// line below it is short (15 words or fewer: topic names, headlines,
/// "Published", dates) and a paragraph of 15 words or more stands above
/// it. Removed as related articles. One long line below the heading (a
/// paragraph of the article under a subheading "Read more") keeps it all.
fn related_tail(lines: &mut [Ln]) {
    let mut start = None;
    // Writers' cards inside the tail: a name alone over a note on them.
    let mut cards = Vec::new();
    let mut i = lines.len();
    while i > 0 {
        i -= 1;
        let l = &lines[i];
        // Lines already judged (links to other stories, bare addresses,
        // furniture) belong to a tail of links as well.
        if matches!(
            l.kind,
            LineKind::Blank | LineKind::Removed(_) | LineKind::Related(_) | LineKind::Url(_)
        ) {
            if super::furniture::related_heading(&l.text) {
                start = Some(i);
            }
            continue;
        }
        if l.kind == LineKind::Text && !l.at_most(15) && writers_card(lines, i) {
            cards.extend([i - 1, i]);
            i -= 1;
            continue;
        }
        if !matches!(l.kind, LineKind::Text) || !l.at_most(15) {
            break;
        }
        if super::furniture::related_heading(&l.text) {
            start = Some(i);
        }
    }
    let Some(start) = start else { return };
    let article_above = lines[..start]
        .iter()
        .any(|l| l.kind == LineKind::Text && l.at_least(15));
    if !article_above {
        return;
    }
    for (k, l) in lines.iter_mut().enumerate().skip(start) {
        if l.kind == LineKind::Text {
            let card = cards.contains(&k);
            l.kind = LineKind::Removed(if card {
                Reason::Trailer
            } else {
                Reason::Related
            });
            l.md_level = None;
        }
    }
}

/// What follows a row of share buttons at the end of a page, in any
/// language: its topics under a label ("Fáttát: johtolat, Guovdageaidnu"),
/// the publisher's lines in a list ("* Ávvir AS, Kárášjohka"), links.
/// From the share row to the end, when every line of text below it is of
/// 15 words or fewer and is an item of a list, a label's line ("Word: …")
/// or ends no sentence, and a paragraph of 15 words or more stands above
/// the row; removed as the page's foot. A short sentence below the row
/// (the article's last) keeps it all.
fn share_tail(lines: &mut [Ln]) {
    let Some(row) = lines
        .iter()
        .rposition(|l| l.kind == LineKind::Removed(Reason::Share))
    else {
        return;
    };
    let labelled = |t: &str| {
        t.split_once(':')
            .is_some_and(|(label, rest)| at_most_words(label, 3) && !rest.trim().is_empty())
    };
    let foot = |l: &Ln| {
        l.at_most(15)
            && (l.list_item || t_list_item(&l.text) || labelled(&l.text) || !ends_sentence(&l.text))
    };
    let below = &lines[row + 1..];
    let texts = || below.iter().filter(|l| l.kind == LineKind::Text);
    if texts().next().is_none() || !texts().all(foot) {
        return;
    }
    let article_above = lines[..row]
        .iter()
        .any(|l| l.kind == LineKind::Text && l.at_least(15));
    if !article_above {
        return;
    }
    for l in &mut lines[row + 1..] {
        if l.kind == LineKind::Text {
            l.kind = LineKind::Removed(Reason::Footer);
            l.md_level = None;
        }
    }
}

/// Whether `t` is written as a list's item ("* …", "- …", "• …").
fn t_list_item(t: &str) -> bool {
    let t = t.trim_start();
    ["* ", "- ", "• ", "· ", "– "]
        .iter()
        .any(|m| t.starts_with(m))
}

/// Whether line `i` (a note of up to 60 words) and the line right above
/// it are a writer's card in a tail of links: a name of two to four words
/// alone (perhaps already set aside as a sign-off), then a note that opens with a writer's job ("Periodista de la
/// sección Lima. Cubre …", "Reporter covering …").
fn writers_card(lines: &[Ln], i: usize) -> bool {
    const JOBS: [&str; 16] = [
        "periodista",
        "redactor",
        "redactora",
        "reporter",
        "reportera",
        "correspondent",
        "corresponsal",
        "journalist",
        "journaliste",
        "journalistin",
        "jornalista",
        "giornalista",
        "editor",
        "editora",
        "redakteur",
        "redakteurin",
    ];
    let Some(name) = i.checked_sub(1).map(|k| &lines[k]) else {
        return false;
    };
    let first = lines[i].text.split_whitespace().next().unwrap_or("");
    let job = first.trim_end_matches([',', '.']).to_lowercase();
    matches!(name.kind, LineKind::Text | LineKind::Removed(_))
        && name.no + 1 == lines[i].no
        && (2..=4).contains(&name.words)
        && meta::looks_like_name(&name.text)
        && lines[i].at_most(60)
        && JOBS.contains(&job.as_str())
}

/// The message around an article sent by e-mail (header fields, forward
/// marks, the forwarder's note, the signature): removed as e-mail.
fn email_parts(lines: &mut [Ln]) {
    // A field's name and value set apart by a tab keep it ("Šalje:\tMarko
    // Horvat"): the header's shape where no name is known.
    let tabbed: Vec<Option<String>> = lines
        .iter()
        .map(|l| (l.tab.cells == 2).then(|| l.text.replacen(": ", ":\t", 1)))
        .collect();
    let texts: Vec<&str> = lines
        .iter()
        .zip(&tabbed)
        .map(|(l, tab)| match (&l.kind, tab) {
            (LineKind::Blank, _) => "",
            (_, Some(t)) => t.as_str(),
            _ => l.text.as_str(),
        })
        .collect();
    let mut gone = super::email::parts(&texts);
    if lines.iter().any(|l| l.quoted > 0) {
        let quoted: Vec<usize> = lines.iter().map(|l| l.quoted).collect();
        gone.extend(super::email::reply_parts(&texts, &quoted));
    }
    for i in gone {
        lines[i].kind = LineKind::Removed(Reason::Email);
        lines[i].md_level = None;
    }
}

/// In a page copied whole, keeps the blocks of the article and the header
/// lines just above it (headline, byline, date); records the rest as
/// removed: list items as navigation, other text as outside the article.
fn keep_the_article(
    blocks: &mut Vec<Block>,
    (lines, title): (&[Ln], Option<&str>),
    copy: Option<page_copy::CopyKind>,
    out: &mut Out,
) {
    // A text browser draws the lists under such headings, which bound the
    // article by themselves; a selection copied from a graphical browser
    // keeps only the headings.
    let headings = copy == Some(page_copy::CopyKind::Selected);
    let (shapes, block_of) = page_shapes(blocks, lines, headings);
    let all: String = shapes
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let english = crate::text::stopwords::share(&all) >= 0.15;
    let is_stop: &dyn Fn(&str) -> bool = &crate::text::stopwords::is_listed;
    let mut keep = page_copy::article(&shapes, english.then_some(is_stop));
    if headings {
        rest_of_the_article(&shapes, &mut keep);
    }
    cut_by_a_paywall(&shapes, (blocks.as_slice(), &block_of, lines), &mut keep);
    lists_led_in(&shapes, &mut keep);
    if let Some(first) = keep.iter().position(|&k| k) {
        let header = if headings {
            header_above(&shapes, &block_of, first)
        } else {
            header_right_above(&shapes, &block_of, first)
        };
        for i in header {
            keep[i] = true;
        }
        // The headline the page's title names (a print's header, a reading
        // service's "Title:"), above the kept part.
        if let Some(title) = title {
            let above: Vec<(usize, &str)> = (shapes[..first].iter().enumerate())
                .map(|(i, s)| (i, s.text.as_str()))
                .collect();
            if let Some((i, n)) = spelled_title(title, &above) {
                keep[i..i + n].fill(true);
            }
        }
    }
    // The blocks' own verdicts, without the headings put in among them.
    let keep: Vec<bool> = keep
        .iter()
        .zip(&block_of)
        .filter(|(_, b)| b.is_some())
        .map(|(k, _)| *k)
        .collect();
    let mut kept = Vec::with_capacity(blocks.len());
    for (b, k) in std::mem::take(blocks).into_iter().zip(keep) {
        if k {
            kept.push(b);
            continue;
        }
        let why = if b.list {
            Reason::Navigation
        } else {
            Reason::Outside
        };
        for l in &b.lines {
            out.remove(&l.text, why, [l.no, l.no]);
        }
        if let Some(prev) = kept.last_mut() {
            prev.gap_after.extend(b.gap_after);
        }
    }
    *blocks = kept;
}

/// The paragraph a paywall cut, under the part [`page_copy::article`]
/// kept: prose of 20 words or more that stops inside a sentence (or a
/// word), right above the paywall's note ("Este conteúdo é exclusivo para
/// assinantes."). It is the article's last, cut where the page stops
/// showing it, not a teaser.
fn cut_by_a_paywall(
    shapes: &[BlockShape],
    (blocks, block_of, lines): (&[Block], &[Option<usize>], &[Ln]),
    keep: &mut [bool],
) {
    let Some(last) = keep.iter().rposition(|&k| k) else {
        return;
    };
    let Some(cut) = shapes.get(last + 1) else {
        return;
    };
    // The note may stand below as a block, or be removed as a line.
    let block = block_of
        .get(last + 1)
        .copied()
        .flatten()
        .and_then(|b| blocks.get(b));
    let note = shapes
        .get(last + 2)
        .is_some_and(|n| super::truncation::paywall(&n.text))
        || block.is_some_and(|b| {
            (b.gap_after.iter())
                .take_while(|&&g| !matches!(lines[g].kind, LineKind::Text))
                .any(|&g| super::truncation::paywall(&lines[g].text))
        });
    if note
        && !cut.item
        && at_least_words(&cut.text, 20)
        && cut.text.starts_with(char::is_uppercase)
        && !ends_sentence(&cut.text)
    {
        keep[last + 1] = true;
    }
}

/// A list the article leads into, inside the part [`page_copy::article`]
/// kept: the items right under a kept paragraph that introduces them
/// (four words or more before its colon: "The changes are the
/// following:") and right over a kept paragraph, each of three words or
/// more, are the article's. A menu or a list of stories is led in by no
/// sentence of the article ("More:", "Related:") and has no paragraph of
/// it right under it.
fn lists_led_in(shapes: &[BlockShape], keep: &mut [bool]) {
    let mut i = 0;
    while i < shapes.len() {
        let t = shapes[i].text.trim_end();
        let led_in = keep[i]
            && !shapes[i].item
            && t.ends_with(':')
            && at_least_words(t.trim_end_matches([':', ' ']), 4);
        let run = (i + 1..shapes.len())
            .take_while(|&j| shapes[j].item && !keep[j])
            .count();
        let items = &shapes[i + 1..i + 1 + run];
        if led_in
            && run > 0
            && keep.get(i + 1 + run) == Some(&true)
            && items.iter().all(|s| at_least_words(&s.text, 3))
        {
            keep[i + 1..i + 1 + run].fill(true);
        }
        i += run + 1;
    }
}

/// Paragraphs of the article below the part [`page_copy::article`] kept,
/// in a page selected whole in a graphical browser: boxes of links and
/// sign-up forms inside the article can split it into runs that look like
/// teasers. When the paragraphs left out below the kept part hold at least
/// half as many words as it does, they are kept too: full paragraphs (30
/// words or more, ending a sentence) up to a heading of comments. A lost
/// paragraph costs more than a kept teaser.
fn rest_of_the_article(shapes: &[BlockShape], keep: &mut [bool]) {
    let Some(last) = keep.iter().rposition(|&k| k) else {
        return;
    };
    let words = |i: usize| rules::word_count(&shapes[i].text);
    let kept: usize = (0..=last).filter(|&i| keep[i]).map(words).sum();
    let end = (last + 1..shapes.len())
        .find(|&i| page_copy::comments_heading(&shapes[i].text))
        .unwrap_or(shapes.len());
    let paragraph = |i: usize| {
        !shapes[i].item && at_least_words(&shapes[i].text, 30) && ends_sentence(&shapes[i].text)
    };
    let rest: Vec<usize> = (last + 1..end).filter(|&i| paragraph(i)).collect();
    if rest.iter().map(|&i| words(i)).sum::<usize>() * 2 >= kept {
        for i in rest {
            keep[i] = true;
        }
    }
}

/// The header right above the article that starts at shape `first` in a
/// text browser's copy: up to four short blocks that read as a headline, a
/// byline or a date. A list of share buttons right above the article, and
/// its label of one or two words ("Share"), are passed over when the
/// header's byline or date stands right over them.
fn header_right_above(
    shapes: &[BlockShape],
    block_of: &[Option<usize>],
    first: usize,
) -> Vec<usize> {
    let mut top = first;
    while top > 0 && shapes[top - 1].item && in_share_list(shapes, block_of, top - 1) {
        top -= 1;
    }
    if top < first
        && top > 0
        && !shapes[top - 1].item
        && at_most_words(&shapes[top - 1].text, 2)
        && !ends_sentence(&shapes[top - 1].text)
    {
        top -= 1;
    }
    // Only under the header's byline or date: a list under other lines
    // ("Sharing is caring!" / "0shares") is the page's.
    if top < first && !top.checked_sub(1).is_some_and(|j| shapes[j].stamp) {
        top = first;
    }
    let mut header: Vec<usize> = Vec::new();
    let mut stamped = false;
    for i in (top.saturating_sub(4)..top).rev() {
        let t = &shapes[i].text;
        let stamp = meta::byline(t).is_some()
            || meta::date_line(t).is_some()
            || meta::name_and_place(t).is_some();
        if !shapes[i].item && (stamp || headline_like(t)) {
            stamped |= stamp;
            header.push(i);
        } else if stamped && i > 0 && standfirst_block_under_headline(shapes, i) {
            // The standfirst between the headline and the byline or date
            // ("Headline" / "A sentence saying more." / "Name" / "date"):
            // the header rules read it; without it the headline stays out
            // and the byline's name is taken for the headline.
            header.extend([i, i - 1]);
            break;
        } else {
            break;
        }
    }
    header
}

/// Whether shape `i` is a standfirst under the headline (shape `i - 1`):
/// prose of 6 to 60 words ending a sentence, under a block that reads as a
/// headline, neither of them a list item.
fn standfirst_block_under_headline(shapes: &[BlockShape], i: usize) -> bool {
    let (t, above) = (&shapes[i].text, &shapes[i - 1]);
    !shapes[i].item
        && !above.item
        && at_least_words(t, 6)
        && at_most_words(t, 60)
        && ends_sentence(t)
        && headline_like(&above.text)
}

/// Whether list item `i` is in a list of buttons that a page puts between
/// its header and its article: every item of three words or fewer, and
/// two or more of them a network's name ("Facebook" / "X" / "WhatsApp"),
/// or at most six items with the header's byline or date line at most two
/// blocks over them ("20 June 2027" / "Share" / "Draugiem.lv" / "E-pasts").
fn in_share_list(shapes: &[BlockShape], block_of: &[Option<usize>], i: usize) -> bool {
    let item = |j: usize| block_of[j].is_some() && shapes[j].item;
    let top = (0..=i).rev().take_while(|&j| item(j)).last().unwrap_or(i);
    let end = (i..shapes.len())
        .take_while(|&j| item(j))
        .last()
        .unwrap_or(i);
    let run = &shapes[top..=end];
    if !run.iter().all(|s| at_most_words(&s.text, 3)) {
        return false;
    }
    let networks = run.iter().filter(|s| rules::share_network(&s.text)).count();
    let stamp_over = || {
        (0..top)
            .rev()
            .filter(|&j| block_of[j].is_some())
            .take(2)
            .any(|j| shapes[j].stamp)
    };
    networks >= 2 || (run.len() <= 6 && stamp_over())
}

/// How many blocks above a page copy's article its header may start: a
/// page puts an audio player, a summary button and a photo with its credit
/// between the headline and the first paragraph.
const HEADER_REACH: usize = 12;

/// The header above the article that starts at shape `first`, up to
/// [`HEADER_REACH`] blocks up: bylines and date lines, and the headline (four words
/// or more) over them with the standfirst (eight to 60 words) under it. A
/// headline-like line with no stamp or standfirst under it is a label
/// ("Article réservé aux abonnés") unless it is right above the article.
/// Short labels are passed over and left out; so are headings put in among
/// the blocks (see [`page_shapes`]).
fn header_above(shapes: &[BlockShape], block_of: &[Option<usize>], first: usize) -> Vec<usize> {
    let mut header = Vec::new();
    let mut under = false;
    let mut nearest = None;
    let mut below_stamp = false;
    for i in (first.saturating_sub(HEADER_REACH)..first).rev() {
        if block_of[i].is_none() || (shapes[i].item && in_share_list(shapes, block_of, i)) {
            continue;
        }
        let t = &shapes[i].text;
        if shapes[i].item {
            break;
        }
        let adjacent = nearest.is_none() && header.is_empty();
        if shapes[i].stamp {
            header.push(i);
            under = true;
        } else if below_stamp && meta::job_line(t) {
            // The writer's job under the byline, over the date: "Par Pierre
            // Lemaire" / "Journaliste au service Monde" / the date.
            header.push(i);
        } else if below_stamp && meta::name_with_role(t).is_some() {
            // The writer with the role glued on, over the date: "Hannah
            // Merriweather Social policy correspondent".
            header.push(i);
            under = true;
        } else if under
            && at_least_words(t, 4)
            && at_most_words(t, 60)
            && byline_over(shapes, block_of, (first, i))
        {
            // A photo's caption between the byline over it and the date
            // under it is passed over: a headline or standfirst stands
            // over the byline.
            continue;
        } else if headline_like(t) && at_least_words(t, 4) {
            if under {
                header.push(i);
                // A headline-like block right over it is the headline over
                // its standfirst: the header rules tell them apart.
                if let Some(j) = (first.saturating_sub(HEADER_REACH)..i)
                    .rev()
                    .find(|&j| block_of[j].is_some())
                    && !shapes[j].item
                    && headline_like(&shapes[j].text)
                    && at_least_words(&shapes[j].text, 4)
                {
                    header.push(j);
                }
                return header;
            }
            if adjacent {
                nearest = Some(i);
            }
        } else if at_least_words(t, 8) && at_most_words(t, 60) {
            header.push(i);
            under = true;
        } else if at_most_words(t, 5) && !ends_sentence(t) {
            match short_header_line(shapes, block_of, (first, i), below_stamp) {
                Short::Take => header.push(i),
                Short::TakeOver => {
                    header.push(i);
                    continue;
                }
                Short::Pass => continue,
                Short::Leave => {}
            }
        } else {
            break;
        }
        below_stamp = shapes[i].stamp;
    }
    // No headline over a stamp: the stamps alone, and a headline right
    // above the article. A standfirst without a headline is no header.
    header.retain(|&i| shapes[i].stamp || at_most_words(&shapes[i].text, 5));
    header.extend(nearest);
    header
}

/// Whether the block right over shape `i` (within [`HEADER_REACH`] of the
/// article's first block `first`) is a byline.
fn byline_over(
    shapes: &[BlockShape],
    block_of: &[Option<usize>],
    (first, i): (usize, usize),
) -> bool {
    (first.saturating_sub(HEADER_REACH)..i)
        .rev()
        .find(|&j| block_of[j].is_some())
        .is_some_and(|j| shapes[j].stamp && meta::byline(&shapes[j].text).is_some())
}

/// What [`header_above`] does with a short line above the article.
enum Short {
    /// It is the header's (a writer's name).
    Take,
    /// It is the header's, and what is over it is still over the date (a
    /// writer's role).
    TakeOver,
    /// It is left out, and what is over it is still over the date (a place,
    /// an outlet, an agency's credit).
    Pass,
    /// It is left out.
    Leave,
}

/// The short line `i` above the article starting at block `first` (see
/// [`header_above`]); `below_stamp`: a date or byline is right under it.
fn short_header_line(
    shapes: &[BlockShape],
    block_of: &[Option<usize>],
    (first, i): (usize, usize),
    below_stamp: bool,
) -> Short {
    let t = &shapes[i].text;
    if below_stamp && meta::role_line(t) {
        // A role under the name, over the date: the name above it is the
        // writer's.
        return Short::TakeOver;
    }
    // A writer's name alone over the date is the byline; so is one right
    // under it whose words the article never writes in lower case.
    let under_stamp = (first.saturating_sub(HEADER_REACH)..i)
        .rev()
        .find(|&j| block_of[j].is_some())
        .is_some_and(|j| shapes[j].stamp);
    let name_under = || {
        under_stamp && !meta::name_in_lower_case(t, shapes[first..].iter().map(|s| s.text.as_str()))
    };
    let named = (meta::looks_like_name(t) && !meta::credit_with_agency(t))
        || meta::names_list(t).is_some()
        || meta::name_and_place(t).is_some();
    if named && (below_stamp || name_under()) {
        Short::Take
    } else if at_most_words(t, 2) || meta::credit_with_agency(t) {
        // A place, an outlet or an agency's credit between the names and the
        // date ("Elena Trajkovska, Besnik Krasniqi" / "BIRN" / "Skopje" /
        // the date).
        Short::Pass
    } else {
        Short::Leave
    }
}

/// The shapes of a page copy's blocks for [`page_copy::article`], and for
/// each shape the block it is (`None` for a heading put in). A heading of
/// other stories or of comments that a line rule already removed ("Read
/// Next", "Most read") still bounds the article, so it goes in among the
/// blocks, where it was, when `headings` says so.
fn page_shapes(
    blocks: &[Block],
    lines: &[Ln],
    headings: bool,
) -> (Vec<BlockShape>, Vec<Option<usize>>) {
    let links_on: HashMap<usize, usize> = lines
        .iter()
        .filter(|l| l.links > 0)
        .map(|l| (l.no, l.links))
        .collect();
    let mut shapes = Vec::with_capacity(blocks.len());
    let mut block_of = Vec::with_capacity(blocks.len());
    let mut next_line = 0;
    for (i, b) in blocks.iter().enumerate() {
        while next_line < lines.len() && lines[next_line].no < b.first() {
            let l = &lines[next_line];
            if headings
                && matches!(l.kind, LineKind::Removed(r) if r != Reason::Related)
                && page_copy::bounds_article(&l.text)
            {
                shapes.push(BlockShape {
                    text: l.text.clone(),
                    item: false,
                    links: 0,
                    dateline: false,
                    stamp: false,
                });
                block_of.push(None);
            }
            next_line += 1;
        }
        while next_line < lines.len() && lines[next_line].no <= b.last() {
            next_line += 1;
        }
        let text = b.text();
        // A block of one line is read once for both.
        let (dateline, stamp) = match &b.lines[..] {
            [one] if one.text.trim() == text.trim() => meta::stamp_kinds(&text),
            lines => (
                meta::byline_or_date_line(&text),
                lines.iter().any(|l| meta::stamp_line(&l.text)),
            ),
        };
        shapes.push(BlockShape {
            // A numbered list's items are the article's, not a menu's;
            // so are a table's rows.
            item: b.list && !b.numbered && !b.row,
            links: b
                .lines
                .iter()
                .map(|t| links_on.get(&t.no).copied().unwrap_or(0))
                .sum(),
            dateline,
            stamp,
            text,
        });
        block_of.push(Some(i));
    }
    (shapes, block_of)
}

/// A mark of a page break: a page number, a print header or foot, or a URL
/// line (pages printed from a browser carry their address).
fn is_page_mark(kind: &LineKind) -> bool {
    matches!(
        kind,
        LineKind::Removed(Reason::PageNumber | Reason::Running) | LineKind::Url(_)
    )
}

/// Whether the page mark at `i` stands where a page ended. A printed
/// address does so when it repeats (a browser prints the page's address at
/// the foot of every page, the last one too) or stands by a page number; a
/// link printed once, alone, is the text's own (a list of offers, each
/// with its link).
fn prints_a_page(lines: &[Ln], i: usize) -> bool {
    let LineKind::Url(u) = &lines[i].kind else {
        return true;
    };
    let repeated = lines
        .iter()
        .enumerate()
        .any(|(j, l)| j != i && matches!(&l.kind, LineKind::Url(v) if v == u));
    let near = |range: &mut dyn Iterator<Item = usize>| {
        range
            .filter(|&j| lines[j].kind != LineKind::Blank)
            .take(2)
            .any(|j| lines[j].kind == LineKind::Removed(Reason::PageNumber))
    };
    repeated || near(&mut (i + 1..lines.len())) || near(&mut (0..i).rev())
}

/// A short line that is not a sentence: what running heads and feet are.
fn head_shaped(l: &Ln) -> bool {
    l.kind == LineKind::Text
        && l.md_level.is_none()
        && l.at_most(15)
        && !ends_sentence(&l.text)
        && !l.text.ends_with(['?', '!'])
}

/// Running heads and feet of a printed document: short lines that are not
/// sentences, next to the page marks of a page break, when they repeat or
/// when the text around them runs on across the break (so they cannot be
/// a subheading). In a document without page marks nothing is a running
/// line: repeated short lines are the article's own (a recipe's "Lunch").
fn running_lines(lines: &mut [Ln]) {
    let marks: Vec<usize> = (0..lines.len())
        .filter(|&i| is_page_mark(&lines[i].kind) && prints_a_page(lines, i))
        .collect();
    if marks.is_empty() {
        return;
    }
    // Lines of text by their wording (case and end marks aside): a running
    // head repeats a line of the page, often the title or the first line
    // in capitals and without its final stop.
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in lines
        .iter()
        .filter(|l| l.kind == LineKind::Text && l.md_level.is_none())
    {
        *counts.entry(wording(&l.text)).or_default() += 1;
    }
    let full = full_width(lines);
    let mut running = Vec::new();
    for &m in &marks {
        // Up to two non-blank lines on each side of the mark.
        let after = (m + 1..lines.len())
            .filter(|&j| lines[j].kind != LineKind::Blank)
            .take(2);
        let before = (0..m)
            .rev()
            .filter(|&j| lines[j].kind != LineKind::Blank)
            .take(2);
        for j in after.chain(before) {
            let l = &lines[j];
            if !head_shaped(l) {
                continue;
            }
            let repeated = counts.get(&wording(&l.text)).copied().unwrap_or(0) >= 2;
            // A line after the mark that does not itself run on, between text
            // that does, is a running head; a foot needs repetition or capitals.
            // A line as wide as the text's lines running on into the next
            // is the first line of a paragraph carried over the break.
            let head = j > m
                && lines[m + 1..j].iter().all(|l| l.kind != LineKind::Text)
                && !l.text.chars().next().is_some_and(char::is_lowercase)
                && ((l.width * 10 < full * 9 && breaks_a_sentence(lines, j, m))
                    || (page_title(&l.text)
                        && lines[m].kind == LineKind::Removed(Reason::PageNumber)));
            if repeated || head || shouted(&l.text) {
                running.push(j);
            }
        }
    }
    // No page mark stands over the first page's head: the text's first
    // line is a running head when it repeats one found.
    let top = lines.iter().position(|l| l.kind == LineKind::Text);
    if let Some(t) = top
        && !running.contains(&t)
        && head_shaped(&lines[t])
        && running
            .iter()
            .any(|&j| wording(&lines[j].text) == wording(&lines[t].text))
    {
        running.push(t);
    }
    for j in running {
        lines[j].kind = LineKind::Removed(Reason::Running);
    }
}

/// How wide a full line of the text's paragraphs is: the width three in
/// four lines of eight words or more stay within (0 without such lines).
fn full_width(lines: &[Ln]) -> usize {
    let mut widths: Vec<usize> = lines
        .iter()
        .filter(|l| l.kind == LineKind::Text && l.at_least(8))
        .map(|l| l.width)
        .collect();
    if widths.is_empty() {
        return 0;
    }
    widths.sort_unstable();
    widths[widths.len() * 3 / 4]
}

/// A line's wording, to find it repeated: lower case, without the marks
/// that end a sentence.
fn wording(t: &str) -> String {
    t.trim_end_matches(|c: char| ".。!！?？…:：".contains(c) || c.is_whitespace())
        .to_lowercase()
}

/// Whether the page's text runs on across a page break around line `j`
/// (a running line next to the page mark `m`): the last line of text
/// before both does not end a sentence and the first line after both
/// starts in lower case.
fn breaks_a_sentence(lines: &[Ln], j: usize, m: usize) -> bool {
    let text = |l: &&Ln| l.kind == LineKind::Text;
    let before = lines[..j.min(m)].iter().rev().find(text);
    let after = lines[j.max(m) + 1..].iter().find(text);
    before.is_some_and(|b| !ends_sentence(&b.text) && !b.text.ends_with(['?', '!']))
        && after.is_some_and(|a| a.text.chars().next().is_some_and(char::is_lowercase))
}

/// Shaped like a page's title as a browser prints it at the top of each
/// page: a name of one to three words and a title, either way round, set
/// apart by a bar, a middle dot or a spaced dash ("Outlet | Title",
/// "Title – Outlet").
fn page_title(t: &str) -> bool {
    [" | ", " · ", " • ", " – ", " — ", " - "]
        .iter()
        .any(|sep| {
            let mut parts = t.split(sep);
            match (parts.next(), parts.next(), parts.next()) {
                (Some(a), Some(b), None) => {
                    let (a, b) = (word_count(a), word_count(b));
                    a >= 1 && b >= 1 && (a <= 3 || b <= 3)
                }
                _ => false,
            }
        })
}

/// All in capitals (at least two words).
fn shouted(t: &str) -> bool {
    at_least_words(t, 2) && t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
}

/// Groups text lines into blocks; returns the non-text lines before the first
/// block and the blocks. Captions split off a line are recorded as removed.
fn make_blocks(lines: &[Ln], layout: Option<&Layout>, out: &mut Out) -> (Vec<usize>, Vec<Block>) {
    let mut blocks: Vec<Block> = Vec::new();
    let mut lead_gap = Vec::new();
    let mut cur: Option<Block> = None;
    for (i, l) in lines.iter().enumerate() {
        let (text, caption) = match &l.kind {
            LineKind::Text => (Some(l.text.clone()), None),
            LineKind::Split(keep, cap) => (Some(keep.clone()), Some(cap.clone())),
            _ => (None, None),
        };
        match text {
            Some(t) => {
                // A crosshead in emphasis a wrap broke over lines.
                if let Some(b) = blocks.last_mut().filter(|b| {
                    l.goes_on && cur.is_none() && b.md_level.is_some() && b.last() + 1 == l.no
                }) {
                    b.lines.push(l.tline(t));
                    continue;
                }
                if l.md_level.is_some() {
                    if let Some(b) = cur.take() {
                        blocks.push(b);
                    }
                    blocks.push(Block {
                        lines: vec![l.tline(t)],
                        md_level: l.md_level,
                        ..Default::default()
                    });
                    continue;
                }
                let line = l.tline(t);
                let new_paragraph = l.list_item
                    || cur.as_ref().is_some_and(|b| {
                        layout.is_some_and(|lay| breaks_before(lay, b, &line, lines.get(i + 1)))
                    });
                if new_paragraph && let Some(b) = cur.take() {
                    blocks.push(b);
                    cur = Some(Block {
                        joined: true,
                        ..Default::default()
                    });
                }
                let b = cur.get_or_insert_with(Block::default);
                b.list |= l.list_item && b.lines.is_empty();
                b.numbered |= l.numbered && b.lines.is_empty();
                b.row |= l.tab.row.is_some() && l.list_item && b.lines.is_empty();
                if layout.is_some() {
                    b.so_far.add(&line.text);
                }
                b.lines.push(line);
                if let Some(c) = caption {
                    b.caption_on_line = true;
                    out.remove(&c, Reason::Caption, [l.no, l.no]);
                }
            }
            None => {
                if let Some(b) = cur.take() {
                    blocks.push(b);
                }
                if l.kind != LineKind::Blank {
                    match blocks.last_mut() {
                        Some(b) => b.gap_after.push(i),
                        None => lead_gap.push(i),
                    }
                }
            }
        }
    }
    if let Some(b) = cur.take() {
        blocks.push(b);
    }
    (lead_gap, blocks)
}

/// Whether `line` starts a paragraph after block `b` (`next`: the line
/// under it): the layout says the paragraph ends above it, or it is a
/// heading of its own in a wrapped stream (see [`Layout::heading_between`]).
fn breaks_before(lay: &Layout, b: &Block, line: &TLine, next: Option<&Ln>) -> bool {
    let Some(prev) = b.lines.last() else {
        return false;
    };
    if lay.breaks_between(&prev.shape(), &line.shape(), &b.so_far) {
        return true;
    }
    next.filter(|n| n.kind == LineKind::Text && n.md_level.is_none())
        .is_some_and(|n| {
            let c = Shape {
                text: &n.text,
                width: n.width,
                indent: n.indent,
                lead: n.lead,
            };
            lay.heading_between(&prev.shape(), &line.shape(), &c)
        })
}

fn is_media(kind: &LineKind) -> bool {
    matches!(
        kind,
        LineKind::Url(_)
            | LineKind::Removed(Reason::Credit)
            | LineKind::Removed(Reason::Caption)
            | LineKind::Removed(Reason::AltText)
            | LineKind::Removed(Reason::Image)
    )
}

/// Whether a line can be a headline: short, not a sentence, not lower-case.
fn headline_like(t: &str) -> bool {
    let words = word_count(t).max(unspaced_words(t));
    let first = t.chars().next().unwrap_or(' ');
    (2..=22).contains(&words)
        && !(first.is_lowercase())
        && !t
            .trim_end()
            .ends_with(['.', ',', ';', ':', '。', '、', '，', '：', '！', '？'])
        && meta::date_line(t).is_none()
        && !meta::yearless_stamp(t)
        && !meta::day_and_month_alone(t)
        && meta::byline(t).is_none()
        && !header_label(t)
        && !wire_code(t)
}

/// A wire service's code for a story, alone on its line: one run of
/// capitals and digits ("AFP-XX41", "PA-2231"). A script without cases
/// has no capitals: a headline in it written without spaces
/// ("函館線の日中便を3割減") is no code.
fn wire_code(t: &str) -> bool {
    let t = t.trim();
    !t.contains(char::is_whitespace)
        && t.contains(|c: char| c.is_ascii_digit())
        && t.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// A line of a header that is no headline though it looks like one: the
/// writers' names ("Elena Trajkovska, Besnik Krasniqi", "Lukas Brändli,
/// Tbilissi"), a writer's role
/// ("Kyiv Post Business Reporter"), an outlet's credit with an agency's
/// ("DAILY SABAH WITH AA"), or the sections over the headline
/// ("Crossroads Asia | Economy | Central Asia", "POLITICS > DIPLOMACY").
fn header_label(t: &str) -> bool {
    meta::names_list(t).is_some()
        || meta::name_and_place(t).is_some()
        || meta::role_line(t)
        || meta::credit_with_agency(t)
        || breadcrumb(t)
}

/// Sections of a site, one inside the other or side by side, between
/// separators: two or more items of at most three words each, no sentence,
/// each with a letter ("News > Economy", "ニュース ＞ 経済 ＞ 交通" with
/// full-width marks); or three or more between slashes
/// ("ಮುಖಪುಟ/ಜಿಲ್ಲೆ/ಬೆಂಗಳೂರು ನಗರ"; two are a pair of words, "and/or",
/// and a path or a date has slashes too).
fn breadcrumb(t: &str) -> bool {
    let crumbs = |items: Vec<&str>, least: usize| {
        items.len() >= least
            && items.iter().all(|i| {
                !i.is_empty()
                    && at_most_words(i, 3)
                    && !ends_sentence(i)
                    && i.contains(char::is_alphabetic)
            })
    };
    const MARKS: [char; 7] = ['|', '>', '›', '»', '＞', '〉', '／'];
    if t.contains(MARKS) {
        return crumbs(t.split(MARKS).map(str::trim).collect(), 2);
    }
    t.contains('/')
        && !t.contains("://")
        && !t.contains('.')
        && !t.contains(|c: char| c.is_ascii_digit())
        && crumbs(t.split('/').map(str::trim).collect(), 3)
}

/// About how many words a line in a script written without spaces between
/// words (Chinese, Japanese, Thai) holds: a word per three letters of it.
fn unspaced_words(t: &str) -> usize {
    let unspaced = t
        .chars()
        .filter(|&c| {
            matches!(c as u32,
                0x0E00..=0x0E7F // Thai
                | 0x3040..=0x30FF // kana
                | 0x3400..=0x4DBF | 0x4E00..=0x9FFF // Han
                | 0xF900..=0xFAFF)
        })
        .count();
    unspaced / 3
}

/// Most words of more than three letters start with a capital.
fn title_case(t: &str) -> bool {
    let long: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    if long.is_empty() {
        return false;
    }
    let caps = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    caps * 10 >= long.len() * 7
}

/// How many leading lines of `lines` form the headline (0 when none).
fn headline_run(lines: &[TLine]) -> usize {
    let Some(first) = lines.first() else {
        return 0;
    };
    if !headline_like(&first.text) {
        return 0;
    }
    if lines.len() == 1 {
        return 1;
    }
    // Inside a larger block the headline must be in title case and must not
    // run on into a lower-case line (then it is a wrapped sentence).
    if !title_case(&first.text) {
        return 0;
    }
    let mut n = 1;
    while n < lines.len() && n < 3 {
        let prev = &lines[n - 1].text;
        let cur = &lines[n].text;
        if prev.ends_with(['?', '!']) || !headline_like(cur) || !title_case(cur) {
            break;
        }
        n += 1;
    }
    match lines.get(n) {
        Some(next) if next.text.chars().next().is_some_and(char::is_lowercase) => 0,
        _ => n,
    }
}

/// How many lines at the top of a block stand directly above its byline or
/// date line and so are the headline whatever their shape (a headline in a
/// script without spaces between words): one or two lines that are not
/// sentences, do not start in lower case and are not over-long.
/// `dated_next`: the next block starts with the byline or date.
fn above_the_byline(lines: &[TLine], dated_next: bool) -> usize {
    let stamp = |t: &str| {
        meta::byline(t).is_some() || meta::date_line(t).is_some() || meta::date_stamp(t).is_some()
    };
    let found = lines.iter().take(3).position(|l| stamp(&l.text));
    if found.is_none()
        && lines.len() >= 3
        && (lines.get(3).is_some_and(|l| stamp(&l.text)) || (dated_next && lines.len() == 3))
    {
        return headline_over_deck(lines);
    }
    let Some(k) = found.or((dated_next && lines.len() <= 2).then_some(lines.len())) else {
        return 0;
    };
    let headline = |t: &str| {
        t.chars().count() <= 200
            && !ends_sentence(t)
            && !t.ends_with([',', ';', ':'])
            && !t.chars().next().is_some_and(char::is_lowercase)
            && !wire_code(t)
    };
    // A headline broken over two lines, as a hard wrap breaks it, goes on
    // in lower case ("… to meter two million" / "customers by June") over
    // the stamp.
    let broken = k == 2
        && lines[1].text.starts_with(char::is_lowercase)
        && lines[1].at_most(6)
        && !lines[0].at_most(5)
        && headline(&lines[0].text)
        && headline(&lines[1].text.to_uppercase());
    if broken || (1..=2).contains(&k) && lines[..k].iter().all(|l| headline(&l.text)) {
        // Two lines, the second a standfirst or the writer's name alone
        // over the date: the headline is the first.
        let w = |t: &str| t.split_whitespace().count();
        let standfirst =
            k == 2 && open_standfirst(&lines[1..2]) && w(&lines[1].text) > w(&lines[0].text) + 3;
        let name = k == 2
            && found.is_some()
            && meta::looks_like_name(&lines[1].text)
            && lines[1].at_most(4)
            && w(&lines[0].text) > w(&lines[1].text) + 2;
        if standfirst || name { 1 } else { k }
    } else if k == 2
        && headline(&lines[0].text)
        && lines[1].text.starts_with(char::is_uppercase)
        && ends_sentence(&lines[1].text)
        && lines[1].at_most(60)
    {
        // A headline, a standfirst that ends a sentence, then the stamp.
        1
    } else {
        0
    }
}

/// Whether `b` says what `title` says, or what it says without the
/// site's name after it ("… | Deník N", the page's title).
fn says_the_title(b: &Block, title: &str) -> bool {
    let bytes: usize = b.lines.iter().map(|l| l.text.len()).sum();
    let text = || rules::squash(&b.text()).to_lowercase();
    let same = |t: &str| {
        bytes * 5 >= t.len() * 4
            && bytes * 4 <= t.len() * 5
            && text() == rules::squash(t).to_lowercase()
    };
    same(title) || meta::title_without_site(title).is_some_and(|t| same(&t))
}

/// A printed page's headline, set in large type and so broken over two
/// lines, over its deck (a standfirst that ends no sentence) and the stamp
/// (the line under them, or the next block's first): 2, or 0 when `lines`
/// are not so. The headline's second line goes on in lower case.
fn headline_over_deck(lines: &[TLine]) -> usize {
    let (first, tail) = (&lines[0], &lines[1]);
    let tail_ok = tail.text.starts_with(char::is_lowercase) && tail.at_most(6);
    let headline = |t: &str| {
        t.chars().count() <= 200
            && !ends_sentence(t)
            && !t.ends_with([',', ';', ':'])
            && !t.starts_with(char::is_lowercase)
            && !wire_code(t)
    };
    let broken = tail_ok
        && !first.at_most(5)
        && headline(&first.text)
        && headline(&tail.text.to_uppercase());
    if broken && open_standfirst(&lines[2..3]) {
        2
    } else {
        0
    }
}

/// Takes the headline repeated, a section label over the headline, the
/// byline's second line alone in its block ("BBC News"), or the writers'
/// names one to a line; whether it took one.
fn label_or_affiliation(
    blocks: &mut Vec<Block>,
    bi: usize,
    found: &mut Found,
    out: &mut Out,
) -> bool {
    // The headline again, as a feed reader's entry shows its page under
    // its own header: a block of one or two lines that says what the
    // title says.
    if found.title
        && blocks[bi].lines.len() <= 2
        && let Some(title) = &out.doc.title
        && says_the_title(&blocks[bi], title)
    {
        let b = drop_block(blocks, bi);
        out.remove(&b.text(), Reason::Headline, [b.first(), b.last()]);
        return true;
    }
    if let [l] = blocks[bi].lines.as_slice()
        && found.byline
        && found.byline_at + 1 == l.no
        && affiliation(&l.text, None)
    {
        out.meta("author", &l.text, [l.no, l.no]);
        let b = blocks.remove(bi);
        if bi > 0 {
            blocks[bi - 1].gap_after.extend(b.gap_after);
        }
        return true;
    }
    if !found.title && bi == 0 && kicker_above(blocks) {
        let l = blocks[bi].lines.remove(0);
        out.remove(&l.text, Reason::Kicker, [l.no, l.no]);
        if blocks[bi].lines.is_empty() {
            blocks.remove(bi);
        }
        return true;
    }
    take_name_stack(blocks, bi, found, out)
}

/// Whether the first line of the first block is a section label above
/// the headline under it ("World", "NEWS|CONFLICT", "Europe / Russia"), or
/// the first of a breadcrumb trail drawn one label per line ("Startseite" /
/// "Ausland" / "Asien", at most three): each label one to three words in 30
/// characters or fewer, no sentence end, no digit; a headline of three
/// words or more (and more than the label) on the line after the labels;
/// and a byline or date within three lines under that.
fn kicker_above(blocks: &[Block]) -> bool {
    let top: Vec<&TLine> = blocks.iter().flat_map(|b| &b.lines).take(9).collect();
    let label_of = |t: &str, most: usize, chars: usize| {
        let t = t.trim();
        let words = t
            .split(|c: char| c.is_whitespace() || "|/·•>»›→".contains(c))
            .filter(|w| !w.is_empty())
            .count();
        let label = (1..=most).contains(&words)
            && t.chars().count() <= chars
            && !t.ends_with(['.', '!', '?', ':', ','])
            && !t.chars().any(|c| c.is_ascii_digit())
            && t.starts_with(|c: char| c.is_uppercase() || meta::uncased_script(c))
            && !meta::stamp_line(t);
        label.then_some(words)
    };
    let label_words = |t: &str| label_of(t, 3, 30);
    let Some(first) = top.first() else {
        return false;
    };
    // The headline: the first line after at most three labels. A kicker
    // alone may have four or five words ("Energiewende in der Stadt")
    // over a headline four words longer.
    let (words, h) = match label_words(&first.text) {
        Some(w) => {
            let Some(h) = (1..top.len().min(4)).find(|&k| label_words(&top[k].text).is_none())
            else {
                return false;
            };
            (w, h)
        }
        None => match label_of(&first.text, 5, 40) {
            Some(w) if top.get(1).is_some_and(|l| at_least_words(&l.text, w + 4)) => (w, 1),
            _ => return false,
        },
    };
    let headline = &top[h].text;
    // The rest of a header under the headline: a byline or a date within
    // three lines (else the two lines open the text: a heading and a
    // subheading, "GIRLS BASKETBALL" / "Palm Bay d. Rockledge 70-44").
    // Or a date within five lines, under a standfirst and the writers'
    // names one to a line ("Derya Gümüş" / "Elif Sarıkaya" / "BİA Haber
    // Merkezi" / "12 Şubat 2027 Cuma 11:05").
    let header_below = top[h + 1..]
        .iter()
        .take(3)
        .any(|l| meta::stamp_line(&l.text) || meta::placed_byline(&l.text).is_some())
        || top[h + 1..].iter().take(5).any(|l| dated_line(&l.text))
        || standfirst_then_stamp(blocks, top[h].no);
    // A short headline alone in its block over its standfirst ("Мир без
    // гарантов" / "Почему сделка в Астане — плохая новость для Кремля") is
    // no kicker.
    if h == 1 && blocks.first().is_some_and(|b| b.headline) {
        return false;
    }
    headline_like(headline)
        // Three words make a headline in languages that join words
        // ("Azerbaycan'dan Karabağ açıklaması"), when it is longer than
        // the label.
        && headline.split_whitespace().count() >= 3.max(words + 1)
        && header_below
}

/// Whether `head`, two or three words, is a short headline over `under`,
/// its standfirst, not a label over a headline: `head` in sentence case
/// with a word of four letters or more in lower case after its first
/// ("Мир без гарантов", "Frieden ohne garantie"), no separator; `under`
/// six words or more, most of them after the first in lower case. A
/// label's words after the first are capitalised or short ("Krieg in
/// Nahost", "Guerra en Ucrania").
fn short_headline_over_standfirst(head: &str, under: &str) -> bool {
    let head = head.trim();
    let words: Vec<&str> = head.split_whitespace().take(4).collect();
    let lower_word = |w: &&str| w.starts_with(char::is_lowercase) && w.chars().count() >= 4;
    let under_words: Vec<&str> = under.split_whitespace().take(61).collect();
    let lower_under = under_words
        .iter()
        .skip(1)
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    (2..=3).contains(&words.len())
        && head.starts_with(char::is_uppercase)
        && words.iter().skip(1).any(lower_word)
        && !head.contains(['|', '·', '•', '/', '>', '»', '›', ':'])
        && (6..=60).contains(&under_words.len())
        && lower_under * 2 >= under_words.len()
        && !under.trim_end().ends_with([':', ','])
}

/// Whether the block under the one whose last line is the headline (line
/// `no`) is a standfirst of one sentence or two, with a byline or date
/// line in the first three lines under it: the header of a
/// newsletter or a print, its standfirst wrapped over several lines.
fn standfirst_then_stamp(blocks: &[Block], no: usize) -> bool {
    let Some(at) = blocks
        .iter()
        .position(|b| b.lines.last().is_some_and(|l| l.no == no))
    else {
        return false;
    };
    let Some(stand) = blocks.get(at + 1) else {
        return false;
    };
    let text: String = stand
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut below = blocks[at + 2..].iter().flat_map(|b| &b.lines).take(3);
    stand.lines.len() <= 4 && at_most_words(&text, 60) && below.any(|l| meta::stamp_line(&l.text))
}

/// Lines of a page's menu and masthead copied above the headline, one item
/// a line ("Skip to main content", "Le Monde", "Subscribe", "International",
/// "Europe" …), as a reader gets them who selects a whole page in a
/// browser: when two or more lines open the text, each of at most five
/// words or a row of sections between separators ("News | Sport |
/// Culture"), no sentence, no byline or date, the last of them of three
/// words at most, and the first line that is not such an item reads as a
/// headline with a byline or date (or a place and writers, "Andrew Roth in
/// Moscow") within four lines under it, the lines above the headline are
/// removed as navigation. Short lines over a text with no byline or date
/// near its top (a heading and a subheading, a list) are no menu, nor is a
/// short headline over a standfirst ("Политика" / "Песков: Россия готова
/// продолжать посредничество" / a standfirst / a date).
fn menu_above_headline(blocks: &mut Vec<Block>, out: &mut Out) {
    const MENU_WORDS: usize = 5;
    let top: Vec<&TLine> = blocks.iter().flat_map(|b| &b.lines).take(40).collect();
    // A date among the items (a wire's header: "AFP-XX41" / "ENG" /
    // "11-MAR-2025 14:07 GMT" / its slug) stays, to be read as the date.
    let dated = |t: &str| meta::date_line(t).is_some() && meta::byline(t).is_none();
    let item = |t: &str| {
        (at_most_words(t, MENU_WORDS) || breadcrumb(t))
            && !ends_sentence(t)
            && (!meta::stamp_line(t) || dated(t))
    };
    let Some(h) = top.iter().position(|l| !item(&l.text)) else {
        return;
    };
    let stamped = || {
        top[h + 1..]
            .iter()
            .take(4)
            .any(|l| meta::stamp_line(&l.text) || meta::placed_byline(&l.text).is_some())
    };
    // A short headline (four or five words) over a standfirst that ends
    // no sentence looks like an item over a headline: the item right above
    // the headline has three words at most.
    if h < 2
        || !at_most_words(&top[h - 1].text, 3)
        || dated(&top[h - 1].text)
        || !headline_like(&top[h].text)
        || !stamped()
    {
        return;
    }
    // The short lines right over it, line after line, may be one phrase
    // broken: a printed headline over its standfirst, no menu (whose
    // items are mostly single words).
    let run = 1
        + (1..h)
            .rev()
            .take_while(|&k| top[k].no == top[k - 1].no + 1)
            .count();
    let over: Vec<&str> = top[h - run..h].iter().map(|l| l.text.as_str()).collect();
    let single = over.iter().filter(|t| words_up_to(t, 2) < 2).count();
    if broken_headline(&over) && single <= 1 && at_least_words(&over.join(" "), 6) {
        return;
    }
    let apart = headline_set_apart(&top, h).then(|| top[h - 1].no);
    set_aside_top(
        blocks,
        h - usize::from(apart.is_some()),
        &|_| Reason::Navigation,
        out,
    );
    if let Some(no) = apart
        && let Some(b) = blocks
            .iter_mut()
            .find(|b| b.lines.first().is_some_and(|l| l.no == no))
    {
        b.headline = true;
    }
}

/// Whether line `h - 1` of `top`, short, is the headline over line `h`
/// (its standfirst), not a menu's item: alone between blank lines, two or
/// three words with no separator between them, none run together, not in
/// capitals, shaped as a short headline over its standfirst
/// ([`short_headline_over_standfirst`]), and the line over it no such
/// lone item too (a menu sets its items one to a line, or several to a
/// row with separators). `h` is 2 or more.
fn headline_set_apart(top: &[&TLine], h: usize) -> bool {
    let alone = |k: usize| {
        top[k].no > top[k - 1].no + 1 && top.get(k + 1).is_none_or(|n| n.no > top[k].no + 1)
    };
    let lone_item = |k: usize| {
        let t = top[k].text.trim();
        at_most_words(t, 3)
            && !t.contains(['|', '·', '•', '/', '>', '»', '›', '*'])
            && t.chars().any(char::is_lowercase)
    };
    // Items run together, a small letter then a capital inside a word
    // ("Po polskuEnglish"), are a menu's.
    let glued = |t: &str| {
        t.chars()
            .zip(t.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
    };
    let t = top[h - 1].text.trim();
    alone(h - 1)
        && lone_item(h - 1)
        && !glued(t)
        && short_headline_over_standfirst(t, &top[h].text)
        && !(h >= 3 && alone(h - 2) && lone_item(h - 2))
}

/// A reader's own lines over the article's header: the title of their
/// note and a line or two of it ("Dengue 2026 – numbers for the report" /
/// "check DGHS dashboard again on Tuesday"), a tool's lines ("### font
/// table contains 3 fonts total"), then the section labels and the
/// headline with a byline or date under it. When the first line among the
/// top sixteen that reads as a headline (four words or more, opening with a
/// letter, a figure or a quotation mark, no name) with a stamp (a byline, a
/// date, a writer's name over a date) within three lines under it is not
/// the first line, and the lines above it are eight or fewer with 80 words or fewer
/// in all, and a section label or a dated line stands right over it (else
/// it may be a standfirst under the headline), they are no part of the
/// article: the short ones right over the headline (three words or fewer)
/// go as section labels, the rest as the reader's notes. A dated line among them stays, to be read as the date.
fn note_above_header(blocks: &mut Vec<Block>, out: &mut Out) {
    let top: Vec<&TLine> = blocks.iter().flat_map(|b| &b.lines).take(16).collect();
    let stamped = |h: usize| {
        let under: Vec<&TLine> = top[h + 1..].iter().take(3).copied().collect();
        under
            .iter()
            .any(|l| meta::stamp_line(&l.text) || meta::placed_byline(&l.text).is_some())
            || name_over_date_lines(&under)
    };
    // A headline of four words or more that opens with a letter, a figure
    // or a quotation mark; no writer's name ("Elif Sarıkaya" over a date).
    let headline = |t: &str| {
        let t = t.trim();
        headline_like(t)
            && word_count(t).max(unspaced_words(t)) >= 4
            && t.starts_with(|c: char| c.is_alphanumeric() || "\"“„«‘'".contains(c))
            && !meta::looks_like_name(t)
            && !points_down(t)
    };
    // Shapes told from bytes first: a headline is short and ends no
    // sentence; a stamp under it has a figure or opens like a byline.
    let short = |t: &str| {
        t.len() <= 300 && !t.trim_end().ends_with(['.', ',', ';', ':']) && words_up_to(t, 23) <= 22
    };
    let may_stamp = |h: usize| {
        top[h + 1..]
            .iter()
            .take(3)
            .any(|l| l.text.len() <= 200 && (has_figure(&l.text) || meta::may_open_byline(&l.text)))
    };
    let qualifies = |h: usize| {
        let t = &top[h].text;
        short(t) && may_stamp(h) && headline(t) && stamped(h)
    };
    let (dated, label) = (top_dated, top_label);
    // The candidates, cheapest tests first (most texts have none): among
    // the first nine lines (eight or fewer over it), with a section label
    // or a dated line right over it (else the line found may be a
    // standfirst under the headline above it), and few bytes over it (80
    // words, counted once a line is found).
    // Most texts open with their headline over its byline (told first,
    // the cheapest), or over another stamp: nothing is over the headline.
    let byline_under_first = top
        .get(1)
        .is_some_and(|l| l.text.len() <= 120 && meta::byline(&l.text).is_some());
    if top.is_empty() || byline_under_first || qualifies(0) {
        return;
    }
    let mut bytes = 0;
    let mut found = None;
    for h in 1..top.len().min(9) {
        bytes += top[h - 1].text.len();
        if bytes > 2_000 {
            break;
        }
        let over = &top[h - 1].text;
        if (label(over) || dated(over) || points_down(over)) && qualifies(h) {
            found = Some(h);
            break;
        }
    }
    // It must be the first headline with a stamp under it, with 80 words or
    // fewer over it, and not under a menu's items alone
    // (`menu_above_headline`).
    let Some(h) = found.filter(|&h| {
        let words: usize = top[..h].iter().map(|l| words_up_to(&l.text, 81)).sum();
        words <= 80
            && !(1..h).any(qualifies)
            && !top[..h]
                .iter()
                .all(|l| at_most_words(&l.text, 5) && unspaced_words(&l.text) <= 5)
    }) else {
        return;
    };
    let labels = top[..h].iter().rev().take_while(|l| label(&l.text)).count();
    let first_label = h - labels;
    set_aside_top(blocks, h, &|k| label_or_note(k >= first_label), out);
}

/// Whether `t` has a figure, of any script ("১৬ জানুয়ারি ২০২৮" as well
/// as "16 January 2028").
fn has_figure(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_digit()) || (!t.is_ascii() && t.chars().any(char::is_numeric))
}

/// A sharer's note pointing down at the article pasted under it ("From
/// today's paper, pasted whole as the link is paywalled 👇", "অনুবাদ
/// নিচে ⬇️"): a line that ends with a hand or an arrow pointing down.
fn points_down(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c) || c == '\u{FE0F}'
    });
    t.ends_with(['👇', '⬇', '⤵', '🔽', '↓']) && word_count(t) >= 2
}

/// A dated line over the headline (see [`note_above_header`]).
fn top_dated(t: &str) -> bool {
    t.len() <= 120
        && t.bytes().any(|b| b.is_ascii_digit())
        && meta::date_line(t).is_some()
        && meta::byline(t).is_none()
}

/// A section label over the headline, or a trail of them ("Home › News ›
/// Society"; see [`note_above_header`]).
fn top_label(t: &str) -> bool {
    t.len() <= 80
        && (at_most_words(t, 3) || breadcrumb(t))
        && !ends_sentence(t)
        && !meta::has_year(t)
}

/// What stands over the article's header and is no part of it: a
/// reader's page around it, a menu, a reader's note.
fn above_the_header(blocks: &mut Vec<Block>, out: &mut Out) {
    page_around_article(blocks, out);
    menu_above_headline(blocks, out);
    note_above_header(blocks, out);
}

/// A reader's own page around the article, as a wiki or notes program
/// keeps it: the page's heading ("# Digest: metro phase two"), a source
/// line and a note, then the article's headline as a heading of the same
/// level or higher with its byline or date under it. When the first block
/// is a heading with no stamp under it, and the next heading of its level
/// or higher, within twelve blocks and 120 words, has one, the blocks
/// over that headline are the reader's, not the article's.
fn page_around_article(blocks: &mut Vec<Block>, out: &mut Out) {
    let Some(level) = blocks.first().and_then(|b| b.md_level) else {
        return;
    };
    let Some(h) =
        (1..blocks.len().min(13)).find(|&k| blocks[k].md_level.is_some_and(|l| l <= level))
    else {
        return;
    };
    let stamped = |from: usize| {
        let under: Vec<&TLine> = blocks[from..]
            .iter()
            .flat_map(|b| &b.lines)
            .take(3)
            .collect();
        under.iter().any(|l| {
            l.text.len() <= 200
                && (meta::stamp_line(&l.text)
                    || meta::placed_byline(&l.text).is_some()
                    || dated_line(&l.text))
        }) || name_over_date_lines(&under)
    };
    let words: usize = blocks[..h]
        .iter()
        .flat_map(|b| &b.lines)
        .map(|l| words_up_to(&l.text, 121))
        .sum();
    if words > 120 || stamped(1) || !stamped(h + 1) {
        return;
    }
    for b in blocks.drain(..h) {
        for l in &b.lines {
            out.remove(&l.text, Reason::ReaderNote, [l.no, l.no]);
        }
    }
}

/// Why a line over the headline goes: as a section label or as a reader's
/// note.
fn label_or_note(label: bool) -> Reason {
    if label {
        Reason::Kicker
    } else {
        Reason::ReaderNote
    }
}

/// Removes the first `h` lines of `blocks`, line `k` with the reason
/// `why(k)`; a dated line among them stays, in a block of its own at the
/// top, to be read as the date.
fn set_aside_top(blocks: &mut Vec<Block>, h: usize, why: &dyn Fn(usize) -> Reason, out: &mut Out) {
    let dated = |t: &str| meta::date_line(t).is_some() && meta::byline(t).is_none();
    let mut kept = Vec::new();
    let mut left = h;
    let mut at = 0;
    while left > 0 {
        let b = &mut blocks[0];
        let n = left.min(b.lines.len());
        for l in b.lines.drain(..n) {
            if dated(&l.text) {
                kept.push(l);
            } else {
                out.remove(&l.text, why(at), [l.no, l.no]);
            }
            at += 1;
        }
        left -= n;
        if b.lines.is_empty() {
            blocks.remove(0);
        }
    }
    if !kept.is_empty() {
        blocks.insert(
            0,
            Block {
                lines: kept,
                ..Default::default()
            },
        );
    }
}

/// A web page printed from a browser carries the page's title in the
/// header of each page ("8/10/24, 7:15 AM Title | Outlet") and its address
/// at the foot ("https://… 1/2"). Marks the headers in the other locales'
/// date forms as running lines (only in a text with such a foot), and
/// returns the title of the first header when the text opens with one
/// (only with `may`: a text's top, not a news database's export).
fn browser_print(lines: &mut [Ln], may: bool) -> Option<String> {
    if !may {
        return None;
    }
    let split_foot = split_print_feet(lines);
    let printed = split_foot
        || lines.iter().any(|l| {
            matches!(l.kind, LineKind::Removed(Reason::Running))
                && super::furniture::print_foot(&l.text)
        });
    // The first line's title; in the other locales' forms, a header
    // further down repeats it (a date line under the headline,
    // "11.3.2025 16:02 | Päivitetty …", is the page's own).
    let first = lines.iter().position(|l| l.kind != LineKind::Blank)?;
    if let Some(title) = firefox_print(lines, first) {
        return Some(title);
    }
    let Some(title) = super::furniture::print_header_title(&lines[first].text, printed) else {
        return split_print_header(lines, first, printed);
    };
    let title = title.to_string();
    for l in lines.iter_mut().skip(first) {
        let text = l.kind == LineKind::Text && l.md_level.is_none();
        if (text || l.kind == LineKind::Removed(Reason::Running))
            && super::furniture::print_header_title(&l.text, printed).is_some_and(|t| t == title)
        {
            l.kind = LineKind::Removed(Reason::Running);
        }
    }
    Some(title)
}

/// A page printed from Firefox: the title and the address at the head of
/// each page (the text's first line, `first`), the page's number and the
/// printing's date at its foot ("1 av 2   03.03.2028, 21:52"). With such
/// a foot, the heads and feet are running lines, and the title is
/// returned.
fn firefox_print(lines: &mut [Ln], first: usize) -> Option<String> {
    let title = super::furniture::firefox_print_header(&lines[first].text)?.to_string();
    let text = |l: &Ln| matches!(l.kind, LineKind::Text | LineKind::Url(_)) && l.md_level.is_none();
    let foot = |l: &Ln| {
        (text(l) || l.kind == LineKind::Removed(Reason::PageNumber))
            && super::furniture::firefox_print_foot(&l.text)
    };
    if !lines.iter().any(foot) {
        return None;
    }
    for l in &mut lines[first..] {
        let head =
            text(l) && super::furniture::firefox_print_header(&l.text) == Some(title.as_str());
        if head || foot(l) {
            l.kind = LineKind::Removed(Reason::Running);
            l.md_level = None;
        }
    }
    Some(title)
}

/// The next line after `i` that is not blank, if any.
fn next_non_blank(lines: &[Ln], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&j| lines[j].kind != LineKind::Blank)
}

/// A browser's print feet that a PDF reader wrote over two lines: the
/// page's address alone, the page's number and count ("1/3") alone under
/// it. Marks both lines as running lines; whether there were any.
fn split_print_feet(lines: &mut [Ln]) -> bool {
    let mut found = false;
    for i in 0..lines.len() {
        let LineKind::Url(_) = lines[i].kind else {
            continue;
        };
        let Some(j) = next_non_blank(lines, i).filter(|&j| j <= i + 2) else {
            continue;
        };
        if super::furniture::page_count(&lines[j].text) {
            for k in [i, j] {
                lines[k].kind = LineKind::Removed(Reason::Running);
            }
            found = true;
        }
    }
    found
}

/// A browser's print header that a PDF reader wrote over two lines: the
/// date and time alone ("3/13/25, 8:47 AM"), the page's title on the next
/// line. The text opens with one, and it is a print's by its feet
/// (`printed`) or by the same two lines again further down. Marks each
/// such pair as running lines and returns the title.
fn split_print_header(lines: &mut [Ln], first: usize, printed: bool) -> Option<String> {
    if !super::furniture::print_stamp_alone(&lines[first].text, printed) {
        return None;
    }
    let t = next_non_blank(lines, first).filter(|&t| t <= first + 2)?;
    let title = lines[t].text.trim().to_string();
    if lines[t].kind != LineKind::Text || at_most_words(&title, 2) || !at_most_words(&title, 40) {
        return None;
    }
    let pairs: Vec<(usize, usize)> = (first..lines.len())
        .filter(|&i| super::furniture::print_stamp_alone(&lines[i].text, printed))
        .filter_map(|i| {
            let t = next_non_blank(lines, i).filter(|&t| t <= i + 2)?;
            (lines[t].text.trim() == title).then_some((i, t))
        })
        .collect();
    if !printed && pairs.len() < 2 {
        return None;
    }
    for (i, t) in pairs {
        for k in [i, t] {
            lines[k].kind = LineKind::Removed(Reason::Running);
            lines[k].md_level = None;
        }
    }
    Some(title)
}

/// The headline of a page printed from a browser, spelled by its print
/// header's title (see [`spelled_title`]) in the first lines: it becomes
/// the first block, as a heading; the lines above it are the site's
/// (menu, sign-in, section, sharing), outside the article, except a date
/// line, which gives the date. Nothing changes when no lines spell it.
/// The title is a print header's, else a mail's subject.
fn headline_from_print(
    blocks: &mut Vec<Block>,
    (print_title, subject): (Option<&str>, Option<&str>),
    out: &mut Out,
) {
    // A mail's subject may be a headline's paraphrase or the text's first
    // words: only its exact spelling is the headline.
    let title = print_title.map(|t| (t, true));
    let Some((title, loose)) = title.or(subject.map(|s| (s, false))) else {
        return;
    };
    let top: Vec<(usize, usize)> = blocks
        .iter()
        .enumerate()
        .flat_map(|(b, bl)| (0..bl.lines.len()).map(move |k| (b, k)))
        .take(PRINT_HEADLINE_REACH)
        .collect();
    let texts: Vec<(usize, &str)> = top
        .iter()
        .map(|&(b, k)| (blocks[b].lines[k].no, blocks[b].lines[k].text.as_str()))
        .collect();
    // A subject that is a sentence of the text, full stop and all, is no
    // headline.
    let found = if loose {
        spelled_title(title, &texts)
    } else {
        exactly_spelled_title(&title_forms(title), &texts)
            .filter(|&(i, n)| !texts[i + n - 1].1.trim_end().ends_with('.'))
    };
    let Some((start, n)) = found else {
        return;
    };
    let (first_block, first_line) = top[start];
    let (last_block, last_line) = top[start + n - 1];
    // The lines above the headline.
    let above: Vec<TLine> = blocks[..first_block]
        .iter()
        .flat_map(|b| b.lines.iter().cloned())
        .chain(blocks[first_block].lines[..first_line].iter().cloned())
        .collect();
    read_above_headline(above, out);
    let mut rest = blocks.split_off(last_block);
    let last = &mut rest[0];
    let headline: Vec<TLine> = if first_block == last_block {
        last.lines.drain(first_line..=last_line).collect()
    } else {
        let mut h: Vec<TLine> = blocks[first_block].lines[first_line..].to_vec();
        h.extend(
            blocks[first_block + 1..]
                .iter()
                .flat_map(|b| b.lines.clone()),
        );
        h.extend(last.lines.drain(..=last_line));
        h
    };
    // What was above goes; so does a block the headline emptied, its gap
    // now under the headline.
    let gap_after = if rest[0].lines.is_empty() {
        rest.remove(0).gap_after
    } else {
        Vec::new()
    };
    blocks.clear();
    blocks.push(Block {
        lines: headline,
        md_level: Some(1),
        gap_after,
        ..Default::default()
    });
    blocks.extend(rest);
    split_over_stamp(blocks, 1);
    header_under_print_headline(blocks, out);
}

/// The lines above a headline found by its print title or mail subject:
/// a date line gives the date, a byline the writers (a newsletter's byline
/// over its first story, "By Kelsey Brandt · Mar 12, 2025"); the rest is
/// outside the article.
fn read_above_headline(above: Vec<TLine>, out: &mut Out) {
    for l in above {
        let lines = [l.no, l.no];
        match (meta::date_line(&l.text), meta::byline(&l.text)) {
            (Some(d), _) if out.doc.date.is_none() => stamp_date(out, d, &l.text, lines),
            (_, Some((authors, date))) if out.doc.authors.is_empty() => {
                stamp_authors(out, authors, &l.text, lines);
                if let Some(d) = date.filter(|_| out.doc.date.is_none()) {
                    out.doc.date = Some(d);
                    out.doc.provenance.insert("date".into(), Provenance::Text);
                }
            }
            _ => out.remove(&l.text, Reason::Outside, lines),
        }
    }
}

/// How many lines under a print's headline its header may reach: the
/// standfirst, share buttons, the photo and its caption, the writer, a
/// "Reporting from" line, the date.
const PRINT_HEADER_REACH: usize = 14;

/// The header under the headline of a page printed from a browser (block
/// 0): the lines run straight on under the headline (the standfirst),
/// then, down to the last byline or date line within
/// [`PRINT_HEADER_REACH`] lines, the bylines and dates, and a name alone
/// (or names with their places) over a date. The other lines there (share buttons, the photo's caption,
/// "Reporting from …") are the page's, outside the article. Each line kept
/// becomes a block of its own for the header to read; nothing changes
/// without a byline or date line there.
fn header_under_print_headline(blocks: &mut Vec<Block>, out: &mut Out) {
    let Some(head_end) = blocks.first().map(Block::last) else {
        return;
    };
    let lines: Vec<(usize, usize)> = blocks
        .iter()
        .enumerate()
        .skip(1)
        .flat_map(|(b, bl)| (0..bl.lines.len()).map(move |k| (b, k)))
        .take(PRINT_HEADER_REACH)
        .collect();
    let text = |&(b, k): &(usize, usize)| blocks[b].lines[k].text.as_str();
    // A link whose address holds the date ("Read it on the site:
    // https://…/2028/02/21/…") ends the article, no header.
    let stamp = |t: &str| meta::stamp_line(t) && !t.contains("://");
    let Some(last) = lines.iter().rposition(|p| stamp(text(p))) else {
        return;
    };
    let sub = standfirst_run(blocks, &lines[..last], head_end);
    let keep: Vec<bool> = (0..=last)
        .map(|i| {
            let t = text(&lines[i]);
            // A name alone, or names with where they wrote from ("Harriet
            // Ledbury in London and Joost Vermeulen in Amsterdam"), over
            // a date.
            let over_date = || i < last && dated_line(text(&lines[i + 1]));
            meta::stamp_line(t)
                || ((2..=4).contains(&words_up_to(t, 5)) && meta::looks_like_name(t) && over_date())
                || (over_date() && meta::placed_byline(t).is_some())
        })
        .collect();
    let header: Vec<TLine> = lines[..=last]
        .iter()
        .map(|&(b, k)| blocks[b].lines[k].clone())
        .collect();
    let mut new: Vec<Block> = vec![std::mem::take(&mut blocks[0])];
    if sub > 0 {
        new.push(Block {
            lines: header[..sub].to_vec(),
            ..Default::default()
        });
    }
    for (i, l) in header.into_iter().enumerate().skip(sub) {
        if keep[i] {
            new.push(Block {
                lines: vec![l],
                joined: true,
                ..Default::default()
            });
        } else {
            out.remove(&l.text, Reason::Outside, [l.no, l.no]);
        }
    }
    // The rest of the block the last header line was in, then the others.
    let (lb, lk) = lines[last];
    let mut tail = std::mem::take(&mut blocks[lb]);
    tail.lines.drain(..=lk);
    if let Some(b) = new.last_mut() {
        b.gap_after = if tail.lines.is_empty() {
            std::mem::take(&mut tail.gap_after)
        } else {
            Vec::new()
        };
    }
    if !tail.lines.is_empty() {
        new.push(tail);
    }
    new.extend(blocks.drain(lb + 1..));
    *blocks = new;
}

/// Splits block `bi`, in a print where the layout ran the header's lines
/// together, before its first byline or date line among the first six
/// lines, and before a short line (a name) right over one: the standfirst,
/// the writer and the date become blocks of their own.
fn split_over_stamp(blocks: &mut Vec<Block>, bi: usize) {
    let Some(b) = blocks.get(bi) else {
        return;
    };
    let stamp_below = |k: usize| {
        b.lines
            .get(k + 1)
            .or_else(|| blocks.get(bi + 1).and_then(|n| n.lines.first()))
            .is_some_and(|l| meta::stamp_line(&l.text))
    };
    let at = (1..b.lines.len().min(6)).find(|&k| {
        let t = &b.lines[k].text;
        meta::stamp_line(t) || (at_most_words(t, 5) && !ends_sentence(t) && stamp_below(k))
    });
    let Some(at) = at else {
        return;
    };
    let mut tail = blocks[bi].lines.split_off(at);
    let mut pieces = Vec::new();
    // A name over the stamp stands alone too.
    if tail.len() > 1 && !meta::stamp_line(&tail[0].text) {
        let rest = tail.split_off(1);
        pieces.push(std::mem::replace(&mut tail, rest));
    }
    pieces.push(tail);
    let gap = std::mem::take(&mut blocks[bi].gap_after);
    let n = pieces.len();
    for (k, lines) in pieces.into_iter().enumerate() {
        blocks.insert(
            bi + 1 + k,
            Block {
                lines,
                joined: true,
                gap_after: if k + 1 == n { gap.clone() } else { Vec::new() },
                ..Default::default()
            },
        );
    }
}

/// How many of `lines` (block, line) make the standfirst under a print's
/// headline ending on line `head_end`: lines right under it, with only
/// blank lines between (a removed line, a photo's credit, breaks the run),
/// none short or a stamp, of 8 to 60 words in all; 0 when they are not.
fn standfirst_run(blocks: &[Block], lines: &[(usize, usize)], head_end: usize) -> usize {
    let mut sub = 0;
    let mut prev = head_end;
    let mut open = false;
    let mut words = 0;
    for (k, &(b, i)) in lines.iter().enumerate() {
        let l = &blocks[b].lines[i];
        // The first may stand a blank line under the headline; a short
        // line ends the run unless it ends the sentence the line above
        // left open.
        let between_blank = l.no == prev + 1 || (k == 0 && l.no == prev + 2);
        let short = l.at_most(5) && !(open && ends_sentence(&l.text));
        if !between_blank || meta::stamp_line(&l.text) || short {
            break;
        }
        open = !ends_sentence(&l.text);
        prev = l.no;
        words += word_count(&l.text);
        sub += 1;
    }
    if (8..=60).contains(&words) { sub } else { 0 }
}

/// How many lines from the top of a print [`headline_from_print`] looks
/// for the headline in: a site's menu rows, sign-in and section labels.
const PRINT_HEADLINE_REACH: usize = 40;

/// Where the lines `lines` (number, text) spell the page title `title` of
/// a browser's print header: one to four lines in a row, of three words or
/// more, that read as the title whole, or as one side of it set apart from
/// the site's name ("Title | Outlet", "Outlet - Title"), or that start with
/// it where the browser cut it short with "…". A mail program's "Fwd:" or
/// "Re:" before the title is left out. Returns the first line and the count.
fn spelled_title(title: &str, lines: &[(usize, &str)]) -> Option<(usize, usize)> {
    let forms = title_forms(title);
    exactly_spelled_title(&forms, lines).or_else(|| loosely_spelled_title(&forms, lines))
}

/// The lines that spell one of `forms` (see [`title_forms`]) exactly, as
/// [`spelled_title`] looks for first.
fn exactly_spelled_title(
    forms: &[(String, bool)],
    lines: &[(usize, &str)],
) -> Option<(usize, usize)> {
    if forms.is_empty() {
        return None;
    }
    // The lines spelling the longest reading: a section's name may be
    // one side of the title too ("Headline | Climate and Environment").
    let mut best: Option<(usize, usize, usize)> = None;
    // Each line's key, made once (a line is joined with up to three above it).
    let keys: Vec<String> = lines.iter().map(|l| title_key(l.1)).collect();
    for i in 0..lines.len() {
        let mut joined = String::new();
        for n in 1..=4.min(lines.len() - i) {
            if n > 1 && lines[i + n - 1].0 != lines[i + n - 2].0 + 1 {
                break;
            }
            if n > 1 {
                joined.push(' ');
            }
            joined.push_str(&keys[i + n - 1]);
            if word_count(&joined) < 3 {
                continue;
            }
            // Cut short, the title may be a first sentence's start: the
            // lines spelling it end no sentence.
            let open = !ends_sentence(lines[i + n - 1].1);
            let spelled = forms
                .iter()
                .filter(|(w, cut)| *w == joined || (*cut && open && joined.starts_with(w.as_str())))
                .map(|(w, _)| w.len())
                .max();
            if let Some(len) = spelled
                && best.is_none_or(|(_, _, b)| len > b)
            {
                best = Some((i, n, len));
            }
            if !forms.iter().any(|(w, _)| w.starts_with(joined.as_str())) {
                break;
            }
        }
    }
    best.map(|(i, n, _)| (i, n))
}

/// The lines that spell a reading of a print's title loosely, as a site
/// words its headline apart from the page's title ("Zweckentfremdung in
/// München: Stadt geht härter gegen Ferienwohnungen vor" over "Stadt geht
/// härter gegen illegale" / "Ferienwohnungen vor"): up to three lines in a
/// row of four words or more, no sentence, four in five of their words the
/// reading's, and three in five of the reading's words theirs, with no
/// sentence of six words or more above them (the article's own lines: a
/// headline quoted further down is not the page's). The lines sharing the
/// most words win, the first of them on a tie.
fn loosely_spelled_title(
    forms: &[(String, bool)],
    lines: &[(usize, &str)],
) -> Option<(usize, usize)> {
    let prose = lines
        .iter()
        .position(|(_, l)| ends_sentence(l) && rules::at_least_words(l, 6))
        .unwrap_or(lines.len());
    let lines = &lines[..prose];
    let sets: Vec<FxSet<&str>> = forms.iter().map(|(f, _)| f.split(' ').collect()).collect();
    let mut best: Option<(usize, usize, usize)> = None;
    for i in 0..lines.len() {
        let mut joined = String::new();
        for n in 1..=3.min(lines.len() - i) {
            if n > 1 && lines[i + n - 1].0 != lines[i + n - 2].0 + 1 {
                break;
            }
            let line = lines[i + n - 1].1;
            if n > 1 {
                joined.push(' ');
            }
            joined.push_str(&title_key(line));
            if ends_sentence(line) && !line.trim_end().ends_with(['?', '!']) {
                break;
            }
            let words: FxSet<&str> = joined.split(' ').collect();
            if words.len() < 4 {
                continue;
            }
            let shared = sets
                .iter()
                .filter(|f| f.len() <= words.len() + 6)
                .map(|f| {
                    let common = words.iter().filter(|w| f.contains(*w)).count();
                    let loose = common * 5 >= words.len() * 4 && common * 5 >= f.len() * 3;
                    if loose { common } else { 0 }
                })
                .max()
                .unwrap_or(0);
            if shared > 0 && best.is_none_or(|(_, _, b)| shared > b) {
                best = Some((i, n, shared));
            }
        }
    }
    best.map(|(i, n, _)| (i, n))
}

/// The readings of a print header's title that a headline may spell: the
/// whole, each side of a separator, and all but the first or last side;
/// each with whether the browser cut it short ("…"). Cut readings need
/// three words.
fn title_forms(title: &str) -> Vec<(String, bool)> {
    // Chinese and Japanese titles set the outlet's name after a full-width
    // colon or bar ("…追加工事：朝日新聞").
    const SEPARATORS: [&str; 9] = [" | ", " – ", " — ", " - ", " · ", " • ", " :: ", "：", "｜"];
    let title = title.trim();
    let mut raw: Vec<String> = vec![title.to_string()];
    for sep in SEPARATORS {
        let parts: Vec<&str> = title.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        raw.extend(parts.iter().map(|p| p.to_string()));
        raw.push(parts[..parts.len() - 1].join(sep));
        raw.push(parts[1..].join(sep));
    }
    let mut forms = Vec::new();
    for r in raw {
        let r = r.trim();
        let r = strip_mail_prefix(r);
        let cut = r.ends_with('…') || r.ends_with("...");
        let key = title_key(r.trim_end_matches(['…', '.']));
        if word_count(&key) >= 3 && !forms.iter().any(|(k, _)| *k == key) {
            forms.push((key, cut));
        }
    }
    forms
}

/// A subject without a mail program's "Fwd:", "Fw:", "Re:", "WG:", "TR:"
/// or "AW:" before it.
fn strip_mail_prefix(t: &str) -> &str {
    let mut t = t;
    loop {
        let Some((head, rest)) = t.split_once(':') else {
            return t;
        };
        if !["fwd", "fw", "re", "wg", "aw", "tr", "rv", "enc"]
            .iter()
            .any(|p| head.trim().eq_ignore_ascii_case(p))
        {
            return t;
        }
        t = rest.trim_start();
    }
}

/// A line's words for comparing it with a title: lower case, letters and
/// digits, one space between words.
fn title_key(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for w in t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// What the header has given so far.
#[derive(Debug, Default)]
struct Found {
    title: bool,
    subtitle: bool,
    byline: bool,
    /// The line the byline was read from.
    byline_at: usize,
    /// The line the date was read from.
    date_at: Option<usize>,
}

/// Where reading the header goes after a block.
enum Next {
    /// On to the next block, still in the header.
    Block,
    /// This block starts the body.
    Body,
    /// The same block again: the header's lines left in it (a byline or
    /// date under a standfirst) are read next.
    Again,
}

/// Reads the header blocks; returns the index of the first body block.
/// `wrap`: the wrap width of hard-wrapped text; `indents`: its paragraphs
/// start with an indented first line.
fn header(
    blocks: &mut Vec<Block>,
    (wrap, indents): (Option<usize>, bool),
    lines: &[Ln],
    out: &mut Out,
) -> usize {
    let bi = header_read(blocks, (wrap, indents), lines, out);
    source_under_stamp(blocks, bi, out);
    bi
}

/// Under the header's date or byline line, a line of one capitalised word
/// over the body, with no blank line between: the wire or the paper that
/// sent the story ("Economy 02.05.2027 14:36" / "Interfax" / the first
/// paragraph), removed as the header's. The first line of block `bi`, the
/// body's first.
fn source_under_stamp(blocks: &mut Vec<Block>, bi: usize, out: &mut Out) {
    let Some(b) = blocks.get(bi) else {
        return;
    };
    let Some(l) = b.lines.first() else {
        return;
    };
    let t = l.text.trim();
    let word = (2..=30).contains(&t.len())
        && t.starts_with(char::is_uppercase)
        && t.chars().all(|c| c.is_alphabetic() || c == '-')
        && t.chars().skip(1).any(char::is_lowercase);
    let under = out
        .doc
        .metadata
        .iter()
        .any(|m| matches!(m.field.as_str(), "date" | "author") && m.lines[1] + 1 == l.no);
    if !word || !under || (b.lines.len() == 1 && bi + 1 >= blocks.len()) {
        return;
    }
    let (text, no) = (t.to_string(), l.no);
    if b.lines.len() == 1 {
        drop_block(blocks, bi);
    } else {
        blocks[bi].lines.remove(0);
    }
    out.remove(&text, Reason::Dateline, [no, no]);
}

/// [`header`]'s reading of the blocks; the body's first block.
fn header_read(
    blocks: &mut Vec<Block>,
    (wrap, indents): (Option<usize>, bool),
    lines: &[Ln],
    out: &mut Out,
) -> usize {
    // In hard-wrapped text, what the header leaves of the blocks it merged
    // is split again where the layout split it.
    let mut merged = Vec::new();
    let bi = header_blocks(blocks, (wrap, indents), lines, out, &mut merged);
    // No headline read from the blocks: the header's lines one by one.
    if bi == 0
        && merged.is_empty()
        && out.doc.title.is_none()
        && out.doc.subtitle.is_none()
        && top::read(blocks, out)
    {
        return 0;
    }
    let unstamped =
        out.doc.subtitle.is_none() && out.doc.date.is_none() && out.doc.authors.is_empty();
    if bi <= 1 && merged.is_empty() && unstamped && top::read_under_site_name(blocks, bi, out) {
        return bi;
    }
    let mut at = bi;
    while at < blocks.len() && !merged.is_empty() {
        resplit(blocks, at, &merged);
        at += 1;
    }
    bi
}

/// Whether a heading block opens with a byline or date (set as a heading
/// line, it is still the header's). Asked only of headings.
fn stamped_heading(b: &Block) -> bool {
    b.lines.first().is_some_and(|l| meta::stamp_line(&l.text))
}

/// [`header`]'s reading; `merged`: the first lines of the blocks it
/// merged into the one above.
fn header_blocks(
    blocks: &mut Vec<Block>,
    (wrap, indents): (Option<usize>, bool),
    lines: &[Ln],
    out: &mut Out,
    merged: &mut Vec<usize>,
) -> usize {
    above_the_header(blocks, out);
    let mut found = Found::default();
    // The block the headline was read from.
    let mut title_at = None;
    let mut bi = 0;
    while bi < blocks.len() && bi < 8 {
        if label_or_affiliation(blocks, bi, &mut found, out) {
            continue;
        }
        if let Some(level) = blocks[bi]
            .md_level
            .filter(|_| !stamped_heading(&blocks[bi]))
        {
            if label_under_headline(blocks, bi, &found, out) {
                continue;
            }
            if found.title || level > 2 {
                break;
            }
            let b = &blocks[bi];
            out.title(b.text(), [b.first(), b.last()]);
            found.title = true;
            title_at = Some(bi);
            bi += 1;
            continue;
        }
        let below = blocks
            .get(bi + 1)
            .and_then(|b| b.lines.first())
            .map(|l| l.text.clone());
        let stamps = stamps_of_block(blocks, bi, (below.as_deref(), lines), &mut found, out);
        if stamps > 0 && found.title {
            title_at = None; // what follows a byline or date is no standfirst
        }
        if stamps > 0 && blocks[bi].lines.is_empty() {
            drop_block(blocks, bi);
            continue;
        }
        if blocks[bi].md_level.is_none() && label_under_headline(blocks, bi, &found, out) {
            continue;
        }
        // A printed page's text is hard-wrapped (its columns).
        if !found.title
            && wrap.is_some()
            && let Some(title) = printed_header(blocks, bi, (lines, indents), &mut found, out)
        {
            title_at = Some(bi);
            bi = title;
            continue;
        }
        let had_title = found.title;
        let next = if found.title {
            let at = (lines, title_at == Some(bi.wrapping_sub(1)), wrap.is_some());
            after_headline(blocks, bi, at, &mut found, out)
        } else {
            // In hard-wrapped text, the headline and standfirst are read from
            // the lines the layout split, as written.
            if wrap.is_some() {
                merged.extend(merge_joined(blocks, bi));
            }
            headline(blocks, bi, (lines, wrap), &mut found, out)
        };
        if !had_title && found.title {
            title_at = Some(bi);
        }
        match next {
            Next::Block => bi += 1,
            Next::Again => {}
            Next::Body => return bi,
        }
    }
    bi
}

/// Removes block `bi` when it is a section or source label under the
/// headline ([`source_label`]), set as a heading or not: "## Kotimaa", as a
/// clipped page sets its rubric over the standfirst and byline, is no
/// crosshead.
fn label_under_headline(blocks: &mut Vec<Block>, bi: usize, found: &Found, out: &mut Out) -> bool {
    if !found.title || !source_label(blocks, bi) {
        return false;
    }
    let b = drop_block(blocks, bi);
    out.remove(&b.text(), Reason::Kicker, [b.first(), b.last()]);
    true
}

/// Removes block `bi`; what stood after it now stands after the block
/// above.
fn drop_block(blocks: &mut Vec<Block>, bi: usize) -> Block {
    let mut b = blocks.remove(bi);
    if bi > 0 {
        blocks[bi - 1].gap_after.append(&mut b.gap_after);
    }
    b
}

/// The block of a headline a printed page set in large type over two to
/// five short lines, as its text breaks it ("Регионы получат" /
/// "дополнительные" / "150 миллиардов рублей" / "на ремонт дорог"), when
/// blocks `bi..` open with it: after at most four labels (a section, a
/// kicker, the issue's date; a line or two, each six words or fewer or
/// dated) and over a byline, a name alone or prose (see
/// [`broken_headline`]). With it, `None` when the headline is the whole run
/// of blocks the layout split from one text, or how many of the run's
/// lines it is: in a text whose paragraphs start with an indented first
/// line (`indents`), the flush lines over the first indented paragraph
/// are the header, the standfirst and byline under the headline in the
/// same run (see [`indented_headline`]).
fn print_headline(blocks: &[Block], bi: usize, indents: bool) -> Option<(usize, Option<usize>)> {
    // A headline's line may end on a colon ("Bollette, addio al Pun:").
    let short = |t: &str| at_most_words(t, 6) && !t.trim_end().ends_with(['.', ';', '…']);
    // A first line of more than six words without a year (every date has
    // one) is neither a label nor a headline's line: most texts stop here.
    let first = &blocks.get(bi)?.lines.first()?.text;
    if !at_most_words(first, 6) && !meta::has_year(first) {
        return None;
    }
    let units = joined_units(blocks, bi, 6);
    let text_of = |b: &[Block]| {
        join_lines(
            b.iter()
                .flat_map(|b| b.lines.iter().map(|l| l.text.as_str())),
        )
    };
    for (u, r) in units.iter().enumerate() {
        let b = &blocks[r.clone()];
        let lines: Vec<&str> = b
            .iter()
            .flat_map(|b| b.lines.iter().map(|l| l.text.as_str()))
            .collect();
        if b.iter().any(|b| b.md_level.is_some() || b.list) || lines.is_empty() {
            return None;
        }
        if broken_headline(&lines) {
            // A standfirst may be short, over the writer's name alone.
            let name_alone = |u: usize| {
                units.get(u).is_some_and(|r| {
                    let b = &blocks[r.clone()];
                    b.len() == 1 && b[0].lines.len() == 1 && first_is_name(&b[0].lines[0].text)
                })
            };
            let next = &blocks[units.get(u + 1)?.clone()];
            let first = &next.first()?.lines.first()?.text;
            let text = text_of(next);
            let over = meta::byline(first).is_some()
                || name_alone(u + 1)
                || at_least_words(&text, 12)
                || (at_most_words(&text, 50) && name_alone(u + 2));
            return over.then_some((r.start, None));
        }
        if indents && over_indented(blocks, r.clone()) {
            return indented_headline(b).map(|k| (r.start, Some(k)));
        }
        let label = lines.len() <= 2
            && lines
                .iter()
                .all(|t| short(t) || meta::find_date(t).is_some());
        if !label {
            return None;
        }
    }
    None
}

/// Whether `lines` are a headline broken over two to five short lines:
/// each six words or fewer, none ending on a full stop, none a date, a
/// time or a byline ("by Finian Cunningham"), the first capitalised, and
/// one after the first going on in lower case or with a figure and a word
/// in lower case ("150 миллиардов рублей"): one phrase broken, not a label
/// over a headline.
fn broken_headline(lines: &[&str]) -> bool {
    // A headline's line may end on a colon ("Bollette, addio al Pun:").
    let short = |t: &str| at_most_words(t, 6) && !t.trim_end().ends_with(['.', ';', '…']);
    // A date ("12 Mar 2024") is a label's.
    let goes_on = |t: &str| {
        let mut w = t.split_whitespace();
        let (a, b) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
        a.starts_with(char::is_lowercase)
            || (a.starts_with(|c: char| c.is_ascii_digit()) && b.starts_with(char::is_lowercase))
    };
    let stamp = |t: &str| {
        meta::find_date(t).is_some() || meta::byline(t).is_some() || super::chat::has_clock_time(t)
    };
    (2..=5).contains(&lines.len())
        && lines.iter().all(|t| short(t) && !stamp(t))
        && lines[0].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && lines[1..].iter().any(|t| goes_on(t))
}

/// How many of the lines of `run` (the flush text over the first indented
/// paragraph) are a headline set in large type: the lines at its top set
/// narrower than two thirds of its widest line, two to five of them broken
/// from one phrase ([`broken_headline`]), over a byline or prose of 12
/// words or more (the standfirst, set in the column's type).
fn indented_headline(run: &[Block]) -> Option<usize> {
    let lines: Vec<&TLine> = run.iter().flat_map(|b| &b.lines).collect();
    let widest = lines.iter().map(|l| l.width).max()?;
    let k = lines
        .iter()
        .take_while(|l| l.width * 3 < widest * 2)
        .count();
    let head: Vec<&str> = lines[..k].iter().map(|l| l.text.as_str()).collect();
    let rest = join_lines(lines[k..].iter().map(|l| l.text.as_str()));
    let over = lines
        .get(k)
        .is_some_and(|l| meta::byline(&l.text).is_some() || at_least_words(&rest, 12));
    (broken_headline(&head) && over).then_some(k)
}

/// Under a headline read off the top of block `bi` ([`indented_headline`]),
/// the standfirst over the byline: the lines over the first byline or date
/// line, or the whole block, when they end a sentence in 60 words or
/// fewer. The byline is left at the top of the block, to be read next.
fn standfirst_over_byline(blocks: &mut Vec<Block>, bi: usize, found: &mut Found, out: &mut Out) {
    let lines = &blocks[bi].lines;
    let e = (lines.iter().take(6))
        .position(|l| meta::stamp_line(&l.text))
        .unwrap_or(lines.len());
    let text = join_lines(lines[..e].iter().map(|l| l.text.as_str()));
    if e == 0 || !ends_sentence(&text) || !at_most_words(&text, 60) {
        return;
    }
    out.subtitle(text, [lines[0].no, lines[e - 1].no]);
    found.subtitle = true;
    blocks[bi].lines.drain(..e);
    if blocks[bi].lines.is_empty() {
        drop_block(blocks, bi);
    }
}

/// Whether the run of blocks `r`, split by the layout from one text, is
/// the flush text right over the first indented paragraph: two blocks or
/// more, none of their lines indented, and a blank line between them and
/// the indented first line under them.
fn over_indented(blocks: &[Block], r: std::ops::Range<usize>) -> bool {
    r.len() > 1
        && blocks[r.clone()]
            .iter()
            .all(|b| b.lines.iter().all(|l| l.indent < 2))
        && blocks
            .get(r.end)
            .is_some_and(|n| !n.joined && n.lines.first().is_some_and(|l| l.indent >= 2))
}

/// The first `n` runs of blocks from `bi` that follow each other directly
/// (the layout split one text there), as ranges of block indices.
fn joined_units(blocks: &[Block], bi: usize, n: usize) -> Vec<std::ops::Range<usize>> {
    let mut units = Vec::new();
    let mut s = bi;
    while s < blocks.len() && units.len() < n {
        let mut e = s + 1;
        while blocks
            .get(e)
            .is_some_and(|b| b.joined && b.md_level.is_none() && blocks[e - 1].gap_after.is_empty())
        {
            e += 1;
        }
        units.push(s..e);
        s = e;
    }
    units
}

/// Under a printed headline, a standfirst of 50 words or fewer (it need
/// not end a sentence) over the writer's name alone on its line: both are
/// read, and the blocks they took are counted.
fn print_standfirst(blocks: &mut Vec<Block>, bi: usize, found: &mut Found, out: &mut Out) -> usize {
    let units = joined_units(blocks, bi, 2);
    let [sf, name] = units.as_slice() else {
        return 0;
    };
    let name_block = &blocks[name.start];
    let Some(l) = name_block.lines.first() else {
        return 0;
    };
    let text = join_lines(
        blocks[sf.clone()]
            .iter()
            .flat_map(|b| b.lines.iter().map(|l| l.text.as_str())),
    );
    if name.len() != 1
        || name_block.lines.len() != 1
        || !first_is_name(&l.text)
        || meta::byline(&l.text).is_some()
        || !at_most_words(&text, 50)
        || found.subtitle
        || found.byline
    {
        return 0;
    }
    out.subtitle(text, [blocks[sf.start].first(), blocks[sf.end - 1].last()]);
    found.subtitle = true;
    stamp_authors(out, vec![l.text.trim().to_string()], &l.text, [l.no, l.no]);
    found.byline = true;
    found.byline_at = l.no;
    merge_joined(blocks, bi);
    2
}

/// The header of a printed page at block `bi`, when it opens with a
/// headline broken over lines (see [`print_headline`]): the labels over it
/// go, the headline is read, then a standfirst and a name alone under it.
/// The index of the block after what was read.
fn printed_header(
    blocks: &mut Vec<Block>,
    bi: usize,
    (lines, indents): (&[Ln], bool),
    found: &mut Found,
    out: &mut Out,
) -> Option<usize> {
    let (at, part) = print_headline(blocks, bi, indents)?;
    print_header(blocks, bi..at, lines, out);
    blocks.drain(bi..at);
    merge_joined(blocks, bi);
    if let Some(k) = part {
        let b = &mut blocks[bi];
        let rest = b.lines.split_off(k);
        out.title(b.text(), [b.first(), b.last()]);
        found.title = true;
        b.lines = rest;
        standfirst_over_byline(blocks, bi, found, out);
        return Some(bi);
    }
    let b = &blocks[bi];
    out.title(b.text(), [b.first(), b.last()]);
    found.title = true;
    Some(bi + 1 + print_standfirst(blocks, bi + 1, found, out))
}

/// Whether `t` is a name alone on its line: the writer's, under a printed
/// headline and standfirst.
fn first_is_name(t: &str) -> bool {
    (2..=4).contains(&rules::words_up_to(t, 5)) && meta::looks_like_name(t)
}

/// The labels over a printed headline (blocks `over`): the issue's date is
/// read from the first that has one, here or in a running head removed
/// above them, and every label is removed as such.
fn print_header(blocks: &[Block], over: std::ops::Range<usize>, lines: &[Ln], out: &mut Out) {
    let top = blocks[over.end].first();
    let running = lines
        .iter()
        .take_while(|l| l.no < top)
        .filter(|l| matches!(l.kind, LineKind::Removed(Reason::Running)))
        .map(|l| TLine {
            no: l.no,
            text: l.text.clone(),
            width: l.width,
            indent: l.indent,
            lead: l.lead,
        });
    let labels: Vec<TLine> = blocks[over.clone()]
        .iter()
        .flat_map(|b| b.lines.iter().cloned())
        .collect();
    if out.doc.date.is_none()
        && let Some((d, l)) = labels
            .iter()
            .cloned()
            .chain(running)
            .find_map(|l| meta::find_date(&l.text).map(|f| (f.date, l)))
    {
        out.date(d, &l);
    }
    for l in &labels {
        out.remove(&l.text, Reason::Kicker, [l.no, l.no]);
    }
}

/// A block after the headline: a standfirst is a short paragraph set off
/// by a picture or link, or followed by the byline or date; or one that
/// does not end a sentence, directly under the headline (`under_title`: in
/// the next block) and set off from the text below by a blank line (in
/// text that is not hard-wrapped, where it may be a paragraph's first
/// line) or over a byline or date (in any text).
fn after_headline(
    blocks: &[Block],
    bi: usize,
    (lines, under_title, wrapped): (&[Ln], bool, bool),
    found: &mut Found,
    out: &mut Out,
) -> Next {
    let b = &blocks[bi];
    if under_title
        && !wrapped
        && !found.subtitle
        && !found.byline
        && b.joined
        && blocks.get(bi + 1).is_some_and(|n| !n.joined)
        && open_standfirst(&b.lines)
    {
        out.subtitle(b.text(), [b.first(), b.last()]);
        found.subtitle = true;
        return Next::Block;
    }
    // A standfirst that does not end a sentence, right under the headline
    // and over the byline or date ("Baku says … as Armenia accuses it of
    // ethnic cleansing" / "Andrew Roth in Moscow and agencies").
    if under_title
        && !found.subtitle
        && !found.byline
        && (blocks.get(bi + 1).is_some_and(|n| {
            n.lines.first().is_some_and(|l| {
                meta::stamp_line(&l.text) || meta::placed_byline(&l.text).is_some()
            })
        }) || name_over_date(&blocks[bi + 1..]))
        && open_standfirst(&b.lines)
    {
        out.subtitle(b.text(), [b.first(), b.last()]);
        found.subtitle = true;
        return Next::Block;
    }
    // Over the byline or date, or over a place or section label over them
    // ("Choisy-le-Roi (94)" / "Par Camille Rousset").
    let set_off = followed_by_media(b, lines)
        || (!found.byline
            && (blocks.get(bi + 1).is_some_and(dated)
                || name_over_date(&blocks[bi + 1..])
                || blocks
                    .get(bi + 1)
                    .is_some_and(|b| b.md_level.is_none() && source_label(blocks, bi + 1))));
    standfirst(b, set_off, found, out)
}

/// Whether `blocks` open with a writer's name alone over a date line
/// ("Ignacio Fariza" / "Madrid - 03 oct 2023 - 05:40 CEST"), or over a
/// role or place line over it ("Kyiv Post Business Reporter",
/// "Podgorica"), in one block or one line each; or with several names
/// ("Jane Doe, John Roe"); or with names one to a line ([`name_stack`]).
fn name_over_date(blocks: &[Block]) -> bool {
    let lines: Vec<&TLine> = blocks.iter().flat_map(|b| &b.lines).take(3).collect();
    name_over_date_lines(&lines)
        || (opens_with_name(blocks) && {
            let (stack, under) = stack_lines(blocks);
            name_stack(&stack, under).is_some()
        })
}

/// Whether the first line of `blocks` has the shape of a name: two or
/// three words (told before the lines are gathered for [`name_stack`]).
fn opens_with_name(blocks: &[Block]) -> bool {
    let first = blocks.first().and_then(|b| b.lines.first());
    first.is_some_and(|l| l.text.len() <= 80 && (2..=3).contains(&words_up_to(&l.text, 4)))
}

/// The lines of the first block and of the blocks that directly follow it
/// (one line each, as one paragraph per line makes them), and the first
/// line under them.
fn stack_lines(blocks: &[Block]) -> (Vec<TLine>, Option<&str>) {
    let mut lines = Vec::new();
    let mut k = 0;
    while let Some(b) = blocks.get(k)
        && (k == 0 || (b.joined && b.md_level.is_none()))
        && lines.len() < 8
    {
        lines.extend(b.lines.iter().cloned());
        k += 1;
    }
    let under = blocks
        .get(k)
        .and_then(|b| b.lines.first())
        .map(|l| l.text.as_str());
    (lines, under)
}

/// Takes the writers' names one to a line ([`name_stack`]) off the top of
/// block `bi` and the blocks that directly follow it; whether it took them.
fn take_name_stack(blocks: &mut Vec<Block>, bi: usize, found: &mut Found, out: &mut Out) -> bool {
    if !found.title || found.byline || !opens_with_name(&blocks[bi..]) {
        return false;
    }
    let (stack, under) = stack_lines(&blocks[bi..]);
    let Some(n) = name_stack(&stack, under) else {
        return false;
    };
    // A name over a photographer's role is a credit, not a writer's.
    let photo = |k: usize| stack.get(k).is_some_and(|l| meta::photo_role(&l.text));
    let mut authors = Vec::new();
    for (k, l) in stack[..n].iter().enumerate() {
        if photo(k) || (!meta::role_line(&l.text) && photo(k + 1)) {
            out.remove(&l.text, Reason::Credit, [l.no, l.no]);
        } else if meta::role_line(&l.text) {
            out.meta("author", &l.text, [l.no, l.no]);
        } else {
            authors.push(l.text.trim().to_string());
            out.meta("author", &l.text, [l.no, l.no]);
        }
    }
    out.doc.authors = authors;
    out.doc.provenance.insert("author".into(), Provenance::Text);
    found.byline = true;
    found.byline_at = stack[n - 1].no;
    let mut left = n;
    while left > 0 {
        let take = left.min(blocks[bi].lines.len());
        blocks[bi].lines.drain(..take);
        left -= take;
        if blocks[bi].lines.is_empty() {
            drop_block(blocks, bi);
        }
    }
    true
}

/// [`name_over_date`] of the first lines of a block.
fn name_over_date_in(lines: &[TLine]) -> bool {
    let lines: Vec<&TLine> = lines.iter().take(3).collect();
    name_over_date_lines(&lines)
}

/// [`name_over_date`] of up to three lines in a row.
fn name_over_date_lines(lines: &[&TLine]) -> bool {
    let dated = |l: &TLine| dated_line(&l.text);
    let Some(name) = lines.first() else {
        return false;
    };
    let named = ((2..=3).contains(&words_up_to(&name.text, 4))
        && meta::looks_like_name(&name.text))
        || meta::initialed_name(name.text.trim())
        || meta::names_list(&name.text).is_some()
        || meta::name_and_place(&name.text).is_some();
    named
        && match lines[1..] {
            [date, ..] if dated(date) => true,
            [role, date] => {
                (meta::role_line(&role.text) || affiliation(&role.text, Some(&date.text)))
                    && dated(date)
            }
            _ => false,
        }
}

/// Whether the block starts with a byline or a date line.
fn dated(b: &Block) -> bool {
    b.lines.first().is_some_and(|l| {
        meta::byline(&l.text).is_some()
            || meta::date_line(&l.text).is_some()
            || meta::date_stamp(&l.text).is_some()
    })
}

/// Whether `blocks` start with a source or section label (a line of at
/// most four words that is not a sentence: "Reuters", "The Daily News")
/// directly above a byline or date line, as a news database prints them.
fn labelled_date(blocks: &[Block]) -> bool {
    let mut lines = blocks.iter().take(2).enumerate().flat_map(|(i, b)| {
        // The second block only when nothing stood between the two.
        let go_on = i == 0 || b.joined;
        b.lines.iter().take_while(move |_| go_on)
    });
    let (Some(label), Some(next)) = (lines.next(), lines.next()) else {
        return false;
    };
    let stamp = |t: &str| {
        meta::byline(t).is_some() || meta::date_line(t).is_some() || meta::date_stamp(t).is_some()
    };
    (1..=4).contains(&words_up_to(&label.text, 5))
        && !ends_sentence(&label.text)
        && !stamp(&label.text)
        && stamp(&next.text)
}

/// Whether block `bi`, below the headline, is a source or section label
/// ("Reuters", "World news"), set as a heading or not: a line of at most
/// four words that is not a sentence, with a byline or date line in one of
/// the two blocks after it.
fn source_label(blocks: &[Block], bi: usize) -> bool {
    let b = &blocks[bi];
    if b.lines.len() != 1 {
        return false;
    }
    let t = b.text();
    // A block's first or second line: a page sets the name over the date
    // ("Laura Nieminen" / "Julkaistu 16.3.2028 7:45").
    let meta_line = |b: &Block| {
        b.lines
            .iter()
            .take(2)
            .any(|l| meta::byline(&l.text).is_some() || meta::date_line(&l.text).is_some())
    };
    b.lines.len() == 1
        && (at_most_words(&t, 4) || kicker_row(&t))
        && !ends_sentence(&t)
        && meta::byline(&t).is_none()
        && meta::date_line(&t).is_none()
        && blocks[bi + 1..].iter().take(2).any(meta_line)
}

/// A kicker of two or three labels set apart by bars ("Explainer |
/// Russia and Eurasia Programme", "Análisis | Economía"): each one to
/// four words, opening with a capital, no figure.
fn kicker_row(t: &str) -> bool {
    if t.len() > 100 || !t.contains(" | ") {
        return false;
    }
    let bars = t.matches(" | ").count();
    (1..=2).contains(&bars)
        && t.split(" | ").map(str::trim).all(|f| {
            !f.is_empty()
                && at_most_words(f, 4)
                && f.starts_with(char::is_uppercase)
                && !f.chars().any(|c| c.is_ascii_digit())
        })
}

/// Merges into block `bi` the blocks that directly follow it; returns the
/// first line of each merged block.
fn merge_joined(blocks: &mut Vec<Block>, bi: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    while blocks
        .get(bi + 1)
        .is_some_and(|b| b.joined && b.md_level.is_none())
        && blocks[bi].gap_after.is_empty()
    {
        let b = blocks.remove(bi + 1);
        starts.push(b.first());
        blocks[bi].lines.extend(b.lines);
        blocks[bi].gap_after = b.gap_after;
        blocks[bi].caption_on_line |= b.caption_on_line;
    }
    starts
}

/// Splits block `bi` again where a merged block started.
fn resplit(blocks: &mut Vec<Block>, bi: usize, starts: &[usize]) {
    let mut at = bi;
    loop {
        let b = &blocks[at];
        let Some(cut) = b.lines.iter().skip(1).position(|l| starts.contains(&l.no)) else {
            return;
        };
        let rest = blocks[at].lines.split_off(cut + 1);
        let gap = std::mem::take(&mut blocks[at].gap_after);
        blocks.insert(
            at + 1,
            Block {
                lines: rest,
                gap_after: gap,
                joined: true,
                ..Default::default()
            },
        );
        at += 1;
    }
}

/// [`take_byline_and_date`] of block `bi`, whose names are checked
/// against the blocks after it.
fn stamps_of_block(
    blocks: &mut [Block],
    bi: usize,
    (below, lines): (Option<&str>, &[Ln]),
    found: &mut Found,
    out: &mut Out,
) -> usize {
    // A stamp the line rules took out right under line `no` ("Miriam
    // Lohse" / "5–6 Minuten", as a reader view sets the reading time).
    let stamp_under = |no: usize| {
        lines
            .iter()
            .any(|l| l.no == no + 1 && l.kind == LineKind::Removed(Reason::Stamp))
    };
    // A source's label the line rules took out right under line `no`,
    // over the date (see [`name_over_source`]).
    let sourced = |no: usize| {
        lines.iter().position(|l| l.no == no + 1).is_some_and(|k| {
            matches!(lines[k].kind, LineKind::Removed(_)) && source_over_date(lines, k)
        })
    };
    let (here, rest) = blocks.split_at_mut(bi + 1);
    let lower = |name: &str| {
        let texts = rest.iter().flat_map(|b| &b.lines).map(|l| l.text.as_str());
        meta::name_in_lower_case(name, texts)
    };
    // The line under `below`, when `below` opens the next block.
    let mut after = rest.iter().flat_map(|b| &b.lines).map(|l| l.text.as_str());
    let below2 = (after.next() == below).then(|| after.next()).flatten();
    take_byline_and_date(
        &mut here[bi],
        [below, below2],
        found,
        out,
        (&lower, &stamp_under, &sourced),
    )
}

/// A name in a script without capitals alone on line `l`, over the
/// source's label and the date (`sourced`, see [`name_over_source`]): the
/// label says what the name is.
fn caseless_byline(
    l: &TLine,
    in_block: Option<&str>,
    sourced: &dyn Fn(usize) -> bool,
) -> Option<Vec<String>> {
    (caseless_name(&l.text) && in_block.is_none() && sourced(l.no))
        .then(|| vec![l.text.trim().to_string()])
}

/// What [`take_byline_and_date`] asks of the text around a block: whether
/// a name is written in lower case elsewhere, whether the line rules
/// took out a stamp right under a line, and whether they took out a
/// source's label over the date right under it.
type HeaderChecks<'a> = (
    &'a dyn Fn(&str) -> bool,
    &'a dyn Fn(usize) -> bool,
    &'a dyn Fn(usize) -> bool,
);

/// Takes the byline and a date line off the top of `block`; returns how
/// many lines it took. `below`: the first two lines under the block.
fn take_byline_and_date(
    block: &mut Block,
    [below, below2]: [Option<&str>; 2],
    found: &mut Found,
    out: &mut Out,
    (lower, stamp_under, sourced): HeaderChecks<'_>,
) -> usize {
    let mut consumed = 0;
    for (i, l) in block.lines.iter().enumerate() {
        let in_block = block.lines.get(i + 1).map(|n| n.text.as_str());
        let next = in_block.or(below);
        let next2 = match block.lines.get(i + 2) {
            Some(n) => Some(n.text.as_str()),
            None if in_block.is_some() => below,
            None => below2,
        };
        // "Andrew Roth in Moscow and agencies", under the headline and
        // over the date.
        let dated_next = || next.is_some_and(dated_line);
        let placed = || found.title && dated_next() && meta::placed_byline(&l.text).is_some();
        let dated_or_role = || over_the_date(next, next2) || stamp_under(l.no);
        let bare = || {
            found
                .title
                .then(|| {
                    bare_name(l, found.date_at, dated_or_role, lower)
                        .or_else(|| caseless_byline(l, in_block, sourced))
                })
                .flatten()
        };
        let dated = || {
            meta::dated_byline(&l.text).map(|(place, authors)| {
                out.doc.dateline = Some(place);
                (authors, None)
            })
        };
        if !found.byline
            && let Some((authors, date)) = meta::byline(&l.text)
                .or_else(|| placed().then(|| meta::placed_byline(&l.text)).flatten())
                .or_else(|| bare().map(|names| (names, None)))
                .or_else(dated)
        {
            out.doc.authors = authors;
            out.doc.provenance.insert("author".into(), Provenance::Text);
            if let Some(d) = date
                && out.doc.date.is_none()
            {
                out.date(d, l);
            }
            out.meta("author", &l.text, [l.no, l.no]);
            found.byline = true;
            found.byline_at = l.no;
        } else if let Some(d) = meta::date_line(&l.text).or_else(|| meta::date_stamp(&l.text)) {
            // A second stamp ("Last modified on …") is the update's date.
            if out.doc.date.is_none() {
                out.date(d, l);
                out.meta("date", &l.text, [l.no, l.no]);
                found.date_at = Some(l.no);
            } else {
                out.meta("updated", &l.text, [l.no, l.no]);
            }
        } else if let Some(field) = (found.byline && consumed == i)
            .then(|| under_the_byline(found, l, in_block))
            .flatten()
        {
            out.meta(field, &l.text, [l.no, l.no]);
        } else if (found.byline || out.doc.date.is_some()) && comments_link(&l.text) {
            // "Comments", "12 comments": the link to the comments under
            // the byline or date. Alone on a line elsewhere it may be the
            // heading that opens a page's comments, which the page rules
            // judge.
            out.remove(&l.text, Reason::Comments, [l.no, l.no]);
        } else {
            break;
        }
        consumed += 1;
    }
    block.lines.drain(..consumed);
    consumed
}

/// The writers' names one to a line over the date, as a page sets two
/// writers or more ("Derya Gümüş" / "Elif Sarıkaya"), with their desk or
/// outlet under them or not ("BİA Haber Merkezi"), each name perhaps with
/// its role on the line under it ("Ingrid Haugen Solberg" / "Journalist"
/// / "Trond Aasen" / "Fotograf"): how many lines of names and roles open
/// `lines`, two names at least. The date is the next line, in the block
/// or `below` it.
fn name_stack(lines: &[TLine], below: Option<&str>) -> Option<usize> {
    // A desk's or outlet's name has an acronym in a line of mixed case
    // ("BİA Haber Merkezi", "NOS Nieuws"); a writer's has none.
    let acronym = |t: &str| {
        t.chars().any(char::is_lowercase)
            && t.split_whitespace().any(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
            })
    };
    let shaped = |t: &str| t.len() <= 80 && (2..=3).contains(&words_up_to(t, 4)) && !acronym(t);
    let name =
        |t: &str| meta::looks_like_name(t) && meta::byline(t).is_none() && !meta::role_line(t);
    // The shape of two names or more first; the names' words after.
    let shapes = lines.iter().take_while(|l| shaped(&l.text)).count();
    let roled = lines.len() >= 3 && shaped(&lines[0].text) && meta::role_line(&lines[1].text);
    if shapes < 2 && !roled {
        return None;
    }
    let (mut n, mut names) = (0, 0);
    while lines
        .get(n)
        .is_some_and(|l| shaped(&l.text) && name(&l.text))
    {
        names += 1;
        n += 1;
        if roled && lines.get(n).is_some_and(|l| meta::role_line(&l.text)) {
            n += 1;
        }
    }
    if names < 2 {
        return None;
    }
    let after = |k: usize| {
        lines
            .get(k)
            .map(|l| l.text.as_str())
            .or(below.filter(|_| k == lines.len()))
    };
    let dated_at = |k: usize| after(k).is_some_and(dated_line);
    let desk = after(n).is_some_and(|t| affiliation(t, None)) && dated_at(n + 1);
    (dated_at(n) || desk).then_some(n)
}

/// Whether `t` is a date line or a date stamp.
fn dated_line(t: &str) -> bool {
    meta::date_line(t).is_some() || meta::date_stamp(t).is_some()
}

/// Whether the lines under a writer's name put it over the date: the
/// date right under it (`next`), or a role line over the date ("Kyiv Post
/// Business Reporter", then the date, `next2`), or a place over it
/// ("Meera Raghunathan" / "KOCHI" / "July 17, 2024").
fn over_the_date(next: Option<&str>, next2: Option<&str>) -> bool {
    next.is_some_and(dated_line)
        || next.is_some_and(meta::role_line)
        || (next.is_some_and(|n| affiliation(n, None)) && next2.is_some_and(dated_line))
}

/// A writer's name alone on line `l` of the header (or with an academic's
/// post and house, wherever the date is): over the date
/// (`dated_next`; "Ignacio Fariza" / "Madrid - 03 oct 2023 - 05:40 CEST"),
/// or right under it (`date_at`, the date's line; "October 3, 2023" /
/// "Nino Tsereteli") when its words are never written in lower case
/// (`lower`), as a place's or a section's would be ("New Delhi", "World
/// News").
fn bare_name(
    l: &TLine,
    date_at: Option<usize>,
    dated_next: impl Fn() -> bool,
    lower: &dyn Fn(&str) -> bool,
) -> Option<Vec<String>> {
    // A name with an academic's post and house needs no date near it.
    if let Some(name) = meta::name_with_affiliation(&l.text) {
        return Some(vec![name]);
    }
    // A role under the name ("Social Affairs Correspondent") is no name.
    if meta::role_line(&l.text) {
        return None;
    }
    let names = if ((2..=3).contains(&words_up_to(&l.text, 4)) && meta::looks_like_name(&l.text))
        || meta::initialed_name(l.text.trim())
    {
        vec![l.text.trim().to_string()]
    } else if let Some(name) =
        meta::name_and_place(&l.text).or_else(|| meta::name_with_role(&l.text))
    {
        vec![name]
    } else {
        meta::names_list(&l.text)?
    };
    (dated_next() || (date_at.is_some_and(|d| d < l.no && l.no <= d + 2) && !lower(&l.text)))
        .then_some(names)
}

/// What line `l`, right under the header's byline, is: the byline's
/// second line ("author": "BBC News", "Moscow correspondent"), or the
/// section the page files the article in, closing the header right under
/// the date ("section": "Transports"); else none.
fn under_the_byline(found: &Found, l: &TLine, in_block: Option<&str>) -> Option<&'static str> {
    if found.byline_at + 1 == l.no && affiliation(&l.text, in_block) {
        Some("author")
    } else if in_block.is_none()
        && found.date_at.is_some_and(|d| d + 1 == l.no)
        && section_label(&l.text)
    {
        Some("section")
    } else {
        None
    }
}

/// A section's name: one to three words, the first capitalised, without
/// figures or a sentence's marks ("Transports", "Politique fédérale").
fn section_label(t: &str) -> bool {
    let t = t.trim();
    at_most_words(t, 3)
        && t.starts_with(char::is_uppercase)
        && !t.contains(|c: char| c.is_ascii_digit() || ".!?:;,\"“”«»".contains(c))
}

/// A link to the comments in a header: "Comments", "COMMENTS", "Comments
/// (12)", "12 comments".
fn comments_link(t: &str) -> bool {
    let t = t.trim();
    let count = |s: &str| s.trim_matches(['(', ')', ' ']).parse::<u32>().is_ok();
    match t.split_once(' ') {
        None => ["Comments", "COMMENTS", "Comment"].contains(&t),
        Some((a, b)) => {
            (count(a) && b.eq_ignore_ascii_case("comments"))
                || (["Comments", "COMMENTS"].contains(&a) && count(b))
        }
    }
}

/// A byline's second line: the outlet or the role ("BBC News", "Moscow
/// Correspondent"), one to four capitalised words ending the block or
/// over a date; or where the writer was ("Reporting from Tbilisi, Georgia").
fn affiliation(t: &str, next: Option<&str>) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    // "Reporting from Tbilisi, Georgia".
    if let Some(place) = t.strip_prefix("Reporting from ") {
        return at_most_words(place, 5)
            && place
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
    }
    let shaped = ((1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !t.ends_with(['.', '!', '?', ':', ',']))
        || meta::job_line(t)
        || meta::lower_role_line(t)
        || place_after_preposition(&words);
    shaped && next.is_none_or(|n| meta::date_line(n).is_some() || meta::date_stamp(n).is_some())
}

/// Where the writer was, on a line of its own under the name, opened by a
/// preposition of place in small letters: "à Québec", "en Bruselas", "w
/// Warszawie", "в Києві", "aus Wien". One to three capitalised words
/// follow (with the particles of place names between them), and no
/// sentence's end; [`affiliation`] asks for the date under it too.
fn place_after_preposition(words: &[&str]) -> bool {
    const PREPOSITIONS: [&str; 27] = [
        "à", "au", "aux", "en", "in", "from", "aus", "de", "desde", "em", "no", "na", "da", "a",
        "din", "z", "ze", "w", "we", "v", "ve", "u", "iz", "в", "во", "у", "з",
    ];
    const PARTICLES: [&str; 6] = ["de", "du", "la", "del", "di", "am"];
    let [first, place @ ..] = words else {
        return false;
    };
    PREPOSITIONS.contains(first)
        && (1..=3).contains(&place.len())
        && place
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && place
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
        && !place
            .last()
            .is_some_and(|w| w.ends_with(['.', '!', '?', ':', ',', ';']))
}

/// Before the headline: the headline at the top of block `bi` (and a
/// standfirst after it in the same block), or else a standfirst above the
/// headline.
/// `wrap`: the wrap width of hard-wrapped text, where a headline leaves room
/// on its last line for the next line's first word (else the line was
/// wrapped inside a paragraph).
fn headline(
    blocks: &mut [Block],
    bi: usize,
    (lines, wrap): (&[Ln], Option<usize>),
    found: &mut Found,
    out: &mut Out,
) -> Next {
    if let Some(k) = kicker_over_headline(&blocks[bi].lines) {
        let b = &mut blocks[bi];
        let kicker = b.lines.remove(0);
        out.remove(&kicker.text, Reason::Kicker, [kicker.no, kicker.no]);
        let t = join_lines(b.lines[..k - 1].iter().map(|l| l.text.as_str()));
        out.title(t, [b.lines[0].no, b.lines[k - 2].no]);
        found.title = true;
        b.lines.drain(..k - 1);
        return Next::Again;
    }
    let n = headline_count(blocks, bi, wrap);
    if n == 0 {
        // Text before the headline: a standfirst when a headline follows
        // and a picture sits next to it.
        let next_is_headline = blocks
            .get(bi + 1)
            .is_some_and(|n| n.md_level.is_some() || headline_run(&n.lines) == n.lines.len());
        let b = &blocks[bi];
        let set_off = next_is_headline && (b.caption_on_line || followed_by_media(b, lines));
        return standfirst(b, set_off, found, out);
    }
    let b = &blocks[bi];
    let t = join_lines(b.lines[..n].iter().map(|l| l.text.as_str()));
    out.title(t, [b.lines[0].no, b.lines[n - 1].no]);
    found.title = true;
    let rest: Vec<TLine> = b.lines[n..].to_vec();
    if rest.is_empty() {
        return Next::Block;
    }
    if meta::stamp_line(&rest[0].text) || name_over_date_in(&rest) {
        // A byline or date right under the headline, or the writer's name
        // alone over the date: read next.
        blocks[bi].lines = rest;
        return Next::Again;
    }
    if let Some(e) = standfirst_over_stamp(&rest, wrap.is_some(), found, out) {
        blocks[bi].lines = rest[e..].to_vec();
        return Next::Again;
    }
    // A standfirst in the same block: up to the first line that ends a
    // sentence. In hard-wrapped text that may be a sentence inside the first
    // paragraph, so there its last line must leave room for the next word,
    // or a byline or date line must follow.
    if !found.subtitle
        && let Some(end) = rest.iter().take(4).position(|l| ends_sentence(&l.text))
        && wrap.is_none_or(|width| {
            rest.get(end + 1).is_none_or(|l| {
                meta::byline(&l.text).is_some()
                    || meta::date_line(&l.text).is_some()
                    || layout::fits(&rest[end].shape(), &l.shape(), width)
            })
        })
    {
        let sf = join_lines(rest[..=end].iter().map(|l| l.text.as_str()));
        out.subtitle(sf, [rest[0].no, rest[end].no]);
        found.subtitle = true;
        let body: Vec<TLine> = rest[end + 1..].to_vec();
        if body.is_empty() {
            return Next::Block;
        }
        let stamped = meta::stamp_line(&body[0].text);
        blocks[bi].lines = body;
        return if stamped { Next::Again } else { Next::Body };
    }
    if !found.subtitle && set_off_below(blocks.get(bi + 1), wrap) && open_standfirst(&rest) {
        let sf = join_lines(rest.iter().map(|l| l.text.as_str()));
        out.subtitle(sf, [rest[0].no, rest[rest.len() - 1].no]);
        found.subtitle = true;
        return Next::Block;
    }
    blocks[bi].lines = rest;
    Next::Body
}

/// Where the byline is in `lines` (a block of lines with no blank line
/// between them) when they open with a short kicker in capitals ("CAUCASUS
/// BRIEF", "ANÁLISIS") over a headline of one to three lines, none ending a
/// sentence, right over a byline: the kicker is no headline.
fn kicker_over_headline(lines: &[TLine]) -> Option<usize> {
    let kicker = lines.first()?.text.trim();
    if lines.len() < 4
        || !at_most_words(kicker, 3)
        || kicker
            .chars()
            .any(|c| c.is_lowercase() || c.is_ascii_digit())
        || !kicker.chars().any(char::is_uppercase)
    {
        return None;
    }
    let k = (2..lines.len().min(5)).find(|&k| meta::byline(&lines[k].text).is_some())?;
    let head = &lines[1..k];
    let joined = join_lines(head.iter().map(|l| l.text.as_str()));
    (head.iter().all(|l| !ends_sentence(&l.text))
        && head[0].text.trim_start().starts_with(char::is_uppercase)
        && headline_like(&joined)
        && at_least_words(&joined, 4))
    .then_some(k)
}

/// Whether the lines above the block `next` are set off from it: by a
/// blank line (in text not hard-wrapped, where a line break is no
/// paragraph's end), or as the byline opening it sets them off.
fn set_off_below(next: Option<&Block>, wrap: Option<usize>) -> bool {
    next.is_some_and(|n| {
        (wrap.is_none() && !n.joined)
            || n.lines
                .first()
                .is_some_and(|l| meta::byline(&l.text).is_some())
    })
}

/// How many lines of block `bi` are the headline: by their shape, or over
/// the byline, or wrapped by the layout over the byline or date.
fn headline_count(blocks: &[Block], bi: usize, wrap: Option<usize>) -> usize {
    let n = headline_lines(&blocks[bi].lines, wrap);
    if n > 0 {
        return n;
    }
    let dated_next = blocks.get(bi + 1).is_some_and(dated) || labelled_date(&blocks[bi + 1..]);
    let n = above_the_byline(&blocks[bi].lines, dated_next);
    if n == 0
        && let Some(width) = wrap
        && wrapped_headline(&blocks[bi].lines, width)
        && (dated_next || name_over_date(&blocks[bi + 1..]))
    {
        return blocks[bi].lines.len();
    }
    n
}

/// Whether `lines` (a block of hard-wrapped text `width` wide) are a
/// headline the layout wrapped over two or three lines ("Субвенциите за
/// инвертер клими и печки на пелети се зголемуваат на 45.000" /
/// "денари"): each line but the last full (the next line's first word
/// would not have fitted on it), and the whole the shape of a headline.
fn wrapped_headline(lines: &[TLine], width: usize) -> bool {
    (2..=3).contains(&lines.len())
        && lines
            .windows(2)
            .all(|w| !layout::fits(&w[0].shape(), &w[1].shape(), width))
        && headline_like(&join_lines(lines.iter().map(|l| l.text.as_str())))
}

/// How many lines at the top of `lines` are the headline by their shape;
/// in hard-wrapped text (`wrap`) a headline leaves room on its last line
/// for the next line's first word.
fn headline_lines(lines: &[TLine], wrap: Option<usize>) -> usize {
    let mut n = headline_run(lines);
    if let Some(width) = wrap {
        while n > 0
            && lines
                .get(n)
                .is_some_and(|next| !layout::fits(&lines[n - 1].shape(), &next.shape(), width))
        {
            n -= 1;
        }
    }
    n
}

/// A standfirst over a byline or date line in the headline's block, read
/// as the subtitle (`wrapped`: in hard-wrapped text, over a byline only);
/// returns where the stamp starts.
fn standfirst_over_stamp(
    rest: &[TLine],
    wrapped: bool,
    found: &mut Found,
    out: &mut Out,
) -> Option<usize> {
    if found.subtitle {
        return None;
    }
    let e = rest
        .iter()
        .take(3)
        .position(|l| meta::stamp_line(&l.text))?;
    // In hard-wrapped text a line over a date may be a paragraph's; over a
    // byline, it is the standfirst.
    if e == 0 || !open_standfirst(&rest[..e]) || wrapped && meta::byline(&rest[e].text).is_none() {
        return None;
    }
    let sf = join_lines(rest[..e].iter().map(|l| l.text.as_str()));
    out.subtitle(sf, [rest[0].no, rest[e - 1].no]);
    found.subtitle = true;
    Some(e)
}

/// Whether the lines under the headline, in its block or the next (a blank
/// line and more text follow them), are a standfirst that does not end a
/// sentence, as agencies set theirs ("Peskov stressed that Moscow remains
/// committed to the agreements"): one or two lines of six to sixty words
/// in sentence case, neither a byline nor a date line nor a lead-in to a
/// list. A headline's next line that ends a sentence is read above; in
/// text without blank lines the block holds the whole article, and in
/// hard-wrapped text such a line is the first of a paragraph.
fn open_standfirst(rest: &[TLine]) -> bool {
    let text = join_lines(rest.iter().map(|l| l.text.as_str()));
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = words
        .iter()
        .skip(1)
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    rest.len() <= 2
        && (6..=60).contains(&words.len())
        && text.starts_with(char::is_uppercase)
        && lower * 2 >= words.len()
        && !text.ends_with([':', ',', ';', '-', '\u{2013}', '\u{2014}'])
        && meta::byline(&text).is_none()
        && meta::date_line(&text).is_none()
}

/// Block `b` is the standfirst when none was found yet, it is `set_off`
/// (by a picture or link), short and ends a sentence.
fn standfirst(b: &Block, set_off: bool, found: &mut Found, out: &mut Out) -> Next {
    let text = b.text();
    if !found.subtitle && set_off && at_most_words(&text, 60) && ends_sentence(&text) {
        out.subtitle(text, [b.first(), b.last()]);
        found.subtitle = true;
        return Next::Block;
    }
    Next::Body
}

/// Whether a picture, caption or URL follows the block.
fn followed_by_media(b: &Block, lines: &[Ln]) -> bool {
    b.gap_after.iter().any(|&g| is_media(&lines[g].kind))
}

/// URL lines that sit inside a sentence: the text block before them does not
/// end a sentence and text follows.
fn cut_urls(blocks: &[Block], lines: &[Ln]) -> HashMap<usize, bool> {
    let mut m = HashMap::new();
    for (bi, b) in blocks.iter().enumerate() {
        // The block's text is joined only when a URL line follows it.
        let url_after = (b.gap_after.iter()).any(|&g| matches!(lines[g].kind, LineKind::Url(_)));
        if !url_after || b.md_level.is_some() || bi + 1 >= blocks.len() {
            continue;
        }
        if ends_sentence(&b.text()) {
            continue;
        }
        for &g in &b.gap_after {
            if matches!(lines[g].kind, LineKind::Url(_)) {
                m.insert(g, true);
            }
        }
    }
    m
}

/// Body blocks → paragraphs: rejoin cut sentences, find subheadings.
fn body(blocks: &[Block], lines: &[Ln], out: &mut Out, layout: Option<&Layout>) {
    let hyphens = Hyphens::of(
        lines
            .iter()
            .filter(|l| matches!(l.kind, LineKind::Text | LineKind::Split(..)))
            .map(|l| l.text.as_str()),
    );
    let end = next_article(blocks, lines);
    for b in &blocks[end..] {
        out.remove(&b.text(), Reason::NextArticle, [b.first(), b.last()]);
    }
    let blocks = &blocks[..end];
    // Rejoin blocks cut by a page break, footer or printed URL, or by a
    // box or caption set into the sentence.
    let mut merged: Vec<Block> = Vec::new();
    let mut i = 0;
    while let Some(b) = blocks.get(i) {
        i += 1;
        let Some(prev) = merged.last_mut() else {
            merged.push(b.clone());
            continue;
        };
        let (joined, set_in) = match set_in_until(prev, &blocks[i - 1..]) {
            Some(k) => (&blocks[i - 1 + k], &blocks[i - 1..i - 1 + k]),
            None if layout.is_some_and(|l| is_cut(prev, b, lines, l)) => (b, &[][..]),
            None => {
                merged.push(b.clone());
                continue;
            }
        };
        for s in set_in {
            out.remove(&s.text(), Reason::SetIn, [s.first(), s.last()]);
        }
        i += set_in.len();
        prev.lines.extend(joined.lines.iter().cloned());
        prev.gap_after = joined.gap_after.clone();
    }
    let n = merged.len();
    for (i, b) in merged.iter().enumerate() {
        let lines = b.lines.iter().map(|l| l.text.as_str());
        let mut text = join_lines_with(lines, &hyphens, layout.is_some());
        let next_is_text = merged
            .get(i + 1)
            .is_some_and(|nb| nb.md_level.is_none() && !at_most_words(&nb.text(), 12));
        let heading = b.md_level.is_some() || (i + 1 < n && next_is_text && subheading(b));
        if heading {
            text = text
                .trim_start_matches(['—', '–', '-', '•'])
                .trim()
                .to_string();
        }
        out.doc.paragraphs.push(Paragraph {
            text,
            heading,
            lines: [b.first(), b.last()],
        });
    }
}

/// Where the next article on a printed page begins: under a copyright
/// line that closes this one ("© RIPRODUZIONE RISERVATA"), a printed
/// headline over its byline or text (see [`print_headline`]); or at the
/// label over the page's briefs ("IN BRIEF", [`rules::briefs_label`]),
/// alone in its block under two blocks of the text and over more. The
/// blocks' count when there is none.
fn next_article(blocks: &[Block], lines: &[Ln]) -> usize {
    let closed = |b: &Block| {
        b.gap_after
            .iter()
            .any(|&g| matches!(lines[g].kind, LineKind::Removed(Reason::Footer)))
    };
    let briefs = |i: usize| {
        i >= 2
            && i + 1 < blocks.len()
            && blocks[i].lines.len() == 1
            && rules::briefs_label(&blocks[i].lines[0].text)
    };
    (0..blocks.len())
        .find_map(|i| {
            if briefs(i) {
                Some(i)
            } else {
                (closed(&blocks[i])
                    && i + 1 < blocks.len()
                    && print_headline(blocks, i + 1, false).is_some())
                .then_some(i + 1)
            }
        })
        .unwrap_or(blocks.len())
}

/// The most blocks, and words, a printed page sets into a sentence.
const SET_IN_BLOCKS: usize = 8;
const SET_IN_WORDS: usize = 80;

/// How many of the blocks `rest` a printed page set into the sentence that
/// `prev` leaves open (a box of figures, a photo caption, a promotion at a
/// page's foot), when a later block continues it: `prev` is prose (12
/// words, or a sentence ended inside it) that opens as a sentence does
/// (list items need not) and stops inside a sentence, not on a link (an
/// embedded post's, over its sign-off), and
/// the block after the set-in ones ends a sentence and opens on a line of
/// prose in lower case ("Регионы," / box / "которые в
/// прошлом году …"), or with a figure when `prev` stops on a bare word
/// ("… Nel" / box / "2025 il prezzo …"). `None` when nothing stands
/// between (see [`is_cut`]) or no block continues it.
fn set_in_until(prev: &Block, rest: &[Block]) -> Option<usize> {
    let last = prev.lines.last()?.text.trim_end();
    if prev.md_level.is_some() || prev.list || ends_sentence(last) || last.ends_with([':', ';']) {
        return None;
    }
    // Prose, not a heading: 12 words, or a sentence ended inside ("… is
    // above all regional. In").
    let text = prev.text();
    if !(at_least_words(&text, 12) || (inner_end(&text) && at_least_words(&text, 4))) {
        return None;
    }
    // It opens as a sentence does (a list's items need not), and does not
    // stop on a link (an embedded post's, over its sign-off).
    let opens = text
        .trim_start_matches(['"', '“', '„', '«', '\'', '‘'])
        .starts_with(char::is_uppercase);
    let link = last
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.contains("://") || w.contains(".com/") || w.starts_with(['@', '#']));
    if !opens || link {
        return None;
    }
    // It stops on a word, a comma or a dash, not on a teaser's arrow
    // ("… near you »").
    let stop = last.chars().last();
    if !stop.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | '–' | '—')) {
        return None;
    }
    let bare = stop.is_some_and(char::is_alphanumeric);
    let mut words = 0;
    for (k, b) in rest.iter().enumerate().take(SET_IN_BLOCKS + 1) {
        if b.md_level.is_some() {
            return None;
        }
        let text = b.text();
        // It goes on with the sentence and ends one: a box's lines in
        // lower case ("63%" / "of regional roads are in good repair")
        // stop without a full stop.
        let first = &b.lines.first()?.text;
        if continues_a_sentence(first, bare) && ends_sentence(&text) {
            // Over it, a line that stops on a comma, or prose of ten words
            // or more that stops inside a sentence (cut by a page break),
            // is the one it goes on with.
            let above = rest[..k].last().map(|a| a.text());
            let open = above.is_some_and(|a| {
                a.trim_end().ends_with([',', '-', '–', '—'])
                    || (at_least_words(&a, 10)
                        && a.starts_with(char::is_uppercase)
                        && !ends_sentence(&a))
            });
            return (k > 0 && !open).then_some(k);
        }
        // A box or caption is short (a caption may end on its credit:
        // "… caught fire. PHOTO ANP"); twenty words or more with a
        // sentence ended are a paragraph, and a block in lower case below
        // goes on with it when it stops inside a sentence.
        let n = rules::words_up_to(&text, SET_IN_WORDS + 1);
        if n > 30 || (n >= 20 && (inner_end(&text) || ends_sentence(&text))) {
            return None;
        }
        words += n;
        if words > SET_IN_WORDS {
            return None;
        }
    }
    None
}

/// Whether a sentence ends inside `text` (a word of three characters or
/// more before the last ends on a full stop, question or exclamation
/// mark): prose, not a heading or a label ("Our partner: eZ Systems").
fn inner_end(text: &str) -> bool {
    text.split_whitespace().rev().skip(1).any(|w| {
        w.trim_end_matches(['"', '”', '’', '\'', ')', '»'])
            .ends_with(['.', '!', '?'])
            && w.chars().count() > 2
    })
}

/// Whether line `t` goes on with a sentence begun above it: three words
/// or more, the first in lower case with no capital inside ("iPhone",
/// "eBay" open sentences), or, when the line above stopped on a bare
/// word, a figure then a word in lower case.
fn continues_a_sentence(t: &str, bare: bool) -> bool {
    let mut words = t.split_whitespace();
    let (Some(w1), Some(w2), Some(_)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let lower = |w: &str| {
        w.starts_with(char::is_lowercase) && !w.chars().any(char::is_uppercase) && !w.ends_with('.')
    };
    let figure = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit()) && !w.chars().any(char::is_alphabetic)
    };
    lower(w1) || (bare && figure(w1) && lower(w2))
}

/// Block `next` continues the paragraph of `prev` only on evidence of a
/// cut: something was removed between them (a page break, a running head,
/// a printed URL), and the layout says the paragraph runs on.
fn is_cut(prev: &Block, next: &Block, lines: &[Ln], layout: &Layout) -> bool {
    if prev.md_level.is_some() || next.md_level.is_some() {
        return false;
    }
    // A separator ("* * *", "----") is a break its writer put there, never
    // a cut.
    let furniture = prev.gap_after.iter().any(|&g| {
        !matches!(
            lines[g].kind,
            LineKind::Blank | LineKind::Text | LineKind::Removed(Reason::Separator)
        )
    });
    let (Some(a), Some(b)) = (prev.lines.last(), next.lines.first()) else {
        return false;
    };
    // A paywall's note between them ("Continue reading with a
    // subscription") ends the text there: what follows is its offer.
    if furniture
        && prev.gap_after.iter().any(|&g| {
            lines[g].kind == LineKind::Removed(Reason::Promotion)
                && super::truncation::paywall(&lines[g].text)
        })
    {
        return false;
    }
    // A block that starts in lower case continues the sentence of a long
    // block before it (short blocks in lower case are list items, and so
    // is one opened by a list's marker, under an item ending "…; and").
    let runs_on = !ends_sentence(&a.text)
        && !next.list
        && !a.text.ends_with(':')
        && at_least_words(&prev.text(), 12)
        && b.text.chars().next().is_some_and(char::is_lowercase);
    // Between paragraphs written one to a line, a picture and its caption
    // stand between two paragraphs, not inside a sentence: the line before
    // is a standfirst or a heading without a full stop ("… neglect are
    // outpacing gains" / caption / "England is losing …").
    let pictures_only = prev.gap_after.iter().all(|&g| {
        matches!(
            lines[g].kind,
            LineKind::Blank
                | LineKind::Text
                | LineKind::Removed(
                    Reason::Caption | Reason::Credit | Reason::AltText | Reason::Image
                )
        )
    });
    if furniture
        && pictures_only
        && layout.one_per_line()
        && !b.text.starts_with(char::is_lowercase)
    {
        return false;
    }
    runs_on || (furniture && layout.continues(&a.shape(), &b.shape()))
}

/// The layout of the document's lines of text. In a page copied whole it
/// is read off the lines outside lists: a text browser indents list items
/// and what is nested in them (menus, teasers), and draws each on its own
/// line, which says nothing of how the article's paragraphs were wrapped.
fn layout_of(lines: &[Ln], markdown: bool, page: bool) -> Layout {
    let prose =
        |l: &Ln| matches!(l.kind, LineKind::Text | LineKind::Split(..)) && l.md_level.is_none();
    // The page's own margin: the indentation most of its longer lines have
    // (lynx indents all text by three columns, w3m by none).
    let margin = page.then(|| {
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for l in lines.iter().filter(|l| prose(l) && l.at_least(8)) {
            *counts.entry(l.indent).or_default() += 1;
        }
        counts
            .into_iter()
            .max_by_key(|&(indent, n)| (n, std::cmp::Reverse(indent)))
            .map_or(0, |(indent, _)| indent)
    });
    let text = |l: &Ln| prose(l) && margin.is_none_or(|m| !l.list_item && l.indent <= m + 1);
    let mut shapes = Vec::new();
    let mut adjacent = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if !text(l) {
            continue;
        }
        if !shapes.is_empty() {
            adjacent.push(i > 0 && text(&lines[i - 1]));
        }
        // The page's margin is no indent.
        let m = margin.unwrap_or(0).min(l.indent);
        shapes.push(Shape {
            text: &l.text,
            width: l.width - m,
            indent: l.indent - m,
            lead: l.lead,
        });
    }
    Layout::of(&shapes, &adjacent, markdown)
}

/// A standalone short line that is not a sentence: an in-body subheading.
/// A line led by a dash or a bullet is one only when it asks a question
/// (an explainer's "— Why are they fighting?"); else it signs an embedded
/// post ("— Name (@handle) November 18, 2019") or a quotation ("— Name"),
/// or is a list item ("– Ali***", "• Rent"), and it keeps its mark.
fn subheading(b: &Block) -> bool {
    if b.lines.len() != 1 {
        return false;
    }
    let t = b.text();
    let t = t.trim_end();
    if table_row(t, b.list) {
        return false;
    }
    let words = word_count(t);
    let first = t.chars().next().unwrap_or(' ');
    (1..=14).contains(&words)
        && !t.ends_with(['.', ',', ';', ':', '!', '"', '”'])
        && (first.is_uppercase()
            || first.is_ascii_digit()
            || ("—–-•".contains(first) && t.ends_with('?')))
}

/// A table's row as juxta writes one, its cells set apart by " | " (an
/// HTML table's, a Markdown or wiki table's): a list item of cells, or
/// three cells or more, or cells holding figures ("2 stations | 20
/// rupees"). A headline's kicker ("Analysis | Why the vote matters") is
/// none.
fn table_row(t: &str, list: bool) -> bool {
    let cells: Vec<&str> = t.split(" | ").collect();
    cells.len() >= 2
        && (list
            || cells.len() >= 3
            || cells
                .iter()
                .any(|c| c.trim().starts_with(|ch: char| ch.is_ascii_digit())))
}

#[cfg(test)]
mod header_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::PARA;

    #[test]
    fn a_closing_line_of_places_and_a_date_signs_the_text_off() {
        for (t, want) in [
            ("Tbilisi/Brussels, 19 September 2028", "2028-09-19"),
            ("Washington, March 5, 2027", "2027-03-05"),
            ("Berlin, den 5. März 2027", "2027-03-05"),
            ("Genève, le 3 mars 2027", "2027-03-03"),
            ("Kyiv–Warsaw, 12.04.2027", "2027-04-12"),
        ] {
            let got = closing_place_date(t).map(|d| d.to_string());
            assert_eq!(got.as_deref(), Some(want), "{t}");
            // Under the text it goes, and gives the date.
            let doc = ingest_str(&format!(
                "{PARA}

{PARA}

{t}
"
            ));
            assert_eq!(doc.paragraphs.len(), 2, "{t}");
            assert_eq!(doc.date.map(|d| d.to_string()).as_deref(), Some(want));
        }
        // A dateline opening a sentence, a sentence with a date, a place
        // in lower case, more than three names.
        for t in [
            "Paris, 5 March 2027 — The minister said the talks would go on.",
            "In Kyiv, 5 March 2027 was the coldest day.",
            "prices rose, 5 March 2027",
            "Vienna Rome Paris London, 5 March 2027",
        ] {
            assert_eq!(closing_place_date(t), None, "{t}");
        }
    }

    #[test]
    fn a_row_of_fields_over_the_text_is_the_systems() {
        for (head, gone) in [
            (
                "Рубрика: ГОРОД\nНабор: Т.С.   Корр.: Н.Ж.   Сдано: 13.10.2027 18:40",
                2,
            ),
            ("Ressort: Politik  Seite: 3  Stand: 14:02", 1),
            ("Warning: heavy rain: stay home", 0),
            ("Update: The minister resigned. Reaction: None yet", 0),
        ] {
            let doc = ingest_str(&format!(
                "{head}\n\nNew buses on the city's routes\n\n{PARA}\n\n{PARA}\n"
            ));
            let fields = doc
                .removed
                .iter()
                .filter(|r| r.reason == Reason::DatabaseField)
                .count();
            assert_eq!(fields, gone, "{head}: {:?}", doc.removed);
        }
    }

    #[test]
    fn a_markdown_table_is_read_row_by_row() {
        let doc = ingest_md(&format!(
            "{PARA}\n\n| Distance | Fare |\n|---|---:|\n| 2 stations | **20** rupees |\n| 3 to 6 stations | 30 rupees |\n\n{PARA}\n"
        ));
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts[1..4],
            [
                "Distance | Fare",
                "2 stations | 20 rupees",
                "3 to 6 stations | 30 rupees"
            ],
            "{texts:?}"
        );
        assert!(doc.paragraphs[1..4].iter().all(|p| !p.heading));
        assert!(
            doc.removed
                .iter()
                .any(|r| r.text == "|---|---:|" && r.reason == Reason::Markup)
        );
        // Plain text keeps its pipes as written.
        let plain = ingest_str(&format!(
            "{PARA}\n\n| Distance | Fare |\n| 2 stations | 20 rupees |\n"
        ));
        assert!(plain.removed.iter().all(|r| r.reason != Reason::Markup));
    }

    #[test]
    fn a_readers_jottings_around_an_article_in_a_note() {
        let article = format!(
            "Rain shuts four dams in the hills\n\nBy Maria Ortiz\n\n{LONG_A}\n\n{LONG_C}\n\n{LONG_A} Again.\n"
        );
        for note in [
            format!(
                "# Quick note\n\n- call Sergio about the report\n- ask for the 2027 figures\n\n----\nbudget hearing 23/5\n\n----\n{article}"
            ),
            format!(
                "call the desk\n\n***\n\n{article}\n***\n\nfigures for March https://example.org/figures\n\n***\n\nto read later\n"
            ),
        ] {
            let d = ingest_str(&note);
            assert_eq!(
                d.title.as_deref(),
                Some("Rain shuts four dams in the hills"),
                "{note}: {:?} {:?}",
                texts(&d),
                d.removed
            );
            let t = texts(&d);
            assert_eq!(t.len(), 3, "{t:?}");
            assert!(
                d.removed.iter().any(|r| r.reason == Reason::ReaderNote),
                "{:?}",
                d.removed
            );
        }
        // Counter-examples: an article in parts set apart by rules, and a
        // live page whose short entries are sentences, stay whole.
        let parts = format!(
            "{LONG_A}\n\n{LONG_C}\n\n{LONG_A} One.\n\n***\n\n{LONG_C} Two.\n\n***\n\n{LONG_A} Three.\n\n{LONG_C} Three.\n\n{LONG_A} Four.\n\n{LONG_C} Four.\n"
        );
        let d = ingest_str(&parts);
        assert!(d.removed.iter().all(|r| r.reason != Reason::ReaderNote));
        let live = format!(
            "Rain shuts four dams\n\n10:02 The road to the dam is closed.\n\n---\n\n09:40 Crews arrived at dawn.\n\n---\n\n{LONG_A}\n\n{LONG_C}\n\n{LONG_A} Again.\n"
        );
        let d = ingest_str(&live);
        assert!(d.removed.iter().all(|r| r.reason != Reason::ReaderNote));
        assert!(texts(&d).iter().any(|t| t.contains("Crews arrived")));
    }

    #[test]
    fn a_readers_note_over_an_article_pasted_under_a_rule() {
        let de = "Der Stadtrat hat am Dienstag beschlossen, die Gebühren für das Parken in der Innenstadt ab dem kommenden Jahr deutlich zu erhöhen, wie ein Sprecher mitteilte.";
        let es = "El ayuntamiento aprobó el martes una subida de las tarifas de aparcamiento en el centro a partir del año que viene, según informó un portavoz municipal.";
        let en = format!("{LONG_A}\n\n{LONG_C}\n\n{LONG_A} Again.");
        for (note, article, format) in [
            (
                "# Parking fees (Berlin)\n\nMy notes:\n- fees up from January\n- check the 2026 figures\n\nSource: https://example.de/parken\n",
                format!("Parkgebühren steigen deutlich\n\n{de}\n\n{de} Erneut.\n\n{de} Zuletzt.\n"),
                Format::Markdown,
            ),
            (
                "Tarifas - Madrid\n\n* subida en enero\n* preguntar a la concejalía\n\nhttps://example.es/tarifas\n",
                format!(
                    "Suben las tarifas de aparcamiento\n\n{es}\n\n{es} Otra vez.\n\n{es} Al final.\n"
                ),
                Format::Markdown,
            ),
            (
                "# Councils\n\n- overspend, check LGA figures\n- TODO: ask the desk\n\nfrom https://example.org/councils\n",
                format!("Councils overspend on housing\n\n{en}\n"),
                Format::Markdown,
            ),
        ] {
            let d = ingest(
                &format!("{note}\n---\n\n{article}"),
                format,
                &Context::default(),
            )
            .unwrap();
            let t = texts(&d);
            assert_eq!(t.len(), 3, "{note}: {t:?}");
            assert!(
                d.removed.iter().any(|r| r.reason == Reason::ReaderNote),
                "{:?}",
                d.removed
            );
        }
        // Counter-examples: an article's header over a rule (no list, no
        // address), and a note of long sentences, stay.
        let header = format!(
            "# Councils overspend on housing\n\nBy Maria Ortiz\n\n12 March 2024\n\n---\n\n{en}\n"
        );
        let d = ingest_md(&header);
        assert!(d.removed.iter().all(|r| r.reason != Reason::ReaderNote));
        let prose = format!("- {LONG_C}\n- {LONG_A}\n\nhttps://example.org/a\n\n---\n\n{en}\n");
        let d = ingest_md(&prose);
        assert!(d.removed.iter().all(|r| r.reason != Reason::ReaderNote));
    }

    #[test]
    fn a_short_line_over_links_taken_out_goes_with_them() {
        for head in [
            "**קראו עוד באתר**",
            "**Lire aussi sur le site**",
            "Más en la portada",
        ] {
            let d = ingest_md(&format!(
                "{LONG_A}\n\n{head}\n\n- [Other story one](https://example.com/1)\n- [Other story two](https://example.com/2)\n\n{LONG_C}\n"
            ));
            let t = texts(&d);
            assert_eq!(t, [LONG_A, LONG_C], "{head}");
        }
        // Counter-examples: a subheading over paragraphs, and a sentence
        // over the links, stay.
        let d = ingest_md(&format!("{LONG_A}\n\n## What comes next\n\n{LONG_C}\n"));
        assert!(texts(&d).contains(&"What comes next"));
        let d = ingest_md(&format!(
            "{LONG_A}\n\nThe report lists two sources.\n\n- [Other story one](https://example.com/1)\n- [Other story two](https://example.com/2)\n\n{LONG_C}\n"
        ));
        assert!(texts(&d).contains(&"The report lists two sources."));
    }

    #[test]
    fn a_date_under_a_pictures_caption_is_the_header() {
        for (caption, stamp, want) in [
            (
                "A praça vista do alto. © Ana Lopes / Agência",
                "09 abr 2027, 21:15",
                (2027, 4, 9),
            ),
            (
                "The bridge at dawn. Photo: Sam Reed",
                "March 3, 2028",
                (2028, 3, 3),
            ),
        ] {
            let d = ingest_md(&format!(
                "# Councils overspend on housing\n\n![A view](https://example.com/a.jpg)\n\n{caption}\n\n{stamp}\n\n{LONG_A}\n\n{LONG_C}\n"
            ));
            let (y, m, day) = want;
            assert_eq!(
                d.date,
                chrono::NaiveDate::from_ymd_opt(y, m, day),
                "{stamp}: {:?}",
                d.removed
            );
            assert_eq!(texts(&d), [LONG_A, LONG_C]);
        }
        // Counter-example: a caption that names a day in its words stays
        // a caption.
        let d = ingest_md(&format!(
            "# Councils overspend on housing\n\n![A view](https://example.com/a.jpg)\n\nThe council chamber on the evening of the vote, when the budget passed\n\n{LONG_A}\n\n{LONG_C}\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
    }

    #[test]
    fn a_table_row_is_no_subheading() {
        for (t, list, row) in [
            ("3 to 6 stations | 30 rupees", false, true),
            ("Place | Band | Points", false, true),
            ("Distance | Fare", true, true),
            ("Analysis | Why the vote matters", false, false),
            ("How they placed", false, false),
            ("Rain in the north", true, false),
        ] {
            assert_eq!(table_row(t, list), row, "{t}");
        }
        let doc = ingest_md(&format!(
            "{PARA}\n\n- Place | Band | Points\n- 1 | All Stars | 288\n- 4 | Invaders | 280\n\n{PARA}\n\n## Analysis | Why it matters\n\n{PARA}\n"
        ));
        let rows: Vec<_> = doc
            .paragraphs
            .iter()
            .filter(|p| p.text.contains(" | "))
            .collect();
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert!(rows[..3].iter().all(|p| !p.heading), "{rows:?}");
        assert!(rows[3].heading);
    }

    fn ingest_str(s: &str) -> Document {
        ingest(s, Format::Text, &Context::default()).unwrap()
    }

    #[test]
    fn a_standfirst_between_a_page_copys_headline_and_byline_is_the_headers() {
        let shape = |text: &str, item: bool| page_copy::BlockShape {
            text: text.to_string(),
            item,
            ..Default::default()
        };
        let body = "The council voted on Wednesday to raise the fares on every line of the network from the first of April.";
        let blocks = |headline: &str, standfirst: &str| {
            vec![
                shape("Sport", true),
                shape(headline, false),
                shape(standfirst, false),
                shape("Anna Smith 2026. 03. 14. 18:05", false),
                shape(body, false),
            ]
        };
        let of: Vec<Option<usize>> = (0..5).map(Some).collect();
        for (headline, standfirst) in [
            (
                "Fares on city buses will rise next spring",
                "Monthly passes will cost more, but discounts for students stay.",
            ),
            (
                "Drágul a tömegközlekedés a fővárosban",
                "A bérletek ára nő, a diákok kedvezménye viszont megmarad.",
            ),
        ] {
            let mut header = header_right_above(&blocks(headline, standfirst), &of, 4);
            header.sort_unstable();
            assert_eq!(header, [1, 2, 3], "{headline}");
        }
        // Counter-examples: a sentence over the prose is no headline, a
        // list item is none, and prose with no byline or date under it
        // stays out.
        for b in [
            blocks(
                "Readers wrote to us that the tram was late again.",
                "Monthly passes will cost more, but discounts for students stay.",
            ),
            {
                let mut b = blocks(
                    "Fares on city buses will rise next spring",
                    "Monthly passes will cost more, but discounts for students stay.",
                );
                b[1].item = true;
                b
            },
        ] {
            assert_eq!(header_right_above(&b, &of, 4), [3]);
        }
        let mut b = blocks(
            "Fares on city buses will rise next spring",
            "Monthly passes will cost more, but discounts for students stay.",
        );
        b[3] = shape("Share this story", false);
        assert!(header_right_above(&b, &of, 4).iter().all(|&i| i != 2));
    }

    fn ingest_md(s: &str) -> Document {
        ingest(s, Format::Markdown, &Context::default()).unwrap()
    }

    #[test]
    fn comment_links_in_a_header() {
        for t in ["Comments", "COMMENTS", "Comments (12)", "12 comments"] {
            assert!(comments_link(t), "{t}");
        }
        for t in [
            "comments.",
            "Comments were closed",
            "Comments by the minister",
        ] {
            assert!(!comments_link(t), "{t}");
        }
        // Not under a byline or date: left to the page rules.
        let doc = ingest_str(
            "The minister spoke for an hour about the budget and the coming winter.\n\nComments\n\nThe opposition said the plan would not pass the chamber this year.\n",
        );
        assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
    }

    #[test]
    fn joins_wrapped_lines_and_keeps_line_end_hyphens() {
        assert_eq!(
            join_lines(["pursue a path of Euro-", "Atlantic solidarity"].into_iter()),
            "pursue a path of Euro-Atlantic solidarity"
        );
        assert_eq!(
            join_lines(["in the", "conflict:"].into_iter()),
            "in the conflict:"
        );
        assert_eq!(
            join_lines(["ends with -", "dash"].into_iter()),
            "ends with - dash"
        );
    }

    fn texts(d: &Document) -> Vec<&str> {
        d.paragraphs.iter().map(|p| p.text.as_str()).collect()
    }

    /// `text` filled greedily at `width` columns, each line after `margin`.
    fn fill(text: &str, width: usize, margin: &str) -> String {
        let mut out = String::new();
        let mut line = String::new();
        for w in text.split_whitespace() {
            if !line.is_empty() && margin.len() + line.len() + 1 + w.len() > width {
                out.push_str(&format!("{margin}{line}\n"));
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        out.push_str(&format!("{margin}{line}\n"));
        out
    }

    #[test]
    fn a_page_copys_paragraphs_are_wrapped_whatever_its_menus_look_like() {
        let article = [
            "To celebrate fifty years since the band was formed, the founding members Tom Johnston, Michael McDonald, Pat Simmons and John McFee will reunite for a special tour of North America next year.",
            "Kicking off in June, the thirty-date run will mark the first time the four musicians have toured together in nearly a quarter of a century, the promoter said on Monday.",
            "Tickets go on sale on Friday, December 6, and the band will play its first show in West Palm Beach, Florida, before heading north through Nashville, Toronto and Denver.",
        ];
        // w3m draws menus as bullets with nested items indented under them;
        // lynx indents all text by three columns.
        let mut menu = String::new();
        for section in ["Music", "Charts", "Video", "Culture"] {
            menu.push_str(&format!("  • {section}\n"));
            for item in ["News of the week in", "Reviews and interviews from"] {
                menu.push_str(&format!("      □ {item} {section}\n"));
            }
        }
        for margin in ["", "   "] {
            let body: Vec<String> = article.iter().map(|p| fill(p, 62, margin)).collect();
            let page = format!("{menu}\n{}\n{menu}", body.join("\n"));
            let d = ingest_str(&page);
            assert_eq!(texts(&d), article, "margin {margin:?}");
        }
    }

    #[test]
    fn a_page_title_after_a_page_mark_is_a_running_head_even_between_paragraphs() {
        let page = |head: &str| {
            format!(
                "Geneva talks end without a deal\n\n\
                 The talks in Geneva ended on Friday without an agreement.\n\
                 Page 1 of 2\n\n{head}\n\n\
                 Both sides blamed each other for the failure of the talks.\n"
            )
        };
        for head in [
            "Dailynews | Geneva talks end without a deal",
            "Geneva talks end without a deal – The Daily News",
        ] {
            let d = ingest_str(&page(head));
            assert!(!texts(&d).contains(&head), "{head}: {:?}", texts(&d));
            assert!(
                d.removed
                    .iter()
                    .any(|r| r.text == head && r.reason == Reason::Running)
            );
        }
        // Counter-examples: a subheading after the page mark, and a title
        // shape with long parts on both sides, stay.
        for head in [
            "Reactions in the capitals",
            "Talks about the border and the road | The question of the enclaves",
        ] {
            let d = ingest_str(&page(head));
            assert!(texts(&d).contains(&head), "{head}: {:?}", texts(&d));
        }
        // A printed link is no page break: list items after links stay.
        let d = ingest_str(
            "Our picks for the sale.\n\n1) Star Wars – The Trilogy\n\nhttp://example.com/a1\n\n\
             2) Monopoly – Travel Edition\n\nhttp://example.com/a2\n\n3) Roger Waters – The Wall\n",
        );
        assert!(
            texts(&d).contains(&"2) Monopoly – Travel Edition"),
            "{:?}",
            texts(&d)
        );
    }

    #[test]
    fn an_article_forwarded_by_e_mail_keeps_only_its_paragraphs() {
        // As a file is read: the quote marks of the e-mail ("> ") go first.
        let d = super::super::ingest_str_for_tests(
            "From: Anna Keller <anna@example.org>\nSent: Tuesday, November 19, 2019 9:45 AM\n\
             To: Policy Desk <desk@example.org>\nSubject: FW: Talks end\n\n\
             Worth reading before the meeting.\n\n-----Original Message-----\n\
             From: Newsletter <news@example.com>\nDate: Mon, 18 Nov 2019 22:10:03 +0000\n\n\
             > The talks in Geneva ended on Friday without an agreement on the\n\
             > border, officials from both delegations said after the last session.\n\
             >\n\
             > Both sides blamed each other for the lack of progress, and neither\n\
             > would say when the delegations might meet again.\n\n--\nAnna Keller\n",
        );
        assert_eq!(
            texts(&d),
            [
                "The talks in Geneva ended on Friday without an agreement on the border, officials from both delegations said after the last session.",
                "Both sides blamed each other for the lack of progress, and neither would say when the delegations might meet again."
            ]
        );
        assert_eq!(
            d.removed
                .iter()
                .filter(|r| r.reason == Reason::Email)
                .count(),
            10,
            "{:?}",
            d.removed
        );
        assert_eq!(d.title, None);
    }

    #[test]
    fn a_forwarded_articles_writers_with_their_places_are_read() {
        let d = super::super::ingest_str_for_tests(
            "-----Original Message-----\nFrom: Mercer, Daniel\nSubject: Dutch pension funds begin unwinding swap hedges\n\n\
             Dutch pension funds begin unwinding swap hedges\nShift ahead of new retirement regime could steepen euro swap curve\n\n\
             Harriet Ledbury in London and Joost Vermeulen in Amsterdam\nPublished May 15 2024\n\n\
             Dutch pension funds have started to unwind some of the interest rate hedges they hold, as the country prepares for a new regime.\n\n\
             The shift could steepen the euro swap curve, analysts warned on Wednesday, as funds sell long-dated swaps.\n",
        );
        assert_eq!(
            d.authors,
            ["Harriet Ledbury", "Joost Vermeulen"],
            "{:?}",
            d.removed
        );
        // Counter-example: a line shaped so, not over a date, is no byline.
        let d = super::super::ingest_str_for_tests(
            "-----Original Message-----\nFrom: Mercer, Daniel\nSubject: Dutch pension funds begin unwinding swap hedges\n\n\
             Dutch pension funds begin unwinding swap hedges\nShift ahead of new retirement regime could steepen euro swap curve\n\n\
             Harriet Ledbury in London and Joost Vermeulen in Amsterdam\n\n\
             Dutch pension funds have started to unwind some of the interest rate hedges they hold, as the country prepares for a new regime.\n",
        );
        assert!(d.authors.is_empty(), "{:?}", d.authors);
    }

    #[test]
    fn links_printed_once_in_a_list_are_no_page_breaks() {
        // Each offer's link stands alone on its line, and the items wrap
        // onto a line in lower case: the items are no running heads.
        let text = "Our picks for the sale, all of them on offer until Monday night.\n\
             12) Roger Waters – The Wall (DVD)\n\
             http://example.com/a12\n\
             13) Dark Side of the Moon (180 gr) Registrazione originale\n\
             rimasterizzata (Vinile)\n\
             http://example.com/a13\n\
             14) MTV Unplugged in New York Registrazione originale\n\
             rimasterizzata (Vinile)\n\
             http://example.com/a14\n\
             15) Thriller (Vinile)\n";
        let d = ingest_str(text);
        assert!(
            d.removed.iter().all(|r| r.reason != Reason::Running),
            "{:?}",
            d.removed
        );
        assert!(
            texts(&d).iter().any(|t| t.starts_with("13) Dark Side")),
            "{:?}",
            texts(&d)
        );
        // The same address at the foot of two pages marks page breaks:
        // the running head after the first one goes.
        let d = ingest_str(
            "The talks in Geneva ended on Friday without an agreement on the\n\
             border, officials from both delegations said after the last\n\
             https://example.com/news/talks-end\n\
             GENEVA TALKS END WITHOUT A DEAL\n\
             session of the week.\n\
             \n\
             Both sides blamed each other.\n\
             https://example.com/news/talks-end\n",
        );
        assert!(
            d.removed.iter().any(|r| r.reason == Reason::Running),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn running_heads_at_page_breaks_are_removed_and_repeated_lines_elsewhere_stay() {
        let d = ingest_str(
            "The talks in Geneva ended on Friday without an agreement on the\n\
             border, officials from both delegations said after the last\n\
             https://example.com/news/talks-end 1/2\n\
             GENEVA TALKS END WITHOUT A DEAL\n\
             session of the week.\n\
             \n\
             Both sides blamed each other.\n",
        );
        assert_eq!(
            texts(&d),
            [
                "The talks in Geneva ended on Friday without an agreement on the border, officials from both delegations said after the last session of the week.",
                "Both sides blamed each other."
            ]
        );
        // A line of text after a printed URL, with text between, is the
        // article's own even when the sentences around it run on.
        let d = ingest_str(
            "Russia will strive to perform a balancing act between\n\n\
             https://example.com/2026/04/03/fighting-widens\n\n\
             Yerevan and Baku.\n\n\
             It was Moscow that brokered a ceasefire in the conflict in May 1994, and\n\
             put an end to the war in April 2016.\n",
        );
        assert!(
            d.removed.iter().all(|r| r.reason != Reason::Running),
            "{:?}",
            d.removed
        );
        // Without page marks, a line repeated three times is the article's.
        let d = ingest_str(
            "Lunch\n\nTwo eggs and a slice of toast.\n\nLunch\n\nA bowl of soup.\n\nLunch\n\nA salad.\n",
        );
        assert_eq!(texts(&d).iter().filter(|t| **t == "Lunch").count(), 3);
    }

    #[test]
    fn a_line_at_a_page_break_repeating_a_line_of_the_page_is_a_running_head() {
        // The running head repeats the first line in capitals and without
        // its stop, in a script without spaces or in English.
        let page = |first: &str, head: &str, after: &str| {
            format!(
                "{first}\n\nThe next paragraph of the text ends here.\n\n\
                 It goes on, Kindle for\nhttp://example.com/news/a-1\n1\n\n\
                 {head}\n{after}\n\nThe last paragraph.\n"
            )
        };
        for (first, head) in [
            (
                "Kindle書籍を読む場合は、パソコンでそのまま読みたい時もあります。",
                "KINDLE書籍を読む場合は、パソコンでそのまま読みたい時もあります",
            ),
            (
                "Talks in Geneva end without a deal.",
                "TALKS IN GENEVA END WITHOUT A DEAL",
            ),
        ] {
            let d = ingest_str(&page(
                first,
                head,
                "PCがショートカットで起動しなくなるだけです。",
            ));
            assert!(!texts(&d).contains(&head), "{head}: {:?}", texts(&d));
            assert!(texts(&d).contains(&first), "{:?}", texts(&d));
        }
        // Counter-examples: a line at the page break that repeats nothing
        // stays, and so does a repeated line away from any page break.
        let d = ingest_str(&page(
            "Talks in Geneva end without a deal.",
            "事務所の場所を開く",
            "Both sides blamed each other.",
        ));
        assert!(texts(&d).contains(&"事務所の場所を開く"), "{:?}", texts(&d));
        let d = ingest_str(
            "Never again.\n\nThe crowd chanted as the march went on.\n\nNEVER AGAIN\n\n\
             The march ended in the square.\n",
        );
        assert!(texts(&d).contains(&"NEVER AGAIN"), "{:?}", texts(&d));
    }

    #[test]
    fn a_line_above_a_source_label_and_a_date_is_the_headline_whatever_its_length() {
        // A headline too long to look like one by its shape.
        let head = "東京都内の大手家電量販店では今週末から年末商戦に向けた大規模なセールが始まり、多くの買い物客が開店前から長い列を作ったと関係者が明らかにしましたが混乱はなかった";
        let body = "Kindle書籍を読む場合は、パソコンでそのまま読みたい時もあります。\n\n\
                    そんな用途を考慮してか、デスクトップアプリが用意されています。\n";
        let d = ingest_str(&format!(
            "{head}\n\nNote100yen\nPublished: August 19, 2021\nByline: Ahmed Hassan\n\nBody\n\n{body}"
        ));
        assert_eq!(d.title.as_deref(), Some(head), "{:?}", texts(&d));
        assert!(d.date.is_some());
        assert!(texts(&d)[0].starts_with("Kindle書籍"), "{:?}", texts(&d));
        // Counter-examples: a first paragraph that ends a sentence, and a
        // line above a label that no date follows, stay paragraphs.
        let sentence = "報道によると、今回販売されたのは、いわゆる「脱獄」した携帯電話で、多くの利用者が被害を受けたということです。";
        let d = ingest_str(&format!(
            "{sentence}\n\nNote100yen\nPublished: August 19, 2021\n\n{body}"
        ));
        assert!(texts(&d).contains(&sentence), "{:?}", texts(&d));
        let d = ingest_str(&format!(
            "{head}\n\nNote100yen\nsoftware tips for windows users\n\n{body}"
        ));
        assert_ne!(d.title.as_deref(), Some(head));
    }

    #[test]
    fn the_lines_above_a_byline_are_the_headline_whatever_their_shape() {
        let d = ingest_str(
            "先日、不正に改造した携帯電話を販売したとして男性が逮捕されたというニュース\n\
             13 July 2021\nBy Ahmed Hassan\n\n\
             報道によると、今回販売されたのは、いわゆる「脱獄」した携帯電話です。\n",
        );
        assert!(
            d.title.as_deref().is_some_and(|t| t.starts_with("先日")),
            "{:?}",
            d.title
        );
        assert_eq!(d.authors, ["Ahmed Hassan"]);
        assert_eq!(texts(&d).len(), 1, "{:?}", texts(&d));
        // A headline without spaces, on its own, is one too; a first
        // paragraph that ends its sentence is not.
        let body = "報道によると、今回販売されたのは、いわゆる「脱獄」した携帯電話です。\n\n\
                    もちろん、会社は「脱獄」を認めていません。\n";
        let d = ingest_str(&format!(
            "不正に改造した携帯電話を販売した男性が逮捕される\n\n{body}"
        ));
        assert!(d.title.is_some(), "{:?}", texts(&d));
        let d = ingest_str(body);
        assert_eq!(d.title, None, "{:?}", texts(&d));
        // Counter-example: a first paragraph above a date line is no headline.
        let d = ingest_str(
            "The talks ended on Friday without a deal, officials said.\n13 July 2021\n\n\
             Both sides blamed each other.\n",
        );
        assert_eq!(d.title, None);
    }

    #[test]
    fn header_lines_of_any_case_become_metadata() {
        for headline in [
            "GENEVA TALKS END WITHOUT A DEAL",
            "Geneva talks end without a deal",
            "Geneva Talks End Without a Deal",
        ] {
            let d = ingest_str(&format!(
                "{headline}\nBy Maria Lopez, Staff Reporter\n08 April 2016\n\
                 The talks in Geneva ended on Friday without an agreement on the border, officials said.\n\
                 Both sides blamed each other for the lack of progress at the talks.\n"
            ));
            assert_eq!(d.title.as_deref(), Some(headline));
            assert_eq!(d.authors, ["Maria Lopez"]);
            assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2016, 4, 8));
            assert_eq!(d.paragraphs.len(), 2, "{:?}", texts(&d));
        }
    }

    #[test]
    fn an_outlets_appeal_below_the_article_is_removed_and_an_editors_letter_stays() {
        let article = "Peacekeepers stay\n\nRussia will keep its peacekeepers in the region for as long as both sides want them there, the Kremlin said.\n\nReuters contributed reporting.\n\n";
        for appeal in [
            "A Message from The Moscow Times:\n\nDear readers,\n\nWe are facing unprecedented challenges, and our staff are at risk.\n\nWe need your help to keep our journalism going. Please support us.\n\nOnce\nMonthly\nAnnual\n\nContinue\n\nRemind me later.\n",
            "Dear readers,\n\nYour donation keeps our newsroom independent.\n\nDonate\n",
            // The same in other languages: the greeting, "we" and "you",
            // an ask, a button.
            "Дорогие читатели!\n\nМы работаем только благодаря вашей поддержке.\n\nКаждое пожертвование помогает нам оставаться независимыми.\n\nDonate\n",
            "Liebe Leserinnen und Leser,\n\nwir finanzieren uns durch Ihre Spenden. Unterstützen Sie unsere Arbeit.\n\nDonate\n",
        ] {
            let d = ingest_str(&format!("{article}{appeal}"));
            assert_eq!(texts(&d).len(), 1, "{:?}", texts(&d));
            assert!(
                d.removed
                    .iter()
                    .any(|r| r.text == "Remind me later." || r.text == "Donate")
            );
        }
        // Counter-examples: no ask; the appeal's words in a quote with no
        // opener; a letter to readers that is the whole article.
        for text in [
            format!("{article}Dear readers,\n\nWe are taking a break for the holidays and will be back on January 3.\n"),
            format!("{article}\"We need your help to support the shelter,\" the director said.\n"),
            "Dear readers,\n\nWe need your support. After 30 years, our newspaper can no longer pay its printers, and we ask every reader to become a member.\n".to_string(),
        ] {
            let d = ingest_str(&text);
            assert!(
                !d.removed.iter().any(|r| r.reason == Reason::Promotion),
                "{text}: {:?}",
                d.removed
            );
        }
    }

    #[test]
    fn the_headline_repeated_under_a_feed_readers_entry_goes() {
        let body = "\n\nBangkok Metropolitan Administration will ban six-wheel and larger diesel trucks from the inner city during the day.\n\n\
                    The restriction covers an area of about 200 square kilometres inside the ring road.\n";
        let d = ingest_str(&format!(
            "City Hall bans heavy diesel trucks from inner Bangkok\n\nby Apinya Srisuk\n3h · Thu, 20 Nov 2026 07:18\n\n\
             City Hall bans heavy diesel trucks from inner Bangkok{body}"
        ));
        assert!(
            d.removed
                .iter()
                .any(|r| r.reason == Reason::Headline && r.text.starts_with("City Hall"))
        );
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        // The title a page's head gave, with the site's name after it: the
        // headline under it says it without.
        for site in ["Bangkok Post", "Khaosod News"] {
            let d = ingest_str(&format!(
                "City Hall bans heavy diesel trucks from inner Bangkok | {site}\n\nhttps://example.com/a\n\n\
                 City Hall bans heavy diesel trucks from inner Bangkok{body}"
            ));
            assert!(
                d.removed
                    .iter()
                    .any(|r| r.reason == Reason::Headline && r.text.starts_with("City Hall")),
                "{site}: {:?}",
                d.removed
            );
            assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        }
        // Counter-example: a first paragraph that starts with the
        // headline's words says more than it.
        let d = ingest_str(&format!(
            "City Hall bans diesel trucks\n\nby Apinya Srisuk\n20 Nov 2026\n\n\
             City Hall bans diesel trucks from the inner city from December, officials said.{body}"
        ));
        assert!(d.removed.iter().all(|r| r.reason != Reason::Headline));
        assert_eq!(texts(&d).len(), 3, "{:?}", texts(&d));
    }

    #[test]
    fn a_readers_note_over_the_articles_header_is_no_part_of_it() {
        let body = "\n\nHospitalisations for dengue this year crossed 60,000 yesterday, as health officials warned that the outbreak is unlikely to ease.\n\n\
                    In the 24 hours till 8:00am yesterday, 1,146 dengue patients were admitted to hospitals across the country.\n";
        let header = "Health\nDengue\nDengue hospitalisations cross 60,000 as Dhaka south hit hardest\nMahfuza Rahman\nSun Oct 4, 2026 12:00 AM";
        let d = ingest_str(&format!(
            "Dengue 2026 – numbers for the report\n\ncheck DGHS dashboard again on Tuesday, compare w/ 2023 peak\n\n{header}{body}"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Dengue hospitalisations cross 60,000 as Dhaka south hit hardest")
        );
        assert_eq!(d.authors, ["Mahfuza Rahman"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-10-04"));
        assert!(
            d.removed
                .iter()
                .any(|r| r.reason == Reason::ReaderNote && r.text.starts_with("check DGHS"))
        );
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        // A trail of sections between the note and the headline, in
        // Markdown, one item a link.
        let d = ingest(&format!(
            "*Saved for the budget debate. Copied in full.*\n\n[Home](https://x.mn/) › [News](https://x.mn/l/1) › [Society](https://x.mn/l/16)\n\n\
             # Dengue hospitalisations cross 60,000 as Dhaka south hit hardest\n\nMahfuza Rahman\n\n2026-10-04 14:32{body}"
        ), Format::Markdown, &Context::default())
        .unwrap();
        assert_eq!(d.authors, ["Mahfuza Rahman"]);
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        // A reader's page around the article: its own heading, a source
        // line and a note over the article's headline, a heading of the
        // same level with the byline and date under it.
        let d = ingest(
            &format!(
                "# Digest: metro phase two\n\nSource: [Hindu Tamil Thisai](https://x.in/a) (copied 09-03-2028)\n\n_Pasted the whole page._\n\n\
                 # Dengue hospitalisations cross 60,000 as Dhaka south hit hardest\n\n[S. Karthikeyan](https://x.in/author/1)\n\nPublished : 09 Mar 2028 07:15 AM{body}"
            ),
            Format::Markdown,
            &Context::default(),
        )
        .unwrap();
        assert_eq!(
            d.title.as_deref(),
            Some("Dengue hospitalisations cross 60,000 as Dhaka south hit hardest")
        );
        assert_eq!(d.authors, ["S. Karthikeyan"]);
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        // Counter-example: a page's heading over its own date, then a
        // second heading of the article's parts: nothing is set aside.
        let d = ingest(
            &format!("# Weekly notes\n\n9 March 2028\n\n# Metro\n\nPublished : 09 Mar 2028 07:15 AM{body}"),
            Format::Markdown,
            &Context::default(),
        )
        .unwrap();
        assert_eq!(d.title.as_deref(), Some("Weekly notes"));
        assert!(d.removed.iter().all(|r| r.reason != Reason::ReaderNote));
        // Counter-examples: a headline over a standfirst without a period
        // over the byline (the standfirst is no headline with a note above
        // it); a chat's line over a sender's stamp.
        let d = ingest_str(&format!(
            "Councils face a black hole as special needs costs spiral\n\nTown halls warn that rising demand could push dozens into bankruptcy\nBy Anna Weber\n4 October 2026{body}"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Councils face a black hole as special needs costs spiral")
        );
        assert!(d.removed.iter().all(|r| r.reason != Reason::ReaderNote));
        let d = ingest_str(&format!(
            "luka_m — 13.02.2027 09:41\nhere it is, the full text\n[09:42] these fare cards again, what a mess\nana — 13.02.2027 09:50{body}"
        ));
        assert!(d.removed.iter().all(|r| r.reason != Reason::ReaderNote));
    }

    #[test]
    fn writers_one_to_a_line_and_a_label_over_the_byline_are_read() {
        let body = "\n\nThe union called a two-day strike on Thursday after talks with the transport company broke down over pay and staffing.\n\n\
                    Trams and buses will stay in their depots until Saturday morning, the company said.\n";
        // Breadcrumbs, the headline, a standfirst, two writers and their
        // desk, then the date with its day of the week.
        let d = ingest_str(&format!(
            "Haberler\nKadın\n\nÖzel kreş ücretleri asgari ücreti geçti\n\nKadın Emeği Platformu'nun araştırmasına göre ücretler yükseldi.\n\n\
             Derya Gümüş\nElif Sarıkaya\nBİA Haber Merkezi\n\n12 Şubat 2027 Cuma 11:05{body}"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Özel kreş ücretleri asgari ücreti geçti")
        );
        assert_eq!(d.authors, ["Derya Gümüş", "Elif Sarıkaya"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2027-02-12"));
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        // Each name with its role under it; the photographer's is a
        // credit. The stamp's year has two digits.
        let d = ingest_str(&format!(
            "Ventetiden på legevakten har doblet seg\n\nNye tall viser at pasientene venter over fire timer.\n\n\
             Ingrid Haugen Solberg\nJournalist\nHenrik Lunde\nJournalist\nTrond Aasen\nFotograf\n\nPublisert: 03.03.28 20:41{body}"
        ));
        assert_eq!(d.authors, ["Ingrid Haugen Solberg", "Henrik Lunde"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2028-03-03"));
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        assert!(
            d.removed
                .iter()
                .any(|r| r.reason == Reason::Credit && r.text == "Trond Aasen")
        );
        // Hard-wrapped text whose layout wrapped the headline too.
        let wrapped = "Macedonia\n\nSubsidies for inverter air conditioners and pellet stoves\nare raised\n\nAleksandra Mitrevska\n\n14.02.2028\n\n\
             The government decided at its session today to raise the\nsubsidy for buying inverter air conditioners and pellet\nstoves from 30,000 to 45,000 denars, the ministry said.\n\n\
             The ministry expects the number of households that stop\nheating with wood and coal in Skopje and Tetovo to double\nthis winter, officials said on Monday.\n";
        let d = ingest_str(wrapped);
        assert_eq!(
            d.title.as_deref(),
            Some("Subsidies for inverter air conditioners and pellet stoves are raised")
        );
        assert_eq!(d.authors, ["Aleksandra Mitrevska"]);
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        // A script without capitals: its section label over the headline,
        // the date year first, the writer's name under it.
        let d = ingest_str(&format!(
            "පුවත්\nවිදුලි ගාස්තු සියයට 12කින් අඩු කෙරේ\n2028 මාර්තු 10 | 04:30 am\nචමින්ද විජේසිංහ{body}"
        ));
        assert_eq!(d.title.as_deref(), Some("විදුලි ගාස්තු සියයට 12කින් අඩු කෙරේ"));
        assert_eq!(d.authors, ["චමින්ද විජේසිංහ"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2028-03-10"));
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        // Counter-example: a name over a role line over no date opens no
        // stack of writers; the second name stays where it was.
        let d = ingest_str(&format!(
            "Ventetiden på legevakten har doblet seg\n\nNye tall viser at pasientene venter over fire timer.\n\n\
             Ingrid Haugen Solberg\nJournalist\nHenrik Lunde\nFotograf{body}"
        ));
        assert!(
            !d.authors.contains(&"Henrik Lunde".to_string()),
            "{:?}",
            d.authors
        );
        // A place label between the standfirst and the byline.
        let d = ingest_str(&format!(
            "Choisy-le-Roi : la piscine fermée pour un an\n\nFermé depuis lundi pour des travaux, le bassin accueillait 3 000 nageurs.\n\n\
             Choisy-le-Roi (94)\n\nPar Camille Rousset\nLe 14 janvier 2027 à 18h42{body}"
        ));
        assert_eq!(d.authors, ["Camille Rousset"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2027-01-14"));
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        // Counter-examples: two names one to a line over no date; a short
        // line under a first paragraph over no byline.
        let d = ingest_str(&format!(
            "Strike halts the trams\n\nAnna Weber\nJohn Smith{body}"
        ));
        assert!(d.authors.is_empty(), "{:?}", d.authors);
        let d = ingest_str(&format!(
            "Strike halts the trams\n\nThe union called the strike on Thursday.\n\nLocal news{body}"
        ));
        assert!(
            texts(&d)
                .iter()
                .any(|t| t.starts_with("The union called the strike")),
            "{:?}",
            texts(&d)
        );
    }

    #[test]
    fn an_appeal_told_by_its_button_alone_is_removed_and_a_quoted_plea_stays() {
        let article = "Strike halts the city's trams\n\nThe union called a two-day strike on Thursday after talks with the transport company broke down over pay and staffing. Trams and buses will stay in their depots until Saturday morning.\n\n";
        for appeal in [
            // A campaign's title, a plea wrapped over lines, the button.
            "taz zahl ich\n\nWir hätten da mal eine Bitte: Unabhängiger Journalismus kostet Geld. Die\ntaz verzichtet auf eine Paywall. Unterstützen Sie uns mit einem\nfreiwilligen Beitrag. Schon ab 5 Euro im Monat.\n\nJetzt unterstützen\n",
            "Independent journalism costs money. We keep our site free for everyone, and your donation keeps it that way.\n\nDonate now\n",
        ] {
            let d = ingest_str(&format!("{article}{appeal}"));
            assert_eq!(texts(&d).len(), 1, "{:?}", texts(&d));
            assert!(d.removed.iter().any(|r| r.reason == Reason::Promotion));
        }
        // Counter-examples: a quoted plea over a credit; a last paragraph
        // that asks nothing; a plea with no article above it; a credit
        // line that starts with an asking word.
        for (text, kept) in [
            (format!("{article}\u{201c}We need your support to keep the trams running,\u{201d} she said.\n\nSupport services\n"), "she said."),
            (format!("{article}We will keep you posted on the strike as it goes on.\n\nSubscribe\n"), "as it goes on."),
            ("Independent journalism costs money, and every reader can help. Your donation keeps us free.\n\nDonate now\n".to_string(), "keeps us free."),
            (format!("{article}Contributing: Anna Weber\n"), "until Saturday morning."),
        ] {
            let d = ingest_str(&text);
            assert!(
                texts(&d).iter().any(|t| t.ends_with(kept)),
                "{text}: {:?}",
                texts(&d)
            );
        }
    }

    #[test]
    fn a_standfirst_without_a_period_under_the_headline_is_metadata() {
        let body = "\n\nMOSCOW, September 25. Russia is ready to continue its mediation, the Kremlin said.\n\n\
                    The talks will resume next week, officials said.\n";
        let d = ingest_str(&format!(
            "Russia ready to continue mediation\nPeskov stressed that Moscow remains committed to the agreements{body}"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Russia ready to continue mediation")
        );
        assert_eq!(
            d.subtitle.as_deref(),
            Some("Peskov stressed that Moscow remains committed to the agreements")
        );
        assert_eq!(d.paragraphs.len(), 2, "{:?}", texts(&d));
        // Counter-examples: a line in title case, a lead-in to a list, a
        // byline, a short line; and a first paragraph when no blank line
        // sets the line off from the text below it.
        for second in [
            "A Conflict Over Borders And Roads In The South Caucasus",
            "The ministers agreed on the following points:",
            "By Maria Lopez and John Smith, staff reporters",
            "Analysis",
        ] {
            let d = ingest_str(&format!(
                "Russia ready to continue mediation\n{second}{body}"
            ));
            assert_ne!(d.subtitle.as_deref(), Some(second), "{second}");
        }
        let d = ingest_str(
            "Russia ready to continue mediation\nPeskov stressed that Moscow remains committed to the agreements\n\
             The talks will resume next week, officials said.\n",
        );
        assert_eq!(d.subtitle, None, "{:?}", texts(&d));
    }

    #[test]
    fn a_full_first_line_of_hard_wrapped_text_is_no_headline() {
        let body = "During the Spring Fair in Milan, the Design Showroom in Corso\n\
                    Monforte shows a light installation made by a designer from London,\n\
                    who has made a number of lamps for the firm since the year 2013.\n\
                    The showroom holds three large sculptures of light, which look like\n\
                    huge pieces of jewellery made of a sequence of linked forms.\n";
        let d = ingest_str(body);
        assert_eq!(d.title, None, "{:?}", texts(&d));
        assert!(texts(&d)[0].starts_with("During the Spring Fair in Milan"));
        // Counter-example: a headline that leaves room on its line stays one.
        let d = ingest_str(&format!("Lamps Like Jewels in Milan\n{body}"));
        assert_eq!(d.title.as_deref(), Some("Lamps Like Jewels in Milan"));
        assert!(texts(&d)[0].starts_with("During the Spring Fair in Milan"));
    }

    #[test]
    fn a_source_label_under_the_headline_is_removed_and_a_short_first_paragraph_stays() {
        let d = ingest_str(
            "Geneva talks end without a deal\n\nReuters\nApril 8, 2016\nLength: 420 words\n\nBody\n\n\
             The talks in Geneva ended on Friday without an agreement on the border.\n\nLoad-Date: April 9, 2016\n\nEnd of Document\n",
        );
        assert_eq!(
            texts(&d),
            ["The talks in Geneva ended on Friday without an agreement on the border."]
        );
        assert!(d.removed.iter().any(|r| r.text == "Reuters"));
        // A short line that is the article's own first paragraph stays.
        let d = ingest_str("Geneva talks end\n\nThey failed.\n\nBoth sides blamed each other.\n");
        assert!(texts(&d).contains(&"They failed."));
    }

    #[test]
    fn a_section_label_set_as_a_heading_under_the_headline_is_removed() {
        let body = "Junamatka lyhenee ensi vuoden alusta noin puolella tunnilla, kun rata valmistuu.\n\n\
                    Hanke on maksanut noin 410 miljoonaa euroa, josta unioni rahoitti kolmanneksen.\n";
        let d = ingest_md(&format!(
            "# Junamatka Ouluun lyhenee\n\n## Kotimaa\n\n\
             Radan nopeutus valmistuu joulukuussa. VR lisää kaksi vuoroa.\n\n\
             Laura Nieminen\nJulkaistu 16.3.2028 7:45\n\n{body}"
        ));
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        assert!(d.removed.iter().any(|r| r.text == "Kotimaa"));
        assert_eq!(d.authors, ["Laura Nieminen"]);
        // Counter-example: a first crosshead over the body's prose stays.
        let d = ingest_md(&format!(
            "# Junamatka Ouluun lyhenee\n\n## Tausta\n\n{body}"
        ));
        assert_eq!(texts(&d)[0], "Tausta");
        assert_eq!(texts(&d).len(), 3);
    }

    #[test]
    fn chinese_wrapped_by_a_program_joins_with_no_space() {
        let paragraphs = [
            "康樂及文化事務署昨日向立法會民政事務委員會提交文件，建議由今年7月起，把九間主要公共圖書館的開放時間延長至晚上10時，並在文憑試前兩個月試行星期日全日開放。",
            "該九間圖書館包括香港中央圖書館、九龍公共圖書館、沙田公共圖書館、屯門公共圖書館、荃灣公共圖書館及東涌公共圖書館。目前大部分分館平日只開放至晚上8時。",
            "康文署回應指，新增職位包括助理館長及圖書館助理員，並會引入更多自助借還書機，減少前線櫃位工作。署方又表示，會在首年運作後檢討成效。",
        ];
        // As tin or mutt wraps them: 36 characters to a line, broken
        // anywhere, a blank line between paragraphs.
        let wrap = |p: &str| {
            let chars: Vec<char> = p.chars().collect();
            chars
                .chunks(36)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let text = paragraphs.map(wrap).join("\n\n");
        let d = ingest_str(&format!("{text}\n"));
        assert_eq!(texts(&d), paragraphs);
        // Counter-example: Korean is written with spaces, and a program
        // breaks its lines at them; the space comes back.
        let ko = [
            "서울교통공사는 다음 달부터 금요일 막차 시간을 새벽 1시30분으로 연장한다고 13일 밝혔다. 공사는 심야 택시 대란을 줄이기 위해 이번 조처를 마련했다고 설명했다.",
            "연장 운행은 1호선부터 8호선까지 모든 노선에 적용된다. 공사는 추가 인력과 비용을 서울시와 협의해 마련할 계획이라고 덧붙였다.",
            "시민단체는 환영하면서도 평일 연장도 검토해야 한다고 주장했다. 공사 관계자는 운행 결과를 지켜본 뒤 판단하겠다고 말했다.",
        ];
        let wrap = |p: &str| {
            let mut lines: Vec<String> = vec![String::new()];
            for w in p.split(' ') {
                let last = lines.last_mut().unwrap();
                if !last.is_empty() && last.chars().count() + 1 + w.chars().count() > 40 {
                    lines.push(w.to_string());
                } else {
                    if !last.is_empty() {
                        last.push(' ');
                    }
                    last.push_str(w);
                }
            }
            lines.join("\n")
        };
        let d = ingest_str(&format!("{}\n", ko.map(wrap).join("\n\n")));
        assert_eq!(texts(&d), ko);
    }

    #[test]
    fn a_page_copied_as_markdown_is_read_as_markdown() {
        let menu: String = [
            "Aktuell",
            "Politik",
            "Wirtschaft",
            "Sport",
            "Kultur",
            "Reise",
            "Wissen",
            "Video",
        ]
        .iter()
        .map(|m| format!("* [{m}](https://www.example.de/{m}/)\n"))
        .collect();
        let para = |n: usize| {
            format!(
                "Die Stadt will bis zum Jahr 2030 insgesamt {n} neue Wohnungen bauen lassen, sagte der Planungsdezernent am Freitag vor Journalisten im Rathaus."
            )
        };
        let page = format!(
            "[Zum Inhalt springen](#main)\n\n{menu}\n1. [Aktuell](https://www.example.de/)\n2. [Region](https://www.example.de/region/)\n\n\
             # Stadt plant Tausende neue Wohnungen\n\n\
             Von [Lena Hofer](https://www.example.de/autoren/lena-hofer), Frankfurt\n\n\
             {}\n\n{}\n\n## Kritik vom Mieterbund\n\n{}\n\n{}\n\n\
             ## Mehr zum Thema\n\n{menu}",
            para(1200),
            para(1300),
            para(1400),
            para(1500)
        );
        let d = ingest_md(&page);
        assert_eq!(
            d.title.as_deref(),
            Some("Stadt plant Tausende neue Wohnungen")
        );
        assert_eq!(d.authors, ["Lena Hofer"]);
        let t = texts(&d);
        assert!(t.contains(&"Kritik vom Mieterbund"), "{t:?}");
        assert!(
            t.iter().all(|p| !p.starts_with('#') && !p.contains("](")),
            "{t:?}"
        );
    }

    #[test]
    fn a_teletype_feeds_marks_and_codes_go() {
        let d = ingest_str(
            "ZCZC6104/SXA\nXCI25071006104_SXA_QBXB\nR CRO S0A QBXB\n\n\
             Siccità in Sicilia\n\n\
             Gli invasi siciliani sono pieni appena al 31% della loro capacità, il livello più basso.\n\n\
             Le associazioni stimano in oltre un miliardo di euro i danni subiti dal comparto.\n\n\
             BEN-GU\n12-MAR-25 17:42\nNNNN\n",
        );
        let texts = texts(&d);
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert_eq!(d.title.as_deref(), Some("Siccità in Sicilia"));
        assert_eq!(d.removed.len(), 6, "{:?}", d.removed);
        // Counter-example: a text that does not open with the mark keeps
        // its lines in capitals.
        let d = ingest_str(
            "NATO SUMMIT\n\nThe leaders met in Vilnius on Tuesday and agreed on a new plan.\n\n\
             They will meet again next year.\n\nUPDATE 2\n",
        );
        assert!(d.removed.iter().all(|r| r.reason != Reason::DatabaseField));
    }

    #[test]
    fn a_consent_banners_other_paragraphs_go_with_its_notice() {
        let body = "A record 164,040 children in England are living in temporary accommodation, according to new figures.\n\n\
             Councils say the housing system has reached breaking point, and several have warned of bankruptcy.\n";
        let d = ingest_str(&format!(
            "We and our 946 partners store and/or access information on a device, such as cookies and process personal data.\n\
             With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our processing.\n\
             Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.\n\n{body}"
        ));
        assert_eq!(
            texts(&d),
            [
                "A record 164,040 children in England are living in temporary accommodation, according to new figures.",
                "Councils say the housing system has reached breaking point, and several have warned of bankruptcy."
            ]
        );
        // Counter-example: an article's paragraph on privacy, which speaks
        // of no reader, stays under a notice.
        let d = ingest_str(
            "We and our partners use cookies to personalise content.\n\n\
             The regulator fined the company for processing personal data without consent, the ministry said on Friday.\n\n\
             The company said it would appeal the decision in court.\n",
        );
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
    }

    #[test]
    fn the_foot_after_a_share_row_in_any_language() {
        let body = format!("{PARA}\n\n{PARA}\n\n");
        let doc = ingest_str(&format!(
            "{body}Juogat: Facebook X E-poasta\n\nFáttát: johtolat, Guovdageaidnu, Áltá\n\n  * Ávvir AS, Kárášjohka\n  * Ávvir čuovvu Sámi Ovddasvástádusráđi njuolggadusaid.\n"
        ));
        assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
        // The article's last sentence under a share row keeps all.
        let doc = ingest_str(&format!(
            "{PARA}\n\nShare: Facebook Twitter WhatsApp\n\nThe council meets again on Monday.\n\nTags: buses, council\n"
        ));
        assert!(
            doc.paragraphs
                .iter()
                .any(|p| p.text == "The council meets again on Monday."),
            "{:?}",
            doc.paragraphs
        );
    }

    #[test]
    fn a_caption_with_its_credit_in_brackets_under_an_image() {
        for (t, want) in [
            ("Los trabalhs a Montaudran (Fòto: Tisséo)", true),
            ("Workers lay the pipe in Godaif (Photo: Shabait)", true),
            ("The new trains at the depot (AP/Jane Doe)", true),
            ("The figures rose again. (Source: Eurostat)", false),
            ("Ticket prices (in euros)", false),
            ("See the map (https://example.org/map)", false),
        ] {
            assert_eq!(bracketed_credit(t), want, "{t}");
        }
        let doc = ingest_md(&format!(
            "# Night buses\n\n![](https://example.org/bus.jpg)\n\nLos trabalhs a Montaudran (Fòto: Tisséo)\n\n{PARA}\n"
        ));
        assert_eq!(doc.paragraphs.len(), 1, "{:?}", doc.paragraphs);
        // Under no image, such a line stays.
        let doc = ingest_md(&format!(
            "# Night buses\n\nBy Jane Doe\n\n{PARA}\n\nLos trabalhs a Montaudran (Fòto: Tisséo)\n\nRiders said the new timetable would save them an hour a day on the way home from work.\n"
        ));
        assert!(
            doc.paragraphs
                .iter()
                .any(|p| p.text == "Los trabalhs a Montaudran (Fòto: Tisséo)"),
            "{:?}",
            doc.paragraphs
        );
    }

    #[test]
    fn alt_text_over_its_caption_goes() {
        let doc = ingest_str(&format!(
            "{PARA}\n\nBusse Guovdageainnu guovddážis\nBusse Guovdageainnu guovddážis. Govva: Ávvir arkiiva\n\n{PARA}\n"
        ));
        assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
        // A heading over a paragraph opening with its words stays.
        let doc = ingest_str(&format!(
            "{PARA}\n\nNight buses\nNight buses will run every thirty minutes from January, the council said.\n\n{PARA}\n"
        ));
        assert!(
            doc.paragraphs
                .iter()
                .any(|p| p.text.contains("every thirty minutes")),
            "{:?}",
            doc.paragraphs
        );
    }

    #[test]
    fn a_separator_is_a_break_never_a_cut() {
        // Two briefs pasted one after the other, one paragraph to a line:
        // the first ends on its desk's initials, the second opens with
        // its source and date line under the separator.
        for sep in ["* * *", "***", "----------", "§ § §"] {
            let text = format!(
                "Bus 183 now runs every hour between the two towns, on Saturdays too, the district said on Friday.\nThe new timetable covers six lines and costs the district 420,000 euros more each year (SN/bn)\n{sep}\nThe Courier, Wednesday, 13 October 2027\nThe federal railway and the state agreed on a timetable for the line between Dresden and Görlitz on Tuesday.\nThe project costs about 1.1 billion euros, most of it paid from the fund for the coal regions.\n"
            );
            let doc = ingest_str(&text);
            assert!(
                doc.paragraphs
                    .iter()
                    .all(|p| !(p.text.contains("SN/bn") && p.text.contains("Courier"))),
                "{sep}: {:?}",
                doc.paragraphs
            );
        }
    }

    #[test]
    fn rejoins_a_sentence_cut_by_a_printed_url() {
        let d = ingest_str(
            "First paragraph is here and it ends.\n\nThey have clashed since 1988, when the\n\nhttps://www.example.com/2024/04/27/other-story\n\n\nmountainous region declared independence.\n",
        );
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "First paragraph is here and it ends.",
                "They have clashed since 1988, when the mountainous region declared independence."
            ]
        );
        assert_eq!(d.paragraphs[1].lines, [3, 8]);
        assert_eq!(d.removed[0].reason.as_str(), Reason::LinkInText.as_str());
        assert!(d.url.is_none());
    }

    #[test]
    fn a_box_or_caption_set_into_a_sentence_goes_and_the_sentence_runs_on() {
        // A box of figures, then a caption, each inside a sentence of a
        // column copied from a PDF.
        let d = ingest_str(
            "Opening paragraph of the story, which ends here.\n\n\
             The regions with the most roads will get the most money, and the\n\
             ministry weighed traffic and the state of repair. Regions,\n\n\
             The figure\n\n\
             63%\n\
             of regional roads are in good repair\n\n\
             which did not spend last year's money will get less.\n\n\
             Experts say the cost of the work is the main problem. Prices have\n\n\
             Photo: Sergei Mikheev\n\
             Repair work on a federal road. The season starts early.\n\n\
             risen by 40 percent in three years, one of them said.\n",
        );
        assert_eq!(
            texts(&d),
            [
                "Opening paragraph of the story, which ends here.",
                "The regions with the most roads will get the most money, and the ministry weighed traffic and the state of repair. Regions, which did not spend last year's money will get less.",
                "Experts say the cost of the work is the main problem. Prices have risen by 40 percent in three years, one of them said.",
            ]
        );
        let set_in: Vec<&str> = (d.removed.iter())
            .filter(|r| r.reason == Reason::SetIn)
            .map(|r| r.text.as_str())
            .collect();
        assert!(set_in.contains(&"The figure"), "{set_in:?}");
        assert!(set_in.contains(&"Repair work on a federal road. The season starts early."));
        // A sentence left open on a bare word goes on with a figure.
        let d = ingest_str(
            "First paragraph of the piece is here and it ends with a stop.\n\n\
             The problem is above all regional. In\n\n\
             THE NUMBERS\n\n\
             Six zones\n\n\
             2025 the price in the south was lower than in the north.\n",
        );
        assert_eq!(
            texts(&d)[1],
            "The problem is above all regional. In 2025 the price in the south was lower than in the north."
        );
    }

    #[test]
    fn no_sentence_runs_on_past_a_heading_a_box_line_or_a_name() {
        // A heading stops on no sentence: nothing is set into it.
        let d = ingest_str(
            "First paragraph of the piece is here and it ends with a stop.\n\n\
             What the ministry wants\n\n\
             Photo: Agency\n\n\
             more money for roads is what it wants, officials said today.\n",
        );
        assert!(d.removed.iter().all(|r| r.reason != Reason::SetIn));
        // A line in lower case that ends no sentence is a box's, not the
        // sentence's; a word with a capital inside opens its own.
        for next in [
            "of regional roads are in good repair\n",
            "iPhone sales rose by a tenth in the quarter, the firm said.\n",
        ] {
            let text = format!(
                "The regions with the most roads will get the most money, and the\n\
                 ministry weighed traffic and the state of repair of their roads\n\n\
                 The figure\n\n{next}"
            );
            let d = ingest_str(&text);
            assert!(
                d.removed.iter().all(|r| r.reason != Reason::SetIn),
                "{next}"
            );
            assert!(texts(&d).contains(&"The figure"), "{next}");
        }
        // An embedded post stops on its link, over its sign-off; a list's
        // items open in lower case or with a figure.
        for text in [
            "Oh, no. It seems the rest of the state's campaigns are just as bad as this one. pic.twitter.com/3BDnrvkoms\n\n\
             — Mike Beauvais (@MikeBeauvais) November 18, 2019\n\n\
             on. meth. dot. com.\n",
            "any seafood (limit the oysters, but work out the recipe first) in any form\n\n\
             Foods to limit\n\n\
             cabbage and courgettes in any amount you like.\n",
            "5.5-inch touchscreen display with a resolution of 1080 by 1920 pixels at 401 pixels per inch\n\n\
             Apple A10 Fusion chip\n\n\
             12-megapixel primary camera on the rear and a front one for selfies.\n",
        ] {
            let d = ingest_str(text);
            assert!(
                d.removed.iter().all(|r| r.reason != Reason::SetIn),
                "{text}"
            );
        }
    }

    /// A printed column's text: wrapped, a short last line ending each
    /// paragraph.
    const PRINTED_BODY: &str = "The government has shared out 150 billion roubles among the\n\
        regions for the repair of regional and local roads, the order\n\
        signed on Thursday says. The money is to reach the regions before\n\
        the end of March.\n\
        Most of it goes to the regions around Moscow, to the Urals and to\n\
        Siberia, where the roads carry the most traffic and are in the\n\
        worst state of repair.\n\
        Experts say the cost of the work is the main problem, as prices\n\
        for bitumen, gravel and machines have risen by 40 percent.\n";

    #[test]
    fn a_printed_headline_broken_over_lines_is_the_title() {
        let d = ingest_str(&format!(
            "4\n\
             Daily Courier Friday, 4 December 2026 No. 276\n\
             Economy\n\n\
             Transport\n\n\
             Regions will get\n\
             an extra\n\
             150 billion roubles\n\
             for road repairs\n\n\
             Text: Irina Sokolova\n\n{PRINTED_BODY}",
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Regions will get an extra 150 billion roubles for road repairs")
        );
        assert_eq!(d.authors, ["Irina Sokolova"]);
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2026, 12, 4));
        assert_eq!(texts(&d).len(), 3, "{:?}", texts(&d));
        for label in ["Economy", "Transport"] {
            assert!(
                d.removed
                    .iter()
                    .any(|r| r.text == label && r.reason == Reason::Kicker)
            );
        }
        // A standfirst that ends no sentence, over the writer's name alone.
        let d = ingest_str(&format!(
            "ENERGY\n\n\
             Bills, farewell to the single price:\n\
             from 2027 zonal prices\n\
             for households too\n\n\
             The regulator's ruling. A new national index for the indexed offers\n\n\
             Giovanna Ferraris\n\n{PRINTED_BODY}",
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Bills, farewell to the single price: from 2027 zonal prices for households too")
        );
        assert_eq!(d.authors, ["Giovanna Ferraris"]);
        assert_eq!(
            d.subtitle.as_deref(),
            Some("The regulator's ruling. A new national index for the indexed offers")
        );
        assert_eq!(texts(&d).len(), 3, "{:?}", texts(&d));
    }

    #[test]
    fn labels_and_a_date_are_no_broken_headline() {
        // A service's name, the paper's and the date: labels, each line
        // in capitals or a date.
        let d = ingest_str(&format!(
            "PressReader\nKathimerini (Greek)\n12 Mar 2024\n\n\
             Water reserves of Attica at a ten-year low\n\n{PRINTED_BODY}"
        ));
        assert_ne!(
            d.title.as_deref(),
            Some("PressReader Kathimerini (Greek) 12 Mar 2024")
        );
        assert!(
            d.removed
                .iter()
                .all(|r| r.reason != Reason::Kicker || r.text != "PressReader")
        );
        // A label over a headline in title case: no phrase runs on.
        let d = ingest_str(&format!(
            "Politics\nSenate Passes the Budget Bill\n\n{PRINTED_BODY}"
        ));
        assert!(d.removed.iter().all(|r| r.reason != Reason::Kicker));
        // A time and a byline in lower case: no headline's lines.
        let d = ingest_str(&format!(
            "Columnists\n\n21:17 18.11.2019 Get short URL\nby Finian Cunningham\n\n{PRINTED_BODY}"
        ));
        assert!(!d.title.as_deref().unwrap_or("").contains("Cunningham"));
        assert_eq!(d.authors, ["Finian Cunningham"]);
    }

    #[test]
    fn the_next_article_on_a_printed_page_is_not_this_ones() {
        let d = ingest_str(
            "The first paragraph of the article on prices, which ends here.\n\n\
             The last paragraph says what comes next for households.\n\n\
             © ALL RIGHTS RESERVED\n\n\
             GAS\n\n\
             Storage full at 94%,\n\
             prices steady\n\n\
             Marco Bellandi\n\n\
             Italy's gas storage has reached 94% of its capacity, above the average of five years.\n",
        );
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        assert!(
            d.removed
                .iter()
                .any(|r| r.reason == Reason::NextArticle && r.text == "Marco Bellandi")
        );
        // Without the copyright line that closes an article, what follows
        // is this one's.
        let d = ingest_str(
            "The first paragraph of the article on prices, which ends here.\n\n\
             GAS\n\n\
             Storage full at 94%,\n\
             prices steady\n\n\
             Italy's gas storage has reached 94% of its capacity, above the average of five years.\n",
        );
        assert!(d.removed.iter().all(|r| r.reason != Reason::NextArticle));
    }

    #[test]
    fn a_posts_counts_go() {
        for t in ["3", "41", "2.1K", "9,318", "1.7K", "640", "12 K"] {
            assert!(engagement_count(t), "{t}");
        }
        for t in ["2024", "12.5", "1,25", "3 dead", "K", "", "12.345.6"] {
            assert!(!engagement_count(t), "{t}");
        }
        let d = ingest_str(
            "The council raised the tariff on Thursday, officials said in a statement.\n\n3\n9\n41\n2.1K\n\nThe new prices apply from January, the council said in its decision.\n",
        );
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(
            d.removed
                .iter()
                .any(|r| r.text == "2.1K" && r.reason == Reason::Share),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn subheadings_are_headings_not_passages() {
        let d = ingest_str(
            "A first paragraph that is long enough to be a body paragraph of the article.\n\nRussia exerts its influence\n\nSince the 1994 ceasefire, the Minsk group has sought to mediate the situation, with few results.\n",
        );
        assert!(!d.paragraphs[0].heading);
        assert!(d.paragraphs[1].heading);
        assert_eq!(d.paragraphs[1].text, "Russia exerts its influence");
        assert!(!d.paragraphs[2].heading);
    }

    #[test]
    fn a_note_on_the_writer_named_in_front_matter_goes_with_its_heading() {
        let text = "---\ntitle: \"Why kids quit the violin\"\nauthor: \"[[Hannah Whitfield]]\"\n---\n\n\
            Every September, the string program at the school used to run out of cellos, its teacher said.\n\n\
            Back in Cedar Rapids, the teacher has started lending the unused cellos to a community program.\n\n\
            ## About the Author\n\n\
            [Hannah Whitfield](https://example.com/author/hannah) is a staff writer at *The Atlantic*, where she covers family and education.\n";
        let d = ingest(text, Format::Markdown, &Context::default()).unwrap();
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        assert_eq!(d.authors, ["Hannah Whitfield"]);
        // Counter-example: a paragraph on someone else stays.
        let d = ingest(
            &text.replace(
                "[Hannah Whitfield](https://example.com/author/hannah)",
                "Maria Lopez",
            ),
            Format::Markdown,
            &Context::default(),
        )
        .unwrap();
        assert_eq!(d.paragraphs.len(), 4, "{:?}", d.paragraphs);
    }

    #[test]
    fn a_wire_message_gives_its_story_and_fields() {
        let d = ingest_str(
            "ZCZC\nBC-CHILE-COPPER/PRODUCTION (UPDATE 1)\nUPDATE 1-Chile copper output slides 4.1% in January\n\n\
             (Adds Cochilco comment in paragraph 6, analyst quote in\nparagraph 9, prices)\n\n    By Valentina Araya\n\n\
             SANTIAGO, March 3 (Reuters) - Chile's copper production fell 4.1% in January from a year earlier, government data showed.\n\n\
             Production of molybdenum, a by-product of copper mining, rose 9% to 3,420 tons, INE said.\n\n\
             ((valentina.araya@thomsonreuters.com; +56 2 2370 4200;\nReuters Messaging: valentina.araya.thomsonreuters.com@reuters.net))\n\nNNNN\n",
        );
        assert_eq!(
            d.title.as_deref(),
            Some("Chile copper output slides 4.1% in January")
        );
        assert_eq!(d.authors, ["Valentina Araya"]);
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        assert_eq!(d.removed.len(), 7, "{:?}", d.removed);
    }

    #[test]
    fn a_reader_views_writer_over_the_reading_time() {
        let p = "Um halb elf zeigt das Thermometer in Raum 2.14 der Gesamtschule bereits 31 Grad, sagt die Lehrerin.";
        let d = ingest_str(&format!(
            "zeit.de\nHitzeschutz an Schulen: Wenn das Klassenzimmer 34 Grad hat\nMiriam Lohse\n5–6 Minuten\n\n{p}\n\n{p}\n"
        ));
        assert_eq!(d.authors, ["Miriam Lohse"], "{:?}", d.removed);
        // Counter-example: a name-like line under the headline, over text.
        let d = ingest_str(&format!(
            "Hitzeschutz an Schulen: Wenn das Klassenzimmer 34 Grad hat\nBerlin Brandenburg Sachsen\n\n{p}\n"
        ));
        assert!(d.authors.is_empty(), "{:?}", d.authors);
    }

    #[test]
    fn a_box_marked_for_screen_readers_at_both_ends_goes() {
        let p = "Councils in England spent more than 2.8bn on temporary accommodation for homeless households last year.";
        let d = ingest_str(&format!(
            "{p}\n\nskip past newsletter promotion\nSign up to First Edition\nFree daily newsletter\nOur morning email breaks down the key stories of the day\n\nEnter your email address\nafter newsletter promotion\n\n{p}\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // Counter-example: no closing mark, nothing taken but the mark.
        let d = ingest_str(&format!(
            "{p}\n\nskip past newsletter promotion\nOur morning email breaks down the key stories of the day\n\n{p}\n"
        ));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
    }

    #[test]
    fn a_newsletters_box_without_its_button_goes_whole() {
        let p = "Um halb elf zeigt das Thermometer in Raum 2.14 der Gesamtschule bereits 31 Grad, sagt die Lehrerin.";
        let d = ingest_str(&format!(
            "{p}\n\nNewsletter\nWas jetzt? – Der tägliche Morgenüberblick\nDas Wichtigste, was Sie heute wissen müssen – kompakt, werktags um 6 Uhr.\n\
             Mit meiner Anmeldung nehme ich die Werbehinweise und die Datenschutzerklärung zur Kenntnis.\nVielen Dank! Wir haben Ihnen eine E-Mail geschickt.\n\n{p}\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // Counter-example: a subheading "Newsletter" over reporting on one.
        let d = ingest_str(&format!(
            "{p}\n\nNewsletter\nThe council's newsletter went out to 4,000 homes on Friday, a spokesman said.\n\n{p}\n"
        ));
        assert!(d.paragraphs.iter().any(|q| q.text.contains("4,000 homes")));
    }

    #[test]
    fn a_paywalls_box_goes_and_marks_the_text_cut() {
        let body = "Ouders in Antwerpen moeten soms al tijdens de zwangerschap een plaats zoeken in de opvang, zo blijkt uit nieuwe cijfers van de stad.\nHet kabinet van de minister laat weten dat er dit jaar 60 miljoen euro extra naar de sector gaat, onder meer voor hogere lonen en";
        let text = format!(
            "{body}\nDit artikel is exclusief voor abonnees\nLees alle artikels op standaard.be en in de app\nElke dag de digitale krant\nEerste maand gratis, daarna € 25,99/maand\nWord abonnee\nBen je al abonnee? Meld je aan\n"
        );
        let d = ingest_str(&text);
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        assert_eq!(d.removed.len(), 6, "{:?}", d.removed);
        assert!(super::super::truncation::cut_off(&d).is_some());
        // Counter-example: short lines under a note that are not the box's
        // (a subheading, the article going on) stay.
        let d = ingest_str(
            "The council voted on Tuesday to close two libraries, officials said, after a long debate in the chamber.\n\nContinue reading\n\nWhat happens next\n\nThe closures take effect in March, and staff will be offered posts in other branches of the service.\n",
        );
        assert!(d.paragraphs.iter().any(|p| p.text == "What happens next"));
        // A longer offer under the note is the box's too, and the paragraph
        // the paywall cut stays, unjoined.
        let lead = "Die Stadt hat am Montag neue Regeln für das Parken in der Innenstadt vorgestellt, die ab April gelten sollen.";
        let cut = "Anwohner sollen für einen zweiten Wagen deutlich mehr zahlen, sagte der Bürgermeister, und die Opposition kritisiert";
        let d = ingest_str(&format!(
            "{lead}\n{cut}\nDieser Artikel ist nur für Abonnenten verfügbar.\nJetzt weiterlesen mit dem Digitalabo für 9,99 Euro im Monat: alle Artikel auf der Website und in der App.\n"
        ));
        assert_eq!(
            d.paragraphs.last().map(|p| p.text.as_str()),
            Some(cut),
            "{:?}",
            d.paragraphs
        );
        assert!(super::super::truncation::cut_off(&d).is_some());
        // Counter-example: a longer line under the note that is no offer
        // stays.
        let after =
            "The council will meet again on Thursday to decide on the fees, the mayor said.";
        let d = ingest_str(&format!("{lead}\nContinue reading\n{after}\n"));
        assert!(
            d.paragraphs.iter().any(|p| p.text == after),
            "{:?}",
            d.paragraphs
        );
    }

    #[test]
    fn a_paragraph_a_paywall_cut_is_not_joined_to_the_offer_under_it() {
        let lead =
            "The port will raise its fees from May, the harbour master told reporters on Monday.";
        let cut = "He said the new rules would apply to every vessel calling at the port, and that the fees would be reviewed by the board at";
        for (note, offer) in [
            (
                "Continue reading with a subscription",
                "Subscribe to The Harbour Gazette for unlimited access to news and analysis from the ports.",
            ),
            (
                "Dieser Artikel ist nur für Abonnenten verfügbar.",
                "Mit dem Digitalabo lesen Sie alle Artikel der Zeitung auf der Website und in der App.",
            ),
        ] {
            let d = ingest_str(&format!(
                "Port sets new fees\n\n{lead}\n\n{cut}\n\n\n{note}\n\n{offer}\n"
            ));
            assert!(
                d.paragraphs.iter().any(|p| p.text == cut),
                "{note}: {:?}",
                d.paragraphs
            );
            if note.starts_with("Continue") {
                assert!(super::super::truncation::cut_off(&d).is_some(), "{note}");
            }
        }
        // Counter-example: across other furniture (an advert's label) the
        // paragraph still runs on.
        let rest = "Dock Street on Friday, after the vote on the budget, the harbour master said.";
        let d = ingest_str(&format!(
            "Port sets new fees\n\n{lead}\n\n{cut}\n\nAdvertisement\n\n{rest}\n"
        ));
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.text == format!("{cut} {rest}")),
            "{:?}",
            d.paragraphs
        );
    }

    #[test]
    fn a_crosshead_inside_a_wrapped_stream_is_a_paragraph_of_its_own() {
        // Wrapped at 70 columns with no blank lines, under a headline
        // wider than the wrap; the line over the crosshead is nearly full.
        for (text, before, heading) in [
            (
                "SHIPPING\nDrifting objects in the Adriatic worry the owners of small tankers and ferries\nMarko Horvat\nShipowners with vessels in the northern Adriatic are on alert after a\ntanker struck a floating object near the entrance to the port of\nTrieste. Insurers raised the additional premium for calls in the area\nwithin two days.\nAccording to brokers in Genoa, the premium for a seven-day cover rose\nto one per cent of the hull value, from a quarter of a per cent before\nthe incident. For a small tanker this means an extra cost of up to two\nhundred thousand euros for every single call at the port of Trieste.\nItaly leads the clearance effort\nAt the same time, the Italian navy is leading a group of minehunters\nwith ships from Slovenia and Croatia. The first cleared lane, twelve\nnautical miles long, was announced on Monday.\nCroatia says the objects came from an old wreck.\n",
                "According to brokers in Genoa, the premium for a seven-day cover rose to one per cent of the hull value, from a quarter of a per cent before the incident. For a small tanker this means an extra cost of up to two hundred thousand euros for every single call at the port of Trieste.",
                "Italy leads the clearance effort",
            ),
            (
                "СУДОХОДСТВО\nПлавающие предметы в Азовском море всё сильнее тревожат владельцев танкеров\nИван Петров\nСудовладельцы, чьи суда работают в Азовском море, встревожены после\nтого, как танкер задел плавающий предмет у входа в порт. Страховщики\nза два дня повысили надбавку за заходы в этот район.\nПо данным брокеров в Новороссийске, надбавка за недельное покрытие\nвыросла до одного процента стоимости судна. Для небольшого танкера это\nозначает дополнительные расходы на каждый заход в порт на юге страны.\nКто будет разминировать залив\nТем временем группа тральщиков начала работу у побережья. Первый\nрасчищенный коридор длиной двенадцать морских миль объявили в\nпонедельник.\nВласти считают, что предметы остались от старого затонувшего судна.\n",
                "По данным брокеров в Новороссийске, надбавка за недельное покрытие выросла до одного процента стоимости судна. Для небольшого танкера это означает дополнительные расходы на каждый заход в порт на юге страны.",
                "Кто будет разминировать залив",
            ),
        ] {
            let d = ingest_str(text);
            let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
            assert!(texts.contains(&before), "{texts:?}");
            assert!(texts.contains(&heading), "{texts:?}");
        }
    }

    #[test]
    fn a_line_led_by_a_dash_is_no_heading_and_keeps_its_dash() {
        let long =
            "The committee will meet again on Tuesday to consider the amendments to the bill.";
        for line in [
            "— Digital Foundry (@digitalfoundry) November 18, 2019",
            "— Priya Lodhia, housing lead",
            "– Ali Mansour",
            "• Rent and energy",
            "— Да, конечно",
        ] {
            let d = ingest_str(&format!("{long}\n\n{line}\n\n{long}\n"));
            let p = &d.paragraphs[1];
            assert!(!p.heading, "{line}: {:?}", d.paragraphs);
            assert_eq!(p.text, line);
        }
        // Counter-examples: a short capitalised line is still a heading,
        // and so is an explainer's question led by a dash (without it).
        for (line, heading) in [
            ("Russia exerts its influence", "Russia exerts its influence"),
            ("2024 in numbers", "2024 in numbers"),
            ("— Why are they fighting?", "Why are they fighting?"),
        ] {
            let d = ingest_str(&format!("{long}\n\n{line}\n\n{long}\n"));
            assert!(d.paragraphs[1].heading, "{line}");
            assert_eq!(d.paragraphs[1].text, heading);
        }
    }

    #[test]
    fn short_real_paragraph_survives() {
        // A short one-line paragraph that ends a sentence is not a heading or noise.
        let d = ingest_str(
            "The first paragraph of the story is here, long enough to count as body text.\n\nBoth sides deny it.\n\nThe last paragraph of the story follows here with more words than twelve in it.\n",
        );
        assert_eq!(d.paragraphs.len(), 3);
        assert!(!d.paragraphs[1].heading);
    }

    #[test]
    fn non_latin_text_passes_through() {
        let d = ingest_str(
            "Москва заявила о готовности к посредничеству.\n\nԵրևանը պահանջում է քայլեր։\n\nDie Lage bleibt angespannt, sagte der Sprecher.\n",
        );
        assert_eq!(
            d.paragraphs[0].text,
            "Москва заявила о готовности к посредничеству."
        );
        assert_eq!(d.paragraphs[1].text, "Երևանը պահանջում է քայլեր։");
        assert_eq!(
            d.paragraphs[2].text,
            "Die Lage bleibt angespannt, sagte der Sprecher."
        );
    }

    #[test]
    fn a_page_set_in_two_columns_is_read_column_by_column_with_its_lines() {
        let left = [
            "  Sur le papier, tout devrait aller mieux. Le",
            "mégawattheure pour livraison en 2027 s'échange",
            "autour de 58 euros, deux fois moins qu'au plus",
            "fort de la crise de 2022. Les centrales d'EDF",
            "ont retrouvé un niveau de production inédit et",
            "les parcs solaires saturent le réseau à l'heure",
            "du déjeuner. Pourtant, les quelque 20 millions",
        ];
        let right = [
            "de foyers abonnés au tarif réglementé ne verront",
            "pas leur facture baisser le 1er février prochain.",
            "  La Commission de régulation de l'énergie, qui",
            "doit transmettre sa proposition au gouvernement",
            "d'ici à la mi-janvier, table sur une quasi-stabi-",
            "lité, voire une légère hausse de 1 à 2 %, selon",
            "un bon connaisseur du dossier cité par l'agence.",
        ];
        let rows: Vec<String> = left
            .iter()
            .zip(right)
            .map(|(l, r)| format!("{l:<48}     {r}"))
            .collect();
        let text = format!(
            "Électricité : la facture qui ne baisse plus\n\nPar Claire Duval\n\n{}\n",
            rows.join("\n")
        );
        let d = ingest_str(&text);
        assert_eq!(
            d.title.as_deref(),
            Some("Électricité : la facture qui ne baisse plus")
        );
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:#?}");
        assert!(texts[0].starts_with("Sur le papier"), "{texts:#?}");
        assert!(texts[0].ends_with("1er février prochain."), "{texts:#?}");
        assert!(texts[1].contains("quasi-stabilité"), "{texts:#?}");
        // The lines are the file's: the first paragraph runs from the
        // left column's first line to the right column's second; the
        // second is set in the right column from the third line on.
        assert_eq!(d.paragraphs[0].lines, [5, 11]);
        assert_eq!(d.paragraphs[1].lines, [7, 11]);
    }

    #[test]
    fn a_wires_name_under_the_header_date_goes() {
        let body = "The city council of Lviv approved a plan on Tuesday to rebuild the old\n\
                    tram depot as a school, with work to start in the spring and end in\n\
                    two years, the mayor's office said.\n\
                    The plan will cost 12 million euros, most of it from a loan from the\n\
                    European Investment Bank, the office added.\n";
        for (stamp, wire) in [
            ("Society 14.03.2027 09:12", "Interfax"),
            ("14 March 2027, 09:12", "Unian"),
        ] {
            let d = ingest_str(&format!(
                "Lviv turns an old tram depot into a school\n{stamp}\n{wire}\n{body}"
            ));
            assert!(d.date.is_some(), "{stamp}");
            assert!(
                d.paragraphs.iter().all(|p| p.text != wire),
                "{:?}",
                d.paragraphs
            );
            assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        }
        // Counter-example: a word set apart from the date by a blank line
        // stays where it was read.
        let d = ingest_str(&format!(
            "Lviv turns an old tram depot into a school\n14 March 2027, 09:12\n\nInterfax\n\n{body}"
        ));
        assert!(
            !d.removed
                .iter()
                .any(|r| r.text == "Interfax" && r.reason == Reason::Dateline),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn a_credit_broken_after_a_small_word_takes_the_line_under_it() {
        let body = "The city council of Lviv approved a plan on Tuesday to rebuild the old\n\
                    tram depot as a school, with work to start in the spring and end in\n\
                    two years, the mayor's office said.\n\
                    The plan will cost 12 million euros, most of it from a loan.\n";
        for (credit, rest) in [
            ("Photo: Ministry of Education and Science of", "Ukraine"),
            (
                "Foto: Ministerium für Bildung und Forschung des",
                "Landes Hessen",
            ),
        ] {
            let d = ingest_str(&format!("{body}{credit}\n{rest}\nRead more: the plan\n"));
            assert!(
                d.paragraphs.iter().all(|p| !p.text.contains(rest)),
                "{:?}",
                d.paragraphs
            );
        }
        // Counter-example: a credit whole on its line leaves the line
        // under it.
        let d = ingest_str(&format!(
            "{body}Photo: Ministry of Education\nWhat Comes Next\nThe school opens in May.\n"
        ));
        assert!(
            !d.removed
                .iter()
                .any(|r| r.text == "What Comes Next" && r.reason == Reason::Credit),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn a_pdf_prints_header_and_wrapped_captions() {
        let body = "Rents in Dublin rose by 8 per cent in the year to the end of March, pushing\n\
                    the average monthly cost of a home in the capital above 2,400 for the first\n\
                    time, according to a new report.\n\n\
                    The quarterly survey, published on Wednesday by property website Letting.ie,\n\
                    found that just 1,180 homes were available to rent across the country on May\n\
                    1st, the lowest figure since the series began in 2006.\n";
        let d = ingest_str(&format!(
            "Dublin rents rise 8% in a year as homes to let fall to a record low\n\n\
             Average monthly rent in the capital now exceeds 2,400, according to latest\n\
             quarterly report\n\n\
             Rents in Dublin have risen by 8 per cent in the year to March. Photograph: Cian\n\
             Hogan/The Irish Times\n\n\
             Aoife Brennan\n\nWed May 8 2024 - 06:00\n\nListen | 3:58\n\n{body}"
        ));
        assert!(
            d.subtitle
                .as_deref()
                .is_some_and(|s| s.ends_with("quarterly report"))
        );
        assert_eq!(d.authors, ["Aoife Brennan"]);
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2024, 5, 8));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // A credit whole (with its agency) takes no line under it: the
        // writer with the role glued on.
        let d = ingest_str(&format!(
            "Dublin rents rise 8% in a year as homes to let fall to a record low\n\n\
             Families have been placed in hotels for months. Photograph: Gareth Fuller/PA\n\
             Aoife Brennan Housing correspondent\nWed May 8 2024 - 06:00\n\n{body}"
        ));
        assert_eq!(d.authors, ["Aoife Brennan"], "{:?}", d.removed);
        // A caption's first line over its credit line, in a print without
        // blank lines.
        let d = ingest_str(&format!(
            "Baltic ports brace for slump as transit trade dries up\n\
             Published November 21, 2023\n\
             The port of Muuga near Tallinn. Volumes at the main cargo terminal have\n\
             almost halved this year © Ints Priede/Bloomberg\n{body}"
        ));
        assert!(
            d.paragraphs.iter().all(|p| !p.text.contains("Muuga")),
            "{:?}",
            d.paragraphs
        );
        // Counter-example: a paragraph ending a sentence over a caption stays.
        let d = ingest_str(&format!(
            "{body}\nThe port of Muuga is the largest in the country.\n\
             almost halved this year © Ints Priede/Bloomberg\n"
        ));
        assert!(
            d.paragraphs.iter().any(|p| p.text.contains("Muuga")),
            "{:?}",
            d.paragraphs
        );
        // A caption wrapped over two lines, its credit in brackets on the
        // second; a short paragraph ending in brackets stays.
        let d = ingest_str(&format!(
            "{body}
Luis Navarro stands at the edge of a fallow field he has agreed to sell for a
             data center in Eloy, Ariz. (Caitlin O’Hara for The Washington Post)

{body}
             The council will vote again in April, after a second public hearing
             on the plan (the third this year).
"
        ));
        assert!(
            d.paragraphs.iter().all(|p| !p.text.contains("Navarro")),
            "{:?}",
            d.paragraphs
        );
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.text.contains("third this year")),
            "{:?}",
            d.paragraphs
        );
    }

    /// Two short paragraphs of an article, for the rules on what ends it.
    const COUNCIL: &str = "The council voted on Tuesday to raise water rates by twelve percent.\n\n\
                           The new rates take effect on May 1, the city manager said.\n\n";

    #[test]
    fn a_pages_hashtags_are_tags_and_a_paragraphs_stay() {
        let body = COUNCIL;
        let d = ingest_str(&format!("{body}#Budapest\n#HÉV\n#metró\n"));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        assert_eq!(
            d.removed
                .iter()
                .filter(|r| r.reason == Reason::Tags)
                .count(),
            3
        );
        let d = ingest_str(&format!("{body}#метро #транспорт\n\n#MeToo\n"));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
        assert_eq!(d.paragraphs[2].text, "#MeToo");
        let d = ingest_str(&format!(
            "{body}This shop has been compensated by a sponsor. All opinions are mine alone.\n\
             #HealthyHydration #ad\n"
        ));
        assert!(
            d.paragraphs.last().is_some_and(|p| p.text.ends_with("#ad")),
            "{:?}",
            d.paragraphs
        );
        // A row under a short label, the share row right under it.
        let d = ingest_str(&format!(
            "{body}この記事の関連キーワード\n#JR北海道 #函館線 #公共交通\nシェア X（旧Twitter） Facebook LINE メール\n"
        ));
        assert!(
            d.removed
                .iter()
                .any(|r| r.reason == Reason::Tags && r.text.starts_with("#JR")),
            "{:?}",
            d.removed
        );
        // Two hashtags under a sentence that ends no paragraph's label.
        let d = ingest_str(&format!(
            "{body}Follow the vote tonight, with\n#council #water\nin your feed.\n"
        ));
        assert!(
            d.removed.iter().all(|r| r.reason != Reason::Tags),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn listed_tags_and_share_buttons_under_the_article_go() {
        let body = COUNCIL;
        let d = ingest_str(&format!(
            "{body}Tag\n\n-   water rates\n-   city council\n\nBagikan artikel ini melalui\n\n-   Facebook\n-   Twitter\n-   Whatsapp\n-   Line\n-   Copy Link\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let why = |r: Reason| d.removed.iter().filter(|x| x.reason == r).count();
        assert_eq!(why(Reason::Tags), 3, "{:?}", d.removed);
        assert_eq!(why(Reason::Share), 6, "{:?}", d.removed);
        // Counter-examples: the article's own list under its own line, and
        // a list with one network in it.
        let d = ingest_str(&format!(
            "{body}The plan names three districts:\n\n- Újpest\n- Kispest\n- Csepel\n\nThey posted on\n\n- Facebook\n- the town's notice board\n"
        ));
        let all: String = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(all.contains("Kispest") && all.contains("Facebook"), "{all}");
        assert!(
            d.removed
                .iter()
                .all(|r| r.reason != Reason::Tags && r.reason != Reason::Share),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn a_pointer_to_another_story_wrapped_over_two_lines_goes_whole() {
        let body = COUNCIL;
        let d = ingest_str(&format!(
            "{body}Baca juga: Jelang Paripurna, Fraksi-fraksi Masih Beda Sikap soal\nE-Voting\n\n{body}"
        ));
        assert_eq!(d.paragraphs.len(), 4, "{:?}", d.paragraphs);
        assert!(d.paragraphs.iter().all(|p| p.text != "E-Voting"));
        // Counter-example: a sentence under a pointer that ends its own
        // line is the article's.
        let d = ingest_str(&format!(
            "{body}Read more: the council's plan\nThe mayor said the rates would rise.\n\n{body}"
        ));
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.text.contains("The mayor said")),
            "{:?}",
            d.paragraphs
        );
    }

    #[test]
    fn a_promotion_or_footer_wrapped_over_lines_goes_whole() {
        let body = "The council voted on Tuesday to raise water rates by twelve percent for\n\
                    every household in the city, the mayor said.\n\n\
                    The new rates take effect on May 1, the city manager said on Wednesday.\n\n";
        let d = ingest_str(&format!(
            "{body}Bestens informiert mit SZ Plus – 4 Wochen kostenlos zur Probe lesen. Jetzt be-\n\
             stellen unter: www.sz.de/szplus-testen\n\n{body}\
             Copyright: Süddeutsche Zeitung Digitale Medien GmbH / Süddeutsche Zeitung GmbH\n\
             Quelle: SZ\n"
        ));
        assert_eq!(d.paragraphs.len(), 4, "{:?}", d.paragraphs);
        // A paragraph that only starts like a footer stays whole.
        let d = ingest_str(&format!(
            "{body}Copyright: Lawyers for the family said the photographs had been used\n\
             without their consent, and asked the court to order their removal from the\n\
             site before the trial opens next month.\n"
        ));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
        assert!(d.paragraphs[2].text.starts_with("Copyright: Lawyers"));
        // A copyright notice too long to be told whole goes whole.
        let d = ingest_str(&format!(
            "{body}Copyright © 2024 The Associated Press. All rights reserved. This material may not be\n\
             published, broadcast, rewritten or redistributed without the written permission of the\n\
             agency and its partners in any country.\n"
        ));
        assert!(
            d.paragraphs
                .iter()
                .all(|p| !p.text.contains("Associated Press") && !p.text.contains("redistributed")),
            "{:?}",
            d.paragraphs
        );
        // A byline and dates over a newsletter's call are not its lines.
        let d = ingest_str(&format!(
            "Deals are live on controllers and headphones this week\n\n\
             By Eric Song, IGN Staff\nUpdated: 18 Nov 2019 9:38 pm\n\
             Want more deals? Sign up for the IGN Deals Newsletter.\n\n{body}"
        ));
        assert_eq!(d.authors, ["Eric Song"], "{:?}", d.removed);
    }

    #[test]
    fn a_networks_letter_beside_share_buttons_is_a_share_button() {
        let body = "The council voted on Tuesday to raise water rates by twelve percent.\n\n\
                    The new rates take effect on May 1, the city manager said.";
        for tail in [
            "Share\nX\nFacebook",
            "Condividi\n\nX\n\nFacebook",
            "Teilen\n𝕏",
        ] {
            let d = ingest_str(&format!("{body}\n\n{tail}\n"));
            assert_eq!(d.paragraphs.len(), 2, "{tail}: {:?}", d.paragraphs);
            assert!(
                d.removed
                    .iter()
                    .any(|r| r.text.contains('X') || r.text == "𝕏"),
                "{tail}"
            );
        }
        // Counter-example: a letter alone with no share button beside it.
        let d = ingest_str(&format!("{body}\n\nX\n\nThe variable is named above."));
        assert!(
            d.paragraphs.iter().any(|p| p.text == "X"),
            "{:?}",
            d.paragraphs
        );
    }

    #[test]
    fn front_matter_wins_over_inference() {
        let d = ingest_str(
            "+++\ntitle = \"Stated title\"\ndate = 2020-01-02\n+++\n# Inferred title\n\nBody text here.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Stated title"));
        assert_eq!(d.provenance["title"], Provenance::FrontMatter);
        assert_eq!(d.date.unwrap().to_string(), "2020-01-02");
        assert_eq!(d.metadata[0].lines, [1, 4]);
    }

    #[test]
    fn a_crosshead_in_strong_emphasis_is_its_own_paragraph_in_markdown() {
        let text = format!(
            "# Heat record in the city\n\n{LONG_A}\n{LONG_C}\n**Hospitals add night shifts**\n{LONG_A}\n**Bold lead-in** and {LONG_C}\n"
        );
        let d = ingest(&text, Format::Markdown, &Context::default()).unwrap();
        let paras: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(paras.contains(&"Hospitals add night shifts"), "{paras:?}");
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.heading && p.text == "Hospitals add night shifts")
        );
        // Counter-example: a bold lead-in stays in its paragraph.
        assert!(
            paras.iter().any(|p| p.starts_with("Bold lead-in and")),
            "{paras:?}"
        );
    }

    #[test]
    fn a_korean_reporters_sign_off_under_the_article_gives_the_writer() {
        let para = "서울시는 15일 지하철 9호선 연장 구간의 개통을 다음 달로 미룬다고 밝혔다. 시는 안전 점검에서 신호 장치의 결함이 발견됐다고 설명했다.";
        let text = format!(
            "9호선 연장 개통 한 달 연기\n\n{para}\n\n{para}\n\n이서연 기자 seoyeon@example.co.kr\n"
        );
        let d = ingest(&text, Format::Text, &Context::default()).unwrap();
        assert_eq!(d.authors, ["이서연"]);
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // Counter-example: a sentence about a reporter stays in the body.
        let text = format!(
            "9호선 연장 개통 한 달 연기\n\n{para}\n\n{para}\n\n이서연 기자는 현장에서 전했다.\n"
        );
        let d = ingest(&text, Format::Text, &Context::default()).unwrap();
        assert!(d.authors.is_empty());
        assert_eq!(d.paragraphs.len(), 3);
    }

    #[test]
    fn a_bold_standfirst_under_front_matter_is_no_crosshead() {
        let text = format!(
            "---\ntitle: \"Heat record in the city\"\nsaved: 2028-03-16\n---\n\n\
             # Heat record in the city\n\n**Hospitals add night shifts as wards fill up**\n\n\
             Por Ana Gómez e Rui Prates\n\n16/03/2028 05h01\n\n{LONG_A}\n\n\
             **Hospitals add night shifts**\n\n{LONG_C}\n"
        );
        let d = ingest(&text, Format::Markdown, &Context::default()).unwrap();
        assert_eq!(
            d.subtitle.as_deref(),
            Some("Hospitals add night shifts as wards fill up")
        );
        assert_eq!(d.authors, ["Ana Gómez", "Rui Prates"]);
        // Counter-example: the bold line under the body's first paragraph
        // is still a crosshead.
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.heading && p.text == "Hospitals add night shifts")
        );
    }

    #[test]
    fn markdown_page_with_yaml_lists_and_page_furniture() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/markdown-page.md"
        ))
        .unwrap();
        let d = ingest(&text, Format::Markdown, &Context::default()).unwrap();
        assert_eq!(d.title.as_deref(), Some("Russia and the Caucasus"));
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 19));
        let paras: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            paras,
            vec![
                "Russia has a military base in Gyumri, and Armenia hosts it.",
                "The new treaty was signed in 1995.",
                "Russia sends troops.",
                "Armenia pays nothing.",
                "The toll reached 100. Officials said more may have died.",
            ]
        );
        let reasons: Vec<&str> = d.removed.iter().map(|r| r.reason.as_str()).collect();
        for r in [
            Reason::Share,
            Reason::Struck,
            Reason::LinkDefinition,
            Reason::Footer,
        ] {
            assert!(reasons.contains(&r.as_str()), "{r} not in {reasons:?}");
        }
        let lost = super::super::lost_lines(&text, &d);
        assert!(lost.is_empty(), "{lost:?}");
    }

    const LONG_A: &str = "Councils in England overspent their temporary accommodation budgets by a combined sum last year, according to an analysis of spending returns, and some warned of effective bankruptcy within two years.";
    const LONG_B: &str = "“We are spending money we simply do not have,” she said. “Every pound that goes to a nightly-rate landlord is a pound that doesn’t go to building the homes that would get people out of it.”";
    const LONG_C: &str = "The Local Government Association said the figures matched its own modelling and called for the housing allowance to be raised in line with rents across the country.";

    #[test]
    fn a_headline_a_wrap_broke_over_two_lines_is_the_title() {
        let head = "NERC caps estimated bills, orders DisCos to meter two million\ncustomers by June\n\nBy Ebuka Nwosu\nNovember 5, 2026\n\n";
        let body = "The Nigerian Electricity Regulatory Commission (NERC) has ordered\nelectricity distribution companies to stop issuing estimated bills\nabove a new monthly cap and to install meters for two million\ncustomers by the end of June 2027.\n\nIn an order dated 3 November and made public on Wednesday, the\ncommission said the cap would apply to all customers without meters\nacross the 11 distribution zones.\n";
        let d = ingest(&format!("{head}{body}"), Format::Text, &Context::default()).unwrap();
        assert_eq!(
            d.title.as_deref(),
            Some("NERC caps estimated bills, orders DisCos to meter two million customers by June")
        );
        assert_eq!(d.authors, ["Ebuka Nwosu"]);
        // A first paragraph over a byline at its end is no headline: it
        // ends a sentence.
        let sentence = "The regulator capped estimated bills on Tuesday and ordered new\nmeters for two million customers.\n\nBy Ebuka Nwosu\nNovember 5, 2026\n\n";
        let d = ingest(
            &format!("{sentence}{body}"),
            Format::Text,
            &Context::default(),
        )
        .unwrap();
        assert_eq!(d.title, None);
    }

    #[test]
    fn pull_quotes_go_and_subheadings_stay() {
        // A pull quote with its speaker under the paragraph it quotes.
        let d = ingest_str(&format!(
            "{LONG_A}\n\n{LONG_B}\n\nEvery pound that goes to a nightly-rate landlord is a pound that doesn’t go to building the homes\n\n\
             Priya Lodhia, London borough housing lead\n\n{LONG_C}\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_B, LONG_C]);
        assert_eq!(
            d.removed
                .iter()
                .filter(|r| r.reason == Reason::PullQuote)
                .count(),
            2,
            "{:?}",
            d.removed
        );
        // One paragraph to a line, the quotation under the one it repeats.
        let d = ingest_str(&format!(
            "{LONG_A}\n{LONG_B}\n„Every pound that goes to a nightly-rate landlord is a pound”\n{LONG_C}\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_B, LONG_C]);
        // Counter-examples: a subheading quoting the paragraph under it; a
        // subheading in title case; a short paragraph said once.
        for head in [
            "‘Every pound that goes to a landlord is a pound lost’",
            "Every Pound That Goes To A Nightly-Rate Landlord",
            "The council declined to comment on the figures.",
        ] {
            let b = LONG_B.replace(
                "Every pound that goes to a nightly-rate landlord is a pound that",
                "Every pound that goes to a landlord is a pound lost, and one that",
            );
            let text = format!("{LONG_A}\n\n{head}\n\n{b}\n\n{LONG_C}\n");
            let d = ingest_str(&text);
            assert!(texts(&d).contains(&head), "{head}: {:?}", texts(&d));
        }
    }

    #[test]
    fn a_box_of_main_points_over_the_article_goes() {
        let d = ingest_str(&format!(
            "In short:\nSurveys of 213 reefs found two-thirds still have coral cover.\nSome reefs lost up to 70 per cent of their corals.\n\
             What's next?\nThe findings will feed into a report to UNESCO.\n{LONG_A}\n{LONG_C}\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        assert_eq!(
            d.removed
                .iter()
                .filter(|r| r.reason == Reason::Summary)
                .count(),
            5,
            "{:?}",
            d.removed
        );
        // Counter-examples: a section headed "Summary" over a wrapped
        // paragraph; points below the first long paragraph.
        let text = format!(
            "Summary\n\nThe report found that most reefs had\nrecovered, though some had not, and\nthe authors urged caution.\n\n{LONG_A}\n"
        );
        assert_eq!(
            ingest_str(&text).paragraphs.len(),
            3,
            "{:?}",
            texts(&ingest_str(&text))
        );
        let text = format!("{LONG_A}\nIn short:\nThe reefs recovered.\n{LONG_C}\n");
        assert!(texts(&ingest_str(&text)).contains(&"The reefs recovered."));
    }

    #[test]
    fn a_box_of_what_to_know_in_bullets_goes() {
        let d = ingest_str(&format!(
            "What you need to know:\n\n- Levels at the dam have dropped to 54 per cent.\n- Three estates get water on Tuesday.\n\n{LONG_A}\n\n{LONG_C}\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        // A section of the article under such a heading stays.
        let text = format!("{LONG_A}\n\nWhat you need to know:\n\n- The dam is low.\n\n{LONG_C}\n");
        assert!(
            texts(&ingest_str(&text))
                .iter()
                .any(|t| t.contains("The dam is low."))
        );
    }

    #[test]
    fn an_article_posted_in_a_chat_is_read_out_of_it() {
        let text = format!(
            "13/02/2025, 21:04 - Messages and calls are end-to-end encrypted.\n\
             14/02/2025, 06:12 - Kamau J.: gate closed 10-12 today\n\
             14/02/2025, 18:55 - Achieng O.: Anyone else no water since Tuesday??\n\
             15/02/2025, 07:51 - Wanjiku M.: *Water rationing to last until April*\n\n\
             By Collins Mwangi\n\n{LONG_A}\n\n{LONG_B}\n\n{LONG_C}\n\
             15/02/2025, 07:58 - Achieng O.: So we are Tuesday Friday Sunday\n"
        );
        let d = ingest_str(&text);
        assert_eq!(texts(&d), [LONG_A, LONG_B, LONG_C]);
        assert_eq!(
            d.title.as_deref(),
            Some("Water rationing to last until April")
        );
        assert!(!d.truncated);
        let chat = d
            .removed
            .iter()
            .filter(|r| r.reason == Reason::Chat)
            .count();
        assert_eq!(chat, 5, "{:?}", d.removed);
    }

    #[test]
    fn a_writer_with_an_academics_post_is_read_without_a_date() {
        let text = format!(
            "theconversation.com\n\nFlood Re was meant to buy Britain time on flood insurance\n\n\
             Rachel Okafor, Associate Professor of Risk and Insurance, University of Nottingham\n\n\
             6–8 minutes\n\n{LONG_A}\n\n{LONG_B}\n"
        );
        let d = ingest_str(&text);
        assert_eq!(d.authors, ["Rachel Okafor"]);
        assert_eq!(texts(&d), [LONG_A, LONG_B]);
        // Counter-example: a place and its university, no post.
        let d = ingest_str(&text.replace(
            "Rachel Okafor, Associate Professor of Risk and Insurance, University of Nottingham",
            "New Haven, Connecticut, Yale University",
        ));
        assert!(d.authors.is_empty(), "{:?}", d.authors);
    }

    #[test]
    fn a_box_of_related_headlines_over_a_line_taken_out_goes() {
        // Text with no blank lines: the box's heading, two headlines, the
        // site's "continued" line (taken out by itself), the text going on.
        let text = format!(
            "{LONG_A}\nİLGİLİ HABERLER\nEmekliye ocak zammı için kritik hafta\n\
             Kira artışında aralık tablosu netleşiyor\nHaberin Devamı\n{LONG_B}\n"
        );
        let d = ingest_str(&text);
        assert_eq!(texts(&d), [LONG_A, LONG_B]);
        // Counter-example: headlines under a heading that says nothing of
        // other stories stay.
        let text = format!(
            "{LONG_A}\nWhat the council decided\nA new bridge for the east\n\
             Haberin Devamı\n{LONG_B}\n"
        );
        let d = ingest_str(&text);
        assert!(texts(&d).len() > 2, "{:?}", texts(&d));
    }

    #[test]
    fn markdown_wrapped_at_72_columns_reads_its_links_and_captions_over_lines() {
        // As pandoc writes a page: wrapped, a writer linked to their page,
        // a caption in italics over two lines, links broken over lines in
        // the text and in a list of related stories.
        let md = "# Négy év alatt megduplázódott a betöltetlen körzetek száma\n\n\
                  [Szabó Dóra](https://telex.hu/szerzo/szabo-dora)\n\n\
                  2025\\. július 3. -- 14:12\n\n\
                  *Várakozó betegek egy borsodi falu orvosi rendelőjében -- Fotó: Bődi\n\
                  Márk / Telex*\n\n\
                  Magyarországon jelenleg 412 háziorvosi körzet működik tartósan\n\
                  betöltetlenül, ami csaknem kétszerese a négy évvel ezelőttinek -- derül\n\
                  ki a [Nemzeti Népegészségügyi és Gyógyszerészeti\n\
                  Központ](https://nngyk.gov.hu/alapellatas/betoltetlen-haziorvosi-korzetek)\n\
                  legfrissebb adataiból.\n\n\
                  A probléma leginkább a kistelepüléseket érinti. A körzetek közel ötöde\n\
                  üres, és több olyan település is van, ahol évek óta nem sikerült orvost\n\
                  találni a praxisra.\n\n\
                  Kapcsolódó cikkek\n\n\
                  -   [Ötszáz település maradhat háziorvos nélkül a következő\n    \
                  években](https://telex.hu/belfold/2024/11/20/haziorvos-hiany-telepulesek)\n";
        let d = ingest(md, Format::Markdown, &Context::default()).unwrap();
        assert_eq!(d.authors, ["Szabó Dóra"]);
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2025, 7, 3));
        let texts: Vec<&str> = d.passages().map(|(_, p)| p.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:#?}");
        assert!(
            texts[0].ends_with("derül ki a Nemzeti Népegészségügyi és Gyógyszerészeti Központ legfrissebb adataiból."),
            "{texts:#?}"
        );
        assert!(texts[1].ends_with("a praxisra."), "{texts:#?}");
        let gone = |reason: Reason| d.removed.iter().filter(|r| r.reason == reason).count();
        assert_eq!(gone(Reason::Caption), 2, "{:?}", d.removed);
        assert_eq!(gone(Reason::Navigation), 2, "{:?}", d.removed);
        assert_eq!(gone(Reason::Related), 1, "{:?}", d.removed);
        assert_eq!(super::super::lost_lines(md, &d), vec![]);
    }

    #[test]
    fn a_clipped_images_caption_and_credit_go() {
        let md = format!(
            "![Kyle Brennan walks along a dry ditch.](https://example.com/a.jpg)\n\nKyle Brennan walks along a dry ditch.\n\n\
             Lauren Whitcomb/KUNC\n\nhide caption\n\ntoggle caption\n\nLauren Whitcomb/KUNC\n\n{LONG_A}\n\n\
             ![A map of the basin.](https://example.com/b.png)\n\nDistricts in the pilot are on two rivers.\n\nKaitlyn Moss/NPR\n\n{LONG_C}\n"
        );
        let d = ingest(&md, Format::Markdown, &Context::default()).unwrap();
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        // Counter-example: a paragraph under an image, with no credit under it.
        let md = format!(
            "![A map.](https://example.com/b.png)\n\nDistricts in the pilot are on two rivers.\n\n{LONG_C}\n"
        );
        let d = ingest(&md, Format::Markdown, &Context::default()).unwrap();
        assert_eq!(
            texts(&d),
            ["Districts in the pilot are on two rivers.", LONG_C]
        );
    }

    #[test]
    fn a_writer_over_a_place_over_the_date() {
        for header in [
            "Meera Raghunathan\nKOCHI\nUpdated - July 17, 2024 09:41 pm IST",
            "Meera Raghunathan\n\nKochi\n\nJuly 17, 2024\n",
        ] {
            let d = ingest_str(&format!(
                "Heavy rain shuts four dams in Idukki and Ernakulam districts\n{header}\n{LONG_A}\n{LONG_C}\n"
            ));
            assert_eq!(d.authors, ["Meera Raghunathan"], "{header}");
            assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2024-07-17"));
            assert_eq!(texts(&d), [LONG_A, LONG_C], "{header}");
        }
        // Counter-example: a name and a place with no date under them are a
        // paragraph's business.
        let d = ingest_str(&format!(
            "Heavy rain shuts four dams in Idukki and Ernakulam districts\nMeera Raghunathan\nKochi\n{LONG_A}\n"
        ));
        assert!(d.authors.is_empty(), "{:?}", d.authors);
    }

    #[test]
    fn a_writer_over_a_place_after_a_preposition_over_the_date() {
        for (header, name, day) in [
            (
                "Claire Tremblay\nà Montréal\n3 mars 2024",
                "Claire Tremblay",
                "2024-03-03",
            ),
            (
                "Tomasz Nowak\nw Warszawie\n3 marca 2024",
                "Tomasz Nowak",
                "2024-03-03",
            ),
            (
                "Laura Gómez\nen Bruselas\n3 de marzo de 2024",
                "Laura Gómez",
                "2024-03-03",
            ),
            (
                "Anna Huber\naus Wien\n3. März 2024",
                "Anna Huber",
                "2024-03-03",
            ),
            (
                "Олена Коваль\nв Києві\n3 березня 2024",
                "Олена Коваль",
                "2024-03-03",
            ),
        ] {
            let d = ingest_str(&format!(
                "Heavy rain shuts four dams in Idukki and Ernakulam districts\n\n{header}\n\n{LONG_A}\n\n{LONG_C}\n"
            ));
            assert_eq!(d.authors, [name], "{header}");
            assert_eq!(
                d.date.map(|d| d.to_string()).as_deref(),
                Some(day),
                "{header}"
            );
            assert_eq!(texts(&d), [LONG_A, LONG_C], "{header}");
        }
        // Counter-examples: no date under the place, or a line that goes on
        // as a sentence, leave the lines to the text.
        for header in [
            "Claire Tremblay\nà Montréal",
            "Claire Tremblay\nà Montréal, hier, a dit que la ville paiera.\n3 mars 2024",
        ] {
            let d = ingest_str(&format!(
                "Heavy rain shuts four dams in Idukki and Ernakulam districts\n\n{header}\n\n{LONG_A}\n"
            ));
            assert!(d.authors.is_empty(), "{header}: {:?}", d.authors);
        }
    }

    #[test]
    fn a_section_label_closing_the_header_under_writer_and_date() {
        let d = ingest_str(&format!(
            "Heavy rain shuts four dams in Idukki and Ernakulam districts\n\nClaire Tremblay\nà Montréal\n3 mars 2024\nTransports\n\n{LONG_A}\n\n{LONG_C}\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        assert!(
            d.metadata
                .iter()
                .any(|m| m.field == "section" && m.text == "Transports")
        );
        // Counter-example: a subheading set apart from the header by a
        // blank line stays the article's.
        let d = ingest_str(&format!(
            "Heavy rain shuts four dams in Idukki and Ernakulam districts\n\nClaire Tremblay\nà Montréal\n3 mars 2024\n\n{LONG_A}\n\nThe inquiry\n\n{LONG_C}\n"
        ));
        assert_eq!(texts(&d), [LONG_A, "The inquiry", LONG_C]);
    }

    #[test]
    fn a_newsletters_section_label_over_headline_standfirst_and_writer() {
        let d = ingest_str(&format!(
            "MONTENEGRO\n\nMontenegro Court Halts Ski Resort Construction on Bjelasica\n\n\
             Administrative Court annuls environmental permit for 78-million-euro\nproject near a national park, citing lack of impact\nassessment.\n\n\
             Milica Stankovic\nPodgorica\n17 July 2024\n\n{LONG_A}\n\n{LONG_C}\n"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Montenegro Court Halts Ski Resort Construction on Bjelasica")
        );
        assert_eq!(d.authors, ["Milica Stankovic"]);
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
    }

    #[test]
    fn a_reading_services_header_gives_address_date_and_the_headlines_name() {
        let md = |s: &str| ingest(s, Format::Markdown, &Context::default()).unwrap();
        let menu = "*   [News](https://example.jp/news/)\n*   [Sports](https://example.jp/sports/)\n*   [Life](https://example.jp/life/)\n*   [Video](https://example.jp/video/)\n*   [Ranking](https://example.jp/ranking/)\n";
        let d = md(&format!(
            "Title: Osaka resort opening put back a year over soft ground | Example Shimbun\n\n\
             URL Source: https://example.jp/articles/A1.html\n\n\
             Published Time: 2027-08-19T05:00:00+09:00\n\nMarkdown Content:\n\
             [Log in](https://example.jp/login)\n\n{menu}\n\
             Osaka resort opening put back a year over soft ground\n=====================\n\n\
             [Society](https://example.jp/society/)\n\n{LONG_A}\n\n{LONG_C}\n"
        ));
        assert_eq!(
            d.url.as_deref(),
            Some("https://example.jp/articles/A1.html")
        );
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2027-08-19"));
        assert_eq!(
            d.title.as_deref(),
            Some("Osaka resort opening put back a year over soft ground")
        );
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        assert!(d.metadata.iter().any(|m| m.text == "Markdown Content:"));
        // Without the service's closing line, "Title:" is a line of text.
        let d = md(&format!(
            "Title: A report\n\nURL Source: https://example.jp/a\n\n{LONG_A}\n"
        ));
        assert_eq!(d.url, None);
    }

    #[test]
    fn a_writers_card_inside_a_tail_of_links_goes_with_it() {
        let tail = "TAGS RELACIONADOS\nMetro de Lima\nATU\nMariela Quispe Huamán\n\
             Periodista de la sección Lima. Cubre transporte, urbanismo y gestión municipal. Licenciada en Periodismo por la Universidad de San Martín de Porres.\n\
             Contenido sugerido\nVía Expresa Sur: cierran tramo por obras\n";
        let d = ingest_str(&format!("{LONG_A}\n{LONG_C}\n{tail}"));
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        assert!(
            d.removed
                .iter()
                .any(|r| r.reason == Reason::Trailer && r.text.starts_with("Periodista"))
        );
        // A long line under a name that opens with no job is the article's:
        // the tail stops above it.
        let tail = "Mariela Quispe Huamán\n\
             Vecinos de El Agustino reclaman que las obras en superficie siguen inconclusas desde hace años, y la municipalidad no responde a sus pedidos.\n\
             Contenido sugerido\nVía Expresa Sur: cierran tramo por obras\n";
        let d = ingest_str(&format!("{LONG_A}\n{tail}"));
        assert!(texts(&d).iter().any(|t| t.starts_with("Vecinos")));
    }

    #[test]
    fn headings_between_asterisks_are_headings() {
        let d = ingest_str(&format!(
            "****** Landslide shuts the Badrinath highway ******\n{LONG_A}\n**** Orange alert ****\n{LONG_C}\n"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Landslide shuts the Badrinath highway")
        );
        let heads: Vec<&str> = (d.paragraphs.iter())
            .filter(|p| p.heading)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(heads, ["Orange alert"]);
        // Wrapped over two lines: no line runs into the text under it.
        let d = ingest_str(&format!(
            "****** Landslide shuts the Badrinath highway, pilgrimage halted for\ntwo days ******\n{LONG_A}\n{LONG_C}\n"
        ));
        let body: Vec<&str> = (d.paragraphs.iter())
            .filter(|p| !p.heading)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(body, [LONG_A, LONG_C]);
        // A line opening with asterisks that close nothing, or closed by
        // another number of them, is text.
        for t in ["** Note: prices rose", "*** Three *****"] {
            let d = ingest_str(&format!("{LONG_A}\n\n{t}\n\n{LONG_C}\n"));
            assert!(d.paragraphs.iter().any(|p| p.text.contains(t)), "{t}");
        }
    }

    #[test]
    fn headlines_listed_under_a_related_heading_go_with_it() {
        let md = |items: &str| {
            let text = format!("{LONG_A}\n\n**READ MORE**\n\n{items}\n\n{LONG_C}\n");
            ingest(&text, Format::Markdown, &Context::default()).unwrap()
        };
        let d = md("* TSC to hire 20,000 intern teachers\n* Heads send students home over fees");
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        assert!(
            (d.removed.iter()).any(|r| r.reason == Reason::Related && r.text.starts_with("Heads"))
        );
        // Items that are sentences are the article's list.
        let d = md("* The union wants a 40 per cent rise.\n* The commission has made no offer.");
        assert_eq!(texts(&d).len(), 4, "{:?}", texts(&d));
    }

    #[test]
    fn a_page_label_set_as_a_heading_is_the_page_s() {
        // Between asterisks or after Markdown's hashes, "Advertisement" in
        // any language and a share label go; a section heading stays.
        let read = |head: &str| {
            let text = format!("{LONG_A}\n\n{head}\n\n{LONG_C}\n");
            let format = if head.starts_with('#') {
                Format::Markdown
            } else {
                Format::Text
            };
            ingest(&text, format, &Context::default()).unwrap()
        };
        for head in [
            "***** विज्ञापन *****",
            "## Advertisement",
            "### Share this article",
            "**** Anzeige ****",
        ] {
            let d = read(head);
            assert_eq!(texts(&d), [LONG_A, LONG_C], "{head}");
            assert!(
                d.removed
                    .iter()
                    .any(|r| matches!(r.reason, Reason::Navigation | Reason::Share)),
                "{head}"
            );
        }
        for head in [
            "## Sources",
            "**** Contact tracing ****",
            "## Advertising rules",
        ] {
            let d = read(head);
            assert_eq!(texts(&d).len(), 3, "{head}");
        }
    }

    #[test]
    fn a_news_database_export_gives_its_text_and_its_fields() {
        let d = ingest_str(&format!(
            "Report Information from ProQuest\nJanuary 22 2024 10:47\n\nTable of contents\n\n1. Metro weighs ending late-night rail service\n\n\
             Document 1 of 1\n\nMetro weighs ending late-night rail service\nDelgado, Marcus. The Washington Post. 18 Jan 2024: B.1.\n\n\
             Full text: {LONG_A}\n\n{LONG_C}\n\nCredit: By Marcus Delgado\n\nSubject: Public transportation; Budgets\n\n\
             Title: Metro weighs ending late-night rail service\n\nPublication title: The Washington Post\n\n\
             Publication date: Jan 18, 2024\n\nDocument URL: https://www.proquest.com/docview/1\n\nContact ProQuest\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        assert_eq!(
            d.title.as_deref(),
            Some("Metro weighs ending late-night rail service")
        );
        assert_eq!(d.authors, ["Marcus Delgado"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2024-01-18"));
        assert!(
            d.removed
                .iter()
                .any(|r| r.reason == Reason::DatabaseField && r.text == "Contact ProQuest"),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn a_factiva_exports_text_fields_alone_on_their_line_are_not_paragraphs() {
        let d = ingest_str(&format!(
            "Page 1 of 1 © 2027 Factiva, Inc. All rights reserved.\n\n\nHD\tMetro weighs ending late-night rail service\n\nBY\tMarcus Delgado\n\nPD\t18 January 2024\n\nLP\t\n{LONG_A}\n\nTD\t\n{LONG_C}\n\nNS\tgtrans : Transport\n\nAN\tDocument WP00000020240118ek1i0001\n\n\nSearch Summary\n\nText\tMetro\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        assert_eq!(d.authors, ["Marcus Delgado"]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2024-01-18"));
    }

    #[test]
    fn a_press_releases_letterhead_label_boilerplate_and_contact_go() {
        let d = ingest_str(&format!(
            "Minnesota Department of Employment and Economic Development\n332 Minnesota Street, St. Paul, MN 55101\n\n\
             NEWS RELEASE\n\nFOR IMMEDIATE RELEASE\nMonday, April 22, 2024\n\n\
             DEED Awards $74.6 Million in Broadband Grants to Rural Homes\n\n{LONG_A}\n\n{LONG_C}\n\n\
             About DEED\nThe Department is the state's principal economic development agency, promoting business growth.\n\n\
             ###\n\nMedia contact:\nJordan Pettersen\n651-555-0147\njordan.pettersen@example.org\n"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("DEED Awards $74.6 Million in Broadband Grants to Rural Homes")
        );
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2024-04-22"));
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        // Counter-example: "###" between a story's parts, with no release
        // label above and no contact under it, is a scene break.
        let d = ingest_str(&format!(
            "{LONG_A}\n\n###\n\n{LONG_C}\n\nThe end came quietly.\n"
        ));
        assert_eq!(texts(&d), [LONG_A, LONG_C, "The end came quietly."]);
    }

    #[test]
    fn a_page_printed_from_firefox_loses_its_heads_and_feet() {
        let head = "Waiting times at the city clinic have doubled – The Courier          https://courier.example/news/i/Ol7kq/waiting-times-at-the...";
        let text = format!(
            "{head}\nThe Courier\nNews Sport Culture Menu\nWaiting times at the city clinic have doubled\nBy Ingrid Solberg\nPublished: 03.03.2028 20:41\n{LONG_A}\nPage 1 of 2          3/3/28, 9:52 PM\n{head}\n{LONG_C}\nPage 2 of 2          3/3/28, 9:52 PM\n"
        );
        let d = ingest_str(&text);
        assert_eq!(
            d.title.as_deref(),
            Some("Waiting times at the city clinic have doubled")
        );
        assert_eq!(texts(&d), [LONG_A, LONG_C]);
        let running = (d.removed.iter())
            .filter(|r| r.reason == Reason::Running)
            .count();
        assert_eq!(running, 4);
        // The feet in other locales; a sentence with a count is none.
        for t in [
            "1 av 2 03.03.2028, 21:52",
            "Seite 2 von 3",
            "03.03.2028, 21:52 Side 1 av 2",
        ] {
            assert!(super::super::furniture::firefox_print_foot(t), "{t}");
        }
        for t in ["1 of 2 ministers resigned", "Page 3 of the report"] {
            assert!(!super::super::furniture::firefox_print_foot(t), "{t}");
        }
        // Without such a foot, a first line ending in an address is text.
        let d = ingest_str(&format!(
            "Read the full report on the clinic online https://courier.example/r\n\n{LONG_A}\n"
        ));
        assert!(
            d.title.is_none()
                || d.title.as_deref() != Some("Read the full report on the clinic online")
        );
    }

    #[test]
    fn a_browser_prints_headline_is_spelled_by_its_print_header() {
        let lines = [
            (3, "World U.S. Election 2024 Politics Sports Entertainment"),
            (5, "Wind-driven wildfire forces thousands to flee Northern"),
            (6, "California foothill towns"),
            (8, "By Julia Mendoza"),
        ];
        let title = "Wind-driven wildfire forces thousands to flee Northern California foothill towns | AP News";
        assert_eq!(spelled_title(title, &lines), Some((1, 2)));
        // Cut short by the browser, the section's name on the other side.
        let lines = [
            (4, "CLIMA Y MEDIO AMBIENTE"),
            (5, "Cataluña prepara restricciones nocturnas de agua si los"),
            (6, "embalses bajan del 15%"),
        ];
        let title = "Cataluña prepara restricciones nocturnas de agua si los embalses bajan del 15% | Clima y Medio Ambie…";
        assert_eq!(spelled_title(title, &lines), Some((1, 2)));
        let lines = [
            (9, "В трех сибирских регионах с начала года закрыли"),
            (10, "больше 40 сельских фельдшерских пунктов"),
        ];
        let title = "В трех сибирских регионах с начала года закрыли больше 40 сельских фельдшерс… — Meduza";
        assert_eq!(spelled_title(title, &lines), Some((0, 2)));
        // A mail program's "Fwd:" is left out; the subject line that keeps
        // it is not the headline.
        let lines = [
            (5, "Fwd: Red Sea detours are still rewriting the schedule"),
            (30, "Red Sea detours are still rewriting the schedule"),
        ];
        assert_eq!(
            spelled_title(
                "Kestrel Mail - Fwd: Red Sea detours are still rewriting the schedule",
                &lines
            ),
            Some((1, 1))
        );
        // Counter-examples: lines not in a row, a site's two-word name, a
        // line that only starts like the title.
        let lines = [
            (5, "Wind-driven wildfire forces thousands"),
            (7, "to flee Northern California foothill towns"),
        ];
        assert_eq!(
            spelled_title(
                "Wind-driven wildfire forces thousands to flee Northern California foothill towns",
                &lines
            ),
            None
        );
        assert_eq!(
            spelled_title("Home | The Guardian", &[(3, "The Guardian")]),
            None
        );
        assert_eq!(
            spelled_title(
                "The council approved the plan on Tuesday after a long…",
                &[(
                    2,
                    "The council approved the plan on Tuesday after a long debate."
                )]
            ),
            None
        );
        assert_eq!(
            spelled_title(
                "Salt creeps up the Delaware - The New York Times",
                &[(3, "Salt creeps up the Delaware again this year")]
            ),
            None
        );
        // Worded apart from the page's title, the headline shares most of
        // its words; a standfirst sharing a few does not.
        let lines = [
            (11, "Wohnen in München"),
            (13, "Stadt geht härter gegen illegale Ferienwohnungen"),
            (14, "vor"),
            (
                16,
                "Tausende Wohnungen werden in München an Touristen vermietet, obwohl das",
            ),
            (17, "verboten ist."),
        ];
        let title = "Zweckentfremdung in München: Stadt geht härter gegen Ferienwohnungen vor - München - SZ.de";
        assert_eq!(spelled_title(title, &lines), Some((1, 2)));
        assert_eq!(spelled_title(title, &lines[3..]), None);
        // Under the article's first sentences, a headline quoted in it
        // is not the page's.
        let lines = [
            (2, "A video showing the dramatic moment a kidnapped girl"),
            (3, "was rescued by police was released Monday."),
            (
                5,
                "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl",
            ),
        ];
        assert_eq!(
            spelled_title(
                "We Got Her Video Shows Dramatic Rescue Of Kidnapped Fort - Nbcdfw",
                &lines
            ),
            None
        );
    }

    #[test]
    fn a_browser_prints_menu_goes_and_its_header_is_read() {
        let body = "OROVILLE, Calif. (AP) — A fast-moving wildfire pushed by gusty afternoon winds tore\n\
                    through dry grass and oak woodland in the Sierra Nevada foothills on Friday, forcing\n\
                    more than 6,000 people from their homes, authorities said.\n\n\
                    The Cherokee Ridge Fire had burned about 11,300 acres by Friday evening and was 5%\n\
                    contained, according to the state's fire agency. The cause was under investigation.\n";
        let foot = "https://apnews.com/article/california-wildfire-3f9c2a7e 1/1";
        let d = ingest_str(&format!(
            "8/10/24, 7:15 AM Wind-driven wildfire forces thousands to flee Northern California foothill towns | AP News\n\n\
             Menu\nWorld U.S. Election 2024 Politics Sports Entertainment Business Science Fact Check\n\
             Oddities Be Well Newsletters Photography Climate Health Tech Lifestyle Religion\nSUBSCRIBE\n\n\
             Wind-driven wildfire forces thousands to flee Northern\nCalifornia foothill towns\n\n\
             By Julia Mendoza and Trevor Kline\nUpdated 6:48 PM PDT, August 9, 2024\nShare\n\n\
             A firefighter watches as flames from the Cherokee Ridge Fire crest a hill near\n\
             Oroville, Calif., Friday, Aug. 9, 2024. (AP Photo/Samuel Ortiz)\n\n{body}\n{foot}\n"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some(
                "Wind-driven wildfire forces thousands to flee Northern California foothill towns"
            )
        );
        assert_eq!(d.authors, ["Julia Mendoza", "Trevor Kline"]);
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2024, 8, 9));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        assert!(d.paragraphs[0].text.starts_with("A fast-moving"));
        // A day-first print header (a print's foot below) goes; a page's
        // own date line in that form, under the headline, is read.
        let d = ingest_str(&format!(
            "12.3.2025 8.14 Espoo aikoo sulkea kolme kirjastoa – asukkaat keräsivät … | HS.fi\n\
             Siirry pääsisältöön\nHS\nUutiset\n\
             Espoo aikoo sulkea kolme kirjastoa – asukkaat keräsivät viikossa 11 000 nimeä\n\
             Säästöohjelma lakkauttaisi kolme kirjastoa. Kaupungin mukaan päätös on vaikea mutta\n\
             välttämätön.\nLaura Hämäläinen\n11.3.2025 16:02 | Päivitetty 11.3.2025 18:40\nJaa\n\n{body}\n\
             https://www.hs.fi/kaupunki/art-2000011093412.html 1/1\n"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Espoo aikoo sulkea kolme kirjastoa – asukkaat keräsivät viikossa 11 000 nimeä")
        );
        assert!(
            d.subtitle
                .as_deref()
                .is_some_and(|s| s.starts_with("Säästöohjelma") && s.ends_with("välttämätön."))
        );
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2025, 3, 11));
        assert!(
            d.paragraphs[0].text.starts_with("A fast-moving"),
            "{:?}",
            d.paragraphs
        );
        // Counter-example: without a print's foot, a first line in the
        // day-first form is a date stamp, read as the date.
        let d = ingest_str(&format!(
            "18.03.2024, 19:02 Uhr Bahn sperrt die Brücke über den Rhein\n\n{body}"
        ));
        assert!(
            d.removed.iter().all(|r| r.reason != Reason::Running),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn a_drop_caps_letter_is_put_back_on_its_word() {
        let rest = "\n\nThe flood came back a year later, and the town decided that the river would keep the land.\n";
        let d = ingest_str(&format!(
            "The Town That Let the River In\n\nT\nhe morning after the water went down, she counted what she could save.{rest}"
        ));
        assert!(
            d.paragraphs[0].text.starts_with("The morning after"),
            "{:?}",
            d.paragraphs
        );
        assert!(
            d.removed
                .iter()
                .any(|r| r.reason == Reason::DropCap && r.text == "T")
        );
        let d = ingest_str(&format!(
            "The Town That Let the River In\n\nT he morning after the water went down, she counted what she could save.{rest}"
        ));
        assert!(
            d.paragraphs[0].text.starts_with("The morning after"),
            "{:?}",
            d.paragraphs
        );
        // Counter-examples: a letter that makes no word the text writes,
        // and a letter that is a word.
        for first in [
            "T cells attack the infected tissue first, the study found.",
            "A year later the water came back, she said.",
        ] {
            let d = ingest_str(&format!("The Town That Let the River In\n\n{first}{rest}"));
            assert_eq!(d.paragraphs[0].text, first);
        }
        let d = ingest_str(&format!(
            "The Town That Let the River In\n\nA\nyear later the water came back, she said.{rest}"
        ));
        assert!(
            d.removed.iter().all(|r| r.reason != Reason::DropCap),
            "{:?}",
            d.removed
        );
    }
    #[test]
    fn a_caption_between_lines_of_one_paragraph_each_parts_them() {
        let page = "Britain’s hedgerows are vanishing faster than they can be replanted\n\n\
                    Helena Marsh Environment correspondent\n\
                    Tue 5 Mar 2024 06.00 GMT\n\n\
                    Farmers and volunteers planted thousands of miles of new hedges in the past decade, but losses to development and neglect are outpacing gains\n\n\
                    A hawthorn hedgerow in Herefordshire. Photograph: Richard Stanton/Alamy\n\n\
                    England is losing its hedgerows faster than they can be replanted, despite a decade of government-funded schemes.\n\n\
                    The study, carried out for the conservation charity CPRE, estimates that about 4,200 miles of hedgerow were lost.\n";
        let d = ingest_str(page);
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.text.starts_with("England is losing")),
            "{:?}",
            d.paragraphs
        );
        // A line in lower case under the caption still carries the
        // sentence on.
        let d = ingest_str(&page.replace("England is losing", "as England is losing"));
        assert!(
            d.paragraphs
                .iter()
                .all(|p| !p.text.starts_with("as England is losing")),
            "{:?}",
            d.paragraphs
        );
    }

    #[test]
    fn a_writers_name_glued_to_the_date_is_read_as_both() {
        let d = ingest_str(
            "Corporaties bouwen opnieuw veel minder dan afgesproken\n\n\
             Woningcorporaties hebben vorig jaar ruim 10 duizend sociale huurwoningen minder opgeleverd dan afgesproken.\n\n\
             Sanne Verbeek12 maart 2024, 17:45\n\n\
             Dat blijkt uit cijfers die Aedes, de branchevereniging van woningcorporaties, dinsdag heeft gepubliceerd.\n\n\
             Het ministerie laat weten teleurgesteld te zijn, zegt een woordvoerder van het ministerie.\n",
        );
        assert_eq!(d.authors, vec!["Sanne Verbeek".to_string()]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2024-03-12"));
        assert!(
            d.paragraphs[0].text.starts_with("Dat blijkt"),
            "{:?}",
            d.paragraphs
        );
    }
    #[test]
    fn a_writers_name_glued_to_a_stamps_word_is_the_name() {
        let d = ingest_str(
            "Junamatka Helsingistä Ouluun lyhenee puolella tunnilla\n\n\
             Laura Nieminen Julkaistu 16.3.2028 7:45 | Päivitetty 16.3.2028 9:12\n\n\
             VR lisää reitille kaksi uutta vuoroa, kun radan nopeutus valmistuu joulukuussa, kertoo Väylävirasto.\n\n\
             Matka-aika lyhenee puolella tunnilla, sanoo hankkeen johtaja.\n",
        );
        assert_eq!(d.authors, vec!["Laura Nieminen".to_string()]);
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2028-03-16"));
        // A name of one word before the stamp's word is no writer's.
        let d = ingest_str(
            "Junamatka lyhenee\n\n\
             Yle Julkaistu 16.3.2028 7:45\n\n\
             VR lisää reitille kaksi uutta vuoroa, kun radan nopeutus valmistuu joulukuussa, kertoo Väylävirasto.\n",
        );
        assert!(d.authors.is_empty(), "{:?}", d.authors);
    }
    #[test]
    fn a_text_saved_with_its_lines_numbered_is_read_without_them() {
        let text = "Council raises water rates\n\nThe council voted on Tuesday to raise water rates by twelve percent.\n\nThe new rates take effect on May 1, the city manager said.\n\nResidents can appeal until April.\n";
        let numbered: String = text
            .lines()
            .enumerate()
            .map(|(i, l)| format!("{:>6}\t{l}\n", i + 1))
            .collect();
        let d = ingest_str(&numbered);
        assert_eq!(d.title.as_deref(), Some("Council raises water rates"));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
        assert!(d.paragraphs[0].text.starts_with("The council"));
        let r = d.removed.iter().find(|r| r.reason == Reason::LineNumbers);
        assert_eq!(r.map(|r| r.lines), Some([1, 7]));
    }

    #[test]
    fn breadcrumbs_in_any_marks() {
        assert!(breadcrumb("News > Economy > Transport"));
        assert!(breadcrumb("ニュース ＞ 経済 ＞ 交通"));
        assert!(breadcrumb("ಮುಖಪುಟ/ಜಿಲ್ಲೆ/ಬೆಂಗಳೂರು ನಗರ"));
        assert!(breadcrumb("Home / News / Local"));
        // Two words between a slash, a date, a path, a web address.
        assert!(!breadcrumb("and/or"));
        assert!(!breadcrumb("Tech/Science"));
        assert!(!breadcrumb("1/20/2028"));
        assert!(!breadcrumb("www.example.com/news/local/bus"));
        assert!(!breadcrumb("https://example.com/a/b"));
        assert!(!breadcrumb("12 | 30"));
        // A stamp with slashes.
        assert!(!breadcrumb("November 20, 2019 / 1:07 AM / CBS News"));
        assert!(!breadcrumb(
            "October 12, 2018/0 Comments/in Promotion /by admin"
        ));
        // Items of sentences.
        assert!(!breadcrumb("The minister said / the plan / was ready now."));
    }

    #[test]
    fn a_readers_note_over_a_header_in_a_script_without_spaces() {
        let d = ingest_str(
            "■1/20 朝読んだ記事（娘の通学の件、学校にも確認する）\n\n\
             北海道新聞デジタル\n\
             ニュース ＞ 経済 ＞ 交通\n\
             JR北海道、函館線小樽―倶知安間の日中便を来冬から3割減\n\
             2028年1月20日 05:00（1月20日 09:12更新）\n\n\
             JR北海道は19日、函館線小樽―倶知安間で、来年12月から3月までの冬季ダイヤについて日中の普通列車を約3割減らす方針を明らかにした。\n\n\
             同区間は現在、上下計28本の普通列車が運行している。JR北海道によると、減便後は22本程度となる見込み。\n",
        );
        assert_eq!(
            d.title.as_deref(),
            Some("JR北海道、函館線小樽―倶知安間の日中便を来冬から3割減")
        );
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2028-01-20"));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // A short note in such a script over a headline stays a headline's.
        let d = ingest_str(
            "函館線の日中便を3割減\n2028年1月20日\n\n\
             JR北海道は19日、函館線小樽―倶知安間で、来年12月から3月までの冬季ダイヤについて日中の普通列車を約3割減らす方針を明らかにした。\n",
        );
        assert_eq!(d.title.as_deref(), Some("函館線の日中便を3割減"));
    }

    #[test]
    fn a_wire_code_is_no_headline() {
        assert!(!headline_like("AFP-XX41"));
        assert!(!headline_like("PA-2231"));
        assert!(headline_like("G7 leaders meet in Apulia"));
        assert!(headline_like("Covid-19 cases rise again"));
        // Scripts without capitals, written without spaces.
        assert!(headline_like("函館線の日中便を3割減"));
        assert!(headline_like("裕廊区域线2029年通车"));
        assert!(!headline_like("ABC-2024"));
    }
    #[test]
    fn a_wires_header_lines_go_and_its_date_is_read() {
        let d = ingest_str(
            "PA-2231\n\
             ENG\n\
             04-APR-2024 09:12 GMT\n\
             Britain-transport-rail,ADVISORY\n\
             Rail fares to rise by five percent in March\n\
             by John SMITH\n\n\
             LONDON, April 4, 2024 - Rail fares in England will rise by five percent next March, the government said on Thursday.\n\n\
             The rise is below inflation for the second year running, the transport secretary told parliament.\n",
        );
        assert_eq!(
            d.title.as_deref(),
            Some("Rail fares to rise by five percent in March")
        );
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2024-04-04"));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
    }
    #[test]
    fn a_table_pasted_with_tabs_goes_as_a_table() {
        let d = ingest_str(
            "Kunnat lakkauttavat kouluja nopeammin kuin koskaan, selviää kyselystä, jonka tulokset julkaistiin maanantaina.\n\
             Lakkautettavat koulut maakunnittain (kevät 2024)\n\
             Maakunta\tKouluja\tOppilaita\n\
             Pohjois-Savo\t7\t184\n\
             Lappi\t5\t97\n\
             Opetusministeriön mukaan kouluverkosta päättäminen kuuluu kunnille, eikä ministeriö aio puuttua siihen.\n",
        );
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        assert_eq!(
            d.removed
                .iter()
                .filter(|r| r.reason == Reason::Table)
                .count(),
            4
        );
        // A line indented by a tab, or one tab inside one line, is no table.
        let d = ingest_str(
            "\tThe council met on Tuesday to vote on the plan for the new school, which parents had opposed.\n\
             \tThe vote was\tpostponed until May, the mayor said after the meeting in the town hall.\n",
        );
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // Fields and their values are no table.
        let d = ingest_str(
            "Kazatomprom trims its output goal\n\n\
             HD\tKazatomprom trims its output goal\n\
             BY\tAigerim Sadykova\n\
             PD\t23 August 2024\n\n\
             Kazakhstan's state uranium miner cut its production goal for next year on Friday, citing a shortage of acid.\n",
        );
        assert!(d.removed.iter().all(|r| r.reason != Reason::Table));
    }

    #[test]
    fn related_headlines_in_text_without_blank_lines_go() {
        let para = "Bakanlık yetkilileri, yeni düzenlemede ek süre verilmeyeceğini vurguladı ve vatandaşların can güvenliğinin her şeyden önce geldiğini söyledi, riskli binalarda yaşamaya göz yumulmayacağını ekledi.";
        let d = ingest_str(&format!(
            "{para}\nİLGİLİ HABERLER\nKandilli uyardı: Marmara'da fay hattında hareketlilik sürüyor\nKentsel dönüşümde yeni model: Yarısı bizden\n{para}\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // Under no heading, short lines stay.
        let d = ingest_str(&format!("{para}\nSÜRE UZATILMAYACAK\n{para}\n"));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
    }
    #[test]
    fn a_newsletter_box_over_its_end_mark_goes() {
        let para = "Development also played a part in the losses, the researchers found, with new estates in the south-east.";
        let d = ingest_str(&format!(
            "{para}\n\nSign up to Down to Earth\nFree weekly newsletter\nThe planet’s most important stories.\nPrivacy Notice: Newsletters may contain info about charities.\nafter newsletter promotion\n\n{para}\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // A paragraph set apart by a blank line over the mark stays, and
        // so does one right over the box's first line.
        let d = ingest_str(&format!("{para}\n\n{para}\n\nafter newsletter promotion\n"));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let d = ingest_str(&format!(
            "{para}\n{para}\nSign up to Down to Earth\nFree weekly newsletter\nafter newsletter promotion\n{para}\n"
        ));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
    }

    #[test]
    fn a_mails_subject_and_date_name_the_article_it_carries() {
        let para = "The footbridge was built in 1978 by the old harbour board, which was wound up in 1994, the council said.";
        let d = ingest_str(&format!(
            "Subject: The bridge nobody wants to pay for\nFrom: The Harbour Dispatch <hd@example.com>\nDate: 19/03/2024, 07:02\n\n\
             The Harbour Dispatch\n\nThe bridge nobody wants to pay for\n\n\
             LIKE <https://example.com/l> COMMENT <https://example.com/c>\n\n{para}\n\n\
             Read the report <https://example.com/report> before Thursday, when the council meets to decide.\n"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("The bridge nobody wants to pay for")
        );
        assert_eq!(d.provenance["title"], Provenance::Text);
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2024, 3, 19));
        assert_eq!(d.provenance["date"], Provenance::Email);
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                para,
                "Read the report before Thursday, when the council meets to decide."
            ]
        );
        // Counter-examples: a subject that is the text's first sentence is
        // no headline; a date stated in the text wins over the mail's.
        let d = ingest_str(&format!(
            "From: A <a@example.com>\nDate: 19/03/2024, 07:02\nSubject: Time is short.\n\n\
             Time is short.\n\n{para}\n"
        ));
        assert_eq!(d.paragraphs[0].text, "Time is short.");
        let d = ingest_str(&format!(
            "From: A <a@example.com>\nDate: 19/03/2024, 07:02\nSubject: Dam levels fall\n\n\
             Dam levels fall\n\nPublished 12 March 2024\n\n{para}\n"
        ));
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2024, 3, 12));
        assert_eq!(d.provenance["date"], Provenance::Text);
    }

    #[test]
    fn a_newsletters_link_to_the_dated_address_is_no_header() {
        // A newsletter's story under its headline, then a link to the
        // story on the site whose address holds the date: the paragraphs
        // between them are the story's, not a header over that link.
        let paras = [
            "The harbour board counted 310 empty berths this winter, nearly one in six of those it manages along the eastern shore.",
            "Most of them need repairs before anyone can moor there again, and the money set aside for that ran out in the spring.",
            "A pilot scheme now lets a boat owner take a berth as it is and repair it in exchange for a lower fee for five years.",
        ];
        for (subject, link) in [
            (
                "Harbour | Why hundreds of berths stay empty",
                "Read it on the site: https://news.example.com/2027/11/08/empty-berths/",
            ),
            (
                "Hafen | Why hundreds of berths stay empty",
                "Weiterlesen: https://www.example.de/2027/11/08/liegeplaetze",
            ),
            (
                "Porto | Why hundreds of berths stay empty",
                "Leggi sul sito: https://example.it/2027/11/08/ormeggi-vuoti/",
            ),
        ] {
            let d = ingest_str(&format!(
                "From: The Paper <letters@example.com>\nDate: Mon, 8 Nov 2027 06:00:02 +0100\nSubject: {subject}\n\n\
                 Good morning!\n\nWHY HUNDREDS OF BERTHS STAY EMPTY\n\n{}\n\n{}\n\n{}\n\n{link}\n",
                paras[0], paras[1], paras[2]
            ));
            let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
            for p in paras {
                assert!(texts.contains(&p), "{subject}: {texts:?}");
            }
        }
        // Counter-example: a date line of its own under the headline is
        // still the header's.
        let d = ingest_str(&format!(
            "From: A <a@example.com>\nDate: 19/03/2024, 07:02\nSubject: Why hundreds of berths stay empty\n\n\
             Why hundreds of berths stay empty\n\nPublished 12 March 2024\n\n{}\n\n{}\n",
            paras[0], paras[1]
        ));
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2024, 3, 12));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
    }

    #[test]
    fn a_newsletters_story_ends_at_the_rule_over_its_next_section() {
        let paras = [
            "The harbour board counted 310 empty berths this winter, nearly one in six of those it manages along the eastern shore.",
            "Most of them need repairs before anyone can moor there again, and the money set aside for that ran out in the spring.",
        ];
        for (subject, headline, rule, next) in [
            (
                "Harbour | Why hundreds of berths stay empty",
                "WHY HUNDREDS OF BERTHS STAY EMPTY",
                "* * *",
                "OTHER THINGS",
            ),
            (
                "Hafen – Why hundreds of berths stay empty",
                "Why hundreds of berths stay empty",
                "---",
                "Weitere Themen",
            ),
            (
                "Why hundreds of berths stay empty",
                "Why Hundreds Of Berths Stay Empty",
                "***",
                "Da leggere",
            ),
        ] {
            let d = ingest_str(&format!(
                "From: The Paper <letters@example.com>\nDate: Mon, 8 Nov 2027 06:00:02 +0100\nSubject: {subject}\n\n\
                 Good morning! Today: berths, and a few other things.\n\n{rule}\n\n{headline}\n\n{}\n\n{}\n\n\
                 Read it on the site: https://news.example.com/2027/11/08/empty-berths/\n\n{rule}\n\n{next}\n\n\
                 - A ferry line returns in spring (The Coast)\n- Two new piers for the old port\n\nSee you next Monday.\n",
                paras[0], paras[1]
            ));
            assert_eq!(texts(&d), paras, "{subject}: {:?}", d.removed);
        }
        // Counter-example: an article in parts goes on in prose under its
        // rule, and stays whole.
        let d = ingest_str(&format!(
            "From: A <a@example.com>\nDate: Mon, 8 Nov 2027 06:00:02 +0100\nSubject: Why hundreds of berths stay empty\n\n\
             * * *\n\nWhy hundreds of berths stay empty\n\n{}\n\n{}\n\n* * *\n\n{}\n",
            paras[0], paras[1], LONG_A
        ));
        assert!(texts(&d).contains(&LONG_A), "{:?}", texts(&d));
    }

    #[test]
    fn a_wrapped_texts_header_leaves_its_paragraphs_split() {
        // Hard-wrapped at 72 columns with no blank line anywhere: the
        // headline, the writer's name alone, the date, then paragraphs.
        let body = "KARACHI: The water board has decided to shut down twelve illegal\n\
                    hydrants in three towns, officials said on Tuesday, as the shortfall\n\
                    grew.\n\
                    The decision was taken at a meeting chaired by the chief executive,\n\
                    which was told that the hydrants drew water.\n\
                    Residents said they had heard similar promises before, and that the\n\
                    tankers always came back after two weeks of raids in the summer.\n";
        for header in [
            "Board to shut 12 illegal hydrants as the city's water shortfall grows\nSaima Qureshi\nPublished March 27, 2024\n",
            "Board to shut 12 illegal hydrants\nMarch 27, 2024\n",
        ] {
            let d = ingest_str(&format!("{header}{body}"));
            assert_eq!(d.paragraphs.len(), 3, "{header}: {:?}", d.paragraphs);
            assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2024, 3, 27));
            assert!(
                d.title
                    .as_deref()
                    .is_some_and(|t| t.starts_with("Board to shut"))
            );
        }
        let d = ingest_str(&format!(
            "Board to shut 12 illegal hydrants as the city's water shortfall grows\nSaima Qureshi\nPublished March 27, 2024\n{body}"
        ));
        assert_eq!(d.authors, ["Saima Qureshi"]);
        assert!(!d.title.as_deref().unwrap_or("").contains("Qureshi"));
        // Counter-example: a headline of two lines over the date stays whole.
        let d = ingest_str(&format!(
            "Board to shut 12 hydrants\nAs Shortfall Grows\nMarch 27, 2024\n{body}"
        ));
        assert_eq!(
            d.title.as_deref(),
            Some("Board to shut 12 hydrants As Shortfall Grows")
        );
    }

    #[test]
    fn a_newsletters_sign_up_form_goes_whole() {
        let body = "Der Gemeinderat hat am Mittwochabend einen Kredit von 182 Millionen Franken für den Ausbau der Fernwärme in Altstetten bewilligt, nach einer fast dreistündigen Debatte im Rat, in der die Bürgerlichen vor allem die Kosten kritisierten.\n\n";
        let end = "\n\nDas Volk entscheidet am 9. Juni über die Vorlage, die Abstimmung ist für den Sommer vorgesehen.\n";
        let d = ingest_str(&format!(
            "{body}NZZ Zürich – der Newsletter für die Region\nErhalten Sie jeden Werktag um 17 Uhr die wichtigsten Nachrichten. Jetzt kostenlos abonnieren.\nE-Mail-Adresse\nAnmelden\nMit der Anmeldung akzeptieren Sie die Datenschutzerklärung.{end}"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let d = ingest_str(&format!(
            "{body}La Matinale du Monde\nChaque matin, retrouvez notre sélection de 20 articles à ne pas manquer\nS’inscrire{end}"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // Counter-examples: a paragraph over the button stays, and so does
        // a line that only names signing up inside the article.
        let d = ingest_str(&format!(
            "{body}Wer teilnehmen will, muss sich bis Freitag bei der Stadt melden.\nAnmelden{end}"
        ));
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.text.starts_with("Wer teilnehmen")),
            "{:?}",
            d.paragraphs
        );
        let d = ingest_str(&format!(
            "{body}Sign up for the course by Friday, the school said.{end}"
        ));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
    }

    #[test]
    fn a_kicker_of_four_or_five_words_over_a_longer_headline() {
        let d = ingest_str(
            "Energiewende in der Stadt\nZürcher Gemeinderat bewilligt 182 Millionen Franken für die Fernwärme in Altstetten\n\nDas Parlament stellt sich klar hinter den Ausbau des Wärmenetzes. Bürgerliche kritisieren die Kosten.\nSebastian Kälin, Nadja Imhof\n14.03.2024\n\nMit dem Geld sollen bis 2032 rund 38 Kilometer neue Leitungen verlegt und etwa 2400 Liegenschaften an das Netz angeschlossen werden.\n",
        );
        assert_eq!(
            d.title.as_deref(),
            Some(
                "Zürcher Gemeinderat bewilligt 182 Millionen Franken für die Fernwärme in Altstetten"
            )
        );
        assert_eq!(d.paragraphs.len(), 1, "{:?}", d.paragraphs);
        // Counter-example: a headline of five words over a standfirst only
        // a little longer is the headline.
        let d = ingest_str(
            "Council Approves Heating Network Loan\nThe council approved the loan on Tuesday night.\nBy Anna Schmidt\n14 March 2024\n\nThe city will lay 38 kilometres of new pipes by 2032 and connect about 2,400 buildings to the network, officials said.\n",
        );
        assert_eq!(
            d.title.as_deref(),
            Some("Council Approves Heating Network Loan")
        );
    }

    #[test]
    fn a_filled_line_with_room_left_runs_on_into_lower_case() {
        // Filled and hyphenated: room is left at a line's end where the
        // next word was not broken.
        let top = "Im Streit um die Krankenhausreform wächst der Widerstand der Län-\nder. Die Gesundheitsministerinnen und -minister von zwölf Bundes-\nländern haben am Montag in einem gemeinsamen Schreiben an das Bun-\ndesgesundheitsministerium Nachbesserungen gefordert. Andernfalls\nwollen sie das Gesetz im Bundesrat aufhalten und den Vermittlungs-\nausschuss anrufen.\n\nDer Brief, welcher der SZ vorliegt, ist von Landesministern aus Ost-\nund Westdeutschland unterzeichnet, darunter Vertreter von CDU, SPD,\nGrünen und Linken. Sie verlangen vor allem einen Sicherstellungszu-\nschlag für kleine Kliniken auf dem Land, die nach den bisherigen\nPlänen ihre Notaufnahmen schließen müssten.\n\n";
        let d = ingest_str(&format!(
            "{top}„Wir reden hier nicht über Standortpolitik, sondern darüber, ob\neine Schwangere in der Uckermark künftig 70 Kilometer bis zum\nnächsten Kreißsaal fahren muss“, sagte Sabine Kellermann, die Vor-\nsitzende der Gesundheitsministerkonferenz.\n"
        ));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
        assert!(
            d.paragraphs[1]
                .text
                .contains("aus Ost- und Westdeutschland")
        );
        // Counter-example: a short line with room is a heading over text.
        let d = ingest_str(&format!(
            "{top}Was die Länder wollen\neine Übergangsfrist für kleine Kliniken auf dem Land, sagte sie.\n"
        ));
        assert_eq!(d.paragraphs.len(), 4, "{:?}", d.paragraphs);
    }

    #[test]
    fn a_heading_underlined_in_plain_text() {
        let d = ingest_str(
            "Amsterdam halveert vakantieverhuur: nog maar 15 nachten per jaar\n================================================================\n\nParticuliere verhuur van woningen aan toeristen wordt in Amsterdam\nverder aan banden gelegd.\n\nSanne Visser en Jeroen Dekker\n12 maart 2024, 17:45\n\nAmsterdammers die hun woning via platforms als Airbnb aan toeristen\nverhuren, mogen dat vanaf 1 januari nog maar vijftien nachten per jaar\ndoen, heeft het college besloten.\n\nVolgens de gemeente is de maatregel nodig om de woningmarkt te\nontlasten en de overlast in de binnenstad terug te dringen.\n",
        );
        assert_eq!(
            d.title.as_deref(),
            Some("Amsterdam halveert vakantieverhuur: nog maar 15 nachten per jaar")
        );
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        // Counter-example: a rule under a paragraph's last line ends the
        // paragraph; the line is no heading.
        let d = ingest_str(
            "The council voted on Tuesday to raise water rates by twelve\npercent for every household in the city.\n--------------------------------------------\n\nThe new rates take effect on May 1, the city manager said.\n",
        );
        assert!(
            d.paragraphs.iter().all(|p| !p.heading),
            "{:?}",
            d.paragraphs
        );
    }

    #[test]
    fn a_caseless_name_over_the_source_label_and_date_is_the_writer() {
        // Arabic and Persian: the name alone, the source's label, the date.
        let ar_body = "أعلنت وزارة المياه، في بيان أصدرته صباح اليوم، تأجيل قطع المياه عن الأحياء الشرقية حتى نهاية الأسبوع المقبل، بعد انتهاء أعمال الصيانة في المحطة الرئيسية.\n\nوأوضح البيان أن فرق الصيانة تعمل على مدار الساعة، وأن المياه ستعود تدريجياً إلى كل المناطق خلال يومين.\n";
        let fa_body = "وزارت نیرو روز گذشته اعلام کرد که قطعی برق در شهرهای شمالی تا پایان هفته آینده ادامه خواهد داشت و مردم باید مصرف را کاهش دهند.\n\nبه گفته سخنگوی وزارت، تعمیر نیروگاه اصلی بیش از آنچه انتظار می‌رفت طول کشیده است.\n";
        let d = ingest_str(&format!(
            "وزارة المياه تؤجل قطع المياه عن الأحياء الشرقية\n\nسامر حداد\nالمصدر: الشروق\n2027-02-03 10:15\n\n{ar_body}"
        ));
        assert_eq!(d.authors, ["سامر حداد"]);
        assert_eq!(texts(&d).len(), 2, "{:?}", texts(&d));
        let d = ingest_str(&format!(
            "قطعی برق در شهرهای شمالی تا پایان هفته ادامه دارد\n\nمریم احمدی\nمنبع: خبرگزاری پارس\n2027-02-03 10:15\n\n{fa_body}"
        ));
        assert_eq!(d.authors, ["مریم احمدی"]);
        // No date under the label: a caption over its credit, as before.
        let d = ingest_str(&format!(
            "وزارة المياه تؤجل قطع المياه عن الأحياء الشرقية\n\nسامر حداد\nالمصدر: الشروق\n\n{ar_body}"
        ));
        assert!(d.authors.is_empty(), "{:?}", d.authors);
        // A photographer's credit is no source's label.
        let d = ingest_str(&format!(
            "وزارة المياه تؤجل قطع المياه عن الأحياء الشرقية\n\nسامر حداد\nتصوير: رويترز\n2027-02-03 10:15\n\n{ar_body}"
        ));
        assert!(d.authors.is_empty(), "{:?}", d.authors);
    }

    #[test]
    fn caseless_names_have_their_shape_only() {
        for t in ["سامر حداد", "مریم احمدی", "סמי כהן", "สมชาย ใจดี"]
        {
            assert!(caseless_name(t), "{t}");
        }
        // Capitals, figures, a mark, one word or five: not the shape.
        for t in [
            "Jane Doe",
            "Нина Петрова",
            "سامر",
            "المصدر: الشروق",
            "2027 حداد",
            "وزارة المياه تؤجل قطع المياه",
        ] {
            assert!(!caseless_name(t), "{t}");
        }
    }
}
