//! Errors and warnings a user sees: one type for all stages, one printer.
//!
//! Every error carries what went wrong, where (file, line, column and the
//! source line when there is one) and hints on how to fix it. `main` prints it
//! as `error: file:line:col: message`, followed by the source line with
//! carets under the culprit and `= note:` / `= hint:` lines (laid out by
//! `annotate-snippets`), and exits with [`Error::exit_code`]. Warnings print
//! the same way after `warning:`. With `--diagnostic-format short` each
//! diagnostic is one line.

use std::fmt::{self, Write as _};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// What kind of failure this is; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// The command line or the configuration is wrong (exit code 2).
    Usage,
    /// The input was acceptable but the build could not complete (exit code 1).
    Build,
}

/// A place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Location {
    /// The file, as the user would name it (relative to the project when inside it).
    pub(crate) path: String,
    /// 1-based line.
    pub(crate) line: usize,
    /// 1-based column, counted in characters.
    pub(crate) column: usize,
    /// The text of that line, for the snippet.
    pub(crate) source_line: Option<String>,
    /// How many characters of that line the caret underlines (at least 1).
    pub(crate) width: usize,
}

impl Location {
    /// A location without a line (the file as a whole).
    pub(crate) fn file(path: impl Into<String>) -> Self {
        Location {
            path: path.into(),
            line: 0,
            column: 0,
            source_line: None,
            width: 0,
        }
    }

    /// The location of the byte range `span` in `text`.
    pub(crate) fn from_span(
        path: impl Into<String>,
        text: &str,
        span: std::ops::Range<usize>,
    ) -> Self {
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
    #[cfg(test)]
    pub(crate) fn from_line_col(
        path: impl Into<String>,
        text: &str,
        line: usize,
        column: usize,
    ) -> Self {
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
    pub(crate) kind: ErrorKind,
    /// One line saying what is wrong.
    pub message: String,
    /// Where, when known.
    pub(crate) location: Option<Location>,
    /// Further lines of explanation (printed as `note:`).
    pub(crate) notes: Vec<String>,
    /// How to fix it (printed as `hint:`).
    pub(crate) hints: Vec<String>,
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
    pub(crate) fn usage(message: impl Into<String>) -> Self {
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
    pub(crate) fn io(what: &str, path: &Path, err: &std::io::Error) -> Self {
        let mut e = Error::build(format!("{what} {}: {}", path.display(), io_reason(err)));
        if err.kind() == std::io::ErrorKind::PermissionDenied {
            e = e.hint("check the file's permissions and the user juxta runs as");
        }
        e
    }

    /// Adds a note.
    pub(crate) fn note(mut self, note: impl Into<String>) -> Self {
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
    pub(crate) fn render_short(&self) -> String {
        headline(self.location.as_ref(), &self.message)
    }

    /// The full diagnostic: `error: …`, the source line with carets, notes and hints.
    pub fn render(&self) -> String {
        render_diagnostic(
            Severity::Error,
            &self.render_short(),
            self.location.as_ref(),
            &self.notes,
            &self.hints,
        )
    }
}

/// What a warning is about. It does not change how the warning prints; it
/// lets code (and, one day, JSON consumers) tell warnings apart without
/// reading their text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum WarningKind {
    /// A source file: skipped, not a format juxta reads, or read only in part
    /// (ingestion's own warnings: encoding, emptiness, truncation …).
    Source,
    /// A `.toml` sidecar that belongs to no source.
    Sidecar,
    /// A source's metadata is missing or doubtful (e.g. no publication date).
    Metadata,
    /// The index cache in `.juxta/` (damaged, rebuilt).
    Index,
    /// A template: Typst's warnings while compiling it.
    Template,
    /// Coverage: a facet × outlet cell that no passage matches.
    Coverage,
    /// Not classified by the code that made it (the kind-less [`Warning::new`]).
    Other,
}

/// A problem that does not stop the run: kind, location, message, hints.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    /// What the warning is about (not serialized: the JSON shape is unchanged).
    #[serde(skip)]
    pub(crate) kind: WarningKind,
    /// One line saying what is wrong.
    pub(crate) message: String,
    /// Where, when known.
    #[serde(skip)]
    pub(crate) location: Option<Location>,
    /// How to fix it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) hints: Vec<String>,
}

impl Warning {
    /// A warning of kind [`WarningKind::Other`] with no location; prefer [`Warning::of`].
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Warning::of(WarningKind::Other, message)
    }

    /// A warning of `kind` with no location.
    pub(crate) fn of(kind: WarningKind, message: impl Into<String>) -> Self {
        Warning {
            kind,
            message: message.into(),
            location: None,
            hints: Vec::new(),
        }
    }

    /// `warning: …` with snippet and hints.
    pub(crate) fn render(&self) -> String {
        render_diagnostic(
            Severity::Warning,
            &headline(self.location.as_ref(), &self.message),
            self.location.as_ref(),
            &[],
            &self.hints,
        )
    }
}

/// `at` and `hint`, written once for [`Error`] and [`Warning`].
macro_rules! located_builders {
    ($t:ty) => {
        impl $t {
            /// Attaches a location.
            pub(crate) fn at(mut self, location: Location) -> Self {
                self.location = Some(location);
                self
            }

            /// Adds a hint.
            pub(crate) fn hint(mut self, hint: impl Into<String>) -> Self {
                self.hints.push(hint.into());
                self
            }
        }
    };
}

located_builders!(Error);
located_builders!(Warning);

/// `file:line:col: message`, or the message alone when there is no location.
fn headline(location: Option<&Location>, message: &str) -> String {
    match location {
        Some(loc) => format!("{loc}: {message}"),
        None => message.to_string(),
    }
}

/// One line per diagnostic (`--diagnostic-format short`).
static SHORT: AtomicBool = AtomicBool::new(false);
/// Colours in diagnostics (set only when standard error is a terminal).
static STYLED: AtomicBool = AtomicBool::new(false);

/// Print diagnostics on one line each (`--diagnostic-format short`).
pub(crate) fn set_short_diagnostics(short: bool) {
    SHORT.store(short, Ordering::Relaxed);
}

/// Colour diagnostics. The command line turns this on only when standard
/// error is a terminal and `NO_COLOR` is unset; it is off by default.
pub(crate) fn set_coloured_diagnostics(coloured: bool) {
    STYLED.store(coloured, Ordering::Relaxed);
}

/// How bad a diagnostic is: its first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Severity {
    Error,
    Warning,
}

impl Severity {
    fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    fn level(self) -> Level<'static> {
        match self {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
    }
}

/// A diagnostic as text: one line in the short format, else laid out with
/// its source line, notes and hints.
fn render_diagnostic(
    severity: Severity,
    head: &str,
    location: Option<&Location>,
    notes: &[String],
    hints: &[String],
) -> String {
    if SHORT.load(Ordering::Relaxed) {
        return render_one_line(severity, head, hints);
    }
    let mut group = Group::with_title(severity.level().primary_title(head));
    if let Some(snippet) = location.and_then(snippet_of) {
        group = group.element(snippet);
    }
    group = group.elements(notes.iter().map(|n| Level::NOTE.message(n.as_str())));
    let hint = Level::HELP.with_name(Some("hint"));
    group = group.elements(hints.iter().map(|h| hint.clone().message(h.as_str())));
    let renderer = if STYLED.load(Ordering::Relaxed) {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = renderer.render(&[group]);
    out.push('\n');
    out
}

/// `error: file:line:col: message (hint: …)` on one line.
fn render_one_line(severity: Severity, head: &str, hints: &[String]) -> String {
    let mut out = format!("{}: {head}", severity.label());
    for h in hints {
        let _ = write!(out, " (hint: {h})");
    }
    out.push('\n');
    out
}

/// The source line of `loc` with its culprit marked, when the location has a line.
fn snippet_of(loc: &Location) -> Option<Snippet<'_, annotate_snippets::Annotation<'_>>> {
    let source = loc.source_line.as_deref().filter(|_| loc.line > 0)?;
    let byte_at = |chars: usize| {
        source
            .char_indices()
            .nth(chars)
            .map_or(source.len(), |(i, _)| i)
    };
    let start = byte_at(loc.column.saturating_sub(1));
    let end = byte_at(loc.column.saturating_sub(1) + loc.width.max(1));
    Some(
        Snippet::source(source)
            .line_start(loc.line)
            .annotation(AnnotationKind::Primary.span(start..end)),
    )
}

/// A short, lower-case reason for an I/O error, without the OS error number.
pub(crate) fn io_reason(err: &std::io::Error) -> String {
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
pub(crate) fn did_you_mean<'a>(
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
            .note("valid keys here: `title`")
            .hint("did you mean `title`?");
        assert_eq!(
            e.render(),
            "error: juxta.toml:2:1: unknown key `titel`\n  |\n2 | titel = 1\n  | ^^^^^\n  |\n  \
             = note: valid keys here: `title`\n  = hint: did you mean `title`?\n"
        );
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn render_without_location_or_source_line() {
        let e = Error::build("no theme `x`").hint("known themes: a, b");
        assert_eq!(
            e.render(),
            "error: no theme `x`\n |\n = hint: known themes: a, b\n"
        );
        let e = Error::usage("cannot read").at(Location::file("sources/a.txt"));
        assert_eq!(e.render(), "error: sources/a.txt: cannot read\n");
    }

    #[test]
    fn caret_past_the_end_of_the_line() {
        let text = "[outlets.dw";
        let e = Error::usage("expected `]`").at(Location::from_span("j.toml", text, 11..11));
        assert!(
            e.render().contains("1 | [outlets.dw\n  |            ^\n"),
            "{}",
            e.render()
        );
    }

    #[test]
    fn warnings_render_like_errors_and_keep_their_kind() {
        let text = "a\nstray = 1\n";
        let w = Warning::of(WarningKind::Sidecar, "not read")
            .at(Location::from_span("sources/dw/x.toml", text, 2..7))
            .hint("rename it");
        assert_eq!(w.kind, WarningKind::Sidecar);
        assert!(
            w.render().starts_with(
                "warning: sources/dw/x.toml:2:1: not read\n  |\n2 | stray = 1\n  | ^^^^^\n"
            ),
            "{}",
            w.render()
        );
        assert!(
            w.render().ends_with("  = hint: rename it\n"),
            "{}",
            w.render()
        );
        assert_eq!(Warning::new("x").kind, WarningKind::Other);
        // The kind is not part of the JSON.
        assert_eq!(
            serde_json::to_string(&w).unwrap(),
            r#"{"message":"not read","hints":["rename it"]}"#
        );
    }

    #[test]
    fn short_form_is_one_line() {
        let hints = ["a".to_string(), "b".to_string()];
        assert_eq!(
            render_one_line(Severity::Error, "j.toml:2:1: bad", &hints),
            "error: j.toml:2:1: bad (hint: a) (hint: b)\n"
        );
        assert_eq!(render_one_line(Severity::Warning, "x", &[]), "warning: x\n");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Any text, span and message renders without panicking, and the
        /// first line names the location.
        #[test]
        fn rendering_any_span_never_panics(
            text in "(\\PC|\t|\r|\n|\u{200b}|\u{301}|界){0,40}",
            a in 0usize..60,
            b in 0usize..60,
            msg in "\\PC{0,20}",
        ) {
            let loc = Location::from_span("f.txt", &text, a.min(b)..a.max(b));
            let head = format!("error: {loc}: ");
            let e = Error::usage(msg).at(loc).hint("h").note("n");
            let r = e.render();
            proptest::prop_assert!(r.starts_with(&head), "{}", r);
            let w = Warning::of(WarningKind::Source, "w").at(Location::from_line_col("f.txt", &text, a, b));
            let _ = w.render();
        }
    }

    #[test]
    fn did_you_mean_finds_typos_only() {
        let keys = ["title", "default-theme", "sources"];
        assert_eq!(did_you_mean("titel", keys), Some("title"));
        assert_eq!(did_you_mean("default_theme", keys), Some("default-theme"));
        assert_eq!(did_you_mean("zzz", keys), None);
    }
}
