//! One case's documents: `bpa calc` (the budget in any format) and `bpa
//! settle` (the yearly account).

use std::process::ExitCode;

use bpa::budget::decision::Facts;
use bpa::report::csv::CsvRows;
use bpa::report::{doc, html, json, markdown, table};
use bpa::runs::batch::Outcome;
use bpa::runs::settle::Account;
use bpa::{Budget, calculate};

use super::args::{Calc, CalcFormat, Settle, SettleFormat};
use super::out::{EXIT_IO, EXIT_WARNINGS, invalid, write_failed, write_out};
use super::runs::book_for;

/// `bpa calc`: the budget as tables, JSON, the attachment or the workbook.
pub(crate) fn calc(a: &Calc) -> ExitCode {
    if matches!(a.format, CalcFormat::Xlsx)
        && let Err(code) = super::out::binary_needs_a_file(a.output.path(), "calc")
    {
        return code;
    }
    let mut book = match book_for((a.rates.as_deref(), None), a.year) {
        Ok(book) => book,
        Err(code) => return code,
    };
    let (case, rates, budget) = match bpa::case::read::read_case(&a.case).and_then(|mut case| {
        if let Some(year) = a.year {
            case.file.move_to_year(year);
        }
        let r = book.for_case(&case)?.clone();
        let b = calculate(&case, &r)?;
        Ok((case, r, b))
    }) {
        Ok(x) => x,
        Err(e) => return invalid(&e),
    };
    let lang = a.look.lang;
    // The attachment and the workbook leave the municipality: what is still
    // open goes to stderr, never into the document. A warning found when
    // reading the case is one of them, told here once (the document has no
    // place for it, and calc tells it nowhere else).
    let open = matches!(
        a.format,
        CalcFormat::Md | CalcFormat::Html | CalcFormat::Xlsx
    ) && super::ready::tell_open_points(&budget, lang);
    let strict = (a.strict, open);
    let text = match a.format {
        CalcFormat::Table => table::render(
            &budget,
            lang,
            table::Style {
                explain: a.explain,
                ..a.look.style()
            },
        ),
        CalcFormat::Json => json::render(&budget, lang),
        CalcFormat::Md => markdown::render(&budget, &Facts::of(&case, &rates, &budget), lang),
        CalcFormat::Html => {
            let facts = Facts::of(&case, &rates, &budget);
            html::render(&doc::attachment::build(&budget, &facts, lang), lang)
        }
        CalcFormat::Xlsx => match bpa::report::xlsx::render(&budget, lang) {
            Ok(bytes) => {
                let code = write_out(&bytes, a.output.path());
                return strict_code(code, strict, &budget);
            }
            Err(e) => {
                eprintln!("error: cannot build the workbook: {e}");
                return ExitCode::from(EXIT_IO);
            }
        },
    };
    let code = write_out(text.as_bytes(), a.output.path());
    strict_code(code, strict, &budget)
}

/// Exit 1 under `--strict` when a written budget has warnings, or an
/// attachment open points.
fn strict_code(code: ExitCode, (strict, open): (bool, bool), budget: &Budget) -> ExitCode {
    if code == ExitCode::SUCCESS && strict && (open || !budget.warnings.is_empty()) {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}

/// `bpa settle`: the yearly account of one case against its used hours.
pub(crate) fn settle(a: &Settle) -> ExitCode {
    let account = bpa::case::read::read_case(&a.case).and_then(|c| {
        let rates = bpa::rates::Rates::for_case(&c, a.rates.as_deref())?;
        let budget = calculate(&c, &rates)?;
        bpa::runs::settle::settle(&c, &budget, &bpa::runs::settle::Used::read(&a.used)?)
    });
    let account = match account {
        Ok(a) => a,
        Err(e) => return invalid(&e),
    };
    // The account's warnings are in its output: the overspend, and the
    // amounts read with three decimals in the case and the used file.
    let warned = !account.warnings.is_empty();
    let look = &a.look;
    let text = match a.format {
        SettleFormat::Table => table::render_account(&account, look.lang, look.style()),
        SettleFormat::Json => json::pretty(&json::account_to_value(&account, look.lang)),
        SettleFormat::Csv => {
            let mut buf = Vec::new();
            let row = Outcome::Done(a.case.clone(), account);
            let written = CsvRows::<_, Account>::new(&mut buf, a.csv_dialect)
                .and_then(|mut rows| rows.write(&row).and_then(|()| rows.flush()));
            if let Err(e) = written {
                return write_failed(&e);
            }
            String::from_utf8_lossy(&buf).into_owned()
        }
    };
    let code = write_out(text.as_bytes(), a.output.path());
    if code == ExitCode::SUCCESS && a.strict && warned {
        ExitCode::from(EXIT_WARNINGS)
    } else {
        code
    }
}
