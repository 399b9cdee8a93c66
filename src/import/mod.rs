//! Imports: another tool's export turned into records, validated as a
//! whole before anything is written.
//!
//! An import flows: the command reads the input files → `table` registers
//! each in a [`SourceMap`](crate::diagnostic::SourceMap) and splits it into
//! rows (`sheet`) → the importer (`crm`, `complaints`) reads typed rows
//! (`values`) and plans what to create, checking it against what the
//! records hold (`existing`) and collecting every problem (`problems`) →
//! the plan is rendered as TOML text → the command stages it in a
//! `write::Txn`, which re-checks and saves atomically. Nothing here touches
//! files; `text` holds the slug and name-matching rules.

pub mod complaints;
pub mod crm;
pub mod existing;
pub mod problems;
pub mod sheet;
pub mod table;
pub mod tally;
pub mod text;
pub mod values;
pub mod variants;

pub use existing::Existing;
pub use problems::Problems;
