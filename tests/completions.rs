//! `bpa completions SHELL`, `bpa man [COMMAND]` and `--help`: generated
//! from the same argument definitions and texts as the binary parses, so
//! every command and option is in them, in the language of `--lang`.

use std::process::{Command, Output};

fn bpa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .output()
        .expect("bpa runs")
}

const COMMANDS: [&str; 11] = [
    "calc",
    "batch",
    "check",
    "settle",
    "init",
    "schema",
    "rates",
    "diff",
    "regulate",
    "completions",
    "man",
];

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_shell_gets_a_script_naming_every_command_and_option() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = bpa(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(out.stdout).expect("UTF-8");
        for word in COMMANDS
            .iter()
            .chain(&["rates-dir", "csv-dialect", "settle", "explain"])
        {
            assert!(script.contains(word), "{shell}: no {word}");
        }
    }
    let out = bpa(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_bash_script_is_valid_bash() {
    let out = bpa(&["completions", "bash"]);
    let path = std::env::temp_dir().join(format!("bpa-completion-{}.bash", std::process::id()));
    std::fs::write(&path, &out.stdout).expect("write");
    let Ok(check) = Command::new("bash").arg("-n").arg(&path).output() else {
        // No bash on this machine: the generated script is checked elsewhere.
        return;
    };
    let _ = std::fs::remove_file(&path);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn the_manual_has_a_page_for_bpa_and_for_each_command() {
    let out = bpa(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(page.contains(".TH bpa 1"), "{page}");
    for command in COMMANDS {
        assert!(
            page.contains(&format!("bpa\\-{command}(1)")),
            "no {command} in bpa(1)"
        );
        let out = bpa(&["man", command]);
        assert_eq!(out.status.code(), Some(0), "{command}");
        let page = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(page.contains(&format!(".TH bpa-{command} 1")), "{page}");
    }
    let batch = String::from_utf8(bpa(&["man", "batch"]).stdout).expect("UTF-8");
    assert!(batch.contains("rates\\-dir"), "{batch}");
    let out = bpa(&["man", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("allowed: calc, batch"));
}

/// The commands `bpa --help` lists, in order.
fn listed_commands() -> Vec<String> {
    let help = text(&bpa(&["--help", "--lang", "en"]));
    help.split("Commands:\n")
        .nth(1)
        .expect("a Commands section")
        .lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn the_tests_and_the_readme_name_every_command() {
    assert_eq!(listed_commands(), COMMANDS);
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let loops: Vec<&str> = readme
        .lines()
        .filter(|l| l.starts_with("for c in") && l.contains("bpa man $c"))
        .collect();
    assert!(!loops.is_empty(), "no man-page loop in the README");
    for line in loops {
        let names: Vec<&str> = line["for c in".len()..]
            .split(';')
            .next()
            .expect("a list")
            .split_whitespace()
            .collect();
        assert_eq!(names, COMMANDS, "{line}");
    }
}

/// A manual page's section headings.
fn headings(page: &str) -> Vec<String> {
    page.lines()
        .filter_map(|l| l.strip_prefix(".SH "))
        .map(|h| h.trim_matches('"').to_string())
        .collect()
}

/// The codes of the README's table of exit codes.
fn readme_codes() -> Vec<String> {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let table = readme.split("### Exit codes\n").nth(1).expect("the table");
    let mut codes: Vec<String> = table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.split('|').nth(1))
        .map(str::trim)
        .filter(|c| c.parse::<u8>().is_ok())
        .map(str::to_string)
        .collect();
    codes.dedup();
    codes
}

#[test]
fn every_manual_page_has_exit_status_examples_and_files_in_its_language() {
    let codes = readme_codes();
    let pages = std::iter::once(None).chain(COMMANDS.iter().map(Some));
    for command in pages {
        for (lang, wanted) in [
            ("en", ["EXIT STATUS", "EXAMPLES", "FILES"]),
            ("da", ["AFSLUTNINGSSTATUS", "EKSEMPLER", "FILER"]),
        ] {
            let mut args = vec!["man", "--lang", lang];
            args.extend(command);
            let page = text(&bpa(&args));
            let found = headings(&page);
            for w in wanted {
                assert!(
                    found.iter().any(|h| h == w),
                    "{command:?} {lang}: no {w} in {found:?}"
                );
            }
            // The exit status lists the README's codes, in order.
            let status: Vec<String> = page
                .split(&format!(".SH \"{}\"", wanted[0]))
                .chain(page.split(&format!(".SH {}", wanted[0])).skip(1))
                .last()
                .and_then(|s| s.split("\n.SH ").next())
                .unwrap_or_default()
                .lines()
                .filter_map(|l| l.strip_prefix("\\fB").and_then(|l| l.strip_suffix("\\fR")))
                .map(str::to_string)
                .collect();
            assert_eq!(status, codes, "{command:?} {lang}");
            let examples = page
                .split(&format!(".SH {}", wanted[1]))
                .nth(1)
                .unwrap_or_default();
            assert!(
                examples.contains("\\fBbpa "),
                "{command:?} {lang}: no example"
            );
        }
    }
}

/// Every example of every manual page, as a command line.
fn manual_examples() -> Vec<String> {
    let pages = std::iter::once(None).chain(COMMANDS.iter().map(Some));
    let mut all = Vec::new();
    for command in pages {
        let mut args = vec!["man", "--lang", "en"];
        args.extend(command);
        let page = text(&bpa(&args));
        let section = page.split(".SH EXAMPLES\n").nth(1).expect("examples");
        let section = section.split("\n.SH ").next().unwrap_or_default();
        for line in section.lines() {
            if let Some(l) = line
                .strip_prefix("\\fB")
                .and_then(|l| l.strip_suffix("\\fR"))
            {
                all.push(l.replace("\\-", "-").replace("\\*(Aq", "'"));
            }
        }
    }
    all
}

#[test]
fn every_example_in_the_manual_runs() {
    // In a folder of its own with a copy of examples/, so files they write stay there.
    let dir = std::env::temp_dir().join(format!("bpa-manual-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let copied = Command::new("cp")
        .args(["-r", "examples"])
        .arg(&dir)
        .status()
        .expect("cp runs");
    assert!(copied.success());
    let examples = manual_examples();
    assert!(examples.len() >= 30, "{examples:?}");
    for line in examples {
        let rest = line
            .strip_prefix("bpa ")
            .expect("an example starts with bpa");
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "set -o pipefail; '{}' {rest}",
                env!("CARGO_BIN_EXE_bpa")
            ))
            .current_dir(&dir)
            .output()
            .expect("bash runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "`{line}`: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(dir.join("bilag.html").is_file() && dir.join("budgetter.xlsx").is_file());
}

/// Words only one of the languages has: a help page in one language has
/// none of the other's.
const ENGLISH: [&str; 8] = [
    " the ", " and ", " of ", " or ", "Usage:", "Options:", "Print", "(default",
];
const DANISH: [&str; 8] = [
    " og ",
    " eller ",
    " til ",
    " af ",
    "Brug:",
    "Tilvalg:",
    "Vis ",
    "(standard",
];

#[test]
fn every_help_page_is_in_the_language_of_lang() {
    let pages = std::iter::once(None).chain(COMMANDS.iter().map(Some));
    for command in pages {
        for (lang, own, other) in [("da", DANISH, ENGLISH), ("en", ENGLISH, DANISH)] {
            let mut args: Vec<&str> = command.into_iter().copied().collect();
            args.extend(["--help", "--lang", lang]);
            let help = text(&bpa(&args));
            assert!(
                own.iter().any(|w| help.contains(w)),
                "{command:?} {lang}: {help}"
            );
            for w in other {
                assert!(!help.contains(w), "{command:?} {lang}: `{w}` in\n{help}");
            }
        }
    }
}

#[test]
fn each_command_names_only_the_formats_it_writes() {
    let formats = ["table", "json", "md", "html", "csv", "xlsx", "text"];
    let writes: [(&str, &[&str]); 7] = [
        ("calc", &["table", "json", "md", "html", "xlsx"]),
        ("batch", &["csv", "json", "xlsx"]),
        ("check", &["text", "json"]),
        ("settle", &["table", "json", "csv"]),
        ("rates", &["table", "json"]),
        ("diff", &["table", "json", "md", "html", "csv"]),
        ("regulate", &["table", "json", "csv"]),
    ];
    for (command, own) in writes {
        for lang in ["da", "en"] {
            let help = text(&bpa(&[command, "--help", "--lang", lang]));
            let line = help
                .lines()
                .find(|l| l.trim_start().starts_with("--format"))
                .unwrap_or_else(|| panic!("{command}: no --format"));
            for f in formats {
                let named = line.contains(&format!("{f}:"))
                    || line.contains(&format!("{f} ("))
                    || line.contains(&format!("{f};"))
                    || line.contains(&format!("{f},"))
                    || line.contains(&format!(" {f} "))
                    || line.ends_with(f);
                assert_eq!(named, own.contains(&f), "{command} {lang}: {f} in `{line}`");
            }
            // And clap refuses the others.
            for f in formats.iter().filter(|f| !own.contains(f)) {
                let out = bpa(&[command, "x", "--format", f]);
                assert_eq!(out.status.code(), Some(2), "{command} --format {f}");
            }
        }
    }
}

#[test]
fn the_help_says_what_a_new_user_asks() {
    for (lang, stdin, workbook, calculates) in [
        (
            "da",
            "`-` læser dem fra standard input",
            "xlsx: et regneark",
            "beregn",
        ),
        (
            "en",
            "`-` reads them from standard input",
            "xlsx: a workbook",
            "calculat",
        ),
    ] {
        let settle = text(&bpa(&["settle", "--help", "--lang", lang]));
        let used = settle
            .lines()
            .find(|l| l.trim_start().starts_with("--used"))
            .expect("--used");
        assert!(used.contains(stdin), "{used}");
        let batch = text(&bpa(&["batch", "--help", "--lang", lang]));
        let format = batch
            .lines()
            .find(|l| l.trim_start().starts_with("--format"))
            .expect("--format");
        assert!(
            format.contains(workbook) && format.contains("-o "),
            "{format}"
        );
        let check = text(&bpa(&["check", "--help", "--lang", lang]));
        assert!(!check.to_lowercase().contains(calculates), "{check}");
    }
}
