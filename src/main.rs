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
use bpa::runs::settle::Account;
use bpa::{Budget, calculate};

use cli::args::{Cli, Command, Format, InitArgs, Look, RatesArg, SchemeArg, SettleFormat, View};
use cli::compare::compare;
use cli::out::{
    EXIT_CANT_CREATE, EXIT_IO, EXIT_USAGE, EXIT_WARNINGS, invalid, print, write_failed,
};
use cli::runs::{batch_run, check};

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
            output,
        } => calc(
            &case,
            (rates.as_deref(), year),
            &view,
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
                let warned: fn(&Account) -> bool = |a| !a.warnings.is_empty();
                batch_run(&cases, how, strict, (batch::settle_file, warned))
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
            view,
            csv_dialect,
            strict,
        } => compare(
            (&case, other.as_deref()),
            from.zip(to),
            rates.as_deref(),
            (&view, csv_dialect),
            strict,
        ),
        Command::Init(args) => init(&args),
        Command::Schema { kind, lang } => print(&schema_text(kind, lang)),
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
        Command::Rates { table, view } => rates(table.as_ref(), &view),
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
    let warned = !account.warnings.is_empty();
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
    if code == ExitCode::SUCCESS && strict && warned {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}

/// `bpa schema`: the JSON Schema of a kind of input file, pretty-printed.
fn schema_text(kind: bpa::report::schema::Kind, lang: bpa::report::Lang) -> String {
    let schema = bpa::report::schema::schema(kind, lang);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

fn init(args: &InitArgs) -> ExitCode {
    let scheme = match args.scheme {
        SchemeArg::Bpa => Scheme::Bpa,
        SchemeArg::Kt => Scheme::Kt,
        SchemeArg::KtRelative => Scheme::KtRelative,
    };
    let text = template::case_template(scheme, args.year, &args.schema);
    let Some(path) = args.file.as_deref().filter(|p| !bpa::error::is_stdin(p)) else {
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
        (Format::Csv, _) => return csv_is_for_diff(),
        (Format::Xlsx, _) => {
            eprintln!("error: --format xlsx is for `bpa calc`; use table or json with `bpa rates`");
            return ExitCode::from(EXIT_USAGE);
        }
        (Format::Table | Format::Md | Format::Html, None) => {
            table::render_rate_list(&summaries, view.look.lang, view.style())
        }
        (Format::Table | Format::Md | Format::Html, Some(entries)) => match summaries.first() {
            Some(s) => table::render_rates(s, entries, view.look.lang, view.style()),
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

/// `--format csv` outside a comparison over folders.
fn csv_is_for_diff() -> ExitCode {
    eprintln!(
        "error: --format csv is for `bpa diff` over folders; use `bpa batch` for a row per case"
    );
    ExitCode::from(EXIT_USAGE)
}

fn calc(
    case: &Path,
    (rates, year): (Option<&Path>, Option<u16>),
    view: &View,
    (explain, strict): (bool, bool),
    output: Option<&Path>,
) -> ExitCode {
    let (case, rates, budget) = match bpa::case::read::read_case(case).and_then(|mut case| {
        if let Some(year) = year {
            case.file.move_to_year(year);
        }
        let r = Rates::for_case(&case, rates)?;
        let b = calculate(&case, &r)?;
        Ok((case, r, b))
    }) {
        Ok(x) => x,
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
        Format::Md => markdown::render(&budget, &Facts::of(&case, &rates, &budget), view.look.lang),
        Format::Html => {
            let facts = Facts::of(&case, &rates, &budget);
            html::render(
                &doc::attachment::build(&budget, &facts, view.look.lang),
                view.look.lang,
            )
        }
        Format::Csv => return csv_is_for_diff(),
        Format::Xlsx => match bpa::report::xlsx::render(&budget, view.look.lang) {
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

/// Output to standard output, or to `-o FILE` (created or replaced).
fn write_out(bytes: &[u8], output: Option<&Path>) -> ExitCode {
    let Some(path) = output.filter(|p| !bpa::error::is_stdin(p)) else {
        return std::io::stdout()
            .write_all(bytes)
            .map_or_else(|e| write_failed(&e), |()| ExitCode::SUCCESS);
    };
    match std::fs::write(path, bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}: cannot write the file: {e}", path.display());
            ExitCode::from(EXIT_CANT_CREATE)
        }
    }
}
