//! SPEC 5, BEK § 5 stk. 5, KL 3.4.3: statutory employer contributions
//! (lovpligtige bidrag). Rates, bases and who pays come from the rate table.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hours::Hours;
use super::period::Period;
use super::wages::Wages;
use super::{Basis, Line, Said, key_of, label_of, sum, t};
use crate::case::Case;
use crate::money::{ore, pct};
use crate::rates::{Contribution, ContributionBasis, Params, RateTable};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contributions {
    pub lines: Vec<Line>,
    pub total: Decimal,
    /// Full-time equivalents as Samlet Betaling derives them from ATP.
    pub fte: Decimal,
    /// Average hours per helper per month as printed, `m = E / m_p / n` to 2 decimals (SPEC 3.8).
    pub hours_per_helper_month: Decimal,
    /// The ATP amount and the full-rate monthly ATP the FTE fraction is made of.
    pub atp: Decimal,
    pub atp_full: Decimal,
    /// Contributions covered after invoice (Barsel.dk), with the estimate `rate × FTE`.
    pub after_invoice: Vec<Line>,
}

/// The ATP monthly employer amount for `m` hours per month, and the full rate.
fn atp_bracket(c: &Contribution, m: Decimal) -> (Decimal, Decimal) {
    let brackets = c.brackets.as_deref().unwrap_or_default();
    let full = brackets.iter().map(|b| b.monthly).max().unwrap_or_default();
    let mut sorted: Vec<_> = brackets.iter().collect();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.min_hours));
    let monthly = sorted
        .iter()
        .find(|b| m >= b.min_hours)
        .map_or(Decimal::ZERO, |b| b.monthly);
    (monthly, full)
}

/// The FTE fraction as a basis: `792,00 kr. ATP / (12 × 198,00 kr.)`.
fn fte_basis(atp: Decimal, full: Decimal) -> Basis {
    Basis::new()
        .num(atp, 2, t("kr. ATP", "DKK ATP"))
        .from("line:contribution.atp")
        .div()
        .open()
        .plain(Decimal::from(12))
        .times()
        .kr(full)
        .close()
}

/// What every contribution of a case reads: the employer, the helpers `n`,
/// the employed hours `E` and the ATP figures full-time equivalents derive from.
struct Employment<'a> {
    case: &'a Case,
    p: &'a Params,
    period: &'a Period,
    n: Decimal,
    e: Decimal,
    atp: Decimal,
    atp_full: Decimal,
}

/// SPEC 5: ATP by the monthly-hours bracket, full-time equivalents from ATP
/// (a fraction, never rounded), then every other contribution on its basis;
/// none on the relative recipient's own hours, and none at all with no
/// employed hours. Contributions covered after invoice (Barsel.dk) are
/// estimated, not budgeted.
#[must_use]
pub fn compute(
    case: &Case,
    rates: &RateTable,
    p: &Params,
    period: &Period,
    hours: &Hours,
    wages: &Wages,
) -> Contributions {
    let n = Decimal::from(case.file.extra.helpers);
    let e = hours.employed;
    if e.is_zero() || n.is_zero() {
        return Contributions {
            lines: Vec::new(),
            total: Decimal::ZERO,
            fte: Decimal::ZERO,
            hours_per_helper_month: Decimal::ZERO,
            atp: Decimal::ZERO,
            atp_full: Decimal::ZERO,
            after_invoice: Vec::new(),
        };
    }
    // ATP first: the full-time equivalents of every other contribution derive from it.
    let (mut lines, m, atp, atp_full) = atp(case, rates, p, period, e, n);
    let fte = if atp_full.is_zero() {
        Decimal::ZERO
    } else {
        atp / (Decimal::from(12) * atp_full)
    };
    let x = Employment {
        case,
        p,
        period,
        n,
        e,
        atp,
        atp_full,
    };
    let mut after_invoice = Vec::new();
    for (name, c) in &rates.contributions {
        if c.basis == ContributionBasis::AtpBrackets || !c.applies_to.contains(&case.file.employer)
        {
            continue;
        }
        let Some(line) = contribution(&x, name, c, wages) else {
            continue;
        };
        if c.after_invoice {
            after_invoice.push(line);
        } else {
            lines.push(line);
        }
    }
    Contributions {
        total: sum(&lines),
        lines,
        fte,
        hours_per_helper_month: m,
        atp,
        atp_full,
        after_invoice,
    }
}

/// ATP-loven, KL 3.4.3: `n × m_p × bracket(m)` for the period's `m_p`
/// months (12 in a whole year), the bracket chosen on the monthly average
/// per helper as printed, `m = E / m_p / n` (SPEC 3.8, 5).
/// Returns the lines, `m`, the ATP amount and the full monthly rate.
fn atp(
    case: &Case,
    rates: &RateTable,
    p: &Params,
    period: &Period,
    e: Decimal,
    n: Decimal,
) -> (Vec<Line>, Decimal, Decimal, Decimal) {
    let twelve = Decimal::from(12);
    // ATP is paid for the period's months, a whole month one twelfth of the
    // year and a part month its days over the month's (SPEC 3.8): the month
    // count as an exact fraction, never rounded.
    let (num, den) = period.months();
    let m = if num.is_zero() {
        Decimal::ZERO
    } else {
        crate::money::round(e * den / num / n, 2)
    };
    let months_terms = if period.is_whole_year() {
        Basis::new().count(twelve, "mdr.", "months")
    } else {
        period.months_terms().word(t("mdr.", "months"))
    };
    let (mut atp, mut atp_full) = (Decimal::ZERO, Decimal::ZERO);
    let mut lines = Vec::new();
    for (name, c) in &rates.contributions {
        if c.basis != ContributionBasis::AtpBrackets || !c.applies_to.contains(&case.file.employer)
        {
            continue;
        }
        let (monthly, full) = atp_bracket(c, m);
        let amount = ore(n * num * monthly / den);
        if !full.is_zero() {
            atp = amount;
            atp_full = full;
        }
        lines.push(
            Line::new(
                key_of(|| format!("contribution.{name}")),
                label_of(&c.name, &c.name_en),
                amount,
                Basis::new()
                    .count(n, "hjælpere", "helpers")
                    .times()
                    .then(months_terms.clone())
                    .times()
                    .kr(monthly)
                    .said(Said::AveragePerHelper(m)),
                c.legal.clone(),
            )
            .with_rates(
                &p.table
                    .atp_bracket(name, monthly)
                    .into_iter()
                    .collect::<Vec<_>>(),
            ),
        );
    }
    (lines, m, atp, atp_full)
}

/// BEK § 5 stk. 5, KL 3.4.3: one contribution on the basis the rate table
/// gives it: per full-time equivalent (the first employee exempt where the
/// table says so), per helper, per skilled helper, per hour or a percent of
/// wages; `None` for praktikplads-AUB without skilled helpers.
fn contribution(x: &Employment<'_>, name: &str, c: &Contribution, wages: &Wages) -> Option<Line> {
    let (n, e, atp, atp_full) = (x.n, x.e, x.atp, x.atp_full);
    let twelve = Decimal::from(12);
    let rate = c.rate.unwrap_or_default();
    let exempt = c.first_employee_exempt_for.contains(&x.case.file.employer);
    // rate × FTE, or rate × max(0, FTE − m_p/12) with the first employee
    // exempt for the months of the period (SPEC 5); multiplied before the
    // one division, so the fraction loses nothing.
    let (num, den) = x.period.months();
    let exempt_terms = if x.period.is_whole_year() {
        Basis::new().plain(Decimal::ONE)
    } else {
        x.period.months_terms().div().plain(twelve)
    };
    let fte_terms = if atp_full.is_zero() {
        Basis::new().num(Decimal::ZERO, 2, t("årsværk", "FTE"))
    } else if exempt {
        Basis::new()
            .op("max(")
            .plain(Decimal::ZERO)
            .op(",")
            .then(fte_basis(atp, atp_full))
            .minus()
            .then(exempt_terms)
            .close()
    } else {
        fte_basis(atp, atp_full)
    };
    let scaled = |k: Decimal| {
        if atp_full.is_zero() {
            Decimal::ZERO
        } else if exempt {
            (atp * den - num * atp_full).max(Decimal::ZERO) * k / (twelve * atp_full * den)
        } else {
            atp * k / (twelve * atp_full)
        }
    };
    // A yearly amount per helper for the period's months (SPEC 3.8).
    let per_year = |v: Decimal, b: Basis| (x.period.of_year(v), x.period.of_year_terms(b));
    let (amount, basis) = match c.basis {
        ContributionBasis::PerFteYear => (scaled(rate), fte_terms.times().kr(rate)),
        ContributionBasis::PerFteQuarter => (
            scaled(rate * Decimal::from(4)),
            fte_terms
                .times()
                .count(Decimal::from(4), "kvartaler", "quarters")
                .times()
                .kr(rate),
        ),
        ContributionBasis::PerHelperYear => per_year(
            rate * n,
            Basis::new()
                .count(n, "hjælpere", "helpers")
                .times()
                .kr(rate),
        ),
        ContributionBasis::PerSkilledHelperYear => {
            let skilled = Decimal::from(x.case.file.extra.skilled_helpers);
            if skilled.is_zero() {
                return None;
            }
            per_year(
                rate * skilled,
                Basis::new()
                    .count(skilled, "faglærte hjælpere", "skilled helpers")
                    .times()
                    .kr(rate),
            )
        }
        ContributionBasis::PerHour => (rate * e, Basis::new().hours(e).times().kr_h(rate)),
        ContributionBasis::PctOfWages => (
            wages.employed_pay * pct(rate),
            Basis::new().pct(rate).times().kr(wages.employed_pay),
        ),
        ContributionBasis::AtpBrackets => return None,
    };
    Some(
        Line::new(
            key_of(|| format!("contribution.{name}")),
            label_of(&c.name, &c.name_en),
            ore(amount),
            basis,
            c.legal.clone(),
        )
        .with_rates(
            &x.p.table
                .contribution_rates
                .get(name)
                .into_iter()
                .collect::<Vec<_>>(),
        ),
    )
}
