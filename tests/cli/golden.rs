//! Golden tests: for each seed article, the expected ingestion written by a
//! person reading the file (tests/golden/, see its README.md), compared with
//! what `juxta inspect --json` reads.

use serde_json::Value;

use crate::common::repo;
use crate::harness::ProjectTest;

const FIELDS: [&str; 8] = [
    "title",
    "subtitle",
    "author",
    "date",
    "url",
    "paragraphs",
    "quotes",
    "removed",
];

fn describe(field: &str, want: &Value, got: &Value) -> String {
    match (want.as_array(), got.as_array()) {
        (Some(w), Some(g)) => {
            let mut out = format!("{field}: expected {} entries, got {}\n", w.len(), g.len());
            for i in 0..w.len().max(g.len()) {
                let (a, b) = (w.get(i), g.get(i));
                if a != b {
                    out.push_str(&format!(
                        "  [{i}] expected {}\n  [{i}]      got {}\n",
                        a.map_or("-".into(), Value::to_string),
                        b.map_or("-".into(), Value::to_string)
                    ));
                }
            }
            out
        }
        _ => format!("{field}: expected {want}, got {got}\n"),
    }
}

#[test]
fn seeds_match_their_golden_files() {
    let p = ProjectTest::seeds();
    let out = p.run(&["inspect", "--json"]).ok().stdout;
    let docs: Vec<Value> = serde_json::from_str(&out).unwrap();
    let mut failures = String::new();
    let mut checked = 0;
    for d in &docs {
        let path = d["path"].as_str().unwrap();
        let rel = path
            .strip_prefix("sources/")
            .unwrap()
            .replace(".txt", ".json");
        let golden_path = repo().join("tests/golden").join(&rel);
        let golden: Value =
            serde_json::from_str(&std::fs::read_to_string(&golden_path).unwrap()).unwrap();
        checked += 1;
        for f in FIELDS {
            let got = d[f].clone();
            let got = if f == "quotes" {
                // Compare speaker, text and paragraph only.
                Value::Array(
                    got.as_array()
                        .unwrap()
                        .iter()
                        .map(|q| {
                            serde_json::json!({"speaker": q["speaker"], "text": q["text"], "paragraph": q["paragraph"]})
                        })
                        .collect(),
                )
            } else {
                got
            };
            if golden[f] != got {
                failures.push_str(&format!("== {path}\n{}", describe(f, &golden[f], &got)));
            }
        }
    }
    assert_eq!(checked, 5);
    assert!(
        failures.is_empty(),
        "ingestion differs from the golden files:\n{failures}"
    );
}
