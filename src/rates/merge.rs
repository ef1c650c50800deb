//! `extends`: how a table is laid on top of the one it extends.

/// Keys that give a figure's value or values, with what describes them.
const FIGURE_KEYS: &[&str] = &[
    "value",
    "pct",
    "kr",
    "values",
    "source",
    "source_da",
    "cite",
    "cite_da",
    "verified",
    "placeholder",
];

/// The keys of a base wage by area group (`base_hourly.group_0` …).
const GROUP_KEYS: &[&str] = &["group_0", "group_1", "group_2", "group_3", "group_4"];

/// Deep merge: tables merge key by key, anything else (arrays too) is replaced.
/// A table that brings its own `source` also brings its own `verified`
/// (true unless it says otherwise), `source_da`, `cite`, `cite_da` and
/// `placeholder`: a new source never inherits the old flag, the old Danish
/// text, the old citation or the old stand-in mark. A dated figure is merged as
/// a whole: `values` replaces the figure, and a plain `value` (`pct`, `kr`)
/// replaces the `values` it extends; one base wage and a base wage by area
/// group (`group_0` … `group_4`) replace each other.
pub fn merge(base: &mut toml::Table, over: toml::Table) {
    if over.contains_key("source") {
        for key in ["verified", "source_da", "cite", "cite_da", "placeholder"] {
            if !over.contains_key(key) {
                base.remove(key);
            }
        }
    }
    if over.contains_key("values") {
        base.retain(|k, _| !FIGURE_KEYS.contains(&k) && !GROUP_KEYS.contains(&k));
    } else if ["value", "pct", "kr"].iter().any(|k| over.contains_key(*k)) {
        base.retain(|k, _| k != "values" && !GROUP_KEYS.contains(&k));
    } else if GROUP_KEYS.iter().any(|k| over.contains_key(*k)) {
        // A base wage by area group replaces one figure for every group.
        base.retain(|k, _| !FIGURE_KEYS.contains(&k));
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
