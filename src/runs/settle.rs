//! `bpa settle`: the yearly account of granted against used hours (BEK § 14;
//! VEJ pkt. 99–105; KL 3.7). Unused hours are valued at their own band's cost
//! per hour (SPEC 10a) and repaid (BEK § 15), or carried to the next year
//! when that was agreed (BEK § 15 stk. 2); using more hours than granted is
//! an overspend to follow up (KL 3.7.1). The employer-task subsidy and the
//! § 10 amount are not settled (VEJ pkt. 101–102); after-invoice items are
//! reimbursed as invoiced (BEK § 4 stk. 2).

use std::path::Path;

use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::budget::Budget;
use crate::calc::{Basis, Text, t};
use crate::case::{Band, Case};
use crate::error::{InputError, Source, did_you_mean};
use crate::money::ore;

/// Largest number of hours accepted in a band of the used file.
const MAX_USED_HOURS: i64 = 100_000;
/// Largest invoiced amount accepted, kroner.
const MAX_INVOICE: i64 = 1_000_000_000;

/// Hours used in the year by band, and standby hours.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UsedHours {
    #[serde(default)]
    pub weekday_day: Decimal,
    #[serde(default)]
    pub weekday_evening: Decimal,
    #[serde(default)]
    pub weekday_night: Decimal,
    #[serde(default)]
    pub saturday: Decimal,
    #[serde(default)]
    pub sunday_holiday: Decimal,
    #[serde(default)]
    pub standby: Decimal,
}

impl UsedHours {
    fn band(&self, b: Band) -> Decimal {
        match b {
            Band::WeekdayDay => self.weekday_day,
            Band::WeekdayEvening => self.weekday_evening,
            Band::WeekdayNight => self.weekday_night,
            Band::Saturday => self.saturday,
            Band::SundayHoliday => self.sunday_holiday,
        }
    }
}

/// The used file as written.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UsedFile {
    pub year: u16,
    #[serde(default)]
    pub hours: UsedHours,
    /// Actual after-invoice costs by the budget's item keys, kroner.
    #[serde(default)]
    pub after_invoice: IndexMap<String, Decimal>,
}

/// A read and range-checked used file, with its text for error locations.
#[derive(Debug, Clone)]
pub struct Used {
    pub file: UsedFile,
    pub src: Source,
}

impl Used {
    pub fn read(path: &Path) -> Result<Used, InputError> {
        Used::parse(Source::read(path)?)
    }

    pub fn parse(src: Source) -> Result<Used, InputError> {
        let file: UsedFile = src.deserialize()?;
        let used = Used { file, src };
        let h = &used.file.hours;
        let hours = [
            ("weekday_day", h.weekday_day),
            ("weekday_evening", h.weekday_evening),
            ("weekday_night", h.weekday_night),
            ("saturday", h.saturday),
            ("sunday_holiday", h.sunday_holiday),
            ("standby", h.standby),
        ];
        for (key, v) in hours {
            if v < Decimal::ZERO || v > Decimal::from(MAX_USED_HOURS) {
                return Err(used
                    .src
                    .error_at(&format!("hours.{key}"), "number out of range")
                    .found(v.to_string())
                    .allowed(format!(
                        "hours used in the year, from 0 to {MAX_USED_HOURS}"
                    )));
            }
        }
        for (key, v) in &used.file.after_invoice {
            if *v < Decimal::ZERO || *v > Decimal::from(MAX_INVOICE) {
                return Err(used
                    .src
                    .error_at(&format!("after_invoice.{key}"), "number out of range")
                    .found(v.to_string())
                    .allowed("kroner invoiced in the year, from 0 to 1,000,000,000"));
            }
        }
        Ok(used)
    }
}

/// Granted against used hours in one band (or standby).
#[derive(Debug, Clone, Serialize)]
pub struct BandAccount {
    /// A band key, or `standby`.
    pub key: &'static str,
    pub label: Text,
    pub granted: Decimal,
    pub used: Decimal,
    /// The cost of one hour in this band, to øre, and its formula.
    pub cost_per_hour: Decimal,
    pub cost_basis: Basis,
    /// `(granted − used) × cost_per_hour`, to øre: positive unused, negative overspent.
    pub value: Decimal,
}

impl BandAccount {
    /// Granted minus used: positive is unused, negative overspent.
    #[must_use]
    pub fn unused(&self) -> Decimal {
        self.granted - self.used
    }
}

/// What the account comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Balance {
    /// Unused hours to repay (BEK § 15 stk. 1).
    Repay,
    /// Unused hours carried to the next year by agreement (BEK § 15 stk. 2).
    CarryOver,
    /// More hours used than granted (KL 3.7.1).
    Overspend,
    /// Exactly the granted hours.
    Even,
}

/// An after-invoice item and what was reimbursed.
#[derive(Debug, Clone, Serialize)]
pub struct Reimbursed {
    pub key: String,
    pub label: Text,
    pub legal: String,
    pub amount: Decimal,
}

/// The yearly account of one case.
#[derive(Debug, Clone, Serialize)]
pub struct Account {
    pub id: String,
    pub year: u16,
    pub bands: Vec<BandAccount>,
    pub granted: Decimal,
    pub used: Decimal,
    /// `|Σ (granted − used) × the band's cost per hour|`, to øre.
    pub value: Decimal,
    pub result: Balance,
    pub repayment: Decimal,
    pub carried_over: Decimal,
    pub overspend: Decimal,
    /// Not settled: the employer-task subsidy (VEJ pkt. 102) and the § 10 amount (VEJ pkt. 101).
    pub employer_tasks: Decimal,
    pub other_costs: Decimal,
    pub reimbursed: Vec<Reimbursed>,
    pub reimbursed_total: Decimal,
    /// The rate table the budget was calculated on.
    pub rates_origin: String,
    /// The warnings found when the case was read, told on stderr; `--strict`
    /// fails on them as on an overspend.
    #[serde(skip)]
    pub warnings: Vec<crate::calc::checks::Warning>,
}

/// Settle a case's budget against the hours and invoices of its year.
pub fn settle(case: &Case, budget: &Budget, used: &Used) -> Result<Account, InputError> {
    same_year(budget, used)?;
    let reimbursed = reimbursed(budget, used)?;
    let bands = band_accounts(budget, &used.file.hours);
    let granted = budget.hours.total;
    let used_total: Decimal = bands.iter().map(|b| b.used).sum();
    let net: Decimal = bands.iter().map(|b| b.value).sum();
    let value = net.abs();
    let result = balance(net, case.file.settlement.carry_over);
    let pick = |r: Balance| if result == r { value } else { Decimal::ZERO };
    Ok(Account {
        id: budget.id.clone(),
        year: budget.year,
        bands,
        granted,
        used: used_total,
        value,
        result,
        repayment: pick(Balance::Repay),
        carried_over: pick(Balance::CarryOver),
        overspend: pick(Balance::Overspend),
        employer_tasks: budget.employer_tasks.total,
        other_costs: budget.other_costs.to_citizen,
        reimbursed_total: reimbursed.iter().map(|r| r.amount).sum(),
        rates_origin: budget.rates_origin.clone(),
        reimbursed,
        warnings: crate::calc::checks::on_reading(case),
    })
}

/// The used hours must be for the budget's grant year (BEK § 14: the account
/// is yearly).
fn same_year(budget: &Budget, used: &Used) -> Result<(), InputError> {
    let u = &used.file;
    if u.year != budget.year {
        return Err(used
            .src
            .error_at(
                "year",
                "the used hours are for another year than the budget",
            )
            .found(format!(
                "year = {} against a budget for {}",
                u.year, budget.year
            ))
            .allowed(format!("year = {}", budget.year)));
    }
    Ok(())
}

/// The after-invoice items reimbursed as invoiced (BEK § 4 stk. 2), each one
/// the budget covers after invoice.
fn reimbursed(budget: &Budget, used: &Used) -> Result<Vec<Reimbursed>, InputError> {
    let items: Vec<String> = budget.after_invoice.iter().map(|a| a.key.clone()).collect();
    let mut reimbursed = Vec::new();
    for (key, amount) in &used.file.after_invoice {
        let Some(item) = budget.after_invoice.iter().find(|a| &a.key == key) else {
            let mut err = used
                .src
                .error_at(
                    &format!("after_invoice.{key}"),
                    "not an item covered after invoice",
                )
                .found(key.clone())
                .allowed(items.join(", "));
            if let Some(near) = did_you_mean(key, &items) {
                err = err.help(format!("did you mean `{near}`?"));
            }
            return Err(err);
        };
        reimbursed.push(Reimbursed {
            key: key.clone(),
            label: item.label.clone(),
            legal: item.legal.clone(),
            amount: ore(*amount),
        });
    }
    Ok(reimbursed)
}

/// Granted against used hours band by band, and standby where either side
/// has some, each valued at its own band's cost per hour (SPEC 10a).
fn band_accounts(budget: &Budget, used: &UsedHours) -> Vec<BandAccount> {
    let cost = |key: &str| {
        budget
            .band_costs
            .iter()
            .find(|c| c.key == key)
            .map_or((Decimal::ZERO, Basis::new()), |c| (c.cost, c.basis.clone()))
    };
    let account = |key: &'static str, label: Text, granted: Decimal, used: Decimal| {
        let (cost_per_hour, cost_basis) = cost(key);
        BandAccount {
            key,
            label,
            granted,
            used,
            cost_per_hour,
            cost_basis,
            value: ore((granted - used) * cost_per_hour),
        }
    };
    let mut bands: Vec<BandAccount> = budget
        .hours
        .bands
        .iter()
        .map(|b| {
            account(
                b.band.key(),
                budget.hours.band_label(b.band),
                b.total,
                used.band(b.band),
            )
        })
        .collect();
    if !budget.hours.standby.is_zero() || !used.standby.is_zero() {
        bands.push(account(
            "standby",
            t("rådighedstimer", "standby hours"),
            budget.hours.standby,
            used.standby,
        ));
    }
    bands
}

/// What the account comes to: unused hours repaid (BEK § 15 stk. 1) or
/// carried over by agreement (BEK § 15 stk. 2), or an overspend (KL 3.7.1).
fn balance(net: Decimal, carry_over: bool) -> Balance {
    match net {
        d if d > Decimal::ZERO && carry_over => Balance::CarryOver,
        d if d > Decimal::ZERO => Balance::Repay,
        d if d < Decimal::ZERO => Balance::Overspend,
        _ => Balance::Even,
    }
}
