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
    /// The file's canonical path, which tells the same file given twice:
    /// a named path's own, a found file's its folder's and its name.
    pub key: PathBuf,
}

/// A path still to walk: whether it is known to be a folder (a folder's
/// entries say so without asking the file system again).
struct Next {
    found: Found,
    dir: Option<bool>,
}

/// The case files under some paths: a named file as it is, a folder
/// recursively by its `*.toml` files in name order. Hidden entries and
/// symbolic links inside folders are not followed.
pub struct CaseFiles {
    stack: Vec<Next>,
}

impl CaseFiles {
    #[must_use]
    pub fn new(paths: &[PathBuf]) -> CaseFiles {
        CaseFiles {
            stack: paths
                .iter()
                .rev()
                .map(|p| Next {
                    found: Found {
                        path: p.clone(),
                        named: true,
                        key: std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()),
                    },
                    dir: None,
                })
                .collect(),
        }
    }
}

impl Iterator for CaseFiles {
    type Item = Result<Found, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let Next { found, dir } = self.stack.pop()?;
            let dir = dir.unwrap_or_else(|| !is_stdin(&found.path) && found.path.is_dir());
            if !dir {
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
            // Entries by name: in one folder, name order is path order.
            let mut children: Vec<(std::ffi::OsString, bool)> = entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name();
                    let bytes = name.as_encoded_bytes();
                    if bytes.starts_with(b".") {
                        return None;
                    }
                    let kind = e.file_type().ok()?;
                    // A used-hours file belongs to the case beside it (`bpa batch --settle`).
                    let toml = bytes.ends_with(b".toml") && !bytes.ends_with(b".used.toml");
                    (kind.is_dir() || (kind.is_file() && toml)).then_some((name, kind.is_dir()))
                })
                .collect();
            children.sort_unstable();
            self.stack
                .extend(children.into_iter().rev().map(|(name, dir)| {
                    let key = found.key.join(&name);
                    Next {
                        found: Found {
                            path: found.path.join(name),
                            named: false,
                            key,
                        },
                        dir: Some(dir),
                    }
                }));
        }
    }
}
