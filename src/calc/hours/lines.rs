//! The printed lines of the hour allocation (SPEC 3): one function per
//! component, in the order of SPEC 3's output, each line with its formula
//! over the figures as printed.

use rust_decimal::Decimal;

use super::{Events, Hours, Need};
use crate::calc::period::Period;
use crate::calc::{Basis, Line, Said, band_text, t};
use crate::case::{Band, Case, Scheme};
use crate::rates::{Params, RateTable};

/// What every line of the allocation reads.
pub(super) struct Allocation<'a> {
    pub case: &'a Case,
    pub rates: &'a RateTable,
    pub p: &'a Params,
    pub period: &'a Period,
    pub need: &'a Need,
    pub events: &'a Events,
    pub meetings: Decimal,
    pub hours: &'a Hours,
}

/// The lines, in the order SPEC 3 prints them.
pub(super) fn of(a: &Allocation<'_>) -> Vec<Line> {
    let mut lines = need_lines(a);
    lines.extend(deduction_lines(a));
    lines.extend(
        [
            full_cover(a),
            double_cover_weeks(a),
            training(a),
            courses(a),
            meetings(a),
            pool(a),
            double_cover(a),
            substitute(a),
            supervision(a),
            standby(a),
        ]
        .into_iter()
        .flatten(),
    );
    lines.extend(pause_lines(a));
    lines
}

/// SEL § 96 stk. 1 / § 95, VEJ pkt. 28: the need by band, per week × `W_p`
/// or by the schedule on the calendar.
fn need_lines(a: &Allocation<'_>) -> Vec<Line> {
    let f = &a.case.file;
    let need_legal = match f.scheme {
        Scheme::Bpa => "SEL § 96 stk. 1; VEJ pkt. 28",
        Scheme::Kt | Scheme::KtRelative => "SEL § 95; VEJ pkt. 28",
    };
    let (gross, w) = (&a.need.gross, a.period.weeks);
    let mut lines = Vec::new();
    for b in Band::ALL {
        let i = b as usize;
        if let Some(s) = &a.hours.schedule {
            if !s.bands[i].is_zero() {
                lines.push(Line::new(
                    per_band!("need.")[i],
                    band_text(
                        &band_labels!("Behov efter skema, ", "Need by the schedule, "),
                        b,
                        true,
                    ),
                    gross[i],
                    Basis::new()
                        .hours(gross[i])
                        .from(per_band!("input:schedule.")[i])
                        .word(t(
                            format!("efter skemaet lagt på {} dage i {}", s.days, f.year),
                            format!("by the schedule on the {} days of {}", s.days, f.year),
                        )),
                    need_legal,
                ));
            }
        } else if !a.need.weekly[i].is_zero() {
            lines.push(
                Line::new(
                    per_band!("need.")[i],
                    band_text(&band_labels!("Behov, ", "Need, "), b, false),
                    gross[i],
                    Basis::new()
                        .h_week(a.need.weekly[i])
                        .from(per_band!("input:need.")[i])
                        .times()
                        .weeks(w)
                        .from("fig:period.weeks"),
                    need_legal,
                )
                .with_rates(&[&a.p.weeks_per_year]),
            );
        }
    }
    lines
}

/// SEL §§ 83, 84, VEJ pkt. 116, AST 62-15: help from other rules is deducted.
fn deduction_lines(a: &Allocation<'_>) -> Vec<Line> {
    let w = a.period.weeks;
    Band::ALL
        .iter()
        .filter(|&&b| !a.need.weekly_deduct[b as usize].is_zero())
        .map(|&b| {
            let i = b as usize;
            Line::new(
                per_band!("deduct.")[i],
                band_text(
                    &band_labels!("Fradrag for anden hjælp, ", "Deduction for other help, "),
                    b,
                    a.hours.schedule.is_some(),
                ),
                -a.need.deducted[i],
                Basis::new()
                    .op("−")
                    .h_week(a.need.weekly_deduct[i])
                    .from(per_band!("input:deduct.")[i])
                    .times()
                    .weeks(w)
                    .from("fig:period.weeks"),
                "SEL §§ 83, 84; VEJ pkt. 116; AST 62-15",
            )
            .with_rates(&[&a.p.weeks_per_year])
        })
        .collect()
}

/// SM 2021, AST 66-16, KL 2.3.3: the days on hold take their hours out of
/// each band, after deductions: `(need_b − deduct_b) × W_pause`, or the
/// schedule's hours on those days less `deduct_b × W_pause`; and standby.
fn pause_lines(a: &Allocation<'_>) -> Vec<Line> {
    let Some(pause) = &a.hours.pause else {
        return Vec::new();
    };
    let wp = pause.weeks;
    let why = || {
        let mut b = Basis::new().said(Said::OnHold {
            weeks_per_year: a.p.weeks_per_year.value,
            days: pause.days,
            year_days: a.period.year_days,
        });
        for (from, to) in &pause.spans {
            b = b.said(Said::Dates(*from, *to));
        }
        b
    };
    let days = pause.days;
    let legal = "SM 2021; AST 66-16; KL 2.3.3";
    let mut lines = Vec::new();
    for b in Band::ALL {
        let i = b as usize;
        let paused = a.need.paused[i];
        if paused.is_zero() {
            continue;
        }
        let deduct = a.need.weekly_deduct[i];
        let mut basis = Basis::new().op("−");
        let scheduled = a.hours.schedule.is_some();
        let with_deduct = !deduct.is_zero();
        if with_deduct {
            basis = basis.open();
        }
        basis = if scheduled {
            basis
                .hours(a.need.paused_scheduled[i])
                .from(per_band!("input:schedule_on_hold.")[i])
                .word(t(
                    format!("efter skemaet på de {days} dage i bero"),
                    format!("by the schedule on the {days} days on hold"),
                ))
        } else {
            basis
                .h_week(a.need.weekly[i])
                .from(per_band!("input:need.")[i])
        };
        if with_deduct {
            basis = basis
                .minus()
                .h_week(deduct)
                .from(per_band!("input:deduct.")[i]);
            if scheduled {
                basis = basis.times().weeks(wp).from("fig:pause.weeks").close();
            } else {
                basis = basis.close().times().weeks(wp).from("fig:pause.weeks");
            }
        } else if !scheduled {
            basis = basis.times().weeks(wp).from("fig:pause.weeks");
        }
        lines.push(
            Line::new(
                per_band!("pause.")[i],
                band_text(&band_labels!("I bero, ", "On hold, "), b, scheduled),
                -paused,
                basis.then(why()),
                legal,
            )
            .with_rates(&[&a.p.weeks_per_year]),
        );
    }
    let standby = a.case.file.extra.standby_hours_per_week;
    if !standby.is_zero() {
        lines.push(
            Line::new(
                "pause.standby",
                t("I bero, rådighedstimer", "On hold, standby hours"),
                -super::h2(standby * wp),
                Basis::new()
                    .op("−")
                    .h_week(standby)
                    .from("input:extra.standby_hours_per_week")
                    .times()
                    .weeks(wp)
                    .from("fig:pause.weeks")
                    .then(why()),
                legal,
            )
            .with_rates(&[&a.p.weeks_per_year]),
        );
    }
    lines
}

/// VEJ pkt. 68, KL tabel 4: weeks of 24-hour cover in place of the ordinary week.
fn full_cover(a: &Allocation<'_>) -> Option<Line> {
    let x = &a.case.file.extra;
    if x.full_cover_weeks == 0 {
        return None;
    }
    let cover_weeks = Decimal::from(x.full_cover_weeks);
    let added: Decimal = a.hours.bands.iter().map(|b| b.full_cover).sum();
    let per_week = added / cover_weeks;
    let ordinary_total: Decimal = a.need.ordinary.iter().sum();
    let day = Decimal::from(168);
    // "2 uger × (168,00 t − 50,00 t i en almindelig uge)" where no band of the
    // ordinary week exceeds the week profile; else the hours added band by band.
    let basis = if per_week == day - ordinary_total {
        Basis::new()
            .weeks(cover_weeks)
            .from("input:extra.full_cover_weeks")
            .times()
            .open()
            .hours(day)
            .from("fig:week_profile.total")
            .minus()
            .hours(ordinary_total)
            .from("fig:ordinary.total")
            .word(t("i en almindelig uge", "in an ordinary week"))
            .close()
    } else {
        Basis::new()
            .weeks(cover_weeks)
            .from("input:extra.full_cover_weeks")
            .times()
            .hours(per_week)
            .from("fig:full_cover.per_week")
            .word(t(
                "ud over den almindelige uge, tidsrum for tidsrum efter ugeprofilen",
                "beyond the ordinary week, band by band by the week profile",
            ))
    };
    Some(Line::new(
        "full_cover",
        t(
            "Uger med døgndækning (ferie, weekendophold)",
            "Weeks of 24-hour cover (holidays, weekend stays)",
        ),
        added,
        basis,
        "VEJ pkt. 68; KL tabel 4",
    ))
}

/// VEJ pkt. 28, 68, KL tabel 4: weeks with a second helper around the clock.
fn double_cover_weeks(a: &Allocation<'_>) -> Option<Line> {
    let x = &a.case.file.extra;
    if x.double_cover_weeks == 0 {
        return None;
    }
    let dc_weeks = Decimal::from(x.double_cover_weeks);
    let week: Decimal = a.rates.week_profile.map().iter().sum();
    Some(Line::new(
        "double_cover_weeks",
        t(
            "Uger med dobbeltdækning hele døgnet",
            "Weeks with a second helper around the clock",
        ),
        dc_weeks * week,
        Basis::new()
            .weeks(dc_weeks)
            .from("input:extra.double_cover_weeks")
            .times()
            .hours(week)
            .from("fig:week_profile.total")
            .word(t("fordelt efter ugeprofilen", "split by the week profile")),
        "VEJ pkt. 28, 68; KL tabel 4",
    ))
}

/// BEK § 1 stk. 2, VEJ pkt. 29: new helpers trained with double cover.
fn training(a: &Allocation<'_>) -> Option<Line> {
    let x = &a.case.file.extra;
    let training = a.events.training;
    (!training.is_zero()).then(|| {
        Line::new(
            "training",
            t(
                "Oplæring af nye hjælpere (dobbeltdækning)",
                "Training of new helpers (double cover)",
            ),
            training,
            Basis::new()
                .count(Decimal::from(x.new_helpers), "nye hjælpere", "new helpers")
                .from("input:extra.new_helpers")
                .times()
                .hours(x.training_hours_per_new_helper)
                .from("input:extra.training_hours_per_new_helper"),
            "BEK § 1 stk. 2; VEJ pkt. 29",
        )
    })
}

/// BEK § 1 stk. 2, VEJ pkt. 29: courses for new helpers.
fn courses(a: &Allocation<'_>) -> Option<Line> {
    let x = &a.case.file.extra;
    let courses = a.events.courses;
    (!courses.is_zero()).then(|| {
        Line::new(
            "courses",
            t("Kurser for nye hjælpere", "Courses for new helpers"),
            courses,
            Basis::new()
                .count(Decimal::from(x.new_helpers), "nye hjælpere", "new helpers")
                .from("input:extra.new_helpers")
                .times()
                .hours(x.course_hours_per_new_helper)
                .from("input:extra.course_hours_per_new_helper"),
            "BEK § 1 stk. 2; VEJ pkt. 29",
        )
    })
}

/// KL tabel 4, VEJ pkt. 29: MUS and staff meetings, the period's share.
fn meetings(a: &Allocation<'_>) -> Option<Line> {
    if a.meetings.is_zero() {
        return None;
    }
    let (x, p) = (&a.case.file.extra, a.p);
    let helpers = Decimal::from(x.helpers);
    let mut basis = Basis::new()
        .count(helpers, "hjælpere", "helpers")
        .from("input:extra.helpers")
        .times()
        .num(p.mus_hours.value, 2, t("t MUS", "h appraisal"))
        .from_with(|| format!("rate:{}", p.mus_hours.path));
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
            .from_with(|| format!("rate:{}", p.staff_meeting_hours.path));
    }
    if !a.period.is_whole_year() {
        basis = Basis::new()
            .open()
            .then(basis)
            .close()
            .times()
            .then(a.period.share_terms());
    }
    Some(
        Line::new(
            "meetings",
            t("Personalemøder og MUS", "Staff meetings and appraisals"),
            a.meetings,
            basis,
            "KL tabel 4; VEJ pkt. 29",
        )
        .with_rates(&[&p.mus_hours, &p.staff_meeting_hours]),
    )
}

/// VEJ pkt. 32: a yearly pool of hours.
fn pool(a: &Allocation<'_>) -> Option<Line> {
    let pool = a.events.pool;
    (!pool.is_zero()).then(|| {
        Line::new(
            "pool",
            t("Puljetimer", "Pool hours"),
            pool,
            Basis::new()
                .hours(a.case.file.extra.pool_hours)
                .from("input:extra.pool_hours")
                .word(t("pr. år", "per year")),
            "VEJ pkt. 32",
        )
    })
}

/// VEJ pkt. 28: other hours with two helpers at once.
fn double_cover(a: &Allocation<'_>) -> Option<Line> {
    let double = a.events.double;
    (!double.is_zero()).then(|| {
        Line::new(
            "double_cover",
            t("Dobbeltdækning i øvrigt", "Other double cover"),
            double,
            Basis::new()
                .hours(a.case.file.extra.double_cover_hours)
                .from("input:extra.double_cover_hours")
                .word(t("pr. år", "per year")),
            "VEJ pkt. 28",
        )
    })
}

/// VEJ pkt. 73: hours of special substitute cover, such as a substitute's
/// overlap with the helper, in the need's band mix.
fn substitute(a: &Allocation<'_>) -> Option<Line> {
    let h = a.events.substitute;
    (!h.is_zero()).then(|| {
        Line::new(
            "substitute",
            t("Særlig vikardækning", "Special substitute cover"),
            h,
            Basis::new()
                .hours(a.case.file.extra.substitute_hours)
                .from("input:extra.substitute_hours")
                .word(t("pr. år", "per year")),
            "VEJ pkt. 73",
        )
    })
}

/// VEJ pkt. 68: the helpers' hours of supervision where the conditions of
/// the help change substantially, in the need's band mix.
fn supervision(a: &Allocation<'_>) -> Option<Line> {
    let h = a.events.supervision;
    (!h.is_zero()).then(|| {
        Line::new(
            "supervision",
            t("Supervision af hjælperne", "Supervision of the helpers"),
            h,
            Basis::new()
                .hours(a.case.file.extra.supervision_hours)
                .from("input:extra.supervision_hours")
                .word(t("pr. år", "per year")),
            "VEJ pkt. 68",
        )
    })
}

/// BEK § 5 stk. 3, VEJ pkt. 75: standby hours, in no band.
fn standby(a: &Allocation<'_>) -> Option<Line> {
    let x = &a.case.file.extra;
    // Before any pause, which has a line of its own.
    let standby = super::h2(x.standby_hours_per_week * a.period.weeks);
    (!standby.is_zero()).then(|| {
        Line::new(
            "standby",
            t("Rådighedstimer", "Standby hours"),
            standby,
            Basis::new()
                .h_week(x.standby_hours_per_week)
                .from("input:extra.standby_hours_per_week")
                .times()
                .weeks(a.period.weeks)
                .from("fig:period.weeks"),
            "BEK § 5 stk. 3; VEJ pkt. 75",
        )
        .with_rates(&[&a.p.weeks_per_year])
    })
}
