//! The service level one case resolves against: the table's figures with
//! the case's `[override]` on top.

use std::sync::Arc;

use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde::Serialize;

use super::dated::{Dated, Figure};
use super::figures::{Fig, RateTable, WageScale};
use crate::case::{AdminModel, Band, Case};
use crate::error::InputError;

/// A service-level key the case overrides (VEJ pkt. 61: an individual deviation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deviation {
    pub key: String,
    pub standard: Option<String>,
    pub case: String,
}

/// Everything the calculation needs from the rate table, with this case's
/// overrides applied; each figure keeps its path and source. The figures are
/// shared: a table's standard `Params` is made once ([`Params::standard`]) and
/// a case takes it with its own overrides on top.
#[derive(Debug, Clone)]
pub struct Params {
    pub scale_name: String,
    pub scale: Arc<WageScale>,
    /// The områdetillægsgruppe whose base wage is used, when the scale has
    /// one per group.
    pub area_group: Option<u8>,
    pub base_hourly: Arc<Fig>,
    pub standby_pct: Arc<Fig>,
    pub pension_pct: Arc<Fig>,
    /// The pension percent on working-time supplements, where the scale has one.
    pub pension_time_pct: Option<Arc<Fig>>,
    pub holiday_pct: Arc<Fig>,
    /// The wage scale's working-time supplement of each band.
    pub supplements: [Arc<Fig>; 5],
    pub general_supplement_pct: Arc<Fig>,
    pub weeks_per_year: Arc<Fig>,
    pub mus_hours: Arc<Fig>,
    pub staff_meeting_hours: Arc<Fig>,
    pub admin_model: AdminModel,
    pub admin_pct: Arc<Fig>,
    pub admin_per_hour: Arc<Fig>,
    pub payroll_per_payslip: Arc<Fig>,
    pub other_costs: Arc<Fig>,
    pub cap_hourly: Option<Arc<Fig>>,
    pub respirator_region_pct: Arc<Fig>,
    /// The table's figures that do not depend on the service level.
    pub table: Arc<TableFigs>,
    pub deviations: Vec<Deviation>,
}

/// The figures of a rate table every case shares: contribution rates, ATP
/// brackets, and the employer-task rate and hours (KL tabel 5, BEK § 8).
#[derive(Debug)]
pub struct TableFigs {
    /// `contributions.<name>.rate`, by contribution name.
    pub contribution_rates: IndexMap<String, Arc<Fig>>,
    /// `contributions.<name>.brackets`, one figure per monthly amount.
    pub atp_brackets: IndexMap<String, Vec<(Decimal, Arc<Fig>)>>,
    /// The blended AC/HK hourly rate, indexed to the grant year, to øre.
    pub task_rate: Decimal,
    pub task_rate_figs: Vec<Arc<Fig>>,
    /// `employer_tasks.substitute_cover.hours` and `employer_tasks.office.hours`.
    pub substitute_cover: Option<Arc<Fig>>,
    pub office: Option<Arc<Fig>>,
    /// The week profile by band (`week_profile.weekday_day`, …).
    pub week_profile: [Arc<Fig>; 5],
}

impl TableFigs {
    fn of(rates: &RateTable) -> TableFigs {
        let fig = |name: &str, c: &super::Contribution, key: &str, value: Decimal| {
            Arc::new(Fig {
                path: format!("contributions.{name}.{key}"),
                value,
                source: c.source.clone(),
                source_da: c.source_da.clone(),
                cite: c.cite.clone(),
                cite_da: c.cite_da.clone(),
                verified: c.verified,
                placeholder: c.placeholder,
                values: Vec::new(),
            })
        };
        let et = &rates.employer_tasks;
        let share = et.ac_share_pct.value / Decimal::ONE_HUNDRED;
        let task_rate = crate::money::round(
            (et.ac_hourly.value * share + et.hk_hourly.value * (Decimal::ONE - share))
                * et.index_factor.value,
            2,
        );
        let hours = |path: &str, t: &Option<super::TaskTime>| {
            t.as_ref().map(|t| {
                Arc::new(Fig {
                    path: format!("employer_tasks.{path}.hours"),
                    value: t.hours,
                    source: t.source.clone(),
                    source_da: t.source_da.clone(),
                    cite: t.cite.clone(),
                    cite_da: t.cite_da.clone(),
                    verified: t.verified,
                    placeholder: false,
                    values: Vec::new(),
                })
            })
        };
        TableFigs {
            contribution_rates: rates
                .contributions
                .iter()
                .map(|(name, c)| {
                    let rate = c.rate.unwrap_or_default();
                    (name.clone(), fig(name, c, "rate", rate))
                })
                .collect(),
            atp_brackets: rates
                .contributions
                .iter()
                .map(|(name, c)| {
                    let brackets = c.brackets.as_deref().unwrap_or_default();
                    let mut monthly: Vec<Decimal> = brackets.iter().map(|b| b.monthly).collect();
                    monthly.push(Decimal::ZERO);
                    let figs = monthly
                        .into_iter()
                        .map(|m| (m, fig(name, c, "brackets", m)))
                        .collect();
                    (name.clone(), figs)
                })
                .collect(),
            task_rate,
            task_rate_figs: [
                ("ac_hourly", &et.ac_hourly),
                ("hk_hourly", &et.hk_hourly),
                ("ac_share_pct", &et.ac_share_pct),
                ("index_factor", &et.index_factor),
            ]
            .iter()
            .map(|(k, f)| Arc::new(Fig::of(format!("employer_tasks.{k}"), f)))
            .collect(),
            substitute_cover: hours("substitute_cover", &et.substitute_cover),
            office: hours("office", &et.office),
            week_profile: {
                let w = &rates.week_profile;
                let values = w.map();
                Band::ALL.map(|b| {
                    Arc::new(Fig {
                        path: format!("week_profile.{}", b.key()),
                        value: values[b as usize],
                        source: w.source.clone(),
                        source_da: w.source_da.clone(),
                        cite: w.cite.clone(),
                        cite_da: w.cite_da.clone(),
                        verified: w.verified,
                        placeholder: false,
                        values: Vec::new(),
                    })
                })
            },
        }
    }

    /// The ATP bracket figure with this monthly amount.
    #[must_use]
    pub fn atp_bracket(&self, name: &str, monthly: Decimal) -> Option<&Arc<Fig>> {
        self.atp_brackets
            .get(name)?
            .iter()
            .find(|(m, _)| *m == monthly)
            .map(|(_, f)| f)
    }
}

/// A band's working-time supplement as a figure: its percent or kroner.
fn supplement_fig(scale_name: &str, scale: &WageScale, band: Band) -> Fig {
    let s = scale.supplements.get(band);
    Fig {
        path: format!("wage_scales.{scale_name}.supplements.{}", band.key()),
        value: s.pct.or(s.kr).unwrap_or_default(),
        source: s.source.clone(),
        source_da: s.source_da.clone(),
        cite: s.cite.clone(),
        cite_da: s.cite_da.clone(),
        verified: s.verified,
        placeholder: false,
        values: s
            .values
            .iter()
            .map(|v| Dated {
                from: v.from,
                value: v.pct.or(v.kr).unwrap_or_default(),
                source: v.source.clone(),
                source_da: v.source_da.clone(),
                cite: v.cite.clone(),
                cite_da: v.cite_da.clone(),
                verified: v.verified,
            })
            .collect(),
    }
}

impl Params {
    /// The service level of a table with one of its wage scales and area
    /// groups, before any case's overrides: made once per table. `None` when
    /// the table has no such scale, or no base wage for the group.
    #[must_use]
    pub fn standard(
        rates: &RateTable,
        scale_name: &str,
        area_group: u8,
        table: Arc<TableFigs>,
    ) -> Option<Params> {
        let sl = &rates.service_level;
        let scale = Arc::clone(rates.wage_scales.get(scale_name)?);
        let wp = format!("wage_scales.{scale_name}");
        let sp = "service_level";
        let of = |path: String, f: &Figure| Arc::new(Fig::of(path, f));
        let (base, group) = scale.base_hourly.of_group(area_group)?;
        let base_path = match group {
            Some(g) => format!("{wp}.base_hourly.group_{g}"),
            None => format!("{wp}.base_hourly"),
        };
        Some(Params {
            base_hourly: of(base_path, base),
            area_group: group,
            pension_pct: of(format!("{wp}.pension_pct"), &scale.pension_pct),
            pension_time_pct: scale
                .pension_time_supplements_pct
                .as_ref()
                .map(|f| of(format!("{wp}.pension_time_supplements_pct"), f)),
            holiday_pct: of(format!("{wp}.holiday_pct"), &scale.holiday_pct),
            standby_pct: match &sl.standby_pct {
                Some(f) => of(format!("{sp}.standby_pct"), f),
                None => of(format!("{wp}.standby_pct"), &scale.standby_pct),
            },
            supplements: Band::ALL.map(|b| Arc::new(supplement_fig(scale_name, &scale, b))),
            general_supplement_pct: of(
                format!("{sp}.general_supplement_pct"),
                &sl.general_supplement_pct,
            ),
            weeks_per_year: of(format!("{sp}.weeks_per_year"), &sl.weeks_per_year),
            mus_hours: of(format!("{sp}.mus_hours"), &sl.mus_hours),
            staff_meeting_hours: of(format!("{sp}.staff_meeting_hours"), &sl.staff_meeting_hours),
            admin_pct: of(format!("{sp}.admin_pct"), &sl.admin_pct),
            admin_per_hour: of(format!("{sp}.admin_per_hour"), &sl.admin_per_hour),
            payroll_per_payslip: of(format!("{sp}.payroll_per_payslip"), &sl.payroll_per_payslip),
            other_costs: of(format!("{sp}.other_costs"), &sl.other_costs),
            respirator_region_pct: of(
                format!("{sp}.respirator_region_pct"),
                &sl.respirator_region_pct,
            ),
            cap_hourly: sl
                .cap_hourly
                .as_ref()
                .map(|f| of(format!("{sp}.cap_hourly"), f)),
            admin_model: sl.admin_model,
            scale_name: scale_name.to_string(),
            scale,
            table,
            deviations: Vec::new(),
        })
    }

    /// The standard service level of a table: its own wage scale.
    #[must_use]
    pub fn of_table(rates: &RateTable) -> Option<Params> {
        let table = Arc::new(TableFigs::of(rates));
        let sl = &rates.service_level;
        Params::standard(rates, &sl.wage_scale, sl.area_group, table)
    }

    /// Resolve the service level for one case: the table's standard, then
    /// the case's `[override]` on top, each override recorded as a deviation.
    pub fn resolve(
        rates: &RateTable,
        standard: &Params,
        case: &Case,
    ) -> Result<Params, InputError> {
        let o = &case.file.overrides;
        let mut deviations = Vec::new();
        let scale_name = wage_scale(rates, case, &mut deviations)?;
        let group = area_group(rates, case, &mut deviations);
        let mut p = if scale_name == standard.scale_name && group == rates.service_level.area_group
        {
            standard.clone()
        } else {
            Params::standard(rates, &scale_name, group, Arc::clone(&standard.table))
                .ok_or_else(|| no_base_wage(rates, case, &scale_name, group))?
        };
        let sl = &rates.service_level;
        let mut pick = |key: &str, over: Option<Decimal>, standard: &mut Arc<Fig>| {
            if let Some(fig) = overridden(&mut deviations, key, over, standard) {
                *standard = fig;
            }
        };
        pick("standby_pct", o.standby_pct, &mut p.standby_pct);
        pick(
            "general_supplement_pct",
            o.general_supplement_pct,
            &mut p.general_supplement_pct,
        );
        pick("weeks_per_year", o.weeks_per_year, &mut p.weeks_per_year);
        pick("mus_hours", o.mus_hours, &mut p.mus_hours);
        pick(
            "staff_meeting_hours",
            o.staff_meeting_hours,
            &mut p.staff_meeting_hours,
        );
        pick("admin_pct", o.admin_pct, &mut p.admin_pct);
        pick("admin_per_hour", o.admin_per_hour, &mut p.admin_per_hour);
        pick(
            "payroll_per_payslip",
            o.payroll_per_payslip,
            &mut p.payroll_per_payslip,
        );
        pick("other_costs", o.other_costs, &mut p.other_costs);
        pick(
            "respirator_region_pct",
            o.respirator_region_pct,
            &mut p.respirator_region_pct,
        );
        if let Some(fig) = cap_hourly(&mut deviations, o.cap_hourly, sl.cap_hourly.as_ref()) {
            p.cap_hourly = Some(fig);
        }
        p.admin_model = admin_model(&mut deviations, o.admin_model, sl.admin_model);
        p.deviations = deviations;
        Ok(p)
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

/// The case's områdetillægsgruppe: the service level's, or the one
/// `[override]` gives, a deviation (VEJ pkt. 61).
fn area_group(rates: &RateTable, case: &Case, deviations: &mut Vec<Deviation>) -> u8 {
    let standard = rates.service_level.area_group;
    match case.file.overrides.area_group {
        Some(g) => {
            deviations.push(Deviation {
                key: "area_group".into(),
                standard: Some(standard.to_string()),
                case: g.to_string(),
            });
            g
        }
        None => standard,
    }
}

/// A wage scale by area group without a base wage for the group asked for.
fn no_base_wage(rates: &RateTable, case: &Case, scale: &str, group: u8) -> InputError {
    let known: Vec<String> = rates
        .wage_scales
        .get(scale)
        .map(|s| {
            s.base_hourly
                .figures()
                .iter()
                .map(|(k, _)| k.trim_start_matches(".group_").to_string())
                .collect()
        })
        .unwrap_or_default();
    let key = if case.file.overrides.area_group.is_some() {
        "override.area_group"
    } else {
        "override.wage_scale"
    };
    case.error(
        key,
        "the wage scale has no base wage for this områdetillægsgruppe",
    )
    .found(format!("områdetillægsgruppe {group} in wage scale {scale}"))
    .allowed(format!(
        "an area group the scale gives: {}",
        known.join(", ")
    ))
}

/// A figure the case may override: the case's value, recorded as a
/// deviation from the standard (VEJ pkt. 61), or `None` to keep the standard.
fn overridden(
    deviations: &mut Vec<Deviation>,
    key: &str,
    over: Option<Decimal>,
    standard: &Fig,
) -> Option<Arc<Fig>> {
    let v = over?;
    deviations.push(Deviation {
        key: key.into(),
        standard: Some(standard.value.normalize().to_string()),
        case: v.normalize().to_string(),
    });
    Some(Arc::new(Fig::case(&format!("override.{key}"), v)))
}

/// The municipality's cap per hour (BEK § 3 stk. 4), which the case may set
/// where the service level has none: a deviation either way; `None` keeps
/// the standard.
fn cap_hourly(
    deviations: &mut Vec<Deviation>,
    over: Option<Decimal>,
    standard: Option<&Figure>,
) -> Option<Arc<Fig>> {
    let v = over?;
    deviations.push(Deviation {
        key: "cap_hourly".into(),
        standard: standard.map(|f| f.value.normalize().to_string()),
        case: v.normalize().to_string(),
    });
    Some(Arc::new(Fig::case("override.cap_hourly", v)))
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
