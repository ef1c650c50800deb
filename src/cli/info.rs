//! The commands that print what `bpa` holds: a template case, the rate
//! tables and completion scripts.

use std::io::Write;
use std::process::ExitCode;

use bpa::case::Scheme;
use bpa::case::template;
use bpa::report::{Lang, RateSummary, json, table};

use super::args::{Init, RatesArg, RatesCmd, RatesFormat, SchemeArg};
use super::out::{EXIT_CANT_CREATE, invalid, print};

/// `bpa init`: a commented template, to stdout or a new file.
pub(crate) fn init(a: &Init, lang: Lang) -> ExitCode {
    let (file, year) = (a.file.as_deref(), a.year);
    let scheme = match a.scheme {
        SchemeArg::Bpa => Scheme::Bpa,
        SchemeArg::Kt => Scheme::Kt,
        SchemeArg::KtRelative => Scheme::KtRelative,
    };
    let words = match lang {
        Lang::Da => template::Words::Da,
        Lang::En => template::Words::En,
    };
    let text = template::case_template(scheme, year, &a.schema, words);
    let Some(path) = file.filter(|p| !bpa::error::is_stdin(p)) else {
        return print(&text);
    };
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    match written {
        Ok(()) => {
            eprintln!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}: cannot create the file: {e}", path.display());
            ExitCode::from(EXIT_CANT_CREATE)
        }
    }
}

/// `bpa schema`: the JSON Schema of a kind of input file, pretty-printed,
/// its descriptions in the language asked.
pub(crate) fn schema(kind: bpa::report::schema::Kind, lang: Lang) -> ExitCode {
    let schema = bpa::report::schema::schema(kind, lang);
    print(&(serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"))
}

/// `bpa rates`: the embedded tables, or one table after `extends`.
pub(crate) fn rates(a: &RatesCmd) -> ExitCode {
    let (table, format, look) = (a.table.as_ref(), a.format, &a.look);
    let loaded = match table {
        None => {
            let mut list = Vec::new();
            for (name, _) in bpa::rates::EMBEDDED {
                let year = name.parse().ok();
                match bpa::rates::merged(year, None) {
                    Ok((t, _)) => list.push(RateSummary::of(name, &t, &bpa::rates::entries(&t))),
                    Err(e) => return invalid(&e),
                }
            }
            Ok((list, None))
        }
        Some(arg) => {
            let (year, file) = match arg {
                RatesArg::Year(y) => (Some(*y), None),
                RatesArg::File(f) => (None, Some(f.as_path())),
            };
            bpa::rates::merged(year, file).map(|(t, origin)| {
                let entries = bpa::rates::entries(&t);
                (vec![RateSummary::of(&origin, &t, &entries)], Some(entries))
            })
        }
    };
    let (summaries, entries) = match loaded {
        Ok(x) => x,
        Err(e) => return invalid(&e),
    };
    let text = match (format, &entries) {
        (RatesFormat::Json, None) => json::pretty(&serde_json::json!(summaries)),
        (RatesFormat::Json, Some(entries)) => json::pretty(&serde_json::json!({
            "table": summaries.first(),
            "entries": entries,
        })),
        (RatesFormat::Table, None) => table::render_rate_list(&summaries, look.lang, look.style()),
        (RatesFormat::Table, Some(entries)) => match summaries.first() {
            Some(s) => table::render_rates(s, entries, look.lang, look.style()),
            None => String::new(),
        },
    };
    print(&text)
}

/// `bpa completions SHELL`: a completion script on stdout.
pub(crate) fn completions(shell: clap_complete::Shell, lang: Lang) -> ExitCode {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut super::help::command(lang), "bpa", &mut script);
    print(&String::from_utf8_lossy(&script))
}
