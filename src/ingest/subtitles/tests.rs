//! Tests of the caption reader: invented cues of several channels,
//! languages and both formats, and look-alikes read as before.

use super::*;
use crate::ingest::testkit::{removed_as, texts};

fn read_as(name: &str, text: &str) -> Spoken {
    read(name, text, name).expect("reads").expect("captions")
}

/// SubRip cues from (start s, end s, text).
fn srt(cues: &[(f64, f64, &str)]) -> String {
    let stamp = |t: f64| {
        let ms = (t * 1000.0).round() as u64;
        format!(
            "{:02}:{:02}:{:02},{:03}",
            ms / 3_600_000,
            ms / 60_000 % 60,
            ms / 1000 % 60,
            ms % 1000
        )
    };
    let mut out = String::new();
    for (i, (a, b, t)) in cues.iter().enumerate() {
        out.push_str(&format!(
            "{}\r\n{} --> {}\r\n{}\r\n\r\n",
            i + 1,
            stamp(*a),
            stamp(*b),
            t.replace('\n', "\r\n")
        ));
    }
    out
}

#[test]
fn a_sentence_runs_over_cues_and_a_long_pause_after_its_end_starts_a_paragraph() {
    let text = srt(&[
        (
            0.5,
            3.0,
            "The council voted on Tuesday\nto close the old bridge.",
        ),
        (3.1, 5.0, "Repairs will take"),
        // A long pause in the middle of a sentence joins.
        (7.0, 9.0, "two years."),
        (9.1, 11.0, "Traffic goes by the ring road."),
        (13.2, 15.0, "Shops near the bridge"),
        (15.1, 17.0, "fear for their trade."),
    ]);
    let sp = read_as("bridge.srt", &text);
    assert_eq!(
        texts(&sp),
        [
            "The council voted on Tuesday to close the old bridge. Repairs will take two years. Traffic goes by the ring road.",
            "Shops near the bridge fear for their trade."
        ]
    );
    assert_eq!(sp.paragraphs[0].lines, [3, 16]);
    // Numbers and timings are no text, and nothing else was taken.
    assert!(sp.removed.is_empty(), "{:?}", sp.removed);
    assert_eq!(sp.title, None);
}

#[test]
fn webvtt_header_notes_styles_settings_and_voices() {
    let text = "WEBVTT\nKind: captions\nLanguage: es\n\nSTYLE\n::cue { color: yellow }\n\n\
        NOTE revisado por la redacción\n\n\
        intro\n00:00.000 --> 00:03.000 line:85% position:50% align:center\n<v Presentadora>El gobierno aprobó\nel nuevo presupuesto.\n\n\
        00:03.100 --> 00:06.000\n<v Presentadora>Nos cuenta Lucía Pardo, corresponsal.\n\n\
        00:06.700 --> 00:09.000\n<v Lucía Pardo, corresponsal>El texto llega al Senado\n\n\
        00:09.100 --> 00:11.000\n<v Lucía Pardo, corresponsal>la semana que viene.\n";
    let sp = read_as("presupuesto.vtt", text);
    assert_eq!(
        texts(&sp),
        [
            "El gobierno aprobó el nuevo presupuesto. Nos cuenta Lucía Pardo, corresponsal.",
            "El texto llega al Senado la semana que viene."
        ]
    );
    assert_eq!(sp.writers, ["Lucía Pardo"]);
    let header = removed_as(&sp, Reason::Captions);
    assert_eq!(header.len(), 3, "{header:?}");
    assert!(header[0].starts_with("WEBVTT\nKind: captions"));
}

#[test]
fn inline_tags_entities_ruby_and_overrides_are_no_text() {
    let mut marks = Marks::default();
    for (line, want) in [
        ("<b>Bold</b> and <i>italic</i>", "Bold and italic"),
        (
            "<font color=\"#ffff00\">Yellow</font> words",
            "Yellow words",
        ),
        ("<c.yellow.bg_blue>Classed</c> text", "Classed text"),
        (
            "so<00:00:01.480><c> today</c><00:00:01.880><c> we</c>",
            "so today we",
        ),
        ("{\\an8}Top of the screen", "Top of the screen"),
        (
            "Fish &amp; chips &lt;3 &#233;t&eacute;",
            "Fish & chips <3 ét&eacute;",
        ),
        ("<ruby>東京<rt>とうきょう</rt></ruby>の空", "東京の空"),
        ("a < b and c > d", "a < b and c > d"),
        ("I <3 this", "I <3 this"),
    ] {
        assert_eq!(untag(line, &mut marks).0, want, "{line}");
    }
    // Ruby text never closed ends with its line.
    let mut marks = Marks::default();
    assert_eq!(untag("<rt>よみ", &mut marks).0, "");
    assert_eq!(untag("words after it", &mut marks).0, "words after it");
    assert!(untag("<i>Name – role</i>", &mut Marks::default()).1);
    assert!(!untag("<i>Name</i> said", &mut Marks::default()).1);
}

#[test]
fn chinese_japanese_and_thai_join_without_spaces_korean_with_them() {
    let zh = srt(&[
        (0.0, 2.0, "市政府今天宣布\n地铁三号线"),
        (2.1, 4.0, "将于明年通车。"),
    ]);
    assert_eq!(
        texts(&read_as("a.srt", &zh)),
        ["市政府今天宣布地铁三号线将于明年通车。"]
    );
    let ja = srt(&[(0.0, 2.0, "新しい橋は"), (2.1, 4.0, "来月開通します。")]);
    assert_eq!(
        texts(&read_as("a.srt", &ja)),
        ["新しい橋は来月開通します。"]
    );
    let th = srt(&[(0.0, 2.0, "กรุงเทพมหานคร"), (2.1, 4.0, "ประกาศปิดถนน")]);
    assert_eq!(texts(&read_as("a.srt", &th)), ["กรุงเทพมหานครประกาศปิดถนน"]);
    let ko = srt(&[
        (0.0, 2.0, "시청 앞 광장에서"),
        (2.1, 4.0, "축제가 열립니다."),
    ]);
    assert_eq!(
        texts(&read_as("a.srt", &ko)),
        ["시청 앞 광장에서 축제가 열립니다."]
    );
}

#[test]
fn speaker_dashes_chevrons_and_caption_labels_start_paragraphs() {
    let text = srt(&[
        (0.0, 2.0, "- Êtes-vous inquiet ?\n- Oui, beaucoup."),
        (2.1, 4.0, ">> THE WATER CAME IN FAST."),
        (4.1, 6.0, "WE LOST EVERYTHING."),
        (6.1, 8.0, ">> REPORTER: Crews worked\nthrough the night."),
        (8.1, 10.0, "Temperatures fell to\n-5 degrees."),
    ]);
    let sp = read_as("crue.srt", &text);
    assert_eq!(
        texts(&sp),
        [
            "Êtes-vous inquiet ?",
            "Oui, beaucoup.",
            "THE WATER CAME IN FAST. WE LOST EVERYTHING.",
            "Crews worked through the night. Temperatures fell to -5 degrees."
        ]
    );
    assert_eq!(removed_as(&sp, Reason::Speaker), ["REPORTER"]);
}

#[test]
fn a_meetings_captions_name_their_speakers_on_each_cue() {
    let text = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nMaria Rossi: Buongiorno a tutti.\n\n\
        2\n00:00:04.500 --> 00:00:07.000\nMaria Rossi: Iniziamo con il bilancio.\n\n\
        3\n00:00:07.500 --> 00:00:10.000\nGiorgio Bianchi: Il bilancio è in pareggio.\n\n\
        4\n00:00:10.500 --> 00:00:12.000\nMaria Rossi: Grazie.\n";
    let sp = read_as("riunione.vtt", text);
    assert_eq!(
        texts(&sp),
        [
            "Buongiorno a tutti. Iniziamo con il bilancio.",
            "Il bilancio è in pareggio.",
            "Grazie."
        ]
    );
    // A colon in one cue of a report names no speaker.
    let one = srt(&[
        (0.0, 2.0, "The mayor said: no new taxes."),
        (2.1, 4.0, "Critics disagree."),
    ]);
    assert_eq!(
        texts(&read_as("a.srt", &one)),
        ["The mayor said: no new taxes. Critics disagree."]
    );
}

#[test]
fn the_graphics_a_report_opens_and_closes_with_are_its_header() {
    let text = srt(&[
        (0.5, 3.0, "<b>CANAL 7 NOTICIAS</b>\n14 de marzo de 2027"),
        (3.2, 6.0, "<b>Reabren el puerto tras el temporal</b>"),
        (
            7.0,
            10.0,
            "El puerto volvió a abrir esta mañana\ntras tres días cerrado.",
        ),
        (10.1, 12.0, "Los pescadores salieron al amanecer."),
        (14.0, 16.0, "<i>Rosa Méndez – pescadora</i>"),
        (
            16.1,
            19.0,
            "Perdimos tres días de trabajo,\npero el barco está bien.",
        ),
        (
            21.0,
            24.0,
            "La capitanía espera normalidad\nel fin de semana.",
        ),
        (26.0, 28.0, "<i>Canal 7</i>"),
    ]);
    let sp = read_as("puerto.srt", &text);
    assert_eq!(
        sp.title.as_deref(),
        Some("Reabren el puerto tras el temporal")
    );
    assert_eq!(sp.date, NaiveDate::from_ymd_opt(2027, 3, 14));
    assert_eq!(
        texts(&sp),
        [
            "El puerto volvió a abrir esta mañana tras tres días cerrado. Los pescadores salieron al amanecer.",
            "Perdimos tres días de trabajo, pero el barco está bien.",
            "La capitanía espera normalidad el fin de semana."
        ]
    );
    assert_eq!(
        removed_as(&sp, Reason::OnScreen),
        ["CANAL 7 NOTICIAS", "Rosa Méndez – pescadora", "Canal 7"]
    );
    let fields: Vec<&str> = sp.metadata.iter().map(|m| m.field.as_str()).collect();
    assert_eq!(fields, ["date", "title"]);
}

#[test]
fn a_lower_third_names_the_reporter() {
    let text = srt(&[
        (0.0, 3.0, "Flood water reached the old town."),
        (4.0, 6.0, "<i>Tom Hale, correspondent</i>"),
        (6.1, 9.0, "Residents were moved overnight."),
    ]);
    let sp = read_as("flood.srt", &text);
    assert_eq!(sp.writers, ["Tom Hale"]);
    assert_eq!(texts(&sp).len(), 2);
}

#[test]
fn styles_of_a_file_styled_throughout_say_nothing() {
    // A narrator's words set in italics from start to end.
    let text = srt(&[
        (0.0, 2.0, "<i>Winter came early</i>"),
        (2.1, 4.0, "<i>to the valley that year.</i>"),
        (4.1, 6.0, "<i>Farmers</i>"),
        (6.1, 8.0, "<i>brought the herds down.</i>"),
    ]);
    let sp = read_as("valley.srt", &text);
    assert_eq!(
        texts(&sp),
        ["Winter came early to the valley that year. Farmers brought the herds down."]
    );
    assert_eq!(sp.title, None);
    // A styled sentence opening an unstyled report is said, not shown.
    let text = srt(&[
        (0.0, 2.0, "<i>It was a cold morning in Tartu.</i>"),
        (2.1, 4.0, "The market opened late."),
        (4.1, 6.0, "Traders blamed the frost."),
        (6.1, 8.0, "Prices rose."),
    ]);
    let sp = read_as("tartu.srt", &text);
    assert_eq!(sp.title, None);
    assert!(texts(&sp)[0].starts_with("It was a cold morning in Tartu. The market"));
}

#[test]
fn roll_up_captions_are_read_once() {
    let text = "WEBVTT\nKind: captions\nLanguage: en\n\n\
        00:00:00.160 --> 00:00:02.790 align:start position:0%\n \nthe<00:00:00.480><c> city</c><00:00:00.880><c> council</c>\n\n\
        00:00:02.790 --> 00:00:02.800 align:start position:0%\nthe city council\n \n\n\
        00:00:02.800 --> 00:00:05.430 align:start position:0%\nthe city council\nvoted<00:00:03.120><c> last</c><00:00:03.500><c> night</c>\n\n\
        00:00:05.430 --> 00:00:05.440 align:start position:0%\nvoted last night\n \n\n\
        00:00:05.440 --> 00:00:08.000 align:start position:0%\nvoted last night\nto<00:00:05.800><c> ban</c><00:00:06.100><c> cars</c> downtown\n\n\
        00:00:08.000 --> 00:00:08.010 align:start position:0%\nto ban cars downtown\n \n";
    let sp = read_as("Council bans cars [a1B2c3D4e5F].en.vtt", text);
    assert_eq!(
        texts(&sp),
        ["the city council voted last night to ban cars downtown"]
    );
    assert_eq!(removed_as(&sp, Reason::RollUp).len(), 5);
    // Growing lines (paint-on captions) are read once too.
    let grown = srt(&[
        (0.0, 1.0, "the minister"),
        (1.0, 2.0, "the minister said that"),
        (2.0, 3.0, "the minister said that prices"),
        (3.0, 4.0, "the minister said that prices will fall"),
    ]);
    assert_eq!(
        texts(&read_as("a.srt", &grown)),
        ["the minister said that prices will fall"]
    );
}

#[test]
fn words_said_twice_in_ordinary_captions_stay() {
    let text = srt(&[
        (0.0, 1.0, "No."),
        (1.1, 2.0, "No."),
        (2.1, 4.0, "We will not sign this deal."),
        (4.1, 6.0, "The union walked out."),
    ]);
    assert_eq!(
        texts(&read_as("a.srt", &text)),
        ["No. No. We will not sign this deal. The union walked out."]
    );
}

#[test]
fn sounds_are_described_not_said() {
    let text = srt(&[
        (0.0, 1.0, "[Music]"),
        (1.1, 3.0, "[Applause] Thank you all."),
        (3.1, 5.0, "♪ We are the champions ♪"),
        (5.1, 7.0, "(laughs)\nThe team arrived at noon."),
    ]);
    let sp = read_as("a.srt", &text);
    assert_eq!(texts(&sp), ["Thank you all. The team arrived at noon."]);
    assert_eq!(removed_as(&sp, Reason::Sound).len(), 4);
}

#[test]
fn a_downloaded_videos_file_name_gives_its_title() {
    for (name, want) in [
        (
            "Hafen wird ausgebaut ⧸ NDR Info [dQw4w9WgXcQ].de.vtt",
            Some("Hafen wird ausgebaut"),
        ),
        (
            "Budget 2027 explained | BBC News [Ab_9-xYz0Q1].en-GB.vtt",
            Some("Budget 2027 explained"),
        ),
        (
            "東京⧸大阪 新幹線の新ダイヤ [a1B2c3D4e5F].ja.srt",
            Some("東京/大阪 新幹線の新ダイヤ"),
        ),
        (
            "Storm over the bay [123456789].srt",
            Some("Storm over the bay"),
        ),
        ("bridge_report_2027-03-01.srt", None),
        ("Storm over the bay [LIVE].vtt", None),
    ] {
        assert_eq!(downloaded_title(name).as_deref(), want, "{name}");
    }
    let cues = srt(&[(0.0, 2.0, "Good evening."), (2.1, 4.0, "Here is the news.")]);
    let sp = read_as("sub/Port reopens ⧸ Canal 7 [a1B2c3D4e5F].es.srt", &cues);
    assert_eq!(
        (sp.title.as_deref(), sp.title_named),
        (Some("Port reopens"), true)
    );
}

#[test]
fn a_claimed_caption_file_that_does_not_read_is_an_error() {
    let e = read(
        "news.srt",
        "Just some notes\nabout the report.\n",
        "sources/news.srt",
    )
    .expect_err("an error");
    assert!(
        e.message.contains("sources/news.srt") && e.message.contains("line 1"),
        "{}",
        e.message
    );
    let bad = "1\n00:00:01,000 --> 00:00:03,000\nFine.\n\n2\n00:00:04,000 --> 00:0x:05\nBroken.\n";
    let e = read("news.srt", bad, "news.srt").expect_err("an error");
    assert!(e.message.contains("line 6"), "{}", e.message);
}

#[test]
fn captions_are_known_by_their_shape_and_look_alikes_are_not() {
    let cues = srt(&[(0.0, 2.0, "First cue."), (2.1, 4.0, "Second cue.")]);
    assert!(
        read("captions.txt", &cues, "c.txt")
            .expect("reads")
            .is_some()
    );
    let vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nOne.\n\n00:02.500 --> 00:03.000\nTwo.\n";
    assert!(read("c.txt", vtt, "c.txt").expect("reads").is_some());
    for text in [
        "The plan --> the vote --> the law.\nIt took two years.\n",
        "1\nThe first point.\n2\nThe second point.\n",
        "WEBVTTS is a format we made up.\n",
        // One cue only: a quoted example in a note.
        "1\n00:00:01,000 --> 00:00:02,000\nHello\n\nThat is how a cue looks.\n",
    ] {
        assert!(
            read("note.txt", text, "note.txt").expect("reads").is_none(),
            "{text}"
        );
    }
}

#[test]
fn reporters_are_named_by_their_title() {
    for (name, want) in [
        ("김민수 기자", Some("김민수")),
        ("山田太郎記者", Some("山田太郎")),
        ("Jane Doe, reporter", Some("Jane Doe")),
        ("Reporter Jane Doe", Some("Jane Doe")),
        ("Анна Смирнова, корреспондент", Some("Анна Смирнова")),
        ("Phóng viên Minh Anh", Some("Minh Anh")),
        ("앵커", None),
        ("Jane Doe", None),
        ("the reporter", None),
        ("Mayor Tom Hill – farmer", None),
    ] {
        assert_eq!(reporter(name).as_deref(), want, "{name}");
    }
}

#[test]
fn timings_read_in_both_formats() {
    assert_eq!(millis("00:01:02,500"), 62_500);
    assert_eq!(millis("01:02.5"), 62_500);
    assert_eq!(millis("1:00:00.000"), 3_600_000);
    assert_eq!(millis("9999:59:59,999"), 35_999_999_999);
}
