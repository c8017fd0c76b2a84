//! An article a JSON export holds as many short texts rather than as one
//! body: a thread's posts ([`super::social`]), the passages a reader
//! highlighted in a page ([`super::annotations`]), the blocks of an
//! outliner's page ([`super::outline`]). Each reader knows its
//! shape, puts the article's pieces in order and says what it took out and
//! why; here the pieces become one text body whose lines keep the lines of
//! the file each piece was read from.
//!
//! These readers speak only where the reading of whole bodies found less
//! text than they do ([`article`]), so a JSON article read before reads as
//! it did.

use std::collections::HashMap;

use serde_json::Value;

use super::{Article, Body, MIN_BODY_WORDS, text_weight};
use crate::ingest::Removed;
use crate::ingest::rules::Reason;

/// A paragraph of the article, or a text taken out: its text and the
/// strings of the file it was made of (to find its lines).
#[derive(Debug, Default, PartialEq)]
pub(super) struct Piece<'a> {
    pub(super) text: String,
    pub(super) from: Vec<&'a str>,
}

impl<'a> Piece<'a> {
    /// A piece made of the file's string `from`, reading `text`.
    pub(super) fn new(text: impl Into<String>, from: &'a str) -> Self {
        Piece {
            text: text.into(),
            from: vec![from],
        }
    }
}

/// What a reader of fragments found: the article's paragraphs in order
/// (blank lines between them; a paragraph may hold lines of its own), its
/// fields, and what it took out with the reason of each.
#[derive(Debug, Default)]
pub(super) struct Read<'a> {
    pub(super) paragraphs: Vec<Piece<'a>>,
    pub(super) title: Option<String>,
    pub(super) subtitle: Option<String>,
    pub(super) authors: Vec<String>,
    pub(super) date: Option<chrono::NaiveDate>,
    pub(super) url: Option<String>,
    pub(super) removed: Vec<(Piece<'a>, Reason)>,
}

/// The article of `value` read from its fragments, when a reader knows its
/// shape and the text it reads outweighs `ordinary` (the words of what
/// the reading of whole bodies chose) and is long enough to be an article.
pub(super) fn article(value: &Value, text: &str, ordinary: usize) -> Option<Article> {
    let read = super::social::read(value)
        .or_else(|| super::annotations::read(value))
        .or_else(|| super::outline::read(value))?;
    let words: usize = read.paragraphs.iter().map(|p| text_weight(&p.text)).sum();
    if words < MIN_BODY_WORDS || words <= ordinary {
        return None;
    }
    Some(assemble(read, text))
}

/// The article of what a reader read: the paragraphs as one text body,
/// each line mapped to the lines of the strings it came from.
fn assemble(read: Read<'_>, text: &str) -> Article {
    let whole = [1, text.lines().count().max(1)];
    let places = Places::of(text);
    let lines_of = |p: &Piece<'_>| places.lines(&p.from).unwrap_or(whole);
    let mut body = String::new();
    let mut line_map = Vec::new();
    for p in read.paragraphs.iter().filter(|p| !p.text.trim().is_empty()) {
        let at = lines_of(p);
        if !body.is_empty() {
            body.push_str("\n\n");
            line_map.push(at);
        }
        body.push_str(p.text.trim());
        line_map.extend(p.text.trim().lines().map(|_| at));
    }
    let others = read
        .removed
        .iter()
        .filter(|(p, _)| !p.text.trim().is_empty())
        .map(|(p, reason)| Removed {
            text: crate::ingest::rules::squash(&p.text),
            reason: *reason,
            lines: lines_of(p),
        })
        .collect();
    Article {
        body: Body::Text(body),
        title: read.title,
        subtitle: read.subtitle,
        authors: read.authors,
        date: read.date,
        url: read.url,
        others,
        lines: whole,
        line_map,
    }
}

/// The line of each string of a JSON text (its first place), read once.
struct Places {
    line: HashMap<String, usize>,
}

impl Places {
    /// The strings of `text` (keys and values, unescaped) and their lines.
    fn of(text: &str) -> Self {
        let b = text.as_bytes();
        let mut line = HashMap::new();
        let (mut i, mut at) = (0, 1);
        while i < b.len() {
            match b[i] {
                b'\n' => at += 1,
                b'"' => {
                    let start = i;
                    i += 1;
                    while i < b.len() && b[i] != b'"' {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                    let token = text.get(start..(i + 1).min(b.len())).unwrap_or("");
                    if let Ok(s) = serde_json::from_str::<String>(token) {
                        line.entry(s).or_insert(at);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Places { line }
    }

    /// The first and last line of the strings `from` (a JSON string holds
    /// no line break of the file); `None` when one is not found.
    fn lines(&self, from: &[&str]) -> Option<[usize; 2]> {
        let found: Option<Vec<usize>> = from.iter().map(|s| self.line.get(*s).copied()).collect();
        let found = found?;
        Some([*found.iter().min()?, *found.iter().max()?])
    }
}

/// The string at `path` (keys) inside `v`.
pub(super) fn str_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(v, |v, k| v.get(k))?.as_str()
}

/// Every object of `v` in the order the file writes them (an object's
/// keys in their sorted order), each before the objects inside it; at
/// most `limit` of them.
pub(super) fn objects(v: &Value, limit: usize) -> Vec<&serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        if out.len() >= limit {
            break;
        }
        match v {
            Value::Object(m) => {
                out.push(m);
                stack.extend(m.values().rev());
            }
            Value::Array(a) => stack.extend(a.iter().rev()),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_string_of_the_file_is_found_on_its_line() {
        let text = "{\n  \"a\": \"caf\\u00e9 \\\"x\\\"\",\n  \"b\": [\"two\",\n \"three\"]\n}";
        let places = Places::of(text);
        assert_eq!(places.lines(&["café \"x\""]), Some([2, 2]));
        assert_eq!(places.lines(&["two", "three"]), Some([3, 4]));
        assert_eq!(places.lines(&["nowhere"]), None);
        // A text cut inside a string does not run past its end.
        let places = Places::of("{\"a\": \"open");
        assert_eq!(places.lines(&["open"]), None);
    }

    #[test]
    fn the_pieces_become_a_body_whose_lines_are_their_strings() {
        let text = "[\n\"First part\",\n\"Second part\\n\\nwith a break\",\n\"note\"\n]";
        let read = Read {
            paragraphs: vec![
                Piece::new("First part", "First part"),
                Piece::new("Second part\n\nwith a break", "Second part\n\nwith a break"),
            ],
            removed: vec![(Piece::new("note", "note"), Reason::ReaderNote)],
            ..Default::default()
        };
        let a = assemble(read, text);
        assert_eq!(
            a.body,
            Body::Text("First part\n\nSecond part\n\nwith a break".into())
        );
        assert_eq!(a.line_map, [[2, 2], [3, 3], [3, 3], [3, 3], [3, 3]]);
        assert_eq!(a.others[0].lines, [4, 4]);
        assert_eq!(a.lines, [1, 5]);
    }

    #[test]
    fn objects_are_listed_in_the_files_order_and_bounded() {
        let v: Value = serde_json::json!({"a": {"n": 1}, "b": [{"n": 2}, {"n": 3}]});
        let ns: Vec<_> = objects(&v, 10)
            .iter()
            .filter_map(|o| o.get("n").and_then(Value::as_u64))
            .collect();
        assert_eq!(ns, [1, 2, 3]);
        assert_eq!(objects(&v, 2).len(), 2);
    }

    /// A Bluesky post view of `did`'s post `n`, replying to `parent`.
    fn post(did: &str, name: &str, n: u32, parent: Option<u32>, text: &str) -> Value {
        let mut record = serde_json::json!({"createdAt": "2027-09-14T07:30:00Z", "text": text});
        if let Some(p) = parent {
            record["reply"] = serde_json::json!({"parent": {"uri": format!("at://did:plc:lea/app.bsky.feed.post/{p}")}});
        }
        serde_json::json!({"post": {"uri": format!("at://{did}/app.bsky.feed.post/{n}"),
            "author": {"did": did, "displayName": name}, "record": record}})
    }

    fn document(json: &str) -> crate::ingest::Document {
        let ctx = crate::ingest::Context::default();
        crate::ingest::ingest_bytes(json.as_bytes(), std::path::Path::new("t.json"), &ctx, None)
            .expect("read")
    }

    #[test]
    fn a_thread_saved_as_json_reads_as_its_article() {
        let lea = "did:plc:lea";
        let para = "Le conseil municipal a voté mardi soir la construction d'une nouvelle piscine, qui ouvrira ses portes en 2029 et coûtera douze millions d'euros selon le maire.";
        let more = "Les travaux commenceront au printemps sur le terrain de l'ancienne gare, et les clubs de natation seront consultés pour le choix des bassins.";
        let last = "Le chantier durera deux ans, a précisé l'adjoint chargé des sports, et la piscine actuelle restera ouverte pendant les travaux.";
        let v = serde_json::json!({"thread": {"post": post(lea, "Léa Martin", 1, None, &format!("1/3 {para}"))["post"], "replies": [
            {"post": post(lea, "Léa Martin", 2, Some(1), &format!("2/3 {more}"))["post"], "replies": [
                {"post": post(lea, "Léa Martin", 3, Some(2), &format!("3/3 {last}"))["post"]}]},
            {"post": post("did:plc:max", "Max", 4, Some(1), "Enfin une bonne nouvelle pour le quartier !")["post"]}]}});
        let json = serde_json::to_string_pretty(&v).expect("json");
        let d = document(&json);
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, [para, more, last]);
        assert_eq!(d.authors, ["Léa Martin"]);
        assert_eq!(d.date_string().as_deref(), Some("2027-09-14"));
        assert!(d.removed.iter().any(|r| r.reason == Reason::Comments));
        // Each paragraph has the line of its post in the file.
        let line = |s: &str| json.lines().position(|l| l.contains(s)).expect("line") + 1;
        assert_eq!(d.paragraphs[0].lines, [line("1/3 "), line("1/3 ")]);
    }

    #[test]
    fn json_that_only_looks_like_fragments_reads_as_before() {
        let para = crate::testutil::PARA;
        // A text with replies of other writers, a post with no chain, a
        // tree of a site's menu, and a thread shorter than the article
        // beside it: the reading of whole bodies stands.
        let long = format!("{para} {para}");
        let cases = [
            serde_json::json!({"text": long, "author": "Jane Doe", "replies": [{"text": "Thanks for this, it was a good read.", "author": "bob"}]}),
            serde_json::json!({"thread": {"post": post("did:plc:lea", "Léa Martin", 1, None, &long)["post"], "replies": [post("did:plc:max", "Max", 2, Some(1), "Bien vu, merci pour le partage.")]}}),
            serde_json::json!({"title": "Menu", "content": long, "children": [{"title": "Home", "content": "Back to the start page"}]}),
            serde_json::json!({"article": {"body": long}, "posts": [
                post("did:plc:lea", "Léa", 1, None, "Short note one.")["post"],
                post("did:plc:lea", "Léa", 2, Some(1), "Short note two.")["post"]]}),
        ];
        for v in cases {
            let text = v.to_string();
            assert!(article(&v, &text, 0).is_none(), "{text}");
            let a = super::super::article(&text, true, "a.json")
                .expect("read")
                .expect("an article");
            assert!(
                matches!(&a.body, Body::Text(t) if t.starts_with(para)),
                "{text}: {:?}",
                a.body
            );
        }
    }
}
