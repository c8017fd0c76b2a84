//! An article kept in a chat's export: a messenger's conversation saved as
//! text, where someone posted the article's text as one of its messages.
//!
//! WhatsApp writes each message as a line of its own that opens with the
//! time it was sent and its sender ("15/02/2025, 07:51 - Wanjiku M.: …" on
//! Android, "[15/02/2025, 07:51:02] Wanjiku M.: …" on iPhones); a message
//! of several lines goes on under that line. Telegram's copy of several
//! messages puts the sender and the time on a line over each message
//! ("Wanjiku M., [15.02.2025 07:51]"). The article is the longest message;
//! every other message, and the line opening the article's message, are
//! the chat's, not the article's.

use std::sync::LazyLock;

use regex::Regex;

/// What becomes of one line of a chat's export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChatLine {
    /// A line of another message, or a header line with nothing else.
    Removed,
    /// The line opening the article's message: its text starts after
    /// this many bytes (the time and the sender).
    Opens(usize),
}

/// A message's header as WhatsApp writes it, on the line the message
/// starts on: a date with its numbers in any order, a time, then " - "
/// (Android) or the two in brackets (iPhone). The sender follows, or
/// nothing for the app's own notes ("Messages and calls are end-to-end
/// encrypted").
static WHATSAPP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\u{200e}?(?:\[(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\] |(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)? - )",
    )
    .expect("static regex")
});

/// Telegram Desktop's header over a message copied from it: the sender
/// and, in brackets, the day and time, alone on the line ("Фонтанка SPB
/// Online, [05.03.2024 14:37]", "Olga M, [16.05.2024 9:03 AM]").
static TELEGRAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\[\]]+, \[(\d{1,2}[./]\d{1,2}[./]\d{2,4})[ ,]+\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]$")
        .expect("static regex")
});

/// A message's header in Slack or Teams, alone on its line: the sender
/// and the time ("Priya Raman  [9:14 AM]", "Priya Raman  9:14 AM"), the
/// time and the sender ("[09:12] Ruiz Ortega, Javier"), or the time alone
/// in brackets (the same sender goes on: "[9:15 AM]").
static NAME_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<a>[^\[\]:]{1,60}?)\s+\[?|\[)\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]?$")
        .expect("static regex")
});
static TIME_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? )?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]\s+(?P<a>[^\[\]:]{1,60})$")
        .expect("static regex")
});

/// A message's header as KakaoTalk (and LINE's PC app) writes it when it
/// saves a chat: the sender and the time, each in brackets, the message
/// after them ("[박지은] [오후 9:12] …", "[Jana] [9:12 PM] …"). The day
/// stands on a line of its own over the day's messages (see [`DAY_RULE`]).
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[[^\[\]]{1,40}\] \[(?:오전 |오후 |午前|午後|上午|下午)?\d{1,2}:\d{2}(?: ?[AaPp][Mm])?\] ")
        .expect("static regex")
});

/// The line a chat's export sets over each day's messages: the day
/// between rules of dashes ("--------------- 2027년 11월 3일 수요일
/// ---------------", "--------------- Wednesday, November 3, 2027
/// ---------------").
static DAY_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^-{5,} (\S.{4,60}?) -{5,}$").expect("static regex"));

/// A line a chat app sets under a message: its mark of an edit, a
/// reaction's emoji and count, the count of replies and the link to them.
static UNDER_A_MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\(?(?:edited|editado|bearbeitet|modifié|modificato|bewerkt|edytowano|изменено|düzenlendi|redigert|redigerad|muokattu)\)?|:[a-z0-9_+'-]+:(?: \d+)?|\d{1,3}|\d+ (?:replies|reply|respuestas|respuesta|antworten|antwort|réponses|réponse|risposte|ответа?|ответов|yanıt)|(?:last reply|última respuesta|letzte antwort|dernière réponse) .{1,40}|view thread|ver hilo|thread anzeigen|voir le fil)$")
        .expect("static regex")
});

/// A chat app's mark of a message forwarded from another chat or channel:
/// "[Forwarded from Kommersant]", "[Переслано от Денис Кравец]".
static FORWARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\[(?:forwarded from|переслано от|переслано від|weitergeleitet von|transféré de|reenviado de|inoltrato da|doorgestuurd van|przekazano od|iletildi)\s[^\]]*\]$").expect("static regex")
});

/// The day in a Telegram header (see [`TELEGRAM`]) that `t` is.
pub(crate) fn telegram_day(t: &str) -> Option<&str> {
    TELEGRAM
        .captures(t)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// Whether `t` is a chat app's mark of a forward (see [`FORWARD`]).
pub(crate) fn forward_mark(t: &str) -> bool {
    FORWARD.is_match(t)
}

/// A sender's name after a WhatsApp header: a few words (a name, a phone
/// number) and a colon.
fn sender_len(rest: &str) -> Option<usize> {
    // The name's colon is among the first 48 bytes (cut at a character:
    // a name in Devanagari has three bytes a letter).
    let mut head = rest.len().min(48);
    while !rest.is_char_boundary(head) {
        head -= 1;
    }
    let colon = rest[..head].find(": ")?;
    let name = &rest[..colon];
    (colon > 0 && name.split_whitespace().count() <= 5 && !name.contains("://"))
        .then_some(colon + 2)
}

/// A message's header opening `line`: its length in bytes, whether it
/// names a sender, and the day it gives.
struct Header<'a> {
    len: usize,
    named: bool,
    day: &'a str,
}

/// Whether `s` holds a time of day: a digit, a colon, two digits ("21:17").
pub(crate) fn has_clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b':', b).any(|i| {
        i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
    })
}

fn header(line: &str) -> Option<Header<'_>> {
    // Every header has a time.
    if !has_clock_time(line) {
        return None;
    }
    // Slack's and Teams' headers have a time: a colon, and the line ends
    // in the time or opens with it.
    let timed = line.len() <= 90
        && line.contains(':')
        && (line.starts_with('[')
            || line.ends_with([']', 'M', 'm', '.'])
            || line.ends_with(|c: char| c.is_ascii_digit()));
    if timed
        && let Some(c) = NAME_TIME
            .captures(line)
            .or_else(|| TIME_NAME.captures(line))
    {
        let named = c.name("a").map(|m| m.as_str().replace(',', " "));
        if named.as_deref().is_none_or(super::meta::looks_like_name) {
            let named = named.is_some();
            return Some(Header {
                len: line.len(),
                named,
                day: "",
            });
        }
    }
    let telegram = |line| {
        let day = line_ends_bracket(line)
            .then(|| telegram_day(line))
            .flatten()?;
        Some(Header {
            len: line.len(),
            named: true,
            day,
        })
    };
    let first = *line.as_bytes().first()?;
    // WhatsApp's header opens with a digit, a bracket or a mark of the
    // writing's direction (U+200E); Telegram's with the sender's name.
    if !(first.is_ascii_digit() || first == b'[' || first == 0xe2) {
        return telegram(line);
    }
    let Some(c) = WHATSAPP.captures(line) else {
        return telegram(line);
    };
    let end = c.get(0).map_or(0, |m| m.end());
    let day = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
    Some(match sender_len(&line[end..]) {
        Some(n) => Header {
            len: end + n,
            named: true,
            day,
        },
        None => Header {
            len: end,
            named: false,
            day,
        },
    })
}

/// A KakaoTalk header opening `line` (see [`BRACKETED`]); read only in a
/// text with days between rules, as a live blog's "[Update] [10:05] …"
/// has the same shape.
fn bracketed(line: &str) -> Option<Header<'_>> {
    BRACKETED.find(line).map(|m| Header {
        len: m.end(),
        named: true,
        day: "",
    })
}

fn line_ends_bracket(line: &str) -> bool {
    line.len() <= 120 && line.ends_with(']')
}

/// Messages with a named sender a chat's export has at least.
const MESSAGES: usize = 3;
/// Words the article's message has at least.
const ARTICLE_WORDS: usize = 80;

/// A chat's export read: what becomes of its lines (by index from 0, as
/// `text.split('\n')` gives them; lines not named are the article's),
/// and the day the article was posted.
#[derive(Debug, PartialEq)]
pub(crate) struct Chat {
    pub(crate) lines: Vec<(usize, ChatLine)>,
    pub(crate) day: Option<chrono::NaiveDate>,
}

/// `text` read as a chat's export, or `None` when it is none: fewer than
/// [`MESSAGES`] messages with a sender, or no message of [`ARTICLE_WORDS`]
/// words. The longest message is the article's; messages half as long
/// or longer are kept too (an article posted in two messages), and the
/// others are removed.
pub(crate) fn export(text: &str) -> Option<Chat> {
    // A chat's export opens with a message: one among its first lines.
    let ruled = memchr::memmem::find(text.as_bytes(), b"----- ").is_some()
        && text.split('\n').any(|l| DAY_RULE.is_match(l.trim()));
    // Any app's header, and KakaoTalk's in a text with its day rules.
    let message_header = |l| header(l).or_else(|| ruled.then(|| bracketed(l)).flatten());
    let opens = text
        .split('\n')
        .filter(|l| !l.trim().is_empty())
        .take(12)
        .any(|l| message_header(l.trim_end_matches('\r')).is_some_and(|h| h.named));
    if !opens {
        return None;
    }
    // Each message: its first line, its header, its last line, its words.
    let mut messages: Vec<(usize, Header<'_>, usize, usize)> = Vec::new();
    let mut blank = Vec::new();
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    // The day the export set over the messages below, and its lines.
    let mut day = "";
    let mut day_rules = Vec::new();
    for (i, &line) in lines.iter().enumerate() {
        blank.push(line.trim().is_empty());
        if let Some(c) = DAY_RULE.captures(line.trim()) {
            day = c.get(1).map_or("", |m| m.as_str());
            day_rules.push(i);
            continue;
        }
        if let Some(mut h) = message_header(line) {
            if h.day.is_empty() {
                h.day = day;
            }
            let words = line[h.len..].split_whitespace().count();
            messages.push((i, h, i, words));
        } else if let Some(m) = messages.last_mut() {
            m.2 = i;
            m.3 += line.split_whitespace().count();
        }
    }
    let longest = messages.iter().map(|m| m.3).max()?;
    let named = messages.iter().filter(|m| m.1.named).count();
    if named < MESSAGES || longest < ARTICLE_WORDS {
        return None;
    }
    let mut chat = Chat {
        lines: Vec::new(),
        day: None,
    };
    chat.lines
        .extend(day_rules.into_iter().map(|i| (i, ChatLine::Removed)));
    // The export's own lines over the first message (KakaoTalk's chat
    // name and the time it was saved).
    let opening = messages.first().map_or(0, |m| m.0);
    let preamble: Vec<usize> = (0..opening).filter(|&i| !blank[i]).collect();
    if preamble.len() <= 3 {
        chat.lines
            .extend(preamble.into_iter().map(|i| (i, ChatLine::Removed)));
    }
    for (first, h, last, words) in &messages {
        if words * 2 >= longest {
            chat.lines.push((*first, ChatLine::Opens(h.len)));
            chat.day = chat.day.or_else(|| super::meta::parse_date(h.day));
            // What the app set under the message.
            let under = (*first + 1..=*last)
                .rev()
                .take_while(|&i| blank[i] || UNDER_A_MESSAGE.is_match(lines[i].trim()));
            chat.lines
                .extend(under.filter(|&i| !blank[i]).map(|i| (i, ChatLine::Removed)));
        } else {
            let written = (*first..=*last).filter(|&i| !blank[i]);
            chat.lines.extend(written.map(|i| (i, ChatLine::Removed)));
        }
    }
    chat.lines.sort_unstable_by_key(|l| l.0);
    chat.lines.dedup_by_key(|l| l.0);
    Some(chat)
}

/// A message's text as a messenger marks it bold or italic whole
/// ("*Water rationing to last until April*") without the marks.
pub(crate) fn unmarked(text: &str) -> &str {
    let t = text.trim();
    for mark in ['*', '_'] {
        if let Some(inner) = t.strip_prefix(mark).and_then(|r| r.strip_suffix(mark))
            && !inner.is_empty()
            && !inner.contains(mark)
        {
            return inner;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(words: usize) -> String {
        let mut s = String::new();
        for i in 0..words {
            s.push_str(if i % 12 == 11 { "word.\n" } else { "word " });
        }
        s
    }

    #[test]
    fn kakaotalk_saves_sender_and_time_in_brackets_and_days_between_rules() {
        for (line, len) in [
            ("[박지은] [오후 9:12] 내일 저녁 7시 맞지?", 26),
            ("[Jana Novak] [9:12 PM] see you", 23),
        ] {
            let h = bracketed(line).expect(line);
            assert_eq!((h.len, h.named), (len, true), "{line}");
        }
        // A live blog's entries have the shape: only a text with days
        // between rules is read so.
        let blog = format!(
            "[Update] [10:05] Road shut\n[Update] [10:20] Still shut\n[Update] [10:40] Open\n{}",
            body(90)
        );
        assert_eq!(export(&blog), None);
        let mut text = String::from(
            "Family chat with Jana\nDate Saved : 2027-11-03 21:15:07\n\n\
             --------------- Wednesday, November 3, 2027 ---------------\n\
             [Mum] [11:40 AM] prices again\n[Petr] [11:52 AM] really?\n[Mum] [11:55 AM] Fares to rise\n",
        );
        text.push_str(&body(90));
        text.push_str("[Petr] [12:01 PM] ok\n[Jana] [12:30 PM] fine\n");
        let c = export(&text).expect("a chat");
        let removed = |i| c.lines.contains(&(i, ChatLine::Removed));
        assert!(removed(0) && removed(1) && removed(3) && removed(4));
        assert!(c.lines.contains(&(6, ChatLine::Opens(17))));
        assert_eq!(c.day.map(|d| d.to_string()).as_deref(), Some("2027-11-03"));
    }

    #[test]
    fn whatsapp_android_and_iphone_headers() {
        for (line, len) in [
            ("15/02/2025, 07:51 - Wanjiku M.: Hello", 32),
            ("2/15/25, 7:51 AM - +254 722 418 903: ok", 37),
            ("[15/02/2025, 07:51:02] Wanjiku M.: Hello", 35),
            ("15.02.25, 07:51 - Jana: Hallo", 24),
            // A name and a message in a script of three bytes a letter,
            // whose 48th byte falls inside a letter.
            (
                "09/03/2028, 07:16 - बुबा: *उपत्यकामा चैत १ देखि थप ५० विद्युतीय बस*",
                34,
            ),
        ] {
            let h = header(line).expect(line);
            assert_eq!((h.len, h.named), (len, true), "{line}");
        }
        let h = header("13/02/2025, 21:04 - Messages and calls are end-to-end encrypted.");
        assert_eq!(
            h.map(|h| (h.len, h.named, h.day)),
            Some((20, false, "13/02/2025"))
        );
        let h = header("Wanjiku M., [15.02.2025 07:51]");
        assert_eq!(
            h.map(|h| (h.len, h.named, h.day)),
            Some((30, true, "15.02.2025"))
        );
    }

    #[test]
    fn slack_and_teams_headers() {
        for (line, named) in [
            ("Priya Raman  [9:14 AM]", true),
            ("Priya Raman  9:14 AM", true),
            ("[9:15 AM]", false),
            ("[09:12] Ruiz Ortega, Javier", true),
            ("[15/02/2025 09:12] Castaño, Iñigo", true),
        ] {
            let h = header(line).expect(line);
            assert_eq!((h.len, h.named), (line.len(), named), "{line}");
        }
        // A live blog's times over its entries, a byline's time.
        for line in [
            "[10:05] Police said the road would reopen",
            "[10:05] Update",
            "Updated 9:14 AM",
            "Published March 4, 2025 9:14 AM",
        ] {
            assert!(header(line).is_none(), "{line}");
        }
    }

    #[test]
    fn what_a_chat_app_sets_under_a_message() {
        for t in [
            "(edited)",
            "Editado",
            ":eyes:",
            ":white_check_mark:",
            "4",
            "3 replies",
            "Last reply today at 10:02 AM",
            "View thread",
        ] {
            assert!(UNDER_A_MESSAGE.is_match(t), "{t}");
        }
        for t in [
            "This article has been updated.",
            "2025",
            "Edited by Jane Doe",
            "3 replies to critics",
        ] {
            assert!(!UNDER_A_MESSAGE.is_match(t), "{t}");
        }
    }

    #[test]
    fn a_slack_thread_keeps_the_pasted_article() {
        let text = format!(
            "Priya Raman  [9:14 AM]\nflagging this, pasting below\nhttps://example.com/a\n\
             [9:15 AM]\n{}\n(edited)\n:eyes:\n4\n3 replies\nView thread\n\
             Tom Kessler  [9:20 AM]\nthanks!\nPriya Raman  [9:22 AM]\nnot in this round\n",
            body(100)
        );
        let chat = export(&text).expect("a chat");
        let kept: Vec<usize> = (0..text.split('\n').count())
            .filter(|i| {
                !chat
                    .lines
                    .iter()
                    .any(|l| l.0 == *i && l.1 == ChatLine::Removed)
            })
            .collect();
        let lines: Vec<&str> = text.split('\n').collect();
        let kept: Vec<&str> = kept
            .iter()
            .map(|&i| lines[i])
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(kept[0], "[9:15 AM]");
        assert!(kept[1..].iter().all(|l| l.starts_with("word")), "{kept:?}");
    }

    #[test]
    fn dates_in_an_article_are_no_headers() {
        for line in [
            "15/02/2025 was the day the dam fell to 54 per cent.",
            "2025-02-15: the company said supply had fallen.",
            "15/02/2025, 07:51 the first trucks left the depot.",
            "In Kayole, a jerrican [15/02] costs Sh50.",
            "Thika, [15.02.2025 07:51] The dam is low: residents say",
        ] {
            assert!(header(line).is_none(), "{line}");
        }
    }

    #[test]
    fn the_longest_message_is_kept_and_the_chat_removed() {
        let text = format!(
            "14/02/2025, 06:12 - Kamau J.: gate closed 10-12 today\n\
             14/02/2025, 18:55 - Achieng O.: Anyone else no water?\n\
             15/02/2025, 07:51 - Wanjiku M.: *Water rationing to last until April*\n\
             \n{}\n\
             15/02/2025, 07:58 - Achieng O.: So we are Tuesday Friday Sunday.\n\
             second line of that message\n",
            body(120)
        );
        let chat = export(&text).expect("a chat");
        assert_eq!(chat.day, chrono::NaiveDate::from_ymd_opt(2025, 2, 15));
        let plan = chat.lines;
        assert_eq!(plan[0], (0, ChatLine::Removed));
        assert_eq!(plan[1], (1, ChatLine::Removed));
        assert_eq!(plan[2], (2, ChatLine::Opens(32)));
        let removed: Vec<usize> = plan
            .iter()
            .filter(|p| p.1 == ChatLine::Removed)
            .map(|p| p.0)
            .collect();
        let n = text.split('\n').count();
        assert_eq!(removed, vec![0, 1, n - 3, n - 2]);
    }

    #[test]
    fn no_chat_without_senders_or_an_article() {
        // A timeline of dated lines, no senders.
        let timeline = format!(
            "15/02/2025, 06:00 - The dam falls to 54 per cent\n\
             15/02/2025, 09:00 - Rationing starts in Eastlands\n\
             16/02/2025, 10:00 - Vendors double prices\n\n{}",
            body(200)
        );
        assert_eq!(export(&timeline), None);
        // Only short messages: no article to keep.
        let chat = "1/2/25, 9:00 - A: hi\n1/2/25, 9:01 - B: hello\n1/2/25, 9:02 - C: yes\n";
        assert_eq!(export(chat), None);
        // An article with a time-stamped line in it.
        let article = format!(
            "{}\n15/02/2025, 07:51 - Kamau: noted\n{}",
            body(100),
            body(100)
        );
        assert_eq!(export(&article), None);
    }

    #[test]
    fn bold_marks_around_a_whole_message() {
        assert_eq!(unmarked("*Water rationing*"), "Water rationing");
        assert_eq!(unmarked("_Water rationing_"), "Water rationing");
        assert_eq!(
            unmarked("*Water* rationing *now*"),
            "*Water* rationing *now*"
        );
        assert_eq!(unmarked("**"), "**");
    }
}
