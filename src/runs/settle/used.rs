//! The used-hours file of `bpa settle` (BEK § 14 stk. 2): the hours used in
//! the year by band and standby, a relative recipient's own hours apart
//! (SEL § 95 stk. 3; AST 26-17), and the costs invoiced after the fact
//! (BEK § 4 stk. 2). It is read by the rules of a case file (SPEC 2): the
//! syntax, every number exact, no number written as text, unknown keys
//! rejected, and a kroner amount with exactly three decimals warned of.

use std::path::Path;

use indexmap::IndexMap;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::case::Band;
use crate::case::bounds::{MAX_AMOUNT, MAX_USED_HOURS, MAX_YEAR, MIN_YEAR};
use crate::error::{InputError, Source};

/// The kroner amounts of a used file, for the three-decimals warning (SPEC 2).
const AMOUNTS: [&str; 1] = ["after_invoice.*"];

/// Hours used in the year by band, and standby hours: the employed helpers'
/// hours (every hour, where no relative recipient cares personally).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UsedHours {
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub weekday_day: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub weekday_evening: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub weekday_night: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub saturday: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub sunday_holiday: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub standby: Decimal,
}

impl UsedHours {
    #[must_use]
    pub fn band(&self, b: Band) -> Decimal {
        match b {
            Band::WeekdayDay => self.weekday_day,
            Band::WeekdayEvening => self.weekday_evening,
            Band::WeekdayNight => self.weekday_night,
            Band::Saturday => self.saturday,
            Band::SundayHoliday => self.sunday_holiday,
        }
    }
}

/// The relative recipient's own hours by band (SEL § 95 stk. 3): no
/// standby, which only employed helpers are paid for.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RelativeHours {
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub weekday_day: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub weekday_evening: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub weekday_night: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub saturday: Decimal,
    #[schemars(range(min = 0, max = MAX_USED_HOURS))]
    #[serde(default)]
    pub sunday_holiday: Decimal,
}

impl RelativeHours {
    #[must_use]
    pub fn band(&self, b: Band) -> Decimal {
        match b {
            Band::WeekdayDay => self.weekday_day,
            Band::WeekdayEvening => self.weekday_evening,
            Band::WeekdayNight => self.weekday_night,
            Band::Saturday => self.saturday,
            Band::SundayHoliday => self.sunday_holiday,
        }
    }
}

/// The used file as written.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UsedFile {
    #[schemars(range(min = MIN_YEAR, max = MAX_YEAR))]
    pub year: u16,
    #[serde(default)]
    pub hours: UsedHours,
    /// kt-relative with the relative as employer: the relative's own hours.
    #[serde(default)]
    pub relative: Option<RelativeHours>,
    /// Actual after-invoice costs by the budget's item keys, kroner.
    #[serde(default)]
    #[schemars(extend("additionalProperties" = { "type": "number", "minimum": 0, "maximum": MAX_AMOUNT }))]
    pub after_invoice: IndexMap<String, Decimal>,
}

/// A read and range-checked used file, with its text for error locations.
#[derive(Debug, Clone)]
pub struct Used {
    pub file: UsedFile,
    pub src: Source,
    /// Kroner amounts written with exactly three decimals: key, as written (SPEC 2).
    pub three_decimals: Vec<(String, String)>,
}

impl Used {
    pub fn read(path: &Path) -> Result<Used, InputError> {
        Used::parse(Source::read(path)?)
    }

    pub fn parse(src: Source) -> Result<Used, InputError> {
        let (file, three_decimals): (UsedFile, _) = src.parse_case(&AMOUNTS)?;
        let used = Used {
            file,
            src,
            three_decimals,
        };
        let year = used.file.year;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(used
                .src
                .error_at("year", "number out of range")
                .found(year.to_string())
                .allowed(format!("a grant year from {MIN_YEAR} to {MAX_YEAR}")));
        }
        let h = &used.file.hours;
        let mut hours = vec![
            ("hours.weekday_day", h.weekday_day),
            ("hours.weekday_evening", h.weekday_evening),
            ("hours.weekday_night", h.weekday_night),
            ("hours.saturday", h.saturday),
            ("hours.sunday_holiday", h.sunday_holiday),
            ("hours.standby", h.standby),
        ];
        if let Some(r) = &used.file.relative {
            hours.extend([
                ("relative.weekday_day", r.weekday_day),
                ("relative.weekday_evening", r.weekday_evening),
                ("relative.weekday_night", r.weekday_night),
                ("relative.saturday", r.saturday),
                ("relative.sunday_holiday", r.sunday_holiday),
            ]);
        }
        for (key, v) in hours {
            if v < Decimal::ZERO || v > Decimal::from(MAX_USED_HOURS) {
                return Err(used
                    .src
                    .error_at(key, "number out of range")
                    .found(v.to_string())
                    .allowed(format!(
                        "hours used in the year, from 0 to {MAX_USED_HOURS}"
                    )));
            }
        }
        for (key, v) in &used.file.after_invoice {
            if *v < Decimal::ZERO || *v > Decimal::from(MAX_AMOUNT) {
                return Err(used
                    .src
                    .error_at(&format!("after_invoice.{key}"), "number out of range")
                    .found(v.to_string())
                    .allowed("kroner invoiced in the year, from 0 to 1,000,000,000"));
            }
        }
        Ok(used)
    }
}
