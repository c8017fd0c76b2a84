//! A message saved whole from a mail program (an `.eml` file: RFC 5322
//! header fields, then a MIME body). A reader who mails an article to a
//! colleague, or has one mailed to them, saves it that way ("Download
//! message", "Save as…"). The body is then quoted-printable or base64, in
//! a multipart of a plain-text and an HTML alternative, its header words
//! encoded ("=?UTF-8?B?…?="): none of it reads as text.
//!
//! The message is decoded with `mail-parser` and read as the plain text a
//! mail program shows: its sender, date and subject as header lines over
//! its text parts. The e-mail rules of the text reader then take the
//! header, the sender's note and the signature away, as for a message
//! copied from a mail program's window. Line numbers are the lines of that
//! reading, not of the file. Of a mailbox (mbox) file of several messages,
//! the message with the most text of its own is read; the others are
//! recorded as removed, with their lines in the file.

use std::path::Path;

use super::Removed;
use super::rules::{self, Reason};

/// The header fields every saved message has one of; a text that starts
/// with header fields and names one of these with a MIME version in its
/// header is a saved message whatever its file name.
const MIME_FIELDS: [&[u8]; 2] = [b"mime-version:", b"content-type:"];

/// Whether `raw` is a message saved from a mail program: an `.eml` file,
/// or a text whose first line is a header field and whose header (up to
/// its first blank line) has a MIME version and a content type.
pub(crate) fn is_message(path: &Path, raw: &[u8]) -> bool {
    let eml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("eml") || e.eq_ignore_ascii_case("emlx"));
    // A Zim wiki page opens with a header of its own, which is no mail's.
    let zim = raw.starts_with(b"Content-Type: text/x-zim-wiki");
    eml || !zim && starts_with_mime_header(raw)
        || mbox_from_line(raw).is_some_and(|n| starts_with_mime_header(&raw[n..]))
        || emlx_message(raw).is_some()
}

/// The message of an Apple Mail `.emlx` file: its first line is the
/// message's length in bytes, the message follows, then Apple's property
/// list of its flags and dates (no text of the message's). The message's
/// bytes, when the first line is such a count and a mail header follows.
fn emlx_message(raw: &[u8]) -> Option<&[u8]> {
    let end = memchr::memchr(b'\n', &raw[..raw.len().min(24)])?;
    let count = std::str::from_utf8(&raw[..end]).ok()?.trim();
    if count.is_empty() || !count.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: usize = count.parse().ok()?;
    let message = &raw[end + 1..];
    let message = &message[..n.min(message.len())];
    starts_with_mime_header(message).then_some(message)
}

/// The length of an mbox file's first line, with its line end, when it is
/// the line that opens each message there (as mutt and other Unix mail
/// programs save messages): "From " and the sender, then the date, which
/// ends in its year ("From kovac@example.sk Wed Feb 17 21:14:09 2027").
fn mbox_from_line(raw: &[u8]) -> Option<usize> {
    if !raw.starts_with(b"From ") {
        return None;
    }
    let end = memchr::memchr(b'\n', &raw[..raw.len().min(300)])?;
    let year = |w: &[u8]| w.len() == 4 && w.iter().all(u8::is_ascii_digit);
    // Eudora's and Windows programs' mailboxes end lines in CRLF.
    let line = raw[..end].strip_suffix(b"\r").unwrap_or(&raw[..end]);
    line.split(|&b| b == b' ').any(year).then_some(end + 1)
}

fn starts_with_mime_header(raw: &[u8]) -> bool {
    // A field name of letters, digits and hyphens, then a colon.
    let name = raw
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    if name == 0 || raw.get(name) != Some(&b':') {
        return false;
    }
    let head = &raw[..raw.len().min(16_384)];
    let end = memchr::memmem::find(head, b"\n\n")
        .or_else(|| memchr::memmem::find(head, b"\r\n\r\n"))
        .unwrap_or(head.len());
    let lower = head[..end].to_ascii_lowercase();
    MIME_FIELDS
        .iter()
        .all(|f| memchr::memmem::find_iter(&lower, f).any(|at| at == 0 || lower[at - 1] == b'\n'))
}

/// The message as a mail program shows it: "From:", "Date:", "Subject:"
/// and "To:" lines, a blank line, then each of its text parts (an HTML
/// part only when there is no plain one, as text), blank lines between.
/// `None` when `raw` does not parse as a message or has no text.
#[cfg(test)]
pub(crate) fn as_text(raw: &[u8]) -> Option<String> {
    let message = mail_parser::MessageParser::default().parse(raw)?;
    message_text(&message)
}

/// A saved message read: a web page saved as one file ([`page_of`]), or
/// a mail's text as a mail program shows it ([`message_text`]), with the
/// other messages of its mailbox, removed.
pub(crate) enum Saved {
    Page(String),
    /// A feed reader's item stored as a message ([`feed_item`]): its page
    /// and what its header says of the article.
    Item(String, Envelope),
    Text(String, Vec<Removed>),
}

/// What a feed item's header says of the article it holds: its writer
/// (the feed's author, in the sender's field), the time it was published,
/// its address.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Envelope {
    pub(crate) writer: Option<String>,
    pub(crate) date: Option<chrono::NaiveDate>,
    pub(crate) url: Option<String>,
}

/// The header fields in which a feed reader names the item's address:
/// Thunderbird's "Content-Base", rss2email's "X-RSS-URL", Claws Mail's
/// "X-RSSyl-URL".
const FEED_FIELDS: [&str; 3] = ["Content-Base", "X-RSS-URL", "X-RSSyl-URL"];

/// A feed reader's item stored as a message (Thunderbird's feed folders,
/// saved as .eml; rss2email; Claws Mail): a header naming the item's
/// address ([`FEED_FIELDS`]) and an HTML body without a plain-text one.
/// The body is the item's page, read as a page; the sender's field holds
/// the item's author (Thunderbird writes a name alone as "<Kevin
/// Otieno>"; rss2email "Feed title: Author"), an address is nobody's name.
fn feed_item(message: &mail_parser::Message<'_>) -> Option<(String, Envelope)> {
    let url = FEED_FIELDS
        .iter()
        .find_map(|f| message.header_raw(*f))
        .map(|v| one_line(v).trim_matches(['<', '>']).to_string())
        .filter(|v| v.starts_with("http://") || v.starts_with("https://"))?;
    if message.text_bodies().any(|p| !p.is_text_html()) {
        return None;
    }
    let page = message.html_bodies().find_map(|p| {
        p.is_text_html()
            .then(|| p.text_contents())
            .flatten()
            .map(str::to_string)
    })?;
    let writer = message.from().and_then(|a| a.first()).and_then(|a| {
        let n = a.name().or(a.address())?;
        let n = n.rsplit(": ").next().unwrap_or(n).trim();
        (!n.contains('@') && super::meta::looks_like_name(n)).then(|| n.to_string())
    });
    let date = message.date().and_then(|d| {
        chrono::NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
    });
    Some((
        page,
        Envelope {
            writer,
            date,
            url: Some(url),
        },
    ))
}

/// `raw` read as a saved page or a mail, parsed once; `None` when it does
/// not parse or has no text.
pub(crate) fn read(raw: &[u8]) -> Option<Saved> {
    if mbox_from_line(raw).is_some() {
        return mailbox(raw);
    }
    let raw = emlx_message(raw).unwrap_or(raw);
    let message = mail_parser::MessageParser::default().parse(raw)?;
    if let Some(page) = page_of(&message) {
        return Some(Saved::Page(page));
    }
    if let Some((page, envelope)) = feed_item(&message) {
        return Some(Saved::Item(page, envelope));
    }
    message_text(&message).map(|t| Saved::Text(t, Vec::new()))
}

/// An mbox file (mutt's, tin's, Thunderbird's, Eudora's `.mbx`) read as
/// its message with the most text of its own, not quoted with ">": a
/// mailbox that holds an article holds the mail around it too (a thread's
/// replies quoting it, other letters). The other messages are recorded as
/// removed, with their lines in the file.
fn mailbox(raw: &[u8]) -> Option<Saved> {
    let mut messages: Vec<(String, [usize; 2])> = mbox_messages(raw)
        .into_iter()
        .filter_map(|(bytes, lines)| {
            let message = mail_parser::MessageParser::default().parse(bytes)?;
            Some((message_text(&message)?, lines))
        })
        .collect();
    let own = |i: usize| own_letters(&messages[i].0);
    let chosen = (0..messages.len()).max_by_key(|&i| (own(i), std::cmp::Reverse(i)))?;
    let others = (messages.iter().enumerate())
        .filter(|&(i, _)| i != chosen)
        .map(|(_, (text, lines))| Removed {
            text: rules::squash(text),
            reason: Reason::Email,
            lines: *lines,
        })
        .collect();
    Some(Saved::Text(messages.swap_remove(chosen).0, others))
}

/// The letters and digits of a message's reading (see [`message_text`])
/// below its header lines, on lines not quoted with ">".
fn own_letters(text: &str) -> usize {
    let body = text.split_once("\n\n").map_or("", |(_, b)| b);
    body.lines()
        .filter(|l| !l.trim_start().starts_with('>'))
        .map(|l| l.chars().filter(|c| c.is_alphanumeric()).count())
        .sum()
}

/// The messages of an mbox file: each one's bytes below its "From " line,
/// and the lines of the file it spans (1-based, its "From " line first).
/// A message opens at a "From " line ([`mbox_from_line`]) at the top of the
/// file or under a blank line.
fn mbox_messages(raw: &[u8]) -> Vec<(&[u8], [usize; 2])> {
    // Per message: where its "From " line starts, where its header starts,
    // and the line number.
    let mut starts: Vec<(usize, usize, usize)> = Vec::new();
    let (mut at, mut line, mut under_blank) = (0, 1, true);
    while at < raw.len() {
        let end = memchr::memchr(b'\n', &raw[at..]).map_or(raw.len(), |e| at + e + 1);
        if under_blank && let Some(n) = mbox_from_line(&raw[at..]) {
            starts.push((at, at + n, line));
        }
        under_blank = raw[at..end].iter().all(u8::is_ascii_whitespace);
        at = end;
        line += 1;
    }
    let last_line = line - 1;
    (0..starts.len())
        .map(|k| {
            let (_, from, first) = starts[k];
            let (to, last) = starts
                .get(k + 1)
                .map_or((raw.len(), last_line), |n| (n.0, n.2 - 1));
            (&raw[from..to], [first, last.max(first)])
        })
        .collect()
}

/// The page of a web page saved as one file by a browser (see
/// [`page_of`]), from the file's bytes.
#[cfg(test)]
pub(crate) fn saved_page(raw: &[u8]) -> Option<String> {
    page_of(&mail_parser::MessageParser::default().parse(raw)?)
}

/// The page of a web page saved as one file by a browser (MHTML: Chrome's
/// and Edge's "Webpage, Single File", `.mhtml` or `.mht`): a MIME message
/// whose body is `multipart/related`, the page its first HTML part, the
/// pictures and style sheets the other parts. The page is decoded from its
/// transfer encoding (quoted-printable, base64) and its charset; `None`
/// when the message is no such page (a mail with an HTML body is read as
/// mail, with its sender and date).
fn page_of(message: &mail_parser::Message<'_>) -> Option<String> {
    use mail_parser::MimeHeaders;
    let related = message.content_type().is_some_and(|c| {
        c.c_type.eq_ignore_ascii_case("multipart")
            && c.subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("related"))
    });
    if !related {
        return None;
    }
    message
        .html_bodies()
        .next()
        .and_then(|p| p.text_contents())
        .map(str::to_string)
}

/// One message's reading (see [`as_text`]).
fn message_text(message: &mail_parser::Message<'_>) -> Option<String> {
    use mail_parser::MimeHeaders;
    let mut out = String::new();
    let person = |a: Option<&mail_parser::Address<'_>>| {
        let a = a?.first()?;
        Some(match (a.name(), a.address()) {
            (Some(n), Some(e)) => format!("{n} <{e}>"),
            (Some(n), None) => n.to_string(),
            (None, Some(e)) => e.to_string(),
            (None, None) => return None,
        })
    };
    if let Some(from) = person(message.from()) {
        out.push_str(&format!("From: {from}\n"));
    }
    if let Some(date) = message.date() {
        out.push_str(&format!("Date: {}\n", date.to_rfc822()));
    }
    if let Some(subject) = message.subject() {
        out.push_str(&format!("Subject: {}\n", one_line(subject)));
    }
    if let Some(to) = person(message.to()) {
        out.push_str(&format!("To: {to}\n"));
    }
    // The HTML alternative's spelling of the headings a plain text part
    // shouts in capitals.
    let spelled = message
        .html_bodies()
        .find(|p| p.is_text_html())
        .and_then(|p| p.text_contents())
        .map(html_spellings)
        .filter(|m| !m.is_empty());
    let mut bodies = 0;
    for i in 0..message.text_body_count() {
        if let Some(body) = message.body_text(i) {
            let kind = message.text_part(i as u32).and_then(|p| p.content_type());
            let is = |name: &str, value: &str| {
                kind.and_then(|k| k.attribute(name))
                    .is_some_and(|v| v.eq_ignore_ascii_case(value))
            };
            let body = if is("format", "flowed") {
                unflowed(&body, is("delsp", "yes")).into()
            } else {
                body
            };
            let body = match &spelled {
                Some(spelled) => std::borrow::Cow::Owned(in_html_case(&body, spelled)),
                None => body,
            };
            out.push('\n');
            out.push_str(body.trim_end());
            out.push('\n');
            bodies += 1;
        }
    }
    (bodies > 0).then_some(out)
}

/// How many characters of an HTML part are looked at for its spellings.
const HTML_READ: usize = 2_000_000;

/// The short texts (two to 20 words, with small letters) between the tags
/// of an HTML part (a newsletter's headline and subheadings, "Why berths
/// stay empty"), by their spelling in capitals.
fn html_spellings(html: &str) -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    let mut text = String::new();
    let mut in_tag = false;
    let mut flush = |text: &mut String| {
        let t = one_line(&entities_decoded(text));
        let words = t.split_whitespace().count();
        if (2..=20).contains(&words) && t.chars().any(char::is_lowercase) {
            out.insert(t.to_uppercase(), t);
        }
        text.clear();
    };
    for c in html.chars().take(HTML_READ) {
        match c {
            '<' => {
                flush(&mut text);
                in_tag = true;
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    flush(&mut text);
    out
}

/// `s` with the HTML character references a heading holds written out:
/// "&amp;", "&quot;", "&#39;", "&nbsp;", "&#8217;", "&#x2019;".
fn entities_decoded(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find(';').filter(|&e| e <= 8);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "lt" => Some('<'),
                "gt" => Some('>'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A plain text part with each line in capitals that the HTML alternative
/// spells with small letters (`spelled`, see [`html_spellings`]) written
/// as the HTML spells it: mail programs and newsletter services write a
/// heading's capitals into the text part ("WHY BERTHS STAY EMPTY" for
/// "Why berths stay empty"). A line in capitals the HTML part also
/// writes in capitals, or does not hold, stays; so do the line breaks.
fn in_html_case(body: &str, spelled: &std::collections::HashMap<String, String>) -> String {
    let mut out = String::with_capacity(body.len());
    for (i, line) in body.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let t = one_line(line.trim_end_matches('\r'));
        let capitals = t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase);
        match spelled.get(&t).filter(|_| capitals) {
            Some(s) => {
                out.push_str(s);
                if line.ends_with('\r') {
                    out.push('\r');
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

/// A "format=flowed" text (RFC 3676, as Thunderbird sends plain text) as
/// its writer typed it: a line that ends in a space goes on in the next
/// line of the same quotation depth (without that space when `delsp`); a
/// space that "stuffs" a line's start goes; the signature's "-- " line
/// stays a line.
fn unflowed(text: &str, delsp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open: Option<usize> = None;
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let depth = line.bytes().take_while(|&b| b == b'>').count();
        let body = &line[depth..];
        let body = body.strip_prefix(' ').unwrap_or(body);
        match open {
            Some(d) if d == depth => {}
            Some(_) => out.push('\n'),
            None => {}
        }
        if open != Some(depth) {
            out.push_str(&line[..depth]);
            if depth > 0 {
                out.push(' ');
            }
        }
        let soft = body.ends_with(' ') && body != "-- ";
        out.push_str(if soft && delsp {
            &body[..body.len() - 1]
        } else {
            body
        });
        if soft {
            open = Some(depth);
        } else {
            out.push('\n');
            open = None;
        }
    }
    if open.is_some() {
        out.push('\n');
    }
    out
}

/// A header value folded over lines, on one.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const QP: &str = "Delivered-To: someone@example.org\r\n\
Received: by 2002:a05:7010 with SMTP id h14;\r\n        Fri, 16 Oct 2026 07:41:19 -0700 (PDT)\r\n\
MIME-Version: 1.0\r\n\
From: =?UTF-8?B?TWFobyBJc2hpa2F3YQ==?= <maho@example.org>\r\n\
Date: Fri, 16 Oct 2026 23:41:07 +0900\r\n\
Subject: =?UTF-8?Q?JT=3A_rice_prices_fall_below_=C2=A54=2C000?=\r\n\
To: Takeshi Ogura <ogura@example.org>\r\n\
Content-Type: multipart/alternative; boundary=\"b1\"\r\n\
\r\n\
--b1\r\n\
Content-Type: text/plain; charset=\"UTF-8\"\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
The average retail price of a bag of rice fell below =C2=A54,000 last week,=\r\n\
\x20the farm ministry said. Retailers=E2=80=99 shelves are full.\r\n\
--b1\r\n\
Content-Type: text/html; charset=\"UTF-8\"\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
<div dir=3D\"ltr\">The average retail price</div>\r\n\
--b1--\r\n";

    #[test]
    fn headings_in_capitals_are_spelled_as_the_html_part_spells_them() {
        let message = "From: The Paper <letters@example.com>\r\n\
Subject: Harbour | Why berths stay empty\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/alternative; boundary=\"b1\"\r\n\
\r\n\
--b1\r\n\
Content-Type: text/plain; charset=\"UTF-8\"\r\n\
\r\n\
PERCH\u{c9} I POSTI BARCA RESTANO VUOTI\r\n\
\r\n\
The board counted 310 empty berths.\r\n\
\r\n\
WHAT IS CHANGING\r\n\
\r\n\
OTHER THINGS\r\n\
\r\n\
NATO AND THE EU\r\n\
--b1\r\n\
Content-Type: text/html; charset=\"UTF-8\"\r\n\
\r\n\
<h1 style=\"x\">Perch&#233; i posti barca restano vuoti</h1><p>The board counted 310 empty berths.</p>\r\n\
<h2>What is changing</h2><p>NATO AND THE EU</p>\r\n\
--b1--\r\n";
        let Some(Saved::Text(text, _)) = read(message.as_bytes()) else {
            panic!("a message");
        };
        assert!(
            text.contains("\nPerché i posti barca restano vuoti"),
            "{text}"
        );
        assert!(text.contains("\nWhat is changing"), "{text}");
        // Counter-examples: capitals the HTML part does not hold, or holds
        // in capitals too.
        assert!(text.contains("\nOTHER THINGS"), "{text}");
        assert!(text.contains("\nNATO AND THE EU"), "{text}");
        assert_eq!(
            entities_decoded("a &amp; b &#x2019; &bogus c"),
            "a & b \u{2019} &bogus c"
        );
    }

    #[test]
    fn flowed_text_is_read_as_typed() {
        assert_eq!(
            unflowed(
                "posielam ten \r\nčlánok zo SME.\r\n\r\n-- \r\nPeter\r\n",
                false
            ),
            "posielam ten článok zo SME.\n\n-- \nPeter\n\n"
        );
        assert_eq!(unflowed("a lo\nng word\n", false), "a lo\nng word\n\n");
        assert_eq!(unflowed("a lo \nng\n", true), "a long\n\n");
        // Quoted lines flow only into lines of their own depth.
        assert_eq!(
            unflowed("> quoted \n> on\nmine\n", false),
            "> quoted on\nmine\n\n"
        );
    }

    #[test]
    fn an_apple_mail_emlx_is_its_message() {
        let message = "From: Ana <ana@example.org>\r\nTo: list@example.org\r\nDate: Tue, 09 Nov 2027 19:42:15 +0200\r\nMIME-Version: 1.0\r\nSubject: Water schedule\r\nContent-Type: text/plain; charset=koi8-u\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nThe water will be off on =F7=A6=D4=D2=C1 Tuesday.\r\n";
        let file = format!(
            "{}        \n{message}<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>flags</key><integer>8590195713</integer></dict></plist>\n",
            message.len()
        );
        let path = Path::new("12345.emlx");
        assert!(is_message(path, file.as_bytes()));
        let Some(Saved::Text(text, _)) = read(file.as_bytes()) else {
            panic!("a message");
        };
        assert!(text.contains("The water will be off on"), "{text}");
        assert!(!text.contains("plist"), "{text}");
        // A count with no mail under it, a text opening with a figure.
        assert!(emlx_message(b"2027\nwas a hard year for the city.\n").is_none());
        assert!(emlx_message(b"12\n\nSome text.\n").is_none());
    }

    #[test]
    fn an_mbox_file_is_read_message_by_message() {
        let one = "From: a@example.org\nSubject: One\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8; format=flowed\n\nFirst text \ngoes on.\n";
        let two = "From: b@example.org\nSubject: Two\nMIME-Version: 1.0\nContent-Type: text/plain\n\nSecond text.\n";
        let mbox = format!(
            "From a@example.org Wed Feb 17 21:14:09 2027\n{one}\nFrom b@example.org Thu Feb 18 08:00:00 2027\n{two}"
        );
        assert!(is_message(Path::new("saved.txt"), mbox.as_bytes()));
        let Some(Saved::Text(t, others)) = read(mbox.as_bytes()) else {
            panic!("not read as mail");
        };
        // The message with more text of its own is read; the other is
        // recorded with its lines.
        assert!(t.contains("Subject: One\n\nFirst text goes on.\n"), "{t}");
        assert!(!t.contains("Second text"), "{t}");
        assert_eq!(others.len(), 1);
        assert!(others[0].text.contains("Second text."), "{others:?}");
        assert_eq!(others[0].lines, [10, 16]);
        // A reply that quotes the article has less text of its own.
        let reply = "From: b@example.org\nSubject: Re: One\nMIME-Version: 1.0\n\
                     Content-Type: text/plain\n\n> First text goes on and on.\n> It is long.\n\nAgreed.\n";
        let mbox = format!(
            "From b@example.org Thu Feb 18 08:00:00 2027\n{reply}\nFrom a@example.org Wed Feb 17 21:14:09 2027\n{two}"
        );
        let Some(Saved::Text(t, _)) = read(mbox.as_bytes()) else {
            panic!("not read as mail");
        };
        assert!(t.contains("Second text."), "{t}");
        // A "From " line inside a message's text, under no blank line,
        // opens no message.
        let mbox = format!(
            "From a@example.org Wed Feb 17 21:14:09 2027\n{one}From b@example.org Thu Feb 18 08:00:00 2027\nmore\n"
        );
        assert_eq!(mbox_messages(mbox.as_bytes()).len(), 1);
        // Eudora's mailbox: "From ???@???" lines, CRLF line ends.
        let mbox = format!(
            "From ???@??? Mon Mar 13 08:02:11 2028\n{one}\nFrom ???@??? Mon Mar 13 19:26:40 2028\n{two}"
        )
        .replace('\n', "\r\n");
        assert!(is_message(Path::new("In.mbx"), mbox.as_bytes()));
        assert_eq!(mbox_messages(mbox.as_bytes()).len(), 2);
        // Counter-examples: a text opening with "From " in a sentence, or
        // with a From_ line over no message header.
        for text in [
            "From the start of 2027, the fee rises.\nMIME-Version: 1.0\n",
            "From a@example.org Wed Feb 17 21:14:09 2027\nDear Jana,\n",
        ] {
            assert!(!is_message(Path::new("a.txt"), text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn a_saved_message_is_read_as_its_mail_program_shows_it() {
        let t = as_text(QP.as_bytes()).unwrap();
        assert!(
            t.starts_with("From: Maho Ishikawa <maho@example.org>\nDate: "),
            "{t}"
        );
        assert!(
            t.contains("Subject: JT: rice prices fall below ¥4,000\n"),
            "{t}"
        );
        // Soft line breaks joined, escapes decoded; the HTML alternative
        // left out.
        assert!(
            t.contains("fell below ¥4,000 last week, the farm ministry said. Retailers’ shelves"),
            "{t}"
        );
        assert!(!t.contains("dir="), "{t}");
    }

    #[test]
    fn an_html_only_message_is_read_as_its_text() {
        let raw = "MIME-Version: 1.0\nFrom: a@example.org\nSubject: Hello there friends\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\nPHA+UmljZSBwcmljZXMgZmVsbC48L3A+\n";
        let t = as_text(raw.as_bytes()).unwrap();
        assert!(t.contains("Rice prices fell."), "{t}");
        assert!(!t.contains("<p>"), "{t}");
    }

    #[test]
    fn messages_are_told_by_name_or_by_their_mime_header() {
        assert!(is_message(Path::new("a/b.EML"), b"anything"));
        assert!(is_message(
            Path::new("a/b.txt"),
            b"Return-Path: <x@y.z>\nMIME-Version: 1.0\nContent-Type: text/plain\n\nHi\n"
        ));
        // Counter-examples: a mail copied as text from a program's window
        // (header lines, no MIME); an article that speaks of MIME headers
        // below its first paragraph; a text whose first line is no field.
        for text in [
            "From: Anna <a@b.c>\nSubject: Article\n\nThe minister said on Tuesday.\n",
            "Note: read this\n\nThe server sent\nMIME-Version: 1.0\nContent-Type: text/plain\n",
            "The union called a strike.\nMIME-Version: 1.0\nContent-Type: text/plain\n",
        ] {
            assert!(!is_message(Path::new("x.txt"), text.as_bytes()), "{text}");
        }
    }
}
