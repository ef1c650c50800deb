//! The yearly account with hand-checked amounts (SPEC 10a): repayment,
//! carry-over and overspend on the company case and round rates of
//! tests/amounts.rs; then, on the round figures of tests/data/settle/
//! (set there, so the amounts do not move with the embedded table), hours
//! moved between bands both ways, standby on its own, a relative
//! recipient's own hours, a wage that rises on 1 April, the offset in the
//! next payment, the used file's three-decimals warning and its errors.
//!
//! Company case: granted 2239 h, 1098 of them weekday-day hours. A
//! weekday-day hour costs 100 × ((100 % + 5 %) + 10 % × (100 % + 5 %) +
//! 12.5 % × (100 % + 5 %)) plus contributions 9547.99 / 2239 employed
//! hours: 105 + 10.50 + 13.125 + 4.2644… = 132.8894… → 132.89.

#![allow(clippy::result_large_err)]

use std::path::Path;

mod common;

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::runs::settle::{Account, Balance, Used, settle};
use bpa::{Case, calculate};
use rust_decimal::Decimal;
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

/// VEJ pkt. 72: where the wage scale has its own pension percent on the
/// working-time supplements (`pension_time_supplements_pct`), an hour with a
/// supplement carries it as the budget's pension line does, a term of its
/// own; an hour without one is unchanged.
#[test]
fn pension_on_time_supplements_is_in_the_cost_of_an_hour_with_a_supplement() {
    let case = Case::parse(Source {
        name: "case.toml".into(),
        text: CASE.into(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let rates = Rates::from_file(Path::new("tests/data/round-2025-pension-time.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let budget = calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"));
    let used = Used::parse(Source {
        name: "used.toml".into(),
        text: USED.into(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let a = settle(&case, &budget, &used).unwrap_or_else(|e| panic!("{e}"));
    // A day hour has no supplement: 132.89 as without it.
    assert_eq!(a.bands[0].cost_per_hour, dec!(132.89));
    // An evening hour: 135 + 10 % × 105 + 5 % × 30 + 12.5 % × 135 + 4.2644…
    // = 135 + 10.50 + 1.50 + 16.875 + 4.2644 = 168.1394… → 168.14; over the
    // 544 granted evening hours the 1.50 is the budget's 5 % × 16,320.00.
    assert_eq!(a.bands[1].cost_per_hour, dec!(168.14));
    assert_eq!(
        a.bands[1].cost_basis.expr(),
        "100.00 * ((1.0000 + 0.0500 + 0.3000) + 0.1000 * (1.0000 + 0.0500) + 0.0500 * 0.3000 + 0.1250 * (1.0000 + 0.0500 + 0.3000)) + 9547.99 / 2239.00"
    );
    // A night hour: 145 + 10.50 + 5 % × 40 + 12.5 % × 145 + 4.2644…
    // = 145 + 10.50 + 2.00 + 18.125 + 4.2644 = 179.8894… → 179.89.
    assert_eq!(a.bands[2].cost_per_hour, dec!(179.89));
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
const S_REL: &str = "tests/data/settle/relative.toml";
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
fn hours_moved_between_bands_are_flexible_use_in_both_directions() {
    // 100 h moved from day to evening, every granted hour used: 940 + 620 =
    // 1,560. Nothing unused, nothing over: no repayment and no overspend,
    // where valuing band by band would give an overspend of
    // 100 × 163.91 − 100 × 130.16 = 3,375.00 kr.
    let a = ok(settled(S_BPA, None, &bpa_used("940.0", "620.0")));
    assert_eq!(
        (a.bands[0].cost_per_hour, a.bands[1].cost_per_hour),
        (dec!(130.16), dec!(163.91))
    );
    assert_eq!((a.granted, a.used), (dec!(1560), dec!(1560)));
    assert_eq!(a.result, Balance::Even);
    assert_eq!(
        (a.repayment, a.overspend, a.value),
        (dec!(0), dec!(0), dec!(0))
    );
    assert!(a.warnings.is_empty());
    // The reverse move, 100 h from evening to day: again nothing to settle,
    // where band by band would repay 3,375.00 kr. with 0 hours unused.
    let a = ok(settled(S_BPA, None, &bpa_used("1140.0", "420.0")));
    assert_eq!(a.result, Balance::Even);
    assert_eq!((a.repayment, a.overspend), (dec!(0), dec!(0)));
    assert_eq!(a.unused_hours(), dec!(0));
}

#[test]
fn hours_unused_in_all_are_repaid_at_the_bands_where_they_went_unused() {
    // Day 100 h unused, evening 80 h over: N = max(0, 1,560 − 1,540) = 20,
    // at the day's cost: 20 × 130.16 = 2,603.20 kr. (not 100 × 130.16 −
    // 80 × 163.91 = 13,016.00 − 13,112.80).
    let a = ok(settled(S_BPA, None, &bpa_used("940.0", "600.0")));
    assert_eq!(a.unused_hours(), dec!(20));
    assert_eq!((a.result, a.repayment), (Balance::Repay, dec!(2603.20)));
    let value = a.pools[0].unused_value.as_ref().expect("a value line");
    assert_eq!(value.basis.expr(), "20.00 * 130.16");
    // Day 40 h and evening 10 h unused, Saturday 20 h used with none
    // granted: N = 1,560 − 1,530 = 30, c̄ = (40 × 130.16 + 10 × 163.91) / 50
    // = (5,206.40 + 1,639.10) / 50 = 136.91; 30 × 6,845.50 / 50 = 4,107.30.
    let used = bpa_used("1000.0", "510.0") + "saturday = 20.0\n";
    let a = ok(settled(S_BPA, None, &used));
    assert_eq!(a.bands[3].cost_per_hour, dec!(158.29));
    assert_eq!((a.unused_hours(), a.over_hours()), (dec!(30), dec!(0)));
    assert_eq!(a.repayment, dec!(4107.30));
    let value = a.pools[0].unused_value.as_ref().expect("a value line");
    assert_eq!(
        value.basis.expr(),
        "30.00 * (40.00 * 130.16 + 10.00 * 163.91) / 50.00"
    );
    // Both bands short by exactly the hours unused: Σ u_b·c_b, 5,206.40 + 1,639.10.
    let a = ok(settled(S_BPA, None, &bpa_used("1000.0", "510.0")));
    assert_eq!(a.repayment, dec!(6845.50));
}

#[test]
fn more_hours_used_in_all_is_the_overspend_warning_valued_on_the_over_used_bands() {
    // Day 100 h over, evening 80 h unused: 20 h beyond the grant in all, at
    // the day's cost: 20 × 130.16 = 2,603.20 kr. (KL 3.7.1).
    let a = ok(settled(S_BPA, None, &bpa_used("1140.0", "440.0")));
    assert_eq!((a.result, a.over_hours()), (Balance::Overspend, dec!(20)));
    assert_eq!((a.overspend, a.repayment), (dec!(2603.20), dec!(0)));
    let codes: Vec<&str> = a.warnings.iter().map(|w| w.code).collect();
    assert_eq!(codes, ["overspend"]);
    assert_eq!(a.warnings[0].legal, "KL 3.7.1");
}

#[test]
fn standby_hours_are_settled_on_their_own() {
    // 1 standby hour a week: 52 h; employed 1,612 h, 134.33 h a month, ATP
    // still 2,400 kr.: 2,400 / 1,612 = 1.4888… per employed hour.
    // Day: 128.625 + 1.4888… = 130.1138… → 130.11.
    // Standby: 100 × 50 % × (100 % + 10 % + 12.5 %) = 61.25; + 1.4888… → 62.74.
    // Day 10 h over and 10 standby hours unused: the band hours' overspend
    // 10 × 130.11 = 1,301.10 is not set off against the standby's repayment
    // 10 × 62.74 = 627.40.
    let case = std::fs::read_to_string(S_BPA).expect("the case") + "standby_hours_per_week = 1.0\n";
    let used = bpa_used("1050.0", "520.0") + "standby = 42.0\n";
    let a = ok(settled_text(case, None, &used));
    let standby = a
        .bands
        .iter()
        .find(|b| b.key == "standby")
        .expect("standby");
    assert_eq!(
        (a.bands[0].cost_per_hour, standby.cost_per_hour),
        (dec!(130.11), dec!(62.74))
    );
    assert_eq!((a.repayment, a.overspend), (dec!(627.40), dec!(1301.10)));
    assert_eq!(a.result, Balance::Repay);
    assert_eq!(
        a.warnings.iter().map(|w| w.code).collect::<Vec<_>>(),
        ["overspend"]
    );
}

// S-REL (tests/data/settle/relative.toml): 30 h a week by day and 10 in the
// evening, 1,560 + 520 = 2,080 h; the relative's own 30 h a week, 1,560 h,
// lie in the bands as the need does: 1,170 by day and 390 in the evening.
// Employed: 2,080 − 1,560 = 520 h, 43.33 h a month: ATP 12 × 50 = 600 kr.
//   helper, day:     128.625 + 600 / 520 = 128.625 + 1.1538… = 129.7788… → 129.78
//   relative, day:   100 × (100 % + 5 %) = 105.00 (the wage alone, AST 26-17)
//   relative, eve.:  100 × (100 % + 5 % + 30 %) = 135.00

fn relative_used(own_day: &str) -> String {
    format!(
        "year = 2025\n[hours]\nweekday_day = 390.0\nweekday_evening = 130.0\n[relative]\nweekday_day = {own_day}\nweekday_evening = 390.0\n"
    )
}

#[test]
fn a_relatives_unused_own_hours_are_valued_at_the_wage_alone() {
    // The relative gave 100 h less by day: 100 × 105.00 = 10,500.00 kr.,
    // not 100 × 129.78 = 12,978.00 at a helper's cost.
    let a = ok(settled(S_REL, None, &relative_used("1070.0")));
    let row = |key: &str| a.bands.iter().find(|b| b.key == key).expect(key);
    assert_eq!(
        (row("weekday_day").granted, row("weekday_day").cost_per_hour),
        (dec!(390), dec!(129.78))
    );
    let own = row("relative.weekday_day");
    assert_eq!(
        (own.granted, own.used, own.cost_per_hour),
        (dec!(1170), dec!(1070), dec!(105.00))
    );
    assert_eq!(own.cost_basis.expr(), "100.00 * (1.0000 + 0.0500)");
    assert_eq!(row("relative.weekday_evening").cost_per_hour, dec!(135.00));
    assert_eq!((a.result, a.repayment), (Balance::Repay, dec!(10500.00)));
    // The relative's hours and the helpers' are one pool of band hours:
    // 100 own hours fewer, 100 helper hours more, nothing to settle.
    let used = relative_used("1070.0").replace("weekday_day = 390.0", "weekday_day = 490.0");
    let a = ok(settled(S_REL, None, &used));
    assert_eq!(
        (a.result, a.repayment, a.overspend),
        (Balance::Even, dec!(0), dec!(0))
    );
}

#[test]
fn a_relatives_own_hours_are_required_apart_and_only_where_they_belong() {
    let missing = "year = 2025\n[hours]\nweekday_day = 1460.0\nweekday_evening = 520.0\n";
    let e = settled(S_REL, None, missing).expect_err("no [relative]");
    assert_eq!(e.key.as_deref(), Some("relative"));
    assert!(
        e.allowed
            .as_deref()
            .is_some_and(|a| a.contains("AST 26-17")),
        "{e}"
    );
    let e = settled(
        S_BPA,
        None,
        &(bpa_used("1040.0", "520.0") + "[relative]\nweekday_day = 10.0\n"),
    )
    .expect_err("[relative] in a BPA case");
    assert_eq!(e.key.as_deref(), Some("relative"));
    assert_eq!(e.line_col.map(|(l, _)| l), Some(5));
    // A relative who has transferred the grant is employed: no [relative].
    let transferred = "examples/kt-relative-transferred.toml";
    let e = settled(
        transferred,
        Some("tests/data/settle/rates-2025.toml"),
        &relative_used("1170.0"),
    )
    .expect_err("[relative] with a transferred grant");
    assert_eq!(e.key.as_deref(), Some("relative"));
    assert!(
        e.found
            .as_deref()
            .is_some_and(|f| f.contains("employer = \"association\"")),
        "{e}"
    );
    // No standby under [relative]: only employed helpers have standby hours.
    let e = settled(
        S_REL,
        None,
        &relative_used("1170.0").replace("[relative]\n", "[relative]\nstandby = 1.0\n"),
    )
    .expect_err("standby under [relative]");
    assert_eq!(e.key.as_deref(), Some("relative.standby"));
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

#[test]
fn a_repayment_may_be_offset_in_the_next_payment() {
    let style = bpa::report::table::Style {
        width: None,
        borders: false,
        markdown: false,
        explain: false,
    };
    let a = ok(settled(S_BPA, None, &bpa_used("940.0", "520.0")));
    let text = bpa::report::table::render_account(&a, bpa::report::Lang::Da, style);
    assert!(
        text.contains("Tilbagebetalingen kan modregnes i førstkommende udbetaling"),
        "{text}"
    );
    assert!(text.contains("VEJ pkt. 105; KL 3.7.3"));
    let json = bpa::report::json::account_to_value(&a, bpa::report::Lang::En);
    assert_eq!(json["offset_in_next_payment"], "VEJ pkt. 105; KL 3.7.3");
    // Carried over by agreement there is nothing to offset.
    let case =
        std::fs::read_to_string(S_BPA).expect("the case") + "[settlement]\ncarry_over = true\n";
    let a = ok(settled_text(case, None, &bpa_used("940.0", "520.0")));
    assert_eq!(
        (a.result, a.carried_over),
        (Balance::CarryOver, dec!(13016.00))
    );
    let text = bpa::report::table::render_account(&a, bpa::report::Lang::Da, style);
    assert!(!text.contains("modregnes"), "{text}");
}

#[test]
fn an_invoiced_amount_with_three_decimals_is_warned_of_as_in_a_case() {
    // `8.200` meant as 8.200 kr. is read as TOML reads it, 8.20 kr., with the warning.
    let used = bpa_used("1040.0", "520.0") + "[after_invoice]\nsick_pay = 8.200\n";
    let a = ok(settled(S_BPA, None, &used));
    assert_eq!(a.reimbursed_total, dec!(8.20));
    assert_eq!(
        a.warnings.iter().map(|w| w.code).collect::<Vec<_>>(),
        ["amount_three_decimals"]
    );
    let message = bpa::report::words::warning(&a.warnings[0], bpa::report::Lang::Da);
    assert!(
        message.contains("after_invoice.sick_pay = 8.200 er læst som 8,20 kr."),
        "{message}"
    );
    let plain = bpa_used("1040.0", "520.0") + "[after_invoice]\nsick_pay = 8200.0\n";
    assert!(ok(settled(S_BPA, None, &plain)).warnings.is_empty());
    // A number written as text is a wrong type, as in a case file.
    let text = bpa_used("1040.0", "520.0") + "[after_invoice]\nsick_pay = \"8200\"\n";
    let e = settled(S_BPA, None, &text).expect_err("a string");
    assert_eq!(
        (e.key.as_deref(), e.problem.as_str()),
        (Some("after_invoice.sick_pay"), "wrong type")
    );
}

#[test]
fn every_settlement_line_and_hour_cost_redoes_from_its_printed_figures() {
    let accounts = [
        ok(settled(
            S_BPA,
            None,
            &(bpa_used("1000.0", "510.0") + "saturday = 20.0\n"),
        )),
        ok(settled(S_BPA, None, &bpa_used("1140.0", "440.0"))),
        ok(settled(S_BPA, Some(S_RISE), &bpa_used("940.0", "520.0"))),
        ok(settled(S_REL, None, &relative_used("1070.0"))),
    ];
    for (lang, danish) in [
        (bpa::report::Lang::Da, true),
        (bpa::report::Lang::En, false),
    ] {
        for a in &accounts {
            let json = bpa::report::json::account_to_value(a, lang);
            for b in json["bands"].as_array().expect("bands") {
                let cost: Decimal = b["cost_per_hour"].to_string().parse().expect("cost");
                common::check_line(
                    b["cost_expr"].as_str().expect("expr"),
                    b["cost_basis"].as_str().expect("basis"),
                    cost,
                    danish,
                    &format!("{} {}", a.id, b["band"]),
                );
            }
            for l in json["lines"].as_array().expect("lines") {
                let amount: Decimal = l["amount"].to_string().parse().expect("amount");
                common::check_line(
                    l["expr"].as_str().expect("expr"),
                    l["basis"].as_str().expect("basis"),
                    amount,
                    danish,
                    &format!("{} {}", a.id, l["key"]),
                );
            }
        }
    }
}

#[test]
fn the_init_template_shows_the_used_hours_file_of_each_scheme() {
    use bpa::case::Scheme;
    use bpa::case::template::case_template;
    let rates = Rates::from_file(Path::new("tests/data/settle/rates-2025.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    for scheme in [Scheme::Bpa, Scheme::Kt, Scheme::KtRelative] {
        let text = case_template(
            scheme,
            2025,
            bpa::case::template::SCHEMA_FILE,
            bpa::case::template::Words::Da,
        );
        // The used-hours file is the template's lines commented out with `#   `.
        let used: String = text
            .lines()
            .filter_map(|l| l.strip_prefix("#   "))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(used.contains("[relative]"), scheme == Scheme::KtRelative);
        let case = Case::parse(Source {
            name: "init.toml".into(),
            text,
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let budget = calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"));
        let used = Used::parse(Source {
            name: "init.used.toml".into(),
            text: used,
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let a = settle(&case, &budget, &used).unwrap_or_else(|e| panic!("{scheme:?}: {e}"));
        // Nothing used yet: every granted hour is unused.
        assert_eq!((a.used, a.unused_hours()), (dec!(0), a.granted));
    }
}
