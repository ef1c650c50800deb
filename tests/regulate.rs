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
/// New budget, the same hours at 110 kr/h: base 1,301.50 × 110 =
/// 143,165.00; general 5 % 7,158.25; evening 260 × 110 × 30 % = 8,580.00;
/// pension 10 % × 150,323.25 = 15,032.33 (15,032.325); holiday pay 12.5 % ×
/// 158,903.25 = 19,862.91 (19,862.90625); wages 193,798.49; contributions
/// 2,257.34 and § 10 6,000 as before: 202,055.83. Employer part 196,055.83
/// / 12 = 16,337.985… → 16,337.99, December 196,055.83 − 11 × 16,337.99 =
/// 16,337.94; new payment 16,837.99, December 16,837.94.
#[test]
fn a_higher_base_wage_from_1_april() {
    let r = run(CASE, "2025-04-01").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.old_total, dec!(184437.78));
    assert_eq!(r.new_total, dec!(202055.83));
    assert_eq!((r.from, r.to), (day("2025-04-01"), day("2025-12-31")));
    // April to December, each month whole from the date.
    assert_eq!(r.months.len(), 9);
    assert!(r.months.iter().all(|m| m.days == m.of));
    assert_eq!(
        (r.months[8].old, r.months[8].new),
        (dec!(15369.76), dec!(16837.94))
    );
    // The new monthly payment from April: 16,837.99, that is
    // 16,837.99 − 15,369.82 = 1,468.17 more.
    let m = r.new_monthly().unwrap_or_else(|| panic!("no whole month"));
    assert_eq!((m.month, m.old, m.new), (4, dec!(15369.82), dec!(16837.99)));
    assert_eq!(m.change(), dec!(1468.17));
    // Old from the date: 8 × 15,369.82 + 15,369.76 = 138,328.32.
    assert_eq!(r.old_rest(), dec!(138328.32));
    // New: 8 × 16,837.99 + 16,837.94 = 151,541.86.
    assert_eq!(r.new_rest(), dec!(151541.86));
    // The rest of the year: 8 × 1,468.17 + (16,837.94 − 15,369.76 = 1,468.18)
    // = 13,213.54.
    assert_eq!(r.difference(), dec!(13213.54));
}

/// From 15 April both April payments count 16 of the month's 30 days:
/// 15,369.82 × 16 / 30 = 8,197.237… → 8,197.24 and 16,837.99 × 16 / 30 =
/// 8,980.261… → 8,980.26, a change of 783.02; the first whole month on the
/// new rates is May. From the date: old 8,197.24 + 7 × 15,369.82 +
/// 15,369.76 = 131,155.74; new 8,980.26 + 7 × 16,837.99 + 16,837.94 =
/// 143,684.13; difference 12,528.39.
#[test]
fn a_date_inside_a_month_takes_both_payments_by_days() {
    let r = run(CASE, "2025-04-15").unwrap_or_else(|e| panic!("{e}"));
    let april = &r.months[0];
    assert_eq!((april.month, april.days, april.of), (4, 16, 30));
    assert_eq!((april.old, april.new), (dec!(8197.24), dec!(8980.26)));
    assert_eq!(april.change(), dec!(783.02));
    assert_eq!(r.new_monthly().map(|m| m.month), Some(5));
    assert_eq!(r.old_rest(), dec!(131155.74));
    assert_eq!(r.new_rest(), dec!(143684.13));
    assert_eq!(r.difference(), dec!(12528.39));
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
