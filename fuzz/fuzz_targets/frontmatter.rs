//! Front matter and sidecar parsing: errors, never panics.
#![no_main]
use juxta::ingest::frontmatter::{self, FrontMatter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = FrontMatter::parse(text, "fuzz.txt.toml", 1, true);
        if let Some((toml, _, _)) = frontmatter::split(text) {
            let _ = FrontMatter::parse(&toml, "fuzz.txt", 2, false);
        }
    }
});
