//! `bpa schema`: a JSON Schema (draft 2020-12) for each kind of input file —
//! the case file (SPEC 2), the rate table (SPEC 11) and the used-hours file
//! of `bpa settle` (SPEC 10a) — generated from the very types `bpa` reads
//! them with, so a key, a type, an allowed value or a bound cannot differ.
//!
//! The generated schema is shaped for editors that understand TOML (Taplo,
//! and Even Better TOML built on it) and for any validator of TOML read as
//! JSON: every subschema is written out in place (Taplo ignores what stands
//! beside a `$ref`), TOML has no `null`, and only keywords that draft 7 and
//! draft 2020-12 read alike are used. Each key's description, in Danish or
//! English, comes from the tables in [`words`], one row per key.

mod shape;
pub mod words;

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use super::Lang;
use crate::case::CaseFile;
use crate::rates::RateTable;
use crate::runs::settle::UsedFile;
use words::Word;

/// The kinds of input file a schema is printed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// A case file (`bpa calc CASE`)
    Case,
    /// A rate table (`--rates FILE`, `rates = "…"` in a case)
    Rates,
    /// A used-hours file (`bpa settle CASE --used FILE`)
    Used,
}

impl Kind {
    /// The name a schema file of this kind is saved under by convention.
    #[must_use]
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Case => "bpa-case.schema.json",
            Kind::Rates => "bpa-rates.schema.json",
            Kind::Used => "bpa-used.schema.json",
        }
    }
}

/// The schema of a kind of file, its descriptions in `lang`.
#[must_use]
pub fn schema(kind: Kind, lang: Lang) -> Value {
    let (mut schema, _) = described(kind, lang);
    shape::finish(&mut schema, kind == Kind::Rates);
    schema
}

/// The schema with its descriptions, before it is written out in place,
/// and the rows of the word table that matched no key.
fn described(kind: Kind, lang: Lang) -> (Value, Vec<&'static str>) {
    let (mut schema, root, tables) = match kind {
        Kind::Case => (
            generated::<CaseFile>(),
            "CaseFile",
            [words::COMMON, words::CASE].as_slice(),
        ),
        Kind::Rates => (
            generated::<RateTable>(),
            "RateTable",
            [words::COMMON, words::RATES, words::TASKS].as_slice(),
        ),
        Kind::Used => (
            generated::<UsedFile>(),
            "UsedFile",
            [words::USED].as_slice(),
        ),
    };
    shape::tidy(&mut schema);
    if kind == Kind::Rates {
        // `extends` is read before the table is merged, not by `RateTable`.
        if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
            props.insert("extends".into(), json!({ "type": "string" }));
        }
    }
    let mut unused = Vec::new();
    for word in tables.iter().copied().flatten() {
        if !describe(&mut schema, root, word, lang) {
            unused.push(word.key);
        }
    }
    (schema, unused)
}

/// The schema schemars derives for a type, as JSON.
fn generated<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    generator.into_root_schema_for::<T>().to_value()
}

/// Put one row's text where its key points: `Type` is the type's own
/// description, `Type.field` a field's, `Type.field.*` that of each value
/// of a table of any keys, `Type=value` one allowed value's
/// (under `x-taplo.docs.enumValues`, which Taplo shows on completion).
/// False when the key names nothing in the schema.
fn describe(schema: &mut Value, root: &str, word: &Word, lang: Lang) -> bool {
    let text = lang.say(word.da, word.en);
    let (path, value) = match word.key.split_once('=') {
        Some((ty, value)) => (ty, Some(value)),
        None => (word.key, None),
    };
    let (ty, field) = match path.split_once('.') {
        Some((ty, field)) => (ty, Some(field)),
        None => (path, None),
    };
    let mut pointer = if ty == root {
        String::new()
    } else {
        format!("/$defs/{ty}")
    };
    if let Some(field) = field {
        match field.strip_suffix(".*") {
            Some(map) => pointer += &format!("/properties/{map}/additionalProperties"),
            None => pointer += &format!("/properties/{field}"),
        }
    }
    let Some(target) = schema.pointer_mut(&pointer).and_then(Value::as_object_mut) else {
        return false;
    };
    match value {
        None => {
            target.insert("description".into(), Value::String(text.into()));
            true
        }
        Some(value) => enum_doc(target, value, text),
    }
}

/// The documentation of one allowed value of an enum schema.
fn enum_doc(target: &mut Map<String, Value>, value: &str, text: &str) -> bool {
    let Some(values) = target.get("enum").and_then(Value::as_array) else {
        return false;
    };
    let Some(i) = values.iter().position(|v| v.as_str() == Some(value)) else {
        return false;
    };
    let n = values.len();
    let docs = target
        .entry("x-taplo")
        .or_insert_with(|| json!({ "docs": { "enumValues": vec![Value::Null; n] } }));
    match docs.pointer_mut(&format!("/docs/enumValues/{i}")) {
        Some(slot) => {
            *slot = Value::String(text.into());
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests;
