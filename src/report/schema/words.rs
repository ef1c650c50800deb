//! What each key of each input file means, in Danish and English: one row
//! per key, found by `Type`, `Type.field` or `Type=value` (SPEC 2, 10a, 11).

/// One key's description in both languages.
pub struct Word {
    pub key: &'static str,
    pub da: &'static str,
    pub en: &'static str,
}

pub const CASE: &[Word] = &[];
pub const RATES: &[Word] = &[];
pub const USED: &[Word] = &[];
