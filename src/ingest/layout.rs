//! Where paragraphs end in plain text, decided per document from the
//! evidence in the document itself.
//!
//! Text files come in two shapes, and a document is read as one of them:
//!
//! - **one paragraph per line**: lines are as long as their paragraphs, so
//!   lines that do not end a sentence (headings, list items, embedded posts)
//!   are short and of any length; every line is a paragraph;
//! - **hard-wrapped** at a width: the lines inside a paragraph all come close
//!   to that width. A line ends its paragraph when it is clearly shorter
//!   than the width: the next line's first word would have fitted on it (for
//!   text wrapped by a program, which fills every line) or it ends a sentence
//!   well short of the width (for text copied from a PDF, whose lines are set
//!   in a proportional font and so vary). A first-line indent also starts a
//!   paragraph, in documents that indent.
//!
//! Blank lines separate paragraphs in both. Across furniture removed from
//! between two blocks (a page break, a running head, a printed URL), the
//! same evidence decides whether the second block continues the first.

use super::rules::{at_least_words, at_most_words, ends_sentence};

/// The shape of one line of text: its cleaned text, how many columns it
/// took as written, and its indentation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape<'a> {
    /// The line's text, white space squashed.
    pub(crate) text: &'a str,
    /// Columns the line took as written (indentation included, trailing
    /// white space not).
    pub(crate) width: usize,
    /// Columns of indentation (a tab counts as four).
    pub(crate) indent: usize,
    /// Columns of the first word as written when its text has it shorter
    /// (a link's words, its address taken); 0: as the text has it.
    pub(crate) lead: usize,
}

impl<'a> Shape<'a> {
    /// The shape of `raw` (as written) whose cleaned text is `text`.
    pub(crate) fn of(raw: &str, text: &'a str) -> Shape<'a> {
        let raw = raw.trim_end();
        let indent = raw
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let width = indent + raw.trim_start().chars().count();
        Shape {
            text,
            width,
            indent,
            lead: 0,
        }
    }

    /// Columns of the line's first word; an opening guillemet set apart
    /// from its word by a space that does not break ("« versement", as
    /// French prints it) counts with that word. (A dash is not held so: an
    /// attribution's "– Mel" may be a line of its own.)
    fn first_word_width(&self) -> usize {
        if self.lead > 0 {
            return self.lead;
        }
        if self.starts_ideographic() {
            return 1;
        }
        let mut words = self.text.split_whitespace();
        let Some(first) = words.next() else {
            return 0;
        };
        let width = first.chars().count();
        match (first, words.next()) {
            ("«" | "»" | "„" | "‹" | "›", Some(word)) => width + 1 + word.chars().count(),
            _ => width,
        }
    }

    /// Whether the line opens with an ideograph, a kana or a full-width
    /// mark: a program wrapping Chinese or Japanese may break before any of
    /// them, with no space (its first word is that one character).
    fn starts_ideographic(&self) -> bool {
        self.text.chars().next().is_some_and(ideographic)
    }

    fn starts_lowercase(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_lowercase)
    }

    /// Starts with a letter of a script without case (Arabic, Chinese,
    /// Korean …), where case says nothing of a sentence start.
    fn starts_caseless(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
    }

    /// Reads as the continuation of a sentence: starts in lower case, or in
    /// a script without case.
    fn runs_on(&self) -> bool {
        self.starts_lowercase() || self.starts_caseless()
    }

    /// Ends a sentence, or a question or exclamation.
    fn ends_sentence(&self) -> bool {
        ends_sentence(self.text)
            || self
                .text
                .trim_end_matches(['"', '”', '’', '“', '‘', '»', ')'])
                .ends_with(['?', '!'])
    }
}

/// What the paragraph read so far holds, for telling where it ends: its
/// sentences and its double quotation marks.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct SoFar {
    /// Sentences ended in it (0: unknown).
    pub(crate) sentences: usize,
    /// Opening marks: « (and “ without „ before it).
    opens: usize,
    /// Closing marks: ” ».
    closes: usize,
    /// Low opening marks „ (German, Polish, Russian), which “ then closes.
    low: usize,
    /// Left marks “, which open in English and close after „.
    left: usize,
    /// Straight marks ", which open and close alike.
    straight: usize,
}

impl SoFar {
    /// A paragraph known only by how many sentences it has.
    #[cfg(test)]
    pub(crate) fn of_sentences(sentences: usize) -> SoFar {
        SoFar {
            sentences,
            ..SoFar::default()
        }
    }

    /// Adds a line of the paragraph.
    pub(crate) fn add(&mut self, line: &str) {
        self.sentences += sentence_ends(line);
        // All the marks are outside ASCII but the straight one.
        if line.is_ascii() {
            self.straight += memchr::memchr_iter(b'"', line.as_bytes()).count();
            return;
        }
        for c in line.chars() {
            match c {
                '«' => self.opens += 1,
                '”' | '»' => self.closes += 1,
                '„' => self.low += 1,
                '“' => self.left += 1,
                '"' => self.straight += 1,
                _ => {}
            }
        }
    }

    /// A quotation is open at the end of what was read: more opening
    /// marks than closing ones, or an odd number of straight marks where
    /// no typographic double mark is used.
    fn quote_open(&self) -> bool {
        let (opens, closes) = if self.low > 0 {
            (self.opens + self.low, self.closes + self.left)
        } else {
            (self.opens + self.left, self.closes)
        };
        if opens + closes > 0 {
            opens > closes
        } else {
            self.straight % 2 == 1
        }
    }
}

/// How a document's lines make paragraphs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Mode {
    /// Each line is a paragraph.
    Lines,
    /// Hard-wrapped at `width` columns; `filled`: every line inside a
    /// paragraph was filled as far as the next word allowed.
    Wrapped {
        /// The wrap width in columns.
        width: usize,
        /// Lines were filled greedily (a program wrapped them).
        filled: bool,
    },
}

/// How one document is laid out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Layout {
    /// Lines or hard wrap.
    pub(crate) mode: Mode,
    /// Paragraphs start with an indented first line.
    indents: bool,
    /// Markdown: a line that does not end a sentence runs on into the next
    /// (a soft line break).
    markdown: bool,
    /// How many sentences the document's paragraphs have (the median of
    /// those whose end is certain).
    sentences: usize,
    /// Blank lines separate the paragraphs: a line break inside a block
    /// is never a paragraph end for want of better evidence.
    blank_lines: bool,
}

/// Fewer lines than this that could be wrapped give no evidence of a wrap.
const MIN_WRAPPED_LINES: usize = 3;
/// Documents with this many blank-line gaps between lines of text
/// separate their paragraphs with blank lines.
const BLANK_SEPARATED: usize = 3;
/// Narrower lines than this are not a hard wrap (a list of short items).
const MIN_WRAP_WIDTH: usize = 30;
/// Wider lines than this are not a hard wrap.
const MAX_WRAP_WIDTH: usize = 240;

/// How many sentences end in `text`: a sentence mark followed by a space
/// and a capital, or at the end; or, when there is none, the full stops
/// and question marks of other scripts (Armenian "։", Arabic "؟", Urdu
/// "۔", the Indic danda "।", see [`other_script_ends`]) followed by a
/// space or the end, as those scripts have no capitals.
pub(crate) fn sentence_ends(text: &str) -> usize {
    // A text with Latin sentence ends is not searched for the others (a
    // line is in one script; most lines are Latin).
    let latin = latin_sentence_ends(text);
    if latin > 0 || text.is_ascii() {
        latin
    } else {
        other_script_ends(text.as_bytes())
    }
}

/// The full stops and question marks of scripts without capitals in `b`,
/// each followed by white space or the end: the Armenian full stop
/// (U+0589), the Arabic question mark (U+061F) and the Urdu full stop
/// (U+06D4), of two bytes; the danda and double danda of Devanagari,
/// Bengali and the other Indic scripts (U+0964, U+0965), the Ethiopic full
/// stop (U+1362), the Burmese section mark (U+104B) and the Khmer full stop
/// (U+17D4), of three; and Chinese and Japanese full stops and marks
/// ("。", "！", "？"), wherever they stand. Found by their first bytes with
/// memchr: most texts have none.
fn other_script_ends(b: &[u8]) -> usize {
    let ended = |at: usize, len: usize| b.get(at + len).is_none_or(|c| c.is_ascii_whitespace());
    let mut n = 0;
    let mut from = 0;
    while let Some(p) = memchr::memchr3(0xD6, 0xD8, 0xDB, &b[from..]) {
        let at = from + p;
        let mark = matches!(
            (b[at], b.get(at + 1)),
            (0xD6, Some(0x89)) | (0xD8, Some(0x9F)) | (0xDB, Some(0x94))
        );
        if mark && ended(at, 2) {
            n += 1;
        }
        from = at + 1;
    }
    from = 0;
    while let Some(p) = memchr::memchr2(0xE0, 0xE1, &b[from..]) {
        let at = from + p;
        let mark = matches!(
            b.get(at..at + 3),
            Some(
                [0xE0, 0xA5, 0xA4 | 0xA5]
                    | [0xE1, 0x8D, 0xA2]
                    | [0xE1, 0x81, 0x8B]
                    | [0xE1, 0x9F, 0x94]
            )
        );
        if mark && ended(at, 3) {
            n += 1;
        }
        from = at + 1;
    }
    // The ideographic full stop and the full-width "!" and "?" of Chinese
    // and Japanese, which the next sentence follows with no space.
    from = 0;
    while let Some(p) = memchr::memchr2(0xE3, 0xEF, &b[from..]) {
        let at = from + p;
        if matches!(
            b.get(at..at + 3),
            Some([0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x81 | 0x9F])
        ) {
            n += 1;
        }
        from = at + 1;
    }
    n
}

/// [`sentence_ends`] for the sentence marks of the Latin, Cyrillic and
/// Greek scripts.
fn latin_sentence_ends(text: &str) -> usize {
    // The marks are found with memchr, not by reading each character:
    // every line of a document is counted, and decoding each character
    // was a twentieth of ingestion.
    let b = text.as_bytes();
    let stops = |from: usize| memchr::memchr3(b'.', b'!', b'?', &b[from..]).map(|p| from + p);
    let ellipses = |mut from: usize| {
        while let Some(p) = memchr::memchr(0xE2, &b[from..]) {
            let at = from + p;
            if b[at + 1..].starts_with(&[0x80, 0xA6]) {
                return Some(at);
            }
            from = at + 1;
        }
        None
    };
    let (mut stop, mut ellipsis) = (stops(0), ellipses(0));
    let mut n = 0;
    loop {
        let (i, mark) = match (stop, ellipsis) {
            (Some(s), Some(e)) if s < e => (s, 1),
            (Some(s), None) => (s, 1),
            (_, Some(e)) => (e, 3),
            (None, None) => return n,
        };
        match mark {
            1 => stop = stops(i + 1),
            _ => ellipsis = ellipses(i + 3),
        }
        // Closing quotes and brackets after the mark.
        let mut j = i + mark;
        loop {
            let rest = &b[j..];
            if matches!(rest.first(), Some(b'"' | b'\'' | b')')) {
                j += 1;
            } else if rest.starts_with("”".as_bytes()) || rest.starts_with("’".as_bytes()) {
                j += 3;
            } else {
                break;
            }
        }
        match b.get(j) {
            None => n += 1,
            Some(b' ') if (text[j + 1..].chars().next()).is_some_and(|c| !c.is_lowercase()) => {
                n += 1
            }
            _ => {}
        }
    }
}

impl Layout {
    /// The layout of a document whose lines of text are `lines` (in order;
    /// `adjacent[i]`: line `i + 1` directly follows line `i`, with no blank
    /// or removed line between).
    pub(crate) fn of(lines: &[Shape<'_>], adjacent: &[bool], markdown: bool) -> Layout {
        let indents = indented_paragraphs(lines);
        // In a document that indents first lines, the width is read off
        // the flush lines: a first line may have been indented after the
        // paragraph was wrapped, and so run past the width.
        let width_of = |flush_only: bool| -> Vec<usize> {
            lines
                .iter()
                .filter(|l| wordy(l.text, 2) && (!flush_only || l.indent == 0))
                .map(|l| l.width)
                .collect()
        };
        let mut widths = width_of(indents);
        if widths.len() < MIN_WRAPPED_LINES {
            widths = width_of(false);
        }
        let lines_mode = Layout {
            mode: Mode::Lines,
            indents,
            markdown,
            sentences: 1,
            blank_lines: adjacent.iter().filter(|&&a| !a).count() >= BLANK_SEPARATED,
        };
        if widths.len() < MIN_WRAPPED_LINES {
            return lines_mode;
        }
        let width = wrap_width(&mut widths).unwrap_or(0);
        // Lines inside a wrapped paragraph run on without ending a sentence
        // and come close to the width; in one-paragraph-per-line text, the
        // lines that do not end a sentence are headings and list items.
        let open: Vec<&Shape<'_>> = lines
            .iter()
            .zip(adjacent.iter().copied().chain(std::iter::repeat(false)))
            .filter(|(l, next)| *next && wordy(l.text, 5) && !l.ends_sentence())
            .map(|(l, _)| l)
            .collect();
        let near = open.iter().filter(|l| l.width * 5 >= width * 4).count();
        if open.len() < MIN_WRAPPED_LINES
            || !wrap_told(near, open.len(), full_lines(lines, adjacent, width))
            || !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width)
        {
            return lines_mode;
        }
        let mut layout = Layout {
            mode: Mode::Wrapped {
                width,
                filled: filled(lines, adjacent, width),
            },
            ..lines_mode
        };
        layout.sentences = layout.typical_sentences(lines, adjacent);
        layout
    }

    /// The median number of sentences of the paragraphs whose end is
    /// certain (a blank line, or a short line ending a sentence).
    fn typical_sentences(&self, lines: &[Shape<'_>], adjacent: &[bool]) -> usize {
        let mut counts = Vec::new();
        let mut current = 0;
        for (i, l) in lines.iter().enumerate() {
            current += sentence_ends(l.text);
            let certain = match (adjacent.get(i), lines.get(i + 1)) {
                (Some(true), Some(next)) => self.breaks_between(l, next, &SoFar::default()),
                _ => true,
            };
            if certain {
                if current > 0 {
                    counts.push(current);
                }
                current = 0;
            }
        }
        counts.sort_unstable();
        counts.get(counts.len() / 2).copied().unwrap_or(1).max(1)
    }

    /// Whether a paragraph ends between `a` and the line `b` directly after
    /// it; `so_far`: what the paragraph holds up to `a`, included.
    pub(crate) fn breaks_between(&self, a: &Shape<'_>, b: &Shape<'_>, so_far: &SoFar) -> bool {
        if self.indents && b.indent >= 2 && !b.starts_lowercase() {
            // In a document that indents first lines (its other lines are
            // flush), every indented line starts a paragraph, also after a
            // one-line paragraph that was indented too.
            return true;
        }
        if let (true, Mode::Wrapped { width, .. }) = (self.indents, self.mode)
            && !fits(a, b, width)
        {
            // A flush line after a full one, in a document that indents:
            // the paragraph goes on.
            return false;
        }
        match self.mode {
            Mode::Lines if self.markdown => a.ends_sentence() && !b.starts_lowercase(),
            // A byline in small letters ("di Giulia Ferraro") under a
            // standfirst is no continuation of it.
            // Nor is a site's address alone under a headline
            // ("timesofindia.indiatimes.com").
            Mode::Lines => {
                a.ends_sentence()
                    || !b.starts_lowercase()
                    || super::meta::byline_or_date_line(b.text)
                    || super::furniture::host_name(b.text)
            }
            Mode::Wrapped { width, filled } => {
                if filled && a.ends_sentence() && !b.runs_on() && !fits(a, b, width) {
                    return !self.blank_lines
                        && so_far.sentences > 0
                        && self.full_line_ends(a, b, width, so_far);
                }
                // A line ending on an article or "and" stopped short
                // (another column's width, a shape around a photo), not
                // the paragraph.
                wrapped_break(a, b, width, filled) && !ends_binding(a.text)
            }
        }
    }

    /// In wrapped text, whether `b`, directly under `a` and over `c`, is a
    /// heading of its own (a crosshead inside a stream with no blank
    /// lines): `a` ends a sentence, `b` is clearly shorter than the width
    /// (three fifths of it at most), two to twelve words starting with a
    /// capital and ending no sentence, a clause, a list's lead-in or a
    /// quotation, and `c` starts with a capital, its first word fitting
    /// on `b` (else `b` was wrapped short for want of room). A line in
    /// sentence case ending on a capitalised word is a name running on
    /// ("… came from Jean" / "Van Damme, who …").
    /// A text that marks its paragraphs by indents says where they start:
    /// there a short flush line ends the paragraph above ("… St. Louis,
    /// St." / "Louis, MO").
    pub(crate) fn heading_between(&self, a: &Shape<'_>, b: &Shape<'_>, c: &Shape<'_>) -> bool {
        let Mode::Wrapped { width, .. } = self.mode else {
            return false;
        };
        if self.indents {
            return false;
        }
        if b.width * 5 > width * 3
            || !a.ends_sentence()
            || !b.text.starts_with(char::is_uppercase)
            || !c.text.starts_with(char::is_uppercase)
            || !at_least_words(b.text, 2)
            || !at_most_words(b.text, 12)
            || b.ends_sentence()
            || b.text.ends_with([
                ',', ';', ':', '-', '–', '—', '"', '”', '’', '\'', '»', '“', ')', '…', '.',
            ])
            || ends_binding(b.text)
            || !fits(b, c, width)
        {
            return false;
        }
        let last = b.text.rsplit(' ').next().unwrap_or("");
        let sentence_case = b
            .text
            .split(' ')
            .skip(1)
            .any(|w| w.chars().count() >= 4 && w.starts_with(char::is_lowercase));
        !(sentence_case && last.starts_with(char::is_uppercase))
    }

    /// At a full line `a` ending a sentence, whether the paragraph ends:
    /// the layout cannot tell a paragraph's end from a sentence's inside
    /// it, but the text often can. In order: a heading or label after it
    /// (short, no sentence end) starts a paragraph; a quotation still open
    /// goes on, unless `b` opens one (a quotation running over paragraphs
    /// opens each again); a quotation closing the line ends it; a line
    /// starting with a digit goes on (a date or a figure cut from its word:
    /// "Oct." / "27"). Else paragraphs as long as the document's certain
    /// ones end here.
    fn full_line_ends(&self, a: &Shape<'_>, b: &Shape<'_>, width: usize, so_far: &SoFar) -> bool {
        let b_end = b
            .text
            .trim_end_matches(['"', '”', '’', '\'', '»', '“', '‘', ')']);
        if sentence_ends(b.text) == 0
            && !b_end.ends_with(['.', '!', '?', ':', ';'])
            && b.width * 5 <= width * 4
        {
            return true;
        }
        if so_far.quote_open() && !b.text.starts_with(['“', '"', '‘', '\'', '«', '„']) {
            return false;
        }
        if a.text
            .trim_end_matches([')', ']'])
            .ends_with(['”', '"', '’', '\'', '»', '“', '‘'])
        {
            return true;
        }
        if b.text.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        so_far.sentences >= self.sentences
    }

    /// The width the text was wrapped at, if it was.
    pub(crate) fn wrap_width(&self) -> Option<usize> {
        match self.mode {
            Mode::Wrapped { width, .. } => Some(width),
            Mode::Lines => None,
        }
    }

    /// Whether the paragraphs start with an indented first line.
    pub(crate) fn indents(&self) -> bool {
        self.indents
    }

    /// Whether the paragraphs are written one to a line (not wrapped).
    pub(crate) fn one_per_line(&self) -> bool {
        matches!(self.mode, Mode::Lines)
    }

    /// Whether `b` continues the paragraph of `a` although something was
    /// removed between them (a page break, a running head, a printed URL).
    pub(crate) fn continues(&self, a: &Shape<'_>, b: &Shape<'_>) -> bool {
        if b.starts_lowercase() {
            return !a.ends_sentence() || a.text.ends_with([',', ';']);
        }
        if a.ends_sentence() {
            return false;
        }
        match self.mode {
            // Filled lines: the page ended the line when the next word did
            // not fit; ragged lines (a PDF's): the line runs to the width.
            Mode::Wrapped {
                width,
                filled: true,
            } => !fits(a, b, width),
            Mode::Wrapped {
                width,
                filled: false,
            } => a.width * 5 >= width * 4,
            Mode::Lines => at_least_words(a.text, 15),
        }
    }
}

/// Whether the open lines tell a wrap: most of them come close to the
/// width (`near` of `open`), or enough lines at the width run on into a
/// line in lower case (`full`: the lines at the width that do not end a
/// sentence, and of them those that run on). A wrapped document may hold
/// more headings and list items (short, open lines) than lines inside its
/// paragraphs. One paragraph per line almost never has a line that does
/// not end a sentence followed by one in lower case, so when many long
/// open lines never are, they are items, not a wrap.
fn wrap_told(near: usize, open: usize, (full, running): (usize, usize)) -> bool {
    let many = full >= MIN_WRAPPED_LINES * 2;
    if many && running * 10 < full {
        return false;
    }
    near * 10 >= open * 6 || (many && running * 3 >= full)
}

/// Lines at `width` (four fifths of it or more, five words or more) that
/// do not end a sentence and go on directly on the next line, and how
/// many of them run on into it (it starts in lower case or in a script
/// without case).
fn full_lines(lines: &[Shape<'_>], adjacent: &[bool], width: usize) -> (usize, usize) {
    let (mut full, mut running) = (0usize, 0usize);
    for (i, pair) in lines.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        if !adjacent.get(i).copied().unwrap_or(false)
            || a.ends_sentence()
            || !wordy(a.text, 5)
            || a.width * 5 < width * 4
        {
            continue;
        }
        full += 1;
        if b.runs_on() {
            running += 1;
        }
    }
    (full, running)
}

/// The width lines of `widths` were wrapped at: the widest, leaving out
/// lines far wider than most (a URL, a line that was never wrapped).
/// `None` when there are no lines.
fn wrap_width(widths: &mut [usize]) -> Option<usize> {
    widths.sort_unstable();
    let p90 = *widths.get((widths.len() * 9 / 10).min(widths.len().checked_sub(1)?))?;
    widths
        .iter()
        .copied()
        .filter(|&w| w * 20 <= p90 * 23)
        .max()
        .or(Some(p90))
}

/// Whether the first word of `b` would have fitted on line `a`.
pub(crate) fn fits(a: &Shape<'_>, b: &Shape<'_>, width: usize) -> bool {
    // An indented first line that runs past the width was indented after
    // it was wrapped: its text alone was fitted to the width.
    let used = if a.width > width {
        a.width - a.indent
    } else {
        a.width
    };
    let space = usize::from(!b.starts_ideographic());
    used + space + b.first_word_width() <= width
}

/// Whether `c` is written without spaces around it: the CJK ideographs,
/// kana, bopomofo, the CJK marks and the full-width forms (Hangul is
/// written with spaces, and left out).
pub(crate) fn ideographic(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{312F}' | '\u{3190}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
            | '\u{FE30}'..='\u{FE4F}' | '\u{FF01}'..='\u{FF60}' | '\u{FFE0}'..='\u{FFE6}'
            | '\u{20000}'..='\u{3FFFD}')
}

/// Whether `text` has `n` words or more, counting two ideographs as a
/// word in Chinese and Japanese, which set no spaces between words.
fn wordy(text: &str, n: usize) -> bool {
    at_least_words(text, n)
        || (!text.is_ascii() && text.chars().filter(|&c| ideographic(c)).count() >= 2 * n)
}

/// Articles, and the conjunctions and prepositions that bind the next
/// word, of the languages written in Latin letters most often met:
/// nothing, neither a paragraph nor a heading, ends on one of them ("Le
/// comité syndical de la" / "Collectivité Eau du Bassin …"). Lower case
/// only: "Plan A" and "Vitamin E" end on a capital. Words that are also
/// English verbs or nouns ("die", "van", "da") are left out: a heading
/// may end on them.
const BINDING_WORDS: [&str; 39] = [
    "the", "a", "an", "and", "of", "le", "la", "les", "un", "une", "des", "de", "du", "et", "au",
    "aux", "el", "los", "las", "una", "del", "y", "der", "das", "den", "dem", "ein", "eine",
    "einer", "und", "il", "lo", "gli", "di", "della", "o", "os", "het", "een",
];

/// Whether `text` ends on one of the [`BINDING_WORDS`]. Only its last
/// seven bytes are looked at: no such word is longer than five.
fn ends_binding(text: &str) -> bool {
    let b = text.as_bytes();
    let tail = &b[b.len().saturating_sub(7)..];
    let last = match tail.iter().rposition(|&c| c == b' ') {
        Some(at) => &tail[at + 1..],
        None if b.len() <= 5 => b,
        None => return false,
    };
    (1..=5).contains(&last.len()) && BINDING_WORDS.iter().any(|w| w.as_bytes() == last)
}

/// In text wrapped at `width`, whether a paragraph ends after `a`.
fn wrapped_break(a: &Shape<'_>, b: &Shape<'_>, width: usize, filled: bool) -> bool {
    if a.width * 20 > width * 23 {
        // Longer than the width: this line was never wrapped.
        return a.ends_sentence() || !b.starts_lowercase();
    }
    if filled {
        // A program filled every line inside a paragraph: room left for
        // the next word means the paragraph (or a list item) ended. Not
        // after a long line that ends on a word, under which the text runs
        // on in lower case or with a figure ("… darüber, ob" / "eine
        // Schwangere …", "… sollen sie" / "60 Prozent …"): a page that
        // hyphenates leaves room at such line ends.
        let runs_on = b.starts_lowercase() || b.text.starts_with(|c: char| c.is_ascii_digit());
        let open = a.text.ends_with(|c: char| c.is_alphanumeric());
        if runs_on && open && a.width * 10 > width * 9 {
            return false;
        }
        return fits(a, b, width);
    }
    let short = a.width * 5 <= width * 4;
    let heading = a.width * 5 <= width * 3
        && at_most_words(a.text, 12)
        && !a.text.ends_with([',', ';', '-'])
        && !a.text.chars().next().is_some_and(char::is_lowercase);
    !b.starts_lowercase() && short && (a.ends_sentence() || heading)
}

/// Whether the lines inside paragraphs were filled greedily: where a line
/// clearly runs on into the next (no sentence end, the next starts in lower
/// case), the next line's first word almost never fits on it.
///
/// Lists whose items start in lower case (after a line ending in a colon,
/// or item after item) look like such runs and leave room on their lines,
/// so up to a tenth of the runs may fit: text set in a proportional font
/// (a PDF's) leaves room for the next word on a fifth to a third of them.
fn filled(lines: &[Shape<'_>], adjacent: &[bool], width: usize) -> bool {
    let (mut runs, mut fitting) = (0usize, 0usize);
    for (i, pair) in lines.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        if !adjacent.get(i).copied().unwrap_or(false)
            || a.ends_sentence()
            || a.text.ends_with(':')
            || !b.runs_on()
            || a.width * 5 < width * 3
        {
            // Short lines are paragraph ends or list items in any text; a
            // colon introduces a list.
            continue;
        }
        runs += 1;
        if fits(a, b, width) {
            fitting += 1;
        }
    }
    runs >= MIN_WRAPPED_LINES && fitting * 10 <= runs
}

/// Whether the document marks paragraphs by indenting their first line:
/// some lines are indented by two columns or more, at least a tenth are
/// flush (a text browser indents every line), and the indented lines that
/// run on into a flush line (first lines of paragraphs) start a sentence.
/// An indented line alone may start in lower case: a list item, which is a
/// paragraph of one line.
///
/// Paragraphs that start in lower case (a brand written so, a paragraph
/// cut by its source) make the first lines' case weaker evidence; then the
/// flush lines directly above an indented line decide: last lines of
/// paragraphs end a sentence, while under a hanging indent (continuation
/// lines indented) the flush line runs on into the indented one.
fn indented_paragraphs(lines: &[Shape<'_>]) -> bool {
    let indented = lines.iter().filter(|l| l.indent >= 2).count();
    let leading: Vec<&Shape<'_>> = lines
        .windows(2)
        .filter(|w| w[0].indent >= 2 && w[1].indent == 0)
        .map(|w| &w[0])
        .collect();
    let starts = leading.iter().filter(|l| !l.starts_lowercase()).count();
    let flush = lines.iter().filter(|l| l.indent == 0).count();
    let above: Vec<(&Shape<'_>, &Shape<'_>)> = lines
        .windows(2)
        .filter(|w| w[0].indent == 0 && w[1].indent >= 2)
        .map(|w| (&w[0], &w[1]))
        .collect();
    let mut flush_widths: Vec<usize> = lines
        .iter()
        .filter(|l| l.indent == 0 && at_least_words(l.text, 2))
        .map(|l| l.width)
        .collect();
    let width = wrap_width(&mut flush_widths);
    let closed = above
        .iter()
        .filter(|(a, b)| a.ends_sentence() || width.is_some_and(|w| fits(a, b, w)))
        .count();
    let first_lines = starts * 10 >= leading.len() * 9
        || (starts * 2 >= leading.len() && above.len() >= 2 && closed * 10 >= above.len() * 8);
    leading.len() >= 2
        && indented * 10 <= lines.len() * 9
        && flush * 10 >= lines.len()
        && first_lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`sentence_ends`] as it was first written, a character at a time:
    /// the reference the byte-wise count must equal.
    fn sentence_ends_by_chars(text: &str) -> usize {
        let (mut n, mut other) = (0, 0);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if matches!(c, '։' | '؟' | '۔' | '।' | '॥' | '።' | '။' | '។') {
                other += usize::from(chars.peek().is_none_or(|c| c.is_whitespace()));
                continue;
            }
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            while (chars.peek()).is_some_and(|c| matches!(c, '"' | '”' | '’' | '\'' | ')')) {
                chars.next();
            }
            match chars.peek() {
                None => n += 1,
                Some(' ') => {
                    let mut ahead = chars.clone();
                    ahead.next();
                    if ahead.peek().is_some_and(|c| !c.is_lowercase()) {
                        n += 1;
                    }
                }
                Some(_) => {}
            }
        }
        if n > 0 { n } else { other }
    }

    /// Whether a paragraph ends after the full line `a` (wrapped at 40
    /// columns, filled; the document's paragraphs have 2 sentences) when
    /// the paragraph up to `a` is `so_far` and `b` comes next.
    fn ends_after(so_far: &[&str], b: &str) -> bool {
        let layout = Layout {
            mode: Mode::Wrapped {
                width: 40,
                filled: true,
            },
            indents: false,
            markdown: false,
            sentences: 2,
            blank_lines: false,
        };
        let mut para = SoFar::default();
        for l in so_far {
            para.add(l);
        }
        let a = so_far.last().expect("a line");
        let (a, b) = (Shape::of(a, a), Shape::of(b, b));
        assert!(!fits(&a, &b, 40) && a.ends_sentence(), "{a:?} is not full");
        layout.breaks_between(&a, &b, &para)
    }

    #[test]
    fn a_short_flush_line_ends_its_paragraph_where_indents_mark_paragraphs() {
        let (a, b, c) = (
            "the tour ends at the Amphitheatre in St. Louis, St.",
            "Louis, MO",
            "Aug. 30 -- Pepsi Center, Denver, CO",
        );
        let layout = |indents| Layout {
            mode: Mode::Wrapped {
                width: 60,
                filled: false,
            },
            indents,
            markdown: false,
            sentences: 2,
            blank_lines: false,
        };
        let (a, b, c) = (Shape::of(a, a), Shape::of(b, b), Shape::of(c, c));
        assert!(layout(false).heading_between(&a, &b, &c));
        assert!(!layout(true).heading_between(&a, &b, &c));
    }

    /// Whether `b` between `a` and `c` is a heading of its own in text
    /// wrapped at 60 columns (filled or not).
    fn heading_between(a: &str, b: &str, c: &str) -> bool {
        let answers: Vec<bool> = [true, false]
            .into_iter()
            .map(|filled| {
                let layout = Layout {
                    mode: Mode::Wrapped { width: 60, filled },
                    indents: false,
                    markdown: false,
                    sentences: 2,
                    blank_lines: false,
                };
                let (a, b, c) = (Shape::of(a, a), Shape::of(b, b), Shape::of(c, c));
                layout.heading_between(&a, &b, &c)
            })
            .collect();
        assert_eq!(answers[0], answers[1], "{b}");
        answers[0]
    }

    #[test]
    fn a_short_capitalised_line_between_sentences_is_a_heading_in_any_script() {
        for (a, b, c) in [
            (
                "the port was closed to all traffic for the night.",
                "Turkey takes over the sweeping",
                "The task group will start work on Monday at dawn,",
            ),
            (
                "η κυβέρνηση ανακοίνωσε νέα μέτρα για τα λιμάνια.",
                "Η Ελλάδα στέλνει ναρκαλιευτικό",
                "Το πλοίο θα αποπλεύσει από τη Σαλαμίνα την Τρίτη,",
            ),
            (
                "порт закрыли для всех судов до утра понедельника.",
                "Что будет с экспортом зерна",
                "Эксперты считают, что маршрут через Дунай выдержит",
            ),
            (
                "Les assureurs ont relevé leurs primes de guerre.",
                "Les Assureurs Face Au Risque",
                "Selon les courtiers, la prime a triplé en une semaine",
            ),
        ] {
            assert!(heading_between(a, b, c), "{b}");
        }
        // Counter-examples: a paragraph's last line ending in a quotation
        // or cut off with a colon, a wrapped name, a short line after a
        // line ending no sentence, a line in lower case under it, a short
        // sentence.
        for (a, b, c) in [
            (
                "He ended his speech with a warning to the owners.",
                "“We will not pay for your risks”",
                "The owners did not answer the letter on Friday,",
            ),
            (
                "The ministry listed the ports that stay open.",
                "They are the following:",
                "Constanța, Varna and Burgas, all three on the coast",
            ),
            (
                "The ministers met again in Varna on Monday.",
                "The statement came from Jean",
                "Van Damme, who chairs the committee, on Tuesday",
            ),
            (
                "the port was closed to all traffic for the night",
                "Turkey takes over the sweeping",
                "The task group will start work on Monday at dawn,",
            ),
            (
                "the port was closed to all traffic for the night.",
                "Turkey takes over the sweeping",
                "and the task group will start work on Monday at dawn",
            ),
            (
                "the port was closed to all traffic for the night.",
                "Nobody was hurt.",
                "The task group will start work on Monday at dawn,",
            ),
        ] {
            assert!(!heading_between(a, b, c), "{b}");
        }
    }

    #[test]
    fn full_lines_ending_a_sentence_end_a_paragraph_by_what_the_text_says() {
        // One sentence so far, fewer than the document's paragraphs have:
        // the paragraph goes on, unless the text says otherwise.
        assert!(!ends_after(
            &["The ministers met in Geneva on Monday."],
            "Officials said talks were productive."
        ));
        // A heading or label next: short, no sentence end.
        assert!(ends_after(
            &["The ministers met in Geneva on Monday."],
            "What happens next"
        ));
        // Counter-example: a short last line of a sentence is no heading.
        assert!(!ends_after(
            &["The ministers met in Geneva on Monday."],
            "Talks resume soon."
        ));
        // A quotation closing the line ends the paragraph …
        assert!(ends_after(
            &["“We will not give up,” the minister said. “Never.”"],
            "Officials said talks were productive."
        ));
        assert!(ends_after(
            &["He said: \"We will meet again in March.\""],
            "Officials said talks were productive."
        ));
        // … but not while a quotation opened before is still open.
        assert!(!ends_after(
            &[
                "“We will not give up. We have come far",
                "and we have the people with us. Never."
            ],
            "Officials said talks were productive."
        ));
        // A quotation running over paragraphs opens again on the next one.
        assert!(ends_after(
            &["“We will not give up. We have come far."],
            "“The talks will go on,” he said."
        ));
        // German marks: „ opens and “ closes.
        assert!(ends_after(
            &["„Wir geben nicht auf“, sagte er. „Nie.“"],
            "Die Gespräche gehen weiter, hieß es."
        ));
        assert!(!ends_after(
            &["„Wir geben nicht auf. Wir sind so weit."],
            "Die Gespräche gehen weiter, hieß es."
        ));
        // A figure or a day cut from its word goes on.
        assert!(!ends_after(
            &["The ministers met in Geneva on Monday. Oct."],
            "27 was the date set for the vote."
        ));
        // Two sentences, as many as the document's paragraphs: it ends.
        assert!(ends_after(
            &["They met on Monday. They met on Tuesday."],
            "Officials said talks were productive."
        ));
    }

    #[test]
    fn sentence_ends_are_counted_as_by_characters() {
        for (t, want) in [
            ("One. Two! Three? Four…", 4),
            ("He said \"no.\" Then left.", 2),
            ("He said “no.” Then ’twas (so.) Over", 2),
            ("e.g. this and Dr. Smith", 1),
            ("3.5 per cent. é lower. Élan.", 2),
            ("Ends with a space. ", 0),
            ("Wait… what? no", 0),
            ("Wait… What? No", 2),
            ("?.!", 1),
            ("…", 1),
            ("", 0),
            ("Cut at a quote.\"", 1),
            ("Ein Satz. Über Nacht. über", 1),
            // Armenian, Arabic and Urdu marks, with no capitals after them.
            ("Առաջին նախադասություն։ երկրորդը։", 2),
            ("Երևան։Գորիս", 0),
            ("هل انتهى؟ نعم", 1),
            ("یہ جملہ ہے۔", 1),
            // The danda of Hindi, Bengali or Nepali, and the full stops
            // of Amharic, Burmese and Khmer; a mark glued to the next
            // word is none.
            ("सड़क बंद है। यात्री रुके हैं।", 2),
            ("দুটি বাক্য। আরেকটি॥", 2),
            ("सड़क।बंद", 0),
            ("መንገዱ ተዘግቷል። ተጓዦች", 1),
            ("လမ်းပိတ်သည်။", 1),
            ("ផ្លូវបិទ។ អ្នកដំណើរ", 1),
            // A Latin sentence end counts alone.
            ("सड़क बंद है। Done. Next", 1),
        ] {
            assert_eq!(sentence_ends(t), want, "{t}");
            assert_eq!(sentence_ends_by_chars(t), want, "{t}");
        }
        // And on every line of the seeds.
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/sources")).unwrap() {
            for f in std::fs::read_dir(entry.unwrap().path()).unwrap() {
                let text = std::fs::read_to_string(f.unwrap().path()).unwrap_or_default();
                for line in text.lines() {
                    assert_eq!(sentence_ends(line), sentence_ends_by_chars(line), "{line}");
                }
            }
        }
    }

    /// Splits `text` into paragraphs by the layout it shows (blank lines
    /// always separate).
    fn paragraphs(text: &str) -> Vec<String> {
        let raw: Vec<&str> = text.lines().collect();
        let squashed: Vec<String> = raw
            .iter()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let mut shapes = Vec::new();
        let mut adjacent = Vec::new();
        let mut blank_before = Vec::new();
        let mut blank = false;
        for (r, s) in raw.iter().zip(&squashed) {
            if s.is_empty() {
                blank = true;
                continue;
            }
            if !shapes.is_empty() {
                adjacent.push(!blank);
            }
            blank_before.push(blank);
            blank = false;
            shapes.push(Shape::of(r, s));
        }
        let layout = Layout::of(&shapes, &adjacent, false);
        let mut out: Vec<String> = Vec::new();
        let mut so_far = SoFar::default();
        for (i, s) in shapes.iter().enumerate() {
            let new =
                i == 0 || blank_before[i] || layout.breaks_between(&shapes[i - 1], s, &so_far);
            if new {
                so_far = SoFar::default();
            }
            so_far.add(s.text);
            if new {
                out.push(s.text.to_string());
            } else {
                let last = out.last_mut().expect("a paragraph");
                last.push(' ');
                last.push_str(s.text);
            }
        }
        out
    }

    const WRAPPED: &str = "\
The talks in Geneva ended on Friday without an agreement on the
border, officials from both delegations said after the last session.
The next round is due in March.
Both sides blamed each other for the lack of progress. A diplomat who
attended the meetings said the mood had been tense from the start and
that neither side had moved on the main questions.
What comes next
Observers expect a return to the table once the winter is over, but
few think a deal can be reached this year.
";

    #[test]
    fn hard_wrapped_text_ends_paragraphs_at_short_lines() {
        let p = paragraphs(WRAPPED);
        assert_eq!(p.len(), 4, "{p:#?}");
        assert!(p[0].ends_with("due in March."));
        assert_eq!(p[2], "What comes next");
        assert!(p[3].starts_with("Observers expect"));
    }

    /// `paragraphs` wrapped greedily at `width` columns, paragraphs on
    /// single newlines.
    fn wrap(paragraphs: &[&str], width: usize) -> String {
        let mut out = String::new();
        for p in paragraphs {
            let mut line = String::new();
            for w in p.split_whitespace() {
                if !line.is_empty() && line.len() + 1 + w.len() > width {
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(w);
            }
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    const PARAGRAPHS: [&str; 4] = [
        "The talks in Geneva ended on Friday without an agreement on the border, officials from both delegations said after the last session of the week.",
        "Both sides blamed each other for the lack of progress. A diplomat who attended said the mood had been tense from the start and that neither side had moved.",
        "Observers expect a return to the table once the winter is over, but few think that a deal can be reached this year, or even the next.",
        "The next round is due in March.",
    ];

    #[test]
    fn a_mark_set_apart_from_its_word_counts_with_it() {
        for (line, width) in [
            ("« versement nucléaire universel »", 11),
            ("— Oui, dit-il.", 1),
            ("„ Ja", 4),
            ("«versement nucléaire", 10),
            ("“Yes,” she said.", 6),
            ("»", 1),
            ("Plain words", 5),
        ] {
            assert_eq!(Shape::of(line, line).first_word_width(), width, "{line}");
        }
    }

    #[test]
    fn text_wrapped_by_a_program_splits_where_the_next_word_would_have_fitted() {
        for width in [40, 44, 60, 66, 70] {
            let p = paragraphs(&wrap(&PARAGRAPHS, width));
            assert_eq!(p, PARAGRAPHS, "width {width}");
        }
    }

    #[test]
    fn a_line_ending_on_an_article_or_and_runs_on_whatever_room_it_leaves() {
        // A paragraph set around a photo, narrower than the page's other
        // text: its short lines ending on "de la", "the" or "and" run on,
        // also into a name; a short line ending a phrase on a capital
        // ("Plan A") or a noun ends its paragraph.
        let mut ps: Vec<String> = PARAGRAPHS.iter().map(|p| p.to_string()).collect();
        let mut text = wrap(&PARAGRAPHS, 60);
        for (short, rest) in [
            (
                "Le comité syndical de la",
                "Collectivité Eau du Bassin rennais a voté une hausse.",
            ),
            (
                "The council voted to close the",
                "Riverside Library at the end of the month.",
            ),
            (
                "Residents and",
                "Officials met on Monday to discuss the plans.",
            ),
        ] {
            text.push_str(&format!("{short}\n{rest}\n"));
            ps.push(format!("{short} {rest}"));
        }
        assert_eq!(paragraphs(&text), ps);
        for short in ["Plan A", "Why plants die"] {
            let text = format!(
                "{}{short}\nThe council met on Monday to discuss it.\n",
                wrap(&PARAGRAPHS, 60)
            );
            assert!(paragraphs(&text).contains(&short.to_string()), "{short}");
        }
    }

    #[test]
    fn lists_in_lower_case_do_not_hide_that_lines_were_filled() {
        // Items of a list start in lower case and leave room on their
        // lines, as a paragraph's last line does; the paragraphs around the
        // list are still wrapped by a program.
        let items = [
            "Allowed at any time and in any amount:",
            "any fish, from the sea or from rivers and lakes",
            "any poultry, game birds included",
            "eggs of any kind, cooked in any way you like",
            "hard cheese of most kinds (some are limited by weight)",
        ];
        let around: Vec<&str> = PARAGRAPHS.iter().copied().cycle().take(12).collect();
        let mut ps = around.clone();
        ps.extend(items);
        ps.extend(around);
        for width in [60, 66, 72] {
            let p = paragraphs(&wrap(&ps, width));
            assert_eq!(p, ps, "width {width}");
        }
    }

    #[test]
    fn ragged_lines_that_leave_room_for_the_next_word_are_not_filled() {
        // A proportional font (a PDF copied as text) leaves room for the
        // next word on many lines inside a paragraph: a line ending a
        // sentence well short of the width ends its paragraph, a line that
        // merely leaves room does not.
        let text = "\
The talks in Geneva ended on Friday without an
agreement on the border, officials from both delegations said
after the last session of the week, which had run late into
the night. The next round is due in March.
Both sides blamed each other for the lack of progress in
the talks. A diplomat who attended the meetings said the mood
had been tense from the start and that neither side had
moved on any of the main questions before the delegations
left the city.
Observers expect a return to the table once the winter is
over, but few think that a deal can be reached this year.
";
        let p = paragraphs(text);
        assert_eq!(p.len(), 3, "{p:#?}");
        assert!(p[1].starts_with("Both sides") && p[1].ends_with("left the city."));
    }

    #[test]
    fn a_sentence_end_inside_a_filled_line_does_not_end_the_paragraph() {
        // At 54 columns "progress." ends a full line: the next word did not fit.
        let text = wrap(&PARAGRAPHS, 54);
        assert!(text.contains("progress.\n"), "{text}");
        let p = paragraphs(&text);
        assert!(p.iter().all(|p| !p.ends_with("progress.")), "{p:#?}");
    }

    #[test]
    fn one_paragraph_per_line_splits_every_line() {
        let text = "\
The talks in Geneva ended on Friday without an agreement on the border, officials from both delegations said after the last session.
Both sides blamed each other for the lack of progress.
Key points
A diplomat who attended the meetings said the mood had been tense from the start and that neither side had moved on the main questions of the talks.
";
        let p = paragraphs(text);
        assert_eq!(p.len(), 4, "{p:#?}");
        assert_eq!(p[2], "Key points");
    }

    #[test]
    fn a_long_list_below_wrapped_paragraphs_does_not_hide_the_wrap() {
        // More short list lines than lines inside paragraphs: the lines at
        // the width that run on into lower case still tell the wrap.
        let mut text = String::from(
            "The group stage of qualifying finished on Tuesday, and twenty teams have\n\
             booked their spots in next summer's tournament, which for the first time\n\
             will be held across Europe. Wales beat Hungary to earn the last spot on\n\
             Tuesday, as the country makes it back to a tournament where it made the\n\
             semifinals in 2016, the last time it played.\n\
             Each group of teams below will play a semifinal and a final for a spot\n\
             at the tournament according to the organisers, with each path having one\n\
             berth, and a draw will decide which team fills the empty slot in the\n\
             third path before the playoffs start.\n\
             Qualified teams\n",
        );
        for (team, n) in [
            ("England", "Tenth"),
            ("Ukraine", "Third"),
            ("Spain", "Eleventh"),
            ("Sweden", "Seventh"),
            ("Poland", "Fourth"),
            ("France", "Tenth"),
            ("Turkey", "Fifth"),
            ("Belgium", "Sixth"),
            ("Russia", "Twelfth"),
            ("Italy", "Tenth"),
            ("Croatia", "Sixth"),
            ("Austria", "Third"),
        ] {
            text.push_str(&format!("{team} (Group A): {n} appearance in a row\n"));
        }
        let p = paragraphs(&text);
        assert_eq!(p.len(), 2 + 1 + 12, "{p:#?}");
        assert!(p[0].ends_with("the last time it played."), "{p:#?}");
        // One paragraph per line whose open lines are long but are followed
        // by capitals (headings, a list of long items) stays one per line.
        let text = "\
Path B: Bosnia and Herzegovina, Slovakia, Republic of Ireland, Northern Ireland
Path C: Scotland, Norway, Serbia, and the winner of the draw between Bulgaria
Path D: Georgia, North Macedonia, Kosovo, Belarus and the fourth of the teams
Path E: Iceland, Bulgaria, Israel, Hungary and Romania, drawn in one group
Path F: Wales, Hungary, Slovakia and Croatia, who all missed out in November
Path G: Austria, Finland, Turkey and Iceland, who are through to the finals
The draw for the playoffs takes place in Nyon on Friday and will be shown live.
";
        assert_eq!(paragraphs(text).len(), 7, "{:#?}", paragraphs(text));
    }

    #[test]
    fn short_lines_that_are_not_sentences_are_not_a_wrap() {
        // A list of short items is not hard-wrapped text: each stays apart.
        let text =
            "Oil prices rose sharply\nGas prices fell\nCoal stayed the same\nPower prices rose\n";
        assert_eq!(paragraphs(text).len(), 4);
    }

    #[test]
    fn indented_one_line_paragraphs_each_start_one_and_uniform_indent_is_no_mark() {
        let text = "\
    The talks in Geneva ended on Friday without an agreement on the
border, officials from both delegations said after the last session.
    Both sides blamed each other.
    Observers expect a return to the table once the winter is over, but
few think a deal can be reached this year in the present climate.
";
        assert_eq!(paragraphs(text).len(), 3, "{:#?}", paragraphs(text));
        // Every line indented alike (a text browser's margin): no mark.
        let lines: Vec<String> = text
            .lines()
            .map(|l| format!("   {}", l.trim_start()))
            .collect();
        let shapes: Vec<Shape<'_>> = lines.iter().map(|l| Shape::of(l, l.trim())).collect();
        assert!(!indented_paragraphs(&shapes));
    }

    #[test]
    fn indented_list_items_in_lower_case_do_not_hide_indented_paragraphs() {
        // Paragraphs wrapped at 40 columns with their first line indented,
        // and a list of items in lower case, each an indented line.
        let ps = [
            "Our survival kit for the hike was very simple, and we packed it in the car the night before we left.",
            "bottled water",
            "a baby carrier",
            "healthy snack bars",
            "In the two years we have lived here we had never visited the rocks, so we made a stop for water first.",
            "Both of the children carried their own bottles, and the cooler bag kept the water cold all the way up.",
        ];
        let text: String = ps
            .iter()
            .map(|p| format!("    {}", wrap(&[p], 40)))
            .collect();
        let got = paragraphs(&text);
        assert_eq!(got, ps, "{text}");
        // Continuation lines indented under a flush first line (a hanging
        // indent) are no first-line indent.
        let hanging = "\
The talks in Geneva ended on Friday without an agreement on the
    border, officials from both delegations said after the last session.
Observers expect a return to the table once the winter is over, but
    few think a deal can be reached this year in the present climate.
";
        let raw: Vec<&str> = hanging.lines().collect();
        let shapes: Vec<Shape<'_>> = raw.iter().map(|l| Shape::of(l, l.trim())).collect();
        assert!(!indented_paragraphs(&shapes));
    }

    #[test]
    fn paragraphs_starting_in_lower_case_do_not_hide_indented_first_lines() {
        // A third of the paragraphs start in lower case (a brand, a
        // paragraph cut by its source); the lines above each indented line
        // end a paragraph, so the indents still mark paragraphs.
        let ps = [
            "The company reported its results for the quarter on Tuesday, and the figures were better than analysts had expected.",
            "eBay said that sales on its marketplace grew by a tenth over the year, helped by a strong season before the holidays",
            "Shares rose in early trading in New York after the figures were published, and they held their gains into the afternoon.",
            "iPhone sales, by contrast, fell for the second quarter running, the rival said in a separate statement on the same day.",
            "Analysts said the two sets of figures showed how far the market had shifted since the start of the year.",
            "Both companies will report again in the spring, when the effect of the new tariffs should be clearer.",
        ];
        let text: String = ps
            .iter()
            .map(|p| format!("    {}", wrap(&[p], 44)))
            .collect();
        assert_eq!(paragraphs(&text), ps, "{text}");
        // Counter-example: a hanging indent, some continuation lines
        // starting with a name. The flush lines above the indented ones run
        // on into them, so the indents are no first lines.
        let hanging = "\
The talks in Geneva ended on Friday without an agreement on the
    Border question, officials from both delegations said after the
    last session of the week.
Observers expect a return to the table once the winter is over, but
    Few think a deal can be reached this year in the present climate.
Both sides blamed each other for the lack of progress, and the
    mood had been tense from the start of the talks in the city.
A diplomat who attended said that neither side had moved on the
    Main questions that divide them.
";
        let raw: Vec<&str> = hanging.lines().collect();
        let shapes: Vec<Shape<'_>> = raw.iter().map(|l| Shape::of(l, l.trim())).collect();
        assert!(!indented_paragraphs(&shapes));
    }

    #[test]
    fn first_lines_indented_after_the_wrap_and_full_sentence_lines_go_on() {
        // Each paragraph wrapped at 40 columns, then its first line indented
        // by four (so it may run past the width). The first paragraph has a
        // full line that ends a sentence inside it.
        let ps = [
            "The talks in Geneva ended on Friday without an agreement on the border. Mediators left on Saturday without a statement to the press.",
            "Both sides blamed each other for the lack of progress, and a diplomat who attended said the mood had been tense from the start of the talks.",
            "Observers expect a return to the table once the winter is over, but few think a deal can be reached this year.",
        ];
        let text: String = ps
            .iter()
            .map(|p| format!("    {}", wrap(&[p], 40)))
            .collect();
        assert!(
            text.lines()
                .any(|l| l.ends_with("border.") && l.len() + 10 > 40),
            "{text}"
        );
        let p = paragraphs(&text);
        assert_eq!(p.len(), 3, "{text}\n{p:#?}");
        assert_eq!(p[0], ps[0]);
    }

    #[test]
    fn indented_first_lines_start_paragraphs() {
        let text = "\
    The talks in Geneva ended on Friday without an agreement on the
border, officials from both delegations said after the last session
    Both sides blamed each other for the lack of progress, and a diplomat
who attended said the mood had been tense from the start of the talks
    Observers expect a return to the table once the winter is over, but
few think a deal can be reached this year in the present climate
";
        assert_eq!(paragraphs(text).len(), 3, "{:#?}", paragraphs(text));
    }

    #[test]
    fn a_page_break_inside_a_sentence_continues_the_paragraph() {
        let text = wrap(&PARAGRAPHS, 60);
        let lines: Vec<&str> = text.lines().collect();
        let shapes: Vec<Shape<'_>> = lines.iter().map(|l| Shape::of(l, l)).collect();
        let adjacent = vec![true; shapes.len() - 1];
        let layout = Layout::of(&shapes, &adjacent, false);
        assert!(
            matches!(layout.mode, Mode::Wrapped { filled: true, .. }),
            "{layout:?}"
        );
        // Each line, and the line after it as if a page break were between.
        for pair in shapes.windows(2) {
            let cut = layout.continues(&pair[0], &pair[1]);
            assert_eq!(
                cut,
                !layout.breaks_between(&pair[0], &pair[1], &SoFar::of_sentences(1)),
                "{pair:?}"
            );
        }
    }

    #[test]
    fn headings_without_a_period_are_not_continued_across_a_removed_line() {
        let lines = ["Key points", "Both sides blamed each other."];
        let shapes: Vec<Shape<'_>> = lines.iter().map(|l| Shape::of(l, l)).collect();
        let layout = Layout::of(&shapes, &[false], false);
        assert_eq!(layout.mode, Mode::Lines);
        assert!(!layout.continues(&shapes[0], &shapes[1]));
    }
}
