//! Many cases in one run (`bpa batch`, `bpa check`): the case files under a
//! set of paths in a stable order, and one outcome per file. Files are
//! yielded one at a time, so a run holds one case at a time, not the folder.

use std::path::{Path, PathBuf};

use crate::case::{Employer, Scheme};
use crate::error::{InputError, Source, is_stdin};
use crate::rates::RateBook;
use crate::settle::{Account, Used, settle};
use crate::{Budget, Case, calculate, validate};

/// A file to take: named on the command line, or found in a folder.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    /// Named by the user: taken whatever its name or content.
    pub named: bool,
}

/// The case files under some paths: a named file as it is, a folder
/// recursively by its `*.toml` files in name order. Hidden entries and
/// symbolic links inside folders are not followed.
pub struct CaseFiles {
    stack: Vec<Found>,
}

impl CaseFiles {
    #[must_use]
    pub fn new(paths: &[PathBuf]) -> CaseFiles {
        CaseFiles {
            stack: paths
                .iter()
                .rev()
                .map(|p| Found {
                    path: p.clone(),
                    named: true,
                })
                .collect(),
        }
    }
}

impl Iterator for CaseFiles {
    type Item = Result<Found, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let found = self.stack.pop()?;
            if is_stdin(&found.path) || !found.path.is_dir() {
                return Some(Ok(found));
            }
            let entries = match std::fs::read_dir(&found.path) {
                Ok(entries) => entries,
                Err(e) => {
                    return Some(Err(InputError::file(
                        found.path.display().to_string(),
                        format!("cannot read the folder: {e}"),
                    )));
                }
            };
            let mut children: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .filter_map(|e| {
                    let kind = e.file_type().ok()?;
                    let path = e.path();
                    // A used-hours file belongs to the case beside it (`bpa batch --settle`).
                    let toml = path.extension().is_some_and(|x| x == "toml")
                        && !path.to_string_lossy().ends_with(".used.toml");
                    (kind.is_dir() || (kind.is_file() && toml)).then_some(path)
                })
                .collect();
            children.sort();
            self.stack.extend(
                children
                    .into_iter()
                    .rev()
                    .map(|path| Found { path, named: false }),
            );
        }
    }
}

/// What is known of a case that was read but could not be calculated.
#[derive(Debug, Clone)]
pub struct CaseInfo {
    pub id: String,
    pub year: u16,
    pub scheme: Scheme,
    pub employer: Employer,
}

impl CaseInfo {
    fn of(case: &Case) -> CaseInfo {
        CaseInfo {
            id: case.file.id.clone(),
            year: case.file.year,
            scheme: case.file.scheme,
            employer: case.file.employer,
        }
    }
}

/// One file's result in a run.
#[derive(Debug)]
pub enum Outcome<T> {
    Done(PathBuf, T),
    /// The case's row carries the error; the run goes on.
    Failed {
        file: PathBuf,
        case: Option<CaseInfo>,
        error: InputError,
    },
    /// A file in a folder that is not a case (a rate table kept beside the cases).
    Skipped(PathBuf, &'static str),
}

impl<T> Outcome<T> {
    /// A folder that could not be read.
    #[must_use]
    pub fn unreadable(error: InputError) -> Outcome<T> {
        Outcome::Failed {
            file: PathBuf::from(&error.file),
            case: None,
            error,
        }
    }
}

/// Options shared by every case of a run.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunOptions {
    /// Recalculate on this grant year's rates (`--year`).
    pub year: Option<u16>,
}

/// Calculate one file's budget.
pub fn calculate_file(found: &Found, book: &mut RateBook, opts: RunOptions) -> Outcome<Budget> {
    run(found, book, opts, calculate)
}

/// The used-hours file of a case: `name.used.toml` beside `name.toml`.
#[must_use]
pub fn used_path(case: &Path) -> PathBuf {
    case.with_extension("used.toml")
}

/// Settle one file's year against its used-hours file (`bpa batch --settle`).
pub fn settle_file(found: &Found, book: &mut RateBook, opts: RunOptions) -> Outcome<Account> {
    let used = used_path(&found.path);
    run(found, book, opts, |case, rates| {
        let budget = calculate(case, rates)?;
        settle(case, &budget, &Used::read(&used)?)
    })
}

/// Check one file without calculating.
pub fn check_file(found: &Found, book: &mut RateBook, opts: RunOptions) -> Outcome<CaseInfo> {
    run(found, book, opts, |case, rates| {
        validate(case, rates).map(|()| CaseInfo::of(case))
    })
}

fn run<T>(
    found: &Found,
    book: &mut RateBook,
    opts: RunOptions,
    work: impl FnOnce(&Case, &crate::rates::Rates) -> Result<T, InputError>,
) -> Outcome<T> {
    let file = found.path.clone();
    let mut case = match Case::read(&found.path) {
        Ok(case) => case,
        Err(error) => {
            if !found.named && is_rate_table(&found.path) {
                return Outcome::Skipped(file, "a rate table, not a case");
            }
            return Outcome::Failed {
                file,
                case: None,
                error,
            };
        }
    };
    if let Some(year) = opts.year {
        case.file.year = year;
    }
    let result = book.for_case(&case).and_then(|rates| work(&case, rates));
    match result {
        Ok(t) => Outcome::Done(file, t),
        Err(error) => Outcome::Failed {
            file,
            case: Some(CaseInfo::of(&case)),
            error,
        },
    }
}

/// A rate table has no `scheme` and at least one of a table's own keys.
fn is_rate_table(path: &Path) -> bool {
    let Ok(src) = Source::read(path) else {
        return false;
    };
    let Ok(table) = src.text.parse::<toml::Table>() else {
        return false;
    };
    !table.contains_key("scheme")
        && [
            "extends",
            "wage_scales",
            "week_profile",
            "contributions",
            "employer_tasks",
            "service_level",
        ]
        .iter()
        .any(|k| table.contains_key(*k))
}

/// How many files a run takes at a time and shares out over its threads;
/// memory holds one chunk, however many cases there are.
const CHUNK: usize = 256;

/// One file's work: [`calculate_file`] or [`check_file`].
pub type Work<T> = fn(&Found, &mut RateBook, RunOptions) -> Outcome<T>;

/// Run `work` over every case file under `paths` on `threads` threads and
/// hand each outcome to `sink` in file order. Stops at the first error the
/// sink returns (the output is gone), never at a bad case.
pub fn run_all<T: Send, E>(
    paths: &[PathBuf],
    book: &RateBook,
    opts: RunOptions,
    threads: usize,
    work: Work<T>,
    mut sink: impl FnMut(Outcome<T>) -> Result<(), E>,
) -> Result<(), E> {
    let mut books = vec![book.clone(); threads.max(1)];
    let mut files = CaseFiles::new(paths);
    loop {
        let chunk: Vec<Result<Found, InputError>> = files.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        let one = |item: &Result<Found, InputError>, book: &mut RateBook| match item {
            Ok(found) => work(found, book, opts),
            Err(e) => Outcome::unreadable(e.clone()),
        };
        let mut results: Vec<Option<Outcome<T>>> = Vec::new();
        results.resize_with(chunk.len(), || None);
        let share = chunk.len().div_ceil(books.len());
        if let [book] = books.as_mut_slice() {
            for (item, slot) in chunk.iter().zip(&mut results) {
                *slot = Some(one(item, book));
            }
        } else {
            std::thread::scope(|scope| {
                for ((items, slots), book) in chunk
                    .chunks(share)
                    .zip(results.chunks_mut(share))
                    .zip(books.iter_mut())
                {
                    scope.spawn(move || {
                        for (item, slot) in items.iter().zip(slots) {
                            *slot = Some(one(item, book));
                        }
                    });
                }
            });
        }
        for outcome in results.into_iter().flatten() {
            sink(outcome)?;
        }
    }
}

/// Counts for the summary a run prints on stderr.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub cases: usize,
    pub succeeded: usize,
    pub failed: usize,
    /// Succeeded cases with at least one warning.
    pub with_warnings: usize,
    pub skipped: usize,
}

impl Summary {
    /// Count one outcome; `warned` tells whether a done case has warnings.
    pub fn count<T>(&mut self, outcome: &Outcome<T>, warned: impl FnOnce(&T) -> bool) {
        match outcome {
            Outcome::Done(_, t) => {
                self.cases += 1;
                self.succeeded += 1;
                if warned(t) {
                    self.with_warnings += 1;
                }
            }
            Outcome::Failed { .. } => {
                self.cases += 1;
                self.failed += 1;
            }
            Outcome::Skipped(..) => self.skipped += 1,
        }
    }
}

impl Summary {
    /// The summary of `bpa check`.
    #[must_use]
    pub fn checked(&self) -> String {
        let mut s = format!(
            "{} cases: {} valid, {} invalid",
            self.cases, self.succeeded, self.failed
        );
        if self.skipped > 0 {
            s += &format!(", {} skipped (not a case)", self.skipped);
        }
        s
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} cases: {} succeeded, {} failed, {} with warnings",
            self.cases, self.succeeded, self.failed, self.with_warnings
        )?;
        if self.skipped > 0 {
            write!(f, ", {} skipped (not a case)", self.skipped)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_in_name_order_and_skip_other_files() {
        let names: Vec<String> = CaseFiles::new(&[PathBuf::from("examples")])
            .map(|f| match f {
                Ok(f) => f.path.display().to_string(),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(
            names,
            [
                "examples/bpa-24h-company.toml",
                "examples/bpa-cap-exceeded.toml",
                "examples/bpa-daytime-citizen.toml",
                "examples/bpa-holiday-weeks.toml",
                "examples/bpa-municipal-rates.toml",
                "examples/bpa-schedule.toml",
                "examples/bpa-standby.toml",
                "examples/kt-30h.toml",
                "examples/kt-relative-transferred.toml",
                "examples/kt-relative.toml",
                "examples/rates/kommune-2025.toml",
            ]
        );
    }

    #[test]
    fn a_used_hours_file_is_never_taken_as_a_case() {
        let names: Vec<String> = CaseFiles::new(&[PathBuf::from("tests/data")])
            .filter_map(Result::ok)
            .map(|f| f.path.display().to_string())
            .collect();
        assert!(names.contains(&"tests/data/company-2025.toml".to_string()));
        assert!(
            !names.iter().any(|n| n.ends_with(".used.toml")),
            "{names:?}"
        );
        assert_eq!(
            used_path(Path::new("cases/a.toml")),
            PathBuf::from("cases/a.used.toml")
        );
    }

    #[test]
    fn a_rate_table_in_a_folder_is_skipped_but_not_when_named() {
        let path = PathBuf::from("examples/rates/kommune-2025.toml");
        let mut book = RateBook::default();
        let walked = Found {
            path: path.clone(),
            named: false,
        };
        assert!(matches!(
            calculate_file(&walked, &mut book, RunOptions::default()),
            Outcome::Skipped(..)
        ));
        let named = Found { path, named: true };
        assert!(matches!(
            calculate_file(&named, &mut book, RunOptions::default()),
            Outcome::Failed { case: None, .. }
        ));
    }
}
