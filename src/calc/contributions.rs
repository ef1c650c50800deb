//! SPEC 5, BEK § 5 stk. 5, KL 3.4.3: statutory employer contributions
//! (lovpligtige bidrag). Rates, bases and who pays come from the rate table.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hours::Hours;
use super::wages::Wages;
use super::{Basis, Line, sum, t};
use crate::case::Case;
use crate::money::{ore, pct};
use crate::rates::{Contribution, ContributionBasis, Fig, RateTable};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contributions {
    pub lines: Vec<Line>,
    pub total: Decimal,
    /// Full-time equivalents as Samlet Betaling derives them from ATP.
    pub fte: Decimal,
    /// Average hours per helper per month, `m = E / 12 / n`.
    pub hours_per_helper_month: Decimal,
}

fn fig(name: &str, c: &Contribution, key: &str, value: Decimal) -> Fig {
    Fig {
        path: format!("contributions.{name}.{key}"),
        value,
        source: c.source.clone(),
        verified: c.verified,
    }
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

/// SPEC 5: ATP by the monthly-hours bracket, full-time equivalents from ATP,
/// then every other contribution on its basis; none on the relative
/// recipient's own hours, and none at all with no employed hours.
#[must_use]
pub fn compute(case: &Case, rates: &RateTable, hours: &Hours, wages: &Wages) -> Contributions {
    let employer = case.file.employer;
    let n = Decimal::from(case.file.extra.helpers);
    let e = hours.employed;
    let none = Contributions {
        lines: Vec::new(),
        total: Decimal::ZERO,
        fte: Decimal::ZERO,
        hours_per_helper_month: Decimal::ZERO,
    };
    if e.is_zero() || n.is_zero() {
        return none;
    }
    let twelve = Decimal::from(12);
    let m = e / twelve / n;

    // ATP first: the full-time equivalents of every other contribution derive from it.
    let mut fte = Decimal::ZERO;
    let mut lines = Vec::new();
    for (name, c) in &rates.contributions {
        if c.basis == ContributionBasis::AtpBrackets && c.applies_to.contains(&employer) {
            let (monthly, full) = atp_bracket(c, m);
            let amount = ore(n * twelve * monthly);
            if !full.is_zero() {
                fte = amount / (twelve * full);
            }
            lines.push(
                Line::new(
                    format!("contribution.{name}"),
                    t(c.name.clone(), c.name_en.clone()),
                    amount,
                    Basis::new()
                        .count(n, "hjælpere", "helpers")
                        .times()
                        .count(twelve, "mdr.", "months")
                        .times()
                        .kr(monthly)
                        .word(t("(gns.", "(average"))
                        .num(m, 2, t("t/md. pr. hjælper)", "h/month per helper)")),
                    c.legal.clone(),
                )
                .with_rates(&[&fig(name, c, "brackets", monthly)]),
            );
        }
    }
    let fte_label = |v: Decimal| Basis::new().num(v, 2, t("årsværk", "FTE"));
    for (name, c) in &rates.contributions {
        if c.basis == ContributionBasis::AtpBrackets || !c.applies_to.contains(&employer) {
            continue;
        }
        let rate = c.rate.unwrap_or_default();
        let exempt = c.first_employee_exempt_for.contains(&employer);
        let fte_basis = if exempt {
            (fte - Decimal::ONE).max(Decimal::ZERO)
        } else {
            fte
        };
        let fte_terms = if exempt {
            Basis::new()
                .word(t("max(0,", "max(0,"))
                .num(fte, 2, t("årsværk", "FTE"))
                .op("−")
                .count(Decimal::ONE, ")", ")")
        } else {
            fte_label(fte)
        };
        let (amount, basis) = match c.basis {
            ContributionBasis::PerFteYear => {
                (rate * fte_basis, Basis(fte_terms.0).times().kr(rate))
            }
            ContributionBasis::PerFteQuarter => (
                rate * Decimal::from(4) * fte_basis,
                Basis(fte_terms.0)
                    .times()
                    .count(Decimal::from(4), "kvartaler", "quarters")
                    .times()
                    .kr(rate),
            ),
            ContributionBasis::PerHelperYear => (
                rate * n,
                Basis::new()
                    .count(n, "hjælpere", "helpers")
                    .times()
                    .kr(rate),
            ),
            ContributionBasis::PerSkilledHelperYear => {
                let skilled = Decimal::from(case.file.extra.skilled_helpers);
                if skilled.is_zero() {
                    continue;
                }
                (
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
            ContributionBasis::AtpBrackets => continue,
        };
        lines.push(
            Line::new(
                format!("contribution.{name}"),
                t(c.name.clone(), c.name_en.clone()),
                ore(amount),
                basis,
                c.legal.clone(),
            )
            .with_rates(&[&fig(name, c, "rate", rate)]),
        );
    }
    Contributions {
        total: sum(&lines),
        lines,
        fte,
        hours_per_helper_month: m,
    }
}
