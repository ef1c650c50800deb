//! The generated cases the benchmark measures and the same-bytes test
//! (tests/golden.rs) hashes: one generator, so both see the same mix.

use std::fmt::Write as _;

/// A small deterministic generator, so every run measures the same cases.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// The text of case `i`: every scheme and employer, hours from a few a week
/// to round the clock (one BPA case in four as a schedule), standby, admin
/// models, offsets, one in five from a month into the year, one in eight on
/// a municipality's own rate table; one in 500 invalid. 2024 and 2025 have
/// dated base wages.
pub fn case(i: usize, rng: &mut Lcg) -> String {
    let year = 2022 + rng.next(5);
    let (scheme, employer) = match rng.next(6) {
        0 => ("kt", "citizen"),
        1 => ("kt-relative", "relative"),
        2 => ("bpa", "citizen"),
        3 => ("bpa", "association"),
        _ => ("bpa", "company"),
    };
    let day = 10 + rng.next(50);
    let evening = rng.next(30);
    let night = if rng.next(3) == 0 { rng.next(56) } else { 0 };
    let helpers = 1 + rng.next(9);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "id = \"BENCH-{i:05}\"\nyear = {year}\nscheme = \"{scheme}\"\nemployer = \"{employer}\""
    );
    if rng.next(8) == 0 {
        // One case in eight on its municipality's own table (see `write_set`).
        let _ = writeln!(s, "rates = \"../../rates/kommune-{year}.toml\"");
    }
    if rng.next(5) == 0 {
        // One case in five granted from a month into the year (SPEC 3.8).
        let _ = writeln!(s, "[period]\nfrom = {year}-{:02}-01", 2 + rng.next(10));
    }
    if scheme == "bpa" && rng.next(4) == 0 {
        // One BPA case in four as a weekly schedule laid on the calendar.
        let start = 6 + rng.next(4);
        let _ = writeln!(
            s,
            "[[schedule]]\ndays = [\"weekdays\"]\nfrom = \"{start:02}:00\"\nto = \"{:02}:30\"\nhelpers = 1",
            start + 8 + rng.next(6)
        );
        let _ = writeln!(
            s,
            "[[schedule]]\ndays = [\"weekend\"]\nfrom = \"10:00\"\nto = \"18:00\"\nhelpers = {}",
            1 + rng.next(2)
        );
        if night > 0 {
            let _ = writeln!(
                s,
                "[[schedule]]\ndays = [\"daily\"]\nfrom = \"23:00\"\nto = \"07:00\"\nhelpers = 1"
            );
        }
    } else {
        let _ = writeln!(
            s,
            "[need]\nweekday_day = {day}.0\nweekday_evening = {evening}.5\nweekday_night = {night}.0\nsaturday = {}.0\nsunday_holiday = {}.0",
            rng.next(20),
            rng.next(20)
        );
    }
    if i % 500 == 499 {
        // An invalid case: a deduction above the need.
        let _ = writeln!(s, "[deduct]\nweekday_day = 200.0");
    }
    let _ = writeln!(
        s,
        "[extra]\nhelpers = {helpers}\nnew_helpers = {}\ntraining_hours_per_new_helper = 15.0\nfull_cover_weeks = {}",
        rng.next(3),
        rng.next(3)
    );
    if scheme == "kt-relative" {
        let _ = writeln!(
            s,
            "[relative]\nown_care_hours_per_week = {}.0",
            rng.next(10)
        );
    }
    if matches!(employer, "association" | "company") {
        let model = ["tasks", "overhead", "amount"][rng.next(3) as usize];
        let _ = writeln!(s, "[admin]\nmodel = \"{model}\"");
        match model {
            "overhead" => {
                let _ = writeln!(s, "pct = 6.5");
            }
            "amount" => {
                let _ = writeln!(s, "amount = 40000.0");
            }
            _ => {
                let _ = writeln!(s, "transfer_year = {}", 1 + rng.next(3));
            }
        }
    }
    if rng.next(4) == 0 {
        let _ = writeln!(s, "[offsets]\ncare_allowance = 2500.0");
    }
    if rng.next(3) == 0 {
        let _ = writeln!(s, "[override]\ncap_hourly = 260.0");
    }
    s
}

/// A municipality's table for a grant year: the embedded year with its own
/// general supplement and cap.
fn municipal_table(year: u64) -> String {
    format!(
        "year = {year}\nextends = \"{year}\"\ndescription = \"Benchmark-kommune {year}\"\n\
         [service_level]\n\
         general_supplement_pct = {{ value = 4.0, source = \"Benchmark-kommune, serviceniveau {year}\" }}\n\
         cap_hourly = {{ value = 320.0, source = \"Benchmark-kommune, gennemsnitlig timepris {year}\" }}\n"
    )
}

/// Write `n` generated cases into `dir/cases`, 100 to a folder, and the
/// municipal tables they use into `dir/rates`; the cases' folder is returned.
pub fn write_set(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let _ = std::fs::remove_dir_all(dir);
    let rates = dir.join("rates");
    std::fs::create_dir_all(&rates).expect("create the rates folder");
    for year in 2022..=2026 {
        std::fs::write(
            rates.join(format!("kommune-{year}.toml")),
            municipal_table(year),
        )
        .expect("write a municipal table");
    }
    let cases = dir.join("cases");
    let mut rng = Lcg(42);
    for i in 0..n {
        let sub = cases.join(format!("{:03}", i / 100));
        if i % 100 == 0 {
            std::fs::create_dir_all(&sub).expect("create a folder");
        }
        std::fs::write(sub.join(format!("case-{i:05}.toml")), case(i, &mut rng))
            .expect("write a case");
    }
    cases
}
