//! The render worker: each template compiles in a child process (the juxta
//! binary itself, run as the hidden `juxta render-worker`), so a template
//! that runs out of memory or time fails its own theme only. The child runs
//! under an address-space limit (RLIMIT_AS) — Typst aborts the process when
//! an allocation fails, which no thread can catch — and is killed when it
//! runs past the time limit, so no compile is left running.
//!
//! The parent writes a [`Request`] as JSON on the child's stdin; the child
//! answers on stdout with the length of a JSON [`Reply`] (8 bytes, little
//! endian), the reply, then the PDF bytes.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Location, Result, Warning, WarningKind};
use crate::render::{PdfMeta, Rendered, Renderer};

/// The address space a compile may use unless `JUXTA_TEMPLATE_MEMORY` says
/// otherwise: 4 GiB (the seed briefing needs about 300 MiB).
pub(crate) const DEFAULT_MEMORY_MIB: u64 = 4096;

/// One compile, as the child receives it.
#[derive(Serialize, Deserialize)]
struct Request {
    root: PathBuf,
    template: PathBuf,
    data: String,
    timestamp: Option<chrono::NaiveDateTime>,
    ident: String,
    standards: Vec<String>,
    max_pages: usize,
}

/// What the child answers (the PDF follows it).
#[derive(Serialize, Deserialize)]
enum Reply {
    Done {
        pages: usize,
        warnings: Vec<WireMessage>,
        reads: Vec<PathBuf>,
    },
    Failed(WireMessage),
}

/// An error or warning on the way from the child.
#[derive(Serialize, Deserialize)]
struct WireMessage {
    usage: bool,
    message: String,
    location: Option<(String, usize, usize, Option<String>, usize)>,
    notes: Vec<String>,
    hints: Vec<String>,
}

impl WireMessage {
    fn of_error(e: &Error) -> WireMessage {
        WireMessage {
            usage: e.kind == ErrorKind::Usage,
            message: e.message.clone(),
            location: e.location.as_ref().map(wire_location),
            notes: e.notes.clone(),
            hints: e.hints.clone(),
        }
    }

    fn of_warning(w: &Warning) -> WireMessage {
        WireMessage {
            usage: false,
            message: w.message.clone(),
            location: w.location.as_ref().map(wire_location),
            notes: Vec::new(),
            hints: w.hints.clone(),
        }
    }

    fn into_error(self) -> Error {
        let mut e = match self.usage {
            true => Error::usage(self.message),
            false => Error::build(self.message),
        };
        e.location = self.location.map(location);
        e.notes = self.notes;
        e.hints = self.hints;
        e
    }

    fn into_warning(self) -> Warning {
        let mut w = Warning::of(WarningKind::Template, self.message);
        w.location = self.location.map(location);
        w.hints = self.hints;
        w
    }
}

fn wire_location(l: &Location) -> (String, usize, usize, Option<String>, usize) {
    (
        l.path.clone(),
        l.line,
        l.column,
        l.source_line.clone(),
        l.width,
    )
}

fn location(l: (String, usize, usize, Option<String>, usize)) -> Location {
    Location {
        path: l.0,
        line: l.1,
        column: l.2,
        source_line: l.3,
        width: l.4,
    }
}

/// How the parent runs a worker.
#[derive(Clone, Debug)]
pub(crate) struct Isolation {
    /// The juxta binary.
    pub(crate) exe: PathBuf,
    /// RLIMIT_AS of the child, in MiB.
    pub(crate) memory_mib: u64,
}

/// Compiles in a child process: the parent's side of [`serve`].
pub(crate) fn render_in_child(
    iso: &Isolation,
    root: &Path,
    job: &crate::render::Job<'_>,
    timeout: Duration,
    max_pages: usize,
    shown: &str,
) -> Result<Rendered> {
    let req = Request {
        root: root.to_path_buf(),
        template: job.template.to_path_buf(),
        data: job.data.to_string(),
        timestamp: job.meta.timestamp,
        ident: job.meta.ident.clone(),
        standards: job.meta.standards.clone(),
        max_pages,
    };
    let input = serde_json::to_vec(&req)
        .map_err(|e| Error::build(format!("cannot pass the briefing to Typst: {e}")))?;
    let (status, out, err) = run_child(iso, &input, timeout).map_err(|e| match e {
        ChildError::Timeout => timed_out(shown, timeout),
        ChildError::Io(e) => Error::build(format!("cannot start the Typst compiler: {e}")),
    })?;
    match parse_reply(&out) {
        Some((
            Reply::Done {
                pages,
                warnings,
                reads,
            },
            pdf,
        )) => Ok(Rendered {
            pdf,
            pages,
            warnings: warnings
                .into_iter()
                .map(WireMessage::into_warning)
                .collect(),
            reads,
        }),
        Some((Reply::Failed(m), _)) => Err(m.into_error()),
        None => Err(died(shown, &status, &err, iso.memory_mib)),
    }
}

fn timed_out(shown: &str, timeout: Duration) -> Error {
    Error::build(format!(
        "{shown}: the template did not finish within {} s; it was stopped",
        timeout.as_secs_f64()
    ))
    .note("it may loop forever or produce enormous output")
    .hint("set JUXTA_TEMPLATE_TIMEOUT=<seconds> if a very large briefing needs longer")
}

/// The error for a child that ended without an answer: out of memory (an
/// abort after a failed allocation), or killed.
fn died(shown: &str, status: &std::process::ExitStatus, stderr: &[u8], mib: u64) -> Error {
    let text = String::from_utf8_lossy(stderr);
    let oom = text.contains("memory allocation") || text.contains("capacity overflow");
    let how = match (oom, signal_of(status)) {
        (true, _) => format!("ran out of memory (the limit is {mib} MiB)"),
        (false, Some(sig)) => format!("was stopped by signal {sig}"),
        (false, None) => format!("stopped unexpectedly ({status})"),
    };
    let mut e = Error::build(format!("{shown}: the Typst compiler {how}"));
    if oom {
        e = e
            .note(
                "a template that builds huge arrays or strings (e.g. range(1000000000)) does this",
            )
            .hint("set JUXTA_TEMPLATE_MEMORY=<MiB> if a very large briefing needs more");
    } else if let Some(line) = text.lines().find(|l| !l.trim().is_empty()) {
        e = e.note(line.to_string());
    }
    e
}

#[cfg(unix)]
fn signal_of(status: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(not(unix))]
fn signal_of(_: &std::process::ExitStatus) -> Option<i32> {
    None
}

fn parse_reply(out: &[u8]) -> Option<(Reply, Vec<u8>)> {
    let len = u64::from_le_bytes(out.get(..8)?.try_into().ok()?) as usize;
    let json = out.get(8..8usize.checked_add(len)?)?;
    let reply = serde_json::from_slice(json).ok()?;
    Some((reply, out[8 + len..].to_vec()))
}

enum ChildError {
    Timeout,
    Io(std::io::Error),
}

type ChildOutput = (std::process::ExitStatus, Vec<u8>, Vec<u8>);

/// Runs the worker with `input` on stdin; kills it after `timeout`.
fn run_child(
    iso: &Isolation,
    input: &[u8],
    timeout: Duration,
) -> std::result::Result<ChildOutput, ChildError> {
    let mut cmd = Command::new(&iso.exe);
    cmd.arg("render-worker")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("RUST_BACKTRACE");
    limit_memory(&mut cmd, iso.memory_mib);
    let mut child = cmd.spawn().map_err(ChildError::Io)?;
    let mut stdin = child.stdin.take().ok_or(ChildError::Timeout)?;
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let reader = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut b = Vec::new();
            let _ = r.read_to_end(&mut b);
            b
        })
    };
    let out = reader(Box::new(child.stdout.take().ok_or(ChildError::Timeout)?));
    let err = reader(Box::new(child.stderr.take().ok_or(ChildError::Timeout)?));
    let deadline = Instant::now() + timeout;
    let status = loop {
        if let Some(s) = child.try_wait().map_err(ChildError::Io)? {
            break s;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(ChildError::Timeout);
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let out = out.join().unwrap_or_default();
    let err = err.join().unwrap_or_default();
    Ok((status, out, err))
}

#[cfg(unix)]
fn limit_memory(cmd: &mut Command, mib: u64) {
    use std::os::unix::process::CommandExt;
    let bytes = mib.saturating_mul(1024 * 1024) as libc::rlim_t;
    // SAFETY: only getrlimit and setrlimit, which are async-signal-safe,
    // run between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            // A lower limit juxta itself runs under stays (it cannot be raised).
            let mut cur = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            let hard = match libc::getrlimit(libc::RLIMIT_AS, &mut cur) {
                0 => cur.rlim_max,
                _ => libc::RLIM_INFINITY,
            };
            let lim = libc::rlimit {
                rlim_cur: bytes.min(hard),
                rlim_max: bytes.min(hard),
            };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

#[cfg(not(unix))]
fn limit_memory(_: &mut Command, _: u64) {}

/// The child's side: reads one [`Request`] from stdin, compiles it in this
/// process and writes the reply and the PDF to stdout (`juxta render-worker`).
pub(crate) fn serve() -> Result<i32> {
    let mut input = Vec::new();
    std::io::stdin()
        .read_to_end(&mut input)
        .map_err(|e| Error::build(format!("render worker: cannot read its job: {e}")))?;
    let req: Request = serde_json::from_slice(&input)
        .map_err(|e| Error::build(format!("render worker: the job does not parse: {e}")))?;
    let mut renderer = Renderer::new(&req.root, Duration::from_secs(7 * 24 * 3600))?;
    renderer.max_pages = req.max_pages;
    let job = crate::render::Job {
        template: &req.template,
        data: &req.data,
        meta: PdfMeta {
            timestamp: req.timestamp,
            ident: req.ident.clone(),
            standards: req.standards.clone(),
        },
    };
    let (reply, pdf) = match renderer.render_here(&job) {
        Ok(r) => (
            Reply::Done {
                pages: r.pages,
                warnings: r.warnings.iter().map(WireMessage::of_warning).collect(),
                reads: r.reads,
            },
            r.pdf,
        ),
        Err(e) => (Reply::Failed(WireMessage::of_error(&e)), Vec::new()),
    };
    let json = serde_json::to_vec(&reply)
        .map_err(|e| Error::build(format!("render worker: cannot answer: {e}")))?;
    let mut out = std::io::stdout().lock();
    out.write_all(&(json.len() as u64).to_le_bytes())
        .and_then(|_| out.write_all(&json))
        .and_then(|_| out.write_all(&pdf))
        .and_then(|_| out.flush())
        .map_err(|e| Error::build(format!("render worker: cannot answer: {e}")))?;
    Ok(0)
}
