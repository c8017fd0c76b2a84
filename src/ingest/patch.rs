//! An article kept in a patch (`.patch`, `.diff`): someone keeps clippings
//! in a repository and mails or saves the change that adds one (`git
//! format-patch`, `git diff`, `git show`, `diff -u`). The article is the
//! text the patch adds: the added lines (`+`, never the `+++` naming the
//! file) of the file with the most added text, read as that file's text
//! (Markdown when its path ends in `.md`), each line kept at its line of
//! the patch. The mail's header fields, the commit message, the diffstat,
//! the other files' hunks, the lines of context and the removed lines are
//! recorded as removed.
//!
//! A patch is told by its structure, never by its name alone: a file's
//! header (`diff --git`, or `--- a/…` over `+++ b/…`) and a hunk
//! (`@@ -l,n +l,n @@`) whose counts its lines fill, with nothing after the
//! last file but a signature or another mail of the series. A text that
//! quotes a diff and goes on is no patch.

use super::Removed;
use super::rules::{self, Reason};

/// A patch read: the added text, the line of the patch each of its lines
/// comes from (the first at index 0), and what is recorded as removed.
pub(crate) struct Read {
    /// The added lines of the chosen file, its hunks apart by a blank
    /// line.
    pub(crate) text: String,
    /// Whether the file is Markdown (its path ends in `.md`).
    pub(crate) markdown: bool,
    /// The patch's line (1-based) of each line of `text`.
    pub(crate) line_of: Vec<usize>,
    /// The mail's header, the message, the other files and hunk lines.
    pub(crate) removed: Vec<Removed>,
}

/// What a line of a patch is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A mail's or a commit's header field ("Subject: [PATCH] …").
    Header,
    /// The commit message, the diffstat, a signature, a file's or a
    /// hunk's header, a line of context or a removed line.
    Other,
    /// A line a hunk adds, of the file numbered.
    Added(usize),
}

/// A file the patch changes: its path and its hunks' first lines.
struct File {
    path: String,
    hunks: Vec<usize>,
}

/// Reads a patch's lines into kinds and files.
struct Parser<'t> {
    lines: Vec<&'t str>,
    kinds: Vec<Kind>,
    files: Vec<File>,
    at: usize,
}

/// Whether `l` opens a mail of a series or a commit of a log
/// ("From 69eb… Mon Sep 17 00:00:00 2001", "commit 69eb…").
fn opens_commit(l: &str) -> bool {
    let hash = |s: &str| {
        let h = s.split(' ').next().unwrap_or("");
        h.len() >= 7 && h.bytes().all(|b| b.is_ascii_hexdigit())
    };
    l.strip_prefix("From ").is_some_and(hash) || l.strip_prefix("commit ").is_some_and(hash)
}

/// Whether `l` is a mail's or a commit's header field ("Date: …").
fn header_field(l: &str) -> bool {
    l.split_once(':').is_some_and(|(name, _)| {
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    })
}

/// A hunk's header: the counts of old and new lines it spans
/// ("@@ -1,16 +1,18 @@ fn main()", a count of 1 left out).
fn hunk_counts(l: &str) -> Option<(usize, usize)> {
    let rest = l.strip_prefix("@@ -")?;
    let (ranges, _) = rest.split_once(" @@")?;
    let (old, new) = ranges.split_once(" +")?;
    let count = |r: &str| -> Option<usize> {
        match r.split_once(',') {
            Some((start, n)) => {
                start.parse::<usize>().ok()?;
                n.parse().ok()
            }
            None => r.parse::<usize>().ok().map(|_| 1),
        }
    };
    Some((count(old)?, count(new)?))
}

/// A file header's extended lines (`git diff`'s), read as the header.
const EXTENDED: [&str; 14] = [
    "index ",
    "old mode ",
    "new mode ",
    "deleted file mode ",
    "new file mode ",
    "similarity index ",
    "dissimilarity index ",
    "rename from ",
    "rename to ",
    "copy from ",
    "copy to ",
    "Binary files ",
    "GIT binary patch",
    "literal ",
];

/// Lines a diff of folders writes between files, read as its own.
const BETWEEN: [&str; 5] = ["diff ", "Only in ", "Binary files ", "Index: ", "===="];

impl<'t> Parser<'t> {
    fn line(&self, i: usize) -> &'t str {
        self.lines.get(i).copied().unwrap_or("")
    }

    /// Whether a file's `---`/`+++` header and a hunk open at `i`.
    fn unified_at(&self, i: usize) -> bool {
        self.line(i).starts_with("--- ")
            && self.line(i + 1).starts_with("+++ ")
            && hunk_counts(self.line(i + 2)).is_some()
    }

    /// Reads the header fields opening a mail or a commit at the parser's
    /// place, up to the blank line under them.
    fn header(&mut self) {
        let first = self.line(self.at);
        if !(opens_commit(first) || header_field(first)) {
            return;
        }
        while self.at < self.lines.len() {
            let l = self.line(self.at);
            let folded = l.starts_with([' ', '\t']) && self.at > 0;
            if !(opens_commit(l) || header_field(l) || folded) || l.trim().is_empty() {
                return;
            }
            self.kinds[self.at] = Kind::Header;
            self.at += 1;
        }
    }

    /// Reads a file's header and hunks from the parser's place.
    fn file(&mut self) {
        let mut path = String::new();
        if let Some(names) = self.line(self.at).strip_prefix("diff --git ") {
            path = names.rsplit(" b/").next().unwrap_or("").to_string();
            self.at += 1;
        }
        while EXTENDED.iter().any(|e| self.line(self.at).starts_with(e)) {
            self.at += 1;
        }
        if self.line(self.at).starts_with("--- ") && self.line(self.at + 1).starts_with("+++ ") {
            let name = |l: &str| l[4..].split('\t').next().unwrap_or("").trim().to_string();
            let (old, new) = (name(self.line(self.at)), name(self.line(self.at + 1)));
            path = if new == "/dev/null" { old } else { new };
            self.at += 2;
        }
        let n = self.files.len();
        let mut hunks = Vec::new();
        while let Some((old, new)) = hunk_counts(self.line(self.at)) {
            hunks.push(self.at);
            self.at += 1;
            self.hunk(old, new, n);
        }
        self.files.push(File { path, hunks });
    }

    /// Reads a hunk's lines, `old` and `new` of them, for the file `n`. A
    /// hunk shorter than its counts ends at the first line that is none
    /// of its own; added lines past its counts (a hand-edited patch) are
    /// its own.
    fn hunk(&mut self, mut old: usize, mut new: usize, n: usize) {
        while self.at < self.lines.len() {
            let l = self.line(self.at);
            let added = l.starts_with('+') && !l.starts_with("+++ ");
            if old == 0 && new == 0 && !added {
                return;
            }
            match l.as_bytes().first() {
                Some(b'+') if added => {
                    new = new.saturating_sub(1);
                    self.kinds[self.at] = Kind::Added(n);
                }
                Some(b'-') if old > 0 && !self.unified_at(self.at) => old -= 1,
                Some(b' ') | None if old > 0 && new > 0 => (old, new) = (old - 1, new - 1),
                Some(b'\\') => {}
                _ => return,
            }
            self.at += 1;
        }
    }

    /// Reads the whole patch; `None` when it is none (no hunk, or a line
    /// after the first file that no patch has).
    fn run(mut self) -> Option<Self> {
        let mut in_diff = false;
        let mut signed = false;
        self.header();
        while self.at < self.lines.len() {
            let l = self.line(self.at);
            if opens_commit(l) {
                (in_diff, signed) = (false, false);
                self.header();
            } else if l.starts_with("diff --git ") || self.unified_at(self.at) {
                in_diff = true;
                self.file();
            } else {
                let between = l.trim().is_empty() || BETWEEN.iter().any(|b| l.starts_with(b));
                signed |= in_diff && l == "-- ";
                if in_diff && !signed && !between {
                    return None;
                }
                self.at += 1;
            }
        }
        self.files
            .iter()
            .any(|f| !f.hunks.is_empty())
            .then_some(self)
    }
}

/// Whether `text` is a patch (see the module's note); cheap for a text
/// with no hunk's header.
pub(crate) fn is_patch(text: &str) -> bool {
    read(text).is_some()
}

/// Whether `bytes` may be a patch: they hold a hunk's header ("@@ -") at
/// the start of a line. Asked of every source before it is decoded, so
/// that only these are read whole.
pub(crate) fn may_be_patch(bytes: &[u8]) -> bool {
    bytes.starts_with(b"@@ -") || memchr::memmem::find(bytes, b"\n@@ -").is_some()
}

/// The added text of a patch and what is removed around it; `None` for
/// a text that is no patch, or a patch that adds no words.
pub(crate) fn read(text: &str) -> Option<Read> {
    if !may_be_patch(text.as_bytes()) {
        return None;
    }
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let parser = Parser {
        kinds: vec![Kind::Other; lines.len()],
        lines,
        files: Vec::new(),
        at: 0,
    }
    .run()?;
    let words = |n: usize| -> usize {
        (parser.kinds.iter().zip(&parser.lines))
            .filter(|(k, _)| **k == Kind::Added(n))
            .map(|(_, l)| rules::word_count(&l[1..]))
            .sum()
    };
    let chosen = (0..parser.files.len())
        .filter(|&n| words(n) > 0)
        .max_by_key(|&n| (words(n), std::cmp::Reverse(n)))?;
    Some(added_text(&parser, chosen))
}

/// The added text of the file `chosen`, and the other lines removed.
fn added_text(p: &Parser<'_>, chosen: usize) -> Read {
    let file = &p.files[chosen];
    let (mut text, mut line_of) = (String::new(), Vec::new());
    let mut removed: Vec<Removed> = Vec::new();
    let mut run: Vec<(usize, &str)> = Vec::new();
    let mut last_hunk = None;
    let flush = |run: &mut Vec<(usize, &str)>, removed: &mut Vec<Removed>| {
        if let (Some(&(a, _)), Some(&(b, _))) = (run.first(), run.last()) {
            let joined: Vec<&str> = run.iter().map(|(_, l)| *l).collect();
            removed.push(Removed {
                text: rules::squash(&joined.join(" ")),
                reason: Reason::Outside,
                lines: [a, b],
            });
        }
        run.clear();
    };
    for (i, (&kind, &l)) in p.kinds.iter().zip(&p.lines).enumerate() {
        let no = i + 1;
        match kind {
            Kind::Added(n) if n == chosen => {
                flush(&mut run, &mut removed);
                let hunk = file.hunks.iter().rposition(|&h| h < i);
                if let (Some(h), Some(_)) = (hunk, last_hunk)
                    && hunk != last_hunk
                {
                    // A later hunk: a place of its own in the file, apart
                    // on the line of its header.
                    text.push('\n');
                    line_of.push(file.hunks[h] + 1);
                }
                last_hunk = hunk;
                text.push_str(&l[1..]);
                text.push('\n');
                line_of.push(no);
            }
            Kind::Header => {
                flush(&mut run, &mut removed);
                removed.push(Removed {
                    text: l.trim().to_string(),
                    reason: Reason::Email,
                    lines: [no, no],
                });
            }
            _ if l.trim().is_empty() => flush(&mut run, &mut removed),
            _ => run.push((no, l)),
        }
    }
    flush(&mut run, &mut removed);
    let path = file.path.to_ascii_lowercase();
    Read {
        text,
        markdown: path.ends_with(".md") || path.ends_with(".markdown"),
        line_of,
        removed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::PARA;

    /// Lines of `text`, each with a `+` before it.
    fn plus(text: &str) -> String {
        text.lines().map(|l| format!("+{l}\n")).collect()
    }

    #[test]
    fn a_mailed_patch_is_read_as_the_text_it_adds() {
        let article = format!("# Buses to the airport\n\n{PARA}\n\n{PARA}\n");
        let patch = format!(
            "From 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b Mon Sep 17 00:00:00 2001\n\
             From: A Clipper <clipper@example.com>\n\
             Date: Tue, 2 May 2028 10:00:00 +0200\n\
             Subject: [PATCH] Add the airport piece\n\n\
             Copied from the site.\n---\n news/airport.md | 5 +++++\n index.csv | 1 +\n 2 files changed\n\n\
             diff --git a/index.csv b/index.csv\nindex 1111111..2222222 100644\n--- a/index.csv\n+++ b/index.csv\n\
             @@ -1,2 +1,3 @@\n date,title\n-2028-04-01,Old title here\n+2028-04-01,Old title\n+2028-05-02,Buses to the airport\n\
             diff --git a/news/airport.md b/news/airport.md\nnew file mode 100644\nindex 0000000..3333333\n--- /dev/null\n+++ b/news/airport.md\n\
             @@ -0,0 +1,5 @@\n{}-- \n2.43.0\n\n",
            plus(&article)
        );
        let read = read(&patch).expect("a patch");
        assert!(read.markdown);
        assert_eq!(read.text, article);
        // The headline is on the patch's line 27.
        assert_eq!(read.line_of[0], 27);
        let removed: Vec<(&str, Reason)> = read
            .removed
            .iter()
            .map(|r| (r.text.as_str(), r.reason))
            .collect();
        assert_eq!(
            removed[1],
            ("From: A Clipper <clipper@example.com>", Reason::Email)
        );
        assert!(
            removed[4]
                .0
                .starts_with("Copied from the site. --- news/airport.md")
        );
        assert_eq!(removed[4].1, Reason::Outside);
        assert!(removed.iter().any(|(t, _)| t.contains("+2028-05-02,Buses")));
        assert!(removed.iter().any(|(t, _)| t.contains("-- 2.43.0")));
        assert!(!removed.iter().any(|(t, _)| t.contains("county")));
    }

    #[test]
    fn a_plain_diff_is_read_with_its_hunks_apart() {
        // `diff -u` with timestamps, two hunks, context and removed lines.
        let patch = format!(
            "--- old/notes.txt\t2028-05-01 10:00:00\n+++ new/notes.txt\t2028-05-02 10:00:00\n\
             @@ -1,2 +1,3 @@\n Title line\n-{PARA}\n+{PARA}\n+Second line.\n\
             @@ -9 +10 @@\n-x\n+{PARA}\n"
        );
        let read = read(&patch).expect("a patch");
        assert!(!read.markdown);
        assert_eq!(read.text, format!("{PARA}\nSecond line.\n\n{PARA}\n"));
        assert_eq!(read.line_of, [6, 7, 8, 10]);
        let lines: Vec<[usize; 2]> = read.removed.iter().map(|r| r.lines).collect();
        assert_eq!(lines, [[1, 5], [8, 9]]);
    }

    #[test]
    fn texts_that_quote_a_diff_are_no_patch() {
        // Counter-examples: a sentence naming a diff line, a diff in an
        // article that goes on after it, a hunk header alone, a patch
        // that only removes.
        let quoted = format!(
            "Run it like this:\n\n--- a/x.txt\n+++ b/x.txt\n@@ -1 +1 @@\n-old\n+new\n\nThen {PARA}\n"
        );
        for text in [
            format!("The line diff --git a/x b/x opens it. {PARA}\n"),
            quoted,
            format!("@@ -1 +1 @@ is a hunk.\n{PARA}\n"),
            format!("--- a/x.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-{PARA}\n"),
        ] {
            assert!(read(&text).is_none(), "{text}");
        }
        // A hand-edited hunk with more added lines than it counts keeps
        // them.
        let edited = format!("--- a/x.txt\n+++ b/x.txt\n@@ -0,0 +1 @@\n+{PARA}\n+{PARA}\n");
        assert_eq!(read(&edited).unwrap().text.lines().count(), 2);
    }
}
