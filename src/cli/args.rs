//! The command line as typed: commands, options and their values (clap).

use std::io::{self, IsTerminal};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use bpa::rates::embedded_years;
use bpa::report::csv::Dialect;
use bpa::report::{Lang, table};
use bpa::runs::batch::RunOptions;

/// Table width when stdout is not a terminal.
pub(crate) const PIPE_WIDTH: u16 = 120;

/// The whole command line. Every text `--help` and the manual show is in
/// `cli::help` (Danish and English), none here.
#[derive(Parser)]
#[command(name = "bpa", version)]
pub(crate) struct Cli {
    // Global: it sets the language of the output and of the help, so every
    // command takes it.
    #[arg(long, global = true, value_enum, default_value = "da")]
    pub(crate) lang: Lang,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// What `bpa calc` writes.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CalcFormat {
    Table,
    Json,
    Md,
    Html,
    Xlsx,
}

/// What `bpa diff` writes.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DiffFormat {
    Table,
    Json,
    Md,
    Html,
    Csv,
}

/// What `bpa rates` writes.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum RatesFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum RowFormat {
    Csv,
    Json,
    Xlsx,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Borders {
    Auto,
    Always,
    Never,
}

/// Language and table layout.
#[derive(Args)]
pub(crate) struct Look {
    // The global `--lang`, put here once the command line is parsed.
    #[arg(skip = Lang::Da)]
    pub(crate) lang: Lang,
    #[arg(long)]
    pub(crate) width: Option<u16>,
    #[arg(long, value_enum, default_value = "auto")]
    pub(crate) borders: Borders,
}

impl Look {
    pub(crate) fn style(&self) -> table::Style {
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
pub(crate) enum SettleFormat {
    Table,
    Json,
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum SchemeArg {
    Bpa,
    Kt,
    KtRelative,
}

/// The cases of a run over many (`batch`, `check`) and how to take them.
#[derive(Args)]
pub(crate) struct Cases {
    #[arg(required = true)]
    pub(crate) paths: Vec<PathBuf>,
    #[arg(long)]
    pub(crate) rates: Option<PathBuf>,
    #[arg(long, conflicts_with = "rates")]
    pub(crate) rates_dir: Option<PathBuf>,
    #[arg(long)]
    pub(crate) year: Option<u16>,
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub(crate) jobs: Option<u16>,
}

impl Cases {
    pub(crate) fn opts(&self) -> RunOptions {
        RunOptions { year: self.year }
    }

    pub(crate) fn threads(&self) -> usize {
        self.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            usize::from,
        )
    }
}

#[derive(Subcommand)]
pub(crate) enum Command {
    Calc(Calc),
    Batch(Batch),
    Check(Check),
    Settle(Settle),
    Init(Init),
    Schema {
        #[arg(value_enum)]
        kind: bpa::report::schema::Kind,
    },
    Rates(RatesCmd),
    Diff(Diff),
    Regulate(Regulate),
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    Man {
        command: Option<String>,
    },
}

/// Where a command's document goes.
#[derive(Args)]
pub(crate) struct Output {
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
}

impl Output {
    pub(crate) fn path(&self) -> Option<&std::path::Path> {
        self.output.as_deref()
    }
}

#[derive(Args)]
pub(crate) struct Calc {
    pub(crate) case: PathBuf,
    #[arg(long)]
    pub(crate) rates: Option<PathBuf>,
    #[arg(long)]
    pub(crate) year: Option<u16>,
    #[arg(long, value_enum, default_value = "table")]
    pub(crate) format: CalcFormat,
    #[command(flatten)]
    pub(crate) look: Look,
    #[arg(long)]
    pub(crate) explain: bool,
    #[arg(long)]
    pub(crate) strict: bool,
    #[command(flatten)]
    pub(crate) output: Output,
}

#[derive(Args)]
pub(crate) struct Batch {
    #[command(flatten)]
    pub(crate) cases: Cases,
    #[arg(long, value_enum, default_value = "csv")]
    pub(crate) format: RowFormat,
    #[arg(long, value_enum, default_value = "rfc4180")]
    pub(crate) csv_dialect: Dialect,
    #[arg(long)]
    pub(crate) strict: bool,
    #[arg(long)]
    pub(crate) settle: bool,
    #[command(flatten)]
    pub(crate) output: Output,
}

#[derive(Args)]
pub(crate) struct Check {
    #[command(flatten)]
    pub(crate) cases: Cases,
    #[arg(long, value_enum, default_value = "text")]
    pub(crate) format: CheckFormat,
    #[arg(long)]
    pub(crate) strict: bool,
}

#[derive(Args)]
pub(crate) struct Settle {
    pub(crate) case: PathBuf,
    #[arg(long)]
    pub(crate) used: PathBuf,
    #[arg(long)]
    pub(crate) rates: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "table")]
    pub(crate) format: SettleFormat,
    #[arg(long, value_enum, default_value = "rfc4180")]
    pub(crate) csv_dialect: Dialect,
    #[command(flatten)]
    pub(crate) look: Look,
    #[arg(long)]
    pub(crate) strict: bool,
    #[command(flatten)]
    pub(crate) output: Output,
}

#[derive(Args)]
pub(crate) struct Init {
    pub(crate) file: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "bpa")]
    pub(crate) scheme: SchemeArg,
    #[arg(long, default_value = "2025", value_parser = embedded_year)]
    pub(crate) year: u16,
    #[arg(long, default_value = bpa::case::template::SCHEMA_FILE)]
    pub(crate) schema: String,
}

#[derive(Args)]
pub(crate) struct RatesCmd {
    #[arg(value_parser = rates_arg)]
    pub(crate) table: Option<RatesArg>,
    #[arg(long, value_enum, default_value = "table")]
    pub(crate) format: RatesFormat,
    #[command(flatten)]
    pub(crate) look: Look,
}

#[derive(Args)]
pub(crate) struct Diff {
    pub(crate) case: PathBuf,
    pub(crate) other: Option<PathBuf>,
    #[arg(long, requires = "to", value_parser = rates_arg)]
    pub(crate) from: Option<RatesArg>,
    #[arg(long, requires = "from", value_parser = rates_arg)]
    pub(crate) to: Option<RatesArg>,
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub(crate) rates: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "table")]
    pub(crate) format: DiffFormat,
    #[command(flatten)]
    pub(crate) look: Look,
    #[arg(long, value_enum, default_value = "rfc4180")]
    pub(crate) csv_dialect: Dialect,
    #[arg(long)]
    pub(crate) strict: bool,
    #[command(flatten)]
    pub(crate) output: Output,
}

#[derive(Args)]
pub(crate) struct Regulate {
    pub(crate) case: PathBuf,
    #[arg(long, value_parser = day_arg)]
    pub(crate) date: chrono::NaiveDate,
    #[arg(long, value_parser = rates_arg)]
    pub(crate) to: RatesArg,
    #[arg(long, value_parser = rates_arg)]
    pub(crate) from: Option<RatesArg>,
    #[arg(long, value_enum, default_value = "table")]
    pub(crate) format: RegulateFormat,
    #[arg(long, value_enum, default_value = "rfc4180")]
    pub(crate) csv_dialect: Dialect,
    #[command(flatten)]
    pub(crate) look: Look,
    #[command(flatten)]
    pub(crate) output: Output,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum RegulateFormat {
    Table,
    Json,
    Csv,
}

/// A calendar day as `YYYY-MM-DD`.
pub(crate) fn day_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a day; give a date as YYYY-MM-DD, such as 2025-04-01"))
}

/// A side's rates in `bpa diff`: a grant year, or a rate table file.
#[derive(Clone, Debug)]
pub(crate) enum RatesArg {
    Year(u16),
    File(PathBuf),
}

pub(crate) fn rates_arg(s: &str) -> Result<RatesArg, String> {
    if s.chars().all(|c| c.is_ascii_digit()) {
        embedded_year(s).map(RatesArg::Year)
    } else {
        Ok(RatesArg::File(PathBuf::from(s)))
    }
}

/// A grant year with an embedded rate table.
pub(crate) fn embedded_year(s: &str) -> Result<u16, String> {
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

impl Command {
    /// The command's language and table layout, for the global `--lang`.
    pub(crate) fn look_mut(&mut self) -> Option<&mut Look> {
        match self {
            Command::Calc(a) => Some(&mut a.look),
            Command::Settle(a) => Some(&mut a.look),
            Command::Rates(a) => Some(&mut a.look),
            Command::Diff(a) => Some(&mut a.look),
            Command::Regulate(a) => Some(&mut a.look),
            _ => None,
        }
    }
}
