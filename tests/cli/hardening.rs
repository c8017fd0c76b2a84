//! The bad-input matrix: every case gives a clear message naming the file
//! (and line and column where there is one), the right exit code, and no
//! panic; a failing build never leaves a broken PDF.

use std::process::{Command, Stdio};

use crate::common::pdf_text;
use crate::harness::{ProjectTest, Run};

/// One mistake in the small project's juxta.toml: exit 2, `error:` at a
/// location in juxta.toml, the message and hint, no PDF; snapshot `config-<name>`.
fn config_case(name: &str, from: &str, to: &str, message: &str, hint: Option<&str>) {
    let p = ProjectTest::from_dir("fixtures/small").named(&format!("config-{name}"));
    p.edit_config(from, to);
    let r = p.run(&["build"]);
    r.no_panic();
    let r = r.code(2);
    assert!(
        r.stderr.starts_with("error: juxta.toml:"),
        "{message}: {}",
        r.stderr
    );
    r.stderr_has(message);
    if let Some(h) = hint {
        r.stderr_has(h);
    }
    r.snapshot("build");
    assert!(!p.exists("output/security-guarantor.pdf"));
}

#[test]
fn config_matrix() {
    config_case(
        "unclosed-table",
        "[outlets.dw]",
        "[outlets.dw",
        "expected",
        None,
    );
    config_case(
        "unknown-key",
        "passages-per-cell = 2",
        "pasages-per-cell = 2",
        "unknown key `pasages-per-cell`",
        Some("did you mean `passages-per-cell`?"),
    );
    config_case(
        "invalid-type",
        "passages-per-cell = 2",
        "passages-per-cell = \"two\"",
        "invalid type",
        Some("hint:"),
    );
    config_case(
        "duplicate-key",
        "[outlets.dw]",
        "[themes.security-guarantor]\ntitle = \"again\"\n\n[outlets.dw]",
        "duplicate key",
        Some("hint:"),
    );
    config_case(
        "duplicate-facet",
        "id = \"mediation\"",
        "id = \"alliance\"",
        "theme `security-guarantor` has two facets with id `alliance`",
        Some("unique"),
    );
    config_case(
        "passages-out-of-range",
        "passages-per-cell = 2",
        "passages-per-cell = 0",
        "passages-per-cell must be between 1 and 20",
        None,
    );
    config_case(
        "unknown-outlet",
        "passages-per-cell = 2",
        "passages-per-cell = 2\noutlets = [\"dw\", \"bbc\"]",
        "names outlet `bbc`, which is not defined",
        Some("define it with an [outlets.bbc] table"),
    );
    config_case(
        "lower-case-operator",
        "query = 'mediate OR",
        "query = 'mediate or",
        "operators are upper case",
        Some("write `OR`"),
    );
    config_case(
        "unknown-default-theme",
        "default-theme = \"security-guarantor\"",
        "default-theme = \"security\"",
        "default-theme `security` is not a theme",
        Some("did you mean `security-guarantor`?"),
    );
    let title = "title = \"Test project\"";
    config_case(
        "sources-outside",
        title,
        &format!("{title}\nsources = \"../..\""),
        "leaves the project folder",
        Some("stay inside the project"),
    );
    config_case(
        "output-absolute",
        title,
        &format!("{title}\noutput = \"/tmp/elsewhere\""),
        "is absolute",
        Some("stay inside the project"),
    );
}

/// A run of the small project with one source added; snapshot `sources-<name>`.
fn source_case(name: &str, file: &str, content: &[u8]) -> (ProjectTest, Run) {
    let p = ProjectTest::from_dir("fixtures/small").named(&format!("sources-{name}"));
    p.write(file, content);
    let r = p.run(&["build"]);
    r.no_panic();
    r.snapshot("build");
    (p, r)
}

#[test]
fn sources_matrix() {
    // Empty file: a warning naming the file; the build goes on.
    let (_, r) = source_case("empty", "sources/dw/empty.txt", b"");
    r.code(0)
        .stderr_has("warning: sources/dw/empty.txt: the file is empty");

    // Binary file: an error naming the file, exit 1, no PDF.
    let (p, r) = source_case(
        "binary",
        "sources/dw/photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    r.code(1)
        .stderr_has("error: sources/dw/photo.txt: this is a binary file, not an article");
    assert!(!p.exists("output/security-guarantor.pdf"));

    // Not UTF-8 at all (Latin-1): read in the encoding its bytes suggest,
    // with a warning naming the file and the encoding. (A UTF-8 file with a
    // broken byte keeps UTF-8 and names the offset: a unit test in ingest.)
    let (_, r) = source_case(
        "latin1",
        "sources/dw/latin1.txt",
        b"Russia and Baku agreed, the minister said.\n\nM\xfcnchen hosted talks on Russia.\n",
    );
    r.code(0)
        .stderr_has("warning: sources/dw/latin1.txt: not UTF-8; read as windows-1252");

    // A file directly in sources/, in no outlet folder.
    let (_, r) = source_case(
        "stray-file",
        "sources/stray.txt",
        b"Russia said something.\n",
    );
    r.code(2)
        .stderr_has("error: sources/stray.txt is not in an outlet folder")
        .stderr_has("hint: move it into sources/<outlet-id>/");

    // A 100 MB file is refused (documented limit: 16 MiB), without reading it.
    let p = ProjectTest::from_dir("fixtures/small").named("sources-huge");
    let big = std::fs::File::create(p.path().join("sources/dw/huge.txt")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    let r = p.run(&["build"]);
    r.no_panic();
    r.code(1)
        .stderr_has(
            "error: sources/dw/huge.txt: the file is 100.0 MiB; juxta reads sources up to 16 MiB",
        )
        .snapshot("build");
}

#[test]
fn a_json_source_is_read_and_a_broken_one_named_at_its_place() {
    // An article saved from a site's API (WordPress): read, with its title.
    let p = ProjectTest::from_dir("fixtures/small").named("sources-json");
    let body = "Russia and Azerbaijan agreed on Monday to resume the talks on the border, the foreign minister said after a meeting in Baku that lasted four hours.";
    p.write(
        "sources/dw/post.json",
        format!(
            r#"[{{"date":"2023-09-20T10:00:00","title":{{"rendered":"Talks to resume"}},"content":{{"rendered":"<p>{body}</p><p>{body}</p>"}}}}]"#
        ),
    );
    let v = p
        .run(&["inspect", "--json", "sources/dw/post.json"])
        .ok()
        .json();
    assert_eq!(v[0]["title"], "Talks to resume");
    assert_eq!(v[0]["paragraphs"].as_array().unwrap().len(), 2);
    // Cut off mid-string: an error with its line and column, no PDF.
    p.write(
        "sources/dw/cut.json",
        "{\n  \"title\": \"Talks\",\n  \"content\": \"Russia and",
    );
    let r = p.run(&["build"]);
    r.no_panic();
    r.code(1)
        .stderr_has("error: sources/dw/cut.json:3:")
        .stderr_has("this JSON does not parse")
        .stderr_has("hint:");
    assert!(!p.exists("output/security-guarantor.pdf"));
}

#[test]
fn rtf_mhtml_and_wiki_sources_are_found_and_read() {
    // A TextEdit RTF, a page Chrome saved as one file, a MediaWiki page
    // and a reStructuredText one, dropped into an outlet's folder.
    let p = ProjectTest::from_dir("fixtures/small").named("sources-markups");
    let body = "Russia and Azerbaijan agreed on Monday to resume the talks on the border, the foreign minister said after a meeting in Baku that lasted four hours.";
    p.write(
        "sources/dw/a.rtf",
        format!(
            "{{\\rtf1\\ansi\\ansicpg1252\n{{\\fonttbl\\f0\\fswiss Helvetica;}}\n\\pard\\f0 {body}\\\n{body}\\\n}}"
        ),
    );
    p.write(
        "sources/dw/b.mhtml",
        format!(
            "From: <Saved by Blink>\r\nSubject: Talks\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B--\"\r\n\r\n------B--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>{body}</p><p>{body}</p></article></body></html>\r\n------B----\r\n"
        ),
    );
    p.write(
        "sources/dw/c.wiki",
        format!("{{{{Source\n| url = https://example.org\n}}}}\n= Talks =\n\n{body}\n\n{body}\n\n[[Category:Press]]\n"),
    );
    p.write(
        "sources/dw/d.rst",
        format!("Talks\n=====\n\n.. image:: https://example.org/a.jpg\n   :alt: talks\n\n{body}\n\n{body}\n"),
    );
    for f in ["a.rtf", "b.mhtml", "c.wiki", "d.rst"] {
        let v = p
            .run(&["inspect", "--json", &format!("sources/dw/{f}")])
            .ok()
            .json();
        assert_eq!(v[0]["paragraphs"].as_array().unwrap().len(), 2, "{f}: {v}");
    }
    // The build finds them: none is skipped as a format juxta does not read.
    let r = p.run(&["build"]);
    r.no_panic();
    assert!(
        !r.stderr.contains("not a format juxta reads"),
        "{}",
        r.stderr
    );
}

#[test]
fn windows_line_endings_read_like_unix_ones() {
    let p = ProjectTest::seeds();
    let f = "sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt";
    let unix = p.run(&["inspect", "--json", f]).ok().json();
    let text = p.read(f).replace('\n', "\r\n");
    p.write(f, &text);
    let dos = p.run(&["inspect", "--json", f]).ok().json();
    let strip = |mut v: serde_json::Value| {
        v[0].as_object_mut().unwrap().remove("sha256");
        v[0].as_object_mut().unwrap().remove("bytes");
        v
    };
    assert_eq!(strip(unix), strip(dos));
}

#[cfg(unix)]
#[test]
fn symlink_leading_out_of_the_project_is_refused() {
    let p = ProjectTest::from_dir("fixtures/small").named("symlink-outside");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("x.txt"), "Russia said something.\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("x.txt"),
        p.path().join("sources/dw/link.txt"),
    )
    .unwrap();
    let r = p.run(&["build"]);
    r.no_panic();
    r.code(2)
        .stderr_has("error: sources/dw/link.txt is a symbolic link to")
        .stderr_has("outside the project")
        .snapshot("build");
    // A link inside the project is fine.
    std::fs::remove_file(p.path().join("sources/dw/link.txt")).unwrap();
    std::os::unix::fs::symlink(
        p.path()
            .join("sources/moscow-times/guarantor-questioned.txt"),
        p.path().join("sources/dw/inside.txt"),
    )
    .unwrap();
    p.run(&["list"]).ok().snapshot("list-inside-link");
}

/// An unreadable source. juxta runs as an unprivileged user here (root reads
/// everything), with `setpriv`.
#[cfg(unix)]
#[test]
fn unreadable_source_names_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let p = ProjectTest::seeds();
    let f = p
        .path()
        .join("sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt");
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).unwrap();
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    let mut command = p.cmd(&["inspect", "--json"]).command();
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
        let mut setpriv = Command::new("setpriv");
        setpriv
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(command.get_program())
            .args(command.get_args())
            .current_dir(p.path())
            .stdin(Stdio::null());
        for (k, v) in command.get_envs() {
            match v {
                Some(v) => setpriv.env(k, v),
                None => setpriv.env_remove(k),
            };
        }
        setpriv.output().expect("setpriv")
    } else {
        command.output().unwrap()
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
    let p = ProjectTest::from_dir("fixtures/small").named("template-matrix");
    // Missing template.
    p.run(&["build", "--template", "nope"])
        .code(2)
        .stderr_has("template `nope` not found (report-templates/nope.typ does not exist)")
        .snapshot("missing");
    // Syntax error, runtime error: exit 1 with file:line:col.
    p.write(
        "report-templates/syntax.typ",
        "#let data = json(bytes(sys.inputs.data))\n#let = 3\n",
    );
    p.run(&["build", "--template", "syntax"])
        .code(1)
        .stderr_has("error: report-templates/syntax.typ:2:")
        .snapshot("syntax");
    p.write(
        "report-templates/runtime.typ",
        "#let data = json(bytes(sys.inputs.data))\n#(1 + \"a\")\n",
    );
    p.run(&["build", "--template", "runtime"])
        .code(1)
        .stderr_has("error: report-templates/runtime.typ:2:3: cannot add integer and string")
        .snapshot("runtime");
    // An infinite loop: Typst's own check.
    p.write(
        "report-templates/loop.typ",
        "#let n = 0\n#while n >= 0 { n += 1 }\n",
    );
    p.run(&["build", "--template", "loop"])
        .code(1)
        .stderr_has("error: report-templates/loop.typ:2:2: loop seems to be infinite")
        .snapshot("loop");
    // A long computation: juxta's time limit. (It keeps no output, so it
    // never reaches the memory limit first, as a loop printing every step
    // did on a fast machine.)
    p.write(
        "report-templates/huge.typ",
        "#let x = 0\n#for j in range(100000) { for i in range(100000) { x = calc.rem(x + i, 7) } }\n#x\n",
    );
    p.cmd(&["build", "--template", "huge"])
        .env("JUXTA_TEMPLATE_TIMEOUT", "1.5")
        .run()
        .code(1)
        .stderr_has("error: report-templates/huge.typ: the template did not finish within 1.5 s")
        .snapshot("time-limit");
    // Too many pages.
    p.write(
        "report-templates/pages.typ",
        "#for i in range(2500) [#i #pagebreak()]\n",
    );
    p.run(&["build", "--template", "pages"])
        .code(1)
        .stderr_has("the template produced 2501 pages; juxta stops at 2000")
        .snapshot("page-limit");
    assert!(!p.exists("output/security-guarantor.pdf"));
}

#[test]
fn a_failed_build_keeps_the_previous_pdf() {
    let p = ProjectTest::from_dir("fixtures/small").named("failed-build");
    p.run(&["build"]).ok().snapshot("build");
    let good = std::fs::read(p.path().join("output/security-guarantor.pdf")).unwrap();
    p.write("report-templates/side-by-side.typ", "#panic(\"broken\")\n");
    p.run(&["build"]).code(1).snapshot("build-broken-template");
    let after = std::fs::read(p.path().join("output/security-guarantor.pdf")).unwrap();
    assert!(good == after, "the previous PDF changed");
}

/// Disk full, simulated with a 4 MB tmpfs mounted on output/ (needs root
/// and mount; the failing-writer unit test in render.rs covers the rest).
#[cfg(target_os = "linux")]
#[test]
fn disk_full_keeps_the_previous_pdf() {
    let p = ProjectTest::seeds();
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
    p.run(&["build"]).ok();
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
    let r = p.run(&["build", "--force", "--template", "memo"]);
    r.no_panic();
    r.code(1).stderr_has("no space left on device");
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
    let p = ProjectTest::from_dir("fixtures/small").named("output-not-a-folder");
    // A file where the output folder should be: no user can write into it.
    p.write("output", "not a folder");
    let r = p.run(&["build"]);
    r.no_panic();
    r.code(1)
        .stderr_has("error: cannot create the output folder")
        .snapshot("build");
}

#[test]
fn two_builds_at_once_do_not_corrupt_anything() {
    let p = ProjectTest::seeds();
    let spawn = || {
        p.cmd(&["build", "--force", "--quiet"])
            .command()
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
    let r = p.run(&["collect", "security-guarantor", "--json"]).ok();
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
    let p = ProjectTest::seeds();
    p.run(&["build"]).ok();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut killed = 0;
    for _ in 0..50 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay_ms = seed % 200;
        let mut child = p
            .cmd(&["build", "--force", "--quiet"])
            .command()
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
    p.run(&["build", "--force"]).ok();
}

#[test]
fn html_sources_and_deeply_nested_pages() {
    let p = ProjectTest::from_dir("fixtures/small").named("html-sources");
    p.write(
        "sources/dw/page.html",
        "<html><head><title>Russia offers talks</title>\
         <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Russia offers talks\",\"datePublished\":\"2016-04-08T10:00:00+02:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>\
         </head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Russia offers talks</h1>\
         <p>Russia offered on Friday to host talks between Armenia and Azerbaijan, its foreign ministry said in a statement.</p>\
         <p>The ceasefire agreed in Moscow has largely held since Tuesday, officials on both sides said.</p>\
         </article><footer>Copyright 2016</footer></body></html>\n",
    );
    let r = p.run(&["inspect", "--json", "sources/dw/page.html"]).ok();
    r.stdout_snapshot("inspect-page-json");
    let v = r.json();
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
    let r = p.run(&["build"]);
    r.no_panic();
    r.code(0)
        .stderr_has("sources/dw/deep.html")
        .snapshot("build-deep-page");
}
