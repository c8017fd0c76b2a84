//! Hand-made projects and corpora for unit tests.

use std::path::Path;

use crate::config::Project;
use crate::corpus::Corpus;
use crate::ingest::{self, Format};

/// The project of `config` (a whole juxta.toml) and an in-memory corpus of
/// `docs` (outlet, path, text), each read as a text source.
pub(crate) fn corpus_of(config: &str, docs: &[(&str, &str, &str)]) -> (Project, Corpus) {
    let p = Project::from_str(Path::new("juxta.toml"), config).expect("config");
    let documents = docs
        .iter()
        .map(|(outlet, path, text)| {
            let ctx = ingest::Context {
                outlet: p.outlet(outlet),
                display_path: path.to_string(),
            };
            let mut d = ingest::text::ingest(text, Format::Text, &ctx).expect("ingest");
            d.path = path.to_string();
            d.outlet = Some(outlet.to_string());
            d.sha256 = format!("{path}-{}", text.len());
            d.quotes = ingest::quotes::extract(&d.paragraphs);
            d
        })
        .collect();
    (p, Corpus::build(documents).expect("corpus"))
}
