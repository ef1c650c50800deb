//! The attachment to a decision letter (`--format html`, `--format md`):
//! the full budget in the citizen's words, and what the decision must
//! explain beside it, each point with its legal ground. No internal key,
//! warning code or note about the rate table reaches it; those are for the
//! caseworker's `calc` output.

use rust_decimal::Decimal;

use super::budget;
use super::costs;
use super::lines::lines_section;
use super::notices::{self, Reader};
use super::payments::transition_section;
use super::{Bar, Chart, ChartKind, Doc, Kind, Section, Table, names};
use crate::budget::Budget;
use crate::budget::decision::Facts;
use crate::calc::hours::Hours;
use crate::calc::schedule::ScheduleHours;
use crate::calc::totals::Verdict;
use crate::case::{AdminModel, Band, Scheme};
use crate::rates::{WindowDay, Windows};
use crate::report::{Lang, admin_model_name, employer_name, money, number, scheme_name};

use Kind::Text;

pub use super::dates::{date, month_year};

fn pick(lang: Lang, da: String, en: String) -> String {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// A budget section for the citizen: the same lines without the
/// caseworker's notes (rate keys and whether figures are verified).
fn plain(mut s: Section) -> Section {
    for body in &mut s.body {
        if let super::Body::Table(t) = body {
            for r in &mut t.rows {
                r.notes.clear();
            }
        }
    }
    s
}

/// The days of a band window in words: `man–fre`, `lør`, `søn og helligdage`.
fn days(ds: &[WindowDay], lang: Lang) -> String {
    use WindowDay::{Fri, Holiday, Mon, Sat, Sun, Thu, Tue, Wed};
    let week = [Mon, Tue, Wed, Thu, Fri];
    let has = |d: WindowDay| ds.contains(&d);
    let mut parts: Vec<&str> = Vec::new();
    if week.iter().all(|d| has(*d)) && has(Sat) && has(Sun) {
        parts.push(lang.say("alle dage", "every day"));
    } else {
        if week.iter().all(|d| has(*d)) {
            parts.push(lang.say("man–fre", "Mon–Fri"));
        } else {
            for (d, da, en) in [
                (Mon, "man", "Mon"),
                (Tue, "tir", "Tue"),
                (Wed, "ons", "Wed"),
                (Thu, "tor", "Thu"),
                (Fri, "fre", "Fri"),
            ] {
                if has(d) {
                    parts.push(lang.say(da, en));
                }
            }
        }
        if has(Sat) {
            parts.push(lang.say("lør", "Sat"));
        }
        if has(Sun) {
            parts.push(lang.say("søn", "Sun"));
        }
    }
    if has(Holiday) {
        parts.push(lang.say("helligdage", "public holidays"));
    }
    parts.join(lang.say(" og ", " and "))
}

/// The bands a schedule is laid on as clock hours, from the wage scale's
/// working-time agreement: only the bands it has hours in, named as the
/// budget names them (a schedule's night band holds every night); none
/// where the schedule falls in no supplement band's window.
fn clock_hours(w: &Windows, s: &ScheduleHours, h: &Hours, lang: Lang) -> Option<String> {
    let used = |band: Band| !s.bands[band as usize].is_zero();
    let mut out: Vec<String> = Vec::new();
    for band in [
        Band::WeekdayEvening,
        Band::WeekdayNight,
        Band::Saturday,
        Band::SundayHoliday,
    ] {
        let spans: Vec<String> = w
            .of(band)
            .iter()
            .map(|x| {
                format!(
                    "{} {}–{}",
                    days(&x.days, lang),
                    x.from.replace(':', "."),
                    x.to.replace(':', ".")
                )
            })
            .collect();
        if used(band) && !spans.is_empty() {
            out.push(format!(
                "{}: {}",
                lang.pick(&h.band_label(band)),
                spans.join(", ")
            ));
        }
    }
    if out.is_empty() {
        return None;
    }
    if used(Band::WeekdayDay) {
        out.push(format!(
            "{}: {}",
            lang.pick(&h.band_label(Band::WeekdayDay)),
            lang.say("alle øvrige timer", "all other hours")
        ));
    }
    Some(out.join("; "))
}

/// A deviation's value in words: a number in the output language, a
/// known choice by its name, anything else as "see the decision".
fn deviation_value(key: &str, value: &str, lang: Lang) -> String {
    if let Ok(d) = value.parse::<Decimal>() {
        let d = d.normalize();
        return number(d, d.scale(), lang);
    }
    if key == "admin_model" {
        let m = match value {
            "tasks" => Some(AdminModel::Tasks),
            "overhead" => Some(AdminModel::Overhead),
            "per_hour" => Some(AdminModel::PerHour),
            "amount" => Some(AdminModel::Amount),
            _ => None,
        };
        if let Some(m) = m {
            return admin_model_name(m, lang).to_string();
        }
    }
    lang.say("se afgørelsen", "see the decision").to_string()
}

/// The whole attachment, section by section in print order.
#[must_use]
pub fn build(b: &Budget, f: &Facts, lang: Lang) -> Doc {
    let mut doc = Doc {
        title: Some(
            lang.say(
                "Bilag til afgørelsen: beregning af tilskuddet",
                "Attachment to the decision: how the grant is calculated",
            )
            .to_string(),
        ),
        lead: lead(b, f, lang),
        blocks: Vec::new(),
        running: Some(running(f, lang)),
    };
    doc.section(hours_section(b, f, lang));
    doc.section(budget::bands_section(b, lang));
    if let Some(s) = deviations(b, lang) {
        doc.section(s);
    }
    doc.section(wage_basis(b, lang));
    if let Some(s) = notices::relative_hours(f, lang) {
        doc.section(s);
    }
    // Contributions, employer tasks and other costs as the budget shows them.
    doc.section(plain(costs::contributions_section(b, lang)));
    doc.section(plain(costs::employer_tasks_section(b, true, lang)));
    if let Some(s) = costs::special_costs_section(b, lang) {
        doc.section(plain(s));
    }
    doc.section(plain(costs::other_costs_section(b, lang)));
    doc.section(grant_total(b, lang));
    doc.section(super::payees::section(b, f, lang));
    // A reduction under notice: the previous level until it takes effect.
    if let Some(tr) = &b.transition {
        doc.section(transition_section(b, tr, lang));
    }
    if let Some(s) = after_invoice(b, lang) {
        doc.section(s);
    }
    if let Some(s) = cap(b, lang) {
        doc.section(s);
    }
    if let Some(r) = &b.respirator {
        doc.section(budget::region_section(r, lang));
    }
    let reader = Reader::of(b);
    doc.section(notices::yearly_account(b, reader, lang));
    if let Some(r) = &f.reduction {
        doc.section(notices::reduction_notice(r, f.received, lang));
    }
    doc.section(super::stays::section(b, lang));
    doc.section(super::sources::rates_section(b, lang));
    doc.section(notices::complaint(f, reader, lang));
    doc.para(notices::abbreviations(lang));
    doc
}

/// The heading of every printed page: what the document is, the
/// municipality where the rate table names it, and the case.
fn running(f: &Facts, lang: Lang) -> String {
    let mut parts = vec![
        lang.say("Bilag til afgørelsen", "Attachment to the decision")
            .to_string(),
    ];
    if let Some(m) = &f.municipality {
        parts.push(m.clone());
    }
    parts.push(format!("{} {}", lang.say("Sag", "Case"), f.id));
    parts.join(" · ")
}

/// The case's facts under the title: municipality, case, decision, grant period, scheme.
fn lead(b: &Budget, f: &Facts, lang: Lang) -> Vec<String> {
    let mut lead = Vec::new();
    if let Some(m) = &f.municipality {
        lead.push(format!("{}: {m}", lang.say("Kommune", "Municipality")));
    }
    lead.push(format!("{}: {}", lang.say("Sag", "Case"), f.id));
    if let Some(d) = f.received {
        lead.push(format!(
            "{}: {}",
            lang.say(
                "Frister regnet fra modtagelse af afgørelsen den",
                "Time limits counted from receipt of the decision on"
            ),
            date(d, lang)
        ));
    }
    if let notices::Reader::Estate(died) = notices::Reader::of(b) {
        lead.push(format!(
            "{}: {}",
            lang.say("Borgeren døde den", "The citizen died on"),
            date(died, lang)
        ));
    }
    lead.push(format!(
        "{}: {} – {}",
        lang.say("Bevillingsperiode", "Grant period"),
        date(f.period.0, lang),
        date(f.period.1, lang)
    ));
    lead.push(format!(
        "{}: {} · {}: {}",
        lang.say("Ordning", "Scheme"),
        scheme_name(b.scheme, lang),
        lang.say("Arbejdsgiver", "Employer"),
        employer_name(b.employer, lang)
    ));
    lead
}

/// How the hours were set: the assessed need, then extra hours (BEK § 1 stk. 2; VEJ pkt. 28–29).
fn hours_section(b: &Budget, f: &Facts, lang: Lang) -> Section {
    // The need is assessed under the scheme's own provision.
    let sel = match b.scheme {
        Scheme::Bpa => "SEL § 96 stk. 1",
        Scheme::Kt | Scheme::KtRelative => b.scheme.legal(),
    };
    let h = &b.hours;
    // After a death the attachment does not speak to the deceased, and
    // under SEL § 95 stk. 3 it speaks to the relative, not the one in need.
    let (whose, whose_en) = match Reader::of(b) {
        Reader::Citizen => ("dit", "your"),
        Reader::Relative | Reader::Estate(_) => ("borgerens", "the citizen's"),
    };
    let mut hours = plain(lines_section(
        lang.say("Sådan er timerne fastsat", "How the hours were set"),
        &h.lines,
        (
            lang.say("Bevilgede timer i alt", "Grant hours in all"),
            h.total,
        ),
        true,
        lang,
    ));
    hours.body.insert(
        0,
        super::Body::Para(pick(
            lang,
            format!(
                "Timerne bygger på kommunens vurdering af {whose} behov for hjælp, som den er beskrevet i afgørelsen ({sel}; VEJ pkt. 28). Behovet er opgjort i timer pr. uge i de tidsrum, lønnen afhænger af, og ganget med ugerne i bevillingsperioden. Dertil kommer timer til oplæring af nye hjælpere, møder og dækning i ferier og lignende (BEK § 1 stk. 2; VEJ pkt. 29 og 67–68)."
            ),
            format!(
                "The hours rest on the municipality's assessment of {whose_en} need for help as the decision describes it ({sel}; VEJ pkt. 28). The need is counted in hours per week in the time bands the wage depends on and multiplied by the weeks of the grant period. Hours for training new helpers, meetings and cover during holidays and the like are added (BEK § 1 stk. 2; VEJ pkt. 29 and 67–68)."
            ),
        )),
    );
    // The bands as clock hours where a schedule was laid on them; a need
    // per band is assessed in the bands directly.
    let clock = match (&f.windows, &h.schedule) {
        (Some(w), Some(s)) => clock_hours(w, s, h, lang),
        _ => None,
    };
    if let Some(clock) = clock {
        hours.body.insert(
            1,
            super::Body::Para(format!(
                "{}: {clock}.",
                lang.say(
                    "Tidsrummene efter overenskomstens arbejdstidsregler",
                    "The time bands by the agreement's working-time rules"
                ),
            )),
        );
    }
    hours.para(budget::average_per_week(b, lang))
}

/// Deviations from the municipality's service level, if any (VEJ pkt. 61).
fn deviations(b: &Budget, lang: Lang) -> Option<Section> {
    if b.deviations.is_empty() {
        return None;
    }
    let mut t = Table::new(&[
        (lang.say("Serviceniveau", "Service level"), Text),
        (lang.say("Standard", "Standard"), Kind::Number),
        (lang.say("I denne sag", "In this case"), Kind::Number),
    ]);
    for d in &b.deviations {
        t.row([
            names::service_level(&d.key, lang),
            d.standard
                .as_deref()
                .map_or_else(|| "—".to_string(), |s| deviation_value(&d.key, s, lang)),
            deviation_value(&d.key, &d.case, lang),
        ]);
    }
    Some(
        Section::new(lang.say(
            "Afvigelser fra kommunens serviceniveau (VEJ pkt. 61)",
            "Deviations from the municipality's service level (VEJ pkt. 61)",
        ))
        .table(t),
    )
}

/// The wage basis and the wage budget (BEK § 5; AST 98-16; KL 5.4.3).
fn wage_basis(b: &Budget, lang: Lang) -> Section {
    let scale = crate::report::wage_basis_name(b, lang);
    let wages = plain(lines_section(
        lang.say("Løngrundlag og lønbudget", "Wage basis and wage budget"),
        &b.wages.lines,
        (
            lang.say(
                "Løn, pension og feriegodtgørelse i alt",
                "Wages, pension and holiday pay in all",
            ),
            b.wages.total,
        ),
        false,
        lang,
    ));
    let mut wages_body = vec![
        super::Body::Para(pick(
            lang,
            format!(
                "Lønnen er udmålt efter overenskomsten for en sammenlignelig faggruppe: {scale}. Dertil kommer tillæg for arbejde om aftenen, om natten og i weekender, pension og feriegodtgørelse (BEK § 5; AST 98-16)."
            ),
            format!(
                "The wage follows the agreement of a comparable group of staff: {scale}. Supplements for evenings, nights and weekends, pension and holiday pay are added (BEK § 5; AST 98-16)."
            ),
        )),
        super::Body::Para(
            lang.say(
                "Aftaler arbejdsgiveren bedre løn- eller ansættelsesvilkår med hjælperne end dem, tilskuddet er udmålt efter, betaler arbejdsgiveren selv forskellen; tilskuddet bliver ikke større af den grund (AST 98-16; KL 5.4.3).",
                "If the employer agrees better pay or terms with the helpers than those the grant is based on, the employer pays the difference; the grant does not grow for that reason (AST 98-16; KL 5.4.3).",
            )
            .to_string(),
        ),
    ];
    wages_body.extend(wages.body);
    Section {
        body: wages_body,
        ..wages
    }
}

/// The whole grant and a chart of what it consists of (BEK §§ 4–10).
fn grant_total(b: &Budget, lang: Lang) -> Section {
    let pension = line_sum(b, "pension");
    let holiday = line_sum(b, "holiday_pay");
    let parts = [
        (
            lang.say("Løn og tillæg", "Wages and supplements"),
            b.wages.total - pension - holiday,
        ),
        (lang.say("Pension", "Pension"), pension),
        (lang.say("Feriegodtgørelse", "Holiday pay"), holiday),
        (lang.say("Bidrag", "Contributions"), b.contributions.total),
        (
            lang.say("Arbejdsgiveropgaven", "Employer tasks"),
            b.employer_tasks.total,
        ),
        (
            lang.say("Andre udgifter og modregning", "Other costs and offsets"),
            b.other_costs.total,
        ),
    ];
    let mut parts = parts.to_vec();
    if !b.special_costs.lines.is_empty() {
        parts.insert(
            5,
            (
                lang.say("Særlige udgifter", "Special costs"),
                b.special_costs.total,
            ),
        );
    }
    // Negative: listed under the chart, no part of the bar.
    if let Some(l) = &b.totals.cap_line {
        parts.push((
            lang.say("Nedsættelse til loftet", "Reduction to the cap"),
            l.amount,
        ));
    }
    if let Some(l) = &b.totals.price_line {
        parts.push((
            lang.say(
                "Nedsættelse til leverandørens pris",
                "Reduction to the provider's price",
            ),
            l.amount,
        ));
    }
    let chart = Chart {
        title: lang
            .say("Hvad tilskuddet består af", "What the grant consists of")
            .to_string(),
        kind: ChartKind::Parts,
        bars: parts
            .iter()
            .map(|(label, v)| Bar {
                label: (*label).to_string(),
                value: *v,
                text: money(*v, lang),
            })
            .collect(),
    };
    budget::totals_section(b, lang).chart(chart)
}

/// Costs covered after invoice, outside the payments (BEK § 4 stk. 2, §
/// 11 stk. 2); none where none can occur.
fn after_invoice(b: &Budget, lang: Lang) -> Option<Section> {
    if b.after_invoice.is_empty() {
        return None;
    }
    let mut s = budget::after_invoice_section(b, lang);
    s.title = lang
        .say(
            "Udgifter der dækkes efter regning (BEK § 4 stk. 2)",
            "Costs covered after invoice (BEK § 4 stk. 2)",
        )
        .to_string();
    Some(s.para(lang.say(
            "Disse udgifter indgår ikke i de månedlige udbetalinger. Send regningen til kommunen, når udgiften er afholdt; kommunen aftaler med arbejdsgiveren, hvordan regningerne sendes og betales. Skønnet er vejledende: kommunen betaler den faktiske, nødvendige udgift (BEK § 11 stk. 2; VEJ pkt. 94).",
            "These costs are not part of the monthly payments. Send the invoice to the municipality once the cost is paid; the municipality agrees with the employer how invoices are sent and paid. The estimate is a guide: the municipality pays the actual, necessary cost (BEK § 11 stk. 2; VEJ pkt. 94).",
        )))
}

/// The per-hour cap as decided (BEK § 3 stk. 4): none where the rate table
/// sets no cap (an open point for the caseworker, not the citizen's
/// concern); a cap exceeded says the grant is reduced to it.
fn cap(b: &Budget, lang: Lang) -> Option<Section> {
    let s = match b.cap.verdict {
        Verdict::NotChecked => return None,
        Verdict::Within | Verdict::Exceeded => {
            budget::cap_section(b, lang, |fig| super::sources::of(fig, lang))
        }
    };
    Some(match b.cap.verdict {
        Verdict::Exceeded => s.para(lang.say(
            "Udgiften pr. bevilget time er højere end kommunens loft. Tilskuddet er derfor nedsat til loftet, så udgiften pr. time svarer til det, kommunen højst kan give (BEK § 3 stk. 4; VEJ pkt. 62).",
            "The cost per grant hour is above the municipality's cap. The grant is therefore reduced to the cap, so the cost per hour equals the most the municipality can grant (BEK § 3 stk. 4; VEJ pkt. 62).",
        )),
        _ => s,
    })
}

/// The sum of the wage lines with this key.
fn line_sum(b: &Budget, key: &str) -> Decimal {
    b.wages
        .lines
        .iter()
        .filter(|l| l.key == key)
        .map(|l| l.amount)
        .sum()
}
