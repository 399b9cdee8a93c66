//! Appraisal, incentives and training (`docs/appraisal-and-training.md`):
//! the monthly KPI, the appraisal built on it, promotion readiness, awards
//! and training records.
pub(crate) mod appraisal;
pub(crate) mod awards;
pub(crate) mod careers;
pub(crate) mod kpi;
pub(crate) mod promotion;
pub(crate) mod training;
