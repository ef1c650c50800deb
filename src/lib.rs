//! bpa: the cash grant for personal assistance under serviceloven §§ 95–96.
//!
//! case file → validated [`Case`] → hours → wages → contributions →
//! employer tasks → totals and cap → legal checks → [`Budget`] → a renderer.

// An input error is built once per failed case and carries the whole
// message; boxing it would buy nothing measurable.
#![allow(clippy::result_large_err)]

pub mod batch;
pub mod calc;
pub mod calendar;
pub mod case;
pub mod checks;
pub mod decision;
pub mod diff;
pub mod error;
pub mod money;
pub mod rates;
pub mod regulate;
pub mod report;
pub mod settle;

use serde::Serialize;

use calc::contributions::Contributions;
use calc::employer_tasks::EmployerTasks;
use calc::hours::Hours;
use calc::period::Period;
use calc::schedule::ScheduleHours;
use calc::totals::{AfterInvoice, Cap, OtherCosts, RespiratorSplit, Totals};
use calc::wages::Wages;
use calc::{contributions, employer_tasks, hours, schedule, totals, wages};
use case::Band;
pub use case::Case;
use case::{Employer, Scheme};
use checks::{Note, Warning};
pub use error::InputError;
use rates::{Deviation, Params, Rates};
use rust_decimal::Decimal;

/// The whole budget for one case: every section of SPEC 12.
#[derive(Debug, Clone, Serialize)]
pub struct Budget {
    pub id: String,
    pub year: u16,
    pub scheme: Scheme,
    pub employer: Employer,
    pub rates_origin: String,
    /// The grant period (SPEC 3.8): the whole year unless `[period]` says otherwise.
    pub period: Period,
    pub wage_scale: String,
    /// The wage scale's name in both languages, for output.
    pub wage_scale_name: calc::Text,
    pub deviations: Vec<Deviation>,
    pub hours: Hours,
    pub wages: Wages,
    pub contributions: Contributions,
    pub employer_tasks: EmployerTasks,
    pub other_costs: OtherCosts,
    pub totals: Totals,
    pub cap: Cap,
    pub respirator: Option<RespiratorSplit>,
    pub after_invoice: Vec<AfterInvoice>,
    /// About the case (SPEC 9).
    pub warnings: Vec<Warning>,
    /// About the rate table (SPEC 9): never fail `--strict`.
    pub notes: Vec<Note>,
    /// SEL § 3 a: a reduction under notice, the previous level up to the date.
    pub transition: Option<calc::transition::Transition>,
    /// The cost of one hour by band, for the yearly account (SPEC 10a).
    pub band_costs: Vec<settle::BandCost>,
}

/// Check everything about a case that needs its rate table, without
/// calculating the budget: the grant year, the service-level overrides and
/// helpers for employed hours (`bpa check`).
pub fn validate(case: &Case, rates: &Rates) -> Result<(), InputError> {
    prepare(case, rates).map(|_| ())
}

/// The rate-table checks and the hour allocation every budget starts from.
fn prepare(case: &Case, rates: &Rates) -> Result<(Params, Period, Hours), InputError> {
    let table = &rates.table;
    if table.year != case.file.year {
        return Err(case
            .error("year", "the rate table is for another grant year")
            .found(format!(
                "year = {} with a rate table for {} ({})",
                case.file.year, table.year, rates.origin
            ))
            .allowed(format!(
                "year = {}, or a rate table for {}",
                table.year, case.file.year
            )));
    }
    let params = Params::resolve(table, case)?;
    let period = Period::of(case, params.weeks_per_year.value);
    let schedule = schedule_hours(case, &params, &period)?;
    let hours = hours::allocate(case, table, &params, &period, schedule);
    // SPEC 5: employed hours need at least one helper to employ.
    if !hours.employed.is_zero() && case.file.extra.helpers == 0 {
        return Err(case
            .error("extra.helpers", "hours are employed, but no helpers are")
            .found(format!(
                "helpers = 0 with {} employed hours per year",
                money::round(hours.employed, 2)
            ))
            .allowed("1 or more helpers (not counting a relative recipient)"));
    }
    Ok((params, period, hours))
}

/// `[[schedule]]` on the grant period's calendar, by the wage scale's windows,
/// and the checks that need its band hours: deductions and own care.
fn schedule_hours(
    case: &Case,
    params: &Params,
    period: &Period,
) -> Result<Option<ScheduleHours>, InputError> {
    let f = &case.file;
    if f.schedule.is_empty() {
        return Ok(None);
    }
    let Some(windows) = &params.scale.windows else {
        return Err(case
            .error(
                "schedule",
                "the wage scale has no band windows to split a schedule by",
            )
            .found(format!("wage scale {}", params.scale_name))
            .allowed(format!(
                "[need] with hours per week, or a rate table with [wage_scales.{}.windows]",
                params.scale_name
            )));
    };
    let base = params.base_hourly.value;
    let worth = Band::ALL.map(|b| {
        let s = params.scale.supplements.get(b);
        s.kr.unwrap_or_else(|| s.pct.unwrap_or_default() * base / Decimal::ONE_HUNDRED)
    });
    let s = schedule::band_hours(&f.schedule, (period.from, period.to), windows, &worth);
    let w = period.weeks;
    for b in Band::ALL {
        let deducted = f.deduct.map()[b as usize] * w;
        if deducted > s.bands[b as usize] {
            return Err(case
                .error(
                    &format!("deduct.{}", b.key()),
                    "deduction larger than the scheduled hours in this band",
                )
                .found(format!(
                    "{} h a year deducted from {} scheduled hours",
                    money::round(deducted, 2),
                    money::round(s.bands[b as usize], 2)
                ))
                .allowed(format!(
                    "at most {} h per week",
                    money::round(s.bands[b as usize] / w, 2)
                )));
        }
    }
    if let Some(r) = &f.relative {
        let after: Decimal =
            s.bands.iter().sum::<Decimal>() - f.deduct.map().iter().sum::<Decimal>() * w;
        if r.own_care_hours_per_week * w > after {
            return Err(case
                .error(
                    "relative.own_care_hours_per_week",
                    "more own care than the scheduled hours after deductions",
                )
                .found(format!(
                    "{} h per week × {} weeks against {} h a year",
                    r.own_care_hours_per_week.normalize(),
                    w.normalize(),
                    money::round(after, 2)
                ))
                .allowed(format!("at most {} h per week", money::round(after / w, 2))));
        }
    }
    Ok(Some(s))
}

/// Calculate the budget of a valid case on a rate table.
pub fn calculate(case: &Case, rates: &Rates) -> Result<Budget, InputError> {
    let table = &rates.table;
    let (params, period, hours) = prepare(case, rates)?;
    let wages = wages::budget(case, &hours, &params, &period);
    let contributions = contributions::compute(case, table, &period, &hours, &wages);
    let employer_tasks = employer_tasks::compute(
        case,
        table,
        &params,
        &period,
        &hours,
        &wages,
        &contributions,
    );
    let other_costs = totals::other_costs(case, &params, &period);
    let cap = totals::cap(&hours, &wages, &contributions, &employer_tasks, &params);
    let totals_ = totals::totals(
        case,
        &period,
        &hours,
        &wages,
        &contributions,
        &employer_tasks,
        &other_costs,
        &cap,
    );
    let respirator = totals::respirator(case, &params, &totals_);
    let after_invoice = totals::after_invoice(case, &employer_tasks, &contributions);
    let all_lines: Vec<&calc::Line> = hours
        .lines
        .iter()
        .chain(&wages.lines)
        .chain(&contributions.lines)
        .chain(&contributions.after_invoice)
        .chain(&employer_tasks.lines)
        .chain(&other_costs.lines)
        .chain(&totals_.cap_line)
        .chain(&totals_.after_death)
        .collect();
    let notes = checks::notes(case.file.year, &all_lines, &cap, &employer_tasks);
    let mut warnings = checks::check(
        case,
        &checks::Facts {
            hours: &hours,
            tasks: &employer_tasks,
            totals: &totals_,
            cap: &cap,
            level: diff::Level {
                annual_total: Some(totals_.grant_total),
                grant_hours: Some(hours.total),
                weekly_need: Some(hours.weekly_need),
            },
        },
    );
    warnings.shrink_to_fit();
    // The previous level continues only where the grant itself falls: a fall
    // in hours alone, with a higher grant, pays the new level at once.
    let reduced = case
        .file
        .previous
        .as_ref()
        .and_then(|p| p.annual_total)
        .is_some_and(|old| money::ore(totals_.grant_total) < money::ore(old));
    let transition = calc::transition::transition(
        case.file.decision.as_ref().and_then(case::Decision::day),
        case.file.previous.as_ref().and_then(|p| p.annual_total),
        reduced,
        &period,
        &totals_,
    );
    let band_costs = settle::band_costs(&params, &hours, contributions.total);
    Ok(Budget {
        id: case.file.id.clone(),
        year: case.file.year,
        scheme: case.file.scheme,
        employer: case.file.employer,
        rates_origin: rates.origin.clone(),
        period,
        wage_scale: params.scale_name.clone(),
        wage_scale_name: calc::t(params.scale.name.clone(), params.scale.name_en.clone()),
        deviations: params.deviations.clone(),
        hours,
        wages,
        contributions,
        employer_tasks,
        other_costs,
        totals: totals_,
        cap,
        respirator,
        after_invoice,
        warnings,
        notes,
        band_costs,
        transition,
    })
}
