//! Same bytes: every example in every format (table, `--explain`, English,
//! JSON, Markdown, HTML, the workbook's sheets, batch CSV, Danish CSV and
//! JSON lines) and the benchmark's generated cases as CSV and JSON lines,
//! each hashed with its stderr and exit code. A change to the code that is not
//! meant to change output keeps every hash.
//!
//! The outputs themselves are written under the test's temporary folder
//! (`target/tmp/golden/`), so a changed hash can be looked at with `diff -r`.
//! Record a deliberate change with `GOLDEN=overwrite cargo test --test golden`.

mod common;

#[path = "../benches/common/cases.rs"]
mod cases;

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

const MANIFEST: &str = "tests/golden/hashes.txt";

/// FNV-1a, 64 bits: small, and the same on every Rust version and machine.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden")
}

/// Run `bpa` and keep stdout, stderr and the exit code as one text.
fn run(args: &[&str]) -> Vec<u8> {
    run_in(Path::new("."), args)
}

/// The same in another folder, so printed paths are relative and the hashes
/// are the same wherever the project is checked out.
fn run_in(cwd: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .current_dir(cwd)
        .args(args)
        .env_remove("COLUMNS")
        .output()
        .expect("run bpa");
    let mut all = out.stdout;
    all.extend_from_slice(b"\n--- stderr\n");
    all.extend_from_slice(&out.stderr);
    all.extend_from_slice(format!("\n--- exit {:?}\n", out.status.code()).as_bytes());
    all
}

/// A workbook's sheets and shared strings, without the file's creation time.
fn workbook(case: &str, dir: &Path) -> Vec<u8> {
    let file = dir.join("book.xlsx");
    let status = run(&[
        "calc",
        case,
        "--format",
        "xlsx",
        "-o",
        &file.display().to_string(),
    ]);
    let mut all = status;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).expect("the workbook"))
        .expect("a zip file");
    let mut names: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.to_string()))
        .collect();
    names.sort();
    for name in names.iter().filter(|n| !n.starts_with("docProps/")) {
        let mut text = Vec::new();
        zip.by_name(name)
            .expect("an entry")
            .read_to_end(&mut text)
            .expect("read an entry");
        all.extend_from_slice(format!("\n--- {name}\n").as_bytes());
        all.extend_from_slice(&text);
    }
    all
}

fn outputs() -> BTreeMap<String, Vec<u8>> {
    let dir = out_dir();
    std::fs::create_dir_all(&dir).expect("create the output folder");
    let mut all = BTreeMap::new();
    for case in common::examples() {
        let name = Path::new(&case)
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name")
            .to_string();
        let forms: [(&str, &[&str]); 8] = [
            ("table", &[]),
            ("explain", &["--explain"]),
            ("table-en", &["--lang", "en"]),
            ("explain-en", &["--lang", "en", "--explain"]),
            ("json", &["--format", "json"]),
            ("md", &["--format", "md"]),
            ("html", &["--format", "html"]),
            ("html-en", &["--format", "html", "--lang", "en"]),
        ];
        for (form, extra) in forms {
            let mut args = vec!["calc", case.as_str()];
            args.extend_from_slice(extra);
            all.insert(format!("{name}.{form}"), run(&args));
        }
        all.insert(format!("{name}.xlsx"), workbook(&case, &dir));
    }
    let batches: [(&str, &[&str]); 4] = [
        ("csv", &["--format", "csv"]),
        ("csv-da", &["--format", "csv", "--csv-dialect", "da"]),
        ("jsonl", &["--format", "json"]),
        ("csv-jobs1", &["--format", "csv", "--jobs", "1"]),
    ];
    // The benchmark's generated cases, 2,000 of them, with their municipal tables.
    cases::write_set(&dir.join("bench-set"), 2_000);
    for (form, extra) in batches {
        let mut args = vec!["batch", "examples"];
        args.extend_from_slice(extra);
        all.insert(format!("batch-examples.{form}"), run(&args));
        let mut args = vec!["batch", "bench-set/cases"];
        args.extend_from_slice(extra);
        all.insert(format!("batch-bench.{form}"), run_in(&dir, &args));
    }
    all
}

#[test]
fn every_output_keeps_its_bytes() {
    let dir = out_dir();
    let outputs = outputs();
    let mut manifest = String::new();
    for (name, bytes) in &outputs {
        std::fs::write(dir.join(name), bytes).expect("keep the output");
        manifest.push_str(&format!("{name} {:016x}\n", fnv(bytes)));
    }
    if std::env::var_os("GOLDEN").is_some_and(|v| v == "overwrite") {
        std::fs::create_dir_all("tests/golden").expect("create tests/golden");
        std::fs::write(MANIFEST, &manifest).expect("write the manifest");
        return;
    }
    let kept = std::fs::read_to_string(MANIFEST).expect("tests/golden/hashes.txt");
    let changed: Vec<String> = kept
        .lines()
        .zip(manifest.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("  was {a}\n  now {b}"))
        .collect();
    assert!(
        changed.is_empty() && kept.lines().count() == manifest.lines().count(),
        "outputs changed (see {}):\n{}\n{} kept, {} now",
        dir.display(),
        changed.join("\n"),
        kept.lines().count(),
        manifest.lines().count()
    );
}
