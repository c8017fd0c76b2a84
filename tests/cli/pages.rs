//! Page economy (issue 19): no page before the last is nearly empty, except
//! the page before a major section (Summary, Across outlets, Sources), and a
//! theme with few passages gives few pages. Pages are read with `pdftotext`
//! (Debian poppler-utils), one page at a time. Without `pdftotext` the tests
//! print that they were skipped; with `JUXTA_REQUIRE_PDFTOTEXT=1` (as
//! `.ci/run` sets, after installing it) they fail instead.

use std::path::Path;
use std::process::Command;

use crate::common::repo;
use crate::harness::ProjectTest;

/// The fewest lines of text (page head and foot not counted) a page before
/// the last must hold: a quarter of a landscape page holds about 11.
const MIN_LINES: usize = 10;

/// Sections that start on a new page; the page before one may be short.
const MAJOR: &[&str] = &["Summary", "Across outlets", "Sources"];

/// Whether `pdftotext` runs here; if not, says the test is skipped (or
/// fails when `JUXTA_REQUIRE_PDFTOTEXT` is set).
fn have_pdftotext(test: &str) -> bool {
    let ok = Command::new("pdftotext").arg("-v").output().is_ok();
    if !ok {
        assert!(
            std::env::var_os("JUXTA_REQUIRE_PDFTOTEXT").is_none(),
            "JUXTA_REQUIRE_PDFTOTEXT is set but pdftotext (Debian poppler-utils) does not run"
        );
        eprintln!("skipped {test}: pdftotext not found (apt-get install poppler-utils)");
    }
    ok
}

/// The text of each page of `pdf`, by `pdftotext -layout`.
fn pages(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (Debian poppler-utils) is needed: apt-get install poppler-utils");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// The lines of a page that hold text, without its head and foot lines.
fn body(page: &str) -> Vec<&str> {
    let lines: Vec<&str> = page
        .lines()
        .map(str::trim)
        .filter(|l| l.chars().any(char::is_alphanumeric))
        .collect();
    if lines.len() <= 2 {
        return Vec::new();
    }
    lines[1..lines.len() - 1].to_vec()
}

/// Asserts that every page of `pdf` before the last holds at least
/// [`MIN_LINES`] lines of text, unless the next one starts a major section.
fn assert_pages_filled(pdf: &Path) -> usize {
    let pages = pages(pdf);
    for (i, page) in pages.iter().enumerate().take(pages.len().saturating_sub(1)) {
        let lines = body(page).len();
        let next = body(&pages[i + 1]);
        let major_next = next
            .first()
            .is_some_and(|l| MAJOR.iter().any(|m| l.starts_with(m)));
        assert!(
            lines >= MIN_LINES || major_next,
            "{}: page {} of {} holds {lines} lines of text:\n{page}",
            pdf.display(),
            i + 1,
            pages.len()
        );
    }
    pages.len()
}

#[test]
fn body_lines_leave_out_the_page_head_and_foot() {
    let page = "  Theme   Project\n\n  1. Alliance\n  text\n  \n  Theme  page 1 of 2\n";
    assert_eq!(body(page), vec!["1. Alliance", "text"]);
    assert!(body("head\nfoot\n").is_empty());
}

#[test]
fn the_seed_briefing_has_no_nearly_empty_page() {
    if !have_pdftotext("the_seed_briefing_has_no_nearly_empty_page") {
        return;
    }
    let p = ProjectTest::seeds();
    p.run(&["build"]).ok();
    let n = assert_pages_filled(&p.path().join("output/security-guarantor.pdf"));
    assert!(n <= 10, "{n} pages");
}

/// Adds to the project's juxta.toml a side-by-side theme `id` with the
/// facets `(id, title, query)`.
fn add_theme(p: &ProjectTest, id: &str, title: &str, facets: &[(&str, &str, &str)]) {
    let mut toml = p.read("juxta.toml");
    toml += &format!("\n[themes.{id}]\ntitle = \"{title}\"\ntemplate = \"side-by-side\"\n");
    for (fid, ftitle, query) in facets {
        toml += &format!(
            "\n[[themes.{id}.facets]]\nid = \"{fid}\"\ntitle = \"{ftitle}\"\nquery = '{query}'\n"
        );
    }
    p.write("juxta.toml", toml);
}

#[test]
fn a_theme_with_two_passages_takes_few_pages_and_names_the_silent_outlets() {
    if !have_pdftotext("a_theme_with_two_passages_takes_few_pages_and_names_the_silent_outlets") {
        return;
    }
    let p = ProjectTest::seeds();
    add_theme(
        &p,
        "turkey",
        "Turkey's role",
        &[
            ("ankara", "Ankara", "Ankara AND Moscow"),
            ("erdogan", "Erdogan", "Erdogan OR Erdoğan"),
        ],
    );
    p.run(&["build", "turkey", "--emit", "pdf,json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&p.read("output/turkey.json")).unwrap();
    let shown: usize = v["facets"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["cells"].as_array().unwrap())
        .map(|c| c["passages"].as_array().unwrap().len())
        .sum();
    assert!((1..=3).contains(&shown), "{shown} passages");
    let pdf = p.path().join("output/turkey.pdf");
    let n = assert_pages_filled(&pdf);
    assert!(n <= 5, "{n} pages for {shown} passages");
    let text = pages(&pdf).join("\n");
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // The facet nobody covers is one line naming every outlet, not boxes.
    assert!(
        flat.contains("No passage on this facet: The Moscow Times (2 articles), DW (1 article), Carnegie (1 article), Development Magazine (1 article)."),
        "{flat}"
    );
}

#[test]
fn twelve_generated_outlets_have_no_nearly_empty_page() {
    if !have_pdftotext("twelve_generated_outlets_have_no_nearly_empty_page") {
        return;
    }
    let dir = ProjectTest::empty();
    let proj = dir.generate(120, 12);
    dir.cmd(&["build"]).current_dir(&proj).run().ok();
    assert_pages_filled(&proj.join("output/security-guarantor.pdf"));
    // The memo template too.
    dir.cmd(&["build", "--template", "memo"])
        .current_dir(&proj)
        .run()
        .ok();
    assert_pages_filled(&proj.join("output/security-guarantor.pdf"));
}

#[test]
fn a_passage_under_two_facets_is_shown_in_full_once() {
    let p = ProjectTest::seeds();
    // Two facets with the same query select the same passages.
    add_theme(
        &p,
        "twice",
        "Twice",
        &[
            ("first", "First", "ceasefire"),
            ("again", "Again", "ceasefire"),
        ],
    );
    p.run(&["build", "twice", "--emit", "pdf,json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&p.read("output/twice.json")).unwrap();
    let passages = |i: usize| -> Vec<serde_json::Value> {
        v["facets"][i]["cells"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["passages"].as_array().unwrap().clone())
            .collect()
    };
    let (first, again) = (passages(0), passages(1));
    assert!(!first.is_empty());
    for p in &first {
        assert!(p["repeat_of"].is_null(), "{p}");
    }
    // The collection prefers other passages for the second facet; those it
    // shows again are references to the first.
    let key = |p: &serde_json::Value| (p["source"].clone(), p["paragraph"].clone());
    let mut repeats = 0;
    for p in &again {
        if first.iter().any(|f| key(f) == key(p)) {
            repeats += 1;
            assert_eq!(p["repeat_of"], "first", "{p}");
            assert_eq!(p["repeat_of_title"], "First", "{p}");
        } else {
            assert!(p["repeat_of"].is_null(), "{p}");
        }
    }
    assert!(repeats > 0, "no passage is under both facets");
    let text = crate::common::squeeze(&crate::common::pdf_text(&p.path().join("output/twice.pdf")));
    assert_eq!(
        text.matches(&crate::common::squeeze("Shown in full under “First”"))
            .count(),
        repeats,
        "{text}"
    );
}

#[test]
fn the_summary_of_fourteen_outlets_with_two_lexicons_fits_two_pages() {
    if !have_pdftotext("the_summary_of_fourteen_outlets_with_two_lexicons_fits_two_pages") {
        return;
    }
    let dir = ProjectTest::empty();
    let proj = dir.generate(200, 14);
    // The seed theme's framing lexicons.
    let seed = std::fs::read_to_string(repo().join("juxta.toml")).unwrap();
    let lexicons = &seed[seed.find("[[themes.security-guarantor.framing]]").unwrap()..];
    let config = proj.join("juxta.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push('\n');
    text.push_str(lexicons);
    std::fs::write(&config, text).unwrap();
    dir.cmd(&["build"]).current_dir(&proj).run().ok();
    let pages = pages(&proj.join("output/security-guarantor.pdf"));
    let starts = |heading: &str| {
        pages
            .iter()
            .position(|p| body(p).contains(&heading))
            .unwrap_or_else(|| panic!("no {heading}"))
    };
    let (summary, overview) = (starts("Summary"), starts("Overview"));
    assert!(
        overview - summary <= 1,
        "the summary runs from page {} to page {}",
        summary + 1,
        overview + 1
    );
}
