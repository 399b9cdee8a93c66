//! Reports: pure functions from the loaded records and options to typed
//! rows. No file, clock or terminal access here: "now" and D come in as
//! arguments, and rendering is `crate::render`'s job.
pub mod actions;
pub mod attendance;
pub mod attendance_days;
pub mod care;
pub mod complaints;
pub mod complaints_summary;
pub mod dates;
pub mod followups;
pub mod leave;
pub mod meetings;
pub mod period;
pub mod pipeline;
pub mod plans;
pub mod replay;
pub mod summary;
#[cfg(test)]
mod testkit;
pub mod tiers;
