//! The formula builder: a line's basis turned into a spreadsheet formula
//! over cells — each number a reference to where it comes from (an input,
//! an earlier line, a working figure) or a constant of the calendar — and
//! the formulas the workbook writes itself (sums, per-hour figures, the
//! lines whose shape follows their inputs).

use rust_decimal::Decimal;

use super::{Book, Group, Row, TOP};
use crate::calc::{Basis, Line, Term};
use crate::case::Band;

/// `a − b` to the hundredth, the difference first to 9 decimals: a
/// spreadsheet subtracts in binary floating point, and 19,622 − 18,797
/// comes out a hair under 0,825, which `ROUND(…,2)` alone takes down.
pub(super) fn round_difference(a: &str, b: &str) -> String {
    format!("ROUND(ROUND({a}-{b},9),2)")
}

/// A formula over named rows, resolved to cells once every row has its place.
pub(super) enum Formula_ {
    Sum(Vec<String>),
    /// `=ROUND(a / b, 2)` or 0 when b is 0.
    PerHour(String, String),
    Ref(String),
    Raw(String),
}

impl Book<'_> {
    /// The terms of a basis as a formula over cells; numbers whose source
    /// is not said become inputs of their own ("Øvrige tal", which no
    /// budget should have: the tests say so).
    pub(super) fn basis_formula(&mut self, basis: &Basis, label: &str, key: &str) -> String {
        let mut f = String::new();
        let mut n = 0;
        for term in &basis.0 {
            match term {
                Term::Num {
                    value,
                    dp,
                    unit,
                    from,
                } => {
                    let unit_text = self.lang.pick(unit).to_string();
                    let cell = from
                        .as_deref()
                        .and_then(|tag| self.tag_cell(tag, *value, *dp, &unit_text, label))
                        .unwrap_or_else(|| {
                            let shown = crate::money::round(*value, *dp);
                            let name = format!(
                                "{label}, {} {}{}",
                                self.say("tal", "number"),
                                n + 1,
                                if unit_text.is_empty() {
                                    String::new()
                                } else {
                                    format!(" ({unit_text})")
                                }
                            );
                            self.input(
                                Group::Other,
                                &format!("other:{key}#{n}"),
                                name,
                                shown,
                                *dp,
                                &unit_text,
                            )
                        });
                    n += 1;
                    if unit.en == "%" {
                        f.push('(');
                        f.push_str(&cell);
                        f.push_str("/100)");
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
        f
    }

    /// The formula of a line: its basis over cells, rounded to øre; a line
    /// whose terms change with its inputs is written by its rule instead.
    fn line_formula(&mut self, l: &Line) -> String {
        if let Some(f) = self.rule_formula(l) {
            return f;
        }
        let label = self.lang.pick(&l.label).to_string();
        let f = self.basis_formula(&l.basis, &label, &l.key);
        let (recruitment, new) = &self.b.employer_tasks.recruitment;
        if recruitment.contains(&l.key) {
            // SPEC 6: recruitment only with new hires.
            let hires = self
                .tag_cell("input:extra.new_helpers", *new, 0, "", &label)
                .unwrap_or_else(|| "0".into());
            return format!("IF({hires}>0,ROUND({f},2),0)");
        }
        format!("ROUND({f},2)")
    }

    /// Lines whose printed terms depend on their figures: meetings (staff
    /// meetings from two helpers on) and full-cover weeks (each band up to
    /// the week profile). The workbook writes their rule whole.
    fn rule_formula(&mut self, l: &Line) -> Option<String> {
        match l.key.as_ref() {
            "meetings" => Some(self.meetings_formula(l)),
            "full_cover" => Some(
                (0..Band::ALL.len())
                    .map(|i| format!("{{hours.bands.{i}.full_cover}}"))
                    .collect::<Vec<_>>()
                    .join("+"),
            ),
            "provider.price" => self.price_formula(l),
            _ => None,
        }
    }

    /// BEK § 3 stk. 3, VEJ pkt. 63: the reduction to the provider's price,
    /// `min(0, price × m_p / 12 − (cost + the reduction to the cap))`: no
    /// reduction once the grant is below the price, and the cap's reduction
    /// counted whenever the cap reduces.
    fn price_formula(&mut self, l: &Line) -> Option<String> {
        let price = l.basis.0.iter().find_map(|t| match t {
            Term::Num {
                value,
                from: Some(from),
                ..
            } if from == "input:provider.price" => Some(*value),
            _ => None,
        })?;
        let label = self.lang.pick(&l.label).to_string();
        let of_year = self
            .b
            .period
            .of_year_terms(Basis::new().kr(price).from("input:provider.price"));
        let part = self.basis_formula(&of_year, &label, &l.key);
        let cap = if self.b.cap.cap_hourly.is_some() {
            "+{totals.cap_reduction}"
        } else {
            ""
        };
        Some(format!("MIN(0,ROUND({part}-({{totals.cost}}{cap}),2))"))
    }

    /// KL tabel 4 (SPEC 3.5): `n × MUS + (n ≥ 2 ? n × staff meetings : 0)`,
    /// the period's share `d_p / d_y` of it, to the hundredth.
    fn meetings_formula(&mut self, l: &Line) -> String {
        let mut mus = None;
        let mut staff = None;
        let mut helpers = Decimal::ZERO;
        for t in &l.basis.0 {
            if let Term::Num {
                value,
                from: Some(from),
                ..
            } = t
            {
                if from.ends_with("mus_hours") {
                    mus = Some((from.to_string(), *value));
                } else if from.ends_with("staff_meeting_hours") {
                    staff = Some((from.to_string(), *value));
                } else if from.as_ref() == "input:extra.helpers" {
                    helpers = *value;
                }
            }
        }
        let label = self.lang.pick(&l.label).to_string();
        let n = self
            .tag_cell("input:extra.helpers", helpers, 0, "", &label)
            .unwrap_or_else(|| "0".into());
        let cell = |book: &mut Self, x: Option<(String, Decimal)>, unit: &str| match x {
            Some((tag, v)) => book
                .tag_cell(&tag, v, 2, unit, &label)
                .unwrap_or_else(|| "0".into()),
            None => "0".into(),
        };
        let mus = cell(self, mus, "t");
        // The staff-meeting figure is named even for one helper, so that
        // raising the helpers to two brings the meetings in.
        let staff = staff.or_else(|| {
            self.figs
                .values()
                .find(|f| f.path.ends_with("staff_meeting_hours"))
                .map(|f| (f.source_key(None), f.value))
        });
        let staff = cell(self, staff, "t");
        let yearly = format!("{n}*{mus}+IF({n}>=2,{n}*{staff},0)");
        if self.b.period.is_whole_year() {
            format!("ROUND({yearly},2)")
        } else {
            let days = self
                .tag_cell(
                    "period:days",
                    Decimal::from(self.b.period.days),
                    0,
                    "",
                    &label,
                )
                .unwrap_or_default();
            let year = self
                .tag_cell(
                    "period:year_days",
                    Decimal::from(self.b.period.year_days),
                    0,
                    "",
                    &label,
                )
                .unwrap_or_default();
            format!("ROUND(({yearly})*{days}/{year},2)")
        }
    }

    /// The formula of every row of sheet "Budget" that has one, by its row.
    pub(super) fn formulas(&mut self) {
        for i in 0..self.rows.len() {
            let r = TOP + i;
            let text = match &self.rows[i] {
                Row::Line(l) => {
                    let l: &Line = l;
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
                Row::Text(_, s, _) => s.clone(),
                _ => continue,
            };
            self.formulas.insert(r, text);
        }
    }
}
