//! Measures how well juxta extracts the article body from saved HTML pages,
//! and how fast, on the article-extraction benchmark (181 news and blog pages
//! with hand-checked bodies; see its README.md). Nothing of the benchmark is
//! copied into the project: pass the benchmark's folder.
//!
//!     export CARGO_TARGET_DIR=$HOME/.cache/juxta-target
//!     cargo run --release --example eval_html -- ../shared/benchmarks/article-extraction
//!
//! Variants scored:
//! - `juxta`: juxta's real ingestion (`ingest_bytes` on `html/<id>.html.gz`),
//!   body = the Document's paragraph texts (headings included) joined by "\n";
//! - `rs-trafilatura text`: rs-trafilatura's raw `content_text` with the
//!   options juxta uses, to see what juxta's blocks and cleaning add or lose;
//! - with `--options`: rs-trafilatura's `content_markdown` (`output_markdown`),
//!   and both again without tables, with `favor_recall` and with
//!   `favor_precision`.
//!
//! Scoring as the benchmark's evaluate.py: `\w+` tokens (Unicode, case kept;
//! the regex crate's `\w` also counts combining marks, Python's does not),
//! 4-token shingles as multisets, per page tp/fp/fn normalised to sum 1,
//! precision and recall averaged over pages, F1 = 2PR/(P+R).
//!
//! Prints P, R, F1 per variant, the page count, the pages where juxta loses
//! most against the raw text, the 10 worst pages by F1, throughput of juxta's
//! ingestion (gunzip, decode, extraction, cleaning, metadata; pages already
//! in memory) as pages/s and MB/s of decompressed HTML, in wall time and CPU
//! time, against rs-trafilatura alone on the same pages, and how often a
//! paragraph's first word is on its first line of the HTML file.
//!
//! Other reports, instead of the scores:
//! - `--page ID`: one page: juxta's paragraphs, removals and metadata, the
//!   raw text and the true text;
//! - `--removed`: what juxta's cleaner removed, by reason, and how much of
//!   it the true body contains;
//! - `--extra`: paragraphs juxta keeps that are not in the true body;
//! - `--meta`: dates and authors, against rs-trafilatura's and URL dates.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use juxta::ingest::{self, Context, Document, html};
use regex::Regex;

struct Page {
    id: String,
    gz: Vec<u8>,
    html: String,
    truth: String,
}

#[derive(Clone, Copy, Default)]
struct Score {
    tp: f64,
    fp: f64,
    fn_: f64,
}

impl Score {
    fn precision(self) -> Option<f64> {
        if self.tp + self.fp <= 0.0 {
            return None;
        }
        Some(if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fp)
        })
    }
    fn recall(self) -> Option<f64> {
        if self.tp + self.fn_ <= 0.0 {
            return None;
        }
        Some(if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fn_)
        })
    }
    fn f1(self) -> f64 {
        let p = self.precision().unwrap_or(0.0);
        let r = self.recall().unwrap_or(0.0);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn shingles<'a>(re: &Regex, text: &'a str) -> HashMap<Vec<&'a str>, usize> {
    let tokens: Vec<&str> = re.find_iter(text).map(|m| m.as_str()).collect();
    let mut out = HashMap::new();
    let n = 4;
    let count = if tokens.len() >= n {
        tokens.len() - n + 1
    } else {
        1
    };
    for i in 0..count {
        let s = tokens[i..(i + n).min(tokens.len())].to_vec();
        if !s.is_empty() {
            *out.entry(s).or_insert(0) += 1;
        }
    }
    out
}

fn score(re: &Regex, truth: &str, pred: &str) -> Score {
    let t = shingles(re, truth);
    let p = shingles(re, pred);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(tc) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        Score {
            tp: tp / s,
            fp: fp / s,
            fn_: fn_ / s,
        }
    } else {
        Score::default()
    }
}

/// (precision, recall, F1) over pages, as evaluate.py computes them.
fn totals(scores: &[Score]) -> (f64, f64, f64) {
    let mean = |v: Vec<f64>| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let p = mean(scores.iter().filter_map(|s| s.precision()).collect());
    let r = mean(scores.iter().filter_map(|s| s.recall()).collect());
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn load(dir: &Path, only: Option<&str>) -> Result<Vec<Page>, String> {
    let gt_path = dir.join("ground-truth.json");
    let gt_text = std::fs::read_to_string(&gt_path)
        .map_err(|e| format!("cannot read {}: {e}", gt_path.display()))?;
    let gt: serde_json::Value = serde_json::from_str(&gt_text)
        .map_err(|e| format!("{}: invalid JSON: {e}", gt_path.display()))?;
    let obj = gt
        .as_object()
        .ok_or_else(|| format!("{}: not a JSON object", gt_path.display()))?;
    let mut pages = Vec::new();
    for (id, v) in obj {
        if only.is_some_and(|o| o != id) {
            continue;
        }
        let truth = v
            .get("articleBody")
            .and_then(|b| b.as_str())
            .unwrap_or("")
            .to_string();
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let gz =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut raw)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let html = String::from_utf8_lossy(&raw).into_owned();
        pages.push(Page {
            id: id.clone(),
            gz,
            html,
            truth,
        });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

fn ctx_for(id: &str) -> Context<'static> {
    Context {
        outlet: None,
        display_path: format!("{id}.html.gz"),
    }
}

fn body_of(doc: &Document) -> String {
    doc.paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// juxta's real ingestion of the gzip file.
fn juxta_body(page: &Page) -> (String, Option<Document>) {
    let path = PathBuf::from(format!("{}.html.gz", page.id));
    match ingest::ingest_bytes(&page.gz, &path, &ctx_for(&page.id), None) {
        Ok(doc) => (body_of(&doc), Some(doc)),
        Err(e) => {
            eprintln!("{}: {}", page.id, e.message);
            (String::new(), None)
        }
    }
}

fn juxta_body_with(page: &Page, options: &rs_trafilatura::Options) -> String {
    match html::ingest_with(&page.html, &ctx_for(&page.id), options) {
        Ok(doc) => body_of(&doc),
        Err(e) => {
            eprintln!("{}: {}", page.id, e.message);
            String::new()
        }
    }
}

fn raw_text(page: &Page, options: &rs_trafilatura::Options) -> String {
    match rs_trafilatura::extract_with_options(&page.html, options) {
        Ok(r) => r.content_text,
        Err(e) => {
            eprintln!("{}: rs-trafilatura: {e}", page.id);
            String::new()
        }
    }
}

/// rs-trafilatura's `content_markdown` (with `output_markdown`), or its text
/// when it has no Markdown for the page.
fn raw_markdown(page: &Page, options: &rs_trafilatura::Options) -> String {
    let options = rs_trafilatura::Options {
        output_markdown: true,
        ..options.clone()
    };
    match rs_trafilatura::extract_with_options(&page.html, &options) {
        Ok(r) => r.content_markdown.unwrap_or(r.content_text),
        Err(e) => {
            eprintln!("{}: rs-trafilatura: {e}", page.id);
            String::new()
        }
    }
}

fn dump(page: &Page, re: &Regex) {
    let (pred, doc) = juxta_body(page);
    let raw = raw_text(page, &html::extraction_options());
    let s = score(re, &page.truth, &pred);
    let r = score(re, &page.truth, &raw);
    println!("== page {}", page.id);
    println!(
        "juxta: P {:.3} R {:.3} F1 {:.3}    rs-trafilatura text: P {:.3} R {:.3} F1 {:.3}",
        s.precision().unwrap_or(0.0),
        s.recall().unwrap_or(0.0),
        s.f1(),
        r.precision().unwrap_or(0.0),
        r.recall().unwrap_or(0.0),
        r.f1()
    );
    if let Some(doc) = &doc {
        println!(
            "\n== metadata\ntitle: {:?}\nsubtitle: {:?}\nauthor: {:?}\ndate: {:?}\nurl: {:?}\nprovenance: {:?}",
            doc.title, doc.subtitle, doc.author, doc.date, doc.url, doc.provenance
        );
        println!("\n== juxta paragraphs");
        for (i, p) in doc.paragraphs.iter().enumerate() {
            let h = if p.heading { " [heading]" } else { "" };
            println!("[{i}] lines {:?}{h}: {}", p.lines, p.text);
        }
        println!("\n== removed by juxta");
        for r in &doc.removed {
            println!("lines {:?} ({}): {}", r.lines, r.reason, r.text);
        }
        println!("\n== metadata lines");
        for m in &doc.metadata {
            println!("lines {:?} ({}): {}", m.lines, m.field, m.text);
        }
    }
    println!("\n== rs-trafilatura content_text\n{raw}");
    println!("\n== true text\n{}", page.truth);
}

/// What juxta's cleaner removed from the extracted articles, by reason, and
/// how much of it the true body contains (removed by mistake).
fn removed_report(pages: &[Page], re: &Regex) {
    let squeeze = |s: &str| -> String {
        re.find_iter(s)
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // reason -> (count, in truth, examples in truth, examples not in truth)
    type Stat = (usize, usize, Vec<String>, Vec<String>);
    let mut by_reason: std::collections::BTreeMap<String, Stat> = Default::default();
    for page in pages {
        let (_, doc) = juxta_body(page);
        let Some(doc) = doc else { continue };
        let truth = squeeze(&page.truth);
        for r in &doc.removed {
            let t = squeeze(&r.text);
            let in_truth = !t.is_empty() && truth.contains(&t);
            let e = by_reason.entry(r.reason.to_string()).or_default();
            e.0 += 1;
            let shown = format!(
                "{}: {}",
                &page.id[..8],
                r.text.chars().take(90).collect::<String>()
            );
            if in_truth {
                e.1 += 1;
                if e.2.len() < 6 {
                    e.2.push(shown);
                }
            } else if e.3.len() < 4 {
                e.3.push(shown);
            }
        }
    }
    println!("removed by juxta's cleaner (reason: count, of which in the true body):");
    for (reason, (n, bad, bad_ex, good_ex)) in &by_reason {
        println!("\n{reason}: {n}, {bad} in the true body");
        for e in bad_ex {
            println!("  in body:  {e}");
        }
        for e in good_ex {
            println!("  not body: {e}");
        }
    }
}

/// Paragraphs juxta keeps that are not in the true body, with their place
/// (index / paragraph count) — what costs precision.
fn extra_report(pages: &[Page], re: &Regex) {
    let words = |s: &str| -> String {
        re.find_iter(s)
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut total = 0;
    for page in pages {
        let (_, doc) = juxta_body(page);
        let Some(doc) = doc else { continue };
        let truth = words(&page.truth);
        let n = doc.paragraphs.len();
        let extra: Vec<(usize, &str)> = doc
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                let w = words(&p.text);
                !w.is_empty() && !truth.contains(&w)
            })
            .map(|(i, p)| (i, p.text.as_str()))
            .collect();
        if extra.is_empty() {
            continue;
        }
        total += extra.len();
        println!(
            "== {} ({} of {n} paragraphs not in the true body)",
            &page.id[..12],
            extra.len()
        );
        for (i, t) in extra.iter().take(12) {
            println!("  {i:>3}/{n}: {}", t.chars().take(110).collect::<String>());
        }
    }
    println!("\n{total} paragraphs not in the true body");
}

/// Dates and authors juxta finds, against rs-trafilatura's and the date in
/// the page's URL (the benchmark has no true metadata).
fn meta_report(pages: &[Page]) {
    let url_date = Regex::new(r"/(20\d\d)/(\d\d)/(\d\d)/").expect("regex");
    let (mut dated, mut with_url_date, mut agree, mut rs_agree) = (0, 0, 0, 0);
    for page in pages {
        let (_, doc) = juxta_body(page);
        let Some(doc) = doc else { continue };
        let rs = rs_trafilatura::extract_with_options(&page.html, &html::extraction_options()).ok();
        let rs_date = rs
            .as_ref()
            .and_then(|r| r.metadata.date)
            .map(|d| d.date_naive().to_string());
        let rs_author = rs.as_ref().and_then(|r| r.metadata.author.clone());
        let date = doc.date_string();
        dated += usize::from(date.is_some());
        let from_url = doc
            .url
            .as_deref()
            .and_then(|u| url_date.captures(u))
            .map(|c| format!("{}-{}-{}", &c[1], &c[2], &c[3]));
        let mut flag = "";
        if let Some(u) = &from_url {
            with_url_date += 1;
            if date.as_ref() == Some(u) {
                agree += 1;
            } else {
                flag = "  <- differs from URL";
            }
            if rs_date.as_ref() == Some(u) {
                rs_agree += 1;
            }
        }
        println!(
            "{}  date {:<10} ({:?})  rs {:<10}  url {:<10}  author {:?} ({:?})  rs {:?}{flag}",
            &page.id[..8],
            date.unwrap_or_default(),
            doc.provenance.get("date"),
            rs_date.unwrap_or_default(),
            from_url.unwrap_or_default(),
            doc.author,
            doc.provenance.get("author"),
            rs_author,
        );
    }
    println!(
        "\n{dated} of {} pages dated; of {with_url_date} with a date in the URL, juxta agrees on {agree}, rs-trafilatura on {rs_agree}",
        pages.len()
    );
}

/// CPU time of this process so far (user + system, all threads), on Linux;
/// less disturbed than wall time when the machine is shared.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses.
    let rest = stat.rsplit(')').next()?;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    // In clock ticks, 100 per second on Linux.
    Some((utime + stime) / 100.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = None;
    let mut page_id = None;
    let mut more_options = false;
    let mut show_removed = false;
    let mut show_extra = false;
    let mut show_meta = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--page" => {
                i += 1;
                page_id = args.get(i).cloned();
            }
            "--options" => more_options = true,
            "--removed" => show_removed = true,
            "--extra" => show_extra = true,
            "--meta" => show_meta = true,
            "-h" | "--help" => {
                println!(
                    "usage: eval_html DIR [--page ID] [--options] [--removed] [--extra] [--meta]"
                );
                return;
            }
            a => dir = Some(PathBuf::from(a)),
        }
        i += 1;
    }
    let Some(dir) = dir else {
        eprintln!("usage: eval_html DIR [--page ID] [--options] [--removed] [--extra] [--meta]");
        std::process::exit(2);
    };
    let pages = match load(&dir, page_id.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let re = Regex::new(r"\w+").expect("valid regex");
    if let Some(id) = page_id {
        match pages.first() {
            Some(p) => dump(p, &re),
            None => {
                eprintln!("error: no page {id} in the ground truth");
                std::process::exit(2);
            }
        }
        return;
    }

    if show_removed {
        removed_report(&pages, &re);
        return;
    }
    if show_extra {
        extra_report(&pages, &re);
        return;
    }
    if show_meta {
        meta_report(&pages);
        return;
    }

    // Throughput of juxta's ingestion (gunzip, decode, extract, clean, metadata).
    let mb: f64 = pages.iter().map(|p| p.html.len()).sum::<usize>() as f64 / 1e6;
    let cpu_start = cpu_seconds();
    let start = Instant::now();
    let (bodies, docs): (Vec<String>, Vec<Option<Document>>) = pages.iter().map(juxta_body).unzip();
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu_start).map(|(b, a)| b - a);

    let base = html::extraction_options();
    let mut variants: Vec<(String, Vec<Score>)> = Vec::new();
    let juxta_scores: Vec<Score> = pages
        .iter()
        .zip(&bodies)
        .map(|(p, b)| score(&re, &p.truth, b))
        .collect();
    variants.push(("juxta".into(), juxta_scores));
    let raw_start = Instant::now();
    let raw: Vec<String> = pages.iter().map(|p| raw_text(p, &base)).collect();
    let raw_secs = raw_start.elapsed().as_secs_f64();
    variants.push((
        "rs-trafilatura text".into(),
        pages
            .iter()
            .zip(&raw)
            .map(|(p, r)| score(&re, &p.truth, r))
            .collect(),
    ));
    if more_options {
        variants.push((
            "rs-trafilatura markdown".into(),
            pages
                .iter()
                .map(|p| score(&re, &p.truth, &raw_markdown(p, &base)))
                .collect(),
        ));
        for (name, opts) in [
            (
                "no tables",
                rs_trafilatura::Options {
                    include_tables: false,
                    ..base.clone()
                },
            ),
            (
                "favor_recall",
                rs_trafilatura::Options {
                    favor_recall: true,
                    ..base.clone()
                },
            ),
            (
                "favor_precision",
                rs_trafilatura::Options {
                    favor_precision: true,
                    ..base.clone()
                },
            ),
        ] {
            variants.push((
                format!("juxta, {name}"),
                pages
                    .iter()
                    .map(|p| score(&re, &p.truth, &juxta_body_with(p, &opts)))
                    .collect(),
            ));
            variants.push((
                format!("rs-trafilatura text, {name}"),
                pages
                    .iter()
                    .map(|p| score(&re, &p.truth, &raw_text(p, &opts)))
                    .collect(),
            ));
        }
    }

    println!("pages: {}", pages.len());
    println!("{:<40} {:>7} {:>7} {:>7}", "variant", "P", "R", "F1");
    for (name, scores) in &variants {
        let (p, r, f) = totals(scores);
        println!("{name:<40} {p:>7.4} {r:>7.4} {f:>7.4}");
    }
    println!(
        "\nthroughput of juxta's HTML ingestion: {} pages, {:.1} MB of HTML in {:.2} s: {:.1} pages/s, {:.2} MB/s",
        pages.len(),
        mb,
        secs,
        pages.len() as f64 / secs,
        mb / secs
    );
    if let Some(cpu) = cpu {
        println!(
            "CPU time (all threads): {cpu:.2} s: {:.1} pages per CPU-second, {:.2} MB per CPU-second",
            pages.len() as f64 / cpu,
            mb / cpu
        );
    }
    println!(
        "rs-trafilatura alone (same pages, on this thread): {:.2} s: {:.1} pages/s, {:.2} MB/s",
        raw_secs,
        pages.len() as f64 / raw_secs,
        mb / raw_secs
    );

    // Where juxta's blocks and cleaning lose or gain most against the raw text.
    let mut diff: Vec<(usize, f64)> = variants[0]
        .1
        .iter()
        .zip(&variants[1].1)
        .map(|(j, r)| j.f1() - r.f1())
        .enumerate()
        .filter(|(_, d)| d.abs() > 0.0005)
        .collect();
    diff.sort_by(|a, b| a.1.total_cmp(&b.1));
    let (lost, gained): (Vec<_>, Vec<_>) = diff.iter().partition(|(_, d)| *d < 0.0);
    println!(
        "\njuxta vs rs-trafilatura text: better on {} pages, worse on {}; most lost (F1 difference, id):",
        gained.len(),
        lost.len()
    );
    for (i, d) in lost.iter().take(10) {
        println!("{d:+.3}  {}", pages[*i].id);
    }

    // Are paragraph line numbers lines of the HTML file? The first word of a
    // paragraph should be on its first line.
    let (mut found, mut total) = (0, 0);
    for (page, doc) in pages.iter().zip(&docs) {
        let Some(doc) = doc else { continue };
        let lines: Vec<&str> = page.html.lines().collect();
        for p in &doc.paragraphs {
            let Some(word) = re.find(&p.text) else {
                continue;
            };
            total += 1;
            if lines
                .get(p.lines[0].wrapping_sub(1))
                .is_some_and(|l| l.contains(word.as_str()))
            {
                found += 1;
            }
        }
    }
    println!(
        "\nparagraph lines: the first word of {found} of {total} paragraphs ({:.1} %) is on the paragraph's first line in the HTML file",
        100.0 * found as f64 / total.max(1) as f64
    );

    let (name, scores) = &variants[0];
    let mut worst: Vec<(usize, Score)> = scores.iter().copied().enumerate().collect();
    worst.sort_by(|a, b| a.1.f1().total_cmp(&b.1.f1()));
    println!("\n10 worst pages for {name} (F1, P, R, id):");
    for (i, s) in worst.iter().take(10) {
        println!(
            "{:.3}  P {:.3}  R {:.3}  {}",
            s.f1(),
            s.precision().unwrap_or(0.0),
            s.recall().unwrap_or(0.0),
            pages[*i].id
        );
    }
}
