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
    eml || starts_with_mime_header(raw)
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
pub(crate) fn as_text(raw: &[u8]) -> Option<String> {
    let message = mail_parser::MessageParser::default().parse(raw)?;
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
            out.push('\n');
            out.push_str(body.trim_end());
            out.push('\n');
            bodies += 1;
        }
    }
    (bodies > 0).then_some(out)
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
