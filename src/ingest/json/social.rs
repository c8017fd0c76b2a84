//! A thread of posts saved as a social network's JSON, one writer pasting
//! an article too long for one post across a chain of replies to their own
//! posts: Bluesky's `app.bsky.feed.getPostThread` (and any list of its
//! post views or records), X's API (v2's `data` with `author_id` and
//! `referenced_tweets`, v1.1's `id_str` and `in_reply_to_status_id_str`).
//! ActivityPub's and Mastodon's chains are read with the whole bodies
//! ([`super::thread`]).
//!
//! The article is the writer's chain with the most text, in reply order:
//! each post's counter ("3/10", "(3/10)") and thread marks (🧵, 👇) taken
//! off, a sentence an ellipsis carries over to the next post joined again
//! ("… au printemps. …" / "… Les premiers"), a post's blank lines kept as
//! paragraph breaks. A first post that shares the article's link card or
//! announces the thread is the poster's note, a last post opening with an
//! end word ("Fin.", "End.") their sign-off: both taken out. Replies of
//! other people are comments. The title and address are the link card's;
//! the date the first post's; the writer the account's display name when
//! it is a person's name and not the outlet's own account.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Map, Value};

use super::fragments::{Piece, Read, objects, str_at};
use super::text_weight;
use crate::ingest::meta;
use crate::ingest::rules::Reason;

/// Objects looked at, at most (a thread export is small).
const MAX_OBJECTS: usize = 200_000;

/// A post, as any of the networks writes it.
#[derive(Debug, Clone, Default)]
struct Post<'a> {
    id: &'a str,
    /// The account's id (or its name where the network gives no id).
    author: &'a str,
    parent: Option<&'a str>,
    text: &'a str,
    created: Option<&'a str>,
    /// The account's display name and handle.
    name: Option<&'a str>,
    handle: Option<&'a str>,
    /// A link card: its title and address.
    card: Option<(Option<&'a str>, &'a str)>,
}

/// The article of a thread export, if `value` holds one: a chain of two
/// posts or more by one writer.
pub(super) fn read(value: &Value) -> Option<Read<'_>> {
    let posts = posts(value);
    if posts.len() < 2 {
        return None;
    }
    let chain = longest_chain(&posts)?;
    Some(thread_read(&posts, &chain))
}

/// The posts of `value`, each once, in the file's order, with the display
/// names X's v2 gives apart (`includes.users`).
fn posts(value: &Value) -> Vec<Post<'_>> {
    let all = objects(value, MAX_OBJECTS);
    let mut users: HashMap<&str, (&str, Option<&str>)> = HashMap::new();
    for o in &all {
        if let (Some(id), Some(name)) = (str_of(o, "id"), str_of(o, "name"))
            && let Some(handle) = str_of(o, "username")
        {
            users.insert(id, (name, Some(handle)));
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for o in all {
        let Some(mut p) = bluesky(o).or_else(|| x_v2(o)).or_else(|| x_v1(o)) else {
            continue;
        };
        if p.name.is_none()
            && let Some((name, handle)) = users.get(p.author)
        {
            p.name = Some(name);
            p.handle = *handle;
        }
        if seen.insert(p.id) {
            out.push(p);
        }
    }
    out
}

fn str_of<'a>(o: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    o.get(k).and_then(Value::as_str)
}

/// A Bluesky post: a post view (`uri`, `author`, `record`) or a record
/// as the repository lists it (`uri`, `value`). Its writer is the account
/// its address names (`at://did:…/app.bsky.feed.post/…`).
fn bluesky(o: &Map<String, Value>) -> Option<Post<'_>> {
    let uri = str_of(o, "uri")?;
    let rest = uri.strip_prefix("at://")?;
    let (author, path) = rest.split_once('/')?;
    if !path.starts_with("app.bsky.feed.post/") {
        return None;
    }
    let record = o.get("record").or_else(|| o.get("value"))?;
    let card = record
        .get("embed")
        .and_then(|e| external(e).or_else(|| e.get("media").and_then(external)))
        .or_else(|| o.get("embed").and_then(external));
    Some(Post {
        id: uri,
        author,
        parent: str_at(record, &["reply", "parent", "uri"]),
        text: str_at(record, &["text"])?,
        created: str_at(record, &["createdAt"]),
        name: o.get("author").and_then(|a| str_at(a, &["displayName"])),
        handle: o.get("author").and_then(|a| str_at(a, &["handle"])),
        card,
    })
}

/// The link card of a Bluesky embed (`external`: its title and address).
fn external(v: &Value) -> Option<(Option<&str>, &str)> {
    let e = v.get("external")?;
    Some((str_at(e, &["title"]), str_at(e, &["uri"])?))
}

/// A post of X's API v2: `id`, `text` (or a long post's `note_tweet`),
/// `author_id`, the post it replies to among `referenced_tweets`.
fn x_v2(o: &Map<String, Value>) -> Option<Post<'_>> {
    let author = str_of(o, "author_id")?;
    let text = o
        .get("note_tweet")
        .and_then(|n| str_at(n, &["text"]))
        .or_else(|| str_of(o, "text"))?;
    let parent = o
        .get("referenced_tweets")
        .and_then(Value::as_array)
        .and_then(|r| {
            r.iter()
                .find(|t| str_at(t, &["type"]) == Some("replied_to"))
        })
        .and_then(|t| str_at(t, &["id"]));
    Some(Post {
        id: str_of(o, "id")?,
        author,
        parent,
        text,
        created: str_of(o, "created_at"),
        card: link_card(o),
        ..Default::default()
    })
}

/// A post of X's API v1.1 or an archive's: `id_str`, `full_text` (or
/// `text`), `user`, `in_reply_to_status_id_str`. An archive's posts are
/// all its owner's, and name no user.
fn x_v1(o: &Map<String, Value>) -> Option<Post<'_>> {
    let id = str_of(o, "id_str")?;
    if !o.contains_key("user") && !o.contains_key("in_reply_to_status_id_str") {
        return None;
    }
    let user = o.get("user");
    let text = o
        .get("extended_tweet")
        .and_then(|e| str_at(e, &["full_text"]))
        .or_else(|| str_of(o, "full_text"))
        .or_else(|| str_of(o, "text"))?;
    Some(Post {
        id,
        author: user
            .and_then(|u| str_at(u, &["id_str"]).or_else(|| str_at(u, &["screen_name"])))
            .unwrap_or(""),
        parent: str_of(o, "in_reply_to_status_id_str"),
        text,
        created: str_of(o, "created_at"),
        name: user.and_then(|u| str_at(u, &["name"])),
        handle: user.and_then(|u| str_at(u, &["screen_name"])),
        card: link_card(o),
    })
}

/// The first link of an X post's `entities.urls`, with its title when the
/// API gives one.
fn link_card(o: &Map<String, Value>) -> Option<(Option<&str>, &str)> {
    let urls = o.get("entities")?.get("urls")?.as_array()?;
    urls.iter().find_map(|u| {
        let at = str_at(u, &["unwound_url"]).or_else(|| str_at(u, &["expanded_url"]))?;
        Some((str_at(u, &["title"]), at))
    })
}

/// The chain of posts each replying to the one before by the same writer
/// with the most text, when it has two posts or more: indices into
/// `posts`, in order. Of two replies a writer made to one post, the
/// earlier continues the chain.
fn longest_chain(posts: &[Post<'_>]) -> Option<Vec<usize>> {
    let by_id: HashMap<&str, usize> = posts.iter().enumerate().map(|(k, p)| (p.id, k)).collect();
    let mut child: Vec<Option<usize>> = vec![None; posts.len()];
    let mut continues = vec![false; posts.len()];
    for (k, p) in posts.iter().enumerate() {
        let Some(&at) = p.parent.and_then(|id| by_id.get(id)) else {
            continue;
        };
        if at == k || posts[at].author != p.author {
            continue;
        }
        let earlier = child[at].is_none_or(|c: usize| posts[c].created > p.created);
        if earlier {
            if let Some(c) = child[at] {
                continues[c] = false;
            }
            child[at] = Some(k);
            continues[k] = true;
        }
    }
    let weight = |c: &Vec<usize>| c.iter().map(|&k| text_weight(posts[k].text)).sum::<usize>();
    (0..posts.len())
        .filter(|&k| !continues[k])
        .map(|root| {
            let mut chain = vec![root];
            while let Some(next) = child[*chain.last().unwrap_or(&root)] {
                if chain.contains(&next) || chain.len() >= posts.len() {
                    break;
                }
                chain.push(next);
            }
            chain
        })
        .filter(|c| c.len() >= 2)
        .max_by_key(weight)
}

/// The article a chain of posts makes, with the other posts taken out.
fn thread_read<'a>(posts: &[Post<'a>], chain: &[usize]) -> Read<'a> {
    let mut read = Read::default();
    let first = &posts[chain[0]];
    let card = chain.iter().find_map(|&k| posts[k].card);
    let texts: Vec<String> = chain
        .iter()
        .enumerate()
        .map(|(n, &k)| without_counter(posts[k].text, n + 1))
        .collect();
    let mut from = 0;
    let mut to = chain.len();
    let announces = first.text.contains(['🧵', '👇', '⬇']);
    if chain.len() >= 3 && (first.card.is_some() || announces) {
        read.removed
            .push((Piece::new(texts[0].clone(), first.text), Reason::ReaderNote));
        from = 1;
    }
    if chain.len() >= 3 && signs_off(&texts[to - 1]) {
        let last = posts[chain[to - 1]].text;
        read.removed
            .push((Piece::new(texts[to - 1].clone(), last), Reason::ReaderNote));
        to -= 1;
    }
    for (n, &k) in chain.iter().enumerate().take(to).skip(from) {
        add_post(&mut read.paragraphs, &texts[n], posts[k].text);
    }
    for (_, p) in posts.iter().enumerate().filter(|(k, _)| !chain.contains(k)) {
        let reason = if p.author == first.author {
            Reason::Outside
        } else {
            Reason::Comments
        };
        read.removed.push((Piece::new(p.text, p.text), reason));
    }
    read.date = first.created.and_then(date_of);
    if let Some((title, url)) = card {
        read.url = Some(url.to_string()).filter(|u| u.starts_with("http"));
        read.title = title.map(|t| {
            meta::title_without_host(t, url)
                .or_else(|| meta::title_without_site(t))
                .unwrap_or_else(|| t.trim().to_string())
        });
    }
    read.authors = person(first, card).into_iter().collect();
    read
}

/// A post's counter at its start or end ("3/10", "3/", "(3/10)", "[3]"
/// is not one), when it is the post's place `n` in the chain, and the
/// thread's marks beside it, taken off.
fn without_counter(text: &str, n: usize) -> String {
    static START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?:(?:🧵|👇|⬇️?)\s*)*[(\[]?(\d{1,3})\s?/\s?(?:\d{1,3})?[)\]]?[.:]?(?:\s+|$)",
        )
        .expect("regex")
    });
    static END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s+)[(\[]?(\d{1,3})\s?/\s?(?:\d{1,3})?[)\]]?\s*(?:(?:🧵|👇|⬇️?)\s*)*$")
            .expect("regex")
    });
    let place = |c: &regex::Captures<'_>| c[1].parse::<usize>().ok() == Some(n);
    let mut t = text.trim().to_string();
    if let Some(c) = START.captures(&t).filter(place) {
        t = t[c.get(0).map_or(0, |m| m.end())..].to_string();
    }
    if let Some(c) = END.captures(&t).filter(place) {
        t.truncate(c.get(0).map_or(t.len(), |m| m.start()));
    }
    THREAD_MARK.replace_all(&t, "").trim().to_string()
}

/// The marks of a thread: the thread emoji, a pointing hand or arrow down.
static THREAD_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:🧵|👇|⬇️|⬇)\s*$|^\s*(?:🧵|👇)\s*").expect("regex"));

/// Words that end a thread, as its last post opens with them.
const END_WORDS: [&str; 20] = [
    "fin",
    "end",
    "the end",
    "/end",
    "fine",
    "ende",
    "fim",
    "slut",
    "koniec",
    "konec",
    "vége",
    "loppu",
    "einde",
    "sfârșit",
    "τέλος",
    "конец",
    "кінець",
    "끝",
    "おわり",
    "จบ",
];

/// Whether a thread's last post is its writer's sign-off: a short post
/// opening with an end word ("Fin. Abonnez-vous…", "End 🙏"), not a
/// sentence that goes on from it ("Fine weather today", "Fin de semaine").
fn signs_off(text: &str) -> bool {
    let t = text.trim();
    let opens = END_WORDS.iter().any(|w| {
        let head = t.get(..w.len()).filter(|h| h.to_lowercase() == *w);
        head.is_some_and(|_| {
            let rest = &t[w.len()..];
            match rest.chars().next() {
                None => true,
                Some(' ') => !rest.trim_start().starts_with(char::is_lowercase),
                Some(c) => !c.is_alphanumeric(),
            }
        })
    });
    opens && text_weight(t) <= 40
}

/// Adds a post's paragraphs: a sentence the post before left with an
/// ellipsis ("…", "...") goes on in this post's first paragraph when this
/// one opens with a small letter; one that opens with an ellipsis always
/// goes on from the paragraph before.
fn add_post<'a>(paragraphs: &mut Vec<Piece<'a>>, text: &str, from: &'a str) {
    let mut parts = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
    let Some(first) = parts.next() else { return };
    let carried = first.starts_with('…') || first.starts_with("...");
    let small = first.starts_with(char::is_lowercase);
    match paragraphs.last_mut() {
        Some(last) if carried || (small && left_open(&last.text)) => {
            let kept = last.text.trim_end().trim_end_matches('…');
            let kept = kept.trim_end_matches("...").trim_end();
            let on = first.trim_start_matches('…').trim_start_matches("...");
            last.text = format!("{kept} {}", on.trim_start());
            last.from.push(from);
        }
        _ => paragraphs.push(Piece::new(first, from)),
    }
    paragraphs.extend(parts.map(|p| Piece::new(p, from)));
}

/// Whether a paragraph ends with an ellipsis (three dots or "…") that
/// leaves its sentence open.
fn left_open(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('…') || t.ends_with("...")
}

/// The date of a post: an ISO date, or X's v1.1 "Wed Oct 06 11:02:13
/// +0000 2027".
fn date_of(s: &str) -> Option<chrono::NaiveDate> {
    meta::parse_date(s).or_else(|| {
        chrono::DateTime::parse_from_str(s, "%a %b %d %H:%M:%S %z %Y")
            .ok()
            .map(|d| d.date_naive())
    })
}

/// The writer a thread's account names: its display name (emoji and
/// marks at its ends taken off) when it is a person's name, and not the
/// outlet's own account: a name that is the name of the site the card
/// links to, or the site's name after the card's title, or an account
/// whose handle is the site's address.
fn person(post: &Post<'_>, card: Option<(Option<&str>, &str)>) -> Option<String> {
    let name = post
        .name?
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    if !meta::looks_like_name(name) {
        return None;
    }
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    if let Some((title, url)) = card {
        let host = meta::url_host(url).unwrap_or_default();
        let site = host.split('.').next().unwrap_or("");
        let own_handle = post
            .handle
            .is_some_and(|h| h.trim_start_matches("www.") == host.as_str());
        let outlet = letters(site) == letters(name)
            || own_handle
            || title
                .is_some_and(|t| t.trim_end().ends_with(name) && t.trim_end().len() > name.len());
        if outlet {
            return None;
        }
    }
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A Bluesky thread view of the post `n` of `did`, replying to
    /// `parent` (an address), with its replies.
    fn bsky(did: &str, name: &str, n: u32, parent: Option<&str>, text: &str) -> Value {
        let mut record = json!({"$type": "app.bsky.feed.post", "createdAt": format!("2027-10-06T11:0{}:00.000Z", n % 10), "text": text});
        if let Some(p) = parent {
            record["reply"] = json!({"parent": {"uri": p}, "root": {"uri": p}});
        }
        json!({"$type": "app.bsky.feed.defs#threadViewPost", "post": {
            "uri": format!("at://{did}/app.bsky.feed.post/{n}"),
            "author": {"did": did, "handle": format!("{}.bsky.social", name.to_lowercase().replace(' ', "")), "displayName": name},
            "record": record}, "replies": []})
    }

    fn uri(did: &str, n: u32) -> String {
        format!("at://{did}/app.bsky.feed.post/{n}")
    }

    /// A thread of Ana's five posts (an announcement with the article's
    /// card, three posts of the article, a sign-off) and Luis's reply.
    fn spanish_thread(name: &str, handle: Option<&str>) -> Value {
        let ana = "did:plc:ana";
        let mut p1 = bsky(
            ana,
            name,
            1,
            None,
            "Mi crónica de hoy en El Faro, la pego entera para quien no tenga suscripción. 🧵 1/5",
        );
        p1["post"]["record"]["embed"] = json!({"$type": "app.bsky.embed.external", "external": {"title": "El puerto limitará los cruceros | El Faro", "uri": "https://www.elfaro.es/puerto-cruceros"}});
        if let Some(h) = handle {
            p1["post"]["author"]["handle"] = json!(h);
        }
        let mut p2 = bsky(
            ana,
            name,
            2,
            Some(&uri(ana, 1)),
            "2/5 El puerto recibirá como máximo cuarenta cruceros al año a partir de 2028, según el acuerdo firmado ayer entre la autoridad portuaria y el ayuntamiento. …",
        );
        let mut p3 = bsky(
            ana,
            name,
            3,
            Some(&uri(ana, 2)),
            "3/5 … El acuerdo también prohíbe que dos barcos atraquen a la vez en el muelle.",
        );
        let mut p4 = bsky(
            ana,
            name,
            4,
            Some(&uri(ana, 3)),
            "4/5 Una tasa para los pasajeros\n\nEl ayuntamiento cobrará cuatro euros por pasajero, que se destinarán a la limpieza y la movilidad del centro histórico.",
        );
        let p5 = bsky(
            ana,
            name,
            5,
            Some(&uri(ana, 4)),
            "5/5 Fin. Suscribíos a vuestro diario local 🙏",
        );
        let luis = bsky(
            "did:plc:luis",
            "Luis",
            9,
            Some(&uri(ana, 2)),
            "¿Y qué pasa con los comercios del casco antiguo?",
        );
        p4["replies"] = json!([p5]);
        p3["replies"] = json!([p4]);
        p2["replies"] = json!([p3, luis]);
        p1["replies"] = json!([p2]);
        json!({"thread": p1})
    }

    fn texts(read: &Read<'_>) -> Vec<String> {
        read.paragraphs.iter().map(|p| p.text.clone()).collect()
    }

    #[test]
    fn a_bluesky_thread_is_its_writers_chain_of_posts() {
        let v = spanish_thread("Ana Beltrán", None);
        let read = read(&v).expect("a thread");
        assert_eq!(
            texts(&read),
            [
                "El puerto recibirá como máximo cuarenta cruceros al año a partir de 2028, según el acuerdo firmado ayer entre la autoridad portuaria y el ayuntamiento. El acuerdo también prohíbe que dos barcos atraquen a la vez en el muelle.",
                "Una tasa para los pasajeros",
                "El ayuntamiento cobrará cuatro euros por pasajero, que se destinarán a la limpieza y la movilidad del centro histórico.",
            ]
        );
        // The paragraph an ellipsis carried over is made of two posts.
        assert_eq!(read.paragraphs[0].from.len(), 2);
        assert_eq!(
            read.title.as_deref(),
            Some("El puerto limitará los cruceros")
        );
        assert_eq!(
            read.url.as_deref(),
            Some("https://www.elfaro.es/puerto-cruceros")
        );
        assert_eq!(read.date, chrono::NaiveDate::from_ymd_opt(2027, 10, 6));
        assert_eq!(read.authors, ["Ana Beltrán"]);
        let removed: Vec<(&str, Reason)> = read
            .removed
            .iter()
            .map(|(p, r)| (p.text.as_str(), *r))
            .collect();
        assert_eq!(
            removed,
            [
                (
                    "Mi crónica de hoy en El Faro, la pego entera para quien no tenga suscripción.",
                    Reason::ReaderNote
                ),
                (
                    "Fin. Suscribíos a vuestro diario local 🙏",
                    Reason::ReaderNote
                ),
                (
                    "¿Y qué pasa con los comercios del casco antiguo?",
                    Reason::Comments
                ),
            ]
        );
    }

    #[test]
    fn an_outlets_own_account_or_a_nickname_is_no_writer() {
        for (name, handle) in [
            ("El Faro", None),
            ("Diario Faro", Some("elfaro.es")),
            ("anita 🌊 she/her", None),
        ] {
            let v = spanish_thread(name, handle);
            assert!(read(&v).expect("a thread").authors.is_empty(), "{name}");
        }
        // A name with an emoji beside it is the name.
        let v = spanish_thread("Ana Beltrán 🌊", None);
        assert_eq!(read(&v).expect("a thread").authors, ["Ana Beltrán"]);
    }

    #[test]
    fn an_x_thread_of_the_v2_api_names_its_writer_from_the_users() {
        let v = json!({"data": [
            {"id": "11", "author_id": "7", "created_at": "2027-05-04T08:00:00.000Z", "text": "Die Stadt baut eine neue Brücke über den Fluss, die bis 2029 fertig sein soll und rund vierzig Millionen Euro kosten wird, wie der Stadtrat am Dienstag beschloss."},
            {"id": "13", "author_id": "8", "text": "Endlich! Wurde auch Zeit.", "referenced_tweets": [{"type": "replied_to", "id": "11"}]},
            {"id": "12", "author_id": "7", "text": "Die Bauarbeiten beginnen im Frühjahr; während dieser Zeit bleibt die alte Brücke für Autos gesperrt.", "referenced_tweets": [{"type": "quoted", "id": "99"}, {"type": "replied_to", "id": "11"}]}],
            "includes": {"users": [{"id": "7", "name": "Jonas Weber", "username": "jweber"}, {"id": "8", "name": "Kiki", "username": "kiki"}]}});
        let read = read(&v).expect("a thread");
        assert_eq!(read.paragraphs.len(), 2);
        assert!(read.paragraphs[1].text.starts_with("Die Bauarbeiten"));
        assert_eq!(read.authors, ["Jonas Weber"]);
        assert_eq!(read.date, chrono::NaiveDate::from_ymd_opt(2027, 5, 4));
        assert_eq!(read.removed.len(), 1);
        assert_eq!(read.removed[0].1, Reason::Comments);
    }

    #[test]
    fn an_x_thread_of_the_v1_api_joins_a_sentence_cut_across_posts() {
        let user = json!({"id_str": "5", "name": "Marta Lopes", "screen_name": "martalopes"});
        let v = json!([
            {"id_str": "21", "user": user, "in_reply_to_status_id_str": null, "created_at": "Tue Mar 02 10:00:00 +0000 2027", "full_text": "1/3 A prefeitura anunciou nesta terça-feira que o novo hospital municipal vai abrir as portas em março, com duzentos leitos e uma ala dedicada..."},
            {"id_str": "22", "user": user, "in_reply_to_status_id_str": "21", "full_text": "2/3 ...às crianças, segundo o secretário de saúde."},
            {"id_str": "23", "user": user, "in_reply_to_status_id_str": "22", "full_text": "3/3 As obras custaram cento e vinte milhões de reais, pagos pelo estado e pelo município."}]);
        let read = read(&v).expect("a thread");
        assert_eq!(read.paragraphs.len(), 2);
        assert!(
            read.paragraphs[0]
                .text
                .ends_with("uma ala dedicada às crianças, segundo o secretário de saúde."),
            "{}",
            read.paragraphs[0].text
        );
        assert_eq!(read.date, chrono::NaiveDate::from_ymd_opt(2027, 3, 2));
        assert!(read.removed.is_empty());
    }

    #[test]
    fn posts_that_reply_to_no_post_of_their_writer_are_no_thread() {
        // A post and its replies by other people.
        let ana = "did:plc:ana";
        let mut p1 = bsky(
            ana,
            "Ana Beltrán",
            1,
            None,
            "Hoy se firmó el acuerdo del puerto, con un máximo de cuarenta cruceros al año.",
        );
        p1["replies"] = json!([
            bsky(
                "did:plc:luis",
                "Luis",
                2,
                Some(&uri(ana, 1)),
                "¿Y los comercios?"
            ),
            bsky(
                "did:plc:eva",
                "Eva",
                3,
                Some(&uri(ana, 1)),
                "Ya era hora, el casco antiguo no aguantaba más."
            ),
        ]);
        assert!(read(&json!({"thread": p1})).is_none());
        // A writer's posts, none replying to another: a feed.
        let feed = json!({"feed": [
            {"post": bsky(ana, "Ana Beltrán", 1, None, "Primera nota del día.")["post"]},
            {"post": bsky(ana, "Ana Beltrán", 2, None, "Segunda nota del día.")["post"]}]});
        assert!(read(&feed).is_none());
        // Objects with ids and texts of no network.
        let other = json!([{"id": "1", "text": "A"}, {"id": "2", "text": "B", "parent": "1"}]);
        assert!(read(&other).is_none());
    }

    #[test]
    fn a_counter_is_taken_off_only_at_its_place() {
        assert_eq!(without_counter("3/10 Les travaux", 3), "Les travaux");
        assert_eq!(without_counter("Les travaux (2/4)", 2), "Les travaux");
        assert_eq!(without_counter("Les travaux 🧵 1/", 1), "Les travaux");
        assert_eq!(without_counter("[1/3] Les travaux", 1), "Les travaux");
        // A figure of the text, or a counter not at the post's place.
        assert_eq!(
            without_counter("24/7 service at the clinic", 3),
            "24/7 service at the clinic"
        );
        assert_eq!(without_counter("Les travaux 2/4", 3), "Les travaux 2/4");
    }

    #[test]
    fn a_last_post_opening_with_an_end_word_signs_off() {
        for t in [
            "Fin. Abonnez-vous à votre journal",
            "End 🙏",
            "End. Thanks for reading",
            "Ende.",
            "/end",
            "Koniec!",
        ] {
            assert!(signs_off(t), "{t}");
        }
        for t in [
            "Fine weather held through the weekend.",
            "Fin de semaine chargée au conseil municipal.",
            "Endlich beginnen die Arbeiten.",
            "The end of the line for the old tram depot came on Friday.",
        ] {
            assert!(!signs_off(t), "{t}");
        }
    }
}
