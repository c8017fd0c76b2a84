//! Batch builds: several themes in parallel, a broken one, incremental
//! skips, `--json` summaries, `juxta init`, `juxta check`.

use serde_json::Value;

use crate::harness::{ProjectTest, Run};

/// The bundled project with three more themes: one on DW only, one on the
/// Moscow Times only, one whose template fails at run time.
fn project_with_themes() -> ProjectTest {
    let p = ProjectTest::seeds().named("batch");
    let extra = r#"
[themes.dw-only]
title = "DW on mediation"
outlets = ["dw"]
scope = 'Russia OR Moscow'

[[themes.dw-only.facets]]
id = "mediation"
title = "Mediation"
query = 'mediate OR ceasefire'

[themes.mt-only]
title = "The Moscow Times on guarantees"
outlets = ["moscow-times"]
scope = 'Russia OR Moscow'

[[themes.mt-only.facets]]
id = "guarantor"
title = "Guarantor"
query = 'guarantor OR guarantees'

[themes.broken]
title = "A theme whose template fails"
template = "broken"
scope = 'Russia'
"#;
    let c = p.read("juxta.toml");
    p.write("juxta.toml", format!("{c}{extra}"));
    p.write(
        "report-templates/broken.typ",
        "#let data = json(bytes(sys.inputs.data))\n#panic(\"this template is broken on purpose\")\n",
    );
    p
}

fn summary(p: &ProjectTest, args: &[&str]) -> (Run, Value) {
    let r = p.run(args);
    let v = r.json();
    (r, v)
}

fn status_of(v: &Value, theme: &str) -> String {
    v["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["theme"] == theme)
        .unwrap_or_else(|| panic!("{theme} not in summary"))["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn parallel_build_with_a_broken_theme() {
    let p = project_with_themes();
    // The order of the lines depends on which build ends first: no snapshot.
    let r = p.run(&["build", "--all", "--jobs", "2"]).code(1);
    for t in ["security-guarantor", "dw-only", "mt-only"] {
        assert!(
            p.path().join(format!("output/{t}.pdf")).is_file(),
            "{t} not built"
        );
    }
    assert!(!p.exists("output/broken.pdf"));
    r.stderr_has(
        "error: report-templates/broken.typ:2:2: panicked with: this template is broken on purpose",
    );
    let table_line = r
        .stderr
        .lines()
        .find(|l| l.starts_with("broken "))
        .unwrap_or_default();
    assert!(table_line.contains("FAILED"), "summary table: {}", r.stderr);
    r.stderr_has("error: 1 of 4 themes failed: broken");
}

#[test]
fn json_summary_and_incremental_rebuilds() {
    let p = project_with_themes();
    let (r, v) = summary(
        &p,
        &[
            "build",
            "dw-only",
            "mt-only",
            "security-guarantor",
            "--json",
        ],
    );
    r.code(0).snapshot("build-three-json");
    assert_eq!(v["built"], 3);
    assert_eq!(v["unchanged"], 0);
    assert_eq!(v["failed"], 0);
    assert!(v["seconds"].is_number());
    for t in v["themes"].as_array().unwrap() {
        assert_eq!(t["status"], "built");
        assert!(t["pages"].as_u64().unwrap() >= 1);
        assert!(t["passages"].is_u64());
        assert!(t["seconds"].is_number());
        assert!(t["error"].is_null());
        assert!(t["outputs"][0].as_str().unwrap().starts_with("output/"));
    }

    // Nothing changed: everything is skipped.
    let (r, v) = summary(
        &p,
        &[
            "build",
            "dw-only",
            "mt-only",
            "security-guarantor",
            "--json",
        ],
    );
    assert_eq!(v["unchanged"], 3, "{v}");
    r.snapshot("build-three-json-again");

    // A DW source changes: only the themes drawing on DW rebuild.
    let f = "sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt";
    let text = p.read(f);
    p.write(
        f,
        format!("{text}\n\nRussia offered to host new talks, a ceasefire monitor said.\n"),
    );
    let (_, v) = summary(
        &p,
        &[
            "build",
            "dw-only",
            "mt-only",
            "security-guarantor",
            "--json",
        ],
    );
    assert_eq!(status_of(&v, "dw-only"), "built");
    assert_eq!(status_of(&v, "security-guarantor"), "built");
    assert_eq!(status_of(&v, "mt-only"), "unchanged");

    // A deleted PDF is rebuilt; --force rebuilds everything.
    std::fs::remove_file(p.path().join("output/mt-only.pdf")).unwrap();
    let (_, v) = summary(&p, &["build", "dw-only", "mt-only", "--json"]);
    assert_eq!(status_of(&v, "mt-only"), "built");
    assert_eq!(status_of(&v, "dw-only"), "unchanged");
    let (_, v) = summary(&p, &["build", "dw-only", "mt-only", "--force", "--json"]);
    assert_eq!(v["built"], 2);

    // A template helper changes: every theme rebuilds.
    let lib = p.read("report-templates/lib/juxta.typ");
    p.write(
        "report-templates/lib/juxta.typ",
        format!("{lib}\n// changed\n"),
    );
    let (_, v) = summary(&p, &["build", "dw-only", "mt-only", "--json"]);
    assert_eq!(v["built"], 2, "{v}");

    // Another theme's template changes: these themes' briefings do not.
    let memo = p.read("report-templates/memo.typ");
    p.write("report-templates/memo.typ", format!("{memo}\n// changed\n"));
    p.write("report-templates/unused.typ", "= Not used\n");
    let (_, v) = summary(&p, &["build", "dw-only", "mt-only", "--json"]);
    assert_eq!(v["unchanged"], 2, "{v}");

    // A file the template reads (here, a new image it shows) counts.
    p.write(
        "report-templates/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
    );
    let tpl = p.read("report-templates/side-by-side.typ");
    p.write(
        "report-templates/side-by-side.typ",
        format!("{tpl}\n#image(\"logo.svg\", width: 1cm)\n"),
    );
    let (_, v) = summary(&p, &["build", "dw-only", "--json"]);
    assert_eq!(v["built"], 1, "{v}");
    p.write(
        "report-templates/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>",
    );
    let (_, v) = summary(&p, &["build", "dw-only", "--json"]);
    assert_eq!(v["built"], 1, "the image changed: {v}");

    // What counts is exactly what the compile read: a new file nothing
    // reads changes nothing ...
    p.write("report-templates/lib/extra.txt", "first\n");
    let (_, v) = summary(&p, &["build", "dw-only", "--json"]);
    assert_eq!(v["unchanged"], 1, "a file nothing reads: {v}");
    // ... a file read through a path built at run time counts ...
    let tpl = p.read("report-templates/side-by-side.typ");
    p.write(
        "report-templates/side-by-side.typ",
        format!("{tpl}\n#read(\"lib/\" + \"extra\" + \".txt\")\n"),
    );
    let (_, v) = summary(&p, &["build", "dw-only", "--json"]);
    assert_eq!(v["built"], 1, "{v}");
    // ... and so does a change to it.
    p.write("report-templates/lib/extra.txt", "second\n");
    let (_, v) = summary(&p, &["build", "dw-only", "--json"]);
    assert_eq!(v["built"], 1, "a file read at run time changed: {v}");
    let (_, v) = summary(&p, &["build", "dw-only", "--json"]);
    assert_eq!(v["unchanged"], 1, "{v}");
}

#[test]
fn init_then_build_in_an_empty_folder() {
    let p = ProjectTest::empty().named("init");
    p.run(&["init"]).ok().snapshot("init");
    p.snapshot_file("juxta.toml", "init-juxta-toml");
    p.run(&["build"])
        .ok()
        .stderr_has("built     output/transport.pdf")
        .snapshot("build");
    p.run(&["check", "--deny-warnings"]).ok();
    let again = p.run(&["init"]);
    assert_eq!(again.code, 2, "init never overwrites a project");
    again.snapshot("init-again");
    // And into a new sub-folder, keeping what is there.
    p.write("sub/project/report-templates/memo.typ", "= Mine\n");
    p.run(&["init", "sub/project"])
        .ok()
        .stderr_has("kept these files that were already there: report-templates/memo.typ")
        .stderr_has("cd sub/project")
        .snapshot("init-sub-folder");
    assert_eq!(p.read("sub/project/report-templates/memo.typ"), "= Mine\n");
    assert!(p.exists("sub/project/.github/workflows/briefings.yml"));
    assert!(p.exists("sub/project/.github/workflows/fetch.yml"));
    p.cmd(&["build"])
        .current_dir(&p.path().join("sub/project"))
        .run()
        .ok();
}

#[test]
fn check_validates_without_writing_and_denies_warnings() {
    let p = ProjectTest::seeds();
    p.run(&["check"])
        .ok()
        .stderr_has("no publication date stated")
        .stderr_has("compiles")
        .snapshot("check");
    assert!(
        !p.exists("output/security-guarantor.pdf"),
        "check wrote a PDF"
    );
    assert!(!p.exists(".juxta"), "check wrote a cache");
    assert!(!p.exists("output"), "check wrote output/");
    p.run(&["check", "--deny-warnings"])
        .code(1)
        .snapshot("check-deny-warnings");

    let p = project_with_themes();
    p.run(&["check"])
        .code(1)
        .stderr_has("report-templates/broken.typ:2:2")
        .snapshot("check");
}

#[test]
fn completions_for_common_shells() {
    let p = ProjectTest::empty();
    for shell in ["bash", "zsh", "fish"] {
        let r = p.run(&["completions", shell]).ok();
        assert!(
            r.stdout.contains("juxta") && r.stdout.contains("build"),
            "{shell}"
        );
    }
}
