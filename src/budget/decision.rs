//! The facts a decision letter states beside the budget, worked out once
//! so that renderers only print them: who the decision is from, when it is
//! made, the grant period, who is paid what and when, and, for a
//! reduction, the date the 14 weeks' notice ends.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::budget::Budget;
use crate::calc::period::Ending;
use crate::calc::totals::Timing;
use crate::calc::{Text, t};
use crate::case::{Case, Employer, Scheme};
use crate::rates::{Rates, Windows};

pub use crate::calc::reduction::NOTICE_WEEKS;
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
    /// The citizen's estate: the month after a death for a citizen
    /// employer (SEL § 96 c; VEJ pkt. 106).
    Estate,
    /// The municipality's payroll: the helpers' wages, tax, pension and ATP
    /// paid on the employer's behalf (SEL § 95 stk. 5, § 96 stk. 4; VEJ pkt.
    /// 49, 96 tabel 3).
    Payroll,
}

/// When a part is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Month by month, in advance or in arrears (BEK § 11).
    Monthly(Timing),
    /// As the helpers' wages fall due, through the municipality's payroll.
    AsWages,
    /// Once, after the period: the month after a death (SEL § 96 c) or the
    /// helpers' notice (VEJ pkt. 107).
    AfterEnd,
}

/// One payee's part of the grant: what it covers, month by month.
#[derive(Debug, Clone)]
pub struct Payment {
    pub payee: Payee,
    /// What the part covers.
    pub covers: Text,
    pub when: When,
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
    /// From the rate table's `service_level.municipality` (or its older
    /// place at the top of the table).
    pub municipality: Option<String>,
    pub id: String,
    /// The day the citizen received the decision, `[decision] received`.
    pub received: Option<NaiveDate>,
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
    /// SEL § 95 stk. 3: the relative who receives the grant, and their own care.
    pub relative: Option<RelativeCare>,
}

/// The relative recipient's own care (SEL § 95 stk. 3; AST 26-17).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelativeCare {
    /// Hours a week the relative provides personally, as the case writes them.
    pub own_care_per_week: Decimal,
    /// The municipality has decided that more than 48 hours a week is allowed.
    pub special_decision: bool,
    /// The relative has transferred the grant to an association or company
    /// and is employed there like any helper (VEJ pkt. 16–18).
    pub employed: bool,
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
        let received = case.file.decision.as_ref().and_then(|d| d.day());
        let scale = rates.table.wage_scales.get(&b.wage_scale);
        let reduced = b.warnings.iter().any(|w| w.code == "reduction_notice");
        Facts {
            municipality: rates
                .table
                .service_level
                .municipality
                .clone()
                .or_else(|| rates.table.municipality.clone()),
            id: b.id.clone(),
            received,
            period: (b.period.from, b.period.to),
            scheme: b.scheme,
            employer: b.employer,
            windows: scale.and_then(|s| s.windows.clone()),
            payments: payments(b),
            reduction: reduced.then(|| Reduction {
                notice_ends: received.and_then(|d| weeks_after(d, NOTICE_WEEKS.into())),
            }),
            complaint_by: received.and_then(|d| weeks_after(d, COMPLAINT_WEEKS)),
            relative: case.file.relative.as_ref().map(|r| RelativeCare {
                own_care_per_week: r.own_care_hours_per_week,
                special_decision: r.special_decision,
                employed: !case.file.relative_unemployed(),
            }),
        }
    }
}

/// BEK § 11, VEJ pkt. 93–96: the employer's part goes monthly in advance
/// to a citizen or relative employer and monthly in arrears to an
/// association or company; where the municipality runs the payroll it pays
/// that part as the helpers' wages (SEL § 95 stk. 5, § 96 stk. 4; VEJ pkt.
/// 49, 96 tabel 3), and the recipient is paid the § 10 amount alone. The §
/// 10 amount (less offsets) always goes to the recipient in advance (VEJ
/// pkt. 95). One payee when employer and recipient are the same person and
/// run their own payroll. What is covered after the period is paid once to
/// the employer (through the payroll where the municipality runs it), after
/// a death for a citizen employer to the estate (SEL § 96 c).
#[must_use]
pub fn payments(b: &Budget) -> Vec<Payment> {
    let tt = &b.totals;
    let months = b.period.months.len();
    let recipient = if b.scheme == Scheme::KtRelative {
        Payee::Relative
    } else {
        Payee::Citizen
    };
    // The period's months, and zero for the payment after the period.
    let in_period = |f: fn(&crate::calc::totals::Payment) -> Decimal| -> Vec<Decimal> {
        tt.payments
            .iter()
            .enumerate()
            .map(|(i, p)| if i < months { f(p) } else { Decimal::ZERO })
            .collect()
    };
    let part = |payee, covers: Text, when, monthly: Vec<Decimal>| Payment {
        payee,
        covers,
        when,
        total: monthly.iter().sum(),
        monthly,
    };
    let mut out = Vec::new();
    if b.municipal_payroll() {
        out.push(part(
            Payee::Payroll,
            if b.scheme == Scheme::KtRelative && b.employer == Employer::Relative {
                t(
                    "løn til hjælperne og for den nærtståendes egne timer, pension, feriegodtgørelse og bidrag",
                    "wages for the helpers and for the relative's own hours, pension, holiday pay and contributions",
                )
            } else {
                t(
                    "hjælpernes løn, pension, feriegodtgørelse og bidrag",
                    "the helpers' wages, pension, holiday pay and contributions",
                )
            },
            When::AsWages,
            in_period(|p| p.employer_part),
        ));
        if !tt.recipient_part.is_zero() {
            out.push(part(
                recipient,
                t(
                    "§ 10-beløbet til andre udgifter ved at have hjælpere",
                    "the § 10 amount for other costs of having helpers",
                ),
                When::Monthly(Timing::Advance),
                in_period(|p| p.recipient_part),
            ));
        }
    } else if tt.payees_differ {
        out.push(part(
            Payee::Organisation,
            t(
                "løn, pension, feriegodtgørelse, bidrag og arbejdsgiveropgaven",
                "wages, pension, holiday pay, contributions and employer tasks",
            ),
            When::Monthly(tt.timing),
            in_period(|p| p.employer_part),
        ));
        if !tt.recipient_part.is_zero() {
            out.push(part(
                recipient,
                t(
                    "§ 10-beløbet til andre udgifter ved at have hjælpere",
                    "the § 10 amount for other costs of having helpers",
                ),
                When::Monthly(Timing::Advance),
                in_period(|p| p.recipient_part),
            ));
        }
    } else {
        out.push(part(
            recipient,
            t(
                "hele tilskuddet, herunder § 10-beløbet",
                "the whole grant, including the § 10 amount",
            ),
            When::Monthly(Timing::Advance),
            in_period(|p| p.employer_part + p.recipient_part),
        ));
    }
    if let Some(after) = after_end(b, recipient) {
        out.push(after);
    }
    out
}

/// The payment after the period, to the employer or the estate.
fn after_end(b: &Budget, recipient: Payee) -> Option<Payment> {
    let tt = &b.totals;
    let amount: Decimal = tt.after_end.iter().map(|l| l.amount).sum();
    if tt.after_end.is_empty() {
        return None;
    }
    let death = matches!(b.period.ending, Some(Ending::Death { .. }));
    let payee = match b.employer {
        Employer::Association | Employer::Company => Payee::Organisation,
        _ if b.municipal_payroll() => Payee::Payroll,
        Employer::Citizen if death => Payee::Estate,
        _ => recipient,
    };
    let covers = if death {
        t(
            "hjælpernes løn og bidrag i måneden efter dødsfaldet",
            "the helpers' pay and contributions in the month after the death",
        )
    } else {
        t(
            "hjælpernes løn i opsigelsesperioden",
            "the helpers' pay in their notice period",
        )
    };
    let mut monthly = vec![Decimal::ZERO; tt.payments.len()];
    if let Some(last) = monthly.last_mut() {
        *last = amount;
    }
    Some(Payment {
        payee,
        covers,
        when: When::AfterEnd,
        monthly,
        total: amount,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_ends_fourteen_weeks_after_the_decision() {
        // 10 February 2025 + 98 days = 19 May 2025.
        let d = NaiveDate::from_ymd_opt(2025, 2, 10).unwrap();
        assert_eq!(
            weeks_after(d, NOTICE_WEEKS.into()),
            NaiveDate::from_ymd_opt(2025, 5, 19)
        );
        // + 28 days = 10 March 2025.
        assert_eq!(
            weeks_after(d, COMPLAINT_WEEKS),
            NaiveDate::from_ymd_opt(2025, 3, 10)
        );
    }
}
