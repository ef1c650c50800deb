//! What a command ends with: its exit code, and output that could not be written.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use bpa::InputError;

/// Exit codes, decided once for every command: the README's table (tested
/// row by row by `tests/exit_codes.rs`); sysexits where one fits.
pub(crate) const EXIT_WARNINGS: u8 = 1;
pub(crate) const EXIT_USAGE: u8 = 2;
pub(crate) const EXIT_INVALID: u8 = 65;
pub(crate) const EXIT_CANT_CREATE: u8 = 73;
pub(crate) const EXIT_IO: u8 = 74;

/// A workbook is binary: written to a terminal it would only garble the
/// screen, so it goes to `-o FILE` or to a redirected standard output.
/// `Err` with the usage exit code when standard output is a terminal.
pub(crate) fn binary_needs_a_file(output: Option<&Path>, command: &str) -> Result<(), ExitCode> {
    use std::io::IsTerminal;
    let to_stdout = output.is_none_or(bpa::error::is_stdin);
    if to_stdout && io::stdout().is_terminal() {
        eprintln!(
            "error: --format xlsx writes a binary workbook, not text for the terminal\n  use -o FILE, e.g. `bpa {command} … --format xlsx -o budget.xlsx`, or redirect standard output to a file"
        );
        return Err(ExitCode::from(EXIT_USAGE));
    }
    Ok(())
}

/// One line on stderr, written at once: a batch tells many, and standard
/// error writes each piece of an `eprintln!` by itself. A closed stderr is
/// no reason to stop.
pub(crate) fn tell(line: std::fmt::Arguments<'_>) {
    let mut text = line.to_string();
    text.push('\n');
    let _ = io::stderr().write_all(text.as_bytes());
}

pub(crate) fn invalid(e: &InputError) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(EXIT_INVALID)
}

pub(crate) fn print(text: &str) -> ExitCode {
    print_bytes(text.as_bytes())
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

/// Output to standard output, or to `-o FILE`, created or replaced: a file
/// that cannot be created is exit 73, one that cannot be written 74.
pub(crate) fn write_out(bytes: &[u8], output: Option<&Path>) -> ExitCode {
    let Some(path) = output.filter(|p| !bpa::error::is_stdin(p)) else {
        return print_bytes(bytes);
    };
    let mut file = match create(path) {
        Ok(file) => file,
        Err(code) => return code,
    };
    match file.write_all(bytes).and_then(|()| file.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}: cannot write the file: {e}", path.display());
            ExitCode::from(EXIT_IO)
        }
    }
}

/// `-o FILE` created (or emptied) before anything is written to it.
pub(crate) fn create(path: &Path) -> Result<std::fs::File, ExitCode> {
    std::fs::File::create(path).map_err(|e| {
        eprintln!("error: {}: cannot create the file: {e}", path.display());
        ExitCode::from(EXIT_CANT_CREATE)
    })
}

fn print_bytes(bytes: &[u8]) -> ExitCode {
    io::stdout()
        .write_all(bytes)
        .map_or_else(|e| write_failed(&e), |()| ExitCode::SUCCESS)
}
