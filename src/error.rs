//! Errors and warnings a user sees: one type for all stages, one printer.
//!
//! Every error carries what went wrong, where (file, line, column and the
//! source line when there is one) and hints on how to fix it. `main` prints it
//! as `error: file:line:col: message`, followed by the source line with a
//! caret and `hint:` lines, and exits with [`Error::exit_code`].

use std::fmt::{self, Write as _};
use std::path::Path;

/// What kind of failure this is; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The command line or the configuration is wrong (exit code 2).
    Usage,
    /// The input was acceptable but the build could not complete (exit code 1).
    Build,
}

/// A place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as the user would name it (relative to the project when inside it).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The text of that line, for the snippet.
    pub source_line: Option<String>,
    /// How many characters of that line the caret underlines (at least 1).
    pub width: usize,
}

impl Location {
    /// A location without a line (the file as a whole).
    pub fn file(path: impl Into<String>) -> Self {
        Location {
            path: path.into(),
            line: 0,
            column: 0,
            source_line: None,
            width: 0,
        }
    }

    /// The location of the byte range `span` in `text`.
    pub fn from_span(path: impl Into<String>, text: &str, span: std::ops::Range<usize>) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let source_line = text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        let width = text[start..end.min(line_end)].chars().count().max(1);
        Location {
            path: path.into(),
            line,
            column,
            source_line: Some(source_line),
            width,
        }
    }

    /// A location given as 1-based line and column in `text`.
    pub fn from_line_col(path: impl Into<String>, text: &str, line: usize, column: usize) -> Self {
        let source_line = text
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.trim_end_matches('\r').to_string());
        Location {
            path: path.into(),
            line,
            column,
            source_line,
            width: 1,
        }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.path)
        } else {
            write!(f, "{}:{}:{}", self.path, self.line, self.column)
        }
    }
}

/// What an error says: kind, message, location, notes, hints.
#[derive(Debug, Clone)]
pub struct ErrorData {
    /// Decides the exit code.
    pub kind: ErrorKind,
    /// One line saying what is wrong.
    pub message: String,
    /// Where, when known.
    pub location: Option<Location>,
    /// Further lines of explanation (printed as `note:`).
    pub notes: Vec<String>,
    /// How to fix it (printed as `hint:`).
    pub hints: Vec<String>,
}

/// An error with its location and hints (boxed: results stay small).
#[derive(Debug, Clone)]
pub struct Error(Box<ErrorData>);

impl std::ops::Deref for Error {
    type Target = ErrorData;
    fn deref(&self) -> &ErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorData {
        &mut self.0
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_short())
    }
}

impl std::error::Error for Error {}

/// Shorthand for results in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A usage or configuration error (exit code 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Error(Box::new(ErrorData {
            kind: ErrorKind::Usage,
            message: message.into(),
            location: None,
            notes: Vec::new(),
            hints: Vec::new(),
        }))
    }

    /// A build failure (exit code 1).
    pub fn build(message: impl Into<String>) -> Self {
        let mut e = Error::usage(message);
        e.kind = ErrorKind::Build;
        e
    }

    /// An I/O failure on `path`, described by `what` ("cannot read", "cannot write" …).
    pub fn io(what: &str, path: &Path, err: &std::io::Error) -> Self {
        let mut e = Error::build(format!("{what} {}: {}", path.display(), io_reason(err)));
        if err.kind() == std::io::ErrorKind::PermissionDenied {
            e = e.hint("check the file's permissions and the user juxta runs as");
        }
        e
    }

    /// Attaches a location.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Adds a note.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            ErrorKind::Usage => 2,
            ErrorKind::Build => 1,
        }
    }

    /// `file:line:col: message` on one line.
    pub fn render_short(&self) -> String {
        match &self.location {
            Some(loc) => format!("{loc}: {}", self.message),
            None => self.message.clone(),
        }
    }

    /// The full diagnostic: `error: …`, the source line with a caret, notes and hints.
    pub fn render(&self) -> String {
        render_diagnostic(
            "error",
            &self.render_short(),
            self.location.as_ref(),
            &self.notes,
            &self.hints,
        )
    }
}

/// A problem that does not stop the run.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    /// One line saying what is wrong.
    pub message: String,
    /// Where, when known.
    #[serde(skip)]
    pub location: Option<Location>,
    /// How to fix it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
}

impl Warning {
    /// A warning with no location.
    pub fn new(message: impl Into<String>) -> Self {
        Warning {
            message: message.into(),
            location: None,
            hints: Vec::new(),
        }
    }

    /// Attaches a location.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// `warning: …` with snippet and hints.
    pub fn render(&self) -> String {
        let head = match &self.location {
            Some(loc) => format!("{loc}: {}", self.message),
            None => self.message.clone(),
        };
        render_diagnostic("warning", &head, self.location.as_ref(), &[], &self.hints)
    }
}

static SHORT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Print diagnostics on one line each (`--diagnostic-format short`).
pub fn set_short_diagnostics(short: bool) {
    SHORT.store(short, std::sync::atomic::Ordering::Relaxed);
}

fn render_diagnostic(
    level: &str,
    head: &str,
    location: Option<&Location>,
    notes: &[String],
    hints: &[String],
) -> String {
    if SHORT.load(std::sync::atomic::Ordering::Relaxed) {
        let mut out = format!("{level}: {head}");
        for h in hints {
            let _ = write!(out, " (hint: {h})");
        }
        out.push('\n');
        return out;
    }
    let mut out = format!("{level}: {head}\n");
    if let Some(loc) = location
        && let Some(src) = &loc.source_line
        && loc.line > 0
    {
        let num = loc.line.to_string();
        let pad = " ".repeat(num.len());
        let src_shown: String = src.replace('\t', " ");
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{num} | {src_shown}");
        let indent = " ".repeat(loc.column.saturating_sub(1));
        let _ = writeln!(out, "{pad} | {indent}{}", "^".repeat(loc.width.max(1)));
    }
    for n in notes {
        let _ = writeln!(out, "note: {n}");
    }
    for h in hints {
        let _ = writeln!(out, "hint: {h}");
    }
    out
}

/// A short, lower-case reason for an I/O error, without the OS error number.
pub fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => "no such file or directory".into(),
        K::PermissionDenied => "permission denied".into(),
        K::AlreadyExists => "already exists".into(),
        K::StorageFull => "no space left on device".into(),
        K::ReadOnlyFilesystem => "read-only file system".into(),
        _ => {
            let s = err.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_from_span_counts_lines_and_chars() {
        let text = "a = 1\nbé = \"x\"\n";
        let start = text.find('"').unwrap();
        let loc = Location::from_span("j.toml", text, start..start + 3);
        assert_eq!((loc.line, loc.column, loc.width), (2, 6, 3));
        assert_eq!(loc.source_line.as_deref(), Some("bé = \"x\""));
        assert_eq!(loc.to_string(), "j.toml:2:6");
    }

    #[test]
    fn render_shows_caret_and_hint() {
        let text = "[project]\ntitel = 1\n";
        let e = Error::usage("unknown key `titel`")
            .at(Location::from_span("juxta.toml", text, 10..15))
            .hint("did you mean `title`?");
        let r = e.render();
        assert!(
            r.starts_with("error: juxta.toml:2:1: unknown key `titel`\n"),
            "{r}"
        );
        assert!(r.contains("2 | titel = 1\n  | ^^^^^\n"), "{r}");
        assert!(r.ends_with("hint: did you mean `title`?\n"), "{r}");
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn did_you_mean_finds_typos_only() {
        let keys = ["title", "default-theme", "sources"];
        assert_eq!(did_you_mean("titel", keys), Some("title"));
        assert_eq!(did_you_mean("default_theme", keys), Some("default-theme"));
        assert_eq!(did_you_mean("zzz", keys), None);
    }
}
