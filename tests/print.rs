//! The attachment in print (SPEC 12): every example's HTML printed to PDF
//! with headless Chromium, as a municipality prints it, and read back with
//! pdftotext. Every page carries the case id (and the municipality where the
//! rate table names it) at the top and "side X af Y" at the bottom, and no
//! page but the last is three-quarters empty. The tests say `SKIPPED` and
//! pass where Chromium or pdftotext is not installed; `.ci/run` installs
//! both.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The first of the usual names of a Chromium binary on the PATH.
fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

fn have_pdftotext() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// One printed page: its height, and its words with their bottom edge.
struct Page {
    height: f64,
    words: Vec<(f64, String)>,
}

impl Page {
    fn text(&self) -> String {
        self.words
            .iter()
            .map(|(_, w)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A quoted attribute's number in a tag of pdftotext's `-bbox` output.
fn attr(tag: &str, name: &str) -> f64 {
    tag.split(&format!("{name}=\""))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

/// The pages of a PDF as pdftotext reads them.
fn pages(pdf: &Path) -> Vec<Page> {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut pages: Vec<Page> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with("<page ") {
            pages.push(Page {
                height: attr(line, "height"),
                words: Vec::new(),
            });
        } else if line.starts_with("<word ")
            && let Some(page) = pages.last_mut()
        {
            let word = line
                .split('>')
                .nth(1)
                .and_then(|w| w.split('<').next())
                .unwrap_or_default()
                .replace("&amp;", "&");
            page.words.push((attr(line, "yMax"), word));
        }
    }
    pages
}

/// Print one attachment to PDF; `None` when the browser fails.
fn print(browser: &str, args: &[&str], dir: &Path, name: &str) -> Option<PathBuf> {
    let html = dir.join(format!("{name}.html"));
    let pdf = dir.join(format!("{name}.pdf"));
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(args)
        .args(["--format", "html"])
        .output()
        .expect("bpa runs");
    assert!(out.status.success(), "{args:?}");
    std::fs::write(&html, &out.stdout).expect("write the HTML");
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&html)
        .output()
        .ok()?;
    (status.status.success() && pdf.exists()).then_some(pdf)
}

fn examples() -> Vec<String> {
    let mut list: Vec<String> = std::fs::read_dir("examples")
        .expect("examples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| !p.to_string_lossy().ends_with(".used.toml"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    list.sort();
    list
}

/// The case id a case file gives.
fn id_of(case: &str) -> String {
    let text = std::fs::read_to_string(case).expect("case");
    let table: toml::Table = toml::from_str(&text).expect("TOML");
    table["id"].as_str().expect("id").to_string()
}

#[test]
fn every_printed_page_is_numbered_headed_and_filled() {
    let (Some(browser), true) = (chromium(), have_pdftotext()) else {
        eprintln!("SKIPPED: Chromium or pdftotext is not installed");
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("print");
    std::fs::create_dir_all(&dir).expect("folder");
    for case in examples() {
        let name = Path::new(&case)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(pdf) = print(browser, &["calc", &case], &dir, &name) else {
            eprintln!("SKIPPED: {browser} could not print {case}");
            return;
        };
        let pages = pages(&pdf);
        let n = pages.len();
        assert!(n >= 3, "{case}: {n} pages");
        let id = id_of(&case);
        for (i, page) in pages.iter().enumerate() {
            let text = page.text();
            assert!(
                text.starts_with("Bilag til afgørelsen ·") && text.contains(&format!("Sag {id}")),
                "{case} page {}: {text}",
                i + 1
            );
            assert!(
                text.ends_with(&format!("side {} af {n}", i + 1)),
                "{case} page {}: {text}",
                i + 1
            );
            if case.ends_with("bpa-municipal-rates.toml") {
                assert!(text.contains("Eksempel Kommune · Sag"), "{text}");
            }
            // Filled: the body's last line lies below the first quarter of
            // the page (the heading and the page number not counted).
            if i + 1 < n {
                let body: Vec<f64> = page
                    .words
                    .iter()
                    .map(|(y, _)| *y)
                    .filter(|y| *y > 40.0 && *y < page.height - 40.0)
                    .collect();
                let lowest = body.iter().copied().fold(0.0, f64::max);
                assert!(
                    lowest > page.height / 4.0,
                    "{case}: page {} of {n} is three-quarters empty (its text ends at {lowest:.0} of {:.0} pt)",
                    i + 1,
                    page.height
                );
            }
        }
    }
}

#[test]
fn a_comparison_prints_with_its_pages_numbered() {
    let (Some(browser), true) = (chromium(), have_pdftotext()) else {
        eprintln!("SKIPPED: Chromium or pdftotext is not installed");
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("print");
    std::fs::create_dir_all(&dir).expect("folder");
    let args = [
        "diff",
        "examples/bpa-24h-company.toml",
        "--from",
        "2024",
        "--to",
        "2025",
    ];
    let Some(pdf) = print(browser, &args, &dir, "diff") else {
        eprintln!("SKIPPED: {browser} could not print the comparison");
        return;
    };
    let pages = pages(&pdf);
    let n = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let text = page.text();
        assert!(text.contains("Sammenligning · Sag BPA-2025-0042"), "{text}");
        assert!(text.ends_with(&format!("side {} af {n}", i + 1)), "{text}");
    }
}
