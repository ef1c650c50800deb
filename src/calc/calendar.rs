//! Danish public holidays (helligdage) of a year: the fixed ones and those
//! that follow Easter. Store bededag was abolished from 2024 (LOV nr. 218
//! of 28/02/2023), so it is a holiday up to and including 2023.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

use crate::calc::{Text, t};

/// One public holiday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: Text,
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm,
/// Meeus/Jones/Butcher).
#[must_use]
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The public holidays of `year` in date order (helligdagsloven).
#[must_use]
pub fn holidays(year: i32) -> Vec<Holiday> {
    let Some(easter) = easter(year) else {
        return Vec::new();
    };
    let from_easter = |days: i64| {
        let d = Days::new(days.unsigned_abs());
        if days < 0 {
            easter.checked_sub_days(d)
        } else {
            easter.checked_add_days(d)
        }
    };
    let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    let mut list = vec![
        (fixed(1, 1), t("Nytårsdag", "New Year's Day")),
        (from_easter(-3), t("Skærtorsdag", "Maundy Thursday")),
        (from_easter(-2), t("Langfredag", "Good Friday")),
        (from_easter(0), t("Påskedag", "Easter Sunday")),
        (from_easter(1), t("2. påskedag", "Easter Monday")),
        (from_easter(39), t("Kristi himmelfartsdag", "Ascension Day")),
        (from_easter(49), t("Pinsedag", "Whit Sunday")),
        (from_easter(50), t("2. pinsedag", "Whit Monday")),
        (fixed(12, 25), t("Juledag", "Christmas Day")),
        (fixed(12, 26), t("2. juledag", "Boxing Day")),
    ];
    if year <= 2023 {
        list.push((from_easter(26), t("Store bededag", "Great Prayer Day")));
    }
    let mut out: Vec<Holiday> = list
        .into_iter()
        .filter_map(|(date, name)| date.map(|date| Holiday { date, name }))
        .collect();
    out.sort_by_key(|h| h.date);
    out
}

/// The name of a weekday.
#[must_use]
pub fn weekday_name(d: Weekday) -> Text {
    match d {
        Weekday::Mon => t("mandag", "Monday"),
        Weekday::Tue => t("tirsdag", "Tuesday"),
        Weekday::Wed => t("onsdag", "Wednesday"),
        Weekday::Thu => t("torsdag", "Thursday"),
        Weekday::Fri => t("fredag", "Friday"),
        Weekday::Sat => t("lørdag", "Saturday"),
        Weekday::Sun => t("søndag", "Sunday"),
    }
}

/// The name of a day that is holiday time from a time of day by a
/// working-time agreement (`part_days` in the rate table): 24 December,
/// 1 May, Grundlovsdag and New Year's Eve in KL–FOA's; another date is named
/// for what it is.
#[must_use]
pub fn part_day_name(date: NaiveDate) -> Text {
    match (date.month(), date.day()) {
        (5, 1) => t("1. maj", "1 May"),
        (6, 5) => t("Grundlovsdag", "Constitution Day"),
        (12, 24) => t("Juleaftensdag", "Christmas Eve"),
        (12, 31) => t("Nytårsaftensdag", "New Year's Eve"),
        _ => t("Delvis helligdag", "Part holiday"),
    }
}

/// Days in `year`: 365 or 366.
#[must_use]
pub fn days_in_year(year: i32) -> u32 {
    NaiveDate::from_ymd_opt(year, 12, 31).map_or(365, |d| d.ordinal())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(year: i32) -> Vec<String> {
        holidays(year)
            .iter()
            .map(|h| format!("{} {}", h.date.format("%d.%m"), h.name.da))
            .collect()
    }

    // The official lists (borger.dk / the Danish almanac) for each year.
    #[test]
    fn holidays_2023_with_store_bededag() {
        assert_eq!(
            list(2023),
            [
                "01.01 Nytårsdag",
                "06.04 Skærtorsdag",
                "07.04 Langfredag",
                "09.04 Påskedag",
                "10.04 2. påskedag",
                "05.05 Store bededag",
                "18.05 Kristi himmelfartsdag",
                "28.05 Pinsedag",
                "29.05 2. pinsedag",
                "25.12 Juledag",
                "26.12 2. juledag",
            ]
        );
    }

    #[test]
    fn holidays_2024_without_store_bededag() {
        assert_eq!(
            list(2024),
            [
                "01.01 Nytårsdag",
                "28.03 Skærtorsdag",
                "29.03 Langfredag",
                "31.03 Påskedag",
                "01.04 2. påskedag",
                "09.05 Kristi himmelfartsdag",
                "19.05 Pinsedag",
                "20.05 2. pinsedag",
                "25.12 Juledag",
                "26.12 2. juledag",
            ]
        );
    }

    #[test]
    fn holidays_2026() {
        assert_eq!(
            list(2026),
            [
                "01.01 Nytårsdag",
                "02.04 Skærtorsdag",
                "03.04 Langfredag",
                "05.04 Påskedag",
                "06.04 2. påskedag",
                "14.05 Kristi himmelfartsdag",
                "24.05 Pinsedag",
                "25.05 2. pinsedag",
                "25.12 Juledag",
                "26.12 2. juledag",
            ]
        );
    }

    #[test]
    fn easter_known_dates_and_leap_years() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(easter(2025), d(2025, 4, 20));
        assert_eq!(easter(2019), d(2019, 4, 21));
        assert_eq!(easter(2038), d(2038, 4, 25)); // the latest possible
        assert_eq!(easter(2285), d(2285, 3, 22)); // the earliest possible
        assert_eq!((days_in_year(2024), days_in_year(2025)), (366, 365));
    }
}
