//! juxta.toml loading and validation: errors with locations, never panics.
//! The limits (query nesting, id length and portability) start from the
//! inputs in fuzz/seeds/config/.
#![no_main]
use std::path::Path;

use juxta::config::Project;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = Project::from_str(Path::new("juxta.toml"), text) {
            let _ = e.render();
        }
    }
});
