//! Integration tests: one test binary that runs `clientele` on fixture
//! record folders under `tests/fixtures/` and compares exact output.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod appraisal;
mod client_reports;
mod common;
mod fmt;
mod foundation;
mod import;
mod lifecycle;
mod outputs;
mod outputs_browser;
mod outputs_cron;
mod outputs_file;
mod outputs_ics;
mod outputs_sqlite;
mod outputs_xlsx;
mod replay;
mod summary;
mod team_work;
mod writes;
mod writes_safety;
mod writes_team;
