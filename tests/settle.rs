//! The yearly account with hand-checked amounts: repayment, carry-over and
//! overspend, on the company case and round rates of tests/amounts.rs.
//!
//! Granted 2279 h; settled costs = wages 337540.13 + contributions 11147.99
//! = 348688.12; cost per hour 348688.12 / 2279 = 153.0004… → 153.00.

#![allow(clippy::result_large_err)]

use std::path::Path;

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::settle::{Balance, Used, settle};
use bpa::{Case, calculate};
use rust_decimal_macros::dec;

const CASE: &str = include_str!("data/company-2025.toml");
const USED: &str = include_str!("data/company-2025.used.toml");

fn account(case_text: &str, used_text: &str) -> Result<bpa::settle::Account, bpa::InputError> {
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
fn unused_hours_are_repaid_at_the_average_cost_per_hour() {
    let a = account(CASE, USED).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.granted, dec!(2279));
    assert_eq!(a.used, dec!(2161)); // 1000 + 554 + 35 + 286 + 286
    assert_eq!(a.settled_costs, dec!(348688.12));
    assert_eq!(a.cost_per_hour, dec!(153.00));
    assert_eq!(a.result, Balance::Repay);
    assert_eq!(a.repayment, dec!(18054.00)); // 118 h × 153.00
    assert_eq!((a.carried_over, a.overspend), (dec!(0), dec!(0)));
    // Not settled: the employer-task subsidy and the § 10 amount.
    assert_eq!(
        (a.employer_tasks, a.other_costs),
        (dec!(15762.43), dec!(6000.00))
    );
    // Reimbursed as invoiced: 4200.50 + 1800.
    assert_eq!(a.reimbursed_total, dec!(6000.50));
    let day = &a.bands[0];
    assert_eq!((day.key, day.unused()), ("weekday_day", dec!(118)));
}

#[test]
fn an_agreed_carry_over_moves_the_value_to_next_year() {
    let case = format!("{CASE}\n[settlement]\ncarry_over = true\n");
    let a = account(&case, USED).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.result, Balance::CarryOver);
    assert_eq!(a.carried_over, dec!(18054.00));
    assert_eq!(a.repayment, dec!(0));
}

#[test]
fn more_hours_than_granted_is_an_overspend() {
    // 1200 day hours: 2361 used, 82 over; 82 × 153.00 = 12546.00.
    let used = USED.replace("weekday_day = 1000.0", "weekday_day = 1200.0");
    let a = account(CASE, &used).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.result, Balance::Overspend);
    assert_eq!(a.overspend, dec!(12546.00));
    assert_eq!((a.repayment, a.carried_over), (dec!(0), dec!(0)));
    // Even: exactly the granted hours.
    let even = USED.replace("weekday_day = 1000.0", "weekday_day = 1118.0");
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
