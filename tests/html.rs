//! `--format html`, the decision attachment, parsed as HTML and read back:
//! every section there, every amount equal to the JSON of the same case,
//! no internal key, warning code or English rate note, and the facts of a
//! decision (dates, payees, notice) where they belong.

use std::path::PathBuf;
use std::process::Command;

use bpa::report::{Lang, money};
use rust_decimal::Decimal;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

fn bpa(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .output()
        .expect("bpa runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

const MUNICIPAL: [&str; 4] = [
    "calc",
    "examples/bpa-municipal-rates.toml",
    "--rates",
    "examples/rates/kommune-2025.toml",
];

fn html_of(args: &[&str]) -> Html {
    let mut a = args.to_vec();
    a.extend(["--format", "html"]);
    Html::parse_document(&bpa(&a))
}

fn json_of(args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&bpa(&a)).expect("JSON")
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn text(e: ElementRef<'_>) -> String {
    e.text().collect::<String>().trim().to_string()
}

fn dec(v: &Value) -> Decimal {
    v.to_string().trim_matches('"').parse().expect("decimal")
}

/// The rows of the section under this heading, as cell texts.
fn rows(doc: &Html, heading: &str) -> Vec<Vec<String>> {
    let section = doc
        .select(&sel("section"))
        .find(|s| {
            s.select(&sel("h2"))
                .next()
                .is_some_and(|h| text(h).starts_with(heading))
        })
        .unwrap_or_else(|| panic!("no section {heading:?}"));
    section
        .select(&sel("tbody tr"))
        .map(|r| r.select(&sel("th, td")).map(text).collect())
        .collect()
}

#[test]
fn every_section_a_decision_needs_is_there() {
    let doc = html_of(&MUNICIPAL);
    let headings: Vec<String> = doc.select(&sel("h2")).map(text).collect();
    for h in [
        "Sådan er timerne fastsat",
        "Timer fordelt på tidsrum (pr. år)",
        "Afvigelser fra kommunens serviceniveau (VEJ pkt. 61)",
        "Løngrundlag og lønbudget",
        "Lovpligtige bidrag",
        "Tilskud til arbejdsgiveropgaven (model: kr. pr. time)",
        "Andre udgifter og modregning",
        "Samlet tilskud (BEK §§ 4–10)",
        "Udbetaling (BEK § 11; VEJ pkt. 93–96)",
        "Udgifter der dækkes efter regning (BEK § 4 stk. 2)",
        "Loft pr. time (BEK § 3 stk. 4; VEJ pkt. 62; KL 3.4.2)",
        "Fordeling med regionen (KL 3.3.3; VEJ pkt. 92)",
        "Regnskab og uforbrugte timer",
        "Indlæggelse, ophold i udlandet, dødsfald og flytning",
        "Satser i beregningen",
        "Klagevejledning og handleplan",
    ] {
        assert!(
            headings.iter().any(|x| x == h),
            "missing {h:?} in {headings:?}"
        );
    }
    // No reduction against [previous] here, so no notice section; the
    // case's warnings are the caseworker's open points, not remarks.
    assert!(!headings.iter().any(|h| h.starts_with("Nedsættelse")));
    assert!(!headings.iter().any(|h| h.starts_with("Bemærkninger")));
    // The facts of the decision, from the rate table and the case.
    let lead: Vec<String> = doc.select(&sel("dl.lead dd")).map(text).collect();
    assert_eq!(
        lead,
        [
            "Eksempel Kommune",
            "BPA-2025-0311",
            "10. februar 2025",
            "1. januar 2025 – 31. december 2025",
            "BPA (SEL § 96) · Arbejdsgiver: privat virksomhed",
        ]
    );
    let all = text(doc.root_element());
    // The wage basis in words, its områdetillægsgruppe named, and better
    // terms at the employer's cost.
    assert!(all.contains(
        "Uuddannet social- og sundhedspersonale (KL–FOA), løntrin 11 + 1.124 kr., områdetillægsgruppe 2"
    ));
    assert!(all.contains("betaler arbejdsgiveren selv forskellen"));
    // The need is assessed per band: no clock hours of bands no schedule uses.
    assert!(!all.contains("17.00–23.00"), "{all}");
    // Complaint to the municipality within 4 weeks: 10.2. + 28 days.
    assert!(all.contains("Klagen sendes til Eksempel Kommune inden 4 uger"));
    assert!(all.contains(
        "Hvis du har modtaget afgørelsen den 10. februar 2025, er fristen den 10. marts 2025."
    ));
    assert!(all.contains("handleplan") && all.contains("SEL § 141"));
    // BPA keeps help abroad up to a month; death and moving.
    assert!(all.contains("op til en måned beholder du BPA"));
    assert!(all.contains("SEL § 96 c") && all.contains("SEL § 96 b"));
    assert!(all.contains("SEL § 96 c") && all.contains("KL 2.3.3"));
}

#[test]
fn every_amount_equals_the_json() {
    let doc = html_of(&MUNICIPAL);
    let json = json_of(&MUNICIPAL);
    let da = |v: &Value| money(dec(v), Lang::Da);
    for (section, heading) in [
        ("hours", "Sådan er timerne fastsat"),
        ("wages", "Løngrundlag og lønbudget"),
        ("contributions", "Lovpligtige bidrag"),
        ("employer_tasks", "Tilskud til arbejdsgiveropgaven"),
        ("other_costs", "Andre udgifter og modregning"),
    ] {
        let table = rows(&doc, heading);
        let lines = json[section]["lines"].as_array().expect("lines");
        assert!(!lines.is_empty());
        for l in lines {
            let label = l["label"].as_str().expect("label");
            let row = table
                .iter()
                .find(|r| r[0] == label)
                .unwrap_or_else(|| panic!("no row {label:?} under {heading}"));
            assert_eq!(row[1], da(&l["amount"]), "{label}");
            assert_eq!(row[2], l["basis"].as_str().expect("basis"), "{label}");
            assert_eq!(row[3], l["legal"].as_str().expect("legal"), "{label}");
        }
        // The closing row is the section's total.
        let last = table.last().expect("total row");
        assert_eq!(last[1], da(&json[section]["total"]), "{heading}");
    }
    let totals = rows(&doc, "Samlet tilskud");
    assert_eq!(
        totals.last().expect("total")[1],
        da(&json["totals"]["grant_total"])
    );
    // Month by month: company + citizen = the month's payment.
    let months = rows(&doc, "Udbetaling");
    let monthly = json["totals"]["monthly"].as_array().expect("monthly");
    let payments = json["totals"]["payments"].as_array().expect("payments");
    let month_rows: Vec<&Vec<String>> = months
        .iter()
        .filter(|r| r.len() == 4 && r[0].len() == 3)
        .collect();
    assert_eq!(month_rows.len(), 12);
    for (i, r) in month_rows.iter().enumerate() {
        assert_eq!(r[1], da(&payments[i]["employer_part"]), "month {i}");
        assert_eq!(r[2], da(&payments[i]["recipient_part"]), "month {i}");
        assert_eq!(r[3], da(&monthly[i]), "month {i}");
    }
    // The employer's part to the company in arrears, the § 10 amount to
    // the citizen in advance.
    let payees = &months[..3];
    assert_eq!(
        payees[0][..3],
        [
            "Virksomheden",
            "løn, pension, feriegodtgørelse, bidrag og arbejdsgiveropgaven",
            "månedsvis bagud"
        ]
    );
    assert_eq!(payees[0][3], da(&json["totals"]["employer_part"]));
    assert_eq!(payees[1][0], "Borgeren");
    assert_eq!(payees[1][2], "månedsvis forud");
    assert_eq!(payees[1][3], da(&json["totals"]["recipient_part"]));
    assert_eq!(payees[2][3], da(&json["totals"]["grant_total"]));
    let cap = rows(&doc, "Loft pr. time");
    assert_eq!(cap[0][1], da(&json["cap"]["cost_per_hour"]));
    assert_eq!(cap[1][1], da(&json["cap"]["cap_hourly"]));
    assert_eq!(
        cap[1][2],
        "Eksempel Kommune: gennemsnitlig langtidspris for personlig pleje efter SEL § 83 2025 (som Lejre 2026, 490 kr./t)"
    );
    let region = rows(&doc, "Fordeling med regionen");
    assert_eq!(region[0][1], da(&json["respirator"]["shared"]));
    assert_eq!(region[1][1], da(&json["respirator"]["region"]));
    assert_eq!(region[2][1], da(&json["respirator"]["municipality"]));
}

#[test]
fn no_internal_key_code_or_english_note_reaches_the_citizen() {
    // Every example: each scheme, employer, schedule, standby, cap exceeded.
    let mut examples: Vec<String> = std::fs::read_dir("examples")
        .expect("examples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        // A used-hours file belongs to `bpa settle`, not `calc`.
        .filter(|p| !p.to_string_lossy().ends_with(".used.toml"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    examples.sort();
    assert!(examples.len() >= 10, "{examples:?}");
    let mut cases: Vec<Vec<&str>> = vec![MUNICIPAL.to_vec()];
    cases.extend(examples.iter().map(|e| vec!["calc", e.as_str()]));
    for args in cases {
        let raw = {
            let mut a = args.clone();
            a.extend(["--format", "html"]);
            bpa(&a)
        };
        let doc = Html::parse_document(&raw);
        let json = json_of(&args);
        let all = text(doc.root_element());
        for key in [
            "wage_scales.",
            "contributions.",
            "service_level.",
            "override.",
            "employer_tasks.",
            "sosu_11",
            "placeholder",
            "carried forward",
            "not published",
            "Verificeret",
            "verified",
        ] {
            assert!(!all.contains(key), "{key:?} in {args:?}");
        }
        for w in json["warnings"].as_array().expect("warnings") {
            let code = w["code"].as_str().expect("code");
            assert!(!all.contains(code), "{code} in {args:?}");
        }
        // No snake_case word at all.
        for word in all.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            assert!(
                !(word.contains('_') && word.chars().any(char::is_alphabetic)),
                "{word:?} in {args:?}"
            );
        }
        // Self-contained and accessible.
        assert!(raw.starts_with("<!DOCTYPE html>\n<html lang=\"da\">"));
        for banned in ["<script", "<link", "http:", "https:", "@import", "url("] {
            assert!(!raw.contains(banned), "{banned} in {args:?}");
        }
        // A4 print: headers repeated on each page, no row split, a short
        // table on one page, and no forced page break that would leave a
        // page mostly empty (tests/print.rs prints them); every page headed
        // by the case and numbered "side X af Y".
        assert!(raw.contains("@media print") && raw.contains("@page { size: A4"));
        assert!(raw.contains("thead { display: table-header-group; }"));
        assert!(raw.contains("tr, figure, dl.lead, p { break-inside: avoid;"));
        assert!(raw.contains("table.short { break-inside: avoid;"));
        assert_eq!(doc.select(&sel("section.page")).count(), 0, "{args:?}");
        let id = json["id"].as_str().expect("id");
        assert!(
            raw.contains("@top-left { content: \"Bilag til afgørelsen · ")
                && raw.contains(&format!("Sag {id}\";")),
            "{args:?}"
        );
        assert!(
            raw.contains(
                "@bottom-right { content: \"side \" counter(page) \" af \" counter(pages);"
            )
        );
        assert!(doc.select(&sel("th:not([scope])")).next().is_none());
        for t in doc.select(&sel("table")) {
            assert!(t.select(&sel("thead th[scope=col]")).next().is_some());
        }
        // Numbers right-aligned: every amount column header is marked.
        assert!(doc.select(&sel("thead th.num")).any(|h| text(h) == "Kr."));
        // Two charts, each with its text alternative.
        assert_eq!(doc.select(&sel("svg[role=img] > title")).count(), 2);
    }
}

/// A case file written for one test, removed when dropped.
struct TempCase(PathBuf);

impl TempCase {
    fn new(name: &str, text: &str) -> TempCase {
        let p = std::env::temp_dir().join(format!("bpa-html-{}-{name}.toml", std::process::id()));
        std::fs::write(&p, text).expect("write case");
        TempCase(p)
    }
}

impl Drop for TempCase {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn a_reduction_states_the_notice_with_its_date() {
    // The example's [previous] had 32 h/week; the new budget gives fewer.
    let base = std::fs::read_to_string("examples/kt-30h.toml").expect("example");
    let case = TempCase::new(
        "reduction",
        &format!("{base}\n[decision]\nreceived = 2025-02-10\n"),
    );
    let path = case.0.to_str().expect("path");
    let doc = html_of(&["calc", path]);
    let notice = rows_text(&doc, "Nedsættelse og varsel");
    // 10 February 2025 + 14 weeks (98 days) = 19 May 2025.
    assert!(
        notice.contains("har nedsættelsen virkning fra den 19. maj 2025"),
        "{notice}"
    );
    assert!(notice.contains("SEL § 3 a stk. 2; VEJ pkt. 40"));
    // The reduction is the decision's, its notice above; no warning or
    // note reaches the citizen as a remark.
    let headings: Vec<String> = doc.select(&sel("h2")).map(text).collect();
    assert!(
        !headings.iter().any(|h| h.starts_with("Bemærkninger")),
        "{headings:?}"
    );
    // KT is not kept abroad.
    let all = text(doc.root_element());
    assert!(all.contains("Kontant tilskud efter SEL § 95 kan ikke tages med"));
    // The municipality runs the payroll: the helpers' wages go through it,
    // the citizen receives the § 10 amount in advance (SEL § 95 stk. 5).
    let pay = rows(&doc, "Udbetaling");
    assert_eq!(pay[0][0], "Hjælperne, via kommunens lønudbetaling");
    assert_eq!(pay[0][2], "som løn, når den forfalder");
    assert_eq!(pay[1][0], "Borgeren");
    assert_eq!(
        pay[1][1],
        "§ 10-beløbet til andre udgifter ved at have hjælpere"
    );
    assert_eq!(pay[1][2], "månedsvis forud");
}

fn rows_text(doc: &Html, heading: &str) -> String {
    doc.select(&sel("section"))
        .find(|s| {
            s.select(&sel("h2"))
                .next()
                .is_some_and(|h| text(h) == heading)
        })
        .map(text)
        .unwrap_or_default()
}

#[test]
fn english_on_request() {
    let mut args = MUNICIPAL.to_vec();
    args.extend(["--lang", "en", "--format", "html"]);
    let raw = bpa(&args);
    assert!(raw.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(raw.contains("<h2>How the hours were set</h2>"));
}

#[test]
fn a_grant_period_inside_the_year_is_the_attachments_period() {
    let doc = html_of(&["calc", "examples/bpa-from-may.toml"]);
    let json = json_of(&["calc", "examples/bpa-from-may.toml"]);
    let lead: Vec<String> = doc.select(&sel("dl.lead dd")).map(text).collect();
    assert!(
        lead.contains(&"1. maj 2025 – 31. december 2025".to_string()),
        "{lead:?}"
    );
    // May to December: eight payments, and the sum is the period's grant.
    let pay = rows(&doc, "Udbetaling");
    assert_eq!(pay[2][0], "I alt");
    assert_eq!(
        pay[2][3],
        money(dec(&json["totals"]["grant_total"]), Lang::Da)
    );
    let months: Vec<&str> = pay
        .iter()
        .filter(|r| r.len() == 4 && r[0].len() == 3)
        .map(|r| r[0].as_str())
        .collect();
    assert_eq!(
        months,
        ["maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    );
    let head: Vec<String> = doc.select(&sel("thead th")).map(text).collect();
    assert!(head.contains(&"Kr. i perioden".to_string()));
}

#[test]
fn a_reduction_under_notice_shows_the_transition_and_the_same_date() {
    let doc = html_of(&["calc", "examples/bpa-reduction.toml"]);
    // 3 March 2025 + 14 weeks (98 days) = 9 June 2025, in the notice text
    // and in the month-by-month transition the budget computes.
    let notice = rows_text(&doc, "Nedsættelse og varsel");
    assert!(
        notice.contains(
            "Hvis du har modtaget afgørelsen den 3. marts 2025, har nedsættelsen virkning fra den 9. juni 2025."
        ),
        "{notice}"
    );
    // SEL § 3 a stk. 2, VEJ pkt. 40: a complaint suspends it, reconsidered within 2 weeks.
    assert!(
        notice.contains("genvurdere afgørelsen inden 2 uger"),
        "{notice}"
    );
    let tr = rows(
        &doc,
        "Overgang: nedsættelsen med 14 ugers varsel (SEL § 3 a; VEJ pkt. 39–40)",
    );
    assert!(tr[0][0].starts_with("Den tidligere hjælp pr. år"), "{tr:?}");
    assert!(tr[1][0].ends_with("til og med 08.06.2025"), "{tr:?}");
    assert!(tr[2][0].ends_with("fra 09.06.2025"), "{tr:?}");
}

#[test]
fn a_comparison_prints_side_by_side_with_the_notice_verdict() {
    // Two years of one case: every line old → new, as the JSON has them.
    let args = [
        "diff",
        "examples/bpa-24h-company.toml",
        "--from",
        "2024",
        "--to",
        "2025",
    ];
    let doc = html_of(&args);
    let json = json_of(&args);
    let da = |v: &Value| money(dec(v), Lang::Da);
    let sections = json["sections"].as_array().expect("sections");
    assert!(sections.len() >= 5);
    for s in sections {
        let title = s["title"].as_str().expect("title");
        let table = rows(&doc, title);
        for l in s["lines"].as_array().expect("lines") {
            let label = l["label"].as_str().expect("label");
            let row = table
                .iter()
                .find(|r| r[0] == label)
                .unwrap_or_else(|| panic!("no row {label:?} under {title}"));
            assert_eq!(row[2], da(&l["old"]), "{label}");
            assert_eq!(row[3], da(&l["new"]), "{label}");
        }
    }
    let head: Vec<String> = doc.select(&sel("thead th")).map(text).collect();
    for h in ["Før", "Nu", "Ændring"] {
        assert!(head.iter().any(|x| x == h), "{h}");
    }
    assert!(rows_text(&doc, "Varsel efter SEL § 3 a").contains("Ingen nedsættelse"));
    // Against the last decision: the § 3 a verdict names what fell.
    let doc = html_of(&["diff", "examples/kt-30h.toml"]);
    let verdict = rows_text(&doc, "Varsel efter SEL § 3 a");
    assert!(
        verdict.contains("mindst 14 ugers varsel, jf. SEL § 3 a")
            && verdict.contains("Bevilgede timer pr. år: 1.664,00 → 1.583,00 t"),
        "{verdict}"
    );
    // For print: every page headed by the comparison and numbered.
    let raw = bpa(&["diff", "examples/kt-30h.toml", "--format", "html"]);
    assert!(raw.contains("@top-left { content: \"Sammenligning · Sag KT-2025-0013\";"));
    assert!(raw.contains("counter(pages)"));
}
