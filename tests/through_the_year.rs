//! The grant through the year (SPEC 3.8 and 8): `--year` moves a period,
//! yearly amounts count months, SEL § 3 a compares a year with a year and
//! counts hours, one payment schedule, death (SEL § 96 c), moving (SEL § 96
//! b) and a notice period (VEJ pkt. 107). Amounts on the round figures of
//! tests/data/round-2025.toml, by hand.

use std::path::Path;
use std::process::Command;

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::{Budget, Case, calculate};
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;

const BPA: &str = env!("CARGO_BIN_EXE_bpa");

fn case(text: &str) -> Case {
    Case::parse(Source {
        name: "test.toml".into(),
        text: text.into(),
    })
    .unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn round() -> Rates {
    Rates::from_file(Path::new("tests/data/round-2025.toml")).unwrap_or_else(|e| panic!("{e}"))
}

fn budget(text: &str) -> Budget {
    calculate(&case(text), &round()).unwrap_or_else(|e| panic!("{e}"))
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(BPA)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> Value {
    let (code, out, err) = run(args);
    assert_eq!(code, Some(0), "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// A citizen-employed BPA case: 20 h weekday day, 10 h evening, 2 helpers.
fn citizen(extra: &str) -> String {
    format!(
        "id = \"T\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"citizen\"\npayroll = \"municipality\"\n{extra}\n[need]\nweekday_day = 20.0\nweekday_evening = 10.0\n[extra]\nhelpers = 2\n"
    )
}

// 1. `--year` moves a period to the target year (SPEC 3.8).

#[test]
fn every_command_moves_a_period_to_the_year_asked() {
    let may = "examples/bpa-from-may.toml";
    let b = json(&["calc", may, "--year", "2024", "--format", "json"]);
    assert_eq!(b["period"]["from"], "2024-05-01");
    assert_eq!(b["period"]["to"], "2024-12-31");
    // 1 May – 31 December is 8 months in any year.
    assert_eq!(b["period"]["months"].to_string(), "8.00");
    let (code, out, err) = run(&["batch", may, "--year", "2024", "--format", "json"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("\"year\":2024") && out.contains("\"error\":null"),
        "{out}"
    );
    let (code, out, err) = run(&["check", may, "--year", "2026"]);
    assert_eq!(code, Some(0), "{out}{err}");
    let (code, out, err) = run(&["diff", may, "--from", "2024", "--to", "2026"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(!out.is_empty());
    let (code, _, err) = run(&[
        "regulate",
        may,
        "--date",
        "2024-06-01",
        "--from",
        "2024",
        "--to",
        "2024",
    ]);
    assert_eq!(code, Some(0), "{err}");
}

/// The dates of a case file moved `shift` years, as a person would move them:
/// the same day and month, 29 February on 28 February outside a leap year.
fn moved(d: NaiveDate, year: i32) -> NaiveDate {
    d.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
        .unwrap_or(d)
}

fn period_case(
    year: i32,
    from: NaiveDate,
    to: NaiveDate,
    end: &str,
    received: NaiveDate,
) -> String {
    citizen(&format!(
        "[period]\nfrom = {from}\nto = {to}\n{end}\n[previous]\nannual_total = 400000.0\n[decision]\nreceived = {received}\n"
    ))
    .replace("year = 2025", &format!("year = {year}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// `--year Y` gives the budget of the case rewritten for Y with its
    /// dates moved, and never fails or panics on any period.
    #[test]
    fn year_y_is_the_case_rewritten_for_y(
        // 29 February 2024 (day 59) drawn often: it has no day in 2023, 2025 or 2026.
        first in prop_oneof![Just(59u32), 0u32..366],
        len in prop_oneof![Just(0u32), 0u32..366],
        end in 0usize..4,
        received_back in prop_oneof![Just(0u32), 0u32..200],
        target in 2023i32..=2026,
    ) {
        let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
        let from = start + chrono::Days::new(u64::from(first));
        let to = (from + chrono::Days::new(u64::from(len)))
            .min(NaiveDate::from_ymd_opt(2024, 12, 31).unwrap_or_default());
        let received = from - chrono::Days::new(u64::from(received_back));
        let end = ["", "end = \"death\"", "end = \"move\"", "end = \"other\"\nnotice_weeks = 2"][end];
        let original = period_case(2024, from, to, end, received);
        let mut c = case(&original);
        c.file.move_to_year(u16::try_from(target).unwrap_or(2025));
        let rates = Rates::embedded(u16::try_from(target).unwrap_or(2025)).unwrap_or_else(|e| panic!("{e}"));
        let shift = target - 2024;
        let rewritten = period_case(
            target,
            moved(from, target),
            moved(to, target),
            end,
            moved(received, received.year() + shift),
        );
        let by_flag = calculate(&c, &rates);
        let by_hand = calculate(&case(&rewritten), &rates);
        match (by_flag, by_hand) {
            (Ok(a), Ok(b)) => {
                let (a, b) = (
                    bpa::report::json::to_value(&a, bpa::report::Lang::En),
                    bpa::report::json::to_value(&b, bpa::report::Lang::En),
                );
                prop_assert_eq!(a, b);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a.problem, b.problem),
            (a, b) => prop_assert!(false, "{:?} against {:?}", a.map(|_| ()), b.map(|_| ())),
        }
    }
}

// 2. Months, not days, for yearly amounts (SPEC 3.8).

#[test]
fn a_grant_from_1_may_pays_eight_months_of_the_yearly_amounts() {
    let b = budget(&citizen("[period]\nfrom = 2025-05-01\n"));
    // § 10: 6,000.00 × 8 / 12 = 4,000.00, not 6,000 × 245 / 365 = 4,027.40.
    let s10 = b.other_costs.lines.iter().find(|l| l.key == "other_costs");
    assert_eq!(s10.map(|l| l.amount), Some(dec!(4000.00)));
    // ATP for 8 months: 2 helpers × 8 × the bracket, not × 8.05.
    let atp = b
        .contributions
        .lines
        .iter()
        .find(|l| l.key == "contribution.atp");
    let atp = atp.expect("ATP");
    assert!(
        atp.basis.expr().starts_with("2 * 8 * "),
        "{}",
        atp.basis.expr()
    );
    // Eight equal payments of the § 10 amount: 4,000.00 / 8 = 500.00.
    assert!(
        b.totals
            .payments
            .iter()
            .all(|p| p.recipient_part == dec!(500.00))
    );
}

// 3. § 3 a compares a year with a year (SPEC 8).

#[test]
fn a_period_with_last_years_weekly_need_is_no_reduction() {
    // The whole year's figures, as last year's decision gave them.
    let year = budget(&citizen(""));
    let previous = format!(
        "[previous]\nannual_total = {}\ngrant_hours = {}\nweekly_need = {}\n",
        year.totals.level_total, year.hours.total, year.hours.weekly_need
    );
    for from in ["2025-07-01", "2025-02-01", "2025-03-17"] {
        let b = budget(&citizen(&format!("[period]\nfrom = {from}\n{previous}")));
        assert!(
            !b.warnings.iter().any(|w| w.code == "reduction_notice"),
            "from {from}: {:?}",
            b.warnings
        );
        assert!(b.transition.is_none());
        // The period itself pays less than a year: it is compared as a year.
        assert!(b.totals.grant_total < year.totals.level_total);
    }
}

// 4. The help is the hours (SPEC 8; VEJ pkt. 39, 66).

#[test]
fn fewer_hours_need_notice_even_when_the_kroner_rise() {
    // Last year: 2,000 hours for 200,000.00 kr; now 1,565 hours at this year's
    // rates cost more kroner. Received 1 January 2025: the new level from
    // 9 April (1 January + 98 days).
    let b = budget(&citizen(
        "[previous]\nannual_total = 200000.0\ngrant_hours = 2000.0\n[decision]\nreceived = 2025-01-01\n",
    ));
    assert!(b.totals.level_total > dec!(200000));
    assert!(b.warnings.iter().any(|w| w.code == "reduction_notice"));
    let tr = b.transition.as_ref().expect("the previous help continues");
    assert_eq!(tr.effective.to_string(), "2025-04-09");
    // The previous help at this year's rates: 2,000 h × the cost per hour +
    // § 10, more than the 200,000.00 it cost then.
    let cph = b.cap.cost_per_hour;
    assert_eq!(tr.previous.amount, ore(dec!(2000) * cph) + dec!(6000));
    assert_eq!(
        tr.previous.basis.expr(),
        format!("max(200000.00, 2000.00 * {cph} + 6000.00)")
    );
    // January pays a twelfth of it; December the new level's twelfth.
    assert_eq!(b.totals.monthly[0], ore(tr.previous.amount / dec!(12)));
    assert!(b.totals.monthly[11] < b.totals.monthly[0]);
}

fn ore(v: Decimal) -> Decimal {
    bpa::money::ore(v)
}

#[test]
fn the_attachment_and_the_payments_agree_on_the_notice() {
    let text = format!(
        "{}\n[decision]\nreceived = 2025-02-10\n",
        std::fs::read_to_string("examples/kt-30h.toml").unwrap_or_default()
    );
    let path = std::env::temp_dir().join(format!("bpa-year-{}.toml", std::process::id()));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let p = path.to_string_lossy().to_string();
    let b = json(&["calc", &p, "--format", "json"]);
    let (_, md, _) = run(&["calc", &p, "--format", "md"]);
    let _ = std::fs::remove_file(&path);
    // 10 February + 14 weeks = 19 May: the previous help through 18 May.
    assert_eq!(b["transition"]["effective"], "2025-05-19");
    assert!(md.contains("Indtil da fortsætter hjælpen uændret"));
    let monthly: Vec<Decimal> = b["totals"]["monthly"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.to_string().parse().unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    // January to April the previous help, June on the new level: more before.
    assert!(monthly[0] > monthly[5], "{monthly:?}");
    assert_eq!(monthly[0], monthly[3]);
}

// 5. One payment schedule for the year (SPEC 8).

#[test]
fn batch_reports_what_the_year_pays_month_by_month() {
    let (code, out, err) = run(&["batch", "examples/bpa-reduction.toml", "--format", "json"]);
    assert_eq!(code, Some(0), "{err}");
    let row: Value = serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{e}"));
    let calc = json(&["calc", "examples/bpa-reduction.toml", "--format", "json"]);
    assert_eq!(row["grant_total"], calc["totals"]["grant_total"]);
    assert_eq!(row["grant_total"].to_string(), "606081.66");
    let payments = row["payments"].as_array().expect("the payments");
    assert_eq!(payments.len(), 12);
    let sum: Decimal = payments
        .iter()
        .map(|v| v.to_string().parse::<Decimal>().unwrap_or_default())
        .sum();
    assert_eq!(sum, dec!(606081.66));
}

// 6. Death (SEL § 96 c; VEJ pkt. 106).

#[test]
fn a_death_is_dated_and_the_month_after_goes_to_the_estate() {
    let text = citizen("[period]\nto = 2025-08-14\nend = \"death\"\n");
    let path = std::env::temp_dir().join(format!("bpa-death-{}.toml", std::process::id()));
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{e}"));
    let p = path.to_string_lossy().to_string();
    let j = json(&[
        "calc",
        &p,
        "--format",
        "json",
        "--rates",
        "tests/data/round-2025.toml",
    ]);
    let (_, md, _) = run(&[
        "calc",
        &p,
        "--format",
        "md",
        "--rates",
        "tests/data/round-2025.toml",
    ]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(j["period"]["ending"]["died"], "2025-08-14");
    assert_eq!(j["period"]["to"], "2025-08-31");
    // The month after: September, to the employer only, no § 10 amount.
    let last = &j["totals"]["payments"][8];
    assert_eq!(last["month"], 9);
    assert_eq!(last["recipient_part"].to_string(), "0.00");
    assert!(md.contains("Borgeren døde den: 14. august 2025"), "{md}");
    // The municipality runs the payroll: the month after is paid as the
    // helpers' wages through it, not to the estate (SEL § 96 stk. 4).
    let words = |md: &str| md.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words(&md).contains("| Hjælperne, via kommunens lønudbetaling | hjælpernes løn og bidrag i måneden efter dødsfaldet | én gang, efter ophøret |"), "{md}");
    assert!(md.contains("beløbet udbetales til hjælperne som løn gennem kommunens lønudbetaling"));
    // Never "du" to the deceased.
    for word in [" du ", "Du ", " dig ", " dit ", " din ", " dine "] {
        assert!(
            !md.contains(word),
            "{word:?} in the attachment after a death"
        );
    }
    // A citizen employer with their own payroll: the estate is paid.
    let own = text.replace("payroll = \"municipality\"", "payroll = \"own\"");
    assert_ne!(own, text);
    std::fs::write(&path, &own).unwrap_or_else(|e| panic!("{e}"));
    let (_, md, _) = run(&[
        "calc",
        &p,
        "--format",
        "md",
        "--rates",
        "tests/data/round-2025.toml",
    ]);
    let _ = std::fs::remove_file(&path);
    assert!(words(&md).contains("| Dødsboet | hjælpernes løn og bidrag i måneden efter dødsfaldet | én gang, efter ophøret |"), "{md}");
    assert!(md.contains("beløbet udbetales til dødsboet"));
}

// 7. Moving (SEL § 96 b; VEJ pkt. 111–112).

#[test]
fn moving_pays_until_the_new_municipality_decides() {
    let decided = budget(&citizen(
        "[period]\nto = 2025-06-15\nend = \"move\"\nnew_decision = 2025-07-31\n",
    ));
    assert_eq!(decided.period.to.to_string(), "2025-07-31");
    assert_eq!(decided.totals.payments.len(), 7);
    assert!(!decided.warnings.iter().any(|w| w.code == "move_undecided"));
    let open = budget(&citizen("[period]\nto = 2025-06-15\nend = \"move\"\n"));
    assert_eq!(open.period.to.to_string(), "2025-12-31");
    assert!(open.warnings.iter().any(|w| w.code == "move_undecided"));
}

// 8. A scheme that stops at short notice (VEJ pkt. 107).

#[test]
fn a_notice_period_is_covered_after_the_scheme_stops() {
    let b = budget(&citizen(
        "[period]\nto = 2025-06-30\nend = \"other\"\nnotice_weeks = 4\n",
    ));
    let [line] = b.totals.after_end.as_slice() else {
        panic!("one line for the notice")
    };
    // (wages + contributions) / W_p × 4 weeks; W_p = 52 × 181 / 365 = 25.79.
    assert_eq!(b.period.weeks, dec!(25.79));
    let costs = b.wages.total + b.contributions.total;
    assert_eq!(line.amount, ore(costs * dec!(4) / dec!(25.79)));
    assert_eq!(
        line.basis.expr(),
        format!(
            "({} + {}) / 25.79 * 4",
            b.wages.total, b.contributions.total
        )
    );
    assert_eq!(b.totals.grant_total, b.totals.level_total + line.amount);
}
