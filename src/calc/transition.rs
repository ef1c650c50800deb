//! SEL § 3 a, VEJ pkt. 39–40 (SPEC 8): a reduction takes effect 14 weeks
//! after the citizen receives the decision; until then the previous help
//! continues unchanged, at no less than it cost then and at this year's
//! rates. The budget is the new level; this step gives what the year pays:
//! the previous help for the months before the date, the new level for the
//! months from it, the month of the change split by its days.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::period::{Month, Period, months, months_fraction, months_terms};
use super::totals::{Cap, OtherCosts, Payment, Totals, payments, spread};
use super::{Basis, Line, t};
use crate::case::{Case, Previous};
use crate::money::ore;

use super::reduction::NOTICE_WEEKS;

/// The year of a reduction under notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transition {
    /// The day the citizen received the decision (`[decision] received`).
    pub received: NaiveDate,
    /// The first day of the new level: the day of receipt + 14 weeks.
    pub effective: NaiveDate,
    /// The previous help per year at this year's rates.
    pub previous: Line,
    /// The previous help up to the day before `effective`, and the new
    /// level from it, each for its months.
    pub lines: Vec<Line>,
    /// What the period pays: the sum of the lines.
    pub total: Decimal,
}

impl Transition {
    /// The months of the previous help (to the day before `effective`) and
    /// of the new level (from it), each with its days, as the payment
    /// schedule spreads them; the month of the change is in both.
    #[must_use]
    pub fn months(&self, period: &Period) -> (Vec<Month>, Vec<Month>) {
        let last_old = self
            .effective
            .pred_opt()
            .map_or(period.to, |d| d.min(period.to));
        let new = if self.effective <= period.to {
            months(self.effective, period.to)
        } else {
            Vec::new()
        };
        (months(period.from, last_old), new)
    }
}

/// SEL § 3 a for a case found to be a reduction: the transition when the
/// decision's day of receipt is given, the notice ends after the period
/// starts, and the previous help costs more than the new level.
#[must_use]
pub fn for_case(
    case: &Case,
    period: &Period,
    totals: &Totals,
    cap: &Cap,
    other: &OtherCosts,
    year_total: Decimal,
) -> Option<(Transition, Vec<Payment>)> {
    let received = case.file.decision.as_ref()?.day()?;
    let effective = received.checked_add_days(Days::new(u64::from(NOTICE_WEEKS) * 7))?;
    if effective <= period.from {
        return None;
    }
    let previous = previous_help(case.file.previous.as_ref()?, cap, other)?;
    if previous.amount <= year_total {
        return None;
    }
    let last_old = effective.pred_opt()?.min(period.to);
    let old = months(period.from, last_old);
    let new = if effective <= period.to {
        months(effective, period.to)
    } else {
        Vec::new()
    };
    let mut lines = vec![previous_part(&previous, last_old, &old)];
    if !new.is_empty() {
        lines.push(new_part(totals.level_total, period, effective, &new));
    }
    let total = lines.iter().map(|l| l.amount).sum();
    let schedule = schedule(period, totals, (&old, lines[0].amount), &new, &lines);
    Some((
        Transition {
            received,
            effective,
            previous,
            lines,
            total,
        },
        schedule,
    ))
}

/// SPEC 8: the previous help at this year's rates: the larger of the last
/// decision's yearly total and its grant hours at this budget's cost per
/// grant hour plus this budget's § 10 amount and offsets, each where given.
fn previous_help(prev: &Previous, cap: &Cap, other: &OtherCosts) -> Option<Line> {
    let (s10, offsets) = other.per_year;
    let by_hours = prev.grant_hours.map(|h| {
        let mut basis = Basis::new()
            .hours(h)
            .from("input:previous.grant_hours")
            .times()
            .kr_h(cap.cost_per_hour)
            .from("total:cap.cost_per_hour");
        if !s10.is_zero() {
            basis = basis
                .plus()
                .kr(s10)
                .from_with(|| other.yearly.source_key(None));
        }
        if !offsets.is_zero() {
            basis = basis
                .minus()
                .kr(offsets)
                .from("input:offsets.care_allowance");
        }
        (ore(h * cap.cost_per_hour) + s10 - offsets, basis)
    });
    let total = prev
        .annual_total
        .map(|v| (v, Basis::new().kr(v).from("input:previous.annual_total")));
    let (amount, basis) = match (total, by_hours) {
        (Some((a, ab)), Some((b, bb))) => (
            a.max(b),
            Basis::new().op("max(").then(ab).op(",").then(bb).close(),
        ),
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => return None,
    };
    Some(Line::new(
        "transition.previous_year",
        t(
            "Den tidligere hjælp pr. år til dette års satser",
            "The previous help per year at this year's rates",
        ),
        amount,
        basis,
        "SEL § 3 a; VEJ pkt. 39–40",
    ))
}

/// The previous help for the months before the new level, `P × m / 12`.
fn previous_part(previous: &Line, last_old: NaiveDate, old: &[Month]) -> Line {
    let (num, den) = months_fraction(old);
    let day = last_old.format("%d.%m.%Y");
    Line::new(
        "transition.old",
        t(
            format!("Tidligere hjælp til og med {day}"),
            format!("Previous help up to {day}"),
        ),
        ore(previous.amount * num / (den * Decimal::from(12))),
        Basis::new()
            .kr(previous.amount)
            .from("line:transition.previous_year")
            .times()
            .then(months_terms(old, "old"))
            .div()
            .count(Decimal::from(12), "mdr.", "months")
            .from("const"),
        "SEL § 3 a; VEJ pkt. 39–40",
    )
}

/// The new level for its months, `L × m / m_p`.
fn new_part(level: Decimal, period: &Period, effective: NaiveDate, new: &[Month]) -> Line {
    let (num, den) = months_fraction(new);
    let (pn, pd) = period.months();
    let day = effective.format("%d.%m.%Y");
    Line::new(
        "transition.new",
        t(
            format!("Nyt niveau fra {day}"),
            format!("New level from {day}"),
        ),
        ore(level * num * pd / (den * pn)),
        Basis::new()
            .kr(level)
            .from("total:totals.level_total")
            .times()
            .then(months_terms(new, "new"))
            .div()
            .then(period.months_terms())
            .word(t("mdr.", "months")),
        "SEL § 3 a; VEJ pkt. 39–40",
    )
}

/// One payment schedule: each part spread over its months by their days,
/// added month by month (the month of the change gets both); the § 10 part
/// as in the budget, the rest to the employer; what follows the period after.
fn schedule(
    period: &Period,
    totals: &Totals,
    (old, old_amount): (&[Month], Decimal),
    new: &[Month],
    lines: &[Line],
) -> Vec<Payment> {
    let mut by_month: Vec<(u32, Decimal)> = old
        .iter()
        .zip(spread(old_amount, old))
        .map(|(m, v)| (m.month, v))
        .collect();
    if let Some(l) = lines.get(1) {
        for (m, v) in new.iter().zip(spread(l.amount, new)) {
            match by_month.iter_mut().find(|(month, _)| *month == m.month) {
                Some((_, sum)) => *sum += v,
                None => by_month.push((m.month, v)),
            }
        }
    }
    let normal = payments(period, Decimal::ZERO, totals.recipient_part, &[]);
    let mut out: Vec<Payment> = by_month
        .into_iter()
        .zip(normal)
        .map(|((_, amount), p)| Payment {
            employer_part: amount - p.recipient_part,
            ..p
        })
        .collect();
    out.extend(totals.payments.iter().skip(period.months.len()).cloned());
    out
}
