//! `--format html`: the decision attachment as one self-contained HTML
//! file (inline CSS, no scripts, fonts or links) for screen, screen
//! reader and A4 print: real tables with `<th scope>`, numbers right-aligned
//! in tabular figures, two small SVG charts. Prints to PDF with a headless
//! browser (see README).

use std::fmt::Write as _;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::Lang;
use super::doc::{Block, Body, Chart, ChartKind, Doc, Kind, Section, Table};

/// Text for HTML: `&`, `<`, `>` and quotes escaped.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = r"
:root { color: #1a1a1a; background: #fff; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 11pt; line-height: 1.4; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
h2 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #1f4e79; color: #1f4e79; }
p { margin: .4rem 0; max-width: 48rem; }
dl.lead { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
dl.lead dt { font-weight: 600; }
dl.lead dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 .75rem; font-size: .92em; }
th, td { padding: .25rem .45rem; border-bottom: 1px solid #c8c8c8; vertical-align: top; text-align: left; }
thead th { background: #e8eef5; border-bottom: 2px solid #1f4e79; font-weight: 600; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums lining-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #1a1a1a; border-bottom: 2px solid #1a1a1a; }
figure { margin: .5rem 0 1rem; }
figcaption { font-size: .9em; color: #444; }
svg { max-width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 11px; fill: #1a1a1a; }
.note { font-size: .9em; color: #333; margin-top: 1.5rem; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 9.5pt; max-width: none; margin: 0; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure, dl.lead, p { break-inside: avoid; page-break-inside: avoid; }
  table.short { break-inside: avoid; page-break-inside: avoid; }
  section.page { break-before: page; page-break-before: always; }
  thead th { background: #e8eef5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

/// Text as a CSS string: quotes and backslashes escaped, and `<` so that
/// no text can end the style element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("\\3c "),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// In print, every page's heading (the case and the municipality) and its
/// number of the pages: "side 2 af 7" (CSS page margin boxes).
fn page_margins(running: Option<&str>, lang: Lang) -> String {
    let Some(running) = running else {
        return String::new();
    };
    format!(
        "@page {{ @top-left {{ content: {}; font-size: 8pt; color: #444; }} \
         @bottom-right {{ content: {} counter(page) {} counter(pages); font-size: 8pt; color: #444; }} }}\n",
        css_string(running),
        css_string(lang.say("side ", "page ")),
        css_string(lang.say(" af ", " of ")),
    )
}

/// The chart colours: distinguishable in colour-blind vision and in grey.
const COLOURS: [&str; 6] = [
    "#1f4e79", "#4e9ad1", "#e69f00", "#009e73", "#cc79a7", "#7f7f7f",
];

/// The attachment as HTML.
#[must_use]
pub fn render(doc: &Doc, lang: Lang) -> String {
    let mut out = String::new();
    let title = doc.title.as_deref().unwrap_or_default();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n",
        lang.say("da", "en"),
        escape(title),
        page_margins(doc.running.as_deref(), lang),
        escape(title)
    );
    if !doc.lead.is_empty() {
        out.push_str("<dl class=\"lead\">\n");
        for line in &doc.lead {
            match line.split_once(": ") {
                Some((k, v)) => {
                    let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(k), escape(v));
                }
                None => {
                    let _ = writeln!(out, "<dt></dt><dd>{}</dd>", escape(line));
                }
            }
        }
        out.push_str("</dl>\n");
    }
    out.push_str("</header>\n<main>\n");
    let mut charts = 0;
    for block in &doc.blocks {
        match block {
            Block::Section(s) => {
                // A section of text only is kept on one page where it fits.
                let text_only = s.tables().next().is_none();
                let class = match (text_only, s.new_page) {
                    (true, true) => " class=\"text page\"",
                    (true, false) => " class=\"text\"",
                    (false, true) => " class=\"page\"",
                    (false, false) => "",
                };
                section(&mut out, s, class, &mut charts);
            }
            Block::Para(p) => {
                let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(p));
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn section(out: &mut String, s: &Section, class: &str, charts: &mut usize) {
    let _ = writeln!(out, "<section{class}>\n<h2>{}</h2>", escape(&s.title));
    for body in &s.body {
        match body {
            Body::Para(p) => {
                let _ = writeln!(out, "<p>{}</p>", escape(p).replace('\n', "<br>"));
            }
            Body::Table(t) => table(out, t),
            Body::Chart(c) => {
                *charts += 1;
                chart(out, c, *charts);
            }
        }
    }
    out.push_str("</section>\n");
}

fn class(kind: Kind) -> &'static str {
    if kind.right() { " class=\"num\"" } else { "" }
}

/// A table of at most this many rows of one line each is kept on one page
/// in print (a few lines, so it fits below most of a page); a longer one,
/// or one with long formulas, breaks between rows, its header repeated.
const SHORT_TABLE: usize = 12;
const SHORT_CELL: usize = 90;

fn table(out: &mut String, t: &Table) {
    let short = t.rows.len() <= SHORT_TABLE
        && t.rows
            .iter()
            .all(|r| r.cells.iter().all(|c| c.text.chars().count() <= SHORT_CELL));
    out.push_str(if short {
        "<table class=\"short\">\n<thead><tr>"
    } else {
        "<table>\n<thead><tr>"
    });
    for h in &t.head {
        let _ = write!(
            out,
            "<th scope=\"col\"{}>{}</th>",
            class(h.kind),
            escape(&h.text)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &t.rows {
        out.push_str(if r.total {
            "<tr class=\"total\">"
        } else {
            "<tr>"
        });
        for (i, c) in r.cells.iter().enumerate() {
            let kind = t.head.get(i).map_or(c.kind, |h| h.kind);
            if i == 0 {
                let _ = write!(
                    out,
                    "<th scope=\"row\"{}>{}</th>",
                    class(kind),
                    escape(&c.text)
                );
            } else {
                let _ = write!(out, "<td{}>{}</td>", class(kind), escape(&c.text));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// `value / whole` of `length`, in whole units; 0 for a zero whole.
fn share(value: Decimal, whole: Decimal, length: i64) -> i64 {
    if whole <= Decimal::ZERO {
        return 0;
    }
    (value.max(Decimal::ZERO) * Decimal::from(length) / whole)
        .round()
        .to_i64()
        .unwrap_or(0)
}

fn chart(out: &mut String, c: &Chart, n: usize) {
    let id = format!("chart{n}");
    let _ = writeln!(out, "<figure>");
    match c.kind {
        ChartKind::Parts => {
            // One bar of 600 units split into the parts, a legend below.
            let width = 600;
            let whole: Decimal = c.bars.iter().map(|b| b.value.max(Decimal::ZERO)).sum();
            let rows = i64::try_from(c.bars.len()).unwrap_or(0);
            let height = 48 + rows * 18;
            let _ = writeln!(
                out,
                "<svg role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"><title id=\"{id}\">{}</title>",
                escape(&c.title)
            );
            let mut before = Decimal::ZERO;
            for (i, b) in c.bars.iter().enumerate() {
                let x = share(before, whole, width);
                before += b.value.max(Decimal::ZERO);
                let w = share(before, whole, width) - x;
                let colour = COLOURS[i % COLOURS.len()];
                if w > 0 {
                    let _ = writeln!(
                        out,
                        "<rect x=\"{x}\" y=\"0\" width=\"{w}\" height=\"32\" fill=\"{colour}\"><title>{}: {} kr.</title></rect>",
                        escape(&b.label),
                        escape(&b.text)
                    );
                }
                let y = 44 + i64::try_from(i).unwrap_or(0) * 18;
                let _ = writeln!(
                    out,
                    "<rect x=\"0\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"18\" y=\"{}\">{}</text><text x=\"330\" y=\"{}\" text-anchor=\"end\">{}</text>",
                    y,
                    y + 10,
                    escape(&b.label),
                    y + 10,
                    escape(&b.text)
                );
            }
        }
        ChartKind::Columns => {
            // One column per bar, scaled to the largest.
            let (left, top, plot, slot) = (0, 8, 120, 48);
            let count = i64::try_from(c.bars.len()).unwrap_or(0);
            let width = left + count * slot;
            let height = top + plot + 22;
            let max = c.bars.iter().map(|b| b.value).max().unwrap_or_default();
            let _ = writeln!(
                out,
                "<svg role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"><title id=\"{id}\">{}</title>",
                escape(&c.title)
            );
            for (i, b) in c.bars.iter().enumerate() {
                let i = i64::try_from(i).unwrap_or(0);
                let h = share(b.value, max, plot);
                let x = left + i * slot + 6;
                let _ = writeln!(
                    out,
                    "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{h}\" fill=\"{}\"><title>{}: {} kr.</title></rect><text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                    top + plot - h,
                    slot - 12,
                    COLOURS[0],
                    escape(&b.label),
                    escape(&b.text),
                    x + (slot - 12) / 2,
                    top + plot + 16,
                    escape(&b.label)
                );
            }
        }
    }
    let _ = writeln!(
        out,
        "</svg>\n<figcaption>{}</figcaption>\n</figure>",
        escape(&c.title)
    );
}
