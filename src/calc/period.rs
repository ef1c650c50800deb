//! SPEC 3.8 and 8: the grant period inside the grant year. Help runs from the
//! decision, not from the application (seed 001, Sag 14), so a budget may
//! cover part of a year: weekly quantities use the period's weeks, yearly
//! amounts its share of the year, and payments its calendar months.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Basis, t};
use crate::calc::calendar::days_in_year;
use crate::case::{Case, EndReason};
use crate::money::round;

/// The first day of month `m` of `year`, months past 12 running into the next year.
fn month_start(year: i32, m: u32) -> NaiveDate {
    let (y, m) = if m > 12 {
        (year + 1, m - 12)
    } else {
        (year, m)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default()
}

/// One calendar month of the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Month {
    /// 1 = January.
    pub month: u32,
    /// Days of the month inside the period, and days of the month.
    pub days: u32,
    pub of: u32,
}

/// The period a budget covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `d_p`: days in the period, both ends included.
    pub days: u32,
    /// `d_y`: days in the grant year.
    pub year_days: u32,
    /// `W_p = W × d_p / d_y`, to 2 decimals as printed.
    pub weeks: Decimal,
    pub months: Vec<Month>,
    pub end: Option<EndReason>,
    /// With `end = "death"`: the day of death (the case's `to`); the grant
    /// runs to the end of that month (SEL § 96 c stk. 1).
    pub death: Option<NaiveDate>,
    /// With `end = "death"`: the month after the month of death, in which
    /// helper costs are still covered (SEL § 96 c stk. 2): its first day and days.
    pub after_death: Option<(NaiveDate, u32)>,
}

impl Period {
    /// The whole year or the case's `[period]`, on `W` weeks a year.
    #[must_use]
    pub fn of(case: &Case, weeks_per_year: Decimal) -> Period {
        let year = i32::from(case.file.year);
        let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
        let p = case.file.period.as_ref();
        let from = p.and_then(|p| p.from_day()).unwrap_or(first);
        let mut to = p.and_then(|p| p.to_day()).unwrap_or(last);
        let end = p.and_then(|p| p.end);
        // SEL § 96 c: on death the grant lapses at the end of the month of
        // death, and helpers are covered one month after that.
        let (mut death, mut after_death) = (None, None);
        if end == Some(EndReason::Death) {
            death = Some(to);
            let next = month_start(year, to.month() + 1);
            to = next.pred_opt().unwrap_or(to);
            let after = month_start(year, to.month() + 2);
            after_death = Some((next, u32::try_from((after - next).num_days()).unwrap_or(30)));
        }
        let year_days = days_in_year(year);
        let days = u32::try_from((to - from).num_days() + 1).unwrap_or(0);
        let mut months = Vec::new();
        for m in from.month()..=to.month() {
            let start = NaiveDate::from_ymd_opt(year, m, 1).unwrap_or(first);
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, m + 1, 1)
            }
            .unwrap_or(last);
            let of = u32::try_from((next - start).num_days()).unwrap_or(30);
            let a = from.max(start);
            let b = to.min(next.pred_opt().unwrap_or(next));
            let inside = u32::try_from((b - a).num_days() + 1).unwrap_or(0);
            months.push(Month {
                month: m,
                days: inside,
                of,
            });
        }
        Period {
            from,
            to,
            days,
            year_days,
            weeks: round(
                weeks_per_year * Decimal::from(days) / Decimal::from(year_days),
                2,
            ),
            months,
            end,
            death,
            after_death,
        }
    }

    /// The whole grant year.
    #[must_use]
    pub fn is_whole_year(&self) -> bool {
        self.days == self.year_days
    }

    /// `d_p / d_y`, exact.
    #[must_use]
    pub fn share(&self) -> Decimal {
        Decimal::from(self.days) / Decimal::from(self.year_days)
    }

    /// `d_p` and `d_y` as numbers: an amount × d_p / d_y is multiplied before
    /// it is divided, as its printed formula is evaluated.
    #[must_use]
    pub fn share_exact_num(&self) -> Decimal {
        Decimal::from(self.days)
    }
    #[must_use]
    pub fn share_exact_den(&self) -> Decimal {
        Decimal::from(self.year_days)
    }

    /// The share of the year as it is printed in a formula: `245 / 365 dage`.
    #[must_use]
    pub fn share_terms(&self) -> Basis {
        Basis::new().plain(Decimal::from(self.days)).div().num(
            Decimal::from(self.year_days),
            0,
            t("dage", "days"),
        )
    }
}
