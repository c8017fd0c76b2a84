//! Text messages saved by SMS Backup & Restore (SyncTech's Android app):
//! an XML file whose root `<smses>` holds an `<sms>` per text message, its
//! words in the `body` attribute, and an `<mms>` per multimedia message,
//! its words in the `text` attribute of its `text/plain` parts. An article
//! someone sent themselves, or was sent, is kept this way. The message
//! with the most words is the article; the other messages, and who sent
//! the article's message and when, are the chat's and are recorded as
//! removed. The app's call log (root `<calls>`, one `<call>` per call)
//! holds no text: it is read as no article, its calls removed.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::Removed;
use super::json::{Article, Body};
use super::rules::{Reason, word_count};
use super::xml::attribute_named;

/// Words the longest message needs to be an article: a chat's messages
/// are shorter.
const MIN_WORDS: usize = 40;

/// Which of the app's files a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backup {
    /// Text and multimedia messages (`<smses>`).
    Messages,
    /// The call log (`<calls>` of `<call>` elements).
    Calls,
}

/// The app's file `text` is, by its root element; `None` for any other
/// text (other XML included).
fn backup(text: &str) -> Option<Backup> {
    let text = text.trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with('<') {
        return None;
    }
    let mut reader = Reader::from_str(text);
    // The root comes after the declaration, comments and instructions.
    for _ in 0..16 {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) => {
                return match e.name().as_ref() {
                    "smses" => Some(Backup::Messages),
                    "calls" if attr(&e, "count").is_some() => Some(Backup::Calls),
                    _ => None,
                };
            }
            Event::Eof => return None,
            _ => {}
        }
    }
    None
}

/// An attribute's value, read as text; `None` when it is missing or, as
/// the app writes an empty field, "null".
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    attribute_named(e, name).filter(|v| v != "null")
}

/// One message, or one call: who and when, its text and the lines of the
/// file it spans.
#[derive(Debug, Default)]
struct Message {
    /// The contact's name and number, and the day and time, as the app
    /// wrote them.
    header: String,
    text: String,
    lines: [usize; 2],
}

impl Message {
    /// A message opened by element `e`, at line `line`.
    fn of(e: &BytesStart<'_>, line: usize) -> Message {
        let who = match (
            attr(e, "contact_name"),
            attr(e, "address").or(attr(e, "number")),
        ) {
            (Some(name), Some(number)) if name != "(Unknown)" => format!("{name} ({number})"),
            (_, Some(number)) => number,
            (Some(name), None) => name,
            (None, None) => String::new(),
        };
        let when = attr(e, "readable_date").unwrap_or_default();
        let header = [who, when]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        Message {
            header,
            text: attr(e, "body").unwrap_or_default(),
            lines: [line, line],
        }
    }

    /// The message as a removed record: its header and its text.
    fn removed(&self) -> Removed {
        let text = [self.header.as_str(), self.text.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(": ");
        Removed {
            text,
            reason: Reason::Chat,
            lines: self.lines,
        }
    }
}

/// The article of an SMS Backup & Restore file: the message with the most
/// words, when it has [`MIN_WORDS`]; a file of short messages, or a call
/// log, is one with no body, every message removed. `None` for any other
/// text, or a file that does not parse (read then as the text it is).
pub(crate) fn article(text: &str) -> Option<Article> {
    let kind = backup(text)?;
    let messages = messages(text)?;
    let words: Vec<usize> = messages.iter().map(|m| word_count(&m.text)).collect();
    let best = (0..messages.len())
        .filter(|&i| kind == Backup::Messages && words[i] >= MIN_WORDS)
        .max_by_key(|&i| (words[i], std::cmp::Reverse(i)));
    let mut article = Article {
        lines: [1, text.lines().count().max(1)],
        ..Default::default()
    };
    for (i, m) in messages.iter().enumerate() {
        if Some(i) == best {
            article.body = Body::Text(m.text.clone());
            article.lines = m.lines;
            if !m.header.is_empty() {
                article.others.push(Removed {
                    text: m.header.clone(),
                    reason: Reason::Chat,
                    lines: [m.lines[0], m.lines[0]],
                });
            }
        } else {
            article.others.push(m.removed());
        }
    }
    Some(article)
}

/// The messages (or calls) of a backup in the order written; `None` when
/// the XML does not parse.
fn messages(text: &str) -> Option<Vec<Message>> {
    let mut reader = Reader::from_str(text);
    let line_at = |pos: u64| {
        let pos = usize::try_from(pos).unwrap_or(usize::MAX).min(text.len());
        memchr::memchr_iter(b'\n', &text.as_bytes()[..pos]).count() + 1
    };
    let mut out: Vec<Message> = Vec::new();
    // Inside a multimedia message, which gathers its parts' text.
    let mut in_mms = false;
    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().ok()?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "sms" | "call" | "mms" => {
                    let mut m = Message::of(&e, line_at(at));
                    m.lines[1] = line_at(reader.buffer_position());
                    in_mms = e.name().as_ref() == "mms" && !empty;
                    out.push(m);
                }
                "part" if in_mms => part_text(&e, out.last_mut()),
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == "mms" => {
                in_mms = false;
                if let Some(m) = out.last_mut() {
                    m.lines[1] = line_at(reader.buffer_position());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Some(out)
}

/// Adds the text of a multimedia message's part `e` (a plain-text part;
/// the layout's SMIL and pictures hold none) to its message.
fn part_text(e: &BytesStart<'_>, message: Option<&mut Message>) {
    let Some(m) = message else {
        return;
    };
    if attr(e, "ct").is_some_and(|ct| ct.eq_ignore_ascii_case("text/plain"))
        && let Some(t) = attr(e, "text")
        && !t.trim().is_empty()
    {
        if !m.text.is_empty() {
            m.text.push_str("\n\n");
        }
        m.text.push_str(&t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::xml::attribute_text;
    use crate::testutil::PARA;

    /// An `<sms>` element as the app writes it.
    fn sms(body: &str, name: &str) -> String {
        format!(
            "  <sms protocol=\"0\" address=\"+15550100\" date=\"1836192843000\" type=\"1\" subject=\"null\" body=\"{body}\" toa=\"null\" read=\"1\" status=\"-1\" readable_date=\"9 Mar 2028 06:34:03\" contact_name=\"{name}\" />\n"
        )
    }

    /// A backup of `messages` (elements written out).
    fn backup_of(messages: &[String]) -> String {
        format!(
            "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.20.003 on 10/03/2028 20:41:17-->\n<?xml-stylesheet type=\"text/xsl\" href=\"sms.xsl\"?>\n<smses count=\"{}\" backup_set=\"x\" type=\"full\">\n{}</smses>\n",
            messages.len(),
            messages.concat()
        )
    }

    /// A multimedia message of plain-text parts `texts`, with its layout
    /// part.
    fn mms(texts: &[&str]) -> String {
        let mut s = String::from(
            "  <mms date=\"1836208502000\" address=\"+15550100\" text_only=\"1\" readable_date=\"9 Mar 2028 10:55:02\" contact_name=\"Sam\">\n    <parts>\n      <part seq=\"-1\" ct=\"application/smil\" text=\"&lt;smil&gt;&lt;body&gt;&lt;par dur=&quot;5000ms&quot;&gt;&lt;/par&gt;&lt;/body&gt;&lt;/smil&gt;\" />\n",
        );
        for t in texts {
            s.push_str(&format!(
                "      <part seq=\"0\" ct=\"text/plain\" name=\"null\" text=\"{t}\" />\n"
            ));
        }
        s.push_str("    </parts>\n    <addrs>\n      <addr address=\"+15550100\" type=\"137\" />\n    </addrs>\n  </mms>\n");
        s
    }

    #[test]
    fn the_longest_message_is_the_article_and_the_others_are_the_chat() {
        let story = format!("Night buses return&#10;&#10;{PARA}&#10;&#10;{PARA} &#55357;&#56832;");
        let file = backup_of(&[
            sms("Good morning! Are you up?", "Sam"),
            mms(&[&story]),
            sms(
                "Thanks &#55357;&#56911;&#55356;&#57342; I will read it",
                "Sam",
            ),
        ]);
        let a = article(&file).expect("an article");
        let Body::Text(t) = &a.body else {
            panic!("{:?}", a.body)
        };
        assert!(t.starts_with("Night buses return\n\n"), "{t}");
        assert!(t.ends_with(" \u{1F600}"), "a pair is one character: {t}");
        assert!(!t.contains("smil"), "{t}");
        assert_eq!(a.lines, [6, 14]);
        assert_eq!(a.title, None, "the sender is not the headline");
        let texts: Vec<&str> = a.others.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Sam (+15550100), 9 Mar 2028 06:34:03: Good morning! Are you up?",
                "Sam (+15550100), 9 Mar 2028 10:55:02",
                "Sam (+15550100), 9 Mar 2028 06:34:03: Thanks \u{1F64F}\u{1F3FE} I will read it",
            ]
        );
        assert!(a.others.iter().all(|r| r.reason == Reason::Chat));
        assert_eq!(a.others[0].lines, [5, 5]);
    }

    #[test]
    fn a_long_text_message_is_an_article_too() {
        let file = backup_of(&[sms("Ok", "Sam"), sms(&format!("{PARA} {PARA}"), "Sam")]);
        let a = article(&file).expect("an article");
        assert_eq!(a.body, Body::Text(format!("{PARA} {PARA}")));
        assert_eq!(a.lines, [6, 6]);
    }

    #[test]
    fn a_chat_of_short_messages_and_a_call_log_are_no_article() {
        let chat = backup_of(&[sms("See you at six", "Sam"), sms("Ok &#55357;", "Sam")]);
        let a = article(&chat).expect("read as the app's file");
        assert_eq!(a.body, Body::None);
        assert_eq!(a.others.len(), 2);
        assert!(a.others[1].text.ends_with("Ok \u{fffd}"), "a lone half");
        let calls = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count=\"2\" backup_set=\"x\">\n  <call number=\"+15550100\" duration=\"62\" date=\"1836192843000\" type=\"1\" presentation=\"1\" readable_date=\"9 Mar 2028 06:34:03\" contact_name=\"Sam\" />\n  <call number=\"+15550101\" duration=\"0\" date=\"1836192900000\" type=\"3\" readable_date=\"9 Mar 2028 06:35:00\" contact_name=\"(Unknown)\" />\n</calls>\n";
        let a = article(calls).expect("read as the app's file");
        assert_eq!(a.body, Body::None);
        assert_eq!(a.others[1].text, "+15550101, 9 Mar 2028 06:35:00");
    }

    #[test]
    fn other_xml_and_broken_backups_are_not_read_as_messages() {
        let long = format!("{PARA} {PARA}");
        assert!(article(&format!("<messages><sms body=\"{long}\"/></messages>")).is_none());
        assert!(article(&format!("<calls><call>{long}</call></calls>")).is_none());
        assert!(article(&format!("Saved from my phone: <smses> {long}")).is_none());
        let broken = backup_of(&[sms(&long, "Sam")]).replace("</smses>", "</sms>");
        assert!(article(&broken).is_none(), "a mismatched end");
        // Cut off inside a message: the messages before the cut are read.
        let file = backup_of(&[sms(&long, "Sam"), sms("Ok", "Sam")]);
        let cut = &file[..file.rfind("Ok").unwrap()];
        assert!(article(cut).is_none_or(|a| a.body == Body::Text(long.clone())));
    }

    #[test]
    fn attribute_values_are_read_as_their_text() {
        assert_eq!(attribute_text("a&#10;b\tc"), "a\nb c");
        assert_eq!(
            attribute_text("&#x1F600;&#55357;&#56832;"),
            "\u{1F600}\u{1F600}"
        );
        assert_eq!(attribute_text("&#56832;x&#55357;"), "\u{fffd}x\u{fffd}");
        assert_eq!(attribute_text("&#55357;x"), "\u{fffd}x");
        assert_eq!(attribute_text("&#55357;&amp;"), "\u{fffd}&");
        assert_eq!(
            attribute_text("Y&apos;ello &amp; &lt;b&gt;"),
            "Y'ello & <b>"
        );
        assert_eq!(
            attribute_text("AT&T; &nbsp;x &#xZZ; &#99999999;"),
            "AT&T; \u{a0}x \u{fffd} \u{fffd}"
        );
        assert_eq!(attribute_text("R&D and more"), "R&D and more");
    }
}
