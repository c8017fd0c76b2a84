//! Discovery of a project's sources: `sources/<outlet-id>/…` files in the
//! formats juxta reads. A folder that names no outlet is an error, a file in
//! another format is a warning, a link that leads out of the project is refused.

use std::path::{Path, PathBuf};

use super::canonical;
use crate::config::Project;
use crate::error::{Error, Result, Warning, WarningKind};
use crate::ingest;

/// A source file found in the project.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path on disk.
    pub(crate) path: PathBuf,
    /// Path relative to the project root, for messages and JSON.
    pub(crate) display: String,
    /// The outlet id (the folder under `sources/`), shared by the outlet's
    /// sources ([`crate::corpus::intern`]).
    pub(crate) outlet: std::sync::Arc<str>,
    /// Whether its folder listed a sidecar (`<name>.toml`) beside it.
    pub(crate) sidecar: bool,
}

/// One entry met while walking the sources folder.
struct Entry {
    path: PathBuf,
    /// How it is shown: its folder as shown, `/` and its name.
    shown: String,
    /// Where its name begins in `shown`.
    name_at: usize,
    /// A folder (a link is followed: it was checked to stay inside).
    dir: bool,
}

impl Entry {
    /// Its name in its folder.
    fn name(&self) -> &str {
        &self.shown[self.name_at..]
    }
}

/// The entries of `dir`, sorted by name, without hidden ones, each checked
/// to stay inside the project. The kind of an entry comes from the folder
/// listing; only links (and entries the listing gives no kind for) cost a
/// `stat`.
/// `shown` is how `dir` is shown (relative to the project, `/`-separated):
/// an entry is shown as it plus `/` and the entry's name.
fn entries(dir: &Path, shown: &str, root: &Path) -> Result<Vec<Entry>> {
    // Listed by the system call, each name borrowed from the listing:
    // a source costs its path and its shown name, nothing else (the
    // standard listing allocated each name twice more; at a million
    // sources that was a tenth of a rebuild's CPU).
    let mut listed = list(dir).map_err(|e| Error::io("cannot read folder", dir, &e))?;
    // By name as the system gives it (bytes).
    listed.sort_unstable_by(|a, b| name_of(&a.0, a.1).cmp(name_of(&b.0, b.1)));
    let mut out = Vec::with_capacity(listed.len());
    for (path, len, kind) in listed {
        let name = String::from_utf8_lossy(name_of(&path, len));
        let (shown, name_at) = match shown {
            "" => (name.into_owned(), 0),
            _ => (format!("{shown}/{name}"), shown.len() + 1),
        };
        let dir = match kind {
            Some(k) if k != rustix::fs::FileType::Symlink => k == rustix::fs::FileType::Directory,
            _ => check_inside(&path, root, &shown)?,
        };
        out.push(Entry {
            path,
            shown,
            name_at,
            dir,
        });
    }
    Ok(out)
}

/// The name of a listed entry: the last `len` bytes of its path.
fn name_of(path: &Path, len: usize) -> &[u8] {
    use std::os::unix::ffi::OsStrExt;
    let b = path.as_os_str().as_bytes();
    &b[b.len().saturating_sub(len)..]
}

/// The entries of folder `dir` but hidden ones (a name beginning with
/// `.`, which includes `.` and `..`): each one's path, the length of its
/// name (the path's last bytes) and, when the listing gives it, its kind.
type Listed = (PathBuf, usize, Option<rustix::fs::FileType>);

fn list(dir: &Path) -> std::io::Result<Vec<Listed>> {
    use rustix::fs::{FileType, Mode, OFlags};
    use std::os::unix::ffi::OsStrExt;
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    let fd = rustix::fs::open(dir, flags, Mode::empty())?;
    let mut out = Vec::new();
    for e in rustix::fs::Dir::new(fd)? {
        let e = e?;
        let name = e.file_name().to_bytes();
        if name.starts_with(b".") {
            continue;
        }
        let kind = match e.file_type() {
            FileType::Unknown => None,
            k => Some(k),
        };
        out.push((
            dir.join(std::ffi::OsStr::from_bytes(name)),
            name.len(),
            kind,
        ));
    }
    Ok(out)
}

/// Finds the project's source files, sorted by path.
pub fn discover(project: &Project) -> Result<(Vec<SourceFile>, Vec<Warning>)> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let dir = &project.sources_dir;
    let shown_dir = project.relative(dir);
    super::confine(&project.root, dir)?;
    if !dir.is_dir() {
        return Err(Error::usage(format!("the sources folder {shown_dir}/ does not exist"))
            .hint(format!(
                "create {shown_dir}/<outlet-id>/ and put articles in it, or set `sources` in [project]"
            )));
    }
    let root = canonical(&project.root)?;
    let mut outlets = Vec::new();
    for entry in entries(dir, &shown_dir, &root)? {
        if entry.path.is_file() {
            if ingest::is_source_file(&entry.path) {
                return Err(Error::usage(format!("{} is not in an outlet folder", entry.shown))
                    .hint(format!(
                        "move it into {shown_dir}/<outlet-id>/, where <outlet-id> is one of: {}",
                        outlet_ids(project)
                    )));
            }
            continue;
        }
        if !entry.path.is_dir() {
            continue;
        }
        if project.outlet(entry.name()).is_none() {
            return Err(no_such_outlet(project, &entry));
        }
        outlets.push(entry);
    }
    // Outlets are walked on all cores; their results are taken in order.
    use rayon::prelude::*;
    let walked: Vec<Result<(Vec<SourceFile>, Vec<Warning>)>> = outlets
        .par_iter()
        .map(|o| {
            let (mut f, mut w) = (Vec::new(), Vec::new());
            walk_outlet(project, o, &root, &mut f, &mut w).map(|()| (f, w))
        })
        .collect();
    // One buffer of the right size: grown by doubling, a hundred thousand
    // sources would leave a quarter of it unused for the whole build.
    files.reserve_exact(walked.iter().flatten().map(|(f, _)| f.len()).sum());
    for w in walked {
        let (f, w) = w?;
        files.extend(f);
        warnings.extend(w);
    }
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Ok((files, warnings))
}

/// Every source under one outlet's folder, at any depth.
fn walk_outlet(
    project: &Project,
    outlet: &Entry,
    root: &Path,
    files: &mut Vec<SourceFile>,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let mut stack = vec![(outlet.path.clone(), outlet.shown.clone())];
    while let Some((d, shown)) = stack.pop() {
        let listed = entries(&d, &shown, root)?;
        files.reserve(listed.len());
        // The sources that have a sidecar: the names of the `.toml` files
        // without it (most folders have none).
        let sidecar_of: std::collections::HashSet<&str> = (listed.iter())
            .filter_map(|e| e.name().strip_suffix(".toml"))
            .collect();
        let sidecars: Vec<bool> = (listed.iter())
            .map(|e| !sidecar_of.is_empty() && sidecar_of.contains(e.name()))
            .collect();
        drop(sidecar_of);
        for (e, sidecar) in listed.into_iter().zip(sidecars) {
            if e.dir {
                stack.push((e.path, e.shown));
            } else if ingest::is_source_file(&e.path) {
                files.push(SourceFile {
                    path: e.path,
                    display: e.shown,
                    outlet: crate::corpus::intern(outlet.name()),
                    sidecar,
                });
            } else if let Some(stem) = e.name().strip_suffix(".toml") {
                let target = e.path.with_file_name(stem);
                if !(target.is_file() && ingest::is_source_file(&target)) {
                    warnings.push(stray_sidecar(project, &e.path, stem, &e.shown));
                }
            } else {
                warnings.push(
                    Warning::of(
                        WarningKind::Source,
                        format!("{}: skipped, not a format juxta reads", e.shown),
                    )
                    .hint("sources are text (.txt), Markdown (.md), Org (.org), HTML (.html, .htm, .html.gz), saved pages (.mhtml), e-mail (.eml) or JSON (.json) files"),
                );
            }
        }
    }
    Ok(())
}

/// The error for a folder under `sources/` that names no outlet.
fn no_such_outlet(project: &Project, entry: &Entry) -> Error {
    let name = entry.name();
    let mut e = Error::usage(format!(
        "folder {}/ names no outlet of {}",
        entry.shown,
        project.config_name()
    ));
    if let Some(s) = crate::error::did_you_mean(name, project.outlets.iter().map(|o| o.id.as_str()))
    {
        e = e.hint(format!("did you mean `{s}`? rename the folder"));
    }
    e.hint(format!(
        "add an [outlets.{name}] table to {}, or rename the folder to one of: {}",
        project.config_name(),
        outlet_ids(project)
    ))
}

/// A `.toml` file in an outlet folder that is no source's sidecar: its
/// metadata would silently apply to nothing.
fn stray_sidecar(project: &Project, path: &Path, stem: &str, shown: &str) -> Warning {
    let w = Warning::of(
        WarningKind::Sidecar,
        format!("{shown}: not read; a sidecar is named after its source with `.toml` added"),
    );
    // "article.toml" next to "article.txt": suggest the right name.
    let sibling = path.parent().and_then(|dir| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|f| ingest::is_source_file(f))
            .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
            .filter(|n| n.split('.').next() == Some(stem.split('.').next().unwrap_or(stem)))
            .collect();
        names.sort();
        names.into_iter().next()
    });
    match sibling {
        Some(source) => w.hint(format!(
            "to state {source}'s metadata, rename it to {}",
            project.relative(&path.with_file_name(format!("{source}.toml")))
        )),
        None => w.hint(
            "e.g. article.txt.toml holds the metadata of article.txt; remove or rename this file",
        ),
    }
}

fn outlet_ids(project: &Project) -> String {
    if project.outlets.is_empty() {
        "(none defined yet)".into()
    } else {
        project
            .outlets
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Refuses paths (symlinks) that resolve outside the project.
fn check_inside(p: &Path, root: &Path, shown: &str) -> Result<bool> {
    let meta = std::fs::symlink_metadata(p).map_err(|e| Error::io("cannot read", p, &e))?;
    if !meta.file_type().is_symlink() {
        return Ok(meta.is_dir());
    }
    let target = std::fs::canonicalize(p).map_err(|e| {
        Error::build(format!(
            "{shown}: broken symbolic link ({})",
            crate::error::io_reason(&e)
        ))
        .hint("remove the link or make it point at a file inside the project")
    })?;
    if !target.starts_with(root) {
        return Err(Error::usage(format!(
            "{shown} is a symbolic link to {}, outside the project",
            target.display()
        ))
        .hint("juxta reads only files inside the project folder; copy the file in instead"));
    }
    Ok(p.is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, rel: &str) {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "Moscow said.\n").unwrap();
    }

    #[test]
    fn sources_are_listed_in_path_order_without_hidden_ones_with_their_sidecars() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let cfg = "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"A\"\n[outlets.b]\nname = \"B\"\n[themes.t]\ntitle = \"T\"\nscope = 'russia'\n";
        std::fs::write(d.join("juxta.toml"), cfg).unwrap();
        for rel in [
            "sources/b/z.txt",
            "sources/a/b.txt",
            "sources/a/a b.txt",
            "sources/a/a.txt",
            "sources/a/a.txt.toml",
            "sources/a/.hidden.txt",
            "sources/a/.git/x.txt",
            "sources/a/sub/c.md",
            "sources/a/sub-2.txt",
            "sources/a/x.pdf",
            "sources/a/stray.txt.toml",
        ] {
            write(d, rel);
        }
        std::fs::write(d.join("sources/a/a.txt.toml"), "title = \"T\"\n").unwrap();
        std::os::unix::fs::symlink(d.join("sources/b/z.txt"), d.join("sources/a/link.txt"))
            .unwrap();
        // A name that is not UTF-8 is listed, shown with a replacement.
        use std::os::unix::ffi::OsStrExt;
        let odd = std::ffi::OsStr::from_bytes(b"sources/a/\xff.txt");
        std::fs::write(d.join(odd), "Moscow.\n").unwrap();
        let p = Project::load(&d.join("juxta.toml")).unwrap();
        let (files, warnings) = discover(&p).unwrap();
        let shown: Vec<&str> = files.iter().map(|f| f.display.as_str()).collect();
        assert_eq!(
            shown,
            [
                "sources/a/a b.txt",
                "sources/a/a.txt",
                "sources/a/b.txt",
                "sources/a/link.txt",
                "sources/a/sub-2.txt",
                "sources/a/sub/c.md",
                "sources/a/\u{fffd}.txt",
                "sources/b/z.txt",
            ]
        );
        let with_sidecar: Vec<&str> = (files.iter())
            .filter(|f| f.sidecar)
            .map(|f| f.display.as_str())
            .collect();
        assert_eq!(with_sidecar, ["sources/a/a.txt"]);
        for f in &files {
            assert!(f.path.is_file(), "{}", f.display);
            assert_eq!(&*f.outlet, &f.display[8..9]);
        }
        // The PDF and the stray sidecar are reported, nothing else.
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        // A folder under sources/ that names no outlet is an error.
        write(d, "sources/c/1.txt");
        assert!(discover(&p).is_err());
    }
}
