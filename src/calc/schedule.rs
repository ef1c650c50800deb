//! `[[schedule]]`: shifts of a typical week laid on every date of the grant
//! year (365 or 366 days, public holidays included) and split into bands by
//! the wage scale's windows (its working-time agreement), not by constants.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::calc::calendar::{Holiday, holidays};
use crate::calc::period::Period;
use crate::case::{Band, BandMap, Case, Shift, quarter_minutes};
use crate::error::InputError;
use crate::money;
use crate::rates::{Params, WindowDay, Windows};

const DAY: u32 = 24 * 60;

/// The schedule's yearly hours: by band, by entry, and the calendar used.
#[derive(Debug, Clone, Serialize)]
pub struct ScheduleHours {
    /// Helper hours per year in each band.
    pub bands: BandMap,
    /// The `[[schedule]]` entries as written.
    pub entries: Vec<Shift>,
    /// Helper hours per year of each entry.
    pub shifts: Vec<Decimal>,
    pub days: u32,
    pub holidays: Vec<Holiday>,
    /// Helper hours by band of the shifts that start on days of a
    /// `[[pause]]` (the scheme on hold), laid on those dates the same way.
    pub paused: BandMap,
    /// The days of the period that are holiday time from a time of day by
    /// the wage scale's working-time agreement (the rate table's
    /// `part_days`: 24 December from 06:00; 1 May, Grundlovsdag and New
    /// Year's Eve from 12:00).
    pub part_days: Vec<PartDay>,
}

/// A day that is holiday time from a time of day on.
#[derive(Debug, Clone, Serialize)]
pub struct PartDay {
    pub date: NaiveDate,
    pub name: crate::calc::Text,
    /// `HH:MM`, as the rate table gives it.
    pub from: String,
}

/// `[[schedule]]` on the grant period's calendar, by the wage scale's windows,
/// and the checks that need its band hours: deductions and own care.
pub fn for_case(
    case: &Case,
    params: &Params,
    period: &Period,
) -> Result<Option<ScheduleHours>, InputError> {
    let f = &case.file;
    if f.schedule.is_empty() {
        return Ok(None);
    }
    let Some(windows) = &params.scale.windows else {
        return Err(case
            .error(
                "schedule",
                "the wage scale has no band windows to split a schedule by",
            )
            .found(format!("wage scale {}", params.scale_name))
            .allowed(format!(
                "[need] with hours per week, or a rate table with [wage_scales.{}.windows]",
                params.scale_name
            )));
    };
    let base = params.base_hourly.value;
    let worth = Band::ALL.map(|b| {
        let s = params.scale.supplements.get(b);
        s.kr.unwrap_or_else(|| s.pct.unwrap_or_default() * base / Decimal::ONE_HUNDRED)
    });
    let mut s = band_hours(&f.schedule, (period.from, period.to), windows, &worth);
    for pause in &f.pauses {
        if let (Some(a), Some(b)) = (pause.from_day(), pause.to_day()) {
            let on_hold = band_hours(&f.schedule, (a, b), windows, &worth);
            for (sum, h) in s.paused.iter_mut().zip(on_hold.bands) {
                *sum += h;
            }
        }
    }
    let w = period.weeks;
    for b in Band::ALL {
        let deducted = f.deduct.map()[b as usize] * w;
        if deducted > s.bands[b as usize] {
            return Err(case
                .error(
                    &format!("deduct.{}", b.key()),
                    "deduction larger than the scheduled hours in this band",
                )
                .found(format!(
                    "{} h a year deducted from {} scheduled hours",
                    money::round(deducted, 2),
                    money::round(s.bands[b as usize], 2)
                ))
                .allowed(format!(
                    "at most {} h per week",
                    money::round(s.bands[b as usize] / w, 2)
                )));
        }
    }
    if let Some(r) = &f.relative {
        let after: Decimal =
            s.bands.iter().sum::<Decimal>() - f.deduct.map().iter().sum::<Decimal>() * w;
        if r.own_care_hours_per_week * w > after {
            return Err(case
                .error(
                    "relative.own_care_hours_per_week",
                    "more own care than the scheduled hours after deductions",
                )
                .found(format!(
                    "{} h per week × {} weeks against {} h a year",
                    r.own_care_hours_per_week.normalize(),
                    w.normalize(),
                    money::round(after, 2)
                ))
                .allowed(format!("at most {} h per week", money::round(after / w, 2))));
        }
    }
    Ok(Some(s))
}

/// The windows with their times read once: each band's windows as minutes
/// with their days, the times part days turn to holiday time, and every
/// minute at which a window starts or ends.
struct Parsed<'a> {
    bands: [Vec<(u32, u32, &'a [WindowDay])>; 5],
    /// The distinct times at which a part day becomes holiday time.
    part_from: Vec<u32>,
    cuts: Vec<u32>,
}

impl<'a> Parsed<'a> {
    fn of(windows: &'a Windows) -> Parsed<'a> {
        let mut part_from: Vec<u32> = windows
            .part_days
            .iter()
            .filter_map(|p| quarter_minutes(&p.from))
            .collect();
        part_from.sort_unstable();
        part_from.dedup();
        let bands = Band::ALL.map(|b| {
            windows
                .of(b)
                .iter()
                .map(|w| (minutes(&w.from), minutes(&w.to), w.days.as_slice()))
                .collect::<Vec<_>>()
        });
        let mut cuts: Vec<u32> = bands
            .iter()
            .flatten()
            .flat_map(|&(from, to, _)| [from, to])
            .chain(part_from.iter().copied())
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        Parsed {
            bands,
            part_from,
            cuts,
        }
    }

    /// How many kinds of date there are: weekday × public holiday × part
    /// day (none, or which time it turns at), and one for a date outside
    /// the period, the last.
    fn kinds(&self) -> usize {
        7 * 2 * (self.part_from.len() + 1) + 1
    }

    fn outside(&self) -> usize {
        self.kinds() - 1
    }

    /// The kind of a date: its weekday (0 = Monday), whether it is a public
    /// holiday, and the time it turns to holiday time if a part day.
    fn kind(&self, weekday: usize, holiday: bool, part_from: Option<u32>) -> usize {
        let part = part_from
            .and_then(|f| self.part_from.iter().position(|x| *x == f))
            .map_or(0, |i| i + 1);
        (weekday * 2 + usize::from(holiday)) * (self.part_from.len() + 1) + part
    }

    /// A kind's weekday, public holiday and part-day time.
    fn of_kind(&self, kind: usize) -> (u32, bool, Option<u32>) {
        let parts = self.part_from.len() + 1;
        let (rest, part) = (kind / parts, kind % parts);
        let part_from = part.checked_sub(1).map(|i| self.part_from[i]);
        ((rest / 2) as u32, rest % 2 == 1, part_from)
    }
}

/// What decides a minute's band on one date.
struct Day<'a> {
    /// 0 for Monday … 6 for Sunday.
    weekday: u32,
    holiday: bool,
    /// A part day: holiday time from this minute on.
    part_from: Option<u32>,
    windows: &'a Parsed<'a>,
    /// Each band's supplement per hour, to choose where windows overlap.
    worth: &'a BandMap,
}

impl Day<'_> {
    fn matches(&self, days: &[WindowDay]) -> bool {
        days.iter().any(|d| match d {
            WindowDay::Holiday => self.holiday,
            d => *d as u32 == self.weekday,
        })
    }

    /// The band of the minute starting at `m` (0 … 1439) of this date.
    fn band(&self, m: u32) -> Band {
        // More specific bands first: they win a tie in worth.
        let order = [
            Band::SundayHoliday,
            Band::Saturday,
            Band::WeekdayNight,
            Band::WeekdayEvening,
        ];
        let mut best: Option<Band> = None;
        for b in order {
            let hit = (b == Band::SundayHoliday && self.part_from.is_some_and(|f| m >= f))
                || self.windows.bands[b as usize]
                    .iter()
                    .any(|&(from, to, days)| {
                        let inside = if from < to {
                            m >= from && m < to
                        } else {
                            m >= from || m < to
                        };
                        inside && self.matches(days)
                    });
            if hit && best.is_none_or(|x| self.worth[b as usize] > self.worth[x as usize]) {
                best = Some(b);
            }
        }
        best.unwrap_or(Band::WeekdayDay)
    }

    /// Minutes by band of `[a, b)` on this date, split where a window starts or ends.
    fn split(&self, a: u32, b: u32, out: &mut [u32; 5]) {
        let mut from = a;
        let inner = self
            .windows
            .cuts
            .iter()
            .copied()
            .filter(|c| *c > a && *c < b);
        for to in inner.chain(std::iter::once(b)) {
            out[self.band(from) as usize] += to - from;
            from = to;
        }
    }
}

fn minutes(text: &str) -> u32 {
    quarter_minutes(text).unwrap_or(0)
}

/// Lay the schedule on the dates of the grant period (`from` to `to`, both
/// in the grant year; the whole year by default, SPEC 3.8). `worth` is each
/// band's supplement per hour (the choice where windows overlap).
#[must_use]
pub fn band_hours(
    schedule: &[Shift],
    (from_day, to_day): (NaiveDate, NaiveDate),
    windows: &Windows,
    worth: &BandMap,
) -> ScheduleHours {
    let list: Vec<Holiday> = holidays(from_day.year())
        .into_iter()
        .filter(|h| h.date >= from_day && h.date <= to_day)
        .collect();
    let parsed = Parsed::of(windows);
    let kinds = kinds_of_days((from_day, to_day), &list, windows, &parsed);
    let pairs = kind_pairs(&kinds, &parsed);
    let mut bands = [0u64; 5];
    let mut shifts = Vec::with_capacity(schedule.len());
    for shift in schedule {
        let minutes = shift_minutes(shift, &pairs, &parsed, windows, worth);
        for (sum, m) in bands.iter_mut().zip(minutes) {
            *sum += m;
        }
        shifts.push(Decimal::from(minutes.iter().sum::<u64>()) / Decimal::from(60));
    }
    let part_days = part_days_in(windows, (from_day, to_day));
    ScheduleHours {
        part_days,
        entries: schedule.to_vec(),
        bands: bands.map(|m| Decimal::from(m) / Decimal::from(60)),
        shifts,
        days: u32::try_from((to_day - from_day).num_days() + 1).unwrap_or(0),
        holidays: list,
        paused: [Decimal::ZERO; 5],
    }
}

/// The part days that fall in the period, each with the time it turns to
/// holiday time.
fn part_days_in(windows: &Windows, (from_day, to_day): (NaiveDate, NaiveDate)) -> Vec<PartDay> {
    let mut days: Vec<PartDay> = windows
        .part_days
        .iter()
        .filter_map(|p| {
            let (m, d) = p.day.split_once('-')?;
            let date = NaiveDate::from_ymd_opt(from_day.year(), m.parse().ok()?, d.parse().ok()?)?;
            Some((date, p))
        })
        .filter(|(d, _)| *d >= from_day && *d <= to_day)
        .map(|(date, p)| PartDay {
            date,
            name: crate::calc::calendar::part_day_name(date),
            from: p.from.clone(),
        })
        .collect();
    days.sort_by_key(|h| h.date);
    days
}

/// The kind of every date from the last day of the year before (a night
/// shift reaches into 1 January) to the first day of the next: what decides
/// a minute's band on a date is only its weekday, whether it is a public
/// holiday and whether a part day (1 May, Grundlovsdag, 24 and 31 December
/// from a time of day); dates outside the period are the outside kind.
fn kinds_of_days(
    (from_day, to_day): (NaiveDate, NaiveDate),
    holidays: &[Holiday],
    windows: &Windows,
    parsed: &Parsed<'_>,
) -> Vec<usize> {
    let y = from_day.year();
    let (Some(first), Some(last)) = (
        NaiveDate::from_ymd_opt(y, 1, 1).and_then(|d| d.pred_opt()),
        NaiveDate::from_ymd_opt(y + 1, 1, 1),
    ) else {
        return Vec::new();
    };
    // Each date by its place from `first`: the calendar is walked by
    // counting, the holidays and part days marked on it beforehand.
    let place = |d: NaiveDate| usize::try_from((d - first).num_days()).ok();
    let dates = place(last).map_or(0, |n| n + 1);
    let mut holiday = vec![false; dates];
    for i in holidays.iter().filter_map(|h| place(h.date)) {
        if let Some(h) = holiday.get_mut(i) {
            *h = true;
        }
    }
    let mut part: Vec<Option<u32>> = vec![None; dates];
    for p in &windows.part_days {
        let date = p
            .day
            .split_once('-')
            .and_then(|(m, d)| NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?));
        // The first part day the table gives for a date counts.
        if let Some(slot) = date.and_then(place).and_then(|i| part.get_mut(i))
            && slot.is_none()
        {
            *slot = quarter_minutes(&p.from);
        }
    }
    let (inside_from, inside_to) = (place(from_day), place(to_day));
    let mut weekday = first.weekday().num_days_from_monday() as usize;
    (0..dates)
        .map(|i| {
            let inside = inside_from.is_some_and(|a| i >= a) && inside_to.is_some_and(|b| i <= b);
            let kind = if inside {
                parsed.kind(weekday, holiday[i], part[i])
            } else {
                parsed.outside()
            };
            weekday = (weekday + 1) % 7;
            kind
        })
        .collect()
}

/// How often a date of one kind is followed by one of another in the
/// period, for each pair that occurs, in index order, with the weekday a
/// shift starting on the first date starts on. Counted once per period:
/// a shift then splits each pair once and multiplies, instead of once per date.
fn kind_pairs(kinds: &[usize], parsed: &Parsed<'_>) -> Vec<KindPair> {
    let (n, outside) = (parsed.kinds(), parsed.outside());
    // At most 367 pairs a year: a u16 each keeps the zeroed table small.
    let mut pairs = vec![0u16; n * n];
    for pair in kinds.windows(2) {
        if pair[0] != outside || pair[1] != outside {
            pairs[pair[0] * n + pair[1]] += 1;
        }
    }
    pairs
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .map(|(i, &count)| {
            let (start, next) = (i / n, i % n);
            let weekday = if start == outside {
                // The day before the period: the weekday before its first day's.
                (parsed.of_kind(next).0 + 6) % 7
            } else {
                parsed.of_kind(start).0
            };
            KindPair {
                index: i,
                weekday,
                count: u64::from(count),
            }
        })
        .collect()
}

/// A pair of kinds of date (a date, the next) that occurs in the period.
struct KindPair {
    /// `first × kinds + next`.
    index: usize,
    /// The weekday of the first date (0 = Monday).
    weekday: u32,
    /// How often it occurs.
    count: u64,
}

/// One schedule entry's helper minutes per year in each band: each pair of
/// kinds (its start date, the next date) it starts on, split once and
/// multiplied by how often the pair occurs.
fn shift_minutes(
    shift: &Shift,
    pairs: &[KindPair],
    parsed: &Parsed<'_>,
    windows: &Windows,
    worth: &BandMap,
) -> [u64; 5] {
    let (from, mut to) = (minutes(&shift.from), minutes(&shift.to));
    if to <= from {
        to += DAY;
    }
    let (n, outside) = (parsed.kinds(), parsed.outside());
    let on: [bool; 7] = std::array::from_fn(|w| shift.days.iter().any(|s| s.covers(w as u32)));
    let mut bands = [0u64; 5];
    for pair in pairs.iter().filter(|p| on[p.weekday as usize % 7]) {
        let (i, count) = (pair.index, pair.count);
        let mut occurrence = [0u32; 5];
        for (k, on) in [(0u32, i / n), (1, i % n)] {
            let (a, b) = (from.max(k * DAY), to.min((k + 1) * DAY));
            if a < b && on != outside {
                let (weekday, holiday, part_from) = parsed.of_kind(on);
                let day = Day {
                    weekday,
                    holiday,
                    part_from,
                    windows: parsed,
                    worth,
                };
                day.split(a - k * DAY, b - k * DAY, &mut occurrence);
            }
        }
        started_periods(&mut occurrence, windows.started_minutes);
        let times = count * u64::from(shift.helpers);
        for (sum, m) in bands.iter_mut().zip(occurrence) {
            *sum += u64::from(m) * times;
        }
    }
    bands
}

/// Supplements per started period: a shift's minutes in a supplement band
/// are rounded up to whole periods, taken from its weekday-day minutes, so
/// the shift's length does not change.
fn started_periods(minutes: &mut [u32; 5], period: u32) {
    if period == 0 {
        return;
    }
    for b in 1..5 {
        let short = (period - minutes[b] % period) % period;
        let moved = short.min(minutes[0]);
        minutes[b] += moved;
        minutes[0] -= moved;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(y: i32) -> (NaiveDate, NaiveDate) {
        (
            NaiveDate::from_ymd_opt(y, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(y, 12, 31).unwrap(),
        )
    }
    use crate::rates::Rates;

    fn windows() -> (Windows, BandMap) {
        let rates = Rates::embedded(2025).unwrap_or_else(|e| panic!("{e}"));
        let scale = &rates.table.wage_scales["sosu_11"];
        let base = rates.standard.base_hourly.value;
        let worth = Band::ALL.map(|b| {
            let s = scale.supplements.get(b);
            s.kr.unwrap_or_else(|| s.pct.unwrap_or_default() * base / Decimal::ONE_HUNDRED)
        });
        (scale.windows.clone().expect("sosu_11 has windows"), worth)
    }

    fn shift(days: &str, from: &str, to: &str, helpers: u32) -> Shift {
        toml::from_str(&format!(
            "days = {days}\nfrom = \"{from}\"\nto = \"{to}\"\nhelpers = {helpers}"
        ))
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn hours(list: &[u32; 5]) -> BandMap {
        list.map(Decimal::from)
    }

    /// A day shift 07–15 over the Christmas week of 2025 (Monday 22 to
    /// Sunday 28 December). 24 December counts as a public holiday from the
    /// day shift's start (06:00, KL–FOA; FOA): the whole shift is holiday
    /// time, as on 25 and 26 December and Sunday. Monday and Tuesday are
    /// ordinary days (8 + 8); Saturday 07–08 is day and 08–15 Saturday.
    /// Day 8 + 8 + 1 = 17, Saturday 7, holiday 4 × 8 = 32: 56 = 7 × 8 hours.
    #[test]
    fn christmas_eve_is_holiday_time_from_the_day_shift() {
        let (w, worth) = windows();
        let week = (
            NaiveDate::from_ymd_opt(2025, 12, 22).unwrap(),
            NaiveDate::from_ymd_opt(2025, 12, 28).unwrap(),
        );
        let s = band_hours(
            &[shift("[\"daily\"]", "07:00", "15:00", 1)],
            week,
            &w,
            &worth,
        );
        assert_eq!(s.bands, hours(&[17, 0, 0, 7, 32]));
        // Its night is not: 24 December 00–06 is night time, 06–24 holiday.
        let eve = (
            NaiveDate::from_ymd_opt(2025, 12, 24).unwrap(),
            NaiveDate::from_ymd_opt(2025, 12, 24).unwrap(),
        );
        let s = band_hours(
            &[shift("[\"daily\"]", "00:00", "24:00", 1)],
            eve,
            &w,
            &worth,
        );
        assert_eq!(s.bands, hours(&[0, 0, 6, 0, 18]));
    }

    /// 2025: 365 days from a Wednesday, so 53 Wednesdays and 52 of every
    /// other day. Holidays on weekdays: 1/1 Wed, 17/4 Thu, 18/4 Fri, 21/4 Mon,
    /// 29/5 Thu, 9/6 Mon, 25/12 Thu, 26/12 Fri (8); on Sundays 20/4 and 8/6.
    /// Half days from 12:00: 1/5 Thu, 5/6 Thu, 31/12 Wed (3); 24/12 Wed is
    /// holiday time from the day shift's start, 06:00 (1).
    /// Weekdays 4 × 52 + 53 = 261, of them 261 − 8 − 3 − 1 = 249 ordinary.
    /// Ordinary weekday: day 06–17 = 11, evening 17–23 = 6, night 23–06 = 7.
    /// Half day: night 00–06 = 6, day 06–12 = 6, holiday time 12–24 = 12.
    /// 24 December: night 00–06 = 6, holiday time 06–24 = 18.
    /// Saturday: night 00–06 and 23–24 = 7 (night 35 % beats Saturday 30 %),
    /// day 06–08 = 2, Saturday 08–23 = 15. Sunday or holiday: 24.
    #[test]
    fn round_the_clock_2025_by_hand() {
        let (w, worth) = windows();
        let s = band_hours(
            &[shift("[\"daily\"]", "00:00", "24:00", 1)],
            year(2025),
            &w,
            &worth,
        );
        let day = 249 * 11 + 3 * 6 + 52 * 2; // 2861
        let evening = 249 * 6; // 1494
        let night = 249 * 7 + 3 * 6 + 6 + 52 * 7; // 2131
        let saturday = 52 * 15; // 780
        let sunday = 52 * 24 + 8 * 24 + 3 * 12 + 18; // 1494
        assert_eq!(s.bands, hours(&[day, evening, night, saturday, sunday]));
        assert_eq!(s.shifts, vec![Decimal::from(365 * 24)]);
        assert_eq!(s.days, 365);
    }

    /// 2024: 366 days from a Monday: 53 Mondays and Tuesdays. Holidays on
    /// weekdays: 1/1 Mon, 28/3 Thu, 29/3 Fri, 1/4 Mon, 9/5 Thu, 20/5 Mon,
    /// 25/12 Wed, 26/12 Thu (8); half days 1/5 Wed, 5/6 Wed, 31/12 Tue (3);
    /// 24/12 Tue from 06:00 (1). Weekdays 2 × 53 + 3 × 52 = 262, ordinary
    /// 262 − 12 = 250.
    #[test]
    fn round_the_clock_2024_leap_year_by_hand() {
        let (w, worth) = windows();
        let s = band_hours(
            &[shift("[\"daily\"]", "00:00", "24:00", 1)],
            year(2024),
            &w,
            &worth,
        );
        let day = 250 * 11 + 3 * 6 + 52 * 2; // 2872
        let evening = 250 * 6; // 1500
        let night = 250 * 7 + 3 * 6 + 6 + 52 * 7; // 2138
        let saturday = 52 * 15;
        let sunday = 52 * 24 + 8 * 24 + 3 * 12 + 18; // 1494
        assert_eq!(s.bands, hours(&[day, evening, night, saturday, sunday]));
        assert_eq!(s.bands.iter().sum::<Decimal>(), Decimal::from(366 * 24));
    }

    /// A waking night helper Monday–Friday 22:00–07:00, two at once, 2025.
    /// A shift belongs to the dates its hours fall on: the shift starting
    /// Tuesday 31/12/2024 gives 2025 its 7 hours on 1 January (a holiday),
    /// the one starting Wednesday 31/12/2025 only its 2 hours before midnight.
    #[test]
    fn a_shift_crossing_midnight_counts_each_hour_on_its_own_date() {
        let (w, worth) = windows();
        let s = band_hours(
            &[shift("[\"weekdays\"]", "22:00", "07:00", 2)],
            year(2025),
            &w,
            &worth,
        );
        // 261 weekdays start a shift in 2025; 260 lie wholly in the year (9 h),
        // 31/12 gives 2 h, and 31/12/2024's shift 7 h: 2349 h × 2 helpers.
        let total = Decimal::from((260 * 9 + 2 + 7) * 2);
        assert_eq!(s.shifts, vec![total]);
        assert_eq!(s.bands.iter().sum::<Decimal>(), total);
        // The 22–23 hour is an evening on the 249 ordinary weekdays; on the
        // 8 weekday holidays, 3 half days (from 12:00) and 24 December (from
        // 06:00) it is holiday time.
        assert_eq!(
            s.bands[Band::WeekdayEvening as usize],
            Decimal::from(249 * 2)
        );
        // 1 January 2025 00–07 is holiday time, not night: 7 h × 2.
        let jan1 = band_hours(
            &[shift("[\"tue\"]", "22:00", "07:00", 2)],
            year(2025),
            &w,
            &worth,
        );
        // Tuesdays in 2025 start 52 shifts, none on a holiday or half day;
        // the next mornings (Wednesdays) hold no holiday but 1/1 (from the
        // shift of 31/12/2024), 24/12 from 06:00 (its 06–07 hour) and the
        // half day 31/12 (after 12:00 only). Each ordinary shift: evening 1,
        // night 1 + 6, day 1; the shift into 24/12 has its day hour as
        // holiday time.
        assert_eq!(
            jan1.bands[Band::SundayHoliday as usize],
            Decimal::from((7 + 1) * 2)
        );
        assert_eq!(
            jan1.bands[Band::WeekdayEvening as usize],
            Decimal::from(52 * 2)
        );
        assert_eq!(
            jan1.bands[Band::WeekdayNight as usize],
            Decimal::from(52 * 7 * 2)
        );
        assert_eq!(jan1.bands[Band::WeekdayDay as usize], Decimal::from(51 * 2));
    }

    #[test]
    fn started_half_hours_round_supplement_time_up_within_the_shift() {
        // 20 evening minutes → 30, 45 Saturday minutes → 60: 25 minutes move
        // from the 120 weekday-day minutes; the shift stays 185 minutes.
        let mut m = [120, 20, 0, 45, 0];
        started_periods(&mut m, 30);
        assert_eq!(m, [95, 30, 0, 60, 0]);
        let mut short = [5, 20, 0, 0, 0];
        started_periods(&mut short, 30);
        assert_eq!(short, [0, 25, 0, 0, 0]);
    }

    #[test]
    fn a_period_lays_the_schedule_on_its_own_dates_only() {
        // Monday 16 – Sunday 22 June 2025: one week, no holiday, 7 × 24 = 168 h.
        let (w, worth) = windows();
        let week = (
            NaiveDate::from_ymd_opt(2025, 6, 16).unwrap(),
            NaiveDate::from_ymd_opt(2025, 6, 22).unwrap(),
        );
        let s = band_hours(
            &[shift("[\"daily\"]", "00:00", "24:00", 1)],
            week,
            &w,
            &worth,
        );
        assert_eq!(s.days, 7);
        assert_eq!(s.bands.iter().sum::<Decimal>(), Decimal::from(168));
        assert!(s.holidays.is_empty());
        // 1–10 June holds Grundlovsdag (5 June), Whit Sunday and Whit Monday (8–9 June).
        let june = (
            NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
            NaiveDate::from_ymd_opt(2025, 6, 10).unwrap(),
        );
        let s = band_hours(
            &[shift("[\"daily\"]", "00:00", "24:00", 1)],
            june,
            &w,
            &worth,
        );
        assert_eq!(s.bands.iter().sum::<Decimal>(), Decimal::from(240));
        let days: Vec<String> = s.holidays.iter().map(|h| h.date.to_string()).collect();
        assert_eq!(days, ["2025-06-08", "2025-06-09"]);
    }
}
