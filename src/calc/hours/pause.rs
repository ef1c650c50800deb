//! `[[pause]]`: the scheme on hold by the municipality's decision, e.g. during
//! a hospital stay after an assessment of the case, never as a practice (SM
//! 2021; AST 66-16; KL 2.3.3). The days on hold carry no hours: weekly
//! quantities (need after deductions, standby, a relative's own care) lose
//! the pause's weeks `W × d_pause / d_y` (to 2 decimals, as printed), as the
//! period's weeks `W_p` count its days (SPEC 3.8); a schedule loses the
//! shifts that start on those days, laid on the calendar as the rest of it.
//! Yearly events (training, courses, pool, full-cover weeks) and meetings
//! stay as decided. The scheme resumes unchanged after the pause, so SEL §
//! 3 a's comparison with the last decision leaves the pause out.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::h2;
use crate::calc::period::Period;
use crate::case::Case;

/// The days on hold and the weeks they take out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pause {
    /// Each pause's first and last day, in the case's order.
    pub spans: Vec<(NaiveDate, NaiveDate)>,
    /// `d_pause`: the days on hold in all.
    pub days: u32,
    /// `W × d_pause / d_y`, to 2 decimals as printed.
    pub weeks: Decimal,
}

impl Pause {
    /// The case's pauses on a year of `weeks_per_year` weeks; none without any.
    #[must_use]
    pub fn of(case: &Case, period: &Period, weeks_per_year: Decimal) -> Option<Pause> {
        let spans: Vec<(NaiveDate, NaiveDate)> = case
            .file
            .pauses
            .iter()
            .filter_map(|p| Some((p.from_day()?, p.to_day()?)))
            .collect();
        if spans.is_empty() {
            return None;
        }
        let days: u32 = case.file.pauses.iter().map(crate::case::Pause::days).sum();
        Some(Pause {
            spans,
            days,
            weeks: h2(weeks_per_year * Decimal::from(days) / Decimal::from(period.year_days)),
        })
    }
}
