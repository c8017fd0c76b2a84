//! Figures: numbers with what they count, side by side per outlet, with
//! conflicts flagged. Rule-based, on the sentences of the theme's
//! paragraphs ([`super::Ctx::scoped`]: those on a facet of the theme, in
//! articles in its scope; the scope's own matches for a theme without
//! facets). A figure in a paragraph the theme is not about is not read.
//!
//! **Numbers** are digits ("39", "30,000", "1.5 million"), number words
//! ("five", "a million") and vague amounts ("dozens", "scores", "hundreds of
//! thousands", "tens of thousands"). Each becomes a range of values:
//! "at least / more than / over N" → N and up; "fewer than / up to / under
//! N" → up to N; "nearly / almost N" → 85–100% of N; "about / around / some
//! N" → 85–115% of N; a round N (a multiple of 100) → ±10%; any other N
//! exactly; vague amounts their usual spans ("hundreds of thousands" →
//! 200,000–999,999, "scores" → 40–999). Not counts: years, days of months
//! ("Sept. 19"), numbers before units of time, distance, money or percent
//! ("three years", "billions of dollars"), and hyphenated compounds
//! ("four-day", "one-seventh").
//!
//! **What a number counts** ([`CATEGORIES`]): a verb right before it
//! ("killed 30,000", "displaced more than a million"); else "region / territory
//! of N people", "home to N", "N inhabitants" → population; else the first
//! outcome word within the next [`FORWARD`] words ("30,000 people dead",
//! "39 troops and civilians have been killed", "80 others injured",
//! "thousands … fled"); else a noun right after it ("2,000 Russian
//! peacekeepers", "500 troops"). Numbers that count nothing known are left out.
//!
//! **Which event** a number is about: the nearest year or decade in its
//! sentence ("the war … in the early 1990s", "ended in a ceasefire in 1994")
//! — years before 2000 stand for their decade, so the war of the 1990s is one
//! event — except years in a "since …" phrase, which mark a starting point,
//! not the event ("the worst clashes since 2016" are today's clashes);
//! without one, the article's own events: its stated date's year, or, for an
//! undated article, that article alone. So "at least 39 killed" in this
//! week's clashes and "30,000 dead" in the 1990s war are different events
//! and never conflict.
//!
//! **Years of named events** (category `year`): a year or decade with an
//! event word within [`EVENT_WINDOW`] words in its sentence (ceasefire,
//! Four-Day War, declaration of independence, border closure, peace deal,
//! peacekeepers, war, start of the conflict; "since" years count here: "kept
//! its border closed since 1993"). Mentions of one event type whose years
//! are within [`YEAR_SPAN`] years of each other are taken as the same event
//! (ceasefires of 1994 and 2020 are two events).
//!
//! **Clauses.** A number binds to what it counts in its own clause, and is
//! dated by a year of its own clause (or of the clause it is part of): a
//! clause opens at a clause word after a comma ("…, which …", "…, while
//! …", "…, who moved to Moscow in 2001, …") and ends at the next comma;
//! `;`, `:`, dashes and brackets end it too. So "3 were killed, while 19
//! were injured" gives 3 killed and 19 injured, and a year in an aside never
//! dates a casualty figure. A toll before the number counts too: "the death
//! toll rose to 12" → killed, "the number of injured stood at 19" → injured.
//!
//! **Ranges and shares.** "between 10 and 15", "10 to 15", "10-15" and "1 to
//! 2 million" are one figure with their low and high values ("from 3 to 12"
//! is a change, not a range). Shares ("over one third", "two-thirds", "nearly
//! half", "one in five", "40%", "12 per cent") are kept whole, never cut to
//! their first word ("over one"), as a fraction of 1 with their low and high
//! values under the same qualifiers ("over one third" → 1/3 to 1); what they
//! count is found as for counts, except that the whole they are a share of
//! is not what they did ("two thirds of the displaced returned" counts
//! nothing known). A share is compared only with shares, never with a
//! count.
//!
//! **Standing measures** (peacekeepers, troops, population) are one group
//! across dates and outlets, each figure with its date: "1,960", "about
//! 2,000" and "2,000" peacekeepers are compared, and agree.
//!
//! **Conflict**: two outlets give figures for the same category and event
//! whose ranges do not overlap (and whose months, when both are stated,
//! agree). Years of events are listed side by side but never conflict: two
//! dates are two events. Differences within one outlet are not conflicts.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use super::Ctx;
use super::text::{ParaText, Tok, Vocab};
use crate::text::DateWord;

/// What numbers can count, in display order.
pub(crate) const CATEGORIES: [&str; 7] = [
    "killed",
    "injured",
    "displaced",
    "peacekeepers",
    "troops",
    "population",
    "year",
];
/// Categories that measure something standing (not an event's toll): their
/// figures are one group across dates, so "1,960", "about 2,000" and
/// "2,000" peacekeepers are compared.
pub(crate) const STANDING: [&str; 3] = ["peacekeepers", "troops", "population"];
/// Words after a number searched for what it counts.
pub(crate) const FORWARD: usize = 7;
/// Words between a year and its event word, at most.
pub(crate) const EVENT_WINDOW: usize = 10;
/// Years of one event type this close are the same event.
pub(crate) const YEAR_SPAN: f64 = 3.0;
/// Figures shown per outlet in a group (distinct; the rest are counted).
pub(crate) const MAX_PER_OUTLET: usize = 3;

/// Figures about one thing (a category and an event), side by side.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FigureGroup {
    /// What is counted: one of [`CATEGORIES`].
    pub(crate) category: String,
    /// The event: a decade ("1990s"), a year ("2016"), "article:<path>" for
    /// an undated article's own events; for `year`, the event type
    /// ("ceasefire", "Four-Day War", …).
    pub(crate) event: String,
    /// The event for readers ("the 1990s", "2016", "ceasefire, 1994").
    pub(crate) event_label: String,
    /// Outlets giving a figure, in column order.
    pub(crate) outlets: Vec<String>,
    /// Whether two outlets give figures that cannot both be right.
    pub(crate) conflict: bool,
    /// The conflicting figures, in words.
    pub(crate) conflict_note: Option<String>,
    /// The figures, by outlet in column order, then source and paragraph.
    pub(crate) figures: Vec<Figure>,
    /// Figures not shown (repeats and beyond [`MAX_PER_OUTLET`] per outlet).
    pub(crate) more: usize,
}

/// One figure as an article gives it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct Figure {
    /// Where it is: outlet, source, paragraph.
    #[serde(flatten)]
    pub(crate) at: super::Cited,
    /// The figure as written ("at least 30,000", "hundreds of thousands", "May 1994").
    pub(crate) value: String,
    /// Lowest value it allows.
    pub(crate) low: f64,
    /// Highest value it allows; `null` for "at least …".
    pub(crate) high: Option<f64>,
    /// Whether it is a share of a whole ("over one third", "40%"): `low`
    /// and `high` are then fractions of 1, and it is compared only with
    /// other shares.
    pub(crate) share: bool,
    /// The month, when the figure's event or year states one.
    pub(crate) month: Option<u32>,
    /// How the event was found: "sentence" (a year in it), "article date",
    /// "undated article", or the event word for years.
    pub(crate) event_from: String,
    /// The sentence.
    pub(crate) sentence: String,
    /// The article's stated date, "YYYY-MM-DD".
    pub(crate) date: Option<String>,
}

/// A number found in a sentence: token span, value range, written form.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quantity {
    /// First token (qualifier included).
    pub(crate) q0: usize,
    /// First token of the number itself.
    pub(crate) t0: usize,
    /// One past its last token.
    pub(crate) t1: usize,
    pub(crate) low: f64,
    pub(crate) high: Option<f64>,
    /// Whether it is a share of a whole (low and high within 0–1), not a count.
    pub(crate) share: bool,
}

/// Whether a word can start or make a number: digits, number words,
/// multipliers and vague amounts (a cheap filter before [`quantity`]).
pub(crate) fn numeric_word(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        || number_word(w).is_some()
        || multiplier(w).is_some()
        || fraction_word(w).is_some()
        || matches!(
            w,
            "dozens" | "scores" | "tens" | "hundreds" | "thousands" | "millions"
        )
}

fn number_word(w: &str) -> Option<f64> {
    Some(match w {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "fifteen" => 15.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "hundred" => 100.0,
        _ => return None,
    })
}

fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        _ => return None,
    })
}

const UNITS: &[&str] = &[
    "year",
    "years",
    "day",
    "days",
    "month",
    "months",
    "week",
    "weeks",
    "hour",
    "hours",
    "minute",
    "minutes",
    "decade",
    "decades",
    "century",
    "centuries",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "mile",
    "meters",
    "metres",
    "percent",
    "per",
    "dollars",
    "dollar",
    "euros",
    "euro",
    "rubles",
    "roubles",
    "kroner",
    "manats",
    "drams",
    "usd",
    "times",
    "square",
    "tons",
    "tonnes",
    "barrels",
    "seconds",
    "o",
    "am",
    "pm",
    "th",
    "st",
    "nd",
    "rd",
];

/// Outcome words: what a number "left" or "has been".
fn outcome(w: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "dead" | "died" | "deaths" | "death" | "fatalities" | "perished" => "killed",
        "injured" | "wounded" | "injuries" | "hurt" => "injured",
        "displaced" | "fled" | "flee" | "fleeing" | "refugees" | "homeless" | "evacuated"
        | "uprooted" | "expelled" => "displaced",
        _ => return None,
    })
}

/// Verbs directly before a number.
fn verb(w: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "kill" | "kills" | "killing" => "killed",
        "injured" | "wounded" | "injuring" | "wounding" => "injured",
        "displaced" | "displacing" | "uprooted" | "evacuated" | "expelled" => "displaced",
        _ => return None,
    })
}

fn noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "peacekeepers" | "peacekeeper" | "peacekeeping" => "peacekeepers",
        "troops" | "soldiers" | "servicemen" | "personnel" | "fighters" => "troops",
        "inhabitants" | "residents" => "population",
        _ => return None,
    })
}

const PLACES: &[&str] = &[
    "population",
    "region",
    "territory",
    "enclave",
    "city",
    "town",
    "area",
    "republic",
    "country",
    "province",
];

/// Sentence tokens with their words and the text between them.
pub(crate) struct Words<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Tok],
    pub(crate) vocab: &'a Vocab,
}

impl<'a> Words<'a> {
    /// The sentences of an analyzed paragraph text, each as its words.
    pub(crate) fn sentences(
        text: &'a str,
        pt: &'a ParaText,
        vocab: &'a Vocab,
    ) -> impl Iterator<Item = Words<'a>> + 'a {
        pt.sents.iter().map(move |sent| Words {
            text,
            toks: &pt.toks[sent.t0 as usize..sent.t1 as usize],
            vocab,
        })
    }

    pub(crate) fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| self.vocab.word(t.word))
    }
    /// The English stem of token `i`'s word ("attacked" → "attack").
    pub(crate) fn stem(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.vocab.stem.get(t.word as usize))
            .and_then(|&sid| self.vocab.stems.get(sid as usize))
            .map_or("", String::as_str)
    }
    pub(crate) fn date(&self, i: usize) -> DateWord {
        self.toks
            .get(i)
            .and_then(|t| self.vocab.date.get(t.word as usize).copied())
            .unwrap_or(DateWord::None)
    }
    /// The text between token `i` and token `i + 1`.
    pub(crate) fn gap_after(&self, i: usize) -> &str {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => self
                .text
                .get(a.end as usize..b.start as usize)
                .unwrap_or(""),
            (Some(a), None) => self.text.get(a.end as usize..).unwrap_or(""),
            _ => "",
        }
    }
    pub(crate) fn gap_before(&self, i: usize) -> &str {
        if i == 0 {
            let start = self.toks.first().map_or(0, |t| t.start as usize);
            return self.text.get(start.saturating_sub(2)..start).unwrap_or("");
        }
        self.gap_after(i - 1)
    }
    fn digits(&self, i: usize) -> bool {
        let w = self.w(i);
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    }
    /// Whether token `i` can start or make a number.
    fn numeric(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            self.vocab
                .numeric
                .get(t.word as usize)
                .copied()
                .unwrap_or(false)
        })
    }
    /// Byte range of tokens `a..b` ((0, 0) when there are none).
    fn byte_range(&self, a: usize, b: usize) -> (u32, u32) {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|l| self.toks.get(l)),
        ) {
            (Some(x), Some(y)) => (x.start, y.end),
            _ => (0, 0),
        }
    }
    /// Original text of tokens `a..b`.
    pub(crate) fn span(&self, a: usize, b: usize) -> &str {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|l| self.toks.get(l)),
        ) {
            (Some(x), Some(y)) if x.start <= y.end => self
                .text
                .get(x.start as usize..y.end as usize)
                .unwrap_or(""),
            _ => "",
        }
    }
}

/// Words that open a subordinate or coordinate clause after a comma
/// ("…, which began in 1991, …", "…, while 19 were injured").
const CLAUSE_WORDS: &[&str] = &[
    "which", "who", "whom", "whose", "where", "when", "while", "whilst", "whereas", "but",
    "although", "though", "after", "before", "since", "as", "because", "until", "and",
];
/// Of [`CLAUSE_WORDS`], those that open a clause even without a comma.
const CLAUSE_WORDS_BARE: &[&str] = &["which", "who", "whose", "while", "whilst", "whereas"];

/// The clauses of a sentence: per token, its clause id and, per clause id,
/// its parent clause (`None` for a top-level clause). A clause opens at a
/// clause word after a comma ([`CLAUSE_WORDS`]; some without one, and any
/// at the start of the sentence) and is closed by the next comma; `;`, `:`,
/// dashes and brackets start a new top-level clause.
pub(crate) fn clauses(s: &Words<'_>) -> (Vec<u16>, Vec<Option<u16>>) {
    let n = s.toks.len();
    let mut ids = Vec::with_capacity(n);
    let mut parent: Vec<Option<u16>> = vec![None];
    let mut stack: Vec<u16> = vec![0];
    for i in 0..n {
        let gap = if i > 0 { s.gap_after(i - 1) } else { "" };
        let w = s.w(i);
        let comma = gap.contains(',');
        if gap.contains([';', ':', '—', '–', '(', ')']) {
            parent.push(None);
            stack = vec![(parent.len() - 1) as u16];
        } else if comma && stack.len() > 1 {
            stack.pop();
        }
        // "and" opens a clause only after a comma and before a new subject
        // is not checked: "39 troops and civilians" stays one clause.
        let opens = (i == 0 && CLAUSE_WORDS.contains(&w) && w != "and")
            || (comma && CLAUSE_WORDS.contains(&w))
            || CLAUSE_WORDS_BARE.contains(&w);
        if opens {
            let top = stack.last().copied();
            parent.push(top);
            stack.push((parent.len() - 1) as u16);
        }
        ids.push(stack.last().copied().unwrap_or(0));
    }
    (ids, parent)
}

/// Whether clause `c` is clause `of` or inside it.
fn within(parent: &[Option<u16>], mut c: u16, of: u16) -> bool {
    loop {
        if c == of {
            return true;
        }
        match parent.get(c as usize).copied().flatten() {
            Some(p) => c = p,
            None => return false,
        }
    }
}

/// The denominator of a fraction word: "half" 2, "thirds" 3, "quarter" 4.
fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// A share at token `i`, as a fraction of 1 and one past its last token:
/// "one third", "two-thirds", "a quarter", "half", "one in five", "one out
/// of ten", "40 percent", "40%". Not a share: "a half million" (a count),
/// "three halves" (more than the whole), "half-brother".
fn share_at(s: &Words<'_>, i: usize) -> Option<(f64, usize)> {
    let w = s.w(i);
    if w == "half" && !s.gap_after(i).starts_with(['-', '‑']) {
        return (multiplier(s.w(i + 1)).is_none()).then_some((0.5, i + 1));
    }
    let top = match w {
        "a" | "an" => Some(1.0),
        _ if s.digits(i) => w.parse::<f64>().ok(),
        _ => number_word(w),
    }?;
    let gap = s.gap_after(i).trim();
    if let Some(den) = fraction_word(s.w(i + 1)).filter(|_| gap.is_empty() || gap == "-") {
        let v = top / den;
        return (v <= 1.0 && multiplier(s.w(i + 2)).is_none()).then_some((v, i + 2));
    }
    let after = s.gap_after(i);
    if s.digits(i) && top <= 100.0 {
        if after.starts_with('%') {
            return Some((top / 100.0, i + 1));
        }
        match (s.w(i + 1), s.w(i + 2)) {
            ("percent", _) => return Some((top / 100.0, i + 2)),
            ("per", "cent") => return Some((top / 100.0, i + 3)),
            _ => {}
        }
    }
    let j = match (s.w(i + 1), s.w(i + 2)) {
        ("in", _) => i + 2,
        ("out", "of") => i + 3,
        _ => return None,
    };
    let whole = number_at(s, j).filter(|n| n.vague.is_none())?;
    (whole.value > top && multiplier(s.w(whole.t1)).is_none())
        .then_some((top / whole.value, whole.t1))
}

/// The range a share allows under its qualifier, within 0–1.
fn share_range(value: f64, kind: &str) -> (f64, Option<f64>) {
    match kind {
        "min" => (value, Some(1.0)),
        "max" => (0.0, Some(value)),
        "nearly" => (0.85 * value, Some(value)),
        "about" => (0.85 * value, Some((1.15 * value).min(1.0))),
        _ => (value, Some(value)),
    }
}

/// A number as written at a token: its value, one past its last token,
/// and for a vague amount ("hundreds", "dozens") its range instead.
struct Number {
    value: f64,
    t1: usize,
    vague: Option<(f64, Option<f64>)>,
}

/// The number starting at token `i`, if any (qualifiers before it included).
pub(crate) fn quantity(s: &Words<'_>, i: usize) -> Option<Quantity> {
    // The whole of a ratio ("five" in "one in five") is part of a share.
    let ratio_end = (i >= 2 && s.w(i - 1) == "in" && number_at(s, i - 2).is_some())
        || (i >= 3 && s.w(i - 1) == "of" && s.w(i - 2) == "out");
    if ratio_end {
        return None;
    }
    // A share ("over one third", "two thirds", "one in five", "40%") is
    // kept whole, with its range as a fraction of 1.
    if let Some((value, t1)) = share_at(s, i) {
        let (q0, kind) = qualifier(s, i);
        let (low, high) = share_range(value, kind);
        return Some(Quantity {
            q0,
            t0: i,
            t1,
            low,
            high,
            share: true,
        });
    }
    let mut num = number_at(s, i)?;
    if fraction_word(s.w(num.t1)).is_some() {
        // "three halves", "one and a half": neither a share nor a count.
        return None;
    }
    if num.vague.is_none() {
        if let Some(m) = multiplier(s.w(num.t1)) {
            num.value *= m;
            num.t1 += 1;
        }
        if let Some(r) = range(s, i, &num) {
            return Some(r);
        }
        if !counts_something(s, i, &num) {
            return None;
        }
    } else if before_unit(s, num.t1) {
        return None;
    }
    let (q0, kind) = qualifier(s, i);
    let (low, high) = match num.vague {
        Some((lo, hi)) => match kind {
            "min" => (lo, None),
            _ => (lo, hi),
        },
        None => exact_range(num.value, kind),
    };
    Some(Quantity {
        q0,
        t0: i,
        t1: num.t1,
        low,
        high,
        share: false,
    })
}

/// A range starting with the exact number `num` at token `i`: "between 10
/// and 15", "10 to 15", "10-15", "10–15" (not "from 10 to 15": a change,
/// not a range). The second
/// number larger than the first, with its multiplier: "1 to 2 million").
fn range(s: &Words<'_>, i: usize, num: &Number) -> Option<Quantity> {
    let before = if i > 0 { s.w(i - 1) } else { "" };
    let link = s.w(num.t1);
    let dash = s.gap_after(num.t1 - 1).trim() == "-" || s.gap_after(num.t1 - 1).trim() == "–";
    let j = match (before, link) {
        ("between", "and") => num.t1 + 1,
        (b, "to") if b != "from" => num.t1 + 1,
        _ if dash && s.digits(num.t1) => num.t1,
        _ => return None,
    };
    let mut second = number_at(s, j)?;
    if second.vague.is_some() {
        return None;
    }
    if let Some(m) = multiplier(s.w(second.t1)) {
        second.value *= m;
        second.t1 += 1;
    }
    let mut low = num.value;
    if multiplier(s.w(num.t1)).is_none() && second.value >= 1e3 && low < 1e3 {
        // "1 to 2 million": the multiplier applies to both.
        low *= multiplier(s.w(second.t1 - 1)).unwrap_or(1.0);
    }
    if second.value <= low || !counts_something(s, j, &second) {
        return None;
    }
    let q0 = if before == "between" { i - 1 } else { i };
    Some(Quantity {
        q0,
        t0: i,
        t1: second.t1,
        low,
        high: Some(second.value),
        share: false,
    })
}

/// The number written at token `i`: digits (with thousands separators and
/// decimals), a number word, "a" before a multiplier, or a vague amount.
fn number_at(s: &Words<'_>, i: usize) -> Option<Number> {
    let w = s.w(i);
    let exact = |value, t1| {
        Some(Number {
            value,
            t1,
            vague: None,
        })
    };
    if s.digits(i) {
        return digits_at(s, i);
    }
    if let Some(v) = number_word(w) {
        return exact(v, i + 1);
    }
    if (w == "a" || w == "an") && multiplier(s.w(i + 1)).is_some() {
        return exact(1.0, i + 1);
    }
    let n = s.toks.len();
    let next = s.w(i + 1);
    let of_thousands = next == "of" && s.w(i + 2) == "thousands";
    let (lo, hi, t1) = match w {
        "dozens" => Some((24.0, Some(199.0), i + 1)),
        "scores" if next == "of" || (i + 1..(i + 3).min(n)).any(|k| outcome(s.w(k)).is_some()) => {
            Some((40.0, Some(999.0), i + 1))
        }
        "tens" if of_thousands => Some((20_000.0, Some(99_999.0), i + 3)),
        "hundreds" if of_thousands => Some((200_000.0, Some(999_999.0), i + 3)),
        "hundreds" => Some((200.0, Some(999.0), i + 1)),
        "thousands" => Some((2_000.0, Some(999_999.0), i + 1)),
        "millions" => Some((2e6, None, i + 1)),
        _ => None,
    }?;
    Some(Number {
        value: 0.0,
        t1,
        vague: Some((lo, hi)),
    })
}

/// A number in digits at token `i` ("30,000", "2.5"); a year only when it
/// counts something ("2000 troops").
fn digits_at(s: &Words<'_>, i: usize) -> Option<Number> {
    let n = s.toks.len();
    let thousands = s.gap_after(i) == "," && s.w(i + 1).len() == 3 && s.digits(i + 1);
    if matches!(s.date(i), DateWord::Year(_)) && !thousands {
        noun(s.w(i + 1))?;
    }
    let mut v: f64 = s.w(i).parse().ok()?;
    let mut j = i + 1;
    while j < n && s.gap_after(j - 1) == "," && s.w(j).len() == 3 && s.digits(j) {
        v = v * 1000.0 + s.w(j).parse::<f64>().ok()?;
        j += 1;
    }
    if j < n && s.gap_after(j - 1) == "." && s.digits(j) {
        let frac = s.w(j);
        v += frac.parse::<f64>().ok()? / 10f64.powi(frac.len() as i32);
        j += 1;
    }
    Some(Number {
        value: v,
        t1: j,
        vague: None,
    })
}

/// Whether token `t` is a unit ("years", "km", "percent", "of dollars").
fn before_unit(s: &Words<'_>, t: usize) -> bool {
    UNITS.contains(&s.w(t)) || (s.w(t) == "of" && UNITS.contains(&s.w(t + 1)))
}

/// Whether an exact number at token `i` can count people or things: not
/// a measure, a percentage, a compound ("5-year"), a day of a month or an
/// amount of money.
fn counts_something(s: &Words<'_>, i: usize, num: &Number) -> bool {
    let after = s.gap_after(num.t1 - 1);
    !(after.starts_with(['-', '‑', '%'])
        || before_unit(s, num.t1)
        || (i > 0 && matches!(s.date(i - 1), DateWord::Month(_)) && num.value <= 31.0)
        || s.gap_before(i).ends_with(['$', '€', '£']))
}

/// The qualifier before the number at token `i` ("at least", "nearly"):
/// its first token and kind ("min", "max", "about", "nearly", "exact").
fn qualifier(s: &Words<'_>, i: usize) -> (usize, &'static str) {
    let w1 = if i >= 1 { s.w(i - 1) } else { "" };
    let w2 = if i >= 2 { s.w(i - 2) } else { "" };
    match (w2, w1) {
        ("at", "least") | ("more", "than") | ("no", "fewer") => (i - 2, "min"),
        ("fewer", "than") | ("less", "than") | ("up", "to") | ("at", "most") => (i - 2, "max"),
        ("an", "estimated") => (i - 2, "about"),
        (_, "over") => (i - 1, "min"),
        (_, "under") => (i - 1, "max"),
        (_, "nearly") | (_, "almost") => (i - 1, "nearly"),
        (_, "about")
        | (_, "around")
        | (_, "some")
        | (_, "roughly")
        | (_, "approximately")
        | (_, "estimated") => (i - 1, "about"),
        _ => (i, "exact"),
    }
}

/// The range an exact number allows under its qualifier (round hundreds
/// are taken as approximate).
fn exact_range(value: f64, kind: &str) -> (f64, Option<f64>) {
    match kind {
        "min" => (value, None),
        "max" => (0.0, Some(value)),
        "nearly" => (0.85 * value, Some(value)),
        "about" => (0.85 * value, Some(1.15 * value)),
        _ if value >= 100.0 && value % 100.0 == 0.0 => (0.9 * value, Some(1.1 * value)),
        _ => (value, Some(value)),
    }
}

/// Words that may stand between a toll and its number: "the death toll
/// has risen to 12", "the number of injured stood at 19".
const TOLL_LINKS: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "now",
    "rose",
    "risen",
    "climbed",
    "increased",
    "jumped",
    "reached",
    "stood",
    "stands",
    "grew",
    "to",
    "at",
    "of",
];

/// What a toll before the quantity counts: "death toll … to N" → killed,
/// "number of injured … at N" → injured (only [`TOLL_LINKS`] between).
fn toll_before(s: &Words<'_>, q: &Quantity) -> Option<&'static str> {
    let mut j = q.q0;
    let link =
        |w: &str| TOLL_LINKS.contains(&w) || w == "from" || w.bytes().all(|b| b.is_ascii_digit());
    while j > 0 && link(s.w(j - 1)) && q.q0 - j < 6 {
        j -= 1;
    }
    if j == q.q0 || j == 0 {
        return None;
    }
    let w = s.w(j - 1);
    let prev = if j >= 2 { s.w(j - 2) } else { "" };
    match (prev, w) {
        ("death", "toll") | ("casualty", "toll") => Some("killed"),
        (_, "toll") => None,
        ("of", w) | ("the", w) => outcome(w),
        _ => None,
    }
}

/// What the quantity counts, by the rules of the module, in its own
/// clause: the word a number binds to never lies past a clause boundary
/// ("3 were killed, while 19 were injured": 19 is not killed).
pub(crate) fn category(s: &Words<'_>, q: &Quantity) -> Option<&'static str> {
    let n = s.toks.len();
    let (ids, _) = clauses(s);
    let clause = ids.get(q.t0).copied();
    // Words before the number, within its clause.
    let before = |k: usize| {
        if q.q0 >= k && ids.get(q.q0 - k).copied() == clause {
            s.w(q.q0 - k)
        } else {
            ""
        }
    };
    if before(1) == "from" && s.w(q.t1) == "to" {
        // The starting value of a change ("rose from 3 to 12").
        return None;
    }
    if let Some(c) = verb(before(1)) {
        return Some(c);
    }
    if let Some(c) = toll_before(s, q).filter(|_| !before(1).is_empty()) {
        return Some(c);
    }
    if (before(1) == "of" && PLACES.contains(&before(2)))
        || (before(1) == "to" && before(2) == "home")
        || (s.w(q.t1) == "people" && matches!(s.w(q.t1 + 1), "live" | "living"))
    {
        return Some("population");
    }
    for j in q.t1..(q.t1 + FORWARD).min(n) {
        if ids.get(j).copied() != clause {
            break;
        }
        if s.digits(j) || number_word(s.w(j)).is_some() {
            break;
        }
        // The whole a share is of ("two thirds of the displaced returned")
        // is not what the share did.
        let whole = q.share && (s.w(j - 1) == "of" || (s.w(j - 1) == "the" && s.w(j - 2) == "of"));
        if let Some(c) = outcome(s.w(j)).filter(|_| !whole) {
            return Some(c);
        }
    }
    (q.t1..(q.t1 + 2).min(n))
        .take_while(|&j| ids.get(j).copied() == clause)
        .find_map(|j| noun(s.w(j)))
}

/// A year, decade or month-and-year at token `i`: (low year, high year,
/// month, first token).
pub(crate) fn year_at(s: &Words<'_>, i: usize) -> Option<(f64, f64, Option<u32>, usize)> {
    let (lo, hi) = match s.date(i) {
        DateWord::Year(y) => (f64::from(y), f64::from(y)),
        DateWord::Decade(d) => {
            let d = f64::from(d);
            match if i > 0 { s.w(i - 1) } else { "" } {
                "early" => (d, d + 3.0),
                "mid" => (d + 3.0, d + 6.0),
                "late" => (d + 6.0, d + 9.0),
                _ => (d, d + 9.0),
            }
        }
        _ => return None,
    };
    if matches!(s.date(i), DateWord::Year(_)) {
        // "2,000" is a number, not a year.
        if i > 0 && s.gap_before(i) == "," && s.digits(i - 1) {
            return None;
        }
        if s.gap_after(i).starts_with(',') && s.w(i + 1).len() == 3 && s.digits(i + 1) {
            return None;
        }
        if noun(s.w(i + 1)).is_some() || outcome(s.w(i + 1)).is_some() {
            return None;
        }
    }
    let mut first = i;
    let mut month = None;
    if i >= 1
        && let DateWord::Month(m) = s.date(i - 1)
    {
        month = Some(m);
        first = i - 1;
    } else if i >= 2
        && s.digits(i - 1)
        && let DateWord::Month(m) = s.date(i - 2)
    {
        month = Some(m);
        first = i - 2;
    }
    Some((lo, hi, month, first))
}

/// Event words: (type, token index) in a sentence.
fn events(s: &Words<'_>) -> Vec<(&'static str, usize)> {
    let n = s.toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let w = s.w(i);
        let near = |words: &[&str], k: usize| {
            (i.saturating_sub(k)..(i + k + 1).min(n)).any(|j| words.contains(&s.w(j)))
        };
        let ev = match w {
            "four" if s.w(i + 1) == "day" && matches!(s.w(i + 2), "war" | "conflict") => {
                out.push(("Four-Day War", i + 2));
                i += 3;
                continue;
            }
            "ceasefire" | "truce" | "armistice" => Some("ceasefire"),
            "cease" if s.w(i + 1) == "fire" => Some("ceasefire"),
            "independence" => Some("declaration of independence"),
            "closed" | "close" | "closure" | "sealed" if near(&["border", "borders"], 5) => {
                Some("border closure")
            }
            "peace"
                if matches!(
                    s.w(i + 1),
                    "deal" | "plan" | "agreement" | "accord" | "treaty"
                ) =>
            {
                Some("peace deal")
            }
            "peacekeepers" | "peacekeeping" => Some("peacekeepers"),
            "war" | "wars"
                if !near(&["ukraine"], 3)
                    && (i == 0 || !matches!(s.w(i - 1), "world" | "cold")) =>
            {
                Some("war")
            }
            "started" | "began" | "begun" | "erupted" | "origins" | "origin" => {
                Some("start of the conflict")
            }
            "broke" | "breaking" if s.w(i + 1) == "out" => Some("start of the conflict"),
            "date" | "dates" if s.w(i + 1) == "back" => Some("start of the conflict"),
            _ => None,
        };
        if let Some(e) = ev {
            out.push((e, i));
        }
        i += 1;
    }
    out
}

/// Whether token `i` is in a "since …" phrase.
fn after_since(s: &Words<'_>, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|j| s.w(j) == "since")
}

/// The event a figure is about, as read from its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    /// A year (≥ 2000) or a decade (its first year, for years before 2000).
    Period { year: i32, decade: bool },
    /// The article's own events: resolved with the article's date.
    Article,
    /// A named event type (index into [`EVENT_TYPES`]), for years.
    Type(u8),
}

/// Event types of years, in the order of [`events`]' labels.
const EVENT_TYPES: [&str; 8] = [
    "Four-Day War",
    "ceasefire",
    "declaration of independence",
    "border closure",
    "peace deal",
    "peacekeepers",
    "war",
    "start of the conflict",
];

/// A figure of a distinct paragraph text, before its article is known.
#[derive(Debug, Clone, Copy)]
struct Proto {
    category: u8,
    event: Event,
    /// Byte ranges of the sentence and of the value as written.
    sent: (u32, u32),
    value: (u32, u32),
    low: f64,
    high: Option<f64>,
    month: Option<u32>,
    /// A share of a whole (0–1), not a count.
    share: bool,
}

fn period(year: i32) -> Event {
    if year < 2000 {
        Event::Period {
            year: year - year.rem_euclid(10),
            decade: true,
        }
    } else {
        Event::Period {
            year,
            decade: false,
        }
    }
}

fn category_index(c: &str) -> u8 {
    CATEGORIES.iter().position(|x| *x == c).unwrap_or(0) as u8
}

/// Figures of one analyzed paragraph text.
fn extract(ctx: &Ctx<'_>, text: &str, pt: &ParaText) -> Vec<Proto> {
    let vocab = &ctx.texts.vocab;
    let mut out = Vec::new();
    if !pt
        .toks
        .iter()
        .any(|t| vocab.numeric.get(t.word as usize).copied().unwrap_or(false))
    {
        return out;
    }
    for (sent, s) in pt.sents.iter().zip(Words::sentences(text, pt, vocab)) {
        if !(0..s.toks.len()).any(|i| s.numeric(i)) {
            continue;
        }
        let years: Vec<Year> = (0..s.toks.len())
            .filter(|&i| s.date(i) != DateWord::None)
            .filter_map(|i| year_at(&s, i).map(|(lo, hi, m, _)| (i, lo, hi, m)))
            .collect();
        let sent = (sent.start, sent.end);
        counts(&s, sent, &years, &mut out);
        event_years(&s, sent, &years, &mut out);
    }
    out
}

/// The byte range of quantity `q` as written, a percent sign included.
fn value_range(s: &Words<'_>, q: &Quantity) -> (u32, u32) {
    let (a, b) = s.byte_range(q.q0, q.t1);
    let percent = q.share && q.t1 > 0 && s.gap_after(q.t1 - 1).starts_with('%');
    (a, b + u32::from(percent))
}

/// A year of a sentence: (token, low year, high year, month).
type Year = (usize, f64, f64, Option<u32>);

/// Adds the counts of sentence `s` (byte range `sent`): numbers with what
/// they count, each placed at the nearest year of its own clause or a
/// clause it is part of (not one after "since"), else at the article's
/// date: a year in another clause ("…, who moved there in 2001, …") never
/// dates it.
fn counts(s: &Words<'_>, sent: (u32, u32), years: &[Year], out: &mut Vec<Proto>) {
    let n = s.toks.len();
    let (ids, parent) = clauses(s);
    let clause_of = |t: usize| ids.get(t).copied().unwrap_or(0);
    let mut i = 0;
    while i < n {
        let starts = s.numeric(i) || (matches!(s.w(i), "a" | "an") && s.numeric(i + 1));
        let Some(q) = starts.then(|| quantity(s, i)).flatten() else {
            i += 1;
            continue;
        };
        let next = q.t1.max(i + 1);
        if let Some(cat) = category(s, &q) {
            let own = clause_of(q.t0);
            let near = years
                .iter()
                .filter(|y| !after_since(s, y.0) && !(q.t0..q.t1).contains(&y.0))
                .filter(|y| within(&parent, own, clause_of(y.0)))
                .min_by_key(|y| {
                    (
                        clause_of(y.0) != own,
                        (y.0 as i64 - q.t0 as i64).unsigned_abs(),
                    )
                });
            let (event, month) = match near {
                Some(&(_, lo, _, m)) => (period(lo as i32), m),
                None => (Event::Article, None),
            };
            out.push(Proto {
                category: category_index(cat),
                event,
                sent,
                value: value_range(s, &q),
                low: q.low,
                high: q.high,
                month,
                share: q.share,
            });
        }
        i = next;
    }
}

/// Adds the years of sentence `s` that date a named event (the nearest
/// event word within [`EVENT_WINDOW`] words).
fn event_years(s: &Words<'_>, sent: (u32, u32), years: &[Year], out: &mut Vec<Proto>) {
    if years.is_empty() {
        return;
    }
    let evs = events(s);
    for &(yi, lo, hi, month) in years {
        let best = evs
            .iter()
            .map(|&(e, at)| (at.abs_diff(yi), at > yi, e))
            .filter(|x| x.0 <= EVENT_WINDOW)
            .min();
        let Some((_, _, ev)) = best else {
            continue;
        };
        let first = year_at(s, yi).map_or(yi, |y| y.3);
        let decade = matches!(s.date(yi), DateWord::Decade(_));
        let q0 = if decade && yi > 0 && matches!(s.w(yi - 1), "early" | "mid" | "late") {
            yi - 1
        } else {
            first
        };
        out.push(Proto {
            category: category_index("year"),
            event: Event::Type(EVENT_TYPES.iter().position(|t| *t == ev).unwrap_or(0) as u8),
            sent,
            value: s.byte_range(q0, yi + 1),
            low: lo,
            high: Some(hi),
            month,
            share: false,
        });
    }
}

/// Where a figure's event is: a period, or one undated article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    /// A standing measure (the size of a contingent, a population): one
    /// group across dates and outlets.
    Measure,
    Period {
        year: i32,
        decade: bool,
    },
    Doc(u32),
    Type(u8),
}

/// A figure in an article.
#[derive(Debug, Clone, Copy)]
struct Inst<'p> {
    doc: u32,
    para: u32,
    proto: &'p Proto,
    month: Option<u32>,
    from: &'static str,
}

impl Inst<'_> {
    fn high(&self) -> f64 {
        self.proto.high.unwrap_or(f64::INFINITY)
    }
}

/// All figures of the theme, grouped and checked for conflicts.
pub(crate) fn figures(ctx: &Ctx<'_>) -> Vec<FigureGroup> {
    let cache = extract_all(ctx);
    let by = by_event(ctx, &cache);
    let mut out: Vec<FigureGroup> = cluster_years(by)
        .into_iter()
        .map(|(key, list)| group(ctx, key, list))
        .collect();
    out.sort_by(|a, b| {
        let cat = |g: &FigureGroup| CATEGORIES.iter().position(|c| *c == g.category);
        b.conflict
            .cmp(&a.conflict)
            .then(b.outlets.len().cmp(&a.outlets.len()))
            .then(cat(a).cmp(&cat(b)))
            .then(a.event.cmp(&b.event))
            .then_with(|| {
                let lo = |g: &FigureGroup| g.figures.first().map_or(0.0, |f| f.low);
                lo(a).total_cmp(&lo(b))
            })
    });
    out
}

/// The figures of every distinct paragraph text of the theme's articles,
/// by text id (each text read once).
fn extract_all(ctx: &Ctx<'_>) -> Vec<Option<Vec<Proto>>> {
    let texts = &ctx.texts;
    let mut cache: Vec<Option<Vec<Proto>>> = vec![None; texts.paras.len()];
    for &di in &ctx.theme_docs {
        if ctx.scoped[di].is_empty() {
            continue;
        }
        let d = ctx.doc(di);
        for pi in ctx.scoped.paras(di) {
            let (Some(p), Some(&id)) = (d.paragraphs.get(pi), texts.doc_paras[di].get(pi)) else {
                continue;
            };
            if let Some(slot) = cache.get_mut(id as usize)
                && slot.is_none()
            {
                *slot = Some(extract(ctx, &p.text, &texts.paras[id as usize]));
            }
        }
    }
    cache
}

/// Every figure of every article, by (category, event).
fn by_event<'p>(
    ctx: &Ctx<'_>,
    cache: &'p [Option<Vec<Proto>>],
) -> BTreeMap<(u8, Key), Vec<Inst<'p>>> {
    let texts = &ctx.texts;
    let mut by: BTreeMap<(u8, Key), Vec<Inst<'_>>> = BTreeMap::new();
    for &di in &ctx.theme_docs {
        if ctx.scoped[di].is_empty() {
            continue;
        }
        let date = ctx.corpus.documents[di].date;
        for pi in ctx.scoped.paras(di) {
            let Some(id) = texts.doc_paras[di].get(pi) else {
                continue;
            };
            let Some(Some(protos)) = cache.get(*id as usize) else {
                continue;
            };
            for proto in protos {
                let (key, month, from) = place(proto, di, date);
                by.entry((proto.category, key)).or_default().push(Inst {
                    doc: di as u32,
                    para: pi as u32,
                    proto,
                    month,
                    from,
                });
            }
        }
    }
    by
}

/// Where a figure of document `di` (dated `date`) is grouped: its key,
/// month and how its event was found.
fn place(
    proto: &Proto,
    di: usize,
    date: Option<chrono::NaiveDate>,
) -> (Key, Option<u32>, &'static str) {
    use chrono::Datelike;
    if STANDING.contains(&CATEGORIES[proto.category as usize]) {
        let from = match proto.event {
            Event::Period { .. } => "sentence",
            _ if date.is_some() => "article date",
            _ => "undated article",
        };
        return (Key::Measure, proto.month, from);
    }
    match proto.event {
        Event::Period { year, decade } => (Key::Period { year, decade }, proto.month, "sentence"),
        Event::Type(t) => (Key::Type(t), proto.month, EVENT_TYPES[t as usize]),
        Event::Article => match date.map(|d| (period(d.year()), d)) {
            Some((Event::Period { year, decade }, d)) => (
                Key::Period { year, decade },
                Some(d.month()),
                "article date",
            ),
            _ => (Key::Doc(di as u32), None, "undated article"),
        },
    }
}

/// The groups: years of one event type are split into clusters of
/// mentions within [`YEAR_SPAN`] of each other; other keys stay whole.
fn cluster_years(by: BTreeMap<(u8, Key), Vec<Inst<'_>>>) -> Vec<(Key, Vec<Inst<'_>>)> {
    let mut groups: Vec<(Key, Vec<Inst<'_>>)> = Vec::new();
    for ((_, key), mut list) in by {
        if let Key::Type(_) = key {
            list.sort_by(|a, b| a.proto.low.total_cmp(&b.proto.low));
            let mut cluster: Vec<Inst<'_>> = Vec::new();
            let mut reach = f64::NEG_INFINITY;
            for r in list {
                if !cluster.is_empty() && r.proto.low - reach > YEAR_SPAN {
                    groups.push((key, std::mem::take(&mut cluster)));
                }
                reach = reach.max(r.proto.high.unwrap_or(r.proto.low));
                cluster.push(r);
            }
            if !cluster.is_empty() {
                groups.push((key, cluster));
            }
        } else {
            groups.push((key, list));
        }
    }
    groups
}

/// The text of byte range `r` of the paragraph of figure `i`.
fn text_of<'c>(ctx: &'c Ctx<'_>, i: &Inst<'_>, r: (u32, u32)) -> &'c str {
    ctx.doc(i.doc as usize)
        .paragraphs
        .get(i.para as usize)
        .and_then(|p| p.text.get(r.0 as usize..r.1 as usize))
        .unwrap_or("")
}

/// The outlet column of figure `i`.
fn col(ctx: &Ctx<'_>, i: &Inst<'_>) -> usize {
    ctx.doc_col[i.doc as usize]
}

/// One reported group: conflicts found, figures deduplicated and capped.
fn group(ctx: &Ctx<'_>, key: Key, mut list: Vec<Inst<'_>>) -> FigureGroup {
    list.sort_by_key(|i| (col(ctx, i), i.doc, i.para, i.proto.sent.0, i.proto.value.0));
    let category = CATEGORIES[list[0].proto.category as usize];
    let note = conflict(ctx, category, &list);
    let mut cols: Vec<usize> = list.iter().map(|i| col(ctx, i)).collect();
    cols.dedup();
    let outlets: Vec<String> = cols
        .iter()
        .map(|&c| ctx.theme.outlets.get(c).cloned().unwrap_or_default())
        .collect();
    let (event, event_label) = event_names(ctx, key, &list);
    let figures = shown_figures(ctx, &list);
    FigureGroup {
        category: category.to_string(),
        event,
        event_label,
        outlets,
        conflict: note.is_some(),
        conflict_note: note,
        more: list.len() - figures.len(),
        figures,
    }
}

/// The first conflict between two outlets' figures of a group, in words:
/// two figures whose ranges do not overlap (in the same month when both
/// state one). Years never conflict: two dates are two events.
fn conflict(ctx: &Ctx<'_>, category: &str, list: &[Inst<'_>]) -> Option<String> {
    // Distinct figures per outlet (and month): enough to find any conflict.
    let mut distinct: BTreeMap<(usize, Option<u32>, bool, u64, u64), Inst<'_>> = BTreeMap::new();
    for i in list {
        let m = if category == "year" { None } else { i.month };
        let key = (
            col(ctx, i),
            m,
            i.proto.share,
            i.proto.low.to_bits(),
            i.high().to_bits(),
        );
        distinct.entry(key).or_insert(*i);
    }
    if category == "year" {
        // Dates are events, not figures: two dates are two events.
        return None;
    }
    let v: Vec<Inst<'_>> = distinct.into_values().collect();
    let pair = first_pair(&v, |a, b| {
        let months = match (a.month, b.month) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        col(ctx, a) != col(ctx, b)
            && months
            && a.proto.share == b.proto.share
            && (a.proto.low > b.high() || b.proto.low > a.high())
    })
    .map(|(a, b)| (*a, *b));
    pair.map(|(a, b)| {
        format!(
            "{}: {} vs {}: {}",
            outlet_name(ctx, col(ctx, &a)),
            text_of(ctx, &a, a.proto.value),
            outlet_name(ctx, col(ctx, &b)),
            text_of(ctx, &b, b.proto.value)
        )
    })
}

/// The first pair (in order) of `items` for which `conflicts` holds.
fn first_pair<T>(items: &[T], conflicts: impl Fn(&T, &T) -> bool) -> Option<(&T, &T)> {
    items.iter().enumerate().find_map(|(k, a)| {
        items[k + 1..]
            .iter()
            .find(|b| conflicts(a, b))
            .map(|b| (a, b))
    })
}

/// An outlet's name, by column.
fn outlet_name(ctx: &Ctx<'_>, c: usize) -> String {
    let id = ctx.theme.outlets.get(c).map_or("", String::as_str);
    ctx.project
        .outlet(id)
        .map_or_else(|| id.to_string(), |o| o.name.clone())
}

/// The group's event as a key ("1990s", "article:<path>", "ceasefire") and
/// for readers ("the 1990s", "ceasefire, 1994").
fn event_names(ctx: &Ctx<'_>, key: Key, list: &[Inst<'_>]) -> (String, String) {
    match key {
        Key::Measure => ("any".into(), "any date".into()),
        Key::Period { year, decade: true } => (format!("{year}s"), format!("the {year}s")),
        Key::Period { year, .. } => (year.to_string(), year.to_string()),
        Key::Doc(d) => {
            let doc = &ctx.corpus.documents[d as usize];
            // The title may be only a file name: the citation names the
            // article; the label says whose it is.
            (
                format!("article:{}", doc.path),
                format!(
                    "the events of an undated article of {}",
                    outlet_name(ctx, ctx.doc_col[d as usize])
                ),
            )
        }
        Key::Type(t) => {
            let name = EVENT_TYPES[t as usize];
            let lo = list
                .iter()
                .map(|r| r.proto.low)
                .fold(f64::INFINITY, f64::min);
            let hi = list
                .iter()
                .map(|r| r.proto.high.unwrap_or(r.proto.low))
                .fold(f64::NEG_INFINITY, f64::max);
            let label = if lo == hi {
                format!("{name}, {lo}")
            } else {
                format!("{name}, {lo}–{hi}")
            };
            (name.to_string(), label)
        }
    }
}

/// The figures shown: distinct (outlet, value, sentence), at most
/// [`MAX_PER_OUTLET`] per outlet.
fn shown_figures(ctx: &Ctx<'_>, list: &[Inst<'_>]) -> Vec<Figure> {
    let mut seen: std::collections::HashSet<(usize, &str, &str)> = Default::default();
    let mut shown: BTreeMap<usize, usize> = BTreeMap::new();
    let mut figures = Vec::new();
    for i in list {
        let value = text_of(ctx, i, i.proto.value);
        let sentence = text_of(ctx, i, i.proto.sent);
        if !seen.insert((col(ctx, i), value, sentence)) {
            continue;
        }
        let k = shown.entry(col(ctx, i)).or_default();
        if *k >= MAX_PER_OUTLET {
            continue;
        }
        *k += 1;
        let d = &ctx.corpus.documents[i.doc as usize];
        figures.push(Figure {
            at: super::Cited {
                outlet: d.outlet.as_deref().unwrap_or_default().to_string(),
                source: d.path.clone(),
                paragraph: i.para as usize,
            },
            value: value.to_string(),
            low: i.proto.low,
            high: i.proto.high,
            share: i.proto.share,
            month: i.month,
            event_from: i.from.to_string(),
            sentence: sentence.to_string(),
            date: d.date_string(),
        });
    }
    figures
}

#[cfg(test)]
mod tests {
    use super::super::testutil::setup;
    use super::super::text::{Tokenizer, Vocab};
    use super::super::{Comparison, compare};
    use super::*;
    use crate::collect::collect;

    /// (value as written, category, low, high) of every count in `text`.
    fn counts(text: &str) -> Vec<(String, Option<&'static str>, f64, Option<f64>)> {
        let mut v = Vocab::default();
        let pt = Tokenizer::default().analyze(&mut v, text);
        let mut out = Vec::new();
        for sent in &pt.sents {
            let s = Words {
                text,
                toks: &pt.toks[sent.t0 as usize..sent.t1 as usize],
                vocab: &v,
            };
            let mut i = 0;
            while i < s.toks.len() {
                match quantity(&s, i) {
                    Some(q) => {
                        out.push((
                            s.span(q.q0, q.t1).to_string(),
                            category(&s, &q),
                            q.low,
                            q.high,
                        ));
                        i = q.t1.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        out
    }

    #[test]
    fn numbers_and_what_they_count() {
        let c = counts(
            "The conflict has left at least 30,000 people dead and displaced more than a million, mostly Azeris.",
        );
        assert_eq!(
            c,
            vec![
                ("at least 30,000".into(), Some("killed"), 30_000.0, None),
                ("more than a million".into(), Some("displaced"), 1e6, None),
            ]
        );
        let c = counts(
            "An ensuing war killed 30,000 and displaced hundreds of thousands before ending in a ceasefire in 1994.",
        );
        assert_eq!(c[0].1, Some("killed"));
        assert_eq!((c[0].2, c[0].3), (27_000.0, Some(33_000.0)));
        assert_eq!(c[1].0, "hundreds of thousands");
        assert_eq!(c[1].1, Some("displaced"));
        assert_eq!(c.len(), 2, "1994 is a year, not a count: {c:?}");
        let c = counts(
            "At least five people have been killed and more than 80 others injured. It called on the 2,000 Russian peacekeepers to act.",
        );
        let cats: Vec<_> = c.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(
            cats,
            vec![
                ("At least five", Some("killed")),
                ("more than 80", Some("injured")),
                ("2,000", Some("peacekeepers"))
            ]
        );
        let c = counts("The region of fewer than 150,000 people declared independence.");
        assert_eq!(c[0].1, Some("population"));
        assert_eq!(c[0].3, Some(150_000.0));
        // Not counts: durations, compounds, days, money.
        let c = counts(
            "Nearly three years after a four-day war, on Sept. 19, it spent billions of dollars and one-seventh of its land.",
        );
        assert!(c.is_empty(), "{c:?}");
    }

    fn run(docs: &[(&str, &str, &str)]) -> Comparison {
        let (p, c) = setup(docs);
        let col = collect(&c, &p.themes[0]).expect("collect");
        compare(&p, &c, &p.themes[0], &col)
    }

    #[test]
    fn same_event_different_figure_is_a_conflict() {
        let cmp = run(&[
            (
                "a",
                "s/a/1.txt",
                "Russia watched as the conflict started in the early 1990s and has left at least 30,000 people dead and displaced more than a million, mostly Azeris.\n",
            ),
            (
                "b",
                "s/b/1.txt",
                "An ensuing war killed 30,000 and displaced hundreds of thousands before Russia helped end it in a ceasefire in 1994.\n",
            ),
        ]);
        let g = |cat: &str| {
            cmp.figures
                .iter()
                .find(|g| g.category == cat && g.event == "1990s")
                .unwrap_or_else(|| panic!("{cat}: {:#?}", cmp.figures))
        };
        assert!(g("displaced").conflict);
        assert!(
            g("displaced").conflict_note.as_deref().is_some_and(|n| n
                .contains("more than a million")
                && n.contains("hundreds of thousands")),
            "{:?}",
            g("displaced").conflict_note
        );
        assert!(!g("killed").conflict);
        assert_eq!(g("killed").figures.len(), 2);
        assert_eq!(cmp.figures[0].category, "displaced", "conflicts first");
    }

    #[test]
    fn different_events_are_not_a_conflict() {
        let cmp = run(&[
            (
                "a",
                "s/a/1.txt",
                "At least 39 troops and civilians have been killed in the worst clashes near Russia's allies since 2016.\n",
            ),
            (
                "b",
                "s/b/1.txt",
                "The war of the 1990s, which Moscow helped end, killed 30,000 people.\n",
            ),
            (
                "c",
                "s/c/1.txt",
                "Russia says the ceasefire of 1994 held for years. A new Russian-brokered ceasefire came in 2020.\n",
            ),
        ]);
        assert!(
            cmp.figures.iter().all(|g| !g.conflict),
            "{:#?}",
            cmp.figures
        );
        let killed: Vec<&FigureGroup> = cmp
            .figures
            .iter()
            .filter(|g| g.category == "killed")
            .collect();
        assert_eq!(killed.len(), 2, "two events: {killed:#?}");
        let ceasefires: Vec<&FigureGroup> = cmp
            .figures
            .iter()
            .filter(|g| g.category == "year" && g.event == "ceasefire")
            .collect();
        assert_eq!(ceasefires.len(), 2, "1994 and 2020 are two ceasefires");
    }

    #[test]
    fn years_of_the_same_event_agree_or_conflict() {
        let cmp = run(&[
            (
                "a",
                "s/a/1.txt",
                "Russia notes that Turkey has kept its border with Armenia closed since 1993.\n",
            ),
            (
                "b",
                "s/b/1.txt",
                "Turkey closed the border with Armenia in the early 1990s, Moscow recalls.\n",
            ),
            (
                "c",
                "s/c/1.txt",
                "Russia recalls that Turkey closed the border with Armenia in 1996.\n",
            ),
        ]);
        let g = cmp
            .figures
            .iter()
            .find(|g| g.event == "border closure")
            .expect("border closure");
        assert_eq!(g.outlets, vec!["a", "b", "c"]);
        // Dates are events, not figures: 1996 beside 1993 is listed, never
        // flagged as a conflict.
        assert!(!g.conflict, "{g:#?}");
        assert!(g.conflict_note.is_none());
    }

    /// (value as written, category) of every count of `text`.
    fn cats(text: &str) -> Vec<(String, Option<&'static str>)> {
        counts(text)
            .into_iter()
            .filter(|c| c.1.is_some())
            .map(|c| (c.0, c.1))
            .collect()
    }

    fn pair(v: &str, c: &'static str) -> (String, Option<&'static str>) {
        (v.to_string(), Some(c))
    }

    /// A figure as the share tests see it: value as written, category, low,
    /// high (rounded to 4 places), share.
    type Read = (String, Option<&'static str>, f64, Option<f64>, bool);

    /// Every figure in `text`.
    fn shares(text: &str) -> Vec<Read> {
        let mut v = Vocab::default();
        let pt = Tokenizer::default().analyze(&mut v, text);
        let mut out = Vec::new();
        for s in Words::sentences(text, &pt, &v) {
            let mut i = 0;
            while i < s.toks.len() {
                let starts = s.numeric(i) || (matches!(s.w(i), "a" | "an") && s.numeric(i + 1));
                match starts.then(|| quantity(&s, i)).flatten() {
                    Some(q) => {
                        let c = category(&s, &q);
                        let (a, b) = value_range(&s, &q);
                        let r4 = |x: f64| (x * 1e4).round() / 1e4;
                        out.push((
                            text[a as usize..b as usize].to_string(),
                            c,
                            r4(q.low),
                            q.high.map(r4),
                            q.share,
                        ));
                        i = q.t1.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        out
    }

    #[test]
    fn shares_are_kept_whole_with_their_range() {
        let third = 0.3333;
        assert_eq!(
            shares("Over one third of the residents have fled."),
            vec![(
                "Over one third".into(),
                Some("displaced"),
                third,
                Some(1.0),
                true
            )]
        );
        assert_eq!(
            shares("Nearly half of the villagers fled, and one in five was wounded."),
            vec![
                (
                    "Nearly half".into(),
                    Some("displaced"),
                    0.425,
                    Some(0.5),
                    true
                ),
                ("one in five".into(), Some("injured"), 0.2, Some(0.2), true),
            ]
        );
        assert_eq!(
            shares("About 40% of the population fled; two-thirds of them were killed."),
            vec![
                (
                    "About 40%".into(),
                    Some("displaced"),
                    0.34,
                    Some(0.46),
                    true
                ),
                (
                    "two-thirds".into(),
                    Some("killed"),
                    0.6667,
                    Some(0.6667),
                    true
                ),
            ]
        );
        assert_eq!(
            shares("Some 12 per cent of the town's people were evacuated."),
            vec![(
                "Some 12 per cent".into(),
                Some("displaced"),
                0.102,
                Some(0.138),
                true
            )]
        );
    }

    #[test]
    fn counter_examples_of_shares() {
        // The whole a share is of is not what it did.
        assert_eq!(
            shares("Two thirds of the displaced returned home."),
            vec![("Two thirds".into(), None, 0.6667, Some(0.6667), true)]
        );
        // Not shares: a compound, a count with "half", more than a whole,
        // an ordinal, the whole of a ratio read alone.
        assert!(shares("Her half-brother was killed.").is_empty());
        assert!(
            shares("A half million people fled.").iter().all(|x| !x.4),
            "a half million is a count"
        );
        assert!(shares("Three halves of the army.").is_empty());
        assert_eq!(
            shares("On the third day, 5 were killed."),
            vec![("5".into(), Some("killed"), 5.0, Some(5.0), false)]
        );
        assert_eq!(
            shares("One in five fled.").len(),
            1,
            "'five' is not read again"
        );
    }

    /// The "displaced" groups of two articles, of outlets a and b.
    fn displaced(a: &str, b: &str) -> Vec<FigureGroup> {
        let cmp = run(&[("a", "s/a/1.txt", a), ("b", "s/b/1.txt", b)]);
        cmp.figures
            .into_iter()
            .filter(|g| g.category == "displaced")
            .collect()
    }

    #[test]
    fn a_share_and_a_count_never_conflict_but_two_shares_may() {
        let third = "In Russia's ally, a third of the residents fled in 2020.\n";
        let g = displaced(third, "In Russia's ally, 100,000 residents fled in 2020.\n");
        assert_eq!(g.len(), 1, "{g:#?}");
        assert!(
            !g[0].conflict,
            "a share and a count measure different things"
        );
        assert!(g[0].figures.iter().any(|f| f.share && f.value == "a third"));
        let g = displaced(
            third,
            "In Russia's ally, over half of the residents fled in 2020.\n",
        );
        assert!(
            g[0].conflict,
            "a third and over half cannot both be right: {g:#?}"
        );
    }

    #[test]
    fn a_number_binds_to_the_noun_of_its_own_clause() {
        assert_eq!(
            cats("Three soldiers were killed, while 19 others were injured in the shelling."),
            vec![pair("Three", "killed"), pair("19", "injured")]
        );
        assert_eq!(
            cats("The number of injured rose to 19, while the death toll stood at 3."),
            vec![pair("19", "injured"), pair("3", "killed")]
        );
        assert_eq!(
            cats("Officials said 12 civilians were wounded and 4 were killed overnight."),
            vec![pair("12", "injured"), pair("4", "killed")]
        );
        assert_eq!(
            cats("The base houses 3,000 troops; dozens were killed there in the blast."),
            vec![pair("3,000", "troops"), pair("dozens", "killed")]
        );
        // Counter-examples: a number whose clause names nothing it counts
        // does not borrow the next clause's noun.
        assert_eq!(
            cats("He named 19 villages, which the shelling left with dead and injured."),
            vec![]
        );
        assert_eq!(
            cats("Some 40 buses arrived: 7 people were hurt."),
            vec![pair("7", "injured")]
        );
    }

    #[test]
    fn ranges_vague_amounts_and_shares_are_kept_whole() {
        let c = counts(
            "Between 1,000 and 1,500 peacekeepers are deployed, and 10 to 15 people were killed.",
        );
        assert_eq!(
            c,
            vec![
                (
                    "Between 1,000 and 1,500".into(),
                    Some("peacekeepers"),
                    1000.0,
                    Some(1500.0)
                ),
                ("10 to 15".into(), Some("killed"), 10.0, Some(15.0)),
            ]
        );
        let c = counts("Clashes left 20-30 dead, and 1 to 2 million people fled.");
        assert_eq!(
            c.iter().map(|x| (x.1, x.2, x.3)).collect::<Vec<_>>(),
            vec![
                (Some("killed"), 20.0, Some(30.0)),
                (Some("displaced"), 1e6, Some(2e6))
            ]
        );
        let c = counts("Dozens were killed and scores injured; hundreds of thousands fled.");
        assert_eq!(
            c,
            vec![
                ("Dozens".into(), Some("killed"), 24.0, Some(199.0)),
                ("scores".into(), Some("injured"), 40.0, Some(999.0)),
                (
                    "hundreds of thousands".into(),
                    Some("displaced"),
                    200_000.0,
                    Some(999_999.0)
                ),
            ]
        );
        // Counter-example: a change ("from 3 to 12") is not a range.
        assert_eq!(
            cats("The death toll rose from 3 to 12 overnight."),
            vec![pair("12", "killed")]
        );
    }

    #[test]
    fn a_figure_is_dated_by_its_own_clause_else_its_article() {
        let dated = |d: &str, t: &str| format!("+++\ndate = {d}\n+++\n{t}\n");
        let cmp = run(&[
            (
                "a",
                "s/a/1.txt",
                &dated(
                    "2023-09-20",
                    "Ivan Petrov, who moved to Moscow in 2001, said 19 people were injured in Russian shelling.",
                ),
            ),
            (
                "b",
                "s/b/1.txt",
                &dated(
                    "2023-09-21",
                    "In April 2016, dozens were killed in fighting that Russia helped to end, years after the ceasefire of the 1990s.",
                ),
            ),
        ]);
        let events = |cat: &str| -> Vec<String> {
            cmp.figures
                .iter()
                .filter(|g| g.category == cat)
                .map(|g| g.event.clone())
                .collect()
        };
        // The aside's 2001 does not date the injured: the article does.
        assert_eq!(events("injured"), vec!["2023"], "{:#?}", cmp.figures);
        // The year of the figure's own clause wins over a later clause's decade.
        assert_eq!(events("killed"), vec!["2016"], "{:#?}", cmp.figures);
    }

    #[test]
    fn standing_measures_are_one_group_across_dates_and_outlets() {
        let dated = |d: &str, t: &str| format!("+++\ndate = {d}\n+++\n{t}\n");
        let a = dated(
            "2020-11-12",
            "Russia deployed 1,960 peacekeepers to the region.",
        );
        let b = dated(
            "2022-03-01",
            "About 2,000 Russian peacekeepers patrol the corridor.",
        );
        let c = dated("2023-09-19", "Moscow keeps 2,000 peacekeepers there.");
        let cmp = run(&[
            ("a", "s/a/1.txt", &a),
            ("b", "s/b/1.txt", &b),
            ("c", "s/c/1.txt", &c),
        ]);
        let g: Vec<&FigureGroup> = cmp
            .figures
            .iter()
            .filter(|g| g.category == "peacekeepers")
            .collect();
        assert_eq!(g.len(), 1, "{g:#?}");
        assert_eq!(g[0].outlets, vec!["a", "b", "c"]);
        assert!(!g[0].conflict, "the ranges overlap: {g:#?}");
        // Counter-example: ranges that do not overlap differ.
        let c = dated("2023-09-19", "Moscow keeps 10,000 peacekeepers there.");
        let cmp = run(&[("a", "s/a/1.txt", &a), ("c", "s/c/1.txt", &c)]);
        let g = cmp
            .figures
            .iter()
            .find(|g| g.category == "peacekeepers")
            .unwrap();
        assert!(g.conflict, "{g:#?}");
    }
}
