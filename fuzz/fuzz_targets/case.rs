//! Any bytes as a case file: parse, validate and calculate on the embedded
//! table of the case's year, and render every output. Errors are fine;
//! a panic, hang or overflow is a finding.
#![no_main]

use bpa::error::Source;
use bpa::rates::RateBook;
use bpa::report::{Lang, json, markdown, table};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = Source::from_bytes("fuzz.toml".into(), data.to_vec()) else {
        return;
    };
    let Ok(case) = bpa::Case::parse(src) else {
        return;
    };
    let mut book = RateBook::default();
    let Ok(rates) = book.for_case(&case) else {
        return;
    };
    if let Ok(b) = bpa::calculate(&case, rates) {
        let style = table::Style {
            width: Some(100),
            borders: true,
            markdown: false,
            explain: true,
        };
        let _ = table::render(&b, Lang::Da, style);
        let _ = json::render(&b, Lang::En);
        let _ = markdown::render(&b, Lang::Da);
    }
});
