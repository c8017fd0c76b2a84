//! Integration tests: the real `juxta` binary on fixture projects
//! (tests/fixtures/, or the bundled seed project) copied to temp folders,
//! with snapshots of what it prints and writes (tests/cli/snapshots/).
//! harness.rs has `ProjectTest`, the harness every case uses.

mod common;
mod harness;
mod server;

mod archive;
mod batch;
mod briefing;
mod build;
mod config_errors;
mod confinement;
mod fetch;
mod framing;
mod golden;
mod hardening;
mod json;
mod judged;
mod languages;
mod limits;
mod pages;
mod period;
mod regressions;
mod seed_briefing;
mod since;
