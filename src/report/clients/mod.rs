//! Client reports (`docs/client-reports.md`): the account team's daily
//! questions about clients — grading, return visits, visit plans, care
//! dates and the sales pipeline.
pub mod card;
pub mod care;
pub mod deals;
pub mod events;
pub mod followups;
pub mod list;
pub mod pipeline;
pub mod plans;
pub mod tiers;
