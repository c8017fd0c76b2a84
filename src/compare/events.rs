//! Which dates a sentence gives are events: a dated happening, not a year
//! met in passing.
//!
//! A date is an **event** when its sentence tells of a happening: it holds
//! an event word ([`EVENT_WORDS`]: fighting, attacks, a ceasefire, talks, a
//! deployment, a visit, a statement, an election, a death…), compared by
//! English stem so that "attacked", "attacks" and "attacking" all count.
//!
//! A date is **background**, never an event, when it sits in:
//! - a stretch of a life story: born, graduated, studied, married, retired,
//!   grew up… ([`LIFE_WORDS`]): "Petrov, who was born in 1961, said …";
//! - a stretch of a move or a stay ([`STAY_WORDS`]: moved, lived, worked,
//!   settled…) that tells of no event itself: "…, who moved to Moscow in
//!   2001, …" (but "Russia moved troops to the border in 2020" is an event:
//!   troops are an event word);
//! - brackets that hold only dates and life markers: "Heydar Aliyev
//!   (1923–2003)", "(born 1961)".
//!
//! The stretch a date sits in runs between commas, brackets, dashes and the
//! words that join two statements ("and", "but", "while", "later"): "He
//! graduated in 1999 and was elected mayor in 2014" gives a life story
//! (1999) and an event (2014).

use std::collections::HashSet;
use std::sync::LazyLock;

use super::figures::Words;
use crate::text::DateWord;

/// Words of happenings, in a natural form; matched by English stem.
pub(crate) const EVENT_WORDS: &[&str] = &[
    // Conflict.
    "war",
    "fighting",
    "fought",
    "clash",
    "battle",
    "attack",
    "offensive",
    "invasion",
    "invaded",
    "incursion",
    "raid",
    "ambush",
    "skirmish",
    "shelling",
    "shelled",
    "bombing",
    "bombed",
    "airstrike",
    "strike",
    "struck",
    "hostilities",
    "conflict",
    "escalation",
    "escalated",
    "massacre",
    "pogrom",
    "siege",
    "blockade",
    "occupation",
    "occupied",
    "liberation",
    "liberated",
    "annexation",
    "annexed",
    "captured",
    "seized",
    "regained",
    "retook",
    "recaptured",
    "killed",
    "died",
    "death",
    "deaths",
    "wounded",
    "injured",
    "fled",
    "displaced",
    "expelled",
    "deportation",
    "deported",
    "exodus",
    "explosion",
    "troops",
    "forces",
    "soldiers",
    "peacekeepers",
    "operation",
    "mission",
    "coup",
    "uprising",
    "revolution",
    "protest",
    "crisis",
    // Beginnings, ends, changes.
    "began",
    "begun",
    "started",
    "erupted",
    "broke",
    "ended",
    "collapsed",
    "resumed",
    "halted",
    "suspended",
    "launched",
    "closed",
    "opened",
    "established",
    "founded",
    "created",
    "dissolved",
    "abolished",
    "imposed",
    "lifted",
    "independence",
    // Diplomacy and decisions.
    "ceasefire",
    "truce",
    "armistice",
    "deal",
    "agreement",
    "agreed",
    "accord",
    "treaty",
    "talks",
    "negotiations",
    "negotiated",
    "summit",
    "meeting",
    "met",
    "visit",
    "visited",
    "brokered",
    "mediated",
    "signed",
    "ratified",
    "recognised",
    "recognized",
    "recognition",
    "sanctions",
    "deployed",
    "deployment",
    "withdrew",
    "withdrawn",
    "withdrawal",
    "election",
    "elected",
    "referendum",
    "voted",
    "vote",
    "resolution",
    "ruling",
    "ruled",
    "verdict",
    "trial",
    "arrested",
    "sentenced",
    "approved",
    "adopted",
    "passed",
    "won",
    "lost",
    "handed",
    "reform",
    "assassinated",
    "assassination",
    "earthquake",
    // Statements.
    "said",
    "statement",
    "announced",
    "declared",
    "declaration",
    "stated",
    "expressed",
    "warned",
    "vowed",
    "promised",
    "pledged",
    "accused",
    "called",
    "demanded",
    "proposed",
    "proposal",
];

/// Words of a life story: a date in their stretch is a biography, not an event.
pub(crate) const LIFE_WORDS: &[&str] = &[
    "born",
    "birth",
    "birthday",
    "graduated",
    "studied",
    "married",
    "divorced",
    "childhood",
    "educated",
    "retired",
    "emigrated",
    "immigrated",
    "aged",
    "upbringing",
    "schooling",
];

/// Words of a move or a stay: a date in their stretch is background unless
/// the stretch itself tells of an event.
pub(crate) const STAY_WORDS: &[&str] = &[
    "moved",
    "relocated",
    "lived",
    "resided",
    "settled",
    "worked",
    "stayed",
];

/// Markers that may stand beside dates in a bracketed life span: "(born
/// 1961)", "(b. 1961)", "(1923–2003)", "(died 2003)".
const SPAN_MARKERS: &[&str] = &["born", "b", "died", "d", "c", "ca", "circa", "and", "to"];

fn stems(words: &[&str]) -> HashSet<String> {
    let stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
    words.iter().map(|w| stemmer.stem(w).into_owned()).collect()
}

static EVENT_STEMS: LazyLock<HashSet<String>> = LazyLock::new(|| stems(EVENT_WORDS));
static LIFE_STEMS: LazyLock<HashSet<String>> = LazyLock::new(|| stems(LIFE_WORDS));
static STAY_STEMS: LazyLock<HashSet<String>> = LazyLock::new(|| stems(STAY_WORDS));

/// Words that split a comma-free stretch into the parts of a life story
/// and what follows it: "He graduated in 1999 and was elected in 2014".
const SPLITTERS: &[&str] = &["and", "but", "while", "whereas", "then", "later"];

/// The dates of one sentence, told apart: which date tokens are events.
pub(crate) struct SentenceEvents {
    event: Vec<bool>,
    has_event: bool,
}

impl SentenceEvents {
    /// Reads sentence `s`.
    pub(crate) fn new(s: &Words<'_>) -> Self {
        let event: Vec<bool> = (0..s.toks.len()).map(|i| is_event_word(s, i)).collect();
        let has_event = event.iter().any(|&e| e);
        SentenceEvents { event, has_event }
    }

    /// Whether the date at token `i` is an event (see the module).
    pub(crate) fn is_event(&self, s: &Words<'_>, i: usize) -> bool {
        self.has_event && !self.background(s, i)
    }

    /// Whether the date at token `i` is in a life story, a move or stay
    /// without an event, or a bracketed life span.
    pub(crate) fn background(&self, s: &Words<'_>, i: usize) -> bool {
        let (a, b) = region(s, i);
        let life = (a..=b).any(|j| LIFE_STEMS.contains(s.stem(j)) || grew_up(s, j));
        let stay = (a..=b).any(|j| STAY_STEMS.contains(s.stem(j)));
        let event_here = (a..=b).any(|j| self.event[j] && !STAY_STEMS.contains(s.stem(j)));
        life || (stay && !event_here) || life_span(s, i)
    }
}

/// Whether the text between two words ends a stretch (a comma, a
/// semicolon, a colon, a bracket or a dash).
fn boundary(gap: &str) -> bool {
    gap.contains([',', ';', ':', '(', ')', '—', '–'])
}

/// The stretch of sentence `s` around token `i`: tokens between commas,
/// brackets, dashes and [`SPLITTERS`].
fn region(s: &Words<'_>, i: usize) -> (usize, usize) {
    let n = s.toks.len();
    let mut a = i;
    while a > 0 && !boundary(s.gap_before(a)) && !SPLITTERS.contains(&s.w(a - 1)) {
        a -= 1;
    }
    let mut b = i;
    while b + 1 < n && !boundary(s.gap_after(b)) && !SPLITTERS.contains(&s.w(b + 1)) {
        b += 1;
    }
    (a, b)
}

/// Whether token `i` is an event word (not one used as a stay word).
fn is_event_word(s: &Words<'_>, i: usize) -> bool {
    let stem = s.stem(i);
    if !EVENT_STEMS.contains(stem) {
        return false;
    }
    // "broke" is an event as "broke out", "broke off", "broke up".
    if s.w(i) == "broke" {
        return matches!(s.w(i + 1), "out" | "off" | "up" | "through");
    }
    true
}

/// "grew up", "brought up", "raised in": a childhood.
fn grew_up(s: &Words<'_>, j: usize) -> bool {
    matches!(s.w(j), "grew" | "grown" | "growing" | "brought") && s.w(j + 1) == "up"
}

/// Whether the date at token `i` is inside brackets holding only dates,
/// numbers and life-span markers ("(1923–2003)", "(born 1961)").
fn life_span(s: &Words<'_>, i: usize) -> bool {
    let n = s.toks.len();
    let mut a = i;
    loop {
        let gap = s.gap_before(a);
        if gap.contains(')') && a != i {
            return false;
        }
        if gap.contains('(') {
            break;
        }
        if a == 0 {
            return false;
        }
        a -= 1;
    }
    let mut b = i;
    while b + 1 < n && !s.gap_after(b).contains(')') {
        if s.gap_after(b).contains('(') {
            return false;
        }
        b += 1;
    }
    if !s.gap_after(b).contains(')') {
        return false;
    }
    (a..=b).all(|j| {
        s.date(j) != DateWord::None
            || s.w(j).bytes().all(|c| c.is_ascii_digit())
            || SPAN_MARKERS.contains(&s.w(j))
    })
}

#[cfg(test)]
mod tests {
    use super::super::text::{Tokenizer, Vocab};
    use super::*;

    /// The years of `text` (as written) with whether each is an event.
    fn years(text: &str) -> Vec<(String, bool)> {
        let mut v = Vocab::default();
        let pt = Tokenizer::default().analyze(&mut v, text);
        let mut out = Vec::new();
        for s in Words::sentences(text, &pt, &v) {
            let ev = SentenceEvents::new(&s);
            for i in 0..s.toks.len() {
                if matches!(s.date(i), DateWord::Year(_) | DateWord::Decade(_)) {
                    out.push((s.w(i).to_string(), ev.is_event(&s, i)));
                }
            }
        }
        out
    }

    fn yes(y: &str) -> (String, bool) {
        (y.to_string(), true)
    }
    fn no(y: &str) -> (String, bool) {
        (y.to_string(), false)
    }

    #[test]
    fn happenings_are_events_in_any_inflection() {
        assert_eq!(
            years("Rebels attacked the depot in 2019."),
            vec![yes("2019")]
        );
        assert_eq!(
            years("The attacks of 2019 shook the town."),
            vec![yes("2019")]
        );
        assert_eq!(
            years("A truce was signed in May 1994 after heavy fighting."),
            vec![yes("1994")]
        );
        assert_eq!(
            years("The minister visited the capital in 2011."),
            vec![yes("2011")]
        );
        assert_eq!(
            years("Talks collapsed in 2010 and resumed in 2012."),
            vec![yes("2010"), yes("2012")]
        );
        assert_eq!(
            years("Hostilities broke out in the 1980s."),
            vec![yes("1980s")]
        );
        assert_eq!(
            years("The army moved troops to the border in 2020."),
            vec![yes("2020")],
            "a move of troops is an event, not a stay"
        );
    }

    #[test]
    fn years_without_a_happening_are_not_events() {
        assert_eq!(
            years("The museum's collection dates from 1890."),
            vec![no("1890")]
        );
        assert_eq!(
            years("A 2005 draft plan never got off the ground."),
            vec![no("2005")]
        );
        assert_eq!(
            years("Her finances broke even in 2015."),
            vec![no("2015")],
            "'broke' is an event only as 'broke out / off / up'"
        );
    }

    #[test]
    fn life_stories_and_asides_are_background() {
        assert_eq!(
            years("Petrov, who moved to Moscow in 2001, said the shelling went on."),
            vec![no("2001")]
        );
        assert_eq!(
            years("The envoy, born in 1961, signed the accord."),
            vec![no("1961")]
        );
        assert_eq!(
            years("She grew up in Ganja in the 1970s and later met the president."),
            vec![no("1970s")]
        );
        assert_eq!(
            years("Nikolai Sorin (1923–2003) founded the party."),
            vec![no("1923"), no("2003")]
        );
        assert_eq!(
            years("The general (born 1958) announced a withdrawal."),
            vec![no("1958")]
        );
        assert_eq!(
            years("He graduated in 1999 and was elected mayor in 2014."),
            vec![no("1999"), yes("2014")]
        );
    }

    #[test]
    fn counter_examples_stay_events() {
        // Brackets that say more than a life span are not an aside.
        assert_eq!(
            years("The war (which ended in 1994) left scars."),
            vec![yes("1994")]
        );
        // A stay word beside an event in its own stretch: the event wins.
        assert_eq!(
            years("Families lived in tents after the shelling of 1993."),
            vec![yes("1993")]
        );
        // A life word in another stretch does not touch this one.
        assert_eq!(
            years("Aliyev, who was born in Nakhchivan, declared victory in 2020."),
            vec![yes("2020")]
        );
    }
}
