//! The cells a formula refers to: the inputs of sheet "Forudsætninger"
//! (the case's figures, the rates, the days of the period), each made once
//! and named by where it comes from, and the `{key}` references of a
//! formula turned into cell addresses once every row has its place.

use std::fmt::Write as _;

use rust_decimal::Decimal;

use super::{Book, Group, Input, Names, Sheet};
use crate::calc::hours::band_label;
use crate::case::Band;
use crate::rates::Fig;
use crate::report::doc::names::figure as figure_name;
use crate::report::{Lang, from_date, source};

impl Book<'_> {
    /// The input cell `id`, made the first time it is asked for: its
    /// reference `{in:id}` for a formula.
    pub(super) fn input(
        &mut self,
        group: Group,
        id: &str,
        label: String,
        value: Decimal,
        dp: u32,
        unit: &str,
    ) -> String {
        if !self.inputs.iter().any(|x| x.id == id) {
            self.inputs.push(Input {
                group,
                id: id.to_string(),
                label,
                value,
                dp,
                unit: unit.to_string(),
                source: String::new(),
                verified: None,
                row: 0,
            });
        }
        format!("{{in:{id}}}")
    }

    /// The input cell of a rate figure's value `key` (`rate:PATH`, or
    /// `rate:PATH@DATE` for a dated value, `rate:PATH@VALUE` for one of
    /// several values such as ATP's brackets), with its source.
    pub(super) fn rate_cell(
        &mut self,
        f: &Fig,
        key: &str,
        value: Decimal,
        dp: u32,
        unit: &str,
    ) -> String {
        let dated = f
            .values
            .iter()
            .find(|d| d.value == value && key.ends_with(&d.from.to_string()))
            .or_else(|| f.values.iter().find(|d| d.value == value));
        let (from, src, src_da, verified) = match dated {
            Some(d) => (Some(d.from), &d.source, &d.source_da, d.verified),
            None => (None, &f.source, &f.source_da, f.verified),
        };
        let label = if f.in_case() {
            input_name(&f.path, self.lang)
        } else {
            format!(
                "{}{}",
                figure_name(&f.path, self.lang),
                if f.values.len() > 1 {
                    from_date(from, self.lang)
                } else {
                    String::new()
                }
            )
        };
        let text = match (self.lang, src_da) {
            (Lang::Da, Some(da)) => da.clone(),
            _ => src.clone(),
        };
        let source = format!("{} — {}", f.path, source(&text, self.lang));
        let group = if f.in_case() {
            Group::Input
        } else {
            Group::Rate
        };
        let cell = self.input(
            group,
            key,
            label,
            value,
            dp.max(value.normalize().scale()),
            unit,
        );
        if let Some(x) = self.inputs.iter_mut().find(|x| x.id == key)
            && x.source.is_empty()
        {
            x.source = source;
            x.verified = Some(verified);
        }
        cell
    }

    /// The rate cell of figure `path` (with `@DATE` for a dated value), by
    /// the figures the budget names; `None` when it names none by that path.
    pub(super) fn fig_cell(
        &mut self,
        key: &str,
        value: Decimal,
        dp: u32,
        unit: &str,
    ) -> Option<String> {
        let rest = key
            .strip_prefix("rate:")
            .or_else(|| key.strip_prefix("input:"))?;
        let path = rest.split('@').next().unwrap_or(rest);
        let f = *self.figs.get(path)?;
        if !self.rates.iter().any(|g| g.path == f.path) && !f.in_case() {
            self.rates.push(f);
        }
        Some(self.rate_cell(f, key, value, dp, unit))
    }

    /// The reference a number of a formula gets from where it comes from
    /// (a [`crate::calc::Term::Num`]'s `from`): a literal for a constant of
    /// the calendar or the law (12 months, 60 minutes), an input cell, a
    /// line or total of sheet "Budget", or a figure of "Mellemregninger".
    /// `None` when the source is not known.
    pub(super) fn tag_cell(
        &mut self,
        tag: &str,
        value: Decimal,
        dp: u32,
        unit: &str,
        line_label: &str,
    ) -> Option<String> {
        let shown = crate::money::round(value, dp.max(value.normalize().scale()));
        if tag == "const" {
            return Some(shown.normalize().to_string());
        }
        if let Some(key) = tag.strip_prefix("fig:") {
            return self.at.contains_key(key).then(|| format!("{{{key}}}"));
        }
        if tag.starts_with("line:") {
            return self.at.contains_key(tag).then(|| format!("{{{tag}}}"));
        }
        if let Some(k) = tag.strip_prefix("total:") {
            let key = if k.contains('.') {
                k.to_string()
            } else {
                format!("{k}.total")
            };
            return self.at.contains_key(&key).then(|| format!("{{{key}}}"));
        }
        if tag.starts_with("rate:") {
            return self.fig_cell(tag, shown, dp, unit);
        }
        if let Some(key) = tag.strip_prefix("input:") {
            if let Some(cell) = self.fig_cell(tag, shown, dp, unit) {
                return Some(cell);
            }
            // The unit has a column of its own.
            let label = input_name(key, self.lang);
            return Some(self.input(
                Group::Input,
                tag,
                label,
                shown,
                dp.max(shown.normalize().scale()),
                unit,
            ));
        }
        if let Some(key) = tag.strip_prefix("period:") {
            let label = period_name(key, self.lang);
            return Some(self.input(Group::Period, tag, label, shown, 0, unit));
        }
        if let Some(key) = tag.strip_prefix("task:") {
            let what = key.rsplit('.').next().unwrap_or(key);
            let label = format!(
                "{}: {}",
                line_label,
                match what {
                    "minutes" => self.say("minutter", "minutes"),
                    "share" => self.say("andel af ordningerne, %", "share of the schemes, %"),
                    "applicants" => self.say("ansøgere", "applicants"),
                    "rounds" => self.say("runder", "rounds"),
                    other => other,
                }
            );
            let cell = self.input(Group::Rate, tag, label, shown, dp, unit);
            if let Some(x) = self.inputs.iter_mut().find(|x| x.id == tag) {
                x.source = self
                    .lang
                    .say(
                        "KL bilag 1 (opgavekataloget)",
                        "KL annex 1 (the task catalogue)",
                    )
                    .to_string();
            }
            return Some(cell);
        }
        None
    }

    /// A formula with its `{key}` references made cell addresses, as seen
    /// from sheet `on`.
    pub(super) fn cells(&self, text: &str, on: Sheet, names: &Names) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if c == '{' {
                let end = rest.find('}').unwrap_or(rest.len());
                let key = &rest[1..end];
                let _ = write!(out, "{}", self.address(key, on, names));
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

    /// The address of a key's value: `B12` on the same sheet,
    /// `'Forudsætninger'!$B$7` on another.
    fn address(&self, key: &str, on: Sheet, names: &Names) -> String {
        let (sheet, r) = if let Some(id) = key.strip_prefix("in:") {
            let r = self.inputs.iter().find(|x| x.id == id).map_or(0, |x| x.row);
            (Sheet::Inputs, r)
        } else {
            self.at.get(key).copied().unwrap_or((Sheet::Budget, 0))
        };
        if sheet == on {
            format!("B{}", r + 1)
        } else {
            format!("'{}'!$B${}", names.of_sheet(sheet), r + 1)
        }
    }

    /// Every rate a line names, listed on sheet "Kilder" even when no
    /// formula refers to it.
    pub(super) fn add_all_rates(&mut self) {
        let figs: Vec<&Fig> = super::all_lines(self.b)
            .flat_map(|l| l.rates.iter().map(AsRef::as_ref))
            .collect();
        for f in figs {
            if !f.in_case() && !self.rates.iter().any(|g| g.path == f.path) {
                self.rates.push(f);
            }
        }
    }

    /// Give every input its row on sheet "Forudsætninger", by group.
    pub(super) fn place_inputs(&mut self) {
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
}

/// A band's name by its key.
fn band(key: &str, lang: Lang) -> String {
    Band::ALL.iter().find(|x| x.key() == key).map_or_else(
        || key.to_string(),
        |x| lang.pick(&band_label(*x)).to_string(),
    )
}

/// An input of the case by its key (`need.weekday_evening`).
fn input_name(key: &str, lang: Lang) -> String {
    let by_band = [
        ("need.", "Behov pr. uge,", "Need per week,"),
        ("deduct.", "Fradrag pr. uge,", "Deduction per week,"),
        (
            "schedule.",
            "Timer efter skemaet i perioden,",
            "Hours by the schedule in the period,",
        ),
        (
            "schedule_on_hold.",
            "Timer efter skemaet på dagene i bero,",
            "Hours by the schedule on the days on hold,",
        ),
    ];
    for (prefix, da, en) in by_band {
        if let Some(b) = key.strip_prefix(prefix) {
            return format!("{} {}", lang.say(da, en), band(b, lang));
        }
    }
    if let Some(k) = key.strip_prefix("override.") {
        return format!(
            "{} ({})",
            figure_name(&format!("service_level.{k}"), lang),
            lang.say("sagen", "the case")
        );
    }
    let (da, en) = match key {
        "extra.helpers" => ("Hjælpere", "Helpers"),
        "extra.new_helpers" => ("Nye hjælpere", "New helpers"),
        "extra.skilled_helpers" => ("Faglærte hjælpere", "Skilled helpers"),
        "extra.training_hours_per_new_helper" => {
            ("Oplæring pr. ny hjælper", "Training per new helper")
        }
        "extra.course_hours_per_new_helper" => ("Kurser pr. ny hjælper", "Courses per new helper"),
        "extra.full_cover_weeks" => ("Uger med døgndækning", "Weeks of 24-hour cover"),
        "extra.double_cover_weeks" => (
            "Uger med dobbeltdækning hele døgnet",
            "Weeks with a second helper around the clock",
        ),
        "extra.double_cover_hours" => (
            "Dobbeltdækning i øvrigt pr. år",
            "Other double cover per year",
        ),
        "extra.pool_hours" => ("Puljetimer pr. år", "Pool hours per year"),
        "extra.substitute_hours" => (
            "Særlig vikardækning, timer pr. år",
            "Special substitute cover, hours per year",
        ),
        "extra.supervision_hours" => (
            "Supervision af hjælperne, timer pr. år",
            "Supervision of the helpers, hours per year",
        ),
        "extra.standby_hours_per_week" => ("Rådighedstimer pr. uge", "Standby hours per week"),
        "relative.own_care_hours_per_week" => (
            "Nærtståendes egne timer pr. uge",
            "The relative's own hours per week",
        ),
        "offsets.care_allowance" => (
            "Bistands- eller plejetillæg pr. år",
            "Attendance or care allowance per year",
        ),
        "other_costs.amount" => (
            "§ 10-beløb pr. år (sagen)",
            "§ 10 amount per year (the case)",
        ),
        "admin.pct" => ("Overhead, pct. (sagen)", "Overhead, percent (the case)"),
        "admin.per_hour" => ("Beløb pr. time (sagen)", "Amount per hour (the case)"),
        "admin.amount" => (
            "Arbejdsgiverens budgetterede beløb pr. år",
            "The employer's budgeted amount per year",
        ),
        "previous.annual_total" => ("Tidligere tilskud pr. år", "Previous grant per year"),
        "special_costs.substitute" => (
            "Særlige udgifter til vikardækning pr. år",
            "Special costs of substitute cover per year",
        ),
        "special_costs.supervision" => ("Supervision pr. år", "Supervision per year"),
        "provider.vat" => ("Moms pr. år", "VAT per year"),
        "provider.price" => ("Leverandørens pris pr. år", "The provider's price per year"),
        "previous.grant_hours" => (
            "Tidligere bevilgede timer pr. år",
            "Previous grant hours per year",
        ),
        "period.notice_weeks" => ("Hjælpernes opsigelsesvarsel", "The helpers' notice"),
        "respirator.region_pct" => ("Regionens andel, %", "The region's share, %"),
        "cap" => ("Loft pr. time", "Cap per hour"),
        other => return other.to_string(),
    };
    lang.say(da, en).to_string()
}

/// A figure of the period by its key (`days`, `month.5.days`).
fn period_name(key: &str, lang: Lang) -> String {
    let month = |m: &str| crate::report::doc::dates::month_word(m.parse().unwrap_or(1), lang);
    let parts: Vec<&str> = key.split('.').collect();
    match parts.as_slice() {
        ["days"] => lang.say("Dage i perioden", "Days in the period").into(),
        ["year_days"] => lang.say("Dage i året", "Days in the year").into(),
        ["pause_days"] => lang.say("Dage i bero", "Days on hold").into(),
        ["month", m, "days"] => format!(
            "{} {}",
            lang.say("Dage i perioden i", "Days of the period in"),
            month(m)
        ),
        ["month", m, "of"] => format!("{} {}", lang.say("Dage i", "Days in"), month(m)),
        ["whole", span] => {
            let (a, b) = span.split_once('-').unwrap_or((span, span));
            format!(
                "{} {}–{}",
                lang.say("Hele måneder i", "Whole months in"),
                month(a),
                month(b)
            )
        }
        ["part", i, "days"] => format!(
            "{} {}",
            lang.say("Dage i periodens del", "Days in part"),
            i.parse::<usize>().map_or(1, |i| i + 1)
        ),
        _ => key.to_string(),
    }
}
