//! File access shared by every stage: atomic writes, locks, and the
//! discovery of a project's sources (`discover`).
//!
//! Outputs and caches are written through [`write_atomic`], so a failed or
//! interrupted run never leaves a half-written file; processes that share a
//! folder serialize through [`lock_dir`].

mod confine;
mod discover;

pub(crate) use confine::{confine, create_dir_in, map_own, read_own};
pub use discover::{SourceFile, discover};

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// synced, then renamed over the target. A failure leaves the old file intact.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_new_then_rename(path, bytes, true)
}

/// Writes a file like [`write_atomic`], its bytes streamed by `fill`
/// through a buffer instead of held whole in memory.
pub(crate) fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    write_streamed(path, fill, true)
}

/// Writes a cache entry: like [`write_atomic`] but not synced to disk. A
/// cache entry lost or cut short by a crash does not parse and is made
/// again; skipping the sync makes a first build of many small sources
/// several times quicker (each sync waits for the disk).
pub(crate) fn write_cache(path: &Path, bytes: &[u8]) -> Result<()> {
    write_new_then_rename(path, bytes, false)
}

/// Writes a cache entry like [`write_cache`], its bytes streamed by `fill`
/// through a buffer instead of held whole in memory.
pub(crate) fn write_cache_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    write_streamed(path, fill, false)
}

fn write_new_then_rename(path: &Path, bytes: &[u8], sync: bool) -> Result<()> {
    write_streamed(path, |w| w.write_all(bytes), sync)
}

fn write_streamed(
    path: &Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
    sync: bool,
) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io("cannot create folder", dir, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io("cannot write in", dir, &e))?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
    fill(&mut out)
        .and_then(|_| out.flush())
        .map_err(|e| Error::io("cannot write", path, &e))?;
    let tmp = out
        .into_inner()
        .map_err(|e| Error::io("cannot write", path, e.error()))?;
    if sync {
        tmp.as_file()
            .sync_all()
            .map_err(|e| Error::io("cannot write", path, &e))?;
    }
    // Outputs are for sharing: readable like any file the user creates.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist(path)
        .map_err(|e| Error::io("cannot write", path, &e.error))?;
    Ok(())
}

/// Takes an exclusive lock on `dir/name` for as long as the returned file
/// lives; waits, saying so (`shown` names the folder for the reader), while
/// another juxta process holds it. The lock file is created new, or opened
/// without following a symbolic link (a link there, even a dangling one, is
/// refused: juxta never creates a file where a link points).
pub(crate) fn lock_dir(dir: &Path, name: &str, shown: &str) -> Result<std::fs::File> {
    let path = dir.join(name);
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path);
    let file = match created {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            confine::open_no_follow(&path, std::fs::OpenOptions::new().write(true))
                .map_err(|e| Error::io("cannot open the lock file", &path, &e))?
        }
        Err(e) => return Err(Error::io("cannot create the lock file", &path, &e)),
    };
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            eprintln!("note: waiting for another juxta process to finish {shown}");
            file.lock()
                .map_err(|e| Error::io("cannot lock", &path, &e))?;
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(Error::io("cannot lock", &path, &e)),
    }
    Ok(file)
}

/// The entries of a folder (not sorted).
pub(crate) fn read_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let rd = std::fs::read_dir(dir).map_err(|e| Error::io("cannot read folder", dir, &e))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(|e| Error::io("cannot read folder", dir, &e))?;
        out.push(e.path());
    }
    Ok(out)
}

/// The canonical form of a path (symbolic links resolved).
pub(crate) fn canonical(p: &Path) -> Result<PathBuf> {
    std::fs::canonicalize(p).map_err(|e| Error::io("cannot resolve", p, &e))
}

/// The sha256 of a regular file of at most [`MAX_RECORD_BYTES`], or `None`
/// when it cannot be read.
pub(crate) fn sha_file(path: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    read_regular(path, MAX_RECORD_BYTES)
        .ok()
        .map(|b| crate::ingest::hex(&Sha256::digest(&b)))
}

/// The sha256 of one of juxta's own outputs (never through a link), or
/// `None` when it cannot be read.
pub(crate) fn sha_own(path: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    read_own(path, MAX_RECORD_BYTES)
        .ok()
        .map(|b| crate::ingest::hex(&Sha256::digest(&b)))
}

/// The most juxta reads of a file it wrote itself or a template reads (a
/// build record, an index manifest, a previous PDF, a template's data).
pub(crate) const MAX_RECORD_BYTES: u64 = 1024 * 1024 * 1024;

/// Reads a regular file, at most `limit` bytes: a FIFO, a device or a
/// folder is refused before it is opened for reading (reading a FIFO waits
/// forever, `/dev/zero` never ends), and the limit holds while reading, not
/// only by the size the file claims.
pub(crate) fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    check_regular(&std::fs::metadata(path)?)?;
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    check_regular(&meta)?;
    if meta.len() > limit {
        return Err(too_large(limit));
    }
    // Room for the size the file claims and one byte more: a file read
    // whole in one call, and its end seen in the next, where growing from
    // nothing took eight calls for a 2 kB article.
    let claimed = usize::try_from(meta.len()).unwrap_or(usize::MAX);
    let mut bytes = Vec::with_capacity(claimed.saturating_add(1));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

/// The error for a file that held more than `limit` bytes.
fn too_large(limit: u64) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::FileTooLarge,
        format!(
            "larger than {} MiB, the most juxta reads of it",
            limit / (1024 * 1024)
        ),
    )
}

/// An error unless `meta` is a regular file's, naming what it is instead.
pub(crate) fn check_regular(meta: &std::fs::Metadata) -> std::io::Result<()> {
    if meta.is_file() {
        return Ok(());
    }
    let ft = meta.file_type();
    let what = if ft.is_dir() {
        "a folder"
    } else {
        unix_kind(&ft).unwrap_or("not a regular file")
    };
    Err(std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("{what}, not a regular file; juxta reads only regular files"),
    ))
}

#[cfg(unix)]
fn unix_kind(ft: &std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_fifo() {
        Some("a named pipe (FIFO)")
    } else if ft.is_char_device() {
        Some("a character device")
    } else if ft.is_block_device() {
        Some("a block device")
    } else if ft.is_socket() {
        Some("a socket")
    } else {
        None
    }
}

#[cfg(not(unix))]
fn unix_kind(_: &std::fs::FileType) -> Option<&'static str> {
    None
}
