//! A merged table as `bpa rates` lists it, and the check that every
//! shipped figure has a source.

use serde::Serialize;

/// One sourced entry of a rate table as `bpa rates` shows it: a table with
/// a `source`, its figures in one line, the source and the verified flag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub path: String,
    /// The figures as TOML text, exactly as written.
    pub value: String,
    /// The same figures by key, for output in a language's number format.
    #[serde(skip)]
    pub figures: Vec<(String, toml::Value)>,
    pub verified: bool,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_da: Option<String>,
}

/// Keys that describe an entry rather than give its figures.
pub(super) const META: &[&str] = &[
    "source",
    "source_da",
    "cite",
    "cite_da",
    "verified",
    "placeholder",
    "name",
    "name_en",
    "legal",
];

impl Entry {
    fn of(path: String, t: &toml::Table, source: &str) -> Entry {
        Entry {
            value: figures(t),
            figures: t
                .iter()
                .filter(|(k, _)| !META.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            verified: t
                .get("verified")
                .and_then(toml::Value::as_bool)
                .unwrap_or(true),
            source: source.to_string(),
            source_da: t
                .get("source_da")
                .and_then(toml::Value::as_str)
                .map(str::to_string),
            path,
        }
    }
}

/// Every sourced entry of a merged table, in the table's order; a dated
/// figure gives one entry per value, its date first (`from = 2025-04-01; value = …`).
#[must_use]
pub fn entries(table: &toml::Table) -> Vec<Entry> {
    fn walk(t: &toml::Table, path: &str, out: &mut Vec<Entry>) {
        for (k, v) in t {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            let toml::Value::Table(child) = v else {
                continue;
            };
            if let Some(toml::Value::Array(values)) = child.get("values") {
                for value in values {
                    if let toml::Value::Table(v) = value {
                        let source = v.get("source").and_then(toml::Value::as_str);
                        out.push(Entry::of(p.clone(), v, source.unwrap_or_default()));
                    }
                }
                continue;
            }
            match child.get("source").and_then(toml::Value::as_str) {
                Some(source) => out.push(Entry::of(p, child, source)),
                None => walk(child, &p, out),
            }
        }
    }
    let mut out = Vec::new();
    walk(table, "", &mut out);
    out
}

/// An entry's figures: a lone `value` as it is, else `key = value; …`.
fn figures(t: &toml::Table) -> String {
    let shown: Vec<(&String, &toml::Value)> = t
        .iter()
        .filter(|(k, _)| !META.contains(&k.as_str()))
        .collect();
    match shown.as_slice() {
        [(k, v)] if *k == "value" => v.to_string(),
        _ => shown
            .iter()
            .map(|(k, v)| format!("{k} = {v}"))
            .collect::<Vec<_>>()
            .join("; "),
    }
}
/// Every numeric leaf of a TOML table that has no `source` in its own table
/// or an enclosing one (the top-level `year`, `price_level_year` and the
/// service level's `area_group`, a choice rather than a figure, excepted).
#[must_use]
pub fn figures_without_source(table: &toml::Table) -> Vec<String> {
    figures_without(table, "source")
}

/// The same for the Danish source text, `source_da`.
#[must_use]
pub fn figures_without_source_da(table: &toml::Table) -> Vec<String> {
    figures_without(table, "source_da")
}

/// The same for the plain citation the attachment prints, `cite` and
/// `cite_da` (each path once per missing key).
#[must_use]
pub fn figures_without_cite(table: &toml::Table) -> Vec<String> {
    let mut out = figures_without(table, "cite");
    out.extend(figures_without(table, "cite_da"));
    out
}

fn figures_without(table: &toml::Table, key: &str) -> Vec<String> {
    fn walk(t: &toml::Table, key: &str, path: &str, sourced: bool, out: &mut Vec<String>) {
        let here = sourced || t.get(key).is_some_and(toml::Value::is_str);
        for (k, v) in t {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            visit(v, key, &p, here, out);
        }
    }
    fn visit(v: &toml::Value, key: &str, p: &str, sourced: bool, out: &mut Vec<String>) {
        match v {
            toml::Value::Table(t) => walk(t, key, p, sourced, out),
            toml::Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    visit(v, key, &format!("{p}[{i}]"), sourced, out);
                }
            }
            toml::Value::Integer(_) | toml::Value::Float(_)
                if !sourced
                    && p != "year"
                    && !p.ends_with("price_level_year")
                    && !p.ends_with("area_group") =>
            {
                out.push(p.to_string())
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(table, key, "", false, &mut out);
    out
}
