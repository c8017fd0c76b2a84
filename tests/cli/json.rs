//! The JSON of `collect` and `inspect` follows the documented schemas.

use serde_json::Value;

use crate::harness::ProjectTest;

fn is_str_or_null(v: &Value) -> bool {
    v.is_string() || v.is_null()
}

#[test]
fn collect_json_schema() {
    // The exact output is in the snapshot of seed_briefing.rs.
    let p = ProjectTest::seeds();
    let v = p
        .run(&["collect", "security-guarantor", "--json"])
        .ok()
        .json();
    assert_eq!(v["theme"], "security-guarantor");
    assert_eq!(v["title"], "Russia as security guarantor");
    let outlets: Vec<&str> = v["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap())
        .collect();
    assert_eq!(
        outlets,
        ["moscow-times", "dw", "carnegie", "development-magazine"]
    );
    let facets = v["facets"].as_array().unwrap();
    assert_eq!(facets.len(), 5);
    for f in facets {
        assert!(f["id"].is_string() && f["title"].is_string());
        let cells = f["cells"].as_array().unwrap();
        assert_eq!(cells.len(), 4);
        for c in cells {
            assert!(c["outlet"].is_string());
            assert!(c["matches"].is_u64());
            for p in c["passages"].as_array().unwrap() {
                assert!(p["text"].is_string());
                assert!(p["source"].as_str().unwrap().starts_with("sources/"));
                assert!(p["paragraph"].is_u64());
                assert!(p["score"].is_f64());
                assert!(!p["matched"].as_array().unwrap().is_empty());
            }
        }
    }
}

#[test]
fn inspect_json_schema_and_paragraph_indices_agree_with_collect() {
    let p = ProjectTest::seeds();
    let out = p.run(&["inspect", "--json"]).ok().stdout;
    let docs: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(docs.len(), 5);
    for d in &docs {
        for k in ["title", "subtitle", "author", "date", "url"] {
            assert!(is_str_or_null(&d[k]), "{k}: {:?}", d[k]);
        }
        assert!(d["path"].is_string() && d["outlet"].is_string());
        assert_eq!(d["sha256"].as_str().unwrap().len(), 64);
        if let Some(date) = d["date"].as_str() {
            assert!(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok());
        }
        for para in d["paragraphs"].as_array().unwrap() {
            assert!(para["text"].is_string() && para["heading"].is_boolean());
            let lines = para["lines"].as_array().unwrap();
            assert_eq!(lines.len(), 2);
            assert!(lines[0].as_u64().unwrap() <= lines[1].as_u64().unwrap());
        }
        for q in d["quotes"].as_array().unwrap() {
            assert!(
                is_str_or_null(&q["speaker"]) && q["text"].is_string() && q["paragraph"].is_u64()
            );
        }
        for r in d["removed"].as_array().unwrap() {
            assert!(r["text"].is_string() && r["reason"].is_string() && r["lines"].is_array());
        }
    }
    // A passage's paragraph index points at the same text in inspect's paragraphs.
    let coll = p
        .run(&["collect", "security-guarantor", "--json"])
        .ok()
        .json();
    let passage = &coll["facets"][0]["cells"][0]["passages"][0];
    let doc = docs
        .iter()
        .find(|d| d["path"] == passage["source"])
        .unwrap();
    let i = passage["paragraph"].as_u64().unwrap() as usize;
    assert_eq!(doc["paragraphs"][i]["text"], passage["text"]);
}

#[test]
fn inspect_reads_files_outside_the_project() {
    let p = ProjectTest::empty().named("inspect-outside");
    let f = p.path().join("note.md");
    p.write(
        "note.md",
        "# A title\n\nBy Jane Doe\n\nFirst paragraph of the note.\n",
    );
    let r = p.run(&["inspect", "--json", f.to_str().unwrap()]).ok();
    r.snapshot("inspect-note");
    let v = r.json();
    assert_eq!(v[0]["title"], "A title");
    assert_eq!(v[0]["author"], "Jane Doe");
    assert!(v[0]["outlet"].is_null());

    // Several files, one missing and one binary: the others are still read.
    p.write("photo.txt", b"\x89PNG\x00\x00\x00");
    let bin = p.path().join("photo.txt");
    let r = p
        .run(&[
            "inspect",
            "--json",
            "missing.md",
            bin.to_str().unwrap(),
            f.to_str().unwrap(),
        ])
        .code(2);
    r.stderr_has("missing.md does not exist")
        .stderr_has("binary file")
        .snapshot("inspect-three-files");
    let v = r.json();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["title"], "A title");
}

/// A Word file whose body holds `paragraphs`, the first in the Title
/// style, as Word and LibreOffice save it (a ZIP of XML parts).
fn word_file(paragraphs: &[&str]) -> Vec<u8> {
    use std::io::Write;
    let body: String = (paragraphs.iter().enumerate())
        .map(|(i, p)| {
            let style = if i == 0 {
                "<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>"
            } else {
                ""
            };
            format!("<w:p>{style}<w:r><w:t>{p}</w:t></w:r></w:p>")
        })
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, text) in [
        ("[Content_Types].xml", "<Types/>"),
        ("word/document.xml", &document),
    ] {
        w.start_file(name, options).unwrap();
        w.write_all(text.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn inspect_reads_a_word_file() {
    let p = ProjectTest::empty().named("inspect-docx");
    let first = "The ferry company will raise its fares by eight percent from the first of June, its director said on Monday.";
    let second = "Season tickets for islanders keep their price, and children under twelve still travel free.";
    p.write(
        "fares.docx",
        word_file(&["Ferry fares rise in June", first, second]),
    );
    let f = p.path().join("fares.docx");
    let v = p
        .run(&["inspect", "--json", f.to_str().unwrap()])
        .ok()
        .json();
    assert_eq!(v[0]["title"], "Ferry fares rise in June");
    let texts: Vec<&str> = (v[0]["paragraphs"].as_array().unwrap().iter())
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, [first, second]);

    // Cut short, it is a damaged Word file, not a binary one.
    let whole = word_file(&["A title", first]);
    p.write("cut.docx", &whole[..whole.len() / 2]);
    let cut = p.path().join("cut.docx");
    p.run(&["inspect", cut.to_str().unwrap()])
        .stderr_has("cut.docx: this Word file is damaged (")
        .stderr_has("save it again");
}

#[test]
fn collect_json_carries_the_comparison() {
    let p = ProjectTest::seeds();
    let v = p
        .run(&["collect", "security-guarantor", "--json"])
        .ok()
        .json();
    let c = &v["comparison"];
    for key in [
        "shared",
        "republications",
        "independent_outlets",
        "quotes",
        "figures",
        "timeline",
        "emphasis",
        "overview",
    ] {
        assert!(!c[key].is_null(), "comparison.{key} missing");
    }
    // The Moscow Times explainer and Carnegie recount 1994 and 2016 in the same words.
    let shared = c["shared"].as_array().unwrap();
    assert!(
        shared.iter().any(|g| {
            let outlets: Vec<&str> = g["outlets"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_str().unwrap())
                .collect();
            outlets.contains(&"moscow-times")
                && outlets.contains(&"carnegie")
                && g["members"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|m| m["sentence"].as_str().unwrap().contains("Four-Day War"))
        }),
        "{shared:?}"
    );
    let speakers: Vec<&str> = c["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    for name in ["Sergey Lavrov", "Dmitry Peskov", "Tigran Grigoryan"] {
        assert!(speakers.contains(&name), "{name} not among {speakers:?}");
    }
    // Medvedev is quoted only in paragraphs on none of the theme's facets.
    assert!(!speakers.contains(&"Dmitry Medvedev"), "{speakers:?}");
    let undated: Vec<&str> = c["timeline"]["undated"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source"].as_str().unwrap())
        .collect();
    assert!(
        undated.iter().any(|s| s.contains("explainer"))
            && undated.iter().any(|s| s.contains("carnegie"))
    );
    assert!(
        c["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["conflict"] == true)
    );
}

#[test]
fn sidecar_and_front_matter_metadata_win_over_inference() {
    let p = ProjectTest::seeds().named("sidecar");
    let f = "sources/moscow-times/explainer-armenia-azerbaijan-flare-up.txt";
    p.write(&format!("{f}.toml"), "date = 2020-09-28\nauthor = \"Staff\"\nurl = \"https://www.themoscowtimes.com/2020/09/28/explainer\"\n");
    let v = p.run(&["inspect", "--json", f]).ok().json();
    assert_eq!(v[0]["date"], "2020-09-28");
    assert_eq!(v[0]["author"], "Staff");
    assert_eq!(v[0]["provenance"]["date"], "sidecar");
    assert_eq!(v[0]["provenance"]["url"], "sidecar");
    // The article text itself is untouched.
    assert_eq!(
        p.read(f),
        std::fs::read_to_string(crate::common::repo().join(f)).unwrap()
    );
    // A sidecar with an unknown key is an error naming the sidecar, line and column.
    p.write(&format!("{f}.toml"), "date = 2020-09-28\nautor = \"x\"\n");
    p.run(&["inspect", f])
        .code(2)
        .stderr_has(&format!(
            "error: {f}.toml:2:1: sidecar: unknown field `autor`"
        ))
        .stderr_has("did you mean `author`?")
        .snapshot("inspect-unknown-key");

    // A `.toml` named after the article without its extension is no sidecar:
    // a warning says so and names the right file.
    std::fs::remove_file(p.path().join(format!("{f}.toml"))).unwrap();
    let stray = f.trim_end_matches(".txt");
    p.write(&format!("{stray}.toml"), "date = 2020-09-28\n");
    p.run(&["check"])
        .stderr_has(&format!("{stray}.toml: not read"))
        .stderr_has(&format!("rename it to {f}.toml"))
        .snapshot("check-stray-toml");
}

#[test]
fn collect_explain_says_why() {
    let p = ProjectTest::seeds();
    let r = p.run(&["collect", "security-guarantor", "--explain"]).ok();
    r.snapshot("collect-explain");
    r.stdout_has("why: best of").stdout_has("not shown:");
    assert!(
        r.stdout.contains("below the minimum relevance")
            || r.stdout.contains("already shown under facet"),
        "{}",
        r.stdout
    );
    r.stdout_has("matched:");
}
