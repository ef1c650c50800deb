//! Regulation during the year: the grant is measured once a year but
//! regulated when the basis it was measured on changes generally, such as
//! the wage rates (BEK § 3 stk. 1; VEJ pkt. 97–98), and a changed basis must
//! lead to a regulated grant (AST 93-12). The case's budget for its grant
//! period is calculated on the old and on the new rates, with the same hours;
//! from the date on, each month's new payment replaces the old one, the
//! date's own month pro rata by its days from the date.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::calc::period::months;
use crate::calc::reduction::{Reduction, reduction};
use crate::calc::totals::spread;
use crate::money::ore;
use crate::rates::Rates;
use crate::{Budget, Case, InputError, calculate};

/// One calendar month from the date on: the old and the new payment for
/// the whole month, and their parts from the date on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthChange {
    /// 1 = January.
    pub month: u32,
    pub year: i32,
    /// The old and the new budget's payment for the whole month.
    pub old_payment: Decimal,
    pub new_payment: Decimal,
    /// Days of the month in the period from the date on, and all the month's
    /// days in the period: each part is `payment × days / of`.
    pub days: u32,
    pub of: u32,
    /// The old and the new payment's part from the date on, to the øre.
    pub old: Decimal,
    pub new: Decimal,
}

impl MonthChange {
    #[must_use]
    pub fn change(&self) -> Decimal {
        self.new - self.old
    }

    /// The whole month is from the date on.
    #[must_use]
    pub fn whole(&self) -> bool {
        self.days == self.of
    }
}

/// A case regulated from a date: both budgets' totals and the months from
/// the date to the end of the grant period.
#[derive(Debug, Clone, Serialize)]
pub struct Regulation {
    pub id: String,
    pub year: u16,
    /// The date the new rates apply from, as asked.
    pub date: NaiveDate,
    /// The first day on the new rates: the date, or the start of a grant
    /// period that begins later; and the period's last day.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The rate tables, as `calc` names them.
    pub old_rates: String,
    pub new_rates: String,
    /// The grant for the whole period on the old and on the new rates.
    pub old_total: Decimal,
    pub new_total: Decimal,
    pub months: Vec<MonthChange>,
    /// The figures SEL § 3 a compares that the regulation lowers: it then
    /// takes effect only after 14 weeks' notice (VEJ pkt. 39).
    #[serde(skip)]
    pub reduction: Option<Reduction>,
}

impl Regulation {
    /// The new monthly payment: the first month wholly from the date on
    /// (the date's own month when the date is its first day).
    #[must_use]
    pub fn new_monthly(&self) -> Option<&MonthChange> {
        self.months.iter().find(|m| m.whole())
    }

    /// What the old rates pay from the date on.
    #[must_use]
    pub fn old_rest(&self) -> Decimal {
        self.months.iter().map(|m| m.old).sum()
    }

    /// What the new rates pay from the date on.
    #[must_use]
    pub fn new_rest(&self) -> Decimal {
        self.months.iter().map(|m| m.new).sum()
    }

    /// The difference for the rest of the grant period in all.
    #[must_use]
    pub fn difference(&self) -> Decimal {
        self.new_rest() - self.old_rest()
    }
}

/// Regulate a case from `date`: its budget for the whole grant period on
/// the `old` rates, and the period regulated — the old rates before the
/// date, the new from it, as dated figures — with the same hours (a
/// regulation changes the basis, not the need: BEK § 3 stk. 1); month by
/// month from the date the old payment and the difference, the date's
/// month by its days from the date. A regulation that lowers a figure
/// SEL § 3 a compares needs notice. `file` names the case in errors.
pub fn regulate(
    case: &Case,
    (old, new): (&Rates, &Rates),
    date: NaiveDate,
    file: &str,
) -> Result<Regulation, InputError> {
    let (old_year, new_year) = (old.table.year, new.table.year);
    if old_year != new_year {
        return Err(InputError::file(
            file,
            "the old and the new rates are for different grant years",
        )
        .found(format!(
            "{old_year} ({}) and {new_year} ({})",
            old.origin, new.origin
        ))
        .allowed("two rate tables for the same grant year")
        .help(
            "a new grant year is a new budget: compare it with `bpa diff --from YEAR --to YEAR`",
        ));
    }
    let mut case = case.clone();
    case.file.move_to_year(old_year);
    let before = calculate(&case, old)?;
    let (from, to) = (before.period.from, before.period.to);
    if date > to || date.year() != from.year() {
        return Err(
            InputError::file(file, "the regulation date is after the grant period")
                .found(date.to_string())
                .allowed(format!("a date in {} up to {to}", from.year())),
        );
    }
    // A grant that starts after the date is on the new rates from its start.
    let start = date.max(from);
    // The year regulated: the old rates before the date and the new from it,
    // the wage figures dated as `calc` dates them (BEK § 3 stk. 1).
    let regulated = Rates::regulated(old, new, start, file)?;
    let after = calculate(&case, &regulated)?;
    let months = month_changes(&before, &after, start);
    let to = match before.totals.payments.get(before.period.months.len()) {
        // The month after the period (SEL § 96 c; VEJ pkt. 107) is shown too.
        Some(p) => NaiveDate::from_ymd_opt(p.year, p.month, 1)
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
            .and_then(|d| d.pred_opt())
            .unwrap_or(to),
        None => to,
    };
    Ok(Regulation {
        id: before.id.clone(),
        year: before.year,
        date,
        from: start,
        to,
        old_rates: before.rates_origin.clone(),
        new_rates: new.origin.clone(),
        old_total: before.totals.grant_total,
        new_total: after.totals.grant_total,
        months,
        reduction: reduction(&before.level(), &after.level()),
    })
}

/// The months from `start`: each the old schedule's payment and the
/// difference the regulation makes, spread over the months from the date by
/// their days in the period (the last takes the rounding, SPEC 8); the
/// month after the period gets the change of what is covered after it.
fn month_changes(before: &Budget, after: &Budget, start: NaiveDate) -> Vec<MonthChange> {
    let period = &before.period;
    let rest = months(start, period.to);
    let after_end = |b: &Budget| -> Decimal { b.totals.after_end.iter().map(|l| l.amount).sum() };
    let level = |b: &Budget| b.totals.grant_total - after_end(b);
    let shares = spread(level(after) - level(before), &rest);
    let first = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start);
    let mut out = Vec::new();
    for (i, p) in before.totals.payments.iter().enumerate() {
        let month_start = NaiveDate::from_ymd_opt(p.year, p.month, 1).unwrap_or(start);
        if month_start < first {
            continue;
        }
        let old_payment = p.employer_part + p.recipient_part;
        let (days, of, change) = if i < period.months.len() {
            let of = period.months.get(i).map_or(1, |m| m.days);
            let k = rest.iter().position(|m| m.month == p.month).unwrap_or(0);
            let days = rest.get(k).map_or(of, |m| m.days);
            (days, of, shares.get(k).copied().unwrap_or_default())
        } else {
            (1, 1, after_end(after) - after_end(before))
        };
        let old = if days == of {
            old_payment
        } else {
            ore(old_payment * Decimal::from(days) / Decimal::from(of))
        };
        out.push(MonthChange {
            month: p.month,
            year: p.year,
            old_payment,
            new_payment: old_payment + change,
            days,
            of,
            old,
            new: old + change,
        });
    }
    out
}
