//! The collector against the judged set (tests/judged/, see its README.md):
//! paragraphs of the seeds judged relevant to each facet by reading. Shown
//! passages must be on-topic (precision ≥ 0.9, partially relevant counts as
//! on-topic) and every outlet with relevant paragraphs must get a non-empty
//! cell. Run with `--nocapture` to see the figures per theme.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use serde_json::Value;

use crate::common::repo;
use crate::harness::ProjectTest;

#[derive(Deserialize)]
struct Judgements {
    judgement: Vec<Judgement>,
}

#[derive(Deserialize)]
struct Judgement {
    theme: String,
    facet: String,
    source: String,
    snippet: String,
    grade: u8,
}

/// Lower-case words only: "[footage](#)" and "footage" compare equal.
fn words(s: &str) -> String {
    let no_links = regex::Regex::new(r"\]\([^)]*\)")
        .unwrap()
        .replace_all(s, "");
    no_links
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Figures of one theme.
#[derive(Default, Debug)]
struct Figures {
    shown: usize,
    on_topic: usize,
    relevant: usize,
    cells_with_relevant: usize,
    cells_covered: usize,
    missed: Vec<String>,
    off_topic: Vec<String>,
}

fn evaluate() -> BTreeMap<String, Figures> {
    let p = ProjectTest::seeds();
    // The outlets of the shipped config, the themes of the judged set.
    let config = p.read("juxta.toml");
    let outlets_part = &config[..config.find("[themes.").unwrap()];
    let themes = std::fs::read_to_string(repo().join("tests/judged/themes.toml")).unwrap();
    p.write("juxta.toml", format!("{outlets_part}\n{themes}"));
    let j: Judgements = toml::from_str(
        &std::fs::read_to_string(repo().join("tests/judged/judgements.toml")).unwrap(),
    )
    .unwrap();
    let docs: Vec<Value> =
        serde_json::from_str(&p.run(&["inspect", "--json"]).ok().stdout).unwrap();
    let paragraph_words = |source: &str, i: usize| -> String {
        let d = docs.iter().find(|d| d["path"] == source).unwrap();
        words(d["paragraphs"][i]["text"].as_str().unwrap())
    };
    // grade of (theme, facet, source, paragraph index)
    let mut grades: HashMap<(String, String, String, usize), u8> = HashMap::new();
    for g in &j.judgement {
        let d = docs
            .iter()
            .find(|d| d["path"] == g.source.as_str())
            .unwrap();
        let snippet = words(&g.snippet);
        let idx = d["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .position(|para| words(para["text"].as_str().unwrap()).starts_with(&snippet));
        // A paragraph juxta reads as metadata (e.g. a standfirst) cannot be shown.
        if let Some(i) = idx {
            grades.insert(
                (g.theme.clone(), g.facet.clone(), g.source.clone(), i),
                g.grade,
            );
        }
    }
    let theme_ids: Vec<String> = {
        let v: toml::Value = toml::from_str(&themes).unwrap();
        v["themes"].as_table().unwrap().keys().cloned().collect()
    };
    let mut out = BTreeMap::new();
    for theme in theme_ids {
        let c: Value =
            serde_json::from_str(&p.run(&["collect", &theme, "--json"]).ok().stdout).unwrap();
        let mut fig = Figures::default();
        for f in c["facets"].as_array().unwrap() {
            let facet = f["id"].as_str().unwrap();
            for cell in f["cells"].as_array().unwrap() {
                let outlet = cell["outlet"].as_str().unwrap();
                let relevant_here = grades.iter().any(|((t, fa, s, _), g)| {
                    t == &theme
                        && fa == facet
                        && *g == 2
                        && s.starts_with(&format!("sources/{outlet}/"))
                });
                let passages = cell["passages"].as_array().unwrap();
                if relevant_here {
                    fig.cells_with_relevant += 1;
                    if passages.is_empty() {
                        fig.missed.push(format!("{facet} × {outlet}"));
                    } else {
                        fig.cells_covered += 1;
                    }
                }
                for ps in passages {
                    let source = ps["source"].as_str().unwrap().to_string();
                    let [a, b] = [
                        ps["paragraphs"][0].as_u64().unwrap(),
                        ps["paragraphs"][1].as_u64().unwrap(),
                    ];
                    // A joined passage counts by its best paragraph.
                    let g = (a..=b)
                        .filter_map(|i| {
                            grades
                                .get(&(
                                    theme.clone(),
                                    facet.to_string(),
                                    source.clone(),
                                    i as usize,
                                ))
                                .copied()
                        })
                        .max()
                        .unwrap_or(0);
                    fig.shown += 1;
                    if g >= 1 {
                        fig.on_topic += 1;
                    } else {
                        fig.off_topic.push(format!(
                            "{facet} × {outlet}: {} ¶{} “{}…”",
                            source,
                            a + 1,
                            paragraph_words(&source, a as usize)
                                .chars()
                                .take(60)
                                .collect::<String>()
                        ));
                    }
                    if g == 2 {
                        fig.relevant += 1;
                    }
                }
            }
        }
        out.insert(theme, fig);
    }
    out
}

#[test]
fn collector_precision_and_coverage_on_the_judged_set() {
    let figures = evaluate();
    let (mut shown, mut on_topic, mut relevant, mut cells, mut covered) = (0, 0, 0, 0, 0);
    println!(
        "theme                 shown  on-topic  relevant  precision  cells-with-relevant  covered"
    );
    for (theme, f) in &figures {
        println!(
            "{theme:<21} {:>5}  {:>8}  {:>8}  {:>9.3}  {:>19}  {:>7}",
            f.shown,
            f.on_topic,
            f.relevant,
            f.on_topic as f64 / f.shown.max(1) as f64,
            f.cells_with_relevant,
            f.cells_covered
        );
        for m in &f.missed {
            println!("    missed cell: {m}");
        }
        for o in &f.off_topic {
            println!("    off-topic: {o}");
        }
        shown += f.shown;
        on_topic += f.on_topic;
        relevant += f.relevant;
        cells += f.cells_with_relevant;
        covered += f.cells_covered;
    }
    let precision = on_topic as f64 / shown.max(1) as f64;
    let strict = relevant as f64 / shown.max(1) as f64;
    let coverage = covered as f64 / cells.max(1) as f64;
    println!(
        "all themes: {shown} passages shown, precision {precision:.3} (strict, relevant only: {strict:.3}), cells with relevant paragraphs covered {covered}/{cells} ({coverage:.3})"
    );
    assert!(precision >= 0.9, "precision {precision:.3} < 0.9");
    assert_eq!(covered, cells, "cells with relevant paragraphs left empty");
}
