//! Client reports (`docs/client-reports.md`): the account team's daily
//! questions about clients — grading, return visits, visit plans, care
//! dates and the sales pipeline.
pub(crate) mod card;
pub(crate) mod care;
pub(crate) mod deals;
pub(crate) mod events;
pub(crate) mod followups;
pub(crate) mod list;
pub(crate) mod pipeline;
pub(crate) mod plans;
pub(crate) mod tiers;
