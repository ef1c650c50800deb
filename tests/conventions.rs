//! What every command does alike: standard input is named `<stdin>`
//! wherever a file is named.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Run `bpa` with `input` on its standard input.
fn bpa_in(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bpa runs");
    if let Some(mut stdin) = child.stdin.take() {
        // A command that fails before reading closes the pipe: not an error here.
        let _ = stdin.write_all(input);
    }
    child.wait_with_output().expect("bpa ends")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn case(file: &str) -> Vec<u8> {
    std::fs::read(file).expect("the example")
}

#[test]
fn standard_input_is_named_stdin_in_errors_rows_check_and_diff() {
    let kt = case("examples/kt-30h.toml");

    let out = bpa_in(
        &["calc", "-"],
        b"id = \"x\"\nyear = 2025\nscheme = \"nope\"\n",
    );
    assert_eq!(out.status.code(), Some(65));
    assert!(
        text(&out.stderr).starts_with("error: <stdin>:3:"),
        "{}",
        text(&out.stderr)
    );

    let out = bpa_in(&["batch", "-"], &kt);
    let rows = text(&out.stdout);
    let row = rows.lines().nth(1).expect("a row");
    assert_eq!(row.split(',').nth(1), Some("<stdin>"), "{rows}");

    let out = bpa_in(&["batch", "-", "--format", "json"], &kt);
    assert!(
        text(&out.stdout).contains(r#""file":"<stdin>""#),
        "{}",
        text(&out.stdout)
    );

    let out = bpa_in(&["check", "-"], &kt);
    assert_eq!(text(&out.stdout), "<stdin>: ok\n");

    let out = bpa_in(&["check", "-", "--format", "json"], &kt);
    assert!(
        text(&out.stdout).contains(r#""file":"<stdin>""#),
        "{}",
        text(&out.stdout)
    );

    let out = bpa_in(&["diff", "-", "examples/kt-association.toml"], &kt);
    let shown = text(&out.stdout);
    assert!(
        shown.lines().any(|l| l.starts_with("Før: <stdin> ·")),
        "{shown}"
    );

    let out = bpa_in(
        &["settle", "examples/bpa-settlement.toml", "--used", "-"],
        b"year = 2024\n",
    );
    assert!(
        text(&out.stderr).starts_with("error: <stdin>:1:"),
        "{}",
        text(&out.stderr)
    );

    // No output names standard input `-`.
    for args in [
        &["batch", "-"][..],
        &["check", "-"],
        &["diff", "-", "examples/kt-30h.toml"],
    ] {
        let out = bpa_in(args, &kt);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert!(
            !all.contains(" - ") && !all.contains(",-,") && !all.contains("-: "),
            "{args:?}: {all}"
        );
    }
}

fn bpa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .output()
        .expect("bpa runs")
}

/// A fresh folder in the system's temporary folder.
fn temp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("bpa-conventions-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Every command that writes a document takes `-o FILE`: the file holds
/// the bytes standard output would, an existing file is replaced, and a
/// file that cannot be created is exit 73 with nothing on standard output.
#[test]
fn every_command_that_writes_a_document_takes_o_file() {
    let commands: [&[&str]; 8] = [
        &["calc", "examples/kt-30h.toml"],
        &["calc", "examples/kt-30h.toml", "--format", "html"],
        &["batch", "examples"],
        &["batch", "examples", "--format", "json"],
        &["diff", "examples/kt-30h.toml"],
        &[
            "diff",
            "tests/cmd/diff-folders/old",
            "tests/cmd/diff-folders/new",
        ],
        &[
            "settle",
            "examples/bpa-settlement.toml",
            "--used",
            "examples/bpa-settlement.used.toml",
        ],
        &[
            "regulate",
            "examples/kt-30h.toml",
            "--date",
            "2025-11-01",
            "--from",
            "examples/regulation/decided-january.toml",
            "--to",
            "examples/regulation/from-november.toml",
        ],
    ];
    let dir = temp("output");
    for args in commands {
        let stdout = bpa(args);
        let file = dir.join("out");
        std::fs::write(
            &file,
            "an older file, longer than nothing at all\n".repeat(200),
        )
        .expect("write");
        let path = file.to_str().expect("UTF-8");
        let to_file = bpa(&[args, &["-o", path]].concat());
        assert_eq!(stdout.status.code(), Some(0), "{args:?}");
        assert!(!stdout.stdout.is_empty(), "{args:?}");
        assert_eq!(to_file.status.code(), Some(0), "{args:?}");
        assert!(to_file.stdout.is_empty(), "{args:?}");
        let written = std::fs::read(&file).expect("the file");
        assert!(
            written == stdout.stdout,
            "{args:?}: the file is not what stdout gets"
        );

        let missing = dir.join("no-such-folder").join("out");
        let out = bpa(&[args, &["-o", missing.to_str().expect("UTF-8")]].concat());
        assert_eq!(out.status.code(), Some(73), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            text(&out.stderr).contains("cannot create the file"),
            "{args:?}"
        );
    }
    // The workbooks are binary: written whole to the file.
    for args in [
        &["calc", "examples/kt-30h.toml"][..],
        &["batch", "examples"],
    ] {
        let file = dir.join("book.xlsx");
        let path = file.to_str().expect("UTF-8");
        let out = bpa(&[args, &["--format", "xlsx", "-o", path]].concat());
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let bytes = std::fs::read(&file).expect("the workbook");
        assert!(bytes.starts_with(b"PK"), "{args:?}: not a zip file");
    }
}

/// `--strict` means the same in every command that has it: exit 1 on a
/// warning the command reports. A warning found when reading a case
/// (`care_allowance = 12.000`) is reported by every command that reads the
/// case, so each fails on it; the same case with `12000.0` passes each.
#[test]
fn strict_fails_alike_on_a_warning_found_when_reading_the_case() {
    let dir = temp("strict");
    let warned = std::fs::read_to_string("tests/data/three-decimals.toml").expect("the case");
    assert!(warned.contains("care_allowance = 12.000\n"));
    let clean = warned.replace("care_allowance = 12.000\n", "care_allowance = 12000.0\n");
    let used = "year = 2025\n[hours]\nweekday_day = 900.0\n";
    for (name, text) in [("warned", &warned), ("clean", &clean)] {
        let folder = dir.join(name);
        std::fs::create_dir_all(&folder).expect("folder");
        std::fs::write(folder.join("case.toml"), text).expect("case");
        std::fs::write(folder.join("case.used.toml"), used).expect("used");
    }
    let commands: [&[&str]; 7] = [
        &["calc", "CASE"],
        &["batch", "CASE"],
        &["batch", "DIR", "--settle"],
        &["check", "CASE"],
        &["diff", "CASE", "--from", "2024", "--to", "2025"],
        &["diff", "CASE", "tests/cmd/diff-folders/new/kt.toml"],
        &["settle", "CASE", "--used", "USED"],
    ];
    for args in commands {
        for (name, code) in [("clean", 0), ("warned", 1)] {
            let folder = dir.join(name);
            let path = |p: &str| match p {
                "CASE" => folder.join("case.toml").display().to_string(),
                "USED" => folder.join("case.used.toml").display().to_string(),
                "DIR" => folder.display().to_string(),
                other => other.to_string(),
            };
            let mut argv: Vec<String> = args.iter().map(|a| path(a)).collect();
            let plain = bpa(&argv.iter().map(String::as_str).collect::<Vec<_>>());
            assert_eq!(
                plain.status.code(),
                Some(0),
                "{argv:?}: {}",
                text(&plain.stderr)
            );
            argv.push("--strict".to_string());
            let strict = bpa(&argv.iter().map(String::as_str).collect::<Vec<_>>());
            assert_eq!(
                strict.status.code(),
                Some(code),
                "{argv:?}: {}",
                text(&strict.stderr)
            );
            let told = text(&strict.stdout) + &text(&strict.stderr);
            // The warning is told: its code in a row, its sentence in a table or on stderr.
            let named = told.contains("amount_three_decimals") || told.contains("= 12.000");
            assert_eq!(named, code == 1, "{argv:?}: {told}");
        }
    }
}

/// What a user reads cites the law, never the project's working notes: no
/// "SPEC 3.8", "seed 001" or "Sag 14" in the README, docs, course, example
/// cases, rate tables, or in what `bpa` prints.
#[test]
fn no_internal_reference_reaches_a_reader() {
    let internal = |text: &str| -> Option<String> {
        ["SPEC ", "SPEC)", "seed 0", "Sag 14"]
            .iter()
            .find(|w| text.contains(*w))
            .map(|w| w.to_string())
    };
    let mut files = vec!["README.md".to_string()];
    for dir in [
        "docs",
        "examples",
        "examples/exercises",
        "examples/rates",
        "examples/regulation",
        "rates",
    ] {
        for entry in std::fs::read_dir(dir).expect(dir).flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "md" || e == "toml") {
                files.push(path.display().to_string());
            }
        }
    }
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable");
        if let Some(w) = internal(&text) {
            problems.push(format!("{file}: {w}"));
        }
    }
    let mut runs: Vec<Vec<String>> = Vec::new();
    for case in std::fs::read_dir("examples").expect("examples").flatten() {
        let path = case.path().display().to_string();
        if path.ends_with(".toml") && !path.ends_with(".used.toml") {
            for lang in ["da", "en"] {
                runs.push(vec![
                    "calc".into(),
                    path.clone(),
                    "--explain".into(),
                    "--lang".into(),
                    lang.into(),
                ]);
            }
        }
    }
    for args in [
        &["calc", "tests/data/three-decimals.toml", "--format", "json"][..],
        &["calc", "tests/data/three-decimals.toml", "--explain"],
        &["rates", "2025"],
        &["rates", "2025", "--format", "json"],
        &["init", "--scheme", "kt-relative"],
        &["man"],
        &["man", "calc", "--lang", "en"],
        &["calc", "tests/cmd/bad/no-need.toml"],
    ] {
        runs.push(args.iter().map(|a| a.to_string()).collect());
    }
    for args in runs {
        let out = bpa(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let all = text(&out.stdout) + &text(&out.stderr);
        if let Some(w) = internal(&all) {
            problems.push(format!("bpa {}: {w}", args.join(" ")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The three-decimals warning rests on no law, and says so.
    let out = bpa(&["calc", "tests/data/three-decimals.toml", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["warnings"][0]["code"], "amount_three_decimals");
    assert_eq!(json["warnings"][0]["legal"], "—");
}

/// The README installs `bpa` as the tests build it: with the versions in
/// `Cargo.lock` (`--locked`), as the error messages the snapshots check
/// come from the TOML parser's exact version.
#[test]
fn the_readme_installs_what_the_tests_ran() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let installs: Vec<&str> = readme
        .lines()
        .filter(|l| l.contains("cargo install") && l.contains("--path ."))
        .collect();
    assert!(!installs.is_empty(), "the README says how to install");
    for line in installs {
        assert!(line.contains("cargo install --locked --path ."), "{line}");
    }
    assert!(std::path::Path::new("Cargo.lock").is_file());
}
