//! The bounds of the numbers in a case file and a used-hours file (SPEC 2):
//! one place for the validation that reports them and for the JSON Schema
//! that `bpa schema` prints, so the two cannot differ.

/// The hours of a week.
pub const WEEK: i64 = 168;
/// Largest hour figure accepted for a yearly key: the hours of a leap year.
pub const MAX_YEAR_HOURS: i64 = 8784;
/// Largest grant hours per year of a previous decision: a leap year's hours
/// with 20 helpers at once.
pub const MAX_PREVIOUS_HOURS: i64 = MAX_YEAR_HOURS * 20;
/// Largest count of helpers accepted.
pub const MAX_COUNT: u32 = 10_000;
/// Largest count of full- or double-cover weeks: a year's.
pub const MAX_COVER_WEEKS: u32 = 53;
/// Largest weeks per year a case may set for itself.
pub const MAX_WEEKS_PER_YEAR: i64 = 53;
/// Largest weeks of notice covered after a scheme stops (VEJ pkt. 107).
pub const MAX_NOTICE_WEEKS: u32 = 52;
/// Helpers at once in one `[[schedule]]` entry.
pub const MIN_SHIFT_HELPERS: u32 = 1;
pub const MAX_SHIFT_HELPERS: u32 = 20;
/// Largest money amount accepted, in kroner.
pub const MAX_AMOUNT: i64 = 1_000_000_000;
/// A percent.
pub const MAX_PCT: i64 = 100;
/// The grant years a case, a rate table or a used-hours file may be for.
pub const MIN_YEAR: u16 = 2000;
pub const MAX_YEAR: u16 = 2099;
/// The employer-task transfer years of KL bilag 1 (1 = first year).
pub const MIN_TRANSFER_YEAR: u32 = 1;
pub const MAX_TRANSFER_YEAR: u32 = 3;
/// Largest hours used in a band in a year (the used-hours file).
pub const MAX_USED_HOURS: i64 = 100_000;
/// A schedule time: `HH:MM` on a quarter hour; `from` up to 23:45, `to` up
/// to 24:00 (the same rule as [`super::quarter_minutes`]).
pub const SHIFT_FROM: &str = "^([01][0-9]|2[0-3]):(00|15|30|45)$";
pub const SHIFT_TO: &str = "^(([01][0-9]|2[0-3]):(00|15|30|45)|24:00)$";
/// KL's områdetillægsgrupper are 0–4.
pub const MAX_AREA_GROUP: u8 = 4;
