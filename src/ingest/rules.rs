//! Line rules: what in a copied article is not the article (navigation,
//! captions, credits, alt text, related links, trailers …), and Markdown
//! syntax to strip. Each rule is small and has counter-examples in tests.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::needles::{Needles, ascii_lower_word, lower_word};

/// Why a line (or part of one) was removed; shown by `juxta inspect` and
/// written to its JSON as the text of [`Reason::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// "Skip to content", menus.
    Navigation,
    /// "Share this:", "Tweet".
    Share,
    /// "Related article: …".
    Related,
    /// A URL that belongs to a related-article link.
    RelatedLink,
    /// A URL printed inside a sentence (a page's link, not the article's address).
    LinkInText,
    /// Any other URL line that is not the article's own address.
    Link,
    /// A photo caption (with its credit).
    Caption,
    /// "Image: picture-alliance/AP Photo".
    Credit,
    /// Image alt text (e.g. DW's German descriptions).
    AltText,
    /// "AFP contributed reporting.", "cw/jm (AP, Reuters)", or the note on
    /// the fund that paid for the reporting under it.
    Trailer,
    /// "This article was first published by …".
    Republication,
    /// "Page 3 of 7".
    PageNumber,
    /// A line repeated on every page.
    Running,
    /// A section label above the headline ("Development magazine explains").
    Kicker,
    /// "* * *", "---".
    Separator,
    /// A Markdown image.
    Image,
    /// "© 2023 DW. All rights reserved.", "Sign up for our newsletter …".
    Footer,
    /// `[1]: https://…` under a Markdown text.
    LinkDefinition,
    /// `~~struck~~` Markdown text: deleted by its author.
    Struck,
    /// HTML: text of the page that is not in the extracted article.
    NotInText,
    /// HTML: a block the extractor judged not part of the article.
    Outside,
    /// HTML: a date or byline above the article.
    Dateline,
    /// A list of tags or topics (an HTML tag list, or a labelled row of them).
    Tags,
    /// HTML: readers' comments.
    Comments,
    /// A call to subscribe, follow, share or donate.
    Promotion,
    /// An audio player's or read-aloud voice's note.
    Audio,
    /// A cookie notice.
    Cookies,
    /// A field a news database adds ("Length: 842 words", "End of Document").
    DatabaseField,
    /// An e-mail's header fields, forward marks, the forwarder's note or
    /// the signature, around an article sent by e-mail.
    Email,
    /// "3 min read", "Updated 2 hours ago": a reading time or a date
    /// relative to when the page was seen.
    Stamp,
    /// Words of the article set apart again in large type, with the
    /// speaker's name under them.
    PullQuote,
    /// A box of the story's main points over it ("In short:", "Key
    /// points").
    Summary,
    /// A drop cap's letter on a line of its own, put back on the word
    /// under it.
    DropCap,
    /// A table's rows, their cells set apart by tabs, and its title.
    Table,
    /// The writer's first name alone under the last paragraph, as a
    /// letter or newsletter signs off.
    SignOff,
    /// A note a reader put into the text they kept: in brackets, signed
    /// with their initials ("[SdV: consistent with our own number.]"), a
    /// line citing where the text came from, or a reviewer's comment a
    /// document program exported with its mark ("[a]Check this.").
    ReaderNote,
    /// A chat's other messages, and the time and sender opening the
    /// message that carries the article (a messenger's export).
    Chat,
    /// A Markdown footnote's text (`[^1]: …`), a note on the text rather
    /// than the text (its mark in the text goes too).
    Footnote,
    /// Markup that is no text: Pandoc's attributes (`{.underline}`,
    /// `{width="6in"}`).
    Markup,
    /// A box, caption or note a printed page set into a sentence of the
    /// text, which runs on after it.
    SetIn,
    /// The next article on a printed page, under the copyright line that
    /// closes this one.
    NextArticle,
    /// A reading program's record of a reader's highlight: the work's
    /// title, the place and time of the highlight, its citation.
    Clipping,
    /// A highlight a reader made in another work, exported with this
    /// one's.
    OtherWork,
    /// A highlight the reader made again, longer: the longer one is kept.
    Repeated,
    /// The headline set again under the header (a feed reader's entry over
    /// the page it shows, which prints its headline again).
    Headline,
    /// A printed page's pointer to the rest of the article on another page
    /// ("Lire la suite en page 8", "Continued on Page A12").
    Jump,
    /// The numbers of a text saved with its lines numbered (`cat -n`, an
    /// editor's number column).
    LineNumbers,
    /// Another record of a web capture (a WARC or HAR file): a request,
    /// another page, a stylesheet, a script, an image, the capture's own
    /// record; and the header of the record the article is read from.
    Capture,
    /// A subtitle file's header, notes, styles and regions (WebVTT's
    /// "WEBVTT", "Kind:", "NOTE").
    Captions,
    /// Text shown on screen over a broadcast report, not said: the
    /// channel's name, the day, the name under a speaker.
    OnScreen,
    /// A caption's description of a sound ("[Music]", "(applause)").
    Sound,
    /// A speaker's label (and its time) in captions or a transcript.
    Speaker,
    /// Caption text a roll-up cue repeats from the cue before.
    RollUp,
    /// A transcription service's note on its transcript ("Transcribed by
    /// https://otter.ai").
    Transcriber,
}

impl Reason {
    /// The words shown for this reason (as serialized).
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::Share => "share widget",
            Reason::Related => "related article",
            Reason::RelatedLink => "related-article link",
            Reason::LinkInText => "link printed inside the text",
            Reason::Link => "link",
            Reason::Caption => "photo caption",
            Reason::Credit => "image credit",
            Reason::AltText => "image alt text",
            Reason::Trailer => "agency trailer",
            Reason::Republication => "republication note",
            Reason::PageNumber => "page number",
            Reason::Running => "running header or footer",
            Reason::Kicker => "section label above the headline",
            Reason::Separator => "separator",
            Reason::Image => "image",
            Reason::Footer => "copyright or newsletter footer",
            Reason::LinkDefinition => "link reference definition",
            Reason::Struck => "struck-through text",
            Reason::NotInText => "not in the extracted text (share button, byline or similar)",
            Reason::Outside => "outside the article (the extractor judged it not part of it)",
            Reason::Dateline => "date or byline above the article",
            Reason::Tags => "tags",
            Reason::Comments => "comments",
            Reason::Promotion => "call to subscribe, follow or share",
            Reason::Audio => "audio player or read-aloud note",
            Reason::Cookies => "cookie notice",
            Reason::DatabaseField => "news-database field",
            Reason::Email => "e-mail around the article",
            Reason::Stamp => "reading time or relative date",
            Reason::PullQuote => "pull quote repeated from the text",
            Reason::Summary => "box of main points over the article",
            Reason::DropCap => "drop cap (its letter joined to the word under it)",
            Reason::Table => "table",
            Reason::SignOff => "the writer's sign-off",
            Reason::ReaderNote => "a reader's note",
            Reason::Chat => "chat messages around the article",
            Reason::Footnote => "footnote",
            Reason::Markup => "markup (attributes)",
            Reason::SetIn => "box or caption set into a sentence",
            Reason::NextArticle => "the next article on the page",
            Reason::Clipping => "a highlight's record (title, place, citation)",
            Reason::OtherWork => "a highlight from another work",
            Reason::Repeated => "a highlight repeated in a longer one",
            Reason::Headline => "the headline repeated",
            Reason::Jump => "the article goes on on another page",
            Reason::LineNumbers => "line numbers in the margin",
            Reason::Capture => "the web capture's other records and headers",
            Reason::Captions => "subtitle file's header, notes or styles",
            Reason::OnScreen => "on-screen text (channel, date, a speaker's name)",
            Reason::Sound => "description of a sound in captions",
            Reason::Speaker => "speaker's label or time",
            Reason::RollUp => "caption text repeated by a roll-up cue",
            Reason::Transcriber => "transcription service's note",
        }
    }
}

impl Reason {
    /// Every reason, in the order of the enum.
    pub(crate) const ALL: [Reason; 54] = [
        Reason::Navigation,
        Reason::Share,
        Reason::Related,
        Reason::RelatedLink,
        Reason::LinkInText,
        Reason::Link,
        Reason::Caption,
        Reason::Credit,
        Reason::AltText,
        Reason::Trailer,
        Reason::Republication,
        Reason::PageNumber,
        Reason::Running,
        Reason::Kicker,
        Reason::Separator,
        Reason::Image,
        Reason::Footer,
        Reason::LinkDefinition,
        Reason::Struck,
        Reason::NotInText,
        Reason::Outside,
        Reason::Dateline,
        Reason::Tags,
        Reason::Comments,
        Reason::Promotion,
        Reason::Audio,
        Reason::Cookies,
        Reason::DatabaseField,
        Reason::Email,
        Reason::Stamp,
        Reason::PullQuote,
        Reason::Summary,
        Reason::DropCap,
        Reason::Table,
        Reason::SignOff,
        Reason::ReaderNote,
        Reason::Chat,
        Reason::Footnote,
        Reason::Markup,
        Reason::SetIn,
        Reason::NextArticle,
        Reason::Clipping,
        Reason::OtherWork,
        Reason::Repeated,
        Reason::Headline,
        Reason::Jump,
        Reason::LineNumbers,
        Reason::Capture,
        Reason::Captions,
        Reason::OnScreen,
        Reason::Sound,
        Reason::Speaker,
        Reason::RollUp,
        Reason::Transcriber,
    ];
}

impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Reason::ALL
            .into_iter()
            .find(|r| r.as_str() == text)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown reason `{text}`")))
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `pad`, so that widths (`{:<30}`) apply.
        f.pad(self.as_str())
    }
}

static NAV: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"(?i)^(?:[-–—]+\s*)?(?:\d+\.\s*)?(?:skip (?:to|navigation)(?-u:\b).*|jump to (?:main )?content|main menu|menu|close menu|open menu|toggle navigation|search|sign in|log in|anmelden|einloggen|se connecter|iniciar sesión|accedi|inloggen|zaloguj się|přihlásit se|prihlásiť sa|bejelentkezés|войти|увійти|giriş yap|logga in|logg inn|log ind|kirjaudu(?: sisään)?|subscribe|newsletter|back to top|(?:skip )?advertisement(?: · scroll to continue)?|ad feedback|advertising|advert|anzeige|publicité|publicidad|pubblicità|реклама|reklam|supported by|story continues below(?: this)? advertisement|continue reading the main story|cookie settings|accept cookies|hide caption|toggle caption|enlarge this image",
        // Where an advertisement broke the article: "Story continues below",
        // "Haberin Devamı", "La suite après cette publicité", "Weiter nach
        // der Anzeige", "Продолжение ниже".
        r"|(?:the )?(?:story|article|text|report) continues (?:below|after (?:the |this )?(?:advertisement|ad|advert))|advertisement\s*[-–—·:]\s*(?:scroll|continue)(?: down)?(?: to continue| reading)?",
        r"|haberin devamı|yazının devamı|devamı reklamın ardından|la suite (?:après|sous) (?:cette |la )?(?:publicité|annonce)|(?:weiter|fortsetzung|artikel geht weiter) (?:nach|unter) der (?:anzeige|werbung)",
        r"|(?:el )?(?:artículo|texto|noticia) (?:continúa|sigue) (?:debajo|después de la publicidad|tras la publicidad)|(?:l['’])?articolo continua (?:sotto|dopo la pubblicità)",
        r"|продолжение (?:ниже|после рекламы|следует)|(?:het )?artikel gaat (?:verder )?(?:onder|na) (?:de |deze )?advertentie|η συνέχεια (?:κάτω από|μετά) (?:τη |την )?διαφήμιση",
        r"|artikkel jätkub (?:pärast|peale) reklaami|(?:artikkeli|juttu) jatkuu mainoksen (?:jälkeen|alla)|(?:artikeln|texten) fortsätter (?:efter|under) (?:annonsen|reklamen)|(?:artikkelen|saken) fortsetter (?:etter|under) (?:annonsen|reklamen)|artiklen fortsætter (?:efter|under) (?:annoncen|reklamen)",
        r"|raksts turpinās pēc reklāmas|straipsnis tęsiasi po reklamos|(?:dalsza część|ciąg dalszy) (?:artykułu|tekstu) (?:pod|po) reklam(?:ą|ie)|(?:článek|článok|text) pokračuje (?:pod|za) (?:video ?)?(?:reklamou|inzercí|inzerciou)|(?:članak|tekst) se nastavlja (?:ispod|nakon|poslije) (?:oglasa|reklame)|članek se nadaljuje pod oglasom",
        r"|a cikk a hirdetés (?:után|alatt) folytatódik|articolul continuă (?:după|sub) (?:reclamă|publicitate)|(?:o )?(?:artigo|texto|conteúdo) continua (?:após|depois d[ao]|abaixo d[ao]) (?:publicidade|anúncio)|continua (?:após|depois da) publicidade|продовження (?:нижче|після реклами)|статията продължава (?:под|след) рекламата|(?:xəbərin )?(?:davamı|ardı) reklamdan sonra",
        // "Advertisement" over an advertisement's place, in more languages
        // (Hindi, Bengali, Korean, Japanese, Chinese, Persian, Arabic,
        // Hebrew, Greek, Armenian, Georgian, Thai, Vietnamese, Sinhala,
        // Tamil, Urdu, Amharic, Cyrillic and Latin scripts' languages).
        r"|विज्ञापन|বিজ্ঞাপন|광고|広告|广告|廣告|تبلیغات|إعلان|اعلان|פרסומת|διαφήμιση|գովազդ|რეკლამა|โฆษณา|quảng cáo|tangazo|auglýsing|hysbyseb|oglas|reklama|reklaam|reklāma|reklamos|hirdetés|publicidade|advertentie|annons|annonse|annonce|mainos|iklan|werbung|reklamë|рэклама|жарнама|сурталчилгаа|publizitatea|patalastas|anunsyo|දැන්වීම|விளம்பரம்|اشتہار|ማስታወቂያ|talla|fógra|fograí|реклами",
        // Screen readers' marks around a box, and a call to get the app.
        r"|(?:skip past|after) (?:newsletter )?promotion|(?:download|get|install) (?:the|our) (?:\S+ )?app(?: now)?|(?:read|open|continue|view) in (?:the )?app|subscribe (?:now|here|today)|descarga (?:la|nuestra) app(?: de \S+(?: \S+){0,3})?|téléchargez (?:l['’]|notre )app(?:lication)?|(?:laden sie )?(?:die|unsere) app (?:herunterladen|laden)|scarica (?:l['’]|la nostra )app",
        // A label set between dashes ("- Advertisement -").
        r")(?:\s*[-–—]+)?$",
    )).expect("regex")
});

static SHARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:share(?: this(?: article| story| page)?)?:?|share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail)|tweet|print|email|e-mail|copy link|link copied|copied to clipboard|(?:share){2,}(?: (?:this )?(?:article|story))?|facebook|twitter|whatsapp|telegram|linkedin|reddit|vk|send|share article|like this:?|loading\.{3}|(?:artikel |seite )?(?:teilen|drucken)(?: auf \S+)?|(?:partager|compartir|condividi|поделиться|paylaş)(?: (?:sur|en|su|в|on|via) \S+)?|imprimer|печать|կիսվել|տպել|გაზიარება|ბეჭდვა|paylaşın|bölüş|yazdır|imprimir|copiar enlace|copier le lien|link kopieren|copia link|скопировать ссылку|linki kopyala|(?:partager|compartir|condividi) (?:cet article|cette page|este artículo|esta noticia|l'articolo|questo articolo)|diesen artikel teilen|поделиться (?:статьей|новостью)|haberi paylaş|dela|spara|jaa|sdílet|zdieľať|udostępnij|bagikan|distribuie|partilhar|compartilhar|copiar link|kopioi linkki|zkopírovat odkaz|kopiuj link|salin tautan|másolás|link másolása|megosztás|kopier lenke|del artikkelen|del|deel|deel dit artikel|del artiklen|giv artikel|kopyala|сподели|поделитися|подели|podijeli|podeli|google news'?te abone ol|follow (?:us )?on google news|enviar por (?:e-?mail|correo)|envoyer par (?:e-?mail|courriel)|bluesky|threads|presentear|salvar artigos?|(?:(?:share (?:on|via)|compartir en|partager sur|condividi su|teilen auf|compartilhar no|dela på)\s+\S+\s*){2,}(?:copiar enlace|copier le lien|copy link|copia link|link kopieren|copiar link)?|a\s?[-–−]\s+(?:a\s+)?a\s?\+|a\s?\+\s+(?:a\s+)?a\s?[-–−])$").expect("regex")
});

/// A row of share buttons: "Share on Facebook | Share on Twitter",
/// "Facebook Twitter LinkedIn Email".
static SHARE_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:share(?:\s+(?:on|via))?\s+)?(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|reddit|print|copy link|pinterest|vk|messenger|flipboard|tweet|bluesky|threads|viber|weibo|wechat|kakaotalk|skype|tumblr|odnoklassniki|xing|mastodon)(?-u:\b)\s*[|·•/,]?\s*){2,}$").expect("regex")
});
/// A network name in a share row.
static SHARE_NETWORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|reddit|print|copy link|pinterest|vk|messenger|flipboard|tweet|bluesky|threads|viber|weibo|wechat|kakaotalk|skype|tumblr|odnoklassniki|xing|mastodon)(?-u:\b)").expect("regex")
});

/// Copyright lines and newsletter calls at the foot of a page.
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:©|\(c\)\s*\d{4}(?-u:\b)|\(c\)\s+(?-i:\p{Lu})[\w.&-]*(?:\s+[\w.&-]+){0,3}\s+(?:19|20)\d{2}\.?(?:$|\s+all rights reserved|\s+click for restrictions)|copyright\s+(?:©\s*)?\d{4}|copyright\s+(?:©|\(c\))|copyright\s*:\s*\p{Lu}|copyright\s+\w[\w.&-]*(?:\s+\w[\w.&-]*){0,5}\s+(?:19|20)\d{2}\.?$)|^(?:sign up|subscribe)(?-u:\b).{0,80}(?-u:\b)newsletters?(?-u:\b)").expect("regex")
});
/// "… All rights reserved." with a year or © on the same line.
static RIGHTS_RESERVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:©|(?-u:\b)(?:19|20)\d{2}(?-u:\b)).*all rights reserved\.?$").expect("regex")
});

/// The line a feed's items end with, naming the site the post is from
/// (WordPress with Yoast SEO writes it into every item): "The post … appeared
/// first on Capital News.", "Der Beitrag … erschien zuerst auf …", "L’article
/// … est apparu en premier sur …", "La entrada … se publicó primero en …",
/// "Het bericht … verscheen eerst op …", "O post … apareceu primeiro em …",
/// "L'articolo … sembra essere il primo su …", "Inlägget … dök först upp på
/// …", "Artykuł … pochodzi z serwisu …".
static FEED_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:the post .{1,300} appeared first on|der beitrag .{1,300} erschien zuerst auf",
        r"|l[’']article .{1,300} est apparu en premier sur|la entrada .{1,300} se publicó primero en",
        r"|het bericht .{1,300} verscheen eerst op|o post .{1,300} apareceu primeiro em",
        r"|l[’']articolo .{1,300} sembra essere il primo su|inlägget .{1,300} dök först upp på",
        // The site's name closes it.
        r"|artykuł .{1,300} pochodzi z serwisu) [^,;:]{1,80}$",
    ))
    .expect("regex")
});

static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"(?i)^\[?(?:read\s*[:：]|(?:related(?: articles?| stories| story| content| reading| posts?)?|read (?:also|more)|more on (?:this|the) (?:topic|subject)|see (?:also|more)|also read|recommended|you might also like|lesen sie (?:auch|mehr)|mehr zum thema|(?:à )?lire (?:aussi|également)|voir aussi|(?:lea|leer) también|leggi anche|читайте (?:также|тоже)|смотрите также|по теме|[iİ]lg[iİ]l[iİ] (?:haber|içerik)|ayrıca (?:bakınız|okuyun)|bunu da okuyun|oxuyun|həmçinin oxuyun|oxşar xəbər(?:lər)?|əlaqəli xəbər(?:lər)?|կարդացեք նա(?:և|եւ|եվ)|", read_also_words!(), r")(?:\s*[:：|՝፦]|\s+[-–—]|\s+[^|:]*?\s*\|))\s*(.*?)\]?$")).expect("regex")
});

/// An agency's trailer under its report ("AFP contributed reporting.", the
/// desk's initials, the reporter's contact), or a note on how the article
/// was made: the fund or grant that paid for it ("This story was produced
/// with support from …", "Dit artikel kwam tot stand met steun van …",
/// "Dieser Beitrag entstand mit Unterstützung …", "Cet article a été
/// réalisé avec le soutien de …").
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:this (?:article|story|report|reporting|investigation|series|piece) (?:was|is|has been) (?:produced|made possible|supported|funded|financed|realised|realized|written|published) (?:with (?:the )?(?:support|funding|a grant|financial support|assistance) (?:of|from)|thanks to (?:the )?(?:support|funding|a grant) (?:of|from)|by (?:a grant|funding) from) [^.!?,;]{3,150}\.?|dit (?:artikel|verhaal|stuk|onderzoek) (?:kwam tot stand|werd gemaakt|is gemaakt|werd mogelijk gemaakt|is mogelijk gemaakt) (?:met (?:steun|een bijdrage|financiële steun) van|door (?:een bijdrage|steun) van|dankzij) [^.!?,;]{3,150}\.?|(?:dieser|der) (?:artikel|beitrag|text|bericht|recherche) (?:entstand|ist|wurde) (?:mit (?:der |freundlicher )?(?:unterstützung|förderung) (?:von|des|der|durch)|(?:gefördert|unterstützt) (?:von|durch)) [^.!?,;]{3,150}\.?|cet(?:te)? (?:article|reportage|enquête) a été (?:réalisée?|produite?|financée?) (?:avec le soutien|grâce au soutien|avec l'aide|avec l’aide) (?:de|du|des|d'|d’)\s?[^.!?,;]{3,150}\.?|(?:este|esta) (?:artículo|reportaje|investigación) (?:fue|ha sido) (?:realizad[oa]|producid[oa]|financiad[oa]) (?:con el apoyo|gracias al apoyo|con apoyo) de [^.!?,;]{3,150}\.?|questo (?:articolo|reportage) è stato (?:realizzato|prodotto) (?:con il (?:sostegno|supporto|contributo)|grazie al (?:sostegno|supporto|contributo)) d[ie] [^.!?,;]{3,150}\.?|(?:AFP|AP|Reuters|TASS|Interfax|RIA Novosti|dpa|EFE|ANSA|Bloomberg|Xinhua|Anadolu|The Associated Press|Agence France-Presse)(?:(?:,| and) (?:AFP|AP|Reuters|TASS|Interfax|dpa|Bloomberg))* contributed (?:reporting|to this (?:report|article|story))\.?|\((?:reporting|writing|editing|additional reporting) by [^)]*\)|(?:[a-z]{1,4}|reuters|xinhua|anadolu)(?:/(?:[a-z]{1,4}|reuters|xinhua|anadolu))+\s*(?:\([^)]*\))?|\(\([^()]*(?:@|messaging:)[^()]*\)\)|\(\s*(?:[$€£¥]|us\$)\s*1\s*=\s*[^()]+\)|=\([A-Z+ ]+\)=)$").expect("regex")
});

static REPUBLICATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:this (?:article|piece|story|commentary|op-ed|column|analysis|text) (?:was|is|has been) (?:first |originally )?(?:published|posted|printed)|this (?:article|piece|story|commentary) (?:first |originally )?appeared|(?:originally|first) (?:published|appeared) (?:by|in|at|on))\s+(?:by|in|at|on)?\s*(.*?)\.?$").expect("regex")
});

static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:image|images|photo|photos|photograph|foto|picture|credit|credits|photo credit|illustration|graphic|video|bild|фото|fotoğraf|լուսանկարը|լուսանկար|ფოტო)\s*[:՝]\s*\S.*|(?:image|media|video|photo)\s+(?:source|caption|credit)\s*[,:]?(?:\s.*)?|open (?:this )?(?:photo|image) in (?:the )?gallery\s*:?|(?:photographs?|photos?|photography|illustrations?|images?|video|graphics?|fotos?|fotografías?|photographies?)\s+(?:by|de|di|von|por)\s+(?-i:\p{Lu}).*)$").expect("regex")
});

/// A caption glued to its credit: "…suicide drone.Image: picture-alliance/dpa/Y. Valat".
static TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[.!?)])\s*(?:image|photo|photograph|foto|fotó|picture|credit|bild|bilde|фото|fotoğraf|kuva|zdjęcie|fotografia|φωτογραφία|ảnh|снимка|צילום|صورة)\s*:\s*([^.]*(?:\.[^.\s]*\s?[^.]*)?)\.?$").expect("regex")
});

/// [`TRAILING_CREDIT`] after a dash or a bar too ("… කාර්යාලය -
/// ඡායාරූපය: ලංකාදීප"), with the word for a photograph in more languages:
/// Belarusian, Serbo-Croatian and Macedonian, Mongolian, Kazakh, Baltic,
/// Albanian, Basque, Malay and Tagalog, Irish, Welsh, Hungarian, Persian,
/// Urdu, Hindi, Bengali, Tamil, Sinhala, Amharic and Hausa; after the full
/// stops of other scripts too ("… निकलती बस। फोटो: भास्कर": the danda, the
/// ideographic, Armenian, Ethiopic and Urdu stops).
static MORE_TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[.!?)।॥。！？։።۔]|\s[-–—|])\s*(?:image|photo|photograph|foto|fotó|picture|credit|bild|bilde|фото|fotoğraf|kuva|zdjęcie|fotografia|φωτογραφία|ảnh|снимка|צילום|صورة",
        r"|фота|слика|фотографија|fotografija|зураг|сурет|nuotr|nuotrauka|attēls|foton|fotoja|argazkia|gambar|larawan|grianghraf|llun|kép|hoto|снимка|عکس|تصویر|फोटो|फ़ोटो|तस्वीर|ছবি|படம்|ඡායාරූපය|ፎቶ)",
        r"\s*:\s*([^.]*(?:\.[^.\s]*\s?[^.]*)?)\.?$"
    ))
    .expect("regex")
});

/// A credit label glued to the caption's last word, as some papers set it
/// ("… beim Warnstreik Mitte Januar Foto: Christoph Soeder/dpa"): the
/// label, then a name and the agency after a slash, ending the line.
static GLUED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s(?:image|photo|foto|fotó|picture|credit|bild|bilde|фото|fotoğraf|kuva|zdjęcie|fotografia)\s*:\s*(?-i:\p{Lu}[\p{L}.'\-]*(?:\s\p{Lu}[\p{L}.'\-]*){0,3})\s?/\s?[\p{L}\p{N}.\-]+(?:\s?/\s?[\p{L}\p{N}.\-]+)*\s*$").expect("regex")
});

/// A credit in capitals glued to the caption's last word, its label in
/// capitals too, as papers set it after a caption with no full stop ("…
/// на ул. Раковски СНИМКА: БГНЕС", "… the flooded road PHOTO: REUTERS",
/// "… w centrum ZDJĘCIE: PAP/JAN NOWAK"): the label, a colon, one to four
/// words in capitals ending the line. A label in small letters there is
/// a sentence's word ("… the photo: a man").
static CAPITALS_LABEL_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\s(?:PHOTOS?|FOTOS?|FOTÓ|IMAGE|PICTURE|CREDIT|BILD|BILDE|KUVA|ZDJĘCIE|FOTOĞRAF|FOTOGRAFIA|FOTOGRAFIJA|ẢNH",
        r"|ФОТО|СНИМКА|СНИМКИ|СЛИКА|ΦΩΤΟ|ΦΩΤΟΓΡΑΦΙΑ)\s?:\s*",
        r"\p{Lu}[\p{Lu}\p{N}.'’&/-]*(?:\s[\p{Lu}\p{N}.'’&/-]+){0,3}\s*$",
    ))
    .expect("regex")
});

/// An agency credit at the end of a caption: "… Hrayr Badalyan / AP / TASS".
static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:\*\*)?([\p{L}\p{N}.\-' ]+(?:\s/\s[\p{L}\p{N}.\-' ]+)+)(?:\*\*)?\s*$")
        .expect("regex")
});

/// News and photo agencies, as they write their names in credits.
const AGENCIES: [&str; 29] = [
    "AP",
    "TASS",
    "Reuters",
    "AFP",
    "EPA",
    "Getty",
    "dpa",
    "Sputnik",
    "RIA",
    "Kremlin.ru",
    "Shutterstock",
    "iStock",
    "Istockphotos",
    "picture-alliance",
    "Anadolu",
    "Xinhua",
    "Imago",
    "Scanpix",
    "Alamy",
    "Pexels",
    "Unsplash",
    "Wikimedia",
    "Ansa",
    "LaPresse",
    "EFE",
    "Belga",
    "Ukrinform",
    "Keystone",
    "Getty Images",
];

/// A photo's label and a colon opening a line, a capital after them:
/// "Photo: Marc Tessier …", "Foto: Jan Novák ČTK …", "Фото: Іван …".
static LABEL_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:photo|photos|foto|fotos|fotó|photograph|bild|фото|kuva|zdjęcie|fotografia|crédit photo|photo credit)\s*:\s*\p{Lu}").expect("regex")
});

/// A photo's label opening a line that ends no sentence ([`LABEL_FIRST`]):
/// the credit and the caption after it, as a page's text gives them
/// ("Photo: Marc Tessier Le Devoir Une des rames livrées en juillet").
fn label_first_credit(t: &str) -> bool {
    t.contains(':') && LABEL_FIRST.is_match(t) && !ends_sentence(t)
}

/// "Pictured: …" opens a caption in the middle of a line.
static PICTURED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(Pictured|Photo above|Above|Top|Main image)\s*:\s").expect("regex")
});

/// The families [`classify`] tries in turn, as one set: a line none of
/// them matches is searched once, not once per family.
///
/// The set is a necessary condition only (each family's own pattern
/// decides), so its patterns drop their word bounds: without an assertion
/// a pattern matches at least as much, and a Unicode word bound would make
/// the regex engine leave its lazy DFA for a far slower one on every line
/// holding a character outside ASCII. For the same reason their counted
/// repetitions lose their upper bounds ([`unbounded`]): a class of any
/// character but a few, repeated up to 150 times, is 150 copies of it in
/// the automaton, and a set of such copies outgrows the lazy DFA's cache.
static ANCHORED: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(
        [
            &SEPARATOR,
            &NAV,
            &SHARE,
            &FOOTER,
            &FEED_FOOTER,
            &RELATED,
            &LABEL,
            &TRAILER,
            &REPUBLICATION,
            &PAGE_NUMBER,
            &THREAD_COUNTER,
            &CREDIT_LINE,
            &JUMP,
        ]
        .map(|r| unbounded(&r.as_str().replace(r"\b", ""))),
    )
    .expect("regex set")
});

/// `pattern` with each counted repetition `{n,m}` made `{n,}`: it matches
/// at least what `pattern` matches. (An escaped brace is left alone.)
fn unbounded(pattern: &str) -> String {
    static COUNTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\\.)|\{(\d+),\d+\}").expect("regex"));
    COUNTED
        .replace_all(pattern, |c: &regex::Captures| match c.get(1) {
            Some(escaped) => escaped.as_str().to_string(),
            None => format!("{{{},}}", &c[2]),
        })
        .into_owned()
}

/// A link's entry in the list of links a feed reader or a converter
/// prints under the text ("[2]: https://… (link)"), or its placeholder
/// for an image ("[image 1 (link #1)]").
static LINK_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[\d{1,4}\]:\s*(?:https?|ftp|mailto):\S+(?:\s+\([a-z ]+\))?$").expect("regex")
});
static IMAGE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[(?:image|img|video|embedded [a-z]+) \d{1,4}(?: \(link #\d{1,4}\))?\]$")
        .expect("regex")
});

/// A thread's post number alone on its line, as a writer numbers the
/// posts an article was split over ("(2/8)", "🧵 (1/8) #Mombasa #Maji",
/// "(١/٢)"): the posts' page numbers.
static THREAD_COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:🧵\s*)?\(\d{1,3}\s*/\s*\d{1,3}\)(?:\s*🧵)?(?:\s+#[\w-]+)*$").expect("regex")
});

/// A page's number alone ("Page 3 of 7", "– 12 –"), or the header that
/// `pr` and `enscript` print over each page of a text: the date and time,
/// the file's name, the page's number ("2027-03-25 19:48 notes.txt Page
/// 2", "Wed Feb 17 21:14:09 2027 notes.txt Page 1/3"); the name has a
/// dot or a slash. Or a printed page's foot: its number set between dashes
/// beside the site's address and a few words, the outlet's name or the
/// date ("example.com — 4 — The Daily Post"); or an e-paper's foot, the
/// page's number after the word for a page, the site's address before or
/// after it ("kleinezeitung.at   Seite 14", "Strona 3 rp.pl", "Sida 12").
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s+[-–—]\s*\d{1,4}\s*[-–—](?:\s+[^\s.!?](?:[^!?]{0,38}[^\s.!?])?)?$|^(?:[^\s.!?][^!?]{0,39}\s+)?[-–—]\s*\d{1,4}\s*[-–—]\s+(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$|^(?:\d{4}-\d{2}-\d{2}|[a-z]{3} [a-z]{3}\s+\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{4})?\s+[^\s./]*[./]\S*\s+page\s+\d{1,4}(?:/\d{1,4})?$|^(?:(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s+)?(?:page|seite|pagina|página|pág\.|strona|str\.|side|sida|sivu|sayfa|strana|stránka)\s*\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s+(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})?$")
        .expect("regex")
});

/// A printed page's pointer to where the article goes on or came from,
/// alone on its line, perhaps in brackets: "Lire la suite en page 8",
/// "Suite p. 4", "(Continued on Page A12)", "See BUDGET, Page A6",
/// "Fortsetzung auf Seite 3", "Continúa en la página 8", "Segue a pag.
/// 9", "Lees verder op pagina 5", "Dokończenie na str. 4", "Продолжение
/// на стр. 3".
static JUMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[(\[]?(?:(?:lire la )?suite (?:en |à la |de la )?(?:page|p\.) ?\d{1,3}|continued (?:on|from) (?:page|p\.) ?[a-z]?\d{1,3}|see (?-i:[A-Z][A-Z -]{1,30}),? (?:page|p\.) ?[a-z]?\d{1,3}|turn to (?:page|p\.) ?\d{1,3}",
        r"|(?:fortsetzung|weiter) (?:auf |von )?(?:seite|s\.) ?\d{1,3}|(?:continúa|sigue|viene) (?:en|de) (?:la )?(?:página|pág\.) ?\d{1,3}|(?:continua|segue) (?:a|na|in|da) (?:pagina|pag\.|página|pág\.) ?\d{1,3}",
        r"|(?:lees verder|vervolg) op (?:pagina|blz\.|p\.) ?\d{1,3}|(?:ciąg dalszy|dokończenie) (?:na|ze) (?:stronie|str\.) ?\d{1,3}|(?:продолжение|окончание) на (?:стр\.|странице) ?\d{1,3}",
        // Swedish, Norwegian, Danish ("Forts. på sid. 6", "Fortsetter
        // side 4", "Fortsat fra side 1"), Finnish ("Jatkuu sivulla 7").
        r"|forts(?:\.|ätter|ättning|etter|ættes|att|at)?(?: (?:på|fra|från))? (?:sid(?:an|e)?\.?|s\.) ?\d{1,3}|(?:jatkuu|jatkoa) (?:sivu(?:lla|lta)|s\.) ?\d{1,3}",
        r")[)\]]?\.?$",
    ))
    .expect("regex")
});

/// Whether `t` is a printed page's pointer to the rest of the article
/// on another page, or to where it began ("Continued on Page A12",
/// "Lire la suite en page 8", "Forts. på sid. 6"): a few words.
pub(crate) fn is_jump(t: &str) -> bool {
    let t = t.trim();
    at_most_words(t, 8) && JUMP.is_match(t)
}

static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    // Also the rules of Japanese and Chinese mail: a horizontal bar, dashes
    // or full-width signs repeated ("――――", "＝＝＝＝", "－－－－").
    Regex::new(r"^(?:[-*_=~•·─━═▬#―—–＝－＊]\s*){3,}$|^[*•·]+$").expect("regex")
});

/// Whether a line is a separator: a rule of repeated dashes, stars, bars
/// or signs ("* * *", "----", "――――").
pub(crate) fn is_separator(line: &str) -> bool {
    SEPARATOR.is_match(line.trim())
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:original url|original link|url|source url|permalink|link to (?:the )?article|article url)\s*:\s*(\S*)|(?:source|quelle|fuente|fonte|источник|kaynak|link)\s*:\s*(https?://\S+))$").expect("regex")
});

/// What a line is, judged by itself.
#[derive(Debug, Clone, Eq)]
pub(crate) enum LineKind {
    /// Empty or whitespace.
    Blank,
    /// Possibly article text.
    Text,
    /// Not the article: removed with this reason.
    Removed(Reason),
    /// "Related article: <title>" (removed; the title identifies its link).
    Related(String),
    /// A line that is only a URL (decided later: the article's own or a link).
    Url(String),
    /// "Original url:" with the URL on this line (Some) or on a following line (None).
    UrlLabel(Option<String>),
    /// "This article was first published by X." (removed; X kept as a note).
    Republication(String),
    /// Text followed by a caption on the same line: (text kept, caption removed).
    Split(String, String),
}

// Written out to be inlined: the rules compare kinds on every line, and
// the derived comparison was a call each time.
impl PartialEq for LineKind {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        use LineKind::*;
        match (self, other) {
            (Blank, Blank) | (Text, Text) => true,
            (Removed(a), Removed(b)) => a == b,
            (Related(a), Related(b)) | (Url(a), Url(b)) | (Republication(a), Republication(b)) => {
                a == b
            }
            (UrlLabel(a), UrlLabel(b)) => a == b,
            (Split(a, b), Split(c, d)) => a == c && b == d,
            _ => false,
        }
    }
}

/// Where [`classify`] stops counting a line's words: one more than the
/// largest word limit of its families (a furniture line has at most 60
/// words), so that every `words <= n` below reads as the full count would.
const LIMIT_WORDS: usize = 62;

/// A copyright line or a newsletter call at a page's foot, of `words`
/// words (`any`: an anchored family matched). A wire's notice may go on
/// after its rights ("(C) Reuters 2024. All rights reserved.
/// Republication or redistribution … is expressly prohibited …").
fn footer_notice(t: &str, words: usize, any: bool) -> bool {
    if words <= 25 {
        return (any && FOOTER.is_match(t))
            || rights_reserved(t)
            || rights_reserved_in_words(t)
            || rights_reserved_first_or_alone(t, words);
    }
    words <= 45 && any && FOOTER.is_match(t) && t.to_lowercase().contains("rights reserved")
}

/// A mobile page's buttons and counters open with a pictograph ("📘
/// Compartir en Facebook", "💬 Comentarios 23"): what follows it is read,
/// and the line is furniture when that is.
fn pictograph_led(t: &str, outlet_name: Option<&str>) -> Option<LineKind> {
    let rest = after_pictographs(t)?;
    if counter_row(t) {
        return Some(LineKind::Removed(Reason::Share));
    }
    // "👉 Схема маршрутов — на сайте: https://…", "🔗 Read more: www.…":
    // a channel's pointer to a link, never the article's prose. (A tweet
    // embedded in the article links with t.co, and may be only its link:
    // "⬇️⬇️⬇️ https://t.co/…" is the tweet's text.)
    if at_most_words(rest, 20)
        && (rest.contains("http") || rest.contains("www."))
        && !rest.contains("t.co/")
        && !rest.contains("pic.twitter.com")
        && !at_most_words(rest, 2)
    {
        return Some(LineKind::Removed(Reason::Link));
    }
    let kind = classify(rest, outlet_name);
    matches!(kind, LineKind::Removed(_)).then_some(kind)
}

/// A line that labels an address ("Original url: …", a read-later app's
/// "Source: https://…"), or a feed reader's link list entry or image
/// placeholder ("[2]: https://… (link)", "[image 1 (link #1)]"). `any`:
/// the set of line families matched the line (see [`ANCHORED`]); the
/// link list's entries, outside that set, are looked for only in lines
/// that open with a bracket.
fn label_or_link(t: &str, any: bool) -> Option<LineKind> {
    if any && let Some(c) = LABEL.captures(t) {
        // A read-later app's "Source:" is a label only with its address.
        let u = c
            .get(1)
            .or_else(|| c.get(2))
            .map_or("", |m| m.as_str())
            .trim();
        let u = u.trim_start_matches('<').trim_end_matches('>');
        return Some(LineKind::UrlLabel(
            (!u.is_empty()).then(|| super::meta::unwrap_url(u)),
        ));
    }
    if !t.starts_with('[') {
        None
    } else if LINK_REFERENCE.is_match(t) {
        Some(LineKind::Removed(Reason::Link))
    } else if IMAGE_REFERENCE.is_match(t) {
        Some(LineKind::Removed(Reason::Image))
    } else {
        None
    }
}

/// A chat app's header over a copied message or its forward mark (as an
/// e-mail's header), a mail's picture left as its name, or the writer's
/// address alone under their name ("sara.lindqvist@…").
fn message_or_address(t: &str) -> Option<Reason> {
    if mail_image(t) {
        Some(Reason::Image)
    } else if reader_note(t) {
        Some(Reason::ReaderNote)
    } else if super::email::chat_line(t) {
        Some(Reason::Email)
    } else if email_alone(t) {
        Some(Reason::Credit)
    } else {
        None
    }
}

/// A note a reader put into the text they kept, in square brackets and
/// signed with their initials or a word for a note: "[SdV: TTF has given
/// back half of that since.]", "[RTH: check with Tokyo.]", "[Note: our
/// figure differs.]", "[NB: …]". The initials are two to four letters, the
/// first and last in capitals. A bracket the article writes itself
/// ("[Updated at 3 pm: …]", "[sic]", "[…]") has no such tag.
fn reader_note(t: &str) -> bool {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\[\s*(?:\p{Lu}\p{L}{0,2}\p{Lu}|NB|N\.B\.|Note|Notiz|Anm\.|Nota|Remarque|TODO|Примечание|Прим\.)\s*:\s*[^\[\]]+\]$").expect("regex")
    });
    t.starts_with('[') && t.ends_with(']') && NOTE.is_match(t)
}

/// Whether a line is an e-mail address alone ("sara.lindqvist@expressen.se",
/// "<tips@example.com>", "E-Mail: tips@example.com" is not).
fn email_alone(t: &str) -> bool {
    // One ending in a full stop ends a sentence wrapped onto its line.
    let t = t.trim_matches(['<', '>', '(', ')']);
    !t.contains(char::is_whitespace)
        && !t.ends_with('.')
        && !t.starts_with("mailto:")
        && t.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty()
                && !user.contains(['/', ':'])
                && domain.contains('.')
                && !domain.contains(['@', '/'])
        })
}

/// A row of counters under a post, opening with a pictograph: reactions
/// and their counts ("👍 312  😢 48  🔥 15"), views ("👁 12.3K  edited
/// 14:52"). Two counts or times or more, the pictographs, and at most one
/// word.
fn counter_row(t: &str) -> bool {
    let (mut counts, mut words) = (0, 0);
    for w in t.split_whitespace() {
        let digits = w.trim_end_matches(['K', 'k', 'M', 'm']);
        if !w.chars().any(char::is_alphanumeric) {
            continue;
        }
        if !digits.is_empty()
            && digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .bytes()
                .all(|b| b.is_ascii_digit() || b".,:".contains(&b))
        {
            counts += 1;
        } else if w.chars().count() <= 10 {
            words += 1;
        } else {
            return false;
        }
    }
    counts >= 2 && words <= 1
}

/// A page's legal links at its foot, as patterns of one link each.
const LEGAL: [&str; 60] = [
    r"privacy(?: policy| notice| settings| centre| center| choices)?",
    r"your privacy choices",
    r"terms(?: of (?:use|service)| (?:and|&) conditions)?",
    r"cookie (?:policy|notice|preferences)",
    r"cookies",
    r"accessibility(?: statement)?",
    r"legal notice",
    r"imprint",
    r"contact(?: us)?",
    r"about us",
    r"sitemap",
    r"site map",
    r"advertise(?: with us)?",
    r"careers",
    r"do not sell or share my personal information",
    r"impressum",
    r"datenschutz(?:erklärung|hinweise)?",
    r"agb",
    r"nutzungsbedingungen",
    r"kontakt",
    r"barrierefreiheit",
    r"mentions légales",
    r"politique de (?:confidentialité|cookies)",
    r"conditions (?:générales )?d['’]utilisation",
    r"gestion des cookies",
    r"nous contacter",
    r"plan du site",
    r"aviso legal",
    r"política de (?:privacidad|privacidade|cookies)",
    r"condiciones de uso",
    r"términos y condiciones",
    r"contacto",
    r"mapa del sitio",
    r"note legali",
    r"informativa (?:sulla )?privacy",
    r"termini e condizioni",
    r"contatti",
    r"mappa del sito",
    r"privacybeleid",
    r"privacyverklaring",
    r"cookiebeleid",
    r"algemene voorwaarden",
    r"gebruiksvoorwaarden",
    r"colofon",
    r"privatlivspolitik",
    r"personvern(?:erklæring)?",
    r"integritetspolicy",
    r"vilkår",
    r"villkor",
    r"polityka (?:prywatności|cookies)",
    r"regulamin",
    r"gizlilik politikası",
    r"kullanım koşulları",
    r"çerez politikası",
    r"künye",
    r"iletişim",
    r"termos de uso",
    r"tietosuoja(?:seloste)?",
    r"käyttöehdot",
    r"evästeasetukset",
];

/// A page's legal links at its foot, alone or in a row ("Aviso legal",
/// "Privacy Policy | Terms of Use", "Impressum · Datenschutz").
static LEGAL_LINKS: LazyLock<Regex> = LazyLock::new(|| {
    let one = LEGAL.join("|");
    Regex::new(&format!(r"(?i)^(?:{one})(?:\s*[|•·/]\s*(?:{one}))*$")).expect("regex")
});

/// The first words of the [`LEGAL`] links, read off their patterns.
static LEGAL_FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    LEGAL
        .iter()
        .filter_map(|p| p.split([' ', '(', '[']).next())
        .collect()
});

/// Whether `t` is only a page's legal links (see [`LEGAL_LINKS`]). A text
/// browser's menus of them are left to the page's reading. A line opening
/// with none of their first words is not searched.
pub(crate) fn legal_links(t: &str) -> bool {
    static FIRST: LazyLock<crate::compare::text::FxSet<String>> =
        LazyLock::new(|| LEGAL_FIRST.iter().map(|w| w.to_ascii_lowercase()).collect());
    let first = t.split([' ', '|', '•', '·', '/']).next().unwrap_or("");
    let mut buf = [0u8; 32];
    (2..=24).contains(&first.len())
        && FIRST.contains(ascii_lower_word(first, &mut buf).as_ref())
        && at_most_words(t, 16)
        && LEGAL_LINKS.is_match(t)
}

/// Whether `t` is the label a printed page sets over its column of short
/// news items (briefs), each another story: "IN BRIEF", "News in brief",
/// "EN BREF", "KURZ NOTIERT", "EN BREVE", "W SKRÓCIE", "КОРОТКО".
pub(crate) fn briefs_label(t: &str) -> bool {
    static BRIEFS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:(?:news|also) in brief|in brief|news briefs|briefs|en bref|brèves|kurz notiert|kurz gemeldet|in kürze|nachrichten in kürze|en breve|breves|in breve|brevi|em breve|kort nytt|kort sagt|i korthet|in het kort|kort nieuws|lyhyesti|w skrócie|krátce|stručně|röviden|ukratko|pe scurt|коротко|кратко|εν συντομία|kısa kısa)$",
        )
        .expect("regex")
    });
    t.len() <= 40 && BRIEFS.is_match(t.trim().trim_end_matches(':'))
}

/// The text after the pictographs (emoji and the like) that open `t`, when
/// some do and text follows them.
fn after_pictographs(t: &str) -> Option<&str> {
    let pictograph = |c: char| {
        matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2190..=0x21FF | 0x2300..=0x23FF)
            || c == '\u{FE0F}'
            || c == '\u{200D}'
    };
    let rest = t.trim_start_matches(|c: char| pictograph(c) || c.is_whitespace());
    (rest.len() < t.len() && !rest.is_empty() && t.starts_with(pictograph)).then_some(rest)
}

/// Classifies one line (already stripped of Markdown and trimmed).
pub(crate) fn classify(text: &str, outlet_name: Option<&str>) -> LineKind {
    classify_counted(text, None, outlet_name)
}

/// [`classify`], given the count of the trimmed line's words when it is
/// known (counted up to [`LIMIT_WORDS`] or more).
pub(crate) fn classify_counted(
    text: &str,
    words: Option<usize>,
    outlet_name: Option<&str>,
) -> LineKind {
    let t = text.trim();
    if t.is_empty() {
        return LineKind::Blank;
    }
    if let Some(kind) = pictograph_led(t, outlet_name) {
        return kind;
    }
    if editor_settings(t) {
        return LineKind::Removed(Reason::Markup);
    }
    // Counted once for the families' word limits (all at most 61 words).
    let words = words.map_or_else(|| words_up_to(t, LIMIT_WORDS), |w| w.min(LIMIT_WORDS));
    // Most lines are text: one search of all the anchored families at
    // once rules them out.
    let any = ANCHORED.is_match(t);
    if any && SEPARATOR.is_match(t) {
        return LineKind::Removed(Reason::Separator);
    }
    if (any && NAV.is_match(t)) || glued_row(t) {
        return LineKind::Removed(Reason::Navigation);
    }
    if (any && SHARE.is_match(t)) || share_row_counted(t, words) {
        return LineKind::Removed(Reason::Share);
    }
    if footer_notice(t, words, any) || (any && words <= 80 && FEED_FOOTER.is_match(t)) {
        return LineKind::Removed(Reason::Footer);
    }
    if any && let Some(c) = RELATED.captures(t) {
        return LineKind::Related(c[1].trim().to_string());
    }
    if let Some(title) = capitals_label_related(t) {
        return LineKind::Related(title);
    }
    if let Some(kind) = label_or_link(t, any) {
        return kind;
    }
    if let Some(why) = message_or_address(t) {
        return LineKind::Removed(why);
    }
    if let Some(u) = super::meta::url_line(t) {
        return LineKind::Url(super::meta::unwrap_url(&u));
    }
    if any && TRAILER.is_match(t) {
        return LineKind::Removed(Reason::Trailer);
    }
    if any && let Some(c) = REPUBLICATION.captures(t) {
        return LineKind::Republication(c[1].trim().to_string());
    }
    if any && (PAGE_NUMBER.is_match(t) || THREAD_COUNTER.is_match(t)) {
        return LineKind::Removed(Reason::PageNumber);
    }
    if any && words <= 8 && JUMP.is_match(t) {
        return LineKind::Removed(Reason::Jump);
    }
    if any && CREDIT_LINE.is_match(t) && words <= 16 {
        return LineKind::Removed(Reason::Credit);
    }
    if let Some(kind) = caption(t, words) {
        return kind;
    }
    if let Some(name) = outlet_name
        && words <= 6
        && is_outlet_label(t, name)
    {
        return LineKind::Removed(Reason::Kicker);
    }
    if let Some(why) = super::credits::classify(t, words) {
        return LineKind::Removed(why);
    }
    if let Some(why) = super::furniture::classify_counted(t, words) {
        return LineKind::Removed(why);
    }
    LineKind::Text
}

/// "… All rights reserved." with a year or © before it; only a line ending
/// in "reserved" is searched.
/// A copyright line of a page's foot, as [`classify`] removes it ("©
/// RIPRODUZIONE RISERVATA", "Copyright 2024 …", "… All rights
/// reserved."): in a page copy, the article's end. (A newsletter call is
/// an appeal, which an article may be resumed after.)
pub(crate) fn footer_line(t: &str) -> bool {
    let t = t.trim();
    let first = t.bytes().next().map(|b| b.to_ascii_lowercase());
    let may = t.starts_with('©')
        || matches!(first, Some(b'c' | b'('))
        || t.trim_end_matches('.').ends_with("reserved");
    // A wire's notice may go on after its rights.
    let short = at_most_words(t, 25)
        || (at_most_words(t, 45) && t.to_lowercase().contains("rights reserved"));
    if !may || !short || !(FOOTER.is_match(t) || rights_reserved(t)) {
        return false;
    }
    // A photo's credit also opens with "©" ("© Jane Roe/Reuters"): a
    // page's copyright line says so, or names its year.
    let lower = t.to_lowercase();
    let says = [
        "copyright",
        "rights",
        "riservat",
        "réservés",
        "vorbehalten",
        "reservados",
        "защищены",
        "saklıdır",
    ]
    .iter()
    .any(|w| lower.contains(w));
    says || super::meta::has_year(t)
}

/// "All rights reserved" in many languages, in lower case.
const RIGHTS_PHRASES: [&str; 42] = [
    "무단전재 및 재배포 금지",
    "무단 전재 및 재배포 금지",
    "無断転載を禁じます",
    "版權所有",
    "版权所有",
    "不得轉載",
    "всички права запазени",
    "все права защищены",
    "всі права захищені",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "wszelkie prawa zastrzeżone",
    "všechna práva vyhrazena",
    "všetky práva vyhradené",
    "minden jog fenntartva",
    "toate drepturile rezervate",
    "sva prava zadržana",
    "сва права задржана",
    "vse pravice pridržane",
    "alle rechten voorbehouden",
    "alle rettigheder forbeholdes",
    "alle rettigheter reservert",
    "alla rättigheter förbehållna",
    "kaikki oikeudet pidätetään",
    "kõik õigused kaitstud",
    "visas tiesības aizsargātas",
    "visos teisės saugomos",
    "tüm hakları saklıdır",
    "bütün hüquqlar qorunur",
    "με επιφύλαξη παντός δικαιώματος",
    "כל הזכויות שמורות",
    "جميع الحقوق محفوظة",
    "ყველა უფლება დაცულია",
    "բոլոր իրավունքները պաշտպանված են",
    "hak cipta dilindungi undang-undang",
    "mọi quyền được bảo lưu",
    "cedwir pob hawl",
    "gach ceart ar cosaint",
    "tots els drets reservats",
];

/// "All rights reserved" in other languages, ending a line with © or a
/// year in it: "Mediapool.bg © 2001–2027. Всички права запазени.",
/// "© 2027 Ringier Axel Springer Polska. Wszelkie prawa zastrzeżone."
fn rights_reserved_in_words(t: &str) -> bool {
    /// The phrases' last words: most lines end with none of them.
    static LAST: LazyLock<crate::compare::text::FxSet<&'static str>> = LazyLock::new(|| {
        RIGHTS_PHRASES
            .iter()
            .filter_map(|s| s.rsplit(' ').next())
            .collect()
    });
    let end = t.trim_end().trim_end_matches('.');
    let last = end.rsplit(' ').next().unwrap_or("");
    // The last word is written in lower case ("… Всички права запазени.").
    if !LAST.contains(last) {
        return false;
    }
    let lower = end.to_lowercase();
    RIGHTS_PHRASES.iter().any(|s| lower.ends_with(s))
        && (t.contains(['©', 'ⓒ']) || super::meta::has_year(t))
}

/// "All rights reserved" in the words of [`rights_reserved_in_words`] (or
/// English's) that a foot writes otherwise: first, before the sign and the owner
/// ("جميع الحقوق محفوظة © حبر 2028", "Tous droits réservés © Le Journal
/// 2027"), or as a sentence of its own closing a short line, after the
/// owner's name ("Agência Pública – Agência de Jornalismo Investigativo.
/// Todos os direitos reservados."). Said inside a sentence ("… disse que
/// todos os direitos reservados ao autor …") it is no foot.
fn rights_reserved_first_or_alone(t: &str, words: usize) -> bool {
    const ALL_RIGHTS: &str = "all rights reserved";
    /// The phrases' first and last words: most lines open and end with
    /// none of them.
    static ENDS: LazyLock<crate::compare::text::FxSet<&'static str>> = LazyLock::new(|| {
        RIGHTS_PHRASES
            .iter()
            .chain(&[ALL_RIGHTS])
            .flat_map(|s| [s.split(' ').next(), s.rsplit(' ').next()])
            .flatten()
            .collect()
    });
    let t = t.trim();
    let first = t.split(' ').next().unwrap_or("");
    let last = t.trim_end_matches('.').rsplit(' ').next().unwrap_or("");
    let mut buf = [0u8; 32];
    if words > 20
        || ![first, last]
            .iter()
            .any(|w| ENDS.contains(lower_word(w, &mut buf).as_ref()))
    {
        return false;
    }
    let lower = t.to_lowercase();
    RIGHTS_PHRASES.iter().chain(&[ALL_RIGHTS]).any(|p| {
        let first = lower.starts_with(p) && lower[p.len()..].trim_start().starts_with(['©', 'ⓒ']);
        let end = lower.trim_end_matches('.');
        let alone = end.ends_with(p) && {
            let before = end[..end.len() - p.len()].trim_end();
            before.ends_with(['.', '!', '?', '|', '–', '—']) && t.ends_with('.')
        };
        first || alone
    })
}

fn rights_reserved(t: &str) -> bool {
    let end = t.trim_end_matches('.').as_bytes();
    end.len() >= 8
        && end[end.len() - 8..].eq_ignore_ascii_case(b"reserved")
        && RIGHTS_RESERVED.is_match(t)
}

/// A share button's item in a list: a network's name and nothing else
/// ("Facebook", "E-mail", "X"), as a page copy lists them one to a line.
pub(crate) fn share_network(t: &str) -> bool {
    let t = t.trim();
    t.len() <= 12 && SHARE_NETWORK.find(t).is_some_and(|m| m.len() == t.len())
}

/// Whether `w` is a network's name alone ("Facebook", "X", "Viber").
fn network_name(w: &str) -> bool {
    SHARE_NETWORK.find(w).is_some_and(|m| m.len() == w.len())
        || (!w.is_ascii() && NETWORKS_WRITTEN_OUT.contains(&w.to_lowercase().as_str()))
}

/// Networks and the mail and copy buttons, written in the scripts of
/// other languages, in lower case.
const NETWORKS_WRITTEN_OUT: [&str; 40] = [
    "페이스북",
    "트위터",
    "카카오톡",
    "카카오스토리",
    "네이버",
    "밴드",
    "이메일",
    "링크 복사",
    "url 복사",
    "臉書",
    "脸书",
    "微博",
    "微信",
    "電郵",
    "电邮",
    "郵件",
    "邮件",
    "フェイスブック",
    "ツイッター",
    "メール",
    "फेसबुक",
    "ट्विटर",
    "व्हाट्सएप",
    "ईमेल",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "פייסבוק",
    "טוויטר",
    "וואטסאפ",
    "фейсбук",
    "телеграм",
    "вконтакте",
    "одноклассники",
    "однокласники",
    "дзен",
    "вайбер",
    "ютуб",
    "инстаграм",
    "e-pošta",
];

/// A row of share buttons: network names only, at least three of them, or
/// two with "share" ("Share on Facebook | Share on Twitter").
#[cfg(test)]
fn share_row(t: &str) -> bool {
    share_row_counted(t, words_up_to(t, LIMIT_WORDS))
}

/// [`share_row`], given the count of the trimmed line's words (counted up
/// to [`LIMIT_WORDS`] or more): every line is looked at, and the count
/// [`classify_counted`] has is reused.
fn share_row_counted(t: &str, words: usize) -> bool {
    SHARE_ROW.is_match(t) && {
        let n = SHARE_NETWORK.find_iter(t).count();
        n >= 3 || (n >= 2 && t.to_lowercase().contains("share"))
    } || glued_share_row(t, words)
        || button_row(t)
        || labelled_share_row(t)
        || east_asian_share_row(t)
        || written_out_row(t)
        || worded_share_row(t, words)
}

/// A row of share buttons after a label word without a colon, in any
/// language ("Jaa Facebook LinkedIn X", "Dela Facebook X", "Del Facebook
/// Messenger E-mail", "Udostępnij Facebook X"): one word of letters that
/// is no network's name, then two to seven networks' names and nothing
/// else. Looked at only on a short line without punctuation whose second
/// word starts with a capital.
fn worded_share_row(t: &str, words: usize) -> bool {
    let b = t.as_bytes();
    if !(3..=8).contains(&words) || b.len() > 100 || memchr::memchr3(b'.', b',', b':', b).is_some()
    {
        return false;
    }
    let mut all = t.split_whitespace();
    let (Some(label), Some(second)) = (all.next(), all.next()) else {
        return false;
    };
    second.starts_with(|c: char| c.is_uppercase())
        && label.chars().all(char::is_alphabetic)
        && !network_name(label)
        && network_name(second)
        && all.all(network_name)
}

/// A row of networks' names with spaces alone between them, some written
/// in another script ("ВКонтакте Одноклассники Telegram Дзен"): three to
/// eight names, nothing else. Only a short line without punctuation, not
/// all ASCII (that is [`SHARE_ROW`]'s), is read word by word.
fn written_out_row(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() > 160
        || memchr::memchr3(b'.', b',', b':', b).is_some()
        || t.is_ascii()
        || b.iter().any(|c| b"!?()\";".contains(c))
    {
        return false;
    }
    let n = t.split_whitespace().count();
    (3..=8).contains(&n) && t.split_whitespace().all(network_name)
}

/// A row of share buttons under a label in Chinese, Japanese or Korean
/// ("シェア X（旧Twitter） Facebook LINE メール", "分享到： 微信 微博 QQ",
/// "공유하기 카카오톡 페이스북 X"): the label, then ten items or fewer, two
/// of them networks (LINE, KakaoTalk, WeChat and Weibo by their own names
/// too).
fn east_asian_share_row(t: &str) -> bool {
    const LABELS: [&str; 7] = [
        "シェア",
        "共有",
        "分享到",
        "分享",
        "공유하기",
        "공유",
        "轉發",
    ];
    const NETWORKS: [&str; 8] = [
        "LINE",
        "微信",
        "微博",
        "QQ",
        "카카오톡",
        "페이스북",
        "트위터",
        "はてな",
    ];
    let Some(rest) = LABELS.iter().find_map(|l| t.strip_prefix(l)) else {
        return false;
    };
    let rest = rest.trim_start_matches([':', '：', ' ']);
    if t.len() > 200 || rest.split_whitespace().count() > 10 || rest.ends_with(['。', '.']) {
        return false;
    }
    let own = rest
        .split(|c: char| c.is_whitespace() || "（）()|·/".contains(c))
        .filter(|w| NETWORKS.contains(w))
        .count();
    own + SHARE_NETWORK.find_iter(rest).count() >= 2
}

/// A row of share buttons after a label of its own, in any language
/// ("Deli: Facebook · X · E-pošta · Kopiraj povezavo | A+ A-",
/// "Compartir: Facebook | WhatsApp | Copiar enlace"): three items or more
/// between separators, two of them networks, each of three words or fewer,
/// none ending a sentence; or two networks' names or more with only
/// spaces between them ("Share this: Facebook Telegram X").
fn labelled_share_row(t: &str) -> bool {
    if t.len() > 160 {
        return false;
    }
    // The label ends in a colon, or in a full-width one ("分享：").
    let head = &t.as_bytes()[..t.len().min(24)];
    let colon = if memchr::memchr(b':', head).is_some() {
        ":"
    } else if head.windows(2).any(|w| w == "՝".as_bytes()) {
        // Armenian sets its labels off with the abbreviation mark.
        "՝"
    } else if memchr::memchr(0xEF, head).is_some_and(|i| head[i..].starts_with("：".as_bytes())) {
        "："
    } else {
        return false;
    };
    let Some((label, rest)) = t.split_once(colon) else {
        return false;
    };
    // A label of words (an address's "https" is none).
    if label.trim().is_empty() || !at_most_words(label, 3) || rest.starts_with("//") {
        return false;
    }
    let items: Vec<&str> = rest
        .split(['·', '|', '•', '/'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    // The networks' names set apart by spaces alone ("Share this:
    // Facebook Telegram X", "Споделете: Facebook Twitter Viber").
    let names = || rest.split_whitespace();
    if items.len() == 1 && names().count() >= 2 && names().all(network_name) {
        return true;
    }
    // Two networks or more and a last button of the page's own language
    // ("Juogat: Facebook X E-poasta", "Teilen: Facebook X Drucken"): a
    // word opening in a capital, after the networks.
    let (count, last) = (names().count(), names().last().unwrap_or(""));
    if items.len() == 1
        && (3..=6).contains(&count)
        && names().take(count - 1).all(network_name)
        && !network_name(last)
        && last.starts_with(char::is_uppercase)
        && !last.ends_with(['.', '!', '?'])
    {
        return true;
    }
    let networks = (items.iter())
        .filter(|i| at_most_words(i, 2) && (SHARE_NETWORK.is_match(i) || network_name(i)))
        .count();
    networks >= 2
        && items.len() >= 3
        && items
            .iter()
            .all(|i| at_most_words(i, 3) && !i.ends_with(['.', '!', '?']))
}

/// What the buttons over or under an article say, in lower case (see
/// [`button_row`]).
const BUTTON_WORDS: [&str; 65] = [
    "share",
    "save",
    "listen",
    "print",
    "comment",
    "comments",
    "email",
    "bookmark",
    "gift",
    "dela",
    "spara",
    "lyssna",
    "skriv",
    "ut",
    "kommentera",
    "del",
    "lagre",
    "lytt",
    "gem",
    "lyt",
    "teilen",
    "merken",
    "vorlesen",
    "anhören",
    "drucken",
    "kommentieren",
    "partager",
    "sauvegarder",
    "enregistrer",
    "écouter",
    "imprimer",
    "commenter",
    "compartir",
    "guardar",
    "escuchar",
    "imprimir",
    "comentar",
    "condividi",
    "salva",
    "ascolta",
    "stampa",
    "commenta",
    "deel",
    "bewaar",
    "luister",
    "reageer",
    "udostępnij",
    "zapisz",
    "słuchaj",
    "drukuj",
    "поделиться",
    "сохранить",
    "слушать",
    "печать",
    "paylaş",
    "kaydet",
    "dinle",
    "yazdır",
    "partilhar",
    "compartilhar",
    "ouvir",
    "salvar",
    "jaa",
    "tallenna",
    "kuuntele",
];

/// A row of links or tags a page copied whole glued together, no space
/// between them ("WärmeplanungEnergiewendeKommunalpolitikWohnen",
/// "NewsOpinionSportCulture"): one word of 100 bytes or fewer, three or
/// more capitalised parts of three letters or more, each starting where a
/// small letter meets a capital. A name with one such meeting
/// ("PowerPoint", "McDonald") is none.
fn glued_row(t: &str) -> bool {
    let t = t.trim();
    if t.len() > 100 || t.len() < 9 || t.contains(char::is_whitespace) {
        return false;
    }
    let mut parts = 1;
    let mut run = 0;
    let mut prev_lower = false;
    for c in t.chars() {
        if !c.is_alphabetic() {
            return false;
        }
        if c.is_uppercase() && prev_lower {
            if run < 3 {
                return false;
            }
            parts += 1;
            run = 0;
        }
        run += 1;
        prev_lower = c.is_lowercase();
    }
    parts >= 3 && run >= 3 && t.starts_with(char::is_uppercase)
}

/// A row of an article's buttons, each one word: "Share Save Listen",
/// "Dela Spara Lyssna", "Teilen Merken Vorlesen", "Partager Sauvegarder
/// Écouter": two to six words, every one a button's.
fn button_row(t: &str) -> bool {
    static BUTTONS: LazyLock<crate::compare::text::FxSet<&'static str>> =
        LazyLock::new(|| BUTTON_WORDS.into_iter().collect());
    // Every line is looked at: most fail on their length or first word.
    if t.len() > 100 {
        return false;
    }
    let mut n = 0;
    let mut buf = [0u8; 32];
    for w in t
        .split(|c: char| c.is_whitespace() || "|·•/".contains(c))
        .filter(|w| !w.is_empty())
    {
        n += 1;
        if n > 6 || w.len() > 16 || !BUTTONS.contains(lower_word(w, &mut buf).as_ref()) {
            return false;
        }
    }
    n >= 2
}

/// Share buttons copied without spaces between them: "Share to
/// LinkedInLinkedInShare to FacebookFacebook…": three network names or
/// more and "share", in a short line (`words`: its words, counted up to
/// [`LIMIT_WORDS`] or more).
fn glued_share_row(t: &str, words: usize) -> bool {
    /// "share" in any case: what such a row always has.
    static SHARE_WORD: LazyLock<Needles> = LazyLock::new(|| Needles::new(&["share"]));
    if words > 25 || !SHARE_WORD.in_text(t) {
        return false;
    }
    let lower = t.to_lowercase();
    let networks = [
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "email",
        "reddit",
        "pinterest",
        "telegram",
    ];
    let named = networks.iter().filter(|n| lower.contains(*n)).count();
    named >= 3
}

/// Captions: a line ending in a photo credit, or text followed by "Pictured: …"
/// (`words`: the line's words, counted up to [`LIMIT_WORDS`]).
fn caption(t: &str, words: usize) -> Option<LineKind> {
    // A picture described for screen readers: "Photo shows Bleached
    // staghorn corals in shallow water.", "Image shows …".
    if words <= 40
        && let Some(rest) = [
            "Photo shows ",
            "Image shows ",
            "Picture shows ",
            "Video shows ",
        ]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        && rest.starts_with(char::is_uppercase)
    {
        return Some(LineKind::Removed(Reason::AltText));
    }
    if words <= 10 && picture_note(t) {
        return Some(LineKind::Removed(Reason::Caption));
    }
    if words <= 25 && noted_caption(t) {
        return Some(LineKind::Removed(Reason::Caption));
    }
    if words <= 60 && ellipsis_credit(t) {
        return Some(LineKind::Removed(Reason::Caption));
    }
    // An image as a mail program writes it in plain text: "[Image: …]", or
    // its caption in brackets ("[Workers assemble drones … (Name /
    // Outlet)]").
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']'))
        && !inner.contains(['[', ']'])
        && words <= 45
        && (IMAGE_LABEL.is_match(inner)
            || caption(inner.trim(), words) == Some(LineKind::Removed(Reason::Caption)))
    {
        return Some(LineKind::Removed(Reason::Caption));
    }
    // "Pictured: …" has a colon; most lines have none, and are not searched.
    if t.contains(':')
        && let Some(m) = PICTURED.find(t)
    {
        let before = t[..m.start()].trim();
        let after = t[m.start()..].trim();
        let has_credit = trailing_credit(after) || agency_credit(after);
        if has_credit || at_most_words(after, 40) {
            if before.is_empty() {
                return Some(LineKind::Removed(Reason::Caption));
            }
            if ends_sentence(before) {
                return Some(LineKind::Split(before.to_string(), after.to_string()));
            }
        }
    }
    if words <= 45 && trailing_credit(t) {
        return Some(LineKind::Removed(Reason::Caption));
    }
    if words <= 45 && agency_credit(t) {
        return Some(LineKind::Removed(Reason::Caption));
    }
    if words <= 45
        && (dash_credit(t)
            || slash_credit(t)
            || bracket_credit(t)
            || paren_credit(t)
            || caps_credit(t)
            || copyright_credit(t)
            || sentence_then_slash_credit(t)
            || word_credit(t)
            || label_first_credit(t)
            || pipe_credit(t))
    {
        return Some(LineKind::Removed(Reason::Caption));
    }
    if words <= 8 && new_tab_link(t) {
        return Some(LineKind::Removed(Reason::Navigation));
    }
    None
}

/// A caption with its credit after "Credit" and an ellipsis, as a page
/// draws a credit's label hidden from sight ("… a suburban water
/// district.Credit...Caitlin Reyes for The New York Times", "Credit…
/// Jane Roe/Reuters"): the label, in that case, right after a sentence's
/// end or at the line's start, then a capitalised credit of at most
/// twelve words with no sentence in it.
fn ellipsis_credit(t: &str) -> bool {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?:^|[.!?”")])\s*Credit(?:\.\.\.|…)\s*\p{Lu}[^.!?]*$"#).expect("regex")
    });
    static LABEL: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("Credit"));
    LABEL.find(t.as_bytes()).is_some()
        && CREDIT
            .find(t)
            .is_some_and(|m| at_most_words(&t[m.start()..], 13))
}

/// The first words of [`picture_note`]'s notes, in lower case (a
/// library's name after another word is looked for as "Getty").
const PICTURE_FIRST_WORDS: [&str; 63] = [
    "representative",
    "representational",
    "representation",
    "illustrative",
    "illustration",
    "file",
    "stock",
    "archive",
    "archival",
    "symbolic",
    "image",
    "images",
    "photo",
    "photos",
    "picture",
    "pictures",
    "pic",
    "imagen",
    "foto",
    "fotografía",
    "immagine",
    "archivbild",
    "archivfoto",
    "symbolbild",
    "symbolfoto",
    "archiefbeeld",
    "illustratiebeeld",
    "arkivbild",
    "arkivfoto",
    "arşiv",
    "zdjęcie",
    "фото",
    "архивное",
    "иллюстративное",
    "gambar",
    "larawan",
    "arkistokuva",
    "kuvituskuva",
    "illustrasjonsfoto",
    "illustrasjonsbilde",
    "illustrationsfoto",
    "ilustračné",
    "ilustrační",
    "archivní",
    "fotografie",
    "imagem",
    "фота",
    "ілюстрацыйнае",
    "архіўнае",
    "ілюстративне",
    "архівне",
    "илустративна",
    "архивска",
    "ilustrativna",
    "arhivska",
    "ảnh",
    "getty",
    "shutterstock",
    "alamy",
    "imago",
    "wikimedia",
    "pexels",
    "unsplash",
];

/// A line that only says what kind of picture stood there, or whose it
/// is: a stock or file picture ("Representative image", "File photo",
/// "Image for representation only", "Symbolbild", "Foto de archivo",
/// "Photo d'illustration", "Фото из архива"), perhaps with its credit after
/// a mark ("File photo: AFP", "Symbolbild (dpa)"); or a picture library's
/// name alone ("Getty Images", "AFP via Getty Images", "Shutterstock"), as
/// a reader view leaves the credit over a caption. A news agency's name
/// alone ("Reuters") may be a source label, and is left to the header.
fn picture_note(t: &str) -> bool {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^(?:",
            r"(?:representative|representational|representation|illustrative|illustration|file|stock|archive|archival|symbolic)\s+(?:image|photo|picture|pic|photograph)s?",
            r"|(?:image|photo|picture|pic)s?\s+(?:used\s+)?(?:for|of)\s+(?:representation(?:al)?|illustration|illustrative)(?:\s+purposes?)?(?:\s+only)?",
            r"|(?:photo|image)\s+d'illustration|(?:imagen|foto|fotografía)\s+de\s+archivo|(?:foto|immagine)\s+d'archivio",
            r"|(?:archiv|symbol)(?:bild|foto)|(?:archief|illustratie)(?:beeld|foto)|arkivbild|arkivfoto|arşiv\s+fotoğrafı|zdjęcie\s+ilustracyjne",
            r"|фото\s+из\s+архива|архивное\s+фото|иллюстративное\s+фото|фото\s+для\s+иллюстрации",
            // File and illustrative pictures in more languages: Malay and
            // Indonesian, Tagalog, Finnish, Norwegian and Danish, Czech and
            // Slovak, Romanian, Portuguese, Belarusian, Ukrainian,
            // Serbo-Croatian and Macedonian, Vietnamese, Chinese, Hindi,
            // Bengali, Tamil, Urdu, Persian and Arabic.
            r"|(?:gambar|foto)\s+(?:fail|arsip|hiasan|ilustrasi)|larawan\s+mula\s+sa\s+file|arkistokuva|kuvituskuva|illustrasjons(?:foto|bilde)|illustrationsfoto",
            r"|ilustra[cč]n[ée]\s+(?:foto|snímka|snímek)|archivní\s+(?:foto|snímek)|fotografie\s+(?:ilustrativă|de\s+arhivă)|(?:foto|imagem)\s+(?:ilustrativa|de\s+arquivo)",
            r"|фота\s+ілюстрацыйнае|ілюстрацыйнае\s+фота|архіўнае\s+фота|ілюстративне\s+фото|архівне\s+фото|фото\s+ілюстративне",
            r"|(?:илустративна|архивска)\s+фото(?:графија)?|(?:ilustrativna|arhivska)\s+fotografija|ảnh\s+(?:minh\s+họa|tư\s+liệu)|資料照片?|资料图片?|示意图",
            r"|(?:फाइल|फ़ाइल)\s+(?:फोटो|फ़ोटो|तस्वीर)|प्रतीकात्मक\s+(?:तस्वीर|फोटो|फ़ोटो|चित्र)|ফাইল\s+ছবি|প্রতীকী\s+ছবি|கோப்புப்?\s+படம்|فائل\s+فوٹو|عکس\s+(?:آرشیوی|تزئینی)|صورة\s+(?:أرشيفية|تعبيرية)",
            r"|(?:[\p{L}.\-]+\s+via\s+)?getty(?:\s+images)?(?:\s*/\s*istockphoto)?|shutterstock|istock(?:photo)?|alamy(?:\s+stock\s+photo)?|imago(?:\s+images)?|pexels|unsplash|picture[\s-]alliance|wikimedia\s+commons",
            r")(?:\s*(?:[:|/–—-]\s*\S.{0,60}|\([^()]{1,60}\)))?\.?$"
        ))
        .expect("regex")
    });
    /// [`PICTURE_FIRST_WORDS`] as a set.
    static FIRST: LazyLock<crate::compare::text::FxSet<&'static str>> =
        LazyLock::new(|| PICTURE_FIRST_WORDS.into_iter().collect());
    static GETTY: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("Getty"));
    let t = t.trim();
    // Most lines open with a letter no note's first word opens with.
    let opens_so = t.as_bytes().first().is_some_and(|b| {
        !b.is_ascii()
            || matches!(
                b.to_ascii_lowercase(),
                b'r' | b'i' | b'f' | b's' | b'a' | b'p' | b'g' | b'w' | b'z' | b'u' | b'l' | b'k'
            )
    });
    let opens = opens_so
        && {
            let first = t.split_whitespace().next().unwrap_or("");
            let first = first.trim_end_matches([':', '.', ',']);
            let mut buf = [0u8; 32];
            let lower = lower_word(first, &mut buf);
            FIRST.contains(lower.as_ref())
            || lower.starts_with("istock")
            || lower.starts_with("picture")
            // Scripts whose notes' first words are not listed (Hindi,
            // Tamil, Chinese, Arabic …): the pattern alone decides.
            || !first.chars().next().is_some_and(|c| c.is_alphabetic() && (c.is_ascii() || c < '\u{530}'))
        };
    (opens || GETTY.find(t.as_bytes()).is_some()) && NOTE.is_match(t)
}

/// A caption ending in a note of what kind of picture it is ("A
/// driverless train at the Madhavaram depot. | File photo", "… (Gambar
/// fail)", "… – Фота ілюстрацыйнае"): the note ([`picture_note`]) after a
/// bar, a dash, a slash or a sentence's end, or in brackets, closing a
/// caption of two words or more.
fn noted_caption(t: &str) -> bool {
    let t = t.trim_end();
    // A note ends with a letter or a bracket: sentences are ruled out at
    // once.
    if t.ends_with(['.', '!', '?', '"', '”', '»', '“', ':', ',', ';', '’', '\'']) {
        return false;
    }
    // The note is short: the mark before it is looked for in the line's
    // last 80 bytes, from the end ("–" and "—" by their first byte).
    let b = t.as_bytes();
    let from = b.len().saturating_sub(80);
    let w = &b[from..];
    let Some(k) = memchr::memrchr3(b'|', b'(', b'.', w).max(memchr::memrchr3(b'-', b'/', 0xE2, w))
    else {
        return false;
    };
    let (i, len) = match w[k] {
        0xE2 if w.get(k + 1) == Some(&0x80) && matches!(w.get(k + 2), Some(0x93 | 0x94)) => {
            (from + k, 3)
        }
        0xE2 => return false,
        _ => (from + k, 1),
    };
    let (head, note) = if b[i] == b'(' {
        match t.strip_suffix(')') {
            Some(inner) => (&t[..i], &inner[i + 1..]),
            None => return false,
        }
    } else {
        let (before, after) = (&t[..i], &t[i + len..]);
        if !(before.ends_with(' ') || b[i] == b'.') || !after.starts_with(' ') {
            return false;
        }
        (before, after)
    };
    let head = head.trim_end_matches([' ', '|', '-', '–', '—', '/']);
    at_most_words(note, 4)
        && !at_most_words(head, 1)
        && !head.ends_with([':', ','])
        && picture_note(note.trim())
}

/// A caption ending in its credit after the word for a photograph
/// without a colon, as Dutch and Nordic papers write it: "… eerder dit
/// jaar. Foto Merel Kuipers", "… in Almere Poort. Beeld Raymond Rutting /
/// de Volkskrant". The credit is a few names: every word capitalised but
/// the particles of names and outlets ("de", "van").
///
/// Arabic writes it so too, its names ending the sentence ("… في ماركا.
/// تصوير سامي حداد."); its letters have no capitals.
fn word_credit(t: &str) -> bool {
    static WORD_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[.!?؟]\s+(?i:foto|beeld|photo|bild|bilde|kuva|fotó|zdjęcie|fotografía|fotografia|تصوير|عدسة)\s+((?-i:\p{Lu}|\p{Arabic})[^.!?]*)\.?$").expect("regex")
    });
    const PARTICLES: [&str; 10] = [
        "de", "van", "der", "den", "von", "da", "di", "le", "la", "/",
    ];
    /// The words for a photograph that [`WORD_CREDIT`] names, as their
    /// first letters.
    static WORDS: LazyLock<Needles> =
        LazyLock::new(|| Needles::new(&["fot", "beeld", "photo", "bild", "kuva", "zdj"]));
    let arabic = !t.is_ascii() && (t.contains("تصوير") || t.contains("عدسة"));
    if memchr::memchr3(b'.', b'!', b'?', t.as_bytes()).is_none() || !(arabic || WORDS.in_text(t)) {
        return false;
    }
    let Some(c) = WORD_CREDIT.captures(t) else {
        return false;
    };
    let before = c.get(0).map_or(0, |m| m.start());
    let names: Vec<&str> = c[1].split_whitespace().collect();
    c[1].len() <= 80
        && names.len() <= 7
        && at_least_words(&t[..before], 3)
        && names.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || caseless_letter(c)) || PARTICLES.contains(w)
        })
}

/// A letter of a script without capitals (Arabic, Hebrew, the scripts of
/// Asia), which a name starts with as a capital starts one elsewhere.
fn caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// A caption ending in its credit after a bar, as pages set a picture's
/// credit beside its caption: "Το φράγμα του Μόρνου τον Ιούλιο |
/// EUROKINISSI/ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ", "… in Nairobi | Tony Karumba/AFP",
/// "… | Photo: Jane Doe". Four words or more before the bar; after it, at
/// most six words, no sentence: an agency in capitals and a
/// photographer's name joined by a slash, or a photograph's label and a
/// name. A bar between a page's links ("Terms | Privacy") or a name and a
/// date ("Jane Doe | 12.07.2028") credits no picture.
fn pipe_credit(t: &str) -> bool {
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i:photo|foto|φωτ\.|φωτογραφία|фото|bild|imagen|crédito|credit|صورة|تصوير)\s*:?\s+\S").expect("regex")
    });
    if memchr::memchr(b'|', t.as_bytes()).is_none() {
        return false;
    }
    let Some(at) = t.rfind(" | ") else {
        return false;
    };
    let (before, credit) = (&t[..at], t[at + 3..].trim());
    if !at_least_words(before, 4) || !at_most_words(credit, 6) || credit.contains(['!', '?', '|']) {
        return false;
    }
    if LABELLED.is_match(credit) {
        return true;
    }
    // "AGENCY/Name Name" or "Name Name/AGENCY": one side in capitals.
    let Some((a, b)) = credit.split_once('/') else {
        return false;
    };
    let capitals = |s: &str| {
        let s = s.trim();
        s.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !s.chars().any(char::is_lowercase)
            && !s.contains(char::is_whitespace)
    };
    let named = |s: &str| {
        let s = s.trim();
        !s.is_empty()
            && s.split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || caseless_letter(c)))
    };
    !credit.contains('.') && ((capitals(a) && named(b)) || (named(a) && capitals(b)))
}

/// A caption ending in a credit after a dash: "… le 2 octobre 2023 -
/// Droits d'auteur AP Photo", "… – Copyright Reuters", "… — Фото: ТАСС",
/// "… भूस्खलन - फोटो : अमर उजाला", with the word for a photo in the
/// scripts of South Asia, the Middle East and East Asia too.
fn dash_credit(t: &str) -> bool {
    static DASH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s[-–—]\s*(?:droits d'auteur|droits d’auteur|copyright|©|crédits? photo|photo credit|фото|fotoğraf|fotó|foto|photo|bilde|bild|फोटो|फ़ोटो|ছবি|تصویر|عکس|صورة|צילום|φωτογραφία|사진|写真|picha|larawan)\s*:?\s+([^.!?।]{2,60})$").expect("regex")
    });
    t.contains([' '])
        && (t.contains('–')
            || t.contains('—')
            || (t.as_bytes().contains(&b'-') && t.contains(" - ")))
        && DASH_CREDIT
            .captures(t)
            .is_some_and(|c| at_most_words(&c[1], 6))
}

/// A caption ending in an agency's credit written with slashes, in
/// capitals: "… REUTERS/Stringer/File Photo", "… AFP/Karen Minasyan", with
/// at most eight words after it ("Photo Purchase Licensing Rights, opens new tab"). A poll named
/// so in a sentence ("an AP/NORC poll found that …") goes on longer.
fn slash_credit(t: &str) -> bool {
    static SLASH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[\s.])(?:REUTERS|AFP|EPA|EPA-EFE|TASS|AP|SPUTNIK|ANADOLU|XINHUA|GETTY)/\p{Lu}\S*(?:\s+\S+){0,8}$").expect("regex")
    });
    t.contains('/') && SLASH_CREDIT.is_match(t)
}

/// A caption ending in its credit after a copyright sign: "… pendant la
/// présidence belge. © Belga.", "… in Tbilisi © Jane Doe": text before the
/// sign, at most six words after it. A copyright line opens with its sign
/// or with "Copyright" and goes on; that is a footer.
fn copyright_credit(t: &str) -> bool {
    // '©' is 0xC2 0xA9 in UTF-8; most lines hold no 0xA9 byte.
    let Some(at) = memchr::memrchr(0xA9, t.as_bytes()).and_then(|_| t.rfind('©')) else {
        return false;
    };
    let before = t[..at].trim();
    let after = t[at + '©'.len_utf8()..].trim().trim_end_matches('.');
    !before.is_empty()
        && !before.to_lowercase().ends_with("copyright")
        && at_least_words(before, 4)
        && !after.is_empty()
        && at_most_words(after, 6)
        && !after.contains(['.', '!', '?'])
}

/// A caption ending in its credit after a slash, once its sentence has
/// ended: "… in September 2022. / Government of Kyrgyzstan", or with the
/// photographer's name before the slash: "… compte aujourd'hui deux
/// sites. Jean-Marc Lebrun / Le Figaro", "… in January 2026. Ian
/// Whitworth/Shutterstock" (the slash glued, then the name is needed).
fn sentence_then_slash_credit(t: &str) -> bool {
    // Most lines hold no slash, and are not searched for " / ".
    let Some(slash) = memchr::memrchr(b'/', t.as_bytes()) else {
        return false;
    };
    let (at, glued) = match t.rfind(" / ") {
        Some(at) => (at, false),
        None => (slash, true),
    };
    let before = t[..at].trim_end();
    let after = t[at + if glued { 1 } else { 3 }..].trim();
    // The photographer: two to four capitalised words after the sentence.
    let named = before.rfind(['.', '!', '?']).is_some_and(|e| {
        let name = before[e + 1..].trim();
        let n = name.split_whitespace().count();
        (2..=4).contains(&n)
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && at_least_words(&before[..=e], 4)
    });
    ((before.ends_with(['.', '!', '?']) && !glued) || named)
        && at_least_words(before, 4)
        && !after.is_empty()
        && at_most_words(after, if glued { 3 } else { 6 })
        && after.starts_with(char::is_uppercase)
        && !after.contains(['.', '!', '?', '/'])
}

/// A caption ending in its credit in square brackets, with a slash or a
/// "File" or "Courtesy" label: "… in Goris, Armenia [Stringer/Reuters]",
/// "… [File: Hayk Baghdasaryan/AP]", "… in Nairobi. [File, Standard]",
/// "… [Courtesy]".
fn bracket_credit(t: &str) -> bool {
    let t = t.trim_end();
    let Some(inner) = t
        .strip_suffix(']')
        .and_then(|r| r.rfind('[').map(|at| &r[at + 1..]))
    else {
        return false;
    };
    inner.len() < t.len().saturating_sub(2)
        && (inner.contains('/')
            || ["File", "Courtesy", "Photo"].iter().any(|w| {
                inner
                    .strip_prefix(w)
                    .is_some_and(|r| r.is_empty() || r.starts_with([':', ',']))
            }))
        && !inner.contains(['.', '!', '?'])
        && at_most_words(inner, 6)
}

/// A caption ending in its credit in capitals after a sentence, the
/// photographer working for an outlet: "… le 28 août 2024. THIBAUT
/// GARNIER POUR « LE MONDE »", "… on Tuesday. JANE DOE FOR THE
/// WASHINGTON POST", "… MARIA LÓPEZ PARA EL PAÍS". The credit has two to
/// ten words, no small letter, and the word for "for" inside it; "… in
/// the city. NATO SUMMIT" names no photographer.
fn caps_credit(t: &str) -> bool {
    let t = t.trim_end();
    // Most lines end on a small letter or a stop, and are not looked at.
    if !t.ends_with(|c: char| c.is_uppercase() || c == '»') {
        return false;
    }
    let Some(at) = t.rfind(". ") else {
        return false;
    };
    let credit = &t[at + 2..];
    let words: Vec<&str> = credit.split_whitespace().collect();
    if credit.chars().any(char::is_lowercase) || !credit.chars().any(char::is_uppercase) {
        return false;
    }
    (3..=10).contains(&words.len())
        && words[1..words.len() - 1]
            .iter()
            .any(|w| ["POUR", "FOR", "FÜR", "PARA", "PER", "VOOR", "ДЛЯ"].contains(w))
}

/// A photographer's name in capitals after a caption's sentence, as
/// Spanish pages credit photos ("… el pasado 8 de mayo. JOAN SÁNCHEZ"):
/// two or three words of letters (two or more each, none a small word such
/// as "THE" or "OUT"), after a sentence of four words or more in small
/// letters. Whether the line is a caption depends on the line under it
/// (see `text::names_in_capitals_under_captions`).
pub(crate) fn photographer_in_capitals(t: &str) -> bool {
    const SMALL: [&str; 16] = [
        "THE", "AND", "OF", "TO", "IN", "ON", "OUT", "UP", "FOR", "A", "AN", "IS", "DE", "LA",
        "EL", "Y",
    ];
    let t = t.trim_end();
    if !t.ends_with(char::is_uppercase) {
        return false;
    }
    let Some(at) = t.rfind(". ") else {
        return false;
    };
    let words: Vec<&str> = t[at + 2..].split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().count() >= 2
                && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
                && w.chars().any(char::is_alphabetic)
                && !SMALL.contains(w)
        })
        && t[..at].chars().any(char::is_lowercase)
        && !at_most_words(&t[..at], 3)
}

/// A photographer's name and the outlet they worked for: "Caitlin O’Hara
/// for The Washington Post", "Jane Doe for NPR" (a name of two to four
/// capitalised words, "for", an outlet of at most four words starting
/// with a capital).
fn photographer_for_outlet(inner: &str) -> bool {
    let Some((name, outlet)) = inner.split_once(" for ") else {
        return false;
    };
    super::meta::looks_like_name(name)
        && at_most_words(name, 4)
        && outlet.starts_with(char::is_uppercase)
        && at_most_words(outlet, 4)
        && !outlet.ends_with('.')
}

/// A caption ending in its credit in round brackets: an agency's name as
/// the agency writes it ("Giorgia Meloni a Palazzo Chigi (Ansa)", "…
/// (AFP)"), or any short name after a photo label ("Protesters in Tbilisi
/// (Photo: Reuters)", "… (Foto: Mario Rossi)"). A heading ending in an
/// abbreviation ("Die elektronische Patientenakte (ePA)") stays.
fn paren_credit(t: &str) -> bool {
    let t = t.trim_end();
    let Some(inner) = t
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|at| r[at + 1..].trim()))
    else {
        return false;
    };
    // A caption on a line of its own starts as a sentence does; the last
    // line of a caption wrapped over several ("opens Tuesday in the House.
    // (Photo by …)") is left to the rules of blocks, which see it whole.
    if inner.len() + 2 >= t.len() || !t.starts_with(char::is_uppercase) {
        return false;
    }
    if slash_names(inner) || photographer_for_outlet(inner) {
        // "… on Jan. 24, 2024. (Iryna Savchuk / The Kyiv Independent)",
        // "… in Eloy, Ariz. (Caitlin O’Hara for The Washington Post)":
        // after a sentence.
        let before = t[..t.rfind('(').unwrap_or(0)].trim_end();
        return before.ends_with(['.', '!', '?', '"', '”', '»']);
    }
    if inner.len() > 40 {
        return false;
    }
    // The label in either case ("(foto Ansa/Franco Lannino)"); a name after
    // it starts with a capital.
    let labelled = [
        "Photo", "Foto", "Фото", "Image", "Credit", "Supplied", "Picture", "photo", "foto", "фото",
    ]
    .iter()
    .find_map(|l| inner.strip_prefix(l))
    .map(|r| r.trim_start_matches([':', ' ']))
    .filter(|r| !r.starts_with("by "));
    match labelled {
        Some(name) => {
            name.starts_with(char::is_uppercase)
                && at_most_words(name, 5)
                && !name.contains(['.', ','])
        }
        // An agency's whole name ([`AGENCIES`]), as written or in capitals.
        None => AGENCIES
            .iter()
            .any(|a| inner == *a || inner == a.to_uppercase()),
    }
}

/// A photographer and an outlet set apart by a slash, as credits in
/// parentheses give them: "Iryna Savchuk / The Kyiv Independent". Each
/// side is of capitalised words (up to five, "of" and "the" between them),
/// the photographer of two words at least; "Armenia / Azerbaijan" is none.
fn slash_names(inner: &str) -> bool {
    let Some((who, outlet)) = inner.split_once('/') else {
        return false;
    };
    let names = |s: &str, least: usize| {
        let words: Vec<&str> = s.split_whitespace().collect();
        (least..=5).contains(&words.len())
            && words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || ["of", "the", "de", "du", "la"].contains(w)
            })
            && !s.contains(['.', ',', ';', ':'])
    };
    inner.len() <= 70 && names(who, 2) && names(outlet, 1)
}

/// A link a screen reader announces: "Investigations, opens new tab",
/// "Acquire Licensing Rights, opens new tab".
fn new_tab_link(t: &str) -> bool {
    let l = t.trim_end().trim_end_matches(')').to_ascii_lowercase();
    [
        "opens new tab",
        "opens in a new tab",
        "opens in new tab",
        "opens in a new window",
        "opens in new window",
    ]
    .iter()
    .any(|e| l.ends_with(e))
}

/// An image's label opening what a mail program writes for it: "Image:
/// …", "Photo", "Bild: …".
static IMAGE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:image|photo|photograph|picture|img|graphic|bild|foto|фото|imagen|immagine)(?:\s*[:#-]|\s*\d*\s*$)").expect("regex")
});

/// Whether the line ends with "Image: credit" (a short credit after a sentence end).
fn trailing_credit(t: &str) -> bool {
    // "Image: …" has a colon: a line without one is not searched.
    t.contains(':')
        && (TRAILING_CREDIT
            .captures(t)
            .or_else(|| MORE_TRAILING_CREDIT.captures(t))
            .is_some_and(|c| {
                // A label ending the line, its name on the next, after a
                // sentence of four words or more ("… mielenosoittajaa.
                // KUVA:"); "Фото:" alone is no caption.
                let whole = c.get(0).map_or(0, |m| m.start());
                at_most_words(&c[1], 8)
                    && (!c[1].trim().is_empty() || !at_most_words(&t[..whole], 3))
            })
            || t.contains('/') && GLUED_CREDIT.is_match(t)
            || capitals_label_credit(t)
            || glued_label_credit(t))
}

/// Photo labels, capitalised, as a caption copied from a page glues them
/// to its last word ("Credit" is left out: a text browser wraps a
/// credit after it, "Credit: Getty" / "- Contributor").
const GLUED_LABELS: [&str; 17] = [
    "Photo",
    "Photos",
    "Foto",
    "Fotos",
    "Fotó",
    "Fotoğraf",
    "Fotografia",
    "Fotografía",
    "Фото",
    "Снимка",
    "Φωτογραφία",
    "Φωτ.",
    "Bild",
    "Image",
    "Picture",
    "Kuva",
    "Zdjęcie",
];

/// A caption whose credit's label is glued to its last word, the space
/// lost where the page set them apart ("… towed into the portPhoto:
/// Reuters", "… в портуФото: ТАСС"): the label with a capital right after
/// a word in small letters (two or more: "iPhoto" is a name), three words
/// or more before it, and after its colon a short credit with a capital
/// and no sentence in it. "Photo:" after a space is a sentence's word.
fn glued_label_credit(t: &str) -> bool {
    let Some(colon) = t.rfind(':') else {
        return false;
    };
    let (head, credit) = (&t[..colon], t[colon + 1..].trim());
    let Some(label) = GLUED_LABELS.iter().find(|l| head.ends_with(*l)) else {
        return false;
    };
    let caption = &head[..head.len() - label.len()];
    let word = caption.rsplit(char::is_whitespace).next().unwrap_or("");
    word.chars().nth(1).is_some()
        && word.chars().all(char::is_lowercase)
        && at_least_words(caption, 3)
        && credit.starts_with(char::is_uppercase)
        && at_most_words(credit, 6)
        && !credit.contains(['!', '?', ':'])
        && !credit.trim_end_matches('.').contains('.')
}

/// [`CAPITALS_LABEL_CREDIT`] after a caption of three words or more.
fn capitals_label_credit(t: &str) -> bool {
    CAPITALS_LABEL_CREDIT
        .find(t)
        .is_some_and(|m| !at_most_words(&t[..m.start()], 2))
}

/// Whether the line ends with "Name / AGENCY / AGENCY" naming a known agency.
fn agency_credit(t: &str) -> bool {
    if !t.contains('/') || !t.contains(" / ") {
        return false;
    }
    // A credit is short: look only at the end of the line.
    let mut start = t.len().saturating_sub(160);
    while !t.is_char_boundary(start) {
        start += 1;
    }
    let tail = &t[start..];
    let Some(c) = AGENCY_CREDIT.captures(tail) else {
        return false;
    };
    let credit = &c[1];
    credit.split('/').any(|part| {
        let p = part.trim();
        AGENCIES
            .iter()
            .any(|a| p.eq_ignore_ascii_case(a) || p.to_lowercase().starts_with(&a.to_lowercase()))
    })
}

/// A short label that carries the outlet's name ("Development magazine explains").
fn is_outlet_label(t: &str, outlet_name: &str) -> bool {
    at_most_words(t, 6) && !ends_sentence(t) && !t.ends_with('?') && contains_words(t, outlet_name)
}

/// Whether `hay` contains `needle` as whole words (case-insensitive): "DW"
/// is in "DW News" and "(DW)", not in "Goodwill".
pub(crate) fn contains_words(hay: &str, needle: &str) -> bool {
    let hay = hay.to_lowercase();
    let needle = needle.trim().to_lowercase();
    if needle.is_empty() {
        return false;
    }
    let is_word = |c: char| c.is_alphanumeric();
    hay.match_indices(&needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

/// The links a mail program writes after a link's words when it turns a
/// page into plain text ("the report <https://example.com/r> said",
/// "LIKE <https://…> COMMENT <https://…>"): the line's text without them,
/// the links, and whether the line is only the words of two links or more
/// (a row of buttons). `None` when the line has no such link, or is a link
/// alone (a printed URL, read as such).
pub(crate) fn angle_links(t: &str) -> Option<(String, Vec<&str>, bool)> {
    let b = t.as_bytes();
    // Where a link opens: "<http…>", and as newsletters write their plain
    // text, "[ http… ]" and "( http… )" (not a Markdown link's "](http").
    let opens = |i: usize| {
        let rest = &b[i + 1..];
        let spaced = rest.strip_prefix(b" ").unwrap_or(rest);
        match b[i] {
            b'<' => uri_opens(rest),
            b'(' if i > 0 && b[i - 1] == b']' => false,
            _ => spaced.starts_with(b"http://") || spaced.starts_with(b"https://"),
        }
    };
    memchr::memchr3_iter(b'<', b'[', b'(', b).find(|&i| opens(i))?;
    let (mut text, mut links, mut labels) = (String::new(), Vec::new(), Vec::new());
    let mut bracketed = false;
    let mut rest = t;
    let mut base = 0;
    while let Some(at) =
        memchr::memchr3_iter(b'<', b'[', b'(', rest.as_bytes()).find(|&k| opens(base + k))
    {
        let close = match rest.as_bytes()[at] {
            b'<' => '>',
            b'[' => ']',
            _ => ')',
        };
        let tail = &rest[at + 1..];
        let link = tail
            .find(close)
            .map(|e| &tail[..e])
            .filter(|l| !l.trim().contains(char::is_whitespace));
        let Some(l) = link else {
            text.push_str(&rest[..=at]);
            base += at + 1;
            rest = tail;
            continue;
        };
        bracketed |= close != '>';
        labels.push(rest[..at].trim());
        text.push_str(&rest[..at]);
        links.push(&rest[at..at + l.len() + 2]);
        base += at + l.len() + 2;
        rest = &tail[l.len() + 1..];
        // The space before the link went with it before a mark that closes
        // a clause ("a statement [https://…], a spokesperson said").
        if rest.starts_with([',', '.', ';', ':', '!', '?', ')']) {
            text.truncate(text.trim_end().len());
        }
    }
    text.push_str(rest);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if links.is_empty() || text.is_empty() && !bracketed {
        return None;
    }
    let button =
        |l: &&str| !l.is_empty() && at_most_words(l, 4) && !l.ends_with(['.', ',', ';', ':']);
    let buttons = rest.trim().is_empty()
        && (links.len() >= 2 && labels.iter().all(button)
            // A newsletter's one button ("READ IN APP [ https://… ]") or
            // picture ("[ https://…/image.jpg ]").
            || bracketed && links.len() == 1 && (text.is_empty() || labels.iter().all(button)));
    Some((text, links, buttons))
}

/// Text whose links in angle brackets (as a browser's "Save as text" or a
/// mail program writes them after their words) a wrap broke over two
/// lines ("the law <https://" over "www.example.com/law/> allows"), each
/// written whole on one of them, with the lines where they were: at the
/// lower line's start where words follow it there, else at the upper's
/// end (a line ending in a link reads as a link's line). `None` when
/// no link runs over a line. A "<" that opens no link, or a link whose
/// rest is not the next line's first word, is left as it is.
pub(crate) fn angle_links_rejoined(text: &str) -> Option<String> {
    memchr::memmem::find(text.as_bytes(), b"://")?;
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut changed = false;
    for i in 0..lines.len().saturating_sub(1) {
        let Some((head, at)) = broken_link_head(&lines[i]).map(|(h, at)| (h.to_string(), at))
        else {
            continue;
        };
        let next = &lines[i + 1];
        let lead = next.len() - next.trim_start().len();
        let rest = &next[lead..];
        let tail_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let tail = &rest[..tail_len];
        // The link's rest ends it: the next line's first word closes it.
        if lead > 8
            || !tail.ends_with('>')
            || tail.len() < 2
            || tail[..tail.len() - 1].contains(['<', '>'])
        {
            continue;
        }
        let link = format!("{head}{tail}");
        let above = lines[i][..at].trim_end().to_string();
        let below = rest[tail_len..].trim_start().to_string();
        let indent = next[..lead].to_string();
        // The link alone on the lower line: moved up, it leaves the line
        // blank, which is right only where a blank line follows anyway.
        let ends_paragraph = lines.get(i + 2).is_none_or(|l| l.trim().is_empty());
        if below.is_empty() && !ends_paragraph {
            continue;
        }
        if below.is_empty() {
            lines[i] = format!("{above} {link}").trim_start().to_string();
            lines[i + 1] = format!("{indent}{below}");
        } else {
            lines[i] = above;
            lines[i + 1] = format!("{indent}{link} {below}");
        }
        changed = true;
    }
    changed.then(|| lines.join("\n"))
}

/// The start of a link in angle brackets that line `l` ends with, not
/// closed ("<https://", "<https://www.exa"), and where it starts.
fn broken_link_head(l: &str) -> Option<(&str, usize)> {
    let t = l.trim_end_matches(['\r', ' ', '\t']);
    let at = t.rfind('<')?;
    let head = &t[at..];
    (uri_opens(&head.as_bytes()[1..]) && !head.contains(['>', ' ', '\t'])).then_some((head, at))
}

/// Whether `rest` opens with a link a mail program writes in angle
/// brackets: the web's, an address's ("mailto:", "tel:", "sms:"), or an
/// app's ("whatsapp://send?…", "tg://msg?…", "viber://forward?…"): a
/// scheme of letters, then "://".
fn uri_opens(rest: &[u8]) -> bool {
    if rest.starts_with(b"mailto:") || rest.starts_with(b"tel:") || rest.starts_with(b"sms:") {
        return true;
    }
    let scheme = rest
        .iter()
        .take(21)
        .take_while(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'+' | b'.' | b'-')
        })
        .count();
    scheme >= 2 && rest[0].is_ascii_lowercase() && rest[scheme..].starts_with(b"://")
}

/// Words separated by white space (as `split_whitespace` counts them).
pub(crate) fn word_count(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// Whether `s` has at least `n` words; stops counting at `n`.
pub(crate) fn at_least_words(s: &str, n: usize) -> bool {
    words_up_to(s, n) >= n
}

/// Whether `s` has at most `n` words; stops counting at `n + 1`.
pub(crate) fn at_most_words(s: &str, n: usize) -> bool {
    words_up_to(s, n.saturating_add(1)) <= n
}

/// The number of words of `s`, or `cap` once that many are seen.
///
/// Every line and block is counted, often more than once, so eight bytes
/// are looked at together (which of them are white space, as a bit mask).
/// A byte over 0x7F is no white space unless it leads one of the wide
/// white-space characters; only those lead bytes are decoded, one by one.
pub(crate) fn words_up_to(s: &str, cap: usize) -> usize {
    if cap == 0 {
        // A word reaches a cap of none: one is counted.
        return words_up_to(s, 1);
    }
    let b = s.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let wide = x & HIGH_BITS;
        // The bytes before the first that may lead wide white space are
        // counted together (all eight when none does).
        let n = if wide == 0 {
            8
        } else {
            (wide_space_leads(x).trailing_zeros() / 8) as usize
        };
        if n > 0 {
            let space = spaces_of(x, wide);
            // Bit k: byte k opens a word (it is no space, and the byte
            // before it is one, or there is none before it in a word).
            let before = (space << 1) | u64::from(!in_word);
            let starts = !space & before & (u64::MAX >> (64 - n));
            words += starts.count_ones() as usize;
            if words >= cap {
                return cap;
            }
            in_word = (space >> (n - 1)) & 1 == 0;
            i += n;
        }
        if n < 8 {
            let (space, len) = wide_space_at(s, i);
            i += len;
            if !space && !in_word {
                words += 1;
                if words >= cap {
                    return cap;
                }
            }
            in_word = !space;
        }
    }
    // The last bytes, one at a time.
    while i < b.len() {
        let c = b[i];
        let space = if c < 0xC0 {
            // ASCII, or the rest of a character the chunks left unread.
            i += 1;
            matches!(c, b' ' | b'\t'..=b'\r')
        } else {
            let (space, len) = wide_space_at(s, i);
            i += len;
            space
        };
        if !space && !in_word {
            words += 1;
            if words >= cap {
                return cap;
            }
        }
        in_word = !space;
    }
    words
}

/// The bytes of `x` (little-endian) that may lead a wide white-space
/// character (0xC2, 0xE1, 0xE2, 0xE3), as their high bits; exact up to the
/// first of them (bits above it may be set too), which is all that is read.
fn wide_space_leads(x: u64) -> u64 {
    const fn each(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    let zero = |v: u64| v.wrapping_sub(each(1)) & !v & HIGH_BITS;
    // 0xE1..=0xE3 are 0xE0 plus 1 to 3: those bytes less 0xE0 are 1..=3.
    let e = x ^ each(0xE0);
    let e_low = zero(e ^ each(1)) | zero(e ^ each(2)) | zero(e ^ each(3));
    zero(x ^ each(0xC2)) | e_low
}

/// The high bit of each of eight bytes.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Which of the eight bytes of `x` (little-endian) are white space as
/// `char::is_whitespace` says (space, or tab to carriage return), as the
/// low eight bits. `wide` holds the high bits of `x`: a byte over 0x7F is
/// no ASCII white space (the leads of wide white space are read apart).
fn spaces_of(x: u64, wide: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const fn each(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    // With no byte over 0x7F, a byte plus at most 0x7F carries into no
    // other byte.
    let x = x & LOW7;
    let y = x ^ each(b' ');
    let not_space = ((y & LOW7) + LOW7) | y;
    let at_least_tab = x + each(0x80 - 0x09);
    let past_cr = x + each(0x80 - 0x0E);
    let spaces = (!not_space | (at_least_tab & !past_cr)) & HIGH_BITS & !wide;
    // The high bits, gathered into one byte (byte k to bit k).
    ((spaces >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Whether the character at byte `i` of `s` (a character boundary, not
/// ASCII) is white space as `char::is_whitespace` says, and its length in
/// bytes. It is decoded only when its lead byte can start a white-space
/// character (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000).
#[inline(never)]
fn wide_space_at(s: &str, i: usize) -> (bool, usize) {
    let c = s.as_bytes()[i];
    let len = match c {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    if matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
        let ch = s[i..].chars().next().unwrap_or('x');
        return (ch.is_whitespace(), ch.len_utf8());
    }
    (false, len)
}

/// Whether `s` holds white space other than single spaces between words.
/// Each kind is searched with memchr over the whole text (every paragraph
/// is checked, and a loop over its bytes was a twentieth of ingestion);
/// white space beyond ASCII starts with one of four bytes, and only
/// characters starting with those are decoded.
fn needs_squash(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if first == b' ' || last == b' ' || memchr::memmem::find(b, b"  ").is_some() {
        return true;
    }
    if memchr::memchr3(b'\t', b'\n', b'\r', b).is_some() || memchr::memchr2(0x0B, 0x0C, b).is_some()
    {
        return true;
    }
    let wide = memchr::memchr3_iter(0xC2, 0xE1, 0xE2, b).chain(memchr::memchr_iter(0xE3, b));
    wide.into_iter().any(|i| wide_space_at(s, i).0)
}

/// Whether `s` ends a sentence (or a clause that introduces what follows),
/// also with the full-width marks of Chinese and Japanese ("。"), and
/// before closing quotation marks of any language (German closes with “
/// and ‘: „Nie.“).
pub(crate) fn ends_sentence(s: &str) -> bool {
    // French sets a space inside its marks: "« C’est fini. »".
    let t = s.trim_end().trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '”'
                | '’'
                | '\''
                | '“'
                | '‘'
                | ')'
                | ']'
                | '»'
                | '›'
                | '*'
                | '_'
                | '」'
                | '』'
                | '）'
        ) || c.is_whitespace()
    });
    t.ends_with([
        '.', '!', '?', ':', ';', '…', '。', '！', '？', '：', '；', '։', '؟', '۔', '।', '॥', '።',
        '။', '។',
    ])
}

const FUNCTION_WORDS: [&str; 40] = [
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "its", "it", "that", "this", "has", "have",
    "over", "into", "after", "before", "between", "about", "against", "not", "no", "up", "out",
    "new", "why",
];

/// Image alt text as pasted from a page: a few capitalised words, no sentence,
/// no English function words ("Karte Aserbaidschan Armenien Berg-Karabach Englisch").
pub(crate) fn alt_text_shape(t: &str) -> bool {
    // Every word starts with a capital or a digit: the first is looked at
    // before the words are counted.
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    if !capital(t.trim_start())
        || ends_sentence(t)
        || t.ends_with([',', '?', '!'])
        || !(2..=10).contains(&words_up_to(t, 11))
    {
        return false;
    }
    t.split_whitespace().all(|w| {
        // The function words are ASCII: no other word lower-cases to one.
        capital(w) && !FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
    })
}

/// Words that look German (alt text on DW pages is German).
pub(crate) fn german_looking(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let german = words
        .iter()
        .filter(|w| {
            let l = w.to_lowercase();
            l.contains(['ä', 'ö', 'ü', 'ß'])
                || l.get(1..).is_some_and(|rest| rest.contains("sch"))
                || ["ung", "keit", "heit", "schaft", "ische", "isch"]
                    .iter()
                    .any(|s| l.ends_with(s) && l.len() > s.len() + 2)
                || ["karte", "und", "der", "die", "das", "mit", "nach", "gegen"]
                    .contains(&l.as_str())
        })
        .count();
    german * 3 >= words.len().max(1)
}

static MD_IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[([^\]]*)\]\([^)]*\)").expect("regex"));
static MD_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)").expect("regex"));
static MD_REF_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]+)\]\[[^\]]*\]").expect("regex"));
/// `[id]: https://… "title"` on its own line.
static MD_LINK_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^ {0,3}\[[^\]]+\]:\s*<?(?:[a-zA-Z][a-zA-Z0-9+.-]*://\S*|mailto:\S+|/\S*|#\S*|www\.\S+|[\w-]+(?:\.[\w-]+)+(?:/\S*)?)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$"#)
        .expect("regex")
});
/// Struck text without brackets or parentheses: taking it out never changes
/// where a link's `[text](target)` ends (which would drop the words after it).
static MD_STRUCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"~~([^~()\[\]]+?)~~").expect("regex"));
/// HTML tags of the kinds Markdown writers use, with well-formed attributes.
static MD_HTML_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<(/?)(a|abbr|b|big|br|cite|code|del|dfn|div|em|font|i|img|ins|kbd|mark|p|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr|center|figure|figcaption|section|article|aside|header|footer|nav|blockquote|hr|li|ul|ol|h[1-6])(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>|<!--.*?-->"#).expect("regex")
});
/// Deleted text in HTML tags: struck like `~~…~~`.
static MD_HTML_STRUCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<del(?:\s[^<>]*)?>([^()\[\]<>]*?)</del>|<s>([^()\[\]<>]*?)</s>|<strike>([^()\[\]<>]*?)</strike>")
        .expect("regex")
});
static MD_ORDERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}[.)]\s+").expect("regex"));
static MD_AUTOLINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<(https?://[^>\s]+)>").expect("regex"));
static MD_BOLD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\*\*([^*]+)\*\*|__([^_]+)__").expect("regex"));
static MD_EM_STAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[^\w*])\*([^*\s](?:[^*]*[^*\s])?)\*").expect("regex"));
static MD_EM_UNDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[^\w_])_([^_\s](?:[^_]*[^_\s])?)_($|[^\w_])").expect("regex"));
static MD_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`([^`]+)`").expect("regex"));
static MD_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$").expect("regex"));
static MD_SIGNAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^\s{0,3}#{1,6}\s+\S|\[[^\]]+\]\([^)]*\)|\*\*[^*\s][^*]*\*\*|^\s{0,3}>\s")
        .expect("regex")
});

/// A link whose text a wrapping program broke over lines (pandoc and
/// `html2text` wrap Markdown at 72 columns): `[words\nwords](target)`.
static MD_LINK_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(!?)\[([^\[\]\n]*(?:\n[^\[\]\n]*)+)\]\(([^()\s]+(?:\s+"[^"\n]*")?)\)"#)
        .expect("regex")
});
/// Emphasis broken over lines: `*words\nwords*`, `**…**`, `_…_`, `__…__`
/// (the markers around are checked to be the same).
static MD_EM_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(^|[\s(“"„«‘])(\*\*|__|\*|_)([^\s*_][^*_]*?\n[^*_]*?[^\s*_])(\*\*|__|\*|_)([\s.,;:!?)”"»’]|$)"#)
        .expect("regex")
});
/// Lines a link or emphasis may run over, at most.
const SPAN_LINES: usize = 4;

/// Markdown whose links and emphasis run over line breaks, written so
/// that each line reads by itself, with the lines where they were. A span
/// inside prose (words before it on its first line or after it on its
/// last) loses its marks, as each line would; a span that is its lines
/// whole (a link in a list, a caption in italics over two lines) has each
/// line's piece marked by itself (`[a b\nc](u)` as `[a b](u)\n[c](u)`), so
/// that a line of links alone is still one. Images keep their marks. A
/// span over a blank line is no span (Markdown ends a paragraph there).
/// `None` when nothing runs over a line.
pub(crate) fn inline_spans_per_line(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let links = memchr::memmem::find(b, b"](").is_some();
    let emphasis = memchr::memchr2(b'*', b'_', b).is_some();
    let spans = memchr::memmem::find(b, b"]{").is_some();
    if !links && !emphasis && !spans {
        return None;
    }
    let mut out = std::borrow::Cow::Borrowed(text);
    if spans {
        out = pandoc_spans_opened(text);
    }
    if links {
        let replaced = MD_LINK_SPAN.replace_all(&out, |c: &regex::Captures| {
            let (open, close) = (format!("{}[", &c[1]), format!("]({})", &c[3]));
            let m = c.get(0).map_or(0..0, |m| m.range());
            let marked = !c[1].is_empty() || !in_prose(text_of(&out, m));
            span_pieces(&c[2], marked.then_some((&open, &close)))
                .unwrap_or_else(|| c[0].to_string())
        });
        if let std::borrow::Cow::Owned(o) = replaced {
            out = std::borrow::Cow::Owned(o);
        }
    }
    if emphasis {
        let replaced = MD_EM_SPAN.replace_all(&out, |c: &regex::Captures| {
            let m = c.get(0).map_or(0..0, |m| m.range());
            let marked = !in_prose(text_of(&out, m));
            let pieces = (c[2] == c[4])
                .then(|| span_pieces(&c[3], marked.then_some((&c[2], &c[4]))))
                .flatten();
            match pieces {
                Some(p) => format!("{}{p}{}", &c[1], &c[5]),
                None => c[0].to_string(),
            }
        });
        if let std::borrow::Cow::Owned(o) = replaced {
            out = std::borrow::Cow::Owned(o);
        }
    }
    match out {
        std::borrow::Cow::Owned(o) if o != text => Some(o),
        _ => None,
    }
}

/// Pandoc's spans with attributes (`[words]{.credit}`) that run over lines
/// or stand inside another span's brackets (an image's caption holding its
/// credit: `![A dry lake [Photo: Jane\nDoe]{.credit}](…)`), written as their
/// words with the attributes after them (`words{.credit}`), so that the
/// span around them is one Markdown reads and each line's attributes are
/// taken out with it ([`pandoc_marks`]). Spans on a line of their own are
/// left to [`pandoc_marks`].
fn pandoc_spans_opened(text: &str) -> std::borrow::Cow<'_, str> {
    static SPAN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[([^\[\]]*)\](\{[^{}\n]*\})").expect("regex"));
    SPAN.replace_all(text, |c: &regex::Captures| {
        let m = c.get(0).map_or(0..0, |m| m.range());
        let (before, _, _) = text_of(text, m);
        let inner = &c[1];
        let nested = before.matches('[').count() > before.matches(']').count();
        let over_lines = inner.contains('\n') && !inner.split('\n').any(|l| l.trim().is_empty());
        let attributes = PANDOC_ATTRIBUTES
            .find(&c[2])
            .is_some_and(|a| a.len() == c[2].len());
        if (nested || over_lines) && attributes {
            format!("{inner}{}", &c[2])
        } else {
            c[0].to_string()
        }
    })
}

/// The text of the lines a match at `range` of `text` runs over, and where
/// the match starts and ends in it.
fn text_of(text: &str, range: std::ops::Range<usize>) -> (&str, &str, &str) {
    let start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    (
        &text[start..range.start],
        &text[range.clone()],
        &text[range.end..end],
    )
}

/// Whether a span stands in prose: words before it on its first line (a
/// list's marker or a quotation's mark is none) or after it on its last.
fn in_prose((before, _, after): (&str, &str, &str)) -> bool {
    let words = |s: &str| s.chars().any(char::is_alphanumeric);
    let before = before
        .trim_start()
        .trim_start_matches(['-', '*', '+', '>', ' ', '\t']);
    let before = MD_ORDERED
        .find(before)
        .map_or(before, |m| &before[m.end()..]);
    words(before) || words(after)
}

/// The lines of a span's inner text, each in the span's marks (`marks`:
/// opening and closing) or bare; `None` when the span runs over a blank
/// line or over more than [`SPAN_LINES`] lines.
fn span_pieces(inner: &str, marks: Option<(&str, &str)>) -> Option<String> {
    let lines: Vec<&str> = inner.split('\n').collect();
    if lines.len() > SPAN_LINES || lines.iter().any(|l| l.trim().is_empty()) {
        return None;
    }
    let marked: Vec<String> = lines
        .iter()
        .map(|l| {
            let lead = &l[..l.len() - l.trim_start().len()];
            match marks {
                Some((open, close)) => format!("{lead}{open}{}{close}", l.trim()),
                None => l.to_string(),
            }
        })
        .collect();
    Some(marked.join("\n"))
}

/// A comment a document program exported at the text's end, after its
/// mark: "[a]Check whether…" (Google Docs' plain text puts each comment
/// there, and its mark "[a]" glued to the word it is on).
static COMMENT_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[([a-z]{1,2})\]\S").expect("regex"));

/// A text exported with its reviewers' comments (Google Docs): the text
/// without the comments' marks in it and with the comments' lines left
/// blank (the lines stay where they were), and what was taken out, each
/// with its line (1-based). The comments are the text's last lines from
/// one starting with its mark ("[a]…"), and every mark must stand in the
/// text above, glued to a word ("tankers[a]"). `None` for any other text:
/// a list of "[a]" items or a reference list whose marks are not in the
/// text.
pub(crate) fn doc_comments(text: &str) -> Option<(String, Vec<(String, usize)>)> {
    // Most texts have no bracket at all.
    if memchr::memchr(b'[', text.as_bytes()).is_none() || !text.contains("\n[") {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let end = lines.iter().rposition(|l| !l.trim().is_empty())?;
    // The comments' block: back from the end over comment lines, blank
    // lines and up to three lines a comment ran over, to its first
    // comment.
    let mut first = None;
    let mut others = 0;
    for i in (0..=end).rev() {
        if COMMENT_LINE.is_match(lines[i]) {
            first = Some(i);
            others = 0;
        } else if !lines[i].trim().is_empty() {
            others += 1;
            if others > 3 {
                break;
            }
        }
    }
    let first = first?;
    // Lines a comment ran over follow a comment: the block starts at one.
    if lines[first..=end]
        .iter()
        .rposition(|l| COMMENT_LINE.is_match(l))
        .is_some_and(|k| {
            lines[first + k + 1..=end]
                .iter()
                .filter(|l| !l.trim().is_empty())
                .count()
                > 3
        })
    {
        return None;
    }
    let labels: Vec<&str> = lines[first..=end]
        .iter()
        .filter_map(|l| {
            COMMENT_LINE
                .captures(l)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
        })
        .collect();
    let above = lines[..first].join("\n");
    let glued = |label: &str| {
        let mark = format!("[{label}]");
        above
            .match_indices(&mark)
            .any(|(at, _)| above[..at].ends_with(|c: char| !c.is_whitespace()))
    };
    if labels.is_empty() || !labels.iter().all(|l| glued(l)) {
        return None;
    }
    let mut taken = Vec::new();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if i >= first {
            if !line.trim().is_empty() {
                taken.push((line.trim_end_matches('\r').to_string(), i + 1));
            }
            out.push(String::new());
            continue;
        }
        let mut l = (*line).to_string();
        for label in &labels {
            let mark = format!("[{label}]");
            if l.contains(&mark) {
                l = l.replace(&mark, "");
                taken.push((mark, i + 1));
            }
        }
        out.push(l);
    }
    Some((out.join("\n"), taken))
}

/// Whether the text uses Markdown syntax.
pub(crate) fn looks_like_markdown(text: &str) -> bool {
    // Each signal holds one of these bytes: a text without any is not
    // searched (most plain text, read whole for this).
    let b = text.as_bytes();
    let may = memchr::memchr3(b'#', b'[', b'*', b).is_some() || memchr::memchr(b'>', b).is_some();
    may && MD_SIGNAL.is_match(text)
}

/// A Markdown heading line: (level, text).
pub(crate) fn markdown_heading(line: &str) -> Option<(usize, String)> {
    let c = MD_HEADING.captures(line)?;
    Some((c[1].len(), c[2].to_string()))
}

/// The text of a line set wholly in strong emphasis ("**Hospitals add
/// night shifts**", "__Rates stay__"): two to fifteen words that end no
/// sentence (a question or an exclamation may), as note apps and clippers
/// write a crosshead in a text of one paragraph to a line. A bold lead-in
/// with text after it, a bold sentence and a line of several bold spans
/// are not.
pub(crate) fn strong_line(line: &str) -> Option<&str> {
    let t = line.trim();
    let inner = ["**", "__"].iter().find_map(|m| {
        t.strip_prefix(m)?
            .strip_suffix(m)
            .filter(|i| !i.contains(m))
    })?;
    let inner = inner.trim();
    ((2..=15).contains(&word_count(inner)) && !inner.ends_with(['.', ',', ';', ':', '…']))
        .then_some(inner)
}

/// Whether the whole line is a Markdown image.
/// A row of a Markdown (GFM) pipe table, "| a | b |": `Some(None)` for
/// the delimiter row under the header ("|---|:-:|"), `Some(Some(row))`
/// for a row, its cells set apart by " | ", as an HTML table's row is read;
/// `None` for any other line (a pipe inside a sentence, one cell).
pub(crate) fn pipe_table_row(line: &str) -> Option<Option<String>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    if cells.len() < 2 && !inner.contains('-') {
        return None;
    }
    let delimiter = |c: &&str| {
        let d = c.trim_matches(':');
        !d.is_empty() && d.bytes().all(|b| b == b'-')
    };
    if cells.iter().all(delimiter) {
        return Some(None);
    }
    if cells.len() < 2 {
        return None;
    }
    let kept: Vec<&str> = cells.into_iter().filter(|c| !c.is_empty()).collect();
    Some(Some(kept.join(" | ")))
}

pub(crate) fn markdown_image_line(line: &str) -> bool {
    let t = line.trim();
    MD_IMAGE
        .find(t)
        .is_some_and(|m| m.start() == 0 && m.end() == t.len())
}

/// Whether a Markdown line is links and nothing else: a site's menu, a
/// row of buttons, a tag's or a related story's link, as a clipper writes
/// a whole page ("- [Metro](https://…)", "[Subscribe Now](…) [Log In](…)",
/// "[Share](…){.underline}", "[![Logo](logo.svg)](https://…)"). Links set
/// apart by commas or words stay (a byline's names, "By [Jane Doe](…)"),
/// and so does a heading.
pub(crate) fn links_only(line: &str) -> bool {
    static ATTRIBUTES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\{[.#][^}]*\}").expect("regex"));
    static SPAN_WITH_ATTRIBUTES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[[^\]\[]*\]\{[.#][^}]*\}").expect("regex"));
    let t = line.trim();
    let b = t.as_bytes();
    let linked = memchr::memchr_iter(b']', b).any(|i| matches!(b.get(i + 1), Some(b'(' | b'{')));
    if !linked || t.starts_with('#') {
        return false;
    }
    let t = t.trim_start_matches(['-', '*', '+', ' ', '\t']);
    let t = MD_ORDERED.find(t).map_or(t, |m| &t[m.end()..]);
    let t = MD_IMAGE.replace_all(t, "");
    let rest = MD_LINK.replace_all(&t, "");
    // Pandoc's spans with attributes ("[Facebook]{.underline}") are
    // links whose address was lost.
    let rest = SPAN_WITH_ATTRIBUTES.replace_all(&rest, "");
    let rest = ATTRIBUTES.replace_all(&rest, "");
    rest.len() < t.len()
        && rest
            .chars()
            .all(|c| c.is_whitespace() || "|•·/–—-".contains(c))
}

/// A related link whose label in capitals runs into the headline with no
/// colon: "İLGİLİ HABER Metal işçilerinin toplu sözleşme süreci: …", "READ
/// ALSO Teachers issue strike notice". The label is the run of words in
/// capitals opening the line (at most four); the headline after it starts
/// with a capital. The headline, or `None`.
fn capitals_label_related(t: &str) -> Option<String> {
    let mut chars = t.chars();
    // Most lines do not open with two capitals.
    if !(chars.next()?.is_uppercase() && chars.next()?.is_uppercase()) {
        return None;
    }
    let caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    // The first eight words tell; the line is split whole only for a label.
    let n = t.split_whitespace().take(4).take_while(|w| caps(w)).count();
    let after: Vec<&str> = t.split_whitespace().skip(n).take(3).collect();
    if n == 0 || after.len() < 3 || !after[0].starts_with(char::is_uppercase) || caps(after[0]) {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let labelled = format!("{}: {}", words[..n].join(" "), words[n..].join(" "));
    let c = RELATED.captures(&labelled)?;
    Some(c[1].trim().to_string())
}

/// Folders of a site's pages about its writers, in many languages
/// ("/author/jane-doe", "/szerzo/szabo-dora", "/yazarlar/…").
const WRITER_FOLDERS: [&str; 38] = [
    "author",
    "authors",
    "autor",
    "autoren",
    "autores",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "szerzo",
    "szerzok",
    "yazar",
    "yazarlar",
    "avtor",
    "avtory",
    "journalist",
    "journalists",
    "journalisten",
    "reporter",
    "reporters",
    "columnist",
    "columnists",
    "firmas",
    "periodista",
    "contributor",
    "contributors",
    "staff",
    "profil",
    "profile",
    "profiles",
    "people",
    "muhabir",
    "redakteur",
    "redaktor",
    "forfatter",
    "journaliste",
    "penulis",
    "wartawan",
];

/// A line that is one link to a page about a writer, whose words are a
/// name: a byline as a clipper writes it ("[Szabó Dóra](https://telex.hu/
/// szerzo/szabo-dora)"). The name, or `None`. A menu's "[Our authors]
/// (…/authors/)" or "[Contact the staff](…/staff/contact)" is no name.
pub(crate) fn writer_link(line: &str) -> Option<String> {
    let t = line.trim();
    let c = MD_LINK_PARTS.captures(t)?;
    let (name, target) = (c[1].trim(), &c[2]);
    let path = target.split_once("://").map_or(target, |(_, rest)| {
        rest.split_once('/').map_or("", |(_, p)| p)
    });
    let mut segments = path.split(['/', '?', '#']).filter(|s| !s.is_empty());
    let by_writer = segments.any(|s| WRITER_FOLDERS.contains(&s.to_lowercase().as_str()))
        && segments.next().is_some();
    (by_writer && super::meta::looks_like_name(name)).then(|| name.to_string())
}

/// A line that is one Markdown link: its words and its target.
static MD_LINK_PARTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[([^\[\]]+)\]\(([^()\s]+)(?:\s+[^()]*)?\)$").expect("regex"));

/// A picture in an e-mail saved as text, left as its name: Outlook's
/// "[cid:image001.png@01DBA8F2.6C3E1B40]", "<image002.jpg>"; or as a
/// logo's alt text in brackets, as a mail program or a text browser draws
/// a picture: a site's name ("[Oxu.az]") or a logo's ("[logo-compa]"),
/// three words or fewer, no colon (Gmail's "[image: …]" is a caption). A
/// form's buttons ("[Search]", "[Go]") are no pictures.
fn mail_image(t: &str) -> bool {
    static IMAGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\[cid:[^\]\s]+\]|<image\d+\.(?:png|jpe?g|gif)>)$").expect("regex")
    });
    static LOGO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\[[^\[\]:^]{1,40}\]$").expect("regex"));
    if t.len() > 120 || !t.starts_with(['[', '<']) {
        return false;
    }
    if IMAGE.is_match(t) {
        return true;
    }
    let inner = t.trim_start_matches('[').trim_end_matches(']');
    LOGO.is_match(t)
        && at_most_words(inner, 3)
        && (inner.to_ascii_lowercase().contains("logo")
            || inner.split_once('.').is_some_and(|(a, b)| {
                !a.is_empty() && b.len() >= 2 && b.chars().all(char::is_alphabetic)
            }))
}

/// Whether a Markdown line is a footnote's text: `[^1]: …`.
pub(crate) fn footnote_line(line: &str) -> bool {
    static FOOTNOTE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^ {0,3}\[\^[\w-]+\]:\s").expect("regex"));
    FOOTNOTE.is_match(line)
}

/// Pandoc's attributes: `{#id .class key="value"}`.
static PANDOC_ATTRIBUTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\{(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|[^\s}]+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|[^\s}]+)))*\}"#)
        .expect("regex")
});

/// Whether a Markdown line is a fence of Pandoc's divisions (`::: note`,
/// `::: {#main .content}`, `:::`, and as other writers set them, `:::tip`,
/// `:::: note ::::`): three colons or more, with a class's name or
/// attributes and colons after them, nothing else. A line of words after
/// colons ("::: Update: the vote is delayed") is text.
pub(crate) fn pandoc_fence(line: &str) -> bool {
    static FENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^ {0,3}:{3,}[ \t]*(?:[\w-]+|\{[^{}]*\})?[ \t]*:*[ \t]*$").expect("regex")
    });
    line.trim_start().starts_with(":::") && FENCE.is_match(line)
}

/// Pandoc's Markdown marks, read: a span with attributes (`[Share]{.underline}`)
/// as its text, attributes after a link or an image
/// (`{width="6.2in" height="4.1in"}`) and footnote marks (`[^1]`) taken
/// out, and its dashes (`--`, `---`) as the dashes they stand for. A
/// footnote's own line (`[^1]: …`), a rule (`---` alone), a table's row
/// of dashes and an HTML comment are left as they are. What was taken
/// out comes with the line, each piece with its reason.
pub(crate) fn pandoc_marks(line: &str) -> (std::borrow::Cow<'_, str>, Vec<(String, Reason)>) {
    use std::borrow::Cow;
    static SPAN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[([^\]\[]*)\](\{[^}]*\})").expect("regex"));
    static FOOTNOTE_MARK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[\^[\w-]+\]").expect("regex"));
    static EM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(^|[^-])---([^-]|$)").expect("regex"));
    static EN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(^|[^-])--([^-]|$)").expect("regex"));
    // One pass for what any mark needs: "{", "[^" or "--" (most lines
    // have none).
    let b = line.as_bytes();
    let marked = b.iter().enumerate().any(|(i, &c)| {
        c == b'{'
            || (c == b'[' && b.get(i + 1) == Some(&b'^'))
            || (c == b'-' && b.get(i + 1) == Some(&b'-'))
    });
    if !marked {
        return (std::borrow::Cow::Borrowed(line), Vec::new());
    }
    let t = line.trim();
    // A rule, a table's row of dashes, an HTML comment.
    let rule = t
        .chars()
        .all(|c| matches!(c, '-' | '|' | ':' | '+') || c.is_whitespace());
    let mut taken = Vec::new();
    if t.starts_with("[^") || rule || t.contains("<!--") || t.contains("-->") {
        return (Cow::Borrowed(line), taken);
    }
    let mut s = Cow::Borrowed(line);
    if s.contains('{') {
        taken.extend(
            SPAN.captures_iter(&s)
                .map(|c| (c[2].to_string(), Reason::Markup)),
        );
        s = Cow::Owned(SPAN.replace_all(&s, "$1").into_owned());
        taken.extend(
            PANDOC_ATTRIBUTES
                .find_iter(&s)
                .map(|m| (m.as_str().to_string(), Reason::Markup)),
        );
        s = Cow::Owned(PANDOC_ATTRIBUTES.replace_all(&s, "").into_owned());
    }
    if s.contains("[^") {
        taken.extend(
            FOOTNOTE_MARK
                .find_iter(&s)
                .map(|m| (m.as_str().to_string(), Reason::Footnote)),
        );
        s = Cow::Owned(FOOTNOTE_MARK.replace_all(&s, "").into_owned());
    }
    if s.contains("--") {
        s = Cow::Owned(EM.replace_all(&s, "${1}—$2").into_owned());
        s = Cow::Owned(EN.replace_all(&s, "${1}–$2").into_owned());
    }
    (s, taken)
}

/// A Markdown line without its ordered-list marker ("1. ", "2) "); a date
/// written day first ("19. September 2023") keeps its number.
pub(crate) fn strip_ordered_marker(line: &str) -> &str {
    let t = line.trim_start();
    match MD_ORDERED.find(t) {
        Some(m) if !MONTH_FIRST.is_match(&t[m.end()..]) => &t[m.end()..],
        _ => line,
    }
}

static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:jan|feb|m[äa]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zä]*\.?(?:\s|$)",
    )
    .expect("regex")
});

/// Whether the line starts a Markdown list item ("- ", "* ", "+ ", "1. ", "2) ").
pub(crate) fn markdown_list_item(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("- ")
        || t.starts_with("* ")
        || t.starts_with("+ ")
        || strip_ordered_marker(line).len() < t.len()
}

/// The number of an ordered list item ("3. …" → 3).
pub(crate) fn ordered_number(line: &str) -> Option<u32> {
    let t = line.trim_start();
    let m = MD_ORDERED.find(t)?;
    (strip_ordered_marker(line).len() < t.len())
        .then(|| {
            t[..m.end()]
                .trim_end()
                .trim_end_matches(['.', ')'])
                .parse()
                .ok()
        })
        .flatten()
}

/// Whether the line is a Markdown link reference definition (`[1]: https://…`).
pub(crate) fn markdown_link_definition(line: &str) -> bool {
    MD_LINK_DEFINITION.is_match(line)
}

/// Takes `~~struck~~` text out of a Markdown line: (the line without it, the
/// struck pieces).
pub(crate) fn markdown_struck(line: &str) -> (String, Vec<String>) {
    let mut struck = Vec::new();
    let mut out = line.to_string();
    if out.contains("~~") {
        struck.extend(MD_STRUCK.captures_iter(&out).map(|c| c[1].to_string()));
        out = MD_STRUCK.replace_all(&out, "").into_owned();
    }
    if out.contains('<') && MD_HTML_STRUCK.is_match(&out) {
        struck.extend(MD_HTML_STRUCK.captures_iter(&out).filter_map(|c| {
            (1..=3)
                .find_map(|i| c.get(i))
                .map(|m| m.as_str().to_string())
        }));
        out = MD_HTML_STRUCK.replace_all(&out, "").into_owned();
    }
    (out, struck)
}

/// HTML tags inside a line of text: they go without leaving a space.
const INLINE_TAGS: [&str; 27] = [
    "a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "s", "strike",
    "strong", "ins", "kbd", "mark", "q", "samp", "small", "span", "sub", "sup", "time", "tt", "u",
    "var",
];

/// A line without the marks of text highlighted in Markdown ("==marked
/// words==", as Obsidian, Typora and Readwise write it). A mark opens
/// before a word (after a space, a bracket or a quotation mark, or at
/// the line's start) or closes after one; "a == b", "x==y" and a rule of
/// "=" keep theirs.
pub(crate) fn without_highlight_marks(s: &str) -> std::borrow::Cow<'_, str> {
    let b = s.as_bytes();
    let pair = |from: usize| {
        memchr::memchr_iter(b'=', &b[from..])
            .map(|k| from + k)
            .find(|&at| b.get(at + 1) == Some(&b'='))
    };
    if pair(0).is_none() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(at) = pair(from) {
        let before = s[..at].chars().next_back();
        let after = s[at + 2..].chars().next();
        if before == Some('=') || after == Some('=') {
            // A run of three or more: no mark; step over the run.
            from = at + s[at..].bytes().take_while(|&b| b == b'=').count();
            continue;
        }
        let opens = before.is_none_or(|c| c.is_whitespace() || "([{\"'“„«‘*_".contains(c))
            && after.is_some_and(|c| !c.is_whitespace());
        let closes = before.is_some_and(|c| !c.is_whitespace())
            && after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}\"'”»’“‘*_".contains(c));
        if opens || closes {
            out.push_str(&s[last..at]);
            last = at + 2;
        }
        from = at + 2;
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    out.push_str(&s[last..]);
    std::borrow::Cow::Owned(out)
}

/// A line of an editor's settings for the file: Emacs's "-*- mode: text;
/// fill-column: 70 -*-" and Vim's "vim: set tw=72:" ("vi:", "ex:" too).
/// A sentence with "-*-" in it or "vim:" after words is none.
fn editor_settings(t: &str) -> bool {
    if let Some(inner) = t.strip_prefix("-*-").and_then(|r| r.strip_suffix("-*-")) {
        let inner = inner.trim();
        return !inner.is_empty()
            && inner.split(';').all(|part| {
                part.trim().is_empty() || part.contains(':') && at_most_words(part, 3)
            })
            || at_most_words(inner, 1);
    }
    ["vim:", "vi:", "ex:"].iter().any(|p| {
        t.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim().trim_start_matches("set ").trim_end_matches(':');
            !rest.is_empty()
                && rest.split([' ', ':']).filter(|o| !o.is_empty()).all(|o| {
                    o.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "=-_,".contains(c))
                })
        })
    })
}

/// A line a chat or a plain-text mail set in emphasis whole ("*I tempi*"
/// in WhatsApp, Slack or Gmail's plain text, "_Fógra_", "**Lees ook**"),
/// without its marks: the same mark opens and closes the line, is not
/// inside it, and touches its first and last letters. A footnote's star
/// ("* Name changed"), a rule ("* * *") and a word in emphasis inside a
/// line stay as written.
pub(crate) fn without_line_emphasis(raw: &str) -> Option<&str> {
    let t = raw.trim_start();
    if !matches!(t.as_bytes().first()?, b'*' | b'_' | b'~') {
        return None;
    }
    let t = t.trim_end();
    ["**", "__", "*", "_", "~"].iter().find_map(|m| {
        let inner = t.strip_prefix(m)?.strip_suffix(m)?;
        let mark = m.as_bytes()[0] as char;
        (!inner.contains(mark)
            && !inner.starts_with(char::is_whitespace)
            && !inner.ends_with(char::is_whitespace)
            && inner.contains(char::is_alphabetic))
        .then_some(inner)
    })
}

/// `t` without the block-quote marks opening it, at any depth, as e-mail
/// replies nest them ("> > text", ">> text", "> >", ">"): a run of ">"
/// and spaces whose last ">" a space, a tab or the line's end follows. A
/// ">" glued to a word (">50 people", ">>x") is no mark and stays.
pub(crate) fn without_quote_marks(t: &str) -> &str {
    let b = t.as_bytes();
    let run = b
        .iter()
        .position(|&c| !matches!(c, b'>' | b' ' | b'\t'))
        .unwrap_or(b.len());
    let Some(last) = b[..run].iter().rposition(|&c| c == b'>') else {
        return t;
    };
    match b.get(last + 1) {
        None => "",
        Some(b' ' | b'\t') => &t[last + 2..],
        Some(_) => t,
    }
}

/// The depth of the block-quote marks opening `t` (see
/// [`without_quote_marks`]): 0 for a line quoting nothing.
pub(crate) fn quote_depth(t: &str) -> usize {
    let t = t.trim_start();
    let rest = without_quote_marks(t);
    t[..t.len() - rest.len()]
        .bytes()
        .filter(|&b| b == b'>')
        .count()
}

/// A plain line opening with a label in emphasis, as a browser's or a
/// mail program's text marks bold ("*Read also:* The vote …", "*اقرأ
/// أيضاً:* …", "_Fonte_: …"): the line without the label's marks. The
/// label is of five words or fewer, its colon closing it inside the marks
/// or right after them. A list's bullet ("* item: …") is no mark.
pub(crate) fn without_label_emphasis(raw: &str) -> Option<String> {
    let t = raw.trim_start();
    let m = ["**", "__", "*", "_"]
        .into_iter()
        .find(|m| t.starts_with(m))?;
    let rest = &t[m.len()..];
    let end = rest.find(m)?;
    let (label, after) = (&rest[..end], &rest[end + m.len()..]);
    let colon = (label.ends_with(':') && (after.is_empty() || after.starts_with(' ')))
        || after.starts_with(": ");
    let ok = colon
        && !label.starts_with(char::is_whitespace)
        && !label.trim_end_matches(':').ends_with(char::is_whitespace)
        && label.chars().any(char::is_alphabetic)
        && !label.contains(['*', '_'])
        && at_most_words(label, 5);
    ok.then(|| format!("{label}{after}"))
}

/// Strips inline Markdown: links keep their text, emphasis and code markers go,
/// block quotes and list markers go, escapes are resolved.
pub(crate) fn strip_markdown(line: &str) -> String {
    let mut s = without_quote_marks(line.trim()).trim().to_string();
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = s.strip_prefix(marker) {
            s = rest.to_string();
            break;
        }
    }
    if s.contains('<') {
        // Inline tags go; line breaks and block tags separate words.
        s = MD_HTML_TAG
            .replace_all(&s, |c: &regex::Captures| {
                let inline = c
                    .get(2)
                    .is_some_and(|n| INLINE_TAGS.contains(&n.as_str().to_lowercase().as_str()));
                if inline { "" } else { " " }
            })
            .into_owned();
    }
    // Each pattern needs its character (replacing only removes): a line
    // without it is not searched, nor copied.
    // The characters are looked for once, in one pass: a replacement
    // never brings in one that was not there.
    let present = s.bytes().fold(0u8, |m, b| {
        m | match b {
            b'[' => 1,
            b'<' => 2,
            b'*' => 4,
            b'_' => 8,
            b'`' => 16,
            _ => 0,
        }
    });
    let needs: [(&Regex, &str, u8); 8] = [
        (&MD_IMAGE, "$1", 1),
        (&MD_LINK, "$1", 1),
        (&MD_REF_LINK, "$1", 1),
        (&MD_AUTOLINK, "$1", 2),
        (&MD_BOLD, "$1$2", 4 | 8),
        (&MD_EM_STAR, "$1$2", 4),
        (&MD_EM_UNDER, "$1$2$3", 8),
        (&MD_CODE, "$1", 16),
    ];
    for (re, with, needs) in needs {
        if present & needs != 0
            && let std::borrow::Cow::Owned(o) = re.replace_all(&s, with)
        {
            s = o;
        }
    }
    unescape(&s)
}

/// Resolves Markdown's backslash escapes (`\*` → `*`).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&n) = chars.peek()
            && "\\`*_{}[]()#+-.!|<>".contains(n)
        {
            out.push(n);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

/// [`squash`] of an owned string, without a copy when nothing changes.
pub(crate) fn squash_owned(s: String) -> String {
    if needs_squash(&s) { squash(&s) } else { s }
}

/// Collapses runs of white space to one space and trims.
pub(crate) fn squash(s: &str) -> String {
    if !needs_squash(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipe_table_rows() {
        assert_eq!(
            pipe_table_row("| Place | Band | Points |"),
            Some(Some("Place | Band | Points".into()))
        );
        assert_eq!(
            pipe_table_row("  |1|Desperadoes| 288 |"),
            Some(Some("1 | Desperadoes | 288".into()))
        );
        assert_eq!(pipe_table_row("|---|:---:|--:|"), Some(None));
        assert_eq!(pipe_table_row("| --- |"), Some(None));
        assert_eq!(pipe_table_row("| x |  | y |"), Some(Some("x | y".into())));
        for not in [
            "Rain | wind",
            "| one cell |",
            "|",
            "||",
            "a | b |",
            "| a | b",
        ] {
            assert_eq!(pipe_table_row(not), None, "{not}");
        }
    }

    #[test]
    fn counted_repetitions_lose_their_upper_bound_only() {
        assert_eq!(unbounded(r"^[^.!?]{3,150}\.?$"), r"^[^.!?]{3,}\.?$");
        assert_eq!(unbounded(r"\d{1,4}(?:/\d{1,4})?"), r"\d{1,}(?:/\d{1,})?");
        // Exact counts, open bounds and escaped braces stay as they are.
        for kept in [r"\d{4}-\d{2}", r"a{2,}", r"\{1,2\}", r"x\{3,5}"] {
            assert_eq!(unbounded(kept), kept);
        }
        // A line longer than the bound still matches the loosened pattern.
        let long = format!("Funded by {}.", "x".repeat(200));
        assert!(
            Regex::new(&unbounded(r"^Funded by [^.]{3,150}\.$"))
                .unwrap()
                .is_match(&long)
        );
    }

    #[test]
    fn the_set_of_families_matches_every_line_a_family_matches() {
        let families = [
            &*SEPARATOR,
            &*NAV,
            &*SHARE,
            &*FOOTER,
            &*RELATED,
            &*LABEL,
            &*TRAILER,
            &*REPUBLICATION,
            &*PAGE_NUMBER,
            &*CREDIT_LINE,
            &*JUMP,
        ];
        // Lines of the families, with letters outside ASCII next to their
        // word bounds.
        let lines = [
            "Skip to content",
            "Share on WhatsApp",
            "Skip to: Übersicht",
            "© 2023 Éditions Gallimard",
            "Copyright Société Générale 2021",
            "(c) 2019 Ständige Vertretung",
            "Subscribe to our newsletters: téléchargez l’appli",
            "Page 3 of 7",
            "2027-03-25 19:48 článek.txt Page 2",
            "– 12 –",
            "• • •",
            "Continúa en la página 8",
        ];
        for l in lines {
            assert!(families.iter().any(|r| r.is_match(l)), "no family: {l}");
            assert!(ANCHORED.is_match(l), "{l}");
        }
        // Every line of the seeds that a family matches, the set matches.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/sources");
        for outlet in std::fs::read_dir(dir).expect("sources") {
            for f in std::fs::read_dir(outlet.expect("outlet").path()).expect("outlet") {
                let text = std::fs::read_to_string(f.expect("file").path()).unwrap_or_default();
                for l in text.lines().map(str::trim) {
                    if families.iter().any(|r| r.is_match(l)) {
                        assert!(ANCHORED.is_match(l), "{l}");
                    }
                }
            }
        }
    }

    fn k(s: &str) -> LineKind {
        classify(s, Some("Development Magazine"))
    }

    #[test]
    fn sentences_end_with_latin_or_full_width_stops() {
        for t in [
            "Both sides blamed each other.",
            "He asked: \"Why now?\"",
            "今回はそのKindleデスクトップアプリに関する話。",
            "「なし」にして下の「適用」をクリック。」",
            "何が困るかといえば？",
            "„Wir geben nicht auf“, sagte er. „Nie.“",
            "‚So ist es.‘",
            "« C’est fini. »",
            // The danda and double danda, and the full stops of Amharic,
            // Burmese and Khmer.
            "यात्रियों को रोका गया।",
            "দুটি বাক্য॥",
            "መንገዱ ተዘግቷል።",
            "လမ်းပိတ်သည်။",
            "ផ្លូវបិទ។",
        ] {
            assert!(ends_sentence(t), "{t}");
        }
        // Counter-examples: a comma (also full width), a heading, a cut line.
        for t in [
            "officials from both delegations said,",
            "ショートカットタブを開き、ショートカットの欄を",
            "しかし、",
            "What comes next",
            "„Wir geben nicht auf“",
            "यात्रियों को रोका गया",
            "መንገዱ ተዘግቷል፣",
        ] {
            assert!(!ends_sentence(t), "{t}");
        }
    }

    #[test]
    fn outlet_labels_match_whole_words_only() {
        let dw = |t: &str| classify(t, Some("DW"));
        assert_eq!(dw("DW News"), LineKind::Removed(Reason::Kicker));
        assert_eq!(dw("Politics (DW)"), LineKind::Removed(Reason::Kicker));
        assert_eq!(dw("Goodwill in the Caucasus"), LineKind::Text);
        assert_eq!(dw("Crowds in Kirovakan"), LineKind::Text);
        assert!(contains_words("the moscow times", "The Moscow Times"));
        assert!(!contains_words("Goodwill", "DW"));
        assert!(!contains_words("anything", " "));
    }

    #[test]
    fn buttons_opening_with_a_pictograph_are_read_by_their_words() {
        for (t, why) in [
            ("📘 Compartir en Facebook", Reason::Share),
            ("✉️ Enviar por email", Reason::Share),
            ("💬 Comentarios 23", Reason::Comments),
            ("💬 Ver 23 comentarios", Reason::Comments),
        ] {
            assert_eq!(k(t), LineKind::Removed(why), "{t}");
        }
        // A paragraph opening with a pictograph is text.
        for t in [
            "📈 Prices rose by 4% in March, the statistics office said on Friday.",
            "⚠️ Share prices fell sharply on Monday after the announcement.",
            "💬",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
    }

    #[test]
    fn a_caption_with_its_credit_after_the_word_for_photo_is_a_caption() {
        for t in [
            "Werkzaamheden aan de Lekdijk bij Culemborg, eerder dit jaar. Foto Merel Kuipers",
            "Nieuwbouw van sociale huurwoningen in Almere Poort. Beeld Raymond Rutting / de Volkskrant",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
        for t in [
            "The winner was decided by a camera at the line. Photo Finish won the race by a nose.",
            "He handed over the pictures. Foto Kuipers said nothing about them, and left.",
            "Zie de kaart. Foto",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
    }

    #[test]
    fn legal_links_screen_reader_marks_and_app_calls_are_navigation() {
        for t in [
            "Aviso legal",
            "Política de privacidad",
            "Cookies",
            "Privacy Policy | Terms of Use | Cookie Policy",
            "Impressum · Datenschutz · AGB",
            "Mentions légales",
        ] {
            assert!(legal_links(t), "{t}");
        }
        for t in [
            "after newsletter promotion",
            "skip past newsletter promotion",
            "Descarga la app de EL MUNDO",
            "Download the app",
            "READ IN APP",
            "Open in app",
            "Subscribe now",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        for t in [
            "Privacy is the first thing the new law protects, the minister said.",
            "Cookies and cakes were sold at the fair.",
            "Contact with the crew was lost at 9pm.",
            "Download the app's source code from the ministry's site, the report says.",
            "Read in the app's own words, the terms allow the sale of data.",
            "Subscribe now, pay later: the council's new parking scheme explained",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
            assert!(!legal_links(t), "{t}");
        }
    }

    #[test]
    fn buttons_and_reading_times_in_more_languages_are_furniture() {
        for t in [
            "Luister naar dit artikel",
            "Deel dit artikel",
            "Bewaar",
            "Lyt til artiklen",
            "Læsetid: 5 min.",
            "Lesetid: 4 minutter",
            "Gem",
            "Del",
            "Giv artikel",
            "Kopyala",
            "Google News'te Abone Ol",
            "Leer más",
            "Zur Startseite",
            "Visit Website",
            "Mark as read",
        ] {
            assert!(matches!(k(t), LineKind::Removed(_)), "{t}: {:?}", k(t));
        }
        for t in [
            "Del Monte recalls canned peaches",
            "Gem dealers in Antwerp reported record sales on Monday.",
            "Lees meer over de plannen van het kabinet in ons dossier over wonen en huren in de stad.",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
    }

    #[test]
    fn share_rows_with_a_last_button_in_any_language() {
        for t in [
            "Juogat: Facebook X E-poasta",
            "Teilen: Facebook X Drucken",
            "Jaa: Facebook WhatsApp Telegram Sähköposti",
        ] {
            assert!(share_row(t), "{t}");
        }
        for t in [
            "Fact: Facebook owns WhatsApp",
            "Note: Facebook and Twitter",
            "Juogat: Facebook e-poasta",
            "Partners: Facebook Twitter said.",
        ] {
            assert!(!share_row(t), "{t}");
        }
    }

    #[test]
    fn glued_share_rows_read_the_count_given_as_the_count_of_the_line() {
        // Rows glued together, in several languages: found whether the
        // count is given (as the line's reading gives it) or counted here.
        for t in [
            "Share on FacebookFacebookShare on TwitterTwitterShare via EmailEmail",
            "Teilen: FacebookFacebook LinkedInLinkedIn WhatsAppWhatsApp Share",
            "Partager sur LinkedInLinkedIn RedditReddit TelegramTelegram (share)",
        ] {
            let n = words_up_to(t, LIMIT_WORDS);
            assert!(glued_share_row(t, n) && share_row(t), "{t}");
            assert_eq!(classify(t, None), LineKind::Removed(Reason::Share), "{t}");
        }
        // Counter-examples: a sentence of more than 25 words naming the
        // networks and sharing; two networks only; no "share".
        let long = "Officials said they would share the findings on Facebook, Twitter and LinkedIn \
                    next week, after the families of the victims had been told in person of \
                    what the inquiry found in the archive";
        assert!(words_up_to(long, LIMIT_WORDS) > 25);
        assert!(!glued_share_row(long, words_up_to(long, LIMIT_WORDS)) && !share_row(long));
        assert_eq!(classify(long, None), LineKind::Text);
        for t in [
            "Share on FacebookFacebookShare on TwitterTwitter",
            "FacebookFacebook TwitterTwitter LinkedInLinkedIn",
        ] {
            assert!(!glued_share_row(t, words_up_to(t, LIMIT_WORDS)), "{t}");
        }
    }

    #[test]
    fn share_rows_after_a_label_word_without_a_colon() {
        for t in [
            "Jaa Facebook LinkedIn X",
            "Dela Facebook X",
            "Del Facebook Messenger E-mail",
            "Udostępnij Facebook X WhatsApp",
        ] {
            assert!(worded_share_row(t, words_up_to(t, LIMIT_WORDS)), "{t}");
            assert_eq!(classify(t, None), LineKind::Removed(Reason::Share), "{t}");
        }
        // Counter-examples: a sentence, one network, a word between the
        // networks, a heading naming networks.
        for t in [
            "Meta owns Facebook and WhatsApp",
            "Jaa Facebook",
            "Boycott Facebook now X",
            "Why Facebook, X and Telegram matter",
        ] {
            assert!(!worded_share_row(t, words_up_to(t, LIMIT_WORDS)), "{t}");
        }
    }

    #[test]
    fn rows_of_networks_written_in_other_scripts() {
        for t in [
            "ВКонтакте  Одноклассники  Telegram  Дзен",
            "Фейсбук Телеграм Вайбер",
            "Однокласники Ютуб Telegram X",
        ] {
            assert!(share_row(t), "{t}");
        }
        for t in [
            "ВКонтакте и Telegram заблокировали",
            "ВКонтакте, Одноклассники, Telegram — всё это соцсети.",
            "Дзен Одноклассники",
            "Telegram Viber Facebook says",
        ] {
            assert!(!share_row(t), "{t}");
        }
    }

    #[test]
    fn share_rows_under_east_asian_labels() {
        for t in [
            "シェア X（旧Twitter） Facebook LINE メール",
            "分享到： 微信 微博 QQ",
            "공유하기 카카오톡 페이스북 X",
        ] {
            assert!(share_row(t), "{t}");
        }
        for t in [
            "シェアサイクルの利用者が増えている。",
            "分享",
            "共有地の悲劇について、研究者はFacebookとXの例を挙げた。",
            "シェア",
        ] {
            assert!(!share_row(t), "{t}");
        }
    }

    #[test]
    fn share_rows_and_footers() {
        for t in [
            "Share on Facebook | Share on Twitter",
            "Facebook Twitter LinkedIn Email",
            "Share on WhatsApp · Share via Email",
            "VK",
            "Dela Spara Lyssna",
            "Teilen Merken Vorlesen",
            "Share | Save | Listen",
            "Partager Sauvegarder Écouter",
            "Deli: Facebook · X · E-pošta · Kopiraj povezavo | A+ A-",
            "Compartir: Facebook | WhatsApp | Copiar enlace",
            // Armenian sets the label off with its abbreviation mark.
            "Կիսվել՝ Facebook | Telegram | X",
            "Տարածել՝ Facebook · WhatsApp · Telegram",
            // A page's text-size buttons.
            "A- A+",
            "A+ A-",
            "A- A A+",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        // Counter-examples: grades and a letter in a sentence.
        for t in ["A+", "A- grade for the plan", "A A A", "Plan A - a plan"] {
            assert_ne!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        for t in [
            "Wer profitiert: Google / Facebook / Amazon",
            "Sources: Reuters · AP · AFP",
            "https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fx",
            "Quote: Facebook | Twitter | the rest of the market fell.",
            // An Armenian sentence with the abbreviation mark after its
            // subject.
            "Նախարարը՝ Facebook-ում գրել է, որ բանակցությունները շարունակվում են։",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        // Links glued together by a copy.
        for t in [
            "WärmeplanungEnergiewendeKommunalpolitikWohnen",
            "NewsOpinionSportCulture",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        for t in [
            "PowerPoint",
            "McDonaldDouglas",
            "YouTube",
            "Nagorno-Karabakh",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        // Sentences and headings of such words stay.
        for t in ["Save the date", "Listen, comment, share.", "Del 2"] {
            assert_ne!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        for t in [
            "© 2023 DW. All rights reserved.",
            "Copyright 2021 The Moscow Times",
            "Copyright Al-Monitor 2021",
            "Copyright News.az 2020.",
            "Copyright: Süddeutsche Zeitung Digitale Medien GmbH / Süddeutsche Zeitung GmbH Quelle: SZ",
            "Sign up for our newsletter to get the latest news.",
            "Subscribe to the weekly newsletter",
            "© RIPRODUZIONE RISERVATA",
            "(C) Reuters 2024. All rights reserved. Republication or redistribution of Reuters content is expressly prohibited.",
            "(C) Reuters 2024. All rights reserved. Republication or redistribution of Reuters content, including by caching, framing or similar means, is expressly prohibited without the prior written consent of Reuters.",
            "(c) Thomson Reuters 2024",
            "(c) Copyright Thomson Reuters 2025. Click For Restrictions -",
            "Copyright (C) The Hokkaido Shimbun Press.",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Footer), "{t}");
            assert_eq!(
                footer_line(t),
                !t.contains("newsletter"),
                "{t}: a copyright line"
            );
        }
        // A photo's credit opening with "©" is no page's foot.
        assert!(!footer_line("© Ints Priede/Bloomberg"));
        // Counter-examples: sentences about these things are text.
        for t in [
            "(c) the withdrawal of Armenian forces from Kalbajar by 15 November;",
            "(c) Parliament approves the budget for 2025 before the summer recess.",
            "Azerbaijan says it keeps all rights reserved.",
            "Telegram Messenger",
            "VK Music",
            "Twitter / X",
            "Facebook and Twitter were blocked in Azerbaijan during the fighting.",
            "Copyright law in Russia changed in 2019, the Duma said.",
            "Readers can sign up to ask questions, and the newsletter's editor answers them every week in a long column about the war.",
            "The agency said all rights reserved for the monitors were respected, according to the statement issued in Baku on Monday by the ministry of defence and its spokesman.",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
    }

    #[test]
    fn markdown_lists_links_struck_text_and_tags() {
        assert!(markdown_link_definition(
            "[base]: https://example.com/base \"Base\""
        ));
        assert!(markdown_link_definition("[1]: <https://example.com>"));
        assert!(markdown_link_definition("[2]: example.com/page"));
        assert!(!markdown_link_definition(
            "[Note]: Russia said it would help."
        ));
        assert!(!markdown_link_definition(
            "[Update]: Peskov: \"We have nothing to add.\""
        ));
        assert!(!markdown_link_definition("[Editor's note]: Corrected."));
        assert_eq!(
            markdown_struck("The ~~old~~ new treaty"),
            ("The  new treaty".to_string(), vec!["old".to_string()])
        );
        assert_eq!(
            markdown_struck("It <del>sent</del> promised troops"),
            ("It  promised troops".to_string(), vec!["sent".to_string()])
        );
        assert_eq!(strip_ordered_marker("2) Armenia pays"), "Armenia pays");
        assert_eq!(strip_ordered_marker("1990. A year"), "1990. A year");
        assert_eq!(
            strip_ordered_marker("19. September 2023"),
            "19. September 2023"
        );
        assert_eq!(ordered_number("3. item"), Some(3));
        assert_eq!(ordered_number("19. Mai 2023"), None);
        assert_eq!(
            squash(&strip_markdown(
                "a <strong>bold</strong> move<br/> <span class=\"x\">here</span>"
            )),
            "a bold move here"
        );
        assert_eq!(strip_markdown("if x < y and y > z"), "if x < y and y > z");
        assert_eq!(
            squash(&strip_markdown("Russia said no.<br>Armenia agreed.")),
            "Russia said no. Armenia agreed."
        );
        assert_eq!(
            squash(&strip_markdown("Yerevan</p><p>Moscow")),
            "Yerevan Moscow"
        );
        let t = "Inflation stayed <a percent all year, while unemployment was >5%.";
        assert_eq!(strip_markdown(t), t);
        assert!(markdown_list_item("  - item") && markdown_list_item("3. item"));
        assert!(!markdown_list_item("2023. A year"));
    }

    #[test]
    fn navigation_and_share() {
        assert_eq!(
            k("1. Skip to content"),
            LineKind::Removed(Reason::Navigation)
        );
        assert_eq!(
            k("Skip to more DW sites"),
            LineKind::Removed(Reason::Navigation)
        );
        for t in [
            "Partager cet article",
            "Compartir este artículo",
            "Diesen Artikel teilen",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        assert_eq!(k("Share this:"), LineKind::Removed(Reason::Share));
        // Signing in, in several languages, alone on its line.
        for t in [
            "Přihlásit se",
            "Accedi",
            "Anmelden",
            "Se connecter",
            "Kirjaudu sisään",
            "Увійти",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        assert_ne!(
            k("Anmelden können sich alle Bürger bis Freitag im Rathaus."),
            LineKind::Removed(Reason::Navigation)
        );
        // Counter-example: a sentence that mentions skipping is text.
        assert_eq!(k("Lavrov decided to skip the summit."), LineKind::Text);
        assert_eq!(k("Share prices fell on Monday."), LineKind::Text);
        for t in [
            "Teilen",
            "Seite drucken",
            "Поделиться",
            "Paylaş",
            "Կիսվել",
            "Տպել",
            "გაზიარება",
            "Partager",
            "Compartir en Whatsapp",
            "Partager sur Facebook",
            "Copiar enlace",
            "Link kopieren",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        assert_eq!(k("Teilen ist gut."), LineKind::Text);
        assert_eq!(k("Compartir en familia es importante."), LineKind::Text);
        // An advertisement's label between dashes, as a page sets it.
        for t in [
            "- Advertisement -",
            "Advertisement -",
            "— Anzeige —",
            "-- Publicidad --",
            "– Реклама –",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        // A sentence with the word and a dash stays.
        assert_eq!(
            k("Advertisement - the industry spent more than ever in 2027."),
            LineKind::Text
        );
    }

    #[test]
    fn word_counts_of_long_mixed_text_agree_with_split_whitespace() {
        // Eight bytes are counted together: every white space byte at
        // every place in such a run, wide characters split across runs, and
        // runs broken by wide white space, against the standard library's
        // count.
        let pieces = [
            "a", "bc", "def", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{1f}", "!",
            "\u{7f}", "é", "\u{a0}", "\u{2009}", "日", "🙂", "\u{85}", "x y", "д", "ж ", "’",
            "\u{3000}", "ア", "\u{1680}", "\u{2028}", "«", "Ա",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20000 {
            let len = (next() % 40) as usize;
            let s: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            let n = s.split_whitespace().count();
            assert_eq!(word_count(&s), n, "{s:?}");
            for cap in [1, 2, 3, 7, 9, 17] {
                assert_eq!(words_up_to(&s, cap), n.min(cap), "{s:?} {cap}");
            }
            assert_eq!(words_up_to(&s, 0), n.min(1), "{s:?}");
        }
    }

    #[test]
    fn word_counts_and_squashing_agree_with_split_whitespace() {
        let cases = [
            "",
            " ",
            "one",
            " one two ",
            "one  two\tthree\r\nfour",
            "a\u{a0}b\u{2009}c\u{3000}d\u{85}e\u{1680}f\u{202f}g\u{205f}h\u{2028}i",
            "non\u{2011}breaking hyphen stays one word",
            "Ärger über Öl — «quotes» ‘and’ “marks”",
            "Ереван и Баку",
            "日本語の文章",
            "trailing\u{a0}",
            "\u{a0}leading",
            "emoji 🙂 between",
            "dash\u{2014}and\u{2026}ellipsis, no space",
            "vertical\u{b}tab and\u{c}form feed",
            "two  spaces",
            "ends with two  ",
            "\u{3000}",
        ];
        for s in cases {
            let n = s.split_whitespace().count();
            assert_eq!(word_count(s), n, "{s:?}");
            assert_eq!(words_up_to(s, 2), n.min(2), "{s:?}");
            assert!(at_most_words(s, n) && (n == 0 || !at_most_words(s, n - 1)));
            let slow = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(squash(s), slow, "{s:?}");
            assert_eq!(needs_squash(s), s != slow, "{s:?}");
        }
    }

    #[test]
    fn captions_ending_in_credits_after_a_dash_or_slashes_and_new_tab_links() {
        for t in [
            "Les ministres des Affaires étrangères de l'UE réunis à Kyiv, le 2 octobre 2023 - Droits d'auteur AP Photo",
            "Refugees arrive in Goris on Sunday – Copyright Reuters",
            "A cargo ship waits to enter the Bosphorus in Istanbul, Turkey, September 19, 2023. REUTERS/Stringer/File Photo Purchase Licensing Rights, opens new tab",
            "Armenian soldiers at a checkpoint. AFP/Karen Minasyan",
            "A woman from Nagorno-Karabakh rests at a temporary shelter in Goris, Armenia [Stringer/Reuters]",
            "Teachers during a past demonstration in Nairobi. [File, Standard]",
            "The new ferry at the Likoni crossing [Courtesy]",
            "La ministre des Affaires étrangères sera en première ligne pendant la présidence belge. © Belga.",
            "The Batken region saw deadly clashes between Kyrgyz and Tajik forces in September 2022. / Government of Kyrgyzstan",
            "Кофейня на улице Жибек Жолы, которую открыли двое бывших москвичей. Фото: Анна Рыжкова / «Новая газета Европа»",
            "Giorgia Meloni a Palazzo Chigi (Ansa)",
            "Protesters outside parliament in Tbilisi (Photo: Reuters)",
            "Il ministro Giorgetti a Bruxelles. (Foto LaPresse)",
            "Il ministro a Roma (Foto: Mario Rossi)",
            "Rescue workers in Izmir (AFP)",
            "Il lago di Fanaco, sceso sotto il 15 per cento della capacità (foto Ansa/Franco Lannino)",
            "Un'autobotte a Favara (foto Ansa)",
            "Luis Navarro at the edge of a field in Eloy, Ariz. (Caitlin O’Hara for The Washington Post)",
            "Le centre de santé municipal de Nevers, ouvert en 2022, compte aujourd'hui deux sites. Jean-Marc Lebrun / Le Figaro",
            "Residents of Bewdley clear up after the River Severn burst its banks in January 2026. Ian Whitworth/Shutterstock",
            "बदरीनाथ हाईवे पर भूस्खलन - फोटो : अमर उजाला",
            "ঢাকার রাস্তায় জলাবদ্ধতা – ছবি: প্রথম আলো",
            "مترو تهران در شب چهارشنبه‌سوری - عکس: مهر",
            "서울 지하철 2호선 열차 - 사진: 연합뉴스",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
        for t in [
            "Investigations, opens new tab",
            "Acquire Licensing Rights, opens new tab",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        for t in [
            "Advertisement · Scroll to continue",
            "PUBLICITÉ",
            "Anzeige",
            "Реклама",
            "विज्ञापन",
            "광고",
            "Διαφήμιση",
            "Quảng cáo",
            "Auglýsing",
            "REKLAMA",
            "Reklamë",
            "Рэклама",
            "Жарнама",
            "දැන්වීම",
            "விளம்பரம்",
            "ማስታወቂያ",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        // A printed page's pointer to the rest of the article.
        for t in [
            "Lire la suite en page 8",
            "Suite page 4",
            "(Continued on Page A12)",
            "Continued from page 1",
            "See BUDGET, Page A6",
            "Fortsetzung auf Seite 3",
            "Continúa en la página 8",
            "Segue a pag. 9",
            "Lees verder op pagina 5",
            "Dokończenie na str. 4",
            "Продолжение на стр. 3",
            "Forts. på sid. 6",
            "Fortsätter på sidan 12",
            "Fortsetter side 4",
            "(Fortsat fra side 1)",
            "Jatkuu sivulla 7",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Jump), "{t}");
        }
        for t in [
            "The report continued on page 8 with a table of the costs.",
            "See the budget, page 6 of the report, for the figures.",
            "Suite à la réunion du conseil, le maire a démissionné.",
            "see budget, page 6",
            "Fortsatt arbete på sidan av projektet.",
            "Jatkuu sivulla seitsemän ja kahdeksan muiden uutisten kanssa tänään.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Jump), "{t}");
        }
        // The word in a line of text, or a heading over a section on it.
        for t in [
            "विज्ञापन पर सरकार ने नई नीति जारी की।",
            "Reklama w telewizji publicznej kosztuje coraz więcej, mówią eksperci.",
            "광고 시장 규모가 지난해 처음으로 줄었다.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        // Counter-examples: a poll named with slashes in a sentence, a dash
        // before words about a photo, a sentence ending on "new tab".
        for t in [
            "An AP/NORC poll found that 60% of adults disapproved of the deal, and the share has grown since the summer.",
            "The minister arrived late - photo opportunities had been cancelled because of the rain.",
            "मंत्री ने कहा - फोटो खींचने पर रोक है। पत्रकारों ने विरोध किया।",
            "Click the link and it opens in a new tab, the guide says, which confused many readers of the site.",
            "Anzeige gegen den Minister erstattet",
            "The ministry cited the 2022 figures [in/out ratio] in its report on migration to the region.",
            "The union kept the minutes of the meeting [Filed under protest]",
            // A copyright sign inside a sentence, a fraction after one.
            "The brand © Belga is owned by the agency, which licenses it to partners across Europe and beyond.",
            "Turnout was high in the capital. / In the regions it fell to a third of voters, officials said.",
            "Turnout was high in the capital. In the regions / cities it fell to a third of voters, officials said.",
            "The vote was held on Sunday. Prime Minister Jane Doe / Head of State said otherwise in a statement.",
            // A slash glued in a sentence: no name stands before it.
            "The plant runs on a 24/7 basis. It employs 300 people in the town.",
            "Prices rose again in March. Read the full report at example.org/Report",
            "The talks ended without a deal. Fans of the club and/or Supporters",
            // Round brackets that hold no agency's whole name.
            "The statement of the ministers (draft)",
            "Agreement on the corridor (Apple)",
            "Founded in 1945 (AP style guide)",
            "Die elektronische Patientenakte (ePA)",
            "The photographs of the war (Photography, 2023, pp. 4-5)",
            "The club organised a day out (photo opportunities included)",
            "opens Tuesday in the House of Representatives. (Photo by Andrew Harnik / AFP)",
            // A name for a cause, or no sentence before it.
            "The court heard the case. (Jane Doe for the plaintiffs, in a statement.)",
            "Vote for Change (Jane Doe for Mayor)",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
    }

    #[test]
    fn captions_with_a_credit_after_an_ellipsis() {
        for t in [
            "Jesús Ortega has left about a third of his family’s acreage unplanted.Credit...Caitlin Reyes for The New York Times",
            "Credit…Jane Roe/Reuters",
            "Protesters outside the court on Monday. Credit...Pool photo by John Doe",
        ] {
            assert_eq!(
                caption(t, words_up_to(t, LIMIT_WORDS)),
                Some(LineKind::Removed(Reason::Caption)),
                "{t}"
            );
        }
        for t in [
            "Credit... that is what the bank said it would not extend. Nobody knew why.",
            "The firm's Credit...Suisse unit was sold in 2023 to UBS, the bank said, after months of talks over its future.",
            "Consumer credit... rose in March.",
        ] {
            assert_eq!(caption(t, words_up_to(t, LIMIT_WORDS)), None, "{t}");
        }
    }

    #[test]
    fn notes_of_a_stock_picture_and_picture_libraries_alone_are_captions() {
        for t in [
            "Representative image",
            "Representational Image",
            "Image for representation only",
            "Image used for representational purposes only",
            "File photo",
            "File Photo: AFP",
            "Stock image (Reuters)",
            "Symbolbild",
            "Symbolbild: dpa",
            "Foto de archivo",
            "Photo d'illustration",
            "Archiefbeeld",
            "Фото из архива",
            "Arşiv fotoğrafı",
            "Getty Images",
            "AFP via Getty Images",
            "Getty Images/iStockphoto",
            "Shutterstock",
        ] {
            assert_eq!(
                caption(t, words_up_to(t, LIMIT_WORDS)),
                Some(LineKind::Removed(Reason::Caption)),
                "{t}"
            );
        }
        // Counter-examples: sentences about such pictures, headings, a
        // news agency alone, a picture library in a sentence.
        for t in [
            "The file photo showed the minister at the border.",
            "Representative images of the war were shown in court.",
            "Getty Images said it would appeal the ruling.",
            "Reuters",
            "Illustration",
            "Stock markets fell sharply on Monday",
            "File sharing",
        ] {
            assert_eq!(caption(t, words_up_to(t, LIMIT_WORDS)), None, "{t}");
        }
    }

    #[test]
    fn notes_a_reader_put_in_brackets() {
        for t in [
            "[SdV: TTF has given back about half of that since - last was 53.10 when I sent this.]",
            "[RTH: arranger told us ¥15bn for Ishikari, not ¥12bn – clarify.]",
            "[JD: check]",
            "[NB: the ministry denies this.]",
            "[Note: our own figure was 46.5%.]",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::ReaderNote), "{t}");
        }
        for t in [
            "[Updated at 3 pm: the ministry has responded.]",
            "[sic]",
            "[…]",
            "[Image: a tanker off Hammerfest]",
            "He said [the ministry] was wrong: it was not.",
            "[SdV: an open note without its end",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::ReaderNote), "{t}");
        }
    }

    #[test]
    fn captions_and_credits() {
        assert_eq!(
            k("Image: picture-alliance/AP Photo"),
            LineKind::Removed(Reason::Credit)
        );
        // Photo labels in other languages, with the Armenian comma too.
        for t in [
            "Լուսանկարը՝ «Ազատություն»",
            "Фото: ТАСС",
            "Fotoğraf: AA",
            "ფოტო: Netgazeti",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Credit), "{t}");
        }
        for t in [
            "Фотограф рассказал о съёмке в Степанакерте",
            "Լուսանկարիչը պատմեց նկարահանումների մասին",
            // A label inside a sentence, and a slash that credits nobody.
            "Sie zeigte uns das Foto: ein Mann mit Hut und Mantel/Schal.",
            "The image: a crowd of 24/7 protesters outside the court",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
        // A credit glued to the caption's last word.
        for t in [
            "Leere Bahnsteige am U-Bahnhof Alexanderplatz Mitte Januar Foto: Christoph Soeder/dpa",
            "Protesters outside the ministry on Monday Photo: Jane Doe / Reuters",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
        assert_eq!(
            k(
                "Azerbaijan has reportedly used the Israeli made Harop suicide drone.Image: picture-alliance/dpa/Y. Valat"
            ),
            LineKind::Removed(Reason::Caption)
        );
        assert_eq!(
            k(
                "Moscow has so far taken a cautious stance toward the latest flare-up. Hrayr Badalyan / AP / TASS"
            ),
            LineKind::Removed(Reason::Caption)
        );
        assert_eq!(
            k(
                "Damage in a residential area after a military strike on Stepanakert. oldhike / TASS"
            ),
            LineKind::Removed(Reason::Caption)
        );
        match k("Russia has shifted. Pictured: The monument in Shusha. Photo: Istockphotos/OSTILL.")
        {
            LineKind::Split(keep, cap) => {
                assert_eq!(keep, "Russia has shifted.");
                assert!(cap.starts_with("Pictured:"));
            }
            other => panic!("{other:?}"),
        }
        for t in [
            "Photo: Marc-André Tessier Le Devoir Les premières rames au centre d’entretien",
            "Foto: Jan Novák ČTK Hasiči na místě nehody u Berouna",
            "Фото: Іван Петренко Пожежники на місці події",
        ] {
            // Removed as the photo's credit or its caption.
            assert!(
                matches!(k(t), LineKind::Removed(Reason::Caption | Reason::Credit)),
                "{t}"
            );
        }
        // Counter-examples: real paragraphs that look a little like captions.
        assert_eq!(
            k(
                "Photo: Jane Smith took the picture at dawn and later sold it to a museum in Lyon for a record price, the auction house said on Monday."
            ),
            LineKind::Text
        );
        assert_eq!(
            k("The vote in the assembly was 12 / 3 in favour of the motion."),
            LineKind::Text
        );
        assert_eq!(
            k(
                "According to AP, the talks in Moscow lasted ten hours and ended without a statement."
            ),
            LineKind::Text
        );
        assert_eq!(
            k("The photo: a symbol of the war, was shared widely across the region."),
            LineKind::Text
        );
    }

    #[test]
    fn trailers_related_and_republication() {
        assert_eq!(
            k("AFP contributed reporting."),
            LineKind::Removed(Reason::Trailer)
        );
        assert_eq!(k("cw/jm (AP, Reuters)"), LineKind::Removed(Reason::Trailer));
        // A wire's other marks: agencies' initials with an agency's name,
        // the reporter's contact, a currency's rate, a media mark.
        for t in [
            "lhf/Reuters/dpa",
            "((jane.doe@thomsonreuters.com; +44 20 7542 0000; Reuters Messaging: jane.doe.thomsonreuters.com@reuters.net))",
            "($1 = 977.30 Chilean pesos)",
            "(€1 = $1.0823)",
            "=(PICTURE+VIDEO)=",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Trailer), "{t}");
        }
        for t in [
            "(($) The figures are in US dollars.)",
            "($1 billion was set aside for the scheme, the ministry said, adding that more would follow.)",
            "Reuters/Ipsos poll shows a lead for the Democrats",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
        // A note on the fund that paid for the reporting, in several
        // languages; counter-examples: sentences of the report itself
        // about a project's funding.
        for t in [
            "This story was produced with support from the Harbour Reporting Fund.",
            "This investigation was made possible with the support of a regional press grant",
            "Dit verhaal kwam tot stand met steun van het Fonds voor Lokale Verslaggeving.",
            "Dieser Beitrag entstand mit Unterstützung der Stiftung Lokaljournalismus.",
            "Cet article a été réalisé avec le soutien du Fonds pour le journalisme local.",
            "Este reportaje fue realizado con el apoyo de la Fundación Prensa Local.",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Trailer), "{t}");
        }
        for t in [
            "The project was funded by a grant from the county, the mayor said, and will open in May.",
            "The bridge was built with support from the national road fund in 1988.",
            "Dit project kwam tot stand met steun van de provincie, zei de wethouder dinsdag.",
            "Dit onderzoek kwam tot stand met steun van de provincie, zei de wethouder dinsdag.",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
        assert_eq!(
            k("Related article: Fighting Between Armenia and Azerbaijan Widens"),
            LineKind::Related("Fighting Between Armenia and Azerbaijan Widens".into())
        );
        assert_eq!(
            k("This article was first published by the Carnegie Moscow Center."),
            LineKind::Republication("the Carnegie Moscow Center".into())
        );
        assert_eq!(
            k("Reuters reported that AFP contributed to the confusion."),
            LineKind::Text
        );
        for (line, title) in [
            (
                "Lesen Sie auch: Was Sie über den Konflikt wissen müssen",
                "Was Sie über den Konflikt wissen müssen",
            ),
            (
                "Читайте также: Пашинян заявил о готовности принять беженцев",
                "Пашинян заявил о готовности принять беженцев",
            ),
            (
                "À lire aussi : Le Haut-Karabakh se vide",
                "Le Haut-Karabakh se vide",
            ),
            (
                "Читайте також: Енергетики попереджають про відключення",
                "Енергетики попереджають про відключення",
            ),
            (
                "Czytaj także: Smog w Krakowie. Dlaczego wciąż oddychamy brudnym powietrzem",
                "Smog w Krakowie. Dlaczego wciąż oddychamy brudnym powietrzem",
            ),
            // A few words naming the kind of story, then a bar.
            (
                "Lire aussi le décryptage (2023) | Cantines scolaires : pourquoi les marchés publics sont si difficiles à contrôler",
                "Cantines scolaires : pourquoi les marchés publics sont si difficiles à contrôler",
            ),
            (
                "Lire aussi l’enquête | Les cantines de Marseille",
                "Les cantines de Marseille",
            ),
            // Armenian sets the label off with its own mark, "՝".
            (
                "ԿԱՐԴԱՑԵՔ ՆԱԵՎ՝ Կենտրոնական բանկը իջեցրել է տոկոսադրույքը",
                "Կենտրոնական բանկը իջեցրել է տոկոսադրույքը",
            ),
        ] {
            assert_eq!(k(line), LineKind::Related(title.into()), "{line}");
        }
        // Reporting that starts with the same words, without the colon.
        assert_eq!(
            k("Lesen Sie auch die Erklärung des Ministeriums, sagte er."),
            LineKind::Text
        );
        assert_eq!(
            k("Read more about the vote in the council, where the plan passed by a wide margin."),
            LineKind::Text
        );
    }

    #[test]
    fn urls_and_labels() {
        assert_eq!(
            k("https://s.gtool.pro:443/https/p.dw.com/p/1IReS"),
            LineKind::Url("https://p.dw.com/p/1IReS".into())
        );
        assert_eq!(k("Original url:"), LineKind::UrlLabel(None));
        assert_eq!(
            k("Original url: https://x.com/a"),
            LineKind::UrlLabel(Some("https://x.com/a".into()))
        );
        // A read-later app's source line, with its address only.
        assert_eq!(
            k("Source: https://x.com/a"),
            LineKind::UrlLabel(Some("https://x.com/a".into()))
        );
        assert_ne!(k("Source: Reuters"), LineKind::UrlLabel(None));
        assert!(!matches!(k("Source: Reuters"), LineKind::UrlLabel(_)));
        // A feed reader's "Link:" line; a link's name is no address.
        assert_eq!(
            k("Link: https://x.com/a"),
            LineKind::UrlLabel(Some("https://x.com/a".into()))
        );
        assert!(!matches!(k("Link: the bridge"), LineKind::UrlLabel(_)));
    }

    #[test]
    fn lines_set_wholly_in_strong_emphasis() {
        assert_eq!(
            strong_line("**Bệnh viện tăng ca cấp cứu do sốc nhiệt**"),
            Some("Bệnh viện tăng ca cấp cứu do sốc nhiệt")
        );
        assert_eq!(
            strong_line("__Why rates stay high?__"),
            Some("Why rates stay high?")
        );
        for t in [
            "**Bold** lead-in and the text after it",
            "**The minister resigned on Tuesday.**",
            "**One** and **two**",
            "**Exclusive**",
        ] {
            assert_eq!(strong_line(t), None, "{t}");
        }
    }

    #[test]
    fn a_threads_post_numbers_alone_are_page_numbers() {
        for t in ["(2/8)", "(1/8) #Mombasa #Maji #Kenya", "🧵 (1/12)", "(١/٢)"] {
            assert_eq!(k(t), LineKind::Removed(Reason::PageNumber), "{t}");
        }
        // Counter-examples: a figure in a sentence, a fraction in a recipe.
        for t in [
            "(1/2) cup of sugar goes in last.",
            "The vote was (5/3) in favour of the plan.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::PageNumber), "{t}");
        }
    }

    #[test]
    fn labels_over_a_pages_briefs() {
        for t in [
            "IN BRIEF",
            "News in brief",
            "EN BREF",
            "Kurz notiert:",
            "W SKRÓCIE",
            "КОРОТКО",
        ] {
            assert!(briefs_label(t), "{t}");
        }
        // Counter-examples: a heading that says more, a sentence.
        for t in [
            "In brief, the plan failed.",
            "Brief encounters",
            "IN BRIEF: the ferry",
        ] {
            assert!(!briefs_label(t), "{t}");
        }
    }

    #[test]
    fn a_page_foot_sets_its_number_between_the_site_and_the_outlet() {
        for t in [
            "harbourgazette.com — 3 — Harbour Gazette",
            "www.lokalblatt.de   – 12 –   Lokalblatt",
            "Le Quotidien du Port - 7 - lequotidien.fr",
            "diariodelsur.es — 2 —",
            "Montag, 3. Mai 2027 — 14 — nordkurier.de",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::PageNumber), "{t}");
        }
        // Counter-examples: a score or a count between dashes in a
        // sentence, an address in a sentence, a figure after a site.
        for t in [
            "Arsenal — 2 — Chelsea",
            "The final read — 2 — and the crowd went home.",
            "Visit harbourgazette.com — 3 — for the full timetable of the ferries.",
            "harbourgazette.com reported 3 new cases on Monday.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::PageNumber), "{t}");
        }
    }

    #[test]
    fn an_e_papers_foot_names_the_page_by_its_word() {
        for t in [
            "kleinezeitung.at                           Seite 14",
            "www.rp.pl   Strona 3",
            "Sida 12   sydsvenskan.se",
            "Página 7",
            "dagbladet.no side 22",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::PageNumber), "{t}");
        }
        // Counter-examples: a sentence or a heading that names a page.
        for t in [
            "Seite 14 des Berichts nennt die Kosten",
            "Die Seite 14",
            "Side 3 of the story was missing",
            "kleinezeitung.at meldet 14 neue Fälle",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::PageNumber), "{t}");
        }
    }

    #[test]
    fn share_buttons_in_south_slavic_and_ukrainian() {
        for t in ["Сподели", "Поделитися", "Podijeli", "Podeli"] {
            assert_eq!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        for t in [
            "Сподели мнението си за новия паркинг в коментарите",
            "Podijeli se s nama",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
    }

    #[test]
    fn page_headers_of_pr_and_enscript() {
        for t in [
            "2027-03-25 19:48                  cnb-sazby.txt                   Page 2",
            "Wed Feb 17 21:14:09 2027  notes/fee.txt  Page 1/3",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::PageNumber), "{t}");
        }
        // Counter-examples: a dated line of text that names a page.
        for t in [
            "2027-03-25 19:48 The council met and turned to page 2",
            "On 2027-03-25 19:48 the file notes.txt Page 2",
        ] {
            assert!(!matches!(k(t), LineKind::Removed(_)), "{t}");
        }
    }

    #[test]
    fn a_feed_readers_list_of_links_and_image_placeholders() {
        for t in [
            "[1]: https://www.example.lt/images/a.jpg (image)",
            "[12]: https://www.example.lt/a-b-96311820 (link)",
            "[3]: https://example.org/x",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Link), "{t}");
        }
        assert_eq!(k("[image 1 (link #1)]"), LineKind::Removed(Reason::Image));
        // Counter-examples: a note in brackets, a reference with text.
        for t in [
            "[1]: The ministry's figures, see https://example.org",
            "[image of the dam]",
            "[1] Statistics Lithuania, https://osp.stat.gov.lt",
        ] {
            assert!(!matches!(k(t), LineKind::Removed(_)), "{t}");
        }
    }

    #[test]
    fn kicker_and_alt_text() {
        assert_eq!(
            k("Development magazine explains"),
            LineKind::Removed(Reason::Kicker)
        );
        assert!(alt_text_shape(
            "Karte Aserbaidschan Armenien Berg-Karabach Englisch"
        ));
        assert!(german_looking(
            "Karte Aserbaidschan Armenien Berg-Karabach Englisch"
        ));
        assert!(german_looking("Israelische Drone Harop"));
        assert!(!alt_text_shape("Russia exerts its influence"));
        assert!(!alt_text_shape("Explosive situation in a strategic region"));
        assert!(!german_looking("Major Arms Buildup"));
        assert!(!german_looking("School Funding Cuts"));
    }

    #[test]
    fn a_mails_pictures_left_as_names() {
        for t in [
            "[cid:image001.png@01DBA8F2.6C3E1B40]",
            "<image002.jpg>",
            "[Oxu.az]",
            "[logo-compa]",
        ] {
            assert!(mail_image(t), "{t}");
        }
        // Gmail's "[image: …]" is an alt text, read as a caption in brackets.
        for t in [
            "[cid: see below]",
            "<b>bold</b>",
            "[image: Smoke over the port]",
            "[12]",
            "[...]",
            "[The minister did not answer the question]",
            "[^1]",
            "[Search]",
            "[Photo]",
        ] {
            assert!(!mail_image(t), "{t}");
        }
    }

    #[test]
    fn pandocs_marks() {
        for (t, want) in [
            ("[Link másolása]{.underline} szöveg", "Link másolása szöveg"),
            (
                "![](media/image1.png){width=\"6.26in\" height=\"4.17in\"}",
                "![](media/image1.png)",
            ),
            ("a 60 évet[^1], és", "a 60 évet, és"),
            ("ami kétszerese -- derül ki", "ami kétszerese – derül ki"),
            ("2019--2024 és---mondta", "2019–2024 és—mondta"),
            ("[^1]: KSH 2024 -- a note", "[^1]: KSH 2024 -- a note"),
            ("---", "---"),
            ("|---|:--:|", "|---|:--:|"),
            ("<!-- a comment -->", "<!-- a comment -->"),
            (
                "A {curly} word and [brackets] stay.",
                "A {curly} word and [brackets] stay.",
            ),
        ] {
            assert_eq!(pandoc_marks(t).0, want, "{t}");
        }
        let (_, taken) = pandoc_marks("[Share]{.underline} a 60 évet[^1]");
        assert_eq!(
            taken,
            [
                ("{.underline}".to_string(), Reason::Markup),
                ("[^1]".to_string(), Reason::Footnote)
            ]
        );
        assert!(footnote_line("[^1]: KSH 2024: 59,8 év"));
        assert!(footnote_line("[^note-2]: Comment for the paper."));
        assert!(!footnote_line("[1]: https://example.com"));
        assert!(!footnote_line("The [^1] mark alone."));
    }

    #[test]
    fn lines_of_links_alone() {
        for t in [
            "- [Metro](https://www.example.com/metro/)",
            "-   [Москва](https://www.rbc.ru/)",
            "[Subscribe Now](https://e.com/s) [Log In](https://e.com/l)",
            "[Give this article](#gift) [](https://facebook.com/x) [212](#comments)",
            "[![The Globe](./logo.svg)](https://www.example.com/)",
            "[Facebook](https://f.com){.underline} | [Twitter](https://t.com){.underline}",
            "3. [Snow, then rain: what to expect](https://e.com/snow)",
            "[Link másolása]{.underline} [Facebook]{.underline} [Email]{.underline}",
        ] {
            assert!(links_only(t), "{t}");
        }
        for t in [
            "By [Danielle Okafor](https://e.com/staff/okafor) Globe Staff",
            "[Ирина Соколова](https://rbc.ru/p/1), [Денис Карпов](https://rbc.ru/p/2)",
            "# [The headline](https://e.com/a)",
            "The council [voted 9-2](https://e.com/vote) on Tuesday.",
            "**Read more:** [main news](https://t.me/x)",
            "Plain text with no link.",
            "![A photo](https://e.com/a.jpg)",
        ] {
            assert!(!links_only(t), "{t}");
        }
    }

    #[test]
    fn a_documents_comments_and_their_marks_are_taken_out() {
        let text = "Court orders Joburg to restore water\n\nThe court ordered at least 10 water tankers[a] a day.\n\
                    Residents[b] said the ruling came too late.\n\n\
                    [a]Check whether the Emfuleni order had the same requirement.\n\
                    [b]Which residents?\n";
        let (clean, taken) = doc_comments(text).expect("comments");
        assert_eq!(
            clean,
            "Court orders Joburg to restore water\n\nThe court ordered at least 10 water tankers a day.\n\
             Residents said the ruling came too late.\n\n\n\n"
        );
        assert_eq!(clean.lines().count(), text.lines().count());
        assert_eq!(
            taken,
            [
                ("[a]".to_string(), 3),
                ("[b]".to_string(), 4),
                (
                    "[a]Check whether the Emfuleni order had the same requirement.".to_string(),
                    6
                ),
                ("[b]Which residents?".to_string(), 7),
            ]
        );
        // Counter-examples: a list whose items are marked, a reference
        // list whose marks stand apart in the text, no list at the end.
        for text in [
            "Options:\n[a]Stay\n[b]Leave\n",
            "As the report [a] says, the toll rose.\n\n[a]Report of the commission, 2024.\n",
            "The toll[a] rose.\n\n[a]Check this.\n\nAnd the text goes on after it for a while.\nMore.\nMore.\nMore.\n",
            "A plain text with [brackets] in it.\n",
        ] {
            assert_eq!(doc_comments(text), None, "{text}");
        }
    }

    #[test]
    fn a_label_in_capitals_opens_a_related_link_without_a_colon() {
        for (t, want) in [
            (
                "İLGİLİ HABER Metal işçilerinin toplu sözleşme süreci: MESS ile görüşmeler tıkandı",
                "Metal işçilerinin toplu sözleşme süreci: MESS ile görüşmeler tıkandı",
            ),
            (
                "READ ALSO Teachers issue strike notice",
                "Teachers issue strike notice",
            ),
        ] {
            assert_eq!(k(t), LineKind::Related(want.to_string()), "{t}");
        }
        // A sentence opening with capitals, or a label with nothing after it.
        for t in [
            "NATO SAID Tuesday that the talks would resume.",
            "READ MORE",
            "READ ALSO the council's plan",
        ] {
            assert!(!matches!(k(t), LineKind::Related(_)), "{t}");
        }
    }

    #[test]
    fn azerbaijani_related_labels_open_a_related_link() {
        for (t, want) in [
            (
                "Oxşar xəbər: Bakıda yeni metro stansiyası açıldı",
                "Bakıda yeni metro stansiyası açıldı",
            ),
            (
                "Əlaqəli xəbərlər: Gəncədə su kəsiləcək",
                "Gəncədə su kəsiləcək",
            ),
        ] {
            assert_eq!(k(t), LineKind::Related(want.to_string()), "{t}");
        }
        // Sentences on similar news, without a label's colon.
        for t in [
            "Oxşar xəbər dünən də yayılmışdı, lakin təsdiqlənmədi.",
            "Əlaqəli xəbərlər saytın aşağısında göstərilir və hər gün yenilənir.",
        ] {
            assert!(!matches!(k(t), LineKind::Related(_)), "{t}");
        }
    }

    #[test]
    fn a_link_to_a_writers_page_is_a_name() {
        for (line, want) in [
            (
                "[Szabó Dóra](https://telex.hu/szerzo/szabo-dora)",
                Some("Szabó Dóra"),
            ),
            (
                "[Անի Մարտիրոսյան](https://hetq.am/hy/author/ani-martirosyan)",
                Some("Անի Մարտիրոսյան"),
            ),
            (
                "[Jane van Dijk](/auteurs/jane-van-dijk \"Jane\")",
                Some("Jane van Dijk"),
            ),
            // Not a name, not a writer's page, or more than one link.
            (
                "[Deniz Kaplan](https://www.birgun.net/profil/deniz-kaplan)",
                Some("Deniz Kaplan"),
            ),
            ("[My profile](https://x.com/profile/settings)", None),
            ("[Our authors](https://x.com/authors/)", None),
            ("[Contact the staff](https://x.com/staff/contact)", None),
            ("[Jane Doe](https://x.com/politics/jane-doe-wins)", None),
            ("[Authors](https://x.com/authors)", None),
            (
                "[Jane Doe](https://x.com/author/jd) [Tom Roe](https://x.com/author/tr)",
                None,
            ),
            ("By [Jane Doe](https://x.com/author/jd)", None),
        ] {
            assert_eq!(writer_link(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn an_editors_settings_line_is_markup() {
        for t in [
            "-*- mode: text; fill-column: 70; sentence-end-double-space: t -*-",
            "-*- coding: utf-8 -*-",
            "-*- org -*-",
            "vim: set tw=72 spell:",
            "vim:tw=72:ft=markdown",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Markup), "{t}");
        }
        for t in [
            "-*- The minister said on Monday that the plan would go ahead -*-",
            "vim: the editor that the team used, she said.",
            "Ex: a former minister of finance and energy",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Markup), "{t}");
        }
    }

    #[test]
    fn highlight_marks_go() {
        for (t, want) in [
            (
                "Tere. ==Alates 1. jaanuarist maksab vett 4,12 eurot.==",
                "Tere. Alates 1. jaanuarist maksab vett 4,12 eurot.",
            ),
            (
                "==Opening a highlight that runs on",
                "Opening a highlight that runs on",
            ),
            ("closing it here.== And more.", "closing it here. And more."),
            ("„==Quoted words==“, she said.", "„Quoted words“, she said."),
        ] {
            assert_eq!(without_highlight_marks(t), want, "{t}");
        }
        for t in [
            "if a == b then",
            "x==y",
            "=====",
            "Title\n==",
            "a ==  b",
            "==",
        ] {
            assert_eq!(without_highlight_marks(t), t, "{t}");
        }
    }

    #[test]
    fn links_and_emphasis_over_line_breaks_are_marked_on_each_line() {
        let cases = [
            (
                "ki a [Nemzeti Népegészségügyi és\nKözpont](https://nngyk.gov.hu/a) adataiból.",
                Some("ki a Nemzeti Népegészségügyi és\nKözpont adataiból."),
            ),
            (
                "[Nemzeti Népegészségügyi és\nKözpont](https://nngyk.gov.hu/a) adataiból.",
                Some("Nemzeti Népegészségügyi és\nKözpont adataiból."),
            ),
            // A link in a list, its lines whole: each line a link.
            (
                "-   [Ötszáz település maradhat a\n    következő években](https://telex.hu/b)\n",
                Some(
                    "-   [Ötszáz település maradhat a](https://telex.hu/b)\n    [következő években](https://telex.hu/b)\n",
                ),
            ),
            (
                "![A photo of\nthe harbour](img/a.jpg \"t\") below",
                Some("![A photo of](img/a.jpg \"t\")\n![the harbour](img/a.jpg \"t\") below"),
            ),
            (
                "*Waiting patients in a village -- Photo: Bődi\nMárk / Telex*\n",
                Some("*Waiting patients in a village -- Photo: Bődi*\n*Márk / Telex*\n"),
            ),
            (
                "He said **the deal\nis off** today.",
                Some("He said the deal\nis off today."),
            ),
            (
                "**Two lines of\na bold heading**\n",
                Some("**Two lines of**\n**a bold heading**\n"),
            ),
            // A blank line ends a paragraph: no span runs over it.
            ("see [the report\n\nhere](https://x.org/r)", None),
            ("an *opening\n\nand a closing* mark", None),
            // List items, products and names with underscores are no
            // emphasis; nor are marks that differ.
            ("* one item\n* another item", None),
            ("2 * 3 is six\nand 4 * 5 twenty", None),
            ("the file my_notes\nand your_notes", None),
            ("*one kind\nand another_ here", None),
            // Spans on one line are left to the line's own reading.
            ("a [link](https://x.org) and *words*\nnext line", None),
            // Too many lines for a link's words: brackets around a passage.
            ("[a\nb\nc\nd\ne](https://x.org)", None),
        ];
        for (text, want) in cases {
            assert_eq!(inline_spans_per_line(text).as_deref(), want, "{text:?}");
            if let Some(w) = want {
                assert_eq!(w.lines().count(), text.lines().count(), "{text:?}");
            }
        }
    }

    #[test]
    fn markdown_is_stripped() {
        assert_eq!(
            strip_markdown("By [Anastasia Tenisheva](#)"),
            "By Anastasia Tenisheva"
        );
        assert_eq!(
            strip_markdown("**Related article:** [War Is Returning](#)"),
            "Related article: War Is Returning"
        );
        assert_eq!(
            strip_markdown("a *b* and _c_ of snake_case"),
            "a b and c of snake_case"
        );
        assert_eq!(strip_markdown("<https://x.com/a>"), "https://x.com/a");
        assert_eq!(
            markdown_heading("# Title here"),
            Some((1, "Title here".into()))
        );
        assert!(looks_like_markdown("x\n# Title\n"));
        assert!(!looks_like_markdown("Plain text, 5 * 3 = 15."));
        // Each signal alone.
        for t in [
            "x\n## Sub\n",
            "see [the report](https://example.org/r) here",
            "a **bold** claim",
            "said:\n> quoted line",
        ] {
            assert!(looks_like_markdown(t), "{t}");
        }
        // Near misses: the bytes without the syntax.
        for t in ["#hashtag and [note] and 3 > 2", "a ** b", "no marks at all"] {
            assert!(!looks_like_markdown(t), "{t}");
        }
    }

    #[test]
    fn captions_in_brackets_in_capitals_and_for_screen_readers() {
        for t in [
            "[Workers assemble FPV drones at a workshop on Jan. 24, 2024. (Iryna Savchuk / The Kyiv Independent)]",
            "[Image: Smoke over the port]",
            "[Photo]",
            "Workers assemble drones on Jan. 24, 2024. (Iryna Savchuk / The Kyiv Independent)",
            "Dans un verger de pruniers à Casseneuil, le 28 août 2024. THIBAUT GARNIER POUR « LE MONDE »",
            "Flooded streets in the old town on Tuesday. JANE DOE FOR THE WASHINGTON POST",
            "Bleached corals near Lizard Island in March.(Supplied: AIMS/Emma Ryan)",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
        assert_eq!(
            k("Photo shows Bleached staghorn corals in shallow water."),
            LineKind::Removed(Reason::AltText)
        );

        for t in ["Link copied", "ShareShare article"] {
            assert_eq!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        for t in [
            "Story continues below advertisement",
            "Haberin Devamı",
            "La suite après cette publicité",
            "Продолжение ниже",
            "Artikkel jätkub pärast reklaami",
            "Artikeln fortsätter efter annonsen",
            "Dalsza część artykułu pod reklamą",
            "Članak se nastavlja ispod oglasa",
            "A cikk a hirdetés után folytatódik",
            "Continua depois da publicidade",
            "Článok pokračuje pod video reklamou",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Navigation), "{t}");
        }
        // Counter-examples: a footnote mark; two places set apart by a
        // slash; capitals that credit nobody; a sentence on what a photo
        // shows; a story that continues in a sentence.
        for t in [
            "[1]",
            "The talks between the two sides (Armenia / Azerbaijan) resumed.",
            "Leaders gathered in the city. NATO SUMMIT IN VILNIUS",
            "Photo shows how the dam failed, the engineers said.",
            "The story continues below the surface, divers said.",
            "Artikkel jätkub pärast reklaami, mida näidati eile õhtul.",
            "O texto continua depois da publicidade do governo, disse ele.",
            "[Editor's note: the figures were revised on Monday.]",
        ] {
            assert!(!matches!(k(t), LineKind::Removed(_)), "{t}: {:?}", k(t));
        }
    }

    #[test]
    fn a_credit_in_capitals_glued_to_a_caption_without_a_full_stop() {
        for t in [
            "Новият мост над реката при Видин СНИМКА: БТА",
            "The flooded underpass near the station PHOTO: AP/JANE ROE",
            "Zalana ulica w centrum Gdańska ZDJĘCIE: PAP",
            "Η πλημμυρισμένη οδός στο κέντρο ΦΩΤΟΓΡΑΦΙΑ: ΑΠΕ",
            "Tulvinut katu kaupungin keskustassa KUVA: MATTI MEIKÄLÄINEN",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
        // Counter-examples: the label in small letters in a sentence, a
        // credit not in capitals, a label with too little before it, a
        // sentence going on after the credit.
        for t in [
            "She kept one picture from that summer photo: no names were written on it",
            "The flooded underpass near the station PHOTO: Jane Roe",
            "Bridge PHOTO: AP",
            "The board voted on it PHOTO: AP said the vote was close and the mayor left early",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
    }

    #[test]
    fn photographers_in_capitals_finnish_labels_and_share_words_in_more_languages() {
        assert!(photographer_in_capitals(
            "Vista del pantano de Sau, con el nivel del agua muy bajo, el pasado 8 de mayo. JOAN SÁNCHEZ"
        ));
        for t in [
            "and always has. GET OUT",
            "offended if someone asked me that question. -- CONCERNED SISTER",
            "VOLKSWAGEN ID. SPACE VIZZION CONCEPT",
        ] {
            assert!(!photographer_in_capitals(t), "{t}");
        }
        for t in [
            "Kalajärven kirjasto on Espoon kirjastoista vähiten käytetty. KUVA: ANNIKA RAUHALA / HS",
            "Viherlaakson kirjaston edustalle kokoontui noin 300 mielenosoittajaa. KUVA:",
            "Người dân đi bộ dưới nắng trên đường Nguyễn Huệ, trưa 22/4. Ảnh: Quỳnh Trần",
            "Терминалът на летището е празен през деня. Снимка: Юлия Лазарова",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
        // Counter-examples: an acronym, one name in capitals, a sentence
        // that names a photo.
        for t in [
            "The alliance met in Brussels on Tuesday. NATO",
            "VOLKSWAGEN ID. SPACE VIZZION CONCEPT",
            "Protesters gathered outside the parliament building on Friday. KYIV POST REPORTERS WITNESSED IT",
            "She showed us the photo: a boy on a bridge.",
        ] {
            assert_eq!(k(t), LineKind::Text, "{t}");
        }
        for t in [
            "Dela",
            "Jaa",
            "Sdílet",
            "Copiar link",
            "Compartir en Whatsapp Compartir en Facebook Compartir en Twitter Copiar enlace",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        assert_eq!(k("Dela ut priset"), LineKind::Text);
        assert_eq!(k("Фото:"), LineKind::Text);
        assert_eq!(
            k("Photographs by Ian Thomas Jansen-Lonnquist for The Atlantic"),
            LineKind::Removed(Reason::Credit)
        );
        assert_eq!(
            k("Photographs by amateurs flooded the contest"),
            LineKind::Text
        );
    }

    #[test]
    fn links_a_mail_program_wrote_after_their_words_go() {
        let (text, links, buttons) =
            angle_links("a report <https://example.com/r?id=3> published last week").unwrap();
        assert_eq!(text, "a report published last week");
        assert_eq!(links, ["<https://example.com/r?id=3>"]);
        assert!(!buttons);
        let row = "LIKE <https://substack.com/a?x=1> COMMENT <https://substack.com/b> RESTACK <https://substack.com/c>";
        let (text, links, buttons) = angle_links(row).unwrap();
        assert_eq!(
            (text.as_str(), links.len(), buttons),
            ("LIKE COMMENT RESTACK", 3, true)
        );
        let (text, _, buttons) = angle_links("Jane Doe <mailto:jane@example.org>").unwrap();
        assert_eq!((text.as_str(), buttons), ("Jane Doe", false));
        // Counter-examples: a link alone, a comparison, a bracket that is no
        // link, and a sentence between two links is no row of buttons.
        assert_eq!(angle_links("<https://example.com/r>"), None);
        // An app's link ends a row of buttons as the web's do; a tag or a
        // comparison is none.
        let row = "Podijeli: Facebook<https://f.example/s?u=1> X<https://x.example/i> WhatsApp<whatsapp://send?text=https://a.example/1>";
        let (text, links, buttons) = angle_links(row).unwrap();
        assert_eq!(text, "Podijeli: Facebook X WhatsApp");
        assert_eq!(links.len(), 3);
        assert!(buttons, "a row of share buttons");
        assert_eq!(
            angle_links("Reach us <tel:+38514881230> today").map(|r| r.1.len()),
            Some(1)
        );
        assert_eq!(angle_links("if a <b:c> and x<y://z"), None);
        assert_eq!(angle_links("if a < b and c > d"), None);
        assert_eq!(angle_links("the <http header> field"), None);
        let (_, _, buttons) = angle_links(
            "The council said on Tuesday. <https://a.example/x> It added more. <https://b.example/y>",
        )
        .unwrap();
        assert!(!buttons);
        // As newsletters write their plain text: "[ https://… ]".
        let (text, links, buttons) = angle_links(
            "the Cabinet of Ministers said [ https://substack.com/redirect/2/eyJ ] on Tuesday.",
        )
        .unwrap();
        assert_eq!(text, "the Cabinet of Ministers said on Tuesday.");
        assert_eq!(links, ["[ https://substack.com/redirect/2/eyJ ]"]);
        assert!(!buttons);
        for line in [
            "READ IN APP [ https://open.substack.com/pub/x/p/y?utm_source=email ]",
            "[ https://substackcdn.com/image/fetch/w_1456/a.jpg ]",
            "Get the app [ https://substack.com/app ]Start writing [ https://substack.com/signup ]",
            "Like ( https://example.com/like )",
        ] {
            assert!(angle_links(line).is_some_and(|(_, _, b)| b), "{line}");
        }
        // A Markdown link, brackets around words, and a sentence with a
        // bracketed address are no buttons.
        assert_eq!(
            angle_links("[the report](https://example.com/r) said"),
            None
        );
        assert_eq!(angle_links("the [sic] word (as quoted)"), None);
        let (_, _, buttons) =
            angle_links("If a friend forwarded this, sign up here [ https://x.example/s ].")
                .unwrap();
        assert!(!buttons);
    }

    #[test]
    fn an_email_address_alone_is_the_writers_credit() {
        for line in ["sara.lindqvist@expressen.se", "<tore.haugland@bt.no>"] {
            assert_eq!(
                classify(line, None),
                LineKind::Removed(Reason::Credit),
                "{line}"
            );
        }
        for line in [
            "Write to sara.lindqvist@expressen.se",
            "@expressen",
            "https://x.com/@user",
            "syndication@sueddeutsche.de.",
        ] {
            assert_ne!(
                classify(line, None),
                LineKind::Removed(Reason::Credit),
                "{line}"
            );
        }
    }

    #[test]
    fn counters_and_pointers_under_a_post_go() {
        for (line, why) in [
            ("👍 312  😢 48  🤬 97  🔥 15  🤡 9", Reason::Share),
            ("👁 12.3K  edited 14:52", Reason::Share),
            ("❤️ 1,204 💬 87 🔁 45", Reason::Share),
            (
                "👉 Схема компенсационных маршрутов — на сайте: https://www.fontanka.ru/2024/03/05/",
                Reason::Link,
            ),
            (
                "🔗 Read the full report: www.example.org/report",
                Reason::Link,
            ),
        ] {
            assert_eq!(classify(line, None), LineKind::Removed(why), "{line}");
        }
        // Counter-examples: prose after a pictograph, figures in prose.
        for line in [
            "⚽ Arsenal beat Chelsea 3-1 on Sunday, with two goals in the last ten minutes.",
            "⬇️⬇️⬇️ https://t.co/hopPjqa95w",
            "📢 Thanks to everyone who came! https://t.co/xYz12",
            "👉 The council meets again on 12 March at 18:00 to vote on the plan.",
            "312 people were evacuated and 48 were injured, the police said.",
        ] {
            assert_eq!(classify(line, None), LineKind::Text, "{line}");
        }
    }

    #[test]
    fn labelled_rows_of_networks_and_notes_after_captions_are_furniture() {
        for t in [
            "Share this: Facebook Telegram X",
            "Споделете: Facebook Twitter Viber",
            "Facebook Twitter Viber",
            "Raba wannan labari: Facebook | X | WhatsApp",
            "分享：Facebook WhatsApp 電郵",
            "공유하기: 페이스북 | 카카오톡 | 링크 복사",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        // Counter-examples: a sentence after a full-width colon, names of
        // networks inside one.
        for t in [
            "他表示：Facebook 和 WhatsApp 的用戶今年增加了三成。",
            "업계 관계자: 페이스북과 카카오톡 이용자가 크게 늘었다.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        // Related stories in Chinese, Korean and Malayalam.
        for t in [
            "相關新聞：公共圖書館外借量回升",
            "관련뉴스: 심야 택시 대란 다시",
            "ഇതുകൂടി വായിക്കാം: വാട്ടർ മെട്രോ ഫോർട്ട്കൊച്ചി ടെർമിനൽ",
        ] {
            assert!(matches!(k(t), LineKind::Related(_)), "{t}");
        }
        // A related story after its label, in South Asian scripts.
        for t in [
            "सम्बन्धित समाचार : विद्युतीय सवारीमा भन्सार छुट घटाउने तयारी",
            "संबंधित खबर: मेट्रो का किराया बढ़ा",
        ] {
            assert!(matches!(k(t), LineKind::Related(_)), "{t}");
        }
        assert_eq!(
            k("सम्बन्धित समाचार अनुसार सरकारले भन्सार छुट घटाउने तयारी गरेको छ।"),
            LineKind::Text
        );
        // "All rights reserved" in other languages, with © or a year.
        for t in [
            "Mediapool.bg © 2001–2027. Всички права запазени.",
            "© 2027 Ringier Axel Springer Polska. Wszelkie prawa zastrzeżone.",
            "Copyright 2028 Helsingin Sanomat. Kaikki oikeudet pidätetään.",
            "ⓒ 한겨레신문사 : 무단전재 및 재배포 금지",
            "© 2028 明報 版權所有",
            // A Chinese, Japanese or Korean notice against reproducing
            // needs neither (see credits::east_asian).
            "무단전재 및 재배포 금지",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Footer), "{t}");
        }
        for t in [
            "Всички права запазени, каза министърът.",
            "Wszelkie prawa zastrzeżone",
            "그는 기사를 무단전재했다고 밝혔다.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Footer), "{t}");
        }
        for t in [
            "Apps: Facebook and WhatsApp",
            "Quote: Facebook shares fell",
            "Banned: Facebook",
            "Owners: Meta, Facebook's parent",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Share), "{t}");
        }
        // A note of what kind of picture it is after a caption, or a
        // credit after a dash, in several languages.
        for t in [
            "A driverless train stands at the Madhavaram depot. | File photo",
            "Penumpang menunggu bas di Kuala Lumpur. (Gambar fail)",
            "Дзеці ў садку ў Вільні. Фота ілюстрацыйнае",
            "மாதவரம் பணிமனையில் நிறுத்தப்பட்டுள்ள மெட்ரோ ரயில். | கோப்புப் படம்",
            "ලංකා විදුලිබල මණ්ඩලයේ කොළඹ ප්‍රධාන කාර්යාලය - ඡායාරූපය: ලංකාදීප",
            "Автобус на улицата во Скопје - Слика: МИА",
            "मेट्रो का डिब्बा - फाइल फोटो",
            "Wani yanki na titin Kofar Nassarawa a birnin Kano. Hoto: Aminiya",
            // After the full stop of the caption's own script.
            "डिपो से निकलती नई बस। फोटो: दैनिक समाचार",
            "হাওড়া স্টেশনে যাত্রীদের ভিড়। ছবি: নিজস্ব চিত্র",
            "ኣዲሱ ባቡር በጣቢያው ላይ። ፎቶ: ኢዜአ",
            "Կայարանում նոր գնացքը։ Фото: Արմենպրես",
            "اسٹیشن پر مسافروں کا رش۔ تصویر: اے پی پی",
        ] {
            assert_eq!(
                caption(t, words_up_to(t, LIMIT_WORDS)),
                Some(LineKind::Removed(Reason::Caption)),
                "{t}"
            );
        }
        for t in [
            "The court saw the file photo. It was blurred.",
            "He kept it as a file photo",
            "The archive holds one file photo",
            "Ang mga larawan ay kinuha noong Lunes at ipinakita sa korte bilang ebidensiya ng paglabag.",
            // A sentence after the stop that only starts with the word.
            "मंत्री ने नई बस का उद्घाटन किया। फोटो: यह तस्वीर सबसे पहले सुबह के अखबार में छपी थी और सबको पसंद आई",
            "সভা শেষ হল। তারপর সবাই বাড়ি ফিরলেন।",
        ] {
            assert_eq!(caption(t, words_up_to(t, LIMIT_WORDS)), None, "{t}");
        }
    }

    #[test]
    fn a_line_in_emphasis_whole_loses_its_marks() {
        for (t, want) in [
            ("*I tempi*", "I tempi"),
            ("_Fógra_", "Fógra"),
            ("**Lees ook**", "Lees ook"),
            ("  *भाडा उस्तै*", "भाडा उस्तै"),
            ("~struck~", "struck"),
        ] {
            assert_eq!(without_line_emphasis(t), Some(want), "{t}");
        }
        for t in [
            "* Name changed to protect the source",
            "* * *",
            "*I* did it, she said, *not* him",
            "The *main* point",
            "***",
            "_ _",
            "*2027*",
        ] {
            assert_eq!(without_line_emphasis(t), None, "{t}");
        }
    }

    #[test]
    fn quote_marks_at_any_depth_go_and_a_glued_mark_stays() {
        for (t, depth, text) in [
            ("> text", 1, "text"),
            ("> > text", 2, "text"),
            (">> text", 2, "text"),
            ("> >> \tindented", 3, "\tindented"),
            ("> >", 2, ""),
            (">", 1, ""),
        ] {
            assert_eq!(quote_depth(t), depth, "{t}");
            assert_eq!(without_quote_marks(t), text, "{t}");
        }
        assert_eq!(strip_markdown("> > The council met."), "The council met.");
        // Counter-examples: a ">" glued to what follows is no mark.
        for t in [">50 people came", ">>x", "-> next", "plain text", "a > b"] {
            assert_eq!(quote_depth(t), 0, "{t}");
            assert_eq!(without_quote_marks(t), t, "{t}");
        }
    }

    #[test]
    fn a_feeds_line_naming_where_the_post_appeared_first_is_a_footer() {
        for t in [
            "The post Court halts toll rise appeared first on City News.",
            "Der Beitrag Neue Brücke kommt später erschien zuerst auf Stadtblatt.",
            "L’article Le tram arrive en 2029 est apparu en premier sur Le Journal.",
            "La entrada El metro amplía su horario se publicó primero en Diario Sur.",
            "Het bericht Nieuwe brug later klaar verscheen eerst op Stadskrant.",
            "O post Ponte nova fica para 2031 apareceu primeiro em Jornal da Cidade.",
        ] {
            assert_eq!(classify(t, None), LineKind::Removed(Reason::Footer), "{t}");
        }
        // Counter-examples: a sentence about where a story first appeared.
        for t in [
            "The post office appeared first on the list of closures, the mayor said.",
            "The report first appeared on the council's website on Monday.",
        ] {
            assert_ne!(classify(t, None), LineKind::Removed(Reason::Footer), "{t}");
        }
    }

    #[test]
    fn a_read_label_before_a_linked_headline_is_a_related_article() {
        for t in [
            "READ: Operator defends toll review",
            "Read: Council delays bridge vote",
            "READ:Operator defends toll review",
        ] {
            assert!(matches!(classify(t, None), LineKind::Related(_)), "{t}");
        }
        // Counter-examples: "read" in a sentence, or with no colon.
        for t in [
            "Read the full statement on the council's website.",
            "Readers wrote in: the bridge must stay open.",
        ] {
            assert!(!matches!(classify(t, None), LineKind::Related(_)), "{t}");
        }
    }

    #[test]
    fn a_link_taken_out_before_a_comma_leaves_no_space_before_it() {
        let (text, links, _) =
            angle_links("In a statement [https://example.com/s.pdf], a spokesman said so.")
                .unwrap();
        assert_eq!(text, "In a statement, a spokesman said so.");
        assert_eq!(links.len(), 1);
        // Counter-example: a link before a word keeps the space.
        let (text, _, _) =
            angle_links("See the plan [https://example.com/p] for details.").unwrap();
        assert_eq!(text, "See the plan for details.");
    }

    #[test]
    fn pandoc_fences_are_markup() {
        for t in [
            "::: site-header",
            ":::",
            "::::: {#main .content role=\"main\"}",
            "  ::: note :::",
            ":::tip",
        ] {
            assert!(pandoc_fence(t), "{t}");
        }
        // Words after the colons, or too few colons, are text.
        for t in [
            "::: Update: the vote is delayed",
            ":: note",
            "Score ::: 3",
            "::: {.a} words",
        ] {
            assert!(!pandoc_fence(t), "{t}");
        }
    }

    #[test]
    fn pandoc_spans_over_lines_or_inside_an_image_are_opened() {
        // An image whose caption holds its credit in a span, over lines:
        // each line is the image's.
        let text =
            "![A dry lake near Lleida [Photo: Jan\nBerg/Agency]{.credit}](https://x.org/a.jpg)\n";
        let got = inline_spans_per_line(text).unwrap();
        assert_eq!(got.lines().count(), 2);
        assert!(got.lines().all(markdown_image_line), "{got}");
        // A span over two lines keeps its words, its attributes after them.
        let got = inline_spans_per_line("Veja [a nota da\nprefeitura]{.destaque} hoje.\n").unwrap();
        assert_eq!(got, "Veja a nota da\nprefeitura{.destaque} hoje.\n");
        // A span on a line of its own is left to the line's reading, and
        // braces that are no attributes are left as they are.
        assert_eq!(inline_spans_per_line("A [short]{.smallcaps} word.\n"), None);
        assert_eq!(inline_spans_per_line("[a\nb]{not attributes}\n"), None);
    }

    #[test]
    fn links_a_wrap_broke_are_rejoined_on_one_line() {
        // The link moves up after its words; the line under it keeps its
        // own words, and the count of lines stays.
        let text = "the law <https://\nwww.example.org/law/> allows it\n";
        assert_eq!(
            angle_links_rejoined(text).as_deref(),
            Some("the law\n<https://www.example.org/law/> allows it\n")
        );
        // In Arabic, broken after a partial address.
        let text = "قانون المالكين <https://www.exa\nmple.org/law/> يسمح\n";
        let got = angle_links_rejoined(text).unwrap();
        assert_eq!(got, "قانون المالكين\n<https://www.example.org/law/> يسمح\n");
        // A link that ends the lower line goes up after its words.
        let got =
            angle_links_rejoined("see the law <https://\nexample.org/law/>\n\nnext\n").unwrap();
        assert_eq!(got, "see the law <https://example.org/law/>\n\n\nnext\n");
        // A line that was the link's start alone gives the link to the
        // line under it.
        let got = angle_links_rejoined("<https://\nexample.org/a> and more\n").unwrap();
        assert_eq!(got, "\n<https://example.org/a> and more\n");
        // Counter-examples: a comparison, a link closed on its line, the
        // next line's first word not closing it.
        for text in [
            "if a <\nb then c > d",
            "see <https://example.org/a>\nnext line",
            "see <https://\nexample.org/a and more> here",
            // A link alone on the lower line inside a paragraph.
            "see <https://\nexample.org/a>\nnext line",
            "no link here\nat all",
        ] {
            assert_eq!(angle_links_rejoined(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_label_in_emphasis_opens_a_plain_line() {
        assert_eq!(
            without_label_emphasis("*Read also:* Fees rise in April").as_deref(),
            Some("Read also: Fees rise in April")
        );
        assert_eq!(
            without_label_emphasis("*اقرأ أيضاً:* قروض السكن").as_deref(),
            Some("اقرأ أيضاً: قروض السكن")
        );
        assert_eq!(
            without_label_emphasis("_Fonte_: Ministério").as_deref(),
            Some("Fonte: Ministério")
        );
        for t in [
            "* item: a list's line",
            "*emphasis* in a sentence",
            "**a very long label of many words here:** text",
            "*unclosed: mark",
        ] {
            assert_eq!(without_label_emphasis(t), None, "{t}");
        }
    }

    #[test]
    fn captions_with_their_credit_after_a_bar_or_a_word() {
        for t in [
            "Το φράγμα του Μόρνου τον Ιούλιο του 2028 | EUROKINISSI/ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ",
            "Commuters wait for a bus in Nairobi | Tony Karumba/AFP",
            "La plaza mayor durante la fiesta del pueblo | Foto: Ana Ruiz",
            "عمارات سكنية في ماركا الشمالية. تصوير سامي حداد.",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
        // A bar between links, a name and a date, a section and a
        // headline; a photographer named in a sentence.
        for t in [
            "Terms of use | Privacy policy",
            "Jane Doe | 12.07.2028",
            "Politics | The vote that split the party",
            "News from the region and the world | World/Europe today",
            "قال الوزير إن التصوير ممنوع في المطار.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
    }

    #[test]
    fn all_rights_reserved_first_or_as_a_sentence_of_its_own() {
        for t in [
            "جميع الحقوق محفوظة © حبر 2028",
            "Tous droits réservés © Le Journal 2027",
            "Agência Pública – Agência de Jornalismo Investigativo. Todos os direitos reservados.",
            "The Ledger | All rights reserved.",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Footer), "{t}");
        }
        for t in [
            "O autor disse que todos os direitos reservados ao estado foram vendidos.",
            "Todos os direitos reservados ao autor foram cedidos à editora em 2019",
            "The label said all rights reserved in the contract.",
            // Alone, with no owner before it nor a sign after it.
            "Todos los derechos reservados.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Footer), "{t}");
        }
    }

    #[test]
    fn captions_with_their_credit_label_glued_on() {
        for t in [
            "Rescuers carry a stretcher along the harbour wallPhoto: Reuters",
            "Грузовое судно у причала в морском портуФото: ТАСС",
            "Η φρεγάτα δεμένη στο παλιό λιμάνιΦωτογραφία: Eurokinissi",
            "İstanbul Boğazı'ndan geçen bir tanker gemisiFotoğraf: AA",
            "Ein Minenjagdboot nach der Explosion, schwer beschädigtFoto: Jens Büttner",
            "Fishing boats moored in the old harbourImage: Getty Images",
        ] {
            assert_eq!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
        // Counter-examples: the label is a sentence's word after a space, a
        // name ends in a capitalised word, the "credit" is a sentence.
        for t in [
            "He opened the folder marked Photo: Nothing in it was dated.",
            "The company said its app iPhoto: Apple has not updated it since.",
            "Shares of the startup SnapPhoto: Analysts expect more losses next year.",
            "Our new series opens with the portPhoto: a week in the life of a crane driver, told in his words.",
            "The minister visited the port in the morningPhoto: He said the crane was broken. It was.",
        ] {
            assert_ne!(k(t), LineKind::Removed(Reason::Caption), "{t}");
        }
    }
}
