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
            // The text as juxta decodes it: UTF-16 by its byte order mark, else UTF-8.
            let text = match ingest::utf16(data) {
                Some(t) => t,
                None => String::from_utf8_lossy(data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data))
                    .into_owned(),
            };
            let lost = ingest::lost_lines(&text, &doc);
            assert!(lost.is_empty(), "lost lines: {lost:?}");
        }
    }
});
