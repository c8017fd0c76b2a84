//! Issue 19, part 2: what changed since the last build. Build, add one
//! article, rebuild: exactly that article's passages are new, the briefing
//! says so per outlet and per facet, and the record of the build
//! (`.juxta/briefings/<theme>.json`) survives failures and rebuilds.

use crate::common::{pdf_text, squeeze};
use crate::harness::ProjectTest;

pub(crate) const RECORD: &str = ".juxta/briefings/security-guarantor.json";
pub(crate) const ADDED: &str = "sources/dw/russian-peacekeepers-under-scrutiny.txt";

/// An article that matches several facets of the seed theme.
pub(crate) const ARTICLE: &str = "Russian peacekeepers under scrutiny as Armenia turns to the West

Armenia's government says Russia has failed to honor its obligations as a security guarantor, and officials in Yerevan question the value of the CSTO alliance.

The Kremlin rejected the criticism. A spokesman said Moscow remained committed to mediation between Armenia and Azerbaijan and that Russian peacekeepers were doing their job in Nagorno-Karabakh.

Analysts say the ceasefire brokered by Putin in 2020 is fragile, and that talks mediated by the European Union now compete with Russia's efforts.
";

/// Builds the PDF and the JSON with `extra` arguments; the briefing data.
fn build(p: &ProjectTest, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["build", "--emit", "pdf,json"];
    args.extend_from_slice(extra);
    p.run(&args).ok();
    serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap()
}

/// Every passage shown: (its source, whether it is new).
pub(crate) fn passages(b: &serde_json::Value) -> Vec<(String, bool)> {
    b["facets"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["cells"].as_array().unwrap())
        .flat_map(|c| c["passages"].as_array().unwrap())
        .map(|p| {
            let new = p["new"].as_bool().expect("every passage has `new`");
            (p["source"].as_str().unwrap().to_string(), new)
        })
        .collect()
}

fn new_articles(b: &serde_json::Value, outlet: &str) -> u64 {
    b["since"]["new_articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["outlet"] == outlet)
        .unwrap()["articles"]
        .as_u64()
        .unwrap()
}

fn pdf(p: &ProjectTest) -> String {
    squeeze(&pdf_text(&p.path().join("output/security-guarantor.pdf")))
}

#[test]
fn a_first_build_has_nothing_to_compare_with() {
    let p = ProjectTest::seeds();
    let b = build(&p, &[]);
    assert_eq!(b["since"]["previous"], false);
    assert_eq!(b["since"]["previous_date"], serde_json::Value::Null);
    assert_eq!(b["since"]["new_articles_total"], 0);
    assert!(passages(&b).iter().all(|(_, new)| !new));
    assert!(pdf(&p).contains(&squeeze(
        "First build of this theme: nothing to compare with."
    )));
    let record: serde_json::Value = serde_json::from_str(&p.read(RECORD)).unwrap();
    assert_eq!(record["version"], 1);
    assert_eq!(record["date"], "2023-11-14");
    let ids: usize = record["articles"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_array().unwrap().len())
        .sum();
    assert_eq!(ids, 5, "one identity per seed article");
    // Built again, unchanged: still a first build.
    let again = build(&p, &["--force"]);
    assert_eq!(again["since"], b["since"]);
}

#[test]
fn after_adding_one_article_exactly_its_passages_are_new() {
    let p = ProjectTest::seeds();
    build(&p, &[]);
    p.write(ADDED, ARTICLE);
    let b = build(&p, &[]);
    let since = &b["since"];
    assert_eq!(since["previous"], true);
    assert_eq!(since["previous_date"], "2023-11-14");
    assert_eq!(since["previous_date_label"], "November 14, 2023");
    assert_eq!(since["new_articles_total"], 1);
    assert_eq!(since["removed_articles"], 0);
    for (outlet, n) in [("moscow-times", 0), ("dw", 1), ("carnegie", 0)] {
        assert_eq!(new_articles(&b, outlet), n, "{outlet}");
    }
    let dw = &since["new_articles"].as_array().unwrap()[1];
    assert_eq!(dw["titles"][0]["source"], ADDED);
    let shown = passages(&b);
    let from_added = shown.iter().filter(|(s, _)| s == ADDED).count();
    assert!(from_added >= 2, "the added article is shown: {shown:?}");
    for (source, new) in &shown {
        assert_eq!(*new, source == ADDED, "{source}");
    }
    let per_facet: u64 = since["new_passages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["passages"].as_u64().unwrap())
        .sum();
    assert_eq!(per_facet as usize, from_added);
    assert_eq!(since["new_passages_total"].as_u64(), Some(per_facet));
    let text = pdf(&p);
    assert!(text.contains(&squeeze("Since November 14, 2023")), "{text}");
    assert!(text.contains(&squeeze("1 new article")));
    assert!(!text.contains(&squeeze("First build of this theme")));
    // A rebuild of the same articles keeps what was new, in the PDF too.
    let pdf_before = std::fs::read(p.path().join("output/security-guarantor.pdf")).unwrap();
    let again = build(&p, &["--force"]);
    assert_eq!(again["since"], b["since"]);
    let pdf_after = std::fs::read(p.path().join("output/security-guarantor.pdf")).unwrap();
    assert!(pdf_before == pdf_after, "a forced rebuild changed the PDF");
    // A later build with nothing added: nothing new since the last one.
    let later = p
        .cmd(&["build", "--emit", "pdf,json"])
        .env("SOURCE_DATE_EPOCH", "1700086400")
        .run();
    assert_eq!(later.code, 0, "{}", later.stderr);
    let later: serde_json::Value =
        serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
    assert_eq!(later["since"]["previous_date"], "2023-11-14");
    assert_eq!(later["since"]["new_articles_total"], 0);
    assert!(passages(&later).iter().all(|(_, new)| !new));
}

#[test]
fn a_changed_article_is_new_and_a_removed_one_counted() {
    let p = ProjectTest::seeds();
    build(&p, &[]);
    let carnegie =
        "sources/carnegie/can-russia-mediate-new-clashes-between-armenia-and-azerbaijan.txt";
    let text = p.read(carnegie);
    p.write(carnegie, format!("{text}\nRussia's peacekeepers stayed.\n"));
    std::fs::remove_file(p.path().join(
        "sources/development-magazine/three-reasons-for-russias-actions-in-nagorno-karabakh.txt",
    ))
    .unwrap();
    let b = build(&p, &[]);
    assert_eq!(new_articles(&b, "carnegie"), 1);
    assert_eq!(b["since"]["new_articles_total"], 1);
    // The removed article, and the old version of the changed one.
    assert_eq!(b["since"]["removed_articles"], 2);
    for (source, new) in passages(&b) {
        assert_eq!(new, source == carnegie, "{source}");
    }
}

#[test]
fn a_failed_build_and_a_one_run_period_leave_the_record() {
    let p = ProjectTest::seeds();
    build(&p, &[]);
    let record = p.read(RECORD);
    p.write(ADDED, ARTICLE);
    let template = p.read("report-templates/side-by-side.typ");
    p.write(
        "report-templates/side-by-side.typ",
        format!("{template}\n#data.no-such-key\n"),
    );
    let r = p.run(&["build"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(p.read(RECORD), record, "a failed build changed the record");
    p.write("report-templates/side-by-side.typ", template);
    let b = build(&p, &["--from", "2000-01-01"]);
    assert_eq!(b["since"]["new_articles_total"], 1);
    assert_eq!(p.read(RECORD), record, "a one-run period moved the record");
    let b = build(&p, &[]);
    assert_eq!(new_articles(&b, "dw"), 1, "compared with the first build");
    assert_ne!(p.read(RECORD), record);
}

/// A record that is damaged, from a newer juxta, a folder or a link is a
/// warning: the build says it has nothing to compare with and replaces it.
#[test]
fn an_unusable_record_warns_and_compares_with_nothing() {
    let cases: [(&str, &str); 5] = [
        (
            "{\"version\":1,\"date\":",
            "is not a juxta build record (line 1",
        ),
        (
            "{\"version\":99}",
            "was written by a newer juxta (format 99; this juxta reads format 1)",
        ),
        (
            "{\"version\":1,\"date\":\"2023-11-14\",\"timestamp\":\"x\",\"articles\":{\"dw\":[\"zz\"]},\"since\":{\"previous_date\":null,\"new\":{},\"removed\":0}}",
            "`zz` under `dw` is not an article identity",
        ),
        ("<folder>", "cannot be read"),
        ("<link>", "a symbolic link"),
    ];
    for (content, says) in cases {
        let p = ProjectTest::seeds();
        build(&p, &[]);
        let path = p.path().join(RECORD);
        std::fs::remove_file(&path).unwrap();
        match content {
            "<folder>" => std::fs::create_dir(&path).unwrap(),
            #[cfg(unix)]
            "<link>" => std::os::unix::fs::symlink("/dev/zero", &path).unwrap(),
            _ => p.write(RECORD, content),
        }
        p.write(ADDED, ARTICLE);
        let r = p.run(&["build", "--emit", "pdf,json"]).ok();
        r.no_panic()
            .stderr_has(&format!("warning: {RECORD}: theme `security-guarantor`: cannot compare with the previous build: "))
            .stderr_has(says)
            .stderr_has("nothing to compare with");
        let b: serde_json::Value =
            serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
        assert_eq!(b["since"]["previous"], false, "{content}");
        assert!(passages(&b).iter().all(|(_, new)| !new), "{content}");
        if content == "<folder>" {
            r.stderr_has("the briefing is written, but not the record of its build")
                .stderr_has("the next build compares with the build before this one");
        }
        if content.starts_with('{') {
            let record: serde_json::Value = serde_json::from_str(&p.read(RECORD)).unwrap();
            assert_eq!(record["version"], 1, "replaced: {content}");
        }
    }
}
