//! The `bpa` command line: parse arguments, call the library, map errors to exit codes.
#![allow(clippy::result_large_err)]

mod cli;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

/// Batches allocate many small strings per case; mimalloc keeps that cheap.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use bpa::budget::decision::Facts;
use bpa::case::Scheme;
use bpa::case::template;
use bpa::rates::Rates;
use bpa::report::csv::{CsvRows, Dialect};
use bpa::report::{RateSummary, doc, html, json, markdown, table};
use bpa::runs::batch::{self, BudgetRow, Outcome};
use bpa::runs::settle::{Account, Balance};
use bpa::{Budget, calculate};

use cli::args::{CalcFormat, Cli, Command, Look, RatesArg, RatesFormat, SchemeArg, SettleFormat};
use cli::compare::compare;
use cli::out::{
    EXIT_CANT_CREATE, EXIT_IO, EXIT_USAGE, EXIT_WARNINGS, invalid, print, write_failed, write_out,
};
use cli::runs::{batch_run, book_for, check};

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
            format,
            look,
            explain,
            strict,
            output,
        } => calc(
            &case,
            (rates.as_deref(), year),
            (format, &look),
            (explain, strict),
            output.as_deref(),
        ),
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
                let warned: fn(&BudgetRow) -> bool = |b| !b.warnings.is_empty();
                batch_run(&cases, how, strict, (batch::calculate_row, warned))
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
            format,
            look,
            csv_dialect,
            strict,
        } => compare(
            (&case, other.as_deref()),
            from.zip(to),
            rates.as_deref(),
            (format, &look, csv_dialect),
            strict,
        ),
        Command::Init { file, scheme, year } => init(file.as_deref(), scheme, year),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "bpa", &mut script);
            print(&String::from_utf8_lossy(&script))
        }
        Command::Man { command } => man(command.as_deref()),
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
        Command::Rates {
            table,
            format,
            look,
        } => rates(table.as_ref(), format, &look),
        Command::Regulate {
            case,
            date,
            to,
            from,
            format,
            csv_dialect,
            look,
        } => cli::regulate::run(
            &case,
            (date, from.as_ref(), &to),
            (format, csv_dialect),
            &look,
        ),
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
        Command::Regulate { case, from, to, .. } => {
            vec![Some(case.clone()), file(from.as_ref()), file(Some(to))]
        }
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
    let account = bpa::case::read::read_case(case).and_then(|c| {
        let budget = Rates::for_case(&c, rates).and_then(|r| calculate(&c, &r))?;
        bpa::runs::settle::settle(&c, &budget, &bpa::runs::settle::Used::read(used)?)
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

fn rates(table: Option<&RatesArg>, format: RatesFormat, look: &Look) -> ExitCode {
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
    let text = match (format, &entries) {
        (RatesFormat::Json, None) => json::pretty(&serde_json::json!(summaries)),
        (RatesFormat::Json, Some(entries)) => json::pretty(&serde_json::json!({
            "table": summaries.first(),
            "entries": entries,
        })),
        (RatesFormat::Table, None) => table::render_rate_list(&summaries, look.lang, look.style()),
        (RatesFormat::Table, Some(entries)) => match summaries.first() {
            Some(s) => table::render_rates(s, entries, look.lang, look.style()),
            None => String::new(),
        },
    };
    print(&text)
}

/// `bpa man [COMMAND]`: the page of `bpa`, or of one command as `bpa-COMMAND`.
fn man(command: Option<&str>) -> ExitCode {
    let mut cli = Cli::command();
    cli.build();
    let page = match command {
        None => cli,
        Some(name) => match cli.find_subcommand(name) {
            Some(sub) => sub
                .clone()
                .name(format!("bpa-{name}"))
                .version(env!("CARGO_PKG_VERSION")),
            None => {
                let names: Vec<String> = cli
                    .get_subcommands()
                    .map(|c| c.get_name().to_string())
                    .collect();
                eprintln!(
                    "error: no command `{name}`\n  allowed: {}",
                    names.join(", ")
                );
                return ExitCode::from(EXIT_USAGE);
            }
        },
    };
    let mut roff = Vec::new();
    match clap_mangen::Man::new(page).render(&mut roff) {
        Ok(()) => print(&String::from_utf8_lossy(&roff)),
        Err(e) => write_failed(&e),
    }
}

fn calc(
    case: &Path,
    (rates, year): (Option<&Path>, Option<u16>),
    (format, look): (CalcFormat, &Look),
    (explain, strict): (bool, bool),
    output: Option<&Path>,
) -> ExitCode {
    let mut book = match book_for((rates, None), year) {
        Ok(book) => book,
        Err(code) => return code,
    };
    let (case, rates, budget) = match bpa::case::read::read_case(case).and_then(|mut case| {
        if let Some(year) = year {
            case.file.year = year;
        }
        let r = book.for_case(&case)?.clone();
        let b = calculate(&case, &r)?;
        Ok((case, r, b))
    }) {
        Ok(x) => x,
        Err(e) => return invalid(&e),
    };
    let text = match format {
        CalcFormat::Table => table::render(
            &budget,
            look.lang,
            table::Style {
                explain,
                ..look.style()
            },
        ),
        CalcFormat::Json => json::render(&budget, look.lang),
        CalcFormat::Md => markdown::render(&budget, &Facts::of(&case, &rates, &budget), look.lang),
        CalcFormat::Html => {
            let facts = Facts::of(&case, &rates, &budget);
            html::render(
                &doc::attachment::build(&budget, &facts, look.lang),
                look.lang,
            )
        }
        CalcFormat::Xlsx => match bpa::report::xlsx::render(&budget, look.lang) {
            Ok(bytes) => return strict_code(write_out(&bytes, output), strict, &budget),
            Err(e) => {
                eprintln!("error: cannot build the workbook: {e}");
                return ExitCode::from(EXIT_IO);
            }
        },
    };
    let code = write_out(text.as_bytes(), output);
    strict_code(code, strict, &budget)
}

/// Exit 1 under `--strict` when a written budget has warnings.
fn strict_code(code: ExitCode, strict: bool, budget: &Budget) -> ExitCode {
    if code == ExitCode::SUCCESS && strict && !budget.warnings.is_empty() {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}
