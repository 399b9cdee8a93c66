//! Integration tests: one test binary that runs `clientele` on fixture
//! record folders under `tests/fixtures/` and compares exact output. The
//! shared kit (how to run the binary, golden files, write cases) is
//! `common.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod appraisal;
mod cache;
mod client_reports;
mod common;
mod fmt;
mod foundation;
mod generate;
mod git_approvals;
mod git_at;
mod git_ci;
mod git_diff;
mod git_history;
mod git_signed;
mod git_story;
mod harden_boundary;
mod harden_bytes;
mod harden_exits;
mod harden_fuzz;
mod harden_journal;
mod harden_props;
mod i18n;
mod i18n_help;
mod i18n_pages;
mod import;
mod import_complaints;
mod lifecycle;
mod lifecycle_cli;
mod outputs;
mod outputs_browser;
mod outputs_cron;
mod outputs_file;
mod outputs_ics;
mod outputs_sqlite;
mod outputs_xlsx;
mod policy_reports;
mod policy_writes;
mod replay;
mod serve;
mod serve_browser;
mod serve_lang;
mod serve_write;
mod summary;
mod team_leave_actions;
mod team_work;
mod values;
mod views_check;
mod views_clients;
mod work_report;
mod writes;
mod writes_git;
mod writes_safety;
mod writes_team;
