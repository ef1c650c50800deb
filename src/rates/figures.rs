//! The rate table's structure (SPEC 11): wage scales, windows, the week
//! profile, contributions, employer tasks and the service level, each
//! figure with its source; and [`Fig`], a figure as a calculation uses it.

use std::sync::Arc;

use indexmap::IndexMap;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::dated::{BaseWage, Dated, Figure, Supplement};
use crate::case::bounds::{MAX_AMOUNT, MAX_AREA_GROUP, MAX_YEAR, MIN_YEAR, WEEK};
use crate::case::{AdminModel, Band, BandMap, Employer};

fn default_true() -> bool {
    true
}

/// Områdetillægsgruppe 2, the group of the KL pay tables' figures most
/// municipalities publish (Aarhus's løntrin 11 among them).
fn area_group_2() -> u8 {
    2
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supplements {
    pub weekday_day: Supplement,
    pub weekday_evening: Supplement,
    pub weekday_night: Supplement,
    pub saturday: Supplement,
    pub sunday_holiday: Supplement,
}

impl Supplements {
    #[must_use]
    pub fn get(&self, band: Band) -> &Supplement {
        match band {
            Band::WeekdayDay => &self.weekday_day,
            Band::WeekdayEvening => &self.weekday_evening,
            Band::WeekdayNight => &self.weekday_night,
            Band::Saturday => &self.saturday,
            Band::SundayHoliday => &self.sunday_holiday,
        }
    }
}

/// A wage scale (BEK § 5): base wage, band supplements, standby, pension, holiday pay.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WageScale {
    pub name: String,
    pub name_en: String,
    pub legal: String,
    pub base_hourly: BaseWage,
    pub standby_pct: Figure,
    pub pension_pct: Figure,
    /// The pension percent on working-time supplements, where the comparable
    /// group has pension on them (VEJ pkt. 72); none without it.
    pub pension_time_supplements_pct: Option<Figure>,
    pub holiday_pct: Figure,
    pub supplements: Supplements,
    /// When the supplement bands apply, for `[[schedule]]` cases.
    pub windows: Option<Windows>,
}

/// A wage scale's band windows from its working-time agreement: which
/// hours of which days fall in each supplement band. An hour in no window
/// is a weekday-day hour.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Windows {
    pub source: String,
    pub source_da: Option<String>,
    /// How the attachment cites it: publisher and date in plain words.
    pub cite: Option<String>,
    pub cite_da: Option<String>,
    #[serde(default = "default_true")]
    pub verified: bool,
    /// Where windows overlap, the band with the highest supplement applies.
    pub overlap: Overlap,
    /// Supplements are paid per started period of this many minutes (30:
    /// the half-hour rule); 0 counts exact minutes.
    #[serde(default)]
    pub started_minutes: u32,
    /// Dates that are Sunday-and-holiday time from a time of day (1 May,
    /// Grundlovsdag and 31 December from 12:00, 24 December from the day
    /// shift's start).
    #[serde(default)]
    pub part_days: Vec<PartDay>,
    #[serde(default)]
    pub weekday_evening: Vec<Window>,
    #[serde(default)]
    pub weekday_night: Vec<Window>,
    #[serde(default)]
    pub saturday: Vec<Window>,
    #[serde(default)]
    pub sunday_holiday: Vec<Window>,
}

/// A date (`MM-DD`) that is Sunday-and-holiday time from `from` (`HH:MM`).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartDay {
    pub day: String,
    pub from: String,
}

impl Windows {
    /// The windows of a band (none for weekday day, the band outside all windows).
    #[must_use]
    pub fn of(&self, band: Band) -> &[Window] {
        match band {
            Band::WeekdayDay => &[],
            Band::WeekdayEvening => &self.weekday_evening,
            Band::WeekdayNight => &self.weekday_night,
            Band::Saturday => &self.saturday,
            Band::SundayHoliday => &self.sunday_holiday,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Overlap {
    /// The band whose supplement is worth most per hour.
    Highest,
}

/// A time window on some days: `from` to `to` (`to` at or before `from`
/// runs to midnight and on from the next midnight of a listed day).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub days: Vec<WindowDay>,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WindowDay {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
    /// A public holiday of the grant year (helligdag).
    Holiday,
}

/// How one week of 168 hours falls in the bands (full-cover weeks, SPEC 3.2).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeekProfile {
    #[schemars(range(min = 0, max = WEEK))]
    pub weekday_day: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
    pub weekday_evening: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
    pub weekday_night: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
    pub saturday: Decimal,
    #[schemars(range(min = 0, max = WEEK))]
    pub sunday_holiday: Decimal,
    pub source: String,
    pub source_da: Option<String>,
    /// How the attachment cites it: publisher and date in plain words.
    pub cite: Option<String>,
    pub cite_da: Option<String>,
    #[serde(default = "default_true")]
    pub verified: bool,
}

impl WeekProfile {
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

/// How a contribution's yearly amount is found (SPEC 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContributionBasis {
    AtpBrackets,
    PerFteYear,
    PerFteQuarter,
    PerHelperYear,
    PerSkilledHelperYear,
    PerHour,
    PctOfWages,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bracket {
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub min_hours: Decimal,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub monthly: Decimal,
}

/// A statutory contribution (BEK § 5 stk. 5, KL 3.4.3).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub name: String,
    pub name_en: String,
    pub legal: String,
    pub basis: ContributionBasis,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub rate: Option<Decimal>,
    pub brackets: Option<Vec<Bracket>>,
    pub applies_to: Vec<Employer>,
    /// What an employer must be for the contribution to apply, where
    /// `applies_to` leaves some out (FIB: "registreret for moms eller
    /// lønsumsafgift"); the budget says it (SPEC 5).
    pub applies_when: Option<String>,
    pub applies_when_en: Option<String>,
    #[serde(default)]
    pub first_employee_exempt_for: Vec<Employer>,
    /// Covered after invoice, not budgeted (Barsel.dk: BEK § 4 stk. 2 and § 6,
    /// VEJ pkt. 78, 80, 94): listed with the estimate `rate × FTE`.
    #[serde(default)]
    pub after_invoice: bool,
    /// A stand-in rate the municipality sets itself (praktikplads-AUB).
    #[serde(default)]
    pub placeholder: bool,
    pub source: String,
    pub source_da: Option<String>,
    /// How the attachment cites it: publisher and date in plain words.
    pub cite: Option<String>,
    pub cite_da: Option<String>,
    #[serde(default = "default_true")]
    pub verified: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TaskUnit {
    PerScheme,
    PerHelper,
    PerNewHire,
    PerApplicantRound,
    PerRound,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TaskCondition {
    Always,
    NewOrInsecure,
    #[serde(rename = "transfer_year_1")]
    TransferYear1,
    Share,
    /// A share that follows the case's transfer year (`shares`: year 1, 2,
    /// 3 and later): KL bilag 1's APV reassessment, "30 pct. i år 2 og 40
    /// pct. hvert år fremefter".
    ShareByTransferYear,
}

/// Who bears a task and how it is priced (KL bilag 1, BEK § 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TaskCover {
    /// In the § 8 amount at the catalogue's time.
    Subsidy,
    /// Everything KL bilag 1 lists under "Overholdelse af arbejdsmiljøregler
    /// (dækkes efter regning)": covered after invoice (BEK § 4 stk. 2, § 7),
    /// never in § 8. A task with a time is in the work-environment estimate;
    /// one without (KL: "lig tidligere kommunal varetagelse") is listed on its own.
    AfterInvoice,
    /// Estimated in KL bilag 1 as "lig tidligere kommunal varetagelse": the
    /// employer's work, in the § 8 amount at the time the municipality itself
    /// used; `minutes` gives it, and without it the task is "tid ikke fastsat".
    Municipal,
}

/// One share of a task's `shares`: the expected share of all schemes in a
/// transfer year, a fraction from 0 to 1 (KL bilag 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct YearShare(#[schemars(range(min = 0, max = 1))] pub Decimal);

/// One employer task of KL bilag 1.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub id: String,
    pub group: String,
    pub task: String,
    pub task_en: String,
    /// Absent for a task whose time the rate table does not set.
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub minutes: Option<Decimal>,
    pub unit: TaskUnit,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub applicants: Option<Decimal>,
    #[schemars(range(min = 0, max = MAX_AMOUNT))]
    pub rounds: Option<Decimal>,
    pub condition: TaskCondition,
    pub share: Option<Decimal>,
    /// `share_by_transfer_year`: the shares in transfer year 1, 2, and 3 and later.
    pub shares: Option<Vec<YearShare>>,
    pub cover: TaskCover,
    /// A recruitment task (interviews and their transport): only with new hires.
    #[serde(default)]
    pub recruitment: bool,
    pub source: String,
    pub source_da: Option<String>,
    /// How the attachment cites it: publisher and date in plain words.
    pub cite: Option<String>,
    pub cite_da: Option<String>,
    #[serde(default = "default_true")]
    pub verified: bool,
}

/// A § 8 item priced by time: hours per scheme or per helper a year.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskTime {
    pub hours: Decimal,
    pub unit: TaskUnit,
    pub source: String,
    pub source_da: Option<String>,
    /// How the attachment cites it: publisher and date in plain words.
    pub cite: Option<String>,
    pub cite_da: Option<String>,
    #[serde(default = "default_true")]
    pub verified: bool,
}

/// The employer-task catalogue and its hourly rate (BEK § 8, KL tabel 5, bilag 1).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmployerTasks {
    pub price_level_year: u16,
    pub ac_hourly: Figure,
    pub hk_hourly: Figure,
    pub ac_share_pct: Figure,
    pub index_factor: Figure,
    /// BEK § 8 nr. 4: helping to secure substitute cover; absent = not set.
    pub substitute_cover: Option<TaskTime>,
    /// BEK § 8 nr. 6: accounts, management and office incl. IT and rent,
    /// beyond the overhead in the AC/HK rate; absent = not set.
    pub office: Option<TaskTime>,
    pub kt: Vec<Task>,
    pub bpa: Vec<Task>,
}

/// The municipality's general choices (KL 3.4.1, VEJ pkt. 61).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceLevel {
    pub wage_scale: String,
    /// KL's områdetillægsgruppe (0–4) whose base wage a wage scale by area
    /// group takes; the municipality's own.
    #[serde(default = "area_group_2")]
    #[schemars(range(min = 0, max = MAX_AREA_GROUP))]
    pub area_group: u8,
    pub admin_model: AdminModel,
    pub general_supplement_pct: Figure,
    pub weeks_per_year: Figure,
    pub mus_hours: Figure,
    pub staff_meeting_hours: Figure,
    pub standby_pct: Option<Figure>,
    pub admin_pct: Figure,
    pub admin_per_hour: Figure,
    pub payroll_per_payslip: Figure,
    pub other_costs: Figure,
    pub cap_hourly: Option<Figure>,
    pub respirator_region_pct: Figure,
    /// The municipality whose service level this is, named in the decision
    /// attachment and in its page heading (SPEC 12).
    #[serde(default)]
    pub municipality: Option<String>,
}

/// A rate table after `extends` has been applied.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RateTable {
    #[schemars(range(min = MIN_YEAR, max = MAX_YEAR))]
    pub year: u16,
    pub description: String,
    /// The municipality's name where older tables wrote it; the service
    /// level's `municipality` is read first.
    #[serde(default)]
    pub municipality: Option<String>,
    pub wage_scales: IndexMap<String, Arc<WageScale>>,
    pub week_profile: WeekProfile,
    pub contributions: IndexMap<String, Contribution>,
    pub employer_tasks: EmployerTasks,
    pub service_level: ServiceLevel,
}

/// One figure as used by a calculation: its path in the table, value and
/// source; a dated figure also its values by date (`value` is the first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fig {
    pub path: String,
    pub value: Decimal,
    pub source: String,
    pub source_da: Option<String>,
    /// Publisher and date in plain words, for the citizen's attachment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cite: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cite_da: Option<String>,
    pub verified: bool,
    /// A stand-in the municipality must replace with its own decision.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub placeholder: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<Dated>,
}

impl Fig {
    /// A figure of the rate table, under its path.
    #[must_use]
    pub fn of(path: impl Into<String>, f: &Figure) -> Fig {
        Fig {
            path: path.into(),
            value: f.value,
            source: f.source.clone(),
            source_da: f.source_da.clone(),
            cite: f.cite.clone(),
            cite_da: f.cite_da.clone(),
            verified: f.verified,
            placeholder: f.placeholder,
            values: f.values.clone(),
        }
    }

    /// A figure decided in the case itself, under `[override]` or the case's own tables.
    #[must_use]
    pub fn case(path: &str, value: Decimal) -> Fig {
        Fig {
            path: path.into(),
            value,
            source: format!("case file, {path}"),
            source_da: Some(format!("sagen, {path}")),
            cite: None,
            cite_da: None,
            verified: true,
            placeholder: false,
            values: Vec::new(),
        }
    }

    /// Decided in the case itself ([`Fig::case`]), not taken from the rate table.
    #[must_use]
    pub fn in_case(&self) -> bool {
        self.source.starts_with("case file, ")
    }

    /// Where this figure's value in force on `day` comes from, for a
    /// spreadsheet formula: `input:PATH` for a figure the case decides,
    /// `rate:PATH` for a plain rate, `rate:PATH@2025-04-01` for the dated
    /// value in force on `day`.
    #[must_use]
    pub fn source_key(&self, day: Option<chrono::NaiveDate>) -> String {
        if self.in_case() {
            return format!("input:{}", self.path);
        }
        let dated = day.and_then(|d| self.values.iter().rev().find(|v| v.from <= d));
        match dated.or(self.values.first()) {
            Some(v) => format!("rate:{}@{}", self.path, v.from),
            None => format!("rate:{}", self.path),
        }
    }

    /// Each value with its date, source and flag, for showing the figure:
    /// one entry without a date for a plain figure.
    #[must_use]
    pub fn shown<'a>(
        &'a self,
        danish: bool,
    ) -> Vec<(Option<chrono::NaiveDate>, Decimal, &'a str, bool)> {
        // The Danish source text where the table gives one.
        let pick = |source: &'a str, da: &'a Option<String>| match (danish, da) {
            (true, Some(da)) => da.as_str(),
            _ => source,
        };
        if self.values.is_empty() {
            return vec![(
                None,
                self.value,
                pick(&self.source, &self.source_da),
                self.verified,
            )];
        }
        self.values
            .iter()
            .map(|v| {
                (
                    Some(v.from),
                    v.value,
                    pick(&v.source, &v.source_da),
                    v.verified,
                )
            })
            .collect()
    }

    /// The value in force on `date`.
    #[must_use]
    pub fn at(&self, date: chrono::NaiveDate) -> Decimal {
        self.values
            .iter()
            .rev()
            .find(|v| v.from <= date)
            .map_or(self.value, |v| v.value)
    }
}
