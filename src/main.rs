//! The `juxta` binary: parses arguments, runs the command, prints errors.

/// mimalloc instead of the system allocator: ingestion makes many small,
/// short-lived strings on every core, and glibc's per-thread arenas kept
/// the resident memory of a cold build well above its live heap.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    juxta::memory::without_huge_pages();
    let code = match juxta::cli::run(std::env::args_os()) {
        Ok(code) => code,
        Err(e) => {
            eprint!("{}", e.render());
            e.exit_code()
        }
    };
    std::process::exit(code);
}
