//! Page furniture that a line shows by itself, beyond the rules of
//! [`super::rules`]: appeals to subscribe or donate, audio-player and
//! read-aloud notes, cookie notices, comment prompts, lists of related
//! links, menus, page numbers and print headers, and the fields a news
//! database adds around an article.
//!
//! Each rule is a family written from the shape such lines share across
//! sites, with counter-examples from running text in the tests: article
//! sentences about donations, cookies, comments or audio stay.

use super::needles::{Literals, Needles, lower_word};
use crate::compare::text::FxSet;
use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::rules::{Reason, at_most_words, ends_sentence, words_up_to};

/// Appeals to the reader: newsletters, subscriptions, donations,
/// membership. They speak to the reader ("you", "your", "us", "our") or
/// give an order, and name what they ask for.
static APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:sign up|subscribe|register|join|get|receive)(?-u:\b).{0,80}(?-u:\b)(?:newsletters?|inbox|briefing|bulletin|email updates|alerts)(?-u:\b)|(?:please\s+)?(?:donate|support|help fund|contribute|give)(?-u:\b).{0,80}(?-u:\b)(?:journalism|reporting|our work|us|today|now)(?-u:\b)|become a (?:member|supporter|subscriber|patron|friend of)(?-u:\b)|join our (?:community|membership|members|supporters|movement|club)(?-u:\b)|(?:[\w-]+ )?journalism(?-u:\b).{0,60}(?-u:\b)needs? your (?:help|support)(?-u:\b).{0,80}(?-u:\b)(?:donat|support|subscri)|(?:subscribe|subscribers?)(?-u:\b).{0,40}(?-u:\b)(?:unlimited|digital|access|offer|from \$|per (?:month|week))|(?:support|fund)(?:ing)? (?:independent|quality|free|public[- ]interest) (?:journalism|media|reporting)|(?:we|this site|our journalism) (?:rel(?:y|ies)|depends?) on (?:readers|you|donations|support)|(?:[\w.'’&-]+ ){1,6}(?:is|are) (?:funded|supported|sustained|financed|made possible) (?:entirely |only |solely )?(?:by|thanks to) (?:our (?:readers|members|subscribers|supporters|donors|listeners|viewers|community)|(?:readers|members|subscribers|supporters|donors|listeners|viewers) like you|you)(?-u:\b)|(?:stay|keep) (?:up to date|up-to-date|informed|in the loop)(?-u:\b).{0,60}(?-u:\b)(?:newsletters?|subscribe|sign up)(?-u:\b)|(?:thanks?|thank you) for (?:subscribing|signing up)(?-u:\b)|(?:thanks?|thank you) for reading [^.!?]*[.!] subscribe|you(?:'ve| have) (?:now |successfully |succesfully )?(?:subscribed|signed up)(?-u:\b)|(?:please,?\s+)?fill (?:in |out )?the form (?:below )?to (?:subscribe|sign up)(?-u:\b))").expect("regex")
});

/// Appeals that open on the reader's liking of the outlet's work, then ask
/// for support: "If you value our reporting, please support us", "If you
/// appreciate our journalism, consider becoming a member", "Enjoyed this
/// article? Support independent journalism". Both halves are needed: the
/// object is the outlet's work (not a proposal or a product), and a verb of
/// giving, joining or subscribing follows. They speak to the reader by
/// their form, so no word of address is looked for.
static APPEAL_IF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:if|when) you (?:value|appreciate|enjoy(?:ed)?|like[d]?|love[d]?|rely on|believe in|support)",
        r" (?:what we do|(?:reading )?(?:this|our) (?:free |independent |local |quality )?",
        r"(?:journalism|reporting|work|coverage|content|articles?|stories|story|newsroom|mission|newsletter|podcast|site|website|publication|piece|report)(?-u:\b))",
        r"|(?:did you |are you )?(?:enjoy(?:ed|ing)?|like[d]?|liking|love[d]?|loving|value|appreciate[d]?|found) (?:this|our|reading this|the) ",
        r"(?:article|story|piece|report|post|content|journalism|reporting|coverage|newsletter|podcast)(?-u:\b)[^?]{0,40}\?)",
        r".{0,100}?(?-u:\b)(?:support|donat|contribut|subscri|becom(?:e|ing) a (?:member|supporter|subscriber|patron)|join(?:ing)? (?:us|our)|chip in|help (?:us|fund|keep|sustain)|gift)",
    ))
    .expect("regex")
});

/// The opening of an outlet's appeal to its readers below the article: "A
/// Message from The Moscow Times:", "Dear readers,", "A note from the
/// editors", and the greeting in other languages ("Дорогие читатели!",
/// "Liebe Leserinnen und Leser,", "Chers lecteurs,", "Sevgili okurlarımız").
static APPEAL_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:an? )?(?:message|note|letter|word|request) from (?:the |our )?\S.{0,60}?|dear (?:readers?|friends|subscribers?|supporters?|listeners|viewers)",
        r"|(?:дорогие|уважаемые|дорогі|шановні) (?:читатели|читачі|друзья|друзі)|liebe (?:leserinnen und leser|leser(?:innen)?(?: und leserinnen)?)",
        r"|(?:chères lectrices, )?chers lecteurs(?: et chères lectrices)?|(?:queridos|estimados) lectores|cari lettori|(?:sevgili|değerli) okur(?:lar|larımız)?)\s*[:,.!]?$",
    ))
    .expect("regex")
});

/// Appeals in other languages that open on the verb of asking and name
/// what they ask for: "Поддержите независимую журналистику", "Unterstützen
/// Sie unabhängigen Journalismus", "Soutenez notre rédaction", "Apoya el
/// periodismo independiente", "Sostieni il nostro giornalismo", "Bağımsız
/// gazeteciliğe destek olun". A donation form's buttons, alone on a line,
/// are appeals too ("Jetzt spenden", "Faire un don", "Поддержать").
/// Reporting that asks for something else ("Поддержите инициативу", the
/// mayor said) names none of these objects.
static FOREIGN_APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:поддержите|пожертвуйте|помогите|оформите|підтримайте|unterstützen sie|unterstütze|spenden sie|soutenez|aidez|apoya|apoye|ayúdanos|sostieni|aiutaci|wspieraj|wesprzyj|wspomóż|susține|susțineți|sustine|sustineti|sprijină|sprijiniți)",
        r"[\s,-].{0,80}?(?:(?:нас|нам|наш\w*)(?:[\s,.!»]|$)|независим|журналист|редакци|издани|пожертвовани|донат|незалежн|редакці|niezależn|dziennikarstw|redakcj|jurnalism|redacți|redactia",
        r"|(?-u:\b)(?:uns|unser\w*|unabhängig\w*|journalismus|nous|notre|nos|journalisme|rédaction|indépendan\w*|nuestr\w*|periodismo|independiente|redacción|il nostro|la nostra|giornalismo|indipendent\w*))",
        r"|(?:bağımsız|özgür) (?:gazeteciliğe|habere|medyaya) destek ol|bize destek ol)",
        r"|^(?:(?:jetzt |bitte )?(?:spenden|unterstützen|abonnieren)|jetzt abo\w*|faire un don|faites un don|je (?:fais un don|m'abonne|soutiens)|поддержать(?: нас| проект| редакцию)?|пожертвовать|задонатить",
        r"|підтримати|haz(?:te)? (?:una donación|socio|socia)|dona ahora|sostienici|fai una donazione|bağış yap|destek ol(?:un)?)\s*[.!:→›»]*$",
    ))
    .expect("regex")
});

/// Words of asking for money or membership, in English and in the
/// languages of [`APPEAL_OPENER`] (word stems, so without word bounds).
static ASKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:support|donat\w*|contribut\w*|subscri\w*|member(?:ship)?|chip in|fund (?:us|our)|pay (?:what|for))(?-u:\b)",
        r"|поддерж|пожертв|донат|подписк|підтрим|unterstütz|spende|abonn|soutien|souten|un don|apoy|donaci|suscri|sosten|donazion|abbona|destek|bağış|abone"
    ))
    .expect("regex")
});

/// Whether a line opens an outlet's appeal to its readers.
pub(crate) fn appeal_opener(t: &str) -> bool {
    // The anchored pattern rules most lines out at their first letters.
    APPEAL_OPENER.is_match(t.trim()) && words_up_to(t, 13) <= 12
}

/// Whether a line of an appeal asks for money or membership.
pub(crate) fn asks(t: &str) -> bool {
    ASKS.is_match(t)
}

/// Whether a line can stand inside an outlet's appeal below its opener:
/// prose of at most 80 words in which the outlet speaks as "we" or to
/// "you", or a button of a donation form ("Once", "Monthly", "Continue",
/// "Remind me later.").
pub(crate) fn appeal_line(t: &str) -> bool {
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // A form's buttons, and its short questions ("Not ready to support
    // today?").
    let button = (1..=4).contains(&words.len()) && t.chars().count() <= 32
        || words.len() <= 8 && ASKS.is_match(t);
    let speaks = words.len() <= 80 && words.iter().any(|w| speaker_word(w));
    button || speaks
}

/// What a consent banner speaks of, in lower case (whole words or their
/// stems): cookies, partners, consent, privacy, personal data, in the
/// languages juxta reads. A page copy's notice above its menu speaks of
/// one (`page_copy`), a banner's other paragraphs of two (`text`).
pub(crate) const CONSENT_WORDS: [&str; 34] = [
    "cookie",
    "partner",
    "consent",
    "privacy",
    "personal data",
    "preferences",
    "processing",
    "advertis",
    "geolocation",
    "withdraw",
    "legitimate interest",
    "privée",
    "données personnelles",
    "consentement",
    "datenschutz",
    "einwilligung",
    "personenbezogen",
    "privacidad",
    "consentimiento",
    "datos personales",
    "consenso",
    "dati personali",
    "toestemming",
    "persoonsgegevens",
    "samtycke",
    "personuppgift",
    "kakor",
    "zgod",
    "dane osobowe",
    "конфиденциальн",
    "согласи",
    "персональн",
    "çerez",
    "kişisel veri",
];

/// Whether a lower-case word is the outlet speaking as "we" or to the
/// reader as "you", in English or in the languages of [`APPEAL_OPENER`].
pub(crate) fn speaker_word(w: &str) -> bool {
    const WORDS: [&str; 44] = [
        "we",
        "our",
        "us",
        "you",
        "your", // English
        "мы",
        "нас",
        "нам",
        "наш",
        "наша",
        "наше",
        "наши",
        "вы",
        "вас",
        "вам",
        "ваш",
        "ваша",
        "вашей",
        "ваши",
        "ми",
        "нашу", // Russian, Ukrainian
        "wir",
        "uns",
        "unser",
        "unsere",
        "unseren",
        "ihre",
        "ihnen", // German
        "nous",
        "notre",
        "nos",
        "vous",
        "votre",
        "vos", // French
        "nuestro",
        "nuestra",
        "nosotros", // Spanish
        "noi",
        "nostro",
        "nostra", // Italian
        "biz",
        "bize",
        "sizin",
        "size", // Turkish
    ];
    WORDS.contains(&w)
}

/// Notes of an audio player or of a read-aloud voice.
static AUDIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"(?i)^(?:listen$|(?:lyssna|hören|anhören|écouter|escuchar|ascolta|luister|слушать|прослушать|dinle|posłuchaj|kuuntele|lyt|lytt|ouvir|ouça|escolta)$|\d{1,2}:\d{2}\s*(?:min|mins|minutes|minuter|minuten|мин)\.?$|listen(?:ing)?(?: to)?(?: this| the)? (?:article|story|report|episode|audio)(?-u:\b)|listen(?-u:\b).{0,30}(?-u:\b)\d+\s*(?:min|mins|minutes)(?-u:\b)|listen\s*[|·•:-]?\s*\d{1,2}:\d{2}\s*$|(?:this audio|audio|this article|this story)(?-u:\b).{0,40}(?-u:\b)(?:generated|narrated|read aloud|voiced)(?-u:\b).{0,40}(?-u:\b)(?:ai|artificial intelligence|automated|synthetic|text-to-speech)(?-u:\b)|(?:ai|artificial intelligence)[- ](?:generated |narrated )?(?:audio|voice|narration)(?-u:\b)|(?:press|tap|click) play to listen|listen\s+\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}(?:\s+\d(?:\.\d+)?x)?$|play (?:audio|article|now)$|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$|(?:download|hear) (?:the )?(?:audio|podcast)(?-u:\b)",
        // The player's label in other languages, alone or with its length:
        // "Ascolta l'articolo", "Artikel anhören", "Слушать статью · 4 мин".
        r"|(?:ascolta (?:l['’]articolo|questo articolo|la notizia)|écouter (?:l['’]article|cet article)|(?:artikel|beitrag) (?:anhören|vorlesen lassen)|vorlesen|hören sie (?:sich )?(?:diesen|den) (?:artikel|beitrag)(?: an)?",
        r"|(?:слушать|прослушать) (?:статью|новость|материал|текст)|escuchar (?:el artículo|la noticia|artículo|noticia|(?:la )?nota)|(?:haberi|makaleyi) (?:sesli )?dinle|luister naar (?:dit|het) artikel|lyt til artiklen|lytt til artikkelen|lyssna på artikeln|kuuntele artikkeli|posłuchaj artykułu)",
        r"(?:[\s:·•|-]*\d+\s*(?:min\w*|мин\w*|dk|dakika)\.?)?\s*$)"))
    .expect("regex")
});

/// Cookie notices.
static COOKIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:we|this (?:site|website)|our (?:site|website|partners)) uses? cookies(?-u:\b)|(?-u:\b)(?:accept|reject|manage|allow) (?:all )?cookies(?-u:\b)|(?-u:\b)cookie (?:settings|preferences|policy|consent)(?-u:\b)|(?-u:\b)by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)(?-u:\b).{0,60}(?-u:\b)cookies(?-u:\b)|(?-u:\b)we and our (?:\d+ )?(?:partners|vendors)(?-u:\b)|store and/or access information on a device|nos (?:\d+ )?partenaires (?:stockons|utilisons)|stockons et/ou accédons|(?:utilise|utilisons|utilisent|accepter|refuser|gérer) (?:des |les |tous les )?cookies|wir (?:und unsere (?:\d+ )?partner )?(?:verwenden|nutzen) cookies|(?:verwendet|nutzt|utiliza|utilizamos|använder|bruger|bruker|używa|używamy|používá|používáme) (?:plików |soubory )?cookies?|cookies? (?:akzeptieren|ablehnen)|cookie-einstellungen|(?:utilizamos|usamos|aceptar|rechazar) (?:las |todas las )?cookies|(?:используем|использует) (?:файлы )?cookie|çerez(?:ler)?(?:i|e)? (?:kullan|kabul)|questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie|(?:utilizziamo|usiamo) (?:i )?cookie|(?:accetta|rifiuta) (?:tutti i )?cookie|noi e i nostri (?:\d+ )?partner|(?:wij )?gebruik(?:t|en) cookies").expect("regex")
});

/// Cookies in the languages that do not call them so: Hungarian "sütik",
/// Finnish "evästeet", Norwegian "informasjonskapsler", Swedish "kakor",
/// Polish "ciasteczka", Estonian "küpsised", Lithuanian "slapukai",
/// Croatian "kolačići", Slovenian "piškotki".
static COOKIE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)sütik|sütiket|sütis|eväste|informasjonskaps|kakor|ciastecz|küpsis|slapuk|kolačić|piškot").expect("regex")
});

/// A site's use of cookies or their acceptance, in those languages.
static COOKIE_USE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)használ|elfogad|käyt|hyväksy|bruker|godta|använd|godkänn|akcept|używ|kasut|nõustu|naudoj|sutink|koristi|prihva|uporablja|sprejm").expect("regex")
});

/// A site or a page, in those languages.
static COOKIE_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)oldal|honlap|webhely|sivusto|verkkosivu|käytämme|nettsted|nettside|vi bruker|webbplats|vi använder|stron|serwis|veebi|kasutame|svetain|stranic|spletn|uporabljamo").expect("regex")
});

/// A cookie notice in a language that calls cookies otherwise ("Ez az
/// oldal sütiket használ …", "Käytämme evästeitä …"): a cookie word, the
/// site (or "we") and the use of cookies or their acceptance on one line.
/// A bakery's "kakor" and "sütik" stay.
fn cookies_named_otherwise(t: &str) -> bool {
    COOKIE_WORDS.is_match(t) && COOKIE_USE.is_match(t) && COOKIE_SITE.is_match(t)
}

/// Hashtags alone on a line, as a page lists its topics ("#Budapest",
/// "#HÉV #metró"); how many. A hash before a number ("#1") or words after
/// the tags make none.
pub(crate) fn hashtags(t: &str) -> usize {
    let t = t.trim();
    let tags = t.split_whitespace().count();
    let all = t.starts_with('#')
        && tags <= 12
        && t.split_whitespace().all(|w| {
            w.strip_prefix('#').is_some_and(|tag| {
                tag.starts_with(char::is_alphabetic)
                    && tag
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            })
        });
    if all { tags } else { 0 }
}

/// Prompts to comment, and comment counts.
static COMMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:leave a (?:comment|reply)|post a comment|add (?:a|your) comment|\d{1,3}(?:[,.\u{a0} ]?\d{3})*\s+comments?|comments?\s*\(\d+\)|(?:show|view|read|hide) (?:all )?(?:\d+ )?comments|(?:join|start) the (?:conversation|discussion)|have your say|be the first to comment|comments are closed|what do you think\?|(?:log|sign) in to (?:comment|reply)|(?:commentaires?|kommentare|comentarios|commenti|комментарии|yorumlar|kommentit|kommentarer|komentarze|komentáře|diskuse|diskusia|comentários|comentarii|komentar|σχόλια|коментарі|մեկնաբանություններ|şərhlər|კომენტარები|komentari|коментари|коментара|каментары|каментарыі|сэтгэгдэл|сэтгэгдлүүд|пікірлер|комментарийлер|kommentek|hozzászólások|komentáre|kommentaarid|komentāri|komentarai|komente|komentet|mga komento|komento|komen|bình luận|ความคิดเห็น|評論|评论|コメント|댓글|تعليقات|نظرات|تبصرے|תגובות|கருத்துகள்|கருத்துக்கள்|टिप्पणियाँ|टिप्पणियां|মন্তব্য|අදහස්|አስተያየቶች|iruzkinak|comentaris|athugasemdir|sylwadau|kummenti)(?:\s*\(\d+\)|\s+\d{1,5})?|(?:ver|voir|leggi|mostrar|mostra) (?:los |les |i |todos los )?(?:\d{1,5} )?(?:comentarios|commentaires|commenti|comentários))\.?$").expect("regex")
});

/// Headings of lists of other articles, and menu words on their own.
static LINK_LISTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:related(?: articles?| stories| story| content| coverage| posts?| news| topics)?|more (?:stories|news|articles|on this (?:story|topic))|more from \w+(?: \w+){0,3}|read (?:more|next)|leer más|lire la suite|weiterlesen|lees meer|læs mere|les mer|läs mer|devamını oku|zur startseite|visit website|recommended(?: for you| reading| stories)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|latest(?: news| stories)?|you (?:may|might) (?:also )?(?:like|be interested in)|editor'?s picks|don'?t miss|in (?:other|case you missed)|popular(?: now| stories)?|(?:home|news|world|politics|business|opinion|sport|sports|culture|video|podcasts?|tech|science|health|menu|search|account|my account|sign in|log in|log out|register)(?:\s*[|•·/]\s*\w+(?: \w+)?)*)$").expect("regex")
});

/// Page numbers as printers and browsers print them in several languages
/// ("Page 3 of 9", "Seite 3 von 9"), and a browser's print footer: the page's address followed by
/// "2/7".
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:page|p\.|seite|страница|sayfa)\s*\d{1,4}(?:\s*(?:/|of|von|из)\s*\d{1,4})?|(?:https?://|www\.)\S+\s+\d{1,4}\s*/\s*\d{1,4})$").expect("regex")
});

/// Words a printed page's folio has at most.
const FOLIO_WORDS: usize = 12;

/// A printed page's folio: its number, the paper's name and the issue's
/// date, at the head or foot of the page ("46 L'EXPRESS 26 novembre - 2
/// décembre 2026", "Corriere della Sera Giovedì 6 Marzo 2025 21"). The
/// name's words each start with a capital or join two that do ("della",
/// "of"); between it and the date stand only a weekday, or the first day
/// of a week's issue ("26 novembre -"). A sentence that starts with a
/// figure ("12 Ministers met on 5 March 2024") has other words there.
fn folio(t: &str) -> bool {
    const JOINING: [&str; 12] = [
        "of", "the", "de", "del", "della", "di", "du", "la", "le", "der", "die", "am",
    ];
    let page = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    // Most lines neither start nor end with a figure: they are let go at
    // once.
    let b = t.trim().as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) && !b.last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut ends = t.split_whitespace();
    let rest = match (ends.next(), ends.next_back()) {
        (Some(first), _) if page(first) => t.trim_start()[first.len()..].trim(),
        (_, Some(last)) if page(last) => t.trim_end()[..t.trim_end().len() - last.len()].trim(),
        _ => return false,
    };
    if t.ends_with(['.', '!', '?']) {
        return false;
    }
    // Where each word of the name may end: its words run up to the first
    // with a figure or in small letters; a weekday or a month may close it
    // or open the date.
    // A date's month after the number is no name: the line is dates
    // ("29 November 2018 | 20 January 2019").
    let first = rest.split_whitespace().next().unwrap_or("");
    if crate::text::dates::month_any(first.trim_end_matches([',', '.'])).is_some() {
        return false;
    }
    let mut cuts = Vec::new();
    for w in rest.split_whitespace() {
        let named = !w.contains(|c: char| c.is_ascii_digit())
            && (w.starts_with(char::is_uppercase) || JOINING.contains(&w.to_lowercase().as_str()));
        if !named {
            break;
        }
        // Where the word ends in `rest` (a piece of it).
        cuts.push(w.as_ptr() as usize - rest.as_ptr() as usize + w.len());
    }
    cuts.iter().rev().any(|&cut| {
        let dated = &rest[cut..];
        let Some(d) = super::meta::find_date(dated) else {
            return false;
        };
        // What stands between the name and the date.
        let between: Vec<&str> = dated[..d.start].split_whitespace().collect();
        let range = between.iter().any(|w| ["-", "–", "—", "/"].contains(w));
        let fitting = between.len() <= 3
            && between.iter().all(|w| {
                w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
                    || ["-", "–", "—", "/", ",", "|"].contains(w)
                    || (range && w.starts_with(char::is_lowercase))
            });
        fitting && dated[d.end..].trim().is_empty()
    })
}

/// A browser's print header: date and time, then the page title
/// ("11/19/19, 3:45 PM Title - Outlet").
static PRINT_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+(\S.*)$")
        .expect("regex")
});

/// A browser's print header in the forms other locales write the date:
/// day first with dots ("18.03.2024, 19:02 Title — Outlet"), with a space
/// after each dot as Slovenian, Croatian or Slovak write it ("22. 09. 27,
/// 10:41"), or year first ("2024-03-18 19:02 Title", Hungarian "2027. 09.
/// 22. 10:41", Korean "27. 9. 22. 오후 3:41"). A page's own date stamp has
/// these shapes too ("18.03.2024, 19:02 Uhr"), so they count only in a
/// print (see [`print_header_title`]).
const LOCALE_PRINT_STAMP: &str =
    r"(?:\d{1,4}\. ?\d{1,2}\. ?\d{1,4}\.?|\d{4}-\d{2}-\d{2}),?\s+(?:오전 |오후 )?\d{1,2}[:.]\d{2}";
static LOCALE_PRINT_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{LOCALE_PRINT_STAMP}\s+(\S.*)$")).expect("regex"));

/// The page title a browser prints at the top of each page, after the date
/// and time. With `printed` (the text has a browser's print foot, the
/// address and "1/2"), the day-first and year-first dates count too; their
/// title has three words or more.
pub(crate) fn print_header_title(t: &str, printed: bool) -> Option<&str> {
    if !t.starts_with(|c: char| c.is_ascii_digit()) || print_stamp_alone(t, printed) {
        // The time's "AM" is no title.
        return None;
    }
    if let Some(c) = PRINT_HEADER.captures(t) {
        return c.get(1).map(|m| m.as_str()).filter(|t| !zone_alone(t));
    }
    let title = LOCALE_PRINT_HEADER.captures(t)?.get(1)?.as_str();
    (printed && !at_most_words(title, 2)).then_some(title)
}

/// Whether `t` is a browser's print header in the form [`PRINT_HEADER`]
/// matches: after the date and time, a title, not a time zone alone (a
/// page's own stamp: "05/01/2028 06:15 GMT+7", "14/02/2028 09:30 (UTC)").
fn print_header(t: &str) -> bool {
    PRINT_HEADER
        .captures(t)
        .is_some_and(|c| !zone_alone(c.get(1).map_or("", |m| m.as_str())))
}

/// A date with a year of four figures and a time with its "AM" or "PM",
/// alone on the line ("08/05/2028 12:45 PM"), which [`print_header`] reads
/// as a print's header whose title is "PM". A browser writes the year in
/// two figures where it writes "PM" ("11/19/19, 3:45 PM Title"): such a
/// line standing once above the article is the page's own stamp (see
/// `text::page_stamp_over_the_article`).
pub(crate) fn meridiem_stamp_alone(t: &str) -> bool {
    let t = t.trim();
    let Some(c) = PRINT_HEADER.captures(t) else {
        return false;
    };
    let letters = c.get(1).map_or("", |m| m.as_str()).replace('.', "");
    let meridiem = letters.eq_ignore_ascii_case("am") || letters.eq_ignore_ascii_case("pm");
    let year = t
        .split_whitespace()
        .next()
        .and_then(|d| d.trim_end_matches(',').rsplit('/').next())
        .is_some_and(|y| y.len() == 4);
    meridiem && year
}

/// Whether `t` names a time zone alone: "GMT+7", "UTC +04:00", "(CET)",
/// "IST", "+0300".
fn zone_alone(t: &str) -> bool {
    let t = t
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let (letters, rest) = t.split_at(t.bytes().take_while(u8::is_ascii_uppercase).count());
    let rest = rest.trim();
    let offset = rest.is_empty()
        || rest.starts_with(['+', '-', '−'])
            && rest.len() <= 7
            && rest[1..].bytes().all(|b| b.is_ascii_digit() || b == b':');
    // The time's "AM" or "PM" is no zone: the line is a date and a time.
    let meridiem = letters == "AM" || letters == "PM";
    (letters.is_empty() && !rest.is_empty() || (2..=5).contains(&letters.len()))
        && offset
        && !meridiem
}

/// A browser's print header's date and time alone on a line, as a PDF
/// reader writes it with the title on the next line ("3/13/25, 8:47 AM");
/// with `printed`, in the other locales' forms too ("30.01.25, 09:58").
pub(crate) fn print_stamp_alone(t: &str, printed: bool) -> bool {
    static ALONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$")
            .expect("regex")
    });
    static LOCALE_ALONE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"^{LOCALE_PRINT_STAMP}$")).expect("regex"));
    let t = t.trim();
    t.len() <= 28
        && t.starts_with(|c: char| c.is_ascii_digit())
        && (ALONE.is_match(t) || (printed && LOCALE_ALONE.is_match(t)))
}

/// A page's number and the count of pages alone ("1/3", "2 / 7"), as a
/// PDF reader writes a browser's print foot under the page's address.
pub(crate) fn page_count(t: &str) -> bool {
    let Some((a, b)) = t.trim().split_once('/') else {
        return false;
    };
    let number = |s: &str| {
        let s = s.trim();
        (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    number(a)
        && number(b)
        && a.trim().parse::<u32>().ok() <= b.trim().parse::<u32>().ok()
        && a.trim() != "0"
}

/// Firefox's print foot: the page's number and the count of pages in the
/// locale's words ("Page 1 of 2", "Side 1 av 2", "Seite 1 von 2", "1 av
/// 2"), with the date and time of the printing before or after it
/// ("03.03.2028, 21:52", "3/3/28, 9:52 PM").
pub(crate) fn firefox_print_foot(t: &str) -> bool {
    static FOOT: LazyLock<Regex> = LazyLock::new(|| {
        let count = r"(?:(?:page|side|sida|seite|página|pagina|strona|stránka|strana|sivu|oldal|sayfa|страница|сторінка)\s+)?\d{1,3}\s*(?:of|av|af|von|sur|de|di|z|van|из|з|/)\s*\d{1,3}";
        let stamp = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?";
        Regex::new(&format!(
            r"(?i)^(?:{count}(?:\s+{stamp})?|{stamp}\s+{count})$"
        ))
        .expect("regex")
    });
    t.len() <= 60 && t.starts_with(|c: char| c.is_alphanumeric()) && FOOT.is_match(t.trim())
}

/// Firefox's print header: the page's title, then its address, cut with
/// an ellipsis when long ("Title – VG   https://www.vg.no/nyheter/…").
/// The title, of three words or more.
pub(crate) fn firefox_print_header(t: &str) -> Option<&str> {
    static HEADER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\S.*?)\s+https?://\S+$").expect("regex"));
    if !t.contains("://") {
        return None;
    }
    let title = HEADER.captures(t.trim())?.get(1)?.as_str();
    (!at_most_words(title, 2) && !title.contains("://")).then_some(title)
}

/// A browser's print foot: the page's address, then the page's number
/// and the count ("https://example.com/news/… 1/2").
pub(crate) fn print_foot(t: &str) -> bool {
    (t.starts_with("http") || t.starts_with("www.")) && PAGE_MARK.is_match(t)
}

/// A read-later app's note under what it saved ("Saved from
/// thediplomat.com on March 16, 2024 via Instapaper").
static SAVED_BY_APP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^saved (?:from \S+ )?(?:on .{1,40} )?(?:via|with|to|using|in) (?:instapaper|pocket|omnivore|readwise(?: reader)?|matter|raindrop(?:\.io)?|wallabag|evernote|notion)\.?$").expect("regex")
});

/// Fields a news database (LexisNexis, Factiva, ProQuest …) writes around
/// an article: "Length: 842 words", "Load-Date: …", "End of Document",
/// and Factiva's codes for the lead and the rest of the text ("LP", "TD")
/// alone on their lines.
static DATABASE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:length\s*:\s*[\d,]+\s*words|(?:section|load-date|language|publication-type|publication type|document-type|document type|journal code|graphic|highlight|subject|geographic|organization|organisation|company|companies|person|industry|ticker|word count|words|document id|accession number|source type|issn|database|pages?|edition|column|dateline|notes|subjects|subject terms|geographic terms|locations|record number|document url|proquest document id|gale document number|place of publication|publication subject|persistent link to this record|side|sider|sida|seksjon|sektion|del|utgave|utgåva|upplaga|lengde|längd|artikkel-id|artikel-id|sidnummer)\s*:\s*\S(?:.{0,120}[^.!?])?)|\d{1,6} (?:words|ord)|(?:source )?citation \([^)]{1,30}\)\s*:\s*\S.{0,300}|end of document|body|full text\s*:?|document \w{10,}|document \d{1,5} of \d{1,6}|lp|td)$").expect("regex")
});

/// A row of tags or topics under an article: a label, a colon, then names
/// ("Filed Under: EEE, health, Michigan", "Tags: Russia | Ukraine",
/// "Topics:Elections").
static TAG_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"(?i)^(?:filed under|tagged(?: with| as| in)?|tags?|topics?|categories|category|keywords|posted in|(?:read )?more about|themen|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|теги|метки|темы|рубрики?|et[iİ]ketler|konular|etiquetas|temas|mots-clés|sujets|related topics|témata(?: článku)?|štítky|címkék|témák|tagi|tematy|emner|ämnen|aiheet|onderwerpen|argomenti|tópicos|assuntos|etichete|citește mai mult despre|citeste mai mult despre|ετικέτες|θέματα|мітки|теми",
        // More languages' labels.
        r"|тагови|ознаки|етикети|шошго|тэгі|тэги|тегтер|тегі|etiketa|etiketat|etiketter|oznake|značky|žymos|birkalar|mga tag|ටැග්|குறிச்சொற்கள்|टैग|टैग्स|ট্যাগ|ٹیگز|መለያዎች",
        r"|etiquetes|märksõnad|sildid|atslēgvārdi|raktažodžiai|avainsanat|asiasanat|trefwoorden|nøkkelord|nøgleord|stikkord|stikord|parole chiave|palavras-chave|palabras clave|kata kunci",
        r"|từ khóa|แท็ก|标签|標籤|タグ|태그|برچسب‌ها|برچسب ها|الوسوم|وسوم|תגיות|clibeanna|tagiau|etikett",
        // Persian and Arabic keywords ("کلیدواژه‌ها", "الكلمات المفتاحية").
        r"|کلیدواژه‌ها|کلیدواژه ها|کلید واژه‌ها|کلید واژه ها|کلیدواژه|واژگان کلیدی|کلمات کلیدی|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدالة|كلمات دالة",
        r")\s*:\s*\S",
    ))
    .expect("regex")
});

/// Headings of links to other stories in other languages: German,
/// French, Spanish, Italian, Russian, Turkish, Azerbaijani and Armenian
/// ("Mehr zum Thema", "Читайте также", "İlgili Haberler", "Lire aussi").
/// Turkish capital İ has no simple case fold to i, hence `[iİ]`.
static OTHER_STORIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:mehr (?:zum|aus dem) (?:thema|ressort)|lesen sie (?:auch|mehr)|auch interessant|das könnte sie auch interessieren|weitere (?:artikel|nachrichten|meldungen)|ähnliche (?:artikel|themen)",
        r"|(?:à )?lire (?:aussi|également)|sur le même sujet|voir aussi|articles? (?:liés|similaires)",
        r"|(?:lea|leer|leé) también|te puede interesar|noticias relacionadas|más noticias|leggi anche|articoli correlati",
        r"|читайте (?:также|тоже)|смотрите также|(?:ещё|еще|материалы|новости) по теме|по теме|другие новости|похожие (?:новости|материалы)",
        r"|[iİ]lgili (?:haberler|içerikler|konular)|(?:bunlar da )?[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r|diğer haberler|benzer haberler|daha fazla haber",
        r"|digər xəbərlər|oxşar xəbərlər|mövzu ilə bağlı|կարդացեք նա(?:և|եւ|եվ)|նմանատիպ նյութեր|այլ նորություններ",
        // "Don't miss" over a box of other stories.
        r"|nicht verpassen|à ne pas manquer|ne manquez pas|no te pierdas|da non perdere|не пропустите|nie przegap|ne propustite|nemojte propustiti",
        r"|தவறவிடாதீர்|मिस न करें|kaçırmayın|ne hagyja ki|nu rata(?:ț|t)i|não perca|mis het niet|missa inte|gå ikke glip af|gå ikke glipp av",
        // Related stories: Bulgarian, Hausa.
        r"|свързани (?:статии|новини)|още по темата|karanta wannan|",
        read_also_words!(),
        r")\s*[:፦!]?$",
    ))
    .expect("regex")
});

/// Calls to follow or subscribe to the outlet in other languages, naming
/// the channel ("Подписывайтесь на ТАСС в Telegram", "Folgen Sie uns auf
/// Instagram", "Abonnez-vous à notre newsletter", "Bizi YouTube'da takip
/// edin"): the call opens the line and a channel is named.
static FOLLOW_US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:dear|hello) (?:readers|friends|subscribers)[!,.]?\s+)?(?:subscribe to (?:our|\S+['’]s?) |подписывайтесь|подпишитесь|следите за (?:нами|новостями)|читайте нас|підписуйтеся|підписуйтесь|стежте за (?:нами|новинами)|abonnieren sie|folgen sie uns|abonnez-vous|suivez-nous|suscríbete|suscríbase|síguenos|iscriviti|seguici",
        r"|abone ol|bizi (?:\S+ ){0,3}takip edin|abunə olun|bizi izləyin|հետևեք մեզ|բաժանորդագրվեք",
        // Romanian: "Urmărește-ne pe Google News".
        r"|urmărește-ne|urmareste-ne|urmăriți-ne|urmariti-ne",
        // "Google News'te takip et", "Siga-nos no Google News", "Folgen Sie
        // uns auf Google News": a call with the channel at its head.
        r"|google news['’]?(?:te|de|ta|da)? (?:takip et|abone ol)",
        // English: "Follow us on Twitter", "Follow Trend on Telegram" (an
        // outlet's name of up to three capitalised words, then the
        // channel), "Stay up-to-date with … Telegram channel".
        r"|follow (?:us|(?-i:\p{Lu})[\w&.'’-]*(?: (?-i:\p{Lu})[\w&.'’-]*){0,2}) on (?:telegram|twitter|x|facebook|instagram|youtube|whatsapp|linkedin|threads|bluesky|vk|google news)(?-u:\b)",
        r"|stay (?:up[- ]to[- ]date|tuned|informed|connected)(?-u:\b))",
    ))
    .expect("regex")
});

/// The same call as the line's last sentence, after the channel is
/// named ("Новини Харкова — у Telegram-каналі Суспільне Харків.
/// Підписуйтеся!", "Our WhatsApp channel has the latest. Subscribe now!").
static FOLLOW_US_LAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[.!?:—–-]\s+(?:підписуйтеся|підписуйтесь|подписывайтесь|подпишитесь|abonnieren sie(?: uns)?|abonnez-vous|suscríbete|iscriviti|abone olun|subscribe(?: now| today)?|follow us|join us)\s*[!.]?$").expect("regex")
});

/// A channel an outlet asks readers to follow it on.
static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)google news|telegram|newsletter|youtube|facebook|twitter|instagram|tiktok|whatsapp|(?-u:\b)vk(?-u:\b)|вконтакте|дзен|(?-u:\b)rss(?-u:\b)|podcast|подкаст|канал|kanal|bülten|рассылк|розсилк|бюлетин|infolettre|boletín|(?-u:\b)x(?-u:\b)").expect("regex")
});

/// A row of tags whose label stands without a colon, as pages set label
/// and tags apart ("Schlagwörter Armenien, Aserbaidschan, Bergkarabach"):
/// only these unambiguous labels, and only with two items or more.
static TAG_ROW_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|теги|метки|etiketler|keywords|mots-clés|tags)\s+(\S.*)$").expect("regex")
});

/// Whether `t`, after its label, is a list of names: items set apart by
/// commas, bars, bullets or semicolons, each of at most five words, the
/// last without a sentence end ("Topics: the talks covered energy." is a
/// sentence).
fn tag_list(t: &str) -> bool {
    let Some((_, items)) = t.split_once(':') else {
        return false;
    };
    items_of_a_list(t, items) || names_closed_by_a_stop(items)
}

/// Whether `items`, after a tag row's label, are three names or more set
/// apart by commas and closed by a full stop ("Categories: Argentina,
/// Bolivia, Chile, Energy."): each of up to three words, each capitalised.
/// A sentence after the label ("Topics: Russia, Ukraine and what the
/// summit agreed on.") has a longer item.
fn names_closed_by_a_stop(items: &str) -> bool {
    let Some(items) = items.trim_end().strip_suffix('.') else {
        return false;
    };
    let mut n = 0;
    for item in items.split(',') {
        let item = item.trim();
        n += 1;
        if !item.starts_with(char::is_uppercase)
            || words_up_to(item, 4) > 3
            || item.contains(['.', '!', '?', ':', ';'])
        {
            return false;
        }
    }
    n >= 3
}

/// Whether `t`, after its label, is a row of names set apart by spaces
/// only ("Tags: Black Sea Danube Grain Exports"): two to twelve words, no
/// separator and no sentence end, and most words in capitals. Words of a
/// sentence after a label ("Topics: what the summit agreed on") are in
/// small letters.
fn named_items(t: &str) -> bool {
    let Some((_, items)) = t.split_once(':') else {
        return false;
    };
    let (mut n, mut capitals) = (0, 0);
    for w in items.split_whitespace() {
        n += 1;
        if n > 12 {
            return false;
        }
        capitals += usize::from(w.starts_with(char::is_uppercase));
    }
    n >= 2
        && capitals * 3 >= n * 2
        && !items.contains([',', '|', '•', '·', ';', '،', '؛'])
        && !ends_sentence(t)
        && !t.trim_end().ends_with(['?', '!'])
}

/// Whether `items` (the part of line `t` after its label) are names: items
/// of at most five words (set apart by Latin or Arabic commas and
/// semicolons), the last without a sentence end.
fn items_of_a_list(t: &str, items: &str) -> bool {
    !ends_sentence(t)
        && !t.trim_end().ends_with(['?', '!'])
        && items
            .split([',', '|', '•', '·', ';', '،', '؛'])
            .all(|item| words_up_to(item, 6) <= 5)
}

/// What may make a line an outlet's promotion, a rights notice or a
/// cookie notice, looked for in one pass: a newsletter named in one of
/// the languages juxta reads, a free trial, a reuse or syndication
/// notice, or cookies in a language that calls them otherwise (see
/// [`cookies_named_otherwise`]).
static PROMOTION_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?P<n>newsletter|nyhetsbrev|nyhedsbrev|uutiskirje|nieuwsbrief|hírlevél|infolettre|boletín|bollettino|розсилк|рассылк|bülten|biuletyn)",
        r"|(?P<t>\d+\s+(?:wochen|monate|weeks?|months?|semaines|mois|settimane|mesi|semanas|meses|veckor|viikkoa|týdny|tygodni)\s+(?:kostenlos|gratis|free|for free|gratuit\w*|grátis|ilmaiseksi|zdarma|za darmo)|free trial|kostenlos testen|probeabo)",
        r"|(?P<r>nutzungsanfrage|nutzungsrechte|syndication|reprint rights|republication rights|droits de reproduction)",
        r"|(?P<c>sütik|sütiket|sütis|eväste|informasjonskaps|kakor|ciastecz|küpsis|slapuk|kolačić|piškot)",
    ))
    .expect("regex")
});

/// A call to sign up, at the start of a sentence or a part of one
/// ("Hier kostenlos anmelden.", "Sign up here", "– iscriviti").
static SIGN_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[.:!?|–—-]\s*)(?:(?:hier|jetzt|here|now|gratis|kostenlos|free|today|ici|aquí|qui|här|tästä|itt|zde|tutaj)\s+){0,3}(?:sign up|subscribe|anmelden|abonnieren|registrieren|inscrivez-vous|abonnez-vous|suscríbete|suscríbase|regístrate|iscriviti|prenumerera|tilaa|meld je aan|schrijf je in|zapisz się|přihlaste se|feliratkozom|iratkozz fel|підпишіться|подпишитесь|receba|assine|inscreva-se|cadastre-se|abone ol|kaydol)(?:[^\p{L}]|$)").expect("regex")
});

/// A call to act on an offer: a verb of ordering or trying, or an address.
static ORDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)jetzt|bestellen|testen|abonn|subscribe|sign up|try|start|www\.|https?://|essayez|prova|prueba|assine").expect("regex")
});

/// An outlet's promotion inside or under its article, or a notice on
/// reusing its text: a newsletter with a call to sign up ("SZ
/// München-Newsletter: Alles Wichtige aus München … Hier kostenlos
/// anmelden."), a free trial with a call to order ("4 Wochen kostenlos
/// zur Probe lesen. Jetzt bestellen unter: www…"), a syndication notice
/// with its address ("… Bitte senden Sie Ihre Nutzungsanfrage an
/// syndication@…"), or a cookie notice (see [`cookies_named_otherwise`]).
/// A sentence about a newsletter, a trial or syndication has none of these
/// calls. `words`: the line's words; a cookie notice may have up to 60,
/// the others 45.
fn promotion_or_rights(t: &str, words: usize) -> Option<Reason> {
    /// A word every match of [`PROMOTION_WORDS`] holds.
    static WORDS: LazyLock<Needles> = LazyLock::new(|| {
        Needles::new(&[
            // newsletters
            "newsletter",
            "nyhetsbrev",
            "nyhedsbrev",
            "uutiskirje",
            "nieuwsbrief",
            "hírlevél",
            "infolettre",
            "boletín",
            "bollettino",
            "розсилк",
            "рассылк",
            "bülten",
            "biuletyn",
            // trials
            "kostenlos",
            "gratis",
            "free",
            "gratuit",
            "grátis",
            "ilmaiseksi",
            "zdarma",
            "za darmo",
            "probeabo",
            // rights
            "nutzungsanfrage",
            "nutzungsrechte",
            "syndication",
            "reprint rights",
            "republication rights",
            "droits de reproduction",
            // cookies
            "sütik",
            "sütiket",
            "sütis",
            "eväste",
            "informasjonskaps",
            "kakor",
            "ciastecz",
            "küpsis",
            "slapuk",
            "kolačić",
            "piškot",
        ])
    });
    if !WORDS.in_text(t) {
        return None;
    }
    let c = PROMOTION_WORDS.captures(t)?;
    if words > 45 && c.name("c").is_none() {
        return None;
    }
    if c.name("n").is_some() && SIGN_UP.is_match(t) {
        return Some(Reason::Promotion);
    }
    if c.name("t").is_some() && ORDER.is_match(t) {
        return Some(Reason::Promotion);
    }
    if c.name("r").is_some() && (t.contains('@') || t.contains("www.") || t.contains("http")) {
        return Some(Reason::Footer);
    }
    if c.name("c").is_some() && cookies_named_otherwise(t) {
        return Some(Reason::Cookies);
    }
    None
}

/// A publisher's notice against passing its articles on ("Copying
/// articles to share with others is a breach of FT.com T&Cs and Copyright
/// Policy.", "Reproducing this article is prohibited without permission
/// under our terms"): copying, sharing or reproducing articles or content,
/// said to breach or infringe terms or copyright, in 120 words or fewer.
fn rights_notice(t: &str) -> bool {
    static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:copying|sharing|forwarding|reproduc\w+|redistribut\w+|republish\w*)(?:\s+\S+){0,3}?\s+(?:(?:our |ft )?articles?|stories|(?:our )?content|this (?:article|story|page|material))(?:\s+\S+){0,8}?\s+(?:is (?:a breach|an infringement|prohibited|not permitted|forbidden)|breach(?:es)?|infring\w*|violat\w*)(?:\s+\S+){0,8}?\s+(?:\S*t&cs|terms|copyright|conditions)").expect("regex")
    });
    static MARKS: LazyLock<Literals> =
        LazyLock::new(|| Literals::new(&["opyright", "&C", "erms", "onditions"]));
    MARKS.any_in(t) && NOTICE.is_match(t) && at_most_words(t, 120)
}

/// An outlet's notice on reprinting its articles, alone on its line: reuse
/// only with a reference or a permission ("При перепечатке ссылка на
/// источник обязательна", "Nachdruck nur mit Genehmigung der Redaktion",
/// "Kaynak gösterilmeden kullanılamaz", "İstifadə zamanı istinad
/// vacibdir", Armenian "… արտատպելիս հղումը … պարտադիր է"). The duty or
/// the ban closes the line: a sentence reporting such a notice goes on.
static REPRINT_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:при (?:полном или частичном |любом )?(?:перепечатке|копировании|использовании|цитировании)[^.!?]{0,80}?(?:ссылка|гиперссылка)[^.!?]{0,80}?обязательна",
        r"|при (?:передруку|використанні|копіюванні|цитуванні)(?:[^.!?]|\.[^\s.]){0,120}?посилання(?:[^.!?]|\.[^\s.]){0,80}?обов['’]язков(?:е|і|ий)",
        r"|[^.!?]{0,60}?kaynak gösterilmeden[^.!?]{0,60}?(?:kullanılamaz|yayımlanamaz|alıntı yapılamaz)",
        r"|[^.!?]{0,60}?[iİ]stifadə (?:zamanı|edərkən|olunarkən)[^.!?]{0,60}?(?:istinad|keçid)[^.!?]{0,20}?(?:vacibdir|mütləqdir|zəruridir)",
        r"|[^.!?։]{0,60}?արտատպ[^.!?։]{0,80}?պարտադիր է",
        r"|nachdruck[^.!?]{0,40}?(?:nur mit|ohne)[^.!?]{0,40}?(?:genehmigung|erlaubnis|zustimmung|quellenangabe)(?: der redaktion| des verlags)?(?: (?:gestattet|erlaubt|untersagt|verboten))?",
        r"|(?:reprint(?:ing)?|republi(?:cation|shing)|reproduction)[^.!?]{0,40}?(?:only|prohibited|not permitted|forbidden) (?:with|without)[^.!?]{0,40}?(?:permission|attribution|consent|reference|a link(?: to (?:the )?(?:source|original|site|website))?)",
        // "Any use of materials of … is allowed only with a hyperlink";
        // Kyrgyz, Kazakh, Uzbek: "Материалдарды колдонууда шилтеме
        // милдеттүү", "… гиперсілтеме міндетті", "… havola berilishi shart".
        r"|(?:any )?(?:use|reuse|copying) of (?:the )?(?:materials?|content|articles?)(?: of| from| by)?(?:[^.!?]|\.[^\s.]){0,60}?(?:is |are )?(?:allowed|permitted|possible) only (?:with|by) (?:an? )?(?:active |direct )?(?:hyper)?link(?: to (?:the )?(?:original |source )?(?:source|original|site|website|page|\S+))?",
        r"|[^.!?]{0,40}?материалдар\w*[^.!?]{0,80}?(?:шилтеме|сілтеме)[^.!?]{0,40}?(?:милдеттүү|міндетті)",
        r"|[^.!?]{0,40}?materiallar\w*[^.!?]{0,80}?(?:havola|manba)[^.!?]{0,40}?(?:shart|majburiy)",
        r")[\s.!։]*$",
    ))
    .expect("regex")
});

/// A note that an opinion piece speaks for its writer, not the outlet
/// ("The views expressed are the author's own", "Мнение автора может не
/// совпадать с позицией редакции", "Die Meinung des Autors muss nicht mit
/// der Meinung der Redaktion übereinstimmen", "Yazarın görüşleri …
/// yansıtmayabilir", "Les opinions … n'engagent que leur auteur"), alone
/// on its line.
static OPINION_DISCLAIMER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:the )?(?:views|opinions) expressed (?:herein |here |in this (?:article|piece|column|commentary|op-ed|paper|report) )?(?:are|is) (?:those (?:solely |only )?of the authors?|the (?:author|writer)s?['’]s? own|solely (?:those )?of the authors?)(?: and (?:do not|don['’]t) necessarily reflect [^.!?]{0,100})?",
        // The institution's own stance may follow: "… GMF as an
        // institution does not take positions."
        r"(?:[.]\s+[^.!?]{1,80}? (?:does not|do not|doesn['’]t) (?:take (?:institutional )?positions|take a position|hold positions|endorse [^.!?]{1,40}))?",
        r"|(?:мнение|точка зрения) автор(?:а|ов)[^.!?]{0,40}?не (?:совпадать|совпадает|обязательно совпадает) с (?:позицией|мнением|точкой зрения) (?:редакции|издания)",
        r"|думка автора[^.!?]{0,40}?не (?:збігатися|збігається) з (?:позицією|думкою) редакції",
        r"|(?:die )?(?:meinung|ansicht) (?:des autors|der autorin|der autoren)[^.!?]{0,60}?nicht(?: unbedingt)? (?:mit der|die) (?:meinung|position|haltung) der redaktion[^.!?]{0,30}",
        r"|yazar(?:ın|ların) (?:görüşleri|fikirleri)[^.!?]{0,60}?(?:yansıtmayabilir|yansıtmaz|bağlamaz)",
        r"|les opinions[^.!?]{0,60}?n['’]engagent que (?:leurs? auteurs?|l['’]auteur)",
        // Romanian, Bulgarian.
        r"|opiniile (?:exprimate|din)[^.!?]{0,80}?aparțin[^.!?]{0,40}?autor\w*[^.!?]{0,20}?nu (?:reflectă|reprezintă|angajează)[^.!?]{0,60}",
        r"|мнението на автор(?:а|ите)[^.!?]{0,40}?не (?:съвпада|отразява|ангажира)[^.!?]{0,60}",
        r")[\s.!]*$",
    ))
    .expect("regex")
});

/// The opening of an appeal in other languages: the outlet lives on its
/// readers' money ("«…» работает благодаря поддержке читателей", "… lebt
/// von seinen Leserinnen und Lesern", "… vit grâce à ses lecteurs").
static FUNDED_BY_READERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[^.!?]{1,60}? (?:работает|существует|живёт|живет|выходит) (?:только |исключительно )?(?:благодаря|на) (?:поддержке|пожертвованиям|пожертвования|деньги|средства) (?:наших )?читателей",
        r"|^[^.!?]{1,60}? працює (?:лише |тільки )?(?:завдяки|на) (?:підтримці|пожертвам|внескам) (?:наших )?читачів",
        r"|^[^.!?]{1,60}? (?:finanziert sich|lebt|existiert) (?:ausschließlich |allein |nur )?(?:durch|von|dank) (?:seinen |ihren |unseren |den )?(?:leser|spenden|unterstützer)",
        r"|^[^.!?]{1,60}? (?:vit|existe|fonctionne) (?:uniquement )?grâce (?:à ses|à nos|aux) (?:lecteurs|lectrices|dons|donateurs)",
    ))
    .expect("regex")
});

/// A line that opens on [`FUNDED_BY_READERS`] and asks for support in a
/// sentence after it ("… работает благодаря поддержке читателей.
/// Поддержите нас — оформите пожертвование."): a sentence that only says
/// how an outlet is funded asks for nothing.
fn funded_by_readers_appeal(t: &str) -> bool {
    let Some(m) = FUNDED_BY_READERS.find(t) else {
        return false;
    };
    let rest = &t[m.end()..];
    rest.match_indices(['.', '!', '?']).take(4).any(|(i, p)| {
        let next = rest[i + p.len()..].trim_start();
        !next.is_empty() && (FOREIGN_APPEAL.is_match(next) || APPEAL.is_match(next))
    })
}

/// An agency's name alone on the line under its report, between slashes
/// ("/Kazinform/"); a name after a dash is a sign-off, read with what
/// follows it (`text`). A name in brackets alone on a line ("(TASS)") is
/// not taken: a wrap sets acronyms apart so ("(PACS)"), and a text
/// browser marks a page's widgets so ("(BUTTON)", "(IMAGE)").
fn agency_alone(t: &str) -> bool {
    static AGENCY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^/\p{Lu}[\p{L}\p{N}.-]{1,20}/\.?$").expect("regex"));
    t.starts_with('/') && t.len() <= 40 && AGENCY.is_match(t)
}

/// A call to follow the outlet on a channel, the channel first in the
/// Turkic way ("Oxu.az-ı Telegram-da izləyin: …", "Bizi Instagram'da
/// takip edin"), in 15 words or fewer: the call closes its clause (a
/// sentence reporting the words goes on after them).
static FOLLOW_ON_CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\S+\s+){0,2}(?:telegram|instagram|facebook|youtube|whatsapp|tiktok|twitter|x|google news)[-'’]?(?:da|də|de|ta|te|dan|dən)\s+(?:izləyin|izleyin|takip edin|abunə olun|abone olun)\s*(?:[:!.]|$)").expect("regex")
});

/// A printed page's foot with its cells run together in one line (as
/// `pdftotext -layout` copies it): the site's address, the page's number
/// and the copyright line, in either order ("www.example.org Page 2 ©
/// Example Institute 2028", "© Verlag 2027 Seite 4 www.verlag.de").
static PAGE_FOOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:https?://|www\.)\S+ (?:page|seite|pagina|página|strona|sayfa|страница|стр\.) \d{1,4}(?: (?:of|von|de|di|из|/) \d{1,4})?(?: (?:©|\(c\)|copyright) [^.!?]{2,80})?",
        r"|(?:©|\(c\)|copyright) [^.!?]{2,80}? (?:page|seite|pagina|página|strona|sayfa|страница|стр\.) \d{1,4}(?: (?:of|von|de|di|из|/) \d{1,4})? (?:https?://|www\.)\S+)$",
    ))
    .expect("regex")
});

/// A note on the writer under the article that ends on the writer's handle
/// ("Jane Roe is a senior fellow at the Example Institute. X: @janeroe",
/// "Max Muster ist Korrespondent in Wien. Bluesky: @muster.bsky.social"):
/// a name in capitals, a verb of being, the note, the network and handle.
static WRITER_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:is|was|ist|war|est|es|è|jest|является) [^!?]{5,250}?[.;]? (?i:x|twitter|bluesky|threads|mastodon|instagram|telegram) ?: ?@[\w.-]+\.?$").expect("regex")
});

/// An institution's note on itself under its text ("Example House, the
/// Royal Institute of Examples, is an independent policy institute based
/// in London."): its name in capitals, perhaps a gloss between commas, an
/// independent or non-profit institute, based in a place, and the line
/// ends.
static ABOUT_US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}&'’.-]*(?: (?:\p{Lu}[\p{L}&'’.-]*|of|for|and|the|on|de|für))*(?:, [^,.]{3,80},)? is an? (?:independent|non-profit|nonprofit|not-for-profit|non-partisan|nonpartisan|international) [^.]{0,60}?(?:institute|think[- ]tank|organi[sz]ation|centre|center|foundation|network|news agency) (?:based|headquartered) in [^.,;]{2,40}\.?$").expect("regex")
});

/// Words one of which every line [`outlet_line`] reads by its words
/// holds (a reprint notice, an opinion disclaimer, a call to follow the
/// channel first, an appeal opening on the readers' money, a note on the
/// institution): its first look, one with [`may_be_furniture`]'s.
const OUTLET_WORDS: [&str; 46] = [
    // reprint notices
    "перепечат",
    "копировани",
    "использовани",
    "цитировани",
    "передрук",
    "використанн",
    "копіюванн",
    "gösterilmeden",
    "stifadə",
    "արտատպ",
    "nachdruck",
    "reprint",
    "republi",
    "reproduction",
    "use of material",
    "материалдар",
    "materiallar",
    // opinion disclaimers
    "expressed",
    "мнение автор",
    "зрения автор",
    "думка автор",
    "meinung des",
    "meinung der",
    "ansicht des",
    "ansicht der",
    "yazarın",
    "yazarların",
    "n'engagent",
    "n’engagent",
    // a channel named first
    "izləyin",
    "izleyin",
    "takip edin",
    "abunə olun",
    "abone olun",
    // funded by readers
    "читател",
    "читачів",
    "leser",
    "spenden",
    "unterstützer",
    "grâce",
    // notes on the institution, page feet
    " based in ",
    " headquartered in ",
    "www.",
    "://",
    // the writer's handle
    ": @",
    ":@",
];

/// The outlet's own lines under an article whatever word they open with:
/// a reprint notice, an opinion disclaimer, an appeal that opens on how
/// the outlet is funded, a call to follow it, a note on the writer or on
/// the institution; a printed page's foot; and the notes of
/// [`super::outlet_notes`]. Read only on lines that
/// pass [`may_be_furniture`] (whose first look holds [`OUTLET_WORDS`]).
fn outlet_line(t: &str, words: usize) -> Option<Reason> {
    if words > 50 {
        return None;
    }
    if let Some(why) = super::outlet_notes::classify(t, words) {
        return Some(why);
    }
    let url = t.contains("www.") || t.contains("://");
    if words <= 25 && url && PAGE_FOOT.is_match(t) {
        return Some(Reason::Running);
    }
    let handle = t.contains(": @") || t.contains(":@");
    let based = !handle && (t.contains(" based in ") || t.contains(" headquartered in "));
    if handle && WRITER_NOTE.is_match(t) || based && ABOUT_US.is_match(t) {
        return Some(Reason::Footer);
    }
    if words <= 30 && (REPRINT_NOTICE.is_match(t) || OPINION_DISCLAIMER.is_match(t)) {
        return Some(Reason::Footer);
    }
    if words <= 15 && FOLLOW_ON_CHANNEL.is_match(t) {
        return Some(Reason::Promotion);
    }
    funded_by_readers_appeal(t).then_some(Reason::Promotion)
}

/// [`classify_counted`], counting the words itself (for the tests).
#[cfg(test)]
pub(crate) fn classify(t: &str) -> Option<Reason> {
    classify_counted(t, words_up_to(t, 61))
}

/// Why `t` (one line, white space squashed) is page furniture by itself,
/// or `None`; `words` is its number of words, counted up to 61 at least.
pub(crate) fn classify_counted(t: &str, words: usize) -> Option<Reason> {
    if words == 1 && site_name(t) || words <= 16 && language_switch(t) {
        return Some(Reason::Navigation);
    }
    if let Some(why) = whatever_its_first_word(t, words) {
        return Some(why);
    }
    if words <= 40 && (super::email::mail_footer(t) || super::email::forward_end(t)) {
        return Some(Reason::Email);
    }
    if words > 12 && (super::email::confidentiality_notice(t) || rights_notice(t)) {
        return Some(Reason::Footer);
    }
    if words <= 60
        && let Some(why) = promotion_or_rights(t, words)
    {
        return Some(why);
    }
    if words > 60 || !(may_be_furniture(t) || words <= COMMON_LABEL_WORDS && common_label(t)) {
        // Longer than any furniture line, or starting as none does.
        return None;
    }
    if let Some(why) = outlet_line(t, words) {
        return Some(why);
    }
    if words <= 30 && LINK_LISTS.is_match(t) {
        return Some(Reason::Navigation);
    }
    if words <= 14 && COMMENTS.is_match(t) {
        return Some(Reason::Comments);
    }
    if words <= 40 && AUDIO.is_match(t) {
        return Some(Reason::Audio);
    }
    if contains_ignoring_ascii_case(t, "cookie") && COOKIES.is_match(t) {
        return Some(Reason::Cookies);
    }
    if words <= 15 && super::truncation::paywall(t) {
        return Some(Reason::Promotion);
    }
    if words <= 50 && appeal(t) {
        return Some(Reason::Promotion);
    }
    if words <= 25 && (PAGE_MARK.is_match(t) || print_header(t)) {
        return Some(Reason::Running);
    }

    if words <= 25 && DATABASE_FIELD.is_match(t) {
        return Some(Reason::DatabaseField);
    }
    if words <= 20 && SAVED_BY_APP.is_match(t) {
        return Some(Reason::Footer);
    }
    if words <= 40 && TAG_ROW.is_match(t) && (tag_list(t) || named_items(t)) {
        return Some(Reason::Tags);
    }
    if words <= 40
        && let Some(c) = TAG_ROW_BARE.captures(t)
        && c[1].contains([',', '|', '•', '·', ';'])
        && items_of_a_list(t, &c[1])
    {
        return Some(Reason::Tags);
    }
    if words <= 8 && OTHER_STORIES.is_match(t) {
        return Some(Reason::Navigation);
    }
    if words <= 20 && FOLLOW_US.is_match(t) && CHANNEL.is_match(t) {
        return Some(Reason::Promotion);
    }
    if words <= 25 && FOLLOW_US_LAST.is_match(t) && CHANNEL.is_match(t) {
        return Some(Reason::Promotion);
    }
    if words <= 16 && READ_LATER.is_match(t) {
        return Some(Reason::Share);
    }
    if words <= 6 && SCREEN_READER_LIST.is_match(t) {
        return Some(Reason::Navigation);
    }
    None
}

/// The families [`classify_counted`] looks for whatever word a line opens
/// with (many languages' first words, or none that tells).
fn whatever_its_first_word(t: &str, words: usize) -> Option<Reason> {
    /// The families' patterns but the offer's, all anchored at the line's
    /// start, searched at once: most lines match none, and are not
    /// searched again (a search has a cost of its own, however short).
    static ANY: LazyLock<RegexSet> = LazyLock::new(|| {
        RegexSet::new(
            [
                &LOADING,
                &COMMENT_RULES,
                &PODCAST,
                &SOURCE_LINE,
                &NEWSLETTER_TO_INBOX,
                &ACCESSED,
                &CITED,
            ]
            .map(|r| r.as_str()),
        )
        .expect("regex set")
    });
    if words <= FOLIO_WORDS && folio(t) {
        return Some(Reason::Running);
    }
    if let Some(why) = super::outlet_notes::mistake(t, words) {
        return Some(why);
    }
    if words <= 3 && agency_alone(t) {
        return Some(Reason::Trailer);
    }
    let any = words <= 40 && ANY.is_match(t);
    if any && words <= 3 && t.len() <= 24 && LOADING.is_match(t) {
        return Some(Reason::Navigation);
    }
    if any && COMMENT_RULES.is_match(t) {
        return Some(Reason::Comments);
    }
    static ADDRESS: LazyLock<Literals> = LazyLock::new(|| Literals::new(&["www.", "http"]));
    if words <= 40 && ADDRESS.any_in(t) && OFFER.is_match(t) {
        return Some(Reason::Promotion);
    }
    if !any {
        return None;
    }
    if words <= 30 && PODCAST.is_match(t) {
        return Some(Reason::Promotion);
    }
    if words <= 6 && SOURCE_LINE.is_match(t) {
        return Some(Reason::Credit);
    }
    if words <= 30 && NEWSLETTER_TO_INBOX.is_match(t) {
        return Some(Reason::Promotion);
    }
    if words <= 10 && ACCESSED.is_match(t) {
        return Some(Reason::Stamp);
    }
    if words <= 40 && CITED.is_match(t) {
        return Some(Reason::ReaderNote);
    }
    None
}

/// When the reader saw or saved the page, as a clipping's header notes it
/// ("Data de acesso: 11/09/2024, 09h40", "Accessed on 5 March 2024",
/// "Abgerufen am 12.03.2024"): no date of the article.
/// A reader's note citing where the text was taken from, with its address
/// and the day it was read: "Source: Daily Maverick, https://… (accessed 2
/// Dec 2026) – for the water-risk note".
static CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:source|sources|quelle|fuente|fonte|källa|kilde|kaynak|źródło|zdroj|forrás|bron|источник|джерело)\s*:\s*[^\n]{0,80}?(?:https?://|www\.)\S+[^\n]*?\(\s*(?:accessed|retrieved|viewed|abgerufen|zugriff|consulté|consultado|acedido|acessado|consultato|geraadpleegd|hämtad|erişim|дата обращения)[^)]*\d[^)]*\)").expect("regex")
});
static ACCESSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:date accessed|accessed(?: on)?|retrieved(?: on)?|data de acesso|acedido em|acessado em|abgerufen am|zugriff am|consulté le|date de consultation|fecha de consulta|consultado el|data di accesso|consultato il|geraadpleegd op|datum van raadpleging|hämtad|data dostępu|erişim tarihi|дата обращения)\s*:?\s*[^\s:]*\d").expect("regex")
});

/// A newsletter's offer to send the news to the reader's inbox: "Receba no
/// seu email o que de mais importante acontece …", "Recibe en tu correo
/// …", "Get the news in your inbox every morning".
static NEWSLETTER_TO_INBOX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:receba|recebe|reciba|recibe|recevez|erhalten sie|ricevi|ricevete|ontvang|få|otrzymuj|получайте|get|receive)(?-u:\b).*?(?:no seu e-?mail|na sua caixa|en tu correo|en su correo|dans votre boîte|par e-?mail chaque|in ihr(?:em)? postfach|nella tua casella|in je (?:inbox|mailbox)|i din inkorg|na (?:swoją )?skrzynkę|на (?:вашу )?почту|in your inbox|to your inbox)").expect("regex")
});

/// A sign-up form's button or e-mail field, alone on a line: "Sign up",
/// "S’inscrire", "Anmelden", "Inscreva-se", "E-Mail-Adresse", "Your email
/// address", "Adresse e-mail*".
static SIGN_UP_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:sign up|sign me up|subscribe|register|(?:je )?m['’]inscri(?:re|s)|s['’]inscrire|(?:jetzt )?(?:kostenlos |gratis )?(?:anmelden|abonnieren|registrieren)|inscrever|inscreva-se|assinar|suscr[ií]b(?:ete|irse|irme)|iscriviti|aanmelden|inschrijven|prenumerera|tilmeld(?: dig)?|meld deg på|zapisz się|subskrybuj|abone ol|kaydol|подписаться|підписатися|přihlásit se|feliratkozás)(?: now| free| for free| gratis| kostenlos| here)?[.!]?",
        r"|(?:enter |type )?(?:your |votre |tu |seu |sua |ihre |deine |uw |din |twój |ваш )?(?:e-?mail(?:[- ]adress[ea]?|adres|adresse| address)?|adresse (?:e-?mail|électronique)|endereço de e-?mail|correo(?: electrónico)?|indirizzo (?:e-?)?mail|e-?postadress[e]?|adres e-?mail|e-?posta(?: adresiniz)?|электронная почта)\s*\*?:?)$",
    ))
    .expect("regex")
});

/// Whether a line is a sign-up form's button or e-mail field.
pub(crate) fn sign_up_anchor(t: &str) -> bool {
    t.len() <= 48 && SIGN_UP_ANCHOR.is_match(t.trim())
}

/// A sign-up form's consent line ("Mit der Anmeldung akzeptieren Sie die
/// Datenschutzerklärung.", "By signing up, you agree to our Privacy
/// Policy."): a privacy notice and a word of signing up, in 25 words or
/// fewer.
pub(crate) fn sign_up_consent(t: &str) -> bool {
    static PRIVACY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)privacy|datenschutz|confidentialité|données personnelles|privacidad|privacidade|informativa|privacybeleid|integritet|personvern|prywatnoś|gizlilik|конфиденциальн|персональн").expect("regex")
    });
    static SIGNING_UP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)anmeldung|registrierung|sign(?:ing)? up|subscri|inscri|abonn|suscrib|iscrizione|aanmelding|registrering|prenumer|zapis|kayıt|abone|подпис|регистрац|by clicking|en cliquant|al hacer clic").expect("regex")
    });
    static PROMOTIONS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^you (?:may|might|will) (?:occasionally |also )?receive (?:promotional|marketing|offers)").expect("regex")
    });
    words_up_to(t, 26) <= 25
        && (PRIVACY.is_match(t) && SIGNING_UP.is_match(t) || PROMOTIONS.is_match(t))
}

/// What a sign-up form says once it is sent: "Check your inbox to confirm
/// your subscription", "Vielen Dank! Wir haben Ihnen eine E-Mail
/// geschickt.", "Prüfen Sie Ihr Postfach …", "Vérifiez votre boîte de
/// réception".
pub(crate) fn sign_up_confirmation(t: &str) -> bool {
    static SENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:check|confirm) your (?:inbox|e-?mail|subscription)|thanks? (?:you )?for (?:subscribing|signing up)|prüfen sie ihr postfach|bestätigen sie (?:ihre|das|die) (?:anmeldung|newsletter|abonnement|e-mail)|wir haben ihnen eine e-?mail|vérifiez votre (?:boîte|messagerie|adresse)|confirmez votre (?:inscription|abonnement)|revisa tu (?:correo|bandeja)|confirma tu (?:suscripción|correo)|controlla la tua (?:casella|email)|controleer je (?:inbox|mailbox)|bevestig je (?:inschrijving|aanmelding)").expect("regex")
    });
    words_up_to(t, 26) <= 25 && SENT.is_match(t)
}

/// Words that tell a short line over a sign-up button belongs to its form
/// (a newsletter's name, "Jetzt kostenlos abonnieren.").
pub(crate) fn sign_up_words(t: &str) -> bool {
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)newsletter|nieuwsbrief|nyhetsbrev|infolettre|boletín|bülten|рассылк|abonn|subscri|inscri|suscri|iscriv|assin|prenumer|abone|подпис|inbox|e-?mail").expect("regex")
    });
    WORDS.is_match(t)
}

/// A page's rules for readers' comments, or its call to log in to write
/// one: "Os comentários não representam a opinião do jornal …",
/// "Մեկնաբանությունները չեն հրապարակվի, եթե …", "Yorum yapabilmek için
/// giriş yapmalısınız.", "You must be logged in to post a comment."
static COMMENT_RULES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:the|os|los|les|i|die|le|gli) )?(?:comments?|comentários|comentarios|commentaires|kommentare|commenti|komentarze|yorumlar|комментарии|коментарі|մեկնաբանությունները|şərhlər|σχόλια)[\s,.:;].*?",
        r"(?:not (?:be )?publish|do not (?:represent|reflect)|não representam|no representan|ne (?:représentent|reflètent)|nicht (?:veröffentlicht|die meinung)|non (?:rappresentano|saranno pubblicati)|yayınlanmaz|yayımlanmayacak|не (?:публикуются|будут опубликованы|отражают)|չեն հրապարակվի|are moderated|reserve the right)",
        r"|^(?:yorum yapabilmek için giriş yap|you must be logged in to (?:post a )?comment|(?:please )?log in to (?:post a )?comment|(?:para comentar|pour (?:commenter|réagir)|um (?:zu kommentieren|kommentieren zu können)|чтобы (?:оставить )?комментар\w*),? (?:debe|inicie|faça|é preciso|es necesario|necesita|você precisa|connectez|abonnez|vous devez|identifiez|melden sie|müssen sie|loggen sie|войдите|авторизуйтесь|необходимо))",
    ))
    .expect("regex")
});

/// An offer with the address to take it up at ("Bestens informiert mit
/// SZ Plus – 4 Wochen kostenlos zur Probe lesen. Jetzt bestellen unter:
/// www.sz.de/szplus-testen", "Try it free for 30 days at
/// www.example.com/offer"): an address and a word of offering.
static OFFER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)kostenlos|gratis|free trial|(?:try|read) (?:it )?(?:for )?free|zur probe|probeabo|jetzt (?:bestellen|abonnieren|testen)|essai gratuit|prueba gratuita|abbonati|subscribe|abonnez|abonnieren|assine|prenumerera|abone ol|подпишитесь").expect("regex")
});

/// A podcast's promotion: "Listen to our Inside Politics podcast for the
/// latest political news", "Hören Sie unseren Podcast …", "Écoutez notre
/// podcast …".
static PODCAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:listen to|subscribe to|hören sie|hör dir|écoutez|escucha|ascolta|ouça|luister naar|lyssna på|posłuchaj) (?:our|the|unseren?|notre|nuestro|il nostro|o nosso|onze|vår|vores|naszego)(?:\s+[^\s:;,.]+){0,5}\s+podcast").expect("regex")
});

/// A source line under the text in other languages: "Quelle: SZ.de/kabr",
/// "Fuente: EFE", "Kaynak: AA", "Allikas: ERR", Kyrgyz "Булак: …" (a name
/// or address of up to four words), English "Source: https://…" (an
/// address only); or the editor's credit: "Toimetaja: Marko Tooming",
/// "Redakteur: …", "Редактор: …".
static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:quelle|fuente|fonte|källa|kilde|kaynak|źródło|zdroj|forrás|источник|джерело|πηγή|աղբյուր",
        r"|allikas|lähde|bron|izvor|извор|vir|šaltinis|avots|foinse|ffynhonnell|iturria|източник|крыніца|дереккөз|булак|булагы|manba|منبع|المصدر|מקור|nguồn|sumber|tushe|ምንጭ",
        r"|toimetaja|toimittaja|redaktor|redaktorka|redakteur|redakteurin|redactor|redactora|redattore|rédacteur|rédactrice|редактор|редакторка|urednik|urednica|uredila|uredio|szerkesztő|redaktør|redaktör|eagarthóir)",
        r"\s*:\s*\S+(?:\s+\S+){0,3}",
        // English "Source:" only before an address alone: "Source: Reuters"
        // may open a line of prose.
        r"|source\s*:\s*(?:https?://|www\.)\S+)$",
    ))
    .expect("regex")
});

/// Placeholders of widgets that had not loaded when the page was copied:
/// "Loading", "Carregando...", "Chargement…", "Wird geladen …".
static LOADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:loading|carregando|cargando|chargement(?: en cours)?|wird geladen|caricamento(?: in corso)?|загрузка|завантаження|yükleniyor|ładowanie|načítání|betöltés|laddar|indlæser|laster inn|laden(?:\.{3}|…))\s*(?:\.{3}|…)?$").expect("regex")
});

/// Buttons to keep the article for later: "Save articles to read later and
/// create your own reading list.", "Add to reading list", "Zur Merkliste
/// hinzufügen", "Lire plus tard".
static READ_LATER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:save (?:this |articles? |stories )?(?:article |story )?(?:to|for) read(?:ing)? later.{0,60}|save|saved|save (?:this )?(?:article|story)|add to (?:your )?saved (?:stories|articles|items)|add (?:this )?to (?:my |your )?reading list|read later|mark as read|bewaar|gem|lagre|zur merkliste hinzufügen|auf die merkliste|merken|(?:à )?lire plus tard|leer más tarde|guardar para leer después|читать позже)\.?$").expect("regex")
});

/// What a page writes for screen readers around a list of links: "list of
/// 4 items", "list 1 of 4", "end of list".
static SCREEN_READER_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:list of \d+ items|list \d+ of \d+|end of list)$").expect("regex")
});

/// A site's name written as its address, alone on a line: the masthead or
/// the footer's logo of a copied page ("Civil.ge", "APA.az", "Hetq.am"):
/// a name, one dot and a domain of two to six letters. An address with
/// "www." or more dots is a contact line an article may end on.
/// A host's name alone on a line, any number of dots: "news.am",
/// "timesofindia.indiatimes.com", "www.bbc.co.uk"; as a reader view or a
/// page copy writes the site under the headline. No path, no spaces, and
/// the last part two to six letters in lower case (not "U.S." or "3.14"),
/// "рф" as well as "com".
pub(crate) fn host_name(t: &str) -> bool {
    let t = t.trim();
    let Some((name, tld)) = t.rsplit_once('.') else {
        return false;
    };
    (2..=6).contains(&tld.chars().count())
        && tld.chars().all(char::is_lowercase)
        && name.split('.').all(|part| {
            part.chars().count() >= 2
                && part.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !part.starts_with('-')
        })
}

fn site_name(t: &str) -> bool {
    let t = t.trim();
    let Some((name, tld)) = t.split_once('.') else {
        return false;
    };
    (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && name.chars().count() >= 2
        && name.chars().all(|c| c.is_alphanumeric() || c == '-')
        && name.chars().any(char::is_alphabetic)
}

/// Names of languages as a site's language switch writes them: in English,
/// in the language itself, and as codes ("ENG", "ქარ", "Русский", "RU").
const LANGUAGES: &[&str] = &[
    "english",
    "eng",
    "en",
    "russian",
    "русский",
    "рус",
    "ru",
    "rus",
    "armenian",
    "հայերեն",
    "arm",
    "am",
    "hy",
    "georgian",
    "ქართული",
    "ქარ",
    "geo",
    "ka",
    "ge",
    "azerbaijani",
    "azərbaycan",
    "azərbaycanca",
    "az",
    "aze",
    "turkish",
    "türkçe",
    "tr",
    "tur",
    "german",
    "deutsch",
    "de",
    "deu",
    "french",
    "français",
    "fr",
    "fra",
    "spanish",
    "español",
    "es",
    "esp",
    "italian",
    "italiano",
    "it",
    "ukrainian",
    "українська",
    "укр",
    "ua",
    "ukr",
    "arabic",
    "العربية",
    "ar",
    "persian",
    "فارسی",
    "fa",
    "chinese",
    "中文",
    "zh",
    "عربي",
    // Russian "Читать на …".
    "русском",
    "английском",
    "армянском",
    "грузинском",
    "азербайджанском",
    "украинском",
    "немецком",
    "французском",
    "турецком",
];

/// Whether a word, bracketed or not, names a language in [`LANGUAGES`].
fn language_word(w: &str) -> bool {
    static SET: LazyLock<FxSet<&'static str>> =
        LazyLock::new(|| LANGUAGES.iter().copied().collect());
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    // The longest name is "азербайджанском", 30 bytes.
    if w.is_empty() || w.len() > 32 {
        return false;
    }
    // Lowered on the stack: most words are ASCII.
    let mut buf = [0u8; 32];
    SET.contains(lower_word(w, &mut buf).as_ref())
}

/// A site's language switch: a label offering the page in other languages
/// ("This post is also available in: ქართული (Georgian) Русский
/// (Russian)", "Read in Armenian", "Читать на русском"), or two or more
/// language names alone ("ENG ქარ", "English | Русский | Հայերեն").
fn language_switch(t: &str) -> bool {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:this (?:post|article|page|story|text|report|material|news) is (?:also )?available in|(?:also )?available in|read (?:this (?:article|story|post) )?in|(?:this )?(?:article|page) in|also in|читать на|читайте на|lire en|leer en|auf \w+ lesen|diesen artikel auf)\s*:?\s*(.*)$").expect("regex")
    });
    // Its first word names a language or opens the label: most lines are
    // not looked at further.
    let first = t.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches(':');
    const LABEL_FIRST: [&str; 12] = [
        "this",
        "also",
        "available",
        "read",
        "article",
        "page",
        "читать",
        "читайте",
        "lire",
        "leer",
        "auf",
        "diesen",
    ];
    let label = if first.is_ascii() {
        LABEL_FIRST.iter().any(|l| l.eq_ignore_ascii_case(first))
    } else {
        LABEL_FIRST.contains(&first.to_lowercase().as_str())
    };
    if !label {
        return language_word(first) && language_items(t);
    }
    if let Some(c) = LABEL.captures(t) {
        let rest: Vec<&str> = c[1]
            .split([' ', '|', '/', ',', '·', '•'])
            .filter(|w| !w.trim().is_empty())
            .collect();
        // The offer names languages, or nothing (they follow as links).
        return rest.is_empty()
            || rest.iter().any(|w| language_word(w))
                && rest
                    .iter()
                    .all(|w| language_word(w) || w.chars().count() <= 3);
    }
    false
}

/// Two to twelve language names and nothing else ("ENG ქარ", "English |
/// Русский | Հայերեն").
fn language_items(t: &str) -> bool {
    let items: Vec<&str> = t
        .split([' ', '|', '/', ',', '·', '•'])
        .filter(|w| !w.trim().is_empty())
        .collect();
    items.len() >= 2 && items.len() <= 12 && items.iter().all(|w| language_word(w))
}

/// First words the anchored families start with.
const FIRST_WORDS: [&str; 88] = [
    "follow",
    "stay",
    "if",
    "when",
    "did",
    "enjoy",
    "enjoyed",
    "liked",
    "loved",
    "found",
    "related",
    "more",
    "read",
    "recommended",
    "most",
    "trending",
    "top",
    "latest",
    "you",
    "editor's",
    "editors",
    "editor",
    "don't",
    "dont",
    "in",
    "popular",
    "home",
    "news",
    "world",
    "politics",
    "business",
    "opinion",
    "sport",
    "sports",
    "culture",
    "video",
    "podcast",
    "podcasts",
    "tech",
    "science",
    "health",
    "menu",
    "search",
    "account",
    "my",
    "sign",
    "log",
    "register",
    "leave",
    "post",
    "add",
    "comments",
    "comment",
    "show",
    "view",
    "hide",
    "join",
    "start",
    "have",
    "be",
    "what",
    "listen",
    "listening",
    "this",
    "audio",
    "ai",
    "artificial",
    "press",
    "tap",
    "click",
    "play",
    "download",
    "hear",
    "subscribe",
    "get",
    "receive",
    "please",
    "donate",
    "support",
    "help",
    "contribute",
    "give",
    "become",
    "subscribers",
    "fund",
    "funding",
    "we",
    "our",
];

/// Field names of news databases and page words of print furniture.
const FIELD_WORDS: [&str; 60] = [
    "company",
    "subjects",
    "locations",
    "record",
    "citation",
    "proquest",
    "gale",
    "persistent",
    "companies",
    "organisation",
    "lp",
    "td",
    "length",
    "section",
    "load-date",
    "language",
    "publication-type",
    "publication",
    "document-type",
    "document",
    "journal",
    "graphic",
    "highlight",
    "subject",
    "geographic",
    "organization",
    "person",
    "industry",
    "ticker",
    "word",
    "words",
    "accession",
    "source",
    "issn",
    "database",
    "page",
    "pages",
    "edition",
    "column",
    "dateline",
    "notes",
    "end",
    "body",
    "full",
    "p",
    "seite",
    "страница",
    "sayfa",
    "side",
    "sider",
    "sida",
    "seksjon",
    "sektion",
    "del",
    "utgave",
    "utgåva",
    "upplaga",
    "lengde",
    "längd",
    "artikkel-id",
];

/// Whether `t` is a tag row's label alone on its line, over a list of the
/// tags ("Tags", "Tag:", "Themen", "Tēmas").
pub(crate) fn tag_label(t: &str) -> bool {
    /// Labels of tag lists that never open a tag row of [`TAG_ROW`].
    const MORE: [&str; 7] = ["tēmas", "temos", "tagy", "oznake", "теме", "етикети", "thẻ"];
    let t = t.trim().trim_end_matches(':').trim_end();
    if t.len() > 24 || t.contains(' ') {
        return false;
    }
    let t = t.to_lowercase();
    TAG_WORDS.contains(&t.as_str()) || MORE.contains(&t.as_str())
}

/// First words of the labels of tag rows ([`TAG_ROW`]).
const TAG_WORDS: [&str; 89] = [
    "filed",
    "tagged",
    "tag",
    "tags",
    "topic",
    "topics",
    "categories",
    "category",
    "keywords",
    "posted",
    "themen",
    "schlagwörter",
    "schlagwoerter",
    "stichwörter",
    "stichwoerter",
    "теги",
    "метки",
    "темы",
    "рубрика",
    "рубрики",
    "etiketler",
    "konular",
    "etiquetas",
    "temas",
    "mots-clés",
    "sujets",
    "témata",
    "štítky",
    "címkék",
    "témák",
    "tagi",
    "tematy",
    "emner",
    "ämnen",
    "aiheet",
    "onderwerpen",
    "argomenti",
    "tópicos",
    "assuntos",
    "etichete",
    "ετικέτες",
    "θέματα",
    "мітки",
    "теми",
    "тагови",
    "ознаки",
    "етикети",
    "шошго",
    "тэгі",
    "тэги",
    "тегтер",
    "тегі",
    "etiketa",
    "etiketat",
    "etiketter",
    "oznake",
    "značky",
    "žymos",
    "birkalar",
    "ටැග්",
    "குறிச்சொற்கள்",
    "टैग",
    "टैग्स",
    "ট্যাগ",
    "ٹیگز",
    "መለያዎች",
    "etiquetes",
    "märksõnad",
    "sildid",
    "atslēgvārdi",
    "raktažodžiai",
    "avainsanat",
    "asiasanat",
    "trefwoorden",
    "nøkkelord",
    "nøgleord",
    "stikkord",
    "stikord",
    "etikett",
    "clibeanna",
    "tagiau",
    "แท็ก",
    "标签",
    "標籤",
    "タグ",
    "태그",
    "الوسوم",
    "وسوم",
    "תגיות",
];

/// First words of the labels added for more languages: multi-word tag
/// labels ([`TAG_ROW`]), "Read also" and "Don't miss" headings
/// ([`OTHER_STORIES`]) and comment counters ([`COMMENTS`]), in lower case.
const LABEL_FIRST_WORDS: [&str; 143] = [
    "सम्बन्धित",
    "संबंधित",
    "সম্পর্কিত",
    "متعلقہ",
    "தொடர்புடைய",
    "సంబంధిత",
    "ಸಂಬಂಧಿತ",
    "ബന്ധപ്പെട്ട",
    "ਸੰਬੰਧਿਤ",
    "સંબંધિત",
    "ආශ්‍රිත",
    "هەروەها",
    "ఇవీ",
    "allikas",
    "lähde",
    "bron",
    "izvor",
    "извор",
    "vir",
    "šaltinis",
    "avots",
    "foinse",
    "ffynhonnell",
    "iturria",
    "източник",
    "крыніца",
    "дереккөз",
    "manba",
    "منبع",
    "المصدر",
    "מקור",
    "nguồn",
    "sumber",
    "tushe",
    "ምንጭ",
    "toimetaja",
    "toimittaja",
    "redaktor",
    "redaktorka",
    "redakteur",
    "redakteurin",
    "redactor",
    "redactora",
    "redattore",
    "rédacteur",
    "rédactrice",
    "редактор",
    "редакторка",
    "urednik",
    "urednica",
    "uredila",
    "uredio",
    "szerkesztő",
    "redaktør",
    "redaktör",
    "eagarthóir",
    "karanta",
    "свързани",
    "още",
    "hoto",
    "palavras-chave",
    "برچسب‌ها",
    "برچسب",
    "کلیدواژه‌ها",
    "کلیدواژه",
    "کلید",
    "کلمات",
    "واژگان",
    "الكلمات",
    "كلمات",
    "lexo",
    "прочитај",
    "прочитајте",
    "прочетете",
    "вижте",
    "чытайце",
    "глядзіце",
    "дивіться",
    "оқи",
    "ошондой",
    "холбоотой",
    "shuningdek",
    "basahin",
    "மேலும்",
    "ተዛማጅ",
    "ተጨማሪ",
    "irakurri",
    "llegiu",
    "llegeix",
    "léigh",
    "aqra",
    "karanta",
    "akhri",
    "हेही",
    "ಇದನ್ನೂ",
    "ഇതും",
    "អានបន្ថែម",
    "ອ່ານເພີ່ມ",
    "தவறவிடாதீர்",
    "தவறவிடாதீர்!",
    "मिस",
    "kaçırmayın",
    "komentari",
    "коментари",
    "коментара",
    "каментары",
    "каментарыі",
    "сэтгэгдэл",
    "сэтгэгдлүүд",
    "пікірлер",
    "комментарийлер",
    "kommentek",
    "hozzászólások",
    "komentáre",
    "kommentaarid",
    "komentāri",
    "komentarai",
    "komente",
    "komentet",
    "komento",
    "komen",
    "bình",
    "ความคิดเห็น",
    "評論",
    "评论",
    "コメント",
    "댓글",
    "تعليقات",
    "نظرات",
    "تبصرے",
    "תגובות",
    "கருத்துகள்",
    "கருத்துக்கள்",
    "टिप्पणियाँ",
    "टिप्पणियां",
    "মন্তব্য",
    "අදහස්",
    "አስተያየቶች",
    "iruzkinak",
    "comentaris",
    "athugasemdir",
    "sylwadau",
    "kummenti",
];

/// First words of such labels that open many sentences too ("no",
/// "kata", "mga"): looked for in lines of at most
/// [`COMMON_LABEL_WORDS`] words only.
const COMMON_LABEL_FIRST_WORDS: [&str; 27] = [
    "mga",
    "parole",
    "palabras",
    "kata",
    "từ",
    "мөн",
    "baca",
    "මේ",
    "තවත්",
    "le",
    "यो",
    "આ",
    "ਇਹ",
    "ఇది",
    "دا",
    "nicht",
    "ne",
    "no",
    "da",
    "не",
    "nie",
    "nemojte",
    "nu",
    "não",
    "mis",
    "missa",
    "gå",
];

/// The most words a line opening with one of
/// [`COMMON_LABEL_FIRST_WORDS`] is looked at with.
const COMMON_LABEL_WORDS: usize = 8;

/// First words of [`FOREIGN_APPEAL`].
const APPEAL_FIRST_WORDS: [&str; 46] = [
    "susține",
    "susțineți",
    "sustine",
    "sustineti",
    "sprijină",
    "sprijiniți",
    "wspieraj",
    "wesprzyj",
    "wspomóż",
    "поддержите",
    "пожертвуйте",
    "помогите",
    "оформите",
    "підтримайте",
    "unterstützen",
    "unterstütze",
    "spenden",
    "soutenez",
    "aidez",
    "apoya",
    "apoye",
    "ayúdanos",
    "sostieni",
    "aiutaci",
    "bağımsız",
    "özgür",
    "bize",
    "jetzt",
    "bitte",
    "abonnieren",
    "faire",
    "faites",
    "je",
    "поддержать",
    "пожертвовать",
    "задонатить",
    "підтримати",
    "haz",
    "hazte",
    "dona",
    "sostienici",
    "fai",
    "bağış",
    "destek",
    "soutenez-nous",
    "aidez-nous",
];

/// First words of the families in other languages ([`OTHER_STORIES`],
/// [`FOLLOW_US`], [`TAG_ROW_BARE`]).
const FOREIGN_FIRST_WORDS: [&str; 86] = [
    "czytaj",
    "čtěte",
    "čítajte",
    "citește",
    "pročitajte",
    "preberite",
    "olvassa",
    "lees",
    "läs",
    "læs",
    "les",
    "lue",
    "loe",
    "lasiet",
    "taip",
    "διαβάστε",
    "lee",
    "leia",
    "сондай-ақ",
    "ასევე",
    "mehr",
    "lesen",
    "auch",
    "das",
    "weitere",
    "ähnliche",
    "à",
    "lire",
    "sur",
    "voir",
    "articles",
    "article",
    "lea",
    "leer",
    "leé",
    "te",
    "noticias",
    "más",
    "leggi",
    "articoli",
    "читайте",
    "смотрите",
    "ещё",
    "еще",
    "материалы",
    "новости",
    "по",
    "другие",
    "похожие",
    "ilgili",
    "bunlar",
    "diğer",
    "benzer",
    "daha",
    "digər",
    "oxşar",
    "mövzu",
    "կարդացեք",
    "նմանատիպ",
    "այլ",
    "подписывайтесь",
    "подпишитесь",
    "следите",
    "abonnieren",
    "folgen",
    "abonnez-vous",
    "suivez-nous",
    "suscríbete",
    "suscríbase",
    "síguenos",
    "iscriviti",
    "seguici",
    "urmărește-ne",
    "urmareste-ne",
    "urmăriți-ne",
    "urmariti-ne",
    "abone",
    "bizi",
    "abunə",
    "հետևեք",
    "բաժանորդագրվեք",
    "google",
    "ilginizi",
    "մեկնաբանություններ",
    "şərhlər",
    "კომენტარები",
];

/// First words of comment counters, buttons and players ([`COMMENTS`],
/// [`AUDIO`], [`READ_LATER`], [`LINK_LISTS`]).
const BUTTON_FIRST_WORDS: [&str; 63] = [
    "commentaires",
    "commentaire",
    "kommentare",
    "comentarios",
    "commenti",
    "комментарии",
    "yorumlar",
    "kommentit",
    "kommentarer",
    "komentarze",
    "komentáře",
    "diskuse",
    "diskusia",
    "comentários",
    "comentarii",
    "komentar",
    "σχόλια",
    "коментарі",
    "comment",
    "comments",
    "listen",
    "save",
    "saved",
    "add",
    "zur",
    "guardar",
    "list",
    "end",
    "merken",
    "ascolta",
    "écouter",
    "artikel",
    "beitrag",
    "vorlesen",
    "слушать",
    "прослушать",
    "escuchar",
    "haberi",
    "makaleyi",
    "luister",
    "lyt",
    "lytt",
    "lyssna",
    "kuuntele",
    "posłuchaj",
    "hören",
    "anhören",
    "dinle",
    "ouvir",
    "ouça",
    "escolta",
    "ver",
    "mostrar",
    "mostra",
    "read",
    "mark",
    "visit",
    "bewaar",
    "gem",
    "lagre",
    "weiterlesen",
    "devamını",
    "mirá",
];

/// Whether `t` holds `word` (ASCII, in lower case) in any case.
fn contains_ignoring_ascii_case(t: &str, word: &str) -> bool {
    t.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// A cheap first look: whether `t` can be furniture of any family (its
/// first word starts one, it starts with a digit or an address, or it
/// speaks of cookies or a paywall).
fn may_be_furniture(t: &str) -> bool {
    /// [`FIRST_WORDS`] and [`FIELD_WORDS`] in one set.
    static STARTS: LazyLock<FxSet<&'static str>> = LazyLock::new(|| {
        FIRST_WORDS
            .iter()
            .chain(&FIELD_WORDS)
            .chain(&TAG_WORDS)
            .chain(&FOREIGN_FIRST_WORDS)
            .chain(&BUTTON_FIRST_WORDS)
            .chain(&APPEAL_FIRST_WORDS)
            .chain(&LABEL_FIRST_WORDS)
            .chain(&super::outlet_notes::FIRST_WORDS)
            .copied()
            .collect()
    });
    /// Words that make any line worth a look, in any case.
    static ANYWHERE: LazyLock<Needles> = LazyLock::new(|| {
        Needles::new(
            &[
                "cookie",
                "subscri",
                "newsletter",
                "sign up",
                "signed up",
                "signing up",
                "continue reading",
                "read the",
                "members",
                "premium",
                "donat",
                "funded by",
                "підписуй",
                "подписывай",
                "подпишит",
            ]
            .iter()
            .chain(&OUTLET_WORDS)
            .chain(&super::outlet_notes::ANYWHERE_WORDS)
            .copied()
            .collect::<Vec<_>>(),
        )
    });
    let first = t
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([':', '.', ',', '|']);
    let mut buf = [0u8; 32];
    let first = if first.is_ascii() {
        lower_word(first, &mut buf)
    } else {
        // "İlgili" lowers to "i̇lgili", with a combining dot.
        Cow::Owned(first.to_lowercase().replace('\u{307}', ""))
    };
    if first.starts_with(|c: char| c.is_ascii_digit())
        || first.starts_with("http")
        || first.starts_with("www.")
        || STARTS.contains(first.as_ref())
        || STARTS.contains(first.split('-').next().unwrap_or(""))
    {
        return true;
    }
    ANYWHERE.in_text(t)
}

/// Whether `t` opens with one of [`COMMON_LABEL_FIRST_WORDS`].
fn common_label(t: &str) -> bool {
    static STARTS: LazyLock<FxSet<&'static str>> =
        LazyLock::new(|| COMMON_LABEL_FIRST_WORDS.into_iter().collect());
    let first = t.split_whitespace().next().unwrap_or("");
    let mut buf = [0u8; 32];
    if first.is_ascii() {
        STARTS.contains(lower_word(first, &mut buf).as_ref())
    } else {
        STARTS.contains(first.to_lowercase().as_str())
    }
}

/// Whether a block of text (any length) is a cookie notice, an appeal, or a
/// site's legal notice: what surrounds articles on every page of a site.
pub(crate) fn boilerplate(text: &str) -> bool {
    static LEGAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:privacy policy|terms (?:of (?:use|service)|and conditions|& conditions)|all rights reserved|cookies? policy|necessary cookies)(?-u:\b)").expect("regex")
    });
    COOKIES.is_match(text) || LEGAL.is_match(text) || appeal(text) || cookies_named_otherwise(text)
}

/// Whether `t` appeals to the reader to subscribe, donate or join.
fn appeal(t: &str) -> bool {
    let one = |t: &str| {
        (APPEAL.is_match(t) && addresses_reader(t))
            || APPEAL_IF.is_match(t)
            || FOREIGN_APPEAL.is_match(t.trim())
    };
    one(t) || last_sentence(t).is_some_and(|r| opens_an_appeal(r) && one(r))
}

/// Whether `t`'s first word opens an appeal: a verb of asking ("Support",
/// "Donate", "Join", "Become", "Unterstützen", …) or the opening of a
/// liking ("If", "Enjoyed").
fn opens_an_appeal(t: &str) -> bool {
    const ENGLISH: [&str; 16] = [
        "support",
        "donate",
        "subscribe",
        "join",
        "become",
        "help",
        "give",
        "please",
        "sign",
        "get",
        "if",
        "when",
        "did",
        "enjoyed",
        "enjoying",
        "contribute",
    ];
    let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
    ENGLISH.contains(&first.as_str()) || APPEAL_FIRST_WORDS.contains(&first.as_str())
}

/// The last sentence of a short line of two sentences or more, when it
/// starts with a capital: an appeal may follow a line about the outlet
/// ("BIRN is an independent network. Support our journalism with a
/// donation: …").
fn last_sentence(t: &str) -> Option<&str> {
    if !at_most_words(t, 40) {
        return None;
    }
    let t = t.trim_end();
    let (at, _) = t.char_indices().rev().find(|&(i, c)| {
        matches!(c, '.' | '!' | '?')
            && t[i + 1..].starts_with(' ')
            && t[i + 1..].trim_start().starts_with(char::is_uppercase)
    })?;
    let rest = t[at + 1..].trim_start();
    (words_up_to(rest, 3) >= 3).then_some(rest)
}

/// An appeal speaks to the reader or gives an order: it has "you", "your",
/// "us", "our", "today", "now", "here" or "please", or starts with a verb
/// of asking and is not a long sentence of reporting.
fn addresses_reader(t: &str) -> bool {
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let speaks = words.iter().any(|w| {
        [
            "you", "your", "us", "our", "today", "now", "here", "please", "free",
        ]
        .contains(w)
    });
    let imperative = words.first().is_some_and(|w| {
        [
            "sign",
            "subscribe",
            "register",
            "join",
            "get",
            "donate",
            "support",
            "become",
            "give",
            "help",
        ]
        .contains(w)
    });
    speaks || (imperative && !ends_sentence(t)) || (imperative && words.len() <= 15)
}

/// A heading over links to other stories: "Related Topics", "More on this
/// story", "Explore more on these topics", "You may also like", "Read
/// more", "Most read", "Recommended".
pub(crate) fn related_heading(t: &str) -> bool {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(r"(?i)^(?:explore more(?: on (?:this|these) topics?)?|related(?: (?:topics|stories|articles|coverage|content|news|links|reading))?|more (?:on|about) (?:this|these) (?:story|stories|topics?|subjects?)|more (?:stories|news)(?: (?:from|like this|on this))?.{0,40}|see also|read (?:more|next|also)|also read|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|trending(?: now| stories)?|latest(?: news| stories)?|read more on (?:the|this) (?:subject|topic)|topics|tags|keywords|темы|теги|themen|sujets|thèmes|temi|argomenti|konular|etiketler|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|mots-clés|palabras clave|parole chiave|palavras-chave|ετικέτες|תגיות|الوسوم|الكلمات الدالة|الكلمات المفتاحية|كلمات مفتاحية|كلمات دالة",
        // The same headings in the other languages juxta reads.
        r"|(?:lesen sie )?mehr zum thema|meistgelesen|das könnte sie auch interessieren|sur le même sujet|les plus lus|(?:también )?te puede interesar|lo más leído|noticias relacionadas|i più letti|potrebbe interessarti|mais lidas|veja também|les også|mest lest|siste nytt|läs också|mest läst|senaste nytt|læs også|mest læste|lue myös|luetuimmat|uusimmat|lees ook|meest gelezen|czytaj (?:też|także)|najczęściej czytane|zobacz też|související|nejčtenější|čtěte také|legolvasottabb|legfrissebb|kapcsolódó(?: cikkek)?|читайте також|найпопулярніше|самое читаемое|популярное|çok okunanlar|[iİ]lg[iİ]l[iİ] haberler|mehr lesen über|mirá también|ver también|(?:tags|temas|notas|artículos) relacionad[oa]s|contenido (?:sugerido|relacionado|recomendado)|več iz rubrike|najbolj brano|etiquetas|argomenti correlati|articles liés|articole (?:asemănătoare|asemanatoare|similare|recomandate)|cele mai citite",
        // Other news, and "read more", in Azerbaijani, Turkish, Russian,
        // Ukrainian, German, French, Spanish, Italian, Portuguese, Polish,
        // Dutch, Armenian and Finnish (a capital İ folds to no small i).
        r"|other (?:news|stories)|more headlines|d[iİ]gər xəbərlər|son xəbərlər|ətraflı oxu|daha ətraflı|d[iİ]ğer haberler|haber[iİ]n devamı",
        r"|другие новости|читать (?:далее|полностью|также)|подробнее|інші новини|читати (?:далі|також)|детальніше",
        r"|weitere (?:nachrichten|artikel)|autres actualités|otras noticias|altre notizie|leggi (?:anche|tutto)|outras notícias|leia (?:mais|também)|continue lendo",
        r"|inne wiadomości|czytaj (?:więcej|dalej)|ander nieuws|այլ լուրեր|կարդալ ավելին|կարդացեք նաև|lue lisää",
        // More news, as a link's words at the end of a page (perhaps with an
        // ellipsis): Hindi, Bengali, Urdu, Tamil, Indonesian, Vietnamese.
        r"|(?:खबरें और भी हैं|और (?:भी )?खबरें|अन्य खबरें|আরও খবর|অন্যান্য খবর|مزید خبریں|மேலும் செய்திகள்|berita lainnya|(?:các )?tin khác)(?:\s*(?:\.{2,3}|…))?",
        r")\s*:?$")).expect("regex")
    });
    at_most_words(t, 10) && (HEAD.is_match(t.trim()) || OTHER_STORIES.is_match(t.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appeals_to_the_reader_are_promotion() {
        for t in [
            "Sign up for our daily newsletter to get the best stories in your inbox.",
            "Support independent journalism. Donate to Wsj today.",
            "Please donate to keep our reporting free for everyone.",
            "Become a member and get unlimited access.",
            "Subscribe for unlimited digital access from $1 per week.",
            "Get our morning briefing delivered to your inbox",
            "We rely on readers like you to fund our journalism.",
            // An appeal that opens with a statement, not a verb or a label.
            "Independent journalism in the Balkans needs your help. Donate to BIRN and help us keep investigating.",
            "Enjoying this article? Click here to subscribe for full access. Just $5 a month.",
            // Newsletter sign-up forms copied with the page.
            "Stay up to date with Ascom. Subscribe to our newsletter.",
            "Keep informed: sign up for our weekly newsletter",
            "You have successfully subscribed. Thank you!",
            "Thanks for signing up! Check your inbox.",
            "Thanks for reading The Harbour Dispatch! Subscribe for free to receive new posts and support my work.",
            "Please, fill the form to subscribe to our newsletter",
            // Appeals that open on the reader's liking of the work.
            "If you value our reporting, please support us with a donation today.",
            "If you appreciate our journalism, consider becoming a member.",
            "If you enjoyed reading this article, please consider supporting our work.",
            "When you support our independent journalism, you help keep it free.",
            "If you like what we do, chip in $5 a month.",
            "Enjoyed this article? Support independent journalism by making a contribution.",
            "Did you like this story? Subscribe to our newsletter.",
            "Found this piece useful? Please share it and donate to keep us going.",
        ] {
            assert_eq!(classify(t), Some(Reason::Promotion), "{t}");
        }
    }

    #[test]
    fn appeals_in_other_languages_are_promotion_and_reporting_of_asks_stays() {
        for t in [
            "Поддержите независимую журналистику — оформите ежемесячное пожертвование.",
            "Поддержите нас: каждый рубль помогает редакции работать.",
            "Помогите нам рассказывать правду о войне.",
            "Unterstützen Sie unabhängigen Journalismus mit einer Spende.",
            "Unterstützen Sie uns jetzt!",
            "Soutenez-nous : abonnez-vous dès 1 € le premier mois.",
            "Soutenez notre rédaction indépendante en faisant un don.",
            "Apoya el periodismo independiente. Hazte socio.",
            "Sostieni il nostro giornalismo: abbonati ora.",
            "Bağımsız gazeteciliğe destek olun",
            "Wesprzyj niezależne dziennikarstwo",
            "Wspieraj naszą redakcję już dziś",
            // A donation form's buttons.
            "Jetzt spenden",
            "Faire un don",
            "Поддержать",
            "Destek ol",
            "Dona ahora",
        ] {
            assert_eq!(classify(t), Some(Reason::Promotion), "{t}");
        }
        for t in [
            // Asks in reporting: another object, or a quotation.
            "Поддержите инициативу мэра, призвал депутат на сессии.",
            "Помогите населению Газы, призвал генсек ООН.",
            "«Поддержите нас», — попросил мэр жителей города.",
            "Unterstützen Sie die Ukraine weiter, forderte der Kanzler.",
            "Unterstützen Sie die Kunst, sagte die Ministerin.",
            "Soutenez l'équipe de France, a lancé l'entraîneur.",
            "Apoya la propuesta del Gobierno, dijo el ministro.",
            "Spenden flossen in Millionenhöhe an die Partei.",
            "Destek olmak için bakanlık yeni bir fon kurdu.",
            "Wesprzyj rolników w potrzebie, apelował minister.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn reporting_about_donations_and_newsletters_stays() {
        for t in [
            "The foundation said it would donate $1m to the hospital.",
            "Officials urged residents to support the relief effort.",
            "He founded a newsletter in 1998 that later became a magazine.",
            "Officials said they would stay up to date with the talks in Geneva.",
            "Analysts keep informed through a newsletter the ministry publishes.",
            "Thousands of readers have subscribed since the paper went online.",
            "Thanks for reading the report, the minister said. Subscribers were not told.",
            "Voters who signed up last week can fill the form at the town hall.",
            "Donors gave more than ever last year, the charity said.",
            "The campaign asked supporters to donate to local food banks in the region and beyond, according to a statement released on Monday by the organisers of the event.",
            // The same openings in reporting: no outlet's work, or no ask.
            "If you value your privacy, read the terms before you join the network, experts advise.",
            "If you like our proposal, support it in the vote, the minister told lawmakers.",
            "When you found the report, did you give it to the police?",
            "If you value our reporting on the war, you will find the new series worth reading.",
            "Enjoyed the concert? Many fans did, and the band announced a second date.",
            "Did you like this story, the teacher asked the children, before they went home.",
            "Journalism in the region needs your attention, the panel said on Monday.",
            "Enjoying this weather? Forecasters say the heat will not last, and rain is due on Friday.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn audio_notes_are_removed_and_stories_about_audio_stay() {
        for t in [
            "Listen to this article",
            "Listen to this article 4 min",
            "Listen 0:00 / 2:45",
            "Listen · 5 min",
            "This audio is generated by AI.",
            "This article was narrated using AI-generated voice technology.",
            "Press play to listen to this article",
            "0:00 / 4:32",
            "AI-generated audio",
            "Ascolta l'articolo",
            "Escuchar nota",
            "Listen | 3:58",
            "Artikel anhören",
            "Hören Sie sich diesen Artikel an",
            "Écouter cet article · 5 min",
            "Слушать статью · 4 мин",
            "Haberi sesli dinle",
            "Listen",
            "Lyssna",
            "Hören",
            "2:58 min",
            "12:04 Minuten",
        ] {
            assert_eq!(classify(t), Some(Reason::Audio), "{t}");
        }
        for t in [
            "Ascolta l'articolo del ministro e poi decidi, disse il professore.",
            "Artikel anhören und verstehen: Das ist das Ziel der neuen App.",
            "Слушать статью вслух детям советуют педагоги.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
        for t in [
            "Listeners heard the minister's speech on national radio.",
            "The recording, which lasted 4 minutes, was played in court.",
            "Listen, the minister said, we have no other choice.",
            "Lyssna på patienterna, sade ministern.",
            "The race was won in 2:58 min flat by the local favourite.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn cookie_notices_are_removed_and_stories_about_cookies_stay() {
        for t in [
            "We use cookies to improve your experience. Accept all cookies",
            "This website uses cookies.",
            "Manage cookies",
            "By continuing to use this site you agree to our use of cookies.",
            // Consent banners in other languages.
            "Nous et nos 843 partenaires stockons et/ou accédons à des informations sur un appareil, telles que les cookies, et traitons des données personnelles.",
            "Vous pouvez modifier vos choix à tout moment en cliquant sur « Gérer les cookies » en bas de page.",
            "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren.",
            "Utilizamos cookies propias y de terceros.",
            "Мы используем файлы cookie, чтобы сайт работал лучше.",
            "Questo sito utilizza cookie",
            "Noi e i nostri partner utilizziamo cookie e tecnologie simili per finalità tecniche.",
            "Deze website gebruikt cookies.",
            "Ez az oldal sütiket használ a felhasználói élmény javítása érdekében.",
            "Käytämme evästeitä parantaaksemme sivuston käyttökokemusta.",
            "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.",
            "Vi använder kakor för att webbplatsen ska fungera.",
            "Strona używa plików ciasteczek.",
        ] {
            assert_eq!(classify(t), Some(Reason::Cookies), "{t}");
        }
        for t in [
            "The bakery sold cookies to raise money for the school.",
            "Regulators fined the company for tracking users with cookies without consent.",
            "Die Bäckerei verkauft Cookies an Schulkinder.",
            "La pasticceria usa burro francese per i suoi biscotti, non cookie industriali, dice il titolare.",
            "L'azienda usa cookie per tracciare gli utenti, secondo il Garante.",
            "Mormor bakade kakor som alla barnen använde som matsäck.",
            "A pékség sütiket árul a piacon, mondta a tulajdonos.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn comment_prompts_and_link_lists_are_removed() {
        for t in [
            "Leave a comment",
            "12 comments",
            "Comments (3)",
            "Join the conversation",
            "Commentaires",
            "Kommentare (3)",
            "Комментарии",
        ] {
            assert_eq!(classify(t), Some(Reason::Comments), "{t}");
        }
        for t in [
            "Related articles",
            "Most read",
            "More from Europe",
            "Home | World | Politics | Business | Opinion | Sport | Culture",
            "You may also like",
        ] {
            assert_eq!(classify(t), Some(Reason::Navigation), "{t}");
        }
        for t in [
            "Comments by the minister drew criticism.",
            "Most readers agreed with the decision.",
            "Home prices rose again in May.",
            "Related questions were left for the next meeting.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn a_site_named_by_its_address_alone_is_navigation() {
        for t in ["Civil.ge", "APA.az", "Hetq.am", "news.am", "Report.az"] {
            assert_eq!(classify(t), Some(Reason::Navigation), "{t}");
        }
        // Counter-examples: a sentence's last word, a version, an address
        // with a path, an abbreviation.
        for t in [
            "Done.",
            "v2.0",
            "example.com/news/1",
            "U.S.",
            "e.g.",
            "3.14",
            "www.jeongdongtheater.com",
            "www.autoracing.com.br",
        ] {
            assert_ne!(classify(t), Some(Reason::Navigation), "{t}");
        }
    }

    #[test]
    fn host_names_alone() {
        for t in [
            "news.am",
            "timesofindia.indiatimes.com",
            "www.bbc.co.uk",
            "edition.cnn.com",
            "новости.рф",
        ] {
            assert!(host_name(t), "{t}");
        }
        for t in [
            "Done.",
            "U.S.",
            "e.g.",
            "3.14",
            "example.com/news/1",
            "see example.com",
            "a.b.com",
            ".com",
            "v2.0",
            "Example.COM",
        ] {
            assert!(!host_name(t), "{t}");
        }
    }

    #[test]
    fn read_later_buttons_and_screen_reader_list_marks() {
        for t in [
            "Save articles to read later and create your own reading list.",
            "Add to reading list",
            "Zur Merkliste hinzufügen",
            "Lire plus tard",
            "Merken",
            "Save",
            "Add to your saved stories",
        ] {
            assert_eq!(classify(t), Some(Reason::Share), "{t}");
        }
        for t in ["list of 4 items", "list 1 of 4", "end of list"] {
            assert_eq!(classify(t), Some(Reason::Navigation), "{t}");
        }
        for t in [
            "Save the date: the summit opens in Granada on Thursday.",
            "Listen to the farmers, the mayor said.",
            "Saved by the bell",
            "Comment is free, but facts are sacred.",
            "Merken Sie sich den Termin: Der Gipfel beginnt am Donnerstag.",
            "The list of 4 items the ministry published includes fuel.",
            "Lire aussi | Salomé Zourabichvili, une présidente contre son propre camp",
        ] {
            assert!(
                !matches!(classify(t), Some(Reason::Share | Reason::Navigation)),
                "{t}"
            );
        }
    }

    #[test]
    fn language_switches_are_navigation() {
        for t in [
            "This post is also available in: ქართული (Georgian) Русский (Russian)",
            "Also available in: English | Русский",
            "Read in Armenian",
            "Read this article in Russian",
            "Читать на русском",
            "ENG ქარ",
            "English | Русский | Հայերեն",
            "AZ / RU / EN",
        ] {
            assert_eq!(classify(t), Some(Reason::Navigation), "{t}");
        }
        // Counter-examples: sentences and headings naming languages.
        for t in [
            "Also in Russian politics, the Duma voted on Tuesday.",
            "Read in full",
            "English Channel crossings rose again",
            "This post is available in print only.",
            "Russian",
        ] {
            assert_ne!(classify(t), Some(Reason::Navigation), "{t}");
        }
    }

    #[test]
    fn hashtags_alone_on_a_line_are_counted() {
        assert_eq!(hashtags("#Budapest"), 1);
        assert_eq!(hashtags("#HÉV #metró #BKV"), 3);
        for t in ["#1", "#MeToo was everywhere that year", "# Heading", "#"] {
            assert_eq!(hashtags(t), 0, "{t}");
        }
    }

    #[test]
    fn related_headings_in_turkish_capitals_and_german_tags() {
        for t in [
            "İLGİLİ HABERLER",
            "Mehr lesen über",
            "Mirá también",
            "ARTICOLE ASEMĂNĂTOARE",
            "DİGƏR XƏBƏRLƏR",
            "Ətraflı oxu",
            "Diğer Haberler",
            "Другие новости",
            "Читать далее",
            "Leia também:",
            "Czytaj więcej",
            "Կարդացեք նաև",
            // Keyword labels over a row of the article's keywords.
            "Schlagwörter",
            "Keywords:",
            "الكلمات الدالة",
            "Ετικέτες",
        ] {
            assert!(related_heading(t), "{t}");
        }
        // Counter-examples: sentences naming keywords.
        assert!(!related_heading("Keywords matter for search"));
        assert!(!related_heading("الكلمات الدالة على البحث"));
        assert!(!related_heading(
            "Other news organisations reported the same"
        ));
        assert!(!related_heading("Mehr lesen über die Pläne der Stadt"));
    }

    #[test]
    fn newsletter_calls_free_trials_and_syndication_notices() {
        for t in [
            "SZ München-Newsletter: Alles Wichtige aus München – jeden Morgen in Ihrem Postfach. Hier kostenlos anmelden.",
            "The Morning newsletter: Sign up here to get it in your inbox.",
            "Nyhetsbrev från DN – prenumerera gratis",
            "Bestens informiert mit SZ Plus – 4 Wochen kostenlos zur Probe lesen. Jetzt bestellen unter: www.sz.de/szplus-testen",
            "Lesen Sie 3  Monate gratis – jetzt testen",
            "Die Wochen gratis sind vorbei. Newsletter: hier anmelden",
        ] {
            assert_eq!(classify(t), Some(Reason::Promotion), "{t}");
        }
        assert_eq!(
            classify(
                "Jegliche Veröffentlichung und nicht-private Nutzung exklusiv über Süddeutsche Zeitung Content. Bitte senden Sie Ihre Nutzungsanfrage an syndication@sz.de."
            ),
            Some(Reason::Footer)
        );
        // Sentences about newsletters, trials and syndication stay.
        for t in [
            "The newsletter, which 40,000 people subscribe to, closed in May.",
            "Readers who sign up for the council's newsletter will get the agenda.",
            "Die ersten 4 Wochen kostenlos parken dürfen nur Anwohner, sagte die Stadträtin.",
            "The syndication deal with the broadcaster ends next year, the company said.",
            "Two weeks free of charge, then you start paying, the operator said.",
            "Mehrere Wochen kostenlos? Die Stadt will jetzt prüfen, ob das geht.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn furniture_in_other_languages() {
        for t in [
            "Kommentit (54)",
            "Diskuse (213)",
            "Komentarze (7)",
            "Comentários",
            "1,204 Comments",
        ] {
            assert_eq!(classify(t), Some(Reason::Comments), "{t}");
        }
        assert_eq!(
            classify("Kommentit ovat tervetulleita, kirjoitti toimittaja."),
            None
        );
        for t in [
            "Mehr zum Thema",
            "Lesen Sie auch:",
            "Читайте также",
            "Материалы по теме",
            "İlgili Haberler",
            "ilgili haberler",
            "À lire aussi",
            "Noticias relacionadas",
            "Digər xəbərlər",
            "Կարդացեք նաև",
            "Czytaj także",
            "Читайте також:",
            "Más información",
            "Lees ook",
            "Läs också",
            "Pročitajte još",
        ] {
            assert_eq!(classify(t), Some(Reason::Navigation), "{t}");
            assert!(related_heading(t), "{t}");
        }
        // Headings of an article's topics, in other languages.
        for t in [
            "Темы",
            "Themen:",
            "Sujets",
            "Konular",
            "Tags relacionados",
            "Temas relacionados",
            "Etiquetas",
        ] {
            assert!(related_heading(t), "{t}");
        }
        for t in [
            "Tags relacionados con la causa fueron borrados",
            "Etiquetas de precios nuevas en los supermercados",
        ] {
            assert!(!related_heading(t), "{t}");
        }
        assert!(!related_heading(
            "Themen der Woche waren Rente und Migration"
        ));
        // More news, as the link under a page's text says it.
        for t in [
            "खबरें और भी हैं...",
            "और खबरें",
            "আরও খবর…",
            "مزید خبریں",
            "Berita lainnya",
            "Các tin khác",
        ] {
            assert!(related_heading(t), "{t}");
        }
        for t in [
            "और खबरें आने पर हम बताएंगे",
            "আরও খবর পেতে আমাদের সঙ্গে থাকুন।",
            "Tin khác nhau về dự án đã được công bố",
            "अन्य खबरें...और भी",
        ] {
            assert!(!related_heading(t), "{t}");
        }
        for t in [
            "Подписывайтесь на ТАСС в Telegram",
            "Підписуйтеся на hromadske в Telegram — коротко і вчасно про головне",
            "Folgen Sie uns auf Instagram und Facebook",
            "Abonnez-vous à notre newsletter",
            "Bizi YouTube kanalımızdan takip edin",
            "Follow Trend on Telegram",
            "Follow us on Twitter @Trend_Agency",
            "Stay up-to-date with more news on Trend News Agency's Telegram channel",
            "Новини Харкова та області — у Telegram-каналі Суспільне Харків. Підписуйтеся!",
            "All our stories are on our WhatsApp channel. Subscribe now!",
        ] {
            assert_eq!(classify(t), Some(Reason::Promotion), "{t}");
        }
        for t in [
            "Schlagwörter Armenien, Aserbaidschan, Bergkarabach",
            "Теги Армения, Азербайджан",
        ] {
            assert_eq!(classify(t), Some(Reason::Tags), "{t}");
        }
        for t in [
            // Reporting that opens with the same words.
            "Mehr zum Thema sagte der Minister am Montag nichts.",
            "По теме переговоров стороны так и не договорились.",
            "Читайте также заявление МИД, опубликованное в понедельник.",
            "Czytaj także uzasadnienie wyroku, apelował sędzia.",
            "Más información llegará el lunes, dijo el ministro.",
            "Lees ook de brief van de minister, zei de burgemeester.",
            "Folgen Sie uns, rief der Kommandant den Soldaten zu.",
            "Подписывайтесь, призвал блогер своих читателей.",
            "Follow the money on Facebook's ad platform, investigators said.",
            "Stay tuned, the minister told reporters in Baku.",
            "The channel asked its viewers on Telegram to protest. Subscribe!, it wrote in 2022 before it was shut.",
            "Він закликав читачів у Telegram: підписуйтеся на канал, поки його не закрили, сказав він журналістам.",
            "Das Thema bleibt umstritten.",
            // One tag is no row; a sentence after the label.
            "Schlagwörter Armenien",
            "Tags were found on the birds in the spring.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn rows_of_tags_are_removed_and_sentences_after_such_labels_stay() {
        for t in [
            "Filed Under:Eastern Equine Encephalitis, EEE, health, Michigan, mosquito-borne virus",
            "Tags: Russia | Ukraine | Black Sea",
            "Read more about: Kyrgyzstan , Central Asia , War in Ukraine",
            "Topics: Elections",
            "Posted in: World, Politics",
            "Теги: Армения, Азербайджан",
            "Themen: Ukraine; Russland; Krieg",
            "Related topics: Edinburgh, Granton, Heat pumps, City of Edinburgh Council",
            "Témata článku: Praha, Tramvaje, Dopravní podnik hl. m. Prahy, Libuš",
            "ETİKETLER: İzmir, İZSU, su kesintisi, kuraklık",
            "Címkék: Budapest, mentők, egészségügy",
            // Persian and Arabic keywords, set apart by Arabic commas.
            "کلیدواژه‌ها: بورس، نفت خام، بانک مرکزی",
            "کلمات کلیدی: تهران، مترو",
            "برچسب‌ها: انتخابات، مجلس",
            "الكلمات المفتاحية: القاهرة، النيل؛ الزراعة",
        ] {
            assert_eq!(classify(t), Some(Reason::Tags), "{t}");
        }
        for t in [
            "Topics: the talks covered energy, trade and the border.",
            "Tags: what do they tell us about the story?",
            "Filed under pressure, the minister resigned on Friday.",
            "Category: one of the most closely watched races in the country this year",
            "Posted in 2019, the video showed the soldiers at the border",
            "Read more about: the talks, which ended on Friday, and their result.",
            "Related topics: the council discussed housing, transport and the budget.",
            "Témata článku: jednání skončila v pátek bez dohody o rozpočtu.",
            // A sentence after such a label, and Arabic commas in a sentence.
            "کلیدواژه‌ها: وزیر نفت گفت که قرارداد گاز تا پایان سال تمدید خواهد شد، اما جزئیات آن اعلام نشد.",
            "الكلمات المفتاحية: قال الوزير إن المحادثات انتهت يوم الجمعة، دون اتفاق على الحدود.",
            "وزیر نفت گفت، بورس، نفت خام و بانک مرکزی",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn page_marks_and_print_headers_are_running_furniture() {
        for t in [
            "Page 3 of 9",
            "https://www.wsj.com/articles/some-story-11574168580 2/7",
            "11/19/19, 3:45 PM Google Stadia and the new ways to play - WSJ",
        ] {
            assert_eq!(classify(t), Some(Reason::Running), "{t}");
        }
        for t in [
            "Page after page of documents was released.",
            "3 of the 9 ministers resigned.",
            // A page's own stamp: a date, a time and its zone.
            "05/01/2028 06:15 GMT+7",
            "14/02/2028 09:30 (UTC)",
            "3/13/25, 8:47 AM EST",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
        // A title of capitals is a title.
        assert_eq!(
            classify("11/19/19, 3:45 PM NATO SUMMIT LIVE"),
            Some(Reason::Running)
        );
        // A date and a time alone stays as it was read.
        assert_eq!(classify("11/19/2019 06:18 PM"), Some(Reason::Running));
        // With a year of four figures and "AM" or "PM", the text may read
        // it as the page's stamp; a browser's form and a title are none.
        for t in [
            "11/19/2019 06:18 PM",
            "19/11/2019 6:18 p.m.",
            "08/05/2028, 9:05 AM",
        ] {
            assert!(meridiem_stamp_alone(t), "{t}");
        }
        for t in [
            "11/19/19, 6:18 PM",
            "11/19/2019 06:18 PM NATO summit live",
            "19/11/2019, 18:18",
        ] {
            assert!(!meridiem_stamp_alone(t), "{t}");
        }
    }

    #[test]
    fn print_stamps_in_the_locales_forms_count_only_in_a_print() {
        for t in [
            "3/13/25, 8:47 AM",
            "30.01.25, 09:58",
            "22. 09. 27, 10:41",
            "2027. 09. 22. 10:41",
            "27. 9. 22. 오후 3:41",
            "2024-03-18 19:02",
        ] {
            assert!(print_stamp_alone(t, true), "{t}");
        }
        assert!(print_stamp_alone("3/13/25, 8:47 AM", false));
        // Without a print's foot, a day-first date and time is the page's
        // own stamp; a date with a time's words or a sentence is no stamp.
        for (t, printed) in [
            ("22. 09. 27, 10:41", false),
            ("22. 9. 2027 | 06:00", true),
            ("22. 09. 2027, 10:41 Uhr", true),
            ("On 22. 09. 27, 10:41 the vote was held", true),
        ] {
            assert!(!print_stamp_alone(t, printed), "{t}");
        }
        assert_eq!(
            print_header_title(
                "22. 09. 27, 10:41 Ljubljanski mestni svet potrdil traso | Delo",
                true
            ),
            Some("Ljubljanski mestni svet potrdil traso | Delo")
        );
    }

    #[test]
    fn a_readers_note_citing_its_source_is_no_text() {
        for t in [
            "Source: Daily Maverick, https://www.dailymaverick.co.za/article/2026-12-01-court (accessed 2 Dec 2026) – for the water-risk note, TM",
            "Quelle: FAZ, https://www.faz.net/aktuell/x.html (abgerufen am 3.12.2026)",
            "Source: www.example.org/report (retrieved 12 May 2025)",
        ] {
            assert_eq!(classify(t), Some(Reason::ReaderNote), "{t}");
        }
        for t in [
            "Source: Reuters",
            "Source: the ministry said on Tuesday that the figures (published in May) were final.",
            "Sources said the plan, posted at https://gov.example/plan, was accessed by thousands.",
        ] {
            assert_ne!(classify(t), Some(Reason::ReaderNote), "{t}");
        }
    }

    #[test]
    fn a_printed_pages_folio_is_running_furniture() {
        for t in [
            "46 L'EXPRESS 26 novembre - 2 décembre 2026",
            "12 Il Messaggero Martedì 5 Marzo 2024",
            "Corriere della Sera Giovedì 6 Marzo 2025 21",
            "8 THE TIMES Tuesday December 1 2026",
        ] {
            assert_eq!(classify(t), Some(Reason::Running), "{t}");
        }
        for t in [
            "12 Ministers met on 5 March 2024",
            "46 people died on 26 November 2026",
            "In 2026 the paper printed 46",
            "12 Il Messaggero",
            "Ministers met in Rome on 5 March 2024 and agreed on 12",
            "29 November 2018 | 20 January 2019",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn read_later_apps_notes_are_footers() {
        for t in [
            "Saved from thediplomat.com on March 16, 2024 via Instapaper",
            "Saved to Pocket",
            "Saved with Omnivore.",
        ] {
            assert_eq!(classify(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "Saved from the fire, the archive went to Pocket Books in 1950.",
            "Saved lives: the rescue took 12 hours.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn news_database_fields_are_removed_and_sentences_with_colons_stay() {
        for t in [
            "Length: 842 words",
            "Load-Date: March 4, 2019",
            "LP",
            "TD",
            "End of Document",
            "Body",
            "Section: WORLD; Pg. 12",
            "1234 words",
            // Retriever's (Atekst, Mediearkivet) Nordic fields.
            "Side: 6-7",
            "Seksjon: Nyheter",
            "Utgave: 1. utgave",
            "Lengde: 517 ord",
            "Artikkel-ID: 0501202403140031",
            // The companies a record is indexed under.
            "Company: Northwind Shipping Ltd; Baltic Rail Holding AS",
            "Companies: Acme Steel Corp (ACM); Orion Bank",
        ] {
            assert_eq!(classify(t), Some(Reason::DatabaseField), "{t}");
        }
        for t in [
            "Length: the talks went on for hours, he said.",
            "Body language matters, the coach said.",
            "Section 3 of the treaty covers the border.",
            "Del: av budsjettet går til skolene, sa ordføreren.",
            "Company: that was what the lonely keeper missed most.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn reprint_notices_and_opinion_disclaimers_are_footers_and_reports_of_them_stay() {
        for t in [
            "При полном или частичном использовании материалов ссылка на «Северный вестник» обязательна.",
            "При перепечатке гиперссылка на сайт обязательна",
            "При передруку посилання на «Дніпровську правду» обов'язкове.",
            "Haberlerimiz kaynak gösterilmeden kullanılamaz.",
            "Materiallardan istifadə zamanı istinad vacibdir.",
            "Նյութերն արտատպելիս հղումը «Լուսաբաց»-ին պարտադիր է։",
            "Nachdruck nur mit Genehmigung der Redaktion.",
            "Reprinting is permitted only with a link to the source.",
            "The views expressed are the author's own.",
            "The views expressed in this article are those of the author and do not necessarily reflect the position of Harbour Weekly.",
            "Мнение автора может не совпадать с позицией редакции.",
            "Точка зрения авторов может не совпадать с мнением редакции",
            "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
            "Yazarın görüşleri gazetemizin görüşlerini yansıtmayabilir.",
            "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
        ] {
            assert_eq!(classify(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "При перепечатке ссылка на источник обязательна, напомнил юрист, но суд решил иначе.",
            "Der Nachdruck des Romans erschien ohne Genehmigung der Erben im Jahr 1952.",
            "Kaynak gösterilmeden kullanılamaz uyarısı bu kez işe yaramadı, dedi avukat.",
            "The views expressed are those of the author, the ministry said, not of the government.",
            "Мнение автора, по словам редактора, было спорным.",
            "Reprinting the map was the council's idea.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn agency_names_alone_and_calls_to_follow_in_other_languages() {
        for t in ["/Kazinform/", "/Trend/", "/Xinhua/", "/БЕЛТА/."] {
            assert_eq!(classify(t), Some(Reason::Trailer), "{t}");
        }
        // Section numbers, a path in a sentence, a lone letter.
        for t in [
            "(II)",
            "(IV)",
            "(A)",
            "— I",
            "/usr/",
            "/Kazinform/ reported it first.",
            // Brackets: an acronym a wrap left alone on its line ("…
            // Communication Systems" / "(PACS)"), a text browser's marks.
            "(PACS)",
            "(TASS)",
            "(BUTTON)",
            "(IMAGE)",
            "(SUBMIT)",
        ] {
            assert_ne!(classify(t), Some(Reason::Trailer), "{t}");
        }
        for t in [
            "Dear readers! Subscribe to Kazinform's English-language Telegram channel to get the latest news first: t.me/kazinform_en",
            "Subscribe to our WhatsApp channel for the morning headlines",
            "Report.az-ı Telegram-da izləyin!",
            "Bizi Instagram'da takip edin",
            "Haberi Google News'te takip edin: news.google.com",
        ] {
            assert_eq!(classify(t), Some(Reason::Promotion), "{t}");
        }
        for t in [
            "Subscribers to the Telegram channel grew by a third in March, the ministry said.",
            "Nazir bildirib ki, qurum Telegram kanalında hər gün yeni məlumat yayır.",
            "Dear readers, the minister wrote on Telegram, patience is needed.",
            // The call reported in a sentence that goes on.
            "Bakan, Telegram'da takip edin diyen mesajlara yanıt verdi.",
            "Deputat Telegram-da izləyin çağırışını tənqid etdi.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn page_feet_and_notes_on_the_writer_or_the_institution() {
        for t in [
            "www.example.org Page 2 © Example Institute 2028",
            "https://harbour.org/report page 7 of 12",
            "© Verlag Beispiel 2027 Seite 4 www.verlag-beispiel.de",
        ] {
            assert_eq!(classify(t), Some(Reason::Running), "{t}");
        }
        for t in [
            "Jane Roe is a senior fellow at the Example Institute. X: @janeroe",
            "Max Muster ist Korrespondent in Wien. Bluesky: @muster.bsky.social",
            "Example House, the Royal Institute of Examples, is an independent policy institute based in London.",
            "The Harbour Centre is a non-profit think tank based in Lisbon.",
        ] {
            assert_eq!(classify(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "www.example.org page 3 shows the figures for March.",
            "Page 2 of the report covers the border.",
            "Jane Roe is a senior fellow, and she posted on X: @janeroe was trending by noon.",
            "The minister said the Harbour Centre is an independent institute based in Lisbon.",
            "Example House is an independent policy institute based in London, and it has warned for years that the road would be contested.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn appeals_opening_on_the_readers_money_in_other_languages() {
        for t in [
            "«Вечерний листок» работает благодаря поддержке читателей. Поддержите нас — оформите регулярное пожертвование.",
            "Die Rundschau lebt von ihren Lesern. Unterstützen Sie uns mit einer Spende!",
            "Le Courrier vit grâce à ses lecteurs. Soutenez notre rédaction.",
        ] {
            assert_eq!(classify(t), Some(Reason::Promotion), "{t}");
        }
        for t in [
            "Газета работает благодаря поддержке читателей, сказал главный редактор в интервью.",
            "Die Rundschau lebt von ihren Lesern. Das sagte der Verleger am Montag in Kassel.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn appeals_after_a_line_about_the_outlet_and_funded_by_readers() {
        for t in [
            "The Kyiv Independent is funded by our readers. If you value independent reporting from Ukraine, become a member for as little as $5 a month.",
            "BIRN is an independent, non-profit network. Support our journalism with a donation: https://birn.eu.com/donate/",
            "Join our community ( https://example.com/membership/ )",
        ] {
            assert_eq!(classify(t), Some(Reason::Promotion), "{t}");
        }
        assert!(appeal_opener("Note from the editors:"));
        for t in [
            // Reporting: funded by someone else; an appeal quoted.
            "The hospital is funded by donors in Germany and by the city.",
            "The charity relies on gifts. “Donate today to help us,” she said.",
            "The school is supported by local businesses, the mayor said.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn newsletter_lines_are_the_mails() {
        for t in [
            "View this email in your browser",
            "You are receiving this email because you subscribed to the Balkan Insight daily newsletter.",
        ] {
            assert_eq!(classify(t), Some(Reason::Email), "{t}");
        }
        assert_eq!(
            classify("Read online reviews before booking, the agency advised."),
            None
        );
    }

    #[test]
    fn placeholders_of_widgets_go() {
        for line in [
            "Loading",
            "Loading...",
            "Carregando...",
            "Chargement…",
            "Wird geladen …",
            "Загрузка...",
        ] {
            assert_eq!(
                classify_counted(line, words_up_to(line, 60)),
                Some(Reason::Navigation),
                "{line}"
            );
        }
        // Counter-examples: a sentence, and German "Laden" (a shop) alone.
        for line in ["Loading of the ships resumed on Monday.", "Laden"] {
            assert_eq!(
                classify_counted(line, words_up_to(line, 60)),
                None,
                "{line}"
            );
        }
    }

    #[test]
    fn a_sign_up_forms_parts_are_told() {
        for line in [
            "Anmelden",
            "S’inscrire",
            "Sign up",
            "Inscreva-se",
            "Jetzt kostenlos abonnieren",
            "E-Mail-Adresse",
            "Your email address",
            "Adresse e-mail*",
            "Prenumerera",
        ] {
            assert!(sign_up_anchor(line), "{line}");
        }
        for line in [
            "Registered voters",
            "Email",
            "Sign up for the course by Friday, the school said.",
        ] {
            if line == "Email" {
                // An e-mail field labelled with the word alone is a field too.
                assert!(sign_up_anchor(line));
                continue;
            }
            assert!(!sign_up_anchor(line), "{line}");
        }
        assert!(sign_up_consent(
            "Mit der Anmeldung akzeptieren Sie die Datenschutzerklärung."
        ));
        assert!(sign_up_consent(
            "By signing up, you agree to our Privacy Policy and Terms."
        ));
        assert!(sign_up_consent(
            "You may occasionally receive promotional content from the Los Angeles Times."
        ));
        assert!(sign_up_anchor("Enter email address"));
        assert!(sign_up_anchor("Sign Me Up"));
        assert!(!sign_up_consent(
            "The privacy commissioner said the company had not asked for consent before it sold the data, and fined it."
        ));
        assert!(!sign_up_consent(
            "The regulator will accept new bids in May."
        ));
        assert!(!sign_up_consent(
            "Subscribers' data was sold, the privacy regulator found after a two-year inquiry into the company and its partners in three countries, which it said had broken the law repeatedly."
        ));
    }

    #[test]
    fn notices_against_passing_articles_on_and_mail_disclaimers_are_footers() {
        for t in [
            "Please use the sharing tools found via the share button at the top or side of articles. Copying articles to share with others is a breach of FT.com T&Cs and Copyright Policy. Email licensing@ft.com to buy additional rights. Subscribers may share up to 10 or 20 articles per month using the gift article service. More information can be found at https://www.ft.com/tour.",
            "Reproducing or redistributing this article without permission is prohibited under our terms of use.",
            "This message is confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
        ] {
            assert_eq!(classify(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "Sharing the data with insurers is a breach of the terms the patients agreed to, the regulator found after a two-year inquiry.",
            "The court ruled that copying the software's interface did not infringe copyright.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn comment_rules_follow_prompts_and_headings_in_more_languages() {
        for (line, why) in [
            (
                "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.",
                Reason::Comments,
            ),
            (
                "Մեկնաբանությունները չեն հրապարակվի, եթե պարունակում են վիրավորանքներ, ատելության խոսք կամ գովազդ։",
                Reason::Comments,
            ),
            (
                "Yorum yapabilmek için giriş yapmalısınız.",
                Reason::Comments,
            ),
            ("You must be logged in to post a comment.", Reason::Comments),
            ("Մեկնաբանություններ", Reason::Comments),
            ("Google News'te takip et", Reason::Promotion),
            ("Urmărește-ne pe Google News", Reason::Promotion),
            (
                "Bestens informiert mit SZ Plus – 4 Wochen kostenlos zur Probe lesen. Jetzt bestellen unter: www.sz.de/szplus-testen",
                Reason::Promotion,
            ),
            (
                "Listen to our Inside Politics podcast for the latest political news and analysis",
                Reason::Promotion,
            ),
            ("Quelle: SZ.de/kabr", Reason::Credit),
            ("Fuente: EFE", Reason::Credit),
            (
                "Receba no seu email o que de mais importante acontece em São Paulo e no Brasil",
                Reason::Promotion,
            ),
            (
                "Get the day's top stories in your inbox every morning.",
                Reason::Promotion,
            ),
            ("Data de acesso: 11/09/2024, 09h40", Reason::Stamp),
            ("Accessed on 5 March 2024", Reason::Stamp),
            ("Abgerufen am 12.03.2024", Reason::Stamp),
        ] {
            assert_eq!(
                classify_counted(line, words_up_to(line, 60)),
                Some(why),
                "{line}"
            );
        }
        // Counter-examples: reporting on comments.
        for line in [
            "The comments were offensive, the opposition leader said on Tuesday.",
            "Para comentar el informe, el ministro convocó a la prensa el lunes.",
            "Google News will pay publishers in France, the company said.",
            "The report is free to read at www.example.org, the agency said.",
            "Listen to the minister: the podcast was recorded before the vote and aired on Monday.",
            "Quelle: Ministerium für Gesundheit, Berlin, Referat 4, Stand März 2024",
            "Erhalten Sie Ihre Rente pünktlich, wollte der Moderator von der Ministerin wissen.",
            "Accessed on the first day, the files showed 2,000 names, the report said.",
        ] {
            assert_eq!(
                classify_counted(line, words_up_to(line, 60)),
                None,
                "{line}"
            );
        }
    }

    #[test]
    fn labels_of_boxes_tags_and_comments_in_more_languages() {
        for t in [
            "Прочитај повеќе:",
            "Оқи отырыңыз:",
            "Глядзіце таксама:",
            "Холбоотой мэдээ",
            "Basahin din:",
            "Baca lagi",
            "මේ වගේම කියවන්න:",
            "ተዛማጅ ዜና፦",
            "Lexo edhe",
            "Irakurri ere",
            "Le tamén",
            "தவறவிடாதீர்!",
            "Nicht verpassen",
            "Не пропустите",
            "Свързани статии",
            "Karanta Wannan:",
            "सम्बन्धित समाचार",
            "ఇవీ చదవండి",
            "هەروەها بخوێنەوە:",
        ] {
            assert_eq!(classify(t), Some(Reason::Navigation), "{t}");
        }
        // Source and editor lines under the text.
        for t in [
            "Allikas: ERR",
            "Toimetaja: Marko Tooming",
            "Foinse: https://tuairisc.ie/seirbhis-bus/ (léite 16.03.2028)",
            "Извор: Политика",
            "Redaktor: Anna Nowak",
        ] {
            assert_eq!(classify(t), Some(Reason::Credit), "{t}");
        }
        for t in [
            "Allikas: ministeeriumi teatel jätkub remont ka järgmisel aastal.",
            "Redaktor naczelny powiedział, że gazeta nie zmieni linii.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
        for t in [
            "Тагови: субвенции загадување МЖСПП",
            "Тэгі: Літва, адукацыя, беларуская мова",
            "ටැග්: විදුලි බිල, PUCSL, CEB",
            "Kata kunci: subsidi, RON95",
            "Từ khóa: metro, Hà Nội",
            "タグ: ソフトウェア",
            "Tagiau: Gwynedd, tai",
        ] {
            assert_eq!(classify(t), Some(Reason::Tags), "{t}");
        }
        for t in [
            "Сэтгэгдэл (12)",
            "Каментары (17)",
            "கருத்துகள் (3)",
            "Komentari (24)",
            "Коментари (38)",
            "Bình luận (5)",
            "댓글 12",
        ] {
            assert_eq!(classify(t), Some(Reason::Comments), "{t}");
        }
        for t in [
            // Sentences opening with the same words.
            "Basahin din ang buong ulat ng komisyon bago ang pagdinig, sabi ng senador.",
            "Baca lagi laporan itu, kata menteri kepada wartawan di Putrajaya.",
            "No te pierdas en la ciudad, le dijo su madre antes de salir.",
            "Не пропустите срок подачи заявлений, предупредили в ведомстве.",
            "Kata kunci dalam laporan itu ialah kecekapan, menurut menteri.",
            "Từ khóa: chính phủ sẽ công bố kế hoạch mới vào tuần tới.",
            "Komentari ministra su bili oštri, rekao je zastupnik u skupštini.",
            "Le tamén chegou tarde á reunión do concello.",
            "Nicht verpassen wollte er die Abstimmung am Abend.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn tag_rows_of_names_set_apart_by_spaces() {
        for t in [
            "Теги: Київ Дніпро Енергетика Зима",
            "Tags: Black Sea Danube Grain Exports",
            "Themen: Hamburg Hafen Container",
            "Etiketler: İstanbul Boğaz Tanker",
        ] {
            assert_eq!(classify(t), Some(Reason::Tags), "{t}");
        }
        for t in [
            "Topics: what the summit agreed on and what it left open",
            "Tags: the ministry will publish them soon",
            "Теги: їх додадуть пізніше.",
        ] {
            assert_ne!(classify(t), Some(Reason::Tags), "{t}");
        }
    }

    #[test]
    fn a_news_databases_index_fields() {
        for t in [
            "Subjects: Ports; Shipping; Strikes",
            "Locations: Hamburg; Rotterdam",
            "Record Number: 0A1B2C3D4E5F",
            "Full Text:",
            "Citation (apa): Roe, J. (2027). Port strike ends. The Example Herald.",
            "Source Citation (MLA 9th Edition): Doe, Jane. \"Ferries return.\" Example Post, 3 May 2027.",
            "Document URL: https://example.com/document-view?id=42",
            "ProQuest document ID: 123456789",
            "Subject Terms: Harbors; Labor disputes",
        ] {
            assert_eq!(classify(t), Some(Reason::DatabaseField), "{t}");
        }
        for t in [
            "Full text of the agreement was not published.",
            "Record numbers of ships passed the strait this year.",
            "Citation needed, the editor wrote.",
        ] {
            assert_ne!(classify(t), Some(Reason::DatabaseField), "{t}");
        }
    }

    #[test]
    fn disclaimers_with_the_institutions_stance() {
        for t in [
            "The views expressed herein are those solely of the authors. The Example Fund as an institution does not take positions.",
            "The views expressed in this paper are those of the authors.",
            "Views expressed here are those only of the author.",
        ] {
            assert_eq!(classify(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "The views expressed herein are those solely of the authors, he said, and the fund disagrees with them.",
            "The views expressed by the minister were his own.",
        ] {
            assert_ne!(classify(t), Some(Reason::Footer), "{t}");
        }
    }

    #[test]
    fn outlet_notes_pass_the_first_look() {
        for (t, why) in [
            ("Прослухати статтю", Reason::Audio),
            ("Озвучено искусственным интеллектом", Reason::Audio),
            ("1.25x", Reason::Audio),
            (
                "Абонирайте се за бюлетина ни – новините от деня.",
                Reason::Promotion,
            ),
            (
                "Підписуйтеся на розсилку: головне за тиждень.",
                Reason::Promotion,
            ),
            ("Ακολουθήστε μας στο Google News", Reason::Promotion),
            (
                "« Previous: Port reopens | Next: Strike ends »",
                Reason::Navigation,
            ),
            (
                "Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter, чтобы сообщить редакции.",
                Reason::Footer,
            ),
        ] {
            assert_eq!(classify(t), Some(why), "{t}");
        }
    }

    #[test]
    fn citation_rules_with_the_sites_address() {
        for t in [
            "При цитуванні та використанні матеріалів гіперпосилання на «example.ua» обов’язкове.",
            "При використанні будь-яких матеріалів сайту в Інтернеті відкриті для пошукових систем гіперпосилання не нижче першого абзацу на «news.example.com.ua» обов'язкові.",
        ] {
            assert_eq!(classify(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "При цитуванні документа посилання на джерело обов’язкове, нагадав суддя, але автор цього не зробив.",
            "При цитуванні джерел автори часто помиляються.",
        ] {
            assert_ne!(classify(t), Some(Reason::Footer), "{t}");
        }
    }

    #[test]
    fn opinion_disclaimers_in_more_languages() {
        for t in [
            "Opiniile exprimate în această rubrică aparțin autorilor și nu reflectă neapărat poziția redacției.",
            "Мнението на автора не съвпада непременно с позицията на редакцията.",
        ] {
            assert_eq!(classify(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "Opiniile exprimate de ministru aparțin guvernului, a spus el.",
            "Мнението на автора на законопроекта е различно.",
            "Le opinioni espresse dal ministro non riflettono la realtà, ha detto il sindaco, e la piazza ha applaudito.",
        ] {
            assert_ne!(classify(t), Some(Reason::Footer), "{t}");
        }
    }

    #[test]
    fn appeals_in_romanian() {
        for t in [
            "Susține jurnalismul independent! Devino membru și ajută-ne: example.md/doneaza",
            "Sprijiniți redacția noastră cu o donație lunară.",
        ] {
            assert_eq!(classify(t), Some(Reason::Promotion), "{t}");
        }
        for t in [
            "Susține guvernul că situația este sub control.",
            "Susține independența energetică, a spus ministrul.",
        ] {
            assert_ne!(classify(t), Some(Reason::Promotion), "{t}");
        }
    }
}

#[cfg(test)]
mod notices_lists_and_mail_marks_tests {
    use super::*;

    #[test]
    fn reprint_notices_asking_for_a_link_go() {
        for t in [
            "Any use of materials of the agency is allowed only with a hyperlink.",
            "Any use of materials of example.kz is permitted only with a hyperlink to example.kz",
            "Use of materials from this site is permitted only with an active link to the source",
            "Материалдарды колдонууда гипершилтеме милдеттүү",
            "Материалдарды пайдаланған кезде сілтеме міндетті.",
            "Materiallardan foydalanilganda havola berilishi shart.",
        ] {
            assert_eq!(classify(t), Some(Reason::Footer), "{t}");
        }
        for t in [
            "Any use of materials from the archive is allowed only with a hyperlink, the court ruled, and the agency appealed.",
            "The use of materials in the dam was allowed only after tests.",
            "Материалдарды колдонуу боюнча сот иши жылдан ашык созулду.",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn source_lines_in_kyrgyz_and_english_with_an_address_go() {
        for t in [
            "Булак: https://example.kg/kyrgyzcha/2026/01/02/suu",
            "Source: https://example.org/news/1",
        ] {
            assert!(classify(t).is_some(), "{t}");
        }
        for t in [
            "Source: officials said the dam would hold.",
            "Source: Reuters reported the talks failed",
        ] {
            assert_eq!(classify(t), None, "{t}");
        }
    }

    #[test]
    fn categories_closed_by_a_stop_are_tags() {
        for t in [
            "Categories: Politics, Uruguay, Mercosur, Trade.",
            "Tags: Water, Central Asia, Energy.",
        ] {
            assert_eq!(classify(t), Some(Reason::Tags), "{t}");
        }
        for t in [
            "Topics: Russia, Ukraine and what the summit agreed on.",
            "Categories: the ministry lists three, says a spokesman.",
        ] {
            assert_ne!(classify(t), Some(Reason::Tags), "{t}");
        }
    }

    #[test]
    fn a_voseo_read_also_heading_goes() {
        assert_eq!(classify("LEÉ TAMBIÉN"), Some(Reason::Navigation));
        assert_eq!(classify("Leé también:"), Some(Reason::Navigation));
        assert_eq!(
            classify("Leé también lo que dijo el gobernador sobre el agua."),
            None
        );
    }

    #[test]
    fn a_forwards_end_mark_and_a_mail_apps_signature_go() {
        for t in [
            "---------- End forwarded message ----------",
            "-------- Конец пересылаемого сообщения --------",
            "Sent from Yahoo Mail for iPhone",
            "Envoyé depuis Yahoo Mail pour Android",
            "Sent from AOL Mail for Android",
        ] {
            assert_eq!(classify(t), Some(Reason::Email), "{t}");
        }
        for t in [
            "Sent from Yahoo headquarters, the memo reached every desk.",
            "-- The end of the forwarded message was cut --",
        ] {
            assert_ne!(classify(t), Some(Reason::Email), "{t}");
        }
    }
}
