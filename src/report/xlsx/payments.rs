//! The payment rows of sheet "Budget" (SEL § 96 a stk. 2; BEK § 11; SPEC
//! 8): each month of the period its share of the employer's and the
//! recipient's parts by its days, the last month the rest; under SEL § 3 a
//! the previous help and the new level month by month instead of the
//! employer's share; what is covered after the period in the month after.

use rust_xlsxwriter::{Format, Formula, Worksheet, XlsxError};

use super::{Book, Names, Sheet, row};
use crate::calc::period::months;
use crate::calc::totals::spread;
use crate::money::round;

/// SPEC 8: `total × w / Σw` to the øre, half away from zero, counted in
/// whole øre and whole-number weights, so no binary fraction decides a
/// tie (`ROUND` of a product like 116.068,86 × 1/12 can fall a hair below
/// the half øre it is): the quotient, and one øre more when twice the
/// remainder reaches the divisor.
pub(super) fn share_of(total: &str, weight: &str, all: &str) -> String {
    let t = format!("ROUND({total}*100,0)");
    let a = format!("ABS({t})*{weight}");
    format!("SIGN({t})*(QUOTIENT({a},{all})+IF(2*MOD({a},{all})>=({all}),1,0))/100")
}

impl Book<'_> {
    /// The formulas of payment `index` (employer's part, recipient's part),
    /// with `{key}` references and the columns' cells of earlier months.
    fn payment_formulas(&mut self, index: usize) -> (String, String) {
        let b = self.b;
        let months = &b.period.months;
        if index >= months.len() {
            // The month after the period: what is covered after it.
            let after: Vec<String> = b
                .totals
                .after_end
                .iter()
                .map(|l| format!("{{line:{}}}", l.key))
                .collect();
            let employer = if after.is_empty() {
                "0".into()
            } else {
                after.join("+")
            };
            return (employer, "0".into());
        }
        let shares = self.month_weights(months, "month");
        let all = shares.join("+");
        let first = self.payment_row(0);
        let spread = |total: &str, col: char| {
            if index + 1 == months.len() {
                if index == 0 {
                    total.to_string()
                } else {
                    format!(
                        "ROUND({total}-SUM({col}{}:{col}{}),2)",
                        first + 1,
                        first + index
                    )
                }
            } else {
                share_of(total, &shares[index], &all)
            }
        };
        let recipient = spread("{totals.recipient_part}", 'D');
        let employer = match &b.transition {
            None => spread("({totals.level_total}-{totals.recipient_part})", 'C'),
            Some(_) => {
                let m = months[index].month;
                let part = |set: &str| {
                    let key = format!("transition.{set}.{m}");
                    if self.at.contains_key(&key) {
                        format!("{{{key}}}")
                    } else {
                        "0".into()
                    }
                };
                let r = self.payment_row(index) + 1;
                format!("{}+{}-D{r}", part("old"), part("new"))
            }
        };
        (employer, recipient)
    }

    /// The sheet row of payment `index`.
    fn payment_row(&self, index: usize) -> usize {
        self.at
            .get(&format!("totals.payments.{index}"))
            .map_or(0, |x| x.1)
    }

    /// Every payment's formulas, made before the inputs get their rows.
    pub(super) fn payment_cells(&mut self) {
        for i in 0..self.b.totals.payments.len() {
            let (e, r) = self.payment_formulas(i);
            self.payments.push((e, r));
        }
    }

    /// A month of the payment schedule: the total, the employer's and the
    /// recipient's parts, and its key.
    pub(super) fn write_payment(
        &self,
        ws: &mut Worksheet,
        r: usize,
        (names, label, index): (&Names, &str, usize),
        num: &Format,
    ) -> Result<(), XlsxError> {
        let t = &self.b.totals;
        let (Some(p), Some((employer, recipient))) =
            (t.payments.get(index), self.payments.get(index))
        else {
            return Ok(());
        };
        let rr = row(r);
        ws.write_string(rr, 0, label)?;
        let put = |ws: &mut Worksheet, c: u16, text: &str, v: rust_decimal::Decimal| {
            let text = self.cells(text, Sheet::Budget, names);
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
            &format!("C{n}+D{n}", n = r + 1),
            p.employer_part + p.recipient_part,
        )?;
        ws.write_string(rr, 4, format!("totals.payments.{index}"))?;
        Ok(())
    }
}

impl Book<'_> {
    /// SEL § 3 a, SPEC 8: the previous help spread over its months by days
    /// and the new level over its, the month of the change getting both.
    pub(super) fn transition_months(&mut self) {
        let Some(tr) = &self.b.transition else { return };
        let p = &self.b.period;
        let last_old = tr.effective.pred_opt().unwrap_or(p.to).min(p.to);
        let old = months(p.from, last_old);
        let new = if tr.effective <= p.to {
            months(tr.effective, p.to)
        } else {
            Vec::new()
        };
        self.work_section(self.say(
            "Udbetaling før og efter det nye niveau",
            "Payment before and after the new level",
        ));
        let parts = [
            ("old", "transition.old", old),
            ("new", "transition.new", new),
        ];
        for (set, line, list) in parts {
            let Some(amount) = self.line(line).map(|l| l.amount) else {
                continue;
            };
            let shares = self.month_weights(&list, set);
            let all = shares.join("+");
            let values = spread(amount, &list);
            for (j, m) in list.iter().enumerate() {
                let formula = if j + 1 == list.len() {
                    let before: Vec<String> = list[..j]
                        .iter()
                        .map(|x| format!("{{{line}.{}}}", x.month))
                        .collect();
                    if before.is_empty() {
                        format!("{{line:{line}}}")
                    } else {
                        format!("ROUND({{line:{line}}}-({}),2)", before.join("+"))
                    }
                } else {
                    share_of(&format!("{{line:{line}}}"), &shares[j], &all)
                };
                let label = format!(
                    "{}, {}",
                    match set {
                        "old" => self.say("Tidligere hjælp", "Previous help"),
                        _ => self.say("Nyt niveau", "New level"),
                    },
                    crate::report::doc::payments::month_name(
                        (m.month as usize).saturating_sub(1),
                        self.lang
                    )
                );
                self.figure(
                    label,
                    &format!("{line}.{}", m.month),
                    formula,
                    values[j],
                    self.say(
                        "fordelt efter dage (SEL § 3 a; VEJ pkt. 39–40)",
                        "spread by days (SEL § 3 a; VEJ pkt. 39–40)",
                    ),
                );
            }
        }
    }
}
