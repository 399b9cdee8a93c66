//! Integration tests: one test binary that runs `clientele` on fixture
//! record folders under `tests/fixtures/` and compares exact output.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
mod foundation;
mod team_work;
mod writes;
