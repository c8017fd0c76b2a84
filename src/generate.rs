//! Synthetic projects for tests and benchmarks: real paragraphs of the
//! bundled seed articles recombined into many articles across many outlets
//! and dates. `juxta dev generate` writes one; `benches/scale.rs` measures
//! on them.
//!
//! Each article is a plain-text file in the form outlets' pages copy to:
//! a headline, a byline, a date line, then paragraphs separated by blank
//! lines — so generated corpora exercise the cleaner like real ones.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::ingest::{self, Document};

/// The seed articles, compiled in so generation works anywhere.
const SEEDS: [(&str, &str); 5] = [
    (
        "moscow-times",
        include_str!("../sources/moscow-times/explainer-armenia-azerbaijan-flare-up.txt"),
    ),
    (
        "dw",
        include_str!("../sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt"),
    ),
    (
        "carnegie",
        include_str!(
            "../sources/carnegie/can-russia-mediate-new-clashes-between-armenia-and-azerbaijan.txt"
        ),
    ),
    (
        "development-magazine",
        include_str!(
            "../sources/development-magazine/three-reasons-for-russias-actions-in-nagorno-karabakh.txt"
        ),
    ),
    (
        "moscow-times",
        include_str!("../sources/moscow-times/moscows-role-as-security-guarantor-questioned.txt"),
    ),
];

/// The shipped theme, for generated projects.
pub(crate) const THEME: &str = include_str!("generate-theme.toml");

/// A small deterministic random number generator (SplitMix64).
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator with this seed.
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Paragraphs and titles of the seed articles.
pub(crate) struct Pool {
    /// Body paragraphs (not headings).
    pub(crate) paragraphs: Vec<String>,
    /// Headlines.
    pub(crate) titles: Vec<String>,
}

/// Ingests the seeds and collects their paragraphs.
pub(crate) fn pool() -> Pool {
    let mut paragraphs = Vec::new();
    let mut titles = Vec::new();
    for (i, (_outlet, text)) in SEEDS.iter().enumerate() {
        let ctx = ingest::Context {
            outlet: None,
            display_path: format!("seed-{i}.txt"),
        };
        if let Ok(d) = ingest::ingest_bytes(text.as_bytes(), Path::new("seed.txt"), &ctx, None) {
            collect(&d, &mut paragraphs, &mut titles);
        }
    }
    Pool { paragraphs, titles }
}

fn collect(d: &Document, paragraphs: &mut Vec<String>, titles: &mut Vec<String>) {
    for (_, p) in d.passages() {
        paragraphs.push(p.text.clone());
    }
    if let Some(t) = &d.title {
        titles.push(t.clone());
    }
    for p in d.paragraphs.iter().filter(|p| p.heading) {
        titles.push(p.text.clone());
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Number of articles.
    pub articles: usize,
    /// Number of outlets.
    pub outlets: usize,
    /// Random seed.
    pub seed: u64,
}

/// The outlet ids of a generated project.
pub(crate) fn outlet_ids(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("outlet-{i:02}")).collect()
}

/// The `juxta.toml` of a generated project.
pub(crate) fn config(spec: &Spec) -> String {
    let mut s = String::from(
        "[project]\ntitle = \"Generated corpus\"\ndefault-theme = \"security-guarantor\"\n\n",
    );
    for (i, id) in outlet_ids(spec.outlets).iter().enumerate() {
        let _ = writeln!(
            s,
            "[outlets.{id}]\nname = \"Outlet {:02}\"\nabout = \"A generated outlet\"\n",
            i + 1
        );
    }
    s.push_str(THEME);
    s
}

/// One generated article's text.
pub(crate) fn article(pool: &Pool, rng: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    let title = &pool.titles[rng.below(pool.titles.len())];
    let _ = writeln!(s, "{title} ({n})\n");
    let names = [
        "Anna Petrova",
        "Chase Winter",
        "Lena Hovhannisyan",
        "Omar Aliyev",
        "Jane Doe",
    ];
    let _ = writeln!(s, "By {}\n", names[rng.below(names.len())]);
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let _ = writeln!(
        s,
        "{} {}, {}\n",
        months[rng.below(12)],
        1 + rng.below(28),
        2016 + rng.below(9)
    );
    let k = 4 + rng.below(9);
    for _ in 0..k {
        let p = &pool.paragraphs[rng.below(pool.paragraphs.len())];
        // Hard-wrap like a copied page.
        let mut line = String::new();
        for w in p.split_whitespace() {
            if line.len() + w.len() > 90 {
                let _ = writeln!(s, "{line}");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        let _ = writeln!(s, "{line}\n");
    }
    s
}

/// Writes a generated project into `dir` (which must be empty or absent).
/// Returns the number of bytes of sources written.
pub fn write_project(dir: &Path, spec: &Spec, templates_from: Option<&Path>) -> Result<u64> {
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut r| r.next().is_some())
            .unwrap_or(false)
    {
        return Err(Error::usage(format!("{} is not empty", dir.display()))
            .hint("generate into a new folder"));
    }
    let pool = pool();
    let mut rng = Rng::new(spec.seed);
    std::fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, &e))?;
    std::fs::write(dir.join("juxta.toml"), config(spec))
        .map_err(|e| Error::io("cannot write", &dir.join("juxta.toml"), &e))?;
    let ids = outlet_ids(spec.outlets);
    let mut bytes = 0u64;
    for id in &ids {
        let d = dir.join("sources").join(id);
        std::fs::create_dir_all(&d).map_err(|e| Error::io("cannot create", &d, &e))?;
    }
    for n in 0..spec.articles {
        let id = &ids[n % ids.len()];
        let text = article(&pool, &mut rng, n);
        bytes += text.len() as u64;
        let path = dir
            .join("sources")
            .join(id)
            .join(format!("article-{n:06}.txt"));
        std::fs::write(&path, text).map_err(|e| Error::io("cannot write", &path, &e))?;
    }
    if let Some(t) = templates_from {
        copy_templates(&templates_folder(t)?, &dir.join("report-templates"))?;
    }
    std::fs::create_dir_all(dir.join("output"))
        .map_err(|e| Error::io("cannot create", &dir.join("output"), &e))?;
    Ok(bytes)
}

/// The templates folder `dir` names: `dir` itself when it holds `.typ`
/// files; else, for a project folder (one with `juxta.toml`), its templates
/// folder (the `templates` key, default `report-templates/`); else its
/// `report-templates/`.
pub(crate) fn templates_folder(dir: &Path) -> Result<PathBuf> {
    let has_typ = |d: &Path| {
        std::fs::read_dir(d).is_ok_and(|rd| {
            rd.flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "typ"))
        })
    };
    if !dir.is_dir() {
        return Err(
            Error::usage(format!("--templates {} is not a folder", dir.display()))
                .hint("name a templates folder (with .typ files) or a project folder"),
        );
    }
    if has_typ(dir) {
        return Ok(dir.to_path_buf());
    }
    let config = dir.join(crate::config::CONFIG_FILE);
    let candidate = if config.is_file() {
        crate::config::Project::load(&config)?.templates_dir
    } else {
        dir.join("report-templates")
    };
    if has_typ(&candidate) {
        return Ok(candidate);
    }
    Err(Error::usage(format!(
        "--templates {}: no .typ templates there, nor in {}",
        dir.display(),
        candidate.display()
    ))
    .hint("name a templates folder (e.g. report-templates/) or a project folder that has one"))
}

/// The kinds of file a template may read, which [`copy_templates`] copies.
const TEMPLATE_FILES: &[&str] = &[
    "typ", "json", "csv", "toml", "yaml", "yml", "txt", "md", "bib", "png", "jpg", "jpeg", "gif",
    "svg", "ttf", "otf",
];

/// Copies the templates of folder `from` into `to`: template files and what
/// templates read (images, data, fonts), in sub-folders too; hidden entries,
/// links and other files (build output, archives) stay behind.
pub(crate) fn copy_templates(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).map_err(|e| Error::io("cannot create", to, &e))?;
    let rd = std::fs::read_dir(from).map_err(|e| Error::io("cannot read", from, &e))?;
    for e in rd {
        let e = e.map_err(|e| Error::io("cannot read", from, &e))?;
        let name = e.file_name();
        let (path, target) = (e.path(), to.join(&name));
        let kind = e
            .file_type()
            .map_err(|er| Error::io("cannot read", &path, &er))?;
        if name.to_string_lossy().starts_with('.') || kind.is_symlink() {
            continue;
        }
        if kind.is_dir() {
            copy_templates(&path, &target)?;
        } else if path
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| TEMPLATE_FILES.contains(&x.to_ascii_lowercase().as_str()))
        {
            std::fs::copy(&path, &target).map_err(|er| Error::io("cannot copy", &path, &er))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_come_from_a_templates_folder_or_a_project_and_only_templates() {
        let d = tempfile::tempdir().unwrap();
        let proj = d.path().join("proj");
        let put = |rel: &str| {
            let p = proj.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        };
        for rel in [
            "juxta.toml",
            "report-templates/side-by-side.typ",
            "report-templates/lib/juxta.typ",
            "report-templates/logo.png",
            "report-templates/notes.bin",
            "report-templates/.cache/x.typ",
            "target/release/juxta.typ",
            "sources/a/x.txt",
        ] {
            put(rel);
        }
        std::fs::write(proj.join("juxta.toml"), "[project]\ntitle = \"T\"\n").unwrap();
        let spec = Spec {
            articles: 2,
            outlets: 1,
            seed: 1,
        };
        // The project folder and its templates folder give the same copy.
        for from in [proj.clone(), proj.join("report-templates")] {
            let out = d.path().join(format!("g{}", from.components().count()));
            write_project(&out, &spec, Some(&from)).unwrap();
            let t = out.join("report-templates");
            assert!(t.join("side-by-side.typ").is_file());
            assert!(t.join("lib/juxta.typ").is_file());
            assert!(t.join("logo.png").is_file());
            assert!(!t.join("notes.bin").exists());
            assert!(!t.join(".cache").exists());
            assert!(!t.join("target").exists() && !t.join("report-templates").exists());
            assert!(!t.join("sources").exists());
        }
        // A folder with neither is refused before anything is written.
        let e = templates_folder(&proj.join("sources")).unwrap_err();
        assert!(e.message.contains("no .typ templates"), "{}", e.message);
    }

    #[test]
    fn generated_projects_load_and_are_deterministic() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let spec = Spec {
            articles: 30,
            outlets: 3,
            seed: 7,
        };
        write_project(&a.path().join("p"), &spec, None).unwrap();
        write_project(&b.path().join("p"), &spec, None).unwrap();
        let fa = std::fs::read(a.path().join("p/sources/outlet-02/article-000004.txt")).unwrap();
        let fb = std::fs::read(b.path().join("p/sources/outlet-02/article-000004.txt")).unwrap();
        assert_eq!(fa, fb);
        let p = crate::config::Project::load(&a.path().join("p/juxta.toml")).unwrap();
        assert_eq!(p.outlets.len(), 3);
        let (files, _) = crate::corpus::discover(&p).unwrap();
        assert_eq!(files.len(), 30);
        let docs = crate::corpus::ingest_all(&p, &files).unwrap();
        assert!(
            docs.iter()
                .all(|d| d.date.is_some() && d.title.is_some() && d.author.is_some())
        );
    }
}
