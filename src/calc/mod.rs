//! The calculation, one module per step of SPEC 3–8. Each step is a pure
//! function from inputs to a result with its lines; nothing here formats.

/// `prefix` and each band's key as static text, in band order:
/// `per_band!("need.")` is `["need.weekday_day", …, "need.sunday_holiday"]`.
macro_rules! per_band {
    ($prefix:literal) => {
        [
            concat!($prefix, "weekday_day"),
            concat!($prefix, "weekday_evening"),
            concat!($prefix, "weekday_night"),
            concat!($prefix, "saturday"),
            concat!($prefix, "sunday_holiday"),
        ]
    };
}

/// A label for each band, `da` and `en` before the band's name, as static
/// text: five in band order and a sixth for a schedule's night band, which
/// holds every night of the week ("nat", not "hverdage nat").
macro_rules! band_labels {
    ($da:literal, $en:literal) => {
        [
            $crate::calc::t(concat!($da, "hverdage dag"), concat!($en, "weekdays, day")),
            $crate::calc::t(
                concat!($da, "hverdage aften"),
                concat!($en, "weekdays, evening"),
            ),
            $crate::calc::t(
                concat!($da, "hverdage nat"),
                concat!($en, "weekdays, night"),
            ),
            $crate::calc::t(concat!($da, "lørdag"), concat!($en, "Saturday")),
            $crate::calc::t(
                concat!($da, "søn- og helligdage"),
                concat!($en, "Sundays and public holidays"),
            ),
            $crate::calc::t(concat!($da, "nat"), concat!($en, "night")),
        ]
    };
}

// In the order of the pipeline: the grant period and its calendar, the
// hours (SPEC 3), the wage budget (4), contributions (5), employer tasks (6),
// special costs and the provider's price, other costs, totals and the cap
// (7–8), § 3 a (8), the legal checks (9),
// and the cost of an hour by band for the yearly account (10a).
pub mod band_cost;
pub mod calendar;
pub mod checks;
pub mod contributions;
pub mod employer_tasks;
pub mod expr;
pub mod hours;
pub mod period;
pub mod reduction;
pub mod schedule;
pub mod special;
pub mod totals;
pub mod transition;
pub mod wages;

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::case as case_band;
use crate::rates::Fig;

/// A text in both output languages. Most are literals and borrowed, so a
/// budget of many lines does not allocate its labels and units anew.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub da: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

/// Danish and English text.
pub fn t(da: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Text {
    Text {
        da: da.into(),
        en: en.into(),
    }
}

/// One term of a formula: a number with its unit, an operator or a word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Term {
    /// A number shown with `dp` decimals and a unit after it.
    Num {
        value: Decimal,
        dp: u32,
        unit: Text,
        /// Where the number comes from, for a spreadsheet formula:
        /// `input:need.weekday_evening`, `line:base_wage`,
        /// `rate:wage_scales.sosu_11.base_hourly`; `None` when not said.
        #[serde(skip)]
        from: Option<Cow<'static, str>>,
    },
    Op(&'static str),
    Word(Text),
    /// A phrase with figures that the renderer words (not arithmetic).
    Said(Said),
}

/// A phrase in a formula, with its figures; the renderer words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Said {
    /// The dates of a part of the period: `(1/1–31/3)`.
    Dates(chrono::NaiveDate, chrono::NaiveDate),
    /// ATP's bracket figure: `(gns. 130,00 t/md. pr. hjælper)`.
    AveragePerHelper(Decimal),
    /// The weeks of the days on hold, `W × d_pause / d_y`: `(52 × 14 / 365
    /// dage i bero)`.
    OnHold {
        weeks_per_year: Decimal,
        days: u32,
        year_days: u32,
    },
}

/// A line's label made from a rate table's text: built only when the
/// calculation keeps text ([`Detail::Everything`]); a row needs none.
#[must_use]
pub fn label_of(da: &str, en: &str) -> Text {
    match detail() {
        Detail::Everything => t(da.to_string(), en.to_string()),
        Detail::Figures => t("", ""),
    }
}

/// A line's key made from a rate table's name, likewise built only when
/// the calculation keeps text.
#[must_use]
pub fn key_of(key: impl FnOnce() -> String) -> Cow<'static, str> {
    match detail() {
        Detail::Everything => Cow::Owned(key()),
        Detail::Figures => Cow::Borrowed(""),
    }
}

/// How much of a budget a calculation keeps: everything, for a document,
/// or the figures alone, for a row of a batch (no formulas are built).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    Everything,
    Figures,
}

thread_local! {
    /// Whether a [`Basis`] begun on this thread keeps its terms.
    static TERMS: Cell<bool> = const { Cell::new(true) };
}

/// The detail of the calculation running on this thread.
#[must_use]
pub fn detail() -> Detail {
    if TERMS.with(Cell::get) {
        Detail::Everything
    } else {
        Detail::Figures
    }
}

/// Run a calculation with the given detail; the formulas of lines begun in
/// it keep their terms only for [`Detail::Everything`].
pub fn with_detail<T>(detail: Detail, f: impl FnOnce() -> T) -> T {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            TERMS.with(|t| t.set(self.0));
        }
    }
    let _restore = Restore(TERMS.with(|t| t.replace(detail == Detail::Everything)));
    f()
}

/// The formula behind a line, with the numbers actually used (SPEC 12
/// `basis`). Under [`Detail::Figures`] it keeps no terms and costs nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Basis(pub Vec<Term>, #[serde(skip)] bool);

impl Default for Basis {
    fn default() -> Basis {
        Basis::new()
    }
}

impl Basis {
    #[must_use]
    pub fn new() -> Basis {
        Basis(Vec::new(), TERMS.with(Cell::get))
    }
    /// Whether this basis keeps its terms.
    #[must_use]
    pub fn keeps(&self) -> bool {
        self.1
    }
    fn push(mut self, term: Term) -> Basis {
        if self.1 {
            self.0.push(term);
        }
        self
    }
    #[must_use]
    pub fn num(self, value: Decimal, dp: u32, unit: Text) -> Basis {
        if !self.1 {
            return self;
        }
        self.push(Term::Num {
            value,
            dp,
            unit,
            from: None,
        })
    }
    /// Say where the last number comes from (see [`Term::Num`]'s `from`).
    /// A number the case or the rate table gives (`input:…`, `rate:…`) is
    /// printed as written, with every decimal it was written with (SPEC 10),
    /// so the line redoes from the printout.
    #[must_use]
    pub fn from(mut self, key: impl Into<Cow<'static, str>>) -> Basis {
        if let Some(Term::Num {
            from, value, dp, ..
        }) = self
            .0
            .iter_mut()
            .rev()
            .find(|t| matches!(t, Term::Num { .. }))
        {
            let key = key.into();
            if key.starts_with("input:") || key.starts_with("rate:") {
                *dp = (*dp).max(value.normalize().scale());
            }
            *from = Some(key);
        }
        self
    }
    /// Say where the last number comes from, made only when the terms are kept.
    #[must_use]
    pub fn from_with(self, key: impl FnOnce() -> String) -> Basis {
        if self.1 { self.from(key()) } else { self }
    }
    #[must_use]
    pub fn op(self, op: &'static str) -> Basis {
        self.push(Term::Op(op))
    }
    #[must_use]
    pub fn word(self, text: Text) -> Basis {
        self.push(Term::Word(text))
    }
    #[must_use]
    pub fn said(self, said: Said) -> Basis {
        self.push(Term::Said(said))
    }
    #[must_use]
    pub fn kr(self, v: Decimal) -> Basis {
        self.num(v, 2, t("kr.", "DKK"))
    }
    #[must_use]
    pub fn kr_h(self, v: Decimal) -> Basis {
        self.num(v, 2, t("kr./t", "DKK/h"))
    }
    #[must_use]
    pub fn hours(self, v: Decimal) -> Basis {
        self.num(v, 2, t("t", "h"))
    }
    #[must_use]
    pub fn h_week(self, v: Decimal) -> Basis {
        self.num(v, 2, t("t/uge", "h/week"))
    }
    #[must_use]
    pub fn weeks(self, v: Decimal) -> Basis {
        self.count(v, "uger", "weeks")
    }
    #[must_use]
    pub fn pct(self, v: Decimal) -> Basis {
        self.num(v, 2, t("%", "%"))
    }
    /// A count with its unit in the plural, or in the singular for exactly 1
    /// ("1 hjælper", "2 hjælpere").
    #[must_use]
    pub fn count(self, v: Decimal, da: &'static str, en: &'static str) -> Basis {
        if !self.1 {
            return self;
        }
        let unit = if v == Decimal::ONE {
            t(singular(da), singular(en))
        } else {
            t(da, en)
        };
        self.num(v, dp_for(v), unit)
    }
    #[must_use]
    pub fn times(self) -> Basis {
        self.op("×")
    }
    #[must_use]
    pub fn plus(self) -> Basis {
        self.op("+")
    }
    #[must_use]
    pub fn minus(self) -> Basis {
        self.op("−")
    }
    #[must_use]
    pub fn div(self) -> Basis {
        self.op("/")
    }
    #[must_use]
    pub fn open(self) -> Basis {
        self.op("(")
    }
    #[must_use]
    pub fn close(self) -> Basis {
        self.op(")")
    }
    /// A bare number with no unit (a count such as the 12 of `12 × 198,00 kr.`).
    #[must_use]
    pub fn plain(self, v: Decimal) -> Basis {
        self.num(v, dp_for(v), t("", ""))
    }
    /// The terms of another basis, in place.
    #[must_use]
    pub fn then(mut self, other: Basis) -> Basis {
        if self.1 {
            self.0.extend(other.0);
        }
        self
    }
    /// SPEC 10: the arithmetic as a plain expression over the printed numbers.
    #[must_use]
    pub fn expr(&self) -> String {
        expr::of(self)
    }
}

/// The label of band `b` out of [`band_labels!`], the night band of a
/// schedule as "nat".
#[must_use]
pub fn band_text(labels: &[Text; 6], b: case_band::Band, schedule: bool) -> Text {
    if schedule && b == case_band::Band::WeekdayNight {
        labels[5].clone()
    } else {
        labels[b as usize].clone()
    }
}

/// The singular of a plural unit, for a count of exactly 1.
#[must_use]
pub fn singular(plural: &'static str) -> &'static str {
    match plural {
        "hjælpere" => "hjælper",
        "nye hjælpere" => "ny hjælper",
        "faglærte hjælpere" => "faglært hjælper",
        "nyansættelser" => "nyansættelse",
        "ansøgere" => "ansøger",
        "runder" => "runde",
        "kvartaler" => "kvartal",
        "lønsedler" => "lønseddel",
        "uger" => "uge",
        "dage" => "dag",
        "mdr." => "md.",
        "helpers" => "helper",
        "new helpers" => "new helper",
        "skilled helpers" => "skilled helper",
        "new hires" => "new hire",
        "applicants" => "applicant",
        "rounds" => "round",
        "quarters" => "quarter",
        "payslips" => "payslip",
        "weeks" => "week",
        "days" => "day",
        "months" => "month",
        other => other,
    }
}

/// Whole numbers without decimals, others with two.
#[must_use]
pub fn dp_for(v: Decimal) -> u32 {
    if v.fract().is_zero() { 0 } else { 2 }
}

/// One line of a budget table: what it is, the amount, how it was found,
/// its legal ground and the rate figures it used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    /// Stable identifier for scripts (`base_wage`, `supplement.weekday_night`).
    pub key: Cow<'static, str>,
    pub label: Text,
    pub amount: Decimal,
    pub basis: Basis,
    pub legal: Cow<'static, str>,
    /// The rate figures the line used, shared with the rate table's others.
    pub rates: Vec<Arc<Fig>>,
    /// The rate table sets no figure for it (a § 8 task without a time): 0
    /// kr. until the municipality sets one, left out of the citizen's
    /// attachment and an open point before it is sent.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unset: bool,
}

impl Line {
    pub fn new(
        key: impl Into<Cow<'static, str>>,
        label: Text,
        amount: Decimal,
        basis: Basis,
        legal: impl Into<Cow<'static, str>>,
    ) -> Line {
        Line {
            key: key.into(),
            label,
            amount,
            basis,
            legal: legal.into(),
            rates: Vec::new(),
            unset: false,
        }
    }

    /// Mark the line as one the rate table sets no figure for.
    #[must_use]
    pub fn unset(mut self) -> Line {
        self.unset = true;
        self
    }

    #[must_use]
    pub fn with_rates(mut self, rates: &[&Arc<Fig>]) -> Line {
        self.rates.extend(rates.iter().map(|f| Arc::clone(f)));
        self
    }
}

/// The sum of the lines' amounts.
#[must_use]
pub fn sum(lines: &[Line]) -> Decimal {
    lines.iter().map(|l| l.amount).sum()
}

/// SPEC 3.7: split a total of hundredths over the bands in proportion to
/// `weights` by largest remainder: each share floored to the hundredth, the
/// hundredths left given to the largest remainders (ties in band order), so
/// the printed shares add up to the printed total exactly. With no weight at
/// all, everything goes to the first band (weekday day, SPEC 3.4). Counted
/// in whole hundredths, so a spreadsheet redoes it exactly (see [`shares`]).
#[must_use]
pub fn split_by(total: Decimal, weights: &[Decimal; 5]) -> [Decimal; 5] {
    let Some(s) = shares(total, weights) else {
        let mut out = [Decimal::ZERO; 5];
        out[0] = crate::money::round(total, 2);
        return out;
    };
    let cent = Decimal::new(1, 2);
    std::array::from_fn(|i| {
        let extra = if s.weights[i].is_zero() || s.rank[i] >= s.left {
            0
        } else {
            1
        };
        crate::money::round((s.floor[i] + Decimal::from(extra)) * cent, 2)
    })
}

/// The figures of a largest-remainder split in whole hundredths: the total
/// `t`, the weights made whole, each band's floor `⌊t·w_b/Σw⌋` and its
/// remainder `t·w_b mod Σw`, the hundredths left, and each band's place in
/// the order of remainders (largest first, ties in band order, bands without
/// weight last).
#[derive(Debug, Clone)]
pub struct Shares {
    pub total: Decimal,
    pub weights: [Decimal; 5],
    pub floor: [Decimal; 5],
    pub rest: [Decimal; 5],
    pub left: usize,
    pub rank: [usize; 5],
}

/// [`split_by`]'s figures; `None` when there is nothing to split by weight
/// (no weight, or a total of 0).
#[must_use]
pub fn shares(total: Decimal, weights: &[Decimal; 5]) -> Option<Shares> {
    let hundred = Decimal::ONE_HUNDRED;
    let t = (crate::money::round(total, 2) * hundred).trunc();
    let scale = weights
        .iter()
        .map(|w| w.normalize().scale())
        .max()
        .unwrap_or(0);
    let unit = Decimal::from_i128_with_scale(10_i128.pow(scale), 0);
    let w: [Decimal; 5] = weights.map(|x| (x * unit).trunc());
    let sum: Decimal = w.iter().sum();
    if sum.is_zero() || t.is_zero() {
        return None;
    }
    let mut floor = [Decimal::ZERO; 5];
    let mut rest = [Decimal::ZERO; 5];
    // Whole numbers: counted as integers, which a batch does many times.
    // Whole numbers (`trunc` leaves no decimals): their mantissas, as i64.
    let int = |d: Decimal| i64::try_from(d.mantissa()).ok().filter(|_| d.scale() == 0);
    for i in 0..5 {
        match (int(t), int(w[i]), int(sum)) {
            (Some(ti), Some(wi), Some(si)) if ti.checked_mul(wi).is_some() && si != 0 => {
                let n = ti * wi;
                rest[i] = Decimal::from(n % si);
                floor[i] = Decimal::from(n / si);
            }
            _ => {
                let n = t * w[i];
                rest[i] = n % sum;
                floor[i] = ((n - rest[i]) / sum).trunc();
            }
        }
    }
    let given: Decimal = floor.iter().sum();
    let left = rust_decimal::prelude::ToPrimitive::to_usize(&(t - given)).unwrap_or(0);
    let mut rank = [5usize; 5];
    for i in 0..5 {
        if w[i].is_zero() {
            continue;
        }
        rank[i] = (0..5)
            .filter(|&c| !w[c].is_zero() && (rest[c] > rest[i] || (rest[c] == rest[i] && c < i)))
            .count();
    }
    Some(Shares {
        total: t,
        weights: w,
        floor,
        rest,
        left,
        rank,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn split_adds_up_exactly_even_with_thirds() {
        // 10 / 3 = 3.333…: floors 3.33 × 3 = 9.99, the hundredth left goes to
        // the first of the equal remainders.
        let parts = split_by(dec!(10), &[dec!(1), dec!(1), dec!(1), dec!(0), dec!(0)]);
        assert_eq!(
            parts,
            [dec!(3.34), dec!(3.33), dec!(3.33), dec!(0), dec!(0)]
        );
        let none = split_by(dec!(7), &[dec!(0); 5]);
        assert_eq!(none, [dec!(7), dec!(0), dec!(0), dec!(0), dec!(0)]);
    }

    #[test]
    fn split_gives_hundredths_to_the_largest_remainders() {
        // 1.00 by 1:2:4: 0.142857…, 0.285714…, 0.571428… → floors 0.14, 0.28, 0.57
        // (0.99); remainders .002857, .005714, .001428: the hundredth goes to band 2.
        let parts = split_by(dec!(1.00), &[dec!(1), dec!(2), dec!(4), dec!(0), dec!(0)]);
        assert_eq!(
            parts,
            [dec!(0.14), dec!(0.29), dec!(0.57), dec!(0), dec!(0)]
        );
    }
}
