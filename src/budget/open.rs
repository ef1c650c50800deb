//! What must be settled before the citizen's attachment is sent (SPEC 12):
//! the attachment is the municipality's reasons for a decision (VEJ pkt. 61,
//! FVL § 22), so it states what was decided and nothing the caseworker still
//! has to work out. A case with an open point gets them on stderr ("ikke klar
//! til afsendelse") and in the caseworker's output; the attachment stays clean.

use std::sync::Arc;

use super::Budget;
use crate::calc::Text;
use crate::calc::checks::{NoteAbout, Warning};
use crate::rates::Fig;

/// One thing to settle before the attachment can be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenPoint<'a> {
    /// A warning about the case (SPEC 9): the cap exceeded or not set, a
    /// figure read as 12 kr. from `12.000`, too few helpers, …
    Warning(&'a Warning),
    /// Employer tasks the rate table sets no time for (BEK § 8): 0 kr. in
    /// the budget until the municipality sets the time.
    TaskTimeUnset(&'a [Text]),
    /// Figures that stand in for the municipality's own decision (the § 10
    /// amount, an overhead percent, a payslip price).
    Placeholder(&'a [Arc<Fig>]),
}

/// What the decision itself decides is no open point: a reduction against
/// the last decision, whose notice the attachment states (SEL § 3 a), and
/// standby in BPA, which BEK § 5 stk. 3 allows in very special cases — the
/// reminder is the caseworker's, and the decision gives the reasons. Both
/// stay warnings: the caseworker's output shows them and `--strict` fails.
const DECIDED: &[&str] = &["reduction_notice", "standby_in_bpa"];

/// Every open point of a budget, warnings first in their order.
#[must_use]
pub fn open_points(b: &Budget) -> Vec<OpenPoint<'_>> {
    let mut out: Vec<OpenPoint<'_>> = b
        .warnings
        .iter()
        .filter(|w| !DECIDED.contains(&w.code))
        .map(OpenPoint::Warning)
        .collect();
    for n in &b.notes {
        match &n.about {
            NoteAbout::TaskTimeUnset(tasks) => out.push(OpenPoint::TaskTimeUnset(tasks)),
            NoteAbout::Placeholder => out.push(OpenPoint::Placeholder(&n.figures)),
            NoteAbout::Unverified { .. } | NoteAbout::ZeroUsed => {}
        }
    }
    out
}
