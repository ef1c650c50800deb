//! `--format xlsx`: the budget as a workbook with live formulas.
//!
//! Sheet "Budget" is laid out like the table output; every amount is
//! `ROUND(…, 2)` of its basis (SPEC 10) with each number a reference to the
//! cell it comes from: an input or a rate on sheet "Forudsætninger", or an
//! earlier line. Section totals are sums of the rounded lines. A number whose
//! origin the calculation does not state gets its own input cell, so no
//! figure is pasted into a formula. The cached value of every formula is the
//! calculated amount, so a viewer that does not recalculate shows the same
//! figures as the JSON. Sheet "Kilder" lists every rate's source.
//!
//! Column E of "Budget" holds each row's key (`line:base_wage`,
//! `wages.total`, `totals.payments.0.employer_part`): the JSON path of the
//! amount, for scripts and tests.

mod batch;
mod formula;
mod layout;
mod sheets;

pub use batch::BatchRows;

use std::collections::HashMap;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Workbook, XlsxError};

use super::Lang;
use crate::budget::Budget;
use crate::calc::Line;
use crate::rates::Fig;
use formula::Formula_;

/// The Excel number format for money and hours; a Danish Excel shows it as
/// `#.##0,00` (`1.234,56`).
const NUM: &str = "#,##0.00";

/// The budget as an `.xlsx` workbook.
///
/// # Errors
/// When the workbook cannot be assembled (a sheet name or cell out of range).
pub fn render(b: &Budget, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Book::new(b, lang);
    book.layout();
    book.formulas();
    book.add_all_rates();
    let mut wb = Workbook::new();
    let names = Names::of(lang);
    book.write_inputs(wb.add_worksheet(), &names)?;
    book.write_budget(wb.add_worksheet(), &names)?;
    book.write_sources(wb.add_worksheet(), &names)?;
    wb.save_to_buffer()
}

struct Names {
    inputs: &'static str,
    budget: &'static str,
    sources: &'static str,
}

impl Names {
    fn of(lang: Lang) -> Names {
        Names {
            inputs: lang.say("Forudsætninger", "Inputs"),
            budget: "Budget",
            sources: lang.say("Kilder", "Sources"),
        }
    }
}

/// What a row of sheet "Budget" shows.
enum Row<'a> {
    Blank,
    Section(String),
    Header(Vec<&'static str>),
    Line(&'a Line),
    /// A sum or other formula the workbook writes itself: label, key,
    /// formula (with `{r}` row references resolved later), cached value.
    Calc {
        label: String,
        key: String,
        formula: Formula_,
        cached: Decimal,
        bold: bool,
    },
    /// A month of the payment schedule; under SEL § 3 a with its shares of
    /// the previous help and of the new level.
    Payment {
        label: String,
        index: usize,
        days: (u32, u32),
        shares: Option<[Share; 2]>,
    },
    Text(String, String),
}

/// A month's share of one part of the year under SEL § 3 a (the previous
/// help, or the new level): the part's days in the month, the amount, and
/// whether it is the part's last month, which takes the rounding.
#[derive(Clone, Copy, Default)]
struct Share {
    days: u32,
    amount: Decimal,
    last: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Input,
    Rate,
    Other,
}

struct Input {
    group: Group,
    /// What makes two uses the same cell.
    id: String,
    label: String,
    value: Decimal,
    dp: u32,
    unit: String,
    source: String,
    verified: Option<bool>,
    row: usize,
}

struct Book<'a> {
    b: &'a Budget,
    lang: Lang,
    rows: Vec<Row<'a>>,
    /// Row of a line key (`line:…`) or a total key (`wages.total`).
    at: HashMap<String, usize>,
    inputs: Vec<Input>,
    formulas: HashMap<usize, String>,
    rates: Vec<&'a Fig>,
}

/// The first row of sheet "Budget" below its frozen heading.
const TOP: usize = 4;

impl<'a> Book<'a> {
    fn new(b: &'a Budget, lang: Lang) -> Book<'a> {
        Book {
            b,
            lang,
            rows: Vec::new(),
            at: HashMap::new(),
            inputs: Vec::new(),
            formulas: HashMap::new(),
            rates: Vec::new(),
        }
    }

    fn say(&self, da: &'static str, en: &'static str) -> &'static str {
        self.lang.say(da, en)
    }
}

fn num_format(dp: u32) -> &'static str {
    if dp == 0 { "#,##0" } else { NUM }
}

fn yes_no(v: bool, lang: Lang) -> &'static str {
    if v {
        lang.say("ja", "yes")
    } else {
        lang.say("nej", "no")
    }
}

/// A workbook cell holds a binary double (the file format has no decimal
/// type): exact decimals are converted only here, at the file's edge, and
/// every amount's formula rounds back to øre with ROUND(…;2).
fn to_f64(v: Decimal) -> f64 {
    v.to_f64().unwrap_or(0.0)
}

fn row(r: usize) -> u32 {
    u32::try_from(r).unwrap_or(u32::MAX)
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
