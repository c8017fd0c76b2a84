//! A whole web page copied as text (a browser's "select all", `w3m -dump`,
//! `lynx -dump`): menus, share rows, related links and footers around the
//! article. The article is found the way jusText finds it: blocks are
//! classed by their length, their sentences, their share of function words
//! and whether they are list items (menus are lists of links); the article
//! is the run of good blocks with the most text, with what lies between
//! them, and everything outside it is recorded as removed.
//!
//! Text-browser artefacts are removed first: lynx's link numbers ("[12]"),
//! its list of references at the end, image placeholders ("[photo-1]"),
//! form fields ("Search [      ]", "____").

use std::sync::LazyLock;

use regex::Regex;

use super::layout::sentence_ends;
use super::rules::{Reason, at_least_words, at_most_words, word_count, words_up_to};

/// lynx's link numbers: "[12]" before a link's text.
static LINK_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[\d{1,5}\]").expect("regex"));

/// An entry of lynx's list of references: "12. https://…".
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\d{1,5}\.\s+(?:https?|file|ftp|mailto|javascript):\S*\s*$").expect("regex")
});

/// Headings of lynx's list of references.
static REFERENCES_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:References|Visible links:?|Hidden links:?)\s*$").expect("regex")
});

/// Placeholders for images or inline frames, alone on a line: "[photo-1]",
/// "[INS::INS]", "[facebook-i] [twitter-ic]".
static PLACEHOLDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\[[^\[\]\s]{0,80}\]\s*)+$").expect("regex"));

/// lynx's marks of form buttons and inline frames, alone on a line or
/// before a button's label: "(BUTTON) Subscribe", "IFRAME:", "[INS: :INS]".
static WIDGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\(BUTTON\).{0,40}|IFRAME:.*|\[INS:\s*:INS\])\s*$").expect("regex")
});

/// A placeholder at the start of a line, glued to the text after it.
static LEAD_PLACEHOLDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\[[^\[\]\s]{1,40}\]").expect("regex"));

/// A form field: an input box drawn with brackets or underscores.
static FORM_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\s{3,}\]|_{4,}").expect("regex"));

/// A heading that opens a page's comments: "Comments", "34 Comments",
/// "34 responses to “…”", "Leave a Reply", "Join the discussion", in a few
/// languages.
static COMMENTS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:\d[\d,.]*\s+)?(?:(?:top|best|all|reader|readers'?|view|show|see|load|read) (?:rated |all |the )?)?",
        r"(?:comments?|responses?|replies|thoughts|reactions|discussions?)",
        r"(?:\s*\(\d+\)|\s+\d+)?$",
        r"|^\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts|reactions) (?:on|to) .{1,200}$",
        r"|^(?:leave|post|add|write|submit) (?:a|your) (?:reply|comment|response)",
        r"|^join the (?:discussion|conversation|debate)$",
        r"|^comments are closed",
        r"|^(?:kommentare|commentaires|comentarios|comentários|commenti|komentarze|yorumlar|комментарии|отзывы|коментарі|コメント|评论|評論)(?:\s*\(?\d+\)?)?$",
    ))
    .expect("regex")
});

/// A heading that opens a list of other stories: "Related articles", "You
/// may also like", "Most read", "Trending now", "Latest headlines", "More
/// from …", in a few languages.
static OTHER_STORIES_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:related(?: \w+)?|recommended(?: \w+){0,2}|you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)(?: this| these)?",
        r"|(?:more|other) (?:stories|news|articles|posts|videos|coverage|headlines|topics|from \S.{0,40}|on this (?:topic|story)|in \S.{0,30}|like this)(?: of interest)?",
        r"|(?:stories|articles|news|topics) of interest",
        r"|more great .{1,30} stories|read this next|(?:next|previous) (?:article|story|post)|up next|next up(?: in .{1,40})?|what to read next|keep reading|read also|also read|see also",
        r"|(?:most|top) (?:read|popular|viewed|shared|watched|emailed|commented|stories|news|headlines|articles|videos)(?: \w+){0,3}",
        r"|trending(?: now| stories| news| articles| topics)?(?: on .{1,40})?|popular(?: stories| posts| articles| now| news| on .{1,40})?",
        r"|latest(?: news| stories| headlines| posts| articles| videos)?|top stories|recent (?:posts|articles|stories|news|blog posts|comments)",
        r"|(?:more )?in this section|editor'?s'? (?:picks|choice)|don'?t miss(?: this)?|what to read next|further reading|around the web",
        r"|(?:sponsored|promoted|partner) (?:content|stories|links|posts)|you may have missed|also on \S.{0,40}",
        r"|leia (?:também|mais)|veja (?:também|mais)|você (?:pode|também pode) gostar|lesen sie (?:auch|mehr)|mehr zum thema|das könnte sie (?:auch )?interessieren",
        r"|(?:à )?lire aussi|sur le même sujet|à voir aussi|te puede interesar|noticias relacionadas|artículos relacionados|leggi anche|potrebbe interessarti",
        r"|читайте также|похожие (?:новости|статьи|материалы)|материалы по теме|другие новости|[iİ]lgili haberler|benzer haberler|関連記事|相关文章",
        r"|les plus (?:lus|partagés|commentés|populaires)|(?:am )?meist(?:gelesen|gelesene artikel|geklickt)|(?:lo )?más (?:leído|leídas|leídos|visto)|(?:i )?più (?:letti|lette|visti)|mais (?:lidas|lidos|vistas)|meest (?:gelezen|bekeken)|mest (?:lästa|lest|læste|delte)|najczęściej (?:czytane|komentowane)|najpopularniejsze|en çok (?:okunan(?:lar)?|izlenen(?:ler)?)|(?:самое|самые) (?:читаемое|популярное|читаемые)|nejčtenější|legolvasottabb(?: cikkek)?",
        "|",
        read_also_words!(),
        r")$",
    ))
    .expect("regex")
});

/// A share row or an author box's heading: "Share this story", "Sharing is
/// caring!", "197 Shares", "Share via Shortlink", "About the author".
static PAGE_TOOLS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:share (?:this|the|via|on|with)(?: .{1,40})?|sharing is caring|\d[\d,.]*k?\s*shares?(?: .{1,40})?",
        r"|about (?:the|this) (?:author|writer|reporter|contributor)s?|about me|(?:follow|contact) (?:the )?(?:author|writer|reporter)",
        r"|(?:more|other) (?:by|from) (?:the|this) (?:author|writer|reporter))$",
    ))
    .expect("regex")
});

/// "More Politics", "More World": a section's name after "More", as a
/// page heads its lists of stories (a sentence would go on in lower case;
/// a title in capitals has function words: "More Than Words").
fn more_of_a_section(t: &str) -> bool {
    let mut words = t.split_whitespace();
    words.next() == Some("More")
        && at_most_words(t, 4)
        && words.all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c == '&')
                && !crate::text::stopwords::is_listed(&w.to_lowercase())
        })
        && at_least_words(t, 2)
}

/// What a short block opens, if it is a section heading of the page.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Section {
    /// Readers' comments: nothing after it is the article.
    Comments,
    /// A list of other stories, a share row, an author box: no run of the
    /// article crosses it, unless it is a box inside the article.
    OtherStories,
    /// An appeal or a notice (newsletter, cookies, legal): as
    /// [`Section::OtherStories`], and more easily a box inside the article.
    Appeal,
    /// The opener of an outlet's letter to its readers ("A Message from
    /// The Moscow Times:", "Dear readers,"): what follows it is the
    /// letter, never the article resuming.
    Letter,
}

/// The section a block opens: a short block (at most twenty words) that is
/// a heading of comments or of other stories, with its decoration ("»",
/// "[ … ]", a closing colon or ellipsis) taken off.
/// Whether `text` is the heading of readers' comments.
pub(crate) fn comments_heading(text: &str) -> bool {
    section(text) == Some(Section::Comments)
}

/// Whether `text` is a heading of other stories or of comments, which ends
/// an article above it (see [`article`]).
pub(crate) fn bounds_article(text: &str) -> bool {
    section(text).is_some()
}

fn section(text: &str) -> Option<Section> {
    if !at_most_words(text, 20) {
        return None;
    }
    let t = text
        .trim()
        .trim_start_matches(['»', '›', '[', '(', '|', '-', '–', '—', '#', ' '])
        .trim_end_matches([
            ':', '…', '.', '»', '›', '>', ']', ')', '|', '-', '–', '—', '!', ' ',
        ])
        .trim();
    if COMMENTS_HEADING.is_match(t) {
        Some(Section::Comments)
    } else if OTHER_STORIES_HEADING.is_match(t)
        || PAGE_TOOLS.is_match(t)
        || more_of_a_section(t)
        || super::rules::footer_line(text)
    {
        Some(Section::OtherStories)
    } else {
        None
    }
}

/// A site's notice about the page rather than the article: affiliate
/// disclosures ("we may earn a commission"), the notes of a comment form
/// ("Your email address will not be published", "comments are
/// moderated"), trademark and reproduction notices, health disclaimers,
/// and the smaller appeals of a page ("Subscribe to … on YouTube", "No
/// spam, we promise", "Want more stories like this?").
///
/// Here and in `CAPTION` word bounds are ASCII (`(?-u:\b)`): with Unicode
/// bounds the regex engine leaves its lazy DFA for a much slower one on
/// every text holding a non-ASCII character, and page copies are full of
/// them (bullets, dashes, arrows). A letter outside ASCII next to a pattern
/// then counts as a bound; every pattern starts and ends in ASCII.
static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Affiliate disclosures.
        r"(?i)(?-u:\b)(?:(?:earn|receive|get|make|collect)s? (?:an? |some )?(?:small )?(?:affiliate )?commissions?",
        r"|affiliate (?:links?|partnerships?|commissions?|programs?)|(?:a )?share of (?:the )?(?:sales?|revenue) (?:from|when|if)",
        r"|share of (?:the )?sale(?-u:\b))",
        // Comment forms and their rules.
        r"|(?-u:\b)(?:e-?mail|email) (?:address )?(?:will not|won't|will never) be (?:published|shared|displayed)",
        r"|(?-u:\b)required fields are marked|(?-u:\b)endereço de e-?mail não será publicado|(?-u:\b)campos obrigatórios",
        r"|(?-u:\b)E-Mail-Adresse wird nicht veröffentlicht|(?-u:\b)adresse (?:e-?mail|de messagerie) ne sera pas publiée",
        r"|(?-u:\b)correo electrónico no será publicad[oa]|(?-u:\b)comments? (?:will be|are|is) (?:reviewed|moderated|screened)",
        r"|(?-u:\b)comment will be (?:reviewed|moderated)|(?-u:\b)(?:abide by|read|follow) our (?:submission|community|commenting|comment) (?:guidelines|standards|rules|policy)",
        r"|(?-u:\b)(?:register|log ?in|sign ?in) (?:to|before you can) (?:add a |post a |leave a )?comment|(?-u:\b)values your comments",
        // Trademark, reproduction and health notices.
        r"|(?-u:\b)registered trademarks? of(?-u:\b)|(?-u:\b)unauthori[sz]ed (?:reproduction|redistribution|copying)",
        r"|무단\s*전재|재배포\s*금지|無断転載|未经授权|(?-u:\b)have not been evaluated by(?-u:\b)",
        r"|(?-u:\b)for (?:informational|educational|general information) purposes only(?-u:\b)|(?-u:\b)not intended to (?:diagnose|replace|be a substitute)",
        r"|(?-u:\b)consult (?:your|a) (?:physician|doctor) (?:before|prior to)",
        // Small appeals.
        r"|^(?:subscribe|sign up|register) (?:to|for|now|today)(?-u:\b)|(?-u:\b)no spam(?-u:\b)|(?-u:\b)unsubscribe (?:at any time|anytime)(?-u:\b)",
        r"|(?-u:\b)delivered (?:through your letterbox|to your (?:inbox|door|letterbox|mailbox))",
        r"|^(?:want|need) more(?-u:\b).{0,60}\?",
        // Notes to the reader about the page, and contact lines.
        r"|(?-u:\b)(?:update|upgrade|switch) (?:to )?(?:a |your )?(?:modern|newer|supported|latest|different) (?:browser|version)",
        r"|(?-u:\b)for your personal,? non-?commercial use only|^citation: .{0,300}(?-u:\b)retrieved(?-u:\b)",
        r"|^(?:write to|email|e-mail|contact|reach) .{0,60}\S+@\S+\.\w+|(?-u:\b)(?:may|can) be reached at \S+@",
    ))
    .expect("regex")
});

/// A photo's caption or credit in a page copy, where the credit came out
/// on the caption's own line or block: "… (Credit: Getty Images)", "Image
/// copyright …", "Photograph: …", "… /Getty Images", "FILE - In this
/// Oct. 28, 2019, file photo, …".
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\((?:image|photo|photograph|picture|credit|pic|foto|illustration)s?(?: credit)?\s*:[^()]{1,80}\)$",
        r"|(?:^|\s|[.!?])(?:image copyright|image caption|photo credit|photograph:|file photo:|credit:|credit\.\.\.)",
        r"|(?:/|\||,|(?-u:\b)by)\s*(?:getty images|afp|reuters|ap photo|associated press|shutterstock|istock(?:photo)?|epa|bloomberg)\s*\)?$",
        r"|^\(?(?:photo|image|picture|foto) (?:by|courtesy|credit)(?-u:\b)",
        r"|^\d{1,3}\s?of\s?\d{1,3}\p{Lu}",
        r"|^(?:file\s*)?(?:-|–|—)?\s*in this (?:.{0,40}?\d{4},? )?(?:file )?(?:photo|image|picture|handout)(?-u:\b)",
    ))
    .expect("regex")
});

/// Whether a block of a page copy is one of the page's notices or a
/// photo's caption (at most 80 words: no paragraph of an article).
fn notice(text: &str) -> bool {
    at_most_words(text, 80) && (NOTICE.is_match(text) || CAPTION.is_match(text.trim()))
}

/// Whether a block is a teaser whose headline in title case is glued to
/// its standfirst, as a text browser draws a link and the paragraph under
/// it in one box ("… Fitness Deals In DetroitIn the market to save …"),
/// or what may be one, as names with an inner capital can look the same:
/// four or more words, three quarters of them capitalised, end in a word
/// that runs into a capitalised word of a sentence (of the eight words
/// after it, at least four start in lower case). Most names written with
/// an inner capital ("YouTube", "McDonald", "iPhone") are no glue: the
/// headline before them is too short, their first part too short, or the
/// words after them are in title case too.
fn glued_teaser(text: &str) -> bool {
    if !at_most_words(text, 100) {
        return false;
    }
    // The headline: the words up to the first glued one, among the first 25.
    let mut words = text.split_whitespace();
    let (mut head, mut capitalised, mut found) = (0usize, 0usize, false);
    for w in words.by_ref().take(25) {
        head += 1;
        if w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            capitalised += 1;
        }
        if glued(w) {
            found = true;
            break;
        }
    }
    if !found {
        return false;
    }
    let lower_after = words
        .take(8)
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    head >= 4 && capitalised * 4 >= head * 3 && lower_after >= 4
}

/// A word that is two capitalised words run together, the first of at
/// least three letters ("DetroitIn", "ShopsWondering").
fn glued(word: &str) -> bool {
    let mut cs = word.chars();
    if !cs.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut lowers = 0;
    let mut next = cs.next();
    while next.is_some_and(char::is_lowercase) {
        lowers += 1;
        next = cs.next();
    }
    lowers >= 2 && next.is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
}

/// Bullets text browsers draw before list items.
const BULLETS: [char; 17] = [
    '•', '*', '+', '□', '◦', '○', '▪', '·', '■', '☆', '★', '◆', '◇', '►', '▸', '‣', 'o',
];

/// Whether `text` is a page copied whole: it has many list items drawn
/// with bullets, or lynx's link numbers, or a list of references; or, as a
/// browser copies a page selected whole (menus without bullets), many
/// lines in runs of menu items (see [`menu_lines`]).
#[cfg(test)]
pub(crate) fn looks_like_page_copy(text: &str) -> bool {
    copy_kind(text).is_some()
}

/// How a page copied whole shows it: lists drawn by a text browser
/// (bullets, link numbers, references), or menus one item to a line, as a
/// graphical browser's selection gives them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum CopyKind {
    /// Lists drawn with bullets or link numbers (w3m, lynx).
    Drawn,
    /// Menus one item to a line, without bullets.
    Selected,
}

/// Whether `text` is a page copied whole, and of which kind (see
/// [`looks_like_page_copy`]).
pub(crate) fn copy_kind(text: &str) -> Option<CopyKind> {
    let mut bullets = 0;
    let mut numbers = 0;
    let mut references = 0;
    for line in text.lines().take(20_000) {
        if bullet(line).is_some() {
            bullets += 1;
        }
        numbers += LINK_NUMBER
            .find_iter(line)
            .filter(|m| !markdown_reference(line, m.start(), m.end()))
            .count();
        if REFERENCE.is_match(line) {
            references += 1;
        }
    }
    if bullets >= 8 || numbers >= 8 || references >= 5 {
        Some(CopyKind::Drawn)
    } else {
        (menu_lines(text) >= MENU_LINES).then_some(CopyKind::Selected)
    }
}

/// Whether the "[3]" at `start..end` of `line` is a Markdown reference
/// link's ("[Manitoba][3]", right after the link's text) or its definition
/// ("[3]: https://…"), not a text browser's link number, which stands
/// before the link's text.
fn markdown_reference(line: &str, start: usize, end: usize) -> bool {
    line[..start].ends_with(']') || line[end..].starts_with(':')
}

/// How many menu-item lines in runs make a page copied from a browser.
const MENU_LINES: usize = 12;

/// The lines of `text` in runs of four or more menu items, one to a line
/// with no blank line between them ("Home" / "World" / "Business" /
/// "Markets" / …): each of at most four words and 40 characters, starting
/// with a letter or digit and ending no sentence. A page starts with its menu: without such a run above the
/// first prose, none counts (an article's own lists sit between its
/// paragraphs). Counting stops at [`MENU_LINES`].
fn menu_lines(text: &str) -> usize {
    let item = |l: &str| {
        let t = l.trim();
        // A word, not a quotation mark of an e-mail (">") or a rule.
        t.chars().next().is_some_and(char::is_alphanumeric)
            && t.len() <= 40
            && words_up_to(t, 5) <= 4
            && !t.ends_with(['.', '!', '?', ':', ',', ';'])
    };
    let (mut total, mut run, mut topped) = (0, 0, false);
    let mut lines = text.lines().take(20_000).peekable();
    let (mut seen_url, mut lines_read) = (false, 0);
    // The line above was a cookie notice's: its next paragraphs speak of
    // the same things, in sentences no pattern of a notice knows.
    let mut in_notice = false;
    while let Some(line) = lines.next() {
        lines_read += 1;
        seen_url |= line.trim_start().starts_with("http") && !line.trim().contains(' ');
        if item(line) {
            run += 1;
            continue;
        }
        if run >= 4 {
            total += run;
            topped = true;
            if total >= MENU_LINES {
                return total;
            }
        }
        run = 0;
        // Prose: a line of 20 words, or of seven with another under it (a
        // paragraph wrapped over lines); a promotion line over the menu
        // stands alone.
        let prose = !at_most_words(line, 19)
            || (!at_most_words(line, 6) && lines.peek().is_some_and(|n| !at_most_words(n, 6)));
        // A cookie notice speaks of cookies, partners, consent or privacy
        // (looked for before its patterns are searched).
        let speaks = |l: &str| {
            let lower = l.to_lowercase();
            super::furniture::CONSENT_WORDS
                .iter()
                .any(|w| lower.contains(w))
        };
        let notice = |l: &str| speaks(l) && super::furniture::boilerplate(l);
        // Only the prose above the first menu is judged.
        let this_notice = !topped && prose && ((in_notice && speaks(line)) || notice(line));
        if prose {
            in_notice = this_notice;
        }
        // A link shared from a phone puts the headline, the address and
        // the first paragraph over the page it copied: that paragraph comes
        // again below the menus.
        let shared = || {
            let t = line.trim();
            seen_url && lines_read <= 6 && text.matches(t).nth(1).is_some()
        };
        if !topped && prose && !this_notice && !lines.peek().is_some_and(|n| notice(n)) && !shared()
        {
            // The first prose, with no menu above it (a cookie notice may
            // come first).
            return 0;
        }
    }
    if run >= 4 { total + run } else { total }
}

/// The text of a bullet line without its bullet, or `None`.
///
/// The letter "o", lynx's bullet of lists nested in lists, is a bullet only
/// indented deeper than running text (lynx indents text three columns and
/// such lists nine): a wrapped line of prose may start with the word "o".
pub(crate) fn bullet(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let mut chars = t.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let indent = line.len() - t.len();
    (BULLETS.contains(&first) && rest.starts_with([' ', '\t']) && (first != 'o' || indent >= 5))
        .then(|| rest.trim_start())
}

/// What a line of a page copy is, before the article is looked for.
#[derive(Debug, PartialEq)]
pub(crate) enum PageLine {
    /// A browser artefact, removed as a whole for this reason.
    Removed(Reason),
    /// Text: without link numbers and form fields, whether it was a list
    /// item, and the link numbers taken out (for the record).
    Text {
        /// The line's text.
        text: String,
        /// It had a bullet.
        item: bool,
        /// The link numbers and form fields taken out of it.
        taken: Vec<String>,
    },
}

/// Cleans one line of a page copy.
pub(crate) fn line(raw: &str) -> PageLine {
    // What each pattern needs before it is searched for: a colon (a
    // reference's address), a bracket (placeholders, link numbers, form
    // fields), a parenthesis or "IFRAME:" (widgets), four underscores.
    let bracket = raw.contains('[');
    if raw.contains(':') && REFERENCE.is_match(raw) {
        return PageLine::Removed(Reason::Link);
    }
    if raw.trim().len() <= 16 && REFERENCES_HEADING.is_match(raw) {
        return PageLine::Removed(Reason::Navigation);
    }
    let widget = bracket || raw.contains('(') || raw.contains("IFRAME:");
    if (bracket && PLACEHOLDER.is_match(raw)) || (widget && WIDGET.is_match(raw)) {
        return PageLine::Removed(Reason::Image);
    }
    if bracket && address_alone(raw) {
        return PageLine::Removed(Reason::Link);
    }
    // A Markdown image alone on its line, in a page a clipper or a reading
    // service wrote as Markdown ("![Image 2: …](https://…/photo.jpg)").
    if bracket && raw.contains("](") && super::rules::markdown_image_line(raw) {
        return PageLine::Removed(Reason::Image);
    }
    let (body, item) = match bullet(raw) {
        Some(rest) => (rest, true),
        None => (raw, false),
    };
    if !bracket && !body.contains("____") {
        return PageLine::Text {
            text: body.to_string(),
            item,
            taken: Vec::new(),
        };
    }
    // An image placeholder glued to the text after it: "[photo-1]The price…".
    let lead = LEAD_PLACEHOLDER
        .find(body)
        .filter(|m| body[m.end()..].starts_with(char::is_alphanumeric))
        .map(|m| m.as_str().to_string());
    let body = &body[lead.as_ref().map_or(0, String::len)..];
    let taken: Vec<String> = lead
        .into_iter()
        .chain(LINK_NUMBER.find_iter(body).map(|m| m.as_str().to_string()))
        .chain(FORM_FIELD.find_iter(body).map(|m| m.as_str().to_string()))
        .collect();
    let unlinked = LINK_NUMBER.replace_all(body, "");
    let text = FORM_FIELD.replace_all(&unlinked, "").into_owned();
    PageLine::Text { text, item, taken }
}

/// Whether `raw` is a link's address alone in square brackets, as a
/// converter writes it under the link's words when the line is full
/// ("[https://example.com/2027/05/a-long-story-about-the-port/]"), of any
/// length (the shorter ones are [`PLACEHOLDER`]'s).
fn address_alone(raw: &str) -> bool {
    let t = raw.trim();
    t.len() <= 2_000
        && (t.starts_with("[http://") || t.starts_with("[https://"))
        && t.ends_with(']')
        && t.bytes().filter(|&b| b == b'[' || b == b']').count() == 2
        && !t.contains(char::is_whitespace)
}

/// What the search for the article needs to know of a block.
#[derive(Debug, Clone, Default)]
pub(crate) struct BlockShape {
    /// The block's text.
    pub(crate) text: String,
    /// It is a list item.
    pub(crate) item: bool,
    /// Links marked in it (lynx's link numbers).
    pub(crate) links: usize,
    /// It is a byline or a date line.
    pub(crate) dateline: bool,
    /// One of its lines is a byline, a date line or a date stamp (a
    /// writer's name over the date, without a blank line between).
    pub(crate) stamp: bool,
}

/// A block's class, as jusText has them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    /// Article text: long, in sentences, with function words.
    Good,
    /// Furniture: a short list item, or a short line that is not a sentence.
    Bad,
    /// Too short to say alone: decided by its neighbours.
    Short,
}

/// Words of other text between two good blocks that still belong to one
/// article (a subheading, a caption, a short aside).
const GAP_WORDS: usize = 120;

/// Words of good text above a comments heading for it to close the article.
const COMMENTS_AFTER: usize = 40;

/// Words of one run of good text above a heading of other stories for the
/// runs below it to count as teasers ("You may also like" under an
/// article of 100 words or more).
const ARTICLE_ABOVE_LIST: usize = 100;

/// What a run below such a heading is worth, divided.
const LISTED: usize = 4;

/// Which blocks are the article: `true` for each kept block. `stop` tells
/// whether a lower-cased word is a function word of the document's
/// language (`None`: the language has no list; function words are not
/// counted).
pub(crate) fn article(blocks: &[BlockShape], stop: Option<&dyn Fn(&str) -> bool>) -> Vec<bool> {
    // Text that repeats on the page is the page's, not the article's (a
    // teaser shown twice, a menu drawn at the top and the foot).
    let mut seen: crate::compare::text::FxMap<&str, usize> = crate::compare::text::FxMap::default();
    seen.reserve(blocks.len());
    for b in blocks {
        *seen.entry(b.text.as_str()).or_default() += 1;
    }
    // Each block's length and whether it is a notice or an appeal, found
    // once for its class and its section.
    let units: Vec<usize> = blocks.iter().map(|b| units(&b.text)).collect();
    let mut boiler: Vec<Option<bool>> = vec![None; blocks.len()];
    let mut classes: Vec<Class> = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        // A paragraph of 25 words or more among the first three blocks
        // that comes again below is the article's there (a shared link's
        // excerpt above the page it copied).
        let count = seen.get_mut(b.text.as_str()).map_or(0, |n| {
            let c = *n;
            if i < 3 && !at_most_words(&b.text, 24) {
                *n = 1;
            }
            c
        });
        classes.push(if count > 1 && !at_most_words(&b.text, 3) {
            Class::Bad
        } else {
            class(b, units[i], &mut boiler[i], stop)
        });
    }
    let sections: Vec<Option<Section>> = blocks
        .iter()
        .zip(&mut boiler)
        .map(|(b, boiler)| {
            section(&b.text).or_else(|| {
                // An appeal, its opener ("A Message from The Moscow
                // Times:", "Dear readers,") or a notice closes the article
                // as a heading does.
                if super::furniture::appeal_opener(&b.text) {
                    return Some(Section::Letter);
                }
                (at_most_words(&b.text, 60)
                    && *boiler.get_or_insert_with(|| super::furniture::boilerplate(&b.text)))
                .then_some(Section::Appeal)
            })
        })
        .collect();
    // Readers' comments after the article: nothing from their heading on
    // is the article (a heading above the article, beside its byline, is
    // only a link to them).
    let mut before = 0;
    for i in 0..blocks.len() {
        if sections[i] == Some(Section::Comments) && before >= COMMENTS_AFTER {
            for c in &mut classes[i..] {
                *c = Class::Bad;
            }
            break;
        }
        if classes[i] == Class::Good {
            before += units[i];
        }
    }
    // Teasers with their own dates inside the article, found once for
    // the run and for what it keeps.
    let teasers: Vec<Option<usize>> = (0..blocks.len())
        .map(|i| sections[i].and_then(|_| teaser_box_end(blocks, &units, &classes, &sections, i)))
        .collect();
    let Some((start, end)) = main_run(blocks, (&units, &classes, &sections), &teasers) else {
        return vec![false; blocks.len()];
    };
    let start = lead_below_date_line(blocks, &classes, &sections, start);
    let end = end + closing_sentences_after(blocks, &classes, &sections, end);
    let end = end + numbered_list_after(blocks, &classes, &sections, end);
    kept_in_run(blocks, (&classes, &sections), &teasers, (start, end))
}

/// Which blocks of the article's run from `start` to `end` are kept: all
/// but bad ones and boxes of other stories inside it.
fn kept_in_run(
    blocks: &[BlockShape],
    (classes, sections): (&[Class], &[Option<Section>]),
    teasers: &[Option<usize>],
    (start, end): (usize, usize),
) -> Vec<bool> {
    let mut keep = vec![false; blocks.len()];
    let mut boxed = false;
    for i in outside_teasers(teasers, start..end + 1) {
        // A box of other stories inside the article goes, up to where the
        // article resumes.
        if sections[i].is_some() {
            boxed = true;
        } else if classes[i] == Class::Good {
            boxed = false;
        }
        keep[i] = classes[i] != Class::Bad && !boxed;
    }
    keep
}

/// The class of block `b` of `n` [`units`]; `boiler` keeps whether it is
/// boilerplate once that is looked at.
fn class(
    b: &BlockShape,
    n: usize,
    boiler: &mut Option<bool>,
    stop: Option<&dyn Fn(&str) -> bool>,
) -> Class {
    let sentences = sentence_ends(&b.text) + b.text.matches(['。', '！', '？']).count();
    if b.item && (n < 10 || sentences == 0) {
        return Class::Bad;
    }
    if b.links * 8 > n
        || *boiler.get_or_insert_with(|| super::furniture::boilerplate(&b.text))
        || notice(&b.text)
    {
        // Mostly links (a teaser, a list of stories), or a cookie notice,
        // an appeal, a legal notice, a caption.
        return Class::Bad;
    }
    let density = stop.map(|is_stop| {
        // Each word's letters and apostrophes in lower case, in one buffer
        // (`char::to_lowercase` differs from `str::to_lowercase` only for a
        // final sigma, which is no stop word either way).
        let mut w = String::new();
        let hits = b
            .text
            .split_whitespace()
            .filter(|word| {
                w.clear();
                if word.is_ascii() {
                    w.extend(
                        word.bytes()
                            .filter(|c| c.is_ascii_alphabetic() || *c == b'\'')
                            .map(|c| char::from(c.to_ascii_lowercase())),
                    );
                } else {
                    for c in word.chars().filter(|c| c.is_alphabetic() || *c == '\'') {
                        w.extend(c.to_lowercase());
                    }
                }
                is_stop(&w)
            })
            .count();
        hits as f64 / n.max(1) as f64
    });
    if glued_teaser(&b.text) {
        // Likely a teaser, but an article's sentence may start so: it is
        // kept inside the article and does not make a run the article.
        Class::Short
    } else if n >= 15 && sentences >= 1 && density.is_none_or(|d| d >= 0.2) {
        Class::Good
    } else if b.text.chars().all(|c| !c.is_alphabetic()) {
        // A counter, a rule, a price.
        Class::Bad
    } else {
        Class::Short
    }
}

/// How many short blocks right after the article's last long paragraph
/// are its closing sentences: at most [`CLOSING_BLOCKS`] blocks of prose
/// of five words or more that end a sentence ("The government said a
/// long-term plan would follow."), none a heading of the page, an item, a
/// byline or date line, or bad. A short line with no sentence end (a
/// teaser's title, a button) ends them.
fn closing_sentences_after(
    blocks: &[BlockShape],
    classes: &[Class],
    sections: &[Option<Section>],
    end: usize,
) -> usize {
    let mut n = 0;
    while n < CLOSING_BLOCKS {
        let k = end + 1 + n;
        let Some(b) = blocks.get(k) else { break };
        let closing = classes[k] == Class::Short
            && sections[k].is_none()
            && !b.item
            && !b.dateline
            && units(&b.text) >= 5
            && super::rules::ends_sentence(&b.text)
            && sentence_ends(&b.text) >= 1
            && !calls_the_reader(&b.text)
            && !numbered(&b.text);
        if !closing {
            break;
        }
        n += 1;
    }
    n
}

/// Whether a short block asks the reader to do something, as a site's
/// promotion does: it opens on a verb of the reader's action ("Follow The
/// New York Times Opinion section on Facebook", "Listen to Newsbeat live
/// at 12:45", "Read our coverage here.") or asks or exclaims ("Like this
/// story? Share it with a friend!"). An article's closing sentence
/// reports ("Visitors can follow the talks online.").
fn calls_the_reader(t: &str) -> bool {
    const VERBS: [&str; 18] = [
        "please",
        "follow",
        "listen",
        "watch",
        "read",
        "share",
        "click",
        "tap",
        "subscribe",
        "sign",
        "join",
        "download",
        "visit",
        "see",
        "check",
        "like",
        "get",
        "send",
    ];
    let first = t.split_whitespace().next().unwrap_or("");
    VERBS.iter().any(|v| first.eq_ignore_ascii_case(v)) || t.contains(['?', '!'])
}

/// Whether a block opens with a number and a period, as the items of a
/// numbered list of stories do ("5. NFL Power Rankings: …").
fn numbered(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && t[digits..].starts_with(". ")
}

/// Short blocks after the article's last long paragraph that may still be
/// its own ([`closing_sentences_after`]).
const CLOSING_BLOCKS: usize = 2;

/// Where the article starts when the run found starts at `start`: the
/// sentences between the article's date line (or byline) and its first
/// long paragraph are its lead, though too short or too full of names to
/// be good alone ("ST. JOSEPH, Mich. (AP) — Michigan health authorities
/// are reporting a 6th fatality …"). Without a date line or byline right
/// above them they stay out.
fn lead_below_date_line(
    blocks: &[BlockShape],
    classes: &[Class],
    sections: &[Option<Section>],
    start: usize,
) -> usize {
    let mut k = start;
    while k > 0 {
        let b = &blocks[k - 1];
        let prose = classes[k - 1] == Class::Short
            && sections[k - 1].is_none()
            && !b.item
            && !b.dateline
            && units(&b.text) >= 8
            && sentence_ends(&b.text) >= 1;
        if !prose {
            break;
        }
        k -= 1;
    }
    // A time on a line of its own under the date ("Հոկտեմբեր 03, 2023" /
    // "14:27") belongs to the date line.
    let mut above = k;
    while above > 0 && time_alone(&blocks[above - 1].text) {
        above -= 1;
    }
    if k < start && above > 0 && blocks[above - 1].dateline {
        k
    } else {
        start
    }
}

/// Whether a block is a time of day alone: "14:27", "9.15", "2:41 PM",
/// "14:27 GMT".
fn time_alone(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(time) = words.next() else {
        return false;
    };
    let clock = time.split_once([':', '.']).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    let rest: Vec<&str> = words.collect();
    clock
        && rest.len() <= 2
        && rest.iter().all(|w| {
            w.len() <= 5
                && w.chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '.' || c == '+')
        })
}

/// How many blocks right after block `end` are the article's own numbered
/// list: items numbered 1, 2, 3 … in order, starting directly below its
/// last paragraph, none of them a heading of the page or bad. ("Most
/// read" lists under a heading, or items not counted from 1, stay out.)
fn numbered_list_after(
    blocks: &[BlockShape],
    classes: &[Class],
    sections: &[Option<Section>],
    end: usize,
) -> usize {
    let mut n: u32 = 0;
    for (k, b) in blocks.iter().enumerate().skip(end + 1) {
        let number = super::rules::ordered_number(&b.text);
        if number != Some(n + 1) || classes[k] == Class::Bad || sections[k].is_some() {
            break;
        }
        n += 1;
    }
    // One numbered line alone is not a list.
    if n >= 2 { n as usize } else { 0 }
}

/// Length in words, counting two characters of a script written without
/// spaces (Chinese, Japanese) as a word, and at least one word for every
/// [`LETTERS_PER_WORD`] letters: the word counts of the thresholds are
/// English ones, and languages that glue endings to their words
/// (Armenian, Turkish, Georgian) say as much in fewer, longer words. Text
/// in ASCII is counted by its words alone (English averages five letters
/// a word).
fn units(text: &str) -> usize {
    let words = word_count(text);
    if text.is_ascii() {
        return words;
    }
    let b = text.as_bytes();
    // Those scripts' characters take three bytes, led by 0xE3 to 0xED.
    let dense = if b.iter().any(|b| (0xe3..=0xed).contains(b)) {
        text.chars()
            .filter(|c| {
                matches!(*c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af)
            })
            .count()
    } else {
        0
    };
    // Letters take a byte or more each: in fewer bytes than seven a word
    // they cannot outnumber the words (most English text).
    if text.len() <= LETTERS_PER_WORD * (words + 1) {
        return words + dense / 2;
    }
    // Letters counted by their first bytes, with no table of Unicode: ASCII
    // letters, two-byte characters past the Latin-1 signs (accented Latin,
    // Greek, Cyrillic, Armenian, Hebrew, Arabic) and three-byte ones led by
    // 0xE1 (Georgian, more Latin); not the signs led by 0xC2 or 0xE2
    // (quotes, dashes, bullets, rules). A script's own marks (the Armenian
    // full stop) count as letters here.
    let letters = b
        .iter()
        .filter(|&&c| c.is_ascii_alphabetic() || (0xc3..=0xdf).contains(&c) || c == 0xe1)
        .count();
    words.max(letters / LETTERS_PER_WORD) + dense / 2
}

/// Letters that count as at least one word in [`units`].
const LETTERS_PER_WORD: usize = 7;

/// Good words a run of blocks is worth: twice as much when a byline or
/// date line stands just above it or at its top, where an article's are.
///
/// A run with date lines or bylines inside it, well below its top, is a
/// list of stories (teasers, each with its date) or of comments: it is
/// worth half.
fn worth(blocks: &[BlockShape], (start, end, words): (usize, usize, usize)) -> usize {
    let dated = blocks[start.saturating_sub(6)..=(start + 2).min(end)]
        .iter()
        .any(|b| b.dateline);
    let inner = blocks
        .get(start + 3..=end)
        .map_or(0, |bs| bs.iter().filter(|b| b.dateline).count());
    if inner >= 2 {
        words / 2
    } else if dated {
        words * 2
    } else {
        words
    }
}

/// Whether the heading of other stories at `i` heads a box inside the
/// article ("Read also", "Most read" with a few headlines), which the
/// article resumes after: the next good block comes after headlines or
/// links only and is followed directly by another good block, as an
/// article's paragraphs are (a list of teasers alternates them with
/// headlines and names). An appeal inside the article (a newsletter's
/// sign-up box) needs no headlines after it, and the article may resume
/// with a caption between its paragraphs. A first block that ends in an
/// ellipsis is a teaser cut short, not the article resuming.
fn box_in_article(
    blocks: &[BlockShape],
    classes: &[Class],
    sections: &[Option<Section>],
    i: usize,
) -> bool {
    let appeal = match sections[i] {
        Some(Section::Appeal) => true,
        Some(Section::OtherStories) => false,
        _ => return false,
    };
    let Some(j) = (i + 1..classes.len()).find(|&j| classes[j] == Class::Good) else {
        return false;
    };
    let resumes = |k: usize| classes.get(k) == Some(&Class::Good);
    // Right under the heading, three good blocks in a row are the article
    // resuming (its links may have gone with the line rules), not teasers.
    let article_again = j == i + 1 && resumes(j + 1) && resumes(j + 2);
    (appeal || j > i + 1 || article_again)
        && !cut_short(&blocks[j].text)
        && sections[i + 1..j]
            .iter()
            .all(|s| *s != Some(Section::Comments))
        && (resumes(j + 1) || (appeal && resumes(j + 2)))
}

/// The indices of `range` outside the teaser boxes `teasers` marks (see
/// [`teaser_box_end`]): from a box's heading up to where the article
/// resumes.
fn outside_teasers(
    teasers: &[Option<usize>],
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = usize> + '_ {
    let mut resumes = 0;
    range.filter(move |&i| {
        if i < resumes {
            return false;
        }
        if let Some(k) = teasers[i] {
            resumes = k;
            return false;
        }
        true
    })
}

/// Where the article resumes after a box of other stories at `i` that
/// holds one teaser with its own byline or date ("Mehr zum Thema" /
/// headline / standfirst / "Daniel Fritzsche" / "29.01.2024"): within
/// eight blocks, two good blocks in a row of 40 words or more together,
/// with only blocks of 30 words or fewer between. `None` for anything else
/// (a list of teasers alternates headlines and standfirsts, and never
/// has two long good blocks in a row).
fn teaser_box_end(
    blocks: &[BlockShape],
    units: &[usize],
    classes: &[Class],
    sections: &[Option<Section>],
    i: usize,
) -> Option<usize> {
    if sections[i] != Some(Section::OtherStories) {
        return None;
    }
    let last = (i + 8).min(blocks.len().saturating_sub(2));
    let mut dated = false;
    for k in i + 1..=last {
        if sections[k].is_some() {
            return None;
        }
        let good = |j: usize| classes[j] == Class::Good;
        if good(k) && good(k + 1) && units[k] + units[k + 1] >= 40 {
            // A teaser's text cut short ("… The...") is no article resuming.
            let whole = !cut_short(&blocks[k].text) && !cut_short(&blocks[k + 1].text);
            return (dated && whole).then_some(k);
        }
        if !at_most_words(&blocks[k].text, 30) {
            return None;
        }
        dated |= blocks[k].dateline;
    }
    None
}

/// Whether a block ends in an ellipsis, as a teaser cut short does ("…
/// para …", "… the rest...").
fn cut_short(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches([')', ']', '»', '"', '”', '’']);
    t.ends_with('…') || t.ends_with("...")
}

/// The first and last block of the run of good blocks worth the most (see
/// [`worth`]), where good blocks at most [`GAP_WORDS`] words apart belong
/// to one run unless a section heading of the page (comments, other
/// stories) or a byline or date line stands between them.
fn main_run(
    blocks: &[BlockShape],
    (units, classes, sections): (&[usize], &[Class], &[Option<Section>]),
    teasers: &[Option<usize>],
) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut run: Option<(usize, usize, usize)> = None;
    let mut gap = 0;
    // Where the page's first list of other stories starts, when a run long
    // enough to be the article stands above it: runs from there on are
    // teasers. (A page whose menus come first, with their own headings of
    // stories, has no such run above its first heading.)
    let mut listed_from = usize::MAX;
    let mut first_list = true;
    let value = |r: (usize, usize, usize), listed_from: usize| {
        let w = worth(blocks, r);
        if r.0 > listed_from { w / LISTED } else { w }
    };
    // A teaser with its own byline or date inside the article: the run
    // goes on after it (its date line would end the run).
    for i in outside_teasers(teasers, 0..blocks.len()) {
        let (b, c, words) = (&blocks[i], &classes[i], units[i]);
        if sections[i].is_some() && !box_in_article(blocks, classes, sections, i) {
            // A section heading of the page ends any run.
            if first_list && sections[i] != Some(Section::Comments) {
                first_list = false;
                let above = run.into_iter().chain(best).map(|r| r.2).max();
                if above.is_some_and(|w| w >= ARTICLE_ABOVE_LIST) {
                    listed_from = i;
                }
            }
            gap = usize::MAX / 2;
            continue;
        }
        if b.dateline && *c != Class::Good {
            // An article starts below its byline or date line: a run does
            // not reach back over one (teasers above the article).
            gap = usize::MAX / 2;
            continue;
        }
        if *c != Class::Good {
            gap += words;
            continue;
        }
        run = match run {
            Some((s, _, w)) if gap <= GAP_WORDS => Some((s, i, w + words)),
            _ => {
                if let Some(r) = run
                    && best.is_none_or(|b| value(r, listed_from) > value(b, listed_from))
                {
                    best = Some(r);
                }
                Some((i, i, words))
            }
        };
        gap = 0;
    }
    if let Some(r) = run
        && best.is_none_or(|b| value(r, listed_from) > value(b, listed_from))
    {
        best = Some(r);
    }
    best.map(|(s, e, _)| (s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str, item: bool) -> BlockShape {
        BlockShape {
            text: text.to_string(),
            item,
            ..Default::default()
        }
    }

    const PARAGRAPH: &str = "The talks in Geneva ended on Friday without an agreement on the border, officials from both delegations said after the last session.";

    const SECOND: &str = "Both sides blamed each other for the lack of progress, and a diplomat who attended said the mood had been tense from the start.";

    #[test]
    fn teasers_whose_headline_runs_into_their_standfirst_are_not_the_article() {
        for t in [
            "Attention, Deal-Hunters: Here Are The Top Health And Fitness Deals In DetroitIn the market to save some money on health and fitness in Detroit?",
            "The 4 Best Vegan Spots In DetroitHoodline crunched the numbers to find the top vegan spots around Detroit.",
            "Auto Union Opens Talks With Fiat Chrysler; Strike PossibleThe United Auto Workers union on Monday turned its bargaining focus to Fiat Chrysler.",
        ] {
            assert!(glued_teaser(t), "{t}");
        }
        for t in [
            "Google Buys YouTube, the video site, for $1.65 billion in stock, the companies said.",
            "The iPhone maker said on Monday that sales in China had fallen for a third quarter.",
            "Officials at McDonald's and the Federal Trade Commission said the talks would go on.",
            "Rep. Ron DeSantis of Florida said the bill would not pass in its present form.",
            "New Album From The Band Available On YouTube Today And On All Other Platforms",
            "Prime Minister Boris Johnson Meets LeBron James in the city for a charity game today.",
            PARAGRAPH,
        ] {
            assert!(!glued_teaser(t), "{t}");
        }
    }

    #[test]
    fn text_repeated_on_the_page_is_not_the_article() {
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape(SECOND, false),
        ];
        assert_eq!(article(&blocks, None), [true, false, false]);
    }

    #[test]
    fn lynx_artefacts_are_taken_out() {
        assert_eq!(
            line("  12. https://example.com/about/"),
            PageLine::Removed(Reason::Link)
        );
        assert_eq!(line("References"), PageLine::Removed(Reason::Navigation));
        assert_eq!(line("[vw-concept-6-1]"), PageLine::Removed(Reason::Image));
        assert_eq!(
            line("![Image 2: The site, seen from a helicopter](https://example.jp/a.jpg)"),
            PageLine::Removed(Reason::Image)
        );
        // An image inside a line of text is the text's.
        assert_ne!(
            line("The site ![map](https://example.jp/m.png) lies on reclaimed land."),
            PageLine::Removed(Reason::Image)
        );
        let PageLine::Text { text, item, taken } =
            line("   the most [27]electric Gran Turismo yet.")
        else {
            panic!("text expected");
        };
        assert_eq!(text.trim(), "the most electric Gran Turismo yet.");
        assert!(!item);
        assert_eq!(taken, ["[27]"]);
        // Brackets in running text stay.
        let PageLine::Text { text, .. } = line("He said [the deal] was over.") else {
            panic!("text expected");
        };
        assert_eq!(text, "He said [the deal] was over.");
    }

    #[test]
    fn a_converters_long_address_alone_is_a_link() {
        // html-to-text writes a link's address under its words when the
        // line is full, whatever its length.
        for l in [
            "[https://www.example.com/2027/05/the-harbour-board-approves-a-new-ferry-terminal-on-the-east-side/]",
            "  [http://example.org/nachrichten/stadtrat-beschliesst-haushalt-fuer-das-kommende-jahr-2028]",
        ] {
            assert_eq!(line(l), PageLine::Removed(Reason::Link), "{l}");
        }
        // Look-alikes: words in brackets, an address with words, two notes.
        for l in [
            "[https://example.com/a-long-story-about-the-harbour-and-its-new-ferry-terminal] said the mayor",
            "[see https://example.com/report-on-the-harbour-and-the-new-ferry-terminal-2027]",
            "[https://example.com/one-very-long-address-of-a-story-about-ferries][https://example.com/two]",
        ] {
            assert_ne!(line(l), PageLine::Removed(Reason::Link), "{l}");
        }
    }

    #[test]
    fn bullets_mark_list_items() {
        assert_eq!(bullet("  • Tech"), Some("Tech"));
        assert_eq!(bullet("     * [4]Tech"), Some("[4]Tech"));
        assert_eq!(bullet("*emphasis*"), None);
        // A list exported by a word processor: a tab on each side.
        assert_eq!(bullet("\t•\tSports"), Some("Sports"));
        assert_eq!(bullet("*\temphasis"), Some("emphasis"));
        assert_eq!(
            bullet("         o [12]Nested item"),
            Some("[12]Nested item")
        );
        // A wrapped line of Portuguese prose at lynx's margin.
        assert_eq!(
            bullet("   o aprendizado adquirido, levantar e partir"),
            None
        );
        assert_eq!(bullet("2 + 2 = 4"), None);
    }

    #[test]
    fn the_article_is_the_longest_run_of_good_blocks() {
        let blocks = [
            shape("Tech", true),
            shape("Cars", true),
            shape("Gaming", true),
            shape("SlashGear", false),
            shape(PARAGRAPH, false),
            shape("What comes next", false),
            shape(SECOND, false),
            shape("Related stories", false),
            shape("Another story about something else", true),
            shape("A third story", true),
            shape("Privacy policy", true),
        ];
        let keep = article(&blocks, Some(&crate::text::stopwords::is_listed));
        assert_eq!(
            keep,
            [
                false, false, false, false, true, true, true, false, false, false, false
            ]
        );
    }

    #[test]
    fn teasers_below_the_first_list_of_other_stories_lose_to_the_article_above() {
        // An article of 100 words or more, then "You may also like" and
        // more words of teasers, each cut short or separated by a share row.
        let article_text = [PARAGRAPH, SECOND, PARAGRAPH, SECOND, PARAGRAPH].join(" ");
        let teaser = "Officials in another city announced a new plan for the harbour on Monday, and residents who gathered at the meeting asked for more time to study it before the vote …";
        let share = shape("Facebook Twitter Email", false);
        let mut blocks = vec![
            shape(&article_text, false),
            shape("You may also like", false),
        ];
        for _ in 0..4 {
            blocks.push(share.clone());
            blocks.push(shape(teaser, false));
        }
        // Each teaser differs a little (repeated text is the page's).
        for (k, b) in blocks.iter_mut().enumerate().skip(2) {
            if !b.text.starts_with("Facebook") {
                b.text = format!("In story {k}, {}", b.text);
            }
        }
        let keep = article(&blocks, Some(&crate::text::stopwords::is_listed));
        assert!(keep[0], "{keep:?}");
        assert!(keep[2..].iter().all(|k| !k), "{keep:?}");

        // Counter-example: a heading of stories in the menu above a short
        // teaser run does not make the longer article below it a teaser.
        let blocks = [
            shape("Latest headlines", false),
            shape(PARAGRAPH, false),
            shape("Weather", true),
            shape("Sport", true),
            shape(&article_text, false),
            shape(SECOND, false),
        ];
        let keep = article(&blocks, Some(&crate::text::stopwords::is_listed));
        assert_eq!(keep[4..], [true, true], "{keep:?}");
        assert!(cut_short("… and the rest …") && cut_short("the rest...)"));
        assert!(!cut_short("It ended."));
    }

    #[test]
    fn a_numbered_list_right_below_the_article_is_the_articles() {
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape("1) The first thing on the list", false),
            shape("2) The second thing", false),
            shape("3) The third thing", false),
            shape("Leave a reply", false),
        ];
        let keep = article(&blocks, Some(&crate::text::stopwords::is_listed));
        assert_eq!(keep, [true, true, true, true, true, false]);
        // Counter-examples: numbering that does not start at 1, and a list
        // under a heading of the page.
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape("4) A story somewhere else", false),
            shape("5) Another story", false),
        ];
        let keep = article(&blocks, Some(&crate::text::stopwords::is_listed));
        assert_eq!(keep, [true, true, false, false]);
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape("Most read", false),
            shape("1. A story somewhere else", false),
            shape("2. Another story", false),
        ];
        let keep = article(&blocks, Some(&crate::text::stopwords::is_listed));
        assert_eq!(keep, [true, true, false, false, false]);
    }

    #[test]
    fn a_page_without_good_blocks_keeps_nothing_and_other_languages_are_not_judged_by_english_words()
     {
        let blocks = [shape("Home", true), shape("About", true)];
        assert!(article(&blocks, None).iter().all(|k| !k));
        let german = "Die Gespräche in Genf endeten am Freitag ohne eine Einigung über die Grenze, sagten Vertreter beider Delegationen nach der letzten Sitzung.";
        let blocks = [shape("Startseite", true), shape(german, false)];
        assert_eq!(article(&blocks, None), [false, true]);
    }

    #[test]
    fn page_copies_are_told_from_articles() {
        let menu = "  • Home\n  • World\n  • Politics\n  • Business\n  • Sport\n  • Culture\n  • Video\n  • Opinion\n";
        assert!(looks_like_page_copy(&format!("{menu}\n{PARAGRAPH}\n")));
        // An article with a short list is not a page copy.
        let list = "  • Oil\n  • Gas\n  • Coal\n";
        assert!(!looks_like_page_copy(&format!(
            "{PARAGRAPH}\n{list}\n{PARAGRAPH}\n"
        )));
        // Link numbers as lynx writes them, before the link's text …
        let lynx: String = (1..=9).map(|n| format!("[{n}]Link {n}\n")).collect();
        assert!(looks_like_page_copy(&format!("{lynx}\n{PARAGRAPH}\n")));
        // … and not Markdown's reference links and their definitions.
        let md: String = (1..=9)
            .map(|n| format!("See [the report][{n}] today.\n\n"))
            .chain((1..=9).map(|n| format!("[{n}]: https://example.com/{n}\n")))
            .collect();
        assert!(!looks_like_page_copy(&format!("{PARAGRAPH}\n\n{md}")));
    }
    #[test]
    fn a_page_selected_whole_in_a_browser_is_a_page_copy() {
        let prose = "Armenia's parliament has voted to join the International Criminal Court, a move that angered Moscow, which has long been its ally.";
        let menu = "Skip to main content\nHome\nWorld\nBusiness\nMarkets\nSport\n";
        let foot = "Site Index\nAuthors\nArchive\nAbout Us\nCareers\nContact\n";
        let page = format!("{menu}\nArmenia votes to join the ICC\n\n{prose}\n\n{prose}\n\n{foot}");
        assert!(looks_like_page_copy(&page));
        // A cookie notice may come above the menu.
        let cookies = "We and our 843 partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.";
        assert!(looks_like_page_copy(&format!("{cookies}\n{page}")));
        // Counter-examples: an article's own list between its paragraphs,
        // its paragraphs hard-wrapped, an e-mail's quoted blank lines.
        let list = "Eggs\nSpinach\nSweet potato\nOlive oil\nSalt\nPepper\n";
        let article = format!("{prose}\n{list}{prose}\n{list}{list}");
        assert!(!looks_like_page_copy(&article));
        let wrapped = "Armenia's parliament has voted to join the International\nCriminal Court, a move that angered Moscow, which has long\nbeen its ally.\n";
        assert!(!looks_like_page_copy(&format!(
            "{wrapped}\n{list}{list}{list}"
        )));
        let quoted = ">\n> \u{200B}\n>\n> The refreshing autumn sky!\n>\n".repeat(6);
        assert!(!looks_like_page_copy(&format!(
            "From: Tom <t@example.fr>\n\n{quoted}"
        )));
    }

    #[test]
    fn section_headings_of_the_page_are_told_from_the_articles_own() {
        for t in [
            "Comments",
            "34 Comments",
            "[ 167 comments ]",
            "34 responses to “Anthony Lynn: “We needed to win this game””",
            "Leave a Reply",
            "Top Rated Comments",
            "Kommentare (3)",
        ] {
            assert_eq!(section(t), Some(Section::Comments), "{t}");
        }
        for t in [
            "Related articles",
            "You may also like",
            "Most read in world news",
            "Trending Now on NYPost.com",
            "Latest Headlines",
            "Other Topics of Interest",
            "Read also",
            "Also read:",
            "Stories of interest",
            "More from Space...",
            "» Recommended for you",
            "Você pode gostar...",
            "Читайте также",
            "Читайте також",
            "Czytaj także",
            "Más información",
        ] {
            assert_eq!(section(t), Some(Section::OtherStories), "{t}");
        }
        // The article's own words: sentences, subheadings, longer lines.
        for t in [
            "More than 100 people died.",
            "Comments from the minister were not expected.",
            "Related parties must declare their interests",
            "Latest figures show a rise in prices across the region",
            "How is the plague spread?",
            "Reactions from abroad were swift and angry, as the next days showed.",
            "Comments on the proposal were invited until March",
            "Other topics of interest to the committee were postponed.",
            "Read also the minister's letter, officials urged.",
            "Stories of interest rates rising worried savers",
        ] {
            assert_eq!(section(t), None, "{t}");
        }
    }

    const THIRD: &str = "A spokesman for the ministry declined to comment on the report, saying only that talks would resume once both capitals had been consulted.";

    #[test]
    fn an_outlets_letter_to_its_readers_under_the_article_is_not_the_article() {
        let letter = [
            "We are facing unprecedented challenges, and the authorities have branded our newsroom a foreign agent for its reporting.",
            "These attempts to silence us are a direct response to our independent reporting, and we remain committed to telling the truth.",
            "We need your help to keep doing it, because every contribution, however small, makes a real difference to our work.",
        ];
        for opener in ["A Message from The Moscow Times:", "Dear readers,"] {
            let mut blocks = vec![
                shape(PARAGRAPH, false),
                shape(SECOND, false),
                shape(THIRD, false),
                shape(opener, false),
            ];
            blocks.extend(letter.iter().map(|t| shape(t, false)));
            let kept = article(&blocks, None);
            assert_eq!(
                kept,
                [true, true, true, false, false, false, false],
                "{opener}"
            );
        }
        // Counter-example: a box of other stories with three paragraphs
        // under it is crossed, as before.
        let mut blocks = vec![
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape(THIRD, false),
            shape("Keep reading", false),
        ];
        blocks.extend(letter.iter().map(|t| shape(t, false)));
        assert_eq!(
            article(&blocks, None),
            [true, true, true, false, true, true, true]
        );
    }

    #[test]
    fn readers_comments_after_the_article_are_not_the_article() {
        let comment = "I think the whole thing was decided long before anyone sat down at the table, and they all know it too.";
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape("12 Comments", false),
            shape("reader99 says:", false),
            shape(comment, false),
            shape(THIRD, false),
        ];
        assert_eq!(
            article(&blocks, None),
            [true, true, false, false, false, false]
        );
        // A link to the comments beside the byline, above the article, is
        // no end of it.
        let blocks = [
            shape("12 Comments", false),
            shape(PARAGRAPH, false),
            shape(SECOND, false),
        ];
        assert_eq!(article(&blocks, None), [false, true, true]);
    }

    #[test]
    fn other_stories_end_the_article_unless_they_are_a_box_inside_it() {
        // Teasers after the heading: the article ends before it.
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape("Related stories", false),
            shape(THIRD, false),
            shape("Jane Doe", false),
            shape("Storm closes schools", false),
        ];
        assert_eq!(
            article(&blocks, None),
            [true, true, false, false, false, false]
        );
        // A box of headlines inside the article, which goes on after it.
        let blocks = [
            shape(PARAGRAPH, false),
            shape("Most read", false),
            shape("Storm closes schools", true),
            shape("Bridge reopens after repairs", true),
            shape(SECOND, false),
            shape(THIRD, false),
        ];
        assert_eq!(
            article(&blocks, None),
            [true, false, false, false, true, true]
        );
    }

    #[test]
    fn text_browser_widgets_are_removed() {
        for l in [
            "(BUTTON) Subscribe",
            "IFRAME: https://example.com/x",
            "  [INS: :INS]",
        ] {
            assert_eq!(line(l), PageLine::Removed(Reason::Image), "{l}");
        }
        let PageLine::Text { text, .. } = line("(Pictured) The mayor spoke at noon.") else {
            panic!("text expected");
        };
        assert_eq!(text, "(Pictured) The mayor spoke at noon.");
    }

    #[test]
    fn sentences_of_scripts_without_spaces_count() {
        let japanese = "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで二十代の男性が逮捕されたというニュースを耳にしました。";
        let blocks = [shape("ブログ", true), shape(japanese, false)];
        assert_eq!(article(&blocks, None), [false, true]);
    }
    #[test]
    fn share_rows_author_boxes_and_sections_of_more_stories_are_headings_of_the_page() {
        for t in [
            "Share this story",
            "Sharing is caring!",
            "197 Shares",
            "About the Author",
            "More Politics",
            "More Great WIRED Stories",
            "Read this next",
            "Next Article",
            "Previous story",
            "ये भी पढ़ें",
            "আরও পড়ুন",
            "관련기사",
        ] {
            assert_eq!(section(t), Some(Section::OtherStories), "{t}");
        }
        for t in [
            "Next articles of the law cover the penalties",
            "Shares in the company fell by a third",
            "More Than Words",
            "More people than ever voted",
            "About the size of a football pitch",
        ] {
            assert_eq!(section(t), None, "{t}");
        }
    }

    fn dated(text: &str) -> BlockShape {
        BlockShape {
            dateline: true,
            ..shape(text, false)
        }
    }

    #[test]
    fn a_run_with_a_date_line_in_each_story_is_a_list_of_teasers() {
        let teaser = |n: usize| {
            format!(
                "Story {n} of the list tells of a town that voted for a new mayor, and the reasons why the result was a surprise to many."
            )
        };
        let mut blocks = vec![
            dated("By Jane Doe | November 18, 2019"),
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape("More News", false),
        ];
        for n in 0..4 {
            blocks.push(shape(&format!("Headline {n}"), false));
            blocks.push(dated("November 20, 2019"));
            blocks.push(shape(&teaser(n), false));
        }
        let keep = article(&blocks, None);
        assert_eq!(keep[..4], [false, true, true, false]);
        assert!(keep[4..].iter().all(|k| !k));
    }

    #[test]
    fn an_appeal_inside_the_article_is_crossed() {
        let blocks = [
            shape(PARAGRAPH, false),
            shape(
                "Sign up for our newsletter and get the news delivered to your inbox.",
                false,
            ),
            shape(SECOND, false),
            shape("Photo: a caption", false),
            shape(THIRD, false),
        ];
        assert_eq!(article(&blocks, None), [true, false, true, true, true]);
    }
    #[test]
    fn a_time_alone_under_the_date_line_belongs_to_it() {
        for t in ["14:27", "9.15", "2:41 PM", "14:27 GMT"] {
            assert!(time_alone(t), "{t}");
        }
        for t in [
            "14:27 people were hurt",
            "2023",
            "3.5 per cent",
            "Goal: 2:1",
        ] {
            assert!(!time_alone(t), "{t}");
        }
        let lead = "The government approved a housing plan for the displaced families today.";
        let blocks = [
            dated("October 3, 2023"),
            shape("14:27", false),
            shape(lead, false),
            shape(PARAGRAPH, false),
            shape(SECOND, false),
        ];
        assert_eq!(article(&blocks, None), [false, false, true, true, true]);
    }

    #[test]
    fn a_short_closing_sentence_under_the_last_paragraph_is_the_articles() {
        let closing = "The government said a long-term plan would follow.";
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape(THIRD, false),
            shape(closing, false),
            shape("Azerbaijan arrests former leader", false),
        ];
        assert_eq!(article(&blocks, None), [true, true, true, true, false]);
        // Counter-examples: calls to the reader, a numbered teaser, a
        // short line with no sentence end.
        for tail in [
            "Follow The Daily Times Opinion section on Facebook and Twitter.",
            "Like this story? Share it with a friend!",
            "Please check the box to confirm that you would like to subscribe.",
            "5. Power rankings: the home side rises two spots this week.",
            "Talks to resume in Geneva",
        ] {
            let blocks = [
                shape(PARAGRAPH, false),
                shape(SECOND, false),
                shape(THIRD, false),
                shape(tail, false),
            ];
            assert_eq!(article(&blocks, None), [true, true, true, false], "{tail}");
        }
    }

    #[test]
    fn the_article_resumes_right_under_a_box_whose_links_are_gone() {
        // "Keep reading" with its links removed by the line rules, then the
        // rest of the article: three good blocks in a row.
        let fourth = "Aid workers said many of those arriving needed medical treatment after days on the only road out of the region.";
        let fifth = "Schools and sports halls in the border town have been turned into shelters, and the mayor said more were being prepared.";
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape("Keep reading", false),
            shape(THIRD, false),
            shape(fourth, false),
            shape(fifth, false),
        ];
        assert_eq!(
            article(&blocks, None),
            [true, true, false, true, true, true]
        );
        // Counter-example: teasers under such a heading alternate with
        // headlines, and stay out.
        let blocks = [
            shape(PARAGRAPH, false),
            shape(SECOND, false),
            shape(THIRD, false),
            shape("More stories", false),
            shape(fourth, false),
            shape("Azerbaijan arrests former leader", false),
            shape(fifth, false),
            shape("UN mission arrives in the region", false),
        ];
        let kept = article(&blocks, None);
        assert_eq!(&kept[..4], [true, true, true, false]);
        assert!(!kept[4] && !kept[6], "{kept:?}");
    }

    #[test]
    fn a_run_does_not_reach_back_over_the_articles_date_line() {
        let teaser = "A town voted for a new mayor on Sunday, and the result came as a surprise to many of the people who live there.";
        let blocks = [
            shape(teaser, false),
            shape(THIRD, false),
            dated("November 19, 2019"),
            shape(PARAGRAPH, false),
            shape(SECOND, false),
        ];
        assert_eq!(article(&blocks, None), [false, false, false, true, true]);
        // Without a date line the blocks are one run.
        let blocks = [
            shape(teaser, false),
            shape(THIRD, false),
            shape(PARAGRAPH, false),
            shape(SECOND, false),
        ];
        assert_eq!(article(&blocks, None), [true, true, true, true]);
    }

    #[test]
    fn the_lead_between_the_date_line_and_the_first_long_paragraph_is_the_articles() {
        // Too short to be good alone.
        let lead =
            "ST. JOSEPH, Mich. (AP) — Health authorities report a sixth death from the virus.";
        let blocks = [
            shape(
                "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported",
                false,
            ),
            dated("November 19, 2019 at 9:45 am"),
            shape(lead, false),
            shape(PARAGRAPH, false),
            shape(SECOND, false),
        ];
        assert_eq!(article(&blocks, None), [false, false, true, true, true]);
        // Without the date line right above, a short sentence above the
        // article is not taken (a teaser's line, a caption).
        let blocks = [
            shape(
                "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported",
                false,
            ),
            shape(lead, false),
            shape(PARAGRAPH, false),
            shape(SECOND, false),
        ];
        assert_eq!(article(&blocks, None), [false, false, true, true]);
    }

    #[test]
    fn units_count_words_and_half_the_characters_of_dense_scripts() {
        assert_eq!(units("The talks resumed on Monday."), 5);
        assert_eq!(units("Les négociations ont repris — à Genève, lundi."), 8);
        // Japanese, Chinese and Korean characters count half each;
        // other scripts of three-byte characters (arrows, dashes, Thai) not.
        assert_eq!(units("東京で会談が再開された"), 1 + 11 / 2);
        assert_eq!(units("저작권자 엔터미디어"), 2 + 9 / 2);
        assert_eq!(units("→ ‘Read more’ … ★"), 5);
        assert!(units("การเจรจา เริ่มต้นใหม่") <= 3);
        // Long words of languages that glue endings on count by letters:
        // 10 words, 83 letters and the full stop.
        assert_eq!(
            units(
                "Կառավարությունը հայտարարել է, որ առաջիկայում կներկայացվի նաև երկարաժամկետ բնակարանային ծրագիր։"
            ),
            84 / 7
        );
        // English with a curly quote counts its words.
        assert_eq!(units("“The talks resumed on Monday,” he said."), 7);
    }

    #[test]
    fn glued_words_are_two_capitalised_words_run_together() {
        for w in [
            "DetroitIn",
            "ShopsWondering",
            "NewsThe",
            "ÉtéLes",
            "YouTube",
        ] {
            assert!(glued(w), "{w}");
        }
        for w in [
            "McDonald",
            "iPhone",
            "USA",
            "Detroit",
            "DetroitI",
            "DetroitIN",
            "",
            "A",
            "AbCd",
        ] {
            assert!(!glued(w), "{w}");
        }
    }

    #[test]
    fn glued_teasers_above_a_dated_article_do_not_outweigh_it() {
        let teasers = [
            "The 4 Best Vegan Spots In DetroitHoodline crunched the numbers to find the top vegan spots around Detroit, using both Yelp data and its own ranking to produce a list of the best spots to try.",
            "Say Cheese? Detroit's Top 3 Cheese ShopsWondering where to find the best cheese near you? Hoodline crunched the numbers to find the top cheese shops in Detroit to venture to next time you are in the market.",
            "Find Burgers And More At Downtown's New Frita BatidosA new Cuban spot, offering burgers and more, has opened its doors in the neighborhood, with a menu of sandwiches, shakes and fries for the whole family.",
            "Auto Union Opens Talks With Fiat Chrysler; Strike PossibleThe United Auto Workers union on Monday turned its bargaining focus to Fiat Chrysler, raising the possibility of another strike against a carmaker.",
        ];
        let mut blocks: Vec<BlockShape> = teasers.iter().map(|t| shape(t, false)).collect();
        blocks.push(dated("November 19, 2019 at 9:45 am"));
        blocks.push(shape(PARAGRAPH, false));
        blocks.push(shape(SECOND, false));
        let keep = article(&blocks, None);
        assert_eq!(keep, [false, false, false, false, false, true, true]);
        // An article paragraph that merely looks glued stays inside it.
        let blocks = [
            shape(PARAGRAPH, false),
            shape(
                "The Late General Douglas MacArthur returned to the islands in 1944 with his troops, as he had promised he would.",
                false,
            ),
            shape(SECOND, false),
        ];
        assert_eq!(article(&blocks, None), [true, true, true]);
    }

    #[test]
    fn notices_of_the_page_and_captions_are_told_from_the_articles_sentences() {
        for t in [
            "Live Science is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.",
            "Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.",
            "Your email address will not be published. Required fields are marked *",
            "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *",
            "The Telegraph values your comments but kindly requests all posts are on topic.",
            "Thank you! Your comment will be reviewed by the moderator.",
            "Apple logo, iPad and iPhone are registered trademarks of Apple Inc.",
            "저작권자 ⓒ 엔터미디어, 무단전재 및 재배포금지",
            "These statements have not been evaluated by the Food and Drug Administration.",
            "Subscribe to the 9to5Toys YouTube Channel for all of the latest videos!",
            "No spam, we promise. You can unsubscribe at any time.",
            "Get Motor Cycle Monthly delivered through your letterbox every month.",
            "Want more stories like this?",
            "WeWork chairman Marcelo Claure (Credit: Getty Images)",
            "Image caption Scooter Braun has managed Justin Bieber throughout his career",
            "A fire to rid of crop stubble raises smoke at a farm near Masuri. Sakib Ali/Hindustan Times/Getty Images",
            "FILE - In this Monday, Oct. 28, 2019, file photo, the ambassador walks to a closed-door meeting.",
            "Photo by Jason Kempin/Getty Images",
            "2of4A shopper looks at extension cords at a hardware store in Grass Valley.",
            "We've detected you are on Internet Explorer. For the best experience, please update to a modern browser.",
            "This copy is for your personal, non-commercial use only.",
            "Write to Al Root at allen.root@example.com",
            "Have a tip? Amy Kuperinsky may be reached at amy@example.com.",
            "Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://example.com/news",
        ] {
            assert!(notice(t), "{t}");
        }
        // The same among the marks and letters outside ASCII a text browser
        // draws (word bounds are ASCII: a bullet, an arrow or an accented
        // letter next to a pattern is a bound, a letter inside a word is not).
        for t in [
            "• Your email address will not be published. Required fields are marked *",
            "→ No spam, we promise. Désabonnement: you can unsubscribe at any time.",
            "Café Noir® and Déjà Vu™ are registered trademarks of Example Café Ltd.",
            "Foto: Jörg Müller (Photo: Jörg Müller / Getty Images)",
        ] {
            assert!(notice(t), "{t}");
        }
        for t in [
            "Naïve spamming campaigns were unregistered, the régulateur said in its report.",
            "The café's owners said their unsubscribed customers were missed, and the mayor agreed.",
        ] {
            assert!(!notice(t), "{t}");
        }
        // The article's own sentences on the same matters.
        for t in [
            "The commission said the agents had earned their fees legally, and the minister agreed.",
            "The European Commission published its report on Tuesday.",
            "Readers wrote to complain that their email addresses had been shared with advertisers.",
            "The company registered its trademark in 2015, records show.",
            "Reproduction of the painting was banned by the museum.",
            "Officials want more money for schools, the mayor said.",
            "The photo, taken by a Reuters photographer, shows the ruined bridge.",
            "Credit card debt rose to a record in the third quarter.",
            "2 of 4 Democrats said they would switch to a different party.",
            "Citation needed, the editors wrote, before the claim was retrieved from the archive.",
            "Contact with the crew was lost at 4 a.m., officials said.",
            "In this town, people remember the photo that made it famous.",
            PARAGRAPH,
        ] {
            assert!(!notice(t), "{t}");
        }
    }

    #[test]
    fn a_notice_inside_the_run_is_not_kept() {
        let blocks = [
            shape(PARAGRAPH, false),
            shape("The talks' venue (Photo: Getty Images)", false),
            shape(SECOND, false),
            shape(
                "When you purchase through links on our site, we may earn an affiliate commission.",
                false,
            ),
        ];
        assert_eq!(article(&blocks, None), [true, false, true, false]);
    }
}
