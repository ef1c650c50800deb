//! `[[pause]]`: the scheme on hold by the municipality's decision during a
//! hospital stay (SM 2021; AST 66-16; KL 2.3.3). The days on hold take their
//! hours out, band by band after deductions, each on a line of its own with
//! its legal ground; the weeks on hold are `W × days / days of the year`,
//! to 2 decimals as printed, as the period's weeks are (SPEC 3.8). Amounts
//! on the round figures of tests/data/round-2025.toml (base 100 kr./t,
//! general supplement 5 %, evening 30 %, standby 50 %).

use std::path::Path;
use std::process::Command;

use bpa::calc::Line;
use bpa::error::Source;
use bpa::rates::Rates;
use bpa::{Budget, Case, calculate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn rates() -> Rates {
    Rates::from_file(Path::new("tests/data/round-2025.toml")).expect("test rate table loads")
}

fn parse(text: &str) -> Result<Case, String> {
    Case::parse(Source {
        name: "pause.toml".into(),
        text: text.into(),
    })
    .map_err(|e| e.to_string())
}

fn budget(text: &str) -> Budget {
    let case = parse(text).unwrap_or_else(|e| panic!("{e}"));
    calculate(&case, &rates()).unwrap_or_else(|e| panic!("{e}"))
}

fn amount(lines: &[Line], key: &str) -> Decimal {
    lines
        .iter()
        .find(|l| l.key == key)
        .map_or(Decimal::ZERO, |l| l.amount)
}

/// 35 h weekday day less 5 h home care, 10 h evening, 4 h standby a week.
const CASE: &str = "id = \"P\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"citizen\"\npayroll = \"municipality\"\n[need]\nweekday_day = 35.0\nweekday_evening = 10.0\n[deduct]\nweekday_day = 5.0\n[extra]\nhelpers = 2\nstandby_hours_per_week = 4.0\n";

fn with_pause(from: &str, to: &str) -> String {
    format!("{CASE}[[pause]]\nfrom = {from}\nto = {to}\n")
}

#[test]
fn a_fortnight_on_hold_by_hand() {
    let b = budget(&with_pause("2025-03-10", "2025-03-23"));
    let h = &b.hours.lines;
    // 14 days on hold: 52 × 14 / 365 = 1,9945… → 1,99 weeks, used as printed.
    // Weekday day: (35 − 5) t/uge × 1,99 = 59,70; evening 10 × 1,99 = 19,90;
    // standby 4 × 1,99 = 7,96.
    assert_eq!(amount(h, "pause.weekday_day"), dec!(-59.70));
    assert_eq!(amount(h, "pause.weekday_evening"), dec!(-19.90));
    assert_eq!(amount(h, "pause.standby"), dec!(-7.96));
    assert_eq!(amount(h, "pause.saturday"), Decimal::ZERO);
    // 1.820 + 520 − 260 (home care) + 15 (meetings: 2 × 1,5 + 2 × 6) + 208
    // (standby 4 × 52) − 59,70 − 19,90 − 7,96 = 2.215,44.
    assert_eq!(b.hours.total, dec!(2215.44));
    assert_eq!(b.hours.standby, dec!(200.04));
    let line = h
        .iter()
        .find(|l| l.key == "pause.weekday_day")
        .expect("the line");
    assert_eq!(line.legal, "SM 2021; AST 66-16; KL 2.3.3");
    assert_eq!(line.basis.expr(), "- (35.00 - 5.00) * 1.99");
    // Wages follow the hours in the bands: 2.215,44 − 200,04 standby =
    // 2.015,40 t × 100 kr. = 201.540,00; evening 500,10 t × 100 × 30 % =
    // 15.003,00; standby 200,04 t × 100 × 50 % = 10.002,00.
    assert_eq!(amount(&b.wages.lines, "base_wage"), dec!(201540.00));
    assert_eq!(
        amount(&b.wages.lines, "supplement.weekday_evening"),
        dec!(15003.00)
    );
    assert_eq!(amount(&b.wages.lines, "standby_pay"), dec!(10002.00));
}

#[test]
fn every_pause_takes_its_weeks_out_of_every_weekly_quantity() {
    let without = budget(CASE);
    for (from, to, days) in [
        ("2025-01-01", "2025-01-01", 1u32),
        ("2025-02-03", "2025-02-09", 7),
        ("2025-06-15", "2025-07-20", 36),
        ("2025-10-01", "2025-12-31", 92),
    ] {
        let b = budget(&with_pause(from, to));
        let h = &b.hours.lines;
        // The weeks on hold as printed, and each band's weekly need after
        // deductions times them, to 2 decimals.
        let weeks = (dec!(52) * Decimal::from(days) / dec!(365)).round_dp(2);
        let out = |per_week: Decimal| -> Decimal { -(per_week * weeks).round_dp(2) };
        assert_eq!(amount(h, "pause.weekday_day"), out(dec!(30)), "{from}");
        assert_eq!(amount(h, "pause.weekday_evening"), out(dec!(10)), "{from}");
        assert_eq!(amount(h, "pause.standby"), out(dec!(4)), "{from}");
        // Nothing else moves: the lines before the pause are those without it.
        let paused: Decimal = h
            .iter()
            .filter(|l| l.key.starts_with("pause."))
            .map(|l| l.amount)
            .sum();
        assert_eq!(b.hours.total, without.hours.total + paused, "{from}");
        for l in without.hours.lines.iter() {
            assert_eq!(amount(h, &l.key), l.amount, "{} {from}", l.key);
        }
        // The grant falls with the hours.
        assert!(b.totals.grant_total < without.totals.grant_total, "{from}");
    }
}

#[test]
fn a_schedule_loses_the_shifts_of_the_days_on_hold() {
    // Weekdays 08–16, one helper: 10 March (a Monday) to 23 March 2025 holds
    // 10 weekdays without a public holiday, 10 × 8 h = 80 h of weekday day.
    let text = "id = \"S\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"citizen\"\npayroll = \"municipality\"\n[[schedule]]\ndays = [\"weekdays\"]\nfrom = \"08:00\"\nto = \"16:00\"\nhelpers = 1\n[extra]\nhelpers = 1\n[[pause]]\nfrom = 2025-03-10\nto = 2025-03-23\n";
    let b = budget(text);
    assert_eq!(amount(&b.hours.lines, "pause.weekday_day"), dec!(-80.00));
    assert_eq!(
        b.hours
            .lines
            .iter()
            .filter(|l| l.key.starts_with("pause."))
            .count(),
        1
    );
    // 2025 has 261 weekdays, 9 of them public holidays off the schedule's
    // band: the schedule's weekday-day hours less the 80 on hold.
    let without = budget(&text.replace("[[pause]]\nfrom = 2025-03-10\nto = 2025-03-23\n", ""));
    assert_eq!(
        b.hours.bands[0].need,
        without.hours.bands[0].need - dec!(80)
    );
}

#[test]
fn a_relative_cares_for_no_hours_on_hold() {
    let text = "id = \"R\"\nyear = 2025\nscheme = \"kt-relative\"\nemployer = \"relative\"\npayroll = \"municipality\"\n[need]\nweekday_day = 40.0\n[extra]\nhelpers = 1\n[relative]\nown_care_hours_per_week = 30.0\n[[pause]]\nfrom = 2025-03-10\nto = 2025-03-23\n";
    let b = budget(text);
    // 30 × 52 = 1.560,00 less 30 × 1,99 = 59,70: 1.500,30 own hours.
    assert_eq!(b.hours.relative_total(), dec!(1500.30));
    // The employed hours: 40 × 52 − 40 × 1,99 + 1,5 MUS − 1.500,30 =
    // 2.080 − 79,60 + 1,50 − 1.500,30 = 501,60.
    assert_eq!(b.hours.employed, dec!(501.60));
}

#[test]
fn a_pause_is_no_reduction_under_sel_3a() {
    // The last decision granted this very help; a pause leaves the help as
    // it was and needs no notice (SM 2021), a lower need does.
    let year = budget(CASE);
    let previous = format!(
        "[previous]\ngrant_hours = {}\nweekly_need = 40.0\n",
        year.hours.total
    );
    let b = budget(&format!(
        "{}{previous}",
        with_pause("2025-03-10", "2025-04-30")
    ));
    assert!(
        !b.warnings.iter().any(|w| w.code == "reduction_notice"),
        "{:?}",
        b.warnings
    );
    let lower = budget(&format!(
        "{}{previous}",
        CASE.replace("weekday_day = 35.0", "weekday_day = 34.0")
    ));
    assert!(lower.warnings.iter().any(|w| w.code == "reduction_notice"));
}

fn error_of(text: &str) -> String {
    parse(text)
        .err()
        .unwrap_or_else(|| panic!("accepted:\n{text}"))
}

#[test]
fn pauses_outside_the_period_backwards_or_overlapping_are_refused() {
    // Outside the grant period, with its line and column.
    let e = error_of(&with_pause("2025-03-10", "2026-01-02"));
    assert!(
        e.contains("pause.toml:16:6: `pause[0].to`: the day lies outside the grant period"),
        "{e}"
    );
    assert!(e.contains("2025-01-01 to 2025-12-31"), "{e}");
    // Outside a shorter [period].
    let e = error_of(&format!(
        "{}[period]\nfrom = 2025-05-01\n",
        with_pause("2025-04-20", "2025-05-10")
    ));
    assert!(
        e.contains("`pause[0].from`: the day lies outside the grant period"),
        "{e}"
    );
    // Ending before it starts.
    let e = error_of(&with_pause("2025-03-10", "2025-03-09"));
    assert!(
        e.contains("`pause[0].to`: the pause ends before it starts"),
        "{e}"
    );
    // Two pauses sharing a day.
    let e = error_of(&format!(
        "{}[[pause]]\nfrom = 2025-03-23\nto = 2025-03-30\n",
        with_pause("2025-03-10", "2025-03-23")
    ));
    assert!(
        e.contains("pause.toml:18:8: `pause[1].from`: the pause overlaps pause[0]"),
        "{e}"
    );
    // Without a day, or with a time.
    let e = error_of(&format!("{CASE}[[pause]]\nfrom = 2025-03-10\n"));
    assert!(e.contains("`pause[0]`: `to` is missing"), "{e}");
    let e = error_of(&with_pause("2025-03-10T08:00:00", "2025-03-12"));
    assert!(e.contains("`pause[0].from`: not a calendar date"), "{e}");
    // A day after the pause is fine, and so are two pauses apart.
    assert!(
        parse(&format!(
            "{}[[pause]]\nfrom = 2025-03-24\nto = 2025-03-30\n",
            with_pause("2025-03-10", "2025-03-23")
        ))
        .is_ok()
    );
}

#[test]
fn the_attachment_states_the_pause_and_the_template_offers_it() {
    let path = std::env::temp_dir().join(format!("bpa-pause-{}.toml", std::process::id()));
    std::fs::write(&path, with_pause("2025-03-10", "2025-03-23")).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(["calc", &path.to_string_lossy(), "--format", "md"])
        .args(["--rates", "tests/data/round-2025.toml"])
        .output()
        .expect("bpa runs");
    let _ = std::fs::remove_file(&path);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("| I bero, hverdage dag"), "{md}");
    assert!(
        md.contains("(52 × 14 / 365 dage i bero) (10/3–23/3)"),
        "{md}"
    );
    assert!(md.contains(
        "Kommunen har i denne sag besluttet at sætte ordningen i bero fra 10. marts 2025 til 23. marts 2025"
    ));
    // `bpa init` has [[pause]] commented out; taken in, it is a valid case.
    let init = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(["init", "--scheme", "bpa"])
        .output()
        .expect("bpa runs");
    let text = String::from_utf8_lossy(&init.stdout).into_owned();
    assert!(text.contains("# [[pause]]"), "{text}");
    let on = text
        .replace("# [[pause]]", "[[pause]]")
        .replace("# from = 2025-10-06", "from = 2025-10-06")
        .replace("# to = 2025-10-19", "to = 2025-10-19");
    let b = budget(&on);
    assert!(b.hours.pause.is_some());
}
