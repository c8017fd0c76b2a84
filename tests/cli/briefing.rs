//! The briefing document: sections, citations, no-passage cells, many
//! outlets, long passages, other scripts, PDF metadata, reproducibility,
//! the memo template, emitted data, template errors and file access.

use crate::common::{pdf_text, repo, squeeze};
use crate::harness::ProjectTest;

#[test]
fn sections_citations_and_metadata() {
    let p = ProjectTest::seeds();
    p.run(&["build"]).ok();
    let pdf = p.path().join("output/security-guarantor.pdf");
    let text = pdf_text(&pdf);
    for section in [
        "Russia as security guarantor",
        "Outlets and articles",
        "Coverage",
        "How to read this briefing",
        "1. Alliance commitments",
        "2. Mediation record",
        "3. Balancing Baku and Yerevan",
        "4. Credibility questioned",
        "Sources",
    ] {
        assert!(text.contains(section), "section {section:?} missing");
    }
    let flat = squeeze(&text);
    // Citations: outlet · title · date (or "date not stated") · ¶.
    assert!(flat.contains(&squeeze(
        "DW · Russia mediates over Azerbaijan, Armenia hostilities · April 7, 2016 · ¶"
    )));
    assert!(flat.contains(&squeeze(
        "explainer-armenia-azerbaijan-flare-up.txt · date not stated · ¶"
    )));
    // DW has no passage questioning Russia's credibility.
    assert!(text.contains("No passage on this facet"));
    // Sources appendix: hashes and files.
    assert!(
        text.contains("f2a8dd13277d"),
        "short sha256 of the explainer"
    );
    assert!(flat.contains(&squeeze(
        "sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt"
    )));
    assert!(text.contains("built by juxta"));
    assert!(text.contains("page 1 of"));

    let doc = lopdf::Document::load(&pdf).unwrap();
    let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_ref).unwrap();
    let field = |k: &[u8]| {
        let v = info
            .get(k)
            .unwrap_or_else(|_| panic!("{} missing", String::from_utf8_lossy(k)));
        lopdf::decode_text_string(v).unwrap()
    };
    assert_eq!(field(b"Title"), "Russia as security guarantor");
    assert_eq!(
        field(b"Author"),
        "Russia and the Armenia–Azerbaijan conflict"
    );
    assert_eq!(
        field(b"Subject"),
        "How does each outlet portray Russia's role as guarantor of Armenia's security?"
    );
    let kw = field(b"Keywords");
    assert!(
        kw.contains("Alliance commitments") && kw.contains("Credibility questioned"),
        "{kw}"
    );
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "the PDF is tagged");
}

#[test]
fn same_inputs_give_byte_identical_pdfs() {
    // Without SOURCE_DATE_EPOCH: the build time comes from the articles.
    let a = ProjectTest::seeds();
    let b = ProjectTest::seeds();
    a.cmd(&["build"]).env_remove("SOURCE_DATE_EPOCH").run().ok();
    let first = std::fs::read(a.path().join("output/security-guarantor.pdf")).unwrap();
    a.cmd(&["build", "--force"])
        .env_remove("SOURCE_DATE_EPOCH")
        .run()
        .ok();
    let again = std::fs::read(a.path().join("output/security-guarantor.pdf")).unwrap();
    assert!(first == again, "a rebuild changed the PDF");
    // Another copy, with other file times, gives the same bytes too.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    b.cmd(&["build"]).env_remove("SOURCE_DATE_EPOCH").run().ok();
    let other = std::fs::read(b.path().join("output/security-guarantor.pdf")).unwrap();
    assert!(first == other, "a fresh copy gave a different PDF");
}

#[test]
fn pdf_standards_pass_typst_checks() {
    let p = ProjectTest::seeds();
    p.run(&["build", "--pdf-standard", "a-2b"]).ok();
    p.run(&["build", "--force", "--pdf-standard", "ua-1"]).ok();
    p.run(&[
        "build",
        "--force",
        "--template",
        "memo",
        "--pdf-standard",
        "a-2a,ua-1",
    ])
    .ok();
    p.run(&["build", "--pdf-standard", "a-9"])
        .code(2)
        .stderr_has("unknown PDF standard `a-9`")
        .snapshot("build-unknown-pdf-standard");
}

#[test]
fn memo_template_by_config_or_flag() {
    let p = ProjectTest::seeds();
    p.run(&["build", "--template", "memo"]).ok();
    let text = pdf_text(&p.path().join("output/security-guarantor.pdf"));
    assert!(squeeze(&text).starts_with("memo"), "memo head missing");
    assert!(text.contains("Alliance commitments"));
    let doc = lopdf::Document::load(p.path().join("output/security-guarantor.pdf")).unwrap();
    let first = doc.get_pages().values().next().copied().unwrap();
    let page = doc.get_dictionary(first).unwrap();
    let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
    let (w, h) = (mb[2].as_float().unwrap(), mb[3].as_float().unwrap());
    assert!(h > w, "memo is portrait");

    p.edit_config("template = \"side-by-side\"", "template = \"memo\"");
    p.run(&["build"]).ok();
    assert!(
        squeeze(&pdf_text(&p.path().join("output/security-guarantor.pdf"))).starts_with("memo")
    );
}

#[test]
fn twelve_outlets_split_over_pages_and_one_outlet_works() {
    let dir = ProjectTest::empty();
    let proj = dir.generate(60, 12);
    dir.cmd(&["build"]).current_dir(&proj).run().ok();
    let text = pdf_text(&proj.join("output/security-guarantor.pdf"));
    for i in 1..=12 {
        assert!(
            text.contains(&format!("Outlet {i:02}")),
            "Outlet {i:02} missing"
        );
    }
    assert!(
        text.contains("outlets 5–8 of the 12 with passages"),
        "outlets are not split over pages"
    );
    assert!(text.contains("outlets 9–12 of the 12 with passages"));

    // One outlet.
    let p = ProjectTest::seeds();
    p.edit_config(
        "passages-per-cell = 2",
        "passages-per-cell = 2\noutlets = [\"dw\"]",
    );
    p.run(&["build"]).ok();
    let text = pdf_text(&p.path().join("output/security-guarantor.pdf"));
    assert!(text.contains("DW") && !text.contains("Development Magazine"));
}

#[test]
fn republished_articles_are_marked_and_not_counted_as_coverage() {
    let p = ProjectTest::seeds();
    p.edit_config(
        "[outlets.dw]",
        "[outlets.wire]\nname = \"Wire Digest\"\n\n[outlets.dw]",
    );
    let dw = p.read("sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt");
    p.write(
        "sources/wire/russia-mediates.txt",
        format!("{dw}\nThis article was first published by DW.\n"),
    );
    p.run(&["build", "--emit", "json,pdf"]).ok();
    let v: serde_json::Value =
        serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
    let mut copies = 0;
    for f in v["facets"].as_array().unwrap() {
        for c in f["cells"].as_array().unwrap() {
            if c["outlet"] == "wire" {
                copies += c["matches"].as_u64().unwrap();
                assert_eq!(c["independent_matches"], 0, "{c}");
                for passage in c["passages"].as_array().unwrap() {
                    assert_eq!(passage["citation"]["republished_from"], "DW");
                }
            } else {
                assert_eq!(c["independent_matches"], c["matches"], "{c}");
            }
        }
    }
    assert!(copies > 0, "the copy matches facets");
    for o in v["comparison"]["overview"].as_array().unwrap() {
        assert!(
            !o["most"].as_array().unwrap().iter().any(|m| m == "wire"),
            "{o}"
        );
    }
    let text = pdf_text(&p.path().join("output/security-guarantor.pdf"));
    assert!(
        text.contains("the same wire story"),
        "the heat map explains +n"
    );
}

#[test]
fn long_passages_and_other_scripts() {
    let p = ProjectTest::seeds();
    let long: String = (0..700).map(|i| format!("word{i} ")).collect::<String>();
    p.write(
        "sources/dw/long.txt",
        format!(
            "Russia and the ceasefire: {long} and the end of the long passage, Moscow said.\n\n\
             The talks in Moscow brought together Ильхам Алиев, Նիկոլ Փաշինյան and İlham Əliyev of Azərbaycan, whose mediation Russia offered.\n"
        ),
    );
    p.edit_config(
        "[[themes.security-guarantor.facets]]\nid = \"alliance\"",
        "[[themes.security-guarantor.facets]]\nid = \"long\"\ntitle = \"Long\"\nquery = 'word699'\n\n[[themes.security-guarantor.facets]]\nid = \"scripts\"\ntitle = \"Scripts\"\nquery = 'Алиев OR Փաշինյան'\n\n[[themes.security-guarantor.facets]]\nid = \"alliance\"",
    );
    p.run(&["build"]).ok();
    let text = pdf_text(&p.path().join("output/security-guarantor.pdf"));
    let flat = squeeze(&text);
    assert!(
        flat.contains("andtheendofthelongpassagemoscowsaid"),
        "long passage cut"
    );
    for name in [
        "Ильхам Алиев",
        "Նիկոլ Փաշինյան",
        "İlham Əliyev",
        "Azərbaycan",
    ] {
        assert!(flat.contains(&squeeze(name)), "{name} not in the PDF text");
    }
}

#[test]
fn no_text_below_eight_points_in_templates() {
    let re = regex::Regex::new(r"size:\s*([0-9.]+)pt").unwrap();
    for f in [
        "side-by-side.typ",
        "memo.typ",
        "lib/juxta.typ",
        "lib/analysis.typ",
        "lib/framing.typ",
    ] {
        let t = std::fs::read_to_string(repo().join("report-templates").join(f)).unwrap();
        for c in re.captures_iter(&t) {
            let v: f64 = c[1].parse().unwrap();
            assert!(v >= 8.0, "{f}: text at {v} pt");
        }
    }
}

#[test]
fn emit_json_and_self_contained_typ() {
    let p = ProjectTest::seeds();
    p.run(&["build", "--emit", "json,typ"]).ok();
    let json = p.read("output/security-guarantor.json");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["theme"]["id"], "security-guarantor");
    assert_eq!(v["schema"], 2);
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("report-templates/briefing.schema.json")).unwrap(),
    )
    .unwrap();
    let mut errors = Vec::new();
    validate(&schema, &schema, &v, "$", &mut errors);
    assert!(
        errors.is_empty(),
        "the data does not follow report-templates/briefing.schema.json:\n{}",
        errors.join("\n")
    );
    // The validator itself catches what it should.
    let mut broken = v.clone();
    broken["comparison"]
        .as_object_mut()
        .unwrap()
        .remove("notes");
    broken["facets"][0]["id"] = serde_json::json!(7);
    broken["theme"]["surprise"] = serde_json::json!(true);
    // Inside an optional object (an `anyOf` of the object and null).
    broken["comparison"]["timeline"]["drawing"]["from"] = serde_json::json!("1994");
    let mut errors = Vec::new();
    validate(&schema, &schema, &broken, "$", &mut errors);
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("drawing")), "{errors:#?}");
    let typ = p.read("output/security-guarantor.typ");
    assert!(!typ.contains("#import \"lib/"), "imports are inlined");
    assert!(typ.contains("json(\"security-guarantor.json\")"));
    assert!(p.path().join("output/fonts/DejaVuSans.ttf").is_file());
    assert!(
        !p.path().join("output/security-guarantor.pdf").exists(),
        "no PDF asked for"
    );
}

#[test]
fn counts_are_printed_with_their_thousands_separated() {
    // The shipped templates' `num`, given counts of every length (years and
    // paragraph numbers are printed as they are, without it).
    let p = ProjectTest::seeds();
    p.write(
        "report-templates/counts.typ",
        "#import \"lib/juxta.typ\": *\n\
         #(0, 7, 999, 1000, 12345, 100000, 1000000, -4321).map(num).join(\" \")\n\n\
         #plural(1, \"article\") #plural(2500, \"source\")\n",
    );
    p.run(&["build", "--template", "counts", "--force"]).code(0);
    let text = pdf_text(&p.path().join("output/security-guarantor.pdf"));
    assert!(
        text.contains("0 7 999 1,000 12,345 100,000 1,000,000 -4,321"),
        "{text}"
    );
    assert!(text.contains("1 article 2,500 sources"), "{text}");
}

#[test]
fn template_errors_point_into_the_template() {
    let p = ProjectTest::seeds();
    p.write(
        "report-templates/bad.typ",
        "#let data = 1\n\n#let x = (1, 2\n",
    );
    let r = p.run(&["build", "--template", "bad"]).code(1);
    r.stderr_has("error: report-templates/bad.typ:3:")
        .snapshot("template-unclosed");
    assert!(
        !r.stderr.contains("SourceDiagnostic"),
        "no Debug dump: {}",
        r.stderr
    );

    p.write(
        "report-templates/bad.typ",
        "#let data = json(bytes(sys.inputs.data))\n#data.theme.titl\n",
    );
    p.run(&["build", "--template", "bad"])
        .code(1)
        .stderr_has("error: report-templates/bad.typ:2:")
        .stderr_has("2 | #data.theme.titl")
        .snapshot("template-unknown-field");
}

#[test]
fn templates_cannot_read_outside_the_project() {
    let p = ProjectTest::seeds();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "secret").unwrap();
    for (name, body) in [
        ("abs", "#read(\"/etc/passwd\")\n".to_string()),
        (
            "up",
            "#read(\"../../../../../../etc/passwd\")\n".to_string(),
        ),
    ] {
        p.write(&format!("report-templates/{name}.typ"), &body);
        let r = p.run(&["build", "--template", name]).code(1);
        r.stderr_has(&format!("report-templates/{name}.typ:1:"))
            .snapshot(&format!("template-read-{name}"));
        assert!(!p.path().join("output/security-guarantor.pdf").exists());
        assert!(!r.stderr.contains("--root"), "{}", r.stderr);
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(
            outside.path().join("secret.txt"),
            p.path().join("report-templates/link.txt"),
        )
        .unwrap();
        p.write("report-templates/sym.typ", "#read(\"link.txt\")\n");
        let r = p.run(&["build", "--template", "sym"]).code(1);
        r.snapshot("template-read-sym");
        assert!(
            r.stderr.contains("access denied") || r.stderr.contains("denied"),
            "{}",
            r.stderr
        );
    }
}

/// Checks `value` against the JSON Schema subset schemars writes for the
/// briefing (`$ref`, `anyOf`, `type`, `properties`, `required`, `items`, `minimum`),
/// and flags keys the schema does not document.
fn validate(
    root: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
    errors: &mut Vec<String>,
) {
    use serde_json::Value;
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect("local $ref");
        return validate(root, &root["$defs"][name], value, at, errors);
    }
    if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
        // One branch must hold (schemars writes `Option<Struct>` so).
        let mut tried = Vec::new();
        for b in branches {
            let mut e = Vec::new();
            validate(root, b, value, at, &mut e);
            if e.is_empty() {
                return;
            }
            tried.extend(e);
        }
        errors.push(format!(
            "{at}: no branch of anyOf holds: {}",
            tried.join("; ")
        ));
        return;
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => panic!("type at {at}"),
        };
        let ok = types.iter().any(|t| match *t {
            "null" => value.is_null(),
            "boolean" => value.is_boolean(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            other => panic!("unknown type {other}"),
        });
        if !ok {
            errors.push(format!("{at}: expected {types:?}, found {value}"));
            return;
        }
    }
    if let (Some(min), Some(n)) = (
        schema.get("minimum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n < min
    {
        errors.push(format!("{at}: {n} is below {min}"));
    }
    if let Value::Object(map) = value {
        let props = schema.get("properties").and_then(Value::as_object);
        for key in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !map.contains_key(key) {
                errors.push(format!("{at}: required key `{key}` is missing"));
            }
        }
        for (k, v) in map {
            match props.and_then(|p| p.get(k)) {
                Some(s) => validate(root, s, v, &format!("{at}.{k}"), errors),
                None => errors.push(format!("{at}: key `{k}` is not in the schema")),
            }
        }
    }
    if let (Value::Array(items), Some(s)) = (value, schema.get("items")) {
        for (i, v) in items.iter().enumerate() {
            validate(root, s, v, &format!("{at}[{i}]"), errors);
        }
    }
}

#[test]
fn the_summary_follows_the_facets_and_cites_only_listed_sources() {
    let p = ProjectTest::seeds();
    p.run(&["build", "--emit", "json"]).ok();
    let v: serde_json::Value =
        serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
    let s = &v["summary"];
    let outlets: Vec<&str> = s["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["outlet"].as_str().unwrap())
        .collect();
    // juxta.toml's order.
    assert_eq!(
        outlets,
        ["moscow-times", "dw", "carnegie", "development-magazine"]
    );
    let sources: Vec<&str> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["path"].as_str().unwrap())
        .collect();
    for (col, o) in s["outlets"].as_array().unwrap().iter().enumerate() {
        // Each facet is either covered, with the cell's count, or silent.
        for f in v["facets"].as_array().unwrap() {
            let cell = &f["cells"][col];
            let covered = o["covers"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["facet"] == f["id"]);
            match covered {
                Some(c) => assert_eq!(c["matches"], cell["matches"], "{o}"),
                None => {
                    assert_eq!(cell["matches"], 0, "{o}");
                    assert!(o["silent"].as_array().unwrap().contains(&f["title"]), "{o}");
                }
            }
        }
        // Every example is cited from an article the Sources list names.
        let mut examples = vec![&o["term_example"], &o["quote_example"]];
        examples.extend(
            o["framing"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| &f["example"]),
        );
        for e in examples.into_iter().filter(|e| !e.is_null()) {
            assert!(sources.contains(&e["source"].as_str().unwrap()), "{e}");
            assert_eq!(e["outlet"], o["outlet"], "{e}");
        }
    }
    // DW says nothing on credibility; the Moscow Times puts "peacekeepers"
    // in scare quotes; the outlets disagree on how many were displaced.
    assert!(
        s["outlets"][1]["silent"]
            .as_array()
            .unwrap()
            .contains(&"Credibility questioned".into())
    );
    let mt_forces = &s["outlets"][0]["framing"][0];
    assert!(
        mt_forces["forms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["label"] == "“peacekeepers”"),
        "{mt_forces}"
    );
    assert!(s["conflicts_total"].as_u64().unwrap() >= 1);
    assert_eq!(s["articles"], 5);
    assert_eq!(s["undated"], 3);
}

/// Counts of a thousand and more read with their thousands separated in
/// every sentence of the briefing, as in its tables: the period line, an
/// outlet's facet matches in the summary, the members of shared wording
/// not shown.
#[test]
fn counts_over_a_thousand_are_separated_in_sentences_too() {
    let dir = ProjectTest::empty();
    let proj = dir.generate(1200, 1);
    dir.cmd(&["build", "--from", "2000-01-01", "--to", "2030-12-31"])
        .current_dir(&proj)
        .run()
        .ok();
    let text = pdf_text(&proj.join("output/security-guarantor.pdf"))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("1,200 of 1,200 articles in the period"),
        "period line: {}",
        text.chars().take(600).collect::<String>()
    );
    let covers = text.find("Covers ").expect("the summary's Covers line");
    let line: String = text[covers..].chars().take(200).collect();
    assert!(
        regex::Regex::new(r"\(\d,\d{3}\)").unwrap().is_match(&line),
        "{line}"
    );
    assert!(
        !regex::Regex::new(r"\(\d{4,}\)").unwrap().is_match(&line),
        "{line}"
    );
    // Nowhere a count of "N of M" or "and N more" without its separator
    // (generated titles end in a number in parentheses: not a count).
    let raw = regex::Regex::new(r"and \d{4,} more|\b\d{4,} of \d").unwrap();
    assert!(!raw.is_match(&text), "{:?}", raw.find(&text));
}
