//! Cut-off texts: a source that stops mid-sentence or mid-word, or whose
//! last words are a paywall's "continue reading", is marked so that a
//! briefing never shows it as if it were complete.

use std::sync::LazyLock;

use regex::Regex;

use super::needles::Needles;

use super::Document;
use super::rules::{Reason, at_most_words, ends_sentence};

/// What a paywall or a teaser puts where an article is cut: "Subscribe to
/// continue reading", "Read the full story", "This article is for
/// subscribers only", "Already a subscriber? Log in", and the same in other
/// languages ("Dit artikel is exclusief voor abonnees", "Cet article est
/// réservé aux abonnés", "Il vous reste 62 % de cet article à lire",
/// "Dieser Artikel ist nur für Abonnenten", "Ya eres suscriptor?").
static PAYWALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:(?:subscribe|sign in|log in|register)(?-u:\b).{0,30}(?-u:\b)(?:to (?:continue|keep) reading|to read (?:more|the (?:full|rest|whole)))|continue reading|read the (?:full|rest of the|whole) (?:article|story)|(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)|subscribers only|premium (?:article|content)|already (?:a )?(?:subscriber|member|subscribed)|while we verify (?:your )?access|(?:log|sign) ?in(?:to)? (?:to )?your \S+(?: \S+)? account,? or subscribe)(?-u:\b)",
        // Dutch, French, German, Spanish, Italian, Portuguese, Nordic,
        // Polish, Russian, Turkish: phrases that start a word and may end
        // inside one ("Abonnent" in "Abonnenten").
        r"|(?:^|[\s¿¡(\[])(?:voor abonnees|lees verder met|al abonnee|réservée? aux abonné|il vous reste \d+ ?% de cet article|déjà abonné|(?:nur|exklusiv) für abonnent|um (?:diesen (?:artikel|beitrag) )?weiterzulesen, benötigen sie|(?:bereits|schon) abonnent|jetzt weiterlesen|para (?:suscriptores|abonados)|(?:ya eres|ya soy) suscriptor|para (?:seguir|continuar) leyendo|riservat[oa] agli abbonati|già abbonato|per continuare a leggere|para assinantes|já é assinante|continuar a ler|för prenumeranter|redan prenumerant|kun for abonnenter|allerede abonnent|dla (?:prenumeratorów|subskrybentów)|только (?:для )?подписчик|доступ\w* (?:только )?подписчикам|уже подписаны|дальше платно|(?:читать )?(?:дальше|далее) (?:по подписке|платно)|abonelere özel|zaten abone|devamı için tıkla|haberin devamı|continua a leggere|continue lendo",
        // Czech, Slovak, Hungarian, Croatian and Serbian, Romanian, Greek.
        r"|pro předplatitele|chcete číst dál|pre predplatiteľov|chcete čítať ďalej|előfizetők(?:nek|számára)|za pretplatnike|pentru abona[țţ]i|για συνδρομητές",
        // The free part ends: "You've reached the end of the free preview",
        // "Sie haben das Ende des kostenlosen Teils erreicht. Lesen Sie
        // jetzt weiter mit …", "La suite est réservée …".
        r"|(?:you(?:'ve|’ve| have) )?reached (?:the end of (?:the|this|your) free (?:preview|part|articles?|content|reading)|your (?:free )?(?:article|monthly) limit)|ende des kostenlosen (?:teils|artikels|textes)|lesen sie jetzt weiter mit|la suite (?:de cet article )?est réservée|has (?:alcanzado|llegado al) (?:el )?límite de)",
    ))
    .expect("regex")
});

/// A paywall offer's own short lines: "Har du allerede VG+? Logg inn",
/// "Already have a Digital Plus account? Sign in", "Get unlimited access
/// to …", "Få tilgang til alt innholdet på VG+", "This article is part of
/// VG+" (a product with a plus or premium; not "part of a series").
static OFFER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:har du (?:allerede|redan)|heb je al|already have)\s.{0,25}\?\s*(?:logg inn|logga in|log ind|log in|sign in|inloggen|meld je aan)",
        r"|^\s*(?:(?:get|gain|unlock) (?:full|unlimited) access|få (?:full )?(?:tilgang|tillgång|adgang) til (?:alt|allt|hele|alle))",
        r"|(?:article|artikkel(?:en)?|artikel(?:n|en)?|artículo|articolo|artigo|beitrag)\s.{0,20}(?:part of|del av|del af|teil von|fait partie d\S*|parte de|parte di|onderdeel van)\s+\S*(?:\s\S*)?(?:\+|plus|premium)\s*\.?$",
    ))
    .expect("regex")
});

/// Whether `t` is a paywall offer's short line ([`OFFER`]); told first by
/// its shape: a question, a plus, or an opening word of the offer.
fn offer(t: &str) -> bool {
    let b = t.trim().as_bytes();
    if b.len() > 160 || b.len() < 8 {
        return false;
    }
    let opens = |w: &[u8]| b.len() >= w.len() && b[..w.len()].eq_ignore_ascii_case(w);
    let end = t.trim().trim_end_matches('.').trim_end().as_bytes();
    let ends =
        |w: &[u8]| end.len() >= w.len() && end[end.len() - w.len()..].eq_ignore_ascii_case(w);
    let cue = memchr::memchr2(b'?', b'+', b).is_some()
        || [&b"get "[..], b"gain ", b"unlock ", "få ".as_bytes()]
            .iter()
            .any(|w| opens(w))
        || ends(b"plus")
        || ends(b"premium");
    cue && OFFER.is_match(t)
}

/// Why `doc` is cut off, or `None` when it reads as complete.
pub(crate) fn cut_off(doc: &Document) -> Option<&'static str> {
    let last = doc.paragraphs.iter().rev().find(|p| !p.heading)?;
    let end = last.lines[1];
    // Not a note under readers' comments or in a box of other stories
    // ("Comentar las notas es exclusivo para suscriptores").
    let comments = doc
        .removed
        .iter()
        .filter(|r| r.lines[0] >= end && r.reason == Reason::Comments)
        .map(|r| r.lines[0])
        .min()
        .unwrap_or(usize::MAX);
    let paywall = doc
        .removed
        .iter()
        .filter(|r| r.lines[0] >= end && r.lines[0] < comments && r.reason != Reason::Related)
        .any(|r| paywall(&r.text))
        || paywall(&last.text);
    if paywall {
        return Some("a paywall or teaser note follows the text");
    }
    // A printed page's "Continued on page 8" under the text: the rest is
    // on a page the source does not hold.
    if doc
        .removed
        .iter()
        .any(|r| r.lines[0] > end && r.lines[0] < comments && r.reason == Reason::Jump)
    {
        return Some("the text goes on on another page");
    }
    if doc
        .removed
        .iter()
        .any(|r| r.reason == Reason::Trailer && EXCERPT_MARKS.contains(&r.text.as_str()))
    {
        return Some("the text ends with an excerpt's mark");
    }
    let t = without_closing_hashtags(last.text.trim_end());
    let ellipsis = (t.ends_with("...") && !t.ends_with("....")) || t.ends_with('…');
    if ellipsis || t.ends_with("[…]") || t.ends_with("[...]") {
        return Some("the text ends with an ellipsis");
    }
    if t.strip_suffix(super::hyphens::HYPHENS)
        .is_some_and(|h| h.ends_with(char::is_alphabetic))
    {
        return Some("the text stops in the middle of a word");
    }
    let closed = ends_sentence(t)
        || t.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»'])
            .ends_with(['?', '!'])
        || t.ends_with(['"', '”', '»']);
    if closed || !t.ends_with(char::is_alphabetic) {
        return None;
    }
    // A sentence cut off: it ends on a word that cannot end one ("the",
    // "of", "and"), or a paragraph written in sentences (at least two
    // lower-case words of four letters or more: not a title, a credit or a
    // signature) runs out without a sentence end, in a document whose
    // other paragraphs end theirs.
    let words: Vec<&str> = t.split_whitespace().collect();
    let last_word = words.last().copied().unwrap_or("").to_lowercase();
    let dangling = CONTINUING.contains(&last_word.as_str()) && words.len() >= 4;
    let lower_words = words
        .iter()
        .filter(|w| w.chars().count() >= 4 && w.starts_with(char::is_lowercase))
        .count();
    let agency_code = words
        .last()
        .is_some_and(|w| w.chars().count() <= 5 && w.chars().all(|c| c.is_ascii_uppercase()));
    let others_end = doc
        .passages()
        .filter(|(_, p)| p.lines != last.lines)
        .all(|(_, p)| ends_sentence(&p.text) || p.text.trim_end().ends_with(['?', '!', '"', '”']));
    // A web address ends a sentence without a stop ("… at example.org/give").
    let address = words
        .last()
        .is_some_and(|w| w.contains(['/', '@']) || w.contains(".org") || w.contains(".com"));
    let prose = words.len() >= 5 && lower_words >= 2 && !agency_code && others_end && !address;
    (dangling || prose).then_some("the text stops in the middle of a sentence")
}

/// `t` without the hashtags that close it after its last sentence ("… por
/// la edición. #agua #CDMX"): a post's topics, not a sentence cut short.
/// Hashtags after words that end no sentence stay ("… rallied with
/// #MeToo").
fn without_closing_hashtags(t: &str) -> &str {
    let mut head = t;
    while let Some(k) = head.rfind(char::is_whitespace) {
        let word = &head[k + 1..];
        if word.len() < 2 || !word.starts_with('#') {
            break;
        }
        head = head[..k].trim_end();
    }
    let closed = ends_sentence(head) || head.ends_with(['?', '!']);
    if head.len() < t.len() && closed {
        head
    } else {
        t
    }
}

/// A paywall's note as the text's last paragraph, longer than the short
/// notes the line rules remove ("Thank you for your patience while we
/// verify access. If you are in Reader mode please exit and log into your
/// Times account, or subscribe for all of The Times."): removed as a call
/// to subscribe, at most 60 words and with a paragraph above it. The text
/// is then read as cut off (see [`cut_off`]).
pub(crate) fn take_paywall_note(doc: &mut Document) {
    let Some(at) = doc.paragraphs.iter().rposition(|p| !p.heading) else {
        return;
    };
    let p = &doc.paragraphs[at];
    if at == 0 || !at_most_words(&p.text, 60) || !paywall(&p.text) {
        return;
    }
    let p = doc.paragraphs.remove(at);
    doc.removed.push(super::Removed {
        text: p.text,
        reason: Reason::Promotion,
        lines: p.lines,
    });
}

/// The mark a feed or a blog's excerpt closes its cut text with (" […]",
/// " [...]", WordPress's "[&hellip;]"), after the last paragraph's last
/// word: taken off the paragraph and recorded as a trailer; the text is
/// then read as cut off (see [`cut_off`]). A bracketed ellipsis inside a
/// quotation, with text after it, stays.
pub(crate) fn take_excerpt_mark(doc: &mut Document) {
    let Some(p) = doc.paragraphs.iter_mut().rev().find(|p| !p.heading) else {
        return;
    };
    let t = p.text.trim_end();
    let Some(head) = EXCERPT_MARKS.iter().find_map(|m| t.strip_suffix(m)) else {
        return;
    };
    let head = head.trim_end();
    if !super::rules::at_least_words(head, 3) {
        return;
    }
    let at = head.len();
    super::credits::take_tail(doc, at);
}

/// The marks of [`take_excerpt_mark`].
const EXCERPT_MARKS: [&str; 3] = ["[…]", "[...]", "[ … ]"];

/// Words that do not end an English sentence.
const CONTINUING: [&str; 24] = [
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "that",
    "which", "who", "by", "from", "as", "is", "are", "was", "were", "its",
];

/// A paywall's count of what the reader has not seen, as a share of the
/// article: "Pozostało 64% artykułu", "64% of this article remains",
/// "Noch 64 % des Artikels übrig", "Te queda el 64% del artículo",
/// "Осталось 64% статьи". A short line with a percentage, a word for the
/// article or its text and a word for what is left; a sentence that
/// gives a share of anything else ("64% of voters remain undecided") is
/// text.
fn share_left(t: &str) -> bool {
    /// Words for an article or its text, as they begin.
    static ARTICLE: LazyLock<Needles> = LazyLock::new(|| {
        Needles::new(&[
            "article", "artyku", "artikel", "artícul", "articol", "artigo", "artikkel", "straips",
            "raksta", "statt", "стат", "text", "tekst", "cikk", "článk", "makale", "haber",
        ])
    });
    /// Words for what is left to read, as they begin.
    static LEFT: LazyLock<Needles> = LazyLock::new(|| {
        Needles::new(&[
            "pozosta",
            "zosta",
            "reste",
            "remain",
            "left",
            "noch ",
            "übrig",
            "queda",
            "resta",
            "återstår",
            "igjen",
            "tilbage",
            "jäljellä",
            "liko",
            "atlik",
            "остал",
            "залиш",
            "kaldı",
            "rămas",
            "zbýv",
            "preostal",
        ])
    });
    let b = t.trim().as_bytes();
    if b.len() > 120 || memchr::memchr(b'%', b).is_none() || !at_most_words(t, 12) {
        return false;
    }
    let percent = t
        .char_indices()
        .any(|(i, c)| c == '%' && t[..i].trim_end().ends_with(|d: char| d.is_ascii_digit()));
    percent && ARTICLE.in_text(t) && LEFT.in_text(t)
}

/// Whether a line is a paywall's note (it is removed as a call to
/// subscribe, and it marks the text as cut off).
pub(crate) fn paywall(t: &str) -> bool {
    /// A word every match of [`PAYWALL`] holds.
    static WORDS: LazyLock<Needles> = LazyLock::new(|| {
        Needles::new(&[
            "read",
            "subscri",
            "member",
            "premium",
            "abonn",
            "abone",
            "devam",
            "continua a",
            "continue lendo",
            "lees verder",
            "vous reste",
            "weiterlesen",
            "weiterzulesen",
            "suscriptor",
            "abonad",
            "leyendo",
            "abbonat",
            "continuare a leggere",
            "assinante",
            "continuar a ler",
            "prenumerant",
            "prenumerator",
            "subskrybent",
            "подписчик",
            "подписан",
            "verify",
            "платн",
            "подписке",
            "reached",
            "kostenlos",
            "lesen sie jetzt",
            "réservée",
            "límite",
            "předplatitel",
            "číst dál",
            "predplatiteľ",
            "čítať ďalej",
            "előfizető",
            "pretplatnik",
            "abona",
            "συνδρομητ",
        ])
    });
    (WORDS.in_text(t) && PAYWALL.is_match(t)) || offer(t) || share_left(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Context, ingest_bytes};
    use std::path::Path;

    fn doc(text: &str) -> Document {
        ingest_bytes(
            text.as_bytes(),
            Path::new("a.txt"),
            &Context::default(),
            None,
        )
        .unwrap()
    }

    #[test]
    fn texts_that_stop_mid_sentence_or_mid_word_are_cut_off() {
        for text in [
            "The talks ended on Friday.\n\nBoth sides blamed each other for the lack of progress and said that\n",
            "The talks ended on Friday. Both sides blamed each other for the lack of progress, and the minister said the next round would\n",
            "The talks ended on Friday.\n\nFormer Armenian lawmaker Arman Abovyan told The Mo\n",
            "The talks ended on Friday.\n\nBoth sides blamed each other for the lack of pro-\n",
            "The talks ended on Friday.\n\nBoth sides blamed each other for the lack of progress...\n",
            "The talks ended on Friday.\n\nBoth sides blamed each other.\n\nSubscribe to continue reading\n",
            // Hashtags after a sentence cut short; a paragraph cut after
            // its first word.
            "The talks ended on Friday.\n\nBoth sides blamed each other for the lack of #progress #talks\n",
            "The talks ended on Friday.\n\nAll...\n",
            // A typesetter's hyphen; a printed page's pointer to the rest.
            "The talks ended on Friday.\n\nBoth sides blamed each other for the lack of pro\u{2010}\n",
            "The talks ended on Friday.\n\nBoth sides blamed each other.\n\nContinued on Page A12\n",
            "La réunion a eu lieu lundi.\n\nLes élus ont voté la hausse.\nLire la suite en page 8\n",
            // A feed's link to the rest.
            "Toplantı pazartesi yapıldı.\n\nMeclis zammı onayladı.\n\nDevamı için tıklayınız\n",
        ] {
            assert!(cut_off(&doc(text)).is_some(), "{text}");
        }
        // A last sentence that ends on a web address, without a stop.
        for text in [
            "The talks ended on Friday.\n\nYou can support our newsroom with a gift at example.org/give\n",
            "Die Gespräche endeten am Freitag.\n\nSchreiben Sie uns Ihre Meinung an leserbriefe@example.de\n",
            "Discuțiile s-au încheiat vineri.\n\nPuteți susține redacția noastră cu o donație pe example.md/doneaza\n",
        ] {
            assert_eq!(cut_off(&doc(text)), None, "{text}");
        }
        // The pointer of a text that came from another page, over it.
        let d = doc(
            "Continued from page 1\n\nThe talks ended on Friday.\n\nBoth sides blamed each other.\n",
        );
        assert_eq!(cut_off(&d), None);
        assert!(d.removed.iter().any(|r| r.reason == Reason::Jump));
    }

    #[test]
    fn an_excerpts_mark_is_taken_off_and_marks_the_cut() {
        for mark in ["[…]", "[...]"] {
            let d = doc(&format!(
                "The talks ended on Friday.\n\nBoth sides blamed each other for the lack of progress {mark}\n"
            ));
            let last = &d.paragraphs.last().unwrap().text;
            assert!(last.ends_with("lack of progress"), "{last}");
            assert!(d.removed.iter().any(|r| r.text == mark), "{:?}", d.removed);
            assert!(cut_off(&d).is_some());
        }
        // Counter-examples: an elision inside a quotation, and a mark
        // that is all the paragraph has.
        let text = "The talks ended on Friday.\n\n\"We will […] be back,\" the minister said.\n";
        assert_eq!(
            doc(text).paragraphs.last().unwrap().text,
            "\"We will […] be back,\" the minister said."
        );
        let d = doc("The talks ended on Friday.\n\nMore [...]\n");
        assert!(d.paragraphs.last().unwrap().text.ends_with("[...]"));
    }

    #[test]
    fn complete_texts_are_not_cut_off() {
        for text in [
            "The talks ended on Friday.\n\nBoth sides blamed each other.\n",
            "The talks ended on Friday.\n\n\"We will be back,\" the minister said.\n",
            "The talks ended on Friday.\n\nWhat comes next?\n",
            // A short last line (a credit, a heading) is no evidence of a cut.
            "The talks ended on Friday.\n\nMore talks are planned.\n\nAdditional reporting by Anna Petrova\n",
            "The talks ended on Friday, officials said (AP).\n",
            "The talks ended on Friday.\n\n2019 Audi e-tron Review: Grading on a Curve\n",
            "The talks ended on Friday.\n\nThe suspect entered the country illegally. PTI\n",
            "The talks ended on Friday.\n\n— Rep. Ilhan Omar (@Ilhan) November 19, 2019\n",
            "The talks ended on Friday.\n\nHe was suspended for the rest of the season and may receive further discipline....\n",
            // A post's hashtags after its last sentence.
            "The talks ended on Friday.\n\nThanks to the desk for the edit. #water #CDMX #budget\n",
        ] {
            assert_eq!(cut_off(&doc(text)), None, "{text}");
        }
    }

    #[test]
    fn a_long_paywall_note_closing_the_text_goes_and_marks_it_cut() {
        let d = doc(
            "The talks ended on Friday without an agreement on the border.\n\n\
             Both sides blamed each other, and the minister said the next round would\n\
             Thank you for your patience while we verify access. If you are in Reader mode please exit and log into your Times account, or subscribe for all of The Times.\n",
        );
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[1].ends_with("would"), "{texts:?}");
        assert!(d.truncated);
        // A note on who may comment, under the comments' heading, is no
        // paywall's.
        let d = doc(
            "The talks ended on Friday without an agreement on the border.\n\n\
             Both sides blamed each other for the lack of progress, officials said.\n\n\
             Comentarios\n\nComentar las notas de Clarín es exclusivo para suscriptores.\n",
        );
        assert!(!d.truncated, "{:?}", d.removed);
        // Counter-example: a paragraph about subscribers that is no note.
        let d = doc("The talks ended on Friday.\n\n\
             Readers continued to subscribe in record numbers, the publisher said on Monday.\n");
        assert_eq!(d.paragraphs.len(), 2);
    }

    #[test]
    fn a_count_of_the_article_left_to_read_is_a_paywall_note() {
        for note in [
            "Pozostało 64% artykułu",
            "64% of this article remains",
            "Noch 58 % des Artikels übrig",
            "Te queda el 70% del artículo",
            "Осталось 64% статьи",
            "Liko 40 % straipsnio",
        ] {
            assert!(paywall(note), "{note}");
        }
        // Counter-examples: shares of other things, an article without a
        // share, a long sentence.
        for text in [
            "64% of voters remain undecided.",
            "Pozostało 64% ankietowanych bez zdania.",
            "The article remains online.",
            "In the end 64% of the article's readers said the text left them with questions about \
             the port, the cables, the court and the ship.",
        ] {
            assert!(!paywall(text), "{text}");
        }
    }

    #[test]
    fn paywall_notes_are_a_family() {
        for t in [
            "Subscribe to continue reading",
            "Sign in to read the full article",
            "Continue reading",
            "This article is for subscribers only.",
            "Already a subscriber? Log in",
            "Dit artikel is exclusief voor abonnees",
            "Lees verder met een abonnement op De Standaard",
            "Ben je al abonnee? Meld je aan",
            "Cet article est réservé aux abonnés.",
            "Il vous reste 62 % de cet article à lire.",
            "Dieser Artikel ist nur für Abonnenten verfügbar.",
            "Sie sind bereits Abonnent? Hier anmelden",
            "Este contenido es exclusivo para suscriptores",
            "Articolo riservato agli abbonati",
            "Conteúdo exclusivo para assinantes",
            "Artikeln är endast för prenumeranter",
            "Treść dostępna tylko dla prenumeratorów",
            "Материал доступен только подписчикам",
            "Bu içerik abonelere özeldir",
            "Thank you for your patience while we verify access. If you are in Reader mode please exit and log into your Times account, or subscribe for all of The Times.",
            "Log in to your Globe account or subscribe to keep going.",
            "[дальше платно]",
            "Читать далее по подписке",
            "Sie haben das Ende des kostenlosen Teils erreicht. Lesen Sie jetzt weiter mit Tagesspiegel Plus – unabhängiger Journalismus aus Berlin.",
            "Um diesen Artikel weiterzulesen, benötigen Sie WELTplus.",
            "You've reached the end of the free preview.",
            "You have reached your free article limit for this month.",
            "La suite de cet article est réservée aux abonnés.",
            "Has alcanzado el límite de noticias gratuitas.",
            "Har du allerede VG+? Logg inn",
            "Har du redan SvD Premium? Logga in",
            "Already have a Digital Plus account? Sign in",
            "Få tilgang til alt innholdet på VG+, og les videre nå.",
            "Get unlimited access to every story for $1 a week.",
            "Denne artikkelen er en del av VG+",
            "This article is part of Times Premium.",
            "Dieser Beitrag ist Teil von SZ Plus",
            "Tento text je jen pro předplatitele.",
            "Chcete číst dál? Kupte si předplatné.",
            "Článok je dostupný len pre predplatiteľov.",
            "Cikkünk csak előfizetőknek érhető el.",
            "Sadržaj je dostupan samo za pretplatnike.",
            "Articol disponibil doar pentru abonați.",
            "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.",
        ] {
            assert!(paywall(t), "{t}");
        }
        for t in [
            "Readers continued to subscribe in record numbers.",
            "The talks reached the end of the free-trade road, officials said.",
            "Der Eintritt ins Museum ist ab Sonntag kostenlos.",
            "Le ministre a réservée sa réponse.",
            "The full story of the talks is not yet known.",
            "De abonnees van de krant kregen een brief.",
            "Les abonnés du réseau ont protesté lundi.",
            "Die Zahl der Abonnenten stieg im Jahr 2023.",
            "Los suscriptores de la plataforma crecieron un 4 %.",
            "Officials said they would verify access to the site on Monday.",
            "Платные парковки в центре города подорожают с марта.",
            "Um weiterzulesen, brauchte er eine Brille, sagte der Zeuge.",
            "This article is part of a series on water.",
            "Denne artikkelen er en del av en serie om helse.",
            "The ministry will get full access to the data in March, she said.",
            "Har du allerede søkt om plass? Fristen er 1. mai.",
            "Already have a plan? Many households do not.",
            "Počet předplatitelů novin loni vzrostl o pět procent.",
            "Chcete-li číst noviny, zajděte do knihovny.",
            "Az előfizetők száma tavaly nőtt.",
            "Οι συνδρομητές της εταιρείας αυξήθηκαν πέρυσι.",
        ] {
            assert!(!paywall(t), "{t}");
        }
    }
}
