//! The text/Markdown cleaner: no input panics, and every non-blank line is
//! conserved (in a paragraph, a removal or metadata).
#![no_main]
use std::path::Path;

use juxta::ingest::{self, Context};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ctx = Context {
        display_path: "fuzz.txt".into(),
        ..Default::default()
    };
    for name in ["fuzz.txt", "fuzz.md"] {
        if let Ok(doc) = ingest::ingest_bytes(data, Path::new(name), &ctx, None) {
            let text = String::from_utf8_lossy(data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data));
            let lost = ingest::lost_lines(&text, &doc);
            assert!(lost.is_empty(), "lost lines: {lost:?}");
        }
    }
});
