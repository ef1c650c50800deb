//! `bpa batch` rows (SPEC 12 `csv`): one row per case with fixed columns,
//! as CSV (RFC 4180, or the Danish spreadsheet dialect) or as JSON lines.
//! The columns are documented in `docs/batch.md`; new ones go at the end.

use std::io::{self, Write};

use rust_decimal::Decimal;
use serde_json::{Value, json};

use crate::error::{InputError, shown};
use crate::money::ore;
use crate::runs::batch::{BudgetRow, CaseInfo, Checked, Outcome};
use crate::runs::diff::CaseChange;
use crate::runs::settle::{Account, Balance};

/// The columns of a batch row, in order.
pub const COLUMNS: &[&str] = &[
    "id",
    "file",
    "year",
    "scheme",
    "employer",
    "rates",
    "grant_hours",
    "hours_per_week",
    "wages",
    "pension",
    "holiday_pay",
    "wage_budget",
    "contributions",
    "employer_tasks",
    "other_costs",
    "offsets",
    "grant_total",
    "monthly_payment",
    "cost_per_hour",
    "cap_hourly",
    "cap_verdict",
    "warnings",
    "error",
    "payments",
    "special_costs",
    "cap_reduction",
    "price_reduction",
];

/// How CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Dialect {
    /// RFC 4180: `,` between fields, `.` before decimals.
    Rfc4180,
    /// Danish spreadsheets: `;` between fields, decimal comma, UTF-8 with BOM.
    Da,
}

/// The columns of a `batch --settle` row, in order.
pub const SETTLE_COLUMNS: &[&str] = &[
    "id",
    "file",
    "year",
    "granted_hours",
    "used_hours",
    "unused_hours",
    "unused_value",
    "result",
    "repayment",
    "carried_over",
    "overspend",
    "after_invoice_reimbursed",
    "employer_tasks_not_settled",
    "other_costs_not_settled",
    "error",
    "rates",
    "over_hours",
    "warnings",
];

/// The columns of a `check --format json` line, in order.
pub const CHECK_COLUMNS: &[&str] = &[
    "id", "file", "year", "scheme", "employer", "rates", "error", "warnings",
];

/// The columns of a `bpa diff OLD/ NEW/` row (comparison over folders), in order.
pub const DIFF_COLUMNS: &[&str] = &[
    "id",
    "old_file",
    "new_file",
    "old_rates",
    "new_rates",
    "old_grant_total",
    "new_grant_total",
    "change",
    "change_pct",
    "old_hours_per_week",
    "new_hours_per_week",
    "notice",
    "error",
];

/// One cell of a row, typed so CSV and JSON can each write it their way.
pub enum Cell<'a> {
    Text(&'a str),
    Owned(String),
    /// An amount or hours, to 2 decimals.
    Num(Decimal),
    Year(u16),
    Codes(Vec<&'static str>),
    /// Amounts in one field: space-separated in CSV, an array in JSON.
    Nums(&'a [Decimal]),
    Bool(bool),
    Error(&'a InputError),
    Empty,
}

/// A kind of row: its columns and how an outcome fills them.
pub trait Row {
    const COLUMNS: &'static [&'static str];
    /// The cells in column order; `None` for a skipped file.
    fn cells(outcome: &Outcome<Self>) -> Option<Vec<Cell<'_>>>
    where
        Self: Sized;
}

impl Row for BudgetRow {
    const COLUMNS: &'static [&'static str] = COLUMNS;
    fn cells(outcome: &Outcome<BudgetRow>) -> Option<Vec<Cell<'_>>> {
        cells(outcome)
    }
}

impl Row for Account {
    const COLUMNS: &'static [&'static str] = SETTLE_COLUMNS;
    fn cells(outcome: &Outcome<Account>) -> Option<Vec<Cell<'_>>> {
        let (file, a) = match outcome {
            Outcome::Done(file, a) => (file, a),
            Outcome::Failed { file, case, error } => {
                return Some(failed(file, case.as_ref(), error, SETTLE_COLUMNS));
            }
            Outcome::Skipped(..) => return None,
        };
        Some(vec![
            Cell::Text(&a.id),
            Cell::Owned(shown(file)),
            Cell::Year(a.year),
            Cell::Num(a.granted),
            Cell::Num(a.used),
            Cell::Num(a.unused_hours()),
            Cell::Num(a.value),
            Cell::Text(match a.result {
                Balance::Repay => "repay",
                Balance::CarryOver => "carry_over",
                Balance::Overspend => "overspend",
                Balance::Even => "even",
            }),
            Cell::Num(a.repayment),
            Cell::Num(a.carried_over),
            Cell::Num(a.overspend),
            Cell::Num(a.reimbursed_total),
            Cell::Num(a.employer_tasks),
            Cell::Num(a.other_costs),
            Cell::Empty,
            Cell::Text(&a.rates_origin),
            Cell::Num(a.over_hours()),
            Cell::Codes(a.warnings.iter().map(|w| w.code).collect()),
        ])
    }
}

impl Row for Checked {
    const COLUMNS: &'static [&'static str] = CHECK_COLUMNS;
    fn cells(outcome: &Outcome<Checked>) -> Option<Vec<Cell<'_>>> {
        match outcome {
            Outcome::Done(file, checked) => {
                let mut row = failed_or_valid(file, Some(&checked.info), None, CHECK_COLUMNS);
                // The warnings found when reading; `null` for a case that failed.
                if let Some(last) = row.last_mut() {
                    *last = Cell::Codes(checked.warnings.iter().map(|w| w.code).collect());
                }
                Some(row)
            }
            Outcome::Failed { file, case, error } => {
                Some(failed(file, case.as_ref(), error, CHECK_COLUMNS))
            }
            Outcome::Skipped(..) => None,
        }
    }
}

impl Row for CaseChange {
    const COLUMNS: &'static [&'static str] = DIFF_COLUMNS;
    fn cells(outcome: &Outcome<CaseChange>) -> Option<Vec<Cell<'_>>> {
        let c = match outcome {
            Outcome::Done(_, c) => c,
            Outcome::Failed { file, case, error } => {
                let mut row = failed(file, case.as_ref(), error, DIFF_COLUMNS);
                row[1] = Cell::Owned(shown(file));
                return Some(row);
            }
            Outcome::Skipped(..) => return None,
        };
        let num = |v: Option<Decimal>| v.map_or(Cell::Empty, Cell::Num);
        let pct = c
            .change()
            .zip(c.old_grant.filter(|o| !o.is_zero()))
            .map(|(change, old)| ore(change * Decimal::ONE_HUNDRED / old));
        Some(vec![
            Cell::Text(&c.id),
            Cell::Text(&c.old_file),
            Cell::Text(&c.new_file),
            Cell::Text(&c.old_basis),
            Cell::Text(&c.new_basis),
            num(c.old_grant),
            num(c.new_grant),
            num(c.change()),
            num(pct),
            num(c.old_hours_per_week),
            num(c.new_hours_per_week),
            Cell::Bool(c.notice),
            Cell::Empty,
        ])
    }
}

/// The cells of a case's row, in [`COLUMNS`] order; `None` for a skipped file.
fn cells(outcome: &Outcome<BudgetRow>) -> Option<Vec<Cell<'_>>> {
    let (file, b) = match outcome {
        Outcome::Done(file, b) => (file, b),
        Outcome::Failed { file, case, error } => {
            return Some(failed(file, case.as_ref(), error, COLUMNS));
        }
        Outcome::Skipped(..) => return None,
    };
    Some(vec![
        Cell::Text(&b.id),
        Cell::Owned(shown(file)),
        Cell::Year(b.year),
        Cell::Text(b.scheme.key()),
        Cell::Text(b.employer.key()),
        Cell::Text(&b.rates),
        Cell::Num(b.grant_hours),
        Cell::Num(b.hours_per_week),
        Cell::Num(b.wages),
        Cell::Num(b.pension),
        Cell::Num(b.holiday_pay),
        Cell::Num(b.wage_budget),
        Cell::Num(b.contributions),
        Cell::Num(b.employer_tasks),
        Cell::Num(b.other_costs),
        Cell::Num(b.offsets),
        Cell::Num(b.grant_total),
        Cell::Num(b.monthly_payment),
        Cell::Num(b.cost_per_hour),
        b.cap_hourly.map_or(Cell::Empty, Cell::Num),
        Cell::Text(verdict(b.cap_verdict)),
        Cell::Codes(b.warnings.clone()),
        Cell::Empty,
        Cell::Nums(&b.payments),
        Cell::Num(b.special_costs),
        Cell::Num(b.cap_reduction),
        Cell::Num(b.price_reduction),
    ])
}

fn verdict(v: crate::calc::totals::Verdict) -> &'static str {
    match v {
        crate::calc::totals::Verdict::Within => "within",
        crate::calc::totals::Verdict::Exceeded => "exceeded",
        crate::calc::totals::Verdict::NotChecked => "not_checked",
    }
}

/// A failed case's row in the columns `columns`: every column known of the
/// case (`id`, `file`, `year`, `scheme`, `employer`, `rates`), the error in
/// `error`, the rest empty.
fn failed<'a>(
    file: &std::path::Path,
    case: Option<&'a CaseInfo>,
    error: &'a InputError,
    columns: &[&str],
) -> Vec<Cell<'a>> {
    failed_or_valid(file, case, Some(error), columns)
}

fn failed_or_valid<'a>(
    file: &std::path::Path,
    case: Option<&'a CaseInfo>,
    error: Option<&'a InputError>,
    columns: &[&str],
) -> Vec<Cell<'a>> {
    columns
        .iter()
        .map(|column| {
            let known =
                |f: fn(&'a CaseInfo) -> Option<Cell<'a>>| case.and_then(f).unwrap_or(Cell::Empty);
            match *column {
                "file" => Cell::Owned(shown(file)),
                "error" => error.map_or(Cell::Empty, Cell::Error),
                "id" => known(|c| c.id.as_deref().map(Cell::Text)),
                "year" => known(|c| c.year.map(Cell::Year)),
                "scheme" => known(|c| c.scheme.map(|s| Cell::Text(s.key()))),
                "employer" => known(|c| c.employer.map(|e| Cell::Text(e.key()))),
                "rates" => known(|c| c.rates.as_deref().map(Cell::Text)),
                _ => Cell::Empty,
            }
        })
        .collect()
}

/// A cell's field written onto `out`.
fn push_cell(out: &mut Vec<u8>, cell: Cell<'_>, dialect: Dialect) {
    match cell {
        Cell::Text(s) => out.extend_from_slice(s.as_bytes()),
        Cell::Owned(s) => out.extend_from_slice(s.as_bytes()),
        Cell::Num(v) => push_plain(out, v, dialect),
        Cell::Year(y) => out.extend_from_slice(y.to_string().as_bytes()),
        Cell::Codes(codes) => out.extend_from_slice(codes.join(" ").as_bytes()),
        Cell::Nums(vs) => {
            for (i, v) in vs.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                push_plain(out, *v, dialect);
            }
        }
        Cell::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
        Cell::Error(e) => out.extend_from_slice(e.one_line().as_bytes()),
        Cell::Empty => {}
    }
}

/// An amount with 2 decimals, `.` or decimal comma and no thousands
/// separators, written onto `out` with no string of its own (a batch writes
/// many): as `Decimal`'s own display writes the rounded value, with the
/// dialect's decimal mark.
fn push_plain(out: &mut Vec<u8>, value: Decimal, dialect: Dialect) {
    // A value with two decimals is its own rounding.
    let v = if value.scale() == 2 {
        value
    } else {
        crate::money::round(value, 2)
    };
    let mark = match dialect {
        Dialect::Rfc4180 => b'.',
        Dialect::Da => b',',
    };
    // Dividing a u64 is much cheaper than a u128, and every amount fits; a
    // larger one is written by `Decimal` itself.
    let Ok(mut n) = u64::try_from(v.mantissa().unsigned_abs()) else {
        out.extend(
            v.to_string()
                .bytes()
                .map(|b| if b == b'.' { mark } else { b }),
        );
        return;
    };
    // Written from the last digit backwards on the stack, the mark after
    // the decimals and zeros up to one digit before it, then copied once.
    let scale = v.scale() as usize;
    let mut buf = [0u8; 24];
    let mut at = buf.len();
    let mut written = 0;
    loop {
        if written == scale && scale > 0 {
            at -= 1;
            buf[at] = mark;
        }
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        written += 1;
        if n == 0 && written > scale {
            break;
        }
    }
    if v.is_sign_negative() {
        at -= 1;
        buf[at] = b'-';
    }
    out.extend_from_slice(&buf[at..]);
}

/// Writes batch rows as CSV, the header first.
pub struct CsvRows<W: Write, R: Row> {
    out: csv::Writer<W>,
    dialect: Dialect,
    /// The fields of the row being written, one after another.
    text: Vec<u8>,
    /// Where each field of `text` ends.
    ends: Vec<usize>,
    row: std::marker::PhantomData<R>,
}

impl<W: Write, R: Row> CsvRows<W, R> {
    /// Start the output: the BOM for the Danish dialect, then the header.
    pub fn new(mut out: W, dialect: Dialect) -> io::Result<CsvRows<W, R>> {
        let delimiter = match dialect {
            Dialect::Rfc4180 => b',',
            Dialect::Da => {
                out.write_all("\u{feff}".as_bytes())?;
                b';'
            }
        };
        let mut out = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        out.write_record(R::COLUMNS).map_err(io_error)?;
        Ok(CsvRows {
            out,
            dialect,
            text: Vec::new(),
            ends: Vec::new(),
            row: std::marker::PhantomData,
        })
    }

    /// One case's row; nothing for a skipped file.
    pub fn write(&mut self, outcome: &Outcome<R>) -> io::Result<()> {
        let Some(cells) = R::cells(outcome) else {
            return Ok(());
        };
        // Every field written onto one buffer kept from row to row, and
        // where each ends: a batch writes many rows.
        let (text, ends) = (&mut self.text, &mut self.ends);
        text.clear();
        ends.clear();
        for cell in cells {
            push_cell(text, cell, self.dialect);
            ends.push(text.len());
        }
        let mut start = 0;
        let fields = ends.iter().map(|&end| {
            let field = &text[start..end];
            start = end;
            field
        });
        self.out.write_record(fields).map_err(io_error)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The I/O error under a CSV error, so that a closed pipe is still seen as
/// `BrokenPipe` (the csv crate's own conversion turns every error into `Other`).
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// One case's row as a JSON object on one line (JSON lines); `None` for a
/// skipped file. Amounts are exact number literals; an error is an object.
/// Written out directly, in column order, as `serde_json` writes an object.
#[must_use]
pub fn json_row<R: Row>(outcome: &Outcome<R>) -> Option<String> {
    let cells = R::cells(outcome)?;
    let mut row: Vec<u8> = Vec::with_capacity(512);
    // serde_json's own escaping, written onto the row (into a Vec it cannot fail).
    let text = |row: &mut Vec<u8>, s: &str| {
        let _ = serde_json::to_writer(&mut *row, s);
    };
    row.push(b'{');
    for (i, (name, cell)) in R::COLUMNS.iter().zip(cells).enumerate() {
        if i > 0 {
            row.push(b',');
        }
        text(&mut row, name);
        row.push(b':');
        match cell {
            Cell::Text(s) => text(&mut row, s),
            Cell::Owned(s) => text(&mut row, &s),
            Cell::Num(v) => push_plain(&mut row, v, Dialect::Rfc4180),
            Cell::Year(y) => row.extend(y.to_string().bytes()),
            Cell::Codes(codes) => {
                row.push(b'[');
                for (j, c) in codes.iter().enumerate() {
                    if j > 0 {
                        row.push(b',');
                    }
                    text(&mut row, c);
                }
                row.push(b']');
            }
            Cell::Nums(vs) => {
                row.push(b'[');
                for (j, v) in vs.iter().enumerate() {
                    if j > 0 {
                        row.push(b',');
                    }
                    push_plain(&mut row, *v, Dialect::Rfc4180);
                }
                row.push(b']');
            }
            Cell::Bool(b) => row.extend(if b { &b"true"[..] } else { &b"false"[..] }),
            Cell::Error(e) => {
                let _ = serde_json::to_writer(&mut row, &error_object(e));
            }
            Cell::Empty => row.extend(b"null"),
        }
    }
    row.push(b'}');
    String::from_utf8(row).ok()
}

/// An input error as a JSON object: the message and each of its parts.
fn error_object(e: &InputError) -> Value {
    json!({
        "message": e.one_line(),
        "file": e.file,
        "line": e.line_col.map(|(l, _)| l),
        "column": e.line_col.map(|(_, c)| c),
        "key": e.key,
        "problem": e.problem,
        "found": e.found,
        "allowed": e.allowed,
        "help": e.help,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn plain(value: Decimal, dialect: Dialect) -> String {
        let mut bytes = Vec::new();
        push_plain(&mut bytes, value, dialect);
        String::from_utf8(bytes).unwrap_or_default()
    }

    #[test]
    fn plain_numbers_are_what_decimal_displays() {
        let values = [
            dec!(0),
            dec!(-0.001),
            dec!(0.005),
            dec!(-0.005),
            dec!(12.5),
            dec!(1234567.855),
            dec!(-98765.4321),
            dec!(100),
            dec!(0.1),
            dec!(-0.10),
            dec!(7.0000),
            Decimal::MAX,
        ];
        for v in values {
            let shown = crate::money::round(v, 2).to_string();
            assert_eq!(plain(v, Dialect::Rfc4180), shown, "{v}");
            assert_eq!(plain(v, Dialect::Da), shown.replace('.', ","), "{v}");
        }
    }

    #[test]
    fn danish_numbers_have_a_decimal_comma_and_no_grouping() {
        assert_eq!(plain(dec!(1234567.855), Dialect::Da), "1234567,86");
        assert_eq!(plain(dec!(-12), Dialect::Rfc4180), "-12.00");
    }
}
