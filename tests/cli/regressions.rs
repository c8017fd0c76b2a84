//! Regression tests for crashes found in the wild or by fuzzing, each on
//! its own fixture under tests/fixtures/.

use crate::harness::ProjectTest;

/// A `%` followed by one hex digit and a multi-byte character in a URL
/// (issue 12): `juxta inspect` panicked in the percent-decoding of
/// src/ingest/meta.rs (exit 101). It must read the file, exit 0.
#[test]
fn percent_escape_before_a_multibyte_character_does_not_panic() {
    let p = ProjectTest::from_dir("fixtures/percent-escape-url");
    assert!(
        p.read("sources/dw/redirect-link.txt")
            .contains("https://www.google.com/url?q=%aé")
    );
    let r = p.run(&["inspect", "--json"]);
    r.no_panic();
    let r = r.code(0);
    assert_eq!(r.json().as_array().unwrap().len(), 1);
    p.run(&["inspect", "sources/dw/redirect-link.txt"])
        .ok()
        .no_panic();
}

/// A query nested thousands of parentheses deep overflowed the stack in
/// `check`, `build` and `collect` (issue 16, class 5). It is now a located
/// configuration error (exit 2).
#[test]
fn deeply_nested_query_is_an_error_not_a_crash() {
    let p = ProjectTest::from_dir("fixtures/small");
    let deep = format!("{}ally{}", "(".repeat(7_000), ")".repeat(7_000));
    p.edit_config(
        "query = 'alliance OR ally",
        &format!("query = '{deep} OR ally"),
    );
    for args in [
        &["check"][..],
        &["build"],
        &["collect", "security-guarantor"],
    ] {
        let r = p.run(args);
        r.no_panic();
        r.code(2)
            .stderr_has("juxta.toml:")
            .stderr_has("nests more than 100 levels deep");
    }
}

/// Environment values juxta cannot use were ignored or panicked
/// (`JUXTA_TEMPLATE_TIMEOUT=1e30` panicked; issue 16, class 6). Each is now
/// an error naming the variable, before anything is read or written.
#[test]
fn unusable_environment_values_are_errors_naming_the_variable() {
    let p = ProjectTest::from_dir("fixtures/small");
    let cases = [
        ("JUXTA_TEMPLATE_TIMEOUT", "inf"),
        ("JUXTA_TEMPLATE_TIMEOUT", "1e30"),
        ("JUXTA_TEMPLATE_TIMEOUT", "-1"),
        ("JUXTA_TEMPLATE_TIMEOUT", "0"),
        ("JUXTA_TEMPLATE_TIMEOUT", "soon"),
        ("SOURCE_DATE_EPOCH", "yesterday"),
        ("SOURCE_DATE_EPOCH", "99999999999999999"),
        ("SOURCE_DATE_EPOCH", "1.5"),
    ];
    for (var, value) in cases {
        for verb in ["build", "check"] {
            let r = p.cmd(&[verb]).env(var, value).run();
            r.no_panic();
            r.code(2).stderr_has(&format!("{var}=`{value}`"));
        }
    }
    assert!(!p.exists("output/security-guarantor.pdf"));
    // Usable values still work; an empty one counts as unset.
    p.cmd(&["build"])
        .env("JUXTA_TEMPLATE_TIMEOUT", "300")
        .env("SOURCE_DATE_EPOCH", "")
        .run()
        .ok();
}

/// Files that are not files hung juxta or exhausted memory (issue 16,
/// class 1): a FIFO named like a source or a sidecar, or given to `inspect`,
/// and `/dev/zero` as `--config` or to `inspect`. Only regular files are
/// read; anything else is an error naming the path and what it is.
#[cfg(unix)]
#[test]
fn files_that_are_not_regular_files_are_refused_not_read() {
    let fifo = |p: &std::path::Path| {
        let ok = std::process::Command::new("mkfifo")
            .arg(p)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "mkfifo {}", p.display());
    };
    let p = ProjectTest::from_dir("fixtures/small");
    let source = p.path().join("sources/dw/pipe.txt");
    fifo(&source);
    for args in [
        &["build"][..],
        &["check"],
        &["inspect", "sources/dw/pipe.txt"],
    ] {
        let r = p.run(args);
        r.no_panic()
            .stderr_has("named pipe (FIFO), not a regular file");
        assert_ne!(r.code, 0, "{args:?}");
    }
    std::fs::remove_file(&source).unwrap();
    let article = std::fs::read_dir(p.path().join("sources/dw"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|f| f.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    let sidecar = article.with_extension("txt.toml");
    fifo(&sidecar);
    let r = p.run(&["build"]);
    r.no_panic()
        .stderr_has("sidecar")
        .stderr_has("named pipe (FIFO)");
    assert_ne!(r.code, 0);
    std::fs::remove_file(&sidecar).unwrap();
    for args in [
        &["--config", "/dev/zero", "list"][..],
        &["inspect", "/dev/zero"],
    ] {
        let r = p.run(args);
        r.no_panic()
            .stderr_has("a character device, not a regular file");
        assert_ne!(r.code, 0, "{args:?}");
    }
    p.run(&["build"]).ok();
}
