//! Bad configuration gives `error:` with file, line, column and a hint, exit code 2.

use crate::common::Project;

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle")
        + 1
}

#[test]
fn unknown_key_names_location_and_suggests() {
    let p = Project::bundled();
    p.edit_config("passages-per-cell = 2", "passages-per-cel = 2");
    let line = line_of(&p.read("juxta.toml"), "passages-per-cel");
    let r = p.juxta(&["build"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "error: juxta.toml:{line}:1: unknown key `passages-per-cel`"
        )),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("hint: did you mean `passages-per-cell`?"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("passages-per-cel = 2"),
        "snippet missing: {}",
        r.stderr
    );
}

#[test]
fn malformed_toml_is_located() {
    let p = Project::bundled();
    p.edit_config("[outlets.dw]", "[outlets.dw");
    let line = line_of(&p.read("juxta.toml"), "[outlets.dw");
    let r = p.juxta(&["list"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!("error: juxta.toml:{line}:")),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_theme_lists_known_ones() {
    let p = Project::bundled();
    let r = p.juxta(&["build", "security-guarantr"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("error: no theme `security-guarantr`"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("did you mean `security-guarantor`?"),
        "{}",
        r.stderr
    );
}

#[test]
fn source_folder_that_names_no_outlet() {
    let p = Project::bundled();
    p.write("sources/bbc/a.txt", "Russia said something.\n");
    let r = p.juxta(&["build"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("folder sources/bbc/ names no outlet of juxta.toml"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("hint: add an [outlets.bbc] table"),
        "{}",
        r.stderr
    );
}

#[test]
fn query_that_does_not_parse_points_into_the_query() {
    let p = Project::bundled();
    p.edit_config(
        "query = 'mediate OR mediating",
        "query = '(mediate OR mediating",
    );
    let text = p.read("juxta.toml");
    let line = line_of(&text, "query = '(mediate");
    let r = p.juxta(&["build"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!("error: juxta.toml:{line}:10: theme `security-guarantor`, facet `mediation`: query does not parse: `(` is never closed")),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("hint: add the matching `)`"),
        "{}",
        r.stderr
    );
}

#[test]
fn missing_template_is_a_clear_error() {
    let p = Project::bundled();
    p.edit_config("template = \"side-by-side\"", "template = \"side-by-sid\"");
    let line = line_of(&p.read("juxta.toml"), "template = \"side-by-sid\"");
    let r = p.juxta(&["build"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "error: juxta.toml:{line}:12: theme `security-guarantor`: template `side-by-sid` not found"
        )),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("did you mean `side-by-side`?"),
        "{}",
        r.stderr
    );

    // One line per diagnostic for CI logs.
    let r = p.juxta(&["build", "--diagnostic-format", "short"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.starts_with("error: juxta.toml:"))
        .unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(
        line.contains("(hint: did you mean `side-by-side`?)"),
        "{line}"
    );
    assert!(!r.stderr.contains(" | "), "no source snippet: {}", r.stderr);

    // With other themes, the others are built and the summary says which failed.
    let config = p.read("juxta.toml");
    p.write(
        "juxta.toml",
        &format!("{config}\n[themes.other]\ntitle = \"Other\"\nscope = 'Russia'\n"),
    );
    let r = p.juxta(&["build", "--all", "--json"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON summary");
    assert_eq!(v["built"], 1, "{v}");
    assert_eq!(v["failed"], 1, "{v}");
    assert!(p.path().join("output/other.pdf").is_file());
    assert!(!p.path().join("output/security-guarantor.pdf").exists());

    // `juxta check` reports it with the others and goes on.
    let r = p.juxta(&["check"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("template `side-by-sid` not found"));
    assert!(r.stderr.contains("ok   theme `other`"), "{}", r.stderr);
    assert!(r.stderr.contains("1 error"), "{}", r.stderr);

    // A missing --template stops the whole build, before anything is read.
    let r = p.juxta(&["build", "--all", "--template", "nope"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("error: template `nope` not found"),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_outlet_in_theme_is_located() {
    let p = Project::bundled();
    p.edit_config(
        "passages-per-cell = 2",
        "passages-per-cell = 2\noutlets = [\"dw\", \"bbc\"]",
    );
    let line = line_of(&p.read("juxta.toml"), "outlets = [\"dw\", \"bbc\"]");
    let r = p.juxta(&["build"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!("error: juxta.toml:{line}:18: theme `security-guarantor` names outlet `bbc`, which is not defined")),
        "{}",
        r.stderr
    );
}

#[test]
fn no_config_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let r = crate::common::run_in(dir.path(), &["build"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no juxta.toml in"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
}
