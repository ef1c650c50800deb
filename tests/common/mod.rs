//! Shared by the printout tests: reading printed numbers back and checking
//! that a line's `expr` is its printed formula and gives its printed amount.
#![allow(dead_code)]

use bpa::calc::expr;

pub mod generated;
pub mod workbook;
use rust_decimal::Decimal;

/// The example cases (not their used-hours files), in name order.
pub fn examples() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir("examples")
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.display().to_string())
        // A used-hours file belongs to the case beside it.
        .filter(|p| !p.ends_with(".used.toml"))
        .collect();
    v.sort();
    v
}

/// A printed number, Danish (`1.234,50`) or English (`1,234.50`).
pub fn parse_number(s: &str, danish: bool) -> Option<Decimal> {
    let clean: String = if danish {
        s.replace('.', "").replace(',', ".")
    } else {
        s.replace(',', "")
    };
    clean.parse().ok()
}

/// Every number printed in a basis, with whether a `%` follows it.
fn printed_numbers(basis: &str, danish: bool) -> Vec<(Decimal, bool)> {
    let chars: Vec<char> = basis.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || ((chars[i] == '.' || chars[i] == ',')
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            let rest: String = chars[i..].iter().collect();
            if let Some(v) = parse_number(&text, danish) {
                out.push((v, rest.trim_start().starts_with('%')));
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Check one line: `expr` gives `amount`, and its numbers are the basis's.
pub fn check_line(expr_text: &str, basis: &str, amount: Decimal, danish: bool, what: &str) {
    let value =
        expr::eval(expr_text).unwrap_or_else(|| panic!("{what}: `{expr_text}` does not evaluate"));
    let rounded =
        value.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    assert_eq!(
        rounded, amount,
        "{what}: `{expr_text}` = {value}, printed {amount}"
    );
    let printed = printed_numbers(basis, danish);
    for token in expr_text.split(|c: char| !(c.is_ascii_digit() || c == '.')) {
        if token.is_empty() {
            continue;
        }
        let v: Decimal = token.parse().expect("literal");
        let found = printed
            .iter()
            .any(|(p, pct)| *p == v || (*pct && *p == v * Decimal::ONE_HUNDRED));
        assert!(
            found,
            "{what}: {token} of `{expr_text}` is not printed in `{basis}`"
        );
    }
}

/// TOML text read as JSON, the way an editor or a script validates it
/// against a JSON Schema: a date as its text (`"2025-03-01"`), a number as
/// a number.
pub fn toml_as_json(text: &str) -> serde_json::Value {
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{e}"));
    json_of(toml::Value::Table(table))
}

fn json_of(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => {
            J::Number(f.to_string().parse().unwrap_or_else(|e| panic!("{f}: {e}")))
        }
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(json_of).collect()),
        toml::Value::Table(t) => J::Object(t.into_iter().map(|(k, v)| (k, json_of(v))).collect()),
    }
}
