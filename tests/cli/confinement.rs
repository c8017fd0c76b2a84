//! Issue 16, classes 2 and 8: nothing a project folder holds makes juxta
//! read or write outside it (symbolic links for `sources/`, `output/`,
//! `.juxta/`, `output/fonts`, lock files and records), and a damaged cache
//! is rebuilt with the warning SECURITY.md promises. Every run is the real
//! binary under a memory and time limit.

#![cfg(unix)]

use std::os::unix::fs::symlink;
use std::path::Path;

use crate::harness::{ProjectTest, Run};

/// 2 GiB of address space, 60 s: far more than any of these runs needs.
fn limited(p: &ProjectTest, args: &[&str]) -> Run {
    let r = p.cmd(args).run_limited(2048, 60);
    r.no_panic();
    r
}

fn empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).unwrap().next().is_none()
}

/// A folder juxta reads or writes that is a link out of the project is
/// refused, naming the link and its target; nothing is read or made there.
#[test]
fn folders_linked_out_of_the_project_are_refused() {
    for folder in ["sources", "output", ".juxta", "output/fonts"] {
        let p = ProjectTest::from_dir("fixtures/small").named("link-out");
        let outside = tempfile::tempdir().unwrap();
        let link = p.path().join(folder);
        if folder == "sources" {
            // The outside folder holds a copy of the sources plus one more.
            crate::common::copy_dir(&link, outside.path());
            std::fs::write(
                outside.path().join("dw/secret.txt"),
                "Outside text about the alliance.\n",
            )
            .unwrap();
        }
        if link.exists() {
            std::fs::remove_dir_all(&link).unwrap();
        }
        std::fs::create_dir_all(link.parent().unwrap()).unwrap();
        symlink(outside.path(), &link).unwrap();
        let before: Vec<_> = std::fs::read_dir(outside.path()).unwrap().collect();
        let r = limited(&p, &["build", "--emit", "pdf,typ"]);
        assert_eq!(r.code, 2, "{folder}: {}", r.stderr);
        r.stderr_has(&format!(
            "error: {folder} is a symbolic link to {}, outside the project",
            outside.path().display()
        ));
        let after: Vec<_> = std::fs::read_dir(outside.path()).unwrap().collect();
        assert_eq!(before.len(), after.len(), "{folder}: juxta wrote outside");
        assert!(!p.exists("output/security-guarantor.pdf"), "{folder}");
    }
}

/// A folder linked inside the project is fine.
#[test]
fn folders_linked_inside_the_project_are_used() {
    let p = ProjectTest::from_dir("fixtures/small").named("link-in");
    std::fs::create_dir(p.path().join("build-out")).unwrap();
    symlink(p.path().join("build-out"), p.path().join("output")).unwrap();
    limited(&p, &["build"]).code(0);
    assert!(p.exists("build-out/security-guarantor.pdf"));
}

/// Lock files that are links, even dangling ones, are refused: juxta never
/// creates the file a link points at.
#[test]
fn lock_files_that_are_links_are_refused() {
    for lock in ["output/.juxta-build.lock", ".juxta/lock"] {
        let p = ProjectTest::from_dir("fixtures/small").named("lock-link");
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("made-by-juxta");
        let link = p.path().join(lock);
        std::fs::create_dir_all(link.parent().unwrap()).unwrap();
        symlink(&target, &link).unwrap();
        let r = limited(&p, &["build"]);
        assert_ne!(r.code, 0, "{lock}");
        r.stderr_has("cannot open the lock file")
            .stderr_has("a symbolic link (to");
        assert!(!target.exists(), "{lock}: juxta created the link's target");
        assert!(empty(outside.path()));
    }
}

/// juxta's own records (the build record, the index manifest, a previous
/// PDF) that are links to `/dev/zero` are not read: the build goes on as if
/// they were missing (the cache with a warning), within the memory limit.
#[test]
fn records_linked_to_endless_files_are_not_read() {
    let p = ProjectTest::from_dir("fixtures/small").named("record-link");
    limited(&p, &["build"]).code(0);
    for rec in [
        "output/.juxta-build.json",
        "output/security-guarantor.pdf",
        ".juxta/index.json",
    ] {
        std::fs::remove_file(p.path().join(rec)).unwrap();
        symlink("/dev/zero", p.path().join(rec)).unwrap();
    }
    p.write(
        "sources/dw/new.txt",
        "Russia said the alliance would hold.\n",
    );
    let r = limited(&p, &["build"]).code(0);
    r.stderr_has("the index cache in .juxta/ is damaged (index.json:")
        .stderr_has("rebuilding it");
    assert!(
        std::fs::symlink_metadata(p.path().join("output/security-guarantor.pdf"))
            .unwrap()
            .is_file()
    );
}

/// A cache with every file truncated is rebuilt with a warning (class 8).
#[test]
fn a_truncated_cache_is_rebuilt_with_a_warning() {
    let p = ProjectTest::from_dir("fixtures/small").named("truncated-cache");
    limited(&p, &["build"]).code(0);
    let mut stack = vec![p.path().join(".juxta")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                std::fs::write(&path, b"").unwrap();
            }
        }
    }
    let r = limited(&p, &["collect", "security-guarantor"]).code(0);
    r.stderr_has("warning: the index cache in .juxta/ is damaged")
        .stderr_has("rebuilding it");
    // Once rebuilt, no more warning.
    let r = limited(&p, &["collect", "security-guarantor"]).code(0);
    assert!(!r.stderr.contains("damaged"), "{}", r.stderr);
}

/// A template that is a link to a device or out of the project fails its
/// theme with an error naming what it is.
#[test]
fn templates_that_are_not_project_files_are_refused() {
    let p = ProjectTest::from_dir("fixtures/small").named("template-link");
    let t = p.path().join("report-templates/memo.typ");
    std::fs::remove_file(&t).unwrap();
    symlink("/dev/zero", &t).unwrap();
    p.edit_config("template = \"side-by-side\"", "template = \"memo\"");
    let r = limited(&p, &["build"]);
    assert_eq!(r.code, 2);
    r.stderr_has("a character device, not a regular file");
}
