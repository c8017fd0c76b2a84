//! rs-trafilatura runs on a worker thread with a 256 MB stack, kept for
//! the next page, so that a deep page cannot overflow the caller's stack; a
//! panic in the extractor is an error for that page. The caller starts an
//! extraction and reads the page itself while it runs.

use std::cell::RefCell;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc;

/// Stack size of the extraction thread.
const STACK_BYTES: usize = 256 * 1024 * 1024;

type Extracted = std::thread::Result<rs_trafilatura::Result<rs_trafilatura::ExtractResult>>;
type Job = (String, rs_trafilatura::Options, mpsc::Sender<Extracted>);

thread_local! {
    /// This thread's extraction worker: a thread with a large stack, kept
    /// for the next page (a new thread per page costs 15–25 % more time).
    static WORKER: RefCell<Option<mpsc::Sender<Job>>> = const { RefCell::new(None) };
}

/// Starts a worker thread that extracts the pages it is sent.
fn spawn_worker() -> std::io::Result<mpsc::Sender<Job>> {
    let (tx, rx) = mpsc::channel::<Job>();
    std::thread::Builder::new()
        .name("juxta-html".into())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            for (html, options, reply) in rx {
                let r = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    rs_trafilatura::extract_with_options(&html, &options)
                }));
                let panicked = r.is_err();
                let _ = reply.send(r);
                if panicked {
                    // The extractor's state may be broken: a new worker takes over.
                    break;
                }
            }
        })?;
    Ok(tx)
}

/// An extraction running on the worker thread.
pub(super) struct Extraction(mpsc::Receiver<Extracted>);

/// Starts rs-trafilatura on `html` on this thread's worker (started, or
/// restarted after a panic, as needed).
pub(super) fn start_extraction(
    html: &str,
    options: &rs_trafilatura::Options,
) -> Result<Extraction, String> {
    WORKER.with(|w| {
        let mut worker = w.borrow_mut();
        for _ in 0..2 {
            let tx = match worker.as_ref() {
                Some(tx) => tx.clone(),
                None => {
                    let tx = spawn_worker()
                        .map_err(|e| format!("cannot start the HTML extractor: {e}"))?;
                    *worker = Some(tx.clone());
                    tx
                }
            };
            let (reply, answer) = mpsc::channel();
            if tx.send((html.to_string(), options.clone(), reply)).is_ok() {
                return Ok(Extraction(answer));
            }
            // The worker has gone (after a panic): start another.
            *worker = None;
        }
        Err("cannot start the HTML extractor".into())
    })
}

impl Extraction {
    /// The extractor's result; a panic is an error (and the worker is replaced).
    pub(super) fn wait(self) -> Result<rs_trafilatura::ExtractResult, String> {
        match self.0.recv() {
            Ok(Ok(Ok(r))) => Ok(r),
            Ok(Ok(Err(e))) => Err(format!(
                "cannot extract the article from the HTML page: {e}"
            )),
            Ok(Err(_)) | Err(_) => {
                WORKER.with(|w| *w.borrow_mut() = None);
                Err("the HTML extractor failed on this page (it panicked)".into())
            }
        }
    }
}
