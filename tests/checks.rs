//! One test per legal check of SPEC 9, at its threshold where it has one.

use bpa::error::Source;
use bpa::rates::Rates;
use bpa::{Case, calculate};

fn codes(text: &str) -> Vec<&'static str> {
    let case = Case::parse(Source {
        name: "t.toml".into(),
        text: text.into(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let rates = Rates::embedded(2025).unwrap();
    calculate(&case, &rates)
        .unwrap_or_else(|e| panic!("{e}"))
        .warnings
        .iter()
        .map(|w| w.code)
        .collect()
}

fn kt(weekly: &str) -> String {
    format!(
        "id = \"K\"\nyear = 2025\nscheme = \"kt\"\nemployer = \"citizen\"\n[need]\nweekday_day = {weekly}\n[extra]\nhelpers = 1\n"
    )
}

#[test]
fn kt_under_20h_at_and_above_the_threshold() {
    // SEL § 95 stk. 2: more than 20 hours; exactly 20 is not enough.
    assert!(codes(&kt("20.0")).contains(&"kt_under_20h"));
    assert!(!codes(&kt("20.5")).contains(&"kt_under_20h"));
    // Measured on the need before deductions.
    let deducted = kt("25.0") + "[deduct]\nweekday_day = 10.0\n";
    assert!(!codes(&deducted).contains(&"kt_under_20h"));
}

#[test]
fn standby_in_kt() {
    assert!(
        codes(&kt("30.0").replace("helpers = 1", "helpers = 1\nstandby_hours_per_week = 5.0"))
            .contains(&"standby_in_kt")
    );
    assert!(!codes(&kt("30.0")).contains(&"standby_in_kt"));
}

fn relative(own: &str, special: bool) -> String {
    format!(
        "id = \"R\"\nyear = 2025\nscheme = \"kt-relative\"\nemployer = \"relative\"\n[need]\nweekday_day = 60.0\n[extra]\nhelpers = 1\n[relative]\nown_care_hours_per_week = {own}\nspecial_decision = {special}\n"
    )
}

#[test]
fn relative_over_48h_needs_a_special_decision() {
    assert!(!codes(&relative("48.0", false)).contains(&"relative_over_48h"));
    assert!(codes(&relative("48.5", false)).contains(&"relative_over_48h"));
    assert!(!codes(&relative("48.5", true)).contains(&"relative_over_48h"));
}

#[test]
fn full_cover_without_need() {
    let text = "id = \"F\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"citizen\"\n[extra]\nhelpers = 2\nfull_cover_weeks = 1\n";
    assert!(codes(text).contains(&"full_cover_without_need"));
    assert!(
        !codes(&kt("30.0").replace("helpers = 1", "helpers = 1\nfull_cover_weeks = 1"))
            .contains(&"full_cover_without_need")
    );
}

#[test]
fn admin_per_hour() {
    let text = "id = \"A\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"company\"\n[need]\nweekday_day = 30.0\n[extra]\nhelpers = 2\n[admin]\nmodel = \"per_hour\"\n";
    assert!(codes(text).contains(&"admin_per_hour"));
    assert!(!codes(&text.replace("per_hour", "tasks")).contains(&"admin_per_hour"));
}

#[test]
fn cap_exceeded_and_not_checked() {
    assert!(codes(&kt("30.0")).contains(&"cap_not_checked"));
    let low = kt("30.0") + "[override]\ncap_hourly = 100.0\n";
    assert!(codes(&low).contains(&"cap_exceeded"));
    let high = kt("30.0") + "[override]\ncap_hourly = 1000.0\n";
    let c = codes(&high);
    assert!(!c.contains(&"cap_exceeded") && !c.contains(&"cap_not_checked"));
}

#[test]
fn reduction_notice_on_lower_total_or_fewer_weekly_hours() {
    let lower_total = kt("30.0") + "[previous]\nannual_total = 10000000.0\n";
    assert!(codes(&lower_total).contains(&"reduction_notice"));
    let fewer_hours = kt("30.0") + "[previous]\nweekly_hours = 40.0\n";
    assert!(codes(&fewer_hours).contains(&"reduction_notice"));
    let higher = kt("30.0") + "[previous]\nannual_total = 1000.0\nweekly_hours = 10.0\n";
    assert!(!codes(&higher).contains(&"reduction_notice"));
}

#[test]
fn rate_unverified_names_the_figures() {
    let case = Case::parse(Source {
        name: "t.toml".into(),
        text: kt("30.0"),
    })
    .unwrap();
    let b = calculate(&case, &Rates::embedded(2025).unwrap()).unwrap();
    let w = b
        .warnings
        .iter()
        .find(|w| w.code == "rate_unverified")
        .expect("2025 has unverified figures");
    assert!(
        w.message.en.contains("wage_scales.sosu_11.base_hourly"),
        "{}",
        w.message.en
    );
    // 2022's base wage and ATP are published for that year.
    let case22 = Case::parse(Source {
        name: "t.toml".into(),
        text: kt("30.0").replace("2025", "2022"),
    })
    .unwrap();
    let b22 = calculate(&case22, &Rates::embedded(2022).unwrap()).unwrap();
    let w22 = b22
        .warnings
        .iter()
        .find(|w| w.code == "rate_unverified")
        .unwrap();
    assert!(
        !w22.message.en.contains("base_hourly"),
        "{}",
        w22.message.en
    );
    assert!(
        !w22.message.en.contains("contributions.atp"),
        "{}",
        w22.message.en
    );
}
