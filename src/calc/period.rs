//! SPEC 3.8 and 8: the grant period inside the grant year. Help runs from the
//! decision, not from the application, so a budget may cover part of a
//! year: weekly quantities use the period's weeks (by days), yearly amounts
//! and payments its months (a whole calendar month one twelfth of the year,
//! a part month its days over the month's days).

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

/// The days of month `m` (1 = January) of `year`.
fn days_of_month(year: i32, m: u32) -> u32 {
    match m {
        2 if days_in_year(year) == 366 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
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

impl Month {
    /// A whole calendar month of the period.
    #[must_use]
    pub fn whole(&self) -> bool {
        self.days == self.of
    }
}

/// How the period ends, when not on 31 December of its own accord.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Ending {
    /// SEL § 96 c: the grant runs to the end of the month of death; the
    /// helpers' costs are covered one month more (`after`: that month's
    /// first day).
    Death { died: NaiveDate, after: NaiveDate },
    /// SEL § 96 b: the old municipality pays until the new one decides:
    /// to that decision when known, else to the end of the year.
    Move {
        moved: Option<NaiveDate>,
        new_decision: Option<NaiveDate>,
    },
    /// VEJ pkt. 107: a scheme that stops at short notice; the helpers'
    /// pay in their notice period is covered after it.
    Other { notice_weeks: u32 },
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
    pub ending: Option<Ending>,
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
        let given_to = p.and_then(|p| p.to_day());
        let end = p.and_then(|p| p.end);
        let (to, ending) = match end {
            Some(EndReason::Death) => {
                let died = given_to.unwrap_or(last);
                let to = month_start(year, died.month() + 1)
                    .pred_opt()
                    .unwrap_or(last);
                let after = month_start(year, died.month() + 1);
                (to, Some(Ending::Death { died, after }))
            }
            Some(EndReason::Move) => {
                let new_decision = p.and_then(|p| p.new_decision_day());
                let to = new_decision.unwrap_or(last);
                (
                    to,
                    Some(Ending::Move {
                        moved: given_to,
                        new_decision,
                    }),
                )
            }
            Some(EndReason::Other) => {
                let notice_weeks = p.and_then(|p| p.notice_weeks).unwrap_or(0);
                (
                    given_to.unwrap_or(last),
                    Some(Ending::Other { notice_weeks }),
                )
            }
            None => (given_to.unwrap_or(last), None),
        };
        let year_days = days_in_year(year);
        let days = u32::try_from((to - from).num_days() + 1).unwrap_or(0);
        Period {
            from,
            to,
            days,
            year_days,
            weeks: round(
                weeks_per_year * Decimal::from(days) / Decimal::from(year_days),
                2,
            ),
            months: months(from, to),
            end,
            ending,
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
        Basis::new()
            .plain(Decimal::from(self.days))
            .from("period:days")
            .div()
            .num(Decimal::from(self.year_days), 0, t("dage", "days"))
            .from("period:year_days")
    }

    /// SPEC 3.8: `m_p`, the period's months, as an exact fraction
    /// (numerator, denominator): a whole month counts 1, a part month its
    /// days over the month's days.
    #[must_use]
    pub fn months(&self) -> (Decimal, Decimal) {
        months_fraction(&self.months)
    }

    /// `m_p` as a number (for comparisons; amounts use [`Period::of_year`]).
    #[must_use]
    pub fn month_count(&self) -> Decimal {
        let (num, den) = self.months();
        num / den
    }

    /// The share of a yearly amount for the period's months,
    /// `amount × m_p / 12`, exact until the one division.
    #[must_use]
    pub fn of_year(&self, amount: Decimal) -> Decimal {
        let (num, den) = self.months();
        amount * num / (den * Decimal::from(12))
    }

    /// `m_p` as it is printed in a formula: `8`, or `(7 + 17/31)` with the
    /// part months as fractions.
    #[must_use]
    pub fn months_terms(&self) -> Basis {
        months_terms(&self.months, "month")
    }

    /// A yearly amount's formula for the period: nothing more for a whole
    /// year; else `× 8 / 12 mdr.` or `× (7 + 17/31) / 12 mdr.` (SPEC 3.8).
    #[must_use]
    pub fn of_year_terms(&self, basis: Basis) -> Basis {
        if self.is_whole_year() {
            return basis;
        }
        basis
            .times()
            .then(self.months_terms())
            .div()
            .count(Decimal::from(12), "mdr.", "months")
            .from("const")
    }
}

/// The calendar months from `from` to `to` (in one year), each with its
/// days inside.
#[must_use]
pub fn months(from: NaiveDate, to: NaiveDate) -> Vec<Month> {
    let year = from.year();
    // Counted on the calendar's month lengths: the first month from the
    // period's first day, the last to its last day.
    (from.month()..=to.month())
        .map(|m| {
            let of = days_of_month(year, m);
            let first = if m == from.month() { from.day() } else { 1 };
            let last = if m == to.month() { to.day() } else { of };
            Month {
                month: m,
                days: (last + 1).saturating_sub(first),
                of,
            }
        })
        .collect()
}

/// Σ days / month's days as one fraction (numerator, denominator).
#[must_use]
pub fn months_fraction(months: &[Month]) -> (Decimal, Decimal) {
    let den: u32 = months
        .iter()
        .filter(|m| !m.whole())
        .fold(1, |d, m| if d % m.of == 0 { d } else { d * m.of });
    let num: u32 = months.iter().map(|m| m.days * den / m.of).sum();
    (Decimal::from(num), Decimal::from(den))
}

/// Months as a formula: the whole months counted, each part month as its
/// fraction, in calendar order; in brackets when there is a fraction. Each
/// number says which days it counts, so a spreadsheet refers to them: the
/// days of `set` in a month (`period:month.5.days` for the period's days in
/// May, `period:old.5.days` for those of the previous help), the month's days
/// (`period:month.5.of`) and the whole months (`period:whole.month.1-12`).
#[must_use]
pub fn months_terms(months: &[Month], set: &'static str) -> Basis {
    let whole = months.iter().filter(|m| m.whole()).count();
    let parts: Vec<&Month> = months.iter().filter(|m| !m.whole()).collect();
    let (first, last) = (
        months.first().map_or(0, |m| m.month),
        months.last().map_or(0, |m| m.month),
    );
    let whole_terms = |b: Basis| {
        b.plain(Decimal::from(whole))
            .from_with(|| format!("period:whole.{set}.{first}-{last}"))
    };
    if parts.is_empty() {
        return whole_terms(Basis::new());
    }
    let part = |b: Basis, m: &Month| {
        b.plain(Decimal::from(m.days))
            .from_with(|| format!("period:{set}.{}.days", m.month))
            .div()
            .plain(Decimal::from(m.of))
            .from_with(|| format!("period:month.{}.of", m.month))
    };
    let mut basis = Basis::new().open();
    let mut first_term = true;
    let mut plus = |b: Basis| {
        let b = if first_term { b } else { b.plus() };
        first_term = false;
        b
    };
    // A part month before the whole ones, the whole ones, a part month after.
    let leading = months.first().filter(|m| !m.whole());
    if let Some(m) = leading {
        basis = part(plus(basis), m);
    }
    if whole > 0 {
        basis = whole_terms(plus(basis));
    }
    for m in parts.iter().skip(usize::from(leading.is_some())) {
        basis = part(plus(basis), m);
    }
    basis.close()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    /// Every period of a common and a leap year: each month's days inside
    /// the period and its length are what the calendar counts date by date.
    #[test]
    fn months_count_the_calendar_days() {
        for year in [2025, 2024] {
            let days: Vec<NaiveDate> = d(&format!("{year}-01-01"))
                .iter_days()
                .take_while(|x| x.year() == year)
                .collect();
            for (i, &from) in days.iter().enumerate().step_by(3) {
                for &to in days[i..].iter().step_by(5) {
                    let counted: Vec<Month> = (from.month()..=to.month())
                        .map(|m| Month {
                            month: m,
                            days: from
                                .iter_days()
                                .take_while(|x| *x <= to)
                                .filter(|x| x.month() == m)
                                .count() as u32,
                            of: days.iter().filter(|x| x.month() == m).count() as u32,
                        })
                        .collect();
                    assert_eq!(months(from, to), counted, "{from} to {to}");
                }
            }
        }
    }

    #[test]
    fn may_to_december_is_eight_months() {
        let m = months(d("2025-05-01"), d("2025-12-31"));
        assert_eq!(months_fraction(&m), (dec!(8), dec!(1)));
    }

    #[test]
    fn a_part_month_counts_by_its_days() {
        // 15 May – 31 December: 17/31 of May and 7 whole months.
        let m = months(d("2025-05-15"), d("2025-12-31"));
        let (num, den) = months_fraction(&m);
        assert_eq!((num, den), (dec!(234), dec!(31)));
        assert_eq!(num / den, dec!(7) + dec!(17) / dec!(31));
        // 10 February – 20 June: 19/28 + 3 + 20/30.
        let m = months(d("2025-02-10"), d("2025-06-20"));
        let (num, den) = months_fraction(&m);
        // (19 × 30 + 3 × 840 + 20 × 28) / 840 = 3650 / 840.
        assert_eq!((num, den), (dec!(3650), dec!(840)));
    }
}
