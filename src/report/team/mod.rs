//! Daily team work (`docs/team-work.md`): attendance, leave, meetings and
//! their action items.
pub mod actions;
pub mod attendance;
pub mod leave;
pub mod meetings;
