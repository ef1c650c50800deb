//! The printout is the proof (SPEC 10): every line's `expr` evaluates to its
//! amount and uses only the numbers its `basis` prints, and every printed
//! table adds up in its rows and its columns: for every example, and for
//! generated cases whose hours are written with up to three decimals.

use std::process::Command;

mod common;

use common::{examples, parse_number};
use rust_decimal::Decimal;
use serde_json::Value;

fn bpa(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .env_remove("COLUMNS")
        .output()
        .expect("bpa runs");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn check_budget(json: &Value, danish: bool, name: &str) {
    for section in [
        "hours",
        "wages",
        "contributions",
        "employer_tasks",
        "special_costs",
        "other_costs",
        "totals",
        "transition",
    ] {
        // `transition` is null unless a reduction is under notice.
        let Some(lines) = json[section]["lines"].as_array() else {
            assert_eq!(section, "transition", "{name}: no lines in {section}");
            continue;
        };
        for line in lines {
            let amount: Decimal = line["amount"].to_string().parse().expect("amount");
            common::check_line(
                line["expr"].as_str().expect("expr"),
                line["basis"].as_str().expect("basis"),
                amount,
                danish,
                &format!("{name} {section} {}", line["key"]),
            );
        }
    }
}

#[test]
fn every_line_of_every_example_redoes_from_its_printed_figures() {
    for file in examples() {
        for (lang, danish) in [("da", true), ("en", false)] {
            let out = bpa(&["calc", &file, "--format", "json", "--lang", lang]);
            let json: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{file}: {e}"));
            check_budget(&json, danish, &file);
        }
    }
}

/// Column spans from the dashed line under a header.
fn spans(dashes: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = dashes.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '-' {
            let start = i;
            while i < chars.len() && chars[i] == '-' {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
    out
}

fn cell(line: &str, (a, b): (usize, usize)) -> String {
    let chars: Vec<char> = line.chars().collect();
    chars
        .get(a.min(chars.len())..b.min(chars.len()))
        .map(|c| c.iter().collect::<String>().trim().to_string())
        .unwrap_or_default()
}

/// Re-add one printed table: columns to the "i alt" row, rows to the "I alt" column.
fn check_table(title: &str, header: &str, dashes: &str, rows: &[&str], file: &str) -> usize {
    let cols = spans(dashes);
    let head: Vec<String> = cols.iter().map(|c| cell(header, *c)).collect();
    let grid: Vec<Vec<String>> = rows
        .iter()
        .map(|r| cols.iter().map(|c| cell(r, *c)).collect())
        .collect();
    let numeric: Vec<bool> = (1..cols.len())
        .map(|j| {
            grid.iter().any(|r| !r[j].is_empty())
                && grid
                    .iter()
                    .all(|r| r[j].is_empty() || parse_number(&r[j], true).is_some())
        })
        .collect();
    let num = |s: &str| parse_number(s, true).unwrap_or_default();
    let mut checks = 0;
    if let Some(last) = grid.last()
        && last[0].to_lowercase().contains("i alt")
    {
        for j in 1..cols.len() {
            if !numeric[j - 1] || last[j].is_empty() {
                continue;
            }
            let sum: Decimal = grid[..grid.len() - 1].iter().map(|r| num(&r[j])).sum();
            assert_eq!(
                sum,
                num(&last[j]),
                "{file}: «{title}», column «{}» does not add up",
                head[j]
            );
            checks += 1;
        }
    }
    if let Some(total_col) = head.iter().position(|h| h == "I alt") {
        for r in &grid {
            let parts: Decimal = (1..total_col)
                .filter(|j| numeric[j - 1])
                .map(|j| num(&r[j]))
                .sum();
            assert_eq!(
                parts,
                num(&r[total_col]),
                "{file}: «{title}», row «{}» does not add up",
                r[0]
            );
            checks += 1;
        }
    }
    checks
}

#[test]
fn every_printed_table_of_every_example_adds_up() {
    for file in examples() {
        let out = bpa(&["calc", &file, "--width", "1000", "--borders", "never"]);
        let checks = tables_add_up(&out, &file);
        assert!(checks >= 8, "{file}: only {checks} sums checked");
    }
}

/// Every printed table of a `calc` table output adds up; how many sums were checked.
fn tables_add_up(out: &str, file: &str) -> usize {
    let lines: Vec<&str> = out.lines().collect();
    let mut checks = 0;
    for i in 2..lines.len() {
        if lines[i].starts_with("---")
            || lines[i].starts_with(" ---")
            || (lines[i].starts_with('-') && lines[i].contains(" -"))
        {
            let end = (i + 1..lines.len())
                .find(|&k| lines[k].trim().is_empty())
                .unwrap_or(lines.len());
            checks += check_table(
                lines[i - 2],
                lines[i - 1],
                lines[i],
                &lines[i + 1..end],
                file,
            );
        }
    }
    checks
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// A case written with three-decimal hours (`36.706`) prints them as
    /// written and redoes line by line from its printout, in Danish and in
    /// English, and its tables add up.
    #[test]
    fn a_generated_case_with_three_decimal_inputs_redoes_from_its_printout(
        g in common::generated::workbook_case_strategy()
    ) {
        let text = common::generated::toml_text(&g, &[0, 1, 2, 3, 4], 1);
        let path = std::env::temp_dir().join(format!("bpa-printout-{}.toml", std::process::id()));
        std::fs::write(&path, &text).expect("the case file");
        let file = path.display().to_string();
        for (lang, danish) in [("da", true), ("en", false)] {
            let out = bpa(&["calc", &file, "--format", "json", "--lang", lang]);
            let json: Value = serde_json::from_str(&out)
                .unwrap_or_else(|e| panic!("{e}: {text}"));
            check_budget(&json, danish, &text);
        }
        let table = bpa(&["calc", &file, "--width", "1000", "--borders", "never"]);
        proptest::prop_assert!(tables_add_up(&table, &text) >= 4, "{}", table);
        let _ = std::fs::remove_file(&path);
    }
}
