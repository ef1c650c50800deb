//! SPEC 10a (BEK § 15, VEJ pkt. 102): the cost of one hour by band, which
//! the yearly account values unused hours at.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hours::Hours;
use super::{Basis, Text, t};
use crate::case::Band;
use crate::money::ore;
use crate::rates::Params;

/// SPEC 10a: the cost of one hour by band: wages, pension and holiday pay of
/// an hour in the band plus contributions per employed hour, each rounded to
/// øre; and of a standby hour. The budget carries them for the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BandCost {
    /// A band key, or `standby`.
    pub key: &'static str,
    pub label: Text,
    pub cost: Decimal,
    pub basis: Basis,
}

/// The hourly cost of each band and of standby (SPEC 10a; BEK § 15, VEJ pkt. 102).
#[must_use]
pub fn band_costs(p: &Params, hours: &Hours, contributions: Decimal) -> Vec<BandCost> {
    let b = p.base_hourly.value;
    let g = p.general_supplement_pct.value;
    let pension = p.pension_pct.value;
    let holiday = p.holiday_pct.value;
    let per_employed = |basis: Basis| -> (Decimal, Basis) {
        if hours.employed.is_zero() {
            (Decimal::ZERO, basis)
        } else {
            (
                contributions / hours.employed,
                basis.plus().kr(contributions).div().hours(hours.employed),
            )
        }
    };
    let pcts = |with_time: Option<Decimal>| {
        let mut x = Basis::new().open().pct(Decimal::ONE_HUNDRED).plus().pct(g);
        if let Some(tb) = with_time {
            x = x.plus().pct(tb);
        }
        x.close()
    };
    let mut out = Vec::new();
    for band in Band::ALL {
        let s = p.scale.supplements.get(band);
        // A kroner supplement is written as its percent of the base wage.
        let tb = match (s.pct, s.kr) {
            (Some(pc), _) => pc,
            (None, Some(kr)) if !b.is_zero() => kr / b * Decimal::ONE_HUNDRED,
            _ => Decimal::ZERO,
        };
        let time = (!tb.is_zero()).then_some(tb);
        // The scale's own pension percent on the time supplement, if any (VEJ pkt. 72).
        let pension_time = p
            .pension_time_pct
            .as_ref()
            .map(|f| f.value)
            .filter(|pt| time.is_some() && !pt.is_zero());
        let mut basis = Basis::new()
            .kr_h(b)
            .times()
            .then(pcts(time))
            .plus()
            .pct(pension)
            .times()
            .kr_h(b)
            .times()
            .then(pcts(None));
        if let (Some(pt), Some(tb)) = (pension_time, time) {
            basis = basis.plus().pct(pt).times().kr_h(b).times().pct(tb);
        }
        let basis = basis
            .plus()
            .pct(holiday)
            .times()
            .kr_h(b)
            .times()
            .then(pcts(time));
        let (per, basis) = per_employed(basis);
        let hundred = Decimal::ONE_HUNDRED;
        let round_t = crate::money::round(tb, 2);
        let wage = b * (hundred + g + round_t) / hundred;
        let pen = pension / hundred * b * (hundred + g) / hundred
            + pension_time.unwrap_or_default() / hundred * b * round_t / hundred;
        let hol = holiday / hundred * wage;
        out.push(BandCost {
            key: band.key(),
            label: hours.band_label(band),
            cost: ore(wage + pen + hol + per),
            basis,
        });
    }
    let sb = p.standby_pct.value;
    let basis = Basis::new()
        .kr_h(b)
        .times()
        .pct(sb)
        .times()
        .open()
        .pct(Decimal::ONE_HUNDRED)
        .plus()
        .pct(pension)
        .plus()
        .pct(holiday)
        .close();
    let (per, basis) = per_employed(basis);
    let hundred = Decimal::ONE_HUNDRED;
    out.push(BandCost {
        key: "standby",
        label: t("rådighedstimer", "standby hours"),
        cost: ore(b * sb / hundred * (hundred + pension + holiday) / hundred + per),
        basis,
    });
    out
}
