//! Many cases in one run (`bpa batch`, `bpa check`): the case files under a
//! set of paths in a stable order, and one outcome per file. Files are
//! yielded one at a time, so a run holds one case at a time, not the folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::walk::{CaseFiles, Found};
use crate::case::{Employer, Scheme};
use crate::error::{InputError, Source, is_stdin};
use crate::rates::{RateBook, Rates};
use crate::runs::settle::{Account, Used, settle};
use rust_decimal::Decimal;

use crate::budget::Budget;
use crate::calc::checks::{Note, Warning};
use crate::calc::totals::Verdict;
use crate::{Case, calculate, calculate_figures, validate};

/// What is known of a case: all of it for a valid case, and for a case that
/// failed every top-level key that could be read, so its row can still be
/// joined to the case register.
#[derive(Debug, Clone, Default)]
pub struct CaseInfo {
    pub id: Option<String>,
    pub year: Option<u16>,
    pub scheme: Option<Scheme>,
    pub employer: Option<Employer>,
    /// The rate table's origin, when it was loaded.
    pub rates: Option<String>,
}

/// A case `bpa check` found valid, with the warnings found when reading it
/// (`amount_three_decimals`), which it tells and fails `--strict` on.
#[derive(Debug, Clone)]
pub struct Checked {
    pub info: CaseInfo,
    pub warnings: Vec<Warning>,
}

impl CaseInfo {
    fn of(case: &Case, rates: Option<&Rates>) -> CaseInfo {
        CaseInfo {
            id: Some(case.file.id.clone()),
            year: Some(case.file.year),
            scheme: Some(case.file.scheme),
            employer: Some(case.file.employer),
            rates: rates.map(|r| r.origin.clone()),
        }
    }

    /// The keys that can be read from a file that is not a valid case: each
    /// one taken only when it has an allowed value; `None` when the file is
    /// not TOML at all.
    #[must_use]
    pub fn partial(path: &Path) -> Option<CaseInfo> {
        use serde::Deserialize;
        let table: toml::Table = Source::read(path).ok()?.text.parse().ok()?;
        let info = CaseInfo {
            id: table
                .get("id")
                .and_then(toml::Value::as_str)
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string),
            year: table
                .get("year")
                .and_then(toml::Value::as_integer)
                .and_then(|y| u16::try_from(y).ok()),
            scheme: table
                .get("scheme")
                .and_then(|v| Scheme::deserialize(v.clone()).ok()),
            employer: table
                .get("employer")
                .and_then(|v| Employer::deserialize(v.clone()).ok()),
            rates: None,
        };
        let any = info.id.is_some()
            || info.year.is_some()
            || info.scheme.is_some()
            || info.employer.is_some();
        any.then_some(info)
    }
}

/// A case's id, for the duplicate-id check of a run.
pub trait Identified {
    fn case_id(&self) -> Option<&str>;

    /// The rate table a result was made on and its notes about that table
    /// (SPEC 9), which a run tells once per table rather than on every row.
    fn rate_notes(&self) -> Option<(&str, &[crate::calc::checks::Note])> {
        None
    }

    /// Warnings a run tells on stderr, as its row has no column for them.
    fn told(&self) -> &[Warning] {
        &[]
    }
}

/// A case's row of a batch: the budget's figures that a CSV or JSON-lines
/// row prints and the notes on its rate table. The budget itself is dropped
/// where it was calculated, so a run holds rows, not budgets.
#[derive(Debug, Clone)]
pub struct BudgetRow {
    pub id: String,
    pub year: u16,
    pub scheme: Scheme,
    pub employer: Employer,
    pub rates: String,
    pub grant_hours: Decimal,
    pub hours_per_week: Decimal,
    /// Base, supplements and standby (no pension, no holiday pay).
    pub wages: Decimal,
    pub pension: Decimal,
    pub holiday_pay: Decimal,
    pub wage_budget: Decimal,
    pub contributions: Decimal,
    pub employer_tasks: Decimal,
    /// The § 10 amount, and the offsets (as a negative amount).
    pub other_costs: Decimal,
    pub offsets: Decimal,
    /// What the year pays (SPEC 8).
    pub grant_total: Decimal,
    /// The first month's payment.
    pub monthly_payment: Decimal,
    /// Every payment of the year, month by month (SPEC 8).
    pub payments: Vec<Decimal>,
    pub cost_per_hour: Decimal,
    pub cap_hourly: Option<Decimal>,
    pub cap_verdict: Verdict,
    /// The codes of the case's warnings.
    pub warnings: Vec<&'static str>,
    pub notes: Vec<Note>,
    /// Special costs of substitute cover and supervision, and VAT (VEJ pkt. 59, 68, 73).
    pub special_costs: Decimal,
    /// The reductions to the cap and to the provider's price (negative or 0).
    pub cap_reduction: Decimal,
    pub price_reduction: Decimal,
}

impl BudgetRow {
    /// The row of a budget.
    #[must_use]
    pub fn of(b: Budget) -> BudgetRow {
        BudgetRow {
            grant_hours: b.hours.total,
            hours_per_week: b.hours.per_week,
            wages: b.wages.pay,
            pension: b.wages.pension,
            holiday_pay: b.wages.holiday_pay,
            wage_budget: b.wages.total,
            contributions: b.contributions.total,
            employer_tasks: b.employer_tasks.total,
            other_costs: b.other_costs.to_citizen,
            offsets: b.other_costs.total - b.other_costs.to_citizen,
            grant_total: b.totals.grant_total,
            monthly_payment: b.totals.monthly.first().copied().unwrap_or_default(),
            payments: b.totals.monthly,
            cost_per_hour: b.cap.cost_per_hour,
            cap_hourly: b.cap.cap_hourly,
            cap_verdict: b.cap.verdict,
            special_costs: b.special_costs.total,
            cap_reduction: b.totals.cap_reduction,
            price_reduction: b.totals.price_reduction,
            warnings: b.warnings.iter().map(|w| w.code).collect(),
            id: b.id,
            year: b.year,
            scheme: b.scheme,
            employer: b.employer,
            rates: b.rates_origin,
            notes: b.notes,
        }
    }
}

impl Identified for BudgetRow {
    fn case_id(&self) -> Option<&str> {
        Some(&self.id)
    }

    fn rate_notes(&self) -> Option<(&str, &[crate::calc::checks::Note])> {
        Some((&self.rates, &self.notes))
    }
}

impl Identified for Account {
    fn case_id(&self) -> Option<&str> {
        Some(&self.id)
    }
}

impl Identified for Checked {
    fn case_id(&self) -> Option<&str> {
        self.info.id.as_deref()
    }

    fn told(&self) -> &[Warning] {
        &self.warnings
    }
}

/// Why a file was passed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// A rate table kept in a folder beside the cases.
    NotACase,
    /// `batch --settle`: the case has no `NAME.used.toml` beside it.
    NoUsedFile(PathBuf),
    /// The same file was given (or found) before.
    SameFile(PathBuf),
    /// `diff` against `[previous]`: the case has none.
    NoPrevious,
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skip::NotACase => write!(f, "a rate table, not a case"),
            Skip::NoUsedFile(used) => write!(f, "no used-hours file {}", used.display()),
            Skip::NoPrevious => write!(f, "no [previous] table to compare with"),
            Skip::SameFile(first) => {
                write!(
                    f,
                    "the same file as {}, taken once",
                    crate::error::shown(first)
                )
            }
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
    /// A file that gets no row: not a case, a case without its used file
    /// under `--settle`, or a file already taken.
    Skipped(PathBuf, Skip),
}

impl<T: Identified> Outcome<T> {
    /// The case id, when it could be read.
    pub fn case_id(&self) -> Option<&str> {
        match self {
            Outcome::Done(_, t) => t.case_id(),
            Outcome::Failed { case, .. } => case.as_ref().and_then(|c| c.id.as_deref()),
            Outcome::Skipped(..) => None,
        }
    }
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

/// Calculate one file's row: its budget's figures (no formulas are built).
pub fn calculate_row(found: &Found, book: &mut RateBook, opts: RunOptions) -> Outcome<BudgetRow> {
    run(found, book, opts, |case, rates| {
        calculate_figures(case, rates).map(BudgetRow::of)
    })
}

/// The used-hours file of a case: `name.used.toml` beside `name.toml`.
#[must_use]
pub fn used_path(case: &Path) -> PathBuf {
    case.with_extension("used.toml")
}

/// Settle one file's year against its used-hours file (`bpa batch --settle`);
/// a case without one is skipped, not failed: not every case is settled at once.
pub fn settle_file(found: &Found, book: &mut RateBook, opts: RunOptions) -> Outcome<Account> {
    let used = used_path(&found.path);
    if !is_stdin(&found.path) && !used.exists() && Case::read(&found.path).is_ok() {
        return Outcome::Skipped(found.path.clone(), Skip::NoUsedFile(used));
    }
    run(found, book, opts, |case, rates| {
        let budget = calculate(case, rates)?;
        settle(case, &budget, &Used::read(&used)?)
    })
}

/// Check one file without calculating.
pub fn check_file(found: &Found, book: &mut RateBook, opts: RunOptions) -> Outcome<Checked> {
    run(found, book, opts, |case, rates| {
        validate(case, rates).map(|()| Checked {
            info: CaseInfo::of(case, Some(rates)),
            warnings: crate::calc::checks::on_reading(case),
        })
    })
}

fn run<T>(
    found: &Found,
    book: &mut RateBook,
    opts: RunOptions,
    work: impl FnOnce(&Case, &Rates) -> Result<T, InputError>,
) -> Outcome<T> {
    let file = found.path.clone();
    let mut case = match Case::read(&found.path) {
        Ok(case) => case,
        Err(error) => {
            if !found.named && crate::case::read::is_rate_table(&found.path) {
                return Outcome::Skipped(file, Skip::NotACase);
            }
            let other = crate::case::read::is_other_input(&found.path);
            return Outcome::Failed {
                case: (!other).then(|| CaseInfo::partial(&found.path)).flatten(),
                error: crate::case::read::explain(&found.path, error),
                file,
            };
        }
    };
    if let Some(year) = opts.year {
        case.file.move_to_year(year);
    }
    let rates = match book.for_case(&case) {
        Ok(rates) => rates,
        Err(error) => {
            return Outcome::Failed {
                file,
                case: Some(CaseInfo::of(&case, None)),
                error,
            };
        }
    };
    match work(&case, rates) {
        Ok(t) => Outcome::Done(file, t),
        Err(error) => Outcome::Failed {
            file,
            case: Some(CaseInfo::of(&case, Some(rates))),
            error,
        },
    }
}

/// How many files a worker takes at a time: enough to keep the hand-over
/// cheap, few enough to keep the threads evenly busy.
const GROUP: usize = 32;

/// One file's work: [`calculate_row`], [`settle_file`] or [`check_file`].
pub type Work<T> = fn(&Found, &mut RateBook, RunOptions) -> Outcome<T>;

/// A file of a run as the walk finds it, with the file it repeats, if any.
type Item = (Result<Found, InputError>, Option<PathBuf>);

/// The walk over `paths` with each file's earlier occurrence: a file given
/// or found a second time (the same canonical path) is taken once. Only
/// paths that overlap (one inside or the same as another) can give a file
/// twice, so only then are the files remembered.
fn items(paths: &[PathBuf]) -> impl Iterator<Item = Item> {
    let roots: Vec<PathBuf> = paths
        .iter()
        .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
        .collect();
    let overlap = roots.iter().enumerate().any(|(i, a)| {
        roots
            .iter()
            .enumerate()
            .any(|(j, b)| i != j && a.starts_with(b))
    });
    let mut seen: HashMap<PathBuf, PathBuf> = HashMap::new();
    CaseFiles::new(paths).map(move |item| {
        let before = item.as_ref().ok().filter(|_| overlap).and_then(|found| {
            match seen.entry(found.key.clone()) {
                std::collections::hash_map::Entry::Occupied(e) => Some(e.get().clone()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(found.path.clone());
                    None
                }
            }
        });
        (item, before)
    })
}

/// One file's outcome: its work, or skipped as a repeat, or the walk's error.
fn one<T>(item: Item, book: &mut RateBook, opts: RunOptions, work: Work<T>) -> Outcome<T> {
    match item {
        (Ok(found), Some(first)) => Outcome::Skipped(found.path, Skip::SameFile(first)),
        (Ok(found), None) => work(&found, book, opts),
        (Err(e), _) => Outcome::unreadable(e),
    }
}

/// Run `work` over every case file under `paths` on `threads` threads and
/// hand each outcome to `sink` in file order, with the file that had the
/// same case id before, if any. A file given or found a second time (the
/// same file by its canonical path) is taken once and then skipped. Stops at
/// the first error the sink returns (the output is gone), never at a bad case.
///
/// With more than one thread the run is a pipeline: one thread walks the
/// folders and hands out groups of [`GROUP`] files, the workers turn each
/// group into outcomes (a worker drops what it calculated and keeps the row),
/// and this thread writes them in file order as they come back.
pub fn run_all<T: Send + Identified, E>(
    paths: &[PathBuf],
    book: &RateBook,
    opts: RunOptions,
    threads: usize,
    work: Work<T>,
    mut sink: impl FnMut(Outcome<T>, Option<&Path>) -> Result<(), E>,
) -> Result<(), E> {
    let mut ids = SameIds::default();
    if threads <= 1 {
        let mut book = book.clone();
        for item in items(paths) {
            let outcome = one(item, &mut book, opts, work);
            let same = ids.same(&outcome);
            sink(outcome, same.as_deref())?;
        }
        return Ok(());
    }
    std::thread::scope(|scope| {
        let (to_workers, groups) = std::sync::mpsc::sync_channel::<(usize, Vec<Item>)>(threads * 2);
        let groups = std::sync::Arc::new(std::sync::Mutex::new(groups));
        let (to_writer, done) =
            std::sync::mpsc::sync_channel::<(usize, Vec<Outcome<T>>)>(threads * 2);
        scope.spawn(move || {
            let mut walk = items(paths);
            for seq in 0.. {
                let group: Vec<Item> = walk.by_ref().take(GROUP).collect();
                if group.is_empty() || to_workers.send((seq, group)).is_err() {
                    return;
                }
            }
        });
        for _ in 0..threads {
            let (groups, to_writer, mut book) = (
                std::sync::Arc::clone(&groups),
                to_writer.clone(),
                book.clone(),
            );
            scope.spawn(move || {
                loop {
                    let next = groups.lock().ok().and_then(|g| g.recv().ok());
                    let Some((seq, group)) = next else { return };
                    let outcomes = group
                        .into_iter()
                        .map(|item| one(item, &mut book, opts, work))
                        .collect();
                    if to_writer.send((seq, outcomes)).is_err() {
                        return;
                    }
                }
            });
        }
        drop((groups, to_writer));
        // Groups come back in any order: each is written when its turn comes.
        let mut waiting: HashMap<usize, Vec<Outcome<T>>> = HashMap::new();
        let mut turn = 0;
        for (seq, outcomes) in done {
            waiting.insert(seq, outcomes);
            while let Some(outcomes) = waiting.remove(&turn) {
                for outcome in outcomes {
                    let same = ids.same(&outcome);
                    sink(outcome, same.as_deref())?;
                }
                turn += 1;
            }
        }
        Ok(())
    })
}

/// The case ids a run has seen, and the file that first had each.
#[derive(Default)]
struct SameIds(HashMap<String, PathBuf>);

impl SameIds {
    /// The file that had this outcome's case id before, if any.
    fn same<T: Identified>(&mut self, outcome: &Outcome<T>) -> Option<PathBuf> {
        let id = outcome.case_id()?;
        let file = match outcome {
            Outcome::Done(file, _) | Outcome::Failed { file, .. } | Outcome::Skipped(file, _) => {
                file
            }
        };
        match self.0.entry(id.to_string()) {
            std::collections::hash_map::Entry::Occupied(e) => Some(e.get().clone()),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(file.clone());
                None
            }
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
    /// Files in folders that are rate tables, not cases.
    pub skipped: usize,
    /// `--settle`: cases without a used-hours file.
    pub unsettled: usize,
    /// Files given or found a second time, taken once.
    pub repeated: usize,
    /// Cases whose id an earlier case in the run has.
    pub duplicate_ids: usize,
}

impl Summary {
    /// Count one outcome; `warned` tells whether a done case has warnings,
    /// `same_id` whether an earlier case had its id.
    pub fn count<T>(
        &mut self,
        outcome: &Outcome<T>,
        same_id: bool,
        warned: impl FnOnce(&T) -> bool,
    ) {
        if same_id {
            self.duplicate_ids += 1;
        }
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
            Outcome::Skipped(_, Skip::NotACase) => self.skipped += 1,
            Outcome::Skipped(_, Skip::NoUsedFile(_)) => self.unsettled += 1,
            Outcome::Skipped(_, Skip::SameFile(_)) => self.repeated += 1,
            Outcome::Skipped(_, Skip::NoPrevious) => self.skipped += 1,
        }
    }

    /// The summary of `bpa check`.
    #[must_use]
    pub fn checked(&self) -> String {
        let warned = if self.with_warnings > 0 {
            format!(", {} with warnings", self.with_warnings)
        } else {
            String::new()
        };
        format!(
            "{} cases: {} valid, {} invalid{warned}{}",
            self.cases,
            self.succeeded,
            self.failed,
            self.extras()
        )
    }

    /// The counts that are shown only when not zero.
    fn extras(&self) -> String {
        let mut s = String::new();
        for (n, what) in [
            (self.unsettled, "skipped (no used-hours file)"),
            (self.skipped, "skipped (not a case)"),
            (self.repeated, "skipped (the same file again)"),
            (self.duplicate_ids, "with an id used before"),
        ] {
            if n > 0 {
                s += &format!(", {n} {what}");
            }
        }
        s
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} cases: {} succeeded, {} failed, {} with warnings{}",
            self.cases,
            self.succeeded,
            self.failed,
            self.with_warnings,
            self.extras()
        )
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
        // Name order, folders included, every example but its used-hours files.
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        let on_disk = std::fs::read_dir("examples")
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter(|e| {
                        let n = e.file_name().to_string_lossy().into_owned();
                        n.ends_with(".toml") && !n.ends_with(".used.toml")
                    })
                    .count()
            })
            .unwrap_or(0);
        assert_eq!(
            names.iter().filter(|n| n.matches('/').count() == 1).count(),
            on_disk
        );
        assert!(names.contains(&"examples/bpa-24h-company.toml".to_string()));
        assert!(names.contains(&"examples/exercises/atp-2-helpers.toml".to_string()));
        assert!(names.contains(&"examples/rates/kommune-2025.toml".to_string()));
        assert!(
            !names.iter().any(|n| n.ends_with(".used.toml")),
            "{names:?}"
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
            key: path.clone(),
        };
        assert!(matches!(
            calculate_row(&walked, &mut book, RunOptions::default()),
            Outcome::Skipped(..)
        ));
        let named = Found {
            key: path.clone(),
            path,
            named: true,
        };
        assert!(matches!(
            calculate_row(&named, &mut book, RunOptions::default()),
            Outcome::Failed { case: None, .. }
        ));
    }
}
