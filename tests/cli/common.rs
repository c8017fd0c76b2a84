//! Helpers for integration tests: where the repository is, copying
//! folders, reading PDFs back. Running juxta is in harness.rs.

use std::path::{Path, PathBuf};

/// The repository root (where juxta.toml, sources/ and report-templates/ are).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// The text of a PDF, as a reader's tool extracts it.
pub fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    pdf_extract::extract_text_from_mem(&bytes).expect("PDF text")
}

/// Letters and digits only, lower-case: for comparing text across line breaks and hyphenation.
pub fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
