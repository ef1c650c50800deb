//! The command line, by concern: the arguments, one case's documents, the
//! runs over many cases, comparisons, regulation, what `bpa` prints of
//! itself, and how a command ends.

pub(crate) mod args;
pub(crate) mod compare;
pub(crate) mod info;
pub(crate) mod one;
pub(crate) mod out;
pub(crate) mod regulate;
pub(crate) mod runs;
