//! What a command ends with: its exit code, and output that could not be written.

use std::io::{self, Write};
use std::process::ExitCode;

use bpa::InputError;

/// Exit codes (documented in the README; sysexits where one fits).
pub(crate) const EXIT_WARNINGS: u8 = 1;
pub(crate) const EXIT_USAGE: u8 = 2;
pub(crate) const EXIT_INVALID: u8 = 65;
pub(crate) const EXIT_CANT_CREATE: u8 = 73;
pub(crate) const EXIT_IO: u8 = 74;

pub(crate) fn invalid(e: &InputError) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(EXIT_INVALID)
}

pub(crate) fn print(text: &str) -> ExitCode {
    io::stdout()
        .write_all(text.as_bytes())
        .map_or_else(|e| write_failed(&e), |()| ExitCode::SUCCESS)
}

/// Output that could not be written: a closed pipe (`| head`) ends the run
/// quietly, anything else is exit 74.
pub(crate) fn write_failed(e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("error: cannot write the output: {e}");
    ExitCode::from(EXIT_IO)
}
