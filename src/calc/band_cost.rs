//! SPEC 10a (BEK § 15, VEJ pkt. 102): the cost of one hour by band, which
//! the yearly account values unused and over-used hours at.
//!
//! An hour is valued as the budget priced it. Where a wage figure changes
//! during the period (SPEC 4), the budget split the hours over the parts of
//! the period; the account takes the base wage weighted by those hours, the
//! hours the base-wage line prints, as a fraction that is not rounded before
//! use (SPEC 10). A relative recipient's own hours (SEL § 95 stk. 3) cost
//! the wage alone: no pension, holiday pay or contributions (AST 26-17).

use rust_decimal::Decimal;
use serde::Serialize;

use super::hours::Hours;
use super::period::Period;
use super::wages::{Part, by_days, parts};
use super::{Basis, Said, Text, t};
use crate::case::{Band, Case};
use crate::money::{ore, pct};
use crate::rates::Params;

/// SPEC 10a: the cost of one hour in a band, for an employed helper or for
/// a relative recipient's own hours, or of a standby hour, to øre, with its
/// formula. The budget carries them for the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BandCost {
    /// A band key (`weekday_day`), the relative's own hours in a band
    /// (`relative.weekday_day`), or `standby`.
    pub key: &'static str,
    pub label: Text,
    pub cost: Decimal,
    pub basis: Basis,
}

/// The keys of the relative's own hours, in band order.
pub const RELATIVE_KEYS: [&str; 5] = per_band!("relative.");

/// Whose hour, or a standby hour.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Helper(Band),
    Relative(Band),
    Standby,
}

/// What an hour costs in one part of the period: the base wage in force
/// times a factor of percents, plus a supplement in kroner times its own
/// factor. `same` compares the percents and kroner, not the base wage.
struct PartCost {
    base: Decimal,
    factor: Decimal,
    factor_terms: Basis,
    kr: Option<(Decimal, Decimal, Basis)>,
    same: (Decimal, Decimal, Option<Decimal>),
}

/// The cost of each band's hour, of the relative's own hours where the
/// relative recipient is not employed (kt-relative), and of a standby hour
/// (SPEC 10a; BEK § 15, VEJ pkt. 102; AST 26-17).
#[must_use]
pub fn band_costs(
    case: &Case,
    p: &Params,
    period: &Period,
    hours: &Hours,
    contributions: Decimal,
) -> Vec<BandCost> {
    let parts = parts(p, period.from, period.to);
    let band_weights = band_hours_by_part(hours, &parts);
    let standby_weights = by_days(hours.standby, &parts);
    let per_employed = (!hours.employed.is_zero()).then_some((contributions, hours.employed));
    let mut out: Vec<BandCost> = Band::ALL
        .iter()
        .map(|&band| BandCost {
            key: band.key(),
            label: hours.band_label(band),
            ..cost(p, &parts, &band_weights, Kind::Helper(band), per_employed)
        })
        .collect();
    out.push(BandCost {
        key: "standby",
        label: t("rådighedstimer", "standby hours"),
        ..cost(p, &parts, &standby_weights, Kind::Standby, per_employed)
    });
    if case.file.relative_unemployed() {
        let labels = relative_labels();
        for band in Band::ALL {
            out.push(BandCost {
                key: RELATIVE_KEYS[band as usize],
                label: labels[band as usize].clone(),
                ..cost(p, &parts, &band_weights, Kind::Relative(band), None)
            });
        }
    }
    out
}

/// The labels of the relative's own hours by band.
#[must_use]
pub fn relative_labels() -> [Text; 6] {
    band_labels!("nærtståendes egne timer, ", "relative's own hours, ")
}

/// All band hours by part of the period, as the base-wage line prints them:
/// each band's hours split by days (SPEC 4), summed part by part.
fn band_hours_by_part(hours: &Hours, parts: &[Part]) -> Vec<Decimal> {
    if parts.len() <= 1 {
        return vec![hours.band_total()];
    }
    let mut all = vec![Decimal::ZERO; parts.len()];
    for h in &hours.bands {
        for (i, x) in by_days(h.total, parts).into_iter().enumerate() {
            all[i] += x;
        }
    }
    all
}

/// One hour of `kind`: the parts' costs weighted by `weights` (hours, or
/// the parts' days where there are no hours), plus contributions per
/// employed hour `C / E` where given; rounded to øre once.
fn cost(
    p: &Params,
    parts: &[Part],
    weights: &[Decimal],
    kind: Kind,
    per_employed: Option<(Decimal, Decimal)>,
) -> BandCost {
    let by_hours = !weights.iter().copied().sum::<Decimal>().is_zero();
    let weights: Vec<Decimal> = if by_hours {
        weights.to_vec()
    } else {
        parts.iter().map(|x| Decimal::from(x.days)).collect()
    };
    let total: Decimal = weights.iter().sum();
    let costs: Vec<PartCost> = parts.iter().map(|x| part_cost(p, x, kind)).collect();
    let exact: Decimal = costs
        .iter()
        .zip(&weights)
        .map(|(c, w)| *w * (c.base * c.factor + c.kr.as_ref().map_or(Decimal::ZERO, |k| k.0 * k.1)))
        .sum::<Decimal>()
        / total;
    let weight = |b: Basis, w: Decimal| {
        if by_hours {
            b.hours(w)
        } else {
            b.count(w, "dage", "days")
        }
    };
    let mut basis = if parts.len() == 1 {
        factored(Basis::new().kr_h(costs[0].base), &costs[0])
    } else if costs.iter().all(|c| c.same == costs[0].same) {
        // One set of percents: the hour-weighted base wage, then its factor.
        let mut b = Basis::new().open();
        for (i, (c, w)) in costs.iter().zip(&weights).enumerate() {
            if i > 0 {
                b = b.plus();
            }
            b = weight(b, *w).times().kr_h(c.base).said(dates(&parts[i]));
        }
        let b = b.close().div();
        factored(weight(b, total), &costs[0])
    } else {
        // The percents change too: each part's hour, weighted.
        let mut b = Basis::new().open();
        for (i, (c, w)) in costs.iter().zip(&weights).enumerate() {
            if i > 0 {
                b = b.plus();
            }
            let one = factored(Basis::new().kr_h(c.base), c);
            b = weight(b, *w)
                .times()
                .open()
                .then(one)
                .close()
                .said(dates(&parts[i]));
        }
        weight(b.close().div(), total)
    };
    let mut cost = exact;
    if let Some((c, e)) = per_employed {
        cost += c / e;
        basis = basis.plus().kr(c).div().hours(e);
    }
    BandCost {
        key: "",
        label: t("", ""),
        cost: ore(cost),
        basis,
    }
}

/// `base × (percents) [+ kr × (percents)]`: one part's hour after its base
/// wage, or the weighted base wage's.
fn factored(base: Basis, c: &PartCost) -> Basis {
    let mut b = base.times().open().then(c.factor_terms.clone()).close();
    if let Some((kr, _, terms)) = &c.kr {
        b = b
            .plus()
            .kr_h(*kr)
            .times()
            .open()
            .then(terms.clone())
            .close();
    }
    b
}

fn dates(x: &Part) -> Said {
    Said::Dates(x.from, x.to)
}

/// An hour's factors in one part (SPEC 10a): for a helper, wages, pension
/// and holiday pay, `(1 + g + t_b) + p·(1 + g) [+ p_t·t_b] + f·(1 + g + t_b)`,
/// the pension on the time supplement at the scale's own percent `p_t`
/// where it has one (VEJ pkt. 72), as the budget's pension line; for the
/// relative's own hours the wage alone, `1 + g + t_b` (AST 26-17); for
/// standby `s·(1 + p + f)` (BEK § 5 stk. 3). A supplement in kroner is not a
/// percent of the base wage and keeps its own factor, `1 [+ p_t] + f`.
fn part_cost(p: &Params, x: &Part, kind: Kind) -> PartCost {
    let hundred = Decimal::ONE_HUNDRED;
    let (pension, holiday) = (p.pension_pct.value, p.holiday_pct.value);
    let g = p.general_supplement_pct.at(x.from);
    let base = p.base_hourly.at(x.from);
    let band = match kind {
        Kind::Helper(b) | Kind::Relative(b) => b,
        Kind::Standby => {
            let s = p.standby_pct.at(x.from);
            let terms = Basis::new()
                .pct(s)
                .times()
                .open()
                .pct(hundred)
                .plus()
                .pct(pension)
                .plus()
                .pct(holiday)
                .close();
            return PartCost {
                base,
                factor: pct(s) * (hundred + pension + holiday) / hundred,
                factor_terms: terms,
                kr: None,
                same: (s, Decimal::ZERO, None),
            };
        }
    };
    let (tb, kr) = match p.scale.supplements.get(band).at(x.from) {
        (Some(pc), _) => (pc, None),
        (None, Some(kr)) => (Decimal::ZERO, Some(kr)),
        (None, None) => (Decimal::ZERO, None),
    };
    let pcts = |time: bool| {
        let mut b = Basis::new().pct(hundred).plus().pct(g);
        if time && !tb.is_zero() {
            b = b.plus().pct(tb);
        }
        b
    };
    let wage = (hundred + g + tb) / hundred;
    // The scale's own pension percent on time supplements, as the budget's
    // pension line takes it (VEJ pkt. 72); none without it.
    let pension_time = p
        .pension_time_pct
        .as_ref()
        .map(|f| f.value)
        .filter(|pt| !pt.is_zero());
    let (factor, terms) = match kind {
        Kind::Relative(_) => (wage, pcts(true)),
        _ => {
            let mut terms = Basis::new()
                .open()
                .then(pcts(true))
                .close()
                .plus()
                .pct(pension)
                .times()
                .open()
                .then(pcts(false))
                .close();
            let mut on_pension = pct(pension) * (hundred + g) / hundred;
            if let Some(pt) = pension_time.filter(|_| !tb.is_zero()) {
                terms = terms.plus().pct(pt).times().pct(tb);
                on_pension += pct(pt) * pct(tb);
            }
            let terms = terms
                .plus()
                .pct(holiday)
                .times()
                .open()
                .then(pcts(true))
                .close();
            (wage + on_pension + pct(holiday) * wage, terms)
        }
    };
    let kr = kr.map(|kr| match kind {
        Kind::Relative(_) => (kr, Decimal::ONE, Basis::new().pct(hundred)),
        _ => {
            let mut terms = Basis::new().pct(hundred);
            let mut f = hundred;
            if let Some(pt) = pension_time {
                terms = terms.plus().pct(pt);
                f += pt;
            }
            (kr, (f + holiday) / hundred, terms.plus().pct(holiday))
        }
    });
    PartCost {
        base,
        factor,
        factor_terms: terms,
        same: (g, tb, kr.as_ref().map(|k| k.0)),
        kr,
    }
}
