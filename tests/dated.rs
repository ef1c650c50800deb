//! Dated values in rate tables: a wage rise on 1 April with hand-checked
//! amounts, the errors a dated figure can have, and how `extends` merges it.

use std::path::{Path, PathBuf};

use bpa::calc::{Basis, Line, Said, Term};
use bpa::error::Source;
use bpa::rates::{Rates, merge};
use bpa::report::Lang;
use bpa::{Budget, Case, calculate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn budget(case: &str, rates: &str) -> Budget {
    let case = Case::parse(Source::read(Path::new(case)).unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"));
    let rates = Rates::from_file(Path::new(rates)).unwrap_or_else(|e| panic!("{e}"));
    calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"))
}

fn line<'a>(lines: &'a [Line], key: &str) -> &'a Line {
    lines
        .iter()
        .find(|l| l.key == key)
        .unwrap_or_else(|| panic!("no line {key}"))
}

/// The numbers of a line's basis, in order.
fn numbers(l: &Line) -> Vec<Decimal> {
    l.basis
        .0
        .iter()
        .filter_map(|t| match t {
            Term::Num { value, .. } => Some(*value),
            _ => None,
        })
        .collect()
}

/// Base 100 kr/h, 110 from 1 April; evening 30 %, 40 % from 1 July
/// (tests/data/rise-2025.toml). Parts of 2025: 1/1–31/3 = 90 days,
/// 1/4–30/6 = 91, 1/7–31/12 = 184; 365 in all.
/// Day band 20 × 52 + 1.5 MUS = 1,041.50 h: 1041.5 × 90/365 = 256.808…,
/// × 91/365 = 259.661…, × 184/365 = 525.030…; rounded down 256.80 +
/// 259.66 + 525.03 = 1,041.49, the cent left goes to the largest remainder
/// (0.008…, the first part): 256.81, 259.66, 525.03.
/// Evening band 5 × 52 = 260 h: 64.109…, 64.821…, 131.068…; rounded down
/// 64.10 + 64.82 + 131.06 = 259.98, two cents to the remainders 0.0095 and
/// 0.0084: 64.11, 64.82, 131.07.
#[test]
fn a_wage_rise_on_1_april_splits_the_year_by_days() {
    let b = budget("tests/data/rise-case.toml", "tests/data/rise-2025.toml");
    let w = &b.wages.lines;
    let base = line(w, "base_wage");
    // Hours per part: 256.81 + 64.11 = 320.92; 259.66 + 64.82 = 324.48;
    // 525.03 + 131.07 = 656.10 (together 1,301.50, the grant hours).
    assert_eq!(
        numbers(base),
        vec![
            dec!(320.92),
            dec!(100),
            dec!(324.48),
            dec!(110),
            dec!(656.10),
            dec!(110)
        ]
    );
    assert_eq!(dec!(320.92) + dec!(324.48) + dec!(656.10), dec!(1301.50));
    // 320.92 × 100 + 324.48 × 110 + 656.10 × 110 = 32,092 + 35,692.80 + 72,171.
    assert_eq!(base.amount, dec!(139955.80));
    // General supplement 5 %: 139,955.80 × 5 % = 6,997.79.
    assert_eq!(line(w, "general_supplement").amount, dec!(6997.79));
    // Evening: 64.11 × 100 × 30 % = 1,923.30; 64.82 × 110 × 30 % = 2,139.06;
    // 131.07 × 110 × 40 % = 5,767.08; together 9,829.44.
    let evening = line(w, "supplement.weekday_evening");
    assert_eq!(evening.amount, dec!(9829.44));
    assert_eq!(
        numbers(evening),
        vec![
            dec!(64.11),
            dec!(100),
            dec!(30),
            dec!(64.82),
            dec!(110),
            dec!(30),
            dec!(131.07),
            dec!(110),
            dec!(40)
        ]
    );
    // Pension 10 % of base and general supplement: (139,955.80 + 6,997.79) × 10 %.
    assert_eq!(line(w, "pension").amount, dec!(14695.36));
    // Each part is named by its dates.
    let words: Vec<String> = base
        .basis
        .0
        .iter()
        .filter_map(|t| match t {
            Term::Said(said @ Said::Dates(..)) => Some(format!(
                "{} {}",
                words_of(*said, Lang::Da),
                words_of(*said, Lang::En)
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        words,
        [
            "(1/1–31/3) (1 Jan–31 Mar)",
            "(1/4–30/6) (1 Apr–30 Jun)",
            "(1/7–31/12) (1 Jul–31 Dec)"
        ]
    );
}

/// Without a dated figure the year is one part and the basis has no dates:
/// the round table gives 1,301.50 × 100 = 130,150.
#[test]
fn a_plain_table_keeps_one_part_for_the_year() {
    let b = budget("tests/data/rise-case.toml", "tests/data/round-2025.toml");
    let base = line(&b.wages.lines, "base_wage");
    assert_eq!(numbers(base), vec![dec!(1301.50), dec!(100)]);
    assert_eq!(base.amount, dec!(130150));
}

/// A rate table in the system's temporary folder: `extends = "2025"` and the
/// given base-wage table.
fn table(name: &str, body: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bpa-dated-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(format!("{name}.toml"));
    let text = format!("year = 2025\nextends = \"2025\"\ndescription = \"x\"\n\n{body}\n");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn error(name: &str, body: &str) -> String {
    let path = table(name, body);
    match Rates::from_file(&path) {
        Ok(_) => panic!("{name}: the table loaded"),
        Err(e) => {
            let text = e.one_line();
            text.split_once(&format!("{name}.toml"))
                .map_or(text.clone(), |(_, rest)| rest.to_string())
        }
    }
}

const HEAD: &str = "[wage_scales.sosu_11.base_hourly]\nvalues = [\n";

#[test]
fn dated_value_errors_name_line_column_and_what_is_allowed() {
    let e = error(
        "outside",
        &format!(
            "{HEAD}{{ from = 2025-01-01, value = 1, source = \"a\" }},\n{{ from = 2024-04-01, value = 2, source = \"b\" }},\n]"
        ),
    );
    assert!(e.starts_with(":8:10: `wage_scales.sosu_11.base_hourly.values[1].from`: a dated value outside the table's year"), "{e}");
    assert!(
        e.contains("found: 2024-04-01; allowed: a date in 2025"),
        "{e}"
    );

    let e = error(
        "order",
        &format!(
            "{HEAD}{{ from = 2025-01-01, value = 1, source = \"a\" }},\n{{ from = 2025-01-01, value = 2, source = \"b\" }},\n]"
        ),
    );
    assert!(e.contains(":8:10: `wage_scales.sosu_11.base_hourly.values[1].from`: dated values must be in strictly increasing date order"), "{e}");

    let e = error(
        "first",
        &format!("{HEAD}{{ from = 2025-02-01, value = 1, source = \"a\" }},\n]"),
    );
    assert!(e.contains(":7:10: `wage_scales.sosu_11.base_hourly.values[0].from`: the first dated value must start on 1 January"), "{e}");

    let e = error(
        "nosource",
        &format!("{HEAD}{{ from = 2025-01-01, value = 1 }},\n]"),
    );
    assert!(
        e.contains("`wage_scales.sosu_11.base_hourly.values[0].source`: missing required key"),
        "{e}"
    );

    let e = error(
        "time",
        &format!("{HEAD}{{ from = 2025-01-01T08:00:00, value = 1, source = \"a\" }},\n]"),
    );
    assert!(e.contains(":7:10: `wage_scales.sosu_11.base_hourly.values[0].from`: a date without a time of day is needed"), "{e}");

    let e = error(
        "unknown",
        &format!(
            "{HEAD}{{ from = 2025-01-01, value = 1, source = \"a\", until = 2025-12-31 }},\n]"
        ),
    );
    assert!(
        e.contains("`wage_scales.sosu_11.base_hourly.values[0].until`: unknown key"),
        "{e}"
    );
    assert!(
        e.contains("allowed: from, value, source, source_da, cite, cite_da, verified"),
        "{e}"
    );

    let e = error(
        "mixed",
        "[wage_scales.sosu_11.base_hourly]\nvalue = 3\nvalues = [{ from = 2025-01-01, value = 1, source = \"a\" }]",
    );
    assert!(e.contains("a figure with `values` has no `value`"), "{e}");

    // Contributions and most service-level figures hold for the whole year.
    let e = error(
        "pension",
        "[wage_scales.sosu_11.pension_pct]\nvalues = [{ from = 2025-01-01, value = 13.89, source = \"a\" }, { from = 2025-07-01, value = 16, source = \"b\" }]",
    );
    assert!(
        e.contains(
            ":5:22: `wage_scales.sosu_11.pension_pct`: this figure cannot have dated values"
        ),
        "{e}"
    );
    assert!(
        e.contains("allowed: dated `values` are allowed for wage_scales.<name>.base_hourly"),
        "{e}"
    );

    let e = error(
        "aub",
        "[contributions.aub]\nvalues = [{ from = 2025-01-01, value = 3000, source = \"a\" }]",
    );
    assert!(
        e.contains(":5:16: `contributions.aub`: this figure cannot have dated values"),
        "{e}"
    );

    let e = error(
        "supplement",
        "[wage_scales.sosu_11.supplements.saturday]\nvalues = [{ from = 2025-01-01, pct = 30, kr = 5, source = \"a\" }]",
    );
    assert!(e.contains("`wage_scales.sosu_11.supplements.saturday.values[0]`: a supplement needs exactly one of `pct` and `kr`"), "{e}");
}

fn parse(text: &str) -> toml::Table {
    toml::from_str(text).unwrap_or_else(|e| panic!("{e}"))
}

/// `over` laid on `base`, and `expected`, both as TOML text.
fn merged(base: &str, over: &str) -> String {
    let mut b = parse(base);
    merge(&mut b, parse(over));
    b.to_string()
}

fn toml(expected: &str) -> String {
    parse(expected).to_string()
}

#[test]
fn extends_merges_a_dated_figure_as_a_whole() {
    // Dated values replace a plain figure, its source and flags included.
    assert_eq!(
        merged(
            "[f]\nvalue = 1\nsource = \"old\"\nsource_da = \"gammel\"\nverified = false\n",
            "[f]\nvalues = [{ from = 2025-01-01, value = 2, source = \"new\" }]\n"
        ),
        toml("[f]\nvalues = [{ from = 2025-01-01, value = 2, source = \"new\" }]\n")
    );
    // A plain value replaces dated values.
    assert_eq!(
        merged(
            "[f]\nvalues = [{ from = 2025-01-01, value = 2, source = \"a\" }]\n",
            "[f]\nvalue = 3\nsource = \"council decision\"\n"
        ),
        toml("[f]\nvalue = 3\nsource = \"council decision\"\n")
    );
    // Later dated values replace earlier ones whole, not value by value.
    assert_eq!(
        merged(
            "[f]\nvalues = [{ from = 2025-01-01, value = 2, source = \"a\" }, { from = 2025-04-01, value = 3, source = \"b\" }]\n",
            "[f]\nvalues = [{ from = 2025-01-01, value = 5, source = \"c\" }]\n"
        ),
        toml("[f]\nvalues = [{ from = 2025-01-01, value = 5, source = \"c\" }]\n")
    );
    // A new source brings its own Danish text; a figure that changes only
    // its value keeps both.
    assert_eq!(
        merged(
            "[f]\nvalue = 1\nsource = \"old\"\nsource_da = \"gammel\"\n",
            "[f]\nvalue = 2\nsource = \"new\"\n"
        ),
        toml("[f]\nvalue = 2\nsource = \"new\"\n")
    );
    assert_eq!(
        merged(
            "[f]\nvalue = 1\nsource = \"old\"\nsource_da = \"gammel\"\n",
            "[f]\nvalue = 2\n"
        ),
        toml("[f]\nvalue = 2\nsource = \"old\"\nsource_da = \"gammel\"\n")
    );
}

/// A dated table loads through `extends`: the round table's plain base wage
/// is replaced by the two dated values, each with its own source.
#[test]
fn a_dated_figure_keeps_each_value_and_source() {
    let r =
        Rates::from_file(Path::new("tests/data/rise-2025.toml")).unwrap_or_else(|e| panic!("{e}"));
    let Some((f, None)) = r.table.wage_scales["sosu_11"].base_hourly.of_group(2) else {
        panic!("one base wage for every area group");
    };
    let shown: Vec<(String, Decimal, &str, Option<&str>)> = f
        .values
        .iter()
        .map(|v| {
            (
                v.from.to_string(),
                v.value,
                v.source.as_str(),
                v.source_da.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            (
                "2025-01-01".to_string(),
                dec!(100),
                "test: round figure",
                Some("test: rundt tal")
            ),
            (
                "2025-04-01".to_string(),
                dec!(110),
                "test: a 10 % rise on 1 April",
                Some("test: 10 % stigning 1. april")
            ),
        ]
    );
    let d = |s: &str| s.parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(f.at(d("2025-03-31")), dec!(100));
    assert_eq!(f.at(d("2025-04-01")), dec!(110));
    assert_eq!(f.at(d("2025-12-31")), dec!(110));
}

/// SPEC 4: every part but the last is its exact share by days rounded to
/// the hundredth, the last takes the rest, so the parts add up to the
/// band's hours exactly (the rule a spreadsheet formula follows).
#[test]
fn hours_split_by_days_add_up_exactly() {
    use bpa::calc::wages::{Part, by_days};
    let d = |s: &str| s.parse().unwrap_or_else(|e| panic!("{e}"));
    let parts = [
        ("2024-01-01", "2024-03-31"),
        ("2024-04-01", "2024-09-30"),
        ("2024-10-01", "2024-12-31"),
    ]
    .map(|(from, to)| {
        let (from, to): (chrono::NaiveDate, chrono::NaiveDate) = (d(from), d(to));
        Part {
            from,
            to,
            days: (to - from).num_days() + 1,
        }
    });
    // 91 + 183 + 92 = 366 days in 2024.
    assert_eq!(parts.iter().map(|p| p.days).sum::<i64>(), 366);
    // 1 h: 91/366 = 0.2486… → 0.25, 183/366 = 0.5 → 0.50, the last 1 − 0.75 = 0.25.
    assert_eq!(
        by_days(dec!(1), &parts),
        vec![dec!(0.25), dec!(0.50), dec!(0.25)]
    );
    for cents in (0..200_000).step_by(997) {
        let h = Decimal::new(cents, 2);
        let split = by_days(h, &parts);
        assert_eq!(split.iter().sum::<Decimal>(), h, "{h}");
        for (p, x) in parts.iter().zip(&split).take(parts.len() - 1) {
            let exact = h * Decimal::from(p.days) / dec!(366);
            assert_eq!(*x, bpa::money::round(exact, 2), "{h}: {x} for {exact}");
        }
    }
}

/// A grant from 1 May 2025 (examples/bpa-from-may.toml) on the embedded
/// 2025 table, whose base wage (områdetillægsgruppe 2) is 150,34 from 1
/// April, 150,79 from 1 October and 151,89 from 1 November: the period's 245
/// days split into 1/5–30/9 (153 days), 1/10–31/10 (31) and 1/11–31/12 (61),
/// and each band's hours by them, the last part taking the rest.
#[test]
fn a_grant_from_1_may_splits_the_period_not_the_year() {
    let case = Case::parse(
        Source::read(Path::new("examples/bpa-from-may.toml")).unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let rates = Rates::embedded(2025).unwrap_or_else(|e| panic!("{e}"));
    let b = calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"));
    let base = line(&b.wages.lines, "base_wage");
    // Day 1,070.71: × 153/245 = 668.647… → 668.65, × 31/245 = 135.477… → 135.48,
    // the rest 266.58; evening 282.84: 176.63, 35.79, 70.42; Saturday and Sunday
    // 106.06 each: 66.23, 13.42, 26.41. By part: 668.65 + 176.63 + 66.23 + 66.23
    // = 977.74; 135.48 + 35.79 + 13.42 + 13.42 = 198.11; 266.58 + 70.42 + 26.41
    // + 26.41 = 389.82.
    assert_eq!(
        numbers(base),
        vec![
            dec!(977.74),
            dec!(150.34),
            dec!(198.11),
            dec!(150.79),
            dec!(389.82),
            dec!(151.89)
        ]
    );
    // 977.74 × 150.34 + 198.11 × 150.79 + 389.82 × 151.89
    // = 146,993.4316 + 29,873.0069 + 59,209.7598 = 236,076.1983.
    assert_eq!(base.amount, dec!(236076.20));
    let evening = line(&b.wages.lines, "supplement.weekday_evening");
    assert_eq!(
        numbers(evening),
        vec![
            dec!(176.63),
            dec!(150.34),
            dec!(35.12),
            dec!(35.79),
            dec!(150.79),
            dec!(35.12),
            dec!(70.42),
            dec!(151.89),
            dec!(35.12)
        ]
    );
    let words: Vec<String> = base
        .basis
        .0
        .iter()
        .filter_map(|t| match t {
            Term::Said(said @ Said::Dates(..)) => Some(words_of(*said, Lang::Da)),
            _ => None,
        })
        .collect();
    assert_eq!(words, ["(1/5–30/9)", "(1/10–31/10)", "(1/11–31/12)"]);
}

/// A phrase of a formula as the renderer words it.
fn words_of(said: Said, lang: Lang) -> String {
    bpa::report::basis(&Basis::new().said(said), lang)
}
