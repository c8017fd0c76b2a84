//! Themes limited to a period, through the binary: `from`/`to`/`last` and
//! `undated` in juxta.toml, `--from`/`--to`/`--last` on `build` and
//! `collect`, the period named in the briefing data, and located errors.
//!
//! The seeds: The Moscow Times has one article dated 2023-09-19 and one
//! undated, DW one dated 2016-04-07, Carnegie and Development Magazine one
//! undated each. `SOURCE_DATE_EPOCH` is 1700000000 (2023-11-14).

use crate::harness::ProjectTest;

/// Builds the seed theme's JSON with `args` and returns it.
fn briefing(p: &ProjectTest, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["build", "--emit", "json", "--force"];
    all.extend_from_slice(args);
    p.run(&all).ok();
    serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap()
}

fn outlet_articles(b: &serde_json::Value, id: &str) -> (u64, u64) {
    let o = b["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == id)
        .unwrap();
    (
        o["articles"].as_u64().unwrap(),
        o["articles_read"].as_u64().unwrap(),
    )
}

/// Passages shown of outlet `id`, over all facets.
fn shown(b: &serde_json::Value, id: &str) -> usize {
    b["facets"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["cells"].as_array().unwrap())
        .filter(|c| c["outlet"] == id)
        .map(|c| c["passages"].as_array().unwrap().len())
        .sum()
}

#[test]
fn without_a_period_every_date_is_read_and_undated_are_counted() {
    let p = ProjectTest::seeds();
    let b = briefing(&p, &[]);
    let period = &b["period"];
    assert_eq!(period["limited"], false);
    assert_eq!(period["label"], "all dates");
    assert_eq!(period["articles_read"], 5);
    assert_eq!(period["articles_in_period"], 5);
    assert_eq!(period["undated"], 3);
    assert_eq!(period["undated_included"], true);
}

#[test]
fn from_on_the_command_line_leaves_older_articles_out() {
    let p = ProjectTest::seeds();
    let b = briefing(&p, &["--from", "2023-01-01"]);
    assert_eq!(b["period"]["label"], "since January 1, 2023");
    assert_eq!(
        b["period"]["articles_in_period"], 4,
        "DW's 2016 article is out"
    );
    assert_eq!(outlet_articles(&b, "dw"), (0, 1));
    assert_eq!(shown(&b, "dw"), 0);
    assert!(shown(&b, "moscow-times") > 0);
    // Without the flag, the next build reads every date again.
    let b = briefing(&p, &[]);
    assert_eq!(outlet_articles(&b, "dw"), (1, 1));
    assert!(shown(&b, "dw") > 0);
}

#[test]
fn last_counts_back_from_source_date_epoch_and_undated_can_be_left_out() {
    let p = ProjectTest::seeds();
    p.edit_config(
        "passages-per-cell = 2",
        "passages-per-cell = 2\nlast = \"60 days\"\nundated = \"exclude\"",
    );
    let b = briefing(&p, &[]);
    let period = &b["period"];
    assert_eq!(
        period["label"],
        "the last 60 days (September 16 – November 14, 2023)"
    );
    assert_eq!(
        (&period["from"], &period["to"]),
        (&"2023-09-16".into(), &"2023-11-14".into())
    );
    assert_eq!(
        period["articles_in_period"], 1,
        "only the dated Moscow Times article"
    );
    assert_eq!(period["undated_included"], false);
    assert_eq!(shown(&b, "carnegie"), 0);
    assert!(shown(&b, "moscow-times") > 0);
    // --last replaces the configured span for one run; `undated` is kept.
    let b = briefing(&p, &["--last", "30 days"]);
    assert_eq!(b["period"]["articles_in_period"], 0);
    // --to replaces `last`: only DW's 2016 article is before 2020.
    let b = briefing(&p, &["--to", "2019-12-31"]);
    assert_eq!(b["period"]["label"], "until December 31, 2019");
    assert_eq!(outlet_articles(&b, "dw"), (1, 1));
    assert_eq!(shown(&b, "moscow-times"), 0);
}

#[test]
fn collect_takes_the_same_flags() {
    let p = ProjectTest::seeds();
    let all = p
        .run(&["collect", "security-guarantor", "--json"])
        .ok()
        .json();
    let late = p
        .run(&[
            "collect",
            "security-guarantor",
            "--json",
            "--from",
            "2020-01-01",
            "--to",
            "2023-12-31",
        ])
        .ok()
        .json();
    let sources = |v: &serde_json::Value| -> Vec<String> {
        v["facets"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["cells"].as_array().unwrap())
            .flat_map(|c| c["passages"].as_array().unwrap())
            .map(|x| x["source"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(sources(&all).iter().any(|s| s.starts_with("sources/dw/")));
    assert!(!sources(&late).iter().any(|s| s.starts_with("sources/dw/")));
    assert!(
        !sources(&late).is_empty(),
        "undated articles are still read"
    );
    p.run(&["collect", "security-guarantor", "--last", "2 weeks"])
        .ok()
        .stdout_has("period: the last 2 weeks (November 1 – 14, 2023) (articles without a stated date included)");
}

#[test]
fn bad_period_flags_say_what_was_expected() {
    let p = ProjectTest::seeds();
    p.run(&["build", "--from", "2023-13-01"])
        .code(2)
        .stderr_has("2023-13-01")
        .stderr_has("expected YYYY-MM-DD");
    p.run(&["collect", "security-guarantor", "--last", "3 fortnights"])
        .code(2)
        .stderr_has("`fortnights` is not a unit")
        .stderr_has("\"30 days\"");
    p.run(&["build", "--from", "2023-09-01", "--to", "2023-08-01"])
        .code(2)
        .stderr_has("--to 2023-08-01 is before --from 2023-09-01");
    p.run(&["build", "--last", "30 days", "--from", "2023-09-01"])
        .code(2)
        .stderr_has("cannot be used with");
    assert!(!p.exists("output/security-guarantor.pdf"));
}

#[test]
fn bad_period_in_the_config_is_located() {
    let p = ProjectTest::seeds();
    p.edit_config(
        "passages-per-cell = 2",
        "passages-per-cell = 2\nfrom = \"2023-09-01\"",
    );
    let line = p
        .read("juxta.toml")
        .lines()
        .position(|l| l.starts_with("from = "))
        .unwrap()
        + 1;
    p.run(&["build"])
        .code(2)
        .stderr_has(&format!("error: juxta.toml:{line}:8: theme `security-guarantor`: from must be a date, not a string"))
        .stderr_has("hint: write the date bare, without quotes: from = 2023-09-01");
}

#[test]
fn check_takes_the_same_flags() {
    let p = ProjectTest::seeds();
    let dw_gaps = |stderr: &str| stderr.matches("no passage of DW matches").count();
    let all = p.run(&["check"]).ok();
    assert!(!all.stderr.contains("(period:"), "{}", all.stderr);
    let late = p.run(&["check", "--from", "2023-01-01"]).ok();
    late.stderr_has("pages) (period: since January 1, 2023)")
        .stderr_has("no passage of DW matches (period: since January 1, 2023)");
    assert!(
        dw_gaps(&late.stderr) > dw_gaps(&all.stderr),
        "DW's only article is from 2016: out of the period, no facet matches it\n{}",
        late.stderr
    );
    p.run(&["check", "--last", "3 fortnights"])
        .code(2)
        .stderr_has("`fortnights` is not a unit");
    p.run(&["check", "--from", "2023-09-01", "--to", "2023-08-01"])
        .code(2)
        .stderr_has("--to 2023-08-01 is before --from 2023-09-01");
}
