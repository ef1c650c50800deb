//! SPEC 3, VEJ pkt. 28–29, 67–68: the hour allocation (timeudmåling).

use rust_decimal::Decimal;
use serde::Serialize;

use super::schedule::ScheduleHours;
use super::{Basis, Line, Text, split_by, t};
use crate::case::{Band, BandMap, Case, Scheme};
use crate::rates::{Fig, Params, RateTable};

/// The hours of one band for the year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BandHours {
    pub band: Band,
    /// `N_b`: need after deductions, per year.
    pub need: Decimal,
    /// `F_b`: full-cover weeks by the week profile.
    pub full_cover: Decimal,
    /// `(T + P + D) × mix_b`: training, courses, pool and double cover.
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
    pub per_week: Decimal,
    /// `E = H − ΣR_b`: hours worked by employed helpers.
    pub employed: Decimal,
    /// `W`.
    pub weeks: Fig,
    /// Σ need per week before deductions (SEL § 95 stk. 2's 20 hours); for a
    /// schedule, its yearly hours per 7 days of the calendar year.
    pub weekly_need_gross: Decimal,
    /// The schedule laid on the calendar, when the case gives one.
    pub schedule: Option<ScheduleHours>,
}

impl Hours {
    /// `ΣH_b`: grant hours in the bands, without standby. Taken from the
    /// exact components, not by adding band shares that may hold thirds.
    #[must_use]
    pub fn band_total(&self) -> Decimal {
        self.total - self.standby
    }

    /// `ΣR_b`.
    #[must_use]
    pub fn relative_total(&self) -> Decimal {
        self.bands.iter().map(|b| b.relative).sum()
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

/// SPEC 3: need by band, deductions, full cover, training, courses, meetings,
/// pool, double cover and standby, to grant hours per band and in all.
#[must_use]
pub fn allocate(
    case: &Case,
    rates: &RateTable,
    p: &Params,
    schedule: Option<ScheduleHours>,
) -> Hours {
    let f = &case.file;
    let x = &f.extra;
    let w = p.weeks_per_year.value;
    let need_w = f.need_weekly();
    let deduct_w = f.deduct.map();
    // Need per year before deductions: weekly need × W, or the schedule's calendar hours.
    let gross: BandMap = match &schedule {
        Some(s) => s.bands,
        None => need_w.map(|n| n * w),
    };
    let mut need: BandMap = [Decimal::ZERO; 5];
    for i in 0..5 {
        need[i] = gross[i] - deduct_w[i] * w;
    }
    let profile = rates.week_profile.map();
    let cover_weeks = Decimal::from(x.full_cover_weeks);
    let new = Decimal::from(x.new_helpers);
    let helpers = Decimal::from(x.helpers);
    let training = new * x.training_hours_per_new_helper;
    let courses = new * x.course_hours_per_new_helper;
    let pool = x.pool_hours;
    let double = x.double_cover_hours;
    let extras = split_by(training + courses + pool + double, &need);
    let meetings = helpers * p.mus_hours.value
        + if x.helpers >= 2 {
            helpers * p.staff_meeting_hours.value
        } else {
            Decimal::ZERO
        };
    let standby = x.standby_hours_per_week * w;
    let own_care = f
        .relative
        .as_ref()
        .map_or(Decimal::ZERO, |r| r.own_care_hours_per_week);
    let relative = split_by(own_care * w, &need);

    let bands: Vec<BandHours> = Band::ALL
        .iter()
        .map(|&b| {
            let i = b as usize;
            let full_cover = cover_weeks * profile[i];
            let meet = if b == Band::WeekdayDay {
                meetings
            } else {
                Decimal::ZERO
            };
            BandHours {
                band: b,
                need: need[i],
                full_cover,
                extras: extras[i],
                meetings: meet,
                total: need[i] + full_cover + extras[i] + meet,
                relative: relative[i],
            }
        })
        .collect();
    let total = need.iter().sum::<Decimal>()
        + cover_weeks * Decimal::from(168)
        + training
        + courses
        + pool
        + double
        + meetings
        + standby;

    let need_legal = match f.scheme {
        Scheme::Bpa => "SEL § 96 stk. 1; VEJ pkt. 28",
        Scheme::Kt | Scheme::KtRelative => "SEL § 95; VEJ pkt. 28",
    };
    let wf = &p.weeks_per_year;
    let mut lines = Vec::new();
    for b in Band::ALL {
        let i = b as usize;
        let label = band_label(b);
        if let Some(s) = &schedule {
            if !s.bands[i].is_zero() {
                lines.push(Line::new(
                    format!("need.{}", b.key()),
                    t(
                        format!("Behov efter skema, {}", label.da),
                        format!("Need by the schedule, {}", label.en),
                    ),
                    s.bands[i],
                    Basis::new().word(t(
                        format!("skemaet lagt på {} dage i {}", s.days, f.year),
                        format!("the schedule on the {} days of {}", s.days, f.year),
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
                    need_w[i] * w,
                    Basis::new().h_week(need_w[i]).times().weeks(w),
                    need_legal,
                )
                .with_rates(&[wf]),
            );
        }
    }
    for b in Band::ALL {
        let i = b as usize;
        if !deduct_w[i].is_zero() {
            let label = band_label(b);
            lines.push(
                Line::new(
                    format!("deduct.{}", b.key()),
                    t(
                        format!("Fradrag for anden hjælp, {}", label.da),
                        format!("Deduction for other help, {}", label.en),
                    ),
                    -(deduct_w[i] * w),
                    Basis::new().op("−").h_week(deduct_w[i]).times().weeks(w),
                    "SEL §§ 83, 84; VEJ pkt. 28",
                )
                .with_rates(&[wf]),
            );
        }
    }
    if x.full_cover_weeks > 0 {
        lines.push(Line::new(
            "full_cover",
            t(
                "Døgndækning (ferie, ophold ude)",
                "Full 24-hour cover (holidays, stays away)",
            ),
            cover_weeks * Decimal::from(168),
            Basis::new()
                .weeks(cover_weeks)
                .times()
                .hours(Decimal::from(168))
                .word(t("fordelt efter ugeprofilen", "split by the week profile")),
            "VEJ pkt. 68; KL tabel 4",
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
                .times()
                .hours(x.training_hours_per_new_helper),
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
                .times()
                .hours(x.course_hours_per_new_helper),
            "BEK § 1 stk. 2; VEJ pkt. 29",
        ));
    }
    if !meetings.is_zero() {
        let mut basis = Basis::new()
            .count(helpers, "hjælpere", "helpers")
            .times()
            .num(p.mus_hours.value, 2, t("t MUS", "h appraisal"));
        if x.helpers >= 2 {
            basis = basis
                .plus()
                .count(helpers, "hjælpere", "helpers")
                .times()
                .num(
                    p.staff_meeting_hours.value,
                    2,
                    t("t personalemøder", "h staff meetings"),
                );
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
            "VEJ pkt. 67",
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

    Hours {
        lines,
        bands,
        standby,
        total,
        per_week: total / w,
        employed: total - own_care * w,
        weeks: p.weeks_per_year.clone(),
        weekly_need_gross: match &schedule {
            Some(s) => gross.iter().sum::<Decimal>() * Decimal::from(7) / Decimal::from(s.days),
            None => need_w.iter().sum(),
        },
        schedule,
    }
}
