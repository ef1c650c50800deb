//! The attachment's sources (SPEC 12): every rate the calculation uses with
//! its value and where it was published, in plain words (publisher and
//! date: the rate table's `cite_da`, `cite`). The working notes of a source
//! — how sure it is, what was carried forward — stay in the caseworker's
//! `--explain`.

use rust_decimal::Decimal;

use super::budget::rates_used;
use super::{Kind, Section, Table, names};
use crate::budget::Budget;
use crate::rates::Fig;
use crate::report::{Lang, number};

/// A citation in the output language: the plain `cite_da`/`cite` where the
/// rate table gives one; else the source as written (a municipality's own
/// figure, "Byrådets beslutning 12.3.2025"), in Danish where it has one; a
/// figure the case sets says so.
#[must_use]
pub fn cite(
    (cite, cite_da): (Option<&str>, Option<&str>),
    (source, source_da): (&str, Option<&str>),
    lang: Lang,
) -> String {
    if source.starts_with("case file, ") {
        return crate::report::source(source, lang);
    }
    let picked = match lang {
        Lang::Da => cite_da.or(source_da).unwrap_or(source),
        Lang::En => cite.unwrap_or(source),
    };
    picked.to_string()
}

/// A figure's citation (of its first value, for a dated figure).
#[must_use]
pub fn of(fig: &Fig, lang: Lang) -> String {
    cite(
        (fig.cite.as_deref(), fig.cite_da.as_deref()),
        (&fig.source, fig.source_da.as_deref()),
        lang,
    )
}

/// A figure's rows in the attachment's rate table: its value and
/// citation, or each dated value with the day it starts.
fn figure_rows(fig: &Fig, lang: Lang) -> Vec<[String; 3]> {
    let name = names::figure(&fig.path, lang);
    let shown = |v: Decimal| {
        let v = v.normalize();
        number(v, v.scale(), lang)
    };
    if fig.values.is_empty() {
        return vec![[name, shown(fig.value), of(fig, lang)]];
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
                cite(
                    (v.cite.as_deref(), v.cite_da.as_deref()),
                    (&v.source, v.source_da.as_deref()),
                    lang,
                ),
            ]
        })
        .collect()
}

/// Every rate the calculation uses, with its value and citation.
#[must_use]
pub fn rates_section(b: &Budget, lang: Lang) -> Section {
    let mut t = Table::new(&[
        (lang.say("Sats", "Rate"), Kind::Text),
        (lang.say("Værdi", "Value"), Kind::Number),
        (lang.say("Kilde", "Source"), Kind::Text),
    ]);
    for fig in rates_used(b) {
        for row in figure_rows(fig, lang) {
            t.row(row);
        }
    }
    Section::new(lang.say("Satser i beregningen", "Rates used in the calculation")).table(t)
}
