//! Ingestion: one source file becomes a [`Document`] — clean paragraphs with
//! their line ranges, metadata with provenance, quotes, and every removed
//! piece of noise with its reason, so that nothing is silently lost.
//!
//! Formats: plain text and Markdown ([`text`]), saved HTML pages ([`html`]),
//! office documents and EPUB e-books ([`office`]), web captures (WARC,
//! WACZ and HAR files, Safari web archives: [`capture`]), reference
//! exports ([`ris`], [`bib`], [`endnote`], [`csl`]).
//! Users correct metadata with TOML front matter between `+++` lines or a
//! sidecar `<file>.toml` ([`frontmatter`]); those win over inference.

/// "Read also" headings of boxes of other stories in languages the
/// rules' own lists do not name (Polish, Ukrainian, Czech, Romanian,
/// Serbo-Croatian, Slovenian, Hungarian, Dutch, the Nordic and Baltic
/// languages, Greek, Spanish "Más información", Portuguese, Kazakh,
/// Georgian, and the languages named in the list), as a regex
/// alternation for `concat!`: one list read by the
/// furniture, page-copy and line rules.
macro_rules! read_also_words {
    () => {
        concat!(
            "czytaj (?:także|też|również|więcej)|читайте (?:також|теж)|čtěte (?:také|též|více)|čítajte (?:aj|tiež)",
            "|citește (?:și|şi|mai mult)|pročitajte (?:i|još|također|takođe)|preberite (?:še|tudi)|olvassa el(?: ezt)? is",
            "|lees ook|läs (?:också|mer)|læs (?:også|mere)|les også|lue myös|loe ka|lasiet arī|taip pat skaitykite",
            "|διαβάστε (?:επίσης|ακόμη)|más información|lee también|leé también|leia também|сондай-ақ оқыңыз|ასევე წაიკითხეთ",
            "|baca juga|lihat juga|leia mais|lue lisää|citeste (?:si|mai mult)",
            "|(?:ये|यह|इसे) भी पढ़ें|আরও পড়ুন|আরো পড়ুন|یہ بھی پڑھیں|اقرأ أيضا|اقرأ أيضاً|بیشتر بخوانید|soma (?:pia|zaidi)",
            "|இதையும் படிக்க|קראו גם|관련 ?기사|あわせて読みたい|延伸閱讀|延伸阅读|อ่านเพิ่มเติม|xem thêm|đọc thêm|darllenwch hefyd|lesið einnig",
            // Albanian, Macedonian, Bulgarian, Serbian, Belarusian,
            // Ukrainian, Kazakh, Kyrgyz, Mongolian, Uzbek, Tagalog, Malay,
            // Sinhala, Tamil, Amharic, Basque, Galician, Catalan, Irish,
            // Maltese, Hausa, Somali, Nepali, Marathi, Gujarati, Punjabi,
            // Telugu, Kannada, Malayalam, Khmer, Lao and Pashto.
            "|lexo (?:edhe|më shumë|gjithashtu)|прочитај(?:те)? (?:повеќе|уште|и|још)|прочетете (?:още|също)|вижте (?:още|също)",
            "|(?:чытайце|глядзіце) таксама|дивіться також|оқи отырыңыз|ошондой эле окуңуз|мөн уншаарай|холбоотой мэдээ|shuningdek o[‘'ʻ’]qing",
            "|basahin (?:din|rin|ang)|baca (?:lagi|juga)|මේ වගේම කියවන්න|තවත් කියවන්න|மேலும் படிக்க|ተዛማጅ ዜና|ተጨማሪ ያንብቡ",
            "|irakurri (?:ere|gehiago)|le tamén|llegiu també|llegeix també|léigh freisin|aqra wkoll|karanta (?:kuma|wannan)|akhri sidoo kale",
            "|यो पनि पढ्नुहोस्|हेही वाचा|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|ఇది కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|ഇതും വായിക്കുക|អានបន្ថែម|ອ່ານເພີ່ມ|دا هم ولولئ",
            // "Related news" in South Asian languages, and Sorani's and
            // Telugu's "read these too".
            // Chinese, Japanese, Korean and Malayalam "related" and "read
            // this too", and Arabic's "also" with its tanween before the alif.
            "|相關新聞|相关新闻|相關報導|相关报道|相關文章|相關閱讀|相关阅读|推薦閱讀|推荐阅读|関連ニュース|関連記事|こちらもおすすめ",
            "|관련 ?뉴스|함께 (?:보면|읽으면) 좋은 기사|이 기사도 (?:읽어보세요|함께 보세요)|ഇതുകൂടി വായിക്കാം|ഇതുകൂടി വായിക്കുക|اقرأ أيضًا",
            "|सम्बन्धित समाचार|संबंधित (?:खबरें|खबर|समाचार)|সম্পর্কিত (?:খবর|সংবাদ)|متعلقہ خبریں|தொடர்புடைய செய்திகள்|సంబంధిత వార్తలు|ಸಂಬಂಧಿತ ಸುದ್ದಿ|ബന്ധപ്പെട്ട വാർത്തകൾ|ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ|સંબંધિત સમાચાર|ආශ්‍රිත පුවත්|هەروەها بخوێنەوە|ఇవీ చదవండి"
        )
    };
}

mod alphabets;
mod alto;
mod arabic_dates;
pub(crate) mod attribution;
mod bib;
mod capture;
mod chat;
mod citations;
mod clipping;
mod columns;
#[cfg(test)]
mod copied_tests;
mod credits;
mod csl;
mod database;
mod dateline;
mod email;
mod endnote;
pub mod fetched;
pub mod frontmatter;
pub(crate) mod furniture;
mod gemtext;
mod gutter;
mod highlights;
mod hocr;
pub mod html;
pub(crate) mod hyphens;
mod ics;
mod json;
mod justext;
mod laid_out;
mod latex;
pub(crate) mod layout;
pub(crate) mod meta;
mod mime;
mod mojibake;
mod needles;
mod numbered;
mod office;
mod opml;
mod org;
mod outlet_notes;
pub(crate) mod page_copy;
mod pandoc_divs;
#[cfg(test)]
mod pasted_tests;
mod patch;
#[cfg(test)]
mod printed_tests;
pub(crate) mod quotes;
pub(crate) mod records;
mod references;
mod ris;
mod rtf;
pub(crate) mod rules;
#[cfg(test)]
mod saved_text_tests;
mod sheet;
mod sms;
mod split;
mod subtitles;
mod tei;
#[cfg(test)]
mod testkit;
pub(crate) mod text;
mod tiddlywiki;
mod transcript;
pub(crate) mod truncation;
pub(crate) mod warning;
mod wiki;
mod wire;
mod xlsx;
mod xml;
mod yaml;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::Outlet;
use crate::error::{Error, Result, Warning};
pub(crate) use warning::{Note, NoteKind, Notes};

/// The largest source file juxta reads (bytes); larger files are refused.
pub(crate) const MAX_SOURCE_BYTES: u64 = 16 * 1024 * 1024;

/// Where a metadata value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Provenance {
    /// Stated in the article text.
    Text,
    /// Taken from the article's own URL (e.g. a date in its path).
    Url,
    /// From `+++` front matter in the file.
    FrontMatter,
    /// From a sidecar `<file>.toml`.
    Sidecar,
    /// From the HTML page's metadata (JSON-LD, meta tags).
    HtmlMetadata,
    /// From the outlet folder the file is in.
    OutletFolder,
    /// Detected from the article's text (the language).
    Detected,
    /// From how `juxta fetch` got the page (the address that answered).
    Fetched,
    /// From the feed or sitemap that listed the article (its date), used
    /// only when the page states none.
    Feed,
    /// From the header of the e-mail that carried the article (its
    /// subject or the date it was sent), used only when the text states
    /// none.
    Email,
    /// From the fields of an article saved as JSON (a site's API, an
    /// extractor's output): its title, and what its text does not state.
    Json,
    /// From the web capture (a WARC or HAR file) the page was read from:
    /// the address it was captured at and the day it was captured, used
    /// only when the page states none.
    Capture,
    /// From the file's name, as a downloader names a video's captions
    /// (its title), used only when the text states none.
    FileName,
}

/// The format a source was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// An HTML page.
    Html,
}

/// A paragraph of the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Clean text: hard wraps joined, Markdown stripped.
    pub text: String,
    /// An in-body subheading, not a passage.
    pub heading: bool,
    /// First and last line of the source it came from (1-based).
    pub lines: [usize; 2],
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Quote {
    /// Who is quoted, with the fullest name the article gives; `null` when unknown.
    pub(crate) speaker: Option<String>,
    /// The quoted words.
    pub(crate) text: String,
    /// Index of the paragraph it is in.
    pub(crate) paragraph: usize,
}

/// A document's direct quotations, looked for on first use. Finding them
/// reads every sentence for its speaker and costs about as much as the
/// rest of ingestion together, and a briefing reads quotations only of the
/// articles it compares (a few hundred per outlet), so ingestion leaves
/// them unread; [`Document::quotes`] finds them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Quotes(std::sync::OnceLock<Vec<Quote>>);

impl Quotes {
    fn unread(&self) -> bool {
        self.0.get().is_none()
    }
}

impl From<Vec<Quote>> for Quotes {
    fn from(v: Vec<Quote>) -> Self {
        Quotes(std::sync::OnceLock::from(v))
    }
}

impl Serialize for Quotes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.get().map_or(&[][..], Vec::as_slice).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Quotes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Vec::<Quote>::deserialize(d).map(Quotes::from)
    }
}

/// Something removed from the text, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The removed text.
    pub text: String,
    /// Why it is not part of the article: the text of a [`rules::Reason`].
    pub reason: rules::Reason,
    /// First and last line (1-based).
    pub lines: [usize; 2],
}

/// Lines that became metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetaLine {
    /// The field they fed (`title`, `author`, `date`, `url`, `subtitle`, `front matter`).
    pub field: String,
    /// The text of the lines.
    pub text: String,
    /// First and last line (1-based).
    pub lines: [usize; 2],
}

/// An ingested source file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    /// Path as the user names it (relative to the project when inside it).
    pub(crate) path: String,
    /// The outlet id, from the folder the file is in.
    pub(crate) outlet: Option<String>,
    /// sha256 of the file's bytes, hex.
    pub(crate) sha256: String,
    /// How the file was read.
    pub(crate) format: Format,
    /// Headline.
    pub title: Option<String>,
    /// Standfirst.
    pub subtitle: Option<String>,
    /// Authors joined with ", " (`null` when not stated).
    pub author: Option<String>,
    /// Authors, one per entry.
    pub(crate) authors: Vec<String>,
    /// Publication date, when stated.
    pub date: Option<NaiveDate>,
    /// The article's own URL, when stated.
    pub url: Option<String>,
    /// When `juxta fetch` retrieved the page (from its sidecar's
    /// `[fetched]` table); `null` for files saved by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) retrieved: Option<NaiveDate>,
    /// The dateline that opened the report ("WASHINGTON (AP)", "MOSCOW,
    /// September 25. /TASS/."), read out of its first paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// Where the article says it was first published (republications).
    pub(crate) republished_from: Option<String>,
    /// The article's language, an ISO 639-1 code ("en", "de", "hy");
    /// `null` when it is not stated and cannot be told (see
    /// [`crate::text::language`]).
    #[serde(default)]
    pub(crate) language: Option<String>,
    /// Where each metadata field came from.
    pub provenance: BTreeMap<String, Provenance>,
    /// The article's paragraphs and subheadings, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Direct quotations, found on first use ([`Document::quotes`]); in
    /// JSON only once found.
    #[serde(default, skip_serializing_if = "Quotes::unread")]
    pub(crate) quotes: Quotes,
    /// Removed noise.
    pub removed: Vec<Removed>,
    /// Lines that became metadata.
    pub metadata: Vec<MetaLine>,
    /// The text stops mid-sentence or mid-word, or a paywall's note follows
    /// it: what the file holds is not the whole article.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
    /// Problems that did not stop ingestion (e.g. invalid UTF-8 replaced);
    /// in JSON, their messages.
    #[serde(default, skip_serializing_if = "Notes::is_empty")]
    pub(crate) warnings: Notes,
    /// Size of the file in bytes.
    pub(crate) bytes: usize,
    /// Where the file is on disk (not serialized).
    #[serde(skip)]
    pub(crate) fs_path: PathBuf,
}

impl Document {
    /// Gives every paragraph, removal and metadata record the lines `map`
    /// makes of its lines (the source's, where the text read was made from
    /// it: an HTML page's, or a page read column by column).
    pub(crate) fn map_lines(&mut self, map: impl Fn([usize; 2]) -> [usize; 2]) {
        for p in &mut self.paragraphs {
            p.lines = map(p.lines);
        }
        for r in &mut self.removed {
            r.lines = map(r.lines);
        }
        for m in &mut self.metadata {
            m.lines = map(m.lines);
        }
    }

    /// Paragraphs that can be shown as passages (not headings), with their indices.
    pub fn passages(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.heading)
    }

    /// The article's direct quotations, found in its paragraphs on first
    /// use.
    pub(crate) fn quotes(&self) -> &[Quote] {
        self.quotes
            .0
            .get_or_init(|| quotes::extract(&self.paragraphs))
    }

    /// Whether the quotations have been looked for.
    pub(crate) fn quotes_found(&self) -> bool {
        !self.quotes.unread()
    }

    /// The article's direct quotations, in order: (speaker, quoted words,
    /// paragraph index). The speaker is `None` when the article names none.
    pub fn quotations(&self) -> impl Iterator<Item = (Option<&str>, &str, usize)> {
        self.quotes()
            .iter()
            .map(|q| (q.speaker.as_deref(), q.text.as_str(), q.paragraph))
    }

    /// "YYYY-MM-DD" or `None`.
    pub fn date_string(&self) -> Option<String> {
        self.date.map(|d| d.format("%Y-%m-%d").to_string())
    }
}

/// What ingestion needs to know beyond the file.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    /// The outlet the file belongs to.
    pub outlet: Option<&'a Outlet>,
    /// How to name the file in messages and JSON.
    pub display_path: String,
}

/// The kinds of file that are sources, each with its extensions: one table
/// for which files are read and for the hint that names them.
const SOURCE_KINDS: [(&str, &[&str]); 23] = [
    ("text", &[".txt", ".text"]),
    ("Markdown", &[".md", ".markdown"]),
    ("Org", &[".org"]),
    (
        "wiki and light markup",
        &[
            ".wiki",
            ".mediawiki",
            ".rst",
            ".textile",
            ".tid",
            ".gmi",
            ".gemini",
        ],
    ),
    ("HTML", &[".html", ".htm", ".html.gz", ".htm.gz"]),
    ("saved pages", &[".mhtml", ".mht", ".webarchive"]),
    ("web captures", &[".warc", ".warc.gz", ".wacz", ".har"]),
    ("e-mail", &[".eml", ".emlx", ".mbox", ".mbx"]),
    ("JSON", &[".json", ".jsonl", ".ndjson"]),
    ("Jupyter notebooks", &[".ipynb"]),
    ("reference exports", &[".ris", ".bib"]),
    ("feeds and XML exports", &[".xml", ".rss", ".atom", ".tei"]),
    ("wire copy", &[".anpa"]),
    ("subtitles", &[".srt", ".vtt"]),
    ("spreadsheets", &[".csv", ".tsv", ".xlsx"]),
    ("calendars", &[".ics"]),
    ("documents", &[".docx", ".odt", ".fodt", ".rtf"]),
    ("LaTeX", &[".tex"]),
    ("e-books", &[".epub", ".fb2"]),
    ("Evernote exports", &[".enex"]),
    ("outlines", &[".opml"]),
    ("OCR output", &[".hocr"]),
    ("patches", &[".patch", ".diff"]),
];

/// The hint for a file that is no source: the kinds of file that are,
/// with their extensions.
fn source_kinds_hint() -> String {
    let kinds: Vec<String> = (SOURCE_KINDS.iter())
        .map(|(kind, ext)| format!("{kind} ({})", ext.join(", ")))
        .collect();
    let (last, rest) = kinds.split_last().expect("kinds");
    format!(
        "sources are {} or {last} files; remove it or convert it",
        rest.join(", ")
    )
}

/// Which files are sources: by extension.
pub(crate) fn is_source_file(path: &Path) -> bool {
    let mut extensions = SOURCE_KINDS.iter().flat_map(|(_, e)| e.iter());
    use std::os::unix::ffi::OsStrExt;
    let Some(name) = path.file_name() else {
        return false;
    };
    let bytes = name.as_bytes();
    if bytes.is_ascii() {
        // Without the allocation of a lower-cased copy (a million names
        // per build at archive scale).
        let ends = |e: &str| {
            bytes.len() >= e.len()
                && bytes[bytes.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
        };
        return !bytes.starts_with(b".") && extensions.any(|e| ends(e));
    }
    let name = name.to_string_lossy().to_lowercase();
    !name.starts_with('.') && extensions.any(|e| name.ends_with(e))
}

fn format_of(path: &Path, text: &str) -> Format {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if name.ends_with(".html")
        || name.ends_with(".htm")
        || name.ends_with(".hocr")
        || name.ends_with(".html.gz")
        || name.ends_with(".htm.gz")
        || name.ends_with(".mhtml")
        || name.ends_with(".mht")
    {
        Format::Html
    } else if name.ends_with(".md")
        || name.ends_with(".markdown")
        || rules::looks_like_markdown(text)
    {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// Reads and ingests one file.
pub(crate) fn read_file(path: &Path, ctx: &Context<'_>) -> Result<Document> {
    read_file_cached(path, ctx, None)
}

/// An identity of this juxta build: its version and its executable's size and
/// modification time, so caches made by another build are never reused.
pub(crate) fn build_identity() -> String {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let exe = std::env::current_exe()
            .ok()
            .and_then(|p| std::fs::metadata(p).ok())
            .map(|m| {
                let t = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("{}-{t}", m.len())
            })
            .unwrap_or_default();
        format!("{}-{exe}", env!("CARGO_PKG_VERSION"))
    })
    .clone()
}

/// Where ingested documents are cached, and whether new ones are written.
#[derive(Debug, Clone, Copy)]
pub struct DocCache<'a> {
    /// The cache folder (`.juxta/docs`).
    pub(crate) dir: &'a Path,
    /// Write documents that were not cached (false: only read).
    pub(crate) write: bool,
}

/// Reads and ingests one file; with `cache`, a document ingested before from
/// the same bytes, sidecar, outlet and juxta build is read back instead.
pub(crate) fn read_file_cached(
    path: &Path,
    ctx: &Context<'_>,
    cache: Option<DocCache<'_>>,
) -> Result<Document> {
    read_file_cached_at(path, ctx, cache).map(|(d, _)| d)
}

/// Like [`read_file_cached`], and says where in the cache the document is
/// (none without a cache, or when it could not be written there).
pub(crate) fn read_file_cached_at(
    path: &Path,
    ctx: &Context<'_>,
    cache: Option<DocCache<'_>>,
) -> Result<(Document, Option<CacheKey>)> {
    let bytes = read_source(path, ctx)?;
    let sidecar_bytes = read_sidecar_bytes(path)?;
    let key = cache.map(|_| cache_key(ctx, &bytes, sidecar_bytes.as_deref()));
    let cached_at = cache.zip(key).map(|(c, k)| k.file(c.dir));
    if let Some(p) = &cached_at
        && let Some(doc) = read_cached(p, path)
    {
        return Ok((doc, key));
    }
    let sidecar = sidecar_bytes
        .map(|b| frontmatter::read_sidecar(path, b, &ctx.display_path))
        .transpose()?;
    let mut doc = ingest_bytes(&bytes, path, ctx, sidecar)?;
    doc.fs_path = path.to_path_buf();
    if let Some(p) = &cached_at
        && cache.is_some_and(|c| c.write)
        && let Ok(json) = serde_json::to_vec(&CachedWrite {
            document: &doc,
            notes: doc.warnings.as_slice(),
        })
    {
        // A cache that cannot be written is only slower, never wrong.
        let _ = p.parent().map(std::fs::create_dir_all);
        if crate::fs::write_cache(p, &json).is_ok() {
            return Ok((doc, key));
        }
    }
    Ok((doc, None))
}

/// The document cached in file `cached` (of the source at `source`), when
/// the file is there and reads as a cached document.
pub(crate) fn read_cached(cached: &Path, source: &Path) -> Option<Document> {
    let b = crate::fs::read_own(cached, crate::fs::MAX_RECORD_BYTES).ok()?;
    let cached = serde_json::from_slice::<CachedRead>(&b).ok()?;
    let mut doc = cached.document;
    doc.warnings = cached.notes.into();
    doc.fs_path = source.to_path_buf();
    Some(doc)
}

/// Writes `doc` to the cache file `cached` again (after its quotations were
/// found); a cache that cannot be written is only slower, never wrong.
pub(crate) fn rewrite_cached(cached: &Path, doc: &Document) {
    if let Ok(json) = serde_json::to_vec(&CachedWrite {
        document: doc,
        notes: doc.warnings.as_slice(),
    }) {
        let _ = crate::fs::write_cache(cached, &json);
    }
}

/// The bytes of a source file, refused when it is larger than juxta reads.
fn read_source(path: &Path, ctx: &Context<'_>) -> Result<Vec<u8>> {
    match crate::fs::read_regular(path, MAX_SOURCE_BYTES) {
        Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
            // Its size is asked for again only to say it.
            let len = std::fs::metadata(path).map_or(MAX_SOURCE_BYTES + 1, |m| m.len());
            Err(Error::build(format!(
                "{}: the file is {:.1} MiB; juxta reads sources up to {} MiB",
                ctx.display_path,
                len as f64 / (1024.0 * 1024.0),
                MAX_SOURCE_BYTES / (1024 * 1024)
            ))
            .hint("split the file into articles, or remove what is not an article"))
        }
        read => read.map_err(|e| Error::io("cannot read", path, &e)),
    }
}

/// The bytes of `path`'s sidecar, when it has one.
fn read_sidecar_bytes(path: &Path) -> Result<Option<Vec<u8>>> {
    let sc = frontmatter::sidecar_path(path);
    match crate::fs::read_regular(&sc, MAX_SOURCE_BYTES) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io("cannot read the sidecar", &sc, &e)),
    }
}

/// The name of a document in the cache folder: the sha256 of what it was
/// read from ([`cache_key`]). Kept as its 32 bytes, not as the file's path
/// (72 characters): the corpus holds one per source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CacheKey([u8; 32]);

impl CacheKey {
    /// Its file in the cache folder `dir`: `<first two hex digits>/<hex>.json`.
    pub(crate) fn file(&self, dir: &Path) -> PathBuf {
        let key = hex(&self.0);
        dir.join(&key[..2]).join(format!("{key}.json"))
    }
}

/// The cache name of the document of these bytes (and sidecar), read in
/// `ctx` by this juxta build.
fn cache_key(ctx: &Context<'_>, bytes: &[u8], sidecar: Option<&[u8]>) -> CacheKey {
    let mut h = Sha256::new();
    h.update(build_identity().as_bytes());
    h.update([0]);
    h.update(ctx.display_path.as_bytes());
    h.update([0]);
    if let Some(o) = ctx.outlet {
        h.update(o.id.as_bytes());
        h.update(o.name.as_bytes());
        h.update(o.domains.join(",").as_bytes());
    }
    h.update([0]);
    h.update(bytes);
    if let Some(sc) = sidecar {
        h.update(b"\0sidecar\0");
        h.update(sc);
    }
    CacheKey(h.finalize().into())
}

/// A cached document as written: the document's JSON, and its notes in
/// full (kind and line, which the document's JSON leaves out).
#[derive(Serialize)]
struct CachedWrite<'a> {
    document: &'a Document,
    notes: &'a [Note],
}

/// A cached document as read back.
#[derive(Deserialize)]
struct CachedRead {
    document: Document,
    notes: Vec<Note>,
}

/// Ingests file contents (`path` decides the format and names the file).
pub fn ingest_bytes(
    bytes: &[u8],
    path: &Path,
    ctx: &Context<'_>,
    sidecar: Option<frontmatter::FrontMatter>,
) -> Result<Document> {
    let raw = unpack(bytes, path, ctx)?;
    let charset = sidecar
        .as_ref()
        .and_then(|sc| sc.fetched.as_ref())
        .and_then(|f| f.charset());
    let (mut doc, decoded) = match office::zipped_article(&raw, &ctx.display_path)? {
        Some(article) => (office_document(article, ctx)?, Decoded::default()),
        None => match capture::document(&raw, path, ctx)? {
            Some(doc) => (doc, Decoded::default()),
            None => read_raw(raw, path, ctx, charset)?,
        },
    };
    split::split_long(&mut doc.paragraphs);
    let fetched = sidecar.as_ref().and_then(|sc| sc.fetched.as_ref());
    if let Some(f) = fetched {
        f.apply(&mut doc);
    }
    let fetched = fetched.is_some();
    if let Some(sc) = sidecar {
        sc.apply(&mut doc, Provenance::Sidecar);
    }
    if doc.date.is_some() {
        // A date stated in front matter or a sidecar settles one the text
        // left open.
        doc.warnings.drop_kind(warning::NoteKind::Date);
    }
    doc.path = ctx.display_path.clone();
    doc.outlet = ctx.outlet.map(|o| o.id.clone());
    if doc.outlet.is_some() {
        doc.provenance
            .insert("outlet".into(), Provenance::OutletFolder);
    }
    doc.sha256 = hex(&Sha256::digest(bytes));
    doc.bytes = bytes.len();
    doc.warnings.put_first(decoded.notes);
    dateline::han_wire_reporters(&mut doc);
    doc.author = (!doc.authors.is_empty()).then(|| doc.authors.join(", "));
    // A reader may know the source withholds the rest (a page's metadata).
    doc.truncated = doc.truncated
        || if fetched {
            fetched::cut_off(&doc).is_some()
        } else {
            truncation::cut_off(&doc).is_some()
        };
    if !doc.provenance.contains_key("language") {
        detect_language(&mut doc);
    }
    if doc.paragraphs.is_empty() {
        let message = if decoded.blank {
            format!("{}: the file is empty", ctx.display_path)
        } else {
            format!(
                "{}: no article text found ({} lines removed as noise, {} read as metadata)",
                ctx.display_path,
                doc.removed.len(),
                doc.metadata.len()
            )
        };
        doc.warnings.push(Note::new(NoteKind::NoText, message));
    }
    Ok(doc)
}

/// Reads a source's bytes as text: a Rich Text file as the text it shows,
/// a saved page or message as what it holds (the other messages of its
/// mailbox removed), anything else by its format once decoded.
fn read_raw(
    raw: Vec<u8>,
    path: &Path,
    ctx: &Context<'_>,
    charset: Option<&'static encoding_rs::Encoding>,
) -> Result<(Document, Decoded)> {
    let raw = if rtf::is_rtf(path, &raw) {
        rtf::to_text(&raw).into_bytes()
    } else {
        raw
    };
    // A mailed patch (`git format-patch`) opens as a mail does; it is
    // read as the text it adds.
    let (raw, as_page, other_mail, envelope) =
        if patch::may_be_patch(&raw) && patch::is_patch(&String::from_utf8_lossy(&raw)) {
            (raw, false, Vec::new(), None)
        } else {
            saved_message(raw, path)
        };
    let decoded = decode_source(&raw, path, ctx, charset)?;
    let mut doc = if as_page {
        html::ingest(&decoded.text, ctx)?
    } else {
        read_decoded(&decoded.text, path, ctx)?
    };
    doc.removed.extend(other_mail);
    if let Some(envelope) = envelope {
        envelope_of_the_item(&mut doc, envelope);
    }
    Ok((doc, decoded))
}

/// A page a browser saved as one file (MHTML), or a feed reader's item,
/// read as the page (and `true`; the item with what its header says); a
/// message saved from a mail program, decoded as the program shows it,
/// with the other messages of its mailbox, removed; any other file as it
/// is.
fn saved_message(
    raw: Vec<u8>,
    path: &Path,
) -> (Vec<u8>, bool, Vec<Removed>, Option<mime::Envelope>) {
    let saved = mime::is_message(path, &raw)
        .then(|| mime::read(&raw))
        .flatten();
    match saved {
        Some(mime::Saved::Page(t)) => (t.into_bytes(), true, Vec::new(), None),
        Some(mime::Saved::Item(t, envelope)) => (t.into_bytes(), true, Vec::new(), Some(envelope)),
        Some(mime::Saved::Text(t, others)) => (t.into_bytes(), false, others, None),
        None => (raw, false, Vec::new(), None),
    }
}

/// What a feed item's header says of its article, where its page left it
/// unstated: the writer, the date, the address.
fn envelope_of_the_item(doc: &mut Document, envelope: mime::Envelope) {
    if doc.authors.is_empty()
        && let Some(w) = envelope.writer
    {
        doc.authors = vec![w];
        doc.provenance.insert("author".into(), Provenance::Feed);
    }
    if doc.date.is_none()
        && let Some(d) = envelope.date
    {
        doc.date = Some(d);
        doc.provenance.insert("date".into(), Provenance::Feed);
    }
    if doc.url.is_none()
        && let Some(u) = envelope.url
    {
        doc.url = Some(u);
        doc.provenance.insert("url".into(), Provenance::Feed);
    }
}

/// Reads a decoded source by its format: an article saved as JSON, an
/// HTML page, an Org file, jusText's labelled lines, Markdown or text.
fn read_decoded(text: &str, path: &Path, ctx: &Context<'_>) -> Result<Document> {
    if let Some(read) = patch::read(text) {
        return patch_document(read, ctx);
    }
    if let Some(wired) = wire::unframe(text) {
        return wired_document(wired, ctx);
    }
    let named = path.to_string_lossy();
    if let Some(spoken) = subtitles::read(&named, text, &ctx.display_path)? {
        return Ok(spoken_document(spoken));
    }
    let format = format_of(path, text);
    let saved_json = if json::lines_named(&named) {
        json::lines_article(text, &ctx.display_path)?
    } else if json::may_be_json(&named, text) {
        let named_json = named.to_ascii_lowercase().ends_with(".json");
        json::article(text, named_json, &ctx.display_path)?
    } else {
        None
    };
    if saved_json.is_none()
        && let Some(article) = laid_out_xml(text, &ctx.display_path)?
    {
        return office_document(article, ctx);
    }
    let saved_bib = if saved_json.is_none() {
        reference_export(&named, text, &ctx.display_path)?
    } else {
        None
    };
    let saved_xml = if saved_json.is_none() && saved_bib.is_none() {
        xml::article(&named, text)
            .or_else(|| opml::article(text))
            .or_else(|| records::article(&named, text))
            .or_else(|| ris::article(&named, text))
            .or_else(|| sheet::article(&named, text))
            .or_else(|| ics::article(&named, text))
            .or_else(|| sms::article(text))
            .or_else(|| hocr::article(&named, text))
    } else {
        None
    };
    Ok(match (saved_json.or(saved_bib).or(saved_xml), format) {
        (Some(article), _) => json_document(article, ctx)?,
        (None, Format::Html) => html::ingest(text, ctx)?,
        (None, _) if org::is_org(&named, text) => org_document(org::to_markdown(text), ctx)?,
        (None, _) if latex::is_latex(&named, text) => {
            let read = latex::to_markdown(text);
            let mut doc = text::ingest(&read.markdown, Format::Markdown, ctx)?;
            doc.removed.extend(read.removed);
            doc.removed.sort_by_key(|r| r.lines);
            doc
        }
        (None, _) if tiddlywiki::is_tiddler(&named) => {
            org_document(tiddlywiki::to_markdown(text), ctx)?
        }
        (None, _) if gemtext::is_gemtext(&named) => {
            let mut doc = text::ingest(&gemtext::to_markdown(text), Format::Markdown, ctx)?;
            doc.map_lines(|[a, b]| [gemtext::line_of(a), gemtext::line_of(b)]);
            doc
        }
        (None, _) if let Some(markup) = wiki::markup_of(&named, text) => {
            let read = wiki::to_markdown(text, markup);
            let mut doc = text::ingest(&read.markdown, Format::Markdown, ctx)?;
            doc.removed.extend(read.removed);
            doc.removed.sort_by_key(|r| r.lines);
            doc
        }
        (None, _) if justext::is_labelled(text) => {
            let (plain, removed) = justext::to_text(text);
            let mut doc = text::ingest(&plain, Format::Text, ctx)?;
            doc.removed.extend(removed);
            doc.removed.sort_by_key(|r| r.lines);
            doc
        }
        (None, _) if let Some(spoken) = transcript::read(text) => spoken_document(spoken),
        (None, Format::Text | Format::Markdown) => text::ingest(text, format, ctx)?,
    })
}

/// The article of an XML document whose layout is the reader's to read:
/// a flat OpenDocument or Word file, a scanned page's ALTO, a TEI text.
fn laid_out_xml(text: &str, display: &str) -> Result<Option<json::Article>> {
    if let Some(a) = office::flat_article(text, display)? {
        return Ok(Some(a));
    }
    if let Some(a) = office::flat_word_article(text, display)? {
        return Ok(Some(a));
    }
    if let Some(a) = alto::article(text, display)? {
        return Ok(Some(a));
    }
    tei::article(text, display)
}

/// The article of a reference manager's export that is no JSON: BibTeX
/// or EndNote XML.
fn reference_export(named: &str, text: &str, display: &str) -> Result<Option<json::Article>> {
    match bib::article(named, text, display)? {
        Some(a) => Ok(Some(a)),
        None => endnote::article(text, display),
    }
}

/// The document of a wire story's text once its control-character frame
/// is taken off: the text read as plain text, the frame's header fields
/// recorded as removed at their lines.
fn wired_document(wired: wire::Unframed, ctx: &Context) -> Result<Document> {
    let mut doc = text::ingest(&wired.text, Format::Text, ctx)?;
    doc.removed
        .extend(wired.fields.into_iter().map(|(no, t)| Removed {
            text: t,
            reason: rules::Reason::DatabaseField,
            lines: [no, no],
        }));
    doc.removed.sort_by_key(|r| r.lines);
    Ok(doc)
}

/// The document of a spoken text read as paragraphs (captions, a
/// transcript): its header as it states it, or its title as its file's
/// name gives it.
fn spoken_document(s: subtitles::Spoken) -> Document {
    let mut doc = text::empty_document(Format::Text);
    if let Some(t) = s.title {
        doc.title = Some(t);
        let from = if s.title_named {
            Provenance::FileName
        } else {
            Provenance::Text
        };
        doc.provenance.insert("title".into(), from);
    }
    if let Some(d) = s.date {
        doc.date = Some(d);
        doc.provenance.insert("date".into(), Provenance::Text);
    }
    if !s.writers.is_empty() {
        doc.authors = s.writers;
        doc.provenance.insert("author".into(), Provenance::Text);
    }
    doc.paragraphs = s.paragraphs;
    doc.removed = s.removed;
    doc.removed.sort_by_key(|r| r.lines);
    doc.metadata = s.metadata;
    doc.metadata.sort_by_key(|m| m.lines);
    doc
}

/// The document of the text a patch adds, read as Markdown or text, each
/// line at its line of the patch; what is around it removed.
fn patch_document(read: patch::Read, ctx: &Context<'_>) -> Result<Document> {
    let format = if read.markdown {
        Format::Markdown
    } else {
        Format::Text
    };
    let mut doc = text::ingest(&read.text, format, ctx)?;
    let at = |l: usize| {
        let last = read.line_of.last().copied().unwrap_or(l);
        read.line_of
            .get(l.saturating_sub(1))
            .copied()
            .unwrap_or(last)
    };
    doc.map_lines(|[a, b]| [at(a), at(b)]);
    doc.removed.extend(read.removed);
    doc.removed.sort_by_key(|r| r.lines);
    Ok(doc)
}

/// The document of an article saved as JSON: its body read as HTML or as
/// text, every line the lines of the JSON file the article spans; the
/// JSON's title, and its writers, date and address where the body states
/// none; the other objects' texts removed.
fn json_document(a: json::Article, ctx: &Context<'_>) -> Result<Document> {
    let doc = match &a.body {
        json::Body::Html(h) => {
            // A container's HTML is the article's own: what closes it is
            // the wire's mark or the excerpt's.
            let mut doc = html::ingest(&json::page(h), ctx)?;
            credits::take_closing_agency(&mut doc);
            truncation::take_excerpt_mark(&mut doc);
            doc
        }
        json::Body::Text(t) => {
            let format = if rules::looks_like_markdown(t) {
                Format::Markdown
            } else {
                Format::Text
            };
            text::ingest_titled(t, format, ctx, a.title.as_deref())?
        }
        json::Body::None => text::ingest("", Format::Text, ctx)?,
    };
    Ok(with_article_fields(doc, a))
}

/// The document of an article read from an office document or an
/// e-book ([`office`]): its body, a whole page, read as it is (an
/// e-book's chapter keeps its `<title>` in its head).
fn office_document(a: json::Article, ctx: &Context<'_>) -> Result<Document> {
    let doc = match &a.body {
        json::Body::Html(page) => html::ingest(page, ctx)?,
        json::Body::Text(t) => text::ingest(t, Format::Text, ctx)?,
        json::Body::None => text::ingest("", Format::Text, ctx)?,
    };
    Ok(with_article_fields(doc, a))
}

/// `doc` read from the body of the article `a`: every line the lines `a`
/// spans, the other objects' texts removed; `a`'s title, and its writers,
/// date and address where the body states none.
fn with_article_fields(mut doc: Document, a: json::Article) -> Document {
    if a.line_map.is_empty() {
        doc.map_lines(|_| a.lines);
    } else {
        let at = |l: usize| a.line_map.get(l.saturating_sub(1)).copied();
        doc.map_lines(|[s, e]| match (at(s), at(e)) {
            (Some(s), Some(e)) => [s[0], e[1].max(s[0])],
            _ => a.lines,
        });
    }
    doc.removed.extend(a.others);
    let set = |doc: &mut Document, field: &str| {
        doc.provenance.insert(field.into(), Provenance::Json);
    };
    if a.title.is_some() {
        doc.title = a.title;
        set(&mut doc, "title");
    }
    if doc.subtitle.is_none() && a.subtitle.is_some() {
        doc.subtitle = a.subtitle;
        set(&mut doc, "subtitle");
    }
    if doc.authors.is_empty() && !a.authors.is_empty() {
        doc.authors = a.authors;
        set(&mut doc, "author");
    }
    if doc.date.is_none() && a.date.is_some() {
        doc.date = a.date;
        set(&mut doc, "date");
    }
    if doc.url.is_none() && a.url.is_some() {
        doc.url = a.url;
        set(&mut doc, "url");
    }
    doc
}

/// The document of an Org file read as Markdown: the clipped page's
/// title names its headline, and gives the title and the address where
/// the text has none.
fn org_document(read: org::Read, ctx: &Context<'_>) -> Result<Document> {
    let title = read.page.as_ref().map(|p| p.0.as_str());
    let mut doc = text::ingest_titled(&read.markdown, Format::Markdown, ctx, title)?;
    doc.removed.extend(read.removed);
    doc.removed.sort_by_key(|r| r.lines);
    if let Some((title, url, line, no)) = read.page {
        doc.metadata.insert(
            0,
            MetaLine {
                field: "title".into(),
                text: line,
                lines: [no, no],
            },
        );
        if doc.title.is_none() {
            doc.title = Some(title);
            doc.provenance.insert("title".into(), Provenance::Text);
        }
        if doc.url.is_none() && url.starts_with("http") {
            doc.url = Some(url);
            doc.provenance.insert("url".into(), Provenance::Text);
        }
    }
    Ok(doc)
}

/// Detects the language of `doc` from its passages (headings left out),
/// recording it as detected.
fn detect_language(doc: &mut Document) {
    let mut sample = String::new();
    for (_, p) in doc.passages() {
        sample.push_str(&p.text);
        sample.push('\n');
        if sample.len() > 8_000 {
            break;
        }
    }
    doc.language = crate::text::language::detect(&sample).map(str::to_string);
    if doc.language.is_some() {
        doc.provenance
            .insert("language".into(), Provenance::Detected);
    }
}

/// The bytes of a source: decompressed when its name ends in `.gz`.
fn unpack(bytes: &[u8], path: &Path, ctx: &Context<'_>) -> Result<Vec<u8>> {
    if !path.to_string_lossy().to_lowercase().ends_with(".gz") {
        return Ok(bytes.to_vec());
    }
    html::gunzip(bytes).map_err(|e| {
        let e = Error::build(format!("{}: cannot decompress: {e}", ctx.display_path));
        if e.message.contains("decompresses to more than") {
            e.hint("the page is larger than juxta reads; save the article alone, or remove what is not the article")
        } else {
            e.hint("the file ends in .gz but is not a valid gzip file")
        }
    })
}

/// A source's text, decoded.
#[derive(Default)]
struct Decoded {
    /// The text.
    text: String,
    /// What went wrong while decoding.
    notes: Vec<Note>,
    /// The bytes were only ASCII white space (or nothing).
    blank: bool,
}

/// Whether `text` is XML whose character references are read with its
/// markup: it opens with the XML declaration, or is a flat office
/// document, an ALTO page or a TEI document.
fn markup_xml(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').starts_with("<?xml")
        || office::is_flat_xml(text)
        || alto::is_alto(text)
        || tei::is_tei(text)
}

/// Decodes a source: UTF-16 by its byte order mark, a saved page that is not
/// UTF-8 in the charset its HTTP answer gave (`charset`, from a fetched
/// page's sidecar; it wins over the page's own, as in browsers) or else in
/// the one the page declares, anything else as UTF-8. Binary files are
/// refused.
/// Line ends as old Mac programs (and calibre's text output) write them,
/// a carriage return alone, read as line ends when they are the text's
/// line ends (more of them than line feeds): "a\rb" is two lines. A return
/// before a line feed stays (CRLF is read as it is), and so does a stray
/// return in a text whose lines end in line feeds.
fn lone_returns_as_lines(text: String) -> String {
    let b = text.as_bytes();
    let lone = memchr::memchr_iter(b'\r', b)
        .filter(|&i| b.get(i + 1) != Some(&b'\n'))
        .count();
    if lone == 0 || lone <= memchr::memchr_iter(b'\n', b).count() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// Marks a web page's text carries that no reader sees, left in by a copy
/// from the browser: soft hyphens (U+00AD, where a word may break), zero-
/// width spaces (U+200B), word joiners (U+2060) and byte order marks inside
/// the text (U+FEFF). They split words ("Plat\u{ad}for\u{ad}mu") for search
/// and comparison, so they go. Joiners that shape a script (U+200C, U+200D)
/// stay.
fn without_invisible_marks(text: String) -> String {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    const MARKS: [char; 4] = ['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'];
    static FINDERS: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
        const BYTES: [&[u8]; 4] = [
            b"\xc2\xad",
            b"\xe2\x80\x8b",
            b"\xe2\x81\xa0",
            b"\xef\xbb\xbf",
        ];
        BYTES.iter().map(Finder::new).collect()
    });
    let b = text.as_bytes();
    if !FINDERS.iter().any(|f| f.find(b).is_some()) {
        return text;
    }
    text.replace(MARKS, "")
}

/// `text` with the line breaks of a typeset page that PDFium's text
/// extraction (pypdfium2, Chrome's viewer, other tools built on it) takes
/// out where the typesetter broke a word with a hyphen: it writes U+FFFE, a
/// code point that is no character, in place of the hyphen and the line
/// end, and runs the next line on ("kilome\u{fffe}tres across the
/// floor"). The hyphen and the line break go back, so the line is as long
/// as the page printed it (the document's wrap width is read from its
/// lines) and the word is joined again as every other word broken at a
/// line end. A mark that already stands before a line end becomes the
/// hyphen alone; one that follows no letter or digit (no word was broken)
/// goes.
fn printed_line_hyphens(text: String) -> String {
    const MARK: char = '\u{fffe}';
    if memchr::memmem::find(text.as_bytes(), "\u{fffe}".as_bytes()).is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != MARK {
            out.push(c);
            continue;
        }
        let broken_word = out.chars().next_back().is_some_and(char::is_alphanumeric);
        match chars.peek() {
            _ if !broken_word => {}
            Some('\n' | '\r') | None => out.push('-'),
            Some(_) => out.push_str("-\n"),
        }
    }
    out
}

/// `text` with letters written decomposed (a base letter, then its
/// accents as combining marks, as macOS and some phones store text:
/// "o" + U+0323 + U+0300 for "ọ̀") composed as most text writes them
/// (Unicode's NFC), so that a query typed as usual matches them and
/// words compare equal. Looked for only where a combining accent stands
/// (bytes 0xCC, 0xCD: U+0300 to U+036F).
fn composed(text: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if memchr::memchr2(0xCC, 0xCD, text.as_bytes()).is_none()
        || is_nfc_quick(text.chars()) == IsNormalized::Yes
    {
        return text;
    }
    text.nfc().collect()
}

/// Text a typesetter wrote for a terminal or a line printer (`nroff`,
/// `groff -Tutf8 -P-c`, `man` without a pager): bold as a letter struck
/// twice ("B\u{8}B"), underline as an underscore struck under it
/// ("_\u{8}i"). Each backspace goes with the letter it strikes over, so
/// the letter is read once, as `col -b` shows it.
fn without_overstrikes(text: String) -> String {
    if memchr::memchr(0x08, text.as_bytes()).is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    // The letter a backspace took back, kept over an underscore struck on it.
    let mut struck: Option<char> = None;
    for c in text.chars() {
        match (c, struck) {
            // A backspace at a line's start strikes nothing.
            ('\u{8}', _) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    struck = out.pop();
                }
            }
            ('_', Some(p)) => {
                out.push(p);
                struck = None;
            }
            _ => {
                out.push(c);
                struck = None;
            }
        }
    }
    out
}

/// A saved page that is not UTF-8, decoded in the charset its HTTP answer
/// gave (`charset`) or else the one it declares; in the one its bytes
/// suggest when they are not in the declared one.
fn decode_page(
    raw: &[u8],
    charset: Option<&'static encoding_rs::Encoding>,
    display: &str,
    notes: &mut Vec<Note>,
) -> String {
    // A saved page in its declared charset (windows-1251, Shift-JIS …).
    let t = match charset {
        Some(enc) if enc != encoding_rs::UTF_8 => {
            enc.decode_without_bom_handling(raw).0.into_owned()
        }
        _ => rs_trafilatura::encoding::transcode_to_utf8(raw),
    };
    // A page whose bytes are not in the charset it declares (saved by
    // a tool that kept the server's `<meta charset="UTF-8">` over a
    // Windows-1250 text): read in the encoding its bytes suggest, as
    // a text file is.
    let legacy = t.contains('\u{FFFD}') && in_legacy_encoding(&t);
    let t = if legacy {
        let (t, note) = decode_legacy(raw, display);
        notes.extend(note);
        t
    } else {
        t
    };
    if t.contains('\u{FFFD}') && !legacy {
        notes.push(Note::new(NoteKind::Encoding, format!(
            "{}: the page's text is not valid in its declared character set; some characters were replaced with U+FFFD",
            display
        )));
    }
    t
}

fn decode_source(
    raw: &[u8],
    path: &Path,
    ctx: &Context<'_>,
    charset: Option<&'static encoding_rs::Encoding>,
) -> Result<Decoded> {
    let html_file = matches!(format_of(path, ""), Format::Html);
    decode_as(raw, html_file, &path.to_string_lossy(), ctx, charset)
}

/// Decodes a web page's bytes as [`decode_source`] decodes a saved page's
/// (a page held in a web capture: its HTTP answer's `charset`, else the
/// one it declares, else the one its bytes suggest).
fn decode_page_bytes(
    raw: &[u8],
    ctx: &Context<'_>,
    charset: Option<&'static encoding_rs::Encoding>,
) -> Result<Decoded> {
    decode_as(raw, true, "", ctx, charset)
}

/// [`decode_source`] of a file named `named`, a saved page when
/// `html_file`.
fn decode_as(
    raw: &[u8],
    html_file: bool,
    named: &str,
    ctx: &Context<'_>,
    charset: Option<&'static encoding_rs::Encoding>,
) -> Result<Decoded> {
    // UTF-16 (as some Windows editors save text), recognised by its byte order mark.
    let utf16_text = utf16(raw);
    let raw = utf16_text.as_ref().map_or(raw, |t| t.as_bytes());
    // NUL bytes padding the end after a closed line or group (WordPad
    // closes its files with one; an editor that crashed leaves its file's
    // preallocated tail) are no text, and no sign of a binary file.
    let text_end = raw.len() - raw.iter().rev().take_while(|&&b| b == 0).count();
    let raw = if raw[..text_end].ends_with(b"\n")
        || raw[..text_end].ends_with(b"}")
        || raw[..text_end].ends_with(b"\r")
    {
        &raw[..text_end]
    } else {
        raw
    };
    if memchr::memchr(0, &raw[..raw.len().min(8192)]).is_some() {
        return Err(Error::build(format!(
            "{}: this is a binary file, not an article",
            ctx.display_path
        ))
        .hint(source_kinds_hint()));
    }
    let mut notes = Vec::new();
    let text = if html_file && std::str::from_utf8(raw).is_err() {
        decode_page(raw, charset, &ctx.display_path, &mut notes)
    } else {
        let (text, note) = decode_utf8(raw, &ctx.display_path);
        notes.extend(note);
        text
    };
    let text = lone_returns_as_lines(text);
    let text = printed_line_hyphens(text);
    let text = without_invisible_marks(text);
    let text = composed(without_overstrikes(text));
    // A page's lines are tags, never a mail's quote marks.
    let text = if html_file {
        text
    } else {
        email::initials_as_quote_marks(text)
    };
    let text = encoding_repaired(text, &mut notes, &ctx.display_path);
    // A text that is no page with character references ("caf&eacute;").
    // A page's copy as a browser drew it keeps them: a reference it shows
    // is what the page printed (a site that escaped its text twice).
    // A JSON article's strings are decoded one by one: a reference there
    // may stand for a quotation mark that would end its string; an XML
    // file's are read with its markup (a feed's escaped HTML, a "<" or "&"
    // of a flat OpenDocument's text).
    let json = json::may_be_json(named, &text);
    let xml = markup_xml(&text);
    let read = (!html_file && !json && !xml)
        .then(|| references::decoded(&text))
        .flatten();
    let read = read.filter(|_| page_copy::copy_kind(&text).is_none());
    let text = mended(text, read, &mut notes, |n| {
        format!(
            "{}: {n} HTML character reference(s) (\"&eacute;\", \"&#8220;\") were read as the characters they stand for",
            ctx.display_path
        )
    });
    Ok(Decoded {
        text,
        notes,
        blank: raw.iter().all(u8::is_ascii_whitespace),
    })
}

/// `text` with what went through the wrong encoding once read back: C1
/// controls of a Windows-1252 file converted as Latin-1, and UTF-8 read as
/// Windows-1252 ("Ã©" for "é"); each repair noted.
fn encoding_repaired(text: String, notes: &mut Vec<Note>, display: &str) -> String {
    // Windows-1252 converted as Latin-1: C1 controls for its quotes.
    let fixed = mojibake::c1_as_1252(&text);
    let text = mended(text, fixed, notes, |n| {
        format!(
            "{}: {n} control character(s) U+0080–U+009F were read as the Windows-1252 characters at those bytes (U+0092 as ’, U+0085 as …): the file was converted from Windows-1252 as if it were Latin-1",
            display
        )
    });
    // Text that went through the wrong encoding once ("Ã©" for "é").
    let fixed = mojibake::repaired(&text);
    mended(text, fixed, notes, |n| {
        format!(
            "{}: {n} character(s) had gone through the wrong encoding (UTF-8 read as Windows-1252, \"Ã©\" for \"é\") and were read back; save the file as UTF-8 from its first copy to be sure",
            display
        )
    })
}

/// `text`, or the text `fixed` gives for it with a note of how many
/// characters changed (`says` words it).
fn mended(
    text: String,
    fixed: Option<(String, usize)>,
    notes: &mut Vec<Note>,
    says: impl Fn(usize) -> String,
) -> String {
    match fixed {
        Some((fixed, n)) => {
            notes.push(Note::new(NoteKind::Encoding, says(n)));
            fixed
        }
        None => text,
    }
}

/// Text in UTF-16 with a byte order mark, decoded (invalid units and an odd
/// last byte become U+FFFD); `None` for anything else.
pub fn utf16(bytes: &[u8]) -> Option<String> {
    let (encoding, bom) = encoding_rs::Encoding::for_bom(bytes)?;
    if encoding == encoding_rs::UTF_8 {
        return None;
    }
    let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
    Some(text.into_owned())
}

/// Decodes UTF-8 (without a byte order mark). A text that is not UTF-8 at
/// all (no valid multi-byte sequence for each invalid one: a file saved in
/// Windows-1252, Windows-1251, ISO-8859-2, Shift-JIS …) is read in the
/// encoding its bytes suggest, with a note that names it; a UTF-8 text with
/// a few broken bytes keeps its UTF-8 and has them replaced, with a note
/// that names the first offset.
fn decode_utf8(bytes: &[u8], display: &str) -> (String, Option<Note>) {
    let (text, had_errors) = encoding_rs::UTF_8.decode_with_bom_removal(bytes);
    if !had_errors {
        return (text.into_owned(), None);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if in_legacy_encoding(&text) {
        return decode_legacy(bytes, display);
    }
    let off = encoding_rs::Encoding::utf8_valid_up_to(bytes);
    let n = text.matches('\u{FFFD}').count();
    let note = Note::new(
        NoteKind::Encoding,
        format!(
            "{display}: invalid UTF-8 at byte {off}; {n} invalid sequence(s) replaced with U+FFFD"
        ),
    );
    (text.into_owned(), Some(note))
}

/// Whether a text decoded as UTF-8 is rather in a legacy encoding: it has
/// no more valid multi-byte characters than invalid sequences (a UTF-8 file
/// with a stray byte has many of the first and few of the second).
fn in_legacy_encoding(lossy: &str) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for c in lossy.chars().filter(|c| !c.is_ascii()) {
        if c == '\u{FFFD}' {
            invalid += 1;
        } else {
            valid += 1;
        }
    }
    valid < invalid
}

/// Decodes a text in the legacy encoding its bytes suggest (chardetng, the
/// detector of Firefox), noting which; where even that encoding has no
/// character for a byte, the byte is replaced and the note says so.
fn decode_legacy(bytes: &[u8], display: &str) -> (String, Option<Note>) {
    if let Some(read) = classic_mac(bytes, display) {
        return read;
    }
    let named = declared_encoding(bytes);
    let encoding = named.map_or_else(
        || {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            let guess = detector.guess(None, false);
            alphabets::better_latin(bytes, guess).unwrap_or(guess)
        },
        |(e, _)| e,
    );
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let replaced = if had_errors {
        let n = text.matches('\u{FFFD}').count();
        format!("; {n} byte(s) it has no character for were replaced with U+FFFD")
    } else {
        String::new()
    };
    let note = Note::new(
        NoteKind::Encoding,
        format!(
            "{display}: not UTF-8; read as {}, the encoding {}{replaced} (save the file as UTF-8 to be sure)",
            encoding.name(),
            named.map_or("its bytes suggest", |(_, by)| by)
        ),
    );
    (text.into_owned(), Some(note))
}

/// A text saved on a classic Mac OS, or by an editor keeping its ways: its
/// lines end in CR alone, and it is in Mac OS Roman, or in Mac OS
/// Icelandic (Icelandic and Faroese: Ð ð Þ þ Ý ý where Roman has ‹ › ﬁ ﬂ
/// † ‡), told by those bytes standing inside words. `None` for a text
/// with line feeds or none of either, or one that names its encoding.
fn classic_mac(bytes: &[u8], display: &str) -> Option<(String, Option<Note>)> {
    if memchr::memchr(b'\n', bytes).is_some()
        || memchr::memchr(b'\r', bytes).is_none()
        || declared_encoding(bytes).is_some()
    {
        return None;
    }
    // Mac OS Icelandic's letters, at the bytes where Roman has signs.
    const ICELANDIC: [(u8, char); 6] = [
        (0xA0, 'Ý'),
        (0xDC, 'Ð'),
        (0xDD, 'ð'),
        (0xDE, 'Þ'),
        (0xDF, 'þ'),
        (0xE0, 'ý'),
    ];
    let letter = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80);
    let (mut inside, mut all) = (0, 0);
    for (i, b) in bytes.iter().enumerate() {
        if ICELANDIC.iter().any(|(x, _)| x == b) {
            all += 1;
            let before = i.checked_sub(1).and_then(|p| bytes.get(p));
            inside += usize::from(letter(before) || letter(bytes.get(i + 1)));
        }
    }
    let icelandic = all >= 2 && inside * 5 >= all * 4;
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut one = [0u8; 1];
    for &b in bytes {
        match ICELANDIC
            .iter()
            .find(|(x, _)| *x == b)
            .filter(|_| icelandic)
        {
            Some(&(_, c)) => text.push(c),
            None if b < 0x80 => text.push(char::from(b)),
            None => {
                one[0] = b;
                text.push_str(&encoding_rs::MACINTOSH.decode_without_bom_handling(&one).0);
            }
        }
    }
    let name = if icelandic {
        "Mac OS Icelandic"
    } else {
        "Mac OS Roman"
    };
    let note = Note::new(
        NoteKind::Encoding,
        format!(
            "{display}: not UTF-8; read as {name}, the encoding of a classic Mac OS text (its lines end in CR alone; save the file as UTF-8 to be sure)"
        ),
    );
    Some((text, Some(note)))
}

/// The encoding a text in a legacy encoding names for itself in its first
/// 4 KB, and where: a LaTeX document's `inputenc` option
/// (`\usepackage[latin3]{inputenc}`) or an XML declaration's
/// (`encoding="windows-1254"`), or the first line JabRef writes atop a
/// BibTeX file (`% Encoding: ISO-8859-1`, older versions with Java's
/// names: "ISO8859_1", "Cp1252").
fn declared_encoding(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, &'static str)> {
    let head = &bytes[..bytes.len().min(4096)];
    if let Some(named) = jabref_encoding(head) {
        return Some((named, "its JabRef header names"));
    }
    if let Some(at) = memchr::memmem::find(head, b"]{inputenc}") {
        let open = head[..at].iter().rposition(|&b| b == b'[')?;
        let options = std::str::from_utf8(&head[open + 1..at]).ok()?;
        let encoding = options.split(',').rev().find_map(|o| {
            let label = match o.trim() {
                "latin1" | "ansinew" => "windows-1252",
                "latin2" => "iso-8859-2",
                "latin3" => "iso-8859-3",
                "latin4" => "iso-8859-4",
                "latin5" => "iso-8859-9",
                "latin9" => "iso-8859-15",
                "latin10" => "iso-8859-16",
                "applemac" => "macintosh",
                "koi8-r" | "koi8-u" | "cp1250" | "cp1251" | "cp1252" | "cp1257" | "cp866" => {
                    o.trim()
                }
                _ => return None,
            };
            encoding_rs::Encoding::for_label(label.as_bytes())
        })?;
        return Some((encoding, "its LaTeX inputenc option names"));
    }
    let decl = head.strip_prefix(b"<?xml")?;
    let end = memchr::memchr(b'>', decl)?;
    let decl = std::str::from_utf8(&decl[..end]).ok()?;
    let value = decl.split("encoding=").nth(1)?;
    let label = value
        .trim_start_matches(['"', '\''])
        .split(['"', '\''])
        .next()?;
    let encoding = encoding_rs::Encoding::for_label(label.trim().as_bytes())?;
    Some((encoding, "its XML declaration names"))
}

/// The encoding a BibTeX file's first line names (`% Encoding: UTF-8`,
/// `% Encoding: windows-1252`, Java's `ISO8859_1` or `Cp1250`).
fn jabref_encoding(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let line = head.split(|&b| b == b'\n').next()?;
    let label = std::str::from_utf8(line.strip_prefix(b"% Encoding:")?)
        .ok()?
        .trim();
    let label = match label.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("cp") => format!("windows-{}", &label[2..]),
        _ => label.replace('_', "-").replacen("ISO8859", "ISO-8859", 1),
    };
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// Lower-case hex of bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    let mut out = vec![0u8; bytes.len() * 2];
    hex_into(bytes, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the lower-case hex of `bytes` into `out` (two digits a byte, as
/// far as `out` goes), without allocating.
pub(crate) fn hex_into(bytes: &[u8], out: &mut [u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = DIGITS[usize::from(b >> 4)];
        pair[1] = DIGITS[usize::from(b & 0x0f)];
    }
}

/// Conservation check: the lines of `text` whose words are not all in a
/// paragraph, a removal or a metadata record that names the line. Empty when
/// nothing was lost. (Text and Markdown sources; HTML line numbers count
/// lines of the page, not of extracted text.)
pub fn lost_lines(text: &str, doc: &Document) -> Vec<(usize, String)> {
    let mut by_line: std::collections::HashMap<usize, String> = std::collections::HashMap::new();
    let mut add = |lines: [usize; 2], t: &str| {
        for l in lines[0]..=lines[1] {
            let e = by_line.entry(l).or_default();
            e.push(' ');
            e.push_str(t);
        }
    };
    for p in &doc.paragraphs {
        add(p.lines, &p.text);
    }
    for r in &doc.removed {
        add(r.lines, &r.text);
    }
    for m in &doc.metadata {
        add(m.lines, &m.text);
    }
    // Front matter values are stated by the user; its lines are metadata.
    let mut lost = Vec::new();
    // Links and emphasis over lines are read on each line, as the cleaner
    // reads them.
    // Letters written decomposed are read composed ([`composed`]).
    let text = composed(text.to_string());
    let text = text.as_str();
    let spans = (doc.format == Format::Markdown)
        .then(|| rules::inline_spans_per_line(text))
        .flatten();
    let text = spans.as_deref().unwrap_or(text);
    for (i, raw) in text.split('\n').enumerate() {
        let no = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        // Markdown syntax is not text: strip it as the cleaner does (struck
        // text first, which the cleaner records as removed).
        let stripped = if doc.format == Format::Markdown {
            rules::strip_markdown(&rules::markdown_struck(rules::strip_ordered_marker(line)).0)
        } else {
            line.to_string()
        };
        // Lower case with final sigma folded: "Σ" alone lowers to "σ", at
        // the end of a word to "ς".
        let fold = |s: &str| s.to_lowercase().replace('ς', "σ");
        let have = by_line.get(&no).map(|s| fold(s)).unwrap_or_default();
        // A word longer than a paragraph may be (a run of characters with
        // no space, cut by `split::split_long`) ends one paragraph and
        // starts the next: it is kept when its characters follow each other
        // with only the paragraphs' joining spaces between them.
        let joined: String = have.chars().filter(|c| !c.is_whitespace()).collect();
        let missing = |t: &str| {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .any(|w| {
                    let w = fold(w);
                    !have.contains(&w) && !joined.contains(&w)
                })
        };
        // A line kept as written (a removal records it raw) is not lost
        // either, nor one whose syntax-free form is all there.
        let plain = (doc.format == Format::Markdown)
            .then(|| rules::strip_markdown(rules::strip_ordered_marker(line)));
        if missing(&stripped) && missing(line) && plain.as_deref().is_none_or(missing) {
            lost.push((no, line.to_string()));
        }
    }
    lost
}

/// A warning for each problem ingestion noted.
pub(crate) fn warnings_of(doc: &Document) -> Vec<Warning> {
    // Each message already starts with the file's path (and line).
    doc.warnings
        .iter()
        .map(|w| Warning::new(w.message.clone()))
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn letters_written_decomposed_are_composed() {
        let nfd = "O\u{323}ko\u{323}\u{300} oju\u{301} irin, cafe\u{301}";
        assert_eq!(composed(nfd.to_string()), "Ọkọ̀ ojú irin, café");
        // Composed text, and text with no accent, are left as they are.
        for t in ["Ọkọ̀ ojú irin, café", "plain text", "Tiếng Việt"] {
            assert_eq!(composed(t.to_string()), t);
        }
        // A combining mark with no composed form stays a mark.
        assert_eq!(composed("q\u{301}".to_string()), "q\u{301}");
    }

    #[test]
    fn struck_over_letters_are_read_once() {
        // Bold (a letter struck twice) and underline (an underscore under
        // it), as groff writes them for a terminal.
        let t = "G\u{8}Gd\u{8}d  _\u{8}M_\u{8}a\nplain\n\u{8}x\nA\u{8}_".to_string();
        assert_eq!(without_overstrikes(t), "Gd  Ma\nplain\nx\nA");
        let plain = "No backspace here.".to_string();
        assert_eq!(without_overstrikes(plain.clone()), plain);
    }
    use super::*;

    #[test]
    fn pdfium_hyphen_marks_give_back_the_printed_line_ends() {
        // A word broken at a line end, the next line run on.
        assert_eq!(
            printed_line_hyphens("some 90 kilome\u{fffe}tres across".into()),
            "some 90 kilome-\ntres across"
        );
        // Cyrillic, and a mark already before its line end.
        assert_eq!(
            printed_line_hyphens("пра\u{fffe}вительство и\nза\u{fffe}\nкон".into()),
            "пра-\nвительство и\nза-\nкон"
        );
        // A mark after no letter broke no word: it only goes.
        assert_eq!(
            printed_line_hyphens("end. \u{fffe}Next".into()),
            "end. Next"
        );
        // Counter-examples: text without the mark, real hyphens and a
        // soft hyphen (U+00AD, removed later) are as they were.
        for kept in ["cease-fire talks", "Platt\u{ad}form", "a\nb"] {
            assert_eq!(printed_line_hyphens(kept.into()), kept);
        }
    }

    #[test]
    fn invisible_marks_of_a_web_copy_go_and_shaping_joiners_stay() {
        assert_eq!(
            without_invisible_marks("Plat\u{ad}for\u{ad}mu\u{200b} ve\u{2060}\u{feff}ri".into()),
            "Platformu veri"
        );
        // Counter-examples: Persian's zero-width non-joiner, an emoji's
        // joiner, a hyphen and a non-breaking space are text.
        for kept in ["می\u{200c}خواهم", "👩\u{200d}🔬", "Hak-İş", "5\u{a0}000"] {
            assert_eq!(without_invisible_marks(kept.into()), kept);
        }
    }

    #[test]
    fn sources_are_known_by_their_extension_in_any_case() {
        for yes in [
            "a.txt",
            "a.TXT",
            "b.Html.Gz",
            "c.markdown",
            "d.md",
            "e.htm",
            "f.text",
            "g.eml",
            "ÄRGER.TXT",
            "ärger.Md",
            "dir/x.html",
            "h.DOCX",
            "i.odt",
            "j.fodt",
            "k.epub",
            "l.warc",
            "m.WARC.GZ",
            "n.har",
            "o.emlx",
            "p.ics",
        ] {
            assert!(is_source_file(Path::new(yes)), "{yes}");
        }
        for no in [
            ".hidden.txt",
            ".ÄRGER.txt",
            "a.toml",
            "a.txt.toml",
            "a.warc.toml",
            "txt",
            "a.gz",
            "a.pdf",
            "a.doc",
            "a.zip",
            "ärger.pdf",
            "",
        ] {
            assert!(!is_source_file(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn invalid_utf8_is_replaced_with_warning() {
        let ctx = Context {
            display_path: "x.txt".into(),
            ..Default::default()
        };
        // UTF-8 ("é") with one broken byte: the byte is replaced.
        let doc = ingest_bytes(
            "Café \u{e9}t\u{e9} world.\n".as_bytes(),
            Path::new("x.txt"),
            &ctx,
            None,
        )
        .unwrap();
        assert!(doc.warnings.is_empty());
        let mut bytes = b"Hello \xff world ".to_vec();
        bytes.extend_from_slice("caf\u{e9} d\u{e9}j\u{e0}.\n".as_bytes());
        let doc = ingest_bytes(&bytes, Path::new("x.txt"), &ctx, None).unwrap();
        assert_eq!(doc.paragraphs[0].text, "Hello \u{FFFD} world café déjà.");
        assert!(
            doc.warnings[0].message.contains("byte 6"),
            "{:?}",
            doc.warnings
        );
        assert_eq!(doc.warnings[0].kind, NoteKind::Encoding);
        // In JSON, a warning is its message.
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(
            json["warnings"],
            serde_json::json!([
                "x.txt: invalid UTF-8 at byte 6; 1 invalid sequence(s) replaced with U+FFFD"
            ])
        );
    }

    #[test]
    fn an_encoding_the_text_names_is_the_one_it_is_read_in() {
        // Maltese in ISO-8859-3, named by LaTeX's inputenc; Turkish in
        // windows-1254, named by an XML declaration.
        let mt = "Is-servizz se jie\u{127}u madwar g\u{127}oxrin minuta, qal il-Kap E\u{17c}ekuttiv, u l-vja\u{121}\u{121} se jkun b'xejn.";
        let (bytes, _, bad) = encoding_rs::ISO_8859_3.encode(mt);
        assert!(!bad);
        let tex = [b"\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[latin3]{inputenc}\n".as_slice(), &bytes].concat();
        let (text, note) = decode_legacy(&tex, "a.tex");
        assert!(text.ends_with(mt), "{text}");
        assert!(
            note.unwrap()
                .message
                .contains("ISO-8859-3, the encoding its LaTeX inputenc option names")
        );
        let tr = "<?xml version=\"1.0\" encoding=\"windows-1254\"?><rss><title>Kar\u{15f}\u{131}yaka'da \u{15f}ehir</title></rss>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1254.encode(tr);
        let (text, note) = decode_legacy(&bytes, "feed.xml");
        assert_eq!(text, tr);
        assert!(note.unwrap().message.contains("its XML declaration names"));
        // Counter-example: an option that names no encoding; a text with
        // neither is read by what its bytes suggest.
        assert!(declared_encoding(b"\\usepackage[utf8x,foo]{inputenc}").is_none());
        assert!(declared_encoding(b"caf\xe9 au lait").is_none());
        // JabRef's first line, in today's names and Java's.
        for (head, name) in [
            (
                &b"% Encoding: ISO-8859-1\r\n\r\n@Online{a,"[..],
                "windows-1252",
            ),
            (b"% Encoding: ISO8859_2\n", "ISO-8859-2"),
            (b"% Encoding: Cp1250\n", "windows-1250"),
        ] {
            assert_eq!(declared_encoding(head).map(|(e, _)| e.name()), Some(name));
        }
        assert!(declared_encoding(b"%% Encoding: nothing\n").is_none());
    }

    #[test]
    fn a_text_saved_in_a_legacy_encoding_is_read_in_it() {
        let ctx = Context {
            display_path: "x.txt".into(),
            ..Default::default()
        };
        let read = |text: &str, enc: &'static encoding_rs::Encoding| {
            let (bytes, _, bad) = enc.encode(text);
            assert!(!bad);
            ingest_bytes(&bytes, Path::new("x.txt"), &ctx, None).unwrap()
        };
        // Notepad's "ANSI": curly quotes, euro sign, Irish names.
        let irish = "The union\u{2019}s spokeswoman, Caitr\u{ed}ona N\u{ed} Mhurch\u{fa}, said \u{20ac}64 million was \u{201c}not enough\u{201d} for the winter. Dr Colm \u{d3} Briain said more beds would open.";
        let doc = read(irish, encoding_rs::WINDOWS_1252);
        assert_eq!(doc.paragraphs[0].text, irish);
        assert!(
            doc.warnings[0].message.contains("read as windows-1252"),
            "{:?}",
            doc.warnings
        );
        // Cyrillic in Windows-1251, Czech in ISO-8859-2.
        let ru = "\u{41f}\u{440}\u{430}\u{432}\u{438}\u{442}\u{435}\u{43b}\u{44c}\u{441}\u{442}\u{432}\u{43e} \u{437}\u{430}\u{44f}\u{432}\u{438}\u{43b}\u{43e} \u{432}\u{43e} \u{432}\u{442}\u{43e}\u{440}\u{43d}\u{438}\u{43a}, \u{447}\u{442}\u{43e} \u{43f}\u{435}\u{440}\u{435}\u{433}\u{43e}\u{432}\u{43e}\u{440}\u{44b} \u{432}\u{43e}\u{437}\u{43e}\u{431}\u{43d}\u{43e}\u{432}\u{44f}\u{442}\u{441}\u{44f} \u{43d}\u{430} \u{441}\u{43b}\u{435}\u{434}\u{443}\u{44e}\u{449}\u{435}\u{439} \u{43d}\u{435}\u{434}\u{435}\u{43b}\u{435}.";
        let doc = read(ru, encoding_rs::WINDOWS_1251);
        assert_eq!(doc.paragraphs[0].text, ru);
        let cs = "Pr\u{16f}m\u{11b}rn\u{fd} n\u{e1}jem v Praze poprv\u{e9} p\u{159}ekonal \u{10d}ty\u{159}i sta korun za metr \u{10d}tvere\u{10d}n\u{ed}, uvedla spole\u{10d}nost v \u{10d}tvrtek.";
        let doc = read(cs, encoding_rs::ISO_8859_2);
        assert_eq!(doc.paragraphs[0].text, cs);
        // Counter-example: UTF-8 stays UTF-8, with no note.
        let doc = ingest_bytes(irish.as_bytes(), Path::new("x.txt"), &ctx, None).unwrap();
        assert_eq!(doc.paragraphs[0].text, irish);
        assert!(doc.warnings.is_empty());
    }

    #[test]
    fn cached_documents_keep_their_notes_whole() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.md");
        std::fs::write(&src, b"---\ndate: soon\n---\nBody \xff text here.\n").unwrap();
        let ctx = Context {
            display_path: "a.md".into(),
            ..Default::default()
        };
        let cache = DocCache {
            dir: &dir.path().join("docs"),
            write: true,
        };
        let fresh = read_file_cached(&src, &ctx, Some(cache)).unwrap();
        let kinds: Vec<_> = fresh.warnings.iter().map(|n| (n.kind, n.line)).collect();
        assert_eq!(
            kinds,
            vec![(NoteKind::Encoding, None), (NoteKind::FrontMatter, Some(2))]
        );
        let cached = read_file_cached(&src, &ctx, Some(cache)).unwrap();
        assert_eq!(cached.warnings, fresh.warnings);
        assert_eq!(
            serde_json::to_string(&cached).unwrap(),
            serde_json::to_string(&fresh).unwrap()
        );
    }

    #[test]
    fn quotations_are_found_on_first_use_and_kept_in_json_once_found() {
        let ctx = Context {
            display_path: "q.txt".into(),
            ..Default::default()
        };
        let text = "\"We will not give up,\" Anna Berg said on Monday.\n\nThe talks went on.\n";
        let doc = ingest_bytes(text.as_bytes(), Path::new("q.txt"), &ctx, None).unwrap();
        assert!(!doc.quotes_found(), "ingestion leaves quotations unread");
        let unread = serde_json::to_value(&doc).unwrap();
        assert!(unread.get("quotes").is_none(), "{unread}");
        // Read back unread, they are still found from the paragraphs.
        let back: Document = serde_json::from_value(unread).unwrap();
        assert!(!back.quotes_found());
        let q = back.quotes();
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("Anna Berg"));
        assert_eq!(q[0].text, "We will not give up");
        // Once found, they are in JSON, and read back as found: an empty
        // list too, which is not looked for again.
        let found = serde_json::to_value(&back).unwrap();
        assert_eq!(found["quotes"][0]["speaker"], "Anna Berg");
        let again: Document = serde_json::from_value(found).unwrap();
        assert!(again.quotes_found());
        assert_eq!(again.quotes(), back.quotes());
        let none = ingest_bytes(b"The talks went on.\n", Path::new("n.txt"), &ctx, None).unwrap();
        assert!(none.quotes().is_empty());
        let json = serde_json::to_value(&none).unwrap();
        assert_eq!(json["quotes"], serde_json::json!([]));
        let none: Document = serde_json::from_value(json).unwrap();
        assert!(none.quotes_found());
    }

    #[test]
    fn html_in_a_declared_charset_is_transcoded() {
        let ctx = Context {
            display_path: "x.html".into(),
            ..Default::default()
        };
        // "Москва" in windows-1251.
        let mut page = b"<html><head><meta charset=\"windows-1251\"><title>T</title></head><body><article><h1>T</h1><p>".to_vec();
        page.extend_from_slice(&[0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]);
        page.extend_from_slice(b" said the talks would go on for many more weeks, officials in the city said.</p></article></body></html>");
        let doc = ingest_bytes(&page, Path::new("x.html"), &ctx, None).unwrap();
        assert!(
            doc.paragraphs.iter().any(|p| p.text.contains("Москва")),
            "{:?}",
            doc.paragraphs
        );
        assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    }

    #[test]
    fn a_page_not_in_the_charset_it_declares_is_read_in_the_one_its_bytes_suggest() {
        let ctx = Context {
            display_path: "x.html".into(),
            ..Default::default()
        };
        let body = "Vlada Kantona Sarajevo odlučila je jučer da mjesečna karta važi u tramvajima i trolejbusima. Ministar saobraćaja rekao je da će građani uštedjeti, a udruženje potrošača traži više vozila i češće polaske.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(body);
        let mut page = b"<html><head><meta charset=\"UTF-8\"><title>T</title></head><body><article><h1>T</h1><p>".to_vec();
        page.extend_from_slice(&bytes);
        page.extend_from_slice(b"</p></article></body></html>");
        let read_right = |page: &[u8]| {
            let doc = ingest_bytes(page, Path::new("x.html"), &ctx, None).unwrap();
            doc.paragraphs
                .iter()
                .any(|p| p.text.contains("mjesečna karta važi"))
        };
        assert!(read_right(&page));
        // Counter-example: a UTF-8 page with one stray byte stays UTF-8,
        // the byte replaced and noted.
        let mut page = format!("<html><head><meta charset=\"UTF-8\"><title>T</title></head><body><article><h1>T</h1><p>{body} ").into_bytes();
        page.push(0xE8);
        page.extend_from_slice(b"</p></article></body></html>");
        assert!(read_right(&page));
    }

    #[test]
    fn a_page_saved_as_one_file_is_read_as_its_page() {
        let ctx = Context {
            display_path: "x.mhtml".into(),
            ..Default::default()
        };
        let para = |n: usize| {
            format!(
                "<p>Paragraf i {n}-t=C3=AB i artikullit p=C3=ABr tramvajin, q=\r\n=C3=AB do t=C3=AB lidh=C3=AB stacionin e trenit me qendr=C3=ABn e qytetit.</p>\r\n"
            )
        };
        let body: String = (1..=4).map(para).collect();
        let mhtml = format!(
            "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.al/2028/03/14/tramvaji/\r\nSubject: Tramvaji\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B--\"\r\n\r\n\r\n------B--\r\n\
             Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.al/2028/03/14/tramvaji/\r\n\r\n\
             <html><head><meta charset=3D\"utf-8\"><title>Tramvaji</title></head><body><article><h1>Tramvaji</h1>\r\n{body}</article></body></html>\r\n\
             ------B--\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://example.al/a.png\r\n\r\niVBORw0KGgo=\r\n\r\n------B----\r\n"
        );
        let doc = ingest_bytes(mhtml.as_bytes(), Path::new("x.mhtml"), &ctx, None).unwrap();
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(
            texts[0].starts_with("Paragraf i 1-të i artikullit për tramvajin, që do"),
            "{texts:?}"
        );
        assert!(is_source_file(Path::new("a.mhtml")) && is_source_file(Path::new("a.MHT")));
        // Counter-example: a mail whose body is HTML is read as mail, its
        // sender and date over its text.
        let mail = format!(
            "From: Ana <ana@example.org>\r\nDate: Tue, 14 Mar 2028 11:02:47 +0100\r\nSubject: Tramvaji\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><body>{body}</body></html>\r\n"
        );
        assert_eq!(mime::saved_page(mail.as_bytes()), None);
    }

    #[test]
    fn a_feed_readers_item_saved_as_a_message_is_read_as_its_page_with_its_author() {
        let ctx = Context {
            display_path: "x.eml".into(),
            ..Default::default()
        };
        let para = |n: usize| {
            format!(
                "<p>Die Stadt stellt im Absatz {n} die neuen Pläne für die Brücke über den Fluss vor, die bis zum Herbst fertig werden soll.</p>\n"
            )
        };
        let body: String = (1..=4).map(para).collect();
        let page = format!(
            "<html><head><title>Neue Brücke</title></head><body id=\"msgFeedSummaryBody\">\n\
             <figure><img src=\"a.jpg\"/><figcaption>Die alte Brücke im Winter/ARCHIV</figcaption></figure>\n{body}</body></html>\n"
        );
        // Thunderbird's feed folder: the author's name alone in angle
        // brackets, the item's address in Content-Base.
        let thunderbird = format!(
            "X-Mozilla-Status: 0001\nDate: Tue, 18 Jan 2028 13:47:22 +0000\nMessage-Id: <https://example.de/?p=1@localhost.localdomain>\n\
             From: <Karin Vogt>\nMIME-Version: 1.0\nSubject: Neue Brücke\nContent-Transfer-Encoding: 8bit\n\
             Content-Base: https://example.de/2028/01/neue-bruecke/\nContent-Type: text/html; charset=UTF-8\n\n{page}"
        );
        // rss2email: the feed's title before the author's name.
        let rss2email = format!(
            "From: \"Stadtblatt: Karin Vogt\" <user@rss2email.invalid>\nDate: Tue, 18 Jan 2028 13:47:22 +0000\n\
             Subject: Neue Brücke\nX-RSS-Feed: https://example.de/feed/\nX-RSS-URL: https://example.de/2028/01/neue-bruecke/\n\
             MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n{page}"
        );
        for mail in [thunderbird, rss2email] {
            let doc = ingest_bytes(mail.as_bytes(), Path::new("x.eml"), &ctx, None).unwrap();
            let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(texts.len(), 4, "{texts:?}");
            assert!(
                texts[0].starts_with("Die Stadt stellt im Absatz 1"),
                "{texts:?}"
            );
            assert_eq!(doc.authors, ["Karin Vogt"]);
            assert_eq!(doc.date, NaiveDate::from_ymd_opt(2028, 1, 18));
            assert_eq!(
                doc.url.as_deref(),
                Some("https://example.de/2028/01/neue-bruecke/")
            );
        }
        // Counter-examples: a feed whose item names no author (the sender
        // an address) has no writer; a newsletter without the feed's
        // fields is read as mail, its sender no writer.
        let nameless = format!(
            "From: news@example.de\nDate: Tue, 18 Jan 2028 13:47:22 +0000\nSubject: Neue Brücke\n\
             Content-Base: https://example.de/2028/01/neue-bruecke/\nMIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n{page}"
        );
        let doc = ingest_bytes(nameless.as_bytes(), Path::new("x.eml"), &ctx, None).unwrap();
        assert!(doc.authors.is_empty(), "{:?}", doc.authors);
        assert_eq!(doc.paragraphs.len(), 4);
        let newsletter = format!(
            "From: Karin Vogt <karin@example.de>\nDate: Tue, 18 Jan 2028 13:47:22 +0000\nSubject: Neue Brücke\n\
             MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n{page}"
        );
        let doc = ingest_bytes(newsletter.as_bytes(), Path::new("x.eml"), &ctx, None).unwrap();
        assert!(doc.authors.is_empty(), "{:?}", doc.authors);
        assert!(matches!(
            mime::read(newsletter.as_bytes()),
            Some(mime::Saved::Text(..))
        ));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read() {
        let text = "Russia mediates between Armenia and Azerbaijan, the ministry said.\n";
        for le in [true, false] {
            let mut bytes = if le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for u in text.encode_utf16() {
                bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            let ctx = Context {
                display_path: "a.txt".into(),
                ..Default::default()
            };
            let doc = ingest_bytes(&bytes, Path::new("a.txt"), &ctx, None).unwrap();
            assert_eq!(doc.paragraphs[0].text, text.trim_end());
            assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
        }
    }

    #[test]
    fn binary_files_are_refused() {
        let ctx = Context {
            display_path: "x.txt".into(),
            ..Default::default()
        };
        let e = ingest_bytes(b"\x00\x01\x02PNG", Path::new("x.txt"), &ctx, None).unwrap_err();
        assert!(e.message.contains("binary"));
        // A NUL inside the text, however little else there is.
        let e =
            ingest_bytes(b"Text.\x00More text.\n\x00", Path::new("x.txt"), &ctx, None).unwrap_err();
        assert!(e.message.contains("binary"));
        // A file's head followed by NULs, no closed line of text.
        let e = ingest_bytes(b"\x89PNG\x00\x00\x00", Path::new("x.txt"), &ctx, None).unwrap_err();
        assert!(e.message.contains("binary"));
    }

    #[test]
    fn a_classic_mac_text_is_read_in_a_mac_encoding() {
        // "Þórshavn ... ferðafólk ... “Vit”": Mac OS Icelandic bytes,
        // lines ending in CR.
        let icelandic = b"T\x97rshavnar kommuna keypti bussar.\rTeir hava pl\x87ss fyri 70 fer\xddaf\x97lkum.\r\r\xd2Vit hava \xdeetta \xfdnskt,\xd3 sigur hon.\r";
        let (text, note) = decode_legacy(icelandic, "a.txt");
        assert!(text.contains("Tórshavnar"), "{text}");
        assert!(
            text.contains("ferðafólkum") && text.contains("Þetta"),
            "{text}"
        );
        assert!(text.contains("“Vit"), "{text}");
        assert!(note.unwrap().message.contains("Mac OS Icelandic"));
        // Roman: the same signs standing alone are signs.
        let roman = b"Caf\x8e prices \xd0 a note \xa0 and more.\rNext line \xdc here.\r";
        let (text, note) = decode_legacy(roman, "a.txt");
        assert!(
            text.starts_with("Café prices – a note † and more."),
            "{text}"
        );
        assert!(note.unwrap().message.contains("Mac OS Roman"));
        // Line feeds: not a classic Mac text.
        assert!(classic_mac(b"Caf\x8e\r\nx\r\n", "a.txt").is_none());
        assert!(classic_mac(b"Caf\xe9 au lait", "a.txt").is_none());
    }

    #[test]
    fn nul_bytes_padding_the_end_are_no_binary_file() {
        let text =
            "The council voted on Tuesday to raise water rates.\n\nThe rates take effect in May.\n";
        for (name, bytes) in [
            ("a.txt", format!("{text}\0").into_bytes()),
            ("a.txt", format!("{text}\0\0\0\0").into_bytes()),
            (
                "a.rtf",
                format!(
                    "{{\\rtf1\\ansi {}\\par\r\n}}\r\n\0",
                    text.replace('\n', "\\par\r\n")
                )
                .into_bytes(),
            ),
        ] {
            let ctx = Context {
                display_path: name.into(),
                ..Default::default()
            };
            let doc = ingest_bytes(&bytes, Path::new(name), &ctx, None).expect(name);
            assert_eq!(doc.paragraphs.len(), 2, "{name}: {:?}", doc.paragraphs);
            assert!(!doc.paragraphs[1].text.contains('\0'));
        }
    }

    #[test]
    fn windows_line_endings_read_like_unix() {
        let ctx = Context {
            display_path: "x.txt".into(),
            ..Default::default()
        };
        let a = ingest_bytes(
            b"One line\r\nwrapped here.\r\n\r\nTwo.\r\n",
            Path::new("x.txt"),
            &ctx,
            None,
        )
        .unwrap();
        let b = ingest_bytes(
            b"One line\nwrapped here.\n\nTwo.\n",
            Path::new("x.txt"),
            &ctx,
            None,
        )
        .unwrap();
        assert_eq!(a.paragraphs, b.paragraphs);
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let ctx = Context {
            display_path: "x.txt".into(),
            ..Default::default()
        };
        let read = |b: &[u8]| ingest_bytes(b, Path::new("x.txt"), &ctx, None).unwrap();
        let mac = read(b"One line\rwrapped here.\r\rTwo.\r");
        let unix = read(b"One line\nwrapped here.\n\nTwo.\n");
        assert_eq!(mac.paragraphs, unix.paragraphs);
        assert_eq!(mac.paragraphs.len(), 2);
        assert_eq!(lone_returns_as_lines("a\r\nb\r\n".into()), "a\r\nb\r\n");
        assert_eq!(lone_returns_as_lines("a\rb\r\nc\r".into()), "a\nb\r\nc\n");
        // A stray return among lines ending in line feeds stays.
        let stray = "a\n\rb\nc\nd\n";
        assert_eq!(lone_returns_as_lines(stray.into()), stray);
    }
}

/// Ingests `text` as a plain-text file `a.txt` (tests).
#[cfg(test)]
pub(crate) fn ingest_str_for_tests(text: &str) -> Document {
    let ctx = Context {
        display_path: "a.txt".into(),
        ..Default::default()
    };
    ingest_bytes(text.as_bytes(), Path::new("a.txt"), &ctx, None).expect("ingests")
}

/// The texts `doc` removed for `why` (tests).
#[cfg(test)]
pub(crate) fn removed_for_tests(doc: &Document, why: rules::Reason) -> Vec<String> {
    doc.removed
        .iter()
        .filter(|r| r.reason == why)
        .map(|r| r.text.clone())
        .collect()
}

#[cfg(test)]
mod language {
    //! The language of a document: detected, or stated, which wins.
    use super::*;

    const DE: &str = "Die Regierung erklärte am Dienstag, dass die Gespräche mit dem Nachbarland in der kommenden Woche wieder aufgenommen würden, nachdem sich beide Seiten monatelang gegenseitig vorgeworfen hatten, das Abkommen zu brechen.\n";

    #[test]
    fn detected_from_the_text() {
        let doc = ingest_str_for_tests(DE);
        assert_eq!(doc.language.as_deref(), Some("de"));
        assert_eq!(doc.provenance["language"], Provenance::Detected);
        // Counter-example: a short text has no language, and no provenance.
        let doc = ingest_str_for_tests("Talks resume.\n");
        assert_eq!(doc.language, None);
        assert!(!doc.provenance.contains_key("language"));
    }

    /// Ingest time with and without language detection, per document.
    #[test]
    #[ignore = "a measurement: cargo test --release --lib ingest::language::cost -- --ignored --nocapture"]
    fn cost() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sources");
        let mut seeds = Vec::new();
        for o in std::fs::read_dir(&root).unwrap() {
            for f in std::fs::read_dir(o.unwrap().path()).unwrap() {
                seeds.push(std::fs::read_to_string(f.unwrap().path()).unwrap());
            }
        }
        use crate::text::language::tests as t;
        let other = |text: &str| vec![text.repeat(20); seeds.len()];
        let (german, russian, armenian) = (other(t::DE), other(t::RU), other(t::HY));
        for (what, texts) in [
            ("English (the seeds)", &seeds),
            ("German", &german),
            ("Russian", &russian),
            ("Armenian", &armenian),
        ] {
            let bytes: usize = texts.iter().map(String::len).sum();
            let rounds = 200;
            let t = std::time::Instant::now();
            let mut detect = std::time::Duration::ZERO;
            for _ in 0..rounds {
                for text in texts {
                    let doc = ingest_str_for_tests(text);
                    let d = std::time::Instant::now();
                    let mut copy = doc.clone();
                    detect_language(&mut copy);
                    detect += d.elapsed();
                    std::hint::black_box(copy);
                }
            }
            let total = t.elapsed().as_secs_f64() - detect.as_secs_f64();
            let mb = (bytes * rounds) as f64 / 1e6;
            eprintln!(
                "{what}: ingest {:.1} MB/s with detection; detection {:.1}% of ingest time ({:.1} µs per document)",
                mb / total,
                100.0 * detect.as_secs_f64() / total,
                detect.as_secs_f64() * 1e6 / (texts.len() * rounds) as f64
            );
        }
    }

    #[test]
    fn front_matter_wins() {
        let doc = ingest_str_for_tests(&format!("+++\nlanguage = \"en\"\n+++\n{DE}"));
        assert_eq!(doc.language.as_deref(), Some("en"));
        assert_eq!(doc.provenance["language"], Provenance::FrontMatter);
        let doc = ingest_str_for_tests(&format!("+++\nlanguage = \"\"\n+++\n{DE}"));
        assert_eq!(doc.language, None, "stated unknown is not detected");
    }
}

#[cfg(test)]
mod conservation {
    //! Every non-blank input line ends up in a paragraph, in metadata or in
    //! `removed`: on the seeds, and as a property over generated inputs.
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_run_without_spaces_cut_between_paragraphs_is_not_lost() {
        // Found by the cleaner fuzzer: one line of over 2,000 characters
        // whose last run of digits `split::split_long` cut in two.
        let bytes = include_bytes!("../../fuzz/seeds/cleaner/split-run-of-digits");
        let ctx = Context {
            display_path: "run.txt".into(),
            ..Default::default()
        };
        // The fuzzer's bytes as UTF-8, as it fed them (read as they are,
        // they are no UTF-8 and are decoded as a legacy encoding).
        let text = String::from_utf8_lossy(bytes);
        let doc = ingest_bytes(text.as_bytes(), Path::new("run.txt"), &ctx, None).expect("ingests");
        assert!(doc.paragraphs.len() > 1);
        assert_eq!(lost_lines(&text, &doc), vec![]);
    }

    fn ingest_str(text: &str, name: &str) -> Document {
        let ctx = Context {
            display_path: name.into(),
            ..Default::default()
        };
        ingest_bytes(text.as_bytes(), Path::new(name), &ctx, None).expect("ingests")
    }

    #[test]
    fn seeds_lose_no_line() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sources");
        let mut n = 0;
        for outlet in std::fs::read_dir(&root).unwrap() {
            for f in std::fs::read_dir(outlet.unwrap().path()).unwrap() {
                let path = f.unwrap().path();
                let text = std::fs::read_to_string(&path).unwrap();
                let doc = ingest_str(&text, &path.to_string_lossy());
                assert_eq!(lost_lines(&text, &doc), vec![], "{}", path.display());
                n += 1;
            }
        }
        assert_eq!(n, 5);
    }

    #[test]
    fn struck_text_never_moves_the_end_of_a_link() {
        // Found by fuzzing: taking "~~)~~" out made the link run on to a
        // later ")" and swallow the words between.
        let text = "Five were injured, [according to](agn infan~~~~)~~~~*~~~~*~~~~~~x\t~~urtehn boes tre-up. Badalyan / ) a joint exercise.\n";
        let doc = ingest_str(text, "a.md");
        assert_eq!(lost_lines(text, &doc), vec![]);
    }

    #[test]
    fn lost_lines_folds_final_sigma() {
        // "Σ" lowers to "ς" at the end of a word and to "σ" alone: the same
        // letter, so the line is not lost (a case proptest found).
        let text = "º'Σ";
        let doc = ingest_str(text, "a.txt");
        assert!(lost_lines(text, &doc).is_empty(), "{:?}", doc.paragraphs);
    }

    #[test]
    fn lost_lines_detects_a_dropped_line() {
        let text = "First paragraph here.\n\nSecond paragraph here.\n";
        let mut doc = ingest_str(text, "a.txt");
        assert!(lost_lines(text, &doc).is_empty());
        doc.paragraphs.pop();
        assert_eq!(
            lost_lines(text, &doc),
            vec![(3, "Second paragraph here.".to_string())]
        );
        let mut doc = ingest_str(text, "a.txt");
        doc.paragraphs[0].text = "First here.".into();
        assert_eq!(lost_lines(text, &doc).len(), 1, "a dropped word counts");
    }

    /// Lines of the kinds copied articles contain, messy ones included.
    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just(String::new()),
            "[A-Z][a-z]{2,9}( [a-z]{1,9}){3,14}[.?!]".prop_map(|s| s),
            "[A-Z][a-z]{2,9}( [a-z]{1,9}){3,14}".prop_map(|s| s),
            "[a-z]{2,9}( [a-z]{1,9}){2,10}[.]".prop_map(|s| s),
            Just("Related article: Fighting Widens Again".to_string()),
            Just("https://www.example.com/2024/04/27/fighting-widens-again".to_string()),
            Just("<https://www.example.com/a>".to_string()),
            Just("Image: picture-alliance/AP Photo".to_string()),
            Just("A caption of a photo. Hrayr Badalyan / AP / TASS".to_string()),
            Just("Share this:".to_string()),
            Just("1. Skip to content".to_string()),
            Just("AFP contributed reporting.".to_string()),
            Just("cw/jm (AP, Reuters)".to_string()),
            Just("By Jane Doe".to_string()),
            Just("September 19, 2023".to_string()),
            Just("# A Markdown Heading".to_string()),
            Just("**Related article:** [Other](#)".to_string()),
            Just("Text with a [link](https://x.com) and **bold** words.".to_string()),
            Just("Original url:".to_string()),
            Just("— Why are they fighting?".to_string()),
            Just("- A dash quote that says something here.".to_string()),
            Just("Karte Aserbaidschan Armenien Berg-Karabach Englisch".to_string()),
            Just("Page 3 of 7".to_string()),
            Just("Москва заявила о готовности.".to_string()),
            Just("Երևանը պահանջում է քայլեր։".to_string()),
            Just("Euro-".to_string()),
            Just("+++".to_string()),
            Just("   ".to_string()),
            Just("Pictured: a monument. Photo: Someone/Agency.".to_string()),
            Just("This article was first published by the Carnegie Moscow Center.".to_string()),
            Just("---".to_string()),
            Just("title: A title".to_string()),
            Just("date: 2023-09-19".to_string()),
            Just("The ~~old~~ new treaty was signed.".to_string()),
            Just("Said [so](x ~~)~~ then more words / ) here.".to_string()),
            Just("[ref]: https://example.com/ref \"Ref\"".to_string()),
            Just("2) A numbered item of a list.".to_string()),
            Just("A <strong>bold</strong> claim<br/> here.".to_string()),
            Just("© 2023 DW. All rights reserved.".to_string()),
            Just("Facebook Twitter LinkedIn Email".to_string()),
            "[ -~]{0,60}".prop_map(|s| s),
            "\\PC{0,40}".prop_map(|s| s),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn generated_text_loses_no_line(lines in proptest::collection::vec(line(), 0..60)) {
            let text = lines.join("\n");
            // Front matter that does not parse is an error, not a loss.
            let ctx = Context { display_path: "gen.txt".into(), ..Default::default() };
            if let Ok(doc) = ingest_bytes(text.as_bytes(), Path::new("gen.txt"), &ctx, None) {
                let lost = lost_lines(&text, &doc);
                prop_assert!(lost.is_empty(), "lost {:?}\nfrom:\n{}", lost, text);
            }
        }

        #[test]
        fn generated_markdown_loses_no_line(lines in proptest::collection::vec(line(), 0..60)) {
            let text = lines.join("\n");
            let ctx = Context { display_path: "gen.md".into(), ..Default::default() };
            if let Ok(doc) = ingest_bytes(text.as_bytes(), Path::new("gen.md"), &ctx, None) {
                let lost = lost_lines(&text, &doc);
                prop_assert!(lost.is_empty(), "lost {:?}\nfrom:\n{}", lost, text);
            }
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let ctx = Context { display_path: "gen.txt".into(), ..Default::default() };
            let _ = ingest_bytes(&bytes, Path::new("gen.txt"), &ctx, None);
        }
    }
}
