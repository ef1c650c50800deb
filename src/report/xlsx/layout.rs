//! The layout of the budget workbook: the rows of sheet "Budget", section
//! by section as the table output prints them, and the input cells of sheet
//! "Forudsætninger" the formulas refer to.

use rust_decimal::Decimal;

use super::formula::Formula_;
use super::{Book, Row, Sheet, TOP};
use crate::calc::Line;
use crate::calc::totals::RespiratorSplit;
use crate::calc::transition::Transition;
use crate::report::doc::payments::month_name;

impl<'a> Book<'a> {
    /// A row at the foot of sheet "Budget", found again by its key; its
    /// rates are listed on the sheets.
    fn push(&mut self, row: Row<'a>) -> usize {
        let r = TOP + self.rows.len();
        match &row {
            Row::Line(l) => {
                self.at
                    .insert(format!("line:{}", l.key), (Sheet::Budget, r));
            }
            Row::Calc { key, .. } => {
                self.at.insert(key.clone(), (Sheet::Budget, r));
            }
            Row::Payment { index, .. } => {
                self.at
                    .insert(format!("totals.payments.{index}"), (Sheet::Budget, r));
            }
            _ => {}
        }
        self.rows.push(row);
        r
    }

    /// A row whose formula the workbook writes itself.
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
        self.push(Row::Header(
            vec![
                self.say("Post", "Item"),
                unit,
                self.say("Beregning", "Basis"),
                self.say("Hjemmel", "Legal ground"),
            ],
            1,
        ));
        let keys: Vec<String> = lines.iter().map(|l| format!("line:{}", l.key)).collect();
        for l in lines {
            self.push(Row::Line(l));
        }
        if let Some((label, key, cached)) = total {
            self.calc(label, key, Formula_::Sum(keys), cached, true);
        }
        self.push(Row::Blank);
    }

    /// The rows of sheet "Budget", section by section.
    pub(super) fn layout(&mut self) {
        let b = self.b;
        self.line_sections();
        self.grant_total();
        if let Some(tr) = &b.transition {
            self.transition(tr);
        }
        self.payments();
        self.cap_check();
        if let Some(r) = &b.respirator {
            self.respirator(r);
        }
        if !b.contributions.after_invoice.is_empty() {
            self.after_invoice();
        }
    }

    /// The sections of budget lines: hours, wages, contributions, employer
    /// tasks, other costs, each with its total.
    fn line_sections(&mut self) {
        let b = self.b;
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
        if !b.special_costs.lines.is_empty() {
            self.section(
                self.say("Særlige udgifter", "Special costs"),
                kr,
                &b.special_costs.lines,
                Some((
                    self.say("Særlige udgifter i alt", "Special costs in total"),
                    "special_costs.total",
                    b.special_costs.total,
                )),
            );
        }
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
    }

    /// The grant from the section totals, with the reduction to the cap
    /// (BEK §§ 4–10; SPEC 8).
    fn grant_total(&mut self) {
        let kr = self.say("Kr.", "DKK");
        self.push(Row::Section(format!(
            "{} (BEK §§ 4–10)",
            self.say("Samlet tilskud", "Total grant"),
        )));
        self.push(Row::Header(
            vec![
                self.say("Post", "Item"),
                kr,
                self.say("Beregning", "Basis"),
                self.say("Hjemmel", "Legal ground"),
            ],
            1,
        ));
        self.level_total();
        self.paid_in_all();
        self.push(Row::Blank);
    }

    /// BEK §§ 3–10: the cost, its reductions to the cap (stk. 4) and to the
    /// provider's price (stk. 3), and the other costs and offsets.
    fn level_total(&mut self) {
        let b = self.b;
        let t = &b.totals;
        self.calc(
            self.say(
                "Løn, pension, bidrag og arbejdsgiveropgaven",
                "Wages, pension, contributions and employer tasks",
            ),
            "totals.cost",
            Formula_::Sum(
                ["wages.total", "contributions.total", "employer_tasks.total"]
                    .into_iter()
                    .chain((!b.special_costs.lines.is_empty()).then_some("special_costs.total"))
                    .map(String::from)
                    .collect(),
            ),
            t.cost,
            false,
        );
        let mut parts = vec!["totals.cost".to_string()];
        if let Some(cap) = b.cap.cap_hourly {
            // BEK § 3 stk. 4: live, so a change of hours or wages moves it.
            let cap_cell = self.cap_input(cap);
            // Only when the cost per hour as printed exceeds the cap.
            let reduction = super::formula::round_difference(
                &format!("{cap_cell}*{{hours.total}}"),
                "{totals.cost}",
            );
            self.calc(
                self.say("Nedsættelse til loftet", "Reduction to the cap"),
                "totals.cap_reduction",
                Formula_::Raw(format!(
                    "IF({{cap.cost_per_hour}}>{cap_cell},{reduction},0)"
                )),
                t.cap_reduction,
                false,
            );
            parts.push("totals.cap_reduction".into());
        }
        if let Some(l) = &t.price_line {
            // BEK § 3 stk. 3: its basis refers to the cost row above.
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
        let whole = b.period.is_whole_year();
        self.calc(
            if whole {
                self.say("Tilskud i alt pr. år", "Grant in total per year")
            } else {
                self.say("Tilskud i alt i perioden", "Grant in total for the period")
            },
            "totals.level_total",
            Formula_::Sum(parts),
            t.level_total,
            true,
        );
    }

    /// SPEC 8: what the year pays, the level and the previous help under
    /// SEL § 3 a until the new level, and what is covered after the period.
    fn paid_in_all(&mut self) {
        let b = self.b;
        let t = &b.totals;
        // What the year pays: the previous help under SEL § 3 a until the
        // new level, and what is covered after the period (SPEC 8).
        let mut paid = vec!["totals.level_total".to_string()];
        if let Some(tr) = &b.transition {
            self.calc(
                self.say(
                    "Tidligere hjælp indtil det nye niveau (SEL § 3 a)",
                    "Previous help until the new level (SEL § 3 a)",
                ),
                "totals.previous_help",
                Formula_::Raw("{transition.total}-{totals.level_total}".into()),
                tr.total - t.level_total,
                false,
            );
            paid.push("totals.previous_help".into());
        }
        for l in &t.after_end {
            self.push(Row::Line(l));
            paid.push(format!("line:{}", l.key));
        }
        self.calc(
            self.say("Udbetales i alt", "Paid in all"),
            "totals.grant_total",
            Formula_::Sum(paid),
            t.grant_total,
            true,
        );
    }

    /// A reduction under notice (SEL § 3 a; VEJ pkt. 39–40).
    fn transition(&mut self, tr: &'a Transition) {
        let kr = self.say("Kr.", "DKK");
        self.section(
            self.say(
                "Nedsættelse med varsel (SEL § 3 a)",
                "Reduction under notice (SEL § 3 a)",
            ),
            kr,
            std::slice::from_ref(&tr.previous),
            None,
        );
        self.section(
            self.say(
                "Udbetaling indtil og fra det nye niveau",
                "Payment until and from the new level",
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

    /// The payments and the month-by-month schedule (SEL § 96 a stk. 2; BEK § 11; SPEC 8).
    fn payments(&mut self) {
        let b = self.b;
        let lang = self.lang;
        let t = &b.totals;
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
        self.push(Row::Header(
            vec![
                self.say("Måned", "Month"),
                self.say("I alt", "Total"),
                self.say("Til arbejdsgiveren", "To the employer"),
                self.say("Til borgeren", "To the recipient"),
            ],
            3,
        ));
        for (i, p) in t.payments.iter().enumerate() {
            let label = format!(
                "{} {}",
                month_name((p.month as usize).saturating_sub(1), lang),
                p.year
            );
            self.push(Row::Payment { label, index: i });
        }
        self.push(Row::Blank);
    }

    /// The per-hour cap check (BEK § 3 stk. 4; VEJ pkt. 62; KL 3.4.2).
    fn cap_check(&mut self) {
        let b = self.b;
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
            let cached = match b.cap.verdict {
                crate::calc::totals::Verdict::Exceeded => self.say("overskredet", "exceeded"),
                _ => self.say("inden for loftet", "within the cap"),
            };
            self.push(Row::Text(
                self.say("Vurdering", "Verdict").to_string(),
                verdict,
                cached.to_string(),
            ));
        }
        self.push(Row::Blank);
    }

    /// The respirator split (KL 3.3.3; VEJ pkt. 92): the region shares wages,
    /// contributions and employer tasks after any cap reduction; the § 10
    /// amount and offsets stay with the municipality.
    fn respirator(&mut self, r: &RespiratorSplit) {
        let b = self.b;
        self.push(Row::Section(format!(
            "{} (KL 3.3.3; VEJ pkt. 92)",
            self.say("Fordeling med regionen", "Split with the region")
        )));
        let mut shared = String::from("{totals.cost}");
        if b.cap.cap_hourly.is_some() {
            shared.push_str("+{totals.cap_reduction}");
        }
        if let Some(l) = &b.totals.price_line {
            shared.push_str(&format!("+{{line:{}}}", l.key));
        }
        self.calc(
            self.say(
                "Delt: løn, bidrag og arbejdsgiveropgaven",
                "Shared: wages, contributions and employer tasks",
            ),
            "respirator.shared",
            Formula_::Raw(shared),
            r.shared,
            false,
        );
        let label = self
            .say("Regionens andel, %", "The region's share, %")
            .to_string();
        let pct = self
            .tag_cell("input:respirator.region_pct", r.region_pct, 2, "%", &label)
            .unwrap_or_else(|| "0".into());
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
            Formula_::Raw("{totals.level_total}-{respirator.region}".into()),
            r.municipality,
            false,
        );
        self.push(Row::Blank);
    }

    /// The costs covered after invoice: an estimate, not in the grant (BEK § 4 stk. 2).
    fn after_invoice(&mut self) {
        let b = self.b;
        let kr = self.say("Kr.", "DKK");
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

    /// The input cell of the cap per hour, from its rate when there is one.
    fn cap_input(&mut self, cap: Decimal) -> String {
        let key = self
            .b
            .cap
            .cap_rate
            .as_ref()
            .map_or_else(|| "input:cap".to_string(), |f| f.source_key(None));
        let label = self.say("Loft pr. time", "Cap per hour").to_string();
        self.tag_cell(&key, cap, 2, "kr./t", &label)
            .unwrap_or_else(|| "0".into())
    }
}
