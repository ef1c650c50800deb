//! Properties over generated valid cases on the embedded 2025 rates: the
//! tables add up, the payments sum to the grant, more need never lowers the
//! grant, the cap check agrees with its figures, and the layout of the case
//! file (key order, whitespace) does not matter. Plus SPEC 10's rounding
//! policy on a case where rounding each line differs from rounding the sum.

mod common;

use bpa::calc::Line;
use bpa::calc::totals::Verdict;
use bpa::error::Source;
use bpa::money::ore;
use bpa::rates::Rates;
use bpa::report::{Lang, json};
use bpa::{Budget, Case, calculate};
use proptest::prelude::*;
use rust_decimal::Decimal;

use common::generated::{BANDS, Gen, case_strategy, thousandths, toml_text};

fn budget_of(text: &str) -> Result<Budget, String> {
    let case = Case::parse(Source {
        name: "generated.toml".into(),
        text: text.into(),
    })
    .map_err(|e| e.to_string())?;
    let year = if text.contains("year = 2026") {
        2026
    } else {
        2025
    };
    let rates = Rates::embedded(year).map_err(|e| e.to_string())?;
    calculate(&case, &rates).map_err(|e| e.to_string())
}

fn budget(g: &Gen) -> Budget {
    budget_of(&toml_text(g, &[0, 1, 2, 3, 4], 1)).unwrap_or_else(|e| panic!("{e}"))
}

fn sum(lines: &[Line]) -> Decimal {
    lines.iter().map(|l| l.amount).sum()
}

/// The case schema of `bpa schema case`, built once.
static CASE_SCHEMA: std::sync::LazyLock<jsonschema::Validator> = std::sync::LazyLock::new(|| {
    let schema = bpa::report::schema::schema(bpa::report::schema::Kind::Case, Lang::En);
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{e}"))
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every generated case validates against the case schema, read as JSON
    /// the way an editor reads it (the examples: tests/schema.rs).
    #[test]
    fn every_generated_case_validates_against_the_schema(g in case_strategy()) {
        let text = toml_text(&g, &[0, 1, 2, 3, 4], 1);
        let errors: Vec<String> = CASE_SCHEMA
            .iter_errors(&common::toml_as_json(&text))
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        prop_assert!(errors.is_empty(), "{}\n{:#?}", text, errors);
    }

    #[test]
    fn every_table_adds_up_to_its_total(g in case_strategy()) {
        let b = budget(&g);
        prop_assert_eq!(sum(&b.wages.lines), b.wages.total);
        prop_assert_eq!(sum(&b.contributions.lines), b.contributions.total);
        prop_assert_eq!(sum(&b.employer_tasks.lines), b.employer_tasks.total);
        prop_assert_eq!(sum(&b.other_costs.lines), b.other_costs.total);
        prop_assert_eq!(sum(&b.special_costs.lines), b.special_costs.total);
        prop_assert_eq!(
            b.wages.total + b.contributions.total + b.employer_tasks.total + b.special_costs.total
                + b.totals.cap_reduction + b.totals.price_reduction + b.other_costs.total,
            b.totals.grant_total
        );
        prop_assert!(b.totals.cap_reduction <= Decimal::ZERO);
        prop_assert!(b.totals.price_reduction <= Decimal::ZERO);
        // BEK § 3 stk. 3: an association or company receives at most its
        // price, less any offset beyond the § 10 part (VEJ pkt. 37).
        if let Some(price) = g.price {
            prop_assert!(b.totals.employer_part <= Decimal::from(price));
        }
        // Every money line is to the øre.
        for l in b.wages.lines.iter().chain(&b.contributions.lines).chain(&b.employer_tasks.lines) {
            prop_assert_eq!(ore(l.amount), l.amount, "{} is not to the øre", l.key);
        }
    }

    #[test]
    fn every_line_redoes_from_its_printed_figures(g in case_strategy()) {
        let b = budget(&g);
        let lines = b.hours.lines.iter()
            .chain(&b.wages.lines)
            .chain(&b.contributions.lines)
            .chain(&b.contributions.after_invoice)
            .chain(&b.employer_tasks.lines)
            .chain(&b.special_costs.lines)
            .chain(&b.other_costs.lines)
            .chain(&b.totals.cap_line)
            .chain(&b.totals.price_line);
        for l in lines {
            for (lang, danish) in [(Lang::Da, true), (Lang::En, false)] {
                common::check_line(&l.basis.expr(), &bpa::report::basis(&l.basis, lang), l.amount, danish, &l.key);
            }
        }
        // The band hours add up to the grant hours exactly, as printed.
        let bands: Decimal = b.hours.bands.iter().map(|x| x.total).sum::<Decimal>() + b.hours.standby;
        prop_assert_eq!(bands, b.hours.total);
        for x in &b.hours.bands {
            prop_assert_eq!(ore(x.total), x.total);
        }
    }

    #[test]
    fn the_twelve_payments_sum_to_the_grant(g in case_strategy()) {
        let b = budget(&g);
        prop_assert_eq!(b.totals.monthly.len(), 12);
        prop_assert_eq!(b.totals.monthly.iter().sum::<Decimal>(), b.totals.grant_total);
        prop_assert_eq!(b.totals.other_costs_monthly.iter().sum::<Decimal>(), b.totals.other_costs_to_citizen);
    }

    #[test]
    fn more_need_in_any_band_never_lowers_the_grant(g in case_strategy(), band in 0usize..5, more in 1u32..=4_000) {
        // By band, so on `[need]`: a schedule's shifts are not set by band.
        let g = Gen { schedule: false, ..g };
        let before = budget(&g);
        let mut bigger = g.clone();
        bigger.need[band] += more;
        let after = budget(&bigger);
        prop_assert!(after.hours.total > before.hours.total);
        prop_assert!(
            after.totals.grant_total >= before.totals.grant_total,
            "{} h more in {} lowered the grant from {} to {}",
            thousandths(more), BANDS[band], before.totals.grant_total, after.totals.grant_total
        );
    }

    #[test]
    fn cost_per_hour_times_hours_gives_the_cost_lines(g in case_strategy()) {
        let b = budget(&g);
        let c = &b.cap;
        prop_assert_eq!(
            c.costs,
            b.wages.total + b.contributions.total + b.employer_tasks.total + b.special_costs.total
        );
        if !b.hours.total.is_zero() {
            // cost per hour is rounded to øre: off by at most half an øre per hour
            let off = (c.cost_per_hour * b.hours.total - c.costs).abs();
            prop_assert!(off <= Decimal::new(5, 3) * b.hours.total, "off by {off}");
        }
    }

    #[test]
    fn the_cap_verdict_agrees_with_its_figures(g in case_strategy()) {
        let c = budget(&g).cap;
        match c.cap_hourly {
            None => prop_assert_eq!(c.verdict, Verdict::NotChecked),
            Some(cap) => {
                prop_assert_eq!(c.verdict == Verdict::Within, c.cost_per_hour <= cap);
                prop_assert_eq!(c.headroom, Some(cap - c.cost_per_hour));
            }
        }
    }

    #[test]
    fn key_order_and_whitespace_do_not_matter(
        g in case_strategy(),
        order in Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle(),
        pad in 0usize..4,
    ) {
        let plain = budget(&g);
        let shuffled = budget_of(&toml_text(&g, &order, pad)).unwrap_or_else(|e| panic!("{e}"));
        prop_assert_eq!(json::to_value(&plain, Lang::En), json::to_value(&shuffled, Lang::En));
    }
}

/// SPEC 10: each line is rounded to øre and a total is the sum of its
/// rounded lines. Find a case where that differs from rounding the exact
/// sum, and show the table still adds up.
#[test]
fn rounding_each_line_can_differ_from_rounding_the_sum_and_the_table_still_adds_up() {
    for hundredths in 1001..=1200 {
        // Weekday days only, one helper: base wage and general supplement are
        // hours × rate and hours × rate × pct, with no other wage line, on a
        // table with one base wage for the whole year.
        let text = format!(
            "id = \"R\"\nyear = 2026\nscheme = \"bpa\"\nemployer = \"citizen\"\n[need]\nweekday_day = {}.{:02}\n[extra]\nhelpers = 1\n",
            hundredths / 100,
            hundredths % 100
        );
        let case = Case::parse(Source {
            name: "generated.toml".into(),
            text,
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let rates = Rates::from_file(std::path::Path::new("tests/data/flat-2026.toml"))
            .unwrap_or_else(|e| panic!("{e}"));
        let b = calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"));
        let base = b
            .wages
            .lines
            .iter()
            .find(|l| l.key == "base_wage")
            .expect("a base wage");
        let general = b
            .wages
            .lines
            .iter()
            .find(|l| l.key == "general_supplement")
            .expect("a general supplement");
        let rate = base
            .rates
            .iter()
            .find(|f| f.path.ends_with("base_hourly"))
            .expect("the hourly rate")
            .value;
        let pct = general
            .rates
            .iter()
            .find(|f| f.path.ends_with("general_supplement_pct"))
            .expect("the percent")
            .value;
        let exact_base = b.hours.total * rate;
        let exact_general = b.hours.total * rate * pct / Decimal::ONE_HUNDRED;
        assert_eq!(base.amount, ore(exact_base));
        assert_eq!(general.amount, ore(exact_general));
        if ore(exact_base) + ore(exact_general) != ore(exact_base + exact_general) {
            // The printed lines, not the exact sum, make the total.
            assert_eq!(sum(&b.wages.lines), b.wages.total);
            assert_ne!(
                base.amount + general.amount,
                ore(exact_base + exact_general)
            );
            return;
        }
    }
    panic!("no need between 10.01 and 12.00 hours a week rounds differently line by line");
}

/// The hours of each part of the period in a wage line's basis: the first
/// number of each term, with the part's days from the dates after it.
fn hours_by_part(basis: &bpa::calc::Basis) -> Vec<(Decimal, i64)> {
    use bpa::calc::{Said, Term};
    let mut out = Vec::new();
    let mut hours = None;
    let mut fresh = true;
    for term in &basis.0 {
        match term {
            Term::Num { value, .. } if fresh => {
                hours = Some(*value);
                fresh = false;
            }
            Term::Op("+") => fresh = true,
            Term::Said(Said::Dates(from, to)) => {
                if let Some(h) = hours.take() {
                    out.push((h, (*to - *from).num_days() + 1));
                }
            }
            _ => {}
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// SPEC 4 and 10: where the base wage changes during the period, the base
    /// wage's hours are the printed band total split by days (each part but
    /// the last rounded to the hundredth, the last the rest), so a reader who
    /// splits the printed total gets the printed parts.
    #[test]
    fn the_base_wage_splits_the_printed_band_total_by_days(g in case_strategy()) {
        let b = budget(&g);
        let base = b.wages.lines.iter().find(|l| l.key == "base_wage").expect("a base wage");
        let parts = hours_by_part(&base.basis);
        // Every shipped year from 2025 has dated base wages.
        prop_assert!(parts.len() > 1, "{:?}", base.basis);
        let band_total: Decimal = b.hours.bands.iter().map(|x| x.total).sum();
        let days: i64 = parts.iter().map(|p| p.1).sum();
        let mut given = Decimal::ZERO;
        for (i, (h, d)) in parts.iter().enumerate() {
            let want = if i + 1 == parts.len() {
                band_total - given
            } else {
                ore(band_total * Decimal::from(*d) / Decimal::from(days))
            };
            prop_assert_eq!(*h, want, "part {} of {}", i + 1, band_total);
            given += want;
        }
    }
}
