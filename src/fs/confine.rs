//! Keeping juxta inside its project: every folder juxta reads from or
//! writes to (sources, output, fonts, the `.juxta/` cache) is resolved
//! through the project root one component at a time, and a symbolic link on
//! the way that leads out of the project, or nowhere, is refused with an
//! error naming the link and its target. juxta's own files (records, locks,
//! caches) are opened without following a link at all.

use std::path::{Component, Path, PathBuf};

use crate::config::relative_display;
use crate::error::{Error, Result};

/// Refuses `path` when a symbolic link on the way from `root` to it leads
/// outside `root` or to nothing. Parts of `path` that do not exist yet are
/// fine (they will be made inside the project). A `path` not under `root`
/// at all is refused too.
pub(crate) fn confine(root: &Path, path: &Path) -> Result<()> {
    let canon_root = super::canonical(root)?;
    let rel = path
        .strip_prefix(root)
        .or_else(|_| path.strip_prefix(&canon_root))
        .map_err(|_| outside(root, path, path))?;
    let mut cur = root.to_path_buf();
    for comp in rel.components() {
        match comp {
            Component::Normal(c) => cur.push(c),
            Component::CurDir => continue,
            _ => return Err(outside(root, path, path)),
        }
        let meta = match std::fs::symlink_metadata(&cur) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Error::io("cannot read", &cur, &e)),
        };
        if !meta.file_type().is_symlink() {
            continue;
        }
        match std::fs::canonicalize(&cur) {
            Ok(target) if target.starts_with(&canon_root) => {}
            Ok(target) => return Err(outside(root, &cur, &target)),
            Err(_) => return Err(dangling(root, &cur)),
        }
    }
    Ok(())
}

/// Creates the folder `dir` under `root` (and the folders above it),
/// refusing symbolic links that lead out of the project, before and after;
/// `what` names it in an error ("cannot create the output folder").
pub(crate) fn create_dir_in(root: &Path, dir: &Path, what: &str) -> Result<()> {
    confine(root, dir)?;
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(&format!("cannot create {what}"), dir, &e))?;
    confine(root, dir)
}

fn outside(root: &Path, link: &Path, target: &Path) -> Error {
    Error::usage(format!(
        "{} is a symbolic link to {}, outside the project",
        shown(root, link),
        target.display()
    ))
    .hint(
        "juxta reads and writes only inside the project folder; replace the link with a folder or file of the project",
    )
}

fn dangling(root: &Path, link: &Path) -> Error {
    let target = std::fs::read_link(link).unwrap_or_default();
    Error::usage(format!(
        "{} is a symbolic link to {}, which does not exist",
        shown(root, link),
        target.display()
    ))
    .hint("juxta does not create what a link points at; remove the link")
}

fn shown(root: &Path, p: &Path) -> String {
    let s = relative_display(root, p);
    if s.is_empty() { ".".into() } else { s }
}

/// Opens juxta's own file `path` (a record, a cache entry, an output) for
/// reading without following a symbolic link, as a regular file of at most
/// `limit` bytes.
pub(crate) fn read_own(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = open_no_follow(path, std::fs::OpenOptions::new().read(true))?;
    let meta = file.metadata()?;
    super::check_regular(&meta)?;
    // Sized once from the file's length: a growing buffer would be copied
    // into a new one at each doubling (at a million sources the hash
    // record is 70 MB, and every copy touches fresh memory).
    let mut bytes = Vec::with_capacity(meta.len().min(limit).saturating_add(1) as usize);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(super::too_large(limit));
    }
    Ok(bytes)
}

/// Maps juxta's own file `path` (a cache record) into memory, as
/// [`read_own`] reads it: no symbolic link, a regular file of at most
/// `limit` bytes. Its bytes are the system's file cache, looked at where
/// they lie: nothing is copied, and no fresh memory is touched.
pub(crate) fn map_own(path: &Path, limit: u64) -> std::io::Result<memmap2::Mmap> {
    let file = open_no_follow(path, std::fs::OpenOptions::new().read(true))?;
    let meta = file.metadata()?;
    super::check_regular(&meta)?;
    if meta.len() > limit {
        return Err(super::too_large(limit));
    }
    // SAFETY: the files mapped are juxta's own cache records, only ever
    // replaced whole (a new file renamed over the old one) and never
    // written in place, so the mapped bytes do not change under the
    // reader; the search index's files are mapped on the same terms.
    unsafe { memmap2::Mmap::map(&file) }
}

/// Opens with `options`, refusing a symbolic link as the last component
/// (`O_NOFOLLOW`) and, before anything blocks, anything but a regular file
/// (`O_NONBLOCK` keeps a FIFO from waiting for a writer).
pub(crate) fn open_no_follow(
    path: &Path,
    options: &mut std::fs::OpenOptions,
) -> std::io::Result<std::fs::File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| link_refused(path, e))?;
    super::check_regular(&file.metadata()?)?;
    Ok(file)
}

/// `ELOOP` from `O_NOFOLLOW` said in words.
fn link_refused(path: &Path, e: std::io::Error) -> std::io::Error {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        let target = std::fs::read_link(path).unwrap_or_else(|_| PathBuf::from("?"));
        return std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "a symbolic link (to {}); juxta never follows a link for its own files",
                target.display()
            ),
        );
    }
    let _ = path;
    e
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_inside_pass_links_out_and_dangling_links_do_not() {
        let root = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let r = root.path();
        std::fs::create_dir_all(r.join("real/sub")).unwrap();
        symlink(r.join("real"), r.join("inside")).unwrap();
        symlink(out.path(), r.join("away")).unwrap();
        symlink(r.join("nothing"), r.join("dangling")).unwrap();
        symlink("../..", r.join("real/up")).unwrap();
        assert!(confine(r, &r.join("inside/sub/x.pdf")).is_ok());
        assert!(confine(r, &r.join("not-yet/made/x")).is_ok());
        let e = confine(r, &r.join("away/x.pdf")).unwrap_err();
        assert!(
            e.message.starts_with("away is a symbolic link to"),
            "{}",
            e.message
        );
        assert!(e.message.ends_with("outside the project"), "{}", e.message);
        let e = confine(r, &r.join("dangling/lock")).unwrap_err();
        assert!(e.message.contains("does not exist"), "{}", e.message);
        assert!(confine(r, &r.join("real/up/x")).is_err());
        assert!(confine(r, out.path()).is_err());
        assert!(create_dir_in(r, &r.join("away/new"), "it").is_err());
        assert!(!out.path().join("new").exists());
        assert!(create_dir_in(r, &r.join("inside/new"), "it").is_ok());
    }

    #[test]
    fn own_files_are_never_read_through_a_link() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("real"), b"{}").unwrap();
        symlink(d.path().join("real"), d.path().join("link")).unwrap();
        symlink("/dev/zero", d.path().join("zero")).unwrap();
        assert_eq!(read_own(&d.path().join("real"), 10).unwrap(), b"{}");
        let e = read_own(&d.path().join("link"), 10).unwrap_err();
        assert!(e.to_string().contains("a symbolic link"), "{e}");
        assert!(read_own(&d.path().join("zero"), 10).is_err());
        assert!(read_own(&d.path().join("real"), 1).is_err());
    }
}
