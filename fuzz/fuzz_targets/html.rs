//! HTML ingestion: any page gives a document or an error, never a panic.
#![no_main]
use std::path::Path;

use juxta::ingest::{self, Context};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ctx = Context {
        display_path: "fuzz.html".into(),
        ..Default::default()
    };
    let _ = ingest::ingest_bytes(data, Path::new("fuzz.html"), &ctx, None);
});
