//! Measures how well juxta reads article text files, whatever their layout,
//! on the article-extraction benchmark (181 pages with true article bodies,
//! paragraphs known). Nothing of the benchmark is copied into the project:
//! pass the benchmark's folder.
//!
//!     export CARGO_TARGET_DIR=$HOME/.cache/juxta-target
//!     cargo run --release --example eval_text -- ../shared/benchmarks/article-extraction
//!
//! Each true body is written out in the layouts text files come in, with
//! widths, furniture and header styles drawn from a generator seeded by the
//! page id (so every run writes the same files), and read with juxta's real
//! ingestion (`ingest_bytes`, as `juxta inspect` reads a `.txt` file):
//!
//! - `blank`: paragraphs separated by blank lines;
//! - `lines`: one paragraph per line, no blank lines;
//! - `wrapped`: hard-wrapped at 60–80 columns, paragraphs on single newlines;
//! - `hyphen`: hard-wrapped, long words hyphenated at line ends, blank lines;
//! - `pdf`: copied from a PDF: wrapped, blank lines, and between pages a page
//!   number, running head and foot, a printed URL, a copyright line;
//! - `pdf-tight`: the same without blank lines between paragraphs;
//! - `crlf`: one paragraph per line, CRLF line endings;
//! - `cr`: hard-wrapped, paragraphs separated by blank lines, with the
//!   carriage returns alone old Mac programs and calibre end lines with;
//! - `header`: headline, byline and date lines, then one paragraph per line;
//! - `newsdb`: a news-database export: labelled header fields, a `Body`
//!   line, paragraphs, then load date and end-of-document lines;
//! - `indented`: hard-wrapped, each paragraph's first line indented, no
//!   blank lines;
//! - `edges`: blank lines, with menus, share rows, related links, newsletter
//!   and donation appeals, audio notes and a cookie notice around the body;
//! - `email`: the body forwarded in an e-mail: header fields (English,
//!   German or French), a forwarder's note, a forward mark, the original's
//!   header, the body wrapped at 60–80 columns with blank lines (quoted with
//!   "> " in half the pages) and a signature below "--".
//!
//! True paragraphs: the body's non-empty lines, whitespace normalised.
//! Scores per layout, averaged over pages:
//! - paragraph-F1: juxta's paragraphs (headings included) against the true
//!   ones as multisets of exact strings after whitespace normalisation,
//!   marks no reader sees (soft hyphens, zero-width spaces) left out;
//! - shingle P/R/F1: as `eval_html` and the benchmark's evaluate.py score
//!   (4-token shingles of `\w+` tokens);
//! - leaks (listed on stderr with EVAL_SHOW_LEAKS=1): pages where a generated furniture or header line is a kept
//!   paragraph or is found inside one that is not a true paragraph (lines
//!   under 12 characters, such as page numbers, only as whole paragraphs);
//! - title: pages (of those with a generated headline) whose headline became
//!   the title;
//! - truncated: pages juxta marked as cut off;
//! - MB/s: bytes of the written files over the time juxta's ingestion took
//!   on them, on one core (files in memory; no disk, no cache).
//!
//! `--dumps DIR` also scores the pages copied as text the way a reader
//! copies a whole page from a browser: `w3m -dump` and `lynx -dump` of each
//! HTML page (Debian packages w3m and lynx), written to DIR once and read
//! back after. These have no paragraph truth that lines up, so only the
//! shingle scores count there.
//!
//! Other options: `--layout NAME` (one layout), `--page ID` (one page; with
//! `--show`, prints the generated file, juxta's paragraphs and removals),
//! `EVAL_SAVE_DOCS=DIR` writes juxta's reading of each page copy as JSON
//! to `DIR/w3m/ID.json` and `DIR/lynx/ID.json`.
//! `--worst N` (the N worst pages per layout by paragraph-F1; for the
//! page copies by shingle-F1, with the page's shingle P and R).
//! `EVAL_PASSES=N` times N − 1 reads of each file after an untimed one (the
//! warm rate of a long run; see `timed_read`).
//! `--ambiguity` counts the line ends of the `wrapped` layout that its
//! layout cannot decide (a full line ending a sentence over a capital) and
//! scores readings that break or join at all of them, or judge each right.

/// The juxta binary's allocator, so that the MB/s column is its speed.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use juxta::ingest::{self, Context, Document};
use regex::Regex;

const LAYOUTS: [&str; 13] = [
    "blank",
    "lines",
    "wrapped",
    "hyphen",
    "pdf",
    "pdf-tight",
    "crlf",
    "cr",
    "header",
    "newsdb",
    "indented",
    "edges",
    "email",
];

struct Page {
    id: String,
    url: String,
    paragraphs: Vec<String>,
}

/// A deterministic generator (xorshift64*), seeded per page and layout.
struct Rng(u64);

impl Rng {
    fn new(seed: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in seed.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// A generated file: its text, the furniture and header lines put in it,
/// and the headline when it has one.
struct Generated {
    text: String,
    furniture: Vec<String>,
    headline: Option<String>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words of `p` wrapped at `width` columns; with `hyphenate`, a long word
/// that does not fit is split with a hyphen where at least three letters
/// stay on each side.
fn wrap(p: &str, width: usize, hyphenate: bool, rng: &mut Rng) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in p.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            let chars: Vec<char> = word.chars().collect();
            let room = width.saturating_sub(len + 2);
            let alphabetic = chars.iter().all(|c| c.is_alphabetic());
            if hyphenate && alphabetic && chars.len() >= 7 && room >= 3 && rng.below(3) > 0 {
                let cut = room.min(chars.len() - 3);
                let head: String = chars[..cut].iter().collect();
                let tail: String = chars[cut..].iter().collect();
                line.push(' ');
                line.push_str(&head);
                line.push('-');
                lines.push(std::mem::take(&mut line));
                line = tail;
                continue;
            }
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn outlet_of(url: &str) -> String {
    let host = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or("")
        .trim_start_matches("www.");
    let name = host.split('.').next().unwrap_or("news");
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// A headline made from the URL's slug (words of three letters or more),
/// or from the first words of the body.
fn headline_of(page: &Page, rng: &mut Rng) -> String {
    let slug = page
        .url
        .trim_end_matches('/')
        .rsplit('/')
        .find(|s| s.contains('-'))
        .unwrap_or("");
    let words: Vec<&str> = slug
        .split(['-', '_', '.'])
        .filter(|w| w.len() > 1 && w.chars().all(|c| c.is_alphabetic()))
        .filter(|w| !["html", "htm", "php", "aspx"].contains(w))
        .take(10)
        .collect();
    let words: Vec<String> = if words.len() >= 3 {
        words.iter().map(|w| w.to_string()).collect()
    } else {
        page.paragraphs[0]
            .split_whitespace()
            .take(7)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let style = rng.below(3);
    let cased: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| match style {
            0 => w.to_uppercase(),
            1 if i == 0 => capitalised(w),
            1 => w.clone(),
            _ => capitalised(w),
        })
        .collect();
    cased.join(" ")
}

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

const NAMES: [&str; 8] = [
    "Maria Lopez",
    "John K. Smith",
    "Anna Petrova",
    "David Chen",
    "Sarah O'Neill",
    "Tom Baker and Lisa Wong",
    "Ahmed Hassan",
    "Claire Dubois",
];

fn date_line(rng: &mut Rng) -> String {
    let (y, m, d) = (rng.range(2012, 2024), rng.range(1, 12), rng.range(13, 28));
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const SHORT: [&str; 12] = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];
    let month = MONTHS[m - 1];
    match rng.below(6) {
        0 => format!("{d:02} {month} {y}"),
        1 => format!("{month} {d}, {y}"),
        2 => format!("{} {d}, {y}", SHORT[m - 1]),
        3 => format!("{y}-{m:02}-{d:02}"),
        4 => format!("Published: {month} {d}, {y}"),
        _ => format!("{d}/{m:02}/{y}"),
    }
}

fn byline(rng: &mut Rng) -> String {
    let name = rng.pick(&NAMES);
    match rng.below(3) {
        0 => format!("By {name}"),
        1 => format!("BY {}", name.to_uppercase()),
        _ => format!("By {name}, Staff Reporter"),
    }
}

fn generate(page: &Page, layout: &str) -> Generated {
    let mut rng = Rng::new(&format!("{}{layout}", page.id));
    let ps = &page.paragraphs;
    let width = rng.range(60, 80);
    let mut furniture = Vec::new();
    let mut headline = None;
    let text = match layout {
        "blank" => ps.join("\n\n") + "\n",
        "lines" => ps.join("\n") + "\n",
        "crlf" => ps.join("\r\n") + "\r\n",
        "cr" => paragraphs_wrapped(ps, width, false, "\n\n", "", &mut rng).replace('\n', "\r"),
        "wrapped" => paragraphs_wrapped(ps, width, false, "\n", "", &mut rng),
        "hyphen" => paragraphs_wrapped(ps, width, true, "\n\n", "", &mut rng),
        "indented" => {
            let indent = rng.pick(&["  ", "    ", "\t", "     "]);
            paragraphs_wrapped(ps, width, false, "\n", indent, &mut rng)
        }
        "header" => {
            let h = headline_of(page, &mut rng);
            let (b, d) = (byline(&mut rng), date_line(&mut rng));
            let mut head = vec![h.clone()];
            if rng.below(2) == 0 {
                head.push(b.clone());
                head.push(d.clone());
            } else {
                head.push(d.clone());
                head.push(b.clone());
            }
            furniture.extend([b, d]);
            headline = Some(h);
            let gap = if rng.below(2) == 0 { "\n" } else { "\n\n" };
            head.join("\n") + gap + &ps.join("\n") + "\n"
        }
        "pdf" | "pdf-tight" => pdf(page, layout == "pdf", width, &mut furniture, &mut rng),
        "newsdb" => {
            let h = headline_of(page, &mut rng);
            headline = Some(h.clone());
            newsdb(page, &h, &mut furniture, &mut rng)
        }
        "edges" => edges(page, &mut furniture, &mut rng),
        "email" => email(ps, width, &mut furniture, &mut rng),
        _ => unreachable!("unknown layout {layout}"),
    };
    Generated {
        text,
        furniture,
        headline,
    }
}

fn paragraphs_wrapped(
    ps: &[String],
    width: usize,
    hyphenate: bool,
    between: &str,
    indent: &str,
    rng: &mut Rng,
) -> String {
    let blocks: Vec<String> = ps
        .iter()
        .map(|p| {
            let lines = wrap(p, width, hyphenate, rng);
            format!("{indent}{}", lines.join("\n"))
        })
        .collect();
    blocks.join(between) + "\n"
}

/// Lines of a PDF copy: pages of 40–55 lines, with furniture between them.
fn pdf(
    page: &Page,
    blank: bool,
    width: usize,
    furniture: &mut Vec<String>,
    rng: &mut Rng,
) -> String {
    let mut body: Vec<String> = Vec::new();
    for (i, p) in page.paragraphs.iter().enumerate() {
        if blank && i > 0 {
            body.push(String::new());
        }
        body.extend(wrap(p, width, false, rng));
    }
    let outlet = outlet_of(&page.url);
    let title = headline_of(page, rng);
    let pages = body.len().div_ceil(45).max(1);
    let style = rng.below(3);
    let per_page = rng.range(40, 55);
    let mut out = Vec::new();
    for (n, chunk) in body.chunks(per_page).enumerate() {
        let no = n + 1;
        let head = match style {
            0 => format!("{outlet} | {title}"),
            1 => format!("11/19/19, 3:{:02} PM {title} - {outlet}", rng.range(10, 59)),
            _ => title.to_uppercase(),
        };
        if n > 0 || style == 1 {
            out.push(head.clone());
            furniture.push(head);
        }
        out.extend(chunk.iter().cloned());
        let mut foot = match style {
            0 => vec![
                format!("© {} {outlet}. All rights reserved.", rng.range(2015, 2023)),
                format!("Page {no} of {pages}"),
            ],
            1 => vec![format!("{} {no}/{pages}", page.url)],
            _ => vec![page.url.clone(), format!("{no}")],
        };
        if no == pages && style == 2 {
            foot.insert(0, format!("Copyright {outlet} {}", rng.range(2015, 2023)));
        }
        for f in foot {
            out.push(f.clone());
            furniture.push(f);
        }
        if blank {
            out.push(String::new());
        }
    }
    out.join("\n") + "\n"
}

/// The body forwarded in an e-mail, the message's parts as furniture.
fn email(ps: &[String], width: usize, furniture: &mut Vec<String>, rng: &mut Rng) -> String {
    let name = rng.pick(&NAMES);
    let subject: String = ps[0].chars().take(50).collect();
    let (top, mark, orig): (Vec<String>, &str, Vec<String>) = match rng.below(3) {
        0 => (
            vec![
                format!("From: {name} <desk@example.org>"),
                format!(
                    "Sent: Tuesday, November {}, 2019 9:45 AM",
                    rng.range(10, 28)
                ),
                "To: Policy Desk <policy@example.org>".to_string(),
                format!("Subject: FW: {subject}"),
            ],
            "-----Original Message-----",
            vec![
                "From: Newsletter <news@example.com>".to_string(),
                "Date: Mon, 18 Nov 2019 22:10:03 +0000".to_string(),
            ],
        ),
        1 => (
            vec![
                format!("Von: {name} <desk@example.de>"),
                "Gesendet: Dienstag, 19. November 2019 09:45".to_string(),
                "An: Redaktion <red@example.de>".to_string(),
                format!("Betreff: WG: {subject}"),
            ],
            "---------- Weitergeleitete Nachricht ---------",
            vec![
                "Von: Newsletter <news@example.com>".to_string(),
                "Datum: Mo., 18. Nov. 2019 um 22:10".to_string(),
                format!("Betreff: {subject}"),
            ],
        ),
        _ => (
            vec![
                format!("De : {name} <desk@example.fr>"),
                "Envoyé : mardi 19 novembre 2019 09:45".to_string(),
                "À : Rédaction <red@example.fr>".to_string(),
                format!("Objet : TR: {subject}"),
            ],
            "-------- Message transféré --------",
            vec![
                "De : Newsletter <news@example.com>".to_string(),
                "Date : lun. 18 nov. 2019 22:10".to_string(),
            ],
        ),
    };
    let note = rng.pick(&[
        "Worth reading before the meeting.",
        "FYI, see below.",
        "Interesting piece on this, see the last paragraphs.",
    ]);
    let quote = if rng.below(2) == 0 { "> " } else { "" };
    let body: Vec<String> = ps
        .iter()
        .map(|p| {
            wrap(p, width, false, rng)
                .iter()
                .map(|l| format!("{quote}{l}"))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    let blank_quoted = if quote.is_empty() { "\n\n" } else { "\n>\n" };
    let sig = ["--", name, "Policy Desk | example.org"];
    furniture.extend(top.iter().cloned());
    furniture.extend([note.to_string(), name.to_string(), mark.to_string()]);
    furniture.extend(orig.iter().cloned());
    furniture.push("Policy Desk | example.org".to_string());
    format!(
        "{}\n\n{note}\n\n{name}\n\n{mark}\n{}\n\n{}\n\n{}\n",
        top.join("\n"),
        orig.join("\n"),
        body.join(blank_quoted),
        sig.join("\n")
    )
}

fn newsdb(page: &Page, headline: &str, furniture: &mut Vec<String>, rng: &mut Rng) -> String {
    let outlet = outlet_of(&page.url);
    let date = date_line(rng);
    let words: usize = page
        .paragraphs
        .iter()
        .map(|p| p.split_whitespace().count())
        .sum();
    let head = [
        outlet.clone(),
        date.clone(),
        format!("Length: {words} words"),
        byline(rng).replacen("By ", "Byline: ", 1),
    ];
    let tail = [format!("Load-Date: {date}"), "End of Document".to_string()];
    furniture.extend(head.iter().skip(1).cloned());
    furniture.extend(tail.iter().cloned());
    format!(
        "{headline}\n\n{}\n\nBody\n\n{}\n\n{}\n",
        head.join("\n"),
        page.paragraphs.join("\n\n"),
        tail.join("\n\n")
    )
}

/// A body with page furniture before and after it, as a reader copies it.
fn edges(page: &Page, furniture: &mut Vec<String>, rng: &mut Rng) -> String {
    let outlet = outlet_of(&page.url);
    let menus = [
        "Home | World | Politics | Business | Opinion | Sport | Culture".to_string(),
        format!("Skip to main content  {outlet}  Sign in  Subscribe"),
        "Share on Facebook  Share on Twitter  Email  Print".to_string(),
        "Listen to this article  4 min".to_string(),
    ];
    let after = [
        "Sign up for our daily newsletter to get the best stories in your inbox.".to_string(),
        format!("Support independent journalism. Donate to {outlet} today."),
        "Related articles".to_string(),
        "Leave a comment".to_string(),
        "We use cookies to improve your experience. Accept all cookies".to_string(),
        format!(
            "© {} {outlet} Ltd. All rights reserved.",
            rng.range(2015, 2023)
        ),
    ];
    let pre = rng.range(2, menus.len());
    let post = rng.range(3, after.len());
    let before: Vec<String> = menus[..pre].to_vec();
    let trailer: Vec<String> = after[after.len() - post..].to_vec();
    furniture.extend(before.iter().cloned());
    furniture.extend(trailer.iter().cloned());
    format!(
        "{}\n\n{}\n\n{}\n",
        before.join("\n\n"),
        page.paragraphs.join("\n\n"),
        trailer.join("\n\n")
    )
}

#[derive(Clone, Copy, Default)]
struct Shingles {
    tp: f64,
    fp: f64,
    fn_: f64,
}

fn shingle_counts<'a>(re: &Regex, text: &'a str) -> HashMap<Vec<&'a str>, usize> {
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

fn shingle_score(re: &Regex, truth: &str, pred: &str) -> Shingles {
    let (t, p) = (shingle_counts(re, truth), shingle_counts(re, pred));
    let mut s = Shingles::default();
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        s.tp += tc.min(pc) as f64;
        s.fn_ += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        s.fp += pc.saturating_sub(t.get(k).copied().unwrap_or(0)) as f64;
    }
    let sum = s.tp + s.fp + s.fn_;
    if sum > 0.0 {
        s.tp /= sum;
        s.fp /= sum;
        s.fn_ /= sum;
    }
    s
}

/// A paragraph as a reader sees it: without the marks no one sees (soft
/// hyphens, zero-width spaces, word joiners, byte order marks). juxta drops
/// them; some true bodies keep them ("US \u{ad}forces", a paragraph that is
/// a zero-width space alone), which is no difference a reader could see.
fn visible(s: &str) -> String {
    squash(&s.replace(['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'], ""))
}

fn paragraph_f1(truth: &[String], pred: &[String]) -> f64 {
    let seen = |ps: &[String]| -> Vec<String> {
        ps.iter()
            .map(|p| visible(p))
            .filter(|p| !p.is_empty())
            .collect()
    };
    let (truth, pred) = (seen(truth), seen(pred));
    let mut want: HashMap<&str, usize> = HashMap::new();
    for t in &truth {
        *want.entry(t).or_insert(0) += 1;
    }
    let mut tp = 0usize;
    for p in &pred {
        if let Some(n) = want.get_mut(p.as_str())
            && *n > 0
        {
            *n -= 1;
            tp += 1;
        }
    }
    if truth.is_empty() && pred.is_empty() {
        return 1.0;
    }
    let (p, r) = (
        tp as f64 / pred.len().max(1) as f64,
        tp as f64 / truth.len().max(1) as f64,
    );
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn read(text: &str, name: &str) -> Option<Document> {
    let ctx = Context {
        outlet: None,
        display_path: name.to_string(),
    };
    match ingest::ingest_bytes(text.as_bytes(), Path::new(name), &ctx, None) {
        Ok(d) => Some(d),
        Err(e) => {
            eprintln!("{name}: {}", e.message);
            None
        }
    }
}

/// `read`, timed. With `EVAL_PASSES=N` (N ≥ 2) the text is read once
/// untimed and then N − 1 times timed, and the mean of those is returned:
/// the warm rate of a long run, where the patterns are compiled and their
/// lazy automata built once for thousands of files. Without it, the one
/// read is timed, so the first pages also pay for that warm-up.
fn timed_read(text: &str, name: &str) -> (Option<Document>, f64) {
    static PASSES: std::sync::LazyLock<u32> = std::sync::LazyLock::new(|| {
        std::env::var("EVAL_PASSES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1)
            .max(1)
    });
    let passes = *PASSES;
    let mut doc = (passes > 1).then(|| read(text, name)).flatten();
    let started = std::time::Instant::now();
    for _ in 1..passes.max(2) {
        doc = read(text, name);
    }
    (
        doc,
        started.elapsed().as_secs_f64() / f64::from(passes.max(2) - 1),
    )
}

/// juxta's paragraphs, with the dateline it read into metadata put back
/// where it was ("WASHINGTON (AP) — " before the first paragraph's text,
/// or as a paragraph of its own when it had a line of its own): the true
/// bodies keep datelines in their first paragraph, and the words are not
/// lost, only moved to a field.
fn paragraphs_of(doc: Option<&Document>) -> Vec<String> {
    let Some(d) = doc else {
        return Vec::new();
    };
    let mut ps: Vec<String> = d.paragraphs.iter().map(|p| squash(&p.text)).collect();
    let read = d.metadata.iter().find(|m| m.field == "dateline");
    if let Some(m) = read {
        match d.paragraphs.iter().position(|p| p.lines[0] == m.lines[0]) {
            Some(i) => ps[i] = squash(&format!("{} {}", m.text, ps[i])),
            None => {
                let at = d.paragraphs.iter().position(|p| p.lines[0] > m.lines[0]);
                ps.insert(at.unwrap_or(ps.len()), squash(&m.text));
            }
        }
    }
    ps
}

/// What one layout scored.
#[derive(Default)]
struct Tally {
    /// Bytes read and the time juxta's ingestion took on them (one core).
    bytes: usize,
    seconds: f64,
    pages: usize,
    para_f1: f64,
    precision: f64,
    recall: f64,
    leaks: usize,
    headlines: usize,
    titles: usize,
    truncated: usize,
    worst: Vec<(f64, String)>,
}

impl Tally {
    fn add_shingles(&mut self, s: Shingles) {
        let p = if s.tp + s.fp > 0.0 {
            s.tp / (s.tp + s.fp)
        } else {
            0.0
        };
        let r = if s.tp + s.fn_ > 0.0 {
            s.tp / (s.tp + s.fn_)
        } else {
            0.0
        };
        self.precision += p;
        self.recall += r;
    }
    fn row(&self, name: &str) -> String {
        let n = self.pages.max(1) as f64;
        let (p, r) = (self.precision / n, self.recall / n);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        let title = if self.headlines > 0 {
            format!("{}/{}", self.titles, self.headlines)
        } else {
            "-".into()
        };
        let rate = self.bytes as f64 / 1e6 / self.seconds.max(1e-9);
        format!(
            "| {name} | {} | {:.3} | {p:.3} | {r:.3} | {f:.4} | {} | {title} | {} | {rate:.1} |",
            self.pages,
            self.para_f1 / n,
            self.leaks,
            self.truncated
        )
    }
}

fn score_layout(pages: &[Page], layout: &str, re: &Regex, show: bool) -> Tally {
    let mut t = Tally::default();
    for page in pages {
        let g = generate(page, layout);
        let (doc, seconds) = timed_read(&g.text, &format!("{}.txt", page.id));
        t.seconds += seconds;
        t.bytes += g.text.len();
        let pred = paragraphs_of(doc.as_ref());
        let f = paragraph_f1(&page.paragraphs, &pred);
        t.pages += 1;
        t.para_f1 += f;
        t.worst.push((f, page.id[..12].to_string()));
        t.add_shingles(shingle_score(
            re,
            &page.paragraphs.join("\n"),
            &pred.join("\n"),
        ));
        // A furniture line leaks when a kept paragraph is it, or holds it
        // (lines too short to be told from text, as page numbers, only as
        // whole paragraphs). A kept paragraph that is one of the true ones
        // holds none: its words are the article's ("Leave a comment and
        // let us know…" ending an article that a "Leave a comment" prompt
        // follows).
        let kept = pred
            .iter()
            .filter(|p| !page.paragraphs.contains(p))
            .cloned()
            .collect::<Vec<_>>()
            .join("\n");
        let leaked = |f: &String| {
            let f = squash(f);
            pred.contains(&f) || (f.chars().count() >= 12 && kept.contains(&f))
        };
        if let Some(f) = g.furniture.iter().find(|f| leaked(f)) {
            t.leaks += 1;
            if std::env::var_os("EVAL_SHOW_LEAKS").is_some() {
                eprintln!("leak {layout} {}: {f}", &page.id[..12]);
            }
        }
        if let Some(h) = &g.headline {
            t.headlines += 1;
            let title = doc.as_ref().and_then(|d| d.title.as_deref()).unwrap_or("");
            if squash(title) == squash(h) {
                t.titles += 1;
            }
        }
        if doc.as_ref().is_some_and(truncated) {
            t.truncated += 1;
        }
        if show {
            print_page(&g, doc.as_ref(), &page.paragraphs);
        }
    }
    t
}

/// Whether juxta marked the document as cut off (`truncated` in its JSON).
fn truncated(d: &Document) -> bool {
    serde_json::to_value(d)
        .ok()
        .and_then(|v| v.get("truncated").and_then(|t| t.as_bool()))
        .unwrap_or(false)
}

fn print_page(g: &Generated, doc: Option<&Document>, truth: &[String]) {
    println!("===== file =====\n{}", g.text);
    let Some(d) = doc else { return };
    println!(
        "===== title: {:?} author: {:?} date: {:?}",
        d.title, d.author, d.date
    );
    for p in &d.paragraphs {
        let mark = if truth.contains(&squash(&p.text)) {
            " "
        } else {
            "✗"
        };
        let h = if p.heading { "H" } else { " " };
        println!("{mark}{h} {:?} {}", p.lines, p.text);
    }
    println!("===== removed");
    for r in &d.removed {
        println!("  {:?} [{}] {}", r.lines, r.reason, r.text);
    }
    println!("===== metadata");
    for m in &d.metadata {
        println!("  {:?} [{}] {}", m.lines, m.field, m.text);
    }
    println!("===== missed");
    let got: Vec<String> = d.paragraphs.iter().map(|p| squash(&p.text)).collect();
    for t in truth.iter().filter(|t| !got.contains(t)) {
        println!("  {t}");
    }
}

fn load(dir: &Path, only: Option<&str>) -> Result<Vec<Page>, String> {
    let gt_path = dir.join("ground-truth.json");
    let text = std::fs::read_to_string(&gt_path)
        .map_err(|e| format!("cannot read {}: {e}", gt_path.display()))?;
    let gt: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", gt_path.display()))?;
    let obj = gt.as_object().ok_or("ground truth is not an object")?;
    let mut pages: Vec<Page> = obj
        .iter()
        .filter(|(id, _)| only.is_none_or(|o| o == id.as_str()))
        .map(|(id, v)| {
            let body = v["articleBody"].as_str().unwrap_or("");
            Page {
                id: id.clone(),
                url: v["url"].as_str().unwrap_or("").to_string(),
                paragraphs: body.lines().map(squash).filter(|l| !l.is_empty()).collect(),
            }
        })
        .filter(|p| !p.paragraphs.is_empty())
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

/// Writes juxta's reading of a page copy as JSON (`inspect --json`'s
/// shape) to `dir/tool/ID.json`, for looking at many pages at once.
fn save_doc(dir: &Path, tool: &str, id: &str, doc: &Document) {
    let path = dir.join(tool).join(format!("{id}.json"));
    let written = std::fs::create_dir_all(dir.join(tool)).and_then(|()| {
        std::fs::write(
            &path,
            serde_json::to_vec(doc).expect("a document serialises"),
        )
    });
    if let Err(e) = written {
        eprintln!("{}: {e}", path.display());
    }
}

/// `w3m -dump` or `lynx -dump` of each page, written to `dumps` once.
fn dump(data: &Path, dumps: &Path, tool: &str, id: &str) -> Result<String, String> {
    let out = dumps.join(tool).join(format!("{id}.txt"));
    if let Ok(t) = std::fs::read_to_string(&out) {
        return Ok(t);
    }
    let gz = std::fs::read(data.join("html").join(format!("{id}.html.gz")))
        .map_err(|e| format!("{id}: {e}"))?;
    let mut html = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut html)
        .map_err(|e| format!("{id}: {e}"))?;
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let file = dir.path().join("page.html");
    std::fs::write(&file, &html).map_err(|e| e.to_string())?;
    let args: Vec<&str> = match tool {
        "w3m" => vec!["-dump", "-T", "text/html", "-cols", "100", "-O", "UTF-8"],
        _ => vec![
            "-dump",
            "-force_html",
            "-display_charset=utf-8",
            "-width=100",
        ],
    };
    let o = std::process::Command::new(tool)
        .args(&args)
        .arg(&file)
        .output()
        .map_err(|e| format!("cannot run {tool}: {e} (apt-get install {tool})"))?;
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    std::fs::create_dir_all(out.parent().expect("parent")).map_err(|e| e.to_string())?;
    std::fs::write(&out, &text).map_err(|e| e.to_string())?;
    Ok(text)
}

fn score_dumps(
    data: &Path,
    dumps: &Path,
    pages: &[Page],
    (tool, show): (&str, bool),
    re: &Regex,
) -> Tally {
    let mut t = Tally::default();
    for page in pages {
        let text = match dump(data, dumps, tool, &page.id) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        let (doc, seconds) = timed_read(&text, &format!("{}.txt", page.id));
        t.seconds += seconds;
        t.bytes += text.len();
        let pred = paragraphs_of(doc.as_ref());
        if let (Some(dir), Some(d)) = (std::env::var_os("EVAL_SAVE_DOCS"), doc.as_ref()) {
            save_doc(Path::new(&dir), tool, &page.id, d);
        }
        let s = shingle_score(re, &page.paragraphs.join("\n"), &pred.join("\n"));
        let (p, r) = (
            s.tp / (s.tp + s.fp).max(1e-9),
            s.tp / (s.tp + s.fn_).max(1e-9),
        );
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        t.pages += 1;
        t.para_f1 += paragraph_f1(&page.paragraphs, &pred);
        t.worst
            .push((f, format!("{}(P{p:.2},R{r:.2})", &page.id[..12])));
        t.add_shingles(s);
        if show {
            let g = Generated {
                text,
                furniture: Vec::new(),
                headline: None,
            };
            print_page(&g, doc.as_ref(), &page.paragraphs);
        }
    }
    t
}

/// `--ambiguity`: what the `wrapped` layout leaves undecidable. A greedy
/// wrap puts the next word on a line whenever it fits, so a line with room
/// for the next line's first word ends a paragraph, and one that does not
/// end a sentence (or is followed by lower case) goes on. What is left is
/// a full line ending a sentence, followed by a capital: it may end its
/// paragraph or a sentence inside one, and the layout is the same either
/// way. Prints how many such line ends there are and the paragraph-F1 of
/// three readings that decide every other line end as the layout says:
/// breaking at all of them, joining at all of them, and knowing the truth
/// at them (what a reader who judged each one right would reach).
fn ambiguity(pages: &[Page]) {
    let ends = |t: &str| {
        t.trim_end_matches(['"', '”', '’', '\'', ')', '»'])
            .ends_with(['.', '!', '?', '…'])
    };
    let (mut breaks, mut inside) = (0usize, 0usize);
    let mut f1 = [0.0f64; 3];
    for page in pages {
        let mut rng = Rng::new(&format!("{}wrapped", page.id));
        let width = rng.range(60, 80);
        // Each line, and whether it ends its paragraph.
        let mut lines: Vec<(String, bool)> = Vec::new();
        for p in &page.paragraphs {
            let w = wrap(p, width, false, &mut rng);
            let n = w.len();
            lines.extend(w.into_iter().enumerate().map(|(i, l)| (l, i + 1 == n)));
        }
        for (k, f) in f1.iter_mut().enumerate() {
            let mut out = Vec::new();
            let mut cur: Vec<&str> = Vec::new();
            for (i, (l, last)) in lines.iter().enumerate() {
                cur.push(l);
                let Some((next, _)) = lines.get(i + 1) else {
                    break;
                };
                let first = next.split_whitespace().next().unwrap_or("");
                let fits = l.chars().count() + 1 + first.chars().count() <= width;
                let open = !ends(l) || next.starts_with(char::is_lowercase);
                let brk = if fits {
                    true
                } else if open {
                    false
                } else {
                    if k == 0 {
                        if *last { breaks += 1 } else { inside += 1 }
                    }
                    [true, false, *last][k]
                };
                if brk {
                    out.push(cur.join(" "));
                    cur.clear();
                }
            }
            out.push(cur.join(" "));
            *f += paragraph_f1(&page.paragraphs, &out);
        }
    }
    let n = pages.len().max(1) as f64;
    println!(
        "wrapped: {} undecidable line ends ({breaks} paragraph ends, {inside} inside paragraphs)",
        breaks + inside
    );
    println!(
        "paragraph-F1 deciding them all as breaks {:.3}, all as joins {:.3}, each right {:.3}",
        f1[0] / n,
        f1[1] / n,
        f1[2] / n
    );
}

struct Args {
    data: PathBuf,
    layout: Option<String>,
    page: Option<String>,
    show: bool,
    worst: usize,
    dumps: Option<PathBuf>,
    ambiguity: bool,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        data: PathBuf::new(),
        layout: None,
        page: None,
        show: false,
        worst: 0,
        dumps: None,
        ambiguity: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--layout" => a.layout = it.next(),
            "--page" => a.page = it.next(),
            "--show" => a.show = true,
            "--worst" => a.worst = it.next().and_then(|n| n.parse().ok()).unwrap_or(10),
            "--dumps" => a.dumps = it.next().map(PathBuf::from),
            "--ambiguity" => a.ambiguity = true,
            _ if a.data.as_os_str().is_empty() => a.data = PathBuf::from(x),
            _ => return Err(format!("unexpected argument {x}")),
        }
    }
    if a.data.as_os_str().is_empty() {
        return Err(
            "usage: eval_text DATA [--layout NAME] [--page ID [--show]] [--worst N] [--dumps DIR] [--ambiguity]"
                .into(),
        );
    }
    Ok(a)
}

fn main() {
    juxta::memory::without_huge_pages();
    let a = args().unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let pages = load(&a.data, a.page.as_deref()).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    if a.ambiguity {
        ambiguity(&pages);
        return;
    }
    let re = Regex::new(r"\w+").expect("regex");
    println!(
        "| layout | pages | paragraph-F1 | shingle P | shingle R | shingle F1 | leaks | title | truncated | MB/s |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut tallies = Vec::new();
    for layout in LAYOUTS {
        if a.layout.as_deref().is_some_and(|l| l != layout) {
            continue;
        }
        let t = score_layout(&pages, layout, &re, a.show);
        println!("{}", t.row(layout));
        tallies.push((layout.to_string(), t));
    }
    if let Some(d) = &a.dumps {
        for tool in ["w3m", "lynx"] {
            if a.layout.as_deref().is_some_and(|l| l != tool) {
                continue;
            }
            let t = score_dumps(&a.data, d, &pages, (tool, a.show), &re);
            println!("{}", t.row(tool));
            tallies.push((tool.to_string(), t));
        }
    }
    if a.worst > 0 {
        for (name, mut t) in tallies {
            t.worst.sort_by(|x, y| x.0.total_cmp(&y.0));
            let w: Vec<String> = t
                .worst
                .iter()
                .take(a.worst)
                .map(|(f, id)| format!("{id}:{f:.2}"))
                .collect();
            println!("{name}: {}", w.join(" "));
        }
    }
}
