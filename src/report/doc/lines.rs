//! A section of budget lines, each with its amount, basis and legal
//! ground, and under each in `--explain` its formula and rate sources: the
//! shape the budget's and the attachment's line sections share.

use rust_decimal::Decimal;

use super::{Kind, Section, Table};
use crate::calc::Line;
use crate::report::{Lang, basis, money, number};

use Kind::{Amount, Hours, Text};

/// A section of budget lines with amounts, and its total row.
#[must_use]
pub fn lines_section(
    title: &str,
    lines: &[Line],
    (total_label, total): (&str, Decimal),
    hours: bool,
    lang: Lang,
) -> Section {
    let (amount_head, kind) = if hours {
        (lang.say("Timer", "Hours"), Hours)
    } else {
        (lang.say("Kr.", "DKK"), Amount)
    };
    let mut t = Table::new(&[
        (lang.say("Post", "Item"), Text),
        (amount_head, kind),
        (lang.say("Beregning", "Basis"), Text),
        (lang.say("Hjemmel", "Legal ground"), Text),
    ]);
    t.explained = true;
    for l in lines {
        t.row([
            lang.pick(&l.label).to_string(),
            money(l.amount, lang),
            basis(&l.basis, lang),
            l.legal.to_string(),
        ])
        .notes = explanation(l, lang);
    }
    t.total([
        total_label.to_string(),
        money(total, lang),
        String::new(),
        String::new(),
    ]);
    Section::new(title).table(t)
}

/// The notes under a line in `--explain`: formula, legal ground, rate sources.
#[must_use]
pub fn explanation(l: &Line, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    let formula = basis(&l.basis, lang);
    if !formula.is_empty() {
        notes.push(format!("= {formula}"));
    }
    if !l.legal.is_empty() {
        notes.push(format!(
            "{}: {}",
            lang.say("Hjemmel", "Legal ground"),
            l.legal
        ));
    }
    for f in &l.rates {
        for (from, value, source, verified) in f.shown(lang == Lang::Da) {
            notes.push(format!(
                "{}: {} = {}{} ({}; {}{})",
                lang.say("Sats", "Rate"),
                match lang {
                    Lang::Da => super::names::figure(&f.path, lang),
                    Lang::En => f.path.clone(),
                },
                number(value.normalize(), value.normalize().scale(), lang),
                crate::report::from_date(from, lang),
                crate::report::source(source, lang),
                if verified {
                    lang.say(
                        "verificeret for bevillingsåret",
                        "verified for the grant year",
                    )
                } else {
                    lang.say(
                        "ikke verificeret for bevillingsåret",
                        "not verified for the grant year",
                    )
                },
                if f.placeholder {
                    lang.say(
                        "; pladsholder, som kommunen skal fastsætte",
                        "; a stand-in the municipality must set",
                    )
                } else {
                    ""
                }
            ));
        }
    }
    notes
}
