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
mod sheets;

pub use batch::BatchRows;

use std::collections::HashMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Workbook, XlsxError};

use super::doc::names::figure as figure_name;
use super::{Lang, from_date, source};
use crate::budget::Budget;
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

        // SEL § 3 a, VEJ pkt. 39–40: a reduction under notice.
        if let Some(tr) = &b.transition {
            self.section(
                self.say(
                    "Nedsættelse med varsel (SEL § 3 a)",
                    "Reduction under notice (SEL § 3 a)",
                ),
                kr,
                &tr.lines,
                Some((
                    self.say("Udbetales i perioden", "Paid in the period"),
                    "transition.total",
                    tr.total,
                )),
            );
        }

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

        // The respirator split: KL 3.3.3, VEJ pkt. 92. The region shares wages,
        // contributions and employer tasks after any cap reduction; the § 10
        // amount and offsets stay with the municipality.
        if let Some(r) = &b.respirator {
            self.push(Row::Section(format!(
                "{} (KL 3.3.3; VEJ pkt. 92)",
                self.say("Fordeling med regionen", "Split with the region")
            )));
            let shared = if b.cap.cap_hourly.is_some() {
                "{totals.cost}+{totals.cap_reduction}"
            } else {
                "{totals.cost}"
            };
            self.calc(
                self.say(
                    "Delt: løn, bidrag og arbejdsgiveropgaven",
                    "Shared: wages, contributions and employer tasks",
                ),
                "respirator.shared",
                Formula_::Raw(shared.into()),
                r.shared,
                false,
            );
            let label = self
                .say("Regionens andel, %", "The region's share, %")
                .to_string();
            let pct = hole(self.input(
                Group::Input,
                "respirator.region_pct".into(),
                label,
                r.region_pct,
                2,
                "%".into(),
            ));
            self.calc(
                self.say("Regionen", "The region"),
                "respirator.region",
                Formula_::Raw(format!("ROUND({{respirator.shared}}*{pct}/100,2)")),
                r.region,
                false,
            );
            self.calc(
                self.say(
                    "Kommunen (resten, med § 10-beløb og modregning)",
                    "The municipality (the rest, with the § 10 amount and offsets)",
                ),
                "respirator.municipality",
                Formula_::Raw("{totals.grant_total}-{respirator.region}".into()),
                r.municipality,
                false,
            );
            self.push(Row::Blank);
        }

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
                // `total:wages` is the row `wages.total`; `total:totals.grant_total` itself.
                let key = from.strip_prefix("total:").map_or(from.to_string(), |k| {
                    if k.contains('.') {
                        k.to_string()
                    } else {
                        format!("{k}.total")
                    }
                });
                if let Some(&r) = self.at.get(&key)
                    && self.cached(r) == Some(shown)
                {
                    return Src::Budget(r);
                }
            }
            if let Some(path) = from.strip_prefix("rate:")
                && let Some(f) = line.rates.iter().find(|f| f.path == path)
            {
                return Src::Input(self.rate_input(f, shown, dp, unit));
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
                Term::Word(_) | Term::Said(_) => {}
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
        "previous.annual_total" => lang
            .say("Tidligere tilskud pr. år", "Previous grant per year")
            .into(),
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
