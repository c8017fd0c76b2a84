//! Dates in words: month names and their abbreviations, years and decades.

/// The months, January first.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number (1–12) of a month name as articles print it: the full name
/// or its three-letter abbreviation, "Sept" too, in any case, with or
/// without a trailing dot ("September", "SEP", "Sept.", "mar").
pub(crate) fn month(name: &str) -> Option<u32> {
    let n = name.strip_suffix('.').unwrap_or(name);
    let position = MONTHS.iter().position(|m| {
        m.eq_ignore_ascii_case(n)
            || (n.len() == 3 && m.get(..3).is_some_and(|a| a.eq_ignore_ascii_case(n)))
    });
    match position {
        Some(i) => Some(i as u32 + 1),
        None if n.eq_ignore_ascii_case("sept") => Some(9),
        None => None,
    }
}

/// Month names in the other languages juxta reads, January first in each
/// row: German, French, Spanish, Italian, Portuguese, Dutch, Polish (the
/// genitive, as in dates), Russian and Ukrainian (genitive, then Russian
/// nominative), Turkish, Azerbaijani and Armenian (nominative, genitive),
/// Hungarian, Czech (genitive), Swedish, Norwegian, Finnish (partitive, as
/// in dates), Romanian, Greek (genitive), Indonesian, Slovak and
/// Lithuanian (genitive), Latvian (nominative, then locative), Estonian,
/// Bulgarian, Serbian (Cyrillic, then Latin), Croatian (genitive), Catalan, Welsh,
/// Swahili, Hausa, Icelandic, Albanian, Macedonian, Belarusian (genitive),
/// Kazakh, Malay, Tagalog, Basque, Galician, Sinhala, Tamil, Hindi,
/// Bengali and Urdu.
const FOREIGN_MONTHS: [[&str; 12]; 65] = [
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    [
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
        "kasım", "aralık",
    ],
    [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ],
    [
        "հունվար",
        "փետրվար",
        "մարտ",
        "ապրիլ",
        "մայիս",
        "հունիս",
        "հուլիս",
        "օգոստոս",
        "սեպտեմբեր",
        "հոկտեմբեր",
        "նոյեմբեր",
        "դեկտեմբեր",
    ],
    [
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    ],
    [
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
    [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    [
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
    ],
    [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    [
        "ιανουαρίου",
        "φεβρουαρίου",
        "μαρτίου",
        "απριλίου",
        "μαΐου",
        "ιουνίου",
        "ιουλίου",
        "αυγούστου",
        "σεπτεμβρίου",
        "οκτωβρίου",
        "νοεμβρίου",
        "δεκεμβρίου",
    ],
    [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    [
        "januára",
        "februára",
        "marca",
        "apríla",
        "mája",
        "júna",
        "júla",
        "augusta",
        "septembra",
        "októbra",
        "novembra",
        "decembra",
    ],
    [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
    [
        "janvāris",
        "februāris",
        "marts",
        "aprīlis",
        "maijs",
        "jūnijs",
        "jūlijs",
        "augusts",
        "septembris",
        "oktobris",
        "novembris",
        "decembris",
    ],
    [
        "janvārī",
        "februārī",
        "martā",
        "aprīlī",
        "maijā",
        "jūnijā",
        "jūlijā",
        "augustā",
        "septembrī",
        "oktobrī",
        "novembrī",
        "decembrī",
    ],
    [
        "jaanuar",
        "veebruar",
        "märts",
        "aprill",
        "mai",
        "juuni",
        "juuli",
        "august",
        "september",
        "oktoober",
        "november",
        "detsember",
    ],
    [
        "януари",
        "февруари",
        "март",
        "април",
        "май",
        "юни",
        "юли",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ],
    [
        "јануар",
        "фебруар",
        "март",
        "април",
        "мај",
        "јун",
        "јул",
        "август",
        "септембар",
        "октобар",
        "новембар",
        "децембар",
    ],
    [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
    [
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "listopada",
        "studenoga",
        "prosinca",
    ],
    [
        "gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
        "octubre", "novembre", "desembre",
    ],
    // Welsh.
    [
        "ionawr",
        "chwefror",
        "mawrth",
        "ebrill",
        "mai",
        "mehefin",
        "gorffennaf",
        "awst",
        "medi",
        "hydref",
        "tachwedd",
        "rhagfyr",
    ],
    // Swahili.
    [
        "januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
        "oktoba", "novemba", "desemba",
    ],
    // Hausa.
    [
        "janairu", "fabrairu", "maris", "afrilu", "mayu", "yuni", "yuli", "agusta", "satumba",
        "oktoba", "nuwamba", "disamba",
    ],
    // Icelandic.
    [
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ], // Albanian.
    [
        "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
        "tetor", "nëntor", "dhjetor",
    ],
    // Macedonian.
    [
        "јануари",
        "февруари",
        "март",
        "април",
        "мај",
        "јуни",
        "јули",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ],
    // Belarusian (genitive).
    [
        "студзеня",
        "лютага",
        "сакавіка",
        "красавіка",
        "мая",
        "чэрвеня",
        "ліпеня",
        "жніўня",
        "верасня",
        "кастрычніка",
        "лістапада",
        "снежня",
    ],
    // Kazakh.
    [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    // Malay.
    [
        "januari",
        "februari",
        "mac",
        "april",
        "mei",
        "jun",
        "julai",
        "ogos",
        "september",
        "oktober",
        "november",
        "disember",
    ],
    // Tagalog.
    [
        "enero",
        "pebrero",
        "marso",
        "abril",
        "mayo",
        "hunyo",
        "hulyo",
        "agosto",
        "setyembre",
        "oktubre",
        "nobyembre",
        "disyembre",
    ],
    // Basque.
    [
        "urtarrila",
        "otsaila",
        "martxoa",
        "apirila",
        "maiatza",
        "ekaina",
        "uztaila",
        "abuztua",
        "iraila",
        "urria",
        "azaroa",
        "abendua",
    ],
    // Galician.
    [
        "xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro",
        "outubro", "novembro", "decembro",
    ],
    // Sinhala.
    [
        "ජනවාරි",
        "පෙබරවාරි",
        "මාර්තු",
        "අප්‍රේල්",
        "මැයි",
        "ජූනි",
        "ජූලි",
        "අගෝස්තු",
        "සැප්තැම්බර්",
        "ඔක්තෝබර්",
        "නොවැම්බර්",
        "දෙසැම්බර්",
    ],
    // Tamil.
    [
        "ஜனவரி",
        "பிப்ரவரி",
        "மார்ச்",
        "ஏப்ரல்",
        "மே",
        "ஜூன்",
        "ஜூலை",
        "ஆகஸ்ட்",
        "செப்டம்பர்",
        "அக்டோபர்",
        "நவம்பர்",
        "டிசம்பர்",
    ],
    // Hindi.
    [
        "जनवरी",
        "फ़रवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    ],
    // Bengali.
    [
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    // Urdu.
    [
        "جنوری",
        "فروری",
        "مارچ",
        "اپریل",
        "مئی",
        "جون",
        "جولائی",
        "اگست",
        "ستمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ],
    // Gujarati.
    [
        "જાન્યુઆરી",
        "ફેબ્રુઆરી",
        "માર્ચ",
        "એપ્રિલ",
        "મે",
        "જૂન",
        "જુલાઈ",
        "ઑગસ્ટ",
        "સપ્ટેમ્બર",
        "ઑક્ટોબર",
        "નવેમ્બર",
        "ડિસેમ્બર",
    ],
    // Kannada.
    [
        "ಜನವರಿ",
        "ಫೆಬ್ರವರಿ",
        "ಮಾರ್ಚ್",
        "ಏಪ್ರಿಲ್",
        "ಮೇ",
        "ಜೂನ್",
        "ಜುಲೈ",
        "ಆಗಸ್ಟ್",
        "ಸೆಪ್ಟೆಂಬರ್",
        "ಅಕ್ಟೋಬರ್",
        "ನವೆಂಬರ್",
        "ಡಿಸೆಂಬರ್",
    ],
    // Punjabi (Gurmukhi).
    [
        "ਜਨਵਰੀ",
        "ਫ਼ਰਵਰੀ",
        "ਮਾਰਚ",
        "ਅਪ੍ਰੈਲ",
        "ਮਈ",
        "ਜੂਨ",
        "ਜੁਲਾਈ",
        "ਅਗਸਤ",
        "ਸਤੰਬਰ",
        "ਅਕਤੂਬਰ",
        "ਨਵੰਬਰ",
        "ਦਸੰਬਰ",
    ],
    // Burmese.
    [
        "ဇန်နဝါရီ",
        "ဖေဖော်ဝါရီ",
        "မတ်",
        "ဧပြီ",
        "မေ",
        "ဇွန်",
        "ဇူလိုင်",
        "ဩဂုတ်",
        "စက်တင်ဘာ",
        "အောက်တိုဘာ",
        "နိုဝင်ဘာ",
        "ဒီဇင်ဘာ",
    ],
    // Assamese.
    [
        "জানুৱাৰী",
        "ফেব্ৰুৱাৰী",
        "মাৰ্চ",
        "এপ্ৰিল",
        "মে’",
        "জুন",
        "জুলাই",
        "আগষ্ট",
        "ছেপ্তেম্বৰ",
        "অক্টোবৰ",
        "নৱেম্বৰ",
        "ডিচেম্বৰ",
    ],
    // Nepali.
    [
        "जनवरी",
        "फेब्रुअरी",
        "मार्च",
        "अप्रिल",
        "मे",
        "जुन",
        "जुलाई",
        "अगस्ट",
        "सेप्टेम्बर",
        "अक्टोबर",
        "नोभेम्बर",
        "डिसेम्बर",
    ],
    // Sinhala.
    [
        "ජනවාරි",
        "පෙබරවාරි",
        "මාර්තු",
        "අප්‍රේල්",
        "මැයි",
        "ජූනි",
        "ජූලි",
        "අගෝස්තු",
        "සැප්තැම්බර්",
        "ඔක්තෝබර්",
        "නොවැම්බර්",
        "දෙසැම්බර්",
    ],
    // Khmer.
    [
        "មករា",
        "កុម្ភៈ",
        "មីនា",
        "មេសា",
        "ឧសភា",
        "មិថុនា",
        "កក្កដា",
        "សីហា",
        "កញ្ញា",
        "តុលា",
        "វិច្ឆិកា",
        "ធ្នូ",
    ],
    // Uyghur.
    [
        "يانۋار",
        "فېۋرال",
        "مارت",
        "ئاپرېل",
        "ماي",
        "ئىيۇن",
        "ئىيۇل",
        "ئاۋغۇست",
        "سېنتەبىر",
        "ئۆكتەبىر",
        "نويابىر",
        "دېكابىر",
    ],
    // Sindhi.
    [
        "جنوري",
        "فيبروري",
        "مارچ",
        "اپريل",
        "مئي",
        "جون",
        "جولاءِ",
        "آگسٽ",
        "سيپٽمبر",
        "آڪٽوبر",
        "نومبر",
        "ڊسمبر",
    ],
    // Bashkir.
    [
        "ғинуар",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    // Northern Sámi.
    [
        "ođđajagemánnu",
        "guovvamánnu",
        "njukčamánnu",
        "cuoŋománnu",
        "miessemánnu",
        "geassemánnu",
        "suoidnemánnu",
        "borgemánnu",
        "čakčamánnu",
        "golggotmánnu",
        "skábmamánnu",
        "juovlamánnu",
    ],
    // Northern Sámi, the genitive a date writes ("13. čakčamánu 2028").
    [
        "ođđajagemánu",
        "guovvamánu",
        "njukčamánu",
        "cuoŋománu",
        "miessemánu",
        "geassemánu",
        "suoidnemánu",
        "borgemánu",
        "čakčamánu",
        "golggotmánu",
        "skábmamánu",
        "juovlamánu",
    ],
    // West Frisian.
    [
        "jannewaris",
        "febrewaris",
        "maart",
        "april",
        "maaie",
        "juny",
        "july",
        "augustus",
        "septimber",
        "oktober",
        "novimber",
        "desimber",
    ],
    // Occitan.
    [
        "genièr", "febrièr", "març", "abril", "mai", "junh", "julhet", "agost", "setembre",
        "octobre", "novembre", "decembre",
    ],
    // Māori.
    [
        "Hānuere", "Pēpuere", "Māehe", "Āperira", "Mei", "Hune", "Hūrae", "Ākuhata", "Hepetema",
        "Oketopa", "Noema", "Tīhema",
    ],
    // Māori, the months' own names.
    [
        "Kohi-tātea",
        "Hui-tanguru",
        "Poutū-te-rangi",
        "Paenga-whāwhā",
        "Haratua",
        "Pipiri",
        "Hōngongoi",
        "Here-turi-kōkā",
        "Mahuru",
        "Whiringa-ā-nuku",
        "Whiringa-ā-rangi",
        "Hakihea",
    ],
];

/// Folds a month name for comparison: lower case, the Turkish dotless ı as
/// i (so that "KASIM" and "kasım" agree), no final dot.
fn fold_month(name: &str) -> String {
    let n = name.strip_suffix('.').unwrap_or(name);
    n.to_lowercase().replace('ı', "i")
}

/// Month number (1–12) of a month name in English (as [`month`]) or in one
/// of the other languages of [`FOREIGN_MONTHS`], in full, in any case;
/// Armenian also in the genitive ("սեպտեմբերի"). For dates as printed
/// ("25 сентября 2023", "19 sentyabr 2023", "25. September 2023"), not for
/// running text, where several of these are words too.
pub(crate) fn month_any(name: &str) -> Option<u32> {
    static FOLDED: std::sync::LazyLock<std::collections::HashMap<String, u32>> =
        std::sync::LazyLock::new(|| {
            let mut map = std::collections::HashMap::new();
            for row in &FOREIGN_MONTHS {
                for (i, m) in row.iter().enumerate() {
                    let n = i as u32 + 1;
                    let m = fold_month(m);
                    if m.starts_with(|c: char| ('\u{0531}'..='\u{058F}').contains(&c)) {
                        map.insert(format!("{m}ի"), n);
                    }
                    map.insert(m, n);
                }
            }
            // Polish "listopada" is November, Croatian October: Polish by
            // itself (the date's form tells them apart where it can; see
            // `meta::foreign_month_date`).
            map.insert(fold_month("listopada"), 11);
            map
        });
    if let Some(m) = month(name) {
        return Some(m);
    }
    FOLDED.get(&fold_month(name)).copied()
}

/// Month number of a month's name cut short, as dates print it with a
/// dot ("28 janv. 2025", "12 iun. 2025", "3 févr. 2024", "5 ene. 2024"):
/// `name` without its dot, three letters or more, that begins the name of
/// one month only in every language of [`FOREIGN_MONTHS`] ("mar" begins
/// "martie", "mars" and "marzo", all March; "ma" is too short).
pub(crate) fn month_abbreviated(name: &str) -> Option<u32> {
    static PREFIXES: std::sync::LazyLock<std::collections::HashMap<String, Option<u32>>> =
        std::sync::LazyLock::new(|| {
            let mut map: std::collections::HashMap<String, Option<u32>> =
                std::collections::HashMap::new();
            for row in &FOREIGN_MONTHS {
                for (i, m) in row.iter().enumerate() {
                    let n = i as u32 + 1;
                    let m = fold_month(m);
                    let cuts = m.char_indices().map(|(at, _)| at).skip(3);
                    for at in cuts {
                        let e = map.entry(m[..at].to_string()).or_insert(Some(n));
                        if *e != Some(n) {
                            *e = None;
                        }
                    }
                }
            }
            map
        });
    if name.chars().count() < 3 {
        return None;
    }
    month(name).or_else(|| PREFIXES.get(&fold_month(name)).copied().flatten())
}

/// Every foreign month name of [`month_any`], for patterns ("ı" written
/// `[ıi]`, Armenian with an optional genitive "ի").
pub(crate) fn foreign_month_pattern() -> String {
    let mut names: Vec<String> = FOREIGN_MONTHS
        .iter()
        .flatten()
        .map(|m| {
            let m = m.replace('ı', "[ıi]");
            if m.starts_with(|c: char| ('\u{0531}'..='\u{058F}').contains(&c)) {
                format!("{m}ի?")
            } else {
                m
            }
        })
        .collect();
    // Longest first, so that "juli" does not take the start of "julio".
    names.sort_by_key(|m| std::cmp::Reverse(m.len()));
    names.dedup();
    names.join("|")
}

/// Month number of a word of running text (folded, lower-case): as
/// [`month`], except "mar", which in running text is the verb more often
/// than March.
pub(crate) fn month_word(word: &str) -> Option<u32> {
    if word == "mar" { None } else { month(word) }
}

/// What a word says about dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// Nothing.
    None,
    /// A plausible year, 1800–2099.
    Year(i32),
    /// A decade: `1990s`, `90s` (its first year).
    Decade(i32),
    /// A month name or its abbreviation (1–12).
    Month(u32),
}

/// What `word` (folded, lower-case) says about dates.
pub(crate) fn date_word(word: &str) -> DateWord {
    if let Some(m) = month_word(word) {
        return DateWord::Month(m);
    }
    let b = word.as_bytes();
    if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
        if let Ok(y) = word.parse::<i32>()
            && (1800..=2099).contains(&y)
        {
            return DateWord::Year(y);
        }
        return DateWord::None;
    }
    if let Some(d) = word.strip_suffix('s') {
        return decade(d);
    }
    DateWord::None
}

/// The decade of "1990" or "90" (a word without its "s").
fn decade(d: &str) -> DateWord {
    let db = d.as_bytes();
    if !(db.iter().all(u8::is_ascii_digit) && db.last() == Some(&b'0')) {
        return DateWord::None;
    }
    if db.len() == 4
        && let Ok(y) = d.parse::<i32>()
        && (1800..=2090).contains(&y)
    {
        return DateWord::Decade(y);
    }
    if db.len() == 2
        && let Ok(y) = d.parse::<i32>()
    {
        return DateWord::Decade(1900 + y);
    }
    DateWord::None
}

#[cfg(test)]
mod tests {
    #[test]
    fn months_cut_short() {
        for (w, m) in [
            ("janv", 1),
            ("févr", 2),
            ("iun", 6),
            ("iul", 7),
            ("ene", 1),
            ("abr", 4),
            ("ago", 8),
            ("dic", 12),
            ("déc", 12),
            ("juil", 7),
            ("Sept", 9),
            ("окт", 10),
            ("mar", 3),
        ] {
            assert_eq!(month_abbreviated(w), Some(m), "{w}");
        }
        // Too short, no month's start, or the start of two months' names
        // (Czech "června" June and "července" July).
        // Croatian "srpnja" (July) and Czech "srpna" (August) share "srp".
        for w in ["ju", "de", "abc", "house", "červ", "srp"] {
            assert_eq!(month_abbreviated(w), None, "{w}");
        }
    }

    use super::*;

    #[test]
    fn months_in_every_printed_form() {
        for (name, n) in [
            ("September", 9),
            ("sept", 9),
            ("Sept.", 9),
            ("SEP", 9),
            ("may", 5),
            ("Mar.", 3),
            ("jun", 6),
            ("december", 12),
        ] {
            assert_eq!(month(name), Some(n), "{name}");
        }
        for name in ["ma", "sep..", "janu", "septe", "marchy", ""] {
            assert_eq!(month(name), None, "{name}");
        }
        assert_eq!(month_word("mar"), None);
        assert_eq!(month_word("march"), Some(3));
    }

    #[test]
    fn months_in_other_languages() {
        for (name, n) in [
            ("сентября", 9),
            ("Сентябрь", 9),
            ("sentyabr", 9),
            ("Eylül", 9),
            ("KASIM", 11),
            ("kasım", 11),
            ("März", 3),
            ("septembre", 9),
            ("août", 8),
            ("września", 9),
            ("вересня", 9),
            ("սեպտեմբերի", 9),
            ("սեպտեմբեր", 9),
            ("September", 9),
            ("februára", 2),
            ("gegužės", 5),
            ("jūnijs", 6),
            ("jūnijā", 6),
            ("юли", 7),
            ("октобар", 10),
            ("lipnja", 6),
            ("juliol", 7),
        ] {
            assert_eq!(month_any(name), Some(n), "{name}");
        }
        // Neither English abbreviations of these nor other words.
        for name in ["sent", "eyl", "people", "martin", "ma", ""] {
            assert_eq!(month_any(name), None, "{name}");
        }
        let re = regex::Regex::new(&format!("^(?i:{})$", foreign_month_pattern())).unwrap();
        for name in [
            "сентября",
            "KASIM",
            "kasım",
            "սեպտեմբերի",
            "juillet",
            "julio",
        ] {
            assert!(re.is_match(name), "{name}");
        }
        assert!(!re.is_match("people"));
    }

    #[test]
    fn years_and_decades() {
        assert_eq!(date_word("1993"), DateWord::Year(1993));
        assert_eq!(date_word("2100"), DateWord::None);
        assert_eq!(date_word("1990s"), DateWord::Decade(1990));
        assert_eq!(date_word("80s"), DateWord::Decade(1980));
        assert_eq!(date_word("1995s"), DateWord::None);
        assert_eq!(date_word("sept"), DateWord::Month(9));
    }
}
