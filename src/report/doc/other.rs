//! The other reports as documents: the schedule, `bpa diff` and `bpa rates`
//! (`bpa settle` is `account`).

use chrono::Datelike;
use rust_decimal::Decimal;

use super::{Doc, Kind, Section, Table};
use crate::calc::calendar::weekday_name;
use crate::calc::reduction::Unit;
use crate::calc::schedule::ScheduleHours;
use crate::case::ScheduleDay;
use crate::money::ore;
use crate::rates::Entry;
use crate::report::{Lang, RateSummary, money, number, origin};
use crate::runs::batch::Outcome;
use crate::runs::diff::{CaseChange, Diff};

use Kind::{Amount, Hours, Number, Text};

/// The schedule's entries with their hours in the year, and the public
/// holidays of the year with their weekdays.
#[must_use]
pub fn schedule_sections(s: &ScheduleHours, year: u16, lang: Lang) -> [Section; 2] {
    let mut t = Table::new(&[
        (lang.say("Dage", "Days"), Text),
        (lang.say("Fra", "From"), Text),
        (lang.say("Til", "To"), Text),
        (lang.say("Hjælpere", "Helpers"), Number),
        (lang.say("Timer i året", "Hours in the year"), Hours),
    ]);
    for (e, hours) in s.entries.iter().zip(&s.shifts) {
        let days: Vec<&str> = e.days.iter().map(|d| schedule_day(*d, lang)).collect();
        t.row([
            days.join(", "),
            e.from.clone(),
            e.to.clone(),
            e.helpers.to_string(),
            number(*hours, 2, lang),
        ]);
    }
    let schedule = Section::new(format!(
        "{} ({} {} {year}; {})",
        lang.say("Skema", "Schedule"),
        s.days,
        lang.say("dage i", "days in"),
        lang.say(
            "tidsrummene efter lønskalaens arbejdstidsaftale",
            "bands by the wage scale's working-time agreement"
        )
    ))
    .table(t);
    let mut t = Table::new(&[
        (lang.say("Dato", "Date"), Text),
        (lang.say("Helligdag", "Public holiday"), Text),
        (lang.say("Ugedag", "Weekday"), Text),
        (lang.say("Helligdagstid", "Holiday time"), Text),
    ]);
    // The whole holidays and the part days (holiday time from a time of day,
    // by the wage scale's working-time agreement), in date order.
    let all_day = lang.say("hele dagen", "all day").to_string();
    let mut days: Vec<(chrono::NaiveDate, &crate::calc::Text, String)> = s
        .holidays
        .iter()
        .map(|h| (h.date, &h.name, all_day.clone()))
        .chain(s.part_days.iter().map(|h| {
            let from = format!("{} {}", lang.say("fra", "from"), h.from);
            (h.date, &h.name, from)
        }))
        .collect();
    days.sort_by_key(|(date, ..)| *date);
    for (date, name, time) in days {
        t.row([
            date.format("%d.%m.%Y").to_string(),
            lang.pick(name).to_string(),
            lang.pick(&weekday_name(date.weekday())).to_string(),
            time,
        ]);
    }
    let holidays = Section::new(format!(
        "{} {year}",
        lang.say("Helligdage", "Public holidays")
    ))
    .table(t);
    [schedule, holidays]
}

fn schedule_day(d: ScheduleDay, lang: Lang) -> &'static str {
    match d {
        ScheduleDay::Mon => lang.say("man", "Mon"),
        ScheduleDay::Tue => lang.say("tir", "Tue"),
        ScheduleDay::Wed => lang.say("ons", "Wed"),
        ScheduleDay::Thu => lang.say("tor", "Thu"),
        ScheduleDay::Fri => lang.say("fre", "Fri"),
        ScheduleDay::Sat => lang.say("lør", "Sat"),
        ScheduleDay::Sun => lang.say("søn", "Sun"),
        ScheduleDay::Weekdays => lang.say("hverdage", "weekdays"),
        ScheduleDay::Weekend => lang.say("weekend", "weekend"),
        ScheduleDay::Daily => lang.say("alle dage", "every day"),
    }
}

/// `bpa diff`: each section's lines old, new and the change, then the
/// verdict under SEL § 3 a: a reduction needs 14 weeks' notice. Printed
/// (`--format html`) every page is headed by the comparison and the case.
#[must_use]
pub fn diff(d: &Diff, lang: Lang) -> Doc {
    let mut doc = Doc {
        title: Some(format!(
            "{} {}",
            lang.say("Sammenligning", "Comparison"),
            d.new.id
        )),
        lead: Vec::new(),
        blocks: Vec::new(),
        running: Some(format!(
            "{} · {} {}",
            lang.say("Sammenligning", "Comparison"),
            lang.say("Sag", "Case"),
            d.new.id
        )),
    };
    for (name, side) in [
        (lang.say("Før", "Before"), &d.old),
        (lang.say("Nu", "Now"), &d.new),
    ] {
        let year = side
            .year
            .map(|y| format!(" · {} {y}", lang.say("bevillingsår", "grant year")))
            .unwrap_or_default();
        doc.lead.push(format!(
            "{name}: {}{year} · {}",
            side.file,
            origin(&side.basis, lang)
        ));
    }
    for s in &d.sections {
        let mut t = Table::new(&[
            (lang.say("Post", "Item"), Text),
            (lang.say("Enhed", "Unit"), Text),
            (lang.say("Før", "Before"), Amount),
            (lang.say("Nu", "Now"), Amount),
            (lang.say("Ændring", "Change"), Amount),
            (lang.say("Ændring %", "Change %"), Number),
        ]);
        for l in &s.lines {
            let amount = |v: Option<Decimal>| v.map_or_else(|| "—".to_string(), |v| money(v, lang));
            let row = t.row([
                lang.pick(&l.label).to_string(),
                unit(l.unit, lang).to_string(),
                amount(l.old),
                amount(l.new),
                signed(l.change(), lang),
                l.change_pct()
                    .map_or_else(|| "—".to_string(), |p| format!("{} %", signed(p, lang))),
            ]);
            if l.unit == Unit::Hours {
                for c in &mut row.cells[2..5] {
                    c.kind = Hours;
                }
            }
        }
        doc.section(Section::new(lang.pick(&s.title)).table(t));
    }
    let verdict = lang.say("Varsel efter SEL § 3 a", "Notice under SEL § 3 a");
    match &d.reduction {
        None => doc.section(Section::new(verdict).para(lang.say(
            "Ingen nedsættelse: timer og tilskud falder ikke.",
            "No reduction: neither hours nor the grant fall.",
        ))),
        Some(r) => {
            let mut text = lang
                .say(
                    "Nedsættelse: ændringen kan først få virkning med mindst 14 ugers varsel, jf. SEL § 3 a:",
                    "Reduction: the change can take effect only with at least 14 weeks' notice, under SEL § 3 a:",
                )
                .to_string();
            for f in &r.falls {
                text.push_str(&format!(
                    "\n- {}: {} → {} {}",
                    lang.pick(&f.what),
                    money(f.old, lang),
                    money(f.new, lang),
                    unit(f.unit, lang)
                ));
            }
            doc.section(Section::new(verdict).para(text));
        }
    }
    doc
}

fn unit(u: Unit, lang: Lang) -> &'static str {
    match u {
        Unit::Kroner => lang.say("kr.", "DKK"),
        Unit::Hours => lang.say("t", "h"),
    }
}

/// `bpa diff OLD/ NEW/`: compared cases first, then a count of those that
/// need notice and of those that could not be compared.
#[must_use]
pub fn changes(rows: &[Outcome<CaseChange>], lang: Lang) -> Doc {
    let mut t = Table::new(&[
        (lang.say("Sag", "Case"), Text),
        (lang.say("Fil (ny)", "File (new)"), Text),
        (lang.say("Tilskud før", "Grant before"), Amount),
        (lang.say("Tilskud nu", "Grant now"), Amount),
        (lang.say("Ændring", "Change"), Amount),
        (lang.say("Timer/uge før", "Hours/week before"), Hours),
        (lang.say("Timer/uge nu", "Hours/week now"), Hours),
        (lang.say("Varsel (SEL § 3 a)", "Notice (SEL § 3 a)"), Text),
    ]);
    let amount = |v: Option<Decimal>| v.map_or_else(|| "—".to_string(), |v| money(v, lang));
    let (mut compared, mut notice, mut skipped, mut failed) = (0, 0, 0, Vec::new());
    for row in rows {
        match row {
            Outcome::Done(_, c) => {
                compared += 1;
                notice += usize::from(c.notice);
                // The new version's file; the rows of `--format csv` and json have both.
                t.row([
                    c.id.clone(),
                    c.new_file.clone(),
                    amount(c.old_grant),
                    amount(c.new_grant),
                    c.change()
                        .map_or_else(|| "—".to_string(), |v| signed(v, lang)),
                    amount(c.old_hours_per_week),
                    amount(c.new_hours_per_week),
                    if c.notice {
                        lang.say("ja, 14 uger", "yes, 14 weeks")
                    } else {
                        lang.say("nej", "no")
                    }
                    .to_string(),
                ]);
            }
            Outcome::Failed { error, .. } => failed.push(error.one_line()),
            Outcome::Skipped(..) => skipped += 1,
        }
    }
    let mut doc = Doc::default();
    doc.section(Section::new(lang.say("Sammenligning pr. sag", "Comparison by case")).table(t));
    let mut summary = match lang {
        Lang::Da => format!(
            "{compared} {} sammenlignet, {notice} kræver mindst 14 ugers varsel, jf. SEL § 3 a, {} kunne ikke sammenlignes, {skipped} uden [previous].",
            if compared == 1 { "sag" } else { "sager" },
            failed.len()
        ),
        Lang::En => format!(
            "{compared} {} compared, {notice} need 14 weeks' notice (SEL § 3 a), {} could not be compared, {skipped} without [previous].",
            if compared == 1 { "case" } else { "cases" },
            failed.len()
        ),
    };
    for e in failed {
        summary.push_str(&format!("\n- {e}"));
    }
    doc.para(summary);
    doc
}

/// A change with its sign: `+1.234,50`, `-12,00`, `0,00`.
fn signed(v: Decimal, lang: Lang) -> String {
    let s = money(v, lang);
    if ore(v) > Decimal::ZERO {
        format!("+{s}")
    } else {
        s
    }
}

/// `bpa rates`: the embedded tables, one row each.
#[must_use]
pub fn rate_list(tables: &[RateSummary], lang: Lang) -> Doc {
    let mut t = Table::new(&[
        (lang.say("Tabel", "Table"), Text),
        (lang.say("År", "Year"), Text),
        (lang.say("Beskrivelse", "Description"), Text),
        (lang.say("Satser", "Entries"), Number),
        (lang.say("Ikke verificeret", "Not verified"), Number),
    ]);
    for r in tables {
        t.row([
            r.name.clone(),
            r.year.map(|y| y.to_string()).unwrap_or_default(),
            r.description.clone(),
            r.entries.to_string(),
            r.unverified.to_string(),
        ]);
    }
    let mut doc = Doc::default();
    doc.section(Section::new(lang.say("Indbyggede satstabeller", "Embedded rate tables")).table(t));
    doc.para(lang.say(
        "Vis en tabel med `bpa rates ÅR` eller `bpa rates FIL`.",
        "Show one with `bpa rates YEAR` or `bpa rates FILE`.",
    ));
    doc
}

/// `bpa rates YEAR|FILE`: every sourced entry of one table after `extends`.
#[must_use]
pub fn rates(summary: &RateSummary, entries: &[Entry], lang: Lang) -> Doc {
    let mut t = Table::new(&[
        (lang.say("Sats", "Entry"), Text),
        (
            lang.say("Sti i satstabellen", "Path in the rate table"),
            Text,
        ),
        (lang.say("Værdi", "Value"), Text),
        (lang.say("Verificeret", "Verified"), Text),
        (lang.say("Kilde", "Source"), Text),
    ]);
    for e in entries {
        // Danish output shows the Danish source where the table gives one.
        let source = match (lang, &e.source_da) {
            (Lang::Da, Some(da)) => da.clone(),
            _ => e.source.clone(),
        };
        t.row([
            super::names::figure(&e.path, lang),
            e.path.clone(),
            entry_value(e, lang),
            if e.verified {
                lang.say("ja", "yes")
            } else {
                lang.say("nej", "no")
            }
            .to_string(),
            source,
        ]);
    }
    let title = format!(
        "{} {} ({}){}",
        lang.say("Satstabel", "Rate table"),
        summary.year.map(|y| y.to_string()).unwrap_or_default(),
        origin(&summary.name, lang),
        if summary.description.is_empty() {
            String::new()
        } else {
            format!(": {}", summary.description)
        }
    );
    let mut doc = Doc::default();
    doc.section(Section::new(title).table(t));
    doc.para(format!(
        "{}: {}, {}: {}",
        lang.say("Satser", "Entries"),
        summary.entries,
        lang.say("ikke verificeret for året", "not verified for the year"),
        summary.unverified
    ));
    doc
}

/// An entry's figures in the output language: `3,5`, or `pct = 30; …`.
fn entry_value(e: &Entry, lang: Lang) -> String {
    fn show(v: &toml::Value, lang: Lang) -> String {
        let num = |text: String| {
            text.parse::<Decimal>()
                .map_or(text, |d| number(d.normalize(), d.normalize().scale(), lang))
        };
        match v {
            toml::Value::Integer(i) => num(i.to_string()),
            toml::Value::Float(f) => num(f.to_string()),
            toml::Value::Boolean(b) => match b {
                true => lang.say("ja", "yes"),
                false => lang.say("nej", "no"),
            }
            .to_string(),
            toml::Value::String(s) => s.clone(),
            toml::Value::Array(a) => {
                let items: Vec<String> = a.iter().map(|v| show(v, lang)).collect();
                format!("[{}]", items.join(" | "))
            }
            toml::Value::Table(t) => {
                let items: Vec<String> = t
                    .iter()
                    .map(|(k, v)| format!("{k} {}", show(v, lang)))
                    .collect();
                items.join(" ")
            }
            toml::Value::Datetime(d) => d.to_string(),
        }
    }
    match e.figures.as_slice() {
        [(k, v)] if k == "value" => show(v, lang),
        items => items
            .iter()
            .map(|(k, v)| format!("{k} = {}", show(v, lang)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}
