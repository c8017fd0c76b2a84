//! A small HTTP/1.1 server on 127.0.0.1 for the fetch tests: each test
//! starts its own, sets what each path answers, and reads back the
//! requests it saw (path, headers, time). Never a real site.
//!
//! A path answers its replies in turn (the last one again and again); a
//! reply with an `ETag` answers 304 to a request whose `If-None-Match`
//! matches; a reply can also never answer.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One answer.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Never answer (hold the connection until the server's test ends).
    pub hang: bool,
}

impl Reply {
    /// 200 with a content type.
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            hang: false,
        }
    }

    /// 200 text/html.
    pub fn html(body: impl Into<Vec<u8>>) -> Reply {
        Reply::ok("text/html; charset=utf-8", body)
    }

    /// Any status without a body.
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            hang: false,
        }
    }

    /// A reply that never comes.
    pub fn hang() -> Reply {
        Reply {
            hang: true,
            ..Reply::status(200)
        }
    }

    /// Adds a header.
    pub fn header(mut self, k: &str, v: &str) -> Reply {
        self.headers.push((k.into(), v.into()));
        self
    }
}

/// A request the server saw.
#[derive(Clone, Debug)]
pub struct Hit {
    /// Path and query.
    pub path: String,
    /// Headers, names lower-case.
    pub headers: HashMap<String, String>,
    /// When it arrived.
    pub at: Instant,
}

#[derive(Default)]
struct Shared {
    routes: HashMap<String, Vec<Reply>>,
    hits: Vec<Hit>,
}

/// The server; it stops answering when dropped (threads end on their own).
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
}

impl Server {
    /// Starts a server on a free port of 127.0.0.1.
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Mutex::new(Shared::default()));
        let s = shared.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let s = s.clone();
                std::thread::spawn(move || serve(stream, &s));
            }
        });
        Server { addr, shared }
    }

    /// `http://127.0.0.1:PORT` + path.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// What `path` (with its query, if any) answers: these replies in turn.
    pub fn route(&self, path: &str, replies: Vec<Reply>) {
        self.shared
            .lock()
            .unwrap()
            .routes
            .insert(path.into(), replies);
    }

    /// The requests seen so far.
    pub fn hits(&self) -> Vec<Hit> {
        self.shared.lock().unwrap().hits.clone()
    }

    /// The requests for `path` seen so far.
    pub fn hits_of(&self, path: &str) -> Vec<Hit> {
        self.hits().into_iter().filter(|h| h.path == path).collect()
    }

    /// Forgets the requests seen so far.
    pub fn clear_hits(&self) {
        self.shared.lock().unwrap().hits.clear();
    }
}

/// Answers the requests of one connection (keep-alive).
fn serve(stream: TcpStream, shared: &Mutex<Shared>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut out = stream;
    loop {
        let mut first = String::new();
        if reader.read_line(&mut first).unwrap_or(0) == 0 {
            return;
        }
        let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
        let mut headers = HashMap::new();
        loop {
            let mut l = String::new();
            if reader.read_line(&mut l).unwrap_or(0) == 0 {
                return;
            }
            let l = l.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
        }
        if let Some(n) = headers
            .get("content-length")
            .and_then(|n| n.parse::<u64>().ok())
        {
            let _ = std::io::copy(&mut (&mut reader).take(n), &mut std::io::sink());
        }
        let reply = {
            let mut s = shared.lock().unwrap();
            s.hits.push(Hit {
                path: path.clone(),
                headers: headers.clone(),
                at: Instant::now(),
            });
            match s.routes.get_mut(&path) {
                Some(list) if list.len() > 1 => list.remove(0),
                Some(list) if !list.is_empty() => list[0].clone(),
                _ => Reply::status(404),
            }
        };
        if reply.hang {
            std::thread::sleep(Duration::from_secs(60));
            return;
        }
        let etag = reply
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("etag"))
            .map(|(_, v)| v.clone());
        let not_modified = etag.is_some() && headers.get("if-none-match") == etag.as_ref();
        let (status, body) = if not_modified {
            (304, Vec::new())
        } else {
            (reply.status, reply.body.clone())
        };
        let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\n", body.len());
        for (k, v) in &reply.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        // One write: a head and a body written apart wait for a delayed ACK.
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&body);
        if out.write_all(&bytes).is_err() {
            return;
        }
        let _ = out.flush();
    }
}
