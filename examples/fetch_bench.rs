//! Benchmark of `juxta fetch` against a server this program starts on
//! 127.0.0.1 (never a real site): 20 outlets, each with one RSS feed of
//! `ARTICLES` articles (about 6 KB of HTML each, with ETags).
//!
//! 1. a first run fetches and stores every article: CPU time (user +
//!    system, of the juxta process) per page fetched and stored;
//! 2. a second run over the 20 unchanged feeds: its wall time (one robots.txt
//!    and 20 conditional requests, answered 304, nothing stored).
//!
//! `delay = "0ms"` (allowed for hosts on this machine only), so what is
//! measured is juxta, not politeness.
//!
//!     cargo build --release && cargo run --release --example fetch_bench -- target/release/juxta [ARTICLES]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const FEEDS: usize = 20;

fn main() {
    let mut args = std::env::args().skip(1);
    let juxta = args.next().unwrap_or_else(|| "target/release/juxta".into());
    let per_feed: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for s in listener.incoming().flatten() {
            std::thread::spawn(move || serve(s, per_feed));
        }
    });
    let dir = tempfile::tempdir().unwrap();
    write_project(dir.path(), port);
    let (wall, cpu) = run(&juxta, dir.path());
    let pages = FEEDS * per_feed;
    let stored = count_pages(&dir.path().join("sources"));
    assert_eq!(stored, pages, "every article stored");
    println!("first run: {pages} pages fetched and stored from {FEEDS} feeds");
    println!(
        "  wall {:.2} s, CPU {:.2} s, CPU per page {:.2} ms",
        wall.as_secs_f64(),
        cpu.as_secs_f64(),
        cpu.as_secs_f64() * 1000.0 / pages as f64
    );
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let (wall, _) = run(&juxta, dir.path());
        best = best.min(wall);
    }
    assert_eq!(
        count_pages(&dir.path().join("sources")),
        pages,
        "nothing new stored"
    );
    println!(
        "second run, {FEEDS} unchanged feeds: wall {:.0} ms (best of 5)",
        best.as_secs_f64() * 1000.0
    );
}

/// Runs `juxta fetch -q` in `dir`: wall time and the child's CPU time.
fn run(juxta: &str, dir: &Path) -> (Duration, Duration) {
    let before = children_cpu();
    let t = Instant::now();
    let status = Command::new(juxta)
        .args(["fetch", "-q"])
        .current_dir(dir)
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("ALL_PROXY")
        .status()
        .expect("run juxta");
    let wall = t.elapsed();
    assert!(status.success(), "juxta fetch failed");
    (wall, children_cpu() - before)
}

/// User + system time of the children waited for so far.
fn children_cpu() -> Duration {
    // SAFETY: getrusage fills the struct it is given.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut u) };
    let tv =
        |t: libc::timeval| Duration::from_micros(t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64);
    tv(u.ru_utime) + tv(u.ru_stime)
}

fn count_pages(dir: &Path) -> usize {
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.file_type().unwrap().is_dir() && !e.file_name().to_string_lossy().starts_with('.') {
            n += count_pages(&e.path());
        } else if e.file_name().to_string_lossy().ends_with(".html") {
            n += 1;
        }
    }
    n
}

fn write_project(dir: &Path, port: u16) {
    let mut toml = String::from(
        "[project]\ntitle = \"Fetch benchmark\"\n\n[fetch]\ncontact = \"bench@example.org\"\ndelay = \"0ms\"\n\n",
    );
    for f in 0..FEEDS {
        toml.push_str(&format!(
            "[outlets.o{f}]\nname = \"Outlet {f}\"\nfeeds = [\"http://127.0.0.1:{port}/feed/{f}.xml\"]\n\n"
        ));
    }
    toml.push_str("[themes.t]\ntitle = \"T\"\nscope = 'ceasefire'\n");
    std::fs::write(dir.join("juxta.toml"), toml).unwrap();
    std::fs::create_dir_all(dir.join("sources")).unwrap();
}

fn serve(stream: TcpStream, per_feed: usize) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut out = stream;
    loop {
        let mut first = String::new();
        if reader.read_line(&mut first).unwrap_or(0) == 0 {
            return;
        }
        let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
        let mut inm = None;
        loop {
            let mut l = String::new();
            if reader.read_line(&mut l).unwrap_or(0) == 0 {
                return;
            }
            if l.trim().is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':')
                && k.eq_ignore_ascii_case("if-none-match")
            {
                inm = Some(v.trim().to_string());
            }
        }
        let (status, ctype, body) = answer(&path, per_feed);
        let etag = format!("\"{:x}\"", body.len() * 31 + path.len());
        let (status, body) = if status == 200 && inm.as_deref() == Some(etag.as_str()) {
            (304, String::new())
        } else {
            (status, body)
        };
        let head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nETag: {etag}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        // One write: a head and a body written apart wait for a delayed ACK.
        if out.write_all(format!("{head}{body}").as_bytes()).is_err() {
            return;
        }
    }
}

fn answer(path: &str, per_feed: usize) -> (u16, &'static str, String) {
    if let Some(f) = path
        .strip_prefix("/feed/")
        .and_then(|p| p.strip_suffix(".xml"))
    {
        let items: String = (0..per_feed)
            .map(|a| format!("<item><title>Story {a}</title><link>/a/{f}/story-{a}</link><pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate></item>"))
            .collect();
        let rss = format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F{f}</title><link>/</link><description>d</description>{items}</channel></rss>"
        );
        return (200, "application/rss+xml", rss);
    }
    if let Some(rest) = path.strip_prefix("/a/") {
        let paras: String = (0..12)
            .map(|i| format!("<p>Paragraph {i} of {rest}: the ministers met again on Tuesday to discuss the ceasefire, and officials on both sides said the talks had made progress on the questions that had divided them for months; observers were cautious.</p>\n"))
            .collect();
        let html = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Story {rest}</title><meta property=\"article:published_time\" content=\"2024-03-01T08:00:00Z\"></head><body><nav>Home | World | Sport</nav><article><h1>Story {rest}</h1>{paras}</article><footer>Copyright</footer></body></html>"
        );
        return (200, "text/html; charset=utf-8", html);
    }
    (404, "text/plain", String::new())
}
