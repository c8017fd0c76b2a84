//! Passages at a readable length. A paragraph of more than [`LONG_WORDS`]
//! words is shown as the sentences that hold its matched words, with their
//! neighbours while they fit in [`BUDGET_WORDS`]; "[…]" marks each place
//! where text is left out. The full paragraph stays in the briefing data
//! (`text`, `segments`) and in the source.

use crate::text::sentences::sentence_spans;

/// Paragraphs longer than this (in words) are shown as an excerpt.
pub(crate) const LONG_WORDS: usize = 90;
/// The most words an excerpt grows to by adding neighbouring sentences (the
/// sentences with matched words are kept even when they say more).
pub(crate) const BUDGET_WORDS: usize = 70;
/// The mark for left-out text.
pub(crate) const GAP: &str = "[…]";

/// The byte ranges of `text` an excerpt keeps, in order, or `None` when the
/// paragraph is shown whole (short enough, one sentence, or every sentence
/// kept). `hits` are the matched words' byte ranges.
pub(crate) fn excerpt_ranges(text: &str, hits: &[[usize; 2]]) -> Option<Vec<(usize, usize)>> {
    if words(text) <= LONG_WORDS {
        return None;
    }
    let spans = sentence_spans(text);
    if spans.len() < 2 {
        return None;
    }
    let size: Vec<usize> = spans.iter().map(|&(a, b)| words(&text[a..b])).collect();
    let mut keep = vec![false; spans.len()];
    let mut total = 0;
    for (i, &(a, b)) in spans.iter().enumerate() {
        let hit = hits.iter().any(|h| h[0] < b && h[1] > a);
        // Hit sentences are kept in order until the budget is spent; the
        // first one always is.
        if hit && (total == 0 || total + size[i] <= BUDGET_WORDS) {
            keep[i] = true;
            total += size[i];
        }
    }
    if total == 0 {
        keep[0] = true;
        total = size[0];
    }
    grow(&mut keep, &size, &mut total);
    if keep.iter().all(|&k| k) {
        return None;
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, &(a, b)) in spans.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        match out.last_mut() {
            Some(last) if i > 0 && keep[i - 1] => last.1 = b,
            _ => out.push((a, b)),
        }
    }
    Some(out)
}

/// Adds the sentences next to the kept ones (after first, then before)
/// while they fit in the budget.
fn grow(keep: &mut [bool], size: &[usize], total: &mut usize) {
    loop {
        let mut added = false;
        for after in [true, false] {
            let next = (0..keep.len()).find(|&i| {
                !keep[i]
                    && if after {
                        i > 0 && keep[i - 1]
                    } else {
                        i + 1 < keep.len() && keep[i + 1]
                    }
            });
            if let Some(i) = next
                && *total + size[i] <= BUDGET_WORDS
            {
                keep[i] = true;
                *total += size[i];
                added = true;
            }
        }
        if !added {
            return;
        }
    }
}

/// Words in `s`.
fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether the kept `ranges` of `text` leave out text before, between and
/// after them: (before the first, after the last).
pub(crate) fn gaps_at_ends(text: &str, ranges: &[(usize, usize)]) -> (bool, bool) {
    let before = ranges
        .first()
        .is_some_and(|r| !text[..r.0].trim().is_empty());
    let after = ranges
        .last()
        .is_some_and(|r| !text[r.1..].trim().is_empty());
    (before, after)
}

/// The ranges of `ranges` (byte ranges of the whole text) that fall inside
/// `[a, b)`, shifted to start at `a`.
pub(crate) fn clip(ranges: &[[usize; 2]], a: usize, b: usize) -> Vec<[usize; 2]> {
    ranges
        .iter()
        .filter(|r| r[0] >= a && r[1] <= b)
        .map(|r| [r[0] - a, r[1] - a])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(n: usize, word: &str) -> String {
        let mut s = vec!["Filler"];
        s.extend(std::iter::repeat_n(word, n - 1));
        format!("{}.", s.join(" "))
    }

    fn hit_of(text: &str, word: &str) -> Vec<[usize; 2]> {
        text.match_indices(word)
            .map(|(i, w)| [i, i + w.len()])
            .collect()
    }

    #[test]
    fn short_paragraphs_and_single_sentences_are_shown_whole() {
        let short = format!("{} {}", sentence(40, "a"), sentence(40, "ceasefire"));
        assert_eq!(excerpt_ranges(&short, &hit_of(&short, "ceasefire")), None);
        // One long sentence cannot be cut at a sentence end.
        let one = sentence(150, "ceasefire");
        assert_eq!(excerpt_ranges(&one, &hit_of(&one, "ceasefire")), None);
    }

    #[test]
    fn a_long_paragraph_keeps_the_matched_sentence_and_its_neighbours() {
        let parts = [
            sentence(30, "a"),
            sentence(30, "b"),
            sentence(20, "ceasefire"),
            sentence(30, "c"),
            sentence(30, "d"),
        ];
        let text = parts.join(" ");
        let r = excerpt_ranges(&text, &hit_of(&text, "ceasefire")).expect("excerpt");
        let kept: String = r
            .iter()
            .map(|&(a, b)| &text[a..b])
            .collect::<Vec<_>>()
            .join("|");
        assert!(kept.contains("ceasefire"), "{kept}");
        // The matched sentence plus the one after (20 + 30 ≤ 70); the one
        // before would exceed the budget.
        assert_eq!(r.len(), 1);
        assert!(
            kept.starts_with(&parts[2]) && kept.ends_with(&parts[3]),
            "{kept}"
        );
        assert_eq!(gaps_at_ends(&text, &r), (true, true));
    }

    #[test]
    fn matched_sentences_apart_give_two_ranges_and_the_first_is_kept_even_when_long() {
        let parts = [
            sentence(50, "ceasefire"),
            sentence(40, "a"),
            sentence(40, "b"),
            sentence(15, "truce"),
        ];
        let text = parts.join(" ");
        let mut hits = hit_of(&text, "ceasefire");
        hits.extend(hit_of(&text, "truce"));
        hits.sort_unstable();
        let r = excerpt_ranges(&text, &hits).expect("excerpt");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(&text[r[0].0..r[0].1], parts[0]);
        assert_eq!(&text[r[1].0..r[1].1], parts[3]);
        assert_eq!(gaps_at_ends(&text, &r), (false, false));
        // A first matched sentence longer than the budget is still kept.
        let long = [sentence(80, "ceasefire"), sentence(30, "a")].join(" ");
        let r = excerpt_ranges(&long, &hit_of(&long, "ceasefire")).expect("excerpt");
        assert_eq!(r, vec![(0, sentence(80, "ceasefire").len())]);
    }

    #[test]
    fn without_a_match_the_excerpt_starts_at_the_beginning() {
        let text = [sentence(40, "a"), sentence(40, "b"), sentence(40, "c")].join(" ");
        let r = excerpt_ranges(&text, &[]).expect("excerpt");
        assert_eq!(r[0].0, 0);
        assert_eq!(gaps_at_ends(&text, &r), (false, true));
    }

    #[test]
    fn clip_keeps_ranges_inside_and_shifts_them() {
        assert_eq!(clip(&[[2, 4], [10, 12], [18, 25]], 8, 20), vec![[2, 4]]);
    }
}
