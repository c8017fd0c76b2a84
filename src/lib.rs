//! juxta: side-by-side briefings of how different outlets cover one theme.
//!
//! The pipeline (see `DESIGN.md` in the shared folder):
//! config → ingest → corpus → collect → briefing → render → build.
//! Each stage hands over one plain, typed value that can be printed as JSON.

pub mod analysis;
pub(crate) mod archive;
pub(crate) mod bounds;
pub(crate) mod briefing;
pub(crate) mod build;
pub mod cli;
pub(crate) mod cmd;
pub mod collect;
pub mod compare;
pub mod config;
pub mod corpus;
pub mod error;
pub(crate) mod excerpt;
pub(crate) mod fetch;
pub(crate) mod fs;
pub mod generate;
pub mod ingest;
pub(crate) mod language_keys;
pub mod memory;
pub(crate) mod period;
pub mod query;
pub(crate) mod render;
pub(crate) mod since;
pub(crate) mod summary;
pub(crate) mod text;
pub(crate) mod timings;
pub(crate) mod worker;

#[cfg(test)]
mod testutil;
