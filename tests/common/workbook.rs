//! Reading the budget workbook back: its keyed rows, the amount the JSON
//! gives for each key, editing an input cell, and recalculating in
//! LibreOffice headless, many workbooks in one run.
#![allow(dead_code)]

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use rust_decimal::Decimal;
use serde_json::Value;

/// A keyed row: sheet row, key, and the numbers of columns B, C and D.
pub type Keyed = (u32, String, [Option<f64>; 3]);

fn dec_of(v: &Value) -> Decimal {
    v.to_string().trim_matches('"').parse().expect("a number")
}

/// The amount the JSON gives for a key of a workbook row (`line:base_wage`,
/// `wages.total`, `totals.payments.3` with `col` 1 total, 2 employer, 3
/// recipient, `hours.bands.0.total`): `None` when the JSON has no such
/// number. A line the JSON does not have is 0 kr.: it has no amount.
pub fn expected(json: &Value, key: &str, col: usize) -> Option<Decimal> {
    if let Some(k) = key.strip_prefix("line:") {
        // A line covered after invoice is an estimate beside the grant.
        let estimate = || {
            json["after_invoice"]
                .as_array()?
                .iter()
                .find(|a| a["key"] == k)
                .filter(|a| a["estimate"].is_number())
                .map(|a| dec_of(&a["estimate"]))
        };
        return Some(find_line(json, k).or_else(estimate).unwrap_or_default());
    }
    if let Some(i) = key.strip_prefix("totals.payments.") {
        let i: usize = i.parse().ok()?;
        let p = json["totals"]["payments"].get(i)?;
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
        v = match part.parse::<usize>() {
            Ok(i) if v.is_array() => v.get(i)?,
            _ => v.get(part)?,
        };
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

/// Every line key of a budget's JSON (`base_wage`, `contribution.atp`).
pub fn line_keys(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let (Some(k), true) = (
                m.get("key").and_then(Value::as_str),
                m.contains_key("amount"),
            ) {
                out.push(k.to_string());
            }
            for x in m.values() {
                line_keys(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| line_keys(x, out)),
        _ => {}
    }
}

pub fn to_ore(f: f64) -> Decimal {
    format!("{f:.2}").parse().expect("a number")
}

/// The keyed rows of a sheet whose key is in column E.
pub fn keyed_rows(cells: &dyn Fn(u32, u32) -> Option<String>, rows: u32) -> Vec<Keyed> {
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

/// Compare every keyed row of sheet Budget (`all`: every key must be in the
/// JSON) or of sheet Mellemregninger (only the keys the JSON has) with the
/// JSON, to the øre; how many amounts were compared, or what differs.
pub fn compare(json: &Value, rows: &[Keyed], all: bool, what: &str) -> Result<usize, String> {
    let mut n = 0;
    let mut wrong = Vec::new();
    for (r, key, vals) in rows {
        let cols: &[usize] = if key.starts_with("totals.payments.") {
            &[1, 2, 3]
        } else {
            &[1]
        };
        for &c in cols {
            let Some(want) = expected(json, key, c) else {
                if all {
                    wrong.push(format!("row {} {key}: not in the JSON", r + 1));
                }
                continue;
            };
            let Some(got) = vals[c - 1] else {
                wrong.push(format!("row {} {key} column {c}: no number", r + 1));
                continue;
            };
            if to_ore(got) != want {
                wrong.push(format!(
                    "row {} {key} column {c}: the workbook gives {got}, the calculator {want}",
                    r + 1
                ));
            }
            n += 1;
        }
    }
    if wrong.is_empty() {
        Ok(n)
    } else {
        Err(format!("{what}:\n  {}", wrong.join("\n  ")))
    }
}

// ---- Editing a workbook ------------------------------------------------------

/// The workbook's parts, by name.
pub fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
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

pub fn zip_up(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in parts {
        w.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .expect("a part");
        w.write_all(data).expect("write");
    }
    w.finish().expect("zip").into_inner()
}

/// Drop every formula's cached value, so only a recalculation can give one.
pub fn without_cache(xml: &str) -> String {
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

/// Set the number in cell `cell` of a sheet's XML.
pub fn set_cell(xml: &str, cell: &str, value: &str) -> String {
    let start = xml
        .find(&format!("<c r=\"{cell}\""))
        .unwrap_or_else(|| panic!("no cell {cell}"));
    let v = start + xml[start..].find("<v>").expect("a value") + 3;
    let end = v + xml[v..].find("</v>").expect("end of value");
    format!("{}{value}{}", &xml[..v], &xml[end..])
}

/// The workbook without cached values, with `edits` (cell, value) made on
/// sheet 1 (Forudsætninger).
pub fn edited(bytes: &[u8], edits: &[(String, String)]) -> Vec<u8> {
    let parts: Vec<(String, Vec<u8>)> = parts(bytes)
        .into_iter()
        .map(|(name, data)| {
            if name.starts_with("xl/worksheets/") {
                let mut xml = String::from_utf8(data).expect("UTF-8");
                if name.ends_with("sheet1.xml") {
                    for (cell, value) in edits {
                        xml = set_cell(&xml, cell, value);
                    }
                }
                (name, without_cache(&xml).into_bytes())
            } else {
                (name, data)
            }
        })
        .collect();
    zip_up(&parts)
}

// ---- LibreOffice ---------------------------------------------------------------

/// `soffice` when LibreOffice is installed.
pub fn soffice() -> Option<PathBuf> {
    let found = Command::new("soffice").arg("--version").output().ok()?;
    found.status.success().then(|| PathBuf::from("soffice"))
}

/// A profile that recalculates every formula on load.
fn profile(dir: &Path) -> String {
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
    format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    )
}

/// Recalculate workbooks in LibreOffice, all in one run, and read back each
/// one's sheets `sheets` as CSV rows (raw values, UTF-8).
pub fn recalculate(
    office: &Path,
    dir: &Path,
    books: &[(String, Vec<u8>)],
    sheets: &[&str],
) -> Vec<Vec<Vec<Vec<String>>>> {
    std::fs::create_dir_all(dir).expect("dir");
    let mut files = Vec::new();
    for (name, bytes) in books {
        let file = dir.join(format!("{name}.xlsx"));
        std::fs::write(&file, bytes).expect("workbook");
        files.push(file);
    }
    let out = Command::new(office)
        .arg(profile(dir))
        .args(["--headless", "--convert-to"])
        // UTF-8, raw values (not as shown), every sheet to its own file.
        .arg("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
        .arg("--outdir")
        .arg(dir)
        .args(&files)
        .output()
        .expect("soffice runs");
    books
        .iter()
        .map(|(name, _)| {
            sheets
                .iter()
                .map(|sheet| {
                    let csv = dir.join(format!("{name}-{sheet}.csv"));
                    let text = std::fs::read_to_string(&csv)
                        .unwrap_or_else(|e| panic!("{}: {e}; soffice said {out:?}", csv.display()));
                    csv::ReaderBuilder::new()
                        .has_headers(false)
                        .flexible(true)
                        .from_reader(text.as_bytes())
                        .records()
                        .map(|r| r.expect("a CSV row").iter().map(str::to_string).collect())
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// The keyed rows of a sheet read back as CSV.
pub fn csv_keyed(rows: &[Vec<String>]) -> Vec<Keyed> {
    let cell = |r: u32, c: u32| {
        rows.get(r as usize)
            .and_then(|row| row.get(c as usize))
            .filter(|s| !s.is_empty())
            .cloned()
    };
    keyed_rows(&cell, u32::try_from(rows.len()).unwrap_or(0))
}
