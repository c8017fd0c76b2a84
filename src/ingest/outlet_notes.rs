//! An outlet's own lines around its article that the families of
//! [`super::furniture`] do not read: an audio player's lines (the call to
//! listen, the note that an artificial voice reads, the speed), the note
//! asking readers to report a mistake with Ctrl+Enter, an appeal to
//! subscribe to the newsletter or to unlimited access, a call to read the
//! outlet on a channel, and a pager of the previous and next stories.
//!
//! Each family is looked for only on lines that pass a cheap first look:
//! [`FIRST_WORDS`] (through `furniture::may_be_furniture`), a digit, or a
//! plus sign and "Ctrl" for the mistake note.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::Reason;

/// First words the families open with, in lower case: they join
/// `furniture::may_be_furniture`'s set.
pub(crate) const FIRST_WORDS: [&str; 54] = [
    // the call to listen
    "прослухати",
    "слухати",
    "послухати",
    "nachricht",
    "meldung",
    "ascultă",
    "asculta",
    "слушай",
    "слушайте",
    "чуйте",
    "listen",
    // read by an artificial voice
    "озвучено",
    "озвучена",
    "озвучен",
    "voiced",
    "narrated",
    "von",
    "vorgelesen",
    "citit",
    "narat",
    "yapay",
    "lu",
    "leído",
    // newsletters
    "підпишіться",
    "підписуйтеся",
    "підписуйтесь",
    "абонирайте",
    "абонирай",
    "запишете",
    "abonează-te",
    "aboneaza-te",
    "abonați-vă",
    "abonati-va",
    "εγγραφείτε",
    "inscrivez-vous",
    "zapisz",
    // read or follow us on a channel
    "читать",
    "читати",
    "ακολουθήστε",
    "последвайте",
    // pagers
    "«",
    "‹",
    "previous",
    "prev",
    "vorheriger",
    "précédent",
    "önceki",
    "предишна",
    "предыдущая",
    "попередня",
    "precedente",
    "subscribe",
    // opinion disclaimers (`furniture::OPINION_DISCLAIMER`)
    "opiniile",
    "мнението",
];

/// An audio player's call to listen, or its note that an artificial voice
/// reads the text, alone on the line: "Прослухати новину", "Nachricht
/// anhören", "Ascultă știrea", "Слушай новината", "Listen to the news";
/// "Озвучено штучним інтелектом", "Voiced by AI", "Von KI vorgelesen",
/// "Citit de inteligența artificială", "Yapay zekâ ile seslendirildi".
static PLAYER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:прослухати|слухати|послухати) (?:новину|статтю|матеріал|текст)|(?:nachricht|meldung) anhören",
        r"|ascult(?:ă|a) (?:știrea|stirea|articolul|materialul)|(?:слушай|слушайте|чуйте) (?:новината|статията|материала)",
        r"|listen to (?:the |this )?news(?: story| item)?",
        r"|озвучен[оа]? (?:штучним інтелектом|искусственным интеллектом|от изкуствен интелект|с изкуствен интелект|ші|ии)",
        r"|(?:voiced|narrated|read(?: aloud)?) (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)(?: voice)?",
        r"|von (?:einer )?ki (?:vorgelesen|gesprochen|vertont)|vorgelesen (?:von|mit) (?:einer )?(?:ki|künstlichen intelligenz)",
        r"|(?:citit|narat) (?:de|cu) (?:ai|ia|inteligen[țt]a artificial[ăa])",
        r"|yapay zek[aâ] (?:ile|tarafından) seslendiril\w*",
        r"|lu par (?:une )?(?:ia|intelligence artificielle)|leído por (?:una )?(?:ia|inteligencia artificial)",
        r")\s*[.!]?$",
    ))
    .expect("regex")
});

/// An audio player's speed alone on its line: "1x", "1.5x", "0,75×".
fn player_speed(t: &str) -> bool {
    if t.len() > 7 {
        return false;
    }
    let Some(n) = t.strip_suffix(['x', '×']) else {
        return false;
    };
    let n = n.trim_end();
    ["0.5", "0.75", "1", "1.25", "1.5", "1.75", "2"]
        .iter()
        .any(|s| {
            s.len() == n.len()
                && s.bytes()
                    .zip(n.bytes())
                    .all(|(a, b)| a == b || a == b'.' && b == b',')
        })
}

/// The note asking readers to report a mistake by selecting it and
/// pressing Ctrl+Enter ("Якщо ви помітили помилку, виділіть … і натисніть
/// Ctrl+Enter …", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Found
/// a typo? Select it and press Ctrl+Enter to let the editors know"): the
/// keys, a mistake, and the editors or a report. A sentence on the keys
/// alone ("Press Ctrl+Enter to send the message") names no mistake.
fn mistake_note(t: &str, words: usize) -> bool {
    static KEYS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)ctrl\s?\+\s?enter").expect("regex"));
    static MISTAKE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)помилк|ошибк|опечатк|грешк|error|mistake|typo|fehler|erreur|errore|greșeal|greseal|hata|błąd|chyb|λάθος|hiba|fout|erro").expect("regex")
    });
    static EDITORS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)редакц|повідом|сообщ|editor|report|let us know|redakti|redak|rédaction|signal|redacci|redazion|bildir|zgłoś|αναφ|ενημερ").expect("regex")
    });
    words <= 45
        && memchr::memchr(b'+', t.as_bytes()).is_some()
        && KEYS.is_match(t)
        && MISTAKE.is_match(t)
        && EDITORS.is_match(t)
}

/// An appeal to subscribe to the outlet's newsletter, the verb first
/// ("Підписуйтеся на розсилку …", "Абонирайте се за бюлетина на …",
/// "Abonează-te la newsletterul …", "Εγγραφείτε στο ενημερωτικό δελτίο"),
/// or last in the Turkic way ("Haber bültenimize abone olun …"). English
/// appeals are `furniture`'s. A sentence reporting that readers subscribed
/// opens otherwise.
static NEWSLETTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:підпишіться|підписуйтеся|підписуйтесь|подпишитесь|подписывайтесь|абонирайте се|абонирай се|запишете се|abonează-te|aboneaza-te|abonați-vă|abonati-va",
        r"|εγγραφείτε|abonnieren sie|abonnez-vous|inscrivez-vous|suscríbete|suscríbase|iscriviti|zapisz się)[\s,:]",
        r".*(?:розсилк|рассылк|бюлетин|newsletter|infolettre|boletín|buletin|biuletyn|ενημερωτικ|nieuwsbrief)",
        r"|[^.!?]*(?:bülten|бюлетен)[^.!?]*(?:abone olun|abunə olun))",
    ))
    .expect("regex")
});

/// An offer of unlimited or full access for a subscription, as a paywall
/// sets it under the cut ("Subscribe to … for unlimited access to …",
/// "Abonnieren Sie … für unbegrenzten Zugang", "Abonnez-vous … pour un
/// accès illimité", "Подпишитесь …, чтобы получить полный доступ").
static ACCESS_OFFER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:subscribe|abonnieren sie|abonnez-vous|suscríbete|suscríbase|iscriviti|подпишитесь|оформите подписку|підпишіться|abonează-te|abone olun)[\s,]",
        r".*(?:(?:unlimited|full|complete) (?:digital )?access|unbegrenzt\w* zugang|vollen zugang|accès (?:illimité|complet)|acceso (?:ilimitado|completo)|accesso (?:illimitato|completo)",
        r"|(?:неограниченный|полный|необмежений|повний) доступ|acces (?:nelimitat|complet)|sınırsız erişim)",
    ))
    .expect("regex")
});

/// A call to read or follow the outlet on a channel, in the languages
/// `furniture::FOLLOW_US` lacks: "Читать ria.ru в Telegram", "Читайте
/// нас у Telegram", "Ακολουθήστε τη … στο Google News", "Последвайте …:
/// Facebook X". The channel is named too ([`CHANNEL`]).
static READ_US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:читать|читати|читайте) (?:нас|[\w-]+\.[\p{L}]{2,6}) (?:в|на|у) |ακολουθήστε |последвайте )").expect("regex")
});

/// A channel an outlet is read or followed on.
static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)google news|telegram|youtube|facebook|instagram|tiktok|whatsapp|viber|дзен|вконтакте|(?-u:\b)(?:x|vk|max)(?-u:\b)").expect("regex")
});

/// A pager between stories: the previous one's title and the next one's
/// ("« Previous: … | Next: … »", "Предишна статия: … | Следваща статия:
/// …", "Vorheriger Artikel: … Nächster Artikel: …"): both labels, each
/// with a colon.
static PAGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[«‹<←]?\s*(?:previous|prev|older|vorheriger|précédent|anterior|precedente|önceki|предишна|предыдущая|попередня)(?: (?:article|story|post|artikel|statia|статия|статья|новость|стаття|новина|haber))?\s*:",
        r".+?(?:next|newer|nächster|suivant|siguiente|successivo|sonraki|следваща|следующая|наступна|următor|urmator)(?: (?:article|story|post|artikel|статия|статья|новость|стаття|новина|haber))?\s*:",
    ))
    .expect("regex")
});

/// Why `t` (one line, trimmed) is one of the outlet's notes, or `None`;
/// `words`: its words, counted up to 61 at least. Read only on lines that
/// pass `furniture::may_be_furniture`.
pub(crate) fn classify(t: &str, words: usize) -> Option<Reason> {
    if words <= 2 && player_speed(t) {
        return Some(Reason::Audio);
    }
    if words <= 8 && PLAYER.is_match(t) {
        return Some(Reason::Audio);
    }
    if words <= 30 && NEWSLETTER.is_match(t) {
        return Some(Reason::Promotion);
    }
    if words <= 40 && ACCESS_OFFER.is_match(t) {
        return Some(Reason::Promotion);
    }
    if words <= 20 && READ_US.is_match(t) && CHANNEL.is_match(t) {
        return Some(Reason::Promotion);
    }
    if words <= 45 && t.contains(':') && PAGER.is_match(t) {
        return Some(Reason::Navigation);
    }
    None
}

/// The mistake note ([`mistake_note`]), looked for on every line: only a
/// line with a plus sign and "Ctrl" is read.
pub(crate) fn mistake(t: &str, words: usize) -> Option<Reason> {
    let ctrl = words <= 45
        && memchr::memchr(b'+', t.as_bytes()).is_some()
        && t.as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"ctrl"));
    (ctrl && mistake_note(t, words)).then_some(Reason::Footer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::rules::words_up_to;

    fn why(t: &str) -> Option<Reason> {
        let w = words_up_to(t, 61);
        classify(t, w).or_else(|| mistake(t, w))
    }

    #[test]
    fn an_audio_players_lines_go() {
        for t in [
            "Прослухати статтю",
            "Слухати новину",
            "Nachricht anhören",
            "Ascultă articolul",
            "Слушайте статията",
            "Listen to the news",
            "Озвучено искусственным интеллектом",
            "Озвучено от изкуствен интелект",
            "Narrated by AI",
            "Read aloud by an AI voice",
            "Von KI vorgelesen",
            "Citit de inteligența artificială",
            "Yapay zeka ile seslendirildi",
            "Lu par une IA",
            "1x",
            "1.5x",
            "0,75×",
            "2 x",
        ] {
            assert_eq!(why(t), Some(Reason::Audio), "{t}");
        }
    }

    #[test]
    fn sentences_on_listening_and_figures_stay() {
        for t in [
            "Прослухати новину можна було лише вранці, сказав він.",
            "Listen to the news from Kyiv, she told the crowd, and you will understand.",
            "Озвучено нові вимоги до перевізників.",
            "Voiced by AI, the ad drew complaints from actors.",
            "3x",
            "1x2",
            "10x",
            "x2",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }

    #[test]
    fn the_note_on_reporting_a_mistake_goes() {
        for t in [
            "Нашли ошибку? Выделите её и нажмите Ctrl+Enter, чтобы сообщить редакции.",
            "Якщо ви знайшли помилку, виділіть її та натисніть Ctrl + Enter, щоб повідомити редакцію.",
            "Found a typo? Select it and press CTRL+Enter to let the editors know.",
            "Ако забележите грешка, маркирайте я и натиснете Ctrl+Enter, за да уведомите редакцията.",
        ] {
            assert_eq!(why(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "Press Ctrl+Enter to send the message.",
            "Натисніть Ctrl+Enter, щоб надіслати коментар.",
            "The error was reported by the editors on Monday.",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }

    #[test]
    fn newsletter_appeals_go() {
        for t in [
            "Підпишіться на нашу розсилку: головне за день у вашій скриньці.",
            "Подписывайтесь на рассылку — главные новости каждое утро.",
            "Абонирайте се за бюлетина ни – новините от деня всяка вечер.",
            "Abonează-te la newsletterul nostru săptămânal.",
            "Εγγραφείτε στο ενημερωτικό δελτίο μας.",
            "Günlük bültenimize abone olun, hiçbir haberi kaçırmayın.",
            "Subscribe to The Daily Example for unlimited access to news and analysis.",
            "Abonnieren Sie die Zeitung für unbegrenzten Zugang zu allen Artikeln.",
            "Подпишитесь, чтобы получить полный доступ ко всем материалам.",
        ] {
            assert_eq!(why(t), Some(Reason::Promotion), "{t}");
        }
        for t in [
            "Понад 10 тисяч читачів підписалися на розсилку міністерства.",
            "Підпишіться під петицією, закликав мер.",
            "Bülten yayımlandı; okurlar abone oldu.",
            "Subscribe to the idea that prices will fall, and you will be disappointed.",
            "Абонирайте се за промени, каза министърът.",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }

    #[test]
    fn calls_to_read_or_follow_on_a_channel_go() {
        for t in [
            "Читать example.ru в Telegram",
            "Читайте нас у Telegram та Viber",
            "Ακολουθήστε μας στο Google News",
            "Последвайте ни: Facebook X Instagram",
        ] {
            assert_eq!(why(t), Some(Reason::Promotion), "{t}");
        }
        for t in [
            "Читать новости в Telegram стало труднее.",
            "Ακολουθήστε τις οδηγίες των αρχών.",
            "Последвайте примера на съседите, каза той.",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }

    #[test]
    fn pagers_between_stories_go() {
        for t in [
            "« Previous: Port reopens after storm | Next: Ferry strike called off »",
            "Предишна статия: Пристанището затвори | Следваща статия: Протест в Бургас",
            "Vorheriger Artikel: Hafen gesperrt Nächster Artikel: Streik beendet",
            "Önceki haber: Liman kapandı | Sonraki haber: Grev sona erdi",
        ] {
            assert_eq!(why(t), Some(Reason::Navigation), "{t}");
        }
        for t in [
            "Previous: the talks failed in May.",
            "Previous governments tried this; the next one will too.",
            "Anterior: ministrul a spus că situația este gravă.",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }
}
