//! `--format md`: the budget as an attachment to a decision letter, in
//! Markdown (prints well, converts to PDF or Word with any Markdown tool).
//! The same sections as the tables, each line with its basis and legal
//! ground, then every rate used with its source.

use std::fmt::Write as _;

use super::{Lang, number, table};
use crate::Budget;
use crate::rates::Fig;

/// Every rate used by the budget, once, in the order the lines use them.
#[must_use]
pub fn rates_used(b: &Budget) -> Vec<&Fig> {
    let mut seen: Vec<&Fig> = Vec::new();
    let lines = b
        .hours
        .lines
        .iter()
        .chain(&b.wages.lines)
        .chain(&b.contributions.lines)
        .chain(&b.employer_tasks.lines)
        .chain(&b.other_costs.lines);
    let figs = lines
        .flat_map(|l| l.rates.iter())
        .chain(b.cap.cap_rate.iter());
    for f in figs {
        if !seen.iter().any(|s| s.path == f.path) {
            seen.push(f);
        }
    }
    seen
}

/// A Markdown table cell: `|` would end the cell, a line break the row.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The attachment.
#[must_use]
pub fn render(b: &Budget, lang: Lang) -> String {
    let style = table::Style {
        width: None,
        borders: false,
        markdown: true,
        explain: false,
    };
    let mut out = table::render(b, lang, style);
    let _ = writeln!(
        out,
        "\n## {}\n\n| {} | {} | {} | {} |\n| --- | ---: | --- | --- |",
        lang.say("Satsernes kilder", "Sources of the rates"),
        lang.say("Sats", "Rate"),
        lang.say("Værdi", "Value"),
        lang.say("Kilde", "Source"),
        lang.say("Verificeret for året", "Verified for the year"),
    );
    for f in rates_used(b) {
        for (from, value, source, verified) in f.shown() {
            let value = value.normalize();
            let _ = writeln!(
                out,
                "| `{}` | {}{} | {} | {} |",
                f.path,
                number(value, value.scale(), lang),
                super::from_date(from, lang),
                cell(&super::source(source, lang)),
                if verified {
                    lang.say("ja", "yes")
                } else {
                    lang.say("nej", "no")
                }
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        lang.say(
            "Beløb i kr. pr. år, afrundet til øre; hver post viser sin beregning og hjemmel. Forkortelser: SEL serviceloven, BEK bekendtgørelse nr. 1069/2020, VEJ vejledning nr. 10325/2017 (punkt), KL KL's vejledning om BPA og kontant tilskud (2022), AST Ankestyrelsens principmeddelelser.",
            "Amounts in DKK per year, rounded to øre; each item shows its calculation and legal ground. Abbreviations: SEL the Social Services Act, BEK executive order no. 1069/2020, VEJ guidance no. 10325/2017 (point), KL KL's guidance on BPA and cash grants (2022), AST Ankestyrelsen's principle rulings."
        )
    );
    out
}
