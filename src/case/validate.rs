//! SPEC 2: the rules a case file keeps, checked once, table by table. The
//! first rule broken is the error, with the file, line, column and key.

use rust_decimal::Decimal;

use super::bounds::{
    MAX_AMOUNT, MAX_AREA_GROUP, MAX_COUNT, MAX_COVER_WEEKS, MAX_NOTICE_WEEKS, MAX_PREVIOUS_HOURS,
    MAX_SHIFT_HELPERS, MAX_TRANSFER_YEAR, MAX_WEEKS_PER_YEAR, MAX_YEAR, MAX_YEAR_HOURS,
    MIN_SHIFT_HELPERS, MIN_TRANSFER_YEAR, MIN_YEAR, WEEK,
};
use super::{Band, Case, CaseFile, Employer, Scheme, quarter_minutes, toml_day};
use crate::error::InputError;

/// A number's key, its value, the largest value allowed and the allowed
/// range in words.
struct Bound {
    /// The table and the key: `need` and `day` name `need.day`. Joined only
    /// for an error, as every case checks some fifty bounds.
    key: (&'static str, &'static str),
    value: Decimal,
    max: Decimal,
    allowed: &'static str,
}

fn bound(
    key: (&'static str, &'static str),
    value: Decimal,
    max: Decimal,
    allowed: &'static str,
) -> Bound {
    Bound {
        key,
        value,
        max,
        allowed,
    }
}

const PER_WEEK: &str = "hours per week from 0 to 168";
const PER_YEAR: &str = "kroner per year from 0 to 1,000,000,000";
const PERCENT: &str = "a percent from 0 to 100";

impl Case {
    /// SPEC 2: the case's rules, in the order their errors are reported.
    pub(super) fn validate(&self) -> Result<(), InputError> {
        self.id()?;
        self.decision()?;
        self.bounds()?;
        self.counts()?;
        self.period()?;
        self.pauses()?;
        self.need_given()?;
        self.schedule()?;
        self.week_of_168_hours()?;
        self.deductions()?;
        self.relative_table()?;
        self.employer_tables()
    }

    /// `id`: any text but an empty one; `year`: a grant year.
    fn id(&self) -> Result<(), InputError> {
        if self.file.id.trim().is_empty() {
            return Err(self
                .error("id", "the case id is empty")
                .allowed("any non-empty text"));
        }
        let year = self.file.year;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(self
                .error("year", "number out of range")
                .found(year.to_string())
                .allowed(format!("a grant year from {MIN_YEAR} to {MAX_YEAR}")));
        }
        Ok(())
    }

    /// `[decision]`: the day the citizen receives the decision, a calendar
    /// day under `received` (or its old name `date`), not both.
    fn decision(&self) -> Result<(), InputError> {
        let Some(d) = &self.file.decision else {
            return Ok(());
        };
        if d.received.is_some() && d.date.is_some() {
            return Err(self
                .error("decision.date", "the day of receipt is given twice")
                .allowed("received = 2025-02-10 (`date` is its old name), not both"));
        }
        let Some(written) = d.written() else {
            return Err(self
                .error("decision", "the day the decision is received is missing")
                .allowed("received = 2025-02-10"));
        };
        if d.day().is_none() {
            return Err(self
                .error(d.key(), "not a calendar date")
                .found(written.to_string())
                .allowed("a date without a time, such as 2025-02-10"));
        }
        Ok(())
    }

    /// Every number of every table within its bounds: none negative, none
    /// beyond what a week, a year or a budget can hold.
    fn bounds(&self) -> Result<(), InputError> {
        let f = &self.file;
        let checks = [
            need_bounds(f),
            extra_bounds(f),
            relative_bounds(f),
            admin_bounds(f),
            money_bounds(f),
            previous_bounds(f),
            override_bounds(f),
        ];
        for b in checks.into_iter().flatten() {
            if b.value.is_sign_negative() && !b.value.is_zero() || b.value > b.max {
                let (table, key) = b.key;
                return Err(self
                    .error(&format!("{table}.{key}"), "number out of range")
                    .found(b.value.normalize().to_string())
                    .allowed(b.allowed));
            }
        }
        if f.overrides.weeks_per_year.is_some_and(|w| w < Decimal::ONE) {
            return Err(self
                .error("override.weeks_per_year", "number out of range")
                .allowed(format!("weeks from 1 to {MAX_WEEKS_PER_YEAR}")));
        }
        if let Some(g) = f.overrides.area_group
            && g > MAX_AREA_GROUP
        {
            return Err(self
                .error("override.area_group", "number out of range")
                .found(g.to_string())
                .allowed(format!("an områdetillægsgruppe from 0 to {MAX_AREA_GROUP}")));
        }
        Ok(())
    }

    /// `[extra]`'s counts: whole numbers, weeks at most a year's.
    fn counts(&self) -> Result<(), InputError> {
        let x = &self.file.extra;
        for (key, v) in [
            ("helpers", x.helpers),
            ("new_helpers", x.new_helpers),
            ("full_cover_weeks", x.full_cover_weeks),
            ("double_cover_weeks", x.double_cover_weeks),
            ("skilled_helpers", x.skilled_helpers),
        ] {
            let max = if key.ends_with("cover_weeks") {
                MAX_COVER_WEEKS
            } else {
                MAX_COUNT
            };
            if v > max {
                return Err(self
                    .error(&format!("extra.{key}"), "number out of range")
                    .found(v.to_string())
                    .allowed(format!("a whole number from 0 to {max}")));
            }
        }
        Ok(())
    }

    /// SPEC 3.8: `[period]` lies inside the grant year and ends after it
    /// starts; a move's new decision comes after the move, and each end's
    /// own key goes with that end only.
    fn period(&self) -> Result<(), InputError> {
        let f = &self.file;
        let Some(p) = &f.period else {
            return Ok(());
        };
        let year = i32::from(f.year);
        let allowed = || format!("a date from {year}-01-01 to {year}-12-31, such as {year}-05-01");
        let mut days = [None, None, None];
        for (i, (key, value)) in [
            ("from", &p.from),
            ("to", &p.to),
            ("new_decision", &p.new_decision),
        ]
        .into_iter()
        .enumerate()
        {
            let Some(value) = value else { continue };
            let day = toml_day(value).filter(|d| chrono::Datelike::year(d) == year);
            if day.is_none() {
                return Err(self
                    .error(&format!("period.{key}"), "not a day in the grant year")
                    .found(value.to_string())
                    .allowed(allowed()));
            }
            days[i] = day;
        }
        let from = days[0].unwrap_or_default();
        for (key, i, what) in [
            ("to", 1, "the period ends before it starts"),
            (
                "new_decision",
                2,
                "the new municipality decides before the period starts",
            ),
        ] {
            if let (Some(start), Some(day)) = (days[0], days[i])
                && day < start
            {
                return Err(self
                    .error(&format!("period.{key}"), what)
                    .found(format!("from {from} to {day}"))
                    .allowed(format!("a day from {from} to {year}-12-31")));
            }
        }
        if let (Some(moved), Some(decided)) = (days[1], days[2])
            && decided < moved
        {
            return Err(self
                .error(
                    "period.new_decision",
                    "the new municipality decides before the move",
                )
                .found(format!("moved {moved}, new decision {decided}"))
                .allowed(format!(
                    "a day from {moved} (SEL § 96 b: the old municipality pays until then)"
                )));
        }
        self.period_end_keys(p)
    }

    /// `new_decision` belongs to `end = "move"`, `notice_weeks` to `end = "other"`.
    fn period_end_keys(&self, p: &super::Period) -> Result<(), InputError> {
        use super::EndReason;
        if p.new_decision.is_some() && p.end != Some(EndReason::Move) {
            return Err(self
                .error("period.new_decision", "new_decision belongs to a move")
                .allowed("end = \"move\" with new_decision, or no new_decision"));
        }
        if let Some(weeks) = p.notice_weeks {
            if p.end != Some(EndReason::Other) {
                return Err(self
                    .error(
                        "period.notice_weeks",
                        "notice_weeks belongs to a scheme that stops for another reason",
                    )
                    .allowed("end = \"other\" with notice_weeks, or no notice_weeks"));
            }
            if weeks > MAX_NOTICE_WEEKS {
                return Err(self
                    .error("period.notice_weeks", "number out of range")
                    .found(weeks.to_string())
                    .allowed(format!("weeks of notice from 0 to {MAX_NOTICE_WEEKS}")));
            }
        }
        Ok(())
    }

    /// SPEC 2: a case gives its need, as `[need]` or as `[[schedule]]`.
    fn need_given(&self) -> Result<(), InputError> {
        if self.file.need.is_none() && self.file.schedule.is_empty() {
            return Err(self
                .error("need", "the case gives no need")
                .found("neither [need] nor [[schedule]]")
                .allowed("[need] with hours per week by band, or [[schedule]] entries with the shifts of a typical week"));
        }
        Ok(())
    }

    /// `[[schedule]]` instead of `[need]`: days, quarter-hour times, helpers.
    fn schedule(&self) -> Result<(), InputError> {
        let f = &self.file;
        if f.schedule.is_empty() {
            return Ok(());
        }
        if f.need.is_some() {
            return Err(self
                .error(
                    "need",
                    "the need is given twice: as [need] and as [[schedule]]",
                )
                .allowed(
                    "either [need] (hours per week by band) or [[schedule]] (shifts), not both",
                ));
        }
        for (i, shift) in f.schedule.iter().enumerate() {
            if shift.days.is_empty() {
                return Err(self
                    .error(&format!("schedule[{i}].days"), "no days given")
                    .allowed("days such as [\"mon\", \"wed\"], [\"weekdays\"], [\"weekend\"] or [\"daily\"]"));
            }
            for (key, text) in [("from", &shift.from), ("to", &shift.to)] {
                let ok = quarter_minutes(text).is_some_and(|m| key == "to" || m < 24 * 60);
                if !ok {
                    return Err(self
                        .error(&format!("schedule[{i}].{key}"), "not a time on a quarter hour")
                        .found(format!("\"{text}\""))
                        .allowed(if key == "from" {
                            "\"HH:MM\" from \"00:00\" to \"23:45\", minutes 00, 15, 30 or 45"
                        } else {
                            "\"HH:MM\" from \"00:00\" to \"24:00\", minutes 00, 15, 30 or 45; at or before `from` runs past midnight"
                        }));
                }
            }
            if !(MIN_SHIFT_HELPERS..=MAX_SHIFT_HELPERS).contains(&shift.helpers) {
                return Err(self
                    .error(&format!("schedule[{i}].helpers"), "number out of range")
                    .found(shift.helpers.to_string())
                    .allowed(format!(
                        "helpers at once, from {MIN_SHIFT_HELPERS} to {MAX_SHIFT_HELPERS}"
                    )));
            }
        }
        Ok(())
    }

    /// SPEC 2: a week has 168 hours; the need per band plus standby cannot exceed it.
    fn week_of_168_hours(&self) -> Result<(), InputError> {
        let f = &self.file;
        let standby = f.extra.standby_hours_per_week;
        let need: Decimal = f.need_weekly().iter().sum();
        if need + standby > Decimal::from(WEEK) {
            return Err(self
                .error("need", "more than 168 hours in a week")
                .found(format!(
                    "need {} h + standby {} h = {} h per week",
                    need.normalize(),
                    standby.normalize(),
                    (need + standby).normalize()
                ))
                .allowed(
                    "at most 168 hours per week in [need] plus extra.standby_hours_per_week",
                ));
        }
        Ok(())
    }

    /// SPEC 3.1: `[deduct]` takes no more from a band than its need. A
    /// schedule's band hours need the rate table's windows, so its
    /// deductions are checked in the calculation.
    fn deductions(&self) -> Result<(), InputError> {
        let f = &self.file;
        if !f.schedule.is_empty() {
            return Ok(());
        }
        for b in Band::ALL {
            let i = b as usize;
            let (deduct, need) = (f.deduct.map()[i], f.need_weekly()[i]);
            if deduct > need {
                return Err(self
                    .error(
                        &format!("deduct.{}", b.key()),
                        "deduction larger than the need in this band",
                    )
                    .found(format!(
                        "{} h deducted from a need of {} h",
                        deduct.normalize(),
                        need.normalize()
                    ))
                    .allowed(format!("at most need.{} ({} h)", b.key(), need.normalize())));
            }
        }
        Ok(())
    }

    /// SEL § 95 stk. 3: `[relative]` belongs to `kt-relative`, which needs
    /// it, and the relative's own care fits in the need after deductions.
    fn relative_table(&self) -> Result<(), InputError> {
        let f = &self.file;
        let relative_scheme = f.scheme == Scheme::KtRelative;
        match (&f.relative, relative_scheme) {
            (Some(_), false) => Err(self
                .error(
                    "relative",
                    "[relative] belongs to scheme \"kt-relative\" only",
                )
                .found(format!("scheme = \"{}\"", f.scheme.key()))
                .allowed("remove [relative], or scheme = \"kt-relative\"")),
            (None, true) => Err(self
                .error(
                    "scheme",
                    "scheme \"kt-relative\" needs [relative] with own_care_hours_per_week",
                )
                .allowed("a [relative] table (SEL § 95 stk. 3)")),
            (Some(r), true) => {
                let deducted: Decimal = f.deduct.map().iter().sum();
                let after = if f.schedule.is_empty() {
                    f.need_weekly().iter().sum::<Decimal>() - deducted
                } else {
                    // A schedule's band hours need the rate table's windows;
                    // its typical week is known here.
                    f.schedule_week_hours() - deducted
                };
                self.relative_employed_alone(r.own_care_hours_per_week, after)?;
                if f.schedule.is_empty() && r.own_care_hours_per_week > after {
                    return Err(self
                        .error(
                            "relative.own_care_hours_per_week",
                            "more own care than the weekly need after deductions",
                        )
                        .found(format!(
                            "{} h per week",
                            r.own_care_hours_per_week.normalize()
                        ))
                        .allowed(format!("at most {} h per week", after.normalize())));
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// VEJ pkt. 16–18: after a transfer the relative is employed and is one
    /// of `helpers`; hours beyond the relative's own need another helper.
    fn relative_employed_alone(&self, own: Decimal, after: Decimal) -> Result<(), InputError> {
        let f = &self.file;
        if f.relative_unemployed() || f.extra.helpers != 1 || own.is_zero() || after <= own {
            return Ok(());
        }
        Err(self
            .error(
                "extra.helpers",
                "after a transfer the relative is one of the employed helpers, and no other helper is left for the hours beyond the relative's own",
            )
            .found(format!(
                "helpers = 1 with a need of {} h a week after deductions, {} h of it the relative's own care",
                after.normalize(),
                own.normalize()
            ))
            .allowed(format!(
                "2 or more: `helpers` counts the employed helpers, the relative among them after a transfer, and the other {} h a week need another (VEJ pkt. 16–18)",
                (after - own).normalize()
            )))
    }

    /// Who employs decides which tables apply: `kt-relative` is paid to the
    /// relative (VEJ pkt. 16–18, AST 26-17), `[admin]` is for an association
    /// or company (BEK § 8), `payroll` for a citizen or relative employer.
    fn employer_tables(&self) -> Result<(), InputError> {
        let f = &self.file;
        if f.scheme == Scheme::KtRelative && f.employer == Employer::Citizen {
            return Err(self
                .error(
                    "employer",
                    "scheme \"kt-relative\" pays the grant to the relative, who employs the helpers or has transferred the grant",
                )
                .found(format!("\"{}\"", f.employer.key()))
                .allowed("\"relative\" (SEL § 95 stk. 3), or \"association\" or \"company\" when the relative has transferred the grant (VEJ pkt. 16–18)"));
        }
        if f.admin.is_some() && !f.employer.is_organisation() {
            return Err(self
                .error(
                    "admin",
                    "[admin] applies only when an association or company is employer (BEK § 8)",
                )
                .found(format!("employer = \"{}\"", f.employer.key()))
                .allowed("remove [admin], or employer = \"association\" or \"company\""));
        }
        if f.provider.is_some() && !f.employer.is_organisation() {
            return Err(self
                .error(
                    "provider",
                    "[provider] is the association or company that employs: its price (BEK § 3 stk. 3) and VAT (VEJ pkt. 59)",
                )
                .found(format!("employer = \"{}\"", f.employer.key()))
                .allowed("remove [provider], or employer = \"association\" or \"company\""));
        }
        if f.payroll.is_some() && f.employer.is_organisation() {
            return Err(self
                .error("payroll", "payroll is chosen only when the citizen or a relative is employer; an association or company runs its own")
                .found(format!("employer = \"{}\"", f.employer.key()))
                .allowed("remove payroll, or employer = \"citizen\" or \"relative\""));
        }
        if let Some(t) = f.admin.as_ref().and_then(|a| a.transfer_year)
            && !(MIN_TRANSFER_YEAR..=MAX_TRANSFER_YEAR).contains(&t)
        {
            return Err(self
                .error("admin.transfer_year", "value not allowed")
                .found(t.to_string())
                .allowed("1 (first year with this employer), 2 or 3 (later years)"));
        }
        Ok(())
    }
}

/// `[need]` and `[deduct]`: hours per week by band.
fn need_bounds(f: &CaseFile) -> Vec<Bound> {
    let week = Decimal::from(WEEK);
    Band::ALL
        .iter()
        .flat_map(|&b| {
            let i = b as usize;
            [
                bound(("need", b.key()), f.need_weekly()[i], week, PER_WEEK),
                bound(("deduct", b.key()), f.deduct.map()[i], week, PER_WEEK),
            ]
        })
        .collect()
}

/// `[extra]`: yearly hours and standby per week.
fn extra_bounds(f: &CaseFile) -> Vec<Bound> {
    let x = &f.extra;
    let year_hours = Decimal::from(MAX_YEAR_HOURS);
    let mut v: Vec<Bound> = [
        (
            "training_hours_per_new_helper",
            x.training_hours_per_new_helper,
        ),
        ("course_hours_per_new_helper", x.course_hours_per_new_helper),
        ("double_cover_hours", x.double_cover_hours),
        ("pool_hours", x.pool_hours),
        ("substitute_hours", x.substitute_hours),
        ("supervision_hours", x.supervision_hours),
    ]
    .into_iter()
    .map(|(key, v)| {
        bound(
            ("extra", key),
            v,
            year_hours,
            "hours per year from 0 to 8784",
        )
    })
    .collect();
    v.push(bound(
        ("extra", "standby_hours_per_week"),
        x.standby_hours_per_week,
        Decimal::from(WEEK),
        PER_WEEK,
    ));
    v
}

/// `[relative]`: the relative's own care per week.
fn relative_bounds(f: &CaseFile) -> Vec<Bound> {
    f.relative
        .iter()
        .map(|r| {
            bound(
                ("relative", "own_care_hours_per_week"),
                r.own_care_hours_per_week,
                Decimal::from(WEEK),
                PER_WEEK,
            )
        })
        .collect()
}

/// `[admin]`: a percent, kroner per hour or kroner per year.
fn admin_bounds(f: &CaseFile) -> Vec<Bound> {
    let Some(a) = &f.admin else {
        return Vec::new();
    };
    let amount = Decimal::from(MAX_AMOUNT);
    [
        a.pct
            .map(|v| bound(("admin", "pct"), v, Decimal::ONE_HUNDRED, PERCENT)),
        a.per_hour.map(|v| {
            bound(
                ("admin", "per_hour"),
                v,
                amount,
                "kroner per hour from 0 to 1,000,000,000",
            )
        }),
        a.amount
            .map(|v| bound(("admin", "amount"), v, amount, PER_YEAR)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// `[other_costs]`, `[offsets]`, `[respirator]`, `[special_costs]` and `[provider]`.
fn money_bounds(f: &CaseFile) -> Vec<Bound> {
    let amount = Decimal::from(MAX_AMOUNT);
    [
        f.other_costs
            .as_ref()
            .and_then(|o| o.amount)
            .map(|v| bound(("other_costs", "amount"), v, amount, PER_YEAR)),
        Some(bound(
            ("offsets", "care_allowance"),
            f.offsets.care_allowance,
            amount,
            PER_YEAR,
        )),
        f.respirator.as_ref().and_then(|r| r.region_pct).map(|v| {
            bound(
                ("respirator", "region_pct"),
                v,
                Decimal::ONE_HUNDRED,
                PERCENT,
            )
        }),
    ]
    .into_iter()
    .chain(special_bounds(f))
    .flatten()
    .collect()
}

/// `[special_costs]` and `[provider]`: kroner per year.
fn special_bounds(f: &CaseFile) -> Vec<Option<Bound>> {
    let amount = Decimal::from(MAX_AMOUNT);
    let s = f.special_costs.as_ref();
    let p = f.provider.as_ref();
    [
        (
            ("special_costs", "substitute"),
            s.and_then(|s| s.substitute),
        ),
        (
            ("special_costs", "supervision"),
            s.and_then(|s| s.supervision),
        ),
        (("provider", "price"), p.and_then(|p| p.price)),
        (("provider", "vat"), p.and_then(|p| p.vat)),
    ]
    .into_iter()
    .map(|(key, v)| v.map(|v| bound(key, v, amount, PER_YEAR)))
    .collect()
}

/// `[previous]`: the last decision's yearly figures.
fn previous_bounds(f: &CaseFile) -> Vec<Bound> {
    let Some(p) = &f.previous else {
        return Vec::new();
    };
    [
        (
            "annual_total",
            p.annual_total,
            Decimal::from(MAX_AMOUNT),
            PER_YEAR,
        ),
        (
            "grant_hours",
            p.grant_hours,
            Decimal::from(MAX_PREVIOUS_HOURS),
            "hours per year from 0 to 175,680",
        ),
        ("weekly_need", p.weekly_need, Decimal::from(WEEK), PER_WEEK),
    ]
    .into_iter()
    .filter_map(|(key, v, max, allowed)| v.map(|v| bound(("previous", key), v, max, allowed)))
    .collect()
}

/// `[override]`: the service-level keys a case may set for itself.
fn override_bounds(f: &CaseFile) -> Vec<Bound> {
    let o = &f.overrides;
    let (hundred, amount) = (Decimal::ONE_HUNDRED, Decimal::from(MAX_AMOUNT));
    let year_hours = Decimal::from(MAX_YEAR_HOURS);
    [
        (
            "general_supplement_pct",
            o.general_supplement_pct,
            hundred,
            PERCENT,
        ),
        (
            "weeks_per_year",
            o.weeks_per_year,
            Decimal::from(MAX_WEEKS_PER_YEAR),
            "weeks from 1 to 53",
        ),
        (
            "mus_hours",
            o.mus_hours,
            year_hours,
            "hours per helper per year",
        ),
        (
            "staff_meeting_hours",
            o.staff_meeting_hours,
            year_hours,
            "hours per helper per year",
        ),
        ("standby_pct", o.standby_pct, hundred, PERCENT),
        ("admin_pct", o.admin_pct, hundred, PERCENT),
        (
            "admin_per_hour",
            o.admin_per_hour,
            amount,
            "kroner per hour from 0 to 1,000,000,000",
        ),
        (
            "payroll_per_payslip",
            o.payroll_per_payslip,
            amount,
            "kroner per payslip from 0 to 1,000,000,000",
        ),
        ("other_costs", o.other_costs, amount, PER_YEAR),
        (
            "cap_hourly",
            o.cap_hourly,
            amount,
            "kroner per hour from 0 to 1,000,000,000",
        ),
        (
            "respirator_region_pct",
            o.respirator_region_pct,
            hundred,
            PERCENT,
        ),
    ]
    .into_iter()
    .filter_map(|(key, v, max, allowed)| v.map(|v| bound(("override", key), v, max, allowed)))
    .collect()
}
