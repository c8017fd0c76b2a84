//! Framing lexicons (issue 19): the table in the briefing's data and PDF,
//! and a lexicon that is written wrong.

use serde_json::Value;

use crate::common::pdf_text;
use crate::harness::ProjectTest;

/// (count, articles, share) of each outlet for the form labelled `label`.
fn row(lexicon: &Value, label: &str) -> Vec<(u64, u64, f64)> {
    let form = lexicon["forms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["label"] == label)
        .unwrap_or_else(|| panic!("no form {label} in {lexicon:#}"));
    form["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["count"].as_u64().unwrap(),
                c["articles"].as_u64().unwrap(),
                c["share"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_framing_table_reaches_the_json_and_the_pdf() {
    let p = ProjectTest::from_dir("fixtures/framing");
    p.run(&["build", "--all", "--emit", "pdf,json"]).ok();
    let v: Value = serde_json::from_str(&p.read("output/valley.json")).unwrap();
    let lexicons = v["comparison"]["framing"].as_array().unwrap();
    let ids: Vec<&str> = lexicons.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["status", "forces"]);
    let (status, forces) = (&lexicons[0], &lexicons[1]);
    assert_eq!(status["title"], "Liberation or occupation");
    assert_eq!(forces["title"], "forces", "the id when no title is written");
    // Denominators: North Post 2 articles, South Herald 2, East Wire 1.
    let denominators: Vec<(u64, u64)> = status["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["articles"].as_u64().unwrap(),
                o["using"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(denominators, [(2, 2), (2, 1), (1, 1)]);
    assert_eq!(
        row(status, "liberation"),
        [(2, 2, 1.0), (0, 0, 0.0), (1, 1, 1.0)]
    );
    assert_eq!(
        row(status, "occupation"),
        [(0, 0, 0.0), (1, 1, 0.5), (1, 1, 1.0)]
    );
    assert_eq!(row(status, "de-occupation"), [(0, 0, 0.0); 3]);
    assert!(
        status["forms"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["quoted"] == false),
        "no term of this lexicon is used in quotes"
    );
    // "peacekeepers" in quotation marks is its own form.
    assert_eq!(
        row(forces, "peacekeepers"),
        [(0, 0, 0.0), (0, 0, 0.0), (1, 1, 1.0)]
    );
    assert_eq!(
        row(forces, "“peacekeepers”"),
        [(1, 1, 0.5), (1, 1, 0.5), (0, 0, 0.0)]
    );
    // An example is cited: its source is in the briefing's sources.
    let ex = &forces["forms"][1]["cells"][1]["example"];
    assert_eq!(ex["text"], "“peacekeepers”");
    assert_eq!(ex["source"], "sources/south-herald/occupation.txt");
    assert_eq!(ex["paragraph"], 1);
    assert!(ex["before"].as_str().unwrap().ends_with("so-called "));
    let sources: Vec<&str> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"sources/south-herald/occupation.txt"));
    // The PDF shows the tables; the theme without lexicons shows none.
    let text = pdf_text(&p.path().join("output/valley.pdf"));
    for s in [
        "Framing",
        "Liberation or occupation",
        "“peacekeepers”",
        "articles read",
    ] {
        assert!(text.contains(s), "{s} not in the PDF:\n{text}");
    }
    let plain = pdf_text(&p.path().join("output/valley-plain.pdf"));
    assert!(!plain.contains("articles read") && !plain.contains("Liberation or occupation"));
    let v: Value = serde_json::from_str(&p.read("output/valley-plain.json")).unwrap();
    assert_eq!(v["comparison"]["framing"], serde_json::json!([]));
}

#[test]
fn a_lexicon_written_wrong_is_a_located_error_with_a_hint() {
    let p = ProjectTest::from_dir("fixtures/framing").named("framing-bad-terms");
    p.edit_config(
        "terms = [\"peacekeepers\", \"troops\"]",
        "terms = \"peacekeepers\"",
    );
    let line = p
        .read("juxta.toml")
        .lines()
        .position(|l| l == "terms = \"peacekeepers\"")
        .unwrap()
        + 1;
    for cmd in ["check", "build"] {
        p.run(&[cmd])
            .code(2)
            .stderr_has(&format!("error: juxta.toml:{line}:9: invalid type"))
            .stderr_has("hint: check the value's type");
    }
    assert!(!p.exists("output/valley.pdf"));
    p.edit_config(
        "terms = \"peacekeepers\"",
        "terms = [\"troops\", \"Troops\"]",
    );
    p.run(&["check"])
        .code(2)
        .stderr_has(&format!("error: juxta.toml:{line}:"))
        .stderr_has("term `Troops` is the same as `troops`")
        .stderr_has("hint: terms are matched ignoring case");
}
