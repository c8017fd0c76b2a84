//! The bad-input matrix: every case gives a clear message naming the file
//! (and line and column where there is one), the right exit code, and no
//! panic; a failing build never leaves a broken PDF.

use std::process::{Command, Stdio};

use crate::common::{Project, Run, pdf_text};

fn no_panic(r: &Run) {
    assert!(!r.stderr.contains("panicked"), "panic: {}", r.stderr);
    assert!(!r.stderr.contains("RUST_BACKTRACE"), "panic: {}", r.stderr);
}

/// (edit of juxta.toml, expected message part, expected line (None: any), hint part)
fn config_case(from: &str, to: &str, message: &str, hint: Option<&str>) {
    let p = Project::bundled();
    p.edit_config(from, to);
    let r = p.juxta(&["build"]);
    no_panic(&r);
    assert_eq!(r.code, 2, "{message}: {}", r.stderr);
    assert!(
        r.stderr.starts_with("error: juxta.toml:"),
        "{message}: {}",
        r.stderr
    );
    assert!(
        r.stderr.contains(message),
        "expected {message:?} in:\n{}",
        r.stderr
    );
    if let Some(h) = hint {
        assert!(
            r.stderr.contains(h),
            "expected hint {h:?} in:\n{}",
            r.stderr
        );
    }
    assert!(!p.path().join("output/security-guarantor.pdf").exists());
}

#[test]
fn config_matrix() {
    config_case("[outlets.dw]", "[outlets.dw", "expected", None);
    config_case(
        "passages-per-cell = 2",
        "pasages-per-cell = 2",
        "unknown key `pasages-per-cell`",
        Some("did you mean `passages-per-cell`?"),
    );
    config_case(
        "passages-per-cell = 2",
        "passages-per-cell = \"two\"",
        "invalid type",
        Some("hint:"),
    );
    config_case(
        "[outlets.dw]",
        "[themes.security-guarantor]\ntitle = \"again\"\n\n[outlets.dw]",
        "duplicate key",
        Some("hint:"),
    );
    config_case(
        "id = \"mediation\"",
        "id = \"alliance\"",
        "theme `security-guarantor` has two facets with id `alliance`",
        Some("unique"),
    );
    config_case(
        "passages-per-cell = 2",
        "passages-per-cell = 0",
        "passages-per-cell must be between 1 and 20",
        None,
    );
    config_case(
        "passages-per-cell = 2",
        "passages-per-cell = 2\noutlets = [\"dw\", \"bbc\"]",
        "names outlet `bbc`, which is not defined",
        Some("define it with an [outlets.bbc] table"),
    );
    config_case(
        "query = 'mediate OR",
        "query = 'mediate or",
        "operators are upper case",
        Some("write `OR`"),
    );
    config_case(
        "default-theme = \"security-guarantor\"",
        "default-theme = \"security\"",
        "default-theme `security` is not a theme",
        Some("did you mean `security-guarantor`?"),
    );
    let title = "title = \"Russia and the Armenia–Azerbaijan conflict\"";
    config_case(
        title,
        &format!("{title}\nsources = \"../..\""),
        "leaves the project folder",
        Some("stay inside the project"),
    );
    config_case(
        title,
        &format!("{title}\noutput = \"/tmp/elsewhere\""),
        "is absolute",
        Some("stay inside the project"),
    );
}

#[test]
fn empty_facets_list_is_an_error_with_location() {
    let p = Project::with_config(
        "[project]\ntitle = \"T\"\n\n[outlets.a]\nname = \"A\"\n\n[themes.t]\ntitle = \"T\"\nscope = 'x'\nfacets = []\n",
    );
    let r = p.juxta(&["list"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("error: juxta.toml:10:10: theme `t` has an empty facets list"),
        "{}",
        r.stderr
    );
}

fn source_run(p: &Project, args: &[&str]) -> Run {
    let r = p.juxta(args);
    no_panic(&r);
    r
}

#[test]
fn sources_matrix() {
    // Empty file: a warning naming the file; the build goes on.
    let p = Project::bundled();
    p.write("sources/dw/empty.txt", "");
    let r = source_run(&p, &["build"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("warning: sources/dw/empty.txt: the file is empty"),
        "{}",
        r.stderr
    );

    // Binary file: an error naming the file, exit 1, no PDF.
    let p = Project::bundled();
    std::fs::write(
        p.path().join("sources/dw/photo.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    let r = source_run(&p, &["build"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("error: sources/dw/photo.txt: this is a binary file, not an article"),
        "{}",
        r.stderr
    );
    assert!(!p.path().join("output/security-guarantor.pdf").exists());

    // Invalid UTF-8: replaced, with a warning naming the file and the byte offset.
    let p = Project::bundled();
    std::fs::write(
        p.path().join("sources/dw/latin1.txt"),
        b"Russia and Baku agreed, the minister said.\n\nM\xfcnchen hosted talks on Russia.\n",
    )
    .unwrap();
    let r = source_run(&p, &["build"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("warning: sources/dw/latin1.txt: invalid UTF-8 at byte 45"),
        "{}",
        r.stderr
    );

    // Windows line endings read like Unix ones.
    let p = Project::bundled();
    let f = "sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt";
    let unix = p.juxta(&["inspect", "--json", f]).ok().stdout;
    let text = p.read(f).replace('\n', "\r\n");
    p.write(f, &text);
    let dos = p.juxta(&["inspect", "--json", f]).ok().stdout;
    let strip = |s: &str| {
        let mut v: Vec<serde_json::Value> = serde_json::from_str(s).unwrap();
        v[0].as_object_mut().unwrap().remove("sha256");
        v[0].as_object_mut().unwrap().remove("bytes");
        v
    };
    assert_eq!(strip(&unix), strip(&dos));

    // A 100 MB file is refused (documented limit: 16 MiB), without reading it.
    let p = Project::bundled();
    let big = std::fs::File::create(p.path().join("sources/dw/huge.txt")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    let r = source_run(&p, &["build"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "error: sources/dw/huge.txt: the file is 100.0 MiB; juxta reads sources up to 16 MiB"
        ),
        "{}",
        r.stderr
    );

    // A file directly in sources/, in no outlet folder.
    let p = Project::bundled();
    p.write("sources/stray.txt", "Russia said something.\n");
    let r = source_run(&p, &["build"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("error: sources/stray.txt is not in an outlet folder"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("hint: move it into sources/<outlet-id>/"),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn symlink_leading_out_of_the_project_is_refused() {
    let p = Project::bundled();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("x.txt"), "Russia said something.\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("x.txt"),
        p.path().join("sources/dw/link.txt"),
    )
    .unwrap();
    let r = source_run(&p, &["build"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("error: sources/dw/link.txt is a symbolic link to"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("outside the project"), "{}", r.stderr);
    // A link inside the project is fine.
    std::fs::remove_file(p.path().join("sources/dw/link.txt")).unwrap();
    std::os::unix::fs::symlink(
        p.path().join(
            "sources/carnegie/can-russia-mediate-new-clashes-between-armenia-and-azerbaijan.txt",
        ),
        p.path().join("sources/dw/inside.txt"),
    )
    .unwrap();
    p.juxta(&["list"]).ok();
}

/// An unreadable source. juxta runs as an unprivileged user here (root reads
/// everything), with `setpriv`.
#[cfg(unix)]
#[test]
fn unreadable_source_names_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let p = Project::bundled();
    let f = p
        .path()
        .join("sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt");
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).unwrap();
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    let out = if is_root {
        // Let the unprivileged user reach the project (and nothing more).
        for d in [
            p.path().to_path_buf(),
            p.path().join("sources"),
            p.path().join("sources/dw"),
        ] {
            std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let mut dir = p.path().to_path_buf();
        while let Some(parent) = dir.parent() {
            let mode = std::fs::metadata(parent).unwrap().permissions().mode();
            if mode & 0o001 == 0 {
                std::fs::set_permissions(parent, std::fs::Permissions::from_mode(mode | 0o001))
                    .unwrap();
            }
            dir = parent.to_path_buf();
        }
        Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(env!("CARGO_BIN_EXE_juxta"))
            .args(["inspect", "--json"])
            .current_dir(p.path())
            .output()
            .expect("setpriv")
    } else {
        Command::new(env!("CARGO_BIN_EXE_juxta"))
            .args(["inspect", "--json"])
            .current_dir(p.path())
            .output()
            .unwrap()
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr
            .contains("russia-mediates-over-azerbaijan-armenia-hostilities.txt: permission denied"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: check the file's permissions"),
        "{stderr}"
    );
}

#[test]
fn template_matrix() {
    let p = Project::bundled();
    // Missing template.
    let r = p.juxta(&["build", "--template", "nope"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("template `nope` not found (report-templates/nope.typ does not exist)"),
        "{}",
        r.stderr
    );
    // Syntax error, runtime error: exit 1 with file:line:col.
    p.write(
        "report-templates/syntax.typ",
        "#let data = json(bytes(sys.inputs.data))\n#let = 3\n",
    );
    let r = p.juxta(&["build", "--template", "syntax"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("error: report-templates/syntax.typ:2:"),
        "{}",
        r.stderr
    );
    p.write(
        "report-templates/runtime.typ",
        "#let data = json(bytes(sys.inputs.data))\n#(1 + \"a\")\n",
    );
    let r = p.juxta(&["build", "--template", "runtime"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("error: report-templates/runtime.typ:2:3: cannot add integer and string"),
        "{}",
        r.stderr
    );
    // An infinite loop: Typst's own check.
    p.write(
        "report-templates/loop.typ",
        "#let n = 0\n#while n >= 0 { n += 1 }\n",
    );
    let r = p.juxta(&["build", "--template", "loop"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("error: report-templates/loop.typ:2:2: loop seems to be infinite"),
        "{}",
        r.stderr
    );
    // Enormous output: juxta's time limit.
    p.write(
        "report-templates/huge.typ",
        "#for i in range(100000000) [x #i ]\n",
    );
    let r = Command::new(env!("CARGO_BIN_EXE_juxta"))
        .args(["build", "--template", "huge"])
        .env("JUXTA_TEMPLATE_TIMEOUT", "1.5")
        .current_dir(p.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1), "{stderr}");
    assert!(
        stderr
            .contains("error: report-templates/huge.typ: the template did not finish within 1.5 s"),
        "{stderr}"
    );
    // Too many pages.
    p.write(
        "report-templates/pages.typ",
        "#for i in range(2500) [#i #pagebreak()]\n",
    );
    let r = p.juxta(&["build", "--template", "pages"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("the template produced 2501 pages; juxta stops at 2000"),
        "{}",
        r.stderr
    );
    assert!(!p.path().join("output/security-guarantor.pdf").exists());
}

#[test]
fn a_failed_build_keeps_the_previous_pdf() {
    let p = Project::bundled();
    p.juxta(&["build"]).ok();
    let good = std::fs::read(p.path().join("output/security-guarantor.pdf")).unwrap();
    p.write("report-templates/side-by-side.typ", "#panic(\"broken\")\n");
    let r = p.juxta(&["build"]);
    assert_eq!(r.code, 1);
    let after = std::fs::read(p.path().join("output/security-guarantor.pdf")).unwrap();
    assert!(good == after, "the previous PDF changed");
}

/// Disk full, simulated with a 64 KB tmpfs mounted on output/ (needs root
/// and mount; the failing-writer unit test in render.rs covers the rest).
#[cfg(target_os = "linux")]
#[test]
fn disk_full_keeps_the_previous_pdf() {
    let p = Project::bundled();
    let out = p.path().join("output");
    std::fs::create_dir_all(&out).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
        .arg(&out)
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs here (not root?)");
        return;
    }
    struct Unmount(std::path::PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _guard = Unmount(out.clone());
    // A first PDF fits; then the disk is filled to the last byte.
    p.juxta(&["build"]).ok();
    let good = std::fs::read(out.join("security-guarantor.pdf")).unwrap();
    {
        use std::io::Write;
        let mut filler = std::fs::File::create(out.join("filler.bin")).unwrap();
        let chunk = vec![b'x'; 4096];
        while filler.write_all(&chunk).is_ok() {}
        let mut byte = [b'x'];
        while filler.write_all(&byte).is_ok() {
            byte[0] = b'y';
        }
    }
    let r = p.juxta(&["build", "--force", "--template", "memo"]);
    no_panic(&r);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("no space left on device"), "{}", r.stderr);
    let after = std::fs::read(out.join("security-guarantor.pdf")).unwrap();
    assert!(good == after, "the previous PDF was damaged");
    assert!(
        !std::fs::read_dir(&out).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".tmp")),
        "temporary file left behind"
    );
}

#[cfg(unix)]
#[test]
fn output_folder_not_writable() {
    let p = Project::bundled();
    // A file where the output folder should be: no user can write into it.
    p.write("output", "not a folder");
    let r = p.juxta(&["build"]);
    no_panic(&r);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("error: cannot create the output folder"),
        "{}",
        r.stderr
    );
}

#[test]
fn two_builds_at_once_do_not_corrupt_anything() {
    let p = Project::bundled();
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_juxta"))
            .args(["build", "--force", "--quiet"])
            .current_dir(p.path())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    for _ in 0..3 {
        let a = spawn();
        let b = spawn();
        let (ra, rb) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        assert!(
            ra.status.success(),
            "{}",
            String::from_utf8_lossy(&ra.stderr)
        );
        assert!(
            rb.status.success(),
            "{}",
            String::from_utf8_lossy(&rb.stderr)
        );
        let pdf = p.path().join("output/security-guarantor.pdf");
        lopdf::Document::load(&pdf).expect("a valid PDF");
        assert!(pdf_text(&pdf).contains("Sources"));
    }
    // The index cache is still sound.
    let r = p.juxta(&["collect", "security-guarantor", "--json"]).ok();
    assert!(
        r.stderr.is_empty() || !r.stderr.contains("damaged"),
        "{}",
        r.stderr
    );
}

/// Kill builds at random moments: every PDF in output/ stays complete and valid.
#[cfg(unix)]
#[test]
fn killed_builds_never_leave_a_broken_pdf() {
    let p = Project::bundled();
    p.juxta(&["build"]).ok();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut killed = 0;
    for _ in 0..50 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay_ms = seed % 200;
        let mut child = Command::new(env!("CARGO_BIN_EXE_juxta"))
            .args(["build", "--force", "--quiet"])
            .current_dir(p.path())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            let _ = child.kill();
            killed += 1;
        }
        let _ = child.wait();
        for e in std::fs::read_dir(p.path().join("output")).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "pdf") {
                lopdf::Document::load(&path).unwrap_or_else(|err| {
                    panic!("{} is broken after a kill: {err}", path.display())
                });
            }
        }
    }
    eprintln!("kill loop: 50 builds, {killed} killed mid-build, every PDF in output/ valid");
    assert!(
        killed > 0,
        "no build was interrupted; the test did not test anything"
    );
    // The next build works, and the cache is sound or rebuilt.
    p.juxta(&["build", "--force"]).ok();
}

#[test]
fn html_sources_and_deeply_nested_pages() {
    let p = Project::bundled();
    p.write(
        "sources/dw/page.html",
        "<html><head><title>Russia offers talks</title>\
         <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Russia offers talks\",\"datePublished\":\"2016-04-08T10:00:00+02:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>\
         </head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Russia offers talks</h1>\
         <p>Russia offered on Friday to host talks between Armenia and Azerbaijan, its foreign ministry said in a statement.</p>\
         <p>The ceasefire agreed in Moscow has largely held since Tuesday, officials on both sides said.</p>\
         </article><footer>Copyright 2016</footer></body></html>\n",
    );
    let out = p
        .juxta(&["inspect", "--json", "sources/dw/page.html"])
        .ok()
        .stdout;
    let v: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["format"], "html");
    assert_eq!(v[0]["title"], "Russia offers talks");
    assert_eq!(v[0]["date"], "2016-04-08");
    assert_eq!(v[0]["author"], "Jane Doe");
    let texts: Vec<&str> = v[0]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[1].starts_with("The ceasefire agreed in Moscow"));

    // 10,000 nested elements: read (flattened, with a warning), no crash, no hang.
    let deep = format!(
        "<html><body>{}<p>Russia said the ceasefire would hold, Moscow added on Friday.</p>{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    p.write("sources/dw/deep.html", &deep);
    let r = source_run(&p, &["build"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("sources/dw/deep.html"),
        "the deep page is named: {}",
        r.stderr
    );
}
