//! Reports: pure functions from the loaded records and options to typed
//! rows. No file, clock or terminal access here: "now" and D come in as
//! arguments, and rendering is `crate::render`'s job.
//!
//! The folders follow the policy's areas, as `docs/` does:
//! - [`clients`]: grading (tiers), return visits (followups), visit plans,
//!   care dates and the sales pipeline (`docs/client-reports.md`);
//! - [`complaints`]: the complaint list and its summary
//!   (`docs/team-work.md`);
//! - [`team`]: daily work — attendance, leave, meetings and action items
//!   (`docs/team-work.md`);
//! - [`people`]: appraisal and incentives — KPI, appraisal, promotion,
//!   awards — and training (`docs/appraisal-and-training.md`);
//! - [`work_report`]: the weekly or monthly work report
//!   (`docs/appraisal-and-training.md`);
//! - [`summary`]: the morning briefing built from the others
//!   (`docs/summary.md`).
//!
//! Shared by several areas and not a report themselves: [`dates`] (day
//! arithmetic), [`period`] (`--month`/`--from`/`--to` windows) and
//! [`replay`] (records as they stood on D).
//!
//! Unit tests: a report `x.rs` keeps its larger cases in `x/tests.rs`
//! (`#[cfg(test)] mod tests;`); every test builds its records with the one
//! kit, `testkit`.
pub mod changes;
pub mod clients;
pub mod complaints;
pub mod dates;
pub mod people;
pub mod period;
pub mod replay;
pub mod research;
pub mod summary;
pub mod team;
pub mod team_report;
#[cfg(test)]
mod testkit;
pub mod work_report;
