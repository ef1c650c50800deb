//! The `bpa` command line: parse arguments, call the library, map errors to exit codes.
#![allow(clippy::result_large_err)]

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Batches allocate many small strings per case; mimalloc keeps that cheap.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use bpa::batch::{self, Outcome, RunOptions, Summary};
use bpa::case::Scheme;
use bpa::rates::{RateBook, Rates, embedded_years};
use bpa::report::csv::{CsvRows, Dialect, Row, json_row};
use bpa::report::{Lang, RateSummary, json, markdown, table};
use bpa::settle::{Account, Balance};
use bpa::{Budget, InputError, calculate, diff, template};

/// Exit codes (documented in the README; sysexits where one fits).
const EXIT_WARNINGS: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_INVALID: u8 = 65;
const EXIT_CANT_CREATE: u8 = 73;
const EXIT_IO: u8 = 74;
/// Table width when stdout is not a terminal.
const PIPE_WIDTH: u16 = 120;

#[derive(Parser)]
#[command(
    name = "bpa",
    version,
    about = "Tilskud til BPA og kontant tilskud (serviceloven §§ 95–96)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Json,
    /// Markdown: a budget attachment for a decision letter (calc only)
    Md,
}

#[derive(Clone, Copy, ValueEnum)]
enum RowFormat {
    /// One row per case (RFC 4180, or `--csv-dialect da`)
    Csv,
    /// One JSON object per line
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Borders {
    /// Borders on a terminal, none in a pipe or file
    Auto,
    Always,
    Never,
}

/// How a budget or a comparison is shown.
#[derive(Args)]
struct View {
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    #[command(flatten)]
    look: Look,
}

/// Language and table layout.
#[derive(Args)]
struct Look {
    #[arg(long, value_enum, default_value = "da")]
    lang: Lang,
    /// Wrap tables to this many columns (default: the terminal's width, 120 in a pipe)
    #[arg(long)]
    width: Option<u16>,
    /// Table borders
    #[arg(long, value_enum, default_value = "auto")]
    borders: Borders,
}

impl View {
    fn style(&self) -> table::Style {
        self.look.style()
    }
}

impl Look {
    fn style(&self) -> table::Style {
        let terminal = io::stdout().is_terminal();
        // A terminal's own width; a fixed 120 columns in a pipe, so output is stable.
        let width = self
            .width
            .or_else(|| {
                terminal
                    .then(|| comfy_table::Table::new().width())
                    .flatten()
            })
            .or(Some(PIPE_WIDTH));
        let borders = match self.borders {
            Borders::Auto => terminal,
            Borders::Always => true,
            Borders::Never => false,
        };
        table::Style {
            width,
            borders,
            markdown: false,
            explain: false,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum SettleFormat {
    Table,
    Json,
    /// One row with the `batch --settle` columns
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    /// `FILE: ok` for each valid case
    Text,
    /// One JSON object per case: id, file, year, scheme, employer, rates, error
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemeArg {
    Bpa,
    Kt,
    KtRelative,
}

/// The cases of a run over many (`batch`, `check`) and how to take them.
#[derive(Args)]
struct Cases {
    /// Case files, and folders searched for `*.toml` files; `-` for standard input
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// One rate table file for every case (`-` for standard input)
    #[arg(long)]
    rates: Option<PathBuf>,
    /// A folder of rate tables, one per grant year (`2025.toml`, `2026.toml`, or any
    /// names, each table giving its `year`): each case takes its year's table
    #[arg(long, conflicts_with = "rates", value_name = "DIR")]
    rates_dir: Option<PathBuf>,
    /// Calculate every case on this grant year's rates
    #[arg(long)]
    year: Option<u16>,
    /// Cases calculated at once (default: the number of CPU cores)
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
    jobs: Option<u16>,
}

impl Cases {
    fn opts(&self) -> RunOptions {
        RunOptions { year: self.year }
    }

    fn threads(&self) -> usize {
        self.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            usize::from,
        )
    }
}

#[derive(Subcommand)]
enum Command {
    /// Calculate the grant for one case file
    Calc {
        /// The case file (TOML; `-` for standard input)
        case: PathBuf,
        /// A rate table file instead of the embedded table for the case's year (`-`: standard input)
        #[arg(long)]
        rates: Option<PathBuf>,
        /// Calculate on this grant year's rates instead of the case's `year`
        #[arg(long)]
        year: Option<u16>,
        #[command(flatten)]
        view: View,
        /// Under each line: the formula with its numbers, the legal ground and each rate's source
        #[arg(long)]
        explain: bool,
        /// Exit with 1 when the calculation has warnings
        #[arg(long)]
        strict: bool,
    },
    /// Calculate many cases: one row per case, for scripts and spreadsheets
    Batch {
        #[command(flatten)]
        cases: Cases,
        #[arg(long, value_enum, default_value = "csv")]
        format: RowFormat,
        /// `da`: `;` between fields, decimal comma, UTF-8 with BOM
        #[arg(long, value_enum, default_value = "rfc4180")]
        csv_dialect: Dialect,
        /// Exit with 1 when a case has warnings (with --settle: an overspend)
        #[arg(long)]
        strict: bool,
        /// Settle each case's year against `NAME.used.toml` beside `NAME.toml`
        #[arg(long)]
        settle: bool,
    },
    /// Validate case files without calculating
    Check {
        #[command(flatten)]
        cases: Cases,
        /// `text`: `FILE: ok` lines; `json`: one JSON object per case (the errors too)
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        /// Exit with 1 when two cases have the same id
        #[arg(long)]
        strict: bool,
    },
    /// Settle a year: granted against used hours, repayment or carry-over
    Settle {
        /// The case file (TOML; `-` for standard input)
        case: PathBuf,
        /// Hours used by band and after-invoice costs (TOML)
        #[arg(long)]
        used: PathBuf,
        /// A rate table file instead of the embedded table for the case's year (`-`: standard input)
        #[arg(long)]
        rates: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "table")]
        format: SettleFormat,
        /// With --format csv: `da` for `;`, decimal comma and BOM
        #[arg(long, value_enum, default_value = "rfc4180")]
        csv_dialect: Dialect,
        #[command(flatten)]
        look: Look,
        /// Exit with 1 on an overspend
        #[arg(long)]
        strict: bool,
    },
    /// Write a commented template case with every key, its meaning and legal ground
    Init {
        /// Write to this file (never over an existing one); default or `-`: stdout
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "bpa")]
        scheme: SchemeArg,
        /// The grant year
        #[arg(long, default_value = "2025", value_parser = embedded_year)]
        year: u16,
    },
    /// List the embedded rate tables, or show one: every figure, its source and verified flag
    Rates {
        /// A grant year, or a rate table file (shown after `extends` is applied)
        #[arg(value_parser = rates_arg)]
        table: Option<RatesArg>,
        #[command(flatten)]
        view: View,
    },
    /// Compare a case's budget line by line: two grant years, two case
    /// files, or the last decision in the case's `[previous]` table
    Diff {
        /// The case file (the old one when OTHER is given)
        case: PathBuf,
        /// A second case file: the new one
        other: Option<PathBuf>,
        /// Old rates: a grant year or a rate table file
        #[arg(long, requires = "to", value_parser = rates_arg)]
        from: Option<RatesArg>,
        /// New rates: a grant year or a rate table file
        #[arg(long, requires = "from", value_parser = rates_arg)]
        to: Option<RatesArg>,
        /// A rate table file for a comparison without --from/--to
        #[arg(long, conflicts_with_all = ["from", "to"])]
        rates: Option<PathBuf>,
        #[command(flatten)]
        view: View,
        /// Exit with 1 when hours or the grant fall (notice under SEL § 3 a)
        #[arg(long)]
        strict: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(code) = stdin_once(&cli.command) {
        return code;
    }
    match cli.command {
        Command::Calc {
            case,
            rates,
            year,
            view,
            explain,
            strict,
        } => calc(&case, (rates.as_deref(), year), &view, explain, strict),
        Command::Batch {
            cases,
            format,
            csv_dialect,
            strict,
            settle,
        } => {
            let how = (format, csv_dialect);
            if settle {
                let overspent: fn(&Account) -> bool = |a| a.result == Balance::Overspend;
                batch_run(&cases, how, strict, (batch::settle_file, overspent))
            } else {
                let warned: fn(&Budget) -> bool = |b| !b.warnings.is_empty();
                batch_run(&cases, how, strict, (batch::calculate_file, warned))
            }
        }
        Command::Check {
            cases,
            format,
            strict,
        } => check(&cases, format, strict),
        Command::Diff {
            case,
            other,
            from,
            to,
            rates,
            view,
            strict,
        } => compare(
            &case,
            other.as_deref(),
            from.zip(to),
            rates.as_deref(),
            &view,
            strict,
        ),
        Command::Init { file, scheme, year } => init(file.as_deref(), scheme, year),
        Command::Settle {
            case,
            used,
            rates,
            format,
            csv_dialect,
            look,
            strict,
        } => settle_one(
            &case,
            &used,
            rates.as_deref(),
            (format, csv_dialect),
            &look,
            strict,
        ),
        Command::Rates { table, view } => rates(table.as_ref(), &view),
    }
}

/// Standard input can be read once: `-` may stand for one input only.
fn stdin_once(command: &Command) -> Result<(), ExitCode> {
    let file = |a: Option<&RatesArg>| match a {
        Some(RatesArg::File(f)) => Some(f.clone()),
        _ => None,
    };
    let inputs: Vec<Option<PathBuf>> = match command {
        Command::Calc { case, rates, .. } => vec![Some(case.clone()), rates.clone()],
        Command::Batch { cases, .. } | Command::Check { cases, .. } => cases
            .paths
            .iter()
            .cloned()
            .map(Some)
            .chain([cases.rates.clone()])
            .collect(),
        Command::Settle {
            case, used, rates, ..
        } => vec![Some(case.clone()), Some(used.clone()), rates.clone()],
        Command::Diff {
            case,
            other,
            from,
            to,
            rates,
            ..
        } => vec![
            Some(case.clone()),
            other.clone(),
            file(from.as_ref()),
            file(to.as_ref()),
            rates.clone(),
        ],
        Command::Rates {
            table: Some(RatesArg::File(f)),
            ..
        } => vec![Some(f.clone())],
        _ => Vec::new(),
    };
    let stdin = inputs
        .iter()
        .flatten()
        .filter(|p| bpa::error::is_stdin(p))
        .count();
    if stdin > 1 {
        eprintln!(
            "error: `-` (standard input) is given {stdin} times\n  help:    standard input can be read once: give `-` for one input and files for the others"
        );
        return Err(ExitCode::from(EXIT_USAGE));
    }
    Ok(())
}

fn settle_one(
    case: &Path,
    used: &Path,
    rates: Option<&Path>,
    (format, dialect): (SettleFormat, Dialect),
    look: &Look,
    strict: bool,
) -> ExitCode {
    let account = bpa::input::read_case(case).and_then(|c| {
        let budget = Rates::for_case(&c, rates).and_then(|r| calculate(&c, &r))?;
        bpa::settle::settle(&c, &budget, &bpa::settle::Used::read(used)?)
    });
    let account = match account {
        Ok(a) => a,
        Err(e) => return invalid(&e),
    };
    let overspent = account.result == Balance::Overspend;
    let text = match format {
        SettleFormat::Table => table::render_account(&account, look.lang, look.style()),
        SettleFormat::Json => json::pretty(&json::account_to_value(&account, look.lang)),
        SettleFormat::Csv => {
            let mut buf = Vec::new();
            let row = Outcome::Done(case.to_path_buf(), account);
            let written = CsvRows::<_, Account>::new(&mut buf, dialect)
                .and_then(|mut rows| rows.write(&row).and_then(|()| rows.flush()));
            if let Err(e) = written {
                return write_failed(&e);
            }
            String::from_utf8_lossy(&buf).into_owned()
        }
    };
    let code = print(&text);
    if code == ExitCode::SUCCESS && strict && overspent {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}

fn init(file: Option<&Path>, scheme: SchemeArg, year: u16) -> ExitCode {
    let scheme = match scheme {
        SchemeArg::Bpa => Scheme::Bpa,
        SchemeArg::Kt => Scheme::Kt,
        SchemeArg::KtRelative => Scheme::KtRelative,
    };
    let text = template::case_template(scheme, year);
    let Some(path) = file.filter(|p| !bpa::error::is_stdin(p)) else {
        return print(&text);
    };
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    match written {
        Ok(()) => {
            eprintln!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}: cannot create the file: {e}", path.display());
            ExitCode::from(EXIT_CANT_CREATE)
        }
    }
}

fn rates(table: Option<&RatesArg>, view: &View) -> ExitCode {
    let loaded = match table {
        None => {
            let mut list = Vec::new();
            for (name, _) in bpa::rates::EMBEDDED {
                let year = name.parse().ok();
                match bpa::rates::merged(year, None) {
                    Ok((t, _)) => list.push(RateSummary::of(name, &t, &bpa::rates::entries(&t))),
                    Err(e) => return invalid(&e),
                }
            }
            Ok((list, None))
        }
        Some(arg) => {
            let (year, file) = match arg {
                RatesArg::Year(y) => (Some(*y), None),
                RatesArg::File(f) => (None, Some(f.as_path())),
            };
            bpa::rates::merged(year, file).map(|(t, origin)| {
                let entries = bpa::rates::entries(&t);
                (vec![RateSummary::of(&origin, &t, &entries)], Some(entries))
            })
        }
    };
    let (summaries, entries) = match loaded {
        Ok(x) => x,
        Err(e) => return invalid(&e),
    };
    let text = match (view.format, &entries) {
        (Format::Json, None) => json::pretty(&serde_json::json!(summaries)),
        (Format::Json, Some(entries)) => json::pretty(&serde_json::json!({
            "table": summaries.first(),
            "entries": entries,
        })),
        (Format::Table | Format::Md, None) => {
            table::render_rate_list(&summaries, view.look.lang, view.style())
        }
        (Format::Table | Format::Md, Some(entries)) => match summaries.first() {
            Some(s) => table::render_rates(s, entries, view.look.lang, view.style()),
            None => String::new(),
        },
    };
    print(&text)
}

fn invalid(e: &InputError) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(EXIT_INVALID)
}

fn print(text: &str) -> ExitCode {
    io::stdout()
        .write_all(text.as_bytes())
        .map_or_else(|e| write_failed(&e), |()| ExitCode::SUCCESS)
}

/// Output that could not be written: a closed pipe (`| head`) ends the run
/// quietly, anything else is exit 74.
fn write_failed(e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("error: cannot write the output: {e}");
    ExitCode::from(EXIT_IO)
}

fn calc(
    case: &Path,
    (rates, year): (Option<&Path>, Option<u16>),
    view: &View,
    explain: bool,
    strict: bool,
) -> ExitCode {
    let budget = match bpa::input::read_case(case).and_then(|mut case| {
        if let Some(year) = year {
            case.file.year = year;
        }
        Rates::for_case(&case, rates).and_then(|r| calculate(&case, &r))
    }) {
        Ok(b) => b,
        Err(e) => return invalid(&e),
    };
    let text = match view.format {
        Format::Table => table::render(
            &budget,
            view.look.lang,
            table::Style {
                explain,
                ..view.style()
            },
        ),
        Format::Json => json::render(&budget, view.look.lang),
        Format::Md => markdown::render(&budget, view.look.lang),
    };
    let code = print(&text);
    if code == ExitCode::SUCCESS && strict && !budget.warnings.is_empty() {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}

/// Where batch rows go.
enum Rows<W: Write, R: Row> {
    Csv(Box<CsvRows<W, R>>),
    Json(W),
}

impl<W: Write, R: Row> Rows<W, R> {
    fn write(&mut self, outcome: &Outcome<R>) -> io::Result<()> {
        match self {
            Rows::Csv(rows) => rows.write(outcome),
            Rows::Json(out) => match json_row(outcome) {
                Some(line) => writeln!(out, "{line}"),
                None => Ok(()),
            },
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Rows::Csv(rows) => rows.flush(),
            Rows::Json(out) => out.flush(),
        }
    }
}

/// Tell stderr about a case that failed, a file that was skipped, or an id
/// an earlier case of the run has.
fn report<T: batch::Identified>(outcome: &Outcome<T>, same_id: Option<&Path>) {
    match outcome {
        Outcome::Done(..) => {}
        Outcome::Failed { error, .. } => eprintln!("error: {error}"),
        Outcome::Skipped(file, why) => eprintln!("skipped: {}: {why}", file.display()),
    }
    if let (Some(first), Some(id), Outcome::Done(file, _) | Outcome::Failed { file, .. }) =
        (same_id, outcome.case_id(), outcome)
    {
        eprintln!(
            "warning: {}: the id `{id}` is also the id of {}",
            file.display(),
            first.display()
        );
    }
}

/// The exit code of a run: invalid input beats warnings; under `--strict`
/// a duplicate id is a warning.
fn run_code(summary: &Summary, strict: bool) -> ExitCode {
    if summary.failed > 0 {
        ExitCode::from(EXIT_INVALID)
    } else if strict && (summary.with_warnings > 0 || summary.duplicate_ids > 0) {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// `bpa batch`: budgets, or with `--settle` yearly accounts, one row each.
fn batch_run<R: Row + Send + batch::Identified>(
    cases: &Cases,
    (format, dialect): (RowFormat, Dialect),
    strict: bool,
    (work, warned): (batch::Work<R>, fn(&R) -> bool),
) -> ExitCode {
    let book = match book(cases) {
        Ok(book) => book,
        Err(code) => return code,
    };
    let out = BufWriter::new(io::stdout().lock());
    let rows = match format {
        RowFormat::Csv => CsvRows::new(out, dialect).map(|rows| Rows::Csv(Box::new(rows))),
        RowFormat::Json => Ok(Rows::Json(out)),
    };
    let mut summary = Summary::default();
    let written = rows.and_then(|mut rows| {
        batch::run_all(
            &cases.paths,
            &book,
            cases.opts(),
            cases.threads(),
            work,
            |outcome, same_id| {
                report(&outcome, same_id);
                summary.count(&outcome, same_id.is_some(), warned);
                rows.write(&outcome)
            },
        )?;
        rows.flush()
    });
    if let Err(e) = written {
        return write_failed(&e);
    }
    eprintln!("bpa batch: {summary}");
    run_code(&summary, strict)
}

fn check(cases: &Cases, format: CheckFormat, strict: bool) -> ExitCode {
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
            summary.count(&outcome, same_id.is_some(), |_| false);
            match (format, &outcome) {
                (CheckFormat::Json, _) => match json_row(&outcome) {
                    Some(line) => writeln!(out, "{line}"),
                    None => Ok(()),
                },
                (CheckFormat::Text, Outcome::Done(file, _)) => {
                    writeln!(out, "{}: ok", file.display())
                }
                (CheckFormat::Text, _) => Ok(()),
            }
        },
    )
    .and_then(|()| out.flush());
    if let Err(e) = written {
        return write_failed(&e);
    }
    eprintln!("bpa check: {}", summary.checked());
    run_code(&summary, strict)
}

/// A side's rates in `bpa diff`: a grant year, or a rate table file.
#[derive(Clone, Debug)]
enum RatesArg {
    Year(u16),
    File(PathBuf),
}

fn rates_arg(s: &str) -> Result<RatesArg, String> {
    if s.chars().all(|c| c.is_ascii_digit()) {
        embedded_year(s).map(RatesArg::Year)
    } else {
        Ok(RatesArg::File(PathBuf::from(s)))
    }
}

/// A grant year with an embedded rate table.
fn embedded_year(s: &str) -> Result<u16, String> {
    let years = embedded_years();
    s.parse()
        .ok()
        .filter(|y| years.contains(y))
        .ok_or_else(|| {
            let list: Vec<String> = years.iter().map(ToString::to_string).collect();
            format!(
                "no embedded rate table for `{s}`; the embedded years are {}, or give a rate table file",
                list.join(", ")
            )
        })
}

/// `--year` and `--rates` (or `--rates-dir`) must agree before any case is read.
fn book(cases: &Cases) -> Result<RateBook, ExitCode> {
    let book = match &cases.rates_dir {
        Some(dir) => RateBook::from_dir(dir),
        None => RateBook::new(cases.rates.as_deref()),
    }
    .map_err(|e| invalid(&e))?;
    let Some(year) = cases.year else {
        return Ok(book);
    };
    if let (Some(file_year), Some(rates)) = (book.file_year(), &cases.rates)
        && year != file_year
    {
        eprintln!(
            "error: --year {year}, but the rate table {} is for {file_year}\n  help:    leave out --year, or give a rate table for {year}",
            rates.display()
        );
        return Err(ExitCode::from(EXIT_USAGE));
    }
    if let (Some(years), Some(dir)) = (book.dir_years(), &cases.rates_dir) {
        if years.contains(&year) {
            return Ok(book);
        }
        let list: Vec<String> = years.iter().map(ToString::to_string).collect();
        eprintln!(
            "error: --year {year}, but the folder {} has rate tables for {} only\n  help:    add a table for {year} to the folder, or leave out --year",
            dir.display(),
            list.join(", ")
        );
        return Err(ExitCode::from(EXIT_USAGE));
    }
    if book.file_year().is_none()
        && let Err(e) = embedded_year(&year.to_string())
    {
        eprintln!("error: --year {year}: {e}");
        return Err(ExitCode::from(EXIT_USAGE));
    }
    Ok(book)
}

/// One side of a comparison: a case on the rates asked for.
fn side(
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

fn compare(
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
