//! `bpa completions SHELL` and `bpa man [COMMAND]`: generated from the same
//! argument definitions as the binary, so every command and option is in them.

use std::process::{Command, Output};

fn bpa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .output()
        .expect("bpa runs")
}

const COMMANDS: [&str; 9] = [
    "calc",
    "batch",
    "check",
    "settle",
    "init",
    "rates",
    "diff",
    "completions",
    "man",
];

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
