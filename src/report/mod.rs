//! Reports: pure functions from the loaded records and options to typed
//! rows. No file, clock or terminal access here: "now" and D come in as
//! arguments, and rendering is `crate::render`'s job.
pub mod replay;
