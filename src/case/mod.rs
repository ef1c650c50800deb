//! The case file (SPEC 2): one citizen's decision, read, parsed and
//! validated once. A [`Case`] that exists is valid; nothing downstream
//! checks it again.

pub mod bounds;
mod file;
pub mod read;
pub mod template;
mod validate;
mod validate_pause;

use std::path::Path;

pub use file::*;

use crate::error::{InputError, Source};

/// A validated case: the file's content plus its text, so that later
/// findings (no helpers for employed hours) can still point at a line.
#[derive(Debug, Clone)]
pub struct Case {
    pub file: CaseFile,
    pub src: Source,
    /// Kroner amounts written with exactly three decimals: key, as written (SPEC 2).
    pub three_decimals: Vec<(String, String)>,
}

/// The kroner amounts of a case, for the three-decimals warning (SPEC 2).
const AMOUNTS: [&str; 13] = [
    "other_costs.amount",
    "special_costs.substitute",
    "special_costs.supervision",
    "provider.price",
    "provider.vat",
    "offsets.care_allowance",
    "admin.amount",
    "admin.per_hour",
    "previous.annual_total",
    "override.other_costs",
    "override.cap_hourly",
    "override.payroll_per_payslip",
    "override.admin_per_hour",
];

impl Case {
    /// Read and validate a case file.
    pub fn read(path: &Path) -> Result<Case, InputError> {
        Case::parse(Source::read(path)?)
    }

    /// Parse and validate case-file text.
    pub fn parse(src: Source) -> Result<Case, InputError> {
        let (file, three_decimals): (CaseFile, _) = src.parse_case(&AMOUNTS)?;
        let case = Case {
            file,
            src,
            three_decimals,
        };
        case.validate()?;
        Ok(case)
    }

    /// An error about one key of this case.
    pub fn error(&self, path: &str, problem: impl Into<String>) -> InputError {
        self.src.error_at(path, problem)
    }
}
