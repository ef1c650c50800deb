//! What a case adds to the cost of its hours and what caps the grant to its
//! provider: special substitute costs (VEJ pkt. 73), supervision (VEJ pkt.
//! 68), VAT (VEJ pkt. 59), the provider's lower price (BEK § 3 stk. 3; VEJ
//! pkt. 63), and an offset larger than the § 10 amount (VEJ pkt. 37).
//! Hand-checked on tests/data/round-2025.toml: base 100 kr. an hour, general
//! supplement 5 %, pension 10 %, holiday pay 12.5 %, § 10 amount 6000.

use std::path::Path;

use bpa::calc::Line;
use bpa::error::Source;
use bpa::rates::Rates;
use bpa::report::Lang;
use bpa::{Budget, Case, calculate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[allow(clippy::result_large_err)] // the error as the library returns it
fn parse(text: &str) -> Result<Case, bpa::InputError> {
    Case::parse(Source {
        name: "t.toml".into(),
        text: text.into(),
    })
}

fn budget(text: &str) -> Budget {
    let case = parse(text).unwrap_or_else(|e| panic!("{e}"));
    let rates = Rates::from_file(Path::new("tests/data/round-2025.toml")).expect("rates");
    calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"))
}

fn line<'a>(lines: &'a [Line], key: &str) -> &'a Line {
    lines
        .iter()
        .find(|l| l.key == key)
        .unwrap_or_else(|| panic!("no {key}"))
}

/// 40 h a week on weekdays by day with a company and an employer-task
/// subsidy of 10000 a year; `more` adds tables or keys at the end.
fn company(more: &str) -> String {
    format!(
        "id = \"P\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"company\"\n[need]\nweekday_day = 40.0\n[admin]\nmodel = \"amount\"\namount = 10000.0\n{more}"
    )
}

const HELPERS: &str = "[extra]\nhelpers = 2\n";

#[test]
fn special_substitute_costs_and_supervision_as_yearly_amounts() {
    let plain = budget(&company(HELPERS));
    let text = company(&format!(
        "{HELPERS}[special_costs]\nsubstitute = 8000.0\nsupervision = 6000.0\n"
    ));
    let b = budget(&text);
    let s = &b.special_costs;
    // VEJ pkt. 73 and 68: each line its amount, with its ground.
    let sub = line(&s.lines, "special_costs.substitute");
    assert_eq!(
        (sub.amount, sub.legal.as_ref()),
        (dec!(8000.00), "VEJ pkt. 73")
    );
    let sup = line(&s.lines, "special_costs.supervision");
    assert_eq!(
        (sup.amount, sup.legal.as_ref()),
        (dec!(6000.00), "VEJ pkt. 68")
    );
    assert_eq!(s.total, dec!(14000.00));
    // They add to the grant and to the cost the cap is checked on, nothing else.
    assert_eq!(
        b.totals.level_total - plain.totals.level_total,
        dec!(14000.00)
    );
    assert_eq!(b.cap.costs - plain.cap.costs, dec!(14000.00));
    assert_eq!(b.wages.total, plain.wages.total);
    // A budget from 1 July takes six months of them: 8000 × 6 / 12 = 4000.00.
    let half = budget(&text.replace(
        "[need]",
        "[period]\nfrom = 2025-07-01\nto = 2025-12-31\n[need]",
    ));
    let sub = line(&half.special_costs.lines, "special_costs.substitute");
    assert_eq!(sub.amount, dec!(4000.00));
    assert_eq!(sub.basis.expr(), "8000.00 * 6 / 12");
}

#[test]
fn substitute_and_supervision_hours_are_grant_hours() {
    // 40 × 52 = 2080 h + meetings 2 × 1.5 + 2 × 6 = 15 h: 2095 h. 20 h of
    // substitute cover (VEJ pkt. 73) and 10 h of supervision (VEJ pkt. 68)
    // follow the need's band mix, here all weekday day: 2125 h.
    let b = budget(&company(
        "[extra]\nhelpers = 2\nsubstitute_hours = 20.0\nsupervision_hours = 10.0\n",
    ));
    assert_eq!(line(&b.hours.lines, "substitute").amount, dec!(20.00));
    assert_eq!(line(&b.hours.lines, "supervision").amount, dec!(10.00));
    assert_eq!(line(&b.hours.lines, "supervision").legal, "VEJ pkt. 68");
    assert_eq!(b.hours.total, dec!(2125.00));
    assert_eq!(b.hours.bands[0].total, dec!(2125.00));
    // Priced as any hour: base 2125 × 100 = 212500.00.
    assert_eq!(line(&b.wages.lines, "base_wage").amount, dec!(212500.00));
}

#[test]
fn vat_on_the_providers_services_is_covered() {
    let b = budget(&company(&format!("{HELPERS}[provider]\nvat = 4000.0\n")));
    let vat = line(&b.special_costs.lines, "provider.vat");
    assert_eq!(vat.amount, dec!(4000.00));
    assert_eq!(vat.legal, "VEJ pkt. 59");
    let plain = budget(&company(HELPERS));
    assert_eq!(
        b.totals.level_total - plain.totals.level_total,
        dec!(4000.00)
    );
}

#[test]
fn the_provider_receives_at_most_its_lower_price() {
    let plain = budget(&company(HELPERS));
    // 2080 + 15 = 2095 h: wages 209500 + 5 % 10475 + pension 10 % × 219975 =
    // 21997.50 + holiday pay 12.5 % × 219975 = 27496.875 → 27496.88 = 269469.38;
    // m = 2095 / 12 / 2 = 87.29 h → ATP 2 × 12 × 132 = 3168, FTE 3168 / 2376 =
    // 4/3: AUB 4000 + AES 1333.33 + AFU 13.33 + FIB 533.33 = 9047.99; tasks
    // 10000: the cost is 269469.38 + 9047.99 + 10000 = 288517.37.
    let cost = plain.totals.cost;
    assert_eq!(cost, dec!(288517.37));
    // A price above the cost changes nothing.
    let above = budget(&company(&format!(
        "{HELPERS}[provider]\nprice = {}\n",
        (cost + dec!(1)).round_dp(2)
    )));
    assert!(above.totals.price_line.is_none());
    assert_eq!(above.totals.level_total, plain.totals.level_total);
    // BEK § 3 stk. 3, VEJ pkt. 63: a price of 200000 a year, below the cost:
    // the employer's part is the price; the § 10 amount stays the citizen's.
    let b = budget(&company(&format!(
        "{HELPERS}[provider]\nprice = 200000.0\n"
    )));
    let l = b
        .totals
        .price_line
        .as_ref()
        .expect("a reduction to the price");
    // 200000 − 288517.37 = −88517.37.
    assert_eq!(l.amount, dec!(-88517.37));
    assert_eq!(l.basis.expr(), "200000.00 - 288517.37");
    assert_eq!(l.legal, "BEK § 3 stk. 3; VEJ pkt. 63");
    assert_eq!(b.totals.employer_part, dec!(200000.00));
    assert_eq!(b.totals.recipient_part, dec!(6000.00));
    assert_eq!(b.totals.grant_total, dec!(206000.00));
    // Six months of the price from 1 July: 200000 × 6 / 12 = 100000.00.
    let half = budget(
        &company(&format!("{HELPERS}[provider]\nprice = 200000.0\n")).replace(
            "[need]",
            "[period]\nfrom = 2025-07-01\nto = 2025-12-31\n[need]",
        ),
    );
    assert_eq!(half.totals.employer_part, dec!(100000.00));
    // The budget says so beside the line.
    let said = table(&b);
    assert!(
        said.contains("Nedsættelse til leverandørens pris"),
        "{said}"
    );
    assert!(
        said.contains("Virksomheden udbyder ordningen til en lavere pris"),
        "{said}"
    );
}

fn table(b: &Budget) -> String {
    let style = bpa::report::table::Style {
        width: None,
        borders: false,
        markdown: false,
        explain: false,
    };
    bpa::report::table::render(b, Lang::Da, style)
}

#[test]
fn an_offset_larger_than_the_section_10_amount_is_taken_from_the_employers_part() {
    // VEJ pkt. 37: 10000 of care allowance against a § 10 amount of 6000: the
    // citizen receives 0 and the employer 4000 less than the budget's costs.
    let b = budget(&company(&format!(
        "{HELPERS}[offsets]\ncare_allowance = 10000.0\n"
    )));
    assert_eq!(b.other_costs.total, dec!(-4000.00));
    assert_eq!(b.totals.recipient_part, dec!(0.00));
    assert_eq!(b.totals.offset_from_employer, dec!(4000.00));
    assert_eq!(b.totals.employer_part, b.totals.cost - dec!(4000.00));
    let words =
        "Resten, 10.000,00 kr. − 6.000,00 kr. = 4.000,00 kr., trækkes i arbejdsgiverens del";
    assert!(table(&b).contains(words), "{}", table(&b));
    // The attachment says it too.
    let rates = Rates::from_file(Path::new("tests/data/round-2025.toml")).expect("rates");
    let case = parse(&company(&format!(
        "{HELPERS}[offsets]\ncare_allowance = 10000.0\n"
    )))
    .unwrap();
    let facts = bpa::budget::decision::Facts::of(&case, &rates, &b);
    let md = bpa::report::markdown::render(&b, &facts, Lang::Da);
    assert!(md.contains(words), "{md}");
    // An offset within the § 10 amount says nothing of the kind.
    let within = budget(&company(&format!(
        "{HELPERS}[offsets]\ncare_allowance = 5000.0\n"
    )));
    assert_eq!(within.totals.offset_from_employer, Decimal::ZERO);
    assert!(!table(&within).contains("trækkes i arbejdsgiverens del"));
}

#[test]
fn the_new_keys_are_validated_with_clear_errors() {
    let err = |text: &str| parse(text).map(|_| ()).expect_err("invalid").to_string();
    // [provider] belongs to an association or company.
    let citizen = company(&format!("{HELPERS}[provider]\nprice = 1000.0\n"))
        .replace("employer = \"company\"", "employer = \"citizen\"")
        .replace("[admin]\nmodel = \"amount\"\namount = 10000.0\n", "");
    let e = err(&citizen);
    assert!(
        e.contains("`provider`") && e.contains("employer = \"citizen\""),
        "{e}"
    );
    // Negative amounts and hours, unknown keys.
    let e = err(&company(&format!(
        "{HELPERS}[special_costs]\nsubstitute = -1.0\n"
    )));
    assert!(
        e.contains("special_costs.substitute") && e.contains("out of range"),
        "{e}"
    );
    let e = err(&company("[extra]\nhelpers = 2\nsupervision_hours = -2.0\n"));
    assert!(e.contains("extra.supervision_hours"), "{e}");
    let e = err(&company(&format!("{HELPERS}[provider]\nprise = 1000.0\n")));
    assert!(e.contains("unknown key") && e.contains("price"), "{e}");
    let e = err(&company(&format!("{HELPERS}[provider]\nvat = \"25 %\"\n")));
    assert!(e.contains("provider.vat"), "{e}");
}
