//! Team settings from `clientele.toml`.
//!
//! Every section but `[team]` may be left out; a missing section or key takes
//! the rules' example value (listed in `Default` below and in docs/records.md).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveTime, Weekday};

use super::{CareerRules, Role, Severity, TeamTarget, Tier};
use crate::diagnostic::FileId;

/// The whole of `clientele.toml`.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub file: Option<FileId>,
    pub team: TeamInfo,
    pub calendar: Calendar,
    pub tiers: Tiers,
    pub followup: Followup,
    pub complaints: Complaints,
    pub kpi: Kpi,
    pub appraisal: Appraisal,
    pub pass_mark: f64,
    pub occasions: Vec<Occasion>,
    /// `[leave] annual_days`: each member's annual-leave days a year.
    pub annual_days: Option<i64>,
    /// `[[team_target]]` entries, sorted by `from`.
    pub team_targets: Vec<TeamTarget>,
    pub career: CareerRules,
}

/// `[team]`.
#[derive(Clone, Debug)]
pub struct TeamInfo {
    pub name: String,
    pub currency: String,
    pub timezone: String,
    /// The interface language (`en`, `zh-Hant`, `zh-Hans`), when set.
    pub lang: Option<crate::i18n::Lang>,
    /// The day the team began keeping records (rules §3.2): no client's
    /// last contact counts earlier.
    pub records_start: Option<NaiveDate>,
}

impl Default for TeamInfo {
    fn default() -> Self {
        TeamInfo {
            name: String::new(),
            currency: String::new(),
            timezone: "UTC".into(),
            lang: None,
            records_start: None,
        }
    }
}

/// `[calendar]`: which days are workdays and the hours of a day.
#[derive(Clone, Debug)]
pub struct Calendar {
    pub workdays: Vec<Weekday>,
    pub holidays: BTreeSet<NaiveDate>,
    pub extra_workdays: BTreeSet<NaiveDate>,
    pub work_start: NaiveTime,
    pub work_end: NaiveTime,
    pub grace_minutes: i64,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar {
            workdays: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            holidays: BTreeSet::new(),
            extra_workdays: BTreeSet::new(),
            work_start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
            work_end: NaiveTime::from_hms_opt(18, 0, 0).unwrap_or(NaiveTime::MIN),
            grace_minutes: 5,
        }
    }
}

impl Calendar {
    /// rules §3.6: a workday is a listed weekday that is not a holiday, or an
    /// extra (make-up) workday.
    pub fn is_workday(&self, day: NaiveDate) -> bool {
        use chrono::Datelike;
        self.extra_workdays.contains(&day)
            || (self.workdays.contains(&day.weekday()) && !self.holidays.contains(&day))
    }

    /// The workdays in `from ..= to`.
    pub fn workdays_between(&self, from: NaiveDate, to: NaiveDate) -> usize {
        from.iter_days()
            .take_while(|d| *d <= to)
            .filter(|d| self.is_workday(*d))
            .count()
    }
}

/// `[tiers]`: weights and thresholds of the client grade.
#[derive(Clone, Debug)]
pub struct Tiers {
    pub weights: TierWeights,
    /// Score thresholds for A, B and C; below C is D.
    pub a: f64,
    pub b: f64,
    pub c: f64,
}

/// `[tiers] weights`.
#[derive(Clone, Debug)]
pub struct TierWeights {
    pub scale: f64,
    pub potential: f64,
    pub loyalty: f64,
}

impl Default for Tiers {
    fn default() -> Self {
        Tiers {
            weights: TierWeights {
                scale: 0.5,
                potential: 0.3,
                loyalty: 0.2,
            },
            a: 80.0,
            b: 60.0,
            c: 40.0,
        }
    }
}

impl Tiers {
    /// The tier of a printed score.
    pub fn tier_of(&self, printed_score: f64) -> Tier {
        if printed_score >= self.a {
            Tier::A
        } else if printed_score >= self.b {
            Tier::B
        } else if printed_score >= self.c {
            Tier::C
        } else {
            Tier::D
        }
    }
}

/// `[followup]`: most days allowed between two contacts.
#[derive(Clone, Debug)]
pub struct Followup {
    pub by_tier: BTreeMap<Tier, i64>,
    pub prospect: i64,
}

impl Default for Followup {
    fn default() -> Self {
        Followup {
            by_tier: BTreeMap::from([(Tier::A, 14), (Tier::B, 30), (Tier::C, 60), (Tier::D, 90)]),
            prospect: 21,
        }
    }
}

impl Followup {
    pub fn interval(&self, tier: Tier) -> i64 {
        self.by_tier.get(&tier).copied().unwrap_or(self.prospect)
    }
}

/// `[complaints]`: response and resolution limits by severity.
#[derive(Clone, Debug)]
pub struct Complaints {
    pub limits: BTreeMap<Severity, ComplaintLimits>,
}

/// The limits of one severity.
#[derive(Clone, Copy, Debug)]
pub struct ComplaintLimits {
    pub respond_hours: f64,
    pub resolve_days: f64,
}

impl Default for Complaints {
    fn default() -> Self {
        let l = |respond_hours, resolve_days| ComplaintLimits {
            respond_hours,
            resolve_days,
        };
        Complaints {
            limits: BTreeMap::from([
                (Severity::High, l(4.0, 3.0)),
                (Severity::Medium, l(24.0, 7.0)),
                (Severity::Low, l(48.0, 15.0)),
            ]),
        }
    }
}

impl Complaints {
    pub fn limits(&self, severity: Severity) -> ComplaintLimits {
        self.limits
            .get(&severity)
            .copied()
            .unwrap_or(ComplaintLimits {
                respond_hours: 24.0,
                resolve_days: 7.0,
            })
    }
}

/// `[kpi]`: metric weights, the cap, targets by role.
#[derive(Clone, Debug)]
pub struct Kpi {
    /// Weights of new_clients, satisfaction, sales, projects.
    pub weights: KpiTargets,
    pub cap: f64,
    pub targets: BTreeMap<Role, KpiTargets>,
}

/// One value per KPI metric (used for targets and for weights).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KpiTargets {
    pub new_clients: Option<f64>,
    pub satisfaction: Option<f64>,
    pub sales: Option<f64>,
    pub projects: Option<f64>,
}

impl KpiTargets {
    pub fn any(&self) -> bool {
        self.new_clients.is_some()
            || self.satisfaction.is_some()
            || self.sales.is_some()
            || self.projects.is_some()
    }
}

impl Default for Kpi {
    fn default() -> Self {
        Kpi {
            weights: KpiTargets {
                new_clients: Some(0.25),
                satisfaction: Some(0.25),
                sales: Some(0.35),
                projects: Some(0.15),
            },
            cap: 1.2,
            targets: BTreeMap::from([
                (
                    Role::Manager,
                    KpiTargets {
                        new_clients: Some(2.0),
                        satisfaction: Some(4.5),
                        sales: Some(500_000.0),
                        projects: Some(1.0),
                    },
                ),
                (
                    Role::Specialist,
                    KpiTargets {
                        new_clients: Some(1.0),
                        satisfaction: Some(4.5),
                        sales: None,
                        projects: Some(1.0),
                    },
                ),
            ]),
        }
    }
}

/// `[appraisal]`: component weights, grade thresholds, bonus multipliers.
#[derive(Clone, Debug)]
pub struct Appraisal {
    pub w_kpi: f64,
    pub w_lead: f64,
    pub w_self: f64,
    pub w_peer: f64,
    /// Thresholds for A, B and C; below C is D.
    pub grade_a: f64,
    pub grade_b: f64,
    pub grade_c: f64,
    /// Bonus multipliers by grade.
    pub bonus: BTreeMap<Tier, f64>,
    /// Days of a month after which last month's unfed-back results are
    /// listed in the briefing.
    pub feedback_days: u32,
}

impl Default for Appraisal {
    fn default() -> Self {
        Appraisal {
            w_kpi: 0.7,
            w_lead: 0.2,
            w_self: 0.05,
            w_peer: 0.05,
            grade_a: 90.0,
            grade_b: 75.0,
            grade_c: 60.0,
            bonus: BTreeMap::from([
                (Tier::A, 1.5),
                (Tier::B, 1.0),
                (Tier::C, 0.5),
                (Tier::D, 0.0),
            ]),
            feedback_days: 10,
        }
    }
}

impl Appraisal {
    /// The grade (A–D, reusing [`Tier`]) of a printed final score.
    pub fn grade_of(&self, printed_final: f64) -> Tier {
        if printed_final >= self.grade_a {
            Tier::A
        } else if printed_final >= self.grade_b {
            Tier::B
        } else if printed_final >= self.grade_c {
            Tier::C
        } else {
            Tier::D
        }
    }
}

/// A `[[care.occasion]]`: a dated greeting for every customer.
#[derive(Clone, Debug)]
pub struct Occasion {
    pub date: NaiveDate,
    pub name: String,
}
