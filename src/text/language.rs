//! The language of a text: ISO 639-1 codes ("en", "de", "hy"), their
//! English names, detection from a document's paragraphs (with `whatlang`,
//! trigram statistics over about 70 languages), and the Snowball stemmer of
//! each language that has one.
//!
//! Detection abstains rather than guess: a text with fewer than
//! [`MIN_LETTERS`] letters, one whatlang is not confident about
//! ([`MIN_CONFIDENCE`]), or one of whose halves is English and the other
//! surely not (a mixed text) has no language (`None`); a half with too few
//! function words to tell (names and figures) does not make a text mixed. English, the usual case,
//! and German are recognised first by a fast path (the share of the
//! language's function words in each half of the text, [`MARKERS`]);
//! whatlang reads at most [`SAMPLE_BYTES`] bytes of the rest (three times
//! as many in a script of three bytes a character). A text whose
//! halves are in two languages, one of them a fast-path language, has no
//! language; one mixing two others is given the language of its beginning.

/// Letters a text needs before its language is guessed (about 25 words):
/// below it, trigram statistics are too thin to be right often enough.
pub(crate) const MIN_LETTERS: usize = 150;

/// The confidence (0–1, whatlang's measure of how far the best language
/// is ahead of the next) below which detection abstains.
pub(crate) const MIN_CONFIDENCE: f64 = 0.5;

/// At most this many bytes of a document are read by whatlang: the
/// language of a news article is settled long before, and the cost of
/// detection stays bounded however long the document is.
const SAMPLE_BYTES: usize = 500;

/// At most this many bytes are read by the fast path.
const FAST_SAMPLE_BYTES: usize = 2_000;

/// Words of a text the fast path needs before it decides.
const FAST_MIN_WORDS: usize = 40;

/// The share of words that must be one language's [`MARKERS`], in each half
/// of the sample, for the fast path to decide. English and German prose
/// have 18–25 % of their own markers; other languages under 3 % of either's.
const FAST_MIN_SHARE: f64 = 0.12;

/// Per fast-path language, function words frequent in it and rare in the
/// other languages written in Latin script. Not in English's: "in", "is",
/// "was", "an", "die", "also", "on" (German, Dutch or French words too);
/// not in German's: "in", "an", "so", "was", "er", "es" (English, Dutch).
const MARKERS: [(&str, &[&str]); 2] = [
    (
        "en",
        &[
            "the", "of", "and", "to", "that", "with", "for", "by", "it", "are", "this", "from",
            "have", "has", "which", "were", "be", "its",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "nicht", "ist", "mit", "sich", "des", "dem", "den", "eine",
            "einer", "auch", "wurde", "auf", "zu", "ein", "im",
        ],
    ),
];

/// The ISO 639-1 codes with their English names.
const CODES: &str = "aa Afar|ab Abkhazian|ae Avestan|af Afrikaans|ak Akan|am Amharic|an Aragonese|\
ar Arabic|as Assamese|av Avaric|ay Aymara|az Azerbaijani|ba Bashkir|be Belarusian|bg Bulgarian|\
bi Bislama|bm Bambara|bn Bengali|bo Tibetan|br Breton|bs Bosnian|ca Catalan|ce Chechen|\
ch Chamorro|co Corsican|cr Cree|cs Czech|cu Church Slavonic|cv Chuvash|cy Welsh|da Danish|\
de German|dv Divehi|dz Dzongkha|ee Ewe|el Greek|en English|eo Esperanto|es Spanish|et Estonian|\
eu Basque|fa Persian|ff Fula|fi Finnish|fj Fijian|fo Faroese|fr French|fy Western Frisian|\
ga Irish|gd Scottish Gaelic|gl Galician|gn Guarani|gu Gujarati|gv Manx|ha Hausa|he Hebrew|\
hi Hindi|ho Hiri Motu|hr Croatian|ht Haitian Creole|hu Hungarian|hy Armenian|hz Herero|\
ia Interlingua|id Indonesian|ie Interlingue|ig Igbo|ii Nuosu|ik Inupiaq|io Ido|is Icelandic|\
it Italian|iu Inuktitut|ja Japanese|jv Javanese|ka Georgian|kg Kongo|ki Kikuyu|kj Kwanyama|\
kk Kazakh|kl Kalaallisut|km Khmer|kn Kannada|ko Korean|kr Kanuri|ks Kashmiri|ku Kurdish|kv Komi|\
kw Cornish|ky Kyrgyz|la Latin|lb Luxembourgish|lg Ganda|li Limburgish|ln Lingala|lo Lao|\
lt Lithuanian|lu Luba-Katanga|lv Latvian|mg Malagasy|mh Marshallese|mi Maori|mk Macedonian|\
ml Malayalam|mn Mongolian|mr Marathi|ms Malay|mt Maltese|my Burmese|na Nauru|nb Norwegian Bokmål|\
nd North Ndebele|ne Nepali|ng Ndonga|nl Dutch|nn Norwegian Nynorsk|no Norwegian|nr South Ndebele|\
nv Navajo|ny Chichewa|oc Occitan|oj Ojibwe|om Oromo|or Odia|os Ossetian|pa Punjabi|pi Pali|\
pl Polish|ps Pashto|pt Portuguese|qu Quechua|rm Romansh|rn Kirundi|ro Romanian|ru Russian|\
rw Kinyarwanda|sa Sanskrit|sc Sardinian|sd Sindhi|se Northern Sami|sg Sango|si Sinhala|\
sk Slovak|sl Slovenian|sm Samoan|sn Shona|so Somali|sq Albanian|sr Serbian|ss Swati|\
st Sesotho|su Sundanese|sv Swedish|sw Swahili|ta Tamil|te Telugu|tg Tajik|th Thai|\
ti Tigrinya|tk Turkmen|tl Tagalog|tn Tswana|to Tongan|tr Turkish|ts Tsonga|tt Tatar|tw Twi|\
ty Tahitian|ug Uyghur|uk Ukrainian|ur Urdu|uz Uzbek|ve Venda|vi Vietnamese|vo Volapük|\
wa Walloon|wo Wolof|xh Xhosa|yi Yiddish|yo Yoruba|za Zhuang|zh Chinese|zu Zulu";

/// The ISO 639-1 codes and English names, in code order.
fn codes() -> impl Iterator<Item = (&'static str, &'static str)> {
    CODES.split('|').filter_map(|e| e.split_once(' '))
}

/// The English name of the language with ISO 639-1 code `code`.
pub(crate) fn name(code: &str) -> Option<&'static str> {
    codes().find(|(c, _)| *c == code).map(|(_, n)| n)
}

/// The canonical code of a stated language: an ISO 639-1 code in any case,
/// optionally with a region or script after `-` or `_` ("de-CH", "pt_BR"),
/// which is dropped. `None` when it is not a language code.
pub(crate) fn parse_code(stated: &str) -> Option<&'static str> {
    let primary = stated.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    codes().find(|(c, _)| *c == primary).map(|(c, _)| c)
}

/// The code of a language written by its English name ("German" → "de"),
/// for a hint when a name is given where a code is expected.
pub(crate) fn code_of_name(name: &str) -> Option<&'static str> {
    let name = name.trim();
    codes()
        .find(|(_, n)| n.eq_ignore_ascii_case(name))
        .map(|(c, _)| c)
}

/// "German (de)", or the code alone when it has no name.
pub(crate) fn describe(code: &str) -> String {
    match name(code) {
        Some(n) => format!("{n} ({code})"),
        None => code.to_string(),
    }
}

/// Whether the detector can name `code` (an ISO 639-1 code): Albanian,
/// Icelandic, Swahili, Basque and Malay, among others, it cannot, and
/// reads a text in them as some other language. Kazakh, Kyrgyz, Tajik,
/// Tatar, Bashkir and Mongolian it tells by their letters
/// ([`CYRILLIC_ALPHABETS`]).
pub(crate) fn detectable(code: &str) -> bool {
    whatlang::Lang::all()
        .iter()
        .any(|&l| code_of(l) == Some(code))
        || CYRILLIC_ALPHABETS.iter().any(|(c, _)| *c == code)
}

/// The ISO 639-1 code of a language whatlang detects.
fn code_of(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang as L;
    let code = match lang {
        L::Epo => "eo",
        L::Eng => "en",
        L::Rus => "ru",
        L::Cmn => "zh",
        L::Spa => "es",
        L::Por => "pt",
        L::Ita => "it",
        L::Ben => "bn",
        L::Fra => "fr",
        L::Deu => "de",
        L::Ukr => "uk",
        L::Kat => "ka",
        L::Ara => "ar",
        L::Hin => "hi",
        L::Jpn => "ja",
        L::Heb => "he",
        L::Yid => "yi",
        L::Pol => "pl",
        L::Amh => "am",
        L::Jav => "jv",
        L::Kor => "ko",
        L::Nob => "nb",
        L::Dan => "da",
        L::Swe => "sv",
        L::Fin => "fi",
        L::Tur => "tr",
        L::Nld => "nl",
        L::Hun => "hu",
        L::Ces => "cs",
        L::Ell => "el",
        L::Bul => "bg",
        L::Bel => "be",
        L::Mar => "mr",
        L::Kan => "kn",
        L::Ron => "ro",
        L::Slv => "sl",
        L::Hrv => "hr",
        L::Srp => "sr",
        L::Mkd => "mk",
        L::Lit => "lt",
        L::Lav => "lv",
        L::Est => "et",
        L::Tam => "ta",
        L::Vie => "vi",
        L::Urd => "ur",
        L::Tha => "th",
        L::Guj => "gu",
        L::Uzb => "uz",
        L::Pan => "pa",
        L::Aze => "az",
        L::Ind => "id",
        L::Tel => "te",
        L::Pes => "fa",
        L::Mal => "ml",
        L::Ori => "or",
        L::Mya => "my",
        L::Nep => "ne",
        L::Sin => "si",
        L::Khm => "km",
        L::Tuk => "tk",
        L::Aka => "ak",
        L::Zul => "zu",
        L::Sna => "sn",
        L::Afr => "af",
        L::Lat => "la",
        L::Slk => "sk",
        L::Cat => "ca",
        L::Tgl => "tl",
        L::Hye => "hy",
        L::Cym => "cy",
        #[allow(unreachable_patterns)]
        _ => return None,
    };
    Some(code)
}

/// The language of `text`, as an ISO 639-1 code; `None` when the text is
/// too short, detection is not confident, or the text is mixed.
pub(crate) fn detect(text: &str) -> Option<&'static str> {
    let fast = prefix(text, FAST_SAMPLE_BYTES);
    let halves = marked_halves(fast);
    match halves {
        [Some(a), Some(b)] if a == b => return Some(a),
        // Halves in two fast-path languages: mixed.
        [Some(_), Some(_)] => return None,
        // One half in a fast-path language, the other without enough of
        // its function words (a paragraph of names and figures, or a short
        // half): mixed only when whatlang is sure the other half is in
        // another language.
        [Some(a), None] | [None, Some(a)] => {
            let mut half = fast.len() / 2;
            while !fast.is_char_boundary(half) {
                half += 1;
            }
            let (first, second) = fast.split_at(half);
            let other = if halves[0].is_some() { second } else { first };
            return match confident(prefix(other, SAMPLE_BYTES)) {
                Some(b) if b != a => None,
                _ => Some(a),
            };
        }
        [None, None] => {}
    }
    // A text mostly in a script of three bytes a character (Devanagari,
    // Bengali, Thai, Georgian, Korean …) is read three times as far, so
    // that as many characters are read as of a text in Latin or Cyrillic.
    let head = prefix(text, SAMPLE_BYTES).as_bytes();
    let wide = head.iter().filter(|&&b| (0xE0..0xF0).contains(&b)).count();
    let sample = prefix(
        text,
        if wide * 3 * 2 > head.len() {
            SAMPLE_BYTES * 3
        } else {
            SAMPLE_BYTES
        },
    );
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return None;
    }
    let found = confident(sample);
    match found {
        None | Some("ru" | "uk" | "be" | "bg" | "mk" | "sr") => cyrillic_alphabet(fast).or(found),
        _ => found,
    }
}

/// Languages written in Cyrillic that whatlang cannot name (it reads them
/// as Russian), each with the letters of its alphabet that Russian lacks;
/// Ukrainian and Belarusian are here so that their `і`, `ї`, `ў` are not
/// taken for Kazakh or Uzbek letters.
const CYRILLIC_ALPHABETS: [(&str, &str); 9] = [
    ("mn", "өү"),
    ("be", "іў"),
    ("ky", "ңөү"),
    ("uk", "єіїґ"),
    ("uz", "ўқғҳ"),
    ("tg", "ғӣқӯҳҷ"),
    ("tt", "әөүҗңһ"),
    ("kk", "әғқңөұүһі"),
    ("ba", "әғҙҡңөҫүһ"),
];

/// Of the letters of [`CYRILLIC_ALPHABETS`] that Russian lacks, the share
/// of a text's Cyrillic letters above which the text is in a language
/// that uses them: 4–12 % in Kazakh, Kyrgyz, Tajik or Uzbek prose, under
/// 1 % in Russian naming a Kazakh minister or a Tajik town.
const CYRILLIC_EXTRA_SHARE: f64 = 0.015;

/// The language of a Cyrillic `text` told by the letters its alphabet adds
/// to Russian's: of the [`CYRILLIC_ALPHABETS`] holding (nearly) all the
/// added letters the text uses, the smallest (Kyrgyz's three letters are
/// all Kazakh's too, but a Kazakh text also uses `ә`, `қ`, `і`). `None`
/// when too few letters are added (Russian), when none fits, and for
/// Ukrainian and Belarusian, which whatlang names itself.
fn cyrillic_alphabet(text: &str) -> Option<&'static str> {
    let mut cyrillic = 0usize;
    let mut extra: Vec<(char, usize)> = Vec::new();
    for c in text.chars() {
        if !('\u{400}'..='\u{4FF}').contains(&c) || !c.is_alphabetic() {
            continue;
        }
        cyrillic += 1;
        if ('А'..='я').contains(&c) {
            continue;
        }
        let c = c.to_lowercase().next().unwrap_or(c);
        if !CYRILLIC_ALPHABETS.iter().any(|(_, a)| a.contains(c)) {
            continue;
        }
        match extra.iter_mut().find(|(e, _)| *e == c) {
            Some((_, n)) => *n += 1,
            None => extra.push((c, 1)),
        }
    }
    let total: usize = extra.iter().map(|(_, n)| n).sum();
    if cyrillic < MIN_LETTERS || (total as f64) < CYRILLIC_EXTRA_SHARE * cyrillic as f64 {
        return None;
    }
    let &(code, _) = CYRILLIC_ALPHABETS.iter().find(|(_, alphabet)| {
        let misfit: usize = (extra.iter())
            .filter(|(c, _)| !alphabet.contains(*c))
            .map(|(_, n)| n)
            .sum();
        misfit * 10 <= total
    })?;
    match code {
        "uk" | "be" => None,
        "mn" => mongolian_or_kyrgyz(text),
        _ => Some(code),
    }
}

/// Function words frequent in Kyrgyz and in Mongolian, which share the
/// letters `ө` and `ү`: a Kyrgyz text short of Kyrgyz's `ң` is told from
/// a Mongolian one by them.
const KYRGYZ_OR_MONGOLIAN_WORDS: [(&str, &[&str]); 2] = [
    (
        "ky",
        &[
            "жана",
            "менен",
            "бул",
            "деп",
            "үчүн",
            "деди",
            "дагы",
            "болуп",
            "андан",
            "бирок",
        ],
    ),
    (
        "mn",
        &[
            "нь",
            "юм",
            "байна",
            "гэж",
            "энэ",
            "ба",
            "болон",
            "байсан",
            "гэв",
            "бол",
        ],
    ),
];

/// "ky" or "mn" for a text whose added letters are only `ө` and `ү`, by
/// which of the two languages' function words it has more of; `None` when
/// as many.
fn mongolian_or_kyrgyz(text: &str) -> Option<&'static str> {
    let mut n = [0usize; 2];
    for word in text.split(|c: char| !c.is_alphabetic()) {
        let word = word.to_lowercase();
        for (i, (_, words)) in KYRGYZ_OR_MONGOLIAN_WORDS.iter().enumerate() {
            n[i] += usize::from(words.contains(&word.as_str()));
        }
    }
    match n[0].cmp(&n[1]) {
        std::cmp::Ordering::Greater => Some("ky"),
        std::cmp::Ordering::Less => Some("mn"),
        std::cmp::Ordering::Equal => None,
    }
}

/// The language whatlang gives `text` when it is confident.
fn confident(text: &str) -> Option<&'static str> {
    let info = whatlang::detect(text)?;
    if info.confidence() < MIN_CONFIDENCE {
        return None;
    }
    code_of(info.lang())
}

/// The fast path: for each half of `sample`, the language whose
/// [`MARKERS`] make up at least [`FAST_MIN_SHARE`] of its words, if any.
fn marked_halves(sample: &str) -> [Option<&'static str>; 2] {
    let mut words = [0usize; 2];
    let mut marked = [[0usize; MARKERS.len()]; 2];
    let half = sample.len() / 2;
    let mut from = 0;
    while let Some(w) = super::next_word(sample, from) {
        from = w.next;
        let h = usize::from(w.start >= half);
        words[h] += 1;
        let word = &sample[w.start..w.end];
        if !w.ascii || word.len() > 5 {
            continue;
        }
        let k = packed(word.as_bytes());
        let keys = &*MARKER_KEYS;
        for &(_, l) in keys[keys.partition_point(|&(m, _)| m < k)..]
            .iter()
            .take_while(|&&(m, _)| m == k)
        {
            marked[h][l] += 1;
        }
    }
    [0, 1].map(|h| {
        if words[h] * 2 < FAST_MIN_WORDS {
            return None;
        }
        MARKERS
            .iter()
            .zip(marked[h])
            .find(|(_, n)| *n as f64 >= FAST_MIN_SHARE * words[h] as f64)
            .map(|((code, _), _)| *code)
    })
}

/// A word of at most eight ASCII bytes as one number, in lower case: two
/// words give the same number only when they are the same word, whatever
/// their case (no byte is zero).
fn packed(word: &[u8]) -> u64 {
    (word.iter().take(8)).fold(0, |k, &b| (k << 8) | u64::from(b.to_ascii_lowercase()))
}

/// Every word of [`MARKERS`], packed ([`packed`]), with its language's place
/// in the list, in order: the fast path looks each word of a sample up
/// with one binary search instead of comparing it with every marker (that
/// was most of a document's detection).
static MARKER_KEYS: std::sync::LazyLock<Vec<(u64, usize)>> = std::sync::LazyLock::new(|| {
    let mut keys: Vec<(u64, usize)> = (MARKERS.iter().enumerate())
        .flat_map(|(l, (_, list))| list.iter().map(move |m| (packed(m.as_bytes()), l)))
        .collect();
    keys.sort_unstable();
    keys
});

/// The first `max` bytes of `text`, cut at a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    &text[..boundary(text, max)]
}

/// The last character boundary at or before `i`.
fn boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The Snowball stemmer of a language, when frostem has one.
pub(crate) fn stemmer(code: &str) -> Option<frostem::Algorithm> {
    use frostem::Algorithm as A;
    let a = match code {
        "ar" => A::Arabic,
        "hy" => A::Armenian,
        "eu" => A::Basque,
        "ca" => A::Catalan,
        "cs" => A::Czech,
        "da" => A::Danish,
        "nl" => A::Dutch,
        "en" => A::English,
        "eo" => A::Esperanto,
        "et" => A::Estonian,
        "fi" => A::Finnish,
        "fr" => A::French,
        "de" => A::German,
        "el" => A::Greek,
        "hi" => A::Hindi,
        "hu" => A::Hungarian,
        "id" => A::Indonesian,
        "ga" => A::Irish,
        "it" => A::Italian,
        "lt" => A::Lithuanian,
        "ne" => A::Nepali,
        "no" | "nb" | "nn" => A::Norwegian,
        "fa" => A::Persian,
        "pl" => A::Polish,
        "pt" => A::Portuguese,
        "ro" => A::Romanian,
        "ru" => A::Russian,
        "sr" => A::Serbian,
        "st" => A::Sesotho,
        "es" => A::Spanish,
        "sv" => A::Swedish,
        "ta" => A::Tamil,
        "tr" => A::Turkish,
        "yi" => A::Yiddish,
        _ => return None,
    };
    Some(a)
}

/// Whether a language lower-cases the Turkic way: `I` → `ı`, `İ` → `i`.
pub(crate) fn is_turkic(code: &str) -> bool {
    matches!(
        code,
        "tr" | "az" | "tt" | "kk" | "tk" | "ba" | "crh" | "gag"
    )
}

/// Lower-cases `word`, the Turkic way when `turkic`.
pub(crate) fn lowercase(word: &str, turkic: bool) -> String {
    if !turkic {
        return word.to_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'I' => out.push('ı'),
            'İ' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const EN: &str = "The government said on Tuesday that talks with the neighbouring country would resume next week, after months in which both sides accused each other of breaking the agreement they had signed in the capital.";
    pub(crate) const DE: &str = "Die Regierung erklärte am Dienstag, dass die Gespräche mit dem Nachbarland in der kommenden Woche wieder aufgenommen würden, nachdem sich beide Seiten monatelang gegenseitig vorgeworfen hatten, das in der Hauptstadt unterzeichnete Abkommen zu brechen.";
    pub(crate) const RU: &str = "Правительство заявило во вторник, что переговоры с соседней страной возобновятся на следующей неделе, после нескольких месяцев, в течение которых обе стороны обвиняли друг друга в нарушении соглашения, подписанного в столице.";
    const TR: &str = "Hükümet salı günü yaptığı açıklamada, komşu ülkeyle görüşmelerin gelecek hafta yeniden başlayacağını söyledi. İki taraf aylardır birbirini başkentte imzalanan anlaşmayı ihlal etmekle suçluyordu ve bu durum bölgede büyük bir gerginliğe yol açmıştı.";
    const AZ: &str = "Hökumət çərşənbə axşamı bildirib ki, qonşu ölkə ilə danışıqlar gələn həftə bərpa olunacaq. Hər iki tərəf aylardır bir-birini paytaxtda imzalanmış sazişi pozmaqda ittiham edirdi və bu vəziyyət regionda böyük gərginliyə səbəb olmuşdu.";
    pub(crate) const HY: &str = "Կառավարությունը երեքշաբթի հայտարարել է, որ հարևան երկրի հետ բանակցությունները կվերսկսվեն հաջորդ շաբաթ, այն բանից հետո, երբ ամիսներ շարունակ երկու կողմերը միմյանց մեղադրում էին մայրաքաղաքում ստորագրված համաձայնագիրը խախտելու մեջ։";

    #[test]
    fn markers_are_found_whatever_their_case_and_only_whole() {
        let found = |w: &str| -> Vec<usize> {
            let k = packed(w.as_bytes());
            MARKER_KEYS
                .iter()
                .filter(|&&(m, _)| m == k)
                .map(|&(_, l)| l)
                .collect()
        };
        // Every marker is short enough to be looked up, and found as it is
        // listed, capitalised and in capitals.
        for (l, (_, list)) in MARKERS.iter().enumerate() {
            for m in *list {
                assert!(m.len() <= 5, "{m}");
                let cap = m[..1].to_uppercase() + &m[1..];
                for w in [m.to_string(), cap, m.to_uppercase()] {
                    assert_eq!(found(&w), [l], "{w}");
                }
            }
        }
        // Counter-examples: longer, shorter, or other words; a marker of
        // the other language.
        for w in ["them", "th", "derr", "o", "tHee", "in", "was"] {
            assert!(found(w).is_empty(), "{w}");
        }
        assert_eq!(found("Der"), [1]);
        assert_eq!(found("THE"), [0]);
    }

    #[test]
    fn detects_the_languages_of_the_region() {
        for (text, code) in [
            (EN, "en"),
            (DE, "de"),
            (RU, "ru"),
            (TR, "tr"),
            (AZ, "az"),
            (HY, "hy"),
        ] {
            assert_eq!(detect(text), Some(code), "{text}");
        }
    }

    #[test]
    fn cyrillic_languages_whatlang_reads_as_russian() {
        const KK: &str = "Үкімет сейсенбі күні көрші елмен келіссөздер келесі аптада қайта басталатынын мәлімдеді. Екі тарап бірнеше ай бойы бір-бірін астанада қол қойылған келісімді бұзды деп айыптап келген еді, бұл өңірде үлкен шиеленіс тудырды.";
        const KY: &str = "Өкмөт шейшемби күнү коңшу өлкө менен сүйлөшүүлөр кийинки жумада кайра башталарын билдирди. Эки тарап бир нече ай бою бири-бирин борбор калаада кол коюлган келишимди бузду деп айыптап келишкен, бул аймакта чоң чыңалуу жараткан.";
        const TG: &str = "Ҳукумат рӯзи сешанбе эълон кард, ки гуфтушунидҳо бо кишвари ҳамсоя ҳафтаи оянда аз нав оғоз мешаванд. Ҳарду тараф чанд моҳ боз якдигарро дар вайрон кардани созишномае, ки дар пойтахт имзо шуда буд, айбдор мекарданд ва ин вазъ дар минтақа шиддати зиёд ба вуҷуд овард.";
        const TT: &str = "Хөкүмәт сишәмбе көнне күрше ил белән сөйләшүләр киләсе атнада яңадан башланачагын белдерде. Ике як берничә ай дәвамында бер-берсен башкалада имзаланган килешүне бозуда гаепләп килде, бу төбәктә зур киеренкелек тудырды.";
        const UZ: &str = "Ҳукумат сешанба куни қўшни давлат билан музокаралар келаси ҳафта қайта бошланишини маълум қилди. Икки томон бир неча ой давомида бир-бирини пойтахтда имзоланган келишувни бузганликда айблаб келган эди, бу эса минтақада катта кескинлик келтириб чиқарди.";
        const MN: &str = "Засгийн газар мягмар гарагт хөрш оронтой хийх хэлэлцээ ирэх долоо хоногт дахин эхэлнэ гэж мэдэгдэв. Хоёр тал хэдэн сарын турш нийслэлд гарын үсэг зурсан гэрээг зөрчсөн гэж бие биенээ буруутгаж байсан нь бүс нутагт ихээхэн хурцадмал байдал үүсгэсэн.";
        // Kyrgyz without `ң` in the sample, told from Mongolian by its words.
        const KY_NO_NG: &str = "Өкмөт бул жылы айыл чарба үчүн кошумча каражат бөлүп, фермерлерге арзан насыя берет деп билдирди. Министрдин айтымында, суу түтүктөрүн алмаштыруу иштери күзгө чейин бүтөт жана дыйкандар сугат суусун өз убагында алышат. Бул тууралуу басма сөз жыйынында маалымат берилди.";
        for (text, code) in [
            (KK, "kk"),
            (KY, "ky"),
            (KY_NO_NG, "ky"),
            (TG, "tg"),
            (TT, "tt"),
            (UZ, "uz"),
            (MN, "mn"),
        ] {
            assert_eq!(detect(text), Some(code), "{text}");
            assert!(detectable(code), "{code}");
        }
        // Counter-examples: Russian naming a Kazakh minister and a Tajik
        // town stays Russian; Ukrainian stays Ukrainian.
        let names = format!(
            "{RU} Министр Қанат Әбдірахманов и глава района Ҷалолиддин Раҳимов прибыли в Ҳисор. {RU}"
        );
        assert_eq!(detect(&names), Some("ru"));
        const UK: &str = "Уряд у вівторок заявив, що переговори з сусідньою країною відновляться наступного тижня, після кількох місяців, протягом яких обидві сторони звинувачували одна одну в порушенні угоди, підписаної в столиці. Їхні представники зустрінуться знову.";
        assert_eq!(detect(UK), Some("uk"));
    }

    #[test]
    fn detects_scripts_of_three_bytes_a_character() {
        const HI: &str = "सरकार ने मंगलवार को कहा कि पड़ोसी देश के साथ बातचीत अगले सप्ताह फिर से शुरू होगी। दोनों पक्ष महीनों से एक-दूसरे पर राजधानी में हस्ताक्षरित समझौते को तोड़ने का आरोप लगा रहे थे, जिससे क्षेत्र में भारी तनाव पैदा हो गया था। प्रशासन ने यात्रियों से अपील की है कि वे जहां हैं वहीं सुरक्षित स्थान पर रुके रहें।";
        const BN: &str = "সরকার মঙ্গলবার জানিয়েছে যে প্রতিবেশী দেশের সঙ্গে আলোচনা আগামী সপ্তাহে আবার শুরু হবে। দুই পক্ষ কয়েক মাস ধরে একে অপরকে রাজধানীতে স্বাক্ষরিত চুক্তি ভঙ্গের অভিযোগ করে আসছিল, এবং এই পরিস্থিতি অঞ্চলে বড় উত্তেজনার সৃষ্টি করেছিল।";
        const KA: &str = "მთავრობამ სამშაბათს განაცხადა, რომ მეზობელ ქვეყანასთან მოლაპარაკებები მომავალ კვირას განახლდება, მას შემდეგ რაც ორივე მხარე თვეების განმავლობაში ერთმანეთს დედაქალაქში ხელმოწერილი შეთანხმების დარღვევაში ადანაშაულებდა.";
        for (text, code) in [(HI, "hi"), (BN, "bn"), (KA, "ka")] {
            assert_eq!(detect(text), Some(code), "{text}");
        }
    }

    const NL: &str = "De regering zei dinsdag dat de gesprekken met het buurland volgende week worden hervat, nadat beide partijen elkaar maandenlang hadden beschuldigd van het schenden van het akkoord dat in de hoofdstad was ondertekend.";
    const FR: &str = "Le gouvernement a déclaré mardi que les négociations avec le pays voisin reprendraient la semaine prochaine, après des mois pendant lesquels les deux parties se sont accusées de violer l'accord signé dans la capitale.";

    #[test]
    fn the_fast_path_is_for_english_and_german() {
        assert_eq!(marked_halves(&format!("{EN} {EN}")), [Some("en"); 2]);
        assert_eq!(marked_halves(&format!("{DE} {DE}")), [Some("de"); 2]);
        // Counter-examples: other languages (Dutch shares "die", "den"),
        // too short, half English.
        for (text, halves) in [
            (format!("{NL} {NL}"), [None, None]),
            (format!("{FR} {FR}"), [None, None]),
            (format!("{TR} {TR}"), [None, None]),
            (format!("{AZ} {AZ}"), [None, None]),
            (EN.to_string(), [None, None]),
            (format!("{EN} {EN} {DE} {DE}"), [Some("en"), Some("de")]),
            (format!("{EN} {EN} {TR} {TR}"), [Some("en"), None]),
        ] {
            assert_eq!(marked_halves(&text), halves, "{text}");
        }
        // Dutch and French still go to whatlang, and are told apart.
        assert_eq!(detect(&format!("{NL} {NL}")), Some("nl"));
        assert_eq!(detect(&format!("{FR} {FR}")), Some("fr"));
    }

    #[test]
    fn short_texts_have_no_language() {
        // Counter-examples: a headline, a byline, a German sentence of a few words.
        for text in [
            "Ceasefire holds",
            "By Anna Smith",
            "Die Regierung erklärte am Dienstag.",
            "",
        ] {
            assert_eq!(detect(text), None, "{text}");
        }
    }

    #[test]
    fn mixed_texts_have_no_language() {
        let mixed = format!("{EN} {EN} {DE} {DE}");
        assert_eq!(detect(&mixed), None);
        assert_eq!(detect(&format!("{RU} {RU} {EN} {EN}")), None);
        // Counter-example: the same language twice is not mixed.
        assert_eq!(detect(&format!("{DE} {DE}")), Some("de"));
        // Nor is a German article whose second half is mostly names and
        // figures, with few function words.
        let names = "Regierungschef Nikol Paschinjan sagte am Sonntag, Armenien sei bereit, 40.000 Familien aufzunehmen. Außenminister Ararat Mirsojan traf in Brüssel Josep Borrell, Charles Michel und Olaf Scholz.";
        assert_eq!(detect(&format!("{DE} {names}")), Some("de"));
    }

    #[test]
    fn codes_are_validated_and_named() {
        assert_eq!(parse_code("de"), Some("de"));
        assert_eq!(parse_code("DE"), Some("de"));
        assert_eq!(parse_code("pt-BR"), Some("pt"));
        assert_eq!(parse_code("de_CH"), Some("de"));
        for bad in ["german", "deu", "xx", "", "-de"] {
            assert_eq!(parse_code(bad), None, "{bad}");
        }
        assert_eq!(code_of_name("German"), Some("de"));
        assert_eq!(code_of_name("armenian"), Some("hy"));
        assert_eq!(describe("hy"), "Armenian (hy)");
        assert_eq!(codes().count(), 183);
    }

    #[test]
    fn stemmers_where_frostem_has_one() {
        for code in ["en", "de", "ru", "tr", "hy"] {
            assert!(stemmer(code).is_some(), "{code}");
        }
        // Counter-examples: Azerbaijani and Georgian have no Snowball stemmer.
        for code in ["az", "ka", "xx"] {
            assert!(stemmer(code).is_none(), "{code}");
        }
    }

    #[test]
    fn turkic_lowercasing() {
        assert_eq!(lowercase("İSTANBUL", true), "istanbul");
        assert_eq!(lowercase("ISPARTA", true), "ısparta");
        assert_eq!(lowercase("Iğdır", true), "ığdır");
        // Counter-example: elsewhere `I` is `i`.
        assert_eq!(lowercase("ISTANBUL", false), "istanbul");
    }
}

#[cfg(test)]
mod speed {
    /// Detection time per document and per byte of source text.
    fn measure(what: &str, texts: &[String]) {
        let bytes: usize = texts.iter().map(String::len).sum();
        let rounds = 200;
        let start = std::time::Instant::now();
        for _ in 0..rounds {
            for t in texts {
                std::hint::black_box(super::detect(t));
            }
        }
        let s = start.elapsed().as_secs_f64();
        let n = (texts.len() * rounds) as f64;
        eprintln!(
            "{what}: {n} documents of {:.1} kB: {:.1} µs per document, {:.1} ns per byte",
            bytes as f64 / texts.len() as f64 / 1e3,
            s * 1e6 / n,
            s * 1e9 / (bytes * rounds) as f64,
        );
    }

    #[test]
    #[ignore = "a measurement: cargo test --release --lib language::speed -- --ignored --nocapture"]
    fn detection_speed() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sources");
        let mut texts = Vec::new();
        for o in std::fs::read_dir(&root).unwrap() {
            for f in std::fs::read_dir(o.unwrap().path()).unwrap() {
                texts.push(std::fs::read_to_string(f.unwrap().path()).unwrap());
            }
        }
        measure("English (the seeds)", &texts);
        // Not English: the seeds' length, in German.
        let de = super::tests::DE.repeat(20);
        measure("German", &vec![de; texts.len()]);
    }
}
