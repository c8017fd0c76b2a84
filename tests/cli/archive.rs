//! The shared PostgreSQL archive (issue 18): push, build from an empty
//! folder, concurrent pushes, fetch into the archive, a hostile query, a
//! read-only role, a server gone mid-build, the status, and the errors of
//! the configuration (a password in juxta.toml, a server that is not there).
//!
//! Tests that need a server read its connection from `JUXTA_TEST_PG` (a
//! libpq string without a database, e.g. `host=/tmp/pg user=postgres`) and
//! each creates its own database, so they run in parallel. Without it they
//! print that they were skipped; with `JUXTA_REQUIRE_PG=1` (as `.ci/run`
//! sets) a missing server fails them instead.

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use sha2::{Digest, Sha256};

use crate::common::copy_dir;
use crate::harness::{Cmd, ProjectTest};
use crate::server::{Reply, Server};

/// sha256 of the seed briefing built from a folder: one pin, kept in
/// seed_briefing.rs.
use crate::seed_briefing::{SEED_JSON_SHA256, SEED_PDF_SHA256};

/// A database of its own on the test server, dropped at the end.
struct Db {
    /// The server's connection string, without a database.
    base: String,
    /// The database's name.
    name: String,
}

static SEQ: AtomicUsize = AtomicUsize::new(0);

impl Db {
    /// A new database on the server of `JUXTA_TEST_PG`; none (and a line
    /// saying the test was skipped) when no server is given.
    fn new(test: &str) -> Option<Db> {
        let base = match std::env::var("JUXTA_TEST_PG") {
            Ok(v) if !v.trim().is_empty() => v,
            _ => {
                assert!(
                    std::env::var_os("JUXTA_REQUIRE_PG").is_none(),
                    "JUXTA_REQUIRE_PG is set but JUXTA_TEST_PG names no server"
                );
                // Past the test harness's capture, so that it shows.
                let _ = writeln!(
                    std::io::stderr(),
                    "skipped archive test {test}: no PostgreSQL (set JUXTA_TEST_PG=\"host=… user=…\")"
                );
                return None;
            }
        };
        let name = format!(
            "juxta_t_{}_{}",
            std::process::id(),
            SEQ.fetch_add(1, Ordering::SeqCst)
        );
        let db = Db { base, name };
        db.admin(&format!("CREATE DATABASE {}", db.name));
        Some(db)
    }

    /// The connection string of this database (as `user`, when given).
    fn url_as(&self, user: Option<&str>) -> String {
        let user = user.map(|u| format!(" user={u}")).unwrap_or_default();
        format!("{} dbname={}{user}", self.base, self.name)
    }

    fn url(&self) -> String {
        self.url_as(None)
    }

    /// Runs `sql` on the server's `postgres` database.
    fn admin(&self, sql: &str) {
        let mut c =
            postgres::Client::connect(&format!("{} dbname=postgres", self.base), postgres::NoTls)
                .expect("JUXTA_TEST_PG names a server that cannot be reached");
        c.batch_execute(sql).unwrap();
    }

    /// A client of this database.
    fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url(), postgres::NoTls).unwrap()
    }

    /// One number.
    fn count(&self, sql: &str) -> i64 {
        self.client().query_one(sql, &[]).unwrap().get(0)
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let _ =
            postgres::Client::connect(&format!("{} dbname=postgres", self.base), postgres::NoTls)
                .and_then(|mut c| {
                    c.batch_execute(&format!(
                        "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                        self.name
                    ))
                });
    }
}

/// The seed project with `[archive]` naming `url`; without its sources
/// when `sources` is false.
fn seeds_with_archive(url: &str, sources: bool) -> ProjectTest {
    let p = ProjectTest::seeds().named("archive");
    if !sources {
        std::fs::remove_dir_all(p.path().join("sources")).unwrap();
    }
    let cfg = p.read("juxta.toml");
    p.write("juxta.toml", format!("{cfg}\n[archive]\nurl = \"{url}\"\n"));
    p
}

fn sha(p: &ProjectTest, rel: &str) -> String {
    let bytes = std::fs::read(p.path().join(rel)).unwrap();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `juxta archive push` in a copy of the seeds, whose sources are pushed.
fn push_seeds(url: &str) -> ProjectTest {
    let p = seeds_with_archive(url, true);
    p.run(&["archive", "push"])
        .ok()
        .stderr_has("pushed 5 sources");
    p
}

#[test]
fn push_then_build_from_a_folder_without_sources_gives_the_same_pdf() {
    let Some(db) = Db::new("push_then_build") else {
        return;
    };
    let pushed = push_seeds(&db.url());
    // Again: nothing is written twice.
    pushed
        .run(&["archive", "push"])
        .ok()
        .stderr_has("0 written (0 passages), 5 unchanged");
    assert_eq!(db.count("SELECT count(*) FROM juxta_document"), 5);
    let p = seeds_with_archive(&db.url(), false);
    assert!(!p.exists("sources"));
    p.run(&["build", "--emit", "pdf,json"]).ok();
    assert_eq!(sha(&p, "output/security-guarantor.pdf"), SEED_PDF_SHA256);
    assert_eq!(sha(&p, "output/security-guarantor.json"), SEED_JSON_SHA256);
    // Raw bytes are kept, byte for byte.
    let raw: Vec<u8> = db
        .client()
        .query_one(
            "SELECT r.bytes FROM juxta_raw r JOIN juxta_document d ON d.raw_sha256 = r.sha256 \
             WHERE d.path = 'sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt'",
            &[],
        )
        .unwrap()
        .get(0);
    let on_disk = std::fs::read(
        pushed
            .path()
            .join("sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt"),
    )
    .unwrap();
    assert_eq!(raw, on_disk);
    // Entries pushed by another juxta are read from their JSON: the same.
    db.client()
        .execute(
            "UPDATE juxta_document SET entry_format = 'another juxta'",
            &[],
        )
        .unwrap();
    // The local copy of the index holds this juxta's entries: it is not
    // used, and the candidates are read from the archive.
    let r = p
        .cmd(&["build", "--force", "--emit", "pdf,json"])
        .env("JUXTA_TIMINGS", "1")
        .run()
        .ok();
    assert!(
        !r.stderr.contains("copied to the local index"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("passages are candidates"), "{}", r.stderr);
    assert_eq!(sha(&p, "output/security-guarantor.pdf"), SEED_PDF_SHA256);
    assert_eq!(sha(&p, "output/security-guarantor.json"), SEED_JSON_SHA256);
    // The status names what is there.
    let j = p.run(&["archive", "status", "--json"]).ok().json();
    assert_eq!(j["articles"], 5, "{j:#}");
    assert_eq!(j["schema_version"], 3, "{j:#}");
    assert_eq!(j["outlets"].as_array().unwrap().len(), 4, "{j:#}");
}

#[test]
fn two_pushes_at_once_from_two_clones_leave_no_duplicates() {
    let Some(db) = Db::new("concurrent_pushes") else {
        return;
    };
    let a = seeds_with_archive(&db.url(), true);
    let b = seeds_with_archive(&db.url(), true);
    for _ in 0..2 {
        let mut ca = a.cmd(&["archive", "push"]).command();
        let mut cb = b.cmd(&["archive", "push"]).command();
        let (ha, hb) = (ca.spawn().unwrap(), cb.spawn().unwrap());
        assert!(ha.wait_with_output().unwrap().status.success());
        assert!(hb.wait_with_output().unwrap().status.success());
    }
    assert_eq!(db.count("SELECT count(*) FROM juxta_document"), 5);
    assert_eq!(
        db.count("SELECT count(DISTINCT (outlet, path)) FROM juxta_document"),
        5
    );
    assert_eq!(db.count("SELECT count(*) FROM juxta_schema_version"), 3);
    let passages = db.count("SELECT count(*) FROM juxta_passage");
    assert_eq!(
        passages,
        db.count("SELECT count(DISTINCT (document, para)) FROM juxta_passage")
    );
    assert_statistics_are_those_of_the_passages(&db);
    let p = seeds_with_archive(&db.url(), false);
    p.run(&["build"]).ok();
    assert_eq!(sha(&p, "output/security-guarantor.pdf"), SEED_PDF_SHA256);
    // Two clones push different versions of one source at once, then one
    // of them again: whichever wins, each word is counted once.
    let rel = "sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt";
    a.write(
        rel,
        format!(
            "{}\n\nA paragraph only clone a has, on mediation.\n",
            a.read(rel)
        ),
    );
    b.write(
        rel,
        format!(
            "{}\n\nClone b writes of a ceasefire instead.\n",
            b.read(rel)
        ),
    );
    let mut ca = a.cmd(&["archive", "push"]).command();
    let mut cb = b.cmd(&["archive", "push"]).command();
    let (ha, hb) = (ca.spawn().unwrap(), cb.spawn().unwrap());
    assert!(ha.wait_with_output().unwrap().status.success());
    assert!(hb.wait_with_output().unwrap().status.success());
    assert_statistics_are_those_of_the_passages(&db);
    a.run(&["archive", "push"]).ok();
    assert_statistics_are_those_of_the_passages(&db);
    assert_eq!(db.count("SELECT count(*) FROM juxta_document"), 5);
}

/// The statistics pushes keep (`juxta_term_df`, `juxta_outlet_stats`)
/// are those counted again from the passages: no word lost or counted
/// twice.
fn assert_statistics_are_those_of_the_passages(db: &Db) {
    let counted = "SELECT d.outlet, u.lexeme, count(*) FROM juxta_passage p \
        JOIN juxta_document d ON d.id = p.document, unnest(p.stems) u GROUP BY 1, 2";
    let kept = "SELECT outlet, term, df FROM juxta_term_df WHERE df <> 0";
    for (a, b) in [(counted, kept), (kept, counted)] {
        let differ = db.count(&format!("SELECT count(*) FROM (({a}) EXCEPT ({b})) x"));
        assert_eq!(differ, 0, "{a}\nEXCEPT\n{b}");
    }
    let counted = "SELECT d.outlet, count(*), sum(p.tokens) FROM juxta_passage p \
        JOIN juxta_document d ON d.id = p.document GROUP BY 1";
    let kept = "SELECT outlet, passages, tokens FROM juxta_outlet_stats WHERE passages <> 0";
    for (a, b) in [(counted, kept), (kept, counted)] {
        let differ = db.count(&format!("SELECT count(*) FROM (({a}) EXCEPT ({b})) x"));
        assert_eq!(differ, 0, "{a}\nEXCEPT\n{b}");
    }
    assert!(db.count("SELECT count(*) FROM juxta_term_df") > 100);
}

/// Issue 19, part 2, from the archive: an article pushed after a build is
/// new in the next build, as in a folder, and the first build is the seed
/// briefing.
#[test]
fn an_article_pushed_after_a_build_is_new_in_the_next() {
    use crate::since::{ADDED, ARTICLE, passages};
    let Some(db) = Db::new("since") else {
        return;
    };
    let pushed = push_seeds(&db.url());
    let p = seeds_with_archive(&db.url(), false);
    p.run(&["build"]).ok();
    assert_eq!(sha(&p, "output/security-guarantor.pdf"), SEED_PDF_SHA256);
    pushed.write(ADDED, ARTICLE);
    pushed.run(&["archive", "push"]).ok();
    assert_statistics_are_those_of_the_passages(&db);
    p.run(&["build", "--emit", "pdf,json"]).ok();
    let b: serde_json::Value =
        serde_json::from_str(&p.read("output/security-guarantor.json")).unwrap();
    assert_eq!(b["since"]["previous"], true);
    assert_eq!(b["since"]["new_articles_total"], 1);
    let shown = passages(&b);
    assert!(shown.iter().any(|(s, _)| s == ADDED), "{shown:?}");
    for (source, new) in shown {
        assert_eq!(new, source == ADDED, "{source}");
    }
}

#[test]
fn a_hostile_query_leaves_the_archive_intact() {
    let Some(db) = Db::new("hostile_query") else {
        return;
    };
    push_seeds(&db.url());
    let before = db.count("SELECT count(*) FROM juxta_passage");
    let p = seeds_with_archive(&db.url(), false);
    let cfg = p.read("juxta.toml");
    p.write(
        "juxta.toml",
        format!(
            "{cfg}\n[themes.hostile]\ntitle = \"Hostile\"\nscope = '''\"Russia'); DROP TABLE juxta_document; --\" OR \"x' OR '1'='1\" OR Russia'''\n"
        ),
    );
    let r = p.run(&["build", "hostile"]);
    r.no_panic();
    assert_eq!(db.count("SELECT count(*) FROM juxta_document"), 5);
    assert_eq!(db.count("SELECT count(*) FROM juxta_passage"), before);
    // The archive still builds the seed briefing.
    p.run(&["build"]).ok();
    assert_eq!(sha(&p, "output/security-guarantor.pdf"), SEED_PDF_SHA256);
}

#[test]
fn a_read_only_role_builds_and_cannot_push() {
    let Some(db) = Db::new("read_only") else {
        return;
    };
    let (writer, reader) = (format!("{}_w", db.name), format!("{}_r", db.name));
    // The statements of the README's "Roles".
    db.admin(&format!(
        "CREATE ROLE {writer} LOGIN; CREATE ROLE {reader} LOGIN;
         ALTER DATABASE {d} OWNER TO {writer};
         GRANT CONNECT ON DATABASE {d} TO {reader};",
        d = db.name
    ));
    let mut c = db.client();
    c.batch_execute(&format!(
        "ALTER SCHEMA public OWNER TO {writer};
         GRANT USAGE ON SCHEMA public TO {reader};
         ALTER DEFAULT PRIVILEGES FOR ROLE {writer} IN SCHEMA public GRANT SELECT ON TABLES TO {reader};"
    ))
    .unwrap();
    drop(c);
    push_seeds(&db.url_as(Some(&writer)));
    let p = seeds_with_archive(&db.url_as(Some(&reader)), false);
    p.run(&["build"]).ok();
    assert_eq!(sha(&p, "output/security-guarantor.pdf"), SEED_PDF_SHA256);
    let q = seeds_with_archive(&db.url_as(Some(&reader)), true);
    q.edit(
        "sources/dw/russia-mediates-over-azerbaijan-armenia-hostilities.txt",
        "Russia",
        "Moscow",
    );
    q.run(&["archive", "push"])
        .code(1)
        .stderr_has("writer role");
    drop(db);
    let base = std::env::var("JUXTA_TEST_PG").unwrap();
    let _ = postgres::Client::connect(&format!("{base} dbname=postgres"), postgres::NoTls)
        .and_then(|mut c| {
            c.batch_execute(&format!(
                "DROP ROLE IF EXISTS {reader}; DROP ROLE IF EXISTS {writer};"
            ))
        });
}

/// Forwards connections from a Unix socket in `dir` to the server's, and
/// cuts the connection when the client asks for whole documents: the
/// server gone in the middle of a build, after its index was made.
fn cutting_proxy(dir: &Path, server_socket: std::path::PathBuf) {
    let listener = UnixListener::bind(dir.join(".s.PGSQL.5432")).unwrap();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(mut client) = client else { return };
            let Ok(mut server) = UnixStream::connect(&server_socket) else {
                return;
            };
            let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut s2, &mut c2);
            });
            let mut buf = [0u8; 65536];
            while let Ok(n) = client.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let seen = String::from_utf8_lossy(&buf[..n]);
                if seen.contains("SELECT id, document FROM") {
                    let _ = server.shutdown(std::net::Shutdown::Both);
                    let _ = client.shutdown(std::net::Shutdown::Both);
                    break;
                }
                if server.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    });
}

#[test]
fn the_server_gone_mid_build_is_a_clear_error_and_no_pdf() {
    let Some(db) = Db::new("server_gone") else {
        return;
    };
    push_seeds(&db.url());
    let host = db
        .base
        .split_whitespace()
        .find_map(|kv| kv.strip_prefix("host="))
        .filter(|h| h.starts_with('/'));
    let Some(host) = host else {
        eprintln!("skipped the_server_gone_mid_build: JUXTA_TEST_PG has no socket folder host");
        return;
    };
    let port = db
        .base
        .split_whitespace()
        .find_map(|kv| kv.strip_prefix("port="))
        .unwrap_or("5432");
    let proxy = tempfile::tempdir().unwrap();
    cutting_proxy(
        proxy.path(),
        Path::new(host).join(format!(".s.PGSQL.{port}")),
    );
    let rest: Vec<&str> = db
        .base
        .split_whitespace()
        .filter(|kv| !kv.starts_with("host=") && !kv.starts_with("port="))
        .collect();
    let url = format!(
        "host={} port=5432 {} dbname={}",
        proxy.path().display(),
        rest.join(" "),
        db.name
    );
    let p = seeds_with_archive(&url, false);
    let r = p.run(&["build"]).code(1);
    r.no_panic();
    r.stderr_has("archive");
    assert!(
        r.stderr.contains("connection") || r.stderr.contains("server"),
        "{}",
        r.stderr
    );
    assert!(!p.exists("output/security-guarantor.pdf"));
    let leftovers: Vec<_> = std::fs::read_dir(p.path().join("output"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(
        leftovers
            .iter()
            .all(|n| !n.to_string_lossy().contains(".pdf")),
        "{leftovers:?}"
    );
}

#[test]
fn fetched_articles_go_to_the_archive_with_raw_bytes_and_sidecar() {
    let Some(db) = Db::new("fetch_into_archive") else {
        return;
    };
    let s = Server::start();
    let page = crate::fetch::article("Truce talks resume", "ceasefire", Some("2024-03-01"), None);
    s.route(
        "/feed.xml",
        vec![Reply::ok(
            "application/rss+xml",
            crate::fetch::rss(&[("/news/truce-talks", "Fri, 01 Mar 2024 10:00:00 GMT")]),
        )],
    );
    s.route("/news/truce-talks", vec![Reply::html(page.clone())]);
    let p = crate::fetch::project(&s, &format!("feeds = [\"{}\"]", s.url("/feed.xml")), "");
    let cfg = p.read("juxta.toml");
    p.write(
        "juxta.toml",
        format!("{cfg}\n[archive]\nurl = \"{}\"\n", db.url()),
    );
    crate::fetch::juxta(&p, &["fetch"])
        .run()
        .ok()
        .stderr_has("pushed 1 fetched article");
    let mut c = db.client();
    let row = c
        .query_one(
            "SELECT d.url, r.bytes, r.sidecar FROM juxta_document d \
             JOIN juxta_raw r ON r.sha256 = d.raw_sha256",
            &[],
        )
        .unwrap();
    let (url, bytes, sidecar): (Option<String>, Vec<u8>, Option<Vec<u8>>) =
        (row.get(0), row.get(1), row.get(2));
    assert_eq!(url.as_deref(), Some(s.url("/news/truce-talks").as_str()));
    assert_eq!(bytes, page.as_bytes());
    assert!(
        String::from_utf8(sidecar.unwrap())
            .unwrap()
            .contains("[fetched]")
    );
    assert_eq!(db.count("SELECT count(*) FROM juxta_fetch_state"), 1);
    assert_eq!(db.count("SELECT count(*) FROM juxta_snapshot"), 1);
    let j = p.run(&["archive", "status", "--json"]).ok().json();
    assert!(j["last_fetch"].is_string(), "{j:#}");
}

#[test]
fn a_password_in_juxta_toml_is_refused_and_never_printed() {
    let p = seeds_with_archive(
        "postgresql://juxta:hunter2secret@db.internal/newsroom",
        true,
    );
    for args in [&["build"][..], &["archive", "status"], &["check"]] {
        let r = p.run(args).code(2);
        r.stderr_has("password")
            .stderr_has("PGPASSWORD")
            .stderr_has("JUXTA_ARCHIVE")
            .stderr_has(".pgpass");
        assert!(!r.stderr.contains("hunter2secret"), "{}", r.stderr);
        assert!(!r.stdout.contains("hunter2secret"), "{}", r.stdout);
    }
}

#[test]
fn an_unreachable_server_is_a_clear_error_without_secrets() {
    let sock = tempfile::tempdir().unwrap();
    let p = seeds_with_archive(
        &format!("host={} user=juxta dbname=none", sock.path().display()),
        false,
    );
    let r = p.run(&["build"]).code(1);
    r.stderr_has("cannot reach the archive")
        .stderr_has("juxta@");
    assert!(!p.exists("output/security-guarantor.pdf"));
    // A password given through the environment is used and never shown.
    let r = Cmd::new(p.path(), &["archive", "status"], "archive")
        .env(
            "JUXTA_ARCHIVE",
            &format!(
                "postgresql://juxta:envsecret99@localhost/none?host={}",
                sock.path().display()
            ),
        )
        .run()
        .code(1);
    r.stderr_has("cannot reach the archive");
    assert!(!r.stderr.contains("envsecret99"), "{}", r.stderr);
}

/// A theme whose queries use every form the translation to SQL knows:
/// exact forms, prefixes, phrases with and without slop, `NOT`, compounds.
const NARROW_THEME: &str = r#"
[themes.narrow]
title = "Narrow"
scope = 'Lavrov OR Peskov OR "peace deal" OR Kremlin*'

[[themes.narrow.facets]]
id = "talks"
title = "Talks"
query = '=talks OR mediat* OR "peace efforts"~2 OR (ceasefire AND NOT truce)'

[[themes.narrow.facets]]
id = "arms"
title = "Arms"
query = 'weapons OR "military base" OR cease-fire OR (guarantor NOT Moscow)'
"#;

/// The equivalence of issue 18: on a generated corpus of 400 articles, a
/// build from the archive reads only the candidate passages PostgreSQL
/// selects, scores them with the archive's statistics, and gives the
/// folder's briefing and record, byte for byte, for two themes.
#[test]
fn a_build_from_the_archive_selects_candidates_in_sql_and_matches_the_folder() {
    let Some(db) = Db::new("equivalence") else {
        return;
    };
    let dir = ProjectTest::empty().named("archive_equivalence");
    let proj = dir.generate(400, 12);
    let toml = proj.join("juxta.toml");
    let cfg = format!("{}{NARROW_THEME}", std::fs::read_to_string(&toml).unwrap());
    std::fs::write(&toml, &cfg).unwrap();
    let folder = Cmd::new(
        &proj,
        &["build", "--all", "--emit", "pdf,json"],
        "equivalence",
    );
    folder.run().ok();
    // Candidates read from the archive, not a local copy of its index.
    let with_archive = format!(
        "{cfg}\n[archive]\nurl = \"{}\"\nlocal-index = false\n",
        db.url()
    );
    std::fs::write(&toml, &with_archive).unwrap();
    Cmd::new(&proj, &["archive", "push"], "equivalence")
        .run()
        .ok();
    // A folder with no sources, reading the archive.
    let empty = ProjectTest::empty().named("archive_equivalence_empty");
    empty.write("juxta.toml", &with_archive);
    copy_dir(
        &proj.join("report-templates"),
        &empty.path().join("report-templates"),
    );
    let r = empty
        .cmd(&["build", "--all", "--emit", "pdf,json"])
        .env("JUXTA_TIMINGS", "1")
        .run();
    let r = r.ok();
    for theme in ["security-guarantor", "narrow"] {
        for ext in ["pdf", "json"] {
            let rel = format!("output/{theme}.{ext}");
            let folder = std::fs::read(proj.join(&rel)).unwrap();
            let archive = std::fs::read(empty.path().join(&rel)).unwrap();
            assert!(
                folder == archive,
                "{rel} differs between the folder and the archive"
            );
        }
    }
    // Only the narrow theme: far fewer candidates than passages.
    let r2 = empty
        .cmd(&["build", "narrow", "--force"])
        .env("JUXTA_TIMINGS", "1")
        .run();
    let (read, all) = candidates(&r2.ok().stderr);
    assert!(read * 2 < all, "{read} of {all} passages read");
    assert!(read > 0);
    let (read_all, _) = candidates(&r.stderr);
    assert!(read < read_all, "two themes read more than one");
}

/// The local copy of the archive's index (`.juxta/archive/`): made by the
/// first build over all dates, brought up to date with only what a push
/// changed or a deletion removed, made again when the archive is emptied
/// at once; each build gives the folder's briefing.
#[test]
fn the_local_index_follows_the_archive_and_builds_as_the_folder_does() {
    let Some(db) = Db::new("local_index") else {
        return;
    };
    let dir = ProjectTest::empty().named("archive_local_index");
    let proj = dir.generate(300, 6);
    let toml = proj.join("juxta.toml");
    let cfg = std::fs::read_to_string(&toml).unwrap();
    let empty = ProjectTest::empty().named("archive_local_index_empty");
    empty.write(
        "juxta.toml",
        format!("{cfg}\n[archive]\nurl = \"{}\"\n", db.url()),
    );
    copy_dir(
        &proj.join("report-templates"),
        &empty.path().join("report-templates"),
    );
    let run = |p: &Path, args: &[&str]| {
        Cmd::new(p, args, "local_index")
            .env("JUXTA_TIMINGS", "1")
            .run()
            .ok()
            .stderr
    };
    // The folder's project pushes without reading the archive to build.
    let push = || {
        Cmd::new(&proj, &["archive", "push"], "local_index")
            .env("JUXTA_ARCHIVE", &db.url())
            .run()
            .ok();
    };
    let same = |step: &str| {
        for ext in ["pdf", "json"] {
            let rel = format!("output/security-guarantor.{ext}");
            let folder = std::fs::read(proj.join(&rel)).unwrap();
            let archive = std::fs::read(empty.path().join(&rel)).unwrap();
            assert!(folder == archive, "{step}: {rel} differs from the folder's");
        }
    };
    let build = ["build", "--force", "--emit", "pdf,json"];
    run(&proj, &build);
    push();
    let first = run(empty.path(), &build);
    assert_eq!(copied(&first), (300, 300), "{first}");
    assert!(empty.exists(".juxta/archive/state.bin"));
    same("first build");
    // Nothing changed: nothing read again.
    let again = run(empty.path(), &build);
    assert_eq!(copied(&again), (0, 300), "{again}");
    same("second build");
    // A damaged copy (its record, then its index) is made again, and the
    // build says so.
    let state = empty.path().join(".juxta/archive/state.bin");
    let mut bytes = std::fs::read(&state).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&state, &bytes).unwrap();
    let mended = run(empty.path(), &build);
    assert!(mended.contains("is damaged"), "{mended}");
    assert_eq!(copied(&mended), (300, 300), "{mended}");
    same("after the record was damaged");
    std::fs::remove_file(empty.path().join(".juxta/archive/index/meta.json")).unwrap();
    let mended = run(empty.path(), &build);
    assert!(mended.contains("its index does not open"), "{mended}");
    assert_eq!(copied(&mended), (300, 300), "{mended}");
    same("after the index was damaged");
    let quiet = run(empty.path(), &build);
    assert!(!quiet.contains("damaged"), "{quiet}");
    // One source changed and one added: those two are read.
    let sources: Vec<_> = walk(&proj.join("sources"));
    let changed = &sources[7];
    let text = std::fs::read_to_string(changed).unwrap();
    std::fs::write(
        changed,
        format!("{text}\nRussia offered to mediate again, the ministry said on Friday.\n"),
    )
    .unwrap();
    let added = changed.with_file_name("added-after-the-copy.txt");
    std::fs::write(&added, std::fs::read(&sources[11]).unwrap()).unwrap();
    run(&proj, &build);
    push();
    let third = run(empty.path(), &build);
    assert_eq!(copied(&third), (2, 301), "{third}");
    same("after a push");
    // A row deleted from the archive: it leaves the copy, as a file
    // deleted leaves the folder's index.
    db.client()
        .execute(
            "DELETE FROM juxta_document WHERE path LIKE '%added-after-the-copy.txt'",
            &[],
        )
        .unwrap();
    std::fs::remove_file(&added).unwrap();
    run(&proj, &build);
    let fourth = run(empty.path(), &build);
    assert_eq!(copied(&fourth), (0, 300), "{fourth}");
    assert!(fourth.contains("1 removed"), "{fourth}");
    same("after a deletion");
    // Every row deleted at once, then pushed again: the copy is made again.
    db.client()
        .batch_execute("TRUNCATE juxta_document CASCADE")
        .unwrap();
    push();
    let fifth = run(empty.path(), &build);
    assert!(fifth.contains("made again"), "{fifth}");
    assert_eq!(copied(&fifth), (300, 300), "{fifth}");
}

/// The source files under `dir`, sorted.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        match p.is_dir() {
            true => out.extend(walk(&p)),
            false => out.push(p),
        }
    }
    out.sort();
    out
}

/// (sources copied, sources held) from the `archive:` line of
/// `JUXTA_TIMINGS` about the local index.
fn copied(stderr: &str) -> (usize, usize) {
    let line = stderr
        .lines()
        .find(|l| l.contains("copied to the local index"))
        .unwrap_or_else(|| panic!("no local index line in {stderr}"));
    let nums: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[2])
}

/// (candidates, passages) from the `archive:` line of `JUXTA_TIMINGS`.
fn candidates(stderr: &str) -> (usize, usize) {
    let line = stderr
        .lines()
        .find(|l| l.contains("passages are candidates"))
        .unwrap_or_else(|| panic!("no candidates line in {stderr}"));
    let nums: Vec<usize> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[1])
}

/// Per-language queries and a period from the archive: a German outlet
/// with `query-de`/`scope-de`, built over all dates and over one period
/// (`--from`/`--to`, selected in SQL), gives the folder's briefing and
/// record each time.
#[test]
fn german_queries_and_a_period_select_in_sql_as_the_folder_does() {
    let Some(db) = Db::new("languages") else {
        return;
    };
    let folder = ProjectTest::from_dir("fixtures/german-outlet").named("archive_languages");
    crate::languages::with_german_queries(&folder);
    // Around the month: an article in it, one before it in a language no
    // query is written in, and an undated one. A build of the month reads
    // only the month's entries from the archive; the briefing still counts
    // every date's articles and languages, as from the folder.
    folder.write(
        "sources/moscow-times/september.txt",
        "Moscow restates its guarantees\n\nBy Anna Test | September 14, 2023\n\n\
         Russia said on Thursday that its military base in Gyumri remains the guarantor \
         of Armenia's security, and offered to mediate new talks.\n\n\
         The Kremlin repeated that the alliance would honour its commitments.\n",
    );
    folder.write(
        "sources/zeitung/turkce.txt",
        "Rusya arabuluculuk teklif etti\n\nBy Ayşe Test | March 3, 2021\n\n\
         Rusya Dışişleri Bakanlığı, iki komşu ülke arasında arabuluculuk yapmaya hazır \
         olduğunu açıkladı ve taraflara ateşkese uymaları çağrısında bulundu.\n\n\
         Bakanlık, görüşmelerin önümüzdeki hafta Moskova'da yapılabileceğini söyledi ve \
         bölgedeki gerginliğin azalması gerektiğini vurguladı.\n",
    );
    folder.write(
        "sources/dw/undated.txt",
        "Talks without a date\n\nRussia offered talks between the neighbours, the ministry \
         in Moscow said, and called the ceasefire a first step.\n",
    );
    let runs: [&[&str]; 2] = [
        &["build", "--force", "--emit", "pdf,json"],
        &[
            "build",
            "--force",
            "--emit",
            "pdf,json",
            "--from",
            "2023-09-01",
            "--to",
            "2023-09-30",
        ],
    ];
    let mut expected = Vec::new();
    for args in runs {
        folder.run(args).ok();
        expected.push((
            sha(&folder, "output/security-guarantor.pdf"),
            sha(&folder, "output/security-guarantor.json"),
        ));
    }
    let cfg = folder.read("juxta.toml");
    let with_archive = format!("{cfg}\n[archive]\nurl = \"{}\"\n", db.url());
    folder.write("juxta.toml", &with_archive);
    folder.run(&["archive", "push"]).ok();
    // Candidates selected in SQL, then the local copy of the index.
    for local in [false, true] {
        let empty = ProjectTest::empty().named("archive_languages_empty");
        empty.write(
            "juxta.toml",
            format!("{with_archive}local-index = {local}\n"),
        );
        copy_dir(
            &folder.path().join("report-templates"),
            &empty.path().join("report-templates"),
        );
        let mut listed = Vec::new();
        for (args, (pdf, json)) in runs.iter().zip(&expected) {
            let r = empty.cmd(args).env("JUXTA_TIMINGS", "1").run().ok();
            listed.push(sources_listed(&r.stderr));
            assert_eq!(
                &sha(&empty, "output/security-guarantor.pdf"),
                pdf,
                "{args:?}, local index {local}"
            );
            assert_eq!(
                &sha(&empty, "output/security-guarantor.json"),
                json,
                "{args:?}, local index {local}"
            );
        }
        match local {
            // The month's build listed only the month's sources (two) and
            // the undated ones (two), not those of 2016 and 2021.
            false => assert_eq!(listed, [6, 4], "all dates, then the month"),
            // The local copy, made by the first build, holds them all.
            true => assert_eq!(listed, [6, 6], "all dates, then the month"),
        }
    }
}

/// How many sources the build listed, from the `archive:` line of
/// `JUXTA_TIMINGS`.
fn sources_listed(stderr: &str) -> usize {
    let line = stderr
        .lines()
        .find(|l| l.contains("sources listed"))
        .unwrap_or_else(|| panic!("no sources line in {stderr}"));
    line.split_whitespace()
        .find_map(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("no count in {line}"))
}
