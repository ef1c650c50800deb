//! SEL § 3 a, VEJ pkt. 39–40 (SPEC 8): a reduction takes effect 14 weeks
//! after the decision; until then the previous level continues. The budget
//! above is the new level; this step shows what is paid in the period: the
//! previous level's yearly total pro rata by days up to the date, then the
//! new budget pro rata by days from it.

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::period::Period;
use super::totals::{Payment, Totals};
use super::{Basis, Line, t};
use crate::case::Case;
use crate::money::ore;

/// Weeks of notice before a reduction takes effect (SEL § 3 a).
pub const NOTICE_WEEKS: u64 = 14;

/// The two parts of a period with a reduction under notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transition {
    pub decision: NaiveDate,
    /// The first day of the new level: the decision date + 14 weeks.
    pub effective: NaiveDate,
    /// The previous level up to the day before `effective`, and the new one from it.
    pub lines: Vec<Line>,
    /// What is paid in the period: the sum of the two lines.
    pub total: Decimal,
    /// The payments month by month; the § 10 part is the new budget's, the
    /// previous level is paid through the employer's part.
    pub payments: Vec<Payment>,
}

/// SEL § 3 a for a case: the previous level continues only where the grant
/// itself falls; a fall in hours alone, with a higher grant, pays the new
/// level at once.
#[must_use]
pub fn for_case(case: &Case, period: &Period, totals: &Totals) -> Option<Transition> {
    let previous_total = case.file.previous.as_ref().and_then(|p| p.annual_total);
    let reduced = previous_total.is_some_and(|old| ore(totals.grant_total) < ore(old));
    transition(
        case.file
            .decision
            .as_ref()
            .and_then(crate::case::Decision::day),
        previous_total,
        reduced,
        period,
        totals,
    )
}

/// The transition, when the case is a reduction against `[previous]` with an
/// annual total and a decision date whose notice ends inside the period.
#[must_use]
pub fn transition(
    decision: Option<NaiveDate>,
    previous_total: Option<Decimal>,
    reduced: bool,
    period: &Period,
    totals: &Totals,
) -> Option<Transition> {
    let (decision, previous) = (decision?, previous_total?);
    if !reduced {
        return None;
    }
    let effective = decision.checked_add_days(Days::new(NOTICE_WEEKS * 7))?;
    if effective <= period.from {
        return None;
    }
    let day = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
    let last_old = effective.pred_opt()?.min(period.to);
    let before = u32::try_from((last_old - period.from).num_days() + 1).ok()?;
    let after = period.days.saturating_sub(before);
    let year_days = Decimal::from(period.year_days);
    let mut lines = vec![Line::new(
        "transition.previous",
        t(
            format!("Tidligere niveau til og med {}", day(last_old)),
            format!("Previous level up to {}", day(last_old)),
        ),
        ore(previous * Decimal::from(before) / year_days),
        Basis::new()
            .kr(previous)
            .from("input:previous.annual_total")
            .times()
            .plain(Decimal::from(before))
            .div()
            .num(year_days, 0, t("dage", "days")),
        "SEL § 3 a; VEJ pkt. 39–40",
    )];
    if after > 0 {
        lines.push(Line::new(
            "transition.new",
            t(
                format!("Nyt niveau fra {}", day(effective)),
                format!("New level from {}", day(effective)),
            ),
            ore(totals.grant_total * Decimal::from(after) / Decimal::from(period.days)),
            Basis::new()
                .kr(totals.grant_total)
                .from("total:totals.grant_total")
                .times()
                .plain(Decimal::from(after))
                .div()
                .num(Decimal::from(period.days), 0, t("dage", "days")),
            "SEL § 3 a; VEJ pkt. 39–40",
        ));
    }
    let total: Decimal = lines.iter().map(|l| l.amount).sum();
    // Each month: the previous level's days before the date, the new budget's after.
    let prev_daily = previous / year_days;
    let new_daily = totals.grant_total / Decimal::from(period.days);
    let mut payments = Vec::new();
    let mut given = Decimal::ZERO;
    let year = period.from.year();
    for (i, (m, p)) in period.months.iter().zip(&totals.payments).enumerate() {
        let first = NaiveDate::from_ymd_opt(year, m.month, 1)?.max(period.from);
        let last = first.checked_add_days(Days::new(u64::from(m.days.saturating_sub(1))))?;
        let old_days = if effective > last {
            m.days
        } else if effective <= first {
            0
        } else {
            u32::try_from((effective - first).num_days()).ok()?
        };
        let amount = if i + 1 == period.months.len() {
            total - given
        } else {
            ore(prev_daily * Decimal::from(old_days) + new_daily * Decimal::from(m.days - old_days))
        };
        given += amount;
        payments.push(Payment {
            month: m.month,
            year,
            employer_part: amount - p.recipient_part,
            recipient_part: p.recipient_part,
        });
    }
    Some(Transition {
        decision,
        effective,
        lines,
        total,
        payments,
    })
}
