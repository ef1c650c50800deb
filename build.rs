//! The embedded rate tables, each year merged with what it `extends` and
//! written as JSON, so a run reads a table without parsing TOML or merging
//! it again. The TOML files stay the source; the project's tests check that
//! the JSON form and the TOML form give the same table (src/rates/mod.rs).

use std::path::Path;

#[path = "src/rates/merge.rs"]
mod merge;

/// The embedded tables by the name `extends` uses.
const YEARS: &[&str] = &["2022", "2023", "2024", "2025", "2026"];

fn table(name: &str) -> toml::Table {
    let path = format!("rates/{name}.toml");
    println!("cargo::rerun-if-changed={path}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    match table.remove("extends") {
        Some(toml::Value::String(parent)) => {
            let mut merged = self::table(&parent);
            merge::merge(&mut merged, table);
            merged
        }
        _ => table,
    }
}

/// The table as JSON, a float as the text Rust gives it (`147.84`), which is
/// what a `Decimal` is read from when the table is read as TOML.
fn json(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::Float(f) => serde_json::Value::String(f.to_string()),
        toml::Value::Table(t) => {
            serde_json::Value::Object(t.into_iter().map(|(k, v)| (k, json(v))).collect())
        }
        toml::Value::Array(a) => serde_json::Value::Array(a.into_iter().map(json).collect()),
        other => serde_json::to_value(other).unwrap_or_else(|e| panic!("{e}")),
    }
}

fn main() {
    println!("cargo::rerun-if-changed=src/rates/merge.rs");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    for year in YEARS {
        let json = serde_json::to_string(&json(toml::Value::Table(table(year))))
            .unwrap_or_else(|e| panic!("{year}: {e}"));
        std::fs::write(Path::new(&out).join(format!("rates-{year}.json")), json)
            .unwrap_or_else(|e| panic!("{year}: {e}"));
    }
}
