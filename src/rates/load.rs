//! Loading a rate table: an embedded year or a file, and the chain of
//! tables it `extends`, merged deepest first.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::merge::merge;
use super::{EMBEDDED, Rates};
use crate::error::{InputError, Source};

pub(super) enum TableRef {
    Embedded(String),
    File(PathBuf),
}

/// Resolve a table and what it extends, deepest first, merging as it goes.
pub(super) fn load_chain(r: &TableRef, chain: &mut Vec<String>) -> Result<toml::Table, InputError> {
    let (src, name) = match r {
        TableRef::Embedded(name) => {
            let Some((_, text)) = EMBEDDED.iter().find(|(n, _)| n == name) else {
                let known: Vec<&str> = EMBEDDED.iter().map(|(n, _)| *n).collect();
                return Err(InputError::file(
                    "rate tables",
                    "no embedded rate table with that name",
                )
                .found(format!("\"{name}\""))
                .allowed(known.join(", ")));
            };
            (
                Source {
                    name: format!("embedded rate table {name}"),
                    text: (*text).to_string(),
                },
                format!("embedded {name}"),
            )
        }
        TableRef::File(path) => {
            let src = Source::read(path)?;
            let name = src.name.clone();
            (src, name)
        }
    };
    if chain.contains(&name) {
        return Err(
            InputError::file(&src.name, "the rate tables extend each other in a circle")
                .found(format!("{} → {name}", chain.join(" → ")))
                .allowed("a chain that ends in an embedded table"),
        );
    }
    chain.push(name);
    // The embedded tables are checked by the project's tests, and parsed once.
    let table: toml::Table = if let TableRef::Embedded(name) = r {
        embedded_toml(name, &src)?
    } else {
        src.check_syntax_and_numbers()?;
        parse(&src)?
    };
    let Some(parent) = table.get("extends") else {
        return Ok(table);
    };
    let Some(parent) = parent.as_str() else {
        return Err(src
            .error_at("extends", "wrong type")
            .found(parent.type_str())
            .allowed("a string: an embedded year such as \"2025\", or a path to another table"));
    };
    let parent_ref = if Path::new(parent).extension().is_some_and(|e| e == "toml") {
        let base = match r {
            TableRef::File(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
            TableRef::Embedded(_) => PathBuf::new(),
        };
        TableRef::File(base.join(parent))
    } else if EMBEDDED.iter().any(|(n, _)| *n == parent) {
        TableRef::Embedded(parent.to_string())
    } else {
        let known: Vec<&str> = EMBEDDED.iter().map(|(n, _)| *n).collect();
        return Err(src
            .error_at("extends", "no rate table with that name")
            .found(format!("\"{parent}\""))
            .allowed(format!(
                "an embedded table ({}) or a path ending in .toml",
                known.join(", ")
            )));
    };
    let mut merged = load_chain(&parent_ref, chain)?;
    merge(&mut merged, table);
    Ok(merged)
}

/// A table's text as TOML.
fn parse(src: &Source) -> Result<toml::Table, InputError> {
    toml::from_str(&src.text).map_err(|e| {
        let mut err = InputError::file(&src.name, e.message().lines().next().unwrap_or(""));
        err.line_col = e.span().map(|s| src.line_col(s.start));
        err
    })
}

/// An embedded table as TOML, parsed the first time it is asked for.
fn embedded_toml(name: &str, src: &Source) -> Result<toml::Table, InputError> {
    static PARSED: Mutex<Vec<(String, toml::Table)>> = Mutex::new(Vec::new());
    if let Some(table) = PARSED
        .lock()
        .ok()
        .and_then(|p| p.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone()))
    {
        return Ok(table);
    }
    let table = parse(src)?;
    if let Ok(mut parsed) = PARSED.lock() {
        parsed.push((name.to_string(), table.clone()));
    }
    Ok(table)
}

/// A rate table after `extends` is applied, as TOML, with its origin; the
/// table is validated first, so only a usable table is shown.
pub fn merged(year: Option<u16>, file: Option<&Path>) -> Result<(toml::Table, String), InputError> {
    let (reference, origin) = match (file, year) {
        (Some(path), _) => {
            let rates = Rates::from_file(path)?;
            (TableRef::File(path.to_path_buf()), rates.origin)
        }
        (None, Some(year)) => {
            let rates = Rates::embedded(year)?;
            (TableRef::Embedded(year.to_string()), rates.origin)
        }
        (None, None) => (TableRef::Embedded("base".into()), "embedded base".into()),
    };
    let mut table = load_chain(&reference, &mut Vec::new())?;
    table.remove("extends");
    Ok((table, origin))
}
