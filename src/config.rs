//! `juxta.toml`: the schema, loading with precise error locations, and validation.
//!
//! The raw types mirror the file exactly (kebab-case keys, unknown keys are
//! errors). [`Project::load`] turns them into a validated [`Project`] with
//! resolved paths, parsed queries and all defaults applied; nothing after this
//! stage reads TOML.

use std::path::{Component, Path, PathBuf};

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use std::collections::{BTreeMap, HashMap};

use crate::error::{Error, Location, Result, did_you_mean};
use crate::language_keys::{LanguageQuery, ThemeLanguages};
use crate::period::{Last, Override, Period};
use crate::query::Query;

/// The name of the configuration file.
pub(crate) const CONFIG_FILE: &str = "juxta.toml";
/// The default number of passages shown per facet × outlet cell.
pub(crate) const DEFAULT_PASSAGES_PER_CELL: usize = 2;
/// The largest number of passages per cell a theme may ask for.
pub(crate) const MAX_PASSAGES_PER_CELL: usize = 20;
/// The default template.
pub(crate) const DEFAULT_TEMPLATE: &str = "side-by-side";
/// Framing lexicons a theme may have.
pub(crate) const MAX_LEXICONS: usize = 10;
/// Terms a framing lexicon may have.
pub(crate) const MAX_TERMS: usize = 30;

/// `juxta.toml` as written.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawConfig {
    /// The `[project]` table.
    pub(crate) project: RawProject,
    /// `[outlets.<id>]` tables, in file order.
    #[serde(default)]
    pub(crate) outlets: IndexMap<Spanned<String>, RawOutlet>,
    /// `[themes.<id>]` tables, in file order.
    #[serde(default)]
    pub(crate) themes: IndexMap<Spanned<String>, RawTheme>,
    /// The `[fetch]` table: politeness and limits of `juxta fetch`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) fetch: Option<crate::fetch::settings::RawFetch>,
    /// The `[archive]` table: the shared PostgreSQL archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) archive: Option<crate::archive::settings::RawArchive>,
}

/// The `[project]` table.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawProject {
    /// The project's title, shown on every briefing and as PDF author.
    pub(crate) title: Spanned<String>,
    /// The theme `juxta build` builds when no theme is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) default_theme: Option<Spanned<String>>,
    /// Folder of the articles, one sub-folder per outlet (default `sources`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) sources: Option<Spanned<String>>,
    /// Folder of the Typst templates (default `report-templates`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) templates: Option<Spanned<String>>,
    /// Folder the PDFs are written to (default `output`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) output: Option<Spanned<String>>,
}

/// An `[outlets.<id>]` table.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawOutlet {
    /// The outlet's name as readers know it.
    pub(crate) name: Spanned<String>,
    /// Web domains of the outlet; a URL on one of them can be the article's own.
    #[serde(default)]
    pub(crate) domains: Vec<String>,
    /// One line on who the outlet is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) about: Option<String>,
    /// Feeds `juxta fetch` reads (RSS, Atom, JSON Feed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) feeds: Vec<Spanned<String>>,
    /// Sitemaps `juxta fetch` reads (news sitemaps, sitemap indexes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) sitemaps: Vec<Spanned<String>>,
}

/// A `[themes.<id>]` table.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawTheme {
    /// The theme's title.
    pub(crate) title: Spanned<String>,
    /// The question the briefing answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) question: Option<String>,
    /// A query every passage of the theme must also match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) scope: Option<Spanned<String>>,
    /// Template name: `report-templates/<name>.typ`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) template: Option<Spanned<String>>,
    /// Outlet ids to compare (default: all outlets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) outlets: Option<Vec<Spanned<String>>>,
    /// Passages shown per facet × outlet cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) passages_per_cell: Option<Spanned<i64>>,
    /// Whether a passage may be shown under more than one facet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) repeat_passages: Option<bool>,
    /// The facets; none means one facet whose query is the scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) facets: Option<Spanned<Vec<RawFacet>>>,
    /// First day of the period (a TOML date, inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) from: Option<Spanned<toml::Value>>,
    /// Last day of the period (a TOML date, inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) to: Option<Spanned<toml::Value>>,
    /// The period counted back from the build date: "30 days", "2 weeks", "3 months".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last: Option<Spanned<String>>,
    /// Articles without a stated date: "include" (the default) or "exclude".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) undated: Option<Spanned<String>>,
    /// What the scope selects: "article" (the default: the article must
    /// match it somewhere) or "paragraph" (each passage must match it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) scope_per: Option<Spanned<String>>,
    /// Framing lexicons: `[[themes.<id>.framing]]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) framing: Option<Spanned<Vec<RawLexicon>>>,
}

/// A `[[themes.<id>.framing]]` entry: a framing lexicon.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawLexicon {
    /// Identifier, unique within the theme.
    pub(crate) id: Spanned<String>,
    /// Title shown in the briefing (default: the id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) title: Option<Spanned<String>>,
    /// The terms counted, each a word or a phrase.
    pub(crate) terms: Spanned<Vec<Spanned<String>>>,
}

/// A `[[themes.<id>.facets]]` entry.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawFacet {
    /// Identifier, unique within the theme.
    pub(crate) id: Spanned<String>,
    /// Title shown in the briefing.
    pub(crate) title: Spanned<String>,
    /// The facet's query.
    pub(crate) query: Spanned<String>,
}

/// A validated project: configuration plus resolved paths.
#[derive(Debug, Clone)]
pub struct Project {
    /// Folder holding `juxta.toml`; every other path is inside it.
    pub(crate) root: PathBuf,
    /// Path of `juxta.toml`.
    pub(crate) config_path: PathBuf,
    /// The project title.
    pub(crate) title: String,
    /// The theme built when none is named.
    pub(crate) default_theme: Option<String>,
    /// Resolved sources folder.
    pub(crate) sources_dir: PathBuf,
    /// Resolved templates folder.
    pub(crate) templates_dir: PathBuf,
    /// Resolved output folder.
    pub(crate) output_dir: PathBuf,
    /// Outlets in file order.
    pub(crate) outlets: Vec<Outlet>,
    /// Themes in file order.
    pub(crate) themes: Vec<Theme>,
    /// `[fetch]`, validated.
    pub(crate) fetch: crate::fetch::settings::FetchSettings,
    /// `[archive]`, validated; none when the project keeps its sources
    /// in its folder only.
    pub(crate) archive: Option<crate::archive::ArchiveSettings>,
}

/// An outlet.
#[derive(Debug, Clone, Serialize)]
pub struct Outlet {
    /// Identifier, also the name of its folder under `sources/`.
    pub(crate) id: String,
    /// Display name.
    pub(crate) name: String,
    /// Web domains.
    pub(crate) domains: Vec<String>,
    /// One line on who the outlet is.
    pub(crate) about: Option<String>,
    /// Feed addresses.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) feeds: Vec<String>,
    /// Sitemap addresses.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) sitemaps: Vec<String>,
}

/// A theme, validated.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Identifier; the PDF is `output/<id>.pdf`.
    pub(crate) id: String,
    /// Title.
    pub(crate) title: String,
    /// The question the briefing answers.
    pub(crate) question: Option<String>,
    /// The scope query as written, and parsed.
    pub(crate) scope: Option<(String, Query)>,
    /// `scope-<code>`: the scope for documents in language `code`.
    pub(crate) scope_by_language: Queries,
    /// Template name.
    pub(crate) template: String,
    /// Where juxta.toml names the template (none when it is the default).
    pub(crate) template_at: Option<Location>,
    /// Outlet ids compared, in order.
    pub(crate) outlets: Vec<String>,
    /// Passages per cell.
    pub(crate) passages_per_cell: usize,
    /// Whether a passage may appear under several facets.
    pub(crate) repeat_passages: bool,
    /// Facets (at least one).
    pub(crate) facets: Vec<Facet>,
    /// Whether the single facet was implied by the scope (no facets written).
    pub(crate) implicit_facet: bool,
    /// `scope-per = "paragraph"`: each passage must match the scope itself
    /// (the default, `"article"`: its article must match it somewhere).
    pub(crate) scope_per_paragraph: bool,
    /// The articles read, by their own date (all by default); `last` is
    /// resolved against the build date by [`Project::limit_periods`].
    pub(crate) period: Period,
    /// Framing lexicons, in file order (none by default).
    pub(crate) framing: Vec<Lexicon>,
}

/// A framing lexicon, validated: terms whose use is counted per outlet
/// (see `crate::compare::framing`).
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// Identifier, unique within the theme.
    pub(crate) id: String,
    /// Title shown in the briefing (the id when none is written).
    pub(crate) title: String,
    /// The terms, as written, trimmed; none the same as another ignoring case.
    pub(crate) terms: Vec<String>,
}

/// A facet, validated.
#[derive(Debug, Clone)]
pub(crate) struct Facet {
    /// Identifier.
    pub(crate) id: String,
    /// Title.
    pub(crate) title: String,
    /// The query as written.
    pub(crate) query_text: String,
    /// The parsed query.
    pub(crate) query: Query,
    /// `query-<code>`: the query for documents in language `code`.
    pub(crate) by_language: Queries,
}

/// Per-language queries: ISO 639-1 code → the query as written, parsed
/// with that language's analyzer.
pub(crate) type Queries = BTreeMap<String, (String, Query)>;

impl Facet {
    /// The query for passages in language `code` (an analysis language,
    /// see [`crate::analysis::analysis_language`]): its `query-<code>`,
    /// else `query` with its words analyzed as that language.
    pub(crate) fn query_for(&self, code: &str) -> Query {
        query_for(&self.query_text, &self.query, &self.by_language, code)
    }

    /// Whether the facet has a query written for language `code`:
    /// `query-<code>`, or `query` for English.
    pub(crate) fn speaks(&self, code: &str) -> bool {
        code == "en" || self.by_language.contains_key(code)
    }
}

impl Theme {
    /// The scope for passages in language `code` (see [`Facet::query_for`]);
    /// `None` when the theme has no scope, or its only facet is the scope.
    pub(crate) fn scope_for(&self, code: &str) -> Option<Query> {
        match &self.scope {
            Some((text, q)) if !self.implicit_facet => {
                Some(query_for(text, q, &self.scope_by_language, code))
            }
            _ => None,
        }
    }

    /// Whether the scope selects articles (and facets the passages within
    /// them): the theme has a scope and facets of its own, and does not set
    /// `scope-per = "paragraph"`. Otherwise every passage must match the
    /// scope itself (for a theme without facets, the scope is its facet).
    pub(crate) fn scope_selects_articles(&self) -> bool {
        self.scope.is_some() && !self.implicit_facet && !self.scope_per_paragraph
    }

    /// Whether facet `facet` (any facet for `None`) has queries written for
    /// language `code`: English, or a language it has a `query-<code>` for
    /// and the scope (when there is one) a `scope-<code>`.
    pub(crate) fn speaks(&self, facet: Option<usize>, code: &str) -> bool {
        let scope = self.implicit_facet
            || self.scope.is_none()
            || code == "en"
            || self.scope_by_language.contains_key(code);
        let facets = match facet {
            Some(i) => &self.facets[i..=i],
            None => &self.facets[..],
        };
        scope && facets.iter().any(|f| f.speaks(code))
    }
}

/// `written` for language `code`, else `default` re-analyzed as `code`.
fn query_for(default_text: &str, default: &Query, written: &Queries, code: &str) -> Query {
    if let Some((_, q)) = written.get(code) {
        return q.clone();
    }
    if code == "en" {
        return default.clone();
    }
    Query::parse_in(default_text, code).unwrap_or_else(|_| default.clone())
}

/// The largest `juxta.toml` juxta reads.
const MAX_CONFIG_BYTES: u64 = 16 * 1024 * 1024;

/// The longest id accepted: ids name folders (`sources/<outlet>/`) and
/// files (`output/<theme>.pdf`), which must be portable.
const MAX_ID_LEN: usize = 64;

/// Whether `id` is a device name Windows reserves, alone or before a dot.
fn is_reserved_name(id: &str) -> bool {
    let stem = id.split('.').next().unwrap_or(id);
    matches!(stem, "con" | "prn" | "aux" | "nul")
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit()
            && stem.as_bytes()[3] != b'0')
}

impl Project {
    /// Finds `juxta.toml`: `explicit` when given, else in `start` or its ancestors.
    pub(crate) fn find_config(explicit: Option<&Path>, start: &Path) -> Result<PathBuf> {
        if let Some(p) = explicit {
            if p.is_dir() {
                let candidate = p.join(CONFIG_FILE);
                if candidate.is_file() {
                    return Ok(candidate);
                }
                return Err(Error::usage(format!("no {CONFIG_FILE} in {}", p.display()))
                    .hint("pass the path of the file itself, or create one with `juxta init`"));
            }
            if !p.exists() {
                return Err(Error::usage(format!(
                    "config file {} does not exist",
                    p.display()
                )));
            }
            return Ok(p.to_path_buf());
        }
        let mut dir = Some(start);
        while let Some(d) = dir {
            let candidate = d.join(CONFIG_FILE);
            if candidate.is_file() {
                return Ok(candidate);
            }
            dir = d.parent();
        }
        Err(Error::usage(format!(
            "no {CONFIG_FILE} in {} or any folder above it",
            start.display()
        ))
        .hint("run juxta inside a project folder, pass --config PATH, or create a project with `juxta init`"))
    }

    /// Loads and validates the project whose config file is `config_path`.
    pub fn load(config_path: &Path) -> Result<Project> {
        let bytes = crate::fs::read_regular(config_path, MAX_CONFIG_BYTES)
            .map_err(|e| Error::io("cannot read", config_path, &e).into_usage())?;
        let display = config_display(config_path);
        let text = String::from_utf8(bytes).map_err(|e| {
            let off = e.utf8_error().valid_up_to();
            Error::usage(format!("{display} is not valid UTF-8 (at byte {off})"))
                .hint("save the file as UTF-8")
        })?;
        Self::from_str(config_path, &text)
    }

    /// Parses and validates config text; `config_path` locates the project.
    pub fn from_str(config_path: &Path, text: &str) -> Result<Project> {
        let display = config_display(config_path);
        let mut doc = toml::de::DeTable::parse(text).map_err(|e| toml_error(&display, text, &e))?;
        let languages = crate::language_keys::take(doc.get_mut(), &display, text)?;
        let raw = RawConfig::deserialize(toml::de::Deserializer::from(doc))
            .map_err(|e| toml_error(&display, text, &e))?;
        let root = config_path
            .parent()
            .map(Path::to_path_buf)
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| PathBuf::from("."));
        let v = Validator {
            display: &display,
            text,
            languages,
        };
        v.validate(raw, root, config_path)
    }

    /// The theme with this id, or a usage error listing the known ones.
    pub fn theme(&self, id: &str) -> Result<&Theme> {
        self.themes.iter().find(|t| t.id == id).ok_or_else(|| {
            let ids: Vec<&str> = self.themes.iter().map(|t| t.id.as_str()).collect();
            let mut e = Error::usage(format!("no theme `{id}` in {}", self.config_name()));
            if let Some(hint) = typo_hint(id, &ids) {
                e = e.hint(hint);
            }
            if ids.is_empty() {
                e.hint(format!(
                    "add a [themes.{id}] table to {}",
                    self.config_name()
                ))
            } else {
                e.hint(format!("known themes: {}", ids.join(", ")))
            }
        })
    }

    /// The outlet with this id.
    pub(crate) fn outlet(&self, id: &str) -> Option<&Outlet> {
        self.outlets.iter().find(|o| o.id == id)
    }

    /// Sets every theme's period for this run: the command line's
    /// `--from`/`--to`/`--last` replace the configured bounds, and `last`
    /// is counted back from `today` (the build date).
    pub(crate) fn limit_periods(&mut self, o: &Override, today: chrono::NaiveDate) {
        for t in &mut self.themes {
            t.period = t.period.overridden(o).resolve(today);
        }
    }

    /// How the config file is named in messages.
    pub(crate) fn config_name(&self) -> String {
        config_display(&self.config_path)
    }

    /// `path` relative to the project root when inside it, for messages and citations.
    pub(crate) fn relative(&self, path: &Path) -> String {
        relative_display(&self.root, path)
    }
}

/// `path` relative to `root` when inside it, with `/` separators.
pub(crate) fn relative_display(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let rel = rel.strip_prefix(".").unwrap_or(rel);
    rel.components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn config_display(config_path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let rel = config_path.strip_prefix(&cwd).unwrap_or(config_path);
    rel.display().to_string()
}

impl Error {
    /// Turns any error into a usage error (exit code 2).
    pub(crate) fn into_usage(mut self) -> Self {
        self.kind = crate::error::ErrorKind::Usage;
        self
    }
}

/// Maps a TOML deserialization error to our error with location and hints.
fn toml_error(display: &str, text: &str, e: &toml::de::Error) -> Error {
    let raw = e.message().trim().to_string();
    let mut err = Error::usage(first_line(&raw));
    if let Some(span) = e.span() {
        err = err.at(Location::from_span(display, text, span));
    } else {
        err = err.at(Location::file(display));
    }
    if let Some((field, expected)) = parse_unknown_field(&raw) {
        err.message = format!("unknown key `{field}`");
        if let Some(s) = did_you_mean(&field, expected.iter().map(String::as_str)) {
            err = err.hint(format!("did you mean `{s}`?"));
        }
        if !expected.is_empty() {
            err = err.note(format!(
                "valid keys here: {}",
                expected
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    } else if raw.starts_with("missing field") {
        let field = raw.split('`').nth(1).unwrap_or("?").to_string();
        err.message = format!("missing key `{field}`");
        err = err.hint(format!("add `{field} = …` to this table"));
    } else if raw.contains("duplicate key") {
        err = err.hint("each theme, outlet and key may appear only once; rename or merge the two");
    } else if raw.starts_with("invalid type") {
        err =
            err.hint("check the value's type: strings are quoted, lists use [ ], numbers are bare");
    } else if e.span().is_some() && !raw.starts_with("unknown") {
        err = err.hint("see README.md, section juxta.toml, for every key and its type");
    }
    err
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_string()
}

/// `unknown field `x`, expected one of `a`, `b`` → ("x", ["a", "b"]).
fn parse_unknown_field(msg: &str) -> Option<(String, Vec<String>)> {
    let rest = msg.strip_prefix("unknown field `")?;
    let end = rest.find('`')?;
    let field = rest[..end].to_string();
    let tail = &rest[end + 1..];
    let expected = tail
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_string())
        .collect();
    Some((field, expected))
}

struct Validator<'a> {
    display: &'a str,
    text: &'a str,
    /// The per-language queries, by theme id.
    languages: HashMap<String, ThemeLanguages>,
}

impl Validator<'_> {
    fn loc(&self, span: std::ops::Range<usize>) -> Location {
        Location::from_span(self.display, self.text, span)
    }

    fn err(&self, span: std::ops::Range<usize>, msg: impl Into<String>) -> Error {
        Error::usage(msg).at(self.loc(span))
    }

    /// A name or title: text that readers see, so not blank.
    fn text_value(&self, v: &Spanned<String>, what: &str) -> Result<String> {
        let t = v.get_ref().trim();
        if t.is_empty() {
            return Err(self
                .err(v.span(), format!("{what} is empty"))
                .hint("write the text readers should see in the briefing"));
        }
        Ok(t.to_string())
    }

    fn validate(&self, raw: RawConfig, root: PathBuf, config_path: &Path) -> Result<Project> {
        let sources_dir = self.project_dir(&root, raw.project.sources.as_ref(), "sources")?;
        let templates_dir =
            self.project_dir(&root, raw.project.templates.as_ref(), "report-templates")?;
        let output_dir = self.project_dir(&root, raw.project.output.as_ref(), "output")?;
        let outlets = raw
            .outlets
            .iter()
            .map(|(id, o)| self.outlet(id, o))
            .collect::<Result<Vec<_>>>()?;
        let mut themes = Vec::new();
        for (id, t) in &raw.themes {
            self.check_id(id, "theme")?;
            themes.push(self.theme(id, t, &outlets)?);
        }
        let default_theme = match &raw.project.default_theme {
            Some(d) => Some(self.default_theme(d, &themes)?),
            None => None,
        };
        let fetch = crate::fetch::settings::validate(
            raw.fetch.as_ref(),
            crate::error::Location::file(self.display),
            &|span| self.loc(span),
        )?;
        let archive = raw
            .archive
            .as_ref()
            .map(|a| crate::archive::settings::validate(a, &|span| self.loc(span)))
            .transpose()?;
        Ok(Project {
            fetch,
            archive,
            root,
            config_path: config_path.to_path_buf(),
            title: self.text_value(&raw.project.title, "[project] title")?,
            default_theme,
            sources_dir,
            templates_dir,
            output_dir,
            outlets,
            themes,
        })
    }

    /// An `[outlets.<id>]` table, validated.
    fn outlet(&self, id: &Spanned<String>, o: &RawOutlet) -> Result<Outlet> {
        self.check_id(id, "outlet")?;
        let oid = id.get_ref();
        Ok(Outlet {
            id: oid.clone(),
            name: self.text_value(&o.name, &format!("outlet `{oid}`: name"))?,
            domains: o.domains.iter().map(|d| d.trim().to_lowercase()).collect(),
            about: o.about.clone(),
            feeds: self.fetch_urls(&o.feeds, oid, "feeds")?,
            sitemaps: self.fetch_urls(&o.sitemaps, oid, "sitemaps")?,
        })
    }

    /// An outlet's `feeds` or `sitemaps`: http(s) addresses.
    fn fetch_urls(&self, list: &[Spanned<String>], outlet: &str, key: &str) -> Result<Vec<String>> {
        list.iter()
            .map(|v| crate::fetch::settings::feed_url(v, outlet, key, &|span| self.loc(span)))
            .collect()
    }

    /// `default-theme`, which must name one of `themes`.
    fn default_theme(&self, d: &Spanned<String>, themes: &[Theme]) -> Result<String> {
        let name = d.get_ref();
        if themes.iter().any(|t| &t.id == name) {
            return Ok(name.clone());
        }
        let ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
        let e = self.err(
            d.span(),
            format!("default-theme `{name}` is not a theme of this project"),
        );
        Err(if let Some(hint) = typo_hint(name, &ids) {
            e.hint(hint)
        } else if ids.is_empty() {
            e.hint(format!("add a [themes.{name}] table"))
        } else {
            e.hint(format!("known themes: {}", ids.join(", ")))
        })
    }

    fn project_dir(
        &self,
        root: &Path,
        value: Option<&Spanned<String>>,
        default: &str,
    ) -> Result<PathBuf> {
        let Some(v) = value else {
            return Ok(root.join(default));
        };
        let p = Path::new(v.get_ref());
        if p.is_absolute() || v.get_ref().starts_with('/') || v.get_ref().starts_with('\\') {
            return Err(self
                .err(v.span(), format!("path `{}` is absolute", v.get_ref()))
                .hint("project folders are relative to juxta.toml and stay inside the project"));
        }
        if escapes(p) {
            return Err(self
                .err(
                    v.span(),
                    format!("path `{}` leaves the project folder", v.get_ref()),
                )
                .hint("project folders are relative to juxta.toml and stay inside the project"));
        }
        if v.get_ref().trim().is_empty() {
            return Err(self.err(v.span(), "path is empty"));
        }
        Ok(root.join(p))
    }

    fn check_id(&self, id: &Spanned<String>, what: &str) -> Result<()> {
        let s = id.get_ref();
        let ok = !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && !s.starts_with('-');
        if !ok {
            return Err(self
                .err(id.span(), format!("{what} id `{s}` is not a valid identifier"))
                .hint(format!(
                    "{what} ids use lower-case letters, digits, `-` and `_` (they name folders and files)"
                )));
        }
        if s.len() > MAX_ID_LEN {
            return Err(self
                .err(
                    id.span(),
                    format!("{what} id is {} characters long; at most {MAX_ID_LEN} are allowed", s.len()),
                )
                .hint("ids name folders and files, which must stay short on every system; choose a shorter id"));
        }
        if is_reserved_name(s) {
            return Err(self
                .err(id.span(), format!("{what} id `{s}` cannot name a folder or file on Windows"))
                .hint("con, prn, aux, nul, com1–com9 and lpt1–lpt9 are reserved there; choose another id"));
        }
        Ok(())
    }

    fn query(&self, q: &Spanned<String>, theme: &str, what: &str) -> Result<Query> {
        self.query_in(q, theme, what, "en")
    }

    /// A query whose words are analyzed as language `code`.
    fn query_in(&self, q: &Spanned<String>, theme: &str, what: &str, code: &str) -> Result<Query> {
        Query::parse_in(q.get_ref(), code).map_err(|e| {
            let start = query_offset_in_toml(self.text, q.span(), q.get_ref(), e.offset);
            let width = e.len.max(1);
            let mut err = Error::usage(format!(
                "theme `{theme}`, {what}: query does not parse: {}",
                e.message
            ))
            .at(self.loc(start..start + width));
            for h in e.hints {
                err = err.hint(h);
            }
            err
        })
    }

    /// A `[themes.<id>]` table, validated: scope, template, outlets, passages
    /// per cell and facets, in that order.
    fn theme(&self, id: &Spanned<String>, t: &RawTheme, outlets: &[Outlet]) -> Result<Theme> {
        let tid = id.get_ref().clone();
        let title = self.text_value(&t.title, &format!("theme `{tid}`: title"))?;
        let scope = match &t.scope {
            Some(s) => Some(self.scope(s, &tid)?),
            None => None,
        };
        let template = match &t.template {
            Some(s) => self.template_name(s, &tid)?,
            None => DEFAULT_TEMPLATE.to_string(),
        };
        let theme_outlets = match &t.outlets {
            Some(list) => self.theme_outlets(id, list, outlets)?,
            None => outlets.iter().map(|o| o.id.clone()).collect(),
        };
        let passages_per_cell = match &t.passages_per_cell {
            Some(n) => self.passages_per_cell(n, &tid)?,
            None => DEFAULT_PASSAGES_PER_CELL,
        };
        let period = self.period(t, &tid)?;
        let scope_per_paragraph = self.scope_per(t, &tid)?;
        let none = ThemeLanguages::default();
        let langs = self.languages.get(&tid).unwrap_or(&none);
        let scope_by_language = self.language_queries(&langs.scope, &tid, "scope")?;
        if scope.is_none()
            && let Some(l) = langs.scope.first()
        {
            return Err(self
                .err(l.query.span(), format!("theme `{tid}`: scope-{} without a scope", l.code))
                .hint("add `scope = '…'`: it applies to English and to every language without its own scope"));
        }
        let (facets, implicit_facet) = match &t.facets {
            Some(list) => (self.facets(list, &tid, langs)?, false),
            None => {
                let mut f = self.scope_facet(id, &title, scope.as_ref())?;
                f.by_language = scope_by_language.clone();
                (vec![f], true)
            }
        };
        let framing = match &t.framing {
            Some(list) => self.framing(list, &tid)?,
            None => Vec::new(),
        };
        Ok(Theme {
            id: tid,
            title,
            question: t.question.clone(),
            scope,
            scope_by_language,
            template,
            template_at: t.template.as_ref().map(|s| self.loc(s.span())),
            outlets: theme_outlets,
            passages_per_cell,
            repeat_passages: t.repeat_passages.unwrap_or(false),
            facets,
            implicit_facet,
            scope_per_paragraph,
            period,
            framing,
        })
    }

    /// A theme's `scope-per`: whether each passage must match the scope
    /// (`"paragraph"`) rather than its article (`"article"`, the default).
    fn scope_per(&self, t: &RawTheme, tid: &str) -> Result<bool> {
        match t.scope_per.as_ref().map(|v| (v, v.get_ref().as_str())) {
            None | Some((_, "article")) => Ok(false),
            Some((_, "paragraph")) => Ok(true),
            Some((v, other)) => {
                let mut e = self.err(
                    v.span(),
                    format!(
                        "theme `{tid}`: scope-per must be \"article\" or \"paragraph\", not \"{other}\""
                    ),
                );
                if let Some(h) = typo_hint(other, &["article", "paragraph"]) {
                    e = e.hint(h);
                }
                Err(e.hint("\"article\" (the default) keeps the passages on a facet of every article that matches the scope somewhere; \"paragraph\" keeps only passages that match the scope themselves"))
            }
        }
    }

    /// A theme's `from`, `to`, `last` and `undated`.
    fn period(&self, t: &RawTheme, tid: &str) -> Result<Period> {
        let from = t
            .from
            .as_ref()
            .map(|v| self.date(v, tid, "from"))
            .transpose()?;
        let to = t.to.as_ref().map(|v| self.date(v, tid, "to")).transpose()?;
        if let (Some(f), Some(end), Some(v)) = (from, to, t.to.as_ref())
            && end < f
        {
            return Err(self
                .err(
                    v.span(),
                    format!("theme `{tid}`: `to` ({end}) is before `from` ({f})"),
                )
                .hint(
                    "both dates are included: `to` is the period's last day, on or after `from`",
                ));
        }
        let last = match &t.last {
            None => None,
            Some(_) if from.is_some() || to.is_some() => {
                let span = t.last.as_ref().map(Spanned::span).unwrap_or_default();
                return Err(self
                    .err(span, format!("theme `{tid}`: `last` and `from`/`to` cannot both be set"))
                    .hint("use `last` for a period that moves with the build date, `from`/`to` for fixed dates"));
            }
            Some(v) => Some(Last::parse(v.get_ref()).map_err(|why| {
                self.err(v.span(), format!("theme `{tid}`: last: {why}"))
                    .hint("write a number and a unit: \"30 days\", \"2 weeks\" or \"6 months\"")
            })?),
        };
        let exclude_undated = match t.undated.as_ref().map(|v| (v, v.get_ref().as_str())) {
            None | Some((_, "include")) => false,
            Some((_, "exclude")) => true,
            Some((v, other)) => {
                let mut e = self.err(
                    v.span(),
                    format!(
                        "theme `{tid}`: undated must be \"include\" or \"exclude\", not \"{other}\""
                    ),
                );
                if let Some(h) = typo_hint(other, &["include", "exclude"]) {
                    e = e.hint(h);
                }
                return Err(e.hint("\"include\" (the default) reads articles without a stated date, \"exclude\" leaves them out"));
            }
        };
        Ok(Period {
            from,
            to,
            last,
            exclude_undated,
        })
    }

    /// `from` or `to`: a TOML date (`2023-09-01`, bare, without a time).
    fn date(&self, v: &Spanned<toml::Value>, tid: &str, key: &str) -> Result<chrono::NaiveDate> {
        let bad = |what: String, hint: String| {
            Err(self
                .err(
                    v.span(),
                    format!("theme `{tid}`: {key} must be a date, not {what}"),
                )
                .hint(hint))
        };
        let example = format!("write the date bare, without quotes: {key} = 2023-09-01");
        match v.get_ref() {
            toml::Value::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => chrono::NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                )
                .map_or_else(|| bad(format!("{dt}"), example.clone()), Ok),
                _ => bad(
                    format!("a date and time ({dt})"),
                    format!(
                        "the period counts whole days: {key} = {}",
                        dt.date
                            .map_or_else(|| "2023-09-01".to_string(), |d| d.to_string())
                    ),
                ),
            },
            toml::Value::String(s) => match crate::period::parse_date(s) {
                Ok(d) => bad(
                    format!("a string (\"{s}\")"),
                    format!("write the date bare, without quotes: {key} = {d}"),
                ),
                Err(_) => bad(format!("a string (\"{s}\")"), example),
            },
            other => {
                let t = other.type_str();
                let a = if t.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                bad(format!("{a} {t}"), example)
            }
        }
    }

    /// A theme's `scope`: a query, not blank.
    fn scope(&self, s: &Spanned<String>, tid: &str) -> Result<(String, Query)> {
        if s.get_ref().trim().is_empty() {
            return Err(self
                .err(s.span(), format!("theme `{tid}`: scope is empty"))
                .hint("remove the key or write a query"));
        }
        Ok((s.get_ref().clone(), self.query(s, tid, "scope")?))
    }

    /// A theme's `template`: a file name in the templates folder, without `.typ`.
    fn template_name(&self, s: &Spanned<String>, tid: &str) -> Result<String> {
        let name = s.get_ref();
        let bad = name.is_empty()
            || name.contains("..")
            || name.starts_with('/')
            || name.contains('\\')
            || Path::new(name).is_absolute();
        if bad {
            return Err(self
                .err(s.span(), format!("theme `{tid}`: template `{name}` is not a template name"))
                .hint("write the name of a file in report-templates/ without `.typ`, e.g. \"side-by-side\""));
        }
        Ok(name.trim_end_matches(".typ").to_string())
    }

    /// A theme's `outlets`: defined outlets, each once, at least one.
    fn theme_outlets(
        &self,
        id: &Spanned<String>,
        list: &[Spanned<String>],
        outlets: &[Outlet],
    ) -> Result<Vec<String>> {
        let tid = id.get_ref();
        let mut seen = Vec::new();
        for o in list {
            let name = o.get_ref();
            if !outlets.iter().any(|x| &x.id == name) {
                let ids: Vec<&str> = outlets.iter().map(|x| x.id.as_str()).collect();
                let mut e = self.err(
                    o.span(),
                    format!("theme `{tid}` names outlet `{name}`, which is not defined"),
                );
                if let Some(hint) = typo_hint(name, &ids) {
                    e = e.hint(hint);
                }
                return Err(e.hint(format!(
                    "define it with an [outlets.{name}] table, or use one of: {}",
                    ids.join(", ")
                )));
            }
            if seen.contains(name) {
                return Err(self.err(
                    o.span(),
                    format!("theme `{tid}` lists outlet `{name}` twice"),
                ));
            }
            seen.push(name.clone());
        }
        if seen.is_empty() {
            return Err(self
                .err(id.span(), format!("theme `{tid}` has an empty outlet list"))
                .hint("remove `outlets` to compare all outlets"));
        }
        Ok(seen)
    }

    /// A theme's `passages-per-cell`: between 1 and [`MAX_PASSAGES_PER_CELL`].
    fn passages_per_cell(&self, n: &Spanned<i64>, tid: &str) -> Result<usize> {
        let v = *n.get_ref();
        if v < 1 || v > MAX_PASSAGES_PER_CELL as i64 {
            return Err(self
                .err(n.span(), format!("theme `{tid}`: passages-per-cell must be between 1 and {MAX_PASSAGES_PER_CELL}, not {v}")));
        }
        Ok(v as usize)
    }

    /// Per-language queries (`<what>-<code>`), parsed with their language's analyzer.
    fn language_queries(&self, list: &[LanguageQuery], tid: &str, what: &str) -> Result<Queries> {
        let mut out = Queries::new();
        for l in list {
            let key = format!("{what}-{}", l.code);
            if l.query.get_ref().trim().is_empty() {
                return Err(self.err(
                    l.query.span(),
                    format!("theme `{tid}`, {key}: query is empty"),
                ));
            }
            let q = self.query_in(&l.query, tid, &key, &l.code)?;
            out.insert(l.code.clone(), (l.query.get_ref().clone(), q));
        }
        Ok(out)
    }

    /// A theme's `[[themes.<id>.facets]]`: at least one, ids unique, queries that parse.
    fn facets(
        &self,
        list: &Spanned<Vec<RawFacet>>,
        tid: &str,
        langs: &ThemeLanguages,
    ) -> Result<Vec<Facet>> {
        if list.get_ref().is_empty() {
            return Err(self
                .err(list.span(), format!("theme `{tid}` has an empty facets list"))
                .hint("add [[themes.<id>.facets]] entries, or remove `facets` to use the scope as the only facet"));
        }
        let mut facets: Vec<Facet> = Vec::new();
        for (i, f) in list.get_ref().iter().enumerate() {
            let fid = f.id.get_ref();
            self.check_id(&f.id, "facet")?;
            if facets.iter().any(|x| &x.id == fid) {
                return Err(self
                    .err(
                        f.id.span(),
                        format!("theme `{tid}` has two facets with id `{fid}`"),
                    )
                    .hint("facet ids must be unique within a theme"));
            }
            if f.query.get_ref().trim().is_empty() {
                return Err(self.err(
                    f.query.span(),
                    format!("theme `{tid}`, facet `{fid}`: query is empty"),
                ));
            }
            let query = self.query(&f.query, tid, &format!("facet `{fid}`"))?;
            let written = langs.facets.get(&i).map_or(&[][..], Vec::as_slice);
            let by_language =
                self.language_queries(written, tid, &format!("facet `{fid}`, query"))?;
            facets.push(Facet {
                id: fid.clone(),
                title: self
                    .text_value(&f.title, &format!("theme `{tid}`, facet `{fid}`: title"))?,
                query_text: f.query.get_ref().clone(),
                query,
                by_language,
            });
        }
        Ok(facets)
    }

    /// A theme's `[[themes.<id>.framing]]`: at most [`MAX_LEXICONS`], ids
    /// unique, each with 1 to [`MAX_TERMS`] terms.
    fn framing(&self, list: &Spanned<Vec<RawLexicon>>, tid: &str) -> Result<Vec<Lexicon>> {
        if list.get_ref().len() > MAX_LEXICONS {
            return Err(self
                .err(
                    list.span(),
                    format!(
                        "theme `{tid}` has {} framing lexicons; at most {MAX_LEXICONS} are allowed",
                        list.get_ref().len()
                    ),
                )
                .hint("merge lexicons, or move some to another theme"));
        }
        let mut out: Vec<Lexicon> = Vec::new();
        for l in list.get_ref() {
            let lid = l.id.get_ref();
            self.check_id(&l.id, "framing lexicon")?;
            if out.iter().any(|x| &x.id == lid) {
                return Err(self
                    .err(
                        l.id.span(),
                        format!("theme `{tid}` has two framing lexicons with id `{lid}`"),
                    )
                    .hint("framing lexicon ids must be unique within a theme"));
            }
            let title = match &l.title {
                Some(t) => self.text_value(t, &format!("theme `{tid}`, framing `{lid}`: title"))?,
                None => lid.clone(),
            };
            let terms = self.terms(&l.terms, &format!("theme `{tid}`, framing `{lid}`"))?;
            out.push(Lexicon {
                id: lid.clone(),
                title,
                terms,
            });
        }
        Ok(out)
    }

    /// A lexicon's `terms`: 1 to [`MAX_TERMS`] words or phrases, none in
    /// quotation marks, none the same as another (ignoring case, spacing
    /// and the kind of hyphen).
    fn terms(&self, list: &Spanned<Vec<Spanned<String>>>, what: &str) -> Result<Vec<String>> {
        let n = list.get_ref().len();
        if n == 0 || n > MAX_TERMS {
            return Err(self
                .err(
                    list.span(),
                    format!("{what}: expected 1 to {MAX_TERMS} terms, found {n}"),
                )
                .hint(
                    "write terms = [\"occupation\", \"liberation\"]: the words or phrases to count",
                ));
        }
        let mut out: Vec<(String, crate::compare::framing::Pattern)> = Vec::new();
        for t in list.get_ref() {
            let term = t.get_ref().trim();
            let fail = |msg: String, hint: &str| Err(self.err(t.span(), msg).hint(hint));
            if term.is_empty() {
                return fail(
                    format!("{what}: a term is empty"),
                    "write a word or a phrase, or remove the empty string",
                );
            }
            let single = |c: char| matches!(c, '\'' | '‘' | '’' | '‚');
            let quote = crate::compare::framing::is_quote;
            if term.chars().any(|c| quote(c) && !single(c))
                || term.starts_with(single)
                || term.ends_with(single)
            {
                return fail(
                    format!("{what}: term `{term}` holds a quotation mark"),
                    "write the term without quotation marks: uses in scare quotes are counted apart, as “term”",
                );
            }
            let Some(p) = crate::compare::framing::Pattern::new(term) else {
                return fail(
                    format!("{what}: term `{term}` holds no letter or digit"),
                    "write a word or a phrase",
                );
            };
            if let Some((other, _)) = out.iter().find(|(_, q)| *q == p) {
                return fail(
                    format!("{what}: term `{term}` is the same as `{other}`"),
                    "terms are matched ignoring case, spacing and the kind of hyphen; remove one",
                );
            }
            out.push((term.to_string(), p));
        }
        Ok(out.into_iter().map(|(t, _)| t).collect())
    }

    /// The one facet of a theme without facets: its scope, under the theme's title.
    fn scope_facet(
        &self,
        id: &Spanned<String>,
        title: &str,
        scope: Option<&(String, Query)>,
    ) -> Result<Facet> {
        let Some((text, q)) = scope else {
            return Err(self
                .err(
                    id.span(),
                    format!("theme `{}` has neither facets nor a scope", id.get_ref()),
                )
                .hint("add a `scope` query or [[themes.<id>.facets]] entries"));
        };
        Ok(Facet {
            id: "scope".into(),
            title: title.to_string(),
            query_text: text.clone(),
            query: q.clone(),
            by_language: Queries::new(),
        })
    }
}

/// `did you mean `x`?` when `name` looks like a typo of one of `known`.
fn typo_hint(name: &str, known: &[&str]) -> Option<String> {
    did_you_mean(name, known.iter().copied()).map(|s| format!("did you mean `{s}`?"))
}

/// Whether a relative path climbs above its starting folder.
pub(crate) fn escapes(p: &Path) -> bool {
    let mut depth: i64 = 0;
    for c in p.components() {
        match c {
            Component::ParentDir => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) => return true,
        }
    }
    false
}

/// Maps an offset inside a query string to a byte offset in the TOML text,
/// exact for strings without escapes; the value's start otherwise.
fn query_offset_in_toml(
    text: &str,
    span: std::ops::Range<usize>,
    value: &str,
    offset: usize,
) -> usize {
    let raw = text.get(span.clone()).unwrap_or("");
    for quote in ["'''", "\"\"\"", "'", "\""] {
        if raw.starts_with(quote) && raw.ends_with(quote) && raw.len() >= 2 * quote.len() {
            let inner = &raw[quote.len()..raw.len() - quote.len()];
            if inner == value {
                return span.start + quote.len() + offset.min(value.len());
            }
        }
    }
    span.start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Project> {
        Project::from_str(Path::new("juxta.toml"), text)
    }

    #[test]
    fn ids_must_be_portable_folder_and_file_names() {
        let long = "a".repeat(MAX_ID_LEN + 1);
        let Err(e) = load(&GOOD.replace("[outlets.dw]", &format!("[outlets.{long}]"))) else {
            panic!("a too long id was accepted");
        };
        assert!(e.message.contains("at most 64"), "{}", e.message);
        assert!(e.location.is_some());
        for reserved in ["con", "nul", "com1", "lpt9", "aux"] {
            let Err(e) = load(&GOOD.replace("[outlets.dw]", &format!("[outlets.{reserved}]")))
            else {
                panic!("{reserved} was accepted");
            };
            assert!(e.message.contains("Windows"), "{reserved}: {}", e.message);
        }
        // Counter-examples: names that only look like reserved ones.
        for fine in [
            "console", "com", "com0", "com10", "lpt", "nullify", "aux-news",
        ] {
            let text = GOOD.replace("[outlets.dw]", &format!("[outlets.{fine}]"));
            assert!(load(&text).is_ok(), "{fine}");
        }
        let max = "a".repeat(MAX_ID_LEN);
        assert!(load(&GOOD.replace("[outlets.dw]", &format!("[outlets.{max}]"))).is_ok());
    }

    const GOOD: &str = r#"
[project]
title = "T"
default-theme = "sg"

[outlets.mt]
name = "The Moscow Times"
domains = ["themoscowtimes.com"]

[outlets.dw]
name = "DW"

[themes.sg]
title = "Russia as security guarantor"
scope = 'Russia OR Moscow'

[[themes.sg.facets]]
id = "alliance"
title = "Alliance"
query = 'CSTO OR "military base"'
"#;

    #[test]
    fn loads_valid_config_with_defaults() {
        let p = load(GOOD).unwrap();
        assert_eq!(p.outlets.len(), 2);
        let t = p.theme("sg").unwrap();
        assert_eq!(t.outlets, vec!["mt", "dw"]);
        assert_eq!(t.passages_per_cell, 2);
        assert_eq!(t.template, "side-by-side");
        assert_eq!(t.facets[0].id, "alliance");
        assert!(p.sources_dir.ends_with("sources"));
    }

    #[test]
    fn unknown_key_has_location_and_suggestion() {
        let text = GOOD.replace("title = \"T\"", "titel = \"T\"");
        let e = load(&text).unwrap_err();
        assert_eq!(e.message, "unknown key `titel`");
        let loc = e.location.clone().unwrap();
        assert_eq!((loc.line, loc.column), (3, 1));
        assert!(
            e.hints.iter().any(|h| h.contains("`title`")),
            "{:?}",
            e.hints
        );
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn unknown_outlet_in_theme_is_located() {
        let text = GOOD.replace(
            "scope = 'Russia OR Moscow'",
            "scope = 'Russia OR Moscow'\noutlets = [\"mt\", \"dww\"]",
        );
        let e = load(&text).unwrap_err();
        assert!(e.message.contains("outlet `dww`"), "{}", e.message);
        assert_eq!(e.location.clone().unwrap().line, 16);
        assert!(e.hints[0].contains("`dw`"));
    }

    #[test]
    fn bad_query_points_into_the_string() {
        let text = GOOD.replace("'CSTO OR \"military base\"'", "'CSTO OR (base'");
        let e = load(&text).unwrap_err();
        assert!(e.message.contains("facet `alliance`"), "{}", e.message);
        let loc = e.location.clone().unwrap();
        assert_eq!(loc.line, 20);
        assert_eq!(loc.column, 18, "{loc:?}");
    }

    #[test]
    fn blank_names_and_titles_are_located_errors() {
        for (from, to, message, line) in [
            (
                "name = \"DW\"",
                "name = \"  \"",
                "outlet `dw`: name is empty",
                11,
            ),
            (
                "title = \"Russia as security guarantor\"",
                "title = \"\"",
                "theme `sg`: title is empty",
                14,
            ),
            (
                "title = \"Alliance\"",
                "title = \" \"",
                "theme `sg`, facet `alliance`: title is empty",
                19,
            ),
            (
                "title = \"T\"",
                "title = \"\"",
                "[project] title is empty",
                3,
            ),
        ] {
            let e = load(&GOOD.replace(from, to)).unwrap_err();
            assert_eq!(e.message, message);
            assert_eq!(e.location.clone().unwrap().line, line, "{message}");
            assert_eq!(e.exit_code(), 2);
        }
    }

    #[test]
    fn default_theme_must_exist() {
        let e =
            load(&GOOD.replace("default-theme = \"sg\"", "default-theme = \"sgg\"")).unwrap_err();
        assert!(e.message.contains("default-theme `sgg`"));
        assert!(e.hints[0].contains("`sg`"));
    }

    #[test]
    fn duplicate_facet_ids_and_empty_facets_are_errors() {
        let dup = format!(
            "{GOOD}\n[[themes.sg.facets]]\nid = \"alliance\"\ntitle = \"x\"\nquery = 'x'\n"
        );
        assert!(load(&dup).unwrap_err().message.contains("two facets"));
        let empty = GOOD.replace("[[themes.sg.facets]]\nid = \"alliance\"\ntitle = \"Alliance\"\nquery = 'CSTO OR \"military base\"'\n", "facets = []\n");
        assert!(load(&empty).unwrap_err().message.contains("empty facets"));
    }

    #[test]
    fn framing_lexicons_are_validated_with_locations() {
        let lex = |body: &str| format!("{GOOD}\n[[themes.sg.framing]]\n{body}\n");
        let p = load(&lex(
            "id = \"status\"\nterms = [\"occupation\", \"Russia's troops\", \"de-occupation\"]",
        ))
        .unwrap();
        let l = &p.themes[0].framing[0];
        assert_eq!((l.id.as_str(), l.title.as_str()), ("status", "status"));
        assert_eq!(l.terms, ["occupation", "Russia's troops", "de-occupation"]);
        assert!(load(GOOD).unwrap().themes[0].framing.is_empty());
        let err = |body: &str| load(&lex(body)).unwrap_err();
        let line = GOOD.lines().count() + 4;
        for (body, message, hint) in [
            (
                "id = \"s\"\nterms = \"occupation\"",
                "invalid type",
                "check the value's type",
            ),
            (
                "id = \"s\"\nterms = []",
                "expected 1 to 30 terms, found 0",
                "terms = [",
            ),
            (
                "id = \"s\"\nterms = [\"a\", \" \"]",
                "a term is empty",
                "write a word",
            ),
            (
                "id = \"s\"\nterms = [\"“peacekeepers”\"]",
                "holds a quotation mark",
                "scare quotes",
            ),
            (
                "id = \"s\"\nterms = [\"'peacekeepers'\"]",
                "holds a quotation mark",
                "scare quotes",
            ),
            (
                "id = \"s\"\nterms = [\"--\"]",
                "holds no letter or digit",
                "write a word",
            ),
            (
                "id = \"s\"\nterms = [\"De-Occupation\", \"de\u{2011}occupation\"]",
                "is the same as `De-Occupation`",
                "ignoring case",
            ),
            (
                "id = \"s\"\nterm = [\"y\"]",
                "unknown key `term`",
                "did you mean `terms`?",
            ),
        ] {
            let e = err(body);
            assert!(e.message.contains(message), "{body}: {}", e.message);
            assert!(
                e.hints.iter().any(|h| h.contains(hint)),
                "{body}: {:?}",
                e.hints
            );
            let loc = e.location.as_ref().expect("location");
            assert!(loc.line >= line - 1 && loc.column >= 1, "{body}: {loc:?}");
        }
        let e = err("id = \"S!\"\nterms = [\"x\"]");
        assert!(
            e.message.contains("not a valid identifier"),
            "{}",
            e.message
        );
        let two = format!(
            "{}[[themes.sg.framing]]\nid = \"s\"\nterms = [\"y\"]\n",
            lex("id = \"s\"\nterms = [\"x\"]")
        );
        assert!(
            load(&two)
                .unwrap_err()
                .message
                .contains("two framing lexicons")
        );
        let many = format!(
            "terms = [{}]",
            (0..31)
                .map(|i| format!("\"t{i}\""))
                .collect::<Vec<_>>()
                .join(", ")
        );
        assert!(
            err(&format!("id = \"s\"\n{many}"))
                .message
                .contains("found 31")
        );
    }

    #[test]
    fn escaping_paths_are_refused() {
        let e = load(&GOOD.replace("title = \"T\"", "title = \"T\"\nsources = \"../../etc\""))
            .unwrap_err();
        assert!(e.message.contains("leaves the project"), "{}", e.message);
        let e =
            load(&GOOD.replace("title = \"T\"", "title = \"T\"\noutput = \"/tmp/x\"")).unwrap_err();
        assert!(e.message.contains("absolute"), "{}", e.message);
    }

    #[test]
    fn theme_without_facets_uses_scope() {
        let text = "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"A\"\n[themes.t]\ntitle = \"X\"\nscope = 'russia'\n";
        let p = load(text).unwrap();
        assert!(p.themes[0].implicit_facet);
        assert_eq!(p.themes[0].facets[0].query_text, "russia");
        let text = "[project]\ntitle = \"T\"\n[themes.t]\ntitle = \"X\"\n";
        assert!(
            load(text)
                .unwrap_err()
                .message
                .contains("neither facets nor a scope")
        );
    }

    #[test]
    fn wrong_type_and_malformed_toml_are_located() {
        let e = load(&GOOD.replace("name = \"DW\"", "name = 3")).unwrap_err();
        assert_eq!(e.location.as_ref().unwrap().line, 11);
        assert!(e.message.contains("invalid type"), "{}", e.message);
        let e = load("[project\ntitle = 1").unwrap_err();
        assert_eq!(e.location.clone().unwrap().line, 1);
    }

    /// GOOD with `lines` added to theme `sg` (after its scope, line 15).
    fn with_period(lines: &str) -> Result<Project> {
        load(&GOOD.replace(
            "scope = 'Russia OR Moscow'",
            &format!("scope = 'Russia OR Moscow'\n{lines}"),
        ))
    }

    #[test]
    fn periods_are_toml_dates_or_a_span() {
        use chrono::NaiveDate;
        let p = with_period("from = 2023-09-01\nto = 2023-10-31").unwrap();
        let period = &p.themes[0].period;
        assert_eq!(period.from, NaiveDate::from_ymd_opt(2023, 9, 1));
        assert_eq!(period.to, NaiveDate::from_ymd_opt(2023, 10, 31));
        assert!(!period.exclude_undated);
        let p = with_period("last = \"30 days\"\nundated = \"exclude\"").unwrap();
        let period = &p.themes[0].period;
        assert_eq!(period.last.map(|l| l.count), Some(30));
        assert!(period.exclude_undated);
        assert!(with_period("to = 2024-01-01").is_ok());
        assert!(with_period("undated = \"include\"").is_ok());
        assert!(!load(GOOD).unwrap().themes[0].period.is_limited());
    }

    #[test]
    fn bad_periods_are_located_with_a_hint() {
        for (lines, message, line, col, hint) in [
            (
                "from = \"2023-09-01\"",
                "from must be a date, not a string",
                16,
                8,
                "from = 2023-09-01",
            ),
            (
                "to = 2023-09-01T10:00:00",
                "a date and time",
                16,
                6,
                "to = 2023-09-01",
            ),
            ("from = 20230901", "not an integer", 16, 8, "bare"),
            (
                "from = 2023-09-01\nto = 2023-08-31",
                "`to` (2023-08-31) is before `from`",
                17,
                6,
                "on or after",
            ),
            (
                "last = \"30 days\"\nfrom = 2023-09-01",
                "cannot both be set",
                16,
                8,
                "moves with the build date",
            ),
            (
                "last = \"30 dayz\"",
                "`dayz` is not a unit",
                16,
                8,
                "\"30 days\"",
            ),
            (
                "last = \"1 year\"",
                "12 months",
                16,
                8,
                "a number and a unit",
            ),
            ("last = 30", "invalid type", 16, 8, "strings are quoted"),
            (
                "undated = \"exlude\"",
                "not \"exlude\"",
                16,
                11,
                "did you mean `exclude`?",
            ),
        ] {
            let e = with_period(lines).unwrap_err();
            assert!(e.message.contains(message), "{lines}: {}", e.message);
            let loc = e.location.clone().unwrap();
            assert_eq!((loc.line, loc.column), (line, col), "{lines}");
            assert!(
                e.hints.iter().any(|h| h.contains(hint)),
                "{lines}: {:?}",
                e.hints
            );
            assert_eq!(e.exit_code(), 2);
        }
    }

    #[test]
    fn scope_per_selects_articles_by_default_and_paragraphs_when_asked() {
        let p = load(GOOD).unwrap();
        assert!(!p.themes[0].scope_per_paragraph);
        assert!(p.themes[0].scope_selects_articles());
        let p = with_period("scope-per = \"article\"").unwrap();
        assert!(p.themes[0].scope_selects_articles());
        let p = with_period("scope-per = \"paragraph\"").unwrap();
        assert!(p.themes[0].scope_per_paragraph);
        assert!(!p.themes[0].scope_selects_articles());
        // Counter-example: a theme without facets has its scope as its
        // facet, so every passage matches the scope whatever it says.
        let text = "[project]\ntitle = \"T\"\n[outlets.a]\nname = \"A\"\n[themes.t]\ntitle = \"X\"\nscope = 'russia'\n";
        assert!(!load(text).unwrap().themes[0].scope_selects_articles());
        // A bad value is located, with the values it may take.
        let e = with_period("scope-per = \"paragraf\"").unwrap_err();
        assert!(
            e.message
                .contains("scope-per must be \"article\" or \"paragraph\", not \"paragraf\""),
            "{}",
            e.message
        );
        let loc = e.location.clone().unwrap();
        assert_eq!((loc.line, loc.column), (16, 13));
        assert!(
            e.hints
                .iter()
                .any(|h| h.contains("did you mean `paragraph`?")),
            "{:?}",
            e.hints
        );
        assert_eq!(e.exit_code(), 2);
        // `scope-per` is a setting, not a scope in language `per`.
        let e = with_period("scope-pe = 'x'").unwrap_err();
        assert!(e.message.contains("not a language code"), "{}", e.message);
    }

    #[test]
    fn command_line_periods_replace_the_configured_one_and_last_counts_back() {
        use crate::period::{Last, Override};
        use chrono::NaiveDate;
        let today = NaiveDate::from_ymd_opt(2023, 9, 30).unwrap();
        let mut p = with_period("last = \"30 days\"").unwrap();
        p.limit_periods(&Override::default(), today);
        let period = &p.themes[0].period;
        assert_eq!(period.from, NaiveDate::from_ymd_opt(2023, 9, 1));
        assert_eq!(period.to, Some(today));
        let mut p = with_period("from = 2020-01-01").unwrap();
        let o = Override {
            last: Last::parse("1 week").ok(),
            ..Override::default()
        };
        p.limit_periods(&o, today);
        assert_eq!(
            p.themes[0].period.from,
            NaiveDate::from_ymd_opt(2023, 9, 24)
        );
    }

    #[test]
    fn escapes_detects_climbing_paths() {
        assert!(escapes(Path::new("../x")));
        assert!(escapes(Path::new("a/../../x")));
        assert!(!escapes(Path::new("a/../b")));
        assert!(!escapes(Path::new("sources")));
    }
}
