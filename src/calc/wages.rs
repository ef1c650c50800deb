//! SPEC 4, BEK § 5: the wage budget (lønbudget).

use rust_decimal::Decimal;
use serde::Serialize;

use super::hours::Hours;
use super::{Basis, Line, sum, t};
use crate::case::{Band, Case};
use crate::money::{ore, pct};
use crate::rates::{Fig, Params};

/// The wage lines and the sums later steps need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Wages {
    pub lines: Vec<Line>,
    /// All lines: wages, pension and holiday pay.
    pub total: Decimal,
    /// Base, supplements and standby (no pension, no holiday pay).
    pub pay: Decimal,
    pub pension: Decimal,
    pub holiday_pay: Decimal,
    /// Pay for employed helpers' hours (`H_b − R_b`, all standby): the basis of
    /// holiday pay and of contributions that are a percent of wages.
    pub employed_pay: Decimal,
}

/// The pieces of pay for a set of hours per band (SPEC 4).
struct Pay {
    base: Decimal,
    general: Decimal,
    time: Vec<(Band, Decimal)>,
}

fn pay_for(hours: &[(Band, Decimal)], p: &Params) -> Pay {
    let b = p.base_hourly.value;
    let total: Decimal = hours.iter().map(|(_, h)| *h).sum();
    let time = hours
        .iter()
        .filter_map(|&(band, h)| {
            let s = p.scale.supplements.get(band);
            let amount = match (s.pct, s.kr) {
                (Some(pc), _) => h * b * pct(pc),
                (None, Some(kr)) => h * kr,
                (None, None) => Decimal::ZERO,
            };
            (!h.is_zero() && !amount.is_zero()).then(|| (band, ore(amount)))
        })
        .collect();
    Pay {
        base: ore(total * b),
        general: ore(total * b * pct(p.general_supplement_pct.value)),
        time,
    }
}

fn supplement_fig(p: &Params, band: Band) -> Fig {
    let s = p.scale.supplements.get(band);
    Fig {
        path: format!("wage_scales.{}.supplements.{}", p.scale_name, band.key()),
        value: s.pct.or(s.kr).unwrap_or_default(),
        source: s.source.clone(),
        verified: s.verified,
    }
}

/// SPEC 4: base wage, general supplement, time supplements by band, standby,
/// pension and holiday pay; for kt-relative the relative's own care hours get
/// wages but no pension or holiday pay (AST 26-17), unless the relative has
/// transferred the grant and is employed like the helpers (VEJ pkt. 16–18).
#[must_use]
pub fn budget(case: &Case, hours: &Hours, p: &Params) -> Wages {
    let b = p.base_hourly.value;
    let all: Vec<(Band, Decimal)> = hours.bands.iter().map(|h| (h.band, h.total)).collect();
    let pay = pay_for(&all, p);
    let band_hours = hours.band_total();
    let mut lines = vec![
        Line::new(
            "base_wage",
            t("Grundløn", "Base wage"),
            pay.base,
            Basis::new().hours(band_hours).times().kr_h(b),
            p.scale.legal.clone(),
        )
        .with_rates(&[&p.base_hourly]),
        Line::new(
            "general_supplement",
            t(
                "Generelle tillæg (sted, funktion, kvalifikation, anciennitet)",
                "General supplements (local, function, qualification, seniority)",
            ),
            pay.general,
            Basis::new()
                .hours(band_hours)
                .times()
                .kr_h(b)
                .times()
                .pct(p.general_supplement_pct.value),
            "BEK § 5 stk. 2 nr. 2, 3, 5; KL tabel 4",
        )
        .with_rates(&[&p.base_hourly, &p.general_supplement_pct]),
    ];
    for &(band, amount) in &pay.time {
        let h = hours.bands[band as usize].total;
        let s = p.scale.supplements.get(band);
        let basis = match s.pct {
            Some(pc) => Basis::new().hours(h).times().kr_h(b).times().pct(pc),
            None => Basis::new().hours(h).times().kr_h(s.kr.unwrap_or_default()),
        };
        let label = hours.band_label(band);
        lines.push(
            Line::new(
                format!("supplement.{}", band.key()),
                t(
                    format!("Tidsbestemt tillæg, {}", label.da),
                    format!("Working-time supplement, {}", label.en),
                ),
                amount,
                basis,
                "BEK § 5 stk. 2 nr. 1; VEJ pkt. 74",
            )
            .with_rates(&[&p.base_hourly, &supplement_fig(p, band)]),
        );
    }
    let standby = ore(hours.standby * b * pct(p.standby_pct.value));
    if !hours.standby.is_zero() {
        lines.push(
            Line::new(
                "standby_pay",
                t("Rådighedsløn", "Standby pay"),
                standby,
                Basis::new()
                    .hours(hours.standby)
                    .times()
                    .kr_h(b)
                    .times()
                    .pct(p.standby_pct.value),
                "BEK § 5 stk. 3; VEJ pkt. 75",
            )
            .with_rates(&[&p.base_hourly, &p.standby_pct]),
        );
    }

    // Pension and holiday pay are earned by employed helpers only: for
    // kt-relative with the relative as employer, the relative's own care hours
    // R_b are taken out (AST 26-17); the formula then prices the employed hours
    // H_b − R_b itself, so it can be redone from the printed hours.
    let relative = case.file.relative_unemployed();
    let pension_time = p.scale.pension_on_time_supplements;
    let emp_time: Decimal = pay.time.iter().map(|(_, a)| *a).sum();
    // (pension base, holiday base, their bases as formulas)
    let (pension_base, holiday_base, pension_terms, holiday_terms) = if relative {
        let e: Decimal = hours.bands.iter().map(|h| h.total - h.relative).sum();
        let g = p.general_supplement_pct.value;
        let mut common = Basis::new()
            .word(t("ansatte hjælperes timer:", "employed helpers' hours:"))
            .hours(e)
            .times()
            .kr_h(b)
            .plus()
            .hours(e)
            .times()
            .kr_h(b)
            .times()
            .pct(g);
        let mut exact = e * b + e * b * pct(g);
        if !hours.standby.is_zero() {
            common = common
                .plus()
                .hours(hours.standby)
                .times()
                .kr_h(b)
                .times()
                .pct(p.standby_pct.value);
            exact += hours.standby * b * pct(p.standby_pct.value);
        }
        let mut time_terms = Basis::new();
        let mut time_exact = Decimal::ZERO;
        for h in &hours.bands {
            let eh = h.total - h.relative;
            let s = p.scale.supplements.get(h.band);
            let (amount, terms) = match (s.pct, s.kr) {
                (Some(pc), _) => (
                    eh * b * pct(pc),
                    Basis::new()
                        .plus()
                        .hours(eh)
                        .times()
                        .kr_h(b)
                        .times()
                        .pct(pc),
                ),
                (None, Some(kr)) => (eh * kr, Basis::new().plus().hours(eh).times().kr_h(kr)),
                (None, None) => (Decimal::ZERO, Basis::new()),
            };
            if !eh.is_zero() && !amount.is_zero() {
                time_exact += amount;
                time_terms = time_terms.then(terms);
            }
        }
        let with_time = Basis(common.0.clone()).then(time_terms);
        (
            exact
                + if pension_time {
                    time_exact
                } else {
                    Decimal::ZERO
                },
            exact + time_exact,
            if pension_time {
                with_time.clone()
            } else {
                common
            },
            with_time,
        )
    } else {
        let mut pension_terms = Basis::new().kr(pay.base).plus().kr(pay.general);
        let mut holiday_terms = Basis::new().kr(pay.base).plus().kr(pay.general);
        if !standby.is_zero() {
            pension_terms = pension_terms.plus().kr(standby);
            holiday_terms = holiday_terms.plus().kr(standby);
        }
        // Each time-supplement line as printed, so the sum can be redone.
        for &(_, amount) in &pay.time {
            holiday_terms = holiday_terms.plus().kr(amount);
            if pension_time {
                pension_terms = pension_terms.plus().kr(amount);
            }
        }
        let base = pay.base + pay.general + standby;
        (
            base + if pension_time {
                emp_time
            } else {
                Decimal::ZERO
            },
            base + emp_time,
            pension_terms,
            holiday_terms,
        )
    };
    let pension = ore(pension_base * pct(p.pension_pct.value));
    let legal_rel = if relative { "; AST 26-17" } else { "" };
    lines.push(
        Line::new(
            "pension",
            t("Arbejdsmarkedspension", "Occupational pension"),
            pension,
            Basis::new()
                .pct(p.pension_pct.value)
                .times()
                .open()
                .then(pension_terms)
                .close(),
            format!("BEK § 5 stk. 2 nr. 4{legal_rel}"),
        )
        .with_rates(&[&p.pension_pct]),
    );
    let employed_pay = ore(holiday_base);
    let holiday = ore(holiday_base * pct(p.holiday_pct.value));
    lines.push(
        Line::new(
            "holiday_pay",
            t("Feriegodtgørelse", "Holiday pay"),
            holiday,
            Basis::new()
                .pct(p.holiday_pct.value)
                .times()
                .open()
                .then(holiday_terms)
                .close(),
            format!("BEK § 5 stk. 5; VEJ pkt. 76; ferieloven{legal_rel}"),
        )
        .with_rates(&[&p.holiday_pct]),
    );

    let total = sum(&lines);
    Wages {
        total,
        pay: total - pension - holiday,
        pension,
        holiday_pay: holiday,
        employed_pay,
        lines,
    }
}
