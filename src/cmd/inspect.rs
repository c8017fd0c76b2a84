//! `juxta inspect [PATH]...`: how juxta reads source files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::config::Project;
use crate::corpus;
use crate::error::{Error, Result};
use crate::ingest::{self, Document};

/// Arguments of `juxta inspect`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Files to read (default: every source of the project). Any path works,
    /// also outside sources/.
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Print JSON (an array, one object per file).
    #[arg(long)]
    pub(crate) json: bool,
}

/// Runs `juxta inspect`.
pub(crate) fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    // A project is optional when paths are given.
    let project = match ctx.project() {
        Ok(p) => Some(p),
        Err(e) if !args.paths.is_empty() && ctx.config.is_none() => {
            let _ = e;
            None
        }
        Err(e) => return Err(e),
    };
    let mut code = 0;
    let docs: Vec<Document> = if args.paths.is_empty() {
        let Some(p) = &project else {
            return Err(Error::usage("no project and no paths given"));
        };
        let (files, warnings) = corpus::discover(p)?;
        super::warn_all(&warnings);
        corpus::ingest_all(p, &files)?
    } else {
        // Each file on its own: one that cannot be read is reported, the
        // others are still shown; the exit code says something failed.
        let mut docs = Vec::new();
        for path in &args.paths {
            match read_one(project.as_ref(), path) {
                Ok(d) => docs.push(d),
                Err(e) if args.paths.len() > 1 => {
                    eprint!("{}", e.render());
                    code = code.max(e.exit_code());
                }
                Err(e) => return Err(e),
            }
        }
        docs
    };
    for d in &docs {
        super::warn_all(&ingest::warnings_of(d));
        // Shown in both forms: found here, as ingestion leaves them unread.
        d.quotes();
    }
    if args.json {
        super::out(&super::json(&docs)?);
    } else {
        let mut s = String::new();
        for d in &docs {
            s.push_str(&human(d));
        }
        super::out(&s);
    }
    Ok(code)
}

fn read_one(project: Option<&Project>, path: &Path) -> Result<Document> {
    if !path.exists() {
        return Err(Error::usage(format!("{} does not exist", path.display())));
    }
    if path.is_dir() {
        return Err(Error::usage(format!("{} is a folder", path.display()))
            .hint("name files, or run `juxta inspect` without paths to read every source"));
    }
    let mut outlet = None;
    let mut display = path.display().to_string();
    if let Some(p) = project
        && let (Ok(abs), Ok(src)) = (
            std::fs::canonicalize(path),
            std::fs::canonicalize(&p.sources_dir),
        )
    {
        if let Ok(rel) = abs.strip_prefix(&src)
            && let Some(first) = rel.components().next()
            && rel.components().count() > 1
        {
            outlet = p.outlet(&first.as_os_str().to_string_lossy());
        }
        if let Ok(root) = std::fs::canonicalize(&p.root)
            && abs.starts_with(&root)
        {
            display = crate::config::relative_display(&root, &abs);
        }
    }
    let ctx = ingest::Context {
        outlet,
        display_path: display,
    };
    ingest::read_file(path, &ctx)
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("(not stated)")
}

/// The human-readable form: metadata, numbered paragraphs, quotes, removals.
pub(crate) fn human(d: &Document) -> String {
    let mut s = String::new();
    write_metadata(&mut s, d);
    write_paragraphs(&mut s, d);
    write_quotes(&mut s, d);
    write_removed(&mut s, d);
    s.push('\n');
    s
}

/// Where a metadata field came from, as `  [source]` (empty when not recorded).
fn provenance(d: &Document, field: &str) -> String {
    d.provenance
        .get(field)
        .map(|p| {
            format!(
                "  [{}]",
                serde_json::to_value(p)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// The header: path, outlet, hash and each metadata field with its provenance.
fn write_metadata(s: &mut String, d: &Document) {
    let prov = |k: &str| provenance(d, k);
    let _ = writeln!(s, "== {}", d.path);
    let _ = writeln!(
        s,
        "outlet:   {}{}",
        d.outlet.as_deref().unwrap_or("(none)"),
        prov("outlet")
    );
    let _ = writeln!(s, "sha256:   {}", d.sha256);
    let _ = writeln!(s, "title:    {}{}", opt(&d.title), prov("title"));
    let _ = writeln!(s, "subtitle: {}{}", opt(&d.subtitle), prov("subtitle"));
    let _ = writeln!(s, "author:   {}{}", opt(&d.author), prov("author"));
    let _ = writeln!(
        s,
        "date:     {}{}",
        d.date_string().unwrap_or_else(|| "(not stated)".into()),
        prov("date")
    );
    let _ = writeln!(s, "url:      {}{}", opt(&d.url), prov("url"));
    if let Some(dl) = &d.dateline {
        let _ = writeln!(s, "dateline: {dl}");
    }
    if let Some(day) = d.retrieved {
        let _ = writeln!(s, "retrieved: {day}{}", prov("retrieved"));
    }
    let language = match &d.language {
        Some(code) => crate::text::language::describe(code),
        None if d.provenance.contains_key("language") => "unknown".into(),
        None => "unknown (too short or mixed to tell; state it with language = \"<code>\" in front matter or a sidecar)".into(),
    };
    let _ = writeln!(s, "language: {language}{}", prov("language"));
    if let Some(r) = &d.republished_from {
        let _ = writeln!(s, "first published by: {r}");
    }
    if let Some(why) = crate::ingest::truncation::cut_off(d).filter(|_| d.truncated) {
        let _ = writeln!(
            s,
            "cut off:  yes — {why}; the file does not hold the whole article"
        );
    }
}

/// The paragraphs, numbered, with their line ranges.
fn write_paragraphs(s: &mut String, d: &Document) {
    let _ = writeln!(s, "\nparagraphs ({}):", d.paragraphs.len());
    for (i, p) in d.paragraphs.iter().enumerate() {
        let lines = if p.lines[0] == p.lines[1] {
            format!("l.{}", p.lines[0])
        } else {
            format!("l.{}-{}", p.lines[0], p.lines[1])
        };
        let mark = if p.heading { "## " } else { "" };
        let _ = writeln!(s, "  ¶{:<3} {lines:<9} {mark}{}", i + 1, p.text);
    }
}

/// The quotes found, with their paragraph and speaker (nothing when there are none).
fn write_quotes(s: &mut String, d: &Document) {
    if d.quotes().is_empty() {
        return;
    }
    let _ = writeln!(s, "\nquotes ({}):", d.quotes().len());
    for q in d.quotes() {
        let _ = writeln!(
            s,
            "  ¶{:<3} {}: “{}”",
            q.paragraph + 1,
            q.speaker.as_deref().unwrap_or("(speaker unknown)"),
            q.text
        );
    }
}

/// What cleaning removed, and the lines read as metadata.
fn write_removed(s: &mut String, d: &Document) {
    let _ = writeln!(s, "\nremoved ({}):", d.removed.len());
    for r in &d.removed {
        let _ = writeln!(s, "  l.{:<5} {:<30} {}", r.lines[0], r.reason, r.text);
    }
    if !d.metadata.is_empty() {
        let _ = writeln!(s, "\nread as metadata:");
        for m in &d.metadata {
            let _ = writeln!(
                s,
                "  l.{:<5} {:<30} {}",
                m.lines[0],
                m.field,
                m.text.replace('\n', " ⏎ ")
            );
        }
    }
}
