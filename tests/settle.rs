//! The yearly account with hand-checked amounts: repayment, carry-over and
//! overspend, on the company case and round rates of tests/amounts.rs.
//!
//! Granted 2239 h, 1098 of them weekday-day hours. A weekday-day hour costs
//! (SPEC 10a) 100 × 105 % + 10 % × 100 × 105 % + 12.5 % × 100 × 105 %
//! + contributions 9547.99 / 2239 employed hours = 105 + 10.50 + 13.125
//! + 4.2644… = 132.8894… → 132.89.

#![allow(clippy::result_large_err)]

use std::path::Path;

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::runs::settle::{Balance, Used, settle};
use bpa::{Case, calculate};
use rust_decimal_macros::dec;

const CASE: &str = include_str!("data/company-2025.toml");
const USED: &str = include_str!("data/company-2025.used.toml");

fn account(
    case_text: &str,
    used_text: &str,
) -> Result<bpa::runs::settle::Account, bpa::InputError> {
    let case = Case::parse(Source {
        name: "case.toml".into(),
        text: case_text.into(),
    })?;
    let rates = Rates::from_file(Path::new("tests/data/round-2025.toml"))?;
    let budget = calculate(&case, &rates)?;
    let used = Used::parse(Source {
        name: "used.toml".into(),
        text: used_text.into(),
    })?;
    settle(&case, &budget, &used)
}

#[test]
fn unused_hours_are_repaid_at_their_own_bands_cost_per_hour() {
    let a = account(CASE, USED).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.granted, dec!(2239));
    assert_eq!(a.used, dec!(2121)); // 980 + 544 + 35 + 281 + 281
    let day = &a.bands[0];
    assert_eq!(day.cost_per_hour, dec!(132.89));
    assert_eq!(
        day.cost_basis.expr(),
        "100.00 * (1.0000 + 0.0500) + 0.1000 * 100.00 * (1.0000 + 0.0500) + 0.1250 * 100.00 * (1.0000 + 0.0500) + 9547.99 / 2239.00"
    );
    // An evening hour: 100 × 135 % + 10 % × 100 × 105 % + 12.5 % × 100 × 135 % + 4.2644…
    // = 135 + 10.50 + 16.875 + 4.2644 = 166.6394… → 166.64 (pension not on time supplements).
    assert_eq!(a.bands[1].cost_per_hour, dec!(166.64));
    assert_eq!(a.result, Balance::Repay);
    assert_eq!(a.repayment, dec!(15681.02)); // 118 h × 132.89, not the 24-hour average
    assert_eq!((a.carried_over, a.overspend), (dec!(0), dec!(0)));
    // Not settled: the employer-task subsidy and the § 10 amount.
    assert_eq!(
        (a.employer_tasks, a.other_costs),
        (dec!(15762.43), dec!(6000.00))
    );
    // Reimbursed as invoiced: 4200.50 + 1800.
    assert_eq!(a.reimbursed_total, dec!(6000.50));
    assert_eq!((day.key, day.unused()), ("weekday_day", dec!(118)));
}

#[test]
fn an_agreed_carry_over_moves_the_value_to_next_year() {
    let case = format!("{CASE}\n[settlement]\ncarry_over = true\n");
    let a = account(&case, USED).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.result, Balance::CarryOver);
    assert_eq!(a.carried_over, dec!(15681.02));
    assert_eq!(a.repayment, dec!(0));
}

#[test]
fn more_hours_than_granted_is_an_overspend() {
    // 1200 day hours: 102 over the 1098 granted; 102 × 132.89 = 13554.78.
    let used = USED.replace("weekday_day = 980.0", "weekday_day = 1200.0");
    let a = account(CASE, &used).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.result, Balance::Overspend);
    assert_eq!(a.overspend, dec!(13554.78));
    assert_eq!((a.repayment, a.carried_over), (dec!(0), dec!(0)));
    // Even: exactly the granted hours.
    let even = USED.replace("weekday_day = 980.0", "weekday_day = 1098.0");
    let a = account(CASE, &even).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((a.result, a.value), (Balance::Even, dec!(0)));
}

#[test]
fn an_unknown_invoice_item_is_an_error_with_a_suggestion() {
    let used = USED.replace("sick_pay = 4200.50", "sickpay = 4200.50");
    let e = account(CASE, &used).expect_err("an unknown item");
    assert_eq!(e.key.as_deref(), Some("after_invoice.sickpay"));
    assert_eq!(e.help.as_deref(), Some("did you mean `sick_pay`?"));
    let year =
        account(CASE, &USED.replace("year = 2025", "year = 2024")).expect_err("another year");
    assert_eq!(e.file, "used.toml");
    assert_eq!(year.key.as_deref(), Some("year"));
}
