//! Daily team work (`docs/team-work.md`): attendance, leave, meetings and
//! their action items.
pub(crate) mod actions;
pub(crate) mod attendance;
pub(crate) mod leave;
pub(crate) mod meetings;
