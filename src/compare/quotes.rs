//! Who is quoted on the theme: speaker × outlet.
//!
//! Quotations come from `Document::quotes` of the theme's outlets' articles.
//! A quotation is *on the theme* when its paragraph is a scoped paragraph,
//! or when its speaker is quoted in a scoped paragraph somewhere in the
//! theme's outlets: a person who speaks on the theme is followed through the
//! rest of what they say in those articles (a second paragraph of the same
//! statement often names neither Russia nor Moscow), while a person never
//! quoted on the theme is left out. Quotations without a speaker are only
//! counted.
//!
//! **Names.** Titles before a name ("Foreign Minister", "Kremlin spokesman",
//! "Former Russian President") are dropped; a person is their surname plus a
//! compatible given name: the same given name, an initial of it ("S."), or a
//! transliteration sharing its first four letters ("Sergei"/"Sergey"). A bare
//! surname ("Lavrov") joins the only person with that surname; with two or
//! more (Ilham and Heydar Aliyev) it stays apart. The display name is the
//! fullest form. Speakers that are institutions ("Russia's Foreign
//! Ministry") are matched by their whole name. Speakers are sorted by the
//! number of outlets quoting them, then by the number of quotations.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::Serialize;

use super::Ctx;
use super::text::{FxMap, fx_map};
use crate::text::is_title;

/// Quotations shown per speaker and outlet (distinct texts; the rest are counted).
pub(crate) const MAX_QUOTES_SHOWN: usize = 6;

/// A person (or institution) quoted on the theme.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Speaker {
    /// The fullest form of the name, without titles ("Sergey Lavrov").
    pub(crate) name: String,
    /// Every form the articles use, titles included, sorted.
    pub(crate) forms: Vec<String>,
    /// Whether the speaker is an institution rather than a person.
    pub(crate) institution: bool,
    /// Outlets quoting the speaker.
    pub(crate) outlets: usize,
    /// Quotations in all.
    pub(crate) quotes: usize,
    /// Per outlet quoting the speaker, in column order.
    pub(crate) by_outlet: Vec<OutletQuotes>,
}

/// A speaker's quotations in one outlet.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct OutletQuotes {
    /// Outlet id.
    pub(crate) outlet: String,
    /// Quotations in all (repeats included).
    pub(crate) count: usize,
    /// Distinct quotations, in article order, at most [`MAX_QUOTES_SHOWN`].
    pub(crate) quotes: Vec<QuoteRef>,
}

/// A quotation with its citation.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub(crate) struct QuoteRef {
    /// The quoted words.
    pub(crate) text: String,
    /// The speaker's name as this article gives it.
    pub(crate) as_named: String,
    /// Source path.
    pub(crate) source: String,
    /// Paragraph index (0-based).
    pub(crate) paragraph: usize,
    /// The article's stated date, "YYYY-MM-DD".
    pub(crate) date: Option<String>,
}

const INSTITUTION_WORDS: &[&str] = &[
    "ministry",
    "government",
    "office",
    "council",
    "committee",
    "army",
    "party",
    "agency",
    "service",
    "department",
    "kremlin",
    "embassy",
    "parliament",
    "administration",
    "commission",
    "union",
    "organization",
    "organisation",
    "forces",
    "command",
    "statement",
];

const PARTICLES: &[&str] = &[
    "de", "van", "von", "al", "bin", "la", "le", "du", "da", "di", "der",
];

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ş' => 's',
            'ğ' => 'g',
            'ı' => 'i',
            other => other,
        })
        .collect()
}

/// A speaker's name parsed: institution, or given names and surname.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Name {
    Institution {
        key: String,
        display: String,
    },
    Person {
        given: Option<String>,
        surname: String,
        display: String,
    },
}

fn parse(raw: &str) -> Name {
    let raw = raw.trim().trim_end_matches([',', '.', ':']);
    let words: Vec<&str> = raw.split_whitespace().collect();
    let institution_name = || {
        let display = words
            .iter()
            .skip_while(|w| w.eq_ignore_ascii_case("the"))
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        Name::Institution {
            key: words
                .iter()
                .map(|w| fold(w))
                .filter(|w| w != "the")
                .collect::<Vec<_>>()
                .join(" "),
            display,
        }
    };
    if raw.contains("'s ") || raw.contains("’s ") {
        return institution_name();
    }
    let person: Vec<&str> = words
        .iter()
        .skip_while(|w| is_title(&fold(w)) || fold(w).is_empty())
        .copied()
        .collect();
    let institution = person
        .iter()
        .any(|w| INSTITUTION_WORDS.contains(&fold(w).as_str()))
        || person
            .iter()
            .skip(1)
            .any(|w| w.chars().next().is_some_and(char::is_lowercase) && !PARTICLES.contains(w));
    if institution {
        return institution_name();
    }
    let Some((last, before)) = person.split_last() else {
        return institution_name();
    };
    let surname = fold(last.trim_end_matches("'s").trim_end_matches("’s"));
    if surname.is_empty() {
        return institution_name();
    }
    Name::Person {
        given: before.first().map(|g| fold(g)).filter(|g| !g.is_empty()),
        surname,
        display: person.join(" "),
    }
}

/// Whether two given names can be the same person's.
fn compatible(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if ca.first() != cb.first() {
        return false;
    }
    if ca.len() == 1 || cb.len() == 1 {
        return true;
    }
    let common = ca.iter().zip(&cb).take_while(|(x, y)| x == y).count();
    common >= 4.min(ca.len()).min(cb.len())
}

/// A quotation of the theme's outlets with a speaker.
struct Found<'a> {
    /// Index into the distinct names.
    name: usize,
    raw: &'a str,
    outlet: &'a str,
    doc: usize,
    text: &'a str,
    paragraph: usize,
    scoped: bool,
}

/// Who a speaker is, whatever name form an article uses: what quotations
/// are grouped by.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Identity {
    /// An institution, by its folded name without "the".
    Organisation(String),
    /// A person: surname, and the representative of their given-name
    /// cluster ("" when none is known or the bare surname is ambiguous).
    Person { surname: String, given: String },
}

/// The quotations of the theme's outlets, by speaker.
struct Quotations<'a> {
    /// Quotations with a speaker.
    found: Vec<Found<'a>>,
    /// Distinct speaker strings, parsed.
    names: Vec<Name>,
    /// Quotations in scope without a speaker.
    unattributed: usize,
}

/// Who is quoted on the theme, and how many quotations have no speaker.
pub(crate) fn quotes(ctx: &Ctx<'_>) -> (Vec<Speaker>, usize) {
    let q = quotations(ctx);
    let clusters = given_name_clusters(&q.names);
    let idents: Vec<Identity> = q.names.iter().map(|n| identity(n, &clusters)).collect();
    let mut out: Vec<Speaker> = speakers_on_theme(&q.found, &idents)
        .into_iter()
        .map(|(id, list)| speaker(ctx, &q.names, id, &list))
        .collect();
    out.sort_by(|a, b| {
        b.outlets
            .cmp(&a.outlets)
            .then(b.quotes.cmp(&a.quotes))
            .then(a.name.cmp(&b.name))
    });
    (out, q.unattributed)
}

/// Reads the quotations of the theme's articles; each distinct speaker
/// string is parsed once.
fn quotations<'a>(ctx: &'a Ctx<'_>) -> Quotations<'a> {
    let mut q = Quotations {
        found: Vec::new(),
        names: Vec::new(),
        unattributed: 0,
    };
    let mut name_ix: FxMap<&str, usize> = fx_map();
    for &di in &ctx.theme_docs {
        let d = ctx.doc(di);
        let scoped = &ctx.scoped[di];
        for quote in d.quotes() {
            let in_scope =
                u32::try_from(quote.paragraph).is_ok_and(|p| scoped.binary_search(&p).is_ok());
            let Some(s) = &quote.speaker else {
                q.unattributed += usize::from(in_scope);
                continue;
            };
            let name = *name_ix.entry(s.as_str()).or_insert_with(|| {
                q.names.push(parse(s));
                q.names.len() - 1
            });
            q.found.push(Found {
                name,
                raw: s,
                outlet: d.outlet.as_deref().unwrap_or(""),
                doc: di,
                text: &quote.text,
                paragraph: quote.paragraph,
                scoped: in_scope,
            });
        }
    }
    q
}

/// Per surname, its given names grouped into clusters of compatible forms
/// (one representative each, fullest first).
fn given_name_clusters(names: &[Name]) -> BTreeMap<String, Vec<String>> {
    let mut given_by_surname: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for name in names {
        if let Name::Person {
            given: Some(g),
            surname,
            ..
        } = name
        {
            given_by_surname
                .entry(surname.clone())
                .or_default()
                .push(g.clone());
        }
    }
    let mut clusters: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (surname, mut names) in given_by_surname {
        names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        names.dedup();
        let mut reps: Vec<String> = Vec::new();
        for n in names {
            if !reps.iter().any(|r| compatible(r, &n)) {
                reps.push(n);
            }
        }
        clusters.insert(surname, reps);
    }
    clusters
}

/// The identity of a parsed name: institutions by key; persons by surname
/// and given-name cluster (a bare surname joins the only cluster there is).
fn identity(name: &Name, clusters: &BTreeMap<String, Vec<String>>) -> Identity {
    match name {
        Name::Institution { key, .. } => Identity::Organisation(key.clone()),
        Name::Person { given, surname, .. } => {
            let reps = clusters.get(surname).map_or(&[][..], Vec::as_slice);
            let rep = match given {
                Some(g) => reps.iter().find(|r| compatible(r, g)),
                None if reps.len() == 1 => reps.first(),
                None => None,
            };
            Identity::Person {
                surname: surname.clone(),
                given: rep.cloned().unwrap_or_default(),
            }
        }
    }
}

/// The quotations on the theme, by speaker identity: only quotations in
/// the paragraphs the theme is about. A speaker's quotations elsewhere in
/// the same articles are not the theme's (they still help merge the forms
/// of a name, through the names read from every quotation).
fn speakers_on_theme<'f, 'a>(
    found: &'f [Found<'a>],
    idents: &'f [Identity],
) -> BTreeMap<&'f Identity, Vec<&'f Found<'a>>> {
    let mut speakers: BTreeMap<&Identity, Vec<&Found<'_>>> = BTreeMap::new();
    for f in found.iter().filter(|f| f.scoped) {
        speakers.entry(&idents[f.name]).or_default().push(f);
    }
    speakers
}

/// One speaker with their quotations by outlet.
fn speaker(ctx: &Ctx<'_>, names: &[Name], id: &Identity, list: &[&Found<'_>]) -> Speaker {
    let forms: BTreeSet<&str> = list.iter().map(|f| f.raw).collect();
    let mut by: BTreeMap<(usize, &str), Vec<&Found<'_>>> = BTreeMap::new();
    for f in list {
        by.entry((ctx.doc_col[f.doc], f.outlet))
            .or_default()
            .push(f);
    }
    let by_outlet: Vec<OutletQuotes> = by
        .into_iter()
        .map(|((_, outlet), qs)| outlet_quotes(ctx, outlet, qs))
        .collect();
    Speaker {
        name: display_name(ctx, names, list),
        forms: forms.into_iter().map(str::to_string).collect(),
        institution: matches!(id, Identity::Organisation(_)),
        outlets: by_outlet.len(),
        quotes: list.len(),
        by_outlet,
    }
}

/// The name a speaker is shown under: the form with the most words, then
/// the longest, then the most used, then the one used first in column
/// order.
fn display_name(ctx: &Ctx<'_>, names: &[Name], list: &[&Found<'_>]) -> String {
    let display = |f: &Found<'_>| match &names[f.name] {
        Name::Institution { display, .. } | Name::Person { display, .. } => display.as_str(),
    };
    // Form → (uses, -(column of its first use)).
    let mut counts: BTreeMap<&str, (usize, i64)> = BTreeMap::new();
    for f in list {
        let col = -(ctx.doc_col[f.doc].min(i64::MAX as usize) as i64);
        let e = counts.entry(display(f)).or_insert((0, col));
        e.0 += 1;
        e.1 = e.1.max(col);
    }
    counts
        .iter()
        .max_by(|a, b| {
            let words = |s: &str| s.split_whitespace().count();
            words(a.0)
                .cmp(&words(b.0))
                .then(a.0.len().cmp(&b.0.len()))
                .then(a.1.cmp(b.1))
                .then(b.0.cmp(a.0))
        })
        .map(|(n, _)| n.to_string())
        .unwrap_or_default()
}

/// A speaker's quotations in one outlet: distinct texts in article order,
/// at most [`MAX_QUOTES_SHOWN`], all counted.
fn outlet_quotes(ctx: &Ctx<'_>, outlet: &str, mut qs: Vec<&Found<'_>>) -> OutletQuotes {
    qs.sort_by(|a, b| {
        let pa = &ctx.corpus.documents[a.doc].path;
        let pb = &ctx.corpus.documents[b.doc].path;
        pa.cmp(pb).then(a.paragraph.cmp(&b.paragraph))
    });
    let count = qs.len();
    let mut seen = BTreeSet::new();
    let quotes = qs
        .into_iter()
        .filter(|q| seen.insert(q.text))
        .take(MAX_QUOTES_SHOWN)
        .map(|q| {
            let d = &ctx.corpus.documents[q.doc];
            QuoteRef {
                text: q.text.to_string(),
                as_named: q.raw.to_string(),
                source: d.path.clone(),
                paragraph: q.paragraph,
                date: d.date_string(),
            }
        })
        .collect();
    OutletQuotes {
        outlet: outlet.to_string(),
        count,
        quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::super::compare;
    use super::super::testutil::setup;
    use super::*;
    use crate::collect::collect;

    fn run(docs: &[(&str, &str, &str)]) -> (Vec<Speaker>, usize) {
        let (p, c) = setup(docs);
        let col = collect(&c, &p.themes[0]).expect("collect");
        let cmp = compare(&p, &c, &p.themes[0], &col);
        (cmp.quotes, cmp.unattributed_quotes)
    }

    #[test]
    fn names_parse_titles_and_institutions() {
        assert_eq!(
            parse("Foreign Minister Sergey Lavrov"),
            Name::Person {
                given: Some("sergey".into()),
                surname: "lavrov".into(),
                display: "Sergey Lavrov".into()
            }
        );
        assert_eq!(
            parse("Lavrov"),
            Name::Person {
                given: None,
                surname: "lavrov".into(),
                display: "Lavrov".into()
            }
        );
        assert!(matches!(
            parse("Russia's Foreign Ministry"),
            Name::Institution { .. }
        ));
        assert!(matches!(
            parse("Yerevan's foreign ministry"),
            Name::Institution { .. }
        ));
        assert!(compatible("sergei", "sergey"));
        assert!(compatible("s", "sergey"));
        assert!(!compatible("ilham", "heydar"));
        assert!(!compatible("dmitry", "daniel"));
    }

    #[test]
    fn name_forms_merge_across_outlets() {
        let (q, _) = run(&[
            (
                "a",
                "s/a/1.txt",
                "Foreign Minister Sergey Lavrov spoke in Moscow.\n\n\"Russia is ready to help both sides at any time,\" Lavrov said.\n",
            ),
            (
                "b",
                "s/b/1.txt",
                "\"Moscow will not stand aside in this conflict at all,\" said Sergei Lavrov.\n",
            ),
            (
                "c",
                "s/c/1.txt",
                "\"The Kremlin is watching the situation closely now,\" Lavrov told reporters.\n",
            ),
        ]);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(q[0].name, "Sergey Lavrov");
        assert_eq!(q[0].outlets, 3);
        assert_eq!(q[0].quotes, 3);
        assert_eq!(q[0].by_outlet[1].quotes[0].as_named, "Sergei Lavrov");
    }

    #[test]
    fn same_surname_different_people_stay_apart() {
        let (q, _) = run(&[
            (
                "a",
                "s/a/1.txt",
                "\"Russia has been a reliable partner for many years,\" said Ilham Aliyev.\n",
            ),
            (
                "b",
                "s/b/1.txt",
                "\"Moscow and Baku signed the treaty back then,\" said Heydar Aliyev.\n",
            ),
            (
                "c",
                "s/c/1.txt",
                "\"Moscow always kept its word to us then,\" Aliyev said.\n",
            ),
        ]);
        let names: Vec<&str> = q.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names.len(), 3, "{names:?}");
        assert!(names.contains(&"Ilham Aliyev") && names.contains(&"Heydar Aliyev"));
        assert!(names.contains(&"Aliyev"), "the bare surname is ambiguous");
    }

    #[test]
    fn quotes_off_the_theme_are_left_out_even_when_the_speaker_is_on_it() {
        let (q, unattributed) = run(&[(
            "a",
            "s/a/1.txt",
            "\"Russia must act now and help us in this war,\" said Nikol Pashinyan.\n\n\
             \"We expect the United Nations to take steps as well,\" Pashinyan said.\n\n\
             \"The weather will be fine for the harvest this year,\" said Anna Petrova.\n\n\
             Officials in Moscow repeated \"there is nothing more to add here today\" twice.\n",
        )]);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(q[0].name, "Nikol Pashinyan");
        // The second quotation is in a paragraph the theme is not about.
        assert_eq!(q[0].quotes, 1, "{q:#?}");
        assert!(unattributed <= 1);
    }
}
