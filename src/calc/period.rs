//! SPEC 3.8 and 8: the grant period inside the grant year. Help runs from the
//! decision, not from the application (seed 001, Sag 14), so a budget may
//! cover part of a year: weekly quantities use the period's weeks, yearly
//! amounts its share of the year, and payments its calendar months.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Basis, t};
use crate::calendar::days_in_year;
use crate::case::{Case, EndReason};
use crate::money::round;

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
        let to = p.and_then(|p| p.to_day()).unwrap_or(last);
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
            end: p.and_then(|p| p.end),
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
