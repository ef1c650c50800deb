//! SPEC 3, VEJ pkt. 28–29, 67–68: the hour allocation (timeudmåling).

use rust_decimal::Decimal;
use serde::Serialize;

use super::period::Period;
use super::schedule::ScheduleHours;
use super::{Basis, Line, Text, split_by, t};
use crate::case::{Band, BandMap, Case, Scheme};
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
    /// `X_b`: training, courses, pool and double cover, split by the need mix.
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
    pub weeks: Fig,
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

/// SPEC 3: need by band, deductions, full cover, double cover, training,
/// courses, meetings, pool, double-cover hours and standby, to grant hours
/// per band and in all; every figure to 2 decimals as printed (SPEC 3.7).
#[must_use]
#[allow(clippy::too_many_lines)] // one line per component of SPEC 3, in its order
pub fn allocate(
    case: &Case,
    rates: &RateTable,
    p: &Params,
    period: &Period,
    schedule: Option<ScheduleHours>,
) -> Hours {
    let f = &case.file;
    let x = &f.extra;
    // Weekly quantities are taken over the period's weeks W_p (SPEC 3.8).
    let w = period.weeks;
    let need_w = f.need_weekly();
    let deduct_w = f.deduct.map();
    // Need per year before deductions: weekly need × W, or the schedule's calendar hours.
    let gross: BandMap = match &schedule {
        Some(s) => s.bands.map(h2),
        None => need_w.map(|n| h2(n * w)),
    };
    let deducted: BandMap = deduct_w.map(|d| h2(d * w));
    let mut need: BandMap = [Decimal::ZERO; 5];
    for i in 0..5 {
        need[i] = gross[i] - deducted[i];
    }
    // The ordinary week by band, after deductions (SPEC 3.2).
    let calendar_weeks = schedule
        .as_ref()
        .map(|s| Decimal::from(s.days) / Decimal::from(7));
    let mut ordinary: BandMap = [Decimal::ZERO; 5];
    for i in 0..5 {
        let week = match (&schedule, calendar_weeks) {
            (Some(s), Some(cw)) => h2(s.bands[i] / cw),
            _ => need_w[i],
        };
        ordinary[i] = week - deduct_w[i];
    }
    let profile = rates.week_profile.map();
    let cover_weeks = Decimal::from(x.full_cover_weeks);
    let dc_weeks = Decimal::from(x.double_cover_weeks);
    let new = Decimal::from(x.new_helpers);
    let helpers = Decimal::from(x.helpers);
    let training = h2(new * x.training_hours_per_new_helper);
    let courses = h2(new * x.course_hours_per_new_helper);
    let pool = h2(x.pool_hours);
    let double = h2(x.double_cover_hours);
    let extras = split_by(training + courses + pool + double, &need);
    let yearly_meetings = helpers * p.mus_hours.value
        + if x.helpers >= 2 {
            helpers * p.staff_meeting_hours.value
        } else {
            Decimal::ZERO
        };
    // Meetings and MUS are yearly: a shorter period takes its share (SPEC 3.8).
    let meetings = if period.is_whole_year() {
        h2(yearly_meetings)
    } else {
        h2(yearly_meetings * Decimal::from(period.days) / Decimal::from(period.year_days))
    };
    let standby = h2(x.standby_hours_per_week * w);
    let own_care = match &f.relative {
        Some(r) if f.relative_unemployed() => h2(r.own_care_hours_per_week * w),
        _ => Decimal::ZERO,
    };
    let relative = split_by(own_care, &need);

    let bands: Vec<BandHours> = Band::ALL
        .iter()
        .map(|&b| {
            let i = b as usize;
            let full_cover = cover_weeks * (profile[i] - ordinary[i]).max(Decimal::ZERO);
            let double_cover_weeks = dc_weeks * profile[i];
            let meet = if b == Band::WeekdayDay {
                meetings
            } else {
                Decimal::ZERO
            };
            BandHours {
                band: b,
                need: need[i],
                full_cover,
                double_cover_weeks,
                extras: extras[i],
                meetings: meet,
                total: need[i] + full_cover + double_cover_weeks + extras[i] + meet,
                relative: relative[i],
            }
        })
        .collect();
    let total = bands.iter().map(|b| b.total).sum::<Decimal>() + standby;

    let need_legal = match f.scheme {
        Scheme::Bpa => "SEL § 96 stk. 1; VEJ pkt. 28",
        Scheme::Kt | Scheme::KtRelative => "SEL § 95; VEJ pkt. 28",
    };
    let label_of = |b: Band| {
        if schedule.is_some() && b == Band::WeekdayNight {
            t("nat", "night")
        } else {
            band_label(b)
        }
    };
    let wf = &p.weeks_per_year;
    let mut lines = Vec::new();
    for b in Band::ALL {
        let i = b as usize;
        let label = label_of(b);
        if let Some(s) = &schedule {
            if !s.bands[i].is_zero() {
                lines.push(Line::new(
                    format!("need.{}", b.key()),
                    t(
                        format!("Behov efter skema, {}", label.da),
                        format!("Need by the schedule, {}", label.en),
                    ),
                    gross[i],
                    Basis::new().hours(gross[i]).word(t(
                        format!("efter skemaet lagt på {} dage i {}", s.days, f.year),
                        format!("by the schedule on the {} days of {}", s.days, f.year),
                    )),
                    need_legal,
                ));
            }
        } else if !need_w[i].is_zero() {
            lines.push(
                Line::new(
                    format!("need.{}", b.key()),
                    t(
                        format!("Behov, {}", label.da),
                        format!("Need, {}", label.en),
                    ),
                    gross[i],
                    Basis::new()
                        .h_week(need_w[i])
                        .from(format!("input:need.{}", b.key()))
                        .times()
                        .weeks(w)
                        .from("input:weeks"),
                    need_legal,
                )
                .with_rates(&[wf]),
            );
        }
    }
    for b in Band::ALL {
        let i = b as usize;
        if !deduct_w[i].is_zero() {
            let label = label_of(b);
            lines.push(
                Line::new(
                    format!("deduct.{}", b.key()),
                    t(
                        format!("Fradrag for anden hjælp, {}", label.da),
                        format!("Deduction for other help, {}", label.en),
                    ),
                    -deducted[i],
                    Basis::new()
                        .op("−")
                        .h_week(deduct_w[i])
                        .from(format!("input:deduct.{}", b.key()))
                        .times()
                        .weeks(w)
                        .from("input:weeks"),
                    "SEL §§ 83, 84; VEJ pkt. 116; AST 62-15",
                )
                .with_rates(&[wf]),
            );
        }
    }
    if x.full_cover_weeks > 0 {
        let added: Decimal = bands.iter().map(|b| b.full_cover).sum();
        let per_week = added / cover_weeks;
        let ordinary_total: Decimal = ordinary.iter().sum();
        let day = Decimal::from(168);
        // "2 uger × (168,00 t − 50,00 t i en almindelig uge)" where no band of the
        // ordinary week exceeds the week profile; else the hours added band by band.
        let basis = if per_week == day - ordinary_total {
            Basis::new()
                .weeks(cover_weeks)
                .times()
                .open()
                .hours(day)
                .minus()
                .hours(ordinary_total)
                .word(t("i en almindelig uge", "in an ordinary week"))
                .close()
        } else {
            Basis::new()
                .weeks(cover_weeks)
                .times()
                .hours(per_week)
                .word(t(
                    "ud over den almindelige uge, tidsrum for tidsrum efter ugeprofilen",
                    "beyond the ordinary week, band by band by the week profile",
                ))
        };
        lines.push(Line::new(
            "full_cover",
            t(
                "Uger med døgndækning (ferie, weekendophold)",
                "Weeks of 24-hour cover (holidays, weekend stays)",
            ),
            added,
            basis,
            "VEJ pkt. 68; KL tabel 4",
        ));
    }
    if x.double_cover_weeks > 0 {
        let week: Decimal = profile.iter().sum();
        lines.push(Line::new(
            "double_cover_weeks",
            t(
                "Uger med dobbeltdækning hele døgnet",
                "Weeks with a second helper around the clock",
            ),
            dc_weeks * week,
            Basis::new()
                .weeks(dc_weeks)
                .times()
                .hours(week)
                .word(t("fordelt efter ugeprofilen", "split by the week profile")),
            "VEJ pkt. 28, 68; KL tabel 4",
        ));
    }
    if !training.is_zero() {
        lines.push(Line::new(
            "training",
            t(
                "Oplæring af nye hjælpere (dobbeltdækning)",
                "Training of new helpers (double cover)",
            ),
            training,
            Basis::new()
                .count(new, "nye hjælpere", "new helpers")
                .from("input:extra.new_helpers")
                .times()
                .hours(x.training_hours_per_new_helper)
                .from("input:extra.training_hours_per_new_helper"),
            "BEK § 1 stk. 2; VEJ pkt. 29",
        ));
    }
    if !courses.is_zero() {
        lines.push(Line::new(
            "courses",
            t("Kurser for nye hjælpere", "Courses for new helpers"),
            courses,
            Basis::new()
                .count(new, "nye hjælpere", "new helpers")
                .from("input:extra.new_helpers")
                .times()
                .hours(x.course_hours_per_new_helper)
                .from("input:extra.course_hours_per_new_helper"),
            "BEK § 1 stk. 2; VEJ pkt. 29",
        ));
    }
    if !meetings.is_zero() {
        let mut basis = Basis::new()
            .count(helpers, "hjælpere", "helpers")
            .from("input:extra.helpers")
            .times()
            .num(p.mus_hours.value, 2, t("t MUS", "h appraisal"))
            .from(format!("rate:{}", p.mus_hours.path));
        if x.helpers >= 2 {
            basis = basis
                .plus()
                .count(helpers, "hjælpere", "helpers")
                .from("input:extra.helpers")
                .times()
                .num(
                    p.staff_meeting_hours.value,
                    2,
                    t("t personalemøder", "h staff meetings"),
                )
                .from(format!("rate:{}", p.staff_meeting_hours.path));
        }
        if !period.is_whole_year() {
            basis = Basis::new()
                .open()
                .then(basis)
                .close()
                .times()
                .then(period.share_terms());
        }
        lines.push(
            Line::new(
                "meetings",
                t("Personalemøder og MUS", "Staff meetings and appraisals"),
                meetings,
                basis,
                "KL tabel 4; VEJ pkt. 29",
            )
            .with_rates(&[&p.mus_hours, &p.staff_meeting_hours]),
        );
    }
    if !pool.is_zero() {
        lines.push(Line::new(
            "pool",
            t("Puljetimer", "Pool hours"),
            pool,
            Basis::new().hours(pool).word(t("pr. år", "per year")),
            "VEJ pkt. 32",
        ));
    }
    if !double.is_zero() {
        lines.push(Line::new(
            "double_cover",
            t("Dobbeltdækning i øvrigt", "Other double cover"),
            double,
            Basis::new().hours(double).word(t("pr. år", "per year")),
            "VEJ pkt. 28",
        ));
    }
    if !standby.is_zero() {
        lines.push(
            Line::new(
                "standby",
                t("Rådighedstimer", "Standby hours"),
                standby,
                Basis::new()
                    .h_week(x.standby_hours_per_week)
                    .times()
                    .weeks(w),
                "BEK § 5 stk. 3; VEJ pkt. 75",
            )
            .with_rates(&[wf]),
        );
    }

    let per_week = match calendar_weeks {
        Some(cw) => h2(total / cw),
        None if w.is_zero() => Decimal::ZERO,
        None => h2(total / w),
    };
    let weekly_need = match calendar_weeks {
        Some(cw) => h2(need.iter().sum::<Decimal>() / cw),
        None => need_w.iter().sum::<Decimal>() - deduct_w.iter().sum::<Decimal>(),
    };
    Hours {
        lines,
        bands,
        standby,
        total,
        per_week,
        employed: total - own_care,
        weeks: p.weeks_per_year.clone(),
        period_weeks: w,
        weekly_need_gross: match &schedule {
            Some(_) => f.schedule_week_hours(),
            None => need_w.iter().sum(),
        },
        weekly_need: h2(weekly_need),
        ordinary_week: ordinary,
        schedule,
    }
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
            .allowed("1 or more helpers (not counting a relative recipient)"));
    }
    Ok(())
}
