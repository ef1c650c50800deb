//! `extends`: how a table is laid on top of the one it extends.

/// Keys that give a figure's value or values, with what describes them.
const FIGURE_KEYS: &[&str] = &[
    "value",
    "pct",
    "kr",
    "values",
    "source",
    "source_da",
    "verified",
];

/// Deep merge: tables merge key by key, anything else (arrays too) is replaced.
/// A table that brings its own `source` also brings its own `verified`
/// (true unless it says otherwise) and `source_da`: a new source never
/// inherits the old flag or the old Danish text. A dated figure is merged as
/// a whole: `values` replaces the figure, and a plain `value` (`pct`, `kr`)
/// replaces the `values` it extends.
pub fn merge(base: &mut toml::Table, over: toml::Table) {
    if over.contains_key("source") {
        for key in ["verified", "source_da"] {
            if !over.contains_key(key) {
                base.remove(key);
            }
        }
    }
    if over.contains_key("values") {
        base.retain(|k, _| !FIGURE_KEYS.contains(&k));
    } else if ["value", "pct", "kr"].iter().any(|k| over.contains_key(*k)) {
        base.remove("values");
    }
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}
