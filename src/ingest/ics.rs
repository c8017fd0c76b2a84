//! Calendars saved as iCalendar (`.ics`, RFC 5545), as Google Calendar,
//! Outlook and Apple Calendar export them: a reader pastes an article into
//! an event's description. The event whose description holds the most
//! text is the article: its description (HTML as Google's editor writes
//! it, or plain text) is the body; the event's own title, times and place
//! are the reader's, not the article's. The other events are recorded as
//! removed with their lines.

use super::Removed;
use super::json::{Article, Body};
use super::rules::Reason;

/// Words a description needs to be an article.
const MIN_WORDS: usize = 40;

/// The article of an iCalendar text; `None` when `text` is no calendar or
/// no event's description is long enough.
pub(crate) fn article(name: &str, text: &str) -> Option<Article> {
    let named = name.to_ascii_lowercase().ends_with(".ics");
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if !(head.starts_with("BEGIN:VCALENDAR") || named && head.starts_with("BEGIN:")) {
        return None;
    }
    let events = events(text);
    let best = (0..events.len())
        .filter(|&i| events[i].words >= MIN_WORDS)
        .max_by_key(|&i| events[i].words)?;
    let mut article = Article {
        lines: events[best].lines,
        ..Default::default()
    };
    let description = &events[best].description;
    article.body = if description.contains("<br") || description.contains("</") {
        Body::Html(description.clone())
    } else {
        Body::Text(description.clone())
    };
    for (i, e) in events.iter().enumerate() {
        let text = if i == best {
            e.summary.clone()
        } else {
            [e.summary.as_str(), e.description.as_str()]
                .iter()
                .filter(|t| !t.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" — ")
        };
        if !text.trim().is_empty() {
            let reason = if i == best {
                Reason::ReaderNote
            } else {
                Reason::Outside
            };
            article.others.push(Removed {
                text,
                reason,
                lines: e.lines,
            });
        }
    }
    Some(article)
}

/// An event: its summary, its description, the words of the latter and
/// the lines of the file it spans.
struct Event {
    summary: String,
    description: String,
    words: usize,
    lines: [usize; 2],
}

/// The events of a calendar, their properties unfolded and unescaped.
fn events(text: &str) -> Vec<Event> {
    let mut out = Vec::new();
    let mut current: Option<Event> = None;
    // Nested components (an alarm's description) are not the event's.
    let mut depth = 0usize;
    for (no, line) in unfolded(text) {
        let (name, value) = property(&line);
        match (name.as_str(), value) {
            ("BEGIN", "VEVENT") => {
                current = Some(Event {
                    summary: String::new(),
                    description: String::new(),
                    words: 0,
                    lines: [no, no],
                });
                depth = 0;
            }
            ("BEGIN", _) if current.is_some() => depth += 1,
            ("END", "VEVENT") => {
                if let Some(mut e) = current.take() {
                    e.lines[1] = no;
                    e.words = super::rules::word_count(&super::json::strip_tags(&e.description));
                    out.push(e);
                }
            }
            ("END", _) if current.is_some() => depth = depth.saturating_sub(1),
            ("SUMMARY", v) if depth == 0 => {
                if let Some(e) = &mut current {
                    e.summary = unescaped(v);
                }
            }
            ("DESCRIPTION", v) if depth == 0 => {
                if let Some(e) = &mut current {
                    e.description = unescaped(v);
                }
            }
            _ => {}
        }
    }
    out
}

/// The logical lines of an iCalendar text, each with the number of the
/// file's line it starts on: a line that opens with a space or a tab goes
/// on the one before, without them (RFC 5545, 3.1).
fn unfolded(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        match (line.strip_prefix([' ', '\t']), out.last_mut()) {
            (Some(rest), Some(last)) => last.1.push_str(rest),
            _ => out.push((i + 1, line.to_string())),
        }
    }
    out
}

/// A content line's name (upper case, without its parameters) and value.
fn property(line: &str) -> (String, &str) {
    // The name ends at the first ";" or ":"; a parameter's value may hold
    // a ":" only inside quotes.
    let mut quoted = false;
    let mut name_end = None;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ';' if name_end.is_none() && !quoted => name_end = Some(i),
            ':' if !quoted => {
                let name = &line[..name_end.unwrap_or(i)];
                return (name.to_ascii_uppercase(), &line[i + 1..]);
            }
            _ => {}
        }
    }
    (String::new(), "")
}

/// A text value without its escapes: `\n` a line break, `\,` `\;` `\\`
/// the sign.
fn unescaped(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "The city will add 120 electric buses to the network and change fourteen routes from the first of April\\, the transport director said on Tuesday.";

    fn calendar(events: &[(&str, &str)]) -> String {
        let mut s = String::from(
            "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n",
        );
        for (summary, description) in events {
            s.push_str("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20280401\r\n");
            s.push_str(&format!("SUMMARY:{summary}\r\n"));
            // Folded at 75 octets, as the standard asks.
            let line = format!("DESCRIPTION:{description}");
            let mut rest = line.as_str();
            let mut first = true;
            while !rest.is_empty() {
                let mut cut = rest.len().min(if first { 75 } else { 74 });
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                if !first {
                    s.push(' ');
                }
                s.push_str(&rest[..cut]);
                s.push_str("\r\n");
                rest = &rest[cut..];
                first = false;
            }
            s.push_str("BEGIN:VALARM\r\nDESCRIPTION:This is an event reminder\r\nEND:VALARM\r\nEND:VEVENT\r\n");
        }
        s.push_str("END:VCALENDAR\r\n");
        s
    }

    #[test]
    fn the_event_with_the_longest_description_is_the_article() {
        let article_html = format!(
            "My note on it.<br><br><b>Buses change</b><br><br>{PARA} {PARA}<br><br>{PARA} {PARA}"
        );
        let ics = calendar(&[
            ("Dentist", "Yearly check-up."),
            ("Bus change", &article_html),
            ("Birthday", "Ana's birthday\\, bring the cake."),
        ]);
        let a = article("cal.ics", &ics).expect("an article");
        let Body::Html(h) = &a.body else {
            panic!("{:?}", a.body)
        };
        assert!(h.contains("<b>Buses change</b>"), "{h}");
        assert!(
            h.contains("first of April, the transport"),
            "unfolded and unescaped: {h}"
        );
        assert!(!h.contains("event reminder"));
        assert_eq!(a.others.len(), 3, "{:?}", a.others);
        assert_eq!(a.others[0].text, "Dentist — Yearly check-up.");
        assert_eq!(a.others[1].text, "Bus change");
        assert_eq!(a.title, None, "the event's title is the reader's");
    }

    #[test]
    fn plain_descriptions_keep_their_line_breaks() {
        let text = format!("{PARA}\\n\\n{PARA} {PARA}\\n\\n{PARA}");
        let ics = calendar(&[("Read", &text)]);
        let a = article("x.ics", &ics).expect("an article");
        assert!(matches!(&a.body, Body::Text(t) if t.matches("\n\n").count() == 2));
    }

    #[test]
    fn short_descriptions_and_other_texts_are_no_calendar_article() {
        assert!(article("cal.ics", &calendar(&[("Dentist", "Yearly check-up.")])).is_none());
        assert!(article("a.txt", "BEGIN: the meeting opened at nine.\n").is_none());
        assert!(article("a.txt", "Notes\nBEGIN:VCALENDAR\n").is_none());
        // A calendar cut off inside an event: no event ends, none read.
        let cut = calendar(&[("Read", &format!("{PARA} {PARA} {PARA}"))]);
        assert!(article("c.ics", &cut[..cut.len() / 2]).is_none());
    }

    #[test]
    fn properties_and_escapes() {
        assert_eq!(
            property("DTSTART;TZID=America/Montevideo:20280308T103000"),
            ("DTSTART".to_string(), "20280308T103000")
        );
        assert_eq!(
            property("ATTENDEE;CN=\"Ana: the host\":mailto:a@example.org"),
            ("ATTENDEE".to_string(), "mailto:a@example.org")
        );
        assert_eq!(unescaped("a\\, b\\; c\\nd\\\\"), "a, b; c\nd\\");
    }
}
