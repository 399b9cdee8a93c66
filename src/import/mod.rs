//! Imports: another tool's export turned into records, validated as a
//! whole before anything is written.
//!
//! An import flows: the command opens the input files → `table` registers
//! each in the import's `Inputs` and reads it as a stream of records
//! (`sheet`), keeping only the columns the importer uses → the importer (`crm`, `complaints`) reads typed rows
//! (`values`) and plans what to create, checking it against what the
//! records hold (`existing`) and collecting every problem (`problems`) →
//! the plan is rendered as TOML text → the command stages it in a
//! `write::Txn`, which re-checks and saves atomically. The problems found
//! are printed with the lines they point at, read again from the inputs
//! (`inputs`). Nothing here opens files (the command says how); `text`
//! holds the slug and name-matching rules.

pub(crate) mod complaints;
pub(crate) mod crm;
pub(crate) mod existing;
pub(crate) mod inputs;
pub(crate) mod problems;
pub(crate) mod sheet;
pub(crate) mod table;
pub(crate) mod tally;
pub(crate) mod text;
pub(crate) mod values;
pub(crate) mod variants;

pub(crate) use existing::Existing;
pub(crate) use problems::Problems;
