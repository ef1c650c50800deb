//! Every text `--help`, the completion scripts and the manual show, in
//! Danish and in English: the global `--lang` picks one, Danish by default as
//! the output is. Clap's own words (headings, "Usage", the help flag) are
//! replaced too, and an option's values and default are written in its text,
//! so a help page is in one language only.

use clap::{Arg, ArgAction, CommandFactory};

use bpa::report::Lang;

use super::args::Cli;

/// A text in both languages.
type Both = (&'static str, &'static str);

/// Each command's description (`COMMAND`) and each argument's help
/// (`COMMAND ARG`, by the argument's id; `* ARG` for every command).
pub(crate) const TEXTS: &[(&str, Both)] = &[
    (
        "bpa",
        (
            "Tilskud til borgerstyret personlig assistance (BPA, SEL § 96) og kontant tilskud (SEL § 95): budget, bilag til afgørelsen, årsopgørelse og regulering",
            "Grants for citizen-controlled personal assistance (BPA, SEL § 96) and cash grants for hiring helpers (SEL § 95): budget, decision attachment, yearly account and regulation",
        ),
    ),
    (
        "calc",
        (
            "Beregn tilskuddet for én sag: budgettet som tabeller eller JSON, bilaget til afgørelsen (HTML, Markdown) eller et regneark",
            "Calculate the grant for one case: the budget as tables or JSON, the decision attachment (HTML, Markdown) or a workbook",
        ),
    ),
    (
        "batch",
        (
            "Beregn mange sager: én række pr. sag som CSV, JSON-linjer eller regneark, til scripts og regneark",
            "Calculate many cases: one row per case as CSV, JSON lines or a workbook, for scripts and spreadsheets",
        ),
    ),
    (
        "check",
        (
            "Læs og kontrollér sager: sagsfilen, dens satstabel, afvigelser og hjælpere; der laves intet budget",
            "Read and validate cases: the case file, its rate table, overrides and helpers; no budget is made",
        ),
    ),
    (
        "settle",
        (
            "Årsopgørelsen: bevilgede mod forbrugte timer, tilbagebetaling eller overførsel (BEK §§ 14–15)",
            "The yearly account: granted against used hours, repayment or carry-over (BEK §§ 14–15)",
        ),
    ),
    (
        "init",
        (
            "Skriv en kommenteret skabelon til en sag med hver nøgle, dens betydning og hjemmel",
            "Write a commented template case with every key, its meaning and legal ground",
        ),
    ),
    (
        "schema",
        (
            "Skriv et JSON Schema (draft 2020-12) for en slags fil, til fuldførelse i en editor og kontrol i scripts: `bpa schema case > bpa-case.schema.json`",
            "Print a JSON Schema (draft 2020-12) of a kind of file, for completion in an editor and checks in scripts: `bpa schema case > bpa-case.schema.json`",
        ),
    ),
    (
        "schema kind",
        (
            "Slags fil: case (en sag), rates (en satstabel) eller used (forbrugte timer)",
            "The kind of file: case, rates (a rate table) or used (used hours)",
        ),
    ),
    (
        "init schema",
        (
            "Skemaet, som linjen #:schema øverst peger en editor på: en sti i forhold til sagsfilen eller en URL (standard: ./bpa-case.schema.json)",
            "The schema the #:schema line at the top points an editor at: a path relative to the case file, or a URL (default: ./bpa-case.schema.json)",
        ),
    ),
    (
        "rates",
        (
            "Vis de indbyggede satstabeller, eller én tabel: hvert tal med kilde, og om det er verificeret",
            "List the embedded rate tables, or show one: every figure with its source, and whether it is verified",
        ),
    ),
    (
        "diff",
        (
            "Sammenlign budgetter linje for linje: to bevillingsår, to sagsfiler, sidste afgørelse (`[previous]`) eller to mapper; viser, om ændringen skal varsles (SEL § 3 a)",
            "Compare budgets line by line: two grant years, two case files, the last decision (`[previous]`) or two folders; shows whether the change needs notice (SEL § 3 a)",
        ),
    ),
    (
        "regulate",
        (
            "Regulér tilskuddet fra en dato på nye satser (BEK § 3 stk. 1; VEJ pkt. 97–98): måned for måned, den nye månedlige udbetaling og forskellen resten af perioden",
            "Regulate the grant from a date on new rates (BEK § 3 stk. 1; VEJ pkt. 97–98): month by month, the new monthly payment and the difference for the rest of the period",
        ),
    ),
    (
        "completions",
        (
            "Skriv et script, der fuldfører kommandoer og tilvalg i skallen",
            "Print a script that completes commands and options in the shell",
        ),
    ),
    (
        "man",
        (
            "Skriv en manualside (roff): bpa(1), eller bpa-KOMMANDO(1) for én kommando",
            "Print a manual page (roff): bpa(1), or bpa-COMMAND(1) for one command",
        ),
    ),
    (
        "help",
        (
            "Vis denne hjælp eller hjælpen til en kommando",
            "Print this help or the help of a command",
        ),
    ),
    ("* help", ("Vis hjælp", "Print help")),
    ("* version", ("Vis versionen", "Print the version")),
    (
        "* lang",
        (
            "da (standard) eller en: sproget i udskriften, i dens tal (1.234,56 eller 1,234.56) og i denne hjælp",
            "da (default) or en: the language of the output, of its numbers (1.234,56 or 1,234.56) and of this help",
        ),
    ),
    (
        "* width",
        (
            "Bryd tabeller ved så mange tegn (standard: terminalens bredde, 120 i et rør)",
            "Wrap tables at this many columns (default: the terminal's width, 120 in a pipe)",
        ),
    ),
    (
        "* borders",
        (
            "Tabelkanter: auto (standard: kun på en terminal), always eller never",
            "Table borders: auto (default: on a terminal only), always or never",
        ),
    ),
    (
        "* output",
        (
            "Skriv til denne fil (den oprettes eller erstattes) i stedet for standard output",
            "Write to this file (created or replaced) instead of standard output",
        ),
    ),
    (
        "* csv_dialect",
        (
            "Med --format csv: rfc4180 (standard): `,` mellem felter og `.` før decimaler; da: `;`, decimalkomma og UTF-8 med BOM, til et dansk regneark",
            "With --format csv: rfc4180 (default): `,` between fields and `.` before decimals; da: `;`, a decimal comma and UTF-8 with BOM, for a Danish spreadsheet",
        ),
    ),
    (
        "* rates_dir",
        (
            "En mappe med én satstabel pr. bevillingsår (2025.toml, 2026.toml …): hver sag tager sit års tabel",
            "A folder of rate tables, one per grant year (2025.toml, 2026.toml …): each case takes its year's table",
        ),
    ),
    (
        "* case",
        (
            "Sagsfilen (TOML); `-` læser den fra standard input",
            "The case file (TOML); `-` reads it from standard input",
        ),
    ),
    (
        "* rates",
        (
            "En satstabel i stedet for sagens egen (`rates`) eller den indbyggede for dens år; `-` læser den fra standard input",
            "A rate table instead of the case's own (`rates`) or the embedded one for its year; `-` reads it from standard input",
        ),
    ),
    (
        "calc year",
        (
            "Beregn på dette bevillingsårs satser i stedet for sagens `year`",
            "Calculate on this grant year's rates instead of the case's `year`",
        ),
    ),
    (
        "calc format",
        (
            "table (standard): tabeller; json: til scripts; html: bilaget til afgørelsen, én fil til skærm og A4; md: samme bilag som Markdown; xlsx: et regneark med levende formler (binært: giv -o FIL)",
            "table (default): tables; json: for scripts; html: the attachment to the decision letter, one file for screen and A4; md: the same attachment as Markdown; xlsx: a workbook with live formulas (binary: give -o FILE)",
        ),
    ),
    (
        "calc explain",
        (
            "Under hver linje: formlen med tallene, hjemlen og kilden til hver sats",
            "Under each line: the formula with its numbers, the legal ground and each rate's source",
        ),
    ),
    (
        "calc strict",
        (
            "Afslut med 1, når budgettet har advarsler, eller når bilaget eller regnearket (html, md, xlsx) ikke er klar til afsendelse (de åbne punkter står på stderr)",
            "Exit with 1 when the budget has warnings, or when the attachment or workbook (html, md, xlsx) is not ready to send (its open points are on stderr)",
        ),
    ),
    (
        "* paths",
        (
            "Sagsfiler og mapper, der gennemsøges for *.toml; `-` læser én sag fra standard input",
            "Case files, and folders searched for *.toml; `-` reads one case from standard input",
        ),
    ),
    (
        "batch rates",
        (
            "Én satstabel til alle sager; `-` læser den fra standard input",
            "One rate table for every case; `-` reads it from standard input",
        ),
    ),
    (
        "batch year",
        (
            "Beregn alle sager på dette bevillingsårs satser",
            "Calculate every case on this grant year's rates",
        ),
    ),
    (
        "batch jobs",
        (
            "Sager, der beregnes samtidig (standard: antallet af kerner); udskriften er den samme",
            "Cases calculated at once (default: the number of CPU cores); the output is the same",
        ),
    ),
    (
        "batch format",
        (
            "csv (standard): én række pr. sag; json: én JSON-linje pr. sag; xlsx: et regneark med én række pr. sag (binært: giv -o FIL, fx -o budgetter.xlsx)",
            "csv (default): one row per case; json: one JSON line per case; xlsx: a workbook with one row per case (binary: give -o FILE, e.g. -o budgets.xlsx)",
        ),
    ),
    (
        "batch strict",
        (
            "Afslut med 1, når en sag har advarsler, eller to sager har samme id (med --settle: når en opgørelse har advarsler, også et overforbrug eller et beløb med tre decimaler i filen med forbrugte timer)",
            "Exit with 1 when a case has warnings or two cases have the same id (with --settle: when an account has warnings, also an overspend or an amount with three decimals in the used-hours file)",
        ),
    ),
    (
        "batch settle",
        (
            "Årsopgørelsen for hver sag mod NAVN.used.toml ved siden af NAVN.toml; en sag uden den springes over",
            "The yearly account of each case against NAME.used.toml beside NAME.toml; a case without one is skipped",
        ),
    ),
    (
        "check rates",
        (
            "Én satstabel til alle sager; `-` læser den fra standard input",
            "One rate table for every case; `-` reads it from standard input",
        ),
    ),
    (
        "check year",
        (
            "Kontrollér alle sager mod dette bevillingsårs satstabel",
            "Check every case against this grant year's rate table",
        ),
    ),
    (
        "check jobs",
        (
            "Sager, der læses samtidig (standard: antallet af kerner); udskriften er den samme",
            "Cases read at once (default: the number of CPU cores); the output is the same",
        ),
    ),
    (
        "check format",
        (
            "text (standard): `FIL: ok` for hver gyldig sag; json: ét JSON-objekt pr. sag, også de ugyldige",
            "text (default): `FILE: ok` for each valid case; json: one JSON object per case, the invalid ones too",
        ),
    ),
    (
        "check strict",
        (
            "Afslut med 1 ved en advarsel fundet ved læsningen (et beløb skrevet som 12.000), eller når to sager har samme id",
            "Exit with 1 on a warning found when reading a case (an amount written as 12.000), or when two cases have the same id",
        ),
    ),
    (
        "settle used",
        (
            "De forbrugte timer pr. tidsrum og udgifterne efter regning (TOML); `-` læser dem fra standard input",
            "The hours used by band and the after-invoice costs (TOML); `-` reads them from standard input",
        ),
    ),
    (
        "settle format",
        (
            "table (standard); json; csv: én række med kolonnerne fra `batch --settle`",
            "table (default); json; csv: one row with the columns of `batch --settle`",
        ),
    ),
    (
        "settle strict",
        (
            "Afslut med 1, når opgørelsen har advarsler: et overforbrug eller et beløb skrevet med tre decimaler i sagen eller i filen med forbrugte timer",
            "Exit with 1 when the account has warnings: an overspend, or an amount written with three decimals in the case or the used-hours file",
        ),
    ),
    (
        "init file",
        (
            "Skriv til denne fil (aldrig over en eksisterende); uden den, eller med `-`: standard output",
            "Write to this file (never over an existing one); without it, or with `-`: standard output",
        ),
    ),
    (
        "init scheme",
        (
            "Ordningen: bpa (standard; SEL § 96), kt (SEL § 95 stk. 2) eller kt-relative (SEL § 95 stk. 3)",
            "The scheme: bpa (default; SEL § 96), kt (SEL § 95 stk. 2) or kt-relative (SEL § 95 stk. 3)",
        ),
    ),
    (
        "init year",
        (
            "Bevillingsåret (standard: 2025)",
            "The grant year (default: 2025)",
        ),
    ),
    (
        "rates table",
        (
            "Et bevillingsår eller en satstabel, vist efter `extends`; `-` læser den fra standard input; uden: de indbyggede tabeller",
            "A grant year or a rate table file, shown after `extends`; `-` reads it from standard input; without: the embedded tables",
        ),
    ),
    (
        "rates format",
        ("table (standard) eller json", "table (default) or json"),
    ),
    (
        "diff case",
        (
            "Sagsfilen (den gamle, når ANDEN er givet), eller en mappe med sager; `-` læser den fra standard input",
            "The case file (the old one when OTHER is given), or a folder of cases; `-` reads it from standard input",
        ),
    ),
    (
        "diff other",
        (
            "Den nye sagsfil; med en mappe: mappen med de nye udgaver",
            "The new case file; with a folder, the folder of the new versions",
        ),
    ),
    (
        "* from",
        (
            "Gamle satser: et bevillingsår eller en satstabel",
            "Old rates: a grant year or a rate table file",
        ),
    ),
    (
        "* to",
        (
            "Nye satser: et bevillingsår eller en satstabel",
            "New rates: a grant year or a rate table file",
        ),
    ),
    (
        "diff rates",
        (
            "En satstabel til begge sider, når --from og --to ikke er givet",
            "A rate table for both sides, when --from and --to are not given",
        ),
    ),
    (
        "diff format",
        (
            "table (standard); json; html: de to budgetter side om side til print, linje for linje gammelt → nyt med vurderingen efter SEL § 3 a; md: det samme som Markdown; csv: én række pr. sag (kun for mapper)",
            "table (default); json; html: the two budgets side by side for print, line by line old → new with the verdict under SEL § 3 a; md: the same as Markdown; csv: one row per case (folders only)",
        ),
    ),
    (
        "diff strict",
        (
            "Afslut med 1, når timer eller tilskud falder (varsel efter SEL § 3 a), eller ved en advarsel fundet ved læsningen af en sag",
            "Exit with 1 when hours or the grant fall (notice under SEL § 3 a), or on a warning found when reading a case",
        ),
    ),
    (
        "regulate case",
        (
            "Sagsfilen, eller en mappe med sager (én række pr. sag)",
            "The case file, or a folder of cases (one row per case)",
        ),
    ),
    (
        "regulate date",
        (
            "Den første dag på de nye satser (ÅÅÅÅ-MM-DD), i bevillingsåret og senest periodens sidste dag",
            "The first day on the new rates (YYYY-MM-DD), in the grant year and at the latest the period's last day",
        ),
    ),
    (
        "regulate from",
        (
            "Gamle satser: et bevillingsår eller en satstabel (standard: sagens egne, som calc tager dem)",
            "Old rates: a grant year or a rate table file (default: the case's own, as calc takes them)",
        ),
    ),
    (
        "regulate format",
        (
            "table (standard) eller json for én sag; table, csv eller json (JSON-linjer) for en mappe",
            "table (default) or json for one case; table, csv or json (JSON lines) for a folder",
        ),
    ),
    (
        "completions shell",
        (
            "Skallen: bash, zsh, fish, powershell eller elvish",
            "The shell: bash, zsh, fish, powershell or elvish",
        ),
    ),
    (
        "man command",
        (
            "En kommandos egen side, bpa-KOMMANDO(1); uden: bpa(1)",
            "A command's own page, bpa-COMMAND(1); without it: bpa(1)",
        ),
    ),
];

/// The placeholder of each argument's value, by id, in both languages.
const VALUE_NAMES: &[(&str, Both)] = &[
    ("case", ("SAG", "CASE")),
    ("paths", ("STI", "PATH")),
    ("rates", ("FIL", "FILE")),
    ("rates_dir", ("MAPPE", "DIR")),
    ("year", ("ÅR", "YEAR")),
    ("format", ("FORMAT", "FORMAT")),
    ("lang", ("SPROG", "LANG")),
    ("width", ("BREDDE", "WIDTH")),
    ("borders", ("KANTER", "BORDERS")),
    ("output", ("FIL", "FILE")),
    ("jobs", ("ANTAL", "N")),
    ("csv_dialect", ("DIALEKT", "DIALECT")),
    ("used", ("FIL", "FILE")),
    ("table", ("ÅR|FIL", "YEAR|FILE")),
    ("other", ("ANDEN", "OTHER")),
    ("from", ("SATSER", "RATES")),
    ("to", ("SATSER", "RATES")),
    ("date", ("DATO", "DATE")),
    ("file", ("FIL", "FILE")),
    ("scheme", ("ORDNING", "SCHEME")),
    ("shell", ("SKAL", "SHELL")),
    ("command", ("KOMMANDO", "COMMAND")),
    ("kind", ("SLAGS", "KIND")),
    ("schema", ("STI", "PATH")),
];

/// The text for a key, in a language; `None` when the table has none.
pub(crate) fn text(key: &str, lang: Lang) -> Option<&'static str> {
    TEXTS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, both)| pick(*both, lang))
}

fn pick((da, en): Both, lang: Lang) -> &'static str {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// An argument's help in a command: its own text, else the one every
/// command shares.
fn arg_text(command: &str, id: &str, lang: Lang) -> &'static str {
    text(&format!("{command} {id}"), lang)
        .or_else(|| text(&format!("* {id}"), lang))
        .unwrap_or_default()
}

fn value_name(id: &str, lang: Lang) -> Option<&'static str> {
    VALUE_NAMES
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, both)| pick(*both, lang))
}

/// The language asked for with `--lang` anywhere on the command line, read
/// before clap parses it, so that `--help` and the errors use it.
pub(crate) fn lang_of(args: impl IntoIterator<Item = std::ffi::OsString>) -> Lang {
    let mut args = args.into_iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => continue,
        };
        if value.as_deref() == Some("en") {
            return Lang::En;
        }
    }
    Lang::Da
}

/// The whole command line with every text in one language, built (so that
/// a usage line can be rendered), as `--help`, the completion scripts and the
/// manual show it.
pub(crate) fn command(lang: Lang) -> clap::Command {
    let mut cmd = dress(Cli::command(), "bpa", lang);
    cmd.build();
    // `bpa help [COMMAND]`, which clap makes as the command is built.
    let help = |h: clap::Command| {
        let h = h.about(text("help", lang).unwrap_or_default());
        match lang {
            Lang::Da => danish_headings(h),
            Lang::En => h,
        }
    };
    cmd = cmd.mut_subcommand("help", help);
    if lang == Lang::Da {
        danish_usage(&mut cmd);
    }
    cmd
}

/// A command and its subcommands with the texts of `lang`.
fn dress(cmd: clap::Command, key: &str, lang: Lang) -> clap::Command {
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help);
    let mut cmd = cmd
        .about(text(key, lang).unwrap_or_default())
        .disable_help_flag(true)
        .arg(help);
    if key == "bpa" {
        let version = Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version);
        cmd = cmd.disable_version_flag(true).arg(version);
    }
    cmd = cmd.mut_args(|a| dress_arg(a, key, lang));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |s| dress(s, &name, lang));
    }
    match lang {
        Lang::Da => danish_headings(cmd),
        Lang::En => cmd,
    }
}

/// Clap's headings in Danish: the usage line's and the commands'.
fn danish_headings(cmd: clap::Command) -> clap::Command {
    cmd.help_template("{about-with-newline}\nBrug: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Kommandoer")
        .subcommand_value_name("KOMMANDO")
}

/// An argument with its help, its placeholder, and its values and default
/// left to the help text (clap would write them in English).
fn dress_arg(arg: Arg, command: &str, lang: Lang) -> Arg {
    let id = arg.get_id().to_string();
    let mut arg = arg.help(arg_text(command, &id, lang));
    if arg.get_action().takes_values() {
        arg = arg.hide_possible_values(true).hide_default_value(true);
        if let Some(name) = value_name(&id, lang) {
            arg = arg.value_name(name);
        }
    }
    if lang == Lang::Da {
        let heading = if arg.is_positional() {
            "Argumenter"
        } else {
            "Tilvalg"
        };
        arg = arg.help_heading(heading);
    }
    arg
}

/// Clap writes `[OPTIONS]` in every usage line: in Danish it is `[TILVALG]`.
fn danish_usage(cmd: &mut clap::Command) {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .replace("[OPTIONS]", "[TILVALG]");
    *cmd = std::mem::take(cmd).override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        danish_usage(sub);
    }
}

/// The values an argument takes, for the tests that each is in its text.
#[cfg(test)]
fn values(arg: &Arg) -> Vec<String> {
    arg.get_possible_values()
        .iter()
        .map(clap::builder::PossibleValue::get_name)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument in both languages, and no text for
    /// anything that is not there.
    #[test]
    fn every_command_and_argument_has_a_text_in_both_languages() {
        let mut used = std::collections::HashSet::new();
        for lang in [Lang::Da, Lang::En] {
            let cmd = command(lang);
            let mut all = vec![(String::from("bpa"), &cmd)];
            all.extend(cmd.get_subcommands().map(|s| (s.get_name().to_string(), s)));
            for (name, c) in all {
                assert!(
                    c.get_about().is_some_and(|a| !a.to_string().is_empty()),
                    "{name}"
                );
                used.insert(name.clone());
                for arg in c.get_arguments() {
                    let id = arg.get_id().as_str();
                    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                    assert!(!help.is_empty(), "{name} {id}");
                    let own = format!("{name} {id}");
                    used.insert(if text(&own, lang).is_some() {
                        own
                    } else {
                        format!("* {id}")
                    });
                    // An option's values are named in its own text.
                    for value in values(arg) {
                        assert!(
                            help.contains(&value),
                            "{name} {id}: {value} not in `{help}`"
                        );
                    }
                }
            }
        }
        for (key, _) in TEXTS {
            assert!(used.contains(*key), "the text `{key}` is not used");
        }
    }

    #[test]
    fn the_language_is_found_anywhere_on_the_command_line() {
        let lang = |args: &[&str]| lang_of(args.iter().map(std::ffi::OsString::from));
        assert_eq!(lang(&["bpa", "calc", "--help"]), Lang::Da);
        assert_eq!(lang(&["bpa", "calc", "--help", "--lang", "en"]), Lang::En);
        assert_eq!(lang(&["bpa", "--lang=en", "batch", "--help"]), Lang::En);
        assert_eq!(lang(&["bpa", "calc", "--lang", "da"]), Lang::Da);
    }
}
