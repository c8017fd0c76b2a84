//! Emphasis: per outlet, the terms it uses distinctively on the theme.
//!
//! The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
//! Colaresi & Quinn 2008, "Fightin' Words", eq. 16–22). Counts are of
//! stemmed words of the scoped paragraphs, stop words, numbers and words
//! under three letters left out. For outlet *i* against the theme's other
//! outlets *j*, with counts *y*, totals *n* and a prior *α*:
//!
//!   δ_w = log[(y_wi + α_w) / (n_i + α_0 − y_wi − α_w)]
//!       − log[(y_wj + α_w) / (n_j + α_0 − y_wj − α_w)]
//!   σ²_w ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w),   z_w = δ_w / σ_w
//!
//! The prior comes from the whole corpus: α_w is the word's share of all
//! passages of every outlet, scaled so that α_0 equals the size of the
//! theme's text ([`PRIOR_WEIGHT`] × n_i + n_j): a word frequent everywhere
//! needs much more evidence than a rare one. Terms used fewer than
//! [`MIN_TERM_COUNT`] times on the theme, or fewer than [`MIN_OUTLET_COUNT`]
//! times by the outlet, are left out as too rare to tell. The top
//! [`TOP_TERMS`] terms with a positive z are kept (z ≥ 1.96 is significant at
//! the 5% level); each is shown as its most frequent written form, with the
//! scoped paragraph of the outlet that uses it most.

use schemars::JsonSchema;
use serde::Serialize;

use super::Ctx;
use super::text::{FxMap, fx_map};

/// Terms kept per outlet.
pub(crate) const TOP_TERMS: usize = 8;
/// Prior strength, as a multiple of the theme's text size.
pub(crate) const PRIOR_WEIGHT: f64 = 1.0;
/// Uses on the theme a term needs.
pub(crate) const MIN_TERM_COUNT: u32 = 3;
/// Uses by the outlet a term needs.
pub(crate) const MIN_OUTLET_COUNT: u32 = 2;

/// An outlet's distinctive terms.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct OutletEmphasis {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Words it has on the theme (stop words excluded).
    pub(crate) words: u64,
    /// Its most distinctive terms, most distinctive first.
    pub(crate) terms: Vec<Term>,
}

/// A distinctive term.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct Term {
    /// The term as the outlet most often writes it.
    pub(crate) term: String,
    /// Its stem (what is counted).
    pub(crate) stem: String,
    /// z-score of the weighted log-odds ratio.
    pub(crate) z: f64,
    /// Uses by the outlet on the theme.
    pub(crate) count: u64,
    /// Uses by the theme's other outlets.
    pub(crate) others: u64,
    /// Source path of the example passage.
    pub(crate) source: String,
    /// Its paragraph index (0-based).
    pub(crate) paragraph: usize,
    /// The example passage (a scoped paragraph of the outlet that uses the term most).
    pub(crate) text: String,
}

/// Per outlet: distinct paragraph texts, how often they occur, and the first
/// (document, paragraph) holding each.
type Paras = FxMap<u32, (u64, (usize, usize))>;

/// Every outlet's distinctive terms, in column order.
pub(crate) fn emphasis(ctx: &Ctx<'_>) -> Vec<OutletEmphasis> {
    let paras = outlet_paragraphs(ctx);
    let counts = Counts::new(ctx, &paras);
    ctx.theme
        .outlets
        .iter()
        .enumerate()
        .map(|(oi, outlet)| {
            let top = counts.distinctive(ctx, oi);
            OutletEmphasis {
                outlet: outlet.clone(),
                words: counts.outlets[oi].iter().sum(),
                terms: terms(ctx, &paras[oi], &top),
            }
        })
        .collect()
}

/// Per outlet (column), its scoped paragraphs.
fn outlet_paragraphs(ctx: &Ctx<'_>) -> Vec<Paras> {
    let texts = &ctx.texts;
    let mut paras: Vec<Paras> = vec![fx_map(); ctx.theme.outlets.len()];
    for &di in &ctx.theme_docs {
        let col = ctx.column(ctx.outlet_of(di));
        let Some(map) = paras.get_mut(col) else {
            continue;
        };
        for pi in ctx.scoped.paras(di) {
            if let Some(&p) = texts.doc_paras[di].get(pi) {
                map.entry(p).or_insert((0, (di, pi))).0 += 1;
            }
        }
    }
    paras
}

/// Stem counts (stop words left out): the corpus's (the prior), each
/// outlet's on the theme and the theme's.
struct Counts {
    corpus: Vec<u64>,
    outlets: Vec<Vec<u64>>,
    theme: Vec<u64>,
    /// Words on the theme.
    n_theme: u64,
    /// Prior strength.
    alpha0: f64,
    /// Corpus counts times this are the prior's.
    scale: f64,
}

impl Counts {
    fn new(ctx: &Ctx<'_>, paras: &[Paras]) -> Counts {
        let texts = &ctx.texts;
        let vocab = &texts.vocab;
        let nstems = vocab.stems.len();
        let corpus = corpus_counts(ctx);
        let mut outlets: Vec<Vec<u64>> = vec![vec![0; nstems]; paras.len()];
        for (oi, map) in paras.iter().enumerate() {
            for (&p, &(m, _)) in map {
                for t in &texts.paras[p as usize].toks {
                    if !vocab.is_stop(t.word) {
                        outlets[oi][vocab.stem[t.word as usize] as usize] += m;
                    }
                }
            }
        }
        let mut theme = vec![0u64; nstems];
        for c in &outlets {
            for (t, x) in theme.iter_mut().zip(c) {
                *t += x;
            }
        }
        let n_theme: u64 = theme.iter().sum();
        let alpha0 = PRIOR_WEIGHT * n_theme as f64;
        let corpus_total: u64 = corpus.iter().sum();
        let scale = if corpus_total > 0 {
            alpha0 / corpus_total as f64
        } else {
            0.0
        };
        Counts {
            corpus,
            outlets,
            theme,
            n_theme,
            alpha0,
            scale,
        }
    }

    /// Outlet `oi`'s most distinctive stems: (stem, z, count, others), at
    /// most [`TOP_TERMS`], most distinctive first.
    fn distinctive(&self, ctx: &Ctx<'_>, oi: usize) -> Vec<(usize, f64, u64, u64)> {
        let vocab = &ctx.texts.vocab;
        let yi = &self.outlets[oi];
        let ni: u64 = yi.iter().sum();
        let nj = self.n_theme - ni;
        let mut scored: Vec<(f64, usize)> = Vec::new();
        for (w, (&a, &total)) in yi.iter().zip(&self.theme).enumerate() {
            if total < u64::from(MIN_TERM_COUNT) || a < u64::from(MIN_OUTLET_COUNT) {
                continue;
            }
            let alpha = (self.corpus[w] as f64 * self.scale).max(1e-3);
            let b = (total - a) as f64;
            let a = a as f64;
            let li = ((a + alpha) / (ni as f64 + self.alpha0 - a - alpha)).ln();
            let lj = ((b + alpha) / (nj as f64 + self.alpha0 - b - alpha)).ln();
            let var = 1.0 / (a + alpha) + 1.0 / (b + alpha);
            let z = (li - lj) / var.sqrt();
            if z.is_finite() && z > 0.0 {
                scored.push((z, w));
            }
        }
        scored.sort_by(|x, y| {
            y.0.total_cmp(&x.0)
                .then_with(|| vocab.stems[x.1].cmp(&vocab.stems[y.1]))
        });
        scored.truncate(TOP_TERMS);
        scored
            .into_iter()
            .map(|(z, w)| (w, z, yi[w], self.theme[w] - yi[w]))
            .collect()
    }
}

/// Stem counts of the whole corpus: every distinct paragraph times its
/// occurrences.
fn corpus_counts(ctx: &Ctx<'_>) -> Vec<u64> {
    let texts = &ctx.texts;
    let vocab = &texts.vocab;
    let mut mult = vec![0u64; texts.paras.len()];
    for ids in &texts.doc_paras {
        for &p in ids {
            if let Some(m) = mult.get_mut(p as usize) {
                *m += 1;
            }
        }
    }
    let mut corpus = vec![0u64; vocab.stems.len()];
    for (pt, &m) in texts.paras.iter().zip(&mult) {
        if m == 0 {
            continue;
        }
        for t in &pt.toks {
            if !vocab.is_stop(t.word) {
                corpus[vocab.stem[t.word as usize] as usize] += m;
            }
        }
    }
    corpus
}

/// The chosen terms (stem, z, count, others) with their surface forms and
/// example passages, in one pass over the outlet's scoped paragraphs.
fn terms(ctx: &Ctx<'_>, paras: &Paras, top: &[(usize, f64, u64, u64)]) -> Vec<Term> {
    let texts = &ctx.texts;
    let vocab = &texts.vocab;
    let slot: FxMap<usize, usize> = top.iter().enumerate().map(|(k, t)| (t.0, k)).collect();
    let mut forms: Vec<FxMap<&str, u64>> = vec![fx_map(); top.len()];
    // Per term: (uses in the paragraph, document, paragraph) — most uses, then first.
    let mut best: Vec<Option<(u64, usize, usize)>> = vec![None; top.len()];
    let mut list: Vec<(u32, u64, (usize, usize))> =
        paras.iter().map(|(&p, &(m, at))| (p, m, at)).collect();
    list.sort_by_key(|x| x.2);
    let mut uses = vec![0u64; top.len()];
    for (p, m, (di, pi)) in list {
        let Some(text) = ctx.doc(di).paragraphs.get(pi).map(|x| &x.text) else {
            continue;
        };
        uses.iter_mut().for_each(|u| *u = 0);
        for t in &texts.paras[p as usize].toks {
            if vocab.is_stop(t.word) {
                continue;
            }
            if let Some(&k) = slot.get(&(vocab.stem[t.word as usize] as usize)) {
                uses[k] += 1;
                if let Some(f) = text.get(t.start as usize..t.end as usize) {
                    *forms[k].entry(f).or_default() += m;
                }
            }
        }
        for (k, &u) in uses.iter().enumerate() {
            if u > 0 && best[k].is_none_or(|b| u > b.0) {
                best[k] = Some((u, di, pi));
            }
        }
    }
    top.iter()
        .zip(forms)
        .zip(best)
        .map(|((&(stem, z, count, others), forms), best)| {
            let surface = forms
                .into_iter()
                .max_by(|a, b| {
                    a.1.cmp(&b.1)
                        .then_with(|| {
                            let lower = |s: &str| s.chars().next().is_some_and(char::is_lowercase);
                            lower(a.0).cmp(&lower(b.0))
                        })
                        .then_with(|| b.0.cmp(a.0))
                })
                .map_or_else(|| vocab.stems[stem].clone(), |f| f.0.to_string());
            let (source, paragraph, text) = best.map_or_else(
                || (String::new(), 0, String::new()),
                |(_, di, pi)| {
                    let d = ctx.doc(di);
                    (
                        d.path.clone(),
                        pi,
                        d.paragraphs
                            .get(pi)
                            .map_or_else(String::new, |p| p.text.clone()),
                    )
                },
            );
            Term {
                term: surface,
                stem: vocab.stems[stem].clone(),
                z: (z * 100.0).round() / 100.0,
                count,
                others,
                source,
                paragraph,
                text,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::compare;
    use super::super::testutil::setup;
    use crate::collect::collect;

    #[test]
    fn distinctive_terms_stand_out_and_shared_ones_do_not() {
        let a = "Russia and its peacekeepers: the peacekeepers stay, Moscow says of its peacekeepers.\n\n\
                 Russian peacekeepers patrol the corridor while Moscow talks about security.\n\n\
                 Moscow peacekeeping is the core of Russia's security role there.\n";
        let b = "Russia sells weapons to both sides, and the weapons trade grows, Moscow says.\n\n\
                 Russian weapons reach Baku while Moscow talks about security.\n\n\
                 Moscow arms sales and weapons deals shape Russia's security role there.\n";
        let (p, c) = setup(&[("a", "s/a/1.txt", a), ("b", "s/b/1.txt", b)]);
        let col = collect(&c, &p.themes[0]).expect("collect");
        let e = compare(&p, &c, &p.themes[0], &col).emphasis;
        assert_eq!(e.len(), 3);
        let top = |i: usize| e[i].terms.first().map(|t| t.term.as_str());
        assert_eq!(top(0), Some("peacekeepers"), "{:#?}", e[0]);
        assert_eq!(top(1), Some("weapons"), "{:#?}", e[1]);
        for o in &e[..2] {
            assert!(
                o.terms
                    .iter()
                    .filter(|t| t.stem == "moscow" || t.stem == "secur")
                    .all(|t| t.z < 0.5 && t.z < o.terms[0].z / 3.0),
                "shared terms are not distinctive: {o:#?}"
            );
        }
        let t = &e[0].terms[0];
        assert_eq!((t.source.as_str(), t.paragraph), ("s/a/1.txt", 0));
        assert!(t.z > 0.0 && t.count == 5 && t.others == 0, "{t:?}");
        assert!(e[2].terms.is_empty(), "an outlet with no text has no terms");
    }
}
