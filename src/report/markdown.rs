//! `--format md`: the budget as Markdown (prints well, converts to PDF
//! or Word with any Markdown tool): the budget's document, every section
//! under a `##` heading, numeric columns marked right-aligned, then every
//! rate used with its source.

use super::doc::{self, Kind, Section, Table};
use super::{Lang, number, table};
use crate::Budget;

pub use doc::budget::rates_used;

/// A Markdown table cell: `|` would end the cell, a line break the row.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Every rate the budget used, with its value, source and whether it is
/// verified for the year.
#[must_use]
pub fn rate_sources(b: &Budget, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (lang.say("Sats", "Rate"), Kind::Text),
        (lang.say("Værdi", "Value"), Kind::Number),
        (lang.say("Kilde", "Source"), Kind::Text),
        (
            lang.say("Verificeret for året", "Verified for the year"),
            Kind::Text,
        ),
    ]);
    for f in rates_used(b) {
        for (from, value, source, verified) in f.shown() {
            let value = value.normalize();
            t.row([
                format!("`{}`", f.path),
                format!(
                    "{}{}",
                    number(value, value.scale(), lang),
                    super::from_date(from, lang)
                ),
                cell(&super::source(source, lang)),
                if verified {
                    lang.say("ja", "yes")
                } else {
                    lang.say("nej", "no")
                }
                .to_string(),
            ]);
        }
    }
    Section::new(lang.say("Satsernes kilder", "Sources of the rates")).table(t)
}

/// The attachment.
#[must_use]
pub fn render(b: &Budget, lang: Lang) -> String {
    let mut d = doc::budget::build(b, lang);
    d.section(rate_sources(b, lang));
    d.para(lang.say(
        "Beløb i kr. pr. år, afrundet til øre; hver post viser sin beregning og hjemmel. Forkortelser: SEL serviceloven, BEK bekendtgørelse nr. 1069/2020, VEJ vejledning nr. 10325/2017 (punkt), KL KL's vejledning om BPA og kontant tilskud (2022), AST Ankestyrelsens principmeddelelser.",
        "Amounts in DKK per year, rounded to øre; each item shows its calculation and legal ground. Abbreviations: SEL the Social Services Act, BEK executive order no. 1069/2020, VEJ guidance no. 10325/2017 (point), KL KL's guidance on BPA and cash grants (2022), AST Ankestyrelsen's principle rulings.",
    ));
    table::render_doc(
        &d,
        table::Style {
            width: None,
            borders: false,
            markdown: true,
            explain: false,
        },
    )
}
