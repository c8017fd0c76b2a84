//! The divisions Pandoc keeps of a page it converted to Markdown (`:::
//! site-header`, `::: {.section .newsletter}` … `:::`): their class names
//! are the page's own, and where they name a page's furniture (its menu,
//! its share buttons, a newsletter's form, a box offering the story for
//! republication), what the division holds is that furniture, however
//! its lines read. A division named otherwise (`post__header`,
//! `entry-content`) says nothing, and what is inside is read as ever.

use super::rules::Reason;

/// Class names (as words joined by hyphens) naming a page's furniture,
/// each with the reason its content goes.
const FURNITURE: [(&str, Reason); 29] = [
    ("site-header", Reason::Navigation),
    ("site-footer", Reason::Footer),
    ("footer", Reason::Footer),
    ("nav", Reason::Navigation),
    ("navbar", Reason::Navigation),
    ("navigation", Reason::Navigation),
    ("menu", Reason::Navigation),
    ("breadcrumb", Reason::Navigation),
    ("breadcrumbs", Reason::Navigation),
    ("masthead", Reason::Navigation),
    ("sidebar", Reason::Navigation),
    ("share", Reason::Share),
    ("sharing", Reason::Share),
    ("social", Reason::Share),
    ("related", Reason::Related),
    ("recommended", Reason::Related),
    ("tags", Reason::Tags),
    ("comments", Reason::Comments),
    ("newsletter", Reason::Promotion),
    ("subscribe", Reason::Promotion),
    ("signup", Reason::Promotion),
    ("donate", Reason::Promotion),
    ("donation", Reason::Promotion),
    ("paywall", Reason::Promotion),
    ("advertisement", Reason::Promotion),
    ("advert", Reason::Promotion),
    ("ad", Reason::Promotion),
    ("republish", Reason::Republication),
    ("republique", Reason::Republication),
];

/// Fences opened, at most, before the rest is read as text.
const MAX_DEPTH: usize = 64;

/// The furniture each line is in, by the divisions around it: `fences`
/// holds each line's fence as written (`Some("::: share")`, `Some(":::")`)
/// or `None` for any other line. A division inside another takes its
/// reason, or the outer one's.
pub(crate) fn furniture(fences: &[Option<&str>]) -> Vec<Option<Reason>> {
    let mut open: Vec<Option<Reason>> = Vec::new();
    let mut out = Vec::with_capacity(fences.len());
    for fence in fences {
        let here = open.iter().rev().find_map(|r| *r);
        match fence {
            Some(f) => {
                match opened_classes(f) {
                    Some(classes) if open.len() < MAX_DEPTH => {
                        open.push(reason_of(classes).or(here));
                    }
                    Some(_) => {}
                    None => {
                        open.pop();
                    }
                }
                out.push(None);
            }
            None => out.push(here),
        }
    }
    out
}

/// The classes and identifier of an opening fence (`::: note`, `:::
/// {#main .content role="main"}`), `None` for a closing one (`:::`).
fn opened_classes(fence: &str) -> Option<Vec<String>> {
    let inner = fence.trim().trim_matches(':').trim();
    if inner.is_empty() {
        return None;
    }
    let inner = inner.trim_start_matches('{').trim_end_matches('}');
    Some(
        inner
            .split_whitespace()
            .filter(|w| !w.contains('='))
            .map(|w| w.trim_start_matches(['.', '#']).to_lowercase())
            .collect(),
    )
}

/// The reason of the first class that names furniture.
fn reason_of(classes: Vec<String>) -> Option<Reason> {
    classes.iter().find_map(|c| {
        let words = format!("-{}-", c.replace('_', "-"));
        FURNITURE
            .iter()
            .find(|(name, _)| words.contains(&format!("-{name}-")))
            .map(|(_, r)| *r)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(doc: &[&str]) -> Vec<Option<Reason>> {
        let fences: Vec<Option<&str>> = doc
            .iter()
            .map(|l| l.starts_with(":::").then_some(*l))
            .collect();
        furniture(&fences)
    }

    #[test]
    fn divisions_named_for_furniture() {
        let doc = [
            "::: site-header__top",
            "Home",
            ":::",
            "::: {#main .entry-content}",
            "The council voted on Tuesday.",
            "::: {.share-buttons}",
            "Facebook",
            ":::",
            "::: newsletter",
            "::: inner",
            "Receba as notícias",
            ":::",
            ":::",
            "Seguiu-se o debate.",
            ":::",
            "::: {.box .republish-box}",
            "Republique este texto.",
            ":::",
        ];
        let got = read(&doc);
        assert_eq!(got[1], Some(Reason::Navigation));
        assert_eq!(got[4], None);
        assert_eq!(got[6], Some(Reason::Share));
        // Inside a division inside the newsletter's.
        assert_eq!(got[10], Some(Reason::Promotion));
        assert_eq!(got[13], None);
        assert_eq!(got[16], Some(Reason::Republication));
    }

    #[test]
    fn divisions_that_name_no_furniture() {
        // The post's header holds its headline; "shared", "adverb",
        // "headline" only look like furniture's names.
        let doc = [
            "::: post__header",
            "# The headline",
            ":::",
            "::: {.shared-story .adverbial}",
            "Words.",
            ":::",
            "::: {#headline-box data-nav=\"menu\"}",
            "More words.",
            ":::",
            // A closing fence too many is harmless.
            ":::",
            "After.",
        ];
        assert!(read(&doc).iter().all(Option::is_none));
    }
}
