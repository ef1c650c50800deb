//! Dates in words, as a decision letter writes them.

use chrono::{Datelike, NaiveDate};

use crate::report::Lang;

/// A month's name in full, 1 to 12: `februar`, `February`.
#[must_use]
pub fn month_word(m: u32, lang: Lang) -> &'static str {
    const DA: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = (m as usize).saturating_sub(1).min(11);
    lang.say(DA[i], EN[i])
}

/// A date in words: `10. februar 2025`, `10 February 2025`.
#[must_use]
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let month = month_word(d.month(), lang);
    match lang {
        Lang::Da => format!("{}. {month} {}", d.day(), d.year()),
        Lang::En => format!("{} {month} {}", d.day(), d.year()),
    }
}

/// A month in words: `september 2025`, `September 2025`.
#[must_use]
pub fn month_year(d: NaiveDate, lang: Lang) -> String {
    let full = date(d, lang);
    // `1. september 2025` / `1 September 2025`: drop the day.
    full.split_once(' ')
        .map_or(full.clone(), |(_, rest)| rest.to_string())
}
