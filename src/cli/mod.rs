//! The command line, by concern: the arguments, the runs over many cases,
//! comparisons, and how a command ends.

pub(crate) mod args;
pub(crate) mod compare;
pub(crate) mod out;
pub(crate) mod ready;
pub(crate) mod regulate;
pub(crate) mod runs;
