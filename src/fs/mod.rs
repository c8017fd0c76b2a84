//! File access shared by every stage: atomic writes, locks, and the
//! discovery of a project's sources (`discover`).
//!
//! Outputs and caches are written through [`write_atomic`], so a failed or
//! interrupted run never leaves a half-written file; processes that share a
//! folder serialize through [`lock_dir`].

mod discover;

pub use discover::{SourceFile, discover};

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// synced, then renamed over the target. A failure leaves the old file intact.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io("cannot create folder", dir, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io("cannot write in", dir, &e))?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| Error::io("cannot write", path, &e))?;
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
/// another juxta process holds it.
pub(crate) fn lock_dir(dir: &Path, name: &str, shown: &str) -> Result<std::fs::File> {
    let path = dir.join(name);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io("cannot open", &path, &e))?;
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

/// The sha256 of a file, or `None` when it cannot be read.
pub(crate) fn sha_file(path: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    std::fs::read(path)
        .ok()
        .map(|b| crate::ingest::hex(&Sha256::digest(&b)))
}
