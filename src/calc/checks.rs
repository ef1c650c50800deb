//! SPEC 9: legal checks. Warnings never stop the calculation; each has a
//! stable code, names its legal ground and carries the figures it is about.
//! The renderer words them (`report::words`).

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use super::employer_tasks::EmployerTasks;
use super::hours::Hours;
use super::reduction::{Level, Reduction, reduction};
use super::totals::{Cap, Totals, Verdict};
use super::{Line, Text};
use crate::case::{AdminModel, Case, Scheme};
use crate::money::{ore, round};
use crate::rates::Fig;

/// A warning about the case (SPEC 9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub code: &'static str,
    #[serde(skip)]
    pub about: About,
    pub legal: &'static str,
}

/// What a warning is about, with the figures its message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    /// SEL § 95 stk. 2: the need before deductions, or a schedule's typical week.
    KtUnder20h {
        schedule: bool,
        week: Decimal,
    },
    StandbyInKt,
    /// BEK § 5 stk. 3: standby in BPA only in very special cases.
    StandbyInBpa,
    /// SEL § 96 b: moving with the new municipality's decision not yet known.
    MoveUndecided,
    /// The relative's own care per week.
    RelativeOver48h {
        own_care: Decimal,
    },
    /// The relative's own care per week, employed after a transfer.
    RelativeEmployeeOver48h {
        own_care: Decimal,
    },
    /// `employed / helpers / weeks = per_helper`.
    HelpersOver48h {
        employed: Decimal,
        helpers: u32,
        weeks: Decimal,
        per_helper: Decimal,
    },
    FullCoverWithoutNeed,
    FullCoverAddsNothing,
    AdminFixedRate,
    /// `total / hours = per_hour`.
    AdminBelowPractice {
        total: Decimal,
        hours: Decimal,
        per_hour: Decimal,
    },
    /// The cost per hour, the cap, and the reduction (positive kroner).
    CapExceeded {
        cost_per_hour: Decimal,
        cap: Decimal,
        reduction: Decimal,
    },
    CapNotChecked,
    ReductionNotice(Reduction),
    /// A kroner amount written with three decimals: its key, its text and
    /// where it stands in the case file (line, column).
    AmountThreeDecimals {
        key: String,
        raw: String,
        at: Option<(usize, usize)>,
    },
    /// The yearly account (KL 3.7.1): hours used beyond the grant in all,
    /// and their value.
    Overspend {
        hours: Decimal,
        value: Decimal,
    },
}

/// A note about the rate table, not about the case (SPEC 9): shown in a
/// section of its own, once per table in a batch, never failing `--strict`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub code: &'static str,
    #[serde(skip)]
    pub about: NoteAbout,
    /// The rate-table figures the note is about.
    pub figures: Vec<Arc<Fig>>,
}

/// What a note is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteAbout {
    /// Figures not published for the grant year.
    Unverified { year: u16 },
    /// Contribution rates of 0 that the case triggers.
    ZeroUsed,
    /// Employer tasks without a time in the rate table, by name.
    TaskTimeUnset(Vec<Text>),
    /// Stand-in figures the municipality must replace with its own decision.
    Placeholder,
}

/// What the legal checks read of a budget.
pub struct Facts<'a> {
    pub hours: &'a Hours,
    pub tasks: &'a EmployerTasks,
    pub totals: &'a Totals,
    pub cap: &'a Cap,
    pub level: Level,
}

/// SM 2021 (seed 000): Ankestyrelsen found fixed fees of 3–17 kr. per hour;
/// below the lowest the grant may not be transferable (KL 3.4.4).
const ADMIN_PRACTICE_MIN: i64 = 3;
/// KL tabel 4, VEJ pkt. 68: at most 48 hours a week on average per helper.
const MAX_WEEK_PER_HELPER: i64 = 48;

fn warning(code: &'static str, about: About, legal: &'static str) -> Warning {
    Warning { code, about, legal }
}

/// Every warning of SPEC 9 that holds for this budget, in the table's order.
#[must_use]
pub fn check(case: &Case, x: &Facts<'_>) -> Vec<Warning> {
    [
        kt_under_20h(case, x.hours),
        standby_in_kt(case),
        standby_in_bpa(case),
        relative_over_48h(case),
        relative_employee_over_48h(case),
        helpers_over_48h(case, x.hours),
        full_cover(case, x.hours),
        admin_fixed_rate(x.tasks),
        admin_below_practice(x.tasks, x.hours),
        cap(x),
        reduction_notice(case, &x.level),
        move_undecided(case),
    ]
    .into_iter()
    .flatten()
    .chain(on_reading(case))
    .collect()
}

/// The warnings found when a case is read, before anything is calculated:
/// every command that reads the case tells them, and `--strict` fails on
/// them alike (`bpa check` too).
#[must_use]
pub fn on_reading(case: &Case) -> Vec<Warning> {
    amount_three_decimals(case).collect()
}

/// SEL § 96 b, VEJ pkt. 111–112: the old municipality pays until the new one
/// has decided; without `[period] new_decision` the budget runs to the end
/// of the year and ends when that decision is made.
fn move_undecided(case: &Case) -> Option<Warning> {
    let p = case.file.period.as_ref()?;
    (p.end == Some(crate::case::EndReason::Move) && p.new_decision.is_none()).then(|| {
        warning(
            "move_undecided",
            About::MoveUndecided,
            "SEL § 96 b; VEJ pkt. 111–112",
        )
    })
}

/// SEL § 95 stk. 2, AST 62-15, KL 2.1.4: KT needs more than 20 hours a week.
fn kt_under_20h(case: &Case, hours: &Hours) -> Option<Warning> {
    let kt = matches!(case.file.scheme, Scheme::Kt | Scheme::KtRelative);
    (kt && hours.weekly_need_gross <= Decimal::from(20)).then(|| {
        warning(
            "kt_under_20h",
            About::KtUnder20h {
                schedule: !case.file.schedule.is_empty(),
                week: hours.weekly_need_gross,
            },
            "SEL § 95 stk. 2; AST 62-15; KL 2.1.4",
        )
    })
}

/// BEK § 5 stk. 3, AST 63-15: standby in KT only in special cases.
fn standby_in_kt(case: &Case) -> Option<Warning> {
    let f = &case.file;
    let kt = matches!(f.scheme, Scheme::Kt | Scheme::KtRelative);
    (kt && !f.extra.standby_hours_per_week.is_zero()).then(|| {
        warning(
            "standby_in_kt",
            About::StandbyInKt,
            "BEK § 5 stk. 3; AST 63-15",
        )
    })
}

/// BEK § 5 stk. 3, VEJ pkt. 75: standby in BPA "i helt særlige tilfælde" only.
fn standby_in_bpa(case: &Case) -> Option<Warning> {
    let f = &case.file;
    (f.scheme == Scheme::Bpa && !f.extra.standby_hours_per_week.is_zero()).then(|| {
        warning(
            "standby_in_bpa",
            About::StandbyInBpa,
            "BEK § 5 stk. 3; VEJ pkt. 75",
        )
    })
}

/// VEJ pkt. 18, KL 5.3.2: after a transfer the relative is employed, an
/// employee under the working-time rules: at most 48 hours a week on
/// average, with no special decision to allow more.
fn relative_employee_over_48h(case: &Case) -> Option<Warning> {
    let f = &case.file;
    let r = f.relative.as_ref()?;
    (f.scheme == Scheme::KtRelative
        && !f.relative_unemployed()
        && r.own_care_hours_per_week > Decimal::from(MAX_WEEK_PER_HELPER))
    .then(|| {
        warning(
            "relative_employee_over_48h",
            About::RelativeEmployeeOver48h {
                own_care: r.own_care_hours_per_week,
            },
            "VEJ pkt. 18; KL 5.3.2",
        )
    })
}

/// SEL § 95 stk. 3, VEJ pkt. 17: a relative recipient's own care above 48
/// hours a week needs a special decision.
fn relative_over_48h(case: &Case) -> Option<Warning> {
    let f = &case.file;
    let r = f.relative.as_ref()?;
    (f.relative_unemployed()
        && r.own_care_hours_per_week > Decimal::from(MAX_WEEK_PER_HELPER)
        && !r.special_decision)
        .then(|| {
            warning(
                "relative_over_48h",
                About::RelativeOver48h {
                    own_care: r.own_care_hours_per_week,
                },
                "SEL § 95 stk. 3; VEJ pkt. 17",
            )
        })
}

/// KL tabel 4, VEJ pkt. 68: employed hours per helper per week, `E / n / W_p`.
fn helpers_over_48h(case: &Case, hours: &Hours) -> Option<Warning> {
    let helpers = case.file.extra.helpers;
    let (n, weeks) = (Decimal::from(helpers), hours.period_weeks);
    if n.is_zero() || weeks.is_zero() {
        return None;
    }
    let per_helper = round(hours.employed / n / weeks, 2);
    (per_helper > Decimal::from(MAX_WEEK_PER_HELPER)).then(|| {
        warning(
            "helpers_over_48h",
            About::HelpersOver48h {
                employed: hours.employed,
                helpers,
                weeks,
                per_helper,
            },
            "KL tabel 4; VEJ pkt. 68",
        )
    })
}

/// VEJ pkt. 68: full-cover weeks without a weekly need, or adding nothing.
fn full_cover(case: &Case, hours: &Hours) -> Option<Warning> {
    if case.file.extra.full_cover_weeks == 0 {
        return None;
    }
    let added: Decimal = hours.bands.iter().map(|b| b.full_cover).sum();
    if hours.weekly_need_gross.is_zero() {
        Some(warning(
            "full_cover_without_need",
            About::FullCoverWithoutNeed,
            "VEJ pkt. 68",
        ))
    } else if added.is_zero() {
        Some(warning(
            "full_cover_adds_nothing",
            About::FullCoverAddsNothing,
            "VEJ pkt. 68",
        ))
    } else {
        None
    }
}

/// SM 2021, BEK § 8: the subsidy rests on an individual assessment, not a fixed rate.
fn admin_fixed_rate(tasks: &EmployerTasks) -> Option<Warning> {
    matches!(
        tasks.model,
        Some(AdminModel::PerHour | AdminModel::Overhead)
    )
    .then(|| {
        warning(
            "admin_fixed_rate",
            About::AdminFixedRate,
            "SM 2021; BEK § 8",
        )
    })
}

/// SM 2021, KL 3.4.4: a subsidy below 3 kr. per grant hour.
fn admin_below_practice(tasks: &EmployerTasks, hours: &Hours) -> Option<Warning> {
    if tasks.model.is_none() || hours.total.is_zero() {
        return None;
    }
    let per_hour = ore(tasks.total / hours.total);
    (per_hour < Decimal::from(ADMIN_PRACTICE_MIN)).then(|| {
        warning(
            "admin_below_practice",
            About::AdminBelowPractice {
                total: tasks.total,
                hours: hours.total,
                per_hour,
            },
            "SM 2021; KL 3.4.4",
        )
    })
}

/// BEK § 3 stk. 4, VEJ pkt. 62: the cap exceeded, or not checked.
fn cap(x: &Facts<'_>) -> Option<Warning> {
    match x.cap.verdict {
        Verdict::Exceeded => Some(warning(
            "cap_exceeded",
            About::CapExceeded {
                cost_per_hour: x.cap.cost_per_hour,
                cap: x.cap.cap_hourly.unwrap_or_default(),
                reduction: -x.totals.cap_reduction,
            },
            "BEK § 3 stk. 4; VEJ pkt. 62",
        )),
        Verdict::NotChecked => Some(warning(
            "cap_not_checked",
            About::CapNotChecked,
            "BEK § 3 stk. 4",
        )),
        Verdict::Within => None,
    }
}

/// SEL § 3 a, VEJ pkt. 39–40: a figure below the last decision's.
fn reduction_notice(case: &Case, level: &Level) -> Option<Warning> {
    let prev = case.file.previous.as_ref()?;
    let r = reduction(&Level::of_previous(prev), level)?;
    Some(warning(
        "reduction_notice",
        About::ReductionNotice(r),
        "SEL § 3 a; VEJ pkt. 39–40",
    ))
}

/// `12.000` is most likely a Danish thousands separator. No law sets this
/// warning: it is how the tool reads a number, so its legal ground is "—".
fn amount_three_decimals(case: &Case) -> impl Iterator<Item = Warning> + '_ {
    case.three_decimals.iter().map(|(key, raw)| {
        warning(
            "amount_three_decimals",
            About::AmountThreeDecimals {
                key: key.clone(),
                raw: raw.clone(),
                at: case.src.error_at(key, "").line_col,
            },
            "—",
        )
    })
}

/// The notes about the rate table (SPEC 9): figures not verified for the
/// year, zero rates the case triggers, stand-ins the municipality must
/// replace (SPEC 12), and task times not set.
#[must_use]
pub fn notes(year: u16, lines: &[&Line], cap: &Cap, tasks: &EmployerTasks) -> Vec<Note> {
    let mut unverified: Vec<Arc<Fig>> = Vec::new();
    let mut zero: Vec<Arc<Fig>> = Vec::new();
    let mut placeholder: Vec<Arc<Fig>> = Vec::new();
    let push = |list: &mut Vec<Arc<Fig>>, fig: &Arc<Fig>| {
        if !list.iter().any(|u| u.path == fig.path) {
            list.push(Arc::clone(fig));
        }
    };
    for line in lines {
        for fig in &line.rates {
            if !fig.verified {
                push(&mut unverified, fig);
            }
            if fig.path.starts_with("contributions.") && fig.value.is_zero() && !fig.verified {
                push(&mut zero, fig);
            }
            if fig.placeholder {
                push(&mut placeholder, fig);
            }
        }
    }
    if let Some(r) = &cap.cap_rate
        && !r.verified
    {
        push(&mut unverified, r);
    }
    let mut notes = Vec::new();
    if !unverified.is_empty() {
        notes.push(Note {
            code: "rate_unverified",
            about: NoteAbout::Unverified { year },
            figures: unverified,
        });
    }
    if !zero.is_empty() {
        notes.push(Note {
            code: "rate_zero_used",
            about: NoteAbout::ZeroUsed,
            figures: zero,
        });
    }
    if !placeholder.is_empty() {
        notes.push(Note {
            code: "rate_placeholder",
            about: NoteAbout::Placeholder,
            figures: placeholder,
        });
    }
    if !tasks.unset.is_empty() {
        notes.push(Note {
            code: "task_time_unset",
            about: NoteAbout::TaskTimeUnset(tasks.unset.clone()),
            figures: Vec::new(),
        });
    }
    notes
}
