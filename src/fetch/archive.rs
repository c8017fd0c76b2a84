//! The archive: what `juxta fetch` stored in `sources/<outlet>/`. Each
//! article is the page's body byte for byte (`<slug>-<hash>.html`) and a
//! sidecar (`<slug>-<hash>.html.toml`) whose `[fetched]` table says how it
//! was fetched. The file name comes from the canonical address, so one
//! article has one name. When its text changes, the snapshot before is
//! moved to `sources/<outlet>/.history/` (named with its retrieval time),
//! which juxta does not read as sources (folders starting with `.` are
//! skipped): the briefing reads the latest snapshot only, and nothing is
//! counted twice.
//!
//! The index of the archive is made from the sidecars at the start of a
//! run, so it needs no state of its own: a fresh clone of a project that
//! keeps `sources/` in git knows everything it fetched before.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::config::Project;
use crate::error::{Error, Result};
use crate::ingest::fetched::FetchRecord;

/// The folder of older snapshots, in each outlet folder.
pub(crate) const HISTORY: &str = ".history";

/// An article in the archive.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    /// The outlet.
    pub(crate) outlet: String,
    /// The page, relative to the project.
    pub(crate) path: String,
    /// How it was fetched.
    pub(crate) record: FetchRecord,
}

/// The archive's articles by canonical address, and every address that
/// led to one of them.
#[derive(Debug, Default)]
pub(crate) struct Index {
    by_canonical: HashMap<String, Stored>,
    aliases: HashMap<String, String>,
}

impl Index {
    /// Reads the sidecars with a `[fetched]` table under the sources folder.
    pub(crate) fn load(project: &Project) -> Result<Index> {
        let mut index = Index::default();
        let dir = &project.sources_dir;
        if !dir.is_dir() {
            return Ok(index);
        }
        crate::fs::confine(&project.root, dir)?;
        for outlet in &project.outlets {
            let odir = dir.join(&outlet.id);
            if !odir.is_dir() {
                continue;
            }
            crate::fs::confine(&project.root, &odir)?;
            for path in crate::fs::read_dir(&odir)? {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let Some(page) = name.as_deref().and_then(|n| n.strip_suffix(".toml")) else {
                    continue;
                };
                if page.starts_with('.') {
                    continue;
                }
                if let Some(record) = read_record(&path) {
                    index.insert(Stored {
                        outlet: outlet.id.clone(),
                        path: project.relative(&path.with_file_name(page)),
                        record,
                    });
                }
            }
        }
        Ok(index)
    }

    /// Notes `s` (a later retrieval of the same article replaces an earlier).
    pub(crate) fn insert(&mut self, s: Stored) {
        let c = s.record.canonical_url.clone();
        for a in [&s.record.url, &s.record.final_url, &s.record.canonical_url] {
            self.aliases.insert(a.clone(), c.clone());
        }
        let newer = self
            .by_canonical
            .get(&c)
            .is_none_or(|old| old.record.retrieved_at <= s.record.retrieved_at);
        if newer {
            self.by_canonical.insert(c, s);
        }
    }

    /// Notes that `url` led to the article at `canonical`.
    pub(crate) fn alias(&mut self, url: &str, canonical: &str) {
        self.aliases.insert(url.to_string(), canonical.to_string());
    }

    /// The article `url` (asked, final or canonical, normalized) is, if stored.
    pub(crate) fn find(&self, url: &str) -> Option<&Stored> {
        let c = self.aliases.get(url).map_or(url, String::as_str);
        self.by_canonical.get(c)
    }
}

/// The `[fetched]` record of a sidecar, when it has one that parses.
fn read_record(path: &Path) -> Option<FetchRecord> {
    #[derive(serde::Deserialize)]
    struct Sidecar {
        fetched: Option<FetchRecord>,
    }
    let bytes = crate::fs::read_regular(path, crate::ingest::MAX_SOURCE_BYTES).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    toml::from_str::<Sidecar>(&text).ok()?.fetched
}

/// The sidecar text of a fetched page.
pub(crate) fn sidecar_text(record: &FetchRecord) -> Result<String> {
    #[derive(serde::Serialize)]
    struct Sidecar<'a> {
        fetched: &'a FetchRecord,
    }
    let body = toml::to_string(&Sidecar { fetched: record })
        .map_err(|e| Error::build(format!("cannot write a sidecar: {e}")))?;
    Ok(format!(
        "# Written by `juxta fetch`. Keys you add above [fetched] (title, date, author, url …)\n# win over what juxta reads from the page.\n\n{body}"
    ))
}

/// Stores a page of `outlet`: `stem.html` and its sidecar in the outlet's
/// folder; a snapshot already there is moved to `.history/` first.
/// Returns the page's path.
pub(crate) fn store(
    project: &Project,
    outlet: &str,
    stem: &str,
    body: &[u8],
    record: &FetchRecord,
) -> Result<PathBuf> {
    let dir = project.sources_dir.join(outlet);
    crate::fs::create_dir_in(&project.root, &dir, "the outlet's sources folder")?;
    let page = dir.join(format!("{stem}.html"));
    let sidecar = crate::ingest::frontmatter::sidecar_path(&page);
    if page.exists() {
        keep_history(project, &dir, stem, &page, &sidecar)?;
    }
    crate::fs::confine(&project.root, &page)?;
    crate::fs::write_atomic(&page, body)?;
    crate::fs::write_atomic(&sidecar, sidecar_text(record)?.as_bytes())?;
    Ok(page)
}

/// Moves the snapshot at `page` (and its sidecar) to `.history/`, named
/// with the time it was retrieved.
fn keep_history(
    project: &Project,
    dir: &Path,
    stem: &str,
    page: &Path,
    sidecar: &Path,
) -> Result<()> {
    let history = dir.join(HISTORY);
    crate::fs::create_dir_in(&project.root, &history, "the folder of older snapshots")?;
    let when = read_record(sidecar)
        .map(|r| r.retrieved_at)
        .unwrap_or_else(|| "earlier".into())
        .replace([':', '-'], "");
    let old_page = history.join(format!("{stem}.{when}.html"));
    let old_sidecar = crate::ingest::frontmatter::sidecar_path(&old_page);
    crate::fs::confine(&project.root, &old_page)?;
    for (from, to) in [(sidecar, &old_sidecar), (page, &old_page)] {
        if from.exists() {
            std::fs::rename(from, to).map_err(|e| Error::io("cannot move", from, &e))?;
        }
    }
    Ok(())
}
