//! Tests of HTML ingestion: blocks, line numbers, metadata, guards.

use super::depth::limit_depth;
use super::source::{NodeKind, SourceText};
use super::*;

#[test]
fn paragraphs_left_outside_the_article_are_recorded() {
    let body = "<p>Russia has a military base in Gyumri, and the government in Yerevan says it relies on it for its security in the region.</p>".repeat(6);
    let page = format!(
        "<html><head><title>Russia and Armenia</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>\
         <article><h1>Russia and Armenia</h1>{body}</article>\
         <aside><p>Comments: I have lived in Gyumri for twenty years and never once saw the base do anything for the people who live next to it.</p></aside>\
         </body></html>"
    );
    let ctx = Context {
        display_path: "a.html".into(),
        ..Default::default()
    };
    let doc = ingest(&page, &ctx).unwrap();
    let outside: Vec<&Removed> = doc
        .removed
        .iter()
        .filter(|r| r.reason == Reason::Outside)
        .collect();
    assert_eq!(outside.len(), 1, "{:#?}", doc.removed);
    assert!(outside[0].text.contains("twenty years"));
    assert!(outside[0].lines[0] >= 1);
    // The menu is too short to be a paragraph: not listed.
    assert!(!doc.removed.iter().any(|r| r.text.contains("Home World")));
}

#[test]
fn nested_elements_are_not_repeated() {
    for page in [
        "<html><body><div><div><div>Russia is an ally of Armenia, the ministry said in a statement.</div></div></div></body></html>",
        "<html><head><title>X</title></head><body><div><div><div>Russia is an ally of Armenia, the ministry said in a statement.</div></div></div></body></html>",
    ] {
        let ctx = Context {
            display_path: "a.html".into(),
            ..Default::default()
        };
        let doc = ingest(page, &ctx).unwrap();
        let text: String = doc
            .paragraphs
            .iter()
            .map(|p| p.text.clone())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(text.matches("Russia is an ally").count(), 1, "{text}");
    }
}

/// A page read as `juxta inspect` reads `page.html`.
pub(super) fn ingest_str(html: &str) -> Document {
    ingest(
        html,
        &Context {
            display_path: "page.html".into(),
            ..Default::default()
        },
    )
    .unwrap()
}

const LOREM: &str = "The talks in Moscow ended without an agreement on the corridor, and both delegations said they would return next month to continue the negotiations.";

fn page(head: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<title>Talks end without a deal</title>\n{head}\n</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>\n<article>\n<h1>Talks end without a deal</h1>\n{body}\n</article>\n<footer><p>Copyright 2024 Example News. All rights reserved.</p><p><a href=\"/privacy\">Privacy policy</a></p></footer>\n</body>\n</html>\n"
    )
}

fn body_paragraphs(n: usize) -> String {
    (0..n)
        .map(|i| format!("<p>Paragraph {i}: {LOREM}</p>\n"))
        .collect()
}

#[test]
fn paragraphs_are_split_and_located() {
    let html = page("", &body_paragraphs(4));
    let d = ingest_str(&html);
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(texts[0].starts_with("Paragraph 0: The talks"));
    assert!(texts[3].starts_with("Paragraph 3: The talks"));
    // Lines are lines of the HTML file.
    for p in &d.paragraphs {
        let line = html.lines().nth(p.lines[0] - 1).unwrap();
        assert!(line.contains(&p.text[..20]), "{:?} vs {line}", p.lines);
    }
    assert_eq!(d.title.as_deref(), Some("Talks end without a deal"));
    assert_eq!(d.provenance["title"], Provenance::HtmlMetadata);
    assert_eq!(d.format, Format::Html);
}

#[test]
fn headings_are_kept_and_marked() {
    let body = format!(
        "{}<h2>What comes next</h2>\n{}",
        body_paragraphs(2),
        body_paragraphs(2)
    );
    let html = page("", &body);
    let d = ingest_str(&html);
    // The headline repeated in the body is metadata, found at its <h1>.
    assert!(
        d.metadata
            .iter()
            .any(|m| m.field == "title"
                && html.lines().nth(m.lines[0] - 1).unwrap().contains("<h1>")),
        "{:?}",
        d.metadata
    );
    let h: Vec<&str> = d
        .paragraphs
        .iter()
        .filter(|p| p.heading)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(h, vec!["What comes next"]);
    assert_eq!(d.paragraphs.len(), 5);
    assert!(d.paragraphs[2].heading);
    // The headline is metadata, not a paragraph.
    assert!(
        d.paragraphs
            .iter()
            .all(|p| p.text != "Talks end without a deal")
    );
}

#[test]
fn nav_and_footer_are_not_in_the_body() {
    let d = ingest_str(&page("", &body_paragraphs(3)));
    for p in &d.paragraphs {
        assert!(!p.text.contains("Copyright"), "{}", p.text);
        assert!(!p.text.contains("Privacy"), "{}", p.text);
        assert!(p.text != "Home" && p.text != "World", "{}", p.text);
    }
}

#[test]
fn json_ld_date_and_author_of_the_main_article() {
    let head = r#"<link rel="canonical" href="https://news.example.com/2024/05/02/talks">
<meta property="article:published_time" content="2024-05-01T23:30:00-04:00">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","@id":"https://news.example.com/2024/05/02/talks"},
 {"@type":"NewsArticle","url":"https://news.example.com/other","datePublished":"2019-01-01","author":{"@type":"Person","name":"Other Writer"}},
 {"@type":"NewsArticle","mainEntityOfPage":"https://news.example.com/2024/05/02/talks/","headline":"Talks end without a deal","datePublished":"2024-05-02T09:00:00+03:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"},{"@type":"Organization","name":"Example News"}]}
]}
</script>
<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2018-03-03","author":"Someone Else"}]}</script>"#;
    let d = ingest_str(&page(head, &body_paragraphs(3)));
    assert_eq!(d.date.unwrap().to_string(), "2024-05-02");
    assert_eq!(d.provenance["date"], Provenance::HtmlMetadata);
    assert_eq!(d.authors, vec!["Jane Doe", "John Roe"]);
    assert_eq!(d.provenance["author"], Provenance::HtmlMetadata);
}

#[test]
fn a_writers_job_after_a_dash_is_no_part_of_the_name() {
    use super::page_meta::author_list;
    assert_eq!(author_list("مهسا رحیمی - خبرنگار"), ["مهسا رحیمی"]);
    assert_eq!(author_list("Jane Smith | Staff Reporter"), ["Jane Smith"]);
    assert_eq!(author_list("By Ali Yılmaz – Muhabir"), ["Ali Yılmaz"]);
    // A place or another name after the dash is no job.
    assert_ne!(author_list("Jane Smith - Paris"), ["Jane Smith"]);
    assert_eq!(author_list("Reporter"), Vec::<String>::new());
    // A desk's name is no writer; a person beside it is.
    assert_eq!(author_list("Newsroom"), Vec::<String>::new());
    assert_eq!(author_list("Redazione"), Vec::<String>::new());
    assert_eq!(author_list("Σύνταξη"), Vec::<String>::new());
    assert_eq!(author_list("Jane Smith"), ["Jane Smith"]);
}

#[test]
fn meta_published_time_is_taken_as_written() {
    let head = r#"<meta property="article:modified_time" content="2024-06-10T10:00:00Z">
<meta property="article:published_time" content="2024-05-01T23:30:00-04:00">
<meta name="author" content="By Jane Doe">"#;
    let d = ingest_str(&page(head, &body_paragraphs(3)));
    // Not shifted to UTC (which would be May 2), not the modification date.
    assert_eq!(d.date.unwrap().to_string(), "2024-05-01");
    assert_eq!(d.authors, vec!["Jane Doe"]);
}

#[test]
fn description_repeated_in_a_heading_is_the_subtitle() {
    let desc = "Negotiators from both countries met for three days in Moscow but could not agree on the corridor.";
    let head = format!("<meta name=\"description\" content=\"{desc}\">");
    let body = format!("<h2>{desc}</h2>\n{}", body_paragraphs(3));
    let d = ingest_str(&page(&head, &body));
    assert_eq!(d.subtitle.as_deref(), Some(desc));
    assert!(d.paragraphs.iter().all(|p| p.text != desc));
    assert_eq!(d.paragraphs.len(), 3);
    assert!(d.metadata.iter().any(|m| m.field == "subtitle"));
    // A first paragraph the description quotes stays in the body.
    let body = format!("<p>{desc}</p>\n{}", body_paragraphs(3));
    let d = ingest_str(&page(&head, &body));
    assert_eq!(d.paragraphs[0].text, desc);
    assert_eq!(d.paragraphs.len(), 4);
}

#[test]
fn line_breaks_and_lists() {
    let body = format!(
        "{}<p>First line of a poem<br>second line of it<br><br>A new stanza here, with more words in it than that.</p>\n<ul><li>One item of the list that is long enough.</li><li>Another item of the list, also long enough.</li></ul>\n{}",
        body_paragraphs(2),
        body_paragraphs(1)
    );
    let d = ingest_str(&page("", &body));
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(
        texts.contains(&"First line of a poem second line of it"),
        "{texts:?}"
    );
    assert!(texts.contains(&"A new stanza here, with more words in it than that."));
    assert!(texts.contains(&"One item of the list that is long enough."));
    assert!(texts.contains(&"Another item of the list, also long enough."));
}

#[test]
fn deeply_nested_page_is_safe() {
    let html = "<div>".repeat(10_000) + "text" + &"</div>".repeat(10_000);
    let start = std::time::Instant::now();
    let r = ingest(&html, &Context::default());
    assert!(start.elapsed().as_secs() < 60, "took {:?}", start.elapsed());
    let d = r.unwrap();
    assert!(
        d.warnings.iter().any(|w| w.contains("flattened")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn deeply_nested_inline_elements_are_safe() {
    let html = page(
        "",
        &("<b>".repeat(20_000) + &body_paragraphs(3) + &"</b>".repeat(20_000)),
    );
    let r = ingest(&html, &Context::default());
    assert!(r.is_ok());
}

#[test]
fn blocks_stay_paragraphs_and_repeated_subheadings_stay() {
    let mut body = String::new();
    for i in 0..3 {
        body.push_str(&format!(
            "<h3>Serving suggestion</h3>\n<p>Part {i} of the recipe has no full stop at the end but is long enough to be a paragraph of its own</p>\n<p>and this one starts in lower case, yet it is its own block in the page too.</p>\n"
        ));
    }
    let d = ingest_str(&page("", &body));
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 9, "{texts:?}");
    assert_eq!(
        d.paragraphs.iter().filter(|p| p.heading).count(),
        3,
        "{texts:?}"
    );
    assert!(texts[1].starts_with("Part 0"));
    assert!(texts[2].starts_with("and this one"));
    assert!(d.removed.is_empty(), "{:?}", d.removed);
}

#[test]
fn related_lists_tags_and_datelines_are_removed() {
    let body = format!(
        "<p>Updated 11:06am, Nov 20 2019</p>\n{}<p>Sign up for our newsletter to get the news in your inbox.</p>\n<h3>You may also like</h3>\n<ul><li><a href=\"/a\">Another story about the talks</a></li><li><a href=\"/b\">A third story</a></li></ul>\n<p>Tags: Moscow, Talks</p>\n",
        body_paragraphs(3)
    );
    let d = ingest_str(&page("", &body));
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    let reasons: Vec<&str> = d.removed.iter().map(|r| r.reason.as_str()).collect();
    assert!(reasons.contains(&Reason::Dateline.as_str()), "{reasons:?}");
    assert!(reasons.contains(&Reason::Promotion.as_str()), "{reasons:?}");
    assert!(reasons.contains(&Reason::Related.as_str()), "{reasons:?}");
    // Removed text keeps its place in the HTML file.
    assert!(d.removed.iter().all(|r| r.lines[0] > 0));
}

#[test]
fn depth_limit_keeps_text_and_shallow_pages() {
    assert_eq!(limit_depth("<div><p>a</p><p>b</div>", 5), None);
    // Unclosed <p> and <li> do not nest.
    let flat = "<p>x".repeat(1000);
    assert_eq!(limit_depth(&flat, 5), None);
    let deep = "<div>".repeat(10) + "text" + &"</div>".repeat(10);
    let (out, depth) = limit_depth(&deep, 3).unwrap();
    assert_eq!(depth, 10);
    assert_eq!(out, "<div><div><div>text</div></div></div>");
}

/// The line of the file where each text node is found.
fn lines_found(html: &str, nodes: &[(&str, NodeKind)]) -> Vec<Option<usize>> {
    let mut s = SourceText::new(html);
    nodes
        .iter()
        .map(|(n, k)| s.find(n, *k).map(|o| s.line_at(o)))
        .collect()
}

const TEXT: NodeKind = NodeKind::Text { after_pre: false };

#[test]
fn text_is_found_where_a_tag_ends_not_in_attributes_or_scripts() {
    let html = "<a title=\"Home\">\n<b>x</b>Home</a>\n<script>var s = '<p>First words here</p>';</script>\n\n<p>First words here</p>";
    let found = lines_found(
        html,
        &[
            ("Home", TEXT),
            ("var s = '<p>First words here</p>';", NodeKind::Raw),
            ("First words here", TEXT),
        ],
    );
    assert_eq!(found, vec![Some(2), Some(3), Some(5)]);
}

#[test]
fn white_space_alone_is_not_a_match() {
    let indent = " ".repeat(40);
    let html = format!("<div>\n{indent}<img>\n<p>\n{indent}Caption words</p>");
    let node = format!("\n{indent}Caption words");
    assert_eq!(lines_found(&html, &[(&node, TEXT)]), vec![Some(3)]);
}

#[test]
fn character_references_stand_for_their_characters() {
    let html = "<p>x</p>\n<p>Caf&eacute; &amp; \n&#8220;bar&#x201D;&nbsp;AT&T</p>";
    let found = lines_found(html, &[("Café & \n“bar”\u{a0}AT&T", TEXT)]);
    assert_eq!(found, vec![Some(2)]);
}

#[test]
fn crlf_lines_count_as_one() {
    let html = "<title>T</title>\r\n<p>one\r\ntwo</p>\r\n<p>three</p>";
    let found = lines_found(html, &[("T", TEXT), ("one\ntwo", TEXT), ("three", TEXT)]);
    assert_eq!(found, vec![Some(1), Some(2), Some(4)]);
}

#[test]
fn text_the_parser_moved_is_found_before_the_cursor() {
    // A table's stray text is put before the table by the parser.
    let html = "<table><tr><td>\nCell text</td></tr>Stray text</table>";
    let found = lines_found(html, &[("Stray text", TEXT), ("\nCell text", TEXT)]);
    assert_eq!(found, vec![Some(2), Some(1)]);
}

#[test]
fn page_lines_survive_scripts_comments_and_entities() {
    let html = format!(
        "<!DOCTYPE html>\n<html><head><title>Talks end</title>\n<script>window.state = {{\"body\": \"<p>Paragraph 0: {LOREM}</p>\"}};</script>\n</head><body>\n<!-- <p>Paragraph 1: {LOREM}</p> -->\n<article>\n{}</article></body></html>\n",
        body_paragraphs(3).replace("talks", "t&aacute;lks")
    );
    let d = ingest_str(&html);
    assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
    for p in &d.paragraphs {
        let line = html.lines().nth(p.lines[0] - 1).unwrap();
        assert!(line.starts_with("<p>Paragraph"), "{:?}: {line}", p.lines);
        assert!(line.contains(&p.text[..12]), "{:?}: {line}", p.lines);
    }
}

#[test]
fn blocks_from_the_dom() {
    let dom = dom::parse(
        "<div>A <b>bold</b> word<p>Para &amp; more<br>next line<br><br>new block</p><table><tr><td>a</td><td>b</td></tr></table><h2>Head</h2><script>no</script><pre>x\n  y</pre></div>",
    );
    let blocks = html_blocks(&dom);
    let lines: Vec<Vec<&str>> = blocks
        .iter()
        .map(|b| b.lines.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        lines,
        vec![
            vec!["A bold word"],
            vec!["Para & more", "next line"],
            vec!["new block"],
            vec!["a | b"],
            vec!["Head"],
            vec!["x", "y"],
        ]
    );
    assert_eq!(blocks[4].heading, Some(2));
}

fn block_lines(html: &str) -> Vec<String> {
    html_blocks(&dom::parse(html))
        .iter()
        .map(|b| b.text())
        .collect()
}

#[test]
fn a_tables_row_is_one_block_when_its_cells_hold_paragraphs() {
    // As Apple Notes exports a table (a div in every cell), and as word
    // processors write one (a p in every cell), in several languages.
    let notes = "<div><table><tbody><tr><td><div>दूरी</div></td><td><div>किराया</div></td></tr>\
        <tr><td><div>5 स्टेशन तक</div></td><td><div>15 रुपए</div></td></tr></tbody></table></div>";
    assert_eq!(block_lines(notes), ["दूरी | किराया", "5 स्टेशन तक | 15 रुपए"]);
    let word = "<table><tr><td><p>Linie</p><p>(Nord)</p></td><td><p>Takt</p></td></tr>\
        <tr><td><p>S4</p></td><td><p>alle 20 Minuten</p></td></tr></table>";
    assert_eq!(
        block_lines(word),
        ["Linie (Nord) | Takt", "S4 | alle 20 Minuten"]
    );
    let th = "<table><tr><th><div>Ville</div></th><th><div>Tarif</div></th></tr></table>";
    assert_eq!(block_lines(th), ["Ville | Tarif"]);
    // A picture's empty cell before a caption's cell: the bar alone, as before.
    let pictured =
        "<table><tr><td><img src=\"a.jpg\"></td><td><p>The depot in May.</p></td></tr></table>";
    assert_eq!(block_lines(pictured), ["|", "The depot in May."]);
}

#[test]
fn a_page_laid_out_in_a_table_keeps_its_paragraphs() {
    // A long cell is a page's text, not a field: its paragraphs stay apart.
    let para = "The council met on Tuesday to weigh the plan for the new depot, and most of its members spoke for it at length before the vote was called late in the evening.";
    let layout = format!(
        "<table><tr><td><div>Menu</div></td><td><p>{para}</p><p>{para}</p><h2>Next steps</h2><p>{para}</p></td></tr></table>"
    );
    let got = block_lines(&layout);
    assert_eq!(got, ["Menu", para, para, "Next steps", para]);
    // Cells without paragraphs inside read as before.
    assert_eq!(
        block_lines("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"),
        ["a | b", "c | d"]
    );
    // A table inside a cell: its rows are blocks of their own.
    let nested = "<table><tr><td><div>Outer</div><table><tr><td><div>x</div></td><td><div>y</div></td></tr></table></td></tr></table>";
    assert_eq!(block_lines(nested), ["Outer", "x | y"]);
}

#[test]
fn dom_walk_does_not_recurse() {
    let deep = "<div>".repeat(3000) + "deep text" + &"</div>".repeat(3000);
    let blocks = html_blocks(&dom::parse(&deep));
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].lines, vec!["deep text"]);
}

#[test]
fn searches_for_text_not_in_the_file_stay_near_after_a_while() {
    let html = "<p>é</p>".repeat(3000);
    let mut s = SourceText::new(&html);
    for _ in 0..100 {
        assert_eq!(s.find("not there at all", TEXT), None);
    }
    assert!(s.find("é", TEXT).is_some());
}

#[test]
fn metadata_character_references_are_resolved_once() {
    use super::dom::decode_refs;
    assert_eq!(
        decode_refs("Investors don&#39;t know"),
        "Investors don't know"
    );
    assert_eq!(decode_refs("Caf&eacute; &amp; bar"), "Café & bar");
    // One level only: an encoded reference stays a reference.
    assert_eq!(decode_refs("&amp;amp;"), "&amp;");
    // Counter-examples: no reference, a bare ampersand, tags kept as text.
    assert_eq!(decode_refs("AT&T wins"), "AT&T wins");
    assert_eq!(decode_refs("Q&A: <b>x</b>"), "Q&A: <b>x</b>");
    assert_eq!(decode_refs("plain"), "plain");
}

#[test]
fn a_language_the_detector_cannot_name_is_taken_from_the_page() {
    let body = "<p>Bashkia e Tiranës ka shpallur të martën tenderin për ndërtimin e linjës së parë të tramvajit në kryeqytet, një projekt që pritet të lidhë stacionin e ri të trenit me qendrën.</p>".repeat(4);
    let sq = ingest_str(&format!(
        "<html lang=\"sq\"><head><title>Tramvaji</title></head><body><article><h1>Tramvaji</h1>{body}</article></body></html>"
    ));
    assert_eq!(sq.language.as_deref(), Some("sq"));
    assert_eq!(
        sq.provenance.get("language"),
        Some(&Provenance::HtmlMetadata)
    );
    // Counter-examples: a template's "en-US" over a text the detector can
    // name is not taken; nor is a language in no root tag.
    let body = "<p>Правительство Москвы объявило во вторник конкурс на строительство новой линии трамвая, которая соединит вокзал с центром города.</p>".repeat(4);
    let ru = ingest_str(&format!(
        "<html lang=\"en-US\"><head><title>Трамвай</title></head><body><article><h1>Трамвай</h1>{body}</article></body></html>"
    ));
    assert_ne!(ru.language.as_deref(), Some("en"));
    let none = ingest_str(&format!(
        "<html><head><title>Tramvaji</title></head><body><article lang=\"sq\"><h1>Tramvaji</h1>{body}</article></body></html>"
    ));
    assert_ne!(
        none.provenance.get("language"),
        Some(&Provenance::HtmlMetadata)
    );
}

#[test]
fn a_page_of_one_preformatted_text_is_read_as_that_text() {
    // An editor's HTML of a numbered text file: one line a paragraph.
    let lines = [
        "Council raises water rates",
        "",
        "The council voted on Tuesday to raise water rates by twelve percent.",
        "The new rates take effect on May 1, the city manager said.",
        "",
        "Residents can appeal until April, the council's clerk added.",
    ];
    let mut html = String::from(
        "<html><head><title>~/notes/rates.txt.html</title></head><body>\n<pre id='vimCodeElement'>\n",
    );
    for (i, l) in lines.iter().enumerate() {
        html.push_str(&format!(
            "<span id=\"L{n}\" class=\"LineNr\">{n:>2} </span>{l}\n",
            n = i + 1
        ));
    }
    html.push_str("</pre>\n</body></html>\n");
    let d = ingest_str(&html);
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        lines[2..]
            .iter()
            .filter(|l| !l.is_empty())
            .copied()
            .collect::<Vec<_>>()
    );
    assert_eq!(d.title.as_deref(), Some("Council raises water rates"));
    // Lines are the file's.
    assert_eq!(d.paragraphs[0].lines, [5, 5]);
}
