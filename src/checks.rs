//! SPEC 9: legal checks. Warnings never stop the calculation; each has a
//! stable code and names its legal ground.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::calc::employer_tasks::EmployerTasks;
use crate::calc::hours::Hours;
use crate::calc::totals::{Cap, Totals, Verdict};
use crate::calc::{Line, Text, t};
use crate::case::{AdminModel, Case, Scheme};
use crate::rates::Fig;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub code: &'static str,
    pub message: Text,
    pub legal: &'static str,
}

/// A figure in a Danish message: `270.000,00`.
fn da(d: Decimal) -> String {
    crate::report::number(d, 2, crate::report::Lang::Da)
}

/// A figure in an English message: `270,000.00`.
fn en(d: Decimal) -> String {
    crate::report::number(d, 2, crate::report::Lang::En)
}

/// Every warning of SPEC 9 that holds for this budget.
#[must_use]
pub fn check(
    case: &Case,
    hours: &Hours,
    tasks: &EmployerTasks,
    totals: &Totals,
    cap: &Cap,
    lines: &[&Line],
) -> Vec<Warning> {
    let f = &case.file;
    let mut w = Vec::new();
    let mut add = |code, message, legal| {
        w.push(Warning {
            code,
            message,
            legal,
        })
    };
    let kt = matches!(f.scheme, Scheme::Kt | Scheme::KtRelative);
    let twenty = Decimal::from(20);
    if f.scheme == Scheme::Kt && hours.weekly_need_gross <= twenty {
        add(
            "kt_under_20h",
            t(
                format!(
                    "KT kræver et behov på over 20 timer om ugen; behovet er {} t/uge",
                    da(hours.weekly_need_gross)
                ),
                format!(
                    "KT requires a need above 20 hours a week; the need is {} h/week",
                    en(hours.weekly_need_gross)
                ),
            ),
            "SEL § 95 stk. 2, AST 62-15",
        );
    }
    if kt && !f.extra.standby_hours_per_week.is_zero() {
        add(
            "standby_in_kt",
            t(
                "Rådighedstimer i KT kun i helt særlige tilfælde og aldrig til tilsyn",
                "Standby hours in KT only in special cases and never for supervision",
            ),
            "BEK § 5 stk. 3, AST 63-15",
        );
    }
    if let Some(r) = &f.relative
        && r.own_care_hours_per_week > Decimal::from(48)
        && !r.special_decision
    {
        add(
            "relative_over_48h",
            t(
                format!(
                    "Den nærtstående yder {} t/uge selv; over 48 timer kræver en særlig afgørelse",
                    da(r.own_care_hours_per_week)
                ),
                format!(
                    "The relative provides {} h/week personally; more than 48 hours needs a special decision",
                    en(r.own_care_hours_per_week)
                ),
            ),
            "SEL § 95 stk. 3",
        );
    }
    if f.extra.full_cover_weeks > 0 && hours.weekly_need_gross.is_zero() {
        add(
            "full_cover_without_need",
            t(
                "Uger med døgndækning uden et ugentligt behov",
                "Weeks of full cover without a weekly need",
            ),
            "VEJ pkt. 68",
        );
    }
    if tasks.model == Some(AdminModel::PerHour) {
        add(
            "admin_per_hour",
            t(
                "Et fast beløb pr. time til arbejdsgiveropgaven skal bygge på en konkret, individuel vurdering",
                "A fixed amount per hour for employer tasks must rest on a concrete, individual assessment",
            ),
            "SM 2021, BEK § 8",
        );
    }
    match cap.verdict {
        Verdict::Exceeded => add(
            "cap_exceeded",
            t(
                format!(
                    "Udgiften pr. time ({} kr.) overstiger loftet ({} kr.)",
                    da(cap.cost_per_hour),
                    da(cap.cap_hourly.unwrap_or_default())
                ),
                format!(
                    "The cost per hour (DKK {}) exceeds the cap (DKK {})",
                    en(cap.cost_per_hour),
                    en(cap.cap_hourly.unwrap_or_default())
                ),
            ),
            "BEK § 3 stk. 4",
        ),
        Verdict::NotChecked => add(
            "cap_not_checked",
            t(
                "Intet loft pr. time angivet; loftet er ikke kontrolleret",
                "No hourly cap given; the cap is not checked",
            ),
            "BEK § 3 stk. 4",
        ),
        Verdict::Within => {}
    }
    if let Some(prev) = &f.previous {
        let lower_total = !prev.annual_total.is_zero() && totals.grant_total < prev.annual_total;
        let lower_hours = !prev.weekly_hours.is_zero() && hours.per_week < prev.weekly_hours;
        if lower_total || lower_hours {
            add(
                "reduction_notice",
                t(
                    format!(
                        "Tilskuddet nedsættes i forhold til sidste afgørelse ({} kr., {} t/uge); varsel efter SEL § 3 a",
                        da(prev.annual_total),
                        da(prev.weekly_hours)
                    ),
                    format!(
                        "The grant is reduced from the last decision (DKK {}, {} h/week); notice under SEL § 3 a",
                        en(prev.annual_total),
                        en(prev.weekly_hours)
                    ),
                ),
                "SEL § 3 a",
            );
        }
    }
    let mut unverified: Vec<&Fig> = Vec::new();
    for line in lines {
        for fig in &line.rates {
            if !fig.verified && !unverified.iter().any(|u| u.path == fig.path) {
                unverified.push(fig);
            }
        }
    }
    if let Some(r) = &cap.cap_rate
        && !r.verified
        && !unverified.iter().any(|u| u.path == r.path)
    {
        unverified.push(r);
    }
    if !unverified.is_empty() {
        let list = unverified
            .iter()
            .map(|f| f.path.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        add(
            "rate_unverified",
            t(
                format!("Satser ikke offentliggjort for {}: {list}", f.year),
                format!("Rates not published for {}: {list}", f.year),
            ),
            "—",
        );
    }
    w
}
