//! Generated valid cases on the embedded 2025 rates, shared by the property
//! tests of the printout and of the workbook: every scheme and employer,
//! need by band or a schedule, deductions, extras, standby, offsets, a cap,
//! and (for the workbook) a grant period, the end of a scheme, a reduction
//! under notice, a respirator split and a stay on hold. Hours are written with up to three
//! decimals (`36.706`), as a caseworker may type them (SPEC 10).
#![allow(dead_code)]

use std::fmt::Write as _;

use proptest::prelude::*;

/// A generated case: whole tables of keys, so it can be written in any order.
#[derive(Debug, Clone)]
pub struct Gen {
    pub scheme: &'static str,
    pub employer: &'static str,
    /// Hours per week by band, in thousandths of an hour.
    pub need: [u32; 5],
    /// Deducted hours per week by band, in thousandths, at most the need.
    pub deduct: [u32; 5],
    pub helpers: u32,
    pub new_helpers: u32,
    /// Training and courses per new helper, in thousandths.
    pub training: u32,
    pub courses: u32,
    pub full_cover_weeks: u32,
    pub double_cover_weeks: u32,
    pub skilled_helpers: u32,
    /// Standby hours per week, in thousandths.
    pub standby: u32,
    /// Pool and other double-cover hours a year, in thousandths.
    pub pool: u32,
    pub double_cover_hours: u32,
    /// The relative's own care per week, in thousandths (kt-relative).
    pub own_care: u32,
    pub admin: Option<&'static str>,
    /// The admin model's figure: pct, per hour or amount, in hundredths.
    pub admin_value: u32,
    pub care_allowance: u32,
    /// The case's own § 10 amount per year, in kroner.
    pub other_costs: Option<u32>,
    pub cap: Option<u32>,
    /// The region's percent of a respirator case.
    pub respirator: Option<u32>,
    /// The need as a weekly schedule instead of `[need]`.
    pub schedule: bool,
    pub period: Option<GenPeriod>,
    /// `[previous]` grant per year and grant hours, and the day of receipt
    /// (month, day) of the decision: a reduction under notice.
    pub previous: Option<(u32, u32, (u32, u32))>,
    /// Service-level figures the case overrides: key and value as written.
    pub overrides: Vec<(&'static str, String)>,
    /// Special substitute costs in kroner a year, and supervision hours a
    /// year in thousandths (VEJ pkt. 68, 73).
    pub special: u32,
    pub supervision: u32,
    /// An association's or company's price a year (BEK § 3 stk. 3).
    pub price: Option<u32>,
    /// `[[pause]]`: the scheme on hold from (month, day) for so many days.
    pub pause: Option<((u32, u32), u32)>,
}

/// A grant period inside 2025: first and last day (month, day), and how it ends.
#[derive(Debug, Clone)]
pub struct GenPeriod {
    pub from: (u32, u32),
    pub to: (u32, u32),
    /// "death" or "other" (with notice weeks), or none.
    pub end: Option<&'static str>,
    pub notice_weeks: u32,
}

pub const BANDS: [&str; 5] = [
    "weekday_day",
    "weekday_evening",
    "weekday_night",
    "saturday",
    "sunday_holiday",
];

/// Thousandths as a decimal written with three decimals: `36706` → `36.706`.
pub fn thousandths(v: u32) -> String {
    format!("{}.{:03}", v / 1000, v % 1000)
}

fn who() -> impl Strategy<Value = (&'static str, &'static str, Option<&'static str>)> {
    prop_oneof![
        Just(("kt", "citizen", None)),
        Just(("bpa", "citizen", None)),
        Just(("bpa", "association", Some("overhead"))),
        Just(("bpa", "company", Some("tasks"))),
        Just(("bpa", "company", Some("per_hour"))),
        Just(("bpa", "company", Some("amount"))),
        Just(("kt-relative", "relative", None)),
        Just(("kt-relative", "association", Some("tasks"))),
    ]
}

/// Whole-year cases without a previous decision: the need up to 32 h a week
/// in each band (160 h with standby under the 168-hour limit).
pub fn case_strategy() -> impl Strategy<Value = Gen> {
    (
        who(),
        prop::array::uniform5(0u32..=32_000),
        prop::array::uniform5(0u32..=1000),
        (1u32..=10, 0u32..=3, 0u32..=15_750, 0u32..=7_500),
        (0u32..=3, 0u32..=2, 0u32..=2),
        (0u32..=4_000, 0u32..=50_000, 0u32..=20_000, 0u32..=5000),
        (prop::option::of(150u32..=400), any::<bool>(), 0u32..=1_200),
        (
            // Special costs in about half the cases, supervision likewise.
            prop_oneof![Just(0u32), 1u32..=20_000],
            prop_oneof![Just(0u32), 1u32..=40_000],
            prop::option::of(50_000u32..=2_000_000),
        ),
    )
        .prop_map(
            |(
                (scheme, employer, admin),
                need,
                deduct_permille,
                (helpers, new_helpers, training, courses),
                (full_cover_weeks, double_cover_weeks, skilled_helpers),
                (standby, pool, double_cover_hours, care_allowance),
                (cap, schedule, admin_value),
                (special, supervision, price),
            )| {
                let mut need = need;
                need[0] = need[0].max(1000);
                // A deduction of up to a tenth of the band's need, as written.
                let deduct: [u32; 5] =
                    std::array::from_fn(|b| need[b] * deduct_permille[b] / 10_000);
                let after: u32 = (0..5).map(|b| need[b] - deduct[b]).sum();
                let org = matches!(employer, "association" | "company");
                Gen {
                    scheme,
                    employer,
                    need,
                    deduct: if schedule { [0; 5] } else { deduct },
                    // After a transfer `helpers` counts the employed relative:
                    // another helper for the rest of the need (VEJ pkt. 16–18).
                    helpers: if scheme == "kt-relative" && org {
                        helpers.max(2)
                    } else {
                        helpers
                    },
                    new_helpers,
                    training,
                    courses,
                    full_cover_weeks,
                    double_cover_weeks,
                    skilled_helpers,
                    standby: if scheme == "kt" { 0 } else { standby },
                    pool,
                    double_cover_hours,
                    // Half the weekly need after deductions, at most 48 h (a schedule: 1 h).
                    own_care: if schedule {
                        1000
                    } else {
                        (after / 2).min(48_000)
                    },
                    admin,
                    admin_value: match admin {
                        Some("overhead") => 300 + admin_value % 700,
                        Some("per_hour") => 300 + admin_value,
                        _ => 1_234_567 + admin_value,
                    },
                    care_allowance,
                    other_costs: None,
                    cap,
                    respirator: None,
                    schedule,
                    period: None,
                    previous: None,
                    overrides: Vec::new(),
                    special,
                    supervision,
                    price: price.filter(|_| org),
                    pause: None,
                }
            },
        )
}

/// Every kind of case the workbook shows: [`case_strategy`]'s, with a grant
/// period (maybe ended by a death or at notice), a reduction under notice, a
/// respirator split and a § 10 amount of the case's own.
pub fn workbook_case_strategy() -> impl Strategy<Value = Gen> {
    (
        case_strategy(),
        prop::option::of((1u32..=6, 1u32..=28, 7u32..=12, 1u32..=28, 0u32..=4)),
        prop::option::of((400_000u32..=900_000, 3_000u32..=6_000, 1u32..=10, 1u32..=28)),
        prop::option::of(40u32..=80),
        prop::option::of(3_000u32..=9_000),
        prop::option::of((1u32..=20, 1u32..=10)),
    )
        .prop_map(
            |(mut g, period, previous, respirator, other_costs, pause)| {
                g.period = period.map(|(fm, fd, tm, td, end)| GenPeriod {
                    from: (fm, fd),
                    to: (tm, td),
                    end: match end {
                        1 => Some("death"),
                        2 => Some("other"),
                        _ => None,
                    },
                    notice_weeks: if end == 2 { 4 } else { 0 },
                });
                // A reduction under notice: previous figures above the new ones.
                g.previous = previous.map(|(total, hours, m, d)| (total, hours * 1000, (m, d)));
                g.respirator = respirator;
                g.other_costs = other_costs;
                // A stay in August, inside every generated period that reaches September.
                g.pause = pause
                    .filter(|_| g.period.as_ref().is_none_or(|p| p.to.0 >= 9))
                    .map(|(day, days)| ((8, day), days));
                g
            },
        )
}

/// The case as TOML: its top keys and tables in `order` (a permutation of
/// 0..5, the tables after the first five in their own order), with `pad`
/// spaces around every `=`.
pub fn toml_text(g: &Gen, order: &[usize], pad: usize) -> String {
    let eq = format!("{}={}", " ".repeat(pad), " ".repeat(pad));
    let mut tables: Vec<String> = Vec::new();
    tables.push(need_table(g, &eq));
    if g.scheme == "kt-relative" {
        tables.push(format!(
            "[relative]\nown_care_hours_per_week{eq}{}\n",
            thousandths(g.own_care)
        ));
    }
    tables.push(extra_table(g, &eq));
    tables.push(format!(
        "[offsets]\ncare_allowance{eq}{}.0\n",
        g.care_allowance
    ));
    if let Some(model) = g.admin {
        let value = match model {
            "overhead" => format!(
                "pct{eq}{}.{:02}\n",
                g.admin_value / 100,
                g.admin_value % 100
            ),
            "per_hour" => format!(
                "per_hour{eq}{}.{:02}\n",
                g.admin_value / 100,
                g.admin_value % 100
            ),
            "amount" => format!(
                "amount{eq}{}.{:02}\n",
                g.admin_value / 100,
                g.admin_value % 100
            ),
            _ => String::new(),
        };
        tables.push(format!("[admin]\nmodel{eq}\"{model}\"\n{value}"));
    }
    let mut overrides = String::new();
    if let Some(cap) = g.cap {
        let _ = writeln!(overrides, "cap_hourly{eq}{cap}.0");
    }
    for (k, v) in &g.overrides {
        let _ = writeln!(overrides, "{k}{eq}{v}");
    }
    if !overrides.is_empty() {
        tables.push(format!("[override]\n{overrides}"));
    }
    tables.extend(other_tables(g, &eq));
    let mut text = format!(
        "employer{eq}\"{}\"\nyear{eq}2025\nscheme{eq}\"{}\"\nid{eq}\"P-1\"\n",
        g.employer, g.scheme
    );
    let mut placed = vec![false; tables.len()];
    for &i in order.iter().chain(&(0..tables.len()).collect::<Vec<_>>()) {
        if let Some(t) = tables.get(i)
            && !placed[i]
        {
            placed[i] = true;
            text.push('\n');
            text.push_str(t);
        }
    }
    text
}

fn need_table(g: &Gen, eq: &str) -> String {
    if g.schedule {
        // Weekdays from 07:00 for the weekday-day hours (at most 16 h, in
        // quarters), and a weekend night shift when the Sunday need is large.
        let quarters = (g.need[0] / 250).clamp(1, 64);
        let end = 7 * 60 + quarters * 15;
        let mut need = format!(
            "[[schedule]]\ndays{eq}[\"weekdays\"]\nfrom{eq}\"07:00\"\nto{eq}\"{:02}:{:02}\"\n",
            end / 60,
            end % 60
        );
        if g.need[4] > 16_000 {
            let _ = write!(
                need,
                "\n[[schedule]]\ndays{eq}[\"weekend\"]\nfrom{eq}\"22:00\"\nto{eq}\"06:00\"\nhelpers{eq}2\n"
            );
        }
        return need;
    }
    let mut need = "[need]\n".to_string();
    for (band, h) in BANDS.iter().zip(g.need) {
        let _ = writeln!(need, "{band}{eq}{}", thousandths(h));
    }
    if g.deduct.iter().any(|d| *d > 0) {
        need.push_str("\n[deduct]\n");
        for (band, h) in BANDS.iter().zip(g.deduct) {
            if h > 0 {
                let _ = writeln!(need, "{band}{eq}{}", thousandths(h));
            }
        }
    }
    need
}

fn extra_table(g: &Gen, eq: &str) -> String {
    format!(
        "[extra]\nhelpers{eq}{}\nnew_helpers{eq}{}\ntraining_hours_per_new_helper{eq}{}\ncourse_hours_per_new_helper{eq}{}\nfull_cover_weeks{eq}{}\nstandby_hours_per_week{eq}{}\npool_hours{eq}{}\ndouble_cover_weeks{eq}{}\ndouble_cover_hours{eq}{}\nskilled_helpers{eq}{}\nsupervision_hours{eq}{}\n",
        g.helpers,
        g.new_helpers,
        thousandths(g.training),
        thousandths(g.courses),
        g.full_cover_weeks,
        thousandths(g.standby),
        thousandths(g.pool),
        g.double_cover_weeks,
        thousandths(g.double_cover_hours),
        g.skilled_helpers,
        thousandths(g.supervision),
    )
}

/// `[period]`, `[[pause]]`, `[previous]` and `[decision]`, `[respirator]`,
/// `[other_costs]`, `[special_costs]` and `[provider]`.
fn other_tables(g: &Gen, eq: &str) -> Vec<String> {
    let mut tables = Vec::new();
    if g.special > 0 {
        tables.push(format!("[special_costs]\nsubstitute{eq}{}.0\n", g.special));
    }
    if let Some(price) = g.price {
        tables.push(format!("[provider]\nprice{eq}{price}.0\n"));
    }
    if let Some(p) = &g.period {
        let mut t = format!(
            "[period]\nfrom{eq}2025-{:02}-{:02}\nto{eq}2025-{:02}-{:02}\n",
            p.from.0, p.from.1, p.to.0, p.to.1
        );
        if let Some(end) = p.end {
            let _ = writeln!(t, "end{eq}\"{end}\"");
            if p.notice_weeks > 0 {
                let _ = writeln!(t, "notice_weeks{eq}{}", p.notice_weeks);
            }
        }
        tables.push(t);
    }
    if let Some(((m, d), days)) = g.pause {
        tables.push(format!(
            "[[pause]]\nfrom{eq}2025-{m:02}-{d:02}\nto{eq}2025-{m:02}-{:02}\n",
            d + days - 1
        ));
    }
    if let Some((total, hours, (m, d))) = g.previous {
        tables.push(format!(
            "[previous]\nannual_total{eq}{total}.0\ngrant_hours{eq}{}\n\n[decision]\nreceived{eq}2025-{m:02}-{d:02}\n",
            thousandths(hours)
        ));
    }
    if let Some(pct) = g.respirator {
        tables.push(format!("[respirator]\nregion_pct{eq}{pct}.0\n"));
    }
    if let Some(amount) = g.other_costs {
        tables.push(format!("[other_costs]\namount{eq}{amount}.0\n"));
    }
    tables
}
