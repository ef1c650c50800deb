//! `bpa batch --format xlsx`.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::sheets::page;
use super::{NUM, col, to_f64};
use crate::money::round;

/// `bpa batch --format xlsx`: one sheet, the CSV columns, a row per case;
/// amounts and hours are numbers, not text.
pub struct BatchRows<R: crate::report::csv::Row> {
    book: Workbook,
    row: u32,
    widths: Vec<usize>,
    kind: std::marker::PhantomData<R>,
}

impl<R: crate::report::csv::Row> BatchRows<R> {
    /// The sheet with its header.
    ///
    /// # Errors
    /// When the sheet cannot be made.
    pub fn new() -> Result<BatchRows<R>, XlsxError> {
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name("bpa")?;
        let bold = Format::new().set_bold();
        for (c, h) in R::COLUMNS.iter().enumerate() {
            ws.write_string_with_format(0, col(c), *h, &bold)?;
        }
        ws.set_freeze_panes(1, 0)?;
        Ok(BatchRows {
            book,
            row: 1,
            widths: R::COLUMNS.iter().map(|h| h.len()).collect(),
            kind: std::marker::PhantomData,
        })
    }

    /// One case's row; nothing for a skipped file.
    ///
    /// # Errors
    /// When a cell cannot be written.
    pub fn write(&mut self, outcome: &crate::runs::batch::Outcome<R>) -> Result<(), XlsxError> {
        use crate::report::csv::Cell;
        let Some(cells) = R::cells(outcome) else {
            return Ok(());
        };
        let num = Format::new().set_num_format(NUM);
        let ws = self.book.worksheet_from_index(0)?;
        for (c, cell) in cells.into_iter().enumerate() {
            let (text, number) = match cell {
                Cell::Num(v) => {
                    let v = round(v, 2);
                    ws.write_number_with_format(self.row, col(c), to_f64(v), &num)?;
                    (v.to_string(), true)
                }
                Cell::Year(y) => {
                    ws.write_number(self.row, col(c), f64::from(y))?;
                    (y.to_string(), true)
                }
                Cell::Text(s) => (s.to_string(), false),
                Cell::Owned(s) => (s, false),
                Cell::Codes(codes) => (codes.join(" "), false),
                Cell::Nums(vs) => (
                    vs.iter()
                        .map(|v| round(*v, 2).to_string())
                        .collect::<Vec<_>>()
                        .join(" "),
                    false,
                ),
                Cell::Bool(b) => (b.to_string(), false),
                Cell::Error(e) => (e.one_line(), false),
                Cell::Empty => (String::new(), false),
            };
            if let Some(w) = self.widths.get_mut(c) {
                *w = (*w).max(text.chars().count().min(60));
            }
            if !number && !text.is_empty() {
                ws.write_string(self.row, col(c), &text)?;
            }
        }
        self.row += 1;
        Ok(())
    }

    /// The finished workbook.
    ///
    /// # Errors
    /// When the workbook cannot be assembled.
    pub fn finish(&mut self) -> Result<Vec<u8>, XlsxError> {
        let widths = self.widths.clone();
        let ws = self.book.worksheet_from_index(0)?;
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(col(c), *w as f64 + 2.0)?;
        }
        page(ws);
        ws.set_landscape();
        self.book.save_to_buffer()
    }
}
