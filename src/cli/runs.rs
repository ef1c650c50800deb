//! Runs over many cases: `bpa batch` (budgets or settlements) and `bpa check`.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use bpa::error::{is_stdin, shown};
use bpa::rates::{Fig, RateBook};
use bpa::report::csv::{CsvRows, Row, json_row};
use bpa::report::words::told;
use bpa::report::xlsx::BatchRows;
use bpa::runs::batch::{self, Outcome, Summary};

use super::args::{Batch, Cases, CheckFormat, RowFormat, embedded_year};
use super::out::tell;
use super::out::{EXIT_INVALID, EXIT_USAGE, EXIT_WARNINGS, create, invalid, write_failed};

/// Where batch rows go.
pub(crate) enum Rows<W: Write, R: Row> {
    Csv(Box<CsvRows<W, R>>),
    Json(W),
    /// The workbook is written to `W` at the end.
    Xlsx(Box<BatchRows<R>>, Option<W>),
}

impl<W: Write, R: Row> Rows<W, R> {
    fn write(&mut self, outcome: &Outcome<R>) -> io::Result<()> {
        match self {
            Rows::Csv(rows) => rows.write(outcome),
            Rows::Json(out) => match json_row(outcome) {
                Some(line) => writeln!(out, "{line}"),
                None => Ok(()),
            },
            Rows::Xlsx(rows, _) => rows.write(outcome).map_err(io::Error::other),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Rows::Csv(rows) => rows.flush(),
            Rows::Json(out) => out.flush(),
            Rows::Xlsx(rows, out) => {
                let Some(mut out) = out.take() else {
                    return Ok(());
                };
                let bytes = rows.finish().map_err(io::Error::other)?;
                out.write_all(&bytes)?;
                out.flush()
            }
        }
    }
}

/// Tell stderr about a case that failed, a file that was skipped, a warning
/// its row has no column for, or an id an earlier case of the run has.
pub(crate) fn report<T: batch::Identified>(outcome: &Outcome<T>, same_id: Option<&Path>) {
    match outcome {
        Outcome::Done(file, result) => {
            for w in result.told() {
                tell(format_args!("{}", told(&shown(file), w)));
            }
        }
        Outcome::Failed { error, .. } => tell(format_args!("error: {error}")),
        Outcome::Skipped(file, why) => tell(format_args!("skipped: {}: {why}", shown(file))),
    }
    if let (Some(first), Some(id), Outcome::Done(file, _) | Outcome::Failed { file, .. }) =
        (same_id, outcome.case_id(), outcome)
    {
        tell(format_args!(
            "warning: {}: the id `{id}` is also the id of {}",
            shown(file),
            shown(first)
        ));
    }
}

/// The notes already told in a run, by table (a table as a case names
/// it, so there may be one per folder: the last row's is tried first) and
/// by note (a few a table: found by a scan).
#[derive(Default)]
struct Told {
    tables: indexmap::IndexMap<String, Vec<NoteTold>>,
    /// The place of the last row's table: the next row most often has it too.
    last: usize,
}

/// One note of one table: the figures' paths told, and the figures as the
/// last row had them (shared per table, so the same figures are the same
/// `Arc`s: a row like the last has nothing new).
struct NoteTold {
    code: &'static str,
    said: std::collections::HashSet<String>,
    /// The figures whose paths are in `said`, kept (so no other figure
    /// takes their place in memory): one met again is known by its
    /// address, without hashing its path.
    seen: Vec<Arc<Fig>>,
    last: Vec<Arc<Fig>>,
}

impl Told {
    fn of(&mut self, table: &str, code: &'static str) -> &mut NoteTold {
        if self
            .tables
            .get_index(self.last)
            .is_none_or(|(name, _)| name != table)
        {
            self.last = self
                .tables
                .get_index_of(table)
                .unwrap_or_else(|| self.tables.insert_full(table.to_string(), Vec::new()).0);
        }
        let notes = &mut self.tables[self.last];
        let n = match notes.iter().position(|n| n.code == code) {
            Some(i) => i,
            None => {
                notes.push(NoteTold {
                    code,
                    said: std::collections::HashSet::new(),
                    seen: Vec::new(),
                    last: Vec::new(),
                });
                notes.len() - 1
            }
        };
        &mut notes[n]
    }
}

/// SPEC 9: each note about a rate table once per table and run, on stderr,
/// instead of on every row; notes never count as warnings.
fn tell_notes<T: batch::Identified>(outcome: &Outcome<T>, told: &mut Told) {
    let Outcome::Done(_, result) = outcome else {
        return;
    };
    let Some((table, notes)) = result.rate_notes() else {
        return;
    };
    for n in notes {
        let NoteTold {
            said, seen, last, ..
        } = told.of(table, n.code);
        let same_as_last = !n.figures.is_empty()
            && last.len() == n.figures.len()
            && last.iter().zip(&n.figures).all(|(l, f)| Arc::ptr_eq(l, f));
        if same_as_last {
            continue;
        }
        last.clear();
        last.extend(n.figures.iter().cloned());
        // Each figure once per table and note; a note without figures once.
        let mut fresh: Vec<&str> = Vec::new();
        for f in &n.figures {
            if seen.iter().any(|s| Arc::ptr_eq(s, f)) {
                continue;
            }
            seen.push(Arc::clone(f));
            if !said.contains(f.path.as_str()) {
                said.insert(f.path.clone());
                fresh.push(&f.path);
            }
        }
        if n.figures.is_empty() {
            if said.insert(String::new()) {
                tell(format_args!(
                    "note: {table}: {}: {}",
                    n.code,
                    bpa::report::words::note(n, bpa::report::Lang::En)
                ));
            }
        } else if !fresh.is_empty() {
            tell(format_args!(
                "note: {table}: {}: {} ({})",
                n.code,
                bpa::report::words::note(n, bpa::report::Lang::En),
                fresh.join(", ")
            ));
        }
    }
}

/// The exit code of a run: invalid input beats warnings; under `--strict`
/// a duplicate id is a warning.
pub(crate) fn run_code(summary: &Summary, strict: bool) -> ExitCode {
    if summary.failed > 0 {
        ExitCode::from(EXIT_INVALID)
    } else if strict && (summary.with_warnings > 0 || summary.duplicate_ids > 0) {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// `bpa batch`: budgets, or with `--settle` yearly accounts, one row each,
/// to standard output or `-o FILE` (created before any case is read).
pub(crate) fn batch_run<R: Row + Send + batch::Identified>(
    a: &Batch,
    (work, warned): (batch::Work<R>, fn(&R) -> bool),
) -> ExitCode {
    let cases = &a.cases;
    let book = match book(cases) {
        Ok(book) => book,
        Err(code) => return code,
    };
    if matches!(a.format, RowFormat::Xlsx)
        && let Err(code) = super::out::binary_needs_a_file(a.output.path(), "batch")
    {
        return code;
    }
    let out: Box<dyn Write> = match a.output.path().filter(|p| !is_stdin(p)) {
        Some(path) => match create(path) {
            Ok(file) => Box::new(file),
            Err(code) => return code,
        },
        None => Box::new(io::stdout().lock()),
    };
    let out = BufWriter::new(out);
    let rows = match a.format {
        RowFormat::Csv => CsvRows::new(out, a.csv_dialect).map(|rows| Rows::Csv(Box::new(rows))),
        RowFormat::Json => Ok(Rows::Json(out)),
        RowFormat::Xlsx => BatchRows::new()
            .map(|rows| Rows::Xlsx(Box::new(rows), Some(out)))
            .map_err(io::Error::other),
    };
    let mut summary = Summary::default();
    let mut told = Told::default();
    let written = rows.and_then(|mut rows| {
        batch::run_all(
            &cases.paths,
            &book,
            cases.opts(),
            cases.threads(),
            work,
            |outcome, same_id| {
                report(&outcome, same_id);
                tell_notes(&outcome, &mut told);
                summary.count(&outcome, same_id.is_some(), warned);
                rows.write(&outcome)
            },
        )?;
        rows.flush()
    });
    if let Err(e) = written {
        return write_failed(&e);
    }
    tell(format_args!("bpa batch: {summary}"));
    run_code(&summary, a.strict)
}

pub(crate) fn check(cases: &Cases, format: CheckFormat, strict: bool) -> ExitCode {
    let book = match book(cases) {
        Ok(book) => book,
        Err(code) => return code,
    };
    let mut summary = Summary::default();
    let mut out = BufWriter::new(io::stdout().lock());
    let written = batch::run_all(
        &cases.paths,
        &book,
        cases.opts(),
        cases.threads(),
        batch::check_file,
        |outcome, same_id| {
            report(&outcome, same_id);
            summary.count(&outcome, same_id.is_some(), |c| !c.warnings.is_empty());
            match (format, &outcome) {
                (CheckFormat::Json, _) => match json_row(&outcome) {
                    Some(line) => writeln!(out, "{line}"),
                    None => Ok(()),
                },
                (CheckFormat::Text, Outcome::Done(file, _)) => {
                    writeln!(out, "{}: ok", shown(file))
                }
                (CheckFormat::Text, _) => Ok(()),
            }
        },
    )
    .and_then(|()| out.flush());
    if let Err(e) = written {
        return write_failed(&e);
    }
    tell(format_args!("bpa check: {}", summary.checked()));
    run_code(&summary, strict)
}

/// `--year` and `--rates` (or `--rates-dir`) must agree before any case is read.
pub(crate) fn book(cases: &Cases) -> Result<RateBook, ExitCode> {
    book_for(
        (cases.rates.as_deref(), cases.rates_dir.as_deref()),
        cases.year,
    )
}

/// The rate tables named on the command line, read before any case: a
/// table that cannot be read is invalid input (65); `--year` that no table
/// given or embedded is for is a usage error (2).
pub(crate) fn book_for(
    (rates, rates_dir): (Option<&Path>, Option<&Path>),
    year: Option<u16>,
) -> Result<RateBook, ExitCode> {
    let book = match rates_dir {
        Some(dir) => RateBook::from_dir(dir),
        None => RateBook::new(rates),
    }
    .map_err(|e| invalid(&e))?;
    let Some(year) = year else {
        return Ok(book);
    };
    if let (Some(file_year), Some(rates)) = (book.file_year(), rates)
        && year != file_year
    {
        tell(format_args!(
            "error: --year {year}, but the rate table {} is for {file_year}\n  help:    leave out --year, or give a rate table for {year}",
            shown(rates)
        ));
        return Err(ExitCode::from(EXIT_USAGE));
    }
    if let (Some(years), Some(dir)) = (book.dir_years(), rates_dir) {
        if years.contains(&year) {
            return Ok(book);
        }
        let list: Vec<String> = years.iter().map(ToString::to_string).collect();
        tell(format_args!(
            "error: --year {year}, but the folder {} has rate tables for {} only\n  help:    add a table for {year} to the folder, or leave out --year",
            dir.display(),
            list.join(", ")
        ));
        return Err(ExitCode::from(EXIT_USAGE));
    }
    if book.file_year().is_none()
        && let Err(e) = embedded_year(&year.to_string())
    {
        tell(format_args!("error: --year {year}: {e}"));
        return Err(ExitCode::from(EXIT_USAGE));
    }
    Ok(book)
}
