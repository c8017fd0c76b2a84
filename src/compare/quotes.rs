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

/// Quotations shown per speaker and outlet (distinct texts; the rest are counted).
pub const MAX_QUOTES_SHOWN: usize = 6;

/// A person (or institution) quoted on the theme.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Speaker {
    /// The fullest form of the name, without titles ("Sergey Lavrov").
    pub name: String,
    /// Every form the articles use, titles included, sorted.
    pub forms: Vec<String>,
    /// Whether the speaker is an institution rather than a person.
    pub institution: bool,
    /// Outlets quoting the speaker.
    pub outlets: usize,
    /// Quotations in all.
    pub quotes: usize,
    /// Per outlet quoting the speaker, in column order.
    pub by_outlet: Vec<OutletQuotes>,
}

/// A speaker's quotations in one outlet.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OutletQuotes {
    /// Outlet id.
    pub outlet: String,
    /// Quotations in all (repeats included).
    pub count: usize,
    /// Distinct quotations, in article order, at most [`MAX_QUOTES_SHOWN`].
    pub quotes: Vec<QuoteRef>,
}

/// A quotation with its citation.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct QuoteRef {
    /// The quoted words.
    pub text: String,
    /// The speaker's name as this article gives it.
    pub as_named: String,
    /// Source path.
    pub source: String,
    /// Paragraph index (0-based).
    pub paragraph: usize,
    /// The article's stated date, "YYYY-MM-DD".
    pub date: Option<String>,
}

const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "defense",
    "defence",
    "deputy",
    "kremlin",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press",
    "secretary",
    "former",
    "ex",
    "russian",
    "armenian",
    "azerbaijani",
    "azeri",
    "turkish",
    "american",
    "ukrainian",
    "georgian",
    "iranian",
    "french",
    "german",
    "general",
    "gen",
    "chairman",
    "ambassador",
    "lawmaker",
    "senator",
    "analyst",
    "expert",
    "mr",
    "mrs",
    "ms",
    "dr",
    "professor",
    "prof",
    "leader",
    "head",
    "chief",
    "the",
    "opposition",
    "security",
    "council",
    "us",
    "u.s.",
    "eu",
    "un",
    "nato",
    "state",
    "duma",
    "speaker",
    "mp",
    "official",
    "colonel",
    "commander",
    "political",
    "scientist",
    "researcher",
    "director",
];

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
        .skip_while(|w| TITLES.contains(&fold(w).as_str()) || fold(w).is_empty())
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

/// Who is quoted on the theme, and how many quotations have no speaker.
pub(crate) fn quotes(ctx: &Ctx<'_>) -> (Vec<Speaker>, usize) {
    let mut found: Vec<Found<'_>> = Vec::new();
    let mut unattributed = 0;
    // Each distinct speaker string is parsed once.
    let mut names: Vec<Name> = Vec::new();
    let mut name_ix: FxMap<&str, usize> = fx_map();
    for &di in &ctx.theme_docs {
        let d = &ctx.corpus.documents[di];
        let scoped = &ctx.scoped[di];
        for q in &d.quotes {
            let in_scope = scoped.binary_search(&q.paragraph).is_ok();
            match &q.speaker {
                Some(s) => found.push(Found {
                    name: *name_ix.entry(s.as_str()).or_insert_with(|| {
                        names.push(parse(s));
                        names.len() - 1
                    }),
                    raw: s,
                    outlet: d.outlet.as_deref().unwrap_or(""),
                    doc: di,
                    text: &q.text,
                    paragraph: q.paragraph,
                    scoped: in_scope,
                }),
                None => unattributed += usize::from(in_scope),
            }
        }
    }

    // Identities: institutions by key; persons by surname + given-name cluster.
    let mut given_by_surname: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for name in &names {
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
    // Clusters of given names per surname, fullest first.
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
    let identity = |name: &Name| -> String {
        match name {
            Name::Institution { key, .. } => format!("org:{key}"),
            Name::Person { given, surname, .. } => {
                let reps = clusters.get(surname).map_or(&[][..], Vec::as_slice);
                let rep = match given {
                    Some(g) => reps.iter().find(|r| compatible(r, g)),
                    None if reps.len() == 1 => reps.first(),
                    None => None,
                };
                format!("person:{surname}:{}", rep.map_or("", String::as_str))
            }
        }
    };
    let idents: Vec<String> = names.iter().map(identity).collect();
    let on_theme: BTreeSet<&str> = found
        .iter()
        .filter(|f| f.scoped)
        .map(|f| idents[f.name].as_str())
        .collect();

    let mut speakers: BTreeMap<&str, Vec<&Found<'_>>> = BTreeMap::new();
    for f in &found {
        let id = idents[f.name].as_str();
        if f.scoped || on_theme.contains(id) {
            speakers.entry(id).or_default().push(f);
        }
    }
    let mut out: Vec<Speaker> = speakers
        .into_iter()
        .map(|(id, list)| {
            let display = |f: &Found<'_>| match &names[f.name] {
                Name::Institution { display, .. } | Name::Person { display, .. } => {
                    display.as_str()
                }
            };
            // Form → (uses, -(column of its first use)).
            let mut counts: BTreeMap<&str, (usize, i64)> = BTreeMap::new();
            for f in &list {
                let col = -(ctx.doc_col[f.doc].min(i64::MAX as usize) as i64);
                let e = counts.entry(display(f)).or_insert((0, col));
                e.0 += 1;
                e.1 = e.1.max(col);
            }
            let name = counts
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
                .unwrap_or_default();
            let forms: BTreeSet<&str> = list.iter().map(|f| f.raw).collect();
            let mut by: BTreeMap<(usize, &str), Vec<&Found<'_>>> = BTreeMap::new();
            for f in &list {
                by.entry((ctx.doc_col[f.doc], f.outlet))
                    .or_default()
                    .push(f);
            }
            let by_outlet: Vec<OutletQuotes> = by
                .into_iter()
                .map(|((_, outlet), mut qs)| {
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
                })
                .collect();
            Speaker {
                name,
                forms: forms.into_iter().map(str::to_string).collect(),
                institution: id.starts_with("org:"),
                outlets: by_outlet.len(),
                quotes: list.len(),
                by_outlet,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.outlets
            .cmp(&a.outlets)
            .then(b.quotes.cmp(&a.quotes))
            .then(a.name.cmp(&b.name))
    });
    (out, unattributed)
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
    fn quotes_off_the_theme_are_left_out_unless_the_speaker_is_on_it() {
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
        assert_eq!(q[0].quotes, 2, "the second quote follows the speaker");
        assert!(unattributed <= 1);
    }
}
