//! Stage timings for profiling: with `JUXTA_TIMINGS=1` in the environment,
//! each stage of a build prints how long it took to standard error
//! (`timing: collect security-guarantor 0.102 s`). Nothing is printed
//! otherwise; the figures are for BENCHMARKS.md, never asserted.

use std::time::Instant;

/// Whether `JUXTA_TIMINGS` is set (to anything but "" or "0").
fn enabled() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var("JUXTA_TIMINGS").is_ok_and(|v| !v.is_empty() && v != "0"))
}

/// Prints the time since `since` for `what`, when timings are on; gives
/// the current time, for the next stage.
pub(crate) fn lap(what: &str, since: Instant) -> Instant {
    let now = Instant::now();
    if enabled() {
        eprintln!(
            "timing: {what} {:.3} s",
            now.duration_since(since).as_secs_f64()
        );
    }
    now
}

/// Prints a figure of a stage (`timing: archive: 12 of 300 passages are
/// candidates`), when timings are on.
pub(crate) fn note(what: &str) {
    if enabled() {
        eprintln!("timing: {what}");
    }
}
