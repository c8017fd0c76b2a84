//! Integration tests: the real `juxta` binary on copies of the bundled project.

mod common;

mod batch;
mod briefing;
mod build;
mod config_errors;
mod golden;
mod hardening;
mod json;
mod judged;
