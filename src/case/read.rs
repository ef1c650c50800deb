//! Files given where a case is expected: a case is read and validated by
//! [`Case::read`]; when that fails, this says what the file is instead (a
//! rate table, a used-hours file, an empty file) and how to use it.

use std::path::Path;

use super::Case;
use crate::error::{InputError, Source};

/// Keys only a rate table has at its top.
const RATE_TABLE_KEYS: &[&str] = &[
    "extends",
    "wage_scales",
    "week_profile",
    "contributions",
    "employer_tasks",
    "service_level",
];

/// Read a case file; a file that is another kind of input gets an error
/// that says so.
pub fn read_case(path: &Path) -> Result<Case, InputError> {
    Case::read(path).map_err(|e| explain(path, e))
}

/// What a file that failed as a case is, when it is plainly something else.
#[must_use]
pub fn explain(path: &Path, error: InputError) -> InputError {
    let Ok(src) = Source::read(path) else {
        return error;
    };
    let Ok(table) = src.text.parse::<toml::Table>() else {
        return error;
    };
    let name = src.name.clone();
    if table.is_empty() {
        return InputError::file(name, "the file is empty: no keys")
            .allowed("a case file with id, year, scheme, employer and the need")
            .help("`bpa init --scheme bpa > case.toml` writes a template to fill in");
    }
    if is_rate_table_text(&table) {
        return InputError::file(name, "this is a rate table, not a case").help(format!(
            "use --rates {}, or name it in the case: rates = \"…\"",
            path.display()
        ));
    }
    if is_used_file(&table) {
        return InputError::file(name, "this is a used-hours file, not a case")
            .help(format!("bpa settle CASE --used {}", path.display()));
    }
    error
}

/// A rate table or a used-hours file: keys such as `year` in it say nothing
/// about a case.
#[must_use]
pub fn is_other_input(path: &Path) -> bool {
    Source::read(path)
        .ok()
        .and_then(|src| src.text.parse::<toml::Table>().ok())
        .is_some_and(|t| is_rate_table_text(&t) || is_used_file(&t))
}

/// A rate table has no `scheme` and at least one of a table's own keys.
#[must_use]
pub fn is_rate_table(path: &Path) -> bool {
    Source::read(path)
        .ok()
        .and_then(|src| src.text.parse::<toml::Table>().ok())
        .is_some_and(|t| is_rate_table_text(&t))
}

fn is_rate_table_text(table: &toml::Table) -> bool {
    !table.contains_key("scheme") && RATE_TABLE_KEYS.iter().any(|k| table.contains_key(*k))
}

/// A used-hours file (`bpa settle --used`) has `[hours]` or
/// `[after_invoice]` and none of a case's kind keys.
fn is_used_file(table: &toml::Table) -> bool {
    !table.contains_key("scheme")
        && !table.contains_key("employer")
        && (table.get("hours").is_some_and(toml::Value::is_table)
            || table
                .get("after_invoice")
                .is_some_and(toml::Value::is_table))
}
