//! SPEC 6, BEK § 8, VEJ pkt. 83–88, KL 3.4.4 and bilag 1: the subsidy for
//! employer tasks (tilskud til arbejdsgiveropgaven), association or company only.

use std::borrow::Cow;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use super::contributions::Contributions;
use super::hours::Hours;
use super::period::Period;
use super::wages::Wages;
use super::{Basis, Line, Text, key_of, label_of, sum, t};
use crate::case::{Admin, AdminModel, Case, Scheme};
use crate::money::{ore, pct};
use crate::rates::{Fig, Params, RateTable, Task, TaskCondition, TaskCover, TaskUnit};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmployerTasks {
    /// `None` when the citizen or a relative is employer (no subsidy, BEK § 8 stk. 2).
    pub model: Option<AdminModel>,
    pub lines: Vec<Line>,
    pub total: Decimal,
    /// The catalogue's work-environment tasks, covered after invoice (BEK
    /// § 4 stk. 2, § 7): `None` when the citizen or a relative employs.
    pub work_environment: Option<WorkEnvironment>,
    /// Tasks and § 8 items the rate table sets no time for (a note on the table).
    pub unset: Vec<Text>,
    /// The lines of recruitment tasks, which need new hires (SPEC 6), and
    /// the new hires the case expects: a spreadsheet pays them only then.
    #[serde(skip)]
    pub recruitment: (Vec<Cow<'static, str>>, Decimal),
}

/// KL bilag 1's tasks under "Overholdelse af arbejdsmiljøregler (dækkes
/// efter regning)": never in the § 8 amount, but covered after invoice
/// (BEK § 4 stk. 2, § 7; VEJ pkt. 82). The tasks with a time make an
/// estimate; those without one are listed by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkEnvironment {
    /// The timed tasks' hours, each to 2 decimals as printed, summed.
    pub hours: Decimal,
    /// `hours × the blended rate`, to øre.
    pub estimate: Decimal,
    /// `(1,00 t + 1,50 t + …) × 491,99 kr./t`.
    pub basis: Basis,
    /// The KL table the tasks come from: `KL bilag 1 tabel 9`.
    pub table: &'static str,
    /// The tasks the rate table sets no time for, by id and name: KL's
    /// "lig tidligere kommunal varetagelse", paid as invoiced.
    pub untimed: Vec<(String, Text)>,
}

/// How many units a task or § 8 item counts for this case, with its basis.
/// Where a figure of a catalogue task comes from: `task:{id}.{what}`.
fn task_key(task: Option<&Task>, what: &str) -> String {
    format!("task:{}.{what}", task.map_or("", |t| t.id.as_str()))
}

fn units(unit: TaskUnit, task: Option<&Task>, case: &Case) -> (Decimal, Basis) {
    let x = &case.file.extra;
    match unit {
        TaskUnit::PerScheme => (
            Decimal::ONE,
            Basis::new()
                .count(Decimal::ONE, "ordning", "scheme")
                .from("const"),
        ),
        TaskUnit::PerHelper => {
            let n = Decimal::from(x.helpers);
            (
                n,
                Basis::new()
                    .count(n, "hjælpere", "helpers")
                    .from("input:extra.helpers"),
            )
        }
        TaskUnit::PerNewHire => {
            let n = Decimal::from(x.new_helpers);
            (
                n,
                Basis::new()
                    .count(n, "nyansættelser", "new hires")
                    .from("input:extra.new_helpers"),
            )
        }
        TaskUnit::PerApplicantRound => {
            let a = task.and_then(|t| t.applicants).unwrap_or_default();
            let r = task.and_then(|t| t.rounds).unwrap_or_default();
            (
                a * r,
                Basis::new()
                    .count(a, "ansøgere", "applicants")
                    .from_with(|| task_key(task, "applicants"))
                    .times()
                    .count(r, "runder", "rounds")
                    .from_with(|| task_key(task, "rounds")),
            )
        }
        TaskUnit::PerRound => {
            let r = task.and_then(|t| t.rounds).unwrap_or_default();
            (
                r,
                Basis::new()
                    .count(r, "runder", "rounds")
                    .from_with(|| task_key(task, "rounds")),
            )
        }
    }
}

/// A task's hours for this case and the basis of its price, `Some(None)`
/// when the rate table sets no time for it, or `None` when it does not
/// apply: its condition fails, it is recruitment without new hires (SPEC 6),
/// or it counts nothing.
fn task_hours(task: &Task, case: &Case) -> Option<Option<(Decimal, Basis)>> {
    let admin = case.file.admin.clone().unwrap_or_default();
    let year = admin.transfer_year.unwrap_or(1);
    // KL's share in this transfer year: year 1, 2, and 3 and later.
    let by_year = task.shares.as_ref().and_then(|s| {
        let i = usize::try_from(year.clamp(1, 3) - 1).unwrap_or_default();
        s.get(i).map(|s| s.0)
    });
    let applies = match task.condition {
        TaskCondition::Always | TaskCondition::Share => true,
        TaskCondition::NewOrInsecure => admin.new_or_insecure,
        TaskCondition::TransferYear1 => year == 1,
        TaskCondition::ShareByTransferYear => by_year.is_some_and(|s| !s.is_zero()),
    };
    if !applies || (task.recruitment && case.file.extra.new_helpers == 0) {
        return None;
    }
    let (qty, basis) = units(task.unit, Some(task), case);
    if qty.is_zero() {
        return None;
    }
    let Some(minutes) = task.minutes else {
        return Some(None);
    };
    if minutes.is_zero() {
        return None;
    }
    let mut basis = basis
        .times()
        .count(minutes, "min", "min")
        .from_with(|| task_key(Some(task), "minutes"));
    let mut hours = qty * minutes;
    let share = match task.condition {
        TaskCondition::Share => task.share,
        TaskCondition::ShareByTransferYear => by_year,
        _ => None,
    };
    if let Some(share) = share {
        hours *= share;
        basis = basis
            .times()
            .pct(share * Decimal::ONE_HUNDRED)
            .from_with(|| task_key(Some(task), "share"));
    }
    Some(Some((
        hours / Decimal::from(60),
        basis.div().plain(Decimal::from(60)).from("const"),
    )))
}

/// The scheme's task catalogue and its KL table (SPEC 6).
fn catalogue<'r>(case: &Case, rates: &'r RateTable) -> (&'r [Task], &'static str) {
    match case.file.scheme {
        Scheme::Bpa => (&rates.employer_tasks.bpa, "BEK § 8; KL bilag 1 tabel 9"),
        Scheme::Kt | Scheme::KtRelative => {
            (&rates.employer_tasks.kt, "BEK § 8; KL bilag 1 tabel 8")
        }
    }
}

/// SPEC 6, BEK § 4 stk. 2, § 7, VEJ pkt. 82, KL bilag 1: the tasks KL lists
/// under "Overholdelse af arbejdsmiljøregler (dækkes efter regning)" that
/// apply to this case, after invoice: the timed ones as one estimate, each
/// task's hours to 2 decimals as printed, and the untimed ones by name.
fn work_environment(case: &Case, rates: &RateTable, rate: Decimal) -> WorkEnvironment {
    let (tasks, table) = catalogue(case, rates);
    let table = table.trim_start_matches("BEK § 8; ");
    let mut hours = Decimal::ZERO;
    let mut terms = Basis::new();
    let mut untimed = Vec::new();
    for task in tasks.iter().filter(|t| t.cover == TaskCover::AfterInvoice) {
        match task_hours(task, case) {
            None => {}
            Some(Some((h, _))) => {
                let h = crate::money::round(h, 2);
                if !hours.is_zero() {
                    terms = terms.plus();
                }
                hours += h;
                terms = terms.hours(h);
            }
            Some(None) => untimed.push((task.id.clone(), label_of(&task.task, &task.task_en))),
        }
    }
    WorkEnvironment {
        hours,
        estimate: ore(hours * rate),
        basis: Basis::new().open().then(terms).close().times().kr_h(rate),
        table,
        untimed,
    }
}

/// SPEC 6: the subsidy by the case's model; `tasks` prices the KL bilag 1
/// catalogue for the scheme plus payroll administration.
#[must_use]
pub fn compute(
    case: &Case,
    rates: &RateTable,
    p: &Params,
    period: &Period,
    hours: &Hours,
    wages: &Wages,
    contributions: &Contributions,
) -> EmployerTasks {
    let f = &case.file;
    let (rate, rate_figs) = (p.table.task_rate, &p.table.task_rate_figs);
    if !f.employer.is_organisation() {
        return EmployerTasks {
            model: None,
            lines: Vec::new(),
            total: Decimal::ZERO,
            work_environment: None,
            unset: Vec::new(),
            recruitment: (Vec::new(), Decimal::ZERO),
        };
    }
    let admin = f.admin.clone().unwrap_or_default();
    let model = admin.model.unwrap_or(p.admin_model);
    let mut unset = Vec::new();
    let lines = match model {
        AdminModel::Tasks => {
            let priced = Priced {
                case,
                rate,
                rate_figs,
            };
            let mut lines = catalogue_lines(&priced, rates, &mut unset);
            lines.extend(section_8_items(&priced, rates, p, &mut unset));
            lines.push(payroll(case, p, period));
            lines
        }
        AdminModel::Overhead => vec![overhead(&admin, p, wages, contributions)],
        AdminModel::PerHour => vec![per_hour(&admin, p, hours)],
        AdminModel::Amount => vec![amount(&admin, period)],
    };
    let recruitment = match model {
        AdminModel::Tasks => catalogue(case, rates)
            .0
            .iter()
            .filter(|task| task.recruitment)
            .map(|task| key_of(|| format!("task.{}", task.id)))
            .collect(),
        _ => Vec::new(),
    };
    EmployerTasks {
        model: Some(model),
        total: sum(&lines),
        recruitment: (recruitment, Decimal::from(f.extra.new_helpers)),
        lines,
        work_environment: Some(work_environment(case, rates, rate)),
        unset,
    }
}

/// What a task is priced at: the blended AC/HK rate and its figures.
struct Priced<'a> {
    case: &'a Case,
    rate: Decimal,
    rate_figs: &'a [Arc<Fig>],
}

/// BEK § 8, KL bilag 1 tabel 8/9: each catalogue task that applies, at the
/// blended rate; a task without a time is listed as not set.
fn catalogue_lines(x: &Priced<'_>, rates: &RateTable, unset: &mut Vec<Text>) -> Vec<Line> {
    let (tasks, table) = catalogue(x.case, rates);
    let rate_refs: Vec<&Arc<Fig>> = x.rate_figs.iter().collect();
    let mut lines = Vec::new();
    for task in tasks
        .iter()
        .filter(|task| task.cover != TaskCover::AfterInvoice)
    {
        match task_hours(task, x.case) {
            None => {}
            Some(Some((h, basis))) => lines.push(
                Line::new(
                    key_of(|| format!("task.{}", task.id)),
                    label_of(&task.task, &task.task_en),
                    ore(h * x.rate),
                    basis.times().kr_h(x.rate).from("fig:employer_tasks.rate"),
                    table,
                )
                .with_rates(&rate_refs),
            ),
            Some(None) => {
                // The note on the rate table names the task, row or document.
                let label = t(task.task.clone(), task.task_en.clone());
                unset.push(label.clone());
                let mut line = unset_line(format!("task.{}", task.id), label, table);
                if task.cover == TaskCover::Municipal {
                    // KL: "lig tidligere kommunal varetagelse", the employer's work.
                    line.basis = Basis::new().plain(Decimal::ZERO).from("const").word(t(
                        "kr. (tid som kommunen selv brugte; ikke fastsat i satstabellen)",
                        "DKK (the time the municipality itself used; not set in the rate table)",
                    ));
                }
                lines.push(line);
            }
        }
    }
    lines
}

/// BEK § 8 nr. 4 (substitute cover) and nr. 6 (accounts, management and
/// office), priced from the rate table's hours, or listed as not set.
fn section_8_items(
    x: &Priced<'_>,
    rates: &RateTable,
    p: &Params,
    unset: &mut Vec<Text>,
) -> Vec<Line> {
    let items = [
        (
            "task.substitute_cover",
            t(
                "Medvirken til at sikre vikardækning",
                "Helping to secure substitute cover",
            ),
            &rates.employer_tasks.substitute_cover,
            "BEK § 8 nr. 4; KL 3.4.4",
            &p.table.substitute_cover,
        ),
        (
            "task.office",
            t(
                "Regnskab, ledelse og kontorhold (IT, husleje m.v.)",
                "Accounts, management and office (IT, rent etc.)",
            ),
            &rates.employer_tasks.office,
            "BEK § 8 nr. 6; KL 3.4.4",
            &p.table.office,
        ),
    ];
    let mut lines = Vec::new();
    for (key, label, time, legal, fig) in items {
        match time {
            Some(tt) => {
                let (qty, basis) = units(tt.unit, None, x.case);
                let mut figs: Vec<&Arc<Fig>> = x.rate_figs.iter().collect();
                figs.extend(fig.iter());
                lines.push(
                    Line::new(
                        key,
                        label,
                        ore(qty * tt.hours * x.rate),
                        basis
                            .times()
                            .hours(tt.hours)
                            .from_with(|| {
                                fig.as_ref()
                                    .map_or_else(String::new, |f| f.source_key(None))
                            })
                            .times()
                            .kr_h(x.rate)
                            .from("fig:employer_tasks.rate"),
                        legal,
                    )
                    .with_rates(&figs),
                );
            }
            None => {
                unset.push(label.clone());
                lines.push(unset_line(key, label, legal));
            }
        }
    }
    lines
}

/// BEK § 8 nr. 5, KL 3.4.5: payroll administration, a payslip per helper
/// per month of the period (SPEC 3.8).
fn payroll(case: &Case, p: &Params, period: &Period) -> Line {
    let helpers = Decimal::from(case.file.extra.helpers);
    let (num, den) = period.months();
    let slips = if period.is_whole_year() {
        Basis::new()
            .count(Decimal::from(12), "lønsedler", "payslips")
            .from("const")
    } else {
        period.months_terms().word(t("lønsedler", "payslips"))
    };
    Line::new(
        "task.payroll",
        t("Lønadministration", "Payroll administration"),
        ore(helpers * num * p.payroll_per_payslip.value / den),
        Basis::new()
            .count(helpers, "hjælpere", "helpers")
            .from("input:extra.helpers")
            .times()
            .then(slips)
            .times()
            .kr(p.payroll_per_payslip.value)
            .from_with(|| p.payroll_per_payslip.source_key(None)),
        "BEK § 8 nr. 5; KL 3.4.5",
    )
    .with_rates(&[&p.payroll_per_payslip])
}

/// KL 3.4.4 model 2: a percent of the wage budget and contributions.
fn overhead(admin: &Admin, p: &Params, wages: &Wages, contributions: &Contributions) -> Line {
    let pc = admin.pct.map_or_else(
        || p.admin_pct.clone(),
        |v| Arc::new(Fig::case("admin.pct", v)),
    );
    Line::new(
        "admin.overhead",
        t(
            "Overhead til arbejdsgiveropgaven",
            "Overhead for employer tasks",
        ),
        ore((wages.total + contributions.total) * pct(pc.value)),
        Basis::new()
            .pct(pc.value)
            .from_with(|| pc.source_key(None))
            .times()
            .op("(")
            .kr(wages.total)
            .from("total:wages")
            .plus()
            .kr(contributions.total)
            .from("total:contributions")
            .op(")"),
        "BEK § 8; KL 3.4.4 model 2",
    )
    .with_rates(&[&pc])
}

/// KL 3.4.4 model 1, SM 2021: a fixed amount per grant hour.
fn per_hour(admin: &Admin, p: &Params, hours: &Hours) -> Line {
    let ph = admin.per_hour.map_or_else(
        || p.admin_per_hour.clone(),
        |v| Arc::new(Fig::case("admin.per_hour", v)),
    );
    Line::new(
        "admin.per_hour",
        t(
            "Fast beløb pr. time til arbejdsgiveropgaven",
            "Fixed amount per hour for employer tasks",
        ),
        ore(hours.total * ph.value),
        Basis::new()
            .hours(hours.total)
            .from("total:hours")
            .times()
            .kr_h(ph.value)
            .from_with(|| ph.source_key(None)),
        "BEK § 8; KL 3.4.4 model 1; SM 2021",
    )
    .with_rates(&[&ph])
}

/// BEK § 8: the employer's own budgeted amount for the period's months (SPEC 3.8).
fn amount(admin: &Admin, period: &Period) -> Line {
    let amount = admin.amount.unwrap_or_default();
    Line::new(
        "admin.amount",
        t(
            "Arbejdsgiverens budgetterede beløb",
            "The employer's budgeted amount",
        ),
        ore(period.of_year(amount)),
        period.of_year_terms(
            Basis::new()
                .kr(amount)
                .from("input:admin.amount")
                .word(t("pr. år (sagen)", "per year (case)")),
        ),
        "BEK § 8",
    )
}

/// A task the rate table sets no time for: 0 kr., "tid ikke fastsat".
fn unset_line(key: impl Into<Cow<'static, str>>, label: Text, legal: &'static str) -> Line {
    Line::new(
        key,
        label,
        Decimal::ZERO,
        Basis::new().plain(Decimal::ZERO).from("const").word(t(
            "kr. (tid ikke fastsat i satstabellen)",
            "DKK (no time set in the rate table)",
        )),
        legal,
    )
    .unset()
}
