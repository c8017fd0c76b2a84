//! Templates checked before any source is read: the template exists, it and
//! every file it imports or includes parse, and the imported files exist.
//! A build of a large archive then fails in a moment, not after reading it.
//! (Errors that need the data, like a misspelt field, still show when the
//! template runs.)

use std::path::{Path, PathBuf};

use typst::syntax::ast::{self, Expr};
use typst::syntax::{LinkedNode, SyntaxKind, SyntaxNode};

use crate::config::{Project, Theme};
use crate::error::{Error, Location, Result};

/// The most files one template may import, directly or not.
const MAX_FILES: usize = 256;

/// The largest template file parsed here (the renderer has its own limits).
const MAX_TEMPLATE_BYTES: u64 = 8 * 1024 * 1024;

/// Checks theme `theme`'s template `name` and the files it imports.
pub(crate) fn template(project: &Project, theme: &Theme, name: &str) -> Result<()> {
    let main = super::check_template(project, theme, name)?;
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut todo = vec![(main, None::<Location>)];
    while let Some((file, from)) = todo.pop() {
        if seen.contains(&file) || seen.len() >= MAX_FILES {
            continue;
        }
        let text = read(project, &file, from)?;
        let shown = project.relative(&file);
        let root = typst::syntax::parse(&text);
        if let Some(e) = first_error(&root, &shown, &text) {
            return Err(e.hint(format!(
                "theme `{}`: its template was checked before reading the sources; fix the file and build again",
                theme.id
            )));
        }
        for (path, span) in imports(&root) {
            if let Some(target) = resolve(project, &file, &path) {
                todo.push((target, Some(Location::from_span(&shown, &text, span))));
            }
        }
        seen.push(file);
    }
    Ok(())
}

/// A template file's text; a missing import points at the import.
fn read(project: &Project, file: &Path, from: Option<Location>) -> Result<String> {
    let bytes = crate::fs::read_regular(file, MAX_TEMPLATE_BYTES).map_err(|e| {
        let mut err = Error::build(format!("cannot read {}: {e}", project.relative(file)));
        if let Some(at) = from {
            err = err.at(at).hint(
                "the template imports this file: check the path, relative to the importing file",
            );
        }
        err
    })?;
    String::from_utf8(bytes).map_err(|e| {
        Error::usage(format!(
            "{} is not valid UTF-8 (at byte {})",
            project.relative(file),
            e.utf8_error().valid_up_to()
        ))
        .hint("save the template as UTF-8")
    })
}

/// The first syntax error of a parsed file, located.
fn first_error(root: &SyntaxNode, shown: &str, text: &str) -> Option<Error> {
    let (errors, _) = root.errors_and_warnings();
    let first = errors.first()?;
    let mut range = None;
    find_error(&LinkedNode::new(root), &mut range);
    let mut e = Error::build(format!("template syntax: {}", first.message));
    e = match range {
        Some(r) => e.at(Location::from_span(shown, text, r)),
        None => e.at(Location::file(shown)),
    };
    for h in &first.hints {
        e = e.hint(h.v.to_string());
    }
    Some(e)
}

/// The range of the first error node, in document order.
fn find_error(node: &LinkedNode<'_>, out: &mut Option<std::ops::Range<usize>>) {
    if out.is_some() {
        return;
    }
    if node.kind() == SyntaxKind::Error {
        *out = Some(node.range());
        return;
    }
    for child in node.children() {
        find_error(&child, out);
    }
}

/// The string paths of every `import` and `include`, with their ranges.
fn imports(root: &SyntaxNode) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    walk(&LinkedNode::new(root), &mut out);
    out
}

fn walk(node: &LinkedNode<'_>, out: &mut Vec<(String, std::ops::Range<usize>)>) {
    let source = match node.kind() {
        SyntaxKind::ModuleImport => node.get().cast::<ast::ModuleImport>().map(|i| i.source()),
        SyntaxKind::ModuleInclude => node.get().cast::<ast::ModuleInclude>().map(|i| i.source()),
        _ => None,
    };
    if let Some(Expr::Str(s)) = source {
        let range = node
            .children()
            .find(|c| c.kind() == SyntaxKind::Str)
            .map_or_else(|| node.range(), |c| c.range());
        out.push((s.get().to_string(), range));
    }
    for child in node.children() {
        walk(&child, out);
    }
}

/// The file an import names: relative to the importing file, or to the
/// project root when it starts with `/`; none for packages (`@preview/…`)
/// and for paths that leave the project (the renderer refuses those).
fn resolve(project: &Project, from: &Path, path: &str) -> Option<PathBuf> {
    if path.starts_with('@') {
        return None;
    }
    let (base, rel) = match path.strip_prefix('/') {
        Some(rest) => (project.root.clone(), rest),
        None => (from.parent()?.to_path_buf(), path),
    };
    let joined = base.join(rel);
    let inside = joined
        .strip_prefix(&project.root)
        .is_ok_and(|r| !crate::config::escapes(r));
    inside.then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(dir: &Path, files: &[(&str, &str)]) -> Project {
        let toml = "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"A\"\n[themes.t]\ntitle = \"T\"\nscope = 'x'\n";
        std::fs::write(dir.join("juxta.toml"), toml).unwrap();
        for (path, text) in files {
            let p = dir.join("report-templates").join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        Project::load(&dir.join("juxta.toml")).unwrap()
    }

    fn check(files: &[(&str, &str)]) -> Result<()> {
        let d = tempfile::tempdir().unwrap();
        let p = project(d.path(), files);
        template(&p, &p.themes[0], "side-by-side")
    }

    #[test]
    fn good_templates_and_their_imports_pass() {
        check(&[
            (
                "side-by-side.typ",
                "#import \"lib/a.typ\": *\n#include \"part.typ\"\n= Hi #x\n",
            ),
            ("lib/a.typ", "#import \"b.typ\": y\n#let x = y\n"),
            ("lib/b.typ", "#let y = 1\n"),
            ("part.typ", "Text with a #\"string\" and (parens).\n"),
        ])
        .unwrap();
        // Imports that are not files here are left to the renderer.
        check(&[(
            "side-by-side.typ",
            "#import \"@preview/x:0.1.0\": *\n#let m = \"lib/none.typ\"\n",
        )])
        .unwrap();
    }

    #[test]
    fn a_missing_template_or_import_and_a_syntax_error_are_located() {
        let e = check(&[("memo.typ", "")]).unwrap_err();
        assert!(
            e.message.contains("template `side-by-side` not found"),
            "{}",
            e.message
        );
        let e = check(&[(
            "side-by-side.typ",
            "#let a = 1\n#import \"lib/gone.typ\": *\n",
        )])
        .unwrap_err();
        assert!(e.message.contains("lib/gone.typ"), "{}", e.message);
        let at = e.location.clone().unwrap();
        assert_eq!((at.line, at.column), (2, 9), "{at:?}");
        // A syntax error in an imported file points into that file.
        let e = check(&[
            ("side-by-side.typ", "#import \"lib/a.typ\": *\n"),
            ("lib/a.typ", "#let x = (1, 2\n"),
        ])
        .unwrap_err();
        assert!(e.message.starts_with("template syntax:"), "{}", e.message);
        let at = e.location.clone().unwrap();
        assert!(at.path.ends_with("lib/a.typ"), "{at:?}");
        assert_eq!(at.line, 1);
    }
}
