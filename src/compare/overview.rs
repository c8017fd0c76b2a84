//! Overview: per facet, one or two sentences that sum it up, taken only
//! from the collection's selected passages (extractive, each cited), and
//! which outlets cover the facet most and least.
//!
//! A sentence is a candidate when it has [`MIN_WORDS`]–[`MAX_WORDS`] words
//! and holds a word matching the facet's query (any sentence of the
//! passages when none does). Its score is its centrality — the cosine
//! similarity of its stem counts (stop words left out) to the facet's
//! centroid, the stem counts of all the facet's selected passages *other
//! than its own*, so a sentence ranks high when other outlets' passages say
//! the same (all passages when the facet has only one) — times its density
//! of facet terms: 1 + [`HIT_WEIGHT`] per facet-query word beyond the first
//! (at most [`MAX_HITS`] counted). The best sentence
//! comes first; a second, from another outlet, is added when it scores at
//! least [`SECOND_SHARE`] of the first and is not a near-repeat of it
//! (cosine below [`NEAR_REPEAT`]).
//!
//! Coverage counts are the cells' `matches` (passages matching the facet).

use schemars::JsonSchema;
use serde::Serialize;

use super::Ctx;
use super::FacetIndependence;
use super::text::{FxMap, Tokenizer, Vocab, fx_map};
use crate::collect::{Collection, FacetCells, Passage};

/// Shortest candidate sentence, in words.
pub(crate) const MIN_WORDS: usize = 6;
/// Longest candidate sentence, in words.
pub(crate) const MAX_WORDS: usize = 60;
/// Sentences per facet, at most.
pub(crate) const SENTENCES: usize = 2;
/// A second sentence needs this share of the first one's score.
pub(crate) const SECOND_SHARE: f64 = 0.4;
/// Weight of each facet-query word in a sentence beyond the first.
pub(crate) const HIT_WEIGHT: f64 = 0.5;
/// Facet-query words counted per sentence, at most.
pub(crate) const MAX_HITS: usize = 3;
/// A second sentence this similar to the first (cosine) is a near-repeat.
pub(crate) const NEAR_REPEAT: f64 = 0.7;

/// A facet summed up.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct FacetOverview {
    /// Facet id.
    pub(crate) facet: String,
    /// Facet title.
    pub(crate) title: String,
    /// The most central sentence(s), best first.
    pub(crate) sentences: Vec<OverviewSentence>,
    /// Matching passages per outlet, in column order.
    pub(crate) coverage: Vec<OutletCoverage>,
    /// Outlets with the most matching passages from their own articles
    /// (republished articles not counted; ties included; empty when none has any).
    pub(crate) most: Vec<String>,
    /// Outlets with the fewest (ties included; may have none).
    pub(crate) least: Vec<String>,
}

/// A sentence of the overview, with its citation.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct OverviewSentence {
    /// The sentence.
    pub(crate) text: String,
    /// Where it is: outlet, source, and the paragraph the sentence is in.
    #[serde(flatten)]
    pub(crate) at: super::Cited,
    /// Its score: centrality (cosine similarity to the centroid of the
    /// facet's other passages) times its density of facet terms.
    pub(crate) score: f64,
}

/// An outlet's coverage of a facet.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct OutletCoverage {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Passages of the outlet matching the facet.
    pub(crate) matches: usize,
    /// Of them, passages from the outlet's own articles (not republications
    /// of another outlet's article).
    pub(crate) independent_matches: usize,
}

struct Cand {
    passage: usize,
    outlet: String,
    source: String,
    paragraph: usize,
    text: String,
    hits: usize,
    words: usize,
    vec: FxMap<u32, f64>,
}

fn cosine(a: &FxMap<u32, f64>, b: &FxMap<u32, f64>) -> f64 {
    let dot: f64 = a
        .iter()
        .map(|(k, x)| x * b.get(k).copied().unwrap_or(0.0))
        .sum();
    let na: f64 = a.values().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.values().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// Every facet's overview, in order.
pub(crate) fn overview(
    ctx: &Ctx<'_>,
    collection: &Collection,
    independence: &[FacetIndependence],
) -> Vec<FacetOverview> {
    let mut reader = Reader::default();
    collection
        .facets
        .iter()
        .map(|f| {
            let (cands, per_passage) = reader.candidates(ctx, f);
            let coverage = coverage(f, independence);
            let (most, least) = most_and_least(&coverage);
            FacetOverview {
                facet: f.id.clone(),
                title: f.title.clone(),
                sentences: central_sentences(&cands, &per_passage),
                most,
                least,
                coverage,
            }
        })
        .collect()
}

/// Tokenizes the selected passages (its own vocabulary: passages may join
/// two paragraphs).
#[derive(Default)]
struct Reader {
    vocab: Vocab,
    tokenizer: Tokenizer,
}

impl Reader {
    /// The candidate sentences of a facet's selected passages, and each
    /// passage's stem counts.
    fn candidates(&mut self, ctx: &Ctx<'_>, f: &FacetCells) -> (Vec<Cand>, Vec<FxMap<u32, f64>>) {
        let mut cands: Vec<Cand> = Vec::new();
        let mut per_passage: Vec<FxMap<u32, f64>> = Vec::new();
        for cell in &f.cells {
            for p in &cell.passages {
                let sum =
                    self.passage_sentences(ctx, &cell.outlet, p, per_passage.len(), &mut cands);
                per_passage.push(sum);
            }
        }
        (cands, per_passage)
    }

    /// Adds the sentences of passage `p` (number `pi`) to `cands`; gives the
    /// passage's stem counts.
    fn passage_sentences(
        &mut self,
        ctx: &Ctx<'_>,
        outlet: &str,
        p: &Passage,
        pi: usize,
        cands: &mut Vec<Cand>,
    ) -> FxMap<u32, f64> {
        let vocab = &mut self.vocab;
        let pt = self.tokenizer.analyze(vocab, &p.text);
        let mut sum: FxMap<u32, f64> = fx_map();
        // Where a joined passage's second paragraph starts.
        let split = ctx
            .corpus
            .index_of(&p.source)
            .and_then(|i| ctx.doc(i).paragraphs.get(p.paragraph))
            .map_or(usize::MAX, |x| x.text.len());
        for sent in &pt.sents {
            let (a, b) = (sent.start as usize, sent.end as usize);
            let toks = &pt.toks[sent.t0 as usize..sent.t1 as usize];
            let mut vec: FxMap<u32, f64> = fx_map();
            for t in toks.iter().filter(|t| !vocab.is_stop(t.word)) {
                *vec.entry(vocab.stem[t.word as usize]).or_default() += 1.0;
            }
            for (k, x) in &vec {
                *sum.entry(*k).or_default() += x;
            }
            let hits = p
                .highlights
                .iter()
                .filter(|h| (a..b).contains(&h[0]))
                .count();
            cands.push(Cand {
                passage: pi,
                outlet: outlet.to_string(),
                source: p.source.clone(),
                paragraph: if a > split && p.paragraphs[1] > p.paragraph {
                    p.paragraph + 1
                } else {
                    p.paragraph
                },
                text: p.text.get(a..b).unwrap_or_default().to_string(),
                hits,
                words: toks.len(),
                vec,
            });
        }
        sum
    }
}

/// The most central sentence, and a second from another outlet when it
/// scores close enough and does not repeat the first.
fn central_sentences(cands: &[Cand], per_passage: &[FxMap<u32, f64>]) -> Vec<OverviewSentence> {
    let mut picked: Vec<(f64, &Cand)> = Vec::new();
    for (s, c) in scored(cands, per_passage) {
        if picked.len() >= SENTENCES {
            break;
        }
        let ok = match picked.first() {
            None => true,
            Some((s0, c0)) => {
                c.outlet != c0.outlet
                    && s >= SECOND_SHARE * s0
                    && cosine(&c.vec, &c0.vec) < NEAR_REPEAT
            }
        };
        if ok {
            picked.push((s, c));
        }
    }
    picked
        .into_iter()
        .map(|(s, c)| OverviewSentence {
            text: c.text.clone(),
            at: super::Cited {
                outlet: c.outlet.clone(),
                source: c.source.clone(),
                paragraph: c.paragraph,
            },
            score: (s * 1000.0).round() / 1000.0,
        })
        .collect()
}

/// The candidate sentences with their scores (centrality times density of
/// facet terms), best first.
fn scored<'c>(cands: &'c [Cand], per_passage: &[FxMap<u32, f64>]) -> Vec<(f64, &'c Cand)> {
    let mut centroid: FxMap<u32, f64> = fx_map();
    for v in per_passage {
        for (k, x) in v {
            *centroid.entry(*k).or_default() += x;
        }
    }
    let any_hit = cands
        .iter()
        .any(|c| c.hits > 0 && (MIN_WORDS..=MAX_WORDS).contains(&c.words));
    let mut scored: Vec<(f64, &Cand)> = cands
        .iter()
        .filter(|c| (MIN_WORDS..=MAX_WORDS).contains(&c.words) && (c.hits > 0 || !any_hit))
        .map(|c| {
            let density = 1.0 + HIT_WEIGHT * (c.hits.clamp(1, MAX_HITS) - 1) as f64;
            let centrality = if per_passage.len() > 1 {
                let mut rest = centroid.clone();
                for (k, x) in &per_passage[c.passage] {
                    if let Some(v) = rest.get_mut(k) {
                        *v -= x;
                    }
                }
                cosine(&c.vec, &rest)
            } else {
                cosine(&c.vec, &centroid)
            };
            (centrality * density, c)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored
}

/// Per outlet, the facet's matching passages and how many come from its
/// own articles.
fn coverage(f: &FacetCells, independence: &[FacetIndependence]) -> Vec<OutletCoverage> {
    f.cells
        .iter()
        .map(|c| OutletCoverage {
            outlet: c.outlet.clone(),
            matches: c.matches,
            independent_matches: independence
                .iter()
                .find(|x| x.facet == f.id)
                .and_then(|x| x.cells.iter().find(|x| x.outlet == c.outlet))
                .map_or(c.matches, |x| x.independent_matches),
        })
        .collect()
}

/// The outlets covering the facet most and least from their own articles.
fn most_and_least(coverage: &[OutletCoverage]) -> (Vec<String>, Vec<String>) {
    let own = |c: &OutletCoverage| c.independent_matches;
    let max = coverage.iter().map(own).max().unwrap_or(0);
    let min = coverage.iter().map(own).min().unwrap_or(0);
    let with = |n: usize| {
        coverage
            .iter()
            .filter(|c| own(c) == n)
            .map(|c| c.outlet.clone())
            .collect::<Vec<_>>()
    };
    let most = if max > 0 { with(max) } else { Vec::new() };
    let least = if coverage.len() > 1 && min < max {
        with(min)
    } else {
        Vec::new()
    };
    (most, least)
}

#[cfg(test)]
mod tests {
    use super::super::compare;
    use super::super::testutil::setup_with;
    use crate::collect::collect;

    #[test]
    fn the_central_sentence_is_cited_and_coverage_ranked() {
        let facet = "[[themes.t.facets]]\nid = \"m\"\ntitle = \"Mediation\"\nquery = 'ceasefire OR mediation'\n";
        let (p, c) = setup_with(
            facet,
            &[
                (
                    "a",
                    "s/a/1.txt",
                    "The weather was mild. Russia brokered the ceasefire between Armenia and Azerbaijan in 1994 after long mediation.\n\n\
                     Russia offered mediation again this week, and Moscow hopes the ceasefire holds.\n",
                ),
                (
                    "b",
                    "s/b/1.txt",
                    "Moscow brokered the ceasefire between Armenia and Azerbaijan, diplomats recall with some pride.\n",
                ),
                (
                    "c",
                    "s/c/1.txt",
                    "Russia sells grain to many countries in the region.\n",
                ),
            ],
        );
        let col = collect(&c, &p.themes[0]).expect("collect");
        let o = &compare(&p, &c, &p.themes[0], &col).overview[0];
        assert_eq!(o.facet, "m");
        let first = &o.sentences[0];
        assert!(
            first
                .text
                .contains("brokered the ceasefire between Armenia and Azerbaijan"),
            "{o:#?}"
        );
        assert!(!o.sentences.iter().any(|s| s.text.contains("weather")));
        assert_eq!(o.sentences.len(), 2, "{o:#?}");
        assert_ne!(o.sentences[0].at.outlet, o.sentences[1].at.outlet);
        assert_eq!(o.most, vec!["a"]);
        assert_eq!(o.least, vec!["c"]);
        assert_eq!(
            o.coverage.iter().map(|c| c.matches).collect::<Vec<_>>(),
            vec![2, 1, 0]
        );
    }

    #[test]
    fn republished_copies_do_not_rank_an_outlet_first() {
        let facet = "[[themes.t.facets]]\nid = \"m\"\ntitle = \"Mediation\"\nquery = 'ceasefire OR mediation'\n";
        let original = "Russia brokered the ceasefire between Armenia and Azerbaijan in 1994 after long mediation.\n\n\
                        Russia offered mediation again this week, and Moscow hopes the ceasefire holds.\n\n\
                        Moscow says its mediation keeps the ceasefire alive in the region.\n";
        let copy = format!("{original}\nThis article was first published by Alpha News.\n");
        let (p, c) = setup_with(
            facet,
            &[
                ("a", "s/a/1.txt", original),
                (
                    "b",
                    "s/b/1.txt",
                    "Moscow brokered a ceasefire between Armenia and Azerbaijan, diplomats recall.\n\nRussia promised mediation on the border, officials in Moscow said.\n",
                ),
                ("c", "s/c/1.txt", &copy),
            ],
        );
        let col = collect(&c, &p.themes[0]).expect("collect");
        let cmp = compare(&p, &c, &p.themes[0], &col);
        let o = &cmp.overview[0];
        let count = |id: &str| o.coverage.iter().find(|x| x.outlet == id).unwrap();
        assert_eq!(count("c").matches, 3, "{o:#?}");
        assert_eq!(count("c").independent_matches, 0, "{o:#?}");
        assert_eq!(o.most, vec!["a"], "{o:#?}");
        assert_eq!(o.least, vec!["c"], "{o:#?}");
    }
}
