//! Which Latin legacy encoding a text is in, told by the alphabets of the
//! languages written in Latin letters.
//!
//! A text that is no UTF-8 and names no encoding is read in the encoding
//! chardetng (Firefox's detector) guesses. chardetng knows the encodings
//! of the web; it never guesses ISO-8859-4, -10, -14 or -16 (Baltic and
//! Sámi, Nordic, Celtic, Romanian), and among Latin encodings it weighs
//! byte frequencies, not words. Read in the wrong Latin encoding, a text
//! keeps its ASCII and its letters turn into letters of other alphabets
//! ("Ošša" for "Ođđa", Sámi read as Central European): each encoding's
//! reading is a word list nobody writes.
//!
//! So each Latin encoding's reading is weighed by the alphabet of one
//! language it fits best: the characters outside ASCII that are letters
//! of that alphabet, or signs every Latin text uses (quotation marks,
//! dashes, the euro). The encoding that fits strictly better than
//! chardetng's guess, and fits nine in ten of those characters, wins.

use encoding_rs::Encoding;

/// The Latin single-byte encodings weighed against each other.
const LATIN: [&Encoding; 11] = [
    encoding_rs::WINDOWS_1252,
    encoding_rs::WINDOWS_1250,
    encoding_rs::WINDOWS_1254,
    encoding_rs::WINDOWS_1257,
    encoding_rs::ISO_8859_2,
    encoding_rs::ISO_8859_4,
    encoding_rs::ISO_8859_10,
    encoding_rs::ISO_8859_13,
    encoding_rs::ISO_8859_14,
    encoding_rs::ISO_8859_15,
    encoding_rs::ISO_8859_16,
];

/// The letters outside ASCII of languages written in Latin letters, in
/// lower case, one alphabet per language (or per group of languages
/// sharing their letters).
const ALPHABETS: [&str; 33] = [
    "àâæçéèêëîïôœùûüÿ",         // French
    "äöüß",                     // German
    "áéíñóúü",                  // Spanish
    "àáâãçéêíóôõú",             // Portuguese
    "àèéìíîòóùú",               // Italian
    "àçèéíïòóúü",               // Catalan
    "áéëïóöü",                  // Dutch
    "åæøéó",                    // Danish, Norwegian
    "åäöé",                     // Swedish
    "äöåšž",                    // Finnish
    "áðéíóúýþæö",               // Icelandic
    "áðíóúýæø",                 // Faroese
    "äõöüšž",                   // Estonian
    "āčēģīķļņšūž",              // Latvian
    "ąčęėįšųūž",                // Lithuanian
    "ąćęłńóśźż",                // Polish
    "áčďéěíňóřšťúůýž",          // Czech
    "áäčďéíĺľňóôŕšťúýž",        // Slovak
    "čšž",                      // Slovenian
    "čćđšž",                    // Croatian, Bosnian, Serbian
    "áéíóöőúüű",                // Hungarian
    "ăâîșțşţ",                  // Romanian
    "çğıöşü",                   // Turkish
    "çë",                       // Albanian
    "ċġħżàèìòù",                // Maltese
    "áčđŋšŧž",                  // Northern Sámi
    "áâäčđŋšŧžǯʒǩǧ",            // Sámi of Inari and Skolt
    "áéíóú",                    // Irish
    "âêîôûŵŷáéíóúàèìòùäëïöüẅÿ", // Welsh
    "àèìòù",                    // Scottish Gaelic
    "åäöüéàèìòùáíóú",           // Romansh, Luxembourgish and others
    "æøå",                      // Greenlandic
    "ĉĝĥĵŝŭ",                   // Esperanto
];

/// Signs outside ASCII any Latin text may hold.
const SIGNS: &str = "\u{a0}«»“”„‘’‚‹›–—…·°€£§©®•′″¡¿\u{ad}";

/// Of the characters outside ASCII in `text`, how many are letters of the
/// alphabet that fits best, or signs; and how many there are.
fn fit(text: &str) -> (usize, usize) {
    let mut chars: Vec<(char, usize)> = Vec::new();
    for c in text.chars().filter(|c| !c.is_ascii()) {
        let c = c.to_lowercase().next().unwrap_or(c);
        match chars.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => chars.push((c, 1)),
        }
    }
    let all = chars.iter().map(|(_, n)| n).sum();
    let signs: usize = chars
        .iter()
        .filter(|(c, _)| SIGNS.contains(*c))
        .map(|(_, n)| n)
        .sum();
    let letters = ALPHABETS
        .iter()
        .map(|a| {
            chars
                .iter()
                .filter(|(c, _)| a.contains(*c))
                .map(|(_, n)| n)
                .sum::<usize>()
        })
        .max()
        .unwrap_or(0);
    (letters + signs, all)
}

/// The Latin encoding `bytes` fit better than in `guess` (chardetng's),
/// when `guess` is a Latin encoding: one whose reading fits an alphabet
/// strictly better, in nine of ten characters outside ASCII or more.
/// `None` keeps the guess.
pub(crate) fn better_latin(bytes: &[u8], guess: &'static Encoding) -> Option<&'static Encoding> {
    if !LATIN.contains(&guess) {
        return None;
    }
    let read = |e: &'static Encoding| fit(&e.decode_without_bom_handling(bytes).0);
    let (guessed, _) = read(guess);
    let (best, (good, all)) = LATIN
        .iter()
        .map(|&e| (e, read(e)))
        .max_by_key(|&(_, (good, _))| good)?;
    (good > guessed && good * 10 >= all * 9).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` written in `encoding`.
    fn bytes_of(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (b, _, lost) = encoding.encode(text);
        assert!(!lost, "{} cannot write {text}", encoding.name());
        b.into_owned()
    }

    /// The encoding a text in `encoding` is read in.
    fn read_as(text: &str, encoding: &'static Encoding) -> &'static str {
        let bytes = bytes_of(text, encoding);
        let mut detector = chardetng::EncodingDetector::new();
        detector.feed(&bytes, true);
        let guess = detector.guess(None, false);
        better_latin(&bytes, guess).unwrap_or(guess).name()
    }

    const SAMI: &str = "Ođđa bussejohtolat Guovdageainnu ja Álttá gaskkas. Čakčamánu rájes vuodjá busse guhtta geardde beaivái, ja máŋga studeantta leat váidalan. Dál vuodjá busse dušše golmma geardde beaivái, dadjá fylkaráđđeolmmoš. Fylkasuohkan árvvoštallá johtolaga jagi geažes.";

    #[test]
    fn a_text_is_read_in_the_latin_encoding_whose_letters_it_spells() {
        // Sámi in Latin-6, which chardetng never guesses.
        assert_eq!(read_as(SAMI, encoding_rs::ISO_8859_10), "ISO-8859-10");
        // Romanian in Latin-10: read with its letters, the comma below
        // written as the cedilla of Central European encodings or not.
        let ro = "Primăria a anunțat că autobuzele electrice vor circula și în weekend. Școlile din oraș vor primi abonamente gratuite, iar șoferii vor fi instruiți în această toamnă.";
        let bytes = bytes_of(ro, encoding_rs::ISO_8859_16);
        let e = Encoding::for_label(read_as(ro, encoding_rs::ISO_8859_16).as_bytes()).unwrap();
        let read = e.decode_without_bom_handling(&bytes).0.replace('ş', "ș");
        assert_eq!(read.replace('ţ', "ț").replace('Ş', "Ș"), ro);
        // Latvian in Latin-4.
        let lv = "Rīgas dome otrdien nolēma, ka jaunie elektriskie autobusi kursēs arī naktī. Ģimenēm ar bērniem biļetes būs lētākas, un šoferi tiks apmācīti līdz ziemai.";
        assert_eq!(read_as(lv, encoding_rs::ISO_8859_4), "ISO-8859-4");
    }

    #[test]
    fn texts_chardetng_reads_right_keep_its_guess() {
        let fr = "Le conseil municipal a voté mardi l'extension du réseau : « Nous avons été très clairs », a déclaré la maire. Les élèves paieront moins cher à la rentrée, où ça coûtera 2 €.";
        assert_eq!(read_as(fr, encoding_rs::WINDOWS_1252), "windows-1252");
        let cs = "Městská rada v úterý schválila nové noční linky. Řidiči autobusů dostanou příplatek a cestující zaplatí méně, řekl náměstek primátora.";
        assert_eq!(read_as(cs, encoding_rs::WINDOWS_1250), "windows-1250");
        let pl = "Rada miasta zdecydowała we wtorek, że nocne autobusy będą jeździć częściej. Pasażerowie zapłacą mniej, powiedział zastępca prezydenta Łodzi.";
        assert_eq!(read_as(pl, encoding_rs::ISO_8859_2), "ISO-8859-2");
        let de = "Der Stadtrat hat am Dienstag beschlossen, dass die Busse öfter fahren. Für Schüler wird die Fahrt günstiger, sagte die Bürgermeisterin.";
        assert_eq!(read_as(de, encoding_rs::WINDOWS_1252), "windows-1252");
        let tr = "Belediye meclisi salı günü gece otobüslerinin daha sık çalışacağını açıkladı. Öğrenciler için bilet fiyatı düşecek, dedi başkan yardımcısı.";
        assert_eq!(read_as(tr, encoding_rs::WINDOWS_1254), "windows-1254");
    }

    #[test]
    fn a_guess_outside_latin_is_kept() {
        let ru = "Городской совет во вторник решил, что ночные автобусы будут ходить чаще.";
        let bytes = bytes_of(ru, encoding_rs::WINDOWS_1251);
        assert_eq!(better_latin(&bytes, encoding_rs::WINDOWS_1251), None);
        assert_eq!(
            better_latin(b"plain ASCII text", encoding_rs::WINDOWS_1252),
            None
        );
    }
}
