//! Regulation during the year (BEK § 3 stk. 1; VEJ pkt. 97–98; AST 93-12):
//! tests/data/rise-case.toml (20 h weekday day, 5 h weekday evening, one
//! helper) on tests/data/round-2025.toml (base 100 kr/h), regulated to
//! tests/data/round-2025-higher.toml (base 110 kr/h), amounts by hand.

use std::path::Path;

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::regulate::{Regulation, regulate};
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
/// New budget from 1 April at 110 kr/h: 275 days, 52 × 275 / 365 = 39.18
/// weeks; 20 × 39.18 = 783.60 + 5 × 39.18 = 195.90 + MUS 1.5 × 275 / 365 =
/// 1.13: 980.63 h. Base 980.63 × 110 = 107,869.30; general 5 % 5,393.47
/// (5,393.465); evening 195.90 × 110 × 30 % = 6,464.70; pension 10 % ×
/// 113,262.77 = 11,326.28; holiday pay 12.5 % × 119,727.47 = 14,965.93;
/// wages 146,019.68. ATP 12 × 275 / 365 × 132 = 1,193.42, AES 1,193.42 /
/// 2,376 × 1,000 = 502.28, AFU 5.02: 1,700.72. § 10 6,000 × 275 / 365 =
/// 4,520.55. Grant 152,240.95. Employer part 147,720.40 / 9 = 16,413.38,
/// December 147,720.40 − 8 × 16,413.38 = 16,413.36; § 10 4,520.55 / 9 =
/// 502.28, December 4,520.55 − 8 × 502.28 = 502.31. New payment 16,915.66,
/// December 16,915.67.
#[test]
fn a_higher_base_wage_from_1_april() {
    let r = run(CASE, "2025-04-01").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.old_total, dec!(184437.78));
    assert_eq!(r.new_total, dec!(152240.95));
    assert_eq!(
        (r.new_from, r.new_to),
        (day("2025-04-01"), day("2025-12-31"))
    );
    // April to December, each month whole from the date.
    assert_eq!(r.months.len(), 9);
    assert!(r.months.iter().all(|m| m.days == m.of));
    assert_eq!(r.months[0].old, dec!(15369.82));
    assert_eq!(r.months[8].old, dec!(15369.76));
    assert_eq!(r.months[8].new, dec!(16915.67));
    // The new monthly payment from April: 16,915.66, 1,545.84 more.
    let m = r.new_monthly().unwrap_or_else(|| panic!("no whole month"));
    assert_eq!((m.month, m.old, m.new), (4, dec!(15369.82), dec!(16915.66)));
    assert_eq!(m.change(), dec!(1545.84));
    // Old from the date: 8 × 15,369.82 + 15,369.76 = 138,328.32.
    assert_eq!(r.old_rest(), dec!(138328.32));
    // New: 8 × 16,915.66 + 16,915.67 = 152,240.95, the new budget's grant.
    assert_eq!(r.new_rest(), dec!(152240.95));
    // The rest of the year: 152,240.95 − 138,328.32 = 13,912.63.
    assert_eq!(r.difference(), dec!(13912.63));
}

/// From 15 April the old April payment counts 16 of its 30 days:
/// 15,369.82 × 16 / 30 = 8,197.237… → 8,197.24; the first whole month on
/// the new rates is May. Old from the date: 8,197.24 + 7 × 15,369.82 +
/// 15,369.76 = 131,155.74.
#[test]
fn a_date_inside_a_month_takes_the_old_payment_by_days() {
    let r = run(CASE, "2025-04-15").unwrap_or_else(|e| panic!("{e}"));
    let april = &r.months[0];
    assert_eq!((april.month, april.days, april.of), (4, 16, 30));
    assert_eq!(april.old, dec!(8197.24));
    assert_eq!(r.old_rest(), dec!(131155.74));
    assert_eq!(r.new_monthly().map(|m| m.month), Some(5));
    // The new payments add up to the new budget's grant to the øre.
    assert_eq!(r.new_rest(), r.new_total);
    assert_eq!(r.new_from, day("2025-04-15"));
}

/// The same rates on both sides: the new budget covers 275 of 365 days
/// (SPEC 3.8), while the old one pays each whole month a twelfth (SPEC 8), so
/// April–December was 9/12 = 75 % of the year and is now 275/365 = 75.34 %.
/// New budget at 100 kr/h: 980.63 h × 100 = 98,063.00; general 5 % 4,903.15;
/// evening 195.90 × 100 × 30 % = 5,877.00; pension 10 % × 102,966.15 =
/// 10,296.62 (10,296.615); holiday pay 12.5 % × 108,843.15 = 13,605.39
/// (13,605.39375); wages 132,745.16; contributions 1,700.72 and § 10
/// 4,520.55 as above: 138,966.43. Against 138,328.32 the difference is
/// 638.11 — the days against the months, not the rates.
#[test]
fn the_same_rates_differ_only_by_days_against_months() {
    let same = rates("tests/data/round-2025.toml");
    let r = regulate(&case(CASE), (&same, &same), day("2025-04-01"), CASE)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.new_total, dec!(138966.43));
    assert_eq!(r.old_rest(), dec!(138328.32));
    assert_eq!(r.difference(), dec!(638.11));
    // From 1 January the period is the same on both sides: nothing changes.
    let whole = regulate(&case(CASE), (&same, &same), day("2025-01-01"), CASE)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(whole.months.len(), 12);
    assert!(whole.months.iter().all(|m| m.change() == Decimal::ZERO));
}

/// A grant from 1 May is on the new rates from its start; a period that
/// ended before the date has nothing left to regulate.
#[test]
fn the_date_against_the_grant_period() {
    let may =
        run("tests/data/regulate/from-may.toml", "2025-04-01").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(may.new_from, day("2025-05-01"));
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
