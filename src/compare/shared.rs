//! Shared wording, republications and independent coverage.
//!
//! **Shared wording** works on the sentences of the scoped paragraphs.
//! Words are lower-cased and accent-folded (not stemmed). A *shingle* is a
//! run of [`MIN_RUN`] consecutive words; it counts only when it holds at
//! least [`MIN_CONTENT`] content words (not function words — numbers and
//! month names count — so "in the … of the" runs do not), and when it is not a stock phrase of the corpus (found in
//! more than [`COMMON_SHARE`] of the theme's articles, once there are at
//! least [`COMMON_MIN_ARTICLES`]). A sentence *shares wording* when its
//! words covered by shingles also found in another article form a run of at
//! least [`LONG_RUN`] words, or a run of at least [`MIN_RUN`] covering at
//! least [`MIN_COVERAGE`] of the sentence. So "the Nagorno-Karabakh
//! conflict" or "Armenia and Azerbaijan" never make a match (too short), and
//! neither does a long name alone inside a long sentence (too little of it).
//! Sentences that share a shingle and both qualify are grouped (transitively);
//! a group must span at least two articles. Identical sentences are analyzed
//! once, so wire copy repeated in thousands of articles costs little.
//!
//! **Republications**: an article is a republication when it says so
//! (`Document::republished_from`, e.g. "This article was first published by
//! the Carnegie Moscow Center"; the statement is matched to an outlet by its
//! name, id or domain), or when at least [`REPUBLISHED`] of its shingles
//! (all words, every paragraph; a consistent 1-in-[`SAMPLE`] sample of the
//! shingle hashes, as in MinHash "mod-k" sampling) are found in one other
//! article. Which of the two is the original: the earlier stated date; else
//! the one that does not state a republication; else the longer one (the
//! shorter is an excerpt); else, undetermined, the first by path (recorded
//! as `basis` "text, direction undetermined"). Shingles found in more than
//! [`MAX_POSTING`] articles are stock text and no evidence of republication.
//!
//! **Independent coverage**: an outlet covers a facet independently when at
//! least one of its passages matching the facet comes from an article that
//! is not a republication of another outlet's (or another publisher's)
//! article. An outlet's own article republished elsewhere — as the Carnegie
//! folder's piece, republished by The Moscow Times from the Carnegie Moscow
//! Center — is still its own, independent coverage.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::Serialize;

use super::Ctx;
use super::text::{FxMap, ParaText, Tok, fx_map, hash_words};
use crate::collect::Collection;
use crate::config::Project;
use crate::corpus::Entry;

/// Words in a shingle: the shortest run of shared words that counts.
pub(crate) const MIN_RUN: usize = 8;
/// Content words (not stop words) a shingle must hold.
pub(crate) const MIN_CONTENT: usize = 3;
/// A shared run this long counts whatever the sentence's length.
pub(crate) const LONG_RUN: usize = 12;
/// A shorter shared run counts when shared words cover this share of the sentence.
pub(crate) const MIN_COVERAGE: f64 = 0.5;
/// Stock phrases: shingles in more than this share of the theme's articles …
pub(crate) const COMMON_SHARE: f64 = 0.25;
/// … once the theme has at least this many articles.
pub(crate) const COMMON_MIN_ARTICLES: usize = 20;
/// Groups reported (the most widely shared).
pub(crate) const MAX_GROUPS: usize = 40;
/// Members shown per group (one per outlet first).
pub(crate) const MAX_MEMBERS: usize = 12;
/// Share of an article's shingles found in another that makes it a republication.
pub(crate) const REPUBLISHED: f64 = 0.6;
/// One shingle hash in this many is sampled for republication detection.
pub(crate) const SAMPLE: u64 = 8;
/// Articles need at least this many sampled shingles to be compared.
pub(crate) const MIN_SAMPLES: usize = 5;
/// Shingles in more articles than this are stock text for republication detection.
pub(crate) const MAX_POSTING: usize = 64;

/// Sentences of different articles with the same wording.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SharedGroup {
    /// Outlet ids with a sentence in the group, in column order.
    pub(crate) outlets: Vec<String>,
    /// Articles with a sentence in the group.
    pub(crate) articles: usize,
    /// Sentences (occurrences) in the group.
    pub(crate) occurrences: usize,
    /// The longest run of shared words in a member, in words.
    pub(crate) longest_run: usize,
    /// Members shown: one per outlet first, then more, at most [`MAX_MEMBERS`].
    pub(crate) members: Vec<SharedMember>,
    /// Occurrences not shown.
    pub(crate) more: usize,
}

/// A sentence of a shared-wording group.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct SharedMember {
    /// Where it is: outlet, source, paragraph.
    #[serde(flatten)]
    pub(crate) at: super::Cited,
    /// The sentence.
    pub(crate) sentence: String,
    /// The sentence in pieces; `shared` marks wording found in another
    /// article of the group (for highlighting).
    pub(crate) segments: Vec<SharedSegment>,
    /// Words of the sentence that are shared.
    pub(crate) shared_words: usize,
}

/// A piece of a shared-wording sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub(crate) struct SharedSegment {
    /// The text.
    pub(crate) text: String,
    /// Whether it is wording shared with another article of the group.
    pub(crate) shared: bool,
}

/// An article that republishes another.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Republication {
    /// Source path of the republication.
    pub(crate) source: String,
    /// Its outlet id (the folder it is in).
    pub(crate) outlet: String,
    /// Where the article says it was first published, as it says it.
    pub(crate) stated_source: Option<String>,
    /// The matching original article in the corpus, when found by text.
    pub(crate) original_source: Option<String>,
    /// The outlet of the original: the outlet the statement names, else the
    /// outlet of `original_source`; `null` when it is no outlet of the project.
    pub(crate) original_outlet: Option<String>,
    /// Share of the article's (sampled) shingles found in `original_source`.
    pub(crate) similarity: Option<f64>,
    /// How it was found: "stated", "text", "stated and text", with
    /// "direction undetermined" when nothing tells which came first.
    #[schemars(with = "String")]
    pub(crate) basis: Basis,
    /// Whether it still counts as its outlet's own coverage (the original
    /// is the same outlet's article).
    pub(crate) independent: bool,
}

/// How a republication was found: stated by the article, found by its
/// text, or both; and whether the text tells which article came first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Basis {
    /// The article says where it was first published.
    pub(crate) stated: bool,
    /// Its text is found in another article.
    pub(crate) text: bool,
    /// Which came first is known (a stated date, a stated republication,
    /// or one text holding the other); else the first by path is taken.
    pub(crate) direction_known: bool,
}

impl std::fmt::Display for Basis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let how = match (self.stated, self.text) {
            (true, true) => "stated and text",
            (true, false) => "stated",
            _ => "text",
        };
        f.write_str(how)?;
        if self.text && !self.direction_known {
            f.write_str(", direction undetermined")?;
        }
        Ok(())
    }
}

impl Serialize for Basis {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// How one facet is covered, independently or not.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct FacetIndependence {
    /// Facet id.
    pub(crate) facet: String,
    /// Outlets with at least one passage on the facet.
    pub(crate) covering: usize,
    /// Outlets with at least one passage on it from their own article.
    pub(crate) independent: usize,
    /// Per outlet, in column order.
    pub(crate) cells: Vec<CellIndependence>,
}

/// One facet × outlet cell's coverage.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct CellIndependence {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Passages matching the facet (as in the collection).
    pub(crate) matches: usize,
    /// Of them, passages from articles that are not another's republication.
    pub(crate) independent_matches: usize,
    /// Whether the outlet covers the facet independently.
    pub(crate) independent: bool,
}

/// Groups found, capped.
pub(crate) struct Found {
    pub(crate) groups: Vec<SharedGroup>,
    pub(crate) total: usize,
}

/// An occurrence of a sentence: (document, paragraph, sentence index).
type Occ = (u32, u32, u32);

struct Node {
    /// The analyzed paragraph holding the sentence, and its sentence index.
    para: u32,
    sent: u32,
    occ: Vec<Occ>,
    /// Distinct documents among `occ`.
    docs: u32,
}

#[derive(Clone, Copy)]
struct Shingle {
    first_doc: u32,
    shared: bool,
    df: u32,
    rep: u32,
}

const NONE: u32 = u32::MAX;

fn find(parent: &mut [u32], mut x: u32) -> u32 {
    while parent[x as usize] != x {
        let p = parent[x as usize];
        parent[x as usize] = parent[p as usize];
        x = p;
    }
    x
}

fn words_of(pt: &ParaText, sent: u32) -> &[Tok] {
    let s = pt.sents[sent as usize];
    &pt.toks[s.t0 as usize..s.t1 as usize]
}

/// Windows of `toks` that are informative shingles: (start index, hash).
fn shingles<'a>(ctx: &'a Ctx<'_>, toks: &'a [Tok]) -> impl Iterator<Item = (usize, u64)> + 'a {
    let vocab = &ctx.texts.vocab;
    let content: Vec<u8> = toks
        .iter()
        .map(|t| u8::from(!vocab.is_function(t.word)))
        .collect();
    let mut running: usize = content.iter().take(MIN_RUN).map(|&c| c as usize).sum();
    let n = toks.len();
    (0..n.saturating_sub(MIN_RUN - 1)).filter_map(move |i| {
        if i > 0 {
            running = running + content[i + MIN_RUN - 1] as usize - content[i - 1] as usize;
        }
        (running >= MIN_CONTENT)
            .then(|| (i, hash_words(toks[i..i + MIN_RUN].iter().map(|t| t.word))))
    })
}

/// Marks, longest run and count of covered words, from covering windows.
fn cover(n: usize, windows: impl Iterator<Item = usize>) -> (Vec<bool>, usize, usize) {
    let mut mask = vec![false; n];
    for i in windows {
        for m in &mut mask[i..i + MIN_RUN] {
            *m = true;
        }
    }
    let (mut best, mut run, mut covered) = (0, 0, 0);
    for &m in &mask {
        if m {
            run += 1;
            covered += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    (mask, best, covered)
}

fn qualifies(run: usize, covered: usize, n: usize) -> bool {
    run >= MIN_RUN && (run >= LONG_RUN || covered as f64 >= MIN_COVERAGE * n as f64)
}

/// Finds the shared-wording groups of the theme's scoped sentences.
pub(crate) fn shared(ctx: &Ctx<'_>) -> Found {
    let (nodes, articles) = distinct_sentences(ctx);
    let common = if articles >= COMMON_MIN_ARTICLES {
        (COMMON_SHARE * articles as f64) as u32
    } else {
        u32::MAX
    };
    let mut map = shingle_occurrences(ctx, &nodes);
    let comps = group_sharing_sentences(ctx, &nodes, &mut map, common);
    let mut cands = candidates(ctx, &nodes, comps);
    let first_key = |c: &Cand| {
        let o = c.occ[0];
        (ctx.doc_col[o.0 as usize], o.0, o.1, o.2)
    };
    cands.sort_by(|a, b| {
        b.outlets
            .len()
            .cmp(&a.outlets.len())
            .then(b.articles.cmp(&a.articles))
            .then(b.occ.len().cmp(&a.occ.len()))
            .then_with(|| first_key(a).cmp(&first_key(b)))
    });
    let total = cands.len();
    let stock = Stock { map: &map, common };
    let groups = cands
        .into_iter()
        .take(MAX_GROUPS)
        .map(|c| group(ctx, &nodes, c, &stock))
        .collect();
    Found { groups, total }
}

/// The distinct scoped sentences of at least [`MIN_RUN`] words (by their
/// words), with their occurrences; and how many articles have a scoped
/// paragraph.
fn distinct_sentences(ctx: &Ctx<'_>) -> (Vec<Node>, usize) {
    let texts = &ctx.texts;
    let mut nodes: Vec<Node> = Vec::new();
    let mut by_words: FxMap<u64, u32> = fx_map();
    let mut articles = 0usize;
    for &di in &ctx.theme_docs {
        if !ctx.scoped[di].is_empty() {
            articles += 1;
        }
        for pi in ctx.scoped.paras(di) {
            let Some(&ptid) = texts.doc_paras[di].get(pi) else {
                continue;
            };
            let Some(pt) = texts.paras.get(ptid as usize) else {
                continue;
            };
            for si in 0..pt.sents.len() as u32 {
                let toks = words_of(pt, si);
                if toks.len() < MIN_RUN {
                    continue;
                }
                let key = hash_words(toks.iter().map(|t| t.word));
                let occ = (di as u32, pi as u32, si);
                let same = by_words.get(&key).copied().filter(|&n| {
                    let node = &nodes[n as usize];
                    let other = words_of(&texts.paras[node.para as usize], node.sent);
                    other.len() == toks.len()
                        && other.iter().zip(toks).all(|(a, b)| a.word == b.word)
                });
                match same {
                    Some(n) => nodes[n as usize].add(occ),
                    None => {
                        by_words.insert(key, nodes.len() as u32);
                        nodes.push(Node {
                            para: ptid,
                            sent: si,
                            occ: vec![occ],
                            docs: 1,
                        });
                    }
                }
            }
        }
    }
    (nodes, articles)
}

impl Node {
    /// Adds an occurrence (occurrences come in document order).
    fn add(&mut self, occ: Occ) {
        if self.occ.last().is_none_or(|o| o.0 != occ.0) {
            self.docs += 1;
        }
        self.occ.push(occ);
    }

    /// The sentence's words.
    fn toks<'t>(&self, ctx: &'t Ctx<'_>) -> &'t [Tok] {
        words_of(&ctx.texts.paras[self.para as usize], self.sent)
    }
}

/// Where each informative shingle of the distinct sentences occurs: in how
/// many articles, and whether in more than one.
fn shingle_occurrences(ctx: &Ctx<'_>, nodes: &[Node]) -> FxMap<u64, Shingle> {
    let mut map: FxMap<u64, Shingle> = fx_map();
    for node in nodes {
        let toks = node.toks(ctx);
        let first_doc = node.occ[0].0;
        let mut seen: Vec<u64> = Vec::new();
        for (_, h) in shingles(ctx, toks) {
            if seen.contains(&h) {
                continue;
            }
            seen.push(h);
            map.entry(h)
                .and_modify(|s| {
                    s.df += node.docs;
                    if node.docs > 1 || first_doc != s.first_doc {
                        s.shared = true;
                    }
                })
                .or_insert(Shingle {
                    first_doc,
                    shared: node.docs > 1,
                    df: node.docs,
                    rep: NONE,
                });
        }
    }
    map
}

/// Which sentences share enough wording with another article, grouped
/// (transitively, through shared shingles): root sentence → members.
fn group_sharing_sentences(
    ctx: &Ctx<'_>,
    nodes: &[Node],
    map: &mut FxMap<u64, Shingle>,
    common: u32,
) -> FxMap<u32, Vec<u32>> {
    let counts = |s: &Shingle| s.shared && s.df <= common;
    let mut parent: Vec<u32> = (0..nodes.len() as u32).collect();
    let mut qualified = vec![false; nodes.len()];
    for (ni, node) in nodes.iter().enumerate() {
        let toks = node.toks(ctx);
        let windows: Vec<(usize, u64)> = shingles(ctx, toks)
            .filter(|(_, h)| map.get(h).is_some_and(counts))
            .collect();
        let (_, run, covered) = cover(toks.len(), windows.iter().map(|w| w.0));
        if !qualifies(run, covered, toks.len()) {
            continue;
        }
        qualified[ni] = true;
        for (_, h) in windows {
            if let Some(s) = map.get_mut(&h) {
                if s.rep == NONE {
                    s.rep = ni as u32;
                } else {
                    let (a, b) = (find(&mut parent, s.rep), find(&mut parent, ni as u32));
                    if a != b {
                        parent[a.max(b) as usize] = a.min(b);
                    }
                }
            }
        }
    }
    let mut comps: FxMap<u32, Vec<u32>> = fx_map();
    for ni in 0..nodes.len() as u32 {
        if qualified[ni as usize] {
            let r = find(&mut parent, ni);
            comps.entry(r).or_default().push(ni);
        }
    }
    comps
}

/// A group of sentences before it is ranked and reported.
struct Cand {
    nodes: Vec<u32>,
    /// Occurrences, by outlet column and corpus (path) order.
    occ: Vec<Occ>,
    outlets: Vec<String>,
    articles: usize,
}

/// The groups that span at least two articles, with their occurrences,
/// outlets and article counts.
fn candidates(ctx: &Ctx<'_>, nodes: &[Node], comps: FxMap<u32, Vec<u32>>) -> Vec<Cand> {
    let mut cands: Vec<Cand> = Vec::new();
    for (_, members) in comps {
        let mut occ: Vec<Occ> = members
            .iter()
            .flat_map(|&n| nodes[n as usize].occ.iter().copied())
            .collect();
        // Corpus order is path order.
        occ.sort_unstable_by_key(|o| (ctx.doc_col[o.0 as usize], o.0, o.1, o.2));
        let mut articles = 0;
        let mut cols: Vec<usize> = Vec::new();
        for (k, o) in occ.iter().enumerate() {
            if k == 0 || occ[k - 1].0 != o.0 {
                articles += 1;
            }
            let c = ctx.doc_col[o.0 as usize];
            if cols.last() != Some(&c) {
                cols.push(c);
            }
        }
        if articles < 2 {
            continue;
        }
        let outlets: Vec<String> = cols
            .iter()
            .map(|&c| ctx.theme.outlets.get(c).cloned().unwrap_or_default())
            .collect();
        cands.push(Cand {
            nodes: members,
            occ,
            outlets,
            articles,
        });
    }
    cands
}

/// The theme's shingles and the article count above which one is a stock
/// phrase.
struct Stock<'m> {
    map: &'m FxMap<u64, Shingle>,
    common: u32,
}

/// A sentence's marked words, longest shared run and shared word count.
type Marks = (Vec<bool>, usize, usize);

/// Builds a reported group: the words each member shares with another
/// article of the group are marked.
fn group(ctx: &Ctx<'_>, nodes: &[Node], c: Cand, stock: &Stock<'_>) -> SharedGroup {
    let marks = group_marks(ctx, nodes, &c.nodes, stock);
    let longest_run = marks.values().map(|m| m.1).max().unwrap_or(0);
    let node_of: FxMap<Occ, u32> = c
        .nodes
        .iter()
        .flat_map(|&n| nodes[n as usize].occ.iter().map(move |&o| (o, n)))
        .collect();
    let members: Vec<SharedMember> = shown_members(ctx, &c.occ, c.outlets.len())
        .into_iter()
        .filter_map(|o| {
            let n = *node_of.get(&o)?;
            member(ctx, &nodes[n as usize], o, marks.get(&n)?)
        })
        .collect();
    SharedGroup {
        outlets: c.outlets,
        articles: c.articles,
        occurrences: c.occ.len(),
        longest_run,
        more: c.occ.len() - members.len(),
        members,
    }
}

/// Per member sentence, the words it shares with another article of the
/// group (through shingles that are not stock phrases).
fn group_marks(
    ctx: &Ctx<'_>,
    nodes: &[Node],
    members: &[u32],
    stock: &Stock<'_>,
) -> FxMap<u32, Marks> {
    // Documents per shingle within the group.
    let mut docs: FxMap<u64, (u32, bool)> = fx_map();
    for &n in members {
        let node = &nodes[n as usize];
        let mut node_docs: Vec<u32> = node.occ.iter().map(|o| o.0).collect();
        node_docs.dedup();
        for (_, h) in shingles(ctx, node.toks(ctx)) {
            for &d in &node_docs {
                docs.entry(h)
                    .and_modify(|e| e.1 |= e.0 != d)
                    .or_insert((d, false));
            }
        }
    }
    let mut marks: FxMap<u32, Marks> = fx_map();
    for &n in members {
        let toks = nodes[n as usize].toks(ctx);
        let windows = shingles(ctx, toks)
            .filter(|(_, h)| {
                docs.get(h).is_some_and(|e| e.1)
                    && stock.map.get(h).is_some_and(|s| s.df <= stock.common)
            })
            .map(|w| w.0)
            .collect::<Vec<_>>();
        marks.insert(n, cover(toks.len(), windows.into_iter()));
    }
    marks
}

/// The occurrences shown: one per outlet first, then round by round, at
/// most [`MAX_MEMBERS`].
fn shown_members(ctx: &Ctx<'_>, occ: &[Occ], outlets: usize) -> Vec<Occ> {
    let mut by_outlet: Vec<Vec<Occ>> = vec![Vec::new(); outlets];
    let mut cols: Vec<usize> = occ.iter().map(|o| ctx.doc_col[o.0 as usize]).collect();
    cols.dedup();
    for o in occ {
        if let Some(i) = cols.iter().position(|&c| c == ctx.doc_col[o.0 as usize]) {
            by_outlet[i].push(*o);
        }
    }
    let mut picked: Vec<Occ> = Vec::new();
    let mut round = 0;
    while picked.len() < MAX_MEMBERS && by_outlet.iter().any(|v| v.len() > round) {
        for v in &by_outlet {
            if let Some(o) = v.get(round)
                && picked.len() < MAX_MEMBERS
            {
                picked.push(*o);
            }
        }
        round += 1;
    }
    picked
}

/// A shown member: the sentence at occurrence `o` with its shared words.
fn member(ctx: &Ctx<'_>, node: &Node, o: Occ, marks: &Marks) -> Option<SharedMember> {
    let doc = ctx.doc(o.0 as usize);
    let text = &doc.paragraphs.get(o.1 as usize)?.text;
    let s = ctx.texts.paras[node.para as usize].sents[node.sent as usize];
    let (mask, _, covered) = marks;
    Some(SharedMember {
        at: super::Cited {
            outlet: doc.outlet.clone().unwrap_or_default(),
            source: doc.path.clone(),
            paragraph: o.1 as usize,
        },
        sentence: text
            .get(s.start as usize..s.end as usize)
            .unwrap_or_default()
            .to_string(),
        segments: segments(text, s.start as usize, s.end as usize, node.toks(ctx), mask),
        shared_words: *covered,
    })
}

/// Splits `text[start..end]` into segments; runs of marked words (with the
/// spaces and punctuation between them) are shared.
fn segments(
    text: &str,
    start: usize,
    end: usize,
    toks: &[Tok],
    mask: &[bool],
) -> Vec<SharedSegment> {
    let mut out: Vec<SharedSegment> = Vec::new();
    let mut pos = start;
    let mut i = 0;
    let mut push = |a: usize, b: usize, shared: bool| {
        if let Some(t) = text.get(a..b)
            && !t.is_empty()
        {
            out.push(SharedSegment {
                text: t.to_string(),
                shared,
            });
        }
    };
    while i < toks.len() {
        if !mask.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < toks.len() && mask.get(j + 1).copied().unwrap_or(false) {
            j += 1;
        }
        let a = toks[i].start as usize;
        let b = toks[j].end as usize;
        push(pos, a, false);
        push(a, b, true);
        pos = b;
        i = j + 1;
    }
    push(pos, end, false);
    out
}

/// The outlet a stated original ("the Carnegie Moscow Center",
/// "carnegie.ru") names: by name (with or without a leading "The"), id or
/// domain, as whole words; the longest match wins.
pub(crate) fn outlet_named(project: &Project, stated: &str) -> Option<String> {
    let norm = |s: &str| {
        let t: String = s
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        format!(" {} ", t.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    let hay = norm(stated);
    let raw = stated.to_lowercase();
    let mut best: Option<(usize, String)> = None;
    for o in &project.outlets {
        let mut names = vec![norm(&o.name), norm(&o.id)];
        if let Some(rest) = o.name.strip_prefix("The ") {
            names.push(norm(rest));
        }
        let mut len = names
            .iter()
            .filter(|n| n.trim().len() >= 2 && hay.contains(n.as_str()))
            .map(|n| n.trim().len())
            .max()
            .unwrap_or(0);
        for d in &o.domains {
            if !d.is_empty() && raw.contains(&d.to_lowercase()) {
                len = len.max(d.len());
            }
        }
        if len > 0 && best.as_ref().is_none_or(|b| len > b.0) {
            best = Some((len, o.id.clone()));
        }
    }
    best.map(|b| b.1)
}

/// Sampled shingle hashes of every passage of a document, sorted, distinct.
fn samples(ctx: &Ctx<'_>, cache: &mut [Option<Vec<u64>>], doc: usize) -> Vec<u64> {
    let mut out = Vec::new();
    for &pt in ctx.texts.doc_paras.get(doc).map_or(&[][..], Vec::as_slice) {
        let Some(slot) = cache.get_mut(pt as usize) else {
            continue;
        };
        let v = slot.get_or_insert_with(|| {
            let toks = &ctx.texts.paras[pt as usize].toks;
            let mut v: Vec<u64> = toks
                .windows(MIN_RUN)
                .map(|w| hash_words(w.iter().map(|t| t.word)))
                .filter(|h| h % SAMPLE == 0)
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        });
        out.extend_from_slice(v);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Finds the republications among the theme's articles.
pub(crate) fn republications(ctx: &Ctx<'_>) -> Vec<Republication> {
    let docs = &ctx.corpus.documents;
    let mut cache: Vec<Option<Vec<u64>>> = vec![None; ctx.texts.paras.len()];
    let sets: Vec<Vec<u64>> = (0..docs.len())
        .map(|d| samples(ctx, &mut cache, d))
        .collect();
    let mut postings: FxMap<u64, Vec<u32>> = fx_map();
    for (d, set) in sets.iter().enumerate() {
        for &h in set {
            postings.entry(h).or_default().push(d as u32);
        }
    }
    let samples = Samples { sets, postings };
    ctx.theme_docs
        .iter()
        .filter_map(|&a| republication(ctx, a, samples.original_of(ctx, a)))
        .collect()
}

/// Every document's sampled shingles, and the documents of each sample.
struct Samples {
    sets: Vec<Vec<u64>>,
    postings: FxMap<u64, Vec<u32>>,
}

/// An article that `doc` republishes, found by its text.
struct Original {
    /// Share of the article's samples found in the original.
    similarity: f64,
    /// The original's corpus index.
    doc: usize,
    /// Whether the text tells which came first.
    direction_known: bool,
}

impl Samples {
    /// The article whose text document `a` republishes, if any: the one
    /// holding the largest share of its samples, at least [`REPUBLISHED`],
    /// and which came first.
    fn original_of(&self, ctx: &Ctx<'_>, a: usize) -> Option<Original> {
        let docs = &ctx.corpus.documents;
        let sa = &self.sets[a];
        if sa.len() < MIN_SAMPLES {
            return None;
        }
        let mut counts: FxMap<u32, u32> = fx_map();
        for h in sa {
            if let Some(p) = self.postings.get(h).filter(|p| p.len() <= MAX_POSTING) {
                for &b in p {
                    if b as usize != a {
                        *counts.entry(b).or_default() += 1;
                    }
                }
            }
        }
        let mut found: Vec<(u32, u32)> = counts.into_iter().collect();
        found.sort_unstable();
        let mut best: Option<Original> = None;
        for (b, n) in found {
            let b = b as usize;
            let c_ab = f64::from(n) / sa.len() as f64;
            if c_ab < REPUBLISHED || self.sets[b].len() < MIN_SAMPLES {
                continue;
            }
            let c_ba = f64::from(n) / self.sets[b].len() as f64;
            let (later, direction_known) = direction(&docs[a], &docs[b], c_ba);
            if later && best.as_ref().is_none_or(|x| c_ab > x.similarity) {
                best = Some(Original {
                    similarity: c_ab,
                    doc: b,
                    direction_known,
                });
            }
        }
        best
    }
}

/// Whether `doc` came after `other`, which holds a share `c_ba` of its
/// samples in `doc`: the earlier stated date; else the one that does not
/// state a republication; else the longer one; else the first by path
/// (undetermined). Also says whether the direction is known.
fn direction(doc: &Entry, other: &Entry, c_ba: f64) -> (bool, bool) {
    match (doc.date, other.date) {
        (Some(x), Some(y)) if x != y => Some((y < x, true)),
        _ => None,
    }
    .or_else(|| {
        match (
            doc.republished_from.is_some(),
            other.republished_from.is_some(),
        ) {
            (true, false) => Some((true, true)),
            (false, true) => Some((false, true)),
            _ => None,
        }
    })
    .or_else(|| (c_ba < REPUBLISHED).then_some((true, true)))
    .unwrap_or((other.path < doc.path, false))
}

/// The republication record of document `a`, stated or found by text.
fn republication(ctx: &Ctx<'_>, a: usize, best: Option<Original>) -> Option<Republication> {
    let docs = &ctx.corpus.documents;
    let doc = &docs[a];
    if doc.republished_from.is_none() && best.is_none() {
        return None;
    }
    let basis = Basis {
        stated: doc.republished_from.is_some(),
        text: best.is_some(),
        direction_known: best.as_ref().is_none_or(|b| b.direction_known),
    };
    let own = doc.outlet.as_deref().unwrap_or_default().to_string();
    let stated_outlet = doc
        .republished_from
        .as_deref()
        .and_then(|s| outlet_named(ctx.project, s));
    let text_outlet = best
        .as_ref()
        .and_then(|b| docs[b.doc].outlet.as_deref().map(String::from));
    let original_outlet = stated_outlet.or(text_outlet);
    Some(Republication {
        source: doc.path.clone(),
        independent: original_outlet.as_deref() == Some(own.as_str()),
        outlet: own,
        stated_source: doc.republished_from.as_deref().map(String::from),
        original_source: best.as_ref().map(|b| docs[b.doc].path.clone()),
        original_outlet,
        similarity: best
            .as_ref()
            .map(|b| (b.similarity * 100.0).round() / 100.0),
        basis,
    })
}

/// Per facet: which outlets cover it, and which independently.
pub(crate) fn independence(
    ctx: &Ctx<'_>,
    collection: &Collection,
    republications: &[Republication],
    facet_matches: &[Vec<super::Hit>],
) -> Vec<FacetIndependence> {
    let foreign_paths: BTreeSet<&str> = republications
        .iter()
        .filter(|r| !r.independent)
        .map(|r| r.source.as_str())
        .collect();
    let foreign: Vec<bool> = ctx
        .corpus
        .documents
        .iter()
        .map(|d| foreign_paths.contains(d.path.as_str()))
        .collect();
    let no = ctx.theme.outlets.len();
    ctx.theme
        .facets
        .iter()
        .enumerate()
        .map(|(fi, f)| {
            let (mut all, mut own) = (vec![0usize; no], vec![0usize; no]);
            for &(d, _) in facet_matches.get(fi).map_or(&[][..], Vec::as_slice) {
                let d = d as usize;
                if let Some(c) = ctx.doc_col.get(d).copied().filter(|&c| c < no) {
                    all[c] += 1;
                    own[c] += usize::from(!foreign[d]);
                }
            }
            let cells: Vec<CellIndependence> = ctx
                .theme
                .outlets
                .iter()
                .enumerate()
                .map(|(c, o)| {
                    let matches = collection
                        .facets
                        .iter()
                        .find(|x| x.id == f.id)
                        .and_then(|x| x.cells.iter().find(|cell| &cell.outlet == o))
                        .map_or(all[c], |cell| cell.matches);
                    CellIndependence {
                        outlet: o.clone(),
                        matches,
                        independent_matches: own[c].min(matches),
                        independent: own[c] > 0,
                    }
                })
                .collect();
            FacetIndependence {
                facet: f.id.clone(),
                covering: cells.iter().filter(|c| c.matches > 0).count(),
                independent: cells.iter().filter(|c| c.independent).count(),
                cells,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testutil::setup;
    use super::super::{compare, testutil::setup_with};
    use super::*;
    use crate::collect::collect;

    fn run(docs: &[(&str, &str, &str)]) -> super::super::Comparison {
        let (p, c) = setup(docs);
        let col = collect(&c, &p.themes[0]).expect("collect");
        compare(&p, &c, &p.themes[0], &col)
    }

    #[test]
    fn a_long_shared_run_is_grouped_and_marked() {
        let cmp = run(&[
            (
                "a",
                "s/a/1.txt",
                "Russia brokered the initial ceasefire in May 1994 and put an end to the Four-Day War in April 2016, a conflict that killed at least 110 people.\n",
            ),
            (
                "b",
                "s/b/1.txt",
                "It was Moscow that brokered a ceasefire in the conflict in May 1994, and put an end to the Four-Day War in April 2016. Nothing else here is shared.\n",
            ),
        ]);
        assert_eq!(cmp.shared.len(), 1, "{:#?}", cmp.shared);
        let g = &cmp.shared[0];
        assert_eq!(g.outlets, vec!["a", "b"]);
        assert_eq!(g.members.len(), 2);
        let b = &g.members[1];
        assert_eq!(
            b.sentence,
            "It was Moscow that brokered a ceasefire in the conflict in May 1994, and put an end to the Four-Day War in April 2016."
        );
        let shared: Vec<&str> = b
            .segments
            .iter()
            .filter(|s| s.shared)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            shared,
            vec!["in May 1994, and put an end to the Four-Day War in April 2016"]
        );
        assert_eq!(
            b.segments
                .iter()
                .map(|s| s.text.as_str())
                .collect::<String>(),
            b.sentence
        );
        assert_eq!(g.longest_run, 15);
    }

    #[test]
    fn common_phrases_are_not_shared_wording() {
        let cmp = run(&[
            (
                "a",
                "s/a/1.txt",
                "Russia says the Nagorno-Karabakh conflict between Armenia and Azerbaijan must end soon, officials in Moscow said on Monday.\n",
            ),
            (
                "b",
                "s/b/1.txt",
                "Moscow watches the Nagorno-Karabakh conflict between Armenia and Azerbaijan closely, a Kremlin adviser wrote in a column.\n",
            ),
            (
                "c",
                "s/c/1.txt",
                "Russian diplomats said that in the end it was up to the two of them to see it through and to do so on their own.\n",
            ),
            (
                "a",
                "s/a/2.txt",
                "A long sentence about Russian trade and energy and many other things mentions the Organization for Security and Co-operation in Europe once among them all, with grain exports.\n",
            ),
            (
                "b",
                "s/b/2.txt",
                "Moscow also praised the Organization for Security and Co-operation in Europe for its long work on the border and for its monitors across the region over many years.\n",
            ),
        ]);
        assert!(cmp.shared.is_empty(), "{:#?}", cmp.shared);
    }

    #[test]
    fn sentences_in_the_same_article_do_not_group() {
        let cmp = run(&[(
            "a",
            "s/a/1.txt",
            "Russia brokered the initial ceasefire in May 1994 and put an end to the Four-Day War.\n\nAgain: Russia brokered the initial ceasefire in May 1994 and put an end to the Four-Day War.\n",
        )]);
        assert!(cmp.shared.is_empty());
    }

    const BODY: &str = "Russia has good relations with both Azerbaijan and Armenia, providing weapons to both sides of the conflict, but is closer to Armenia.\n\n\
        Turkey, which shares ethnic and linguistic ties to Azerbaijan, has vowed that it will stand by Baku until it reasserts sovereignty over all of its territory.\n\n\
        The wider concern is that Russia and NATO member Turkey's alliances with Armenia and Azerbaijan could trigger a larger conflagration at a time Ankara and Moscow are at odds over Syria.\n\n\
        Long upset that one-seventh of its territory is under occupation, energy-rich Azerbaijan used high oil prices to go on a military spending spree.\n";

    #[test]
    fn republications_by_text_and_by_statement() {
        let original = format!("Original Headline\n\nBy Jane Doe\n\nApril 7, 2016\n\n{BODY}");
        let copy = format!(
            "Copied Headline\n\nBy Jane Doe\n\nApril 9, 2016\n\n{BODY}\nA closing line of its own that the copy added for its readers in Moscow today.\n"
        );
        let stated = "Russia and the region: an analysis of how Moscow sees the conflict over many years and decades.\n\nThis article was first published by Beta.\n";
        let other = "Russia mediates again between the parties this week, and nobody copied it from anyone else at all.\n";
        let (p, c) = setup(&[
            ("a", "s/a/orig.txt", &original),
            ("b", "s/b/copy.txt", &copy),
            ("c", "s/c/stated.txt", stated),
            ("c", "s/c/other.txt", other),
        ]);
        let col = collect(&c, &p.themes[0]).expect("collect");
        let cmp = compare(&p, &c, &p.themes[0], &col);
        let reps = &cmp.republications;
        assert_eq!(reps.len(), 2, "{reps:#?}");
        let copy = reps
            .iter()
            .find(|r| r.source == "s/b/copy.txt")
            .expect("copy");
        assert_eq!(copy.original_source.as_deref(), Some("s/a/orig.txt"));
        assert_eq!(copy.original_outlet.as_deref(), Some("a"));
        assert!(copy.similarity.unwrap_or(0.0) >= 0.6, "{copy:?}");
        assert_eq!(copy.basis.to_string(), "text");
        assert!(!copy.independent);
        let st = reps
            .iter()
            .find(|r| r.source == "s/c/stated.txt")
            .expect("stated");
        assert_eq!(st.stated_source.as_deref(), Some("Beta"));
        assert_eq!(st.original_outlet.as_deref(), Some("b"));
        assert_eq!(st.basis.to_string(), "stated");
        assert!(!reps.iter().any(|r| r.source == "s/a/orig.txt"));
        assert!(!reps.iter().any(|r| r.source == "s/c/other.txt"));
    }

    #[test]
    fn republications_do_not_count_as_independent_coverage() {
        let original = format!("Original Headline\n\nApril 7, 2016\n\n{BODY}");
        let copy = format!("Copied Headline\n\nApril 9, 2016\n\n{BODY}");
        let facet = "[[themes.t.facets]]\nid = \"arms\"\ntitle = \"Arms\"\nquery = 'weapons'\n";
        let (p, c) = setup_with(
            facet,
            &[
                ("a", "s/a/orig.txt", &original),
                ("b", "s/b/copy.txt", &copy),
            ],
        );
        let col = collect(&c, &p.themes[0]).expect("collect");
        let cmp = compare(&p, &c, &p.themes[0], &col);
        let f = &cmp.independent_outlets[0];
        assert_eq!(f.covering, 2);
        assert_eq!(f.independent, 1, "{f:#?}");
        assert!(f.cells[0].independent && !f.cells[1].independent);
        assert_eq!(f.cells[1].matches, 1);
        assert_eq!(f.cells[1].independent_matches, 0);
    }

    #[test]
    fn stated_sources_name_outlets() {
        let (p, _) = setup(&[]);
        assert_eq!(
            outlet_named(&p, "the Alpha News desk").as_deref(),
            Some("a")
        );
        assert_eq!(outlet_named(&p, "beta.example").as_deref(), Some("b"));
        assert_eq!(outlet_named(&p, "Betamax Weekly"), None);
        assert_eq!(outlet_named(&p, "Reuters"), None);
    }
}
