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
