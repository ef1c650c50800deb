//! `bpa diff`: a case against another version, other rates or its last decision.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bpa::calc::checks::{Warning, on_reading};
use bpa::error::shown;
use bpa::rates::Rates;
use bpa::report::csv::{CsvRows, Dialect, json_row};
use bpa::report::words::told;
use bpa::report::{changes, doc, html, json, markdown, table};
use bpa::runs::batch::{CaseInfo, Outcome, Skip};
use bpa::runs::diff;
use bpa::runs::diff::CaseChange;
use bpa::{Budget, InputError, calculate};

use super::args::{Diff, DiffFormat, Look, RatesArg};
use super::out::{EXIT_INVALID, EXIT_USAGE, EXIT_WARNINGS, invalid, write_failed, write_out};

/// One side of a comparison: a case on the rates asked for, and the
/// warnings found when it was read.
fn side(
    path: &Path,
    rates: Option<&RatesArg>,
    file: Option<&Path>,
) -> Result<(String, Budget, Vec<Warning>), InputError> {
    let mut case = bpa::case::read::read_case(path)?;
    let table = match rates {
        Some(RatesArg::Year(year)) => {
            // A year on the command line means its embedded table, even for
            // a case that names its own.
            case.file.move_to_year(*year);
            Rates::embedded(*year)?
        }
        Some(RatesArg::File(table)) => {
            let rates = Rates::from_file(table)?;
            case.file.move_to_year(rates.table.year);
            rates
        }
        None => Rates::for_case(&case, file)?,
    };
    let budget = calculate(&case, &table)?;
    Ok((shown(path), budget, on_reading(&case)))
}

/// A comparison's two budgets (or a budget and its `[previous]`); `None`
/// when only `[previous]` could be compared and the case has none. The
/// warnings found when reading each case file are told on stderr, once per
/// file; `true` when there were any.
fn diff_of(
    case: &Path,
    other: Option<&Path>,
    (from, to): (Option<&RatesArg>, Option<&RatesArg>),
    rates: Option<&Path>,
) -> Result<(Option<diff::Diff>, bool), InputError> {
    let (d, warnings) = match (other, from) {
        (None, None) => {
            let (file, new, warnings) = side(case, None, rates)?;
            let previous = bpa::case::read::read_case(case)?.file.previous;
            let d = previous.map(|p| diff::against_previous(&file, &p, &new));
            (d, vec![(file, warnings)])
        }
        _ => {
            let (old_file, old, old_warnings) = side(case, from, rates)?;
            let (new_file, new, new_warnings) = side(other.unwrap_or(case), to, rates)?;
            let d = diff::budgets(&old_file, &old, &new_file, &new);
            let mut told = vec![(old_file, old_warnings)];
            if other.is_some() {
                told.push((new_file, new_warnings));
            }
            (Some(d), told)
        }
    };
    let mut warned = false;
    for (file, w) in warnings
        .iter()
        .flat_map(|(f, ws)| ws.iter().map(move |w| (f, w)))
    {
        eprintln!("{}", told(file, w));
        warned = true;
    }
    Ok((d, warned))
}

/// `bpa diff`: two case files, a case on two tables or against its
/// `[previous]`, or folders of cases.
pub(crate) fn compare(a: &Diff) -> ExitCode {
    let (case, other) = (a.case.as_path(), a.other.as_deref());
    let (from, to) = (a.from.as_ref(), a.to.as_ref());
    let rates = a.rates.as_deref();
    let (format, look, dialect) = (a.format, &a.look, a.csv_dialect);
    let (strict, output) = (a.strict, a.output.path());
    if case.is_dir() {
        return folders(
            (case, other),
            (from, to),
            rates,
            (format, look, dialect),
            (strict, output),
        );
    }
    if other.is_some_and(Path::is_dir) {
        eprintln!(
            "error: {} is a folder, {} a file\n  help:    compare two case files, or two folders of cases",
            other
                .map(Path::display)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            case.display()
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let (d, warned) = match diff_of(case, other, (from, to), rates) {
        Ok((Some(d), warned)) => (d, warned),
        Ok((None, _)) => {
            eprintln!(
                "error: {}: the case has no [previous] table to compare with\n  help:    give --from YEAR --to YEAR, a second case file, or add [previous] to the case",
                shown(case)
            );
            return ExitCode::from(EXIT_USAGE);
        }
        Err(e) => return invalid(&e),
    };
    let text = match format {
        DiffFormat::Table => table::render_diff(&d, look.lang, look.style()),
        DiffFormat::Json => json::render_diff(&d, look.lang),
        // Two budgets side by side for print, e.g. in a course.
        DiffFormat::Md => markdown::render_doc(&doc::other::diff(&d, look.lang)),
        DiffFormat::Html => html::render(&doc::other::diff(&d, look.lang), look.lang),
        DiffFormat::Csv => {
            eprintln!(
                "error: --format csv is for `bpa diff` over folders; use table, json, md or html to compare two cases"
            );
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let code = write_out(text.as_bytes(), output);
    if code == ExitCode::SUCCESS && strict && (d.reduction.is_some() || warned) {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}

/// `bpa diff OLD/ NEW/` (each case with the one at the same place in NEW),
/// or `bpa diff CASES/` with `--from`/`--to` or against `[previous]`: one
/// row per case. A case on one side only, or one that cannot be compared,
/// gets a row with its error.
fn folders(
    (old, new): (&Path, Option<&Path>),
    years: (Option<&RatesArg>, Option<&RatesArg>),
    rates: Option<&Path>,
    (format, look, dialect): (DiffFormat, &Look, Dialect),
    (strict, output): (bool, Option<&Path>),
) -> ExitCode {
    if new.is_some_and(|n| !n.is_dir()) {
        eprintln!(
            "error: {} is a folder, {} is not\n  help:    compare two folders of cases, or two case files",
            old.display(),
            new.map(Path::display)
                .map(|d| d.to_string())
                .unwrap_or_default()
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let rows: Vec<Outcome<CaseChange>> = diff::folder_pairs(old, new)
        .into_iter()
        .filter_map(|pair| folder_row(pair, (old, new), years, rates))
        .collect();
    let text = match folder_text(&rows, (format, look), dialect) {
        Ok(text) => text,
        Err(code) => return code,
    };
    folder_exit(write_out(text.as_bytes(), output), &rows, strict)
}

/// A case that could not be compared: a row with its error.
fn failed(file: &Path, error: InputError) -> Outcome<CaseChange> {
    Outcome::Failed {
        file: file.to_path_buf(),
        case: CaseInfo::partial(file),
        error,
    }
}

/// One pair of the folders compared, or the error of a case on one side
/// only; an error or a skip is also told on stderr as it is found.
fn folder_row(
    pair: (Option<PathBuf>, Option<PathBuf>),
    (old, new): (&Path, Option<&Path>),
    years: (Option<&RatesArg>, Option<&RatesArg>),
    rates: Option<&Path>,
) -> Option<Outcome<CaseChange>> {
    let row = match pair {
        (Some(o), Some(n)) => {
            let other = new.map(|_| n.as_path());
            match diff_of(&o, other, years, rates) {
                Ok((Some(d), warned)) => {
                    let mut change = CaseChange::of(&d);
                    change.warned = warned;
                    Outcome::Done(o, change)
                }
                Ok((None, _)) => Outcome::Skipped(o, Skip::NoPrevious),
                Err(e) => failed(&o, e),
            }
        }
        (Some(o), None) => failed(
            &o,
            InputError::file(shown(&o), "no new version of this case")
                .found(format!(
                    "nothing at the same place in {}",
                    new.map(Path::display)
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                ))
                .allowed("a case file with the same name in both folders"),
        ),
        (None, Some(n)) => failed(
            &n,
            InputError::file(shown(&n), "no old version of this case")
                .found(format!("nothing at the same place in {}", old.display()))
                .allowed("a case file with the same name in both folders"),
        ),
        (None, None) => return None,
    };
    match &row {
        Outcome::Failed { error, .. } => eprintln!("error: {error}"),
        Outcome::Skipped(file, why) => eprintln!("skipped: {}: {why}", shown(file)),
        Outcome::Done(..) => {}
    }
    Some(row)
}

/// The folder comparison's rows as a table, JSON lines or CSV.
fn folder_text(
    rows: &[Outcome<CaseChange>],
    (format, look): (DiffFormat, &Look),
    dialect: Dialect,
) -> Result<String, ExitCode> {
    Ok(match format {
        DiffFormat::Table => changes::render(rows, look.lang, look.style()),
        DiffFormat::Json => rows
            .iter()
            .filter_map(json_row)
            .map(|line| line + "\n")
            .collect(),
        DiffFormat::Csv => {
            let mut buf = Vec::new();
            let written = CsvRows::<_, CaseChange>::new(&mut buf, dialect).and_then(|mut out| {
                rows.iter().try_for_each(|r| out.write(r))?;
                out.flush()
            });
            if let Err(e) = written {
                return Err(write_failed(&e));
            }
            String::from_utf8_lossy(&buf).into_owned()
        }
        DiffFormat::Md | DiffFormat::Html => {
            eprintln!(
                "error: --format md and html are for two cases side by side; use table, csv or json with folders"
            );
            return Err(ExitCode::from(EXIT_USAGE));
        }
    })
}

/// The exit code: printing failed, else a case that could not be compared,
/// else with `--strict` a change that needs notice (SEL § 3 a) or a warning
/// found when reading a case.
fn folder_exit(code: ExitCode, rows: &[Outcome<CaseChange>], strict: bool) -> ExitCode {
    let any_failed = rows.iter().any(|r| matches!(r, Outcome::Failed { .. }));
    let warned = rows
        .iter()
        .any(|r| matches!(r, Outcome::Done(_, c) if c.notice || c.warned));
    if code != ExitCode::SUCCESS {
        code
    } else if any_failed {
        ExitCode::from(EXIT_INVALID)
    } else if strict && warned {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}
