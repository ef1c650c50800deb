//! SPEC 8 and VEJ pkt. 59, 63, 68, 73: what a case adds to the cost of its
//! hours — special costs of substitute cover, the helpers' supervision, VAT
//! on the provider's services — and the provider's lower price, which the
//! grant to an association or company never exceeds (BEK § 3 stk. 3).

use rust_decimal::Decimal;
use serde::Serialize;

use super::period::Period;
use super::{Basis, Line, sum, t};
use crate::case::Case;
use crate::money::ore;

/// The special costs of the case, kroner for the period (SPEC 3.8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpecialCosts {
    pub lines: Vec<Line>,
    pub total: Decimal,
}

/// VEJ pkt. 73 (special costs of the necessary substitute cover), VEJ pkt.
/// 68 (supervision of the helpers) and VEJ pkt. 59 (VAT where the
/// provider's services carry it): each a yearly amount the case gives, for
/// the period's months.
#[must_use]
pub fn special_costs(case: &Case, period: &Period) -> SpecialCosts {
    let f = &case.file;
    let s = f.special_costs.clone().unwrap_or_default();
    let vat = f.provider.as_ref().and_then(|p| p.vat);
    let items = [
        (
            "special_costs.substitute",
            s.substitute,
            t(
                "Særlige udgifter til vikardækning",
                "Special costs of substitute cover",
            ),
            "VEJ pkt. 73",
        ),
        (
            "special_costs.supervision",
            s.supervision,
            t("Supervision af hjælperne", "Supervision of the helpers"),
            "VEJ pkt. 68",
        ),
        (
            "provider.vat",
            vat,
            t(
                "Moms af leverandørens momspligtige ydelser",
                "VAT on the provider's services that carry VAT",
            ),
            "VEJ pkt. 59",
        ),
    ];
    let lines: Vec<Line> = items
        .into_iter()
        .filter_map(|(key, amount, label, legal)| {
            let amount = amount.filter(|a| !a.is_zero())?;
            Some(Line::new(
                key,
                label,
                ore(period.of_year(amount)),
                period.of_year_terms(
                    Basis::new()
                        .kr(amount)
                        .from(input(key))
                        .word(t("pr. år (sagen)", "per year (case)")),
                ),
                legal,
            ))
        })
        .collect();
    SpecialCosts {
        total: sum(&lines),
        lines,
    }
}

/// The case key a spreadsheet formula refers to.
fn input(key: &'static str) -> &'static str {
    match key {
        "special_costs.substitute" => "input:special_costs.substitute",
        "special_costs.supervision" => "input:special_costs.supervision",
        _ => "input:provider.vat",
    }
}

/// BEK § 3 stk. 3, VEJ pkt. 63: an association or company that offers the
/// scheme for less than the grant receives at most its price. `charged` is
/// what the grant pays it before (the cost, less any reduction to the cap,
/// `cap_reduction`); the line takes the employer's part down to the price
/// for the period's months, `price × m_p / 12 − charged`, or is `None`.
#[must_use]
pub fn price_line(
    case: &Case,
    period: &Period,
    cost: Decimal,
    cap_reduction: Decimal,
) -> Option<Line> {
    let price = case.file.provider.as_ref()?.price?;
    let charged = cost + cap_reduction;
    // Rounded once, as the printed formula is redone (SPEC 10).
    let amount = ore(period.of_year(price) - charged);
    if !amount.is_sign_negative() || amount.is_zero() {
        return None;
    }
    let mut basis = period
        .of_year_terms(Basis::new().kr(price).from("input:provider.price").word(t(
            "pr. år (leverandørens pris)",
            "per year (the provider's price)",
        )))
        .minus();
    basis = if cap_reduction.is_zero() {
        basis.kr(cost).from("total:totals.cost")
    } else {
        basis
            .open()
            .kr(cost)
            .from("total:totals.cost")
            .minus()
            .kr(-cap_reduction)
            .close()
    };
    Some(Line::new(
        "provider.price",
        t(
            "Nedsættelse til leverandørens pris",
            "Reduction to the provider's price",
        ),
        amount,
        basis,
        "BEK § 3 stk. 3; VEJ pkt. 63",
    ))
}
