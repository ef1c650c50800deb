//! The command line, by concern: the arguments and their help texts, one
//! case's documents, the runs over many cases, comparisons, regulation,
//! what `bpa` prints of itself and its manual, and how a command ends.

pub(crate) mod args;
pub(crate) mod compare;
pub(crate) mod help;
pub(crate) mod info;
pub(crate) mod manual;
pub(crate) mod one;
pub(crate) mod out;
pub(crate) mod ready;
pub(crate) mod regulate;
pub(crate) mod runs;
