//! A Rich Text Format file (`.rtf`): an article saved from TextEdit,
//! WordPad or Word, or pasted into one of them from a browser. RTF is
//! seven-bit text: groups in braces, control words ("\par", "\b0",
//! "\u3508"), hex escapes of the code page's bytes ("\'93"), and the
//! text between them.
//!
//! The file is read as the plain text it shows: one line for each of its
//! paragraphs ("\par", or a backslash at a line's end as macOS writes
//! it), its characters decoded from Unicode escapes (their fallback
//! characters skipped, as "\ucN" says) and from its code page's bytes.
//! The groups that hold no text of the document (font, colour and style
//! tables, information, pictures, a field's instruction, any group marked
//! "\*") are skipped; a hyperlink keeps its shown text. Line numbers are
//! the lines of that reading, not of the file.

use std::path::Path;

/// Groups nested deeper than this are read as text of their parent (a
/// guard against a file of only opening braces).
const MAX_DEPTH: usize = 512;

/// Destinations whose text is not the document's.
const SKIPPED: [&str; 22] = [
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "fldinst",
    "object",
    "themedata",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "latentstyles",
    "datastore",
    "filetbl",
];

/// Whether `raw` is an RTF file: named `.rtf`, or opening with "{\rtf".
pub(crate) fn is_rtf(path: &Path, raw: &[u8]) -> bool {
    let start = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
    start.starts_with(b"{\\rtf")
        || (path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("rtf"))
            && start.trim_ascii_start().starts_with(b"{\\rtf"))
}

/// The state of one group.
#[derive(Clone, Copy)]
struct Group {
    /// Its text is skipped.
    skip: bool,
    /// How many fallback characters follow a Unicode escape ("\ucN").
    uc: usize,
}

/// The reader: the text so far, the bytes of the code page waiting to be
/// decoded, and the fallback characters still to skip.
struct Reader {
    out: String,
    bytes: Vec<u8>,
    encoding: &'static encoding_rs::Encoding,
    fallback: usize,
}

impl Reader {
    /// Decodes the code page's bytes gathered so far.
    fn flush(&mut self) {
        if !self.bytes.is_empty() {
            let (t, _) = self.encoding.decode_without_bom_handling(&self.bytes);
            self.out.push_str(&t);
            self.bytes.clear();
        }
    }

    /// A character of the text, unless a fallback character to skip.
    fn push(&mut self, c: char, skip: bool) {
        if self.fallback > 0 {
            self.fallback -= 1;
            return;
        }
        if !skip {
            self.flush();
            self.out.push(c);
        }
    }

    /// A byte of the code page, unless a fallback character to skip.
    fn push_byte(&mut self, b: u8, skip: bool) {
        if self.fallback > 0 {
            self.fallback -= 1;
            return;
        }
        if !skip {
            self.bytes.push(b);
        }
    }
}

/// The text of an RTF file, one line for each paragraph.
pub(crate) fn to_text(raw: &[u8]) -> String {
    let mut r = Reader {
        out: String::with_capacity(raw.len() / 2),
        bytes: Vec::new(),
        encoding: encoding_rs::WINDOWS_1252,
        fallback: 0,
    };
    let mut stack: Vec<Group> = Vec::new();
    let mut g = Group { skip: false, uc: 1 };
    // Whether the group just opened may name a destination ("{\*\…" or
    // "{\fonttbl…").
    let mut fresh = false;
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        match b {
            b'{' => {
                if stack.len() < MAX_DEPTH {
                    stack.push(g);
                }
                fresh = true;
                i += 1;
                continue;
            }
            b'}' => {
                if let Some(up) = stack.pop() {
                    g = up;
                }
                r.fallback = 0;
                i += 1;
            }
            b'\\' => {
                let (next, word) = control(raw, i);
                i = next;
                match word {
                    Control::Word(name, arg) => {
                        if fresh && SKIPPED.contains(&name) {
                            g.skip = true;
                        }
                        word_effect(name, arg, &mut g, &mut r);
                    }
                    Control::Star => {
                        if fresh {
                            g.skip = true;
                        }
                    }
                    Control::Hex(byte) => r.push_byte(byte, g.skip),
                    Control::Char(c) => r.push(c, g.skip),
                    Control::Bin(n) => i = i.saturating_add(n).min(raw.len()),
                    Control::None => {}
                }
                fresh = fresh && matches!(word, Control::Star);
                continue;
            }
            b'\r' | b'\n' => i += 1,
            _ => {
                r.push(char::from(b), g.skip);
                i += 1;
            }
        }
        fresh = false;
    }
    r.flush();
    r.out
}

/// One control word or symbol.
#[derive(Clone, Copy)]
enum Control<'a> {
    /// "\name" with its numeric argument.
    Word(&'a str, Option<i64>),
    /// "\*": the group is a destination to skip if unknown.
    Star,
    /// "\'hh": a byte of the code page.
    Hex(u8),
    /// A character: "\\", "\{", "\}", "\~" (no-break space), "\_"
    /// (no-break hyphen), a line end after a backslash (a paragraph's
    /// end, as macOS writes it).
    Char(char),
    /// "\binN": N bytes of binary data follow.
    Bin(usize),
    /// A symbol with no text ("\-", an optional hyphen).
    None,
}

/// The control at `raw[at]` (a backslash) and where the text after it
/// starts.
fn control(raw: &[u8], at: usize) -> (usize, Control<'_>) {
    let Some(&c) = raw.get(at + 1) else {
        return (raw.len(), Control::None);
    };
    match c {
        b'a'..=b'z' | b'A'..=b'Z' => {
            let start = at + 1;
            let mut k = start;
            while k < raw.len() && raw[k].is_ascii_alphabetic() && k - start < 32 {
                k += 1;
            }
            let name = std::str::from_utf8(&raw[start..k]).unwrap_or("");
            let num_start = k;
            if k < raw.len() && raw[k] == b'-' {
                k += 1;
            }
            while k < raw.len() && raw[k].is_ascii_digit() && k - num_start < 10 {
                k += 1;
            }
            let arg = std::str::from_utf8(&raw[num_start..k])
                .ok()
                .and_then(|n| n.parse().ok());
            // One space after a control word is its delimiter.
            if k < raw.len() && raw[k] == b' ' {
                k += 1;
            }
            if name == "bin" {
                let n = arg.and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
                return (k, Control::Bin(n));
            }
            (k, Control::Word(name, arg))
        }
        b'\'' => {
            let hex = raw
                .get(at + 2..at + 4)
                .and_then(|h| std::str::from_utf8(h).ok());
            match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                Some(byte) => (at + 4, Control::Hex(byte)),
                None => (at + 2, Control::None),
            }
        }
        b'*' => (at + 2, Control::Star),
        b'~' => (at + 2, Control::Char('\u{a0}')),
        b'_' => (at + 2, Control::Char('\u{2011}')),
        b'\n' | b'\r' => {
            let mut k = at + 2;
            if c == b'\r' && raw.get(k) == Some(&b'\n') {
                k += 1;
            }
            (k, Control::Char('\n'))
        }
        b'\\' | b'{' | b'}' => (at + 2, Control::Char(char::from(c))),
        _ => (at + 2, Control::None),
    }
}

/// What a control word does to the text or the group.
fn word_effect(name: &str, arg: Option<i64>, g: &mut Group, r: &mut Reader) {
    let skip = g.skip;
    let ch = |c: char, r: &mut Reader| r.push(c, skip);
    match name {
        "par" | "line" | "sect" | "page" | "row" => ch('\n', r),
        "tab" | "cell" => ch('\t', r),
        "emdash" => ch('—', r),
        "endash" => ch('–', r),
        "lquote" => ch('‘', r),
        "rquote" => ch('’', r),
        "ldblquote" => ch('“', r),
        "rdblquote" => ch('”', r),
        "bullet" => ch('•', r),
        "emspace" | "enspace" | "qmspace" => ch(' ', r),
        "uc" => {
            g.uc = arg
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(1)
                .min(8)
        }
        "u" => {
            if let Some(n) = arg {
                // Negative values stand for code points above 32767.
                let n = if n < 0 { n + 65_536 } else { n };
                let c = u32::try_from(n).ok().and_then(char::from_u32);
                if let Some(c) = c {
                    r.fallback = 0;
                    ch(c, r);
                }
                r.fallback = g.uc;
            }
        }
        "ansicpg" => {
            if let Some(e) = arg.and_then(code_page) {
                r.flush();
                r.encoding = e;
            }
        }
        "mac" => {
            r.flush();
            r.encoding = encoding_rs::MACINTOSH;
        }
        _ => {}
    }
}

/// The encoding of a Windows code page number.
fn code_page(n: i64) -> Option<&'static encoding_rs::Encoding> {
    Some(match n {
        1250 => encoding_rs::WINDOWS_1250,
        1251 => encoding_rs::WINDOWS_1251,
        1252 => encoding_rs::WINDOWS_1252,
        1253 => encoding_rs::WINDOWS_1253,
        1254 => encoding_rs::WINDOWS_1254,
        1255 => encoding_rs::WINDOWS_1255,
        1256 => encoding_rs::WINDOWS_1256,
        1257 => encoding_rs::WINDOWS_1257,
        1258 => encoding_rs::WINDOWS_1258,
        874 => encoding_rs::WINDOWS_874,
        932 => encoding_rs::SHIFT_JIS,
        936 => encoding_rs::GBK,
        949 => encoding_rs::EUC_KR,
        950 => encoding_rs::BIG5,
        65001 => encoding_rs::UTF_8,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtf_is_told_by_its_opening() {
        assert!(is_rtf(Path::new("a.rtf"), b"{\\rtf1\\ansi hello}"));
        assert!(is_rtf(Path::new("a.txt"), b"{\\rtf1\\ansi hello}"));
        assert!(!is_rtf(Path::new("a.txt"), b"A text about {\\rtf1} files."));
        assert!(!is_rtf(Path::new("a.rtf"), b"Plain text saved as .rtf"));
    }

    #[test]
    fn rtf_text_is_read_as_its_paragraphs() {
        // TextEdit's: tables skipped, Unicode escapes without fallback,
        // paragraphs ended by a backslash at the line's end, a hex quote.
        let cocoa = b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n{\\fonttbl\\f0\\fnil\\fcharset0 Helvetica;}\n{\\colortbl;\\red255\\green255\\blue255;}\n{\\*\\expandedcolortbl;;}\n\\pard\\sa240\n\n\\f0\\b\\fs56 \\cf2 \\uc0\\u3520 \\u3538 \\b0 \\\n\\pard\n\\f0\\fs32 Text with \\'93quotes\\'94 and a {\\field{\\*\\fldinst{HYPERLINK \"https://example.org/\"}}{\\fldrslt link}}.\\\n}";
        let t = to_text(cocoa);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(
            lines,
            [
                "\u{0dc0}\u{0dd2}",
                "Text with \u{201c}quotes\u{201d} and a link."
            ]
        );
        // Word's: a fallback character after each Unicode escape is
        // skipped; \par ends a paragraph; Windows-1251 bytes.
        let word = b"{\\rtf1\\ansi\\ansicpg1251\\uc1{\\info{\\title T}}\\pard \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0 \\u1052?\\u1080?\\u1088?\\par Second\\~line\\par}";
        let t = to_text(word);
        assert_eq!(
            t.lines().collect::<Vec<_>>(),
            ["Москва Мир", "Second\u{a0}line"]
        );
        // Counter-examples never panic: unbalanced braces, a cut escape,
        // a huge binary run, deep nesting.
        for bad in [
            &b"{\\rtf1 }}}} text {{{"[..],
            b"{\\rtf1 \\'9",
            b"{\\rtf1 \\bin99999999 x}",
            b"{\\rtf1\\u",
        ] {
            let _ = to_text(bad);
        }
        let deep = [b"{\\rtf1 ".to_vec(), vec![b'{'; 100_000], b"x".to_vec()].concat();
        assert!(to_text(&deep).contains('x'));
    }
}
