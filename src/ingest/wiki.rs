//! Wiki and documentation markups an article is pasted into or converted
//! to: MediaWiki's wikitext ("== Heading ==", "[https://… text]",
//! "'''bold'''", "{{Template}}"), DokuWiki's ("====== Heading ======",
//! "[[https://…|text]]", "//italic//", "{{image}}"), Textile ("h2. Heading",
//! "\"text\":https://…", "!image!") and reStructuredText (headings
//! underlined "=====", "`text <https://…>`__", ".. image::").
//!
//! A file in one of them is read as Markdown written line for line, as an
//! Org file is: a heading becomes a Markdown heading of its level, a link
//! a Markdown link, an image a Markdown image, emphasis Markdown's. Lines
//! that carry no text of the article (templates, directives and their
//! options, adornments under a heading, categories, tags) are left blank
//! and recorded as removed. Line numbers are the file's.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::Removed;
use super::rules::Reason;

/// How many bytes of a text are looked at for a markup's signs.
const HEAD_BYTES: usize = 8192;

/// How many lines are looked at for them.
const LOOKED_AT: usize = 80;

/// Signs of a markup among the first lines that make a text that markup.
const SIGNS: usize = 3;

/// The markups read here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Markup {
    MediaWiki,
    DokuWiki,
    Textile,
    Rst,
}

/// A heading of MediaWiki or DokuWiki: as many "=" on each side.
static EQ_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(={1,6})\s*(.*?)\s*(={1,6})\s*$").expect("regex"));

/// MediaWiki's external link: "[https://… text]" or "[https://…]".
static MW_EXTERNAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[((?:https?:)?//[^\s\]]+)(?:\s+([^\]]*))?\]").expect("regex"));

/// A double-bracket link: MediaWiki's "[[Page|text]]", "[[File:…|…]]",
/// DokuWiki's "[[https://…|text]]".
static DOUBLE_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]").expect("regex"));

/// DokuWiki's image or media: "{{https://….jpg}}", "{{ :a.png?200|caption }}".
static DOKU_MEDIA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}").expect("regex"));

/// Textile's link: "\"text\":https://…" (ending before a space or a
/// closing punctuation mark).
static TEXTILE_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""([^"]+)":((?:https?://|/)[^\s"<>]*[^\s"<>.,;:!?)])"#).expect("regex")
});

/// Textile's image: "!https://….jpg(alt)!".
static TEXTILE_IMAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"!([^\s!()]+\.(?:jpe?g|png|gif|webp|svg))(?:\(([^)]*)\))?!(?::\S+)?")
        .expect("regex")
});

/// Textile's block signature: "h2. ", "p. ", "p(. ", "bq. ".
static TEXTILE_BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(h[1-6]|p|bq|fn\d+)(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=()])*\.\s")
        .expect("regex")
});

/// reStructuredText's hyperlink: "`text <https://…>`_" or "`text <…>`__".
static RST_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"`([^`<]*?)\s*<([^`>]+)>`__?").expect("regex"));

/// A reStructuredText directive or comment: ".. image:: …", ".. note".
static RST_DIRECTIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\.\.(?:\s+([\w:-]+)::\s*(.*))?").expect("regex"));

/// Which markup `text` is written in: by its name (".wiki", ".mediawiki",
/// ".textile", ".rst") or by its signs among its first lines (three at
/// least, of one markup: Markdown's setext headings and emphasis are no
/// sign).
pub(crate) fn markup_of(name: &str, text: &str) -> Option<Markup> {
    let lower = name.to_ascii_lowercase();
    for (ext, m) in [
        (".wiki", Markup::MediaWiki),
        (".mediawiki", Markup::MediaWiki),
        (".textile", Markup::Textile),
        (".rst", Markup::Rst),
    ] {
        if lower.ends_with(ext) {
            return Some(
                if m == Markup::MediaWiki && doku_signs(head(text)) > mw_signs(head(text)) {
                    Markup::DokuWiki
                } else {
                    m
                },
            );
        }
    }
    let head = head(text);
    // Zim's pages open with their header: Zim writes DokuWiki's markup.
    if zim_header(head) > 0 {
        return Some(Markup::DokuWiki);
    }
    // Most texts show no markup in their first lines, and are not looked
    // at further: one of the first five lines that are not blank must open
    // with a markup's mark (a heading, a template, a link, a block's
    // signature, a directive).
    const OPENINGS: [&str; 9] = [
        "=", "{{", "[[", "h1. ", "h2. ", "h3. ", ".. ", "p. ", "bq. ",
    ];
    let opens = head
        .lines()
        .map(str::trim_start)
        .filter(|l| !l.is_empty())
        .take(5)
        .any(|l| OPENINGS.iter().any(|o| l.starts_with(o)));
    if !opens {
        return None;
    }
    let counts = [
        (Markup::DokuWiki, doku_signs(head)),
        (Markup::MediaWiki, mw_signs(head)),
        (Markup::Textile, textile_signs(head)),
        (Markup::Rst, rst_signs(head)),
    ];
    counts
        .into_iter()
        .filter(|&(_, n)| n >= SIGNS)
        .max_by_key(|&(_, n)| n)
        .map(|(m, _)| m)
}

/// How many lines of `text` are a Zim Desktop Wiki page's header
/// ("Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6",
/// "Creation-Date: …"): its fields up to the first line that is none, or
/// none when the text does not open with Zim's content type.
fn zim_header(text: &str) -> usize {
    if !text.starts_with("Content-Type: text/x-zim-wiki") {
        return 0;
    }
    text.lines()
        .take_while(|l| {
            let l = l.trim_end_matches('\r');
            l.split_once(": ").is_some_and(|(k, _)| {
                !k.is_empty() && k.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
            })
        })
        .count()
}

/// The first [`HEAD_BYTES`] of `text`, cut at a character.
fn head(text: &str) -> &str {
    let mut end = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// DokuWiki's signs: a heading of five or six "=", a link in double
/// brackets to an address, a media or tag line in braces, "//italic//".
fn doku_signs(head: &str) -> usize {
    head.lines()
        .take(LOOKED_AT)
        .map(|l| {
            let t = l.trim();
            let heading = EQ_HEADING
                .captures(t)
                .is_some_and(|c| c[1].len() == c[3].len() && c[1].len() >= 5);
            usize::from(heading)
                + t.matches("[[http").count()
                + t.matches("{{http").count()
                + t.matches("{{tag>").count()
        })
        .sum()
}

/// MediaWiki's signs: a heading of one to four "=", a link in single
/// brackets to an address, "'''bold'''", a template or a category.
fn mw_signs(head: &str) -> usize {
    head.lines()
        .take(LOOKED_AT)
        .map(|l| {
            let t = l.trim();
            let heading = EQ_HEADING
                .captures(t)
                .is_some_and(|c| c[1].len() == c[3].len() && c[1].len() <= 4 && !c[2].is_empty());
            usize::from(heading)
                + MW_EXTERNAL.find_iter(t).count().min(2)
                + usize::from(t.contains("'''"))
                + usize::from(t.starts_with("{{") && !t.starts_with("{{http"))
                + usize::from(t.starts_with("[[") && namespace_link(t))
        })
        .sum()
}

/// Textile's signs: a block signature ("h2. ", "p. ", "bq. ") and its
/// links.
fn textile_signs(head: &str) -> usize {
    head.lines()
        .take(LOOKED_AT)
        .map(|l| usize::from(TEXTILE_BLOCK.is_match(l)) + TEXTILE_LINK.find_iter(l).count().min(2))
        .sum()
}

/// reStructuredText's signs: a directive or comment, a hyperlink, a field
/// of a field list, and an adornment of "~" or "^" (Markdown draws none).
fn rst_signs(head: &str) -> usize {
    head.lines()
        .take(LOOKED_AT)
        .map(|l| {
            let directive = l.starts_with(".. ") && RST_DIRECTIVE.is_match(l);
            let field = l.starts_with(':') && l[1..].find(": ").is_some_and(|i| i < 30);
            let tilde =
                l.len() >= 4 && (l.bytes().all(|b| b == b'~') || l.bytes().all(|b| b == b'^'));
            usize::from(directive)
                + RST_LINK.find_iter(l).count().min(2)
                + usize::from(field)
                + usize::from(tilde)
        })
        .sum()
}

/// Whether a double-bracket link opens with a namespace ("[[File:…",
/// "[[Category:…", "[[Ангилал:…"): a word and a colon, no address.
fn namespace_link(t: &str) -> bool {
    let inner = &t[2..];
    inner.split_once(':').is_some_and(|(ns, _)| {
        !ns.is_empty() && ns.len() <= 24 && ns.chars().all(char::is_alphabetic)
    })
}

/// A file in a markup read as Markdown (see [`to_markdown`]).
#[derive(Debug, Default)]
pub(crate) struct Read {
    /// The Markdown, line for line.
    pub(crate) markdown: String,
    /// The lines that carried no text of the article.
    pub(crate) removed: Vec<Removed>,
}

/// What one line becomes.
enum Line {
    /// Markdown text.
    Text(String),
    /// Nothing of the article: left blank, recorded with why.
    Gone(Reason),
}

/// `text`, written in `markup`, as Markdown, line for line.
pub(crate) fn to_markdown(text: &str, markup: Markup) -> Read {
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let read = match markup {
        Markup::MediaWiki => mediawiki(&lines),
        Markup::DokuWiki => {
            // Zim's header fields, then DokuWiki's markup.
            let fields = zim_header(text).min(lines.len());
            let header = (0..fields).map(|_| Line::Gone(Reason::Markup));
            header
                .chain(lines[fields..].iter().map(|l| dokuwiki(l)))
                .collect()
        }
        Markup::Textile => lines.iter().map(|l| textile(l)).collect(),
        Markup::Rst => rst(&lines),
    };
    let mut out = Read::default();
    for (i, (line, raw)) in read.into_iter().zip(&lines).enumerate() {
        if i > 0 {
            out.markdown.push('\n');
        }
        match line {
            Line::Text(t) => out.markdown.push_str(&t),
            Line::Gone(why) => out.removed.push(Removed {
                text: raw.trim().to_string(),
                reason: why,
                lines: [i + 1, i + 1],
            }),
        }
    }
    out
}

/// A heading of `level` with `text`, in Markdown.
fn heading(level: usize, text: &str) -> Line {
    Line::Text(format!("{} {}", "#".repeat(level.clamp(1, 6)), text.trim()))
}

/// MediaWiki's lines: templates (over several lines, to their closing
/// braces), categories and tables' markup go; headings, links, images and
/// emphasis become Markdown's.
fn mediawiki(lines: &[&str]) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    let mut depth = 0usize;
    for l in lines {
        let t = l.trim();
        if depth > 0 || t.starts_with("{{") {
            let opens = t.matches("{{").count();
            let closes = t.matches("}}").count();
            depth = (depth + opens).saturating_sub(closes);
            if depth > 0 || t.ends_with("}}") {
                out.push(Line::Gone(Reason::Markup));
                continue;
            }
        }
        if t.starts_with("{|") || t.starts_with("|}") || t.starts_with("|-") {
            out.push(Line::Gone(Reason::Markup));
            continue;
        }
        if let Some(c) = EQ_HEADING.captures(t).filter(|c| c[1].len() == c[3].len()) {
            out.push(heading(c[1].len(), &mw_inline(&c[2])));
            continue;
        }
        if t.starts_with("[[") && t.ends_with("]]") && namespace_link(t) && !file_link(&t[2..]) {
            out.push(Line::Gone(Reason::Tags));
            continue;
        }
        let list = t
            .find(|c: char| !"*#:;".contains(c))
            .filter(|&n| n > 0)
            .map(|n| (&t[..n], &t[n..]));
        let line = match list {
            Some((marks, rest)) if marks.ends_with('#') => format!("1. {}", mw_inline(rest.trim())),
            Some((marks, rest)) if marks.ends_with('*') => format!("* {}", mw_inline(rest.trim())),
            Some((_, rest)) => mw_inline(rest.trim()),
            None => mw_inline(l),
        };
        out.push(Line::Text(line));
    }
    out
}

/// Whether a namespace link is to a file or image ("File:", "Image:",
/// "Файл:", "Datei:", "Fichier:", "Archivo:", "Зураг:").
fn file_link(inner: &str) -> bool {
    let ns = inner.split(':').next().unwrap_or("").to_lowercase();
    [
        "file",
        "image",
        "файл",
        "datei",
        "fichier",
        "archivo",
        "immagine",
        "bild",
        "зураг",
        "plik",
        "soubor",
    ]
    .contains(&ns.as_str())
}

/// MediaWiki's inline markup as Markdown's.
fn mw_inline(t: &str) -> String {
    let mut s = t.replace("'''", "**").replace("''", "*");
    for br in ["<br />", "<br/>", "<br>"] {
        s = s.replace(br, " ");
    }
    let s = DOUBLE_LINK.replace_all(&s, |c: &Captures<'_>| {
        let target = c[1].trim();
        let rest = c.get(2).map_or("", |m| m.as_str());
        if file_link(target) {
            // "[[File:x.jpg|thumb|alt=…|Caption]]": the caption is the last part.
            let url = target.split_once(':').map_or(target, |(_, u)| u);
            let caption = rest.rsplit('|').next().unwrap_or("");
            format!("![{caption}]({url})")
        } else if rest.is_empty() {
            target.to_string()
        } else {
            rest.to_string()
        }
    });
    MW_EXTERNAL
        .replace_all(&s, |c: &Captures<'_>| match c.get(2) {
            Some(text) if !text.as_str().trim().is_empty() => {
                format!("[{}]({})", text.as_str().trim(), &c[1])
            }
            _ => format!("<{}>", &c[1]),
        })
        .into_owned()
}

/// A DokuWiki line: headings of six "=" (level one) to two (level five),
/// tag lines, lists indented by two spaces, links, media, emphasis.
fn dokuwiki(l: &str) -> Line {
    let t = l.trim();
    if let Some(c) = EQ_HEADING
        .captures(t)
        .filter(|c| c[1].len() == c[3].len() && c[1].len() >= 2)
    {
        return heading(7 - c[1].len(), &doku_inline(&c[2]));
    }
    if t.starts_with("{{tag>") && t.ends_with("}}") {
        return Line::Gone(Reason::Tags);
    }
    if t == "----" {
        return Line::Gone(Reason::Separator);
    }
    if l.starts_with("  ") && (t.starts_with("* ") || t.starts_with("- ")) {
        let rest = &t[2..];
        let mark = if t.starts_with('-') { "1." } else { "*" };
        return Line::Text(format!("{mark} {}", doku_inline(rest)));
    }
    Line::Text(doku_inline(l))
}

/// DokuWiki's inline markup as Markdown's.
fn doku_inline(t: &str) -> String {
    let s = DOUBLE_LINK.replace_all(t, |c: &Captures<'_>| {
        let target = c[1].trim();
        match c.get(2).map(|m| m.as_str().trim()) {
            Some(text) if !text.is_empty() => format!("[{text}]({target})"),
            _ => target.to_string(),
        }
    });
    let s = DOKU_MEDIA.replace_all(&s, |c: &Captures<'_>| {
        let target = c[1].split('?').next().unwrap_or("");
        let caption = c.get(2).map_or("", |m| m.as_str().trim());
        format!("![{caption}]({target})")
    });
    italics(&s)
}

/// DokuWiki's "//italic//" as Markdown's "*italic*"; not an address's
/// "https://".
fn italics(s: &str) -> String {
    if !s.contains("//") {
        return s.to_string();
    }
    static ITALIC: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(^|[^:/\w])//([^/\s](?:[^/]|/[^/])*?)//").expect("regex"));
    ITALIC.replace_all(s, "$1*$2*").into_owned()
}

/// A Textile line: block signatures become Markdown's heading or quote
/// (a paragraph's "p. " goes), links and images Markdown's.
fn textile(l: &str) -> Line {
    let (block, rest) = match TEXTILE_BLOCK.find(l) {
        Some(m) => (Some(m.as_str()), &l[m.end()..]),
        None => (None, l),
    };
    let inline = textile_inline(rest);
    match block {
        Some(b) if b.starts_with('h') => {
            let level = b[1..2].parse().unwrap_or(1);
            heading(level, &inline)
        }
        Some(b) if b.starts_with("bq") => Line::Text(format!("> {inline}")),
        Some(b) if b.starts_with("fn") => Line::Gone(Reason::Footnote),
        _ => Line::Text(inline),
    }
}

/// Textile's inline links and images as Markdown's.
fn textile_inline(t: &str) -> String {
    let s = TEXTILE_IMAGE.replace_all(t, |c: &Captures<'_>| {
        format!("![{}]({})", c.get(2).map_or("", |m| m.as_str()), &c[1])
    });
    TEXTILE_LINK.replace_all(&s, "[$1]($2)").into_owned()
}

/// Whether `l` is a reStructuredText adornment: one punctuation mark
/// repeated, four times at least.
fn adornment(l: &str) -> Option<u8> {
    let b = l.trim_end().as_bytes();
    let c = *b.first()?;
    (b.len() >= 4 && b"=-~^\"'`#*+:._".contains(&c) && b.iter().all(|&x| x == c)).then_some(c)
}

/// reStructuredText's lines: a heading underlined (perhaps overlined too)
/// takes the level of its adornment's style in the order styles appear;
/// directives go with their indented options (an image becomes Markdown's
/// image), as do comments and a field list's fields; links become
/// Markdown's.
fn rst(lines: &[&str]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut styles: Vec<(u8, bool)> = Vec::new();
    let mut in_directive = false;
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if in_directive && (l.starts_with(' ') || l.starts_with('\t')) && !l.trim().is_empty() {
            out.push(Line::Gone(Reason::Markup));
            i += 1;
            continue;
        }
        in_directive = false;
        if l.starts_with("..")
            && let Some(c) = RST_DIRECTIVE.captures(l)
        {
            in_directive = true;
            let kind = c.get(1).map_or("", |m| m.as_str());
            out.push(match kind {
                "image" | "figure" => Line::Text(format!(
                    "![]({})",
                    c.get(2).map_or("", |m| m.as_str().trim())
                )),
                _ => Line::Gone(Reason::Markup),
            });
            i += 1;
            continue;
        }
        // A heading: overline, title, underline; or title, underline.
        let text = |k: usize| {
            lines
                .get(k)
                .is_some_and(|t| !t.trim().is_empty() && adornment(t).is_none())
        };
        if let Some(c) = adornment(l) {
            let over = text(i + 1) && lines.get(i + 2).and_then(|u| adornment(u)) == Some(c);
            if over {
                let level = level_of(&mut styles, (c, true));
                out.push(Line::Gone(Reason::Separator));
                out.push(heading(level, &rst_inline(lines[i + 1].trim())));
                out.push(Line::Gone(Reason::Separator));
                i += 3;
                continue;
            }
            out.push(Line::Gone(Reason::Separator));
            i += 1;
            continue;
        }
        let under = lines.get(i + 1).and_then(|u| adornment(u));
        let before_blank = i == 0 || lines[i - 1].trim().is_empty();
        if let Some(c) = under.filter(|_| before_blank && !l.trim().is_empty()) {
            let level = level_of(&mut styles, (c, false));
            out.push(heading(level, &rst_inline(l.trim())));
            out.push(Line::Gone(Reason::Separator));
            i += 2;
            continue;
        }
        let field = l.starts_with(':') && l[1..].find(": ").is_some_and(|k| k < 30);
        if field {
            out.push(Line::Gone(Reason::Markup));
        } else {
            out.push(Line::Text(rst_inline(l)));
        }
        i += 1;
    }
    out
}

/// The level of a heading's adornment style, the first seen being level
/// one.
fn level_of(styles: &mut Vec<(u8, bool)>, style: (u8, bool)) -> usize {
    match styles.iter().position(|&s| s == style) {
        Some(k) => k + 1,
        None => {
            styles.push(style);
            styles.len()
        }
    }
}

/// reStructuredText's inline markup as Markdown's: hyperlinks, escaped
/// spaces and escaped marks.
fn rst_inline(t: &str) -> String {
    // An escaped space before a link ("By\\ `name <…>`__", as pandoc writes
    // a link glued to a word) is read as a space: a byline's name is a
    // word of its own.
    let t = t.replace("\\ `", " `");
    let s = RST_LINK.replace_all(&t, |c: &Captures<'_>| {
        let text = c[1].trim();
        if text.is_empty() {
            format!("<{}>", &c[2])
        } else {
            format!("[{text}]({})", &c[2])
        }
    });
    s.replace("\\ ", "").replace("\\|", "|").replace("\\*", "*")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(r: &Read) -> Vec<&str> {
        r.markdown.split('\n').collect()
    }

    /// `text` read in `markup`, line for line: as many lines as it has.
    fn md_lines(text: &str, markup: Markup) -> Vec<String> {
        let r = to_markdown(text, markup);
        let lines: Vec<String> = lines_of(&r).into_iter().map(String::from).collect();
        assert_eq!(lines.len(), text.split('\n').count());
        lines
    }

    #[test]
    fn a_zim_page_is_dokuwiki_under_its_header() {
        let zim = "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\nCreation-Date: 2028-03-22T10:14:37+01:00\n\n====== Bridge ======\n**Lees ook**\n";
        assert_eq!(markup_of("page.txt", zim), Some(Markup::DokuWiki));
        let r = to_markdown(zim, Markup::DokuWiki);
        assert_eq!(r.removed.len(), 3);
        assert_eq!(r.removed[2].lines, [3, 3]);
        assert_eq!(md_lines(zim, Markup::DokuWiki)[4], "# Bridge");
        // A mail's header or a text naming Zim's type is none.
        for t in [
            "Content-Type: text/plain\n\nHello.\n",
            "The Content-Type: text/x-zim-wiki header opens Zim's pages.\n",
        ] {
            assert_eq!(markup_of("a.txt", t), None, "{t}");
        }
    }

    #[test]
    fn markups_are_told_by_name_or_by_their_signs() {
        let mw = "{{Source\n| url = https://example.org\n}}\n\n= Title =\n\n[https://example.org/ Home] › [https://example.org/n News]\n\n'''Related'''\n\n[[Category:Press]]\n";
        assert_eq!(markup_of("a.txt", mw), Some(Markup::MediaWiki));
        let doku = "====== Page ======\n\n  * [[https://example.org/|Home]]\n  * [[https://example.org/n|News]]\n\n{{tag>press}}\n";
        assert_eq!(markup_of("a.txt", doku), Some(Markup::DokuWiki));
        let textile = "h1. Title\n\n\"Home\":https://example.org/ and \"News\":https://example.org/n\n\nh2. Part\n";
        assert_eq!(markup_of("a.txt", textile), Some(Markup::Textile));
        let rst = ".. corpus item\n\n:source: https://example.org\n\nTitle\n=====\n\n`Home <https://example.org/>`__\n";
        assert_eq!(markup_of("a.txt", rst), Some(Markup::Rst));
        assert_eq!(markup_of("a.rst", "Plain."), Some(Markup::Rst));
        assert_eq!(markup_of("a.textile", "Plain."), Some(Markup::Textile));
        // Counter-examples: Markdown's setext headings, links and
        // emphasis; a text that mentions "==" or a bracketed note.
        for t in [
            "Title\n=====\n\nSome *words* and [a link](https://example.org).\n\nPart\n----\n\nMore text.\n",
            "If a == b then c.\n\n[Note: this is quoted.]\n\nThe end.\n",
            "# Title\n\n* one\n* two\n\n**Bold** text here.\n",
        ] {
            assert_eq!(markup_of("a.txt", t), None, "{t}");
        }
    }

    #[test]
    fn mediawiki_is_read_as_markdown_line_for_line() {
        let mw = "{{Source\n| title = T\n}}\n= Fares rise =\n[https://example.org/a B.Bold]\n[[File:https://example.org/a.jpg|thumb|none|Photo: ikon.mn]]\nThe city '''raised''' fares, [[Bus service|buses]] too.\n* [https://example.org/r Related story]\n=== Discounts stay ===\n[[Category:Transport]]";
        let r = to_markdown(mw, Markup::MediaWiki);
        let l = lines_of(&r);
        assert_eq!(l.len(), mw.split('\n').count());
        assert_eq!(&l[..3], ["", "", ""]);
        assert_eq!(l[3], "# Fares rise");
        assert_eq!(l[4], "[B.Bold](https://example.org/a)");
        assert_eq!(l[5], "![Photo: ikon.mn](https://example.org/a.jpg)");
        assert_eq!(l[6], "The city **raised** fares, buses too.");
        assert_eq!(l[7], "* [Related story](https://example.org/r)");
        assert_eq!(l[8], "### Discounts stay");
        assert_eq!(l[9], "");
        assert_eq!(r.removed.len(), 4);
        assert_eq!(r.removed[3].reason, Reason::Tags);
    }

    #[test]
    fn dokuwiki_textile_and_rst_are_read_as_markdown_line_for_line() {
        let doku = "====== Kindergarten opens ======\n//Saved for the archive.//\n  * [[https://example.org/|Home]]\n{{https://example.org/a.jpg}}Photo: Pexels\n===== Queue =====\nSee https://example.org/x and //this//.\n{{tag>edu}}";
        let l = md_lines(doku, Markup::DokuWiki);
        assert_eq!(l[0], "# Kindergarten opens");
        assert_eq!(l[1], "*Saved for the archive.*");
        assert_eq!(l[2], "* [Home](https://example.org/)");
        assert_eq!(l[3], "![](https://example.org/a.jpg)Photo: Pexels");
        assert_eq!(l[4], "## Queue");
        assert_eq!(l[5], "See https://example.org/x and *this*.");
        assert_eq!(l[6], "");

        let tx = "h1. Metro opens\n\"S. Karthikeyan\":https://example.org/author/1\n!https://example.org/a.jpg(metro)!\np(. _Note._\nbq. A quote.\nh2. *Fares*";
        let l = md_lines(tx, Markup::Textile);
        assert_eq!(l[0], "# Metro opens");
        assert_eq!(l[1], "[S. Karthikeyan](https://example.org/author/1)");
        assert_eq!(l[2], "![metro](https://example.org/a.jpg)");
        assert_eq!(l[3], "_Note._");
        assert_eq!(l[4], "> A quote.");
        assert_eq!(l[5], "## *Fares*");

        let rst = "=====\nSite\n=====\n\n:source: https://example.org\n\nTaxi fares rise\n===============\n\nBy\\ `Selam <https://example.org/a>`__\n\n.. image:: https://example.org/t.jpg\n   :alt: taxi\n\nText goes on.\n\nComplaints\n~~~~~~~~~~";
        let l = md_lines(rst, Markup::Rst);
        assert_eq!(&l[..3], ["", "# Site", ""]);
        assert_eq!(l[4], "");
        assert_eq!(l[6], "## Taxi fares rise");
        assert_eq!(l[9], "By [Selam](https://example.org/a)");
        assert_eq!(l[11], "![](https://example.org/t.jpg)");
        assert_eq!(l[12], "");
        assert_eq!(l[14], "Text goes on.");
        assert_eq!(l[16], "### Complaints");
    }
}
