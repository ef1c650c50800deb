//! `bpa diff OLD/ NEW/`: one line per case, its grant before and after and
//! whether the change needs 14 weeks' notice (SEL § 3 a), as a table.

use super::table::{Style, render_doc};
use super::{Lang, doc};
use crate::runs::batch::Outcome;
use crate::runs::diff::CaseChange;

/// The table of a comparison over folders: compared cases first, then a
/// count of those that need notice and of those that could not be compared.
#[must_use]
pub fn render(rows: &[Outcome<CaseChange>], lang: Lang, style: Style) -> String {
    render_doc(&doc::other::changes(rows, lang), style)
}
