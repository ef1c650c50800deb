//! `bpa settle`: the yearly account of granted against used hours (BEK § 14;
//! VEJ pkt. 99–105; KL 3.7; SPEC 10a). Hours are flexible between the bands
//! (VEJ pkt. 74): what is settled is the hours not used in total, valued at
//! the bands where hours went unused, and repaid (BEK § 15 stk. 1), carried
//! to the next year when that was agreed (BEK § 15 stk. 2), or offset in the
//! next payment (VEJ pkt. 105; KL 3.7.3). More hours used in total than
//! granted is an overspend to follow up (KL 3.7.1), valued the same way on
//! the over-used bands. Standby hours are settled on their own. A relative
//! recipient's own hours are valued at the wage alone (AST 26-17). The
//! employer-task subsidy and the § 10 amount are not settled (VEJ pkt.
//! 101–102); after-invoice items are reimbursed as invoiced (BEK § 4 stk. 2).

mod used;

pub use used::{RelativeHours, Used, UsedFile, UsedHours};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::budget::Budget;
use crate::calc::band_cost::{RELATIVE_KEYS, relative_labels};
use crate::calc::checks::{About, Warning};
use crate::calc::{Basis, Line, Text, t};
use crate::case::Case;
use crate::error::{InputError, did_you_mean};
use crate::money::ore;

/// Granted against used hours in one band, the relative's own hours in a
/// band, or standby.
#[derive(Debug, Clone, Serialize)]
pub struct BandAccount {
    /// A band key, `relative.<band>`, or `standby`.
    pub key: &'static str,
    pub label: Text,
    pub granted: Decimal,
    pub used: Decimal,
    /// The cost of one hour here, to øre, and its formula (SPEC 10a).
    pub cost_per_hour: Decimal,
    pub cost_basis: Basis,
}

impl BandAccount {
    /// `u_b = max(0, granted − used)`.
    #[must_use]
    pub fn unused(&self) -> Decimal {
        (self.granted - self.used).max(Decimal::ZERO)
    }

    /// `max(0, used − granted)`.
    #[must_use]
    pub fn over(&self) -> Decimal {
        (self.used - self.granted).max(Decimal::ZERO)
    }

    /// Standby hours are settled on their own.
    #[must_use]
    pub fn is_standby(&self) -> bool {
        self.key == "standby"
    }
}

/// Hours settled together (SPEC 10a): the band hours, the helpers' and a
/// relative recipient's own, between which hours are flexible (VEJ pkt.
/// 74); or the standby hours on their own.
#[derive(Debug, Clone, Serialize)]
pub struct Pool {
    pub standby: bool,
    pub granted: Decimal,
    pub used: Decimal,
    /// `N = max(0, Σ granted − Σ used)`, in hours.
    pub unused: Line,
    /// `N × c̄`, `c̄ = Σ u_b·c_b / Σ u_b` over the bands with unused hours.
    pub unused_value: Option<Line>,
    /// `max(0, Σ used − Σ granted)`, in hours, when there is any.
    pub over: Option<Line>,
    /// The over-used hours valued the same way on the over-used bands.
    pub over_value: Option<Line>,
}

/// What the account comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Balance {
    /// Unused hours to repay (BEK § 15 stk. 1).
    Repay,
    /// Unused hours carried to the next year by agreement (BEK § 15 stk. 2).
    CarryOver,
    /// More hours used than granted, and none unused (KL 3.7.1).
    Overspend,
    /// No hours unused, none over-used.
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
    /// The helpers' bands, the relative's own hours by band, and standby.
    pub bands: Vec<BandAccount>,
    /// All hours, standby included.
    pub granted: Decimal,
    pub used: Decimal,
    /// The band hours, then standby where it has hours.
    pub pools: Vec<Pool>,
    /// The value of the unused hours: repaid or carried over.
    pub value: Decimal,
    pub result: Balance,
    pub repayment: Decimal,
    pub carried_over: Decimal,
    /// The value of the hours used beyond the grant (KL 3.7.1).
    pub overspend: Decimal,
    /// Not settled: the employer-task subsidy (VEJ pkt. 102) and the § 10 amount (VEJ pkt. 101).
    pub employer_tasks: Decimal,
    pub other_costs: Decimal,
    pub reimbursed: Vec<Reimbursed>,
    pub reimbursed_total: Decimal,
    /// The rate table the budget was calculated on.
    pub rates_origin: String,
    /// The overspend (KL 3.7.1), then the warnings found when the case and
    /// the used file were read: amounts written with three decimals.
    /// `--strict` fails on any of them.
    pub warnings: Vec<Warning>,
}

impl Account {
    /// The hours not used, each pool on its own (`Σ N`).
    #[must_use]
    pub fn unused_hours(&self) -> Decimal {
        self.pools.iter().map(|p| p.unused.amount).sum()
    }

    /// The hours used beyond the grant, each pool on its own.
    #[must_use]
    pub fn over_hours(&self) -> Decimal {
        self.pools
            .iter()
            .filter_map(|p| p.over.as_ref())
            .map(|l| l.amount)
            .sum()
    }
}

/// Settle a case's budget against the hours and invoices of its year.
pub fn settle(case: &Case, budget: &Budget, used: &Used) -> Result<Account, InputError> {
    same_year(budget, used)?;
    relative_apart(case, budget, used)?;
    let reimbursed = reimbursed(budget, used)?;
    let bands = band_accounts(budget, used);
    let mut pools = vec![pool(&bands, false)];
    if bands.iter().any(BandAccount::is_standby) {
        pools.push(pool(&bands, true));
    }
    let sum = |f: fn(&Pool) -> &Option<Line>| -> Decimal {
        pools
            .iter()
            .filter_map(|p| f(p).as_ref())
            .map(|l| l.amount)
            .sum()
    };
    let value = sum(|p| &p.unused_value);
    let overspend = sum(|p| &p.over_value);
    let carry_over = case.file.settlement.carry_over;
    let result = match (value > Decimal::ZERO, overspend > Decimal::ZERO) {
        (true, _) if carry_over => Balance::CarryOver,
        (true, _) => Balance::Repay,
        (false, true) => Balance::Overspend,
        (false, false) => Balance::Even,
    };
    let pick = |r: Balance| if result == r { value } else { Decimal::ZERO };
    let mut account = Account {
        id: budget.id.clone(),
        year: budget.year,
        granted: bands.iter().map(|b| b.granted).sum(),
        used: bands.iter().map(|b| b.used).sum(),
        bands,
        pools,
        value,
        result,
        repayment: pick(Balance::Repay),
        carried_over: pick(Balance::CarryOver),
        overspend,
        employer_tasks: budget.employer_tasks.total,
        other_costs: budget.other_costs.to_citizen,
        reimbursed_total: reimbursed.iter().map(|r| r.amount).sum(),
        rates_origin: budget.rates_origin.clone(),
        reimbursed,
        warnings: Vec::new(),
    };
    account.warnings = warnings(&account, case, used);
    Ok(account)
}

/// KL 3.7.1: hours used beyond the grant; then what reading found, in the
/// case (as every command that reads it tells) and in the used file, whose
/// amounts are read by the same rules: an amount written with three
/// decimals. No law sets that warning, so its legal ground is "—".
fn warnings(a: &Account, case: &Case, used: &Used) -> Vec<Warning> {
    let mut out = Vec::new();
    if a.overspend > Decimal::ZERO {
        out.push(Warning {
            code: "overspend",
            about: About::Overspend {
                hours: a.over_hours(),
                value: a.overspend,
            },
            legal: "KL 3.7.1",
        });
    }
    out.extend(crate::calc::checks::on_reading(case));
    out.extend(used.three_decimals.iter().map(|(key, raw)| Warning {
        code: "amount_three_decimals",
        about: About::AmountThreeDecimals {
            key: key.clone(),
            raw: raw.clone(),
            at: used.src.error_at(key, "").line_col,
        },
        legal: "—",
    }));
    out
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

/// SEL § 95 stk. 3, AST 26-17: where the relative recipient cares
/// personally and is not employed, the used file gives the relative's own
/// hours apart, as `[relative]`; any other case has no such hours.
fn relative_apart(case: &Case, budget: &Budget, used: &Used) -> Result<(), InputError> {
    let own = case.file.relative_unemployed();
    match (&used.file.relative, own) {
        (Some(_), false) => Err(used
            .src
            .error_at("relative", "a relative recipient's own hours in a case without them")
            .found(format!(
                "[relative] for scheme = \"{}\", employer = \"{}\"",
                case.file.scheme.key(),
                case.file.employer.key()
            ))
            .allowed(
                "[relative] only for scheme = \"kt-relative\" with employer = \"relative\" (SEL § 95 stk. 3); every other hour goes under [hours]",
            )),
        (None, true) if !budget.hours.relative_total().is_zero() => Err(used
            .src
            .error_at("relative", "the relative's own hours are missing")
            .found("no [relative] table")
            .allowed(
                "[relative] with the hours the relative gave personally, by band, and the employed helpers' hours under [hours]: the relative's hours are valued at the wage alone (AST 26-17)",
            )),
        _ => Ok(()),
    }
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

/// Granted against used hours band by band (the employed helpers' hours
/// `H_b − R_b` where a relative recipient cares personally), the relative's
/// own hours `R_b` by band where there are any, and standby where either
/// side has some; each with its cost of an hour (SPEC 10a).
fn band_accounts(budget: &Budget, used: &Used) -> Vec<BandAccount> {
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
        }
    };
    let hours = &budget.hours;
    let apart = used.file.relative.as_ref();
    let mut bands: Vec<BandAccount> = hours
        .bands
        .iter()
        .map(|b| {
            let label = if apart.is_some() {
                helpers_label(hours.band_label(b.band))
            } else {
                hours.band_label(b.band)
            };
            account(
                b.band.key(),
                label,
                b.total - b.relative,
                used.file.hours.band(b.band),
            )
        })
        .collect();
    if let Some(r) = apart {
        let labels = relative_labels();
        for b in &hours.bands {
            let (granted, used) = (b.relative, r.band(b.band));
            if !(granted.is_zero() && used.is_zero()) {
                let i = b.band as usize;
                bands.push(account(RELATIVE_KEYS[i], labels[i].clone(), granted, used));
            }
        }
    }
    if !hours.standby.is_zero() || !used.file.hours.standby.is_zero() {
        bands.push(account(
            "standby",
            t("rådighedstimer", "standby hours"),
            hours.standby,
            used.file.hours.standby,
        ));
    }
    bands
}

/// A band's label for the employed helpers' hours, beside the relative's.
fn helpers_label(band: Text) -> Text {
    t(
        format!("ansatte hjælpere, {}", band.da),
        format!("employed helpers, {}", band.en),
    )
}

/// `max(0, a − b)` hours, with its formula.
fn hours_line(
    key: &'static str,
    label: Text,
    (a, b): (Decimal, Decimal),
    legal: &'static str,
) -> Line {
    Line::new(
        key,
        label,
        (a - b).max(Decimal::ZERO),
        Basis::new()
            .op("max(")
            .plain(Decimal::ZERO)
            .op(",")
            .hours(a)
            .minus()
            .hours(b)
            .close(),
        legal,
    )
}

/// The keys and labels of a pool's lines: the band hours', or standby's.
struct Words {
    unused: (&'static str, Text),
    unused_value: (&'static str, Text),
    over: (&'static str, Text),
    over_value: (&'static str, Text),
}

fn words(standby: bool) -> Words {
    if standby {
        Words {
            unused: (
                "standby.unused_hours",
                t("Uforbrugte rådighedstimer", "Unused standby hours"),
            ),
            unused_value: (
                "standby.unused_value",
                t(
                    "Værdi af de uforbrugte rådighedstimer",
                    "Value of the unused standby hours",
                ),
            ),
            over: (
                "standby.over_hours",
                t(
                    "Rådighedstimer ud over det bevilgede",
                    "Standby hours beyond the grant",
                ),
            ),
            over_value: (
                "standby.over_value",
                t(
                    "Værdi af merforbruget (rådighed)",
                    "Value of the overspend (standby)",
                ),
            ),
        }
    } else {
        Words {
            unused: (
                "bands.unused_hours",
                t("Uforbrugte timer i alt", "Unused hours in all"),
            ),
            unused_value: (
                "bands.unused_value",
                t("Værdi af de uforbrugte timer", "Value of the unused hours"),
            ),
            over: (
                "bands.over_hours",
                t(
                    "Timer ud over det bevilgede i alt",
                    "Hours beyond the grant in all",
                ),
            ),
            over_value: (
                "bands.over_value",
                t(
                    "Værdi af merforbruget (timer)",
                    "Value of the overspend (hours)",
                ),
            ),
        }
    }
}

/// Settle the band hours or the standby hours (SPEC 10a): the hours not
/// used in all and their value (BEK § 15; VEJ pkt. 74, 102), and any used
/// beyond the grant and theirs (KL 3.7.1).
fn pool(bands: &[BandAccount], standby: bool) -> Pool {
    let rows: Vec<&BandAccount> = bands.iter().filter(|b| b.is_standby() == standby).collect();
    let granted: Decimal = rows.iter().map(|b| b.granted).sum();
    let used: Decimal = rows.iter().map(|b| b.used).sum();
    let w = words(standby);
    let unused = hours_line(
        w.unused.0,
        w.unused.1,
        (granted, used),
        "BEK § 14 stk. 2; VEJ pkt. 74",
    );
    let n = unused.amount;
    let m = (used - granted).max(Decimal::ZERO);
    let unused_value = (!n.is_zero()).then(|| {
        let (amount, basis) = valued(&rows, n, BandAccount::unused);
        let (key, label) = w.unused_value;
        Line::new(key, label, amount, basis, "BEK § 15; VEJ pkt. 102")
    });
    let over = (!m.is_zero()).then(|| hours_line(w.over.0, w.over.1, (used, granted), "KL 3.7.1"));
    let over_value = (!m.is_zero()).then(|| {
        let (amount, basis) = valued(&rows, m, BandAccount::over);
        let (key, label) = w.over_value;
        Line::new(key, label, amount, basis, "KL 3.7.1")
    });
    Pool {
        standby,
        granted,
        used,
        unused,
        unused_value,
        over,
        over_value,
    }
}

/// `hours × c̄` with `c̄ = Σ x_b·c_b / Σ x_b` over the bands where `x_b`
/// (unused, or over-used, hours) is not zero; the average is not rounded
/// before use (SPEC 10). Where `Σ x_b` is `hours` itself, that is
/// `Σ x_b·c_b`, and where one band has them, `hours × c_b`; the formula
/// says which.
fn valued(
    rows: &[&BandAccount],
    hours: Decimal,
    x: fn(&BandAccount) -> Decimal,
) -> (Decimal, Basis) {
    let with: Vec<&&BandAccount> = rows.iter().filter(|b| !x(b).is_zero()).collect();
    let weight: Decimal = with.iter().map(|b| x(b)).sum();
    let exact: Decimal = with.iter().map(|b| x(b) * b.cost_per_hour).sum();
    let mut terms = Basis::new();
    for (i, b) in with.iter().enumerate() {
        if i > 0 {
            terms = terms.plus();
        }
        terms = terms.hours(x(b)).times().kr_h(b.cost_per_hour);
    }
    if weight == hours {
        return (ore(exact), terms);
    }
    if let [b] = with.as_slice() {
        // One band: `c̄` is its own cost per hour.
        let basis = Basis::new().hours(hours).times().kr_h(b.cost_per_hour);
        return (ore(hours * b.cost_per_hour), basis);
    }
    let basis = Basis::new()
        .hours(hours)
        .times()
        .open()
        .then(terms)
        .close()
        .div()
        .hours(weight);
    (ore(hours * exact / weight), basis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn row(key: &'static str, granted: Decimal, used: Decimal, cost: Decimal) -> BandAccount {
        BandAccount {
            key,
            label: t("", ""),
            granted,
            used,
            cost_per_hour: cost,
            cost_basis: Basis::new(),
        }
    }

    #[test]
    fn the_unused_hours_in_all_are_valued_at_the_bands_where_hours_went_unused() {
        // Day 118 h and evening 20 h unused, Saturday 38 h over: N = 138 − 38 = 100,
        // c̄ = (118 × 132.89 + 20 × 166.64) / 138 = (15,681.02 + 3,332.80) / 138,
        // N × c̄ = 100 × 19,013.82 / 138 = 13,778.1304… → 13,778.13.
        let day = row("weekday_day", dec!(1098), dec!(980), dec!(132.89));
        let evening = row("weekday_evening", dec!(544), dec!(524), dec!(166.64));
        let saturday = row("saturday", dec!(281), dec!(319), dec!(161.01));
        let p = pool(&[day.clone(), evening, saturday.clone()], false);
        assert_eq!(p.unused.amount, dec!(100));
        let value = p.unused_value.expect("a value");
        assert_eq!(value.amount, dec!(13778.13));
        assert_eq!(
            value.basis.expr(),
            "100.00 * (118.00 * 132.89 + 20.00 * 166.64) / 138.00"
        );
        assert!(p.over.is_none() && p.over_value.is_none());
        // One band unused, one over: N = 118 − 38 = 80 at that band's cost,
        // 80 × 132.89 = 10,631.20.
        let p = pool(&[day, saturday], false);
        let value = p.unused_value.expect("a value");
        assert_eq!(
            (value.amount, value.basis.expr()),
            (dec!(10631.20), "80.00 * 132.89".to_string())
        );
    }
}
