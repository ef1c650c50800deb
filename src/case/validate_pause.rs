//! `[[pause]]` (SM 2021; AST 66-16; KL 2.3.3): each pause a from and to day,
//! the one not before the other, inside the grant period, and no two pauses
//! sharing a day. The first rule broken is the error, with the file, line,
//! column and key (`pause[1].to`).

use chrono::{Datelike, NaiveDate};

use super::{Case, EndReason, toml_day};
use crate::error::InputError;

impl Case {
    /// The grant period's first and last day as the file sets them: its
    /// `[period]` or the grant year; for a move the day the new municipality
    /// decides (the old one pays until then, SEL § 96 b), for a death the
    /// day of death (the scheme is on hold only while the citizen lives).
    fn pause_bounds(&self) -> (NaiveDate, NaiveDate) {
        let f = &self.file;
        let year = i32::from(f.year);
        let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
        let Some(p) = &f.period else {
            return (first, last);
        };
        let to = match p.end {
            Some(EndReason::Move) => p.new_decision_day().unwrap_or(last),
            _ => p.to_day().unwrap_or(last),
        };
        (p.from_day().unwrap_or(first), to)
    }

    /// SPEC 2: each `[[pause]]` lies inside the grant period, ends on or
    /// after the day it starts, and overlaps no other pause.
    pub(super) fn pauses(&self) -> Result<(), InputError> {
        let (first, last) = self.pause_bounds();
        let inside = format!("a date from {first} to {last}, the grant period");
        let mut seen: Vec<(usize, NaiveDate, NaiveDate)> = Vec::new();
        for (i, pause) in self.file.pauses.iter().enumerate() {
            let mut days = [first; 2];
            for (k, (key, value)) in [("from", &pause.from), ("to", &pause.to)]
                .into_iter()
                .enumerate()
            {
                let path = format!("pause[{i}].{key}");
                let Some(value) = value else {
                    return Err(self
                        .error(&format!("pause[{i}]"), format!("`{key}` is missing"))
                        .allowed(format!(
                            "from and to: the first and the last day on hold, dates from {first} to {last}"
                        )));
                };
                let Some(day) = toml_day(value) else {
                    return Err(self
                        .error(&path, "not a calendar date")
                        .found(value.to_string())
                        .allowed(inside.clone()));
                };
                if day < first || day > last || day.year() != first.year() {
                    return Err(self
                        .error(&path, "the day lies outside the grant period")
                        .found(day.to_string())
                        .allowed(inside.clone()));
                }
                days[k] = day;
            }
            let [from, to] = days;
            if to < from {
                return Err(self
                    .error(&format!("pause[{i}].to"), "the pause ends before it starts")
                    .found(format!("from {from} to {to}"))
                    .allowed(format!("a day from {from} to {last}")));
            }
            if let Some((j, a, b)) = seen.iter().find(|(_, a, b)| from <= *b && *a <= to) {
                return Err(self
                    .error(
                        &format!("pause[{i}].from"),
                        format!("the pause overlaps pause[{j}]"),
                    )
                    .found(format!(
                        "from {from} to {to}, and pause[{j}] from {a} to {b}"
                    ))
                    .allowed("pauses on days of their own: join them into one, or move one"));
            }
            seen.push((i, from, to));
        }
        Ok(())
    }
}
