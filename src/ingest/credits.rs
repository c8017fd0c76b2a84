//! Lines around a report that credit its makers or time it, not part of
//! what it says: the credit list below a wire story ("Reporting by Felix
//! Light in Tbilisi; Editing by Andrew Osborn"), its source line ("Source:
//! Al Jazeera and news agencies", "With AFP"), a link to the outlet's
//! standards ("Our Standards: …"), and stamps above it: reading time ("3
//! min read") and a relative date ("Updated 2 hours ago").
//!
//! Each is a family, read by the shape of the whole line: the names after
//! "by" must be names (capitalised words joined by "and", "in", commas),
//! so a sentence that starts "Reporting by the BBC found …" stays.

use std::sync::LazyLock;

use regex::Regex;

use super::needles::ascii_lower_word;
use crate::compare::text::FxSet;

use super::rules::Reason;

/// The roles a credit names before "by".
const ROLES: [&str; 12] = [
    "reporting",
    "writing",
    "editing",
    "research",
    "graphics",
    "translation",
    "production",
    "compiled",
    "translated",
    "edited",
    "written",
    "fact-checking",
];

/// What a credit clause starts with: "Reporting by", "Additional reporting
/// by", "Writing and editing by", "Compiled by", "Translated by".
fn credit_head(clause: &str) -> Option<&str> {
    // " by " is ASCII: its byte offset is the same in the lower-case copy.
    let at = clause.to_ascii_lowercase().find(" by ")?;
    let head = clause[..at].to_lowercase();
    let mut words = head.split_whitespace().map(|w| w.trim_end_matches(','));
    let first = words.next()?;
    let role = |w: &str| ROLES.contains(&w) || ["additional", "with", "and"].contains(&w);
    let named_role = head
        .split_whitespace()
        .any(|w| !["with", "and", "additional"].contains(&w.trim_end_matches(',')));
    let starts = role(first) && first != "and";
    if starts && named_role && words.all(role) {
        Some(clause[at + 4..].trim())
    } else {
        None
    }
}

/// Whether `s` is names only: capitalised words, joined by "and", "in",
/// "at", "from", "for", "of" and commas or slashes ("Felix Light in
/// Tbilisi and Nailia Bagirova in Baku").
fn names_only(s: &str) -> bool {
    const JOINS: [&str; 8] = ["and", "in", "at", "from", "for", "of", "the", "&"];
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || JOINS.contains(w)
                || ["de", "van", "von", "al", "bin", "da", "du", "le", "la"].contains(w)
        })
        && words.iter().filter(|w| JOINS.contains(*w)).count() * 2 <= words.len()
}

/// A credit list: clauses separated by ";" (or ",", or in parentheses),
/// each a role and "by" and names.
fn credit_list(t: &str) -> bool {
    let t = t.trim().trim_end_matches('.');
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t);
    let mut clauses = 0;
    for clause in t.split(';') {
        let Some(names) = credit_head(clause.trim()) else {
            return false;
        };
        if !names_only(names) {
            return false;
        }
        clauses += 1;
    }
    clauses > 0
}

/// A source line: "Source: Al Jazeera and news agencies", "Sources:
/// Reuters, AFP", "With AFP", "— With agencies": agencies or outlets only.
pub(crate) fn source_line(t: &str) -> bool {
    let t = t
        .trim()
        .trim_start_matches(['—', '–', '-'])
        .trim()
        .trim_end_matches('.');
    // "(FRANCE 24 with AFP)", "(With AFP)": in parentheses, the outlet
    // first.
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        let inner = inner.trim();
        return match inner.to_lowercase().find(" with ") {
            Some(at) => {
                let outlet = &inner[..at];
                outlet.split_whitespace().count() <= 4
                    && outlet
                        .split_whitespace()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                    && source_line(&inner[at + 1..])
            }
            None => source_line(inner),
        };
    }
    let lower = t.to_lowercase();
    let rest = ["sources:", "source:", "with"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|_| t[p.len()..].trim()));
    let Some(rest) = rest else {
        return false;
    };
    let generic = [
        "news agencies",
        "agencies",
        "wire services",
        "wires",
        "agency",
    ];
    let items: Vec<&str> = rest
        .split([',', '&', '/'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // After "With" only agencies: generic words, an acronym ("AFP",
    // "TASS") or a wire's name, so that a headline "With Shattered Dreams,
    // Deportees Return" is not one.
    let with = lower.starts_with("with");
    let wire = |i: &str| {
        const WIRES: [&str; 10] = [
            "reuters",
            "bloomberg",
            "interfax",
            "xinhua",
            "anadolu",
            "dpa",
            "kyodo",
            "yonhap",
            "efe",
            "ansa",
        ];
        WIRES.contains(&i.to_lowercase().as_str())
            || (i.chars().count() <= 6 && i.chars().all(|c| c.is_uppercase() || c == '-'))
    };
    !items.is_empty()
        && rest.split_whitespace().count() <= if with { 4 } else { 10 }
        && items.iter().all(|i| {
            generic.contains(&i.to_lowercase().as_str())
                || (with && wire(i))
                || (!with
                    && i.split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase)))
        })
}

/// "Our Standards: The Thomson Reuters Trust Principles.", "Editorial
/// standards", "Read our editorial guidelines": a link to the outlet's
/// rules, in a short line.
fn standards_link(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    let lower = lower.strip_prefix("read ").unwrap_or(&lower);
    lower.split_whitespace().count() <= 10
        && [
            "our standards",
            "editorial standards",
            "editorial guidelines",
            "our editorial guidelines",
            "our editorial standards",
        ]
        .iter()
        .any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|r| r.is_empty() || r.starts_with([':', '.', ' ']))
        })
}

/// "Associated Press writer Jim Heintz in Tallinn, Estonia, contributed to
/// this report.", "CNN's Radina Gigova contributed reporting.": a line
/// that ends so, of 30 words or fewer, with no quotation in it.
fn contributed(t: &str) -> bool {
    let l = t.trim().trim_end_matches('.').to_lowercase();
    let ending = [
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed reporting",
        "contributed additional reporting",
    ];
    let cut = l
        .find(" from ")
        .filter(|&i| ending.iter().any(|e| l[..i].ends_with(e)));
    let head = cut.map_or(l.as_str(), |i| &l[..i]);
    ending.iter().any(|e| head.ends_with(e))
        && !t.contains(['"', '“', '”'])
        && t.starts_with(|c: char| c.is_uppercase())
}

/// A wire service's lines under its story, and a paper's note of its
/// print edition: "--With assistance from Jack Whitfield.", "To contact
/// the reporters on this story:", "Elena Marchetti in London at
/// emarchetti7@bloomberg.net;", "To view this story in Bloomberg click
/// here: …", "Published in Dawn, February 20th, 2025".
fn wire_service_lines(t: &str, words: usize) -> Option<Reason> {
    static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:-{1,2}\s*with assistance from\s+\S.*|to contact the (?:reporters?|editors?|authors?|writers?|correspondents?) (?:on|of|for|responsible for|about) this (?:story|article|report):?)$").expect("regex")
    });
    static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}[\w.'’-]+(?: \p{Lu}[\w.'’-]+){1,3}(?: in \p{Lu}[\w.'’-]+(?: \p{Lu}[\w.'’-]+)?)? at \S+@\S+?[;.,]?$").expect("regex")
    });
    static FOOT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:to view this story (?:in|on) \S+ click here\b.*|published in (?:the )?\p{Lu}[\w’'. -]{1,40}, (?:\p{Lu}\p{Ll}+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}+),? (?:19|20)\d{2}\.?)$").expect("regex")
    });
    if words > 30 {
        return None;
    }
    let t = t.trim();
    let first = t.as_bytes().first().copied().unwrap_or(b' ');
    if matches!(first, b'-' | b'T' | b't') && TRAILER.is_match(t) {
        return Some(Reason::Trailer);
    }
    if memchr::memchr(b'@', t.as_bytes()).is_some() && CONTACT.is_match(t) {
        return Some(Reason::Trailer);
    }
    if matches!(first, b'T' | b'P') && FOOT.is_match(t) {
        return Some(Reason::Footer);
    }
    None
}

/// A press office's contact lines and a copyright notice: "Press contact:
/// …", "Media contact: …", "For more information, contact …", "Copyright
/// (c) 2023. RFE/RL, Inc. Used with the permission of …".
fn contact_or_copyright(t: &str) -> bool {
    let l = t.trim().to_lowercase();
    let contact = [
        "press contact",
        "media contact",
        "press contacts",
        "media contacts",
        "media enquiries",
        "press enquiries",
        "media inquiries",
        "press inquiries",
    ]
    .iter()
    .any(|p| l.starts_with(p))
        && super::rules::at_most_words(t, 25);
    // "For more information", "For further information, contact:", "For
    // more information please contact Jane Doe, +32 …": the label, or the
    // label sending the reader to a contact; not a sentence that goes on
    // about a subject ("For more information on the solution, visit …").
    let more = ["for more information", "for further information"]
        .iter()
        .find_map(|p| l.strip_prefix(p))
        .is_some_and(|r| {
            let r = r.trim_start_matches([',', ':', ' ', '.']);
            r.is_empty()
                || ["contact", "please contact", "call", "email", "e-mail"]
                    .iter()
                    .any(|w| r.starts_with(w))
                    && super::rules::at_most_words(t, 25)
        });
    let copyright = ["copyright", "©", "(c)"].iter().any(|p| {
        l.strip_prefix(p).is_some_and(|r| {
            let r = r.trim_start_matches([' ', '(', 'c', ')', '©', '.']);
            r.get(..4)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        })
    });
    contact || more || copyright
}

/// "A version of this article appears in print on Sept. 20, 2023, …",
/// "This article appeared in the print edition of …": where the text was
/// printed.
fn print_note(t: &str) -> bool {
    let l = t.trim().to_lowercase();
    let l = l.strip_prefix("a version of ").unwrap_or(&l);
    ["this article", "this story"]
        .iter()
        .any(|p| l.starts_with(p))
        && (l.contains("appears in print")
            || l.contains("appeared in print")
            || l.contains("print edition"))
}

/// Units of a reading time or of a relative date, without a plural "s".
const TIME_UNITS: &[&str] = &[
    "second",
    "sec",
    "minute",
    "min",
    "hour",
    "hr",
    "h",
    "day",
    "week",
    "month",
    "year",
    // Minutes in German, Spanish, Russian and Turkish.
    "minuten",
    "minuto",
    "minuta",
    "minuty",
    "минута",
    "минуты",
    "минут",
    "мин",
    "dk",
    "dakika",
    // Minutes in Danish and Norwegian, Swedish, Finnish and Polish.
    "minutter",
    "minuter",
    "minuuttia",
    "minut",
    // Czech and Slovak.
    "minuty",
    "minút",
];

/// "3 min read", "5-minute read", "Reading time: 4 minutes", "Updated 2
/// hours ago", "Published 35 minutes ago", "an hour ago".
/// What follows a post's time on a live blog: a time zone or the word for
/// o'clock.
const POST_ZONES: [&str; 16] = [
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "et", "est", "edt", "pt", "am", "pm",
    "uhr", "h",
];

/// A live blog's post time alone (`spaced`: the line's words, in lower
/// case): "13:20 GMT", "14.37 Uhr", "9:30 am", "09:30". Alone, a time is
/// written with two digits for the hour ("1:24" is a scale or a score).
fn post_time(spaced: &[&str], clock: impl Fn(&str) -> bool) -> bool {
    match spaced {
        [time] => time.len() == 5 && time.as_bytes()[2] == b':' && clock(time),
        [time, zone] => clock(time) && POST_ZONES.contains(zone),
        _ => false,
    }
}

fn stamp(t: &str) -> bool {
    let lower = t.trim().trim_end_matches('.').to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–' || c == ':' || c == '·')
        .filter(|w| !w.is_empty())
        .collect();
    let unit = |w: &str| {
        let w = w.trim_end_matches('.').trim_end_matches('s');
        TIME_UNITS.contains(&w)
    };
    let count =
        |w: &str| w.parse::<u32>().is_ok_and(|n| n < 1000) || ["a", "an", "one"].contains(&w);
    // "Updated 6:47 p.m. ET", "Published 09:15 GMT": a time without a date.
    let clock = |w: &str| {
        w.split_once(['.', ':']).is_some_and(|(h, m)| {
            h.parse::<u8>().is_ok_and(|h| h < 24)
                && m.len() == 2
                && m.parse::<u8>().is_ok_and(|m| m < 60)
        })
    };
    let zone = |w: &&str| w.len() <= 5 && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
    let spaced: Vec<&str> = lower.split_whitespace().collect();
    if let [lead, time, rest @ ..] = spaced.as_slice()
        && ["updated", "published", "posted"].contains(&lead.trim_end_matches(':'))
        && clock(time)
        && rest.len() <= 2
        && rest.iter().all(zone)
    {
        return true;
    }
    if post_time(&spaced, clock) {
        return true;
    }
    match words.as_slice() {
        [n, u, "read"] | [n, u, "reading"] => count(n) && unit(u) && !u.starts_with('h'),
        [n, u] => n.parse::<u32>().is_ok_and(|n| n < 100) && ["min", "mins"].contains(u),
        // A reader view's range: "5–6 minutes".
        [a, b, u] if lower.contains('–') => {
            a.parse::<u32>().is_ok_and(|a| a < 100)
                && b.parse::<u32>().is_ok_and(|b| b < 100)
                && unit(u)
                && u.starts_with(['m', 'м'])
        }
        ["reading", "time", n, u]
        | ["read", "time", n, u]
        | ["time", "to", "read", n, u]
        | ["lesezeit" | "lesedauer", n, u]
        | [n, u, "lesezeit"]
        | ["temps", "de", "lecture", n, u]
        | ["tiempo", "de", "lectura", n, u]
        | ["время", "чтения", n, u]
        | ["okuma", "süresi", n, u]
        | [
            "læsetid" | "lesetid" | "lästid" | "leestijd" | "lukuaika",
            n,
            u,
        ]
        | ["czas", "czytania", n, u]
        // Czech and Slovak: "Čtení na 6 minut", "Doba čtení 4 minuty",
        // "Čas čítania: 5 minút".
        | ["čtení" | "čítanie", "na", n, u]
        | ["doba" | "čas", "čtení" | "čítania", n, u] => count(n) && unit(u),
        [lead @ .., n, u, "ago"] => {
            count(n)
                && unit(u)
                && lead.len() <= 2
                && lead.iter().all(|w| AGO_LEADS.contains(w))
        }
        _ => false,
    }
}

/// The words before a relative time in a stamp ("Updated 2 hours ago",
/// "Last edited 5 minutes ago").
const AGO_LEADS: [&str; 6] = [
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "edited",
];

/// First words of the lines [`may_be`] lets through.
const FIRST: &[&str] = &[
    "press",
    "media",
    "for",
    "copyright",
    "©",
    "(c)",
    "this",
    "additional",
    "with",
    "source",
    "sources",
    "our",
    "read",
    "reading",
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "a",
    "an",
    "one",
    // Reading times ("Time to read 3 min", "Lesezeit: 3 Min."); relative
    // stamps open with a word of [`RELATIVE_DAYS`] as well.
    "time",
    "publié",
    "publiée",
    "mis",
    "veröffentlicht",
    "aktualisiert",
    "lesezeit",
    "lesedauer",
    "temps",
    "tiempo",
    "publicado",
    "actualizado",
    "pubblicato",
    "aggiornato",
    "okuma",
    "læsetid",
    "lesetid",
    "lästid",
    "leestijd",
    "lukuaika",
    "czas",
    "čtení",
    "čítanie",
    "doba",
    "čas",
    "yayınlanma",
    "güncelleme",
    "время",
    "опубликовано",
    "обновлено",
];

/// Whether the line's first word is one these families start with (a
/// cheap look before the families themselves).
fn may_be(t: &str) -> bool {
    let first = t
        .trim_start_matches(['(', '—', '–', '-', ' '])
        .split([' ', ':'])
        .next()
        .unwrap_or("");
    let first = first.trim_end_matches(',');
    let lower;
    let first = if first.is_ascii() {
        first
    } else {
        lower = first.to_lowercase();
        lower.as_str()
    };
    /// [`FIRST`], [`ROLES`] and [`RELATIVE_DAYS`] in one set, in ASCII
    /// lower case (each line's first word is looked up).
    static STARTS: LazyLock<FxSet<String>> = LazyLock::new(|| {
        FIRST
            .iter()
            .chain(&ROLES)
            .chain(RELATIVE_DAYS)
            .map(|w| w.to_ascii_lowercase())
            .collect()
    });
    (t.starts_with('(') && t.ends_with(')'))
        || first.starts_with(|c: char| c.is_ascii_digit())
        || (first.len() <= 24 && {
            let mut buf = [0u8; 32];
            STARTS.contains(ascii_lower_word(first, &mut buf).as_ref())
        })
}

/// A photo's caption as agencies file it: "FILE - Armenian soldiers
/// patrol a road … (AP Photo/Hayk Baghdasaryan, File)", "… (Photo by
/// Karen Minasyan/AFP via Getty Images)": a line that ends in a credit in
/// parentheses naming a photo or a picture agency, or starts "FILE -".
/// Only a line standing alone is judged so (see `text::context_rules`):
/// the last line of a caption wrapped over several is not a caption by
/// itself.
pub(crate) fn agency_caption(t: &str) -> bool {
    let t = t.trim();
    let file = ["FILE - ", "FILE – ", "FILE — ", "FILE PHOTO"]
        .iter()
        .any(|p| t.starts_with(p));
    let credit = t.ends_with(')')
        && t.rfind('(').is_some_and(|at| {
            let g = &t[at..];
            g.contains("Photo") || g.contains("Getty Images") || g.contains("Pool via")
        });
    (file || credit) && !t.contains(['"', '“'])
}

/// Whether `c` is a Han ideograph, kana or a Hangul syllable.
fn cjk(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// The roles a Chinese, Japanese or Korean desk credits after an article
/// ("责任编辑：刘昕", "校對：王小明", "編集：山田", "편집: 김민수").
const EAST_ASIAN_ROLES: [&str; 26] = [
    "责任编辑",
    "責任編輯",
    "图片编辑",
    "圖片編輯",
    "编辑",
    "編輯",
    "校对",
    "校對",
    "审核",
    "審核",
    "审校",
    "審校",
    "监制",
    "監製",
    "美编",
    "美編",
    "值班编辑",
    "值班編輯",
    "编审",
    "編審",
    "实习生",
    "實習生",
    "編集",
    "校閲",
    "편집",
    "교열",
];

/// The lines of Chinese, Japanese and Korean pages that are the desk's, not
/// the article's: the editors' credits ("责任编辑：刘昕 图片编辑：陈飞燕",
/// "（編輯：李明）"), a notice against reproducing ("澎湃新闻，未经授权不得
/// 转载", "转载请注明出处"), a tip-off line with its telephone ("新闻报料：
/// 021-962866") and the page's text-size and print tools ("字号", "打印
/// 收藏"). Only short lines with such characters are looked at.
fn east_asian(t: &str) -> Option<Reason> {
    let t = t.trim();
    if t.chars().count() > 60 || !t.chars().any(cjk) {
        return None;
    }
    let inner = (t.strip_prefix(['(', '（', '【', '[']))
        .and_then(|x| x.strip_suffix([')', '）', '】', ']']));
    if editors_credit(inner.unwrap_or(t)) {
        return Some(Reason::Trailer);
    }
    const NOTICES: [&str; 10] = [
        "不得转载",
        "不得轉載",
        "禁止转载",
        "禁止轉載",
        "请勿转载",
        "請勿轉載",
        "转载请注明",
        "轉載請註明",
        "無断転載",
        "무단전재",
    ];
    // Not a Korean sentence telling of it ("…했다고 밝혔다.").
    let korean_sentence = t.trim_end_matches('.').ends_with(['다', '요']);
    if t.chars().count() <= 40 && !korean_sentence && NOTICES.iter().any(|n| t.contains(n)) {
        return Some(Reason::Footer);
    }
    if tip_off(t) {
        return Some(Reason::Footer);
    }
    if let Some(c) = PHOTO_CREDIT
        .captures(t)
        .filter(|_| !t.ends_with("拍摄") && !t.ends_with("拍攝"))
    {
        return Some(if c.name("cap").is_some() {
            Reason::Caption
        } else {
            Reason::Credit
        });
    }
    const TOOLS: [&str; 16] = [
        "字号",
        "字號",
        "打印",
        "收藏",
        "分享",
        "分享到",
        "复制链接",
        "複製連結",
        "放大",
        "缩小",
        "縮小",
        "글자크기",
        "인쇄",
        "文字サイズ",
        "印刷",
        "共有",
    ];
    let tools = t
        .split([' ', '\u{3000}', '|', '｜', '：', ':'])
        .filter(|w| !w.is_empty());
    let mut named = false;
    let all = tools.into_iter().all(|w| {
        let tool = TOOLS.contains(&w);
        named |= tool;
        tool || ["大", "中", "小", "A+", "A-", "A"].contains(&w)
    });
    (all && named).then_some(Reason::Share)
}

/// A photograph's credit as Chinese pages print it, alone or after its
/// caption: "新华社记者 王鹏 摄", "浦东新区一辆微循环公交车。 浦东发布 图"
/// ("图" after a space), "（张三 摄）", "图/视觉中国", "图片来源：网络".
/// The caption, when there is one, is a sentence before the credit.
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<cap>[^。！？]{2,120}[。！？])[ \u{3000}]*)?[（(]?",
        r"(?:[^。！？\s（(][^。！？（(]{0,14}?[ \u{3000}]*(?:摄影?|攝影?|供[图圖])",
        r"|[^。！？\s（(][^。！？（(]{0,14}?[ \u{3000}]+[图圖]",
        r"|(?:图|圖|图片|圖片)(?:来源|來源)?[／/：:][ \u{3000}]*[^。！？\s]{1,15})[）)]?$",
    ))
    .expect("regex")
});

/// A line of editors' credits only: each part a role of
/// [`EAST_ASIAN_ROLES`], a colon and a name of at most six characters;
/// a role's further names follow after "、" ("编辑：张三、李四").
fn editors_credit(t: &str) -> bool {
    let squashed = t
        .replace(" ：", "：")
        .replace("： ", "：")
        .replace(" :", ":")
        .replace(": ", ":");
    let name =
        |n: &str| (1..=6).contains(&n.chars().count()) && n.chars().all(|c| cjk(c) || c == '·');
    let mut roles = 0;
    for part in squashed
        .split([' ', '\u{3000}', '、', '；', ';', '，', ','])
        .filter(|p| !p.is_empty())
    {
        match EAST_ASIAN_ROLES.iter().find(|r| part.starts_with(**r)) {
            Some(role) => {
                let Some(who) = part[role.len()..].strip_prefix(['：', ':']) else {
                    return false;
                };
                if !name(who) {
                    return false;
                }
                roles += 1;
            }
            None if roles > 0 && name(part) => {}
            None => return false,
        }
    }
    roles > 0
}

/// A tip-off line: a hotline's label ("报料", "爆料", "新闻热线",
/// "新聞熱線", "제보") and a colon before a telephone number.
fn tip_off(t: &str) -> bool {
    const LABELS: [&str; 6] = ["报料", "爆料", "新闻热线", "新聞熱線", "热线", "제보"];
    let Some(at) = t.find(['：', ':']) else {
        return false;
    };
    let (label, number) = (&t[..at], &t[at..]);
    let digits = number.chars().filter(char::is_ascii_digit).count();
    LABELS.iter().any(|l| label.ends_with(l))
        && label.chars().count() <= 10
        && digits >= 5
        && number.chars().skip(1).all(|c| {
            c.is_ascii_digit() || " -–()（）、/,，".contains(c) || c.is_whitespace() || cjk(c)
        })
}

/// The reason a line is one of these, if it is.
pub(crate) fn classify(t: &str, words: usize) -> Option<Reason> {
    if words > 40 {
        return None;
    }
    if let Some(why) = east_asian(t) {
        return Some(why);
    }
    // Ends as a credit does, whatever its first word.
    let end = t.trim_end().trim_end_matches('.').as_bytes();
    let credit_end = ["report", "reporting", "story", "article"].iter().any(|e| {
        end.len() >= e.len() && end[end.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
    }) || t.contains(" from ");
    if credit_end && contributed(t) {
        return Some(Reason::Trailer);
    }
    if t.starts_with(['T', 'D', 'C', 'E']) && ARTICLE_AGE.is_match(t.trim()) {
        return Some(Reason::Stamp);
    }
    if words <= 16 && live_status(t) {
        return Some(Reason::Stamp);
    }
    if t.starts_with(['E', 'U', 'D', 'C']) && PRINT_EDITION.is_match(t.trim()) {
        return Some(Reason::Footer);
    }
    if let Some(why) = wire_service_lines(t, words) {
        return Some(why);
    }
    if !may_be(t) {
        return None;
    }
    if credit_list(t) || source_line(t) || contributed(t) {
        return Some(Reason::Trailer);
    }
    if standards_link(t) || print_note(t) || contact_or_copyright(t) {
        return Some(Reason::Footer);
    }
    if (words <= 8 && stamp(t)) || (words <= 16 && relative_stamp(t)) {
        return Some(Reason::Stamp);
    }
    None
}

/// A live blog's status line over its entries: a "live" label, then when
/// it was last updated ("LIVE Last updated 18:52 · Page refreshes
/// automatically", "EN DIRECT Mis à jour à 14h05", "CANLI Son güncelleme
/// 18:52", "EN VIVO Actualizado 10:41", "ПРЯМОЙ ЭФИР Обновлено в 12:03").
static LIVE_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:live(?:blog| blog| updates| ticker|-?ticker)?|canl[iı](?: blog| yayın)?|en direct|en vivo|ao vivo|(?:in )?diretta|liveticker|прямой эфир|онлайн|в эфире|مباشر|실시간|ライブ|直播)",
        r"\s*[·•|:–—-]?\s*(?:last updated|updated|son güncelleme|güncellendi|güncelleme|mis à jour|dernière mise à jour|actualizado|última actualización|atualizado|aggiornato|ultimo aggiornamento|aktualisiert|zuletzt aktualisiert|обновлено|последнее обновление|آخر تحديث|تحديث|업데이트|更新)",
    ))
    .expect("regex")
});

/// Whether `t` is a live blog's status line ([`LIVE_STATUS`]) with a time
/// or a date in it.
fn live_status(t: &str) -> bool {
    let t = t.trim();
    t.bytes().any(|b| b.is_ascii_digit()) && LIVE_STATUS.is_match(t)
}

/// A page's warning of the article's age, relative to when the page was
/// seen: "This article is more than 2 months old", "This article is over a
/// year old", "Dieser Artikel ist älter als ein Jahr", "Cet article a plus
/// d'un an", "Este artículo tiene más de 2 años".
static ARTICLE_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:this (?:article|story|page|content|piece) is (?:more than|over|older than) (?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|years?)(?: old)?",
        r"|dieser (?:artikel|beitrag) ist (?:älter als|mehr als|über) (?:ein|einen|eine|zwei|drei|\d+) (?:tage?|wochen?|monate?|jahre?)(?: alt)?",
        r"|cet article (?:a|date de) plus (?:d['’]un|de \d+|de deux|de trois) (?:jours?|semaines?|mois|ans?)",
        r"|este artículo tiene más de (?:un|una|dos|tres|\d+) (?:días?|semanas?|meses|mes|años?))\.?$",
    ))
    .expect("regex")
});

/// Where the text was printed, in Dutch, German, French and Spanish (the
/// English form is [`print_note`]'s): "Een versie van dit artikel
/// verscheen ook in NRC op 5 oktober 2024.", "Eine Version dieses Artikels
/// erschien in der Printausgabe …", "Une version de cet article est parue
/// dans …", "Una versión de este artículo se publicó en …".
static PRINT_EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:een versie van dit artikel verscheen|dit artikel verscheen (?:ook )?in de (?:krant|papieren)",
        r"|eine (?:version|fassung) dieses (?:artikels|beitrags) erschien|dieser (?:artikel|beitrag) erschien (?:auch )?in der (?:print|gedruckten)",
        r"|une version de cet article (?:est parue|a paru|a été publiée)|cet article est paru dans l['’]édition",
        r"|una versión de este artículo (?:se publicó|apareció)|este artículo (?:se publicó|apareció) en la edición impresa)",
    ))
    .expect("regex")
});

/// Days named relative to today, in the languages of [`relative_stamp`].
const RELATIVE_DAYS: &[&str] = &[
    "today",
    "yesterday",
    "aujourd'hui",
    "aujourd’hui",
    "hier",
    "heute",
    "gestern",
    "сегодня",
    "вчера",
    "bugün",
    "dün",
    "hoy",
    "ayer",
    "oggi",
    "ieri",
];

/// The other words a [`relative_stamp`] may hold.
const RELATIVE_LABELS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last",
    "modified",
    "first",
    "at",
    "on",
    "and",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "publié",
    "publiée",
    "mis",
    "à",
    "jour",
    "le",
    "et",
    "veröffentlicht",
    "aktualisiert",
    "um",
    "uhr",
    "und",
    "опубликовано",
    "обновлено",
    "в",
    "и",
    "yayınlanma",
    "güncelleme",
    "güncellendi",
    "tarihi",
    "publicado",
    "actualizado",
    "el",
    "a",
    "las",
    "y",
    "pubblicato",
    "aggiornato",
    "alle",
    "ore",
];

/// A date stamp that names the day relative to when the page was seen:
/// "Published today at 10:03 am (Paris), updated at 11:20 am", "Yesterday,
/// 18:45", "Aujourd'hui à 10h03", "Heute, 10:15 Uhr", "Сегодня в 10:03",
/// "Bugün 10:03". A relative day, a time, and only a stamp's words besides
/// (a place in brackets allowed). The copy does not say which day it was.
fn relative_stamp(t: &str) -> bool {
    // A time has digits: most lines have none, and are not looked at.
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let lower = t.to_lowercase();
    // A place or zone in brackets ("(Paris)", "(UTC +04:00)") is left out.
    let mut plain = String::with_capacity(lower.len());
    let mut depth = 0usize;
    for c in lower.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let clock = |w: &str| {
        let w = w.trim_end_matches("am").trim_end_matches("pm");
        let (h, m) = w.split_once([':', '.', 'h']).unwrap_or((w, ""));
        !h.is_empty()
            && h.len() <= 2
            && h.bytes().all(|b| b.is_ascii_digit())
            && (m.is_empty() || (m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit())))
            && (w.contains([':', '.', 'h']))
    };
    let (mut day, mut time) = (false, false);
    for w in plain
        .split(|c: char| c.is_whitespace() || ",|·•–—-".contains(c))
        .map(|w| w.trim_end_matches([':', ',']))
        .filter(|w| !w.is_empty())
    {
        if RELATIVE_DAYS.contains(&w) {
            day = true;
        } else if clock(w) {
            time = true;
        } else if !RELATIVE_LABELS.contains(&w) {
            return false;
        }
    }
    day && time
}

/// A note on the writer at the end of the article, "Ivan Nechepurenko has
/// been a reporter with The Times since 2015, covering Russia.": one of
/// the last two paragraphs, of 60 words or fewer, that starts with the
/// full name of an author the byline gave, then "is", "has been", "was" or
/// "covers", and names a job in journalism. Removed as a trailer.
/// The writer's name signed alone below the article, as Russian papers and
/// many press offices sign ("Кирилл Кривошеев", "Anna Schmidt"): when no
/// byline named an author, a last paragraph of two or three capitalised
/// words, with no digit or sentence end, right under a paragraph of 15
/// words or more that ends a sentence, with another paragraph above, is
/// the author (recorded as metadata). Names of institutions ("European
/// Union", "Foreign Ministry") are no signature. In a page copy the
/// signature may be the line right under the last paragraph that the
/// page's reading set aside as outside the article: it is taken from there
/// (a labelled byline there, "Authors: Anahit Hakobyan, Gor Mkhitaryan",
/// is read with the date lines under the article).
/// A last line that repeats the byline's name is taken too.
pub(crate) fn take_signature(doc: &mut super::Document) {
    let n = doc.paragraphs.len();
    if n < 2 {
        return;
    }
    // The byline's writer named again under the article, alone on a line
    // (an author box's heading, over a biography set aside).
    let last = doc.paragraphs[n - 1].text.trim();
    if doc
        .authors
        .iter()
        .any(|a| a.trim().eq_ignore_ascii_case(last))
    {
        let p = doc.paragraphs.remove(n - 1);
        sign(doc, p.text, p.lines);
        return;
    }
    if n >= 3 && sign_off(last, &doc.paragraphs[n - 2].text, &doc.authors) {
        let p = doc.paragraphs.remove(n - 1);
        doc.removed.push(super::Removed {
            text: p.text,
            reason: Reason::SignOff,
            lines: p.lines,
        });
        return;
    }
    if !doc.authors.is_empty() {
        return;
    }
    if n >= 3 && signed(&doc.paragraphs[n - 1].text, &doc.paragraphs[n - 2]) {
        let p = doc.paragraphs.remove(n - 1);
        doc.authors = vec![p.text.trim().to_string()];
        sign(doc, p.text, p.lines);
        return;
    }
    if n >= 3 && signed_in_capitals(doc, n - 1) {
        let p = doc.paragraphs.remove(n - 1);
        doc.authors = vec![super::meta::title_case_caps(p.text.trim())];
        sign(doc, p.text, p.lines);
        return;
    }
    // The first line set aside under the last paragraph, a blank line at most between.
    let last = &doc.paragraphs[n - 1];
    let end = last.lines[1];
    let Some(i) = doc
        .removed
        .iter()
        .position(|r| r.reason == Reason::Outside && r.lines[0] > end && r.lines[0] <= end + 2)
    else {
        return;
    };
    let text = doc.removed[i].text.trim().to_string();
    // A heading of the page's ("Related Articles", "Top Stories") has words
    // the page writes in lower case somewhere; a writer's name has none.
    let texts = doc.paragraphs.iter().map(|p| p.text.as_str());
    let lower = super::meta::name_in_lower_case(
        &text,
        texts.chain(doc.removed.iter().map(|r| r.text.as_str())),
    );
    // (A labelled byline there is read with the date lines under the
    // article, in `text::stamps_under_the_article`.)
    if !signed(&text, last) || lower {
        return;
    }
    let r = doc.removed.remove(i);
    doc.authors = vec![text];
    sign(doc, r.text, r.lines);
}

/// Whether `name` is a writer's name signed alone under paragraph `above`
/// (see [`take_signature`]).
/// A sign-off: a first name alone ("Rachel", "– Tom"), one capitalised
/// word of letters with no sentence mark, under a paragraph that ends a
/// sentence; the first name of a writer the byline gave ("Disclaimer" is
/// a word like a name).
fn sign_off(last: &str, above: &str, authors: &[String]) -> bool {
    let name = last.trim_start_matches(['-', '–', '—', ' ']).trim();
    let mut chars = name.chars();
    let shaped = chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && (2..=15).contains(&name.chars().count());
    let above = above.trim_end_matches(['"', '”', '’', '\'', '»', ')']);
    shaped
        && above.ends_with(['.', '!', '?'])
        && authors
            .iter()
            .any(|a| a.split_whitespace().next() == Some(name))
}

fn signed(name: &str, above: &super::Paragraph) -> bool {
    const INSTITUTION_WORDS: [&str; 16] = [
        "union",
        "nations",
        "ministry",
        "news",
        "press",
        "agency",
        "times",
        "post",
        "service",
        "office",
        "council",
        "committee",
        "government",
        "department",
        "bank",
        "republic",
    ];
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && super::meta::looks_like_name(name)
        && !name.ends_with('.')
        && words.iter().all(|w| {
            w.chars().filter(|c| c.is_uppercase()).count() == 1
                && !INSTITUTION_WORDS.contains(&w.to_lowercase().as_str())
        })
        && !above.heading
        && super::rules::at_least_words(&above.text, 15)
        && super::rules::ends_sentence(&above.text)
}

/// The writer's name signed in capitals under the article, as
/// Vietnamese, French and many regional papers sign ("HOÀNG HIỆP", "JEAN
/// DUPONT"): paragraph `i` is two or three words in capitals (two letters
/// or more each), a name's shape, under a paragraph that [`signed`] would
/// sign; and no word of it is written in lower case elsewhere in the text
/// ("THE END", "MORE TO FOLLOW" are words of any text).
fn signed_in_capitals(doc: &super::Document, i: usize) -> bool {
    let name = doc.paragraphs[i].text.trim();
    let capitals = name.split_whitespace().all(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
    });
    if !capitals {
        return false;
    }
    let cased = super::meta::title_case_caps(name);
    let texts = doc
        .paragraphs
        .iter()
        .take(i)
        .map(|p| p.text.as_str())
        .chain(doc.title.as_deref());
    signed(&cased, &doc.paragraphs[i - 1]) && !super::meta::name_in_lower_case(name, texts)
}

/// Records the signature `text` on `lines` as the author's metadata.
fn sign(doc: &mut super::Document, text: String, lines: [usize; 2]) {
    doc.provenance
        .insert("author".into(), super::Provenance::Text);
    doc.metadata.push(super::MetaLine {
        field: "author".into(),
        text,
        lines,
    });
}

pub(crate) fn take_author_note(doc: &mut super::Document) {
    let before = doc.paragraphs.len();
    take_author_notes(doc);
    // A heading left last over the notes ("About the Author") is theirs.
    if doc.paragraphs.len() < before
        && doc.paragraphs.len() > 1
        && doc.paragraphs.last().is_some_and(|p| p.heading)
        && let Some(h) = doc.paragraphs.pop()
    {
        trail(doc, h);
    }
}

/// [`take_author_note`]'s cards and notes.
fn take_author_notes(doc: &mut super::Document) {
    author_cards(doc);
    const JOBS: [&str; 10] = [
        "reporter",
        "correspondent",
        "editor",
        "writer",
        "journalist",
        "columnist",
        "covers",
        "covering",
        "fellow",
        "bureau",
    ];
    let n = doc.paragraphs.len();
    let mut i = n.saturating_sub(2);
    while i < doc.paragraphs.len() {
        let p = &doc.paragraphs[i];
        let note = !p.heading
            && super::rules::at_most_words(&p.text, 60)
            && doc.authors.iter().any(|a| {
                a.contains(' ')
                    && p.text.strip_prefix(a.as_str()).is_some_and(|rest| {
                        [" is ", " has been ", " was ", " covers ", " reports "]
                            .iter()
                            .any(|v| rest.starts_with(v))
                    })
            })
            && p.text
                .split(|c: char| !c.is_alphabetic())
                .any(|w| JOBS.contains(&w.to_lowercase().as_str()));
        if note {
            let p = doc.paragraphs.remove(i);
            trail(doc, p);
        } else {
            i += 1;
        }
    }
}

/// The writers' cards a page prints under the article, read off the end:
/// a writer's name alone, in any case, perhaps with the role after it
/// ("JULIA MENDOZA", "Marcus Lindell Senior Science Reporter"); a note that
/// opens with the writer's name, first name or surname and says what they
/// do ("Mendoza covers wildfires …", "Marcus is a senior science reporter
/// …"); and what is left of the card's links ("twitter mailto"). Removed
/// as trailers, from the last paragraph up, while they are such; at most
/// eight.
fn author_cards(doc: &mut super::Document) {
    let names: Vec<String> = doc
        .authors
        .iter()
        .filter(|a| a.contains(' '))
        .cloned()
        .collect();
    if names.is_empty() {
        return;
    }
    let mut taken = 0;
    while taken < 8 && doc.paragraphs.len() > 1 {
        let p = &doc.paragraphs[doc.paragraphs.len() - 1];
        if p.heading || !author_card(&p.text, &names) {
            break;
        }
        let p = doc.paragraphs.pop().expect("a paragraph");
        trail(doc, p);
        taken += 1;
    }
}

/// Records paragraph `p`, taken off the article, as a trailer.
fn trail(doc: &mut super::Document, p: super::Paragraph) {
    doc.removed.push(super::Removed {
        text: p.text,
        reason: Reason::Trailer,
        lines: p.lines,
    });
}

/// An agency's name in parentheses closing the last paragraph after its
/// last sentence, as wires sign a story ("… raccolta delle piogge". (ANSA).",
/// "… am Montag. (dpa)"): taken off the paragraph and recorded as a
/// trailer. The name is an agency's short name (two to eight letters, in
/// capitals or a wire's own spelling); an abbreviation closing a sentence
/// ("… the Ministry of Defence (MOD).") has no sentence end before it.
pub(crate) fn take_closing_agency(doc: &mut super::Document) {
    take_end_mark(doc);
    static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s*\((?:\p{Lu}[\p{Lu}\-/]{1,7}|dpa|Reuters|epd|ANSA)\)\.?\s*$").expect("regex")
    });
    let Some(p) = doc.paragraphs.iter_mut().rev().find(|p| !p.heading) else {
        return;
    };
    let Some(m) = AGENCY.find(&p.text) else {
        return;
    };
    let before = p.text[..m.start()].trim_end();
    let closed = super::rules::ends_sentence(before)
        || before
            .trim_end_matches(['"', '”', '’', '»'])
            .ends_with(['.', '!', '?']);
    if !closed || !super::rules::at_least_words(before, 3) {
        return;
    }
    let at = before.len();
    take_tail(doc, at);
}

/// Takes the last paragraph's text from byte `at` off it (a mark that
/// closes it), recorded as a trailer on its last line.
pub(crate) fn take_tail(doc: &mut super::Document, at: usize) {
    let Some(p) = doc.paragraphs.iter_mut().rev().find(|p| !p.heading) else {
        return;
    };
    let mark = p.text[at..].trim().to_string();
    p.text.truncate(at);
    let lines = [p.lines[1], p.lines[1]];
    doc.removed.push(super::Removed {
        text: mark,
        reason: Reason::Trailer,
        lines,
    });
}

/// A wire's end mark as the article's last paragraph: one word in
/// parentheses, in capitals or in a script without them ("(END)", "(FIN)",
/// "(ANSA)", Pashto's "(پای)", "(完)"), removed as a trailer. A stage
/// direction closing a transcript ("(Applause)") stays.
fn take_end_mark(doc: &mut super::Document) {
    let Some(last) = doc.paragraphs.last() else {
        return;
    };
    let t = last.text.trim();
    let Some(word) = t
        .strip_prefix(['(', '（'])
        .and_then(|w| w.strip_suffix([')', '）']))
    else {
        return;
    };
    let letters = word.chars().count();
    let mark = (1..=12).contains(&letters)
        && word.chars().all(char::is_alphabetic)
        && !word.chars().any(char::is_lowercase);
    if mark && doc.paragraphs.len() >= 3 && !last.heading {
        let p = doc.paragraphs.pop().expect("a paragraph");
        trail(doc, p);
    }
}

/// Whether `t` is a line of a writer's card (see [`author_cards`]) for one
/// of `names`.
fn author_card(t: &str, names: &[String]) -> bool {
    const LINKS: [&str; 9] = [
        "twitter",
        "mailto",
        "email",
        "facebook",
        "instagram",
        "linkedin",
        "x",
        "bluesky",
        "follow",
    ];
    const VERBS: [&str; 6] = [
        " is ",
        " covers ",
        " has been ",
        " was ",
        " reports ",
        " writes ",
    ];
    const JOBS: [&str; 9] = [
        "reporter",
        "correspondent",
        "editor",
        "writer",
        "journalist",
        "columnist",
        "covers",
        "photographer",
        "producer",
    ];
    let t = t.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| LINKS.contains(&w.to_lowercase().as_str()))
    {
        return true;
    }
    // "By Julia Mendoza" over her note.
    let t = match t.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => t[3..].trim_start(),
        _ => t,
    };
    let lower = t.to_lowercase();
    names.iter().any(|name| {
        let name_l = name.to_lowercase();
        if let Some(rest) = lower.strip_prefix(&name_l) {
            let role = &t[t.len() - rest.len()..];
            if rest.trim().is_empty()
                || (super::rules::at_most_words(role, 5)
                    && !super::rules::ends_sentence(role)
                    && role
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase)))
            {
                return true;
            }
        }
        let parts: Vec<&str> = name.split_whitespace().collect();
        let subjects = [name.as_str(), parts[0], parts[parts.len() - 1]];
        super::rules::at_most_words(t, 60)
            && subjects.iter().any(|s| {
                t.strip_prefix(s)
                    .is_some_and(|rest| VERBS.iter().any(|v| rest.starts_with(v)))
            })
            && lower
                .split(|c: char| !c.is_alphabetic())
                .any(|w| JOBS.contains(&w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writers_cards_under_the_article_go() {
        let names = vec!["Julia Mendoza".to_string(), "Marcus Lindell".to_string()];
        for t in [
            "JULIA MENDOZA",
            "Mendoza covers wildfires, water and the environment in California for The Associated Press.",
            "twitter mailto",
            "Marcus Lindell Senior Science Reporter",
            "Marcus is a senior science reporter at Ars Technica, covering paleontology and genetics.",
            "By Julia Mendoza",
        ] {
            assert!(author_card(t, &names), "{t}");
        }
        for t in [
            "Mendoza said the fire had crossed the ridge by noon.",
            "Julia Mendoza contributed to this report from a shelter, where the evacuees were gathered.",
            "Julia Mendoza, 34, a nurse, left with her children.",
            "By Julia Mendoza's count, the fire had burned 40 homes.",
        ] {
            assert!(!author_card(t, &names), "{t}");
        }
    }

    #[test]
    fn an_agency_closing_the_last_paragraph_is_its_trailer() {
        let read = |t: &str| {
            super::super::ingest_bytes(
                t.as_bytes(),
                std::path::Path::new("a.txt"),
                &super::super::Context::default(),
                None,
            )
            .expect("read")
        };
        let first = "Gli invasi siciliani sono pieni appena al 31% della loro capacità, dice il bollettino.\n\n";
        for (end, mark) in [
            (
                "\"Arrivano tardi\", commenta la docente. (ANSA).",
                "(ANSA).",
            ),
            (
                "Die Regierung kündigte am Montag neue Hilfen für die Landwirte an, die seit dem Winter unter der Dürre leiden. Der Verband nannte die Summe zu klein und verlangte, dass der Bund auch die Kosten für Wasser aus anderen Regionen trägt, wie schon im vergangenen Jahr. (dpa)",
                "(dpa)",
            ),
        ] {
            let d = read(&format!("{first}{end}\n"));
            let last = &d.paragraphs.last().expect("paragraph").text;
            assert!(!last.contains(mark), "{last}");
            assert!(d.removed.iter().any(|r| r.text == mark), "{:?}", d.removed);
        }
        // Counter-examples: an abbreviation closing a sentence, an agency
        // named inside it.
        for end in [
            "The contract was signed by the Ministry of Defence (MOD).",
            "The figures were confirmed by the agency (AFP) on Monday.",
        ] {
            let d = read(&format!("{first}{end}\n"));
            assert_eq!(d.paragraphs.last().expect("paragraph").text, end);
        }
        // A wire's end mark alone as the last paragraph; a stage direction
        // closing a transcript stays.
        let body = format!("{first}{first}Il ministro ha confermato la data.\n\n");
        for mark in ["(END)", "(پای)", "（完）"] {
            let d = read(&format!("{body}{mark}\n"));
            assert_eq!(d.paragraphs.len(), 3, "{mark}");
            assert!(d.removed.iter().any(|r| r.text == mark), "{:?}", d.removed);
        }
        assert_eq!(read(&format!("{body}(Applause)\n")).paragraphs.len(), 4);
    }

    #[test]
    fn credits_sources_standards_and_stamps() {
        for (t, why) in [
            (
                "Reporting by Felix Light in Tbilisi and Nailia Bagirova in Baku; Writing by Guy Faulconbridge; Editing by Andrew Osborn",
                Reason::Trailer,
            ),
            (
                "Additional reporting by Mark Trevelyan in London.",
                Reason::Trailer,
            ),
            (
                "(Reporting by Andrew Osborn; editing by Timothy Heritage)",
                Reason::Trailer,
            ),
            ("Writing and editing by Anna Smith", Reason::Trailer),
            ("Compiled by Lucy Marks", Reason::Trailer),
            ("Source: Al Jazeera and news agencies", Reason::Trailer),
            ("Sources: Reuters, AFP", Reason::Trailer),
            ("With AFP", Reason::Trailer),
            ("With Reuters and AP", Reason::Trailer),
            ("— With agencies", Reason::Trailer),
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                Reason::Footer,
            ),
            ("Read our editorial guidelines", Reason::Footer),
            (
                "Press contact: Balazs Ujvari, +32 2 295 45 78",
                Reason::Footer,
            ),
            ("For more information", Reason::Footer),
            ("For further information:", Reason::Footer),
            (
                "For more information, please contact Jane Doe, +32 2 295 45 78",
                Reason::Footer,
            ),
            (
                "Copyright (c) 2023. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.",
                Reason::Footer,
            ),
            ("© 2023 Euronews", Reason::Footer),
            ("3 minute read", Reason::Stamp),
            ("5-min read", Reason::Stamp),
            ("Reading time: 4 minutes", Reason::Stamp),
            ("Updated 2 hours ago", Reason::Stamp),
            ("Published 35 minutes ago", Reason::Stamp),
            ("an hour ago", Reason::Stamp),
            ("Updated 6:47 p.m. ET", Reason::Stamp),
            ("13:20 GMT", Reason::Stamp),
            ("14.37 Uhr", Reason::Stamp),
            ("09:30", Reason::Stamp),
            ("9:30 am", Reason::Stamp),
            ("3 min", Reason::Stamp),
            ("Time to read 3 min.", Reason::Stamp),
            ("Lesezeit: 3 Min.", Reason::Stamp),
            ("5–6 minutes", Reason::Stamp),
            ("Temps de lecture : 4 min", Reason::Stamp),
            ("Время чтения: 3 минуты", Reason::Stamp),
            ("Čtení na 6 minut", Reason::Stamp),
            ("Doba čtení 4 minuty", Reason::Stamp),
            ("Čas čítania 5 minút", Reason::Stamp),
            (
                "Published today at 10:03 am (Paris), updated at 11:20 am",
                Reason::Stamp,
            ),
            ("Yesterday, 18:45", Reason::Stamp),
            ("Aujourd'hui à 10h03", Reason::Stamp),
            ("Heute, 10:15 Uhr", Reason::Stamp),
            ("Сегодня в 10:03", Reason::Stamp),
            ("Bugün 10:03", Reason::Stamp),
            (
                "LIVE Last updated 18:52 · Page refreshes automatically",
                Reason::Stamp,
            ),
            ("CANLI Son güncelleme 09:15", Reason::Stamp),
            ("EN DIRECT Mis à jour à 14h05", Reason::Stamp),
            ("ПРЯМОЙ ЭФИР Обновлено в 12:03", Reason::Stamp),
            (
                "Associated Press writer Jim Heintz in Tallinn, Estonia, contributed to this report.",
                Reason::Trailer,
            ),
            (
                "CNN's Radina Gigova contributed reporting.",
                Reason::Trailer,
            ),
            ("AFP contributed reporting from Paris.", Reason::Trailer),
            ("(FRANCE 24 with AFP)", Reason::Trailer),
            ("(With AFP)", Reason::Trailer),
            ("--With assistance from Jack Whitfield.", Reason::Trailer),
            ("To contact the reporters on this story:", Reason::Trailer),
            (
                "Elena Marchetti in London at emarchetti7@bloomberg.net;",
                Reason::Trailer,
            ),
            ("Rachel Dunmore at rdunmore@bloomberg.net", Reason::Trailer),
            (
                "To view this story in Bloomberg click here: https://blinks.bloomberg.com/news/stories/X",
                Reason::Footer,
            ),
            ("Published in Dawn, February 20th, 2025", Reason::Footer),
            (
                "A version of this article appears in print on Sept. 20, 2023, Section A, Page 1 of the New York edition.",
                Reason::Footer,
            ),
        ] {
            assert_eq!(classify(t, t.split_whitespace().count()), Some(why), "{t}");
        }
    }

    #[test]
    fn agency_captions() {
        assert!(agency_caption(
            "FILE - Armenian soldiers patrol a road near the border in the village of Sotk, Armenia, on Sept. 14, 2022. (AP Photo/Hayk Baghdasaryan, File)"
        ));
        assert!(agency_caption(
            "Refugees arrive in Goris on Sunday. (Photo by Karen Minasyan/AFP via Getty Images)"
        ));
        assert!(!agency_caption(
            "The minister spoke to reporters (see the photo above)."
        ));
        assert!(!agency_caption(
            "FILES released by the court show the deal was signed in May."
        ));
        assert!(!agency_caption(
            "\"It was a shock,\" he said of the picture. (Photo by the author)"
        ));
    }

    #[test]
    fn sentences_that_look_like_credits_stay() {
        for t in [
            "Reporting by the BBC found that the ministry had misled parliament.",
            "Editing by hand took the team three weeks, she said.",
            "Source: a person familiar with the talks said the plan was dropped.",
            "With the vote over, the coalition began talks on a budget.",
            "With Russia distracted, Azerbaijan saw its chance.",
            "With Shattered Dreams Deportees Return Home From Us",
            "With Friends Like These",
            "Our standards of living have fallen for a decade, the report says.",
            "Two hours ago the shelling stopped, residents said.",
            "It takes 3 minutes to read the whole treaty aloud.",
            "The ceasefire was agreed 3 days ago in Moscow.",
            "The fund said the donors contributed to this report's findings.",
            "“We all contributed reporting,” she said.",
            "(The ministry did not comment.)",
            "This article is about the war in Nagorno-Karabakh and what came after it.",
            "Updated figures came in at 6:47 p.m.",
            "For more information on the deal, the ministry referred reporters to a statement it had published on Monday evening after the talks ended in Brussels without agreement.",
            "Copyright holders sued the company in 2021.",
            "For more information on the Digistat Patient Watch solution, as well as on Ascom’s innovative",
            "The minister spoke to reporters (see the photo above).",
            "FILES released by the court show the deal was signed in May.",
            "Today at 10:03 the talks resumed in Brussels.",
            "Yesterday the minister arrived at 18:45 in Baku.",
            "Heute um 10 Uhr beginnt die Sitzung.",
            "Time to read the small print: 3 min",
            "Published in Nature, the study found that 40% of the samples were older than 2020.",
            "To contact the ministry, residents called the hotline set up in 2023.",
            "Maria Lopez at the ministry said the plan was sound.",
            "3.50",
            "2:1",
            "3.50 euros",
            "25:00 GMT",
            "1:24",
            "Live music updated the old square's nights in 2027.",
            "En direct de Kyiv, notre envoyé spécial à 14h05.",
            "Live updates were promised by 18:00, officials said.",
        ] {
            assert_eq!(classify(t, t.split_whitespace().count()), None, "{t}");
        }
    }

    #[test]
    fn a_pages_warning_of_the_articles_age_is_a_stamp() {
        for t in [
            "This article is more than 2 months old",
            "This article is over a year old",
            "Dieser Artikel ist älter als ein Jahr",
            "Cet article date de plus d'un an",
        ] {
            assert_eq!(classify(t, 8), Some(Reason::Stamp), "{t}");
        }
        for t in [
            "Een versie van dit artikel verscheen ook in NRC op 5 oktober 2024.",
            "Une version de cet article est parue dans Le Monde du 4 mai.",
        ] {
            assert_eq!(classify(t, 14), Some(Reason::Footer), "{t}");
        }
        for t in [
            "Een versie van het plan verscheen vorige week in de krant.",
            "This article is more than a summary, she said.",
            "This story is over two years in the making.",
        ] {
            assert_eq!(classify(t, 10), None, "{t}");
        }
    }

    #[test]
    fn a_first_name_alone_under_the_last_paragraph_signs_off() {
        let above = "Thanks for reading, and see you next week.";
        let rachel = ["Rachel Okafor".to_string()];
        assert!(sign_off("Rachel", above, &rachel));
        assert!(sign_off("– Rachel", above, &rachel));
        assert!(!sign_off("Disclaimer", above, &[]));
        assert!(!sign_off("Rachel", above, &[]));
        // Counter-examples: another writer's name, a sentence, a word in
        // capitals, two words, no sentence end above.
        assert!(!sign_off("Tom", above, &["Rachel Okafor".to_string()]));
        assert!(!sign_off("Nothing.", above, &rachel));
        assert!(!sign_off("RACHEL", above, &rachel));
        assert!(!sign_off("Rachel Okafor", above, &rachel));
        assert!(!sign_off("Rachel", "The figures for March", &rachel));
    }

    #[test]
    fn east_asian_desk_lines() {
        for (t, why) in [
            ("责任编辑：刘昕 图片编辑：陈飞燕", Reason::Trailer),
            ("校对：丁晓", Reason::Trailer),
            ("（責任編輯：李明）", Reason::Trailer),
            ("编辑：张三、李四　校对：王五", Reason::Trailer),
            ("편집: 김민수", Reason::Trailer),
            ("澎湃新闻，未经授权不得转载", Reason::Footer),
            ("转载请注明出处。", Reason::Footer),
            ("新闻报料：021-962866", Reason::Footer),
            ("新聞熱線：(852) 2345 6789", Reason::Footer),
            ("字号", Reason::Share),
            ("字号 大 中 小　打印　收藏", Reason::Share),
            ("新华社记者 王鹏 摄", Reason::Credit),
            ("（张三 摄）", Reason::Credit),
            ("图/视觉中国", Reason::Credit),
            ("圖片來源：中央社", Reason::Credit),
            ("浦江边的一座新桥。 浦东发布 图", Reason::Caption),
            ("市民在站台候车。新华社记者 刘颖摄", Reason::Caption),
        ] {
            assert_eq!(east_asian(t), Some(why), "{t}");
        }
        // Counter-examples: sentences of the article naming editors,
        // reproduction, a hotline, pictures or a camera; Latin text.
        for t in [
            "记者从市交通委获悉，新线路将于6月1日起试运营。",
            "他说，编辑部将继续关注此事。",
            "编辑部：本报将持续追踪",
            "该报道未经授权被多家网站转载，引发热议。当事人表示将追究法律责任，并已委托律师向相关平台发出函件，要求立即删除。",
            "市民可拨打热线电话反映问题。",
            "他打开了手机上的地图",
            "剧组下月开始在浦东拍摄",
            "大",
            "Editor: Jane Smith",
            "Photo: Reuters",
        ] {
            assert_eq!(east_asian(t), None, "{t}");
        }
    }
}
