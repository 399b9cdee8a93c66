//! Integration tests: one test binary that runs `clientele` on fixture
//! record folders under `tests/fixtures/` and compares exact output.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod appraisal;
mod client_reports;
mod common;
mod foundation;
mod summary;
mod team_work;
