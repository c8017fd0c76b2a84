//! The header read line by line: invented headers in several languages
//! and orders, and look-alikes that stay as they were.

use super::*;
use crate::ingest::testkit::{removed_as, texts};
use crate::ingest::{Context, Document, Format};
use crate::testutil::PARA;

const PARA_RU: &str = "Городские власти в понедельник утвердили план ремонта моста, который закроют для машин на всё лето, а пешеходов будут пускать по временному настилу вдоль старой опоры.";
const PARA_DE: &str = "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt beschlossen, obwohl sich die Kosten für das neue Wasserwerk seit der ersten Planung vor zwei Jahren verdoppelt haben.";

fn read(s: &str) -> Document {
    super::super::ingest(s, Format::Text, &Context::default()).unwrap()
}

#[test]
fn site_rubric_date_and_writers_over_the_headline() {
    let doc = read(&format!(
        "Вестник\nОбщество / Город\n\n3 марта 2027, 10:05\n\nИван Петров, Мария Смирнова\n\n\
         Мост через реку закроют на ремонт до осени\n\n\
         Жителям правобережья придется ездить в объезд через новую развязку\n\n{PARA_RU}\n\n{PARA_RU}\n"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Мост через реку закроют на ремонт до осени")
    );
    assert_eq!(doc.authors, ["Иван Петров", "Мария Смирнова"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2027-03-03")
    );
    assert!(
        doc.subtitle
            .as_deref()
            .is_some_and(|s| s.starts_with("Жителям"))
    );
    assert_eq!(
        removed_as(&doc, Reason::Kicker),
        ["Вестник", "Общество / Город"]
    );
    assert_eq!(texts(&doc), [PARA_RU, PARA_RU]);
}

#[test]
fn kicker_with_its_note_then_headline_dek_byline_with_apposition_and_date() {
    let doc = read(&format!(
        "OPINION\nWhat our columnists think this week.\n\n\
         The Harbor Deal Nobody Could Sell\n\n\
         City hall promised a new ferry pier. It delivered a parking lot.\n\n\
         By Jane Okoro, a visiting scholar at the Urban Futures Lab.\n\n\
         May 3, 2027, 9:00 AM\n\n1.5x\n\n{PARA}\n\n{PARA}\n"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("The Harbor Deal Nobody Could Sell")
    );
    assert_eq!(doc.authors, ["Jane Okoro"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2027-05-03")
    );
    assert_eq!(
        doc.subtitle.as_deref(),
        Some("City hall promised a new ferry pier. It delivered a parking lot.")
    );
    assert_eq!(removed_as(&doc, Reason::Audio), ["1.5x"]);
    // The kicker goes as a menu's item, the note under it as a label.
    assert_eq!(
        removed_as(&doc, Reason::Kicker),
        ["What our columnists think this week."]
    );
    assert!(doc.removed.iter().any(|r| r.text == "OPINION"));
    assert_eq!(texts(&doc), [PARA, PARA]);
}

#[test]
fn byline_and_date_over_the_headline_in_german() {
    let doc = read(&format!(
        "Stadtanzeiger\nLokales\n\nVon Petra Albers\n\n12. Mai 2027\n\n\
         Die Brücke über die Lahn bleibt bis zum Herbst gesperrt\n\n{PARA_DE}\n\n{PARA_DE}\n"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Die Brücke über die Lahn bleibt bis zum Herbst gesperrt")
    );
    assert_eq!(doc.authors, ["Petra Albers"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2027-05-12")
    );
    assert_eq!(texts(&doc), [PARA_DE, PARA_DE]);
}

#[test]
fn lines_without_a_stamp_or_headline_are_no_header() {
    let none = |lines: &[&str]| assert_eq!(parts_of(lines), None, "{lines:?}");
    // A label and a headline, no byline or date: a heading and a subheading.
    none(&["Weather", "A Week of Storms Ahead for the Coast", PARA]);
    // One paragraph a line, the first a sentence, a date in the next.
    none(&["The council met on Monday to vote.", "March 3, 2027", PARA]);
    // A short first paragraph.
    none(&["Rain again.", PARA, PARA]);
    // A sentence that explains nothing: no label over it.
    none(&["What our columnists think this week.", "May 3, 2027", PARA]);
    // A date and a label, no headline.
    none(&["Sport", "May 3, 2027", PARA]);
    // Four short lines over the headline are no labels.
    none(&[
        "Alpha",
        "Beta",
        "Gamma",
        "Delta",
        "Ferry Fares Rise Again",
        "May 3, 2027",
        PARA,
    ]);
}

#[test]
fn texts_without_a_header_read_as_before() {
    let doc = read(&format!("Rain again.\n\n{PARA}\n\n{PARA}\n"));
    assert_eq!(doc.title, None);
    assert_eq!(texts(&doc), ["Rain again.", PARA, PARA]);
    let doc = read(&format!("{PARA}\n{PARA}\n"));
    assert!(doc.authors.is_empty() && doc.date.is_none());
    assert!(doc.removed.is_empty(), "{:?}", doc.removed);
}

#[test]
fn a_byline_with_apposition_names_the_writer() {
    assert_eq!(
        byline_with_apposition("By Jane Okoro, a visiting scholar at the lab."),
        Some(vec!["Jane Okoro".to_string()])
    );
    assert_eq!(byline_with_apposition("By Jane Okoro, Senior Fellow"), None);
    assert_eq!(byline_with_apposition("By the way, it rained"), None);
    assert_eq!(
        byline_with_apposition("Jane Okoro, a visiting scholar"),
        None
    );
}

#[test]
fn a_playback_speed_alone_on_its_line() {
    for t in ["1x", "1.5x", "2×", "0,75x"] {
        assert!(playback_speed(t), "{t}");
    }
    for t in ["x", "Box", "10 x 20 m", "12345x", "1xbet"] {
        assert!(!playback_speed(t), "{t}");
    }
}

const PARA_FA: &str = "شهرداری تهران روز دوشنبه اعلام کرد که ساخت خط جدید مترو تا پایان سال آینده به پایان می‌رسد و هزینه آن از بودجه عمومی شهر پرداخت خواهد شد.";
const PARA_FA2: &str = "به گفته مدیران شرکت، مسافران از ماه آینده می‌توانند با کارت‌های جدید در همه ایستگاه‌ها سوار قطار شوند و نیازی به خرید بلیت کاغذی نخواهند داشت.";
const PARA2: &str = "Officials said the new fares would take effect in the spring, once the harbor board has reviewed the figures and heard from the shipping companies that use the port.";

#[test]
fn the_site_name_over_a_rubric_and_a_news_code_is_no_headline() {
    for (site, rubric, code, head, para, para2) in [
        (
            "روزنامه نمونه",
            "اقتصاد",
            "کد خبر: ۱۲۳۴۵۶",
            "قیمت نان در تهران افزایش یافت",
            PARA_FA,
            PARA_FA2,
        ),
        (
            "Harbor Times",
            "Economy",
            "News ID: 558201",
            "Port fees rise for the first time in a decade",
            PARA,
            PARA2,
        ),
    ] {
        let doc = read(&format!(
            "{site}\n{rubric}\n{code}\n{head}\n{para}\n{para2}\n"
        ));
        assert_eq!(doc.title.as_deref(), Some(head), "{:?}", doc.removed);
        assert_eq!(removed_as(&doc, Reason::Kicker), [site, rubric]);
        assert!(
            doc.metadata
                .iter()
                .any(|m| m.field == "id" && m.text == code)
        );
        assert_eq!(texts(&doc), [para, para2]);
    }
}

#[test]
fn a_news_code_alone_on_its_line() {
    for t in ["News ID: 558201", "Код новости: 90412", "کد خبر: ۴۲۱۸۷"] {
        assert!(news_code(t), "{t}");
    }
    for t in [
        "Page: 3",
        "Price: 12,500",
        "Call us now on: 5551234",
        "Score: 3:1",
        "ID: A-77",
    ] {
        assert!(!news_code(t), "{t}");
    }
}

#[test]
fn writer_alone_over_their_post_one_paragraph_a_line() {
    // A Notepad file, one paragraph a line: rubric, headline, the writer
    // alone and their post, in Romanian and German.
    let ro = "Analiză | Energie\r\nCentrala de la Cuciurgan nu poate rămâne o promisiune\r\n\
              Ana Lungu\r\nEconomist, expert în energie\r\nPrimul paragraf spune ce s-a întâmplat în ultimele luni la centrală și de ce contează pentru toată lumea.\r\n\
              Al doilea paragraf adaugă detaliile despre bani, termene și cine semnează contractele de furnizare.\r\n";
    let doc = read(ro);
    assert_eq!(
        doc.title.as_deref(),
        Some("Centrala de la Cuciurgan nu poate rămâne o promisiune")
    );
    assert_eq!(doc.authors, ["Ana Lungu"]);
    assert_eq!(texts(&doc).len(), 2);
    let de = format!(
        "Meinung\nWarum die Stadt ihre Brücken verkauft\nKlara Brenner\nProfessor für Stadtplanung, Universität Kassel\n{PARA_DE}\n{PARA_DE}\n"
    );
    let doc = read(&de);
    assert_eq!(doc.authors, ["Klara Brenner"]);
    assert_eq!(texts(&doc), [PARA_DE, PARA_DE]);
}

#[test]
fn a_name_over_no_post_is_no_header() {
    // A name alone over a sentence, or over a line naming no post, reads
    // as before: no writer.
    for second in [
        "Economist warns that the budget will not hold.",
        "Harbour Lights Festival",
    ] {
        let text = format!(
            "Arts | City\nThe Long Night of the Harbour Museums\nMara Quint\n{second}\n{PARA}\n{PARA}\n"
        );
        let doc = read(&text);
        assert!(doc.authors.is_empty(), "{second}");
    }
}

#[test]
fn a_reader_views_host_name_over_the_headline() {
    let doc = read(&format!(
        "es.example-news.com\nHarbour pilots strike over new night shift rules\n\
         Monday, May 1st 2028 - 09:30 UTC\nBy Ana Whitford\n\n{PARA}\n\n{PARA}\n"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Harbour pilots strike over new night shift rules")
    );
    assert_eq!(doc.authors, ["Ana Whitford"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2028-05-01")
    );
    assert_eq!(removed_as(&doc, Reason::Kicker), ["es.example-news.com"]);
    assert_eq!(texts(&doc), [PARA, PARA]);
}

#[test]
fn a_host_name_is_a_label_and_a_sentence_with_one_is_not() {
    assert!(label("noticias.example.uy"));
    assert!(label("www.example.co.uk"));
    // Counter-examples: a sentence naming a site, a version, an
    // abbreviation, a file's name in capitals.
    assert!(!label("read more at example.com"));
    assert!(!label("v2.3"));
    assert!(!label("e.g."));
    assert!(
        !over_the_headline("see example.com for the full ruling text", 1, None)
            .is_some_and(|p| p == Part::Label)
    );
}

#[test]
fn a_chinese_site_name_breadcrumb_date_and_reporters_over_the_body() {
    let para = "市政府十五日宣布，地铁九号线延伸段的开通时间推迟一个月，原因是安全检查中发现信号设备存在缺陷，需要更换部分部件并重新测试。";
    let doc = read(&format!(
        "城市日报\n首页 > 交通 > 正文\n\n地铁九号线延伸段开通推迟一个月 信号设备需更换\n\n\
         2028年05月02日 08:15  来源于 城市日报\n记者 李明 张华\n\n{para}\n\n{para}\n"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("地铁九号线延伸段开通推迟一个月 信号设备需更换")
    );
    assert_eq!(doc.authors, ["李明", "张华"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2028-05-02")
    );
    assert_eq!(texts(&doc), [para, para]);
    // Counter-example: a short line of a few characters is a label, a
    // headline's worth of them is not.
    assert!(label("城市日报"));
    assert!(!label("地铁九号线延伸段开通推迟一个月 信号设备需更换"));
}
