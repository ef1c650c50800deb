//! `--format xlsx`: the budget as a workbook that is the calculator.
//!
//! Sheet "Forudsætninger" holds every input: the case's figures, the rates
//! it uses and the days of its period. Sheet "Budget" is laid out like the
//! table output; every amount is a formula over those inputs, `ROUND(…, 2)`
//! of its basis (SPEC 10) with each number a reference to the cell it comes
//! from: an input, an earlier line, or a figure on sheet "Mellemregninger",
//! where the hours by band, their split at a rate's change date, the ATP
//! bracket and the other figures the calculation derives are formulas too.
//! No number an input changes is a constant, so a changed input moves every
//! line built on it, the totals, the payments and the cap check. The cached
//! value of every formula is the calculated amount, so a viewer that does
//! not recalculate shows the same figures as the JSON. Sheet "Kilder" lists
//! every rate's source.
//!
//! The last column of sheets "Budget" and "Mellemregninger" holds each
//! row's key (`line:base_wage`, `wages.total`, `totals.payments.0`,
//! `hours.bands.0.total`): the JSON path of the amount, for scripts and
//! tests; that of "Forudsætninger" says where an input comes from
//! (`input:need.weekday_day`, `rate:…@2025-04-01`).

mod batch;
mod cells;
mod formula;
mod layout;
mod payments;
mod sheets;
mod splits;
mod working;

pub use batch::BatchRows;

use std::collections::HashMap;
use std::sync::Arc;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Workbook, XlsxError};

use super::Lang;
use crate::budget::Budget;
use crate::calc::Line;
use crate::rates::Fig;
use formula::Formula_;

/// Excel's built-in number format 4, `#,##0.00`: a Danish Excel or
/// LibreOffice shows it as `1.089,75`, an English one as `1,089.75`.
const NUM: u8 = 4;
/// Built-in format 3, `#,##0`, for whole numbers.
const WHOLE: u8 = 3;

/// The budget as an `.xlsx` workbook.
///
/// # Errors
/// When the workbook cannot be assembled (a sheet name or cell out of range).
pub fn render(b: &Budget, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Book::new(b, lang);
    book.layout();
    book.working();
    book.formulas();
    book.payment_cells();
    book.add_all_rates();
    book.place_inputs();
    let mut wb = Workbook::new();
    let names = Names::of(lang);
    book.write_inputs(wb.add_worksheet(), &names)?;
    book.write_budget(wb.add_worksheet(), &names)?;
    book.write_working(wb.add_worksheet(), &names)?;
    book.write_sources(wb.add_worksheet(), &names)?;
    wb.save_to_buffer()
}

struct Names {
    inputs: &'static str,
    budget: &'static str,
    working: &'static str,
    sources: &'static str,
}

impl Names {
    fn of(lang: Lang) -> Names {
        Names {
            inputs: lang.say("Forudsætninger", "Inputs"),
            budget: "Budget",
            working: lang.say("Mellemregninger", "Working"),
            sources: lang.say("Kilder", "Sources"),
        }
    }

    fn of_sheet(&self, s: Sheet) -> &'static str {
        match s {
            Sheet::Inputs => self.inputs,
            Sheet::Budget => self.budget,
            Sheet::Working => self.working,
        }
    }
}

/// The sheets a formula refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sheet {
    Inputs,
    Budget,
    Working,
}

/// What a row of sheet "Budget" shows.
enum Row<'a> {
    Blank,
    Section(String),
    /// Column headings; the number of columns after the first that hold
    /// amounts (right-aligned).
    Header(Vec<&'static str>, usize),
    Line(&'a Line),
    /// A sum or other formula the workbook writes itself: label, key,
    /// formula (with `{key}` references resolved when written), cached value.
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
    },
    /// A text formula (the cap's verdict): label, formula, cached text.
    Text(String, String, String),
}

/// A row of sheet "Mellemregninger".
enum Work {
    Section(String),
    Figure {
        label: String,
        key: String,
        /// The formula with `{key}` references.
        formula: String,
        cached: Decimal,
        dp: u32,
        /// In words: how the figure is found.
        how: String,
    },
    Blank,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Input,
    Rate,
    Period,
    Other,
}

struct Input {
    group: Group,
    /// What makes two uses the same cell, and the key shown beside it.
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
    work: Vec<Work>,
    /// Sheet and row of every key a formula may name: a line (`line:…`), a
    /// total (`wages.total`), a working figure, an input (`in:…`).
    at: HashMap<String, (Sheet, usize)>,
    inputs: Vec<Input>,
    /// The formula of each row of sheet "Budget".
    formulas: HashMap<usize, String>,
    /// Each payment's formulas: the employer's part, the recipient's.
    payments: Vec<(String, String)>,
    /// The rates listed on sheet "Kilder", in the order first used.
    rates: Vec<&'a Fig>,
    /// Every rate figure of the budget by its path.
    figs: HashMap<&'a str, &'a Arc<Fig>>,
}

/// The first row of sheet "Budget" below its frozen heading.
const TOP: usize = 5;
/// The first row of sheet "Mellemregninger" below its heading.
const WORK_TOP: usize = 4;

impl<'a> Book<'a> {
    fn new(b: &'a Budget, lang: Lang) -> Book<'a> {
        let mut figs = HashMap::new();
        for l in all_lines(b) {
            for f in &l.rates {
                figs.entry(f.path.as_str()).or_insert(f);
            }
        }
        let extra = b
            .hours
            .profile
            .iter()
            .chain(std::iter::once(&b.hours.weeks))
            .chain(std::iter::once(&b.other_costs.yearly))
            .chain(b.cap.cap_rate.iter());
        for f in extra {
            figs.entry(f.path.as_str()).or_insert(f);
        }
        Book {
            b,
            lang,
            rows: Vec::new(),
            work: Vec::new(),
            at: HashMap::new(),
            inputs: Vec::new(),
            formulas: HashMap::new(),
            payments: Vec::new(),
            rates: Vec::new(),
            figs,
        }
    }

    fn say(&self, da: &'static str, en: &'static str) -> &'static str {
        self.lang.say(da, en)
    }
}

/// Every line of the budget the workbook shows.
fn all_lines(b: &Budget) -> impl Iterator<Item = &Line> {
    b.hours
        .lines
        .iter()
        .chain(&b.wages.lines)
        .chain(&b.contributions.lines)
        .chain(&b.contributions.after_invoice)
        .chain(&b.employer_tasks.lines)
        .chain(&b.other_costs.lines)
        .chain(&b.totals.cap_line)
        .chain(&b.totals.after_end)
        .chain(
            b.transition
                .iter()
                .flat_map(|t| std::iter::once(&t.previous).chain(&t.lines)),
        )
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
