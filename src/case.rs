//! The case file (SPEC 2): one citizen's decision, parsed and validated.
//! A [`Case`] that exists is valid; nothing downstream checks it again.

use std::path::Path;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{InputError, Source};

/// The five time bands of the need (SPEC 3); wage scales price each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    WeekdayDay,
    WeekdayEvening,
    WeekdayNight,
    Saturday,
    SundayHoliday,
}

impl Band {
    pub const ALL: [Band; 5] = [
        Band::WeekdayDay,
        Band::WeekdayEvening,
        Band::WeekdayNight,
        Band::Saturday,
        Band::SundayHoliday,
    ];

    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Band::WeekdayDay => "weekday_day",
            Band::WeekdayEvening => "weekday_evening",
            Band::WeekdayNight => "weekday_night",
            Band::Saturday => "saturday",
            Band::SundayHoliday => "sunday_holiday",
        }
    }
}

/// One value per band, indexed by [`Band`].
pub type BandMap = [Decimal; 5];

/// Hours per week by band, as written in `[need]` and `[deduct]`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BandHours {
    #[serde(default)]
    pub weekday_day: Decimal,
    #[serde(default)]
    pub weekday_evening: Decimal,
    #[serde(default)]
    pub weekday_night: Decimal,
    #[serde(default)]
    pub saturday: Decimal,
    #[serde(default)]
    pub sunday_holiday: Decimal,
}

impl BandHours {
    #[must_use]
    pub fn map(&self) -> BandMap {
        [
            self.weekday_day,
            self.weekday_evening,
            self.weekday_night,
            self.saturday,
            self.sunday_holiday,
        ]
    }
}

/// A day in a `[[schedule]]` entry: a weekday, or a group of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScheduleDay {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
    /// Monday to Friday.
    Weekdays,
    /// Saturday and Sunday.
    Weekend,
    /// Every day.
    Daily,
}

impl ScheduleDay {
    /// Whether this day or group includes a weekday (0 = Monday … 6 = Sunday).
    #[must_use]
    pub fn covers(self, weekday: u32) -> bool {
        match self {
            ScheduleDay::Weekdays => weekday < 5,
            ScheduleDay::Weekend => weekday >= 5,
            ScheduleDay::Daily => true,
            day => day as u32 == weekday,
        }
    }
}

/// One `[[schedule]]` entry: helpers at once on some days from one time to
/// another; `to` at or before `from` runs past midnight.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Shift {
    pub days: Vec<ScheduleDay>,
    pub from: String,
    pub to: String,
    #[serde(default = "one")]
    pub helpers: u32,
}

fn one() -> u32 {
    1
}

/// A schedule time `HH:MM` on a quarter hour, 00:00–24:00, in minutes.
#[must_use]
pub fn quarter_minutes(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    let total = h * 60 + m;
    (m < 60 && m % 15 == 0 && total <= 24 * 60).then_some(total)
}

impl CaseFile {
    /// The weekly need by band from `[need]` (zero for a schedule case).
    #[must_use]
    pub fn need_weekly(&self) -> BandMap {
        self.need.as_ref().map(BandHours::map).unwrap_or_default()
    }

    /// The relative recipient cares personally outside any employment
    /// (`kt-relative` with the relative as employer, AST 26-17). After a
    /// transfer to an association or company the relative is employed there
    /// like the helpers (VEJ pkt. 16–18).
    #[must_use]
    pub fn relative_unemployed(&self) -> bool {
        self.scheme == Scheme::KtRelative && self.employer == Employer::Relative
    }

    /// The hours of one typical week of the schedule: each shift's length ×
    /// the weekdays it covers × helpers at once (SEL § 95 stk. 2's 20 hours are
    /// counted on this week, not on a calendar average).
    #[must_use]
    pub fn schedule_week_hours(&self) -> Decimal {
        let mut minutes = 0u64;
        for s in &self.schedule {
            let (Some(from), Some(to)) = (quarter_minutes(&s.from), quarter_minutes(&s.to)) else {
                continue;
            };
            let length = if to > from {
                to - from
            } else {
                to + 24 * 60 - from
            };
            let days = (0..7)
                .filter(|d| s.days.iter().any(|x| x.covers(*d)))
                .count();
            minutes += u64::from(length) * days as u64 * u64::from(s.helpers);
        }
        Decimal::from(minutes) / Decimal::from(60)
    }
}

/// SEL § 96 (BPA), § 95 stk. 2 (KT) or § 95 stk. 3 (KT paid to a relative).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scheme {
    Bpa,
    Kt,
    KtRelative,
}

impl Scheme {
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Scheme::Bpa => "bpa",
            Scheme::Kt => "kt",
            Scheme::KtRelative => "kt-relative",
        }
    }

    #[must_use]
    pub fn legal(self) -> &'static str {
        match self {
            Scheme::Bpa => "SEL § 96",
            Scheme::Kt => "SEL § 95 stk. 2",
            Scheme::KtRelative => "SEL § 95 stk. 3",
        }
    }
}

/// Who employs the helpers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Employer {
    Citizen,
    Relative,
    Association,
    Company,
}

impl Employer {
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Employer::Citizen => "citizen",
            Employer::Relative => "relative",
            Employer::Association => "association",
            Employer::Company => "company",
        }
    }

    /// An association or company employs many and is paid for employer tasks (BEK § 8).
    #[must_use]
    pub fn is_organisation(self) -> bool {
        matches!(self, Employer::Association | Employer::Company)
    }
}

/// Who runs payroll when the citizen or a relative is employer (SEL § 95 stk. 5, § 96 stk. 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payroll {
    Municipality,
    Own,
}

/// The employer-task subsidy models (SPEC 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdminModel {
    Tasks,
    Overhead,
    PerHour,
    Amount,
}

impl AdminModel {
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            AdminModel::Tasks => "tasks",
            AdminModel::Overhead => "overhead",
            AdminModel::PerHour => "per_hour",
            AdminModel::Amount => "amount",
        }
    }
}

/// Yearly additions to the hours (BEK § 1 stk. 2, VEJ pkt. 29, 67–68, KL tabel 4).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Extra {
    #[serde(default)]
    pub helpers: u32,
    #[serde(default)]
    pub new_helpers: u32,
    #[serde(default)]
    pub training_hours_per_new_helper: Decimal,
    #[serde(default)]
    pub course_hours_per_new_helper: Decimal,
    #[serde(default)]
    pub full_cover_weeks: u32,
    #[serde(default)]
    pub double_cover_weeks: u32,
    #[serde(default)]
    pub double_cover_hours: Decimal,
    #[serde(default)]
    pub pool_hours: Decimal,
    #[serde(default)]
    pub standby_hours_per_week: Decimal,
    #[serde(default)]
    pub skilled_helpers: u32,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    pub own_care_hours_per_week: Decimal,
    #[serde(default)]
    pub special_decision: bool,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Admin {
    pub model: Option<AdminModel>,
    #[serde(default)]
    pub new_or_insecure: bool,
    pub transfer_year: Option<u32>,
    pub pct: Option<Decimal>,
    pub per_hour: Option<Decimal>,
    pub amount: Option<Decimal>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OtherCosts {
    pub amount: Option<Decimal>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Offsets {
    #[serde(default)]
    pub care_allowance: Decimal,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Respirator {
    pub region_pct: Option<Decimal>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Previous {
    /// The grant per year as decided last time.
    pub annual_total: Option<Decimal>,
    /// Grant hours per year as decided last time.
    pub grant_hours: Option<Decimal>,
    /// Need after deductions, hours per week, as decided last time.
    pub weekly_need: Option<Decimal>,
}

/// Why a scheme ends before the year does (SEL §§ 96 b–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// Helper costs are covered a month after the month of death (SEL § 96 c).
    Death,
    Move,
    Other,
}

/// The grant period inside the grant year (SPEC 2, 3.8): TOML dates.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: Option<toml::value::Datetime>,
    pub to: Option<toml::value::Datetime>,
    pub end: Option<EndReason>,
}

/// A TOML date as a calendar day; `None` for a time or an impossible day.
#[must_use]
pub fn toml_day(d: &toml::value::Datetime) -> Option<chrono::NaiveDate> {
    let day = d.date?;
    if d.time.is_some() || d.offset.is_some() {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(
        i32::from(day.year),
        u32::from(day.month),
        u32::from(day.day),
    )
}

impl Period {
    #[must_use]
    pub fn from_day(&self) -> Option<chrono::NaiveDate> {
        self.from.as_ref().and_then(toml_day)
    }
    #[must_use]
    pub fn to_day(&self) -> Option<chrono::NaiveDate> {
        self.to.as_ref().and_then(toml_day)
    }
}

/// The decision the budget belongs to (SPEC 2).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The day the citizen receives the decision: the § 3 a notice and the
    /// four weeks to complain run from it. A TOML date such as `2025-02-10`.
    pub date: toml::value::Datetime,
}

impl Decision {
    /// The decision date; `None` only before validation has refused a
    /// date with a time or an impossible day.
    #[must_use]
    pub fn day(&self) -> Option<chrono::NaiveDate> {
        toml_day(&self.date)
    }
}

/// The yearly account's terms (BEK §§ 14–15).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settlement {
    /// The municipality agreed that the grant for unused hours is carried
    /// to the next year instead of repaid (BEK § 15 stk. 2, VEJ pkt. 105).
    #[serde(default)]
    pub carry_over: bool,
}

/// Service-level keys a case may override for itself (SPEC 1, VEJ pkt. 61).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub wage_scale: Option<String>,
    pub admin_model: Option<AdminModel>,
    pub general_supplement_pct: Option<Decimal>,
    pub weeks_per_year: Option<Decimal>,
    pub mus_hours: Option<Decimal>,
    pub staff_meeting_hours: Option<Decimal>,
    pub standby_pct: Option<Decimal>,
    pub admin_pct: Option<Decimal>,
    pub admin_per_hour: Option<Decimal>,
    pub payroll_per_payslip: Option<Decimal>,
    pub other_costs: Option<Decimal>,
    pub cap_hourly: Option<Decimal>,
    pub respirator_region_pct: Option<Decimal>,
}

/// The case file as written (SPEC 2).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    pub id: String,
    pub year: u16,
    pub scheme: Scheme,
    pub employer: Employer,
    pub payroll: Option<Payroll>,
    /// The case's own rate table, relative to the case file (SPEC 2).
    pub rates: Option<String>,
    /// Weekly need by band; absent when `[[schedule]]` gives the need.
    pub need: Option<BandHours>,
    /// Shifts of a typical week, turned into band hours for the calendar year.
    #[serde(default)]
    pub schedule: Vec<Shift>,
    #[serde(default)]
    pub deduct: BandHours,
    #[serde(default)]
    pub extra: Extra,
    pub relative: Option<Relative>,
    pub admin: Option<Admin>,
    pub other_costs: Option<OtherCosts>,
    #[serde(default)]
    pub offsets: Offsets,
    pub respirator: Option<Respirator>,
    pub previous: Option<Previous>,
    pub period: Option<Period>,
    pub decision: Option<Decision>,
    #[serde(default)]
    pub settlement: Settlement,
    #[serde(default, rename = "override")]
    pub overrides: Override,
}

/// A validated case: the file's content plus its text, so that later
/// findings (no helpers for employed hours) can still point at a line.
#[derive(Debug, Clone)]
pub struct Case {
    pub file: CaseFile,
    pub src: Source,
    /// Kroner amounts written with exactly three decimals: key, as written (SPEC 2).
    pub three_decimals: Vec<(String, String)>,
}

/// The kroner amounts of a case, for the three-decimals warning (SPEC 2).
const AMOUNTS: [&str; 9] = [
    "other_costs.amount",
    "offsets.care_allowance",
    "admin.amount",
    "admin.per_hour",
    "previous.annual_total",
    "override.other_costs",
    "override.cap_hourly",
    "override.payroll_per_payslip",
    "override.admin_per_hour",
];

/// Largest hour figure accepted for a yearly key: the hours of a leap year.
const MAX_YEAR_HOURS: i64 = 8784;
/// Largest count of helpers or weeks accepted.
const MAX_COUNT: u32 = 10_000;
/// Largest money amount accepted, in kroner per year.
const MAX_AMOUNT: i64 = 1_000_000_000;

impl Case {
    /// Read and validate a case file.
    pub fn read(path: &Path) -> Result<Case, InputError> {
        Case::parse(Source::read(path)?)
    }

    /// Parse and validate case-file text.
    pub fn parse(src: Source) -> Result<Case, InputError> {
        let three_decimals = src.check_case(&AMOUNTS)?;
        let file: CaseFile = src.deserialize_checked()?;
        let case = Case {
            file,
            src,
            three_decimals,
        };
        case.validate()?;
        Ok(case)
    }

    /// An error about one key of this case.
    pub fn error(&self, path: &str, problem: impl Into<String>) -> InputError {
        self.src.error_at(path, problem)
    }

    /// `[[schedule]]` instead of `[need]`: days, quarter-hour times, helpers.
    fn validate_schedule(&self) -> Result<(), InputError> {
        let f = &self.file;
        if f.schedule.is_empty() {
            return Ok(());
        }
        if f.need.is_some() {
            return Err(self
                .error(
                    "need",
                    "the need is given twice: as [need] and as [[schedule]]",
                )
                .allowed(
                    "either [need] (hours per week by band) or [[schedule]] (shifts), not both",
                ));
        }
        for (i, shift) in f.schedule.iter().enumerate() {
            if shift.days.is_empty() {
                return Err(self
                    .error(&format!("schedule[{i}].days"), "no days given")
                    .allowed("days such as [\"mon\", \"wed\"], [\"weekdays\"], [\"weekend\"] or [\"daily\"]"));
            }
            for (key, text) in [("from", &shift.from), ("to", &shift.to)] {
                let ok = quarter_minutes(text).is_some_and(|m| key == "to" || m < 24 * 60);
                if !ok {
                    return Err(self
                        .error(&format!("schedule[{i}].{key}"), "not a time on a quarter hour")
                        .found(format!("\"{text}\""))
                        .allowed(if key == "from" {
                            "\"HH:MM\" from \"00:00\" to \"23:45\", minutes 00, 15, 30 or 45"
                        } else {
                            "\"HH:MM\" from \"00:00\" to \"24:00\", minutes 00, 15, 30 or 45; at or before `from` runs past midnight"
                        }));
                }
            }
            if !(1..=20).contains(&shift.helpers) {
                return Err(self
                    .error(&format!("schedule[{i}].helpers"), "number out of range")
                    .found(shift.helpers.to_string())
                    .allowed("helpers at once, from 1 to 20"));
            }
        }
        Ok(())
    }

    fn validate(&self) -> Result<(), InputError> {
        let f = &self.file;
        if f.id.trim().is_empty() {
            return Err(self
                .error("id", "the case id is empty")
                .allowed("any non-empty text"));
        }
        if let Some(d) = &f.decision
            && d.day().is_none()
        {
            return Err(self
                .error("decision.date", "not a calendar date")
                .found(d.date.to_string())
                .allowed("a date without a time, such as 2025-02-10"));
        }
        let hundred = Decimal::ONE_HUNDRED;
        let week = Decimal::from(168);
        let year_hours = Decimal::from(MAX_YEAR_HOURS);
        let amount = Decimal::from(MAX_AMOUNT);
        let mut checks: Vec<(String, Decimal, Decimal, &str)> = Vec::new();
        for b in Band::ALL {
            let i = b as usize;
            checks.push((
                format!("need.{}", b.key()),
                f.need_weekly()[i],
                week,
                "hours per week from 0 to 168",
            ));
            checks.push((
                format!("deduct.{}", b.key()),
                f.deduct.map()[i],
                week,
                "hours per week from 0 to 168",
            ));
        }
        let x = &f.extra;
        for (key, v) in [
            (
                "training_hours_per_new_helper",
                x.training_hours_per_new_helper,
            ),
            ("course_hours_per_new_helper", x.course_hours_per_new_helper),
            ("double_cover_hours", x.double_cover_hours),
            ("pool_hours", x.pool_hours),
        ] {
            checks.push((
                format!("extra.{key}"),
                v,
                year_hours,
                "hours per year from 0 to 8784",
            ));
        }
        checks.push((
            "extra.standby_hours_per_week".into(),
            x.standby_hours_per_week,
            week,
            "hours per week from 0 to 168",
        ));
        if let Some(r) = &f.relative {
            checks.push((
                "relative.own_care_hours_per_week".into(),
                r.own_care_hours_per_week,
                week,
                "hours per week from 0 to 168",
            ));
        }
        if let Some(a) = &f.admin {
            if let Some(v) = a.pct {
                checks.push(("admin.pct".into(), v, hundred, "a percent from 0 to 100"));
            }
            if let Some(v) = a.per_hour {
                checks.push((
                    "admin.per_hour".into(),
                    v,
                    amount,
                    "kroner per hour from 0 to 1,000,000,000",
                ));
            }
            if let Some(v) = a.amount {
                checks.push((
                    "admin.amount".into(),
                    v,
                    amount,
                    "kroner per year from 0 to 1,000,000,000",
                ));
            }
        }
        if let Some(v) = f.other_costs.as_ref().and_then(|o| o.amount) {
            checks.push((
                "other_costs.amount".into(),
                v,
                amount,
                "kroner per year from 0 to 1,000,000,000",
            ));
        }
        checks.push((
            "offsets.care_allowance".into(),
            f.offsets.care_allowance,
            amount,
            "kroner per year from 0 to 1,000,000,000",
        ));
        if let Some(v) = f.respirator.as_ref().and_then(|r| r.region_pct) {
            checks.push((
                "respirator.region_pct".into(),
                v,
                hundred,
                "a percent from 0 to 100",
            ));
        }
        if let Some(p) = &f.previous {
            for (key, v, max, allowed) in [
                (
                    "annual_total",
                    p.annual_total,
                    amount,
                    "kroner per year from 0 to 1,000,000,000",
                ),
                (
                    "grant_hours",
                    p.grant_hours,
                    year_hours * Decimal::from(20),
                    "hours per year from 0 to 175,680",
                ),
                (
                    "weekly_need",
                    p.weekly_need,
                    week,
                    "hours per week from 0 to 168",
                ),
            ] {
                if let Some(v) = v {
                    checks.push((format!("previous.{key}"), v, max, allowed));
                }
            }
        }
        let o = &f.overrides;
        for (key, v, max, allowed) in [
            (
                "general_supplement_pct",
                o.general_supplement_pct,
                hundred,
                "a percent from 0 to 100",
            ),
            (
                "weeks_per_year",
                o.weeks_per_year,
                Decimal::from(53),
                "weeks from 1 to 53",
            ),
            (
                "mus_hours",
                o.mus_hours,
                year_hours,
                "hours per helper per year",
            ),
            (
                "staff_meeting_hours",
                o.staff_meeting_hours,
                year_hours,
                "hours per helper per year",
            ),
            (
                "standby_pct",
                o.standby_pct,
                hundred,
                "a percent from 0 to 100",
            ),
            ("admin_pct", o.admin_pct, hundred, "a percent from 0 to 100"),
            (
                "admin_per_hour",
                o.admin_per_hour,
                amount,
                "kroner per hour from 0 to 1,000,000,000",
            ),
            (
                "payroll_per_payslip",
                o.payroll_per_payslip,
                amount,
                "kroner per payslip from 0 to 1,000,000,000",
            ),
            (
                "other_costs",
                o.other_costs,
                amount,
                "kroner per year from 0 to 1,000,000,000",
            ),
            (
                "cap_hourly",
                o.cap_hourly,
                amount,
                "kroner per hour from 0 to 1,000,000,000",
            ),
            (
                "respirator_region_pct",
                o.respirator_region_pct,
                hundred,
                "a percent from 0 to 100",
            ),
        ] {
            if let Some(v) = v {
                checks.push((format!("override.{key}"), v, max, allowed));
            }
        }
        for (path, value, max, allowed) in checks {
            if value.is_sign_negative() && !value.is_zero() || value > max {
                return Err(self
                    .error(&path, "number out of range")
                    .found(value.normalize().to_string())
                    .allowed(allowed));
            }
        }
        if o.weeks_per_year.is_some_and(|w| w < Decimal::ONE) {
            return Err(self
                .error("override.weeks_per_year", "number out of range")
                .allowed("weeks from 1 to 53"));
        }
        for (key, v) in [
            ("helpers", x.helpers),
            ("new_helpers", x.new_helpers),
            ("full_cover_weeks", x.full_cover_weeks),
            ("double_cover_weeks", x.double_cover_weeks),
            ("skilled_helpers", x.skilled_helpers),
        ] {
            let max = if key.ends_with("cover_weeks") {
                53
            } else {
                MAX_COUNT
            };
            if v > max {
                return Err(self
                    .error(&format!("extra.{key}"), "number out of range")
                    .found(v.to_string())
                    .allowed(format!("a whole number from 0 to {max}")));
            }
        }

        if let Some(p) = &f.period {
            let year = i32::from(f.year);
            let allowed = format!("a date from {year}-01-01 to {year}-12-31, such as {year}-05-01");
            let mut days = [None, None];
            for (i, (key, value)) in [("from", &p.from), ("to", &p.to)].into_iter().enumerate() {
                let Some(value) = value else { continue };
                let day = toml_day(value).filter(|d| chrono::Datelike::year(d) == year);
                if day.is_none() {
                    return Err(self
                        .error(&format!("period.{key}"), "not a day in the grant year")
                        .found(value.to_string())
                        .allowed(allowed));
                }
                days[i] = day;
            }
            if let [Some(from), Some(to)] = days
                && to < from
            {
                return Err(self
                    .error("period.to", "the period ends before it starts")
                    .found(format!("from {from} to {to}"))
                    .allowed(format!("a day from {from} to {year}-12-31")));
            }
        }
        if f.need.is_none() && f.schedule.is_empty() {
            return Err(self
                .error("need", "the case gives no need")
                .found("neither [need] nor [[schedule]]")
                .allowed("[need] with hours per week by band, or [[schedule]] entries with the shifts of a typical week (SPEC 2)"));
        }
        self.validate_schedule()?;
        // A week has 168 hours: the need per band plus standby cannot exceed it.
        let need: Decimal = f.need_weekly().iter().sum();
        if need + x.standby_hours_per_week > week {
            return Err(self
                .error("need", "more than 168 hours in a week")
                .found(format!(
                    "need {} h + standby {} h = {} h per week",
                    need.normalize(),
                    x.standby_hours_per_week.normalize(),
                    (need + x.standby_hours_per_week).normalize()
                ))
                .allowed(
                    "at most 168 hours per week in [need] plus extra.standby_hours_per_week",
                ));
        }
        for b in Band::ALL {
            let i = b as usize;
            // A schedule's band hours need the rate table's windows: checked in the calculation.
            if f.schedule.is_empty() && f.deduct.map()[i] > f.need_weekly()[i] {
                return Err(self
                    .error(
                        &format!("deduct.{}", b.key()),
                        "deduction larger than the need in this band",
                    )
                    .found(format!(
                        "{} h deducted from a need of {} h",
                        f.deduct.map()[i].normalize(),
                        f.need_weekly()[i].normalize()
                    ))
                    .allowed(format!(
                        "at most need.{} ({} h)",
                        b.key(),
                        f.need_weekly()[i].normalize()
                    )));
            }
        }

        // Tables that belong to another scheme or employer.
        let relative_scheme = f.scheme == Scheme::KtRelative;
        match (&f.relative, relative_scheme) {
            (Some(_), false) => {
                return Err(self
                    .error(
                        "relative",
                        "[relative] belongs to scheme \"kt-relative\" only",
                    )
                    .found(format!("scheme = \"{}\"", f.scheme.key()))
                    .allowed("remove [relative], or scheme = \"kt-relative\""));
            }
            (None, true) => {
                return Err(self
                    .error(
                        "scheme",
                        "scheme \"kt-relative\" needs [relative] with own_care_hours_per_week",
                    )
                    .allowed("a [relative] table (SEL § 95 stk. 3)"));
            }
            (Some(_), true) if !f.schedule.is_empty() => {}
            (Some(r), true) => {
                let after: Decimal = Band::ALL
                    .iter()
                    .map(|b| f.need_weekly()[*b as usize] - f.deduct.map()[*b as usize])
                    .sum();
                if r.own_care_hours_per_week > after {
                    return Err(self
                        .error(
                            "relative.own_care_hours_per_week",
                            "more own care than the weekly need after deductions",
                        )
                        .found(format!(
                            "{} h per week",
                            r.own_care_hours_per_week.normalize()
                        ))
                        .allowed(format!("at most {} h per week", after.normalize())));
                }
            }
            (None, false) => {}
        }
        // VEJ pkt. 16–18, AST 26-17: the relative recipient employs the helpers,
        // or has transferred the grant to an association or company.
        if relative_scheme && f.employer == Employer::Citizen {
            return Err(self
                .error(
                    "employer",
                    "scheme \"kt-relative\" pays the grant to the relative, who employs the helpers or has transferred the grant",
                )
                .found(format!("\"{}\"", f.employer.key()))
                .allowed("\"relative\" (SEL § 95 stk. 3), or \"association\" or \"company\" when the relative has transferred the grant (VEJ pkt. 16–18)"));
        }
        if f.admin.is_some() && !f.employer.is_organisation() {
            return Err(self
                .error(
                    "admin",
                    "[admin] applies only when an association or company is employer (BEK § 8)",
                )
                .found(format!("employer = \"{}\"", f.employer.key()))
                .allowed("remove [admin], or employer = \"association\" or \"company\""));
        }
        if f.payroll.is_some() && f.employer.is_organisation() {
            return Err(self
                .error("payroll", "payroll is chosen only when the citizen or a relative is employer; an association or company runs its own")
                .found(format!("employer = \"{}\"", f.employer.key()))
                .allowed("remove payroll, or employer = \"citizen\" or \"relative\""));
        }
        if let Some(t) = f.admin.as_ref().and_then(|a| a.transfer_year)
            && !(1..=3).contains(&t)
        {
            return Err(self
                .error("admin.transfer_year", "value not allowed")
                .found(t.to_string())
                .allowed("1 (first year with this employer), 2 or 3 (later years)"));
        }
        Ok(())
    }
}
