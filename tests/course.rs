//! The course in examples/ quotes real output, and stays true: every amount
//! it quotes (a number with two decimals, `342.047,23` or `342,047.23`) must
//! be printed by the `bpa` commands named for its section in a marker
//!
//! ```text
//! <!-- check: calc examples/kt-30h.toml --explain -->
//! ```
//!
//! A marker holds until the next heading; a section may have several. An
//! amount under no marker fails the test, so none can be added unchecked.
//! When the calculation is revised, this test names each amount that moved.

use std::collections::BTreeSet;
use std::process::Command;

use rust_decimal::Decimal;

const COURSE: &[&str] = &["examples/README.md", "examples/README.da.md"];

/// The amounts in a text: numbers with exactly two decimals in Danish
/// (`1.234,56`) or English (`1,234.56`) form, or plain (`1234.56`), signs dropped.
fn amounts(text: &str) -> Vec<(String, Decimal)> {
    let mut out = Vec::new();
    let mut token = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            token.push(c);
            continue;
        }
        let t = token
            .trim_end_matches(['.', ','])
            .trim_start_matches(['.', ',']);
        for (group, decimal) in [(',', '.'), ('.', ',')] {
            if let Some(v) = parse(t, group, decimal) {
                out.push((t.to_string(), v));
            }
        }
        token.clear();
    }
    out
}

/// `1,234.56` with `group` = ',' and `decimal` = '.': digit groups of three
/// after the first, exactly two decimals.
fn parse(t: &str, group: char, decimal: char) -> Option<Decimal> {
    let (int, frac) = t.rsplit_once(decimal)?;
    if frac.len() != 2 || !frac.chars().all(|c| c.is_ascii_digit()) || int.is_empty() {
        return None;
    }
    let parts: Vec<&str> = int.split(group).collect();
    let first_ok = !parts[0].is_empty()
        && parts[0].chars().all(|c| c.is_ascii_digit())
        && (parts.len() == 1 || parts[0].len() <= 3);
    let rest_ok = parts[1..]
        .iter()
        .all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()));
    if !(first_ok && rest_ok) {
        return None;
    }
    format!("{}.{frac}", parts.concat()).parse().ok()
}

/// The output of one marker's command, in the course file's language and
/// wide enough that no number is wrapped.
fn run(args: &str, lang: &str) -> String {
    let mut argv: Vec<String> = args.split_whitespace().map(str::to_string).collect();
    let looks = ["calc", "diff", "settle", "rates"];
    let json = argv.iter().any(|a| a == "json");
    if looks.contains(&argv[0].as_str()) && !argv.iter().any(|a| a == "--lang") {
        argv.extend(["--lang".to_string(), lang.to_string()]);
    }
    if looks.contains(&argv[0].as_str()) && !json {
        argv.extend(["--width".to_string(), "2000".to_string()]);
    }
    let out = Command::new(env!("CARGO_BIN_EXE_bpa"))
        .args(&argv)
        .output()
        .expect("bpa runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "`bpa {args}` failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_amount_the_course_quotes_is_printed_by_bpa() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in COURSE {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let lang = if file.contains(".da.") { "da" } else { "en" };
        let mut printed: Option<BTreeSet<Decimal>> = None;
        let mut commands: Vec<String> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') {
                printed = None;
                commands.clear();
                continue;
            }
            if let Some(args) = line
                .trim()
                .strip_prefix("<!-- check:")
                .and_then(|l| l.strip_suffix("-->"))
            {
                let output = run(args.trim(), lang);
                let set = printed.get_or_insert_with(BTreeSet::new);
                set.extend(amounts(&output).into_iter().map(|(_, v)| v));
                commands.push(args.trim().to_string());
                continue;
            }
            for (shown, value) in amounts(line) {
                checked += 1;
                match &printed {
                    None => problems.push(format!(
                        "{file}:{}: {shown} is quoted under no `<!-- check: … -->`",
                        n + 1
                    )),
                    Some(set) if !set.contains(&value) => problems.push(format!(
                        "{file}:{}: {shown} is not printed by `bpa {}`",
                        n + 1,
                        commands.join("` or `bpa ")
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The course quotes real figures: a check that found none would prove nothing.
    assert!(checked > 100, "only {checked} amounts found");
}

#[test]
fn amounts_are_read_in_both_languages_and_nothing_else_is() {
    let found: Vec<String> = amounts(
        "Tilskud 342.047,23 kr., grant 342,047.23, plain 1583.00, rate 147,74; \
         not 2025, § 95 stk. 2, 1.583 t, 13.5 %, 1,5 t, 12,345.6 or 1.2.3,45.",
    )
    .into_iter()
    .map(|(s, _)| s)
    .collect();
    assert_eq!(found, ["342.047,23", "342,047.23", "1583.00", "147,74"]);
    assert_eq!(
        parse("342.047,23", '.', ','),
        Some(Decimal::new(34_204_723, 2))
    );
    assert_eq!(parse("1,234.56", ',', '.'), Some(Decimal::new(123_456, 2)));
}
