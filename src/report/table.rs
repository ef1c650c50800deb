//! `--format table` (SPEC 12): a [`Doc`] as text tables, one per section,
//! Danish labels by default; with `markdown` the same as Markdown.

use std::fmt::Write as _;

use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle, presets};

use super::doc::{self, Block, Body, Cell, Doc, Section, Table as DocTable};
use super::{Lang, RateSummary};
use crate::budget::Budget;
use crate::rates::Entry;
use crate::runs::diff::Diff;
use crate::runs::settle::Account;

/// How tables are drawn.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Wrap cells to this width; `None` never wraps.
    pub width: Option<u16>,
    /// Draw borders; without them columns are set apart by spaces and the
    /// header is underlined, for files, mail and pipes.
    pub borders: bool,
    /// `--format md`: Markdown headings and tables, never wrapped.
    pub markdown: bool,
    /// `--explain`: under each line its formula, legal ground and the
    /// source of every rate used, instead of the basis and legal columns.
    pub explain: bool,
}

/// No borders: a dashed line under the header, spaces between columns.
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('-').junction(' '));

fn new_table(style: Style, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(if style.markdown {
        presets::ASCII_MARKDOWN
    } else if style.borders {
        presets::UTF8_FULL_CONDENSED
    } else {
        PLAIN
    });
    match style.width.filter(|_| !style.markdown) {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(header.iter().copied());
    t
}

/// A document as text tables: the title, its lead lines, then each
/// section's title above its tables and paragraphs.
#[must_use]
pub fn render_doc(doc: &Doc, style: Style) -> String {
    let mut out = String::new();
    if let Some(title) = &doc.title {
        if style.markdown {
            let _ = writeln!(out, "# {title}\n");
        } else {
            let _ = writeln!(out, "{title}");
        }
        // Markdown joins lines into one paragraph: several become a list.
        let bullet = if style.markdown && doc.lead.len() > 1 {
            "- "
        } else {
            ""
        };
        for line in &doc.lead {
            let _ = writeln!(out, "{bullet}{line}");
        }
        out.push('\n');
    }
    for block in &doc.blocks {
        match block {
            Block::Section(s) => section(&mut out, s, style),
            Block::Para(p) => {
                let _ = writeln!(out, "{p}\n");
            }
        }
    }
    // One line break at the end, whichever section came last.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// A titled section: a heading in Markdown, else the title on its own
/// line above its tables and paragraphs.
fn section(out: &mut String, s: &Section, style: Style) {
    if style.markdown {
        let _ = writeln!(out, "## {}\n", s.title);
    } else {
        let _ = writeln!(out, "{}", s.title);
    }
    for body in &s.body {
        match body {
            Body::Table(t) if style.explain && t.explained => explained_table(out, t, style),
            Body::Table(t) => {
                let _ = writeln!(out, "{}\n", text_table(t, style));
            }
            Body::Para(p) => {
                let _ = writeln!(out, "{p}\n");
            }
            // Text has no charts; the amounts stand in the tables.
            Body::Chart(_) => {}
        }
    }
}

/// A table laid out by comfy-table; numeric columns right-aligned, and
/// in Markdown marked `---:` so converters keep them right-aligned.
fn text_table(t: &DocTable, style: Style) -> String {
    let head: Vec<&str> = t.head.iter().map(|h| h.text.as_str()).collect();
    let mut table = new_table(style, &head);
    for r in &t.rows {
        if style.markdown {
            // `|` would end a Markdown cell.
            table.add_row(r.cells.iter().map(|c| c.text.replace('|', "\\|")));
        } else {
            table.add_row(r.cells.iter().map(|c| c.text.as_str()));
        }
    }
    let right: Vec<usize> = t
        .head
        .iter()
        .enumerate()
        .filter(|(_, h)| h.kind.right())
        .map(|(i, _)| i)
        .collect();
    for &c in &right {
        if let Some(col) = table.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    let text = table.trim_fmt();
    if !style.markdown {
        return text;
    }
    // The line under the header: `|-----|-----|` → `|-----|----:|`.
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if let Some(rule) = lines.get_mut(1) {
        let cols: Vec<String> = rule
            .split('|')
            .enumerate()
            .map(|(i, seg)| {
                // Segment 0 is before the first `|`; column c is segment c + 1.
                if i > 0 && right.contains(&(i - 1)) && seg.ends_with('-') {
                    format!("{}:", &seg[..seg.len() - 1])
                } else {
                    seg.to_string()
                }
            })
            .collect();
        *rule = cols.join("|");
    }
    lines.join("\n")
}

/// `--explain`: each line with its amount, then indented under it its
/// notes (formula, legal ground, every rate with its source and whether it
/// is verified). Plain text, so wrapped notes keep their indent.
fn text(cells: &[Cell], i: usize) -> &str {
    cells.get(i).map_or("", |c| c.text.as_str())
}

fn explained_table(out: &mut String, t: &DocTable, style: Style) {
    let width = usize::from(style.width.unwrap_or(100)).max(40);
    let row = |out: &mut String, label: &str, amount: &str| {
        let room = width.saturating_sub(amount.chars().count() + 2);
        let label_lines = textwrap::wrap(label, room);
        for (i, part) in label_lines.iter().enumerate() {
            if i + 1 == label_lines.len() {
                let pad = width.saturating_sub(part.chars().count() + amount.chars().count());
                let _ = writeln!(out, "{part}{}{amount}", " ".repeat(pad));
            } else {
                let _ = writeln!(out, "{part}");
            }
        }
    };
    let head = |i: usize| t.head.get(i).map_or("", |h| h.text.as_str());
    row(out, head(0), head(1));
    let _ = writeln!(out, "{}", "-".repeat(width));
    let notes = textwrap::Options::new(width)
        .initial_indent("    ")
        .subsequent_indent("      ");
    for r in &t.rows {
        row(out, text(&r.cells, 0), text(&r.cells, 1));
        for note in &r.notes {
            let _ = writeln!(out, "{}", textwrap::fill(note, &notes));
        }
    }
    out.push('\n');
}

/// The whole budget as text tables.
#[must_use]
pub fn render(b: &Budget, lang: Lang, style: Style) -> String {
    render_doc(&doc::budget::build(b, lang), style)
}

/// `bpa diff`: each section's lines old, new and the change, then the
/// reduction notice (SEL § 3 a) when hours or the grant fall.
#[must_use]
pub fn render_diff(d: &Diff, lang: Lang, style: Style) -> String {
    render_doc(&doc::other::diff(d, lang), style)
}

/// `bpa rates`: the embedded tables, one row each.
#[must_use]
pub fn render_rate_list(tables: &[RateSummary], lang: Lang, style: Style) -> String {
    render_doc(&doc::other::rate_list(tables, lang), style)
}

/// `bpa rates YEAR|FILE`: every sourced entry of one table after `extends`.
#[must_use]
pub fn render_rates(summary: &RateSummary, entries: &[Entry], lang: Lang, style: Style) -> String {
    render_doc(&doc::other::rates(summary, entries, lang), style)
}

/// `bpa settle`: granted against used hours by band, the value of the
/// difference, what happens to it, and what the account leaves out.
#[must_use]
pub fn render_account(a: &Account, lang: Lang, style: Style) -> String {
    render_doc(&doc::account::account(a, lang), style)
}
