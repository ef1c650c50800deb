//! The README's table of exit codes, row by row: every example a row gives
//! is run from the project's folder and must end with the row's code. A
//! row without an example, or a code the table does not list, fails.

use std::process::Command;

/// The rows of the table under `### Exit codes`: code and the examples,
/// each a shell command line starting with `bpa`.
fn rows() -> Vec<(i32, Vec<String>)> {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let table = readme
        .split("### Exit codes\n")
        .nth(1)
        .expect("an Exit codes section");
    let mut rows = Vec::new();
    for line in table.lines().skip_while(|l| !l.starts_with('|')) {
        if !line.starts_with('|') {
            break;
        }
        // Cells are split at `|` that is not escaped as `\|`.
        let cells: Vec<String> = line
            .replace("\\|", "\u{1}")
            .split('|')
            .map(|c| c.trim().replace('\u{1}', "|"))
            .collect();
        let Ok(code) = cells[1].parse::<i32>() else {
            continue; // the heading and its rule
        };
        let examples = cells[3]
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        rows.push((code, examples));
    }
    rows
}

/// Run a command line from the README with this build's `bpa`, in bash with
/// `pipefail`, so that `bpa … | head` ends with `bpa`'s own code.
fn exit_code(line: &str) -> Option<i32> {
    let rest = line
        .strip_prefix("bpa ")
        .expect("an example starts with `bpa `");
    let script = format!("set -o pipefail; '{}' {rest}", env!("CARGO_BIN_EXE_bpa"));
    Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("bash runs")
        .code()
}

#[test]
fn every_row_of_the_exit_code_table_is_what_its_examples_end_with() {
    let rows = rows();
    let mut problems = Vec::new();
    for (code, examples) in &rows {
        if examples.is_empty() {
            problems.push(format!("the row for {code} has no example"));
        }
        for example in examples {
            let got = exit_code(example);
            if got != Some(*code) {
                problems.push(format!(
                    "`{example}` ends with {got:?}, the table says {code}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every code the binary uses has a row (src/cli/out.rs).
    let mut codes: Vec<i32> = rows.iter().map(|(c, _)| *c).collect();
    codes.dedup();
    assert_eq!(codes, [0, 1, 2, 65, 73, 74]);
}

#[test]
fn the_examples_leave_no_file_behind() {
    // `-o` into a missing folder and `init` over an existing file create nothing.
    assert!(!std::path::Path::new("missing").exists());
    let kt = std::fs::read("examples/kt-30h.toml").expect("the example");
    assert_eq!(exit_code("bpa init examples/kt-30h.toml"), Some(73));
    assert_eq!(
        std::fs::read("examples/kt-30h.toml").expect("still there"),
        kt
    );
}
