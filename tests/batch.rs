//! `bpa batch` rows read back as a script would: the columns, the
//! hand-checked amounts of tests/amounts.rs, both CSV dialects, JSON lines,
//! and a bad case that neither stops the run nor shifts the rows.

use std::process::{Command, Output};

use bpa::report::csv::COLUMNS;

const CASE: &str = "tests/data/company-2025.toml";
const RATES: &str = "tests/data/round-2025.toml";

fn bpa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .output()
        .expect("bpa runs")
}

fn records(csv_text: &[u8], delimiter: u8) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(csv_text)
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV")
}

fn cell<'a>(row: &'a csv::StringRecord, column: &str) -> &'a str {
    let i = COLUMNS
        .iter()
        .position(|c| *c == column)
        .unwrap_or_else(|| panic!("no column {column}"));
    &row[i]
}

#[test]
fn a_csv_row_carries_the_hand_checked_amounts() {
    let out = bpa(&["batch", "--rates", RATES, CASE]);
    assert_eq!(out.status.code(), Some(0));
    let rows = records(&out.stdout, b',');
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].iter().collect::<Vec<_>>(), COLUMNS);
    let row = &rows[1];
    // The figures asserted line by line in tests/amounts.rs.
    for (column, expected) in [
        ("id", "T-1"),
        ("year", "2025"),
        ("scheme", "bpa"),
        ("employer", "company"),
        ("wage_budget", "331635.75"),
        ("contributions", "9547.99"),
        ("employer_tasks", "15762.43"),
        ("other_costs", "6000.00"),
        ("offsets", "-1000.00"),
        // 331635.75 + 9547.99 + 15762.43 + 6000 − 1000
        ("grant_total", "361946.17"),
        ("monthly_payment", "30162.18"),
        ("cost_per_hour", "159.42"),
        ("cap_hourly", "300.00"),
        ("cap_verdict", "within"),
        ("error", ""),
    ] {
        assert_eq!(cell(row, column), expected, "column {column}");
    }
    // pay + pension + holiday pay = the wage budget
    let sum: rust_decimal::Decimal = ["wages", "pension", "holiday_pay"]
        .iter()
        .map(|c| {
            cell(row, c)
                .parse::<rust_decimal::Decimal>()
                .expect("a number")
        })
        .sum();
    assert_eq!(sum.to_string(), "331635.75");
}

#[test]
fn the_danish_dialect_has_a_bom_semicolons_and_decimal_commas() {
    let out = bpa(&["batch", "--csv-dialect", "da", "--rates", RATES, CASE]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with("\u{feff}id;file;".as_bytes()));
    let rows = records(&out.stdout[3..], b';');
    assert_eq!(cell(&rows[1], "grant_total"), "361946,17");
    assert_eq!(cell(&rows[1], "offsets"), "-1000,00");
}

#[test]
fn json_lines_have_the_columns_as_keys_and_exact_numbers() {
    let out = bpa(&["batch", "--format", "json", "--rates", RATES, CASE]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains(r#""grant_total":361946.17,"#));
    let row: serde_json::Value = serde_json::from_str(lines[0]).expect("a JSON object");
    let keys: Vec<&str> = row
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, COLUMNS);
}

#[test]
fn a_bad_case_gets_its_own_row_and_the_run_goes_on() {
    let args = [
        "batch",
        "examples/kt-30h.toml",
        "tests/cmd/bad/negative.toml",
        "tests/cmd/bad/does-not-exist.toml",
        "examples/kt-relative.toml",
    ];
    let out = bpa(&args);
    assert_eq!(out.status.code(), Some(65));
    let rows = records(&out.stdout, b',');
    let files: Vec<&str> = rows[1..].iter().map(|r| cell(r, "file")).collect();
    assert_eq!(files, &args[1..]);
    assert_eq!(cell(&rows[1], "error"), "");
    assert!(
        cell(&rows[2], "error").starts_with(
            "tests/cmd/bad/negative.toml:7:15: `need.weekday_day`: number out of range; found: -5"
        ),
        "{}",
        cell(&rows[2], "error")
    );
    assert!(cell(&rows[3], "error").contains("cannot read the file"));
    assert_eq!(cell(&rows[4], "id"), "KT-2025-0021");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.ends_with("bpa batch: 4 cases: 2 succeeded, 2 failed, 2 with warnings\n"),
        "{stderr}"
    );
}

#[test]
fn threads_do_not_change_the_rows_or_their_order() {
    let one = bpa(&["batch", "--jobs", "1", "examples", "tests/cmd/bad"]);
    let two = bpa(&["batch", "--jobs", "2", "examples", "tests/cmd/bad"]);
    let three = bpa(&["batch", "--jobs", "3", "examples", "tests/cmd/bad"]);
    assert!(one.stdout.len() > 1000);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, three.stdout);
    assert_eq!(one.stderr, two.stderr);
}

#[test]
fn year_recalculates_on_that_years_rates() {
    let out = bpa(&["batch", "--year", "2024", "examples/kt-30h.toml"]);
    let rows = records(&out.stdout, b',');
    assert_eq!(cell(&rows[1], "year"), "2024");
    assert_eq!(cell(&rows[1], "rates"), "embedded 2024");
    let own = bpa(&["batch", "examples/kt-30h.toml"]);
    let own = records(&own.stdout, b',');
    assert_eq!(
        cell(&own[1], "hours_per_week"),
        cell(&rows[1], "hours_per_week")
    );
    assert_ne!(cell(&own[1], "grant_total"), cell(&rows[1], "grant_total"));
}

#[test]
fn rate_table_notes_are_told_once_per_table_and_never_fail_strict() {
    // Two cases on the embedded 2025 table, each without a case warning (a cap
    // is given): the unverified base wage is told once, not once per row.
    let dir = std::env::temp_dir().join(format!("bpa-notes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    for (name, weekly) in [("a", "30.0"), ("b", "35.0")] {
        std::fs::write(
            dir.join(format!("{name}.toml")),
            format!(
                "id = \"N-{name}\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"citizen\"\n[need]\nweekday_day = {weekly}\n[extra]\nhelpers = 2\n[override]\ncap_hourly = 1000.0\n"
            ),
        )
        .expect("a case file");
    }
    let out = bpa(&["batch", dir.to_str().expect("UTF-8 path"), "--strict"]);
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(
        stderr.matches("wage_scales.sosu_11.base_hourly").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("note: embedded 2025: rate_unverified:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 succeeded, 0 failed, 0 with warnings"),
        "{stderr}"
    );
    // The rows carry no note codes.
    let rows = records(&out.stdout, b',');
    assert_eq!(cell(&rows[1], "warnings"), "");
    assert_eq!(out.status.code(), Some(0));
}
