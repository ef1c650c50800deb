//! Sheet "Mellemregninger": the figures the calculation derives between the
//! inputs and the budget's lines, each a formula by the rule the calculator
//! follows (SPEC 3–5): the period's weeks and months, the hours by band
//! (need, full cover, double cover, the extras split by largest remainder in
//! whole hundredths, meetings), the relative's own hours, the split of hours
//! at a rate's change date, ATP's bracket, the employer-task rate, and under
//! SEL § 3 a the previous help and the new level month by month.

use rust_decimal::Decimal;

use super::splits::Split;
use super::{Book, Sheet, WORK_TOP, Work};
use crate::calc::period::Month;
use crate::calc::{Line, Term};
use crate::case::{Band, Employer, Scheme};

impl<'a> Book<'a> {
    /// A figure of sheet "Mellemregninger", found again by its key.
    pub(super) fn figure(
        &mut self,
        label: String,
        key: &str,
        formula: String,
        cached: Decimal,
        how: &str,
    ) {
        let r = WORK_TOP + self.work.len();
        self.at.insert(key.to_string(), (Sheet::Working, r));
        self.work.push(Work::Figure {
            label,
            key: key.to_string(),
            formula,
            cached,
            // The counts of a split in whole hundredths have no decimals.
            dp: if [".floor.", ".rest.", ".weights", ".hundredths", ".left"]
                .iter()
                .any(|k| key.contains(k))
            {
                0
            } else {
                2
            },
            how: how.to_string(),
        });
    }

    pub(super) fn work_section(&mut self, title: &str) {
        if !self.work.is_empty() {
            self.work.push(Work::Blank);
        }
        self.work.push(Work::Section(title.to_string()));
    }

    /// The rows of sheet "Mellemregninger".
    pub(super) fn working(&mut self) {
        self.period_figures();
        self.band_figures();
        self.part_figures();
        self.atp_figures();
        self.task_rate();
        self.employed_pay();
        if self.b.transition.is_some() {
            self.transition_months();
        }
    }

    /// A cell for a tag, `0` when it cannot be made.
    pub(super) fn cell(&mut self, tag: &str, value: Decimal, dp: u32, unit: &str) -> String {
        self.tag_cell(tag, value, dp, unit, "")
            .unwrap_or_else(|| "0".into())
    }

    /// SPEC 3.8: `W_p = W × d_p / d_y` to the hundredth, and `m_p`, the
    /// months of the period (a part month its days over the month's days).
    fn period_figures(&mut self) {
        let b = self.b;
        self.work_section(self.say("Perioden", "The period"));
        let w = &b.hours.weeks;
        let weeks = self.cell(&w.source_key(None), w.value, 2, "uger");
        let days = self.cell("period:days", Decimal::from(b.period.days), 0, "");
        let year = self.cell("period:year_days", Decimal::from(b.period.year_days), 0, "");
        self.figure(
            self.say("Uger i perioden", "Weeks in the period").into(),
            "period.weeks",
            format!("ROUND({weeks}*{days}/{year},2)"),
            b.period.weeks,
            self.say(
                "uger pr. år × dage i perioden / dage i året",
                "weeks a year × days in the period / days in the year",
            ),
        );
        if let Some(p) = &b.hours.pause {
            // SM 2021; AST 66-16: the weeks the days on hold take out.
            let on_hold = self.cell("period:pause_days", Decimal::from(p.days), 0, "");
            self.figure(
                self.say("Uger i bero", "Weeks on hold").into(),
                "pause.weeks",
                format!("ROUND({weeks}*{on_hold}/{year},2)"),
                p.weeks,
                self.say(
                    "uger pr. år × dage i bero / dage i året",
                    "weeks a year × days on hold / days in the year",
                ),
            );
        }
        let terms: Vec<String> = b
            .period
            .months
            .iter()
            .map(|m| self.month_share(m, "month"))
            .collect();
        self.figure(
            self.say("Måneder i perioden", "Months in the period")
                .into(),
            "period.month_count",
            if terms.is_empty() {
                "0".into()
            } else {
                terms.join("+")
            },
            b.period.month_count(),
            self.say(
                "hver måned: dage i perioden / dage i måneden",
                "each month: days in the period / days in the month",
            ),
        );
    }

    /// The months of a set of days (`month`, `old`, `new`) as whole-number
    /// weights in proportion to `days / of` (SPEC 8): each month's days ×
    /// `L` / its length, `L` the least common multiple of the lengths of
    /// the part months, so a whole month weighs `L`.
    pub(super) fn month_weights(&mut self, list: &[Month], set: &str) -> Vec<String> {
        let mut lengths = Vec::new();
        let mut parts = Vec::new();
        for m in list {
            if m.whole() {
                parts.push(None);
                continue;
            }
            let (d, of) = self.month_cells(m, set);
            lengths.push(of.clone());
            parts.push(Some((d, of)));
        }
        let l = if lengths.is_empty() {
            "1".to_string()
        } else {
            format!("LCM({})", lengths.join(","))
        };
        parts
            .into_iter()
            .map(|p| match p {
                None => l.clone(),
                Some((d, of)) => format!("({d}*{l}/{of})"),
            })
            .collect()
    }

    /// `days / of` of a month of a set of days (`month`, `old`, `new`); a
    /// whole month counts 1 (SPEC 3.8).
    pub(super) fn month_share(&mut self, m: &Month, set: &str) -> String {
        if m.whole() {
            return "1".into();
        }
        let (d, of) = self.month_cells(m, set);
        format!("({d}/{of})")
    }

    /// The cells of a part month: its days in the set, and the month's days.
    fn month_cells(&mut self, m: &Month, set: &str) -> (String, String) {
        let d = self.cell(
            &format!("period:{set}.{}.days", m.month),
            Decimal::from(m.days),
            0,
            "",
        );
        let of = self.cell(
            &format!("period:month.{}.of", m.month),
            Decimal::from(m.of),
            0,
            "",
        );
        (d, of)
    }

    /// The first number of a line's basis that comes from `tag`.
    pub(super) fn value_of(&self, key: &str, tag: &str) -> Option<Decimal> {
        let l = self.line(key)?;
        l.basis.0.iter().find_map(|t| match t {
            Term::Num {
                value,
                from: Some(f),
                ..
            } if f.as_ref() == tag => Some(*value),
            _ => None,
        })
    }

    pub(super) fn line(&self, key: &str) -> Option<&'a Line> {
        super::all_lines(self.b).find(|l| l.key == key)
    }

    /// The need a split weighs (SPEC 3.7): with days on hold (`[[pause]]`),
    /// the need before them, as the calculator weighs it; its key and value.
    pub(super) fn weight_need(&self, i: usize) -> (String, Decimal) {
        let h = &self.b.hours.bands[i];
        if self.b.hours.pause.is_none() {
            return (format!("hours.bands.{i}.need"), h.need);
        }
        // The pause line is negative: the need before it is the need less it.
        let on_hold = self
            .line(&format!("pause.{}", h.band.key()))
            .map_or(Decimal::ZERO, |l| l.amount);
        (
            format!("hours.bands.{i}.need_before_pause"),
            h.need - on_hold,
        )
    }

    pub(super) fn has_line(&self, key: &str) -> bool {
        self.at.contains_key(&format!("line:{key}"))
    }

    /// `{line:a}+{line:b}` of the lines that exist, or `0`.
    pub(super) fn sum_of_lines(&self, keys: &[String]) -> String {
        let terms: Vec<String> = keys
            .iter()
            .filter(|k| self.has_line(k))
            .map(|k| format!("{{line:{k}}}"))
            .collect();
        if terms.is_empty() {
            "0".into()
        } else {
            terms.join("+")
        }
    }

    /// SPEC 3.1–3.6: each band's need, full cover, double cover, extras and
    /// meetings, and their total `H_b`; for kt-relative the relative's own
    /// hours `R_b` and the employed hours.
    fn band_figures(&mut self) {
        let b = self.b;
        self.work_section(self.say("Timer fordelt på tidsrum", "Hours by band"));
        let fcw = self.value_of("full_cover", "input:extra.full_cover_weeks");
        let dcw = self.value_of("double_cover_weeks", "input:extra.double_cover_weeks");
        if fcw.is_some() {
            self.ordinary_week();
        }
        let profile: Vec<String> = (0..5)
            .map(|i| {
                let f = &b.hours.profile[i];
                self.cell(&f.source_key(None), f.value, 2, "t")
            })
            .collect();
        if dcw.is_some() || fcw.is_some() {
            self.figure(
                self.say("Ugeprofil i alt", "Week profile in total").into(),
                "week_profile.total",
                profile.join("+"),
                b.hours.profile.iter().map(|f| f.value).sum(),
                self.say("en uges døgndækning", "a week of 24-hour cover"),
            );
        }
        let fcw_cell = fcw.map(|v| self.cell("input:extra.full_cover_weeks", v, 0, "uger"));
        let dcw_cell = dcw.map(|v| self.cell("input:extra.double_cover_weeks", v, 0, "uger"));
        self.cover_by_band(fcw_cell.as_deref(), dcw_cell.as_deref(), &profile);
        self.extras_split();
        for (i, band) in Band::ALL.into_iter().enumerate() {
            let h = &b.hours.bands[i];
            let name = self.lang.pick(&b.hours.band_label(band)).to_string();
            let meetings = if i == 0 && self.has_line("meetings") {
                "+{line:meetings}"
            } else {
                ""
            };
            let mut terms = format!("{{hours.bands.{i}.need}}");
            if fcw_cell.is_some() {
                terms.push_str(&format!("+{{hours.bands.{i}.full_cover}}"));
            }
            if dcw_cell.is_some() {
                terms.push_str(&format!("+{{hours.bands.{i}.double_cover_weeks}}"));
            }
            terms.push_str(&format!("+{{hours.bands.{i}.extras}}{meetings}"));
            self.figure(
                format!("{}, {name}", self.say("Timer i alt", "Hours in total")),
                &format!("hours.bands.{i}.total"),
                terms,
                h.total,
                self.say(
                    "behov + døgndækning + dobbeltdækning + oplæring m.v. + møder",
                    "need + 24-hour cover + double cover + training etc. + meetings",
                ),
            );
        }
        let totals: Vec<String> = (0..5)
            .map(|i| format!("{{hours.bands.{i}.total}}"))
            .collect();
        self.figure(
            self.say("Timer i tidsrummene i alt", "Hours in the bands in total")
                .into(),
            "band_total",
            totals.join("+"),
            b.hours.band_total(),
            self.say("uden rådighedstimer", "without standby hours"),
        );
        if self.has_line("pause.standby") {
            // SM 2021; AST 66-16: standby less the weeks on hold.
            self.figure(
                self.say(
                    "Rådighedstimer efter dagene i bero",
                    "Standby hours after the days on hold",
                )
                .into(),
                "hours.standby",
                "{line:standby}+{line:pause.standby}".into(),
                b.hours.standby,
                "",
            );
        }
        self.relative_split();
    }

    /// SPEC 3.1–3.2: each band's need after deductions, and the hours that
    /// full-cover and double-cover weeks add by the week profile.
    fn cover_by_band(&mut self, fcw: Option<&str>, dcw: Option<&str>, profile: &[String]) {
        let b = self.b;
        for (i, band) in Band::ALL.into_iter().enumerate() {
            let h = &b.hours.bands[i];
            let name = self.lang.pick(&b.hours.band_label(band)).to_string();
            let key = band.key();
            let after_deductions =
                self.sum_of_lines(&[format!("need.{key}"), format!("deduct.{key}")]);
            let label = format!(
                "{}, {name}",
                self.say("Behov efter fradrag", "Need after deductions")
            );
            if b.hours.pause.is_some() {
                // SM 2021; AST 66-16: the days on hold carry no hours.
                let (before_key, before) = self.weight_need(i);
                self.figure(
                    label.clone(),
                    &before_key,
                    after_deductions,
                    before,
                    self.say(
                        "behov − fradrag, før dagene i bero",
                        "need − deduction, before the days on hold",
                    ),
                );
                self.figure(
                    format!(
                        "{}, {name}",
                        self.say("Behov efter dagene i bero", "Need after the days on hold")
                    ),
                    &format!("hours.bands.{i}.need"),
                    format!(
                        "{{{before_key}}}+{}",
                        self.sum_of_lines(&[format!("pause.{key}")])
                    ),
                    h.need,
                    self.say("behov − fradrag − i bero", "need − deduction − on hold"),
                );
            } else {
                self.figure(
                    label,
                    &format!("hours.bands.{i}.need"),
                    after_deductions,
                    h.need,
                    self.say("behov − fradrag", "need − deduction"),
                );
            }
            if let Some(weeks) = fcw {
                self.figure(
                    format!("{}, {name}", self.say("Døgndækning", "24-hour cover")),
                    &format!("hours.bands.{i}.full_cover"),
                    format!("{weeks}*MAX(0,{}-{{ordinary.{i}}})", profile[i]),
                    h.full_cover,
                    self.say(
                        "uger × (ugeprofil − almindelig uge), mindst 0 (VEJ pkt. 68)",
                        "weeks × (week profile − ordinary week), at least 0 (VEJ pkt. 68)",
                    ),
                );
            }
            if let Some(weeks) = dcw {
                self.figure(
                    format!(
                        "{}, {name}",
                        self.say(
                            "Dobbeltdækning hele døgnet",
                            "Second helper around the clock"
                        )
                    ),
                    &format!("hours.bands.{i}.double_cover_weeks"),
                    format!("{weeks}*{}", profile[i]),
                    h.double_cover_weeks,
                    self.say(
                        "uger × ugeprofil (VEJ pkt. 28, 68)",
                        "weeks × week profile (VEJ pkt. 28, 68)",
                    ),
                );
            }
        }
    }

    /// SPEC 3.2: the ordinary week by band after deductions, to the hundredth.
    fn ordinary_week(&mut self) {
        let b = self.b;
        for (i, band) in Band::ALL.into_iter().enumerate() {
            let key = band.key();
            let name = self.lang.pick(&b.hours.band_label(band)).to_string();
            let week = if let Some(v) =
                self.value_of(&format!("need.{key}"), &format!("input:schedule.{key}"))
            {
                let s = self.cell(&format!("input:schedule.{key}"), v, 2, "t");
                let days = self.cell("period:days", Decimal::from(b.period.days), 0, "");
                format!("ROUND({s}*7/{days},2)")
            } else if let Some(v) =
                self.value_of(&format!("need.{key}"), &format!("input:need.{key}"))
            {
                self.cell(&format!("input:need.{key}"), v, 2, "t/uge")
            } else {
                "0".into()
            };
            let deduct =
                match self.value_of(&format!("deduct.{key}"), &format!("input:deduct.{key}")) {
                    Some(v) => self.cell(&format!("input:deduct.{key}"), v, 2, "t/uge"),
                    None => "0".into(),
                };
            self.figure(
                format!(
                    "{}, {name}",
                    self.say(
                        "Almindelig uge efter fradrag",
                        "Ordinary week after deductions"
                    )
                ),
                &format!("ordinary.{i}"),
                if deduct == "0" {
                    format!("ROUND({week},2)")
                } else {
                    super::formula::round_difference(&week, &deduct)
                },
                b.hours.ordinary_week[i],
                self.say(
                    "timer pr. uge, til hundrededele",
                    "hours a week, to the hundredth",
                ),
            );
        }
    }

    /// SPEC 3.4, 3.7; VEJ pkt. 68, 73: training, courses, pool, other double
    /// cover, special substitute cover and supervision split over the bands
    /// by need, by largest remainder.
    fn extras_split(&mut self) {
        let b = self.b;
        let keys: Vec<String> = [
            "training",
            "courses",
            "pool",
            "double_cover",
            "substitute",
            "supervision",
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        let total: Decimal = keys
            .iter()
            .filter_map(|k| self.line(k))
            .map(|l| l.amount)
            .sum();
        let formula = self.sum_of_lines(&keys);
        self.figure(
            self.say(
                "Oplæring, kurser, pulje, dobbeltdækning, vikardækning og supervision i alt",
                "Training, courses, pool, double cover, substitute cover and supervision in total",
            )
            .into(),
            "extras.total",
            formula,
            total,
            "",
        );
        let out =
            std::array::from_fn(|i| (format!("hours.bands.{i}.extras"), b.hours.bands[i].extras));
        self.split(&Split {
            prefix: "extras",
            total: ("extras.total".into(), total),
            out,
        });
    }

    /// AST 26-17: the relative's own hours per year, split by need like the extras.
    fn relative_split(&mut self) {
        let b = self.b;
        let relative = b.scheme == Scheme::KtRelative && b.employer == Employer::Relative;
        let hours_total = "{hours.total}";
        if relative {
            let own = self.cell(
                "input:relative.own_care_hours_per_week",
                b.hours.own_care_per_week,
                2,
                "t/uge",
            );
            let total = b.hours.relative_total();
            // SM 2021; AST 66-16: less the weeks on hold.
            let formula = match &b.hours.pause {
                Some(p) => {
                    let wp = self.cell("fig:pause.weeks", p.weeks, 2, "uger");
                    format!("ROUND({own}*{{period.weeks}},2)-ROUND({own}*{wp},2)")
                }
                None => format!("ROUND({own}*{{period.weeks}},2)"),
            };
            self.figure(
                self.say(
                    "Nærtståendes egne timer i perioden",
                    "The relative's own hours in the period",
                )
                .into(),
                "relative.total",
                formula,
                total,
                self.say(
                    "timer pr. uge × uger i perioden (AST 26-17)",
                    "hours a week × weeks in the period (AST 26-17)",
                ),
            );
            let out = std::array::from_fn(|i| {
                (
                    format!("hours.bands.{i}.relative_own_care"),
                    b.hours.bands[i].relative,
                )
            });
            self.split(&Split {
                prefix: "relative",
                total: ("relative.total".into(), total),
                out,
            });
            for (i, band) in Band::ALL.into_iter().enumerate() {
                let h = &b.hours.bands[i];
                let name = self.lang.pick(&b.hours.band_label(band)).to_string();
                self.figure(
                    format!(
                        "{}, {name}",
                        self.say("Ansatte hjælperes timer", "Employed helpers' hours")
                    ),
                    &format!("employed.{i}"),
                    format!("{{hours.bands.{i}.total}}-{{hours.bands.{i}.relative_own_care}}"),
                    h.total - h.relative,
                    "",
                );
            }
            let employed: Decimal = b.hours.bands.iter().map(|h| h.total - h.relative).sum();
            self.figure(
                self.say(
                    "Ansatte hjælperes timer i tidsrummene",
                    "Employed helpers' hours in the bands",
                )
                .into(),
                "employed.total",
                (0..5)
                    .map(|i| format!("{{employed.{i}}}"))
                    .collect::<Vec<_>>()
                    .join("+"),
                employed,
                self.say("uden rådighedstimer", "without standby hours"),
            );
        }
        self.figure(
            self.say(
                "Ansatte hjælperes timer i alt",
                "Employed helpers' hours in total",
            )
            .into(),
            "hours.employed",
            if relative {
                format!("{hours_total}-{{relative.total}}")
            } else {
                hours_total.into()
            },
            b.hours.employed,
            self.say(
                "bevilgede timer − nærtståendes egne timer",
                "grant hours − the relative's own hours",
            ),
        );
    }

    /// SPEC 5: the monthly hours per helper `m = E / m_p / n` to the
    /// hundredth, ATP's monthly amount by the bracket it falls in, and the
    /// full monthly ATP full-time equivalents are counted in.
    fn atp_figures(&mut self) {
        let b = self.b;
        let c = &b.contributions;
        if c.atp_brackets.is_empty() || !self.has_line("contribution.atp") {
            return;
        }
        self.work_section(self.say("ATP", "ATP"));
        let n = self
            .value_of("contribution.atp", "input:extra.helpers")
            .unwrap_or_default();
        let helpers = self.cell("input:extra.helpers", n, 0, "");
        self.figure(
            self.say("Timer pr. måned pr. hjælper", "Hours a month per helper").into(),
            "contributions.hours_per_helper_month",
            format!("IF(OR({helpers}=0,{{period.month_count}}=0),0,ROUND({{hours.employed}}/{{period.month_count}}/{helpers},2))"),
            c.hours_per_helper_month,
            self.say("ansatte hjælperes timer / måneder / hjælpere", "employed hours / months / helpers"),
        );
        let mut amount = "0".to_string();
        let mut monthly_cells = Vec::new();
        for (k, br) in c.atp_brackets.iter().enumerate().rev() {
            let from = self.input(
                super::Group::Rate,
                &format!(
                    "rate:contributions.atp.brackets.min_hours@{}",
                    br.min_hours.normalize()
                ),
                format!(
                    "{} {}",
                    self.say(
                        "ATP-trin fra timer pr. md., trin",
                        "ATP bracket from hours a month, bracket"
                    ),
                    c.atp_brackets.len() - k
                ),
                br.min_hours,
                0,
                "t/md.",
            );
            let monthly = match &br.fig {
                Some(f) => {
                    if !self.rates.iter().any(|g| g.path == f.path) {
                        self.rates.push(f);
                    }
                    let key = format!("rate:{}@{}", f.path, br.monthly.normalize());
                    self.rate_cell(f, &key, br.monthly, 2, "kr.")
                }
                None => "0".into(),
            };
            monthly_cells.push(monthly.clone());
            amount =
                format!("IF({{contributions.hours_per_helper_month}}>={from},{monthly},{amount})");
        }
        let cached = self
            .value_of("contribution.atp", "fig:contributions.atp_monthly")
            .unwrap_or_default();
        self.figure(
            self.say("ATP pr. måned efter trin", "ATP a month by bracket")
                .into(),
            "contributions.atp_monthly",
            amount,
            cached,
            self.say(
                "det højeste trin timerne når (ATP-loven; KL 3.4.3)",
                "the highest bracket the hours reach (ATP-loven; KL 3.4.3)",
            ),
        );
        self.figure(
            self.say("ATP pr. måned ved fuld tid", "ATP a month full time")
                .into(),
            "contributions.fte_fraction.full_monthly_atp",
            format!("MAX({})", monthly_cells.join(",")),
            c.atp_full,
            "",
        );
    }

    /// KL tabel 5, SPEC 6: the blended AC/HK hourly rate, indexed, to øre.
    fn task_rate(&mut self) {
        let cached = super::all_lines(self.b).find_map(|l| {
            l.basis.0.iter().find_map(|t| match t {
                Term::Num {
                    value,
                    from: Some(f),
                    ..
                } if f.as_ref() == "fig:employer_tasks.rate" => Some(*value),
                _ => None,
            })
        });
        let Some(cached) = cached else { return };
        let mut cell = |path: &str| {
            self.figs.get(path).copied().map_or_else(
                || "0".to_string(),
                |f| {
                    let f = std::sync::Arc::clone(f);
                    self.cell(&f.source_key(None), f.value, 2, "")
                },
            )
        };
        let (ac, hk) = (
            cell("employer_tasks.ac_hourly"),
            cell("employer_tasks.hk_hourly"),
        );
        let (share, index) = (
            cell("employer_tasks.ac_share_pct"),
            cell("employer_tasks.index_factor"),
        );
        self.work_section(self.say("Arbejdsgiveropgaven", "Employer tasks"));
        self.figure(
            self.say("Timesats, blandet AC/HK", "Hourly rate, blended AC/HK")
                .into(),
            "employer_tasks.rate",
            format!("ROUND(({ac}*{share}/100+{hk}*(1-{share}/100))*{index},2)"),
            cached,
            self.say(
                "(AC × andel + HK × resten) × indeks (KL tabel 5)",
                "(AC × share + HK × the rest) × index (KL tabel 5)",
            ),
        );
    }

    /// The wages a contribution that is a percent of wages is paid on.
    fn employed_pay(&mut self) {
        let b = self.b;
        let used = b.contributions.lines.iter().chain(&b.contributions.after_invoice).any(|l| {
            l.basis.0.iter().any(|t| matches!(t, Term::Num { from: Some(f), .. } if f.as_ref() == "fig:wages.employed_pay"))
        });
        if !used {
            return;
        }
        let label = self
            .say("Løn til ansatte hjælpere", "Pay of employed helpers")
            .to_string();
        let f = self.basis_formula(&b.wages.employed_pay_basis, &label, "wages.employed_pay");
        self.figure(
            label,
            "wages.employed_pay",
            format!("ROUND({f},2)"),
            b.wages.employed_pay,
            "",
        );
    }
}
