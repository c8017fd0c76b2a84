//! The query parser, and evaluating parsed queries on text: never panics.
#![no_main]
use juxta::analysis::Analyzer;
use juxta::query::Query;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let (q, passage) = text.split_once('\n').unwrap_or((text, "Russia said the talks in Moscow failed."));
        match Query::parse(q) {
            Ok(query) => {
                let words = Analyzer::default().words(passage);
                let _ = query.matches(&words);
                let _ = query.to_string();
            }
            Err(e) => assert!(e.offset <= q.len(), "offset out of range"),
        }
    }
});
