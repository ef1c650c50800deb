//! BEK § 5 stk. 1: the comparable group's base wage is the minimum. The
//! embedded KL–FOA wage scale takes it from KL's pay tables: løntrin 11 in
//! each områdetillægsgruppe (0–4) plus 1.124 kr. a year at the 31.3.2000
//! level, on every regulation date 2022–2026:
//!
//! hourly = KL monthly pay × 12 / 1924 + 1.124 × regulation index / 1924,
//! only the sum rounded to øre.
//!
//! The monthly pay and the index below are KL's figures as the public data
//! files of BjornElling/Mineo mirror them (`src/data/KL/klLoenSatser.ts`,
//! løntrin 11, `maanedsLoen0` … `maanedsLoen4`; `src/data/krlRates.ts`, KTO
//! kommuner, and for 1.10.2026 its KL-lønaftaler index). This test redoes
//! every shipped value with the formula and checks groups 2 and 0 against
//! the published table (rates-research, "Third search").

use bpa::money::round;
use bpa::rates::{BaseWage, Rates};
use rust_decimal::Decimal;
use std::str::FromStr;

/// KL's regulation dates, løntrin 11's monthly pay in områdetillægsgruppe
/// 0 … 4, and the regulation index (a factor) on that date.
const KL: &[(&str, [&str; 5], &str)] = &[
    (
        "2021-10-01",
        ["21058.67", "21381.50", "21605.17", "21928.00", "22151.58"],
        "1.456933",
    ),
    (
        "2022-04-01",
        ["21137.92", "21460.75", "21684.42", "22007.25", "22230.83"],
        "1.456933",
    ),
    (
        "2022-10-01",
        ["21676.00", "22007.08", "22236.42", "22567.42", "22796.75"],
        "1.494018",
    ),
    (
        "2023-04-01",
        ["21738.17", "22070.17", "22300.17", "22632.17", "22862.17"],
        "1.498304",
    ),
    (
        "2023-10-01",
        ["22009.00", "22345.17", "22578.00", "22914.17", "23147.00"],
        "1.516971",
    ),
    (
        "2024-04-01",
        ["22889.33", "23238.92", "23481.08", "23830.67", "24072.83"],
        "1.577650",
    ),
    (
        "2024-10-01",
        ["23186.92", "23541.08", "23786.33", "24140.50", "24385.83"],
        "1.598159",
    ),
    (
        "2025-04-01",
        ["23355.75", "23709.92", "23955.17", "24309.33", "24554.67"],
        "1.598159",
    ),
    (
        "2025-10-01",
        ["23425.33", "23780.50", "24026.58", "24381.75", "24627.75"],
        "1.602921",
    ),
    (
        "2025-11-01",
        ["23596.42", "23954.17", "24202.00", "24559.83", "24807.67"],
        "1.614627",
    ),
    (
        "2026-04-01",
        ["24162.75", "24529.08", "24782.92", "25149.25", "25403.08"],
        "1.653378",
    ),
    (
        "2026-10-01",
        ["24289.00", "24657.25", "24912.42", "25280.67", "25535.75"],
        "1.662017",
    ),
];

/// The published hourly figures for områdetillægsgruppe 2 and 0.
const PUBLISHED: &[(&str, &str, &str)] = &[
    ("2021-10-01", "135.60", "132.19"),
    ("2022-04-01", "136.10", "132.69"),
    ("2022-10-01", "139.56", "136.07"),
    ("2023-04-01", "139.96", "136.46"),
    ("2023-10-01", "141.71", "138.16"),
    ("2024-04-01", "147.37", "143.68"),
    ("2024-10-01", "149.29", "145.55"),
    ("2025-04-01", "150.34", "146.60"),
    ("2025-10-01", "150.79", "147.04"),
    ("2025-11-01", "151.89", "148.11"),
    ("2026-04-01", "155.54", "151.67"),
    ("2026-10-01", "156.35", "152.46"),
];

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// Løntrin 11 + 1.124 kr. as an hourly wage, only the sum rounded.
fn hourly(monthly: &str, index: &str) -> Decimal {
    let hours = Decimal::from(1924);
    round(
        d(monthly) * Decimal::from(12) / hours + Decimal::from(1124) * d(index) / hours,
        2,
    )
}

/// The value KL's tables give on `date` for `group`: the last regulation
/// on or before it.
fn kl_on(date: &str, group: usize) -> Decimal {
    let (_, monthly, index) = KL
        .iter()
        .rev()
        .find(|(from, _, _)| *from <= date)
        .unwrap_or_else(|| panic!("no KL table before {date}"));
    hourly(monthly[group], index)
}

#[test]
fn the_formula_gives_the_published_figures_of_groups_2_and_0() {
    for (date, g2, g0) in PUBLISHED {
        assert_eq!(kl_on(date, 2), d(g2), "{date}, group 2");
        assert_eq!(kl_on(date, 0), d(g0), "{date}, group 0");
    }
}

#[test]
fn every_shipped_base_wage_is_kl_s_figure_for_its_group_and_date() {
    let mut checked = 0;
    for year in 2022..=2026u16 {
        let rates = Rates::embedded(year).unwrap_or_else(|e| panic!("{e}"));
        let BaseWage::ByAreaGroup(groups) = &rates.table.wage_scales["sosu_11"].base_hourly else {
            panic!("{year}: a base wage by area group");
        };
        // 1 January, then every regulation date inside the year.
        let mut dates = vec![format!("{year}-01-01")];
        dates.extend(
            KL.iter()
                .map(|(from, _, _)| (*from).to_string())
                .filter(|from| from.starts_with(&year.to_string())),
        );
        for (group, figure) in groups.iter().enumerate() {
            let figure = figure
                .as_ref()
                .unwrap_or_else(|| panic!("{year}: group {group}"));
            let shipped: Vec<String> = figure.values.iter().map(|v| v.from.to_string()).collect();
            assert_eq!(shipped, dates, "{year}, group {group}: the dated steps");
            for v in &figure.values {
                let date = v.from.to_string();
                assert_eq!(
                    v.value,
                    kl_on(&date, group),
                    "{year}, group {group}, {date}"
                );
                assert!(!v.source.is_empty() && v.source_da.is_some());
                checked += 1;
            }
            // Groups 2 and 0 are the published figures to the øre.
            for (date, g2, g0) in PUBLISHED {
                if let Some(v) = figure.values.iter().find(|v| v.from.to_string() == *date) {
                    match group {
                        2 => assert_eq!(v.value, d(g2), "{date}"),
                        0 => assert_eq!(v.value, d(g0), "{date}"),
                        _ => {}
                    }
                }
            }
        }
    }
    // Five groups × (3 + 3 + 3 + 4 + 3) values.
    assert_eq!(checked, 80);
}

#[test]
fn the_service_level_picks_group_2_and_a_case_may_choose_another() {
    use bpa::error::Source;
    use bpa::{Case, calculate};
    let text = |over: &str| {
        format!(
            "id = \"G\"\nyear = 2026\nscheme = \"bpa\"\nemployer = \"citizen\"\n[need]\nweekday_day = 10.0\n[extra]\nhelpers = 1\n{over}"
        )
    };
    let budget = |over: &str| {
        let case = Case::parse(Source {
            name: "g.toml".into(),
            text: text(over),
        })
        .unwrap_or_else(|e| panic!("{e}"));
        calculate(
            &case,
            &Rates::embedded(2026).unwrap_or_else(|e| panic!("{e}")),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    };
    let base_on_1_january = |b: &bpa::Budget| {
        b.wages.lines[0]
            .rates
            .iter()
            .find(|f| f.path.contains("base_hourly"))
            .map(|f| (f.path.clone(), f.value))
    };
    let standard = budget("");
    assert_eq!(standard.area_group, Some(2));
    assert_eq!(
        base_on_1_january(&standard),
        Some((
            "wage_scales.sosu_11.base_hourly.group_2".into(),
            d("151.89")
        ))
    );
    let group_4 = budget("[override]\narea_group = 4\n");
    assert_eq!(group_4.area_group, Some(4));
    assert_eq!(
        base_on_1_january(&group_4),
        Some((
            "wage_scales.sosu_11.base_hourly.group_4".into(),
            kl_on("2026-01-01", 4)
        ))
    );
    // An individual deviation from the service level (VEJ pkt. 61).
    assert!(
        group_4
            .deviations
            .iter()
            .any(|d| d.key == "area_group" && d.case == "4")
    );
    // No such group (KL's are 0–4): an error at the case's key.
    let err = Case::parse(Source {
        name: "g.toml".into(),
        text: text("[override]\narea_group = 7\n"),
    })
    .expect_err("there is no områdetillægsgruppe 7");
    assert_eq!(err.problem, "number out of range");
    assert_eq!(err.key.as_deref(), Some("override.area_group"));
}
