//! The facts a decision letter states beside the budget, worked out once
//! so that renderers only print them: who the decision is from, when it is
//! made, the grant period, who is paid what and when, and, for a
//! reduction, the date the 14 weeks' notice ends.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::budget::Budget;
use crate::calc::Text;
use crate::calc::totals::Timing;
use crate::case::{Case, Employer, Scheme};
use crate::rates::{Rates, Windows};

/// SEL § 3 a stk. 1, VEJ pkt. 39: a reduction takes effect 14 weeks after
/// the citizen receives the decision.
pub const NOTICE_WEEKS: u64 = 14;
/// The time to complain: 4 weeks from receiving the decision, to the
/// municipality, which reconsiders it first (DUKH, seed 002; KL 3.1).
pub const COMPLAINT_WEEKS: u64 = 4;

/// Who receives a part of the grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payee {
    /// The citizen, as employer or for the § 10 amount.
    Citizen,
    /// The relative who receives the grant (SEL § 95 stk. 3).
    Relative,
    /// The association or company the grant is transferred to.
    Organisation,
}

/// One payee's part of the grant: what it covers, month by month.
#[derive(Debug, Clone)]
pub struct Payment {
    pub payee: Payee,
    /// What the part covers.
    pub covers: Text,
    pub timing: Timing,
    pub monthly: Vec<Decimal>,
    pub total: Decimal,
}

/// A reduction against the last decision (SEL § 3 a).
#[derive(Debug, Clone, Copy)]
pub struct Reduction {
    /// The last day of the 14 weeks' notice: the decision date + 14 weeks.
    pub notice_ends: Option<NaiveDate>,
}

/// What a decision letter states besides the budget.
#[derive(Debug, Clone)]
pub struct Facts {
    /// From the rate table's `municipality`.
    pub municipality: Option<String>,
    pub id: String,
    /// From the case's `[decision] date`.
    pub decided: Option<NaiveDate>,
    /// The grant period: the grant year, or the case's `[period]`.
    pub period: (NaiveDate, NaiveDate),
    pub scheme: Scheme,
    pub employer: Employer,
    /// When each band applies, from the wage scale's working-time agreement.
    pub windows: Option<Windows>,
    pub payments: Vec<Payment>,
    pub reduction: Option<Reduction>,
    /// The last day to complain: the decision date + 4 weeks.
    pub complaint_by: Option<NaiveDate>,
}

/// A date some weeks later; `None` past the calendar's end.
#[must_use]
pub fn weeks_after(day: NaiveDate, weeks: u64) -> Option<NaiveDate> {
    day.checked_add_days(Days::new(weeks * 7))
}

impl Facts {
    /// The facts of one case's decision.
    #[must_use]
    pub fn of(case: &Case, rates: &Rates, b: &Budget) -> Facts {
        let decided = case.file.decision.as_ref().and_then(|d| d.day());
        let scale = rates.table.wage_scales.get(&b.wage_scale);
        let reduced = b.warnings.iter().any(|w| w.code == "reduction_notice");
        Facts {
            municipality: rates.table.municipality.clone(),
            id: b.id.clone(),
            decided,
            period: (b.period.from, b.period.to),
            scheme: b.scheme,
            employer: b.employer,
            windows: scale.and_then(|s| s.windows.clone()),
            payments: payments(b),
            reduction: reduced.then(|| Reduction {
                notice_ends: decided.and_then(|d| weeks_after(d, NOTICE_WEEKS)),
            }),
            complaint_by: decided.and_then(|d| weeks_after(d, COMPLAINT_WEEKS)),
        }
    }
}

/// BEK § 11, VEJ pkt. 93–96: the employer's part goes monthly in advance
/// to a citizen or relative employer and monthly in arrears to an
/// association or company; the § 10 amount (less offsets) always goes to
/// the recipient in advance. One payee when employer and recipient are the
/// same person.
#[must_use]
pub fn payments(b: &Budget) -> Vec<Payment> {
    let t = &b.totals;
    let recipient = if b.scheme == Scheme::KtRelative {
        Payee::Relative
    } else {
        Payee::Citizen
    };
    let employer: Vec<Decimal> = t.payments.iter().map(|p| p.employer_part).collect();
    let to_recipient: Vec<Decimal> = t.payments.iter().map(|p| p.recipient_part).collect();
    if !t.payees_differ {
        return vec![Payment {
            payee: recipient,
            covers: Text {
                da: "hele tilskuddet, herunder § 10-beløbet".into(),
                en: "the whole grant, including the § 10 amount".into(),
            },
            timing: Timing::Advance,
            monthly: t.monthly.clone(),
            total: t.grant_total,
        }];
    }
    let mut out = vec![Payment {
        payee: Payee::Organisation,
        covers: Text {
            da: "løn, pension, feriegodtgørelse, bidrag og arbejdsgiveropgaven".into(),
            en: "wages, pension, holiday pay, contributions and employer tasks".into(),
        },
        timing: t.timing,
        monthly: employer,
        total: t.employer_part,
    }];
    if !t.recipient_part.is_zero() {
        out.push(Payment {
            payee: recipient,
            covers: Text {
                da: "§ 10-beløbet til andre udgifter ved at have hjælpere".into(),
                en: "the § 10 amount for other costs of having helpers".into(),
            },
            timing: Timing::Advance,
            monthly: to_recipient,
            total: t.recipient_part,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_ends_fourteen_weeks_after_the_decision() {
        // 10 February 2025 + 98 days = 19 May 2025.
        let d = NaiveDate::from_ymd_opt(2025, 2, 10).unwrap();
        assert_eq!(
            weeks_after(d, NOTICE_WEEKS),
            NaiveDate::from_ymd_opt(2025, 5, 19)
        );
        // + 28 days = 10 March 2025.
        assert_eq!(
            weeks_after(d, COMPLAINT_WEEKS),
            NaiveDate::from_ymd_opt(2025, 3, 10)
        );
    }
}
