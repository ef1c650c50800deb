//! Regulation during the year (BEK § 3 stk. 1; VEJ pkt. 97–98; AST 93-12):
//! tests/data/rise-case.toml (20 h weekday day, 5 h weekday evening, one
//! helper) on tests/data/round-2025.toml (base 100 kr/h), regulated to
//! tests/data/round-2025-higher.toml (base 110 kr/h), amounts by hand.

use std::path::Path;

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::runs::regulate::{Regulation, regulate};
use bpa::{Case, InputError};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const CASE: &str = "tests/data/rise-case.toml";

fn case(path: &str) -> Case {
    Case::parse(Source::read(Path::new(path)).unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn rates(path: &str) -> Rates {
    Rates::from_file(Path::new(path)).unwrap_or_else(|e| panic!("{e}"))
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{e}"))
}

#[allow(clippy::result_large_err)] // as the library: one error per failed case
fn run(path: &str, date: &str) -> Result<Regulation, InputError> {
    regulate(
        &case(path),
        (
            &rates("tests/data/round-2025.toml"),
            &rates("tests/data/round-2025-higher.toml"),
        ),
        day(date),
        path,
    )
}

/// Old budget, the whole year at 100 kr/h: 1,301.50 h (20 × 52 + 5 × 52 +
/// 1.5 MUS). Base 130,150.00; general 5 % 6,507.50; evening 260 × 100 × 30 %
/// = 7,800.00; pension 10 % × 136,657.50 = 13,665.75; holiday pay 12.5 % ×
/// 144,457.50 = 18,057.19 (18,057.1875); wages 176,180.44. ATP 12 × 132 =
/// 1,584.00, AES 1,584 / 2,376 × 1,000 = 666.67, AFU 6.67: 2,257.34. § 10
/// 6,000. Grant 184,437.78; the employer part 178,437.78 / 12 = 14,869.815
/// → 14,869.82 a month, December 178,437.78 − 11 × 14,869.82 = 14,869.76;
/// § 10 500 a month. Old payment 15,369.82, December 15,369.76.
///
/// The year regulated from 1 April: 100 kr/h before, 110 from it, the hours
/// split by days as a dated figure splits them (SPEC 4): 90 and 275 days.
/// All hours 1,301.50 × 90 / 365 = 320.917… → 320.92 and 980.58: base
/// 32,092.00 + 107,863.80 = 139,955.80; general 5 % 6,997.79; evening 260 ×
/// 90 / 365 = 64.11 and 195.89: 64.11 × 30 + 195.89 × 33 = 8,387.67; pension
/// 10 % × 146,953.59 = 14,695.36; holiday pay 12.5 % × 155,341.26 =
/// 19,417.66; wages 189,454.28; with contributions and § 10 197,711.62. The
/// difference 197,711.62 − 184,437.78 = 13,273.84 over April–December's 9
/// months: 13,273.84 / 9 = 1,474.871… → 1,474.87 a month, December the rest
/// 1,474.88.
#[test]
fn a_higher_base_wage_from_1_april() {
    let r = run(CASE, "2025-04-01").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.old_total, dec!(184437.78));
    assert_eq!(r.new_total, dec!(197711.62));
    assert_eq!((r.from, r.to), (day("2025-04-01"), day("2025-12-31")));
    // April to December, each month whole from the date.
    assert_eq!(r.months.len(), 9);
    assert!(r.months.iter().all(|m| m.days == m.of));
    let m = r.new_monthly().unwrap_or_else(|| panic!("no whole month"));
    assert_eq!((m.month, m.old, m.new), (4, dec!(15369.82), dec!(16844.69)));
    assert_eq!(m.change(), dec!(1474.87));
    assert_eq!(
        (r.months[8].old, r.months[8].change(), r.months[8].new),
        (dec!(15369.76), dec!(1474.88), dec!(16844.64))
    );
    // The rest of the year is the difference of the two year totals.
    assert_eq!(r.old_rest(), dec!(138328.32));
    assert_eq!(r.difference(), dec!(13273.84));
    assert_eq!(r.difference(), r.new_total - r.old_total);
    assert!(r.reduction.is_none());
}

/// From 15 April: 104 days on the old rates, 261 on the new. Hours 370.84
/// and 930.66: base 37,084.00 + 102,372.60 = 139,456.60; general 6,972.83;
/// evening 74.08 × 30 + 185.92 × 33 = 8,357.76; pension 10 % × 146,429.43 =
/// 14,642.94; holiday pay 12.5 % × 154,787.19 = 19,348.40; wages
/// 188,778.53; grant 197,035.87, 12,598.09 more. The months from the date:
/// April 16/30 and 8 whole, 256/30 months: April 12,598.09 × 16 / 256 =
/// 787.380… → 787.38, a whole month 12,598.09 × 30 / 256 = 1,476.338… →
/// 1,476.34. April's old part 15,369.82 × 16 / 30 = 8,197.237… → 8,197.24,
/// new 8,984.62; April pays 15,369.82 + 787.38 = 16,157.20.
#[test]
fn a_date_inside_a_month_takes_both_payments_by_days() {
    let r = run(CASE, "2025-04-15").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.new_total, dec!(197035.87));
    let april = &r.months[0];
    assert_eq!((april.month, april.days, april.of), (4, 16, 30));
    assert_eq!((april.old, april.new), (dec!(8197.24), dec!(8984.62)));
    assert_eq!(april.change(), dec!(787.38));
    assert_eq!(april.new_payment, dec!(16157.20));
    assert_eq!(r.new_monthly().map(|m| m.month), Some(5));
    assert_eq!(r.months[1].change(), dec!(1476.34));
    assert_eq!(r.difference(), dec!(12598.09));
}

/// Rates that change during the year (dated values) are regulated exactly:
/// a table whose base rises from 1 April, regulated from 1 April to one at
/// that same value, changes nothing, where comparing yearly averages would
/// (AST 93-12: the regulated grant is the changed basis, no more).
#[test]
fn a_dated_table_is_regulated_from_the_date_exactly() {
    let dated = rates("tests/data/regulate/dated-2025.toml");
    let higher = rates("tests/data/round-2025-higher.toml");
    let r = regulate(&case(CASE), (&dated, &higher), day("2025-04-01"), CASE)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.difference(), dec!(0));
    assert!(r.months.iter().all(|m| m.change() == dec!(0)));
    // From 1 July the old table's 110 meets the new 110: nothing either; from
    // 1 March the months March are raised by 10 kr/h on their hours.
    let march = regulate(&case(CASE), (&dated, &higher), day("2025-03-01"), CASE)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(march.difference() > dec!(0));
    assert_eq!(march.months.len(), 10);
}

/// A regulation that lowers the grant needs the notice of SEL § 3 a.
#[test]
fn a_lower_regulation_needs_notice() {
    let r = regulate(
        &case(CASE),
        (
            &rates("tests/data/round-2025-higher.toml"),
            &rates("tests/data/round-2025.toml"),
        ),
        day("2025-04-01"),
        CASE,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(r.difference() < dec!(0));
    let fall = r.reduction.as_ref().expect("a reduction");
    assert_eq!(fall.falls.len(), 1);
    assert_eq!(fall.falls[0].new, r.new_total);
}

/// A figure a regulation cannot change (here the pension percent) is refused.
#[test]
fn a_change_that_needs_a_new_decision_is_refused() {
    let e = regulate(
        &case(CASE),
        (
            &rates("tests/data/round-2025.toml"),
            &rates("tests/data/round-2025-pension-time.toml"),
        ),
        day("2025-04-01"),
        CASE,
    )
    .err()
    .unwrap_or_else(|| panic!("a pension change was taken as a regulation"));
    assert!(e.problem.contains("cannot change"), "{}", e.problem);
    assert!(
        e.key
            .as_deref()
            .is_some_and(|k| k.contains("pension_time_supplements_pct")),
        "{:?}",
        e.key
    );
}

/// The same rates on both sides change nothing, from any date: the hours
/// are the year's on both sides.
#[test]
fn the_same_rates_change_nothing() {
    let same = rates("tests/data/round-2025.toml");
    for date in ["2025-01-01", "2025-04-15", "2025-12-31"] {
        let r = regulate(&case(CASE), (&same, &same), day(date), CASE)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!r.months.is_empty());
        assert!(
            r.months.iter().all(|m| m.change() == Decimal::ZERO),
            "{date}"
        );
        assert_eq!(r.difference(), Decimal::ZERO);
    }
}

/// A grant from 1 May is on the new rates from its start; a period that
/// ended before the date has nothing left to regulate.
#[test]
fn the_date_against_the_grant_period() {
    let may =
        run("tests/data/regulate/from-may.toml", "2025-04-01").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(may.from, day("2025-05-01"));
    assert_eq!(may.months.first().map(|m| m.month), Some(5));
    let e = run("tests/data/regulate/ended-march.toml", "2025-04-01")
        .err()
        .unwrap_or_else(|| panic!("a date after the period was taken"));
    assert_eq!(e.problem, "the regulation date is after the grant period");
    assert_eq!(e.found.as_deref(), Some("2025-04-01"));
}

/// Two grant years are a new budget, not a regulation.
#[test]
fn different_grant_years_are_refused() {
    let e = regulate(
        &case(CASE),
        (
            &Rates::embedded(2025).unwrap_or_else(|e| panic!("{e}")),
            &Rates::embedded(2026).unwrap_or_else(|e| panic!("{e}")),
        ),
        day("2025-04-01"),
        CASE,
    )
    .err()
    .unwrap_or_else(|| panic!("two years were taken"));
    assert!(e.problem.contains("different grant years"), "{}", e.problem);
}

/// Each row of a folder run says what the single run of its case says.
#[test]
fn a_folder_row_agrees_with_the_single_run() {
    let bpa = env!("CARGO_BIN_EXE_bpa");
    let rates = [
        "--date",
        "2025-04-01",
        "--from",
        "tests/data/round-2025.toml",
        "--to",
        "tests/data/round-2025-higher.toml",
        "--format",
        "json",
    ];
    let out = std::process::Command::new(bpa)
        .arg("regulate")
        .arg("tests/data/regulate")
        .args(rates)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    // One case ended before the date: its row has the error, the run 65.
    assert_eq!(out.status.code(), Some(65));
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(rows.len(), 3);
    let mut compared = 0;
    for row in rows.iter().filter(|r| r["error"].is_null()) {
        let file = row["file"].as_str().unwrap_or_default();
        let single = std::process::Command::new(bpa)
            .arg("regulate")
            .arg(file)
            .args(rates)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(single.status.code(), Some(0), "{file}");
        let one: serde_json::Value =
            serde_json::from_slice(&single.stdout).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(row["new_monthly"], one["new_monthly"]["new"], "{file}");
        assert_eq!(
            row["monthly_change"], one["new_monthly"]["change"],
            "{file}"
        );
        assert_eq!(row["old_rest"], one["old_rest"], "{file}");
        assert_eq!(row["new_rest"], one["new_rest"], "{file}");
        assert_eq!(row["difference"], one["difference"], "{file}");
        assert_eq!(row["new_grant_total"], one["new"]["grant_total"], "{file}");
        compared += 1;
    }
    assert_eq!(compared, 2);
}
