//! `bpa calc --format xlsx`: the workbook's amounts are live formulas whose
//! cached values equal the JSON to the øre, and a real spreadsheet engine
//! (LibreOffice) recalculates them to the same amounts; changing an input
//! cell moves the lines that depend on it, the total and the cap check.

mod common;

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use serde_json::Value;

use common::examples;

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bpa-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

fn json(file: &str) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(["calc", file, "--format", "json"])
        .output()
        .expect("bpa runs");
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn workbook(file: &str) -> Vec<u8> {
    let path = tmp(&format!(
        "{}.xlsx",
        Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("x")
    ));
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(["calc", file, "--format", "xlsx", "-o"])
        .arg(&path)
        .output()
        .expect("bpa runs");
    assert!(out.status.success(), "{file}: {out:?}");
    std::fs::read(&path).expect("the workbook")
}

fn read_book(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("an xlsx workbook")
}

/// The cells of a sheet as text, by row and column.
fn cells_of(
    book: &mut Xlsx<Cursor<Vec<u8>>>,
    sheet: &str,
) -> (Vec<Vec<String>>, calamine::Range<String>) {
    let range = book
        .worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("{sheet}: {e}"));
    let formulas = book.worksheet_formula(sheet).expect("formulas");
    let rows = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Float(f) => f.to_string(),
                    Data::Int(i) => i.to_string(),
                    _ => String::new(),
                })
                .collect()
        })
        .collect();
    (rows, formulas)
}

fn keyed(rows: &[Vec<String>]) -> Vec<common::workbook::Keyed> {
    let cell = |r: u32, c: u32| {
        rows.get(r as usize)
            .and_then(|row| row.get(c as usize))
            .filter(|s| !s.is_empty())
            .cloned()
    };
    common::workbook::keyed_rows(&cell, u32::try_from(rows.len()).unwrap_or(0))
}

#[test]
fn cached_values_equal_the_json_for_every_example() {
    for file in examples() {
        let json = json(&file);
        let mut book = read_book(&workbook(&file));
        let names = book.sheet_names();
        assert_eq!(
            names,
            ["Forudsætninger", "Budget", "Mellemregninger", "Kilder"],
            "{file}"
        );
        let (budget, formulas) = cells_of(&mut book, "Budget");
        let rows = keyed(&budget);
        let n =
            common::workbook::compare(&json, &rows, true, &file).unwrap_or_else(|e| panic!("{e}"));
        // Every line and total: hours, 4+ sections, grant, payments, cap.
        assert!(n >= 20, "{file}: only {n} amounts");
        let (working, work_formulas) = cells_of(&mut book, "Mellemregninger");
        let work_rows = keyed(&working);
        common::workbook::compare(&json, &work_rows, false, &file)
            .unwrap_or_else(|e| panic!("{e}"));
        for (sheet, rows, formulas) in [
            ("Budget", &rows, &formulas),
            ("Mellemregninger", &work_rows, &work_formulas),
        ] {
            for (r, key, _) in rows {
                let f = formulas
                    .get_value((*r, 1))
                    .unwrap_or_else(|| panic!("{file}: {sheet} {key} has no formula"));
                assert!(!f.is_empty(), "{file}: {sheet} {key} has no formula");
                let bare = constants(f);
                assert!(
                    bare.is_empty(),
                    "{file}: {sheet} {key}: the numbers {bare:?} in the formula {f}"
                );
            }
        }
        // No number left without its source: no "Øvrige tal".
        let (inputs, _) = cells_of(&mut book, "Forudsætninger");
        assert!(
            !inputs
                .iter()
                .any(|r| r.first().is_some_and(|c| c.starts_with("Øvrige tal"))),
            "{file}: figures without a source"
        );
    }
}

/// The numbers a formula writes itself, other than the constants of the
/// calendar and of rounding it may use: 0, 1, 2 (decimals of ROUND), 4
/// (quarters), 7 (days a week), 9 (the decimals a difference is rounded to
/// before the hundredth, clearing floating-point noise), 12 (months), 60
/// (minutes), 100 (percent).
fn constants(f: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' {
            // A text in quotes.
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += 1;
            }
            i += 1;
            continue;
        }
        if c.is_ascii_alphabetic() || c == '$' || c == '\'' {
            // A name or a cell address, with its row number.
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric()
                    || "$'!_.".contains(chars[i])
                    || !chars[i].is_ascii())
            {
                if chars[i] == '\'' {
                    i += 1;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                }
                i += 1;
            }
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let n: String = chars[start..i].iter().collect();
            if !["0", "1", "2", "4", "7", "9", "12", "60", "100"].contains(&n.as_str()) {
                out.push(n);
            }
            continue;
        }
        i += 1;
    }
    out
}

#[test]
fn the_sources_sheet_lists_every_rate_with_its_verification() {
    let file = "examples/bpa-daytime-citizen.toml";
    let mut book = read_book(&workbook(file));
    let range = book.worksheet_range("Kilder").expect("sheet Kilder");
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    // The base wage of områdetillægsgruppe 2, dated: 149,29 from 1/1, then
    // 1/4, 1/10 and 151,89 from 1/11, derived from KL's pay tables, so not verified.
    let base: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| {
            r.get(1)
                .is_some_and(|p| p == "wage_scales.sosu_11.base_hourly.group_2")
        })
        .collect();
    assert_eq!(base.len(), 4, "{rows:?}");
    assert_eq!(base[0][3], "149,29");
    assert_eq!(base[3][2], "01.11.2025");
    assert_eq!(base[3][3], "151,89");
    assert_eq!(base[3][5], "nej");
    // A verified rate says so.
    assert!(rows.iter().any(|r| {
        r.get(1)
            .is_some_and(|p| p == "wage_scales.sosu_11.holiday_pct")
            && r[5] == "ja"
    }));
}

#[test]
fn batch_writes_one_row_per_case_with_numbers_as_numbers() {
    let path = tmp("batch.xlsx");
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args([
            "batch",
            "examples/kt-30h.toml",
            "examples/bpa-daytime-citizen.toml",
            "--format",
            "xlsx",
        ])
        .output()
        .expect("bpa runs");
    assert!(
        out.status.success() || out.status.code() == Some(1),
        "{out:?}"
    );
    std::fs::write(&path, &out.stdout).expect("write");
    let mut book = read_book(&out.stdout);
    let range = book.worksheet_range("bpa").expect("one sheet");
    let header: Vec<String> = range
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header[0], "id");
    assert_eq!(header[16], "grant_total");
    assert_eq!(range.height(), 3, "a header and two cases");
    let daytime = range
        .rows()
        .find(|r| r[0] == "BPA-2025-0107")
        .expect("the daytime case");
    // The grant total as a number, as the table prints it: 677.643,37.
    assert_eq!(daytime[16], Data::Float(677_643.37));
}

#[test]
fn the_workbook_is_set_up_for_reading_and_printing() {
    let bytes = workbook("examples/bpa-daytime-citizen.toml");
    let parts = common::workbook::parts(&bytes);
    let part = |name: &str| {
        let data = &parts.iter().find(|p| p.0 == name).expect(name).1;
        String::from_utf8(data.clone()).expect("UTF-8")
    };
    // Amounts in Excel's built-in format 4, #,##0.00, which a Danish Excel
    // or LibreOffice shows as 1.089,75.
    let styles = part("xl/styles.xml");
    assert!(styles.contains(r#"numFmtId="4""#), "{styles}");
    for sheet in ["sheet1", "sheet2", "sheet3", "sheet4"] {
        let xml = part(&format!("xl/worksheets/{sheet}.xml"));
        // Headings frozen; A4 (paper size 9), one page wide; the case id in the footer.
        assert!(xml.contains(r#"state="frozen""#), "{sheet}");
        assert!(xml.contains(r#"paperSize="9""#), "{sheet}");
        assert!(xml.contains(r#"fitToHeight="0""#), "{sheet}");
        assert!(xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#), "{sheet}");
        assert!(
            xml.contains("BPA-2025-0107"),
            "{sheet}: the id in the footer"
        );
    }
    // Sheet Budget: the heading's rows repeated on every page, landscape,
    // and the print area the four columns a reader needs (not the keys).
    let budget = part("xl/worksheets/sheet2.xml");
    assert!(
        budget.contains(r#"<pane ySplit="5" topLeftCell="A6""#),
        "{budget}"
    );
    assert!(budget.contains(r#"orientation="landscape""#));
    // The four printed columns fit A4 landscape (about 145 characters at
    // 100 %), so fitting them to the width keeps the type readable.
    let printed: f64 = (1..=4)
        .map(|c| {
            let col = budget
                .split("<col ")
                .find(|x| x.starts_with(&format!("min=\"{c}\" max=\"{c}\"")))
                .expect("a column width");
            col.split("width=\"")
                .nth(1)
                .and_then(|x| x.split('"').next())
                .and_then(|x| x.parse::<f64>().ok())
                .expect("its width")
        })
        .sum();
    assert!(printed <= 145.0, "{printed} characters wide");
    let book = part("xl/workbook.xml");
    assert!(
        book.contains("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">Budget!$A$1:$D$"),
        "{book}"
    );
    // A wrapped basis gets a row tall enough for its lines: the base wage's
    // formula over four parts of the year takes three lines or more, at 15
    // points a line.
    let mut book = read_book(&bytes);
    let (cells, _) = cells_of(&mut book, "Budget");
    let r = cells
        .iter()
        .position(|row| row.get(4).is_some_and(|k| k == "line:base_wage"))
        .expect("the base wage");
    let row_xml = budget
        .split("<row ")
        .find(|x| x.starts_with(&format!("r=\"{}\"", r + 1)))
        .expect("its row");
    let ht: f64 = row_xml
        .split("ht=\"")
        .nth(1)
        .and_then(|x| x.split('"').next())
        .and_then(|x| x.parse().ok())
        .unwrap_or_else(|| panic!("no height: {row_xml}"));
    assert!(ht >= 45.0, "{ht}");
    // English sheet names with --lang en.
    let path = tmp("en.xlsx");
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args([
            "calc",
            "examples/kt-30h.toml",
            "--format",
            "xlsx",
            "--lang",
            "en",
            "-o",
        ])
        .arg(&path)
        .output()
        .expect("bpa runs");
    assert!(out.status.success());
    let book = read_book(&std::fs::read(&path).expect("the workbook"));
    assert_eq!(
        book.sheet_names(),
        ["Inputs", "Budget", "Working", "Sources"]
    );
}

#[test]
fn dash_o_writes_any_format_to_the_file_as_standard_output_would() {
    let path = tmp("kt.json");
    let file = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(["calc", "examples/kt-30h.toml", "--format", "json", "-o"])
        .arg(&path)
        .output()
        .expect("bpa runs");
    assert!(file.status.success());
    assert!(file.stdout.is_empty(), "nothing on standard output");
    let stdout = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(["calc", "examples/kt-30h.toml", "--format", "json"])
        .output()
        .expect("bpa runs");
    assert_eq!(std::fs::read(&path).expect("the file"), stdout.stdout);
}
