//! The shape of a generated schema: from what schemars derives to what an
//! editor and a validator of TOML read. TOML has no `null` and writes an
//! exact decimal as a number; Taplo reads nothing beside a `$ref`, so every
//! subschema is written out in place; a rate table that `extends` another
//! may leave out any key.

use serde_json::{Map, Value};

/// The keys under which a schema holds one subschema.
const ONE: &[&str] = &["items", "additionalProperties", "not", "if", "then", "else"];
/// The keys under which a schema holds a list of subschemas.
const LIST: &[&str] = &["anyOf", "oneOf", "allOf"];
/// The keys under which a schema holds subschemas by name.
const NAMED: &[&str] = &["properties", "$defs", "patternProperties"];

/// Call `f` on every schema object in `node`, parents before children.
fn walk(node: &mut Value, f: &mut impl FnMut(&mut Map<String, Value>)) {
    let Some(obj) = node.as_object_mut() else {
        return;
    };
    f(obj);
    for key in ONE {
        if let Some(sub) = obj.get_mut(*key) {
            walk(sub, f);
        }
    }
    for key in LIST {
        if let Some(Value::Array(subs)) = obj.get_mut(*key) {
            subs.iter_mut().for_each(|s| walk(s, f));
        }
    }
    for key in NAMED {
        if let Some(Value::Object(subs)) = obj.get_mut(*key) {
            subs.values_mut().for_each(|s| walk(s, f));
        }
    }
}

/// Before the descriptions: no doc comments (the word tables describe every
/// key), no `null`, a decimal a number, an enum one list of values.
pub(super) fn tidy(schema: &mut Value) {
    walk(schema, &mut |obj| {
        obj.remove("title");
        obj.remove("description");
        if obj.get("format").and_then(Value::as_str) != Some("date") {
            obj.remove("format");
        }
        drop_null(obj);
        decimal_as_number(obj);
        one_enum(obj);
        defaults(obj);
    });
}

/// `T | null` as `T`: a key left out is how TOML says "none".
fn drop_null(obj: &mut Map<String, Value>) {
    if let Some(Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            obj.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(enums)) = obj.get_mut("enum") {
        enums.retain(|v| !v.is_null());
    }
    if let Some(Value::Array(any)) = obj.get_mut("anyOf") {
        any.retain(|s| s.get("type").and_then(Value::as_str) != Some("null"));
        if any.len() == 1 {
            let only = any.remove(0);
            obj.remove("anyOf");
            if let Value::Object(inner) = only {
                for (k, v) in inner {
                    obj.entry(k).or_insert(v);
                }
            }
        }
    }
}

/// An exact decimal is read from a TOML number, never from a string
/// (SPEC 2: a number written as a string is an error).
fn decimal_as_number(obj: &mut Map<String, Value>) {
    let Some(Value::Array(types)) = obj.get("type") else {
        return;
    };
    if types.iter().any(|t| t == "string") && types.iter().any(|t| t == "number") {
        obj.insert("type".into(), Value::String("number".into()));
        obj.remove("pattern");
    }
}

/// An enum whose values carry doc comments comes as `oneOf` of single
/// values: one `enum` list is what an editor completes from.
fn one_enum(obj: &mut Map<String, Value>) {
    let Some(Value::Array(alts)) = obj.get("oneOf") else {
        return;
    };
    let mut values = Vec::new();
    for alt in alts {
        match (alt.get("const"), alt.get("enum").and_then(Value::as_array)) {
            (Some(c), _) => values.push(c.clone()),
            (None, Some(e)) => values.extend(e.iter().cloned()),
            (None, None) => return,
        }
    }
    obj.remove("oneOf");
    obj.insert("type".into(), Value::String("string".into()));
    obj.insert("enum".into(), Value::Array(values));
}

/// A default an editor can offer: a number as a number; none for a table.
fn defaults(obj: &mut Map<String, Value>) {
    let number = obj.get("type").and_then(Value::as_str) == Some("number");
    match obj.get("default") {
        Some(Value::String(s)) if number => {
            if let Ok(n) = s.parse::<serde_json::Number>() {
                obj.insert("default".into(), Value::Number(n));
            } else {
                obj.remove("default");
            }
        }
        Some(Value::Object(_) | Value::Array(_) | Value::Null) => {
            obj.remove("default");
        }
        _ => {}
    }
}

/// After the descriptions: every `$ref` written out in place, the key's own
/// description over the type's; for a rate table, no key required outside
/// the items of a list, since `extends` supplies the rest (a list is
/// replaced whole, so its items are complete).
pub(super) fn finish(schema: &mut Value, partial: bool) {
    let defs = schema
        .as_object_mut()
        .and_then(|o| o.remove("$defs"))
        .unwrap_or(Value::Null);
    inline(schema, &defs);
    if partial {
        optional(schema, false);
    }
    // The dialect first, then the file's own description, then its keys.
    if let Some(obj) = schema.as_object_mut() {
        let mut ordered = Map::new();
        for key in ["$schema", "description"] {
            if let Some(v) = obj.remove(key) {
                ordered.insert(key.into(), v);
            }
        }
        ordered.append(obj);
        *obj = ordered;
    }
}

/// Replace each `$ref` by the definition it names, merged under the keys
/// that stand beside it.
fn inline(node: &mut Value, defs: &Value) {
    if let Some(obj) = node.as_object_mut()
        && let Some(Value::String(r)) = obj.remove("$ref")
    {
        let name = r.trim_start_matches("#/$defs/");
        let mut def = defs.get(name).cloned().unwrap_or(Value::Bool(true));
        if let Some(d) = def.as_object_mut() {
            for (k, v) in std::mem::take(obj) {
                d.insert(k, v);
            }
        }
        *node = def;
    }
    let Some(obj) = node.as_object_mut() else {
        return;
    };
    for key in ONE {
        if let Some(sub) = obj.get_mut(*key) {
            inline(sub, defs);
        }
    }
    for key in LIST {
        if let Some(Value::Array(subs)) = obj.get_mut(*key) {
            subs.iter_mut().for_each(|s| inline(s, defs));
        }
    }
    for key in NAMED {
        if let Some(Value::Object(subs)) = obj.get_mut(*key) {
            subs.values_mut().for_each(|s| inline(s, defs));
        }
    }
}

/// No `required` outside the items of a list.
fn optional(node: &mut Value, in_items: bool) {
    let Some(obj) = node.as_object_mut() else {
        return;
    };
    if !in_items {
        obj.remove("required");
    }
    if let Some(items) = obj.get_mut("items") {
        optional(items, true);
    }
    for key in ["additionalProperties", "not", "if", "then", "else"] {
        if let Some(sub) = obj.get_mut(key) {
            optional(sub, in_items);
        }
    }
    for key in LIST {
        if let Some(Value::Array(subs)) = obj.get_mut(*key) {
            subs.iter_mut().for_each(|s| optional(s, in_items));
        }
    }
    for key in NAMED {
        if let Some(Value::Object(subs)) = obj.get_mut(*key) {
            subs.values_mut().for_each(|s| optional(s, in_items));
        }
    }
}
