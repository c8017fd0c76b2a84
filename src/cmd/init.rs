//! `juxta init [DIR]`: a new project that builds at once — juxta.toml (written
//! by serializing the config type, so it always loads back), a sample outlet
//! with one sample article, the default templates, output/ and a .gitignore.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use toml::Spanned;

use crate::config::{CONFIG_FILE, Project, RawConfig, RawFacet, RawOutlet, RawProject, RawTheme};
use crate::error::{Error, Result};
use crate::render::write_atomic;

/// Arguments of `juxta init`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The project folder (created when missing; default: the current folder).
    #[arg(value_name = "DIR", default_value = ".")]
    pub(crate) dir: PathBuf,
}

/// The default templates, compiled into juxta.
pub(crate) const TEMPLATES: &[(&str, &str)] = &[
    (
        "side-by-side.typ",
        include_str!("../../report-templates/side-by-side.typ"),
    ),
    ("memo.typ", include_str!("../../report-templates/memo.typ")),
    (
        "lib/juxta.typ",
        include_str!("../../report-templates/lib/juxta.typ"),
    ),
    (
        "lib/analysis.typ",
        include_str!("../../report-templates/lib/analysis.typ"),
    ),
    (
        "lib/summary.typ",
        include_str!("../../report-templates/lib/summary.typ"),
    ),
    (
        "lib/since.typ",
        include_str!("../../report-templates/lib/since.typ"),
    ),
    (
        "lib/framing.typ",
        include_str!("../../report-templates/lib/framing.typ"),
    ),
    (
        "README.md",
        include_str!("../../report-templates/README.md"),
    ),
    (
        "briefing.schema.json",
        include_str!("../../report-templates/briefing.schema.json"),
    ),
];

const SAMPLE: &str = "+++
# Metadata you state here wins over what juxta reads from the text.
date = 2024-05-02
+++
City Council Approves Second Tram Line After Long Debate

By Sam Example

The city council on Thursday approved a second tram line, ending a debate that
has divided the council for two years. The line will link the northern suburbs
with the central station.

Supporters said the tram would cut commuting times and traffic in the centre.
\"This line is the backbone of a cleaner city,\" said council member Ana Lopez.

Opponents questioned the cost of the line, estimated at 240 million euros, and
said buses could serve the same routes for less.

Photo: Example Agency

Construction is due to start next year and take four years.
";

fn s(v: &str) -> Spanned<String> {
    Spanned::new(0..0, v.to_string())
}

/// The configuration `init` writes.
pub(crate) fn sample_config() -> RawConfig {
    let mut outlets = IndexMap::new();
    outlets.insert(
        s("example-news"),
        RawOutlet {
            name: s("Example News"),
            domains: vec!["example.com".into()],
            about: Some("A sample outlet: replace it with the outlets you follow".into()),
            feeds: Vec::new(),
            sitemaps: Vec::new(),
        },
    );
    let mut themes = IndexMap::new();
    themes.insert(
        s("transport"),
        RawTheme {
            title: s("The new tram line"),
            question: Some(
                "How do outlets present the costs and benefits of the tram line?".into(),
            ),
            scope: Some(s("tram OR transport OR line")),
            template: Some(s("side-by-side")),
            outlets: None,
            passages_per_cell: Some(Spanned::new(0..0, 2)),
            repeat_passages: None,
            from: None,
            to: None,
            last: None,
            undated: None,
            scope_per: None,
            framing: None,
            facets: Some(Spanned::new(
                0..0,
                vec![
                    RawFacet {
                        id: s("benefits"),
                        title: s("Benefits"),
                        query: s("commuting OR traffic OR cleaner OR backbone"),
                    },
                    RawFacet {
                        id: s("costs"),
                        title: s("Costs"),
                        query: s("cost OR costs OR euros OR million"),
                    },
                ],
            )),
        },
    );
    RawConfig {
        project: RawProject {
            title: s("My briefings"),
            default_theme: Some(s("transport")),
            sources: None,
            templates: None,
            output: None,
        },
        outlets,
        themes,
        fetch: None,
        archive: None,
    }
}

/// Writes `path` unless it exists; says which it did.
fn write_new(path: &Path, text: &str, kept: &mut Vec<String>, dir: &Path) -> Result<()> {
    if path.exists() {
        kept.push(path.strip_prefix(dir).unwrap_or(path).display().to_string());
        return Ok(());
    }
    write_atomic(path, text.as_bytes())
}

/// A CI workflow for the new project: rebuild the briefings when sources,
/// themes or templates change, and keep the PDFs as artifacts.
const WORKFLOW: &str = r#"# Rebuilds the briefings whenever sources, themes or templates change and
# keeps the PDFs as build artifacts. Set the repository variable JUXTA_GIT
# (Settings → Secrets and variables → Actions → Variables) to the git URL
# juxta is installed from.
name: briefings

on:
  push:
    paths: ["sources/**", "juxta.toml", "report-templates/**", ".github/workflows/briefings.yml"]
  pull_request:
    paths: ["sources/**", "juxta.toml", "report-templates/**"]
  workflow_dispatch:

jobs:
  briefings:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
      - name: Cache juxta, its index and the last outputs
        uses: actions/cache@v4
        with:
          path: |
            ~/.cargo/bin/juxta
            .juxta
            output
          key: juxta-${{ runner.os }}-${{ github.sha }}
          restore-keys: juxta-${{ runner.os }}-
      - name: Install juxta
        run: command -v juxta || cargo install --locked --git "${{ vars.JUXTA_GIT }}" juxta
      - name: Check (config, sources, queries, templates)
        run: juxta check
      - name: Build every briefing (unchanged themes are skipped)
        run: juxta build --all --json > build-summary.json
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: briefings
          path: |
            output/*.pdf
            build-summary.json
"#;

/// A scheduled CI workflow: fetch what is new from the outlets' feeds,
/// commit it to `sources/`, rebuild every briefing and keep the PDFs.
const FETCH_WORKFLOW: &str = r#"# Every morning: fetch new articles from the outlets' feeds and sitemaps
# (`juxta fetch`), keep them in sources/ by committing them, then rebuild
# every briefing (`juxta build --all`) and keep the PDFs as artifacts.
# One URL that fails does not stop the briefings; the job is marked failed
# at the end and fetch-report.json says which URL and why.
# Set [fetch] contact in juxta.toml first, and the repository variable
# JUXTA_GIT to the git URL juxta is installed from.
name: fetch

on:
  schedule:
    - cron: "17 5 * * *"
  workflow_dispatch:

permissions:
  contents: write

jobs:
  fetch:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
      - name: Cache juxta, the fetch state and the last outputs
        uses: actions/cache@v4
        with:
          path: |
            ~/.cargo/bin/juxta
            .juxta
            output
          key: juxta-fetch-${{ runner.os }}-${{ github.run_id }}
          restore-keys: juxta-fetch-${{ runner.os }}-
      - name: Install juxta
        run: command -v juxta || cargo install --locked --git "${{ vars.JUXTA_GIT }}" juxta
      - name: Fetch new articles (juxta fetch)
        id: fetch
        continue-on-error: true
        run: juxta fetch --json > fetch-report.json
      - name: Keep them in sources/
        run: |
          git config user.name "juxta fetch"
          git config user.email "juxta-fetch@users.noreply.github.com"
          git add sources
          git diff --cached --quiet || { git commit -q -m "juxta fetch: new articles" && git push; }
      - name: Build every briefing (juxta build --all)
        run: juxta build --all --json > build-summary.json
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: briefings
          path: |
            output/*.pdf
            fetch-report.json
            build-summary.json
      - name: Say that a URL failed
        if: steps.fetch.outcome == 'failure'
        run: |
          echo "juxta fetch could not fetch every URL; see fetch-report.json"
          exit 1
"#;

/// Runs `juxta init`.
pub(crate) fn run(_ctx: &super::Ctx, args: Args) -> Result<i32> {
    let dir = &args.dir;
    write_config(dir)?;
    let kept = write_skeleton(dir)?;
    eprintln!("created a juxta project in {}", dir.display());
    if !kept.is_empty() {
        eprintln!(
            "kept these files that were already there: {}",
            kept.join(", ")
        );
    }
    print_next_steps(dir);
    Ok(0)
}

/// Writes `juxta.toml` from [`sample_config`], after checking that it loads
/// back; a project that is already there is an error.
fn write_config(dir: &Path) -> Result<()> {
    let config = dir.join(CONFIG_FILE);
    if config.exists() {
        return Err(Error::usage(format!("{} already exists", config.display()))
            .hint("juxta init does not overwrite a project; pick an empty folder"));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, &e))?;
    let body = toml::to_string_pretty(&sample_config())
        .map_err(|e| Error::build(format!("cannot write the configuration: {e}")))?;
    let text = format!(
        "# juxta project. Every key is explained in juxta's README, section \"juxta.toml\".\n# Add outlets as [outlets.<id>] with a folder sources/<id>/, and themes as [themes.<id>].\n\n{body}"
    );
    // It must load back.
    Project::from_str(&config, &text)?;
    write_atomic(&config, text.as_bytes())
}

/// Writes the sample article, the templates, `output/`, `.gitignore` and the
/// CI workflow; returns the files kept because they were already there.
fn write_skeleton(dir: &Path) -> Result<Vec<String>> {
    let mut files: Vec<(PathBuf, &str)> = vec![(
        dir.join("sources/example-news/tram-line-approved.txt"),
        SAMPLE,
    )];
    for (name, content) in TEMPLATES {
        files.push((dir.join("report-templates").join(name), content));
    }
    files.push((dir.join("output/.gitkeep"), ""));
    files.push((
        dir.join(".gitignore"),
        "/.juxta/\noutput/*\n!output/.gitkeep\n",
    ));
    files.push((dir.join(".github/workflows/briefings.yml"), WORKFLOW));
    files.push((dir.join(".github/workflows/fetch.yml"), FETCH_WORKFLOW));
    let mut kept = Vec::new();
    for (path, text) in files {
        write_new(&path, text, &mut kept, dir)?;
    }
    Ok(kept)
}

/// What to do next, on standard error.
fn print_next_steps(dir: &Path) {
    let cd = if dir == Path::new(".") {
        String::new()
    } else {
        format!("  cd {}\n", dir.display())
    };
    eprintln!(
        "\nnext:\n{cd}  juxta build            # output/transport.pdf from the sample article\n  juxta inspect          # how juxta reads the sources\n  then add your outlets and themes to juxta.toml, and articles to sources/<outlet>/\n  .github/workflows/briefings.yml rebuilds the briefings in CI (set JUXTA_GIT first)\n  .github/workflows/fetch.yml fetches new articles every morning (add feeds to the outlets and [fetch] contact first)"
    );
}
