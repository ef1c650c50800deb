//! SEL § 3 a: whether a new decision reduces the help, which then needs 14
//! weeks' notice (VEJ pkt. 39–40). One rule for `calc`, `batch` and `diff`.

use rust_decimal::Decimal;

use super::{Text, t};
use crate::case::Previous;
use crate::money::ore;

/// Weeks of notice before a reduction takes effect, from the day the
/// citizen receives the decision (SEL § 3 a stk. 1; VEJ pkt. 39).
pub const NOTICE_WEEKS: u32 = 14;

/// What a compared figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Kroner,
    Hours,
}

/// Falls in hours or in the grant, which need notice (SEL § 3 a).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reduction {
    pub falls: Vec<Fall>,
}

/// One figure that falls: what it is, its unit, from and to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fall {
    pub what: Text,
    pub unit: Unit,
    pub old: Decimal,
    pub new: Decimal,
}

/// The three figures SEL § 3 a compares (SPEC 9): the grant per year, the
/// grant hours per year and the weekly need after deductions.
#[derive(Debug, Clone, Copy, Default)]
pub struct Level {
    pub annual_total: Option<Decimal>,
    pub grant_hours: Option<Decimal>,
    pub weekly_need: Option<Decimal>,
}

impl Level {
    /// The last decision's figures, those `[previous]` gives.
    #[must_use]
    pub fn of_previous(p: &Previous) -> Level {
        Level {
            annual_total: p.annual_total,
            grant_hours: p.grant_hours,
            weekly_need: p.weekly_need,
        }
    }

    pub fn figures(&self) -> [(&'static str, Text, Unit, Option<Decimal>); 3] {
        [
            (
                "totals.grant_total",
                t("Tilskud i alt pr. år", "Grant total per year"),
                Unit::Kroner,
                self.annual_total,
            ),
            (
                "hours.total",
                t("Bevilgede timer pr. år", "Grant hours per year"),
                Unit::Hours,
                self.grant_hours,
            ),
            (
                "hours.weekly_need",
                t(
                    "Behov pr. uge efter fradrag",
                    "Need per week after deductions",
                ),
                Unit::Hours,
                self.weekly_need,
            ),
        ]
    }
}

/// SEL § 3 a, the one rule for `calc`, `batch` and `diff`: each figure both
/// sides give, compared as printed (kroner to the øre, hours to the
/// hundredth); a reduction names every figure that fell and nothing else.
#[must_use]
pub fn reduction(old: &Level, new: &Level) -> Option<Reduction> {
    let falls: Vec<Fall> = old
        .figures()
        .into_iter()
        .zip(new.figures())
        .filter_map(|((_, what, unit, o), (.., n))| {
            let (o, n) = (ore(o?), ore(n?));
            (n < o).then_some(Fall {
                what,
                unit,
                old: o,
                new: n,
            })
        })
        .collect();
    (!falls.is_empty()).then_some(Reduction { falls })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn only_a_fall_of_at_least_one_ore_needs_notice() {
        let level = |v| Level {
            annual_total: Some(v),
            ..Level::default()
        };
        let check = |old, new| reduction(&level(old), &level(new)).is_some();
        assert!(check(dec!(100.00), dec!(99.99)));
        assert!(!check(dec!(100.00), dec!(100.00)));
        assert!(!check(dec!(100.00), dec!(100.01)));
        // 99.996 rounds to 100.00: not a fall in what the decision shows
        assert!(!check(dec!(100.00), dec!(99.996)));
    }

    #[test]
    fn a_reduction_names_only_the_figures_that_fell() {
        // The grant rises 270,000.00 → 342,047.23 while the weekly need falls 31 → 30.
        let old = Level {
            annual_total: Some(dec!(270000)),
            grant_hours: None,
            weekly_need: Some(dec!(31)),
        };
        let new = Level {
            annual_total: Some(dec!(342047.23)),
            grant_hours: Some(dec!(1583)),
            weekly_need: Some(dec!(30)),
        };
        let r = reduction(&old, &new).expect("the weekly need fell");
        assert_eq!(r.falls.len(), 1);
        assert_eq!(r.falls[0].what.en, "Need per week after deductions");
        assert_eq!((r.falls[0].old, r.falls[0].new), (dec!(31.00), dec!(30.00)));
        // Printed 50.58 against [previous] 50.58: no fall.
        let same = Level {
            weekly_need: Some(dec!(50.58)),
            ..Level::default()
        };
        assert!(reduction(&same, &same).is_none());
    }
}
