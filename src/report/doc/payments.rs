//! The payments as the budget shows them: month by month and by payee
//! (SEL § 96 a stk. 2; BEK § 11), and under a reduction with notice the
//! previous level until it takes effect (SEL § 3 a).

use chrono::Datelike;

use super::{Kind, Section, Table};
use crate::budget::Budget;
use crate::calc::totals::Timing;
use crate::report::{Lang, basis, employer_name, money};

use Kind::{Amount, Text};

/// The month names of the payment table.
#[must_use]
pub fn month_name(i: usize, lang: Lang) -> &'static str {
    const DA: [&str; 12] = [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let names = match lang {
        Lang::Da => DA,
        Lang::En => EN,
    };
    names.get(i).copied().unwrap_or_default()
}

/// The payments month by month, by payee (SEL § 96 a stk. 2, BEK § 11).
#[must_use]
pub fn payments_section(b: &Budget, lang: Lang) -> Section {
    let tt = &b.totals;
    let timing = match tt.timing {
        Timing::Advance => lang.say("forud", "in advance"),
        Timing::Arrears => lang.say("bagud", "in arrears"),
    };
    let recipient = if b.scheme == crate::case::Scheme::KtRelative {
        lang.say("den nærtstående", "the relative")
    } else {
        lang.say("borgeren", "the citizen")
    };
    let employer_head = if tt.payees_differ {
        format!(
            "{} {} ({timing})",
            lang.say("Til", "To"),
            employer_name(b.employer, lang)
        )
    } else if b.municipal_payroll() {
        lang.say(
            "Løn m.v. (kommunens lønudbetaling)",
            "Wages etc. (the municipality's payroll)",
        )
        .to_string()
    } else {
        format!("{} ({timing})", lang.say("Løn m.v.", "Wages etc."))
    };
    let recipient_head = format!(
        "§ 10 {} {recipient} ({})",
        lang.say("til", "to"),
        lang.say("forud", "in advance")
    );
    let mut t = Table::new(&[
        (lang.say("Måned", "Month"), Text),
        (&employer_head, Amount),
        (&recipient_head, Amount),
        (lang.say("I alt", "In all"), Amount),
    ]);
    for (p, all) in tt.payments.iter().zip(&tt.monthly) {
        t.row([
            payment_month(b, p, lang),
            money(p.employer_part, lang),
            money(p.recipient_part, lang),
            money(*all, lang),
        ]);
    }
    t.total([
        lang.say("I alt", "In all").to_string(),
        money(tt.employer_part, lang),
        money(tt.recipient_part, lang),
        money(tt.grant_total, lang),
    ]);
    let section = Section::new(format!(
        "{} (SEL § 96 a stk. 2; BEK § 11; VEJ pkt. 93–96)",
        lang.say("Udbetaling", "Payment schedule"),
    ))
    .table(t);
    match offset_beyond_other_costs(b, lang) {
        Some(words) => section.para(words),
        None => section,
    }
}

/// VEJ pkt. 37: an offset larger than the § 10 part takes the rest from the
/// employer's part, so the employer is paid less than its lines cost; said
/// with the figures, or `None` when the § 10 part holds the offsets.
#[must_use]
pub fn offset_beyond_other_costs(b: &Budget, lang: Lang) -> Option<String> {
    let rest = b.totals.offset_from_employer;
    if rest.is_zero() {
        return None;
    }
    let offsets = -b
        .other_costs
        .lines
        .iter()
        .filter(|l| l.key.starts_with("offset."))
        .map(|l| l.amount)
        .sum::<rust_decimal::Decimal>();
    let (o, s, r) = (
        money(offsets, lang),
        money(b.other_costs.to_citizen, lang),
        money(rest, lang),
    );
    Some(match lang {
        Lang::Da => format!(
            "Modregningen af bistands- eller plejetillæg ({o} kr.) er større end § 10-beløbet ({s} kr.). Resten, {o} kr. − {s} kr. = {r} kr., trækkes i arbejdsgiverens del, som derfor er {r} kr. mindre end budgettets løn, bidrag og øvrige udgifter; forskellen dækkes af tillægget (VEJ pkt. 37)."
        ),
        Lang::En => format!(
            "The offset of the attendance or care allowance (DKK {o}) is larger than the § 10 amount (DKK {s}). The rest, DKK {o} − DKK {s} = DKK {r}, is taken from the employer's part, which is therefore DKK {r} less than the budget's wages, contributions and other costs; the allowance covers the difference (VEJ pkt. 37)."
        ),
    })
}

/// SEL § 3 a: the previous help at this year's rates, what it pays up to
/// the date the reduction takes effect and the new level from it; the
/// payment schedule above is made of these (SPEC 8).
#[must_use]
pub fn transition_section(
    _b: &Budget,
    tr: &crate::calc::transition::Transition,
    lang: Lang,
) -> Section {
    let mut lines = Table::new(&[
        (lang.say("Post", "Item"), Text),
        (lang.say("Kr.", "DKK"), Amount),
        (lang.say("Beregning", "Basis"), Text),
        (lang.say("Hjemmel", "Legal ground"), Text),
    ]);
    for l in std::iter::once(&tr.previous).chain(&tr.lines) {
        lines.row([
            lang.pick(&l.label).to_string(),
            money(l.amount, lang),
            basis(&l.basis, lang),
            l.legal.to_string(),
        ]);
    }
    lines.total([
        lang.say("Udbetales i perioden", "Paid in the period")
            .to_string(),
        money(tr.total, lang),
        String::new(),
        String::new(),
    ]);
    Section::new(format!(
        "{} (SEL § 3 a; VEJ pkt. 39–40)",
        lang.say(
            "Overgang: nedsættelsen med 14 ugers varsel",
            "Transition: the reduction with 14 weeks' notice"
        )
    ))
    .para(transition_words(tr, lang))
    .table(lines)
}

/// The dates of the notice, counted from the day of receipt as the case
/// gives it (SEL § 3 a stk. 1–2; VEJ pkt. 39–40).
#[must_use]
pub fn transition_words(tr: &crate::calc::transition::Transition, lang: Lang) -> String {
    let date = |d: chrono::NaiveDate| d.format("%d.%m.%Y").to_string();
    match lang {
        Lang::Da => format!(
            "Hvis afgørelsen er modtaget den {}, har nedsættelsen virkning fra den {}, 14 uger efter. Indtil da fortsætter den tidligere hjælp uændret, til dette års satser og ikke for mindre, end den kostede. En klage inden 4 uger har opsættende virkning, og kommunen genvurderer afgørelsen inden 2 uger efter at have modtaget klagen.",
            date(tr.received),
            date(tr.effective)
        ),
        Lang::En => format!(
            "If the decision was received on {}, the reduction takes effect on {}, 14 weeks later. Until then the previous help continues unchanged, at this year's rates and at no less than it cost. A complaint within 4 weeks suspends the change, and the municipality reconsiders the decision within 2 weeks of receiving it.",
            date(tr.received),
            date(tr.effective)
        ),
    }
}

/// A payment's month: `maj`, or `jan 2026` in a year after the period began.
#[must_use]
pub fn payment_month(b: &Budget, p: &crate::calc::totals::Payment, lang: Lang) -> String {
    let name = month_name(p.month.saturating_sub(1) as usize, lang);
    if p.year == b.period.from.year() {
        name.to_string()
    } else {
        format!("{name} {}", p.year)
    }
}
