//! The `bpa` command line: parse arguments, call the library, map errors to exit codes.
#![allow(clippy::result_large_err)]

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use bpa::rates::Rates;
use bpa::report::{Lang, json, table};
use bpa::{Case, InputError, calculate};

/// Exit codes (documented in the README).
const EXIT_WARNINGS: u8 = 1;
const EXIT_INVALID: u8 = 65;
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

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Calculate the grant for one case file
    Calc {
        /// The case file (TOML)
        case: PathBuf,
        /// A rate table file instead of the embedded table for the case's year
        #[arg(long)]
        rates: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        #[arg(long, value_enum, default_value = "da")]
        lang: Lang,
        /// Wrap tables to this many columns (default: the terminal's width, 120 in a pipe)
        #[arg(long)]
        width: Option<u16>,
        /// Exit with 1 when the calculation has warnings
        #[arg(long)]
        strict: bool,
    },
}

fn load(case: &Path, rates: Option<&Path>) -> Result<bpa::Budget, InputError> {
    let case = Case::read(case)?;
    let rates = Rates::for_case(&case, rates)?;
    calculate(&case, &rates)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Calc {
            case,
            rates,
            format,
            lang,
            width,
            strict,
        } => match load(&case, rates.as_deref()) {
            Ok(budget) => {
                // A terminal's own width; a fixed 120 columns in a pipe, so output is stable.
                let width = width
                    .or_else(|| {
                        std::io::stdout()
                            .is_terminal()
                            .then(|| comfy_table::Table::new().width())
                            .flatten()
                    })
                    .or(Some(PIPE_WIDTH));
                let text = match format {
                    Format::Table => table::render(&budget, lang, table::Style { width }),
                    Format::Json => json::render(&budget, lang),
                };
                let _ = std::io::stdout().write_all(text.as_bytes());
                if strict && !budget.warnings.is_empty() {
                    ExitCode::from(EXIT_WARNINGS)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(EXIT_INVALID)
            }
        },
    }
}
