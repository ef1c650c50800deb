//! `bpa calc --format xlsx`: the workbook's amounts are live formulas whose
//! cached values equal the JSON to the øre, and a real spreadsheet engine
//! (LibreOffice) recalculates them to the same amounts; changing an input
//! cell moves the lines that depend on it, the total and the cap check.

mod common;

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
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

fn dec_of(v: &Value) -> Decimal {
    v.to_string().parse().expect("a number")
}

/// The amount a key of column E names, from the JSON (`line:base_wage`,
/// `wages.total`, `totals.payments.3` with `col` 1 total, 2 employer, 3 recipient).
fn expected(json: &Value, key: &str, col: usize) -> Option<Decimal> {
    if let Some(k) = key.strip_prefix("line:") {
        // A line covered after invoice is an estimate beside the grant.
        let estimate = || {
            json["after_invoice"]
                .as_array()?
                .iter()
                .find(|a| a["key"] == k)
                .map(|a| dec_of(&a["estimate"]))
        };
        return find_line(json, k).or_else(estimate);
    }
    if let Some(i) = key.strip_prefix("totals.payments.") {
        let i: usize = i.parse().ok()?;
        let p = &json["totals"]["payments"][i];
        return Some(match col {
            1 => dec_of(&json["totals"]["monthly"][i]),
            2 => dec_of(&p["employer_part"]),
            _ => dec_of(&p["recipient_part"]),
        });
    }
    if key == "totals.other_costs" {
        return Some(dec_of(&json["other_costs"]["total"]));
    }
    let mut v = json;
    for part in key.split('.') {
        v = v.get(part)?;
    }
    v.is_number().then(|| dec_of(v))
}

fn find_line(v: &Value, key: &str) -> Option<Decimal> {
    match v {
        Value::Object(m) => {
            if m.get("key").and_then(Value::as_str) == Some(key) && m.contains_key("amount") {
                return Some(dec_of(&m["amount"]));
            }
            m.values().find_map(|x| find_line(x, key))
        }
        Value::Array(a) => a.iter().find_map(|x| find_line(x, key)),
        _ => None,
    }
}

fn to_ore(f: f64) -> Decimal {
    format!("{f:.2}").parse().expect("a number")
}

/// Rows of sheet Budget: (row, key, [B, C, D] as numbers).
fn budget_rows(
    cells: &dyn Fn(u32, u32) -> Option<String>,
    rows: u32,
) -> Vec<(u32, String, [Option<f64>; 3])> {
    let mut out = Vec::new();
    for r in 0..rows {
        let Some(key) = cells(r, 4) else { continue };
        if !(key.starts_with("line:") || key.contains('.')) || key == "cap.verdict" {
            continue;
        }
        let num = |c| cells(r, c).and_then(|s| s.parse::<f64>().ok());
        out.push((r, key, [num(1), num(2), num(3)]));
    }
    out
}

/// Compare every amount of sheet Budget with the JSON; how many were compared.
fn compare(json: &Value, rows: &[(u32, String, [Option<f64>; 3])], what: &str) -> usize {
    let mut n = 0;
    for (r, key, vals) in rows {
        let cols: &[usize] = if key.starts_with("totals.payments.") {
            &[1, 2, 3]
        } else {
            &[1]
        };
        for &c in cols {
            let want = expected(json, key, c)
                .unwrap_or_else(|| panic!("{what}: row {} key {key}: not in the JSON", r + 1));
            let got =
                vals[c - 1].unwrap_or_else(|| panic!("{what}: row {} {key}: no number", r + 1));
            assert_eq!(to_ore(got), want, "{what}: row {} {key} column {c}", r + 1);
            n += 1;
        }
    }
    n
}

fn read_book(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("an xlsx workbook")
}

#[test]
fn cached_values_equal_the_json_for_every_example() {
    for file in examples() {
        let json = json(&file);
        let mut book = read_book(&workbook(&file));
        let names = book.sheet_names();
        assert_eq!(names, ["Forudsætninger", "Budget", "Kilder"], "{file}");
        let range = book.worksheet_range("Budget").expect("sheet Budget");
        let formulas = book.worksheet_formula("Budget").expect("formulas");
        let cell = |r: u32, c: u32| match range.get_value((r, c)) {
            Some(Data::String(s)) => Some(s.clone()),
            Some(Data::Float(f)) => Some(f.to_string()),
            Some(Data::Int(i)) => Some(i.to_string()),
            _ => None,
        };
        let rows = budget_rows(&cell, range.end().map_or(0, |e| e.0 + 1));
        let n = compare(&json, &rows, &file);
        // Every line and total: hours, 4+ sections, grant, payments, cap.
        assert!(n >= 20, "{file}: only {n} amounts");
        for (r, key, _) in &rows {
            let f = formulas
                .get_value((*r, 1))
                .unwrap_or_else(|| panic!("{file}: {key} has no formula"));
            if key.starts_with("line:") {
                assert!(f.starts_with("ROUND("), "{file}: {key}: {f}");
                // No figure pasted: what is left without the cell references,
                // the rounding to 2 and the percent's /100 has no digit.
                let bare = f
                    .replace(",2)", ")")
                    .replace("/100", "")
                    .split(|c: char| "+-*/(),=".contains(c))
                    .filter(|t| !t.is_empty())
                    .filter(|t| !is_cell(t))
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    !bare.chars().any(|c| c.is_ascii_digit()),
                    "{file}: {key}: a number in the formula {f}"
                );
            }
        }
    }
}

/// `B12`, `$B$7` or `'Forudsætninger'!$B$7`.
fn is_cell(t: &str) -> bool {
    let t = t.rsplit('!').next().unwrap_or(t).replace('$', "");
    let letters = t.chars().take_while(char::is_ascii_uppercase).count();
    t.starts_with("ROUND")
        || t.starts_with("MAX")
        || t.starts_with("MIN")
        || t.starts_with("SUM")
        || (letters > 0 && letters < t.len() && t[letters..].chars().all(|c| c.is_ascii_digit()))
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
    // The grant total as a number, as the table prints it: 677.643,32.
    assert_eq!(daytime[16], Data::Float(677_643.32));
}

// ---- Recalculation in LibreOffice ------------------------------------------

fn soffice() -> Option<PathBuf> {
    let found = Command::new("soffice").arg("--version").output().ok()?;
    found.status.success().then(|| PathBuf::from("soffice"))
}

/// The workbook's parts, by name.
fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).expect("a zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("a part");
            let mut data = Vec::new();
            f.read_to_end(&mut data).expect("read");
            (f.name().expect("a name").to_string(), data)
        })
        .collect()
}

fn zip_up(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in parts {
        w.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .expect("a part");
        w.write_all(data).expect("write");
    }
    w.finish().expect("zip").into_inner()
}

/// Drop every formula's cached value, so only a recalculation can give one.
fn without_cache(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(i) = rest.find("</f><v>") {
        out.push_str(&rest[..i + 4]);
        let after = &rest[i + 4..];
        let end = after.find("</v>").map_or(after.len(), |e| e + 4);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Set input cell `cell` of sheet 1 (Forudsætninger) to `value`.
fn set_input(xml: &str, cell: &str, value: &str) -> String {
    let start = xml
        .find(&format!("<c r=\"{cell}\""))
        .expect("the input cell");
    let v = start + xml[start..].find("<v>").expect("a value") + 3;
    let end = v + xml[v..].find("</v>").expect("end of value");
    format!("{}{value}{}", &xml[..v], &xml[end..])
}

/// Recalculate in LibreOffice (every formula on load) and read sheet Budget
/// back as CSV rows.
fn recalculated(office: &Path, bytes: &[u8], name: &str) -> Vec<Vec<String>> {
    let dir = tmp(&format!("lo-{name}"));
    std::fs::create_dir_all(dir.join("profile/user")).expect("dir");
    std::fs::write(
        dir.join("profile/user/registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
    )
    .expect("profile");
    let file = dir.join(format!("{name}.xlsx"));
    std::fs::write(&file, bytes).expect("workbook");
    let out = Command::new(office)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        .args(["--headless", "--convert-to"])
        // UTF-8, raw values (not as shown), every sheet to its own file.
        .arg("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
        .arg("--outdir")
        .arg(&dir)
        .arg(&file)
        .output()
        .expect("soffice runs");
    let csv = dir.join(format!("{name}-Budget.csv"));
    let text = std::fs::read_to_string(&csv)
        .unwrap_or_else(|e| panic!("{}: {e}; soffice said {out:?}", csv.display()));
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_string).collect())
        .collect()
}

fn csv_rows(rows: &[Vec<String>]) -> Vec<(u32, String, [Option<f64>; 3])> {
    let cell = |r: u32, c: u32| {
        rows.get(r as usize)
            .and_then(|row| row.get(c as usize))
            .filter(|s| !s.is_empty())
            .cloned()
    };
    budget_rows(&cell, u32::try_from(rows.len()).unwrap_or(0))
}

fn amount(rows: &[(u32, String, [Option<f64>; 3])], key: &str) -> Decimal {
    let row = rows
        .iter()
        .find(|r| r.1 == key)
        .unwrap_or_else(|| panic!("{key}"));
    to_ore(row.2[0].expect("a number"))
}

fn strip_all(bytes: &[u8], edit: impl Fn(&str, &str) -> String) -> Vec<u8> {
    let parts: Vec<(String, Vec<u8>)> = parts(bytes)
        .into_iter()
        .map(|(name, data)| {
            if name.starts_with("xl/worksheets/") {
                let xml = String::from_utf8(data).expect("UTF-8");
                let xml = without_cache(&edit(&name, &xml));
                (name, xml.into_bytes())
            } else {
                (name, data)
            }
        })
        .collect();
    zip_up(&parts)
}

#[test]
fn libreoffice_recalculates_every_amount_to_the_json() {
    let Some(office) = soffice() else {
        eprintln!(
            "SKIPPED: soffice (LibreOffice) not found; install libreoffice-calc-nogui to run the recalculation test"
        );
        return;
    };
    for file in examples() {
        let json = json(&file);
        let stem = Path::new(&file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("x");
        // Without cached values, every figure LibreOffice shows is its own.
        let bytes = strip_all(&workbook(&file), |_, xml| xml.to_string());
        let rows = csv_rows(&recalculated(&office, &bytes, stem));
        let n = compare(&json, &rows, &format!("{file} in LibreOffice"));
        assert!(n >= 20, "{file}: only {n} amounts");
    }
}

#[test]
fn changing_an_input_cell_recalculates_the_lines_the_total_and_the_cap_check() {
    let Some(office) = soffice() else {
        eprintln!(
            "SKIPPED: soffice (LibreOffice) not found; install libreoffice-calc-nogui to run the recalculation test"
        );
        return;
    };
    let file = "examples/bpa-daytime-citizen.toml";
    let bytes = workbook(file);
    // Find the input rows on sheet Forudsætninger by their labels.
    let mut book = read_book(&bytes);
    let inputs = book.worksheet_range("Forudsætninger").expect("inputs");
    let row_of = |label: &str, value: f64| {
        let r = inputs
            .rows()
            .position(|r| r[0] == label && r[1] == Data::Float(value))
            .unwrap_or_else(|| panic!("{label}"));
        format!("B{}", r + 1)
    };
    let evening = row_of("Behov pr. uge, hverdage aften (t/uge)", 10.0);
    let base = row_of("Grundløn pr. time, områdetillægsgruppe 2 fra 1/1", 149.29);
    let edited = strip_all(&bytes, |name, xml| {
        if name.ends_with("sheet1.xml") {
            set_input(&set_input(xml, &evening, "12"), &base, "150")
        } else {
            xml.to_string()
        }
    });
    let rows = csv_rows(&recalculated(&office, &edited, "changed"));
    // 12 h/week × 52 weeks = 624 h (was 520).
    assert_eq!(amount(&rows, "line:need.weekday_evening"), dec!(624.00));
    // 3.004 + 104 = 3.108 granted hours.
    assert_eq!(amount(&rows, "hours.total"), dec!(3108.00));
    // The base wage's hours in the four parts of the year are the case's
    // own, as printed (the split is not redone in the sheet): 740,73 t ×
    // 150,00 (the edited base from 1/1) + 1.506,11 t × 150,34 + 255,13 t ×
    // 150,79 + 502,03 t × 151,89 = 111.109,50 + 226.428,5774 + 38.471,0527
    // + 76.253,3367 = 452.262,47.
    assert_eq!(amount(&rows, "line:base_wage"), dec!(452262.47));
    // × 3,50 %, each part, rounded once: 15.829,19.
    assert_eq!(amount(&rows, "line:general_supplement"), dec!(15829.19));
    // Pension 12,60 % × (452.262,47 + 15.829,19) + 4,00 % × the time
    // supplements on the new base (27.656,99 + 14.982,87 + 23.624,84)
    // = 58.979,54916 + 2.650,588 = 61.630,14.
    assert_eq!(amount(&rows, "line:pension"), dec!(61630.14));
    // The totals are the sums of the recalculated lines.
    let wages = amount(&rows, "wages.total");
    let sum: Decimal = rows
        .iter()
        .filter(|r| {
            [
                "line:base_wage",
                "line:general_supplement",
                "line:supplement.",
                "line:pension",
                "line:holiday_pay",
            ]
            .iter()
            .any(|k| r.1.starts_with(k))
        })
        .map(|r| to_ore(r.2[0].unwrap_or_default()))
        .sum();
    assert_eq!(wages, sum);
    let cost = amount(&rows, "totals.cost");
    assert_eq!(
        cost,
        wages + amount(&rows, "contributions.total") + amount(&rows, "employer_tasks.total")
    );
    assert_eq!(amount(&rows, "totals.grant_total"), cost + dec!(4500.00));
    // The cap check: cost per hour over the new hours.
    let per_hour = (cost / dec!(3108))
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    assert_eq!(amount(&rows, "cap.cost_per_hour"), per_hour);
    assert_ne!(per_hour, dec!(224.08));
    // The monthly payment: (grant − 4.500) / 12 to the employer.
    let jan = rows
        .iter()
        .find(|r| r.1 == "totals.payments.0")
        .expect("January");
    let employer = ((cost) / dec!(12))
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    assert_eq!(to_ore(jan.2[1].expect("employer part")), employer);
}

#[test]
fn the_workbook_is_set_up_for_reading_and_printing() {
    let bytes = workbook("examples/bpa-daytime-citizen.toml");
    let parts = parts(&bytes);
    let part = |name: &str| {
        let data = &parts.iter().find(|p| p.0 == name).expect(name).1;
        String::from_utf8(data.clone()).expect("UTF-8")
    };
    let styles = part("xl/styles.xml");
    assert!(styles.contains(r##"formatCode="#,##0.00""##), "{styles}");
    for sheet in ["sheet1", "sheet2", "sheet3"] {
        let xml = part(&format!("xl/worksheets/{sheet}.xml"));
        // Heading rows frozen; A4 (paper size 9), one page wide.
        assert!(xml.contains(r#"state="frozen""#), "{sheet}");
        assert!(xml.contains(r#"paperSize="9" fitToHeight="0""#), "{sheet}");
        assert!(xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#), "{sheet}");
    }
    // Sheet Budget: the heading's 4 rows frozen; column A as wide as the
    // longest label up to 50 characters, + 2 ("Generelle tillæg (sted,
    // funktion, kvalifikation, anciennitet)", 62, wraps).
    let budget = part("xl/worksheets/sheet2.xml");
    assert!(budget.contains(r#"<pane ySplit="4" topLeftCell="A5""#));
    assert!(
        budget.contains(r#"<col min="1" max="1" width="52.7"#),
        "{budget}"
    );
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
    assert_eq!(book.sheet_names(), ["Inputs", "Budget", "Sources"]);
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
