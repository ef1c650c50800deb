//! Hand-checked amounts for every line type, on the round figures of
//! tests/data/round-2025.toml (base 100 kr/h, general supplement 5 %,
//! evening 30 %, night 40 %, Saturday 25 %, Sunday 50 %, standby 50 %,
//! pension 10 %, holiday pay 12.5 %, ATP 198/132/66, AUB 3000, AES 1000,
//! AFU 10, FIB 100 per quarter, Barsel.dk 1200, praktik-AUB 500, KL blended
//! admin rate (521 + 380) / 2 = 450.50, payslip 50, § 10 6000, cap 300).

use std::path::Path;

use bpa::calc::Line;
use bpa::calc::totals::{Timing, Verdict};
use bpa::error::Source;
use bpa::rates::Rates;
use bpa::{Budget, Case, calculate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn rates() -> Rates {
    Rates::from_file(Path::new("tests/data/round-2025.toml")).expect("test rate table loads")
}

fn case(text: &str) -> Case {
    Case::parse(Source {
        name: "test.toml".into(),
        text: text.into(),
    })
    .unwrap_or_else(|e| panic!("{e}"))
}

fn budget(text: &str) -> Budget {
    calculate(&case(text), &rates()).unwrap_or_else(|e| panic!("{e}"))
}

fn amount(lines: &[Line], key: &str) -> Decimal {
    lines
        .iter()
        .find(|l| l.key == key)
        .unwrap_or_else(|| {
            panic!(
                "no line {key}: {:?}",
                lines.iter().map(|l| &l.key).collect::<Vec<_>>()
            )
        })
        .amount
}

const COMPANY: &str = include_str!("data/company-2025.toml");

#[test]
fn hours_every_component() {
    let b = budget(COMPANY);
    let h = &b.hours;
    // Need: 20 × 52 = 1040, 10 × 52 = 520, 5 × 52 = 260, 5 × 52 = 260.
    assert_eq!(amount(&h.lines, "need.weekday_day"), dec!(1040));
    assert_eq!(amount(&h.lines, "need.weekday_evening"), dec!(520));
    assert_eq!(amount(&h.lines, "need.saturday"), dec!(260));
    // Full cover replaces the ordinary week (VEJ pkt. 68): 1 week × (168 − 40 h) = 128,
    // band by band max(0, profile − ordinary): 55 − 20, 30 − 10, 35 − 0, 24 − 5, 24 − 5
    // = 35, 20, 35, 19, 19.
    assert_eq!(amount(&h.lines, "full_cover"), dec!(128));
    let full: Vec<Decimal> = h.bands.iter().map(|x| x.full_cover).collect();
    assert_eq!(full, vec![dec!(35), dec!(20), dec!(35), dec!(19), dec!(19)]);
    // Training 1 × 10, courses 1 × 6; meetings 2 × 1.5 + 2 × 6 = 15.
    assert_eq!(amount(&h.lines, "training"), dec!(10));
    assert_eq!(amount(&h.lines, "courses"), dec!(6));
    assert_eq!(amount(&h.lines, "meetings"), dec!(15));
    // Training + courses (16 h) follow the need mix 1040/520/0/260/260 of 2080:
    // 8, 4, 0, 2, 2. Day: 1040 + 35 + 8 + 15 = 1098; evening 520 + 20 + 4 = 544;
    // night 0 + 35 = 35; Saturday and Sunday 260 + 19 + 2 = 281.
    let totals: Vec<Decimal> = h.bands.iter().map(|x| x.total).collect();
    assert_eq!(
        totals,
        vec![dec!(1098), dec!(544), dec!(35), dec!(281), dec!(281)]
    );
    // 2080 + 128 + 10 + 6 + 15 = 2239 h; 2239 / 52 = 43.0576… → 43.06 h/week.
    assert_eq!(h.total, dec!(2239));
    assert_eq!(h.per_week, dec!(43.06));
}

#[test]
fn wages_every_line() {
    let w = budget(COMPANY).wages;
    assert_eq!(amount(&w.lines, "base_wage"), dec!(223900.00)); // 2239 × 100
    assert_eq!(amount(&w.lines, "general_supplement"), dec!(11195.00)); // 223900 × 5 %
    assert_eq!(
        amount(&w.lines, "supplement.weekday_evening"),
        dec!(16320.00)
    ); // 544 × 100 × 30 %
    assert_eq!(amount(&w.lines, "supplement.weekday_night"), dec!(1400.00)); // 35 × 100 × 40 %
    assert_eq!(amount(&w.lines, "supplement.saturday"), dec!(7025.00)); // 281 × 100 × 25 %
    assert_eq!(
        amount(&w.lines, "supplement.sunday_holiday"),
        dec!(14050.00)
    ); // 281 × 100 × 50 %
    // Pension on base + general + standby, not on time supplements: 10 % × 235095.
    assert_eq!(w.pension, dec!(23509.50));
    // Holiday pay on all wages, not on pension: 12.5 % × (235095 + 38795) = 34236.25.
    assert_eq!(w.holiday_pay, dec!(34236.25));
    assert_eq!(w.total, dec!(331635.75));
}

#[test]
fn contributions_every_line() {
    let c = budget(COMPANY).contributions;
    // m = 2239 / 12 / 2 = 93.29 h per helper per month → bracket 78–116: 132 kr.
    // ATP = 2 × 12 × 132 = 3168; FTE = 3168 / (12 × 198) = 4/3.
    assert_eq!(amount(&c.lines, "contribution.atp"), dec!(3168.00));
    assert_eq!(c.fte.round_dp(4), dec!(1.3333));
    // A company pays AUB on every FTE: 3000 × 4/3 = 4000.
    assert_eq!(amount(&c.lines, "contribution.aub"), dec!(4000.00));
    assert_eq!(amount(&c.lines, "contribution.aes"), dec!(1333.33)); // 1000 × 4/3
    assert_eq!(amount(&c.lines, "contribution.afu"), dec!(13.33)); // 10 × 4/3
    assert_eq!(amount(&c.lines, "contribution.fib"), dec!(533.33)); // 100 × 4 quarters × 4/3
    // Barsel.dk is covered after invoice (BEK § 4 stk. 2, § 6): estimate 1200 × 4/3 = 1600.
    assert!(!c.lines.iter().any(|l| l.key == "contribution.barsel"));
    assert_eq!(
        amount(&c.after_invoice, "contribution.barsel"),
        dec!(1600.00)
    );
    assert_eq!(amount(&c.lines, "contribution.praktik_aub"), dec!(500.00)); // 1 skilled × 500
    // 3168 + 4000 + 1333.33 + 13.33 + 533.33 + 500 = 9547.99
    assert_eq!(c.total, dec!(9547.99));
}

#[test]
fn employer_tasks_catalogue_bpa_new_or_insecure_first_year() {
    let t = budget(COMPANY).employer_tasks;
    // Blended rate 450.50 kr/h; KL bilag 1 tabel 9.
    assert_eq!(amount(&t.lines, "task.job_ads"), dec!(901.00)); // 120 min = 2 h
    assert_eq!(amount(&t.lines, "task.interviews"), dec!(3040.88)); // 3 applicants × 3 rounds × 45 min = 6.75 h
    assert_eq!(amount(&t.lines, "task.interview_transport"), dec!(2027.25)); // 3 rounds × 90 min = 4.5 h
    assert_eq!(amount(&t.lines, "task.contract_review"), dec!(225.25)); // 2 helpers × 15 min, first year
    assert_eq!(amount(&t.lines, "task.mus_follow_up"), dec!(33.79)); // 30 min × 15 % = 0.075 h
    assert_eq!(
        amount(&t.lines, "task.staff_meeting_follow_up"),
        dec!(112.63)
    ); // 30 min × 50 %
    assert_eq!(amount(&t.lines, "task.payroll"), dec!(1200.00)); // 2 helpers × 12 × 50
    // Work-environment tasks are not in § 8: 60 + 90 + 180 + 90 = 420 min = 7 h in the
    // first transfer year (no APV reassessment yet) × 450.50 = 3153.50, after invoice.
    assert!(!t.lines.iter().any(|l| l.key == "task.apv"));
    assert_eq!(
        t.work_environment.as_ref().map(|w| w.estimate),
        Some(dec!(3153.50))
    );
    assert_eq!(t.total, dec!(15762.43));
}

#[test]
fn employer_tasks_later_year_drops_first_year_and_insecure_tasks() {
    let b = budget(
        &COMPANY
            .replace("new_or_insecure = true", "new_or_insecure = false")
            .replace("transfer_year = 1", "transfer_year = 2"),
    );
    let keys: Vec<&str> = b
        .employer_tasks
        .lines
        .iter()
        .map(|l| l.key.as_ref())
        .collect();
    for gone in [
        "task.interviews",
        "task.interview_transport",
        "task.mus_participation",
        "task.contract_review",
        "task.intro_meeting",
        "task.contract",
    ] {
        assert!(!keys.contains(&gone), "{gone} should not apply");
    }
    // 15762.43 − (3040.88 + 2027.25 + 901.00 + 675.75 + 225.25 + 450.50 + 675.75 + 450.50) = 7315.55
    assert_eq!(b.employer_tasks.total, dec!(7315.55));
}

#[test]
fn admin_overhead_per_hour_and_amount() {
    let over = budget(&COMPANY.replace("model = \"tasks\"", "model = \"overhead\"\npct = 6.0"));
    // 6 % × (331635.75 + 9547.99) = 20471.0244 → 20471.02
    assert_eq!(over.employer_tasks.total, dec!(20471.02));
    assert!(over.warnings.iter().any(|w| w.code == "admin_fixed_rate"));
    let per_hour = budget(&COMPANY.replace("model = \"tasks\"", "model = \"per_hour\""));
    // Service level 5 kr/h × 2239 h = 11195
    assert_eq!(per_hour.employer_tasks.total, dec!(11195.00));
    assert!(
        per_hour
            .warnings
            .iter()
            .any(|w| w.code == "admin_fixed_rate")
    );
    let fixed =
        budget(&COMPANY.replace("model = \"tasks\"", "model = \"amount\"\namount = 12345.67"));
    assert_eq!(fixed.employer_tasks.total, dec!(12345.67));
}

#[test]
fn totals_payments_and_cap() {
    let b = budget(COMPANY);
    // § 10: 6000; care allowance −1000.
    assert_eq!(b.other_costs.total, dec!(5000.00));
    // 331635.75 + 9547.99 + 15762.43 + 5000 = 361946.17
    assert_eq!(b.totals.grant_total, dec!(361946.17));
    // By payee: the § 10 part 6000 − 1000 offset = 5000 to the citizen in advance;
    // the employer's part 356946.17 to the company in arrears.
    assert_eq!(b.totals.recipient_part, dec!(5000.00));
    assert_eq!(b.totals.employer_part, dec!(356946.17));
    // 356946.17 / 12 = 29745.514… → 29745.51 × 11 = 327200.61, December 29745.56;
    // 5000 / 12 = 416.666… → 416.67 × 11 = 4583.37, December 416.63.
    assert_eq!(b.totals.payments[0].employer_part, dec!(29745.51));
    assert_eq!(b.totals.payments[11].employer_part, dec!(29745.56));
    assert_eq!(b.totals.payments[0].recipient_part, dec!(416.67));
    assert_eq!(b.totals.payments[11].recipient_part, dec!(416.63));
    assert_eq!(b.totals.monthly[0], dec!(30162.18));
    assert_eq!(b.totals.monthly[11], dec!(30162.19));
    assert!(b.totals.payees_differ);
    assert_eq!(
        b.totals.monthly.iter().sum::<Decimal>(),
        b.totals.grant_total
    );
    assert_eq!(b.totals.timing, Timing::Arrears);
    assert_eq!(b.totals.other_costs_to_citizen, dec!(6000.00));
    // Cap: (331635.75 + 9547.99 + 15762.43) / 2239 = 356946.17 / 2239 = 159.422… → 159.42 ≤ 300.
    assert_eq!(b.cap.cost_per_hour, dec!(159.42));
    assert_eq!(b.cap.headroom, Some(dec!(140.58)));
    assert_eq!(b.cap.headroom_pct, Some(dec!(46.86))); // 140.58 / 300 = 46.86 %
    assert_eq!(b.cap.verdict, Verdict::Within);
    assert_eq!(b.totals.cap_reduction, dec!(0));
}

#[test]
fn cap_exceeded_and_not_checked() {
    let b = budget(&format!("{COMPANY}[override]\ncap_hourly = 150.0\n"));
    assert_eq!(b.cap.verdict, Verdict::Exceeded);
    assert_eq!(b.cap.headroom, Some(dec!(-9.42)));
    assert!(b.warnings.iter().any(|w| w.code == "cap_exceeded"));
    // BEK § 3 stk. 4: the grant is reduced to the cap: 150 × 2239 − 356946.17
    // = 335850 − 356946.17 = −21096.17; grant 335850 + 5000 = 340850.00.
    assert_eq!(b.totals.cap_reduction, dec!(-21096.17));
    assert_eq!(b.totals.grant_total, dec!(340850.00));
    let line = b.totals.cap_line.as_ref().expect("a reduction line");
    assert_eq!(line.basis.expr(), "150.00 * 2239.00 - 356946.17");
    // Exactly at the cap is within it.
    let at = budget(&format!("{COMPANY}[override]\ncap_hourly = 159.42\n"));
    assert_eq!(at.cap.verdict, Verdict::Within);
    let embedded = calculate(&case(COMPANY), &Rates::embedded(2025).unwrap()).unwrap();
    assert_eq!(embedded.cap.verdict, Verdict::NotChecked);
    assert!(
        embedded
            .warnings
            .iter()
            .any(|w| w.code == "cap_not_checked")
    );
}

#[test]
fn standby_pay_is_half_base_without_supplements() {
    let b = budget(&COMPANY.replace(
        "full_cover_weeks = 1",
        "full_cover_weeks = 1\nstandby_hours_per_week = 10.0",
    ));
    // 10 h × 52 = 520 h × 100 × 50 % = 26000, in pension and holiday pay bases.
    assert_eq!(amount(&b.wages.lines, "standby_pay"), dec!(26000.00));
    assert_eq!(b.wages.pension, dec!(26109.50)); // 10 % × (223900 + 11195 + 26000)
    assert_eq!(b.wages.holiday_pay, dec!(37486.25)); // 12.5 % × (273890 + 26000)
    assert_eq!(b.hours.total, dec!(2759)); // 2239 + 520
}

#[test]
fn citizen_employer_is_exempt_from_aub_for_the_first_fte() {
    let text = COMPANY
        .replace("employer = \"company\"", "employer = \"citizen\"")
        .replace(
            "[admin]\nmodel = \"tasks\"\nnew_or_insecure = true\ntransfer_year = 1\n",
            "",
        );
    let b = budget(&text);
    // max(0, 4/3 − 1) × 3000 = 1000; no FIB (not registered for VAT or lønsumsafgift).
    assert_eq!(
        amount(&b.contributions.lines, "contribution.aub"),
        dec!(1000.00)
    );
    assert!(
        !b.contributions
            .lines
            .iter()
            .any(|l| l.key == "contribution.fib")
    );
    assert_eq!(b.employer_tasks.total, dec!(0));
    assert_eq!(b.employer_tasks.model, None);
    assert_eq!(b.totals.timing, Timing::Advance);
}

const RELATIVE: &str = r#"
id = "T-R"
year = 2025
scheme = "kt-relative"
employer = "relative"
[need]
weekday_day = 30.0
weekday_evening = 10.0
[extra]
helpers = 1
[relative]
own_care_hours_per_week = 30.0
"#;

#[test]
fn relative_recipient_gets_wages_but_no_pension_holiday_pay_or_contributions() {
    let b = budget(RELATIVE);
    // H: 30 × 52 = 1560 day + 1.5 h MUS = 1561.5; 10 × 52 = 520 evening; H = 2081.5.
    assert_eq!(b.hours.total, dec!(2081.5));
    // The relative's 30 h/week × 52 = 1560 h split by the need mix 3:1: 1170 day, 390 evening.
    assert_eq!(b.hours.bands[0].relative, dec!(1170));
    assert_eq!(b.hours.bands[1].relative, dec!(390));
    assert_eq!(b.hours.employed, dec!(521.5));
    let w = &b.wages;
    // Wages on all hours: 2081.5 × 100 = 208150; evening 520 × 100 × 30 % = 15600.
    assert_eq!(amount(&w.lines, "base_wage"), dec!(208150.00));
    assert_eq!(
        amount(&w.lines, "supplement.weekday_evening"),
        dec!(15600.00)
    );
    // Employed: 521.5 h → base 52150, general 2607.50, evening (520 − 390) × 30 = 3900.
    // Pension 10 % × (52150 + 2607.50) = 5475.75; holiday 12.5 % × 58657.50 = 7332.1875 → 7332.19.
    assert_eq!(w.pension, dec!(5475.75));
    assert_eq!(w.holiday_pay, dec!(7332.19));
    // Contributions on the employed helper only: m = 521.5 / 12 = 43.46 h → 66 kr; ATP 792;
    // FTE = 792 / 2376 = 1/3 → AUB max(0, 1/3 − 1) = 0; AES 1000 / 3 = 333.33; AFU 3.33;
    // Barsel.dk 1200 / 3 = 400, after invoice.
    assert_eq!(
        amount(&b.contributions.lines, "contribution.atp"),
        dec!(792.00)
    );
    assert_eq!(
        amount(&b.contributions.lines, "contribution.aub"),
        dec!(0.00)
    );
    assert_eq!(
        amount(&b.contributions.lines, "contribution.aes"),
        dec!(333.33)
    );
    assert_eq!(
        amount(&b.contributions.after_invoice, "contribution.barsel"),
        dec!(400.00)
    );
}

#[test]
fn relative_as_only_helper_gets_no_other_costs_and_no_contributions() {
    // The relative covers the whole need (30 h/week) and employs no one.
    let b = budget(
        &RELATIVE
            .replace("weekday_evening = 10.0\n", "")
            .replace("[extra]\nhelpers = 1\n", ""),
    );
    assert_eq!(b.hours.employed, dec!(0));
    assert!(b.contributions.lines.is_empty());
    assert!(b.other_costs.lines.is_empty());
    assert_eq!(b.wages.pension, dec!(0.00));
}

#[test]
fn respirator_split_and_override_deviation() {
    let b = budget(&format!(
        "{COMPANY}[respirator]\n[override]\ngeneral_supplement_pct = 3.5\n"
    ));
    let r = b.respirator.expect("split");
    // Default 67 % region of wages, contributions and employer tasks; the § 10
    // amount and offsets stay with the municipality (VEJ pkt. 92).
    assert_eq!(r.shared, b.totals.cost);
    assert_eq!(r.region, bpa::money::ore(b.totals.cost * dec!(0.67)));
    assert_eq!(r.region + r.municipality, b.totals.grant_total);
    assert_eq!(b.deviations.len(), 1);
    assert_eq!(b.deviations[0].key, "general_supplement_pct");
    assert_eq!(b.deviations[0].standard.as_deref(), Some("5"));
    // 223900 × 3.5 % = 7836.50
    assert_eq!(amount(&b.wages.lines, "general_supplement"), dec!(7836.50));
}

#[test]
fn atp_brackets_at_their_edges() {
    // One helper; yearly hours 12 × m put m exactly on each edge.
    for (weekly, expected) in [
        (dec!(27), dec!(2376.00)),     // 27 × 52 = 1404 / 12 = 117.0 → 198 × 12
        (dec!(26.99), dec!(1584.00)),  // 116.956… → 116.96 → 132 × 12
        (dec!(26.999), dec!(2376.00)), // 26.999 × 52 = 1403.948 → 1403.95 h; / 12 = 116.9958… printed 117.00 → 198
        (dec!(18), dec!(1584.00)),     // 78.0 → 132
        (dec!(17.99), dec!(792.00)),   // 77.956… → 66
        (dec!(9), dec!(792.00)),       // 39.0 → 66
        (dec!(8.99), dec!(0.00)),      // 38.956… → 0
    ] {
        let text = format!(
            "id = \"A\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"company\"\n[need]\nweekday_day = {weekly}\n[extra]\nhelpers = 1\n[override]\nmus_hours = 0.0\n"
        );
        let b = budget(&text);
        let atp = b
            .contributions
            .lines
            .iter()
            .find(|l| l.key == "contribution.atp")
            .map(|l| l.amount);
        assert_eq!(atp, Some(expected), "weekly {weekly}");
    }
}

#[test]
fn every_table_adds_up_to_its_total() {
    let mut cases = vec![budget(COMPANY), budget(RELATIVE)];
    for entry in std::fs::read_dir("examples").unwrap() {
        let path = entry.unwrap().path();
        // A used-hours file (`NAME.used.toml`) belongs to the case beside it.
        let used = path.to_string_lossy().ends_with(".used.toml");
        if path.extension().is_some_and(|e| e == "toml") && !used {
            let case = Case::read(&path).unwrap();
            let rates = if path.ends_with("bpa-municipal-rates.toml") {
                Rates::from_file(Path::new("examples/rates/kommune-2025.toml")).unwrap()
            } else {
                Rates::embedded(case.file.year).unwrap()
            };
            cases.push(calculate(&case, &rates).unwrap());
        }
    }
    assert!(cases.len() >= 8);
    for b in cases {
        let sum = |ls: &[Line]| {
            ls.iter()
                .map(|l| bpa::money::ore(l.amount))
                .sum::<Decimal>()
        };
        assert_eq!(sum(&b.hours.lines), b.hours.total, "{} hours", b.id);
        assert_eq!(sum(&b.wages.lines), b.wages.total, "{} wages", b.id);
        assert_eq!(
            sum(&b.contributions.lines),
            b.contributions.total,
            "{} contributions",
            b.id
        );
        assert_eq!(
            sum(&b.employer_tasks.lines),
            b.employer_tasks.total,
            "{} tasks",
            b.id
        );
        assert_eq!(
            sum(&b.other_costs.lines),
            b.other_costs.total,
            "{} other",
            b.id
        );
        assert_eq!(
            sum(&b.special_costs.lines),
            b.special_costs.total,
            "{} special",
            b.id
        );
        assert_eq!(
            b.wages.total
                + b.contributions.total
                + b.employer_tasks.total
                + b.special_costs.total
                + b.totals.cap_reduction
                + b.totals.price_reduction
                + b.other_costs.total,
            b.totals.level_total,
            "{}",
            b.id
        );
        // What the year pays: the level, or under SEL § 3 a the transition's
        // parts, and what is covered after the period (SPEC 8).
        let period_pays = b
            .transition
            .as_ref()
            .map_or(b.totals.level_total, |t| t.total);
        assert_eq!(
            period_pays + b.totals.after_end.iter().map(|l| l.amount).sum::<Decimal>(),
            b.totals.grant_total,
            "{} paid",
            b.id
        );
        assert_eq!(
            b.totals.monthly.iter().sum::<Decimal>(),
            b.totals.grant_total,
            "{} months",
            b.id
        );
        let band_sum: Decimal =
            b.hours.bands.iter().map(|x| x.total).sum::<Decimal>() + b.hours.standby;
        assert_eq!(bpa::money::ore(band_sum), b.hours.total, "{} bands", b.id);
        for l in b
            .wages
            .lines
            .iter()
            .chain(&b.contributions.lines)
            .chain(&b.employer_tasks.lines)
        {
            assert_eq!(
                l.amount,
                l.amount.round_dp(2),
                "{} {} is rounded to øre",
                b.id,
                l.key
            );
        }
    }
}

const FROM_MAY: &str = r#"
id = "T-P"
year = 2025
scheme = "bpa"
employer = "company"
[period]
from = 2025-05-01
[need]
weekday_day = 20.0
weekday_evening = 10.0
saturday = 5.0
sunday_holiday = 5.0
[extra]
helpers = 2
[admin]
model = "tasks"
"#;

#[test]
fn a_grant_from_1_may_takes_the_periods_weeks_and_share_of_the_year() {
    let b = budget(FROM_MAY);
    // 1 May – 31 December 2025: 245 of 365 days; W_p = 52 × 245 / 365 = 34.904… → 34.90.
    assert_eq!((b.period.days, b.period.year_days), (245, 365));
    assert_eq!(b.period.weeks, dec!(34.90));
    let h = &b.hours;
    // Need: 20 × 34.90 = 698.00; 10 × 34.90 = 349.00; 5 × 34.90 = 174.50 (twice).
    assert_eq!(amount(&h.lines, "need.weekday_day"), dec!(698.00));
    assert_eq!(amount(&h.lines, "need.saturday"), dec!(174.50));
    // Meetings (2 × 1.5 + 2 × 6 = 15 h a year) × 245 / 365 = 10.068… → 10.07.
    assert_eq!(amount(&h.lines, "meetings"), dec!(10.07));
    // 698 + 349 + 174.50 + 174.50 + 10.07 = 1406.07 h; 1406.07 / 34.90 = 40.288… → 40.29 a week.
    assert_eq!(h.total, dec!(1406.07));
    assert_eq!(h.per_week, dec!(40.29));
    // ATP for the period's 8 months (SPEC 3.8): m = 1406.07 / 8 / 2 = 87.879… → 87.88 h
    // → 132 kr.; 2 × 8 × 132 = 2112.00; AUB (no first-employee exemption for a
    // company) 2112 × 3000 / (12 × 198) = 2666.666… → 2666.67.
    assert_eq!(b.contributions.hours_per_helper_month, dec!(87.88));
    assert_eq!(
        amount(&b.contributions.lines, "contribution.atp"),
        dec!(2112.00)
    );
    assert_eq!(
        amount(&b.contributions.lines, "contribution.aub"),
        dec!(2666.67)
    );
    // § 10 for 8 months: 6000 × 8 / 12 = 4000.00; payslips 2 × 8 × 50 = 800.00.
    assert_eq!(amount(&b.other_costs.lines, "other_costs"), dec!(4000.00));
    assert_eq!(
        amount(&b.employer_tasks.lines, "task.payroll"),
        dec!(800.00)
    );
    // One payment per month May–December, adding up to the grant.
    let months: Vec<u32> = b.totals.payments.iter().map(|p| p.month).collect();
    assert_eq!(months, vec![5, 6, 7, 8, 9, 10, 11, 12]);
    assert_eq!(
        b.totals.monthly.iter().sum::<Decimal>(),
        b.totals.grant_total
    );
}

#[test]
fn a_month_partly_in_the_period_is_paid_pro_rata_by_days() {
    // 16 May – 30 June: May counts 16 / 31 of a month, June a whole one.
    let b = budget(&FROM_MAY.replace("from = 2025-05-01", "from = 2025-05-16\nto = 2025-06-30"));
    assert_eq!(b.period.days, 46);
    let r = b.totals.recipient_part;
    // § 10 by months (SPEC 3.8): 6000 × (16/31 + 1) / 12 = 6000 × 47 / 372
    // = 758.064… → 758.06; May 758.06 × (16/31) / (47/31) = 758.06 × 16 / 47
    // = 258.062… → 258.06; June the rest, 500.00.
    assert_eq!(r, dec!(758.06));
    assert_eq!(b.totals.payments[0].recipient_part, dec!(258.06));
    assert_eq!(b.totals.payments[1].recipient_part, dec!(500.00));
}

#[test]
fn a_death_in_august_ends_the_grant_with_the_month_and_covers_helpers_one_month_more() {
    // SEL § 96 c: death on 14 August 2025 → the grant runs to 31 August
    // (243 days from 1 January); helper costs are covered in September too.
    let b = budget(&FROM_MAY.replace("from = 2025-05-01", "to = 2025-08-14\nend = \"death\""));
    assert_eq!(b.period.to.to_string(), "2025-08-31");
    assert_eq!(b.period.days, 243);
    // W_p = 52 × 243 / 365 = 34.62; need 692.40 + 346.20 + 173.10 + 173.10, meetings
    // 15 × 243 / 365 = 9.99: 1394.79 h. Wages: base 139479.00, general 6973.95,
    // time 346.20 × 30 + 173.10 × 25 + 173.10 × 50 = 23368.50, pension 10 % ×
    // 146452.95 = 14645.30, holiday pay 12.5 % × 169821.45 = 21227.68: 205694.43.
    assert_eq!(b.hours.total, dec!(1394.79));
    assert_eq!(b.wages.total, dec!(205694.43));
    // January – August: 8 months (SPEC 3.8). m = 1394.79 / 8 / 2 = 87.17 h → 132 kr.;
    // ATP 2 × 8 × 132 = 2112.00; AUB, AES, AFU, FIB × 2112 / 2376: 2666.67 + 888.89
    // + 8.89 + 355.56; in all 6032.01.
    assert_eq!(b.contributions.total, dec!(6032.01));
    // Job descriptions and ads are priced without new hires too (KL bilag 1
    // tabel 9: 2 h, 100 pct.): 901.00 of it.
    assert_eq!(b.employer_tasks.total, dec!(8304.59));
    assert_eq!(
        b.period
            .ending
            .map(|e| matches!(e, bpa::calc::period::Ending::Death { .. })),
        Some(true)
    );
    let [line] = b.totals.after_end.as_slice() else {
        panic!("one line for the month after")
    };
    // SEL § 96 c stk. 2: a month of the helpers' costs, and for a company its
    // employer-task share: (205694.43 + 6032.01 + 8304.59) / 8 = 220031.03 / 8
    // = 27503.87875 → 27503.88, no § 10 amount.
    assert_eq!(line.basis.expr(), "(205694.43 + 6032.01 + 8304.59) / 8");
    assert_eq!(line.amount, dec!(27503.88));
    // January – August and September: nine payments, September for the helpers only.
    let months: Vec<u32> = b.totals.payments.iter().map(|p| p.month).collect();
    assert_eq!(months, vec![1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert_eq!(b.totals.payments[8].employer_part, line.amount);
    assert_eq!(b.totals.payments[8].recipient_part, dec!(0));
    assert_eq!(
        b.totals.monthly.iter().sum::<Decimal>(),
        b.totals.grant_total
    );
    // The level 224031.03 (cost 220031.03 + § 10 for 8 months 4000.00) and the month after.
    assert_eq!(b.totals.level_total, dec!(224031.03));
    assert_eq!(b.totals.grant_total, dec!(224031.03) + dec!(27503.88));
}

#[test]
fn a_schedule_in_a_period_is_laid_on_the_periods_dates_only() {
    // Round the clock from Monday 16 to Sunday 22 June 2025: 7 days × 24 h = 168 h,
    // and 168 h / (7 days / 7) = 168.00 h a week, never more.
    let text = "id = \"S\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"citizen\"\n[period]\nfrom = 2025-06-16\nto = 2025-06-22\n[[schedule]]\ndays = [\"daily\"]\nfrom = \"00:00\"\nto = \"24:00\"\n[extra]\nhelpers = 5\n[override]\nmus_hours = 0.0\nstaff_meeting_hours = 0.0\n";
    let b = budget(text);
    assert_eq!(b.hours.total, dec!(168));
    assert_eq!(b.hours.per_week, dec!(168.00));
}

#[test]
fn a_relative_who_transferred_the_grant_is_employed_like_the_helpers() {
    // VEJ pkt. 16–18, AST 26-17: with an association as employer the relative
    // is one of the 2 helpers; no own-care hours are set apart.
    let b = budget(
        &RELATIVE
            .replace("employer = \"relative\"", "employer = \"association\"")
            .replace("helpers = 1", "helpers = 2"),
    );
    // 30 × 52 = 1560 + meetings 2 × 1.5 + 2 × 6 = 15 → 1575 day; 520 evening; 2095 h, all employed.
    assert_eq!(b.hours.total, dec!(2095));
    assert_eq!(b.hours.employed, dec!(2095));
    assert_eq!(b.hours.relative_total(), dec!(0));
    // Pension 10 % × (209500 + 10475) = 21997.50 on all hours; holiday pay
    // 12.5 % × (209500 + 10475 + 520 × 100 × 30 % = 15600) = 29446.875 → 29446.88.
    assert_eq!(b.wages.pension, dec!(21997.50));
    assert_eq!(b.wages.holiday_pay, dec!(29446.88));
    // Contributions for both: m = 2095 / 12 / 2 = 87.29 h → 132 kr.; ATP 2 × 12 × 132 = 3168.
    assert_eq!(
        amount(&b.contributions.lines, "contribution.atp"),
        dec!(3168.00)
    );
    // The association is paid for employer tasks (BEK § 8).
    assert!(b.employer_tasks.model.is_some());
    assert!(b.employer_tasks.total > dec!(0));
    assert!(!b.warnings.iter().any(|w| w.code == "relative_over_48h"));
}

#[test]
fn a_reduction_takes_effect_14_weeks_after_the_decision() {
    // SEL § 3 a: decision received 10 February 2025 → new level from 19 May
    // (+ 98 days). The grant falls from 400000 to 361946.17 (the company case).
    let b = budget(&format!(
        "{COMPANY}[previous]\nannual_total = 400000.0\n[decision]\nreceived = 2025-02-10\n"
    ));
    assert_eq!(b.totals.level_total, dec!(361946.17));
    let tr = b.transition.as_ref().expect("a transition");
    assert_eq!(tr.effective.to_string(), "2025-05-19");
    assert_eq!(tr.previous.amount, dec!(400000));
    // By months (SPEC 3.8): 1 January – 18 May is 4 + 18/31 = 142/31 months at the
    // previous level, 400000 × 142/31 / 12 = 152688.172… → 152688.17; 19 May –
    // 31 December is 13/31 + 7 = 230/31 of the budget's 12 months, 361946.17 ×
    // 230/31 / 12 = 223783.918… → 223783.92; in all 376472.09, what the year pays.
    assert_eq!(tr.lines[0].amount, dec!(152688.17));
    assert_eq!(tr.lines[1].amount, dec!(223783.92));
    assert_eq!(tr.total, dec!(376472.09));
    assert_eq!(b.totals.grant_total, dec!(376472.09));
    // One schedule: January 152688.17 × 31/142 = 33333.33; May the rest of the
    // old part, 152688.17 − 4 × 33333.33 = 19354.85, and 13/230 of the new,
    // 223783.92 × 13 / 230 = 12648.656… → 12648.66: 32003.51; June 223783.92 ×
    // 31 / 230 = 30162.18.
    let month = |i: usize| b.totals.monthly[i];
    assert_eq!(month(0), dec!(33333.33));
    assert_eq!(month(4), dec!(32003.51));
    assert_eq!(month(5), dec!(30162.18));
    assert_eq!((0..12).map(month).sum::<Decimal>(), tr.total);
    // No transition when the grant rises, or without a date of receipt; the
    // old key `date` still gives it.
    let higher = budget(&format!(
        "{COMPANY}[previous]\nannual_total = 300000.0\n[decision]\nreceived = 2025-02-10\n"
    ));
    assert!(higher.transition.is_none());
    let undated = budget(&format!("{COMPANY}[previous]\nannual_total = 400000.0\n"));
    assert!(undated.transition.is_none());
    assert_eq!(undated.totals.grant_total, dec!(361946.17));
    let old_key = budget(&format!(
        "{COMPANY}[previous]\nannual_total = 400000.0\n[decision]\ndate = 2025-02-10\n"
    ));
    assert_eq!(old_key.totals.grant_total, dec!(376472.09));
}

/// VEJ pkt. 72: the comparable group's pension terms hold for every element,
/// so a wage scale with pension on its working-time supplements prices them
/// at its own percent, a term of its own in the pension line.
#[test]
fn pension_on_time_supplements_is_a_term_of_its_own() {
    let rates = Rates::from_file(Path::new("tests/data/round-2025-pension-time.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let b = calculate(&case(COMPANY), &rates).unwrap_or_else(|e| panic!("{e}"));
    let pension = b
        .wages
        .lines
        .iter()
        .find(|l| l.key == "pension")
        .expect("a pension line");
    // 10 % × (223900 + 11195) + 5 % × (16320 + 1400 + 7025 + 14050)
    // = 23509.50 + 5 % × 38795 = 23509.50 + 1939.75 = 25449.25.
    assert_eq!(pension.amount, dec!(25449.25));
    assert_eq!(
        bpa::report::basis(&pension.basis, bpa::report::Lang::Da),
        "10,00 % × (223.900,00 kr. + 11.195,00 kr.) + 5,00 % × (16.320,00 kr. + 1.400,00 kr. + 7.025,00 kr. + 14.050,00 kr.)"
    );
    assert_eq!(pension.legal, "BEK § 5 stk. 2 nr. 4; VEJ pkt. 72");
    // Holiday pay is unchanged: 12.5 % of every wage line, never of pension.
    assert_eq!(b.wages.holiday_pay, dec!(34236.25));
}

/// VEJ pkt. 76, KL 5.4.12: G-dage (the employer's dagpengegodtgørelse when
/// a helper is dismissed) are covered after invoice, with no amount in the
/// budget, as the other items the employer pays when they occur.
#[test]
fn g_days_are_covered_after_invoice() {
    let b = budget(COMPANY);
    let g = b
        .after_invoice
        .iter()
        .find(|a| a.key == "g_days")
        .expect("G-dage among the items covered after invoice");
    assert_eq!(g.estimate, None);
    assert!(g.legal.contains("VEJ pkt. 76") && g.legal.contains("KL 5.4.12"));
    assert!(!b.wages.lines.iter().any(|l| l.key.contains("g_days")));
}
