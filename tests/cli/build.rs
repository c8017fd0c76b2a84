//! `juxta build` end to end: the PDF exists and its text shows every outlet
//! and passages from each outlet's articles.

use crate::common::{pdf_text, squeeze};
use crate::harness::ProjectTest;

#[test]
fn build_default_theme_writes_a_pdf_with_every_outlet_and_passage() {
    let p = ProjectTest::seeds();
    p.run(&["build"])
        .ok()
        .stderr_has("built     output/security-guarantor.pdf");
    let pdf = p.path().join("output/security-guarantor.pdf");
    assert!(pdf.is_file());
    let text = pdf_text(&pdf);
    let flat = squeeze(&text);
    for name in ["The Moscow Times", "DW", "Carnegie", "Development Magazine"] {
        assert!(
            text.contains(name) || flat.contains(&squeeze(name)),
            "{name} missing"
        );
    }
    // Each outlet's passages, as `collect --json` reports them, are in the
    // PDF: whole, or (over 90 words) as the excerpt the briefing data gives,
    // whose kept text is part of the passage.
    let v = p
        .run(&["collect", "security-guarantor", "--json"])
        .ok()
        .json();
    p.run(&["build", "--force", "--emit", "json"]).ok();
    let b: serde_json::Value =
        serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
    let mut excerpts = 0;
    for outlet in ["moscow-times", "dw", "carnegie", "development-magazine"] {
        let passages: Vec<String> = v["facets"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["cells"].as_array().unwrap().iter())
            .filter(|c| c["outlet"] == outlet)
            .flat_map(|c| c["passages"].as_array().unwrap().iter())
            .map(|p| p["text"].as_str().unwrap().to_string())
            .collect();
        assert!(!passages.is_empty(), "no passage for {outlet}");
        for passage in &passages {
            let shown = shown_text(&b, passage);
            excerpts += usize::from(shown != *passage);
            assert!(
                passage.contains(
                    shown
                        .trim_start_matches("[…] ")
                        .split(" […]")
                        .next()
                        .unwrap()
                ),
                "{shown}"
            );
            let start: String = squeeze(&shown).chars().take(60).collect();
            assert!(
                flat.contains(&start),
                "passage of {outlet} not in the PDF: {shown}"
            );
        }
    }
    assert!(excerpts > 0, "no long seed passage is shown as an excerpt");
    // No temporary files are left next to the PDF.
    let leftovers: Vec<_> = std::fs::read_dir(p.path().join("output"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn typst_markup_in_articles_prints_literally() {
    let p = ProjectTest::seeds();
    p.write(
        "sources/dw/markup.txt",
        "Russia said #set page(width: 1cm) and $x^2$ and *bold* and [link] and _under_ mean nothing here, Moscow added.\n",
    );
    p.edit_config(
        "[[themes.security-guarantor.facets]]\nid = \"alliance\"",
        "[[themes.security-guarantor.facets]]\nid = \"markup\"\ntitle = \"Markup\"\nquery = 'bold'\n\n[[themes.security-guarantor.facets]]\nid = \"alliance\"",
    );
    p.run(&["build"]).ok();
    let flat = squeeze(&pdf_text(&p.path().join("output/security-guarantor.pdf")));
    assert!(
        flat.contains(&squeeze(
            "#set page(width: 1cm) and $x^2$ and *bold* and [link]"
        )),
        "markup was not printed literally"
    );
}

#[test]
fn cell_without_passage_says_so() {
    let p = ProjectTest::seeds();
    // A facet only one outlet can match.
    p.edit_config(
        "[[themes.security-guarantor.facets]]\nid = \"alliance\"",
        "[[themes.security-guarantor.facets]]\nid = \"gyumri\"\ntitle = \"Gyumri\"\nquery = 'Gyumri'\n\n[[themes.security-guarantor.facets]]\nid = \"alliance\"",
    );
    p.run(&["build"]).ok();
    let text = pdf_text(&p.path().join("output/security-guarantor.pdf"));
    assert!(text.contains("No passage on this facet"), "{text}");
}

/// The text the briefing data `b` shows for the passage whose full text is
/// `text`: its excerpt's segments when it has one, else the text.
fn shown_text(b: &serde_json::Value, text: &str) -> String {
    let p = b["facets"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["cells"].as_array().unwrap().iter())
        .flat_map(|c| c["passages"].as_array().unwrap().iter())
        .find(|p| p["text"] == text)
        .unwrap_or_else(|| panic!("not in the briefing data: {text}"));
    match p["excerpt"].as_array() {
        Some(segs) => segs.iter().map(|s| s["text"].as_str().unwrap()).collect(),
        None => text.to_string(),
    }
}
