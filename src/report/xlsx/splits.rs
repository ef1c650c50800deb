//! The splits of sheet "Mellemregninger": a total over the bands by their
//! need, by largest remainder in whole hundredths (SPEC 3.7), and hours over
//! the parts of the period by days (SPEC 4), each step a formula.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Book;
use crate::calc::wages::by_days;
use crate::case::{Band, Employer, Scheme};
use crate::money::round;

/// The weights and figures of a largest-remainder split, in hundredths.
pub(super) struct Split {
    pub(super) prefix: &'static str,
    /// The total's key and cached value.
    pub(super) total: (String, Decimal),
    /// Each band's share: key and cached value.
    pub(super) out: [(String, Decimal); 5],
}

impl Book<'_> {
    /// SPEC 3.7: a total split over the bands in proportion to their need
    /// after deductions, in whole hundredths: each share floored, the
    /// hundredths left to the largest remainders, ties in band order; with no
    /// need at all, everything in the first band.
    pub(super) fn split(&mut self, s: &Split) {
        let p = s.prefix;
        let keys: Vec<String> = (0..5).map(|i| self.weight_need(i).0).collect();
        let w = |i: usize| format!("ROUND({{{}}}*100,0)", keys[i]);
        let need: Vec<Decimal> = (0..5)
            .map(|i| round(self.weight_need(i).1, 2) * Decimal::ONE_HUNDRED)
            .collect();
        let weights: Decimal = need.iter().sum();
        let t = round(s.total.1, 2) * Decimal::ONE_HUNDRED;
        let what = match p {
            "relative" => self.say("Nærtståendes timer", "The relative's hours"),
            _ => self.say("Oplæring m.v.", "Training etc."),
        };
        self.figure(
            format!(
                "{what}: {}",
                self.say(
                    "vægt, behov i hundrededele timer i alt",
                    "weight, need in hundredths of an hour in total",
                )
            ),
            &format!("{p}.weights"),
            (0..5).map(w).collect::<Vec<_>>().join("+"),
            weights,
            "",
        );
        self.figure(
            format!(
                "{what}: {}",
                self.say(
                    "at fordele, hundrededele timer",
                    "to split, hundredths of an hour"
                )
            ),
            &format!("{p}.hundredths"),
            format!("ROUND({{{}}}*100,0)", s.total.0),
            t,
            "",
        );
        let floors = self.floors(p, what, &need, t);
        let floors_sum: Decimal = floors.iter().sum();
        self.figure(
            format!(
                "{what}: {}",
                self.say("hundrededele tilbage", "hundredths left")
            ),
            &format!("{p}.left"),
            format!(
                "{{{p}.hundredths}}-({})",
                (0..5)
                    .map(|i| format!("{{{p}.floor.{i}}}"))
                    .collect::<Vec<_>>()
                    .join("+")
            ),
            t - floors_sum,
            "",
        );
        self.shares(s);
    }

    /// Each band's share of a split rounded down, `⌊t·w_b/Σw⌋`, and its
    /// remainder `t·w_b mod Σw`, in whole hundredths; the floors.
    fn floors(&mut self, p: &str, what: &str, need: &[Decimal], t: Decimal) -> Vec<Decimal> {
        let keys: Vec<String> = (0..5).map(|i| self.weight_need(i).0).collect();
        let w = |i: usize| format!("ROUND({{{}}}*100,0)", keys[i]);
        let weights: Decimal = need.iter().sum();
        let band = |book: &Self, i: usize| {
            book.lang
                .pick(&book.b.hours.band_label(Band::ALL[i]))
                .to_string()
        };
        let mut floors = Vec::new();
        for (i, need_i) in need.iter().enumerate() {
            let (floor, rest) = if weights.is_zero() {
                (Decimal::ZERO, Decimal::ZERO)
            } else {
                let n = t * need_i;
                let rest = n % weights;
                ((n - rest) / weights, rest)
            };
            floors.push(floor);
            self.figure(
                format!(
                    "{what}: {}, {}",
                    self.say("andel rundet ned", "share rounded down"),
                    band(self, i)
                ),
                &format!("{p}.floor.{i}"),
                format!(
                    "IF({{{p}.weights}}=0,0,QUOTIENT({{{p}.hundredths}}*{},{{{p}.weights}}))",
                    w(i)
                ),
                floor,
                "",
            );
            self.figure(
                format!(
                    "{what}: {}, {}",
                    self.say("rest", "remainder"),
                    band(self, i)
                ),
                &format!("{p}.rest.{i}"),
                format!(
                    "IF({{{p}.weights}}=0,0,MOD({{{p}.hundredths}}*{},{{{p}.weights}}))",
                    w(i)
                ),
                rest,
                "",
            );
        }
        floors
    }

    /// The shares of a split: each band's floor, and a hundredth more for
    /// the bands with need whose remainder ranks below the hundredths left
    /// (a band before another first on an equal remainder).
    fn shares(&mut self, s: &Split) {
        let p = s.prefix;
        let keys: Vec<String> = (0..5).map(|i| self.weight_need(i).0).collect();
        let w = |i: usize| format!("ROUND({{{}}}*100,0)", keys[i]);
        for i in 0..5 {
            let rank: Vec<String> = (0..5)
                .filter(|&c| c != i)
                .map(|c| {
                    let cmp = if c < i { ">=" } else { ">" };
                    format!("({}>0)*({{{p}.rest.{c}}}{cmp}{{{p}.rest.{i}}})", w(c))
                })
                .collect();
            let first = if i == 0 {
                format!("{{{}}}", s.total.0)
            } else {
                "0".into()
            };
            let formula = format!(
                "IF({{{p}.weights}}=0,{first},({{{p}.floor.{i}}}+IF(AND({}>0,{}<{{{p}.left}}),1,0))/100)",
                w(i),
                rank.join("+")
            );
            let name = self
                .lang
                .pick(&self.b.hours.band_label(Band::ALL[i]))
                .to_string();
            let what = match p {
                "relative" => self.say("Heraf nærtstående", "Of them the relative's"),
                _ => self.say("Oplæring m.v.", "Training etc."),
            };
            self.figure(
                format!("{what}, {name}"),
                &s.out[i].0,
                formula,
                s.out[i].1,
                self.say(
                    "fordelt efter behov, største rest",
                    "split by need, largest remainder",
                ),
            );
        }
    }

    /// SPEC 4: where a wage figure changes during the period, every hour
    /// figure a wage line prices is split into the parts by days: each part
    /// but the last `H × days / d_p` to the hundredth, the last the rest.
    pub(super) fn part_figures(&mut self) {
        let b = self.b;
        let parts = &b.wages.parts;
        if parts.len() <= 1 {
            return;
        }
        self.work_section(self.say(
            "Timer fordelt på perioder med samme satser",
            "Hours by parts of the period with the same rates",
        ));
        let days: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                self.cell(
                    &format!("period:part.{i}.days"),
                    Decimal::from(p.days),
                    0,
                    "",
                )
            })
            .collect();
        let period_days = self.cell("period:days", Decimal::from(b.period.days), 0, "");
        let mut what: Vec<(String, String, Decimal, String)> = vec![(
            "all".into(),
            "{band_total}".into(),
            b.hours.band_total(),
            self.say("Timer i tidsrummene", "Hours in the bands").into(),
        )];
        if self.has_line("standby") {
            what.push((
                "standby".into(),
                if self.has_line("pause.standby") {
                    "{hours.standby}".into()
                } else {
                    "{line:standby}".into()
                },
                b.hours.standby,
                self.say("Rådighedstimer", "Standby hours").into(),
            ));
        }
        for (i, band) in Band::ALL.into_iter().enumerate() {
            let name = self.lang.pick(&b.hours.band_label(band)).to_string();
            what.push((
                format!("band.{i}"),
                format!("{{hours.bands.{i}.total}}"),
                b.hours.bands[i].total,
                name,
            ));
        }
        if b.scheme == Scheme::KtRelative && b.employer == Employer::Relative {
            let label = self.say("Ansatte hjælperes timer", "Employed helpers' hours");
            let employed: Decimal = b.hours.bands.iter().map(|h| h.total - h.relative).sum();
            what.push((
                "employed".into(),
                "{employed.total}".into(),
                employed,
                label.into(),
            ));
            for (i, band) in Band::ALL.into_iter().enumerate() {
                let name = self.lang.pick(&b.hours.band_label(band)).to_string();
                let h = &b.hours.bands[i];
                what.push((
                    format!("employed.{i}"),
                    format!("{{employed.{i}}}"),
                    h.total - h.relative,
                    format!("{label}, {name}"),
                ));
            }
        }
        for (k, total, value, label) in what {
            let split = by_days(value, parts);
            let n = parts.len();
            for (i, part) in parts.iter().enumerate() {
                let formula = if i + 1 == n {
                    let before: Vec<String> = (0..i).map(|j| format!("{{part.{j}.{k}}}")).collect();
                    format!("{total}-({})", before.join("+"))
                } else {
                    format!("ROUND({total}*{}/{period_days},2)", days[i])
                };
                self.figure(
                    format!("{label} {}", dates(part.from, part.to)),
                    &format!("part.{i}.{k}"),
                    formula,
                    split[i],
                    "",
                );
            }
        }
    }
}

/// A part's dates: `(1/1–31/3)`.
fn dates(from: NaiveDate, to: NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "({}/{}–{}/{})",
        from.day(),
        from.month(),
        to.day(),
        to.month()
    )
}
