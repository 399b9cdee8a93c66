//! Appraisal, incentives and training (`docs/appraisal-and-training.md`):
//! the monthly KPI, the appraisal built on it, promotion readiness, awards
//! and training records.
pub mod appraisal;
pub mod awards;
pub mod careers;
pub mod kpi;
pub mod promotion;
pub mod training;
