//! What `juxta fetch` remembers between runs in `.juxta/fetch/`: the
//! `ETag` and `Last-Modified` of each feed and sitemap, so the next run asks
//! for them conditionally. Losing it costs one full download of each list,
//! never a duplicate article (the archive's own sidecars say what is stored).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::config::Project;
use crate::error::Result;

/// The validators of a list.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub(crate) struct ListState {
    /// `ETag` of the last answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) etag: Option<String>,
    /// `Last-Modified` of the last answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last_modified: Option<String>,
}

/// `.juxta/fetch/lists.json`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct State {
    /// By the list's address.
    #[serde(default)]
    pub(crate) lists: BTreeMap<String, ListState>,
}

/// The folder of the state.
pub(crate) fn dir(project: &Project) -> PathBuf {
    project.root.join(".juxta").join("fetch")
}

impl State {
    /// Reads the state; a missing or damaged file is an empty state.
    pub(crate) fn load(project: &Project) -> State {
        crate::fs::read_own(
            &dir(project).join("lists.json"),
            crate::fs::MAX_RECORD_BYTES,
        )
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
    }

    /// Writes the state atomically.
    pub(crate) fn save(&self, project: &Project) -> Result<()> {
        let d = dir(project);
        crate::fs::create_dir_in(&project.root, &d, "the fetch state folder .juxta/fetch")?;
        let json = serde_json::to_vec_pretty(self).map_err(|e| {
            crate::error::Error::build(format!("cannot write the fetch state: {e}"))
        })?;
        crate::fs::write_atomic(&d.join("lists.json"), &json)
    }
}
