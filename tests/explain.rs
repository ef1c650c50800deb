//! The explaining outputs read back for their content: the decision-letter
//! attachment (`--format md`), `--explain`, and `bpa init` writing a case
//! that `bpa calc` accepts.

use std::path::Path;
use std::process::Command;

use bpa::budget::decision::Facts;
use bpa::report::{Lang, markdown};
use bpa::{Case, calculate, rates::Rates};

fn bpa(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .output()
        .expect("bpa runs")
}

/// The Markdown attachment of a case calculated on a rate table file.
fn attachment(case: &str, rates: Option<&str>) -> (bpa::Budget, String) {
    let case = Case::read(Path::new(case)).unwrap_or_else(|e| panic!("{e}"));
    let rates = Rates::for_case(&case, rates.map(Path::new)).unwrap_or_else(|e| panic!("{e}"));
    let b = calculate(&case, &rates).unwrap_or_else(|e| panic!("{e}"));
    let facts = Facts::of(&case, &rates, &b);
    let md = markdown::render(&b, &facts, Lang::Da);
    (b, md)
}

#[test]
fn the_attachment_has_every_part_a_decision_needs() {
    let (b, md) = attachment(
        "examples/bpa-municipal-rates.toml",
        Some("examples/rates/kommune-2025.toml"),
    );
    for part in [
        "# Bilag til afgørelsen: beregning af tilskuddet",
        "- Kommune: Eksempel Kommune\n- Sag: BPA-2025-0311\n- Frister regnet fra modtagelse af afgørelsen den: 10. februar 2025\n",
        "## Sådan er timerne fastsat",
        "## Afvigelser fra kommunens serviceniveau (VEJ pkt. 61)",
        "| Generelle tillæg, pct. af grundløn |        4 |           5 |",
        "## Timer fordelt på tidsrum (pr. år)",
        "## Løngrundlag og lønbudget",
        "## Lovpligtige bidrag",
        "## Tilskud til arbejdsgiveropgaven (model: kr. pr. time)",
        "## Samlet tilskud (BEK §§ 4–10)",
        "## Udbetaling (BEK § 11; VEJ pkt. 93–96)",
        "## Loft pr. time (BEK § 3 stk. 4; VEJ pkt. 62; KL 3.4.2)",
        "## Fordeling med regionen (KL 3.3.3; VEJ pkt. 92)",
        "## Udgifter der dækkes efter regning (BEK § 4 stk. 2)",
        "## Regnskab og uforbrugte timer",
        "## Klagevejledning og handleplan",
        "## Satser i beregningen",
    ] {
        assert!(md.contains(part), "missing {part:?}");
    }
    // Every budget line with its amount and legal ground, in Danish format.
    for l in b.wages.lines.iter().chain(&b.contributions.lines) {
        let row = md
            .lines()
            .find(|r| r.starts_with(&format!("| {} ", l.label.da)))
            .unwrap_or_else(|| panic!("no row for {}", l.label.da));
        assert!(
            row.contains(&bpa::report::money(l.amount, Lang::Da)),
            "{row}"
        );
        assert!(row.contains(l.legal.as_ref()), "{row}");
    }
    // 2.089.099,21 + 35.275,33 + 51.291,00 + 5.000,00
    assert!(md.contains("| Tilskud i alt pr. år             | 2.180.665,54 |"));
    let cells = |row: &str| -> Vec<String> {
        row.trim_matches('|')
            .split(" | ")
            .map(|c| c.trim().to_string())
            .collect()
    };
    // Each rate used, once, under its Danish name with its value and
    // source; no key, no verified flag for the citizen.
    let base: Vec<Vec<String>> = md
        .lines()
        .filter(|l| l.starts_with("| Grundløn pr. time, områdetillægsgruppe 2 "))
        .map(cells)
        .collect();
    // A dated figure: each value with the date it starts (KL's pay table
    // for områdetillægsgruppe 2 on 1 January and on each regulation date).
    assert_eq!(base.len(), 4);
    assert_eq!(base[0][1], "149,29 fra 1/1");
    assert_eq!(base[1][1], "150,34 fra 1/4");
    assert_eq!(base[2][1], "150,79 fra 1/10");
    assert_eq!(base[3][1], "151,89 fra 1/11");
    let cap: Vec<String> = md
        .lines()
        .filter(|l| l.starts_with("| Loft pr. time "))
        .map(cells)
        .find(|c| c[1] == "490")
        .unwrap_or_default();
    assert!(
        cap[2].starts_with("Eksempel Kommune: gennemsnitlig langtidspris"),
        "{cap:?}"
    );
    assert!(!md.contains("wage_scales.") && !md.contains("Verificeret"));
    // Numeric columns are marked right-aligned, text columns are not:
    // `| Modtager | Dækker | Udbetales | Kr. pr. år |`.
    let payments = md
        .lines()
        .skip_while(|l| !l.starts_with("## Udbetaling"))
        .nth(3)
        .unwrap_or_default();
    let right: Vec<bool> = payments
        .trim_matches('|')
        .split('|')
        .map(|c| c.ends_with(':'))
        .collect();
    assert_eq!(right, [false, false, false, true], "{payments}");
    // Tables only: no line of the attachment is wrapped.
    assert!(md.lines().all(|l| !l.starts_with("| ") || l.ends_with('|')));
}

#[test]
fn every_section_of_the_attachment_has_a_heading() {
    // A citizen employer has no employer-task lines: the section still
    // stands under its own heading instead of running into the next.
    let (_, md) = attachment("examples/bpa-daytime-citizen.toml", None);
    assert!(
        md.contains("\n## Tilskud til arbejdsgiveropgaven\n\nIkke relevant: borgeren"),
        "{md}"
    );
    // Every table follows a `##` heading, or a paragraph under one.
    let lines: Vec<&str> = md.lines().collect();
    let mut under_heading = false;
    for (i, l) in lines.iter().enumerate() {
        if l.starts_with("## ") {
            under_heading = true;
        }
        if l.starts_with("| ") && !lines[i - 1].starts_with('|') {
            assert!(lines[i - 1].is_empty(), "line {i}: {l}");
            assert!(under_heading, "line {i}: {l}");
        }
    }
}

#[test]
fn explain_puts_formula_legal_ground_and_source_under_each_line() {
    let out = bpa(&[
        "calc",
        "examples/kt-30h.toml",
        "--explain",
        "--width",
        "200",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("Grundløn "))
        .expect("a base-wage line");
    // The printed 1.583,00 band hours split by days: 1.583 × 90 / 365 =
    // 390,33 to 31 March, × 183 / 365 = 793,67 to 30 September, × 31 / 365
    // = 134,45 in October, the rest 264,55 from 1 November;
    // 390,33 × 149,29 + 793,67 × 150,34 + 134,45 × 150,79 + 264,55 × 151,89
    // = 58.272,3657 + 119.320,3478 + 20.273,7155 + 40.182,4995 = 238.048,9285.
    assert!(lines[at].ends_with("238.048,93"));
    assert_eq!(
        lines[at + 1],
        "    = 390,33 t × 149,29 kr./t (1/1–31/3) + 793,67 t × 150,34 kr./t (1/4–30/9) + 134,45 t × 150,79 kr./t (1/10–31/10) + 264,55 t × 151,89 kr./t (1/11–31/12)"
    );
    assert_eq!(
        lines[at + 2],
        "    Hjemmel: BEK § 5 stk. 1; KL tabel 4; AST 98-16"
    );
    assert!(lines[at + 3].starts_with(
        "    Sats: Grundløn pr. time, områdetillægsgruppe 2 = 149,29 fra 1/1 (KL's løntabel pr. 1.10.2024, områdetillægsgruppe 2 (gældende 1.1.2025): løntrin 11 på 23.786,33 kr./md. × 12 / 1924"
    ));
    let rise = lines
        .iter()
        .position(|l| {
            l.starts_with("    Sats: Grundløn pr. time, områdetillægsgruppe 2 = 151,89 fra 1/11 (KL's løntabel pr. 1.11.2025")
        })
        .expect("the value from 1 November");
    assert!(lines[rise + 2].ends_with("ikke verificeret for bevillingsåret)"));
}

#[test]
fn init_writes_a_case_that_calculates_and_never_overwrites() {
    let dir = std::env::temp_dir().join(format!("bpa-init-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    for scheme in ["bpa", "kt", "kt-relative"] {
        let file = dir.join(format!("{scheme}.toml"));
        let _ = std::fs::remove_file(&file);
        let path = file.to_str().expect("a UTF-8 path");
        assert_eq!(
            bpa(&["init", path, "--scheme", scheme]).status.code(),
            Some(0)
        );
        let calc = bpa(&["calc", path, "--format", "json"]);
        assert_eq!(
            calc.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&calc.stderr)
        );
        let again = bpa(&["init", path, "--scheme", scheme]);
        assert_eq!(again.status.code(), Some(73));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The caseworker's table names each warning's code beside its sentence and
/// legal ground, in Danish as in English, so the code a batch row or
/// `--strict` script reports can be found in the budget.
#[test]
fn the_warnings_table_shows_each_code_beside_its_warning() {
    let mut seen = 0;
    for case in [
        "examples/kt-30h.toml",
        "examples/bpa-cap-exceeded.toml",
        "examples/bpa-municipal-rates.toml",
        "tests/data/three-decimals.toml",
    ] {
        let json = bpa(&["calc", case, "--format", "json"]);
        let budget: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
        let warnings = budget["warnings"].as_array().expect("warnings");
        assert!(!warnings.is_empty(), "{case}");
        for lang in ["da", "en"] {
            let out = bpa(&[
                "calc",
                case,
                "--lang",
                lang,
                "--width",
                "400",
                "--borders",
                "never",
            ]);
            let table = String::from_utf8_lossy(&out.stdout).into_owned();
            let section = table
                .split(if lang == "da" {
                    "\nAdvarsler\n"
                } else {
                    "\nWarnings\n"
                })
                .nth(1)
                .expect("a warnings section");
            for w in warnings {
                let code = w["code"].as_str().expect("code");
                let legal = w["legal"].as_str().expect("legal");
                let row = section
                    .lines()
                    .find(|l| l.trim_start().starts_with(&format!("{code} ")))
                    .unwrap_or_else(|| panic!("{case} {lang}: no row begins with {code}"));
                assert!(row.trim_end().ends_with(legal), "{case} {lang}: {row}");
                seen += 1;
            }
        }
    }
    assert!(seen >= 8);
}

/// A schedule's holiday table shows the part days, holiday time from a
/// time of day by the working-time agreement (the rate table's
/// `part_days`: 24 December from 06:00, when the night band ends; 1 May,
/// Grundlovsdag and New Year's Eve from 12:00), beside the whole holidays,
/// each with its own time; the JSON has them too.
#[test]
fn the_holiday_table_shows_the_part_days() {
    for (lang, rows) in [
        (
            "da",
            [
                ["01.05.2025", "1. maj", "torsdag", "fra 12:00"],
                ["05.06.2025", "Grundlovsdag", "torsdag", "fra 12:00"],
                ["24.12.2025", "Juleaftensdag", "onsdag", "fra 06:00"],
                ["31.12.2025", "Nytårsaftensdag", "onsdag", "fra 12:00"],
            ],
        ),
        (
            "en",
            [
                ["01.05.2025", "1 May", "Thursday", "from 12:00"],
                ["05.06.2025", "Constitution Day", "Thursday", "from 12:00"],
                ["24.12.2025", "Christmas Eve", "Wednesday", "from 06:00"],
                ["31.12.2025", "New Year's Eve", "Wednesday", "from 12:00"],
            ],
        ),
    ] {
        let out = bpa(&[
            "calc",
            "examples/bpa-schedule.toml",
            "--lang",
            lang,
            "--borders",
            "never",
        ]);
        let table = String::from_utf8_lossy(&out.stdout).into_owned();
        for row in rows {
            let line = table
                .lines()
                .find(|l| l.trim_start().starts_with(row[0]))
                .unwrap_or_else(|| panic!("{lang}: no row for {}", row[0]));
            let cells: Vec<&str> = line
                .split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            assert_eq!(cells, row, "{lang}: {line}");
        }
        // A whole holiday says so.
        let christmas = table
            .lines()
            .find(|l| l.contains("25.12.2025"))
            .expect("Christmas");
        assert!(christmas.trim_end().ends_with(if lang == "da" {
            "hele dagen"
        } else {
            "all day"
        }));
    }
    let json = bpa(&["calc", "examples/bpa-schedule.toml", "--format", "json"]);
    let budget: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let days: Vec<(&str, &str)> = budget["hours"]["schedule"]["part_days"]
        .as_array()
        .expect("part_days")
        .iter()
        .map(|d| {
            let date = d["date"].as_str().expect("date");
            (date, d["from"].as_str().expect("from"))
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2025-05-01", "12:00"),
            ("2025-06-05", "12:00"),
            ("2025-12-24", "06:00"),
            ("2025-12-31", "12:00"),
        ]
    );
}
