//! The query parser, and evaluating parsed queries on text: never panics.
//! Each input is also parsed wrapped in up to 16,000 parentheses (the
//! count taken from its length), which must be the nesting-depth error,
//! never a stack overflow.
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
        let n = 101 + (q.len() * 157) % 16_000;
        let deep = format!("{}{q}{}", "(".repeat(n), ")".repeat(n));
        if let Err(e) = Query::parse(&deep) {
            assert!(e.offset <= deep.len(), "offset out of range");
        } else {
            panic!("a query nested {n} deep parsed");
        }
    }
});
