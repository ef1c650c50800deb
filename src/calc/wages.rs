//! SPEC 4, BEK § 5: the wage budget (lønbudget).

use rust_decimal::Decimal;
use serde::Serialize;

use super::hours::{Hours, band_label};
use super::{Basis, Line, sum, t};
use crate::case::{Band, Case, Scheme};
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
/// wages but no pension or holiday pay (AST 26-17).
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
        let label = band_label(band);
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
    // kt-relative the relative's own care hours R_b are taken out (AST 26-17).
    let relative = case.file.scheme == Scheme::KtRelative;
    let employed_hours: Vec<(Band, Decimal)> = hours
        .bands
        .iter()
        .map(|h| (h.band, h.total - h.relative))
        .collect();
    let emp = if relative {
        pay_for(&employed_hours, p)
    } else {
        pay
    };
    let emp_time: Decimal = emp.time.iter().map(|(_, a)| *a).sum();
    let scope = if relative {
        let e: Decimal = employed_hours.iter().map(|(_, h)| *h).sum();
        Some(
            Basis::new()
                .word(t("ansatte hjælperes", "employed helpers'"))
                .hours(e)
                .word(t(":", ":")),
        )
    } else {
        None
    };
    let pension_time = p.scale.pension_on_time_supplements;
    let pension_base = emp.base
        + emp.general
        + standby
        + if pension_time {
            emp_time
        } else {
            Decimal::ZERO
        };
    let pension = ore(pension_base * pct(p.pension_pct.value));
    let mut basis = Basis::new().pct(p.pension_pct.value).times().op("(");
    if let Some(s) = &scope {
        basis.0.extend(s.0.iter().cloned());
    }
    basis = basis.kr(emp.base).plus().kr(emp.general).plus().kr(standby);
    if pension_time {
        basis = basis.plus().kr(emp_time);
    }
    basis = basis.op(")");
    let legal_rel = if relative { "; AST 26-17" } else { "" };
    lines.push(
        Line::new(
            "pension",
            t("Arbejdsmarkedspension", "Occupational pension"),
            pension,
            basis,
            format!("BEK § 5 stk. 2 nr. 4{legal_rel}"),
        )
        .with_rates(&[&p.pension_pct]),
    );
    let employed_pay = emp.base + emp.general + emp_time + standby;
    let holiday = ore(employed_pay * pct(p.holiday_pct.value));
    let mut basis = Basis::new().pct(p.holiday_pct.value).times().op("(");
    if let Some(s) = &scope {
        basis.0.extend(s.0.iter().cloned());
    }
    basis = basis
        .kr(emp.base)
        .plus()
        .kr(emp.general)
        .plus()
        .kr(emp_time)
        .plus()
        .kr(standby)
        .op(")");
    lines.push(
        Line::new(
            "holiday_pay",
            t("Feriegodtgørelse", "Holiday pay"),
            holiday,
            basis,
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
