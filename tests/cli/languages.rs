//! Languages through the binary: an outlet whose article is in German, a
//! theme written in English (check warns, the briefing says so), then the
//! same theme with `query-de` and `scope-de` (the German passages are found).

use crate::harness::ProjectTest;

/// `query-de` / `scope-de` for the fixture's theme.
pub(crate) fn with_german_queries(p: &ProjectTest) {
    p.edit_config(
        "scope = 'Russia OR Russian OR Moscow OR Kremlin'",
        "scope = 'Russia OR Russian OR Moscow OR Kremlin'\nscope-de = 'Russland OR russisch* OR Moskau OR Kreml'",
    );
    p.edit_config(
        "query = 'mediate OR mediating OR ceasefire OR talks'",
        "query = 'mediate OR mediating OR ceasefire OR talks'\nquery-de = 'vermitteln OR Waffenruhe OR Gespräch'",
    );
}

#[test]
fn inspect_shows_the_detected_language() {
    let p = ProjectTest::from_dir("fixtures/german-outlet");
    let r = p.run(&["inspect", "sources/zeitung/waffenruhe.txt"]).ok();
    r.stdout_has("language: German (de)  [detected]");
    let r = p
        .run(&["inspect", "--json", "sources/zeitung/waffenruhe.txt"])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let doc = if v.is_array() { &v[0] } else { &v };
    assert_eq!(doc["language"], "de");
    assert_eq!(doc["provenance"]["language"], "detected");
    // A sidecar states the language, and wins.
    p.write("sources/zeitung/waffenruhe.txt.toml", "language = \"en\"\n");
    p.run(&["inspect", "sources/zeitung/waffenruhe.txt"])
        .ok()
        .stdout_has("language: English (en)  [sidecar]");
    // Counter-example: a language name is not a code; the error says where and what to write.
    p.write(
        "sources/zeitung/waffenruhe.txt.toml",
        "language = \"German\"\n",
    );
    p.run(&["inspect", "sources/zeitung/waffenruhe.txt"])
        .code(2)
        .stderr_has("waffenruhe.txt.toml:1:12")
        .stderr_has("is not an ISO 639-1 language code")
        .stderr_has("write language = \"de\"");
}

#[test]
fn check_warns_and_the_briefing_says_so() {
    let p = ProjectTest::from_dir("fixtures/german-outlet");
    p.run(&["check"])
        .ok()
        .stderr_has(
            "1 article of zeitung is in German (de), and no query of the theme is written in it",
        )
        .stderr_has("query-de");
    p.run(&["collect", "security-guarantor"])
        .ok()
        .stdout_has("(not searched: 1 article in German (de); add query-de to this facet)");
    p.run(&["build", "--emit", "json,pdf"]).ok();
    let v: serde_json::Value =
        serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
    let zeitung = v["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "zeitung")
        .unwrap();
    assert_eq!(zeitung["unmatched_languages"][0]["code"], "de");
    assert_eq!(zeitung["unmatched_languages"][0]["articles"], 1);
    for f in v["facets"].as_array().unwrap() {
        for c in f["cells"].as_array().unwrap() {
            let gaps = &c["unmatched_languages"];
            if c["outlet"] == "zeitung" {
                assert_eq!(gaps[0]["name"], "German", "{c}");
            } else {
                assert!(gaps.is_null(), "only the German outlet: {c}");
            }
        }
    }
    let text = pdf_extract::extract_text(p.path().join("output/security-guarantor.pdf")).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Die Zeitung (1 article in German: no German query)"),
        "{text}"
    );
    assert!(text.contains("‡"), "coverage table marks the cell: {text}");
}

#[test]
fn german_queries_find_german_passages() {
    let p = ProjectTest::from_dir("fixtures/german-outlet");
    with_german_queries(&p);
    let r = p.run(&["check"]).ok();
    // The theme speaks German once one facet does; the facet without
    // `query-de` says so in the briefing instead.
    assert!(!r.stderr.contains("is in German"), "{}", r.stderr);
    let r = p.run(&["collect", "security-guarantor", "--json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let facets = v["collection"]["facets"]
        .as_array()
        .or_else(|| v["facets"].as_array())
        .unwrap();
    let mediation = facets.iter().find(|f| f["id"] == "mediation").unwrap();
    let outlets: Vec<&str> = v["collection"]["outlets"]
        .as_array()
        .or_else(|| v["outlets"].as_array())
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap())
        .collect();
    let zi = outlets.iter().position(|o| *o == "zeitung").unwrap();
    let cell = &mediation["cells"][zi];
    assert!(cell["matches"].as_u64().unwrap() >= 2, "{cell}");
    let passages = cell["passages"].as_array().unwrap();
    let truce = passages
        .iter()
        .find(|p| p["text"].as_str().unwrap().contains("Waffenruhe"))
        .unwrap_or_else(|| panic!("{cell}"));
    // Stemmed as German: `Gespräch` matches "Gespräche".
    let matched: Vec<&str> = truce["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert_eq!(matched, ["Gespräch", "Waffenruhe"], "{truce}");
    // English passages are still matched by the English query.
    let dw = &mediation["cells"][outlets.iter().position(|o| *o == "dw").unwrap()];
    assert!(dw["matches"].as_u64().unwrap() >= 1, "{dw}");
}

#[test]
fn a_language_suffix_must_be_a_code() {
    let p = ProjectTest::from_dir("fixtures/german-outlet");
    p.edit_config(
        "query = 'mediate OR mediating OR ceasefire OR talks'",
        "query = 'mediate OR mediating OR ceasefire OR talks'\nquery-german = 'Waffenruhe'",
    );
    p.run(&["check"])
        .code(2)
        .stderr_has("juxta.toml:")
        .stderr_has("`query-german`: `german` is not a language code")
        .stderr_has("did you mean `query-de`?");
}
