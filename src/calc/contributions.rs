//! SPEC 5, BEK § 5 stk. 5, KL 3.4.3: statutory employer contributions
//! (lovpligtige bidrag). Rates, bases and who pays come from the rate table.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hours::Hours;
use super::period::Period;
use super::wages::Wages;
use super::{Basis, Line, Said, Text, key_of, label_of, sum, t};
use crate::case::{Case, Employer};
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
    /// ATP's brackets as the rate table gives them: from how many hours a
    /// month, the monthly amount, and its figure (the highest first).
    #[serde(skip)]
    pub atp_brackets: Vec<AtpBracket>,
    /// Contributions covered after invoice (Barsel.dk), with the estimate `rate × FTE`.
    pub after_invoice: Vec<Line>,
    /// Contributions of the rate table that do not apply to this employer,
    /// and what an employer must be for them to apply (SPEC 5).
    pub excluded: Vec<Excluded>,
}

/// A contribution this employer does not pay (BEK § 2's same amount yields
/// to the actual statutory cost, BEK § 3 stk. 3): FIB for a citizen employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Excluded {
    pub key: String,
    pub name: Text,
    /// What an employer must be for it to apply, as the rate table says.
    pub applies_when: Option<Text>,
}

/// A line's basis with why it applies to this employer as it does, and its
/// legal ground with BEK § 3 stk. 3 where that depends on the employer (SPEC 5).
fn grounded(c: &Contribution, employer: Employer, basis: Basis) -> (Basis, String) {
    let by_employer = !c.first_employee_exempt_for.is_empty() || c.applies_when.is_some();
    let legal = if by_employer {
        format!("{}; BEK § 3 stk. 3", c.legal)
    } else {
        c.legal.clone()
    };
    match basis.keeps().then(|| why(c, employer)).flatten() {
        Some(w) => (basis.word(w), legal),
        None => (basis, legal),
    }
}

/// The employer as the basis of a line names it.
fn employer_word(e: Employer) -> Text {
    match e {
        Employer::Citizen => t("borgeren", "the citizen"),
        Employer::Relative => t("den nærtstående", "the relative"),
        Employer::Association => t("foreningen", "the association"),
        Employer::Company => t("virksomheden", "the company"),
    }
}

/// Why a contribution applies to this employer as it does (SPEC 5): the
/// first employee exempt where the citizen or a relative employs, none
/// where an association or company does; what the employer is where the
/// contribution applies only to some.
fn why(c: &Contribution, employer: Employer) -> Option<Text> {
    let who = employer_word(employer);
    if c.first_employee_exempt_for.contains(&employer) {
        return Some(t(
            format!(
                "(den første ansatte er fritaget, da {} er arbejdsgiver)",
                who.da
            ),
            format!(
                "(the first employee is exempt, as {} is the employer)",
                who.en
            ),
        ));
    }
    if !c.first_employee_exempt_for.is_empty() {
        return Some(t(
            "(ingen fritagelse for den første ansatte: den gælder kun, når borgeren eller en nærtstående er arbejdsgiver)",
            "(no exemption for the first employee: it applies only where the citizen or a relative is the employer)",
        ));
    }
    match (&c.applies_when, &c.applies_when_en) {
        (Some(da), Some(en)) => Some(t(
            format!("({} er {da})", who.da),
            format!("({} is {en})", who.en),
        )),
        _ => None,
    }
}

/// One ATP bracket: from `min_hours` a month per helper, `monthly` kroner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtpBracket {
    pub min_hours: Decimal,
    pub monthly: Decimal,
    pub fig: Option<std::sync::Arc<crate::rates::Fig>>,
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
        .from("const")
        .times()
        .kr(full)
        .from("fig:contributions.fte_fraction.full_monthly_atp")
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
            atp_brackets: Vec::new(),
            after_invoice: Vec::new(),
            excluded: Vec::new(),
        };
    }
    // ATP first: the full-time equivalents of every other contribution derive from it.
    let (mut lines, m, atp, atp_full) = atp(case, rates, p, period, e, n);
    let atp_brackets = brackets(rates, p, case);
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
    let mut excluded = Vec::new();
    for (name, c) in &rates.contributions {
        if c.basis == ContributionBasis::AtpBrackets {
            continue;
        }
        if !c.applies_to.contains(&case.file.employer) {
            excluded.push(Excluded {
                key: format!("contribution.{name}"),
                name: label_of(&c.name, &c.name_en),
                applies_when: c
                    .applies_when
                    .as_ref()
                    .map(|da| label_of(da, c.applies_when_en.as_deref().unwrap_or(da))),
            });
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
        atp_brackets,
        after_invoice,
        excluded,
    }
}

/// The brackets of the ATP contribution that applies to the case, highest first.
fn brackets(rates: &RateTable, p: &Params, case: &Case) -> Vec<AtpBracket> {
    let Some((name, c)) = rates.contributions.iter().find(|(_, c)| {
        c.basis == ContributionBasis::AtpBrackets && c.applies_to.contains(&case.file.employer)
    }) else {
        return Vec::new();
    };
    let mut out: Vec<AtpBracket> = c
        .brackets
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|b| AtpBracket {
            min_hours: b.min_hours,
            monthly: b.monthly,
            fig: p.table.atp_bracket(name, b.monthly).cloned(),
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.min_hours));
    out
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
        Basis::new().count(twelve, "mdr.", "months").from("const")
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
                    .from("input:extra.helpers")
                    .times()
                    .then(months_terms.clone())
                    .times()
                    .kr(monthly)
                    .from("fig:contributions.atp_monthly")
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

/// The full-time equivalents a contribution is paid on: `FTE`, or
/// `max(0, FTE − m_p/12)` with the first employee exempt for the months of
/// the period (SPEC 5).
fn fte_terms(x: &Employment<'_>, exempt: bool) -> Basis {
    if x.atp_full.is_zero() {
        return Basis::new().num(Decimal::ZERO, 2, t("årsværk", "FTE"));
    }
    if !exempt {
        return fte_basis(x.atp, x.atp_full);
    }
    let exempt_terms = if x.period.is_whole_year() {
        Basis::new().plain(Decimal::ONE).from("const")
    } else {
        x.period
            .months_terms()
            .div()
            .plain(Decimal::from(12))
            .from("const")
    };
    Basis::new()
        .op("max(")
        .plain(Decimal::ZERO)
        .from("const")
        .op(",")
        .then(fte_basis(x.atp, x.atp_full))
        .minus()
        .then(exempt_terms)
        .close()
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
    let (num, den) = x.period.months();
    let rate_key = || format!("rate:contributions.{name}.rate");
    let fte_terms = fte_terms(x, exempt);
    // rate × FTE, or rate × max(0, FTE − m_p/12), multiplied before the
    // one division, so the fraction loses nothing.
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
        ContributionBasis::PerFteYear => {
            (scaled(rate), fte_terms.times().kr(rate).from_with(rate_key))
        }
        ContributionBasis::PerFteQuarter => (
            scaled(rate * Decimal::from(4)),
            fte_terms
                .times()
                .count(Decimal::from(4), "kvartaler", "quarters")
                .from("const")
                .times()
                .kr(rate)
                .from_with(rate_key),
        ),
        ContributionBasis::PerHelperYear => per_year(
            rate * n,
            Basis::new()
                .count(n, "hjælpere", "helpers")
                .from("input:extra.helpers")
                .times()
                .kr(rate)
                .from_with(rate_key),
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
                    .from("input:extra.skilled_helpers")
                    .times()
                    .kr(rate)
                    .from_with(rate_key),
            )
        }
        ContributionBasis::PerHour => (
            rate * e,
            Basis::new()
                .hours(e)
                .from("fig:hours.employed")
                .times()
                .kr_h(rate)
                .from_with(rate_key),
        ),
        ContributionBasis::PctOfWages => (
            wages.employed_pay * pct(rate),
            Basis::new()
                .pct(rate)
                .from_with(rate_key)
                .times()
                .kr(wages.employed_pay)
                .from("fig:wages.employed_pay"),
        ),
        ContributionBasis::AtpBrackets => return None,
    };
    let (basis, legal) = grounded(c, x.case.file.employer, basis);
    Some(
        Line::new(
            key_of(|| format!("contribution.{name}")),
            label_of(&c.name, &c.name_en),
            ore(amount),
            basis,
            legal,
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
