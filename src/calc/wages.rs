//! SPEC 4, BEK § 5: the wage budget (lønbudget).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::hours::Hours;
use super::period::Period;
use super::{Basis, Line, Said, band_text, sum, t};
use crate::case::{Band, Case};
use crate::money::{ore, pct};
use crate::rates::{Fig, Params};

/// The wage lines and the sums later steps need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Wages {
    pub lines: Vec<Line>,
    /// All lines: wages, pension and holiday pay.
    pub total: Decimal,
    /// Base, supplements and standby (no pension, no holiday pay).
    pub pay: Decimal,
    pub pension: Decimal,
    pub holiday_pay: Decimal,
    /// Pay for employed helpers' hours (`H_b − R_b`, all standby): the basis of
    /// holiday pay and of contributions that are a percent of wages.
    pub employed_pay: Decimal,
    /// Its formula: the wage terms holiday pay is paid on.
    #[serde(skip)]
    pub employed_pay_basis: Basis,
    /// The parts of the period the hours are split into by days (one when
    /// no wage figure changes during it).
    #[serde(skip)]
    pub parts: Vec<Part>,
}

/// The pieces of pay for a set of hours per band (SPEC 4).
struct Pay {
    base: Decimal,
    general: Decimal,
    time: Vec<(Band, Decimal)>,
}

/// A part of the grant year in which every wage figure holds one value:
/// the year is split at each change date of a dated figure (SPEC 4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
}

impl Part {
    /// The part's dates in a formula: `(1/1–31/3)`.
    fn label(&self) -> Said {
        Said::Dates(self.from, self.to)
    }
}

/// The parts of the grant period `from`–`to` (the whole year unless
/// `[period]` says otherwise) for the wage figures of `p`: one part when no
/// wage figure changes inside it.
#[must_use]
pub fn parts(p: &Params, from: NaiveDate, to: NaiveDate) -> Vec<Part> {
    let (first, last) = (from, to);
    let supplements = Band::ALL
        .iter()
        .flat_map(|&b| p.scale.supplements.get(b).values.iter().map(|v| v.from));
    let mut cuts: Vec<NaiveDate> = [&p.base_hourly, &p.general_supplement_pct, &p.standby_pct]
        .iter()
        .flat_map(|f| f.values.iter().map(|v| v.from))
        .chain(supplements)
        .filter(|d| *d > first && *d <= last)
        .collect();
    cuts.push(first);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.iter()
        .enumerate()
        .map(|(i, &from)| {
            let to = cuts
                .get(i + 1)
                .and_then(|next| next.pred_opt())
                .unwrap_or(last);
            Part {
                from,
                to,
                days: (to - from).num_days() + 1,
            }
        })
        .collect()
}

/// SPEC 4: `h` hours split over the parts by their days: every part but
/// the last gets `h × days / days of the period` rounded to the hundredth,
/// the last takes the rest, so the parts add up to `h` exactly (a rule a
/// spreadsheet formula follows the same way).
#[must_use]
pub fn by_days(h: Decimal, parts: &[Part]) -> Vec<Decimal> {
    if parts.len() <= 1 {
        return vec![h];
    }
    let period: i64 = parts.iter().map(|p| p.days).sum();
    let mut out: Vec<Decimal> = parts[..parts.len() - 1]
        .iter()
        .map(|p| share_of_days(h, p.days, period))
        .collect();
    out.push(h - out.iter().sum::<Decimal>());
    out
}

/// `h × days / period` to the hundredth, half away from zero: in whole
/// hundredths as integers when `h` has at most two decimals (a batch does
/// this for every band of every case), else in decimals; the same result.
fn share_of_days(h: Decimal, days: i64, period: i64) -> Decimal {
    let scale = h.scale();
    if scale <= 2 && period > 0 {
        let hundredths = h.mantissa().checked_mul(10_i128.pow(2 - scale));
        if let Some(q) = hundredths.and_then(|x| x.checked_mul(i128::from(days))) {
            let (p, a) = (i128::from(period), q.abs());
            let r = (2 * a + p) / (2 * p);
            return Decimal::from_i128_with_scale(if q < 0 { -r } else { r }, 2);
        }
    }
    crate::money::round(h * Decimal::from(days) / Decimal::from(period), 2)
}

/// Where the hours of part `i` of `n` come from: the whole figure `whole`
/// when the period is one part, else its share `fig:part.{i}.{what}` of the
/// split by days (SPEC 4).
fn part_key(whole: &str, what: &str, i: usize, n: usize) -> String {
    if n <= 1 {
        whole.to_string()
    } else {
        format!("fig:part.{i}.{what}")
    }
}

/// One term per part, `hours × …`, joined by `+` and each followed by its
/// dates when the year has more than one part; `key` says where part `i`'s
/// hours come from (see [`part_key`]).
fn per_part(
    parts: &[Part],
    hours: &[Decimal],
    key: impl Fn(usize) -> String,
    term: impl Fn(Basis, usize) -> Basis,
) -> Basis {
    let mut basis = Basis::new();
    if !basis.keeps() {
        // A row of figures: no terms to build.
        return basis;
    }
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            basis = basis.plus();
        }
        basis = term(basis.hours(hours[i]).from_with(|| key(i)), i);
        if parts.len() > 1 {
            basis = basis.said(part.label());
        }
    }
    basis
}

/// A band's time supplement for `h` hours at base wage `b`.
fn time_amount(h: Decimal, b: Decimal, s: (Option<Decimal>, Option<Decimal>)) -> Decimal {
    match s {
        (Some(pc), _) => h * b * pct(pc),
        (None, Some(kr)) => h * kr,
        (None, None) => Decimal::ZERO,
    }
}

/// The base wage and general supplement on `all` band hours by part, and
/// each band's time supplement on its own hours by part.
fn pay_for(hours: &[(Band, Vec<Decimal>)], all: &[Decimal], p: &Params, parts: &[Part]) -> Pay {
    let mut base = Decimal::ZERO;
    let mut general = Decimal::ZERO;
    for (i, part) in parts.iter().enumerate() {
        let b = p.base_hourly.at(part.from);
        let h = all[i];
        base += h * b;
        general += h * b * pct(p.general_supplement_pct.at(part.from));
    }
    let time = hours
        .iter()
        .filter_map(|(band, hs)| {
            let s = p.scale.supplements.get(*band);
            let amount: Decimal = parts
                .iter()
                .zip(hs)
                .map(|(part, &h)| time_amount(h, p.base_hourly.at(part.from), s.at(part.from)))
                .sum();
            let h: Decimal = hs.iter().sum();
            (!h.is_zero() && !amount.is_zero()).then(|| (*band, ore(amount)))
        })
        .collect();
    Pay {
        base: ore(base),
        general: ore(general),
        time,
    }
}

/// The hours of the budget split over the parts of the period, band by band
/// and in all, and the standby hours: what every wage line is priced on.
struct Split<'a> {
    p: &'a Params,
    parts: Vec<Part>,
    /// Each band's hours by part.
    bands: Vec<(Band, Vec<Decimal>)>,
    /// All band hours by part (the band total when the year is one part).
    all: Vec<Decimal>,
    standby: Vec<Decimal>,
    /// Where the standby hours come from when the period is one part: the
    /// standby line, or after days on hold (`[[pause]]`) the hours left.
    standby_key: &'static str,
}

impl Split<'_> {
    /// The base wage in force in part `i`.
    fn base(&self, i: usize) -> Decimal {
        self.p.base_hourly.at(self.parts[i].from)
    }

    /// `kr./t` of the base wage in force in part `i`, with where it comes from.
    fn base_term(&self, b: Basis, i: usize) -> Basis {
        let f = &self.p.base_hourly;
        b.kr_h(self.base(i))
            .from_with(|| f.source_key(Some(self.parts[i].from)))
    }

    /// `%` of a figure in force in part `i`, with where it comes from.
    fn pct_term(&self, b: Basis, f: &Fig, i: usize) -> Basis {
        let day = self.parts[i].from;
        b.pct(f.at(day)).from_with(|| f.source_key(Some(day)))
    }

    fn n(&self) -> usize {
        self.parts.len()
    }
}

/// SPEC 4: base wage, general supplement, time supplements by band, standby,
/// pension and holiday pay; for kt-relative the relative's own care hours get
/// wages but no pension or holiday pay (AST 26-17), unless the relative has
/// transferred the grant and is employed like the helpers (VEJ pkt. 16–18).
#[must_use]
pub fn budget(case: &Case, hours: &Hours, p: &Params, period: &Period) -> Wages {
    let parts = parts(p, period.from, period.to);
    let bands: Vec<(Band, Vec<Decimal>)> = hours
        .bands
        .iter()
        .map(|h| (h.band, by_days(h.total, &parts)))
        .collect();
    // The base wage's hours: the band total as printed, split by days
    // (SPEC 4), so the parts redo from the printout.
    let all = by_days(hours.band_total(), &parts);
    let standby = by_days(hours.standby, &parts);
    let paused = hours.pause.is_some() && !case.file.extra.standby_hours_per_week.is_zero();
    let split = Split {
        p,
        parts,
        bands,
        all,
        standby,
        standby_key: if paused {
            "fig:hours.standby"
        } else {
            "line:standby"
        },
    };
    let pay = pay_for(&split.bands, &split.all, p, &split.parts);
    let mut lines = vec![base_wage(&split, &pay), general_supplement(&split, &pay)];
    lines.extend(time_supplements(&split, &pay, hours));
    let standby = standby_pay(&split);
    lines.extend(standby.1);
    let relative = case.file.relative_unemployed();
    let bases = if relative {
        employed_bases_of_a_relative_case(&split, hours)
    } else {
        employed_bases(&pay, standby.0)
    };
    let pension = pension(p, &bases, relative);
    let employed_pay_basis = bases.all_terms();
    let holiday = holiday_pay(p, bases.all(), employed_pay_basis.clone(), relative);
    let holiday_base = bases.all();
    let (pension_amount, holiday_amount) = (pension.amount, holiday.amount);
    lines.push(pension);
    lines.push(holiday);
    let total = sum(&lines);
    Wages {
        total,
        pay: total - pension_amount - holiday_amount,
        pension: pension_amount,
        holiday_pay: holiday_amount,
        employed_pay: ore(holiday_base),
        employed_pay_basis,
        parts: split.parts,
        lines,
    }
}

/// BEK § 5 stk. 1, AST 98-16: the base wage on every band hour.
fn base_wage(x: &Split<'_>, pay: &Pay) -> Line {
    Line::new(
        "base_wage",
        t("Grundløn", "Base wage"),
        pay.base,
        per_part(
            &x.parts,
            &x.all,
            |i| part_key("fig:band_total", "all", i, x.n()),
            |b, i| x.base_term(b.times(), i),
        ),
        x.p.scale.legal.clone(),
    )
    .with_rates(&[&x.p.base_hourly])
}

/// BEK § 5 stk. 2 nr. 2, 3, 5, KL tabel 4: local, function, qualification
/// and seniority supplements as a percent of the base wage.
fn general_supplement(x: &Split<'_>, pay: &Pay) -> Line {
    let p = x.p;
    Line::new(
        "general_supplement",
        t(
            "Generelle tillæg (sted, funktion, kvalifikation, anciennitet)",
            "General supplements (local, function, qualification, seniority)",
        ),
        pay.general,
        per_part(
            &x.parts,
            &x.all,
            |i| part_key("fig:band_total", "all", i, x.n()),
            |b, i| {
                x.pct_term(
                    x.base_term(b.times(), i).times(),
                    &p.general_supplement_pct,
                    i,
                )
            },
        ),
        "BEK § 5 stk. 2 nr. 2, 3, 5; KL tabel 4",
    )
    .with_rates(&[&p.base_hourly, &p.general_supplement_pct])
}

/// BEK § 5 stk. 2 nr. 1, VEJ pkt. 74: a working-time supplement for each
/// band with hours and a supplement.
fn time_supplements(x: &Split<'_>, pay: &Pay, hours: &Hours) -> Vec<Line> {
    let p = x.p;
    pay.time
        .iter()
        .map(|&(band, amount)| {
            let s = p.scale.supplements.get(band);
            let hs = &x.bands[band as usize].1;
            let fig = &p.supplements[band as usize];
            let bi = band as usize;
            let basis = per_part(
                &x.parts,
                hs,
                |i| {
                    part_key(
                        &format!("fig:hours.bands.{bi}.total"),
                        &format!("band.{bi}"),
                        i,
                        x.n(),
                    )
                },
                |b, i| match s.at(x.parts[i].from) {
                    (Some(_), _) => x.pct_term(x.base_term(b.times(), i).times(), fig, i),
                    (None, kr) => b
                        .times()
                        .kr_h(kr.unwrap_or_default())
                        .from_with(|| fig.source_key(Some(x.parts[i].from))),
                },
            );
            Line::new(
                per_band!("supplement.")[band as usize],
                band_text(
                    &band_labels!("Tidsbestemt tillæg, ", "Working-time supplement, "),
                    band,
                    hours.schedule.is_some(),
                ),
                amount,
                basis,
                "BEK § 5 stk. 2 nr. 1; VEJ pkt. 74",
            )
            .with_rates(&[&p.base_hourly, &p.supplements[band as usize]])
        })
        .collect()
}

/// BEK § 5 stk. 3, VEJ pkt. 75: standby at its percent of the base wage,
/// no time supplements. The amount, and its line when there are standby hours.
fn standby_pay(x: &Split<'_>) -> (Decimal, Option<Line>) {
    let p = x.p;
    let amount = ore(x
        .parts
        .iter()
        .zip(&x.standby)
        .map(|(part, &r)| r * p.base_hourly.at(part.from) * pct(p.standby_pct.at(part.from)))
        .sum());
    let total: Decimal = x.standby.iter().sum();
    let line = (!total.is_zero()).then(|| {
        Line::new(
            "standby_pay",
            t("Rådighedsløn", "Standby pay"),
            amount,
            per_part(
                &x.parts,
                &x.standby,
                |i| part_key(x.standby_key, "standby", i, x.n()),
                |b, i| x.pct_term(x.base_term(b.times(), i).times(), &p.standby_pct, i),
            ),
            "BEK § 5 stk. 3; VEJ pkt. 75",
        )
        .with_rates(&[&p.base_hourly, &p.standby_pct])
    });
    (amount, line)
}

/// What pension and holiday pay are paid on, for employed helpers only, with
/// their formulas: the wages without time supplements (base, general
/// supplement, standby), and the time supplements apart, as the scale may
/// have its own pension percent on them (VEJ pkt. 72).
struct Bases {
    wages: Decimal,
    wages_terms: Basis,
    time: Decimal,
    time_terms: Basis,
}

impl Bases {
    /// Holiday pay is paid on all of it (BEK § 5 stk. 5).
    fn all(&self) -> Decimal {
        self.wages + self.time
    }

    fn all_terms(&self) -> Basis {
        if self.time_terms.0.is_empty() {
            self.wages_terms.clone()
        } else {
            self.wages_terms
                .clone()
                .plus()
                .then(self.time_terms.clone())
        }
    }
}

/// The bases for employed helpers: the wage lines as printed (SPEC 10).
fn employed_bases(pay: &Pay, standby: Decimal) -> Bases {
    let mut wages_terms = Basis::new()
        .kr(pay.base)
        .from("line:base_wage")
        .plus()
        .kr(pay.general)
        .from("line:general_supplement");
    if !standby.is_zero() {
        wages_terms = wages_terms.plus().kr(standby).from("line:standby_pay");
    }
    // Each time-supplement line as printed, so the sum can be redone.
    let mut time_terms = Basis::new();
    for (i, &(band, amount)) in pay.time.iter().enumerate() {
        if i > 0 {
            time_terms = time_terms.plus();
        }
        time_terms = time_terms
            .kr(amount)
            .from(per_band!("line:supplement.")[band as usize]);
    }
    Bases {
        wages: pay.base + pay.general + standby,
        wages_terms,
        time: pay.time.iter().map(|(_, a)| *a).sum(),
        time_terms,
    }
}

/// AST 26-17: for kt-relative with the relative as employer, pension and
/// holiday pay price the employed hours `H_b − R_b` themselves, so the
/// formula can be redone from the printed hours; each term per part of the
/// year when a wage figure changes during it.
fn employed_bases_of_a_relative_case(x: &Split<'_>, hours: &Hours) -> Bases {
    let (p, parts) = (x.p, &x.parts);
    let label = |basis: Basis, i: usize| {
        if parts.len() > 1 {
            basis.said(parts[i].label())
        } else {
            basis
        }
    };
    let e: Decimal = hours.bands.iter().map(|h| h.total - h.relative).sum();
    let mut common = Basis::new().word(t("ansatte hjælperes timer:", "employed helpers' hours:"));
    let mut exact = Decimal::ZERO;
    let n = parts.len();
    for (i, e) in by_days(e, parts).into_iter().enumerate() {
        let (b, g) = (x.base(i), p.general_supplement_pct.at(parts[i].from));
        if i > 0 {
            common = common.plus();
        }
        let key = || part_key("fig:employed.total", "employed", i, n);
        common = x
            .base_term(common.hours(e).from_with(key).times(), i)
            .plus();
        common = x.pct_term(
            x.base_term(common.hours(e).from_with(key).times(), i)
                .times(),
            &p.general_supplement_pct,
            i,
        );
        common = label(common, i);
        exact += e * b + e * b * pct(g);
    }
    if !hours.standby.is_zero() {
        for (i, &r) in x.standby.iter().enumerate() {
            let (b, sp) = (x.base(i), p.standby_pct.at(parts[i].from));
            let hours = common
                .plus()
                .hours(r)
                .from_with(|| part_key(x.standby_key, "standby", i, n))
                .times();
            common = label(
                x.pct_term(x.base_term(hours, i).times(), &p.standby_pct, i),
                i,
            );
            exact += r * b * pct(sp);
        }
    }
    let (time_terms, time) = employed_time_supplements(x, hours, &label);
    Bases {
        wages: exact,
        wages_terms: common,
        time,
        time_terms,
    }
}

/// The time supplements of the employed hours `H_b − R_b`, band by band and
/// part by part, exact, with their terms joined by `+`.
fn employed_time_supplements(
    x: &Split<'_>,
    hours: &Hours,
    label: &impl Fn(Basis, usize) -> Basis,
) -> (Basis, Decimal) {
    let mut time_terms = Basis::new();
    let mut time_exact = Decimal::ZERO;
    let n = x.parts.len();
    for h in &hours.bands {
        let eh = h.total - h.relative;
        let bi = h.band as usize;
        let s = x.p.scale.supplements.get(h.band);
        let fig = &x.p.supplements[bi];
        let mut amount = Decimal::ZERO;
        let mut paid = false;
        let mut terms = Basis::new();
        for (i, eh) in by_days(eh, &x.parts).into_iter().enumerate() {
            let b = x.base(i);
            let next = if i == 0 { terms } else { terms.plus() };
            let next = next
                .hours(eh)
                .from_with(|| {
                    part_key(
                        &format!("fig:employed.{bi}"),
                        &format!("employed.{bi}"),
                        i,
                        n,
                    )
                })
                .times();
            terms = match s.at(x.parts[i].from) {
                (Some(pc), _) => {
                    amount += eh * b * pct(pc);
                    paid |= !pc.is_zero();
                    label(x.pct_term(x.base_term(next, i).times(), fig, i), i)
                }
                (None, kr) => {
                    let kr = kr.unwrap_or_default();
                    amount += eh * kr;
                    paid |= !kr.is_zero();
                    let day = x.parts[i].from;
                    label(next.kr_h(kr).from_with(|| fig.source_key(Some(day))), i)
                }
            };
        }
        // Every band with hours and a supplement, even when its employed
        // hours are 0, so the formula keeps its shape when they change.
        if !h.total.is_zero() && paid {
            time_terms = if time_exact.is_zero() {
                terms
            } else {
                time_terms.plus().then(terms)
            };
            time_exact += amount;
        }
    }
    (time_terms, time_exact)
}

/// BEK § 5 stk. 2 nr. 4: the pension percent of the wages, and where the
/// scale has one, its own percent of the time supplements as a term of its
/// own (VEJ pkt. 72); AST 26-17: none on a relative recipient's own hours.
fn pension(p: &Params, bases: &Bases, relative: bool) -> Line {
    let mut amount = bases.wages * pct(p.pension_pct.value);
    let mut basis = Basis::new()
        .pct(p.pension_pct.value)
        .from_with(|| p.pension_pct.source_key(None))
        .times()
        .open()
        .then(bases.wages_terms.clone())
        .close();
    let mut rates = vec![&p.pension_pct];
    if let Some(time_pct) = &p.pension_time_pct
        && !bases.time.is_zero()
        && !time_pct.value.is_zero()
    {
        amount += bases.time * pct(time_pct.value);
        basis = basis
            .plus()
            .pct(time_pct.value)
            .from_with(|| time_pct.source_key(None))
            .times()
            .open()
            .then(bases.time_terms.clone())
            .close();
        rates.push(time_pct);
    }
    Line::new(
        "pension",
        t("Arbejdsmarkedspension", "Occupational pension"),
        ore(amount),
        basis,
        match (relative, rates.len() > 1) {
            (false, false) => "BEK § 5 stk. 2 nr. 4",
            (false, true) => "BEK § 5 stk. 2 nr. 4; VEJ pkt. 72",
            (true, false) => "BEK § 5 stk. 2 nr. 4; AST 26-17",
            (true, true) => "BEK § 5 stk. 2 nr. 4; VEJ pkt. 72; AST 26-17",
        },
    )
    .with_rates(&rates)
}

/// BEK § 5 stk. 5, VEJ pkt. 76, ferieloven: holiday pay on every wage,
/// never on pension (AST 26-17: none on a relative recipient's own hours).
fn holiday_pay(p: &Params, base: Decimal, terms: Basis, relative: bool) -> Line {
    Line::new(
        "holiday_pay",
        t("Feriegodtgørelse", "Holiday pay"),
        ore(base * pct(p.holiday_pct.value)),
        Basis::new()
            .pct(p.holiday_pct.value)
            .from_with(|| p.holiday_pct.source_key(None))
            .times()
            .open()
            .then(terms)
            .close(),
        if relative {
            "BEK § 5 stk. 5; VEJ pkt. 76; ferieloven; AST 26-17"
        } else {
            "BEK § 5 stk. 5; VEJ pkt. 76; ferieloven"
        },
    )
    .with_rates(&[&p.holiday_pct])
}
