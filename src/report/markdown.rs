//! `--format md`: the decision attachment as Markdown (reads as plain
//! text in a mail, converts to PDF or Word with pandoc or Word's own
//! import). The same document as `--format html`, every section under a
//! `##` heading and numeric columns marked right-aligned; the charts are
//! left out, their amounts stand in the tables.

use super::doc::{Doc, attachment};
use super::{Lang, table};
use crate::budget::Budget;
use crate::budget::decision::Facts;

/// The attachment.
#[must_use]
pub fn render(b: &Budget, facts: &Facts, lang: Lang) -> String {
    render_doc(&attachment::build(b, facts, lang))
}

/// Any document as Markdown (`bpa diff --format md`).
#[must_use]
pub fn render_doc(doc: &Doc) -> String {
    table::render_doc(
        doc,
        table::Style {
            width: None,
            borders: false,
            markdown: true,
            explain: false,
        },
    )
}
