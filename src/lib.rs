//! bpa: the cash grant for personal assistance under serviceloven §§ 95–96.
//!
//! case file → validated [`Case`] → hours → wages → contributions →
//! employer tasks → totals and cap → legal checks → [`Budget`] → a renderer.
//! `docs/architecture.md` says what each module owns and may import.

// An input error is built once per failed case and carries the whole
// message; boxing it would buy nothing measurable.
#![allow(clippy::result_large_err)]

pub mod error;
pub mod money;

pub mod budget;
pub mod calc;
pub mod case;
pub mod rates;
pub mod report;
pub mod runs;

pub use budget::Budget;
pub use case::Case;
pub use error::InputError;

use calc::hours::Hours;
use calc::period::Period;
use calc::{band_cost, checks, contributions, employer_tasks, hours, schedule, totals, wages};
use rates::{Params, Rates};

/// Check everything about a case that needs its rate table, without
/// calculating the budget: the grant year, the service-level overrides and
/// helpers for employed hours (`bpa check`).
pub fn validate(case: &Case, rates: &Rates) -> Result<(), InputError> {
    prepare(case, rates).map(|_| ())
}

/// The rate-table checks and the hour allocation every budget starts from:
/// the rate table's year, the service level with the case's overrides, the
/// grant period, a schedule on its calendar, the hours, and helpers to employ.
fn prepare(case: &Case, rates: &Rates) -> Result<(Params, Period, Hours), InputError> {
    rates.check_year(case)?;
    let params = Params::resolve(&rates.table, &rates.standard, case)?;
    let period = Period::of(case, params.weeks_per_year.value);
    let schedule = schedule::for_case(case, &params, &period)?;
    let hours = hours::allocate(case, &rates.table, &params, &period, schedule);
    hours::check_helpers(case, &hours)?;
    Ok((params, period, hours))
}

/// The same budget with its figures alone, for a row of a batch: every
/// amount as [`calculate`] gives it, and no formulas (SPEC 12: a CSV row
/// needs none).
pub fn calculate_figures(case: &Case, rates: &Rates) -> Result<Budget, InputError> {
    calc::with_detail(calc::Detail::Figures, || calculate(case, rates))
}

/// Calculate the budget of a valid case on a rate table: SPEC 3 to 9 in order.
pub fn calculate(case: &Case, rates: &Rates) -> Result<Budget, InputError> {
    let table = &rates.table;
    let (params, period, hours) = prepare(case, rates)?;
    let wages = wages::budget(case, &hours, &params, &period);
    let contributions = contributions::compute(case, table, &params, &period, &hours, &wages);
    let employer_tasks = employer_tasks::compute(
        case,
        table,
        &params,
        &period,
        &hours,
        &wages,
        &contributions,
    );
    let special_costs = calc::special::special_costs(case, &period);
    let other_costs = totals::other_costs(case, &params, &period);
    let cap = totals::cap(
        &hours,
        &wages,
        &contributions,
        (&employer_tasks, &special_costs),
        &params,
    );
    let totals = totals::totals(
        case,
        &period,
        &hours,
        &wages,
        &contributions,
        (&employer_tasks, &special_costs),
        &other_costs,
        &cap,
    );
    let respirator = totals::respirator(case, &params, &totals);
    // SPEC 8: what is covered after invoice arises from employing helpers;
    // with no employed hours (a relative recipient as the only carer, who is
    // no employee: AST 26-17) none of it can occur.
    let after_invoice = if hours.employed.is_zero() {
        Vec::new()
    } else {
        totals::after_invoice(case, &employer_tasks, &contributions)
    };
    let all_lines: Vec<&calc::Line> = hours
        .lines
        .iter()
        .chain(&wages.lines)
        .chain(&contributions.lines)
        .chain(&contributions.after_invoice)
        .chain(&employer_tasks.lines)
        .chain(&special_costs.lines)
        .chain(&other_costs.lines)
        .chain(&totals.cap_line)
        .chain(&totals.price_line)
        .chain(&totals.after_end)
        .collect();
    let notes = checks::notes(case.file.year, &all_lines, &cap, &employer_tasks);
    let year_level = year_level(case, rates, &period, &hours, &totals)?;
    let mut totals = totals;
    let (warnings, transition) = checks_and_notice(
        case,
        (&hours, &employer_tasks, &cap, &other_costs, &period),
        &mut totals,
        year_level,
    );
    // The yearly account's cost of an hour by band: not for a row of figures.
    let band_costs = match calc::detail() {
        calc::Detail::Everything => {
            band_cost::band_costs(case, &params, &period, &hours, contributions.total)
        }
        calc::Detail::Figures => Vec::new(),
    };
    Ok(Budget {
        id: case.file.id.clone(),
        year: case.file.year,
        scheme: case.file.scheme,
        employer: case.file.employer,
        payroll: case.file.payroll,
        rates_origin: rates.origin.clone(),
        period,
        wage_scale: params.scale_name.clone(),
        wage_scale_name: calc::t(params.scale.name.clone(), params.scale.name_en.clone()),
        area_group: params.area_group,
        deviations: params.deviations.clone(),
        hours,
        wages,
        contributions,
        employer_tasks,
        special_costs,
        other_costs,
        totals,
        cap,
        respirator,
        after_invoice,
        warnings,
        notes,
        band_costs,
        transition,
        year_level,
    })
}

/// SPEC 9 and 8: the legal checks, and under SEL § 3 a a reduction whose
/// decision's day of receipt is given pays the previous help until the new
/// level takes effect: the year then has that one payment schedule.
fn checks_and_notice(
    case: &Case,
    (hours, tasks, cap, other, period): (
        &Hours,
        &employer_tasks::EmployerTasks,
        &totals::Cap,
        &totals::OtherCosts,
        &Period,
    ),
    totals: &mut totals::Totals,
    level: calc::reduction::Level,
) -> (Vec<checks::Warning>, Option<calc::transition::Transition>) {
    let mut warnings = checks::check(
        case,
        &checks::Facts {
            hours,
            tasks,
            totals,
            cap,
            level,
        },
    );
    warnings.shrink_to_fit();
    if !warnings.iter().any(|w| w.code == "reduction_notice") {
        return (warnings, None);
    }
    let year_total = level.annual_total.unwrap_or_default();
    let transition = calc::transition::for_case(case, period, totals, cap, other, year_total).map(
        |(tr, schedule)| {
            totals.set_payments(schedule);
            tr
        },
    );
    (warnings, transition)
}

/// SPEC 8: the figures SEL § 3 a compares, as a year: the budget's own for
/// a whole year; for a shorter period the same case calculated for its
/// whole grant year, so that a part year is never set against a year (a
/// row of figures with no previous decision keeps its own, which nothing
/// reads). Days
/// on hold (`[[pause]]`) are left out of the comparison: the scheme resumes
/// unchanged after them, and a pause during a hospital stay needs no notice
/// (SM 2021).
fn year_level(
    case: &Case,
    rates: &Rates,
    period: &Period,
    hours: &Hours,
    totals: &totals::Totals,
) -> Result<calc::reduction::Level, InputError> {
    // A row of figures without a previous decision has nothing to compare
    // (SEL § 3 a needs one): calculating the whole year would be wasted.
    let compared = case.file.previous.is_some() || calc::detail() == calc::Detail::Everything;
    if (period.is_whole_year() && hours.pause.is_none()) || !compared {
        return Ok(calc::reduction::Level {
            annual_total: Some(totals.level_total),
            grant_hours: Some(hours.total),
            weekly_need: Some(hours.weekly_need),
        });
    }
    let mut file = case.file.clone();
    file.period = None;
    file.pauses.clear();
    let whole = Case {
        file,
        src: case.src.clone(),
        three_decimals: Vec::new(),
    };
    Ok(calculate_figures(&whole, rates)?.year_level)
}
