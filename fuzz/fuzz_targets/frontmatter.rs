//! Front matter (TOML, and YAML in Markdown) and sidecar parsing: errors
//! or warnings, never panics, and no input makes YAML reading blow up.
#![no_main]
use juxta::ingest::frontmatter::{self, FrontMatter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = FrontMatter::parse(text, "fuzz.txt.toml", 1, true);
        if let Some((toml, _, _)) = frontmatter::split(text) {
            let _ = FrontMatter::parse(&toml, "fuzz.txt", 2, false);
        }
        if let Some((_, lines, body, _)) = frontmatter::split_yaml(text, "fuzz.md") {
            assert!(lines[0] == 1 && lines[1] < body, "{lines:?} {body}");
        }
    }
});
