//! The formula builder: a line's basis turned into a spreadsheet formula
//! over cells — each number a reference to an input on sheet
//! "Forudsætninger" or to an earlier row of sheet "Budget" — and the
//! formulas the workbook writes itself (sums, per-hour figures).

use std::fmt::Write as _;

use rust_decimal::Decimal;

use super::{Book, Group, Row, TOP};
use crate::calc::{Line, Term};
use crate::money::round;
use crate::report::Lang;

/// Start of a placeholder for an input cell in a formula being built.
const HOLE: char = '\u{1}';

/// A formula over named rows, resolved to cells once every row has its place.
pub(super) enum Formula_ {
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

impl<'a> Book<'a> {
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

    /// The formula of every row that has one, by its row.
    pub(super) fn formulas(&mut self) {
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

    /// A formula with its `{key}` and input references made cells.
    pub(super) fn cells(&self, text: &str, inputs_sheet: &str) -> String {
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

/// The placeholder for input `i` in a formula being built.
pub(super) fn hole(i: usize) -> String {
    format!("{HOLE}{i}\u{2}")
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
        "pause_weeks" => lang.say("Uger i bero", "Weeks on hold").into(),
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
        "special_costs.substitute" => lang
            .say(
                "Særlige udgifter til vikardækning pr. år",
                "Special costs of substitute cover per year",
            )
            .into(),
        "special_costs.supervision" => lang
            .say("Supervision pr. år", "Supervision per year")
            .into(),
        "provider.vat" => lang.say("Moms pr. år", "VAT per year").into(),
        "provider.price" => lang
            .say("Leverandørens pris pr. år", "The provider's price per year")
            .into(),
        other => other.to_string(),
    }
}
