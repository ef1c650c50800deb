//! SPEC 3, VEJ pkt. 28–29, 67–68: the hour allocation (timeudmåling).

mod lines;
mod pause;

pub use pause::Pause;

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use super::period::Period;
use super::schedule::ScheduleHours;
use super::{Line, Text, split_by, t};
use crate::case::{Band, BandMap, Case};
use crate::error::InputError;
use crate::money::round;
use crate::rates::{Fig, Params, RateTable};

/// The hours of one band for the year, each rounded to 2 decimals as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BandHours {
    pub band: Band,
    /// `N_b`: need after deductions, per year.
    pub need: Decimal,
    /// `F_b`: full-cover weeks, the hours a week of 24-hour cover adds to the ordinary week.
    pub full_cover: Decimal,
    /// `DC_b`: double-cover weeks, a second helper around the clock.
    pub double_cover_weeks: Decimal,
    /// `X_b`: training, courses, pool, double cover, special substitute
    /// cover and supervision, split by the need mix.
    pub extras: Decimal,
    /// `M` in the weekday-day band.
    pub meetings: Decimal,
    /// `H_b`.
    pub total: Decimal,
    /// `R_b`: the relative recipient's own care hours in this band (kt-relative).
    pub relative: Decimal,
}

/// The hour allocation: display lines plus the figures later steps use.
#[derive(Debug, Clone, Serialize)]
pub struct Hours {
    pub lines: Vec<Line>,
    pub bands: Vec<BandHours>,
    /// `S`: standby hours per year, paid as standby, in no band.
    pub standby: Decimal,
    /// `H = ΣH_b + S`: the grant hours.
    pub total: Decimal,
    /// The average per week as printed: `H / W`, or `H / (days / 7)` for a schedule.
    pub per_week: Decimal,
    /// `E = H − ΣR_b`: hours worked by employed helpers.
    pub employed: Decimal,
    /// `W`.
    pub weeks: Arc<Fig>,
    /// `W_p`: the period's weeks (`W` for a whole year), as printed.
    pub period_weeks: Decimal,
    /// Σ need per week before deductions (SEL § 95 stk. 2's 20 hours); for a
    /// schedule, the hours of one typical week of it.
    pub weekly_need_gross: Decimal,
    /// Σ need per week after deductions, as printed (the figure `[previous]
    /// weekly_need` is compared with, SEL § 3 a).
    pub weekly_need: Decimal,
    /// The ordinary week by band after deductions (for a schedule, its band
    /// hours per calendar week), which full-cover weeks replace.
    pub ordinary_week: [Decimal; 5],
    /// The schedule laid on the calendar, when the case gives one.
    pub schedule: Option<ScheduleHours>,
    /// The relative recipient's own care per week as the case writes it
    /// (0 unless the relative is not employed, AST 26-17).
    #[serde(skip)]
    pub own_care_per_week: Decimal,
    /// The rate table's week profile by band (`week_profile.weekday_day`, …):
    /// a week of 24-hour cover, which full-cover and double-cover weeks use.
    #[serde(skip)]
    pub profile: [Arc<Fig>; 5],
    /// `[[pause]]`: the days the scheme is on hold, when the case has any.
    pub pause: Option<Pause>,
}

impl Hours {
    /// `ΣH_b`: grant hours in the bands, without standby.
    #[must_use]
    pub fn band_total(&self) -> Decimal {
        self.total - self.standby
    }

    /// `ΣR_b`.
    #[must_use]
    pub fn relative_total(&self) -> Decimal {
        self.bands.iter().map(|b| b.relative).sum()
    }

    /// A band's name as this budget uses it: for a schedule the night band
    /// holds every night of the week, so it is "nat", not "hverdage nat".
    #[must_use]
    pub fn band_label(&self, b: Band) -> Text {
        if self.schedule.is_some() && b == Band::WeekdayNight {
            t("nat", "night")
        } else {
            band_label(b)
        }
    }
}

/// Danish and English name of a band.
#[must_use]
pub fn band_label(b: Band) -> Text {
    match b {
        Band::WeekdayDay => t("hverdage dag", "weekdays, day"),
        Band::WeekdayEvening => t("hverdage aften", "weekdays, evening"),
        Band::WeekdayNight => t("hverdage nat", "weekdays, night"),
        Band::Saturday => t("lørdag", "Saturday"),
        Band::SundayHoliday => t("søn- og helligdage", "Sundays and public holidays"),
    }
}

/// Hours to 2 decimals, half away from zero (SPEC 3.7).
fn h2(v: Decimal) -> Decimal {
    round(v, 2)
}

/// The need by band for the period (SPEC 3.1–3.2): before and after
/// deductions, and the ordinary week that full-cover weeks replace.
struct Need {
    /// The weekly need and deductions as written (zero for a schedule's need).
    weekly: BandMap,
    weekly_deduct: BandMap,
    /// Need per year before deductions: weekly need × `W_p`, or the schedule's calendar hours.
    gross: BandMap,
    deducted: BandMap,
    /// The need after deductions before any pause: what SEL § 3 a and the
    /// mix of extra hours go by.
    before_pause: BandMap,
    /// The hours a `[[pause]]` takes out of each band, after deductions (as printed).
    paused: BandMap,
    /// For a schedule, the scheduled hours on the days on hold by band (as printed).
    paused_scheduled: BandMap,
    /// `N_b`, after deductions and pauses.
    after: BandMap,
    /// The ordinary week by band after deductions (SPEC 3.2).
    ordinary: BandMap,
    /// A schedule's calendar days: hours per week are `hours × 7 / days`,
    /// multiplied before the one division so no rounded week count is used.
    calendar_days: Option<Decimal>,
}

/// SPEC 3.1: `N_b = (need_b − deduct_b) × W_p`, or a schedule's calendar
/// hours, less what a `[[pause]]` takes out: `(need_b − deduct_b) ×
/// W_pause`, or the schedule's hours on the days on hold less `deduct_b ×
/// W_pause`.
fn need(
    case: &Case,
    period: &Period,
    schedule: Option<&ScheduleHours>,
    pause: Option<&Pause>,
) -> Need {
    let f = &case.file;
    let w = period.weeks;
    let (weekly, weekly_deduct) = (f.need_weekly(), f.deduct.map());
    let gross: BandMap = match schedule {
        Some(s) => s.bands.map(h2),
        None => weekly.map(|n| h2(n * w)),
    };
    let deducted: BandMap = weekly_deduct.map(|d| h2(d * w));
    let calendar_days = schedule.map(|s| Decimal::from(s.days));
    let mut before_pause: BandMap = [Decimal::ZERO; 5];
    let mut ordinary: BandMap = [Decimal::ZERO; 5];
    for i in 0..5 {
        before_pause[i] = gross[i] - deducted[i];
        let week = match (schedule, calendar_days) {
            (Some(s), Some(days)) => h2(s.bands[i] * Decimal::from(7) / days),
            _ => weekly[i],
        };
        // A computed hour figure, rounded before use (SPEC 10): full-cover
        // weeks are priced on the ordinary week as printed.
        ordinary[i] = h2(week - weekly_deduct[i]);
    }
    let wp = pause.map_or(Decimal::ZERO, |p| p.weeks);
    let paused_scheduled: BandMap = match schedule {
        Some(s) if pause.is_some() => s.paused.map(h2),
        _ => [Decimal::ZERO; 5],
    };
    let mut paused: BandMap = [Decimal::ZERO; 5];
    let mut after: BandMap = before_pause;
    if pause.is_some() {
        for i in 0..5 {
            paused[i] = match schedule {
                Some(_) => paused_scheduled[i] - h2(weekly_deduct[i] * wp),
                None => h2((weekly[i] - weekly_deduct[i]) * wp),
            };
            after[i] = before_pause[i] - paused[i];
        }
    }
    Need {
        weekly,
        weekly_deduct,
        gross,
        deducted,
        before_pause,
        paused,
        paused_scheduled,
        after,
        ordinary,
        calendar_days,
    }
}

/// The yearly events of SPEC 3.4: training and courses of new helpers, pool
/// hours, other double cover, special substitute cover and supervision,
/// each to 2 decimals.
struct Events {
    training: Decimal,
    courses: Decimal,
    pool: Decimal,
    double: Decimal,
    substitute: Decimal,
    supervision: Decimal,
}

impl Events {
    /// What follows the need's band mix: `T + P + D` and the hours of
    /// substitute cover and supervision.
    fn mixed(&self) -> Decimal {
        self.training + self.courses + self.pool + self.double + self.substitute + self.supervision
    }
}

/// SPEC 3.4, BEK § 1 stk. 2, VEJ pkt. 28–29, 32, 68, 73: `T`, `P`, `D`, and
/// the yearly hours of special substitute cover and of supervision.
fn events(case: &Case) -> Events {
    let x = &case.file.extra;
    let new = Decimal::from(x.new_helpers);
    Events {
        training: h2(new * x.training_hours_per_new_helper),
        courses: h2(new * x.course_hours_per_new_helper),
        pool: h2(x.pool_hours),
        double: h2(x.double_cover_hours),
        substitute: h2(x.substitute_hours),
        supervision: h2(x.supervision_hours),
    }
}

/// SPEC 3.5, KL tabel 4: MUS for every helper and staff meetings from two
/// helpers on, yearly; a shorter period takes its share (SPEC 3.8).
fn meetings(case: &Case, p: &Params, period: &Period) -> Decimal {
    let x = &case.file.extra;
    let helpers = Decimal::from(x.helpers);
    let yearly = helpers * p.mus_hours.value
        + if x.helpers >= 2 {
            helpers * p.staff_meeting_hours.value
        } else {
            Decimal::ZERO
        };
    if period.is_whole_year() {
        h2(yearly)
    } else {
        h2(yearly * Decimal::from(period.days) / Decimal::from(period.year_days))
    }
}

/// SPEC 4, AST 26-17: the relative recipient's own care per year, when the
/// relative is not employed after a transfer; none on the days on hold.
fn own_care(case: &Case, period: &Period, pause: Option<&Pause>) -> Decimal {
    let f = &case.file;
    match &f.relative {
        Some(r) if f.relative_unemployed() => {
            h2(r.own_care_hours_per_week * period.weeks)
                - pause.map_or(Decimal::ZERO, |p| h2(r.own_care_hours_per_week * p.weeks))
        }
        _ => Decimal::ZERO,
    }
}

/// SPEC 3.2 and 3.6: each band's hours, `H_b = N_b + F_b + DC_b + X_b + M`.
fn bands(
    case: &Case,
    rates: &RateTable,
    need: &Need,
    extras: &BandMap,
    meetings: Decimal,
    relative: &BandMap,
) -> Vec<BandHours> {
    let x = &case.file.extra;
    let profile = rates.week_profile.map();
    let cover_weeks = Decimal::from(x.full_cover_weeks);
    let dc_weeks = Decimal::from(x.double_cover_weeks);
    Band::ALL
        .iter()
        .map(|&b| {
            let i = b as usize;
            let full_cover = cover_weeks * (profile[i] - need.ordinary[i]).max(Decimal::ZERO);
            let double_cover_weeks = dc_weeks * profile[i];
            let meet = if b == Band::WeekdayDay {
                meetings
            } else {
                Decimal::ZERO
            };
            let n = need.after[i];
            BandHours {
                band: b,
                need: n,
                full_cover,
                double_cover_weeks,
                extras: extras[i],
                meetings: meet,
                total: n + full_cover + double_cover_weeks + extras[i] + meet,
                relative: relative[i],
            }
        })
        .collect()
}

/// SPEC 3: need by band, deductions, full cover, double cover, training,
/// courses, meetings, pool, double-cover hours and standby, to grant hours
/// per band and in all; every figure to 2 decimals as printed (SPEC 3.7).
#[must_use]
pub fn allocate(
    case: &Case,
    rates: &RateTable,
    p: &Params,
    period: &Period,
    schedule: Option<ScheduleHours>,
) -> Hours {
    let f = &case.file;
    let w = period.weeks;
    let pause = Pause::of(case, period, p.weeks_per_year.value);
    let need = need(case, period, schedule.as_ref(), pause.as_ref());
    let ev = events(case);
    let extras = split_by(ev.mixed(), &need.before_pause);
    let meetings = meetings(case, p, period);
    let standby = h2(f.extra.standby_hours_per_week * w)
        - pause.as_ref().map_or(Decimal::ZERO, |p| {
            h2(f.extra.standby_hours_per_week * p.weeks)
        });
    let own_care = own_care(case, period, pause.as_ref());
    let relative = split_by(own_care, &need.before_pause);
    let bands = bands(case, rates, &need, &extras, meetings, &relative);
    let total = bands.iter().map(|b| b.total).sum::<Decimal>() + standby;
    let mut hours = Hours {
        lines: Vec::new(),
        bands,
        standby,
        total,
        per_week: match need.calendar_days {
            Some(days) => h2(total * Decimal::from(7) / days),
            None if w.is_zero() => Decimal::ZERO,
            None => h2(total / w),
        },
        employed: total - own_care,
        weeks: p.weeks_per_year.clone(),
        period_weeks: w,
        weekly_need_gross: match &schedule {
            Some(_) => f.schedule_week_hours(),
            None => need.weekly.iter().sum(),
        },
        weekly_need: h2(match need.calendar_days {
            Some(days) => need.before_pause.iter().sum::<Decimal>() * Decimal::from(7) / days,
            None => {
                need.weekly.iter().sum::<Decimal>() - need.weekly_deduct.iter().sum::<Decimal>()
            }
        }),
        ordinary_week: need.ordinary,
        schedule,
        profile: p.table.week_profile.clone(),
        own_care_per_week: match &f.relative {
            Some(r) if f.relative_unemployed() => r.own_care_hours_per_week,
            _ => Decimal::ZERO,
        },
        pause,
    };
    hours.lines = lines::of(&lines::Allocation {
        case,
        rates,
        p,
        period,
        need: &need,
        events: &ev,
        meetings,
        hours: &hours,
    });
    hours
}

/// SPEC 5: employed hours need at least one helper to employ.
pub fn check_helpers(case: &Case, hours: &Hours) -> Result<(), InputError> {
    if !hours.employed.is_zero() && case.file.extra.helpers == 0 {
        return Err(case
            .error("extra.helpers", "hours are employed, but no helpers are")
            .found(format!(
                "helpers = 0 with {} employed hours per year",
                round(hours.employed, 2)
            ))
            .allowed("1 or more: the employed helpers, with a relative who has transferred the grant among them; a relative who receives the grant and employs is not employed and is not counted"));
    }
    Ok(())
}
