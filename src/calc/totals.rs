//! SPEC 7–8: other costs (BEK § 10), offsets, the respirator split, the grant
//! total, monthly payments, the per-hour cap (BEK § 3 stk. 4) and the items
//! covered after invoice (BEK § 4 stk. 2).

use rust_decimal::Decimal;
use serde::Serialize;

use super::contributions::Contributions;
use super::employer_tasks::EmployerTasks;
use super::hours::Hours;
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
}

/// BEK § 10 other costs (none when the relative recipient is the only helper)
/// and the care-allowance offset (VEJ pkt. 37).
#[must_use]
pub fn other_costs(case: &Case, p: &Params) -> OtherCosts {
    let f = &case.file;
    let mut lines = Vec::new();
    let fig = match f.other_costs.as_ref().and_then(|o| o.amount) {
        Some(v) => Fig::case("other_costs.amount", v),
        None => p.other_costs.clone(),
    };
    let to_citizen = if f.extra.helpers == 0 {
        Decimal::ZERO
    } else {
        ore(fig.value)
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
                Basis::new().kr(fig.value).word(t("pr. år", "per year")),
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
            -ore(allowance),
            Basis::new()
                .op("−")
                .kr(allowance)
                .word(t("pr. år", "per year")),
            "VEJ pkt. 37",
        ));
    }
    OtherCosts {
        total: sum(&lines),
        lines,
        to_citizen,
    }
}

/// When the grant is paid (SEL § 96 a stk. 2, BEK § 11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    Advance,
    Arrears,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub grant_total: Decimal,
    pub monthly: Vec<Decimal>,
    pub timing: Timing,
    /// The § 10 part, always paid to the citizen in advance.
    pub other_costs_to_citizen: Decimal,
    pub other_costs_monthly: Vec<Decimal>,
}

/// SPEC 8: grant total = wages + pension + holiday pay + contributions +
/// employer tasks + other costs − offsets, as 12 payments that add up.
#[must_use]
pub fn totals(
    case: &Case,
    wages: &Wages,
    contributions: &Contributions,
    tasks: &EmployerTasks,
    other: &OtherCosts,
) -> Totals {
    let grant_total = wages.total + contributions.total + tasks.total + other.total;
    Totals {
        grant_total,
        monthly: monthly(grant_total),
        timing: if case.file.employer.is_organisation() {
            Timing::Arrears
        } else {
            Timing::Advance
        },
        other_costs_to_citizen: other.to_citizen,
        other_costs_monthly: monthly(other.to_citizen),
    }
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
    pub cap_rate: Option<Fig>,
}

#[must_use]
pub fn cap(
    hours: &Hours,
    wages: &Wages,
    contributions: &Contributions,
    tasks: &EmployerTasks,
    p: &Params,
) -> Cap {
    let costs = wages.total + contributions.total + tasks.total;
    let cost_per_hour = if hours.total.is_zero() {
        Decimal::ZERO
    } else {
        ore(costs / hours.total)
    };
    let basis = Basis::new().kr(costs).op("/").hours(hours.total);
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

/// KL 3.3.3: the region's and the municipality's shares of a respirator case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RespiratorSplit {
    pub region_pct: Decimal,
    pub region: Decimal,
    pub municipality: Decimal,
}

#[must_use]
pub fn respirator(case: &Case, p: &Params, grant_total: Decimal) -> Option<RespiratorSplit> {
    let r = case.file.respirator.as_ref()?;
    let region_pct = r.region_pct.unwrap_or(p.respirator_region_pct.value);
    let region = ore(grant_total * pct(region_pct));
    Some(RespiratorSplit {
        region_pct,
        region,
        municipality: grant_total - region,
    })
}

/// An item the municipality pays after invoice (BEK § 4 stk. 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AfterInvoice {
    pub key: String,
    pub label: Text,
    pub rule: Text,
    pub legal: String,
    pub estimate: Option<Decimal>,
}

/// SPEC 8: the items covered after invoice, with their rule.
#[must_use]
pub fn after_invoice(case: &Case, tasks: &EmployerTasks) -> Vec<AfterInvoice> {
    let item =
        |key: &str, label: Text, rule: Text, legal: &str, estimate: Option<Decimal>| AfterInvoice {
            key: key.into(),
            label,
            rule,
            legal: legal.into(),
            estimate,
        };
    let mut items = vec![
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
            "work_environment",
            t(
                "Arbejdsmiljø, herunder APV",
                "Work environment, including the workplace assessment (APV)",
            ),
            t(
                "nødvendige udgifter for at overholde arbejdsmiljøloven",
                "necessary costs of complying with the Working Environment Act",
            ),
            "BEK § 4 stk. 2; VEJ pkt. 82",
            tasks.work_environment_estimate,
        ),
    ];
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
