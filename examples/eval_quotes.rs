//! Measures who juxta says is quoted, on the PolNeAR attribution corpus
//! (Newell, Margolin & Ruths, LREC 2018; github:networkdynamics/PolNeAR).
//! Nothing of the corpus is copied into the project: pass the folder of one
//! of its splits (the one holding `text/` and `attributions/`).
//!
//!     export CARGO_TARGET_DIR=$HOME/.cache/juxta-target
//!     git -C PolNeAR archive HEAD data/dev | tar -x -C /tmp/polnear
//!     cargo run --release --example eval_quotes -- /tmp/polnear/data/dev
//!
//! Develop and report on `dev` only; `test` is held out.
//!
//! Each article's text is read with juxta's real ingestion (`ingest_bytes`,
//! as a `.txt` source) and its quotations are taken as juxta finds them.
//!
//! **Gold.** Every run of 5+ words between quotation marks in the article
//! (a quote left open at a paragraph's end stops there) that lies mostly
//! inside an annotated attribution's content is a gold quote, with that
//! attribution's source. Articles annotated by several annotators use the
//! first annotation file by name. A source is
//! - a *name* when, after dropping a bracketed aside and anything from the
//!   first comma, its last word is capitalised and not a pronoun
//!   ("Hillary Clinton", "Trump's running mate Mike Pence", "The New York
//!   Times"; not "a spokesman for Clinton", "the Clinton campaign"); its
//!   surname is that last word, without "'s" (a name followed by "of",
//!   "at", "from" or "for" ends there: "Mr. Morgan of the Sierra Club");
//! - a *pronoun* when it is "he" or "she": it is resolved to the surname of
//!   the nearest attribution before it whose source is a name.
//!
//! **Scores.** A found quote *matches* a gold quote when they share a run of
//! four words (the whole found quote when shorter), compared as lower-case
//! words. It is *right* when its speaker holds the gold surname as a word.
//! - named precision: right / found quotes with a speaker that match a gold
//!   quote with a named source;
//! - named recall: gold quotes with a named source matched by a right quote
//!   / gold quotes with a named source;
//! - pronoun recall: the same for gold quotes whose source is a pronoun.
//!
//! `--show` prints every miss and wrong speaker (article, gold source, what
//! juxta found, the quote's first words) to stderr.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use juxta::ingest::{self, Context};

/// A gold quotation: its words and whom it is attributed to.
struct Gold {
    words: Vec<String>,
    source: String,
    kind: Kind,
    /// The paragraph it is in (shown with `--show`).
    line: String,
}

#[derive(Clone, PartialEq)]
enum Kind {
    /// A named source, by surname (folded).
    Named(String),
    /// A pronoun, resolved to the nearest named source before it (folded
    /// surname), if any.
    Pronoun(Option<String>),
    Other,
}

/// An attribution of an annotation file: source and content, as char ranges.
#[derive(Default)]
struct Attribution {
    source: Vec<(usize, usize)>,
    content: Vec<(usize, usize)>,
}

#[derive(Default)]
struct Score {
    named: usize,
    named_hit: usize,
    judged: usize,
    judged_right: usize,
    pronoun: usize,
    pronoun_hit: usize,
    found: usize,
    found_unattributed: usize,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut show = false;
    for a in args.by_ref() {
        match a.as_str() {
            "--show" => show = true,
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir else {
        eprintln!(
            "usage: eval_quotes PolNeAR/data/dev [--show]\n  (the split folder holding text/ and attributions/)"
        );
        std::process::exit(2);
    };
    let mut score = Score::default();
    let mut articles = 0;
    for (name, text_path, ann_path) in articles_of(&dir) {
        let text = match std::fs::read_to_string(&text_path) {
            Ok(t) => t,
            Err(e) => fail(&format!("{}: {e}", text_path.display())),
        };
        let ann = match std::fs::read_to_string(&ann_path) {
            Ok(t) => t,
            Err(e) => fail(&format!("{}: {e}", ann_path.display())),
        };
        let gold = gold_quotes(&text, &parse_ann(&ann, &ann_path));
        let ctx = Context {
            outlet: None,
            display_path: format!("{name}.txt"),
        };
        let doc =
            match ingest::ingest_bytes(text.as_bytes(), Path::new(&ctx.display_path), &ctx, None) {
                Ok(d) => d,
                Err(e) => fail(&format!("{name}: {e}")),
            };
        let found: Vec<(Option<String>, Vec<String>)> = doc
            .quotations()
            .map(|(s, t, _)| (s.map(str::to_string), words(t)))
            .collect();
        score_article(&name, &gold, &found, &mut score, show);
        articles += 1;
    }
    print_scores(articles, &score);
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1);
}

fn print_scores(articles: usize, s: &Score) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!("articles: {articles}");
    println!(
        "found quotes: {} ({} without a speaker)",
        s.found, s.found_unattributed
    );
    println!(
        "named precision: {:.3} ({}/{})",
        ratio(s.judged_right, s.judged),
        s.judged_right,
        s.judged
    );
    println!(
        "named recall:    {:.3} ({}/{})",
        ratio(s.named_hit, s.named),
        s.named_hit,
        s.named
    );
    println!(
        "pronoun recall:  {:.3} ({}/{})",
        ratio(s.pronoun_hit, s.pronoun),
        s.pronoun_hit,
        s.pronoun
    );
}

/// (article name, text file, first annotation file) of each article of the split.
fn articles_of(dir: &Path) -> Vec<(String, PathBuf, PathBuf)> {
    let list = |sub: &str| -> Vec<PathBuf> {
        let d = dir.join(sub);
        let rd = std::fs::read_dir(&d).unwrap_or_else(|e| {
            fail(&format!(
                "{}: {e} (pass a PolNeAR split folder holding text/ and attributions/)",
                d.display()
            ))
        });
        let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        v.sort();
        v
    };
    let mut anns: BTreeMap<String, PathBuf> = BTreeMap::new();
    for a in list("attributions") {
        let stem = a.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        // "<article>_<annotator>.ann": the annotator id is the last "_" part.
        if let Some((article, _)) = stem.rsplit_once('_') {
            anns.entry(article.to_string()).or_insert(a.clone());
        }
    }
    list("text")
        .into_iter()
        .filter_map(|t| {
            let stem = t.file_stem()?.to_str()?.to_string();
            let ann = anns.get(&stem)?.clone();
            Some((stem, t, ann))
        })
        .collect()
}

/// The attributions of a brat-style annotation file.
fn parse_ann(ann: &str, path: &Path) -> Vec<Attribution> {
    let mut spans: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    let mut out = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 {
            continue;
        }
        if cols[0].starts_with('T') {
            let (_, ranges) = cols[1].split_once(' ').unwrap_or((cols[1], ""));
            let parsed: Option<Vec<(usize, usize)>> = ranges
                .split(';')
                .map(|r| {
                    let (a, b) = r.trim().split_once(' ')?;
                    Some((a.parse().ok()?, b.parse().ok()?))
                })
                .collect();
            let Some(parsed) = parsed else {
                fail(&format!(
                    "{}:{}: expected \"Type START END[;START END]\" in the second column",
                    path.display(),
                    n + 1
                ));
            };
            spans.insert(cols[0], parsed);
        } else if cols[0].starts_with('E') {
            let mut a = Attribution::default();
            for part in cols[1].split_whitespace() {
                let Some((role, id)) = part.split_once(':') else {
                    continue;
                };
                let s = spans.get(id).cloned().unwrap_or_default();
                if role.starts_with("Source") {
                    a.source.extend(s);
                } else if role.starts_with("Content") {
                    a.content.extend(s);
                }
            }
            out.push(a);
        }
    }
    out
}

/// Lower-case words (letters and digits) of `s`.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_matches(['\'', '’']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Char ranges of the runs between quotation marks in each line of `chars`.
fn quote_runs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' {
            let mut open: Option<usize> = None;
            for (k, c) in chars.iter().enumerate().take(i).skip(line_start) {
                match *c {
                    '“' if open.is_none() => open = Some(k + 1),
                    '”' => {
                        if let Some(o) = open.take() {
                            out.push((o, k));
                        }
                    }
                    '"' => match open.take() {
                        Some(o) => out.push((o, k)),
                        None => open = Some(k + 1),
                    },
                    _ => {}
                }
            }
            if let Some(o) = open {
                out.push((o, i));
            }
            line_start = i + 1;
        }
    }
    out
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The gold quotations of an article.
fn gold_quotes(text: &str, attributions: &[Attribution]) -> Vec<Gold> {
    let chars: Vec<char> = text.chars().collect();
    let slice = |r: (usize, usize)| -> String {
        chars[r.0.min(chars.len())..r.1.min(chars.len())]
            .iter()
            .collect()
    };
    let source_text = |a: &Attribution| -> String {
        a.source
            .iter()
            .map(|r| slice(*r))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Sources in text order with their kinds, for pronoun resolution.
    let mut by_position: Vec<(usize, Option<String>)> = attributions
        .iter()
        .filter_map(|a| {
            let start = a.source.iter().map(|r| r.0).min()?;
            Some((start, surname_of(&source_text(a))))
        })
        .collect();
    by_position.sort();
    let mut out = Vec::new();
    for run in quote_runs(&chars) {
        let w = words(&slice(run));
        if w.len() < 5 {
            continue;
        }
        let len = run.1 - run.0;
        let best = attributions
            .iter()
            .map(|a| (a.content.iter().map(|c| overlap(*c, run)).sum::<usize>(), a))
            .max_by_key(|(o, _)| *o);
        let Some((o, a)) = best else { continue };
        if o * 2 < len || a.source.is_empty() {
            continue;
        }
        let source = source_text(a);
        let kind = if let Some(s) = surname_of(&source) {
            Kind::Named(s)
        } else if matches!(source.trim().to_lowercase().as_str(), "he" | "she") {
            let at = a.source.iter().map(|r| r.0).min().unwrap_or(0);
            let named = by_position
                .iter()
                .rev()
                .filter(|(p, _)| *p < at)
                .find_map(|(_, s)| s.clone());
            Kind::Pronoun(named)
        } else {
            Kind::Other
        };
        let start = chars[..run.0]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |p| p + 1);
        let end = chars[run.1..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(chars.len(), |p| run.1 + p);
        out.push(Gold {
            words: w,
            source,
            kind,
            line: slice((start, end)),
        });
    }
    out
}

/// The folded surname of a source that is a name, else `None`.
fn surname_of(source: &str) -> Option<String> {
    let mut s = source.to_string();
    while let (Some(a), Some(b)) = (s.find('('), s.find(')')) {
        if b < a {
            break;
        }
        s.replace_range(a..=b, " ");
    }
    let head = s.split(',').next().unwrap_or("").trim();
    // "Mr. Morgan of the Sierra Club", "Charles B. Rangel of New York": the
    // name before the preposition.
    let words: Vec<&str> = head.split_whitespace().collect();
    let cut = words
        .iter()
        .position(|w| matches!(*w, "of" | "at" | "from" | "for"))
        .filter(|&p| p > 0 && words[p - 1].chars().next().is_some_and(char::is_uppercase))
        .unwrap_or(words.len());
    let last = *words[..cut].last()?;
    let last = last
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches("'s")
        .trim_end_matches("’s");
    let first = last.chars().next()?;
    let pronoun = matches!(last, "I" | "He" | "She" | "They" | "We" | "It" | "You");
    (first.is_uppercase()
        && !pronoun
        && last
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '.'))
    .then(|| last.trim_end_matches('.').to_lowercase())
}

fn shingles(w: &[String], n: usize) -> HashSet<String> {
    if w.len() <= n {
        return std::iter::once(w.join(" ")).collect();
    }
    w.windows(n).map(|x| x.join(" ")).collect()
}

fn matches(found: &[String], gold: &[String]) -> bool {
    if found.is_empty() {
        return false;
    }
    if found.len() < 4 {
        return gold.windows(found.len()).any(|x| x == found);
    }
    let g = shingles(gold, 4);
    shingles(found, 4).iter().any(|s| g.contains(s))
}

fn holds(speaker: &str, surname: &str) -> bool {
    words(speaker)
        .iter()
        .any(|w| w.trim_end_matches("'s").trim_end_matches("’s") == surname)
}

fn score_article(
    name: &str,
    gold: &[Gold],
    found: &[(Option<String>, Vec<String>)],
    s: &mut Score,
    show: bool,
) {
    s.found += found.len();
    s.found_unattributed += found.iter().filter(|f| f.0.is_none()).count();
    let excerpt = |w: &[String]| w.iter().take(8).cloned().collect::<Vec<_>>().join(" ");
    for g in gold {
        let (target, pronoun) = match &g.kind {
            Kind::Named(n) => (Some(n.clone()), false),
            Kind::Pronoun(n) => (n.clone(), true),
            Kind::Other => continue,
        };
        let Some(target) = target else { continue };
        let hits: Vec<&(Option<String>, Vec<String>)> =
            found.iter().filter(|f| matches(&f.1, &g.words)).collect();
        let hit = hits
            .iter()
            .any(|f| f.0.as_deref().is_some_and(|sp| holds(sp, &target)));
        if pronoun {
            s.pronoun += 1;
            s.pronoun_hit += usize::from(hit);
        } else {
            s.named += 1;
            s.named_hit += usize::from(hit);
        }
        if show && !hit {
            let got: Vec<String> = hits
                .iter()
                .map(|f| f.0.clone().unwrap_or_else(|| "(none)".into()))
                .collect();
            eprintln!(
                "MISS{} {name}: gold {:?} ({target}) got {:?}: \"{}\"\n    | {}",
                if pronoun { " (pronoun)" } else { "" },
                g.source,
                got,
                excerpt(&g.words),
                g.line
            );
        }
    }
    for (speaker, w) in found {
        let Some(speaker) = speaker else { continue };
        let judged: Vec<&Gold> = gold
            .iter()
            .filter(|g| matches!(g.kind, Kind::Named(_)) && matches(w, &g.words))
            .collect();
        if judged.is_empty() {
            continue;
        }
        s.judged += 1;
        let right = judged
            .iter()
            .any(|g| matches!(&g.kind, Kind::Named(n) if holds(speaker, n)));
        s.judged_right += usize::from(right);
        if show && !right {
            eprintln!(
                "WRONG {name}: said {speaker:?}, gold {:?}: \"{}\"\n    | {}",
                judged[0].source,
                excerpt(w),
                judged[0].line
            );
        }
    }
}
