//! Writing the three sheets of the budget workbook.

use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, Formula, Worksheet, XlsxError};

use super::{
    Book, Group, Input, NUM, Names, Row, Share, TOP, col, num_format, row, to_f64, yes_no,
};
use crate::money::round;
use crate::report::doc::names::figure as figure_name;
use crate::report::{Lang, basis as basis_text, source};

impl Book<'_> {
    pub(super) fn write_inputs(
        &mut self,
        ws: &mut Worksheet,
        names: &Names,
    ) -> Result<(), XlsxError> {
        self.place_inputs();
        let lang = self.lang;
        let bold = Format::new().set_bold();
        let title = Format::new().set_bold().set_font_size(14);
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        ws.set_name(names.inputs)?;
        ws.write_string_with_format(
            0,
            0,
            format!("{} – {}", lang.say("Forudsætninger", "Inputs"), self.b.id),
            &title,
        )?;
        ws.write_string(
            1,
            0,
            lang.say(
                "Ret et tal i kolonne B; arket Budget regner om.",
                "Change a figure in column B; sheet Budget recalculates.",
            ),
        )?;
        let head = [
            lang.say("Forudsætning", "Input"),
            lang.say("Værdi", "Value"),
            lang.say("Enhed", "Unit"),
            lang.say("Kilde", "Source"),
            lang.say("Bekræftet for året", "Verified for the year"),
        ];
        for (c, h) in head.iter().enumerate() {
            ws.write_string_with_format(3, col(c), *h, &bold)?;
        }
        let mut last = None;
        let mut widths = [30usize, 14, 10, 60, 12];
        let mut order: Vec<&Input> = self.inputs.iter().collect();
        order.sort_by_key(|x| x.row);
        for x in order {
            if last != Some(x.group) {
                let heading = match x.group {
                    Group::Input => lang.say("Sagens forudsætninger", "The case's inputs"),
                    Group::Rate => lang.say("Satser", "Rates"),
                    Group::Other => lang.say(
                        "Øvrige tal i beregningen (afledt af sagen og satserne)",
                        "Other figures of the calculation (derived from the case and the rates)",
                    ),
                };
                ws.write_string_with_format(row(x.row - 1), 0, heading, &bold)?;
                last = Some(x.group);
            }
            let r = row(x.row);
            ws.write_string(r, 0, &x.label)?;
            let fmt = Format::new().set_num_format(num_format(x.dp));
            ws.write_number_with_format(r, 1, to_f64(x.value), &fmt)?;
            ws.write_string(r, 2, &x.unit)?;
            if !x.source.is_empty() {
                ws.write_string_with_format(r, 3, &x.source, &wrap)?;
            }
            if let Some(v) = x.verified {
                ws.write_string(r, 4, yes_no(v, lang))?;
            }
            widths[0] = widths[0].max(x.label.chars().count().min(60));
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(col(c), *w as f64 + 2.0)?;
        }
        ws.set_freeze_panes(4, 0)?;
        page(ws);
        Ok(())
    }

    pub(super) fn write_budget(&self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
        ws.set_name(names.budget)?;
        let looks = Looks::new();
        self.write_heading(ws, &looks)?;
        let mut widths = [24usize, 14, 30, 20, 12];
        for (i, row_) in self.rows.iter().enumerate() {
            self.write_row(ws, names, TOP + i, row_, &looks, &mut widths)?;
        }
        let caps = [50, 16, 60, 40, 34];
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(col(c), (*w).min(caps[c]) as f64 + 2.0)?;
        }
        ws.set_freeze_panes(row(TOP), 0)?;
        ws.set_repeat_rows(0, row(TOP - 1))?;
        page(ws);
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
        ws.write_string(
            1,
            0,
            format!(
                "{} {} · {} · {}: {} · {}: {}",
                lang.say("Bevillingsår", "Grant year"),
                b.year,
                crate::report::scheme_name(b.scheme, lang),
                lang.say("Arbejdsgiver", "Employer"),
                crate::report::employer_name(b.employer, lang),
                lang.say("Satser", "Rates"),
                crate::report::origin(&b.rates_origin, lang),
            ),
        )?;
        ws.write_string_with_format(2, 4, lang.say("Nøgle", "Key"), &looks.key)?;
        Ok(())
    }

    /// One row of sheet "Budget" at sheet row `r`, widening the columns
    /// its texts need.
    fn write_row(
        &self,
        ws: &mut Worksheet,
        names: &Names,
        r: usize,
        row_: &Row<'_>,
        looks: &Looks,
        widths: &mut [usize; 5],
    ) -> Result<(), XlsxError> {
        let lang = self.lang;
        let rr = row(r);
        match row_ {
            Row::Blank => {}
            Row::Section(s) => {
                ws.write_string_with_format(rr, 0, s, &looks.title)?;
            }
            Row::Header(h) => {
                for (c, s) in h.iter().enumerate() {
                    ws.write_string_with_format(rr, col(c), *s, &looks.bold)?;
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
                widths[0] = widths[0].max(label.chars().count());
                widths[2] = widths[2].max(text.chars().count());
                widths[3] = widths[3].max(l.legal.chars().count());
            }
            Row::Calc {
                label,
                key,
                cached,
                bold: strong,
                ..
            } => {
                let (lf, nf) = if *strong {
                    (&looks.bold, &looks.num_bold)
                } else {
                    (&looks.top, &looks.num)
                };
                ws.write_string_with_format(rr, 0, label, lf)?;
                self.formula(ws, r, names, *cached, nf)?;
                ws.write_string_with_format(rr, 4, key, &looks.key)?;
                widths[0] = widths[0].max(label.chars().count());
            }
            Row::Payment {
                label,
                index,
                days,
                shares,
            } => {
                self.payment(ws, r, names, label, *index, *days, &looks.num)?;
                if let Some(shares) = shares {
                    self.transition_shares(ws, r, names, (*index, shares), &looks.num)?;
                }
            }
            Row::Text(label, _) => {
                ws.write_string_with_format(rr, 0, label, &looks.top)?;
                let cached = match self.b.cap.verdict {
                    crate::calc::totals::Verdict::Exceeded => lang.say("overskredet", "exceeded"),
                    _ => lang.say("inden for loftet", "within the cap"),
                };
                let text = self
                    .formulas
                    .get(&r)
                    .map_or(String::new(), |f| self.cells(f, names.inputs));
                ws.write_formula(rr, 1, Formula::new(format!("={text}")).set_result(cached))?;
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
            .map_or_else(|| "0".to_string(), |f| self.cells(f, names.inputs));
        ws.write_formula_with_format(
            row(r),
            1,
            Formula::new(format!("={text}")).set_result(round(cached, 2).to_string()),
            fmt,
        )?;
        Ok(())
    }

    /// A month of the payment schedule (SPEC 8): whole months one share, a
    /// part month by its days; the last payment takes the rounding.
    #[allow(clippy::too_many_arguments)]
    fn payment(
        &self,
        ws: &mut Worksheet,
        r: usize,
        names: &Names,
        label: &str,
        index: usize,
        days: (u32, u32),
        num: &Format,
    ) -> Result<(), XlsxError> {
        let t = &self.b.totals;
        let Some(p) = t.payments.get(index) else {
            return Ok(());
        };
        let rr = row(r);
        let first = r - index;
        let months = self.b.period.months.len();
        let last_month = first + months - 1;
        let key = format!("totals.payments.{index}");
        ws.write_string(rr, 0, label)?;
        let after = t.after_end.first().map(|l| format!("line:{}", l.key));
        let (employer, recipient) = if index >= months {
            // The month after the death (SEL § 96 c stk. 2).
            (
                after
                    .clone()
                    .map_or("0".to_string(), |k| format!("{{{k}}}")),
                "0".to_string(),
            )
        } else {
            ws.write_number(rr, 5, f64::from(days.0))?;
            ws.write_number(rr, 6, f64::from(days.1))?;
            let weights = format!(
                "SUMPRODUCT(F{a}:F{b}/G{a}:G{b})",
                a = first + 1,
                b = last_month + 1
            );
            let base_e = match &after {
                Some(k) => format!("({{totals.employer_part}}-{{{k}}})"),
                None => "{totals.employer_part}".to_string(),
            };
            if r == last_month {
                if index == 0 {
                    (base_e, "{totals.recipient_part}".to_string())
                } else {
                    (
                        format!("ROUND({base_e}-SUM(C{}:C{}),2)", first + 1, r),
                        format!(
                            "ROUND({{totals.recipient_part}}-SUM(D{}:D{}),2)",
                            first + 1,
                            r
                        ),
                    )
                }
            } else {
                let share = format!("(F{n}/G{n})/{weights}", n = r + 1);
                (
                    format!("ROUND({base_e}*{share},2)"),
                    format!("ROUND({{totals.recipient_part}}*{share},2)"),
                )
            }
        };
        let put = |ws: &mut Worksheet, c: u16, text: String, v: Decimal| {
            let text = self.cells(&text, names.inputs);
            ws.write_formula_with_format(
                rr,
                c,
                Formula::new(format!("={text}")).set_result(round(v, 2).to_string()),
                num,
            )
            .map(|_| ())
        };
        put(ws, 2, employer, p.employer_part)?;
        put(ws, 3, recipient, p.recipient_part)?;
        put(
            ws,
            1,
            format!("C{n}+D{n}", n = r + 1),
            p.employer_part + p.recipient_part,
        )?;
        ws.write_string(rr, 4, key)?;
        Ok(())
    }

    /// SEL § 3 a: a month's share of the previous help (days in H, amount in
    /// J) and of the new level (I, K), each part spread over its months by
    /// their days, its last month taking the rounding; the employer gets
    /// both shares less the recipient's part.
    fn transition_shares(
        &self,
        ws: &mut Worksheet,
        r: usize,
        names: &Names,
        (index, shares): (usize, &[Share; 2]),
        num: &Format,
    ) -> Result<(), XlsxError> {
        let (rr, n, first) = (row(r), r + 1, r - index + 1);
        let last = first + self.b.period.months.len() - 1;
        let parts = [
            ((7, "H"), (9, "J"), "line:transition.old"),
            ((8, "I"), (10, "K"), "line:transition.new"),
        ];
        for (((days_col, d), (share_col, c), key), share) in parts.into_iter().zip(shares) {
            ws.write_number(rr, days_col, f64::from(share.days))?;
            let text = if share.days == 0 {
                "0".to_string()
            } else if share.last && r + 1 == first {
                format!("{{{key}}}")
            } else if share.last {
                format!("ROUND({{{key}}}-SUM({c}{first}:{c}{}),2)", n - 1)
            } else {
                format!(
                    "ROUND({{{key}}}*({d}{n}/G{n})/SUMPRODUCT({d}{first}:{d}{last}/G{first}:G{last}),2)"
                )
            };
            let text = self.cells(&text, names.inputs);
            ws.write_formula_with_format(
                rr,
                share_col,
                Formula::new(format!("={text}")).set_result(round(share.amount, 2).to_string()),
                num,
            )?;
        }
        let p = &self.b.totals.payments[index];
        ws.write_formula_with_format(
            rr,
            2,
            Formula::new(format!("=ROUND(J{n}+K{n}-D{n},2)"))
                .set_result(round(p.employer_part, 2).to_string()),
            num,
        )?;
        Ok(())
    }

    pub(super) fn write_sources(&self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
        let lang = self.lang;
        ws.set_name(names.sources)?;
        let bold = Format::new().set_bold();
        let title = Format::new().set_bold().set_font_size(14);
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let top = Format::new().set_align(FormatAlign::Top);
        ws.write_string_with_format(
            0,
            0,
            format!(
                "{} ({})",
                lang.say("Satsernes kilder", "The rates' sources"),
                crate::report::origin(&self.b.rates_origin, lang)
            ),
            &title,
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
            ws.write_string_with_format(2, col(c), *h, &bold)?;
        }
        let mut r = 3u32;
        for f in &self.rates {
            let values: Vec<SourceRow> = if f.values.is_empty() {
                vec![(None, f.value, &f.source, f.source_da.as_deref(), f.verified)]
            } else {
                f.values
                    .iter()
                    .map(|d| {
                        (
                            Some(d.from),
                            d.value,
                            d.source.as_str(),
                            d.source_da.as_deref(),
                            d.verified,
                        )
                    })
                    .collect()
            };
            for (from, value, src, src_da, verified) in values {
                ws.write_string_with_format(r, 0, figure_name(&f.path, lang), &top)?;
                ws.write_string_with_format(r, 1, &f.path, &top)?;
                if let Some(d) = from {
                    ws.write_string_with_format(r, 2, d.format("%d.%m.%Y").to_string(), &top)?;
                }
                ws.write_string_with_format(
                    r,
                    3,
                    crate::report::number(value, value.scale().max(2), lang),
                    &top,
                )?;
                let text = match (lang, src_da) {
                    (Lang::Da, Some(da)) => da,
                    _ => src,
                };
                ws.write_string_with_format(r, 4, source(text, lang), &wrap)?;
                ws.write_string_with_format(r, 5, yes_no(verified, lang), &top)?;
                r += 1;
            }
        }
        for (c, w) in [30.0, 36.0, 12.0, 12.0, 80.0, 14.0].iter().enumerate() {
            ws.set_column_width(col(c), *w)?;
        }
        ws.set_freeze_panes(3, 0)?;
        page(ws);
        Ok(())
    }
}

/// One value of a rate for sheet Kilder: from, value, source, Danish source, verified.
type SourceRow<'s> = (
    Option<chrono::NaiveDate>,
    Decimal,
    &'s str,
    Option<&'s str>,
    bool,
);

/// The cell formats of sheet "Budget".
struct Looks {
    title: Format,
    bold: Format,
    num: Format,
    num_bold: Format,
    wrap: Format,
    top: Format,
    key: Format,
}

impl Looks {
    fn new() -> Looks {
        Looks {
            title: Format::new().set_bold().set_font_size(14),
            bold: Format::new().set_bold(),
            num: Format::new().set_num_format(NUM),
            num_bold: Format::new().set_num_format(NUM).set_bold(),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            top: Format::new().set_align(FormatAlign::Top).set_text_wrap(),
            key: Format::new().set_font_color(rust_xlsxwriter::Color::Gray),
        }
    }
}

/// A4, fit to the page's width.
pub(super) fn page(ws: &mut Worksheet) {
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
}
