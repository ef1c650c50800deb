//! A regulation as the other reports show a comparison: a document for the
//! text table, one JSON object, and one row per case for a folder (CSV or
//! JSON lines). These only read a [`Regulation`].

use rust_decimal::Decimal;
use serde_json::{Value, json};

use crate::error::shown;
use crate::money::ore;
use crate::report::csv::{Cell, Row};
use crate::report::doc::attachment::date;
use crate::report::doc::payments::month_name;
use crate::report::doc::{Doc, Kind, Section, Table};
use crate::report::json::dec;
use crate::report::{Lang, money};
use crate::runs::batch::Outcome;
use crate::runs::regulate::{MonthChange, Regulation};

/// The legal ground of a regulation during the year.
pub const LEGAL: &str = "BEK § 3 stk. 1; VEJ pkt. 97–98; AST 93-12";

/// A change with its sign: `+1.234,50`, `-12,00`, `0,00`.
fn signed(v: Decimal, lang: Lang) -> String {
    let s = money(v, lang);
    if ore(v) > Decimal::ZERO {
        format!("+{s}")
    } else {
        s
    }
}

/// `maj 2025`, `May 2025`.
fn month(m: &MonthChange, lang: Lang) -> String {
    format!(
        "{} {}",
        month_name(m.month.saturating_sub(1) as usize, lang),
        m.year
    )
}

/// `bpa regulate CASE`: the two budgets, the months from the date with the
/// old payment, its part from the date, the new payment and the change,
/// then the new monthly payment and the difference for the rest of the year.
#[must_use]
pub fn doc(r: &Regulation, lang: Lang) -> Doc {
    let mut doc = Doc {
        title: Some(match lang {
            Lang::Da => format!("Regulering af tilskuddet fra {}", date(r.date, lang)),
            Lang::En => format!("Regulation of the grant from {}", date(r.date, lang)),
        }),
        lead: lead(r, lang),
        ..Doc::default()
    };
    let title = lang.say(
        "Udbetalinger fra datoen, måned for måned",
        "Payments from the date, month by month",
    );
    doc.section(
        Section::new(title)
            .table(months(r, lang))
            .para(summary(r, lang)),
    );
    if let Some(fall) = &r.reduction {
        doc.section(
            Section::new(lang.say("Nedsættelse og varsel", "Reduction and notice"))
                .para(format!(
                    "{}. {}",
                    crate::report::words::reduction_notice(fall, lang),
                    lang.say(
                        "Den lavere udbetaling har først virkning 14 uger efter, at borgeren har modtaget afgørelsen om reguleringen (SEL § 3 a; VEJ pkt. 39–40).",
                        "The lower payment takes effect only 14 weeks after the citizen has received the decision on the regulation (SEL § 3 a; VEJ pkt. 39–40).",
                    )
                )),
        );
    }
    doc
}

/// The case and the two rate tables with their grants for the whole period.
fn lead(r: &Regulation, lang: Lang) -> Vec<String> {
    let kr = lang.say("kr.", "DKK");
    match lang {
        Lang::Da => vec![
            format!("Sag: {}, bevillingsår {}", r.id, r.year),
            format!(
                "Gamle satser: {}; tilskud for hele perioden {} {kr}",
                r.old_rates,
                money(r.old_total, lang)
            ),
            format!(
                "Nye satser: {} fra {}; tilskud for hele perioden, reguleret (gamle satser før datoen, nye fra den) {} {kr}; vist til {}",
                r.new_rates,
                date(r.from, lang),
                money(r.new_total, lang),
                date(r.to, lang)
            ),
        ],
        Lang::En => vec![
            format!("Case: {}, grant year {}", r.id, r.year),
            format!(
                "Old rates: {}; grant for the whole period {kr} {}",
                r.old_rates,
                money(r.old_total, lang)
            ),
            format!(
                "New rates: {} from {}; grant for the whole period, regulated (the old rates before the date, the new from it) {kr} {}; shown to {}",
                r.new_rates,
                date(r.from, lang),
                money(r.new_total, lang),
                date(r.to, lang)
            ),
        ],
    }
}

/// The months from the date: old and new payment, their parts from the
/// date and the change, with the totals.
fn months(r: &Regulation, lang: Lang) -> Table {
    let mut t = Table::new(&[
        (lang.say("Måned", "Month"), Kind::Text),
        (lang.say("Gammel udbetaling", "Old payment"), Kind::Amount),
        (
            lang.say("Dage fra datoen", "Days from the date"),
            Kind::Number,
        ),
        (
            lang.say("Gammel fra datoen", "Old from the date"),
            Kind::Amount,
        ),
        (lang.say("Ændring", "Change"), Kind::Amount),
        (lang.say("Ny fra datoen", "New from the date"), Kind::Amount),
        (lang.say("Ny udbetaling", "New payment"), Kind::Amount),
    ]);
    for m in &r.months {
        t.row([
            month(m, lang),
            money(m.old_payment, lang),
            format!("{} / {}", m.days, m.of),
            money(m.old, lang),
            signed(m.change(), lang),
            money(m.new, lang),
            money(m.new_payment, lang),
        ]);
    }
    t.total([
        lang.say("I alt", "Total").to_string(),
        String::new(),
        String::new(),
        money(r.old_rest(), lang),
        signed(r.difference(), lang),
        money(r.new_rest(), lang),
        String::new(),
    ]);
    t
}

/// The new monthly payment and the difference for the rest of the period
/// (BEK § 3 stk. 1; VEJ pkt. 97–98; AST 93-12).
fn summary(r: &Regulation, lang: Lang) -> String {
    let kr = lang.say("kr.", "DKK");
    let mut summary = match (r.new_monthly(), lang) {
        (Some(m), Lang::Da) => format!(
            "Ny månedlig udbetaling fra {}: {} {kr} ({} {kr} i forhold til før).",
            month(m, lang),
            money(m.new, lang),
            signed(m.change(), lang)
        ),
        (Some(m), Lang::En) => format!(
            "New monthly payment from {}: {kr} {} ({kr} {} against before).",
            month(m, lang),
            money(m.new, lang),
            signed(m.change(), lang)
        ),
        (None, Lang::Da) => "Ingen hel måned tilbage af perioden.".to_string(),
        (None, Lang::En) => "No whole month is left of the period.".to_string(),
    };
    summary.push('\n');
    summary.push_str(&match lang {
        Lang::Da => format!(
            "Forskel for resten af perioden: {} − {} = {} {kr}, fordelt på månederne fra datoen efter deres dage; hver ny udbetaling er den gamle plus ændringen ({LEGAL}).",
            money(r.new_total, lang),
            money(r.old_total, lang),
            signed(r.difference(), lang)
        ),
        Lang::En => format!(
            "Difference for the rest of the period: {} − {} = {kr} {}, spread over the months from the date by their days; each new payment is the old one plus the change ({LEGAL}).",
            money(r.new_total, lang),
            money(r.old_total, lang),
            signed(r.difference(), lang)
        ),
    });
    summary
}

fn amount(v: Decimal) -> Value {
    dec(ore(v), 2)
}

/// `bpa regulate CASE --format json`: one object with exact decimal amounts.
#[must_use]
pub fn to_value(r: &Regulation) -> Value {
    json!({
        "id": r.id,
        "year": r.year,
        "date": r.date.to_string(),
        "legal": LEGAL,
        "old": {
            "rates": r.old_rates,
            "grant_total": amount(r.old_total),
        },
        "new": {
            "rates": r.new_rates,
            "grant_total": amount(r.new_total),
        },
        "from": r.from.to_string(),
        "to": r.to.to_string(),
        "months": r.months.iter().map(|m| json!({
            "year": m.year,
            "month": m.month,
            "old_payment": amount(m.old_payment),
            "new_payment": amount(m.new_payment),
            "days": m.days,
            "of": m.of,
            "old": amount(m.old),
            "new": amount(m.new),
            "change": amount(m.change()),
        })).collect::<Vec<_>>(),
        "new_monthly": r.new_monthly().map(|m| json!({
            "year": m.year,
            "month": m.month,
            "old": amount(m.old),
            "new": amount(m.new),
            "change": amount(m.change()),
        })),
        "old_rest": amount(r.old_rest()),
        "new_rest": amount(r.new_rest()),
        "difference": amount(r.difference()),
        "reduction_notice": r.reduction.is_some(),
    })
}

/// The columns of `bpa regulate FOLDER` (CSV and JSON lines).
pub const COLUMNS: &[&str] = &[
    "id",
    "file",
    "date",
    "old_rates",
    "new_rates",
    "old_grant_total",
    "new_grant_total",
    "first_whole_month",
    "old_monthly",
    "new_monthly",
    "monthly_change",
    "old_rest",
    "new_rest",
    "difference",
    "error",
    "notice",
];

impl Row for Regulation {
    const COLUMNS: &'static [&'static str] = COLUMNS;
    fn cells(outcome: &Outcome<Regulation>) -> Option<Vec<Cell<'_>>> {
        let (file, r) = match outcome {
            Outcome::Done(file, r) => (file, r),
            Outcome::Failed { file, case, error } => {
                let id = case.as_ref().and_then(|c| c.id.as_deref());
                return Some(
                    COLUMNS
                        .iter()
                        .map(|c| match *c {
                            "id" => id.map_or(Cell::Empty, Cell::Text),
                            "file" => Cell::Owned(shown(file)),
                            "error" => Cell::Error(error),
                            _ => Cell::Empty,
                        })
                        .collect(),
                );
            }
            Outcome::Skipped(..) => return None,
        };
        let m = r.new_monthly();
        let num = |f: fn(&MonthChange) -> Decimal| m.map_or(Cell::Empty, |m| Cell::Num(f(m)));
        Some(vec![
            Cell::Text(&r.id),
            Cell::Owned(shown(file)),
            Cell::Owned(r.date.to_string()),
            Cell::Text(&r.old_rates),
            Cell::Text(&r.new_rates),
            Cell::Num(r.old_total),
            Cell::Num(r.new_total),
            m.map_or(Cell::Empty, |m| {
                Cell::Owned(format!("{}-{:02}", m.year, m.month))
            }),
            num(|m| m.old),
            num(|m| m.new),
            num(MonthChange::change),
            Cell::Num(r.old_rest()),
            Cell::Num(r.new_rest()),
            Cell::Num(r.difference()),
            Cell::Empty,
            Cell::Bool(r.reduction.is_some()),
        ])
    }
}

/// `bpa regulate FOLDER`: one line per case, then the cases that failed.
#[must_use]
pub fn folder_doc(rows: &[Outcome<Regulation>], lang: Lang) -> Doc {
    let mut t = Table::new(&[
        (lang.say("Sag", "Case"), Kind::Text),
        (lang.say("Fil", "File"), Kind::Text),
        (
            lang.say("Første hele måned", "First whole month"),
            Kind::Text,
        ),
        (lang.say("Gammel udbetaling", "Old payment"), Kind::Amount),
        (lang.say("Ny udbetaling", "New payment"), Kind::Amount),
        (
            lang.say("Ændring pr. måned", "Change per month"),
            Kind::Amount,
        ),
        (
            lang.say("Forskel resten af året", "Rest of the year"),
            Kind::Amount,
        ),
    ]);
    let (mut done, mut failed) = (0, Vec::new());
    let dash = || "—".to_string();
    for row in rows {
        match row {
            Outcome::Done(file, r) => {
                done += 1;
                let m = r.new_monthly();
                t.row([
                    r.id.clone(),
                    shown(file),
                    m.map_or_else(dash, |m| month(m, lang)),
                    m.map_or_else(dash, |m| money(m.old, lang)),
                    m.map_or_else(dash, |m| money(m.new, lang)),
                    m.map_or_else(dash, |m| signed(m.change(), lang)),
                    signed(r.difference(), lang),
                ]);
            }
            Outcome::Failed { error, .. } => failed.push(error.one_line()),
            Outcome::Skipped(..) => {}
        }
    }
    let mut doc = Doc::default();
    let mut summary = match lang {
        Lang::Da => format!(
            "{done} {} reguleret, {} kunne ikke reguleres ({LEGAL}).",
            if done == 1 { "sag" } else { "sager" },
            failed.len()
        ),
        Lang::En => format!(
            "{done} {} regulated, {} could not be regulated ({LEGAL}).",
            if done == 1 { "case" } else { "cases" },
            failed.len()
        ),
    };
    for e in failed {
        summary.push_str(&format!("\n- {e}"));
    }
    doc.section(Section::new(lang.say("Regulering pr. sag", "Regulation by case")).table(t));
    doc.para(summary);
    doc
}
