//! The test harness: `ProjectTest` copies a fixture project (a folder under
//! tests/fixtures/, or the bundled seed project) to a temp folder, lets a test
//! change files, runs the real `juxta` binary there in a fixed environment,
//! and checks exit codes, targeted parts of the output and insta snapshots
//! of stdout, stderr and written files (tests/cli/snapshots/).
//!
//! Every run gets `SOURCE_DATE_EPOCH` (see [`SOURCE_DATE_EPOCH`]), `CI=true`,
//! `NO_COLOR=1`, no terminal (stdin, stdout and stderr are not a tty) and
//! none of the variables that change juxta's or Rust's output
//! (`JUXTA_TEMPLATE_TIMEOUT`, `RUST_BACKTRACE`, `CLICOLOR_FORCE`, `COLUMNS`),
//! nor the archive or password of the person running them (`JUXTA_ARCHIVE`,
//! `PGPASSWORD`, `PGPASSFILE`);
//! a test can set or remove any of them per run with [`Cmd::env`] and
//! [`Cmd::env_remove`].
//!
//! Snapshots are named `<case>@<what>.snap`, where the case is the fixture's
//! folder name (or what the test passes to [`ProjectTest::named`]). Paths of
//! the temp folders are replaced by `[PROJECT]` and `[TMP]`, and measured
//! times (`1.2s`, `"seconds": 0.42`) by `[SECONDS]`, so a snapshot holds
//! only what a run decides. After a deliberate change of output, re-record
//! with `cargo insta review` (or run the tests with `INSTA_UPDATE=always`)
//! and read the diff before committing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::{copy_dir, repo};

/// The build time every run gets unless a test removes it: 2023-11-14 22:13:20 UTC.
pub const SOURCE_DATE_EPOCH: &str = "1700000000";

/// A project in a temp folder, copied from a fixture.
pub struct ProjectTest {
    dir: tempfile::TempDir,
    case: String,
}

impl ProjectTest {
    /// A copy of `tests/<fixture>` (e.g. `fixtures/unknown-key`). A fixture
    /// without a `report-templates/` folder gets the repository's, so that
    /// fixtures hold only what their case is about.
    pub fn from_dir(fixture: &str) -> ProjectTest {
        let from = repo().join("tests").join(fixture);
        assert!(from.is_dir(), "no fixture folder {}", from.display());
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&from, dir.path());
        if !dir.path().join("report-templates").exists() {
            copy_dir(
                &repo().join("report-templates"),
                &dir.path().join("report-templates"),
            );
        }
        let case = Path::new(fixture)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        ProjectTest { dir, case }
    }

    /// A copy of the bundled seed project: the repository's juxta.toml,
    /// sources/ and report-templates/.
    pub fn seeds() -> ProjectTest {
        let dir = tempfile::tempdir().unwrap();
        let root = repo();
        std::fs::copy(root.join("juxta.toml"), dir.path().join("juxta.toml")).unwrap();
        for d in ["sources", "report-templates"] {
            copy_dir(&root.join(d), &dir.path().join(d));
        }
        ProjectTest {
            dir,
            case: "seeds".into(),
        }
    }

    /// An empty folder. It is made under cargo's temp folder for integration
    /// tests (`CARGO_TARGET_TMPDIR`), not the system's: juxta looks for
    /// juxta.toml in every parent folder, and another process may leave one
    /// in the system temp folder for a while.
    pub fn empty() -> ProjectTest {
        let base = Path::new(env!("CARGO_TARGET_TMPDIR"));
        std::fs::create_dir_all(base).unwrap();
        ProjectTest {
            dir: tempfile::tempdir_in(base).unwrap(),
            case: "empty".into(),
        }
    }

    /// Renames the case: the prefix of this project's snapshot names.
    pub fn named(mut self, case: &str) -> ProjectTest {
        self.case = case.into();
        self
    }

    /// The project folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (and its folders) under the project.
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    }

    /// Reads a file of the project as text.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel))
            .unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    /// Whether a file or folder exists under the project.
    pub fn exists(&self, rel: &str) -> bool {
        self.path().join(rel).exists()
    }

    /// Replaces the first `from` in a file of the project by `to` (`from` must be there).
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let c = self.read(rel);
        assert!(c.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, c.replacen(from, to, 1));
    }

    /// [`ProjectTest::edit`] of juxta.toml.
    pub fn edit_config(&self, from: &str, to: &str) {
        self.edit("juxta.toml", from, to);
    }

    /// Writes a generated project of `articles` articles from `outlets`
    /// outlets, with the repository's templates, into `p/` of this folder
    /// (`juxta dev generate`), and returns its path.
    pub fn generate(&self, articles: usize, outlets: usize) -> PathBuf {
        let proj = self.path().join("p");
        let templates = crate::common::repo().join("report-templates");
        self.run(&[
            "dev",
            "generate",
            proj.to_str().unwrap(),
            "--articles",
            &articles.to_string(),
            "--outlets",
            &outlets.to_string(),
            "--templates",
            templates.to_str().unwrap(),
        ])
        .ok();
        proj
    }

    /// Runs `juxta ARGS` in the project folder in the test environment.
    pub fn run(&self, args: &[&str]) -> Run {
        self.cmd(args).run()
    }

    /// A run to adjust (environment, folder) before [`Cmd::run`].
    pub fn cmd(&self, args: &[&str]) -> Cmd {
        Cmd::new(self.path(), args, &self.case)
    }

    /// Asserts a snapshot of a file the project holds (e.g. one a build wrote),
    /// named `<case>@<name>`.
    pub fn snapshot_file(&self, rel: &str, name: &str) {
        snapshot(
            &format!("{}@{name}", self.case),
            &format!("file {rel}"),
            &self.read(rel),
            &[self.path()],
        );
    }
}

/// One invocation of the binary, not yet started.
pub struct Cmd {
    dir: PathBuf,
    args: Vec<String>,
    env: Vec<(String, Option<String>)>,
    case: String,
}

impl Cmd {
    /// `juxta ARGS` in `dir`; snapshots are named after `case`.
    pub fn new(dir: &Path, args: &[&str], case: &str) -> Cmd {
        let env = [
            ("SOURCE_DATE_EPOCH", Some(SOURCE_DATE_EPOCH)),
            ("CI", Some("true")),
            ("NO_COLOR", Some("1")),
            ("TERM", Some("dumb")),
            ("CLICOLOR_FORCE", None),
            ("COLUMNS", None),
            ("RUST_BACKTRACE", None),
            ("JUXTA_TEMPLATE_TIMEOUT", None),
            // Never the archive of the person running the tests: a test
            // names its own.
            ("JUXTA_ARCHIVE", None),
            ("PGPASSWORD", None),
            ("PGPASSFILE", None),
        ];
        Cmd {
            dir: dir.to_path_buf(),
            args: args.iter().map(|a| a.to_string()).collect(),
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
                .collect(),
            case: case.into(),
        }
    }

    /// Sets a variable for this run.
    pub fn env(mut self, key: &str, value: &str) -> Cmd {
        self.env.push((key.into(), Some(value.into())));
        self
    }

    /// Removes a variable for this run (e.g. `SOURCE_DATE_EPOCH`).
    pub fn env_remove(mut self, key: &str) -> Cmd {
        self.env.push((key.into(), None));
        self
    }

    /// Runs in a sub-folder of the project (or any folder) instead.
    pub fn current_dir(mut self, dir: &Path) -> Cmd {
        self.dir = dir.to_path_buf();
        self
    }

    /// The `std::process::Command`, for tests that spawn and kill.
    pub fn command(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_juxta"));
        c.args(&self.args)
            .current_dir(&self.dir)
            .stdin(Stdio::null());
        for (k, v) in &self.env {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c
    }

    /// Runs under resource limits, as an attack would be met in CI: at most
    /// `mem_mib` MiB of address space (RLIMIT_AS) and `secs` seconds of
    /// wall time; a run that goes over the time is killed and fails the test.
    #[cfg(unix)]
    pub fn run_limited(self, mem_mib: u64, secs: u64) -> Run {
        use std::io::Read;
        use std::os::unix::process::CommandExt;
        let mut c = self.command();
        let bytes = mem_mib * 1024 * 1024;
        // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            c.pre_exec(move || {
                let lim = libc::rlimit {
                    rlim_cur: bytes,
                    rlim_max: bytes,
                };
                if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut child = c
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run juxta");
        let mut out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let t_out = std::thread::spawn(move || {
            let mut b = Vec::new();
            let _ = out.read_to_end(&mut b);
            b
        });
        let t_err = std::thread::spawn(move || {
            let mut b = Vec::new();
            let _ = err.read_to_end(&mut b);
            b
        });
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
        let status = loop {
            if let Some(s) = child.try_wait().expect("wait for juxta") {
                break s;
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("`juxta {}` ran longer than {secs} s", self.args.join(" "));
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&t_out.join().unwrap()).into_owned(),
            stderr: String::from_utf8_lossy(&t_err.join().unwrap()).into_owned(),
            dir: self.dir,
            args: self.args,
            case: self.case,
        }
    }

    /// Runs to the end and captures the output.
    pub fn run(self) -> Run {
        let out = self.command().output().expect("run juxta");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            dir: self.dir,
            args: self.args,
            case: self.case,
        }
    }
}

/// What a run gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    dir: PathBuf,
    args: Vec<String>,
    case: String,
}

impl Run {
    /// Asserts exit code 0.
    pub fn ok(self) -> Run {
        self.code(0)
    }

    /// Asserts the exit code.
    pub fn code(self, code: i32) -> Run {
        assert_eq!(
            self.code,
            code,
            "`juxta {}` exited with {}, not {code}:\nstdout:\n{}\nstderr:\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Asserts that stderr contains `part`.
    pub fn stderr_has(&self, part: &str) -> &Run {
        assert!(
            self.stderr.contains(part),
            "stderr of `juxta {}` lacks {part:?}:\n{}",
            self.args.join(" "),
            self.stderr
        );
        self
    }

    /// Asserts that stdout contains `part`.
    pub fn stdout_has(&self, part: &str) -> &Run {
        assert!(
            self.stdout.contains(part),
            "stdout of `juxta {}` lacks {part:?}:\n{}",
            self.args.join(" "),
            self.stdout
        );
        self
    }

    /// Asserts that no panic message is on stderr.
    pub fn no_panic(&self) -> &Run {
        assert!(
            !self.stderr.contains("panicked") && !self.stderr.contains("RUST_BACKTRACE"),
            "panic: {}",
            self.stderr
        );
        self
    }

    /// stdout parsed as JSON (it must be JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout of `juxta {}` is not JSON ({e}):\n{}\nstderr:\n{}",
                self.args.join(" "),
                self.stdout,
                self.stderr
            )
        })
    }

    /// Asserts one snapshot `<case>@<name>` of the whole run: exit code,
    /// stdout and stderr.
    pub fn snapshot(&self, name: &str) -> &Run {
        let text = format!(
            "exit code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        );
        snapshot(
            &format!("{}@{name}", self.case),
            &self.describe(),
            &text,
            &[self.dir.as_path()],
        );
        self
    }

    /// Asserts a snapshot `<case>@<name>` of stdout alone (e.g. JSON).
    pub fn stdout_snapshot(&self, name: &str) -> &Run {
        snapshot(
            &format!("{}@{name}", self.case),
            &format!("{} (stdout)", self.describe()),
            &self.stdout,
            &[self.dir.as_path()],
        );
        self
    }

    /// Asserts a snapshot `<case>@<name>` of stderr alone.
    pub fn stderr_snapshot(&self, name: &str) -> &Run {
        snapshot(
            &format!("{}@{name}", self.case),
            &format!("{} (stderr)", self.describe()),
            &self.stderr,
            &[self.dir.as_path()],
        );
        self
    }

    fn describe(&self) -> String {
        format!("juxta {}", self.args.join(" "))
    }
}

/// Asserts an insta snapshot of `text`, with the paths of `roots` and of
/// temp folders and the measured times replaced (in the description too).
pub fn snapshot(name: &str, description: &str, text: &str, roots: &[&Path]) {
    let filters = filters(roots);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut description = description.to_string();
    for (re, to) in &filters {
        settings.add_filter(re, *to);
        description = regex::Regex::new(re)
            .unwrap()
            .replace_all(&description, *to)
            .into_owned();
    }
    settings.set_description(description);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

/// The replacements of [`snapshot`]: (regex, replacement), applied in order.
fn filters(roots: &[&Path]) -> Vec<(String, &'static str)> {
    let mut v = Vec::new();
    for root in roots {
        let mut forms = vec![root.to_path_buf()];
        if let Ok(c) = root.canonicalize() {
            forms.push(c);
        }
        for f in forms {
            v.push((regex::escape(&f.to_string_lossy()), "[PROJECT]"));
        }
    }
    let tmp = std::env::temp_dir();
    v.push((
        format!(
            r"{}/\.tmp[0-9A-Za-z]+",
            regex::escape(&tmp.to_string_lossy())
        ),
        "[TMP]",
    ));
    // Measured times: `"seconds": 0.42` in JSON, `(1.2s)` and the padded
    // `  0.53s` of the summary table in text (the padding depends on the time).
    v.push((
        r#""seconds": [0-9.e-]+"#.into(),
        r#""seconds": "[SECONDS]""#,
    ));
    v.push((r"\b[0-9]+\.[0-9]+s\b".into(), "[SECONDS]"));
    v.push((r"  +\[SECONDS\]".into(), "  [SECONDS]"));
    v
}
