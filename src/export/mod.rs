//! Outputs for the places a team already works: the month's page and
//! Excel pack with charts (`dashboard`, from `sources` through `charts`),
//! the calendar feed (`ics`) and the SQLite database (`sqlite`).
//!
//! Everything here is pure over the loaded records and the options, like
//! `report`: the commands (`cmd::export`, `cmd::report`, `cmd::summary`)
//! write the bytes.

pub(crate) mod charts;
pub(crate) mod dashboard;
pub(crate) mod ics;
pub(crate) mod pages;
pub(crate) mod sources;
pub(crate) mod sqlite;
