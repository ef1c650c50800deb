//! `--format json` (SPEC 12): English snake_case keys, amounts as exact
//! decimal number literals (never through floating point).

use std::str::FromStr;

use rust_decimal::Decimal;
use serde_json::{Map, Number, Value, json};

use super::{Lang, basis};
use crate::budget::Budget;
use crate::calc::Line;
use crate::calc::reduction::{NOTICE_WEEKS, Unit};
use crate::calc::totals::Payment;
use crate::money::ore;
use crate::rates::Fig;
use crate::runs::diff::{Diff, Side};
use crate::runs::settle::Account;

/// An exact decimal as a JSON number literal with `dp` decimals.
#[must_use]
pub fn dec(value: Decimal, dp: u32) -> Value {
    let v = crate::money::round(value, dp);
    Number::from_str(&v.to_string()).map_or(Value::Null, Value::Number)
}

fn money(value: Decimal) -> Value {
    dec(ore(value), 2)
}

fn line(l: &Line, lang: Lang) -> Value {
    json!({
        "key": l.key,
        "label": lang.pick(&l.label),
        "amount": money(l.amount),
        "basis": basis(&l.basis, lang),
        "expr": l.basis.expr(),
        "legal": l.legal,
        "rates": l.rates.iter().map(|f| rate(f)).collect::<Vec<_>>(),
    })
}

/// A figure a line used; a dated figure also with `values`, each with its
/// `from` date, value, source and verified flag (`value` is the first).
fn rate(f: &Fig) -> Value {
    let num = |v: Decimal| {
        Value::Number(
            Number::from_str(&v.normalize().to_string()).unwrap_or_else(|_| Number::from(0)),
        )
    };
    let mut out = json!({
        "path": f.path,
        "value": num(f.value),
        "source": f.source,
        "verified": f.verified,
    });
    if !f.values.is_empty()
        && let Value::Object(o) = &mut out
    {
        o.insert(
            "values".into(),
            f.values
                .iter()
                .map(|v| {
                    json!({
                        "from": v.from.format("%Y-%m-%d").to_string(),
                        "value": num(v.value),
                        "source": v.source,
                        "verified": v.verified,
                    })
                })
                .collect(),
        );
    }
    out
}

fn lines(ls: &[Line], lang: Lang) -> Vec<Value> {
    ls.iter().map(|l| line(l, lang)).collect()
}

/// The budget as one JSON object, section by section.
#[must_use]
pub fn to_value(b: &Budget, lang: Lang) -> Value {
    let mut out = Map::new();
    out.insert("id".into(), json!(b.id));
    out.insert("year".into(), json!(b.year));
    out.insert("scheme".into(), json!(b.scheme.key()));
    out.insert("employer".into(), json!(b.employer.key()));
    out.insert(
        "rates".into(),
        json!({ "origin": b.rates_origin, "wage_scale": b.wage_scale, "area_group": b.area_group }),
    );
    out.insert("period".into(), period(b));
    out.insert(
        "deviations".into(),
        serde_json::to_value(&b.deviations).unwrap_or(Value::Null),
    );
    out.insert("hours".into(), hours(b, lang));
    out.insert("wages".into(), wages(b, lang));
    out.insert("contributions".into(), contributions(b, lang));
    out.insert("employer_tasks".into(), employer_tasks(b, lang));
    out.insert(
        "special_costs".into(),
        json!({ "lines": lines(&b.special_costs.lines, lang), "total": money(b.special_costs.total) }),
    );
    out.insert(
        "other_costs".into(),
        json!({ "lines": lines(&b.other_costs.lines, lang), "total": money(b.other_costs.total) }),
    );
    out.insert("totals".into(), totals(b, lang));
    out.insert("cap".into(), cap(b, lang));
    out.insert("respirator".into(), respirator(b));
    out.insert("after_invoice".into(), after_invoice(b, lang));
    out.insert(
        "warnings".into(),
        Value::Array(b.warnings.iter().map(|w| json!({ "code": w.code, "message": crate::report::words::warning(w, lang), "legal": w.legal })).collect()),
    );
    out.insert("transition".into(), transition(b, lang));
    out.insert("notes".into(), notes(b, lang));
    Value::Object(out)
}

/// The grant period: its dates, days and weeks.
fn period(b: &Budget) -> Value {
    let p = &b.period;
    json!({
        "from": p.from.to_string(),
        "to": p.to.to_string(),
        "days": p.days,
        "year_days": p.year_days,
        "weeks": money(p.weeks),
        "months": money(p.month_count()),
        "end": p.end,
        "ending": p.ending,
    })
}

/// The hour allocation: lines, hours by band, the schedule if any, totals.
fn hours(b: &Budget, lang: Lang) -> Value {
    let h = &b.hours;
    json!({
        "lines": lines(&h.lines, lang),
        "bands": h.bands.iter().map(|x| json!({
            "band": x.band.key(),
            "need": money(x.need),
            "full_cover": money(x.full_cover),
            "double_cover_weeks": money(x.double_cover_weeks),
            "extras": money(x.extras),
            "meetings": money(x.meetings),
            "total": money(x.total),
            "relative_own_care": money(x.relative),
        })).collect::<Vec<_>>(),
        "schedule": h.schedule.as_ref().map(|s| json!({
            "days": s.days,
            "entries": s.entries.iter().zip(&s.shifts).map(|(e, hours)| json!({
                "days": e.days,
                "from": e.from,
                "to": e.to,
                "helpers": e.helpers,
                "hours": money(*hours),
            })).collect::<Vec<_>>(),
            "holidays": s.holidays.iter().map(|x| json!({
                "date": x.date.to_string(),
                "name": lang.pick(&x.name),
                "weekday": lang.pick(&crate::calc::calendar::weekday_name(chrono::Datelike::weekday(&x.date))),
            })).collect::<Vec<_>>(),
            "part_days": s.part_days.iter().map(|x| json!({
                "date": x.date.to_string(),
                "name": lang.pick(&x.name),
                "weekday": lang.pick(&crate::calc::calendar::weekday_name(chrono::Datelike::weekday(&x.date))),
                "from": x.from,
            })).collect::<Vec<_>>(),
        })),
        "standby": money(h.standby),
        "total": money(h.total),
        "per_week": money(h.per_week),
        "weekly_need": money(h.weekly_need),
        "employed": money(h.employed),
    })
}

/// The wage budget (BEK § 5).
fn wages(b: &Budget, lang: Lang) -> Value {
    json!({
        "lines": lines(&b.wages.lines, lang),
        "total": money(b.wages.total),
        "pay": money(b.wages.pay),
        "pension": money(b.wages.pension),
        "holiday_pay": money(b.wages.holiday_pay),
    })
}

/// The statutory contributions and the full-time equivalents (BEK § 5 stk. 5; KL 3.4.3).
fn contributions(b: &Budget, lang: Lang) -> Value {
    json!({
        "lines": lines(&b.contributions.lines, lang),
        "total": money(b.contributions.total),
        "fte": dec(b.contributions.fte, 4),
        "fte_fraction": { "atp": money(b.contributions.atp), "months": 12, "full_monthly_atp": money(b.contributions.atp_full) },
        "hours_per_helper_month": money(b.contributions.hours_per_helper_month),
        "not_paid": b.contributions.excluded.iter().map(|x| json!({
            "key": x.key,
            "label": lang.pick(&x.name),
            "applies_when": x.applies_when.as_ref().map(|w| lang.pick(w)),
            "legal": "BEK § 3 stk. 3",
        })).collect::<Vec<_>>(),
    })
}

/// The employer-task subsidy and its model (BEK § 8).
fn employer_tasks(b: &Budget, lang: Lang) -> Value {
    let et = &b.employer_tasks;
    json!({
        "model": et.model.map(|m| m.key()),
        "lines": lines(&et.lines, lang),
        "total": money(et.total),
    })
}

/// The grant total (BEK §§ 4–10) and the payments (SEL § 96 a stk. 2; BEK § 11).
fn totals(b: &Budget, lang: Lang) -> Value {
    let t = &b.totals;
    json!({
        "cost": money(t.cost),
        "cap_reduction": money(t.cap_reduction),
        "price_reduction": money(t.price_reduction),
        "lines": t.cap_line.iter().chain(&t.price_line).chain(&t.after_end).map(|l| line(l, lang)).collect::<Vec<_>>(),
        "level_total": money(t.level_total),
        "previous_help": b.transition.as_ref().map(|tr| money(tr.total - t.level_total)),
        "grant_total": money(t.grant_total),
        "legal": "BEK §§ 4–10",
        "monthly": t.monthly.iter().map(|m| money(*m)).collect::<Vec<_>>(),
        "payments": t.payments.iter().map(payment).collect::<Vec<_>>(),
        "employer_part": money(t.employer_part),
        "recipient_part": money(t.recipient_part),
        "offset_from_employer": money(t.offset_from_employer),
        "payees_differ": t.payees_differ,
        "payment_legal": "SEL § 96 a stk. 2; BEK § 11; VEJ pkt. 93–96",
        "timing": t.timing,
        "other_costs_to_citizen": money(t.other_costs_to_citizen),
        "other_costs_monthly": t.other_costs_monthly.iter().map(|m| money(*m)).collect::<Vec<_>>(),
    })
}

/// A month's payment by payee.
fn payment(p: &Payment) -> Value {
    json!({
        "month": p.month,
        "year": p.year,
        "employer_part": money(p.employer_part),
        "recipient_part": money(p.recipient_part),
    })
}

/// The per-hour cap check (BEK § 3 stk. 4; VEJ pkt. 62; KL 3.4.2).
fn cap(b: &Budget, lang: Lang) -> Value {
    let c = &b.cap;
    json!({
        "cost_per_hour": money(c.cost_per_hour),
        "cap_hourly": c.cap_hourly.map(money),
        "headroom": c.headroom.map(money),
        "headroom_pct": c.headroom_pct.map(money),
        "verdict": c.verdict,
        "basis": basis(&c.basis, lang),
        "legal": "BEK § 3 stk. 4; VEJ pkt. 62; KL 3.4.2",
    })
}

/// The split with the region (KL 3.3.3; VEJ pkt. 92), or `null`.
fn respirator(b: &Budget) -> Value {
    b.respirator.as_ref().map_or(Value::Null, |r| {
        json!({ "region_pct": dec(r.region_pct, 2), "shared": money(r.shared), "region": money(r.region), "municipality": money(r.municipality), "legal": "KL 3.3.3; VEJ pkt. 92" })
    })
}

/// The costs covered after invoice (BEK § 4 stk. 2).
fn after_invoice(b: &Budget, lang: Lang) -> Value {
    Value::Array(
        b.after_invoice
            .iter()
            .map(|a| json!({ "key": a.key, "label": lang.pick(&a.label), "rule": crate::report::after_invoice_rule(a, lang), "legal": a.legal, "estimate": a.estimate.map(money) }))
            .collect(),
    )
}

/// A reduction under notice (SEL § 3 a; VEJ pkt. 39–40), or `null`.
fn transition(b: &Budget, lang: Lang) -> Value {
    b.transition.as_ref().map_or(Value::Null, |tr| {
        json!({
            "received": tr.received.to_string(),
            "decision": tr.received.to_string(),
            "effective": tr.effective.to_string(),
            "previous": line(&tr.previous, lang),
            "lines": lines(&tr.lines, lang),
            "total": money(tr.total),
            "legal": "SEL § 3 a; VEJ pkt. 39–40",
        })
    })
}

/// The notes on the rate table, with the figures they concern.
fn notes(b: &Budget, lang: Lang) -> Value {
    Value::Array(
        b.notes
            .iter()
            .map(|n| json!({
                "code": n.code,
                "message": crate::report::words::note(n, lang),
                "figures": n.figures.iter().map(|f| json!({ "path": f.path, "source": f.source })).collect::<Vec<_>>(),
            }))
            .collect(),
    )
}

/// Any JSON value pretty-printed, with a final line break.
#[must_use]
pub fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// Pretty-printed JSON text.
#[must_use]
pub fn render(b: &Budget, lang: Lang) -> String {
    pretty(&to_value(b, lang))
}

/// `bpa diff` as one JSON object: both sides, every line with old, new,
/// change and change in percent, and the reduction notice or `null`.
#[must_use]
pub fn diff_to_value(d: &Diff, lang: Lang) -> Value {
    let unit = |u: Unit| match u {
        Unit::Kroner => "dkk",
        Unit::Hours => "hours",
    };
    let side = |s: &Side| json!({ "file": s.file, "id": s.id, "year": s.year, "basis": s.basis });
    json!({
        "old": side(&d.old),
        "new": side(&d.new),
        "sections": d.sections.iter().map(|s| json!({
            "section": s.key,
            "title": lang.pick(&s.title),
            "lines": s.lines.iter().map(|l| json!({
                "key": l.key,
                "label": lang.pick(&l.label),
                "unit": unit(l.unit),
                "old": l.old.map(money),
                "new": l.new.map(money),
                "change": money(l.change()),
                "change_pct": l.change_pct().map(money),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "reduction": d.reduction.as_ref().map(|r| json!({
            "notice_weeks": NOTICE_WEEKS,
            "legal": "SEL § 3 a",
            "falls": r.falls.iter().map(|f| json!({
                "what": lang.pick(&f.what),
                "unit": unit(f.unit),
                "old": money(f.old),
                "new": money(f.new),
            })).collect::<Vec<_>>(),
        })),
    })
}

/// Pretty-printed JSON of a comparison.
#[must_use]
pub fn render_diff(d: &Diff, lang: Lang) -> String {
    pretty(&diff_to_value(d, lang))
}

/// `bpa settle` as one JSON object: the bands with their cost of an hour,
/// the settlement's lines (hours and kroner, each with `basis` and `expr`),
/// and what the account comes to.
#[must_use]
pub fn account_to_value(a: &Account, lang: Lang) -> Value {
    let settle_line = |l: &Line, unit: &str| {
        json!({
            "key": l.key,
            "label": lang.pick(&l.label),
            "amount": money(l.amount),
            "unit": unit,
            "basis": basis(&l.basis, lang),
            "expr": l.basis.expr(),
            "legal": l.legal,
        })
    };
    let mut settlement = Vec::new();
    for p in &a.pools {
        settlement.push(settle_line(&p.unused, "hours"));
        settlement.extend(p.unused_value.iter().map(|l| settle_line(l, "kr")));
        settlement.extend(p.over.iter().map(|l| settle_line(l, "hours")));
        settlement.extend(p.over_value.iter().map(|l| settle_line(l, "kr")));
    }
    json!({
        "id": a.id,
        "year": a.year,
        "bands": a.bands.iter().map(|b| json!({
            "band": b.key,
            "label": lang.pick(&b.label),
            "granted": money(b.granted),
            "used": money(b.used),
            "unused": money(b.unused()),
            "over": money(b.over()),
            "cost_per_hour": money(b.cost_per_hour),
            "cost_basis": basis(&b.cost_basis, lang),
            "cost_expr": b.cost_basis.expr(),
        })).collect::<Vec<_>>(),
        "granted": money(a.granted),
        "used": money(a.used),
        "unused": money(a.unused_hours()),
        "over": money(a.over_hours()),
        "flexible_between_bands": "VEJ pkt. 74",
        "lines": settlement,
        "value": money(a.value),
        "result": a.result,
        "repayment": money(a.repayment),
        "carried_over": money(a.carried_over),
        "overspend": money(a.overspend),
        "offset_in_next_payment": (a.result == crate::runs::settle::Balance::Repay)
            .then_some("VEJ pkt. 105; KL 3.7.3"),
        "saving_hours": "VEJ pkt. 105",
        "not_settled": {
            "employer_tasks": money(a.employer_tasks),
            "other_costs": money(a.other_costs),
            "legal": "VEJ pkt. 101–102",
        },
        "reimbursed": a.reimbursed.iter().map(|r| json!({
            "key": r.key,
            "label": lang.pick(&r.label),
            "legal": r.legal,
            "amount": money(r.amount),
        })).collect::<Vec<_>>(),
        "reimbursed_total": money(a.reimbursed_total),
        "warnings": a.warnings.iter().map(|w| json!({
            "code": w.code,
            "message": crate::report::words::warning(w, lang),
            "legal": w.legal,
        })).collect::<Vec<_>>(),
        "legal": "BEK §§ 14–15; VEJ pkt. 74, 99–105; KL 3.7",
    })
}
