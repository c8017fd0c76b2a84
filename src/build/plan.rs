//! What a build must do: for each theme, a hash of its inputs and, from the
//! build record in `output/.juxta-build.json`, whether it can be skipped.
//!
//! A theme is unchanged when its configuration, the sources of its outlets,
//! juxta's version and the build options hash as last time, every file its
//! last compile read (the template, its imports, data and images: recorded
//! by the renderer) is as it was, and its outputs are still what was
//! written. Judged by content hashes; a source's hash is reused from the
//! last scan while its size, times and inode are unchanged and it did not
//! change within 2 s of being hashed (`corpus`, `.juxta/hashes.bin`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Emit, Options};
use crate::config::{Project, Theme};
use crate::corpus;
use crate::error::{Error, Result};
use crate::fs::{SourceFile, sha_file};
use crate::ingest::hex;

/// The build record in `output/`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Manifest {
    format: u32,
    pub(crate) themes: BTreeMap<String, ManifestEntry>,
}

/// What the record keeps of one theme's last build.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct ManifestEntry {
    /// Hash of the configuration, sources and options the outputs depend on.
    pub(crate) inputs: String,
    /// Output path (relative to the project) → sha256 of what was written.
    pub(crate) outputs: BTreeMap<String, String>,
    /// Every file the template read (relative to the project) → its sha256.
    #[serde(default)]
    pub(crate) reads: BTreeMap<String, String>,
    pub(crate) pages: Option<usize>,
    pub(crate) passages: Option<usize>,
}

const MANIFEST: &str = ".juxta-build.json";
const MANIFEST_FORMAT: u32 = 2;

impl Manifest {
    /// The record of the last build, or an empty one.
    pub(crate) fn read(project: &Project) -> Manifest {
        crate::fs::read_own(
            &project.output_dir.join(MANIFEST),
            crate::fs::MAX_RECORD_BYTES,
        )
        .ok()
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
        .filter(|m| m.format == MANIFEST_FORMAT)
        .unwrap_or_default()
    }

    /// Writes the record atomically.
    pub(crate) fn write(&mut self, project: &Project) -> Result<()> {
        self.format = MANIFEST_FORMAT;
        let bytes = serde_json::to_vec_pretty(self)
            .map_err(|e| Error::build(format!("cannot write the build record: {e}")))?;
        crate::fs::write_atomic(&project.output_dir.join(MANIFEST), &bytes)
    }
}

/// What the build will do with one theme.
pub(super) struct Plan<'a> {
    pub(crate) theme: &'a Theme,
    /// The template it uses.
    pub(crate) template: String,
    /// Hash of its inputs.
    pub(crate) inputs: String,
    /// The files it writes.
    pub(crate) outputs: Vec<PathBuf>,
    /// Whether it can be skipped.
    pub(crate) unchanged: bool,
}

/// The plan of every theme asked for.
pub(super) fn plans<'a>(
    project: &Project,
    themes: &[&'a Theme],
    options: &Options,
    manifest: &Manifest,
    scan: &corpus::Scan,
) -> Result<Vec<Plan<'a>>> {
    let sources: Vec<(&SourceFile, &corpus::Sha)> = scan.files.iter().zip(&scan.shas).collect();
    let mut plans = Vec::new();
    for t in themes {
        let template = options
            .template
            .clone()
            .unwrap_or_else(|| t.template.clone());
        let inputs = inputs_hash(project, t, &template, &sources, options);
        let outputs = output_paths(project, t, options.emit);
        let unchanged = !options.force
            && manifest
                .themes
                .get(&t.id)
                .is_some_and(|e| e.inputs == inputs && still_valid(project, e, &outputs));
        plans.push(Plan {
            theme: t,
            template,
            inputs,
            outputs,
            unchanged,
        });
    }
    Ok(plans)
}

/// Whether every file the last build read and wrote is still as it was.
fn still_valid(project: &Project, e: &ManifestEntry, outputs: &[PathBuf]) -> bool {
    let outputs_intact = outputs.iter().all(|p| {
        e.outputs
            .get(&project.relative(p))
            .is_some_and(|sha| crate::fs::sha_own(p).as_deref() == Some(sha))
    });
    outputs_intact
        && e.reads
            .iter()
            .all(|(rel, sha)| sha_file(&project.root.join(rel)).as_deref() == Some(sha))
}

/// Hash of every input of a theme's outputs but the files its template reads.
fn inputs_hash(
    project: &Project,
    theme: &Theme,
    template: &str,
    sources: &[(&SourceFile, &corpus::Sha)],
    options: &Options,
) -> String {
    let mut h = Sha256::new();
    let mut put = |s: &str| {
        h.update(s.as_bytes());
        h.update([0]);
    };
    put(env!("CARGO_PKG_VERSION"));
    put(&format!(
        "index {} schema {}",
        corpus::INDEX_FORMAT,
        crate::briefing::SCHEMA_VERSION
    ));
    put(&project.title);
    put(&theme.id);
    put(&theme.title);
    put(theme.question.as_deref().unwrap_or(""));
    put(theme.scope.as_ref().map_or("", |s| s.0.as_str()));
    put(template);
    put(&theme.passages_per_cell.to_string());
    put(&theme.repeat_passages.to_string());
    put(if theme.scope_per_paragraph {
        "scope per paragraph"
    } else {
        "scope per article"
    });
    if theme.period.is_limited() {
        // Resolved: `last` moves with the build date.
        put(&format!("{:?}", theme.period));
    }
    for f in &theme.facets {
        put(&f.id);
        put(&f.title);
        put(&f.query_text);
    }
    for id in &theme.outlets {
        if let Some(o) = project.outlet(id) {
            put(&o.id);
            put(&o.name);
            put(o.about.as_deref().unwrap_or(""));
            put(&o.domains.join(","));
        }
    }
    for (f, sha) in sources {
        if theme.outlets.iter().any(|o| **o == *f.outlet) {
            put(&f.display);
            put(std::str::from_utf8(&sha.hex_digits()).unwrap_or_default());
        }
    }
    put(&format!(
        "emit {} {} {}",
        options.emit.pdf, options.emit.json, options.emit.typ
    ));
    put(&options.standards.join(","));
    put(&options
        .source_date_epoch
        .map(|s| s.to_string())
        .unwrap_or_default());
    hex(&h.finalize())
}

/// The file paths a theme writes.
pub(super) fn output_paths(project: &Project, theme: &Theme, emit: Emit) -> Vec<PathBuf> {
    let mut v = Vec::new();
    let base = project.output_dir.join(&theme.id);
    if emit.pdf {
        v.push(base.with_extension("pdf"));
    }
    if emit.json || emit.typ {
        v.push(base.with_extension("json"));
    }
    if emit.typ {
        v.push(base.with_extension("typ"));
    }
    v
}

/// The files a compile read, as the build record keeps them: paths relative
/// to the project with their sha256.
pub(super) fn record_reads(project: &Project, files: &[PathBuf]) -> BTreeMap<String, String> {
    let root = project
        .root
        .canonicalize()
        .unwrap_or_else(|_| project.root.clone());
    files
        .iter()
        .filter_map(|f| {
            let rel = f
                .strip_prefix(&root)
                .ok()
                .or_else(|| f.strip_prefix(&project.root).ok())?;
            Some((rel_string(rel), sha_file(f)?))
        })
        .collect()
}

fn rel_string(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}
