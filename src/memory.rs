//! Giving freed memory back to the system between a build's stages.

/// Returns the memory the allocator holds freed to the system.
///
/// The `juxta` binary allocates with mimalloc (see `main.rs`), which keeps
/// freed pages for reuse and returns them later, lazily, from the thread
/// that owns them: a thread of the pool that sits idle never does. After
/// the scan, its record of the last hashes is freed (about 100 MB at a
/// million sources); after the sources are read, ingestion on every core
/// and the index writer's buffers have freed tens of megabytes that the
/// analyses would otherwise run beside (at 100,000 generated articles,
/// 7-9 MB of a first build's peak; BENCHMARKS.md, issue 15, fourth round).
/// Where mimalloc is not the allocator (the library's tests), it only
/// tidies mimalloc's own empty heap. It waits for every thread of the
/// current pool: call it between stages, not from a thread of a pool
/// whose other threads are busy ([`release_freed_here`] is for those).
pub(crate) fn release_freed() {
    // Each thread returns what it freed itself: every thread of the pool
    // that read the sources, then this one.
    rayon::broadcast(|_| collect_this_thread());
    collect_this_thread();
}

/// Returns to the system what this thread's heap holds freed, and waits
/// for no other thread: for a stage that ran on this thread, in a pool
/// whose other threads may be busy with other themes.
pub(crate) fn release_freed_here() {
    collect_this_thread();
}

/// Returns what this thread's heap holds freed.
fn collect_this_thread() {
    // SAFETY: `mi_collect` takes no pointer and may be called from any
    // thread at any time.
    unsafe { libmimalloc_sys::mi_collect(true) }
}
