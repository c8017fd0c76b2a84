//! Bad configuration gives `error:` with file, line, column and a hint, exit
//! code 2. Each case is a fixture under tests/fixtures/ holding the mistake.
//!
//! The snapshots show the whole message; the targeted checks beside them
//! keep what must hold whatever the rendering (location, message, hint), so
//! a change of the diagnostics' layout re-records the snapshots without
//! losing these properties.

use crate::harness::ProjectTest;

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle")
        + 1
}

#[test]
fn unknown_key_names_location_and_suggests() {
    let p = ProjectTest::from_dir("fixtures/unknown-key");
    let line = line_of(&p.read("juxta.toml"), "passages-per-cel");
    let r = p.run(&["build"]).code(2);
    r.stderr_has(&format!(
        "error: juxta.toml:{line}:1: unknown key `passages-per-cel`"
    ))
    .stderr_has("hint: did you mean `passages-per-cell`?")
    .stderr_has("passages-per-cel = 2")
    .snapshot("build");
}

#[test]
fn malformed_toml_is_located() {
    let p = ProjectTest::from_dir("fixtures/malformed-toml");
    let line = line_of(&p.read("juxta.toml"), "[outlets.dw");
    p.run(&["list"])
        .code(2)
        .stderr_has(&format!("error: juxta.toml:{line}:"))
        .snapshot("list");
}

#[test]
fn unknown_theme_lists_known_ones() {
    let p = ProjectTest::from_dir("fixtures/small");
    p.run(&["build", "security-guarantr"])
        .code(2)
        .stderr_has("error: no theme `security-guarantr`")
        .stderr_has("did you mean `security-guarantor`?")
        .snapshot("build-unknown-theme");
}

#[test]
fn source_folder_that_names_no_outlet() {
    let p = ProjectTest::from_dir("fixtures/stray-outlet-folder");
    p.run(&["build"])
        .code(2)
        .stderr_has("folder sources/bbc/ names no outlet of juxta.toml")
        .stderr_has("hint: add an [outlets.bbc] table")
        .snapshot("build");
    assert!(!p.exists("output/security-guarantor.pdf"));
}

#[test]
fn query_that_does_not_parse_points_into_the_query() {
    let p = ProjectTest::from_dir("fixtures/bad-query");
    let line = line_of(&p.read("juxta.toml"), "query = '(mediate");
    p.run(&["build"])
        .code(2)
        .stderr_has(&format!("error: juxta.toml:{line}:10: theme `security-guarantor`, facet `mediation`: query does not parse: `(` is never closed"))
        .stderr_has("hint: add the matching `)`")
        .snapshot("build");
}

#[test]
fn missing_template_is_a_clear_error() {
    let p = ProjectTest::from_dir("fixtures/missing-template");
    let line = line_of(&p.read("juxta.toml"), "template = \"side-by-sid\"");
    p.run(&["build"])
        .code(2)
        .stderr_has(&format!(
            "error: juxta.toml:{line}:12: theme `security-guarantor`: template `side-by-sid` not found"
        ))
        .stderr_has("did you mean `side-by-side`?")
        .snapshot("build");

    // One line per diagnostic for CI logs.
    let r = p.run(&["build", "--diagnostic-format", "short"]).code(2);
    r.snapshot("build-short");
    let first = r
        .stderr
        .lines()
        .find(|l| l.starts_with("error: juxta.toml:"))
        .unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(
        first.contains("(hint: did you mean `side-by-side`?)"),
        "{first}"
    );
    assert!(!r.stderr.contains(" | "), "no source snippet: {}", r.stderr);

    // With other themes, the others are built and the summary says which failed.
    let r = p.run(&["build", "--all", "--json"]).code(2);
    let v = r.json();
    assert_eq!(v["built"], 1, "{v}");
    assert_eq!(v["failed"], 1, "{v}");
    r.snapshot("build-all-json");
    assert!(p.exists("output/other.pdf"));
    assert!(!p.exists("output/security-guarantor.pdf"));

    // `juxta check` reports it with the others and goes on.
    p.run(&["check"])
        .code(2)
        .stderr_has("template `side-by-sid` not found")
        .stderr_has("ok   theme `other`")
        .stderr_has("1 error")
        .snapshot("check");

    // A missing --template stops the whole build, before anything is read.
    p.run(&["build", "--all", "--template", "nope"])
        .code(2)
        .stderr_has("error: template `nope` not found")
        .snapshot("build-template-flag");
}

#[test]
fn unknown_outlet_in_theme_is_located() {
    let p = ProjectTest::from_dir("fixtures/unknown-outlet");
    let line = line_of(&p.read("juxta.toml"), "outlets = [\"dw\", \"bbc\"]");
    p.run(&["build"])
        .code(2)
        .stderr_has(&format!("error: juxta.toml:{line}:18: theme `security-guarantor` names outlet `bbc`, which is not defined"))
        .snapshot("build");
}

#[test]
fn empty_facets_list_is_an_error_with_location() {
    let p = ProjectTest::from_dir("fixtures/empty-facets");
    p.run(&["list"])
        .code(2)
        .stderr_has("error: juxta.toml:10:10: theme `t` has an empty facets list")
        .snapshot("list");
}

#[test]
fn no_config_anywhere() {
    let p = ProjectTest::empty().named("no-config");
    let parents = p.path().ancestors().skip(1);
    for d in parents {
        assert!(!d.join("juxta.toml").exists(), "{} has one", d.display());
    }
    p.run(&["build"])
        .code(2)
        .stderr_has("no juxta.toml in")
        .stderr_has("hint:")
        .snapshot("build");
}

#[test]
fn a_broken_template_is_found_before_any_source_is_read() {
    let p = ProjectTest::seeds();
    p.edit(
        "report-templates/lib/analysis.typ",
        "#let shared-section(data, c) = {",
        "#let shared-section(data, c) = {(",
    );
    let r = p.run(&["build"]).code(1);
    r.stderr_has("error: report-templates/lib/analysis.typ:")
        .stderr_has("template syntax:")
        .stderr_has("checked before reading the sources");
    assert!(
        !r.stderr.contains("reading and indexing sources"),
        "{}",
        r.stderr
    );
    assert!(!p.exists(".juxta"), "the sources were read");
    // A missing import is found there too, pointing at the import.
    std::fs::remove_file(p.path().join("report-templates/lib/analysis.typ")).unwrap();
    let r = p.run(&["build"]).code(1);
    // The error points at an import of the missing file (the template's
    // own, or that of a library it imports).
    r.stderr_has("cannot read report-templates/lib/analysis.typ")
        .stderr_has("#import \"");
    assert!(
        r.stderr
            .contains("error: report-templates/side-by-side.typ:5:")
            || r.stderr
                .contains("error: report-templates/lib/summary.typ:5:"),
        "{}",
        r.stderr
    );
    assert!(!p.exists(".juxta"));
}
