//! The attachment to a decision letter (`--format html`, `--format md`):
//! the full budget in the citizen's words, and what the decision must
//! explain beside it, each point with its legal ground. No internal key,
//! warning code or note about the rate table reaches it; those are for the
//! caseworker's `calc` output.

use rust_decimal::Decimal;

use super::budget::{self, lines_section, rates_used};
use super::notices::{self, Reader};
use super::payments::{payment_month, transition_section};
use super::{Bar, Chart, ChartKind, Doc, Kind, Section, Table, names};
use crate::budget::Budget;
use crate::budget::decision::{Facts, Payee, When};
use crate::calc::hours::band_label;
use crate::calc::totals::Timing;
use crate::case::{AdminModel, Band, Employer, Scheme};
use crate::rates::{Fig, WindowDay, Windows};
use crate::report::{Lang, admin_model_name, employer_name, money, number, scheme_name};

use Kind::{Amount, Text};

pub use super::dates::{date, month_year};

fn pick(lang: Lang, da: String, en: String) -> String {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// Who is paid, in words.
#[must_use]
pub fn payee_name(p: Payee, employer: Employer, lang: Lang) -> &'static str {
    match p {
        Payee::Citizen => lang.say("Borgeren", "The citizen"),
        Payee::Estate => lang.say("Dødsboet", "The estate"),
        Payee::Relative => lang.say("Den nærtstående", "The relative"),
        Payee::Organisation => match employer {
            Employer::Association => lang.say("Foreningen", "The association"),
            _ => lang.say("Virksomheden", "The company"),
        },
    }
}

/// A figure's source for the citizen: the Danish text when the rate table
/// gives one, else the table it comes from; a figure the case sets says so;
/// in English the source as written.
fn source(en: &str, da: Option<&str>, year: u16, lang: Lang) -> String {
    if en.starts_with("case file, ") {
        return crate::report::source(en, lang);
    }
    match (lang, da) {
        (Lang::Da, Some(da)) => da.to_string(),
        (Lang::Da, None) => format!("satstabellen for {year}"),
        (Lang::En, _) => en.to_string(),
    }
}

/// A figure's rows in the attachment's rate table: its value and source,
/// or each dated value with the day it starts.
fn figure_rows(fig: &Fig, year: u16, lang: Lang) -> Vec<[String; 3]> {
    let name = names::figure(&fig.path, lang);
    let shown = |v: Decimal| {
        let v = v.normalize();
        number(v, v.scale(), lang)
    };
    if fig.values.is_empty() {
        return vec![[
            name,
            shown(fig.value),
            source(&fig.source, fig.source_da.as_deref(), year, lang),
        ]];
    }
    fig.values
        .iter()
        .map(|v| {
            [
                name.clone(),
                format!(
                    "{}{}",
                    shown(v.value),
                    crate::report::from_date(Some(v.from), lang)
                ),
                source(&v.source, v.source_da.as_deref(), year, lang),
            ]
        })
        .collect()
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

/// The bands as clock hours, from the wage scale's working-time agreement.
fn clock_hours(w: &Windows, lang: Lang) -> String {
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
        if !spans.is_empty() {
            out.push(format!(
                "{}: {}",
                lang.pick(&band_label(band)),
                spans.join(", ")
            ));
        }
    }
    out.push(format!(
        "{}: {}",
        lang.pick(&band_label(Band::WeekdayDay)),
        lang.say("alle øvrige timer", "all other hours")
    ));
    out.join("; ")
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
    };
    doc.section(hours_section(b, f, lang));
    doc.section(budget::bands_section(b, lang));
    if let Some(s) = deviations(b, lang) {
        doc.section(s);
    }
    doc.section(wage_basis(b, lang));
    // Contributions, employer tasks and other costs as the budget shows them.
    doc.section(plain(budget::contributions_section(b, lang)));
    doc.section(plain(budget::employer_tasks_section(b, lang)));
    doc.section(plain(budget::other_costs_section(b, lang)));
    doc.section(grant_total(b, lang));
    doc.section(payments(b, f, lang));
    // A reduction under notice: the previous level until it takes effect.
    if let Some(tr) = &b.transition {
        doc.section(transition_section(b, tr, lang));
    }
    doc.section(after_invoice(b, lang));
    doc.section(budget::cap_section(b, lang, |fig| {
        source(&fig.source, fig.source_da.as_deref(), b.year, lang)
    }));
    if let Some(r) = &b.respirator {
        doc.section(budget::region_section(r, lang));
    }
    let reader = Reader::of(b);
    doc.section(notices::yearly_account(reader, lang));
    if let Some(r) = &f.reduction {
        doc.section(notices::reduction_notice(r, f.received, lang));
    }
    doc.section(notices::stays_death_moving(b, lang));
    if let Some(s) = remarks(b, lang) {
        doc.section(s);
    }
    doc.section(rates_section(b, lang));
    doc.section(notices::complaint(f, reader, lang));
    doc.para(notices::abbreviations(lang));
    doc
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
    // After a death the attachment does not speak to the deceased.
    let estate = matches!(Reader::of(b), Reader::Estate(_));
    let (whose, whose_en) = if estate {
        ("borgerens", "the citizen's")
    } else {
        ("dit", "your")
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
    if let Some(w) = &f.windows {
        hours.body.insert(
            1,
            super::Body::Para(format!(
                "{}: {}.",
                lang.say(
                    "Tidsrummene efter overenskomstens arbejdstidsregler",
                    "The time bands by the agreement's working-time rules"
                ),
                clock_hours(w, lang)
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
    if let Some(l) = &b.totals.cap_line {
        // Negative: listed under the chart, no part of the bar.
        parts.push((
            lang.say("Nedsættelse til loftet", "Reduction to the cap"),
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

/// Costs covered after invoice, outside the payments (BEK § 4 stk. 2, § 11 stk. 2).
fn after_invoice(b: &Budget, lang: Lang) -> Section {
    let mut s = budget::after_invoice_section(b, lang);
    s.title = lang
        .say(
            "Udgifter der dækkes efter regning (BEK § 4 stk. 2)",
            "Costs covered after invoice (BEK § 4 stk. 2)",
        )
        .to_string();
    s.para(lang.say(
            "Disse udgifter indgår ikke i de månedlige udbetalinger. Send regningen til kommunen, når udgiften er afholdt; kommunen aftaler med arbejdsgiveren, hvordan regningerne sendes og betales. Skønnet er vejledende: kommunen betaler den faktiske, nødvendige udgift (BEK § 11 stk. 2; VEJ pkt. 94).",
            "These costs are not part of the monthly payments. Send the invoice to the municipality once the cost is paid; the municipality agrees with the employer how invoices are sent and paid. The estimate is a guide: the municipality pays the actual, necessary cost (BEK § 11 stk. 2; VEJ pkt. 94).",
        ))
}

/// The warnings a citizen should read, each with its legal ground, if any.
fn remarks(b: &Budget, lang: Lang) -> Option<Section> {
    // Notes about the rate table itself (unverified figures, no cap set)
    // and about how the case file is written are for the caseworker's
    // `calc` output, not the citizen.
    let warnings: Vec<_> = b
        .warnings
        .iter()
        .filter(|w| {
            !w.code.starts_with("rate_")
                && !matches!(w.code, "cap_not_checked" | "amount_three_decimals")
        })
        .collect();
    if warnings.is_empty() {
        return None;
    }
    let mut t = Table::new(&[
        (lang.say("Bemærkning", "Remark"), Text),
        (lang.say("Hjemmel", "Legal ground"), Text),
    ]);
    for w in warnings {
        t.row([
            format!("{}.", crate::report::words::warning(w, lang)),
            w.legal.to_string(),
        ]);
    }
    Some(
        Section::new(lang.say("Bemærkninger til beregningen", "Remarks on the calculation"))
            .table(t),
    )
}

/// Every rate the calculation uses, with its value and source.
fn rates_section(b: &Budget, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (lang.say("Sats", "Rate"), Text),
        (lang.say("Værdi", "Value"), Kind::Number),
        (lang.say("Kilde", "Source"), Text),
    ]);
    for fig in rates_used(b) {
        for row in figure_rows(fig, b.year, lang) {
            t.row(row);
        }
    }
    Section::new(lang.say("Satser i beregningen", "Rates used in the calculation")).table(t)
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

/// Who is paid what and when (BEK § 11; VEJ pkt. 93–96), month by month.
fn payments(b: &Budget, f: &Facts, lang: Lang) -> Section {
    let mut s = Section::new(lang.say(
        "Udbetaling (BEK § 11; VEJ pkt. 93–96)",
        "Payment (BEK § 11; VEJ pkt. 93–96)",
    ));
    let mut t = Table::new(&[
        (lang.say("Modtager", "Payee"), Text),
        (lang.say("Dækker", "Covers"), Text),
        (lang.say("Udbetales", "Paid"), Text),
        (
            if b.period.is_whole_year() {
                lang.say("Kr. pr. år", "DKK per year")
            } else {
                lang.say("Kr. i perioden", "DKK in the period")
            },
            Amount,
        ),
    ]);
    for p in &f.payments {
        t.row([
            payee_name(p.payee, b.employer, lang).to_string(),
            lang.pick(&p.covers).to_string(),
            match p.when {
                When::Monthly(Timing::Advance) => lang.say("månedsvis forud", "monthly in advance"),
                When::Monthly(Timing::Arrears) => lang.say("månedsvis bagud", "monthly in arrears"),
                When::AfterEnd => lang.say("én gang, efter ophøret", "once, after the end"),
            }
            .to_string(),
            money(p.total, lang),
        ]);
    }
    t.total([
        lang.say("I alt", "In all").to_string(),
        String::new(),
        String::new(),
        money(b.totals.grant_total, lang),
    ]);
    s = s.table(t);
    let arrears = f
        .payments
        .iter()
        .any(|p| p.when == When::Monthly(Timing::Arrears));
    s = s.para(lang.say(
        "Forud betyder, at beløbet udbetales, før den måned, det dækker, begynder, så borgerens eller den nærtståendes økonomi ikke belastes (BEK § 11 stk. 1; VEJ pkt. 93).",
        "In advance means that the amount is paid before the month it covers begins, so that the citizen's or the relative's own money is not strained (BEK § 11 stk. 1; VEJ pkt. 93).",
    ));
    if arrears {
        s = s.para(lang.say(
            "Bagud betyder, at foreningen eller virksomheden får beløbet for en måned i løbet af den måned, så betids at hjælpernes løn kan udbetales til tiden – fx på den tredjesidste hverdag i måneden (BEK § 11 stk. 1; VEJ pkt. 93). § 10-beløbet udbetales altid forud til borgeren selv (VEJ pkt. 95).",
            "In arrears means that the association or company receives a month's amount during that month, in time for the helpers' wages to be paid on time – for instance on the third-last working day of the month (BEK § 11 stk. 1; VEJ pkt. 93). The § 10 amount is always paid to the citizen in advance (VEJ pkt. 95).",
        ));
    }
    let mut head: Vec<(&str, Kind)> = vec![(lang.say("Måned", "Month"), Text)];
    for p in &f.payments {
        head.push((payee_name(p.payee, b.employer, lang), Amount));
    }
    if f.payments.len() > 1 {
        head.push((lang.say("I alt", "In all"), Amount));
    }
    let mut t = Table::new(&head);
    for (i, (all, p)) in b.totals.monthly.iter().zip(&b.totals.payments).enumerate() {
        let mut row = vec![payment_month(b, p, lang)];
        for p in &f.payments {
            row.push(money(p.monthly.get(i).copied().unwrap_or_default(), lang));
        }
        if f.payments.len() > 1 {
            row.push(money(*all, lang));
        }
        t.row(row);
    }
    let mut total = vec![lang.say("I alt", "In all").to_string()];
    for p in &f.payments {
        total.push(money(p.total, lang));
    }
    if f.payments.len() > 1 {
        total.push(money(b.totals.grant_total, lang));
    }
    t.total(total);
    s = s.table(t);
    s.chart(Chart {
        title: lang
            .say("Udbetaling pr. måned", "Payment per month")
            .to_string(),
        kind: ChartKind::Columns,
        bars: b
            .totals
            .monthly
            .iter()
            .zip(&b.totals.payments)
            .map(|(v, p)| Bar {
                label: payment_month(b, p, lang),
                value: *v,
                text: money(*v, lang),
            })
            .collect(),
    })
}
