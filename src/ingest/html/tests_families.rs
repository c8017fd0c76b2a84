//! Tests of HTML families: table-laid-out pages, paragraphs set apart by
//! an indent, the headline in a title with the site's name, the day a page
//! shows for a UTC moment, paywalls, subheadings the extractor's text
//! left out, the edges under an article, writers' names.

use super::blocks::{Block, html_blocks};
use super::page_meta::author_list;
use super::tests::ingest_str as read;
use super::*;

fn texts(d: &Document) -> Vec<&str> {
    d.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

fn block(text: &str, heading: Option<usize>) -> Block {
    Block {
        lines: vec![text.to_string()],
        heading,
        locs: Vec::new(),
    }
}

/// A page laid out with nested tables: a side menu, a weather box, the
/// headline, a date, the article cell (a photo table with its caption,
/// then `body`), a list of other news, a footer.
fn table_page(title: &str, site: &str, date: &str, body: &str, caption: &str) -> String {
    let menu: String = ["News", "Editorial", "Sports", "Events", "Archive"]
        .iter()
        .map(|m| format!("<tr><td class=\"menu\"><a href=\"/{m}\">{m}</a></td></tr>\n"))
        .collect();
    format!(
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n\
         <title>{title}{site}</title>\n</head>\n<body>\n\
         <table width=\"780\" border=\"0\"><tr><td colspan=\"3\"><img src=\"/logo.gif\" alt=\"\"></td></tr>\n\
         <tr><td width=\"160\" valign=\"top\"><table width=\"160\">\n{menu}\
         <tr><td class=\"weather\">Weather<br>Sunny 22 / 17</td></tr></table></td>\n\
         <td width=\"10\"><img src=\"/spacer.gif\" width=\"10\" height=\"1\" alt=\"\"></td>\n\
         <td width=\"610\" valign=\"top\"><table width=\"100%\">\n\
         <tr><td class=\"crumbs\"><a href=\"/\">Home</a> &gt; <a href=\"/news\">News</a></td></tr>\n\
         <tr><td class=\"date\" align=\"right\">{date}</td></tr>\n\
         <tr><td class=\"title\"><h3>{title}</h3></td></tr>\n\
         <tr><td class=\"text\">\n<table align=\"right\" width=\"310\"><tr><td><img src=\"/p.jpg\" alt=\"\"></td></tr>\n\
         <tr><td class=\"caption\">{caption}</td></tr></table>\n{body}\n</td></tr>\n\
         <tr><td class=\"list\">Other news</td></tr>\n\
         <tr><td>・<a href=\"/a/1\">Council to debate the new ferry terminal in February</a></td></tr>\n\
         <tr><td>・<a href=\"/a/2\">Visitor numbers rose eight percent in December</a></td></tr>\n\
         <tr><td>・<a href=\"/a/3\">High school team third in the prefectural relay</a></td></tr>\n\
         </table></td></tr>\n\
         <tr><td colspan=\"3\"><font color=\"#FFFFFF\">Example Shimbun, 614 Harbour Road<br>Copyright (C) 2028 Example Shimbun. All rights reserved.</font></td></tr>\n\
         </table>\n</body>\n</html>\n"
    )
}

#[test]
fn a_table_laid_out_page_is_read_as_its_article_cell() {
    // Japanese: paragraphs indented with an ideographic space, set apart
    // by a line break alone; the headline's halves joined by one.
    let ja = [
        "市議会は１７日、新しいフェリーターミナルの建設費を盛り込んだ補正予算案を全会一致で可決した。工事は来月にも始まる見通しだ。",
        "ターミナルは港の北側に建設され、待合室や売店のほか、観光案内所も設けられる。市は来年春の完成を目指している。",
        "市長は「島の玄関口にふさわしい施設にしたい」と述べ、地元の業者にも協力を呼び掛けた。",
        "議会では、建設費が当初の見込みより２割ほど膨らんだことを問う声も上がったが、市は資材価格の高騰が理由だと説明した。",
        "完成後は、これまで港の南側に分かれていた離島航路の乗り場が一か所にまとまり、乗り継ぎが便利になるという。",
    ];
    let body: String = ja.iter().map(|p| format!("　{p}<br>\n")).collect();
    let page = table_page(
        "新ターミナル建設へ　補正予算案を可決",
        "｜例日報",
        "2028年1月18日（火）",
        &body,
        "【写真】補正予算案を可決した市議会＝１７日",
    );
    let d = read(&page);
    assert_eq!(texts(&d), ja, "{:#?}", d.removed);
    assert_eq!(
        d.title.as_deref(),
        Some("新ターミナル建設へ 補正予算案を可決")
    );
    assert_eq!(d.date.map(|x| x.to_string()).as_deref(), Some("2028-01-18"));
    assert!(
        d.removed
            .iter()
            .any(|r| r.reason == Reason::Caption && r.text.starts_with("【写真】")),
        "{:#?}",
        d.removed
    );
    // Chinese: two ideographic spaces open each paragraph.
    let zh = [
        "市政府昨天宣布，新的渡轮码头将于明年春天完工，总投资约三亿元。码头建成后，每天可接待旅客一万人次。",
        "据介绍，码头将设有候船大厅、商店和旅游咨询中心。市长表示，这将是岛屿的新门户。",
        "有议员在会上询问工程费用为何比最初的估算高出两成，市政府解释说，主要是建筑材料价格上涨所致。",
        "码头完工后，原本分散在港口南侧的几个离岛航线候船点将集中到一处，旅客换乘将更加方便。",
        "市政府还表示，施工期间现有码头照常运营，不会影响居民和游客的出行。",
        "当地商会对这一项目表示欢迎，认为新码头将为岛上的旅游业和商业带来更多机会。",
    ];
    let body: String = zh.iter().map(|p| format!("　　{p}<br>\n")).collect();
    let d = read(&table_page(
        "新渡轮码头明年完工",
        " - 例日报",
        "2028年3月2日",
        &body,
        "图为码头效果图",
    ));
    assert_eq!(texts(&d), zh, "{:#?}", d.removed);
    assert_eq!(d.date.map(|x| x.to_string()).as_deref(), Some("2028-03-02"));
    // An English small-town page: paragraphs set apart by two breaks.
    let en = [
        "The county board voted on Tuesday to rebuild the ferry landing at the north end of the harbor, ending a debate that has gone on for three years.",
        "Work is to start in the spring, and the landing should be open again before the summer season, the board's chairman said after the vote.",
    ];
    let body = format!("{}<br><br>\n{}", en[0], en[1]);
    let d = read(&table_page(
        "Board votes to rebuild ferry landing",
        " | Harbor Times",
        "January 18, 2028",
        &body,
        "The old landing in 2019.",
    ));
    assert_eq!(texts(&d), en, "{:#?}", d.removed);
    assert!(!d.paragraphs.iter().any(|p| p.text.contains("Council")));
}

#[test]
fn a_modern_page_with_a_table_in_its_article_reads_as_before() {
    let rows = "<table><tr><td>Line</td><td>Minutes</td><td>Fare</td></tr>\
                <tr><td>Centre to Port</td><td>52</td><td>2.60</td></tr></table>";
    let body = format!(
        "<p>{}</p>\n{rows}\n<p>{}</p>\n<p>{}</p>",
        "The new line opens next month, the operator said on Monday, almost fourteen years after work on it began.",
        "Fares were set by adding a charge per kilometre to the basic fare, and travel cards give a discount.",
        "Commuters said they expected the trip to take half as long as it does by bus today."
    );
    let page = format!(
        "<html><head><title>New line opens next month</title></head><body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>New line opens next month</h1>{body}</article></body></html>"
    );
    let d = read(&page);
    assert!(
        texts(&d).contains(&"Centre to Port | 52 | 2.60"),
        "{:?}",
        texts(&d)
    );
    assert_eq!(d.paragraphs.iter().filter(|p| !p.heading).count(), 5);
}

#[test]
fn lines_set_apart_by_an_indent_alone_are_paragraphs() {
    let blocks = |h: &str| -> Vec<String> {
        html_blocks(&dom::parse(h))
            .iter()
            .map(Block::text)
            .collect()
    };
    assert_eq!(
        blocks("<div>　第一段です。<br>\n　第二段です。<br>　第三段です。</div>"),
        ["第一段です。", "第二段です。", "第三段です。"]
    );
    // Two no-break spaces as the indent; a first line without one (a
    // dateline) is a paragraph of its own.
    assert_eq!(
        blocks(
            "<td>SPRINGFIELD<br>&nbsp;&nbsp;The vote was close.<br>&nbsp;&nbsp;The board will meet again.</td>"
        ),
        [
            "SPRINGFIELD",
            "The vote was close.",
            "The board will meet again."
        ]
    );
    // Counter-examples: an address, verse without sentence ends, a single
    // indented line: one block each, its lines joined.
    assert_eq!(
        blocks("<p>Jane Doe<br>12 Main Street<br>Springfield</p>"),
        ["Jane Doe 12 Main Street Springfield"]
    );
    assert_eq!(
        blocks("<p>&nbsp;&nbsp;The harbour at dawn<br>&nbsp;&nbsp;the boats asleep</p>"),
        ["The harbour at dawn the boats asleep"]
    );
    assert_eq!(
        blocks("<p>　見出しの行<br>本文の続きです。</p>"),
        ["見出しの行 本文の続きです。"]
    );
}

#[test]
fn a_title_is_the_headline_without_the_site_s_name_after_a_mark() {
    let page = |heads: &[(&str, usize)]| -> Vec<Block> {
        heads.iter().map(|(t, h)| block(t, Some(*h))).collect()
    };
    let cases = [
        (
            "港に大型船２隻が寄港　乗客約７千人｜例日報社",
            page(&[("港に大型船２隻が寄港　乗客約７千人", 3)]),
            "港に大型船２隻が寄港　乗客約７千人",
        ),
        (
            "Board votes to rebuild ferry landing | Harbor Times",
            page(&[("Board votes to rebuild ferry landing", 1)]),
            "Board votes to rebuild ferry landing",
        ),
        (
            "부전~마산 복선전철 내달 개통 - 예시일보",
            page(&[("부전~마산 복선전철 내달 개통", 3)]),
            "부전~마산 복선전철 내달 개통",
        ),
    ];
    for (title, heads, want) in cases {
        assert_eq!(
            headline_in_title(title, &heads).as_deref(),
            Some(want),
            "{title}"
        );
    }
    // Counter-examples: a section's heading the title opens with, a title
    // that is the heading, a long rest, no mark.
    for (title, heads) in [
        ("Climate: the new deal", page(&[("Climate", 2)])),
        (
            "Water prices: the new deal for farmers",
            page(&[("Water prices", 2)]),
        ),
        (
            "Board votes to rebuild",
            page(&[("Board votes to rebuild", 1)]),
        ),
        (
            "Board votes to rebuild ferry landing - and what the harbor will look like after the work is done",
            page(&[("Board votes to rebuild ferry landing", 1)]),
        ),
        (
            "Board votes to rebuild ferry landing today",
            page(&[("Board votes to rebuild ferry landing", 1)]),
        ),
    ] {
        assert_eq!(headline_in_title(title, &heads), None, "{title}");
    }
}

fn article_page(head: &str, byline: &str, body: &str, after: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<title>Water tariffs rise in the capital</title>\n{head}\n</head>\n<body>\n\
         <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>\n\
         <article>\n<h1>Water tariffs rise in the capital</h1>\n{byline}\n<div class=\"body\">\n{body}\n</div>\n{after}\n</article>\n\
         <footer><p>Copyright 2028 Example Daily.</p></footer>\n</body>\n</html>\n"
    )
}

const P1: &str = "The city council approved new water tariffs on Wednesday, the first rise in six years, after a debate that lasted most of the afternoon.";
const P2: &str = "Households will pay eleven percent more from March, while businesses face a rise of fourteen percent, according to the decision.";
const P3: &str = "The opposition said the rise would hit poorer families hardest and promised to challenge the decision in court next month.";

fn three() -> String {
    format!("<p>{P1}</p>\n<p>{P2}</p>\n<p>{P3}</p>")
}

#[test]
fn a_utc_timestamp_yields_to_the_day_the_page_shows() {
    // The metadata's moment is the next day in UTC; the page's time
    // element shows the local evening.
    let head = r#"<meta property="article:published_time" content="2028-01-15T01:32:10.481Z">"#;
    let byline = r#"<p class="meta">By Ana Pérez <time datetime="2028-01-15T01:32:10.481Z">14 ENE 2028 10:32 PM</time></p>"#;
    let d = read(&article_page(head, byline, &three(), ""));
    assert_eq!(d.date.unwrap().to_string(), "2028-01-14");
    // The time element states the moment with the outlet's offset.
    let head = r#"<meta property="article:published_time" content="2028-03-11T21:05:00+00:00">"#;
    let byline = r#"<p class="meta"><time datetime="2028-03-12T00:05:00+03:00">الأحد 12 آذار 2028</time></p>"#;
    let d = read(&article_page(head, byline, &three(), ""));
    assert_eq!(d.date.unwrap().to_string(), "2028-03-12");
    // Counter-examples: no date shown, or a time element of another
    // moment (a related story's): the metadata's day.
    let d = read(&article_page(head, "", &three(), ""));
    assert_eq!(d.date.unwrap().to_string(), "2028-03-11");
    let other = r#"<aside><time datetime="2028-03-09T22:00:00Z">10 March 2028</time></aside>"#;
    let d = read(&article_page(head, "", &three(), other));
    assert_eq!(d.date.unwrap().to_string(), "2028-03-11");
}

#[test]
fn a_paywall_under_the_free_part_cuts_the_text_off() {
    let not_free = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Water tariffs rise in the capital","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".restricted"}}</script>"#;
    // The note in French (inclusive writing), German, Spanish, with and
    // without the page's metadata.
    for (head, note) in [
        (
            not_free,
            "La lecture des articles est réservée aux abonné·es.",
        ),
        ("", "Dieser Artikel ist nur für Abonnenten verfügbar."),
        ("", "Este contenido es exclusivo para suscriptores"),
    ] {
        let after =
            format!("<div class=\"restricted\"></div><div class=\"wall\"><p>{note}</p></div>");
        let d = read(&article_page(head, "", &three(), &after));
        assert_eq!(texts(&d), [P1, P2, P3], "{note}");
        // The note is recorded under the text, so the reading of the
        // document finds it cut off; the page's metadata cuts it off here.
        assert!(
            d.removed.iter().any(|r| r.text == note),
            "{note}: {:#?}",
            d.removed
        );
        let cut = d.truncated || crate::ingest::truncation::cut_off(&d).is_some();
        assert!(cut, "{note}: {:#?}", d.removed);
    }
    // The metadata alone: the part for subscribers is an empty element.
    let d = read(&article_page(
        not_free,
        "",
        &three(),
        "<div class=\"restricted\"></div>",
    ));
    assert!(d.truncated);
}

#[test]
fn a_page_that_holds_its_part_for_subscribers_is_not_cut_off_by_its_metadata() {
    let head = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Water tariffs rise in the capital","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".subscriber-only"}}</script>"#;
    let body =
        format!("<p>{P1}</p>\n<div class=\"subscriber-only\"><p>{P2}</p>\n<p>{P3}</p></div>");
    let after = "<div class=\"box\"><p>Already a subscriber? Log in</p></div>";
    let d = read(&article_page(head, "", &body, after));
    assert!(!d.truncated, "{:#?}", d.removed);
}

#[test]
fn a_subheading_left_out_of_the_extractor_s_text_between_paragraphs_stays() {
    let p = |t: &str| block(t, None);
    let blocks = [
        p(P1),
        block("Three routes studied", Some(2)),
        p(P2),
        block("Share this article", Some(3)),
        block("Related coverage", Some(2)),
    ];
    let mut fates = vec![
        Fate::Keep,
        Fate::Removed(Reason::NotInText),
        Fate::Keep,
        Fate::Removed(Reason::NotInText),
        Fate::Removed(Reason::NotInText),
    ];
    keep_subheadings(&blocks, &mut fates, &HashSet::new());
    assert_eq!(fates[1], Fate::Keep);
    // Not between two of the article's paragraphs: left out.
    assert_eq!(fates[3], Fate::Removed(Reason::NotInText));
    assert_eq!(fates[4], Fate::Removed(Reason::NotInText));
    // A run of headings left out between paragraphs (other stories), a
    // rule, a call to subscribe: left out.
    let gone = Fate::Removed(Reason::NotInText);
    for heads in [
        &["Man shot at gas station dies", "Ferry fares to rise in May"][..],
        &["______________________________"][..],
        &["Subscribe to the Morning Review newsletter"][..],
    ] {
        let mut blocks = vec![p(P1)];
        blocks.extend(heads.iter().map(|h| block(h, Some(3))));
        blocks.push(p(P2));
        let mut fates = vec![gone; blocks.len()];
        fates[0] = Fate::Keep;
        *fates.last_mut().unwrap() = Fate::Keep;
        keep_subheadings(&blocks, &mut fates, &HashSet::new());
        assert!(
            fates[1..fates.len() - 1].iter().all(|f| *f == gone),
            "{heads:?}"
        );
    }
    // Past a live blog entry's time left out.
    let blocks = [p(P1), p("18:47"), block("Talks begin", Some(3)), p(P2)];
    let mut fates = vec![Fate::Keep, gone, gone, Fate::Keep];
    keep_subheadings(&blocks, &mut fates, &HashSet::new());
    assert_eq!(fates[2], Fate::Keep);
    // A heading that is all one link (another story's headline) between
    // the paragraphs: left out.
    let blocks = [p(P1), block("Ferry fares to rise in May", Some(3)), p(P2)];
    let mut fates = vec![Fate::Keep, gone, Fate::Keep];
    let linked: HashSet<String> = [squeeze("Ferry fares to rise in May")].into();
    keep_subheadings(&blocks, &mut fates, &linked);
    assert_eq!(fates[1], gone);
    // A paragraph left out is no subheading.
    let blocks = [p(P1), p(P2), p(P3)];
    let mut fates = vec![Fate::Keep, Fate::Removed(Reason::NotInText), Fate::Keep];
    keep_subheadings(&blocks, &mut fates, &HashSet::new());
    assert_eq!(fates[1], Fate::Removed(Reason::NotInText));
}

#[test]
fn headings_that_are_all_one_link_are_another_story_s() {
    let dom = dom::parse(
        "<h3><a href=\"/a/1\">Ferry fares to rise in May</a></h3>\
         <h3><span>Updated</span><a href=\"/a/2\">Police name the two men found in the river</a></h3>\
         <h2>Die Pläne der <a href=\"/stadt\">Stadt</a></h2><h3>Three routes studied</h3>",
    );
    let linked = linked_headings(&dom);
    assert!(linked.contains(&squeeze("Ferry fares to rise in May")));
    assert!(linked.contains(&squeeze(
        "UpdatedPolice name the two men found in the river"
    )));
    // A link inside a heading's words, a heading without a link: the
    // article's own.
    assert!(!linked.contains(&squeeze("Die Pläne der Stadt")));
    assert!(!linked.contains(&squeeze("Three routes studied")));
}

#[test]
fn a_description_without_a_sentence_s_end_over_the_text_is_the_standfirst() {
    for desc in [
        "Мэрия утвердила проект: на ремонт закроют три школы",
        "Council approves the first rise in six years despite protests",
    ] {
        let head = format!("<meta name=\"description\" content=\"{desc}\">");
        let body = format!("<div class=\"lead\">{desc}</div>\n{}", three());
        let d = read(&article_page(&head, "", &body, ""));
        assert_eq!(texts(&d), [P1, P2, P3], "{desc}");
        assert_eq!(d.subtitle.as_deref(), Some(desc));
    }
}

#[test]
fn the_writer_s_box_and_related_heads_under_the_text_go() {
    let refs = |v: &[Block]| -> Vec<Option<Reason>> {
        let r: Vec<&Block> = v.iter().collect();
        edges::edge_noise(&r)
    };
    let p = |t: &str| block(t, None);
    let got = refs(&[
        p(P1),
        p(P2),
        p("김민지 기자 minji@example.kr"),
        p("교통과 도시 문제를 취재합니다."),
        p("후원하기"),
    ]);
    assert_eq!(
        got,
        [
            None,
            None,
            Some(Reason::SignOff),
            Some(Reason::SignOff),
            Some(Reason::Promotion)
        ]
    );
    for head in [
        "Новости партнёров",
        "Читайте также",
        "Lesen Sie auch",
        "다른기사 보기",
        "■ ほかのニュース",
        "اقرأ أيضاً",
    ] {
        let got = refs(&[p(P1), p(P2), p(head), p("Another story of the day")]);
        assert_eq!(
            got,
            [None, None, Some(Reason::Related), Some(Reason::Related)],
            "{head}"
        );
    }
    // Counter-examples: a short last line of the text, an address in a
    // sentence of the text.
    let got = refs(&[
        p(P1),
        p(P2),
        p("Write to the council at info@example.org before March."),
    ]);
    assert_eq!(got, [None, None, None]);
    let got = refs(&[p(P1), p(P2), p("The board will meet again in March.")]);
    assert_eq!(got, [None, None, None]);
}

#[test]
fn writers_jobs_and_default_accounts_are_no_names() {
    assert_eq!(author_list("김민지 기자"), ["김민지"]);
    assert_eq!(author_list("박지훈 선임기자"), ["박지훈"]);
    assert_eq!(author_list("王伟 记者"), ["王伟"]);
    assert_eq!(author_list("Super User"), Vec::<String>::new());
    assert_eq!(author_list("admin"), Vec::<String>::new());
    // Names that hold such words stay.
    assert_eq!(author_list("Jane Superuser"), ["Jane Superuser"]);
    assert_eq!(author_list("김기자"), ["김기자"]);
}

#[test]
fn a_body_split_in_a_preview_and_the_rest_is_read_whole() {
    let p4 = "The council will publish the new tariffs in its gazette next week, and the water company must print them on every bill from April onwards.";
    let p5 = "Consumer groups said they would study the figures before deciding whether to join the opposition's case against the decision in court.";
    let page = |preview: &str| {
        format!(
            "<html><head><title>Water tariffs rise in the capital | News | example.com</title></head><body>\
             <nav><a href=\"/\">Home</a></nav><article><header><h1>Water tariffs rise in the capital</h1></header>\
             <div class=\"meta\">By Jane Doe</div>\
             <div id=\"asset-content\">{preview}\
             <div id=\"article-body\" itemprop=\"articleBody\" class=\"asset-body\"><div class=\"subscriber-only\">\
             <p>{P3}</p><p>{p4}</p><p>{p5}</p></div></div></div></article>\
             <footer><p>Copyright 2028 Example.</p></footer></body></html>"
        )
    };
    let preview = |ps: &str| format!("<div class=\"subscriber-preview\">{ps}</div>");
    let d = read(&page(&preview(&format!("<p>{P1}</p><p>{P2}</p>"))));
    assert_eq!(texts(&d), [P1, P2, P3, p4, p5], "{:#?}", d.removed);
    // One paragraph before the body is a lead: as the extractor reads it.
    let d = read(&page(&preview(&format!("<p>{P1}</p>"))));
    assert!(texts(&d).ends_with(&[P3, p4, p5]));
    assert!(texts(&d).iter().filter(|t| **t == P1).count() <= 1);
    // Paragraphs above the byline are no preview of the body.
    let standfirst = page("").replace(
        "<div class=\"meta\">By Jane Doe</div>",
        &format!(
            "<div class=\"lead\"><p>{P1}</p><p>{P2}</p></div><div class=\"meta\">By Jane Doe</div>"
        ),
    );
    let d = read(&standfirst);
    assert!(texts(&d).ends_with(&[P3, p4, p5]));
    assert!(texts(&d).iter().filter(|t| **t == P1).count() <= 1);
}
