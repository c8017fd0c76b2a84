//! Hand-made projects and corpora for unit tests.

use std::path::Path;

use crate::config::Project;
use crate::corpus::{Corpus, DocSource, Entry};
use crate::error::{Error, Result};
use crate::ingest::Document;
use crate::ingest::{self, Format};

/// A paragraph of an article, shared by the readers' tests.
pub(crate) const PARA: &str = "The county assembly approved the budget on Tuesday after a long debate over the cost of the new water works, which members said had doubled since the plan was first put forward two years ago.";

/// The project of `config` (a whole juxta.toml) and an in-memory corpus of
/// `docs` (outlet, path, text), each read as a text source.
pub(crate) fn corpus_of(config: &str, docs: &[(&str, &str, &str)]) -> (Project, Corpus) {
    let p = Project::from_str(Path::new("juxta.toml"), config).expect("config");
    let documents = documents(&p, docs);
    (p, Corpus::build(documents).expect("corpus"))
}

/// `docs` (outlet, path, text), each read as a text source of project `p`.
fn documents(p: &Project, docs: &[(&str, &str, &str)]) -> Vec<Document> {
    docs.iter()
        .map(|(outlet, path, text)| {
            let ctx = ingest::Context {
                outlet: p.outlet(outlet),
                display_path: path.to_string(),
            };
            let mut d = ingest::text::ingest(text, Format::Text, &ctx).expect("ingest");
            d.path = path.to_string();
            d.outlet = Some(outlet.to_string());
            d.sha256 = format!("{path}-{}", text.len());
            d
        })
        .collect()
}

/// Like [`corpus_of`], but the index receives the passages of the
/// documents in `order` (indices into `docs`), as a cache written by
/// parallel reads may; the corpus's documents stay in the order of `docs`.
pub(crate) fn corpus_indexed_in(
    config: &str,
    docs: &[(&str, &str, &str)],
    order: &[usize],
) -> (Project, Corpus) {
    let p = Project::from_str(Path::new("juxta.toml"), config).expect("config");
    let documents = documents(&p, docs);
    let entries: Vec<Entry> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut e = Entry::of_document(d);
            e.key = i as u64 + 1;
            e
        })
        .collect();
    let passages: Vec<_> = order
        .iter()
        .map(|&i| {
            let texts = documents[i].passages().map(|(pi, p)| (pi, p.text.clone()));
            Ok((i, texts.collect()))
        })
        .collect();
    let c = Corpus::from_parts(
        entries,
        passages.into_iter(),
        Box::new(Held(documents)),
        None,
        None,
    )
    .expect("corpus");
    (p, c)
}

/// Documents held in memory, handed over by path.
struct Held(Vec<Document>);

impl DocSource for Held {
    fn fetch(&self, which: &[(usize, &Entry)]) -> Result<Vec<Document>> {
        which
            .iter()
            .map(|(_, e)| {
                let d = self.0.iter().find(|d| d.path == e.path);
                d.cloned()
                    .ok_or_else(|| Error::build(format!("{} is not held", e.path)))
            })
            .collect()
    }
}

/// A document ingested as `sources/a/<name>.txt`, of one paragraph.
pub(crate) fn doc_named(name: &str) -> Document {
    let ctx = ingest::Context {
        outlet: None,
        display_path: format!("sources/a/{name}.txt"),
    };
    let text = format!("Paragraph of {name}, long enough to be one.");
    ingest::ingest_bytes(text.as_bytes(), Path::new("x.txt"), &ctx, None).unwrap()
}
