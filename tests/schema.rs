//! `bpa schema` and the parser agree, both ways: every file `bpa` reads
//! (the examples, the shipped rate tables, the test data) validates against
//! the schema of its kind, read as JSON the way an editor reads TOML; every
//! error snapshot of a wrong key, a wrong type or an out-of-range value
//! fails it; and for every number, every table and every key of the case
//! schema, a value just inside and just outside the schema's bounds gets the
//! same verdict from `bpa`.

mod common;

use std::path::{Path, PathBuf};

use bpa::Case;
use bpa::rates::Rates;
use bpa::report::Lang;
use bpa::report::schema::{Kind, schema};
use bpa::runs::settle::Used;
use common::toml_as_json;
use serde_json::Value;

fn validator(kind: Kind) -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema(kind, Lang::En)).unwrap_or_else(|e| panic!("{e}"))
}

/// The errors of `instance` against `v`, one line each.
fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Every `.toml` file under a folder, in name order.
fn toml_files(dir: &str, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            toml_files(&p.display().to_string(), out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

/// The kind `bpa` reads a file as, if it reads it at all.
fn read_as(path: &Path) -> Option<Kind> {
    if Case::read(path).is_ok() {
        Some(Kind::Case)
    } else if Used::read(path).is_ok() {
        Some(Kind::Used)
    } else if Rates::from_file(path).is_ok() {
        Some(Kind::Rates)
    } else {
        None
    }
}

#[test]
fn every_file_bpa_reads_validates_against_its_kind() {
    let mut files = Vec::new();
    for dir in ["examples", "tests/data"] {
        toml_files(dir, &mut files);
    }
    let (case, used, rates) = (
        validator(Kind::Case),
        validator(Kind::Used),
        validator(Kind::Rates),
    );
    let mut read = [0; 3];
    for path in &files {
        let Some(kind) = read_as(path) else { continue };
        let (v, i) = match kind {
            Kind::Case => (&case, 0),
            Kind::Used => (&used, 1),
            Kind::Rates => (&rates, 2),
        };
        read[i] += 1;
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
        let errs = errors(v, &toml_as_json(&text));
        assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
    }
    // Every example case, both used-hours files of the examples, the
    // example rate tables and those of the test data.
    assert!(read[0] >= 20 && read[1] >= 4 && read[2] >= 5, "{read:?}");
}

#[test]
fn every_shipped_rate_table_validates() {
    let v = validator(Kind::Rates);
    let mut files = Vec::new();
    toml_files("rates", &mut files);
    assert_eq!(files.len(), 6, "base and 2022–2026");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let errs = errors(&v, &toml_as_json(&text));
        assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
    }
}

/// The problems of a wrong key, a wrong type or an out-of-range value, as
/// `bpa` words them.
const SCHEMA_PROBLEMS: [&str; 4] = [
    "unknown key",
    "wrong type",
    "value not allowed",
    "number out of range",
];

#[test]
fn every_error_snapshot_of_a_wrong_key_type_or_range_fails_validation() {
    let mut files = Vec::new();
    for e in std::fs::read_dir("tests/cmd").expect("tests/cmd").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("error-") && name.ends_with(".toml") {
            files.push(e.path());
        }
    }
    files.sort();
    let mut checked = Vec::new();
    for cmd in files {
        let stderr = std::fs::read_to_string(cmd.with_extension("stderr")).unwrap_or_default();
        let first = stderr.lines().next().unwrap_or_default();
        let Some((_, problem)) = first.split_once("`: ") else {
            continue;
        };
        if !SCHEMA_PROBLEMS.contains(&problem) {
            continue;
        }
        // The file the error names, and the kind the command reads it as.
        let file = first
            .trim_start_matches("error: ")
            .split(':')
            .next()
            .unwrap_or_default();
        let spec: toml::Table = std::fs::read_to_string(&cmd)
            .unwrap_or_default()
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", cmd.display()));
        let args: Vec<&str> = spec["args"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(toml::Value::as_str)
            .collect();
        let flag = args
            .iter()
            .position(|a| *a == file)
            .and_then(|i| i.checked_sub(1))
            .map(|i| args[i]);
        let kind = match flag {
            Some("--rates") => Kind::Rates,
            Some("--used") => Kind::Used,
            _ => Kind::Case,
        };
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let errs = errors(&validator(kind), &toml_as_json(&text));
        assert!(
            !errs.is_empty(),
            "{}: bpa says `{problem}`, the schema finds nothing in {file}",
            cmd.display()
        );
        checked.push(problem.to_string());
    }
    // A wrong key, a wrong type and a number out of range at least.
    for p in ["unknown key", "wrong type", "number out of range"] {
        assert!(
            checked.iter().any(|c| c == p),
            "no snapshot says `{p}`: {checked:?}"
        );
    }
}
