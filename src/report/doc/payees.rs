//! Who receives which money, and when (BEK § 11; VEJ pkt. 93–96, tabel 3):
//! the attachment's payment section. With the municipality running the
//! payroll the helpers' wages never pass through the citizen's hands (SEL §
//! 95 stk. 5, § 96 stk. 4; VEJ pkt. 49), and the § 10 amount always goes to
//! the one who receives the grant (VEJ pkt. 95): the text says what the
//! table shows.

use super::payments::payment_month;
use super::{Bar, Chart, ChartKind, Kind, Section, Table};
use crate::budget::Budget;
use crate::budget::decision::{Facts, Payee, Payment, When};
use crate::calc::totals::Timing;
use crate::case::{Employer, Scheme};
use crate::report::{Lang, money};

use Kind::{Amount, Text};

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
        Payee::Payroll => lang.say(
            "Hjælperne, via kommunens lønudbetaling",
            "The helpers, through the municipality's payroll",
        ),
    }
}

/// When a part is paid, in words.
fn when(w: When, lang: Lang) -> &'static str {
    match w {
        When::Monthly(Timing::Advance) => lang.say("månedsvis forud", "monthly in advance"),
        When::Monthly(Timing::Arrears) => lang.say("månedsvis bagud", "monthly in arrears"),
        When::AsWages => lang.say("som løn, når den forfalder", "as wages, when due"),
        When::AfterEnd => lang.say("én gang, efter ophøret", "once, after the end"),
    }
}

/// Who is paid what and when (BEK § 11; VEJ pkt. 93–96), month by month.
#[must_use]
pub fn section(b: &Budget, f: &Facts, lang: Lang) -> Section {
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
            when(p.when, lang).to_string(),
            money(p.total, lang),
        ]);
    }
    t.total([
        lang.say("I alt", "In all").to_string(),
        String::new(),
        String::new(),
        money(b.totals.grant_total, lang),
    ]);
    let mut s = Section::new(lang.say(
        "Udbetaling (BEK § 11; VEJ pkt. 93–96)",
        "Payment (BEK § 11; VEJ pkt. 93–96)",
    ))
    .table(t);
    for para in explained(b, &f.payments, lang) {
        s = s.para(para);
    }
    s.table(by_month(b, &f.payments, lang)).chart(Chart {
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

/// What the payment table's words mean, for the payees it has: advance,
/// the payroll, the § 10 amount, arrears (BEK § 11 stk. 1; VEJ pkt. 49, 93,
/// 95).
fn explained(b: &Budget, payments: &[Payment], lang: Lang) -> Vec<String> {
    let has = |w: When| payments.iter().any(|p| p.when == w);
    let recipient = payments
        .iter()
        .find(|p| matches!(p.payee, Payee::Citizen | Payee::Relative))
        .map(|p| p.payee);
    let recipient_name = |lower: bool| {
        let name = match recipient {
            Some(p) => payee_name(p, b.employer, lang),
            None => lang.say("Borgeren", "The citizen"),
        };
        if lower {
            lowercase_first(name)
        } else {
            name.to_string()
        }
    };
    let mut out = Vec::new();
    if has(When::Monthly(Timing::Advance)) {
        out.push(
            lang.say(
                "Forud betyder, at beløbet udbetales, før den måned, det dækker, begynder, så modtagerens egen økonomi ikke belastes (BEK § 11 stk. 1; VEJ pkt. 93).",
                "In advance means that the amount is paid before the month it covers begins, so that the payee's own money is not strained (BEK § 11 stk. 1; VEJ pkt. 93).",
            )
            .to_string(),
        );
    }
    if let Some(words) = super::payments::offset_beyond_other_costs(b, lang) {
        out.push(words);
    }
    if has(When::AsWages) {
        let sel = match b.scheme {
            Scheme::Bpa => "SEL § 96 stk. 4",
            Scheme::Kt | Scheme::KtRelative => "SEL § 95 stk. 5",
        };
        let employer = recipient_name(false);
        out.push(match lang {
            Lang::Da => format!(
                "Kommunen står for lønudbetalingen: den udbetaler hjælpernes løn og indberetter skat, pension, ATP og de øvrige bidrag på arbejdsgiverens vegne. Den del af tilskuddet udbetales derfor som løn gennem kommunen og ikke som tilskud til {0}; {0} er fortsat arbejdsgiver for hjælperne ({sel}; VEJ pkt. 49 og 96).",
                lowercase_first(&employer)
            ),
            Lang::En => format!(
                "The municipality runs the payroll: it pays the helpers' wages and reports tax, pension, ATP and the other contributions on the employer's behalf. That part of the grant is therefore paid as wages through the municipality and not as a grant to {0}; {0} remains the helpers' employer ({sel}; VEJ pkt. 49 and 96).",
                lowercase_first(&employer)
            ),
        });
    }
    let split = payments.iter().any(|p| {
        matches!(p.payee, Payee::Payroll | Payee::Organisation)
            && matches!(p.when, When::Monthly(_) | When::AsWages)
    });
    if split && recipient.is_some() {
        out.push(match lang {
            Lang::Da => format!(
                "§ 10-beløbet til andre udgifter ved at have hjælpere udbetales altid månedsvis forud til {}, som modtager tilskuddet (VEJ pkt. 95).",
                recipient_name(true)
            ),
            Lang::En => format!(
                "The § 10 amount for other costs of having helpers is always paid monthly in advance to {}, who receives the grant (VEJ pkt. 95).",
                recipient_name(true)
            ),
        });
    }
    if has(When::Monthly(Timing::Arrears)) {
        out.push(
            lang.say(
                "Bagud betyder, at foreningen eller virksomheden får beløbet for en måned i løbet af den måned, så betids at hjælpernes løn kan udbetales til tiden – fx på den tredjesidste hverdag i måneden (BEK § 11 stk. 1; VEJ pkt. 93).",
                "In arrears means that the association or company receives a month's amount during that month, in time for the helpers' wages to be paid on time – for instance on the third-last working day of the month (BEK § 11 stk. 1; VEJ pkt. 93).",
            )
            .to_string(),
        );
    }
    out
}

/// `Den nærtstående` → `den nærtstående`, inside a sentence.
fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The payments month by month, a column per payee (a payee paid in the
/// months and once after the end has one column) and their sum.
fn by_month(b: &Budget, payments: &[Payment], lang: Lang) -> Table {
    let mut payees: Vec<Payee> = Vec::new();
    for p in payments {
        if !payees.contains(&p.payee) {
            payees.push(p.payee);
        }
    }
    let column = |payee: Payee, i: Option<usize>| -> rust_decimal::Decimal {
        payments
            .iter()
            .filter(|p| p.payee == payee)
            .map(|p| match i {
                Some(i) => p.monthly.get(i).copied().unwrap_or_default(),
                None => p.total,
            })
            .sum()
    };
    let mut head: Vec<(&str, Kind)> = vec![(lang.say("Måned", "Month"), Text)];
    for p in &payees {
        head.push((payee_name(*p, b.employer, lang), Amount));
    }
    if payees.len() > 1 {
        head.push((lang.say("I alt", "In all"), Amount));
    }
    let mut t = Table::new(&head);
    for (i, (all, p)) in b.totals.monthly.iter().zip(&b.totals.payments).enumerate() {
        let mut row = vec![payment_month(b, p, lang)];
        for payee in &payees {
            row.push(money(column(*payee, Some(i)), lang));
        }
        if payees.len() > 1 {
            row.push(money(*all, lang));
        }
        t.row(row);
    }
    let mut total = vec![lang.say("I alt", "In all").to_string()];
    for payee in &payees {
        total.push(money(column(*payee, None), lang));
    }
    if payees.len() > 1 {
        total.push(money(b.totals.grant_total, lang));
    }
    t.total(total);
    t
}
