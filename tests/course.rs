//! The course in examples/ quotes real output, and stays true: every claim
//! it makes with amounts (numbers with two decimals, `342.047,23` or
//! `342,047.23`) must be printed on ONE line of the output of the `bpa`
//! commands named for its section in a marker
//!
//! ```text
//! <!-- check: calc examples/kt-30h.toml --explain -->
//! ```
//!
//! A claim is a sentence, or a part of one between semicolons; a line of the
//! output is a budget line with what `--explain` prints under it. So "32,00
//! → 30,00 t om ugen" holds only where one line compares 32,00 with 30,00,
//! not because 30,00 is printed somewhere. A marker holds until the next
//! heading; a section may have several. An amount under no marker fails the
//! test, so none can be added unchecked. When the calculation is revised,
//! this test names each claim that moved.

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

/// The lines of an output, each with the indented lines under it (the
/// formula, legal ground and sources `--explain` prints under a line).
fn records(output: &str) -> Vec<BTreeSet<Decimal>> {
    let mut out: Vec<BTreeSet<Decimal>> = Vec::new();
    for line in output.lines() {
        let found = amounts(line).into_iter().map(|(_, v)| v);
        match out.last_mut() {
            Some(last) if line.starts_with("    ") => last.extend(found),
            _ => out.push(found.collect()),
        }
    }
    out
}

/// The claims of a course text with the line each starts on: its
/// paragraphs and list items (a code block line by line), split into
/// sentences (a full stop before a capital letter, `*` or `` ` ``) and at
/// semicolons. Markers and headings are not claims.
fn claims(text: &str) -> Vec<(usize, String)> {
    let mut blocks: Vec<(usize, String)> = Vec::new();
    let mut code = false;
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.starts_with("```") {
            code = !code;
            continue;
        }
        let starts = code
            || t.is_empty()
            || t.starts_with('#')
            || t.starts_with("<!--")
            || t.starts_with("- ")
            || t.starts_with('|');
        if starts || blocks.is_empty() || blocks.last().is_some_and(|(_, b)| b.is_empty()) {
            blocks.push((n + 1, String::new()));
        }
        if t.is_empty() || t.starts_with('#') || t.starts_with("<!--") {
            continue;
        }
        if let Some((_, b)) = blocks.last_mut() {
            b.push(' ');
            b.push_str(t);
        }
        if code || t.starts_with('|') {
            blocks.push((n + 1, String::new()));
        }
    }
    let mut out = Vec::new();
    for (n, block) in blocks {
        let mut claim = String::new();
        let chars: Vec<char> = block.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            claim.push(*c);
            let next = chars.get(i + 2).copied().unwrap_or(' ');
            let sentence_end = *c == '.'
                && chars.get(i + 1).is_none_or(|c| c.is_whitespace())
                && (next.is_uppercase() || next == '*' || next == '`');
            if sentence_end || *c == ';' || *c == ':' {
                out.push((n, std::mem::take(&mut claim)));
            }
        }
        out.push((n, claim));
    }
    out.retain(|(_, c)| !amounts(c).is_empty());
    out
}

/// The line of the course file each marker and heading is on, so a claim
/// knows its section's commands.
fn sections(text: &str) -> Vec<(usize, Option<String>)> {
    text.lines()
        .enumerate()
        .filter_map(|(n, line)| {
            if line.starts_with('#') {
                return Some((n + 1, None));
            }
            line.trim()
                .strip_prefix("<!-- check:")
                .and_then(|l| l.strip_suffix("-->"))
                .map(|args| (n + 1, Some(args.trim().to_string())))
        })
        .collect()
}

#[test]
fn every_claim_the_course_makes_is_one_line_of_bpa_output() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in COURSE {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let lang = if file.contains(".da.") { "da" } else { "en" };
        let marks = sections(&text);
        let mut outputs: std::collections::HashMap<String, Vec<BTreeSet<Decimal>>> =
            std::collections::HashMap::new();
        for (n, claim) in claims(&text) {
            // The commands of the claim's section: the markers after the
            // last heading before it.
            let start = marks
                .iter()
                .rev()
                .find(|(at, m)| *at <= n && m.is_none())
                .map_or(0, |(at, _)| *at);
            let commands: Vec<&String> = marks
                .iter()
                .filter(|(at, m)| {
                    *at > start && m.is_some() && {
                        let next_heading = marks.iter().find(|(h, m)| *h > start && m.is_none());
                        next_heading.is_none_or(|(h, _)| at < h)
                    }
                })
                .filter_map(|(_, m)| m.as_ref())
                .collect();
            let figures: BTreeSet<Decimal> = amounts(&claim).into_iter().map(|(_, v)| v).collect();
            checked += figures.len();
            if commands.is_empty() {
                problems.push(format!(
                    "{file}:{n}: `{}` is under no `<!-- check: … -->`",
                    claim.trim()
                ));
                continue;
            }
            let on_one_line = commands.iter().any(|args| {
                outputs
                    .entry((*args).clone())
                    .or_insert_with(|| records(&run(args, lang)))
                    .iter()
                    .any(|record| figures.is_subset(record))
            });
            if !on_one_line {
                let shown: Vec<String> = amounts(&claim).into_iter().map(|(s, _)| s).collect();
                problems.push(format!(
                    "{file}:{n}: `{}`: {} on no one line of `bpa {}`",
                    claim.trim(),
                    shown.join(", "),
                    commands
                        .iter()
                        .map(|c| c.as_str())
                        .collect::<Vec<_>>()
                        .join("` or `bpa ")
                ));
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

#[test]
fn a_claim_is_a_sentence_or_clause_and_a_line_keeps_what_is_printed_under_it() {
    let text = "- **Timer.** 20,00 t × 52 = 1.040,00; plus 8,00 t oplæring.\n  \
                I alt 1.583,00 kr. om året, 30,44 om ugen: 4,00 mere.\n\n\
                ```sh\nbpa calc x 1,00\nbpa calc y 2,00\n```\n";
    let found: Vec<Vec<String>> = claims(text)
        .into_iter()
        .map(|(_, c)| amounts(&c).into_iter().map(|(s, _)| s).collect())
        .collect();
    assert_eq!(
        found,
        [
            vec!["20,00", "1.040,00"],
            vec!["8,00"],
            // `kr. om` is no sentence end: a lower-case word follows.
            vec!["1.583,00", "30,44"],
            vec!["4,00"],
            vec!["1,00"],
            vec!["2,00"],
        ]
    );
    let lines = records("Grundløn  234.316,44\n    = 1.318,44 t × 147,84 kr./t\n Pension  1,00\n");
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains(&Decimal::new(131_844, 2)));
    assert!(!lines[1].contains(&Decimal::new(131_844, 2)));
}
