//! `--format md`: the decision attachment as Markdown (reads as plain
//! text in a mail, converts to PDF or Word with pandoc or Word's own
//! import). The same document as `--format html`, every section under a
//! `##` heading and numeric columns marked right-aligned; the charts are
//! left out, their amounts stand in the tables.

use super::doc::attachment;
use super::{Lang, table};
use crate::budget::Budget;
use crate::budget::decision::Facts;

/// The attachment.
#[must_use]
pub fn render(b: &Budget, facts: &Facts, lang: Lang) -> String {
    table::render_doc(
        &attachment::build(b, facts, lang),
        table::Style {
            width: None,
            borders: false,
            markdown: true,
            explain: false,
        },
    )
}
