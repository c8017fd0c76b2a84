//! Framing: which outlet uses which of a lexicon's terms, how often, in what
//! share of its articles, and in scare quotes or not.
//!
//! A theme's `[[themes.<id>.framing]]` lexicons (see README.md) list terms
//! such as "occupation" and "liberation". Each term is counted in the
//! theme's paragraphs (those the other analyses read, [`super::Ctx`]) of
//! every outlet, in two forms: plain, and in scare quotes (“term”).
//!
//! **Matching.** A term matches whole words, ignoring case and accents
//! (the folding of the index): "occupation" matches "Occupation" and
//! "occupation's", not "occupational"; "occupied" does not match
//! "preoccupied". Between the words of a phrase, any run of white space
//! matches a space and any hyphen or dash (`-`, U+2010–U+2015, U+2212)
//! matches a hyphen. A hyphen is a word boundary ("occupied" matches in
//! "Russian-occupied"), except after a prefix that turns the word into
//! another ("de-occupation", "post-occupation", "anti-occupation" are not
//! "occupation"). Where terms overlap, the longest wins: with both
//! "occupation" and "de-occupation" in the lexicon, "de-occupation" counts
//! once, as itself.
//!
//! **Scare quotes.** A use is quoted when quotation marks (straight `"` and
//! `'`, or typographic “ ” „ « » ‘ ’ ‹ ›) hug it or a short phrase around
//! it: at most [`MAX_QUOTED_WORDS`] words in all (or the term's own words
//! when it is longer), with nothing but words, spaces, hyphens and
//! apostrophes inside. A quotation of a sentence that holds the term is not
//! a scare quote: it is longer, or it holds punctuation (“The occupation
//! must end,” he said).
//!
//! **Shares.** An outlet's share of a form is the number of its articles
//! using the form over its articles the analyses read (those with at least
//! one of the theme's paragraphs, at most [`super::ANALYZED_PER_OUTLET`]).

use schemars::JsonSchema;
use serde::Serialize;

use super::{Cited, Ctx};
use crate::config::Lexicon;
use crate::text::{Folder, next_word, sentence_spans};

/// Words a quotation may hold and still be a scare quote around a term.
pub(crate) const MAX_QUOTED_WORDS: usize = 3;
/// An example sentence longer than this (in words) is used only when the
/// outlet has no shorter one, and is shortened around the term.
pub(crate) const EXAMPLE_WORDS: usize = 45;
/// Words kept on either side of the term in a shortened example.
const CONTEXT_WORDS: usize = 20;

/// Hyphens and dashes that join the words of a hyphenated term.
const DASHES: &[char] = &[
    '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
];

/// Prefixes that, joined by a hyphen, make another word of a term: a term
/// does not match right after them ("de-occupation" is not "occupation").
const PREFIXES: &[&str] = &[
    "anti", "counter", "de", "ex", "neo", "non", "post", "pre", "pro", "pseudo", "quasi", "re",
    "semi", "un",
];

/// Whether `c` is a quotation mark (straight or typographic).
pub(crate) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›'
    )
}

/// The closing marks of an opening quotation mark `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '"' => &['"'],
        '\'' => &['\''],
        '“' => &['”'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '‘' => &['’'],
        '‚' => &['‘', '’'],
        '‹' => &['›'],
        _ => &[],
    }
}

/// What stands between two words of a term or a text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Gap {
    /// White space.
    Space,
    /// One hyphen or dash.
    Dash,
    /// Anything else, as written (apostrophes made straight, spaces single).
    Other(String),
}

impl Gap {
    fn of(s: &str) -> Gap {
        if !s.is_empty() && s.chars().all(char::is_whitespace) {
            return Gap::Space;
        }
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next())
            && DASHES.contains(&c)
        {
            return Gap::Dash;
        }
        let straight = s.replace('’', "'");
        Gap::Other(straight.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// A term, as matched: its folded words and what stands between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    words: Vec<String>,
    gaps: Vec<Gap>,
}

impl Pattern {
    /// The pattern of `term`; none when it holds no word.
    pub(crate) fn new(term: &str) -> Option<Pattern> {
        let toks = tokens(term);
        if toks.is_empty() {
            return None;
        }
        let gaps = toks
            .windows(2)
            .map(|w| Gap::of(&term[w[0].end..w[1].start]))
            .collect();
        Some(Pattern {
            words: toks.into_iter().map(|t| t.folded).collect(),
            gaps,
        })
    }
}

/// A word of a text: its byte range and folded form.
#[derive(Debug, Clone)]
struct Token {
    start: usize,
    end: usize,
    folded: String,
}

fn tokens(text: &str) -> Vec<Token> {
    let mut folder = Folder::default();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(w) = next_word(text, pos) {
        out.push(Token {
            start: w.start,
            end: w.end,
            folded: folder.fold(text, &w).to_string(),
        });
        pos = w.next;
    }
    out
}

/// A use of a term in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The term's index in the lexicon.
    pub(crate) term: usize,
    /// Whether it stands in scare quotes.
    pub(crate) quoted: bool,
    /// Its byte range in the text, with the quotation marks when quoted.
    pub(crate) start: usize,
    /// End byte.
    pub(crate) end: usize,
}

/// Finds a lexicon's terms in texts.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    /// (term index, pattern), the longest patterns first.
    patterns: Vec<(usize, Pattern)>,
}

impl Matcher {
    /// A matcher of `terms` (a term without a word is never found).
    pub(crate) fn new(terms: &[String]) -> Matcher {
        let mut patterns: Vec<(usize, Pattern)> = terms
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Some((i, Pattern::new(t)?)))
            .collect();
        patterns.sort_by_key(|(i, p)| {
            let len: usize = p.words.iter().map(String::len).sum();
            (std::cmp::Reverse(p.words.len()), std::cmp::Reverse(len), *i)
        });
        Matcher { patterns }
    }

    /// Every use of a term in `text`, in order, none overlapping.
    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let toks = tokens(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let found = self
                .patterns
                .iter()
                .find(|(_, p)| matches_at(text, &toks, i, p));
            match found {
                Some((term, p)) => {
                    let (start, end) = (toks[i].start, toks[i + p.words.len() - 1].end);
                    let q = quotes(text, start, end, p.words.len());
                    out.push(Hit {
                        term: *term,
                        quoted: q.is_some(),
                        start: q.map_or(start, |q| q.0),
                        end: q.map_or(end, |q| q.1),
                    });
                    i += p.words.len();
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Whether pattern `p` matches the words of `text` from token `i` on.
fn matches_at(text: &str, toks: &[Token], i: usize, p: &Pattern) -> bool {
    let Some(run) = toks.get(i..i + p.words.len()) else {
        return false;
    };
    let words = run.iter().zip(&p.words).all(|(t, w)| &t.folded == w);
    let gaps = run
        .windows(2)
        .zip(&p.gaps)
        .all(|(w, g)| Gap::of(&text[w[0].end..w[1].start]) == *g);
    let prefixed = i > 0
        && Gap::of(&text[toks[i - 1].end..toks[i].start]) == Gap::Dash
        && PREFIXES.contains(&toks[i - 1].folded.as_str());
    words && gaps && !prefixed
}

/// Whether a character may stand inside a scare quote: part of a word, a
/// space, a hyphen, or an apostrophe within or right after a word.
fn inside_quote(c: char, before: Option<char>, after: Option<char>) -> bool {
    let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    c.is_alphanumeric()
        || c.is_whitespace()
        || DASHES.contains(&c)
        || (matches!(c, '\'' | '’') && word(before) && (word(after) || c == '’'))
}

/// Where the scare quotes around the use `start..end` (of `words` words) of
/// `text` are (from the opening mark to after the closing one), if it
/// stands in scare quotes (see the module documentation).
fn quotes(text: &str, start: usize, end: usize, words: usize) -> Option<(usize, usize)> {
    const REACH: usize = 80;
    let before: Vec<(usize, char)> = text[..start].char_indices().rev().take(REACH).collect();
    let mut open = None;
    for (k, &(at, c)) in before.iter().enumerate() {
        let prev = before.get(k + 1).map(|x| x.1);
        let next = text[at + c.len_utf8()..].chars().next();
        if !closers(c).is_empty() && !prev.is_some_and(char::is_alphanumeric) {
            open = Some((at, c));
            break;
        }
        if !inside_quote(c, prev, next) {
            return None;
        }
    }
    let (open_at, open_c) = open?;
    let after: Vec<(usize, char)> = text[end..]
        .char_indices()
        .take(REACH)
        .map(|(k, c)| (end + k, c))
        .collect();
    for (k, &(at, c)) in after.iter().enumerate() {
        let prev = text[..at].chars().next_back();
        let next = after.get(k + 1).map(|x| x.1);
        if closers(open_c).contains(&c) && !next.is_some_and(char::is_alphanumeric) {
            let inner = &text[open_at + open_c.len_utf8()..at];
            let short = tokens(inner).len() <= words.max(MAX_QUOTED_WORDS);
            return short.then_some((open_at, at + c.len_utf8()));
        }
        if !inside_quote(c, prev, next) {
            return None;
        }
    }
    None
}

/// A framing lexicon's counts on the theme.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct LexiconCounts {
    /// Lexicon id.
    pub(crate) id: String,
    /// Title (the id when none is written).
    pub(crate) title: String,
    /// Per outlet, in column order: the denominator of its shares.
    pub(crate) outlets: Vec<LexiconOutlet>,
    /// The term forms: each term plain, in the lexicon's order, each
    /// followed by its quoted form when some outlet uses it.
    pub(crate) forms: Vec<Form>,
}

/// An outlet's articles, for a lexicon.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct LexiconOutlet {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Its articles the analyses read (with at least one of the theme's
    /// paragraphs): the denominator of its shares.
    pub(crate) articles: usize,
    /// Of them, the articles using any term of the lexicon.
    pub(crate) using: usize,
}

/// A term form: a term, plain or in scare quotes.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct Form {
    /// The term as written in juxta.toml.
    pub(crate) term: String,
    /// Whether this is its use in scare quotes.
    pub(crate) quoted: bool,
    /// How to show it: the term, or “term” when quoted.
    pub(crate) label: String,
    /// Uses by all outlets.
    pub(crate) count: usize,
    /// Articles using it, of all outlets.
    pub(crate) articles: usize,
    /// Per outlet, in column order.
    pub(crate) cells: Vec<FormCell>,
}

/// An outlet's use of a term form.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct FormCell {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Uses in its theme paragraphs.
    pub(crate) count: usize,
    /// Articles using it.
    pub(crate) articles: usize,
    /// `articles` over the outlet's `articles` in `outlets` (0 to 1, three
    /// decimals; 0 when the outlet has none).
    pub(crate) share: f64,
    /// The sentence of its first use (its first short one, when the first
    /// is longer than [`EXAMPLE_WORDS`] words); none when it has no use or
    /// the briefing's bounds left it out.
    pub(crate) example: Option<Example>,
}

/// An example sentence, split around the term as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub(crate) struct Example {
    /// Where it is.
    #[serde(flatten)]
    pub(crate) at: Cited,
    /// The sentence before the term ("… " when shortened).
    pub(crate) before: String,
    /// The term as written, with its quotation marks when quoted.
    pub(crate) text: String,
    /// The sentence after the term (" …" when shortened).
    pub(crate) after: String,
}

/// Every framing lexicon of the theme, counted in its paragraphs.
pub(crate) fn framing(ctx: &Ctx<'_>) -> Vec<LexiconCounts> {
    ctx.theme.framing.iter().map(|l| count(ctx, l)).collect()
}

/// A use that may serve as an example.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    doc: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    /// Whether its sentence has at most [`EXAMPLE_WORDS`] words.
    short: bool,
}

/// A lexicon's counts, per form (term × 2, + 1 when quoted) and outlet column.
struct Tally {
    count: Vec<Vec<usize>>,
    articles: Vec<Vec<usize>>,
    example: Vec<Vec<Option<Candidate>>>,
    /// Per column: articles read, and of them those using any term.
    denominator: Vec<usize>,
    using: Vec<usize>,
}

/// Counts `lex` in the theme's paragraphs, article by article, in corpus
/// order (so the first use is the first article's).
fn count(ctx: &Ctx<'_>, lex: &Lexicon) -> LexiconCounts {
    let matcher = Matcher::new(&lex.terms);
    let ncol = ctx.theme.outlets.len();
    let nform = lex.terms.len() * 2;
    let mut t = Tally {
        count: vec![vec![0; ncol]; nform],
        articles: vec![vec![0; ncol]; nform],
        example: vec![vec![None; ncol]; nform],
        denominator: vec![0; ncol],
        using: vec![0; ncol],
    };
    for &di in &ctx.theme_docs {
        let col = ctx.doc_col[di];
        if col >= ncol || ctx.scoped[di].is_empty() {
            continue;
        }
        t.denominator[col] += 1;
        let doc = ctx.doc(di);
        let mut seen = vec![false; nform];
        for pi in ctx.scoped.paras(di) {
            let Some(p) = doc.paragraphs.get(pi) else {
                continue;
            };
            for h in matcher.find(&p.text) {
                let f = h.term * 2 + usize::from(h.quoted);
                t.count[f][col] += 1;
                seen[f] = true;
                let slot = &mut t.example[f][col];
                if slot.is_none_or(|c| !c.short) {
                    let (a, b) = sentence_at(&p.text, h.start);
                    let short = tokens(&p.text[a..b]).len() <= EXAMPLE_WORDS;
                    if slot.is_none() || short {
                        *slot = Some(Candidate {
                            doc: di,
                            paragraph: pi,
                            start: h.start,
                            end: h.end,
                            short,
                        });
                    }
                }
            }
        }
        for (f, _) in seen.iter().enumerate().filter(|x| *x.1) {
            t.articles[f][col] += 1;
        }
        t.using[col] += usize::from(seen.contains(&true));
    }
    counts(ctx, lex, &t)
}

/// The lexicon's result from its tally: every plain form, and each quoted
/// form some outlet uses.
fn counts(ctx: &Ctx<'_>, lex: &Lexicon, t: &Tally) -> LexiconCounts {
    let outlets = &ctx.theme.outlets;
    let mut forms = Vec::new();
    for (f, term) in lex
        .terms
        .iter()
        .enumerate()
        .flat_map(|(i, term)| [(2 * i, term), (2 * i + 1, term)])
    {
        let quoted = f % 2 == 1;
        let count: usize = t.count[f].iter().sum();
        if quoted && count == 0 {
            continue;
        }
        let cells = outlets
            .iter()
            .enumerate()
            .map(|(col, o)| FormCell {
                outlet: o.clone(),
                count: t.count[f][col],
                articles: t.articles[f][col],
                share: share(t.articles[f][col], t.denominator[col]),
                example: t.example[f][col].map(|c| example(ctx, c)),
            })
            .collect();
        forms.push(Form {
            term: term.clone(),
            quoted,
            label: if quoted {
                format!("“{term}”")
            } else {
                term.clone()
            },
            count,
            articles: t.articles[f].iter().sum(),
            cells,
        });
    }
    LexiconCounts {
        id: lex.id.clone(),
        title: lex.title.clone(),
        outlets: outlets
            .iter()
            .enumerate()
            .map(|(col, o)| LexiconOutlet {
                outlet: o.clone(),
                articles: t.denominator[col],
                using: t.using[col],
            })
            .collect(),
        forms,
    }
}

/// `part / whole`, rounded to three decimals (0 when `whole` is 0).
pub(crate) fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    (part as f64 / whole as f64 * 1000.0).round() / 1000.0
}

/// The byte range of the sentence of `text` holding byte `at` (the whole
/// text when the sentences do not cover it).
fn sentence_at(text: &str, at: usize) -> (usize, usize) {
    sentence_spans(text)
        .into_iter()
        .find(|&(a, b)| a <= at && at < b)
        .unwrap_or((0, text.len()))
}

/// The example of a candidate: its sentence, around the use; a sentence
/// over [`EXAMPLE_WORDS`] words keeps [`CONTEXT_WORDS`] on either side.
fn example(ctx: &Ctx<'_>, c: Candidate) -> Example {
    let doc = ctx.doc(c.doc);
    let text = doc
        .paragraphs
        .get(c.paragraph)
        .map_or("", |p| p.text.as_str());
    let (a, b) = sentence_at(text, c.start);
    let (a, b) = (a.min(c.start), b.max(c.end));
    let long = tokens(&text[a..b]).len() > EXAMPLE_WORDS;
    let mut before = text[a..c.start].to_string();
    let mut after = text[c.end..b].to_string();
    if long {
        let toks = tokens(&before);
        if toks.len() > CONTEXT_WORDS {
            before = format!("… {}", &before[toks[toks.len() - CONTEXT_WORDS].start..]);
        }
        let toks = tokens(&after);
        if toks.len() > CONTEXT_WORDS {
            after = format!("{} …", &after[..toks[CONTEXT_WORDS - 1].end]);
        }
    }
    Example {
        at: Cited {
            outlet: ctx.outlet_of(c.doc).to_string(),
            source: doc.path.clone(),
            paragraph: c.paragraph,
        },
        before,
        text: text[c.start..c.end].to_string(),
        after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The uses of `terms` in `text`: (term, quoted, text as written).
    fn find<'t>(terms: &[&str], text: &'t str) -> Vec<(usize, bool, &'t str)> {
        let terms: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
        Matcher::new(&terms)
            .find(text)
            .into_iter()
            .map(|h| (h.term, h.quoted, &text[h.start..h.end]))
            .collect()
    }

    fn plain(terms: &[&str], text: &str) -> Vec<String> {
        find(terms, text)
            .into_iter()
            .map(|(_, q, s)| if q { format!("Q:{s}") } else { s.to_string() })
            .collect()
    }

    #[test]
    fn whole_words_ignoring_case_with_possessives() {
        let t = &["occupation"];
        assert_eq!(plain(t, "The Occupation ended."), ["Occupation"]);
        assert_eq!(plain(t, "the occupation's end"), ["occupation"]);
        assert_eq!(plain(t, "the occupation’s end"), ["occupation"]);
        assert_eq!(plain(t, "OCCUPATION, again"), ["OCCUPATION"]);
        // Counter-examples: longer words holding the term.
        assert!(plain(t, "an occupational hazard").is_empty());
        assert!(plain(t, "occupations").is_empty());
        assert!(plain(&["occupied"], "they were preoccupied").is_empty());
        assert!(plain(&["occupied"], "unoccupied land").is_empty());
    }

    #[test]
    fn accents_fold_and_phrases_match_across_any_space() {
        assert_eq!(plain(&["Turkiye"], "Türkiye said"), ["Türkiye"]);
        let t = &["peacekeeping forces"];
        assert_eq!(
            plain(t, "the peacekeeping\n  forces left"),
            ["peacekeeping\n  forces"]
        );
        assert_eq!(
            plain(t, "peacekeeping\u{a0}forces"),
            ["peacekeeping\u{a0}forces"]
        );
        // Counter-examples: another word, or punctuation, between.
        assert!(plain(t, "peacekeeping and forces").is_empty());
        assert!(plain(t, "peacekeeping. Forces").is_empty());
        assert!(plain(t, "peacekeeping-forces").is_empty());
    }

    #[test]
    fn a_hyphenated_term_matches_every_dash() {
        let t = &["de-occupation"];
        for dash in ['-', '\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}'] {
            let text = format!("calls for de{dash}occupation now");
            assert_eq!(plain(t, &text), [format!("de{dash}occupation")], "{dash:?}");
        }
        // Counter-examples: spaced or closed up is another spelling.
        assert!(plain(t, "de occupation").is_empty());
        assert!(plain(t, "deoccupation").is_empty());
        assert!(plain(t, "de--occupation").is_empty());
    }

    #[test]
    fn a_hyphen_is_a_boundary_except_after_a_prefix() {
        let t = &["occupied", "occupation"];
        assert_eq!(plain(t, "Russian-occupied towns"), ["occupied"]);
        assert_eq!(plain(t, "occupation-era laws"), ["occupation"]);
        // Counter-examples: a prefix makes another word.
        assert!(plain(t, "de-occupation and re-occupied towns").is_empty());
        assert!(plain(t, "an anti‑occupation rally").is_empty());
        // The longest term wins and counts once.
        let t = &["occupation", "de-occupation"];
        assert_eq!(
            find(t, "de-occupation, not occupation"),
            [(1, false, "de-occupation"), (0, false, "occupation")]
        );
    }

    #[test]
    fn scare_quotes_hug_the_term_or_a_short_phrase() {
        let t = &["peacekeepers"];
        for text in [
            "the Russian 'peacekeepers' left",
            "the Russian \"peacekeepers\" left",
            "the Russian “peacekeepers” left",
            "the Russian ‘peacekeepers’ left",
            "die russischen „peacekeepers“ gingen",
            "les « peacekeepers » russes",
            "the «peacekeepers», they said",
            "the so-called “Russian peacekeepers” left",
            "the “Russian-led peacekeepers” left",
        ] {
            let got = find(t, text);
            assert_eq!(got.len(), 1, "{text}");
            assert!(got[0].1, "quoted: {text}");
        }
        assert_eq!(
            plain(t, "the 'peacekeepers' left"),
            ["Q:'peacekeepers'"],
            "the marks are part of the use"
        );
    }

    #[test]
    fn quotations_that_are_not_scare_quotes() {
        let t = &["peacekeepers", "occupation"];
        for text in [
            // A quoted sentence, with punctuation inside.
            "“The peacekeepers must leave,” he said.",
            "\"Occupation ends.\" That was all.",
            // A quotation of more than three words.
            "he called for “an end to the occupation” at once",
            // Quotes elsewhere in the sentence.
            "the “hot phase” and the peacekeepers",
            "peacekeepers, he said, “left”",
            // Possessive and elided apostrophes are no quotes.
            "the occupation's 'end'",
            "Russians’ peacekeepers stayed",
            "the peacekeepers' base",
            // Unpaired or mismatched marks.
            "the “peacekeepers' left",
            "the \"peacekeepers",
        ] {
            let got = find(t, text);
            assert!(!got.is_empty(), "{text}");
            assert!(got.iter().all(|h| !h.1), "not quoted: {text}: {got:?}");
        }
    }

    #[test]
    fn patterns_compare_ignoring_case_space_and_dash_kind() {
        let p = |s: &str| Pattern::new(s).unwrap();
        assert_eq!(p("De-Occupation"), p("de\u{2011}occupation"));
        assert_eq!(p("peacekeeping  forces"), p("Peacekeeping forces"));
        assert_ne!(p("de-occupation"), p("de occupation"));
        assert_ne!(p("occupation"), p("occupations"));
        assert!(Pattern::new(" -- ").is_none());
    }

    #[test]
    fn shares_round_to_three_decimals_and_never_divide_by_zero() {
        assert_eq!(share(1, 3), 0.333);
        assert_eq!(share(2, 3), 0.667);
        assert_eq!(share(3, 3), 1.0);
        assert_eq!(share(0, 0), 0.0);
    }

    const LEXICON: &str = "[[themes.t.framing]]\nid = \"status\"\ntitle = \"Status\"\nterms = [\"occupation\", \"liberation\", \"peacekeepers\"]\n";

    #[test]
    fn counts_articles_shares_and_examples_per_outlet() {
        use super::super::{compare, testutil::setup_with};
        let a1 = "Russia speaks of liberation. Moscow calls it liberation again.\n\n\
                  Russian 'peacekeepers' stayed, Moscow said.\n";
        let a2 = "Russia denies any occupation of the region, Moscow says.\n";
        let a3 = "Moscow opened a school. The weather was mild.\n";
        let b1 = "Russian peacekeepers patrol under occupation, the Kremlin said.\n\n\
                  The harvest was good; liberation was not mentioned by anyone at all.\n";
        let (p, c) = setup_with(
            LEXICON,
            &[
                ("a", "s/a/1.txt", a1),
                ("a", "s/a/2.txt", a2),
                ("a", "s/a/3.txt", a3),
                ("b", "s/b/1.txt", b1),
            ],
        );
        let col = crate::collect::collect(&c, &p.themes[0]).expect("collect");
        let f = compare(&p, &c, &p.themes[0], &col).framing;
        assert_eq!(f.len(), 1);
        let l = &f[0];
        assert_eq!((l.id.as_str(), l.title.as_str()), ("status", "Status"));
        let denominators: Vec<(usize, usize)> =
            l.outlets.iter().map(|o| (o.articles, o.using)).collect();
        assert_eq!(denominators, [(3, 2), (1, 1), (0, 0)]);
        let labels: Vec<&str> = l.forms.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(
            labels,
            ["occupation", "liberation", "peacekeepers", "“peacekeepers”"]
        );
        let cell = |form: usize, col: usize| {
            let c = &l.forms[form].cells[col];
            (c.count, c.articles, c.share)
        };
        assert_eq!(cell(1, 0), (2, 1, 0.333), "twice in one of three articles");
        assert_eq!(cell(0, 0), (1, 1, 0.333));
        assert_eq!(cell(0, 1), (1, 1, 1.0));
        assert_eq!(cell(3, 0), (1, 1, 0.333), "quoted");
        assert_eq!(cell(2, 0), (0, 0, 0.0), "quoted use is not plain");
        assert_eq!(cell(2, 1), (1, 1, 1.0));
        // Counter-example: b's "liberation" stands in a paragraph that is
        // not the theme's (it names no scope word), so it is not counted.
        assert_eq!(cell(1, 1), (0, 0, 0.0));
        assert_eq!(cell(0, 2), (0, 0, 0.0), "an outlet with no article");
        let e = l.forms[1].cells[0].example.as_ref().expect("example");
        assert_eq!(
            (e.before.as_str(), e.text.as_str(), e.after.as_str()),
            ("Russia speaks of ", "liberation", ".")
        );
        assert_eq!((e.at.source.as_str(), e.at.paragraph), ("s/a/1.txt", 0));
        let q = l.forms[3].cells[0].example.as_ref().expect("example");
        assert_eq!(q.text, "'peacekeepers'");
        assert!(l.forms[0].cells[2].example.is_none());
    }

    #[test]
    fn a_long_example_sentence_is_shortened_around_the_term() {
        use super::super::{compare, testutil::setup_with};
        let filler = "word ".repeat(40);
        let text = format!("Russia {filler}ended the occupation of {filler}the valley.\n");
        let (p, c) = setup_with(LEXICON, &[("a", "s/a/1.txt", &text)]);
        let col = crate::collect::collect(&c, &p.themes[0]).expect("collect");
        let f = compare(&p, &c, &p.themes[0], &col).framing;
        let e = f[0].forms[0].cells[0].example.as_ref().expect("example");
        assert!(
            e.before.starts_with("… ") && e.after.ends_with(" …"),
            "{e:?}"
        );
        assert_eq!(tokens(&e.before).len(), CONTEXT_WORDS);
        assert_eq!(tokens(&e.after).len(), CONTEXT_WORDS);
    }
}
