//! An article typed into a LaTeX document (`.tex`: a student's
//! assignment, a reading pack, a report quoting a piece), read as Markdown
//! line for line: the preamble and what follows `\end{document}`, the
//! commands that set no text (`\maketitle`, `\noindent`,
//! `\begin{…}`/`\end{…}`), footnotes and a bibliography are recorded as
//! removed; sectioning commands become headings; the text commands keep
//! their text (`\emph{…}`, `\textit{…}`, `\url{…}`); TeX's input forms
//! become the characters they typeset (` ``…'' ` as “…”, `--` as –, `\%`
//! as %, `~` as a space).

use super::Removed;
use super::rules::Reason;
use super::wiki::Read;

/// Whether `text` is a LaTeX document: named `.tex`, or holding a
/// `\documentclass` and a `\begin{document}`.
pub(crate) fn is_latex(named: &str, text: &str) -> bool {
    let tex = named.to_ascii_lowercase().ends_with(".tex");
    let body = memchr::memmem::find(text.as_bytes(), b"\\begin{document}").is_some();
    body && (tex || memchr::memmem::find(text.as_bytes(), b"\\documentclass").is_some())
}

/// Environments whose lines are no text of an article.
const SKIPPED: [&str; 8] = [
    "thebibliography",
    "figure",
    "table",
    "tabular",
    "equation",
    "align",
    "verbatim",
    "lstlisting",
];

/// `text` read as Markdown, line for line, with the lines that held no
/// text recorded as removed.
pub(crate) fn to_markdown(text: &str) -> Read {
    let mut markdown = String::with_capacity(text.len());
    let mut removed = Vec::new();
    let mut in_body = false;
    let mut skipping: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        let line = without_comment(raw.trim_end_matches('\r'));
        let t = line.trim();
        let gone = |removed: &mut Vec<Removed>, reason| {
            if !t.is_empty() {
                removed.push(Removed {
                    text: t.to_string(),
                    reason,
                    lines: [no, no],
                });
            }
        };
        if !in_body {
            in_body = t.starts_with("\\begin{document}");
            gone(&mut removed, Reason::Markup);
        } else if t.starts_with("\\end{document}") {
            in_body = false;
            gone(&mut removed, Reason::Markup);
        } else if let Some(env) = &skipping {
            if t.starts_with(&format!("\\end{{{env}}}")) {
                skipping = None;
            }
            gone(&mut removed, Reason::Markup);
        } else if let Some(env) =
            environment(t, "\\begin{").filter(|e| SKIPPED.contains(&e.as_str()))
        {
            skipping = Some(env);
            gone(&mut removed, Reason::Markup);
        } else if let Some(heading) = heading(t) {
            markdown.push_str(&heading);
        } else {
            let (kept, notes) = inline(t);
            for n in notes {
                removed.push(Removed {
                    text: n,
                    reason: Reason::Markup,
                    lines: [no, no],
                });
            }
            if kept.trim().is_empty() {
                gone(&mut removed, Reason::Markup);
            } else {
                markdown.push_str(kept.trim());
            }
        }
        markdown.push('\n');
    }
    Read { markdown, removed }
}

/// `line` without its comment (from an unescaped `%`).
fn without_comment(line: &str) -> &str {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'%' => return &line[..i],
            _ => i += 1,
        }
    }
    line
}

/// The environment `t` opens or closes with `mark` ("\\begin{"), if it
/// opens with it.
fn environment(t: &str, mark: &str) -> Option<String> {
    let rest = t.strip_prefix(mark)?;
    let end = rest.find('}')?;
    Some(rest[..end].trim_end_matches('*').to_string())
}

/// A sectioning command alone on its line as a Markdown heading.
fn heading(t: &str) -> Option<String> {
    for (cmd, level) in [
        ("\\section", 1),
        ("\\subsection", 2),
        ("\\subsubsection", 3),
        ("\\paragraph", 3),
    ] {
        let Some(rest) = t.strip_prefix(cmd) else {
            continue;
        };
        let rest = rest.strip_prefix('*').unwrap_or(rest);
        let Some((arg, after)) = braced(rest) else {
            continue;
        };
        let (text, _) = inline(arg);
        let (tail, _) = inline(after);
        let line = format!("{} {}", "#".repeat(level), text.trim());
        return Some(if tail.trim().is_empty() {
            line
        } else {
            format!("{line}\n\n{}", tail.trim())
        });
    }
    None
}

/// The argument in braces `rest` opens with, and what follows it.
fn braced(rest: &str) -> Option<(&str, &str)> {
    let rest = rest.strip_prefix('{')?;
    let mut depth = 1;
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&rest[..i], &rest[i + 1..]));
                }
            }
            _ => {}
        }
    }
    None
}

/// Commands whose argument is dropped with them (footnotes go to the
/// removed list).
const DROPPED: [&str; 6] = [
    "footnote",
    "label",
    "cite",
    "selectlanguage",
    "vspace",
    "hspace",
];

/// Reads the command after a backslash (`after`) into `out` (its text, a
/// symbol, a character it escapes) or `notes` (a footnote); returns what
/// follows it.
fn command<'a>(after: &'a str, out: &mut String, notes: &mut Vec<String>) -> &'a str {
    if let Some(rest) = accented(after, out) {
        return rest;
    }
    let name_len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
    if name_len == 0 {
        // "\\" (a line break, with its "[4pt]"), "\%", "\&", "\ ".
        let Some(next) = after.chars().next() else {
            return "";
        };
        let rest = &after[next.len_utf8()..];
        if next == '\\' {
            out.push(' ');
            if rest.starts_with('[') {
                return rest.find(']').map_or(rest, |e| &rest[e + 1..]);
            }
            return rest;
        }
        out.push(next);
        return rest;
    }
    let name = &after[..name_len];
    let rest = after[name_len..]
        .strip_prefix('*')
        .unwrap_or(&after[name_len..]);
    let symbol = match name {
        "textbar" => Some("|"),
        "ldots" | "dots" | "textellipsis" => Some("…"),
        "textendash" => Some("–"),
        "textemdash" => Some("—"),
        "euro" | "texteuro" => Some("€"),
        "LaTeX" => Some("LaTeX"),
        "TeX" => Some("TeX"),
        _ => None,
    };
    if let Some(s) = symbol {
        out.push_str(s);
        return rest.strip_prefix("{}").unwrap_or(rest);
    }
    if name == "href"
        && let Some((_, after_url)) = braced(rest)
        && let Some((label, after)) = braced(after_url)
    {
        out.push_str(&inline(label).0);
        return after;
    }
    match braced(rest) {
        Some((arg, after)) if DROPPED.contains(&name) => {
            if name == "footnote" {
                notes.push(inline(arg).0.trim().to_string());
            }
            after
        }
        Some((arg, after)) if !name.starts_with("begin") && !name.starts_with("end") => {
            out.push_str(&inline(arg).0);
            after
        }
        Some((_, after)) => after,
        // A command without an argument sets no text here.
        None => rest.strip_prefix("{}").unwrap_or(rest),
    }
}

/// The letters LaTeX's accent commands put over (or under) a letter: the
/// accent, then pairs of a letter and the letter it makes.
const ACCENTS: [(&str, &str); 13] = [
    ("\"", "aäeëiïoöuüyÿAÄEËIÏOÖUÜYŸ"),
    ("'", "aáeéiíoóuúyýAÁEÉIÍOÓUÚYÝcćCĆnńNŃsśSŚzźZŹlĺLĹrŕRŔ"),
    ("`", "aàeèiìoòuùAÀEÈIÌOÒUÙ"),
    ("^", "aâeêiîoôuûAÂEÊIÎOÔUÛcĉCĈgĝGĜhĥHĤjĵJĴsŝSŜwŵyŷ"),
    ("~", "aãoõnñAÃOÕNÑiĩuũ"),
    ("=", "aāeēiīoōuūAĀEĒIĪOŌUŪ"),
    (".", "zżZŻeėEĖIİgġGĠcċCĊ"),
    ("c", "cçCÇsşSŞtţTŢgģGĢkķKĶlļLĻnņNŅrŗRŖ"),
    ("v", "cčCČsšSŠzžZŽeěEĚrřRŘnňNŇdďDĎtťTŤaǎgǧ"),
    ("u", "aăAĂgğGĞuŭUŬ"),
    ("H", "oőOŐuűUŰ"),
    ("k", "aąAĄeęEĘiįIĮuųUŲ"),
    ("r", "uůUŮaåAÅ"),
];

/// The combining mark of each accent, for a letter [`ACCENTS`] has no
/// single character for.
const MARKS: [(&str, char); 15] = [
    ("\"", '\u{308}'),
    ("'", '\u{301}'),
    ("`", '\u{300}'),
    ("^", '\u{302}'),
    ("~", '\u{303}'),
    ("=", '\u{304}'),
    (".", '\u{307}'),
    ("c", '\u{327}'),
    ("v", '\u{30C}'),
    ("u", '\u{306}'),
    ("H", '\u{30B}'),
    ("k", '\u{328}'),
    ("r", '\u{30A}'),
    ("d", '\u{323}'),
    ("b", '\u{331}'),
];

/// Letters LaTeX writes as commands ("Stra\ss e", "\o", "\L").
const LETTERS: [(&str, &str); 21] = [
    ("ss", "ß"),
    ("o", "ø"),
    ("O", "Ø"),
    ("aa", "å"),
    ("AA", "Å"),
    ("ae", "æ"),
    ("AE", "Æ"),
    ("oe", "œ"),
    ("OE", "Œ"),
    ("l", "ł"),
    ("L", "Ł"),
    ("i", "ı"),
    ("j", "ȷ"),
    ("dh", "ð"),
    ("DH", "Ð"),
    ("th", "þ"),
    ("TH", "Þ"),
    ("ng", "ŋ"),
    ("NG", "Ŋ"),
    ("dj", "đ"),
    ("DJ", "Đ"),
];

/// Reads an accented letter or a letter written as a command after a
/// backslash (`after`: "\"o", "'{e}", "c{c}", "v s", "'{\i}", "ss") into
/// `out`; returns what follows it, or `None` when `after` opens no such
/// command.
fn accented<'a>(after: &'a str, out: &mut String) -> Option<&'a str> {
    let name_len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
    let name = if name_len == 0 {
        after.get(..1)?
    } else {
        &after[..name_len]
    };
    let rest = &after[name.len()..];
    if let Some(&(_, letter)) = LETTERS.iter().find(|(n, _)| *n == name) {
        out.push_str(letter);
        let rest = rest.strip_prefix("{}").unwrap_or(rest);
        return Some(rest.strip_prefix(' ').unwrap_or(rest));
    }
    let mark = MARKS.iter().find(|(n, _)| *n == name)?.1;
    // The letter: in braces, after a space (a named accent), or next.
    let (arg, rest) = match braced(rest) {
        Some((arg, rest)) => (arg, rest),
        None if name_len > 0 => {
            let r = rest.strip_prefix(' ')?;
            let c = r.chars().next().filter(char::is_ascii_alphabetic)?;
            r.split_at(c.len_utf8())
        }
        None => {
            let len = match rest.strip_prefix('\\') {
                Some(r) if r.starts_with(['i', 'j']) => 2,
                _ => rest
                    .chars()
                    .next()
                    .filter(char::is_ascii_alphabetic)?
                    .len_utf8(),
            };
            rest.split_at(len)
        }
    };
    let base = match arg.trim() {
        "\\i" => 'i',
        "\\j" => 'j',
        a => {
            let mut chars = a.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => return None,
            }
        }
    };
    let pairs = ACCENTS.iter().find(|(n, _)| *n == name).map_or("", |p| p.1);
    let pairs: Vec<char> = pairs.chars().collect();
    match pairs.chunks(2).find(|p| p[0] == base) {
        Some(p) => out.push(p[1]),
        None => {
            out.push(base);
            out.push(mark);
        }
    }
    Some(rest)
}

/// A line's text with its commands read: the text commands' arguments
/// kept, the others dropped, TeX's input forms as characters. Also the
/// footnotes taken out.
pub(super) fn inline(t: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(t.len());
    let mut notes = Vec::new();
    let mut rest = t;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            rest = command(&rest[1..], &mut out, &mut notes);
            continue;
        }
        let (s, len) = match (c, rest.get(1..2), rest.get(2..3)) {
            ('`', Some("`"), _) => ("“", 2),
            ('\'', Some("'"), _) => ("”", 2),
            ('`', _, _) => ("‘", 1),
            ('-', Some("-"), Some("-")) => ("—", 3),
            ('-', Some("-"), _) => ("–", 2),
            ('~', _, _) => (" ", 1),
            ('{' | '}', _, _) => ("", 1),
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
        };
        out.push_str(s);
        rest = &rest[len..];
    }
    (out, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\\documentclass{article}\n\\title{Assignment 2}\n\\begin{document}\n\\maketitle\n\n\
        \\section{The article}\n\n\\noindent News \\textbar{} Local\\\\[4pt]\n\n\
        \\subsection*{A new bus line reaches the campus}\n\n\
        \\noindent\\textit{Ramona Borg -- 19 October 2027}\\footnote{\\url{https://example.com/a}, seen 20 October.}\n\n\
        The line will run every ten minutes % the editor's comment\nfrom 1~November, said 40\\% of riders.\n\n\
        ``We want a real choice,'' said the \\emph{chief executive}.\n\n\
        \\begin{thebibliography}{9}\n\\bibitem{nb} Borg, R. (2027).\n\\end{thebibliography}\n\\end{document}\nafter\n";

    #[test]
    fn a_latex_document_is_read_as_markdown_line_for_line() {
        assert!(is_latex("a.tex", DOC));
        let read = to_markdown(DOC);
        let lines: Vec<&str> = read.markdown.lines().collect();
        assert_eq!(lines.len(), DOC.lines().count());
        assert_eq!(lines[5], "# The article");
        assert_eq!(lines[7], "News | Local");
        assert_eq!(lines[9], "## A new bus line reaches the campus");
        assert_eq!(lines[11], "Ramona Borg – 19 October 2027");
        assert_eq!(lines[13], "The line will run every ten minutes");
        assert_eq!(lines[14], "from 1 November, said 40% of riders.");
        assert_eq!(
            lines[16],
            "“We want a real choice,” said the chief executive."
        );
        for gone in [
            "\\documentclass{article}",
            "\\maketitle",
            "\\bibitem{nb} Borg, R. (2027).",
            "after",
        ] {
            assert!(
                read.removed.iter().any(|r| r.text == gone),
                "{gone}: {:?}",
                read.removed
            );
        }
        assert!(
            read.removed
                .iter()
                .any(|r| r.text.starts_with("https://example.com/a"))
        );
    }

    #[test]
    fn texts_that_only_mention_latex_are_none() {
        // A text about LaTeX, a .tex file without a document body.
        assert!(!is_latex(
            "a.txt",
            "Use \\begin{document} after the preamble."
        ));
        assert!(!is_latex("macros.tex", "\\newcommand{\\x}{y}\n"));
        // Escapes and a lone quote stay as text.
        assert_eq!(inline("it's 5\\$ \\& more").0, "it's 5$ & more");
        // Accents and letters written as commands, as BibTeX keeps them;
        // an accent on a letter without one character takes a combining
        // mark; a lone accent sign stays.
        assert_eq!(
            inline(
                "{\\\"o}l, Fran\\c{c}ois, \\'{\\i}, \\v s, Stra\\ss e, \\L\\'od\\'z, \\'{x}, 5\\^{}"
            )
            .0,
            "öl, François, í, š, Straße, Łódź, x\u{301}, 5^"
        );
    }
}
