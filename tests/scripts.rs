//! What a script over many cases relies on: which rate table each case is
//! calculated on (`rates` in the case, `--rates`, `--rates-dir`) and that
//! every row names it; `--settle` skipping cases without a used file; failed
//! rows that keep what could be read; files and ids given twice.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use bpa::report::csv::{COLUMNS, SETTLE_COLUMNS};

fn bpa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .output()
        .expect("bpa runs")
}

fn rows(out: &Output) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .from_reader(out.stdout.as_slice())
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV")
}

fn cell<'a>(row: &'a csv::StringRecord, columns: &[&str], column: &str) -> &'a str {
    let i = columns.iter().position(|c| *c == column).expect("column");
    &row[i]
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh folder in the system's temporary folder.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bpa-scripts-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn a_case_that_names_its_rate_table_is_calculated_on_it_in_a_batch() {
    let out = bpa(&["batch", "examples"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let all = rows(&out);
    let row = all
        .iter()
        .find(|r| cell(r, COLUMNS, "file") == "examples/bpa-municipal-rates.toml")
        .expect("the municipal case");
    assert_eq!(
        cell(row, COLUMNS, "rates"),
        "examples/rates/kommune-2025.toml → embedded 2025 → embedded base"
    );
    // The same case without its `rates` key, on the national table.
    let dir = temp("national");
    let text = std::fs::read_to_string("examples/bpa-municipal-rates.toml")
        .expect("case")
        .replace("rates = \"rates/kommune-2025.toml\"", "");
    std::fs::write(dir.join("national.toml"), text).expect("write");
    let national = bpa(&["batch", s(&dir.join("national.toml"))]);
    let national = &rows(&national)[0];
    assert_eq!(cell(national, COLUMNS, "rates"), "embedded 2025");
    // The council's § 10 amount is 5,000 kr against the national 6,000 kr,
    // and it lies outside the cap: the grant is 1,000 kr lower.
    assert_eq!(cell(row, COLUMNS, "other_costs"), "5000.00");
    assert_eq!(cell(national, COLUMNS, "other_costs"), "6000.00");
    let total = |r: &csv::StringRecord| {
        cell(r, COLUMNS, "grant_total")
            .parse::<rust_decimal::Decimal>()
            .expect("amount")
    };
    assert_eq!(
        total(national) - total(row),
        rust_decimal::Decimal::from(1000)
    );
    // The council's cap of 490 kr per hour is checked; the national table has none.
    assert_eq!(cell(row, COLUMNS, "cap_hourly"), "490.00");
    assert_eq!(cell(row, COLUMNS, "cap_verdict"), "within");
    assert_eq!(cell(national, COLUMNS, "cap_verdict"), "not_checked");
    let _ = std::fs::remove_dir_all(&dir);
    // Every row names its table.
    for row in &all {
        assert!(!cell(row, COLUMNS, "rates").is_empty(), "{row:?}");
    }
}

#[test]
fn rates_on_the_command_line_wins_over_the_case_s_own_table() {
    let out = bpa(&[
        "batch",
        "--rates",
        "tests/data/round-2025.toml",
        "examples/bpa-municipal-rates.toml",
    ]);
    let rows = rows(&out);
    assert_eq!(
        cell(&rows[0], COLUMNS, "rates"),
        "tests/data/round-2025.toml → embedded 2025 → embedded base"
    );
}

#[test]
fn a_case_s_own_table_is_found_relative_to_the_case_file() {
    let dir = temp("relative");
    std::fs::create_dir_all(dir.join("tables")).expect("dir");
    std::fs::copy(
        "examples/rates/kommune-2025.toml",
        dir.join("tables/k.toml"),
    )
    .expect("copy");
    let case = std::fs::read_to_string("examples/kt-30h.toml")
        .expect("case")
        .replace(
            "employer = \"citizen\"",
            "employer = \"citizen\"\nrates = \"tables/k.toml\"",
        );
    std::fs::write(dir.join("kt.toml"), case).expect("write");
    let out = bpa(&["calc", s(&dir.join("kt.toml")), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let origin = json["rates"]["origin"].as_str().expect("origin");
    assert!(
        origin.ends_with("tables/k.toml → embedded 2025 → embedded base"),
        "{origin}"
    );

    // A table that is not there is an error at the case's `rates` key.
    std::fs::remove_file(dir.join("tables/k.toml")).expect("remove");
    let out = bpa(&["calc", s(&dir.join("kt.toml"))]);
    assert_eq!(out.status.code(), Some(65));
    let err = stderr(&out);
    assert!(
        err.contains("kt.toml:11:9: `rates`: no rate table file there"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_folder_of_yearly_tables_batches_cases_of_several_years() {
    let dir = temp("rates-dir");
    let tables = dir.join("tables");
    let cases = dir.join("cases");
    std::fs::create_dir_all(&tables).expect("dir");
    std::fs::create_dir_all(&cases).expect("dir");
    let k25 = std::fs::read_to_string("examples/rates/kommune-2025.toml").expect("table");
    std::fs::write(tables.join("2025.toml"), &k25).expect("write");
    // Any name, as long as the table gives its year.
    let k26 = k25
        .replace("year = 2025", "year = 2026")
        .replace("extends = \"2025\"", "extends = \"2026\"");
    std::fs::write(tables.join("kommune-naeste-aar.toml"), k26).expect("write");
    let kt = std::fs::read_to_string("examples/kt-30h.toml").expect("case");
    std::fs::write(cases.join("a.toml"), &kt).expect("write");
    std::fs::write(
        cases.join("b.toml"),
        kt.replace("year = 2025", "year = 2026")
            .replace("KT-2025-0013", "KT-2026-0013"),
    )
    .expect("write");
    let out = bpa(&["batch", "--rates-dir", s(&tables), s(&cases)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = rows(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!(cell(&rows[0], COLUMNS, "year"), "2025");
    assert!(
        cell(&rows[0], COLUMNS, "rates")
            .ends_with("tables/2025.toml → embedded 2025 → embedded base"),
        "{:?}",
        rows[0]
    );
    assert_eq!(cell(&rows[1], COLUMNS, "year"), "2026");
    assert!(
        cell(&rows[1], COLUMNS, "rates")
            .ends_with("tables/kommune-naeste-aar.toml → embedded 2026 → embedded base"),
        "{:?}",
        rows[1]
    );
    // Both on the council's § 10 amount of 5,000 kr.
    assert_eq!(cell(&rows[0], COLUMNS, "other_costs"), "5000.00");
    assert_eq!(cell(&rows[1], COLUMNS, "other_costs"), "5000.00");

    // A year the folder has no table for fails that case, naming the years there.
    std::fs::write(
        cases.join("c.toml"),
        kt.replace("year = 2025", "year = 2024"),
    )
    .expect("write");
    let out = bpa(&["batch", "--rates-dir", s(&tables), s(&cases)]);
    assert_eq!(out.status.code(), Some(65));
    let err = stderr(&out);
    assert!(
        err.contains("`year`: no rate table for this grant year in --rates-dir")
            && err.contains("for 2025, 2026"),
        "{err}"
    );

    // Two tables for one year are refused before any case, naming both.
    let twin = tables.join("zz-twin.toml");
    std::fs::write(&twin, &k25).expect("write");
    let out = bpa(&["batch", "--rates-dir", s(&tables), s(&cases)]);
    assert_eq!(out.status.code(), Some(65));
    let err = stderr(&out);
    assert!(
        err.contains("two rate tables in the folder are for the same grant year")
            && err.contains("2025.toml"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    std::fs::remove_file(&twin).expect("remove");

    // A file named for one year holding another is refused before any case.
    std::fs::write(tables.join("2024.toml"), &k25).expect("write");
    let out = bpa(&["batch", "--rates-dir", s(&tables), s(&cases)]);
    assert_eq!(out.status.code(), Some(65));
    assert!(
        stderr(&out).contains("the file name says another grant year"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn settle_skips_cases_without_a_used_file_and_counts_them_once() {
    let out = bpa(&[
        "batch",
        "--settle",
        "--rates",
        "tests/data/round-2025.toml",
        "tests/data/company-2025.toml",
        "examples/kt-30h.toml",
        "examples/kt-association.toml",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = rows(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(cell(&rows[0], SETTLE_COLUMNS, "id"), "T-1");
    assert_eq!(
        cell(&rows[0], SETTLE_COLUMNS, "rates"),
        "tests/data/round-2025.toml → embedded 2025 → embedded base"
    );
    assert_eq!(
        stderr(&out),
        "skipped: examples/kt-30h.toml: no used-hours file examples/kt-30h.used.toml\n\
         skipped: examples/kt-association.toml: no used-hours file examples/kt-association.used.toml\n\
         bpa batch: 1 cases: 1 succeeded, 0 failed, 0 with warnings, 2 skipped (no used-hours file)\n"
    );
}

#[test]
fn a_failed_row_keeps_the_keys_that_could_be_read() {
    // Year and scheme are fine, the need is negative: the row can still be
    // joined to the case register by id, year, scheme and employer.
    let out = bpa(&[
        "batch",
        "tests/cmd/bad/negative.toml",
        "tests/cmd/bad/bad-scheme.toml",
    ]);
    assert_eq!(out.status.code(), Some(65));
    let rows = rows(&out);
    let known = |r: &csv::StringRecord| {
        ["id", "year", "scheme", "employer", "grant_total"].map(|c| cell(r, COLUMNS, c).to_string())
    };
    assert_eq!(known(&rows[0]), ["BAD-3", "2025", "bpa", "citizen", ""]);
    // scheme = "bap" is not a scheme: left empty, the rest kept.
    assert_eq!(known(&rows[1]), ["BAD-10", "2025", "", "citizen", ""]);
    assert!(cell(&rows[1], COLUMNS, "error").contains("`scheme`: value not allowed"));
}

#[test]
fn the_same_file_twice_is_taken_once_and_a_repeated_id_is_warned() {
    let dir = temp("twice");
    std::fs::copy("examples/kt-30h.toml", dir.join("a.toml")).expect("copy");
    std::fs::copy("examples/kt-30h.toml", dir.join("b.toml")).expect("copy");
    let a = dir.join("a.toml");
    let out = bpa(&["batch", s(&dir), s(&a)]);
    // Both files with the same id are calculated; the folder's a.toml given
    // again on the command line is not.
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(rows(&out).len(), 2);
    let err = stderr(&out);
    // The notes about the rate table aside (told once per table).
    let lines: Vec<&str> = err.lines().filter(|l| !l.starts_with("note: ")).collect();
    assert_eq!(
        lines,
        [
            format!(
                "warning: {}: the id `KT-2025-0013` is also the id of {}",
                dir.join("b.toml").display(),
                a.display()
            ),
            format!("skipped: {}: the same file as {}, taken once", a.display(), a.display()),
            "bpa batch: 2 cases: 2 succeeded, 0 failed, 2 with warnings, 1 skipped (the same file again), 1 with an id used before".to_string(),
        ]
    );
    // --strict counts a repeated id as a warning.
    let out = bpa(&["check", "--strict", s(&dir)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn calc_year_recalculates_a_case_on_another_year_s_rates() {
    let out = bpa(&[
        "calc",
        "examples/kt-30h.toml",
        "--year",
        "2026",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["year"], 2026);
    assert_eq!(json["rates"]["origin"], "embedded 2026");
    // The same as `diff --to 2026` calls the new side.
    let diff = bpa(&[
        "diff",
        "examples/kt-30h.toml",
        "--from",
        "2025",
        "--to",
        "2026",
        "--format",
        "json",
    ]);
    let diff: serde_json::Value = serde_json::from_slice(&diff.stdout).expect("JSON");
    let total = diff.to_string();
    let grant = json["totals"]["grant_total"].to_string();
    assert!(total.contains(&grant), "{grant} not in the diff");
}

#[test]
fn a_folder_diff_row_agrees_with_the_diff_of_its_two_files() {
    let out = bpa(&[
        "diff",
        "tests/cmd/diff-folders/old",
        "tests/cmd/diff-folders/new",
        "--format",
        "csv",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let columns = bpa::report::csv::DIFF_COLUMNS;
    let rows = rows(&out);
    assert_eq!(rows.len(), 2);
    for row in &rows {
        let (old, new) = (
            cell(row, columns, "old_file"),
            cell(row, columns, "new_file"),
        );
        // The same comparison of the two files alone: --strict exits 1 exactly
        // when the row says notice is needed.
        let one = bpa(&["diff", old, new, "--format", "json", "--strict"]);
        let notice = cell(row, columns, "notice") == "true";
        assert_eq!(
            one.status.code(),
            Some(if notice { 1 } else { 0 }),
            "{row:?}"
        );
        let json: serde_json::Value = serde_json::from_slice(&one.stdout).expect("JSON");
        let text = json.to_string();
        for column in ["old_grant_total", "new_grant_total"] {
            assert!(
                text.contains(cell(row, columns, column)),
                "{column} of {row:?}"
            );
        }
        // change = new − old
        let num = |c: &str| cell(row, columns, c).parse::<f64>().expect("number");
        assert!((num("new_grant_total") - num("old_grant_total") - num("change")).abs() < 0.005);
    }
}

#[test]
fn a_case_on_one_side_of_a_folder_diff_gets_a_row_with_its_error() {
    let dir = temp("diff-one-side");
    std::fs::create_dir_all(dir.join("old")).expect("dir");
    std::fs::create_dir_all(dir.join("new")).expect("dir");
    std::fs::copy("examples/kt-30h.toml", dir.join("old/a.toml")).expect("copy");
    std::fs::copy("examples/kt-30h.toml", dir.join("new/a.toml")).expect("copy");
    std::fs::copy("examples/kt-relative.toml", dir.join("new/b.toml")).expect("copy");
    let out = bpa(&[
        "diff",
        s(&dir.join("old")),
        s(&dir.join("new")),
        "--format",
        "csv",
    ]);
    assert_eq!(out.status.code(), Some(65));
    let columns = bpa::report::csv::DIFF_COLUMNS;
    let rows = rows(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!(cell(&rows[0], columns, "change"), "0.00");
    assert_eq!(cell(&rows[1], columns, "id"), "KT-2025-0021");
    assert!(
        cell(&rows[1], columns, "error").contains("no old version of this case"),
        "{:?}",
        rows[1]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_rate_table_on_standard_input_extends_a_file_from_the_current_folder() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(["batch", "--rates", "-", "examples/kt-30h.toml"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("bpa runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"year = 2025\nextends = \"examples/rates/kommune-2025.toml\"\n")
        .expect("write");
    let out = child.wait_with_output().expect("bpa ends");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        cell(&rows(&out)[0], COLUMNS, "rates"),
        "<stdin> → examples/rates/kommune-2025.toml → embedded 2025 → embedded base"
    );
}
