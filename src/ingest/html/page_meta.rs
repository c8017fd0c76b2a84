//! What the page states about itself: the date and authors of its main
//! JSON-LD article, else of its `<meta>` tags and microdata.

use std::sync::LazyLock;

use dom_query::Element;
use regex::Regex;

use super::dom::{attr, name};
use crate::ingest::{meta, rules};

/// The tags of the page that state its metadata, as a walk meets them.
#[derive(Debug, Default)]
pub(super) struct PageTags {
    /// JSON-LD script contents.
    pub(super) json_ld: Vec<String>,
    /// `<meta>` tags: (key, content), key lower-case from name/property/itemprop.
    metas: Vec<(String, String)>,
    /// `<time itemprop="datePublished">` and similar microdata values.
    itemprop_dates: Vec<String>,
    /// `<link rel="canonical">`.
    canonical: Option<String>,
    /// `<time>` elements, in page order (at most [`MAX_TIMES`]).
    pub(super) times: Vec<TimeTag>,
    /// Inside a `<time>` element: its text is being read.
    in_time: bool,
}

/// `<time>` elements kept from a page: the first few are the article's.
const MAX_TIMES: usize = 64;

/// A `<time>` element: the moment its `datetime` states and the text it shows.
#[derive(Debug, Default, Clone)]
pub(super) struct TimeTag {
    pub(super) datetime: Option<String>,
    pub(super) text: String,
}

impl PageTags {
    /// Notes what element `e` states.
    pub(super) fn element(&mut self, e: &Element) {
        match name(e) {
            "meta" => {
                let key = attr(e, "property")
                    .or_else(|| attr(e, "name"))
                    .or_else(|| attr(e, "itemprop"));
                if let (Some(k), Some(c)) = (key, attr(e, "content")) {
                    self.metas.push((k.to_lowercase(), c.to_string()));
                }
            }
            "link" => {
                if self.canonical.is_none()
                    && attr(e, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                {
                    self.canonical = attr(e, "href").map(str::to_string);
                }
            }
            "script" => {}
            n => {
                if attr(e, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                    && let Some(v) = attr(e, "datetime").or_else(|| attr(e, "content"))
                {
                    self.itemprop_dates.push(v.to_string());
                }
                if n == "time" && self.times.len() < MAX_TIMES {
                    self.times.push(TimeTag {
                        datetime: attr(e, "datetime").map(str::to_string),
                        text: String::new(),
                    });
                    self.in_time = true;
                }
            }
        }
    }

    /// Text of the page: a `<time>` element's is noted (its first 200 bytes).
    pub(super) fn text(&mut self, t: &str) {
        if !self.in_time {
            return;
        }
        if let Some(time) = self.times.last_mut()
            && time.text.len() < 200
        {
            time.text.push_str(t);
        }
    }

    /// An end tag: a `<time>` element's ends its text.
    pub(super) fn close(&mut self, name: &str) {
        if name == "time" {
            self.in_time = false;
        }
    }
}

/// The page's date and authors, from its own metadata.
#[derive(Debug, Default)]
pub(super) struct PageMeta {
    pub(super) date: Option<chrono::NaiveDate>,
    /// The moment `date` was read from, when the metadata gives one with its offset.
    pub(super) moment: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The page's `<time>` elements.
    pub(super) times: Vec<TimeTag>,
    pub(super) authors: Option<Vec<String>>,
    /// The article's JSON-LD `isAccessibleForFree`, when stated.
    pub(super) free: Option<bool>,
    /// CSS selectors of the parts its JSON-LD `hasPart` says are not free.
    pub(super) restricted: Vec<String>,
}

/// A date as the page writes it (no time-zone shift); placeholders such as
/// 0001-01-01 are not dates.
fn page_date(s: &str) -> Option<chrono::NaiveDate> {
    use chrono::Datelike;
    meta::parse_date(s).filter(|d| (1900..=2200).contains(&d.year()))
}

/// Meta tags that state when the article was published, most specific first.
const PUBLISHED_META: [&str; 20] = [
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "article.published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publish_date",
    "publishdate",
    "date",
];

/// Meta tags that state when the article was last changed (used only without the above).
const MODIFIED_META: [&str; 4] = [
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
];

const AUTHOR_META: [&str; 6] = [
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
];

impl PageMeta {
    pub(super) fn from_tags(scan: &PageTags, url: Option<&str>) -> PageMeta {
        let page_url = scan.canonical.as_deref().or(url);
        let article = main_article(&scan.json_ld, page_url);
        let meta = |keys: &[&str]| -> Option<&str> {
            keys.iter().find_map(|k| {
                scan.metas
                    .iter()
                    .filter(|(key, _)| key == k)
                    .map(|(_, v)| v.as_str())
                    .find(|v| page_date(v).is_some())
            })
        };
        let ld_date = |key: &str| {
            article
                .as_ref()
                .and_then(|a| a.get(key))
                .and_then(|v| v.as_str())
                .filter(|v| page_date(v).is_some())
        };
        let stated = ld_date("datePublished")
            .or_else(|| ld_date("dateCreated"))
            .or_else(|| meta(&PUBLISHED_META))
            .or_else(|| {
                (scan.itemprop_dates.iter())
                    .map(String::as_str)
                    .find(|d| page_date(d).is_some())
            })
            .or_else(|| ld_date("dateModified"))
            .or_else(|| meta(&MODIFIED_META));
        let date = stated.and_then(page_date);
        let moment = stated.and_then(super::shown_date::moment);

        let mut authors = article
            .as_ref()
            .and_then(|a| a.get("author").or_else(|| a.get("creator")))
            .map(ld_people)
            .filter(|a| !a.is_empty());
        if authors.is_none() {
            authors = AUTHOR_META.iter().find_map(|k| {
                scan.metas
                    .iter()
                    .filter(|(key, _)| key == k)
                    .map(|(_, v)| author_list(v))
                    .find(|v| !v.is_empty())
            });
        }
        PageMeta {
            date,
            moment,
            times: scan.times.clone(),
            authors,
            free: article
                .as_ref()
                .and_then(|a| a.get("isAccessibleForFree"))
                .and_then(flag),
            restricted: article.as_ref().map(restricted_parts).unwrap_or_default(),
        }
    }
}

/// A JSON-LD yes or no: `false`, `"False"`, `"no"`.
fn flag(v: &serde_json::Value) -> Option<bool> {
    match v {
        serde_json::Value::Bool(b) => Some(*b),
        serde_json::Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" => Some(true),
            "false" | "no" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The CSS selectors of an article's `hasPart` elements that are not free
/// (`{"@type": "WebPageElement", "isAccessibleForFree": false,
/// "cssSelector": ".paywall"}`), at most four.
fn restricted_parts(article: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    let parts = match article.get("hasPart") {
        Some(serde_json::Value::Array(a)) => a.iter().collect(),
        Some(v @ serde_json::Value::Object(_)) => vec![v],
        _ => Vec::new(),
    };
    parts
        .into_iter()
        .filter(|p| p.get("isAccessibleForFree").and_then(flag) == Some(false))
        .filter_map(|p| p.get("cssSelector")?.as_str())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s.len() <= 200)
        .take(4)
        .collect()
}

static AUTHOR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by\s*:?\s+|(?:text|words|story|текст|автор|autor|auteur)\s*[:：]\s*)")
        .expect("regex")
});

/// Writers' jobs in English, each perhaps in the plural.
const JOBS: &str = "writer|correspondent|reporter|editor|columnist|contributor";

static JOB_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{JOBS})s?$")).expect("regex"));

/// A writer's job after the name and a dash or bar, in the languages of
/// the pages juxta reads: "Staff Reporter", "خبرنگار" (Persian), "مراسل"
/// (Arabic), "Muhabir", "Корреспондент", "Periodista".
static JOB_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:(?:staff|senior|chief|political|foreign|special|local)\s+)?(?:{JOBS}|journalist|خبرنگار|مراسل|مراسلة|صحفي|صحفية|muhabir|корреспондент|журналист|periodista|journaliste|redakteur|redakteurin)s?$"))
        .expect("regex")
});

/// A writer's job after a name in Korean (after a space: "김기자" is how
/// one addresses a reporter), Japanese or Chinese ("김민지 기자", "박지훈
/// 선임기자", "山田太郎記者", "王伟 记者").
static CJK_JOB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\S.*?)(?:\s+(?:선임기자|객원기자|수습기자|인턴기자|전문기자|기자|특파원|논설위원)|\s*(?:編集委員|特派員|记者|記者|特派员|特约记者))$")
        .expect("regex")
});

/// The names content systems give their default account, which a page
/// states as its author when nobody signed it (Joomla's "Super User").
const DEFAULT_ACCOUNTS: [&str; 7] = [
    "super user",
    "admin",
    "administrator",
    "webmaster",
    "site admin",
    "siteadmin",
    "root",
];

/// `s` without a writer's job set after the name with a dash or a bar
/// ("مهسا رحیمی - خبرنگار", "Jane Smith | Staff Reporter"); anything else
/// after one (a place, a second name) stays.
fn without_job(s: &str) -> &str {
    for sep in [" - ", " – ", " — ", " | "] {
        if let Some((name, job)) = s.rsplit_once(sep)
            && JOB_AFTER_NAME.is_match(job.trim())
            && !name.trim().is_empty()
        {
            return name.trim();
        }
    }
    s
}

/// Authors named in a metadata value: "By JANE DOE, AP Political Writer\n 1 day
/// ago" → ["JANE DOE"]. Labels, job titles, URLs and handles are not names.
pub(super) fn author_list(s: &str) -> Vec<String> {
    let first = s
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let s = rules::squash(first);
    let s = AUTHOR_LABEL.replace(&s, "");
    let s = without_job(&s);
    if s.contains("://") || s.starts_with('@') || s.starts_with("www.") || s.contains('{') {
        return Vec::new();
    }
    meta::split_authors(s)
        .into_iter()
        .map(|a| match CJK_JOB_AFTER.captures(&a) {
            Some(c) => c[1].trim().to_string(),
            None => a,
        })
        .filter(|a| !JOB_TITLE.is_match(a) && !a.contains(['(', ')']) && !a.contains("://"))
        .filter(|a| !DEFAULT_ACCOUNTS.contains(&a.to_lowercase().as_str()))
        .filter(|a| !meta::desk_name(a))
        .collect()
}

/// Names of the people in a JSON-LD `author` value (organizations are not authors).
fn ld_people(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |name: &str| {
        for a in author_list(name) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    };
    match v {
        serde_json::Value::String(s) => push(s),
        serde_json::Value::Array(items) => {
            for item in items {
                for n in ld_people(item) {
                    push(&n);
                }
            }
        }
        serde_json::Value::Object(o) => {
            let org = o
                .get("@type")
                .and_then(|t| t.as_str())
                .is_some_and(|t| t.contains("Organization"));
            if !org && let Some(n) = o.get("name").and_then(|n| n.as_str()) {
                push(n);
            }
        }
        _ => {}
    }
    out
}

fn ld_types(o: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    match o.get("@type") {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article") || t.ends_with("Posting") || t == "Report" || t == "Blog"
}

/// Collects the article objects of a JSON-LD value: at the top level, in
/// `@graph`, or as a web page's `mainEntity`.
fn collect_articles(
    v: &serde_json::Value,
    out: &mut Vec<serde_json::Map<String, serde_json::Value>>,
    depth: usize,
) {
    if depth > 4 {
        return;
    }
    match v {
        serde_json::Value::Array(a) => {
            for x in a {
                collect_articles(x, out, depth + 1);
            }
        }
        serde_json::Value::Object(o) => {
            if ld_types(o).iter().any(|t| is_article_type(t)) {
                out.push(o.clone());
            }
            for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                if let Some(x) = o.get(key) {
                    collect_articles(x, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// The JSON-LD object of the page's own article: among the articles at the
/// top level, in `@graph` or as a web page's `mainEntity` (not those in lists
/// of related articles), the one whose URL is the page's, else the first.
fn main_article(
    scripts: &[String],
    page_url: Option<&str>,
) -> Option<serde_json::Map<String, serde_json::Value>> {
    let mut found = Vec::new();
    for s in scripts {
        let s = s
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim()
            .trim_start_matches("//<![CDATA[")
            .trim_end_matches("//]]>")
            .trim();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(s) {
            collect_articles(&v, &mut found, 0);
        }
    }
    if found.len() > 1
        && let Some(page) = page_url.map(url_key)
    {
        let matches = |o: &serde_json::Map<String, serde_json::Value>| {
            ["url", "@id", "mainEntityOfPage"].iter().any(|k| {
                let v = match o.get(*k) {
                    Some(serde_json::Value::String(s)) => Some(s.as_str()),
                    Some(serde_json::Value::Object(m)) => m.get("@id").and_then(|x| x.as_str()),
                    _ => None,
                };
                v.is_some_and(|u| url_key(u) == page)
            })
        };
        if let Some(i) = found.iter().position(matches) {
            return Some(found.swap_remove(i));
        }
    }
    found.into_iter().next()
}

/// A URL without scheme, `www.`, query, fragment and trailing slash.
fn url_key(u: &str) -> String {
    let u = u.split(['?', '#']).next().unwrap_or(u);
    let u = u.split("://").nth(1).unwrap_or(u);
    u.trim_start_matches("www.")
        .trim_end_matches('/')
        .to_lowercase()
}
