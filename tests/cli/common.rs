//! Helpers for integration tests: a copy of the bundled project in a temp
//! folder, running the real `juxta` binary, reading PDFs back.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// A copy of the bundled project (config, sources, templates) in a temp folder.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    pub fn bundled() -> Project {
        let dir = tempfile::tempdir().unwrap();
        let root = repo();
        std::fs::copy(root.join("juxta.toml"), dir.path().join("juxta.toml")).unwrap();
        copy_dir(&root.join("sources"), &dir.path().join("sources"));
        copy_dir(
            &root.join("report-templates"),
            &dir.path().join("report-templates"),
        );
        Project { dir }
    }

    /// A project with only the templates and the given config.
    pub fn with_config(config: &str) -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("juxta.toml"), config).unwrap();
        copy_dir(
            &repo().join("report-templates"),
            &dir.path().join("report-templates"),
        );
        std::fs::create_dir_all(dir.path().join("sources")).unwrap();
        Project { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, content: &str) {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    /// Replaces text in juxta.toml (the text must be there).
    pub fn edit_config(&self, from: &str, to: &str) {
        let c = self.read("juxta.toml");
        assert!(c.contains(from), "juxta.toml does not contain {from:?}");
        self.write("juxta.toml", &c.replacen(from, to, 1));
    }

    /// Runs juxta in the project folder.
    pub fn juxta(&self, args: &[&str]) -> Run {
        run_in(self.path(), args)
    }
}

/// The result of a run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "juxta failed:\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_juxta"))
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .output()
        .expect("run juxta");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
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
