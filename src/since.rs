//! What changed since the previous build of a theme.
//!
//! After a theme's outputs are written, `juxta build` records in
//! `.juxta/briefings/<theme>.json` when the briefing counts as built and the
//! articles the theme read: per outlet, the first 16 hex digits of each
//! article's sha256 (its bytes and its sidecar's, as the build plan and the
//! archive hash them), sorted. The next build compares the articles it reads
//! with that record: an article the recorded build did not read (added, in
//! the period now, or changed: its hash differs) is new, and so is each
//! passage shown from it. A passage of an old article shown for the first
//! time (the ranking moved) is not new.
//!
//! A build of the same briefing again — the same articles and the same build
//! time: `--force`, another `--emit` or `--template` — keeps the record's
//! comparison instead of comparing with itself, so rebuilding never forgets
//! what was new. A record that cannot be used (damaged, written by a newer
//! juxta) gives a warning and the build says it has nothing to compare with.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
#[cfg(test)]
use sha2::{Digest, Sha256};

use crate::briefing::{Briefing, date_label};
use crate::config::Project;
use crate::corpus::{Corpus, Entry};
use crate::error::{Location, Result, Warning};

/// Version of the record's layout; a record of another version is not read.
pub(crate) const STATE_VERSION: u32 = 1;

/// New articles listed by title per outlet (the others are counted).
pub(crate) const TITLES_PER_OUTLET: usize = 5;

/// The most juxta reads of a record (100,000 articles take about 2 MB).
const MAX_STATE_BYTES: u64 = 256 * 1024 * 1024;

/// Per document of the corpus (by its index), the id ([`sha_id`]) of
/// the sha256 of the bytes and sidecar it was read from. Taken from the
/// build's scan once the corpus is loaded, so that the scan (every path
/// and hash, tens of megabytes at a hundred thousand sources) is not kept
/// through the analyses.
pub(crate) struct Shas(Vec<Option<Id>>);

impl Shas {
    /// The ids of the corpus's documents, from the scan they were read
    /// from (matched by display path).
    pub(crate) fn of(corpus: &Corpus, scan: &crate::corpus::Scan) -> Shas {
        // A folder's corpus is in the scan's order.
        let mut finder = crate::corpus::FileFinder::new(&scan.files);
        let ids = (corpus.documents.iter().enumerate())
            .map(|(i, d)| Some(sha_id(scan.shas.get(finder.find(i, &d.path)?)?)))
            .collect();
        Shas(ids)
    }

    /// The id of document `d` of `corpus`.
    fn get(&self, corpus: &Corpus, d: &Entry) -> Option<Id> {
        *self.0.get(corpus.position(d)?)?
    }
}

/// An article's identity: the first 64 bits of its sha256.
type Id = u64;

/// The identity of an article whose sha256 is `sha`: its first 64 bits,
/// as [`article_id`] reads them from its hex form.
pub(crate) fn sha_id(sha: &crate::corpus::Sha) -> Id {
    let mut first = [0u8; 8];
    first.copy_from_slice(&sha.0[..8]);
    u64::from_be_bytes(first)
}

/// The identity of an article whose sha256 is `sha` (hex): its first 16
/// hex digits; a value that is not hex is hashed (it still identifies).
#[cfg(test)]
pub(crate) fn article_id(sha: &str) -> Id {
    sha.get(..16)
        .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
        .and_then(|h| u64::from_str_radix(h, 16).ok())
        .unwrap_or_else(|| {
            let d = Sha256::digest(sha.as_bytes());
            u64::from_be_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
        })
}

/// Articles per outlet: outlet id → identities, sorted, without repeats.
/// Written as 16 hex digits each.
/// Read and written id by id, without a string per article in between
/// (a million articles' record is read in a fraction of the time).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Articles(BTreeMap<String, Vec<Id>>);

impl Articles {
    /// The articles of `pairs` (outlet, identity).
    pub(crate) fn of<S: AsRef<str>>(pairs: impl IntoIterator<Item = (S, Id)>) -> Articles {
        let mut m: BTreeMap<String, Vec<Id>> = BTreeMap::new();
        for (outlet, id) in pairs {
            match m.get_mut(outlet.as_ref()) {
                Some(ids) => ids.push(id),
                None => {
                    m.insert(outlet.as_ref().to_string(), vec![id]);
                }
            }
        }
        for ids in m.values_mut() {
            ids.sort_unstable();
            ids.dedup();
        }
        Articles(m)
    }

    /// Whether `outlet` has the article `id`.
    pub(crate) fn contains(&self, outlet: &str, id: Id) -> bool {
        self.0
            .get(outlet)
            .is_some_and(|ids| ids.binary_search(&id).is_ok())
    }

    /// Those of these articles that `other` does not have.
    fn minus(&self, other: &Articles) -> Articles {
        Articles(
            self.0
                .iter()
                .map(|(o, ids)| {
                    let left: Vec<Id> = ids
                        .iter()
                        .copied()
                        .filter(|&id| !other.contains(o, id))
                        .collect();
                    (o.clone(), left)
                })
                .filter(|(_, ids)| !ids.is_empty())
                .collect(),
        )
    }

    /// How many articles, over all outlets.
    pub(crate) fn len(&self) -> usize {
        self.0.values().map(Vec::len).sum()
    }
}

/// `id` as 16 hex digits.
fn id_digits(id: Id) -> [u8; 16] {
    let mut out = [0u8; 16];
    crate::ingest::hex_into(&id.to_be_bytes(), &mut out);
    out
}

impl Serialize for Articles {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        struct Ids<'a>(&'a [Id]);
        impl Serialize for Ids<'_> {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                for &id in self.0 {
                    let digits = id_digits(id);
                    seq.serialize_element(std::str::from_utf8(&digits).unwrap_or_default())?;
                }
                seq.end()
            }
        }
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (outlet, ids) in &self.0 {
            m.serialize_entry(outlet, &Ids(ids))?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Articles {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        use serde::de::{DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
        /// The ids listed under one outlet.
        struct Ids<'o>(&'o str);
        impl<'de> DeserializeSeed<'de> for Ids<'_> {
            type Value = Vec<Id>;
            fn deserialize<D: serde::Deserializer<'de>>(
                self,
                d: D,
            ) -> std::result::Result<Vec<Id>, D::Error> {
                d.deserialize_seq(self)
            }
        }
        impl<'de> Visitor<'de> for Ids<'_> {
            type Value = Vec<Id>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "a list of article identities under `{}`", self.0)
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> std::result::Result<Vec<Id>, A::Error> {
                let mut ids = Vec::with_capacity(a.size_hint().unwrap_or(0).min(1 << 20));
                while let Some(id) = a.next_element::<std::borrow::Cow<'de, str>>()? {
                    let ok = id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit());
                    let parsed = u64::from_str_radix(&id, 16).ok().filter(|_| ok);
                    ids.push(parsed.ok_or_else(|| {
                        A::Error::custom(format!(
                            "`{id}` under `{}` is not an article identity (16 hex digits)",
                            self.0
                        ))
                    })?);
                }
                Ok(ids)
            }
        }
        struct Outlets;
        impl<'de> Visitor<'de> for Outlets {
            type Value = Articles;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("article identities per outlet")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut a: A,
            ) -> std::result::Result<Articles, A::Error> {
                let mut m: BTreeMap<String, Vec<Id>> = BTreeMap::new();
                while let Some(outlet) = a.next_key::<String>()? {
                    let ids = a.next_value_seed(Ids(&outlet))?;
                    m.entry(outlet).or_default().extend(ids);
                }
                for ids in m.values_mut() {
                    ids.sort_unstable();
                    ids.dedup();
                }
                Ok(Articles(m))
            }
        }
        d.deserialize_map(Outlets)
    }
}

/// How a build compares with the one before it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Changes {
    /// The date ("YYYY-MM-DD") of the build compared with; none on a first build.
    pub(crate) previous_date: Option<String>,
    /// Articles read now that it did not read.
    pub(crate) new: Articles,
    /// How many articles it read that this build does not.
    pub(crate) removed: usize,
}

/// The record of a theme's last build: `.juxta/briefings/<theme>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct State {
    /// [`STATE_VERSION`].
    pub(crate) version: u32,
    /// The briefing's build date, "YYYY-MM-DD" (`built.date`).
    pub(crate) date: String,
    /// Its build time, RFC 3339 (`built.timestamp`).
    pub(crate) timestamp: String,
    /// The articles it read.
    pub(crate) articles: Articles,
    /// How it compared with the build before it.
    pub(crate) since: Changes,
}

/// Compares the articles of a build at `timestamp` with the record of the
/// previous build: the same articles at the same time are a rebuild of that
/// briefing and keep its comparison.
pub(crate) fn compare(previous: Option<&State>, current: &Articles, timestamp: &str) -> Changes {
    match previous {
        None => Changes::default(),
        Some(p) if p.articles == *current && p.timestamp == timestamp => p.since.clone(),
        Some(p) => Changes {
            previous_date: Some(p.date.clone()),
            new: current.minus(&p.articles),
            removed: p.articles.minus(current).len(),
        },
    }
}

/// Where a theme's record is.
pub(crate) fn state_path(project: &Project, theme: &str) -> PathBuf {
    project
        .root
        .join(".juxta")
        .join("briefings")
        .join(format!("{theme}.json"))
}

/// The record of the previous build of `theme`: none when there is none,
/// and a warning when it cannot be used (the build then compares with nothing).
pub(crate) fn read(project: &Project, theme: &str) -> (Option<State>, Option<Warning>) {
    let path = state_path(project, theme);
    let shown = project.relative(&path);
    let unusable = |why: String| {
        Warning::new(format!(
            "theme `{theme}`: cannot compare with the previous build: {why}"
        ))
        .at(Location::file(shown.clone()))
        .hint("this build says it has nothing to compare with, and replaces the record")
    };
    // The message of a refused link names the path already.
    if let Err(e) = crate::fs::confine(&project.root, &path) {
        return (None, Some(unusable(e.message.clone())));
    }
    let bytes = match crate::fs::read_own(&path, MAX_STATE_BYTES) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (None, None),
        Err(e) => {
            let why = crate::error::io_reason(&e);
            return (
                None,
                Some(unusable(format!("{shown} cannot be read: {why}"))),
            );
        }
    };
    match parse(&bytes) {
        Ok(s) => (Some(s), None),
        Err(why) => (None, Some(unusable(format!("{shown} {why}")))),
    }
}

/// A record from its bytes, or why it cannot be used.
fn parse(bytes: &[u8]) -> std::result::Result<State, String> {
    #[derive(Deserialize)]
    struct Version {
        version: u32,
    }
    let v: Version = serde_json::from_slice(bytes)
        .map_err(|e| format!("is not a juxta build record ({})", json_error(&e)))?;
    if v.version > STATE_VERSION {
        return Err(format!(
            "was written by a newer juxta (format {}; this juxta reads format {STATE_VERSION})",
            v.version
        ));
    }
    if v.version != STATE_VERSION {
        return Err(format!(
            "has format {}; this juxta reads format {STATE_VERSION}",
            v.version
        ));
    }
    serde_json::from_slice(bytes).map_err(|e| format!("does not parse ({})", json_error(&e)))
}

/// "line 1, column 20: EOF while parsing a value".
fn json_error(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let what = full.split(" at line ").next().unwrap_or(&full);
    format!("line {}, column {}: {what}", e.line(), e.column())
}

/// Writes a theme's record atomically, inside the project.
pub(crate) fn write(project: &Project, theme: &str, state: &State) -> Result<()> {
    let path = state_path(project, theme);
    let dir = path.parent().unwrap_or(&project.root).to_path_buf();
    crate::fs::create_dir_in(&project.root, &dir, "the build records folder")?;
    // Streamed to the file: at a million articles the record is tens of
    // megabytes, which a buffer would hold whole.
    crate::fs::write_atomic_with(&path, |w| {
        serde_json::to_writer(w, state).map_err(std::io::Error::other)
    })
}

/// The articles of `documents` of `corpus` (those with an outlet and a hash).
pub(crate) fn articles_of(corpus: &Corpus, documents: &[&Entry], shas: &Shas) -> Articles {
    Articles::of(documents.iter().filter_map(|d| {
        let outlet = d.outlet.as_deref()?;
        Some((outlet, shas.get(corpus, d)?))
    }))
}

/// Compares a theme's build with the previous one and marks the briefing:
/// `new` on every passage and the `since` section. Returns the record of
/// this build, to be written once its outputs are.
pub(crate) fn mark(
    briefing: &mut Briefing,
    corpus: &Corpus,
    documents: &[&Entry],
    shas: &Shas,
    previous: Option<&State>,
) -> State {
    let current = articles_of(corpus, documents, shas);
    let timestamp = briefing.built.timestamp.clone();
    let changes = compare(previous, &current, &timestamp);
    let is_new = |d: &Entry| {
        d.outlet
            .as_deref()
            .zip(shas.get(corpus, d))
            .is_some_and(|(o, id)| changes.new.contains(o, id))
    };
    for p in briefing
        .facets
        .iter_mut()
        .flat_map(|f| &mut f.cells)
        .flat_map(|c| &mut c.passages)
    {
        p.new = corpus.document(&p.source).is_some_and(is_new);
    }
    let new_docs: Vec<&Entry> = documents.iter().copied().filter(|d| is_new(d)).collect();
    briefing.since = since_info(briefing, &changes, &new_docs);
    State {
        version: STATE_VERSION,
        date: briefing.built.date.clone(),
        timestamp,
        articles: current,
        since: changes,
    }
}

/// What changed since the previous build, as the template shows it.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub(crate) struct SinceInfo {
    /// Whether a previous build of the theme was found to compare with
    /// (false on a first build: every passage's `new` is false).
    pub(crate) previous: bool,
    /// That build's date, "YYYY-MM-DD", or null.
    pub(crate) previous_date: Option<String>,
    /// "September 19, 2023", or null.
    pub(crate) previous_date_label: Option<String>,
    /// Articles read now that the previous build did not read: added,
    /// changed since (their hash differs), or newly in the period.
    pub(crate) new_articles_total: usize,
    /// Articles the previous build read that this one does not: removed,
    /// changed (their old version), or out of the period now.
    pub(crate) removed_articles: usize,
    /// Passages shown that come from new articles.
    pub(crate) new_passages_total: usize,
    /// Per outlet of the theme, in column order: its new articles.
    pub(crate) new_articles: Vec<NewArticles>,
    /// Per facet, in order: its passages shown from new articles.
    pub(crate) new_passages: Vec<NewPassages>,
}

/// An outlet's new articles.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct NewArticles {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Outlet name.
    pub(crate) name: String,
    /// How many new articles.
    pub(crate) articles: usize,
    /// The newest of them (at most 5; undated ones last).
    pub(crate) titles: Vec<NewArticle>,
    /// New articles not in `titles`.
    pub(crate) more: usize,
}

/// A new article.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct NewArticle {
    /// Source path.
    pub(crate) source: String,
    /// Title, or the file name when the article states none.
    pub(crate) title: String,
    /// Whether `title` is the article's own title (false: the file name).
    pub(crate) title_stated: bool,
    /// "YYYY-MM-DD" or null.
    pub(crate) date: Option<String>,
    /// "September 19, 2023" or "date not stated".
    pub(crate) date_label: String,
}

/// A facet's passages from new articles.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct NewPassages {
    /// Facet id.
    pub(crate) facet: String,
    /// Facet title.
    pub(crate) title: String,
    /// Passages shown under the facet that come from new articles.
    pub(crate) passages: usize,
}

/// The `since` section of a briefing whose passages are marked.
fn since_info(b: &Briefing, changes: &Changes, new_docs: &[&Entry]) -> SinceInfo {
    let new_passages: Vec<NewPassages> = b
        .facets
        .iter()
        .map(|f| NewPassages {
            facet: f.id.clone(),
            title: f.title.clone(),
            passages: f
                .cells
                .iter()
                .flat_map(|c| &c.passages)
                .filter(|p| p.new)
                .count(),
        })
        .collect();
    let new_articles: Vec<NewArticles> = b
        .outlets
        .iter()
        .map(|o| {
            let mut mine: Vec<&Entry> = new_docs
                .iter()
                .copied()
                .filter(|d| d.outlet.as_deref() == Some(o.id.as_str()))
                .collect();
            // Newest first, undated last, then by path.
            mine.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
            NewArticles {
                outlet: o.id.clone(),
                name: o.name.clone(),
                articles: mine.len(),
                more: mine.len().saturating_sub(TITLES_PER_OUTLET),
                titles: mine
                    .iter()
                    .take(TITLES_PER_OUTLET)
                    .map(|d| new_article(d))
                    .collect(),
            }
        })
        .collect();
    let previous_date = changes.previous_date.clone();
    SinceInfo {
        previous: previous_date.is_some(),
        previous_date_label: previous_date.as_deref().map(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_or_else(|_| d.to_string(), |d| date_label(Some(d)))
        }),
        previous_date,
        new_articles_total: new_articles.iter().map(|n| n.articles).sum(),
        removed_articles: changes.removed,
        new_passages_total: new_passages.iter().map(|n| n.passages).sum(),
        new_articles,
        new_passages,
    }
}

fn new_article(d: &Entry) -> NewArticle {
    NewArticle {
        source: d.path.clone(),
        title: d.display_title(),
        title_stated: d.title.is_some(),
        date: d.date_string(),
        date_label: date_label(d.date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arts(pairs: &[(&str, Id)]) -> Articles {
        Articles::of(pairs.iter().map(|(o, id)| (o.to_string(), *id)))
    }

    #[test]
    fn each_document_gets_the_hash_of_its_own_source_in_any_order() {
        use crate::testutil::doc_named;
        let corpus =
            Corpus::build(vec![doc_named("one"), doc_named("two"), doc_named("three")]).unwrap();
        let sha = |c: char| c.to_string().repeat(64);
        let file = |name: &str| crate::corpus::SourceFile {
            path: PathBuf::from(format!("/p/sources/a/{name}.txt")),
            display: format!("sources/a/{name}.txt"),
            outlet: "a".into(),
            sidecar: false,
        };
        let ids = |order: &[(&str, char)]| {
            let scan = crate::corpus::Scan::of(
                order.iter().map(|(n, _)| file(n)).collect(),
                order
                    .iter()
                    .map(|(_, c)| crate::corpus::Sha::of_hex(&sha(*c)))
                    .collect(),
            );
            let shas = Shas::of(&corpus, &scan);
            (corpus.documents.iter())
                .map(|d| shas.get(&corpus, d))
                .collect::<Vec<_>>()
        };
        let want = vec![
            Some(article_id(&sha('1'))),
            Some(article_id(&sha('2'))),
            Some(article_id(&sha('3'))),
        ];
        // In the corpus's order, and in another (the rest looked up).
        assert_eq!(ids(&[("one", '1'), ("two", '2'), ("three", '3')]), want);
        assert_eq!(ids(&[("one", '1'), ("three", '3'), ("two", '2')]), want);
        // A document the scan does not list has no hash.
        assert_eq!(ids(&[("one", '1'), ("two", '2')])[2], None);
    }

    fn state(articles: Articles, timestamp: &str, since: Changes) -> State {
        State {
            version: STATE_VERSION,
            date: timestamp[..10].to_string(),
            timestamp: timestamp.to_string(),
            articles,
            since,
        }
    }

    const T1: &str = "2023-09-19T00:00:00+00:00";
    const T2: &str = "2023-09-20T00:00:00+00:00";

    #[test]
    fn a_first_build_has_nothing_to_compare_with() {
        let c = compare(None, &arts(&[("dw", 1), ("mt", 2)]), T1);
        assert_eq!(c, Changes::default());
        assert_eq!(c.new.len(), 0);
    }

    #[test]
    fn exactly_the_added_article_is_new() {
        let before = state(arts(&[("dw", 1), ("mt", 2)]), T1, Changes::default());
        let c = compare(Some(&before), &arts(&[("dw", 1), ("mt", 2), ("mt", 3)]), T1);
        assert_eq!(c.previous_date.as_deref(), Some("2023-09-19"));
        assert_eq!(c.new, arts(&[("mt", 3)]));
        assert!(!c.new.contains("mt", 2), "an old article is not new");
        assert!(!c.new.contains("dw", 1));
        assert_eq!(c.removed, 0);
    }

    #[test]
    fn a_changed_article_is_new_and_its_old_version_removed() {
        let before = state(arts(&[("dw", 1), ("mt", 2)]), T1, Changes::default());
        let c = compare(Some(&before), &arts(&[("dw", 1), ("mt", 9)]), T2);
        assert_eq!(c.new, arts(&[("mt", 9)]));
        assert_eq!(c.removed, 1);
    }

    #[test]
    fn the_same_text_in_another_outlet_is_new_there() {
        let before = state(arts(&[("dw", 1)]), T1, Changes::default());
        let c = compare(Some(&before), &arts(&[("dw", 1), ("mt", 1)]), T1);
        assert_eq!(c.new, arts(&[("mt", 1)]));
        // A renamed file has the same hash: not new.
        let c = compare(Some(&before), &arts(&[("dw", 1)]), T2);
        assert_eq!(c.new.len(), 0);
        assert_eq!(c.previous_date.as_deref(), Some("2023-09-19"));
    }

    #[test]
    fn a_rebuild_of_the_same_briefing_keeps_its_comparison() {
        let kept = Changes {
            previous_date: Some("2023-09-01".into()),
            new: arts(&[("mt", 3)]),
            removed: 2,
        };
        let now = arts(&[("dw", 1), ("mt", 3)]);
        let last = state(now.clone(), T1, kept.clone());
        assert_eq!(compare(Some(&last), &now, T1), kept);
        // A later build of the same articles: nothing new since the last one.
        let c = compare(Some(&last), &now, T2);
        assert_eq!(c.previous_date.as_deref(), Some("2023-09-19"));
        assert_eq!((c.new.len(), c.removed), (0, 0));
        // A rebuild after a first build stays a first build.
        let first = state(now.clone(), T1, Changes::default());
        assert_eq!(compare(Some(&first), &now, T1), Changes::default());
    }

    #[test]
    fn removed_articles_are_counted_not_new() {
        let before = state(
            arts(&[("dw", 1), ("dw", 4), ("mt", 2)]),
            T1,
            Changes::default(),
        );
        let c = compare(Some(&before), &arts(&[("mt", 2)]), T2);
        assert_eq!((c.new.len(), c.removed), (0, 2));
    }

    #[test]
    fn identities_are_the_first_16_hex_digits() {
        let sha = "0123456789abcdef0000000000000000000000000000000000000000000000ff";
        assert_eq!(article_id(sha), 0x0123_4567_89ab_cdef);
        assert_eq!(article_id(&sha.to_uppercase()), 0x0123_4567_89ab_cdef);
        // Not hex, or too short: hashed, the same each time, not zero.
        for odd in ["", "xyz", "+123456789abcdef0", "0123"] {
            assert_eq!(article_id(odd), article_id(odd));
            assert_ne!(article_id(odd), 0, "{odd}");
        }
        assert_ne!(article_id("xyz"), article_id("xyy"));
        // The id of a hash held as bytes is the id of its hex form.
        let whole = crate::ingest::hex(&Sha256::digest(b"x"));
        let held = crate::corpus::Sha::of_hex(&whole);
        assert_eq!(held.hex(), whole);
        assert_eq!(sha_id(&held), article_id(&whole));
        assert_eq!(std::str::from_utf8(&held.hex_digits()).unwrap(), whole);
        // A hash in another form stands for the sha256 of its text, whose
        // id is the id the text was always given.
        assert_eq!(
            sha_id(&crate::corpus::Sha::of_hex("xyz")),
            article_id("xyz")
        );
    }

    #[test]
    fn a_record_round_trips_and_rejects_what_it_does_not_know() {
        let s = state(arts(&[("dw", 1), ("mt", u64::MAX)]), T1, Changes::default());
        let bytes = serde_json::to_vec(&s).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.contains("\"ffffffffffffffff\""), "{text}");
        assert!(text.contains("\"0000000000000001\""), "{text}");
        assert_eq!(parse(&bytes).unwrap(), s);
        let newer = text.replace("\"version\":1", "\"version\":7");
        assert!(parse(newer.as_bytes()).unwrap_err().contains("newer juxta"));
        let older = text.replace("\"version\":1", "\"version\":0");
        assert!(parse(older.as_bytes()).unwrap_err().contains("format 0"));
        let bad_id = text.replace("0000000000000001", "00000000000000g1");
        assert!(
            parse(bad_id.as_bytes())
                .unwrap_err()
                .contains("not an article identity")
        );
        let short = text.replace("0000000000000001", "1");
        assert!(parse(short.as_bytes()).is_err());
        for junk in ["", "{", "[]", "{\"version\":1}", "\u{0}\u{1}"] {
            assert!(parse(junk.as_bytes()).is_err(), "{junk:?}");
        }
        // The articles' own form: outlet → 16 hex digits each, sorted.
        let a = arts(&[("dw", 0xfedc_ba98_7654_3210), ("dw", 0x0123_4567_89ab_cdef)]);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, r#"{"dw":["0123456789abcdef","fedcba9876543210"]}"#);
        // Read back sorted, without repeats, an outlet named twice merged.
        let odd = r#"{"dw":["fedcba9876543210","0123456789abcdef","fedcba9876543210"],"mt":[],"dw":["0000000000000002"]}"#;
        let back: Articles = serde_json::from_str(odd).unwrap();
        let want = arts(&[
            ("dw", 2),
            ("dw", 0xfedc_ba98_7654_3210),
            ("dw", 0x0123_4567_89ab_cdef),
        ]);
        assert_eq!(back.0.get("dw"), want.0.get("dw"));
        assert_eq!(back.0.get("mt").map(Vec::len), Some(0));
        for bad in [r#"["dw"]"#, r#"{"dw":"0123456789abcdef"}"#, r#"{"dw":[1]}"#] {
            assert!(serde_json::from_str::<Articles>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_record_of_100000_articles_stays_small() {
        // 100,000 articles over 14 outlets: 19 bytes each.
        let pairs = (0..100_000u64).map(|i| {
            let id = article_id(&crate::ingest::hex(&Sha256::digest(i.to_le_bytes())));
            (format!("outlet-{}", i % 14), id)
        });
        let s = state(Articles::of(pairs), T1, Changes::default());
        let bytes = serde_json::to_vec(&s).unwrap();
        assert_eq!(s.articles.len(), 100_000);
        assert!(bytes.len() < 2_000_000, "{} bytes", bytes.len());
        assert!(bytes.len() > 1_800_000, "{} bytes", bytes.len());
    }
}
