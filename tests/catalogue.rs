//! KL bilag 1 (tabel 8 for KT, tabel 9 for BPA) row by row where a row's
//! condition decides whether and where it is paid (SPEC 6): hand-checked on
//! the round figures of tests/data/round-2025.toml, whose blended AC/HK rate
//! is (521 + 380) / 2 = 450.50 kr. per hour.

use std::path::Path;

use bpa::calc::Line;
use bpa::error::Source;
use bpa::rates::Rates;
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

fn line<'a>(lines: &'a [Line], key: &str) -> Option<&'a Line> {
    lines.iter().find(|l| l.key == key)
}

/// An organisation's case of the scheme with these new hires and transfer year.
fn org(scheme: &str, new_helpers: u32, transfer_year: u32) -> String {
    format!(
        "id = \"O\"\nyear = 2025\nscheme = \"{scheme}\"\nemployer = \"association\"\n[need]\nweekday_day = 30.0\n[extra]\nhelpers = 2\nnew_helpers = {new_helpers}\n[admin]\nmodel = \"tasks\"\ntransfer_year = {transfer_year}\n"
    )
}

#[test]
fn job_descriptions_and_ads_are_priced_without_new_hires() {
    // KL bilag 1 tabel 9, "Udvikling af nye jobbeskrivelser, opdatering af
    // eksisterende jobannoncer mv.": 2 timer pr. ordning, 100 pct. — every
    // year, new hires or not: 120 min / 60 × 450.50 = 901.00.
    let bpa = budget(&org("bpa", 0, 2));
    let ads = line(&bpa.employer_tasks.lines, "task.job_ads").expect("job ads priced");
    assert_eq!(ads.amount, dec!(901.00));
    assert_eq!(ads.basis.expr(), "1 * 120 / 60 * 450.50");
    // Tabel 8 (KT): 1 time pr. ordning: 60 / 60 × 450.50 = 450.50.
    let kt = budget(&org("kt", 0, 2));
    let ads = line(&kt.employer_tasks.lines, "task.job_ads").expect("job ads priced");
    assert_eq!(ads.amount, dec!(450.50));
    // The interviews and their transport stay tied to new hires, even for a
    // new or insecure citizen.
    let insecure =
        budget(&org("bpa", 0, 2).replace("[admin]\n", "[admin]\nnew_or_insecure = true\n"));
    for key in ["task.interviews", "task.interview_transport"] {
        assert!(line(&insecure.employer_tasks.lines, key).is_none(), "{key}");
    }
    let hiring =
        budget(&org("bpa", 1, 2).replace("[admin]\n", "[admin]\nnew_or_insecure = true\n"));
    // 3 applicants × 3 rounds × 45 min = 6.75 h × 450.50 = 3040.875 → 3040.88.
    assert_eq!(
        line(&hiring.employer_tasks.lines, "task.interviews").map(|l| l.amount),
        Some(dec!(3040.88))
    );
}

#[test]
fn work_environment_tasks_lig_tidligere_kommunal_varetagelse_are_after_invoice() {
    // KL bilag 1 tabel 9, "Overholdelse af arbejdsmiljøregler (dækkes efter
    // regning)": the home review, its transport and the administration of the
    // helpers' employment relations are covered after invoice (BEK § 4 stk. 2,
    // § 7), never in the § 8 subsidy, and need no time in the rate table.
    for scheme in ["bpa", "kt"] {
        let b = budget(&org(scheme, 1, 1));
        let table = if scheme == "bpa" {
            "tabel 9"
        } else {
            "tabel 8"
        };
        for id in [
            "home_review",
            "home_review_transport",
            "employment_administration",
        ] {
            assert!(
                line(&b.employer_tasks.lines, &format!("task.{id}")).is_none(),
                "{id} is not in § 8"
            );
            let item = b
                .after_invoice
                .iter()
                .find(|a| a.key == id)
                .unwrap_or_else(|| panic!("{id} after invoice"));
            assert_eq!(item.estimate, None);
            assert!(item.legal.contains("BEK § 4 stk. 2, § 7"), "{}", item.legal);
            assert!(item.legal.contains(table), "{}", item.legal);
            // Labelled by what they are, not as if the municipality still did them.
            assert!(!item.label.da.contains("kommunal"), "{}", item.label.da);
        }
        // Nor are they "tid ikke fastsat" in the note on the rate table.
        let unset = b.notes.iter().find(|n| n.code == "task_time_unset");
        let said = unset.map(|n| bpa::report::words::note(n, bpa::report::Lang::Da));
        assert!(
            said.as_deref()
                .is_none_or(|s| !s.contains("hjem") && !s.contains("ansættelsesforhold")),
            "{said:?}"
        );
    }
    // A citizen employer lists work environment after invoice without the catalogue.
    let citizen = budget(
        "id = \"C\"\nyear = 2025\nscheme = \"bpa\"\nemployer = \"citizen\"\n[need]\nweekday_day = 30.0\n[extra]\nhelpers = 2\n",
    );
    assert!(!citizen.after_invoice.iter().any(|a| a.key == "home_review"));
    let we = citizen
        .after_invoice
        .iter()
        .find(|a| a.key == "work_environment")
        .expect("work environment");
    assert_eq!(we.estimate, None);
}

#[test]
fn apv_reassessment_follows_the_transfer_year() {
    // KL bilag 1 tabel 9, "Revurdering af APV hvert 3. år": 1 time, "30 pct.
    // i år 2 og 40 pct. hvert år fremefter"; its transport 1½ time alike.
    // The timed work-environment tasks every year: supervision 1 h + its
    // transport 1.5 h + APV 3 h + its transport 1.5 h = 7 h.
    let estimate = |year: u32| {
        let b = budget(&org("bpa", 1, year));
        let we = b
            .after_invoice
            .iter()
            .find(|a| a.key == "work_environment")
            .expect("work environment")
            .clone();
        (we.estimate, we.basis.map(|x| x.expr()))
    };
    // Year 1: no reassessment: 7 h × 450.50 = 3153.50.
    assert_eq!(
        estimate(1),
        (
            Some(dec!(3153.50)),
            Some("(1.00 + 1.50 + 3.00 + 1.50) * 450.50".into())
        )
    );
    // Year 2: 30 % × (1 + 1.5) = 0.30 + 0.45: 7.75 h × 450.50 = 3491.375 → 3491.38.
    assert_eq!(
        estimate(2),
        (
            Some(dec!(3491.38)),
            Some("(1.00 + 1.50 + 3.00 + 1.50 + 0.30 + 0.45) * 450.50".into())
        )
    );
    // Year 3 and later: 40 % × (1 + 1.5) = 0.40 + 0.60: 8 h × 450.50 = 3604.00.
    assert_eq!(
        estimate(3),
        (
            Some(dec!(3604.00)),
            Some("(1.00 + 1.50 + 3.00 + 1.50 + 0.40 + 0.60) * 450.50".into())
        )
    );
    // Without [admin] transfer_year the case is in its first year.
    let b = budget(&org("kt", 1, 1).replace("transfer_year = 1\n", ""));
    let we = b.after_invoice.iter().find(|a| a.key == "work_environment");
    assert_eq!(we.and_then(|a| a.estimate), Some(dec!(3153.50)));
}

#[test]
fn a_rate_table_share_by_transfer_year_needs_three_shares() {
    let dir = std::env::temp_dir().join(format!("bpa-catalogue-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.toml");
    std::fs::write(
        &bad,
        "year = 2025\nextends = \"2025\"\n[[employer_tasks.kt]]\nid = \"x\"\ngroup = \"g\"\ntask = \"t\"\ntask_en = \"t\"\nminutes = 60\nunit = \"per_scheme\"\ncondition = \"share_by_transfer_year\"\nshares = [0.3, 0.4]\ncover = \"after_invoice\"\nsource = \"test\"\n",
    )
    .unwrap();
    let err = Rates::from_file(&bad).map(|_| ()).expect_err("two shares");
    assert!(err.to_string().contains("shares"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
