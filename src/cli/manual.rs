//! `bpa man [COMMAND]`: the manual page of `bpa`, or of one command, in the
//! language of `--lang`: clap_mangen's sections from the same texts as
//! `--help`, then the exit status, examples (each runnable from the
//! project's folder) and the files `bpa` reads.

use std::process::ExitCode;

use clap_mangen::roff::{Roff, bold, roman};

use bpa::report::Lang;

use super::help;
use super::out::{EXIT_USAGE, print, write_failed};

/// A text in both languages.
type Both = (&'static str, &'static str);

fn pick((da, en): Both, lang: Lang) -> &'static str {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// The exit codes, as the README's table has them.
const EXIT_STATUS: &[(&str, Both)] = &[
    (
        "0",
        (
            "Gennemført: beregnet, gyldig, sammenlignet, skrevet; også med advarsler uden --strict, og når læseren lukker røret.",
            "Success: calculated, valid, compared, written; also with warnings without --strict, and when the reader closes the pipe.",
        ),
    ),
    (
        "1",
        (
            "--strict og en advarsel: om en sag (også en fundet ved læsningen), et bilag, der ikke er klar til afsendelse (calc --format html, md, xlsx), to sager med samme id, en nedsættelse (diff) eller en advarsel i årsopgørelsen (settle: et overforbrug eller et beløb med tre decimaler).",
            "--strict and a warning: about a case (also one found when reading it), an attachment not ready to send (calc --format html, md, xlsx), two cases with the same id, a reduction (diff) or a warning of the yearly account (settle: an overspend, or an amount with three decimals).",
        ),
    ),
    (
        "2",
        (
            "Forkert brug: en ukendt kommando eller et ukendt tilvalg, et manglende argument, et format kommandoen ikke skriver, --year uden en satstabel til året, diff uden noget at sammenligne, `-` givet to gange.",
            "Usage: an unknown command or option, a missing argument, a format the command does not write, --year without a rate table for the year, diff with nothing to compare, `-` given twice.",
        ),
    ),
    (
        "65",
        (
            "Ugyldigt input: en sag, en forbrugsfil eller en satstabel, der mangler, ikke kan læses eller ikke er gyldig; i en kørsel over mange sager mindst én sag, der fejlede (de andre skrives stadig).",
            "Invalid input: a case, a used-hours file or a rate table that is missing, cannot be read or is not valid; in a run over many cases at least one case that failed (the others are still written).",
        ),
    ),
    (
        "73",
        (
            "En fil kan ikke oprettes: init FIL (aldrig over en eksisterende fil) eller -o FIL.",
            "A file cannot be created: init FILE (never over an existing file) or -o FILE.",
        ),
    ),
    (
        "74",
        (
            "Udskriften kunne ikke skrives (fx en fuld disk).",
            "The output could not be written (a full disk, for instance).",
        ),
    ),
];

/// Each page's examples: the command line and what it does. Every one runs
/// from the project's folder (`tests/completions.rs`).
const EXAMPLES: &[(&str, &str, Both)] = &[
    (
        "bpa",
        "bpa calc examples/kt-30h.toml",
        (
            "budgettet for én sag som tabeller",
            "one case's budget as tables",
        ),
    ),
    (
        "bpa",
        "bpa batch examples -o budgetter.csv",
        (
            "én CSV-række pr. sag i mappen",
            "one CSV row per case in the folder",
        ),
    ),
    (
        "bpa",
        "bpa man calc > bpa-calc.1",
        ("manualsiden for calc", "the manual page of calc"),
    ),
    (
        "calc",
        "bpa calc examples/kt-30h.toml",
        ("budgettet som tabeller", "the budget as tables"),
    ),
    (
        "calc",
        "bpa calc examples/kt-30h.toml --explain",
        (
            "med formlen, hjemlen og kilderne under hver linje",
            "with the formula, legal ground and sources under each line",
        ),
    ),
    (
        "calc",
        "bpa calc examples/kt-30h.toml --format html -o bilag.html",
        (
            "bilaget til afgørelsen",
            "the attachment to the decision letter",
        ),
    ),
    (
        "calc",
        "bpa calc examples/kt-30h.toml --format xlsx -o budget.xlsx",
        (
            "et regneark med levende formler",
            "a workbook with live formulas",
        ),
    ),
    (
        "calc",
        "bpa calc examples/kt-30h.toml --year 2026 --format json",
        (
            "samme sag på næste års satser, til scripts",
            "the same case on next year's rates, for scripts",
        ),
    ),
    (
        "calc",
        "bpa calc - < examples/kt-30h.toml",
        (
            "sagen læst fra standard input",
            "the case read from standard input",
        ),
    ),
    (
        "batch",
        "bpa batch examples -o budgetter.csv",
        ("én CSV-række pr. sag", "one CSV row per case"),
    ),
    (
        "batch",
        "bpa batch examples --csv-dialect da -o budgetter.csv",
        ("til et dansk regneark", "for a Danish spreadsheet"),
    ),
    (
        "batch",
        "bpa batch examples --format xlsx -o budgetter.xlsx",
        (
            "et regneark med én række pr. sag",
            "a workbook with one row per case",
        ),
    ),
    (
        "batch",
        "bpa batch examples --format json",
        ("JSON-linjer", "JSON lines"),
    ),
    (
        "batch",
        "bpa batch examples --settle",
        (
            "årsopgørelsen for hver sag med en NAVN.used.toml",
            "the yearly account of each case with a NAME.used.toml",
        ),
    ),
    (
        "check",
        "bpa check examples",
        (
            "`FIL: ok` for hver gyldig sag",
            "`FILE: ok` for each valid case",
        ),
    ),
    (
        "check",
        "bpa check examples --format json --strict",
        (
            "ét JSON-objekt pr. sag; afslut med 1 ved en advarsel",
            "one JSON object per case; exit 1 on a warning",
        ),
    ),
    (
        "settle",
        "bpa settle examples/bpa-settlement.toml --used examples/bpa-settlement.used.toml",
        ("årsopgørelsen for én sag", "the yearly account of one case"),
    ),
    (
        "settle",
        "bpa settle examples/bpa-settlement.toml --used - < examples/bpa-settlement.used.toml",
        (
            "de forbrugte timer læst fra standard input",
            "the used hours read from standard input",
        ),
    ),
    (
        "settle",
        "bpa settle examples/bpa-settlement.toml --used examples/bpa-settlement.used.toml --format csv --csv-dialect da",
        (
            "én række til et dansk regneark",
            "one row for a Danish spreadsheet",
        ),
    ),
    (
        "init",
        "bpa init --scheme kt sag.toml",
        (
            "en skabelon til en KT-sag i en ny fil",
            "a template for a KT case in a new file",
        ),
    ),
    (
        "init",
        "bpa init > sag.toml",
        ("en skabelon til en BPA-sag", "a template for a BPA case"),
    ),
    (
        "schema",
        "bpa schema case > bpa-case.schema.json",
        (
            "skemaet, som bpa init's #:schema-linje peger på",
            "the schema bpa init's #:schema line points at",
        ),
    ),
    (
        "rates",
        "bpa rates",
        ("de indbyggede satstabeller", "the embedded rate tables"),
    ),
    (
        "rates",
        "bpa rates 2025",
        (
            "hvert tal i 2025-tabellen med kilde",
            "every figure of the 2025 table with its source",
        ),
    ),
    (
        "rates",
        "bpa rates examples/rates/kommune-2025.toml",
        (
            "en kommunes tabel efter extends",
            "a municipality's table after extends",
        ),
    ),
    (
        "diff",
        "bpa diff examples/kt-30h.toml",
        (
            "mod sidste afgørelse i [previous]",
            "against the last decision in [previous]",
        ),
    ),
    (
        "diff",
        "bpa diff examples/bpa-24h-company.toml --from 2024 --to 2025",
        ("to bevillingsårs satser", "two grant years' rates"),
    ),
    (
        "diff",
        "bpa diff examples/exercises/atp-2-helpers.toml examples/exercises/atp-3-helpers.toml",
        ("to sagsfiler", "two case files"),
    ),
    (
        "diff",
        "bpa diff examples/exercises/atp-2-helpers.toml examples/exercises/atp-3-helpers.toml --format html -o sammenligning.html",
        (
            "de to budgetter side om side til print",
            "the two budgets side by side for print",
        ),
    ),
    (
        "regulate",
        "bpa regulate examples/kt-30h.toml --date 2025-11-01 --from examples/regulation/decided-january.toml --to examples/regulation/from-november.toml",
        ("nye satser fra 1. november", "new rates from 1 November"),
    ),
    (
        "completions",
        "bpa completions bash > bpa.bash",
        (
            "til ~/.local/share/bash-completion/completions/bpa",
            "for ~/.local/share/bash-completion/completions/bpa",
        ),
    ),
    (
        "completions",
        "bpa completions zsh > _bpa",
        ("til en mappe i $fpath", "for a folder in $fpath"),
    ),
    ("man", "bpa man > bpa.1", ("denne side", "this page")),
    (
        "man",
        "bpa man calc --lang en > bpa-calc.1",
        ("calc's side på engelsk", "calc's page in English"),
    ),
];

/// The files `bpa` reads.
const FILES: &[(&str, Both)] = &[
    (
        "SAG.toml",
        (
            "En sagsfil (TOML), én pr. borger; bpa init skriver en skabelon.",
            "A case file (TOML), one per citizen; bpa init writes a template.",
        ),
    ),
    (
        "NAVN.used.toml",
        (
            "De forbrugte timer ved siden af sagen NAVN.toml, til settle og batch --settle.",
            "The used hours beside the case NAME.toml, for settle and batch --settle.",
        ),
    ),
    (
        "rates/ÅR.toml",
        (
            "En satstabel (TOML, fx extends = \"2025\"): givet med --rates, nævnt i sagens rates (i forhold til sagsfilen) eller én pr. år i --rates-dir; ellers den indbyggede tabel for sagens år (bpa rates).",
            "A rate table (TOML, e.g. extends = \"2025\"): given with --rates, named in the case's rates (relative to the case file) or one per year in --rates-dir; else the embedded table for the case's year (bpa rates).",
        ),
    ),
    (
        "-",
        (
            "Standard input, hvor en fil tages; i meddelelser kaldet <stdin>.",
            "Standard input, wherever a file is taken; named <stdin> in messages.",
        ),
    ),
];

/// The section headings clap_mangen writes, and ours, in Danish.
const DANISH_HEADINGS: &[(&str, &str)] = &[
    ("NAME", "NAVN"),
    ("DESCRIPTION", "BESKRIVELSE"),
    ("OPTIONS", "TILVALG"),
    ("Kommandoer", "KOMMANDOER"),
    ("EXIT STATUS", "AFSLUTNINGSSTATUS"),
    ("EXAMPLES", "EKSEMPLER"),
    ("FILES", "FILER"),
];

/// `bpa man [COMMAND]`: the page as roff on stdout.
pub(crate) fn man(command: Option<&str>, lang: Lang) -> ExitCode {
    let cli = help::command(lang);
    let (page, key) = match command {
        None => (cli, "bpa"),
        Some(name) => match cli.find_subcommand(name) {
            Some(sub) => {
                let page = sub
                    .clone()
                    .name(format!("bpa-{name}"))
                    .version(env!("CARGO_PKG_VERSION"));
                (page, name)
            }
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
    match render(page, key, lang) {
        Ok(text) => print(&text),
        Err(e) => write_failed(&e),
    }
}

/// clap_mangen's sections, then the exit status, examples and files, then
/// the version.
fn render(page: clap::Command, key: &str, lang: Lang) -> std::io::Result<String> {
    let has_args = page.get_arguments().any(|a| !a.is_hide_set());
    let has_subcommands = page.has_subcommands();
    let man = clap_mangen::Man::new(page);
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if has_args {
        man.render_options_section(&mut out)?;
    }
    if has_subcommands {
        man.render_subcommands_section(&mut out)?;
    }
    out.extend(sections(key, lang).to_roff().into_bytes());
    man.render_version_section(&mut out)?;
    // Each section comes with roff's preamble (the `Aq` string): once is enough.
    let mut seen = std::collections::HashSet::new();
    let text: String = String::from_utf8_lossy(&out)
        .lines()
        .filter(|l| !l.contains(".ds Aq") || seen.insert(l.to_string()))
        .map(|l| format!("{l}\n"))
        .collect();
    Ok(match lang {
        Lang::En => text,
        Lang::Da => danish(&text),
    })
}

/// EXIT STATUS, EXAMPLES and FILES.
fn sections(key: &str, lang: Lang) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, text) in EXIT_STATUS {
        roff.control("TP", [])
            .text([bold(*code)])
            .text([roman(pick(*text, lang))]);
    }
    roff.control("SH", ["EXAMPLES"]);
    for (_, line, text) in EXAMPLES.iter().filter(|(k, ..)| *k == key) {
        roff.control("TP", [])
            .text([bold(*line)])
            .text([roman(pick(*text, lang))]);
    }
    roff.control("SH", ["FILES"]);
    for (file, text) in FILES {
        let file = match (lang, *file) {
            (Lang::En, "SAG.toml") => "CASE.toml",
            (Lang::En, "NAVN.used.toml") => "NAME.used.toml",
            (Lang::En, "rates/ÅR.toml") => "rates/YEAR.toml",
            (_, f) => f,
        };
        roff.control("TP", [])
            .text([bold(file)])
            .text([roman(pick(*text, lang))]);
    }
    roff
}

/// The section headings in Danish.
fn danish(page: &str) -> String {
    page.lines()
        .map(|line| {
            let Some(heading) = line.strip_prefix(".SH ") else {
                return line.to_string();
            };
            let bare = heading.trim_matches('"');
            let danish = DANISH_HEADINGS
                .iter()
                .find(|(en, _)| *en == bare)
                .map_or_else(|| bare.to_uppercase(), |(_, da)| (*da).to_string());
            if danish.contains(' ') {
                format!(".SH \"{danish}\"")
            } else {
                format!(".SH {danish}")
            }
        })
        .map(|line| line + "\n")
        .collect()
}
