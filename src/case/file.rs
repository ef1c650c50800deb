//! The case file as written (SPEC 2): its tables and keys as serde reads
//! them, unknown keys refused.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::bounds::{
    MAX_AMOUNT, MAX_AREA_GROUP, MAX_COUNT, MAX_COVER_WEEKS, MAX_NOTICE_WEEKS, MAX_PCT,
    MAX_PREVIOUS_HOURS, MAX_SHIFT_HELPERS, MAX_TRANSFER_YEAR, MAX_WEEKS_PER_YEAR, MAX_YEAR,
    MAX_YEAR_HOURS, MIN_SHIFT_HELPERS, MIN_TRANSFER_YEAR, MIN_YEAR, SHIFT_FROM, SHIFT_TO, WEEK,
};

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
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BandHours {
    #[schemars(range(min = 0, max = WEEK))]
    #[serde(default)]
    pub weekday_day: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
    #[serde(default)]
    pub weekday_evening: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
    #[serde(default)]
    pub weekday_night: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
    #[serde(default)]
    pub saturday: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Shift {
    #[schemars(length(min = 1))]
    pub days: Vec<ScheduleDay>,
    #[schemars(regex(pattern = SHIFT_FROM))]
    pub from: String,
    #[schemars(regex(pattern = SHIFT_TO))]
    pub to: String,
    #[schemars(range(min = MIN_SHIFT_HELPERS, max = MAX_SHIFT_HELPERS))]
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
    /// SPEC 3.8: the case in grant year `year` (`--year`, `diff --from/--to`):
    /// every date of the case moves by the same number of years, keeping its
    /// day and month (29 February becomes 28 February), so a period never
    /// spans two years.
    pub fn move_to_year(&mut self, year: u16) {
        let shift = i32::from(year) - i32::from(self.year);
        self.year = year;
        if shift == 0 {
            return;
        }
        let mut days: Vec<&mut Option<toml::value::Datetime>> = Vec::new();
        if let Some(p) = self.period.as_mut() {
            days.extend([&mut p.from, &mut p.to, &mut p.new_decision]);
        }
        if let Some(d) = self.decision.as_mut() {
            days.extend([&mut d.received, &mut d.date]);
        }
        for p in &mut self.pauses {
            days.extend([&mut p.from, &mut p.to]);
        }
        for day in days.into_iter().flatten() {
            if let Some(date) = day.date.as_mut() {
                let y = (i32::from(date.year) + shift).clamp(0, 9999);
                date.year = u16::try_from(y).unwrap_or(date.year);
                let leap = chrono::NaiveDate::from_ymd_opt(y, 2, 29).is_some();
                if date.month == 2 && date.day == 29 && !leap {
                    date.day = 28;
                }
            }
        }
    }

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Payroll {
    Municipality,
    Own,
}

/// The employer-task subsidy models (SPEC 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Extra {
    #[schemars(range(min = 0, max = MAX_COUNT))]
    #[serde(default)]
    pub helpers: u32,
    #[schemars(range(min = 0, max = MAX_COUNT))]
    #[serde(default)]
    pub new_helpers: u32,
    #[schemars(range(min = 0, max = MAX_YEAR_HOURS))]
    #[serde(default)]
    pub training_hours_per_new_helper: Decimal,
    #[schemars(range(min = 0, max = MAX_YEAR_HOURS))]
    #[serde(default)]
    pub course_hours_per_new_helper: Decimal,
    #[schemars(range(min = 0, max = MAX_COVER_WEEKS))]
    #[serde(default)]
    pub full_cover_weeks: u32,
    #[schemars(range(min = 0, max = MAX_COVER_WEEKS))]
    #[serde(default)]
    pub double_cover_weeks: u32,
    #[schemars(range(min = 0, max = MAX_YEAR_HOURS))]
    #[serde(default)]
    pub double_cover_hours: Decimal,
    #[schemars(range(min = 0, max = MAX_YEAR_HOURS))]
    #[serde(default)]
    pub pool_hours: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
    #[serde(default)]
    pub standby_hours_per_week: Decimal,
    #[schemars(range(min = 0, max = MAX_COUNT))]
    #[serde(default)]
    pub skilled_helpers: u32,
    /// Yearly hours for special substitute cover (VEJ pkt. 73).
    #[schemars(range(min = 0, max = MAX_YEAR_HOURS))]
    #[serde(default)]
    pub substitute_hours: Decimal,
    /// Yearly hours of the helpers' supervision (VEJ pkt. 68).
    #[schemars(range(min = 0, max = MAX_YEAR_HOURS))]
    #[serde(default)]
    pub supervision_hours: Decimal,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    #[schemars(range(min = 0, max = WEEK))]
    pub own_care_hours_per_week: Decimal,
    #[serde(default)]
    pub special_decision: bool,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Admin {
    pub model: Option<AdminModel>,
    #[serde(default)]
    pub new_or_insecure: bool,
    #[schemars(range(min = MIN_TRANSFER_YEAR, max = MAX_TRANSFER_YEAR))]
    pub transfer_year: Option<u32>,
    #[schemars(range(min = 0, max = MAX_PCT))]
    pub pct: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub per_hour: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub amount: Option<Decimal>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherCosts {
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub amount: Option<Decimal>,
}

/// Costs beyond the wage of an hour, kroner per year (VEJ pkt. 68, 73).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecialCosts {
    /// Special costs of the necessary substitute cover (VEJ pkt. 73).
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub substitute: Option<Decimal>,
    /// Supervision of the helpers, such as a supervisor's fee (VEJ pkt. 68).
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub supervision: Option<Decimal>,
}

/// The association or company that employs: its price and VAT, kroner per
/// year (BEK § 3 stk. 3; VEJ pkt. 59, 63).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Its price for the scheme where lower than the grant: it receives at
    /// most this (BEK § 3 stk. 3; VEJ pkt. 63).
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub price: Option<Decimal>,
    /// VAT on its services where they carry VAT (VEJ pkt. 59).
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub vat: Option<Decimal>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Offsets {
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    #[serde(default)]
    pub care_allowance: Decimal,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Respirator {
    #[schemars(range(min = 0, max = MAX_PCT))]
    pub region_pct: Option<Decimal>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Previous {
    /// The grant per year as decided last time.
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub annual_total: Option<Decimal>,
    /// Grant hours per year as decided last time.
    #[schemars(range(min = 0, max = MAX_PREVIOUS_HOURS))]
    pub grant_hours: Option<Decimal>,
    /// Need after deductions, hours per week, as decided last time.
    #[schemars(range(min = 0, max = WEEK))]
    pub weekly_need: Option<Decimal>,
}

/// Why a scheme ends before the year does (SEL §§ 96 b–c); after a death
/// the helpers' costs are covered a month after the month of death (SEL § 96 c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    Death,
    Move,
    Other,
}

/// The grant period inside the grant year (SPEC 2, 3.8): TOML dates.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[schemars(with = "Option<chrono::NaiveDate>")]
    pub from: Option<toml::value::Datetime>,
    /// The last day: the day of death (`end = "death"`), the moving day
    /// (`end = "move"`), or the day the scheme stops.
    #[schemars(with = "Option<chrono::NaiveDate>")]
    pub to: Option<toml::value::Datetime>,
    pub end: Option<EndReason>,
    /// `end = "move"`: the day the new municipality decides, when known; the
    /// old municipality pays until then (SEL § 96 b).
    #[schemars(with = "Option<chrono::NaiveDate>")]
    pub new_decision: Option<toml::value::Datetime>,
    /// `end = "other"`: weeks of the helpers' notice the grant covers after
    /// the scheme stops at short notice (VEJ pkt. 107).
    #[schemars(range(min = 0, max = MAX_NOTICE_WEEKS))]
    pub notice_weeks: Option<u32>,
}

/// `[[pause]]`: days on which the scheme is on hold by the municipality's
/// decision, e.g. during a hospital stay after an assessment of the case
/// (SM 2021; AST 66-16; KL 2.3.3): both days included, TOML dates inside the
/// grant period.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pause {
    /// The first day on hold; the validation requires it.
    #[schemars(with = "chrono::NaiveDate")]
    pub from: Option<toml::value::Datetime>,
    /// The last day on hold, included; the validation requires it.
    #[schemars(with = "chrono::NaiveDate")]
    pub to: Option<toml::value::Datetime>,
}

impl Pause {
    #[must_use]
    pub fn from_day(&self) -> Option<chrono::NaiveDate> {
        self.from.as_ref().and_then(toml_day)
    }
    #[must_use]
    pub fn to_day(&self) -> Option<chrono::NaiveDate> {
        self.to.as_ref().and_then(toml_day)
    }
    /// The days on hold, both ends included (0 before validation).
    #[must_use]
    pub fn days(&self) -> u32 {
        match (self.from_day(), self.to_day()) {
            (Some(a), Some(b)) if b >= a => u32::try_from((b - a).num_days() + 1).unwrap_or(0),
            _ => 0,
        }
    }
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
    #[must_use]
    pub fn new_decision_day(&self) -> Option<chrono::NaiveDate> {
        self.new_decision.as_ref().and_then(toml_day)
    }
}

/// The decision the budget belongs to (SPEC 2).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The day the citizen receives the decision: the § 3 a notice and the
    /// four weeks to complain run from it. A TOML date such as `2025-02-10`.
    #[schemars(with = "Option<chrono::NaiveDate>")]
    pub received: Option<toml::value::Datetime>,
    /// The old name of `received`, still accepted.
    #[schemars(with = "Option<chrono::NaiveDate>")]
    pub date: Option<toml::value::Datetime>,
}

impl Decision {
    /// The key the day is written under: `received`, or its old name `date`.
    #[must_use]
    pub fn key(&self) -> &'static str {
        if self.received.is_some() {
            "decision.received"
        } else {
            "decision.date"
        }
    }

    /// The day of receipt as written; `None` when neither key is given.
    #[must_use]
    pub fn written(&self) -> Option<&toml::value::Datetime> {
        self.received.as_ref().or(self.date.as_ref())
    }

    /// The day of receipt; `None` only before validation has refused a
    /// date with a time or an impossible day.
    #[must_use]
    pub fn day(&self) -> Option<chrono::NaiveDate> {
        self.written().and_then(toml_day)
    }
}

/// The yearly account's terms (BEK §§ 14–15).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Settlement {
    /// The municipality agreed that the grant for unused hours is carried
    /// to the next year instead of repaid (BEK § 15 stk. 2, VEJ pkt. 105).
    #[serde(default)]
    pub carry_over: bool,
}

/// Service-level keys a case may override for itself (SPEC 1, VEJ pkt. 61).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub wage_scale: Option<String>,
    #[schemars(range(min = 0, max = MAX_AREA_GROUP))]
    pub area_group: Option<u8>,
    pub admin_model: Option<AdminModel>,
    #[schemars(range(min = 0, max = MAX_PCT))]
    pub general_supplement_pct: Option<Decimal>,
    #[schemars(range(min = 1, max = MAX_WEEKS_PER_YEAR))]
    pub weeks_per_year: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_YEAR_HOURS))]
    pub mus_hours: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_YEAR_HOURS))]
    pub staff_meeting_hours: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_PCT))]
    pub standby_pct: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_PCT))]
    pub admin_pct: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub admin_per_hour: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub payroll_per_payslip: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub other_costs: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub cap_hourly: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_PCT))]
    pub respirator_region_pct: Option<Decimal>,
}

/// The case file as written (SPEC 2).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    #[schemars(regex(pattern = r"\S"))]
    pub id: String,
    #[schemars(range(min = MIN_YEAR, max = MAX_YEAR))]
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
    pub special_costs: Option<SpecialCosts>,
    pub provider: Option<Provider>,
    #[serde(default)]
    pub offsets: Offsets,
    pub respirator: Option<Respirator>,
    pub previous: Option<Previous>,
    pub period: Option<Period>,
    /// `[[pause]]`: days on which the scheme is on hold.
    #[serde(default, rename = "pause")]
    pub pauses: Vec<Pause>,
    pub decision: Option<Decision>,
    #[serde(default)]
    pub settlement: Settlement,
    #[serde(default, rename = "override")]
    pub overrides: Override,
}
