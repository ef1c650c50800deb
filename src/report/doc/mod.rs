//! The document model every text renderer reads: a title, a few lead
//! lines, then sections of headed tables and paragraphs. Each report is
//! built once here (`budget`, `account`, `other`); `table`, `markdown` and `html`
//! only lay it out, so a section is written in one place.

pub mod account;
pub mod attachment;
pub mod budget;
pub mod costs;
pub mod dates;
pub mod lines;
pub mod names;
pub mod notices;
pub mod other;
pub mod payees;
pub mod payments;
pub mod period;
pub mod sources;
pub mod stays;

/// What a cell holds: renderers right-align everything but text and
/// print numbers in tabular figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Kroner.
    Amount,
    /// Hours.
    Hours,
    /// Any other number (counts, percentages).
    Number,
}

impl Kind {
    /// Numbers line up on the right.
    #[must_use]
    pub fn right(self) -> bool {
        self != Kind::Text
    }
}

/// A column header (`<th scope="col">`): its text and what its cells hold.
#[derive(Debug, Clone)]
pub struct Head {
    pub text: String,
    pub kind: Kind,
}

/// One cell: its text in the output language and what it holds.
#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    pub kind: Kind,
}

/// One row: its cells; `total` for a closing sum; `notes` are what
/// `--explain` prints under the row (formula, legal ground, rate sources).
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub total: bool,
    pub notes: Vec<String>,
}

/// A table; `explained` marks a table of budget lines that `--explain`
/// prints as item and amount with the notes under each row.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub head: Vec<Head>,
    pub rows: Vec<Row>,
    pub explained: bool,
}

impl Table {
    /// A table with these column headers and kinds.
    #[must_use]
    pub fn new(head: &[(&str, Kind)]) -> Table {
        Table {
            head: head
                .iter()
                .map(|(text, kind)| Head {
                    text: (*text).to_string(),
                    kind: *kind,
                })
                .collect(),
            rows: Vec::new(),
            explained: false,
        }
    }

    /// A row whose cells take the kinds of their columns.
    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) -> &mut Row {
        let cells = cells
            .into_iter()
            .zip(
                self.head
                    .iter()
                    .map(|h| h.kind)
                    .chain(std::iter::repeat(Kind::Text)),
            )
            .map(|(text, kind)| Cell {
                text: text.into(),
                kind,
            })
            .collect();
        self.rows.push(Row {
            cells,
            total: false,
            notes: Vec::new(),
        });
        // Just pushed, so there is a last row.
        let n = self.rows.len() - 1;
        &mut self.rows[n]
    }

    /// A closing sum row.
    pub fn total<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.row(cells).total = true;
    }
}

/// A small chart of amounts, drawn only where a renderer can draw (HTML);
/// the same amounts always stand in a table beside it.
#[derive(Debug, Clone)]
pub struct Chart {
    /// What the chart shows, also its text alternative.
    pub title: String,
    pub kind: ChartKind,
    pub bars: Vec<Bar>,
}

/// How a chart lays out its bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Parts of one whole, side by side in one bar.
    Parts,
    /// One column per bar (the months of the year).
    Columns,
}

/// One bar: its label, its amount and the amount as printed.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub value: rust_decimal::Decimal,
    pub text: String,
}

/// A part of a section.
#[derive(Debug, Clone)]
pub enum Body {
    Table(Table),
    /// A paragraph; a line break inside it is kept.
    Para(String),
    Chart(Chart),
}

/// A headed section.
#[derive(Debug, Clone)]
pub struct Section {
    pub title: String,
    pub body: Vec<Body>,
    /// In print, the section starts a new page.
    pub new_page: bool,
}

impl Section {
    #[must_use]
    pub fn new(title: impl Into<String>) -> Section {
        Section {
            title: title.into(),
            body: Vec::new(),
            new_page: false,
        }
    }

    /// In print, start the section on a new page.
    #[must_use]
    pub fn new_page(mut self) -> Section {
        self.new_page = true;
        self
    }

    #[must_use]
    pub fn table(mut self, t: Table) -> Section {
        self.body.push(Body::Table(t));
        self
    }

    #[must_use]
    pub fn para(mut self, text: impl Into<String>) -> Section {
        self.body.push(Body::Para(text.into()));
        self
    }

    #[must_use]
    pub fn chart(mut self, c: Chart) -> Section {
        self.body.push(Body::Chart(c));
        self
    }

    /// The section's tables.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.body.iter().filter_map(|b| match b {
            Body::Table(t) => Some(t),
            _ => None,
        })
    }
}

/// A part of a document: a section, or a paragraph of its own.
#[derive(Debug, Clone)]
pub enum Block {
    Section(Section),
    Para(String),
}

/// A whole report.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// The document's title, if it has one.
    pub title: Option<String>,
    /// Lines under the title (the case's facts, the files compared).
    pub lead: Vec<String>,
    pub blocks: Vec<Block>,
    /// In print, the heading of every page (the case id, the municipality);
    /// the renderer adds the page number and the page count.
    pub running: Option<String>,
}

impl Doc {
    pub fn section(&mut self, s: Section) {
        self.blocks.push(Block::Section(s));
    }

    pub fn para(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Para(text.into()));
    }

    /// The sections in order.
    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Section(s) => Some(s),
            Block::Para(_) => None,
        })
    }
}
