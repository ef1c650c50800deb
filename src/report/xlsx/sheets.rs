//! Writing the sheets of the budget workbook, each set up to print on A4:
//! readable type (the page fitted to the width of its printed columns, not
//! shrunk to fit a key column), text wrapped in rows tall enough for it, the
//! heading repeated on every page and the case's id in the footer.

use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, Formula, Worksheet, XlsxError};

use super::{
    Book, Group, Input, NUM, Names, Row, Sheet, TOP, WHOLE, WORK_TOP, Work, col, row, to_f64,
    yes_no,
};
use crate::money::round;
use crate::report::doc::names::figure as figure_name;
use crate::report::{Lang, basis as basis_text, source};

/// The printed columns of sheet "Budget" and their widths in characters:
/// item, amount, basis, legal ground. The key column after them is not printed.
const BUDGET_WIDTHS: [usize; 4] = [34, 15, 58, 28];
/// Sheet "Forudsætninger": input, value, unit, source, verified.
const INPUT_WIDTHS: [usize; 5] = [46, 14, 12, 72, 11];
/// Sheet "Mellemregninger": figure, value, how it is found.
const WORK_WIDTHS: [usize; 3] = [56, 15, 60];

impl Book<'_> {
    pub(super) fn write_inputs(&self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
        let lang = self.lang;
        let looks = Looks::new();
        ws.set_name(names.inputs)?;
        sheet_title(
            ws,
            &looks,
            format!("{} – {}", lang.say("Forudsætninger", "Inputs"), self.b.id),
            Some(lang.say(
                "Ret et tal i kolonne B; arkene Budget og Mellemregninger regner om.",
                "Change a figure in column B; sheets Budget and Working recalculate.",
            )),
        )?;
        let head = [
            lang.say("Forudsætning", "Input"),
            lang.say("Værdi", "Value"),
            lang.say("Enhed", "Unit"),
            lang.say("Kilde", "Source"),
            lang.say("Bekræftet", "Verified"),
            lang.say("Nøgle", "Key"),
        ];
        for (c, h) in head.iter().enumerate() {
            ws.write_string_with_format(
                3,
                col(c),
                *h,
                if c == 5 { &looks.key } else { &looks.bold },
            )?;
        }
        let mut last = None;
        let mut order: Vec<&Input> = self.inputs.iter().collect();
        order.sort_by_key(|x| x.row);
        for x in order {
            if last != Some(x.group) {
                let heading = match x.group {
                    Group::Input => lang.say("Sagens forudsætninger", "The case's inputs"),
                    Group::Rate => lang.say("Satser", "Rates"),
                    Group::Period => lang.say(
                        "Perioden (følger af sagens datoer)",
                        "The period (follows from the case's dates)",
                    ),
                    Group::Other => lang.say(
                        "Øvrige tal i beregningen (afledt af sagen og satserne)",
                        "Other figures of the calculation (derived from the case and the rates)",
                    ),
                };
                ws.write_string_with_format(row(x.row - 1), 0, heading, &looks.bold)?;
                last = Some(x.group);
            }
            let r = row(x.row);
            ws.write_string_with_format(r, 0, &x.label, &looks.top)?;
            let fmt = Format::new()
                .set_num_format_index(if x.dp == 0 { WHOLE } else { NUM })
                .set_align(FormatAlign::Top);
            let fmt = if x.dp > 2 {
                Format::new()
                    .set_num_format(format!("#,##0.{}", "0".repeat(x.dp as usize)))
                    .set_align(FormatAlign::Top)
            } else {
                fmt
            };
            ws.write_number_with_format(r, 1, to_f64(x.value), &fmt)?;
            ws.write_string_with_format(r, 2, &x.unit, &looks.top)?;
            if !x.source.is_empty() {
                ws.write_string_with_format(r, 3, &x.source, &looks.wrap)?;
            }
            if let Some(v) = x.verified {
                ws.write_string_with_format(r, 4, yes_no(v, lang), &looks.top)?;
            }
            ws.write_string_with_format(r, 5, &x.id, &looks.key)?;
            fit_height(
                ws,
                r,
                &[(&x.label, INPUT_WIDTHS[0]), (&x.source, INPUT_WIDTHS[3])],
            )?;
        }
        let end = self.inputs.iter().map(|x| x.row).max().unwrap_or(4);
        set_widths(ws, &INPUT_WIDTHS, 30)?;
        ws.set_freeze_panes(4, 0)?;
        ws.set_repeat_rows(3, 3)?;
        ws.set_print_area(0, 0, row(end), col(INPUT_WIDTHS.len() - 1))?;
        page(ws, &self.b.id, true);
        Ok(())
    }

    pub(super) fn write_budget(&self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
        ws.set_name(names.budget)?;
        let looks = Looks::new();
        self.write_heading(ws, &looks)?;
        for (i, row_) in self.rows.iter().enumerate() {
            self.write_row(ws, names, TOP + i, row_, &looks)?;
        }
        set_widths(ws, &BUDGET_WIDTHS, 30)?;
        ws.set_freeze_panes(row(TOP), 0)?;
        ws.set_repeat_rows(0, row(TOP - 1))?;
        ws.set_print_area(
            0,
            0,
            row(TOP + self.rows.len()),
            col(BUDGET_WIDTHS.len() - 1),
        )?;
        page(ws, &self.b.id, true);
        Ok(())
    }

    /// The title and the case's facts above sheet "Budget"'s rows, and the
    /// heading of the key column.
    fn write_heading(&self, ws: &mut Worksheet, looks: &Looks) -> Result<(), XlsxError> {
        let b = self.b;
        let lang = self.lang;
        ws.write_string_with_format(
            0,
            0,
            format!(
                "{} {}",
                lang.say("Tilskudsberegning", "Grant calculation"),
                b.id
            ),
            &looks.title,
        )?;
        let facts = format!(
            "{} {} · {} · {}: {} · {}: {}",
            lang.say("Bevillingsår", "Grant year"),
            b.year,
            crate::report::scheme_name(b.scheme, lang),
            lang.say("Arbejdsgiver", "Employer"),
            crate::report::employer_name(b.employer, lang),
            lang.say("Satser", "Rates"),
            crate::report::origin(&b.rates_origin, lang),
        );
        let note = lang.say(
            "Beløbene i kolonne B er formler over arket Forudsætninger og regner om, når en forudsætning rettes; kolonnen Beregning viser tallene, som de var ved udskrivningen.",
            "The amounts in column B are formulas over sheet Inputs and recalculate when an input is changed; the column Basis shows the figures as they were when the workbook was written.",
        );
        let width: usize = BUDGET_WIDTHS.iter().sum();
        for (r, text) in [(1u32, facts.as_str()), (2, note)] {
            ws.merge_range(r, 0, r, col(BUDGET_WIDTHS.len() - 1), text, &looks.top)?;
            fit_height(ws, r, &[(text, width)])?;
        }
        ws.write_string_with_format(3, 4, lang.say("Nøgle", "Key"), &looks.key)?;
        Ok(())
    }

    /// One row of sheet "Budget" at sheet row `r`.
    fn write_row(
        &self,
        ws: &mut Worksheet,
        names: &Names,
        r: usize,
        row_: &Row<'_>,
        looks: &Looks,
    ) -> Result<(), XlsxError> {
        let lang = self.lang;
        let rr = row(r);
        match row_ {
            Row::Blank => {}
            Row::Section(s) => {
                ws.write_string_with_format(rr, 0, s, &looks.title)?;
            }
            Row::Header(h, numbers) => {
                for (c, s) in h.iter().enumerate() {
                    let f = if c == 0 {
                        &looks.bold
                    } else if c > *numbers {
                        &looks.bold_text
                    } else {
                        &looks.bold_right
                    };
                    ws.write_string_with_format(rr, col(c), *s, f)?;
                }
            }
            Row::Line(l) => {
                let label = lang.pick(&l.label);
                ws.write_string_with_format(rr, 0, label, &looks.top)?;
                self.formula(ws, r, names, l.amount, &looks.num)?;
                let text = basis_text(&l.basis, lang);
                ws.write_string_with_format(rr, 2, &text, &looks.wrap)?;
                ws.write_string_with_format(rr, 3, l.legal.as_ref(), &looks.wrap)?;
                ws.write_string_with_format(rr, 4, format!("line:{}", l.key), &looks.key)?;
                fit_height(
                    ws,
                    rr,
                    &[
                        (label, BUDGET_WIDTHS[0]),
                        (&text, BUDGET_WIDTHS[2]),
                        (&l.legal, BUDGET_WIDTHS[3]),
                    ],
                )?;
            }
            Row::Calc {
                label,
                key,
                cached,
                bold: strong,
                ..
            } => {
                let (lf, nf) = if *strong {
                    (&looks.bold_top, &looks.num_bold)
                } else {
                    (&looks.top, &looks.num)
                };
                ws.write_string_with_format(rr, 0, label, lf)?;
                self.formula(ws, r, names, *cached, nf)?;
                ws.write_string_with_format(rr, 4, key, &looks.key)?;
                fit_height(ws, rr, &[(label, BUDGET_WIDTHS[0])])?;
            }
            Row::Payment { label, index } => {
                self.write_payment(ws, r, (names, label, *index), &looks.num)?;
            }
            Row::Text(label, _, cached) => {
                ws.write_string_with_format(rr, 0, label, &looks.top)?;
                let text = self
                    .formulas
                    .get(&r)
                    .map_or(String::new(), |f| self.cells(f, Sheet::Budget, names));
                ws.write_formula_with_format(
                    rr,
                    1,
                    Formula::new(format!("={text}")).set_result(cached),
                    &looks.right,
                )?;
                ws.write_string_with_format(rr, 4, "cap.verdict", &looks.key)?;
            }
        }
        Ok(())
    }

    fn formula(
        &self,
        ws: &mut Worksheet,
        r: usize,
        names: &Names,
        cached: Decimal,
        fmt: &Format,
    ) -> Result<(), XlsxError> {
        let text = self
            .formulas
            .get(&r)
            .map_or_else(|| "0".to_string(), |f| self.cells(f, Sheet::Budget, names));
        ws.write_formula_with_format(
            row(r),
            1,
            Formula::new(format!("={text}")).set_result(round(cached, 2).to_string()),
            fmt,
        )?;
        Ok(())
    }

    /// Sheet "Mellemregninger": one figure a row, its formula in column B.
    pub(super) fn write_working(&self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
        let lang = self.lang;
        let looks = Looks::new();
        ws.set_name(names.working)?;
        sheet_title(
            ws,
            &looks,
            format!("{} – {}", lang.say("Mellemregninger", "Working"), self.b.id),
            Some(lang.say(
                "Tal, som beregningen udleder af forudsætningerne; arket Budget bygger på dem.",
                "Figures the calculation derives from the inputs; sheet Budget builds on them.",
            )),
        )?;
        for (c, h) in [
            lang.say("Mellemregning", "Figure"),
            lang.say("Værdi", "Value"),
            lang.say("Sådan", "How"),
        ]
        .iter()
        .enumerate()
        {
            ws.write_string_with_format(2, col(c), *h, &looks.bold)?;
        }
        ws.write_string_with_format(2, 4, lang.say("Nøgle", "Key"), &looks.key)?;
        for (i, w) in self.work.iter().enumerate() {
            let r = row(WORK_TOP + i);
            match w {
                Work::Blank => {}
                Work::Section(s) => {
                    ws.write_string_with_format(r, 0, s, &looks.bold)?;
                }
                Work::Figure {
                    label,
                    key,
                    formula,
                    cached,
                    dp,
                    how,
                } => {
                    ws.write_string_with_format(r, 0, label, &looks.top)?;
                    let text = self.cells(formula, Sheet::Working, names);
                    let shown = if cached.is_zero() {
                        Decimal::ZERO
                    } else {
                        *cached
                    };
                    let fmt = if *dp == 0 { &looks.whole } else { &looks.num };
                    ws.write_formula_with_format(
                        r,
                        1,
                        Formula::new(format!("={text}")).set_result(shown.normalize().to_string()),
                        fmt,
                    )?;
                    ws.write_string_with_format(r, 2, how, &looks.wrap)?;
                    ws.write_string_with_format(r, 4, key, &looks.key)?;
                    fit_height(ws, r, &[(label, WORK_WIDTHS[0]), (how, WORK_WIDTHS[2])])?;
                }
            }
        }
        set_widths(ws, &WORK_WIDTHS, 30)?;
        ws.set_freeze_panes(3, 0)?;
        ws.set_repeat_rows(2, 2)?;
        ws.set_print_area(
            0,
            0,
            row(WORK_TOP + self.work.len()),
            col(WORK_WIDTHS.len() - 1),
        )?;
        page(ws, &self.b.id, false);
        Ok(())
    }

    pub(super) fn write_sources(&self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
        let lang = self.lang;
        let looks = Looks::new();
        ws.set_name(names.sources)?;
        sheet_title(
            ws,
            &looks,
            format!(
                "{} ({})",
                lang.say("Satsernes kilder", "The rates' sources"),
                crate::report::origin(&self.b.rates_origin, lang)
            ),
            None,
        )?;
        let head = [
            lang.say("Sats", "Rate"),
            lang.say("Sti i satstabellen", "Path in the rate table"),
            lang.say("Gælder fra", "From"),
            lang.say("Værdi", "Value"),
            lang.say("Kilde", "Source"),
            lang.say("Bekræftet for året", "Verified for the year"),
        ];
        for (c, h) in head.iter().enumerate() {
            ws.write_string_with_format(2, col(c), *h, &looks.bold)?;
        }
        const WIDTHS: [usize; 6] = [30, 36, 11, 10, 80, 10];
        let mut r = 3u32;
        for f in &self.rates {
            for (from, value, src, verified) in f.shown(lang == Lang::Da) {
                let name = figure_name(&f.path, lang);
                ws.write_string_with_format(r, 0, &name, &looks.top)?;
                ws.write_string_with_format(r, 1, &f.path, &looks.top)?;
                if let Some(d) = from {
                    ws.write_string_with_format(
                        r,
                        2,
                        d.format("%d.%m.%Y").to_string(),
                        &looks.top,
                    )?;
                }
                ws.write_string_with_format(
                    r,
                    3,
                    crate::report::number(value, value.scale().max(2), lang),
                    &looks.right,
                )?;
                let text = source(src, lang);
                ws.write_string_with_format(r, 4, &text, &looks.wrap)?;
                ws.write_string_with_format(r, 5, yes_no(verified, lang), &looks.top)?;
                fit_height(
                    ws,
                    r,
                    &[(&name, WIDTHS[0]), (&f.path, WIDTHS[1]), (&text, WIDTHS[4])],
                )?;
                r += 1;
            }
        }
        set_widths(ws, &WIDTHS, 0)?;
        ws.set_freeze_panes(3, 0)?;
        ws.set_repeat_rows(2, 2)?;
        page(ws, &self.b.id, true);
        Ok(())
    }
}

/// Column widths in characters, and after them the key column (`key`
/// characters wide, 0: none), which is not printed.
fn set_widths(ws: &mut Worksheet, widths: &[usize], key: usize) -> Result<(), XlsxError> {
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(col(c), *w as f64)?;
    }
    if key > 0 {
        ws.set_column_width(col(widths.len()), key as f64)?;
        ws.set_column_width(col(widths.len() + 1), key as f64)?;
    }
    Ok(())
}

/// Lines a text takes wrapped at `width` characters (at least one): word by
/// word, as a spreadsheet wraps it.
fn lines(text: &str, width: usize) -> usize {
    // A column `width` wide holds `width` digits; text of Calibri 11 is
    // narrower on average (about 1.2 characters a digit's width), less the
    // indent's room.
    let room = (width * 6 / 5).saturating_sub(3).max(8);
    textwrap::wrap(text, room).len().max(1)
}

/// A row tall enough for its wrapped texts: 15 points a line (Calibri 11),
/// so no text runs into the next row on screen or on paper.
fn fit_height(ws: &mut Worksheet, r: u32, texts: &[(&str, usize)]) -> Result<(), XlsxError> {
    let n = texts.iter().map(|(t, w)| lines(t, *w)).max().unwrap_or(1);
    if n > 1 {
        ws.set_row_height(r, 15.0 * n as f64 + 1.0)?;
    }
    Ok(())
}

/// The cell formats of the sheets.
struct Looks {
    title: Format,
    bold: Format,
    bold_top: Format,
    bold_right: Format,
    /// A heading over text, set off from the amounts before it.
    bold_text: Format,
    num: Format,
    num_bold: Format,
    whole: Format,
    wrap: Format,
    top: Format,
    right: Format,
    key: Format,
}

impl Looks {
    fn new() -> Looks {
        let top = Format::new().set_align(FormatAlign::Top);
        Looks {
            title: Format::new().set_bold().set_font_size(13),
            bold: Format::new().set_bold(),
            bold_top: Format::new()
                .set_bold()
                .set_align(FormatAlign::Top)
                .set_text_wrap(),
            bold_right: Format::new().set_bold().set_align(FormatAlign::Right),
            bold_text: Format::new()
                .set_bold()
                .set_align(FormatAlign::Left)
                .set_indent(1),
            num: top.clone().set_num_format_index(NUM),
            num_bold: top.clone().set_num_format_index(NUM).set_bold(),
            whole: top.clone().set_num_format_index(WHOLE),
            wrap: top
                .clone()
                .set_align(FormatAlign::Left)
                .set_text_wrap()
                .set_indent(1),
            top: top.clone().set_text_wrap(),
            right: top.set_align(FormatAlign::Right),
            key: Format::new().set_font_color(rust_xlsxwriter::Color::Gray),
        }
    }
}

/// A4, landscape or portrait, fitted to the page's width (as many pages
/// down as it takes), with the case id and the page number in the footer.
pub(super) fn page(ws: &mut Worksheet, id: &str, landscape: bool) {
    ws.set_paper_size(9);
    if landscape {
        ws.set_landscape();
    }
    ws.set_print_fit_to_pages(1, 0);
    ws.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
    ws.set_footer(format!("&L{}&R&P / &N", id.replace('&', "&&")));
}

/// A sheet's title in its first row, and the note under it, if any.
fn sheet_title(
    ws: &mut Worksheet,
    looks: &Looks,
    title: String,
    note: Option<&str>,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, title, &looks.title)?;
    if let Some(note) = note {
        ws.write_string(1, 0, note)?;
    }
    Ok(())
}
