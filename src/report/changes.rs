//! `bpa diff OLD/ NEW/`: one line per case, its grant before and after and
//! whether the change needs 14 weeks' notice (SEL § 3 a), as a table.

use std::fmt::Write as _;

use rust_decimal::Decimal;

use super::table::{Style, new_table, right, section, signed};
use super::{Lang, money};
use crate::batch::Outcome;
use crate::diff::CaseChange;

/// The table of a comparison over folders: compared cases first, then a
/// count of those that need notice and of those that could not be compared.
#[must_use]
pub fn render(rows: &[Outcome<CaseChange>], lang: Lang, style: Style) -> String {
    let mut t = new_table(
        style,
        &[
            lang.say("Sag", "Case"),
            lang.say("Fil (ny)", "File (new)"),
            lang.say("Tilskud før", "Grant before"),
            lang.say("Tilskud nu", "Grant now"),
            lang.say("Ændring", "Change"),
            lang.say("Timer/uge før", "Hours/week before"),
            lang.say("Timer/uge nu", "Hours/week now"),
            lang.say("Varsel (SEL § 3 a)", "Notice (SEL § 3 a)"),
        ],
    );
    let amount = |v: Option<Decimal>| v.map_or_else(|| "—".to_string(), |v| money(v, lang));
    let (mut compared, mut notice, mut skipped, mut failed) = (0, 0, 0, Vec::new());
    for row in rows {
        match row {
            Outcome::Done(_, c) => {
                compared += 1;
                notice += usize::from(c.notice);
                // The new version's file; the rows of `--format csv` and json have both.
                let file = c.new_file.clone();
                t.add_row(vec![
                    c.id.clone(),
                    file,
                    amount(c.old_grant),
                    amount(c.new_grant),
                    c.change()
                        .map_or_else(|| "—".to_string(), |v| signed(v, lang)),
                    amount(c.old_hours_per_week),
                    amount(c.new_hours_per_week),
                    if c.notice {
                        lang.say("ja, 14 uger", "yes, 14 weeks")
                    } else {
                        lang.say("nej", "no")
                    }
                    .to_string(),
                ]);
            }
            Outcome::Failed { error, .. } => failed.push(error.one_line()),
            Outcome::Skipped(..) => skipped += 1,
        }
    }
    right(&mut t, &[2, 3, 4, 5, 6]);
    let mut out = String::new();
    section(
        &mut out,
        lang.say("Sammenligning pr. sag", "Comparison by case"),
        &t,
        style,
    );
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Lang::Da => format!(
                "{compared} {} sammenlignet, {notice} skal varsles med 14 uger (SEL § 3 a), {} kunne ikke sammenlignes, {skipped} uden [previous].",
                if compared == 1 { "sag" } else { "sager" },
                failed.len()
            ),
            Lang::En => format!(
                "{compared} {} compared, {notice} need 14 weeks' notice (SEL § 3 a), {} could not be compared, {skipped} without [previous].",
                if compared == 1 { "case" } else { "cases" },
                failed.len()
            ),
        }
    );
    for e in failed {
        let _ = writeln!(out, "- {e}");
    }
    out
}
