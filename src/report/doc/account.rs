//! `bpa settle` as a document: granted against used hours by band, the cost
//! of an hour, the settlement of the hours not used in total and of any
//! used beyond the grant, what the account leaves out, what was reimbursed,
//! and the warnings (BEK §§ 14–15; VEJ pkt. 74, 99–105; KL 3.7; SPEC 10a).

use rust_decimal::Decimal;

use super::budget::warnings;
use super::{Block, Doc, Kind, Section, Table};
use crate::calc::{Line, Said, Term};
use crate::report::{Lang, basis, money};
use crate::runs::settle::{Account, Balance};

use Kind::{Amount, Hours, Text};

/// `bpa settle`: granted against used hours by band, the value of the
/// hours not used, what happens to it, and what the account leaves out.
#[must_use]
pub fn account(a: &Account, lang: Lang) -> Doc {
    let mut doc = Doc {
        title: Some(format!(
            "{} {} · {} {}",
            lang.say("Regnskab", "Yearly account"),
            a.id,
            lang.say("år", "year"),
            a.year
        )),
        lead: Vec::new(),
        blocks: Vec::new(),
        running: None,
    };
    doc.section(hours_by_band(a, lang));
    doc.section(cost_per_hour(a, lang));
    doc.section(settlement(a, lang));
    doc.section(left_out(a, lang));
    if !a.reimbursed.is_empty() {
        doc.section(reimbursed(a, lang));
    }
    match warnings(&a.warnings, lang) {
        Block::Section(s) => doc.section(s),
        Block::Para(p) => doc.para(p),
    }
    doc
}

/// Granted and used hours by band (BEK § 14 stk. 2), and why they are
/// settled in all, not band by band (VEJ pkt. 74).
fn hours_by_band(a: &Account, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (lang.say("Tidsrum", "Band"), Text),
        (lang.say("Bevilget", "Granted"), Hours),
        (lang.say("Forbrugt", "Used"), Hours),
        (lang.say("Uforbrugt", "Unused"), Hours),
        (lang.say("Ud over", "Beyond"), Hours),
        (lang.say("Kr. pr. time", "DKK per hour"), Amount),
    ]);
    for b in &a.bands {
        t.row([
            lang.pick(&b.label).to_string(),
            money(b.granted, lang),
            money(b.used, lang),
            money(b.unused(), lang),
            money(b.over(), lang),
            money(b.cost_per_hour, lang),
        ]);
    }
    let sum = |f: fn(&crate::runs::settle::BandAccount) -> Decimal| {
        money(a.bands.iter().map(f).sum::<Decimal>(), lang)
    };
    t.total([
        lang.say("I alt", "In all").to_string(),
        money(a.granted, lang),
        money(a.used, lang),
        sum(crate::runs::settle::BandAccount::unused),
        sum(crate::runs::settle::BandAccount::over),
        String::new(),
    ]);
    Section::new(lang.say(
        "Udmålte og forbrugte timer (BEK § 14 stk. 2)",
        "Granted and used hours (BEK § 14 stk. 2)",
    ))
    .table(t)
    .para(lang.say(
        "Timerne kan bruges fleksibelt mellem tidsrummene (VEJ pkt. 74): det er timerne, der ikke er brugt i alt, som afregnes, til udgiften pr. time i de tidsrum, hvor timer ikke blev brugt. Rådighedstimer afregnes for sig.",
        "Hours may be used flexibly between the bands (VEJ pkt. 74): what is settled is the hours not used in all, at the cost per hour of the bands where hours went unused. Standby hours are settled on their own.",
    ))
}

/// The cost of one hour in each band (VEJ pkt. 102; SPEC 10a).
fn cost_per_hour(a: &Account, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (lang.say("Udgift pr. time", "Cost per hour"), Text),
        (lang.say("Kr.", "DKK"), Amount),
        (lang.say("Beregning", "Basis"), Text),
    ]);
    for b in &a.bands {
        t.row([
            lang.pick(&b.label).to_string(),
            money(b.cost_per_hour, lang),
            basis(&b.cost_basis, lang),
        ]);
    }
    let mut s = Section::new(lang.say(
        "Udgift pr. time i hvert tidsrum: løn, pension og feriegodtgørelse for én time plus bidrag pr. ansat time (VEJ pkt. 102)",
        "Cost of one hour in each band: wages, pension and holiday pay of one hour plus contributions per employed hour (VEJ pkt. 102)",
    ))
    .table(t);
    if a.bands.iter().any(|b| b.key.starts_with("relative.")) {
        s = s.para(lang.say(
            "Den nærtståendes egne timer er alene løn: den nærtstående er ikke ansat, og der er ingen pension, feriegodtgørelse eller bidrag af dem (SEL § 95 stk. 3; AST 26-17).",
            "The relative's own hours are the wage alone: the relative is not employed, and they carry no pension, holiday pay or contributions (SEL § 95 stk. 3; AST 26-17).",
        ));
    }
    let dated = a.bands.iter().any(|b| {
        b.cost_basis
            .0
            .iter()
            .any(|term| matches!(term, Term::Said(Said::Dates(..))))
    });
    if dated {
        s = s.para(lang.say(
            "Lønnen ændres i perioden: timen er værdisat som i budgettet, til grundlønnen vægtet med budgettets timer i hver del af perioden, som brøk, der ikke afrundes før brug.",
            "The wage changes during the period: an hour is valued as the budget priced it, at the base wage weighted by the budget's hours in each part of the period, as a fraction not rounded before use.",
        ));
    }
    s
}

/// A settlement line: hours in the hours column, kroner in the kroner column.
fn line_row(t: &mut Table, l: &Line, hours: bool, lang: Lang) {
    let (h, kr) = if hours {
        (money(l.amount, lang), String::new())
    } else {
        (String::new(), money(l.amount, lang))
    };
    t.row([
        lang.pick(&l.label).to_string(),
        h,
        kr,
        basis(&l.basis, lang),
        l.legal.to_string(),
    ]);
}

/// The hours not used in all and their value, the hours used beyond the
/// grant and theirs, and what happens to them (BEK § 15; VEJ pkt. 74,
/// 102–105; KL 3.7).
fn settlement(a: &Account, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (lang.say("Post", "Item"), Text),
        (lang.say("Timer", "Hours"), Hours),
        (lang.say("Kr.", "DKK"), Amount),
        (lang.say("Beregning", "Basis"), Text),
        (lang.say("Hjemmel", "Legal ground"), Text),
    ]);
    for p in &a.pools {
        line_row(&mut t, &p.unused, true, lang);
        if let Some(l) = &p.unused_value {
            line_row(&mut t, l, false, lang);
        }
        if let Some(l) = &p.over {
            line_row(&mut t, l, true, lang);
        }
        if let Some(l) = &p.over_value {
            line_row(&mut t, l, false, lang);
        }
    }
    results(&mut t, a, lang);
    let mut info = |label: &str, why: &str, legal: &str| {
        t.row([
            label.to_string(),
            String::new(),
            String::new(),
            why.to_string(),
            legal.to_string(),
        ]);
    };
    if a.result == Balance::Repay {
        info(
            lang.say(
                "Tilbagebetalingen kan modregnes i førstkommende udbetaling",
                "The repayment may be offset in the next payment",
            ),
            lang.say(
                "når borgeren ikke har brug for at spare timerne op",
                "where the citizen does not need to save the hours",
            ),
            "VEJ pkt. 105; KL 3.7.3",
        );
    }
    info(
        lang.say(
            "Timer kan spares op efter aftale med kommunen",
            "Hours may be saved by agreement with the municipality",
        ),
        lang.say(
            "fx til en ferie eller en periode med større behov",
            "e.g. for a holiday or a period of greater need",
        ),
        "BEK § 15 stk. 2; VEJ pkt. 105",
    );
    Section::new(lang.say("Afregning", "Settlement")).table(t)
}

/// What the account comes to: repaid or carried over (BEK § 15), an
/// overspend not covered (KL 3.7.1), or nothing to settle.
fn results(t: &mut Table, a: &Account, lang: Lang) {
    // The result is the value above, or the sum of the values above.
    let sum_of = |lines: Vec<&Line>| {
        if lines.len() == 1 {
            return lang.say("værdien ovenfor", "the value above").to_string();
        }
        lines
            .iter()
            .map(|l| format!("{} {}", money(l.amount, lang), lang.say("kr.", "DKK")))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let unused: Vec<&Line> = a
        .pools
        .iter()
        .filter_map(|p| p.unused_value.as_ref())
        .collect();
    let over: Vec<&Line> = a
        .pools
        .iter()
        .filter_map(|p| p.over_value.as_ref())
        .collect();
    let mut result = |label: &str, amount: Decimal, basis: String, legal: &str| {
        t.row([
            label.to_string(),
            String::new(),
            money(amount, lang),
            basis,
            legal.to_string(),
        ]);
    };
    match a.result {
        Balance::Repay => result(
            lang.say("Tilbagebetales", "To be repaid"),
            a.repayment,
            sum_of(unused),
            "BEK § 15 stk. 1; VEJ pkt. 102; KL 3.7.3",
        ),
        Balance::CarryOver => result(
            lang.say(
                "Overføres til næste år efter aftale",
                "Carried to next year by agreement",
            ),
            a.carried_over,
            sum_of(unused),
            "BEK § 15 stk. 2; VEJ pkt. 105",
        ),
        Balance::Even => result(
            lang.say("Intet at afregne", "Nothing to settle"),
            Decimal::ZERO,
            String::new(),
            "BEK § 15",
        ),
        Balance::Overspend => {}
    }
    if a.overspend > Decimal::ZERO {
        result(
            lang.say(
                "Merforbrug, som tilskuddet ikke dækker",
                "Overspend, not covered by the grant",
            ),
            a.overspend,
            sum_of(over),
            "KL 3.7.1",
        );
    }
}

/// What the settlement leaves out: the employer-task subsidy and the § 10 amount (VEJ pkt. 101–102).
fn left_out(a: &Account, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (
            lang.say("Indgår ikke i afregningen", "Not part of the settlement"),
            Text,
        ),
        (lang.say("Kr.", "DKK"), Amount),
        (lang.say("Hjemmel", "Legal ground"), Text),
    ]);
    t.row([
        lang.say("Tilskud til arbejdsgiveropgaven", "Employer-task subsidy")
            .to_string(),
        money(a.employer_tasks, lang),
        "VEJ pkt. 102".to_string(),
    ]);
    t.row([
        lang.say(
            "§ 10-beløbet til borgeren",
            "The § 10 amount to the citizen",
        )
        .to_string(),
        money(a.other_costs, lang),
        "BEK § 10; VEJ pkt. 101".to_string(),
    ]);
    Section::new(lang.say("Undtaget", "Left out")).table(t)
}

/// The costs reimbursed after invoice (BEK § 4 stk. 2).
fn reimbursed(a: &Account, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (
            lang.say("Dækket efter regning", "Reimbursed after invoice"),
            Text,
        ),
        (lang.say("Kr.", "DKK"), Amount),
        (lang.say("Hjemmel", "Legal ground"), Text),
    ]);
    for r in &a.reimbursed {
        t.row([
            lang.pick(&r.label).to_string(),
            money(r.amount, lang),
            r.legal.clone(),
        ]);
    }
    t.total([
        lang.say("I alt", "In all").to_string(),
        money(a.reimbursed_total, lang),
        String::new(),
    ]);
    Section::new(lang.say("Refunderet (BEK § 4 stk. 2)", "Reimbursed (BEK § 4 stk. 2)")).table(t)
}
