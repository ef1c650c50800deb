//! Any bytes as a user rate table that may extend an embedded year, then a
//! fixed valid case calculated on it.
#![no_main]

use bpa::error::Source;
use libfuzzer_sys::fuzz_target;

const CASE: &str = include_str!("../../examples/bpa-standby.toml");

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("bpa-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("rates.toml");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let Ok(rates) = bpa::rates::Rates::from_file(&path) else {
        return;
    };
    let case = bpa::Case::parse(Source {
        name: "case.toml".into(),
        text: CASE.into(),
    });
    if let Ok(mut case) = case {
        case.file.year = rates.table.year;
        let _ = bpa::calculate(&case, &rates);
    }
});
