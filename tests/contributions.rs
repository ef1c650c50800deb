//! SPEC 5: who pays which statutory contribution, and for how long, hand-
//! checked on the round figures of tests/data/round-2025.toml (ATP 198 /
//! 132 / 66 kr. a month, AUB 3000, FIB 100 a quarter per full-time equivalent).

use std::path::Path;

use bpa::calc::Line;
use bpa::error::Source;
use bpa::rates::Rates;
use bpa::report::Lang;
use bpa::{Budget, Case, calculate};
use rust_decimal_macros::dec;

fn budget(text: &str) -> Budget {
    let case = Case::parse(Source {
        name: "t.toml".into(),
        text: text.into(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let rates = Rates::from_file(Path::new("tests/data/round-2025.toml")).expect("rates");
    calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"))
}

fn line<'a>(b: &'a Budget, key: &str) -> &'a Line {
    b.contributions
        .lines
        .iter()
        .find(|l| l.key == key)
        .unwrap_or_else(|| panic!("no {key}"))
}

/// Two helpers, each above 117 hours a month: ATP at the full 198 kr.
fn case(employer: &str, period: &str) -> String {
    format!(
        "id = \"A\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"{employer}\"\n{period}[need]\nweekday_day = 60.0\n[extra]\nhelpers = 2\n"
    )
}

#[test]
fn aub_first_employee_exemption_for_the_months_of_a_budget_from_1_july() {
    // SPEC 5: a citizen employer's AUB is charged on max(0, FTE − m_p/12).
    // A whole year: ATP 2 × 12 × 198 = 4752; FTE = 4752 / (12 × 198) = 2;
    // AUB max(0, 2 − 1) × 3000 = 3000.00.
    let year = budget(&case("citizen", ""));
    assert_eq!(line(&year, "contribution.aub").amount, dec!(3000.00));
    // 1 July – 31 December: six months. W_p = 52 × 184 / 365 = 26.21 weeks;
    // 60 × 26.21 = 1572.60 h + meetings 15 × 184 / 365 = 7.56 → 1580.16 h;
    // m = 1580.16 / 6 / 2 = 131.68 h → 198 kr.; ATP 2 × 6 × 198 = 2376.00;
    // FTE = 2376 / (12 × 198) = 1. The first employee is exempt for six
    // months, half a year: max(0, 1 − 6/12) × 3000 = 1500.00. A whole
    // year's exemption would leave max(0, 1 − 1) × 3000 = 0.
    let half = budget(&case(
        "citizen",
        "[period]\nfrom = 2025-07-01\nto = 2025-12-31\n",
    ));
    assert_eq!(
        line(&half, "contribution.atp").amount,
        dec!(2376.00),
        "ATP for the period's six months"
    );
    let aub = line(&half, "contribution.aub");
    assert_eq!(aub.amount, dec!(1500.00));
    assert_eq!(
        aub.basis.expr(),
        "max(0, 2376.00 / (12 * 198.00) - 6 / 12) * 3000.00"
    );
    // A company has no exemption, a year or six months: FTE × 3000.
    let company = budget(&case(
        "company",
        "[period]\nfrom = 2025-07-01\nto = 2025-12-31\n",
    ));
    assert_eq!(line(&company, "contribution.aub").amount, dec!(3000.00));
}

#[test]
fn each_contribution_line_says_why_it_applies_to_this_employer() {
    let basis = |b: &Budget, key: &str| bpa::report::basis(&line(b, key).basis, Lang::Da);
    // AUB: the first employee exempt only where the citizen or a relative employs.
    let citizen = budget(&case("citizen", ""));
    assert!(
        basis(&citizen, "contribution.aub")
            .contains("den første ansatte er fritaget, da borgeren er arbejdsgiver"),
        "{}",
        basis(&citizen, "contribution.aub")
    );
    let company = budget(&case("company", ""));
    assert!(
        basis(&company, "contribution.aub").contains("ingen fritagelse for den første ansatte")
    );
    // BEK § 2's same amount yields to the actual statutory cost.
    assert!(
        line(&company, "contribution.aub")
            .legal
            .contains("BEK § 3 stk. 3")
    );
    // FIB: only an employer registered for VAT or lønsumsafgift; an
    // association or company is: 2 FTE × 4 quarters × 100 = 800.00.
    let fib = line(&company, "contribution.fib");
    assert_eq!(fib.amount, dec!(800.00));
    assert!(
        basis(&company, "contribution.fib")
            .contains("virksomheden er registreret for moms eller lønsumsafgift")
    );
    // A citizen employer is not: no FIB line, and the budget says why.
    assert!(
        !citizen
            .contributions
            .lines
            .iter()
            .any(|l| l.key == "contribution.fib")
    );
    let style = bpa::report::table::Style {
        width: None,
        borders: false,
        markdown: false,
        explain: false,
    };
    let said = bpa::report::table::render(&citizen, Lang::Da, style);
    assert!(
        said.contains("FIB (Finansieringsbidrag) indgår ikke: det betales kun af arbejdsgivere, der er registreret for moms eller lønsumsafgift, og det er borgeren som arbejdsgiver ikke"),
        "{said}"
    );
    // A contribution that applies to every employer alike says nothing more.
    assert!(!basis(&company, "contribution.aes").contains("arbejdsgiver"));
    assert!(
        !line(&company, "contribution.aes")
            .legal
            .contains("§ 3 stk. 3")
    );
}
