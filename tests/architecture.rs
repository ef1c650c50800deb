//! The layers of docs/architecture.md: each module of `src/` imports only
//! the layers before it. A `use crate::report` in `calc/`, say, fails here.

use std::path::Path;

/// The layers in the order of the pipeline, and what each may import.
const LAYERS: &[(&str, &[&str])] = &[
    ("error", &[]),
    ("money", &[]),
    ("case", &["error", "money"]),
    ("rates", &["case", "error", "money"]),
    ("calc", &["case", "rates", "error", "money"]),
    ("budget", &["calc", "case", "rates", "error", "money"]),
    (
        "runs",
        &["budget", "calc", "case", "rates", "error", "money", "lib"],
    ),
];

/// The text of a source file before its tests.
fn body(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("read a source file");
    match text.find("#[cfg(test)]") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The layer an item after `crate::` belongs to: a module by its name, the
/// pipeline's own items (`Budget`, `calculate`, …) as `lib`.
fn layer_of(item: &str) -> String {
    let name: String = item
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let module = Path::new("src").join(&name).is_dir()
        || Path::new("src").join(format!("{name}.rs")).is_file();
    if module { name } else { "lib".to_string() }
}

/// Every layer a file names with `crate::x` or `crate::{x, y}`.
fn imports(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        match rest.strip_prefix('{') {
            Some(group) => {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                out.extend(
                    group
                        .split(',')
                        .filter(|s| !s.trim().is_empty())
                        .map(layer_of),
                );
            }
            None => out.push(layer_of(rest)),
        }
    }
    out
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read a folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_import_points_down_the_pipeline() {
    let mut wrong = Vec::new();
    for (layer, allowed) in LAYERS {
        let mut list = Vec::new();
        let dir = Path::new("src").join(layer);
        if dir.is_dir() {
            files(&dir, &mut list);
        } else {
            list.push(Path::new("src").join(format!("{layer}.rs")));
        }
        for file in list {
            for import in imports(&body(&file)) {
                if import != *layer && !allowed.contains(&import.as_str()) {
                    wrong.push(format!("{}: crate::{import}", file.display()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that point up:\n{}",
        wrong.join("\n")
    );
}

/// The check itself: an upward import is found.
#[test]
fn an_upward_import_is_found() {
    let found = imports("use crate::report::Lang;\nuse crate::{Budget, calculate};");
    assert_eq!(found, ["report", "lib", "lib"]);
}
