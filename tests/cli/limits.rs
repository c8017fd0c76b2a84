//! Issue 16, classes 3, 4 and 7: what one theme's template or one article
//! costs is bounded, and a template that exhausts memory or time fails its
//! own theme only. Every run is the real binary under a memory and time
//! limit.

#![cfg(unix)]

use crate::harness::ProjectTest;

/// The small fixture with a second theme, `bad`, whose template starts
/// with `first_line` and is otherwise the memo template.
fn with_bad_theme(first_line: &str) -> ProjectTest {
    let p = ProjectTest::from_dir("fixtures/small").named("bad-template");
    let memo = p.read("report-templates/memo.typ");
    p.write("report-templates/bad.typ", format!("{first_line}\n{memo}"));
    let config = p.read("juxta.toml");
    let extra = config
        .split("[themes.security-guarantor]")
        .nth(1)
        .unwrap()
        .replace("themes.security-guarantor", "themes.bad")
        .replace("template = \"side-by-side\"", "template = \"bad\"");
    p.write("juxta.toml", format!("{config}\n[themes.bad]{extra}"));
    p
}

/// `range(1000000000)` and doubling an array 40 times aborted juxta: every
/// theme died. Now the template compiles in a child process under a memory
/// limit, and only its theme fails, with a clear error.
#[test]
fn a_template_that_exhausts_memory_fails_only_its_theme() {
    for line in [
        "#let a = range(1000000000)",
        "#let a = (1,)\n#for i in range(40) { a = a + a }",
    ] {
        let p = with_bad_theme(line);
        let r = p
            .cmd(&["build", "--all"])
            .env("JUXTA_TEMPLATE_MEMORY", "1024")
            .run_limited(3072, 120);
        r.no_panic();
        assert_eq!(r.code, 1, "{line}: {}", r.stderr);
        r.stderr_has("error: report-templates/bad.typ: the Typst compiler ran out of memory (the limit is 1024 MiB)")
            .stderr_has("1 of 2 themes failed: bad");
        assert!(p.exists("output/security-guarantor.pdf"), "{line}");
        assert!(!p.exists("output/bad.pdf"));
    }
}

/// A template that loops past the time limit is stopped (its process is
/// killed, nothing keeps running) and only its theme fails.
#[test]
fn a_template_past_its_time_is_stopped() {
    let p = with_bad_theme("#let n = 0\n#while true { n = calc.rem(n + 1, 7) }");
    let started = std::time::Instant::now();
    let r = p
        .cmd(&["build", "--all"])
        .env("JUXTA_TEMPLATE_TIMEOUT", "2")
        .run_limited(3072, 60);
    r.no_panic();
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(started.elapsed().as_secs() < 30);
    r.stderr_has("bad.typ")
        .stderr_has("1 of 2 themes failed: bad");
    assert!(p.exists("output/security-guarantor.pdf"));
}

/// `JUXTA_TEMPLATE_MEMORY` is checked like the other variables.
#[test]
fn an_unusable_memory_limit_names_the_variable() {
    let p = ProjectTest::from_dir("fixtures/small");
    for v in ["lots", "0", "-5", "1e9", "100"] {
        let r = p.cmd(&["build"]).env("JUXTA_TEMPLATE_MEMORY", v).run();
        r.no_panic();
        r.code(2)
            .stderr_has(&format!("JUXTA_TEMPLATE_MEMORY=`{v}`"));
    }
}

/// One 1 MiB paragraph without a newline took 73 s and 1.6 GB to typeset
/// (class 3). Over-long paragraphs are split at sentence bounds at ingest,
/// so no passage the template receives is longer than 4,000 bytes, and the
/// build is quick and small.
#[test]
fn a_huge_paragraph_is_split_and_builds_quickly() {
    let p = ProjectTest::from_dir("fixtures/small").named("huge-paragraph");
    let sentence = "Russia said the alliance would guarantee security, officials said. ";
    let text = sentence.repeat((1 << 20) / sentence.len() + 1);
    p.write(
        "sources/dw/huge.txt",
        format!("Title: Huge\n\n{}\n", text.trim_end()),
    );
    let r = p
        .cmd(&["inspect", "--json", "sources/dw/huge.txt"])
        .run_limited(2048, 60);
    let r = r.code(0);
    let doc = r.json();
    let doc = doc.as_array().map_or(&doc, |a| &a[0]);
    let paragraphs = doc["paragraphs"].as_array().unwrap();
    assert!(paragraphs.len() > 200, "{}", paragraphs.len());
    for para in paragraphs {
        let t = para["text"].as_str().unwrap();
        assert!(
            t.len() <= 4_000 && t.ends_with("said."),
            "{} bytes",
            t.len()
        );
    }
    let r = p
        .cmd(&["build", "--emit", "pdf,json"])
        .run_limited(1024, 60);
    r.no_panic();
    r.code(0);
    let briefing: serde_json::Value =
        serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
    let mut longest = 0;
    let mut stack = vec![&briefing];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::String(s) => longest = longest.max(s.len()),
            serde_json::Value::Array(a) => stack.extend(a),
            serde_json::Value::Object(o) => stack.extend(o.values()),
            _ => {}
        }
    }
    assert!(
        longest <= 4_000,
        "a string of {longest} bytes reached the template"
    );
}

/// A theme of 1,000 facets took 101 s to typeset, and each doubling of the
/// facets cost 2.5 times as much: the shared template library passed the
/// whole briefing to functions it called once per passage or citation, and
/// Typst hashes every argument of every call. Now those calls get only what
/// they show (1,000 facets: about 17 s on two cores; `benches/facets.sh`).
/// The limit here is a guard against a relapse with a wide margin, not a
/// speed figure.
#[test]
fn a_thousand_facets_build_within_limits() {
    let p = ProjectTest::from_dir("fixtures/small").named("many-facets");
    let config = p.read("juxta.toml");
    let head = config
        .split("[[themes.security-guarantor.facets]]")
        .next()
        .unwrap();
    let words = [
        "Russia", "peace", "security", "Armenia", "talks", "Moscow", "alliance",
    ];
    let mut toml = head.to_string();
    for i in 0..1000 {
        toml.push_str(&format!(
            "\n[[themes.security-guarantor.facets]]\nid = \"f{i}\"\ntitle = \"Facet {i}\"\nquery = '{} OR {}'\n",
            words[i % words.len()],
            words[(i * 3 + 1) % words.len()]
        ));
    }
    p.write("juxta.toml", toml);
    let r = p
        .cmd(&["build", "--emit", "pdf,json"])
        .run_limited(6144, 150);
    r.no_panic();
    r.code(0);
    let briefing: serde_json::Value =
        serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
    assert_eq!(briefing["facets"].as_array().unwrap().len(), 1000);
    let pdf = std::fs::read(p.path().join("output/security-guarantor.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}
