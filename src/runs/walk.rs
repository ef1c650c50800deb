//! The case files under a set of paths, in a stable order: a named file as
//! it is, a folder recursively by its `*.toml` files. `batch`, `check` and
//! `diff` over folders all find their cases here.

use std::path::PathBuf;

use crate::error::{InputError, is_stdin};

/// A file to take: named on the command line, or found in a folder.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    /// Named by the user: taken whatever its name or content.
    pub named: bool,
}

/// The case files under some paths: a named file as it is, a folder
/// recursively by its `*.toml` files in name order. Hidden entries and
/// symbolic links inside folders are not followed.
pub struct CaseFiles {
    stack: Vec<Found>,
}

impl CaseFiles {
    #[must_use]
    pub fn new(paths: &[PathBuf]) -> CaseFiles {
        CaseFiles {
            stack: paths
                .iter()
                .rev()
                .map(|p| Found {
                    path: p.clone(),
                    named: true,
                })
                .collect(),
        }
    }
}

impl Iterator for CaseFiles {
    type Item = Result<Found, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let found = self.stack.pop()?;
            if is_stdin(&found.path) || !found.path.is_dir() {
                return Some(Ok(found));
            }
            let entries = match std::fs::read_dir(&found.path) {
                Ok(entries) => entries,
                Err(e) => {
                    return Some(Err(InputError::file(
                        found.path.display().to_string(),
                        format!("cannot read the folder: {e}"),
                    )));
                }
            };
            let mut children: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .filter_map(|e| {
                    let kind = e.file_type().ok()?;
                    let path = e.path();
                    // A used-hours file belongs to the case beside it (`bpa batch --settle`).
                    let toml = path.extension().is_some_and(|x| x == "toml")
                        && !path.to_string_lossy().ends_with(".used.toml");
                    (kind.is_dir() || (kind.is_file() && toml)).then_some(path)
                })
                .collect();
            children.sort();
            self.stack.extend(
                children
                    .into_iter()
                    .rev()
                    .map(|path| Found { path, named: false }),
            );
        }
    }
}
