//! Regulation during the year: the grant is regulated when the basis it was
//! measured on changes generally, such as the wage rates (BEK § 3 stk. 1;
//! VEJ pkt. 97–98), and a changed basis must lead to a regulated grant (AST
//! 93-12). From a date on, the case is calculated again on the new rates for
//! the rest of its grant period (SPEC 3.8: its weeks, shares and months), and
//! each month's new payment is set against what the old budget pays from
//! that date; the month of the date counts the old payment pro rata by days.

pub mod render;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::calc::totals::Payment;
use crate::money::ore;
use crate::rates::Rates;
use crate::{Budget, Case, InputError, calculate};

/// One calendar month from the date on: the old payment, the part of it
/// that falls from the date on, the new payment and the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthChange {
    /// 1 = January.
    pub month: u32,
    pub year: i32,
    /// The old budget's whole payment for the month.
    pub old_payment: Decimal,
    /// Days of the month in the old period from the date on, and all the
    /// month's days in the old period: the old part is `old_payment × days / of`.
    pub days: u32,
    pub of: u32,
    /// The old payment's part from the date on, to the øre.
    pub old: Decimal,
    /// The new budget's payment for the month.
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
    /// The date the new rates apply from, as asked; a grant that starts
    /// later is on them from its start (`new_from`).
    pub date: NaiveDate,
    /// The rate tables, as `calc` names them.
    pub old_rates: String,
    pub new_rates: String,
    /// The old budget's grant for its whole period.
    pub old_total: Decimal,
    /// The new budget: the same case with its period from the date.
    pub new_from: NaiveDate,
    pub new_to: NaiveDate,
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

    /// What the old budget pays from the date on.
    #[must_use]
    pub fn old_rest(&self) -> Decimal {
        self.months.iter().map(|m| m.old).sum()
    }

    /// What the new budget pays from the date on.
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

/// The payments a budget makes: with a reduction under notice (SEL § 3 a)
/// those of the transition, else the budget's own.
fn payments(b: &Budget) -> &[Payment] {
    b.transition
        .as_ref()
        .map_or(b.totals.payments.as_slice(), |t| t.payments.as_slice())
}

/// Regulate a case from `date`: the old budget on `old` rates, the new one
/// on `new` rates over the period from the date on. `file` names the case
/// in errors about the date.
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
    let asked = date;
    let mut old_case = case.clone();
    old_case.file.year = old_year;
    let before = calculate(&old_case, old)?;
    let (from, to) = (before.period.from, before.period.to);
    if date > to || date.year() != from.year() {
        return Err(
            InputError::file(file, "the regulation date is after the grant period")
                .found(date.to_string())
                .allowed(format!("a date in {} up to {to}", from.year())),
        );
    }
    // A grant that starts after the date is on the new rates from its start.
    let date = date.max(from);
    let mut new_case = old_case.clone();
    let mut period = new_case.file.period.clone().unwrap_or_default();
    period.from = Some(toml_date(date));
    new_case.file.period = Some(period);
    let after = calculate(&new_case, new)?;
    let old_payments = payments(&before);
    let new_payments = payments(&after);
    let month_days = |p: &Payment| {
        before
            .period
            .months
            .iter()
            .find(|m| m.month == p.month && p.year == from.year())
            .map(|m| (m.days, m.of))
    };
    let mut months = Vec::new();
    for p in old_payments {
        let start = NaiveDate::from_ymd_opt(p.year, p.month, 1).unwrap_or(date);
        let first_of_date = NaiveDate::from_ymd_opt(date.year(), date.month(), 1).unwrap_or(date);
        if start < first_of_date {
            continue;
        }
        let old_payment = p.employer_part + p.recipient_part;
        // Days of the month in the old period, and those from the date on.
        let (days, of) = match month_days(p) {
            Some((in_period, _)) if start == first_of_date => {
                let left = u32::try_from((date - start.max(from)).num_days()).unwrap_or(0);
                (in_period.saturating_sub(left), in_period)
            }
            Some((in_period, _)) => (in_period, in_period),
            // The month after a death (SEL § 96 c): wholly after the date.
            None => (1, 1),
        };
        let part = if days == of || of == 0 {
            old_payment
        } else {
            ore(old_payment * Decimal::from(days) / Decimal::from(of))
        };
        let new_payment = new_payments
            .iter()
            .find(|n| n.month == p.month && n.year == p.year)
            .map_or(Decimal::ZERO, |n| n.employer_part + n.recipient_part);
        months.push(MonthChange {
            month: p.month,
            year: p.year,
            old_payment,
            days,
            of,
            old: part,
            new: new_payment,
        });
    }
    Ok(Regulation {
        id: before.id.clone(),
        year: before.year,
        date: asked,
        old_rates: before.rates_origin.clone(),
        new_rates: after.rates_origin.clone(),
        old_total: before.totals.grant_total,
        new_from: after.period.from,
        new_to: after.period.to,
        new_total: after.totals.grant_total,
        months,
    })
}

/// A calendar day as a TOML date.
fn toml_date(d: NaiveDate) -> toml::value::Datetime {
    toml::value::Datetime {
        date: Some(toml::value::Date {
            year: u16::try_from(d.year()).unwrap_or_default(),
            month: u8::try_from(d.month()).unwrap_or_default(),
            day: u8::try_from(d.day()).unwrap_or_default(),
        }),
        time: None,
        offset: None,
    }
}
