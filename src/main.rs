//! The `bpa` command line: parse arguments, call the library, map errors to exit codes.
#![allow(clippy::result_large_err)]

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::FromArgMatches;

/// Batches allocate many small strings per case; mimalloc keeps that cheap.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use bpa::runs::batch::{self, BudgetRow};
use bpa::runs::settle::Account;

use cli::args::{Cli, Command, RatesArg};
use cli::out::EXIT_USAGE;

fn main() -> ExitCode {
    // The help and the usage errors are in the language `--lang` asks for.
    let lang = cli::help::lang_of(std::env::args_os());
    let matches = cli::help::command(lang).get_matches();
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Some(look) = cli.command.look_mut() {
        look.lang = cli.lang;
    }
    if let Err(code) = stdin_once(&cli.command) {
        return code;
    }
    match cli.command {
        Command::Calc(a) => cli::one::calc(&a),
        Command::Batch(a) => {
            if a.settle {
                // The account's warnings: an overspend, or an amount read
                // with three decimals in the case or the used file.
                let warned: fn(&Account) -> bool = |a| !a.warnings.is_empty();
                cli::runs::batch_run(&a, (batch::settle_file, warned))
            } else {
                let warned: fn(&BudgetRow) -> bool = |b| !b.warnings.is_empty();
                cli::runs::batch_run(&a, (batch::calculate_row, warned))
            }
        }
        Command::Check(a) => cli::runs::check(&a.cases, a.format, a.strict),
        Command::Diff(a) => cli::compare::compare(&a),
        Command::Init(a) => cli::info::init(&a, cli.lang),
        Command::Schema { kind } => cli::info::schema(kind, cli.lang),
        Command::Completions { shell } => cli::info::completions(shell, cli.lang),
        Command::Man { command } => cli::manual::man(command.as_deref(), cli.lang),
        Command::Settle(a) => cli::one::settle(&a),
        Command::Rates(a) => cli::info::rates(&a),
        Command::Regulate(a) => cli::regulate::run(&a),
    }
}

/// Standard input can be read once: `-` may stand for one input only.
fn stdin_once(command: &Command) -> Result<(), ExitCode> {
    let file = |a: Option<&RatesArg>| match a {
        Some(RatesArg::File(f)) => Some(f.clone()),
        _ => None,
    };
    let inputs: Vec<Option<PathBuf>> = match command {
        Command::Calc(a) => vec![Some(a.case.clone()), a.rates.clone()],
        Command::Batch(cli::args::Batch { cases, .. })
        | Command::Check(cli::args::Check { cases, .. }) => cases
            .paths
            .iter()
            .cloned()
            .map(Some)
            .chain([cases.rates.clone()])
            .collect(),
        Command::Settle(a) => vec![Some(a.case.clone()), Some(a.used.clone()), a.rates.clone()],
        Command::Diff(a) => vec![
            Some(a.case.clone()),
            a.other.clone(),
            file(a.from.as_ref()),
            file(a.to.as_ref()),
            a.rates.clone(),
        ],
        Command::Regulate(a) => {
            vec![
                Some(a.case.clone()),
                file(a.from.as_ref()),
                file(Some(&a.to)),
            ]
        }
        Command::Rates(cli::args::RatesCmd {
            table: Some(RatesArg::File(f)),
            ..
        }) => vec![Some(f.clone())],
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
