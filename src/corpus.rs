//! The corpus: every source of the project, ingested, and a full-text index
//! of its passages (paragraphs that are not headings).
//!
//! Source discovery lives here too: `sources/<outlet-id>/…` files in the
//! formats juxta reads; a folder that names no outlet is an error, a file in
//! another format is a warning.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tantivy::schema::{
    Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, TantivyDocument};

use crate::analysis;
use crate::config::{Project, relative_display};
use crate::error::{Error, Location, Result, Warning};
use crate::ingest::{self, Document};

/// A source file found in the project.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path on disk.
    pub path: PathBuf,
    /// Path relative to the project root, for messages and JSON.
    pub display: String,
    /// The outlet id (the folder under `sources/`).
    pub outlet: String,
}

/// Finds the project's source files, sorted by path.
pub fn discover(project: &Project) -> Result<(Vec<SourceFile>, Vec<Warning>)> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let dir = &project.sources_dir;
    let shown_dir = project.relative(dir);
    if !dir.is_dir() {
        return Err(Error::usage(format!("the sources folder {shown_dir}/ does not exist"))
            .hint(format!(
                "create {shown_dir}/<outlet-id>/ and put articles in it, or set `sources` in [project]"
            )));
    }
    let root = canonical(&project.root)?;
    let mut entries: Vec<_> = read_dir(dir)?;
    entries.sort();
    for entry in entries {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let shown = project.relative(&entry);
        check_inside(&entry, &root, &shown)?;
        if entry.is_file() {
            if ingest::is_source_file(&entry) {
                return Err(
                    Error::usage(format!("{shown} is not in an outlet folder")).hint(format!(
                        "move it into {shown_dir}/<outlet-id>/, where <outlet-id> is one of: {}",
                        outlet_ids(project)
                    )),
                );
            }
            continue;
        }
        if !entry.is_dir() {
            continue;
        }
        if project.outlet(&name).is_none() {
            let mut e = Error::usage(format!(
                "folder {shown}/ names no outlet of {}",
                project.config_name()
            ));
            if let Some(s) =
                crate::error::did_you_mean(&name, project.outlets.iter().map(|o| o.id.as_str()))
            {
                e = e.hint(format!("did you mean `{s}`? rename the folder"));
            }
            return Err(e.hint(format!(
                "add an [outlets.{name}] table to {}, or rename the folder to one of: {}",
                project.config_name(),
                outlet_ids(project)
            )));
        }
        let mut stack = vec![entry.clone()];
        while let Some(d) = stack.pop() {
            let mut items = read_dir(&d)?;
            items.sort();
            for p in items {
                let n = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if n.starts_with('.') {
                    continue;
                }
                let shown_p = project.relative(&p);
                check_inside(&p, &root, &shown_p)?;
                if p.is_dir() {
                    stack.push(p);
                } else if ingest::is_source_file(&p) {
                    files.push(SourceFile {
                        path: p,
                        display: shown_p,
                        outlet: name.clone(),
                    });
                } else if !n.ends_with(".toml") {
                    warnings.push(
                        Warning::new(format!("{shown_p}: skipped, not a format juxta reads"))
                            .hint("sources are .txt, .md, .html, .htm or .html.gz files"),
                    );
                }
            }
        }
    }
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Ok((files, warnings))
}

fn outlet_ids(project: &Project) -> String {
    if project.outlets.is_empty() {
        "(none defined yet)".into()
    } else {
        project
            .outlets
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let rd = std::fs::read_dir(dir).map_err(|e| Error::io("cannot read folder", dir, &e))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(|e| Error::io("cannot read folder", dir, &e))?;
        out.push(e.path());
    }
    Ok(out)
}

fn canonical(p: &Path) -> Result<PathBuf> {
    std::fs::canonicalize(p).map_err(|e| Error::io("cannot resolve", p, &e))
}

/// Refuses paths (symlinks) that resolve outside the project.
fn check_inside(p: &Path, root: &Path, shown: &str) -> Result<()> {
    let meta = std::fs::symlink_metadata(p).map_err(|e| Error::io("cannot read", p, &e))?;
    if !meta.file_type().is_symlink() {
        return Ok(());
    }
    let target = std::fs::canonicalize(p).map_err(|e| {
        Error::build(format!(
            "{shown}: broken symbolic link ({})",
            crate::error::io_reason(&e)
        ))
        .hint("remove the link or make it point at a file inside the project")
    })?;
    if !target.starts_with(root) {
        return Err(Error::usage(format!(
            "{shown} is a symbolic link to {}, outside the project",
            target.display()
        ))
        .hint("juxta reads only files inside the project folder; copy the file in instead"));
    }
    Ok(())
}

/// Ingests every source; all failures are reported together.
pub fn ingest_all(project: &Project, files: &[SourceFile]) -> Result<Vec<Document>> {
    let results: Vec<Result<Document>> = files
        .iter()
        .map(|f| {
            let ctx = ingest::Context {
                outlet: project.outlet(&f.outlet),
                display_path: f.display.clone(),
            };
            ingest::read_file(&f.path, &ctx)
        })
        .collect();
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e),
        }
    }
    match errors.len() {
        0 => Ok(docs),
        1 => Err(errors.remove(0)),
        n => {
            let mut first = errors.remove(0);
            for e in &errors {
                first = first.note(e.render_short());
            }
            first.message = format!("{} ({n} sources failed)", first.message);
            Err(first)
        }
    }
}

/// Index fields.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Passage text, stemmed.
    pub text: Field,
    /// Passage text, folded but not stemmed (prefix queries).
    pub folded: Field,
    /// Outlet id.
    pub outlet: Field,
    /// Document index in [`Corpus::documents`].
    pub doc: Field,
    /// Paragraph index within the document.
    pub para: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let indexing = |name: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(name)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let text = b.add_text_field("text", indexing(analysis::STEMMED));
    let folded = b.add_text_field("folded", indexing(analysis::FOLDED));
    let outlet = b.add_text_field("outlet", STRING);
    let doc = b.add_u64_field("doc", INDEXED | STORED);
    let para = b.add_u64_field("para", STORED);
    (
        b.build(),
        Fields {
            text,
            folded,
            outlet,
            doc,
            para,
        },
    )
}

/// The ingested sources and their passage index.
pub struct Corpus {
    /// Documents in path order.
    pub documents: Vec<Document>,
    /// The index of passages.
    pub index: Index,
    /// Its reader.
    pub reader: IndexReader,
    /// Its fields.
    pub fields: Fields,
    by_path: HashMap<String, usize>,
}

fn tantivy_err(e: tantivy::TantivyError) -> Error {
    Error::build(format!("index error: {e}"))
}

impl Corpus {
    /// Indexes `documents` in memory.
    pub fn build(documents: Vec<Document>) -> Result<Corpus> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        register(&index);
        let mut writer: tantivy::IndexWriter = index
            .writer_with_num_threads(1, 50_000_000)
            .map_err(tantivy_err)?;
        for (di, d) in documents.iter().enumerate() {
            let outlet = d.outlet.clone().unwrap_or_default();
            for (pi, p) in d.passages() {
                let mut td = TantivyDocument::default();
                td.add_text(fields.text, &p.text);
                td.add_text(fields.folded, &p.text);
                td.add_text(fields.outlet, &outlet);
                td.add_u64(fields.doc, di as u64);
                td.add_u64(fields.para, pi as u64);
                writer.add_document(td).map_err(tantivy_err)?;
            }
        }
        writer.commit().map_err(tantivy_err)?;
        let reader = index.reader().map_err(tantivy_err)?;
        let by_path = documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.path.clone(), i))
            .collect();
        Ok(Corpus {
            documents,
            index,
            reader,
            fields,
            by_path,
        })
    }

    /// Loads the whole project: discover, ingest, index.
    pub fn load(project: &Project) -> Result<(Corpus, Vec<Warning>)> {
        let (files, mut warnings) = discover(project)?;
        let docs = ingest_all(project, &files)?;
        for d in &docs {
            warnings.extend(ingest::warnings_of(d));
        }
        Ok((Corpus::build(docs)?, warnings))
    }

    /// The document with this display path.
    pub fn document(&self, path: &str) -> Option<&Document> {
        self.by_path.get(path).map(|&i| &self.documents[i])
    }

    /// Documents of one outlet.
    pub fn of_outlet<'a>(&'a self, outlet: &'a str) -> impl Iterator<Item = &'a Document> + 'a {
        self.documents
            .iter()
            .filter(move |d| d.outlet.as_deref() == Some(outlet))
    }
}

/// Registers juxta's analyzers on an index.
pub fn register(index: &Index) {
    index
        .tokenizers()
        .register(analysis::STEMMED, analysis::stemmed_analyzer());
    index
        .tokenizers()
        .register(analysis::FOLDED, analysis::folded_analyzer());
}

/// A location for a source path, for warnings.
pub fn source_location(project: &Project, path: &Path) -> Location {
    Location::file(relative_display(&project.root, path))
}
