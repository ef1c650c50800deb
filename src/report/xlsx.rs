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

use std::collections::HashMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};

use super::{Lang, basis as basis_text, figure_name, from_date, source};
use crate::Budget;
use crate::calc::{Line, Term};
use crate::money::round;
use crate::rates::Fig;

/// The Excel number format for money and hours; a Danish Excel shows it as
/// `#.##0,00` (`1.234,56`).
const NUM: &str = "#,##0.00";

/// Start of a placeholder for an input cell in a formula being built.
const HOLE: char = '\u{1}';

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
    /// A month of the payment schedule.
    Payment {
        label: String,
        index: usize,
        days: (u32, u32),
    },
    Text(String, String),
}

/// A formula over named rows, resolved to cells once every row has its place.
enum Formula_ {
    Sum(Vec<String>),
    /// `=ROUND(a / b, 2)` or 0 when b is 0.
    PerHour(String, String),
    Ref(String),
    Raw(String),
}

/// What a number of a basis refers to.
enum Src {
    Budget(usize),
    Input(usize),
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

    fn push(&mut self, row: Row<'a>) -> usize {
        let r = TOP + self.rows.len();
        match &row {
            Row::Line(l) => {
                self.at.insert(format!("line:{}", l.key), r);
                for f in &l.rates {
                    if !self.rates.iter().any(|g| g.path == f.path) {
                        self.rates.push(f);
                    }
                }
            }
            Row::Calc { key, .. } => {
                self.at.insert(key.clone(), r);
            }
            _ => {}
        }
        self.rows.push(row);
        r
    }

    fn calc(&mut self, label: &str, key: &str, formula: Formula_, cached: Decimal, bold: bool) {
        self.push(Row::Calc {
            label: label.to_string(),
            key: key.to_string(),
            formula,
            cached,
            bold,
        });
    }

    /// A section of lines and its total.
    fn section(
        &mut self,
        title: &str,
        unit: &'static str,
        lines: &'a [Line],
        total: Option<(&str, &str, Decimal)>,
    ) {
        self.push(Row::Section(title.to_string()));
        self.push(Row::Header(vec![
            self.say("Post", "Item"),
            unit,
            self.say("Beregning", "Basis"),
            self.say("Hjemmel", "Legal ground"),
        ]));
        let keys: Vec<String> = lines.iter().map(|l| format!("line:{}", l.key)).collect();
        for l in lines {
            self.push(Row::Line(l));
        }
        if let Some((label, key, cached)) = total {
            self.calc(label, key, Formula_::Sum(keys), cached, true);
        }
        self.push(Row::Blank);
    }

    fn layout(&mut self) {
        let b = self.b;
        let lang = self.lang;
        let kr = self.say("Kr.", "DKK");
        self.section(
            self.say("Timeudmåling", "Hours"),
            self.say("Timer", "Hours"),
            &b.hours.lines,
            Some((
                self.say("Bevilgede timer i alt", "Granted hours in total"),
                "hours.total",
                b.hours.total,
            )),
        );
        self.section(
            self.say("Lønbudget", "Wage budget"),
            kr,
            &b.wages.lines,
            Some((
                self.say(
                    "Løn, pension og feriegodtgørelse i alt",
                    "Wages, pension and holiday pay in total",
                ),
                "wages.total",
                b.wages.total,
            )),
        );
        self.section(
            self.say("Lovpligtige bidrag", "Statutory contributions"),
            kr,
            &b.contributions.lines,
            Some((
                self.say(
                    "Lovpligtige bidrag i alt",
                    "Statutory contributions in total",
                ),
                "contributions.total",
                b.contributions.total,
            )),
        );
        self.section(
            self.say(
                "Tilskud til arbejdsgiveropgaven",
                "Grant for employer tasks",
            ),
            kr,
            &b.employer_tasks.lines,
            Some((
                self.say("Arbejdsgiveropgaven i alt", "Employer tasks in total"),
                "employer_tasks.total",
                b.employer_tasks.total,
            )),
        );
        self.section(
            self.say("Andre udgifter og modregning", "Other costs and offsets"),
            kr,
            &b.other_costs.lines,
            Some((
                self.say("I alt", "Total"),
                "other_costs.total",
                b.other_costs.total,
            )),
        );

        // The grant: SPEC 8.
        let t = &b.totals;
        self.push(Row::Section(format!(
            "{} (BEK §§ 4–10)",
            self.say("Samlet tilskud", "Total grant"),
        )));
        self.push(Row::Header(vec![
            self.say("Post", "Item"),
            kr,
            self.say("Beregning", "Basis"),
            self.say("Hjemmel", "Legal ground"),
        ]));
        self.calc(
            self.say(
                "Løn, pension, bidrag og arbejdsgiveropgaven",
                "Wages, pension, contributions and employer tasks",
            ),
            "totals.cost",
            Formula_::Sum(vec![
                "wages.total".into(),
                "contributions.total".into(),
                "employer_tasks.total".into(),
            ]),
            t.cost,
            false,
        );
        let mut parts = vec!["totals.cost".to_string()];
        if let Some(cap) = b.cap.cap_hourly {
            // BEK § 3 stk. 4: live, so a change of hours or wages moves it.
            let cap_cell = self.cap_input(cap);
            self.calc(
                self.say("Nedsættelse til loftet", "Reduction to the cap"),
                "totals.cap_reduction",
                Formula_::Raw(format!(
                    "ROUND(MIN(0,{cap_cell}*{{hours.total}}-{{totals.cost}}),2)"
                )),
                t.cap_reduction,
                false,
            );
            parts.push("totals.cap_reduction".into());
        }
        if let Some(l) = &t.after_death {
            self.push(Row::Line(l));
            parts.push(format!("line:{}", l.key));
        }
        self.calc(
            self.say("Andre udgifter og modregning", "Other costs and offsets"),
            "totals.other_costs",
            Formula_::Ref("other_costs.total".into()),
            b.other_costs.total,
            false,
        );
        parts.push("totals.other_costs".into());
        self.calc(
            self.say("Tilskud i alt pr. år", "Grant in total per year"),
            "totals.grant_total",
            Formula_::Sum(parts),
            t.grant_total,
            true,
        );
        self.push(Row::Blank);

        // The payments: SPEC 8, SEL § 96 a stk. 2, BEK § 11.
        self.push(Row::Section(format!(
            "{} (SEL § 96 a stk. 2; BEK § 11; VEJ pkt. 93–96)",
            self.say("Udbetaling", "Payments")
        )));
        self.calc(
            self.say(
                "Til borgeren (§ 10-beløb, forud)",
                "To the recipient (§ 10 amount, in advance)",
            ),
            "totals.recipient_part",
            Formula_::Raw("MAX(0,{other_costs.total})".into()),
            t.recipient_part,
            false,
        );
        self.calc(
            self.say("Til arbejdsgiveren", "To the employer"),
            "totals.employer_part",
            Formula_::Raw("{totals.grant_total}-{totals.recipient_part}".into()),
            t.employer_part,
            false,
        );
        self.push(Row::Header(vec![
            self.say("Måned", "Month"),
            self.say("I alt", "Total"),
            self.say("Til arbejdsgiveren", "To the employer"),
            self.say("Til borgeren", "To the recipient"),
        ]));
        for (i, p) in t.payments.iter().enumerate() {
            let days = b
                .period
                .months
                .iter()
                .find(|m| m.month == p.month)
                .map_or((0, 0), |m| (m.days, m.of));
            let label = format!("{} {}", month_name(p.month, lang), p.year);
            self.push(Row::Payment {
                label,
                index: i,
                days,
            });
        }
        self.push(Row::Blank);

        // The cap check: BEK § 3 stk. 4, VEJ pkt. 62, KL 3.4.2.
        self.push(Row::Section(format!(
            "{} ({})",
            self.say("Loft pr. time", "Cap per hour"),
            "BEK § 3 stk. 4; VEJ pkt. 62; KL 3.4.2"
        )));
        self.calc(
            self.say("Udgift pr. bevilget time", "Cost per granted hour"),
            "cap.cost_per_hour",
            Formula_::PerHour("totals.cost".into(), "hours.total".into()),
            b.cap.cost_per_hour,
            false,
        );
        if let Some(cap) = b.cap.cap_hourly {
            let cap_cell = self.cap_input(cap);
            self.calc(
                self.say("Loft pr. time", "Cap per hour"),
                "cap.cap_hourly",
                Formula_::Raw(cap_cell.clone()),
                cap,
                false,
            );
            let verdict = format!(
                "IF({{cap.cost_per_hour}}>{cap_cell},\"{}\",\"{}\")",
                self.say("overskredet", "exceeded"),
                self.say("inden for loftet", "within the cap")
            );
            self.push(Row::Text(
                self.say("Vurdering", "Verdict").to_string(),
                verdict,
            ));
        }
        self.push(Row::Blank);

        if !b.contributions.after_invoice.is_empty() {
            self.section(
                self.say(
                    "Dækkes efter regning (skøn, ikke i tilskuddet)",
                    "Covered after invoice (estimate, not in the grant)",
                ),
                kr,
                &b.contributions.after_invoice,
                None,
            );
        }
    }

    /// The input cell of the cap per hour, from its rate when there is one.
    fn cap_input(&mut self, cap: Decimal) -> String {
        let fig = self.b.cap.cap_rate.as_ref();
        match fig {
            Some(f) => {
                if !self.rates.iter().any(|g| g.path == f.path) {
                    self.rates.push(f);
                }
                let i = self.rate_input(f, cap, 2, "kr./t");
                hole(i)
            }
            None => {
                let label = self.say("Loft pr. time", "Cap per hour").to_string();
                hole(self.input(Group::Input, "cap".into(), label, cap, 2, "kr./t".into()))
            }
        }
    }

    fn input(
        &mut self,
        group: Group,
        id: String,
        label: String,
        value: Decimal,
        dp: u32,
        unit: String,
    ) -> usize {
        if let Some(i) = self.inputs.iter().position(|x| x.id == id) {
            return i;
        }
        self.inputs.push(Input {
            group,
            id,
            label,
            value,
            dp,
            unit,
            source: String::new(),
            verified: None,
            row: 0,
        });
        self.inputs.len() - 1
    }

    /// The input cell of a rate figure's value (a dated figure: the value in
    /// force from its date).
    fn rate_input(&mut self, f: &Fig, value: Decimal, dp: u32, unit: &str) -> usize {
        let dated = f.values.iter().find(|d| d.value == value);
        let (from, src, src_da, verified) = match dated {
            Some(d) => (
                Some(d.from),
                d.source.clone(),
                d.source_da.clone(),
                d.verified,
            ),
            None => (None, f.source.clone(), f.source_da.clone(), f.verified),
        };
        let id = format!("rate:{}@{}", f.path, value.normalize());
        let label = format!(
            "{}{}",
            figure_name(&f.path, self.lang),
            if f.values.len() > 1 {
                from_date(from, self.lang)
            } else {
                String::new()
            }
        );
        let i = self.input(Group::Rate, id, label, value, dp, unit.to_string());
        let text = match (self.lang, src_da) {
            (Lang::Da, Some(da)) => da,
            _ => src,
        };
        self.inputs[i].source = format!("{} — {}", f.path, source(&text, self.lang));
        self.inputs[i].verified = Some(verified);
        i
    }

    /// Every rate a line names, listed even when no formula refers to it.
    fn add_all_rates(&mut self) {
        let rates = self.rates.clone();
        for f in rates {
            let values: Vec<Decimal> = if f.values.is_empty() {
                vec![f.value]
            } else {
                f.values.iter().map(|d| d.value).collect()
            };
            for v in values {
                let dp = v.scale().max(2);
                self.rate_input(f, v, dp, "");
            }
        }
    }

    /// Where a number of `line`'s basis comes from.
    fn resolve(
        &mut self,
        line: &Line,
        n: usize,
        value: Decimal,
        dp: u32,
        unit: &str,
        from: Option<&str>,
    ) -> Src {
        let shown = round(value, dp);
        let lang = self.lang;
        if let Some(from) = from {
            if let Some(key) = from.strip_prefix("input:") {
                let label = format!("{} ({unit})", input_name(key, lang));
                let id = format!("input:{key}@{}", shown.normalize());
                return Src::Input(self.input(
                    Group::Input,
                    id,
                    label,
                    shown,
                    dp,
                    unit.to_string(),
                ));
            }
            if from.starts_with("line:") || from.starts_with("total:") {
                let key = from
                    .strip_prefix("total:")
                    .map_or(from.to_string(), |k| format!("{k}.total"));
                if let Some(&r) = self.at.get(&key) {
                    if self.cached(r) == Some(shown) {
                        return Src::Budget(r);
                    }
                }
            }
            if let Some(path) = from.strip_prefix("rate:") {
                if let Some(f) = line.rates.iter().find(|f| f.path == path) {
                    return Src::Input(self.rate_input(f, shown, dp, unit));
                }
            }
        }
        // A rate the line names with exactly this value.
        if !unit.is_empty() {
            let hit = line.rates.iter().find(|f| {
                (f.value == shown && f.values.is_empty())
                    || f.values.iter().any(|d| d.value == shown)
            });
            if let Some(f) = hit {
                return Src::Input(self.rate_input(f, shown, dp, unit));
            }
        }
        let label = format!(
            "{}, {} {}{}",
            lang.pick(&line.label),
            lang.say("tal", "number"),
            n + 1,
            if unit.is_empty() {
                String::new()
            } else {
                format!(" ({unit})")
            }
        );
        Src::Input(self.input(
            Group::Other,
            format!("other:{}#{n}", line.key),
            label,
            shown,
            dp,
            unit.to_string(),
        ))
    }

    /// The amount a row shows, as calculated.
    fn cached(&self, r: usize) -> Option<Decimal> {
        match self.rows.get(r - TOP)? {
            Row::Line(l) => Some(l.amount),
            Row::Calc { cached, .. } => Some(*cached),
            _ => None,
        }
    }

    /// The formula of a line: its basis over cells, rounded to øre.
    fn line_formula(&mut self, l: &Line) -> String {
        let mut f = String::new();
        let mut n = 0;
        for term in &l.basis.0 {
            match term {
                Term::Num {
                    value,
                    dp,
                    unit,
                    from,
                } => {
                    let unit_text = self.lang.pick(unit).to_string();
                    let src = self.resolve(l, n, *value, *dp, &unit_text, from.as_deref());
                    n += 1;
                    let cell = match src {
                        Src::Budget(r) => format!("B{}", r + 1),
                        Src::Input(i) => hole(i),
                    };
                    if unit.en == "%" {
                        let _ = write!(f, "({cell}/100)");
                    } else {
                        f.push_str(&cell);
                    }
                }
                Term::Op(op) => f.push_str(match *op {
                    "×" => "*",
                    "−" => "-",
                    "max(" => "MAX(",
                    "min(" => "MIN(",
                    other => other,
                }),
                Term::Word(_) => {}
            }
        }
        if f.is_empty() {
            f.push('0');
        }
        format!("ROUND({f},2)")
    }

    fn formulas(&mut self) {
        for i in 0..self.rows.len() {
            let r = TOP + i;
            let text = match &self.rows[i] {
                Row::Line(l) => {
                    let l: &'a Line = l;
                    self.line_formula(l)
                }
                Row::Calc { formula, .. } => match formula {
                    Formula_::Sum(keys) => {
                        let cells: Vec<String> = keys.iter().map(|k| format!("{{{k}}}")).collect();
                        if cells.is_empty() {
                            "0".to_string()
                        } else {
                            format!("SUM({})", cells.join(","))
                        }
                    }
                    Formula_::PerHour(a, b) => {
                        format!("IF({{{b}}}=0,0,ROUND({{{a}}}/{{{b}}},2))")
                    }
                    Formula_::Ref(k) => format!("{{{k}}}"),
                    Formula_::Raw(s) => s.clone(),
                },
                Row::Text(_, s) => s.clone(),
                _ => continue,
            };
            self.formulas.insert(r, text);
        }
    }

    /// Give every input its row on sheet "Forudsætninger", by group.
    fn place_inputs(&mut self) {
        let mut order: Vec<usize> = (0..self.inputs.len()).collect();
        order.sort_by_key(|&i| (self.inputs[i].group, i));
        let mut row = 4;
        let mut last = None;
        for i in order {
            if last != Some(self.inputs[i].group) {
                row += 1; // the group's heading
                last = Some(self.inputs[i].group);
            }
            self.inputs[i].row = row;
            row += 1;
        }
    }

    /// A formula with its `{key}` and input references made cells.
    fn cells(&self, text: &str, inputs_sheet: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if c == HOLE {
                let end = rest[1..].find('\u{2}').map_or(rest.len(), |e| e + 1);
                let i: usize = rest[1..end].parse().unwrap_or(0);
                let row = self.inputs.get(i).map_or(0, |x| x.row);
                let _ = write!(out, "'{inputs_sheet}'!$B${}", row + 1);
                rest = rest.get(end + 1..).unwrap_or("");
            } else if c == '{' && !rest.starts_with("{r}") {
                let end = rest.find('}').unwrap_or(rest.len());
                let key = &rest[1..end];
                let row = self.at.get(key).copied().unwrap_or(0);
                let _ = write!(out, "B{}", row + 1);
                rest = rest.get(end + 1..).unwrap_or("");
            } else if c == '"' {
                // A string literal: copied as is.
                let end = rest[1..].find('"').map_or(rest.len(), |e| e + 2);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            } else {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        out
    }

    fn write_inputs(&mut self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
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

    fn write_budget(&self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
        let b = self.b;
        let lang = self.lang;
        ws.set_name(names.budget)?;
        let title = Format::new().set_bold().set_font_size(14);
        let bold = Format::new().set_bold();
        let num = Format::new().set_num_format(NUM);
        let num_bold = Format::new().set_num_format(NUM).set_bold();
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let top = Format::new().set_align(FormatAlign::Top);
        let key_fmt = Format::new().set_font_color(rust_xlsxwriter::Color::Gray);
        ws.write_string_with_format(
            0,
            0,
            format!(
                "{} {}",
                lang.say("Tilskudsberegning", "Grant calculation"),
                b.id
            ),
            &title,
        )?;
        ws.write_string(
            1,
            0,
            format!(
                "{} {} · {} · {}: {} · {}: {}",
                lang.say("Bevillingsår", "Grant year"),
                b.year,
                super::scheme_name(b.scheme, lang),
                lang.say("Arbejdsgiver", "Employer"),
                super::employer_name(b.employer, lang),
                lang.say("Satser", "Rates"),
                super::origin(&b.rates_origin, lang),
            ),
        )?;
        ws.write_string_with_format(2, 4, lang.say("Nøgle", "Key"), &key_fmt)?;
        let mut widths = [24usize, 14, 30, 20, 12];
        for (i, row_) in self.rows.iter().enumerate() {
            let r = TOP + i;
            let rr = row(r);
            match row_ {
                Row::Blank => {}
                Row::Section(s) => {
                    ws.write_string_with_format(rr, 0, s, &title)?;
                }
                Row::Header(h) => {
                    for (c, s) in h.iter().enumerate() {
                        ws.write_string_with_format(rr, col(c), *s, &bold)?;
                    }
                }
                Row::Line(l) => {
                    let label = lang.pick(&l.label);
                    ws.write_string_with_format(rr, 0, label, &top)?;
                    self.formula(ws, r, names, l.amount, &num)?;
                    let text = basis_text(&l.basis, lang);
                    ws.write_string_with_format(rr, 2, &text, &wrap)?;
                    ws.write_string_with_format(rr, 3, &l.legal, &wrap)?;
                    ws.write_string_with_format(rr, 4, format!("line:{}", l.key), &key_fmt)?;
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
                        (&bold, &num_bold)
                    } else {
                        (&top, &num)
                    };
                    ws.write_string_with_format(rr, 0, label, lf)?;
                    self.formula(ws, r, names, *cached, nf)?;
                    ws.write_string_with_format(rr, 4, key, &key_fmt)?;
                    widths[0] = widths[0].max(label.chars().count());
                }
                Row::Payment { label, index, days } => {
                    self.payment(ws, r, names, label, *index, *days, &num)?;
                }
                Row::Text(label, _) => {
                    ws.write_string_with_format(rr, 0, label, &top)?;
                    let cached = match b.cap.verdict {
                        crate::calc::totals::Verdict::Exceeded => {
                            lang.say("overskredet", "exceeded")
                        }
                        _ => lang.say("inden for loftet", "within the cap"),
                    };
                    let text = self
                        .formulas
                        .get(&r)
                        .map_or(String::new(), |f| self.cells(f, names.inputs));
                    ws.write_formula(rr, 1, Formula::new(format!("={text}")).set_result(cached))?;
                    ws.write_string_with_format(rr, 4, "cap.verdict", &key_fmt)?;
                }
            }
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
        let after = t.after_death.as_ref().map(|l| format!("line:{}", l.key));
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

    fn write_sources(&self, ws: &mut Worksheet, names: &Names) -> Result<(), XlsxError> {
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
                super::origin(&self.b.rates_origin, lang)
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
            let values: Vec<(Option<chrono::NaiveDate>, Decimal, &str, Option<&str>, bool)> =
                if f.values.is_empty() {
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
                    super::number(value, value.scale().max(2), lang),
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

/// A4, fit to the page's width.
fn page(ws: &mut Worksheet) {
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
}

fn hole(i: usize) -> String {
    format!("{HOLE}{i}\u{2}")
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

fn to_f64(v: Decimal) -> f64 {
    v.to_f64().unwrap_or(0.0)
}

fn row(r: usize) -> u32 {
    u32::try_from(r).unwrap_or(u32::MAX)
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

fn month_name(m: u32, lang: Lang) -> &'static str {
    const DA: [&str; 12] = [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let i = (m as usize).saturating_sub(1).min(11);
    lang.say(DA[i], EN[i])
}

/// An input of the case by its key (`need.weekday_evening`).
fn input_name(key: &str, lang: Lang) -> String {
    let band = |b: &str| {
        crate::case::Band::ALL
            .iter()
            .find(|x| x.key() == b)
            .map(|x| lang.pick(&crate::calc::hours::band_label(*x)).to_string())
            .unwrap_or_else(|| b.to_string())
    };
    if let Some(b) = key.strip_prefix("need.") {
        return format!(
            "{} {}",
            lang.say("Behov pr. uge,", "Need per week,"),
            band(b)
        );
    }
    if let Some(b) = key.strip_prefix("deduct.") {
        return format!(
            "{} {}",
            lang.say("Fradrag pr. uge,", "Deduction per week,"),
            band(b)
        );
    }
    match key {
        "weeks" => lang.say("Uger i perioden", "Weeks in the period").into(),
        "extra.helpers" => lang.say("Hjælpere", "Helpers").into(),
        "extra.new_helpers" => lang.say("Nye hjælpere", "New helpers").into(),
        "extra.training_hours_per_new_helper" => lang
            .say("Oplæring pr. ny hjælper", "Training per new helper")
            .into(),
        "extra.course_hours_per_new_helper" => lang
            .say("Kurser pr. ny hjælper", "Courses per new helper")
            .into(),
        other => other.to_string(),
    }
}

/// `bpa batch --format xlsx`: one sheet, the CSV columns, a row per case;
/// amounts and hours are numbers, not text.
pub struct BatchRows<R: super::csv::Row> {
    book: Workbook,
    row: u32,
    widths: Vec<usize>,
    kind: std::marker::PhantomData<R>,
}

impl<R: super::csv::Row> BatchRows<R> {
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
    pub fn write(&mut self, outcome: &crate::batch::Outcome<R>) -> Result<(), XlsxError> {
        use super::csv::Cell;
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
