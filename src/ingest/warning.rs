//! Problems ingestion noted that did not stop it: typed (what kind, which
//! line when known, the message shown), and written to JSON as the message
//! alone, as `inspect --json` always showed them.

use serde::{Deserialize, Serialize};

/// What kind of problem a [`Note`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum NoteKind {
    /// Bytes that are not valid in the file's character encoding were replaced.
    Encoding,
    /// A front-matter value juxta cannot read was ignored.
    FrontMatter,
    /// The page had to be simplified before its text could be extracted.
    Page,
    /// The file is empty, or nothing in it is article text.
    NoText,
    /// The date stated in the text can be read two ways, and the text does
    /// not say which.
    Date,
}

/// A problem that did not stop ingestion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// What kind of problem it is.
    pub(crate) kind: NoteKind,
    /// The line of the source it is about (1-based), when it is about one.
    pub(crate) line: Option<usize>,
    /// The message shown, starting with the file's path (and line).
    pub(crate) message: String,
}

impl Note {
    /// A note about the whole file.
    pub(crate) fn new(kind: NoteKind, message: String) -> Note {
        Note {
            kind,
            line: None,
            message,
        }
    }

    /// A note about line `line`.
    pub(crate) fn at_line(kind: NoteKind, line: usize, message: String) -> Note {
        Note {
            kind,
            line: Some(line),
            message,
        }
    }
}

/// A message the HTML reader words itself: a note about its page.
impl From<String> for Note {
    fn from(message: String) -> Note {
        Note::new(NoteKind::Page, message)
    }
}

/// A note reads as its message.
impl std::ops::Deref for Note {
    type Target = str;
    fn deref(&self) -> &str {
        &self.message
    }
}

/// The notes of one document, in the order they were noted. In JSON, a
/// list of their messages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Notes(Vec<Note>);

impl Notes {
    /// Adds a note (or a message, see `From<String> for Note`).
    pub(crate) fn push(&mut self, note: impl Into<Note>) {
        self.0.push(note.into());
    }

    /// Puts `earlier` (noted before these, e.g. while decoding) first.
    pub(crate) fn put_first(&mut self, mut earlier: Vec<Note>) {
        earlier.append(&mut self.0);
        self.0 = earlier;
    }

    /// Drops the notes of kind `kind` (made moot by what came later).
    pub(crate) fn drop_kind(&mut self, kind: NoteKind) {
        self.0.retain(|n| n.kind != kind);
    }

    /// Whether there is none.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The notes in order.
    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Note> {
        self.0.iter()
    }

    /// The notes, to change.
    pub(crate) fn iter_mut(&mut self) -> std::slice::IterMut<'_, Note> {
        self.0.iter_mut()
    }
}

impl<N: Into<Note>> Extend<N> for Notes {
    fn extend<I: IntoIterator<Item = N>>(&mut self, notes: I) {
        self.0.extend(notes.into_iter().map(Into::into));
    }
}

impl<'a> IntoIterator for &'a Notes {
    type Item = &'a Note;
    type IntoIter = std::slice::Iter<'a, Note>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl std::ops::Index<usize> for Notes {
    type Output = Note;
    fn index(&self, i: usize) -> &Note {
        &self.0[i]
    }
}

impl Serialize for Notes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|n| n.message.as_str()))
    }
}

/// Reads the messages `Serialize` writes (as notes about the page: kind and
/// line are not in that form; the document cache keeps them beside it).
impl<'de> Deserialize<'de> for Notes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let messages = Vec::<String>::deserialize(d)?;
        Ok(Notes(messages.into_iter().map(Note::from).collect()))
    }
}

impl From<Vec<Note>> for Notes {
    fn from(notes: Vec<Note>) -> Notes {
        Notes(notes)
    }
}

impl Notes {
    /// The notes in order, as a slice.
    pub(crate) fn as_slice(&self) -> &[Note] {
        &self.0
    }
}
