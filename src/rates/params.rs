//! The service level one case resolves against: the table's figures with
//! the case's `[override]` on top.

use rust_decimal::Decimal;
use serde::Serialize;

use super::dated::Figure;
use super::figures::{Fig, RateTable, WageScale};
use crate::case::{AdminModel, Case};
use crate::error::InputError;

/// A service-level key the case overrides (VEJ pkt. 61: an individual deviation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deviation {
    pub key: String,
    pub standard: Option<String>,
    pub case: String,
}

/// Everything the calculation needs from the rate table, with this case's
/// overrides applied; each figure keeps its path and source.
#[derive(Debug, Clone)]
pub struct Params {
    pub scale_name: String,
    pub scale: WageScale,
    pub base_hourly: Fig,
    pub standby_pct: Fig,
    pub pension_pct: Fig,
    pub holiday_pct: Fig,
    pub general_supplement_pct: Fig,
    pub weeks_per_year: Fig,
    pub mus_hours: Fig,
    pub staff_meeting_hours: Fig,
    pub admin_model: AdminModel,
    pub admin_pct: Fig,
    pub admin_per_hour: Fig,
    pub payroll_per_payslip: Fig,
    pub other_costs: Fig,
    pub cap_hourly: Option<Fig>,
    pub respirator_region_pct: Fig,
    pub deviations: Vec<Deviation>,
}

impl Params {
    /// Resolve the service level for one case: the table's figures, then the
    /// case's `[override]` on top, each override recorded as a deviation.
    pub fn resolve(rates: &RateTable, case: &Case) -> Result<Params, InputError> {
        let sl = &rates.service_level;
        let o = &case.file.overrides;
        let mut deviations = Vec::new();
        let scale_name = wage_scale(rates, case, &mut deviations)?;
        let scale = rates.wage_scales[&scale_name].clone();
        let wp = format!("wage_scales.{scale_name}");
        let mut pick = |key: &str, over: Option<Decimal>, standard: Fig| {
            overridden(&mut deviations, key, over, standard)
        };
        let sp = "service_level";
        let standby_standard = match &sl.standby_pct {
            Some(f) => Fig::of(format!("{sp}.standby_pct"), f),
            None => Fig::of(format!("{wp}.standby_pct"), &scale.standby_pct),
        };
        let params = Params {
            base_hourly: Fig::of(format!("{wp}.base_hourly"), &scale.base_hourly),
            pension_pct: Fig::of(format!("{wp}.pension_pct"), &scale.pension_pct),
            holiday_pct: Fig::of(format!("{wp}.holiday_pct"), &scale.holiday_pct),
            standby_pct: pick("standby_pct", o.standby_pct, standby_standard),
            general_supplement_pct: pick(
                "general_supplement_pct",
                o.general_supplement_pct,
                Fig::of(
                    format!("{sp}.general_supplement_pct"),
                    &sl.general_supplement_pct,
                ),
            ),
            weeks_per_year: pick(
                "weeks_per_year",
                o.weeks_per_year,
                Fig::of(format!("{sp}.weeks_per_year"), &sl.weeks_per_year),
            ),
            mus_hours: pick(
                "mus_hours",
                o.mus_hours,
                Fig::of(format!("{sp}.mus_hours"), &sl.mus_hours),
            ),
            staff_meeting_hours: pick(
                "staff_meeting_hours",
                o.staff_meeting_hours,
                Fig::of(format!("{sp}.staff_meeting_hours"), &sl.staff_meeting_hours),
            ),
            admin_pct: pick(
                "admin_pct",
                o.admin_pct,
                Fig::of(format!("{sp}.admin_pct"), &sl.admin_pct),
            ),
            admin_per_hour: pick(
                "admin_per_hour",
                o.admin_per_hour,
                Fig::of(format!("{sp}.admin_per_hour"), &sl.admin_per_hour),
            ),
            payroll_per_payslip: pick(
                "payroll_per_payslip",
                o.payroll_per_payslip,
                Fig::of(format!("{sp}.payroll_per_payslip"), &sl.payroll_per_payslip),
            ),
            other_costs: pick(
                "other_costs",
                o.other_costs,
                Fig::of(format!("{sp}.other_costs"), &sl.other_costs),
            ),
            respirator_region_pct: pick(
                "respirator_region_pct",
                o.respirator_region_pct,
                Fig::of(
                    format!("{sp}.respirator_region_pct"),
                    &sl.respirator_region_pct,
                ),
            ),
            cap_hourly: cap_hourly(&mut deviations, o.cap_hourly, sl.cap_hourly.as_ref()),
            admin_model: admin_model(&mut deviations, o.admin_model, sl.admin_model),
            scale_name,
            scale,
            deviations,
        };
        Ok(params)
    }
}

/// The case's wage scale: the service level's, or the one `[override]`
/// names, a deviation (VEJ pkt. 61) that must be in the rate table.
fn wage_scale(
    rates: &RateTable,
    case: &Case,
    deviations: &mut Vec<Deviation>,
) -> Result<String, InputError> {
    let standard = &rates.service_level.wage_scale;
    match &case.file.overrides.wage_scale {
        Some(name) if !rates.wage_scales.contains_key(name) => Err(case
            .error(
                "override.wage_scale",
                "no wage scale with that name in the rate table",
            )
            .found(format!("\"{name}\""))
            .allowed(
                rates
                    .wage_scales
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
            )),
        Some(name) => {
            deviations.push(Deviation {
                key: "wage_scale".into(),
                standard: Some(standard.clone()),
                case: name.clone(),
            });
            Ok(name.clone())
        }
        None => Ok(standard.clone()),
    }
}

/// A figure the case may override: the standard, or the case's value
/// recorded as a deviation (VEJ pkt. 61).
fn overridden(
    deviations: &mut Vec<Deviation>,
    key: &str,
    over: Option<Decimal>,
    standard: Fig,
) -> Fig {
    match over {
        Some(v) => {
            deviations.push(Deviation {
                key: key.into(),
                standard: Some(standard.value.normalize().to_string()),
                case: v.normalize().to_string(),
            });
            Fig::case(&format!("override.{key}"), v)
        }
        None => standard,
    }
}

/// The municipality's cap per hour (BEK § 3 stk. 4), which the case may set
/// where the service level has none: a deviation either way.
fn cap_hourly(
    deviations: &mut Vec<Deviation>,
    over: Option<Decimal>,
    standard: Option<&Figure>,
) -> Option<Fig> {
    match (over, standard) {
        (Some(v), standard) => {
            deviations.push(Deviation {
                key: "cap_hourly".into(),
                standard: standard.map(|f| f.value.normalize().to_string()),
                case: v.normalize().to_string(),
            });
            Some(Fig::case("override.cap_hourly", v))
        }
        (None, Some(f)) => Some(Fig::of("service_level.cap_hourly", f)),
        (None, None) => None,
    }
}

/// How the employer-task subsidy is found (BEK § 8): the service level's
/// model, or the case's as a deviation.
fn admin_model(
    deviations: &mut Vec<Deviation>,
    over: Option<AdminModel>,
    standard: AdminModel,
) -> AdminModel {
    match over {
        Some(m) => {
            deviations.push(Deviation {
                key: "admin_model".into(),
                standard: Some(standard.key().into()),
                case: m.key().into(),
            });
            m
        }
        None => standard,
    }
}
