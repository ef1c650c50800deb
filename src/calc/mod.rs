//! The calculation, one module per step of SPEC 3–8. Each step is a pure
//! function from inputs to a result with its lines; nothing here formats.

pub mod contributions;
pub mod employer_tasks;
pub mod hours;
pub mod schedule;
pub mod totals;
pub mod wages;

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::Serialize;

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
    },
    Op(&'static str),
    Word(Text),
}

/// The formula behind a line, with the numbers actually used (SPEC 12 `basis`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Basis(pub Vec<Term>);

impl Basis {
    #[must_use]
    pub fn new() -> Basis {
        Basis(Vec::new())
    }
    #[must_use]
    pub fn num(mut self, value: Decimal, dp: u32, unit: Text) -> Basis {
        self.0.push(Term::Num { value, dp, unit });
        self
    }
    #[must_use]
    pub fn op(mut self, op: &'static str) -> Basis {
        self.0.push(Term::Op(op));
        self
    }
    #[must_use]
    pub fn word(mut self, text: Text) -> Basis {
        self.0.push(Term::Word(text));
        self
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
        self.num(v, dp_for(v), t("uger", "weeks"))
    }
    #[must_use]
    pub fn pct(self, v: Decimal) -> Basis {
        self.num(v, 2, t("%", "%"))
    }
    #[must_use]
    pub fn count(self, v: Decimal, da: &'static str, en: &'static str) -> Basis {
        self.num(v, dp_for(v), t(da, en))
    }
    #[must_use]
    pub fn times(self) -> Basis {
        self.op("×")
    }
    #[must_use]
    pub fn plus(self) -> Basis {
        self.op("+")
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
    pub key: String,
    pub label: Text,
    pub amount: Decimal,
    pub basis: Basis,
    pub legal: String,
    pub rates: Vec<Fig>,
}

impl Line {
    pub fn new(
        key: impl Into<String>,
        label: Text,
        amount: Decimal,
        basis: Basis,
        legal: impl Into<String>,
    ) -> Line {
        Line {
            key: key.into(),
            label,
            amount,
            basis,
            legal: legal.into(),
            rates: Vec::new(),
        }
    }

    #[must_use]
    pub fn with_rates(mut self, rates: &[&Fig]) -> Line {
        self.rates.extend(rates.iter().map(|f| (*f).clone()));
        self
    }
}

/// The sum of the lines' amounts.
#[must_use]
pub fn sum(lines: &[Line]) -> Decimal {
    lines.iter().map(|l| l.amount).sum()
}

/// Split `total` over bands in proportion to `weights`, exactly: the last band
/// with weight takes the remainder so the parts always add up to `total`.
/// With no weight at all, everything goes to the first band (weekday day, SPEC 3.4).
#[must_use]
pub fn split_by(total: Decimal, weights: &[Decimal; 5]) -> [Decimal; 5] {
    let sum: Decimal = weights.iter().sum();
    let mut out = [Decimal::ZERO; 5];
    if sum.is_zero() {
        out[0] = total;
        return out;
    }
    let last = weights.iter().rposition(|w| !w.is_zero()).unwrap_or(0);
    let mut given = Decimal::ZERO;
    for (i, w) in weights.iter().enumerate() {
        if i == last {
            break;
        }
        out[i] = total * w / sum;
        given += out[i];
    }
    out[last] = total - given;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn split_adds_up_exactly_even_with_thirds() {
        let parts = split_by(dec!(10), &[dec!(1), dec!(1), dec!(1), dec!(0), dec!(0)]);
        assert_eq!(parts.iter().sum::<Decimal>(), dec!(10));
        assert_eq!(parts[3], dec!(0));
        let none = split_by(dec!(7), &[dec!(0); 5]);
        assert_eq!(none, [dec!(7), dec!(0), dec!(0), dec!(0), dec!(0)]);
    }
}
