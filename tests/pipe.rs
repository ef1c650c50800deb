//! A closed pipe (`bpa batch cases | head -1`) ends every command quietly
//! with exit 0: no "Broken pipe" error and no summary, since the reader has
//! stopped reading. The output of each run here is far larger than a pipe's
//! buffer (64 KiB on Linux), so `bpa` is still writing when the pipe closes.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// 2,000 cases of `tests/data/company-2025.toml` with their own ids, and a
/// used file beside each for `--settle`.
fn many_cases(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bpa-pipe-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let case = std::fs::read_to_string("tests/data/company-2025.toml").expect("case");
    let used = std::fs::read_to_string("tests/data/company-2025.used.toml").expect("used");
    for i in 0..2000 {
        let text = case.replace("id = \"T-1\"", &format!("id = \"T-{i:04}\""));
        std::fs::write(dir.join(format!("c{i:04}.toml")), text).expect("write case");
        std::fs::write(dir.join(format!("c{i:04}.used.toml")), &used).expect("write used");
    }
    dir
}

/// Run `bpa`, read one line of its stdout, close the pipe; the exit code and stderr.
fn first_line_then_close(args: &[&str], dir: &Path) -> (String, Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bpa runs");
    let mut first = String::new();
    {
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout)
            .read_line(&mut first)
            .expect("one line");
        // Dropping the reader closes the pipe.
    }
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr");
    let status = child.wait().expect("bpa ends");
    (first, status.code(), stderr)
}

#[test]
fn a_closed_pipe_ends_every_command_quietly_with_exit_0() {
    let dir = many_cases("all");
    let settle_columns = bpa::report::csv::SETTLE_COLUMNS.join(",");
    let runs: [(&[&str], String); 5] = [
        (
            &["batch", "--rates", "tests/data/round-2025.toml"],
            bpa::report::csv::COLUMNS.join(","),
        ),
        (
            &[
                "batch",
                "--format",
                "json",
                "--rates",
                "tests/data/round-2025.toml",
            ],
            "{\"id\":\"T-0000\"".into(),
        ),
        (
            &["batch", "--settle", "--rates", "tests/data/round-2025.toml"],
            settle_columns,
        ),
        (
            &["batch", "--jobs", "1"],
            bpa::report::csv::COLUMNS.join(","),
        ),
        (
            &["check"],
            format!("{}: ok", dir.join("c0000.toml").display()),
        ),
    ];
    for (args, first_expected) in runs {
        let (first, code, stderr) = first_line_then_close(args, &dir);
        assert!(
            first.starts_with(&first_expected),
            "{args:?}: first line {first:?}"
        );
        assert_eq!(code, Some(0), "{args:?}: stderr {stderr}");
        // Nothing but the notes about the rate table told before the pipe closed.
        assert_eq!(without_notes(&stderr), "", "{args:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Stderr less the notes about the rate table (told once per table, SPEC 9).
fn without_notes(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| !l.starts_with("note: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn without_a_closed_pipe_the_same_run_writes_every_row_and_the_summary() {
    let dir = many_cases("full");
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(["batch", "--rates", "tests/data/round-2025.toml"])
        .arg(&dir)
        .output()
        .expect("bpa runs");
    assert_eq!(out.status.code(), Some(0));
    // The header and 2,000 rows.
    assert_eq!(
        out.stdout
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .count(),
        2001
    );
    assert!(out.stdout.len() > 256 * 1024, "{} bytes", out.stdout.len());
    assert_eq!(
        without_notes(&String::from_utf8_lossy(&out.stderr)),
        "bpa batch: 2000 cases: 2000 succeeded, 0 failed, 0 with warnings\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Run `bpa` with standard output on a pseudo-terminal: its exit code, what
/// reached the terminal and standard error.
fn on_a_terminal(args: &[&str]) -> (Option<i32>, Vec<u8>, String) {
    use std::os::fd::FromRawFd;
    let (mut leader, mut follower) = (-1, -1);
    // SAFETY: openpty writes two fresh descriptors into the pointers given.
    let made = unsafe {
        libc::openpty(
            &raw mut leader,
            &raw mut follower,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(made, 0, "a pseudo-terminal");
    // SAFETY: both descriptors are ours alone from here on.
    let (leader, follower) = unsafe {
        (
            std::fs::File::from_raw_fd(leader),
            std::fs::File::from_raw_fd(follower),
        )
    };
    // Read the terminal while bpa writes, or a long output would fill it and block.
    let reader = std::thread::spawn(move || {
        let mut screen = Vec::new();
        // Once bpa has ended and no one holds the terminal, reading ends (EIO).
        let _ = (&leader).read_to_end(&mut screen);
        screen
    });
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .stdout(Stdio::from(follower))
        .stderr(Stdio::piped())
        .output()
        .expect("bpa runs");
    let screen = reader.join().expect("the terminal's reader");
    (
        out.status.code(),
        screen,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_workbook_is_never_written_to_a_terminal() {
    for args in [
        &["calc", "examples/kt-30h.toml", "--format", "xlsx"][..],
        &["batch", "examples/kt-30h.toml", "--format", "xlsx"][..],
    ] {
        let (code, screen, stderr) = on_a_terminal(args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(
            screen.is_empty(),
            "{args:?}: {} bytes on the terminal",
            screen.len()
        );
        assert!(stderr.contains("use -o FILE"), "{args:?}: {stderr}");
    }
    // Text formats still go to the terminal; `-o` takes the workbook.
    let (code, screen, _) = on_a_terminal(&["calc", "examples/kt-30h.toml"]);
    assert_eq!(code, Some(0));
    assert!(!screen.is_empty());
    let path = std::env::temp_dir().join(format!("bpa-tty-{}.xlsx", std::process::id()));
    let path_text = path.display().to_string();
    for command in ["calc", "batch"] {
        let (code, screen, stderr) = on_a_terminal(&[
            command,
            "examples/kt-30h.toml",
            "--format",
            "xlsx",
            "-o",
            &path_text,
        ]);
        assert!(matches!(code, Some(0 | 1)), "{command}: {stderr}");
        assert!(screen.is_empty(), "{command}");
        let bytes = std::fs::read(&path).expect("the workbook");
        assert!(bytes.starts_with(b"PK"), "{command}: a zip");
        let _ = std::fs::remove_file(&path);
    }
}
