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
//! reading, not of the file.

use std::path::Path;

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
        .is_some_and(|e| e.eq_ignore_ascii_case("eml"));
    // A Zim wiki page opens with a header of its own, which is no mail's.
    let zim = raw.starts_with(b"Content-Type: text/x-zim-wiki");
    eml || !zim && starts_with_mime_header(raw)
        || mbox_from_line(raw).is_some_and(|n| starts_with_mime_header(&raw[n..]))
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
    raw[..end]
        .split(|&b| b == b' ')
        .any(year)
        .then_some(end + 1)
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
/// An mbox file of several messages gives each, in its order, a blank
/// line between.
pub(crate) fn as_text(raw: &[u8]) -> Option<String> {
    if mbox_from_line(raw).is_none() {
        let message = mail_parser::MessageParser::default().parse(raw)?;
        return message_text(&message);
    }
    let texts: Vec<String> = mail_parser::mailbox::mbox::MessageIterator::new(raw)
        .filter_map(|m| {
            let m = m.ok()?;
            message_text(&mail_parser::MessageParser::default().parse(m.contents())?)
        })
        .collect();
    (!texts.is_empty()).then(|| texts.join("\n"))
}

/// A saved message read: a web page saved as one file ([`page_of`]), or
/// a mail's text as a mail program shows it ([`as_text`]).
pub(crate) enum Saved {
    Page(String),
    Text(String),
}

/// `raw` read as a saved page or a mail, parsed once; `None` when it does
/// not parse or has no text.
pub(crate) fn read(raw: &[u8]) -> Option<Saved> {
    if mbox_from_line(raw).is_some() {
        return as_text(raw).map(Saved::Text);
    }
    let message = mail_parser::MessageParser::default().parse(raw)?;
    match page_of(&message) {
        Some(page) => Some(Saved::Page(page)),
        None => message_text(&message).map(Saved::Text),
    }
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
            out.push('\n');
            out.push_str(body.trim_end());
            out.push('\n');
            bodies += 1;
        }
    }
    (bodies > 0).then_some(out)
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
    fn an_mbox_file_is_read_message_by_message() {
        let one = "From: a@example.org\nSubject: One\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8; format=flowed\n\nFirst text \ngoes on.\n";
        let two = "From: b@example.org\nSubject: Two\nMIME-Version: 1.0\nContent-Type: text/plain\n\nSecond text.\n";
        let mbox = format!(
            "From a@example.org Wed Feb 17 21:14:09 2027\n{one}\nFrom b@example.org Thu Feb 18 08:00:00 2027\n{two}"
        );
        assert!(is_message(Path::new("saved.txt"), mbox.as_bytes()));
        let t = as_text(mbox.as_bytes()).unwrap();
        assert!(t.contains("Subject: One\n\nFirst text goes on.\n"), "{t}");
        assert!(t.contains("Subject: Two\n\nSecond text."), "{t}");
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
