//! Articles as readers copy them from news sites: a section label over the
//! headline, a standfirst, a byline with its outlet, date stamps, captions
//! under their labels, credits and links to other stories below.

use super::ingest_str_for_tests as read;
use super::removed_for_tests as removed;
use super::rules::Reason;

const BODY: &str = "Russia will keep its peacekeepers in the region, the Kremlin has said, a day after the offensive began in the mountains.\n\nKremlin spokesman Dmitry Peskov told reporters on Wednesday that the peacekeepers were fulfilling their duties there.\n";

#[test]
fn section_label_headline_standfirst_and_stamps() {
    let doc = read(&format!(
        "NEWS|CONFLICT\nRussia says peacekeepers will stay in the region\nKremlin spokesman says Russian troops will remain as long as necessary under the deal.\nPublished On 20 Sep 2023\n\n{BODY}"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Russia says peacekeepers will stay in the region")
    );
    assert!(
        doc.subtitle
            .as_deref()
            .is_some_and(|s| s.starts_with("Kremlin spokesman says"))
    );
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 20));
    assert_eq!(doc.author, None, "'Published On' is not a name");
    assert_eq!(removed(&doc, Reason::Kicker), ["NEWS|CONFLICT"]);
    assert!(doc.paragraphs[0].text.starts_with("Russia will keep"));

    // A standfirst without a full stop, a byline naming the place and the
    // agencies, a date, and a second date that is the update's.
    let doc = read(&format!(
        "Azerbaijan\nAzerbaijan launches military operation in the region\nBaku says measures are under way in the region, as Armenia accuses it of ethnic cleansing\nAndrew Roth in Moscow and agencies\nTue 19 Sep 2023 14.02 BST\nLast modified on Wed 20 Sep 2023 00.13 BST\n\n{BODY}"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Azerbaijan launches military operation in the region")
    );
    assert!(doc.subtitle.is_some());
    assert_eq!(doc.authors, ["Andrew Roth"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 19));
    assert!(doc.metadata.iter().any(|m| m.field == "updated"));
    assert!(doc.paragraphs[0].text.starts_with("Russia will keep"));
    assert_eq!(doc.paragraphs.len(), 2);
}

#[test]
fn a_byline_in_small_letters_under_a_standfirst_is_no_part_of_it() {
    let doc = read(&format!(
        "Siccità in Sicilia, ad Agrigento l'acqua arriva ogni dieci giorni\nLa Regione chiede la proroga dello stato di emergenza\ndi Giulia Marchetti\n12 luglio 2024\n\n{BODY}"
    ));
    assert_eq!(
        doc.subtitle.as_deref(),
        Some("La Regione chiede la proroga dello stato di emergenza")
    );
    assert_eq!(doc.author.as_deref(), Some("Giulia Marchetti"));
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2024, 7, 12));
    // Counter-example: a line in small letters that is no byline goes on.
    let doc = read(&format!(
        "Council approves new rates after heated meeting\nThe rise, the first in six years, takes effect\nin May for every household\n\n{BODY}"
    ));
    assert!(
        doc.subtitle
            .as_deref()
            .is_some_and(|s| s.ends_with("in May for every household")),
        "{:?}",
        doc.subtitle
    );
}

#[test]
fn two_short_lines_opening_the_text_are_not_a_label_and_a_headline() {
    // No byline or date under them: a heading and a subheading of the text.
    let doc = read(
        "GIRLS BASKETBALL\n\nPalm Bay d. Rockledge 70-44\n\nThe Pirates led from the start and never looked back, with three players scoring in double figures on Tuesday.\n\nCocoa d. Titusville 51-40\n\nThe Tigers pulled away in the fourth quarter behind a strong defensive effort from their guards.\n",
    );
    assert!(removed(&doc, Reason::Kicker).is_empty());
    // A place byline is only taken under a headline and over a date: a
    // title-case line alone stays.
    let doc = read(&format!("Peace Talks Resume in Geneva\n\n{BODY}"));
    assert_eq!(doc.author, None);
}

#[test]
fn outlet_under_byline_captions_and_related_links() {
    let doc = read(&format!(
        "Azerbaijan demands surrender of Armenian forces\n\nImage source, Reuters\nImage caption,\nSmoke rose over Stepanakert on Tuesday\n\nBy Paul Kirby\nBBC News\n\n{BODY}\nRelated Topics\nAzerbaijan\nArmenia\nMore on this story\nWhy are Armenia and Azerbaijan fighting?\nPublished\n13 September 2022\n"
    ));
    assert_eq!(doc.authors, ["Paul Kirby"]);
    assert_eq!(
        removed(&doc, Reason::Caption),
        ["Smoke rose over Stepanakert on Tuesday"]
    );
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    assert!(removed(&doc, Reason::Related).contains(&"13 September 2022".to_string()));

    // Under "Read more", a paragraph of the article: everything stays.
    let doc = read(&format!(
        "{BODY}\nRead more\n\nThe talks will resume next week in Brussels, where both sides are expected to sign a first document on the border.\n"
    ));
    assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
}

#[test]
fn wire_credits_below_the_report() {
    let doc = read(&format!(
        "{BODY}\nReporting by Felix Light in Tbilisi; Editing by Andrew Osborn\n\nOur Standards: The Thomson Reuters Trust Principles.\n"
    ));
    assert_eq!(doc.paragraphs.len(), 2);
    assert_eq!(removed(&doc, Reason::Trailer).len(), 1);
    assert_eq!(removed(&doc, Reason::Footer).len(), 1);
}

#[test]
fn a_note_on_the_writer_below_the_article() {
    let doc = read(&format!(
        "Azerbaijan attacks breakaway region\n\nBy Ivan Nechepurenko\n\n{BODY}\nIvan Nechepurenko has been a reporter with The Times since 2015, covering Russia and the former Soviet Union.\n"
    ));
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    assert_eq!(removed(&doc, Reason::Trailer).len(), 1);
    // Someone else's job, or the writer in the text's middle, stays.
    let doc = read(&format!(
        "Azerbaijan attacks breakaway region\n\nBy Ivan Nechepurenko\n\n{BODY}\nAnna Petrova is a reporter who was detained in Baku last year, her editor said on Tuesday.\n"
    ));
    assert_eq!(doc.paragraphs.len(), 3);
}

#[test]
fn bylines_of_capitals_outlets_and_wires() {
    let doc = read(&format!(
        "Azerbaijan attacks breakaway region\n\nBy AIDA SULTANOVA and DASHA LITVINOVA, AP\n\n{BODY}"
    ));
    assert_eq!(doc.authors, ["Aida Sultanova", "Dasha Litvinova"]);
    let doc = read(&format!(
        "Azerbaijan attacks breakaway region\n\nText by: NEWS WIRES\n\n{BODY}"
    ));
    assert!(doc.authors.is_empty());
    assert!(doc.metadata.iter().any(|m| m.text == "Text by: NEWS WIRES"));
    assert_eq!(doc.paragraphs.len(), 2);
}

#[test]
fn outlets_as_bylines_press_release_tails_and_copyright() {
    let doc = read(&format!(
        "Armenia accuses Azerbaijan of ethnic cleansing\n\nSeptember 25, 2023 14:12 GMT\nBy RFE/RL's Armenian Service\n\n{BODY}\nWith reporting by AFP and Reuters\n\nCopyright (c) 2023. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Washington DC 20036.\n"
    ));
    assert!(doc.authors.is_empty());
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    let doc = read(&format!(
        "Russian peacekeepers to remain, Kremlin says\nBy Euronews with AP, AFP\nPublished on 20/09/2023 - 12:41•Updated 21/09/2023 - 09:15\nComments\n\n{BODY}"
    ));
    assert_eq!(doc.authors, ["Euronews"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 20));
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    let doc = read(&format!(
        "FOR IMMEDIATE RELEASE\n\nEU announces humanitarian aid for people fleeing the region\n\nBrussels, 26 September 2023\n\n{BODY}\nFor more information\nPress contact: Balazs Ujvari, +32 2 295 45 78\n\n###\n"
    ));
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
}

#[test]
fn dates_and_datelines_in_other_languages() {
    // A German date line under the headline gives the article's date.
    let doc = read(
        "Bundesregierung kündigt neue Hilfen für Flüchtlinge an\n\n25. September 2023\n\nDie Bundesregierung hat am Montag neue Hilfen für Geflüchtete aus der Region angekündigt.\n\nDas Geld soll über die Vereinten Nationen verteilt werden, teilte das Ministerium mit.\n",
    );
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 25));
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // A Russian agency dateline opening the report goes to metadata.
    let doc = read(
        "Песков: Россия готова продолжать посредничество\n\nМОСКВА, 25 сентября. /ТАСС/. Россия готова продолжать посредничество между сторонами, заявил Песков.\n\nПо его словам, переговоры продолжатся на следующей неделе.\n",
    );
    assert_eq!(
        doc.dateline.as_deref(),
        Some("МОСКВА, 25 сентября. /ТАСС/.")
    );
    assert!(doc.paragraphs[0].text.starts_with("Россия готова"));
    // A Turkish date stamp with the time.
    let doc = read(
        "Dışişleri Bakanlığı açıklama yaptı\n25 Eylül 2023, 14:12\n\nDışişleri Bakanlığı bölgedeki gelişmelere ilişkin yazılı bir açıklama yaptı.\n",
    );
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 25));
}

#[test]
fn furniture_of_sites_in_other_languages() {
    let doc = read(
        "Политика\nПесков: Россия готова продолжать посредничество\nВ Кремле подчеркнули, что миротворцы продолжают выполнять свои задачи\n25 сентября 2023, 14:12\n\nМОСКВА, 25 сентября. /ТАСС/. Россия готова и дальше содействовать урегулированию между Азербайджаном и Арменией, заявил журналистам пресс-секретарь президента Дмитрий Песков.\n\nПо словам Пескова, российские миротворцы продолжают выполнять свои обязанности в регионе.\n\nЧитайте также\nПашинян заявил о готовности принять беженцев\n\nТеги: Армения, Азербайджан\nПодписывайтесь на ТАСС в Telegram\n© 2023 ТАСС. Все права защищены.\n",
    );
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 25));
    assert!(
        doc.title
            .as_deref()
            .is_some_and(|t| t.starts_with("Песков"))
    );
    // A section label over a headline of three words.
    let doc = read(
        "Dünya\nAzerbaycan'dan Karabağ açıklaması\n25.09.2023 14:12\n\nAzerbaycan Dışişleri Bakanlığı, Karabağ'da yaşayan Ermeni sivillerin güvenliğinin garanti altına alınacağını açıkladı.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Azerbaycan'dan Karabağ açıklaması")
    );
    // Counter-example: two lines opening a text with no date or byline
    // under them: the first is no section label.
    let doc = read(
        "Girls basketball\nPalm Bay beats Rockledge\n\nThe team won the final on Sunday evening in front of a full stadium of supporters.\n",
    );
    assert!(
        removed(&doc, Reason::Kicker).is_empty(),
        "{:?}",
        doc.removed
    );
}

#[test]
fn breadcrumbs_and_a_german_byline_under_the_standfirst() {
    let doc = read(
        "Startseite\nAusland\nAsien\nBergkarabach: Tausende fliehen nach Armenien\nStand: 25.09.2023 14:12 Uhr\n\nNach der Offensive Aserbaidschans fliehen Tausende Menschen aus Bergkarabach. Armenien spricht von ethnischer Säuberung.\n\nVon Silvia Stöber, tagesschau.de\n\nSeit Sonntag haben mehr als 6500 Menschen die Grenze nach Armenien überquert, wie die Regierung in Eriwan mitteilte. Die meisten kommen in Goris an.\n\nRegierungschef Nikol Paschinjan sagte, Armenien sei bereit, bis zu 40.000 Familien aufzunehmen.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Bergkarabach: Tausende fliehen nach Armenien")
    );
    assert_eq!(removed(&doc, Reason::Kicker).len(), 3);
    assert_eq!(doc.authors, ["Silvia Stöber"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 25));
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // Counter-example: more than three short lines over the headline are
    // no breadcrumb trail.
    let doc = read(
        "Alpha\nBeta\nGamma\nDelta\nBergkarabach: Tausende fliehen nach Armenien\nStand: 25.09.2023 14:12 Uhr\n\nSeit Sonntag haben mehr als 6500 Menschen die Grenze nach Armenien überquert, wie die Regierung in Eriwan mitteilte.\n",
    );
    assert!(
        removed(&doc, Reason::Kicker).is_empty(),
        "{:?}",
        doc.removed
    );
}

#[test]
fn a_name_signed_below_the_article() {
    let body = "Премьер-министр Армении Никол Пашинян заявил, что республика готова принять до 40 тысяч семей беженцев из Нагорного Карабаха.\n\nПо данным армянских властей, с воскресенья границу пересекли более 6,5 тыс. человек, многие из них провели ночь в дороге.\n\n";
    let doc = read(&format!("{body}Кирилл Кривошеев\n"));
    assert_eq!(doc.authors, ["Кирилл Кривошеев"]);
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // Counter-examples: an institution, and a name when a byline already
    // named the writer.
    for (text, paragraphs) in [
        (format!("{body}European Union\n"), 3),
        (format!("By Anna Smith\n\n{body}Kirill Krivosheev\n"), 3),
    ] {
        let doc = read(&text);
        assert_eq!(
            doc.paragraphs.len(),
            paragraphs,
            "{text}: {:?}",
            doc.paragraphs
        );
    }
}

#[test]
fn a_name_signed_in_capitals_below_the_article() {
    let body = |first: &str| {
        format!(
            "{first} mở cửa đón chuyến tàu đầu tiên vào sáng thứ Bảy, theo thông báo của ban quản lý cảng biển thành phố.\n\nCác doanh nghiệp logistics cho biết chi phí vận chuyển sẽ giảm đáng kể khi cảng mới đi vào hoạt động ổn định.\n\n"
        )
    };
    for (sign, want) in [
        ("HOÀNG HIỆP", "Hoàng Hiệp"),
        ("JEAN DUPONT", "Jean Dupont"),
        ("ANNA MARIA KOWALSKA", "Anna Maria Kowalska"),
    ] {
        let doc = read(&format!("{}{sign}\n", body("Cảng")));
        assert_eq!(doc.authors, [want], "{sign}");
        assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    }
    // Counter-examples: words the text writes in lower case, an
    // institution, one word, a byline that named the writer already.
    for text in [
        format!("{}CẢNG MỚI\n", body("Cảng mới")),
        format!("{}EUROPEAN UNION\n", body("Cảng")),
        format!("{}HẾT\n", body("Cảng")),
        format!("By Anna Smith\n\n{}JEAN DUPONT\n", body("Cảng")),
    ] {
        let doc = read(&text);
        assert_eq!(doc.paragraphs.len(), 3, "{text}: {:?}", doc.paragraphs);
    }
}

#[test]
fn a_sharers_note_pointing_at_a_pasted_article_goes() {
    let en = "From this morning's paper, the link is paywalled so here it is whole 👇\n\nMetro to reach the docks on 26 March, the rest in two years\n\nStaff Reporter\n\nKolkata\n\nLast updated: 16 January 2028 08:12\n\nThe purple line will open as far as the docks on 26 March, the railway said on Saturday, and residents of the south can then ride straight through.\n\nThe new stretch has two stations. Work on it was held up for a long time by a dispute over port land.\n";
    let doc = read(en);
    assert_eq!(
        doc.title.as_deref(),
        Some("Metro to reach the docks on 26 March, the rest in two years")
    );
    assert!(doc.authors.is_empty(), "{:?}", doc.authors);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2028, 1, 16));
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    assert_eq!(removed(&doc, Reason::ReaderNote).len(), 1);
    let bn = "সকালের কাগজ থেকে, পুরোটা এখানে দিলাম ⬇️\n\nবন্দর পর্যন্ত মেট্রো চালু হবে মার্চে, বাকিটা দু’বছর পরে\n\nনিজস্ব সংবাদদাতা\n\nকলকাতা\n\nশেষ আপডেট: ১৬ জানুয়ারি ২০২৮ ০৮:১২\n\nপার্পল লাইনে বন্দর পর্যন্ত যাত্রী পরিষেবা চালু হবে আগামী ২৬ মার্চ, শনিবার জানিয়েছেন রেল কর্তৃপক্ষ। দক্ষিণের বাসিন্দারা তখন সরাসরি যাতায়াত করতে পারবেন বলে আশা করা হচ্ছে।\n\nনতুন অংশে দু’টি স্টেশন থাকছে। জমি নিয়ে জটিলতায় এই অংশের কাজ দীর্ঘ দিন আটকে ছিল বলে জানা গিয়েছে।\n";
    let doc = read(bn);
    assert_eq!(
        doc.title.as_deref(),
        Some("বন্দর পর্যন্ত মেট্রো চালু হবে মার্চে, বাকিটা দু’বছর পরে")
    );
    assert!(doc.authors.is_empty(), "{:?}", doc.authors);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2028, 1, 16));
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // Counter-example: a first line that points down, with no headline
    // and stamp under it, is the text's own.
    let plain = "What the council decided on Tuesday 👇\n\nThe council voted to keep the night buses running until the end of the year, the mayor said after the meeting.\n\nThe vote was close, with eleven members for the plan and nine against it.\n";
    let doc = read(plain);
    assert_eq!(
        doc.title.as_deref(),
        Some("What the council decided on Tuesday 👇")
    );
    assert!(removed(&doc, Reason::ReaderNote).is_empty());
}

#[test]
fn a_clipping_files_frame_and_list_marks_go() {
    let text = "CITY TRANSPORT OFFICE - PRESS REVIEW\nClipped 19/6/2027 - compiled by the press desk\n==============================\n\nSource: The Harbour Courier (courier.example), Business\nSaturday, 19 June 2027 10:45\n\nNew terminal takes its first container ship\n\nThe first ship docked at the new terminal on Saturday morning, bringing 1,200 containers from the east, the port authority said.\n\nThe operator has set itself three goals for the year:\n- 120 calls by container ships;\n- 250,000 containers handled;\n- three new routes abroad.\n\nThe city is also speeding up the road that will link the terminal to the industrial park in the north.\n\nJOHN HARTLEY\n\n------------------------------\nNote from the compiler: forward to the planning team.\n";
    let doc = read(text);
    assert_eq!(
        doc.title.as_deref(),
        Some("New terminal takes its first container ship")
    );
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2027, 6, 19));
    assert_eq!(doc.authors, ["John Hartley"]);
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 6, "{texts:?}");
    assert_eq!(texts[2], "120 calls by container ships;");
    assert_eq!(removed(&doc, Reason::DatabaseField).len(), 3);
    assert_eq!(removed(&doc, Reason::ReaderNote).len(), 1);
}

#[test]
fn the_first_paragraph_under_a_date_line_is_text_not_a_standfirst() {
    // Headline, date, then the lead: in one block, or one line each.
    for text in [
        "Armenia ready to take 40,000 families from Karabakh\n25.09.2023, 14:12\nPrime Minister Nikol Pashinyan said the republic is ready to receive up to 40,000 refugee families.\n\nMore than 6,500 people have crossed the border since Sunday, the authorities said on Monday.\n",
        "Пашинян: Армения готова принять 40 тысяч семей из Карабаха\n25 сентября 2023, 14:12\nПремьер-министр Армении Никол Пашинян заявил, что республика готова принять до 40 тысяч семей беженцев.\n\nПо данным армянских властей, с воскресенья границу пересекли более 6,5 тыс. человек.\n",
    ] {
        let doc = read(text);
        assert_eq!(doc.subtitle, None, "{text}");
        assert!(doc.date.is_some(), "{text}");
        assert_eq!(doc.paragraphs.len(), 2, "{text}");
    }
    // Counter-example: a standfirst above the date stays the subtitle.
    let doc = read(
        "Armenia ready to take 40,000 families from Karabakh\nThe prime minister says the country has prepared places for the refugees.\n25.09.2023, 14:12\n\nPrime Minister Nikol Pashinyan said the republic is ready to receive up to 40,000 refugee families.\n",
    );
    assert!(
        doc.subtitle
            .as_deref()
            .is_some_and(|s| s.starts_with("The prime minister says"))
    );
}

#[test]
fn a_menu_copied_above_the_headline_is_navigation() {
    let doc = read(
        "Skip to main content\nLe Monde\nSubscribe\nLog in\nInternational\nEurope\nINTERNATIONAL\nArmenia\n\nArmenia's prime minister seeks guarantees from Paris as Karabakh exodus ends\n\nNikol Pashinyan is expected to ask France for air-defence equipment after the exodus.\n\nBy Faustine Vincent\n\nThe Armenian prime minister arrived in Paris on Monday for talks with the French president, officials said.\n\nHe is expected to ask for air-defence systems and support for the refugees, his office said on Sunday.\n",
    );
    assert!(
        doc.title
            .as_deref()
            .is_some_and(|t| t.starts_with("Armenia's prime minister"))
    );
    assert_eq!(doc.authors, vec!["Faustine Vincent".to_string()]);
    let menu = removed(&doc, Reason::Navigation);
    assert!(menu.contains(&"Le Monde".to_string()), "{menu:?}");
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // In Russian, with the date under a standfirst.
    let doc = read(
        "ТАСС\nИнформационное агентство России\nПолитика\nВ мире\n\nЛавров: Россия не намерена уходить с Южного Кавказа\n\nМинистр отметил, что Москва продолжит поддерживать контакты с Баку и Ереваном\n\n3 октября 2023, 12:35\n\nРоссия не собирается уходить с Южного Кавказа, заявил министр иностранных дел Сергей Лавров.\n",
    );
    assert!(
        doc.title
            .as_deref()
            .is_some_and(|t| t.starts_with("Лавров"))
    );
    assert!(doc.date.is_some());
    // A row of sections between bars, and a date over the writer's name.
    let doc = read(
        "Gazeta Lokalna\nWiadomości | Sport | Kultura | Ogłoszenia | Kontakt\n\nNowy Targ\nMiasto dostało pieniądze na nowe lodowisko\n11.03.2025, 14:20 | Anna Nowak\n\nMiasto otrzymało 24 mln zł dofinansowania na budowę krytego lodowiska przy ulicy Parkowej, poinformował burmistrz.\n\nPrzetarg na wykonawcę ma zostać ogłoszony jeszcze w kwietniu, a prace ruszą jesienią.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Miasto dostało pieniądze na nowe lodowisko")
    );
    assert_eq!(doc.authors, vec!["Anna Nowak".to_string()]);
    assert!(doc.date.is_some());
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // Counter-examples: short lines with no byline or date under them are
    // a heading and a subheading, and a short headline over a standfirst
    // is no menu item (see `furniture_of_sites_in_other_languages`).
    let doc = read(
        "Results\nGirls basketball\nPalm Bay d. Rockledge 70-44\n\nThe Pirates led from the start and never looked back, with three players scoring in double figures on Tuesday.\n",
    );
    assert!(removed(&doc, Reason::Navigation).is_empty());
}

#[test]
fn a_link_to_another_story_under_its_heading_between_paragraphs() {
    let doc = read(&format!(
        "{BODY}\nRead also\n\nRussia's peacekeepers watched Karabakh fall. Here's why they stood aside.\n\nThe Kremlin has said little publicly about the evacuation, and declined to give any figures on Friday.\n\nLire aussi | Salomé Zourabichvili, une présidente contre son propre camp\n\nThe talks are due to resume in Brussels next month, the European Union's envoy said on Saturday.\n"
    ));
    let related = removed(&doc, Reason::Related);
    assert!(
        related
            .iter()
            .any(|t| t.starts_with("Russia's peacekeepers")),
        "{related:?}"
    );
    assert!(
        related.iter().any(|t| t.starts_with("Lire aussi")),
        "{related:?}"
    );
    assert_eq!(doc.paragraphs.len(), 4, "{:?}", doc.paragraphs);
    // A heading that is itself removed as a related-link label ("Also Read:").
    let doc = read(&format!(
        "{BODY}\nAlso Read:\n\nEU Ambassador: Judicial Reform Key to Georgia's Candidate Status\n\nThe talks are due to resume in Brussels next month, the European Union's envoy said on Saturday.\n"
    ));
    assert!(
        removed(&doc, Reason::Related)
            .iter()
            .any(|t| t.starts_with("EU Ambassador")),
        "{:?}",
        doc.removed
    );
    assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
    // Counter-example: a paragraph under a subheading "Read more" stays.
    let doc = read(&format!(
        "{BODY}\nRead more\n\nThe talks are due to resume in Brussels next month, the European Union's envoy told reporters on Saturday.\n"
    ));
    assert!(removed(&doc, Reason::Related).is_empty());
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.text.starts_with("The talks are due")),
        "{:?}",
        doc.paragraphs
    );
    // Two headlines under a German heading, then a subheading that stays.
    let doc = read(&format!(
        "{BODY}\nLesen Sie mehr zum Thema\n\nWohnungsmarkt: Warum in München so viele Wohnungen leer stehen\n\nMietspiegel 2025: Was Mieter jetzt wissen müssen\n\nKritik vom Verein\n\nThe talks are due to resume in Brussels next month, the European Union's envoy told reporters on Saturday.\n"
    ));
    assert_eq!(removed(&doc, Reason::Related).len(), 2, "{:?}", doc.removed);
    assert!(
        doc.paragraphs.iter().any(|p| p.text == "Kritik vom Verein"),
        "{:?}",
        doc.paragraphs
    );
}

#[test]
fn a_writers_name_alone_over_the_date_is_the_byline() {
    // One line each, under a standfirst that ends no sentence.
    let doc = read(
        "España firma con Azerbaiyán un acuerdo para importar gas a través del corredor del sur\n\nEl Gobierno busca diversificar sus fuentes tras el cierre del gasoducto del Magreb y la caída del suministro ruso\n\nIgnacio Fariza\nMadrid - 03 oct 2023 - 05:40 CEST\nActualizado: 03 oct 2023 - 09:12 CEST\n\nLa vicepresidenta tercera y ministra para la Transición Ecológica firmó este lunes en Bakú un memorando de entendimiento.\n\nEl acuerdo, que no fija volúmenes ni precios, abre la puerta a que el gas azerí llegue a la península.\n",
    );
    assert_eq!(doc.authors, vec!["Ignacio Fariza".to_string()]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    assert!(doc.subtitle.is_some());
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // Counter-example: two capitalised words over a sentence are a
    // subheading of the text, not a writer.
    let doc = read(&format!(
        "Peace talks resume in Geneva after a month\n\n{BODY}\nNew Rules\nThe parliament adopted the rules on Monday, after a debate that lasted all night.\n"
    ));
    assert!(doc.authors.is_empty(), "{:?}", doc.authors);
}

#[test]
fn a_numeric_date_that_reads_either_way_is_settled_by_the_text() {
    let page = |body: &str| {
        format!(
            "Civil.ge\nHome\nNews\nAnalysis\n\nParliament Passes Bill on Judicial Appointments\n\n03/10/2023 - 14:25\n\n{body}\n\nThe amendments, backed by 84 MPs of the ruling party, lower the threshold required to nominate candidates.\n"
        )
    };
    // The report names the day in words: 3 October, not 10 March.
    let doc = read(&page(
        "The Georgian Parliament on October 3 adopted in the third reading amendments to the Law on Common Courts.",
    ));
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    assert_eq!(
        doc.title.as_deref(),
        Some("Parliament Passes Bill on Judicial Appointments")
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    // And the other way round ("10 March" in words).
    let doc = read(&page(
        "The Georgian Parliament on 10 March adopted in the third reading amendments to the Law on Common Courts.",
    ));
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 3, 10));
    // Counter-example: the text names neither day. The line is still the
    // date line of the header (the title is found), but no date is guessed,
    // and a note says why, with its line.
    let doc = read(&page(
        "The Georgian Parliament on Tuesday adopted in the third reading amendments to the Law on Common Courts.",
    ));
    assert_eq!(doc.date, None);
    assert_eq!(
        doc.title.as_deref(),
        Some("Parliament Passes Bill on Judicial Appointments")
    );
    assert_eq!(doc.warnings.iter().count(), 1, "{:?}", doc.warnings);
    let note = &doc.warnings[0];
    assert_eq!(note.line, Some(8));
    assert!(
        note.message.contains("3 October 2023") && note.message.contains("10 March 2023"),
        "{}",
        note.message
    );
    // "may" and "march" in lower case are words, not months.
    let doc = read(&page(
        "Deputies may 3 times a year march 10 abreast to the hall, the speaker said after the vote on Tuesday.",
    ));
    assert_eq!(doc.date, None);
    // In another language than English, the day comes first.
    let doc = read(
        "Élargissement de l'UE : les Vingt-Sept divisés sur le calendrier\n\nMis à jour: 03/10/2023 - 16:21\n\nLe chef de la diplomatie européenne a réaffirmé lundi que l'avenir de l'Ukraine se trouvait au sein de l'Union, mais plusieurs capitales veulent d'abord des réformes.\n\nLes dirigeants européens doivent aborder la question lors du sommet informel de jeudi et vendredi, avant le Conseil européen de décembre.\n",
    );
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    // The stamp's time zone settles it: east of the Atlantic, day first;
    // North America's, month first.
    let zoned = |stamp: &str| {
        read(&format!(
            "EU Ministers Split on Enlargement\n\n{stamp}\n\nThe bloc's foreign policy chief said on Monday that Ukraine's future lay inside the union, but several capitals want reforms first.\n\nLeaders are due to discuss the question at an informal summit on Thursday and Friday.\n"
        ))
    };
    let doc = zoned("Published on 03/10/2023 - 16:42 GMT+2");
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let doc = zoned("Published 10/03/2023 9:15 AM EDT");
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    // A date stated in front matter settles it, and no note is left.
    let doc = read(&format!(
        "---\ndate: 2023-10-03\n---\n{}",
        page(
            "The Georgian Parliament on Tuesday adopted the amendments to the Law on Common Courts."
        )
    ));
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn a_dateline_with_the_byline_on_its_line_under_the_date() {
    let doc = read(&format!(
        "Azerbaijan, Bulgaria discuss increasing gas supplies via Greece\n\n3 October 2023 15:47 (UTC +04:00)\n\nBaku, Azerbaijan, October 3. By Leman Zeynalova\n\nBaku, October 3, Trend:\n\n{BODY}"
    ));
    assert_eq!(doc.authors, vec!["Leman Zeynalova".to_string()]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    assert!(doc.dateline.is_some());
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    assert!(doc.paragraphs[0].text.starts_with("Russia will keep"));
}

#[test]
fn a_page_selected_whole_in_a_browser_keeps_its_header_and_loses_its_foot() {
    let menu =
        "Skip to main content\nNews Site\nWorld\nBusiness\nMarkets\nSport\nCulture\nSign In\n";
    let body = "Ukraine's grain corridor has carried 14 ships since August, officials said on Tuesday, as owners weigh the risk of Russian attacks.\n\nWar-risk premiums run at about 1% of a vessel's value for a seven-day cover, three insurance sources said, against 0.1% elsewhere.\n\nRomania has stepped up mine clearing along its coast after a drifting mine damaged a cargo ship last month, diplomats said.\n";
    let foot = "Read Next\nEuropecategory\nRomania finds drone fragments on its territory after attack on port\nCommoditiescategory\nBlack Sea wheat prices slip as harvest estimates rise\n\nSite Index\nAuthors\nArchive\nAbout Us\nCareers\nContact\n\n© 2023 News Site. All rights reserved\n";
    let page = format!(
        "{menu}\nEurope\n\nShips defy Russian threats to use Ukraine's Black Sea corridor\n\nOwners are drawn by higher freight rates despite the risk of attacks on the way to Odesa.\n\nBy Dmytro Kovalenko\n\nOctober 3, 2023\n\nArticle for subscribers\nShare\n\n{body}\n{foot}"
    );
    let doc = read(&page);
    assert_eq!(
        doc.title.as_deref(),
        Some("Ships defy Russian threats to use Ukraine's Black Sea corridor")
    );
    assert!(doc.subtitle.is_some(), "{:?}", doc.metadata);
    assert_eq!(doc.authors, vec!["Dmytro Kovalenko".to_string()]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts[0].starts_with("Ukraine's grain corridor"));
    assert!(texts[2].starts_with("Romania has stepped up"));
    // Counter-example: the same article with its own list of short lines
    // between paragraphs, and no menu above it, is no page copy: the list
    // stays.
    let list = "Eggs\nSpinach\nSweet potato\nOlive oil\nSalt\nPepper\n";
    let doc = read(&format!("{body}\n{list}\n{body}"));
    assert!(
        doc.paragraphs.iter().any(|p| p.text.contains("Spinach")),
        "{:?}",
        doc.paragraphs
    );
}

#[test]
fn a_page_copy_keeps_the_article_on_both_sides_of_a_box_inside_it() {
    let menu = "Aller au contenu\nLe Journal\nMenu\nActualité\nPolitique\nInternational\nÉconomie\nCulture\n";
    let p = |n: usize| {
        format!(
            "Paragraph {n} of the report says that the Romanian army deployed new radars and air-defence batteries in the Danube delta on Tuesday, after drones fell on its territory, the ministry said.\n"
        )
    };
    let page = format!(
        "{menu}\nLa Roumanie renforce sa défense aérienne face aux drones\n\nPar Claire Dumont\n\n3 octobre 2023\n\n{}\n{}\n{}\n{}\nÀ lire aussi\nGuerre en Ukraine : le corridor maritime à l'épreuve\n\n{}\nNewsletter\nL'Essentiel de l'International\nAbonnez-vous\n\n{}\n{}\nSujets\nRoumanie\nUkraine\nOtan\n\nMentions légales\nNous contacter\nCGU\n",
        p(1),
        p(2),
        p(3),
        p(4),
        p(5),
        p(6),
        p(7)
    );
    let doc = read(&page);
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    for n in 1..=6 {
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with(&format!("Paragraph {n} "))),
            "{n}: {texts:?}"
        );
    }
    assert!(!texts.iter().any(|t| t.contains("Mentions")), "{texts:?}");
}

#[test]
fn a_caption_right_over_its_credit_is_a_caption() {
    let doc = read(&format!(
        "{BODY}\nProeuropäische Kundgebung in Tiflis im Juni 2023\nBild: IMAGO\n\n{BODY}"
    ));
    assert!(
        removed(&doc, Reason::Caption)
            .iter()
            .any(|t| t.starts_with("Proeuropäische")),
        "{:?}",
        doc.removed
    );
    // One paragraph to a line: the caption has the last paragraph right
    // above it, and ends no sentence.
    let doc = read(
        "The talks in Geneva ended on Friday without an agreement on the border, officials from both delegations said.\nKommissionspräsidentin von der Leyen bei einem Besuch in Kiew (Archivbild)\nBild: Sergei Supinsky/AFP/Getty Images\nThe next round is due in November, a diplomat said after the session in the Swiss city.\n",
    );
    assert!(
        removed(&doc, Reason::Caption)
            .iter()
            .any(|t| t.starts_with("Kommissionspräsidentin")),
        "{:?}",
        doc.removed
    );
    // Counter-example: the last line of a paragraph over a credit stays.
    let doc = read(
        "The talks in Geneva ended on Friday without an agreement on the border,\nofficials from both delegations said.\nPhoto: Reuters\n\nThe next round is due in November, a diplomat said after the session.\n",
    );
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.text.ends_with("officials from both delegations said.")),
        "{:?}",
        doc.paragraphs
    );
}

#[test]
fn a_writers_name_right_under_the_date_is_the_byline() {
    let body = "The government in Tbilisi says it has met most of the conditions set by Brussels, while the opposition points to a new law on foreign agents.\n\nThe commission will publish its assessment in early November, and the leaders will decide at their summit in December, diplomats said.\n\nProtesters gathered again on Tuesday evening outside the parliament, waving the flags of Georgia and of the European Union.\n";
    let menu =
        "Skip to content\nThe Review\nHome\nAbout\nNews\nOpinion\nAnalysis\nEurope\nAsia\nSearch\n";
    let header = "Georgia’s EU Candidate Bid: Reforms, Polarization And The Road To December\n\nOctober 3, 2023\n\nNino Tsereteli\n\n0 Comments\n\n";
    for text in [format!("{header}{body}"), format!("{menu}\n{header}{body}")] {
        let doc = read(&text);
        assert_eq!(doc.authors, vec!["Nino Tsereteli".to_string()], "{text}");
        assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
        assert!(
            doc.paragraphs[0]
                .text
                .starts_with("The government in Tbilisi"),
            "{:?}",
            doc.paragraphs
        );
    }
    // Counter-examples: a place or a section under the date, whose words
    // the article writes in lower case, is nobody.
    for (line, word) in [("New Delhi", "new"), ("World News", "news")] {
        let text = format!(
            "Georgia’s EU Candidate Bid: Reforms, Polarization And The Road To December\n\nOctober 3, 2023\n\n{line}\n\n{body}\nThe {word} rules came into force last week, officials said on Monday.\n"
        );
        let doc = read(&text);
        assert!(doc.authors.is_empty(), "{line}: {:?}", doc.authors);
    }
}

#[test]
fn a_page_copys_signature_under_the_article_is_its_writer() {
    let menu =
        "Skip to main content\nNews Site\nWorld\nBusiness\nMarkets\nSport\nCulture\nSign In\n";
    let body = "Ukraine's grain corridor has carried 14 ships since August, officials said on Tuesday, as owners weigh the risk of Russian attacks.\n\nWar-risk premiums run at about 1% of a vessel's value for a seven-day cover, three insurance sources said, against 0.1% elsewhere.\n\nRomania has stepped up mine clearing along its coast after a drifting mine damaged a cargo ship last month, diplomats said.\n";
    let foot = "Share\nFacebook\nTwitter\n\nRead Next\nRomania finds drone fragments on its territory after attack on port\nBlack Sea wheat prices slip as harvest estimates rise\n\nSite Index\nAuthors\nArchive\nAbout Us\nCareers\nContact\n\n© 2023 News Site. All rights reserved\n";
    let page = |signature: &str| {
        format!(
            "{menu}\nEurope\n\nShips defy Russian threats to use Ukraine's Black Sea corridor\n\nOctober 3, 2023\n\n{body}\n{signature}\n\n{foot}"
        )
    };
    for (signature, want) in [
        (
            "Authors: Anahit Hakobyan, Gor Mkhitaryan",
            vec!["Anahit Hakobyan", "Gor Mkhitaryan"],
        ),
        ("Марина Лавренова", vec!["Марина Лавренова"]),
    ] {
        let doc = read(&page(signature));
        assert_eq!(doc.authors, want, "{signature}");
        assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
        assert!(
            doc.metadata.iter().any(|m| m.field == "author"),
            "{:?}",
            doc.metadata
        );
    }
    // Counter-example: a heading of the page's right under the article,
    // whose words the page writes in lower case elsewhere, is nobody.
    let doc = read(&format!(
        "{}\nSee more related stories from the region.\n",
        page("Related Stories")
    ));
    assert!(doc.authors.is_empty(), "{:?}", doc.authors);
}

#[test]
fn the_bylines_name_repeated_under_the_article_is_no_paragraph() {
    let body = "Ukraine's grain corridor has carried 14 ships since August, officials said on Tuesday, as owners weigh the risk of Russian attacks.\n\nWar-risk premiums run at about 1% of a vessel's value for a seven-day cover, three insurance sources said.\n";
    let doc = read(&format!(
        "Ships defy threats in the Black Sea\n\nBy Jane Doe\n\n{body}\nJane Doe\n"
    ));
    assert_eq!(doc.authors, ["Jane Doe"]);
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // Counter-example: another name as the last line is a paragraph (no
    // signature is taken when the byline named the writer).
    let doc = read(&format!(
        "Ships defy threats in the Black Sea\n\nBy Jane Doe\n\n{body}\nJohn Roe\n"
    ));
    assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
}

#[test]
fn a_page_copys_date_and_byline_under_the_article_are_its_date_and_writer() {
    let menu = "Zum Inhalt springen\nDW\nThemen\nDeutschland\nWelt\nUkraine\nWirtschaft\nKultur\nSport\nSuche\n";
    let body = "Die Europäische Kommission hat am Dienstag vorgeschlagen, der Ukraine in den kommenden vier Jahren weitere Milliarden Euro an Zuschüssen und Krediten zu gewähren.\n\nFür die Umsetzung braucht die Kommission die Zustimmung aller Mitgliedsstaaten, und mehrere Regierungen haben bereits Bedenken angemeldet.\n\nDiplomaten in Brüssel rechnen dennoch mit einer Einigung bis zum Jahresende, wie mehrere Beamte am Rande des Treffens sagten.\n";
    let foot = "Teilen\nFacebook\nWhatsApp\n\nMehr zum Thema\nOrbán droht mit Veto gegen Ukraine-Hilfe\nSelenskyj wirbt in Brüssel um Beitrittsgespräche\n\nImpressum\nKontakt\n";
    let page = |stamps: &str| {
        format!(
            "{menu}\nEuropa\n\nEU-Kommission schlägt neue Milliardenhilfe für die Ukraine vor\n\n{body}\n{stamps}\n\n{foot}"
        )
    };
    let doc = read(&page(
        "Datum 03.10.2023\nAutorin/Autor Katharina Brenner (mit dpa, Reuters)",
    ));
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
    assert_eq!(doc.authors, ["Katharina Brenner"]);
    assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
    // Counter-examples: a bare run of dates as the last paragraph (an
    // exhibition's) is the article's; the dates of related stories below
    // the article are not its date.
    let doc = read(&format!(
        "Museum opens show\n\n{body}\n29 November 2018 | 20 January 2019\n"
    ));
    assert_eq!(doc.paragraphs.len(), 4, "{:?}", doc.paragraphs);
    assert_eq!(doc.date, None);

    // are not the article's.
    let doc = read(&page(
        "Teilen\nFacebook\n\nMehr zum Thema\nOrbán droht mit Veto gegen Ukraine-Hilfe\n28.09.2023\nSelenskyj wirbt in Brüssel um Beitrittsgespräche\n21.09.2023",
    ));
    assert_eq!(doc.date, None);
    assert_eq!(doc.date, None);
}

#[test]
fn a_page_copys_header_keeps_its_headline_over_sections_names_roles_and_credits() {
    let menu =
        "Skip to main content\nThe Site\nHome\nNews\nPolitics\nBusiness\nWorld\nOpinion\nSearch\n";
    let body = "North Macedonia's government acknowledged on Tuesday that the country will not open the first cluster of accession talks this year, officials said.\n\nThe ruling coalition is still short of the two-thirds majority needed to change the constitution, and the opposition has refused to back the amendment.\n\nDiplomats in Brussels said the delay could last well into next year, after the elections that are due in the spring.\n";
    let foot = "Share\nFacebook\nTwitter\n\nRelated Articles\nSerbia and Kosovo trade blame over border clash\nMoldova opens talks on energy with Romania\n\nAbout Us\nContact\nPrivacy\n";
    let headline = "North Macedonia's EU Hopes Fade as Constitutional Amendment Stalls";
    for (above, below, authors) in [
        (
            "Balkans | Politics | North Macedonia\n",
            "Elena Trajkovska, Besnik Krasniqi\nBIRN\nSkopje\nOctober 3, 2023\n",
            vec!["Elena Trajkovska", "Besnik Krasniqi"],
        ),
        (
            "POLITICS > DIPLOMACY\n",
            "Oleksandr Hrytsenko\nKyiv Post Business Reporter\nOctober 3, 2023, 6:42 pm\n",
            vec!["Oleksandr Hrytsenko"],
        ),
        (
            "Europe\nAsia\nAfrica\nAmericas\n",
            "THE SITE WITH AFP\nSKOPJE\nOCT 03, 2023 - 4:27 PM GMT+3\n",
            vec![],
        ),
        // An audio player, a summary button and share buttons between the
        // standfirst and the stamps; a date joined with "de".
        (
            "Sociedad\nTransporte\n",
            "Escuchar nota\nVer resumen\nResumen generado\nGuardar\nCompartir\nX\n3 de octubre de 2023\nPor Elena Trajkovska\n",
            vec!["Elena Trajkovska"],
        ),
        // A magazine's photographer's credit and the photo's caption
        // between the byline and the date.
        (
            "Popular\nLatest\nNewsletters\nSections\nScience\n",
            "By Elena Trajkovska\nPhotographs by Jane Roe for The Site\nA bought-out lot along the river in Skopje after the flood\nOctober 3, 2023, 7 AM ET\n",
            vec!["Elena Trajkovska"],
        ),
    ] {
        let page = format!(
            "{menu}{above}{headline}\nWith the ruling coalition short of a two-thirds majority, the amendment is stuck.\n{below}Protesters outside the parliament in Skopje on Monday.\nJane Roe / Reuters\n{body}\n{foot}"
        );
        let doc = read(&page);
        assert_eq!(doc.title.as_deref(), Some(headline), "{page}");
        assert_eq!(doc.authors, authors, "{page}");
        assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2023, 10, 3));
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].starts_with("North Macedonia's government"));
    }
    // Counter-example: a headline that names countries is a headline.
    let doc = read(&format!(
        "{menu}Armenia, Azerbaijan Sign Peace Deal\nThe two sides ended decades of conflict at a ceremony.\nBy Jane Doe\nOctober 3, 2023\n{body}\n{foot}"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Armenia, Azerbaijan Sign Peace Deal")
    );
}

#[test]
fn a_page_copys_article_ends_at_its_copyright_line() {
    let menu = "Vai al contenuto\nIl Giornale\nCronache\nPolitica\nEsteri\nEconomia\nSport\nCultura\nSalute\nScienze\nViaggi\nMotori\nVideo\n";
    let body = "Il consiglio comunale ha approvato martedì sera il nuovo piano della mobilità urbana, con ventuno voti favorevoli e nove contrari, dopo una seduta di quattro ore.\n\nIl piano prevede tre nuove linee di autobus elettrici entro il 2026 e l'ampliamento della zona a traffico limitato nel centro storico della città.\n\nL'opposizione ha criticato i costi dell'operazione, stimati in quarantotto milioni di euro, e ha chiesto un referendum cittadino entro l'autunno.\n";
    let foot = "© RIPRODUZIONE RISERVATA\n\nLe notizie più importanti della giornata, ogni mattina nella tua casella di posta.\nIscriviti\n\nArgomenti\nmobilità\nautobus\n\nEditrice Il Giornale S.p.A. - Via Roma 8 - 20100 Milano | Capitale sociale: Euro 1.000.000,00 | Codice Fiscale e Partita I.V.A. 01234567890 | Registro delle Imprese di Milano n. 01234567890\n";
    let doc = read(&format!(
        "{menu}\nIl Comune approva il nuovo piano per i trasporti\ndi Giulia Ferraro\n12 marzo 2024\n\n{body}\n{foot}"
    ));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts[2].starts_with("L'opposizione"));
    // Counter-example: a photo's credit opening with "©" inside the
    // article does not end it.
    let doc = read(&format!(
        "{menu}\nIl Comune approva il nuovo piano per i trasporti\ndi Giulia Ferraro\n12 marzo 2024\n\n{}\n© Mario Rossi/Ansa\n\n{}",
        &body[..body.find("\n\nL'opp").unwrap()],
        &body[body.find("L'opp").unwrap()..]
    ));
    assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
}

#[test]
fn a_writers_job_place_and_reading_time_stay_in_the_header() {
    let menu = "Aller au contenu\nLe Journal\nMenu\nActualité\nPolitique\nInternational\nÉconomie\nCulture\n";
    let body = "C'est un dossier que les diplomates belges préféreraient voir réglé avant le premier janvier, mais qui atterrira presque certainement sur leur table.\n\nLa Commission doit publier ses recommandations au début du mois de novembre, et les Vingt-Sept en débattront lors du sommet de décembre.\n\nPlusieurs capitales demandent d'abord des réformes de la justice et de la lutte contre la corruption, selon des diplomates.\n";
    let headline = "Élargissement : la présidence belge de l'UE héritera d'un dossier explosif";
    for (header, author, date) in [
        (
            "Par Pierre Lemaire\nJournaliste au service Monde\nPublié le 4/10/2023 à 06:00 Temps de lecture: 4 min\n",
            "Pierre Lemaire",
            (2023, 10, 4),
        ),
        (
            "Lukas Brändli, Tbilissi\n04.10.2023, 05.30 Uhr\n",
            "Lukas Brändli",
            (2023, 10, 4),
        ),
    ] {
        let page = format!(
            "{menu}\n{headline}\nLes Vingt-Sept restent divisés sur le calendrier.\n{header}\n{body}"
        );
        let doc = read(&page);
        assert_eq!(doc.title.as_deref(), Some(headline), "{page}");
        assert_eq!(doc.authors, vec![author.to_string()], "{page}");
        assert_eq!(
            doc.date,
            chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2)
        );
        assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
    }
    // Counter-example: a headline that opens with a job is a headline.
    let doc = read(&format!(
        "{menu}\nJournalist Arrested in Baku After Raid\nThe police searched the newsroom on Monday.\nBy Jane Doe\nOctober 3, 2023\n\n{body}"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Journalist Arrested in Baku After Raid")
    );
}

#[test]
fn a_read_also_box_of_one_link_inside_a_page_copys_article_is_crossed() {
    let menu = "Naar de inhoud\nDe Krant\nMenu\nZoeken\nNieuws\nBinnenland\nBuitenland\nPolitiek\nEconomie\nKlimaat\nCultuur\nWetenschap\nOpinie\n";
    let p1 = "De waterschappen komen de komende decennia ruim dertien miljard euro tekort om de dijken te versterken die volgens de nieuwe normen in 2050 op orde moeten zijn, blijkt uit een berekening.";
    let p2 = "Intussen lopen de waterschapsbelastingen op. Huishoudens betalen dit jaar gemiddeld ruim negen procent meer dan vorig jaar, en volgend jaar komt daar waarschijnlijk nog een stijging bij.";
    let p3 = "De Tweede Kamer debatteert volgende maand over de begroting van Infrastructuur en Waterstaat, en meerdere fracties hebben al aangekondigd met voorstellen te komen voor extra geld.";
    let head = "Waterschappen willen miljarden extra voor dijken\nEva Hoogendijk\n4 oktober 2024\n";
    let doc = read(&format!(
        "{menu}\n{head}{p1}\nLees ook\nHoe het hoogwater de rivierdijken op de proef stelde\n{p2}\n{p3}\nLees meer over:\nKlimaat\nWater\n"
    ));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, [p1, p2, p3]);
    // Counter-example: a list of other stories under the heading ends the
    // article.
    let doc = read(&format!(
        "{menu}\n{head}{p1}\n{p3}\nLees ook\nHoe het hoogwater de rivierdijken op de proef stelde\nBoeren en waterschap botsen over peilbesluit\nRijkswaterstaat stelt onderhoud uit\n"
    ));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, [p1, p3]);
}

const MENU_NL: &str = "Naar de inhoud\nDe Krant\nMenu\nZoeken\nNieuws\nBinnenland\nBuitenland\nPolitiek\nEconomie\nKlimaat\nCultuur\nWetenschap\nOpinie\n";
const P1: &str = "Trains on the newest metro line will run through the night on Fridays and Saturdays from late July, in a six-month trial the government hopes will revive the city's late-night economy.";
const P2: &str = "The transport minister will announce on Tuesday that services between the two terminals will run every fifteen minutes after midnight on weekends, with extra staff at every station.";
const P3: &str = "The trial is expected to cost about nine million dollars, including security and cleaning, and buses that now replace the trains at night will stop running on those nights.";

#[test]
fn a_link_shared_from_a_phone_over_the_page_it_copied() {
    // The headline, the address and the first paragraph, then the page.
    let head = "Metro to run all night on weekends\nBy Hannah Kearney\nJune 11, 2024\n";
    let doc = read(&format!(
        "Metro to run all night on weekends\nhttps://www.example.com.au/national/metro-all-night-20240610.html\n\n{P1}\n\n{MENU_NL}{head}{P1}\n{P2}\n{P3}\nMost Viewed in National\nBoeren en waterschap botsen over peilbesluit\nRijkswaterstaat stelt onderhoud uit\n"
    ));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, [P1, P2, P3]);
    assert_eq!(doc.authors, ["Hannah Kearney"]);
    // Counter-example: prose over the menus that does not come again is
    // an article's, and the text is no page copy.
    let doc = read(&format!("{P2}\n\n{MENU_NL}\n{P1}\n\n{P3}\n"));
    assert!(
        doc.paragraphs.iter().any(|p| p.text == P2),
        "{:?}",
        doc.paragraphs
    );
    assert!(doc.paragraphs.iter().any(|p| p.text == "Binnenland"));
}

#[test]
fn a_teaser_with_its_own_date_inside_a_page_copys_article_is_crossed() {
    let head = "Energiewende in der Stadt\nMetro to run all night on weekends as trial begins\nBy Hannah Kearney\nJune 11, 2024\n";
    let doc = read(&format!(
        "{MENU_NL}{head}{P1}\nMehr zum Thema\nBuses to stop at night once the trial starts\nThe city will cut three night routes.\nDaniel Fritzsche\n29.01.2024\n{P2}\n{P3}\nMost Viewed in National\nBoeren en waterschap botsen over peilbesluit\n"
    ));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, [P1, P2, P3]);
    assert_eq!(
        doc.title.as_deref(),
        Some("Metro to run all night on weekends as trial begins")
    );
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2024, 6, 11));
    // Counter-example: teasers with dates under the article, their texts
    // cut short, are no part of it.
    let teaser = "The city will cut three night routes once the trial starts, and the union says drivers were never asked about the new rosters or the pay...";
    let doc = read(&format!(
        "{MENU_NL}{head}{P1}\n{P2}\n{P3}\nMore in National\nBuses to stop at night\nNovember 19, 2019 at 5:10 pm\n{teaser}\n{teaser}\nRead More\n"
    ));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, [P1, P2, P3]);
}

#[test]
fn a_factiva_export_with_its_codes() {
    let doc = read(&format!(
        "Factiva\n\nHD      Metro to run all night on weekends\nBY      By Hannah Kearney\nWC      436 words\nPD      11 June 2024\nSN      The Example Herald\nSC      EXHER\nLA      English\nCY      (c) 2024 Example Media. All rights reserved.\n\nLP      {P1}\n\n        {P2}\n\nTD      {P3}\n\nCO      exmpl : Example Transport\nNS      etrans : Transport\nRE      austr : Australia\nAN      Document EXHER020240611ek4300011\n\n\nSearch Summary\nText                 metro AND night\nDate                 01/06/2024 to 30/06/2024\nSource               The Example Herald\nAuthor               All Authors\nCompany              All Companies\nSubject              All Subjects\nLanguage             English\nResults Found        14\n"
    ));
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, [P1, P2, P3]);
    assert_eq!(
        doc.title.as_deref(),
        Some("Metro to run all night on weekends")
    );
    assert_eq!(doc.authors, ["Hannah Kearney"]);
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2024, 6, 11));
    assert!(removed(&doc, Reason::DatabaseField).len() >= 10);
}

#[test]
fn share_buttons_listed_between_a_page_copys_header_and_article_are_passed_over() {
    let menu = "Portal\nSearch\n• News\n• World\n• Business\n• Sport\n• Culture\n• Science\n";
    let body = "The national javelin record fell on Sunday at the European team championships in Ostrava, where the thrower opened with two modest attempts.\n\nHer third throw flew past the old mark by more than a metre, and the judges measured it twice before the result was shown.\n\nThe coach said the new run-up, practised all winter, was still not fully used in competition but already paid off.\n";
    let foot = "Topics\n• athletics\n• javelin\nRelated\n• Shot put silver after the first day\n• A comeback after elbow surgery\n";
    let page = |share: &str| {
        format!(
            "{menu}Athletics\nJavelin thrower breaks the national record in Ostrava\nAnna Ozola (Sports desk)\n20 June 2027, 20:41\nShare\n{share}{body}{foot}"
        )
    };
    let doc = read(&page("• Facebook\n• X\n• Draugiem.lv\n• E-mail\n"));
    assert_eq!(
        doc.title.as_deref(),
        Some("Javelin thrower breaks the national record in Ostrava")
    );
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2027, 6, 20));
    // Counter-examples: a list under a line of the page, not under the
    // header's date, stays the page's with that line; a list of other
    // stories there is no share list, and the header above it is not the
    // article's.
    let doc = read(&format!(
        "{menu}Javelin thrower breaks the national record in Ostrava\nby Anna Ozola June 20, 2027\nSharing is caring!\n0shares\n• Pinterest\n• Facebook\n• Twitter\n{body}{foot}"
    ));
    assert!(
        doc.paragraphs
            .iter()
            .all(|p| p.text != "Sharing is caring!"),
        "{:?}",
        doc.paragraphs
    );
    let doc = read(&page(
        "• Sprinter sets a new best in Riga\n• Hurdles final moved to Monday\n• Ticket sales open for the national games\n",
    ));
    assert_ne!(
        doc.title.as_deref(),
        Some("Javelin thrower breaks the national record in Ostrava")
    );
}

#[test]
fn a_page_copys_header_with_a_standfirst_and_a_year_first_date_in_figures() {
    let page = |headline: &str, standfirst: &str, name: &str, date: &str| {
        format!(
            "Ugrás a tartalomra\nPesti Hírlap\nElőfizetés\nBelépés\n\n  * Belföld\n  * Külföld\n  * Gazdaság\n  * Sport\n\nGazdaság\n\n{headline}\n\n{standfirst}\n\n{name}\n{date}\n\nFacebook\nTwitter\nE-mail\n\nA fővárosi közgyűlés szerdán megszavazta a tömegközlekedési díjak emelését, amely április elsejétől lép életbe a város összes járatán.\n\nAz emelés indoka a közlemény szerint elsősorban az energiaárak növekedése és a járműpark felújításának költsége, amelyet az állami támogatás nem fedez.\n\nCímkék\n  * közlekedés\n  * főváros\n"
        )
    };
    for (date, want) in [
        ("2026. 03. 14. 18:05", (2026, 3, 14)),
        ("2026.11.02", (2026, 11, 2)),
        ("2026. március 14., szombat", (2026, 3, 14)),
    ] {
        let doc = read(&page(
            "Drágul a tömegközlekedés a fővárosban jövő tavasztól",
            "A bérletek ára átlagosan tizenkét százalékkal nő, a diákok kedvezménye viszont megmarad.",
            "Szabó Anna",
            date,
        ));
        assert_eq!(
            doc.title.as_deref(),
            Some("Drágul a tömegközlekedés a fővárosban jövő tavasztól"),
            "{date}"
        );
        assert_eq!(doc.authors, ["Szabó Anna"], "{date}");
        let (y, m, d) = want;
        assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(y, m, d), "{date}");
        assert!(
            doc.subtitle
                .as_deref()
                .is_some_and(|s| s.starts_with("A bérletek")),
            "{date}"
        );
        assert_eq!(doc.paragraphs.len(), 2, "{date}: {:?}", doc.paragraphs);
    }
}

#[test]
fn a_stamp_with_a_four_figure_year_and_am_or_pm_is_the_pages_own() {
    let text = |stamp: &str, lead: &str| {
        format!(
            "Harga minyak sawit naik minggu ini\n\n{stamp}\n\n{lead} -- Harga minyak sawit mentah naik 2.1 peratus minggu ini didorong oleh permintaan yang kukuh dari luar negara, kata penganalisis.\n\nPara peniaga berkata bekalan dijangka kekal ketat sehingga akhir suku tahun ini.\n"
        )
    };
    // The text's dateline names the day: the stamp reads day first.
    let doc = read(&text(
        "05/06/2026 09:30 AM",
        "KUALA LUMPUR, 5 Jun (Bernama)",
    ));
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2026, 6, 5));
    // A day over 12 says it alone.
    let doc = read(&text(
        "17/06/2026 4:15 PM",
        "KUALA LUMPUR, 17 Jun (Bernama)",
    ));
    assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2026, 6, 17));
    // Counter-example: an English text with nothing to say which reading
    // it is leaves the date unstated.
    let doc = read(
        "Palm oil prices rise this week\n\n05/06/2026 09:30 AM\n\nPalm oil prices rose 2.1 percent this week on strong demand from abroad, analysts said in their weekly notes.\n\nTraders said supplies were expected to stay tight until the end of the quarter.\n",
    );
    assert_eq!(doc.date, None);
    assert!(doc.paragraphs.iter().all(|p| !p.text.contains("09:30")));
    // Counter-example: the same line on each page is a print's header.
    let doc = read(&format!(
        "{}\n05/06/2026 09:30 AM\n\nPara peniaga berkata harga dijangka kekal tinggi sehingga akhir suku tahun ini, menurut laporan mingguan mereka.\n",
        text("05/06/2026 09:30 AM", "KUALA LUMPUR, 5 Jun (Bernama)")
    ));
    assert_eq!(doc.date, None);
}
