//! The command line as typed: commands, options and their values (clap).

use std::io::{self, IsTerminal};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use bpa::rates::embedded_years;
use bpa::report::csv::Dialect;
use bpa::report::schema::Kind as SchemaKind;
use bpa::report::{Lang, table};
use bpa::runs::batch::RunOptions;

/// Table width when stdout is not a terminal.
pub(crate) const PIPE_WIDTH: u16 = 120;

#[derive(Parser)]
#[command(
    name = "bpa",
    version,
    about = "Tilskud til BPA og kontant tilskud (serviceloven §§ 95–96)"
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Table,
    Json,
    /// Markdown: the decision attachment, as --format html (calc only)
    Md,
    /// HTML: the decision attachment, one self-contained file for print (calc only)
    Html,
    /// CSV rows, one per case (diff over folders only)
    Csv,
    /// Excel workbook with live formulas (calc only; binary, use -o or a redirect)
    Xlsx,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum RowFormat {
    /// One row per case (RFC 4180, or `--csv-dialect da`)
    Csv,
    /// One JSON object per line
    Json,
    /// Excel workbook: one sheet, a row per case (binary: redirect it to a file)
    Xlsx,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Borders {
    /// Borders on a terminal, none in a pipe or file
    Auto,
    Always,
    Never,
}

/// How a budget or a comparison is shown.
#[derive(Args)]
pub(crate) struct View {
    #[arg(long, value_enum, default_value = "table")]
    pub(crate) format: Format,
    #[command(flatten)]
    pub(crate) look: Look,
}

/// Language and table layout.
#[derive(Args)]
pub(crate) struct Look {
    #[arg(long, value_enum, default_value = "da")]
    pub(crate) lang: Lang,
    /// Wrap tables to this many columns (default: the terminal's width, 120 in a pipe)
    #[arg(long)]
    pub(crate) width: Option<u16>,
    /// Table borders
    #[arg(long, value_enum, default_value = "auto")]
    pub(crate) borders: Borders,
}

impl View {
    pub(crate) fn style(&self) -> table::Style {
        self.look.style()
    }
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
    /// One row with the `batch --settle` columns
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// `FILE: ok` for each valid case
    Text,
    /// One JSON object per case: id, file, year, scheme, employer, rates, error
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
    /// Case files, and folders searched for `*.toml` files; `-` for standard input
    #[arg(required = true)]
    pub(crate) paths: Vec<PathBuf>,
    /// One rate table file for every case (`-` for standard input)
    #[arg(long)]
    pub(crate) rates: Option<PathBuf>,
    /// A folder of rate tables, one per grant year (`2025.toml`, `2026.toml`, or any
    /// names, each table giving its `year`): each case takes its year's table
    #[arg(long, conflicts_with = "rates", value_name = "DIR")]
    pub(crate) rates_dir: Option<PathBuf>,
    /// Calculate every case on this grant year's rates
    #[arg(long)]
    pub(crate) year: Option<u16>,
    /// Cases calculated at once (default: the number of CPU cores)
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
        /// Write the output to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
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
    Init(InitArgs),
    /// Print a JSON Schema (draft 2020-12) of a kind of file, for editor
    /// completion and for validating files in scripts: `bpa schema case > bpa-case.schema.json`
    Schema {
        /// The kind of file
        #[arg(value_enum)]
        kind: SchemaKind,
        /// The language of the descriptions
        #[arg(long, value_enum, default_value = "da")]
        lang: Lang,
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
        /// The case file (the old one when OTHER is given), or a folder of cases
        case: PathBuf,
        /// A second case file: the new one; with a folder, the folder of new versions
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
        /// With --format csv: `da` for `;`, decimal comma and BOM
        #[arg(long, value_enum, default_value = "rfc4180")]
        csv_dialect: Dialect,
        /// Exit with 1 when hours or the grant fall (notice under SEL § 3 a)
        #[arg(long)]
        strict: bool,
    },
    /// Regulate a case's grant from a date on new rates (BEK § 3 stk. 1; VEJ pkt.
    /// 97–98): month by month the old payment against the new, the new monthly
    /// payment and the difference for the rest of the year
    Regulate {
        /// The case file, or a folder of cases (one row per case)
        case: PathBuf,
        /// The first day on the new rates (YYYY-MM-DD), in the grant year up to the end of the period
        #[arg(long, value_parser = day_arg)]
        date: chrono::NaiveDate,
        /// New rates: a grant year or a rate table file
        #[arg(long, value_parser = rates_arg)]
        to: RatesArg,
        /// Old rates: a grant year or a rate table file (default: the case's own, as `calc` takes them)
        #[arg(long, value_parser = rates_arg)]
        from: Option<RatesArg>,
        /// `table` or `json` for a case; `table`, `csv` or `json` (JSON lines) for a folder
        #[arg(long, value_enum, default_value = "table")]
        format: RegulateFormat,
        /// With --format csv: `da` for `;`, decimal comma and BOM
        #[arg(long, value_enum, default_value = "rfc4180")]
        csv_dialect: Dialect,
        #[command(flatten)]
        look: Look,
    },
    /// Print a shell completion script: `bpa completions bash > /etc/bash_completion.d/bpa`
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff): `bpa man > bpa.1`, `bpa man calc > bpa-calc.1`
    Man {
        /// A command's own page (bpa-COMMAND(1)); without it, bpa(1)
        command: Option<String>,
    },
}

/// `bpa init`: where the template goes, its scheme and year, and the schema
/// its `#:schema` line names.
#[derive(Args)]
pub(crate) struct InitArgs {
    /// Write to this file (never over an existing one); default or `-`: stdout
    pub(crate) file: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "bpa")]
    pub(crate) scheme: SchemeArg,
    /// The grant year
    #[arg(long, default_value = "2025", value_parser = embedded_year)]
    pub(crate) year: u16,
    /// The JSON Schema the `#:schema` line at the top points an editor at:
    /// a path relative to the case file, or a URL
    #[arg(long, default_value = bpa::case::template::SCHEMA_FILE, value_name = "PATH")]
    pub(crate) schema: String,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum RegulateFormat {
    Table,
    Json,
    /// One row per case (a folder only)
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
