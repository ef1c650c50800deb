//! The one rounding policy (SPEC 10): money to øre, half away from zero.

use rust_decimal::{Decimal, RoundingStrategy};

/// Round a money amount to øre, half away from zero (SPEC 10).
///
/// `Decimal::round_dp` would round half to even; the strategy is named here
/// so there is exactly one place that decides.
#[must_use]
pub fn ore(amount: Decimal) -> Decimal {
    round(amount, 2)
}

/// Round to `dp` decimals, half away from zero, and show exactly `dp`
/// decimals (`52` to 2 decimals is `52.00`): for hours, percents and rates
/// in the output.
#[must_use]
pub fn round(value: Decimal, dp: u32) -> Decimal {
    let mut v = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    v.rescale(dp);
    v
}

/// A percent figure as a factor: `30.0` → `0.30`.
#[must_use]
pub fn pct(percent: Decimal) -> Decimal {
    // Times 0,01 rather than divided by 100: the same exact value, and a
    // product is much cheaper than a division.
    percent * Decimal::new(1, 2)
}

/// Split a yearly total into 12 monthly payments that add up to it exactly;
/// the last month absorbs the rounding (SPEC 8).
#[must_use]
pub fn monthly(total: Decimal) -> Vec<Decimal> {
    let month = ore(total / Decimal::from(12));
    let mut months = vec![month; 11];
    months.push(total - month * Decimal::from(11));
    months
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        // round_dp would give 0.12 and -0.12 (banker's rounding).
        assert_eq!(ore(dec!(0.125)), dec!(0.13));
        assert_eq!(ore(dec!(-0.125)), dec!(-0.13));
        assert_eq!(ore(dec!(0.135)), dec!(0.14));
        assert_eq!(ore(dec!(2.3449)), dec!(2.34));
    }

    #[test]
    fn twelve_payments_sum_to_the_total() {
        // 1000.00 / 12 = 83.333… → 11 × 83.33 = 916.63, last month 83.37.
        let m = monthly(dec!(1000.00));
        assert_eq!(m[0], dec!(83.33));
        assert_eq!(m[11], dec!(83.37));
        assert_eq!(m.iter().sum::<Decimal>(), dec!(1000.00));
    }
}
