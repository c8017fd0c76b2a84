//! What a TEI document says of its article outside the body: the
//! bibliographic description of the article in the header's
//! `sourceDesc` (an analytic `biblStruct`, a `bibl` of the article, a
//! title of level "a"), the file's `titleStmt`, the date of its creation,
//! and the title of its `front`.

use chrono::NaiveDate;

use super::{Tree, date_of, person};

/// What the header and the front say.
#[derive(Debug, Default)]
pub(super) struct Said {
    /// The article's title in its bibliographic description.
    pub(super) title: Option<String>,
    /// The front's title (`docTitle`, a heading).
    pub(super) front_title: Option<String>,
    /// The file's own title (`titleStmt`).
    pub(super) stmt_title: Option<String>,
    /// The article's writers in its description.
    pub(super) authors: Vec<String>,
    /// The authors the file's `titleStmt` names.
    pub(super) stmt_authors: Vec<String>,
    /// The date of the article's issue.
    pub(super) date: Option<NaiveDate>,
    /// The date the text was made (`profileDesc/creation`).
    pub(super) created: Option<NaiveDate>,
}

/// Types a `bibl` of one article has.
const ARTICLE_TYPES: [&str; 5] = [
    "article",
    "newspaperArticle",
    "journalArticle",
    "magazineArticle",
    "news",
];

impl Said {
    pub(super) fn of(tree: &Tree) -> Said {
        let mut said = Said::default();
        if let Some(header) = tree.child(0, "teiHeader") {
            if let Some(source) = tree.find(header, "sourceDesc") {
                said.described(tree, source);
            }
            if let Some(stmt) = tree.find(header, "titleStmt") {
                said.stated(tree, stmt);
            }
            said.created = (tree.find(header, "creation"))
                .and_then(|c| tree.find(c, "date"))
                .and_then(|d| date_of(tree, d));
        }
        said.front_title = (tree.descendants(0).into_iter())
            .filter(|&i| tree.nodes[i].name == "front")
            .find_map(|f| front_title(tree, f));
        said
    }

    /// What the description of the source says of the article.
    fn described(&mut self, tree: &Tree, source: usize) {
        let under = tree.descendants(source);
        let named = |name: &'static str| {
            under
                .iter()
                .copied()
                .filter(move |&i| tree.nodes[i].name == name)
        };
        let bibl = named("analytic")
            .next()
            .or_else(|| {
                named("title")
                    .find(|&t| tree.nodes[t].attr_in("level", &["a"]))
                    .and_then(|t| parent(tree, source, t))
            })
            .or_else(|| named("bibl").find(|&b| tree.nodes[b].attr_in("type", &ARTICLE_TYPES)));
        if let Some(b) = bibl {
            self.title = (tree.children(b))
                .filter(|&t| tree.nodes[t].name == "title")
                .find(|&t| !tree.nodes[t].attr_in("level", &["j", "m", "s", "u"]))
                .map(|t| tree.text(t))
                .filter(|t| !t.is_empty());
            self.authors = (tree.children(b))
                .filter(|&a| tree.nodes[a].name == "author")
                .filter_map(|a| person(tree, a))
                .collect();
            self.date = (tree.children(b))
                .filter(|&d| tree.nodes[d].name == "date")
                .find_map(|d| date_of(tree, d));
        }
        // The date: the imprint's, or a description's.
        self.date = self.date.or_else(|| {
            (named("imprint"))
                .filter_map(|i| tree.child(i, "date"))
                .chain(named("bibl").filter_map(|b| tree.child(b, "date")))
                .find_map(|d| date_of(tree, d))
        });
    }

    /// What the file's title statement says: its title, its authors.
    fn stated(&mut self, tree: &Tree, stmt: usize) {
        let titles: Vec<usize> = (tree.children(stmt))
            .filter(|&t| tree.nodes[t].name == "title")
            .collect();
        let main = (titles.iter().copied())
            .find(|&t| tree.nodes[t].attr_in("type", &["main"]))
            .or_else(|| {
                titles
                    .iter()
                    .copied()
                    .find(|&t| tree.nodes[t].attr("type").is_none())
            })
            .or_else(|| titles.first().copied());
        self.stmt_title = main.map(|t| tree.text(t)).filter(|t| !t.is_empty());
        self.stmt_authors = (tree.children(stmt))
            .filter(|&a| tree.nodes[a].name == "author")
            .filter_map(|a| person(tree, a))
            .collect();
    }
}

/// The element right over `i` under `from`.
fn parent(tree: &Tree, from: usize, i: usize) -> Option<usize> {
    std::iter::once(from)
        .chain(tree.descendants(from))
        .find(|&p| tree.children(p).any(|c| c == i))
}

/// The title a `front` gives: its main title part, its title, or its
/// first heading.
fn front_title(tree: &Tree, front: usize) -> Option<String> {
    let under = tree.descendants(front);
    let named = |name: &str| under.iter().copied().find(|&i| tree.nodes[i].name == name);
    let main = (under.iter().copied())
        .find(|&i| tree.nodes[i].name == "titlePart" && tree.nodes[i].attr_in("type", &["main"]));
    main.or_else(|| named("docTitle"))
        .or_else(|| named("head"))
        .map(|i| tree.text(i))
        .filter(|t| !t.is_empty())
}
