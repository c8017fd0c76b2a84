//! What the readers' tests share: a text read as juxta reads a file of
//! that name, and the texts of what a reading kept and removed.

use super::rules::Reason;
use super::subtitles::Spoken;
use super::{Context, Document, Paragraph, Removed, ingest_bytes};

/// A reading's paragraphs and removed parts, whatever reader made it.
pub(crate) trait Reading {
    fn kept(&self) -> &[Paragraph];
    fn dropped(&self) -> &[Removed];
}

impl Reading for Document {
    fn kept(&self) -> &[Paragraph] {
        &self.paragraphs
    }
    fn dropped(&self) -> &[Removed] {
        &self.removed
    }
}

impl Reading for Spoken {
    fn kept(&self) -> &[Paragraph] {
        &self.paragraphs
    }
    fn dropped(&self) -> &[Removed] {
        &self.removed
    }
}

/// The document juxta reads from `text` saved as `name`.
pub(crate) fn read(name: &str, text: &str) -> Document {
    let ctx = Context {
        display_path: name.into(),
        ..Default::default()
    };
    ingest_bytes(text.as_bytes(), std::path::Path::new(name), &ctx, None).unwrap()
}

/// The texts of the paragraphs kept, in order.
pub(crate) fn texts(r: &impl Reading) -> Vec<&str> {
    r.kept().iter().map(|p| p.text.as_str()).collect()
}

/// The texts removed for `why`, in order.
pub(crate) fn removed_as(r: &impl Reading, why: Reason) -> Vec<&str> {
    (r.dropped().iter())
        .filter(|x| x.reason == why)
        .map(|x| x.text.as_str())
        .collect()
}
