//! What each key of each input file means, in Danish and English, with its
//! unit and legal ground: one row per key, found by `Type` (a type's own
//! text, for the items of a list and the values of a table), `Type.field`
//! (a key), `Type.field.*` (each value of a table of any keys) or
//! `Type=value` (one allowed value). The rows are the only
//! source of the schema's descriptions; a test checks that every key has
//! one and every row names a key.

mod case;
mod rates;
mod tasks;
mod used;

pub use case::CASE;
pub use rates::RATES;
pub use tasks::TASKS;
pub use used::USED;

/// One key's description in both languages.
pub struct Word {
    pub key: &'static str,
    pub da: &'static str,
    pub en: &'static str,
}

/// A row of a word table.
pub(super) const fn w(key: &'static str, da: &'static str, en: &'static str) -> Word {
    Word { key, da, en }
}

/// The allowed values a case and a rate table share.
pub const COMMON: &[Word] = &[
    w(
        "Employer=citizen",
        "Borgeren er selv arbejdsgiver for hjælperne (SEL § 95 stk. 4, § 96 stk. 2).",
        "The citizen employs the helpers (SEL § 95 stk. 4, § 96 stk. 2).",
    ),
    w(
        "Employer=relative",
        "En nærtstående modtager tilskuddet og er arbejdsgiver (SEL § 95 stk. 3).",
        "A relative receives the grant and employs the helpers (SEL § 95 stk. 3).",
    ),
    w(
        "Employer=association",
        "Tilskuddet er efter aftale overført til en godkendt forening, der er arbejdsgiver (SEL § 95 stk. 4, § 96 stk. 2); tilskud til arbejdsgiveropgaver efter BEK § 8.",
        "The grant is transferred by agreement to an approved association, which employs the helpers (SEL § 95 stk. 4, § 96 stk. 2); employer-task subsidy under BEK § 8.",
    ),
    w(
        "Employer=company",
        "Tilskuddet er efter aftale overført til en godkendt privat virksomhed, der er arbejdsgiver (SEL § 95 stk. 4, § 96 stk. 2); tilskud til arbejdsgiveropgaver efter BEK § 8.",
        "The grant is transferred by agreement to an approved private company, which employs the helpers (SEL § 95 stk. 4, § 96 stk. 2); employer-task subsidy under BEK § 8.",
    ),
    w(
        "AdminModel=tasks",
        "Opgavemodellen: KL bilag 1's opgaver med tid og timesats (BEK § 8; KL 3.4.4).",
        "The tasks model: KL bilag 1's tasks by time and hourly rate (BEK § 8; KL 3.4.4).",
    ),
    w(
        "AdminModel=overhead",
        "En procentsats af løn, pension, feriegodtgørelse og bidrag (BEK § 8; SM 2021: skal vurderes konkret).",
        "A percent of wages, pension, holiday pay and contributions (BEK § 8; SM 2021: to be assessed per case).",
    ),
    w(
        "AdminModel=per_hour",
        "Kroner pr. tilskudstime (BEK § 8; SM 2021: skal vurderes konkret).",
        "Kroner per grant hour (BEK § 8; SM 2021: to be assessed per case).",
    ),
    w(
        "AdminModel=amount",
        "Et beløb pr. år efter arbejdsgiverens budget (BEK § 8).",
        "An amount per year from the employer's budget (BEK § 8).",
    ),
];
