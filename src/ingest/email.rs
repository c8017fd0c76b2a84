//! An article sent by e-mail: the parts of the message around it.
//!
//! A forwarded or shared article arrives inside a message: its header
//! fields ("From:", "Sent:", "To:", "Subject:", in the languages mail
//! programs write them), a forward mark ("-----Original Message-----",
//! "---------- Forwarded message ---------", "Begin forwarded message:"),
//! the forwarder's few words above that mark, and a signature below a
//! "-- " line. None of them is the article's text.
//!
//! Each is told by its shape, never by a name:
//! - a header is a run of two or more field lines with a sender field and
//!   another field, at the top of the text or right after a forward mark;
//!   anywhere else it needs a sender, a date and a recipient or subject;
//! - the forwarder's note is the text above the forward mark, when it is
//!   short (80 words at most) and the text below it at least three times
//!   longer;
//! - a signature is what follows the last line that is exactly "--", when
//!   that is at most eight short lines.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::{at_most_words, ends_sentence, word_count};

/// A header field line: a field name mail programs write (English, German,
/// French, Spanish, Russian and the languages below), a colon, a value.
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:>\s*)*(from|sent|date|to|cc|bcc|subject|reply-to|importance|attachments?|von|gesendet|an|datum|betreff|wichtigkeit|de|envoyé|à|objet|para|enviado|asunto|fecha|importancia|от|отправлено|кому|тема|дата|копия",
        // Outlook's fields in Polish, Italian, Dutch, Portuguese, Swedish,
        // Danish and Norwegian, Finnish, Czech, Turkish, Ukrainian,
        // Hungarian, Romanian.
        r"|od|wysłano|do|dw|temat|ważność|da|a|inviato|oggetto|van|verzonden|aan|onderwerp|assunto|från|skickat|till|ämne|fra|sendt|til|emne|lähettäjä|lähetetty|vastaanottaja|aihe|odesláno|komu|předmět|kimden|gönderildi|kime|konu|від|надіслано|feladó|elküldve|címzett|tárgy|de la|trimis|către|subiect",
        r")\s*:\s*\S",
    ))
    .expect("regex")
});

/// A line that marks where a forwarded or quoted message starts.
static FORWARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:>\s*)*(?:-{2,}\s*(?:original message|forwarded message|weitergeleitete nachricht|ursprüngliche nachricht|message d'origine|message transféré|mensaje original|mensaje reenviado|исходное сообщение|пересылаемое сообщение)\s*-{2,}|begin forwarded message:?)$",
    )
    .expect("regex")
});

/// A line that marks where a forwarded message ends: "-------- Конец
/// пересылаемого сообщения --------", "----- End forwarded message -----",
/// "--- Ende der weitergeleiteten Nachricht ---".
pub(crate) fn forward_end(t: &str) -> bool {
    static END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^(?:>\s*)*-{2,}\s*(?:конец пересылаемого сообщения|кінець пересланого повідомлення|end (?:of )?forwarded message|ende der weitergeleiteten nachricht",
            r"|fin del mensaje reenviado|fin du message (?:transféré|réexpédié)|fine (?:del )?messaggio inoltrato|einde doorgestuurd bericht)\s*-{2,}$",
        ))
        .expect("regex")
    });
    t.len() <= 120 && t.trim_start_matches(['>', ' ']).starts_with("--") && END.is_match(t)
}

/// The line a mail program writes over a quoted message: "On Wed, Jul 17,
/// 2024 at 8:03 AM Balkan Insight <news@example.com> wrote:", "Am
/// 17.07.2024 um 08:03 schrieb …:", "Le 17 juil. 2024 à 08:03, … a écrit :".
/// It names a time or an address, so a sentence of an article that opens a
/// quotation ("On Tuesday, the minister wrote:") is none.
static REPLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:>\s*)*(?:on|am|le|el|il|op|den|w dniu|в)\s.{4,200}",
        r"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev|napisał(?:a|\(a\))?|пишет|написал(?:а|\(а\))?)(?:\s[^:]{1,120})?\s*:$",
    ))
    .expect("regex")
});

/// The line The Bat!, Fidonet editors and others write over a quoted
/// message, the reader addressed ("You wrote 14 March 2028, 21:13:",
/// "Sa kirjutasid 14. märtsil 2028, 21:13:", "Вы писали 14 марта 2028 г.,
/// 21:13:"), or a mail program's line naming the writer in more languages
/// ("… kirjutas:", "… kirjoitti:", "… escreveu:").
static REPLY_TO_YOU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:>\s*)*(?:(?:you wrote|вы писали|ви писали|ты писал\w*|ти писав\w*|sa kirjutasid|te kirjutasite|kirjoitit|du skrev|du skrev|sie schrieben|du schriebst|vous avez écrit|tu as écrit|usted escribió|escribiste|hai scritto|scrivesti|napisałeś|napisałaś|napisał\w* pan\w*|írtad|írta|yazdınız|yazmıştınız|você escreveu)\s.{0,160}",
        r"|.{4,200}\s(?:kirjutas|kirjoitti|rakstīja|rašė|napsal\w*|napísal\w*|написа|написав\w*|написал\w*|пише|пишет|pisze|píše|napisał\w*|escreveu|va escriure|έγραψε|yazdı|je napisao|je napisala|je napisal\w*|a scris|ír(?:ta)?)",
        // The writer's gender left open: "написав(-ла)", "napsal(a)".
        r"(?:\s?\(-?\w{1,3}\))?)(?:\s[^:]{1,120})?\s*:$",
    ))
    .expect("regex")
});

/// The line mail programs write over a quoted message in Chinese ("…
/// 于2028年4月6日周四 14:20写道："), Korean ("… 님이 작성:"), Japanese
/// (the date, the time and the writer's address, "2028年4月6日(木) 14:20
/// 山田 <yamada@example.jp>:") and Arabic ("في … كتب …:").
static REPLY_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:>\s*)*(?:.{4,200}(?:写道|寫道)|.{4,200}님이 작성",
        r"|\d{4}年\d{1,2}月\d{1,2}日.{0,160}<[^<>\s]+@[^<>\s]+>",
        r"|في\s.{4,200}\sكتب\s.{1,160})\s*[:：]$",
    ))
    .expect("regex")
});

/// Whether `t` is a mail program's line over a quoted message.
fn reply_mark(t: &str) -> bool {
    static STAMP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d{1,2}[:.]\d{2}|@").expect("regex"));
    let more = || !t.is_ascii() && REPLY_MORE.is_match(t);
    t.ends_with([':', '：'])
        && (REPLY.is_match(t) || REPLY_TO_YOU.is_match(t) || more())
        && STAMP.is_match(t)
}

/// The lines a newsletter writes around what it sends, in English, German,
/// French, Spanish, Italian, Russian, Ukrainian, Turkish, Azerbaijani,
/// Portuguese, Polish and Dutch: "View this email in your
/// browser", "You received this email because …", "Unsubscribe | Manage
/// preferences", "Was this email forwarded to you?", "Forward to a friend".
static MAIL_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:you(?:'re| are)? (?:are )?(?:receiving|received|getting|get) this (?:email|e-mail|message|newsletter|mail)",
        r"|this (?:email|e-mail|message|newsletter) (?:was|has been|is) sent to (?:\S+@|you(?-u:\b))",
        r"|unsubscribe(?-u:\b)|(?:update|manage|change|edit) (?:your )?(?:subscription |email |e-mail |newsletter |mailing )(?:preferences|settings)(?-u:\b)",
        r"|forward (?:this (?:email |e-mail |newsletter )?)?to a (?:friend|colleague)|(?:was|is) this (?:email|e-mail|newsletter) forwarded to you",
        r"|sie erhalten (?:diese[n]? )?(?:e-mail|email|nachricht|newsletter)|(?:newsletter )?abbestellen|vom newsletter abmelden",
        r"|vous (?:recevez|avez reçu) (?:cet |ce )?(?:e-mail|email|courriel|message|newsletter)|se désinscrire|se désabonner",
        r"|(?:recibes|has recibido|recibió) este (?:correo|email|e-mail|mensaje|boletín)|darse de baja|(?:cancelar|anular) (?:la )?suscripción",
        r"|ricevi questa (?:email|e-mail|newsletter)|(?:annulla|cancella) (?:l['’])?iscrizione",
        r"|вы (?:получили|получаете) (?:это|эту) (?:письмо|рассылку)|отписаться(?: от рассылки)?",
        r"|ви (?:отримали|отримуєте) (?:цей|цього) (?:лист|листа)|відписатися",
        r"|bu (?:e-?postayı|e-?posta|bülteni|mesajı) .{0,80}(?:aldınız|alıyorsunuz)",
        r"|(?:abonelikten çık(?:ın)?|abunəlikdən çıx|descadastr\w*(?:-se)?|afmelden|uitschrijven)\s*(?:[|•·]|$)",
        r"|bu məktubu .{0,80}alırsınız|(?:você )?(?:está )?receb(?:endo|eu) est[ae] (?:e-?mail|boletim|newsletter|mensagem)|cancelar (?:a )?subscrição",
        r"|otrzymujesz (?:tę wiadomość|ten e-?mail|ten newsletter)|wypisz się z|zrezygnuj z (?:subskrypcji|newslettera)",
        r"|(?:je|u) ontvangt deze (?:e-?mail|nieuwsbrief))",
    ))
    .expect("regex")
});

/// A newsletter's link to its copy on the web, over what it sends: "View
/// this email in your browser", "Having trouble viewing this email?", "Im
/// Browser ansehen", "Voir la version en ligne"; and a mail server's
/// warning over a message from outside ("CAUTION: This email originated
/// from outside of the organization.").
static MAIL_VIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:view (?:this |the )?(?:email |e-mail |newsletter |message |post |issue )?(?:in (?:your |a |the )?(?:web )?browser|online|on (?:the|our) web(?:site)?)",
        r"|read (?:it |this |this (?:article|story) |the (?:full )?(?:article|story) )?(?:online|on (?:our|the) (?:web(?:site)?|site))\s*(?:[:(<\[→›»]|https?://|$)",
        r"|(?:having )?trouble (?:viewing|reading) this (?:email|e-mail|message|newsletter)",
        r"|(?:this )?(?:email|e-mail) (?:is )?not display(?:ing|ed)? (?:correctly|properly)",
        r"|im (?:web)?browser (?:ansehen|anzeigen|öffnen|lesen)|(?:voir|afficher|lire) (?:la version )?(?:en ligne|dans (?:votre |le )?navigateur)",
        r"|ver (?:en (?:el |tu )?navegador|versión web)|visualizza nel browser|(?:открыть|посмотреть|смотреть) в браузере",
        r"|(?:відкрити|переглянути) в браузері|tarayıcıda (?:görüntüle|aç|oku)|(?:e-?posta|bülten)\w* (?:düzgün )?görüntülen(?:emiyor|miyor)",
        r"|məktub düzgün görünmür|brauzerdə (?:aç|bax|oxu)|(?:ver|visualizar|abrir) (?:este e-?mail |esta mensagem )?no navegador",
        r"|(?:zobacz|wyświetl|otwórz) (?:tę wiadomość |ten e-?mail |newsletter )?w przeglądarce|bekijk (?:deze (?:e-?mail|nieuwsbrief) )?(?:in (?:je|uw|de) browser|online)",
        // A mail server's warning over a message from outside.
        r"|(?:caution|warning|attention|external(?: email| sender)?|\[external\])\s*[:!-]?\s*(?:this (?:e-?mail|message) (?:originated|came|was sent|is) from (?:outside|an external)|external (?:e-?mail|sender)))",
    ))
    .expect("regex")
});

/// A mail's confidentiality notice under the message ("This message is
/// confidential and intended solely for the addressee. If you have
/// received it in error …", "Diese E-Mail enthält vertrauliche
/// Informationen …", "Ce message et ses pièces jointes sont
/// confidentiels …"): it says the message is confidential and names whom
/// it is meant for or that it came in error, in 150 words or fewer.
pub(crate) fn confidentiality_notice(t: &str) -> bool {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:this|the information|diese[s]?|die in dieser|ce|cet|les informations|este|esta|la información|questo|questa|le informazioni|deze|dit|if you|wenn sie|si vous|denne|detta)\s").expect("regex")
    });
    static CONFIDENTIAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)confidential|privileged|vertraulich|confidentiel|confidencial|riservat|vertrouwelijk|fortrolig|konfidentiell").expect("regex")
    });
    static MEANT_FOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)addressee|intended (?:solely |only |exclusively )?for|recipient|in error|by mistake|empfänger|adressat|irrtümlich|destinataire|par erreur|destinatario|por error|per errore|geadresseerde|ontvanger|per abuis|mottaker|mottagare").expect("regex")
    });
    OPENS.is_match(t) && CONFIDENTIAL.is_match(t) && MEANT_FOR.is_match(t) && at_most_words(t, 150)
}

/// Whether `t` (one line) is a newsletter's line around what it sends: its
/// footer, or its link to its copy on the web.
pub(crate) fn mail_footer(t: &str) -> bool {
    let t = t.trim_start_matches(['>', ' ']);
    opens_a_mail_line(t)
        && at_most_words(t, 40)
        && (MAIL_FOOTER.is_match(t)
            || MAIL_VIEW.is_match(t)
            || (at_most_words(t, 9) && MOBILE.is_match(t)))
}

/// The line a phone's mail program or a news app adds to what it sends:
/// "Sent from my iPhone", "Von meinem iPhone gesendet", "Sendt fra min
/// Samsung Galaxy", "Shared from the Guardian app", "Delt fra
/// Aftenposten-appen".
static MOBILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:sent|sendt|skickat|lähetetty|envoyé|enviado|inviato|verzonden|wysłane|отправлено|von)(?: \S+){0,3} ",
        r"(?:iphone|ipad|android|samsung|galaxy|pixel|outlook|smartphone|mobile|mobil|handy|telefon|telefoon|téléphone|teléfono|telefono|iphone'a)",
        r"(?:[ -]\S+){0,2}",
        // A mail app named: "Enviado desde Yahoo Mail para Android",
        // "Sent from Yahoo Mail for iPhone".
        r"|(?:sent|sendt|skickat|envoyé|enviado|inviato|verzonden|wysłane|gesendet|отправлено) (?:from|desde|de|depuis|da|von|vanuit|fra|från|z|из|с) ",
        r"(?:yahoo|aol|gmail|outlook|proton\s?mail|яндекс|yandex|mail\.ru)(?:[ .]\S+){0,3}",
        r"|(?:shared (?:from|via|with)|delt fra|delad från|delt via|geteilt (?:aus|über|via|mit)|partagé (?:depuis|via|avec)|compartido (?:desde|vía|con)|condiviso (?:da|tramite)|gedeeld (?:via|vanuit|met)) ",
        // The app perhaps named after it ("Compartido desde la app de
        // Página|12", "Partagé depuis l'application du Monde").
        r"(?:\S+ ){0,4}\S*app(?:en|a|e|en|lication)?(?: (?:de|of|von|di|da|du|del|der|do) \S+(?: \S+){0,2})?|jaettu (?:\S+ ){0,4}-?\S*sovelluksesta)\.?$",
    ))
    .expect("regex")
});

/// The first words of a newsletter's or a mail program's lines.
const FIRST: [&str; 103] = [
    "caution",
    "warning",
    "attention",
    "external",
    "view",
    "having",
    "trouble",
    "this",
    "email",
    "e-mail",
    "you",
    "you're",
    "unsubscribe",
    "update",
    "manage",
    "change",
    "edit",
    "forward",
    "was",
    "is",
    "read",
    "sie",
    "newsletter",
    "abbestellen",
    "vom",
    "im",
    "vous",
    "se",
    "voir",
    "afficher",
    "lire",
    "recibes",
    "has",
    "recibió",
    "darse",
    "cancelar",
    "anular",
    "ver",
    "ricevi",
    "annulla",
    "cancella",
    "visualizza",
    "вы",
    "отписаться",
    "открыть",
    "посмотреть",
    "смотреть",
    "ricevere",
    "sent",
    "sendt",
    "skickat",
    "lähetetty",
    "envoyé",
    "enviado",
    "inviato",
    "verzonden",
    "wysłane",
    "отправлено",
    "von",
    "shared",
    "delt",
    "delad",
    "geteilt",
    "partagé",
    "compartido",
    "condiviso",
    "gedeeld",
    "ви",
    "відписатися",
    "відкрити",
    "переглянути",
    "bu",
    "abonelikten",
    "aboneliği",
    "aboneliğinizi",
    "abunəlikdən",
    "tarayıcıda",
    "e-posta",
    "e-postanız",
    "bülten",
    "bülteniniz",
    "məktub",
    "brauzerdə",
    "você",
    "está",
    "recebendo",
    "recebeu",
    "descadastre",
    "descadastrar",
    "visualizar",
    "abrir",
    "otrzymujesz",
    "wypisz",
    "zrezygnuj",
    "zobacz",
    "wyświetl",
    "otwórz",
    "je",
    "u",
    "afmelden",
    "uitschrijven",
    "bekijk",
    "jaettu",
];

/// Whether `t`'s first word is one a newsletter's line opens with (the
/// patterns are looked for only then).
fn opens_a_mail_line(t: &str) -> bool {
    /// [`FIRST`] as a set: every line of every text is looked up.
    static SET: LazyLock<crate::compare::text::FxSet<&'static str>> =
        LazyLock::new(|| FIRST.iter().copied().collect());
    let first = t.split_whitespace().next().unwrap_or("");
    if first.len() > 16 {
        return false;
    }
    let first = first.trim_end_matches([',', ':', '?']);
    if first.is_ascii() {
        // Lower-cased in place of a copy on the heap.
        let mut buf = [0u8; 16];
        let lower = &mut buf[..first.len()];
        lower.copy_from_slice(first.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| SET.contains(w))
    } else {
        SET.contains(first.to_lowercase().as_str())
    }
}

/// What kind of field a field name is.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Sender,
    Date,
    Recipient,
    Other,
}

/// A subject's field name, in the languages of [`FIELD`].
const SUBJECTS: [&str; 16] = [
    "subject",
    "betreff",
    "objet",
    "asunto",
    "тема",
    "temat",
    "oggetto",
    "onderwerp",
    "assunto",
    "ämne",
    "emne",
    "aihe",
    "předmět",
    "konu",
    "tárgy",
    "subiect",
];

/// A header field told by its shape alone, for the mail programs and
/// languages [`FIELD`] does not name (Outlook's "Save as Text" in Croatian
/// writes "Šalje:\tMarko Horvat <…>", "Poslano:\t9. veljače 2028. 11:17"):
/// a name of one or two words of letters, a colon and a tab, then a value.
/// A value with an e-mail address is a sender (the run's first) or a
/// recipient, one with a year and a time of day a date. Such lines make a
/// header only as a run of three or more (see [`parts`]).
fn shaped_field(line: &str) -> Option<Field> {
    // A tab first: most lines have none (a search for ":\t" in each
    // would cost more).
    let tab = memchr::memchr(b'\t', line.as_bytes())?;
    let name = line[..tab].strip_suffix(':')?;
    let value = &line[tab + 1..];
    let value = value.trim();
    let words: Vec<&str> = name.split(' ').collect();
    let wordy = |w: &&str| {
        (1..=16).contains(&w.chars().count()) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    if value.is_empty() || words.len() > 2 || !words.iter().all(wordy) {
        return None;
    }
    let address = value.split([' ', '<', '>', ';', ',']).any(|w| {
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    let clock = value
        .split(|c: char| !c.is_ascii_digit() && c != ':')
        .any(|w| w.len() == 5 && w.as_bytes()[2] == b':');
    Some(if address {
        Field::Sender
    } else if clock && super::meta::has_year(value) {
        Field::Date
    } else {
        Field::Other
    })
}

fn field(line: &str) -> Option<Field> {
    // Every field has a colon after its name.
    if !line.contains(':') {
        return None;
    }
    let c = FIELD.captures(line)?;
    let name = c[1].to_lowercase();
    Some(match name.as_str() {
        "from" | "von" | "de" | "от" | "od" | "da" | "van" | "från" | "fra" | "lähettäjä"
        | "kimden" | "від" | "feladó" | "de la" => Field::Sender,
        "sent"
        | "date"
        | "gesendet"
        | "datum"
        | "envoyé"
        | "enviado"
        | "fecha"
        | "отправлено"
        | "дата"
        | "wysłano"
        | "inviato"
        | "verzonden"
        | "skickat"
        | "sendt"
        | "lähetetty"
        | "odesláno"
        | "gönderildi"
        | "надіслано"
        | "elküldve"
        | "trimis" => Field::Date,
        "to" | "an" | "à" | "para" | "кому" | "do" | "a" | "aan" | "till" | "til"
        | "vastaanottaja" | "komu" | "kime" | "címzett" | "către" => Field::Recipient,
        n if SUBJECTS.contains(&n) => Field::Recipient,
        _ => Field::Other,
    })
}

/// What a message's header says of the article it carries: the subject
/// and the date of the last header among `fields` (the header lines of
/// the e-mail around the article: in a forward, the original message's
/// header comes last). A date that reads either way ("03/04/2024") is
/// none.
pub(crate) fn subject_and_date(fields: &[&str]) -> (Option<String>, Option<chrono::NaiveDate>) {
    let (mut subject, mut date) = (None, None);
    for line in fields {
        let line = line.trim().trim_start_matches(['>', ' ']);
        // A chat message's header: the first one's day.
        if let Some(day) = super::chat::telegram_day(line) {
            date = date.or_else(|| super::meta::parse_date(day));
            continue;
        }
        let Some(c) = FIELD.captures(line) else {
            continue;
        };
        let value = line[c.get(1).map_or(0, |m| m.end())..]
            .trim_start()
            .trim_start_matches(':')
            .trim();
        match c[1].to_lowercase().as_str() {
            n if SUBJECTS.contains(&n) => {
                subject = Some(value.to_string());
            }
            _ if field(line) == Some(Field::Date) => {
                date = super::meta::parse_date(value).or(date);
            }
            _ => {}
        }
    }
    (subject.filter(|s| !s.is_empty()), date)
}

/// Whether a line is a chat app's header over a message or its mark of a
/// forward (see [`super::chat::telegram_day`], [`super::chat::forward_mark`]).
pub(crate) fn chat_line(t: &str) -> bool {
    t.len() <= 120
        && t.ends_with(']')
        && (super::chat::telegram_day(t).is_some() || super::chat::forward_mark(t))
}

/// The lines (by index into `lines`, blank lines as "") that are the
/// e-mail around an article: header fields, forward marks, the
/// forwarder's note and the signature.
pub(crate) fn parts(lines: &[&str]) -> Vec<usize> {
    let text: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let mut out = Vec::new();
    let forwards: Vec<usize> = text
        .iter()
        .copied()
        .filter(|&i| {
            let t = lines[i].trim();
            t.starts_with(['-', '>', 'b', 'B']) && FORWARD.is_match(t) || reply_mark(t)
        })
        .collect();
    out.extend(&forwards);
    let headers = header_runs(lines, &text, &forwards, &mut out);
    // Outlook sets a rule of underscores over what it forwards; it marks
    // where the forwarder's note ends as a forward mark does (the rule
    // itself is removed as a separator).
    let mut marks = forwards.clone();
    if !headers.is_empty() {
        marks.extend(text.iter().copied().filter(|&i| {
            let t = lines[i].trim();
            t.len() >= 10 && t.bytes().all(|b| b == b'_')
        }));
    }
    forward_note(lines, &text, &marks, &headers, &mut out);
    if !headers.is_empty() || !forwards.is_empty() {
        let note = greeting_note(lines, &text, &out);
        out.extend(note);
    }
    signature(lines, &text, &mut out);
    closing_note(lines, &text, &mut out);
    footer_tail(lines, &text, &mut out);
    if !out.is_empty() {
        buttons(lines, &text, &mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The header runs among `text` (consecutive field lines, no blank line
/// between) that make a message's header, as (first, last) line; their
/// lines go into `out`.
fn header_runs(
    lines: &[&str],
    text: &[usize],
    forwards: &[usize],
    out: &mut Vec<usize>,
) -> Vec<(usize, usize)> {
    let mut k = 0;
    let mut headers: Vec<(usize, usize)> = Vec::new();
    while k < text.len() {
        let start = k;
        let mut kinds = Vec::new();
        let mut shaped = 0;
        while k < text.len() && (k == start || text[k] == text[k - 1] + 1) {
            let line = lines[text[k]].trim();
            let known = field(line);
            let f = match known {
                Some(f) => f,
                None => match shaped_field(line) {
                    // The run's first address is its sender.
                    Some(Field::Sender) if kinds.contains(&Field::Sender) => Field::Recipient,
                    Some(f) => f,
                    None => break,
                },
            };
            shaped += usize::from(known.is_none());
            kinds.push(f);
            k += 1;
        }
        if kinds.is_empty() {
            k += 1;
            continue;
        }
        let first = text[start];
        let at_top = start == 0;
        let after_forward = start > 0 && forwards.contains(&text[start - 1]);
        let has = |f: Field| kinds.contains(&f);
        let enough = if shaped > 0 && kinds.len() < 3 {
            false
        } else if at_top || after_forward {
            kinds.len() >= 2 && has(Field::Sender) && kinds.iter().any(|&f| f != Field::Sender)
        } else {
            has(Field::Sender) && has(Field::Date) && has(Field::Recipient)
        };
        if enough {
            headers.push((first, text[k - 1]));
            out.extend(text[start..k].iter().copied());
        }
    }
    headers
}

/// A mail program's buttons under the message, as a copy of its window
/// keeps them ("Reply", "Reply all", "Forward", "Antworten",
/// "Weiterleiten", "Ответить", "Yanıtla"): the last lines, while each is
/// one.
fn buttons(lines: &[&str], text: &[usize], out: &mut Vec<usize>) {
    static BUTTON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^(?:reply(?: (?:to )?all)?|forward|antworten|allen antworten|weiterleiten",
            r"|répondre(?: à tous)?|transférer|responder(?: a todos)?|reenviar|encaminhar",
            r"|rispondi(?: a tutti)?|inoltra|beantwoorden|allen beantwoorden|doorsturen",
            r"|odpowiedz(?: wszystkim)?|przekaż(?: dalej)?|ответить(?: всем)?|переслать",
            r"|відповісти(?: всім)?|переслати|yanıtla|tümünü yanıtla|ilet|cavab ver|yönləndir)$",
        ))
        .expect("regex")
    });
    for &i in text.iter().rev() {
        if !BUTTON.is_match(lines[i].trim()) {
            return;
        }
        out.push(i);
    }
}

/// The forwarder's few words above the first forward mark (or the first
/// header below the top one): short, above a much longer text.
fn forward_note(
    lines: &[&str],
    text: &[usize],
    forwards: &[usize],
    headers: &[(usize, usize)],
    out: &mut Vec<usize>,
) {
    // The top header; a mail program's print may set the mailbox's
    // owner's name over it ("Mark Jensen" / "From: …").
    let above = |first: usize| {
        let names: Vec<&usize> = text.iter().take_while(|&&i| i < first).collect();
        names.len() <= 1 && names.iter().all(|&&i| at_most_words(lines[i], 4))
    };
    let top = headers.first().filter(|(first, _)| above(*first));
    if let Some(&(first, _)) = top {
        out.extend(text.iter().copied().take_while(|&i| i < first));
    }
    let top_end = top.map(|&(_, last)| last);
    let mark = forwards
        .iter()
        .copied()
        .chain(headers.iter().map(|&(first, _)| first))
        .filter(|&m| top_end.is_none_or(|end| m > end))
        .min();
    let Some(mark) = mark else {
        return;
    };
    let note: Vec<usize> = text
        .iter()
        .copied()
        .filter(|&i| top_end.is_none_or(|end| i > end) && i < mark)
        .collect();
    let words = |i: &usize| word_count(lines[*i]);
    let note_words: usize = note.iter().map(words).sum();
    let after: usize = text.iter().filter(|&&i| i > mark).map(words).sum();
    if !note.is_empty() && note_words <= 80 && after >= note_words * 3 {
        out.extend(note);
    }
}

/// Quote marks with the quoted writer's initials before them, as The
/// Bat!, Fidonet editors and Supercite write them ("MT> Tartu hakkab …",
/// "JS>> …"), read as the marks alone ("> Tartu hakkab …"): the same
/// initials of one to three letters, the first a capital, open at least
/// three lines and a fifth of the text's. Lines with other initials, or
/// a few like them in a text ("A> B" in a formula), stay as written.
pub(crate) fn initials_as_quote_marks(text: String) -> String {
    /// The initials and the marks' end in `line`, if it opens with such a mark.
    fn initials(line: &str) -> Option<(&str, usize)> {
        let t = line.strip_prefix(' ').unwrap_or(line);
        let lead = line.len() - t.len();
        let end = t.find('>')?;
        let (who, rest) = t.split_at(end);
        let n = who.chars().count();
        let marks = rest.len() - rest.trim_start_matches('>').len();
        let after = &rest[marks..];
        ((1..=3).contains(&n)
            && who.chars().all(char::is_alphabetic)
            && who.starts_with(char::is_uppercase)
            && (after.is_empty() || after.starts_with(' ') || after == "\r"))
            .then_some((who, lead + end))
    }
    if memchr::memchr(b'>', text.as_bytes()).is_none() {
        return text;
    }
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut lines = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        lines += 1;
        if let Some((who, _)) = initials(line) {
            *counts.entry(who).or_default() += 1;
        }
    }
    let Some((who, n)) = counts
        .into_iter()
        .max_by_key(|&(w, n)| (n, std::cmp::Reverse(w)))
    else {
        return text;
    };
    if n < 3 || n * 5 < lines {
        return text;
    }
    let who = who.to_string();
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match initials(line) {
            Some((w, end)) if w == who => out.push_str(&line[end..]),
            _ => out.push_str(line),
        }
    }
    out
}

/// A reply written between the lines of the message it quotes: under the
/// mail program's line over the quote ("Am … schrieb …:"), quoted lines
/// (`depth`: how deep each line is quoted, "> …" as written) hold the
/// message, and the replier's lines among them are the reply (they go).
/// Replies nest: the message quoted may itself be a reply quoting another
/// one level deeper ("> > …"), read in turn, at most [`REPLY_LEVELS`]
/// deep. The message quoted last is read as a mail of its own: its
/// sender's note over what it shares and its signature go too. The lines
/// (by index) to remove; none for a text that is no such reply.
pub(crate) fn reply_parts(lines: &[&str], depth: &[usize]) -> Vec<usize> {
    let at = |i: usize| depth.get(i).copied().unwrap_or(0);
    let mut out = Vec::new();
    // The message read: the lines from `start` quoted `from` deep or more.
    let (mut from, mut start) = (0, 0);
    for _ in 0..REPLY_LEVELS {
        let text: Vec<usize> = (start..lines.len())
            .filter(|&i| at(i) >= from && !lines[i].trim().is_empty())
            .collect();
        let Some(&mark) = text.iter().find(|&&i| reply_mark(lines[i].trim())) else {
            break;
        };
        let level = at(mark);
        let (before, after): (Vec<usize>, Vec<usize>) = text.iter().partition(|&&i| i < mark);
        let inside = after.iter().filter(|&&i| at(i) > level).count();
        let between = after.len() - inside;
        if inside < 10 || inside < 3 * between {
            break;
        }
        out.extend(after.iter().copied().filter(|&i| at(i) <= level));
        // Inside a quote, what its writer put over the line is their reply.
        if from > 0 {
            out.extend(before.iter().copied().filter(|&i| at(i) <= level));
        }
        out.push(mark);
        (from, start) = (level + 1, mark + 1);
    }
    if out.is_empty() {
        return out;
    }
    // The message as its sender wrote it.
    let inner: Vec<&str> = (0..lines.len())
        .map(|i| {
            if i >= start && at(i) >= from {
                lines[i]
            } else {
                ""
            }
        })
        .collect();
    let inner_text: Vec<usize> = (0..inner.len())
        .filter(|&i| !inner[i].trim().is_empty())
        .collect();
    let inner_out = parts(&inner);
    out.extend(greeting_note(&inner, &inner_text, &inner_out));
    out.extend(inner_out);
    out.sort_unstable();
    out.dedup();
    out
}

/// How many replies deep [`reply_parts`] reads a thread.
const REPLY_LEVELS: usize = 8;

/// A mail's salutation ("Hallo zusammen,", "Hi all,", "Dear colleagues,",
/// "Bonjour à tous,"), perhaps after the name of whom it greets ("Anna,
/// hi!", "Олено, привіт!").
static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\p{L}+,\s+)?(?:hi|hello|hey|dear|good morning|hallo|liebe[rs]?|moin|servus|guten (?:morgen|tag)|bonjour|salut|chers?|chères?|hola|buenos días|querid[oa]s|buongiorno|ciao|car[ei]|olá|oi|bom dia|hej|hei|hoi|beste|dag|cześć|dzień dobry|здравствуйте|привет|добрый день|коллеги|привіт|вітаю|добрий день|доброго дня|колеги|merhaba|selam|tere|sveiki|labas|ahoj|zdravím|dobrý de[nň]|szia|moi|terve|bok|zdravo|здраво|здравей|halo|xin chào|各位|皆様|皆さま|皆さん|みなさん|みなさま|大家好|各位好|안녕하세요)(?:\s[^,!:.]{0,40})?[,!:、，]?$").expect("regex")
});

/// The sender's few words over what they share, opening the message: a
/// salutation, then lines up to the shared article's address (or a line
/// ending in a colon, "here is the article:"), or up to a closing formula
/// and the sender's name under it ("Best regards," / "Maho"), above a much
/// longer text. Under a closing formula the salutation may be any short
/// line that ends in a comma ("Ogura-sensei,", "Team,").
fn greeting_note(lines: &[&str], text: &[usize], taken: &[usize]) -> Vec<usize> {
    let rest: Vec<usize> = text
        .iter()
        .copied()
        .filter(|i| !taken.contains(i))
        .collect();
    let Some(&first) = rest.first() else {
        return Vec::new();
    };
    let t = lines[first].trim();
    let greets = at_most_words(t, 6) && GREETING.is_match(t);
    let addressed = at_most_words(t, 3) && t.ends_with([',', '!']);
    if !greets && !addressed {
        return Vec::new();
    }
    // An address ends the note and stays (it is the article's); a line
    // ending in a colon is the note's own.
    let by_link = rest.iter().take(9).position(|&i| {
        let l = lines[i].trim();
        l.starts_with("http://") || l.starts_with("https://") || l.ends_with(':')
    });
    let by_link = by_link
        .filter(|_| greets)
        .map(|end| (end, !lines[rest[end]].trim().ends_with(':')));
    // A rule under the note sets the shared text apart ("――――"); the rule
    // itself goes as a separator.
    let by_rule = rest
        .iter()
        .take(12)
        .position(|&i| super::rules::is_separator(lines[i]))
        .filter(|&k| greets && k > 0)
        .map(|k| (k, true));
    let by_close = rest
        .iter()
        .take(12)
        .position(|&i| SIGN_OFF.is_match(lines[i].trim()))
        .filter(|&k| rest.get(k + 1).is_some_and(|&n| at_most_words(lines[n], 3)))
        .map(|k| (k + 1, false));
    let by_name = senders_name(lines, &rest, greets).map(|k| (k, false));
    let by_head = greets
        .then(|| article_head(lines, &rest))
        .flatten()
        .map(|k| (k, true));
    let Some((end, address)) = [by_link, by_rule, by_close, by_name, by_head]
        .into_iter()
        .flatten()
        .min()
    else {
        return Vec::new();
    };
    let note = &rest[..if address { end } else { end + 1 }];
    let words = |i: &usize| measure(lines[*i]);
    let note_words: usize = note.iter().map(words).sum();
    let after: usize = rest[end + 1..].iter().map(words).sum();
    if note_words <= 80 && after >= note_words * 3 {
        note.to_vec()
    } else {
        Vec::new()
    }
}

/// The sender's first name alone under the note's last sentence
/// ("… do podkladov." / "Peter"), after a salutation; under a note
/// that only names whom it is for ("Ana, bok,"), the sender's
/// initials ("M.", "A.K."): its position in `rest`.
fn senders_name(lines: &[&str], rest: &[usize], greets: bool) -> Option<usize> {
    let initials = |t: &str| {
        let letters = t.chars().filter(|c| *c != '.').count();
        (1..=3).contains(&letters) && t.chars().all(|c| c.is_uppercase() || c == '.')
    };
    rest.iter()
        .take(12)
        .enumerate()
        .skip(2)
        .find(|&(k, &i)| {
            let t = lines[i].trim();
            (greets || initials(t))
                && at_most_words(t, 2)
                && t.starts_with(char::is_uppercase)
                && t.chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '.')
                && ends_sentence(lines[rest[k - 1]])
                && i > rest[k - 1] + 1
        })
        .map(|(k, _)| k)
}

/// Where the article the note shares starts in `rest` (lines of text by
/// index, the note's salutation first), when it opens with its head: a
/// paragraph of two to five short lines that end no sentence, a date line
/// among them (headline, writer, date), set apart from the note by a
/// blank line, within the first twelve lines.
fn article_head(lines: &[&str], rest: &[usize]) -> Option<usize> {
    let starts = |k: usize| k == 0 || rest[k] > rest[k - 1] + 1;
    (1..rest.len().min(12)).filter(|&k| starts(k)).find(|&k| {
        let n = (k + 1..rest.len())
            .find(|&j| starts(j))
            .unwrap_or(rest.len())
            - k;
        let head = &rest[k..k + n];
        (2..=5).contains(&n)
            && head
                .iter()
                .all(|&i| at_most_words(lines[i], 15) && !ends_sentence(lines[i]))
            && head
                .iter()
                .any(|&i| super::meta::date_line(lines[i].trim()).is_some())
    })
}

/// The sender's closing words under a rule that ends the shared text
/// ("――――" / "以上、よろしくお願いします。", "----" / "Best regards,"):
/// at most three short lines, one a closing formula, between the last rule
/// and the signature (or the end).
fn closing_note(lines: &[&str], text: &[usize], out: &mut Vec<usize>) {
    let left: Vec<usize> = text.iter().copied().filter(|i| !out.contains(i)).collect();
    let Some(rule) = left
        .iter()
        .rposition(|&i| super::rules::is_separator(lines[i]))
    else {
        return;
    };
    let note = &left[rule + 1..];
    let words: usize = note.iter().map(|&i| word_count(lines[i])).sum();
    if (1..=3).contains(&note.len())
        && words <= 25
        && rule > 0
        && note.iter().any(|&i| SIGN_OFF.is_match(lines[i].trim()))
    {
        out.extend(note);
    }
}

/// A line's length in words, a script written without spaces (Chinese,
/// Japanese, Thai) counted a word to two characters.
fn measure(t: &str) -> usize {
    let unspaced = t
        .chars()
        .filter(|c| matches!(*c, '\u{3040}'..='\u{9fff}' | '\u{0e00}'..='\u{0e7f}'))
        .count();
    word_count(t) + unspaced / 2
}

/// A newsletter's footer at the end of the text: from its first footer
/// line ("You received this email because …", "Unsubscribe") among the
/// last twelve lines, everything below, when no line there is longer than
/// 25 words (the sender's name and postal address, the preferences link).
fn footer_tail(lines: &[&str], text: &[usize], out: &mut Vec<usize>) {
    let last = &text[text.len().saturating_sub(12)..];
    let end = |t: &str| {
        let t = t.trim_start_matches(['>', ' ']);
        // The footer's line may open with the sender's name and rights
        // ("404 Media © 2028 – Unsubscribe", "© 2028 Paper | Abbestellen").
        at_most_words(t, 40)
            && t.split(['–', '—', '|', '•', '·'])
                .take(6)
                .enumerate()
                .any(|(k, part)| {
                    // After a mark, a link's few words.
                    let part = part.trim();
                    (k == 0 || at_most_words(part, 5) && !ends_sentence(part))
                        && opens_a_mail_line(part)
                        && MAIL_FOOTER.is_match(part)
                })
    };
    let Some(at) = last.iter().position(|&i| end(lines[i])) else {
        return;
    };
    let mut rest = &last[at..];
    if !rest.iter().all(|&i| at_most_words(lines[i], 25)) {
        return;
    }
    // The sender's few words over it that ask the reader to pay or join
    // ("… Become a paid subscriber to support our work.").
    if at > 0 && pitch(lines[last[at - 1]]) {
        rest = &last[at - 1..];
    }
    out.extend(rest);
}

/// Whether `t` is a sender's few words that ask the reader to pay or join,
/// speaking as "we" or to "you" ("… Become a paid subscriber to support
/// our work."): 60 words at most, no quotation.
fn pitch(t: &str) -> bool {
    at_most_words(t, 60)
        && !t.contains(['"', '“', '”', '„', '«', '»'])
        && super::furniture::asks(t)
        && t.split(|c: char| !c.is_alphanumeric())
            .any(|w| super::furniture::speaker_word(&w.to_lowercase()))
}

/// A signature: the lines after the last "--" line, at most eight and
/// short ones; a company's confidentiality notice under them goes too,
/// whatever its length ("Diese E-Mail kann vertrauliche Informationen
/// enthalten …", wrapped over lines or not).
fn signature(lines: &[&str], text: &[usize], out: &mut Vec<usize>) {
    let Some(pos) = text
        .iter()
        .rposition(|&i| matches!(lines[i].trim(), "--" | "–" | "—"))
    else {
        return;
    };
    let mut rest = &text[pos + 1..];
    // The notice: the last paragraph (lines with no blank between).
    if let Some(start) = (1..rest.len())
        .rev()
        .find(|&k| rest[k] != rest[k - 1] + 1)
        .filter(|&k| {
            let notice: Vec<&str> = rest[k..].iter().map(|&i| lines[i].trim()).collect();
            confidentiality_notice(&notice.join(" "))
        })
    {
        out.extend(&rest[start..]);
        rest = &rest[..start];
    }
    let short = rest.iter().all(|&i| at_most_words(lines[i], 10));
    if !rest.is_empty() && rest.len() <= 8 && short {
        out.extend(&text[pos..]);
        // The sign-off over it: a closing formula and the sender's name.
        let above = &text[..pos];
        if let [.., close, name] = above
            && SIGN_OFF.is_match(lines[*close].trim())
            && at_most_words(lines[*name], 3)
        {
            out.extend([*close, *name]);
        }
    }
}

/// A mail's closing formula ("Viele Grüße", "Best regards", "Cordialement").
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:viele grüße|beste grüße|liebe grüße|herzliche grüße|mit freundlichen grüßen|freundliche grüße|gruß|grüße|lg|vg|mfg|best|best regards|kind regards|regards|best wishes|cheers|thanks|many thanks|thank you|cordialement|bien à vous|bien cordialement|amitiés|saludos|un saludo|atentamente|cordiali saluti|saluti|un saluto|abraços|atenciosamente|pozdrawiam|z poważaniem|с уважением|всего доброго|saygılarımla|hälsningar|med vänlig hälsning|mvh|hilsen|med venlig hilsen|groeten|met vriendelijke groet|ystävällisin terveisin|terveisin|lugupidamisega|(?:以上、?)?よろしくお願い(?:します|いたします|致します)|以上です|谢谢|謝謝|감사합니다)[,.!。、]?$").expect("regex")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_and_closing_words_around_a_shared_text_between_rules() {
        let body = "京都市は二日、観光客の車による渋滞が深刻化している地域で、来年春から車両の流入を規制する社会実験を行う方針を明らかにした。";
        for (greeting, rule, close) in [
            ("各位", "――――――――――――――――", "以上、よろしくお願いします。"),
            ("Hi all,", "----------", "Best regards,"),
        ] {
            let mail = format!(
                "From: A <a@example.org>\nTo: list@example.org\nSubject: x\n\n{greeting}\n\nShared below for next week.\n\n{rule}\n\nHeadline of the story\n\n{body}\n\n{body}\n\n{body}\n\n{body}\n\n{rule}\n\n{close}\n\n--\nA\n"
            );
            let lines: Vec<&str> = mail.lines().collect();
            let gone = parts(&lines);
            let kept: Vec<&str> = (0..lines.len())
                .filter(|i| !gone.contains(i) && !lines[*i].trim().is_empty())
                .map(|i| lines[i])
                .collect();
            assert_eq!(kept[0], rule, "{kept:?}");
            assert_eq!(kept[1], "Headline of the story", "{kept:?}");
            assert_eq!(*kept.last().unwrap(), rule, "{kept:?}");
        }
        // Words under a rule that close no mail stay: an article's last
        // section after a break.
        let text = format!(
            "{0}\n\n* * *\n\nThe city will decide in May.\n",
            "The council met on Monday. ".repeat(20)
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(parts(&lines).is_empty());
    }

    #[test]
    fn initials_before_quote_marks_are_read_as_the_marks() {
        let mail = "Tere, Mari!\n\nSa kirjutasid 14. märtsil 2028, 21:13:\n\nMT> Tartu hakkab parkimistasu võtma\nMT>\nMT> Linnavalitsus otsustas teisipäeval.\n\nMinu märkus.\n\nMT>> vana\nMT> Lõpp.\n";
        let read = initials_as_quote_marks(mail.to_string());
        assert_eq!(
            read,
            "Tere, Mari!\n\nSa kirjutasid 14. märtsil 2028, 21:13:\n\n> Tartu hakkab parkimistasu võtma\n>\n> Linnavalitsus otsustas teisipäeval.\n\nMinu märkus.\n\n>> vana\n> Lõpp.\n"
        );
        assert!(reply_mark("Sa kirjutasid 14. märtsil 2028, 21:13:"));
        assert!(reply_mark("You wrote 14 March 2028, 21:13:"));
        assert!(reply_mark("14.3.2028 klo 21.13 Mari Tamm kirjoitti:"));
        for t in [
            // Too few lines, or initials that differ, or no initials.
            "A> B holds when A is true.\nSo does C.\n",
            "MT> one\nJS> two\nKL> three\nAB> four\n",
            "cost> 5\nx> 3\ny> 4\n",
            "The ratio was 3> 2 in 2027, and the count> 10 in five of the twelve regions.\n",
        ] {
            assert_eq!(initials_as_quote_marks(t.to_string()), t, "{t}");
        }
        // An article's sentences that name writing are no marks.
        assert!(!reply_mark("You wrote the report yourself:"));
        assert!(!reply_mark("The minister kirjutas:"));
    }

    fn removed(text: &str) -> Vec<String> {
        let lines: Vec<&str> = text.lines().collect();
        parts(&lines)
            .into_iter()
            .map(|i| lines[i].to_string())
            .collect()
    }

    const ARTICLE: &str = "The talks in Geneva ended on Friday without an agreement on the border, officials from both delegations said after the last session of the week.\n\n\
        Both sides blamed each other for the lack of progress, and neither would say when the delegations might meet again.\n";

    /// `t` broken into lines of at most `width` columns.
    fn wrap(t: &str, width: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in t.split_whitespace() {
            match out.last_mut() {
                Some(l) if l.len() + 1 + w.len() <= width => {
                    l.push(' ');
                    l.push_str(w);
                }
                _ => out.push(w.to_string()),
            }
        }
        out
    }

    /// `text`'s lines as the cleaner gives them (quote marks off) and how
    /// deep each is quoted.
    fn unquoted(text: &str) -> (Vec<&str>, Vec<usize>) {
        let raw: Vec<&str> = text.lines().collect();
        let depth = raw
            .iter()
            .map(|l| super::super::rules::quote_depth(l))
            .collect();
        let lines = raw
            .iter()
            .map(|l| super::super::rules::without_quote_marks(l.trim()).trim())
            .collect();
        (lines, depth)
    }

    /// The lines of text `parts` and `reply_parts` leave.
    fn kept_of_thread(text: &str) -> Vec<String> {
        let (lines, depth) = unquoted(text);
        let mut gone = parts(&lines);
        gone.extend(reply_parts(&lines, &depth));
        (0..lines.len())
            .filter(|i| !gone.contains(i) && !lines[*i].is_empty())
            .map(|i| lines[i].to_string())
            .collect()
    }

    #[test]
    fn an_article_quoted_two_replies_deep_is_what_stays_of_the_thread() {
        let paras = [
            "The city will start repairing its four river bridges in May, the transport office said on Monday, and the work will take two summers.",
            "Traffic on the northern bridge will be cut to one lane in each direction, while the southern one will close for six weeks in July.",
            "The repairs will cost about 40 million, most of it from a national fund for roads, the office said.",
        ];
        // (the first reply's mark, the second's, the greeting, the note,
        // the article's head).
        let threads = [
            (
                "03.04.2028 о 16:05, Maria Koval написав(-ла):",
                "On Mon, Apr 03, 2028 at 09:12:44AM +0300, Ihor Tkach wrote:",
                "Маріє, привіт!",
                "Ось стаття, про яку я казав учора.",
                [
                    "Bridges to be repaired from May",
                    "Oksana Melnyk",
                    "Monday, 3 April 2028, 10:15",
                ],
            ),
            (
                "W dniu 3.04.2028 o 14:20, Anna Nowak pisze:",
                "Dne 3. 4. 2028 9:12 napsal(a) Jan Novák <jan@example.cz>:",
                "Ahoj Anno,",
                "posílám ten článek z rána.",
                [
                    "Bridges to be repaired from May",
                    "Jana Dvořák",
                    "3 April 2028",
                ],
            ),
            (
                "Jan <jan@example.cn> 于2028年4月3日周一 14:20写道：",
                "2028年4月3日(月) 9:12 Ken Sato <ken@example.jp>:",
                "Hi Jan,",
                "here is the piece I told you about.",
                [
                    "Bridges to be repaired from May",
                    "Mia Chen",
                    "April 3, 2028",
                ],
            ),
            (
                "في الاثنين، 3 أبريل 2028 في 2:20 م، كتب Sami <sami@example.com>:",
                "2028년 4월 3일 (월) 오전 9:12, Min Park <min@example.kr>님이 작성:",
                "Hello Sami,",
                "the article from this morning, for our file.",
                [
                    "Bridges to be repaired from May",
                    "Lea Park",
                    "3 April 2028",
                ],
            ),
        ];
        for (outer, inner, greeting, note, head) in threads {
            for tabbed in [true, false] {
                let body: Vec<String> = if tabbed {
                    paras.iter().map(|p| format!("> > \t{p}")).collect()
                } else {
                    paras.iter().map(|p| format!("> > {p}\n> >")).collect()
                };
                let text = format!(
                    "{outer}\n> {inner}\n> > {greeting}\n> >\n> > {note}\n> >\n> > {}\n> > {}\n> > {}\n> >\n{}\n> >\n> > -- \n> > Ihor\n> > +380 44 000 00 00\n>\n> Thanks! Is the figure for July right?\n>\n> O.\n\nIt is, I checked.\n\nI.\n",
                    head[0],
                    head[1],
                    head[2],
                    body.join("\n"),
                );
                let kept = kept_of_thread(&text);
                let mut want: Vec<String> = head.iter().map(|h| h.to_string()).collect();
                want.extend(paras.iter().map(|p| p.to_string()));
                assert_eq!(kept, want, "{outer} / {tabbed}");
            }
        }
        // Counter-examples: sentences that name writing, with no time or
        // address, are no marks; a quote one level deep with no mark over
        // it stays.
        for t in [
            "他在信中写道：",
            "在报告中，市长写道：",
            "في رسالته كتب الوزير:",
            "Міністр написав(-ла) у звіті:",
            "Autor napsal(a) do novin:",
        ] {
            assert!(!reply_mark(t), "{t}");
        }
        let quoted: String = paras.iter().map(|p| format!("> > {p}\n> >\n")).collect();
        let text = format!("Some words of mine.\n\n{quoted}{quoted}");
        let (lines, depth) = unquoted(&text);
        assert!(reply_parts(&lines, &depth).is_empty());
    }

    #[test]
    fn a_reply_between_the_lines_of_a_quoted_article_goes() {
        let quoted: String = ARTICLE
            .lines()
            .flat_map(|l| {
                wrap(l, 60)
                    .into_iter()
                    .map(|w| format!("> {w}"))
                    .chain(std::iter::once(">".to_string()))
            })
            .collect::<Vec<_>>()
            .join("\n");
        let text = format!(
            "Hi Sandra,\n\nthanks, we go ahead.\n\nAm 27.01.27 um 08:14 schrieb Sandra Lehmkuhl:\n\
             > Hallo zusammen,\n>\n> falls ihr es noch nicht habt, hier der Artikel:\n>\n{quoted}\n\n\
             That is what we saw on the U8 too.\n\n{quoted}\n> Viele Grüße\n> Sandra\n> –\n> Sandra Lehmkuhl\n\
             > Stadtlabor e.V.\n\nGruß\nTobias\n"
        );
        // As the cleaner gives them: quote marks off, and which were quoted.
        let raw: Vec<&str> = text.lines().collect();
        let flags: Vec<usize> = raw
            .iter()
            .map(|l| crate::ingest::rules::quote_depth(l))
            .collect();
        let lines: Vec<&str> = raw
            .iter()
            .map(|l| l.trim_start_matches('>').trim_start())
            .collect();
        let mut gone_at = parts(&lines);
        gone_at.extend(reply_parts(&lines, &flags));
        let gone: Vec<String> = gone_at.iter().map(|&i| raw[i].to_string()).collect();
        for l in [
            "Hi Sandra,",
            "Am 27.01.27 um 08:14 schrieb Sandra Lehmkuhl:",
            "> Hallo zusammen,",
            "> falls ihr es noch nicht habt, hier der Artikel:",
            "That is what we saw on the U8 too.",
            "> Viele Grüße",
            "> Sandra",
            "> Sandra Lehmkuhl",
            "Gruß",
            "Tobias",
        ] {
            assert!(gone.iter().any(|g| g == l), "{l}: {gone:?}");
        }
        assert!(!gone.iter().any(|g| g.contains("Geneva")), "{gone:?}");
        // Quoted lines with no reply over them: nothing.
        let plain = format!("{quoted}\n\nThe end of the story, as told by the officials.\n");
        let raw: Vec<&str> = plain.lines().collect();
        let flags: Vec<usize> = raw
            .iter()
            .map(|l| crate::ingest::rules::quote_depth(l))
            .collect();
        assert!(reply_parts(&raw, &flags).is_empty());
    }

    #[test]
    fn a_note_closed_by_a_sign_off_goes_whatever_its_salutation() {
        let head = "From: Maho Ishikawa <maho@example.org>\nDate: Fri, 16 Oct 2026 23:41:07 +0900\nSubject: rice\n\n";
        for note in [
            "Ogura-sensei,\n\nHere is the article I mentioned for the seminar. The original is here: https://example.org/a\n\nBest regards,\nMaho\n\n",
            "Hi all,\n\nworth a read before Tuesday.\n\nCheers,\nMaho\n\n",
        ] {
            let r = removed(&format!("{head}{note}{ARTICLE}\n{ARTICLE}"));
            assert!(r.iter().any(|l| l == "Maho"), "{r:#?}");
            assert!(r.iter().all(|l| !l.starts_with("The talks")), "{r:#?}");
        }
        // Counter-examples: a short first line with no sign-off under it;
        // a sign-off whose note is as long as the text under it.
        for text in [
            format!("{head}Geneva,\n\n{ARTICLE}"),
            format!("{head}Team,\n\n{ARTICLE}\nThanks,\nMaho\n"),
        ] {
            let r = removed(&text);
            assert!(r.iter().all(|l| !l.starts_with("Both sides")), "{r:#?}");
            assert_eq!(r.len(), 3, "{r:#?}");
        }
    }

    #[test]
    fn a_note_closed_by_the_senders_name_alone_goes() {
        let head = "From: Peter Kovac <peter@example.sk>\nDate: Wed, 17 Feb 2027 21:13:58 +0100\nSubject: fee\n\n";
        let note = "Ahoj Jana,\n\nposielam ten článok zo SME, o ktorom sme sa bavili na porade.\n\nPeter\n\n";
        let r = removed(&format!("{head}{note}{ARTICLE}\n{ARTICLE}"));
        assert!(r.iter().any(|l| l == "Peter"), "{r:#?}");
        assert!(r.iter().any(|l| l == "Ahoj Jana,"), "{r:#?}");
        assert!(r.iter().all(|l| !l.starts_with("The talks")), "{r:#?}");
        // Counter-example: a name under the note's first sentence that is
        // the article's crosshead-like line, without a salutation above.
        let r = removed(&format!(
            "{head}Geneva talks,\n\nThe delegations met again.\n\nGeneva\n\n{ARTICLE}"
        ));
        assert!(r.iter().all(|l| l != "Geneva"), "{r:#?}");
        // Under a note naming whom it is for, the sender's initials close
        // it; a capital word closes none ("Geneva" above, "UN." here).
        let note = "Ana, bok,\n\nvidi ovo, moramo promijeniti ponudu.\n\nM.\n\n";
        let r = removed(&format!("{head}{note}{ARTICLE}\n{ARTICLE}"));
        assert!(r.iter().any(|l| l == "M."), "{r:#?}");
        assert!(r.iter().any(|l| l == "Ana, bok,"), "{r:#?}");
        let r = removed(&format!(
            "{head}Geneva talks,\n\nThe delegations met again.\n\nUNHCR\n\n{ARTICLE}"
        ));
        assert!(r.iter().all(|l| l != "UNHCR"), "{r:#?}");
    }

    #[test]
    fn outlooks_rule_ends_the_note_and_a_notice_under_the_signature_goes() {
        let text = format!(
            "Von:\tPichler Markus <markus@example.at>\nGesendet:\tMittwoch, 15. Jänner 2025 08:12\n\
             An:\tTeam Energiemarkt\nBetreff:\tWG: Fernwärme\n\nHallo zusammen,\n\n\
             zur Info für das Briefing am Freitag.\n\nLG Markus\n\n\
             ______________________________________________\n\n{ARTICLE}\n--\nMag. Markus Pichler\n\
             Energieberatung Ost GmbH\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht\n\
             der richtige Adressat sein, informieren Sie bitte den Absender und löschen\nSie diese Nachricht.\n"
        );
        let r = removed(&text);
        assert_eq!(r.len(), 13, "{r:#?}");
        assert!(r.iter().all(|l| !l.starts_with("The talks")), "{r:#?}");
        // Counter-example: a rule of underscores in a text with no mail
        // header marks no note.
        let text = format!("A short line.\n\n______________\n\n{ARTICLE}");
        assert!(removed(&text).is_empty(), "{:#?}", removed(&text));
    }

    #[test]
    fn a_forwarded_articles_header_note_marks_and_signature_go() {
        let text = format!(
            "From: Anna Keller <anna@example.org>\nSent: Tuesday, November 19, 2019 9:45 AM\n\
             To: Policy Desk <desk@example.org>\nSubject: FW: Talks end\n\n\
             Worth reading before the meeting.\n\nAnna\n\n\
             -----Original Message-----\nFrom: Newsletter <news@example.com>\n\
             Date: Mon, 18 Nov 2019 22:10:03 +0000\n\n{ARTICLE}\n--\nAnna Keller\nPolicy Desk | example.org\n"
        );
        let r = removed(&text);
        assert_eq!(r.len(), 12, "{r:#?}");
        assert!(r.iter().all(|l| !l.starts_with("The talks")), "{r:#?}");
        // In German, with a forward mark of Gmail's shape.
        let text = format!(
            "Zur Info.\n\n---------- Weitergeleitete Nachricht ---------\n\
             Von: Redaktion <red@example.de>\nDatum: Mo., 18. Nov. 2019 um 22:10\n\
             Betreff: Gespräche\nAn: <desk@example.org>\n\n{ARTICLE}"
        );
        assert_eq!(removed(&text).len(), 6, "{:#?}", removed(&text));
        // Printed from Outlook: the mailbox's owner over the header, the
        // note between it and the forwarded message's own header, and the
        // server's warning over a message from outside.
        let text = format!(
            "Mark Jensen\n\nFrom: Mark Jensen\nSent: Friday, March 14, 2025 8:12 AM\n\
             To: Strategy Team\nSubject: FW: Trucks\n\nWorth a read before Tuesday.\n\nMark\n\n\
             From: Bloomberg <noreply@news.example.com>\nSent: Thursday, March 13, 2025 6:31 PM\n\
             To: Jensen, Mark <mark@example.eu>\nSubject: Trucks\n\n\
             CAUTION: This email originated from outside of the organization.\n\n{ARTICLE}"
        );
        let r = removed(&text);
        assert_eq!(r.len(), 11, "{r:#?}");
        assert!(mail_footer(
            "CAUTION: This email originated from outside of the organization. Do not click links or open"
        ));
        assert!(!mail_footer(
            "Caution: this email campaign came from outside the party, officials said."
        ));
    }

    #[test]
    fn a_mail_programs_buttons_under_a_mail_go() {
        let text = format!(
            "---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n\
             Date: Fri, Dec 5, 2026 at 3:58 PM\nSubject: Talks\n\n{ARTICLE}\nReply\n\nReply all\n\nForward\n"
        );
        let r = removed(&text);
        assert_eq!(
            r[r.len() - 3..],
            ["Reply", "Reply all", "Forward"],
            "{r:#?}"
        );
        // Not in a text that is no mail, nor above the last lines.
        assert!(removed(&format!("{ARTICLE}\nForward\n")).is_empty());
        let text = format!(
            "---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n\
             Date: Fri, Dec 5, 2026 at 3:58 PM\n\nForward\n\n{ARTICLE}"
        );
        assert!(!removed(&text).iter().any(|l| l == "Forward"));
    }

    #[test]
    fn field_shaped_lines_and_dashes_inside_an_article_stay() {
        // One field-shaped line is no header; a quoted "To:" line in the
        // middle of a text neither; "--" before a long ending is no
        // signature; a short text above a mark is not a note when the
        // text below is no longer.
        let text = format!(
            "{ARTICLE}\nDate: the talks resume on Monday.\n\nTo: all delegations, from the chair.\n\n\
             --\n{ARTICLE}"
        );
        assert!(removed(&text).is_empty(), "{:#?}", removed(&text));
        let text = "Short note here.\n\n-----Original Message-----\nA short reply.\n";
        assert_eq!(removed(text), ["-----Original Message-----"]);
        // A sender alone in mid-text, with a subject but no date: stays.
        let text = format!("{ARTICLE}\nFrom: the ministry\nSubject: the border\n\n{ARTICLE}");
        assert!(removed(&text).is_empty(), "{:#?}", removed(&text));
        // An interview's answer is no field ("A:"), nor a question.
        let text = format!("Q: Will the talks resume?\nA: Yes, on Monday.\n\n{ARTICLE}");
        assert!(removed(&text).is_empty(), "{:#?}", removed(&text));
    }

    #[test]
    fn outlooks_header_in_other_languages() {
        for header in [
            "Od:\tDział Komunikacji\nWysłano:\tśroda, 9 kwietnia 2025 07:58\nDo:\t#Wszyscy\nTemat:\tPrzegląd mediów\nWażność:\tWysoka",
            "Da: Ufficio stampa\nInviato: mercoledì 9 aprile 2025 07:58\nA: Redazione\nOggetto: Rassegna",
            "Van: Persdienst\nVerzonden: woensdag 9 april 2025 07:58\nAan: Redactie\nOnderwerp: Knipsels",
            "Kimden: Basın Birimi\nGönderildi: 9 Nisan 2025 Çarşamba 07:58\nKime: Herkes\nKonu: Basın özeti",
        ] {
            let text = format!("{header}\n\n{ARTICLE}");
            assert_eq!(removed(&text).len(), header.lines().count(), "{header}");
        }
    }

    #[test]
    fn a_header_in_a_language_no_list_names_is_told_by_its_shape() {
        // Outlook's "Save as Text" in Croatian and in Slovenian: names with
        // a tab after the colon, addresses and a sending time.
        for header in [
            "Šalje:\tMarko Horvat <marko.horvat@example.hr>\nPoslano:\t9. veljače 2028. 11:17\n\
             Prima:\tAna Kovačević <ana@example.hr>\nKopija:\tIvan Babić <ivan@example.hr>\n\
             Predmet:\tPlitvice - kvote od lipnja\nPrivici:\timage001.jpg",
            "Pošiljatelj:\turedništvo@example.si\nPoslano:\tsreda, 9. april 2025 07:58\n\
             Prejemnik:\tvsi@example.si\nZadeva:\tPregled medijev",
        ] {
            let text = format!("{header}\n\n{ARTICLE}");
            assert_eq!(removed(&text).len(), header.lines().count(), "{header}");
        }
        // Counter-examples: two such lines are no header; a fact box of
        // tab-set lines without an address stays; lines with a colon and
        // a space (an interview, a programme) stay.
        for top in [
            "Šalje:\tMarko Horvat <marko@example.hr>\nPoslano:\t9. veljače 2028. 11:17",
            "Stanovnika:\t4.200\nPovršina:\t296 km²\nOsnovano:\t1949.",
            "Ivan: Dobar dan.\nAna: Dobar dan, izvolite <ana@example.hr>.\nIvan: Hvala 11:17 2028.",
        ] {
            let text = format!("{top}\n\n{ARTICLE}");
            assert!(removed(&text).is_empty(), "{top}: {:#?}", removed(&text));
        }
    }

    #[test]
    fn a_reply_mark_and_a_newsletters_footer_are_the_mails() {
        // A mail program's line over a quoted newsletter, with the
        // forwarder's note above it.
        let text = format!(
            "From: Ana <ana@example.org>\nTo: Luka <luka@example.org>\nSubject: Fwd: Court ruling\n\n\
             Luka,\n\nthis one is for our file.\n\nA.\n\nOn 17.07.2024 08:03, Balkan Insight wrote:\n\
             > {ARTICLE}\n> You are receiving this email because you subscribed to the daily newsletter.\n\
             > Unsubscribe from this list | Update subscription preferences\n> Balkan Investigative Reporting Network\n"
        );
        let r = removed(&text);
        for l in [
            "Luka,",
            "A.",
            "On 17.07.2024 08:03, Balkan Insight wrote:",
            "> Unsubscribe from this list | Update subscription preferences",
            "> Balkan Investigative Reporting Network",
        ] {
            assert!(r.iter().any(|x| x == l), "{l}: {r:#?}");
        }
        assert!(r.iter().all(|l| !l.contains("talks in Geneva")), "{r:#?}");
        // Gmail's and a German client's forms.
        for t in [
            "On Wed, Jul 17, 2024 at 8:03 AM Balkan Insight <news@example.com> wrote:",
            "Am 17.07.2024 um 08:03 schrieb Redaktion <red@example.de>:",
        ] {
            assert!(reply_mark(t), "{t}");
        }
        // Counter-examples: an article's sentence opening a quotation names
        // no time or address; a long paragraph under a footer line is no
        // footer.
        for t in [
            "On Tuesday, the minister wrote:",
            "On the last page, she wrote:",
        ] {
            assert!(!reply_mark(t), "{t}");
        }
        let long = "The council will meet again in the autumn to decide on the next steps, and the mayor said that every district would be consulted before any decision on the budget was taken by the assembly.";
        let text = format!("{ARTICLE}\nUnsubscribe from the scheme, officials urged.\n\n{long}\n");
        assert!(removed(&text).is_empty(), "{:#?}", removed(&text));
    }

    #[test]
    fn a_footer_after_the_senders_name_and_the_pitch_over_it_go() {
        for (pitch, footer) in [
            (
                "The Ledger is a reader-funded newsroom covering city hall. Become a member to support our work.",
                "The Ledger © 2028 – Unsubscribe",
            ),
            (
                "Das Stadtblatt ist unabhängig. Unterstützen Sie unsere Arbeit mit einem Abo.",
                "© 2028 Stadtblatt | Newsletter abbestellen",
            ),
        ] {
            let text = format!(
                "From: Ledger <news@example.org>\nSubject: x\n\n{ARTICLE}\n{pitch}\n\n{footer}\n\nManage your email preferences\n"
            );
            let r = removed(&text);
            for l in [pitch, footer, "Manage your email preferences"] {
                assert!(r.iter().any(|x| x == l), "{l}: {r:#?}");
            }
            assert!(r.iter().all(|l| !l.contains("Geneva")), "{r:#?}");
        }
        // Counter-examples: a quoted plea over the footer stays; words
        // naming a footer's inside a sentence are none.
        let quoted = "“Become a member to support our work,” the director told the board.";
        let text = format!("{ARTICLE}\n{quoted}\n\nThe Ledger © 2028 – Unsubscribe\n");
        assert!(!removed(&text).iter().any(|l| l == quoted));
        let text = format!(
            "{ARTICLE}\nMembers voted – unsubscribe rates fell, the club said.\n\nThe talks will go on.\n"
        );
        assert!(removed(&text).is_empty(), "{:#?}", removed(&text));
    }

    #[test]
    fn newsletter_lines_are_told_by_their_words() {
        for t in [
            "View this email in your browser",
            "View this post on the web at https://example.substack.com/p/power-price",
            "Having trouble viewing this email? View it online",
            "You received this email because you signed up for newsletters from the Kyiv Independent.",
            "Unsubscribe ( https://example.com/u?id=1 ) | Manage preferences",
            "Update your email preferences",
            "Was this email forwarded to you? Sign up here.",
            "Read on our website ( https://example.com/story/ )",
            "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.",
            "Vous recevez cet e-mail car vous êtes abonné.",
            "Вы получили это письмо, потому что подписались на рассылку.",
            "Sent from my iPhone",
            "Sendt fra min iPhone",
            "Von meinem iPhone gesendet",
            "Envoyé de mon iPad",
            "Enviado desde mi Samsung Galaxy",
            "Delt fra Aftenposten-appen",
            "Shared from the Guardian app",
            "Compartido desde la app de Página|12",
            "Partagé depuis l'application du Monde",
            "Jaettu Yle Uutiset -sovelluksesta",
            // Ukrainian, Turkish, Azerbaijani, Portuguese, Polish, Dutch.
            "Ви отримали цей лист, бо підписалися на розсилку.",
            "Bu e-postayı bültenimize abone olduğunuz için aldınız.",
            "E-posta düzgün görüntülenmiyor mu? Tarayıcıda görüntüle",
            "Məktub düzgün görünmür? Brauzerdə aç",
            "Bu məktubu oxu.az saytında abunə olduğunuz üçün alırsınız.",
            "Abunəlikdən çıx | Tənzimləmələr",
            "Você está recebendo este e-mail porque se cadastrou.",
            "Recebeu esta newsletter porque se registou em expresso.pt. Gerir newsletters | Cancelar subscrição",
            "Visualizar no navegador",
            "Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter.",
            "Zobacz w przeglądarce",
            "Je ontvangt deze e-mail omdat je je hebt aangemeld.",
            "Bekijk deze e-mail in je browser",
            "Afmelden | Voorkeuren",
        ] {
            assert!(mail_footer(t), "{t}");
        }
        for t in [
            "Read online reviews before booking, the agency advised.",
            "Manage Subscription",
            "You can view the report online, the ministry said.",
            "The email was sent to all staff on Monday.",
            "Sent from the front line, the letters describe the cold.",
            "Von Anna Schmidt",
            "Shared from a friend, the photo went viral across the app stores.",
            "Compartido desde la app de mensajería de un vecino, el video se viralizó en pocas horas.",
            "Afmelden voor de wedstrijd kan tot vrijdag, zei de bond.",
            "Bu e-posta skandalı hükümeti sarstı.",
            "Abonelikten çıkanların sayısı geçen yıl arttı.",
            "Zobacz także: rząd przyjął budżet.",
        ] {
            assert!(!mail_footer(t), "{t}");
        }
    }

    #[test]
    fn a_mails_confidentiality_notice_is_told_by_what_it_says() {
        for t in [
            "This message is confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Harbourline Capital LLP is authorised and regulated by the Financial Conduct Authority.",
            "This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately.",
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Empfänger sind, informieren Sie bitte sofort den Absender.",
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.",
        ] {
            assert!(confidentiality_notice(t), "{t}");
        }
        for t in [
            "This message is confidential, the minister told reporters, and she would not say who sent it.",
            "The recipient of the confidential memo said it arrived by mistake.",
            "This report was leaked to the addressee's rivals.",
        ] {
            assert!(!confidentiality_notice(t), "{t}");
        }
    }

    #[test]
    fn the_subject_and_date_of_the_innermost_header_are_read() {
        let fields = [
            "From: Anna Keller <anna@example.org>",
            "Sent: Tuesday, November 19, 2019 9:45 AM",
            "Subject: FW: Talks end",
            "From: Newsletter <news@example.com>",
            "Date: Mon, 18 Nov 2019 22:10:03 +0000",
            "Subject: Talks in Geneva end without a deal",
        ];
        let (subject, date) = subject_and_date(&fields);
        assert_eq!(
            subject.as_deref(),
            Some("Talks in Geneva end without a deal")
        );
        assert_eq!(date, chrono::NaiveDate::from_ymd_opt(2019, 11, 18));
        // Counter-examples: a date that reads either way, an empty subject,
        // lines that are no fields.
        let fields = ["Date: 03/04/2024, 07:02", "Subject:", "Talks: none"];
        assert_eq!(subject_and_date(&fields), (None, None));
        let fields = [
            "Betreff: Wärmepumpen-Absatz bricht ein",
            "Datum: 19.03.2024",
        ];
        let (subject, date) = subject_and_date(&fields);
        assert_eq!(subject.as_deref(), Some("Wärmepumpen-Absatz bricht ein"));
        assert_eq!(date, chrono::NaiveDate::from_ymd_opt(2024, 3, 19));
    }

    #[test]
    fn a_chat_apps_headers_and_forward_marks() {
        for line in [
            "Фонтанка SPB Online, [05.03.2024 14:37]",
            "Olga M, [16.05.2024 9:03 AM]",
            "[Переслано от Денис Кравец]",
            "[Forwarded from Kommersant]",
        ] {
            assert!(chat_line(line), "{line}");
        }
        for line in [
            "[Photo: Reuters]",
            "The council met on Tuesday, [05.03.2024] the minutes say.",
            "[1] https://example.com",
        ] {
            assert!(!chat_line(line), "{line}");
        }
        assert_eq!(
            subject_and_date(&[
                "Фонтанка SPB Online, [05.03.2024 14:37]",
                "[Forwarded from X]"
            ])
            .1,
            chrono::NaiveDate::from_ymd_opt(2024, 3, 5)
        );
    }
}
