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
pub(crate) const FIRST_WORDS: [&str; 64] = [
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
    // more news on a channel, read the news on our channel
    "больше",
    "більше",
    "more",
    "mehr",
    "жаңалықтарды",
    "жаңылыктарды",
    "yangiliklarni",
    "янгиликларни",
    "xəbərləri",
    "haberleri",
];

/// Words that make any line worth a look for the families here whatever
/// its first word (they join `furniture::may_be_furniture`'s): a prompt
/// to comment, a Chinese rights notice or editor's credit, the Trust
/// Project's badge.
pub(crate) const ANYWHERE_WORDS: [&str; 16] = [
    "comentar",
    "commenter",
    "kommentieren",
    "commentare",
    "to comment",
    "оставить коммент",
    "залишити комент",
    "未经",
    "未經",
    "编辑：",
    "编辑:",
    "編輯：",
    "纠错",
    "糾錯",
    "trust project",
    "criterios de",
];

/// The channels of [`MORE_NEWS_ON`] and [`NEWS_ON_OUR_CHANNEL`].
macro_rules! channels {
    () => {
        "telegram|whatsapp|viber|youtube|facebook|instagram|tiktok|дзен|вконтакте|vk|max|google news"
    };
}

/// A pointer to more news on the outlet's channel, its name perhaps after
/// it: "Больше новостей в Telegram-канале РИА Новости", "Більше новин у нашому
/// Telegram", "More news on our WhatsApp channel", "Mehr Nachrichten auf
/// unserem Telegram-Kanal". What follows the channel is a name in
/// capitals or an address: a sentence about news on a channel ("Больше
/// новостей в Telegram стали писать боты") goes on.
static MORE_NEWS_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:больше|більше|more|mehr) (?:свежих |актуальных |свіжих |актуальних |latest )?(?:новостей|новин|news|nachrichten) ",
        r"(?:в|на|у|on|in|auf|im|via) (?:нашем |нашому |our |unserem |the )?(?:",
        channels!(),
        r")[\w-]*(?: (?:channel|kanal|канале|каналі))?(?: (?-i:\p{Lu})\S*| @\S+| \S+\.\p{L}{2,6}\S*){0,3}\s*[.!]?$",
    ))
    .expect("regex")
});

/// A call to read the news on the outlet's channel, the verb last in the
/// Turkic way: Kazakh "Жаңалықтарды Instagram парақшамыздан оқыңыз", Kyrgyz
/// "Жаңылыктарды Telegram каналыбыздан окуңуз", Uzbek "Yangiliklarni
/// Telegram kanalimizda o'qing", Turkish "Haberleri WhatsApp kanalımızdan
/// takip edin". The verb asks the reader: a sentence reporting who reads
/// the news there ("… оқитындар саны өсті") goes on.
static NEWS_ON_OUR_CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:жаңалықтарды|жаңылыктарды|yangiliklarni|янгиликларни|xəbərləri|haberleri) (?:\S+ ){0,2}?(?:",
        channels!(),
        r")\S* (?:\S+ ){0,2}?(?:оқыңыз|оқыңдар|окуңуз|окугула|o['ʻ‘’`]?qing|ўқинг|kuzating|кузатинг|izləyin|oxuyun|takip edin|okuyun)\s*[.!]?$",
    ))
    .expect("regex")
});

/// A prompt to sign in before commenting: "Para comentar debés iniciar
/// sesión", "Pour commenter,
/// connectez-vous", "Um zu kommentieren, melden Sie sich an", "To comment,
/// please log in", "Чтобы оставить комментарий, войдите". The reader is
/// asked to sign in or register: a sentence on someone commenting a
/// ruling ("Para comentar el fallo, el ministro convocó …") goes on.
static SIGN_IN_TO_COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:para (?:comentar|dejar (?:un|tu|su) comentario)|pour (?:commenter|laisser un commentaire)|um (?:zu kommentieren|einen kommentar zu (?:schreiben|verfassen|hinterlassen))",
        r"|per (?:commentare|lasciare un commento)|to (?:comment|leave a comment|post a comment)|чтобы (?:оставить комментарий|прокомментировать)|щоб (?:залишити коментар|прокоментувати)),?\s+",
        r"(?:(?:please|bitte|s'il vous plaît|por favor|пожалуйста|будь ласка),? )?",
        r"(?:ingres[aá]|ingrese|inici[aá] sesión|inicie sesión|reg[ií]str(?:ate|ese)|deb[eé]s|debe|ten[eé]s que|tienes que|necesit[aá]s|connectez|identifiez|inscrivez|vous devez|melden sie|loggen sie|registrieren sie|müssen sie|accedi|registrati|devi|log ?in|sign ?in|register|create an account|you (?:must|need to)|войдите|авторизуйтесь|зарегистрируйтесь|необходимо|увійдіть|зареєструйтеся|потрібно)",
        r"[^.!?]{0,80}[.!]?$",
    ))
    .expect("regex")
});

/// A Chinese site's rights notice: reuse without leave is banned, the ban
/// closing the line ("本文版权归…所有，未经授权不得转载。", "本站所载文章版权归
/// 本站所有，未经书面许可，不得转载、复制。"). A
/// sentence reporting a ban goes on after it with a clause of its own
/// ("…未经许可不得转载其报道，但法院驳回了诉讼。").
static CHINESE_RIGHTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"未[经經][^。！？]{0,12}?(?:许可|許可|授权|授權|同意|允许|允許)[，,、\s]*(?:任何[^，,。]{0,10})?(?:禁止|不得|严禁|嚴禁|请勿|請勿)[^，,。！？]{0,6}?(?:转载|轉載|复制|複製|摘编|摘編|使用|镜像|鏡像)[^。！？，,]{0,24}[。.！!]?$").expect("regex")
});

/// A Chinese page's editor's credits, perhaps after its button to report
/// a mistake: "【纠错】 【责任编辑：王琳】", "责任编辑：陈晨 版面编辑：赵一",
/// "（编辑：王琳）", "责任编辑：陈晨 | 校对：赵一": labels and names only, each name of two to five
/// characters. A sentence naming the editor goes on ("责任编辑：陈晨表示，…").
static CHINESE_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[【\[]?(?:纠错|糾錯)[】\]]\s*)?",
        r"(?:[【\[（(]?(?:责任编辑|責任編輯|版面编辑|版面編輯|实习编辑|實習編輯|编辑|編輯|校对|校對|审核|審核|监制|監製)\s*[：:]\s*[\p{Han}·]{2,5}(?:[、 ][\p{Han}·]{2,5})*[】\]）)]?\s*[|｜丨/]?\s*)+$",
    ))
    .expect("regex")
});

/// The Trust Project's badge, as a page copy leaves it: "The Trust
/// Project", "Conforme a los criterios de", "Según los criterios de".
static TRUST_PROJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:conforme a|según|de acuerdo con) los criterios de|(?:(?:learn more about|más información sobre|mehr über) )?(?:the )?trust project)\s*:?$").expect("regex")
});

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
    channels_and_credits(t, words)
}

/// The families of [`classify`] after the first: a pointer to news on a
/// channel, a prompt to sign in to comment, a Chinese rights notice or
/// editor's credit, the Trust Project's badge.
fn channels_and_credits(t: &str, words: usize) -> Option<Reason> {
    if words <= 12 && (MORE_NEWS_ON.is_match(t) || NEWS_ON_OUR_CHANNEL.is_match(t)) {
        return Some(Reason::Promotion);
    }
    if words <= 25 && SIGN_IN_TO_COMMENT.is_match(t) {
        return Some(Reason::Comments);
    }
    if !t.is_ascii() && words <= 6 {
        if CHINESE_RIGHTS.is_match(t) {
            return Some(Reason::Footer);
        }
        if CHINESE_EDITORS.is_match(t) {
            return Some(Reason::Credit);
        }
    }
    (words <= 6 && TRUST_PROJECT.is_match(t)).then_some(Reason::Footer)
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

#[cfg(test)]
mod channel_and_credit_tests {
    use super::*;
    use crate::ingest::furniture;

    /// Through `furniture`, whose first look must let the line through.
    fn why(t: &str) -> Option<Reason> {
        furniture::classify(t)
    }

    #[test]
    fn pointers_to_news_on_a_channel_go() {
        for t in [
            "Больше новостей в Telegram-канале РИА Новости",
            "Більше новин у нашому Telegram",
            "More news on our WhatsApp channel",
            "Mehr Nachrichten auf unserem Telegram-Kanal",
            "Жаңалықтарды Instagram парақшамыздан оқыңыз",
            "Yangiliklarni Telegram kanalimizda o'qing",
            "Жаңылыктарды Telegram каналыбыздан окуңуз",
        ] {
            assert_eq!(why(t), Some(Reason::Promotion), "{t}");
        }
        for t in [
            "Больше новостей в Telegram стали писать боты.",
            "More news on Telegram is now written by bots than by people.",
            "Жаңалықтарды Telegram арнасынан оқитындар саны өсті.",
            "В Telegram-канале РИА Новости появилось больше новостей о паводке.",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }

    #[test]
    fn prompts_to_sign_in_to_comment_go() {
        for t in [
            "Para comentar debés iniciar sesión",
            "Pour commenter, connectez-vous à votre compte",
            "Um zu kommentieren, melden Sie sich bitte an.",
            "To comment, please log in or register.",
            "Чтобы оставить комментарий, войдите на сайт",
        ] {
            assert_eq!(why(t), Some(Reason::Comments), "{t}");
        }
        for t in [
            "Para comentar el fallo, el ministro convocó a una conferencia de prensa.",
            "To comment on the ruling, the minister called a press conference.",
            "Un lector escribió para comentar que la cuenta del municipio no cierra.",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }

    #[test]
    fn chinese_rights_notices_and_editors_credits_go() {
        for t in [
            "本文版权归南方周末所有，未经授权不得转载。",
            "未经许可，禁止转载、摘编、复制。",
        ] {
            assert_eq!(why(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "【纠错】 【责任编辑：王琳】",
            "责任编辑：陈晨 版面编辑：赵一",
            "（编辑：周敏）",
        ] {
            assert_eq!(why(t), Some(Reason::Credit), "{t}");
        }
        for t in [
            "一家报社声称未经许可不得转载其报道，但法院驳回了诉讼。",
            "法院认定该公司未经许可转载了多篇报道，判赔10万元。",
            "责任编辑：陈晨表示，这篇报道经过了三次核实，并将继续跟进。",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }

    #[test]
    fn the_trust_projects_badge_goes() {
        for t in [
            "The Trust Project",
            "Según los criterios de",
            "Learn more about the Trust Project",
        ] {
            assert_eq!(why(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "The Trust Project has published new standards for newsrooms.",
            "Según los criterios de la Corte, el agua del salar es un bien común.",
        ] {
            assert_eq!(why(t), None, "{t}");
        }
    }
}
