//! `bpa regulate`: a case, or a folder of cases, regulated from a date on new rates.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use bpa::InputError;
use bpa::error::shown;
use bpa::rates::Rates;
use bpa::report::csv::{CsvRows, Dialect, json_row};
use bpa::report::json::pretty;
use bpa::report::regulate as render;
use bpa::report::table::render_doc;
use bpa::runs::batch::{CaseInfo, Outcome};
use bpa::runs::regulate::{Regulation, regulate};

use super::args::{Look, RatesArg, Regulate, RegulateFormat};
use super::out::{EXIT_INVALID, EXIT_USAGE, invalid, write_failed, write_out};

/// A rate table named on the command line.
fn load(arg: &RatesArg) -> Result<Rates, InputError> {
    match arg {
        RatesArg::Year(year) => Rates::embedded(*year),
        RatesArg::File(file) => Rates::from_file(file),
    }
}

/// One case on the old rates (those given, else the case's own as `calc`
/// takes them) and the new.
fn one(
    path: &Path,
    (from, to): (Option<&Rates>, &Rates),
    date: NaiveDate,
) -> Result<Regulation, InputError> {
    let case = bpa::case::read::read_case(path)?;
    let own;
    let old = match from {
        Some(r) => r,
        None => {
            own = Rates::for_case(&case, None)?;
            &own
        }
    };
    regulate(&case, (old, to), date, &shown(path))
}

/// `bpa regulate`: one case as a document, or a folder as rows.
pub(crate) fn run(a: &Regulate) -> ExitCode {
    let (case, date, from, to) = (a.case.as_path(), a.date, a.from.as_ref(), &a.to);
    let (format, dialect, look, output) = (a.format, a.csv_dialect, &a.look, a.output.path());
    // The tables named on the command line are read once for every case.
    let tables = load(to).and_then(|to| Ok((from.map(load).transpose()?, to)));
    let (from, to) = match tables {
        Ok(t) => t,
        Err(e) => return invalid(&e),
    };
    let rates = (from.as_ref(), &to);
    if case.is_dir() {
        return folder(case, (rates, date), (format, dialect), (look, output));
    }
    let r = match one(case, rates, date) {
        Ok(r) => r,
        Err(e) => return invalid(&e),
    };
    let text = match format {
        RegulateFormat::Table => render_doc(&render::doc(&r, look.lang), look.style()),
        RegulateFormat::Json => pretty(&render::to_value(&r)),
        RegulateFormat::Csv => {
            eprintln!(
                "error: --format csv is for a folder of cases; use table or json for one case"
            );
            return ExitCode::from(EXIT_USAGE);
        }
    };
    write_out(text.as_bytes(), output)
}

/// A folder: one row per case; a case that cannot be regulated gets a row
/// with its error, and the run ends with 65.
fn folder(
    dir: &Path,
    (rates, date): ((Option<&Rates>, &Rates), NaiveDate),
    (format, dialect): (RegulateFormat, Dialect),
    (look, output): (&Look, Option<&Path>),
) -> ExitCode {
    let rows: Vec<Outcome<Regulation>> = bpa::runs::diff::folder_pairs(dir, None)
        .into_iter()
        .filter_map(|(file, _)| file)
        .map(|file| match one(&file, rates, date) {
            Ok(r) => Outcome::Done(file, r),
            Err(error) => {
                eprintln!("error: {error}");
                Outcome::Failed {
                    case: CaseInfo::partial(&file),
                    file,
                    error,
                }
            }
        })
        .collect();
    let text = match format {
        RegulateFormat::Table => render_doc(&render::folder_doc(&rows, look.lang), look.style()),
        RegulateFormat::Json => rows
            .iter()
            .filter_map(json_row)
            .map(|line| line + "\n")
            .collect(),
        RegulateFormat::Csv => {
            let mut buf = Vec::new();
            let written = CsvRows::<_, Regulation>::new(&mut buf, dialect).and_then(|mut out| {
                rows.iter().try_for_each(|r| out.write(r))?;
                out.flush()
            });
            if let Err(e) = written {
                return write_failed(&e);
            }
            String::from_utf8_lossy(&buf).into_owned()
        }
    };
    let code = write_out(text.as_bytes(), output);
    if code == ExitCode::SUCCESS && rows.iter().any(|r| matches!(r, Outcome::Failed { .. })) {
        ExitCode::from(EXIT_INVALID)
    } else {
        code
    }
}
