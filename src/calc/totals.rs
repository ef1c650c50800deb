//! SPEC 7–8: other costs (BEK § 10), offsets, the respirator split, the grant
//! total, monthly payments, the per-hour cap (BEK § 3 stk. 4) and the items
//! covered after invoice (BEK § 4 stk. 2).

use std::sync::Arc;

use chrono::Datelike;
use rust_decimal::Decimal;
use serde::Serialize;

use super::contributions::Contributions;
use super::employer_tasks::EmployerTasks;
use super::hours::Hours;
use super::period::{Ending, Period};
use super::special::SpecialCosts;
use super::wages::Wages;
use super::{Basis, Line, Text, sum, t};
use crate::case::{Case, Payroll};
use crate::money::{monthly, ore, pct};
use crate::rates::{Fig, Params};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherCosts {
    pub lines: Vec<Line>,
    pub total: Decimal,
    /// The BEK § 10 amount, paid to the citizen in advance.
    pub to_citizen: Decimal,
    /// The § 10 amount and the offsets for a whole year, as the rate table
    /// and the case give them (SEL § 3 a prices the previous help with them).
    pub per_year: (Decimal, Decimal),
    /// The yearly § 10 amount's figure (the rate table's or the case's).
    #[serde(skip)]
    pub yearly: Arc<Fig>,
}

/// BEK § 10 other costs (none when the relative recipient is the only helper)
/// and the care-allowance offset (VEJ pkt. 37).
#[must_use]
pub fn other_costs(case: &Case, p: &Params, period: &Period) -> OtherCosts {
    let f = &case.file;
    let mut lines = Vec::new();
    let fig = match f.other_costs.as_ref().and_then(|o| o.amount) {
        Some(v) => Arc::new(Fig::case("other_costs.amount", v)),
        None => p.other_costs.clone(),
    };
    // Yearly amounts are paid for the period's months (SPEC 3.8).
    let part = |v: Decimal| ore(period.of_year(v));
    let per_year = |basis: Basis| period.of_year_terms(basis.word(t("pr. år", "per year")));
    let to_citizen = if f.extra.helpers == 0 {
        Decimal::ZERO
    } else {
        part(fig.value)
    };
    if f.extra.helpers > 0 {
        lines.push(
            Line::new(
                "other_costs",
                t(
                    "Andre udgifter ved at have hjælpere (§ 10-beløb)",
                    "Other costs of employing helpers (§ 10 amount)",
                ),
                to_citizen,
                per_year(
                    Basis::new()
                        .kr(fig.value)
                        .from_with(|| fig.source_key(None)),
                ),
                "BEK § 10; VEJ pkt. 91–92",
            )
            .with_rates(&[&fig]),
        );
    }
    let allowance = f.offsets.care_allowance;
    if !allowance.is_zero() {
        lines.push(Line::new(
            "offset.care_allowance",
            t(
                "Modregning af bistands- eller plejetillæg",
                "Offset of attendance or care allowance",
            ),
            -part(allowance),
            per_year(
                Basis::new()
                    .op("−")
                    .kr(allowance)
                    .from("input:offsets.care_allowance"),
            ),
            "VEJ pkt. 37",
        ));
    }
    let yearly_to_citizen = if f.extra.helpers == 0 {
        Decimal::ZERO
    } else {
        fig.value
    };
    OtherCosts {
        total: sum(&lines),
        lines,
        to_citizen,
        per_year: (yearly_to_citizen, allowance),
        yearly: Arc::clone(&fig),
    }
}

/// When the grant is paid (SEL § 96 a stk. 2, BEK § 11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    Advance,
    Arrears,
}

/// One month's payment, by payee (SEL § 96 a stk. 2, BEK § 11, VEJ pkt. 93–96).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payment {
    /// 1 = January.
    pub month: u32,
    pub year: i32,
    /// To the employer: in arrears to an association or company, in advance
    /// to a citizen or relative employer.
    pub employer_part: Decimal,
    /// The § 10 amount less offsets, always in advance to the grant recipient.
    pub recipient_part: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Wages, pension, holiday pay, contributions, employer tasks and
    /// special costs: the cost the cap is about.
    pub cost: Decimal,
    /// `cap × H − cost` when the cap is exceeded, else 0 (never positive).
    pub cap_reduction: Decimal,
    /// The line "Nedsættelse til loftet" when the cap is exceeded.
    pub cap_line: Option<Line>,
    /// The provider's lower price (BEK § 3 stk. 3): `price − (cost + cap
    /// reduction)` when the price is lower, else 0 (never positive).
    pub price_reduction: Decimal,
    /// The line "Nedsættelse til leverandørens pris", when there is one.
    pub price_line: Option<Line>,
    /// The level the budget grants for its period: cost, cap reduction and
    /// other costs less offsets (BEK §§ 4–10).
    pub level_total: Decimal,
    /// Helper costs after the period ends: the month after the month of
    /// death (SEL § 96 c), the helpers' notice (VEJ pkt. 107).
    pub after_end: Vec<Line>,
    /// What the year pays: the total of the one payment schedule (SPEC 8),
    /// the level and what is paid after the period, or under SEL § 3 a the
    /// previous level until the new one takes effect.
    pub grant_total: Decimal,
    pub monthly: Vec<Decimal>,
    /// When the employer's part is paid.
    pub timing: Timing,
    /// The § 10 part, always paid to the recipient in advance.
    pub other_costs_to_citizen: Decimal,
    pub other_costs_monthly: Vec<Decimal>,
    /// The parts of the grant by payee, and the payments month by month.
    pub employer_part: Decimal,
    pub recipient_part: Decimal,
    pub payments: Vec<Payment>,
    /// The employer and the recipient are different payees (an association
    /// or company employs): the payment table has a column for each.
    pub payees_differ: bool,
    /// Offsets beyond the § 10 part, taken from the employer's part: the
    /// employer is paid this much less than its lines cost (VEJ pkt. 37).
    pub offset_from_employer: Decimal,
}

impl Totals {
    /// Set the payment schedule; the monthly amounts and the total follow it.
    pub fn set_payments(&mut self, payments: Vec<Payment>) {
        self.monthly = payments
            .iter()
            .map(|p| p.employer_part + p.recipient_part)
            .collect();
        self.grant_total = self.monthly.iter().sum();
        self.employer_part = payments.iter().map(|p| p.employer_part).sum();
        self.recipient_part = payments.iter().map(|p| p.recipient_part).sum();
        self.payments = payments;
    }
}

/// SPEC 8: the level = wages + pension + holiday pay + contributions +
/// employer tasks + special costs + cap reduction + reduction to the
/// provider's price + other costs − offsets (BEK §§ 3–10),
/// paid by payee month by month (SEL § 96 a stk. 2, BEK § 11); offsets
/// reduce the recipient's part first, then the employer's. What is paid
/// after the period (a death, a notice) follows in the months after it.
#[must_use]
#[allow(clippy::too_many_arguments)] // one argument per step of the budget it adds up
pub fn totals(
    case: &Case,
    period: &Period,
    hours: &Hours,
    wages: &Wages,
    contributions: &Contributions,
    (tasks, special): (&EmployerTasks, &SpecialCosts),
    other: &OtherCosts,
    cap: &Cap,
) -> Totals {
    let cost = wages.total + contributions.total + tasks.total + special.total;
    let cap_line = cap_line(cap, hours, cost);
    let cap_reduction = cap_line.as_ref().map_or(Decimal::ZERO, |l| l.amount);
    let price_line = super::special::price_line(case, period, cost, cap_reduction);
    let price_reduction = price_line.as_ref().map_or(Decimal::ZERO, |l| l.amount);
    let level_total = cost + cap_reduction + price_reduction + other.total;
    let after_end = after_end(case, period, wages, contributions, tasks);
    let offsets = other.to_citizen - other.total;
    let recipient_part = (other.to_citizen - offsets).max(Decimal::ZERO);
    let mut totals = Totals {
        cost,
        cap_reduction,
        cap_line,
        price_reduction,
        price_line,
        level_total,
        grant_total: Decimal::ZERO,
        monthly: Vec::new(),
        timing: if case.file.employer.is_organisation() {
            Timing::Arrears
        } else {
            Timing::Advance
        },
        other_costs_to_citizen: other.to_citizen,
        other_costs_monthly: by_month(other.to_citizen, period),
        employer_part: Decimal::ZERO,
        recipient_part: Decimal::ZERO,
        payments: Vec::new(),
        payees_differ: case.file.employer.is_organisation(),
        after_end,
        offset_from_employer: (offsets - other.to_citizen).max(Decimal::ZERO),
    };
    let payments = payments(
        period,
        level_total - recipient_part,
        recipient_part,
        &totals.after_end,
    );
    totals.set_payments(payments);
    totals
}

/// BEK § 3 stk. 4, VEJ pkt. 62: the grant reduced to the cap,
/// `cap × H − cost`, when the cost per hour exceeds it.
fn cap_line(cap: &Cap, hours: &Hours, cost: Decimal) -> Option<Line> {
    match (cap.verdict, cap.cap_hourly) {
        (Verdict::Exceeded, Some(c)) => Some(
            Line::new(
                "cap_reduction",
                t("Nedsættelse til loftet", "Reduction to the cap"),
                ore(c * hours.total - cost),
                Basis::new()
                    .kr_h(c)
                    .from_with(|| {
                        cap.cap_rate
                            .as_ref()
                            .map_or_else(|| "input:cap".to_string(), |f| f.source_key(None))
                    })
                    .times()
                    .hours(hours.total)
                    .from("total:hours")
                    .minus()
                    .kr(cost)
                    .from("total:totals.cost"),
                "BEK § 3 stk. 4; VEJ pkt. 62",
            )
            .with_rates(&cap.cap_rate.iter().collect::<Vec<_>>()),
        ),
        _ => None,
    }
}

/// What is covered after the period ends.
fn after_end(
    case: &Case,
    period: &Period,
    wages: &Wages,
    contributions: &Contributions,
    tasks: &EmployerTasks,
) -> Vec<Line> {
    match period.ending {
        Some(Ending::Death { after, .. }) => {
            vec![after_death(
                case,
                period,
                after,
                (wages, contributions, tasks),
            )]
        }
        Some(Ending::Other { notice_weeks }) if notice_weeks > 0 => {
            vec![notice_period(period, notice_weeks, wages, contributions)]
        }
        _ => Vec::new(),
    }
}

/// SEL § 96 c stk. 2, VEJ pkt. 106: the helpers' costs one month after the
/// month of death — wages and contributions, and for an association or
/// company its employer-task share — a month of the period's cost, paid to
/// the employer (for a citizen employer the estate), no § 10 amount.
fn after_death(
    case: &Case,
    period: &Period,
    first: chrono::NaiveDate,
    (wages, contributions, tasks): (&Wages, &Contributions, &EmployerTasks),
) -> Line {
    let org = case.file.employer.is_organisation();
    let mut costs = wages.total + contributions.total;
    let mut basis = Basis::new()
        .open()
        .kr(wages.total)
        .from("total:wages")
        .plus()
        .kr(contributions.total)
        .from("total:contributions");
    if org && !tasks.total.is_zero() {
        costs += tasks.total;
        basis = basis.plus().kr(tasks.total).from("total:employer_tasks");
    }
    let (num, den) = period.months();
    Line::new(
        "after_death",
        t(
            format!(
                "Udgifter til hjælpere i måneden efter dødsfaldet ({})",
                first.format("%m.%Y")
            ),
            format!(
                "Helper costs in the month after the death ({})",
                first.format("%m/%Y")
            ),
        ),
        ore(costs * den / num),
        basis
            .close()
            .div()
            .then(period.months_terms())
            .word(t("mdr.", "months")),
        "SEL § 96 c stk. 2; VEJ pkt. 106",
    )
}

/// VEJ pkt. 107: a scheme stopped at short notice covers the helpers' pay
/// in their notice period: the period's wages and contributions per week
/// of the period, for the weeks of notice.
fn notice_period(
    period: &Period,
    weeks: u32,
    wages: &Wages,
    contributions: &Contributions,
) -> Line {
    let costs = wages.total + contributions.total;
    let w = Decimal::from(weeks);
    let amount = if period.weeks.is_zero() {
        Decimal::ZERO
    } else {
        ore(costs * w / period.weeks)
    };
    Line::new(
        "notice_period",
        t(
            "Hjælpernes løn i opsigelsesperioden",
            "The helpers' pay in their notice period",
        ),
        amount,
        Basis::new()
            .open()
            .kr(wages.total)
            .from("total:wages")
            .plus()
            .kr(contributions.total)
            .from("total:contributions")
            .close()
            .div()
            .weeks(period.weeks)
            .from("fig:period.weeks")
            .times()
            .weeks(w)
            .from("input:period.notice_weeks"),
        "VEJ pkt. 107",
    )
}

/// SEL § 96 a stk. 2, BEK § 11: the payments by payee month by month, and
/// what is covered after the period paid to the employer in the month after.
#[must_use]
pub fn payments(
    period: &Period,
    employer_part: Decimal,
    recipient_part: Decimal,
    after_end: &[Line],
) -> Vec<Payment> {
    let employer_monthly = by_month(employer_part, period);
    let recipient_monthly = by_month(recipient_part, period);
    let year = period.from.year();
    let mut payments: Vec<Payment> = period
        .months
        .iter()
        .zip(employer_monthly.iter().zip(&recipient_monthly))
        .map(|(m, (e, r))| Payment {
            month: m.month,
            year,
            employer_part: *e,
            recipient_part: *r,
        })
        .collect();
    let after: Decimal = after_end.iter().map(|l| l.amount).sum();
    if !after_end.is_empty() {
        let next = period.to.succ_opt().unwrap_or(period.to);
        payments.push(Payment {
            month: next.month(),
            year: next.year(),
            employer_part: after,
            recipient_part: Decimal::ZERO,
        });
    }
    payments
}

/// SPEC 8: one payment per calendar month of the period: a whole month
/// `total / m_p`, a month partly in the period `total × (its days / the
/// month's days) / m_p`; the last payment absorbs the rounding, so they add
/// up to the total.
#[must_use]
pub fn by_month(total: Decimal, period: &Period) -> Vec<Decimal> {
    if period.months.len() == 12 && period.is_whole_year() {
        return monthly(total);
    }
    spread(total, &period.months)
}

/// `total` over months in proportion to their days in them, each month's
/// share of their month count; the last absorbs the rounding.
#[must_use]
pub fn spread(total: Decimal, months: &[super::period::Month]) -> Vec<Decimal> {
    let (num, den) = super::period::months_fraction(months);
    let mut out = Vec::with_capacity(months.len());
    let mut given = Decimal::ZERO;
    for (i, m) in months.iter().enumerate() {
        if i + 1 == months.len() {
            out.push(total - given);
        } else {
            let part = if num.is_zero() {
                Decimal::ZERO
            } else {
                ore(total * Decimal::from(m.days) * den / (Decimal::from(m.of) * num))
            };
            given += part;
            out.push(part);
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Within,
    Exceeded,
    NotChecked,
}

/// BEK § 3 stk. 4, VEJ pkt. 62, KL 3.4.2: cost per grant hour against the cap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cap {
    pub cost_per_hour: Decimal,
    pub cap_hourly: Option<Decimal>,
    pub headroom: Option<Decimal>,
    pub headroom_pct: Option<Decimal>,
    pub verdict: Verdict,
    /// The cost lines that go into the cost per hour.
    pub costs: Decimal,
    pub basis: Basis,
    pub cap_rate: Option<Arc<Fig>>,
}

/// The cost per grant hour: wages, contributions, employer tasks and
/// special costs, "de samlede omkostninger pr. time" (BEK § 3 stk. 4).
#[must_use]
pub fn cap(
    hours: &Hours,
    wages: &Wages,
    contributions: &Contributions,
    (tasks, special): (&EmployerTasks, &SpecialCosts),
    p: &Params,
) -> Cap {
    let costs = wages.total + contributions.total + tasks.total + special.total;
    let cost_per_hour = if hours.total.is_zero() {
        Decimal::ZERO
    } else {
        ore(costs / hours.total)
    };
    let basis = Basis::new().kr(costs).div().hours(hours.total);
    match &p.cap_hourly {
        None => Cap {
            cost_per_hour,
            cap_hourly: None,
            headroom: None,
            headroom_pct: None,
            verdict: Verdict::NotChecked,
            costs,
            basis,
            cap_rate: None,
        },
        Some(c) => {
            let headroom = c.value - cost_per_hour;
            let headroom_pct = if c.value.is_zero() {
                Decimal::ZERO
            } else {
                ore(headroom / c.value * Decimal::ONE_HUNDRED)
            };
            Cap {
                cost_per_hour,
                cap_hourly: Some(c.value),
                headroom: Some(headroom),
                headroom_pct: Some(headroom_pct),
                verdict: if cost_per_hour > c.value {
                    Verdict::Exceeded
                } else {
                    Verdict::Within
                },
                costs,
                basis,
                cap_rate: Some(c.clone()),
            }
        }
    }
}

/// KL 3.3.3, VEJ pkt. 92: the region's and the municipality's shares of a
/// respirator case. The region shares wages, contributions, employer tasks
/// and special costs (after any reduction to the cap or the provider's
/// price); the § 10 amount and offsets stay with the municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RespiratorSplit {
    pub region_pct: Decimal,
    /// What is shared: `cost + cap_reduction + price_reduction`.
    pub shared: Decimal,
    pub region: Decimal,
    pub municipality: Decimal,
}

#[must_use]
pub fn respirator(case: &Case, p: &Params, totals: &Totals) -> Option<RespiratorSplit> {
    let r = case.file.respirator.as_ref()?;
    let region_pct = r.region_pct.unwrap_or(p.respirator_region_pct.value);
    let shared = totals.cost + totals.cap_reduction + totals.price_reduction;
    let region = ore(shared * pct(region_pct));
    Some(RespiratorSplit {
        region_pct,
        shared,
        region,
        municipality: totals.level_total - region,
    })
}

/// An item the municipality pays after invoice (BEK § 4 stk. 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AfterInvoice {
    pub key: String,
    pub label: Text,
    pub rule: Text,
    /// The estimate's formula, after the rule.
    pub basis: Option<Basis>,
    pub legal: String,
    pub estimate: Option<Decimal>,
}

/// SPEC 8: the items covered after invoice, with their rule.
#[must_use]
pub fn after_invoice(
    case: &Case,
    tasks: &EmployerTasks,
    contributions: &Contributions,
) -> Vec<AfterInvoice> {
    let item: Item = |key, label, rule, legal, estimate| AfterInvoice {
        key: key.into(),
        label,
        rule,
        basis: None,
        legal: legal.into(),
        estimate,
    };
    let mut items = employment_items(item);
    // Barsel.dk (BEK § 4 stk. 2 and § 6; VEJ pkt. 78, 80, 94): estimated as rate × FTE.
    for line in &contributions.after_invoice {
        items.push(AfterInvoice {
            key: line.key.to_string(),
            label: line.label.clone(),
            rule: t("skønnet:", "estimate:"),
            basis: Some(line.basis.clone()),
            legal: "BEK § 4 stk. 2, § 6; VEJ pkt. 78, 80, 94".into(),
            estimate: Some(line.amount),
        });
    }
    items.extend(running_items(item));
    items.extend(work_environment(tasks));
    if !case.file.employer.is_organisation() && case.file.payroll == Some(Payroll::Own) {
        items.push(item(
            "payroll",
            t("Egen lønadministration", "Own payroll administration"),
            t(
                "borgeren eller den nærtstående har takket nej til kommunens lønadministration",
                "the citizen or relative declined the municipality's payroll service",
            ),
            "BEK § 9; VEJ pkt. 65; KL 3.4.5",
            None,
        ));
    }
    items
}

/// A function that makes an item covered after invoice.
type Item = fn(&str, Text, Text, &str, Option<Decimal>) -> AfterInvoice;

/// BEK § 4 stk. 2, KL tabel 6, VEJ pkt. 79: sick pay, a child's sick days
/// and insurances.
fn employment_items(item: Item) -> Vec<AfterInvoice> {
    vec![
        item(
            "sick_pay",
            t("Løn under sygdom", "Sick pay"),
            t(
                "hjælpere med mindst 8 ugers ansættelse og mindst 74 timers arbejde i perioden",
                "helpers employed for at least 8 weeks with at least 74 hours worked in them",
            ),
            "BEK § 4 stk. 2; KL tabel 6",
            None,
        ),
        item(
            "child_sick_days",
            t("Barns 1. og 2. sygedag", "Child's 1st and 2nd sick day"),
            t(
                "efter vilkårene for den faggruppe lønnen er udmålt efter",
                "on the terms of the comparable staff group the wage is based on",
            ),
            "BEK § 4 stk. 2; KL tabel 6",
            None,
        ),
        item(
            "insurance",
            t("Nødvendige forsikringer", "Necessary insurances"),
            t(
                "arbejdsskadeforsikring og andre nødvendige forsikringer",
                "work-injury insurance and other necessary insurances",
            ),
            "BEK § 4 stk. 2; VEJ pkt. 79",
            None,
        ),
    ]
}

/// BEK § 4 stk. 2, VEJ pkt. 76, 80–81, KL 5.4.12: maternity pay, courses
/// and G-dage.
fn running_items(item: Item) -> [AfterInvoice; 3] {
    [
        item(
            "maternity",
            t(
                "Barselsudgifter ud over Barsel.dk-refusion",
                "Maternity pay beyond Barsel.dk refunds",
            ),
            t(
                "faktiske udgifter, der ikke dækkes af barselsudligningen",
                "actual costs not refunded by maternity equalisation",
            ),
            "BEK § 4 stk. 2; VEJ pkt. 80",
            None,
        ),
        item(
            "courses",
            t(
                "Nødvendige kurser for hjælperne",
                "Necessary courses for the helpers",
            ),
            t(
                "efter kommunens serviceniveau for kurser",
                "by the municipality's service level for courses",
            ),
            "BEK § 4 stk. 2; VEJ pkt. 81",
            None,
        ),
        item(
            "g_days",
            t(
                "G-dage (dagpengegodtgørelse)",
                "G-days (unemployment benefit paid by the employer)",
            ),
            t(
                "arbejdsgiverens dagpengegodtgørelse for de første ledighedsdage, når en hjælper afskediges",
                "the employer's benefit for the first days of unemployment when a helper is dismissed",
            ),
            "BEK § 5 stk. 5; VEJ pkt. 76; KL 5.4.12",
            None,
        ),
    ]
}

/// BEK § 4 stk. 2, § 7, VEJ pkt. 82: the work environment; with an
/// association or company, KL bilag 1's tasks under "Overholdelse af
/// arbejdsmiljøregler (dækkes efter regning)": the timed ones as the
/// estimate with its hours, and each task whose time is as the
/// municipality's own was (the home review, its transport, the helpers'
/// employment relations) by name, without an amount.
fn work_environment(tasks: &EmployerTasks) -> Vec<AfterInvoice> {
    let rule = t(
        "nødvendige udgifter for at overholde arbejdsmiljøloven",
        "necessary costs of complying with the Working Environment Act",
    );
    let label = || {
        t(
            "Arbejdsmiljø, herunder APV",
            "Work environment, including the workplace assessment (APV)",
        )
    };
    let Some(we) = &tasks.work_environment else {
        return vec![AfterInvoice {
            key: "work_environment".into(),
            label: label(),
            rule,
            basis: None,
            legal: "BEK § 4 stk. 2, § 7; VEJ pkt. 82".into(),
            estimate: None,
        }];
    };
    let timed = !we.hours.is_zero();
    let mut items = vec![AfterInvoice {
        key: "work_environment".into(),
        label: label(),
        rule: if timed {
            t(
                "nødvendige udgifter for at overholde arbejdsmiljøloven; tilsyn og APV med transport skønnet efter KL's tider:",
                "necessary costs of complying with the Working Environment Act; supervision and APV with travel estimated at KL's times:",
            )
        } else {
            rule
        },
        basis: timed.then(|| we.basis.clone()),
        legal: format!("BEK § 4 stk. 2, § 7; VEJ pkt. 82; {}", we.table),
        estimate: timed.then_some(we.estimate),
    }];
    for (id, label) in &we.untimed {
        items.push(AfterInvoice {
            key: id.clone(),
            label: label.clone(),
            rule: t(
                "arbejdsgiverens tid, som kommunen selv brugte på opgaven før overdragelsen",
                "the employer's time, as the municipality itself spent on the task before the transfer",
            ),
            basis: None,
            legal: format!("BEK § 4 stk. 2, § 7; VEJ pkt. 82; {}", we.table),
            estimate: None,
        });
    }
    items
}
