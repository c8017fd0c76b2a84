//! The seed briefing stays byte-identical: the bundled project (the
//! repository's juxta.toml, sources/ and report-templates/) built with a fixed
//! `SOURCE_DATE_EPOCH` gives exactly the PDF and briefing JSON recorded below,
//! and `collect --json` and `inspect --json` give exactly their snapshots.
//!
//! The constants were recorded from the code before issue 12's refactor
//! (commit 80ebf45), with `SOURCE_DATE_EPOCH=1700000000`. A refactor must
//! not change them. After a deliberate change of output (a template, the
//! cleaning rules, the briefing data), re-record:
//!
//! ```text
//! cd "$(mktemp -d)" && cp -r REPO/{juxta.toml,sources,report-templates} .
//! SOURCE_DATE_EPOCH=1700000000 juxta build --emit pdf,json
//! sha256sum output/security-guarantor.pdf output/security-guarantor.json
//! ```
//!
//! Re-recorded for issue 15: the cover names the period ("Period: all dates
//! · 3 of 5 articles state no date"), the Sources appendix ends with one
//! line per outlet (matching the theme / in the period / read), and the data
//! has `period`, `omitted`, `outlets[].articles_read`/`articles_matched`,
//! `comparison.timeline.chart`, with the comparison's lists bounded; pages
//! 2–7 are pixel-identical.
//!
//! Re-recorded for issue 16, class 7: each passage carries
//! `also_under_title` (null on every seed passage), so templates no longer
//! pass every facet to each passage; and for issue 17 each citation and
//! source carries `retrieved` (null: no seed was fetched). The PDF is
//! unchanged.
//!
//! Re-recorded for issue 19: a summary page after the cover (`summary`),
//! long passages shown as excerpts (`excerpt`, `cut_off_end`), a passage
//! shown again under a later facet as a reference (`repeat_of`), outlets
//! without a passage named on one line, the sources in juxta.toml's order;
//! 8 pages. Part 2: the summary page says "First build of this theme:
//! nothing to compare with." (a fresh folder has no record in
//! `.juxta/briefings/`), and the data has `since` and a `new` flag (false)
//! on every passage. Part 3: the seed theme has two framing lexicons
//! (juxta.toml): `comparison.framing`, `omitted.framing_forms` and
//! `framing_examples` in the data, a "Framing" section after "Distinctive
//! terms" in the PDF, and a framing line per outlet in the summary.
//!
//! Then put the sums in [`SEED_PDF_SHA256`] and [`SEED_JSON_SHA256`], and accept
//! the new snapshots with `cargo insta review` (or `INSTA_UPDATE=always cargo
//! test --release --test cli seed_`), saying in the commit why the briefing changed.

use sha2::{Digest, Sha256};

use crate::harness::{ProjectTest, SOURCE_DATE_EPOCH};

/// sha256 of output/security-guarantor.pdf, built from the seeds.
pub(crate) const SEED_PDF_SHA256: &str =
    "070dcbca5ed85338df16a02b1974f0f247d9a2ae5b3676894afd6221ae0210c1";

/// sha256 of output/security-guarantor.json (`--emit pdf,json`), built from the seeds.
pub(crate) const SEED_JSON_SHA256: &str =
    "29451ddd28c55a103fc34122904c657b58cecdd7e5c06821cbb8bc4326a9f06b";

fn sha256_of(p: &ProjectTest, rel: &str) -> String {
    let bytes = std::fs::read(p.path().join(rel)).unwrap();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn seed_briefing_pdf_and_json_are_byte_identical() {
    assert_eq!(SOURCE_DATE_EPOCH, "1700000000", "the hashes assume it");
    let p = ProjectTest::seeds();
    p.run(&["build"]).ok().snapshot("build");
    assert_eq!(
        sha256_of(&p, "output/security-guarantor.pdf"),
        SEED_PDF_SHA256,
        "the seed briefing PDF changed"
    );
    // The briefing data, and the PDF again, when the JSON is emitted too.
    p.run(&["build", "--emit", "pdf,json"])
        .ok()
        .snapshot("build-emit-pdf-json");
    assert_eq!(
        sha256_of(&p, "output/security-guarantor.json"),
        SEED_JSON_SHA256,
        "the seed briefing JSON changed"
    );
    assert_eq!(
        sha256_of(&p, "output/security-guarantor.pdf"),
        SEED_PDF_SHA256,
        "emitting the JSON too changed the PDF"
    );
    p.snapshot_file("output/security-guarantor.json", "briefing-json");
}

#[test]
fn seed_collect_json_is_unchanged() {
    let p = ProjectTest::seeds();
    let r = p.run(&["collect", "security-guarantor", "--json"]).ok();
    r.json();
    r.stdout_snapshot("collect-json");
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn seed_inspect_json_is_unchanged() {
    let p = ProjectTest::seeds();
    let r = p.run(&["inspect", "--json"]).ok();
    assert_eq!(r.json().as_array().unwrap().len(), 5, "every seed source");
    r.stdout_snapshot("inspect-json");
    r.stderr_snapshot("inspect-json-stderr");
}
