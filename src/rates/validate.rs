//! Checks on a merged rate table beyond its types: ranges, sums, times,
//! the keys each choice needs.

use chrono::Datelike;
use rust_decimal::Decimal;

use super::dated::Figure;
use super::figures::{
    ContributionBasis, RateTable, ServiceLevel, Task, TaskCondition, TaskUnit, Windows,
};
use crate::case::Band;
use crate::error::{InputError, Source};

const MAX_FIGURE: i64 = crate::case::bounds::MAX_AMOUNT;

/// Where dated values are allowed: the figures the wage budget splits the
/// year by (SPEC 4). Every other figure holds for the whole grant year.
const DATED_ALLOWED: &str = "dated `values` are allowed for wage_scales.<name>.base_hourly (or its group_0 … group_4), wage_scales.<name>.standby_pct, wage_scales.<name>.supplements.<band>, service_level.general_supplement_pct and service_level.standby_pct; give every other figure one `value` for the year";

/// Dated values: inside the table's year, the first on 1 January (so every
/// day of the year has a value), the dates strictly increasing.
fn check_dates(
    src: &Source,
    year: u16,
    path: &str,
    dates: &[chrono::NaiveDate],
) -> Result<(), InputError> {
    let y = i32::from(year);
    for (i, d) in dates.iter().enumerate() {
        let at = format!("{path}.values[{i}].from");
        let shown = d.format("%Y-%m-%d").to_string();
        if d.year() != y {
            return Err(src
                .error_at(&at, "a dated value outside the table's year")
                .found(shown)
                .allowed(format!("a date in {y}, the table's `year`")));
        }
        if i == 0 && d.ordinal() != 1 {
            return Err(src
                .error_at(&at, "the first dated value must start on 1 January, so that every day of the year has a value")
                .found(shown)
                .allowed(format!("{y}-01-01 for the first value; later values from the date they change")));
        }
        if i > 0 && *d <= dates[i - 1] {
            return Err(src
                .error_at(
                    &at,
                    "dated values must be in strictly increasing date order",
                )
                .found(format!("{shown} after {}", dates[i - 1].format("%Y-%m-%d")))
                .allowed(format!("a date after {}", dates[i - 1].format("%Y-%m-%d"))));
        }
    }
    Ok(())
}

/// Whether the figure at `path` may have dated values.
fn may_be_dated(path: &[&str]) -> bool {
    matches!(
        path,
        ["wage_scales", _, "base_hourly" | "standby_pct"]
            | [
                "wage_scales",
                _,
                "base_hourly",
                "group_0" | "group_1" | "group_2" | "group_3" | "group_4"
            ]
            | ["wage_scales", _, "supplements", _]
            | ["service_level", "general_supplement_pct" | "standby_pct"]
    )
}

/// Dated `values` anywhere but on the figures that may have them, found in
/// the merged TOML before its types are read, so that a contribution's
/// `values` gets the same clear answer as a pension percent's.
pub(super) fn check_dated_places(table: &toml::Table, src: &Source) -> Result<(), InputError> {
    fn walk<'a>(
        t: &'a toml::Table,
        path: &mut Vec<&'a str>,
        src: &Source,
    ) -> Result<(), InputError> {
        if t.contains_key("values") && !may_be_dated(path) {
            return Err(src
                .error_at(&path.join("."), "this figure cannot have dated values")
                .found("values = [...]")
                .allowed(DATED_ALLOWED));
        }
        for (k, v) in t {
            if let toml::Value::Table(child) = v {
                path.push(k);
                walk(child, path, src)?;
                path.pop();
            }
        }
        Ok(())
    }
    walk(table, &mut Vec::new(), src)
}

/// A figure's path in the table and its value, for the range check.
type Figures = Vec<(String, Decimal)>;

/// Check a merged rate table table by table; the first problem found is the
/// error, and every figure is range-checked last.
pub(super) fn validate(t: &RateTable, src: &Source) -> Result<(), InputError> {
    use crate::case::bounds::{MAX_YEAR, MIN_YEAR};
    if !(MIN_YEAR..=MAX_YEAR).contains(&t.year) {
        return Err(src
            .error_at("year", "number out of range")
            .found(t.year.to_string())
            .allowed(format!("a grant year from {MIN_YEAR} to {MAX_YEAR}")));
    }
    let mut figures = Figures::new();
    dated_supplements(t, src, &mut figures)?;
    dated_figures(t, src, &mut figures)?;
    wage_scale_figures(t, src, &mut figures)?;
    windows(t, src)?;
    week_profile(t, src, &mut figures)?;
    contributions(t, src, &mut figures)?;
    employer_tasks(t, src, &mut figures)?;
    service_level(t, src, &mut figures)?;
    in_range(&figures, src)
}

/// A supplement is a percent of the base wage or kroner per hour: exactly
/// one of `pct` and `kr` (BEK § 5).
fn pct_or_kr(
    src: &Source,
    path: &str,
    pct: Option<Decimal>,
    kr: Option<Decimal>,
) -> Result<Decimal, InputError> {
    match (pct, kr) {
        (Some(x), None) | (None, Some(x)) => Ok(x),
        _ => Err(src
            .error_at(path, "a supplement needs exactly one of `pct` and `kr`")
            .allowed("pct = 30 (percent of the base wage) or kr = 25.50 (kroner per hour)")),
    }
}

/// The wage scales' dated band supplements (BEK § 5, SPEC 4): their dates,
/// and each value one of `pct` and `kr`.
fn dated_supplements(t: &RateTable, src: &Source, figures: &mut Figures) -> Result<(), InputError> {
    for (name, w) in &t.wage_scales {
        for b in Band::ALL {
            let s = w.supplements.get(b);
            let path = format!("wage_scales.{name}.supplements.{}", b.key());
            let dates: Vec<_> = s.values.iter().map(|v| v.from).collect();
            check_dates(src, t.year, &path, &dates)?;
            for (i, v) in s.values.iter().enumerate() {
                let at = format!("{path}.values[{i}]");
                let x = pct_or_kr(src, &at, v.pct, v.kr)?;
                figures.push((at, x));
            }
        }
    }
    Ok(())
}

/// The other figures that may be dated (SPEC 4; check_dated_places rejects
/// the rest): their dates, and each dated value.
fn dated_figures(t: &RateTable, src: &Source, figures: &mut Figures) -> Result<(), InputError> {
    let mut dated: Vec<(String, &Figure)> = Vec::new();
    for (name, w) in &t.wage_scales {
        let p = format!("wage_scales.{name}");
        for (key, f) in w.base_hourly.figures() {
            dated.push((format!("{p}.base_hourly{key}"), f));
        }
        dated.push((format!("{p}.standby_pct"), &w.standby_pct));
    }
    let sl = &t.service_level;
    dated.push((
        "service_level.general_supplement_pct".into(),
        &sl.general_supplement_pct,
    ));
    if let Some(f) = &sl.standby_pct {
        dated.push(("service_level.standby_pct".into(), f));
    }
    for (path, f) in &dated {
        let dates: Vec<_> = f.values.iter().map(|v| v.from).collect();
        check_dates(src, t.year, path, &dates)?;
        for (i, v) in f.values.iter().enumerate() {
            figures.push((format!("{path}.values[{i}].value"), v.value));
        }
    }
    Ok(())
}

/// The wage scales' figures (BEK § 5): base wage, standby, pension, holiday
/// pay, and each band supplement one of `pct` and `kr`.
fn wage_scale_figures(
    t: &RateTable,
    src: &Source,
    figures: &mut Figures,
) -> Result<(), InputError> {
    for (name, w) in &t.wage_scales {
        for (key, f) in w.base_hourly.figures() {
            figures.push((format!("wage_scales.{name}.base_hourly{key}"), f.value));
        }
        let time = w.pension_time_supplements_pct.as_ref();
        for (k, f) in [
            ("standby_pct", Some(&w.standby_pct)),
            ("pension_pct", Some(&w.pension_pct)),
            ("pension_time_supplements_pct", time),
            ("holiday_pct", Some(&w.holiday_pct)),
        ] {
            if let Some(f) = f {
                figures.push((format!("wage_scales.{name}.{k}"), f.value));
            }
        }
        for b in Band::ALL {
            let s = w.supplements.get(b);
            let path = format!("wage_scales.{name}.supplements.{}", b.key());
            let v = pct_or_kr(src, &path, s.pct, s.kr)?;
            figures.push((path, v));
        }
    }
    Ok(())
}

/// The wage scales' band windows from their working-time agreements: times
/// on quarter hours, half days as dates, supplements per part of an hour.
fn windows(t: &RateTable, src: &Source) -> Result<(), InputError> {
    for (name, w) in &t.wage_scales {
        let Some(win) = &w.windows else { continue };
        let base = format!("wage_scales.{name}.windows");
        window_times(win, &base, src)?;
        part_days(win, &base, src)?;
        if win.started_minutes > 60 || (win.started_minutes > 0 && 60 % win.started_minutes != 0) {
            return Err(src
                .error_at(&format!("{base}.started_minutes"), "not a part of an hour")
                .found(win.started_minutes.to_string())
                .allowed("0 (exact minutes), 15, 30 or 60"));
        }
    }
    Ok(())
}

/// Every window's `from` and `to`, and each part day's `from`: a time on a quarter hour.
fn window_times(win: &Windows, base: &str, src: &Source) -> Result<(), InputError> {
    let mut times: Vec<(String, &String)> = Vec::new();
    for b in Band::ALL {
        for (i, x) in win.of(b).iter().enumerate() {
            times.push((format!("{base}.{}[{i}].from", b.key()), &x.from));
            times.push((format!("{base}.{}[{i}].to", b.key()), &x.to));
        }
    }
    for (i, p) in win.part_days.iter().enumerate() {
        times.push((format!("{base}.part_days[{i}].from"), &p.from));
    }
    for (path, text) in times {
        if crate::case::quarter_minutes(text).is_none() {
            return Err(src
                .error_at(&path, "not a time on a quarter hour")
                .found(format!("\"{text}\""))
                .allowed("\"HH:MM\" from \"00:00\" to \"24:00\", minutes 00, 15, 30 or 45"));
        }
    }
    Ok(())
}

/// The part days: each a date (`MM-DD`) of any year.
fn part_days(win: &Windows, base: &str, src: &Source) -> Result<(), InputError> {
    for (i, p) in win.part_days.iter().enumerate() {
        let d = &p.day;
        let ok = d.split_once('-').is_some_and(|(m, day)| {
            m.len() == 2
                && day.len() == 2
                && chrono::NaiveDate::from_ymd_opt(
                    2024,
                    m.parse().unwrap_or(0),
                    day.parse().unwrap_or(0),
                )
                .is_some()
        });
        if !ok {
            return Err(src
                .error_at(&format!("{base}.part_days[{i}].day"), "not a date")
                .found(format!("\"{d}\""))
                .allowed("\"MM-DD\", e.g. \"05-01\" for 1 May"));
        }
    }
    Ok(())
}

/// The week profile (SPEC 3.2): one week of 168 hours over the bands.
fn week_profile(t: &RateTable, src: &Source, figures: &mut Figures) -> Result<(), InputError> {
    let profile: Decimal = t.week_profile.map().iter().sum();
    if profile != Decimal::from(168) {
        return Err(src
            .error_at("week_profile", "the week profile must add up to 168 hours")
            .found(format!("{} h", profile.normalize()))
            .allowed("five band figures that sum to 168"));
    }
    for b in Band::ALL {
        figures.push((
            format!("week_profile.{}", b.key()),
            t.week_profile.map()[b as usize],
        ));
    }
    Ok(())
}

/// The statutory contributions (BEK § 5 stk. 5, KL 3.4.3): ATP's brackets,
/// or every other basis's rate.
fn contributions(t: &RateTable, src: &Source, figures: &mut Figures) -> Result<(), InputError> {
    for (name, c) in &t.contributions {
        let path = format!("contributions.{name}");
        if c.basis == ContributionBasis::AtpBrackets {
            let Some(brackets) = c.brackets.as_ref().filter(|b| !b.is_empty()) else {
                return Err(src
                    .error_at(&path, "basis \"atp_brackets\" needs `brackets`")
                    .allowed("brackets = [{ min_hours = 117, monthly = 198.00 }, …]"));
            };
            for (i, b) in brackets.iter().enumerate() {
                figures.push((format!("{path}.brackets[{i}].min_hours"), b.min_hours));
                figures.push((format!("{path}.brackets[{i}].monthly"), b.monthly));
            }
        } else {
            match c.rate {
                Some(r) => figures.push((format!("{path}.rate"), r)),
                None => {
                    return Err(src
                        .error_at(&path, "this contribution needs a `rate`")
                        .allowed("a number, in the unit its basis names"));
                }
            }
        }
    }
    Ok(())
}

/// The employer-task catalogue and its hourly rate (BEK § 8, KL tabel 5,
/// bilag 1): the AC share a percent, each task the keys its unit needs.
fn employer_tasks(t: &RateTable, src: &Source, figures: &mut Figures) -> Result<(), InputError> {
    let et = &t.employer_tasks;
    for (k, f) in [
        ("ac_hourly", &et.ac_hourly),
        ("hk_hourly", &et.hk_hourly),
        ("ac_share_pct", &et.ac_share_pct),
        ("index_factor", &et.index_factor),
    ] {
        figures.push((format!("employer_tasks.{k}"), f.value));
    }
    if et.ac_share_pct.value > Decimal::ONE_HUNDRED {
        return Err(src
            .error_at("employer_tasks.ac_share_pct", "a share above 100 %")
            .allowed("a percent from 0 to 100"));
    }
    for (scheme, tasks) in [("kt", &et.kt), ("bpa", &et.bpa)] {
        for (i, task) in tasks.iter().enumerate() {
            employer_task(task, &format!("employer_tasks.{scheme}[{i}]"), src, figures)?;
        }
    }
    Ok(())
}

/// One task of KL bilag 1: a share where its condition is one, and the
/// applicants and rounds its unit counts.
fn employer_task(
    task: &Task,
    path: &str,
    src: &Source,
    figures: &mut Figures,
) -> Result<(), InputError> {
    if let Some(m) = task.minutes {
        figures.push((format!("{path}.minutes"), m));
    }
    if task.condition == TaskCondition::Share && task.share.is_none_or(|s| s > Decimal::ONE) {
        return Err(src
            .error_at(
                path,
                "condition \"share\" needs `share`, a fraction from 0 to 1",
            )
            .allowed("share = 0.5"));
    }
    let by_year = task.condition == TaskCondition::ShareByTransferYear;
    let shares_ok = task
        .shares
        .as_ref()
        .is_some_and(|s| s.len() == 3 && s.iter().all(|v| v.0 <= Decimal::ONE));
    if by_year != task.shares.is_some() || by_year && !shares_ok {
        return Err(src
            .error_at(
                path,
                "`shares` goes with condition \"share_by_transfer_year\" only: three fractions from 0 to 1",
            )
            .found(match &task.shares {
                Some(s) => format!("shares with {} values, condition {:?}", s.len(), task.condition),
                None => "no shares".to_string(),
            })
            .allowed("condition = \"share_by_transfer_year\" with shares = [0.0, 0.3, 0.4] (transfer year 1, 2, 3 and later)"));
    }
    for (i, v) in task.shares.iter().flatten().enumerate() {
        figures.push((format!("{path}.shares[{i}]"), v.0));
    }
    let needs = match task.unit {
        TaskUnit::PerApplicantRound => {
            vec![("applicants", task.applicants), ("rounds", task.rounds)]
        }
        TaskUnit::PerRound => vec![("rounds", task.rounds)],
        _ => vec![],
    };
    for (k, v) in needs {
        match v {
            Some(v) => figures.push((format!("{path}.{k}"), v)),
            None => {
                return Err(src
                    .error_at(path, "this task's unit needs more keys")
                    .found(format!("no `{k}`"))
                    .allowed(
                        "applicants and rounds for per_applicant_round, rounds for per_round",
                    ));
            }
        }
    }
    Ok(())
}

/// The municipality's service level (KL 3.4.1, VEJ pkt. 61): a wage scale
/// the table has, and weeks in a year.
fn service_level(t: &RateTable, src: &Source, figures: &mut Figures) -> Result<(), InputError> {
    let sl = &t.service_level;
    if !t.wage_scales.contains_key(&sl.wage_scale) {
        return Err(src
            .error_at("service_level.wage_scale", "no wage scale with that name")
            .found(format!("\"{}\"", sl.wage_scale))
            .allowed(t.wage_scales.keys().cloned().collect::<Vec<_>>().join(", ")));
    }
    let group = sl.area_group;
    let scale = &t.wage_scales[&sl.wage_scale];
    if usize::from(group) >= super::AREA_GROUPS || scale.base_hourly.of_group(group).is_none() {
        let known: Vec<String> = scale
            .base_hourly
            .figures()
            .iter()
            .map(|(k, _)| k.trim_start_matches(".group_").to_string())
            .collect();
        return Err(src
            .error_at(
                "service_level.area_group",
                "no base wage for this områdetillægsgruppe",
            )
            .found(group.to_string())
            .allowed(format!(
                "an områdetillægsgruppe the wage scale {} gives: {}",
                sl.wage_scale,
                known.join(", ")
            )));
    }
    for (k, f) in service_figures(sl) {
        figures.push((format!("service_level.{k}"), f.value));
    }
    if sl.weeks_per_year.value < Decimal::ONE || sl.weeks_per_year.value > Decimal::from(53) {
        return Err(src
            .error_at("service_level.weeks_per_year", "number out of range")
            .found(sl.weeks_per_year.value.to_string())
            .allowed("weeks from 1 to 53"));
    }
    Ok(())
}

/// Every figure from 0 to a billion, the first out of range the error.
fn in_range(figures: &Figures, src: &Source) -> Result<(), InputError> {
    for (path, v) in figures {
        if v.is_sign_negative() && !v.is_zero() || *v > Decimal::from(MAX_FIGURE) {
            return Err(src
                .error_at(path, "number out of range")
                .found(v.normalize().to_string())
                .allowed("a number from 0 to 1,000,000,000"));
        }
    }
    Ok(())
}

fn service_figures(sl: &ServiceLevel) -> Vec<(&'static str, &Figure)> {
    let mut v = vec![
        ("general_supplement_pct", &sl.general_supplement_pct),
        ("weeks_per_year", &sl.weeks_per_year),
        ("mus_hours", &sl.mus_hours),
        ("staff_meeting_hours", &sl.staff_meeting_hours),
        ("admin_pct", &sl.admin_pct),
        ("admin_per_hour", &sl.admin_per_hour),
        ("payroll_per_payslip", &sl.payroll_per_payslip),
        ("other_costs", &sl.other_costs),
        ("respirator_region_pct", &sl.respirator_region_pct),
    ];
    if let Some(f) = &sl.standby_pct {
        v.push(("standby_pct", f));
    }
    if let Some(f) = &sl.cap_hourly {
        v.push(("cap_hourly", f));
    }
    v
}
