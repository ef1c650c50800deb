//! `bpa schema` and the parser agree, both ways: every file `bpa` reads
//! (the examples, the shipped rate tables, the test data) validates against
//! the schema of its kind, read as JSON the way an editor reads TOML; every
//! error snapshot of a wrong key, a wrong type or an out-of-range value
//! fails it; and at every key of the case and used-hours schemas, the bounds,
//! the values just beyond them, a wrong type, a value not allowed and an
//! unknown key get the same verdict from the schema and from `bpa`.

mod common;

use std::path::{Path, PathBuf};

use bpa::Case;
use bpa::rates::Rates;
use bpa::report::Lang;
use bpa::report::schema::{Kind, schema};
use bpa::runs::settle::Used;
use common::toml_as_json;
use serde_json::Value;

/// A kind's schema read as draft 2020-12, and as draft 7, which is what
/// Taplo's validator runs on a schema of a draft it does not know.
struct Validator {
    draft2020: jsonschema::Validator,
    draft7: jsonschema::Validator,
}

impl Validator {
    fn is_valid(&self, instance: &Value) -> bool {
        errors(self, instance).is_empty()
    }
}

fn validator(kind: Kind) -> Validator {
    let s = schema(kind, Lang::En);
    Validator {
        draft2020: jsonschema::draft202012::new(&s).unwrap_or_else(|e| panic!("{e}")),
        draft7: jsonschema::draft7::new(&s).unwrap_or_else(|e| panic!("{e}")),
    }
}

/// The errors of `instance` against `v`, one line each; the two drafts
/// must agree on whether there are any.
fn errors(v: &Validator, instance: &Value) -> Vec<String> {
    let errors: Vec<String> = v
        .draft2020
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert_eq!(
        errors.is_empty(),
        v.draft7.is_valid(instance),
        "draft 7 and draft 2020-12 disagree on {instance}: {errors:?}"
    );
    errors
}

/// Every `.toml` file under a folder, in name order.
fn toml_files(dir: &str, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            toml_files(&p.display().to_string(), out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

/// The kind `bpa` reads a file as, if it reads it at all.
fn read_as(path: &Path) -> Option<Kind> {
    if Case::read(path).is_ok() {
        Some(Kind::Case)
    } else if Used::read(path).is_ok() {
        Some(Kind::Used)
    } else if Rates::from_file(path).is_ok() {
        Some(Kind::Rates)
    } else {
        None
    }
}

#[test]
fn every_file_bpa_reads_validates_against_its_kind() {
    let mut files = Vec::new();
    for dir in ["examples", "tests/data"] {
        toml_files(dir, &mut files);
    }
    let (case, used, rates) = (
        validator(Kind::Case),
        validator(Kind::Used),
        validator(Kind::Rates),
    );
    let mut read = [0; 3];
    for path in &files {
        let Some(kind) = read_as(path) else { continue };
        let (v, i) = match kind {
            Kind::Case => (&case, 0),
            Kind::Used => (&used, 1),
            Kind::Rates => (&rates, 2),
        };
        read[i] += 1;
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
        let errs = errors(v, &toml_as_json(&text));
        assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
    }
    // Every example case, both used-hours files of the examples, the
    // example rate tables and those of the test data.
    assert!(read[0] >= 20 && read[1] >= 4 && read[2] >= 5, "{read:?}");
}

#[test]
fn every_shipped_rate_table_validates() {
    let v = validator(Kind::Rates);
    let mut files = Vec::new();
    toml_files("rates", &mut files);
    assert_eq!(files.len(), 6, "base and 2022–2026");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let errs = errors(&v, &toml_as_json(&text));
        assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
    }
}

/// The problems of a wrong key, a wrong type or an out-of-range value, as
/// `bpa` words them.
const SCHEMA_PROBLEMS: [&str; 4] = [
    "unknown key",
    "wrong type",
    "value not allowed",
    "number out of range",
];

#[test]
fn every_error_snapshot_of_a_wrong_key_type_or_range_fails_validation() {
    let mut files = Vec::new();
    for e in std::fs::read_dir("tests/cmd").expect("tests/cmd").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("error-") && name.ends_with(".toml") {
            files.push(e.path());
        }
    }
    files.sort();
    let mut checked = Vec::new();
    for cmd in files {
        let stderr = std::fs::read_to_string(cmd.with_extension("stderr")).unwrap_or_default();
        let first = stderr.lines().next().unwrap_or_default();
        let Some((_, problem)) = first.split_once("`: ") else {
            continue;
        };
        if !SCHEMA_PROBLEMS.contains(&problem) {
            continue;
        }
        // The file the error names, and the kind the command reads it as.
        let file = first
            .trim_start_matches("error: ")
            .split(':')
            .next()
            .unwrap_or_default();
        let spec: toml::Table = std::fs::read_to_string(&cmd)
            .unwrap_or_default()
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", cmd.display()));
        let args: Vec<&str> = spec["args"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(toml::Value::as_str)
            .collect();
        let flag = args
            .iter()
            .position(|a| *a == file)
            .and_then(|i| i.checked_sub(1))
            .map(|i| args[i]);
        let kind = match flag {
            Some("--rates") => Kind::Rates,
            Some("--used") => Kind::Used,
            _ => Kind::Case,
        };
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let errs = errors(&validator(kind), &toml_as_json(&text));
        assert!(
            !errs.is_empty(),
            "{}: bpa says `{problem}`, the schema finds nothing in {file}",
            cmd.display()
        );
        checked.push(problem.to_string());
    }
    // A wrong key, a wrong type and a number out of range at least.
    for p in ["unknown key", "wrong type", "number out of range"] {
        assert!(
            checked.iter().any(|c| c == p),
            "no snapshot says `{p}`: {checked:?}"
        );
    }
}

/// Cases that hold every key of the case schema between them: a company's
/// BPA case with every table, a schedule, and a relative's KT.
const BASES: [&str; 3] = [
    r#"id = "S-1"
year = 2025
scheme = "bpa"
employer = "company"
[need]
weekday_day = 10.0
weekday_evening = 5.0
weekday_night = 5.0
saturday = 2.0
sunday_holiday = 2.0
[deduct]
weekday_day = 1.0
weekday_evening = 1.0
weekday_night = 1.0
saturday = 1.0
sunday_holiday = 1.0
[extra]
helpers = 3
new_helpers = 1
training_hours_per_new_helper = 15.0
course_hours_per_new_helper = 7.5
full_cover_weeks = 1
double_cover_weeks = 1
double_cover_hours = 10.0
pool_hours = 20.0
standby_hours_per_week = 2.0
skilled_helpers = 1
substitute_hours = 10.0
supervision_hours = 5.0
[admin]
model = "tasks"
new_or_insecure = false
transfer_year = 1
pct = 6.0
per_hour = 5.0
amount = 100.0
[special_costs]
substitute = 1000.0
supervision = 500.0
[provider]
price = 5000000.0
vat = 1000.0
[other_costs]
amount = 6000.0
[offsets]
care_allowance = 10.0
[respirator]
region_pct = 67.0
[previous]
annual_total = 1000.0
grant_hours = 100.0
weekly_need = 10.0
[period]
from = 2025-01-01
to = 2025-11-30
end = "other"
notice_weeks = 2
[[pause]]
from = 2025-03-10
to = 2025-03-23
[decision]
received = 2025-02-10
[settlement]
carry_over = false
[override]
wage_scale = "sosu_11"
area_group = 2
admin_model = "tasks"
general_supplement_pct = 3.5
weeks_per_year = 52.0
mus_hours = 1.5
staff_meeting_hours = 6.0
standby_pct = 75.0
admin_pct = 6.0
admin_per_hour = 5.0
payroll_per_payslip = 60.0
other_costs = 6000.0
cap_hourly = 400.0
respirator_region_pct = 67.0
"#,
    r#"id = "S-2"
year = 2025
scheme = "bpa"
employer = "citizen"
payroll = "own"
rates = "kommune.toml"
[[schedule]]
days = ["mon", "weekend"]
from = "08:00"
to = "10:00"
helpers = 1
[extra]
helpers = 2
[decision]
date = 2025-02-10
[period]
end = "move"
to = 2025-06-30
new_decision = 2025-07-15
"#,
    r#"id = "S-3"
year = 2025
scheme = "kt-relative"
employer = "relative"
[need]
weekday_day = 30.0
[relative]
own_care_hours_per_week = 10.0
special_decision = false
[extra]
helpers = 1
"#,
];

/// A key's place: table keys, and index 0 in a list.
#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    First,
}

/// The path as `bpa` names a key in its errors: `schedule[0].helpers`.
fn key_name(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if s.is_empty() => s += k,
            Seg::Key(k) => s += &format!(".{k}"),
            Seg::First => s += "[0]",
        }
    }
    s
}

/// Every key of a schema (and the first item of each list), with its schema.
fn leaves(schema: &Value, path: &mut Vec<Seg>, out: &mut Vec<(Vec<Seg>, Value)>) {
    if !path.is_empty() {
        out.push((path.clone(), schema.clone()));
    }
    if let Some(Value::Object(props)) = schema.get("properties") {
        for (k, v) in props {
            path.push(Seg::Key(k.clone()));
            leaves(v, path, out);
            path.pop();
        }
    }
    if let Some(items @ Value::Object(_)) = schema.get("items") {
        path.push(Seg::First);
        leaves(items, path, out);
        path.pop();
    }
}

/// The value at a path of a TOML table, if the table has it.
fn slot<'a>(table: &'a mut toml::Value, path: &[Seg]) -> Option<&'a mut toml::Value> {
    let mut at = table;
    for seg in path {
        at = match seg {
            Seg::Key(k) => at.as_table_mut()?.get_mut(k)?,
            Seg::First => at.as_array_mut()?.get_mut(0)?,
        };
    }
    Some(at)
}

/// A used-hours file with every key of its schema.
const USED_BASES: [&str; 1] = [r#"year = 2025
[hours]
weekday_day = 100.0
weekday_evening = 50.0
weekday_night = 10.0
saturday = 5.0
sunday_holiday = 5.0
standby = 1.0
[relative]
weekday_day = 10.0
weekday_evening = 1.0
weekday_night = 1.0
saturday = 1.0
sunday_holiday = 1.0
[after_invoice]
sick_pay = 100.0
"#];

/// A kind of file: its schema's kind, files with every key of it, and
/// `bpa`'s verdict on a text of it (the key and problem of its error).
struct Subject {
    kind: Kind,
    bases: &'static [&'static str],
    read: fn(&str) -> Option<(String, String)>,
}

const SUBJECTS: [Subject; 2] = [
    Subject {
        kind: Kind::Case,
        bases: &BASES,
        read: bpa_error,
    },
    Subject {
        kind: Kind::Used,
        bases: &USED_BASES,
        read: used_error,
    },
];

/// A base file with `path` in it, changed by `change` at `path`.
fn changed(
    bases: &[&str],
    path: &[Seg],
    change: impl Fn(&mut toml::Value) -> Option<()>,
) -> Option<String> {
    bases.iter().find_map(|base| {
        let mut doc = toml::Value::Table(base.parse().ok()?);
        change(slot(&mut doc, path)?)?;
        toml::to_string(&doc).ok()
    })
}

/// A base file with `path` in it, with `value` at `path`.
fn with_value(bases: &[&str], path: &[Seg], value: &toml::Value) -> Option<String> {
    changed(bases, path, |at| {
        *at = value.clone();
        Some(())
    })
}

fn source(text: &str) -> bpa::error::Source {
    bpa::error::Source {
        name: "generated.toml".into(),
        text: text.into(),
    }
}

/// `bpa`'s verdict on a case text: the key and problem of its error, if any.
fn bpa_error(text: &str) -> Option<(String, String)> {
    Case::parse(source(text))
        .err()
        .map(|e| (e.key.unwrap_or_default(), e.problem))
}

/// `bpa`'s verdict on a used-hours file.
fn used_error(text: &str) -> Option<(String, String)> {
    Used::parse(source(text))
        .err()
        .map(|e| (e.key.unwrap_or_default(), e.problem))
}

/// A number as TOML: an integer for an integer key.
fn number(v: f64, integer: bool) -> toml::Value {
    if integer {
        toml::Value::Integer(v as i64)
    } else {
        toml::Value::Float(v)
    }
}

#[test]
fn every_bound_of_the_schema_is_the_bound_bpa_checks() {
    for subject in SUBJECTS {
        let bounds = bounds_agree(&subject);
        // 46 numbers in a case, 12 in a used-hours file.
        let least = if subject.kind == Kind::Case { 46 } else { 12 };
        assert!(bounds >= least, "{:?}: {bounds} numbers", subject.kind);
    }
}

/// For every number of a kind's schema, its bounds and the values just
/// beyond them get the same verdict from the schema and from `bpa`.
fn bounds_agree(subject: &Subject) -> usize {
    let Subject { kind, bases, read } = subject;
    let schema = schema(*kind, Lang::En);
    let v = validator(*kind);
    for base in *bases {
        assert_eq!(read(base), None, "{base}");
        assert!(v.is_valid(&toml_as_json(base)), "{base}");
    }
    let mut all = Vec::new();
    leaves(&schema, &mut Vec::new(), &mut all);
    let mut bounds = 0;
    for (path, s) in &all {
        let integer = s["type"] == "integer";
        if !(integer || s["type"] == "number") {
            continue;
        }
        // Every number has both bounds (src/case/bounds.rs).
        let (Some(min), Some(max)) = (s["minimum"].as_f64(), s["maximum"].as_f64()) else {
            panic!("`{}` has no minimum or maximum: {s}", key_name(path));
        };
        let key = key_name(path);
        let step = if integer { 1.0 } else { 0.01 };
        for (x, inside) in [
            (min, true),
            (max, true),
            (min - step, false),
            (max + step, false),
        ] {
            let text = with_value(bases, path, &number(x, integer))
                .unwrap_or_else(|| panic!("no base file has `{key}`"));
            let schema_ok = v.is_valid(&toml_as_json(&text));
            let bpa = read(&text);
            // Out of range to bpa: its range problems at this very key (a
            // value in range may still break a rule across keys, such as a
            // deduction above the need, which only bpa checks).
            let bpa_range = bpa
                .as_ref()
                .is_some_and(|(k, p)| *k == key && SCHEMA_PROBLEMS[2..].contains(&p.as_str()));
            assert_eq!(
                schema_ok, inside,
                "`{key}` = {x}: the schema says {schema_ok}"
            );
            assert_eq!(
                bpa_range, !inside,
                "`{key}` = {x}: the schema says {schema_ok}, bpa says {bpa:?}"
            );
        }
        bounds += 1;
    }
    bounds
}

#[test]
fn a_wrong_type_an_unknown_key_or_value_fails_both_at_every_key() {
    for subject in SUBJECTS {
        let checked = wrong_values_fail(&subject);
        assert!(checked >= 15, "{:?}: {checked} wrong values", subject.kind);
    }
}

/// At every key of a kind's schema, a value of another type, a value not
/// allowed and an unknown key in a table fail both the schema and `bpa`.
fn wrong_values_fail(subject: &Subject) -> usize {
    let Subject { kind, bases, read } = subject;
    let schema = schema(*kind, Lang::En);
    let v = validator(*kind);
    let mut all = Vec::new();
    leaves(&schema, &mut Vec::new(), &mut all);
    let mut checked = 0;
    for (path, s) in &all {
        let key = key_name(path);
        let wrong: Vec<toml::Value> = match s["type"].as_str() {
            // A date is a string to a validator: only bpa tells them apart.
            Some("string") if s["format"] == "date" => continue,
            Some("string") if s.get("enum").is_some() => {
                vec![
                    toml::Value::Integer(1),
                    toml::Value::String("not-a-value".into()),
                ]
            }
            Some("string") => vec![toml::Value::Integer(1)],
            Some("number" | "integer") => vec![toml::Value::String("1".into())],
            Some("boolean") => vec![toml::Value::String("true".into())],
            Some("array") => vec![toml::Value::String("x".into())],
            // A table of any keys (after-invoice items) takes an unknown one.
            Some("object") if s["additionalProperties"] != false => vec![toml::Value::Integer(1)],
            Some("object") => {
                let mut t = toml::Table::new();
                t.insert("zz_unknown".into(), toml::Value::Integer(1));
                vec![toml::Value::Table(t), toml::Value::Integer(1)]
            }
            _ => continue,
        };
        for value in wrong {
            // An unknown key is added beside the table's own keys.
            let text = if let toml::Value::Table(extra) = &value {
                changed(bases, path, |at| {
                    at.as_table_mut()?.extend(extra.clone());
                    Some(())
                })
            } else {
                with_value(bases, path, &value)
            };
            let text = text.unwrap_or_else(|| panic!("no base file has `{key}`"));
            let errs = errors(&v, &toml_as_json(&text));
            assert!(!errs.is_empty(), "`{key}` = {value}: the schema accepts it");
            let bpa = read(&text);
            assert!(
                bpa.as_ref().is_some_and(|(k, _)| k.starts_with(&key)),
                "`{key}` = {value}: bpa says {bpa:?}"
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn the_template_of_bpa_init_validates_for_every_scheme() {
    use bpa::case::Scheme;
    use bpa::case::template::{SCHEMA_FILE, Words, case_template};
    let v = validator(Kind::Case);
    for (scheme, w) in [Scheme::Bpa, Scheme::Kt, Scheme::KtRelative]
        .into_iter()
        .flat_map(|s| [(s, Words::Da), (s, Words::En)])
    {
        let text = case_template(scheme, 2025, SCHEMA_FILE, w);
        assert!(
            text.starts_with("#:schema ./bpa-case.schema.json\n"),
            "{text}"
        );
        let errs = errors(&v, &toml_as_json(&text));
        assert!(errs.is_empty(), "{scheme:?}: {errs:#?}");
    }
}

#[test]
fn a_schedule_time_passes_the_schema_exactly_when_bpa_takes_it() {
    let v = validator(Kind::Case);
    let mut taken = [0, 0];
    for (i, key) in ["from", "to"].into_iter().enumerate() {
        for h in 0..=25 {
            for m in 0..60 {
                let time = format!("{h:02}:{m:02}");
                let mut doc: toml::Value = toml::Value::Table(BASES[1].parse().unwrap_or_default());
                let shift = slot(&mut doc, &[Seg::Key("schedule".into()), Seg::First])
                    .and_then(toml::Value::as_table_mut)
                    .expect("a shift");
                shift.insert(key.into(), toml::Value::String(time.clone()));
                let text = toml::to_string(&doc).unwrap_or_default();
                let schema_ok = v.is_valid(&toml_as_json(&text));
                let bpa_ok = bpa_error(&text).is_none();
                assert_eq!(schema_ok, bpa_ok, "{key} = {time}");
                taken[i] += usize::from(bpa_ok);
            }
        }
    }
    // 96 quarter hours a day; `to` also takes 24:00.
    assert_eq!(taken, [96, 97]);
}
