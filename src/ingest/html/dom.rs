//! The page as a DOM: parsed by dom_query (the html5ever-based parser
//! rs-trafilatura itself uses), walked in document order without recursion
//! (a page can nest elements thousands deep).

use dom_query::{Document, Element, NodeData, NodeId, Tree};

/// One step of a walk through a DOM in document order.
pub(crate) enum Step<'a> {
    /// An element starts; the walk enters it when the visitor returns true.
    Open(&'a Element),
    /// A text node (character references decoded).
    Text(&'a str),
    /// A comment.
    Comment(&'a str),
    /// An element ends: after its content, or at once when not entered.
    Close(&'a str),
}

/// Elements whose content is not text of the page: scripts, styles, form
/// fields, frames and the `<title>` (which is the page's name).
pub(crate) const NOT_SHOWN: [&str; 10] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    "template",
];

/// Parses an HTML page or fragment.
pub(crate) fn parse(html: &str) -> Document {
    Document::from(html)
}

/// Visits the nodes of `doc` in document order. The visitor's answer to
/// [`Step::Open`] says whether to enter the element; its other answers are
/// ignored.
pub(crate) fn walk(doc: &Document, mut visit: impl FnMut(Step<'_>) -> bool) {
    let root = doc.root();
    let tree = root.tree;
    let mut next = root.first_child().map(|n| n.id);
    while let Some(id) = next {
        let child = tree
            .query_node(&id, |n| {
                let enter = match &n.data {
                    NodeData::Element(e) => visit(Step::Open(e)),
                    NodeData::Text { contents } => visit(Step::Text(contents)),
                    NodeData::Comment { contents } => visit(Step::Comment(contents)),
                    _ => false,
                };
                n.first_child.filter(|_| enter && n.is_element())
            })
            .flatten();
        next = child.or_else(|| leave(tree, id, root.id, &mut visit));
    }
}

/// Closes node `id` and the ancestors whose last child it is, up to `root`:
/// the node the walk goes on with.
fn leave(
    tree: &Tree,
    mut id: NodeId,
    root: NodeId,
    visit: &mut impl FnMut(Step<'_>) -> bool,
) -> Option<NodeId> {
    loop {
        let (sibling, parent) = tree.query_node(&id, |n| {
            if let NodeData::Element(e) = &n.data {
                visit(Step::Close(&e.name.local));
            }
            (n.next_sibling, n.parent)
        })?;
        if sibling.is_some() {
            return sibling;
        }
        id = parent.filter(|&p| p != root)?;
    }
}

/// The lower-case name of an element.
pub(crate) fn name(e: &Element) -> &str {
    &e.name.local
}

/// The value of an element's attribute (names are lower case in the DOM).
pub(crate) fn attr<'a>(e: &'a Element, name: &str) -> Option<&'a str> {
    e.attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| &*a.value)
}

/// `s` with its character references resolved (`don&#39;t` → `don't`,
/// `Caf&eacute;` → `Café`), as HTML resolves them in text: metadata taken
/// from JSON-LD or attributes sometimes carries them still encoded. Read as
/// the content of a `<title>` element (RCDATA: references are resolved, tags
/// are not parsed), so `<b>` stays text; one level of encoding is resolved.
pub(super) fn decode_refs(s: &str) -> String {
    let has_ref = s.match_indices('&').any(|(i, _)| {
        s[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c == '#' || c.is_ascii_alphabetic())
    });
    if !has_ref || s.to_ascii_lowercase().contains("</title") {
        return s.to_string();
    }
    let doc = Document::from(format!("<title>{s}</title>"));
    doc.select("title").text().to_string()
}
