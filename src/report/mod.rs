//! Reports: pure functions from the loaded records and options to typed
//! rows. No file, clock or terminal access here: "now" and D come in as
//! arguments, and rendering is `crate::render`'s job.
pub mod actions;
pub mod appraisal;
pub mod appraisal_history;
pub mod appraisal_missing;
pub mod attendance;
pub mod attendance_days;
pub mod awards;
pub mod awards_totals;
pub mod care;
pub mod complaints;
pub mod complaints_summary;
pub mod dates;
pub mod followups;
pub mod kpi;
pub mod kpi_explain;
pub mod kpi_facts;
pub mod leave;
pub mod meetings;
pub mod period;
pub mod pipeline;
pub mod plans;
pub mod promotion;
pub mod replay;
pub mod reviews;
pub mod summary;
#[cfg(test)]
mod testkit;
pub mod tiers;
pub mod training;
pub mod training_sessions;
pub mod weekly;
pub mod weekly_items;
pub mod weekly_render;
pub mod work_window;
