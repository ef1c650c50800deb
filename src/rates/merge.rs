//! `extends`: how a table is laid on top of the one it extends.

/// Deep merge: tables merge key by key, anything else (arrays too) is replaced.
/// A table that brings its own `source` also brings its own `verified`
/// (true unless it says otherwise): a new source never inherits the old flag.
pub fn merge(base: &mut toml::Table, over: toml::Table) {
    if over.contains_key("source") && !over.contains_key("verified") {
        base.remove("verified");
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
