//! Scale benchmark: ingestion, indexing and collect latency on generated
//! corpora of 1,000 / 10,000 / 100,000 articles (real seed paragraphs
//! recombined across 12 outlets and many dates, see `juxta::generate`).
//!
//!     cargo bench --bench scale                       # 1,000 and 10,000 articles
//!     cargo bench --bench scale -- --sizes 1000,10000,100000
//!
//! Each size runs in its own process so peak memory (VmHWM) is its own.
//! Single-threaded throughout: ingestion and indexing figures are per core.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The allocator the `juxta` binary uses, so that the figures are juxta's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use juxta::collect;
use juxta::config::Project;
use juxta::corpus::{self, Corpus};
use juxta::generate::{self, Spec};

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// CPU seconds this process has used (user and system, all threads). On
/// a loaded machine wall time measures the machine; CPU time measures the
/// code, and with one worker thread it is the per-core figure.
fn cpu_secs() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return f64::NAN;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

fn one(n: usize, outlets: usize) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("corpus");
    let spec = Spec {
        articles: n,
        outlets,
        seed: 42,
    };
    let t = Instant::now();
    let bytes = generate::write_project(&dir, &spec, None).expect("generate");
    let gen_s = secs(t.elapsed());
    let project = Project::load(&dir.join("juxta.toml")).expect("project");
    let theme = project.theme("security-guarantor").expect("theme").clone();

    let (files, _) = corpus::discover(&project).expect("discover");
    let t = Instant::now();
    let cpu0 = cpu_secs();
    // One thread, no document cache: the figure is per core.
    let docs = corpus::ingest_all_with(&project, &files, None, 1).expect("ingest");
    let ingest_s = secs(t.elapsed());
    let ingest_cpu = cpu_secs() - cpu0;
    let passage_bytes: usize = docs
        .iter()
        .flat_map(|d| d.passages().map(|(_, p)| p.text.len()))
        .sum();
    let passages: usize = docs.iter().map(|d| d.passages().count()).sum();
    let rss_after_ingest = peak_rss_mb();
    if std::env::var_os("SCALE_INGEST_ONLY").is_some() {
        // For profiling ingestion alone (`perf record`): stop here.
        println!(
            "ingest only: {:.1} MB ({bytes} bytes) in {ingest_s:.2} s, {ingest_cpu:.2} CPU s, {:.1} MB per CPU second",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / ingest_cpu
        );
        return;
    }

    // The index alone, in memory, one indexing thread.
    let t = Instant::now();
    let c = Corpus::build(docs).expect("index");
    let index_s = secs(t.elapsed());
    assert_eq!(c.stats.indexed.len(), n);
    drop(c);

    // What `juxta build` does on a new project: ingest on all cores into
    // the document cache while one thread indexes into .juxta/index.
    let t = Instant::now();
    let (c, _) = Corpus::load(&project).expect("cold load");
    let open_s = secs(t.elapsed());
    assert_eq!(c.stats.indexed.len(), n);
    drop(c);

    // What every later command pays before collecting: every source hashed,
    // the catalog read, the index opened; no document is read.
    let t = Instant::now();
    let (c, _) = Corpus::load(&project).expect("load");
    let load_s = secs(t.elapsed());
    assert!(c.stats.indexed.is_empty(), "a warm load must not re-index");

    // Warm collect: the index is open, its files are in the page cache.
    let _ = collect::collect(&c, &theme).expect("collect");
    let mut times = Vec::new();
    for _ in 0..15 {
        let t = Instant::now();
        let col = collect::collect(&c, &theme).expect("collect");
        times.push(secs(t.elapsed()));
        std::hint::black_box(col);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let worst = times[times.len() - 1];
    let rss = peak_rss_mb();
    let mb = bytes as f64 / 1e6;
    println!(
        "| {n:>7} | {:>7.1} | {:>8} | {:>6.2} s | {:>6.1} MB/s | {:>6.2} s | {:>6.1} MB/s | {:>6.2} s | {:>6.1} MB/s | {:>6.3} s | {load_s:>6.2} s | {:>7.1} ms | {:>7.1} ms | {:>6.0} MB | {:>6.0} MB | {gen_s:.1} s |",
        mb,
        passages,
        ingest_s,
        mb / ingest_s,
        ingest_cpu,
        mb / ingest_cpu,
        index_s,
        passage_bytes as f64 / 1e6 / index_s,
        open_s,
        median * 1000.0,
        worst * 1000.0,
        rss_after_ingest,
        rss,
    );
}

fn main() {
    // As the juxta binary does (see its main).
    juxta::memory::without_huge_pages();
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let outlets: usize = value("--outlets")
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    if let Some(n) = value("--one").and_then(|v| v.parse().ok()) {
        one(n, outlets);
        return;
    }
    let sizes: Vec<usize> = value("--sizes")
        .unwrap_or_else(|| "1000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    println!(
        "scale benchmark: {outlets} outlets, theme security-guarantor (4 facets × {outlets} outlets = {} cells), one core",
        4 * outlets
    );
    println!(
        "| articles | sources MB | passages | ingest (1 core) | ingest rate | ingest CPU | ingest rate per CPU second | index build (1 core) | index rate (passage text) | cold load (all cores) | warm load | collect median | collect worst | peak RSS after ingest | peak RSS | generate |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let exe = std::env::current_exe().expect("own path");
    for n in sizes {
        let status = Command::new(&exe)
            .args(["--one", &n.to_string(), "--outlets", &outlets.to_string()])
            .status()
            .expect("run");
        assert!(status.success(), "size {n} failed");
    }
    let _ = Path::new(".");
}
