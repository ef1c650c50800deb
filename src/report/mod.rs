//! Renderers: they only read a [`crate::Budget`]; calculation never formats.

pub mod changes;
pub mod csv;
pub mod doc;
pub mod html;
pub mod json;
pub mod markdown;
pub mod regulate;
pub mod schema;
pub mod table;
pub mod words;
pub mod xlsx;

use rust_decimal::Decimal;

use crate::calc::{Basis, Said, Term, Text};
use crate::case::{AdminModel, Employer, Scheme};

/// One rate table in `bpa rates`: its name or origin, year, description
/// and how many of its entries are not verified for the year.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RateSummary {
    pub name: String,
    pub year: Option<i64>,
    pub description: String,
    pub entries: usize,
    pub unverified: usize,
}

impl RateSummary {
    #[must_use]
    pub fn of(name: &str, table: &toml::Table, entries: &[crate::rates::Entry]) -> RateSummary {
        RateSummary {
            name: name.to_string(),
            year: table.get("year").and_then(toml::Value::as_integer),
            description: table
                .get("description")
                .and_then(toml::Value::as_str)
                .unwrap_or_default()
                .to_string(),
            entries: entries.len(),
            unverified: entries.iter().filter(|e| !e.verified).count(),
        }
    }
}

/// Output language: Danish by default, English with `--lang en`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Da,
    En,
}

impl Lang {
    #[must_use]
    pub fn pick(self, text: &Text) -> &str {
        match self {
            Lang::Da => &text.da,
            Lang::En => &text.en,
        }
    }

    /// Pick between a Danish and an English literal.
    #[must_use]
    pub fn say(self, da: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// A number with `dp` decimals and thousands separators: `1.234,50` in
/// Danish, `1,234.50` in English.
#[must_use]
pub fn number(value: Decimal, dp: u32, lang: Lang) -> String {
    let v = crate::money::round(value, dp);
    let s = v.abs().to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let (thousands, decimal) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    let sign = if v.is_sign_negative() && !v.is_zero() {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal}{frac}")
    }
}

/// A money amount to øre.
#[must_use]
pub fn money(value: Decimal, lang: Lang) -> String {
    number(value, 2, lang)
}

/// A formula with its numbers, as text in the output language.
#[must_use]
pub fn basis(b: &Basis, lang: Lang) -> String {
    let mut out = String::new();
    for term in &b.0 {
        let piece = match term {
            Term::Num {
                value, dp, unit, ..
            } => {
                let u = lang.pick(unit);
                if u.is_empty() || u == ")" {
                    format!("{}{u}", number(*value, *dp, lang))
                } else if u == "%" {
                    format!("{} %", number(*value, *dp, lang))
                } else {
                    format!("{} {u}", number(*value, *dp, lang))
                }
            }
            // A list separator that a decimal comma cannot be mistaken for.
            Term::Op(",") if lang == Lang::Da => ";".to_string(),
            Term::Op(op) => (*op).to_string(),
            Term::Word(w) => lang.pick(w).to_string(),
            Term::Said(s) => said(*s, lang),
        };
        let glue = !(out.is_empty()
            || out.ends_with('(')
            || piece == ")"
            || piece == ":"
            || piece == ","
            || piece == ";"
            || piece.starts_with(')'));
        if glue {
            out.push(' ');
        }
        out.push_str(&piece);
    }
    out
}

/// A phrase of a formula in the output language.
fn said(s: Said, lang: Lang) -> String {
    use chrono::Datelike;
    match s {
        Said::Dates(from, to) => match lang {
            Lang::Da => format!(
                "({}/{}–{}/{})",
                from.day(),
                from.month(),
                to.day(),
                to.month()
            ),
            Lang::En => format!("({}–{})", from.format("%-d %b"), to.format("%-d %b")),
        },
        Said::AveragePerHelper(m) => match lang {
            Lang::Da => format!("(gns. {} t/md. pr. hjælper)", number(m, 2, lang)),
            Lang::En => format!("(average {} h/month per helper)", number(m, 2, lang)),
        },
        Said::OnHold {
            weeks_per_year,
            days,
            year_days,
        } => {
            let w = number(weeks_per_year, crate::calc::dp_for(weeks_per_year), lang);
            match lang {
                Lang::Da => format!("({w} × {days} / {year_days} dage i bero)"),
                Lang::En => format!("({w} × {days} / {year_days} days on hold)"),
            }
        }
    }
}

/// An item covered after invoice: its rule, and an estimate's formula after it.
#[must_use]
pub fn after_invoice_rule(a: &crate::calc::totals::AfterInvoice, lang: Lang) -> String {
    match &a.basis {
        Some(b) => format!("{} {}", lang.pick(&a.rule), basis(b, lang)),
        None => lang.pick(&a.rule).to_string(),
    }
}

/// The wage basis in words: the scale, and the områdetillægsgruppe its base
/// wage is taken from (`…, løntrin 11 + 1.124 kr., områdetillægsgruppe 2`).
#[must_use]
pub fn wage_basis_name(b: &crate::budget::Budget, lang: Lang) -> String {
    let name = lang.pick(&b.wage_scale_name);
    match b.area_group {
        Some(g) => format!(
            "{name}, {} {g}",
            lang.say("områdetillægsgruppe", "area group")
        ),
        None => name.to_string(),
    }
}

#[must_use]
pub fn scheme_name(s: Scheme, lang: Lang) -> String {
    let name = match s {
        Scheme::Bpa => lang.say("BPA", "BPA"),
        Scheme::Kt => lang.say("Kontant tilskud", "Cash grant (KT)"),
        Scheme::KtRelative => lang.say(
            "Kontant tilskud til nærtstående",
            "Cash grant paid to a relative",
        ),
    };
    format!("{name} ({})", s.legal())
}

/// Where the rates came from: `embedded 2025` reads `indbygget 2025` in Danish.
#[must_use]
pub fn origin(origin: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => origin.replace("embedded", "indbygget"),
        Lang::En => origin.to_string(),
    }
}

/// A rate's source; a figure the case itself sets reads "fastsat i sagen
/// (individuel afvigelse)" in Danish.
#[must_use]
pub fn source(source: &str, lang: Lang) -> String {
    match (lang, source.strip_prefix("case file, ")) {
        (Lang::Da, Some(key)) if key.starts_with("override.") => {
            "fastsat i sagen (individuel afvigelse)".to_string()
        }
        (Lang::Da, Some(_)) => "fastsat i sagen".to_string(),
        _ => source.to_string(),
    }
}

/// ` fra 1/4`, ` from 1 Apr`: when a dated figure's value starts; nothing
/// for a figure that holds all year.
#[must_use]
pub fn from_date(from: Option<chrono::NaiveDate>, lang: Lang) -> String {
    use chrono::Datelike;
    match from {
        Some(d) => match lang {
            Lang::Da => format!(" fra {}/{}", d.day(), d.month()),
            Lang::En => format!(" from {}", d.format("%-d %b")),
        },
        None => String::new(),
    }
}

#[must_use]
pub fn admin_model_name(m: AdminModel, lang: Lang) -> &'static str {
    match m {
        AdminModel::Tasks => lang.say("opgavekatalog, KL bilag 1", "task catalogue, KL bilag 1"),
        AdminModel::Overhead => lang.say("procent af lønudgiften", "percent of wage costs"),
        AdminModel::PerHour => lang.say("kr. pr. time", "DKK per hour"),
        AdminModel::Amount => lang.say("fast beløb", "fixed amount"),
    }
}

#[must_use]
pub fn employer_name(e: Employer, lang: Lang) -> &'static str {
    match e {
        Employer::Citizen => lang.say("borgeren", "the citizen"),
        Employer::Relative => lang.say("nærtstående", "a relative"),
        Employer::Association => lang.say("forening", "an association"),
        Employer::Company => lang.say("privat virksomhed", "a private company"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn danish_and_english_numbers() {
        assert_eq!(number(dec!(1234567.891), 2, Lang::Da), "1.234.567,89");
        assert_eq!(number(dec!(1234567.891), 2, Lang::En), "1,234,567.89");
        assert_eq!(number(dec!(-12.5), 2, Lang::Da), "-12,50");
        assert_eq!(number(dec!(52), 0, Lang::Da), "52");
        assert_eq!(number(dec!(999.995), 2, Lang::En), "1,000.00");
    }
}
