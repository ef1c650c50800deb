//! `bpa diff`: a case against another version, other rates or its last decision.

use std::path::Path;
use std::process::ExitCode;

use bpa::rates::Rates;
use bpa::report::{json, table};
use bpa::{Budget, InputError, calculate, diff};

use super::args::{Format, RatesArg, View};
use super::out::{EXIT_USAGE, EXIT_WARNINGS, invalid, print};

/// One side of a comparison: a case on the rates asked for.
pub(crate) fn side(
    path: &Path,
    rates: Option<&RatesArg>,
    file: Option<&Path>,
) -> Result<(String, Budget), InputError> {
    let mut case = bpa::input::read_case(path)?;
    let table = match rates {
        Some(RatesArg::Year(year)) => {
            // A year on the command line means its embedded table, even for
            // a case that names its own.
            case.file.year = *year;
            Rates::embedded(*year)?
        }
        Some(RatesArg::File(table)) => {
            let rates = Rates::from_file(table)?;
            case.file.year = rates.table.year;
            rates
        }
        None => Rates::for_case(&case, file)?,
    };
    Ok((path.display().to_string(), calculate(&case, &table)?))
}

pub(crate) fn compare(
    case: &Path,
    other: Option<&Path>,
    years: Option<(RatesArg, RatesArg)>,
    rates: Option<&Path>,
    view: &View,
    strict: bool,
) -> ExitCode {
    let (from, to) = match &years {
        Some((from, to)) => (Some(from), Some(to)),
        None => (None, None),
    };
    let result = match (other, from) {
        (None, None) => side(case, None, rates).and_then(|(file, new)| {
            let previous = bpa::input::read_case(case)?.file.previous;
            Ok(previous.map(|p| diff::against_previous(&file, &p, &new)))
        }),
        _ => side(case, from, rates).and_then(|(old_file, old)| {
            let (new_file, new) = side(other.unwrap_or(case), to, rates)?;
            Ok(Some(diff::budgets(&old_file, &old, &new_file, &new)))
        }),
    };
    let d = match result {
        Ok(Some(d)) => d,
        Ok(None) => {
            eprintln!(
                "error: {}: the case has no [previous] table to compare with\n  help:    give --from YEAR --to YEAR, a second case file, or add [previous] to the case",
                case.display()
            );
            return ExitCode::from(EXIT_USAGE);
        }
        Err(e) => return invalid(&e),
    };
    let text = match view.format {
        Format::Table => table::render_diff(&d, view.look.lang, view.style()),
        Format::Json => json::render_diff(&d, view.look.lang),
        Format::Md => {
            eprintln!("error: --format md is for `bpa calc`; use table or json with `bpa diff`");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let code = print(&text);
    if code == ExitCode::SUCCESS && strict && d.reduction.is_some() {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}
