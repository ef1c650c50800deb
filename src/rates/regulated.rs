//! A rate table regulated from a date (BEK § 3 stk. 1; VEJ pkt. 97–98):
//! the old table's figures before the date and the new table's from it, as
//! dated values, so the year is calculated exactly as `calc` calculates a
//! table whose wage figures change during the year. Only the wage figures
//! can be dated (the base wage, the general supplement, standby and the
//! working-time supplements); any other figure must be the same in both
//! tables, as it changes with a new decision and not with a regulation.

use std::sync::Arc;

use chrono::NaiveDate;
use serde_json::Value;

use super::Rates;
use super::dated::{BaseWage, Dated, DatedSupplement, Figure, Supplement};
use super::figures::{RateTable, WageScale};
use crate::error::InputError;

/// `old` until the day before `date`, `new` from `date`.
fn figure(old: &Figure, new: &Figure, date: NaiveDate) -> Figure {
    let first = NaiveDate::from_ymd_opt(chrono::Datelike::year(&date), 1, 1).unwrap_or(date);
    let plain = |f: &Figure, from: NaiveDate| Dated {
        from,
        value: f.at(from),
        source: f.source.clone(),
        source_da: f.source_da.clone(),
        cite: f.cite.clone(),
        cite_da: f.cite_da.clone(),
        verified: f.verified,
    };
    let mut values: Vec<Dated> = if old.values.is_empty() {
        vec![plain(old, first)]
    } else {
        old.values
            .iter()
            .filter(|v| v.from < date)
            .cloned()
            .collect()
    };
    let at_date = new
        .values
        .iter()
        .rev()
        .find(|v| v.from <= date)
        .map_or_else(
            || plain(new, date),
            |v| Dated {
                from: date,
                ..v.clone()
            },
        );
    values.push(at_date);
    values.extend(new.values.iter().filter(|v| v.from > date).cloned());
    values.retain(|v| v.from >= first);
    Figure {
        value: values.first().map_or(old.value, |v| v.value),
        source: values
            .first()
            .map_or(old.source.clone(), |v| v.source.clone()),
        source_da: values.first().and_then(|v| v.source_da.clone()),
        cite: values.first().and_then(|v| v.cite.clone()),
        cite_da: values.first().and_then(|v| v.cite_da.clone()),
        verified: values.iter().all(|v| v.verified),
        placeholder: old.placeholder,
        values,
    }
}

/// A working-time supplement, `old` before `date` and `new` from it.
fn supplement(old: &Supplement, new: &Supplement, date: NaiveDate) -> Supplement {
    let first = NaiveDate::from_ymd_opt(chrono::Datelike::year(&date), 1, 1).unwrap_or(date);
    let at = |s: &Supplement, from: NaiveDate| {
        let (pct, kr) = s.at(from);
        let v = s.values.iter().rev().find(|v| v.from <= from);
        DatedSupplement {
            from,
            pct,
            kr,
            source: v.map_or(s.source.clone(), |v| v.source.clone()),
            source_da: v.map_or(s.source_da.clone(), |v| v.source_da.clone()),
            cite: v.map_or(s.cite.clone(), |v| v.cite.clone()),
            cite_da: v.map_or(s.cite_da.clone(), |v| v.cite_da.clone()),
            verified: v.map_or(s.verified, |v| v.verified),
        }
    };
    let mut values: Vec<DatedSupplement> = if old.values.is_empty() {
        vec![at(old, first)]
    } else {
        old.values
            .iter()
            .filter(|v| v.from < date)
            .cloned()
            .collect()
    };
    values.push(at(new, date));
    values.extend(new.values.iter().filter(|v| v.from > date).cloned());
    let head = values.first().cloned().unwrap_or_else(|| at(old, first));
    Supplement {
        pct: head.pct,
        kr: head.kr,
        source: head.source,
        source_da: head.source_da,
        cite: head.cite,
        cite_da: head.cite_da,
        verified: values.iter().all(|v| v.verified),
        values,
    }
}

/// A wage scale's dated figures, `old` before `date` and `new` from it.
fn scale(old: &WageScale, new: &WageScale, date: NaiveDate) -> Option<WageScale> {
    let base = match (&old.base_hourly, &new.base_hourly) {
        (BaseWage::One(o), BaseWage::One(n)) => BaseWage::One(figure(o, n, date)),
        (BaseWage::ByAreaGroup(o), BaseWage::ByAreaGroup(n)) => {
            let mut groups = o.clone();
            for (g, slot) in groups.iter_mut().enumerate() {
                *slot = match (slot.as_ref(), n.get(g).and_then(Option::as_ref)) {
                    (Some(o), Some(n)) => Some(figure(o, n, date)),
                    (None, None) => None,
                    _ => return None,
                };
            }
            BaseWage::ByAreaGroup(groups)
        }
        // One figure against a figure per group: each group's own.
        (BaseWage::One(o), BaseWage::ByAreaGroup(n)) => {
            let mut groups = n.clone();
            for slot in groups.iter_mut() {
                *slot = slot.as_ref().map(|n| figure(o, n, date));
            }
            BaseWage::ByAreaGroup(groups)
        }
        (BaseWage::ByAreaGroup(o), BaseWage::One(n)) => {
            let mut groups = o.clone();
            for slot in groups.iter_mut() {
                *slot = slot.as_ref().map(|o| figure(o, n, date));
            }
            BaseWage::ByAreaGroup(groups)
        }
    };
    let mut s = old.clone();
    s.base_hourly = base;
    s.standby_pct = figure(&old.standby_pct, &new.standby_pct, date);
    let (os, ns) = (&old.supplements, &new.supplements);
    s.supplements.weekday_day = supplement(&os.weekday_day, &ns.weekday_day, date);
    s.supplements.weekday_evening = supplement(&os.weekday_evening, &ns.weekday_evening, date);
    s.supplements.weekday_night = supplement(&os.weekday_night, &ns.weekday_night, date);
    s.supplements.saturday = supplement(&os.saturday, &ns.saturday, date);
    s.supplements.sunday_holiday = supplement(&os.sunday_holiday, &ns.sunday_holiday, date);
    Some(s)
}

/// The table's figures that only a new decision changes, as JSON without
/// the dated wage figures and without words (names, sources, descriptions).
fn fixed(t: &RateTable) -> Value {
    let mut v = serde_json::to_value(t).unwrap_or(Value::Null);
    if let Some(scales) = v.get_mut("wage_scales").and_then(Value::as_object_mut) {
        for s in scales.values_mut().filter_map(Value::as_object_mut) {
            for key in ["base_hourly", "standby_pct", "supplements", "windows"] {
                s.remove(key);
            }
        }
    }
    if let Some(sl) = v.get_mut("service_level").and_then(Value::as_object_mut) {
        sl.remove("general_supplement_pct");
        sl.remove("standby_pct");
    }
    strip_words(&mut v);
    v
}

fn strip_words(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for key in ["description", "municipality"]
                .iter()
                .chain(super::listing::META)
            {
                m.remove(*key);
            }
            m.values_mut().for_each(strip_words);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_words),
        _ => {}
    }
}

/// The first path at which two JSON values differ.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x
            .keys()
            .chain(y.keys().filter(|k| !x.contains_key(*k)))
            .find_map(|k| {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                first_difference(
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    &p,
                )
            }),
        _ if a == b => None,
        _ => Some(path.to_string()),
    }
}

impl Rates {
    /// `old` regulated to `new` from `date`: one table whose wage figures
    /// are `old`'s before the date and `new`'s from it; refused when a
    /// figure a regulation cannot change differs. `file` names the case.
    pub fn regulated(
        old: &Rates,
        new: &Rates,
        date: NaiveDate,
        file: &str,
    ) -> Result<Rates, InputError> {
        if let Some(path) = first_difference(&fixed(&old.table), &fixed(&new.table), "") {
            return Err(InputError::file(
                file,
                "the new rates change a figure a regulation during the year cannot change",
            )
            .at_key(path)
            .found(format!("{} and {}", old.origin, new.origin))
            .allowed("new rates that change only the wage figures: the base wage, the general supplement, standby and the working-time supplements (BEK § 3 stk. 1; VEJ pkt. 97–98)")
            .help("another figure changes with a new decision: calculate it with `bpa calc` on the new table"));
        }
        let mut table = (*old.table).clone();
        for (name, s) in &mut table.wage_scales {
            let Some(n) = new.table.wage_scales.get(name) else {
                continue;
            };
            let Some(regulated) = scale(s, n, date) else {
                return Err(InputError::file(
                    file,
                    "the new rates give the base wage in another form",
                )
                .at_key(format!("wage_scales.{name}.base_hourly"))
                .found(format!("{} and {}", old.origin, new.origin))
                .allowed("the same områdetillægsgrupper in both tables"));
            };
            *s = Arc::new(regulated);
        }
        let (o, n) = (&old.table.service_level, &new.table.service_level);
        table.service_level.general_supplement_pct =
            figure(&o.general_supplement_pct, &n.general_supplement_pct, date);
        if let (Some(o), Some(n)) = (&o.standby_pct, &n.standby_pct) {
            table.service_level.standby_pct = Some(figure(o, n, date));
        }
        Rates::new(
            table,
            format!(
                "{} → {} {}",
                old.origin,
                new.origin,
                date.format("%d.%m.%Y")
            ),
        )
    }
}
