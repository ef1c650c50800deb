use std::collections::BTreeSet;

use super::*;

const KINDS: [Kind; 3] = [Kind::Case, Kind::Rates, Kind::Used];

/// Every place an editor shows a description: the root, each key, the
/// items of a list and the values of a table; with the JSON pointer.
fn described_places(node: &Value, at: &str, out: &mut Vec<(String, Value)>) {
    let Some(obj) = node.as_object() else { return };
    out.push((
        at.to_string(),
        obj.get("description").cloned().unwrap_or(Value::Null),
    ));
    if let Some(Value::Object(props)) = obj.get("properties") {
        for (k, v) in props {
            described_places(v, &format!("{at}/properties/{k}"), out);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub @ Value::Object(_)) = obj.get(key) {
            described_places(sub, &format!("{at}/{key}"), out);
        }
    }
}

#[test]
fn every_key_has_a_description_in_both_languages() {
    for kind in KINDS {
        for lang in [Lang::Da, Lang::En] {
            let mut places = Vec::new();
            described_places(&schema(kind, lang), "", &mut places);
            let missing: Vec<&String> = places
                .iter()
                .filter(|(_, d)| d.as_str().is_none_or(|s| s.trim().is_empty()))
                .map(|(at, _)| at)
                .collect();
            assert!(
                missing.is_empty(),
                "{kind:?} {lang:?}: no description at {missing:#?}"
            );
            assert!(places.len() > 10, "{kind:?}: {} places", places.len());
        }
    }
}

#[test]
fn the_two_languages_differ_key_by_key() {
    for kind in KINDS {
        let (mut da, mut en) = (Vec::new(), Vec::new());
        described_places(&schema(kind, Lang::Da), "", &mut da);
        described_places(&schema(kind, Lang::En), "", &mut en);
        assert_eq!(da.len(), en.len());
        for ((at, d), (_, e)) in da.iter().zip(&en) {
            // A day's or a name's text may read alike; a sentence may not.
            let long = d.as_str().is_some_and(|s| s.len() > 40);
            assert!(
                !long || d != e,
                "{kind:?} {at}: the same text in both languages"
            );
        }
    }
}

/// Every enum with its Taplo value docs, by pointer.
fn enums(node: &Value, at: &str, out: &mut Vec<(String, usize, Value)>) {
    let Some(obj) = node.as_object() else { return };
    if let Some(Value::Array(values)) = obj.get("enum") {
        let docs = obj
            .get("x-taplo")
            .and_then(|x| x.pointer("/docs/enumValues"))
            .cloned()
            .unwrap_or(Value::Null);
        out.push((at.to_string(), values.len(), docs));
    }
    for (k, v) in obj {
        if let Value::Object(_) = v {
            enums(v, &format!("{at}/{k}"), out);
        }
    }
}

#[test]
fn every_allowed_value_is_documented_in_both_languages() {
    for kind in KINDS {
        for lang in [Lang::Da, Lang::En] {
            let mut found = Vec::new();
            enums(&schema(kind, lang), "", &mut found);
            for (at, n, docs) in found {
                let docs = docs.as_array().cloned().unwrap_or_default();
                assert_eq!(docs.len(), n, "{kind:?} {lang:?} {at}");
                assert!(
                    docs.iter().all(Value::is_string),
                    "{kind:?} {lang:?} {at}: {docs:?}"
                );
            }
        }
    }
}

#[test]
fn every_row_of_the_word_tables_names_a_key() {
    for kind in KINDS {
        let (_, unused) = described(kind, Lang::En);
        // The shared rows serve both the case and the rate table.
        assert!(unused.is_empty(), "{kind:?}: rows for no key: {unused:?}");
    }
    let mut keys = BTreeSet::new();
    for table in [
        words::COMMON,
        words::CASE,
        words::RATES,
        words::TASKS,
        words::USED,
    ] {
        for word in table {
            assert!(keys.insert(word.key), "{} has two rows", word.key);
        }
    }
}

/// The keywords draft 7 (which Taplo's validator runs) and draft 2020-12
/// read alike, and the annotations editors show.
const KEYWORDS: &[&str] = &[
    "$schema",
    "type",
    "properties",
    "additionalProperties",
    "required",
    "items",
    "minItems",
    "enum",
    "minimum",
    "maximum",
    "pattern",
    "format",
    "default",
    "description",
    "x-taplo",
];

fn keywords(node: &Value, out: &mut BTreeSet<String>) {
    let Some(obj) = node.as_object() else { return };
    for (k, v) in obj {
        out.insert(k.clone());
        match k.as_str() {
            "properties" => v
                .as_object()
                .into_iter()
                .flat_map(|p| p.values())
                .for_each(|s| keywords(s, out)),
            "items" | "additionalProperties" => keywords(v, out),
            _ => {}
        }
    }
}

#[test]
fn the_schema_uses_only_keywords_draft_7_reads_alike() {
    for kind in KINDS {
        let mut used = BTreeSet::new();
        keywords(&schema(kind, Lang::Da), &mut used);
        let other: Vec<&String> = used
            .iter()
            .filter(|k| !KEYWORDS.contains(&k.as_str()))
            .collect();
        assert!(other.is_empty(), "{kind:?}: {other:?}");
        assert!(used.contains("additionalProperties") && used.contains("maximum"));
    }
}

#[test]
fn the_embedded_tables_merged_are_complete_under_the_rate_table_schema() {
    // The schema of a merged table: every key its type requires.
    let (mut complete, _) = described(Kind::Rates, Lang::En);
    shape::finish(&mut complete, false);
    let v = jsonschema::draft202012::new(&complete).unwrap_or_else(|e| panic!("{e}"));
    for year in crate::rates::embedded_years() {
        let (table, _) = crate::rates::merged(Some(year), None).unwrap_or_else(|e| panic!("{e}"));
        let json = toml_json(toml::Value::Table(table));
        let errors: Vec<String> = v.iter_errors(&json).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{year}: {errors:#?}");
        // A table without its wage scales is not complete.
        let mut broken = json.clone();
        broken.as_object_mut().map(|o| o.remove("wage_scales"));
        assert!(!v.is_valid(&broken));
    }
}

/// A TOML value as JSON: a date as its text.
fn toml_json(value: toml::Value) -> Value {
    match value {
        toml::Value::Float(f) => {
            Value::Number(f.to_string().parse().unwrap_or_else(|e| panic!("{e}")))
        }
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_json(v))).collect())
        }
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_json).collect()),
        other => serde_json::to_value(other).unwrap_or_else(|e| panic!("{e}")),
    }
}
