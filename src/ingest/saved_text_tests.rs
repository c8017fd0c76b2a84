//! Pages saved as text the common ways, read whole: a page Pandoc turned
//! into Markdown (fenced divisions, attributes, spans, escapes, a wrap at
//! 72 columns), a browser's "Save as text" (links in angle brackets after
//! their words, headings indented, a wrap at 80 columns that breaks
//! links), and an Emacs eww buffer written out (menus as "* " items, an
//! ordered list numbered without dots, a table in padded columns).

use std::path::Path;

use super::rules::Reason;
use super::{Context, Document};

fn read(text: &str, name: &str) -> Document {
    let ctx = Context {
        display_path: name.into(),
        ..Default::default()
    };
    super::ingest_bytes(text.as_bytes(), Path::new(name), &ctx, None).expect("ingests")
}

fn texts(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

fn removed(doc: &Document, why: Reason) -> Vec<&str> {
    doc.removed
        .iter()
        .filter(|r| r.reason == why)
        .map(|r| r.text.as_str())
        .collect()
}

const PANDOC_PAGE: &str = r#"[Skip to content](#main){.skip-link}

::: site-header
[![The
Ledger](https://ledger.example/logo.svg)](https://ledger.example/){.logo}

-   [News](https://ledger.example/news/)
-   [Opinion](https://ledger.example/opinion/)
-   [Culture](https://ledger.example/culture/)
:::

::: {#main role="main"}
::: entry-header
[Coast](https://ledger.example/coast/) \|
[Interview](https://ledger.example/interview/)

# Harbour towns brace for a dry summer {#harbour-towns .entry-title}

By [Nora Lind](https://ledger.example/author/nora/) \| 3 May 2028
:::

![Boats resting on the mud of the old harbour at low tide [Photo: Jan
Berg/The Ledger]{.credit}](https://ledger.example/img/harbour.jpg)

::: entry-content
The water authority said on Tuesday that reservoirs along the coast held
less than half of their usual volume for the time of year, and asked
households to cut their use by a fifth before the summer.

**Why are the reservoirs so low after a winter that felt so
wet?**

Most of the winter rain fell in two storms and ran off into the sea
before the ground could take it up, the authority's hydrologist said.

Read also

-   [Farmers ask for a delay to the new water
    levy](https://ledger.example/2028/04/levy/)
-   [A map of the driest towns](https://ledger.example/2028/04/map/)

**What happens next?**

The restrictions will be reviewed at the end of June, when the first
figures for the summer are known, the authority said in a statement.
:::

::: {.box .republish-box}
**Republish:** This story may be republished free of charge under a
Creative Commons licence.
:::

::: {.section .newsletter}
## Get our stories by e-mail

Subscribe
:::
:::

-   [About us](https://ledger.example/about/)
-   [Contact](https://ledger.example/contact/)

The Ledger -- Independent news for the coast. All rights
reserved.
"#;

#[test]
fn a_page_pandoc_converted_to_markdown() {
    let doc = read(PANDOC_PAGE, "a.md");
    assert_eq!(
        doc.title.as_deref(),
        Some("Harbour towns brace for a dry summer")
    );
    assert_eq!(doc.authors, ["Nora Lind"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2028, 5, 3));
    let got = texts(&doc);
    assert!(got.len() >= 3, "{got:#?}");
    assert!(got[0].starts_with("The water authority said"));
    // A question in bold a wrap broke over two lines is one paragraph.
    assert_eq!(
        got[1],
        "Why are the reservoirs so low after a winter that felt so wet?"
    );
    assert!(got[2].starts_with("Most of the winter rain"));
    // The divisions named for furniture go with what they hold.
    assert!(!removed(&doc, Reason::Republication).is_empty());
    assert!(
        removed(&doc, Reason::Promotion)
            .iter()
            .any(|t| t.contains("Get our stories"))
    );
    assert!(removed(&doc, Reason::Markup).contains(&"::: entry-content"));
    // The image's caption and credit, over two lines, are the image's.
    assert_eq!(removed(&doc, Reason::Image).len(), 2);
    // The foot, wrapped over two lines.
    assert_eq!(removed(&doc, Reason::Footer).len(), 2);
}

#[test]
fn markdown_that_is_not_pandocs_reads_as_before() {
    // A real list, a line of colons that is prose, and a bold line that is
    // the paragraph's own (not broken over lines).
    let text = "# Council votes on the budget\n\nThe council voted on Tuesday to approve the budget for next year, after a debate that went on late into the night.\n\n- Schools get more money.\n- Roads get less.\n\n::: Update: the mayor will speak on Friday.\n\nThe opposition said it would ask for a new vote in the spring, when the figures for the winter are known.\n";
    let doc = read(text, "b.md");
    let got = texts(&doc);
    assert_eq!(got.len(), 5, "{got:#?}");
    assert_eq!(got[1], "Schools get more money.");
    assert!(got[3].contains("Update: the mayor will speak"));
}

const FIREFOX_PAGE: &str = "The Daily Lantern <https://lantern.example/>

  * World <https://lantern.example/world/>
  * Business <https://lantern.example/business/>
  * Sport <https://lantern.example/sport/>
  * Culture <https://lantern.example/culture/>

Business <https://lantern.example/business/>


  Ferry operator doubles its fleet to meet the islands' demand

The company will add four vessels by the spring, its chief executive said
at the shareholders' meeting.

By Maria Costa <https://lantern.example/author/maria-costa/> | 4 March 2028

The new ferries, built in a yard on the northern coast, will carry up to
600 passengers each and cut the crossing time by a quarter. The operator
said bookings <https://
lantern.example/2028/bookings/> rose by a third last year.

 


    A crowded summer

*Read also:* Harbour fees to rise in April <https://
lantern.example/2028/fees/>

Islanders have long complained that the boats are full in July and
August, and that the timetable leaves them stranded after dark.

Tags: ferries <https://lantern.example/tag/ferries/> islands <https://
lantern.example/tag/islands/> transport <https://lantern.example/tag/transport/>
Share: Facebook <https://www.facebook.com/sharer.php> X <https://
x.com/share>

© 2028 The Daily Lantern
";

#[test]
fn a_page_saved_as_text_from_a_browser() {
    let doc = read(FIREFOX_PAGE, "c.txt");
    assert_eq!(
        doc.title.as_deref(),
        Some("Ferry operator doubles its fleet to meet the islands' demand")
    );
    assert_eq!(doc.authors, ["Maria Costa"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2028, 3, 4));
    let got = texts(&doc);
    assert!(got.len() >= 3, "{got:#?}");
    // The link a wrap broke inside the sentence goes whole.
    assert!(
        got[0].ends_with("The operator said bookings rose by a third last year."),
        "{}",
        got[0]
    );
    assert_eq!(got[1], "A crowded summer");
    assert!(got[2].starts_with("Islanders have long complained"));
    assert!(removed(&doc, Reason::Link).contains(&"<https://lantern.example/2028/bookings/>"));
}

#[test]
fn an_arabic_page_saved_as_text_from_a_browser() {
    let text = "الصحيفة <https://sahifa.example/>

  * سياسة <https://sahifa.example/politics/>
  * اقتصاد <https://sahifa.example/economy/>
  * ثقافة <https://sahifa.example/culture/>

اقتصاد <https://sahifa.example/economy/>


  أسعار الخبز ترتفع في المدن الكبرى للمرة الثانية هذا العام

قالت وزارة التموين إن الزيادة مؤقتة وستراجع في نهاية الصيف بعد موسم
الحصاد.

نص: سامي يوسف <https://sahifa.example/author/sami/> | 4 نيسان 2028

ارتفع سعر ربطة الخبز في عمّان وإربد والزرقاء بنحو عشرة في المئة منذ مطلع
الشهر، بحسب ما قاله أصحاب مخابز <https://
sahifa.example/bakeries/> للصحيفة يوم الثلاثاء.

وقال أحد الخبازين إن كلفة الطحين والوقود ارتفعت كثيراً خلال الأشهر
الماضية، وإن المخابز الصغيرة لم تعد قادرة على تحملها.

الوسوم: الخبز <https://sahifa.example/tag/bread/> الأسعار <https://
sahifa.example/tag/prices/> عمّان <https://sahifa.example/tag/amman/>

جميع الحقوق محفوظة © الصحيفة 2028
";
    let doc = read(text, "d.txt");
    assert_eq!(
        doc.title.as_deref(),
        Some("أسعار الخبز ترتفع في المدن الكبرى للمرة الثانية هذا العام")
    );
    assert_eq!(doc.authors, ["سامي يوسف"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2028, 4, 4));
    let got = texts(&doc);
    // The link a wrap broke goes whole, none of it left in the text.
    assert!(removed(&doc, Reason::Link).contains(&"<https://sahifa.example/bakeries/>"));
    assert!(
        got.iter().all(|t| !t.contains("sahifa.example")),
        "{got:#?}"
    );
}

const EWW_PAGE: &str = "The Island Herald

* Politics
* Economy
* World
* Sport
* Culture
* Opinion
* Archive

ECONOMY

Ferry fares to rise by a tenth from September – Five changes for travellers

The operators say fuel costs leave them no choice. Islanders' groups call
the rise unfair.

Helen Marsh
04.08.2028, 09:10
 
Passengers board a ferry at the main port | HERALDPHOTO/JOHN PAPAS

The ferry operators announced on Monday that fares on all routes will rise
by ten per cent from the first of September, blaming the higher cost of fuel
over the past year.

The changes

1 Fares rise by a tenth on all routes.
2 Island residents keep their discount of half the fare until the end of
  the year.
3 Night sailings stop in winter.
4 Tickets are sold online only.
5 Cars pay more in August.

The islanders' association said the rise would hit families hardest and
asked the ministry to step in before the autumn.

FERRIES FARES ISLANDS 
Share: Facebook Twitter Email

Related

* Ferry strike called off
* New port opens in the north

The Island Herald © 2028 | Terms | Privacy
";

#[test]
fn a_page_written_out_of_an_eww_buffer() {
    let doc = read(EWW_PAGE, "e.txt");
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2028, 8, 4));
    let got = texts(&doc);
    // The list's items without their numbers, each a paragraph; the
    // second's line hung under it joined.
    let at = got
        .iter()
        .position(|t| *t == "Fares rise by a tenth on all routes.")
        .expect("first item");
    assert_eq!(
        got[at + 1],
        "Island residents keep their discount of half the fare until the end of the year."
    );
    assert_eq!(got[at + 4], "Cars pay more in August.");
    assert!(
        removed(&doc, Reason::Caption)
            .iter()
            .any(|t| t.contains("HERALDPHOTO"))
    );
    assert!(!got.iter().any(|t| t.contains("Passengers board")));
}

#[test]
fn numbers_opening_lines_of_plain_text_stay() {
    // Lines of a paragraph that start with numbers, and a list numbered
    // with dots, read as before.
    let text = "The storm reached the coast on Sunday night and left\n2 people hurt and\n3 roads closed in the valley, the police said.\n\nThe plan has three parts:\n\n1. Clear the roads.\n2. Repair the bridge.\n3. Reopen the school.\n";
    let doc = read(text, "f.txt");
    let got = texts(&doc);
    // The numbers stay where they were written.
    assert!(
        got.iter().any(|t| t.starts_with("2 people hurt")),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|t| t.starts_with("3 roads closed")),
        "{got:#?}"
    );
    assert!(got.contains(&"1. Clear the roads."), "{got:#?}");
}
