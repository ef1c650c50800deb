//! The runs over many cases and years, above the budget of one case: a
//! batch of case files, a comparison of two budgets, the yearly account
//! and regulation during the year.

pub mod batch;
pub mod diff;
pub mod regulate;
pub mod settle;
pub mod walk;
