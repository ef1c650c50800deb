//! The workbook is the calculator: recalculated by a real spreadsheet engine
//! (LibreOffice, headless), every amount of sheets Budget and
//! Mellemregninger equals `bpa calc --format json` to the øre, for every
//! example, and for generated cases after one input cell is changed, when
//! it equals the JSON of the case with that input changed.
//!
//! A harness of its own (`harness = false`), so that without LibreOffice
//! the tests are reported as ignored with the reason, as `cargo test` shows
//! an ignored test, instead of passing in silence.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::report::{Lang, json};
use bpa::{Case, calculate};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::Value;

use common::generated::{BANDS, Gen, toml_text, workbook_case_strategy};
use common::workbook::{compare, csv_keyed, edited, line_keys, recalculate, soffice, to_ore};

type Test = fn(&Path);

const TESTS: [(&str, Test); 4] = [
    (
        "libreoffice_recalculates_every_example_to_the_json",
        every_example,
    ),
    (
        "changing_the_evening_need_moves_the_hours_the_wages_the_total_the_payments_and_the_cap",
        evening_need,
    ),
    (
        "a_changed_input_recalculates_to_the_json_of_the_changed_case",
        changed_inputs,
    ),
    (
        "an_ordinary_week_a_float_puts_a_hair_under_a_half_rounds_up",
        float_half,
    ),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    // libtest's options; those that take a value take the next argument.
    let (mut filters, mut skips) = (Vec::new(), Vec::new());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--skip" => skips.extend(it.next()),
            "--test-threads" | "--color" | "--format" | "--logfile" | "-Z" | "--shuffle-seed" => {
                it.next();
            }
            _ if a.starts_with('-') => {}
            _ => filters.push(a),
        }
    }
    let exact = flag("--exact");
    let chosen: Vec<&(&str, Test)> = TESTS
        .iter()
        .filter(|(name, _)| {
            filters.is_empty()
                || filters.iter().any(|f| {
                    if exact {
                        name == f
                    } else {
                        name.contains(f.as_str())
                    }
                })
        })
        .filter(|(name, _)| !skips.iter().any(|s| name.contains(s.as_str())))
        .collect();
    if flag("--list") {
        for (name, _) in &chosen {
            println!("{name}: test");
        }
        return ExitCode::SUCCESS;
    }
    let office = soffice();
    // A failure's message is told under "failures", as libtest does.
    std::panic::set_hook(Box::new(|_| {}));
    println!("\nrunning {} tests", chosen.len());
    let start = Instant::now();
    let (mut passed, mut failed, mut ignored) = (0, Vec::new(), 0);
    for (name, test) in &chosen {
        let Some(office) = &office else {
            println!(
                "test {name} ... ignored, LibreOffice (soffice) not found: install libreoffice-calc-nogui to run it"
            );
            ignored += 1;
            continue;
        };
        match catch_unwind(AssertUnwindSafe(|| test(office))) {
            Ok(()) => {
                println!("test {name} ... ok");
                passed += 1;
            }
            Err(e) => {
                println!("test {name} ... FAILED");
                let why = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(ToString::to_string))
                    .unwrap_or_default();
                failed.push((name, why));
            }
        }
    }
    if !failed.is_empty() {
        println!("\nfailures:");
        for (name, why) in &failed {
            println!("\n---- {name} ----\n{why}");
        }
    }
    println!(
        "\ntest result: {}. {passed} passed; {} failed; {ignored} ignored; 0 measured; {} filtered out; finished in {:.2}s\n",
        if failed.is_empty() { "ok" } else { "FAILED" },
        failed.len(),
        TESTS.len() - chosen.len(),
        start.elapsed().as_secs_f64()
    );
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(101)
    }
}

fn work_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bpa-lo-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The sheets compared: Budget (every key in the JSON) and Mellemregninger
/// (the keys the JSON has).
const SHEETS: [&str; 2] = ["Budget", "Mellemregninger"];

/// Compare a recalculated workbook's sheets with the JSON; how many amounts.
fn compare_sheets(json: &Value, sheets: &[Vec<Vec<String>>], what: &str) -> Result<usize, String> {
    let budget = compare(
        json,
        &csv_keyed(&sheets[0]),
        true,
        &format!("{what}, sheet Budget"),
    )?;
    let working = compare(
        json,
        &csv_keyed(&sheets[1]),
        false,
        &format!("{what}, sheet Mellemregninger"),
    )?;
    Ok(budget + working)
}

fn every_example(office: &Path) {
    let files = common::examples();
    let mut books = Vec::new();
    let mut jsons = Vec::new();
    for file in &files {
        let case = bpa::case::read::read_case(Path::new(file)).expect("the example");
        let rates = Rates::for_case(&case, None).expect("its rates");
        let b = calculate(&case, &rates).expect("a budget");
        jsons.push(json::to_value(&b, Lang::Da));
        let bytes = bpa::report::xlsx::render(&b, Lang::Da).expect("a workbook");
        let stem = Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("x")
            .to_string();
        // Without cached values, every figure LibreOffice shows is its own.
        books.push((stem, edited(&bytes, &[])));
    }
    let dir = work_dir("examples");
    let read = recalculate(office, &dir, &books, &SHEETS);
    let mut wrong = Vec::new();
    for ((file, json), sheets) in files.iter().zip(&jsons).zip(&read) {
        match compare_sheets(json, sheets, file) {
            Ok(n) => assert!(n >= 40, "{file}: only {n} amounts"),
            Err(e) => wrong.push(e),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// An input row of sheet Forudsætninger: its key, cell and value.
struct InputCell {
    key: String,
    cell: String,
    value: Decimal,
}

fn input_cells(bytes: &[u8]) -> Vec<InputCell> {
    let mut book: Xlsx<_> =
        open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("an xlsx workbook");
    let range = book.worksheet_range("Forudsætninger").expect("the inputs");
    range
        .rows()
        .enumerate()
        .filter_map(|(r, row)| {
            let key = match row.get(5)? {
                Data::String(s) => s.clone(),
                _ => return None,
            };
            let value = match row.get(1)? {
                Data::Float(f) => Decimal::try_from(*f).ok()?,
                Data::Int(i) => Decimal::from(*i),
                _ => return None,
            };
            Some(InputCell {
                key,
                cell: format!("B{}", r + 1),
                value: value.round_dp(6).normalize(),
            })
        })
        .collect()
}

fn budget_json(text: &str, rates: &Rates) -> Result<Value, String> {
    let case = Case::parse(Source {
        name: "generated.toml".into(),
        text: text.into(),
    })
    .map_err(|e| e.to_string())?;
    let b = calculate(&case, rates).map_err(|e| e.to_string())?;
    Ok(json::to_value(&b, Lang::Da))
}

fn workbook_of(text: &str, rates: &Rates) -> Vec<u8> {
    let case = Case::parse(Source {
        name: "generated.toml".into(),
        text: text.into(),
    })
    .unwrap_or_else(|e| panic!("{e}\n{text}"));
    let b = calculate(&case, rates).unwrap_or_else(|e| panic!("{e}\n{text}"));
    bpa::report::xlsx::render(&b, Lang::Da).expect("a workbook")
}

/// 19,622 − 18,797 h a week is 0,825 exactly, 0,83 to the hundredth; a
/// spreadsheet subtracting in binary floating point gets 0,82499999999999,
/// which `ROUND` alone takes down to 0,82. The ordinary week, and the two
/// full-cover weeks priced on it (2 × (168 − 40,83) = 254,34 h), are those
/// of the calculator. (Found by the property below.)
fn float_half(office: &Path) {
    let text = "id = \"HALF-1\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"citizen\"\n\
        [need]\nweekday_day = 30.0\nweekday_evening = 10.0\nweekday_night = 19.622\n\
        [deduct]\nweekday_night = 18.797\n[extra]\nhelpers = 3\nfull_cover_weeks = 2\n";
    let rates = Rates::embedded(2025).expect("2025");
    let want = budget_json(text, &rates).expect("the case");
    let dir = work_dir("half");
    let read = recalculate(
        office,
        &dir,
        &[("half".into(), workbook_of(text, &rates))],
        &SHEETS,
    );
    let figure = |sheet: usize, key: &str| {
        csv_keyed(&read[0][sheet])
            .iter()
            .find(|r| r.1 == key)
            .and_then(|r| r.2[0])
            .map(to_ore)
            .unwrap_or_else(|| panic!("{key}"))
    };
    assert_eq!(figure(1, "ordinary.2"), Decimal::new(83, 2));
    assert_eq!(figure(0, "line:full_cover"), Decimal::new(25434, 2));
    compare_sheets(&want, &read[0], "19,622 − 18,797").unwrap_or_else(|e| panic!("{e}"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The example of the README, changed as a new user would: the evening
/// need of `bpa-daytime-citizen.toml` from 10 to 20 hours a week and
/// nothing else. Hours, wage lines, totals, payments and the cap follow.
fn evening_need(office: &Path) {
    let file = "examples/bpa-daytime-citizen.toml";
    let text = std::fs::read_to_string(file).expect("the example");
    let rates = Rates::embedded(2025).expect("2025");
    let bytes = workbook_of(&text, &rates);
    let inputs = input_cells(&bytes);
    let evening = inputs
        .iter()
        .find(|x| x.key == "input:need.weekday_evening")
        .expect("the evening need");
    assert_eq!(evening.value, Decimal::from(10));
    let book = edited(&bytes, &[(evening.cell.clone(), "20".into())]);
    let changed = text.replace("weekday_evening = 10.0", "weekday_evening = 20.0");
    assert_ne!(changed, text);
    let want = budget_json(&changed, &rates).expect("the changed case");
    let dir = work_dir("evening");
    let read = recalculate(office, &dir, &[("evening".into(), book)], &SHEETS);
    let rows = csv_keyed(&read[0][0]);
    let amount = |key: &str| {
        rows.iter()
            .find(|r| r.1 == key)
            .and_then(|r| r.2[0])
            .map(to_ore)
            .unwrap_or_else(|| panic!("{key}"))
    };
    // 20 h/week × 52 weeks = 1.040,00 h (was 520,00), and the grant hours
    // 520,00 more.
    assert_eq!(amount("line:need.weekday_evening"), Decimal::from(1040));
    let before = budget_json(&text, &rates).expect("the example");
    let hours = |j: &Value| {
        j["hours"]["total"]
            .to_string()
            .parse::<Decimal>()
            .expect("hours")
    };
    assert_eq!(amount("hours.total"), hours(&before) + Decimal::from(520));
    // The wage lines, totals, payments and cap are those of the changed case.
    for key in [
        "line:base_wage",
        "line:supplement.weekday_evening",
        "line:pension",
        "line:holiday_pay",
        "wages.total",
        "totals.grant_total",
        "totals.payments.0",
        "cap.cost_per_hour",
    ] {
        let want = common::workbook::expected(&want, key, 1).expect(key);
        assert_eq!(amount(key), want, "{key}");
        let old = common::workbook::expected(&before, key, 1).expect(key);
        assert_ne!(want, old, "{key} moves");
    }
    compare_sheets(&want, &read[0], "the evening need 20").unwrap_or_else(|e| panic!("{e}"));
    let _ = std::fs::remove_dir_all(&dir);
}

// ---- Generated cases with one changed input -------------------------------------

/// How many generated pairs the property draws (`BPA_LIBREOFFICE_PAIRS`).
fn pairs() -> usize {
    std::env::var("BPA_LIBREOFFICE_PAIRS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60)
}

/// One pair: the case, the input changed, its new value, and the changed
/// case with the rate table it is calculated on.
struct Pair {
    text: String,
    key: String,
    old: Decimal,
    new: Decimal,
    changed: String,
    rates_text: Option<String>,
    book: Vec<u8>,
    want: Value,
}

fn changed_inputs(office: &Path) {
    let wanted = pairs();
    let rates = Rates::embedded(2025).expect("2025");
    let mut runner = TestRunner::default();
    let strategy = (workbook_case_strategy(), 0u64..u64::MAX);
    let (mut made, mut tries, mut reshaped) = (Vec::new(), 0, 0);
    while made.len() < wanted {
        tries += 1;
        assert!(
            tries < wanted * 20,
            "only {} of {wanted} pairs in {tries} tries",
            made.len()
        );
        let (g, pick) = strategy.new_tree(&mut runner).expect("a case").current();
        let text = toml_text(&g, &[0, 1, 2, 3, 4], 1);
        let Ok(before) = budget_json(&text, &rates) else {
            continue;
        };
        let bytes = workbook_of(&text, &rates);
        let inputs = input_cells(&bytes);
        let Some(pair) = change_one(&g, &text, &bytes, &inputs, pick, &before) else {
            continue;
        };
        match pair {
            Ok(pair) => made.push(pair),
            Err(()) => reshaped += 1,
        }
    }
    assert!(
        reshaped * 4 <= tries,
        "{reshaped} of {tries} changes reshaped the budget: too few pairs test the same workbook"
    );
    let dir = work_dir("pairs");
    let mut wrong = Vec::new();
    let mut compared = 0;
    for chunk in made.chunks(20) {
        let books: Vec<(String, Vec<u8>)> = chunk
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("pair-{i}"), p.book.clone()))
            .collect();
        let read = recalculate(office, &dir, &books, &SHEETS);
        for (p, sheets) in chunk.iter().zip(&read) {
            let what = format!(
                "{} from {} to {}\n--- the case ---\n{}{}",
                p.key,
                p.old,
                p.new,
                p.text,
                p.rates_text
                    .as_deref()
                    .map_or(String::new(), |r| format!("--- rates ---\n{r}"))
            );
            match compare_sheets(&p.want, sheets, &what) {
                Ok(n) => compared += n,
                Err(e) => wrong.push(format!("{e}\n--- changed ---\n{}", p.changed)),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} pairs differ:\n{}",
        wrong.len(),
        made.len(),
        wrong.join("\n\n")
    );
    let count = |f: &dyn Fn(&Value) -> bool| made.iter().filter(|p| f(&p.want)).count();
    println!(
        "    {} pairs, {compared} amounts compared, {reshaped} changes left out as reshaping the budget; \
         of the pairs {} with a reduction under notice, {} for part of the year, {} ended by a death \
         or at notice, {} a schedule, {} kt-relative, {} an organisation as employer, {} the cap \
         exceeded, {} a respirator split, {} days on hold, {} special costs, {} reduced to the \
         provider's price, {} a rate changed",
        made.len(),
        count(&|j| !j["transition"].is_null()),
        count(&|j| j["period"]["days"] != j["period"]["year_days"]),
        count(&|j| j["period"]["ending"].is_object()),
        count(&|j| !j["hours"]["schedule"].is_null()),
        count(&|j| j["scheme"] == "kt-relative"),
        count(&|j| j["employer"] == "association" || j["employer"] == "company"),
        count(&|j| j["cap"]["verdict"] == "exceeded"),
        count(&|j| !j["respirator"].is_null()),
        count(&|j| j["hours"]["lines"].as_array().is_some_and(|ls| ls
            .iter()
            .any(|l| l["key"].as_str().is_some_and(|k| k.starts_with("pause."))))),
        count(&|j| j["special_costs"]["total"].as_f64() != Some(0.0)),
        count(&|j| j["totals"]["price_reduction"].as_f64() != Some(0.0)),
        made.iter().filter(|p| p.key.starts_with("rate:")).count(),
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Change one input the workbook shows, as the case file or a rate table
/// would: `None` when the case has no input this can change, `Err` when the
/// changed case's budget has another shape (a line the workbook has not, a
/// reduction under notice that comes or goes).
fn change_one(
    g: &Gen,
    text: &str,
    bytes: &[u8],
    inputs: &[InputCell],
    pick: u64,
    before: &Value,
) -> Option<Result<Pair, ()>> {
    // Half the time a figure of the case, half the time one of its rates.
    let of_case = |x: &&InputCell| x.key.starts_with("input:");
    let mut changeable: Vec<&InputCell> = inputs.iter().filter(|x| can_change(&x.key)).collect();
    let case_only: Vec<&InputCell> = changeable.iter().copied().filter(of_case).collect();
    if pick.is_multiple_of(2) && !case_only.is_empty() {
        changeable = case_only;
    }
    let pick = pick / 2;
    if changeable.is_empty() {
        return None;
    }
    let x = changeable[(pick % changeable.len() as u64) as usize];
    let r = pick / changeable.len() as u64;
    let (new, g2, rates_text) = new_value(g, x, r)?;
    let changed = toml_text(&g2, &[0, 1, 2, 3, 4], 1);
    let rates = match &rates_text {
        Some(t) => {
            let path =
                std::env::temp_dir().join(format!("bpa-lo-rates-{}.toml", std::process::id()));
            std::fs::write(&path, t).expect("the rates");
            Rates::from_file(&path).unwrap_or_else(|e| panic!("{e}\n{t}"))
        }
        None => Rates::embedded(2025).expect("2025"),
    };
    let want = budget_json(&changed, &rates).ok()?;
    // The same shape: no line the workbook has not, the same § 3 a transition.
    let (mut had, mut has) = (Vec::new(), Vec::new());
    line_keys(before, &mut had);
    line_keys(&want, &mut has);
    if has.iter().any(|k| !had.contains(k))
        || before["transition"].is_null() != want["transition"].is_null()
    {
        return Some(Err(()));
    }
    // A schedule's hours by band are inputs of the workbook: laid on the
    // calendar by the supplements' windows, where the higher supplement
    // takes an hour two windows share. A rate that moves them is outside it.
    let need = |j: &Value, k: &str| common::workbook::expected(j, &format!("line:need.{k}"), 1);
    if g.schedule && BANDS.iter().any(|k| need(before, k) != need(&want, k)) {
        return Some(Err(()));
    }
    let book = edited(bytes, &[(x.cell.clone(), new.to_string())]);
    Some(Ok(Pair {
        text: text.to_string(),
        key: x.key.clone(),
        old: x.value,
        new,
        changed,
        rates_text,
        book,
        want,
    }))
}

/// The inputs the property changes: the case's figures, its service level
/// (as `[override]`) and the wage scale's and contributions' rates (as a
/// rate table that extends 2025). Not the hours of a schedule or the days
/// of the period, which follow from the case's shifts and dates.
fn can_change(key: &str) -> bool {
    let case = key.starts_with("input:") && !key.starts_with("input:schedule.");
    let rate = key.starts_with("rate:service_level.")
        || (key.starts_with("rate:wage_scales.") && !key.contains("windows"))
        || (key.starts_with("rate:contributions.") && key.ends_with(".rate"));
    case || rate
}

/// A value `r` picks between `lo` and `hi` (thousandths), not `now`.
fn between(r: u64, lo: u32, hi: u32, now: u32) -> u32 {
    let span = u64::from(hi.saturating_sub(lo)).max(1) + 1;
    let v = lo + u32::try_from(r % span).unwrap_or(0);
    if v == now {
        if v < hi { v + 1 } else { lo }
    } else {
        v
    }
}

fn dec_milli(v: u32) -> Decimal {
    Decimal::new(i64::from(v), 3).normalize()
}

/// The new value of input `x`, the case with it, and a rate table when the
/// input is a rate of the table.
fn new_value(g: &Gen, x: &InputCell, r: u64) -> Option<(Decimal, Gen, Option<String>)> {
    let mut g = g.clone();
    let key = x.key.as_str();
    let band = |prefix: &str| BANDS.iter().position(|b| key == format!("{prefix}{b}"));
    // A whole-number input: `field` set to a new value from `lo` to `hi`.
    let whole = |field: &mut u32, lo: u32, hi: u32| {
        let v = between(r, lo, hi, x.value.to_u32().unwrap_or(0));
        *field = v;
        (Decimal::from(v), None)
    };
    if let Some(b) = band("input:need.") {
        let others: u32 = (0..5).filter(|&c| c != b).map(|c| g.need[c]).sum();
        let room = (160_000 - others.min(160_000)).min(40_000);
        let v = between(r, g.deduct[b].max(1), room.max(g.deduct[b] + 1), g.need[b]);
        g.need[b] = v;
        return Some((dec_milli(v), g, None));
    }
    if let Some(b) = band("input:deduct.") {
        let v = between(r, 0, g.need[b], g.deduct[b]);
        g.deduct[b] = v;
        return Some((dec_milli(v), g, None));
    }
    let (new, rates) = match key {
        "input:extra.helpers" => whole(&mut g.helpers, 1, 8),
        "input:extra.new_helpers" => whole(&mut g.new_helpers, 0, 4),
        "input:extra.skilled_helpers" => whole(&mut g.skilled_helpers, 1, 4),
        "input:extra.full_cover_weeks" => whole(&mut g.full_cover_weeks, 1, 4),
        "input:extra.double_cover_weeks" => whole(&mut g.double_cover_weeks, 1, 3),
        "input:period.notice_weeks" => whole(&mut g.period.as_mut()?.notice_weeks, 1, 8),
        "input:extra.training_hours_per_new_helper" => milli_field(&mut g.training, r, 1, 20_000),
        "input:extra.course_hours_per_new_helper" => milli_field(&mut g.courses, r, 1, 10_000),
        "input:extra.pool_hours" => milli_field(&mut g.pool, r, 1, 60_000),
        "input:extra.double_cover_hours" => milli_field(&mut g.double_cover_hours, r, 1, 30_000),
        "input:extra.standby_hours_per_week" => {
            let room = 168_000u32
                .saturating_sub(g.need.iter().sum::<u32>())
                .min(4_000);
            milli_field(&mut g.standby, r, 1, room.max(2))
        }
        "input:relative.own_care_hours_per_week" => {
            let most = (after_deductions(&g) / 2).max(2);
            milli_field(&mut g.own_care, r, 1, most)
        }
        "input:offsets.care_allowance" => whole(&mut g.care_allowance, 0, 9_000),
        "input:other_costs.amount" => whole(g.other_costs.get_or_insert(0), 1_000, 9_000),
        "input:admin.pct" | "input:admin.per_hour" | "input:admin.amount" => {
            let now = (x.value * Decimal::ONE_HUNDRED).to_u32().unwrap_or(0);
            let v = between(r, now / 2 + 1, now + now / 2 + 1, now);
            g.admin_value = v;
            (Decimal::new(i64::from(v), 2).normalize(), None)
        }
        "input:override.cap_hourly" => whole(g.cap.get_or_insert(0), 150, 400),
        "input:respirator.region_pct" => whole(g.respirator.get_or_insert(0), 30, 90),
        "input:previous.annual_total" => whole(&mut g.previous.as_mut()?.0, 300_000, 900_000),
        "input:previous.grant_hours" => {
            let p = g.previous.as_mut()?;
            let v = between(r, 2_000_000, 6_000_000, p.1);
            p.1 = v;
            (dec_milli(v), None)
        }
        k if k.starts_with("rate:service_level.") || k.starts_with("input:override.") => {
            let name = k.rsplit('.').next()?;
            let v = nudged(x.value, r);
            g.overrides.retain(|(o, _)| *o != name);
            g.overrides.push((leak(name), v.to_string()));
            (v, None)
        }
        k if k.starts_with("rate:") => {
            let v = nudged(x.value, r);
            (v, Some(rate_table(k, v)?))
        }
        _ => return None,
    };
    Some((new, g, rates))
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// Σ need − deductions per week, in thousandths.
fn after_deductions(g: &Gen) -> u32 {
    (0..5).map(|b| g.need[b] - g.deduct[b]).sum()
}

/// A field in thousandths set to a new value between `lo` and `hi`.
fn milli_field(field: &mut u32, r: u64, lo: u32, hi: u32) -> (Decimal, Option<String>) {
    let v = between(r, lo, hi, *field);
    *field = v;
    (dec_milli(v), None)
}

/// A rate moved by 1–20 % up or down, to the hundredth, never to itself.
fn nudged(v: Decimal, r: u64) -> Decimal {
    let pct = Decimal::from(1 + r % 20)
        * if r.is_multiple_of(2) {
            Decimal::ONE
        } else {
            -Decimal::ONE
        };
    let n = (v + v * pct / Decimal::ONE_HUNDRED).round_dp(2).normalize();
    if n == v || n <= Decimal::ZERO {
        (v + Decimal::ONE).normalize()
    } else {
        n
    }
}

/// A rate table extending 2025 with one figure changed: `key` is the
/// figure's cell key (`rate:wage_scales.sosu_11.pension_pct`,
/// `rate:wage_scales.sosu_11.base_hourly.group_2@2025-04-01`,
/// `rate:contributions.aes.rate`).
fn rate_table(key: &str, v: Decimal) -> Option<String> {
    let rest = key.strip_prefix("rate:")?;
    let (path, date) = match rest.split_once('@') {
        Some((p, d)) => (p, Some(d)),
        None => (rest, None),
    };
    let parts: Vec<&str> = path.split('.').collect();
    let src = "source = \"changed by the test\"";
    let body = match parts.as_slice() {
        ["contributions", name, "rate"] => format!("[contributions.{name}]\nrate = {v}\n"),
        ["wage_scales", scale, "base_hourly", group] => {
            let rates = Rates::embedded(2025).ok()?;
            let g: u8 = group.trim_start_matches("group_").parse().ok()?;
            let (fig, _) = rates
                .table
                .wage_scales
                .get(*scale)?
                .base_hourly
                .of_group(g)?;
            let values: Vec<String> = fig
                .values
                .iter()
                .map(|d| {
                    let value = if Some(d.from.to_string().as_str()) == date {
                        v
                    } else {
                        d.value
                    };
                    format!("{{ from = {}, value = {value}, {src} }}", d.from)
                })
                .collect();
            if fig.values.is_empty() {
                format!("[wage_scales.{scale}]\nbase_hourly.{group} = {{ value = {v}, {src} }}\n")
            } else {
                format!(
                    "[wage_scales.{scale}]\nbase_hourly.{group} = {{ values = [{}] }}\n",
                    values.join(", ")
                )
            }
        }
        ["wage_scales", scale, "supplements", band] if date.is_none() => {
            format!("[wage_scales.{scale}.supplements]\n{band} = {{ pct = {v}, {src} }}\n")
        }
        ["wage_scales", scale, figure] if date.is_none() => {
            format!("[wage_scales.{scale}]\n{figure} = {{ value = {v}, {src} }}\n")
        }
        _ => return None,
    };
    Some(format!("extends = \"2025\"\nyear = 2025\n\n{body}"))
}
