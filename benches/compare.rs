//! Comparison benchmark: how long `compare` (shared wording, quotes,
//! figures, timeline, emphasis, overview) adds to a build on a generated
//! corpus.
//!
//!     cargo bench --bench compare                         # 10,000 articles
//!     cargo bench --bench compare -- --articles 1000
//!     cargo bench --bench compare -- --unique             # every paragraph distinct (worst case)

use std::time::Instant;

use juxta::collect::collect;
use juxta::compare::compare;
use juxta::config::Project;
use juxta::corpus::{self, Corpus};
use juxta::generate::{self, Spec};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args
        .iter()
        .position(|a| a == "--articles")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let unique = args.iter().any(|a| a == "--unique");
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("corpus");
    let spec = Spec {
        articles: n,
        outlets: 12,
        seed: 42,
    };
    generate::write_project(&dir, &spec, None).expect("generate");
    let project = Project::load(&dir.join("juxta.toml")).expect("project");
    let theme = project.theme("security-guarantor").expect("theme").clone();
    let (files, _) = corpus::discover(&project).expect("discover");
    let mut docs = corpus::ingest_all(&project, &files).expect("ingest");
    if unique {
        for (i, d) in docs.iter_mut().enumerate() {
            for (j, p) in d.paragraphs.iter_mut().enumerate() {
                p.text = format!("{} Item{i}x{j}.", p.text);
            }
        }
    }
    let words: usize = docs
        .iter()
        .flat_map(|d| d.passages().map(|(_, p)| p.text.split_whitespace().count()))
        .sum();
    let c = Corpus::build(docs).expect("index");
    let col = collect(&c, &theme).expect("collect");
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..5 {
        let t = Instant::now();
        let cmp = compare(&project, &c, &theme, &col);
        times.push(t.elapsed().as_secs_f64());
        last = Some(cmp);
    }
    let first = times.remove(0);
    times.sort_by(f64::total_cmp);
    let Some(cmp) = last else { return };
    let json = serde_json::to_string(&cmp).unwrap_or_default();
    println!(
        "{n} articles ({words} words, every paragraph distinct: {unique}): first compare (with the corpus's text analysis) {:.0} ms; \
         later themes (analysis shared): median {:.0} ms, min {:.0} ms, max {:.0} ms; \
         scoped paragraphs {}, shared groups {} (of {}), republications {}, speakers {}, figure groups {}, \
         timeline {} dated + {} undated articles; JSON {:.1} MB",
        first * 1000.0,
        times[times.len() / 2] * 1000.0,
        times[0] * 1000.0,
        times[times.len() - 1] * 1000.0,
        cmp.scoped_paragraphs,
        cmp.shared.len(),
        cmp.shared_total,
        cmp.republications.len(),
        cmp.quotes.len(),
        cmp.figures.len(),
        cmp.timeline.dated.len(),
        cmp.timeline.undated.len(),
        json.len() as f64 / 1e6
    );
}
