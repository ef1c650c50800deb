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

/// A note about the rate table, not about the case (SPEC 9): shown in a
/// section of its own, once per table in a batch, never failing `--strict`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub code: &'static str,
    pub message: Text,
    /// The rate-table figures the note is about.
    pub figures: Vec<Fig>,
}

/// What the legal checks read of a budget.
pub struct Facts<'a> {
    pub hours: &'a Hours,
    pub tasks: &'a EmployerTasks,
    pub totals: &'a Totals,
    pub cap: &'a Cap,
    pub level: crate::diff::Level,
}

/// SM 2021 (seed 000): Ankestyrelsen found fixed fees of 3–17 kr. per hour;
/// below the lowest the grant may not be transferable (KL 3.4.4).
const ADMIN_PRACTICE_MIN: i64 = 3;
/// KL tabel 4, VEJ pkt. 68: at most 48 hours a week on average per helper.
const MAX_WEEK_PER_HELPER: i64 = 48;

/// Every warning of SPEC 9 that holds for this budget.
#[must_use]
#[allow(clippy::too_many_lines)] // one block per warning of SPEC 9, in its order
pub fn check(case: &Case, x: &Facts<'_>) -> Vec<Warning> {
    let f = &case.file;
    let hours = x.hours;
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
    if kt && hours.weekly_need_gross <= twenty {
        let what = if f.schedule.is_empty() {
            t("behovet før fradrag", "the need before deductions")
        } else {
            t("skemaets typiske uge", "the schedule's typical week")
        };
        add(
            "kt_under_20h",
            t(
                format!(
                    "Kontant tilskud kræver et behov på mere end 20 timer om ugen; {} er {} t/uge",
                    what.da,
                    da(hours.weekly_need_gross)
                ),
                format!(
                    "KT requires a need of more than 20 hours a week; {} is {} h/week",
                    what.en,
                    en(hours.weekly_need_gross)
                ),
            ),
            "SEL § 95 stk. 2; AST 62-15; KL 2.1.4",
        );
    }
    if kt && !f.extra.standby_hours_per_week.is_zero() {
        add(
            "standby_in_kt",
            t(
                "Rådighedstimer i kontant tilskud kun i helt særlige tilfælde og aldrig til tilsyn",
                "Standby hours in KT only in special cases and never for supervision",
            ),
            "BEK § 5 stk. 3; AST 63-15",
        );
    }
    if let Some(r) = &f.relative
        && f.relative_unemployed()
        && r.own_care_hours_per_week > Decimal::from(MAX_WEEK_PER_HELPER)
        && !r.special_decision
    {
        add(
            "relative_over_48h",
            t(
                format!(
                    "Den nærtstående yder selv {} t/uge; mere end 48 timer kræver en særlig afgørelse",
                    da(r.own_care_hours_per_week)
                ),
                format!(
                    "The relative provides {} h/week personally; more than 48 hours needs a special decision",
                    en(r.own_care_hours_per_week)
                ),
            ),
            "SEL § 95 stk. 3; VEJ pkt. 17",
        );
    }
    let n = Decimal::from(f.extra.helpers);
    let weeks = hours.period_weeks;
    if !n.is_zero() && !weeks.is_zero() {
        let per_helper = crate::money::round(hours.employed / n / weeks, 2);
        if per_helper > Decimal::from(MAX_WEEK_PER_HELPER) {
            add(
                "helpers_over_48h",
                t(
                    format!(
                        "{} ansatte timer / {} / {} uger = {} t/uge pr. hjælper i gennemsnit; arbejdstidsreglerne tillader højst 48 timer, så der skal flere hjælpere til",
                        da(hours.employed),
                        count(f.extra.helpers, "hjælpere"),
                        crate::report::number(
                            weeks,
                            crate::calc::dp_for(weeks),
                            crate::report::Lang::Da
                        ),
                        da(per_helper)
                    ),
                    format!(
                        "{} employed hours / {} / {} weeks = {} h/week per helper on average; the working-time rules allow at most 48 hours, so more helpers are needed",
                        en(hours.employed),
                        count(f.extra.helpers, "helpers"),
                        crate::report::number(
                            weeks,
                            crate::calc::dp_for(weeks),
                            crate::report::Lang::En
                        ),
                        en(per_helper)
                    ),
                ),
                "KL tabel 4; VEJ pkt. 68",
            );
        }
    }
    if f.extra.full_cover_weeks > 0 {
        let added: Decimal = hours.bands.iter().map(|b| b.full_cover).sum();
        if hours.weekly_need_gross.is_zero() {
            add(
                "full_cover_without_need",
                t(
                    "Uger med døgndækning uden et ugentligt behov",
                    "Weeks of 24-hour cover without a weekly need",
                ),
                "VEJ pkt. 68",
            );
        } else if added.is_zero() {
            add(
                "full_cover_adds_nothing",
                t(
                    "Uger med døgndækning lægger intet til, for den almindelige uge dækker allerede hele døgnet; var det dobbeltdækning (double_cover_weeks), der var ment?",
                    "Weeks of 24-hour cover add nothing, as the ordinary week already covers the whole day; was double cover (double_cover_weeks) meant?",
                ),
                "VEJ pkt. 68",
            );
        }
    }
    if matches!(
        x.tasks.model,
        Some(AdminModel::PerHour | AdminModel::Overhead)
    ) {
        add(
            "admin_fixed_rate",
            t(
                "Tilskuddet til arbejdsgiveropgaven er fastsat som en fast sats; det skal bygge på en konkret, individuel vurdering af opgaverne",
                "The employer-task subsidy is set as a fixed rate; it must rest on a concrete, individual assessment of the tasks",
            ),
            "SM 2021; BEK § 8",
        );
    }
    if x.tasks.model.is_some() && !hours.total.is_zero() {
        let per_hour = crate::money::ore(x.tasks.total / hours.total);
        if per_hour < Decimal::from(ADMIN_PRACTICE_MIN) {
            add(
                "admin_below_practice",
                t(
                    format!(
                        "Tilskuddet til arbejdsgiveropgaven er {} kr. / {} t = {} kr. pr. time, under de 3 kr. pr. time, som Ankestyrelsen har set som det laveste; så lavt et tilskud kan gøre ordningen uoverdragelig",
                        da(x.tasks.total),
                        da(hours.total),
                        da(per_hour)
                    ),
                    format!(
                        "The employer-task subsidy is DKK {} / {} h = DKK {} per hour, below the DKK 3 per hour Ankestyrelsen found as the lowest; so low a subsidy may make the grant impossible to transfer",
                        en(x.tasks.total),
                        en(hours.total),
                        en(per_hour)
                    ),
                ),
                "SM 2021; KL 3.4.4",
            );
        }
    }
    match x.cap.verdict {
        Verdict::Exceeded => add(
            "cap_exceeded",
            t(
                format!(
                    "Udgiften pr. time ({} kr.) overstiger loftet ({} kr.): tilskuddet er nedsat til loftet med {} kr. Kommunen skal vurdere timerne eller udgiftselementerne igen, før der træffes afgørelse",
                    da(x.cap.cost_per_hour),
                    da(x.cap.cap_hourly.unwrap_or_default()),
                    da(-x.totals.cap_reduction)
                ),
                format!(
                    "The cost per hour (DKK {}) exceeds the cap (DKK {}): the grant is reduced to the cap by DKK {}. The municipality must reassess the hours or the cost elements before deciding",
                    en(x.cap.cost_per_hour),
                    en(x.cap.cap_hourly.unwrap_or_default()),
                    en(-x.totals.cap_reduction)
                ),
            ),
            "BEK § 3 stk. 4; VEJ pkt. 62",
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
    if let Some(prev) = &f.previous
        && let Some(r) = crate::diff::reduction(&crate::diff::Level::of_previous(prev), &x.level)
    {
        let list = |lang: crate::report::Lang| {
            r.falls
                .iter()
                .map(|fall| {
                    let unit = match (fall.unit, lang) {
                        (crate::diff::Unit::Kroner, crate::report::Lang::Da) => "kr.",
                        (crate::diff::Unit::Kroner, crate::report::Lang::En) => "DKK",
                        (crate::diff::Unit::Hours, crate::report::Lang::Da) => "t",
                        (crate::diff::Unit::Hours, crate::report::Lang::En) => "h",
                    };
                    format!(
                        "{} {} → {} {unit}",
                        lang.pick(&fall.what).to_lowercase(),
                        crate::report::number(fall.old, 2, lang),
                        crate::report::number(fall.new, 2, lang)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        add(
            "reduction_notice",
            t(
                format!(
                    "Nedsættelse i forhold til sidste afgørelse: {}. Ændringen skal varsles 14 uger efter SEL § 3 a",
                    list(crate::report::Lang::Da)
                ),
                format!(
                    "Reduction from the last decision: {}. The change needs 14 weeks' notice under SEL § 3 a",
                    list(crate::report::Lang::En)
                ),
            ),
            "SEL § 3 a; VEJ pkt. 39–40",
        );
    }
    for (key, raw) in &case.three_decimals {
        add(
            "amount_three_decimals",
            t(
                format!(
                    "{key} = {raw} er læst som {} kr.; var punktummet et tusindtalsskilletegn, skrives beløbet uden det",
                    da(raw.parse().unwrap_or_default())
                ),
                format!(
                    "{key} = {raw} is read as DKK {}; if the point was a Danish thousands separator, write the amount without it",
                    en(raw.parse().unwrap_or_default())
                ),
            ),
            "SPEC 2",
        );
    }
    w
}

/// A count with its plural unit, in the singular for 1 (the rule formulas use).
fn count(n: u32, plural: &'static str) -> String {
    let unit = if n == 1 {
        crate::calc::singular(plural)
    } else {
        plural
    };
    format!("{n} {unit}")
}

/// The notes about the rate table (SPEC 9): figures not verified for the
/// year, zero rates the case triggers, and task times not set.
#[must_use]
pub fn notes(year: u16, lines: &[&Line], cap: &Cap, tasks: &EmployerTasks) -> Vec<Note> {
    let mut unverified: Vec<Fig> = Vec::new();
    let mut zero: Vec<Fig> = Vec::new();
    let push = |list: &mut Vec<Fig>, fig: &Fig| {
        if !list.iter().any(|u| u.path == fig.path) {
            list.push(fig.clone());
        }
    };
    for line in lines {
        for fig in &line.rates {
            if !fig.verified {
                push(&mut unverified, fig);
            }
            if fig.path.starts_with("contributions.") && fig.value.is_zero() && !fig.verified {
                push(&mut zero, fig);
            }
        }
    }
    if let Some(r) = &cap.cap_rate
        && !r.verified
    {
        push(&mut unverified, r);
    }
    let mut notes = Vec::new();
    if !unverified.is_empty() {
        notes.push(Note {
            code: "rate_unverified",
            message: t(
                format!("Satser, der ikke er offentliggjort for {year} (fremskrevet eller udledt; se kilden)"),
                format!("Rates not published for {year} (carried forward or derived; see the source)"),
            ),
            figures: unverified,
        });
    }
    if !zero.is_empty() {
        notes.push(Note {
            code: "rate_zero_used",
            message: t(
                "Bidrag med sats 0 kr., som sagen udløser; satsen er ikke bekræftet",
                "Contributions at a rate of 0 that the case triggers; the rate is not confirmed",
            ),
            figures: zero,
        });
    }
    if !tasks.unset.is_empty() {
        let names = |da: bool| {
            tasks
                .unset
                .iter()
                .map(|l| if da { l.da.as_ref() } else { l.en.as_ref() })
                .collect::<Vec<_>>()
                .join("; ")
        };
        notes.push(Note {
            code: "task_time_unset",
            message: t(
                format!(
                    "Arbejdsgiveropgaver uden fastsat tid i satstabellen, som indgår med 0 kr., til kommunen fastsætter tiden: {}",
                    names(true)
                ),
                format!(
                    "Employer tasks without a time in the rate table, counted as 0 until the municipality sets the time: {}",
                    names(false)
                ),
            ),
            figures: Vec::new(),
        });
    }
    notes
}
