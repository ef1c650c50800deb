//! The yearly account with hand-checked amounts: repayment, carry-over and
//! overspend, on the company case and round rates of tests/amounts.rs.
//!
//! Granted 2239 h, 1098 of them weekday-day hours. A weekday-day hour costs
//! (SPEC 10a) 100 × ((100 % + 5 %) + 10 % × (100 % + 5 %) + 12.5 % ×
//! (100 % + 5 %)) plus contributions 9547.99 / 2239 employed hours:
//! 105 + 10.50 + 13.125 + 4.2644… = 132.8894… → 132.89.

#![allow(clippy::result_large_err)]

use std::path::Path;

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::runs::settle::{Account, Balance, Used, settle};
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
        "100.00 * ((1.0000 + 0.0500) + 0.1000 * (1.0000 + 0.0500) + 0.1250 * (1.0000 + 0.0500)) + 9547.99 / 2239.00"
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

// ------------------------------------------------------------------------
// On tests/data/settle/rates-2025.toml: base wage 100 kr/h, general
// supplement 5 %, evening 30 %, Saturday 25 %, pension 10 % (not on time
// supplements), holiday pay 12.5 %, standby 50 %, ATP 200 / 100 / 50 kr. a
// month, no other contribution, no meetings.
//
// S-BPA (tests/data/settle/bpa.toml): 20 h a week by day and 10 in the
// evening: 1,040 + 520 = 1,560 h, one helper; 1,560 / 12 = 130 h a month,
// so ATP 12 × 200 = 2,400 kr., 2,400 / 1,560 per employed hour.
//   day:      100 × ((100 % + 5 %) + 10 % × (100 % + 5 %) + 12.5 % × (100 % + 5 %))
//             = 105 + 10.50 + 13.125 = 128.625; + 1.5384… = 130.1634… → 130.16
//   evening:  100 × ((100 % + 5 % + 30 %) + 10 % × (100 % + 5 %) + 12.5 % × (100 % + 5 % + 30 %))
//             = 135 + 10.50 + 16.875 = 162.375; + 1.5384… = 163.9134… → 163.91
//   Saturday: 100 × (130 % + 10.5 % + 16.25 %) = 156.75; + 1.5384… = 158.2884… → 158.29

const S_BPA: &str = "tests/data/settle/bpa.toml";
const S_RISE: &str = "tests/data/settle/rise-2025.toml";

/// The account of a case's text, named as a file in tests/data/settle/ so
/// its `rates` is found there, against a used file's text, on the case's own
/// rate table or on `rates`.
fn settled_text(case: String, rates: Option<&str>, used: &str) -> Result<Account, bpa::InputError> {
    let case = Case::parse(Source {
        name: S_BPA.into(),
        text: case,
    })?;
    let rates = Rates::for_case(&case, rates.map(Path::new))?;
    let budget = calculate(&case, &rates)?;
    let used = Used::parse(Source {
        name: "used.toml".into(),
        text: used.into(),
    })?;
    settle(&case, &budget, &used)
}

/// The account of a case file against a used file's text.
fn settled(case: &str, rates: Option<&str>, used: &str) -> Result<Account, bpa::InputError> {
    settled_text(
        std::fs::read_to_string(case).expect("the case"),
        rates,
        used,
    )
}

fn bpa_used(day: &str, evening: &str) -> String {
    format!("year = 2025\n[hours]\nweekday_day = {day}\nweekday_evening = {evening}\n")
}

fn ok(a: Result<Account, bpa::InputError>) -> Account {
    a.unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_wage_that_rises_on_1_april_is_valued_at_the_budgets_hour_weighted_base() {
    // Base 100 kr/h to 31 March (90 days), 110 from 1 April (275 days).
    // The budget splits each band by days: day 256.44 + 783.56, evening
    // 128.22 + 391.78; its base-wage line is 384.66 × 100 + 1,175.34 × 110
    // = 167,753.40 kr. The account's base: 167,753.40 / 1,560 = 107.5342…,
    // not rounded. A day hour: 107.5342… × 128.625 % + 2,400 / 1,560
    // = 138.3159… + 1.5384… = 139.8543… → 139.85 (130.16 at the 1 January
    // wage, 143.03 at the 1 April wage). 100 day hours unused: 13,985.00 kr.
    let case = Case::read(Path::new(S_BPA)).unwrap_or_else(|e| panic!("{e}"));
    let rates = Rates::for_case(&case, Some(Path::new(S_RISE))).unwrap_or_else(|e| panic!("{e}"));
    let budget = calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"));
    let base = budget
        .wages
        .lines
        .iter()
        .find(|l| l.key == "base_wage")
        .expect("base wage");
    assert_eq!(base.amount, dec!(167753.40));
    let a = ok(settled(S_BPA, Some(S_RISE), &bpa_used("940.0", "520.0")));
    let day = &a.bands[0];
    assert_eq!(day.cost_per_hour, dec!(139.85));
    assert_eq!(
        day.cost_basis.expr(),
        "(384.66 * 100.00 + 1175.34 * 110.00) / 1560.00 * ((1.0000 + 0.0500) + 0.1000 * (1.0000 + 0.0500) + 0.1250 * (1.0000 + 0.0500)) + 2400.00 / 1560.00"
    );
    let shown = bpa::report::basis(&day.cost_basis, bpa::report::Lang::Da);
    assert!(shown.starts_with("(384,66 t × 100,00 kr./t (1/1–31/3) + 1.175,34 t × 110,00 kr./t (1/4–31/12)) / 1.560,00 t ×"), "{shown}");
    assert_eq!(a.repayment, dec!(13985.00));
}
