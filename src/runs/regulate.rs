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

use crate::calc::totals::Payment;
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

/// The payments a budget makes: its one schedule for the year (SPEC 8).
fn payments(b: &Budget) -> &[Payment] {
    b.totals.payments.as_slice()
}

/// Regulate a case from `date`: its budget for the whole grant period on
/// the `old` rates and on the `new` ones, the same hours on both (a
/// regulation changes the basis, not the need: BEK § 3 stk. 1), and month
/// by month from the date the old payment against the new, the date's month
/// by its days from the date. `file` names the case in errors.
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
    let after = calculate(&case, new)?;
    // A grant that starts after the date is on the new rates from its start.
    let start = date.max(from);
    let first = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start);
    let new_payments = payments(&after);
    let mut months = Vec::new();
    for p in payments(&before) {
        let month_start = NaiveDate::from_ymd_opt(p.year, p.month, 1).unwrap_or(start);
        if month_start < first {
            continue;
        }
        // The date's month counts its days in the period from the date; a
        // later month, and the month after a death (SEL § 96 c), wholly.
        let in_period = before
            .period
            .months
            .iter()
            .find(|m| m.month == p.month && p.year == from.year())
            .map_or(1, |m| m.days);
        let days = if month_start == first {
            let before_date =
                u32::try_from((start - month_start.max(from)).num_days()).unwrap_or(0);
            in_period.saturating_sub(before_date)
        } else {
            in_period
        };
        let part = |payment: Decimal| {
            if days == in_period || in_period == 0 {
                payment
            } else {
                ore(payment * Decimal::from(days) / Decimal::from(in_period))
            }
        };
        let old_payment = p.employer_part + p.recipient_part;
        let new_payment = new_payments
            .iter()
            .find(|n| n.month == p.month && n.year == p.year)
            .map_or(Decimal::ZERO, |n| n.employer_part + n.recipient_part);
        months.push(MonthChange {
            month: p.month,
            year: p.year,
            old_payment,
            new_payment,
            days,
            of: in_period,
            old: part(old_payment),
            new: part(new_payment),
        });
    }
    Ok(Regulation {
        id: before.id.clone(),
        year: before.year,
        date,
        from: start,
        to,
        old_rates: before.rates_origin.clone(),
        new_rates: after.rates_origin.clone(),
        old_total: before.totals.grant_total,
        new_total: after.totals.grant_total,
        months,
    })
}
