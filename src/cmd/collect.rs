//! `juxta collect THEME`: the passages per facet × outlet, as a table or JSON.

use std::fmt::Write as _;

use crate::collect::{self, Collection};
use crate::corpus::Corpus;
use crate::error::Result;

/// Arguments of `juxta collect`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The theme id.
    #[arg(value_name = "THEME")]
    pub theme: String,
    /// Print JSON for other tools.
    #[arg(long)]
    pub json: bool,
}

/// Runs `juxta collect`.
pub fn run(ctx: &super::Ctx, args: Args) -> Result<i32> {
    let project = ctx.project()?;
    let theme = project.theme(&args.theme)?;
    let (corpus, warnings) = Corpus::load(&project)?;
    super::warn_all(&warnings);
    let c = collect::collect(&project, &corpus, theme)?;
    if args.json {
        super::out(&super::json(&c)?);
    } else {
        super::out(&table(&c, &project));
    }
    Ok(0)
}

fn table(c: &Collection, project: &crate::config::Project) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} ({})", c.title, c.theme);
    if let Some(q) = &c.question {
        let _ = writeln!(s, "{q}");
    }
    if let Some(sc) = &c.scope {
        let _ = writeln!(s, "scope: {sc}");
    }
    for f in &c.facets {
        let _ = writeln!(s, "\n== {} ({})\n   query: {}", f.title, f.id, f.query);
        for cell in &f.cells {
            let name = project
                .outlet(&cell.outlet)
                .map_or(cell.outlet.as_str(), |o| o.name.as_str());
            let _ = writeln!(
                s,
                "  -- {name}: {} matching passage{}",
                cell.matches,
                if cell.matches == 1 { "" } else { "s" }
            );
            if cell.passages.is_empty() {
                let _ = writeln!(s, "     (no passage on this facet)");
            }
            for p in &cell.passages {
                let _ = writeln!(
                    s,
                    "     [{:.2}] {} ¶{}  matched: {}",
                    p.score,
                    p.source,
                    p.paragraph + 1,
                    p.matched.join(", ")
                );
                let _ = writeln!(s, "       {}", ellipsize(&p.text, 160));
            }
        }
    }
    s
}

/// Shortens `s` to about `n` characters at a word boundary.
pub fn ellipsize(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > n / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{cut} …")
}
