//! Giving freed memory back to the system between a build's stages.

/// Turns transparent huge pages off for this process, before it
/// allocates much.
///
/// mimalloc asks the kernel for huge pages on its arenas
/// (`MADV_HUGEPAGE`). Where the kernel's `defrag` setting is `madvise`,
/// Debian's default, each first touch of such a 2 MiB page may compact
/// memory to find one, and zeroes all of it, in the faulting thread. A
/// build is short and touches most of its heap once: at 1,000,000
/// archived articles this cost 3.1 s of system time in a 7.2 s build,
/// against 1.25 s with 4 KiB pages (BENCHMARKS.md, "Huge pages").
/// The flag is the kernel's, so it covers the arenas mimalloc reserved
/// before `main` as well as later ones.
pub fn without_huge_pages() {
    // SAFETY: `prctl(PR_SET_THP_DISABLE)` takes integer arguments only and
    // changes no memory of this process, only how later faults are served.
    // It fails only on kernels without it, where there is nothing to undo.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

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

#[cfg(test)]
mod tests {
    #[test]
    fn huge_pages_are_turned_off_for_the_process() {
        super::without_huge_pages();
        // SAFETY: integer arguments only; it reads this process's flag.
        let flag = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(flag, 1);
    }
}
